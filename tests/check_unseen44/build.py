#!/usr/bin/env python3
"""Build claims.tsv for the unseen44 blind claim set (csv + unicodedata only)."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("041_bf2f2fd819b8", "supported",
     "Hưởng ứng Tháng Công nhân năm 2022, LĐLĐ thành phố Hà Nội đã tuyên dương một trăm Công nhân giỏi Thủ đô.",
     "041_bf2f2fd819b8 body: 'hưởng ứng “Tháng Công nhân” năm 2022, LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”'; also 076_a1ba473fd589: '100 “Công nhân giỏi Thủ đô” năm 2022'."),
    ("1165_0f422ded738f", "supported",
     "Hưởng ứng chiến dịch Lễ hội Xuân hồng năm 2019, LĐLĐ thành phố Bến Tre đã vận động cán bộ, CNVCLĐ hiến được 84 đơn vị máu.",
     "1165_0f422ded738f: 'Liên đoàn Lao động thành phố phối hợp với Hội Chữ thập đỏ vận động cán bộ CNVCLĐ tham gia hiến máu tình nguyện hưởng ứng chiến dịch “Lễ hội Xuân hồng” năm 2019 được 84 đơn vị máu' (signed 'LĐLĐ thành phố Bến Tre')."),
    ("457_01a1febb948b", "supported",
     "Căn nhà “mái ấm Công đoàn” mà LĐLĐ tỉnh Tiền Giang bàn giao cho giáo viên Ngô Thị Pha được xây dựng với kinh phí 60 triệu đồng.",
     "457_01a1febb948b: 'Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng'."),
    ("462_4798a1189a9b", "supported",
     "Tại lễ phát động tháng cao điểm Vì người nghèo, Ủy ban MTTQ Việt Nam TP.HCM đã dùng Quỹ Vì người nghèo trao tặng 92 phương tiện sinh kế cho các hộ nghèo, cận nghèo và gia đình chính sách.",
     "462_4798a1189a9b: 'trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế gồm có gắn máy, máy may... cho các gia đình chính sách, hộ nghèo, hộ cận nghèo'."),
    ("510_791395671be2", "supported",
     "Chương trình Tết Nhân ái tại xã Chân Mây - Lăng Cô đã trao quà cho người dân khó khăn với tổng trị giá 240 triệu đồng.",
     "510_791395671be2: 'ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng ... trên địa bàn xã Chân Mây - Lăng Cô'."),
    ("700_dd6b1b09b4e2", "supported",
     "Chương trình “Chợ Tết Công đoàn - Xuân 2026” của Tổng LĐLĐ Việt Nam dự kiến có khoảng 200 nghìn đoàn viên tham gia.",
     "700_dd6b1b09b4e2: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình'; consistent with 601_191d90e3f2ed 'hỗ trợ 200.000 đoàn viên, người lao động' and 687_78fa76c436ef '200.000 người lao động được hỗ trợ'."),
    ("744_d077d464faf3", "supported",
     "Dịp Tết Bính Ngọ 2026, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu đã trao 97 suất quà Tết cho đoàn viên, người lao động khó khăn ở Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.",
     "744_d077d464faf3: 'đồng chí Ngọ Duy Hiểu - Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã đến thăm và trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng ...)'."),
    ("828_d0642a76ce86", "supported",
     "Sáng 25/1, Liên đoàn Lao động tỉnh Bình Dương đã tiễn công nhân về quê đón Tết trên 39 chuyến xe Công đoàn - Xuân 2025.",
     "828_d0642a76ce86: 'Sáng nay, có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn.' (lede: 'Sáng 25-1 ... Liên đoàn Lao động tỉnh Bình Dương ... Chuyến xe Công đoàn - Xuân 2025')."),
    ("842_86068b256616", "supported",
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 có gần 1.000 đại biểu chính thức tham dự.",
     "842_86068b256616: 'tham dự Đại hội có 995 đại biểu chính thức' (995 is 'gần 1.000')."),
    ("943_88cf9e3df0cd", "supported",
     "Chiến dịch tình nguyện Hoa phượng đỏ 2024 của Huyện đoàn Ninh Giang đã thu hút hơn 300 học sinh, giáo viên trẻ tham gia.",
     "943_88cf9e3df0cd: 'toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ tham gia'."),
    ("407_d7e54acfc68e", "supported",
     "Sau 6 năm làm nòng cốt tổ chức Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 3,4 nghìn tỷ đồng.",
     "407_d7e54acfc68e: '6 năm qua, Hội Chữ thập Đỏ Việt Nam đã làm nòng cốt triển khai tổ chức Tháng Nhân đạo ... Kết quả đã vận động được hơn 3.400 tỷ đồng'."),
    ("134_7cae99c80edc", "supported",
     "Công đoàn các Khu công nghiệp và Chế xuất Hà Nội cho biết tỷ lệ xây dựng, ký kết Thỏa ước lao động tập thể tại các công đoàn cơ sở đến nay đạt 58,8%.",
     "134_7cae99c80edc: 'hướng dẫn các Công đoàn cơ sở rà soát, sửa đổi, bổ sung, xây dựng, thương lượng, ký kết và giám sát thực hiện Thỏa ước lao động tập thể, đến nay đạt 58,8%'."),
    ("392_56541455e9b1", "supported",
     "Chiến dịch Thanh niên tình nguyện Hè năm 2022 của Thành đoàn Hà Nội triển khai chín đội hình chuyên cấp thành phố.",
     "392_56541455e9b1: 'Đoàn Thanh niên thành phố Hà Nội tổ chức ra quân Chiến dịch Thanh niên tình nguyện Hè năm 2022 ... triển khai 9 đội hình chuyên cấp thành phố'. (318_26cc55c81cb4 '12 đội hình chuyên' is the 2015 campaign, another edition.)"),

    # ---------------- differs ----------------
    ("131_9505fced1fdf", "differs",
     "Từ năm 2015 đến nay, LĐLĐ TP Hà Nội đã hỗ trợ ba mươi căn nhà Mái ấm Công đoàn cho công nhân lao động Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "131_9505fced1fdf: 'Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty' (20, not 30). grep 'Môi trường đô thị.{0,200}nhà' finds only this page."),
    ("1064_9147fdd05d4f", "differs",
     "Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 32 công đoàn cơ sở.",
     "1064_9147fdd05d4f: 'UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)' (22, not 32). grep 'UBKT.{0,100}Xây dựng|22 Công đoàn cơ sở' only this page."),
    ("196_6db0361b11d7", "differs",
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương được giao chăm sóc sức khỏe cho khoảng 2 500 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.",
     "196_6db0361b11d7: 'chăm sóc sức khỏe cho khoảng 1.800 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý' (1.800, not 2.500). grep '1\\.800|1800 cán bộ' shows no other value for this."),
    ("293_6795f91644c4", "differs",
     "Quỹ Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 25 triệu đồng để chi phí quà tặng cho công nhân lao động trong chương trình của Tổng LĐLĐVN.",
     "293_6795f91644c4: 'Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ' (15 triệu, not 25). grep '/tỉnh' only this page."),
    ("462_4798a1189a9b", "differs",
     "Từ Quỹ Vì người nghèo, TP.HCM đã trao kinh phí xây dựng 35 căn nhà tình thương tại lễ phát động tháng cao điểm Vì người nghèo.",
     "462_4798a1189a9b: 'trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế' (20, not 35). grep 'nhà tình thương' elsewhere: 078 (LĐLĐ quận 1, 15 căn since 2017), 1012 (155 nhà, TNTN) - other things."),
    ("664_ee315818b222", "differs",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023-2028 có 61 công đoàn viên tham dự.",
     "664_ee315818b222: 'Tới dự và chỉ đạo Đại hội có ... và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia' (41, not 61). grep '41 (công )?đoàn viên' only this page; no '61'."),
    ("683_975a3a7365e4", "differs",
     "Trong Tháng Nhân đạo năm 2025, Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động, hỗ trợ ít nhất 6 nghìn người có hoàn cảnh khó khăn.",
     "683_975a3a7365e4: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn' (4.000-4.500, not 6.000)."),
    ("700_dd6b1b09b4e2", "differs",
     "Tổng số tiền Công đoàn hỗ trợ đoàn viên mua sắm trong Chương trình Chợ Tết Công đoàn - Xuân 2026 là 150 tỉ đồng.",
     "700_dd6b1b09b4e2: 'mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng' (100, not 150); 601_191d90e3f2ed also 'Chi 100 tỉ đồng cho Chợ tết công đoàn trực tuyến'."),
    ("702_b3991be6596d", "differs",
     "LĐLĐ TP.HCM phối hợp LĐLĐ Quận 12 tổ chức họp mặt 65 gia đình công nhân ở trọ không có điều kiện về quê vui Tết tại phường Thạnh Lộc.",
     "702_b3991be6596d: 'LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc' (45, not 65). grep 'gia đình công nhân' shows no 65."),
    ("729_44f1746c543b", "differs",
     "Lễ phát động Tháng Công nhân năm 2025 của LĐLĐ tỉnh Nghệ An có hơn 2 nghìn đoàn viên, người lao động tham dự.",
     "729_44f1746c543b: 'Tham dự Lễ phát động có ... cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động' (hơn 1.000, not hơn 2.000)."),
    ("770_b184affa4cbf", "differs",
     "Tại lễ phát động Tháng cao điểm Vì người nghèo năm 2021 ở thị xã Phổ Yên, các tổ chức, cá nhân đã ủng hộ trực tiếp số tiền trên 37 triệu đồng.",
     "770_b184affa4cbf: 'Theo đó có 190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng' (73, not 37). grep '73 triệu': 963_df9b4f2ebd96 is another event (210 phần quà)."),
    ("828_d0642a76ce86", "differs",
     "Sáng 25/1, hơn 2600 công nhân và người thân đã được LĐLĐ tỉnh Bình Dương đưa về quê đón Tết trên các Chuyến xe Công đoàn - Xuân 2025.",
     "828_d0642a76ce86: 'Sáng nay, có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn' (hơn 1.600, not hơn 2.600). grep 'Bình Dương.{0,200}công nhân' shows no 2.600 for this; seed 003 'trợ cấp cho trên 2.600 công nhân lao động có hoàn cảnh khó khăn' is another counted thing (Hà Nội hardship aid)."),
    ("925_ac015b2ada6a", "differs",
     "Trong chương trình “Tết yêu thương” Xuân Giáp Thìn 2024, Trung ương Hội LHPN Việt Nam đã trao tặng bảy mươi phần quà cho gia đình chính sách, phụ nữ nghèo và trẻ em mồ côi huyện Thuận Nam.",
     "925_ac015b2ada6a: 'các đồng chí trong đoàn trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo, phụ nữ cao tuổi; trẻ em mồ côi ... trên địa bàn huyện Thuận Nam' (50, not 70)."),
    ("969_652bd3e9c355", "differs",
     "Từ ngày 24 đến 25/3, 12 công đoàn cơ sở thành viên thuộc Công đoàn Sở Nông nghiệp và PTNT đã tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023-2028.",
     "969_652bd3e9c355: 'từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028' (10, not 12)."),
    ("407_d7e54acfc68e", "differs",
     "Qua 6 năm tổ chức Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã trợ giúp trên 7,5 triệu lượt người nghèo và người có hoàn cảnh khó khăn trong cả nước.",
     "407_d7e54acfc68e: 'trợ giúp trên 5,5 triệu lượt người nghèo và người có hoàn cảnh khó khăn trong cả nước' (5,5, not 7,5). Other Tháng Nhân đạo figures (606: 2024 only, gần 1,7 triệu; 607/506/907: provinces) are other periods/places."),
    ("976_f65ba36a6479", "differs",
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định bốn cán bộ giữ chức Bí thư Huyện ủy các huyện Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.",
     "976_f65ba36a6479 body: 'Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch' (3, not 4)."),

    # ---------------- not_found ----------------
    ("003_c1f428e54ea5", "not_found",
     "Tại kỳ họp thứ 11, Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI đã bầu bổ sung 3 Ủy viên Ban Chấp hành.",
     "003_c1f428e54ea5 says only 'kỳ họp thứ 11 để bầu bổ sung Ủy viên Ban Chấp hành, Ban Thường vụ và chức danh Chủ tịch' - no count of members elected. grep 'bầu bổ sung': 037 (kỳ họp thứ 9, no count), 088 ('bầu bổ sung 4 đồng chí' = BCH Tổng LĐLĐ khóa XII, another organisation), others are UBND/HĐND; grep '3 Ủy viên Ban Chấp hành': 1182 'bầu bổ sung 3 ủy viên ban chấp hành' is CĐ Y tế Việt Nam 2016 (another organisation)."),
    ("1204_edc4cc477089", "not_found",
     "Đại hội Công đoàn trường THCS Lý Tự Trọng nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "1204_edc4cc477089 says 'bầu BCH Công đoàn mới' with no size; grep 'Lý Tự Trọng|Ngô Quyền' only this page; 'Đại hội Công đoàn quận lần thứ XI' is an ordinal, not a count. grep '5 đồng chí': 302 is BCH Công đoàn Trường Mầm non Hoa Trạng Nguyên (another school)."),
    ("1244_9075ea5f2f55", "not_found",
     "Tại Hội nghị Ban Chấp hành lần thứ 8, Công đoàn Khu công nghiệp Việt Nam – Singapore đã trao khen thưởng cấp Tổng LĐLĐ cho 12 tập thể, cá nhân.",
     "1244_9075ea5f2f55 mentions 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân' without a number ('lần thứ 8', '6 tháng' are not this count). grep 'Singapore' only this page."),
    ("139_5afbcc5d4e59", "not_found",
     "Chiều 4/8, Phó Chủ tịch Thường trực LĐLĐ thành phố Hà Nội Đặng Thị Phương Hoa đã trao 200 suất quà từ chương trình “Xe buýt siêu thị 0 đồng” cho người lao động khó khăn quận Hai Bà Trưng.",
     "139_5afbcc5d4e59 has no count of gifts. grep 'siêu thị 0 đồng' (067 Ba Đình, 087 general, no counts for this) and 'Hai Bà Trưng.{0,100}(suất|phần) quà' (509: Hội Chữ thập đỏ quận Hai Bà Trưng Tết 2022, 4.300/400 suất - another organisation and occasion)."),
    ("190_4d10919c46da", "not_found",
     "Giai đoạn 2021-2025, phong trào “Sáng kiến, sáng tạo Thủ đô” đã có 1.200 sáng kiến được công nhận ở cấp Thành phố.",
     "190_4d10919c46da says only 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu ... ở cấp Thành phố' - no number. grep 'sáng kiến.{0,80}cấp (T|t)hành phố|Sáng kiến, sáng tạo Thủ đô.{0,150}[0-9]': seed 000 '100 cá nhân đạt danh hiệu sáng kiến, sáng tạo Thủ đô năm 2023' is another counted noun (cá nhân) and one year."),
    ("366_0b8feddcd533", "not_found",
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2020-2025 khai mạc với sự tham dự của 550 đại biểu.",
     "366_0b8feddcd533 gives no delegate count. grep 'Đảng bộ (thành phố |TP)Hà Nội' + 'NNN đại biểu': only 812_69df8abf1bca '550 đại biểu' for Đại hội lần thứ XVIII, nhiệm kỳ 2025-2030 (another edition); 103 is the 2015 congress (BCH khóa XVI). grep '550 đại biểu': 092/307 are Đại hội Công đoàn TP Hà Nội (another organisation)."),
    ("401_c44d076b8ff9", "not_found",
     "Hội LHPN Hà Nội đã biểu dương 93 Phụ nữ Thủ đô tiêu biểu năm 2023.",
     "401_c44d076b8ff9 gives no count of honorees; '93 năm' is the anniversary of Hội LHPN Việt Nam. grep 'Phụ nữ Thủ đô tiêu biểu|Hội (Phụ nữ|LHPN).{0,60}cơ sở giỏi': only 401 and 402 (national programme lần thứ III, no count)."),
    ("418_1045c800d090", "not_found",
     "Chủ tịch nước Võ Văn Thưởng đã tặng 500 suất quà Tết cho công nhân thi công đường Vành đai 4 - Vùng Thủ đô tại huyện Thường Tín.",
     "418_1045c800d090 says only 'tặng quà cho công nhân thi công tuyến đường Vành đai 4' - no count; grep 'Vành đai 4' only this page."),
    ("419_570045abe4cc", "not_found",
     "Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XVIII có 300 đại biểu chính thức tham dự.",
     "419_570045abe4cc only announces the congress ('lần thứ 18 sẽ diễn ra vào tháng 1.2018'), no delegate count. grep 'Đại hội Công đoàn (tỉnh )?Hà Tĩnh' and 'Hà Tĩnh' show no delegate count (seed 002 is the 2024 review conference). grep '300 đại biểu': 571/742 Đà Nẵng, 743 Khánh Hòa, 466 - other provinces/events."),
    ("826_16ccc3252ccd", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 400 đại biểu tham dự.",
     "826_16ccc3252ccd: only 'Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V' dâng hương - no count. grep 'Lạng Sơn': 868_3432022c4dcf is Đại hội lần thứ IV (2015, another edition) with no count either."),
    ("041_bf2f2fd819b8", "not_found",
     "Năm 2021, LĐLĐ thành phố Hà Nội đã tuyên dương 100 Công nhân giỏi Thủ đô.",
     "Corpus counts Công nhân giỏi Thủ đô for 2019 (042: 90), 2022 (041/076: 100), 2023 (seed 003: 100), not 2021. grep 'Công nhân giỏi.{0,25}(2020|2021|2024|2025)': 015 is a GTVT-branch caption for 2021 with no number, 017 is GTVT branch 2024 (70 tiêu biểu) - another organisation."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert "\t" not in "".join(r) and "\n" not in "".join(r)
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
