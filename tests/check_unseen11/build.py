#!/usr/bin/env python3
"""Blind claim set for `ldtd check` (unseen11): dev pages of batches 10-11.
Writes claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
# --- 472 Yên Bái, Tháng công nhân 2025 plan (no figures) ---
("472_c0c182b5b79e", N, "Trong Tháng công nhân năm 2025, LĐLĐ tỉnh Yên Bái dự kiến trao tặng 1.500 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
 "472 only lists planned activities ('Chương trình “Cảm ơn người lao động” và các hoạt động chăm lo...') with no count. g.sh 'Yên Bái' -> only 472; g.sh '1\\.500 suất' -> nothing. Other Tháng Công nhân 2025 pages (212, 213) are Tổng LĐLĐ national, not Yên Bái."),
("472_c0c182b5b79e", N, "Liên đoàn Lao động tỉnh Yên Bái đặt mục tiêu kết nạp 2.000 đoàn viên mới trong Tháng cao điểm phát triển đoàn viên năm 2025.",
 "472: 'tổ chức Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở' - no target number. g.sh 'Yên Bái' -> only 472; g.sh '2\\.000 đoàn viên' -> nothing."),
# --- 474 Công đoàn ngành Giáo dục Hậu Giang, Tết Tân Sửu 2021 ---
("474_7fd340fb34bb", S, "Dịp Tết Tân Sửu 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao ba mươi mốt suất hỗ trợ cho nhà giáo, người lao động có hoàn cảnh khó khăn, bệnh hiểm nghèo.",
 "474: 'Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn, bệnh hiểm nghèo'."),
("474_7fd340fb34bb", D, "Thay mặt Công đoàn Giáo dục Việt Nam, Công đoàn ngành Giáo dục Hậu Giang trao 10 triệu đồng cho đoàn viên Trường PTDT nội trú Him Lam mắc bệnh hiểm nghèo.",
 "474: 'đại diện cho Công đoàn Giáo dục Việt Nam trao số tiền 5.000.000 đồng cho đoàn viên công đoàn Trường phổ thông dân tộc nội trú Him Lam bị bệnh hiểm nghèo'. g.sh 'Him Lam' -> only 474 (5.000.000)."),
("474_7fd340fb34bb", N, "Chương trình “Tết sum vầy” năm 2021 của Công đoàn ngành Giáo dục tỉnh Hậu Giang có khoảng 150 nhà giáo, người lao động tham dự.",
 "474 names attendees ('Tham dự có đ/c Võ Quốc Thoại... và đoàn viên, nhà giáo, người lao động được nhận quà') without a count. g.sh 'Hậu Giang' -> only 474; g.sh '150 (nhà giáo|người)' -> nothing."),
# --- 475 CĐ Giáo dục TP HCM tặng Lý Sơn 2019 ---
("475_0af186189d4d", S, "Công đoàn Giáo dục TP.HCM đã tặng hai nghìn quyển tập cho giáo viên và học sinh huyện đảo Lý Sơn trước thềm năm học mới.",
 "475: 'CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập nhằm giúp các giáo viên và học sinh Lý Sơn'."),
("475_0af186189d4d", D, "Công đoàn Giáo dục Thành phố Hồ Chí Minh tặng 120 chiếc cặp cho học sinh huyện đảo Lý Sơn.",
 "475: '62 chiếc cặp'. g.sh 'chiếc cặp|cặp sách' -> only 475 (62)."),
("475_0af186189d4d", D, "Chuyến thăm Lý Sơn tháng 8/2019, CĐ Giáo dục TP HCM trao 250 triệu đồng cho Công đoàn Giáo dục huyện đảo.",
 "475: 'đã tặng 100 triệu đồng' + 'trao biểu trưng tiền cho Công đoàn Giáo dục huyện đảo Lý Sơn'. g.sh '250 triệu' -> nothing."),
# --- 491 LĐLĐ Đà Nẵng, Mái ấm Công đoàn ---
("491_4610d3eefa4d", S, "Năm 2024, Liên đoàn Lao động thành phố Đà Nẵng đã hỗ trợ xây dựng “Mái ấm Công đoàn” cho 103 đoàn viên khó khăn về nhà ở.",
 "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở'. (454 is Đà Nẵng 2021: 54 nhà - another year.)"),
("491_4610d3eefa4d", D, "Trong năm 2024, LĐLĐ TP Đà Nẵng đã chi gần 5 tỷ đồng hỗ trợ đoàn viên xây dựng Mái ấm Công đoàn.",
 "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\"'. g.sh '5 t[ỉỷ]' -> no Đà Nẵng hit."),
("491_4610d3eefa4d", D, "Đợt bàn giao Mái ấm Công đoàn tại huyện Hòa Vang có 9 đoàn viên được nhận hỗ trợ từ quỹ hoạt động xã hội Công đoàn thành phố Đà Nẵng.",
 "491: 'Năm đoàn viên được nhận hỗ trợ đợt này đang sinh hoạt tại các Công đoàn cơ sở trực thuộc LĐLĐ huyện Hòa Vang'. g.sh 'Hòa Vang' -> only 491; g.sh '9 đoàn viên' -> nothing relevant."),
# --- 492 Ba Đình, Tháng hành động vì trẻ em 2025 ---
("492_56c7ff106a2f", S, "Hưởng ứng Tháng hành động Vì trẻ em năm 2025, quận Ba Đình đồng loạt tổ chức lễ phát động cấp phường tại mười ba phường trước ngày 30/5.",
 "492: 'quận Ba Đình sẽ đồng loạt tổ chức lễ phát động cấp phường tại 13 phường trước ngày 30/5'."),
("492_56c7ff106a2f", N, "Tại lễ phát động Tháng hành động Vì trẻ em năm 2025, UBND quận Ba Đình đã trao 200 suất học bổng cho thiếu nhi có hoàn cảnh khó khăn.",
 "492: 'quận cũng trao tặng quà và học bổng cho thiếu nhi có hoàn cảnh khó khăn vượt khó học giỏi tại 13 phường' - no count of học bổng (13 is phường). g.sh 'học bổng' -> 161, 460, 492, none with a Ba Đình count; g.sh '200 suất' -> only 519 (Thủ Đức quà)."),
# --- 493 Lao động việc làm quý II/2022 ---
("493_b4e13aabbfd4", S, "Quý II/2022, lực lượng lao động từ 15 tuổi trở lên của cả nước đạt 51,6 triệu người.",
 "493: 'Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người'."),
("493_b4e13aabbfd4", D, "So với quý I, lực lượng lao động cả nước trong quý II năm 2022 tăng khoảng 1,2 triệu người.",
 "493: 'tăng hơn 0,4 triệu người so với quý trước và tăng gần 0,6 triệu người so với cùng kỳ năm trước'. g.sh '1,2 triệu người|tăng.{0,20}triệu người' -> only 493 (0,4 / 0,6)."),
("493_b4e13aabbfd4", N, "Tỷ lệ thất nghiệp trong độ tuổi lao động quý II năm 2022 là 2,32%.",
 "493 only says 'Tỷ lệ thất nghiệp và thiếu việc làm trong độ tuổi lao động đều giảm' - no rate. g.sh 'tỷ lệ thất nghiệp' -> 151 (Hà Nội 2021 target 'dưới 3%'), 493; g.sh '2,32' -> nothing."),
# --- 495 Thành Đoàn TP.HCM Xuân tình nguyện 2026 ---
("495_426cdd090149", S, "Lễ ra quân Chiến dịch Xuân tình nguyện năm 2026 của Thành Đoàn TP.HCM có hơn bốn nghìn đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tham gia.",
 "495: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tại các điểm ra quân'."),
("495_426cdd090149", N, "Chiến dịch Xuân tình nguyện lần thứ 18 của Thành Đoàn TP.HCM ra quân đồng loạt tại 120 điểm trên địa bàn thành phố sau hợp nhất.",
 "495: 'tại các điểm ra quân' - number of points not given. g.sh 'điểm ra quân' -> only 495 (no count); g.sh '120 điểm' -> nothing."),
# --- 497 MTTQ Hà Nội, Quỹ Vì người nghèo 2019 ---
("497_902490bd9259", S, "Ngày 1/11/2019, Ủy ban MTTQ Việt Nam TP Hà Nội đã tiếp nhận 564 triệu đồng ủng hộ Quỹ “Vì người nghèo” thành phố.",
 "497: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học'. (Seed 000 has '564 triệu' for giải thưởng hội thi - other thing.)"),
("497_902490bd9259", D, "Tại lễ tiếp nhận ngày 1/11, MTTQ thành phố Hà Nội nhận ủng hộ Quỹ “Vì người nghèo” năm 2019 từ 27 cơ quan, đơn vị, doanh nghiệp, trường học.",
 "497: 'từ 19 cơ quan, đơn vị, doanh nghiệp, trường học trên địa bàn thành phố Hà Nội'. g.sh '27 (cơ quan|đơn vị)' -> nothing."),
("497_902490bd9259", D, "Từ nguồn ủng hộ Quỹ “Vì người nghèo” năm 2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã hỗ trợ xây 15 nhà đại đoàn kết.",
 "497: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã hỗ trợ xây 5 nhà đại đoàn kết, 2 phương tiện sản xuất'. g.sh 'nhà đại đoàn kết' -> 360 (714 nhà, 2024), 468 (185 căn, other event), 497 (5); g.sh '15 nhà|15 căn' -> 078 only (LĐLĐ quận 1 TPHCM)."),
# --- 498 LĐLĐ tỉnh (province not named), Tháng Công nhân 2024 ---
("498_e3e307654093", S, "Tại Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024, Ban Thường vụ LĐLĐ tỉnh đã trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
 "498: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở'."),
("498_e3e307654093", D, "Trong đợt chăm lo Tháng Công nhân 2024, các công đoàn cấp trên trực tiếp cơ sở của tỉnh hỗ trợ quà cho đoàn viên, người lao động với tổng trị giá khoảng 700 triệu đồng.",
 "498: 'Các Công đoàn cấp trên trực tiếp cơ sở hỗ trợ 1.307 phần quà, trị giá 477 triệu đồng'. g.sh '700 triệu' -> only seed 002 (Thanh Trì cho vay, other thing)."),
("498_e3e307654093", S, "Các công đoàn cơ sở trong tỉnh đã tặng hơn 1.000 suất quà cho đoàn viên, người lao động dịp Tháng Công nhân năm 2024.",
 "498: 'các công đoàn cơ sở tặng 1.011 suất quà cho đoàn viên, người lao động, với tổng số tiền 353 triệu đồng'."),
# --- 499 LĐLĐ Phú Yên thi đua chào mừng đại hội 2023 (no figures) ---
("499_a6b3abf9d8de", N, "Năm 2023, LĐLĐ tỉnh Phú Yên phấn đấu thành lập mới 30 công đoàn cơ sở để chào mừng đại hội công đoàn các cấp.",
 "499: 'tập trung phát triển đoàn viên, thành lập công đoàn cơ sở' - no target. g.sh 'Phú Yên' -> seed 001 (tourism) and 499; g.sh '30 công đoàn cơ sở' -> 023 ('30/30', Công đoàn ngành NN&PTNT Hà Nội, other org)."),
("499_a6b3abf9d8de", N, "Các cấp công đoàn tỉnh Phú Yên đăng ký gắn biển 25 công trình, sản phẩm chào mừng Đại hội XI Công đoàn tỉnh.",
 "499: 'xây dựng các công trình, sản phẩm mới, phần việc khó để đăng ký gắn biển công trình chào mừng đại hội' - no count. g.sh '25 công trình' -> nothing."),
# --- 500 LĐLĐ tỉnh Phú Thọ, Tết Bính Ngọ 2026 ---
("500_0dbef860aab7", S, "Chăm lo Tết Bính Ngọ 2026, Liên đoàn Lao động tỉnh Phú Thọ trao 21 900 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.",
 "500: 'trao tặng 21.900 suất quà cho đoàn viên, công nhân lao động hoàn cảnh khó khăn, trị giá 1 triệu đồng/suất'."),
("500_0dbef860aab7", D, "LĐLĐ tỉnh Phú Thọ tặng 25.000 vé xe cho đoàn viên, công nhân ở xa về quê đón Tết Nguyên đán 2026.",
 "500: 'tặng 15.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết, tổng kinh phí 4,5 tỷ đồng'. g.sh 'vé xe' -> 466 (quận, 1.794 công nhân), 500; g.sh '25\\.000' -> nothing."),
("500_0dbef860aab7", N, "“Chợ Tết Công đoàn - Xuân 2026” do LĐLĐ tỉnh Phú Thọ khai mạc sáng 24/1 tại Công đoàn Khu công nghiệp khu vực Phú Thọ có 50 gian hàng.",
 "500 gives no booth count. g.sh 'gian hàng' -> 50 gian hàng is 504/107 (LĐLĐ TP Hà Nội, Thiên Lộc 31/1-1/2), 70 in 276/280 (Hà Nội, Việt Xô), 458 (Phú Thọ, khu vực Hòa Bình) has no count - so Phú Thọ's booths are not counted anywhere."),
# --- 502 Công đoàn ngành Y tế Hà Nội, 1 triệu sáng kiến ---
("502_212b66a603d0", S, "Công đoàn ngành Y tế Hà Nội khen thưởng 157 cá nhân có thành tích xuất sắc triển khai chương trình “1 triệu sáng kiến”.",
 "502: '15 tập thể và 15 cá nhân đại diện cho 83 tập thể và 157 cá nhân có thành tích xuất sắc triển khai chương trình 1 triệu sáng kiến được nhận Giấy khen'."),
("502_212b66a603d0", D, "Tổng số tiền thưởng Công đoàn ngành Y tế Hà Nội trao cho tập thể, cá nhân xuất sắc trong chương trình một triệu sáng kiến là hơn 140 triệu đồng.",
 "502: 'mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân, tổng số tiền thưởng là hơn 104 triệu đồng'. g.sh '140 triệu' -> only 360 ('3 tỷ 140 triệu', other)."),
("502_212b66a603d0", D, "Giai đoạn 2 chương trình “Một triệu sáng kiến”, Công đoàn Y tế Hà Nội đã khen thưởng 120 tập thể có thành tích xuất sắc.",
 "502: '83 tập thể và 157 cá nhân có thành tích xuất sắc triển khai chương trình 1 triệu sáng kiến'. g.sh '120 tập thể' -> nothing."),
# --- 503 LĐTĐ: Tháng Nhân đạo 2022, Thừa Thiên Huế ---
("503_ee4c6ffbff68", S, "Lễ phát động Tháng Nhân đạo năm 2022 tại Thừa Thiên Huế có sự tham dự của lãnh đạo Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung.",
 "503: 'lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân và Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung'."),
("503_ee4c6ffbff68", N, "Tại lễ phát động Tháng Nhân đạo năm 2022 ở Thừa Thiên Huế, Trung ương Hội Chữ thập đỏ Việt Nam trao tặng 2.000 suất quà cho người dân có hoàn cảnh khó khăn.",
 "503 gives no gift count for the launch; its '3.200 phần quà Tết' is a related-article teaser about Tết Nhâm Dần (other occasion). g.sh '2\\.000 suất' -> nothing; g.sh 'Tháng Nhân đạo' -> 404-407, 460, 461, 503, 506: other years/cities."),
# --- 504 Chợ Tết Công đoàn 2026 Hà Nội (TTXVN) ---
("504_7a8b75f0dd5a", S, "“Chợ Tết Công đoàn năm 2026” của Hà Nội diễn ra trong hai ngày 31/1-1/2/2026 với quy mô năm mươi gian hàng.",
 "504: 'diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng'. Also 107: Thiên Lộc 31/1-1/2 'khoảng 50 gian hàng'."),
("504_7a8b75f0dd5a", D, "Ngay từ sáng sớm, khoảng 3.500 đoàn viên, công nhân lao động Thủ đô đã có mặt tham dự Chợ Tết Công đoàn năm 2026 ngày 31/1.",
 "504: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình'. g.sh '3\\.500' -> nothing."),
# --- 506 Tháng Nhân đạo 2022, cụm thi đua 6 Tây Nguyên - TP.HCM ---
("506_cfde95568cf6", S, "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và TP.HCM đã vận động trên 50 tỷ đồng.",
 "506: 'Qua 4 năm triển khai, Tháng Nhân đạo... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng'."),
("506_cfde95568cf6", D, "Sau 4 năm, Tháng Nhân đạo ở cụm thi đua Tây Nguyên và TP Hồ Chí Minh đã trợ giúp gần 2 triệu lượt người nghèo, người có hoàn cảnh khó khăn.",
 "506: 'trợ giúp gần 1 triệu lượt người nghèo, người có hoàn cảnh khó khăn'. g.sh '2 triệu lượt' -> only 102 ('33 triệu lượt', Tết Sum vầy)."),
# --- 507 Công đoàn Viên chức Hà Nội, Giỏi việc nước đảm việc nhà 2020 ---
("507_60ef7af69b3d", S, "Công đoàn Viên chức thành phố Hà Nội khen thưởng 88 cá nhân có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
 "507: 'Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020'."),
("507_60ef7af69b3d", D, "Tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2020, Công đoàn Viên chức TP Hà Nội đã khen thưởng 16 tập thể.",
 "507: '6 tập thể và 88 cá nhân đã được khen thưởng'. g.sh '16 tập thể' -> only 159 (other org/award)."),
("507_60ef7af69b3d", N, "Năm 2020, phong trào “Giỏi việc nước, đảm việc nhà” của Công đoàn Viên chức TP Hà Nội thu hút hơn 20.000 nữ cán bộ, công chức, viên chức tham gia.",
 "507: 'thu hút đông đảo nữ cán bộ công chức viên chức lao động tham gia' - no number. g.sh 'Viên chức (thành phố|TP) Hà Nội' -> only 507; g.sh '20\\.000 (nữ|lượt)' -> nothing."),
# --- 509 Hội CTĐ quận Hai Bà Trưng, Tết Nhâm Dần 2022 ---
("509_33042ea25bf7", S, "Tính đến ngày 24/1/2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao 4 300 suất quà Tết, hoàn thành chỉ tiêu thành phố giao năm 2022.",
 "509: 'các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng để hoàn thành chỉ tiêu do Hội Chữ thập đỏ thành phố giao năm 2022'."),
("509_33042ea25bf7", D, "Ngày 24/1/2022, Hội Chữ thập đỏ quận Hai Bà Trưng cùng Liên chi đoàn Khoa Khoa học quản lý (ĐH Kinh tế quốc dân) trao quà “Tết vì người nghèo và nạn nhân chất độc da cam/dioxin” tổng trị giá 25 triệu đồng.",
 "509: 'Ban tổ chức đã trao tặng 40 suất quà trị giá 10 triệu đồng'. g.sh '25 triệu' -> 048 (Mái ấm La Phù), 163 (lương) - other things."),
("509_33042ea25bf7", D, "Chương trình “Chợ Tết nhân đạo - Tết ấm yêu thương Xuân Nhâm Dần 2022” của Hội Chữ thập đỏ quận Hai Bà Trưng có 600 suất quà.",
 "509: 'chương trình “Chợ Tết nhân đạo - Tết ấm yêu thương Xuân Nhâm Dần 2022” với 300 suất quà'. g.sh '600 suất' -> only 276/280 ('3.600', LĐLĐ Hà Nội 2026)."),
# --- 510 Chân Mây - Lăng Cô, Tết Nhân ái 2026 ---
("510_791395671be2", S, "Chương trình trao quà Tết Nhân ái tại xã Chân Mây - Lăng Cô đã trao các suất quà với tổng giá trị 240 triệu đồng.",
 "510: 'ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng'."),
("510_791395671be2", D, "Tại chương trình “Tết Nhân ái” ở xã Chân Mây - Lăng Cô, ban tổ chức đã trao 500 suất quà cho hộ nghèo, hộ cận nghèo, người yếu thế.",
 "510: 'đã trao 300 suất quà'. g.sh 'Chân Mây' -> only 510; g.sh '500 suất' -> nothing."),
("510_791395671be2", D, "Mỗi suất quà Tết trao cho người dân khó khăn xã Chân Mây - Lăng Cô trị giá 1,5 triệu đồng.",
 "510: 'mỗi suất trị giá 800.000 đồng'. g.sh '1,5 triệu đồng' -> nothing."),
# --- 513 Thành đoàn Hà Nội, Tháng Thanh niên 2020 ---
("513_cfb6b8b3f3d6", S, "Ban Thường vụ Thành đoàn Hà Nội cụ thể hóa Tháng Thanh niên năm 2020 bằng tám nội dung hoạt động.",
 "513: 'được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động'."),
("513_cfb6b8b3f3d6", N, "Buổi khởi động trực tuyến Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội thu hút hơn 20.000 lượt xem trên fanpage.",
 "513: 'livestream (phát trực tiếp) trên fanpage Thành đoàn Hà Nội... 100% các cơ sở Đoàn trực thuộc theo dõi' - no view count. g.sh 'lượt xem|livestream' -> 348/526 page-view counters (other pages), 513 (no count)."),
# --- 517 Chương trình 1 triệu sáng kiến (Tổng LĐLĐ) ---
("517_afee7999e666", S, "Sau hơn 140 ngày triển khai, Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam đã ghi nhận gần 700 nghìn sáng kiến.",
 "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến'. (Seed 003: Hà Nội 'hơn 200.000 sáng kiến' and seed 002: '14.791' are Hà Nội only.)"),
("517_afee7999e666", D, "Chương trình “1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19” đã đạt 180% chỉ tiêu kế hoạch đề ra.",
 "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến'. g.sh '180%' -> nothing."),
("517_afee7999e666", D, "Tổng giá trị làm lợi của các sáng kiến trong Chương trình 1 triệu sáng kiến ước tính khoảng 5.000 tỷ đồng.",
 "517: 'Tổng giá trị làm lợi của sáng kiến ước tính hơn 10.000 tỉ đồng'. g.sh '5\\.000 t[ỉỷ]' -> nothing."),
# --- 518 Đoàn TN 3 phường Hà Nội tại Thung Nai 2026 ---
("518_bf1002899b2f", S, "Đoàn Thanh niên ba phường Đống Đa, Thanh Liệt, Văn Miếu - Quốc Tử Giám đã trao 50 suất quà tết cho người dân và trẻ em khó khăn ở xã Thung Nai (Phú Thọ).",
 "518: 'Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn, học sinh nghèo vượt khó'."),
("518_bf1002899b2f", D, "Mỗi suất quà tết mà Đoàn Thanh niên 3 phường của Hà Nội trao tại xã Thung Nai trị giá 3,5 triệu đồng.",
 "518: 'mỗi suất trị giá 2 triệu đồng gồm 500.000 đồng tiền mặt cùng nhu yếu phẩm'. g.sh 'Thung Nai' -> only 518; g.sh '3,5 triệu' -> 163, 231 (lương/thưởng, other)."),
("518_bf1002899b2f", N, "Chương trình “Đông ấm - Xuân tình nguyện - Tết sẻ chia” năm 2026 tại xã Thung Nai có 120 đoàn viên, thanh niên tham gia.",
 "518: 'với sự tham gia của đông đảo đoàn viên, thanh niên các đơn vị' - no count. g.sh 'Thung Nai' -> only 518."),
# --- 519 Xuân tình nguyện phường Thủ Đức 2026 ---
("519_a9f6d9ba16ff", S, "Chiến dịch Xuân tình nguyện 2026 của phường Thủ Đức (TP.HCM) đặt chỉ tiêu trao tặng ít nhất 500 bánh chưng, bánh tét.",
 "519: 'trao tặng ít nhất 500 bánh chưng, bánh tét'."),
("519_a9f6d9ba16ff", D, "Chiến dịch Xuân tình nguyện phường Thủ Đức năm 2026 dự kiến thu hút khoảng 3.000 bạn trẻ tham gia.",
 "519: 'Dự kiến thu hút sự tham gia của khoảng 1.000 bạn trẻ'. g.sh 'Thủ Đức' -> 167 (company name), 519; g.sh '3\\.000 (bạn trẻ|thanh niên|đoàn viên)' -> nothing."),
("519_a9f6d9ba16ff", D, "Xuân tình nguyện 2026, Đoàn phường Thủ Đức đặt chỉ tiêu vận động ít nhất 500 đơn vị máu hiến.",
 "519: 'vận động ít nhất 200 đơn vị máu hiến'. g.sh '500 đơn vị máu' -> nothing."),
# --- 520 LĐLĐ Bà Rịa - Vũng Tàu, Mái ấm công đoàn 2020 ---
("520_248a7e4c18f3", S, "LĐLĐ tỉnh Bà Rịa - Vũng Tàu đã hỗ trợ 50 triệu đồng xây “Mái ấm công đoàn” cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
 "520: 'LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh'."),
("520_248a7e4c18f3", D, "Tính đến ngày 11/9/2020, LĐLĐ tỉnh Bà Rịa - Vũng Tàu đã bàn giao 9 căn “Mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở trong năm 2020.",
 "520: 'đây là “Mái ấm công đoàn” thứ 4 trong năm 2020 được LĐLĐ tỉnh bàn giao cho đoàn viên khó khăn về nhà ở'. g.sh 'Long Điền|Bà Rịa|Đất Đỏ' -> 088, 347, 495 (no Mái ấm count), 520; g.sh '9 căn' -> nothing."),
("520_248a7e4c18f3", N, "Tại lễ bàn giao nhà, gia đình bà Trần Thị Anh còn được các đơn vị tặng vật dụng sinh hoạt trị giá 10 triệu đồng.",
 "520: 'trao tặng nhiều vật dụng sinh hoạt thiết yếu' - value not given. g.sh 'Trần Thị Anh' -> only 520."),
# --- 521 Đại hội Đảng bộ tỉnh Thái Bình lần XX ---
("521_6b26fbbdeca6", N, "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 có 350 đại biểu chính thức về dự.",
 "521 gives no delegate count. g.sh 'Thái Bình' -> 106 (Nguyễn Đức Cảnh), 521; g.sh '350 đại biểu' -> nothing."),
("521_6b26fbbdeca6", N, "Đại hội Đảng bộ tỉnh Thái Bình lần thứ XX đã bầu 55 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa mới.",
 "521 reports only Ngô Đông Hải re-elected Bí thư. g.sh 'Thái Bình' -> no BCH count; g.sh '55 đồng chí' -> nothing (103's 74 is Hà Nội 2015)."),
# --- 523 LĐLĐ Nghệ An, công tác cán bộ 11/2025 ---
("523_1cd6d816c1b9", S, "LĐLĐ tỉnh Nghệ An công bố quyết định chỉ định mười bốn cán bộ công đoàn tham gia Ban Chấp hành khóa XIX, nhiệm kỳ 2023-2028.",
 "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028'."),
("523_1cd6d816c1b9", N, "Ban Chấp hành LĐLĐ tỉnh Nghệ An khóa XIX, nhiệm kỳ 2023-2028 có 45 ủy viên.",
 "523 counts only the 14 newly appointed members, not BCH size. g.sh 'Nghệ An' -> 172, 265, 267, seed 003: no BCH size; g.sh '45 (ủy|uỷ) viên' -> nothing."),
# --- 524 LĐLĐ Nghệ An gặp mặt Chủ tịch CĐCS 7/2021 ---
("524_5e262b93a7cd", S, "Hội nghị gặp mặt Chủ tịch công đoàn cơ sở của LĐLĐ tỉnh Nghệ An ngày 26/7/2021 có 200 Chủ tịch CĐCS khối doanh nghiệp tham gia trực tuyến.",
 "524: 'hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp'."),
("524_5e262b93a7cd", D, "Tỉnh Nghệ An hiện có hơn 5.000 Chủ tịch công đoàn cơ sở.",
 "524: 'đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh'. g.sh '5\\.000 Chủ tịch' -> nothing."),
# --- 525 Đại hội Công đoàn tỉnh Bắc Ninh lần I 2025 ---
("525_3c28e321c9a6", S, "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức hơn 2.256 lượt Bữa cơm Công đoàn cho đoàn viên, người lao động.",
 "525: 'tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng'."),
("525_3c28e321c9a6", D, "Các Bữa cơm Công đoàn do Công đoàn Bắc Ninh tổ chức trong nhiệm kỳ qua có tổng giá trị khoảng 52 tỷ đồng.",
 "525: 'hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng'. g.sh '52 t[ỉỷ]' -> nothing."),
("525_3c28e321c9a6", D, "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí hơn 900 tỷ đồng.",
 "525: 'thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 600 tỷ đồng'. g.sh '900 t[ỉỷ]' -> only seed 003 ('40.900 tỷ', hàng hóa Tết Hà Nội)."),
# --- 526 Công đoàn ngành Công thương Bắc Ninh, Tháng Công nhân 2022 (no figures) ---
("526_ca11ded5230f", N, "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công thương Bắc Ninh đã trao 300 suất quà cho đoàn viên, người lao động.",
 "526 lists only plan numbers (Kế hoạch 217, 17) and a view counter '83'. g.sh 'Công thương Bắc Ninh|ngành Công thương' -> only Hà Nội / national Công thương pages; g.sh '300 suất' -> 509, 510 (other orgs)."),
("526_ca11ded5230f", N, "Dịp Tháng Công nhân 2022, Công đoàn ngành Công thương tỉnh Bắc Ninh hỗ trợ 150 triệu đồng cho đoàn viên có hoàn cảnh khó khăn.",
 "526 gives no money figure. g.sh '150 triệu' -> only 357 (LĐLĐ Hà Nội)."),
# --- 527 LĐLĐ Bắc Ninh làm việc với LĐLĐ Chungnam 10/2025 ---
("527_0809e797015b", S, "Sau khi chính quyền địa phương hai cấp đi vào hoạt động, Liên đoàn Lao động tỉnh Bắc Ninh có 2 450 tổ chức công đoàn cơ sở.",
 "527: 'Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên'."),
("527_0809e797015b", D, "LĐLĐ tỉnh Bắc Ninh hiện có gần 450.000 đoàn viên công đoàn.",
 "527: 'có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên'. g.sh '450\\.000|450 nghìn' -> nothing."),
("527_0809e797015b", N, "Đoàn công tác Liên đoàn Lao động tỉnh Chungnam (Hàn Quốc) sang làm việc với LĐLĐ Bắc Ninh ngày 27/10/2025 gồm 12 thành viên.",
 "527: 'Đoàn công tác Liên đoàn Lao động tỉnh Chungnam (Hàn Quốc) do ông Choi Jung Hee... làm Trưởng đoàn' - size not given. g.sh 'Chungnam' -> only 527; g.sh '12 thành viên' -> nothing."),
# --- 529 Đại hội Công đoàn tỉnh Đồng Nai lần XI 2023 ---
("529_5aa251341404", S, "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 có 400 đại biểu chính thức.",
 "529: 'nhiệt liệt chào mừng 400 đại biểu chính thức'."),
("529_5aa251341404", D, "400 đại biểu dự Đại hội XI Công đoàn Đồng Nai đại diện cho gần 650 nghìn đoàn viên CNVCLĐ của tỉnh.",
 "529: 'đại diện cho trí tuệ, niềm tin, nguyện vọng của gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà'. g.sh '650 nghìn|650\\.000' -> nothing."),
("529_5aa251341404", N, "Đại hội Công đoàn tỉnh Đồng Nai lần XI đã bầu 45 ủy viên vào Ban Chấp hành LĐLĐ tỉnh khóa XI.",
 "529 reports no BCH election. g.sh 'Đồng Nai' -> 074, 112, 167 (no BCH); g.sh '45 (ủy|uỷ) viên' -> nothing."),
# --- 530 Công đoàn TKV, Covid 3/2020 (no figures) ---
("530_fdcf2af8c216", N, "Ngày 31/3/2020, Chủ tịch Công đoàn TKV Lê Thanh Xuân đã kiểm tra công tác sản xuất và phòng chống Covid-19 tại 12 đơn vị vùng Quảng Ninh.",
 "530: 'tại các đơn vị thuộc TKV vùng Quảng Ninh' - no count. g.sh 'TKV|Hà Lầm' -> only 530, 531; g.sh '12 đơn vị' -> nothing."),
("530_fdcf2af8c216", N, "Trong chuyến kiểm tra cuối tháng 3/2020, Công đoàn TKV đã trao 200 suất quà động viên lực lượng tuyến đầu chống dịch tại vùng Quảng Ninh.",
 "530: 'thăm hỏi, động viên lực lượng tuyến đầu phòng chống dịch' - no gift count. g.sh 'TKV' -> 530, 531 only; g.sh '200 suất' -> 519 only (Thủ Đức)."),
# --- 531 Thủ tướng thăm mỏ Hà Lầm, Tháng Công nhân 2020 (no figures) ---
("531_841107fa5145", N, "Nhân Tháng Công nhân năm 2020, Thủ tướng Nguyễn Xuân Phúc đã tặng 500 suất quà cho công nhân mỏ than Hà Lầm.",
 "531 has no figures. g.sh 'Hà Lầm' -> only 531; g.sh '500 suất quà' -> nothing."),
("531_841107fa5145", N, "Mỏ than Hà Lầm, mỏ ứng dụng công nghệ hiện đại nhất Việt Nam của TKV, có khoảng 3.000 công nhân, người lao động.",
 "531 gives no workforce size. g.sh 'Hà Lầm' -> only 531; g.sh '3\\.000 (công nhân|người lao động)' -> nothing."),
# --- 532 LĐLĐ Tuyên Quang, hội nghị phường Bình Thuận 1/2026 ---
("532_8ca00e63249f", S, "Tại hội nghị ngày 28/01/2026 cho cán bộ CĐCS phường Bình Thuận, Phó Chủ tịch LĐLĐ tỉnh Tuyên Quang Hà Văn Vỹ tuyên truyền tập trung vào hai nội dung.",
 "532: 'Đồng chí Hà Văn Vỹ, Phó Chủ tịch Liên đoàn Lao động tỉnh đã trực tiếp tuyên truyền tập trung vào 2 nội dung'."),
("532_8ca00e63249f", N, "Hội nghị tuyên truyền của LĐLĐ tỉnh Tuyên Quang ngày 28/1/2026 có 80 cán bộ công đoàn cơ sở phường Bình Thuận tham dự.",
 "532 gives no attendance. g.sh 'Tuyên Quang|Bình Thuận' -> 470 (Bình Thuận province, other), 532; g.sh '80 cán bộ' -> nothing."),
# --- 533 HĐND TP Hà Nội bầu Chủ tịch 11/2025 ---
("533_31522612a2cd", S, "Bà Phùng Thị Hồng Hà được bầu làm Chủ tịch HĐND TP Hà Nội khóa XVI với 100% đại biểu có mặt tán thành.",
 "533: 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà... được bầu giữ chức Chủ tịch HĐND TP Hà Nội khoá XVI'."),
("533_31522612a2cd", N, "Kỳ họp chuyên đề (Kỳ họp thứ 27) HĐND TP Hà Nội khóa XVI chiều 13/11/2025 có 90 đại biểu có mặt.",
 "533 gives only the 100% share, not a head-count. g.sh 'Kỳ họp thứ 27|chuyên đề' -> only 533 for this session; g.sh '90 đại biểu' -> nothing."),
# --- 534 HĐND TP Hà Nội kỳ họp thứ nhất khóa XVI (preview) ---
("534_945922b00627", N, "HĐND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 có 95 đại biểu.",
 "534 gives no size. g.sh 'đại biểu HĐND' -> 116/117: '105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016-2021' (other term); 352 (khóa XVI): only '92/94' votes for Chu Ngọc Anh; g.sh '95 đại biểu' -> nothing."),
("534_945922b00627", N, "Tại kỳ họp thứ nhất khóa XVI ngày 23/6/2021, HĐND TP Hà Nội bầu 4 Phó Chủ tịch UBND thành phố.",
 "534: 'các Phó Chủ tịch UBND TP' - number not given. g.sh 'Phó Chủ tịch UBND (TP|thành phố)' -> no count anywhere; 352 counts only votes for Chủ tịch UBND."),
# --- 535 UBTVQH phê chuẩn kết quả bầu Chủ tịch HĐND 6/2021 ---
("535_0eece1156bf7", N, "Ông Nguyễn Quốc Chung được bầu giữ chức Chủ tịch HĐND tỉnh Bắc Ninh khóa XIX với 98% số phiếu.",
 "535 lists names and dates only ('Chủ tịch HĐND tỉnh Bắc Ninh Khóa XIX đối với ông Nguyễn Quốc Chung kể từ ngày 22/6/2021'). g.sh '98%' -> nothing; g.sh 'số phiếu|phiếu bầu' -> other people (Bùi Văn Cường, Chu Ngọc Anh, Thạch Thất)."),
]


def main():
    rows = []
    per_page = {}
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        per_page[page_id] = per_page.get(page_id, 0) + 1
        assert per_page[page_id] <= 3, page_id
        why = why.replace('"', "'")  # keep the TSV free of quote characters
        assert '"' not in claim and "\t" not in claim + why and "\n" not in claim + why
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
