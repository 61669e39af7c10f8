#!/usr/bin/env python3
"""Build claims.tsv for blind testing of `ldtd check` (unseen57).
Plain Python: csv + unicodedata only. Output NFC, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 010 ----------------
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động TP Hà Nội lần thứ XXV, nhiệm kỳ 2020 - 2025 có 120 đại biểu chính thức tham dự.",
     "010 only describes banners/pa nô for the congress ('Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020 – 2025'), no delegate count. "
     "g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn Lao động)' -> only 002 (2016 tổng kết headline), 205 (tổng kết 2021), 340 (teaser), 010; none counts delegates of the XXV congress."),
    # ---------------- 013 ----------------
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 quy tụ 180 đại biểu chính thức.",
     "013 is a photo story of day 1 ('Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028') with no number of delegates. "
     "g.sh 'Tây Hồ' -> corpus 000/002 (hoa đào, 'Tây Hồ tỏa sáng', phát triển đoàn viên hội nghị 20/12), 233 (a school); g.sh 'Tây Hồ.{0,80}đại biểu|đại biểu.{0,80}Tây Hồ' -> no hits."),
    # ---------------- 032 ----------------
    ("032_60bc537342b5", D,
     "Hội nghị tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021 của Công đoàn ngành Xây dựng Hà Nội có gần 300 nữ đại biểu các đơn vị trong toàn ngành tham dự.",
     "032: '...Công đoàn ngành Xây dựng Hà Nội và gần 200 nữ đại biểu các đơn vị trong toàn Ngành' (tổng kết GVNĐVN năm 2021). "
     "g.sh '200 nữ|300 nữ' -> only the 032 line with 'gần 200'; 300 not stated."),
    # ---------------- 060 ----------------
    ("060_edffd096d8c3", D,
     "Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” tháng 10/2023, có Phó Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Chính Hữu dự, đã thu hút 63 đội đại diện các Công đoàn cơ sở trong huyện.",
     "060 (20/10/2023): 'Hội thi diễn ra ... giữa 93 đội đại diện cho các Công đoàn cơ sở trên địa bàn huyện'. "
     "g.sh 'cắm hoa' -> only 060 (and an unrelated 595 caption); g.sh '63 đội' -> no hits."),
    # ---------------- 076 ----------------
    ("076_a1ba473fd589", D,
     "Có 150 “Công nhân giỏi Thủ đô” năm 2022 cùng lãnh đạo LĐLĐ Hà Nội báo công dâng Bác.",
     "076: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương'. "
     "Same 100 in 041 ('tuyên dương 100 “Công nhân giỏi Thủ đô”' 2022) and 075; g.sh 'Công nhân giỏi' | grep 150 -> none (2023 is also 100)."),
    # ---------------- 103 ----------------
    ("103_bc0c6e0f50d9", S,
     "Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 người vào Ban Chấp hành Đảng bộ khóa XVI, nhiệm kỳ 2015 - 2020.",
     "103: 'Chiều ngày 01-11-2015, Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI' and 'bầu cử một lần được 74 người'. "
     "(The page writes the term both as 2015-2020 and 2016-2020.)"),
    ("103_bc0c6e0f50d9", D,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI (nhiệm kỳ 2015 - 2020) gồm 17 đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí.' "
     "g.sh 'Thường vụ Thành ủy.{0,60}(17|mười bảy)' -> no hits (the only '17 đồng chí' is 1211, BCH Công đoàn ngành Y tế)."),
    # ---------------- 1028 ----------------
    ("1028_21dfb2d35f28", D,
     "Ba tháng đầu năm 2025, Hà Nội đã giải quyết việc làm cho hơn 48 nghìn lao động.",
     "1028: 'Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động, đạt 34,1% kế hoạch năm, tăng hơn 3.000 người so với cùng kỳ năm 2024' (so the period is Q1 2025). "
     "g.sh '48 nghìn|48[.,]000 lao động' -> none; other Hanoi job counts are other periods (098: 6 tháng 2022 gần 119.000; 151: 6 tháng 2021; 152: gần 99.000)."),
    ("1028_21dfb2d35f28", N,
     "Trong quý I năm 2025, các phiên giao dịch việc làm chuyên đề của Hà Nội đã giúp 850 lao động khuyết tật có việc làm.",
     "1028 only says 'Các phiên giao dịch việc làm chuyên đề dành cho lao động nữ, lao động khuyết tật, thanh niên đã và đang phát huy tác dụng' (no number); "
     "its numbers are other things: 5.200 via Quỹ Quốc gia về việc làm, 'trên 7.300 người được tuyển dụng' via all sàn. g.sh 'lao động khuyết tật|người khuyết tật' -> 510/681 (gift recipients), 1028 (no count)."),
    # ---------------- 103x / 1125 ----------------
    ("1125_5e323181d7fd", D,
     "Công đoàn Công ty Điện lực Đất Đỏ đã trao tổng cộng 75 triệu đồng hỗ trợ 4 trường hợp cán bộ công nhân viên và thân nhân có hoàn cảnh khó khăn.",
     "1125 (16/10/2025): 'Công đoàn Công ty Điện lực Đất Đỏ tổ chức thăm hỏi, động viên và trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp'. "
     "g.sh 'Đất Đỏ' -> 520 (Mái ấm, huyện Đất Đỏ, another org) and 1125; g.sh '75 triệu' -> only 154 ('hơn 475 triệu', sổ tiết kiệm)."),
    # ---------------- 114 ----------------
    ("114_68d1a04f6177", S,
     "Trong đợt tiêm vaccine Covid-19 diện rộng cho công nhân tháng 6/2021, TP.HCM đã huy động tổng cộng 460 đội tiêm.",
     "114 (22/06/2021): 'Cả đợt này, tổng cộng có 460 đội tiêm cho gần 105.000 người ở các khu công nghiệp, khu chế xuất...'. g.sh 'đội tiêm' -> only 114."),
    ("114_68d1a04f6177", D,
     "Đợt tiêm vaccine phòng Covid-19 cho công nhân các khu chế xuất, khu công nghiệp ở TP.HCM tháng 6/2021 dự kiến tiêm cho khoảng 150 nghìn người.",
     "114: '460 đội tiêm cho gần 105.000 người'. g.sh '105[.,]000|150[.,]000 (người|công nhân)' -> only the 114 line."),
    # ---------------- 129 ----------------
    ("129_306ace8250a2", S,
     "Mỗi ngày, trên địa bàn Hà Nội phát sinh khoảng 6,5 nghìn tấn rác thải cần công nhân môi trường thu gom.",
     "129: 'trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn'."),
    # ---------------- 139 ----------------
    ("139_5afbcc5d4e59", N,
     "Chiều 4/8, Phó Chủ tịch Thường trực LĐLĐ Hà Nội Đặng Thị Phương Hoa đã trao 500 suất quà từ chương trình “Xe buýt siêu thị 0 đồng” cho đoàn viên, người lao động khó khăn quận Hai Bà Trưng.",
     "139 says she 'tiến hành trao quà từ chương trình “Xe buýt siêu thị 0 đồng” cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn quận' with no count. "
     "g.sh 'siêu thị 0 đồng' -> 067 (Ba Đình, no count), 087 (city-wide total: 'Túi an sinh Công đoàn' cho gần 19.000 đoàn viên ... gần 3,8 tỉ — all Hanoi, all forms, not this 4/8 event), 139."),
    # ---------------- 183 ----------------
    ("183_2d301ff89d1d", N,
     "Trong 6 tháng đầu năm 2019, Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 88 cá nhân đạt danh hiệu “Giỏi việc nước, đảm việc nhà”.",
     "183 (6 tháng đầu năm 2019) only has the caption 'Phạm Bá Vĩnh khen thưởng các tập thể, cá nhân “Giỏi việc nước- đảm việc nhà”' with no count. "
     "Near miss: 507 '6 tập thể và 88 cá nhân được khen thưởng “Giỏi việc nước, đảm việc nhà”' is for năm 2020 (hội nghị 18/3/2021) — another year. "
     "215 ('biểu dương 25 tập thể, 67 cá nhân') is a 5-year congress tally. g.sh 'Công đoàn Viên chức (Thành phố|TP|Hà Nội)'."),
    # ---------------- 244 ----------------
    ("244_3f16c38c7f90", S,
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 83 đoàn viên sinh hoạt tại các tổ công đoàn.",
     "244 (Đại hội Công đoàn cơ quan Dân - Đảng huyện Thanh Trì, nhiệm kỳ 2023 - 2028), last body line: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.' "
     "(The '7 đồng chí' BCH result is in a photo-caption cell, so not used.) g.sh 'Dân Đảng|Dân - Đảng' -> 272 (Phúc Thọ), 1022 (Phùng) — other units."),
    # ---------------- 258 ----------------
    ("258_481de498caab", N,
     "Nhân Tháng Công nhân năm 2022, LĐLĐ quận Bắc Từ Liêm đã trao 300 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "258 (phát động Tháng Công nhân 2022) gives no gift count (only 'năm thứ 10 Tháng Công nhân'). "
     "g.sh 'Bắc Từ Liêm' -> 142 (khám sức khỏe miễn phí cho 862 đoàn viên — other activity, another counted noun), corpus 001/002 (Khuyến học, chuyển giao CĐCS); no gift count."),
    # ---------------- 269 ----------------
    ("269_84a6549b6abc", N,
     "Cuộc thi “Sáng kiến vì cộng đồng” lần thứ IV do EVN phối hợp tổ chức có tổng giá trị giải thưởng 1 tỷ đồng.",
     "269 only: 'phát động Cuộc thi \"Sáng kiến vì cộng đồng\" lần thứ IV, dự kiến trao giải năm 2022' and a caption about lần thứ 3 năm 2020; no prize money, no entry count. "
     "g.sh 'sáng kiến vì cộng đồng' -> only 269."),
    # ---------------- 275 ----------------
    ("275_a87c110f79e1", D,
     "Ngày 11/9/2024, LĐLĐ TP Hà Nội đã ủng hộ 250 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để hỗ trợ nhân dân vùng bị thiệt hại do bão lũ.",
     "275: 'ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội' (plus a separate 100 triệu via Quỹ Tấm lòng vàng). "
     "g.sh '250 triệu' -> none; g.sh 'bão lũ|bão số 3|Yagi' -> 054, 670 (other orgs)."),
    # ---------------- 469 ----------------
    ("469_b49a6ebccc5d", D,
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 của Thành đoàn Hà Nội tại Đại học Ngoại thương có hơn 600 đoàn viên, thanh niên, sinh viên tiêu biểu tham dự.",
     "469 (30/5/2023): '...cùng các cán bộ Đoàn, Hội chủ chốt và gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô.' "
     "g.sh '600 đoàn viên' -> 347 (hiến máu), 991 (chăm lo 600 đoàn viên, TP HCM) — other events."),
    # ---------------- 491 ----------------
    ("491_4610d3eefa4d", S,
     "Năm 2024, Liên đoàn Lao động TP Đà Nẵng đã hỗ trợ 3,5 tỉ đồng xây “Mái ấm Công đoàn” cho 103 đoàn viên khó khăn về nhà ở.",
     "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở' (the city is 'LĐLĐ TP Đà Nẵng' earlier in the page). Figure checked: 103 đoàn viên."),
    # ---------------- 497 ----------------
    ("497_902490bd9259", S,
     "Tính đến ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận hơn 7.800 triệu đồng ủng hộ Quỹ “Vì người nghèo” thành phố và chương trình an sinh xã hội.",
     "497: 'tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố và ủng hộ chương trình an sinh xã hội thành phố' (năm 2019)."),
    ("497_902490bd9259", D,
     "Tại lễ tiếp nhận ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã nhận 654 triệu đồng ủng hộ Quỹ “Vì người nghèo” từ 19 cơ quan, đơn vị, doanh nghiệp, trường học.",
     "497: 'Tại buổi lễ, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học'. "
     "g.sh '654 triệu|654\\.000\\.000' -> none; 372 (Tháng cao điểm 2019) has no amount."),
    # ---------------- 502 ----------------
    ("502_212b66a603d0", S,
     "Công đoàn ngành Y tế Hà Nội đã khen thưởng 157 cá nhân có thành tích xuất sắc trong giai đoạn 2 chương trình “Một triệu sáng kiến”.",
     "502: '15 tập thể và 15 cá nhân đại diện cho 83 tập thể và 157 cá nhân có thành tích xuất sắc triển khai chương trình 1 triệu sáng kiến được nhận Giấy khen' (khen thưởng giai đoạn 2)."),
    ("502_212b66a603d0", N,
     "Trong chương trình “1 triệu sáng kiến”, cán bộ, đoàn viên Công đoàn ngành Y tế Hà Nội đã đóng góp hơn 5.000 sáng kiến.",
     "502 counts rewarded tập thể/cá nhân (83/157) and prize money (hơn 104 triệu), not sáng kiến of the Y tế union. "
     "g.sh '[0-9.]{5,} sáng kiến|nghìn sáng kiến' -> Hanoi-wide (002: 14.791; 003/177: 200.000), national (517: 696.948), 215 (CĐ Viên chức 2.002) — none for Công đoàn Y tế Hà Nội."),
    # ---------------- 517 ----------------
    ("517_afee7999e666", S,
     "Sau hơn 140 ngày triển khai Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam, các cấp công đoàn cả nước đạt hơn 232% chỉ tiêu kế hoạch.",
     "517 (15/07/2022): 'Trong hơn 140 ngày thực hiện Chương trình “1 triệu sáng kiến...” ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến.'"),
    ("517_afee7999e666", D,
     "Chỉ sau hơn 140 ngày thực hiện Chương trình “1 triệu sáng kiến”, CNVCLĐ cả nước đã có gần 600 nghìn sáng kiến.",
     "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (~697 nghìn). "
     "g.sh '600 nghìn sáng kiến|600\\.000 sáng kiến|600 ngàn' -> only 982 (600 ngàn đồng, a gift)."),
    # ---------------- 532 ----------------
    ("532_8ca00e63249f", N,
     "Hội nghị tuyên truyền ngày 28/01/2026 của Liên đoàn Lao động tỉnh Tuyên Quang cho cán bộ công đoàn cơ sở phường Bình Thuận có 120 cán bộ tham dự.",
     "532 names the 2 topics (bầu cử QH khóa XVI/HĐND 2026–2031; Nghị quyết Đại hội Công đoàn tỉnh Tuyên Quang lần thứ I) but no attendance count. "
     "g.sh 'Bình Thuận' -> 470/944 (Phú Quý, Hàm Tân), 563 (province list), 726 (LĐLĐ Bình Thuận 2022), 1046, 1190 — none counts this meeting."),
    # ---------------- 544 ----------------
    ("544_73613f3ff3bd", S,
     "Hưởng ứng kỷ niệm 112 năm Ngày Quốc tế Phụ nữ 8/3/2022, các chi hội phụ nữ quận Hà Đông đã thực hiện 268 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544 (08/03/2022): 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn, người mắc bệnh hiểm nghèo...'."),
    # ---------------- 545 ----------------
    ("545_555e3ee7ac16", S,
     "Hội LHPN Quận 3 (TP.HCM) đã trao quà Tết 2024 cho hội viên phụ nữ khó khăn, trẻ em mồ côi, thanh niên nhập ngũ với tổng kinh phí hơn 625 triệu đồng.",
     "545: 'tổ chức Ngày hội “Xuân yêu thương - Tết nghĩa tình”, trao tặng quà tết cho hội viên phụ nữ có hoàn cảnh khó khăn, yếu thế, trẻ em mồ côi, thanh niên thi hành nghĩa vụ quân sự năm 2024 với tổng kinh phí hơn 625 triệu đồng.'"),
    ("545_555e3ee7ac16", D,
     "Hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” do Hội Liên hiệp Phụ nữ Quận 3 tổ chức đầu năm 2024 đã nhận hơn 800 tác phẩm dự thi.",
     "545: 'tổ chức hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” với hơn 600 tác phẩm dự thi'. g.sh '800 tác phẩm' -> none."),
    # ---------------- 563 ----------------
    ("563_c39e3be4e916", S,
     "Sáng 30/4/2016 tại Đồng Nai, Thủ tướng Nguyễn Xuân Phúc dự kiến gặp gỡ, đối thoại với công nhân lao động tám tỉnh miền Đông Nam Bộ.",
     "563 body: 'dự kiến, sáng 30-4, tại Đồng Nai, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ có buổi gặp gỡ, đối thoại, lắng nghe nguyện vọng của công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, Long An, Tây Ninh, Bình Thuận, Bình Dương, Bình Phước)' (Tháng công nhân 2016). "
     "Note: the '3.000 công nhân' is only in the headline, so not used."),
    # ---------------- 717 ----------------
    ("717_98d937fa1780", D,
     "Hội nghị học tập chuyên đề của LĐLĐ thành phố Hải Phòng được tổ chức trực tuyến tại 08 điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel tại thành phố Hải Phòng, Viettel huyện Thủy Nguyên và Viettel huyện Cát Hải' (chủ trì: Chủ tịch LĐLĐ thành phố Tống Văn Băng). "
     "g.sh '0?8 điểm cầu|tám điểm cầu' -> none."),
    # ---------------- 783 ----------------
    ("783_ef3db5842d22", D,
     "Hội nghị đánh giá công tác thi đua khen thưởng năm 2019 của Cụm thi đua số 3 LĐLĐ thành phố Hà Nội có lãnh đạo, cán bộ chuyên trách LĐLĐ tám huyện, thị xã tham dự.",
     "783 (21/11/2019): 'Dự hội nghị có các đồng chí chủ tịch, phó chủ tịch, cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây.' "
     "g.sh 'Cụm thi đua số 3' -> corpus 003 (another article, no count), 783; g.sh '(8|tám) huyện' -> only 816 (18 huyện, another province)."),
    # ---------------- 798 ----------------
    ("798_7032c1161906", S,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn toàn tỉnh (Bí thư Tỉnh Đoàn Hồ Thị Ánh Tuyết) đã giới thiệu 748 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
     "798 (10/04/2023, tổng kết Tháng Thanh niên 2023): 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%), giới thiệu 748 đoàn viên ưu tú (đạt 374%)'. The province is not named on the page. "
     "Other 'đoàn viên ưu tú' counts (706, 733, 1012) are other orgs/years."),
    # ---------------- 842 ----------------
    ("842_86068b256616", D,
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023 - 2028 có 1.095 đại biểu chính thức tham dự.",
     "842 (26/12/2023): 'tham dự Đại hội có 995 đại biểu chính thức'. g.sh '1[.,]?095' -> none."),
    # ---------------- 906 ----------------
    ("906_dcbd919b8f59", N,
     "Tại lễ phát động Tháng Nhân đạo 2024 chiều 7/5, Hội Chữ thập đỏ huyện Hóc Môn đã trao 150 phần quà cho người có hoàn cảnh khó khăn.",
     "906 has no gift count (only 'Sau 6 năm triển khai ... trợ giúp hàng trăm lượt người nghèo'). g.sh 'Hóc Môn' -> 108 (Điện lực Hóc Môn person), 906. "
     "Other Tháng Nhân đạo pages (404-407, 460, 461, 503, 506, 907) are other places/years."),
    # ---------------- 907 ----------------
    ("907_07e635cbabe5", S,
     "Tại Lễ phát động Tháng Nhân đạo năm 2022 của Hội Chữ thập đỏ tỉnh do bà Đỗ Thị Phước Thiện làm Chủ tịch, Ban tổ chức đã trao 35 suất học bổng cho học sinh khó khăn.",
     "907 (06/05/2022): 'Trong chương trình, Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn.' (province not named on the page; Chủ tịch Hội CTĐ tỉnh is Đỗ Thị Phước Thiện)."),
    ("907_07e635cbabe5", D,
     "Trong Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh (Chủ tịch Đỗ Thị Phước Thiện) đặt mục tiêu huy động 25 tỷ đồng để trợ giúp khoảng 70 ngàn lượt người khó khăn.",
     "907: 'hệ thống Hội Chữ thập đỏ tỉnh đặt mục tiêu huy động được 15 tỷ đồng để trợ giúp cho khoảng 70 ngàn lượt người khó khăn'. "
     "g.sh '25 tỷ' -> none; 461 'hơn 18 tỷ' is another Hội's registered pledges."),
    # ---------------- 990 ----------------
    ("990_489d8f605885", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại Khu công nghiệp Hoàng Mai 1 thu hút khoảng 1.000 người lao động tham dự.",
     "990 (9/5/2025) only says 'đông đảo người lao động' — no count. g.sh 'Hoàng Mai 1' -> only 990; g.sh 'Tháng hành động.{0,60}2025' -> 264/314 (Hà Nội 2025 plans), 147 — other places."),
    # ---------------- 450 ----------------
    ("450_716412d0bd43", N,
     "Năm 2022, LĐLĐ quận Hà Đông đã kết nạp mới 1.200 đoàn viên công đoàn.",
     "450 (tổng kết hoạt động công đoàn năm 2022, phát động thi đua 2023) gives no results figures. "
     "g.sh 'Hà Đông' | grep đoàn viên -> only 054 (a person named Hà Đông); 544 is Hội LHPN quận Hà Đông (other org, no union members)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append({k: unicodedata.normalize("NFC", v.strip())
                     for k, v in zip(("page_id", "verdict", "claim", "why"),
                                     (page_id, verdict, claim, why))})
    rows.sort(key=lambda r: r["page_id"])  # stable: keeps claim order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["page_id", "verdict", "claim", "why"],
                           delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    from collections import Counter
    c = Counter(r["verdict"] for r in rows)
    per_page = Counter(r["page_id"] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
