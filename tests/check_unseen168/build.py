#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the ldtd check blind test unseen168."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"
CLAIMS = [
    # (page_id, verdict, claim, why)
    # ---------------- seed 001_c8469c93829e839b (Thanh Xuân) ----------------
    ("seed", "differs",
     "LĐLĐ quận Thanh Xuân đề nghị các cấp Công đoàn tổ chức phát động phong trào thi đua năm 2024 theo ba đợt.",
     "seed /work/main/corpus/001_c8469c93829e839b: 'tổ chức phát động phong trào thi đua theo 2 đợt: Đợt 1 từ 1/1/2024 đến 31/7/2024 ... đợt 2 từ 11/8/2024 đến 31/12/2024'. g.sh '(3|ba) đợt' -> only 256_c48309a5740b (CĐCS thi đua năm 2019, other year/org)."),
    ("seed", "not_found",
     "Năm 2023, LĐLĐ quận Thanh Xuân đã biểu dương, khen thưởng 85 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
     "seed 001_c8469c93829e839b only says 'năm 2023, nhiều CNVCLĐ quận Thanh Xuân đã được biểu dương, khen thưởng' (caption, no count). g.sh 'Thanh Xuân' shows no counted awardees; g.sh '85 cá nhân' -> nothing."),
    # ---------------- 017 GTVT Hà Nội ----------------
    ("017_199a43282e90", "differs",
     "Trong năm 2024, Công đoàn ngành Giao thông vận tải Hà Nội ghi nhận 916 \"Công nhân giỏi\" cấp cơ sở.",
     "017_199a43282e90: 'Năm 2024, toàn ngành GTVT Hà Nội đã có 816 “Công nhân giỏi” cấp cơ sở'. g.sh '916' -> only an image filename and a decision number (973). Near: 1162_f63ea6510168 is 2019 ('trên 500 CN giỏi ... 45 CN giỏi tiêu biểu'), other year."),
    ("017_199a43282e90", "not_found",
     "Năm 2024, phong trào \"Sáng kiến, sáng tạo\" của ngành GTVT Hà Nội có 120 sáng kiến được công nhận.",
     "017 names the 'Sáng kiến, sáng tạo' movement but gives no count of initiatives. g.sh 'sáng kiến' -> counts only for LĐLĐ Hà Nội '14.791 sáng kiến' (seed 002, 1 triệu sáng kiến programme), '200.000 sáng kiến' (seed 003), Xây dựng HN '40 sáng kiến' (1065), Công đoàn Viên chức '2.002 sáng kiến' (215): other organisations."),
    # ---------------- 057 Long Biên Tết 2018 ----------------
    ("057_78c9b6628d41", "differs",
     "Dịp Tết 2018, khoảng 800 công nhân lao động quận Long Biên được LĐLĐ quận bố trí \"chuyến xe nghĩa tình\" đưa về quê đón Tết.",
     "057_78c9b6628d41 (Tết after năm Đinh Dậu = 2018): 'gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên ... các “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết'. g.sh '800 (công nhân|CNLĐ|người)' -> nothing. Other xe Tết pages are other orgs/years (267: Công đoàn Hà Nội 2026 1.200 CN; 595: 4.000)."),
    ("057_78c9b6628d41", "not_found",
     "LĐLĐ quận Long Biên huy động 12 xe ô tô đưa công nhân về quê ăn Tết năm 2018.",
     "057 gives no number of buses/xe. g.sh 'chuyến xe|về quê đón Tết' -> only 267_0c5cea305009 '26 chuyến xe' (Công đoàn Hà Nội, Tết 2026, other org/year); g.sh '12 (xe|chiếc xe|chuyến)' -> nothing."),
    # ---------------- 079 Đảng bộ Tổng LĐLĐ ----------------
    ("079_e6ebd6fda2ad", "supported",
     "Theo dự thảo báo cáo trình Đại hội Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, Công đoàn Việt Nam đặt mục tiêu mỗi năm kết nạp thêm tối thiểu 800 nghìn đoàn viên.",
     "079_e6ebd6fda2ad: 'Theo dự thảo báo cáo trình đại hội, Công đoàn Việt Nam đặt mục tiêu mỗi năm phát triển thêm ít nhất 800.000 đoàn viên'."),
    ("079_e6ebd6fda2ad", "differs",
     "Đại hội Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I đã chỉ định 25 người vào Ban Chấp hành Đảng bộ nhiệm kỳ 2025-2030.",
     "079_e6ebd6fda2ad: 'Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người'. 342_c57c16d17991 covers the same congress without member counts. g.sh '25 người|25 đồng chí' -> other bodies only (621 phụ nữ Vạn Ninh, 770 Tây Ninh ứng cử)."),
    # ---------------- 083 Công đoàn VN 90 năm ----------------
    ("083_310dcb0ef093", "supported",
     "Khi kỷ niệm 90 năm Ngày thành lập vào năm 2019, tổ chức Công đoàn Việt Nam có gần 10,5 triệu đoàn viên.",
     "083_310dcb0ef093: '90 năm xây dựng và phát triển ... tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (lễ kỷ niệm 28.7.1929 - 28.7.2019)."),
    ("083_310dcb0ef093", "not_found",
     "Năm 2019, Tổng LĐLĐ Việt Nam có khoảng 125.000 công đoàn cơ sở trên cả nước.",
     "083 counts đoàn viên (gần 10,5 triệu) and 12 kỳ đại hội, not CĐCS. g.sh '[0-9.]+ (công đoàn cơ sở|CĐCS)' -> only local counts (Hà Nội 8.563 CĐCS in seed 003, Sơn Tây 210, Ba Đình 72 ...); g.sh '125[.]000|125 nghìn' -> nothing."),
    # ---------------- 091 Giáo dục HN ----------------
    ("091_e664206785ba", "differs",
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ tổng cộng 25 triệu đồng cho hai giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì.",
     "091_e664206785ba: 'Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng'. g.sh '25 triệu' -> 048 (Mái ấm Công đoàn La Phù), 793 (trẻ em): other occasions."),
    # ---------------- 1103 Hội Nông dân Bắc Giang ----------------
    ("1103_36980ed6ca73", "supported",
     "Đại hội Hội Nông dân các huyện, thành phố của Bắc Giang nhiệm kỳ 2023-2028 đã bầu 262 đại biểu đi dự Đại hội Hội Nông dân tỉnh.",
     "1103_36980ed6ca73: '262 đại biểu được bầu đi dự Đại hội cấp tỉnh'."),
    ("1103_36980ed6ca73", "differs",
     "Hơn 350 đồng chí đã được bầu vào Ban Chấp hành Hội Nông dân các huyện, TP tỉnh Bắc Giang nhiệm kỳ 2023 – 2028.",
     "1103_36980ed6ca73: 'Theo đó, 287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ'. g.sh 'Hội Nông dân.*Bắc Giang' -> only page 1103."),
    # ---------------- 1144 Đức Trọng ----------------
    ("1144_3a7da2e087d5", "supported",
     "Năm 2023, huyện Đức Trọng (Lâm Đồng) vẫn còn 1112 hộ cận nghèo.",
     "1144_3a7da2e087d5 (Tháng cao điểm Vì người nghèo 2023): 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo'. 610_a80122bd5a78 (Đức Trọng 2022) states no household counts."),
    ("1144_3a7da2e087d5", "differs",
     "Theo Ủy ban MTTQ huyện Đức Trọng, năm 2023 toàn huyện vẫn còn 833 hộ nghèo.",
     "1144_3a7da2e087d5: 'vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo'. g.sh '833' -> only an image filename in 460."),
    # ---------------- 117 HĐND Hà Nội ----------------
    ("117_525a5f98db78", "differs",
     "Ủy ban Bầu cử TP Hà Nội công bố thành phố đã bầu đủ 95 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016-2021.",
     "117_525a5f98db78: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này' (khóa 15, 2016-2021); also 116_23da69714914: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV'. g.sh '95 đại biểu' -> only '995 đại biểu chính thức' (842, Hội Nông dân)."),
    # ---------------- 1193 Hội thao NHCSXH ----------------
    ("1193_f2efb2123ee3", "differs",
     "Hội thao Ngân hàng Chính sách xã hội năm 2023 khu vực V quy tụ khoảng 600 vận động viên.",
     "1193_f2efb2123ee3: 'Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở'. g.sh '600 (vận động viên|VĐV)' -> nothing. Other bank sports events: 1190 (NHNN cụm 8, 2019, hơn 120 VĐV), 1192 (Vĩnh Long 2019, trên 444 VĐV): other events/years."),
    ("1193_f2efb2123ee3", "not_found",
     "Hội thao NHCSXH khu vực V năm 2023 đã trao 21 bộ huy chương vàng cho các đoàn.",
     "1193 counts VĐV (430), CĐCS (11), bộ môn (7); no medals. g.sh 'huy chương|bộ huy' -> only 'Đảng bộ huyện' text (191, 348, 400), no medal counts anywhere."),
    # ---------------- 1213 học bổng TPHCM ----------------
    ("1213_9f9593bce75e", "not_found",
     "Năm 2026, mỗi suất học bổng Nguyễn Đức Cảnh do LĐLĐ TPHCM trao cho học sinh khó khăn trị giá 2 triệu đồng tiền mặt.",
     "1213_9f9593bce75e: 'Năm 2026, mỗi học sinh được nhận một suất học bổng bằng tiền mặt cùng một số phần quà' - no amount; counts only 'hơn 4.000 suất học bổng' (cumulative). g.sh 'học bổng.{0,60}(triệu|đồng)' -> 606 (Điện Biên 300 suất/300 triệu), 694 (Long An): other orgs."),
    # ---------------- 129 rác thải Hà Nội ----------------
    ("129_306ace8250a2", "supported",
     "Trung bình mỗi ngày, Thủ đô Hà Nội phát sinh khoảng 6,5 nghìn tấn rác thải.",
     "129_306ace8250a2: 'trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn'."),
    # ---------------- 288 Đại hội Công đoàn HN XVIII ----------------
    ("288_b4f0b53ee431", "supported",
     "Gần 550 đại biểu đã dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030.",
     "288_b4f0b53ee431: 'Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 ... với sự tham gia của 548 đại biểu'. Distractors: 092 (Đại hội CĐ HN lần thứ XVI: 550 đại biểu chính thức, other edition), 812 (Đại hội Đảng bộ TP HN XVIII: 550 đại biểu, other org)."),
    ("288_b4f0b53ee431", "not_found",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVIII đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVIII gồm 45 ủy viên.",
     "288 counts đại biểu (548) and đoàn viên (trên 580.000), not BCH members. g.sh 'XVIII' -> 095 (kế hoạch, no counts), 812/813 (Đảng bộ), 1211 (CĐ Y tế Thanh Hóa BCH 17), no Hà Nội union BCH count; g.sh '45 ủy viên|45 đồng chí' -> nothing."),
    # ---------------- 295 trợ cấp thất nghiệp ----------------
    ("295_936027b8bfb1", "supported",
     "Nửa đầu tháng 6/2020, Trung tâm Dịch vụ việc làm Hà Nội có 6 396 lao động nhận quyết định hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1 (date 2020-06): 'Nửa đầu tháng 6 ... số lao động có quyết định hưởng là 6.396 người'."),
    ("295_936027b8bfb1", "differs",
     "Trong tháng 5/2020, TTDVVL Hà Nội đã tiếp nhận 17.100 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1: 'trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp'. g.sh '17[.]?100' -> nothing."),
    # ---------------- 464 thi đua 2024 Tổng LĐLĐ ----------------
    ("464_7e784f258933", "supported",
     "Phong trào thi đua năm 2024 do Tổng LĐLĐ Việt Nam phát động có năm nội dung thi đua cụ thể.",
     "464_7e784f258933 (Hội nghị Đoàn Chủ tịch Tổng LĐLĐ, 20.12.2023, phong trào thi đua năm 2024): '5 nội dung thi đua cụ thể với các nhóm vấn đề: ...'. Other '5 nội dung' (seed 000 Hà Nội đợt thi đua 2023; 395 Bộ Công Thương) are other things."),
    # ---------------- 518 Thung Nai ----------------
    ("518_bf1002899b2f", "supported",
     "Mỗi suất quà Tết mà Đoàn Thanh niên các phường Đống Đa, Thanh Liệt, Văn Miếu - Quốc Tử Giám trao tại xã Thung Nai trị giá 2 triệu đồng.",
     "518_bf1002899b2f: 'trao tặng 50 suất quà tết ... (mỗi suất trị giá 2 triệu đồng gồm 500.000 đồng tiền mặt cùng nhu yếu phẩm ...)'."),
    ("518_bf1002899b2f", "differs",
     "Tại xã Thung Nai (Phú Thọ), tuổi trẻ các phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao 80 suất quà Tết cho người dân và trẻ em khó khăn dịp Tết 2026.",
     "518_bf1002899b2f: 'Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn'. g.sh '80 suất' -> only 207 (LĐLĐ Hội An 2023, other org)."),
    # ---------------- 577 Hưng Yên ----------------
    ("577_df0527edc304", "differs",
     "Đoàn đại biểu Liên đoàn Lao động tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm 20 người.",
     "577_df0527edc304: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. g.sh '20 người' -> nothing; g.sh 'Hưng Yên' -> no other delegation count."),
    # ---------------- 593 Phụ nữ HN XVI ----------------
    ("593_fe8e59aadb97", "supported",
     "Tại phiên trù bị, Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Ban Thẩm tra tư cách đại biểu gồm năm đồng chí.",
     "593_fe8e59aadb97: 'Tại phiên trù bị, đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí'."),
    ("593_fe8e59aadb97", "not_found",
     "Đại hội đại biểu phụ nữ TP Hà Nội lần thứ XVI đã bầu Ban Chấp hành Hội LHPN thành phố khóa XVI gồm 51 ủy viên.",
     "593 says the congress will 'bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố Hà Nội khóa XVI' but gives no size. 143_51b5dc91c41f counts '489 đại biểu' (delegates, other noun). g.sh 'khóa XVI gồm|Hội Liên hiệp phụ nữ.{0,60}gồm' -> 103 (Thành ủy BTV 16), 720 (BCH TW Hội LHPN khóa XIII 155): other bodies; '51 ủy viên|51 đồng chí' -> nothing."),
    # ---------------- 642 Hội An ----------------
    ("642_ac0065628b07", "not_found",
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, UBND TP Hội An và 13 xã, phường đã ký cam kết tạo môi trường an toàn cho trẻ em.",
     "642_ac0065628b07: 'UBND TP.Hội An và UBND các xã, phường ký cam kết' - number of xã/phường not stated. g.sh '13 xã' -> nothing; g.sh 'ký cam kết' -> only 642 and 822 (thi đua công ty)."),
    # ---------------- 644 Tháng Thanh niên TP.HCM ----------------
    ("644_ae27624899b9", "supported",
     "Thành đoàn TP Hồ Chí Minh ra quân chương trình \"Trí thức khoa học trẻ tình nguyện\" lần thứ 15 năm 2024 với ba mươi đội hình trí thức trẻ.",
     "644_ae27624899b9: 'Thành đoàn Thành phố Hồ Chí Minh cũng tổ chức ra quân Chương trình “Trí thức khoa học trẻ tình nguyện Thành phố Hồ Chí Minh” lần thứ 15 - năm 2024 với 30 đội hình trí thức trẻ tình nguyện'."),
    ("644_ae27624899b9", "differs",
     "Trong Tháng Thanh niên 2024, tuổi trẻ TP.HCM đặt mục tiêu trồng mới ít nhất 60 nghìn cây xanh.",
     "644_ae27624899b9: 'Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... trồng mới ít nhất 40.000 cây xanh'. g.sh '60[.]?000 cây' -> nothing; other cây xanh counts are other campaigns (547 165.214, 550 6 triệu, 777/790 1.000)."),
    # ---------------- 809 Đoàn quận Kiến An ----------------
    ("809_cc0d6dcdbae7", "supported",
     "Đại hội Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) lần thứ VI đã bầu 7 đại biểu chính thức đi dự Đại hội Đoàn thành phố.",
     "809_cc0d6dcdbae7: 'Đại hội cũng bầu ra đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính thức và 3 đại biểu dự khuyết'."),
    ("809_cc0d6dcdbae7", "differs",
     "Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An khóa VI, nhiệm kỳ 2022-2027 gồm 25 anh, chị.",
     "809_cc0d6dcdbae7: 'Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị'. g.sh 'Kiến An' -> only 809 and 590 (LĐLĐ quận, no BCH count)."),
    # ---------------- 810 Y tế ĐH XIII ----------------
    ("810_d311deaca2eb", "differs",
     "Ngành Y tế có 43 đại biểu đi dự Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028.",
     "810_d311deaca2eb: '34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh'. g.sh '43 đại biểu' -> nothing."),
    ("810_d311deaca2eb", "not_found",
     "Đoàn đại biểu Công đoàn Giáo dục Việt Nam dự Đại hội XIII Công đoàn Việt Nam có 30 đại biểu.",
     "810 counts only the Y tế delegation (34). g.sh 'Công đoàn Giáo dục Việt Nam' -> 169 (Đại hội CĐ Giáo dục VN XV 2018, BCH 36), no ĐH XIII delegation count; g.sh '30 đại biểu' -> only '230 đại biểu chính thức' (707, other congress). Other ĐH XIII delegation counts: 115 Bình Định 10+3, 080 whole congress 1.100."),
    # ---------------- 921 Trung thu Tây Ninh ----------------
    ("921_752a72eb5126", "supported",
     "Tết Trung thu năm 2021, Công đoàn Khu Kinh tế tỉnh Tây Ninh trao tặng trên 1.100 phần quà cho thiếu nhi toàn tỉnh.",
     "921_752a72eb5126 (21/09/2021): 'Tết trung thu năm nay, Công đoàn Khu Kinh tế trao tặng hơn 1.100 phần quà cho các em thiếu nhi trên địa bàn toàn tỉnh'."),
    ("921_752a72eb5126", "differs",
     "Tại chương trình \"Đêm hội trăng rằm\" ở xã Phước Đông, Công đoàn Khu Kinh tế Tây Ninh tặng quà cho 150 thiếu nhi là con công nhân khó khăn.",
     "921_752a72eb5126: 'tổ chức chương trình “Đêm hội trăng rằm” tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn' / 'trao 110 phần quà'. g.sh '150 thiếu nhi|trăm rưỡi' -> nothing."),
    # ---------------- 944 Mùa Hè Xanh Bách khoa ----------------
    ("944_17ca3d320e2c", "differs",
     "Chiến dịch Mùa Hè Xanh 2023 của Trường ĐH Bách khoa (ĐHQG TP.HCM) ra quân đến huyện Tân Hồng với 300 giảng viên.",
     "944_17ca3d320e2c: 'ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên'. g.sh '300 giảng viên|giảng viên' -> only 944, 827, 1012 (no 300)."),
    ("944_17ca3d320e2c", "not_found",
     "Mùa Hè Xanh Bách khoa năm 2023 thực hiện 40 công trình tại huyện Tân Hồng, tỉnh Đồng Tháp.",
     "944 counts sinh viên/giảng viên per mặt trận and '32 mùa chiến dịch', no công trình. g.sh 'Tân Hồng' -> only 944; g.sh '40 công trình' -> nothing."),
]


def curly(text):
    """Turn straight double quotes into alternating curly quotes (TSV stays unquoted)."""
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
        claim = curly(claim)
        why = why.replace('"', "'")
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        for x in row:
            assert "\t" not in x and "\n" not in x and '"' not in x, x
        rows.append(row)
    rows.sort(key=lambda r: r[0])  # stable: keeps listing order within a page
    with open("/work/unseen168/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main()
