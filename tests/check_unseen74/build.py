#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen74 (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("1011_df3f51afbfe1", S,
     "Trong chiến dịch thanh niên tình nguyện hè 2017, các tình nguyện viên trên cả nước đã xây mới 138 cây cầu giao thông.",
     "1011: \"Trên cả nước, các thanh niên tình nguyện đã sửa chữa gần 3.000km đường giao thông nông thôn, xây dựng mới 138 cầu giao thông và 660 cầu dân sinh\" (Hội nghị tổng kết chiến dịch thanh niên tình nguyện hè 2017)."),
    ("1149_4424f78738f5", S,
     "Chương trình “Tết Nhân ái” Xuân Bính Ngọ 2026 tại TP Huế đã trao tặng một nghìn suất quà Tết cho các hộ có hoàn cảnh khó khăn.",
     "1149: \"Chương trình “Tết Nhân ái” Xuân Bính Ngọ năm 2026 trao tặng 1.000 suất quà Tết cho các hộ có hoàn cảnh khó khăn ... trên địa bàn thành phố\" (TP. Huế)."),
    ("1154_9689d812bb52", S,
     "Khoảng 400 tình nguyện viên đã tham gia ngày hội hiến máu đợt 4 năm 2024 do Hội Chữ thập đỏ thành phố Tân Uyên tổ chức.",
     "1154: \"Hội Chữ thập đỏ thành phố Tân Uyên ... tổ chức ngày hội hiến máu tình nguyện đợt 4-2024\"; \"Tham gia ngày hội có khoảng 400 tình nguyện là đoàn viên thanh niên, học sinh, cán bộ...\"."),
    ("462_4798a1189a9b", S,
     "Tại lễ phát động tháng cao điểm Vì người nghèo, Ủy ban MTTQ Việt Nam TP.HCM đã trao 92 phương tiện sinh kế như xe gắn máy, máy may cho các hộ nghèo, cận nghèo.",
     "462: \"TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế gồm có gắn máy, máy may... cho các gia đình chính sách, hộ nghèo, hộ cận nghèo\"."),
    ("491_4610d3eefa4d", S,
     "Trong năm 2024, Liên đoàn Lao động TP Đà Nẵng đã hỗ trợ xây dựng “Mái ấm Công đoàn” cho hơn 100 đoàn viên khó khăn về nhà ở.",
     "491: \"năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \\\"Mái ấm Công đoàn\\\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở\" (LĐLĐ TP Đà Nẵng); hơn 100 ~ 103."),
    ("593_fe8e59aadb97", S,
     "Tại phiên trù bị Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI, Ban Thẩm tra tư cách đại biểu được bầu gồm năm đồng chí.",
     "593: \"Tại phiên trù bị, đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí\" (Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI)."),
    ("710_a049db02602c", S,
     "Trong đoàn đại biểu LĐLĐ tỉnh Thái Nguyên dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 có năm đại biểu hiệp thương.",
     "710: \"Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương\"."),
    ("724_1221291fc5c2", S,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ thành phố Hải Phòng phấn đấu thực hiện tám nhiệm vụ trọng tâm.",
     "724: \"Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm\"."),
    ("782_d74cc27f8aa4", S,
     "Chiến dịch Thanh niên tình nguyện hè 2024 của Tỉnh Đoàn Yên Bái gồm 4 chiến dịch trọng tâm cùng chương trình Tiếp sức mùa thi.",
     "782: \"Chiến dịch Thanh niên tình nguyện Hè năm 2024 được Tỉnh Đoàn Yên Bái triển khai từ tháng 4 đến tháng 8, với 1 chương trình, 4 chiến dịch trọng tâm gồm: Chương trình Tiếp sức mùa thi, các chiến dịch ...\"."),
    ("830_c3fa9aa955b8", S,
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút khoảng 35 nghìn chiến sĩ.",
     "830: \"Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia\"."),
    ("844_2389728e91c4", S,
     "Trước kỳ họp bất thường của HĐND TP Hà Nội, UBND thành phố có 6 Phó Chủ tịch.",
     "844: \"UBND TP Hà Nội có 6 Phó Chủ tịch gồm các ông: Vũ Hồng Khanh, Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Ngọc Tuấn, Nguyễn Quốc Hùng và Trần Xuân Việt\" (bối cảnh: HĐND TP sẽ triệu tập kỳ họp bất thường)."),
    ("983_245bc105cc74", S,
     "Chương trình của Trung ương Đoàn đã đưa 2000 sinh viên, thanh niên công nhân, người lao động khó khăn về quê đón Tết trên các chuyến xe, tàu, máy bay miễn phí.",
     "983: \"chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí\" (Bí thư T.Ư Đoàn Nguyễn Phạm Duy Trang)."),
    ("987_092194c9d403", S,
     "Tại chương trình “Tết sum vầy” 2020, Liên đoàn Lao động huyện Hướng Hóa đã trao 90 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.",
     "987: \"Tại chương trình, LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn\" (chương trình \"Tết sum vầy\" 2020, LĐLĐ huyện Hướng Hóa)."),

    # ---------------- differs ----------------
    ("1011_df3f51afbfe1", D,
     "Trong chiến dịch thanh niên tình nguyện hè 2017, thanh niên tình nguyện đã xây dựng và sửa chữa trên 2.700 ngôi nhà.",
     "1011: \"xây dựng và sửa chữa trên 1.700 ngôi nhà\" (hè 2017). grep '2\\.700|2700|hai nghìn bảy' -> no hit in corpus; 1012 (hè TP HCM: '155 nhà tình bạn...') is another campaign."),
    ("1149_4424f78738f5", D,
     "Mỗi suất quà tại chương trình “Tết Nhân ái” 2026 ở TP Huế gồm 800.000 đồng tiền mặt.",
     "1149: \"Mỗi suất quà trị giá 1.000.000 đồng, gồm 600.000 đồng tiền mặt và 400.000 đồng quà Tết\". grep '800\\.000 đồng' -> only 510 (300 suất ... 800.000 đồng, another programme) and 1106 (LĐLĐ quận, 800.000 đồng suất) - not Huế Tết Nhân ái 2026."),
    ("1154_9689d812bb52", D,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 ở thành phố Tân Uyên thu nhận được 450 đơn vị máu.",
     "1154: \"Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu\". grep '450 đơn vị|đơn vị máu' -> other events only (558, khoảng 400, 1.500, ...); 450 not stated."),
    ("129_306ace8250a2", D,
     "Trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Hà Nội vào khoảng 8,5 nghìn tấn.",
     "129: \"trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn\". grep '8\\.500|tấn rác|rác thải phát sinh' -> only 129 and 1012 ('thu gom 34 tấn rác thải', TP HCM volunteers)."),
    ("462_4798a1189a9b", D,
     "Từ Quỹ Vì người nghèo, TP.HCM đã trao kinh phí xây dựng 30 căn nhà tình thương tại lễ phát động tháng cao điểm.",
     "462: \"trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế\". grep 'nhà tình thương' -> 078 (LĐLĐ quận 1: 15 căn), 1012 (155 nhà tình bạn, tình thương...), no 30."),
    ("491_4610d3eefa4d", D,
     "Mỗi đoàn viên ở huyện Hòa Vang nhận “Mái ấm Công đoàn” đợt này được Công đoàn TP Đà Nẵng hỗ trợ 70 triệu đồng.",
     "491: \"Năm đoàn viên được nhận hỗ trợ đợt này ... LĐLĐ huyện Hòa Vang, mỗi trường hợp được hỗ trợ 50 triệu đồng từ nguồn quỹ hoạt động xã hội Công đoàn thành phố\". grep '70 triệu' -> only 498 (870 triệu, another body), 998 (470 triệu)."),
    ("593_fe8e59aadb97", D,
     "Tại phiên trù bị, Đại hội đại biểu phụ nữ TP Hà Nội lần thứ XVI đã bầu Đoàn Chủ tịch gồm 15 đồng chí.",
     "593: \"đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí\". grep 'Đoàn Chủ tịch gồm' -> 101 (22 Ủy viên, Công đoàn VN), 578 (9 đồng chí, Hưng Yên), 713 (17 vị, MTTQ) - no 15; 143 (same congress) states only 489 đại biểu / 28 người."),
    ("710_a049db02602c", D,
     "Đoàn đại biểu của Liên đoàn Lao động tỉnh Thái Nguyên đi dự Đại hội Mặt trận Tổ quốc tỉnh lần thứ XV gồm tám đại biểu.",
     "710: \"Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu\". grep 'MTTQ tỉnh Thái Nguyên|Mặt trận Tổ quốc tỉnh Thái Nguyên' -> only 710; 8/tám not stated."),
    ("720_ac555b116a87", D,
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII ra mắt Đại hội gồm 185 người.",
     "720: \"ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu\". grep '155|175|185' + 'phụ nữ' -> only 720; 594/980 (khóa XIII) give no BCH size."),
    ("782_d74cc27f8aa4", D,
     "Trong Chiến dịch tình nguyện hè 2024, Tỉnh Đoàn Yên Bái tổ chức 5 ngày hoạt động cao điểm tại 100% cơ sở Đoàn.",
     "782: \"Tỉnh Đoàn Yên Bái tổ chức 3 ngày hoạt động cao điểm tại 100% cơ sở Đoàn toàn tỉnh\" (1/6, 29/6, 21/7). grep 'Yên Bái' -> 472, 670, 707 unrelated."),
    ("806_f8e0ca12c449", D,
     "Chủ tịch UBND tỉnh Thanh Hóa vừa ký quyết định điều động, bổ nhiệm sáu lãnh đạo sở, ngành.",
     "806: \"điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh\" / title \"Bổ nhiệm 4 tân giám đốc sở, ngành\". grep 'tân giám đốc|Thanh Hóa.{0,80}giám đốc' -> only 806 (and 373, Hà Nội)."),
    ("830_c3fa9aa955b8", D,
     "Chiến dịch Xuân tình nguyện 2024 của TP.HCM diễn ra đồng loạt tại 18 quận, huyện và TP Thủ Đức.",
     "830: \"22 quận, huyện và TP Thủ Đức đồng loạt diễn ra chiến dịch\". grep 'Xuân tình nguyện' -> 495, 1013 (2026 edition), 519 (phường Thủ Đức 2026) - none states 18 quận, huyện."),
    ("844_2389728e91c4", D,
     "Tại kỳ họp bất thường, HĐND TP Hà Nội dự kiến miễn nhiệm 2 Phó Chủ tịch UBND thành phố.",
     "844: \"HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND\"; also \"bầu ... 3 phó chủ tịch UBND\". grep 'miễn nhiệm.{0,60}Phó Chủ tịch|họp bất thường' -> only 844, 881 (Thủ Đức), 974 (Sơn La)."),
    ("976_f65ba36a6479", D,
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 4 cán bộ giữ chức Bí thư Huyện ủy.",
     "976: \"Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch\". grep 'Đồng Nai' -> no other page on these appointments."),
    ("983_245bc105cc74", D,
     "Tại thị xã Tân Châu (An Giang), đoàn công tác Trung ương Đoàn đã tặng 30 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn.",
     "983: \"anh Nguyễn Minh Triết trao tặng 20 suất hỗ trợ học tập và 10 suất học bổng Vừ A Dính; tặng 20 xe đạp và hỗ trợ 50 bộ dụng cụ học tập\" (TX.Tân Châu, An Giang). grep 'xe đạp' -> only 460 (no number), 1190 (đua xe đạp chậm)."),
    ("987_092194c9d403", D,
     "Tổng trị giá số quà LĐLĐ huyện Hướng Hóa trao tại chương trình “Tết sum vầy” 2020 là hơn 83 triệu đồng.",
     "987: \"LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng\". grep '63 triệu|83 triệu' -> only 987 and 690 ('Hơn 663 triệu đồng ủng hộ Quỹ Vì người nghèo'); 982 is Tết sum vầy 2020 in Tam Đường (another place)."),

    # ---------------- not_found ----------------
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến qua đời do tai nạn.",
     "073 says the delegation \"đã tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến\" but gives no amount. grep 'Hải Yến' -> only 073; grep 'Xây dựng Hà Nội.{0,100}(triệu|suất|hỗ trợ)' -> 054 (159 đoàn viên, 352 triệu, bão Yagi - another occasion); grep 'công nhân môi trường.{0,100}(triệu|đồng)' -> 128 (30 suất quà Tết, CĐ Xây dựng VN). The support amount for this family is not counted."),
    ("120_1b49cf3485c1", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã vinh danh 60 nhà giáo.",
     "120 body gives no number of awardees; '40 nhà giáo dự chung khảo' is a related-headline teaser and counts chung khảo entrants, not winners. grep 'tâm huyết, sáng tạo' -> 024 (lần thứ 9, 2025, no count), 064 (LĐLĐ quận Đống Đa: 26 giáo viên, teaser, district award), 065 (Hoàn Kiếm); grep '[0-9]+ nhà giáo' -> 159 (100 nhà giáo tiêu biểu, another event), 233 (4 nhà giáo bệnh hiểm nghèo)."),
    ("138_a7c2956bbbb4", N,
     "Đoàn công tác Sở GD&ĐT Hà Nội đã tặng thầy giáo khiếm thị Ngô Văn Hiếu phần quà Tết trị giá 5 triệu đồng.",
     "138 only says \"tới thăm, tặng quà Tết thầy giáo Ngô Văn Hiếu\" (figures on page: 2 con nhỏ, hơn 10 năm phụ trách ký túc xá - other things). grep 'Ngô Văn Hiếu|Nguyễn Đình Chiểu|Phạm Đình Thắng|Trần Thế Cương' -> 138, 024, 1004 (CĐ GD VN, THPT Nguyễn Đình Chiểu, another school/occasion); no gift value."),
    ("153_e14e5df550cb", N,
     "Đồng chí Phạm Quang Thanh được bầu bổ sung làm Chủ tịch LĐLĐ TP Hà Nội khóa XVI với 100% số phiếu tán thành.",
     "153 reports Quyết định số 5556/QĐ-TLĐ recognising the bầu bổ sung but no vote share. grep '100% (số )?phiếu|số phiếu' -> 100/247 (Bùi Văn Cường, Chủ tịch Tổng LĐLĐ, 100%), 352/581 (Hà Nội UBND/HĐND 97,87%), 628, 1142, 1243 (other people); grep 'Phạm Quang Thanh' -> no vote figure."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 128 đại biểu chính thức tham dự.",
     "204 gives no delegate count. grep 'NN&PTNT|Nông nghiệp và PTNT' -> 023 states \"128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI\" (the 2023-2028 edition, another occasion); 254, 1061 no delegate counts for lần V."),
    ("222_aeef1b06b8dc", N,
     "Sáu tháng đầu năm 2018, Công đoàn ngành Y tế Hà Nội đã hướng dẫn 80 công đoàn cơ sở tuyên truyền kỷ niệm các ngày lễ lớn.",
     "222: \"6 tháng qua, CĐ ngành đã hướng dẫn các CĐCS tuyên truyền kỷ niệm các ngày lễ lớn\" - no number of CĐCS (83 gia đình tiêu biểu is a teaser headline about families). grep '[0-9]+ (công đoàn cơ sở|CĐCS).{0,80}(Y tế|y tế)' -> none; Y tế Hà Nội pages 009/118/226/230 count other things (3.225 cá nhân, 30 cá nhân, 17.774 cá nhân)."),
    ("300_c35bde72bae1", N,
     "Đoàn đại biểu Liên đoàn Lao động thành phố Hà Nội dự Đại hội XII Công đoàn Việt Nam gồm 45 đại biểu.",
     "300 mentions \"đoàn đại biểu LĐLĐ Thành phố dự Đại hội XII Công đoàn Việt Nam\" without a size. grep 'Đại hội XII|Công đoàn Việt Nam lần thứ XII' -> 101 (Đại hội XII: 947 đại biểu in total), 577 (Hưng Yên delegation: 12 người); Đại hội XIII counts (1.100, 34 ngành Y tế, 10+3 Bình Định) are another edition. Hà Nội's delegation size not counted."),
    ("364_6cb3fc7af92c", N,
     "Theo Kế hoạch 74/KH-UBND, hội nghị biểu dương kết quả phong trào thi đua năm 2022 của TP Hà Nội sẽ tôn vinh 150 tập thể, cá nhân tiêu biểu.",
     "364 only names Kế hoạch số 74/KH-UBND and the 75-năm anniversary; no honouree count. grep 'Kế hoạch số 74|biểu dương.{0,80}thi đua năm 2022' -> only 364; grep 'thi đua năm 2022' -> 074 (Cờ thi đua Tổng LĐLĐ), 133/266/180/1061/728 (other bodies) - none counts honourees of this Hà Nội conference."),
    ("401_c44d076b8ff9", N,
     "Năm 2023, Hội LHPN Hà Nội đã biểu dương 30 Chủ tịch Hội Phụ nữ cơ sở giỏi.",
     "401 names the programme \"biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi, Phụ nữ Thủ đô tiêu biểu năm 2023\" but no count (only 93 năm anniversary). grep 'Phụ nữ Thủ đô tiêu biểu|Hội Phụ nữ cơ sở giỏi' -> 402 (national programme lần thứ III 2023, no count); grep '[0-9]+ (Phụ nữ Thủ đô|phụ nữ tiêu biểu|Chủ tịch Hội)' -> none."),
    ("786_4b655c65ed4c", N,
     "Chương trình Tết sum vầy cấp Tổng Liên đoàn năm 2018 tổ chức tại Hưng Yên dự kiến trao 1.000 suất quà cho người lao động.",
     "786 gives timing only (trước Tết 10 ngày; trước 15/12); '755 chuyến xe' is a teaser headline about buses. grep 'Hưng Yên' -> 425, 577, 578 (other events); grep 'Tết sum vầy.{0,200}[0-9.]+ (suất|phần) quà' -> only 982 (Tam Đường 2020: 25 suất). Not counted."),
    ("787_47b1d60ede23", N,
     "Theo kế hoạch “Tết Sum vầy” 2021, Tổng LĐLĐ Việt Nam hỗ trợ 500.000 đồng cho mỗi đoàn viên bị ảnh hưởng bởi dịch COVID-19 dịp Tết Tân Sửu.",
     "787 states no amount. grep 'Tân Sửu' -> 088 says Tổng LĐLĐ \"vừa có quyết định về mức chi hỗ trợ cho đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19 ... Tết Nguyên đán Tân Sửu 2021\" but gives no figure; 335 (122 suất), 474 (Hậu Giang), 968 (tỉnh: 25.021 phần quà) are other bodies. grep '(COVID|Covid|dịch).{0,120}[0-9.]+ ?đồng.{0,60}(đoàn viên|người lao động)' -> none."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        why = why.replace('\\"', "'").replace('"', "'")
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any(ch in x for x in row for ch in '\t\n"'), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
