#!/usr/bin/env python3
"""Claim set for `ldtd check`, written blind to the checker (see README.md).
Writes claims.tsv (NFC, sorted by page_id). Seeds use page_id `seed`; the seed stem is in `why`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- seeds ----------------
    ("seed", S,
     "Tính đến sáng 13/4, đã có hơn 9,6 nghìn người của Liên đoàn Lao động TP Hà Nội tham gia Chương trình “1 triệu sáng kiến”.",
     "seed 002_577304133d3e638d body: 'tính đến sáng 13/4 ... LĐLĐ thành phố Hà Nội ... với 14.791 sáng kiến và 9.667 người tham gia' (stated twice, once as '9667'). "
     "9.667 ~ 'hơn 9,6 nghìn'. Note: the 'Tin khác' teaser in seed 003 says 'hơn 40.000 người tham gia' for the finished programme (later occasion, teaser, not body)."),
    ("seed", D,
     "Đến sáng 13/4, LĐLĐ thành phố Hà Nội đã cập nhật gần 12,8 nghìn sáng kiến trong Chương trình “1 triệu sáng kiến”.",
     "seed 002_577304133d3e638d: 'tính đến sáng 13/4 ... vượt lên vị trí thứ 2 ... với 14.791 sáng kiến'. Claimed ~12.800 vs 14.791: clearly off. "
     "g.sh '12[.,]?791|12[.,]8 nghìn' -> only an image filename in 460 (no such count)."),
    ("seed", S,
     "Các cấp Công đoàn Thủ đô đã quyên góp 17 nghìn bộ áo dài để tặng nữ công nhân lao động qua chương trình “Tặng áo dài, trao yêu thương”.",
     "seed 003_7db656824e63f1d3: 'các cấp Công đoàn Thủ đô đã quyên góp ủng hộ 17.000 bộ áo dài yêu thương trao tặng cho nữ công nhân lao động'. "
     "(059_9aee6bcb3e82 counts only LĐLĐ quận Long Biên's 'gần 1.500 bộ áo dài' - a sub-unit, not this figure.)"),
    ("seed", D,
     "Trong dịp Tết Nguyên đán năm 2023, Công đoàn Thủ đô các cấp đã dành trên 124 tỷ đồng để hỗ trợ đoàn viên, người lao động.",
     "seed 003_7db656824e63f1d3: 'Trong dịp Tết Nguyên đán năm 2023, các cấp Công đoàn Thủ đô đã dành nguồn ngân sách trên 144 tỷ đồng để hỗ trợ đoàn viên, người lao động'. "
     "124 vs 144 tỷ: clearly off. g.sh '124 tỷ' -> no hit."),
    # ---------------- dev pages ----------------
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức về dự.",
     "013 is a photo report with no count of delegates. g.sh 'Tây Hồ.{0,80}đại biểu|đại biểu.{0,80}Tây Hồ' -> nothing. "
     "'200 đại biểu chính thức' exists only for OTHER congresses: Công đoàn quận Hai Bà Trưng XIX (237_e9e86887473f), Công đoàn ngành Công thương Hà Nội XI (132_c1ba456901a1), ngành Giáo dục Hà Nội (298_583bcb6b997c) - another organisation, so not this thing."),
    ("019_86611d9987c1", D,
     "Năm 2020, thu nhập bình quân của người lao động trong Công đoàn ngành Xây dựng Hà Nội đạt 5,5 triệu đồng/người/tháng.",
     "019: 'Công đoàn ngành Xây dựng Hà Nội ... [năm 2020] ... thu nhập bình quân đạt 4.500.000đ/người/tháng'. 5,5 vs 4,5 triệu: clearly off. "
     "g.sh '5[.,]5 triệu|5\\.500\\.000' -> only 407 ('trợ giúp trên 5,5 triệu lượt người nghèo' - another noun)."),
    ("041_bf2f2fd819b8", S,
     "Hưởng ứng Tháng Công nhân năm 2022, LĐLĐ TP Hà Nội đã tuyên dương một trăm “Công nhân giỏi Thủ đô”.",
     "041: 'hưởng ứng “Tháng Công nhân” năm 2022, LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”'. Spelled 'một trăm' = 100. "
     "Consistent with 076_a1ba473fd589 (100 ... năm 2022). Other years differ by year (90 in 2019: 042; 100 in 2023: seed 003) - year narrows it."),
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, hơn 6.000 Công đoàn cơ sở ở Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025-2030.",
     "095 gives no count of CĐCS (only the plan number 117 and the deadline 31/12/2025). g.sh '6[.,]000 (Công đoàn cơ sở|CĐCS)' -> nothing; "
     "the only Hà Nội count of CĐCS holding congresses is seed 003 '8.563/8.563 Công đoàn cơ sở ... nhiệm kỳ 2023 - 2028' - another term. "
     "288_b4f0b53ee431 counts delegates (548) of the city Congress XVIII, not CĐCS."),
    ("102_19f84bdab62b", S,
     "Qua 9 mùa Tết Sum vầy từ năm 2015 đến 2024, hơn 26 triệu lượt người lao động có hoàn cảnh khó khăn đã được nhận quà.",
     "102: 'qua 9 mùa tết từ năm 2015 đến năm 2024 ... trong đó 26,2 triệu lượt người có hoàn cảnh khó khăn được nhận quà'. 26,2 ~ 'hơn 26 triệu'."),
    ("102_19f84bdab62b", D,
     "Theo Tổng LĐLĐ Việt Nam, sau 9 mùa “Tết Sum vầy” (2015-2024), hệ thống công đoàn đã tổ chức khoảng 168 nghìn chương trình.",
     "102: 'qua 9 mùa tết từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức 186.944 chương trình'. ~168.000 vs 186.944 (digits swapped): clearly off. "
     "g.sh '168[.,]' -> nothing. (161_e0c324a85eb1 '14.664 chương trình' is a single edition, 2024.)"),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành gồm 25 ủy viên.",
     "204 states no figure about the congress (no delegates, no BCH size). g.sh 'Nông nghiệp và PTNT|NN&PTNT' -> 204 and 023/022 only; "
     "023_e0590f1ed7e4 is about the NEXT congress (lần thứ VI) and counts '30/30 Công đoàn cơ sở'. g.sh '25 (ủy viên|đồng chí)' -> only 621 (Hội LHPN huyện Vạn Ninh)."),
    ("352_557f7c6c45b0", S,
     "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, ông Chu Ngọc Anh được bầu lại làm Chủ tịch UBND thành phố với gần 97,9% số phiếu.",
     "352: 'ông Chu Ngọc Anh tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội ... với số phiếu 92/94 (chiếm 97,87%)'. 97,87 ~ 'gần 97,9%'."),
    ("399_3e8e3ba51bc4", D,
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 có 286 đại biểu tham dự.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI ... phiên chính thức với sự tham dự của 268 đại biểu'. 286 vs 268: clearly off. g.sh '286 đại biểu' -> nothing."),
    ("466_be558adf4870", S,
     "Dịp chăm lo Tết cho CNVC-LĐ, LĐLĐ quận đã vận động các doanh nghiệp tặng vé xe cho gần 1.800 công nhân về quê đón Tết.",
     "466: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết'. 1.794 ~ 'gần 1.800'. "
     "(646 '2.200 vé xe' is LĐLĐ tỉnh Đồng Nai - another organisation.) Page never names the quận."),
    ("466_be558adf4870", D,
     "Tại buổi tổng kết chăm lo Tết, LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ Thành phố cho mười ba tập thể.",
     "466: 'LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 31 tập thể và 22 cá nhân'. 13 vs 31: clearly off. g.sh '13 tập thể' -> nothing."),
    ("493_b4e13aabbfd4", D,
     "Quý II năm 2022, lực lượng lao động từ 15 tuổi trở lên của cả nước là 48,6 triệu người.",
     "493: 'Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người'. 48,6 vs 51,6 triệu: clearly off. g.sh '48,6 triệu' -> nothing."),
    ("525_3c28e321c9a6", S,
     "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức Bữa cơm Công đoàn với tổng giá trị hơn 38 tỷ đồng.",
     "525: 'tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng'. 38,2 ~ 'hơn 38 tỷ'."),
    ("525_3c28e321c9a6", D,
     "Các cấp Công đoàn tỉnh Bắc Ninh đã thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 800 tỷ đồng trong nhiệm kỳ qua.",
     "525: 'Các cấp Công đoàn trong tỉnh đã phối hợp tổ chức thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 600 tỷ đồng'. 800 vs 600: clearly off. g.sh '800 tỷ' -> nothing."),
    ("533_31522612a2cd", N,
     "Tại kỳ họp thứ 27 chiều 13/11, có 89 đại biểu HĐND TP Hà Nội có mặt bỏ phiếu bầu Chủ tịch HĐND thành phố.",
     "533 says only 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành' - the number of delegates present is never given. "
     "g.sh '89 đại biểu' -> 143 ('489 đại biểu', Đại hội phụ nữ) and 578 ('289 đại biểu chính thức', another congress) only."),
    ("629_49c2ddcfe599", D,
     "Ông Vũ Ngọc Hoành được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông với 26/29 đại biểu có mặt đồng ý.",
     "629: 'với kết quả 29/29 đại biểu có mặt đồng ý, đồng chí Vũ Ngọc Hoành ... được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông'. 26 vs 29 agreeing: clearly off. "
     "g.sh '26/29|26 đại biểu' -> nothing."),
    ("717_98d937fa1780", S,
     "Hội nghị học tập chuyên đề của LĐLĐ thành phố Hải Phòng được tổ chức trực tuyến tại sáu điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và ... Viettel' (LĐLĐ thành phố, Tống Văn Băng). "
     "06 = sáu."),
    ("718_ae869d03ab67", S,
     "Sau 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy Hải Phòng, thành phố đã phát triển được hơn 213 nghìn đoàn viên công đoàn.",
     "718: '10 năm thực hiện NQ 28 ... Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên'. 213.724 ~ 'hơn 213 nghìn'. "
     "(13.320 'đoàn viên, hội viên thanh niên' is a different noun.)"),
    ("718_ae869d03ab67", D,
     "Qua 10 năm thực hiện NQ 28, Hải Phòng đã thành lập được 1.416 tổ chức công đoàn tại các doanh nghiệp ngoài nhà nước, HTX, đơn vị ngoài công lập.",
     "718: 'Đồng thời thành lập được 1146 tổ chức công đoàn'. 1.416 vs 1.146: clearly off. g.sh '1[.,]?416' -> nothing."),
    ("748_c031ca469a2b", S,
     "Từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh Gia Lai tiếp tục thăm, tặng 224 suất quà Tết cho công nhân, người lao động nghèo.",
     "748: 'từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh tiếp tục đi thăm, tặng 224 suất quà Tết cho công nhân, người lao động nghèo'."),
    ("748_c031ca469a2b", D,
     "Tổng kinh phí quà Tết LĐLĐ tỉnh Gia Lai dành cho công nhân, người lao động nghèo đợt này khoảng 150 triệu đồng.",
     "748: 'Tổng kinh phí quà Tết cho công nhân, người lao động nghèo gần 95 triệu đồng, do cán bộ chuyên trách Công đoàn quyên góp'. 150 vs ~95 triệu: clearly off. "
     "g.sh '150 triệu' -> only 357 (LĐLĐ Hà Nội hỗ trợ Canon - another organisation)."),
    ("753_e38d5510a744", D,
     "Giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh đã chi gần 420 tỷ đồng để chăm lo, hỗ trợ đoàn viên, người lao động.",
     "753: 'Tính chung giai đoạn 2023-2025, gần 1,2 triệu lượt đoàn viên, người lao động đã được chăm lo, hỗ trợ với tổng kinh phí gần 520 tỉ đồng'. "
     "420 vs 520 tỷ: clearly off. g.sh '420 t' -> nothing."),
    ("753_e38d5510a744", N,
     "Ban Chấp hành Liên đoàn Lao động tỉnh Tây Ninh nhiệm kỳ 2025-2030 được Tổng LĐLĐ Việt Nam chỉ định gồm 39 ủy viên.",
     "753 says the BCH, Ban Thường vụ, chủ tịch, phó chủ tịch and UBKT were 'chỉ định' but gives no size. g.sh 'Tây Ninh' -> no BCH count anywhere; "
     "g.sh '39 (ủy viên|đồng chí|người)' -> only 156 (tai nạn lao động). Nearby 753 figures (243 Mái ấm, 15,6 tỉ, 1,2 triệu lượt, 520 tỉ) are other nouns."),
    ("830_c3fa9aa955b8", D,
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút 53 nghìn chiến sĩ tham gia.",
     "830: 'Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia'. 53.000 vs 35.000: clearly off. "
     "g.sh '53[.,]000' -> only 217 (53.000 đoàn viên công đoàn 2018-2023, another noun/organisation)."),
    ("830_c3fa9aa955b8", N,
     "Lễ ra quân Chiến dịch Xuân tình nguyện 2024 tại TP.HCM có hơn 4.000 đoàn viên, thanh niên tham dự.",
     "830 (2024, lần thứ 16) gives 35.000 chiến sĩ expected for the whole campaign, 22 quận huyện, 30/7 ngày - no count of attendees at the launch. "
     "'hơn 4.000 đoàn viên, thanh niên' is in 495_426cdd090149 for the 2026 edition (lần thứ 18) - another edition. g.sh '4[.,]000 (đoàn viên|thanh niên)' -> 495, 706 only."),
    ("982_1255496940da", D,
     "Tại chương trình “Tết sum vầy” năm 2020 ở Tam Đường, LĐLĐ tỉnh đã trao 45 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982: 'tại chương trình “Tết sum vầy” năm 2020, LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà'. 45 vs 25: clearly off. "
     "g.sh '45 suất|45 xuất' -> only 1147 ('345 suất quà', LĐLĐ TP Nha Trang). g.sh 'Tam Đường' -> 982 only."),
    ("1028_21dfb2d35f28", D,
     "Trong ba tháng đầu năm 2025, trên 9.300 người ở Hà Nội đã được tuyển dụng qua các phiên giao dịch việc làm.",
     "1028: 'Trong ba tháng đầu năm ... tăng hơn 3.000 người so với cùng kỳ năm 2024 ... với trên 7.300 người được tuyển dụng chỉ qua kênh này' (phiên giao dịch việc làm). "
     "9.300 vs 7.300: clearly off. g.sh '9[.,]300' -> nothing. (098 'gần 7.900 lao động' is Hà Nội 6 tháng 2022 - another period.)"),
    ("1028_21dfb2d35f28", N,
     "Trong quý I/2025, Hà Nội đã đưa hơn 1.200 lao động đi làm việc ở nước ngoài.",
     "1028 (Q1 2025) counts jobs (54.500), 5.200 via Quỹ Quốc gia, 260 tỷ, 7.300 via sàn - no xuất khẩu lao động figure. "
     "g.sh 'đi làm việc ở nước ngoài|xuất khẩu lao động' -> only 098_edd9ef3c5812: 'xuất khẩu lao động trên 1.200 người' for Hà Nội 6 tháng đầu năm 2022 - another period."),
    ("1047_2700ae405823", D,
     "Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” của Công đoàn Điện lực Việt Nam đã nhận được 263 bài dự thi từ các đơn vị.",
     "1047: 'ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành và chọn ra 197 bài viết để chấm giải'. 263 vs 236: clearly off. g.sh '263 bài' -> nothing."),
    ("1047_2700ae405823", N,
     "Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” có 150 tác giả tham gia.",
     "1047 counts bài viết (236 received, 197 judged) and giải (1 nhất, 2 nhì, 4 ba, 10 khuyến khích) but never the number of tác giả (authors) - another counted noun. "
     "g.sh '150 tác giả' -> nothing; g.sh 'tác giả' -> only bylines and 269 (another contest)."),
    ("1089_a96f4067d307", S,
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX, nhiệm kỳ 2023-2028 đã bầu 33 ủy viên Ban Chấp hành khóa IX.",
     "1089: 'Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX, nhiệm kỳ 2023 - 2028 gồm 33/35 Ủy viên (khuyết 2 Ủy viên)' (title: 'Bầu 33 Ủy viên Ban Chấp hành khóa IX')."),
    ("1089_a96f4067d307", N,
     "Ban Thường vụ Hội Nông dân tỉnh Tiền Giang khóa IX, nhiệm kỳ 2023-2028 gồm 11 ủy viên.",
     "1089 says BCH 'đã bầu Ban Thường vụ, Chủ tịch, các Phó Chủ tịch, Ủy ban Kiểm tra' with no size. g.sh 'Tiền Giang' -> 148, 457, 1004, 1089, none counting a Ban Thường vụ; "
     "'Ban Thường vụ ... gồm 11' exists only for other bodies (115 LĐLĐ Bình Định, 348 Đảng bộ huyện, 1085 Hội LHPN Hà Tĩnh)."),
    ("1106_4851ef217f85", S,
     "Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em TP Hà Nội đã tặng quà cho 100 con công nhân lao động có hoàn cảnh khó khăn ở quận Hoàng Mai.",
     "1106: 'Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em thành phố Hà Nội đã tặng quà cho 100 con công nhân lao động có hoàn cảnh khó khăn trên địa bàn quận Hoàng Mai'."),
    ("1106_4851ef217f85", N,
     "Nhân Tháng hành động vì trẻ em năm 2023, Liên đoàn Lao động quận Hoàng Mai đã trao 75 suất quà cho con đoàn viên khó khăn.",
     "1106 counts LĐLĐ quận Hoàng Mai's '75 suất quà trị giá 800.000 đồng' for Tháng hành động vì trẻ em năm 2022 (page dated 21/06/2022) - another year/edition. "
     "g.sh 'Tháng hành động vì trẻ em' -> 012 (2020 plan), 320 (2017), 492 (Ba Đình 2025), 642 (Hội An), 695 (2024 theme) - none for Hoàng Mai 2023."),
    ("1190_b264d705f1e4", S,
     "Hội thao Công đoàn Ngân hàng Việt Nam - cụm thi đua số 8 năm 2019 thu hút hơn 120 vận động viên tham gia.",
     "1190 body: 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ (cụm thi đua số 8)'. "
     "Body says 'lượt VĐV' (the caption says 'hơn 120 VĐV')."),
    ("1190_b264d705f1e4", N,
     "Tại hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019, ban tổ chức đã trao 24 huy chương vàng.",
     "1190 covers only the opening (120 VĐV, 6 chi nhánh, 6 nội dung); no medals or prizes counted. g.sh 'huy chương' -> nothing in the corpus."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x.strip()) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))
    per = Counter(r[0] for r in rows if r[0] != "seed")
    assert max(per.values()) <= 2, per


if __name__ == "__main__":
    main()
