#!/usr/bin/env python3
"""Claim set for `ldtd check`, written blind to the checker.

Plain Python (csv + unicodedata only). Writes claims.tsv (NFC, sorted by page_id).
Greps referred to in `why` were run with ./g.sh over the 709 files in .corpus_files.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 054: Công đoàn ngành Xây dựng HN, hỗ trợ bão Yagi
    ("054_a5994481f9a4", D,
     "LĐLĐ thành phố Hà Nội đã quyết định hỗ trợ 195 đoàn viên Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do bão số 3 Yagi năm 2024.",
     "054: 'được LĐLĐ thành phố Hà Nội quyết định hỗ trợ 159 đoàn viên tại các Công đoàn cơ sở với tổng số tiền 352 triệu đồng' -> 159, not 195 (digits swapped). g.sh '195 (đoàn viên|người|trường hợp)' -> no hit."),
    ("054_a5994481f9a4", S,
     "Tổng số tiền Liên đoàn Lao động Thành phố hỗ trợ các đoàn viên ngành Xây dựng Hà Nội chịu ảnh hưởng bởi bão Yagi là hơn 350 triệu đồng.",
     "054: 'hỗ trợ 159 đoàn viên tại các Công đoàn cơ sở với tổng số tiền 352 triệu đồng' -> hơn 350 triệu ~ 352 triệu."),
    # ---- 055: Chương Mỹ, bão số 3
    ("055_96b8b5707383", D,
     "Theo LĐLĐ huyện Chương Mỹ, cơn bão số 3 đã làm 5.885 hộ dân trên địa bàn huyện bị ảnh hưởng.",
     "055: Chủ tịch LĐLĐ huyện Chương Mỹ: 'có 4.885 hộ dân bị ảnh hưởng; có 22.161 nhân khẩu bị ảnh hưởng' -> 4.885, not 5.885. g.sh '5\\.?885' -> no hit."),
    ("055_96b8b5707383", N,
     "Bão số 3 đã làm ngập úng khoảng 1.200 ha lúa và hoa màu của người dân huyện Chương Mỹ.",
     "055 counts deaths (1), injured (1), 'hộ dân bị ảnh hưởng' (4.885), 'nhân khẩu' (22.161), 'hộ đoàn viên' (~200), money (1 tỷ) - no hectares of crops. g.sh 'Chương Mỹ.{0,200}ha|ha .{0,100}Chương Mỹ' -> only 711 (a personnel decision); other Chương Mỹ pages (051, 109, 126, 180, 282) are about Mái ấm, accidents, thi đua - no crop area."),
    # ---- 079: Đảng bộ Tổng LĐLĐ VN
    ("079_e6ebd6fda2ad", D,
     "Tại Đại hội Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I (nhiệm kỳ 2025-2030), đã có 25 người được chỉ định vào Ban Chấp hành Đảng bộ.",
     "079: 'Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người, còn khuyết 8-12 người' -> 21 appointed, not 25. g.sh 'chỉ định (25|21)' -> only 079's 21."),
    # ---- 1065: Công đoàn Xây dựng HN biểu dương 2015-2020
    ("1065_3abb01f9920f", D,
     "Giai đoạn 2015 - 2020, ngành Xây dựng Hà Nội có 8 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
     "1065: 'Trong giai đoạn 2015 - 2020 ... 5 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc' -> 5, not 8. g.sh 'Chiến sĩ thi đua toàn quốc' -> only 1065. (15 = CSTĐ cấp thành phố, a different title.)"),
    ("1065_3abb01f9920f", S,
     "Biểu dương điển hình tiên tiến giai đoạn 2015-2020, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng tám mươi 'Công nhân giỏi' cấp ngành.",
     "1065: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020' -> tám mươi = 80."),
    # ---- 1125: Điện lực Đất Đỏ
    ("1125_5e323181d7fd", N,
     "Công đoàn Công ty Điện lực Đất Đỏ hiện có 210 đoàn viên.",
     "1125 counts only money ('tổng số tiền 55 triệu đồng') and cases ('4 trường hợp cán bộ công nhân viên và thân nhân'); no membership count. g.sh 'Đất Đỏ' -> only 1125 and 520 (a Mái ấm house in huyện Đất Đỏ, no union membership)."),
    # ---- 1149: Tết Nhân ái Huế 2026
    ("1149_4424f78738f5", D,
     "Chương trình 'Tết Nhân ái' Xuân Bính Ngọ 2026 tại TP Huế đã trao tặng 1.500 suất quà Tết cho các hộ có hoàn cảnh khó khăn.",
     "1149: 'Chương trình \u201cTết Nhân ái\u201d Xuân Bính Ngọ năm 2026 trao tặng 1.000 suất quà Tết ... tổng giá trị 1 tỷ đồng' -> 1.000, not 1.500. g.sh '1\\.500 suất|1500 suất' -> no hit; other 'Tết Nhân ái' pages: 608 (8 nghìn suất, Giáp Thìn 2024, a province), 681 (60.750 suất, tỉnh Gia Lai) - other places/editions."),
    ("1149_4424f78738f5", S,
     "Mỗi suất quà của chương trình 'Tết Nhân ái' năm 2026 ở Huế gồm 600 nghìn đồng tiền mặt cùng quà Tết.",
     "1149: 'Mỗi suất quà trị giá 1.000.000 đồng, gồm 600.000 đồng tiền mặt và 400.000 đồng quà Tết' -> 600 nghìn = 600.000."),
    # ---- 1181: Trung thu 2022 TPHCM
    ("1181_5c58fd030683", D,
     "Trong chương trình 'Đêm trăng ấm áp' dịp Trung thu 2022, Liên đoàn Lao động quận 1 (TPHCM) đã trao 460 phần quà cho con công nhân lao động và trẻ mồ côi khó khăn.",
     "1181: 'Liên đoàn Lao động quận 1 tổ chức chương trình \u201cĐêm trăng ấm áp\u201d, trao 640 phần quà đến con công nhân lao động, trẻ mồ côi hoàn cảnh khó khăn (350.000 đồng/phần)' -> 640, not 460. g.sh '460 phần' -> no hit."),
    ("1181_5c58fd030683", S,
     "Chương trình 'Trung thu yêu thương' năm 2022 của Công đoàn các Khu chế xuất - Khu công nghiệp TPHCM dành cho 600 cháu là con công nhân làm việc tại các KCN.",
     "1181: 'Công đoàn các KCX-KCN TPHCM tổ chức chương trình \u201cTrung thu yêu thương\u201d cho 600 con công nhân đang làm việc tại các KCN' -> 600."),
    # ---- 118: Công đoàn ngành Y tế HN 2019
    ("118_adf4ffe4e353", D,
     "Hội thi tuyên truyền đổi mới phong cách, thái độ phục vụ của cán bộ ngành Y tế Hà Nội năm 2019 đã thu hút 27 đội tham gia.",
     "118: 'Hội thi thu hút 37 đội tham gia đến từ các đơn vị Bệnh viện, Trung tâm y tế ... với gần 600 thí sinh tham gia' -> 37, not 27. g.sh '27 đội' -> no hit."),
    ("118_adf4ffe4e353", N,
     "Tại Hội thi tuyên truyền 'Cán bộ ngành Y tế đổi mới phong cách, thái độ phục vụ' năm 2019, Ban tổ chức đã trao 12 giải cho các đội thi của ngành Y tế Hà Nội.",
     "118 counts teams (37 đội) and contestants (gần 600 thí sinh) but not prizes: 'Giải nhất thuộc về Bệnh viện Đa khoa Xanh Pôn, Ban tổ chức cũng đã trao giải Nhì, Ba, khuyến khích và Chuyên đề' (no number). g.sh '12 giải' -> no hit; g.sh 'Hội thi tuyên truyền|đổi mới phong cách' -> also seed 001 (Công đoàn Y tế Việt Nam chung kết, another organisation, no prize count)."),
    # ---- 181: LĐLĐ huyện Sóc Sơn 2022
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký 350 sáng kiến hưởng ứng Chương trình '1 triệu sáng kiến'.",
     "181 names the campaign ('Chương trình 1 triệu sáng kiến', 'phong trào ... được tập trung thành 2 đợt') but counts no initiatives. g.sh 'Sóc Sơn.{0,200}sáng kiến|sáng kiến.{0,200}Sóc Sơn' -> seed 002 only lists Sóc Sơn among districts with a high share of initiatives (no number), 180 is a teaser headline."),
    # ---- 230: Người tốt việc tốt ngành Y tế HN 2016
    ("230_159bdf0d0f39", D,
     "Năm 2016, có 1.656 cá nhân tiêu biểu được ngành Y tế Hà Nội công nhận danh hiệu 'Người tốt, việc tốt'.",
     "230: 'có 1.566 cá nhân tiêu biểu được ngành y tế công nhận \u201cNgười tốt, việc tốt\u201d' -> 1.566, not 1.656. g.sh '1\\.656|1656' -> no hit."),
    ("230_159bdf0d0f39", S,
     "Trong phong trào 'Người tốt, việc tốt' năm 2016, gần 17.800 cá nhân của ngành Y tế Thủ đô đã được các đơn vị biểu dương, khen thưởng.",
     "230: 'Ngành Y tế Hà Nội có 17.774 cá nhân trong số hơn 23.000 cán bộ đã được các đơn vị trong ngành biểu dương, khen thưởng' -> gần 17.800 ~ 17.774."),
    # ---- 244: CĐ cơ quan Dân Đảng Thanh Trì
    ("244_3f16c38c7f90", D,
     "Đại hội Công đoàn cơ quan Dân - Đảng huyện Thanh Trì nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành khóa mới gồm chín đồng chí.",
     "244: 'Đại hội đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí, bầu 1 đại biểu đi dự Đại hội Công đoàn huyện Thanh Trì' -> 7, not 9. g.sh 'Dân ?- ?Đảng' -> only 244 is Thanh Trì (272 is Phúc Thọ, no BCH); g.sh '(9|chín) đồng chí' -> other bodies only (578 Đoàn Chủ tịch, 805 Đống Đa, 808 Thành Đoàn...)."),
    # ---- 286: thu nhập CNLĐ Hà Nội
    ("286_3ffc37599066", N,
     "Năm 2015, tiền lương bình quân của người lao động Hà Nội đạt 4,5 triệu đồng/người/tháng.",
     "286 states only two years: 'tiền lương bình quân năm 2008 của người lao động trên 2 triệu đồng/người/tháng, đến năm 2023 đã tăng lên mức 6,5 triệu đồng/người/tháng' - 2015 is not counted (another year). g.sh 'tiền lương bình quân|lương bình quân' -> 286 and 1211 (ngành Y tế, 4,8 triệu); g.sh 'thu nhập bình quân...(2015..2020)' -> 1168 only (another sector/province, 3.700.000)."),
    # ---- 307: Đại hội Công đoàn TP Hà Nội XVII
    ("307_af41b81b9229", D,
     "Đại hội Công đoàn TP Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có 525 đại biểu chính thức về dự.",
     "307: 'tham dự Đại hội có 545/550 đại biểu chính thức' -> 545 attending (550 summoned), not 525. g.sh '525 đại biểu' -> no hit; g.sh '5[0-9]{2}(/5[0-9]{2})? đại biểu' -> 092 (Đại hội XVI, 550), 288 (Đại hội XVIII, 548), 242 (546, 2018), 812 (Đảng bộ) - other editions/bodies."),
    # ---- 318: Thanh niên tình nguyện hè 2015 Hà Nội
    ("318_26cc55c81cb4", S,
     "Chiến dịch mùa hè Thanh niên tình nguyện năm 2015 do Thành đoàn Hà Nội phát động có hơn 50 nghìn lượt người tham gia.",
     "318: headline 'Hơn 50.000 người tham gia chiến dịch mùa hè Thanh niên tình nguyện' and body 'có sự tham gia của 50 nghìn lượt người' -> 50 nghìn."),
    # ---- 319: Công an TP Hà Nội đợt cao điểm
    ("319_7f30ae237edf", N,
     "Công an TP Hà Nội đã huy động 3.000 cán bộ, chiến sĩ ra quân trong đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán Bính Ngọ.",
     "319 counts target groups ('7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể') and a plan number ('Kế hoạch số 416'), not officers. g.sh 'Công an.{0,150}[0-9.]+ (cán bộ|chiến sĩ|CBCS)' -> no hit."),
    # ---- 330: LĐLĐ TP Hà Nội thăm công nhân bị TNLĐ
    ("330_366ec9c69fea", S,
     "Anh Hoàng Xuân Lộc, công nhân Công ty Cổ phần Xích líp Đông Anh, bị tai nạn lao động với tỷ lệ thương tật 51%.",
     "330: 'anh Hoàng Xuân Lộc (bị tai nạn lao động, tỷ lệ thương tật 51%)' -> 51%. (41% is the other worker, anh Nghiêm Mạnh Hoành.)"),
    # ---- 335: LĐLĐ huyện Ứng Hòa, Tết Tân Sửu
    ("335_f1e4aebb2913", D,
     "Tổng trị giá số quà Tết Tân Sửu mà Liên đoàn Lao động huyện Ứng Hòa trao cho công nhân lao động, đoàn viên khó khăn là 112 triệu đồng.",
     "335: 'đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng' -> 121 triệu, not 112 triệu. g.sh '112 triệu|112\\.000\\.000' -> no hit."),
    # ---- 360: Vì người nghèo / Cứu trợ Hà Nội 2024
    ("360_7ce4c52c2f43", S,
     "Năm 2024, từ nguồn Quỹ 'Cứu trợ', Hà Nội đã trao hỗ trợ xây mới, sửa chữa nhà khắc phục hậu quả bão lũ với tổng số tiền khoảng 13,4 tỷ đồng.",
     "360: 'Trao hỗ trợ khắc phục hậu quả bão, lũ trên địa bàn Thành phố gồm 29 nhà xây mới, 251 nhà sửa chữa từ nguồn Quỹ \u201cCứu trợ\u201d với tổng số tiền 13 tỷ 355 triệu đồng' -> khoảng 13,4 tỷ ~ 13,355 tỷ."),
    # ---- 474: Công đoàn Ngành Giáo dục Hậu Giang
    ("474_7fd340fb34bb", N,
     "Trong năm 2020, Công đoàn Ngành Giáo dục tỉnh Hậu Giang đã chăm lo, thăm hỏi cho 1.200 đoàn viên, nhà giáo có hoàn cảnh khó khăn.",
     "474 only says the 2020 results were reported ('được nghe báo cáo kết quả chăm lo của Công đoàn Ngành Giáo dục trong năm 2020') without a number; its counts are the Tết 2021 gifts ('31 suất hỗ trợ, mỗi suất 500.000 đồng') and '5.000.000 đồng' for a Him Lam member. g.sh 'Hậu Giang' -> other pages are MTTQ/Đoàn/Khmer (589, 623, 926, 1242), no education-union count."),
    # ---- 498: LĐLĐ tỉnh, Tháng Công nhân 2024
    ("498_e3e307654093", D,
     "Tại Lễ phát động Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã trao bảng tượng trưng nhà 'Mái ấm Công đoàn' với tổng trị giá 780 triệu đồng cho đoàn viên khó khăn về nhà ở.",
     "498: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở' -> 870, not 780. g.sh '780 triệu' -> no hit. (Page never names the province.)"),
    ("498_e3e307654093", S,
     "Tại Lễ phát động Tháng Hành động về ATVSLĐ và Tháng Công nhân năm 2024, Ban Thường vụ Liên đoàn Lao động tỉnh đã tặng 106 suất quà cho đoàn viên, người lao động mắc bệnh hiểm nghèo, bị tai nạn lao động.",
     "498: 'Ban Thường vụ LĐLĐ tỉnh đã tặng 106 phần quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn do mắc bệnh hiểm nghèo, tai nạn lao động, bệnh nghề nghiệp ... với tổng số tiền 88 triệu đồng' -> 106."),
    # ---- 581: Chu Ngọc Anh tái đắc cử
    ("581_94f251acdd8a", D,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 93,62% đại biểu có mặt tán thành.",
     "581: 'với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'; 352 same: 'số phiếu 92/94 (chiếm 97,87%)' -> 97,87%, not 93,62%. g.sh '93,62' -> no hit."),
    # ---- 601: Chợ Tết Công đoàn trực tuyến xuân 2026
    ("601_191d90e3f2ed", D,
     "Chương trình 'Chợ Tết Công đoàn - Xuân 2026' trực tuyến của Tổng LĐLĐ Việt Nam sẽ hỗ trợ 250.000 đoàn viên, người lao động.",
     "601: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng'; 687 and 700 also say 200.000 -> not 250.000. g.sh '250\\.000 (đoàn viên|người)|250 nghìn' -> only 762 (a 250 nghìn voucher value, another event)."),
    ("601_191d90e3f2ed", S,
     "Mỗi đoàn viên tham gia Chợ Tết Công đoàn trực tuyến xuân 2026 được Tổng Liên đoàn Lao động Việt Nam hỗ trợ 500 nghìn đồng.",
     "601: '(500.000 đồng/người)'; also 687 'mức hỗ trợ là 500.000 đồng/người', 700 'hỗ trợ 500.000 đồng/người' -> 500 nghìn."),
    # ---- 644: Tháng Thanh niên 2024 TPHCM
    ("644_ae27624899b9", S,
     "Thành đoàn TP Hồ Chí Minh ra quân Chương trình 'Trí thức khoa học trẻ tình nguyện' lần thứ 15 năm 2024 với 30 đội hình trí thức trẻ.",
     "644: 'ra quân Chương trình \u201cTrí thức khoa học trẻ tình nguyện Thành phố Hồ Chí Minh\u201d lần thứ 15 - năm 2024 với 30 đội hình trí thức trẻ tình nguyện' -> 30."),
    # ---- 713: Đại hội MTTQ VN TP Hà Nội XVIII
    ("713_880c4651b9b8", D,
     "Tại phiên thứ nhất Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, các đại biểu đã hiệp thương thông qua Đoàn Chủ tịch Đại hội gồm 19 vị.",
     "713: 'hiệp thương thông qua danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị' -> 17, not 19. g.sh '(17|19) vị' -> only 713's 17."),
    ("713_880c4651b9b8", N,
     "Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029 đã hiệp thương cử 155 vị vào Ủy ban MTTQ Việt Nam thành phố khóa mới.",
     "713 counts delegates (363 đại biểu chính thức), Đoàn Chủ tịch (17), Đoàn Thư ký (2); no committee size. 712 (same congress, phiên trọng thể) counts '6 chương trình hành động; 3 khâu đột phá' only. g.sh 'Ủy ban MTTQ Việt Nam (TP|thành phố) Hà Nội.{0,150}[0-9]+ (vị|người|ủy viên)' -> no hit."),
    # ---- 743: Đại hội Công đoàn Khánh Hòa khóa X
    ("743_3d782a035b00", D,
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành gồm 35 ủy viên.",
     "743: 'Đại hội đã bầu Ban chấp hành Công đoàn tỉnh Khánh Hòa gồm 38 vị' -> 38, not 35. g.sh '35 (vị|ủy viên|đồng chí)' -> 348 (Đảng bộ Sóc Sơn), 1089 (Hội Nông dân Tiền Giang) only; g.sh 'Khánh Hòa' -> no other union congress."),
    ("743_3d782a035b00", S,
     "Các đại biểu dự Đại hội Công đoàn tỉnh Khánh Hòa khóa X (nhiệm kỳ 2018-2023) đại diện cho khoảng 94 nghìn đoàn viên.",
     "743: 'với trên 300 đại biểu đại diện cho 94.000 đoàn viên của 1.599 công đoàn cơ sở trực thuộc' -> khoảng 94 nghìn = 94.000 đoàn viên."),
    # ---- 824: Phát động Tháng ATVSLĐ 2022, quận 3
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình tổ chức có 400 công nhân tham dự.",
     "824 gives date, place (dự án Khu phức hợp Sóng Việt Lô 1-17), theme - no participant count ('tập thể CBCNV Hòa Bình đã cùng hưởng ứng' without a number). g.sh 'quận 3' -> 824 and 545 (Hội LHPN Quận 3, another event); g.sh 'Hòa Bình.{0,100}(công nhân|CBCNV)|Sóng Việt' -> only 824, no number."),
    # ---- 928: Đảng bộ phường Đức Nhuận
    ("928_03148da43800", D,
     "Trong đợt trao Huy hiệu Đảng 3-2-2026, phường Đức Nhuận (TPHCM) có 14 đảng viên được nhận Huy hiệu Đảng.",
     "928: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng' -> 41, not 14. g.sh 'Đức Nhuận' -> only 928."),
    # ---- 941: Tháng Thanh niên 2021, Tuy Phước
    ("941_b32ebfdb5342", N,
     "Trong các hoạt động khởi động Tháng Thanh niên 2021, đoàn viên thanh niên huyện Tuy Phước đã bóc, xóa 1.500 quảng cáo rao vặt sai quy định.",
     "941 counts trees ('trồng 90 cây'), ĐVTN at the tree planting ('30 ĐVTN') and participants ('hơn 500 lượt ĐVTN tham gia') - the ads removed are not counted ('bóc, xóa quảng cáo rao vặt sai quy định,…'). g.sh 'Tuy Phước|quảng cáo rao vặt' -> only 941."),
    # ---- 964: Công đoàn phường An Hội Tây
    ("964_0f6571f76771", S,
     "Công đoàn phường An Hội Tây (TP HCM) hiện đang quản lý 142 công đoàn cơ sở.",
     "964: 'Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên' -> 142."),
    # ---- 1042: Công đoàn ngành Giáo dục Hà Nội
    ("1042_fe924796bfeb", N,
     "Trong thời gian dịch Covid-19, Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ 1.200 nhà giáo có hoàn cảnh khó khăn.",
     "1042 says support happened without a number ('việc động viên, hỗ trợ cho các nhà trường và nhà giáo khó khăn được thực hiện kịp thời'); its counts are CĐCS (183 = 125 + 58) and 'hơn 11.800 đoàn viên'. g.sh 'covid' + giáo/trường -> no count; nearest, 233: 'ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên' is Tết Quý Mão 2023 gifts (another occasion), 233 '4 nhà giáo mắc bệnh hiểm nghèo' likewise."),
]

def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), "claims", counts, len(per_page), "pages")

if __name__ == "__main__":
    main()
