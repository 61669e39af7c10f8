#!/usr/bin/env python3
"""Build claims.tsv for the blind test of `ldtd check` (unseen107).
Plain Python: csv + unicodedata only. Output is NFC-normalised and sorted by page_id."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 038: LĐLĐ Hà Nội Covid support ----------------
    ("038_9fbcf38fe170", "supported",
     "Liên đoàn Lao động thành phố Hà Nội dành tổng cộng mười tỷ đồng để hỗ trợ đoàn viên, người lao động khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "038_9fbcf38fe170: 'Mức hỗ trợ là 500.000 đồng/người, tổng kinh phí hỗ trợ là 10 tỷ đồng, trong đó có 5 tỷ đồng ... LĐLĐ thành phố Hà Nội và 5 tỷ đồng ... Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội'. Claim writes 10 spelled out."),
    ("038_9fbcf38fe170", "differs",
     "Mỗi đoàn viên, người lao động khó khăn do Covid-19 được LĐLĐ TP Hà Nội và Công đoàn các KCN-CX Hà Nội hỗ trợ 1 triệu đồng.",
     "038_9fbcf38fe170: 'Mức hỗ trợ là 500.000 đồng/người'. g.sh '1 triệu đồng/người|1.000.000 đồng/người' hits only 458 (LĐLĐ tỉnh Hòa Bình, Tết 2026, 576 đoàn viên) and 1129 (thăm hỏi ốm đau), neither the Hà Nội Covid support."),
    # ---------------- 1012: TNTN hè TP HCM ----------------
    ("1012_7b47589330b0", "supported",
     "Trong chiến dịch Thanh niên tình nguyện hè năm nay của TP HCM, hơn ba trăm đoàn viên ưu tú đã được kết nạp vào Đảng.",
     "1012_7b47589330b0: 'trong chiến dịch lần này đã có hơn 300 đoàn viên ưu tú vinh dự được đứng vào hàng ngũ của Đảng.' Other 'đoàn viên ưu tú' figures (706: 4.000 target; 733: 130/42 quận 2018; 798: 748) are other units."),
    ("1012_7b47589330b0", "differs",
     "Chiến dịch Thanh niên tình nguyện hè TP HCM đã xây dựng, sửa chữa 175 căn nhà tình thương, tình nghĩa, tình bạn.",
     "1012_7b47589330b0: 'xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa'. g.sh '175 (căn |ngôi )?nhà' -> no hit. (185 avoided: 468 has '185 căn nhà đại đoàn kết', another thing.)"),
    # ---------------- 1082: Hội thi ATVSLĐ Tiền Giang lần 20 ----------------
    ("1082_e82300ed47f5", "supported",
     "Khoảng 600 công nhân, viên chức, lao động đã dự lễ khai mạc Hội thi ATVSLĐ, phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 năm 2020.",
     "1082_e82300ed47f5: 'tổ chức Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20. Đến dự lễ có ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)'."),
    ("1082_e82300ed47f5", "not_found",
     "Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 có 24 đội thi tham gia.",
     "1082 counts 600 CNVCLĐ attending and LĐLĐ of 11 huyện, but no number of đội thi. g.sh 'đội thi' -> only 118 (Xanh Pôn), 316 (Hội thi Công đoàn Hà Nội, 39 đội), 686, 827, 1081 (19 đội, other event). 148 is the Tiền Giang Hội thi lần thứ 23 (2023), another edition, and has no đội count (g.sh 'đội' on 148: none)."),
    # ---------------- 191: Đại hội Đảng bộ huyện Thạch Thất ----------------
    ("191_51ac8bc79074", "supported",
     "Đại hội đại biểu lần thứ XXIV Đảng bộ huyện Thạch Thất đã bầu 41 người vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025.",
     "191_51ac8bc79074: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự được bầu'."),
    ("191_51ac8bc79074", "differs",
     "Ông Phạm Quí Tiên tái đắc cử Bí thư Huyện ủy Thạch Thất khóa XXIV với tỉ lệ phiếu bầu 87,5%.",
     "191_51ac8bc79074: 'tiếp tục được Đại hội tín nhiệm bầu làm Bí thư Huyện ủy khóa XXIV ... với tỉ lệ phiếu bầu đạt 100%'. g.sh '87,5' -> no hit. (The 65,12%-96,28% range is for BCH members, not the Bí thư vote.)"),
    # ---------------- 247: Đại hội XII Công đoàn Việt Nam ----------------
    ("247_9bb00526265c", "supported",
     "Đại hội Công đoàn Việt Nam lần thứ XII đã bầu 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa 12.",
     "247_9bb00526265c: 'gần 1.000 đại biểu dự Đại hội Công đoàn Việt Nam đã biểu quyết và bầu cử 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động'; 101_3f31a6e4a441 agrees: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên'."),
    ("247_9bb00526265c", "differs",
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu Đoàn Chủ tịch gồm 27 ủy viên.",
     "247_9bb00526265c: 'bầu ra Đoàn Chủ tịch với 22 Ủy viên trong đó có 1 Chủ tịch và 4 Phó Chủ tịch'; 101: 'Đoàn Chủ tịch gồm 22 Ủy viên'. g.sh '27 (ủy|Ủy|uỷ)' -> no hit."),
    # ---------------- 279: Tết sum vầy 2019 ----------------
    ("279_02746b04c550", "supported",
     "Chương trình “Tết sum vầy” năm 2019 đã trao tặng đoàn viên, người lao động tổng số tiền hơn 3.050 tỷ đồng.",
     "279_02746b04c550: 'Chương trình “Tết sum vầy” năm 2019 được triển khai trên 63 tỉnh, thành phố ... với tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng, tăng 48% so với năm 2018.'"),
    ("279_02746b04c550", "differs",
     "Tổng số tiền tặng đoàn viên, người lao động trong chương trình Tết sum vầy 2019 tăng 35% so với năm 2018.",
     "279_02746b04c550: 'tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng, tăng 48% so với năm 2018'. g.sh '35%' -> no hit; no other page gives the 2019 Tết total (g.sh 'Kỷ Hợi' -> 126, 279, 775, 988, none with the total)."),
    # ---------------- 347: hiến máu LĐLĐ TP HCM ----------------
    ("347_c1729d8f4a9d", "supported",
     "Đợt 3 năm 2025 của chương trình hiến máu “Chia sẻ giọt máu hồng” do LĐLĐ TP HCM tổ chức thu được gần 560 đơn vị máu.",
     "347_c1729d8f4a9d: 'chương trình hiến máu tình nguyện “Chia sẻ giọt máu hồng” đợt 3 năm 2025 ... thu hút hơn 600 cán bộ Công đoàn ... và thu được 558 đơn vị máu.' 558 ~ gần 560."),
    ("347_c1729d8f4a9d", "differs",
     "Chỉ khoảng 400 cán bộ công đoàn, đoàn viên, người lao động đã hiến máu trong đợt 3 chương trình “Chia sẻ giọt máu hồng” năm 2025 của Liên đoàn Lao động Thành phố Hồ Chí Minh.",
     "347_c1729d8f4a9d: 'Chương trình đã thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu'. g.sh '400 (cán bộ|người|đoàn viên)' -> 243 (1.400, Long Biên), 469 (gần 400 đoàn viên thanh niên, ĐH Ngoại thương), 504, 608 — none this blood drive; g.sh 'Chia sẻ giọt máu hồng' -> only 347."),
    # ---------------- 544: Hội LHPN quận Hà Đông 8/3/2022 ----------------
    ("544_73613f3ff3bd", "supported",
     "Dịp 8/3/2022, các chi hội phụ nữ quận Hà Đông đã thực hiện 268 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544_73613f3ff3bd: 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn, người mắc bệnh hiểm nghèo'."),
    ("544_73613f3ff3bd", "differs",
     "Các cấp Hội Liên hiệp phụ nữ quận Hà Đông đã gắn biển 35 công trình chào mừng Ngày Quốc tế phụ nữ 8/3 năm 2022.",
     "544_73613f3ff3bd: 'các cấp Hội phụ nữ từ quận tới cơ sở còn tổ chức gắn biển 25 công trình (xóa 10 điểm chân rác, khánh thành mới 02 sân chơi, ra mắt 13 vườn hoa...)'. g.sh '35 công trình' -> no hit; no other page on Hội LHPN Hà Đông."),
    # ---------------- 545: Hội LHPN Quận 3 (TP HCM), 8/3/2024 ----------------
    ("545_555e3ee7ac16", "supported",
     "Hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” do Hội Liên hiệp Phụ nữ Quận 3 tổ chức đã thu hút hơn 600 tác phẩm dự thi.",
     "545_555e3ee7ac16: 'tổ chức hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” với hơn 600 tác phẩm dự thi'."),
    ("545_555e3ee7ac16", "differs",
     "Hội LHPN Quận 3 trao quà Tết cho hội viên phụ nữ khó khăn, trẻ em mồ côi và thanh niên lên đường nhập ngũ năm 2024 với tổng kinh phí khoảng 450 triệu đồng.",
     "545_555e3ee7ac16: 'trao tặng quà tết cho hội viên phụ nữ có hoàn cảnh khó khăn, yếu thế, trẻ em mồ côi, thanh niên thi hành nghĩa vụ quân sự năm 2024 với tổng kinh phí hơn 625 triệu đồng.' g.sh '450 triệu' -> no hit."),
    # ---------------- 570: LĐLĐ Đà Nẵng (mới), 7/2025 ----------------
    ("570_94bd87e8af05", "supported",
     "Ban Chấp hành Liên đoàn Lao động thành phố Đà Nẵng (mới) ra mắt tại hội nghị ngày 4/7 gồm 32 ủy viên.",
     "570_94bd87e8af05: 'Ban Thường vụ Liên đoàn Lao động thành phố có 22 ủy viên. Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên. Ủy ban Kiểm tra ... có 8 ủy viên.' 571 (Đại hội I, 12/2025) gives no BCH count."),
    ("570_94bd87e8af05", "differs",
     "Ủy ban Kiểm tra Liên đoàn Lao động TP Đà Nẵng (mới), công bố tại hội nghị ngày 4/7, gồm sáu ủy viên.",
     "570_94bd87e8af05: 'Ủy ban Kiểm tra Liên đoàn Lao động thành phố có 8 ủy viên.' g.sh '6 (ủy|Ủy|uỷ) viên|sáu (ủy|uỷ) viên' -> only 100 ('16 Ủy viên uỷ ban kiểm tra' of Tổng LĐLĐ khóa 12, another body). 571 (Đại hội I, 12/2025) gives no UBKT count. (The title's '24 công đoàn phường, xã' was not used: it sits in the headline line, not the body.)"),
    # ---------------- 581: HĐND TP Hà Nội khóa XVI bầu Chủ tịch UBND ----------------
    ("581_94f251acdd8a", "differs",
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 90,4% đại biểu có mặt tán thành.",
     "581_94f251acdd8a: 'với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'; 352_557f7c6c45b0 agrees: 'với số phiếu 92/94 (chiếm 97,87%)'. g.sh '90,4' -> no hit."),
    # ---------------- 663: LĐLĐ huyện Chợ Mới (Bắc Kạn) tổng kết 2020 ----------------
    ("663_7f8b34f12daf", "supported",
     "Tại hội nghị tổng kết công tác Công đoàn năm 2020 của LĐLĐ huyện Chợ Mới, bốn cá nhân được Liên đoàn Lao động tỉnh tặng Bằng khen.",
     "663_7f8b34f12daf: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; 3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen'."),
    ("663_7f8b34f12daf", "differs",
     "Nhân dịp tổng kết năm 2020, Liên đoàn Lao động huyện Chợ Mới tặng giấy khen cho 15 cá nhân có thành tích xuất sắc.",
     "663_7f8b34f12daf: '3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen'. g.sh '15 cá nhân' -> 118, 502, 1065 only (other units/years)."),
    # ---------------- 729: Nghệ An phát động Tháng Công nhân 2025 ----------------
    ("729_44f1746c543b", "differs",
     "Lễ phát động Tháng Công nhân năm 2025 của tỉnh Nghệ An có khoảng 700 đoàn viên, người lao động tham dự.",
     "729_44f1746c543b: 'cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động' (tham dự Lễ phát động). g.sh '700 (đoàn viên|người)' -> only 451 ('130.700 đoàn viên', Công đoàn Thủ đô). 700 is below the stated 'hơn 1.000', so it cannot be read as a rounding of it."),
    ("729_44f1746c543b", "not_found",
     "Tại Lễ phát động Tháng Công nhân 2025 ở Nghệ An, lãnh đạo Tổng LĐLĐ Việt Nam đã trao 10 nhà Mái ấm Công đoàn cho công nhân lao động.",
     "729 only has a caption 'trao tặng nhà Mái ấm Công đoàn cho công nhân lao động' with no count. g.sh 'Mái ấm' | grep Nghệ -> only that caption; g.sh '10 (căn )?nhà' -> only 790 ('sơn 10 nhà sinh hoạt cộng đồng'). Other Mái ấm counts (048, 049, 050, 454 Đà Nẵng) are other unions."),
    # ---------------- 804: Huy hiệu Đảng đợt 19/5 Hà Đông ----------------
    ("804_8ecc40938555", "supported",
     "Đợt 19/5, Đảng bộ quận Hà Đông có 440 đảng viên được trao tặng Huy hiệu Đảng.",
     "804_8ecc40938555: 'Ban Thường vụ Thành ủy tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông'."),
    ("804_8ecc40938555", "differs",
     "Trong đợt trao Huy hiệu Đảng dịp 19/5 này, toàn thành phố Hà Nội có hơn 6.500 đảng viên được nhận Huy hiệu.",
     "804_8ecc40938555: 'Trong đợt 19/5 này, toàn thành phố có hơn 8.700 đảng viên được nhận Huy hiệu Đảng.' g.sh '6.500|6500' -> only 003 seed (56.500 công nhân giỏi) and 129 (6.500 tấn rác)."),
    # ---------------- 982: Tết sum vầy Tam Đường 2020 ----------------
    ("982_1255496940da", "supported",
     "Tại chương trình “Tết sum vầy” năm 2020 ở huyện Tam Đường, LĐLĐ tỉnh đã trao hai mươi lăm suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982_1255496940da: 'tại chương trình “Tết sum vầy” năm 2020, LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà cho đoàn viên có hoàn cảnh khó khăn.'"),
    ("982_1255496940da", "differs",
     "Mỗi suất quà trao cho đoàn viên khó khăn tại chương trình Tết sum vầy 2020 của LĐLĐ Tam Đường trị giá 1 triệu đồng.",
     "982_1255496940da: 'Mỗi xuất quà trị giá 750 ngàn đồng (trong đó tiền mặt là 600 ngàn đồng, tiền quà 150 ngàn đồng)'. g.sh 'Tam Đường|Lai Châu' -> no other Tam Đường page; '1 triệu đồng' per gift elsewhere (128: Công đoàn Xây dựng VN at Hai Bà Trưng) is another event."),
    # ---------------- 206: Hà Nội Kế hoạch 252 dữ liệu đất đai ----------------
    ("206_cfb5f4dd4354", "differs",
     "Chiến dịch làm giàu, làm sạch dữ liệu đất đai theo Kế hoạch 252 của Hà Nội sẽ hoàn thiện cơ sở dữ liệu tại 150 đơn vị cấp xã.",
     "206_cfb5f4dd4354: 'chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội'. g.sh '150 (đơn vị|xã)' -> no hit. 211 (same Kế hoạch 252) gives no xã count."),
    ("206_cfb5f4dd4354", "not_found",
     "Hà Nội huy động khoảng 3.000 cán bộ tham gia chiến dịch làm sạch cơ sở dữ liệu đất đai.",
     "206 counts 126 đơn vị cấp xã and 4 nhóm công việc; 211 (same plan) counts 3 nhóm dữ liệu and bốn nội dung; neither counts cán bộ. g.sh '3.000 cán bộ' -> only 230 (Ngành Y tế HN 2016, 'hơn 23.000 cán bộ')."),
    # ---------------- 712: Đại hội MTTQ TP Hà Nội XVIII ----------------
    ("712_694777b452ec", "differs",
     "Nhiệm kỳ 2024-2029, MTTQ các cấp thành phố Hà Nội đã thực hiện hiệu quả 8 chương trình hành động.",
     "712_694777b452ec: 'thực hiện hiệu quả 6 chương trình hành động; 3 khâu đột phá'. g.sh '8 chương trình' -> only 102 ('Chương trình “Tết Sum vầy”', substring). 340 has '3 khâu đột phá, 3 chương trình trọng tâm' for Công đoàn TP HCM, another organisation."),
    ("712_694777b452ec", "not_found",
     "Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII đã hiệp thương cử 140 vị vào Ủy ban MTTQ thành phố khóa mới.",
     "712 and 713 (same Đại hội XVIII) count 363 đại biểu chính thức, Đoàn Chủ tịch Đại hội 17 vị, Đoàn Thư ký 2 vị, 6 chương trình hành động — no number of members of the Ủy ban. g.sh '140 vị' -> no hit."),
    # ---------------- 240: Đại hội CĐ cơ quan văn phòng Sở Xây dựng HN ----------------
    ("240_7c06aa0151c5", "not_found",
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu 9 ủy viên vào Ban Chấp hành.",
     "240 gives no number of BCH members or đại biểu (only '1 trong 2 đơn vị tổ chức Đại hội điểm'). 239 is a different congress (Công đoàn ngành Xây dựng Hà Nội khóa XIV 2023-2028: 191 đại biểu, 'Bầu 21 đồng chí vào Ban Chấp hành'). g.sh '9 (ủy|Ủy|uỷ)' -> 174 (Tổng LĐLĐ, khuyết 9) and 588 (MTTQ huyện), unrelated."),
    # ---------------- 654: LĐLĐ quận Long Biên, 10/2021 ----------------
    ("654_33346c495ae8", "not_found",
     "Nhân dịp 20/10/2021, LĐLĐ quận Long Biên tặng quà cho 50 cháu con CNVCLĐ vượt khó học giỏi năm học 2020-2021.",
     "654: 'Liên đoàn Lao động Quận Long Biên còn tặng quà con CNVCLĐ vượt khó học giỏi năm học 2020- 2021' with no count. g.sh 'vượt khó học giỏi' -> 124 (194 cháu, other unit), 460, 492, 606, 654; g.sh 'Long Biên' filtered on quà/học giỏi -> only 654."),
    # ---------------- 807: WFTU, Hà Nội 3/2016 ----------------
    ("807_4c859601563b", "not_found",
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội ngày 5-6/3/2016 có khoảng 60 đại biểu quốc tế tham dự.",
     "807 gives no participant count (figures: dates, 'Đại hội Công đoàn Thế giới lần thứ 17'). g.sh 'Liên hiệp Công đoàn Thế giới|WFTU' -> only 100 (a title 'Phó Chủ tịch Liên hiệp Công đoàn thế giới'); g.sh '60 đại biểu' -> only 1105 ('360 đại biểu', Đoàn TN Thanh Hóa)."),
    # ---------------- 906: Hóc Môn Tháng Nhân đạo 2024 ----------------
    ("906_dcbd919b8f59", "not_found",
     "Tại lễ phát động Tháng Nhân đạo 2024, Hội Chữ thập đỏ huyện Hóc Môn đã trao 200 phần quà cho người có hoàn cảnh khó khăn.",
     "906 counts no gifts ('hàng trăm lượt người nghèo' per year, '6 năm'). g.sh 'Hóc Môn' -> only 108 (Công ty Điện lực Hóc Môn). g.sh '200 (phần|suất) quà' -> 503, 519, 542, 602, 907 (Tháng Nhân đạo 2022 of another province), 983 — none Hóc Môn 2024. 606/407 are national Tháng Nhân đạo 2024 (786 tỷ đồng, 1,7 triệu người), another level."),
    # ---------------- 603: Hai Bà Trưng Tháng Nhân đạo 2023 ----------------
    ("603_9aa68f9b9708", "not_found",
     "Tại lễ phát động Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao 120 suất quà cho các hộ có hoàn cảnh khó khăn.",
     "603 has only a caption 'Trao tặng những suất quà ý nghĩa' with no count (figures: 160 năm, dates). g.sh '120 (suất|phần) quà' -> no hit; g.sh 'Hai Bà Trưng' -> 034, 109, 128 (30 suất quà Tết, Công đoàn Xây dựng VN, another event), 138, 139 — none on Tháng Nhân đạo."),
    # ---------------- 901: Công đoàn Điện lực VN, Tháng Công nhân 2024 ----------------
    ("901_623fc945bf8f", "not_found",
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024 của Công đoàn Điện lực Việt Nam có 500 đoàn viên, người lao động tham dự.",
     "901 only states '100% công đoàn cơ sở ... tổ chức ít nhất 1 hoạt động'; no attendance. g.sh '500 (đoàn viên|người)' -> 262, 547 ('hơn 500 đoàn viên thanh niên'), 671, 683, 968 — none EVN. g.sh 'Điện lực Việt Nam|ngành điện' -> 269, 822, 901, 1046, 1047 with no attendance count for this 2024 event."),
    # ---------------- 632: Hội LHPN tỉnh Gia Lai, 20/10/2025 ----------------
    ("632_799fddc98cfe", "not_found",
     "Sau sáp nhập tỉnh, Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 350.000 hội viên.",
     "632 gives no membership figure (only 95 năm, dates). g.sh '350.000' -> 232, 550, 1147, 1181 (money or targets of other bodies); g.sh 'Gia Lai' -> 646, 681, 745, 748, 765, 974 — none about Hội LHPN membership; g.sh '[0-9.]+ hội viên' -> 404, 621 (Vạn Ninh) only."),
]

rows = []
for page_id, verdict, claim, why in CLAIMS:
    assert verdict in ("supported", "differs", "not_found"), verdict
    row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
    assert not any(ch in x for x in row for ch in "\t\n\r\""), row
    rows.append(row)
rows.sort(key=lambda r: r[0])

with open("/work/unseen107/claims.tsv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    w.writerow(["page_id", "verdict", "claim", "why"])
    w.writerows(rows)

if __name__ == "__main__":
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    print(len(rows), dict(c), "pages:", len(pages), "max/page:", max(pages.values()))
