#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd check test set unseen125."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 098: Hà Nội việc làm 6 tháng đầu 2022 + phiên giao dịch 3 đầu cầu
    ("098_edd9ef3c5812", "supported",
     "Có 53 đơn vị đăng ký tham gia phiên giao dịch việc làm kết nối ba đầu cầu Hà Nội, Quảng Nam và Đồng Tháp.",
     "098_edd9ef3c5812: \"Tại phiên giao dịch lần này có 53 đơn vị đăng ký tham gia tại 3 đầu cầu Hà Nội, Quảng Nam và Đồng Tháp\"."),
    ("098_edd9ef3c5812", "differs",
     "Trong nửa đầu năm 2022, thành phố Hà Nội đã giải quyết việc làm cho khoảng 150 nghìn người lao động.",
     "098_edd9ef3c5812: \"6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động ... tăng 21,4% so với cùng kỳ năm 2021\" (so 2022). "
     "g.sh '150\\.000|150 nghìn': only 406 (Tháng Nhân đạo 2021 target 'lượt người') and 460 ('đơn vị máu'); other Hà Nội job figures are other periods (151: 6 tháng 2021 gần 100.000; 152: gần 99.000; 1028: 3 tháng, hơn 54.500)."),
    # ---------------- 1013: Xuân tình nguyện 2026 TP.HCM
    ("1013_dd19fb48ab24", "differs",
     "Sau hơn một tuần triển khai, đã có hơn 50.000 đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đăng ký tham gia Chiến dịch Xuân tình nguyện 2026.",
     "1013_dd19fb48ab24: \"sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện\". "
     "g.sh '50\\.000 (thanh|đoàn)' -> only 808 ('hơn 750.000 đoàn viên'); 495 counts a different thing for 2026: 'hơn 4.000' people attending the launch ceremony (tham dự lễ ra quân), not registrants."),
    ("1013_dd19fb48ab24", "not_found",
     "Chiến dịch Xuân tình nguyện 2025 của Thành đoàn TP.HCM thu hút khoảng 60.000 chiến sĩ đăng ký tham gia.",
     "Another edition. g.sh 'Xuân tình nguyện' -> 2026 (1013 gần 70.000 đăng ký; 495 hơn 4.000 dự lễ ra quân; 518, 519 Thủ Đức ~1.000) and 2024 (830: dự kiến 35.000 chiến sĩ); "
     "g.sh 'Xuân tình nguyện 2025' -> nothing. The 2025 edition is not counted anywhere."),
    # ---------------- 1108: Thới Lai Tuần lễ ATVSLĐ-PCCN 2016
    ("1108_dc5ce910e1da", "supported",
     "Liên đoàn Lao động huyện Thới Lai đã huy động 300 đoàn viên, CNVCLĐ dự mít tinh và diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 18 năm 2016.",
     "1108_dc5ce910e1da: \"Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành ... trong Tuần lễ Quốc gia ATVSLĐ – PCCN lần thứ 18 năm 2016\"."),
    ("1108_dc5ce910e1da", "not_found",
     "Năm 2017, LĐLĐ huyện Thới Lai huy động 350 đoàn viên, người lao động dự mít tinh hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 19.",
     "Another edition (lần thứ 19, 2017). g.sh 'Thới Lai' and g.sh 'Tuần lễ quốc gia An toàn' -> only 1108, about lần thứ 18 năm 2016 (300 lực lượng). No 2017 edition counted."),
    # ---------------- 1126: Công đoàn Tổng công ty Điện lực TP HCM 6 tháng 2022
    ("1126_1b7f3b281987", "supported",
     "Trong 6 tháng đầu năm 2022, Tổng công ty Điện lực TP.HCM có bảy cá nhân được Công đoàn Điện lực Việt Nam tuyên dương, khen thưởng danh hiệu \"Người lao động ngành điện tiêu biểu\".",
     "1126_1b7f3b281987: \"Tổng công ty còn có 7 cá nhân được tuyên dương khen thưởng 'Người lao động ngành điện tiêu biểu' năm 2022 ... do Công đoàn Điện lực Việt Nam tổ chức\" (spelled-out bảy = 7)."),
    ("1126_1b7f3b281987", "differs",
     "Trong nửa đầu năm 2022, Công đoàn Tổng công ty Điện lực TP HCM đã phối hợp đóng góp hơn 5 tỉ đồng cho công tác an sinh xã hội.",
     "1126_1b7f3b281987: \"Trong công tác an sinh xã hội, công đoàn đã phối hợp cùng với các ban ngành đoàn thể tham gia đóng góp hơn 2 tỉ đồng\". "
     "g.sh '5 tỉ|5 tỷ' -> no hit about Điện lực TP HCM (038 LĐLĐ Hà Nội, 475, 491, 500, 547 ... other orgs); g.sh 'Điện lực TP ?HCM' -> only 1126."),
    # ---------------- 1162: CĐ ngành GTVT Hà Nội, CN giỏi 2019
    ("1162_f63ea6510168", "supported",
     "Công đoàn ngành Giao thông vận tải Hà Nội hiện có hơn 3 nghìn đoàn viên.",
     "1162_f63ea6510168: \"CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên/3.268 cán bộ, CNVC-LĐ\" (checked figure: hơn 3 nghìn ~ 3.078 đoàn viên; 29 CĐCS also stated)."),
    ("1162_f63ea6510168", "differs",
     "Năm 2019, Công đoàn ngành GTVT Hà Nội đã biểu dương, khen thưởng sáu mươi công nhân giỏi tiêu biểu.",
     "1162_f63ea6510168: \"trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng\". "
     "g.sh '60 (CN|công nhân)|sáu mươi' -> nothing. 017 has '70 Công nhân giỏi tiêu biểu năm 2024' (another year, another value)."),
    # ---------------- 1166: LĐLĐ TP Hội An khen thưởng HS giỏi 2014-2015
    ("1166_ea87f1aaef64", "supported",
     "Nhân kỷ niệm Ngày thành lập Công đoàn Việt Nam 28/7/2015, Liên đoàn Lao động thành phố Hội An đã trao 83 suất quà cho con CNVCLĐ vượt khó học khá giỏi năm học 2014 - 2015.",
     "1166_ea87f1aaef64: \"Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi\" (article about Công đoàn Hội An, năm học 2014- 2015, 86 năm ngày thành lập CĐVN)."),
    # ---------------- 1190: Hội thao CĐ Ngân hàng VN cụm thi đua số 8 năm 2019
    ("1190_b264d705f1e4", "differs",
     "Hội thao Công đoàn Ngân hàng Việt Nam - cụm thi đua số 8 năm 2019 thu hút khoảng 200 vận động viên tham gia.",
     "1190_b264d705f1e4: \"Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước\" (also 'Hội thao có hơn 120 VĐV tham gia'). "
     "g.sh '200 (VĐV|vận động)' -> nothing; g.sh 'cụm thi đua số 8' -> only 1190."),
    ("1190_b264d705f1e4", "not_found",
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2018 có hơn 100 vận động viên tham gia.",
     "Another edition (2018). g.sh 'cụm thi đua số 8' -> only 1190 (năm 2019, hơn 120 VĐV); g.sh 'Hội thao' -> 774, 1126 unrelated; 671 is Đại hội CĐ Ngân hàng VN VII (no hội thao count)."),
    # ---------------- 1262: CĐ trường MN Dương Xá ủng hộ vùng lũ
    ("1262_0d7b4435464f", "supported",
     "Các công đoàn viên Trường mầm non Dương Xá đã ủng hộ bảy mươi lăm thùng mì cho nhân dân vùng lũ huyện Gia Lâm sau bão số 3 Yagi.",
     "1262_0d7b4435464f: \"các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng\" (bảy mươi lăm = 75)."),
    # ---------------- 174: BCH Tổng LĐLĐ VN khóa XIII
    ("174_6cb98c605947", "differs",
     "Đại hội XIII Công đoàn Việt Nam đã bầu 158 ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.",
     "174_6cb98c605947: \"Kết quả, đại hội đã bầu 168 ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028\" (quota 177, 185 candidates). "
     "g.sh '158 ủy viên' -> nothing; 247 has '161 người' for an earlier congress (khóa trước), not khóa XIII."),
    # ---------------- 275: LĐLĐ TP Hà Nội ủng hộ bão lũ 9/2024
    ("275_a87c110f79e1", "differs",
     "Ngày 11/9/2024, Liên đoàn Lao động TP Hà Nội đã ủng hộ 300 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để hỗ trợ nhân dân vùng bị thiệt hại do bão lũ.",
     "275_a87c110f79e1: \"ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội\" (plus another 100 triệu via Quỹ Tấm lòng vàng, so even the total is 200, not 300). "
     "g.sh '300 triệu' -> 606 (học bổng Điện Biên), 625 (LĐLĐ tỉnh, trường mầm non), 994 (Hà Tĩnh) - none about LĐLĐ Hà Nội/MTTQ."),
    # ---------------- 278: đối thoại CNLĐ KCN&CX Hà Nội 2016
    ("278_ca99d72144c8", "supported",
     "Buổi đối thoại giữa lãnh đạo thành phố Hà Nội với công nhân các KCN&CX năm 2016 có hơn một nghìn công nhân lao động tham dự.",
     "278_ca99d72144c8: \"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội\" (year from '22/31 vấn đề kiến nghị năm 2016')."),
    # ---------------- 302: CĐ Trường MN Hoa Trạng Nguyên
    ("302_e632789ca4af", "supported",
     "Đại hội thành lập Công đoàn Trường Mầm non Hoa Trạng Nguyên (quận Long Biên) có sự tham dự của 30 cán bộ, giáo viên, nhân viên nhà trường.",
     "302_e632789ca4af: \"đặc biệt là sự có mặt của 30 cán bộ, giáo viên, nhân viên Trường Mầm non Hoa Trạng Nguyên\" at the Đại hội attended by Phó Chủ tịch LĐLĐ quận Long Biên."),
    # ---------------- 340: Nghị quyết ĐH CĐ TP.HCM XII
    ("340_450a27d2144e", "supported",
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023 - 2028 đề ra 12 chỉ tiêu.",
     "340_450a27d2144e: \"Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm\"."),
    # ---------------- 527: LĐLĐ tỉnh Bắc Ninh
    ("527_0809e797015b", "differs",
     "Sau khi mô hình chính quyền địa phương hai cấp đi vào hoạt động, LĐLĐ tỉnh Bắc Ninh có khoảng 450.000 đoàn viên.",
     "527_0809e797015b: \"Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên\". "
     "g.sh '450\\.000|450 nghìn' -> nothing; g.sh 'Bắc Ninh.{0,80}đoàn viên' -> 525/526 give no member count (525 has 'trên 100.000 lượt đoàn viên, người lao động tham gia' events, another thing)."),
    # ---------------- 585: Đại hội CĐCS xã Bình Hòa Phước
    # (not used: kept to the mix)
    # ---------------- 606: Tháng Nhân đạo 2024 toàn quốc
    ("606_cccf22e04aa6", "differs",
     "Tháng Nhân đạo năm 2024 trên cả nước đã huy động được khoảng 650 tỷ đồng tiền ủng hộ.",
     "606_cccf22e04aa6: \"trong Tháng Nhân đạo 2024, cả nước đã huy động số tiền ủng hộ trên 786 tỷ đồng\" (repeated: 'Tháng Nhân đạo 2024 đã huy động được số tiền ủng hộ trên 786 tỷ đồng'). "
     "g.sh '786|650 tỷ' -> only 606 with 786; 650 tỷ stated nowhere. 407 (launch of 2024 edition) gives 'hơn 3.400 tỷ đồng' over 6 years, another thing."),
    ("606_cccf22e04aa6", "not_found",
     "Trong Tháng Nhân đạo 2024, Hội Chữ thập đỏ các cấp trên cả nước đã xây dựng hơn 300 công trình nhân đạo.",
     "606 counts money (trên 786 tỷ), people helped (gần 1,7 triệu), Triệu bước chân (16,2 tỷ, hơn 95.000 người, 2 triệu km), scholarships (300 suất) - no count of công trình nhân đạo. "
     "g.sh 'công trình nhân đạo' -> 406 (2021 target 'ít nhất 75 công trình'), 460 and 907 (local, other years), 603 (no count). No 2024 national count."),
    # ---------------- 607: Tháng nhân đạo Quảng Ninh
    ("607_86387ec7de47", "supported",
     "Sau 4 năm triển khai Tháng nhân đạo, Hội Chữ thập đỏ tỉnh Quảng Ninh đã trợ giúp hơn 51 nghìn lượt người có hoàn cảnh khó khăn.",
     "607_86387ec7de47: \"Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn\" (hơn 51 nghìn ~ 51.145)."),
    # ---------------- 689: hiến máu TP HCM
    ("689_d6670691ad7d", "differs",
     "Năm 2019, tính từ ngày 1-1 đến 30-11, TP HCM đã vận động được khoảng 200.000 người hiến máu.",
     "689_d6670691ad7d: \"Năm 2019, tính từ ngày 1-1 đến ngày 30-11, TP HCM đã vận động được 270.000 người hiến, đạt gần 338.000 đơn vị máu\". "
     "g.sh '200\\.000|200 nghìn' -> only other things (sáng kiến, thưởng Tết, hỗ trợ đoàn viên 2025/2026, đoàn viên Tỉnh ...), nothing about người hiến máu; g.sh 'hiến máu' -> 347 (LĐLĐ TP HCM 2025, hơn 600 người), 460, 608 - other occasions."),
    ("689_d6670691ad7d", "not_found",
     "Năm 2018, TP HCM đã vận động được khoảng 250.000 người tham gia hiến máu tình nguyện.",
     "Another year. 689 counts 2019 (270.000 người hiến, 1-1 to 30-11), the Xuân 2020 drive (56.000 túi máu) and a cumulative 12-edition total (hơn 2,5 triệu người). "
     "g.sh 'hiến máu.{0,80}2018|2018.{0,80}hiến máu' -> nothing; 347 is 2025, 608 is 2023 (another province)."),
    # ---------------- 720: Đại hội phụ nữ toàn quốc XIII
    ("720_ac555b116a87", "differs",
     "Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII ra mắt Đại hội gồm 165 người.",
     "720_ac555b116a87: \"ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu\". "
     "g.sh '165|155 (đại biểu|ủy viên)' -> 720 (155) and 547 ('165.214 cây xanh'); 980 (Hội nghị lần thứ 16 BCH TW Hội) states no BCH size."),
    ("720_ac555b116a87", "not_found",
     "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII có 1.000 đại biểu chính thức về dự.",
     "720 counts only the BCH (155). g.sh 'Đại hội đại biểu phụ nữ toàn quốc' -> 544, 593, 1085 (province/city congresses mentioning it, no delegate count for the national congress). "
     "g.sh '1\\.000 đại biểu' -> 247 (Đại hội Công đoàn Việt Nam, gần 1.000) and 313 (Tháng hành động ATVSLĐ 2022) - other events."),
    # ---------------- 721: Thạch Thất
    ("721_3e01bfb83e07", "supported",
     "LĐLĐ huyện Thạch Thất hiện có 216 công đoàn cơ sở trực thuộc.",
     "721_3e01bfb83e07: \"Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động\" (checked figure: 216 CĐCS; 6.000 stated with it)."),
    # ---------------- 802: Huy hiệu Đảng quận Hoàn Kiếm
    ("802_331723d186da", "differs",
     "Tại đợt trao tặng Huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 250 đảng viên được trao tặng huy hiệu.",
     "802_331723d186da: \"Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng\" (lễ đợt 19/5). "
     "g.sh 'huy hiệu Đảng' -> 803 Hai Bà Trưng (284 đảng viên), 804 Hà Đông (440) - other districts; 250 stated nowhere for Hoàn Kiếm."),
    # ---------------- 809: Đại hội Đoàn quận Kiến An VI
    ("809_cc0d6dcdbae7", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An lần thứ VI đã bầu 12 đại biểu chính thức đi dự Đại hội Đoàn thành phố Hải Phòng.",
     "809_cc0d6dcdbae7: \"Đại hội cũng bầu ra đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính thức và 3 đại biểu dự khuyết\". "
     "g.sh '12 đại biểu' -> nothing; g.sh 'Kiến An' -> 590 (LĐLĐ quận, 2020), 809 only."),
    # ---------------- 810: đại biểu ngành Y tế dự ĐH XIII CĐVN
    ("810_d311deaca2eb", "supported",
     "Ngành Y tế có 34 đại biểu đi dự Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 - 2028.",
     "810_d311deaca2eb: \"34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam\" and \"cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu ...\"."),
    # ---------------- 904: Tuổi trẻ Hà Tĩnh, chiến dịch hè 2025
    ("904_0a7c4b90f9b3", "supported",
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025, tuổi trẻ Hà Tĩnh đã trao tặng 15 bể bơi di động cho các địa phương.",
     "904_0a7c4b90f9b3: \"ban tổ chức đã trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà an sinh\"."),
    # ---------------- 963: Công đoàn phường Thuận Giao
    ("963_df9b4f2ebd96", "differs",
     "Công đoàn phường Thuận Giao đã phối hợp trao quà cho hộ nghèo, học sinh khó khăn với tổng trị giá khoảng 120 triệu đồng.",
     "963_df9b4f2ebd96: \"trao tặng 210 phần quà cho các hộ nghèo, học sinh khó khăn với tổng giá trị hơn 73 triệu đồng\" (checked figure: the money). "
     "g.sh '120 triệu' -> only 106 (tiền thưởng sáng kiến), unrelated; g.sh 'Thuận Giao' -> 963, 1050 (list of wards, no figures)."),
    ("963_df9b4f2ebd96", "not_found",
     "Công đoàn phường Thuận Giao (TP.HCM) hiện có hơn 5.000 đoàn viên.",
     "963 counts gifts (210 phần quà), money (hơn 73 triệu) and BCH (15 đồng chí), not members. g.sh 'Thuận Giao' -> 963 and 1050 (only names the ward among 8); "
     "g.sh '5\\.000 đoàn viên' -> 644 (target '25.000 đoàn viên' elsewhere). No member count for Thuận Giao."),
    # ---------------- 994: Ngày thanh niên cùng hành động Hà Tĩnh 2026
    ("994_8697caa1612f", "differs",
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng trong chương trình \"Ngày thanh niên cùng hành động\" tại xã Sơn Tây là khoảng nửa tỷ đồng.",
     "994_8697caa1612f: \"Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng\" (nửa tỷ = 500 triệu). "
     "g.sh '500 triệu' -> only 1130 (Quỹ 'Vì người nghèo' TP HCM), unrelated; g.sh 'Ngày thanh niên cùng hành động' -> only 994."),
    # ---------------- 998: Chiến dịch TNTN hè 2023 toàn quốc
    ("998_d6cbe319eeca", "differs",
     "Trong đợt tuần 7 và 8 của Chiến dịch Thanh niên tình nguyện hè 2023, toàn Đoàn đã tổ chức được hơn 25 nghìn đội hình tình nguyện.",
     "998_d6cbe319eeca: \"Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên\". "
     "g.sh '25\\.000|25 nghìn' -> only 644 (thanh thiếu nhi / đoàn viên targets, another thing); g.sh 'đội hình' -> only local/other counts (318, 548, 609, 644, 727 ...)."),
    # ---------------- 013: Đại hội Công đoàn quận Tây Hồ VI
    ("013_a5bff765dc30", "not_found",
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức về dự.",
     "013 is a photo story with no counts (only 'lần thứ VI', khóa V, dates). g.sh 'Tây Hồ' with đại biểu/đoàn viên -> only 002 seed (quận Tây Hồ phát triển đoàn viên, Hội nghị sơ kết) and 013; "
     "g.sh 'Đại hội.{0,40}Tây Hồ' -> only 013. Delegates of this congress are not counted anywhere."),
    # ---------------- 204: Đại hội CĐ ngành NN&PTNT Hà Nội V
    ("204_781975f239f1", "not_found",
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018 - 2023 đã bầu 25 ủy viên Ban Chấp hành khóa mới.",
     "204 gives no counts. g.sh 'NN&PTNT|Nông nghiệp' with đại biểu/ủy viên/ban chấp hành -> 172 (giảm 1.380 đoàn viên), 254 (same nhiệm kỳ: 41 CĐCS, 7.128 CNVCLĐ, gần 7.000 đoàn viên - no BCH size), 023 (lần thứ VI, 30/30 CĐCS), 1061 - none counts the BCH elected at lần thứ V."),
    # ---------------- 493: thị trường lao động quý II/2022
    ("493_b4e13aabbfd4", "differs",
     "Lực lượng lao động từ 15 tuổi trở lên của cả nước trong quý II năm 2022 đạt khoảng 49,5 triệu người.",
     "493_b4e13aabbfd4: \"Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người\". "
     "g.sh 'lực lượng lao động' -> 493 only with a value (646, 1027 without figures); 49,5 triệu stated nowhere."),
    ("493_b4e13aabbfd4", "not_found",
     "Tỷ lệ thất nghiệp trong độ tuổi lao động của cả nước quý II năm 2022 là 2,32%.",
     "493 says only that the rate fell (\"Tỷ lệ thất nghiệp và thiếu việc làm trong độ tuổi lao động đều giảm so với quý trước\"), no value. "
     "g.sh 'thất nghiệp' -> 151 (Hà Nội 2021 targets 'dưới 4%', 'dưới 3%'), 295 (trợ cấp thất nghiệp hồ sơ 2020), 1029 - none states a national 2022 rate; g.sh '2,32' -> nothing."),
    # ---------------- 474: CĐ ngành Giáo dục Hậu Giang
    ("474_7fd340fb34bb", "not_found",
     "Dịp Tết Nhâm Dần 2022, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao 40 suất hỗ trợ cho nhà giáo, người lao động có hoàn cảnh khó khăn.",
     "Another occasion: 474 counts Tết Tân Sửu 2021 ('trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng'). g.sh 'Hậu Giang' -> 474, 589, 623, 926, 1242 - none about CĐ Giáo dục Hậu Giang Tết 2022."),
]


def curly(t):
    out, opened = [], False
    for ch in t:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        for x in (page_id, claim, why):
            assert "\t" not in x and "\n" not in x
        rows.append([unicodedata.normalize("NFC", curly(s)) for s in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen125/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
