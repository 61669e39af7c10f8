#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Only csv + unicodedata. Claims were written from the 'Your pages' list in PROMPT.md,
checked against the whole blind corpus with ./g.sh (seeds + dev pages of batches 1-30)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 1004: Công đoàn Giáo dục VN, quà Tiền Giang ----------------
    ("1004_3bfcfe4709c1", S,
     "Các phần quà Công đoàn Giáo dục Việt Nam trao cho cán bộ, giáo viên khó khăn của ngành giáo dục Tiền Giang có tổng trị giá 45 triệu đồng.",
     "1004_3bfcfe4709c1: 'Tổng trị giá các phần quà 45 triệu đồng, nguồn kinh phí từ “ Quỹ xã hội” của công đoàn giáo dục Việt Nam'."),
    ("1004_3bfcfe4709c1", D,
     "Nhân dịp công tác tại Tiền Giang, Công đoàn Giáo dục Việt Nam đã trao tặng 18 phần quà cho cán bộ, giáo viên và người lao động ngành giáo dục tỉnh có hoàn cảnh khó khăn.",
     "1004_3bfcfe4709c1: 'Công đoàn giáo dục Việt Nam đã trao tặng 13 phần quà cho cán bộ , giáo viên và người lao động trong ngành giáo dục tỉnh Tiền Giang' (13, not 18). g.sh '18 phần quà' and 'phần quà.{0,60}Tiền Giang' -> only 1004 (457 is a Mái ấm house in Tiền Giang, not gifts)."),
    # ---------------- 1064: UBKT Công đoàn ngành Xây dựng Hà Nội ----------------
    ("1064_9147fdd05d4f", D,
     "Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại hơn 30 CĐCS sau Đại hội nhiệm kỳ 2023 - 2028.",
     "1064_9147fdd05d4f: 'UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)' (22, not >30). g.sh '22 (Công đoàn cơ sở|CĐCS)|32 (Công đoàn cơ sở|CĐCS)|Ủy ban Kiểm tra.{0,40}Xây dựng' and 'hơn 30 (công đoàn cơ sở|CĐCS)' -> nothing else."),
    # ---------------- 1125: Công đoàn Công ty Điện lực Đất Đỏ ----------------
    ("1125_5e323181d7fd", S,
     "Công đoàn Công ty Điện lực Đất Đỏ đã thăm hỏi và trao hỗ trợ cho bốn trường hợp cán bộ công nhân viên, thân nhân gặp hoàn cảnh khó khăn, bệnh tật.",
     "1125_5e323181d7fd: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn, bệnh tật' (bốn = 4)."),
    ("1125_5e323181d7fd", D,
     "Công đoàn Công ty Điện lực Đất Đỏ trao tổng cộng 75 triệu đồng hỗ trợ người lao động ngành điện có hoàn cảnh khó khăn.",
     "1125_5e323181d7fd: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp' (55, not 75). g.sh 'Đất Đỏ' -> only 1125 and 520 (a Mái ấm house in huyện Đất Đỏ, other org); '75 triệu' -> nothing."),
    # ---------------- 114: tiêm vaccine công nhân TP.HCM ----------------
    ("114_68d1a04f6177", S,
     "Đợt tiêm vắc xin Covid-19 cho công nhân của TP.HCM hồi tháng 6/2021 hướng tới khoảng 105 nghìn người ở các khu công nghiệp, khu chế xuất và khu công nghệ cao.",
     "114_68d1a04f6177: 'Cả đợt này, tổng cộng có 460 đội tiêm cho gần 105.000 người ở các khu công nghiệp, khu chế xuất, khu Công nghệ cao' (khoảng 105 nghìn ~ gần 105.000)."),
    ("114_68d1a04f6177", D,
     "TP Hồ Chí Minh huy động khoảng 640 đội tiêm để tiêm vắc xin phòng Covid-19 cho công nhân trong đợt triển khai tháng 6/2021.",
     "114_68d1a04f6177: 'tổng cộng có 460 đội tiêm cho gần 105.000 người' (460, not ~640). g.sh '460 đội|đội tiêm|105\\.000' and '640 đội' -> only 114."),
    # ---------------- 1194: LĐLĐ quận Thốt Nốt ----------------
    ("1194_7d78d6932b24", D,
     "Gần 300 công nhân lao động ở mô hình nhà trọ an toàn và khu công nghiệp Thốt Nốt đã được tuyên truyền kỹ năng phòng, chống tội phạm và ma túy trong buổi sinh hoạt do LĐLĐ quận Thốt Nốt tổ chức.",
     "1194_7d78d6932b24: 'Theo đó, trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền' (>100, not ~300). g.sh 'Thốt Nốt' -> only 1194."),
    # ---------------- 1243: LĐLĐ huyện Thới Bình ----------------
    ("1243_2795c7a9ce80", D,
     "Đồng chí Nguyễn Việt Hoa được bầu giữ chức Chủ tịch Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018 – 2023 với 87% số phiếu.",
     "1243_2795c7a9ce80: 'bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%' (100%, not 87%). g.sh 'Thới Bình|Nguyễn Việt Hoa' -> only 1243; '87%' -> nothing relevant."),
    # ---------------- 128: Công đoàn Xây dựng VN tặng quà Tết CN môi trường ----------------
    ("128_4d3aad482add", S,
     "Chủ tịch Công đoàn Xây dựng Việt Nam Nguyễn Thị Thủy Lệ dành tặng ba mươi suất quà cá nhân cho công nhân môi trường chi nhánh Hai Bà Trưng dịp Tết.",
     "128_4d3aad482add: 'dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng' (ba mươi = 30)."),
    ("128_4d3aad482add", D,
     "Mỗi suất quà Tết Công đoàn ngành Xây dựng Việt Nam tặng công nhân vệ sinh môi trường chi nhánh Hai Bà Trưng gồm 2 triệu đồng và một túi quà.",
     "128_4d3aad482add: '30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết' (1 triệu per gift, not 2). g.sh 'Thủy Lệ|suất quà.{0,80}Hai Bà Trưng|Hai Bà Trưng.{0,80}suất quà' -> 128, 032 (Thủy Lệ at another event, no gift), 509 (Hội Chữ thập đỏ quận Hai Bà Trưng, other org); '2 triệu đồng.{0,40}(túi quà|quà Tết)' -> nothing."),
    # ---------------- 160: đối thoại Chủ tịch UBND TP Trần Sỹ Thanh, 28/5, Hòa Lạc ----------------
    ("160_41a38b2fedbd", S,
     "Để chuẩn bị cho buổi đối thoại ngày 28/5 giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và công nhân tại Hòa Lạc, LĐLĐ thành phố đã dành gần hai tháng trực tiếp nắm tình hình cơ sở, lấy ý kiến người lao động.",
     "160_41a38b2fedbd: 'để tổ chức thành công hội nghị, gần 2 tháng qua, Liên đoàn Lao động TP đã trực tiếp nắm tình hình cơ sở, phát hành phiếu lấy ý kiến' (gần hai tháng = gần 2 tháng; a duration)."),
    ("160_41a38b2fedbd", D,
     "Trước buổi đối thoại với Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh ngày 28/5 tại Khu Công nghệ cao Hòa Lạc, ban tổ chức đã tiếp nhận hơn 900 ý kiến, kiến nghị của công nhân lao động và công đoàn cơ sở.",
     "160_41a38b2fedbd: 'Đến nay, Ban tổ chức đã tiếp nhận trên 500 ý kiến gửi gắm, kiến nghị từ các đại biểu công nhân lao động và Công đoàn cơ sở' (>500, not >900). g.sh '[0-9]+ ý kiến' -> seeds 000/003 give 600 / hơn 600 ý kiến for an earlier dialogue (other occasion), 160 gives 500; '900 ý kiến' -> nothing. 082 is the 2024 dialogue (23/5, Thạch Thất - Quốc Oai) and gives no count of ý kiến."),
    # ---------------- 278: đối thoại Chủ tịch UBND TP Nguyễn Đức Chung với CNLĐ KCN&CX, 2016 ----------------
    ("278_ca99d72144c8", S,
     "Theo buổi đối thoại giữa Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung và công nhân năm 2016, hơn 15 nghìn công nhân lao động đang làm việc trong các khu công nghiệp và chế xuất Hà Nội.",
     "278_ca99d72144c8: 'dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội' (1,5 vạn = 15.000; hơn 15 nghìn ~ hơn 1,5 vạn)."),
    ("278_ca99d72144c8", D,
     "Đã có 27 vấn đề kiến nghị năm 2016 của công nhân lao động các KCN&CX Hà Nội được giải quyết, theo hội nghị đối thoại với Chủ tịch UBND Thành phố Nguyễn Đức Chung.",
     "278_ca99d72144c8: '22/31 vấn đề kiến nghị năm 2016 đã được giải quyết' (22, not 27). g.sh 'Nội Bài|1,5 vạn|22/31|31 vấn đề' -> 278 and 224 (same kind of dialogue page, no issue count); '27 vấn đề' -> nothing."),
    # ---------------- 337: LĐLĐ huyện Hoài Đức ----------------
    ("337_b563439ef734", D,
     "Ngày hội văn hóa – thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 có năm nội dung thi đấu.",
     "337_b563439ef734: 'ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ' (3, not 5). g.sh 'Hoài Đức.{0,100}(nội dung|môn)|nội dung thi đấu' -> only 337; 'năm nội dung' -> nothing."),
    # ---------------- 492: quận Ba Đình, Tháng hành động vì trẻ em 2025 ----------------
    ("492_56c7ff106a2f", S,
     "Quận Ba Đình đồng loạt tổ chức lễ phát động Tháng hành động vì trẻ em năm 2025 cấp phường tại mười ba phường trước ngày 30/5.",
     "492_56c7ff106a2f: 'quận Ba Đình sẽ đồng loạt tổ chức lễ phát động cấp phường tại 13 phường trước ngày 30/5' (mười ba = 13)."),
    # ---------------- 504: Chợ Tết Công đoàn 2026, LĐLĐ Hà Nội, 31/1-1/2/2026 ----------------
    ("504_7a8b75f0dd5a", S,
     "Chợ Tết Công đoàn năm 2026 diễn ra từ 31/1 đến 1/2/2026 với quy mô 50 gian hàng bán các mặt hàng thiết yếu cho công nhân, người lao động.",
     "504_7a8b75f0dd5a: 'Chương trình “Chợ Tết Công đoàn năm 2026” diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng'; also 107_cd50bca97726: '... diễn ra từ 8 giờ 30 ngày 31/1 đến 19 giờ ngày 1/2/2026 ..., với khoảng 50 gian hàng'. NB 276/280 give 70 gian hàng for the OTHER Hà Nội session (7-8/2/2026, Cung Việt Xô) - hence the dates in the claim."),
    ("504_7a8b75f0dd5a", D,
     "Ngay từ sáng sớm, hơn 4.000 đoàn viên, công nhân lao động trên địa bàn Hà Nội đã có mặt tham dự Chợ Tết Công đoàn năm 2026 diễn ra ngày 31/1-1/2/2026.",
     "504_7a8b75f0dd5a: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình' (>2.400, not >4.000). g.sh '2\\.400|2400|3\\.000 đoàn viên' and '4\\.000 đoàn viên' -> only 504 for this chợ (495: HCM youth campaign; 706: đoàn viên ưu tú target)."),
    # ---------------- 625: LĐLĐ tỉnh Quảng Trị ----------------
    ("625_686569eb1423", D,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ 500 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng do mưa lũ tháng 11/2016.",
     "625_686569eb1423: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng nặng do đợt mưa lũ tháng 11.2016' (300, not 500). g.sh 'Triệu Giang|300 triệu' -> 625 only for this school; '500 triệu đồng.{0,60}(Mầm non|trường)' -> nothing."),
    # ---------------- 664: Công đoàn Trung tâm PTBV CLGD phổ thông QG ----------------
    ("664_ee315818b222", D,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023 – 2028 có sự tham dự của 56 công đoàn viên của Trung tâm.",
     "664_ee315818b222: 'Chủ tịch các Công đoàn bộ phận trực thuộc Viện và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia' (41, not 56). g.sh '41 (công )?đoàn viên|Phát triển bền vững' and '56 (công )?đoàn viên' -> only 664 for this union."),
    # ---------------- 670: Công đoàn ngành GTVT Nghệ An ----------------
    ("670_101e6c4c997e", S,
     "Công đoàn ngành Giao thông Vận tải Nghệ An đã trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT hai tỉnh Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670_101e6c4c997e: 'đã đến thăm và trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai bị thiệt hại nghiêm trọng do bão lũ số 3'."),
    # ---------------- 687: Chợ Tết Công đoàn - Xuân 2026 trực tuyến (Tổng LĐLĐ) ----------------
    ("687_78fa76c436ef", S,
     "Chương trình Chợ Tết Công đoàn - Xuân 2026 trực tuyến của Tổng LĐLĐ Việt Nam hỗ trợ mỗi người lao động 500 nghìn đồng để mua hàng.",
     "687_78fa76c436ef: 'có 200.000 người lao động được hỗ trợ từ chương trình ý nghĩa này, với mức hỗ trợ là 500.000 đồng/người'; same in 601_191d90e3f2ed ('500.000 đồng/người') and 700_dd6b1b09b4e2 ('500.000 đồng/người')."),
    ("687_78fa76c436ef", D,
     "Theo kế hoạch, khoảng 300.000 người lao động sẽ được Tổng Liên đoàn Lao động Việt Nam hỗ trợ qua chương trình Chợ Tết Công đoàn - Xuân 2026 trực tuyến.",
     "687_78fa76c436ef: 'Theo dự kiến, có 200.000 người lao động được hỗ trợ từ chương trình'; 601: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người)'; 700: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình' (200.000 everywhere, not 300.000). g.sh '200\\.000|300\\.000 (người|đoàn viên)|...' -> no 300.000 for this program."),
    # ---------------- 712: Đại hội MTTQ TP Hà Nội lần thứ XVIII ----------------
    ("712_694777b452ec", S,
     "Theo báo cáo tại Đại hội MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, MTTQ các cấp thành phố đã thực hiện hiệu quả ba khâu đột phá.",
     "712_694777b452ec: 'MTTQ các cấp thành phố đã chủ động, quyết liệt ..., thực hiện hiệu quả 6 chương trình hành động; 3 khâu đột phá' (ba = 3). 340 (3 khâu đột phá of Công đoàn TP.HCM) and 747 (Lâm Đồng) are other orgs."),
    ("712_694777b452ec", D,
     "Nhiệm kỳ qua, Mặt trận Tổ quốc các cấp TP Hà Nội đã thực hiện hiệu quả tám chương trình hành động, theo báo cáo tại Đại hội MTTQ thành phố lần thứ XVIII.",
     "712_694777b452ec: 'thực hiện hiệu quả 6 chương trình hành động; 3 khâu đột phá' (6, not 8). g.sh 'chương trình hành động|khâu đột phá' -> no other count of MTTQ Hà Nội's programmes; 'tám chương trình|8 chương trình' -> nothing."),
    # ---------------- 729: Nghệ An phát động Tháng Công nhân 2025 ----------------
    ("729_44f1746c543b", S,
     "Lễ phát động Tháng Công nhân năm 2025 của tỉnh Nghệ An có hơn một nghìn đoàn viên, người lao động tham dự.",
     "729_44f1746c543b: 'cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động' (hơn một nghìn = hơn 1.000)."),
    # ---------------- 901: Công đoàn Điện lực VN, Tháng Công nhân 2024 ----------------
    ("901_623fc945bf8f", S,
     "Công đoàn Điện lực Việt Nam đặt mục tiêu 100% công đoàn cơ sở trong hệ thống tổ chức ít nhất một hoạt động hưởng ứng Tháng Công nhân năm 2024.",
     "901_623fc945bf8f: 'Mục tiêu 100% công đoàn cơ sở trong hệ thống Công đoàn Điện lực Việt Nam tổ chức ít nhất 1 hoạt động phù hợp để hưởng ứng Tháng Công nhân ... năm 2024' (the figure is 100%)."),
    # ---------------- 979: Ủy ban MTTQ huyện Phú Tân ----------------
    ("979_5010ac31af5f", D,
     "Tại hội nghị Ủy ban MTTQ Việt Nam huyện Phú Tân chiều 2/5/2019, có 95% đại biểu tán thành cử bà Võ Ngọc Hân giữ chức Chủ tịch Ủy ban MTTQ huyện.",
     "979_5010ac31af5f: 'Qua biểu quyết có 100% đại biểu tán thành. Kết quả, Bà Võ Ngọc Hân được bầu làm Chủ tịch' (100%, not 95%). g.sh 'Phú Tân|Võ Ngọc Hân' -> 979 and 793 (Huyện Đoàn Phú Tân children event, unrelated); '95%' -> nothing."),
    # ================= not_found =================
    ("003_c1f428e54ea5", N,
     "Đồng chí Nguyễn Phi Thường được bầu làm Chủ tịch LĐLĐ thành phố Hà Nội khóa XVI với 100% số phiếu tán thành.",
     "003 says he was elected at 'hội nghị Ban Chấp hành khóa XVI, kỳ họp thứ 11' but gives no vote count/share. g.sh 'Nguyễn Phi Thường.{0,150}(phiếu|%)|(phiếu|%).{0,100}Nguyễn Phi Thường' and 'Nguyễn Phi Thường.{0,200}(bầu|tín nhiệm)' -> no vote figure. '100% số phiếu' exists only for others (1142 Bí thư Tỉnh đoàn; 1243 says 'số phiếu đạt 100%' for Nguyễn Việt Hoa, Thới Bình)."),
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến qua đời do tai nạn.",
     "073 says the union 'tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến' but gives no amount. g.sh 'Hải Yến' -> only 073; '20 triệu đồng' -> only other recipients (048 La Phù, 124, 454 Đà Nẵng, 509, 1166)."),
    ("120_1b49cf3485c1", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã được trao cho 40 nhà giáo.",
     "120 body gives no number of award winners for lần thứ 6. The only '40' is a related-article teaser line '40 nhà giáo dự chung khảo xét duyệt Giải thưởng' (finalists, not winners; teaser, edition unstated). g.sh 'tâm huyết, sáng tạo' -> 024 (lần thứ 9, 2025, no count), 064 (LĐLĐ quận Đống Đa: 26 giáo viên, other org), 065 (Hoàn Kiếm); '40 nhà giáo' -> only the teaser. Deliberately hard: counted noun differs (đạt giải vs dự chung khảo)."),
    ("1204_edc4cc477089", N,
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu 5 ủy viên Ban Chấp hành Công đoàn khóa mới.",
     "1204 says the congress would 'bầu BCH Công đoàn mới, bầu đại biểu đi dự Đại hội Công đoàn quận lần thứ XI' but gives no number. g.sh 'Lý Tự Trọng' and 'Ngô Quyền' -> only 1204; '(5|năm) ủy viên' -> only 1089 (Hội Nông dân Tiền Giang) and 1141 (UBND)."),
    ("1244_9075ea5f2f55", N,
     "Công đoàn Khu công nghiệp Việt Nam – Singapore đã khen thưởng cấp Tổng Liên đoàn cho 12 tập thể, cá nhân có thành tích xuất sắc trong hoạt động Công đoàn năm 2024.",
     "1244 (one paragraph) mentions 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân có thành tích xuất sắc ... năm 2024' without a number (its only figures: lần thứ 8, 6 tháng). g.sh 'Việt Nam ?[–-] ?Singapore|VSIP' -> only 1244; '12 tập thể' -> nothing."),
    ("139_5afbcc5d4e59", N,
     "Chiều 4/8, Phó Chủ tịch Thường trực LĐLĐ thành phố Hà Nội Đặng Thị Phương Hoa đã trao 200 suất quà từ chương trình “Xe buýt siêu thị 0 đồng” cho đoàn viên khó khăn quận Hai Bà Trưng.",
     "139 says she 'tiến hành trao quà từ chương trình “Xe buýt siêu thị 0 đồng” cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn quận' with no count. g.sh 'Bệnh viện Phổi|Xe buýt siêu thị' -> 139 and 087 (city-wide total 'gần 19.000 đoàn viên, NLĐ' for Túi an sinh, other scope); 'Phương Hoa.{0,200}(suất|quà)' -> only 139; '200 suất' -> 519 (youth target), 542 (LĐLĐ Nghệ An / Hoàng Mai)."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 150 đại biểu chính thức tham dự.",
     "204 lists guests only, no delegate count. g.sh 'Nông nghiệp và PTNT Hà Nội|NN&PTNT Hà Nội|Nông nghiệp và Phát triển nông thôn Hà Nội' -> 022, 023 (lần thứ VI prep, '30/30 Công đoàn cơ sở'), 254 ('41 CĐCS', 'CNVCLĐ 7.128', 'gần 7.000' đoàn viên - units/members, not delegates), 1061; '150 đại biểu' -> nothing."),
    ("287_eb066041b262", N,
     "Công đoàn phường Nghĩa Đô, thành lập ngày 2/10/2025, hiện có hơn 3.000 đoàn viên công đoàn.",
     "287 gives the founding decision (Quyết định số 1881/QĐ-LĐLĐ) and Đại hội lần thứ I but no member count. g.sh 'Nghĩa Đô' -> only 287; '3\\.000 đoàn viên|3000 đoàn viên' -> nothing (217: 53.000 đoàn viên target; 248 is phường Ba Đình, 'hơn 9.000 đoàn viên', other ward)."),
    ("418_1045c800d090", N,
     "Dịp Xuân Giáp Thìn 2024, Chủ tịch nước Võ Văn Thưởng đã tặng 500 suất quà cho công nhân thi công đường Vành đai 4 - Vùng Thủ đô tại huyện Thường Tín.",
     "418 (one sentence) says he 'tặng quà cho công nhân thi công tuyến đường Vành đai 4' with no count. g.sh 'Vành đai 4' and 'Võ Văn Thưởng' -> no gift count (377, 842 unrelated); '500 suất quà' -> nothing."),
    ("906_dcbd919b8f59", N,
     "Nhân Tháng Nhân đạo năm 2024, Hội Chữ thập đỏ huyện Hóc Môn đã trao 300 suất quà cho người nghèo, người có hoàn cảnh khó khăn.",
     "906 only says 'hàng năm, các cấp Hội Chữ thập đỏ huyện đã trợ giúp hàng trăm lượt người nghèo' (vague, no gift count; its figure is 'Sau 6 năm'). g.sh 'Hóc Môn' -> 906 and 108 (Công ty Điện lực Hóc Môn, unrelated); '300 suất quà' -> 509 (Hai Bà Trưng), 510, 748 (Gia Lai) - other places."),
    ("990_489d8f605885", N,
     "Hơn 1.000 người lao động đã tham dự Lễ phát động hưởng ứng Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại Khu công nghiệp Hoàng Mai 1.",
     "990 says only 'đông đảo người lao động' with no number. g.sh 'Hoàng Mai 1|Bùi Đình Long' -> only 990; 'Tháng hành động về An toàn.{0,120}2025' -> other provinces/Hà Nội/central (147, 264, 314, 330, 472, 612, 650, 1024), no Nghệ An count. Trap: 729 gives 'hơn 1.000 đoàn viên, người lao động' for Nghệ An's Tháng Công nhân 2025 launch (LĐLĐ tỉnh), another event."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1], r[2]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in (S, D, N), r
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    main()
