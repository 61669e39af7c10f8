#!/usr/bin/env python3
"""Claim set for ldtd check, written blind to the checker. Writes claims.tsv (NFC, sorted by page_id)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("1147_b5a785ed6f78", S,
     "Tại chợ Tết Công đoàn năm 2025, LĐLĐ thành phố Nha Trang đã tặng 345 phần quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1147: 'Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn' (title: 'tặng 345 suất quà')."),
    ("154_9d6a311843f2", S,
     "Nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, các cấp Công đoàn quận Phú Nhuận (TP HCM) đã trao hơn 220 sổ tiết kiệm cho đoàn viên khó khăn, mắc bệnh hiểm nghèo.",
     "154: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn, mắc bệnh nan y, hiểm nghèo' (221 ~ hơn 220)."),
    ("159_1142eccb3eb0", S,
     "Trong năm học 2018-2019, các trường đại học, cao đẳng trên địa bàn Hà Nội có 463 đề tài, sáng kiến kinh nghiệm được áp dụng vào thực tế.",
     "159: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp; có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế'."),
    ("280_21f64ea8ecb1", S,
     "Tại Chợ Tết Công đoàn – Xuân 2026, Liên đoàn Lao động thành phố Hà Nội trao 3 600 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "280: 'Liên đoàn Lao động TP. Hà Nội cũng trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; same figure in 276_3626d595b296 ('trao tặng 3.600 phiếu mua hàng')."),
    ("336_5d7aa39073a7", S,
     "Hội khỏe CNVCLĐ và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 có vận động viên đến từ 75 công đoàn cơ sở tham gia tranh tài.",
     "336: 'thu hút hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận'."),
    ("497_902490bd9259", S,
     "Ngày 1/11/2019, Ủy ban MTTQ Việt Nam TP Hà Nội tiếp nhận hơn 560 triệu đồng ủng hộ Quỹ Vì người nghèo thành phố từ các cơ quan, đơn vị, doanh nghiệp.",
     "497: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học' (564 ~ hơn 560). Corpus 000 '564 triệu đồng' is prize money of a contest, unrelated."),
    ("507_60ef7af69b3d", S,
     "Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 88 cá nhân có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507: 'Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020' (Công đoàn Viên chức thành phố Hà Nội)."),
    ("690_827366894f5d", S,
     "Từ tháng 9/2020 đến hết tháng 8/2021, Quỹ “Vì người nghèo” của Mặt trận ba cấp tỉnh Thừa Thiên Huế thu được gần 11 tỉ đồng.",
     "690 (TTH.VN): 'từ 1/9/2020 - 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng'."),
    ("713_880c4651b9b8", S,
     "Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029 có 363 đại biểu chính thức tham dự.",
     "713: 'Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 bước vào ngày làm việc đầu tiên với sự tham dự của 363 đại biểu chính thức'. 712 (same congress, phiên trọng thể) gives no delegate count."),
    ("810_d311deaca2eb", S,
     "Đoàn đại biểu ngành Y tế đi dự Đại hội Công đoàn Việt Nam lần thứ XIII gồm ba mươi tư đại biểu.",
     "810: '34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu...' (ba mươi tư = 34)."),
    ("830_c3fa9aa955b8", S,
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút khoảng 35 nghìn chiến sĩ.",
     "830: 'Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia'. Other editions (2026: 495 'hơn 4.000' at ra quân, 1013 'gần 70.000') are another year."),
    ("866_0e852b70fa76", S,
     "Liên đoàn Lao động tỉnh Bến Tre phối hợp với Báo Người Lao Động trao hai nghìn lá cờ Tổ quốc cho ngư dân các huyện ven biển Bình Đại, Ba Tri và Thạnh Phú.",
     "866: 'Liên đoàn Lao động tỉnh Bến Tre đã phối hợp cùng Báo Người Lao Động tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú'. (20.000 is the 2020-2025 programme total, a different thing.)"),
    ("319_7f30ae237edf", S,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an thành phố Hà Nội giao các đơn vị thực hiện mười nhóm chỉ tiêu cụ thể.",
     "319: 'Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể' (mười = 10)."),

    # ---------------- differs ----------------
    ("057_78c9b6628d41", D,
     "Cuối năm Đinh Dậu, gần 800 công nhân lao động quận Long Biên đã được LĐLĐ quận đưa về quê đón Tết trên các chuyến xe nghĩa tình.",
     "057: 'gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên ... các “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết'. g.sh 'chuyến xe nghĩa tình' and 'gần 800|800 (công nhân|CNLĐ)': 800 only in 529 ('gần 800 nghìn đoàn viên', another province) and 691 ('gần 800 triệu đồng'); 243 only has a teaser headline about Long Biên trips, no count."),
    ("109_ef0d90601316", D,
     "Vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng) tối 30/7/2020 đã làm 5 công nhân thiệt mạng.",
     "109: 'vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ' / '3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó'; 282_cf806c00183e: 'gia đình 4 nạn nhân tử vong do sập giàn giáo' (same site). g.sh '5 (người|công nhân) (tử vong|thiệt mạng)|năm công nhân': no hit."),
    ("1130_b874a926a657", D,
     "Tại lễ phát động ngày 28-9-2020, cơ quan các ban Thành ủy, Ủy ban Kiểm tra và Văn phòng Thành ủy TP HCM đã đóng góp ngày lương ủng hộ Quỹ “Vì người nghèo” với tổng số tiền 620 triệu đồng.",
     "1130: 'các đơn vị đã ủng hộ 1 ngày lương vào Quỹ “Vì người nghèo” TP với số tiền 495 triệu đồng' (title 'Hơn 500 triệu đồng'). The 'gần 77 triệu' is another group (Văn phòng Đoàn ĐBQH - HĐND, UBND TP). g.sh '620 triệu': no hit."),
    ("159_1142eccb3eb0", D,
     "Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 217 giáo viên đạt danh hiệu dạy giỏi các cấp.",
     "159: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp'. g.sh '217 giáo viên|217': only plan/document numbers (526 'Kế hoạch số 217', 1127 'văn bản số 217') and '5 tỷ 217 triệu' (547), none about teachers."),
    ("280_21f64ea8ecb1", D,
     "Chợ Tết Công đoàn – Xuân 2026 do LĐLĐ TP Hà Nội tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô chỉ có khoảng 45 gian hàng.",
     "280: 'Chương trình với quy mô 70 gian hàng' (at Salon Nhà Triển lãm, Cung Văn hóa Lao động Hữu nghị Việt Xô); 276: 'Chợ tết ... năm nay có hơn 70 gian hàng'. g.sh '45 gian hàng': no hit. Caveat: 107 says the other Hà Nội 2026 chợ Tết at xã Thiên Lộc has 'khoảng 50 gian hàng' — another site; claim names Việt Xô. 1146 'hơn 40 gian hàng' is Tây Ninh 2025."),
    ("491_4610d3eefa4d", D,
     "Năm 2024, Liên đoàn Lao động thành phố Đà Nẵng đã hỗ trợ xây dựng “Mái ấm Công đoàn” cho 130 đoàn viên khó khăn về nhà ở.",
     "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở' (LĐLĐ TP Đà Nẵng). g.sh '130 đoàn viên|130 (căn|nhà|Mái)': only 733 ('130 đoàn viên ưu tú', 2018, other district). 454 (Đà Nẵng 2021: 54 nhà) is another year."),
    ("497_902490bd9259", D,
     "Tính đến ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận hơn 9,5 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố.",
     "497: 'tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố'. g.sh '9,5 tỷ|9,5 tỉ': no hit."),
    ("507_60ef7af69b3d", D,
     "Mười tập thể thuộc Công đoàn Viên chức thành phố Hà Nội được khen thưởng trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507: '6 tập thể và 88 cá nhân đã được khen thưởng ... “Giỏi việc nước, đảm việc nhà” năm 2020'. g.sh '10 tập thể|mười tập thể': only 1189 (Công đoàn Dệt May VN, 2025 thi đua congress), other org/occasion."),
    ("518_bf1002899b2f", D,
     "Đoàn Thanh niên các phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao 80 suất quà Tết cho người dân, trẻ em khó khăn tại xã Thung Nai, tỉnh Phú Thọ.",
     "518: 'Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn' (at xã Thung Nai, Phú Thọ). g.sh '80 suất': only 207 (LĐLĐ TP Hội An), unrelated; 'Thung Nai' only in 518."),
    ("519_a9f6d9ba16ff", D,
     "Chiến dịch Xuân tình nguyện 2026 của phường Thủ Đức đặt chỉ tiêu trao tặng ít nhất 1.000 bánh chưng, bánh tét.",
     "519: 'trao tặng ít nhất 500 bánh chưng, bánh tét' (Chiến dịch Xuân tình nguyện phường Thủ Đức 2026; 'khoảng 1.000 bạn trẻ' is participants, another counted noun). g.sh '1\\.?000 bánh|nghìn bánh|ngàn bánh': no hit."),
    ("595_5935e954d4b4", D,
     "Dịp Tết Mậu Tuất 2018, khoảng 6.000 công nhân Bình Dương về quê đón Tết được Công đoàn đưa về bằng các “Chuyến xe nghĩa tình”.",
     "595: 'khoảng 4.000 công nhân về quê đón Tết sẽ được đưa về bằng các \"Chuyến xe nghĩa tình\"' (Bình Dương, Tết Mậu Tuất 2018). g.sh '6\\.?000 công nhân|6 nghìn công nhân': no hit. 828 (Bình Dương Xuân 2025: 'hơn 1.600 công nhân', '39 Chuyến xe Công đoàn') is another year."),
    ("609_dfc9aa12900d", D,
     "Lễ ra quân chiến dịch “Kỳ nghỉ hồng” và “Hành quân xanh” năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có gần 2.000 đoàn viên, thanh niên tham gia.",
     "609: 'ra quân Chiến dịch \"Kỳ nghỉ hồng\", \"Hành quân xanh\" năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên'. g.sh 'gần 2\\.?000|2\\.000 đoàn viên': only 333 ('hơn 12.000 đoàn viên', Công đoàn ngành Giáo dục)."),
    ("706_3b59f272cb92", D,
     "Đại hội Công đoàn Viên chức Thành phố khóa III, nhiệm kỳ 2017-2022 đặt chỉ tiêu bồi dưỡng, giới thiệu 3.000 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706 (VOH): 'Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp' (Đại hội Công đoàn Viên chức Tp khóa III, 2017-2022). g.sh '3\\.?000 đoàn viên': only 217 ('53.000 đoàn viên', development target)."),
    ("713_880c4651b9b8", D,
     "Đoàn Chủ tịch Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII (2024-2029) gồm 21 vị.",
     "713: 'hiệp thương thông qua danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị'. g.sh '21 vị|21 đồng chí': only BCH elections of other unions (237, 239)."),
    ("803_697f32d60bca", D,
     "Theo quyết định của Ban Thường vụ Thành ủy Hà Nội, đợt 7/11/2023 có 11 đảng viên thuộc Đảng bộ quận Hai Bà Trưng được trao tặng Huy hiệu 75 năm tuổi Đảng.",
     "803 body: 'trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên, Huy hiệu 70 năm tuổi Đảng đợt 7/11/2023 cho 1 đảng viên thuộc Đảng bộ quận Hai Bà Trưng' (also '3 đồng chí' at home, '2 đảng viên' at the ceremony — subsets, none is 11). g.sh '11 đảng viên|11 đồng chí': only presidium/standing-committee counts of other bodies (348, 593, 808, 887); 'Hai Bà Trưng.{0,80}Huy hiệu': only 803. Other districts' badge rounds (804 Hà Đông, 805 Đống Đa) are other organisations."),
    ("690_827366894f5d", D,
     "Theo MTTQ tỉnh Thừa Thiên Huế, tỷ lệ hộ nghèo toàn tỉnh hiện còn khoảng 4,5%.",
     "690: 'Hiện nay, tỷ lệ hộ nghèo trên toàn tỉnh chiếm 3,45%' (TTH.VN, 15/10/2021). g.sh '4,5 ?%': only 231 ('giảm 14,5%', bonus)."),

    # ---------------- not_found ----------------
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức tham dự.",
     "031 names the XII congress but gives no delegate count. g.sh 'Công (T|t)hương Hà Nội.{0,80}(XII|2023 ?- ?2028)': only 031. Near-miss: 132_c1ba456901a1 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức' — another edition (XI)."),
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình chị Lại Hải Yến, công nhân môi trường qua đời do tai nạn.",
     "073 reports the visit/support but states no amount. g.sh 'Lại Hải Yến|Môi trường đô thị': the name only in 073; other Môi trường đô thị pages (128, 131...) are other occasions."),
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức dự.",
     "342 and 079_e6ebd6fda2ad (same congress) give no delegate count; 079 counts BCH members ('dự kiến có 29-33 người, hiện đã chỉ định 21 người') and BTV ('9 người') — other counted nouns. g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ' -> 342, 079 only."),
    ("402_eeb7fa7db79a", N,
     "Chương trình “Những bông hoa tháng 10” năm 2023 sẽ biểu dương 250 Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc.",
     "402 gives dates ('17-19/10/2023') and edition ('lần thứ III') but no count of chủ tịch. g.sh 'Hội Phụ nữ cơ sở giỏi|Những bông hoa tháng 10': also 401 (Hội LHPN Hà Nội city event, no count). '93 năm' is an anniversary."),
    ("965_f94f0c950eb5", N,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 triệu tập 280 đại biểu chính thức.",
     "965 gives only duration ('trong 2 ngày (28 và 29/9/2023)'). g.sh 'Tuyên Quang': 532 (congress lần thứ I 2025-2030, no count), 727 unrelated; '280 đại biểu': no hit."),
    ("246_cb2766c7a822", N,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có hơn 15.000 đoàn viên.",
     "246 counts units ('gồm 32 đơn vị, doanh nghiệp') and Cụm phó ('2 Cụm phó'), not đoàn viên. g.sh 'đoàn viên.{0,60}Long Biên|Long Biên.{0,80}đoàn viên' -> 127 (one school union), 1.400 (243, a sports day), no cluster membership; '15\\.000 đoàn viên': no hit."),
    ("783_ef3db5842d22", N,
     "Năm 2019, Cụm thi đua số 3 LĐLĐ thành phố Hà Nội đề nghị khen thưởng 30 tập thể có thành tích xuất sắc.",
     "783 counts only member district unions ('LĐLĐ 6 huyện, thị xã') and cites 'Hướng dẫn số 39'; no award count. g.sh 'Cụm thi đua số 3': corpus 003 (a later year, no count); '30 tập thể': no hit (215 '25 tập thể' is Công đoàn Viên chức, other org)."),
    ("319_7f30ae237edf", N,
     "Công an TP Hà Nội huy động 3.000 cán bộ, chiến sĩ ra quân trong đợt cao điểm trấn áp tội phạm dịp Tết Nguyên đán Bính Ngọ.",
     "319 counts nhóm chỉ tiêu (7, 10) and 'Kế hoạch số 416', not officers. g.sh 'Công an (TP )?Hà Nội|Công an Thủ đô': only 319; '3\\.000 cán bộ': only 230 ('23.000 cán bộ', ngành Y tế)."),
    ("336_5d7aa39073a7", N,
     "Môn bóng đá nam tại Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 có 24 đội bóng tranh tài.",
     "336 counts athletes ('hơn 1000 vận động viên'), CĐCS ('75'), cụm ('4') and môn thi ('4'), not football teams. g.sh 'bóng đá', 'Hoàn Kiếm.{0,100}đội', '24 đội': no team count for Hoàn Kiếm (046 '18 đội' is Cúp Báo LĐTĐ 2015)."),
    ("595_5935e954d4b4", N,
     "Dịp Tết Mậu Tuất 2018, LĐLĐ tỉnh Bình Dương bố trí 39 chuyến xe đưa công nhân về quê đón Tết.",
     "595 counts workers (khoảng 4.000 về quê; 140.000 ở lại), not buses. Near-miss: 828_d0642a76ce86 'hơn 1.600 công nhân ... trên 39 Chuyến xe Công đoàn' is Bình Dương Xuân 2025 — another year. g.sh '39 (chuyến|Chuyến)': only 828."),
    ("265_98024dc6bc76", N,
     "LĐLĐ Thành phố Hà Nội đặt chỉ tiêu xây dựng 200 mô hình CNVCLĐ tham gia bảo vệ môi trường trong phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”.",
     "265 sets percentage targets only ('100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền', '100% Công đoàn cơ sở ... ít nhất 1 hoạt động') and mentions 'xây dựng các mô hình CNVCLĐ tham gia bảo vệ môi trường' with no number. g.sh '[0-9.]+ mô hình': only 994 ('3 mô hình kinh tế thanh niên')."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x).replace("\t", " ").replace("\n", " ")
                     for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
