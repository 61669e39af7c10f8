#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen71).

Plain Python: csv + unicodedata only. Writes claims.tsv (NFC, sorted by page_id).
"""
import csv
import os
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported (13) ----------------
    ("1085_fdedd93bed02", S,
     "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021-2026 gồm 11 người.",
     "1085_fdedd93bed02: 'bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu' (BCH Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026, phiên thứ nhất)."),
    ("1126_1b7f3b281987", S,
     "Trong nửa đầu năm 2022, Công đoàn Tổng công ty Điện lực TP.HCM cùng các ban ngành đoàn thể đóng góp cho công tác an sinh xã hội hơn 2 tỷ đồng.",
     "1126_1b7f3b281987: 'Trong công tác an sinh xã hội, công đoàn đã phối hợp cùng với các ban ngành đoàn thể tham gia đóng góp hơn 2 tỉ đồng' (6 tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP HCM)."),
    ("1181_5c58fd030683", S,
     "Dịp Tết Trung thu 2022, Công đoàn Viên chức TP Hồ Chí Minh đã tặng quà cho gần 2,5 nghìn thiếu nhi có hoàn cảnh khó khăn.",
     "1181_5c58fd030683: 'Tết Trung thu năm nay, Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn' (chương trình 'Trung thu yêu thương' năm 2022)."),
    ("1190_b264d705f1e4", S,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút trên 120 vận động viên tham gia.",
     "1190_b264d705f1e4: 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước ... (cụm thi đua số 8)'; also 'Hội thao có hơn 120 VĐV tham gia.'"),
    ("173_14ea490cc489", S,
     "Theo Tổng Liên đoàn Lao động Việt Nam, thu nhập bình quân của người lao động trong 9 tháng đầu năm 2025 đạt 8.300.000 đồng/người/tháng.",
     "173_14ea490cc489: 'Thu nhập bình quân của người lao động tiếp tục cải thiện, đạt 8,3 triệu đồng/người/tháng trong 9 tháng đầu năm' (dự thảo báo cáo tổng kết năm 2025 của Tổng LĐLĐ)."),
    ("262_7b5b3b51657d", S,
     "Chợ Tết Công đoàn năm 2023 do LĐLĐ TP Hà Nội tổ chức có 72 gian hàng bán hàng Việt phục vụ đoàn viên, CNVCLĐ Thủ đô.",
     "262_7b5b3b51657d: 'Chương trình “Chợ Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp với 72 gian hàng' (LĐLĐ Thành phố Hà Nội). Other pages count other editions (310: 124 gian hàng năm 2024; 276: hơn 70 gian hàng Xuân 2026; 795: 40-120 per program nationwide)."),
    ("340_450a27d2144e", S,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đề ra mười hai chỉ tiêu.",
     "340_450a27d2144e: 'Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm'."),
    ("510_791395671be2", S,
     "Tại chương trình trao quà Tết ở xã Chân Mây - Lăng Cô, ban tổ chức đã trao 300 suất quà cho hộ nghèo, hộ cận nghèo và người yếu thế.",
     "510_791395671be2: 'Tại chương trình, ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng ... trên địa bàn xã Chân Mây - Lăng Cô'."),
    ("607_86387ec7de47", S,
     "Sau 4 năm triển khai Tháng nhân đạo, tỉnh Quảng Ninh đã trợ giúp hơn 51 nghìn lượt người có hoàn cảnh khó khăn.",
     "607_86387ec7de47: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn' (Hội Chữ thập đỏ tỉnh Quảng Ninh)."),
    ("717_98d937fa1780", S,
     "Hội nghị học tập chuyên đề của Liên đoàn Lao động thành phố Hải Phòng được tổ chức trực tuyến tại sáu điểm cầu.",
     "717_98d937fa1780: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel tại thành phố Hải Phòng, Viettel huyện Thủy Nguyên và Viettel huyện Cát Hải'."),
    ("816_99327ccdb464", S,
     "Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2024 ngành Nội vụ do Giám đốc Sở Nội vụ Trần Thị Kim Hoa chủ trì có điểm cầu tại 18 huyện, thị xã, thành phố.",
     "816_99327ccdb464: 'Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ thuộc huyện, thị xã, thành phố' (hội nghị ngày 28/6/2024, Sở Nội vụ, GĐ Trần Thị Kim Hoa). The page never names the province."),
    ("881_751c16ff3f06", S,
     "Tại kỳ họp thứ 12 của HĐND quận Thủ Đức khóa IV, cả 33/33 đại biểu đã bầu ông Trương Trung Kiên giữ chức Chủ tịch UBND quận.",
     "881_751c16ff3f06: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận, nhiệm kỳ 2016-2021'."),
    ("994_8697caa1612f", S,
     "Trong chương trình Ngày thanh niên cùng hành động tại xã Sơn Tây, Tỉnh đoàn Hà Tĩnh đã trao tặng 220 suất quà cho người dân và thanh thiếu nhi.",
     "994_8697caa1612f: 'trao tặng 3 ti vi, 3 bộ máy tính và 220 suất quà cho người dân, thanh thiếu nhi trên địa bàn xã Sơn Tây'."),

    # ---------------- differs (16) ----------------
    ("1126_1b7f3b281987", D,
     "Thỏa ước lao động tập thể mà Công đoàn Tổng công ty Điện lực TP HCM ký kết trong 6 tháng đầu năm 2022 có 35 điểm có lợi hơn cho người lao động.",
     "1126_1b7f3b281987: 'ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động'. grep '35 điểm' -> no hit."),
    ("1164_6cbdc75fc4cc", D,
     "Gần 300 đoàn viên, CNVC-LĐ quận Tân Bình (TP HCM) đã tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận tổ chức.",
     "1164_6cbdc75fc4cc: 'Hơn 100 tình nguyện viên là đoàn viên Công đoàn, đoàn viên thanh niên và CNVC-LĐ quận Tân Bình ... tham gia ngày hội hiến máu tình nguyện' (title 'Hơn100 CNVC-LĐ tình nguyện hiến máu'). grep '300 tình nguyện viên|300 người hiến' and 'hiến máu.{0,80}Tân Bình' -> only 1164."),
    ("1181_5c58fd030683", D,
     "Trong chương trình “Đêm trăng ấm áp”, Liên đoàn Lao động Quận 1 (TP HCM) đã trao 460 phần quà Trung thu cho con công nhân lao động và trẻ mồ côi.",
     "1181_5c58fd030683: 'Liên đoàn Lao động quận 1 tổ chức chương trình “Đêm trăng ấm áp”, trao 640 phần quà đến con công nhân lao động, trẻ mồ côi hoàn cảnh khó khăn (350.000 đồng/phần)'. Digits transposed. grep '460 phần' -> no hit."),
    ("1190_b264d705f1e4", D,
     "Tại hội thao Công đoàn Ngân hàng Việt Nam - cụm thi đua số 8 năm 2019, các vận động viên tranh tài ở 10 nội dung thi đấu.",
     "1190_b264d705f1e4: 'các VĐV bắt đầu tranh tài ở 6 nội dung: bóng bàn, cầu lông, cờ tướng, quần vợt, đua xe đạp chậm và trò chơi tập thể'. grep '10 nội dung|mười nội dung' -> no hit."),
    ("173_14ea490cc489", D,
     "Theo dự thảo báo cáo của Tổng LĐLĐ Việt Nam, năm 2025 cả nước còn 85 cuộc ngừng việc tập thể.",
     "173_14ea490cc489: 'Cũng trong năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ, giảm 21 vụ so với năm 2024' (2024 would be 76). grep '85 (vụ|cuộc)' -> no hit; 'ngừng việc' elsewhere only 061/387 (Covid support, no count of stoppages)."),
    ("262_7b5b3b51657d", D,
     "Chợ Tết Công đoàn năm 2023 của Liên đoàn Lao động thành phố Hà Nội có hơn 60 doanh nghiệp tham gia bán hàng.",
     "262_7b5b3b51657d: '“Chợ Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp với 72 gian hàng'. grep '60 doanh nghiệp' -> no hit (795 gives ~1.320 doanh nghiệp for all 22 programs nationwide, a different total)."),
    ("313_1415405c4e17", D,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 của Hà Nội tại KCN Bắc Thăng Long dự kiến có khoảng 2.000 đại biểu tham dự.",
     "313_1415405c4e17: 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long ..., dự kiến có 1.000 đại biểu tham dự'. grep '2\\.000 đại biểu|hai nghìn đại biểu' -> no hit."),
    ("328_e66d2763c177", D,
     "Theo LĐLĐ quận Hoàng Mai, ba đoàn viên thuộc Liên đoàn Lao động quận đã thiệt mạng trong vụ cháy chung cư mini ở phường Khương Đình.",
     "328_e66d2763c177: 'có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy, là chị Lê Thị Oanh ... và chị Phan Thanh Thủy'. grep '(3|ba) đoàn viên' -> hits only about other things (049 Mái ấm Sóc Sơn, etc.); 144 is the same fire but a Thanh Xuân union member, no count for Hoàng Mai."),
    ("340_450a27d2144e", D,
     "Đại hội Công đoàn TP Hồ Chí Minh lần thứ XII, nhiệm kỳ 2023-2028 xác định 5 khâu đột phá.",
     "340_450a27d2144e: 'đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm'. grep '(5|năm) khâu' -> no hit."),
    ("510_791395671be2", D,
     "Các suất quà Tết trao cho người dân khó khăn xã Chân Mây - Lăng Cô có tổng giá trị 420 triệu đồng.",
     "510_791395671be2: 'trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng'. grep '420 triệu' -> no hit."),
    ("588_606ca33f8ac4", D,
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5, nơi ông Phạm Kim Cương (Chủ tịch UBND xã Rạch Chèo) được cử làm Phó Chủ tịch, đã hiệp thương bầu thay thế 12 ủy viên Ủy ban MTTQ huyện khóa IX.",
     "588_606ca33f8ac4: 'Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024'. grep '12 [uU]ỷ viên|12 [uU]ủy viên|mười hai ủy viên' -> no hit."),
    ("607_86387ec7de47", D,
     "Qua 4 năm thực hiện Tháng nhân đạo, tỉnh Quảng Ninh đã vận động được gần 43 tỷ đồng ủng hộ.",
     "607_86387ec7de47: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng'. grep '43 tỷ' -> no hit (506: 'trên 50 tỷ' is the Tây Nguyên/TP.HCM cluster, another organisation)."),
    ("646_0880c908b49f", D,
     "Liên đoàn Lao động tỉnh Đồng Nai đã phân bổ 3.200 vé xe miễn phí cho đoàn viên, người lao động trong chương trình “Chuyến xe Tết đoàn viên - Xuân 2026”.",
     "646_0880c908b49f: 'Hiện Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp' (Chuyến xe Tết đoàn viên - Xuân 2026). grep '3\\.200' -> only 163 (doanh nghiệp Hà Nội) and 503 (phần quà), unrelated."),
    ("717_98d937fa1780", D,
     "Hội nghị học tập trực tuyến của LĐLĐ thành phố Hải Phòng đề cập đến 7 chuyên đề của Tổng LĐLĐ Việt Nam.",
     "717_98d937fa1780: 'Nội dung của hội nghị học tập đề cập đến 05 chuyên đề của Tổng LĐLĐ Việt Nam'. grep '(7|bảy) chuyên đề' -> no hit."),
    ("772_119b66fd404b", D,
     "Tại lễ phát động phong trào thi đua của Liên đoàn Lao động huyện Lang Chánh, đại diện 6 cụm thi đua đã ký giao ước thi đua.",
     "772_119b66fd404b: 'Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua'. grep '6 cụm thi đua|sáu cụm' -> no hit."),
    ("994_8697caa1612f", D,
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng trong Ngày thanh niên cùng hành động tại xã Sơn Tây khoảng 750 triệu đồng.",
     "994_8697caa1612f: 'Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng'. grep '750 triệu' -> no hit."),

    # ---------------- not_found (11) ----------------
    ("037_69ea9a40be4e", N,
     "Bà Bùi Huyền Mai được bầu giữ chức Chủ tịch LĐLĐ thành phố Hà Nội khóa XVI tại kỳ họp thứ 9 với 100% số phiếu.",
     "037_69ea9a40be4e reports the election (BCH khóa XVI, kỳ họp thứ 9, 8/6) but gives no vote share. grep '100% số phiếu|phiếu tín nhiệm|số phiếu' -> only other elections (100/247 Bùi Văn Cường 100%; 352/581 92/94; 628; 1142; 1243); 003 (kỳ họp thứ 11, Nguyễn Phi Thường) gives no vote either."),
    ("1085_fdedd93bed02", N,
     "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI, nhiệm kỳ 2021-2026 có 300 đại biểu chính thức tham dự.",
     "1085_fdedd93bed02 never counts congress delegates; the only figure with 'đại biểu' is 'Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu' (the standing committee, another counted noun). grep 'Phụ nữ tỉnh Hà Tĩnh', '150 đại biểu|350 đại biểu', 'Hà Tĩnh' -> no delegate count for this congress."),
    ("1164_6cbdc75fc4cc", N,
     "Ngày hội hiến máu tình nguyện do LĐLĐ quận Tân Bình tổ chức đã thu được 110 đơn vị máu.",
     "1164_6cbdc75fc4cc counts donors ('Hơn 100 tình nguyện viên') and ml per person ('350-450 ml'), not units collected. grep 'đơn vị máu' -> only other events (347: 558 đơn vị; 405; 460; 519; 608; 689; 1105; 1151; 1154; 1165: 84 đơn vị), none Tân Bình; grep '110 đơn vị máu' -> no hit."),
    ("190_4d10919c46da", N,
     "Giai đoạn 2021-2025, Hà Nội đã công nhận 1.250 sáng kiến có hiệu quả áp dụng và phạm vi ảnh hưởng cấp Thành phố trong phong trào “Sáng kiến, sáng tạo Thủ đô”.",
     "190_4d10919c46da says only 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu được xét công nhận ... cấp Thành phố' (no number). grep 'sáng kiến cấp (Thành phố|TP)|[0-9.]+ sáng kiến' -> other counts are a different noun/occasion (seed 002: 14.791 sáng kiến cập nhật lên hệ thống Tổng LĐLĐ; seed 003/177: 200.000 sáng kiến cập nhật; 177: chỉ tiêu 60.000/130.000; seed 000: 100 cá nhân đạt danh hiệu 2023); grep '1\\.250' -> unrelated (793: 161.250.000 đồng)."),
    ("268_c31d3d87a6f9", N,
     "Trong đợt cao điểm thứ nhất năm 2022 (từ trung tuần tháng 4 đến 31/5), các cấp Công đoàn Hà Nội đã kết nạp 8.000 đoàn viên mới.",
     "268_c31d3d87a6f9 announces the two 2022 đợt cao điểm with dates only, no result. grep 'kết nạp [0-9.]+ đoàn viên|kết nạp (được |mới )?(hơn |trên )?[0-9.]+' -> other unions/periods (seed 002: Công đoàn KCN&CX Hà Nội 1.052 đoàn viên on 20/12; 665: An Giang 5.124/8.000 — the 8.000 there is An Giang's 2022 target; 798; 933; 967). grep '8\\.000 đoàn viên' -> 665 (An Giang) and 1087 (Bình Dương Đoàn TN), not Hà Nội."),
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu chính thức tham dự.",
     "308_ea2272cbf98b gives no delegate count; its only figure is in a related-article teaser 'Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở' (another counted noun). grep 'Việt Hưng' -> 125/166 are unrelated (a company, a person); grep '150 đại biểu|350 đại biểu' -> no hit."),
    ("646_0880c908b49f", N,
     "Trong chương trình “Chuyến xe Tết đoàn viên - Xuân 2025”, LĐLĐ tỉnh Đồng Nai đã tặng 2.000 vé xe miễn phí cho công nhân về quê.",
     "Another edition: 646 counts only the Xuân 2026 edition ('phân bổ 2.200 vé xe miễn phí'); its caption mentions Tết Ất Tỵ 2025 without a figure. grep 'vé xe' -> 466 (a quận, 1.794 công nhân), 500 (Phú Thọ 15.000 vé), 646; grep 'Đồng Nai.{0,80}(Tết|vé)' -> only 646; grep '2\\.000 vé' -> no hit."),
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 có 16 đội tham gia.",
     "771_462f2b2f6129 only lists the tournament as planned ('LĐLĐ tỉnh phối hợp tổ chức Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024'), no team count. grep 'bóng đá' -> other tournaments (046: 18 đội, Cúp Báo LĐTĐ 2015; 336; 1193); grep '16 đội' -> only 727 (16 đội hình Mùa hè xanh)."),
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 của LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình có 500 công nhân tham dự.",
     "824_7a712711c760 gives no attendance figure (only date 9-5-2022, site Sóng Việt Lô 1-17). grep 'quận 3' -> 545 (Hội LHPN Quận 3, other event); grep '500 công nhân' -> seed 003 (56.500 Công nhân giỏi) and 057 (Long Biên), unrelated."),
    ("826_16ccc3252ccd", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 350 đại biểu tham dự.",
     "826_16ccc3252ccd (the delegation's incense ceremony) gives no delegate count; 868 is the lần thứ IV (2015) congress, also without a count. grep 'thi đua yêu nước tỉnh' -> only 826 and 868; grep '150 đại biểu|350 đại biểu' -> no hit."),
    ("901_623fc945bf8f", N,
     "Năm 2024, Công đoàn Điện lực Việt Nam biểu dương 117 “Người lao động ngành Điện tiêu biểu”.",
     "Another year: 1185 states 'Sẽ biểu dương 117 “Người lao động ngành Điện tiêu biểu” năm 2025'; 901 (Tháng Công nhân 2024) counts only '100% công đoàn cơ sở ... ít nhất 1 hoạt động'; 1184 (2023) has no count; 1126 counts 7 individuals of Tổng công ty Điện lực TP HCM in 2022. grep 'Người lao động ngành Điện tiêu biểu' -> 1126, 1184, 1185 only."),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    # at most 2 claims per page
    from collections import Counter
    c = Counter(r[0] for r in rows)
    assert max(c.values()) <= 2, c
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    v = Counter(r[1] for r in rows)
    print(len(rows), dict(v), "pages:", len(c))


if __name__ == "__main__":
    main()
