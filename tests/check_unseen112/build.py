#!/usr/bin/env python3
"""Build claims.tsv for the unseen112 blind claim set (csv + unicodedata only)."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"  # not used for reading; ids only

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 458 Hòa Bình / KCN Lương Sơn, Tết 2026
    ("458_f1b00474d974", "supported",
     "Tại Khu công nghiệp Lương Sơn, chương trình “Tết Sum vầy - Xuân ơn Đảng” của LĐLĐ tỉnh đã chuyển khoản hỗ trợ cho gần 580 đoàn viên, người lao động.",
     "458_f1b00474d974: \"576 đoàn viên, người lao động được hỗ trợ 1 triệu đồng/người, chuyển trực tiếp vào tài khoản cá nhân\" (gần 580 ~ 576)."),
    ("458_f1b00474d974", "differs",
     "Tại Chợ Tết Công đoàn - Xuân 2026 khu vực Hòa Bình, ban tổ chức đã tặng 800 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "458_f1b00474d974: \"Ban tổ chức đã tặng 500 phiếu mua hàng 0 đồng trị giá 350 nghìn đồng mỗi phiếu\". g.sh '800 phiếu' -> nothing; other 'phiếu mua hàng 0 đồng' hits (262: Hà Nội 2023, 762: 3.000 phiếu) are other events."),
    # ---------------- 500 LĐLĐ tỉnh (Phú Thọ), Tết Bính Ngọ 2026
    ("500_0dbef860aab7", "supported",
     "Dịp Tết Bính Ngọ 2026, Liên đoàn Lao động tỉnh Phú Thọ trao tặng gần 22 nghìn suất quà Tết cho đoàn viên, công nhân lao động khó khăn.",
     "500_0dbef860aab7: \"trao tặng 21.900 suất quà cho đoàn viên, công nhân lao động hoàn cảnh khó khăn, trị giá 1 triệu đồng/suất\" (gần 22 nghìn ~ 21.900); event held at \"Công đoàn Khu công nghiệp khu vực Phú Thọ\"."),
    ("500_0dbef860aab7", "differs",
     "LĐLĐ tỉnh Phú Thọ tặng 12.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết Nguyên đán Bính Ngọ 2026.",
     "500_0dbef860aab7: \"tặng 15.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết, tổng kinh phí 4,5 tỷ đồng\". g.sh '12\\.?000 vé' -> nothing; other 'vé xe' hits are 466 (1.794 công nhân, a Hà Nội district) and 646 (Đồng Nai, 2.200 vé)."),
    # ---------------- 547 Tỉnh đoàn, chiến dịch hè 2023
    ("547_7c40b99db422", "supported",
     "Chiến dịch Thanh niên tình nguyện hè năm 2023, toàn tỉnh thực hiện các công trình thanh niên với tổng trị giá hơn 5,2 tỷ đồng.",
     "547_7c40b99db422: \"Toàn tỉnh thực hiện 211 công trình thanh niên với tổng trị giá hơn 5 tỷ 217 triệu đồng\" (hơn 5,2 tỷ ~ 5.217 triệu)."),
    ("547_7c40b99db422", "differs",
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, tuổi trẻ toàn tỉnh đã trồng mới khoảng 120 nghìn cây xanh.",
     "547_7c40b99db422: \"Trồng mới 165.214 cây xanh\". g.sh '120 nghìn cây|120\\.000 cây' -> nothing; other 'cây xanh' figures (550: chỉ tiêu 6 triệu; 644: 40.000 TPHCM 2024; 777/790: 1.000) are other units/years."),
    # ---------------- 461 Hội Chữ thập đỏ TPHCM, Tháng nhân đạo
    ("461_41a4f3622d80", "supported",
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ Thành phố Hồ Chí Minh và đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng.",
     "461_41a4f3622d80: \"các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng\" (Hội Chữ thập đỏ TPHCM named in the same article)."),
    ("461_41a4f3622d80", "differs",
     "Hội Chữ thập đỏ TPHCM và các đơn vị trực thuộc đăng ký thực hiện 34 công trình xã hội trong Tháng nhân đạo.",
     "461_41a4f3622d80: \"đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu\". g.sh '34 công trình' -> nothing."),
    # ---------------- 407 Tháng Nhân đạo cấp quốc gia 2024
    ("407_d7e54acfc68e", "supported",
     "Qua 6 năm tổ chức Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 3,4 nghìn tỷ đồng.",
     "407_d7e54acfc68e: \"6 năm qua, Hội Chữ thập Đỏ Việt Nam đã làm nòng cốt triển khai tổ chức Tháng Nhân đạo ... Kết quả đã vận động được hơn 3.400 tỷ đồng\"."),
    ("407_d7e54acfc68e", "differs",
     "Sau 6 năm triển khai Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã trợ giúp khoảng 4 triệu lượt người nghèo và người có hoàn cảnh khó khăn.",
     "407_d7e54acfc68e: \"trợ giúp trên 5,5 triệu lượt người nghèo và người có hoàn cảnh khó khăn trong cả nước\". g.sh '4 triệu lượt' -> nothing; 'lượt người nghèo' only 407 and 906 (hàng trăm lượt, a district)."),
    # ---------------- 330 LĐLĐ TP Hà Nội thăm công nhân bị TNLĐ 22/5/2025
    ("330_366ec9c69fea", "supported",
     "Ngày 22/5, lãnh đạo Liên đoàn Lao động thành phố Hà Nội đã trao năm suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "330_366ec9c69fea: \"lãnh đạo LĐLĐ TP cũng trao 5 suất quà (trị giá 3 triệu đồng tiền mặt và 1 túi quà) cho cho 5 công nhân lao động có hoàn cảnh khó khăn\"."),
    ("330_366ec9c69fea", "differs",
     "Anh Nghiêm Mạnh Hoành, công nhân Công ty Cổ phần Xích líp Đông Anh, bị tai nạn lao động hỏng mắt trái với tỷ lệ thương tật 61%.",
     "330_366ec9c69fea: \"anh Nghiêm Mạnh Hoành (bị chấn thương hỏng mắt trái, tỷ lệ thương tật 41%)\" (the 51% is anh Hoàng Xuân Lộc). g.sh '61%' -> nothing."),
    # ---------------- 316 Hội thi Công đoàn Hà Nội - Hành trình xây dựng và phát triển
    ("316_b81fbf90f0eb", "supported",
     "Vòng Sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” thu hút 117 thí sinh tham gia.",
     "316_b81fbf90f0eb: \"vòng Sơ khảo của Hội thi đã diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi\"."),
    ("316_b81fbf90f0eb", "differs",
     "Vòng sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” do LĐLĐ TP Hà Nội tổ chức có 45 đội thi tham gia.",
     "316_b81fbf90f0eb: \"117 thí sinh của 39 đội thi\". g.sh '45 đội' -> nothing; 'đội thi' elsewhere (118: 37 đội, 1081: 19 đội) are other contests."),
    # ---------------- 991 CĐ Viên chức TP HCM 6 tháng 2020
    ("991_a7a6bf1c6c7c", "supported",
     "Công đoàn Viên chức TP Hồ Chí Minh đã vận động công nhân viên chức lao động đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19.",
     "991_a7a6bf1c6c7c: \"CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19\"."),
    ("991_a7a6bf1c6c7c", "differs",
     "Sáu tháng đầu năm 2020, Công đoàn Viên chức TPHCM đã chăm lo cho hơn 900 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19.",
     "991_a7a6bf1c6c7c: \"chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng\". g.sh '900 đoàn viên' -> nothing."),
    # ---------------- 744 Ngọ Duy Hiểu tặng quà Tết Bính Ngọ 2026
    ("744_d077d464faf3", "supported",
     "Mỗi suất quà Tết mà Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu trao cho người lao động ở Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ trị giá 1.300.000 đồng.",
     "744_d077d464faf3: \"trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng, gồm quà và tiền mặt)\"."),
    ("744_d077d464faf3", "differs",
     "Ngày 5/2, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã trao 150 suất quà Tết cho đoàn viên, người lao động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.",
     "744_d077d464faf3: \"trao 97 suất quà Tết\". g.sh '150 suất' -> only 829 (học sinh, công trình thanh niên) and 922 (Hội LHPN Thanh Hóa): other events."),
    # ---------------- 1089 Đại hội Hội Nông dân Tiền Giang lần IX
    ("1089_a96f4067d307", "supported",
     "Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX, nhiệm kỳ 2023 - 2028 được Đại hội bầu gồm 33 ủy viên.",
     "1089_a96f4067d307: \"Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX, nhiệm kỳ 2023 - 2028 gồm 33/35 Ủy viên (khuyết 2 Ủy viên)\"."),
    ("1089_a96f4067d307", "differs",
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX có 350 đại biểu dự, đại diện cho cán bộ, hội viên toàn tỉnh.",
     "1089_a96f4067d307: \"cùng với 270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang\". g.sh '350 đại biểu' -> nothing; 985 (304 đại biểu) is Hội Nông dân Nghệ An, another province."),
    # ---------------- 100 BCH Tổng LĐLĐ khóa XII
    ("100_480b17a13d4d", "supported",
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu 16 Ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023.",
     "100_480b17a13d4d: \"Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra, Chủ nhiệm và 2 Phó Chủ nhiệm\"."),
    ("100_480b17a13d4d", "differs",
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII, nhiệm kỳ 2018 - 2023 đã bầu năm Phó Chủ tịch.",
     "100_480b17a13d4d: \"đã bầu ra 4 Phó chủ tịch\", \"Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu\"; 247_9bb00526265c also: \"Đoàn Chủ tịch với 22 Ủy viên trong đó có 1 Chủ tịch và 4 Phó Chủ tịch\". g.sh '(5|năm) Phó Chủ tịch Tổng' -> nothing."),
    # ---------------- 1212 LĐLĐ huyện kiểm tra CĐCS trường học
    ("1212_1bec97bc06dc", "supported",
     "Đoàn kiểm tra của Liên đoàn Lao động huyện đã kiểm tra xong hồ sơ, chỉ tiêu của toàn bộ 48 công đoàn cơ sở trường học năm học 2021 - 2022.",
     "1212_1bec97bc06dc: \"đã kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022\"."),
    ("1212_1bec97bc06dc", "not_found",
     "48 công đoàn cơ sở trường học được LĐLĐ huyện kiểm tra trong năm học 2021 - 2022 có tổng cộng khoảng 1.950 đoàn viên.",
     "1212 counts only the CĐCS (48/48), never their đoàn viên. g.sh 'đoàn viên.{0,60}48|48.{0,60}(trường|Công đoàn cơ sở)' -> 1212 (CĐCS only), 252 ('48 đơn vị trường học', another district's unit count, no đoàn viên), 279/451/798 unrelated (48%, 48.450 NLĐ Covid, 748 đoàn viên ưu tú of Đoàn TN)."),
    # ---------------- 303 LĐLĐ huyện Gia Lâm
    ("303_3afb6ef3386b", "supported",
     "Theo Chủ tịch LĐLĐ huyện Gia Lâm Nguyễn Đức Thể, phong trào CNVCLĐ và hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng.",
     "303_3afb6ef3386b: \"phong trào CNVCLĐ và hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng\"."),
    # ---------------- 803 Huy hiệu Đảng, Quận ủy Hai Bà Trưng 7/11/2023
    ("803_697f32d60bca", "differs",
     "Ban Thường vụ Thành ủy Hà Nội trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho chín đảng viên thuộc Đảng bộ quận Hai Bà Trưng.",
     "803_697f32d60bca: \"trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên, Huy hiệu 70 năm tuổi Đảng ... cho 1 đảng viên\". g.sh '(9|chín) đảng viên' -> only 934 (phường Tân Phú, all badge classes)."),
    ("803_697f32d60bca", "not_found",
     "Đợt 7/11/2023, quận Hai Bà Trưng có 120 đảng viên được trao Huy hiệu 30 năm tuổi Đảng.",
     "803 counts 284 đảng viên in total (headline), 6 (75 năm), 1 (70 năm), 3 trao tại nhà, 2+1 at the ceremony; no 30-năm class. g.sh 'Hai Bà Trưng.{0,200}(30|40|50) năm tuổi' -> nothing; 'Huy hiệu 30 năm' hits are 927 (phường Phú Thọ), 928, 934 (phường Tân Phú): other places."),
    # ---------------- 088 bầu bổ sung BCH Tổng LĐLĐ
    ("088_0a1be225e5a4", "differs",
     "Hội nghị đã bầu bổ sung sáu đồng chí tham gia Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII, nhiệm kỳ 2018-2023.",
     "088_0a1be225e5a4: \"Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII\" (4 names listed). g.sh '(6|sáu) đồng chí (tham gia|vào) Ban' -> only 887 (36 đồng chí, Hà Trung)."),
    ("088_0a1be225e5a4", "not_found",
     "Tổng Liên đoàn Lao động Việt Nam quyết định mức chi hỗ trợ 1 triệu đồng/người cho đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19 và thiên tai năm 2020 dịp Tết Tân Sửu 2021.",
     "088 only says \"vừa có quyết định về mức chi hỗ trợ cho đoàn viên, người lao động bị ảnh hưởng bởi dịch COVID-19 và thiên tai năm 2020\" without an amount. g.sh 'thiên tai năm 2020|mức chi hỗ trợ' -> only 088; g.sh '(Tết|2021).{0,100}(bị ảnh hưởng|COVID|Covid).{0,100}triệu đồng' -> nothing; 'Tân Sửu' hits (335, 474, 787, 885, 968) count gifts/bonuses of other bodies, not this support level."),
    # ---------------- 627 HĐND huyện Bắc Quang
    ("627_3078f9de4bd8", "differs",
     "Kỳ họp thứ nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021-2026 triệu tập 40 đại biểu.",
     "627_3078f9de4bd8: \"số lượng đại biểu được triệu tập là 35 đại biểu\". g.sh '40 đại biểu' -> nothing."),
    ("627_3078f9de4bd8", "not_found",
     "HĐND huyện Bắc Quang khóa XX, nhiệm kỳ 2016-2021 có 38 đại biểu.",
     "627 counts only the khóa XXI delegates (35); khóa XX appears only as the title of ông Nguyễn Công Viên. g.sh 'Bắc Quang' -> 627 and 1144 (MTTQ huyện Bắc Quang congress, no HĐND count)."),
    # ---------------- 969 CĐCS Sở NN&PTNT
    ("969_652bd3e9c355", "differs",
     "Trong hai ngày 24-25/3, 14 công đoàn cơ sở thành viên trực thuộc Công đoàn Sở Nông nghiệp và Phát triển nông thôn đã tổ chức Đại hội khóa II, nhiệm kỳ 2023 - 2028.",
     "969_652bd3e9c355: \"từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028\". g.sh '14 Công đoàn|14 CĐCS' -> nothing."),
    ("969_652bd3e9c355", "not_found",
     "Đại hội Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn tổ chức ngày 21/4 có 120 đại biểu chính thức.",
     "969 only announces the CĐCS Sở congress \"được tổ chức vào ngày 21/4 tới đây\", no delegate count. g.sh '21/4' -> 969 and 073 (Công đoàn ngành Xây dựng, unrelated); g.sh 'Nông nghiệp và (Phát triển nông thôn|PTNT)' -> 023/204/254 are Công đoàn ngành NN&PTNT Hà Nội (another body/edition), 172 counts đoàn viên loss of a ngành union elsewhere."),
    # ---------------- 588 MTTQ huyện (Rạch Chèo)
    ("588_606ca33f8ac4", "differs",
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 đã hiệp thương bầu thay thế 15 ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024.",
     "588_606ca33f8ac4: \"Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024\". g.sh '15 Ủy viên Ủy ban MTTQ|15 ủy viên' -> only 1141 (15 ủy viên UBND thành phố)."),
    # ---------------- not_found on pages with few figures
    ("024_0d6b8f191cd9", "not_found",
     "Tại giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9 năm 2025, Công đoàn ngành Giáo dục Hà Nội đã vinh danh 45 nhà giáo.",
     "024 says the 9th award (2025) was given and \"Các “Nhà giáo Hà Nội tâm huyết, sáng tạo” được vinh danh\", no count. g.sh 'Nhà giáo Hà Nội tâm huyết' -> 024 and 120 (lần thứ 6, năm 2022; '40 nhà giáo dự chung khảo' is another edition and another noun); g.sh '[0-9]+ nhà giáo' -> 159 (100 nhà giáo tiêu biểu), 233 (4 nhà giáo mắc bệnh): unrelated."),
    ("031_571a7feb6ded", "not_found",
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023 - 2028 có 220 đại biểu chính thức tham dự.",
     "031 gives no delegate count. g.sh '220 đại biểu' -> only 1187 (Bưu điện Việt Nam). g.sh 'lần thứ XII.{0,80}Công (T|t)hương|Công (T|t)hương.{0,80}lần thứ XII' -> only 031. 132_c1ba456901a1 counts \"200 đại biểu chính thức\" for the Đại hội lần thứ XI (previous edition), so not the same occasion."),
    ("342_c57c16d17991", "not_found",
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 300 đại biểu tham dự.",
     "342 gives no delegate count. g.sh '300 đại biểu' -> 466, 571, 742 (Đà Nẵng), 743 (Khánh Hòa): other congresses. g.sh 'Đảng bộ Tổng (Liên đoàn|LĐLĐ)' -> 342 and 079; 079 counts BCH Đảng bộ (\"dự kiến có 29-33 người, hiện đã chỉ định 21 người\") and Ban Thường vụ (9 người), not delegates."),
    ("139_5afbcc5d4e59", "not_found",
     "Chiều 4/8, Phó Chủ tịch Thường trực LĐLĐ thành phố Hà Nội Đặng Thị Phương Hoa trao 200 suất quà từ chương trình “Xe buýt siêu thị 0 đồng” cho người lao động khó khăn quận Hai Bà Trưng.",
     "139 mentions the gifts without a count. g.sh 'xe buýt siêu thị|Siêu thị 0 đồng' -> 067 (Ba Đình), 087 (city-wide, no HBT count), 139; g.sh 'Hai Bà Trưng.{0,150}(suất|phần quà|túi)' -> 509 (Hội Chữ thập đỏ quận HBT 2022: 4.300 / 400 suất, another organisation/occasion), 233 (school name); g.sh '200 suất' -> 519 (Đoàn TN target), 542 (LĐLĐ tỉnh for thị xã Hoàng Mai): other occasions."),
    ("990_489d8f605885", "not_found",
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại KCN Hoàng Mai 1 thu hút hơn 1.000 người lao động tham dự.",
     "990 says only \"đông đảo người lao động\". g.sh 'Nghệ An.{0,200}(An toàn|ATVSLĐ)' -> only 990; g.sh 'Hoàng Mai 1|người lao động tham (dự|gia) Lễ phát động' -> only 990 (no figure)."),
    ("1107_8a955dc47044", "not_found",
     "Giải Bóng chuyền hơi do Hội Liên hiệp Phụ nữ thành phố Hà Nội khai mạc ngày 8/3/2023 tại huyện Đan Phượng có 24 đội tham gia.",
     "1107 only says the tournament opens on 8/3 at Nhà thi đấu huyện Đan Phượng, no team count. g.sh 'bóng chuyền hơi' -> 1107 and 1193 (Công đoàn NHCSXH games, 7 bộ môn); g.sh 'Đan Phượng.{0,100}đội' -> nothing."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        why = why.replace('"', "'")
        row = [unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)]
        for x in row:
            assert "\t" not in x and "\n" not in x and '"' not in x, x
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen112/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per


if __name__ == "__main__":
    main()
