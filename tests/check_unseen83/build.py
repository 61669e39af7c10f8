#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen83."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("101_3f31a6e4a441", "supported",
     "Đại hội Công đoàn Việt Nam lần thứ XII họp tại Hà Nội tháng 9/2018 với gần 950 đại biểu tham dự.",
     "101: 'Đại hội Công đoàn Việt Nam lần thứ XII (nhiệm kỳ 2018-2023) họp từ ngày 24 đến 26/9/2018 tại Thủ đô Hà Nội với sự tham dự của 947 đại biểu.' (also 247: '947 đại biểu'); gần 950 ~ 947."),
    ("500_0dbef860aab7", "supported",
     "Dịp Tết Bính Ngọ 2026, LĐLĐ tỉnh Phú Thọ trao gần 22 nghìn suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.",
     "500: 'Liên đoàn Lao động tỉnh ... Tết Nguyên đán Bính Ngọ 2026 ... trao tặng 21.900 suất quà cho đoàn viên, công nhân lao động hoàn cảnh khó khăn, trị giá 1 triệu đồng/suất' (event at Công đoàn KCN khu vực Phú Thọ); gần 22 nghìn ~ 21.900."),
    ("517_afee7999e666", "supported",
     "Chương trình “1 triệu sáng kiến” do Đoàn Chủ tịch Tổng LĐLĐ Việt Nam phát động đã ghi nhận gần 700.000 sáng kiến của cán bộ, đoàn viên, người lao động cả nước.",
     "517: 'Chương trình “1 triệu sáng kiến – ...” của Đoàn Chủ tịch Tổng LĐLĐVN ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến.'; gần 700.000 ~ 696.948."),
    ("548_fe351f429c57", "supported",
     "Chiến dịch Thanh niên tình nguyện hè 2022 do Trung ương Đoàn phát động đã thực hiện hơn 26 nghìn công trình thanh niên các cấp.",
     "548: 'Chiến dịch Thanh niên tình nguyện hè 2022 ... thực hiện hơn 26.400 (tăng 9,56% so với năm 2021) công trình thanh niên các cấp'. (549 gives 'hơn 4.000 công trình' for the first week only.)"),
    ("795_dc664600c1cc", "supported",
     "Các chương trình “Chợ Tết Công đoàn 2023” do Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ các tỉnh, thành phố tổ chức có tổng cộng gần 1.500 gian hàng.",
     "795: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” ... của khoảng 1.320 doanh nghiệp, với 1.479 gian hàng.'; gần 1.500 ~ 1.479. (262's 72 gian hàng is the Hà Nội market only.)"),
    ("745_266354cbce97", "supported",
     "Tại phường Thống Nhất (Gia Lai), Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao một trăm phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn.",
     "745: 'Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' (Sáng 7-2, phường Thống Nhất, tỉnh Gia Lai, Tết Bính Ngọ 2026)."),
    ("128_4d3aad482add", "supported",
     "Dịp Tết, Công đoàn Xây dựng Việt Nam đã tặng ba mươi suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng, Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "128: 'Chủ tịch Công đoàn ngành Xây dựng Việt Nam ... dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng'."),
    ("207_36069bd162d7", "supported",
     "Nhân Tháng Công nhân năm 2023, Liên đoàn Lao động thành phố Hội An đã trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn.",
     "207: 'LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn, mỗi suất 500 nghìn đồng' (lễ phát động Tháng công nhân năm 2023, 20/4)."),
    ("1108_dc5ce910e1da", "supported",
     "Hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 18 năm 2016, Liên đoàn Lao động huyện Thới Lai đã huy động ba trăm đoàn viên, CNVCLĐ dự mít tinh và diễu hành.",
     "1108: 'Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành bằng xe ô tô, mô tô trong Tuần lễ Quốc gia ATVSLĐ – PCCN lần thứ 18 năm 2016.'"),
    ("175_f6210ee9dddf", "supported",
     "Tại Đại hội XIII Công đoàn Việt Nam, đại biểu nữ chiếm hơn 37% tổng số đại biểu dự đại hội.",
     "175: 'đại biểu là nữ chiếm 37,05%'. The page does not name the congress; it is the national congress after 'hơn hai năm thực hiện Nghị quyết số 02-NQ/TW ngày 12-6-2021' and '10 năm thực hiện Luật Công đoàn 2012', i.e. Đại hội XIII (2023). hơn 37% ~ 37,05%."),
    ("706_3b59f272cb92", "supported",
     "Đại hội Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 đặt mục tiêu bồi dưỡng, giới thiệu 4 nghìn đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706: 'Đại hội Đại biểu Công đoàn Viên chức Tp khóa III, nhiệm kỳ 2017-2022 ... Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp.' (VOH, i.e. TP.HCM)."),
    ("929_6b1be55d0f4e", "supported",
     "Dịp Quốc khánh 2/9/2020, Đảng bộ phường Bạch Hạc có bảy đảng viên được trao huy hiệu Đảng.",
     "929: 'Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng.' (lễ 26/8/2020)."),
    ("744_d077d464faf3", "supported",
     "Ngày 5/2, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu đã trao 97 suất quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn tại Phú Thọ.",
     "744: 'ngày 5/2, đồng chí Ngọ Duy Hiểu - Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã đến thăm và trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng ...) cho đoàn viên, người lao động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và ... Bệnh viện Đa khoa tỉnh Phú Thọ.'"),

    # ---------------- differs ----------------
    ("242_5bc709367c4a", "differs",
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI diễn ra từ ngày 23 đến 25/4/2018 tại Cung Văn hóa Lao động Hữu nghị Việt Xô với sự tham dự của 650 đại biểu.",
     "242: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu.' (092, before the congress: '550 đại biểu chính thức'). g.sh '650' -> only 1.650 khẩu trang/chủ nhà trọ, nothing about this congress."),
    ("500_0dbef860aab7", "differs",
     "LĐLĐ tỉnh Phú Thọ đã tặng 12.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết Bính Ngọ 2026.",
     "500: 'tặng 15.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết, tổng kinh phí 4,5 tỷ đồng'. g.sh '12\\.000|12 nghìn|12000' -> only 'hơn 12 nghìn công nhân viên chức' (Y tế Thanh Hóa); g.sh '[0-9.]+ vé' -> 15.000 (500), 2.200 (646 Đồng Nai), 500 (768)."),
    ("517_afee7999e666", "differs",
     "Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam đã đạt 180% chỉ tiêu kế hoạch đề ra.",
     "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến.' g.sh '180%' and '% chỉ tiêu' -> only 232,3% (517) and 197% (606, Tháng Nhân đạo 2024)."),
    ("548_fe351f429c57", "differs",
     "Các công trình thanh niên trong Chiến dịch Thanh niên tình nguyện hè 2022 có tổng kinh phí 544 tỷ đồng.",
     "548: 'công trình thanh niên các cấp, với tổng kinh phí là 444 tỉ đồng (tăng 61,96% so với năm 2021)'. g.sh '544' -> only 5.544 hồ sơ (295). 549 gives 'hơn 54 tỉ đồng' for the first week only."),
    ("795_dc664600c1cc", "differs",
     "Trước Tết Quý Mão 2023, Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 32 chương trình “Chợ Tết Công đoàn 2023”.",
     "795: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” theo kế hoạch'; 761: 'tổ chức tại 22 tỉ...'. g.sh '32 .{0,30}Chợ Tết' -> nothing."),
    ("745_266354cbce97", "differs",
     "Mỗi phần quà Tết Tổng LĐLĐ Việt Nam trao cho đoàn viên, người lao động khó khăn ở Gia Lai dịp Tết Bính Ngọ 2026 gồm 2 triệu đồng tiền mặt và quà.",
     "745: 'mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng.' g.sh '2 triệu đồng tiền mặt' -> nothing."),
    ("1264_b265cd9ba4c3", "differs",
     "Liên đoàn Lao động TP.HCM đã trao 500 phần quà cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết.",
     "1264: 'LĐLĐ Thành phố Hồ Chí Minh trao 300 phần quà (mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng ...) cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết'. g.sh '500 (phần|suất) quà' -> nothing."),
    ("207_36069bd162d7", "differs",
     "Tổ chức CHIA đã hỗ trợ 40 suất quà với tổng trị giá 25 triệu đồng cho đoàn viên của Đội khai thác yến Hội An.",
     "207: 'Tổ chức CHIA cũng hỗ trợ 40 suất quà tổng trị giá 10 triệu đồng cho đoàn viên của Đội khai thác yến Hội An.' g.sh '25 triệu' -> only unrelated (Mái ấm La Phù, lương, Quận 3 phụ nữ, trẻ em)."),
    ("217_ef7d713b3269", "differs",
     "LĐLĐ tỉnh Thái Nguyên đặt mục tiêu phát triển 35 nghìn đoàn viên công đoàn trong giai đoạn 2018-2023.",
     "217: 'LĐLĐ tỉnh Thái Nguyên phần đấu phát triển 53 nghìn đoàn viên giai đoạn 2018-2023' / 'phát triển 53.000 đoàn viên, giai đoạn 2018-2023'. g.sh '35\\.000|35 nghìn' -> only 830 (35.000 chiến sĩ Xuân tình nguyện TP.HCM)."),
    ("111_2eca64cbf378", "differs",
     "Vụ đứt cáp vận thăng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) đã khiến năm công nhân tử vong tại chỗ.",
     "111: 'Vụ tai nạn nghiêm trọng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai ...) ... khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng.'; 294: 'khiến 3 người tử vong, 7 người bị thương'. g.sh '5 người tử vong|năm người' -> nothing."),
    ("175_f6210ee9dddf", "differs",
     "Tại Đại hội XIII Công đoàn Việt Nam, đại biểu là đảng viên chiếm 68,43% tổng số đại biểu.",
     "175: 'đại biểu là đảng viên chiếm 78,43%'. g.sh '68,43|68\\.43' -> nothing. (Congress identified as XIII from context, see supported claim on 175.)"),
    ("627_3078f9de4bd8", "differs",
     "Kỳ họp thứ nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021-2026 triệu tập 45 đại biểu.",
     "627: 'xác nhận tư cách đại biểu HĐND huyện khóa XXI, số lượng đại biểu được triệu tập là 35 đại biểu.' g.sh '45 đại biểu' -> only '345 đại biểu' (741, Đà Nẵng congress)."),
    ("706_3b59f272cb92", "differs",
     "Công đoàn Viên chức TP nhiệm kỳ 2017-2022 đặt chỉ tiêu vận động từ 65% trở lên công chức, viên chức, người lao động học tập nâng cao trình độ.",
     "706: 'Vận động từ 85% trở lên công chức, viên chức, người lao động bằng các hình thức khác nhau học tập nâng cao trình độ học vấn, chuyên môn'. g.sh '65% trở lên' -> nothing."),
    ("101_3f31a6e4a441", "differs",
     "Đại hội XII Công đoàn Việt Nam đã bầu Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII gồm 181 ủy viên.",
     "101: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên.'; 247: 'bầu cử 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động'. g.sh '181' -> only a URL digit string. (168/177 in 174 are khóa XIII; 185 in 247 is the khóa XII candidate list.)"),
    ("993_0f62141c043b", "differs",
     "Lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 tại Cung Văn hóa Lao động TPHCM có hơn 3.000 đoàn viên, người lao động tham dự.",
     "993: 'Sáng 31-1, tại Cung Văn hóa Lao động TPHCM ... khai mạc Chương trình “Chợ Tết Công đoàn – Xuân 2026” ... cùng hơn 1.000 đoàn viên, người lao động đang làm việc tại TPHCM.' g.sh '3\\.000 đoàn viên' -> nothing (504's 'hơn 2.400' is the Hà Nội market)."),
    ("744_d077d464faf3", "differs",
     "Mỗi suất quà Tết Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu trao cho đoàn viên, người lao động khó khăn tại Phú Thọ ngày 5/2 trị giá 3 triệu đồng.",
     "744: 'trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng, gồm quà và tiền mặt)'. g.sh '3 triệu đồng/suất|trị giá 3 triệu' -> only 330 (LĐLĐ TP, 5 suất) and 498 (quà doanh nghiệp), other occasions."),

    # ---------------- not_found ----------------
    ("204_781975f239f1", "not_found",
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 180 đại biểu chính thức tham dự.",
     "204 names guests but gives no delegate count. g.sh '(Nông nghiệp|NN&PTNT|NNPTNT).{0,300}[0-9]+ đại biểu' -> only 023 (2023, lần thứ VI: '128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI' = another edition); g.sh '180 đại biểu' -> nothing."),
    ("193_98c1c68d8e79", "not_found",
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 45 ủy viên.",
     "193/242/299/092 cover the XVI congress (546/550 đại biểu) but none counts BCH members. g.sh 'XVI.{0,150}(ủy viên|Ban Chấp hành)', 'bầu.{0,60}[0-9]+ (đồng chí|ủy viên)' -> BCH counts only for other bodies (Đảng bộ HN khóa XVI 74, Tổng LĐLĐ 161/168, ngành Xây dựng 21 ...); g.sh '45 (ủy|uỷ) viên' -> nothing."),
    ("824_7a712711c760", "not_found",
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình tổ chức đã thu hút 500 công nhân tham gia.",
     "824 has no participant count. g.sh 'quận 3' -> 824 and 545 (Hội LHPN Quận 3, 600 tác phẩm); g.sh 'Hòa Bình.{0,100}[0-9]' -> nothing about this event; g.sh '500 công nhân' -> 56.500 (003), gần 500 CNLĐ Tết (057): other events."),
    ("291_a74887047e6b", "not_found",
     "Mỗi cán bộ công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được thưởng 20 triệu đồng.",
     "291/056 count recipients (10 đồng chí, 63 đề cử) but no prize money. g.sh 'Giải thưởng.{0,150}triệu' -> only the '1 triệu sáng kiến' programme name and 686 (giải thưởng xe máy 253 triệu); g.sh '20 triệu' -> other gifts/houses only."),
    ("1108_dc5ce910e1da", "not_found",
     "Trong Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 19 năm 2017, LĐLĐ huyện Thới Lai đã huy động 300 đoàn viên, CNVCLĐ dự mít tinh.",
     "Another edition: 1108 counts 300 for 'lần thứ 18 năm 2016' only. g.sh 'Thới Lai|lần thứ 19' -> only 1108 (lần 18/2016) and 408 (Hội nghị lần thứ 19 BCH LĐLĐ tỉnh, unrelated)."),
    ("627_3078f9de4bd8", "not_found",
     "HĐND huyện Bắc Quang khóa XX, nhiệm kỳ 2016-2021 có 35 đại biểu.",
     "Another term: 627 counts 35 đại biểu for khóa XXI (2021-2026); khóa XX is mentioned only as the title of Phó chủ tịch Nguyễn Công Viên. g.sh 'Bắc Quang' -> 627 and 1144 (MTTQ, no count); g.sh '(HĐND|Hội đồng nhân dân) huyện.{0,100}[0-9]+ đại biểu' -> only 627 khóa XXI."),
    ("929_6b1be55d0f4e", "not_found",
     "Đảng bộ phường Bạch Hạc hiện có 320 đảng viên sinh hoạt tại các chi bộ.",
     "929 counts only party members receiving badges (7; 1/1/1/1/2/1 by tenure), not the party committee's membership. g.sh 'Bạch Hạc.{0,200}đảng viên' -> only those; g.sh '320 đảng viên' -> nothing."),
    ("993_0f62141c043b", "not_found",
     "Chợ Tết Công đoàn – Xuân 2026 tổ chức trực tiếp tại Cung Văn hóa Lao động TPHCM có 80 gian hàng.",
     "993 counts attendees (hơn 1.000) but no stalls. g.sh '2026.{0,200}gian hàng|gian hàng.{0,200}2026' -> Hà Nội (107: khoảng 50; 276: hơn 70; 504: 50) and Đà Nẵng/Hòa Khánh (543: 70-80 gian hàng) markets, all other places."),
    ("217_ef7d713b3269", "not_found",
     "Trong giai đoạn 2018-2023, LĐLĐ tỉnh Thái Nguyên phấn đấu thành lập mới 250 công đoàn cơ sở.",
     "217 counts only đoàn viên (53.000); the CĐCS target is named but not counted. g.sh 'Thái Nguyên.{0,200}(công đoàn cơ sở|CĐCS)' -> only the plan title; g.sh '250 (công đoàn cơ sở|CĐCS)' -> nothing."),
    ("128_4d3aad482add", "not_found",
     "Tổ môi trường số 5, Chi nhánh Hai Bà Trưng của Công ty TNHH MTV Môi trường đô thị Hà Nội có 45 công nhân.",
     "128 counts gifts (30 suất cá nhân, 1 suất tập thể for tổ môi trường số 5), not the team's workers. g.sh 'tổ môi trường' -> 128 and 073 (Tổ Môi trường 10 Đống Đa, no count)."),
    ("111_2eca64cbf378", "not_found",
     "Năm 2024, Hà Nội xảy ra 25 vụ tai nạn lao động chết người trong lĩnh vực xây dựng.",
     "111 says only 'xây dựng nằm trong nhóm 5 lĩnh vực có số vụ tai nạn chết người cao nhất' (5 = number of sectors) and describes two single accidents. g.sh '[0-9.]+ vụ (tai nạn|TNLĐ)' -> national figures for 2018 quý II (112), 2023 (155, 156); nothing for Hà Nội/xây dựng/2024."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen83/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(per_page), "pages")


if __name__ == "__main__":
    main()
