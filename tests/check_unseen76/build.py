#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 086 Hà Nội: điển hình tiên tiến / Công dân Thủ đô ưu tú 2023
    ("086_ba1892a61737", S,
     "Năm 2023, Thủ đô Hà Nội có 858 điển hình tiên tiến về dự Hội nghị biểu dương người tốt, việc tốt, vinh danh Công dân Thủ đô ưu tú.",
     "086_ba1892a61737: \"858 điển hình tiên tiến năm 2023 của Thủ đô đại diện cho hàng vạn cá nhân 'Người tốt, việc tốt'\"."),
    ("086_ba1892a61737", D,
     "Tại hội nghị biểu dương điển hình tiên tiến năm 2023, TP Hà Nội vinh danh mười hai \"Công dân Thủ đô ưu tú\".",
     "086_ba1892a61737: \"trong đó có 10 'Công dân Thủ đô ưu tú' là những hạt nhân tiêu biểu nhất\" (năm 2023). "
     "g.sh 'Công dân Thủ đô ưu tú' only hits 086; no 12 / mười hai for it anywhere."),
    # ---------------- 1014 Nghiệp đoàn xe ôm Bình Tân, Chợ Tết trực tuyến
    ("1014_8ece231e24cc", D,
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 80 voucher cho đoàn viên, người lao động mua sắm tại Chợ Tết Công đoàn trực tuyến.",
     "1014_8ece231e24cc: \"Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher\". g.sh 'voucher': other hits are 458 "
     "(500 voucher, another event) and 687 (e-voucher, no count); 80 voucher never stated."),
    ("1014_8ece231e24cc", S,
     "Mỗi voucher mà Nghiệp đoàn xe ôm, xe công nghệ Bình Tân tặng lao động tự do tại Chợ Tết Công đoàn trực tuyến có trị giá 500 nghìn đồng.",
     "1014_8ece231e24cc: \"được tặng voucher (trị giá 500.000 đồng) đợt này\"."),
    # ---------------- 1147 LĐLĐ TP. Nha Trang chợ Tết 2025
    ("1147_b5a785ed6f78", S,
     "Tại chợ Tết Công đoàn năm 2025, LĐLĐ TP. Nha Trang đã tặng 345 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1147_b5a785ed6f78: \"Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn\"."),
    ("1147_b5a785ed6f78", D,
     "Chợ Tết Công đoàn năm 2025 do Liên đoàn Lao động thành phố Nha Trang tổ chức ngày 10-1 có quy mô 9 gian hàng.",
     "1147_b5a785ed6f78: \"chợ Tết Công đoàn có quy mô gồm 7 gian hàng, trong đó có 1 gian hàng 0 đồng, 1 gian hàng không lợi nhuận và 5 gian hàng giảm giá\". "
     "g.sh 'gian hàng': other gian-hàng counts are other markets (Hà Nội 72/70/124/50, Đà Nẵng 70-80, Quảng Ninh 20-30, 1146 >40...); 9 gian hàng never stated."),
    # ---------------- 1193 Hội thao NHCSXH 2023 khu vực V
    ("1193_f2efb2123ee3", S,
     "Hội thao Ngân hàng Chính sách xã hội năm 2023 khu vực V quy tụ khoảng 430 vận động viên.",
     "1193_f2efb2123ee3: \"Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở\"."),
    ("1193_f2efb2123ee3", D,
     "Các vận động viên dự Hội thao NHCSXH năm 2023, khu vực V tranh tài ở chín bộ môn thi đấu.",
     "1193_f2efb2123ee3: \"tham gia tranh tài với 7 bộ môn thi đấu: Kéo co, Bóng đá mini, bóng chuyền hơi, cầu lông, bóng bàn, cờ tướng và tennis\". "
     "g.sh 'NHCSXH' hits only 1193; 1192 is another banking sports event (444 VĐV, 12 nội dung của 5 môn). No 9 bộ môn."),
    # ---------------- 1205 CĐCS Trường Mầm non Sơn Ca 10
    ("1205_8824486ce1df", D,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028 có 52 công đoàn viên tham dự.",
     "1205_8824486ce1df: \"- Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10\" (attending the 07/4/2023 đại hội). g.sh 'Sơn Ca' hits only 1205; 52 not stated."),
    # ---------------- 176 Công đoàn Thủ đô thi đua 2025
    ("176_48c827f6f4be", S,
     "Năm 2025, các cấp Công đoàn Thủ đô phát động phong trào thi đua trong công nhân, viên chức, lao động theo hai đợt.",
     "176_48c827f6f4be: \"năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt\"."),
    # ---------------- 196 Ban Bảo vệ, chăm sóc sức khỏe cán bộ TW
    ("196_6db0361b11d7", D,
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương được giao chăm sóc sức khỏe cho khoảng 2,5 nghìn cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.",
     "196_6db0361b11d7: \"giao nhiệm vụ chăm sóc sức khỏe cho khoảng 1.800 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý\". "
     "g.sh 'Bảo vệ, chăm sóc sức khỏe cán bộ' hits only 196; 2.500 / 2,5 nghìn not stated for it."),
    # ---------------- 319 Công an TP Hà Nội đợt cao điểm
    ("319_7f30ae237edf", S,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an Thành phố Hà Nội giao các đơn vị, lực lượng thực hiện bảy nhóm chỉ tiêu chung.",
     "319_7f30ae237edf: \"Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể\"."),
    ("319_7f30ae237edf", D,
     "Công an TP Hà Nội giao các lực lượng thực hiện 12 nhóm chỉ tiêu cụ thể trong đợt cao điểm bảo vệ Đại hội XIV của Đảng và Tết Bính Ngọ.",
     "319_7f30ae237edf: \"7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể\". g.sh 'nhóm chỉ tiêu': only other hit 392 (Thành đoàn, 5 nhóm chỉ tiêu); 12 not stated."),
    # ---------------- 352 Chu Ngọc Anh re-elected
    ("352_557f7c6c45b0", S,
     "Ông Chu Ngọc Anh được HĐND TP Hà Nội khóa XVI bầu tiếp tục giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với gần 98% số phiếu.",
     "352_557f7c6c45b0: \"với số phiếu 92/94 (chiếm 97,87%)\"; also 581_94f251acdd8a \"92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)\"."),
    ("352_557f7c6c45b0", D,
     "Tại kỳ họp thứ nhất HĐND thành phố Hà Nội khóa XVI, ông Chu Ngọc Anh được bầu làm Chủ tịch UBND thành phố với 86 phiếu tán thành.",
     "352_557f7c6c45b0: \"với số phiếu 92/94\"; 581_94f251acdd8a: \"92/94 đại biểu có mặt tán thành\" (581 also gives 92/94 for Nguyễn Ngọc Tuấn, HĐND chair). 86 phiếu not stated."),
    # ---------------- 465 quà Tết LĐLĐ tỉnh / Phú Lương
    ("465_d28f5749c617", S,
     "Các suất quà Liên đoàn Lao động tỉnh tặng người lao động gặp khó khăn và các gia đình hộ nghèo có tổng trị giá gần 23 triệu đồng.",
     "465_d28f5749c617: \"Liên đoàn Lao động tỉnh đã tặng 35 xuất quà cho người lao động gặp khó khăn và các gia đình hộ nghèo, tổng trị giá gần 23 triệu đồng\"."),
    ("465_d28f5749c617", D,
     "Liên đoàn Lao động huyện Phú Lương tặng 68 suất quà cho cán bộ viên chức, người lao động gặp khó khăn do dịch Covid-19 dịp Tết.",
     "465_d28f5749c617: \"Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng\". "
     "g.sh 'Phú Lương' hits only 465; 68 suất not stated. (Note: the page spells 'xuất quà'.)"),
    # ---------------- 520 Mái ấm công đoàn bà Trần Thị Anh
    ("520_248a7e4c18f3", D,
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng để xây \"Mái ấm công đoàn\" cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520_248a7e4c18f3: \"LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng 'Mái ấm công đoàn' cho bà Trần Thị Anh\" and \"số tiền hỗ trợ 50 triệu đồng/căn\". "
     "g.sh 'Chang Chun|Trần Thị Anh' only 520; other Mái ấm amounts (25, 30, 35, 40, 60 triệu) are other houses/provinces."),
    # ---------------- 524 LĐLĐ Nghệ An gặp mặt Chủ tịch CĐCS 2021
    ("524_5e262b93a7cd", S,
     "Hội nghị Gặp mặt Chủ tịch công đoàn cơ sở do LĐLĐ tỉnh Nghệ An tổ chức trực tuyến năm 2021 có sự tham gia của 200 Chủ tịch CĐCS khối doanh nghiệp.",
     "524_5e262b93a7cd: \"hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp\"."),
    ("524_5e262b93a7cd", D,
     "Năm 2021, tỉnh Nghệ An có khoảng 5.000 Chủ tịch Công đoàn cơ sở.",
     "524_5e262b93a7cd: \"200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh\". "
     "g.sh 'Chủ tịch công đoàn cơ sở': no other Nghệ An total; 5.000 not stated."),
    # ---------------- 529 Đại hội Công đoàn Đồng Nai XI
    ("529_5aa251341404", S,
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 đại diện cho gần 800.000 đoàn viên CNVCLĐ trong tỉnh.",
     "529_5aa251341404: \"400 đại biểu chính thức ... đại diện cho trí tuệ, niềm tin, nguyện vọng của gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà\"."),
    ("529_5aa251341404", D,
     "Đại hội Công đoàn Đồng Nai lần XI, nhiệm kỳ 2023-2028 diễn ra ngày 5/10 với 350 đại biểu chính thức.",
     "529_5aa251341404: \"nhiệt liệt chào mừng 400 đại biểu chính thức\". g.sh 'Đồng Nai.{0,150}đại biểu': no other delegate count for this congress; 350 not stated."),
    # ---------------- 589 Hậu Giang hiệp thương lần 1, ĐBQH khóa XV
    ("589_5739e8816785", D,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ Việt Nam tỉnh Hậu Giang thống nhất giới thiệu 16 người ứng cử đại biểu Quốc hội khóa XV.",
     "589_5739e8816785: \"Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu\". "
     "g.sh 'Hậu Giang|hiệp thương': no other Hậu Giang count; 16 not stated."),
    ("589_5739e8816785", S,
     "Theo thỏa thuận tại hội nghị hiệp thương lần thứ nhất, trong số đại biểu Quốc hội khóa XV bầu ở Hậu Giang có 4 đại biểu là người công tác tại địa phương.",
     "589_5739e8816785: \"để lấy đủ 6 đại biểu (trong đó Trung ương 2 đại biểu, người công tác tai địa phương 4 đại biểu)\"."),
    # ---------------- 594 Hội LHPN VN khóa XIII
    ("594_2969d737d0fc", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII chiều 10/3/2022 đã bầu 3 Phó Chủ tịch Hội.",
     "594_2969d737d0fc: \"hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam\". g.sh 'Phó Chủ tịch Hội Liên hiệp Phụ nữ|Hội LHPN Việt Nam': "
     "980 (kiện toàn later, no count), 631/720/925/1085 name single Phó Chủ tịch; no count 3."),
    # ---------------- 702 LĐLĐ TP.HCM họp mặt công nhân ở trọ
    ("702_b3991be6596d", S,
     "Chương trình họp mặt của LĐLĐ TP.HCM có Chủ tịch LĐLĐ Thành phố Trần Thị Diệu Thúy cùng 24 gia đình công nhân ở trọ không có điều kiện về quê đón Tết tham dự.",
     "702_b3991be6596d: \"Đến dự có Thành ủy viên, Chủ tịch LĐLĐ TP Trần Thị Diệu Thúy và 24 gia đình công nhân ở trọ, không có điều kiện về quê đón Tết\". "
     "(The separate Quận 12 gathering the same day had 45 families.)"),
    ("702_b3991be6596d", D,
     "LĐLĐ TP.HCM phối hợp LĐLĐ Quận 12 tổ chức họp mặt 60 gia đình công nhân ở trọ không về quê vui Tết tại phường Thạnh Lộc.",
     "702_b3991be6596d: \"LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc\". "
     "g.sh 'ở trọ|Diệu Thúy|Thạnh Lộc': no other count; g.sh '60 gia đình': no hit."),
    # ---------------- 943 Huyện đoàn Ninh Giang, Hoa phượng đỏ 2024
    ("943_88cf9e3df0cd", S,
     "Chiến dịch tình nguyện Hoa phượng đỏ hè 2024 của Huyện đoàn Ninh Giang thu hút hơn 300 học sinh, giáo viên trẻ tham gia.",
     "943_88cf9e3df0cd: \"toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ tham gia\"."),
    ("943_88cf9e3df0cd", D,
     "Hè 2024, huyện Ninh Giang thành lập 8 đội hình tình nguyện \"Hoa phượng đỏ\".",
     "943_88cf9e3df0cd: \"toàn huyện thành lập 6 đội hình tình nguyện\". g.sh 'Hoa phượng đỏ|Ninh Giang|đội hình tình nguyện': other đội hình counts "
     "(392: 9 đội hình chuyên cấp TP; 609: 5 đội hình Kỳ nghỉ hồng/Hành quân xanh; 1011: 26.581) are other places; 8 not stated."),
    # ---------------- 977 Huyện ủy Vĩnh Lợi
    ("977_59366ad5b827", S,
     "Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho ba đồng chí.",
     "977_59366ad5b827: \"Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới\"."),

    # ================= not_found
    ("037_69ea9a40be4e", N,
     "Kỳ họp thứ 9 Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI đã bầu bổ sung 3 Ủy viên Ban Chấp hành.",
     "037 names the purpose (\"bầu bổ sung Ủy viên Ban chấp hành, Ban Thường vụ và chức danh Chủ tịch\") but never counts members elected. "
     "g.sh 'bầu bổ sung': 003 (kỳ họp thứ 11, no count), 088 (4 đồng chí into BCH Tổng LĐLĐ VN khóa XII), 1182 (3 ủy viên, CĐ Y tế), "
     "1242 (18 ủy viên Tổng LĐLĐ) are other bodies/meetings."),
    ("040_336a9444fa13", N,
     "Kế hoạch số 35/KH-TU của Ban Thường vụ Thành ủy Hà Nội về đổi mới tổ chức và hoạt động Công đoàn gồm 6 nhóm nhiệm vụ, giải pháp.",
     "040 only names Kế hoạch 35/KH-TU and Nghị quyết 02-NQ/TW; no count of tasks. g.sh 'Kế hoạch số 35|35/KH-TU' hits only 040; "
     "g.sh '02-NQ/TW' hits other pages with no count of nhóm nhiệm vụ."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao Giấy chứng nhận \"Đạt chuẩn văn hóa\" cho 12 công đoàn cơ sở.",
     "1145 (caption and body) says \"trao Giấy chứng nhận ... cho các đơn vị, CĐCS 'Đạt chuẩn văn hóa'\" without a number. g.sh 'Ninh Bình', "
     "'đạt chuẩn văn hóa': 251 (75 cơ quan, đơn vị, doanh nghiệp, Sơn Tây) is another place."),
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 51 ủy viên.",
     "299 gives no BCH size. g.sh 'Ban Chấp hành.{0,40}khóa XVI.{0,60}(gồm|có)' only 103 (Đảng bộ Hà Nội bầu 74 đồng chí vào BCH khóa XVI, 2015: another body). "
     "Nearby counts for this congress are delegates (092: 550 đại biểu chính thức; 242: 546 đại biểu), another counted noun."),
    ("312_8e378b3e63bf", N,
     "Trong khuôn khổ lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2017 có 40 đơn vị, doanh nghiệp tham gia triển lãm.",
     "312: \"đã diễn ra triển lãm của nhiều đơn vị, doanh nghiệp uy tín\" (no number). g.sh 'triển lãm' and '(ATVSLĐ|vệ sinh lao động).{0,100}2017': "
     "369/370/861 give dates/theme only; no exhibitor count."),
    ("419_570045abe4cc", N,
     "Đại hội Công đoàn Hà Tĩnh lần thứ XVIII diễn ra tháng 1/2018 với 320 đại biểu chính thức.",
     "419 only has the date and a caption. g.sh 'Hà Tĩnh.{0,200}đại biểu': only 1085 (Hội LHPN Hà Tĩnh, Ban Thường vụ 11 đại biểu) — another organisation; "
     "corpus 002 covers Công đoàn Hà Tĩnh 2024 results, not the XVIII congress delegates."),
    ("499_a6b3abf9d8de", N,
     "Năm 2023, LĐLĐ tỉnh Phú Yên đặt chỉ tiêu thành lập mới 25 công đoàn cơ sở.",
     "499 says only \"tập trung phát triển đoàn viên, thành lập công đoàn cơ sở\" (no number). g.sh 'Phú Yên' hits 499 and a tourism item; "
     "666 (\"thành lập mới 26 công đoàn cơ sở\", 2021, unnamed province) is another year/province."),
    ("669_af4c2de1f3b5", N,
     "Đại hội công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "669 mentions \"bầu ra BCH mới\" but no size. g.sh 'Sở Giao thông vận tải': 127, 693 are Hà Nội items; "
     "BCH counts elsewhere (1211: CĐ ngành Y tế 17 đồng chí; 962/964: 5 thành viên) are other unions."),
    ("693_fc08e1a86a0b", N,
     "Tại hội nghị phát động đợt thi đua cao điểm ngày 21/5, Công đoàn ngành Giao thông vận tải Hà Nội đã khen thưởng 30 tập thể, cá nhân.",
     "693 body: phát động thi đua from 15/5 to 10/10, no awards counted (the 'Khen thưởng các gương điển hình' lines are related-article teasers). "
     "g.sh 'Giao thông vận tải.{0,200}(khen thưởng|tập thể)': 124 (10 lượt đoàn viên thăm hỏi) is another activity."),
    ("807_4c859601563b", N,
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tại Hà Nội tháng 3/2016 có đại biểu của 50 quốc gia tham dự.",
     "807 gives dates (5-6/03/2016) and 'Đại hội ... lần thứ 17', no participant/country count. g.sh 'Liên hiệp Công đoàn Thế giới|WFTU|Mavrikos' hits 807 and 100 (a title only)."),
    ("906_dcbd919b8f59", N,
     "Tại lễ phát động Tháng Nhân đạo 2024, Hội Chữ thập đỏ huyện Hóc Môn đã trao 200 phần quà cho người có hoàn cảnh khó khăn.",
     "906 says only \"hàng trăm lượt người nghèo\" yearly (vague) and '6 năm'. g.sh 'Hóc Môn' hits 906 and 108 (an electricity company); "
     "Tháng Nhân đạo figures elsewhere (405, 406, 460, 606, 607, 683, 907) are other provinces/years/national."),
]


def nfc(s):
    s = unicodedata.normalize("NFC", s)
    # ASCII double quotes -> typographic, so the TSV needs no CSV quoting
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
