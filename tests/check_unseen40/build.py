#!/usr/bin/env python3
"""Build claims.tsv for /work/unseen40 (plain Python: csv + unicodedata only).

Each claim: (page_id, verdict, claim, why).  Output is NFC-normalised and sorted by page_id.
"""
import csv
import unicodedata

CLAIMS = [
    # ---------------------------------------------------------------- 024
    ("024_0d6b8f191cd9", "not_found",
     "Tại Hội nghị tổng kết năm học 2024 - 2025 ngày 21/6, Công đoàn ngành Giáo dục Hà Nội đã vinh danh 40 nhà giáo đạt giải thưởng \"Nhà giáo Hà Nội tâm huyết, sáng tạo\" lần thứ 9.",
     "024 only says 'trao giải thưởng \"Nhà giáo Hà Nội tâm huyết, sáng tạo\" lần thứ 9 năm 2025' and 'Các \"Nhà giáo Hà Nội tâm huyết, sáng tạo\" được vinh danh tại Hội nghị' with no count. Greps: 'tâm huyết, sáng tạo|tâm huyết sáng tạo', 'lần thứ 9|lần thứ IX'. Nearby figures are other things: 120_1b49cf3485c1 teaser '40 nhà giáo dự chung khảo' (lần thứ 6, 2022, finalists, a teaser); 064_13dee76dbc32 teaser '26 giáo viên đạt giải' (LĐLĐ quận Đống Đa)."),
    # ---------------------------------------------------------------- 027
    ("027_18d8fbebbd64", "supported",
     "Phát biểu tại hội nghị tôn vinh nữ cán bộ Công đoàn Thủ đô, Trưởng ban Nữ công LĐLĐ Hà Nội Bùi Thanh Giang đã đọc diễn văn kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
     "027_18d8fbebbd64: 'Phát biểu diễn văn kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023) ... đồng chí Bùi Thanh Giang, Ủy viên Ban Thường vụ, Trưởng ban Nữ công LĐLĐ Thành phố'."),
    # ---------------------------------------------------------------- 032
    ("032_60bc537342b5", "differs",
     "Hội nghị tổng kết phong trào \"Giỏi việc nước, đảm việc nhà\" năm 2021 của Công đoàn ngành Xây dựng Hà Nội có gần 300 nữ đại biểu các đơn vị trong toàn ngành tham dự.",
     "032_60bc537342b5: '... Công đoàn ngành Xây dựng Hà Nội và gần 200 nữ đại biểu các đơn vị trong toàn Ngành' (claim 300). Grep 'nữ đại biểu' -> only 032; '300 nữ|ba trăm nữ' -> nothing."),
    ("032_60bc537342b5", "not_found",
     "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể tiêu biểu trong phong trào thi đua \"Giỏi việc nước, đảm việc nhà\" năm 2021.",
     "032 only says 'định kỳ tiến hành biểu dương, khen thưởng các tập thể và cá nhân tiêu biểu' (no count). Greps: 'Xây dựng Hà Nội', 'tập thể.{0,30}cá nhân', 'Giỏi việc nước.{0,80}2021'. Nearby: 189_db25eb366620 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018' (other movement, other year); 1065_3abb01f9920f '20 tập thể, 80 cá nhân điển hình tiên tiến' giai đoạn 2015-2020; 028_8830d5306618 is Công đoàn ngành GTVT's GVN-ĐVN 2021 (other organisation)."),
    # ---------------------------------------------------------------- 061
    ("061_072ce816bda9", "supported",
     "Để triển khai gói hỗ trợ theo Nghị quyết 68/NQ-CP, Bảo hiểm xã hội TP Hà Nội đã tổ chức tập huấn nghiệp vụ cho toàn bộ 100% viên chức trực tiếp làm công tác này.",
     "061_072ce816bda9: 'tổ chức tập huấn, hướng dẫn nghiệp vụ đối với 100% viên chức trực tiếp làm công tác này' (BHXH Hà Nội, Nghị quyết số 68/NQ-CP)."),
    ("061_072ce816bda9", "not_found",
     "Bảo hiểm xã hội thành phố Hà Nội đã giải quyết hỗ trợ cho hơn 30.000 người lao động theo Nghị quyết số 68/NQ-CP và Quyết định 23/2021/QĐ-TTg.",
     "061 gives no count of beneficiaries (only '100% viên chức' trained). Greps: 'Nghị quyết (số )?68|NQ68|23/2021' -> only 061; 'Bảo hiểm xã hội (thành phố |TP )?Hà Nội' -> only 061. No page counts NQ68 beneficiaries in Hà Nội."),
    # ---------------------------------------------------------------- 076
    ("076_a1ba473fd589", "supported",
     "Tại Lễ báo công dâng Bác, Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường cùng một trăm \"Công nhân giỏi Thủ đô\" năm 2022 đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.",
     "076_a1ba473fd589 body: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 \"Công nhân giỏi Thủ đô\" năm 2022 đã dâng hương'. Consistent: 041_bf2f2fd819b8 'Lễ tuyên dương 100 \"Công nhân giỏi Thủ đô\" và Lễ báo công dâng Bác' (2022)."),
    ("076_a1ba473fd589", "differs",
     "LĐLĐ TP Hà Nội đã đưa 150 Công nhân giỏi Thủ đô năm 2022 vào Lăng báo công dâng Bác.",
     "076_a1ba473fd589: '100 \"Công nhân giỏi Thủ đô\" năm 2022 đã dâng hương' at the Lễ báo công; 041_bf2f2fd819b8 also 100 for 2022. Grep '150 .?Công nhân giỏi' -> nothing (other years: 90 in 2019 on 042, 100 in 2023 on 186/seed 000)."),
    # ---------------------------------------------------------------- 091
    ("091_e664206785ba", "supported",
     "Trong chuyến thăm ngày 17/8, Công đoàn ngành Giáo dục Hà Nội đã trao tổng cộng 15 triệu đồng hỗ trợ các thầy cô giáo mầm non mắc bệnh hiểm nghèo ở huyện Mỹ Đức và Ba Vì.",
     "091_e664206785ba: 'Tại buổi tới thăm, Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng' (Ngày 17/8, date 2020-08)."),
    ("091_e664206785ba", "differs",
     "Ngày 17/8/2020, đoàn công tác Công đoàn ngành Giáo dục Hà Nội đã tới thăm, tặng quà ba giáo viên mầm non bị bệnh hiểm nghèo ở hai huyện Mỹ Đức và Ba Vì.",
     "091_e664206785ba: 'tặng quà hỗ trợ hai giáo viên bị bệnh hiểm nghèo ... của hai huyện Mỹ Đức và huyện Ba Vì'; 'Đây là hai giáo viên có hoàn cảnh đặc biệt khó khăn' (claim ba). Grep 'ba giáo viên|ba thầy|3 giáo viên' -> nothing."),
    # ---------------------------------------------------------------- 1021
    ("1021_e0f274a6a9c5", "supported",
     "Thay mặt LĐLĐ Thành phố, Phó Chủ tịch Phạm Bá Vĩnh đã trao hai mươi suất quà hỗ trợ công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021_e0f274a6a9c5: 'thay mặt Liên đoàn Lao động Thành phố, đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19' (huyện Thạch Thất)."),
    ("1021_e0f274a6a9c5", "differs",
     "Liên đoàn Lao động thành phố Hà Nội đã trao 50 suất quà cho đoàn viên, công nhân lao động khó khăn do Covid-19 tại huyện Thạch Thất.",
     "1021_e0f274a6a9c5: 'trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19' (claim 50). Grep '50 suất' -> only other things (518 Đoàn Thanh niên quà tết, 642 Hội An trẻ em); no Thạch Thất gift count elsewhere (grep 'Thạch Thất')."),
    # ---------------------------------------------------------------- 1212
    ("1212_1bec97bc06dc", "supported",
     "Năm học 2021 - 2022, đoàn kiểm tra do Chủ tịch LĐLĐ huyện Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra xong toàn bộ 48 Công đoàn cơ sở trường học.",
     "1212_1bec97bc06dc: 'kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022' and 'đồng chí Lý Hồng Ngọc – Chủ tịch Liên đoàn Lao động huyện - Trưởng đoàn'. (The page does not name the huyện.)"),
    ("1212_1bec97bc06dc", "differs",
     "Trong năm học 2021-2022, Đoàn kiểm tra của Liên đoàn Lao động huyện (trưởng đoàn Lý Hồng Ngọc) đã kiểm tra hồ sơ sổ sách của 36 CĐCS trường học.",
     "1212_1bec97bc06dc: '48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022' (claim 36). Grep '36 Công đoàn cơ sở|36 CĐCS' -> only 863_b9986cf6dbca '36 công đoàn cơ sở vững mạnh' (other organisation, other thing); 'Lý Hồng Ngọc' -> only 1212."),
    # ---------------------------------------------------------------- 127
    ("127_640c05f71edb", "not_found",
     "Tại chương trình \"Tết sum vầy - Xuân bình an\" năm 2022, Công đoàn ngành Giao thông vận tải Hà Nội đã trao 200 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "127 gives no gift count (teaser 'Đưa những suất quà nghĩa tình đến tay người lao động' has no number). Greps: 'Tết sum vầy.{0,40}2022|Xuân Bình an', 'Tết sum vầy.{0,100}(suất|phần quà)', 'Giao thông vận tải Hà Nội.{0,200}(suất|quà)', 'Công đoàn ngành (GTVT|Giao thông)'. Nearby: 124_e7648c1a2662 counts 2020 support ('20 đoàn viên ... 20 triệu đồng', '10 lượt', '194 cháu') - other year/other thing; 982 '25 suất quà' Tết sum vầy 2020 of a LĐLĐ tỉnh; 133/266/1061 are other unions' 2022 Tết programmes; '200 suất' -> 542_2bc2120ebb1a 'LĐLĐ tỉnh tặng 200 suất quà' at the 'Tết sum vầy - Xuân bình an' 2022 of LĐLĐ thị xã Hoàng Mai (another organisation), 519 (Đoàn thanh niên)."),
    # ---------------------------------------------------------------- 178
    ("178_166cc048757e", "not_found",
     "Tọa đàm \"Dân vận khéo\" gắn với thi đua sáng kiến, sáng tạo do Ban Dân vận Quận ủy và LĐLĐ quận Nam Từ Liêm tổ chức ngày 19/5/2022 có 120 đại biểu tham dự.",
     "178 lists attendees by name only, no headcount; only figure is '132 năm ngày sinh Chủ tịch Hồ Chí Minh'. Greps: 'Nam Từ Liêm' (178 and 391 Tết trồng cây 2024 only), 'Dân vận khéo' (only 178)."),
    # ---------------------------------------------------------------- 180
    ("180_1956e0636950", "not_found",
     "Tại hội nghị tổng kết năm 2021, LĐLĐ huyện Chương Mỹ cho biết CNVCLĐ toàn huyện đã đăng ký 1.500 sáng kiến hưởng ứng Chương trình \"1 triệu sáng kiến\".",
     "180 names the programme ('1 triệu sáng kiến - nỗ lực vượt khó...') but counts nothing for Chương Mỹ. Greps: 'Chương Mỹ' (051 Mái ấm 35 triệu, 282 hỗ trợ nạn nhân, 055 bão số 3 - other things), '1 triệu sáng kiến.{0,150}[0-9]'. Nearby counts are for other places/levels: seed 003 Hà Nội 'hơn 200.000 sáng kiến', 'hơn 40.000 người tham gia'; 502 '83 tập thể, 157 cá nhân đạt giải' (other unit)."),
    # ---------------------------------------------------------------- 183
    ("183_2d301ff89d1d", "not_found",
     "Sáu tháng đầu năm 2019, Công đoàn Viên chức Thành phố Hà Nội đã khen thưởng 88 cá nhân tiêu biểu trong phong trào \"Giỏi việc nước, đảm việc nhà\".",
     "183 has only a caption 'Phạm Bá Vĩnh khen thưởng các tập thể, cá nhân \"Giỏi việc nước- đảm việc nhà\"', no count. Greps: 'Công đoàn Viên chức (Thành phố|TP|Hà Nội)', 'Giỏi việc nước.{0,80}2019', 'tập thể.{0,30}cá nhân'. Nearby: 507_60ef7af69b3d '6 tập thể và 88 cá nhân đã được khen thưởng' is the GVN-ĐVN tổng kết năm 2020 (held 18/3/2021) - another year; 215_3826a48fe31a '25 tập thể, 67 cá nhân' is a 5-year tally."),
    # ---------------------------------------------------------------- 264
    ("264_278ce760ca14", "supported",
     "Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2025 của thành phố Hà Nội tại huyện Thạch Thất dự kiến có khoảng một nghìn người tham gia.",
     "264_278ce760ca14: 'Lễ phát động Tháng hành động về An toàn, vệ sinh lao động (ATVSLĐ) và Tháng Công nhân năm 2025 của thành phố Hà Nội sẽ được tổ chức vào ngày 18/4, tại vườn hoa Phùng Khắc Khoan, thị trấn Liên Quan, huyện Thạch Thất, với sự tham gia của khoảng 1.000 người'."),
    ("264_278ce760ca14", "differs",
     "Ngày 18/4/2025, Hà Nội phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động tại vườn hoa Phùng Khắc Khoan (Thạch Thất) với khoảng 2 nghìn người tham gia.",
     "264_278ce760ca14: 'với sự tham gia của khoảng 1.000 người' (claim 2 nghìn). Grep '2\\.000 người|2000 người|hai nghìn người' -> 761 (TKV, Quảng Ninh) and 173 (national jobs) only; 'Phùng Khắc Khoan' -> only 264; other 2025 pages (314, 330, 650, 612) give no participant count."),
    # ---------------------------------------------------------------- 290
    ("290_4173905edbcf", "supported",
     "Ngày 9/2, đoàn công tác huyện Mê Linh đã tới thăm hỏi, động viên gần 150 công nhân lao động thuê trọ tại thị trấn Quang Minh và thị trấn Chi Đông không về quê đón Tết.",
     "290_4173905edbcf: 'đoàn công tác đã tới động viên, thăm hỏi 148 công nhân lao động đang làm việc tại các doanh nghiệp trên địa bàn huyện thuê trọ tại Thị trấn Quang Minh và Thị trấn Chi Đông' (gần 150 ~ 148)."),
    ("290_4173905edbcf", "differs",
     "LĐLĐ huyện Mê Linh cùng Huyện đoàn đã thăm hỏi, tặng quà hơn 200 công nhân thuê trọ ở Quang Minh và Chi Đông ở lại địa phương đón Tết do Covid-19.",
     "290_4173905edbcf: 'thăm hỏi 148 công nhân lao động ... thuê trọ tại Thị trấn Quang Minh và Thị trấn Chi Đông' (claim hơn 200). Grep '200 công nhân' -> 026, 551, 565 (other events); 'Mê Linh' -> no other count of this visit."),
    # ---------------------------------------------------------------- 331
    ("331_94f105eec540", "supported",
     "Trong Tháng cao điểm \"Vì người nghèo\" năm 2023, Liên đoàn Lao động TP Hà Nội vận động mỗi công nhân viên chức, lao động ủng hộ ít nhất một ngày lương.",
     "331_94f105eec540: 'ủng hộ Tháng cao điểm \"Vì người nghèo\" năm 2023 từ ngày 17/10 đến 18/11 ... vận động công nhân viên chức, lao động trong đơn vị ủng hộ ít nhất là 1 ngày lương'."),
    ("331_94f105eec540", "differs",
     "LĐLĐ thành phố Hà Nội đề nghị các cấp Công đoàn vận động CNVCLĐ ủng hộ ít nhất hai ngày lương trong Tháng cao điểm Vì người nghèo năm 2023.",
     "331_94f105eec540: 'ủng hộ ít nhất là 1 ngày lương' (claim hai). Grep '2 ngày lương|hai ngày lương' -> nothing (other pages: 272 '1 ngày lương' Quỹ Vì biển đảo, 1130 TP HCM 2020, 055 bão số 3 - all one day, other campaigns)."),
    # ---------------------------------------------------------------- 408
    ("408_a6f25cd48259", "not_found",
     "Tại Hội nghị lần thứ 19 Ban Chấp hành khóa XVIII ngày 5/5, Liên đoàn Lao động tỉnh đã bầu bổ sung 3 ủy viên Ban Chấp hành.",
     "408 only states that Thái Minh Sỹ was elected Phó Chủ tịch at 'Hội nghị lần thứ 19, Ban Chấp hành khóa XVIII'; no count of members elected. Greps: 'Thái Minh Sỹ|khóa XVIII' (others are Thành ủy Hà Nội XVIII, Y tế Thanh Hóa XVIII), 'bầu bổ sung' (088 '4 đồng chí' BCH Tổng LĐLĐ khóa XII; 003/037/584 other conferences)."),
    # ---------------------------------------------------------------- 426
    ("426_149ced3ae0fa", "differs",
     "Trước khi sang Tổng Công ty Truyền thông đa phương tiện, ông Trần Duy Phương đã có 15 năm công tác tại báo Lao động.",
     "426_149ced3ae0fa: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện' (claim 15). Grep 'Trần Duy Phương' -> only 426; '15 năm làm việc|15 năm công tác' -> nothing."),
    # ---------------------------------------------------------------- 450
    ("450_716412d0bd43", "not_found",
     "Trong năm 2022, Liên đoàn Lao động quận Hà Đông đã kết nạp mới 2.500 đoàn viên công đoàn.",
     "450 has no figures besides years and 'Đại hội ... lần thứ XVII'. Greps: 'Hà Đông' (seed 000 bão số 3, 804 '440 đảng viên' Huy hiệu Đảng, 544 Hội LHPN - other things), 'kết nạp.{0,60}Hà Đông|Hà Đông.{0,100}đoàn viên' -> nothing. '2\\.500 đoàn viên' -> only 968_788fa47f98b7 'LĐLĐ tỉnh phấn đấu ... phát triển 2.500 đoàn viên' (a provincial 2022 target, another place)."),
    # ---------------------------------------------------------------- 467
    ("467_1dea57a69bce", "supported",
     "Ngay tại lễ phát động Tháng cao điểm \"Vì người nghèo\" năm 2022, các xã, thị trấn, ban ngành và cơ sở tôn giáo huyện Tân Biên đã đóng góp hơn 580 triệu đồng vào Quỹ \"Vì người nghèo\" của huyện.",
     "467_1dea57a69bce: 'ngay tại buổi lễ phát động, các xã, thị trấn và ban, ngành, đoàn thể huyện, các cơ sở tôn giáo trên địa bàn huyện đóng góp 581 triệu đồng vào Quỹ \"Vì người nghèo\" của huyện' (hơn 580 ~ 581)."),
    ("467_1dea57a69bce", "differs",
     "Hưởng ứng lời kêu gọi của Ủy ban MTTQ huyện Tân Biên, các xã, thị trấn và cơ sở tôn giáo đã ủng hộ 850 triệu đồng cho Quỹ Vì người nghèo huyện ngay tại lễ phát động năm 2022.",
     "467_1dea57a69bce: 'đóng góp 581 triệu đồng vào Quỹ \"Vì người nghèo\" của huyện' (claim 850). Grep 'Tân Biên|581 triệu' -> only 467; '850 triệu' -> nothing."),
    # ---------------------------------------------------------------- 469
    ("469_b49a6ebccc5d", "supported",
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 do Thành đoàn Hà Nội tổ chức tại Đại học Ngoại thương có khoảng 400 đoàn viên, thanh niên, sinh viên tiêu biểu tham dự.",
     "469_b49a6ebccc5d: 'Sáng 30/5, tại trường Đại học Ngoại thương đã diễn ra lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 ... do Thành đoàn Hà Nội tổ chức' and '... cùng các cán bộ Đoàn, Hội chủ chốt và gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô'."),
    ("469_b49a6ebccc5d", "differs",
     "Gần 700 đoàn viên, thanh niên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 sáng 30/5 tại Trường Đại học Ngoại thương.",
     "469_b49a6ebccc5d: 'gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô' (claim gần 700). Grep '700 đoàn viên|bảy trăm' -> only 451 '130.700 đoàn viên, người lao động' (other thing); other TNTN hè 2023 pages (470 TP HCM, 547 a province, 550 TƯ Đoàn plan) are other organisers."),
    # ---------------------------------------------------------------- 503
    ("503_ee4c6ffbff68", "supported",
     "Lễ phát động Tháng Nhân đạo năm 2022 tại Thừa Thiên Huế có sự hiện diện của lãnh đạo Tỉnh ủy, HĐND, UBND và Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung.",
     "503_ee4c6ffbff68: 'lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân và Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung' at the Lễ phát động Tháng Nhân đạo năm 2022 (Thừa Thiên Huế, 28/4)."),
    ("503_ee4c6ffbff68", "differs",
     "Theo Chủ tịch Trung ương Hội Chữ thập đỏ Bùi Thị Hòa, lễ phát động Tháng Nhân đạo 2022 ở Huế có đại diện Hội Chữ thập đỏ mười hai tỉnh, thành miền Trung tham dự.",
     "503_ee4c6ffbff68: 'Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung' (claim mười hai = 12). Grep '15 tỉnh|tỉnh, thành phố khu vực miền Trung' -> only 503; '12 tỉnh|mười hai tỉnh' not stated for this event (other Tháng Nhân đạo pages 404-407, 460, 461 are other years or Hà Nội)."),
    # ---------------------------------------------------------------- 669
    ("669_af4c2de1f3b5", "not_found",
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023 - 2028 tổ chức chiều 17/3/2023 có 68 đoàn viên về dự.",
     "669 has no headcount or number of BCH members (figures are only dates, 'lần thứ 21', terms). Greps: 'Sở Giao thông vận tải' (127 teaser Thanh tra Sở GTVT HN, 693 Đảng bộ Sở GTVT HN - other), 'Sở Giao thông vận tải lần|Đại hội công đoàn cơ sở Sở'."),
    # ---------------------------------------------------------------- 786
    ("786_4b655c65ed4c", "differs",
     "Theo Tổng LĐLĐ Việt Nam, chương trình Tết sum vầy cấp Tổng Liên đoàn năm 2018 tại Hưng Yên sẽ diễn ra trước ngày nghỉ Tết âm lịch 7 ngày.",
     "786_4b655c65ed4c: 'thời điểm tổ chức chương trình Tết sum vầy cấp Tổng LĐLĐVN sẽ diễn ra vào trước ngày nghỉ Tết âm lịch 10 ngày' (claim 7). Grep 'trước.{0,30}7 ngày|7 ngày trước' -> nothing."),
    # ---------------------------------------------------------------- 815
    ("815_4b1f243f3f97", "differs",
     "Hội nghị của Công đoàn Bộ Tư pháp có hơn 600 đại biểu đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ tham dự.",
     "815_4b1f243f3f97: 'Khương Thị Thanh Huyền, Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ' (claim hơn 600). Grep 'Bộ Tư pháp' -> only 815; '600 đại biểu' -> only 1026 (another event)."),
    # ---------------------------------------------------------------- 864
    ("864_86eb6e3264b4", "differs",
     "Trong năm 2016, các phong trào thi đua do LĐLĐ tỉnh tổ chức đã có gần 3 nghìn đề tài, sáng kiến được áp dụng trong công tác.",
     "864_86eb6e3264b4: 'Trong năm 2016, ... LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác' (claim gần 3 nghìn). Grep '3\\.000 (đề tài|sáng kiến)|3 nghìn (đề tài|sáng kiến)' -> nothing; 'Phạm Ngọc Nghị' -> only 864."),
    # ---------------------------------------------------------------- 908
    ("908_f0a5e303f4db", "not_found",
     "Đại hội đại biểu Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III đã bầu Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 17 đồng chí.",
     "908 says 'Đại hội tiến hành bầu BCH Công đoàn cơ sở Bệnh viện nhiệm kỳ 2025 - 2030' with no member count. Greps: 'Ung bướu' (only 908), 'Bệnh viện.{0,40}Thanh H'. Nearby: 1211_28597f193f57 'Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí' is Công đoàn ngành Y tế Thanh Hóa 2017-2022 (another organisation and term)."),
    # ---------------------------------------------------------------- 966
    ("966_e39baf260c80", "supported",
     "Tại Hội nghị biểu dương công nhân lao động xuất sắc, tiêu biểu năm 2018 của Công đoàn GTVT Việt Nam, Vietnam Airlines góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu.",
     "966_e39baf260c80: 'Hội nghị biểu dương Công nhân lao động xuất sắc, tiêu biểu năm 2018' and 'VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu đến từ nhiều đơn vị'."),
    ("966_e39baf260c80", "differs",
     "Tổng công ty Hàng không Việt Nam có 65 cán bộ, công nhân viên chức lao động tiêu biểu được Công đoàn Giao thông vận tải Việt Nam biểu dương năm 2018.",
     "966_e39baf260c80: 'VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu' (claim 65). Grep '65 cán bộ' -> nothing; 'VNA|Công nhân lao động xuất sắc, tiêu biểu' -> only 966."),
]


def curly(text):
    """Turn straight double quotes into alternating curly quotes so no TSV quoting is needed."""
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
        assert verdict in ("supported", "differs", "not_found"), verdict
        for field in (page_id, claim, why):
            assert "\t" not in field and "\n" not in field
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
