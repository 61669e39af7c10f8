#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check claim set unseen39."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 1108 Thới Lai ----------------
    ("1108_dc5ce910e1da", "supported",
     "Tại Tuần lễ quốc gia ATVSLĐ – PCCN lần thứ 18 năm 2016, Liên đoàn Lao động huyện Thới Lai đã huy động ba trăm đoàn viên, công nhân viên chức lao động dự mít tinh và diễu hành.",
     "1108_dc5ce910e1da: 'Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành bằng xe ô tô, mô tô trong Tuần lễ Quốc gia ATVSLĐ – PCCN lần thứ 18 năm 2016' (spelled-out ba trăm = 300)."),
    ("1108_dc5ce910e1da", "differs",
     "LĐLĐ huyện Thới Lai huy động khoảng 500 đoàn viên, CNVCLĐ tham gia mít tinh hưởng ứng Tuần lễ quốc gia An toàn vệ sinh lao động – Phòng chống cháy nổ năm 2016.",
     "1108_dc5ce910e1da states 300: 'huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh'. g.sh 'Thới Lai' hits only page 1108; g.sh '500 (lực lượng|đoàn viên|người)|năm trăm' finds only other occasions (262 Chợ Tết 5.500, 547 hơn 500 đoàn viên thanh niên Tây Giang, 671, 968), none for Thới Lai."),
    # ---------------- 175 Đại hội XIII CĐVN delegate structure ----------------
    ("175_f6210ee9dddf", "supported",
     "Tại Đại hội XIII Công đoàn Việt Nam, đại biểu nữ chiếm hơn 37% tổng số đại biểu dự đại hội.",
     "175_f6210ee9dddf: 'đại biểu là nữ chiếm 37,05%' (hơn 37% ~ 37,05%). The page does not print the ordinal 'XIII'; it is inferred from 'sau 10 năm thực hiện Luật Công đoàn 2012, hơn hai năm thực hiện Nghị quyết số 02-NQ/TW ngày 12-6-2021' (= late 2023, Đại hội XIII CĐVN). g.sh '37,05' and 'đại biểu (là )?nữ|nữ chiếm' hit only 175 (plus 589: '6 đại biểu nữ' in an MTTQ candidate list, unrelated)."),
    ("175_f6210ee9dddf", "differs",
     "Số đại biểu là đảng viên tại Đại hội XIII Công đoàn Việt Nam chiếm khoảng 68%.",
     "175_f6210ee9dddf states 'đại biểu là đảng viên chiếm 78,43%' (68% is ten points off). g.sh '78,43|68%|68 %' and 'đảng viên chiếm' hit only page 175."),
    # ---------------- 176 Công đoàn Thủ đô 2025 ----------------
    ("176_48c827f6f4be", "supported",
     "Năm 2025, các cấp Công đoàn Thủ đô phát động phong trào thi đua trong công nhân, viên chức, lao động theo hai đợt.",
     "176_48c827f6f4be: 'năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt.'"),
    ("176_48c827f6f4be", "differs",
     "Trong năm 2025, Công đoàn Thủ đô chia phong trào thi đua trong CNVCLĐ thành 4 đợt.",
     "176_48c827f6f4be states 2 đợt for 2025 ('theo 2 đợt'). g.sh 'hai đợt|2 đợt|02 đợt|ba đợt|3 đợt' shows other đợt counts only for other units/years (corpus 001 Thanh Xuân 2024, corpus 004 LĐLĐ Hà Nội 2020, 464 Tổng LĐLĐ 2024, 180 teaser GD 2022, 181, 218, 256, 268, 822); no '4 đợt' anywhere."),
    # ---------------- 181 Sóc Sơn 2022 ----------------
    ("181_e4c0aa4c078f", "differs",
     "Năm 2022, phong trào thi đua trong CNVCLĐ huyện Sóc Sơn được LĐLĐ huyện tổ chức thành ba đợt.",
     "181_e4c0aa4c078f: 'Năm 2022, phong trào thi đua trong công nhân, viên chức, lao động (CNVCLĐ) huyện Sóc Sơn được tập trung thành 2 đợt'. g.sh 'ba đợt|3 đợt' hits only 256 (Giáo dục Hà Nội 2019)."),
    ("181_e4c0aa4c078f", "not_found",
     "Hưởng ứng Chương trình 1 triệu sáng kiến, công nhân viên chức lao động huyện Sóc Sơn đã đăng ký hơn 1.200 sáng kiến trong năm 2022.",
     "181 names the programme '1 triệu sáng kiến' but counts no initiatives for Sóc Sơn. g.sh 'sáng kiến.*Sóc Sơn|Sóc Sơn.*sáng kiến': 181/180 headline and corpus 002 line 27 ('có số lượng sáng kiến đạt tỷ lệ cao như LĐLĐ ... huyện ... Sóc Sơn') which gives no number. '1 triệu' is the programme name, not Sóc Sơn's count."),
    # ---------------- 256 Công đoàn ngành Giáo dục Hà Nội 2019 ----------------
    ("256_c48309a5740b", "supported",
     "Công đoàn ngành Giáo dục Hà Nội yêu cầu các công đoàn cơ sở tổ chức phát động phong trào thi đua năm 2019 theo 3 đợt.",
     "256_c48309a5740b: 'các công đoàn cơ sở cần tập trung tổ chức phát động phong trào thi đua trong năm 2019 theo 3 đợt.' Caveat: 180 carries a teaser 'Công đoàn ngành Giáo dục Hà Nội phát động 2 đợt thi đua năm 2022' (other year) and 218 says 'năm học 2019-2020 ... hai đợt' for a provincial Công đoàn ngành Giáo dục (Chủ tịch Nguyễn Ngọc Huyền, 'trên địa bàn tỉnh'), not Hà Nội."),
    ("256_c48309a5740b", "differs",
     "Năm 2019, Công đoàn ngành Giáo dục Hà Nội phát động đợt thi đua cao điểm 60 ngày chào mừng kỷ niệm 90 năm thành lập Công đoàn Việt Nam.",
     "256_c48309a5740b: 'Tổ chức phát động đợt thi đua cao điểm 90 ngày chào mừng kỷ niệm 90 năm thành lập tổ chức chức Công đoàn Việt Nam'. g.sh '60 ngày' returns nothing; '90 ngày' hits only 256 and 206 (Hà Nội land-data campaign)."),
    # ---------------- 265 Sáng - Xanh - Sạch - Đẹp ----------------
    ("265_98024dc6bc76", "supported",
     "LĐLĐ thành phố Hà Nội đặt mục tiêu 100% LĐLĐ quận, huyện, thị xã và công đoàn ngành có kế hoạch tham gia triển khai phong trào thi đua “Sáng - Xanh - Sạch - Đẹp” của Thành phố.",
     "265_98024dc6bc76: '100% LĐLĐ quận, huyện, thị xã, Công đoàn ngành, Công đoàn cấp trên cơ sở có kế hoạch và tham gia với chính quyền, chuyên môn cùng cấp triển khai phong trào “Sáng - Xanh - Sạch - Đẹp” của Thành phố.'"),
    ("265_98024dc6bc76", "differs",
     "Liên đoàn Lao động Thành phố đề ra chỉ tiêu 80% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”.",
     "265_98024dc6bc76: 'LĐLĐ Thành phố đề ra chỉ tiêu 100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”'. g.sh 'Sáng - Xanh|Sáng-Xanh' shows no other percentage for this campaign; g.sh '80%' hits only unrelated figures (152 Người tốt việc tốt, 333 đoàn viên nữ, 1065 doanh nghiệp ngoài nhà nước)."),
    # ---------------- 268 phát triển đoàn viên 2022 ----------------
    ("268_c31d3d87a6f9", "supported",
     "Năm 2022, Liên đoàn Lao động TP Hà Nội triển khai 2 đợt thi đua cao điểm tuyên truyền, vận động phát triển đoàn viên, thành lập công đoàn cơ sở.",
     "268_c31d3d87a6f9: 'Năm 2022, có hai đợt thi đua cao điểm được triển khai. Đợt thứ nhất ... kết thúc vào ngày 31/5/2022 ... Đợt thứ 2 sẽ diễn ra từ ngày 1/6 đến hết ngày 31/7/2022' (LĐLĐ TP Hà Nội phát động các đợt cao điểm tuyên truyền, vận động phát triển đoàn viên)."),
    # ---------------- 292 Sovico ----------------
    ("292_3150d278c2b8", "supported",
     "Ý kiến phản hồi về đề nghị tặng Huân chương Lao động hạng Ba cho Tập đoàn Sovico được gửi về Ban Thi đua - Khen thưởng thành phố Hà Nội trong vòng bảy ngày làm việc kể từ ngày đăng tin.",
     "292_3150d278c2b8: 'mọi ý kiến phản hồi đề nghị gửi về Ban Thi đua - Khen thưởng thành phố ... trong thời hạn 7 ngày làm việc, kể từ ngày đăng tải thông tin.'"),
    ("292_3150d278c2b8", "differs",
     "Người dân có 15 ngày làm việc để gửi ý kiến về việc đề nghị khen thưởng Huân chương Lao động hạng Ba cho Công ty cổ phần Tập đoàn Sovico.",
     "292_3150d278c2b8 states 'trong thời hạn 7 ngày làm việc'. g.sh 'Sovico|ngày làm việc' hits only 292 for Sovico; other 'ngày làm việc' hits are congress working days (013, 115, 236, 237, 239, 288)."),
    # ---------------- 532 Tuyên Quang / phường Bình Thuận ----------------
    ("532_8ca00e63249f", "differs",
     "Tại hội nghị tuyên truyền cho cán bộ công đoàn cơ sở phường Bình Thuận, Phó Chủ tịch LĐLĐ tỉnh Hà Văn Vỹ tập trung vào ba nội dung.",
     "532_8ca00e63249f: 'Đồng chí Hà Văn Vỹ, Phó Chủ tịch Liên đoàn Lao động tỉnh đã trực tiếp tuyên truyền tập trung vào 2 nội dung' (bầu cử; Nghị quyết Đại hội Công đoàn tỉnh Tuyên Quang lần thứ I). g.sh 'Bình Thuận' hits no other count for this meeting."),
    ("532_8ca00e63249f", "not_found",
     "Hội nghị tuyên truyền ngày 28/1/2026 của Liên đoàn Lao động tỉnh Tuyên Quang thu hút 150 cán bộ công đoàn cơ sở phường Bình Thuận tham dự.",
     "532 gives no attendance figure (only '2 nội dung'). g.sh 'Bình Thuận' (other hits: 470, 563, 726, 944, 1046, 1190 about Bình Thuận province) and 'cán bộ CĐCS|Tuyên Quang' (727, 965 Đại hội CĐ Tuyên Quang XVII 2023) show no count of participants for this meeting."),
    # ---------------- 533 Phùng Thị Hồng Hà ----------------
    ("533_31522612a2cd", "supported",
     "Bà Phùng Thị Hồng Hà được bầu giữ chức Chủ tịch HĐND TP Hà Nội khóa XVI với 100% đại biểu có mặt bỏ phiếu tán thành.",
     "533_31522612a2cd: 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND TP Hà Nội khoá XVI, nhiệm kỳ 2021-2026.'"),
    ("533_31522612a2cd", "differs",
     "Tại kỳ họp chuyên đề chiều 13/11, bà Phùng Thị Hồng Hà được bầu làm Chủ tịch Hội đồng nhân dân thành phố Hà Nội với khoảng 90% đại biểu có mặt tán thành.",
     "533_31522612a2cd states '100% đại biểu có mặt bỏ phiếu bầu tán thành'. g.sh 'Phùng Thị Hồng Hà' (105, 198, 286, 581, 593, 812, 813) gives no other vote share for her election as Chủ tịch HĐND; 581 is her 2021 election as Phó Chủ tịch, with no percentage."),
    # ---------------- 588 MTTQ huyện ----------------
    ("588_606ca33f8ac4", "supported",
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 đã hiệp thương bầu thay thế chín ủy viên Ủy ban MTTQ huyện khóa IX, nhiệm kỳ 2019-2024.",
     "588_606ca33f8ac4: 'Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024 thay cho các Ủy viên đã chuyển công tác.' (The page never names the district; Rạch Chèo commune is mentioned.)"),
    ("588_606ca33f8ac4", "differs",
     "Tại hội nghị hiệp thương cử đồng chí Phạm Kim Cương làm Phó Chủ tịch, Ủy ban MTTQ huyện khóa IX cũng bầu thay thế 12 ủy viên đã chuyển công tác.",
     "588_606ca33f8ac4 states 09: 'hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX'. g.sh 'Rạch Chèo|thay thế' hits only 588 and 715 ('thay thế 2 Ủy viên Ủy ban MTTQ Việt Nam quận khóa XV' — another body)."),
    # ---------------- 628 Nga Sơn ----------------
    ("628_c53b3d02e9d1", "differs",
     "Ông Thịnh Văn Huyên được bầu giữ chức Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021-2026 với 38 phiếu tán thành.",
     "628_c53b3d02e9d1: 'bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%.' g.sh 'Nga Sơn', 'Thịnh Văn Huyên', '34/34|36 phiếu|38 phiếu' hit only 628."),
    # ---------------- 629 Điện Biên Đông ----------------
    ("629_49c2ddcfe599", "supported",
     "Toàn bộ 29 đại biểu HĐND huyện Điện Biên Đông có mặt đã đồng ý bầu đồng chí Vũ Ngọc Hoành làm Chủ tịch UBND huyện khóa VI.",
     "629_49c2ddcfe599: 'với kết quả 29/29 đại biểu có mặt đồng ý, đồng chí Vũ Ngọc Hoành, Phó Chủ tịch UBND huyện đã được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông khóa VI nhiệm kỳ 2021 – 2026.'"),
    ("629_49c2ddcfe599", "differs",
     "Ông Vũ Ngọc Hoành được bầu làm Chủ tịch UBND huyện Điện Biên Đông nhiệm kỳ 2021-2026 với sự đồng ý của 35 đại biểu có mặt.",
     "629_49c2ddcfe599 states '29/29 đại biểu có mặt đồng ý'. g.sh 'Vũ Ngọc Hoành|Điện Biên Đông' hits only 629."),
    # ---------------- 769 Vì người nghèo 2018 ----------------
    ("769_0362b5a175b0", "differs",
     "Trong Tháng cao điểm “Vì người nghèo” năm 2018, Ủy ban MTTQ Việt Nam tỉnh đề nghị vận động 90% cán bộ, đoàn viên, hội viên tích cực tham gia hưởng ứng.",
     "769_0362b5a175b0: 'Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên ... xây dựng chỉ tiêu, vận động 100% cán bộ, đoàn viên, hội viên tích cực tham gia hưởng ứng.' g.sh '90%' hits only 019 (doanh nghiệp nhà nước) and 777 (Tỉnh đoàn, Tháng Thanh niên 2024: '90% cán bộ đoàn, đoàn viên') — other occasion; g.sh 'Vì người nghèo' shows other years (2019, 2023, 2024) and Hà Nội, none for this 2018 provincial plan."),
    ("769_0362b5a175b0", "not_found",
     "Từ nguồn Quỹ Vì người nghèo, Ủy ban MTTQ huyện Cư M’gar đã tặng 12 con bò sinh sản cho hộ nghèo trong năm 2018.",
     "769 mentions 'Ủy ban MTTQ Việt Nam huyện Cư M’gar tặng bò giúp gia đình anh Y Troen Ktala' (a photo caption) but never counts cows. g.sh 'Cư M.gar|con bò|bò sinh sản': other counts are other bodies/years — 360 (Hà Nội 2024, '54 con bò'), 460 (Hội Chữ thập đỏ thành phố 'hơn 70 con bò'), 468 ('40 con bò sinh sản'), 603 (no number)."),
    # ---------------- 772 Lang Chánh ----------------
    ("772_119b66fd404b", "supported",
     "Đại diện năm cụm thi đua đã ký giao ước thi đua tại lễ phát động phong trào của Liên đoàn Lao động huyện Lang Chánh.",
     "772_119b66fd404b: 'Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua thực hiện PTTĐ ...'"),
    ("772_119b66fd404b", "differs",
     "Chiều 22-3, đại diện 7 cụm thi đua thuộc LĐLĐ huyện Lang Chánh đã ký giao ước thi đua giai đoạn 2021-2030.",
     "772_119b66fd404b states 'Đại diện 5 cụm thi đua'. g.sh 'Lang Chánh|cụm thi đua': other hits are 'Cụm thi đua số N' of LĐLĐ Hà Nội (corpus 001, 003) and 074 — ordinal names, not Lang Chánh counts."),
    # ---------------- 822 company 2023 ----------------
    ("822_4d275a26ab99", "differs",
     "Phong trào thi đua năm 2023 do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình phát động được chia thành ba đợt.",
     "822_4d275a26ab99: 'Phát động thi đua được chia thành 02 đợt. Theo đó, Đợt 1 ... và Đợt 2 ...'. g.sh 'Đoàn Tiến Cường|Nguyễn Văn Bình' hits only 822."),
    # ---------------- 881 Thủ Đức ----------------
    ("881_751c16ff3f06", "supported",
     "Toàn bộ 33 đại biểu HĐND quận Thủ Đức đã bỏ phiếu bầu ông Trương Trung Kiên giữ chức Chủ tịch UBND quận nhiệm kỳ 2016-2021.",
     "881_751c16ff3f06: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận, nhiệm kỳ 2016-2021.'"),
    ("881_751c16ff3f06", "not_found",
     "Tại kỳ họp đột xuất ngày 22-9, HĐND quận Thủ Đức đã bầu bổ sung 4 ủy viên UBND quận nhiệm kỳ 2016-2021.",
     "881 mentions 'bầu bổ sung ... các chức danh ủy viên UBND quận' with no count. g.sh 'ủy viên UBND': 1141 ('bầu 15 ủy viên UBND thành phố nhiệm kỳ 2021-2026', another body) and 116/117/534/986 without a count for Thủ Đức; g.sh 'Trương Trung Kiên|Thủ Đức' gives 1048 (LĐLĐ TP Thủ Đức figures) and others, none counting ủy viên UBND quận."),
    # ---------------- 977 Vĩnh Lợi ----------------
    ("977_59366ad5b827", "supported",
     "Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho 3 đồng chí trong chiều 8/9.",
     "977_59366ad5b827: 'Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới' (also 'cả 3 đồng chí')."),
    ("977_59366ad5b827", "differs",
     "Tại hội nghị công bố quyết định về công tác cán bộ, Huyện ủy Vĩnh Lợi điều động, phân công nhiệm vụ mới cho 5 cán bộ.",
     "977_59366ad5b827 states 3: 'có 3 đồng chí được trao quyết định nhận nhiệm vụ mới'. g.sh 'Vĩnh Lợi|Châu Hưng' hits 977 and 996 (Khu di tích Chiến khu Vĩnh Lợi, unrelated)."),
    # ---------------- not_found on figure-less pages ----------------
    ("010_61b58bc23f9e", "not_found",
     "Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 120 đại biểu chính thức tham dự.",
     "010 describes only decorations for the congress; no delegate count. g.sh 'Đảng bộ cơ quan' hits 002, 010, 205 (tổng kết 2021), 340, 693 (Sở GTVT) — none counts delegates of Đại hội XXV."),
    ("1263_6358277c872f", "not_found",
     "Tại hội nghị tổng kết năm 2023, Liên đoàn Lao động quận Long Biên trao giấy khen cho 40 tập thể có thành tích trong đợt thi đua chào mừng 20 năm thành lập LĐLĐ quận.",
     "1263 names one recipient (công đoàn trường mầm non Hồng Tiến) without a count. g.sh '20 năm (ngày )?thành lập (LĐLĐ|Liên đoàn Lao động) quận' → corpus 003 line 76 (kỷ niệm 20 năm, no count) and 301 which counts '115 bài thơ' in a poetry contest — another counted noun; g.sh 'Long Biên.*(giấy khen|khen thưởng)|Hồng Tiến' → 654 (2021, no count)."),
    ("684_c93b3b0c5141", "not_found",
     "Tháng Nhân đạo năm 2025 cấp quốc gia do Trung ương Hội Chữ thập đỏ Việt Nam phát động đặt mục tiêu hỗ trợ ít nhất 4.500 người có hoàn cảnh khó khăn.",
     "684 gives no target. g.sh 'Nhân đạo năm 2025|nhân đạo 2025' → 683: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người' but that is Hội Chữ thập đỏ tỉnh Vĩnh Phúc's plan (Kế hoạch 17/KH-CTĐ, 'trên phạm vi toàn tỉnh Vĩnh Phúc'), another organisation/scope; 607 (Quảng Ninh) has no figure; 406 targets are for 2021."),
    ("868_3432022c4dcf", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 350 đại biểu tham dự.",
     "868 gives no delegate count (only '5 năm 2011-2015'). g.sh 'Lạng Sơn' / 'Đại hội Thi đua yêu nước tỉnh' → 826 is the lần thứ V edition and has no count either; 707, 903 unrelated."),
    ("807_4c859601563b", "not_found",
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội tháng 3/2016 có đại biểu đến từ 40 quốc gia.",
     "807 gives no count of countries or delegates (only 'Đại hội Công đoàn thế giới lần thứ 17', an ordinal). g.sh 'Liên hiệp Công đoàn Thế giới|WFTU|Mavrikos' and 'Hội đồng Chủ tịch|Công đoàn thế giới' hit only 807 and 100 (a title 'Phó Chủ tịch Liên hiệp Công đoàn thế giới')."),
    ("883_e2578b7cc3b9", "not_found",
     "Đồng chí Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận khóa 19 với 100% số phiếu tán thành.",
     "883 gives no vote result. g.sh 'Võ Nguyên Phong|Đống Đa.*phiếu' hits only 883's headline and body without any vote count; other Đống Đa hits (corpus 002, 064, 236) are LĐLĐ/Công đoàn quận items."),
    ("824_7a712711c760", "not_found",
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 của LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình có 300 công nhân tham dự.",
     "824 gives no attendance figure. g.sh 'Tháng hành động.{0,40}2022' → 313: 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 ... dự kiến có 1.000 đại biểu tham dự' — that is Hà Nội's ceremony at KCN Bắc Thăng Long, another organisation/place; 210, 721 give no count; g.sh 'quận 3|Hòa Bình|Sóng Việt' has no count for this event."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)), len({r[0] for r in rows}), "pages")


if __name__ == "__main__":
    main()
