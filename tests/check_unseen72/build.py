#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for testing `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 050 Ba Vì Mái ấm Công đoàn
    ("050_d054ada0f9d5", S,
     "Căn nhà của đoàn viên Mai Thị Lương (Trường Mầm non Cổ Đô, huyện Ba Vì) được sửa chữa nhờ chương trình Mái ấm Công đoàn có trị giá hơn 118 triệu đồng.",
     "050_d054ada0f9d5: \"Căn nhà có tổng diện tích 80m², trị giá trên 118 triệu đồng\" (gia đình đoàn viên Mai Thị Lương)."),
    ("050_d054ada0f9d5", D,
     "Quỹ hỗ trợ Mái ấm Công đoàn của Liên đoàn Lao động thành phố Hà Nội đã chi 50 triệu đồng để sửa nhà cho gia đình đoàn viên Mai Thị Lương ở Ba Vì.",
     "050_d054ada0f9d5: \"trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\" của LĐLĐ thành phố Hà Nội, cùng với sự hỗ trợ của LĐLĐ huyện Ba Vì là 5 triệu đồng\". grep 'Mái ấm.{0,100}50 triệu|50 triệu.{0,100}Mái ấm' -> only 520 (LĐLĐ tỉnh, bà Trần Thị Anh, another person/province); 'Mai Thị Lương' only in 050."),
    # ---------------- 091 Công đoàn ngành Giáo dục Hà Nội
    ("091_e664206785ba", D,
     "Ngày 17/8/2020, Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ tổng cộng 25 triệu đồng cho hai giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì.",
     "091_e664206785ba: \"Tại buổi tới thăm, Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng.\" grep '25 triệu đồng' -> 048 (Mái ấm La Phù, Hoài Đức) and 793 (trẻ em) only, other occasions."),
    # ---------------- 1026 Tháng hành động ATVSLĐ 2018
    ("1026_4587425a9c28", D,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2018 tổ chức tại TP Hồ Chí Minh có gần 900 đại biểu tham dự.",
     "1026_4587425a9c28: \"... và trên 600 đại biểu đại diện cho các đơn vị, tổ chức và doanh nghiệp\" (lễ phát động 06/05/2018, TP HCM). grep '900 đại biểu' none; 313 has 'dự kiến có 1.000 đại biểu' for the 2022 edition (Bắc Thăng Long), another edition."),
    ("1026_4587425a9c28", N,
     "Tại lễ phát động Tháng hành động về ATVSLĐ năm 2018 ở TP Hồ Chí Minh, Ban chỉ đạo Trung ương đã khen thưởng 60 đơn vị, cá nhân có thành tích xuất sắc trong công tác an toàn, vệ sinh lao động.",
     "1026 only mentions \"các đơn vị, cá nhân có thành tích xuất sắc trong ATVSLĐ\" in a photo caption, no count. grep 'thành tích xuất sắc trong (công tác )?(ATVSLĐ|an toàn)' -> 309 (no count), 1026; grep '[0-9]+ (tập thể|đơn vị|cá nhân).{0,80}(ATVSLĐ|an toàn, vệ sinh)' -> only 189: Công đoàn ngành Xây dựng Hà Nội khen thưởng 38 tập thể, 37 cá nhân (another organisation/occasion)."),
    # ---------------- 1047 Gương sáng ngành điện 2019
    ("1047_2700ae405823", S,
     "Cuộc thi viết \"Gương sáng tiêu biểu ngành điện năm 2019\" của Công đoàn Điện lực Việt Nam đã nhận được hơn 230 bài viết từ các đơn vị trong toàn ngành.",
     "1047_2700ae405823: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành và chọn ra 197 bài viết để chấm giải\"."),
    ("1047_2700ae405823", D,
     "Tại lễ tổng kết cuộc thi viết Gương sáng tiêu biểu ngành điện năm 2019, ban tổ chức đã trao ba giải nhì cho các tác giả.",
     "1047_2700ae405823: \"ban tổ chức đã trao 1 giải nhất, 2 giải nhì, 4 giải ba và 10 giải khuyến khích\". grep '3 giải nhì|ba giải nhì' none; 1046 (other EVN contests 2021) has '02 cá nhân đạt giải Nhì'."),
    # ---------------- 1048 LĐLĐ TP Thủ Đức
    ("1048_5670fd29d818", S,
     "Theo đề án của LĐLĐ TPHCM, Liên đoàn Lao động thành phố Thủ Đức sau khi thành lập sẽ quản lý hơn 73 nghìn đoàn viên công đoàn.",
     "1048_5670fd29d818: \"LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ (tính đến 31.10.2020)\"."),
    ("1048_5670fd29d818", D,
     "Sau khi sáp nhập LĐLĐ Quận 2, Quận 9 và quận Thủ Đức, LĐLĐ TP Thủ Đức sẽ trực tiếp quản lý khoảng 2.700 công đoàn cơ sở.",
     "1048_5670fd29d818: \"quản lý trực tiếp và toàn diện 1.789 CĐCS\". grep '2.700' none; grep '1.789' only 1048."),
    # ---------------- 1105 Đại hội Đoàn Thanh Hóa lần XX
    ("1105_fd04a28fb480", S,
     "Nhiệm kỳ qua, tuổi trẻ tỉnh Thanh Hóa đã triển khai gần 43 nghìn công trình, phần việc thanh niên.",
     "1105_fd04a28fb480: \"Toàn tỉnh đã triển khai hơn 42.800 công trình, phần việc thanh niên\" (gần 43 nghìn ~ hơn 42.800)."),
    ("1105_fd04a28fb480", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX đã bầu Ban Chấp hành Tỉnh Đoàn nhiệm kỳ 2025-2030 gồm 44 đồng chí.",
     "1105_fd04a28fb480: \"kết quả bầu Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí\". The value 44 IS in the corpus but for the previous edition: 1086 \"Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí\" (nhiệm kỳ 2022-2027) - another edition, so for the 2025-2030 BCH the corpus says 49 only (deliberate trap)."),
    # ---------------- 1128 Công đoàn Điện lực Việt Nam tặng quà Tết
    ("1128_8dbf9e8fc1aa", D,
     "Công đoàn Điện lực Việt Nam đã tặng quà Tết cho Công ty Dịch vụ Điện lực TP HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 30 triệu đồng.",
     "1128_8dbf9e8fc1aa: \"tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị\". grep 'Củ Chi|EVNHCMC' -> only 1128 (and 686, a garment company)."),
    ("1128_8dbf9e8fc1aa", N,
     "Trong chuyến thăm EVNHCMC ngày 27/12, Công đoàn Điện lực Việt Nam đã trao 150 suất quà Tết cho người lao động có hoàn cảnh khó khăn.",
     "1128 counts only 02 đơn vị (50.000.000 đồng/mỗi đơn vị) and 02 trường hợp bệnh hiểm nghèo; no number of gifts/suất. grep 'Điện lực Việt Nam.{0,120}(quà|suất)' -> only 1128; '150 suất' -> 829, 922 (Hội LHPN Thanh Hóa), other organisations."),
    # ---------------- 117 HĐND TP Hà Nội khóa XV
    ("117_525a5f98db78", S,
     "Hà Nội đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố khóa XV, nhiệm kỳ 2016-2021.",
     "117_525a5f98db78: \"Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này\" (HĐND TP khóa 15, nhiệm kỳ 2016-2021); also 116: \"cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV\"."),
    # ---------------- 296 Gia Lâm
    ("296_cf67e2f30129", N,
     "Đến nay, 168 công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     "296 only says \"100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội\" (a share, no count). Per-file grep for '[0-9]+ (CĐCS|công đoàn cơ sở)' in every Gia Lâm page (051, 082, 255, 296, 303, 452...) -> nothing; seed 003 has '8.563/8.563 Công đoàn cơ sở' for the whole city, not Gia Lâm."),
    # ---------------- 470 Mùa hè tình nguyện TPHCM 2023
    ("470_5bd73e63f016", D,
     "Mùa hè tình nguyện năm 2023 của Thành đoàn TP Hồ Chí Minh dự kiến thu hút hơn 1 triệu lượt thanh niên, người dân thành phố tham gia.",
     "470_5bd73e63f016: \"dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia\". grep '1 triệu lượt' -> only 506 (Hội Chữ thập đỏ Tây Nguyên, người nghèo)."),
    ("470_5bd73e63f016", N,
     "Chiến dịch tình nguyện hè năm 2023 của TP Hồ Chí Minh huy động 30.000 chiến sĩ tình nguyện.",
     "470 counts lượt thanh niên (700.000) and says the campaign is \"qua 30 năm\" (years, not volunteers). grep 'chiến sĩ tình nguyện|30.000' -> 998 (463 chiến sĩ, Đảo Thanh niên, another campaign), 543/003 (30.000 phiếu mua hàng / công nhân), nothing about TPHCM 2023 volunteers."),
    # ---------------- 492 Ba Đình Tháng hành động vì trẻ em 2025
    ("492_56c7ff106a2f", S,
     "Quận Ba Đình tổ chức lễ phát động Tháng hành động vì trẻ em năm 2025 cấp phường tại mười ba phường trước ngày 30/5.",
     "492_56c7ff106a2f: \"quận Ba Đình sẽ đồng loạt tổ chức lễ phát động cấp phường tại 13 phường trước ngày 30/5\"."),
    ("492_56c7ff106a2f", N,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2025, quận Ba Đình đã trao 200 suất học bổng cho thiếu nhi vượt khó học giỏi.",
     "492 says \"quận cũng trao tặng quà và học bổng cho thiếu nhi có hoàn cảnh khó khăn vượt khó học giỏi tại 13 phường\" - no number of scholarships. grep '[0-9]+ (suất học bổng|học bổng)' lines with 'Ba Đình' -> none; other counts are 606 (Điện Biên), 694 (Long An), 907, 983, 1213 (other places)."),
    # ---------------- 642 Hội An Tháng hành động vì trẻ em 2022
    ("642_ac0065628b07", S,
     "TP Hội An trao tặng năm mươi suất quà cho trẻ em có hoàn cảnh khó khăn tại lễ phát động Tháng hành động vì trẻ em năm 2022.",
     "642_ac0065628b07: \"TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)\"."),
    ("642_ac0065628b07", D,
     "Mỗi suất quà TP Hội An trao cho trẻ em khó khăn dịp phát động Tháng hành động vì trẻ em 2022 trị giá 1 triệu đồng.",
     "642_ac0065628b07: \"50 suất quà ... (500 nghìn đồng/suất)\". grep '1 triệu đồng/suất|1 triệu đồng mỗi suất' -> 498, 500 (công nhân, other provinces/occasions); 207 (LĐLĐ Hội An 2023) also says 'suất 500 nghìn đồng'."),
    # ---------------- 668 Trà Vinh
    ("668_19df4eea3b66", D,
     "Dịp Tết Nhâm Dần 2022, Liên đoàn Lao động tỉnh Trà Vinh đã trao 250 phần quà cho đoàn viên, công nhân lao động khó khăn tại thị xã Duyên Hải.",
     "668_19df4eea3b66: \"Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà cho đoàn viên công đoàn, công nhân lao động có hoàn cảnh khó khăn, mỗi phần trị giá 300.000 đồng\" (LĐLĐ thị xã Duyên Hải separately gave 100 phần quà). grep '250 phần quà' none."),
    # ---------------- 753 Tây Ninh
    ("753_e38d5510a744", S,
     "Giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh đã chăm lo, hỗ trợ đoàn viên, người lao động với tổng kinh phí khoảng 520 tỷ đồng.",
     "753_e38d5510a744: \"gần 1,2 triệu lượt đoàn viên, người lao động đã được chăm lo, hỗ trợ với tổng kinh phí gần 520 tỉ đồng\"."),
    ("753_e38d5510a744", D,
     "Trong giai đoạn 2023-2025, công đoàn các cấp tỉnh Tây Ninh đã xây dựng hơn 340 căn nhà Mái ấm Công đoàn.",
     "753_e38d5510a744: \"Các cấp công đoàn trong tỉnh xây dựng 243 “Mái ấm Công đoàn”, với tổng kinh phí gần 15,6 tỉ đồng\". grep '340 ' -> only 452 ('2.098/4.340 Tổ An toàn Covid-19'), unrelated."),
    # ---------------- 808 Đại hội Đoàn TPHCM lần XI
    ("808_2d042b864f95", S,
     "Ban Chấp hành Thành Đoàn TP HCM khóa XI, nhiệm kỳ 2022-2027 gồm 59 đồng chí.",
     "808_2d042b864f95: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí.\""),
    ("808_2d042b864f95", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI có sự tham gia của 540 đại biểu.",
     "808_2d042b864f95: \"với sự tham gia của 441 đại biểu đại diện cho hơn 750.000 đoàn viên\". grep '540 đại biểu' none."),
    # ---------------- 863 CĐVC tỉnh (TTH)
    ("863_b9986cf6dbca", S,
     "Năm 2016, Công đoàn Viên chức tỉnh Thừa Thiên Huế có 36 công đoàn cơ sở đạt vững mạnh.",
     "863_b9986cf6dbca (TTH): \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%.\" (tổng kết năm 2016). Page names the province only via the 'TTH' dateline."),
    ("863_b9986cf6dbca", D,
     "Tỷ lệ công đoàn cơ sở vững mạnh năm 2016 của CĐVC tỉnh Thừa Thiên Huế đạt 76,6%.",
     "863_b9986cf6dbca: \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%.\" (the 85% / 45% on the page are 2017 targets). grep '76,6' none."),
    # ---------------- 866 Bến Tre cờ Tổ quốc
    ("866_0e852b70fa76", S,
     "Trong giai đoạn 2020-2025, Báo Người Lao Động sẽ trao tặng 20 nghìn lá cờ Tổ quốc cho ngư dân tỉnh Bến Tre.",
     "866_0e852b70fa76: \"trong đó có 20.000 cờ Tổ quốc Báo Người Lao Động sẽ trao tặng cho ngư dân tỉnh Bến Tre giai đoạn 2020-2025\"."),
    ("866_0e852b70fa76", D,
     "LĐLĐ tỉnh Bến Tre phối hợp với Báo Người Lao Động trao 5.000 lá cờ Tổ quốc cho ngư dân ba huyện biển Bình Đại, Ba Tri và Thạnh Phú.",
     "866_0e852b70fa76: \"tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú\". grep '5.000 lá cờ' none (727: 500 lá cờ, Đà Nẵng)."),
    # ---------------- 867 Vĩnh Long
    ("867_79224beef844", D,
     "Liên đoàn Lao động tỉnh Vĩnh Long cùng LĐLĐ huyện Long Hồ đã bàn giao năm căn nhà Mái ấm Công đoàn, hướng tới kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt.",
     "867_79224beef844: \"bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa cho hộ dân trên địa bàn\". grep '5 căn nhà' -> none for Vĩnh Long."),
    ("867_79224beef844", N,
     "Mỗi căn nhà Mái ấm Công đoàn mà LĐLĐ tỉnh Vĩnh Long bàn giao ở huyện Long Hồ dịp kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt trị giá 50 triệu đồng.",
     "867 gives no value for the houses. grep 'Vĩnh Long|Long Hồ' -> 585, 867, 1152, 1192, none with a house value; 'Mái ấm.{0,100}50 triệu' -> only 520 (another province/person)."),
    # ---------------- 927 Phú Thọ (TPHCM) Huy hiệu Đảng
    ("927_dd7e9c379454", S,
     "Đợt 7-11-2025, Đảng bộ phường Phú Thọ có 12 đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: \"Dịp này, Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng\"."),
    ("927_dd7e9c379454", D,
     "Trong đợt trao Huy hiệu Đảng ngày 7-11, phường Phú Thọ có sáu đồng chí nhận Huy hiệu 50 năm tuổi Đảng.",
     "927_dd7e9c379454: \"Huy hiệu 50 năm tuổi Đảng có 3 đồng chí\". grep 'Huy hiệu.{0,30}50 năm' -> 927 (3), 928 Đức Nhuận (5), 934 Tân Phú (2): none says 6."),
    # ---------------- 934 Tân Phú (TPHCM) Huy hiệu Đảng
    ("934_779d96c632e9", S,
     "Dịp kỷ niệm 96 năm Ngày thành lập Đảng, phường Tân Phú (TPHCM) đã trao Huy hiệu 40 năm tuổi Đảng cho ba đảng viên.",
     "934_779d96c632e9: \"9 đảng viên được trao tặng Huy hiệu Đảng, gồm: 2 đồng chí nhận Huy hiệu 50 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng, 4 đồng chí nhận Huy hiệu 30 năm tuổi Đảng\"."),
    ("934_779d96c632e9", D,
     "Đảng bộ phường Tân Phú, TPHCM có 14 đảng viên được trao Huy hiệu Đảng dịp kỷ niệm 96 năm Ngày thành lập Đảng.",
     "934_779d96c632e9: \"Dịp này, Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng\". grep '14 đảng viên' none."),
    # ---------------- not_found on pages without usable figures
    ("105_d8f28f283391", N,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 16 đồng chí.",
     "105 lists the Bí thư and 4 Phó Bí thư but gives no BTV size; 812/813 (same congress) say BCH 'đã bầu Ban Thường vụ Thành uỷ' with no number. grep 'Ban Thường vụ Thành ủy.{0,50}(gồm|có) [0-9]+' -> only 103: \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" (2015-2020, another edition - deliberate trap)."),
    ("363_f1b865aa72b8", N,
     "Theo kế hoạch phát động thi đua năm 2025, Liên đoàn Lao động TP Hà Nội sẽ tuyên dương 100 Công nhân giỏi Thủ đô.",
     "363 names the 'Công nhân giỏi Thủ đô' movement but counts nothing. grep '[0-9.]+ (Công nhân giỏi Thủ đô|công nhân giỏi)' -> 000/186 (100 Công nhân giỏi Thủ đô năm 2023), 042 (90, năm 2019), 1162 (45, ngành GTVT), 1065: other years/organisations, none for 2025."),
    ("446_764438fb9bbb", N,
     "LĐLĐ TP HCM chọn 6 công trình tiêu biểu để gắn biển chào mừng Đại hội Công đoàn TP HCM lần thứ I, nhiệm kỳ 2025-2030.",
     "446 only says \"có nhiều công trình, sản phẩm mới đăng ký gắn biển công trình chào mừng Đại hội Công đoàn TP HCM\" (no count). grep 'gắn biển' -> seed 000: \"LĐLĐ Thành phố đã lựa chọn 6 công trình tiêu biểu, để gắn biển chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII\" (Hà Nội, another organisation - trap); 544 (Hội phụ nữ), 499 (Phú Yên, no count); 572 (Đại hội Công đoàn TP.HCM lần I) counts BCH 65, UBKT 15, no công trình."),
    ("693_fc08e1a86a0b", N,
     "Đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp do Công đoàn ngành Giao thông vận tải Hà Nội phát động ngày 21/5 có 38 công đoàn cơ sở đăng ký tham gia.",
     "693 gives only dates (15/5 - 10/10). Per-file grep of every page mentioning 'GTVT Hà Nội|Giao thông vận tải Hà Nội' for '[0-9]+ (công đoàn cơ sở|CĐCS|đơn vị)' -> only seed 003 (8.563 CĐCS, whole city). 017 (816/70 Công nhân giỏi) and 1162 (45 công nhân giỏi) count another noun."),
    ("908_f0a5e303f4db", N,
     "Đại hội Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III đã bầu Ban Chấp hành nhiệm kỳ 2025-2030 gồm 9 đồng chí.",
     "908 says \"Đại hội tiến hành bầu BCH Công đoàn cơ sở Bệnh viện nhiệm kỳ 2025 - 2030\" without a size. grep 'Ung bướu' -> only 908; '9 đồng chí' -> 578 (Đoàn Chủ tịch), 805 (Huy hiệu), other things."),
]

# drop placeholder rows
CLAIMS = [c for c in CLAIMS if c[1] is not None]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = [tuple(nfc(x) for x in c) for c in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    # at most 2 claims per page
    from collections import Counter
    cnt = Counter(r[0] for r in rows)
    assert max(cnt.values()) <= 2, cnt
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\", quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    v = Counter(r[1] for r in rows)
    print(len(rows), "claims:", dict(v), "pages:", len(cnt))


if __name__ == "__main__":
    main()
