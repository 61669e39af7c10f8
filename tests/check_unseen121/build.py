#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check claim set (unseen121).

Plain Python: csv + unicodedata only. Claims are NFC-normalised and sorted by page_id.
"""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("1011_df3f51afbfe1", "supported",
     "Chiến dịch thanh niên tình nguyện hè 2017 do Trung ương Đoàn tổ chức đã huy động hơn 26,5 nghìn đội hình tham gia.",
     "1011_df3f51afbfe1: 'Sau 3 tháng triển khai có hơn 1 triệu thanh niên tình nguyện tham gia chiến dịch với 26.581 đội hình' (hội nghị tổng kết chiến dịch thanh niên tình nguyện hè 2017). 26.581 > 26,5 nghìn."),
    ("1042_fe924796bfeb", "supported",
     "Hiện Công đoàn ngành Giáo dục Hà Nội đang quản lý 183 CĐCS ở cả khối công lập và ngoài công lập.",
     "1042_fe924796bfeb: 'Công đoàn ngành Giáo dục Hà Nội hiện quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)'. Note: 333_b974af218aab (another date, 2022) says '187 Công đoàn cơ sở trực thuộc' - a different moment, the 183 statement with the same 125/58 split is on 1042."),
    ("1087_90263a33a0ca", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2022-2027 có 290 đại biểu chính thức tham dự.",
     "1087_90263a33a0ca: 'Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương với sự tham dự của 290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên trong tỉnh.'"),
    ("115_5f0c89a4283e", "supported",
     "Ban Chấp hành Liên đoàn Lao động tỉnh Bình Định khóa XIV, nhiệm kỳ 2023 - 2028 ra mắt Đại hội gồm ba mươi lăm người.",
     "115_5f0c89a4283e: 'Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người đã ra mắt nhận nhiệm vụ.' (ba mươi lăm = 35)"),
    ("142_728187c82f8a", "supported",
     "LĐLĐ quận Bắc Từ Liêm đã tổ chức khám sức khỏe miễn phí cho hơn 860 đoàn viên, người lao động trên địa bàn.",
     "142_728187c82f8a (headline + body describing the same khám sức khỏe programme): 'LĐLĐ quận Bắc Từ Liêm tổ chức khám sức khỏe miễn phí cho 862 đoàn viên, người lao động'. 862 > 860."),
    ("215_3826a48fe31a", "supported",
     "Các phong trào thi đua do Công đoàn Viên chức thành phố phát động trong giai đoạn 2015 - 2020 đã có hơn 2.000 sáng kiến, cải tiến kỹ thuật được công nhận.",
     "215_3826a48fe31a: 'trong 5 năm qua ... đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận' (giai đoạn 2015 – 2020)."),
    ("452_1672f5c17921", "supported",
     "Từ ngày 27/4, các cấp Công đoàn Thủ đô đã chăm lo, hỗ trợ gần 148 nghìn đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452_1672f5c17921: 'từ ngày 27/4 đến nay, các cấp Công đoàn Thủ đô đã chi ... với số tiền trên 89, 441 tỷ đồng cho 147.603 đoàn viên, người lao động'. 147.603 ~ gần 148 nghìn."),
    ("529_5aa251341404", "supported",
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 có 400 đại biểu chính thức về dự.",
     "529_5aa251341404: 'nhiệt liệt chào mừng 400 đại biểu chính thức ... đại diện cho ... gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà về dự đại hội.'"),
    ("572_92a9a3f61f3b", "supported",
     "Theo quyết định của Tổng Liên đoàn, Ban Chấp hành LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 có sáu mươi lăm thành viên.",
     "572_92a9a3f61f3b: 'Theo quyết định, Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên'. (sáu mươi lăm = 65)"),
    ("753_e38d5510a744", "supported",
     "Giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh đã xây dựng 243 nhà Mái ấm Công đoàn cho người lao động khó khăn.",
     "753_e38d5510a744: 'Tính chung giai đoạn 2023-2025 ... Các cấp công đoàn trong tỉnh xây dựng 243 “Mái ấm Công đoàn”, với tổng kinh phí gần 15,6 tỉ đồng'."),
    ("842_86068b256616", "supported",
     "Có 995 đại biểu chính thức tham dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028.",
     "842_86068b256616: 'Đặc biệt, tham dự Đại hội có 995 đại biểu chính thức, là những cán bộ, hội viên nông dân tiêu biểu'."),
    ("934_779d96c632e9", "supported",
     "Nhân kỷ niệm 96 năm Ngày thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) trao Huy hiệu Đảng cho chín đảng viên.",
     "934_779d96c632e9: 'Dịp này, Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng, gồm: 2 ... 3 ... 4 ...'. (chín = 9)"),
    ("1147_b5a785ed6f78", "supported",
     "Tại chợ Tết Công đoàn năm 2025, Liên đoàn Lao động TP. Nha Trang đã tặng 345 phần quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1147_b5a785ed6f78: 'Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn.'"),

    # ---------------- differs ----------------
    ("094_a583a5e0c0ff", "differs",
     "Từ đầu năm 2023, 54 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ thành phố Hà Nội đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028.",
     "094_a583a5e0c0ff: 'từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028' -> 45, not 54. g.sh '54 công đoàn|năm mươi tư': no hit; 307_af41b81b9229 (Đại hội XVII) gives only 545/550 đại biểu, no count of CĐ cấp trên."),
    ("1042_fe924796bfeb", "differs",
     "Công đoàn ngành Giáo dục Hà Nội hiện có khoảng 15 nghìn đoàn viên sinh hoạt tại các công đoàn cơ sở trực thuộc.",
     "1042_fe924796bfeb: '183 Công đoàn cơ sở ... với hơn 11.800 đoàn viên' -> ~11,8 nghìn, not ~15 nghìn (333_b974af218aab, another date: 'hơn 12.000 đoàn viên', also not 15 nghìn). g.sh '15 nghìn đoàn viên|15\\.000 đoàn viên': no hit."),
    ("1085_fdedd93bed02", "differs",
     "Ban Chấp hành Hội LHPN tỉnh Hà Tĩnh khóa XVI đã bầu Ban Thường vụ gồm 15 người.",
     "1085_fdedd93bed02: 'Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI ... bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu' -> 11, not 15. g.sh 'Thường vụ.{0,60}15 |15 (đại biểu|người|đồng chí|ủy viên)': only 963 (BCH Công đoàn phường Thuận Giao 15 đồng chí) and 1141 (15 ủy viên UBND) - other bodies."),
    ("1087_90263a33a0ca", "differs",
     "Các đại biểu dự Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI đại diện cho hơn 120 nghìn đoàn viên trong tỉnh.",
     "1087_90263a33a0ca: '290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên trong tỉnh' -> 88 nghìn, not 120 nghìn. g.sh '120(\\.000| nghìn| ngàn)': hits are 120.000 đồng (921), 120.000 lao động Hà Nội (1027, 1029), 120.000 ý tưởng Thanh Hóa (1105) - none about Bình Dương đoàn viên."),
    ("109_ef0d90601316", "differs",
     "Vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng) tối 30/7 đã khiến năm công nhân tử vong.",
     "109_ef0d90601316: 'vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ'; 'bất ngờ sàn nâng bị gãy khiến 4 công nhân rơi xuống đất. Hậu quả, 3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó' -> 4 deaths, not 5. g.sh '5 (người|công nhân) (tử vong|thiệt mạng|chết)|năm (người|công nhân) (tử vong|thiệt mạng)': no hit."),
    ("1144_3a7da2e087d5", "differs",
     "Theo MTTQ huyện Đức Trọng (Lâm Đồng), trên địa bàn huyện hiện vẫn còn 735 hộ nghèo.",
     "1144_3a7da2e087d5: 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo' -> 533, not 735. g.sh '735': no hit. 610_a80122bd5a78 (Đức Trọng, 2022 edition) states no household count."),
    ("1205_8824486ce1df", "differs",
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028 có 24 công đoàn viên tham dự.",
     "1205_8824486ce1df: 'Đến tham dự đại hội ... - Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10.' -> 42, not 24. g.sh '24 công đoàn viên|24 đoàn viên': no hit (718 has 213.724 đoàn viên, unrelated)."),
    ("142_728187c82f8a", "differs",
     "Chương trình khám sức khỏe miễn phí của LĐLĐ quận Bắc Từ Liêm có tổng kinh phí dự tính khoảng 500 triệu đồng.",
     "142_728187c82f8a: 'với tổng số tiền dự tính khoảng trên 1 tỷ đồng. Kinh phí được trích một phần từ nguồn kinh phí Công đoàn và nguồn xã hội hoá.' -> trên 1 tỷ, not ~500 triệu. g.sh '500 triệu': only 1130 (Quỹ Vì người nghèo TP HCM 2020), unrelated."),
    ("215_3826a48fe31a", "differs",
     "Dịp tổng kết giai đoạn 2015 - 2020, Công đoàn Viên chức thành phố đã biểu dương 52 tập thể điển hình tiên tiến trong phong trào thi đua yêu nước.",
     "215_3826a48fe31a: 'Công đoàn Viên chức thành phố biểu dương 25 tập thể, 67 cá nhân là những điển hình tiên tiến trong phong trào thi đua yêu nước; khen thưởng 11 tập thể, 25 cá nhân' -> 25 tập thể biểu dương, not 52. g.sh '52 tập thể': only 237 (Công đoàn quận Hai Bà Trưng khen thưởng 52 tập thể) - another organisation."),
    ("519_a9f6d9ba16ff", "differs",
     "Chiến dịch Xuân tình nguyện 2026 của phường Thủ Đức (TPHCM) dự kiến thu hút khoảng 3.000 bạn trẻ tham gia.",
     "519_a9f6d9ba16ff: 'Dự kiến thu hút sự tham gia của khoảng 1.000 bạn trẻ, chiến dịch Xuân tình nguyện phường Thủ Đức diễn ra từ 28/12/2025 đến 16/2/2026' -> ~1.000, not ~3.000. g.sh '3\\.000 (bạn trẻ|thanh niên|đoàn viên)': only 217 (53.000 đoàn viên), unrelated."),
    ("529_5aa251341404", "differs",
     "400 đại biểu dự Đại hội Công đoàn tỉnh Đồng Nai lần XI đại diện cho hơn một triệu đoàn viên CNVCLĐ trong tỉnh.",
     "529_5aa251341404: '400 đại biểu chính thức ... đại diện cho trí tuệ, niềm tin, nguyện vọng của gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà' -> gần 800 nghìn, not hơn 1 triệu. No other Đồng Nai page gives a đoàn viên total (g.sh 'Đồng Nai' with digits: 646 vé xe, 1090 đại hội cơ sở %, others unrelated)."),
    ("572_92a9a3f61f3b", "differs",
     "Ủy ban Kiểm tra LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 được chỉ định gồm 11 thành viên, do ông Phạm Chí Tâm làm Chủ nhiệm.",
     "572_92a9a3f61f3b: 'Ủy ban Kiểm tra LĐLĐ TP.HCM gồm 15 thành viên, trong đó ông Phạm Chí Tâm ... được chỉ định là Chủ nhiệm Ủy ban.' -> 15, not 11. g.sh '11 thành viên': no hit."),
    ("700_dd6b1b09b4e2", "differs",
     "Tham gia Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến, mỗi đoàn viên được tổ chức Công đoàn hỗ trợ 1 triệu đồng để mua sắm.",
     "700_dd6b1b09b4e2: 'mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng' (same in 687_78fa76c436ef and 601_191d90e3f2ed: 500.000 đồng/người) -> 500 nghìn, not 1 triệu. g.sh '1 triệu đồng': all hits are other programmes (458 Hòa Bình, 500 Phú Thọ, 1146 Tây Ninh, 1264 TP HCM ...), none the online Chợ Tết of Tổng LĐLĐ."),
    ("717_98d937fa1780", "differs",
     "Hội nghị học tập chuyên đề của LĐLĐ thành phố Hải Phòng được tổ chức theo hình thức trực tuyến tại mười điểm cầu.",
     "717_98d937fa1780: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel ...' -> 6, not 10. g.sh '(10|mười) điểm cầu': no hit."),
    ("753_e38d5510a744", "differs",
     "Trong giai đoạn 2023-2025, công đoàn tỉnh Tây Ninh đã chăm lo, hỗ trợ đoàn viên, người lao động với tổng kinh phí khoảng 250 tỉ đồng.",
     "753_e38d5510a744: 'Tính chung giai đoạn 2023-2025, gần 1,2 triệu lượt đoàn viên, người lao động đã được chăm lo, hỗ trợ với tổng kinh phí gần 520 tỉ đồng.' -> gần 520 tỉ, not ~250 tỉ. g.sh '250 t[ỉỷ]': no hit."),
    ("867_79224beef844", "differs",
     "Liên đoàn Lao động tỉnh Vĩnh Long và LĐLĐ huyện Long Hồ vừa bàn giao 5 căn nhà mái ấm công đoàn nhân kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt.",
     "867_79224beef844: 'vừa tiến hành bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa cho hộ dân trên địa bàn' -> 3 mái ấm, not 5 (not 4 either: the 4th is a nhà tình nghĩa). g.sh '5 căn nhà|năm căn nhà': only 078 (LĐLĐ quận 1, 15 căn) and 468 (185 căn nhà đại đoàn kết) - other organisations."),
    ("962_3c496118118a", "differs",
     "Đại hội Công đoàn phường Thanh Hà nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành gồm 9 thành viên.",
     "962_3c496118118a: 'Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên' -> 5, not 9. g.sh '9 (thành viên|đồng chí)': hits are 578 (Đoàn Chủ tịch 9), 805, 808, 1105 - other bodies."),

    # ---------------- not_found ----------------
    ("1050_ae670c71dab7", "not_found",
     "Ngày 22-8, LĐLĐ TP HCM đã công bố quyết định chỉ định Ban Chấp hành cho tổng cộng 168 Công đoàn phường, xã trên địa bàn.",
     "1050_ae670c71dab7 gives no total: only '8 Công đoàn phường' at tổ công tác số 4 and a list of 6 names at tổ số 9. g.sh 'Công đoàn (các )?phường|công đoàn phường, xã': 570 (Đà Nẵng thành lập 24 công đoàn phường, xã - another city), single-phường pages 248/287/308/963/964. g.sh '168': 174 (168 ủy viên BCH Tổng LĐLĐ khóa XIII), 548, 699 - other things. No total for TP HCM."),
    ("1085_fdedd93bed02", "not_found",
     "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI, nhiệm kỳ 2021-2026 có 300 đại biểu chính thức tham dự.",
     "1085_fdedd93bed02 states no delegate count (only Ban Thường vụ 11). g.sh 'Hà Tĩnh': other pages are LĐLĐ Hà Tĩnh 2024, Đại hội Công đoàn Hà Tĩnh XVIII, Tỉnh đoàn - no women's congress figure. g.sh 'Phụ nữ tỉnh.{0,100}đại biểu|đại biểu.{0,60}Phụ nữ': 143 (Hà Nội XVI, 489 đại biểu - another province), 621 (huyện Vạn Ninh), 720 (toàn quốc XIII), 922 (Thanh Hóa)."),
    ("1144_3a7da2e087d5", "not_found",
     "Ngay tại Lễ phát động Tháng cao điểm Vì người nghèo năm 2023, huyện Đức Trọng (Lâm Đồng) đã tiếp nhận hơn 300 triệu đồng ủng hộ Quỹ.",
     "1144_3a7da2e087d5 mentions cán bộ đóng góp tại Lễ phát động but gives no amount. 610_a80122bd5a78 (Đức Trọng 2022 edition) also no amount. g.sh 'Vì người nghèo.{0,200}(triệu|tỷ|tỉ)|...': 359 Hà Nội 83,4 tỷ, 467 Tân Biên 581 triệu, 690 Thừa Thiên Huế 663 triệu, 691 gần 800 triệu (another province), 1130 TP HCM 500 triệu - other places/years."),
    ("120_1b49cf3485c1", "not_found",
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã vinh danh 30 nhà giáo.",
     "120_1b49cf3485c1 body gives no winner count; '40 nhà giáo dự chung khảo xét duyệt Giải thưởng' is a related-article teaser and counts finalists, not winners. g.sh 'tâm huyết, sáng tạo': 024 (lần thứ 9 năm 2025, no count), 064 (LĐLĐ quận Đống Đa biểu dương 26 giáo viên - a district, teaser), 065 (quận Hoàn Kiếm, no count). g.sh '30 nhà giáo|nhà giáo.{0,60}(đạt|đoạt|được trao|vinh danh)': no count."),
    ("171_ed616c7d5ff1", "not_found",
     "Hội nghị tổng kết 3 chương trình công tác của Thành ủy Hà Nội khóa XVI chiều 30/9 có khoảng 400 đại biểu tham dự.",
     "171_ed616c7d5ff1 lists leaders attending but no attendee count (its figures are programme numbers 03/06/08 and dates). g.sh 'Thành [uủ]y Hà Nội.{0,200}đại biểu|tổng kết (3|ba) chương trình': only this page and unrelated congresses (010, 105, 812). Not counted."),
    ("176_48c827f6f4be", "not_found",
     "Năm 2025, các cấp Công đoàn Thủ đô đặt chỉ tiêu có 150.000 sáng kiến được công nhận qua các đợt thi đua.",
     "176_48c827f6f4be only counts the đợt thi đua (2). g.sh '[0-9.,]+ (sáng kiến|ý tưởng)': Hà Nội figures are for Chương trình “1 triệu sáng kiến” 2022-2023 (177: 200.000 sáng kiến, chỉ tiêu 60.000/130.000; seed 002: 14.791 sáng kiến) - another programme/period; 1105 120.000 ý tưởng is Thanh Hóa youth. No 2025 Hà Nội sáng kiến target."),
    ("268_c31d3d87a6f9", "not_found",
     "Trong đợt cao điểm thứ nhất năm 2022 (từ trung tuần tháng 4 đến 31/5), các cấp Công đoàn TP Hà Nội đã kết nạp hơn 6.000 đoàn viên mới.",
     "268_c31d3d87a6f9 describes the two đợt (dates only), no number admitted. g.sh 'Lớp đoàn viên|kết nạp.{0,60}đoàn viên' and 'phát triển.{0,40}đoàn viên.{0,100}2022|...': seed 002 (Công đoàn KCN-CX Hà Nội kết nạp 1.052 - another unit/occasion), 665 An Giang 5.124, 967 Quảng Trị, 968 another province 2.500 - no Hà Nội 2022 đợt 1 figure."),
    ("342_c57c16d17991", "not_found",
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 250 đại biểu chính thức tham dự.",
     "342_c57c16d17991 gives no delegate count. g.sh 'Đảng bộ Tổng|Đảng ủy Tổng': 079_e6ebd6fda2ad (same congress) counts BCH (dự kiến 29-33, đã chỉ định 21), Ban Thường vụ (9) and a 800.000 đoàn viên/năm target - not delegates."),
    ("593_fe8e59aadb97", "not_found",
     "Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI đã bầu đoàn đại biểu gồm 40 người dự Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII.",
     "593_fe8e59aadb97 says only that the congress will 'bầu đoàn đại biểu dự Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII' - no size; its figures are Đoàn Chủ tịch 11, Đoàn Thư ký 3, Ban Thẩm tra 5. 143_51b5dc91c41f counts 489 đại biểu triệu tập, 28 nữ cán bộ Công đoàn - other nouns. g.sh 'đoàn đại biểu dự Đại hội': 621 (Vạn Ninh 22), 1086, 1105, 1211 - other organisations."),
    ("845_7071fa2d23e6", "not_found",
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 đã bầu 81 đồng chí vào Ban Chấp hành Đảng bộ Thành phố.",
     "845_7071fa2d23e6 gives dates (11-13/10/2020) but no BCH size; 366 and 367 (same congress) give no count either. g.sh '81 (đồng chí|ủy viên|uỷ viên)|Ban Chấp hành.{0,30}khóa XVII': no Hà Nội count. Near miss: 103_bc0c6e0f50d9 'bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI' - the previous edition (2015)."),
    ("962_3c496118118a", "not_found",
     "Công đoàn cơ sở phường Thanh Hà hiện có 28 đoàn viên công đoàn.",
     "962_3c496118118a gives only '100% đoàn viên công đoàn hoàn thành tốt nhiệm vụ' (a %) and BCH 5 thành viên; no member count. g.sh 'Thanh Hà': only this page (and a person's name in 687)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
