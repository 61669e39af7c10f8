#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.

Only csv + unicodedata. Each row: page_id, verdict, claim, why.
Corpus assumed: the 5 seeds in /work/main/corpus plus the dev pages of batches 1-30
listed in .corpus_files (709 files). Greps were run with ./g.sh over exactly those files.
"""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ------------------------------------------------------------ supported (13)
    ("048_7da6b798d214", "supported",
     "Nhân dịp 90 năm thành lập Công đoàn Việt Nam, Liên đoàn Lao động huyện Hoài Đức đã bàn giao Mái ấm Công đoàn trị giá hai mươi lăm triệu đồng cho đoàn viên Đào Bích Hà ở Quỹ tín dụng xã La Phù.",
     "048_7da6b798d214: \"LĐLĐ huyện Hoài Đức đã bàn giao “Mái ấm Công đoàn” cho đoàn viên Đào Bích Hà, đoàn viên Công đoàn Quỹ tín dụng xã La Phù với số tiền trị giá 25 triệu đồng\" (25 = hai mươi lăm)."),
    ("116_23da69714914", "supported",
     "Cử tri Thủ đô đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố Hà Nội khóa XV, nhiệm kỳ 2016-2021.",
     "116_23da69714914: \"cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021\"; also 117_525a5f98db78 \"Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này\"."),
    ("166_d63b4e4370c0", "supported",
     "Lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023 của Tổng LĐLĐ Việt Nam đã khen thưởng gần 170 công nhân tiêu biểu trong cả nước.",
     "166_d63b4e4370c0: \"Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023 do Tổng Liên đoàn Lao động Việt Nam tổ chức mới đây, có 167 công nhân tiêu biểu đến từ các tỉnh, thành phố trong cả nước được khen thưởng\" (gần 170 ~ 167)."),
    ("198_7c3cb7fb69d5", "supported",
     "Từ năm 2010, báo Lao động Thủ đô mỗi kỳ phát hành miễn phí hơn năm nghìn tờ đến công nhân lao động ở các khu công nghiệp, khu chế xuất Hà Nội.",
     "198_7c3cb7fb69d5: \"Từ năm 2010, ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội\"."),
    ("206_cfb5f4dd4354", "supported",
     "Chiến dịch 90 ngày đêm làm giàu, làm sạch dữ liệu đất đai theo Kế hoạch 252 sẽ hoàn thiện cơ sở dữ liệu đất đai tại 126 xã, phường của thành phố Hà Nội.",
     "206_cfb5f4dd4354: \"chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội\" (đơn vị cấp xã reworded as xã, phường)."),
    ("275_a87c110f79e1", "supported",
     "Ngày 11/9/2024, LĐLĐ TP Hà Nội đã ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng Liên đoàn để hỗ trợ người dân vùng bão lũ.",
     "275_a87c110f79e1: \"LĐLĐ thành phố Hà Nội cũng ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam\" (dated 11/09/2024)."),
    ("298_583bcb6b997c", "supported",
     "Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV, nhiệm kỳ 2018-2023, đại diện cho hơn 12 nghìn đoàn viên công đoàn của ngành.",
     "298_583bcb6b997c: \"Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội\" (hơn 12 nghìn ~ 12.260; 333_b974af218aab also says \"hơn 12.000 đoàn viên\" for the same ngành)."),
    ("405_26391ad68e2d", "supported",
     "Triển lãm ảnh “Sức mạnh nhân đạo” trên phố Lê Thạch, trong lễ phát động Tháng Nhân đạo năm 2018 của Hà Nội, giới thiệu tám mươi bức ảnh tiêu biểu.",
     "405_26391ad68e2d: \"triển lãm ảnh \"Sức mạnh nhân đạo\" trên phố Lê Thạch giới thiệu tới công chúng 80 bức ảnh tiêu biểu\" (lễ phát động Tháng Nhân đạo năm 2018)."),
    ("456_3f33960fbf03", "supported",
     "Mỗi căn Mái ấm Công đoàn mà LĐLĐ tỉnh trao ngày 24-5-2017 cho công đoàn viên ở huyện Châu Thành được Quỹ “Mái ấm Công đoàn” hỗ trợ 30 triệu đồng.",
     "456_3f33960fbf03: \"Hai Mái ấm Công đoàn này đều được xây dựng từ nguồn kinh phí hỗ trợ của Quỹ “Mái ấm Công đoàn”, với mức hỗ trợ mỗi căn là 30 triệu đồng\" (trao ngày 24-5, xã Bình Trưng và Đông Hòa, huyện Châu Thành; page dated 25/05/2017)."),
    ("576_79a602ffcfd7", "supported",
     "Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức (TP HCM) đã trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn” cho 10 cán bộ công đoàn.",
     "576_79a602ffcfd7: \"LĐLĐ quận Thủ Đức, TP HCM đã tổ chức kỷ niệm 90 năm ngày thành lập Công đoàn (CĐ) Việt Nam và trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức CĐ\" cho 10 cán bộ CĐ\"."),
    ("777_a4af8b647861", "supported",
     "Tại lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn, Hội Liên hiệp Thanh niên và Hội Đồng Đội tỉnh đã trao ba mươi suất quà cho thiếu nhi, cựu thanh niên xung phong và thanh niên khó khăn.",
     "777_a4af8b647861: \"Tỉnh đoàn, Hội Liên hiệp Thanh niên tỉnh, Hội Đồng Đội tỉnh đã trao tặng ... 30 suất quà (700 nghìn đồng/suất) cho thiếu nhi, cựu Thanh niên xung phong và thanh niên dân tộc thiểu số, thanh niên công nhân có hoàn cảnh khó khăn\" (Tháng Thanh niên năm 2024; the province is not named on the page)."),
    ("803_697f32d60bca", "supported",
     "Trong đợt trao Huy hiệu Đảng 7/11/2023, Ban Thường vụ Thành ủy Hà Nội quyết định tặng Huy hiệu 75 năm tuổi Đảng cho sáu đảng viên thuộc Đảng bộ quận Hai Bà Trưng.",
     "803_697f32d60bca: \"Quyết định của Ban Thường vụ Thành ủy Hà Nội về việc trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên, Huy hiệu 70 năm tuổi Đảng đợt 7/11/2023 cho 1 đảng viên thuộc Đảng bộ quận Hai Bà Trưng\". (Not the 284 of the headline, which is not repeated in the body.)"),
    ("934_779d96c632e9", "supported",
     "Nhân kỷ niệm 96 năm Ngày thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) đã trao Huy hiệu Đảng cho 9 đảng viên.",
     "934_779d96c632e9: \"Dịp này, Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng\" (lễ kỷ niệm 96 năm, sáng 27-1-2026)."),

    # ------------------------------------------------------------ differs (16)
    ("048_7da6b798d214", "differs",
     "Trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 5 “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "048_7da6b798d214: \"trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 2 “Mái ấm Công đoàn” cho các đoàn viên có hoàn cảnh khó khăn\" (2, not 5). g.sh '5 .?Mái ấm' → no hit; 'Hoài Đức' only in 048, 337 (sports day), 002 seed (sáng kiến list), 664 (street name)."),
    ("166_d63b4e4370c0", "differs",
     "Qua ba lần tổ chức trước, Giải thưởng Nguyễn Đức Cảnh đã được trao cho hơn 400 công nhân lao động xuất sắc trên toàn quốc.",
     "166_d63b4e4370c0: \"Qua 3 lần tổ chức, toàn quốc có 309 công nhân lao động xuất sắc tiêu biểu được trao tặng Giải thưởng\" (309, not >400). g.sh '400 công nhân' → only 1228 (Sakurai blood donation). Other Nguyễn Đức Cảnh pages: 106 (lần III: 70 người), 043 (Hà Nội 9 cá nhân, 2023), 168 (Quảng Nam 1) – none states a cumulative >400."),
    ("248_b6a393b2d4d9", "differs",
     "Đại hội Công đoàn phường Ba Đình lần thứ I, nhiệm kỳ 2025-2030, có 215 đại biểu chính thức tham dự.",
     "248_b6a393b2d4d9: \"cùng 151 đại biểu chính thức, đại diện cho hơn 9.000 đoàn viên công đoàn trên địa bàn phường\" (151, not 215). g.sh '215 đại biểu' → no hit; 'phường Ba Đình' only in 248."),
    ("275_a87c110f79e1", "differs",
     "Hưởng ứng lời kêu gọi của Ủy ban MTTQ Việt Nam TP Hà Nội, ngày 11/9/2024 Liên đoàn Lao động thành phố đã ủng hộ 250 triệu đồng qua Ủy ban Mặt trận để giúp nhân dân vùng bão lũ.",
     "275_a87c110f79e1: \"ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội\" (100, not 250; even the two donations together make 200). g.sh '250 triệu' → no hit."),
    ("298_583bcb6b997c", "differs",
     "Dự Đại hội Công đoàn ngành Giáo dục Hà Nội khóa XXIV khai mạc ngày 26/1/2018 có 250 đại biểu chính thức.",
     "298_583bcb6b997c: \"Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội\" (200, not 250). g.sh '250 đại biểu' → only 1210 (another congress in 2023, \"250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên\"), not ngành Giáo dục Hà Nội."),
    ("343_5b2e15f18b4a", "differs",
     "Câu lạc bộ Tiếng Anh do em Nguyễn Thị Anh Thơ lên ý tưởng thành lập ở Trường THPT Sóc Sơn có 57 thành viên.",
     "343_5b2e15f18b4a: \"Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên\" (87, not 57). g.sh '57 thành viên' → no hit."),
    ("405_26391ad68e2d", "differs",
     "Trong ngày phát động Tháng Nhân đạo năm 2018 tại vườn hoa tượng đài Lý Thái Tổ, Hà Nội dự kiến tiếp nhận khoảng 700 đơn vị máu.",
     "405_26391ad68e2d: \"Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu\" (400, not 700). g.sh '700 đơn vị máu' → no hit; other đơn vị máu figures (347: 558; 608: 12.300; 460: 150.000; 1105: 17.000) are other events."),
    ("456_3f33960fbf03", "differs",
     "Theo LĐLĐ tỉnh, trong Tháng Công nhân (tháng 5-2017) đã có 45 căn nhà Mái ấm Công đoàn được trao cho công đoàn viên, trong đó có các căn ở xã Bình Trưng và Đông Hòa, huyện Châu Thành.",
     "456_3f33960fbf03: \"trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí ... gần 1 tỷ đồng\" (31, not 45). g.sh '45 căn' → no hit."),
    ("576_79a602ffcfd7", "differs",
     "Tại lễ kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức đã trao tặng 12 sổ tiết kiệm cho cán bộ công đoàn có hoàn cảnh khó khăn.",
     "576_79a602ffcfd7: \"LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn\" (9, not 12; note the page's typo 'số' for 'sổ'). g.sh '12 sổ' → no hit."),
    ("584_5a1df402fe8b", "differs",
     "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh Kiên Giang lần thứ 11, khóa X, chiều 6/9/2021 có 35 ủy viên Ban Chấp hành tham dự.",
     "584_5a1df402fe8b: \"Lê Thanh Hùng - ... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị\" (22, not 35). g.sh '35 đồng chí' → only 348 (BCH Đảng bộ huyện Sóc Sơn); 'Kiên Giang' only in 584."),
    ("628_c53b3d02e9d1", "differs",
     "Ông Thịnh Văn Huyên được HĐND huyện Nga Sơn (Thanh Hóa) bầu bổ sung giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 40 phiếu tán thành.",
     "628_c53b3d02e9d1: \"bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%\" (34, not 40). g.sh '40 phiếu|40/40' → no hit."),
    ("777_a4af8b647861", "differs",
     "Trong lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn cùng Hội LHTN và Hội Đồng Đội tỉnh đã trao tặng 250 hộp thuốc bổ.",
     "777_a4af8b647861: \"đã trao tặng ... 50 áo ấm, 400 hộp thuốc bổ, 30 suất quà\" (400, not 250). g.sh '250 hộp|thuốc bổ' → only 777."),
    ("782_d74cc27f8aa4", "differs",
     "Trong Chiến dịch Thanh niên tình nguyện Hè năm 2024, Tỉnh Đoàn Yên Bái tổ chức năm ngày hoạt động cao điểm tại toàn bộ cơ sở Đoàn trong tỉnh.",
     "782_d74cc27f8aa4: \"Tỉnh Đoàn Yên Bái tổ chức 3 ngày hoạt động cao điểm tại 100% cơ sở Đoàn toàn tỉnh\" (3, not 5 = năm). g.sh '5 ngày (hoạt động )?cao điểm|năm ngày cao điểm' → no hit."),
    ("844_2389728e91c4", "differs",
     "Tại kỳ họp bất thường dự kiến trong tháng 3, HĐND TP Hà Nội sẽ miễn nhiệm 5 Phó Chủ tịch UBND thành phố.",
     "844_2389728e91c4: \"HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND\" (3, not 5). g.sh '5 Phó Chủ tịch|năm Phó Chủ tịch' → no relevant hit (330 only 'Phó Chủ tịch LĐLĐ')."),
    ("925_ac015b2ada6a", "differs",
     "Trong chương trình “Tết yêu thương” Xuân Giáp Thìn 2024 tại huyện Thuận Nam, mỗi suất quà Trung ương Hội LHPN Việt Nam trao cho gia đình chính sách, phụ nữ nghèo và trẻ em mồ côi trị giá 2,5 triệu đồng.",
     "925_ac015b2ada6a: \"trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo ... trẻ em mồ côi ... trên địa bàn huyện Thuận Nam. Mỗi suất quà trị giá 1,3 triệu đồng\" (1,3, not 2,5 triệu). g.sh '2,5 triệu đồng' → no hit."),
    ("934_779d96c632e9", "differs",
     "Tại lễ trao Huy hiệu Đảng ngày 27-1-2026 của Đảng bộ phường Tân Phú, có năm đồng chí được nhận Huy hiệu 50 năm tuổi Đảng.",
     "934_779d96c632e9: \"gồm: 2 đồng chí nhận Huy hiệu 50 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng, 4 đồng chí nhận Huy hiệu 30 năm tuổi Đảng\" (2, not 5). g.sh '5 đồng chí nhận Huy hiệu|năm đồng chí' → no hit; 928 (phường Đức Nhuận) has '5 đảng viên nhận Huy hiệu 50 năm' – another phường."),

    # ------------------------------------------------------------ not_found (11)
    ("010_61b58bc23f9e", "not_found",
     "Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025, có 120 đại biểu chính thức tham dự.",
     "010 only describes decorations; no delegate count. g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn)' → 002, 205, 340 (other meetings/years, no delegate figure); g.sh 'lần thứ XXV' → 010 and seed 003 (Công đoàn ngành Giáo dục XXV, another body) and 399 (Đảng bộ quận Ba Đình lần XXVI: 268 đại biểu, another body)."),
    ("063_f7a849d3bef7", "not_found",
     "Tại lễ kỷ niệm 90 năm thành lập Công đoàn Việt Nam ngày 23/7/2019, LĐLĐ quận Hoàng Mai đã khen thưởng 45 công đoàn cơ sở vững mạnh.",
     "063 counts only '4 kỳ đại hội' in the body (the '73 Gia đình CNVCLĐ' is a related-article teaser, another noun). g.sh 'Hoàng Mai' filtered for digits → 044, 210, 275, 328, 542 (thị xã Hoàng Mai, Nghệ An), 990, 1106 – none counts công đoàn cơ sở khen thưởng."),
    ("105_d8f28f283391", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030, gồm 16 đồng chí.",
     "105, 812, 813 name the Bí thư and 4 Phó bí thư khóa XVIII but never count Ban Thường vụ. g.sh 'Ban Thường vụ Thành u?ỷ?ủ?y?.{0,40}(gồm|có) [0-9]+' → only 103 \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" (another term, 2015-2020) – near miss by edition."),
    ("120_1b49cf3485c1", "not_found",
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã vinh danh 40 nhà giáo.",
     "120 body gives no winner count. The only 40 is a related-article teaser \"40 nhà giáo dự chung khảo xét duyệt Giải thưởng\" (finalists, another noun). g.sh 'tâm huyết, sáng tạo' → 024 (lần thứ 9, 2025), 064 (LĐLĐ Đống Đa teaser: 26 giáo viên), 065 (Hoàn Kiếm 2021-2022) – other editions/bodies. g.sh '[0-9]+ nhà giáo' → 120 teaser, 159 (100 nhà giáo tiêu biểu, another event), 233."),
    ("204_781975f239f1", "not_found",
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023, có 150 đại biểu chính thức dự.",
     "204 has no delegate count. g.sh 'Nông nghiệp và PTNT Hà Nội|NN&PTNT Hà Nội' → 023 (lần thứ VI, 2023: \"128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI\", another edition), 254 (41 CĐCS, 7.128 CNVCLĐ, gần 7.000 đoàn viên – other nouns), 022, 1061 – no delegate count for lần V."),
    ("248_b6a393b2d4d9", "not_found",
     "Ban Chấp hành Công đoàn phường Ba Đình khóa I, nhiệm kỳ 2025-2030, gồm 19 ủy viên.",
     "248 only has a caption 'Ra mắt Ban Chấp hành Công đoàn phường Ba Đình khóa I' without a size; its figures are 151 đại biểu, 9.000/9.008 đoàn viên, 72 CĐCS (other nouns). g.sh 'Ban Chấp hành Công đoàn phường|Công đoàn phường.{0,60}(ủy viên|đồng chí)' → 287 (Nghĩa Đô), 308 (Việt Hưng), 963 (Thuận Giao: 15 đồng chí) – other phường."),
    ("268_c31d3d87a6f9", "not_found",
     "Trong đợt cao điểm thứ nhất năm 2022, các cấp Công đoàn Hà Nội đã kết nạp 5.000 đoàn viên mới vào “Lớp đoàn viên tháng Năm”.",
     "268 announces the two đợt (to 31/5/2022 and 1/6-31/7/2022) but gives no result count. g.sh 'Lớp đoàn viên' → only 268; g.sh '(kết nạp|phát triển) (mới )?[0-9.]+ đoàn viên' → seed 002 (KCN&CX Hà Nội, 20/12: 1.052), 217 (53.000 target 2018-2023), 666, 718, 933, 967, 968 – other bodies/periods."),
    ("534_945922b00627", "not_found",
     "Cuộc bầu cử năm 2021 đã chọn ra 95 đại biểu HĐND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026.",
     "534 gives no seat count. g.sh '[0-9]+ đại biểu HĐND' → 116/117: 105 đại biểu khóa XV (another term). 352/581 give '92/94 đại biểu có mặt' at the first session of khóa XVI (present-and-voting, another noun). No page states the number elected for khóa XVI."),
    ("584_5a1df402fe8b", "not_found",
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang chiều 6/9/2021 đã bầu bổ sung 2 ủy viên Ban Chấp hành.",
     "584 says the hội nghị was held 'để bầu bổ sung ủy viên ban chấp hành, ủy viên ban thường vụ, chức danh Chủ tịch' but gives no number; 22 is BCH members attending. g.sh 'bầu bổ sung.{0,60}[0-9]+' → 088 (4 đồng chí, BCH Tổng LĐLĐ), 1182 (3 ủy viên, another body), 1242 (18 ủy viên, Tổng LĐLĐ) – other bodies; 'Kiên Giang' only in 584."),
    ("782_d74cc27f8aa4", "not_found",
     "Chiến dịch Thanh niên tình nguyện Hè năm 2024 của Tỉnh Đoàn Yên Bái đã thu hút hơn 4.500 lượt đoàn viên, thanh niên tham gia.",
     "782 counts 1 chương trình, 4 chiến dịch, 3 ngày cao điểm, no participants. g.sh 'chiến sĩ tình nguyện|lượt đoàn viên' → 790 \"Chiến dịch Thanh niên tình nguyện hè 2020 thu hút hơn 4.500 lượt đoàn viên, thanh niên\" is Huyện Đoàn Ea H'leo, 2020 (another place/year); 998, 1105, 550 other bodies. 'Yên Bái' elsewhere only 472, 670, 707 (unrelated)."),
    ("925_ac015b2ada6a", "not_found",
     "Đoàn công tác Trung ương Hội LHPN Việt Nam đã tặng 20 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Phước Diêm dịp Tết Giáp Thìn 2024.",
     "925: \"Thăm, chúc tết và tặng quà cho Đồn Biên phòng Phước Diêm (Thuận Nam)\" – no number. Nearby counts are other recipients: '50 phần quà cho các gia đình chính sách...' and '4 suất quà cho cán bộ hội phụ nữ cơ sở'. g.sh 'Đồn Biên phòng' → only 925."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        fields = [unicodedata.normalize("NFC", x).replace('"', "'") for x in (page_id, verdict, claim, why)]
        assert not any(("\t" in x or "\n" in x) for x in fields), page_id
        rows.append(fields)
    rows.sort(key=lambda r: r[0])  # stable: keeps S/D/N order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    n = {}
    for r in rows:
        n[r[1]] = n.get(r[1], 0) + 1
    print(len(rows), n)


if __name__ == "__main__":
    main()
