#!/usr/bin/env python3
"""Build claims.tsv for the batch-14 blind claim set (unseen14).

Plain Python (csv + unicodedata only). Each claim: (page_id, verdict, claim, why).
Verdicts: supported / differs / not_found. Output is NFC-normalised and sorted by page_id.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 621: Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII (2016-2021)
    ("621_3e25824fe3d2", S,
     "Trong 5 năm qua, hơn 1,3 nghìn hội viên phụ nữ huyện Vạn Ninh đã thoát nghèo.",
     "621_3e25824fe3d2: \"Qua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo, đạt 29%\". 'hơn 1,3 nghìn' ~ 1.348. "
     "Not the '832 phụ nữ nghèo làm chủ hộ thoát nghèo' (another counted noun)."),
    ("621_3e25824fe3d2", S,
     "Các cấp Hội Phụ nữ huyện Vạn Ninh đã vận động nhà hảo tâm đóng góp khoảng 920 triệu đồng để xây dựng nhà “Mái ấm tình thương” cho phụ nữ nghèo.",
     "621_3e25824fe3d2: \"vận động các nhà hảo tâm đóng góp gần 923 triệu đồng xây dựng 26 nhà “Mái ấm tình thương”\". "
     "'khoảng 920 triệu' ~ 'gần 923 triệu'. Not the 'hơn 362 triệu đồng sửa chữa 52 nhà' (repairs)."),
    ("621_3e25824fe3d2", D,
     "Đại hội đại biểu Phụ nữ huyện Vạn Ninh lần thứ XII đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 31 đồng chí.",
     "621_3e25824fe3d2: \"Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí\" (25, not 31). "
     "The 22 is the delegation to the provincial congress. g.sh 'Vạn Ninh' hits only this page; g.sh '31 đồng chí' = 0 hits."),

    # ---------------- 622: Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X (14/1/2026)
    ("622_81ae52ef2094", S,
     "Hội nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lần thứ 6, khóa X đã hiệp thương bầu mười tám vị làm Ủy viên Ủy ban Trung ương MTTQ Việt Nam.",
     "622_81ae52ef2094: \"Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam\". "
     "'mười tám' = 18 (spelled out)."),
    ("622_81ae52ef2094", S,
     "100% đại biểu dự Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6 khóa X đã biểu quyết hiệp thương cử bà Hà Thị Nga làm Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam.",
     "622_81ae52ef2094: \"100% đại biểu tham dự hội nghị đã biểu quyết, hiệp thương cử bà Hà Thị Nga ... giữ chức Phó Chủ tịch, Tổng Thư ký\". "
     "Beware 594_2969d737d0fc: \"100% Ủy viên Ban Chấp hành có mặt đã biểu quyết bầu bà Hà Thị Nga\" is the Women's Union, 10/3/2022 (another occasion, same value)."),
    ("622_81ae52ef2094", D,
     "Hội nghị lần thứ 6 Ủy ban Trung ương MTTQ Việt Nam khóa X đã bầu 8 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ.",
     "622_81ae52ef2094: \"bầu 5 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ\" (5, not 8). "
     "g.sh '8 vị' only hits the '18 vị' Ủy viên count on this page; other 'Đoàn Chủ tịch' counts (080: 29 nhân sự Đoàn Chủ tịch Công đoàn VN; 101: 22 Ủy viên) are other bodies."),

    # ---------------- 623: Đại hội Đoàn TNCS HCM tỉnh Long An lần thứ XI (2022-2027)
    ("623_bf8ed8fd27a5", S,
     "Đại biểu dự Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI, nhiệm kỳ 2022 - 2027 đại diện cho hơn 54 nghìn đoàn viên trong toàn tỉnh.",
     "623_bf8ed8fd27a5: \"244 đại biểu chính thức đại diện cho 54.365 đoàn viên trong toàn tỉnh\". 'hơn 54 nghìn' ~ 54.365."),
    ("623_bf8ed8fd27a5", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI có hơn 300 đại biểu chính thức tham dự.",
     "623_bf8ed8fd27a5: \"với sự tham dự của 244 đại biểu chính thức\" (244, clearly under 300). "
     "g.sh '300 đại biểu': 466 (tổng kết, another event) and 571 (Đà Nẵng congress) only, not Long An youth."),
    ("623_bf8ed8fd27a5", D,
     "Ban Chấp hành Tỉnh Đoàn Long An khóa XI, nhiệm kỳ 2022 - 2027 gồm 45 đồng chí.",
     "623_bf8ed8fd27a5: \"Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027, gồm 40 đồng chí. Ban Thường vụ gồm 12 đồng chí.\" "
     "(40, not 45). g.sh '45 đồng chí' = 0 hits; 'Long An' elsewhere only LĐLĐ Long An pages (167, 563, 602), no Tỉnh Đoàn."),

    # ---------------- 625: LĐLĐ tỉnh Quảng Trị, chủ đề "Năm vì lợi ích đoàn viên" 2017
    ("625_686569eb1423", S,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng do mưa lũ tháng 11/2016.",
     "625_686569eb1423: \"LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng nặng do đợt mưa lũ tháng 11.2016\". "
     "The body says only 'LĐLĐ tỉnh'; Quảng Trị is in the unaccented caption 'LDLD tinh Quang Tri'."),
    ("625_686569eb1423", N,
     "Hội nghị cán bộ công đoàn chuyên trách toàn tỉnh Quảng Trị bàn giải pháp thực hiện chủ đề “Năm vì lợi ích đoàn viên công đoàn” năm 2017 có 150 cán bộ tham dự.",
     "625 names the 'Hội nghị cán bộ chuyên trách toàn tỉnh' but gives no attendance. g.sh 'cán bộ chuyên trách' -> only 625 line 1, no count. "
     "The figures on 625 are '300 triệu đồng' (school repair) and 'Kế hoạch số 02' (a document number)."),

    # ---------------- 626: Tân Phú (TP.HCM), tặng quà tết công nhân, Tết Giáp Thìn
    ("626_087eb7ff5a87", S,
     "Mỗi phần quà tết lãnh đạo TP.HCM trao cho công nhân lao động quận Tân Phú trị giá 1.300.000 đồng, gồm quà và tiền mặt.",
     "626_087eb7ff5a87: \"trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng (bao gồm quà và tiền mặt)\". 1.300.000 đồng = 1,3 triệu đồng."),
    ("626_087eb7ff5a87", D,
     "Phó Bí thư Thành ủy TP.HCM Nguyễn Phước Lộc cùng lãnh đạo thành phố đã trao 500 phần quà tết cho công nhân lao động quận Tân Phú và Công đoàn các KCX-CN.",
     "626_087eb7ff5a87: \"lãnh đạo TP đã trao tặng 300 phần quà\"; \"Là một trong 300 công nhân được nhận quà tết\" (300, not 500). "
     "g.sh '500 phần quà' = 0 hits; 'Tân Phú' hits only 626."),
    ("626_087eb7ff5a87", N,
     "Dịp Tết Giáp Thìn, Thường trực Thành ủy TP.HCM đã thăm, chúc tết 12 Bí thư Chi bộ khu phố tiêu biểu của quận 10.",
     "626 line 17: \"Thường trực Thành ủy TP.HCM đã đến thăm và chúc tết Bí thư Chi bộ khu phố tiêu biểu trên địa bàn quận 10\" - no count. "
     "g.sh 'Bí thư Chi bộ khu phố' -> only that line; g.sh 'Bí thư Chi bộ' adds only 302 (a school party cell). The 300s on 626 are gifts/recipients in Tân Phú."),

    # ---------------- 627: Bắc Quang, triệu tập Kỳ họp thứ Nhất HĐND huyện khóa XXI
    ("627_3078f9de4bd8", S,
     "Ba mươi lăm đại biểu HĐND huyện Bắc Quang khóa XXI được triệu tập dự Kỳ họp thứ Nhất, nhiệm kỳ 2021 - 2026.",
     "627_3078f9de4bd8: \"số lượng đại biểu được triệu tập là 35 đại biểu\". 'Ba mươi lăm' = 35."),
    ("627_3078f9de4bd8", D,
     "Kỳ họp thứ Nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021 - 2026 diễn ra trong 3 ngày.",
     "627_3078f9de4bd8: \"Thời gian họp trong 1,5 ngày; Phiên trù bị ... chiều ngày 27/6/2021 và Phiên họp chính thức diễn ra trong thời gian 01 ngày\" (1,5 days, not 3). "
     "g.sh '3 ngày' hits 299 (Đại hội Công đoàn Hà Nội) and unrelated dates, never Bắc Quang."),

    # ---------------- 628: Nga Sơn (Thanh Hóa), Kỳ họp thứ XI HĐND huyện khóa XX
    ("628_c53b3d02e9d1", D,
     "Ông Thịnh Văn Huyên được bầu giữ chức Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với 31/34 phiếu bầu.",
     "628_c53b3d02e9d1: \"bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%\" (34/34, not 31/34). "
     "g.sh '31/34' = 0 hits."),
    ("628_c53b3d02e9d1", N,
     "Kỳ họp HĐND huyện Nga Sơn đã miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Lê Văn Dậu với 33 phiếu tán thành.",
     "628 line 3 reports the miễn nhiệm of ông Lê Văn Dậu with no vote count; the '34/34 phiếu' is the election of Thịnh Văn Huyên (another act). "
     "g.sh 'miễn nhiệm' -> 533 (HĐND Hà Nội), 628, 629: no vote count for Nga Sơn's dismissal."),

    # ---------------- 629: Điện Biên Đông, bầu Chủ tịch UBND huyện khóa VI
    ("629_49c2ddcfe599", S,
     "Đồng chí Vũ Ngọc Hoành được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông khóa VI, nhiệm kỳ 2021 - 2026 với 29/29 đại biểu có mặt đồng ý.",
     "629_49c2ddcfe599: \"với kết quả 29/29 đại biểu có mặt đồng ý, đồng chí Vũ Ngọc Hoành ... đã được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông\"."),
    ("629_49c2ddcfe599", N,
     "Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của huyện Điện Biên Đông được HĐND huyện thông qua có tổng vốn khoảng 1.500 tỷ đồng.",
     "629 line 1: the HĐND \"thông qua nghị quyết về Kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030\" with no amount. "
     "g.sh 'đầu tư công trung hạn' -> only that line. The only figure on 629 is the 29/29 vote."),

    # ---------------- 630: Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI (2023-2028)
    ("630_4a010a274cfc", S,
     "Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI có 196 đại biểu chính thức tham dự.",
     "630_4a010a274cfc: \"cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự\"."),
    ("630_4a010a274cfc", D,
     "Các đại biểu dự Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI thay mặt cho gần 8.000 đoàn viên toàn ngành.",
     "630_4a010a274cfc: \"thay mặt cho 5.965 đoàn viên trong toàn ngành\" (about 6.000, not nearly 8.000). "
     "g.sh '8.000 đoàn viên' = 0 hits; 'Bến Tre' hits only 630. Ngành Y tế Hà Nội pages (009, 118...) are another union."),
    ("630_4a010a274cfc", D,
     "Đại hội Công đoàn ngành Y tế Bến Tre đã bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 21 thành viên.",
     "630_4a010a274cfc: \"Đại hội bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 15 thành viên\" (15, not 21). g.sh '21 thành viên' = 0 hits."),

    # ---------------- 642: Hội An, Tháng hành động vì trẻ em 2022
    ("642_ac0065628b07", S,
     "TP Hội An đã trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập tại lễ phát động Tháng hành động vì trẻ em năm 2022.",
     "642_ac0065628b07 (body, last paragraph): \"TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)\". "
     "Not 207 (LĐLĐ Hội An, Tháng công nhân 2023: 80 suất quà for đoàn viên)."),
    ("642_ac0065628b07", D,
     "Mỗi suất quà TP Hội An trao cho trẻ em khó khăn tại lễ phát động Tháng hành động vì trẻ em năm 2022 trị giá 1 triệu đồng.",
     "642_ac0065628b07: \"(500 nghìn đồng/suất)\" (500 nghìn, not 1 triệu). g.sh '1 triệu đồng/suất' -> 498 and 500 (other provinces' worker gifts), never Hội An's children gifts."),
    ("642_ac0065628b07", N,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, 13 xã, phường của TP Hội An đã ký cam kết tạo môi trường an toàn cho trẻ em.",
     "642 line 9: \"UBND TP.Hội An và UBND các xã, phường ký cam kết\" - no count of xã, phường. g.sh 'ký cam kết' -> only that line. "
     "492's 'tại 13 phường' is quận Ba Đình (Hà Nội), another place."),

    # ---------------- 643: Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo (LĐLĐ Hà Nội), đến hết tháng 8-2020
    ("643_63b39ed01884", S,
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo phát triển kinh tế gia đình của LĐLĐ TP Hà Nội đã giải ngân khoảng 44 tỷ đồng.",
     "643_63b39ed01884: \"Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo ... đã giải ngân gần 44 tỉ đồng\". "
     "Not the '25,9 tỉ đồng' lent to 1.249 people for sản xuất - kinh doanh (a subset)."),
    ("643_63b39ed01884", D,
     "Đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo đã giải quyết cho hơn 3.000 đoàn viên, CNVC-LĐ vay vốn.",
     "643_63b39ed01884: \"giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn\" (2.040, not over 3.000). "
     "g.sh 'Trợ vốn|trợ vốn' -> 331 (no figures) and seed 002 ('giải ngân ... tháng 12/2024 cho 17 đoàn viên', Thanh Trì, another period); g.sh '3.000 đoàn viên' -> only '53.000 đoàn viên' (217, another topic)."),
    ("643_63b39ed01884", D,
     "Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo đã kiểm tra công tác sau vay vốn tại 96 công đoàn cơ sở.",
     "643_63b39ed01884: \"triển khai kiểm tra công tác sau vay vốn tại 69 Công đoàn cơ sở\" (69, not 96). g.sh '96 công đoàn|96 CĐCS' = 0 hits."),

    # ---------------- 644: Tháng Thanh niên 2024, TP Hồ Chí Minh
    ("644_ae27624899b9", S,
     "Trong Tháng Thanh niên năm 2024, TP Hồ Chí Minh phấn đấu trồng mới ít nhất 40 nghìn cây xanh.",
     "644_ae27624899b9: \"Tháng Thanh niên năm 2024 diễn ra từ ngày 24/02 - 31/03 ... trồng mới ít nhất 40.000 cây xanh\". "
     "Not 547 (165.214 cây xanh) or 550 (6 triệu cây xanh): other campaigns/levels."),
    ("644_ae27624899b9", D,
     "Chương trình “Trí thức khoa học trẻ tình nguyện TP Hồ Chí Minh” lần thứ 15 - năm 2024 ra quân với 50 đội hình trí thức trẻ tình nguyện.",
     "644_ae27624899b9: \"lần thứ 15 - năm 2024 với 30 đội hình trí thức trẻ tình nguyện\" (30, not 50). "
     "g.sh '50 đội hình' = 0 hits; other 'đội hình' counts (318: 12, 392: 9, 548: 75, 609: 5) are Hà Nội / other campaigns."),
    ("644_ae27624899b9", D,
     "Trong Tháng Thanh niên 2024, TP.HCM phấn đấu thành lập 80 tổ chức Đoàn - Hội tại các doanh nghiệp ngoài khu vực nhà nước và đơn vị sự nghiệp ngoài công lập.",
     "644_ae27624899b9: \"thành lập 50 tổ chức Đoàn - Hội tại các doanh nghiệp ngoài khu vực nhà nước, đơn vị sự nghiệp ngoài công lập\" (50, not 80). "
     "g.sh '80 tổ chức' = 0 hits."),

    # ---------------- 646: Đồng Nai, "Chuyến xe Tết đoàn viên - Xuân 2026"
    ("646_0880c908b49f", S,
     "LĐLĐ tỉnh Đồng Nai đã phân bổ 2200 vé xe miễn phí cho đoàn viên, người lao động tại các khu công nghiệp về quê đón Tết Bính Ngọ 2026.",
     "646_0880c908b49f: \"Hiện Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp.\" "
     "Not 500 (15.000 vé xe, another organisation) or 466 (vé xe cho 1.794 công nhân, a Hà Nội district)."),
    ("646_0880c908b49f", N,
     "Chương trình “Chuyến xe Tết đoàn viên - Xuân 2026” của Công đoàn Đồng Nai bố trí 40 chuyến xe đưa người lao động về quê đón Tết.",
     "646 says only \"nhiều chuyến xe miễn phí sẽ đưa NLĐ từ Đồng Nai về các tỉnh, thành\" - no number of trips. "
     "g.sh 'vé xe|chuyến xe': counted trips are Hà Nội's ('26 chuyến xe', 267) and Long Biên's; Đồng Nai's only count is 2.200 vé (tickets, another noun)."),

    # ---------------- 631: Hội LHPN tỉnh Nghệ An, bầu Chủ tịch (14/8/2025) - no usable figure
    ("631_0b16f9904253", N,
     "Bà Hoàng Thị Thu Hiền được bầu giữ chức Chủ tịch Hội LHPN tỉnh Nghệ An nhiệm kỳ 2021 - 2026 với 100% số phiếu.",
     "631 says only \"đã được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh Nghệ An\" - no vote share. g.sh 'Thu Hiền' -> only 631, no %. "
     "The 100% votes in the corpus are other elections (594 Hà Thị Nga 2022, 533 HĐND Hà Nội, 628 Nga Sơn)."),
    ("631_0b16f9904253", N,
     "Hội nghị lần thứ 13 Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI có 41 ủy viên Ban Chấp hành tham dự.",
     "631: \"cùng toàn thể các đồng chí Ủy viên Ban Chấp hành Hội LHPN tỉnh khóa XVI\" - no count ('lần thứ 13' is an ordinal). "
     "g.sh 'Ban Chấp hành.{0,30}khóa XVI' -> LĐLĐ Hà Nội / Đảng bộ Hà Nội pages (003, 037, 103: 74 đồng chí, 300), other bodies; 'Nghệ An' elsewhere is LĐLĐ Nghệ An."),

    # ---------------- 632: Gia Lai, 95 năm Hội LHPN Việt Nam (20/10/2025) - no usable figure
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 350.000 hội viên.",
     "632 gives no membership count (its only number is the '95 năm' anniversary; the province is named only as 'tỉnh' and in '(GLO)'). "
     "g.sh 'Gia Lai' -> only 646 ('tỉnh Gia Lai (tỉnh Bình Định cũ)', bus destination); g.sh 'hội viên phụ nữ' counts are Vạn Ninh (621: hơn 29.000) and Hà Đông (544)."),
    ("632_799fddc98cfe", N,
     "Nhân kỷ niệm 95 năm ngày thành lập Hội LHPN Việt Nam, Phó Chủ tịch UBND tỉnh Gia Lai Lâm Hải Giang đã trao 30 suất quà cho hội viên phụ nữ có hoàn cảnh khó khăn.",
     "632: Lâm Hải Giang \"đã tặng hoa và gửi lời chúc tốt đẹp nhất\" - no gifts counted. g.sh 'Lâm Hải Giang' -> only 632, no count."),

    # ---------------- 641: Tháng hành động ATVSLĐ quốc gia 2019 tại Quảng Nam - no usable figure
    ("641_cff24edb956f", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động cấp quốc gia năm 2019 tại Quảng Nam có khoảng 2.000 người tham dự.",
     "641 gives the date (4.5.2019) and theme but no attendance. g.sh 'ATVSLĐ.{0,60}Quảng Nam|Quảng Nam.{0,60}ATVSLĐ' -> only 641; "
     "g.sh 'Lê Tấn Dũng' -> only 641; 189 is Công đoàn ngành Xây dựng Hà Nội's 2019 month (another organisation)."),
    ("641_cff24edb956f", N,
     "Trong Tháng hành động về ATVSLĐ năm 2019, tỉnh Quảng Nam tổ chức khám sức khỏe miễn phí cho 1.500 người lao động.",
     "641 lists \"khám sức khỏe cho người lao động\" among planned activities, with no count. g.sh 'khám sức khỏe': counted check-ups are "
     "142 (Bắc Từ Liêm, 862), 551 (Hà Nội 2024, 200) - other places/years."),

    # ---------------- 650: Lễ phát động Tháng Công nhân + Tháng hành động ATVSLĐ 2025 (Tổng LĐLĐ VN, 26/4) - no usable figure
    ("650_229fe0cd7f68", N,
     "Tại Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2025 ngày 26/4, Tổng LĐLĐ Việt Nam đã trao 200 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "650 counts nothing (only years 2012, 2016, dates). g.sh 'Tháng Công nhân.{0,40}2025|2025.{0,40}Tháng Công nhân' -> 049, 212, 213, 264, 314, 472, 612, 147: "
     "Hà Nội / Yên Bái / provincial KCN events or texts without gift counts; 551's '100 phần quà' is Hà Nội 2024."),
    ("650_229fe0cd7f68", N,
     "Lễ phát động Tháng Công nhân năm 2025 do Tổng Liên đoàn Lao động Việt Nam tổ chức sáng 26/4 có khoảng 1.000 đoàn viên, người lao động tham dự.",
     "650 gives no attendance. g.sh '(Lễ|lễ) phát động Tháng Công nhân' -> 147 (Công đoàn các KCN tỉnh, 20/4), 207 (Hội An 2023), 313 (2022), 384 (2023): "
     "none counts attendance at the national 2025 launch."),

    # ---------------- 654: LĐLĐ quận Long Biên, Gia đình CNVCLĐ tiêu biểu 2021 - no usable figure
    ("654_33346c495ae8", N,
     "Nhân dịp 20/10/2021, LĐLĐ quận Long Biên đã tặng quà cho 120 cháu con CNVCLĐ vượt khó học giỏi năm học 2020 - 2021.",
     "654: \"còn tặng quà con CNVCLĐ vượt khó học giỏi năm học 2020- 2021\" - no count ('91 năm' is the anniversary). "
     "g.sh 'vượt khó học giỏi|vượt khó, học giỏi' -> 124 (194 cháu, another union), 460, 492, 606: none Long Biên 2021."),
    ("654_33346c495ae8", N,
     "LĐLĐ quận Long Biên đã khen thưởng 25 tập thể tiêu biểu trong phong trào “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "654: \"trao khen thưởng cho các tập thể và cá nhân trong phong trào “Giỏi việc nước, đảm việc nhà” năm 2020\" - no count. "
     "g.sh 'Giỏi việc nước' -> 020 (ngành Công Thương), 028 (GTVT), 032 (Xây dựng), 064 (Đống Đa), 183...: other unions, not Long Biên 2020."),
]


def curly(text):
    """Turn ASCII double quotes into alternating curly quotes, so no TSV field needs CSV quoting."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, curly(why))])
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), "claims", counts, len(per_page), "pages")


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
