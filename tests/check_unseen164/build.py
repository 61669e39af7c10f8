#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Seed page 002_577304133d3e638d is written with page_id `seed` (stem given in `why`)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- seed 002_577304133d3e638d ----
    ("seed", S,
     "Tính đến sáng 13/4, LĐLĐ thành phố Hà Nội đã có gần 14,8 nghìn sáng kiến trên bảng xếp loại số lượng sáng kiến của Tổng LĐLĐ Việt Nam.",
     "seed 002_577304133d3e638d: 'tính đến sáng 13/4 ... LĐLĐ thành phố Hà Nội đã vượt lên vị trí thứ 2 bảng xếp loại số lượng sáng kiến của Tổng LĐLĐ Việt Nam, với 14.791 sáng kiến' (gần 14,8 nghìn ~ 14.791). 177_49526c316754 gives 200.000 sáng kiến at the end of the programme (later date, not 13/4)."),
    ("seed", D,
     "Tính đến sáng 13/4, đã có hơn 7.600 người tham gia đóng góp sáng kiến của Liên đoàn Lao động thành phố Hà Nội trên bảng xếp loại của Tổng Liên đoàn.",
     "seed 002_577304133d3e638d: 'với 14.791 sáng kiến và 9.667 người tham gia' (also '9667'). Claimed hơn 7.600 vs 9.667. g.sh '7[.,]?6[0-9]{2} người|7,6 nghìn' -> no hit. 177_49526c316754 '40.000 người tham gia' is the final tally, not 13/4."),
    # ---- 1087 ----
    ("1087_90263a33a0ca", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2022-2027 có 290 đại biểu chính thức tham dự.",
     "1087_90263a33a0ca: 'Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương với sự tham dự của 290 đại biểu chính thức'."),
    ("1087_90263a33a0ca", D,
     "Các đại biểu dự Đại hội Đoàn tỉnh Bình Dương khóa XI đại diện cho hơn 68 nghìn đoàn viên trong tỉnh.",
     "1087_90263a33a0ca: '290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên trong tỉnh'. Claimed hơn 68 nghìn vs hơn 88.000. g.sh '68[.,]000|68 nghìn' -> no hit."),
    # ---- 154 ----
    ("154_9d6a311843f2", S,
     "Dịp kỷ niệm ngày thành lập Công đoàn Việt Nam năm 2024, các cấp Công đoàn quận Phú Nhuận (TP.HCM) đã trao tặng 221 sổ tiết kiệm cho đoàn viên có hoàn cảnh khó khăn.",
     "154_9d6a311843f2: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn' (LĐLĐ quận Phú Nhuận, 95 năm ... 28.7.2024)."),
    ("154_9d6a311843f2", D,
     "Kinh phí cho các sổ tiết kiệm mà Công đoàn quận Phú Nhuận trao tặng đoàn viên khó khăn dịp kỷ niệm ngày thành lập Công đoàn Việt Nam năm 2024 là gần 570 triệu đồng.",
     "154_9d6a311843f2: '221 sổ tiết kiệm ... với kinh phí hơn 475 triệu đồng'. Claimed gần 570 triệu vs hơn 475 triệu. g.sh '570 triệu' -> no hit; g.sh 'sổ tiết kiệm' -> only this page."),
    # ---- 340 ----
    ("340_450a27d2144e", S,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đã đề ra mười hai chỉ tiêu.",
     "340_450a27d2144e: 'Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu'."),
    ("340_450a27d2144e", D,
     "Đại hội Công đoàn Thành phố Hồ Chí Minh lần thứ XII (nhiệm kỳ 2023 - 2028) xác định 5 khâu đột phá.",
     "340_450a27d2144e: '12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm'. Claimed 5 vs 3. g.sh '(5|năm) khâu đột phá' -> no hit (other pages: MTTQ '3 khâu đột phá' 712, Lâm Đồng 'ba khâu đột phá' 747)."),
    # ---- 504 ----
    ("504_7a8b75f0dd5a", S,
     "Ngay từ sáng sớm, hơn 2,4 nghìn đoàn viên, công nhân lao động Hà Nội đã có mặt tham dự Chợ Tết Công đoàn năm 2026.",
     "504_7a8b75f0dd5a: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình' (Chợ Tết Công đoàn năm 2026)."),
    ("504_7a8b75f0dd5a", D,
     "Chợ Tết Công đoàn năm 2026 diễn ra trong hai ngày 31/1 - 1/2/2026 với quy mô 90 gian hàng.",
     "504_7a8b75f0dd5a: 'diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng'; 107_cd50bca97726 agrees (Thiên Lộc, 31/1-1/2/2026, 'khoảng 50 gian hàng'). Claimed 90. g.sh '90 gian hàng' -> no hit (543 Đà Nẵng '70-80 gian hàng' is another city/event)."),
    # ---- 507 ----
    ("507_60ef7af69b3d", S,
     "Công đoàn Viên chức thành phố Hà Nội đã khen thưởng sáu tập thể có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507_60ef7af69b3d: 'Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020' (Công đoàn Viên chức thành phố Hà Nội)."),
    ("507_60ef7af69b3d", D,
     "Tại hội nghị tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2020, Công đoàn Viên chức Hà Nội đã khen thưởng 68 cá nhân.",
     "507_60ef7af69b3d: '6 tập thể và 88 cá nhân đã được khen thưởng'. Claimed 68 vs 88. g.sh '68 cá nhân' -> no hit."),
    # ---- 542 ----
    ("542_2bc2120ebb1a", S,
     "Chương trình “Tết sum vầy - Xuân bình an” năm 2022 tại thị xã Hoàng Mai đã trao tặng 285 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "542_2bc2120ebb1a: 'Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn' (LĐLĐ thị xã Hoàng Mai, “Tết sum vầy - Xuân bình an” năm 2022)."),
    ("542_2bc2120ebb1a", D,
     "Trong chương trình “Tết sum vầy - Xuân bình an” 2022 ở thị xã Hoàng Mai, Liên đoàn Lao động tỉnh đã tặng 120 suất quà cho CNLĐ thuộc LĐLĐ thị xã.",
     "542_2bc2120ebb1a: 'LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai'. Claimed 120 vs 200. g.sh '120 suất' -> no hit."),
    # ---- 550 ----
    ("550_47914fdae7e5", S,
     "Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất 6 triệu cây xanh trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
     "550_47914fdae7e5: 'Trung ương Đoàn vừa ban hành kế hoạch tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2023 ... Một số chỉ tiêu ... trồng mới ít nhất 6 triệu cây xanh'. (547 '165.214 cây xanh' is one province's result.)"),
    ("550_47914fdae7e5", D,
     "Kế hoạch Chiến dịch Thanh niên tình nguyện hè 2023 của Trung ương Đoàn đặt mục tiêu xây dựng ít nhất 1.500 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú.",
     "550_47914fdae7e5: 'Xây dựng ít nhất 1.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú'. Claimed 1.500 vs 1.000. g.sh '1[.,]500 (căn )?nhà|1[.,]500 ngôi nhà' -> no hit (547 '28 nhà nhân ái' is one province's result)."),
    # ---- 609 ----
    ("609_dfc9aa12900d", D,
     "Lễ ra quân chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có khoảng 1.500 đoàn viên, thanh niên tham gia.",
     "609_dfc9aa12900d: 'Thành đoàn Hà Nội tổ chức ra quân Chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên'. Claimed khoảng 1.500 vs gần 1.000. g.sh '1[.,]500 đoàn viên' -> no hit."),
    ("609_dfc9aa12900d", N,
     "Tại lễ ra quân “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 ở Đông Anh, Thành đoàn Hà Nội đã trao tặng 12 công trình thanh niên.",
     "609_dfc9aa12900d only says 'trao tặng công trình cho cán bộ, chiến sĩ' (caption, no count); its figures are gần 1.000 đoàn viên and 5 đội hình (different nouns). g.sh 'Trao tặng.{0,40}công trình|công trình thanh niên' -> counts only for other provinces/years (547: one province, 211 công trình in 2023; 548, 549: 2022; 799; 1105; 644 '7 công trình'); g.sh '12 công trình' -> no hit."),
    # ---- 762 ----
    ("762_03509ce53e76", S,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, Ban tổ chức đã phát ba nghìn phiếu mua hàng miễn phí cho công nhân lao động.",
     "762_03509ce53e76: 'Tại chương trình, Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động' (Ngày hội công nhân năm 2023, KCN Đại Đồng - Hoàn Sơn)."),
    ("762_03509ce53e76", D,
     "Mỗi phiếu mua hàng miễn phí phát cho công nhân tại Ngày hội công nhân 2023 ở KCN Đại Đồng - Hoàn Sơn trị giá 150 nghìn đồng.",
     "762_03509ce53e76: '3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn'. Claimed 150 nghìn vs 250 nghìn. g.sh '150 nghìn|150[.,]000 đồng' -> no hit."),
    # ---- 802 ----
    ("802_331723d186da", D,
     "Trong đợt trao tặng Huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 150 đảng viên được nhận huy hiệu.",
     "802_331723d186da: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng' (lễ trao huy hiệu Đảng đợt 19/5). Claimed 150 vs 190. g.sh '150 đảng viên' -> no hit."),
    # ---- 808 ----
    ("808_2d042b864f95", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI, nhiệm kỳ 2022-2027 có sự tham gia của 441 đại biểu.",
     "808_2d042b864f95: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI, nhiệm kỳ 2022-2027 ... với sự tham gia của 441 đại biểu'."),
    ("808_2d042b864f95", D,
     "Đại hội Đoàn TNCS Hồ Chí Minh Thành phố Hồ Chí Minh lần thứ XI đã bầu Ban Chấp hành khóa XI gồm 65 đồng chí.",
     "808_2d042b864f95: 'đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí'. Claimed 65 vs 59. g.sh '65 đồng chí' -> no hit."),
    # ---- 904 ----
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè năm 2025, tuổi trẻ Hà Tĩnh đã trao tặng biểu trưng 15 bể bơi di động.",
     "904_0a7c4b90f9b3: 'ban tổ chức đã trao tặng biểu trưng các công trình gồm 15 bể bơi di động' (Hà Tĩnh, khởi động chiến dịch TNTN hè 2025)."),
    ("904_0a7c4b90f9b3", D,
     "Tuổi trẻ Hà Tĩnh đã huy động hơn 2,5 tỷ đồng trao tặng các công trình tại lễ khởi động chiến dịch thanh niên tình nguyện hè năm 2025.",
     "904_0a7c4b90f9b3: 'tuổi trẻ Hà Tĩnh đã huy động được gần 1,8 tỉ đồng trao tặng các công trình'; '... với tổng giá trị gần 1,8 tỷ đồng'. Claimed hơn 2,5 tỷ. g.sh '2,5 t[ỷỉ]' -> no hit."),
    # ---- 941 ----
    ("941_b32ebfdb5342", S,
     "Các hoạt động khởi động Tháng Thanh niên năm 2021 của các cơ sở đoàn huyện Tuy Phước đã thu hút hơn 500 lượt đoàn viên thanh niên tham gia.",
     "941_b32ebfdb5342: 'từ ngày 6-7/3/2021 các cơ sở đoàn trên địa bàn huyện đã đồng loạt ra quân các hoạt động khởi động tháng thanh niên ... thu hút hơn 500 lượt ĐVTN tham gia' (Huyện đoàn Tuy Phước)."),
    ("941_b32ebfdb5342", D,
     "Tại buổi ra quân Tháng Thanh niên sáng 6/3/2021, Huyện đoàn Tuy Phước đã trồng 60 cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: 'Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn ... tại Trung tâm hoạt động thanh thiếu nhi huyện. Kết quả đã trồng 90 cây'. Claimed 60 vs 90. g.sh '60 cây' -> no hit."),
    # ---- 983 ----
    ("983_245bc105cc74", S,
     "Tổng trị giá quà tặng của đoàn công tác Trung ương Đoàn khi thăm, chúc Tết lực lượng biên phòng và người dân biên giới thị xã Tân Châu, An Giang là hơn 600 triệu đồng.",
     "983_245bc105cc74: 'đoàn công tác của T.Ư Đoàn ... đến thăm, chúc tết lực lượng biên phòng và người dân biên giới thuộc TX.Tân Châu, An Giang ... Tổng trị giá quà tặng hơn 600 triệu đồng'."),
    ("983_245bc105cc74", D,
     "Chương trình Tết 2022 của Trung ương Đoàn đưa 3.000 sinh viên, thanh niên công nhân, người lao động khó khăn về quê đón Tết miễn phí.",
     "983_245bc105cc74 (date 2022-01): 'chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí'. Claimed 3.000 vs 2.000. g.sh '3[.,]000 sinh viên' -> no hit."),
    # ---- 1242 ----
    ("1242_e05739eea984", D,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII họp sáng 12-1 (bầu bà Thái Thu Xương làm Phó Chủ tịch) đã bầu bổ sung 12 ủy viên Ban Chấp hành.",
     "1242_e05739eea984: 'Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam'. Claimed 12 vs 18. g.sh '12 ủy viên|mười hai ủy viên' -> no hit (088 'bầu bổ sung 4 đồng chí' BCH khóa XII is another conference)."),
    ("1242_e05739eea984", N,
     "Bà Thái Thu Xương được bầu giữ chức Phó Chủ tịch Tổng LĐLĐ Việt Nam với 96,5% số phiếu tán thành.",
     "1242_e05739eea984 gives no vote share (only 18/3/2 ủy viên bầu bổ sung); 101_3f31a6e4a441 only 'Ngày 12/1/2022, đồng chí Thái Thu Xương được bầu làm Phó Chủ tịch'. g.sh 'Thái Thu Xương.{0,200}(%|phiếu)' -> no hit; g.sh '96,5' -> no hit."),
    # ---- not_found on pages without (usable) figures ----
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 150 đại biểu chính thức tham dự.",
     "010_61b58bc23f9e only describes decorations for the congress (no delegate count). g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn Lao động)' -> 010, 002_66d9 (headline list), 205 (tổng kết 2021), 340 (teaser): none counts delegates; g.sh '150 đại biểu' -> no hit."),
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV, nhiệm kỳ 2023-2028 đã bầu Ủy ban Kiểm tra gồm 7 ủy viên.",
     "203_1d5ba7406036 has no figures. 239_537243f63a13 counts OTHER things of this congress: '191 đại biểu', 'bầu 21 đồng chí vào Ban Chấp hành' (BCH, not UBKT). g.sh 'Ủy ban Kiểm tra.{0,100}Xây dựng|Xây dựng Hà Nội.{0,100}Ủy ban Kiểm tra' -> only 1064 (UBKT kiểm tra 22 CĐCS, no member count). '7 ủy viên' hits are other bodies (BCH lâm thời Marie Curie, UBKT Huyện ủy Hà Trung)."),
    ("243_c554aeec7ee3", N,
     "Ngày hội “Văn hóa - Thể thao” năm 2019 của Công đoàn quận Long Biên có 36 đội tham dự.",
     "243_c554aeec7ee3 counts only '1.400 đoàn viên công đoàn tham dự' (headline); 'tặng cờ lưu niệm cho các đội tham dự' has no number. g.sh 'Long Biên.{0,200}(Ngày hội|thể thao)' -> only 243; g.sh '36 đội' -> no hit."),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký 2.500 sáng kiến hưởng ứng chương trình sáng kiến của Tổng LĐLĐ Việt Nam.",
     "181_e4c0aa4c078f counts only '2 đợt' thi đua (and the programme name '1 triệu sáng kiến'). g.sh 'Sóc Sơn.{0,150}sáng kiến|sáng kiến.{0,150}Sóc Sơn' -> 181, 180 (headline list), seed (Sóc Sơn named among units with high ratio, no count). g.sh '[0-9.]+ sáng kiến' -> Hà Nội totals (14.791, 200.000), individuals, ngành Xây dựng, national; none for Sóc Sơn."),
    ("693_fc08e1a86a0b", N,
     "Có 64 công đoàn cơ sở thuộc Công đoàn ngành Giao thông vận tải Hà Nội đăng ký tham gia đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp.",
     "693_fc08e1a86a0b gives only dates (15/5 - 10/10). g.sh 'Giao thông vận tải Hà Nội.{0,200}(công đoàn cơ sở|CĐCS)' -> no hit; other ngành GTVT figures (124: 10 lượt trợ cấp, 194 cháu; 1162: 45 công nhân giỏi) are other nouns/occasions; g.sh '64 (công đoàn|CĐCS)' -> no hit."),
    ("1205_8824486ce1df", N,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 ủy viên.",
     "1205_8824486ce1df counts only '42 công đoàn viên' attending; 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' (caption) has no size. g.sh 'Sơn Ca 10.{0,200}(BCH|Ban Chấp hành)' -> no hit; '5 ủy viên' not in corpus for this union."),
    ("631_0b16f9904253", N,
     "Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI, nhiệm kỳ 2021-2026 có 41 ủy viên.",
     "631_0b16f9904253: only 'Hội nghị lần thứ 13 Ban Chấp hành khóa XVI' (ordinal) and 'toàn thể các đồng chí Ủy viên Ban Chấp hành' (no count). g.sh 'LHPN tỉnh Nghệ An|Phụ nữ tỉnh Nghệ An' -> only 631; g.sh '41 ủy viên' -> no hit."),
    ("171_ed616c7d5ff1", N,
     "Hội nghị Thành ủy Hà Nội tổng kết các chương trình công tác khóa XVI, nhiệm kỳ 2015-2020 diễn ra chiều 30/9 với 350 đại biểu tham dự.",
     "171_ed616c7d5ff1 counts only '3 chương trình' (programme IDs 03/06/08); no attendance. g.sh 'Thành u[ỷỳ] khoá XVI|Chương trình (số )?0[368]-Ctr' -> only 171; g.sh '350 đại biểu' -> no hit."),
    ("040_336a9444fa13", N,
     "Kế hoạch của Ban Thường vụ Thành ủy Hà Nội thực hiện Nghị quyết về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới đề ra 7 nhóm nhiệm vụ, giải pháp.",
     "040_336a9444fa13 names 'Kế hoạch số 35/KH-TU' (an ID) but the excerpt gives no count of tasks. g.sh 'Kế hoạch số 35' -> only 040; g.sh 'nhóm (nhiệm vụ|giải pháp)' -> 1028 (labour market, no count); '7 nhóm' -> 319 (Công an TP Hà Nội chỉ tiêu), other organisation."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
