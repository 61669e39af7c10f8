#!/usr/bin/env python3
"""Blind claim set for `ldtd check`, batch 17 dev pages (no seed claims).

Writes claims.tsv (NFC, tab-separated, header, sorted by page_id).
Only csv + unicodedata are used.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---- 741: Đại hội Công đoàn TP Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 (15-16/10)
    ("741_ca77ab8c28c7", S,
     "Ba trăm bốn mươi lăm đại biểu đã về dự Đại hội Công đoàn TP Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028, khai mạc sáng 15-10.",
     "741: 'Đại hội Công đoàn thành phố diễn ra trong 2 ngày từ ngày 15 đến 16-10, với sự tham gia của 345 đại biểu đại diện cho hơn 130.000 đoàn viên' (spelled-out 345)."),
    ("741_ca77ab8c28c7", D,
     "Các đại biểu dự Đại hội Công đoàn Đà Nẵng khóa XVII (2023-2028) đại diện cho hơn 103.000 đoàn viên, công nhân, viên chức, lao động thành phố.",
     "741: '345 đại biểu đại diện cho hơn 130.000 đoàn viên, công nhân, viên chức, lao động thành phố' -> 130.000, not 103.000. g.sh '103[.,  ]?000|103 nghìn|103 ngàn' = no hit. (The 2025 congress in 742/571 has 'hơn 216.000 đoàn viên', another edition.)"),
    ("741_ca77ab8c28c7", N,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành LĐLĐ thành phố khóa XVII gồm 32 ủy viên.",
     "741 gives no size of the BCH khóa XVII (only 'báo cáo kiểm điểm của Ban Chấp hành ... khóa XVI'). Near miss: 570 'Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên' is the BCH of the new (merged) LĐLĐ TP Đà Nẵng designated on 4-7 [2025] by Tổng LĐLĐ decision 3697, not elected at the 2023 XVII congress. g.sh 'Ban Chấp hành.{0,60}(gồm|có) [0-9]+|bầu [0-9]+ (ủy viên|đồng chí)' and '32 ủy viên|32 người|32 đồng chí': only 570 (and other provinces/units)."),

    # ---- 742: Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 (12-13/12)
    ("742_c62ad0872e2b", S,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 quy tụ các đại biểu đại diện cho hơn 216 nghìn đoàn viên trên địa bàn.",
     "742: 'với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng'; same in 571: '300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng'."),
    ("742_c62ad0872e2b", D,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I (2025-2030), khai mạc chiều 12-12, có 345 đại biểu chính thức tham dự.",
     "742: 'với sự tham gia của 300 đại biểu chính thức'; 571 also '300 đại biểu chính thức'. 345 is the delegate count of the previous edition (741, lần thứ XVII, 2023-2028, 15-10): g.sh '\\b345\\b' hits only 741 (and unrelated 156 '345 vụ', 452 '30, 345 tỷ')."),

    # ---- 743: Đại hội Công đoàn tỉnh Khánh Hòa khóa X, 2018-2023
    ("743_3d782a035b00", S,
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành gồm 38 người, trong đó ông Nguyễn Hòa tái đắc cử Chủ tịch LĐLĐ tỉnh.",
     "743: 'Đại hội đã bầu Ban chấp hành Công đoàn tỉnh Khánh Hòa gồm 38 vị,. Trong đó, ông Nguyễn Hòa tái đắc cử chức vụ Chủ tịch LĐLĐ tỉnh Khánh Hòa.'"),
    ("743_3d782a035b00", D,
     "Tại thời điểm Đại hội Công đoàn tỉnh Khánh Hòa lần thứ X (2018-2023), LĐLĐ tỉnh có khoảng 1.300 công đoàn cơ sở trực thuộc.",
     "743: 'trên 300 đại biểu đại diện cho 94.000 đoàn viên của 1.599 công đoàn cơ sở trực thuộc' -> 1.599, not ~1.300. g.sh '1[.,  ]?300 (công đoàn|CĐCS)|1,3 nghìn (công đoàn|CĐCS)' = no hit."),
    ("743_3d782a035b00", D,
     "Ngoài các đại biểu chính thức, Đại hội Công đoàn Khánh Hòa khóa X còn có 150 đại biểu khách mời là lãnh đạo trung ương, địa phương và nước bạn Lào.",
     "743: 'Đại hội có còn sự tham gia của 200 đại biểu khách mời là lãnh đạo của các cơ quan trung ương, địa phương, lãnh đạo tỉnh Khánh Hòa, nước bạn Lào' -> 200. g.sh '150 (đại biểu|khách)|khách mời' hits only 743's 200."),

    # ---- 744: Phó Chủ tịch Tổng LĐLĐ Ngọ Duy Hiểu tặng quà Tết ở Phú Thọ, 5/2/2026
    ("744_d077d464faf3", S,
     "Dịp Tết Bính Ngọ 2026, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã trao 97 suất quà cho đoàn viên, người lao động khó khăn tại Phú Thọ.",
     "744: 'ngày 5/2, đồng chí Ngọ Duy Hiểu - Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã đến thăm và trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng ...) ... Bệnh viện Đa khoa tỉnh Phú Thọ'."),
    ("744_d077d464faf3", D,
     "Mỗi suất quà Tết Phó Chủ tịch Tổng LĐLĐ Ngọ Duy Hiểu trao tại Phú Thọ ngày 5/2 trị giá 1,5 triệu đồng, gồm quà và tiền mặt.",
     "744: '97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng, gồm quà và tiền mặt)' -> 1,3 triệu. g.sh '1,5 triệu|1\\.500\\.000|1\\.500 nghìn' = no hit."),
    ("744_d077d464faf3", N,
     "Trong số quà Tết Phó Chủ tịch Tổng LĐLĐ Ngọ Duy Hiểu trao ngày 5/2/2026, có 47 suất dành cho người lao động Công ty CP Môi trường Dịch vụ đô thị Vĩnh Yên.",
     "744 only gives the total '97 suất quà Tết' for both units (Công ty ... Vĩnh Yên and Bệnh viện Đa khoa tỉnh Phú Thọ), no split per unit. g.sh 'Vĩnh Yên|Bệnh viện Đa khoa tỉnh Phú Thọ|Ngọ Duy Hiểu': no per-unit count anywhere; '47 suất' only in 067 '147 su[ất]' (Ba Đình, Hà Nội)."),

    # ---- 745: Phó Chủ tịch Tổng LĐLĐ Huỳnh Thanh Xuân tặng quà Tết ở Gia Lai, 7-2-2026
    ("745_266354cbce97", S,
     "Sáng 7-2, Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao một trăm phần quà Tết cho đoàn viên, người lao động khó khăn tại Gia Lai.",
     "745: 'Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' (Sáng 7-2, phường Thống Nhất, tỉnh Gia Lai)."),
    ("745_266354cbce97", D,
     "Mỗi phần quà Tết của Tổng LĐLĐ Việt Nam trao tại phường Thống Nhất (Gia Lai) gồm 500 nghìn đồng tiền mặt cùng quà hiện vật.",
     "745: 'mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng' -> 1 triệu cash. Trap: 681 '100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt)' is Hội Chữ thập đỏ tỉnh Gia Lai at xã Canh Vinh on 11-1, another organisation/occasion. g.sh '500 (nghìn|ngàn)|500\\.000 đồng': no Tổng LĐLĐ/Gia Lai 7-2 hit."),

    # ---- 747: LĐLĐ Lâm Đồng kỷ niệm 90 năm thành lập Công đoàn VN (2019)
    ("747_dca021f900b9", N,
     "Nhiệm kỳ 2018-2023, Công đoàn tỉnh Lâm Đồng đặt chỉ tiêu phát triển mới 10.000 đoàn viên.",
     "747 names 'ba khâu đột phá' for 2018-2023 but counts no members or targets. g.sh 'Lâm Đồng' -> only 429 (Công đoàn CAND at Đà Lạt), 548 (Tỉnh Đoàn Lâm Đồng), 610 (Vì người nghèo Đức Trọng): none counts union members; g.sh '10[.,]?000 đoàn viên' = no hit; 'phát triển (mới )?[0-9.]+ đoàn viên' hits only 217 (Thái Nguyên 53 nghìn), 666 (8.865, 2021), seed 002 (Hà Nội)."),

    # ---- 748: LĐLĐ Gia Lai tặng quà Tết công nhân nghèo (14-17/1)
    ("748_c031ca469a2b", S,
     "Tổng kinh phí quà Tết LĐLĐ tỉnh Gia Lai dành cho công nhân, người lao động nghèo khoảng 95 triệu đồng, do cán bộ công đoàn chuyên trách quyên góp.",
     "748: 'Tổng kinh phí quà Tết cho công nhân, người lao động nghèo gần 95 triệu đồng, do cán bộ chuyên trách Công đoàn quyên góp.'"),
    ("748_c031ca469a2b", S,
     "Các suất quà LĐLĐ tỉnh Gia Lai trao sáng 14-1 tại Xi măng ELECCEM, Chư Pah và Ia Grai trị giá 300 nghìn đồng mỗi suất.",
     "748: 'Sáng 14-1 ... tặng 92 suất quà (300 ngàn đồng/suất) cho đoàn viên, công nhân, lao động nghèo tại Công ty TNHH một thành viên Xi măng ELECCEM, Trạm cấp nước ... Chư Pah và Đội ... Ia Grai'."),
    ("748_c031ca469a2b", D,
     "Sáng 14-1, đoàn công tác do Chủ tịch LĐLĐ tỉnh Gia Lai Trần Lệ Nhung dẫn đầu đã trao 120 suất quà cho đoàn viên, công nhân nghèo ở Chư Pah, Ia Grai và Xi măng ELECCEM.",
     "748: 'Sáng 14-1, đoàn công tác do bà Trần Lệ Nhung ... tặng 92 suất quà' (then 224 suất on 15-17/1) -> 92. g.sh '120 (suất|phần)' = no hit."),

    # ---- 749: LĐLĐ TP Cần Thơ thăm, tặng quà trực Tết, 16-2-2026
    ("749_cd48852c43bc", S,
     "Đêm giao thừa, Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai đã trao 130 phần quà cho đoàn viên, người lao động đang trực tại các bệnh viện và Công ty Công trình Đô thị Cần Thơ.",
     "749 body: 'Tối cùng ngày, bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa tại các đơn vị gồm: Bệnh viện ... và Công ty Công trình Đô thị Cần Thơ.'"),
    ("749_cd48852c43bc", D,
     "Tại Bệnh viện Đa khoa Sóc Trăng, Phó Chủ tịch LĐLĐ TP Cần Thơ Trần Ngọc Mỹ đã trao 50 phần quà cho y, bác sĩ, nhân viên y tế trực Tết.",
     "749: 'Tại Bệnh viện Đa khoa Sóc Trăng, bà Trần Ngọc Mỹ, Phó Chủ tịch LĐLĐ TP Cần Thơ, trao 30 phần quà cho đội ngũ cán bộ, y - bác sĩ' -> 30. g.sh '50 (suất|phần) quà' hits only 518 (Phú Thọ youth), 642 (Hội An), 668 '150 phần quà' (Duyên Hải)."),
    ("749_cd48852c43bc", N,
     "Mỗi phần quà LĐLĐ TP Cần Thơ trao cho người lao động trực giao thừa Tết Bính Ngọ 2026 trị giá 1 triệu đồng.",
     "749 counts the gifts (20, 30, 130 phần quà) but states no value per gift. g.sh '(phần|suất) quà.{0,40}(trị giá|triệu|nghìn|ngàn)' filtered for 'Cần Thơ|Sóc Trăng|giao thừa' = no hit; the '1 triệu' per-gift values in the corpus are other provinces/occasions (745 Gia Lai cash, 500 Phú Thọ 1 triệu/suất, 498)."),

    # ---- 751: LĐLĐ quận Ninh Kiều trao Mái ấm Công đoàn (24.12)
    ("751_f88ad54bf23f", N,
     "Căn nhà Mái ấm Công đoàn mà LĐLĐ quận Ninh Kiều trao cho đoàn viên Lê Kim Lớn được xây dựng với kinh phí 70 triệu đồng.",
     "751 names the house, the donor (Quỹ Xã hội Từ thiện Tấm lòng Vàng tại Cần Thơ) and the recipient but gives no cost. g.sh 'Ninh Kiều' -> only 751; g.sh '70 triệu' -> only 498 '870 triệ[u]' (18 houses elsewhere)."),

    # ---- 753: Đại hội Công đoàn tỉnh Tây Ninh lần thứ I, 2025-2030
    ("753_e38d5510a744", S,
     "Báo cáo chính trị trình Đại hội Công đoàn tỉnh Tây Ninh lần thứ I cho biết các cấp công đoàn trong tỉnh đã xây dựng 243 Mái ấm Công đoàn cho người lao động khó khăn.",
     "753: 'Các cấp công đoàn trong tỉnh xây dựng 243 “Mái ấm Công đoàn”, với tổng kinh phí gần 15,6 tỉ đồng, góp phần ổn định đời sống cho người lao động có hoàn cảnh khó khăn'."),
    ("753_e38d5510a744", D,
     "Giai đoạn 2023-2025, công đoàn Tây Ninh đã chăm lo, hỗ trợ đoàn viên, người lao động với tổng kinh phí khoảng 600 tỉ đồng.",
     "753: 'Tính chung giai đoạn 2023-2025, gần 1,2 triệu lượt đoàn viên, người lao động đã được chăm lo, hỗ trợ với tổng kinh phí gần 520 tỉ đồng' -> ~520. Trap: 525 'tổng kinh phí gần 600 tỷ đồng' is Bắc Ninh's congress (lần thứ I, 20/12). g.sh '600 (tỉ|tỷ)' -> 525 (Bắc Ninh) and 156 '5.600 tỷ' (TNLĐ losses) only."),
    ("753_e38d5510a744", D,
     "Các Mái ấm Công đoàn do công đoàn tỉnh Tây Ninh xây dựng, theo báo cáo trình Đại hội lần thứ I, có tổng kinh phí khoảng 25 tỉ đồng.",
     "753: '243 “Mái ấm Công đoàn”, với tổng kinh phí gần 15,6 tỉ đồng' -> ~15,6. g.sh '25 (tỉ|tỷ)' = no hit."),

    # ---- 761: Quảng Ninh chuẩn bị Chợ Tết công đoàn 2023 (Cẩm Phả)
    ("761_0759299e56e8", S,
     "Chợ Tết công đoàn năm 2023 được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố; riêng ở Quảng Ninh giao cho Công đoàn TKV thực hiện.",
     "761: 'Đây là chương trình được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố, riêng tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức'."),
    ("761_0759299e56e8", D,
     "Chợ Tết công đoàn 2023 tại Quảng Ninh do Công đoàn TKV tổ chức dự kiến có khoảng 4.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia.",
     "761: 'giao cho Công đoàn TKV tổ chức với khoảng 2.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia' -> ~2.000. g.sh '4[.,  ]?000 (người|công nhân|đoàn viên|lao động)' -> 495 (TP.HCM youth), 595 (workers going home), 706, 743 '94.000': none is this market. (Hà Nội's own 2023 market, 262, counts 5.500 đoàn viên receiving vouchers.)"),
    ("761_0759299e56e8", N,
     "Tại Chợ Tết công đoàn 2023 ở Cẩm Phả, Công đoàn TKV dự kiến tặng 200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "761 lists 'tặng quà cho đoàn viên, người lao động có hoàn cảnh khó khăn' without a number. g.sh '200 (suất|phần)' -> 519 (youth), 542 (LĐLĐ tỉnh, thị xã Hoàng Mai), 602 (KCN Long Hậu): other places. g.sh 'TKV|Than - Khoáng sản|Cẩm Phả': no gift count for this market."),

    # ---- 762: Ngày hội công nhân 2023, KCN Đại Đồng - Hoàn Sơn (LĐLĐ tỉnh, 6/1)
    ("762_03509ce53e76", S,
     "Tại Ngày hội công nhân năm 2023 ở KCN Đại Đồng - Hoàn Sơn, ban tổ chức đã phát ba nghìn phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762: 'Tại chương trình, Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động.' (KCN Đại Đồng - Hoàn Sơn, sáng 6/1, Ngày hội công nhân năm 2023)."),
    ("762_03509ce53e76", D,
     "Mỗi phiếu mua hàng 0 đồng phát cho công nhân tại Ngày hội công nhân năm 2023 ở KCN Đại Đồng - Hoàn Sơn trị giá 400 nghìn đồng.",
     "762: '3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn' -> 250 nghìn. g.sh '400 (nghìn|ngàn)|400\\.000' -> only 502 (thưởng 400.000 đồng, sáng kiến) and 143 (unrelated). Other voucher values (276/280 Hà Nội 500.000, 458 350 nghìn) are other markets."),
    ("762_03509ce53e76", N,
     "Hội thi gói bánh chưng tại Ngày hội công nhân năm 2023 ở KCN Đại Đồng - Hoàn Sơn có 30 đội tham gia.",
     "762 lists 'Hội thi gói bánh Chưng' with no number of teams. g.sh 'bánh (chưng|tét)' -> 102 (Hà Nội photo), 519, 768: no team counts; g.sh '30 đội' -> only 644 '30 đội hình' (TP.HCM trí thức trẻ)."),

    # ---- 763: Trao nhà Mái ấm Công đoàn cho gia đình anh Phạm Văn Bút
    ("763_1f58c3035f15", S,
     "Từ khi phát động, toàn tỉnh đã có 392 ngôi nhà Mái ấm Công đoàn được trao cho đoàn viên khó khăn về nhà ở, theo tin bàn giao nhà cho gia đình anh Phạm Văn Bút.",
     "763: 'Từ khi phát động đến nay, toàn tỉnh đã có 392 ngôi nhà “Mái ấm Công đoàn” được trao cho những đoàn viên gặp khó khăn về nhà ở.'"),
    ("763_1f58c3035f15", D,
     "Ngôi nhà Mái ấm Công đoàn của gia đình anh Phạm Văn Bút được xây dựng với kinh phí 100 triệu đồng.",
     "763: 'Ngôi nhà có tổng diện tích 59,8m2, kinh phí xây dựng 74 triệu đồng, trong đó quỹ “Mái ấm Công đoàn” hỗ trợ 40 triệu đồng' -> 74 triệu. g.sh '100 triệu' -> 275 (LĐLĐ Hà Nội ủng hộ), 475 (CĐ Giáo dục TP HCM): not a house."),

    # ---- 765: LĐLĐ Gia Lai hội nghị lần thứ 7, tổng kết 2020
    ("765_7c01839cdb34", S,
     "Năm 2020, LĐLĐ tỉnh Gia Lai đạt và vượt cả 24 chỉ tiêu nghị quyết do LĐLĐ tỉnh và Tổng LĐLĐ Việt Nam giao.",
     "765: 'Nhờ đó, 24/24 chỉ tiêu Nghị quyết của LĐLĐ tỉnh và Tổng LĐLĐ Việt Nam giao đều đạt và vượt.' (Năm 2020)."),
    ("765_7c01839cdb34", D,
     "Năm 2020, các công đoàn cơ sở ở Gia Lai chăm lo cho đoàn viên, người lao động dịp lễ, Tết và dịch Covid-19 với tổng số quà, hiện vật và tiền gần 5 tỷ đồng.",
     "765: 'với tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng' -> ~3 tỷ. g.sh 'gần 5 tỷ|5 tỷ' -> 038 (Hà Nội '5 tỷ đồng kinh phí'), others unrelated; none Gia Lai."),
    ("765_7c01839cdb34", N,
     "Năm 2020, LĐLĐ tỉnh Gia Lai đã phát triển mới hơn 3.200 đoàn viên công đoàn.",
     "765 gives no new-member count. g.sh 'phát triển (mới )?[0-9.]+ đoàn viên|kết nạp [0-9.]+ đoàn viên|[0-9.]+ đoàn viên mới' -> 217 (Thái Nguyên 2018-2023 target), 666 ('8.865 đoàn viên', 2021, baoquangnam), 718, seed 002: none is Gia Lai 2020; g.sh '3[.,]?200 đoàn viên' = no hit."),

    # ---- 767: Đồng Tháp, Tháng hành động AT,VSLĐ 2023
    ("767_54de1ab13362", N,
     "Năm 2022, tỉnh Đồng Tháp xảy ra 12 vụ tai nạn lao động, theo kế hoạch Tháng hành động về an toàn, vệ sinh lao động năm 2023 của UBND tỉnh.",
     "767 states the month (1-31/5/2023) and theme but no accident figures. g.sh '[0-9.]+ vụ (tai nạn|TNLĐ|cháy)' -> national/Hà Nội figures only (112, 155, 156); g.sh 'Đồng Tháp' -> only 098 (job fair); '12 vụ' = no hit."),

    # ---- 768: LĐLĐ TP Cần Thơ 'Tết Sum vầy - Xuân ơn Đảng' 2026, KCN Tân Phú Thạnh
    ("768_7313fb6d14c3", S,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” 2026, LĐLĐ TP Cần Thơ tặng năm trăm vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768: 'tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết' (LĐLĐ TP Cần Thơ, 4-6/2/2026, KCN Tân Phú Thạnh)."),
    ("768_7313fb6d14c3", D,
     "Chương trình Tết Sum vầy năm 2026 của Công đoàn Cần Thơ tại KCN Tân Phú Thạnh đã tặng 3 xe gắn máy cho công nhân có hoàn cảnh đặc biệt khó khăn.",
     "768: 'tặng 01 xe gắn máy cho công nhân có hoàn cảnh đặc biệt khó khăn' -> 1. g.sh '\\b3 xe|ba xe' = no hit; 'xe máy' counts elsewhere (360 '95 xe máy', 468 '15 xe máy') are Vì người nghèo funds."),
    ("768_7313fb6d14c3", N,
     "Chợ Tết Công đoàn 2026 tại KCN Tân Phú Thạnh (Cần Thơ) có 50 gian hàng phục vụ công nhân lao động.",
     "768 mentions 'các gian hàng giảm giá sâu và gian hàng 0 đồng' with no number. Near misses: 504 'Chợ Tết Công đoàn năm 2026 ... quy mô 50 gian hàng' (Hà Nội, 31/1-1/2/2026), 107 'khoảng 50 gian hàng' (xã Thiên Lộc): other markets. g.sh '[0-9]+ gian hàng' -> no Cần Thơ hit."),

    # ---- 769: Đắk Lắk, Tháng cao điểm 'Vì người nghèo' 2018
    ("769_0362b5a175b0", N,
     "Trong Tháng cao điểm “Vì người nghèo” năm 2018, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đặt mục tiêu vận động 10 tỷ đồng cho Quỹ Vì người nghèo.",
     "769 (baodaklak, huyện Cư M'gar) only asks members to build targets and 'vận động 100% cán bộ, đoàn viên, hội viên'; no money target. g.sh 'Vì người nghèo' pages (359/360/371/372/462/467/468/497/610/690/691): other years/places; g.sh '10 tỷ|10 tỉ' -> only 038 (Hà Nội, Covid support)."),

    # ---- 770: T.X Phổ Yên phát động Tháng cao điểm 'Vì người nghèo' 2021
    ("770_b184affa4cbf", S,
     "Tại lễ phát động Tháng cao điểm “Vì người nghèo” năm 2021 của thị xã Phổ Yên, đã có 190 tổ chức, cá nhân trực tiếp ủng hộ.",
     "770: 'Theo đó có 190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng.' (Ngày 19-10, UBND và Ủy ban MTTQ T.X Phổ Yên, năm 2021)."),
    ("770_b184affa4cbf", D,
     "Lễ phát động Tháng cao điểm Vì người nghèo năm 2021 ở thị xã Phổ Yên (Thái Nguyên) đã tiếp nhận ủng hộ trực tiếp hơn 130 triệu đồng.",
     "770: '190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng' -> >73 triệu. g.sh '130 triệu' = no hit (2021 Huế launch in 690 is 'Hơn 663 triệu đồng', another province)."),
    ("770_b184affa4cbf", N,
     "Tỷ lệ hộ nghèo của thị xã Phổ Yên hiện ở mức 3,45%, theo thông tin tại lễ phát động Tháng cao điểm Vì người nghèo năm 2021.",
     "770 gives no poverty rate. Trap: 690 'Hiện nay, tỷ lệ hộ nghèo trên toàn tỉnh chiếm 3,45%' is the TTH.VN (Thừa Thiên Huế) provincial launch of 15/10/2021, not Phổ Yên/Thái Nguyên. g.sh '3,45' -> only 690."),

    # ---- 771: LĐLĐ Nam Định, kế hoạch kỷ niệm 95 năm Công đoàn VN (2024)
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam công nhân, viên chức, lao động tỉnh Nam Định năm 2024 do LĐLĐ tỉnh phối hợp tổ chức có 16 đội tham dự.",
     "771 lists 'Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024' without a team count. g.sh 'bóng đá' with '[0-9]+ đội' -> only 046 (Cúp Báo LĐTĐ, 18 đội, Hà Nội); g.sh '16 đội' -> only 727 '16 đội hình' (Mùa hè xanh)."),

    # ---- 772: LĐLĐ huyện Lang Chánh phát động phong trào thi đua 2021-2030
    ("772_119b66fd404b", N,
     "LĐLĐ huyện Lang Chánh đăng ký thực hiện 150 sáng kiến trong Chương trình “75 nghìn sáng kiến vượt khó, phát triển”.",
     "772 only names the provincial programme 'Chương trình “75 nghìn sáng kiến vượt khó, phát triển”' (figure in the programme's name), no district count. g.sh 'sáng kiến' with digits: no Lang Chánh/Thanh Hóa count; '150 sáng kiến' = no hit."),

    # ---- 774: Sóc Trăng, Cụm thi đua số 3 ký kết giao ước thi đua (2021)
    ("774_6906e214161f", N,
     "Cụm thi đua số 3 của LĐLĐ tỉnh Sóc Trăng gồm 12 công đoàn cơ sở đã ký kết giao ước thi đua năm 2021.",
     "774 describes the cluster's 2021 plans but never says how many unions it has. g.sh 'Cụm thi đua' -> Hà Nội clusters (seeds 001/003), 074, 246, 316 ('8 cụm thi đua'), 772 ('5 cụm thi đua'): none Sóc Trăng; g.sh '12 công đoàn' = no hit."),

    # ---- 775: Quảng Trị, Công văn 141/UBND-VX về ATLĐ, PCCN dịp Tết Kỷ Hợi 2019
    ("775_b7971a4b5833", N,
     "Trong dịp Tết Nguyên đán năm 2018, tỉnh Quảng Trị ghi nhận 3 vụ tai nạn lao động, UBND tỉnh nêu khi chỉ đạo bảo đảm an toàn lao động dịp Tết Kỷ Hợi 2019.",
     "775 only cites 'Công văn số 141/UBND-VX' of 9/1/2019 (a document number, not a count) and gives no accident figures. g.sh 'Quảng Trị' = no hit; '3 vụ|ba vụ' = no hit; 'Kỷ Hợi' -> 126, 279 (Hà Nội/Tổng LĐLĐ Tết care)."),

    # ---- 777: Tỉnh đoàn ra quân Tháng Thanh niên 2024 (thainguyentv)
    ("777_a4af8b647861", S,
     "Tháng Thanh niên năm 2024, Tỉnh đoàn đặt chỉ tiêu 90% cán bộ đoàn, đoàn viên được học tập, quán triệt, tuyên truyền nghị quyết.",
     "777: 'Tháng Thanh niên năm 2024 được Tỉnh đoàn xác định một số chỉ tiêu trọng tâm, như: 90% cán bộ đoàn, đoàn viên, 50% thanh niên được học tập, quán triệt, tuyên truyền, phổ biến nghị quyết'."),
    ("777_a4af8b647861", S,
     "Tại lễ ra quân Tháng Thanh niên 2024, Tỉnh đoàn, Hội Liên hiệp Thanh niên và Hội Đồng đội tỉnh đã trao tặng 400 hộp thuốc bổ.",
     "777: 'Tại chương trình, Tỉnh đoàn, Hội Liên hiệp Thanh niên tỉnh, Hội Đồng Đội tỉnh đã trao tặng ... 100 thùng sữa, 50 áo ấm, 400 hộp thuốc bổ, 30 suất quà'."),
    ("777_a4af8b647861", D,
     "Các suất quà Tỉnh đoàn trao cho thiếu nhi, cựu thanh niên xung phong và thanh niên khó khăn tại lễ ra quân Tháng Thanh niên 2024 trị giá 1 triệu đồng mỗi suất.",
     "777: '30 suất quà (700 nghìn đồng/suất) cho thiếu nhi, cựu Thanh niên xung phong và thanh niên dân tộc thiểu số, thanh niên công nhân có hoàn cảnh khó khăn' -> 700 nghìn. g.sh '1 triệu đồng/suất' etc. -> 500 (Phú Thọ LĐLĐ 21.900 suất), 498 (LĐLĐ tỉnh 100 phần quà): not this youth event."),
]


def clean(s):
    s = unicodedata.normalize("NFC", s)
    return " ".join(s.replace("\t", " ").split())


def main():
    rows = [tuple(clean(x) for x in c) for c in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
    rows.sort(key=lambda r: r[0])  # stable: keeps order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    print(len(rows), "claims", counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
