#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd check test set unseen146."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 006 Công đoàn Cơ quan LĐLĐ TP Hà Nội, Đại hội VII 2023-2028
    ("006_5c0bf85368cc", S,
     "Đại hội Công đoàn Cơ quan LĐLĐ Thành phố Hà Nội nhiệm kỳ 2023 - 2028 có 99 đại biểu chính thức tham dự.",
     "006_5c0bf85368cc: \"dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố\" (Đại hội lần thứ VII, nhiệm kỳ 2023 - 2028)."),
    ("006_5c0bf85368cc", D,
     "Các đại biểu dự Đại hội Công đoàn Cơ quan Liên đoàn Lao động TP Hà Nội lần thứ VII đại diện cho hơn 700 đoàn viên của cơ quan.",
     "006_5c0bf85368cc: \"99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố\"; 523 vs hơn 700. g.sh '523|532|700 đoàn viên' -> only 006 (523) and 451 ('130.700 đoàn viên', other thing)."),
    # ---------------- 087 Túi an sinh Công đoàn, Hà Nội, 2021
    ("087_5e1e5cd817ad", S,
     "Trong thời gian giãn cách vì Covid-19 năm 2021, các cấp Công đoàn Thủ đô đã trao \"Túi an sinh Công đoàn\" cho khoảng 19 nghìn đoàn viên, người lao động khó khăn.",
     "087_5e1e5cd817ad (2021-08): \"các cấp Công đoàn TP Hà Nội ... hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ gặp khó khăn\"."),
    ("087_5e1e5cd817ad", D,
     "Tổng trị giá số Túi an sinh Công đoàn mà các cấp công đoàn TP Hà Nội hỗ trợ người lao động gặp khó khăn do Covid-19 năm 2021 là hơn 5 tỷ đồng.",
     "087_5e1e5cd817ad: \"hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ ... với tổng số tiền gần 3,8 tỉ đồng\"; gần 3,8 vs hơn 5 tỷ. g.sh '5 t[ỉỷ] đồng.{0,60}(túi|an sinh)|(túi|an sinh).{0,100}5 t[ỉỷ]' -> nothing."),
    # ---------------- 102 Tết Sum vầy 9 mùa
    ("102_19f84bdab62b", D,
     "Qua 9 mùa \"Tết Sum vầy\" từ 2015 đến 2024, khoảng 20 triệu lượt người lao động có hoàn cảnh khó khăn đã được công đoàn các cấp trao quà.",
     "102_19f84bdab62b: \"qua 9 mùa tết từ năm 2015 đến năm 2024 ... trong đó 26,2 triệu lượt người có hoàn cảnh khó khăn được nhận quà\"; 26,2 vs khoảng 20 triệu. g.sh '20 triệu lượt' -> nothing; 161_e0c324a85eb1 '1,8 triệu lượt ... được tặng quà' is one single Tết, not the 9-season total."),
    # ---------------- 106 Giải thưởng Nguyễn Đức Cảnh lần III 2018
    ("106_0e5457770e83", D,
     "Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018 của Tổng LĐLĐ Việt Nam đã tôn vinh 80 đoàn viên, công nhân lao động có thành tích đặc biệt xuất sắc.",
     "106_0e5457770e83: \"lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ III, năm 2018 ... tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc\"; 70 vs 80. g.sh 'Giải thưởng Nguyễn Đức Cảnh': lần IV 2023 = 167 công nhân (166_d63b4e4370c0), no 80 anywhere for the prize."),
    ("106_0e5457770e83", N,
     "Giải thưởng Nguyễn Đức Cảnh lần thứ II năm 2013 được trao cho 50 công nhân lao động tiêu biểu trên cả nước.",
     "g.sh 'Giải thưởng Nguyễn Đức Cảnh' and 'Nguyễn Đức Cảnh lần thứ': only lần III 2018 (106: 70 người) and lần IV 2023 (166: 167 công nhân; 043: 9 of Hà Nội; 168: Quảng Nam 1); 1065 '2 cá nhân được giải thưởng Nguyễn Đức Cảnh giai đoạn 2013 – 2018' is one unit's count. No edition II / 2013 total in corpus."),
    # ---------------- 1106 LĐLĐ quận Hoàng Mai quà cho con đoàn viên 2022
    ("1106_4851ef217f85", S,
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai đã trao bảy mươi lăm suất quà cho con đoàn viên, người lao động khó khăn.",
     "1106_4851ef217f85 (21/06/2022): \"Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng\" (quận Hoàng Mai, Hà Nội). Note 542 has 'LĐLĐ thị xã Hoàng Mai tặng 75 suất quà' (Nghệ An, other org) - same value anyway."),
    # ---------------- 1211 Công đoàn ngành Y tế Thanh Hóa, Đại hội XVIII 2017-2022
    ("1211_28597f193f57", S,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022, đã bầu Ban Chấp hành gồm 17 người.",
     "1211_28597f193f57: \"Đại hội cũng đã bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí\"."),
    ("1211_28597f193f57", D,
     "Các đại biểu dự Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII đại diện cho khoảng 9 nghìn công nhân viên chức lao động toàn ngành.",
     "1211_28597f193f57: \"176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế\"; hơn 12 nghìn vs khoảng 9 nghìn. g.sh '9 nghìn|9[.]000 (công nhân|CNVC)' -> nothing."),
    # ---------------- 128 Công đoàn Xây dựng VN tặng quà công nhân môi trường
    ("128_4d3aad482add", D,
     "Chủ tịch Công đoàn Xây dựng Việt Nam đã trao năm mươi suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng, Công ty TNHH MTV Môi trường đô thị Hà Nội dịp Tết.",
     "128_4d3aad482add: \"dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng\"; 30 vs 50. g.sh '(năm mươi|50) suất quà' -> only 518 (Đoàn Thanh niên), 642 (Hội An): other organisations."),
    # ---------------- 231 Thưởng Tết Hà Nội 2017
    ("231_b2be7997f474", D,
     "Tết Nguyên đán 2017, mức thưởng cao nhất ở Hà Nội thuộc về một doanh nghiệp dân doanh với 47,5 triệu đồng/người.",
     "231_b2be7997f474 (2017-03): \"thưởng Tết âm lịch cao nhất trên địa bàn thuộc về một doanh nghiệp thuộc khối dân doanh với 74,5 triệu đồng một người\"; 74,5 vs 47,5 (digits swapped). g.sh '47,5' -> nothing."),
    ("231_b2be7997f474", N,
     "Năm 2017, mức thưởng Tết dương lịch bình quân của khối doanh nghiệp dân doanh tại Hà Nội là 1,2 triệu đồng/người.",
     "231 gives for Tết dương lịch only the highest levels (\"Mức thưởng Tết dương lịch cao nhất của khối dân doanh là 3,5 triệu đồng\"); its averages (3,74 / 3,71 / 3,17 / 3,15 triệu) are for Tết âm lịch. g.sh 'thưởng Tết dương lịch' -> 231 (cao nhất) and 885 (cao nhất 990 triệu, other year); g.sh 'thưởng Tết.{0,80}bình quân|bình quân.{0,80}thưởng Tết' -> 163 (Tết Nguyên đán, other year), 231 (âm lịch). g.sh '1,2 triệu đồng' -> nothing."),
    # ---------------- 247 Đại hội Công đoàn VN XII 2018
    ("247_9bb00526265c", D,
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII, nhiệm kỳ 2018-2023, đã bầu Đoàn Chủ tịch gồm hai mươi lăm ủy viên.",
     "247_9bb00526265c: \"Ban chấp hành khóa 12 cũng đã bầu ra Đoàn Chủ tịch với 22 Ủy viên\"; 101_3f31a6e4a441 agrees: \"Đoàn Chủ tịch gồm 22 Ủy viên\". 22 vs 25. g.sh '25 (Ủy|ủy) viên' -> nothing."),
    ("247_9bb00526265c", N,
     "Đại hội Công đoàn Việt Nam lần thứ XII đã bầu Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam khóa XII gồm 15 ủy viên.",
     "247 only says \"bầu ra Chủ nhiệm và 2 Phó Chủ nhiệm Uỷ ban Kiểm tra nhiệm kỳ 2018-2023\" (not the committee size). g.sh '(Ủy|Uỷ) ban Kiểm tra.{0,60}(gồm|có|với) [0-9]+' -> 570 (UBKT LĐLĐ thành phố 8 ủy viên), 572 (UBKT LĐLĐ TP.HCM 15 thành viên: other organisation), 808 (Thành Đoàn), 887 (Huyện ủy); 1242 (bầu bổ sung 2 ủy viên UBKT Tổng LĐLĐ) is a by-election, not the size."),
    # ---------------- 254 Công đoàn ngành NN&PTNT Hà Nội, nhiệm kỳ 2013-2018
    ("254_698c53174ce4", D,
     "Trong nhiệm kỳ 2013 - 2018, Công đoàn ngành Nông nghiệp và PTNT Hà Nội quản lý 51 công đoàn cơ sở.",
     "254_698c53174ce4: \"nhiệm kỳ (2013 – 2018) ... hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước\"; 41 vs 51. g.sh '51 (CĐCS|công đoàn)' -> nothing; 023 '30/30 Công đoàn cơ sở' is 2023 (other term)."),
    ("254_698c53174ce4", N,
     "Đại hội Công đoàn ngành NN&PTNT Hà Nội lần thứ V, nhiệm kỳ 2018 - 2023, có 128 đại biểu chính thức dự.",
     "204_781975f239f1 (Đại hội lần thứ V, 2018-2023) names guests but gives no delegate count; 254 has none either. The 128 is from 023_e0590f1ed7e4: \"128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI\" (the next edition, 2023-2028) -> another edition, so not_found (not differs)."),
    # ---------------- 295 Trợ cấp thất nghiệp Hà Nội 2020
    ("295_936027b8bfb1", D,
     "Trong tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội đã tiếp nhận 17.100 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1 (2020-06): \"trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp\"; 11.700 vs 17.100. g.sh '11[.]700|17[.]100|hồ sơ đề nghị hưởng trợ cấp thất nghiệp' -> only 295 (11.700)."),
    ("295_936027b8bfb1", N,
     "Trong tháng 4/2020, Trung tâm Dịch vụ việc làm Hà Nội tiếp nhận khoảng 9.000 hồ sơ hưởng trợ cấp thất nghiệp.",
     "295 gives tháng 5 (11.700) and nửa đầu tháng 6 (5.544 hồ sơ; 6.396 người có quyết định hưởng); no April figure. g.sh 'tháng 4.{0,80}trợ cấp thất nghiệp|trợ cấp thất nghiệp.{0,80}tháng 4' -> nothing; g.sh 'trợ cấp thất nghiệp|BHTN' -> only 295; '9[.]000 hồ sơ' -> nothing."),
    # ---------------- 456 Mái ấm Công đoàn, LĐLĐ tỉnh (baoapbac.vn), 2017
    ("456_3f33960fbf03", S,
     "Trong Tháng Công nhân năm 2017, Liên đoàn Lao động tỉnh đã trao ba mươi mốt căn nhà Mái ấm Công đoàn cho công đoàn viên khó khăn về nhà ở.",
     "456_3f33960fbf03 (25/05/2017): \"trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí hỗ trợ ... gần 1 tỷ đồng\". Province not named in the text (outlet baoapbac.vn, huyện Châu Thành)."),
    # ---------------- 458 Tết Sum vầy - Xuân ơn Đảng, KCN Lương Sơn 2026
    ("458_f1b00474d974", D,
     "Tại chương trình \"Tết Sum vầy - Xuân ơn Đảng\" 2026 ở KCN Lương Sơn, gần 800 đoàn viên, người lao động được LĐLĐ tỉnh hỗ trợ tiền chuyển thẳng vào tài khoản cá nhân.",
     "458_f1b00474d974 (2026-01-25): \"576 đoàn viên, người lao động được hỗ trợ 1 triệu đồng/người, chuyển trực tiếp vào tài khoản cá nhân\"; 576 vs gần 800. g.sh '576|Lương Sơn' and '800 đoàn viên|800 người lao động' -> no 800 for this (666 '8.800 đoàn viên mới', 733 '562/800 đoàn viên', 1042, 1182: other things)."),
    ("458_f1b00474d974", N,
     "Chợ Tết Công đoàn - Xuân 2026 tại KCN Lương Sơn (khu vực Hòa Bình) có 60 gian hàng phục vụ công nhân lao động.",
     "458 counts phiếu/voucher (500 + 500) and people (576, 100) but no stalls (only caption 'tại các gian hàng'). g.sh 'gian hàng': Chợ Tết Công đoàn 2026 stall counts are for Hà Nội (276 'hơn 70', 504/107 '50') and Đà Nẵng (543 '70-80', '20-30'), 2023/2024 editions (262 72, 310 124, 761, 795) - other places/years. '60 gian hàng' -> nothing."),
    # ---------------- 468 Tháng cao điểm vì người nghèo Hà Nội 2023
    ("468_d8dfb9c601c1", S,
     "Theo kết quả rà soát chuẩn nghèo đa chiều năm 2023, Hà Nội vẫn còn trên 2.100 hộ nghèo.",
     "468_d8dfb9c601c1: \"Kết quả rà soát theo chuẩn nghèo đa chiều, Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095%\" (Tháng cao điểm năm 2023)."),
    ("468_d8dfb9c601c1", D,
     "Tại lễ phát động Tháng cao điểm vì người nghèo năm 2023, Hà Nội trao hỗ trợ khoảng 250 căn nhà đại đoàn kết cho người nghèo.",
     "468_d8dfb9c601c1: \"trao hỗ trợ an cư và tạo sinh kế trị giá gần 11 tỷ đồng cho người nghèo, gồm: 185 căn nhà đại đoàn kết\"; 185 vs khoảng 250. g.sh 'nhà đại đoàn kết' -> 360 (714 nhà, năm 2024 whole programme), 497 (5 nhà, other); '250 căn|250 nhà' -> nothing."),
    # ---------------- 470 Mùa hè tình nguyện TP.HCM 2023
    ("470_5bd73e63f016", D,
     "Mùa hè tình nguyện năm 2023 của Thành đoàn TP Hồ Chí Minh dự kiến thu hút khoảng nửa triệu lượt thanh niên, người dân tham gia.",
     "470_5bd73e63f016: \"Mùa hè tình nguyện năm 2023 ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia\"; hơn 700.000 vs khoảng 500.000. g.sh '500[.]000 lượt|500 nghìn lượt|nửa triệu' -> nothing."),
    # ---------------- 500 LĐLĐ tỉnh Phú Thọ Tết 2026
    ("500_0dbef860aab7", S,
     "Dịp Tết Bính Ngọ 2026, Liên đoàn Lao động tỉnh Phú Thọ trao tặng gần 22 nghìn suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.",
     "500_0dbef860aab7 (2026-01-24, trụ sở Công đoàn KCN khu vực Phú Thọ): \"trao tặng 21.900 suất quà cho đoàn viên, công nhân lao động hoàn cảnh khó khăn, trị giá 1 triệu đồng/suất\"."),
    ("500_0dbef860aab7", D,
     "Chăm lo Tết Bính Ngọ 2026, LĐLĐ tỉnh Phú Thọ tặng 10.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết.",
     "500_0dbef860aab7: \"tặng 15.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết, tổng kinh phí 4,5 tỷ đồng\"; 15.000 vs 10.000. g.sh 'vé xe' -> 466 (1.794 công nhân, LĐLĐ quận), 646 (2.200 vé, Đồng Nai): other orgs; '10[.]000 vé' -> nothing."),
    # ---------------- 502 Công đoàn ngành Y tế Hà Nội, Một triệu sáng kiến giai đoạn 2
    ("502_212b66a603d0", S,
     "Tổng tiền thưởng Công đoàn ngành Y tế Hà Nội trao cho các tập thể, cá nhân xuất sắc ở giai đoạn 2 chương trình \"Một triệu sáng kiến\" là trên 104 triệu đồng.",
     "502_212b66a603d0: \"trao khen thưởng giai đoạn 2 của chương trình 'Một triệu sáng kiến ...' ... mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân, tổng số tiền thưởng là hơn 104 triệu đồng\"."),
    ("502_212b66a603d0", N,
     "Ở giai đoạn 1 chương trình \"Một triệu sáng kiến\", Công đoàn ngành Y tế Hà Nội đã khen thưởng 60 tập thể có thành tích xuất sắc.",
     "502 only gives giai đoạn 2 (83 tập thể, 157 cá nhân; 15 + 15 đại diện). g.sh '(Một|1) triệu sáng kiến.{0,200}(tập thể|cá nhân)|giai đoạn 1.{0,100}sáng kiến' -> only 502; seeds 000/002/003 mention the programme without Y tế Hà Nội counts; '60 tập thể' -> nothing. Another phase -> not_found."),
    # ---------------- 545 Hội LHPN Quận 3 2024
    ("545_555e3ee7ac16", D,
     "Hội thi ảnh đẹp \"Khoảnh khắc của cuộc sống\" do Hội Liên hiệp Phụ nữ Quận 3 tổ chức đã thu hút hơn 1.000 tác phẩm dự thi.",
     "545_555e3ee7ac16: \"tổ chức hội thi ảnh đẹp 'Khoảnh khắc của cuộc sống' với hơn 600 tác phẩm dự thi\"; hơn 600 vs hơn 1.000. g.sh 'tác phẩm dự thi|Khoảnh khắc' -> only 545; '1[.]000 tác phẩm' -> nothing."),
    # ---------------- 551 Hà Nội phát động Tháng Công nhân 2024
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2024 ở Hà Nội, 300 công nhân lao động được khám sức khỏe miễn phí.",
     "551_de5cd76ae6d9 (19/04/2024): \"200 công nhân lao động được khám sức khỏe miễn phí\" (body; caption also '200 công nhân'); 200 vs 300. g.sh '300 công nhân.{0,40}khám|khám.{0,60}300' -> nothing; 220 (same event) gives no count."),
    # ---------------- 593 Đại hội phụ nữ Hà Nội XVI 2021-2026
    ("593_fe8e59aadb97", D,
     "Tại phiên trù bị, Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026, đã bầu Đoàn Chủ tịch gồm 15 đồng chí.",
     "593_fe8e59aadb97: \"Tại phiên trù bị, đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí\"; 11 vs 15. g.sh 'Đoàn Chủ tịch (gồm|có) 15' -> nothing (578: Hưng Yên union congress Đoàn Chủ tịch 9)."),
    ("593_fe8e59aadb97", N,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành Hội LHPN thành phố khóa XVI gồm 55 ủy viên.",
     "593 says the congress will 'bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố Hà Nội khóa XVI' but gives no size; 143 gives 489 đại biểu triệu tập / 28 công đoàn delegates (other counted nouns). g.sh '(phụ nữ|LHPN).{0,60}khóa XVI.{0,60}[0-9]+|Ban Chấp hành Hội.{0,60}(gồm|có) [0-9]+' -> 143, 1085 (Hà Tĩnh Ban Thường vụ 11), 1089 (Hội Nông dân Tiền Giang); '55 (ủy|Ủy) viên' -> nothing."),
    # ---------------- 602 Long An Tết sum vầy 2024
    ("602_fae5a44a3149", S,
     "Tại Ngày hội Tết sum vầy – Xuân chia sẻ 2024 ở KCN Long Hậu, hơn 3 nghìn công nhân lao động được LĐLĐ tỉnh Long An tặng quà Tết.",
     "602_fae5a44a3149 (14/01/2024): \"Theo đó, tại KCN Long Hậu có hơn 3.000 CNLĐ được tặng quà tết\" (LĐLĐ tỉnh Long An)."),
    ("602_fae5a44a3149", N,
     "Trong Ngày hội Tết sum vầy – Xuân chia sẻ năm 2024, LĐLĐ tỉnh Long An tặng 1.000 vé xe về quê cho công nhân KCN Long Hậu.",
     "602 counts gifts (hơn 3.000; 200 phần quà đầu tiên) and stalls (hơn 70 gian hàng), no tickets. g.sh 'vé xe' -> 466 (LĐLĐ quận, 1.794), 500 (Phú Thọ 2026, 15.000), 646 (Đồng Nai 2.200): other places; '1[.]000 vé' -> nothing; 'Long Hậu|Long An' -> only 602."),
    # ---------------- 712 Đại hội MTTQ Hà Nội XVIII
    ("712_694777b452ec", N,
     "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029, có 500 đại biểu chính thức dự.",
     "712 gives no delegate count (only '6 chương trình hành động; 3 khâu đột phá'). g.sh 'MTTQ.{0,60}Hà Nội lần thứ XVIII|Mặt trận Tổ quốc.{0,40}Hà Nội.{0,40}XVIII' -> 712, 715 (mention only); 'đại biểu.{0,80}Mặt trận Tổ quốc.{0,80}Hà Nội' -> 712 only; '500 đại biểu' -> nothing."),
    # ---------------- 733 LĐLĐ quận Long Biên 2018
    ("733_22b1a5701d08", D,
     "Tổng kết phong trào \"Giỏi việc nước - Đảm việc nhà\" năm 2017, LĐLĐ quận Long Biên đã khen thưởng hơn 200 cá nhân tiêu biểu.",
     "733_22b1a5701d08: \"tổ chức tổng kết phong trào thi đua 'Giỏi việc nước - Đảm việc nhà' năm 2017 và khen thưởng cho 132 cá nhân tiêu biểu\"; 132 vs hơn 200. g.sh '132 cá nhân|Giỏi việc nước' -> other units (020, 028, 032, 064...) without Long Biên 2017 counts; '200 cá nhân tiêu biểu|khen thưởng.{0,30}200 cá nhân' -> nothing."),
    # ---------------- 802 Huy hiệu Đảng quận Hoàn Kiếm đợt 19/5
    ("802_331723d186da", S,
     "Trong đợt trao Huy hiệu Đảng dịp 19/5, Đảng bộ quận Hoàn Kiếm có 190 đảng viên được nhận huy hiệu.",
     "802_331723d186da: \"Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng\" (lễ trao huy hiệu Đảng đợt 19/5, sáng 14/5). Other districts: 803 Hai Bà Trưng 284, 804 Hà Đông 440, 805 Đống Đa 660."),
    # ---------------- 904 Tuổi trẻ Hà Tĩnh hè 2025
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025, tuổi trẻ Hà Tĩnh đã trao tặng các công trình, quà an sinh với tổng trị giá gần 1,8 tỷ đồng.",
     "904_0a7c4b90f9b3 (2025-05): \"trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà an sinh và nguồn lực cấp phát thuốc miễn phí với tổng giá trị gần 1,8 tỷ đồng\"."),
    # ---------------- 944 Mùa Hè Xanh Bách khoa 2023
    ("944_17ca3d320e2c", S,
     "Chiến dịch \"Mùa Hè Xanh\" 2023 của Trường ĐH Bách khoa (ĐHQG TP.HCM) đưa 500 sinh viên về mặt trận huyện Tân Hồng, tỉnh Đồng Tháp.",
     "944_17ca3d320e2c: \"'Mùa Hè Xanh Bách khoa' chính thức ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên\"."),
    # ---------------- 967 Quảng Trị phát triển đoàn viên 2024
    ("967_240e5a455bbf", S,
     "Chín tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã kết nạp hơn 1.400 đoàn viên tại những nơi đã có công đoàn cơ sở.",
     "967_240e5a455bbf: \"trong 9 tháng đầu năm 2024 ... kết nạp 1.411 đoàn viên ở những nơi đã có CĐCS\" (Quảng Trị)."),
    ("967_240e5a455bbf", N,
     "Trong năm 2023, Liên đoàn Lao động tỉnh Quảng Trị đã kết nạp được 2.500 đoàn viên mới.",
     "967 covers 9 tháng đầu năm 2024 only (401 + 1.411). 968_788fa47f98b7 has '2.500 đoàn viên' but as the 2022 target (\"Trong năm 2022, LĐLĐ tỉnh phấn đấu ... phát triển 2.500 đoàn viên\") - other year and a target, not a 2023 result. g.sh 'Quảng Trị.{0,150}(đoàn viên|CĐCS)|...' -> 967, 968 only."),
]


def curly(text):
    """Replace ASCII double quotes by typographic ones (opening after start/space/bracket, else closing)."""
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i else " "
            out.append("\u201c" if prev in " ([:\u201c" else "\u201d")
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
        assert all("\t" not in x and "\n" not in x and '"' not in x for x in rows[-1])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    main()
