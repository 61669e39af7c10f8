#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen81 (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------- 038: LĐLĐ Hà Nội Covid-19 support ----------
    ("038_9fbcf38fe170", D,
     "LĐLĐ TP Hà Nội hỗ trợ 30.000 đoàn viên, người lao động có hoàn cảnh khó khăn bị ảnh hưởng bởi Covid-19 trở lại sản xuất.",
     "038: 'Hỗ trợ 20.000 đoàn viên, người lao động có hoàn cảnh khó khăn' + body '10.000 trường hợp ... và ... 10.000 trường hợp', '500.000 đồng/người', 'tổng kinh phí hỗ trợ là 10 tỷ đồng' (=20.000 people). Claim's figure is the people count 30.000. g.sh '20\\.000 đoàn viên|30\\.000 đoàn viên|ba mươi nghìn|30 nghìn': no 30.000 for this support anywhere (237/741 are district/city congress delegates representing đoàn viên)."),
    ("038_9fbcf38fe170", N,
     "Lãnh đạo LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ Covid-19 cho đoàn viên tại 120 Công đoàn cơ sở.",
     "038 only says 'trực tiếp đi trao hỗ trợ cho đoàn viên, NLĐ ở một số Công đoàn cơ sở' — the number of CĐCS is never counted; figures on the page are people (20.000/10.000), money (500.000 đồng/người, 10 tỷ, 5 tỷ). g.sh '120 (Công đoàn cơ sở|CĐCS)': no hit."),
    # ---------- 054: Công đoàn ngành Xây dựng HN, bão Yagi ----------
    ("054_a5994481f9a4", S,
     "Gần 160 đoàn viên Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do bão Yagi đã được Liên đoàn Lao động Thành phố quyết định hỗ trợ.",
     "054: 'được LĐLĐ thành phố Hà Nội quyết định hỗ trợ 159 đoàn viên tại các Công đoàn cơ sở với tổng số tiền 352 triệu đồng' (bão số 3 Yagi, 2024). 'gần 160' ~ 159."),
    ("054_a5994481f9a4", D,
     "Tổng số tiền LĐLĐ TP Hà Nội hỗ trợ đoàn viên ngành Xây dựng Hà Nội bị ảnh hưởng bởi cơn bão số 3 năm 2024 khoảng 500 triệu đồng.",
     "054: 'hỗ trợ 159 đoàn viên ... với tổng số tiền 352 triệu đồng'. 500 triệu is clearly off. g.sh '500 triệu': only 1130 ('Hơn 500 triệu đồng ủng hộ Quỹ Vì người nghèo', unrelated); g.sh 'Xây dựng Hà Nội' shows no other Yagi support figure."),
    # ---------- 105: Thành ủy Hà Nội khóa XVIII ----------
    ("105_d8f28f283391", N,
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 75 ủy viên.",
     "105 lists the Bí thư and 4 Phó bí thư elected (no BCH size). 812 (same congress) counts '550 đại biểu đại diện cho gần 50 vạn đảng viên' and '4 Phó Bí thư' — delegates / deputy secretaries, not BCH members. g.sh 'khóa XVIII' and '[0-9]+ (Ủy viên|ủy viên|uỷ viên)' filtered for Hà Nội/Thành ủy: no count of BCH members; '75 (ủy|uỷ) viên': no hit."),
    # ---------- 1171: Đêm hội trăng rằm, TP HCM ----------
    ("1171_e3a5bb5bbced", S,
     "Chương trình Đêm hội trăng rằm của LĐLĐ quận Gò Vấp (TP HCM) mang niềm vui đến gần một trăm thiếu nhi là con đoàn viên, lao động khó khăn.",
     "1171: 'Chương trình \"Đêm hội trăng rằm\" do LĐLĐ quận Gò Vấp, TP HCM tổ chức mới đây cũng lan tỏa niềm vui đến gần 100 thiếu nhi là con đoàn viên - lao động khó khăn.'"),
    ("1171_e3a5bb5bbced", D,
     "Hơn 300 thiếu nhi là con công nhân khó khăn ở các khu lưu trú đã vui Đêm hội trăng rằm do Liên đoàn Lao động quận 6, TP HCM tổ chức năm 2024.",
     "1171: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... \"Đêm hội trăng rằm\" do LĐLĐ quận 6, TP HCM tổ chức'. 300 vs hơn 100. g.sh 'quận 6|Gò Vấp|trăng rằm': only 921 (Công đoàn Khu Kinh tế Tây Ninh, Gò Dầu, 110 thiếu nhi — another organiser); g.sh '300 thiếu nhi': no hit."),
    # ---------- 1186: Đại hội Công đoàn Bưu điện VN lần V ----------
    ("1186_963a0c8c187d", S,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030 có 218 đại biểu tham dự.",
     "1186: 'và 218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới' (Đại hội lần thứ V, 28/11/2025). Note 1187 is lần thứ III ('Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên') — another edition."),
    ("1186_963a0c8c187d", D,
     "Các đại biểu dự Đại hội Công đoàn Bưu điện Việt Nam lần thứ V đại diện cho hơn 25.000 đoàn viên công đoàn trên toàn mạng lưới.",
     "1186: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới'. 'hơn 25.000' is clearly off. g.sh '22\\.514|25\\.000 đoàn viên': only 1186 and 644 (youth union target 'phát triển mới ít nhất 25.000 đoàn viên', unrelated). 1187 (lần III) says 23.370 — another edition, also not 25.000."),
    # ---------- 1228: Sakurai hiến máu ----------
    ("1228_50a78b7fda9b", N,
     "Chương trình hiến máu nhân đạo tại Công ty TNHH Sakurai Việt Nam ngày 24/8 đã tiếp nhận 350 đơn vị máu.",
     "1228 counts people only: '400 tình nguyện viên là cán bộ, CNLĐ Công ty TNHH Sakurai Việt Nam' (title '400 công nhân lao động'); units of blood are never counted. g.sh 'Sakurai': only 1228. g.sh 'đơn vị máu': 347 (558 đơn vị), 405, 460, 519, 608, 689, 1105 — all other events/organisations."),
    # ---------- 172: Nghệ An đoàn viên giảm ----------
    ("172_6e096ef27768", S,
     "Theo LĐLĐ tỉnh Nghệ An, từ đầu năm 2018 đến hết năm 2022, Công đoàn ngành Giao thông vận tải giảm hơn 1,4 nghìn đoàn viên.",
     "172: 'từ đầu năm 2018 đến ngày 31/12/2022 ... Công đoàn ngành Giao thông vận tải giảm 1.446 đoàn viên'. 'hơn 1,4 nghìn' ~ 1.446."),
    ("172_6e096ef27768", D,
     "Từ đầu năm 2018 đến 31/12/2022, Liên đoàn Lao động thành phố Vinh (Nghệ An) giảm 1.600 đoàn viên.",
     "172: 'LĐLĐ thành phố Vinh giảm 1.064 đoàn viên' (same period). 1.600 clearly off (digits swapped). g.sh '1\\.600 đoàn viên|1600 đoàn viên': no hit; other Nghệ An pages (003, 265, 267, 523) carry no Vinh membership figure."),
    # ---------- 177: Hà Nội 1 triệu sáng kiến ----------
    ("177_49526c316754", S,
     "Khoảng 40 nghìn người thuộc các cấp Công đoàn Thủ đô đã tham gia Chương trình '1 triệu sáng kiến' do Tổng Liên đoàn Lao động Việt Nam phát động.",
     "177: 'Với 40.000 người tham gia, 200.000 sáng kiến được cập nhật ... các cấp Công đoàn Thủ đô ... đứng vị trí thứ nhất cả nước về số lượng người tham gia'. Seed 003 (same story): 'Với hơn 40.000 người tham gia, hơn 200.000 sáng kiến'."),
    ("177_49526c316754", D,
     "Công đoàn Thủ đô đã cập nhật hơn 300.000 sáng kiến lên Cổng trực tuyến của Tổng LĐLĐ Việt Nam trong Chương trình 1 triệu sáng kiến.",
     "177: '200.000 sáng kiến được cập nhật lên hệ thống Cổng trực tuyến của Tổng Liên đoàn Lao động'; seed 003: 'hơn 200.000 sáng kiến'. 300.000 clearly off. g.sh '300\\.000 sáng kiến|300 nghìn sáng kiến': no hit (other figures: chỉ tiêu 60.000, mục tiêu 130.000)."),
    # ---------- 256: Công đoàn ngành Giáo dục HN 2019 ----------
    ("256_c48309a5740b", N,
     "Năm 2019, Công đoàn ngành Giáo dục Hà Nội khen thưởng 60 tập thể xuất sắc trong phong trào thi đua 'Hai tốt'.",
     "256 only sets out 3 đợt thi đua for 2019 with anniversaries (89, 44, 90, 133, 65, 129, 74 năm); no rewarded collectives are counted. g.sh 'Hai tốt|Giáo dục Hà Nội' filtered for '[0-9]+ (tập thể|cá nhân|công đoàn|CĐCS|đoàn viên)': only 333 (187 CĐCS, 12.000 đoàn viên) and 1042 (183 CĐCS, 11.800 đoàn viên) — other counted nouns. '60 tập thể': no hit."),
    # ---------- 276: Chợ tết Công đoàn Xuân 2026 Hà Nội ----------
    ("276_3626d595b296", S,
     "Chợ tết Công đoàn - Xuân 2026 do LĐLĐ thành phố Hà Nội tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô có hơn 70 gian hàng.",
     "276: 'Chợ tết dành cho công nhân lao động năm nay có hơn 70 gian hàng' (Cung Văn hóa Lao động Hữu nghị Việt Xô, 7-2). 280 (same market): 'quy mô 70 gian hàng'. (107: the other market at Thiên Lộc has 'khoảng 50 gian hàng' — another venue.)"),
    ("276_3626d595b296", D,
     "Tại Chợ tết Công đoàn - Xuân 2026, Liên đoàn Lao động TP Hà Nội trao tặng 2.500 phiếu mua hàng cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "276: 'Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; 280 same '3.600 phiếu mua hàng'. 2.500 clearly off. g.sh '2\\.500 phiếu': no hit (107 only says 'hàng nghìn phiếu mua hàng')."),
    # ---------- 291: Giải thưởng Nguyễn Văn Linh ----------
    ("291_a74887047e6b", N,
     "Mỗi cán bộ Công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được thưởng 20 triệu đồng.",
     "291 body counts no money (the only number is '10 cán bộ Công đoàn tiêu biểu' in the related-headline teaser, a person count). g.sh 'Nguyễn Văn Linh' filtered for 'triệu|[0-9]+ (cán bộ|người)': nothing beyond 291's teaser; '20 triệu đồng' hits (048, 124, 454, 509) are house repairs/support elsewhere."),
    # ---------- 338: Giải cầu lông Thanh Xuân 2020 ----------
    ("338_ac93a7f63ef1", N,
     "Giải Cầu lông công nhân viên chức lao động quận Thanh Xuân năm 2020 có 28 đơn vị tham gia tranh tài.",
     "338 counts athletes only ('125 vận động viên tham dự', headline) and says 'các đơn vị tham gia' without a number. g.sh 'Thanh Xuân' filtered for đơn vị/đội/VĐV: no unit count; '28 đơn vị': no hit."),
    # ---------- 469: Thanh niên tình nguyện hè 2023 Hà Nội ----------
    ("469_b49a6ebccc5d", D,
     "Hơn 800 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 do Thành đoàn Hà Nội tổ chức tại Đại học Ngoại thương.",
     "469: 'lãnh đạo trường ĐH Ngoại thương cùng các cán bộ Đoàn, Hội chủ chốt và gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô' (30/5/2023). 'hơn 800' clearly off. g.sh 'hơn 800' / '800 đoàn viên': no hit for this event (733 is '562/800 đoàn viên' in a district 2018)."),
    ("469_b49a6ebccc5d", N,
     "Chiến dịch Thanh niên tình nguyện hè 2023 của tuổi trẻ Thủ đô đặt mục tiêu thực hiện 500 công trình thanh niên.",
     "469 counts only attendees ('gần 400 đoàn viên...'); no công trình count. g.sh 'công trình thanh niên': 547 (Quảng Nam tỉnh đoàn, hè 2023: 211 công trình — another province), 548/549/799 (national / 2022), 644 — none for Hà Nội hè 2023; '500 công trình': no hit."),
    # ---------- 498: LĐLĐ tỉnh, Tháng Công nhân 2024 ----------
    ("498_e3e307654093", S,
     "Tại Lễ phát động Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã tặng 106 phần quà cho đoàn viên, người lao động khó khăn do bệnh hiểm nghèo, tai nạn lao động.",
     "498: 'tại Lễ phát động Tháng Hành động về An toàn vệ sinh lao động và Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã tặng 106 phần quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn do mắc bệnh hiểm nghèo, tai nạn lao động...'. (Province not named in the page text.)"),
    ("498_e3e307654093", D,
     "Dịp Tháng Công nhân 2024, Ban Thường vụ Liên đoàn Lao động tỉnh trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá khoảng 1,2 tỷ đồng.",
     "498: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng'. 1,2 tỷ clearly off. g.sh '1,2 tỷ|1,2 tỉ': only 233 (gifts to teachers/students, unrelated). 455 ('18 nhà ... năm 2019 ... 720 triệu đồng') is another year."),
    # ---------- 503: Tháng Nhân đạo 2022 ----------
    ("503_ee4c6ffbff68", N,
     "Tại lễ phát động Tháng Nhân đạo năm 2022 ở Thừa Thiên Huế, Trung ương Hội Chữ thập đỏ Việt Nam trao tặng 1.000 phần quà cho người dân có hoàn cảnh khó khăn.",
     "503 body counts only '15 tỉnh, thành phố khu vực miền Trung' (attending Hội Chữ thập đỏ). 'Trao tặng hơn 3.200 phần quà Tết ... Xuân Nhâm Dần' is a related-headline teaser about another occasion (Tết). g.sh 'Tháng Nhân đạo': 404/405 (2018), 406 (2021), 407 (2024), 460 (Hà Nội 2022: 'trên 7.000 lượt người', '30 công trình nhân đạo' — people/works, Hà Nội plan), 461; '1\\.000 phần quà|nghìn phần quà': no hit."),
    # ---------- 520: Mái ấm công đoàn BR-VT ----------
    ("520_248a7e4c18f3", D,
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng để xây 'Mái ấm công đoàn' cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina ở huyện Đất Đỏ.",
     "520: 'LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng \"Mái ấm công đoàn\" cho bà Trần Thị Anh' and '50 triệu đồng/căn' (4th house of 2020). 70 triệu clearly off. g.sh '70 triệu': no such house figure (only 498 '870 triệu', 998 '470 triệu'); g.sh 'Long Điền|Đất Đỏ|Chang Chun': only 1125 (Điện lực Đất Đỏ, 55 triệu for 4 cases — another thing)."),
    # ---------- 544: Hội LHPN quận Hà Đông 8/3/2022 ----------
    ("544_73613f3ff3bd", S,
     "Chào mừng ngày Quốc tế phụ nữ 8/3/2022, các chi hội phụ nữ quận Hà Đông đã thực hiện 268 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544: 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn, người mắc bệnh hiểm nghèo...'."),
    ("544_73613f3ff3bd", D,
     "Các cấp Hội Phụ nữ quận Hà Đông đã gắn biển hơn 40 công trình chào mừng ngày Quốc tế phụ nữ 8/3 năm 2022.",
     "544: 'các cấp Hội phụ nữ từ quận tới cơ sở còn tổ chức gắn biển 25 công trình (xóa 10 điểm chân rác, khánh thành mới 02 sân chơi, ra mắt 13 vườn hoa...)'. 'hơn 40' clearly off. g.sh '40 công trình|bốn mươi công trình': no hit."),
    # ---------- 582: LĐLĐ An Giang ----------
    ("582_c46f8fc698a7", N,
     "Liên đoàn Lao động tỉnh An Giang, nơi ông Lâm Thành Sĩ về nhận nhiệm vụ Bí thư Đảng đoàn, hiện có hơn 90.000 đoàn viên.",
     "582 has no counts (only nhiệm kỳ 2018-2023 / 2023-2028). g.sh 'An Giang' filtered 'đoàn viên': 665 says 'kết nạp mới 5.124/8.000 đoàn viên' in 2022 — newly admitted members, not the total membership; '90\\.000 đoàn viên|90 nghìn đoàn viên': no hit."),
    # ---------- 628: Nga Sơn ----------
    ("628_c53b3d02e9d1", S,
     "Ông Thịnh Văn Huyên được HĐND huyện Nga Sơn (Thanh Hóa) bầu giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 100% phiếu bầu.",
     "628: 'bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%'."),
    # ---------- 748: Gia Lai quà Tết ----------
    ("748_c031ca469a2b", S,
     "Từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh Gia Lai tiếp tục tặng 224 suất quà Tết cho công nhân, người lao động nghèo ở Chư Pưh, Chư Prông, Đức Cơ và TP Pleiku.",
     "748: 'từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh tiếp tục đi thăm, tặng 224 suất quà Tết cho công nhân, người lao động nghèo đang làm việc tại các huyện: Chư Pưh, Chư Prông, Đức Cơ và TP. Pleiku'."),
    ("748_c031ca469a2b", D,
     "Sáng 14-1, đoàn công tác do Chủ tịch LĐLĐ tỉnh Gia Lai Trần Lệ Nhung dẫn đầu đã tặng 120 suất quà cho đoàn viên, công nhân lao động nghèo ở Chư Pah và Ia Grai.",
     "748: 'Sáng 14-1, đoàn công tác do bà Trần Lệ Nhung-Chủ tịch Liên đoàn Lao động tỉnh Gia Lai dẫn đầu đã đi thăm, tặng 92 suất quà (300 ngàn đồng/suất)'. 120 clearly off. g.sh '120 suất': no hit; other Gia Lai pages (681 Hội Chữ thập đỏ 100 suất 2026, 745, 765) are other occasions/organisations."),
    # ---------- 829: Tỉnh Đoàn Long An Hành quân xanh 2024 ----------
    ("829_5c8b05de4877", D,
     "Tại Lễ ra quân Chiến dịch Hành quân xanh năm 2024 ở huyện Vĩnh Hưng, Tỉnh Đoàn Long An trao 250 suất quà cho học sinh có hoàn cảnh khó khăn.",
     "829: 'trao tặng 1 Công trình ... 1 công trình ... 1 công trình \"sân chơi thiếu nhi và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng'. 250 clearly off. g.sh '250 suất': no hit; g.sh 'Long An|Hành quân xanh': no other Long An Hành quân xanh page (609 is Hà Nội 2024)."),
    ("829_5c8b05de4877", N,
     "Chiến dịch Hành quân xanh năm 2024 của Tỉnh Đoàn Long An huy động 300 chiến sĩ tình nguyện tham gia.",
     "829 counts works (1+1+1 công trình), gifts (150 suất quà) and money (gần 200 triệu); volunteers are not counted. g.sh '300 chiến sĩ' and 'chiến sĩ' filtered Long An/hành quân: only 609 (Hà Nội Thành đoàn) — another organisation."),
    # ---------- 922: Hội LHPN tỉnh Thanh Hóa ----------
    ("922_5d7251e759ab", S,
     "Mỗi suất quà Hội LHPN tỉnh Thanh Hóa trao cho hội viên, phụ nữ nghèo, trẻ mồ côi dịp chào mừng Đại hội đại biểu phụ nữ tỉnh lần thứ XIX trị giá 1.500.000 đồng.",
     "922: 'tổ chức trao tặng 150 suất quà, mỗi suất trị giá 1,5 triệu đồng để trao tặng hội viên, phụ nữ nghèo, trẻ mồ côi đặc biệt khó khăn'. 1.500.000 đồng = 1,5 triệu."),
    ("922_5d7251e759ab", D,
     "Mỗi hộ phụ nữ khó khăn về nhà ở được Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa trao 'Mái ấm tình thương' dịp Đại hội lần thứ XIX được hỗ trợ 50 triệu đồng.",
     "922: 'Hội trao tặng 3 nhà \"Mái ấm tình thương\" ... tại các xã: Quan Sơn, Thường Xuân và Lương Sơn, mỗi hộ được hỗ trợ 80 triệu đồng'. 50 triệu clearly off. g.sh 'LHPN tỉnh|Phụ nữ tỉnh Thanh': no other Thanh Hóa Mái ấm tình thương figure; '50 triệu đồng' hits (454, 491, 520, 1221, 460, 907) are other organisations."),
    # ---------- 967: Quảng Trị phát triển đoàn viên ----------
    ("967_240e5a455bbf", S,
     "Trong 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã vận động thành lập mới 23 công đoàn cơ sở.",
     "967: 'trong 9 tháng đầu năm 2024, liên đoàn lao động (LĐLĐ) các huyện, thị xã, thành phố, các công đoàn ngành, Công đoàn Viên chức tỉnh Quảng Trị đã vận động thành lập mới được 23 CĐCS'."),
    ("967_240e5a455bbf", D,
     "9 tháng đầu năm 2024, Công đoàn tỉnh Quảng Trị kết nạp gần 2.000 đoàn viên ở những nơi đã có công đoàn cơ sở.",
     "967: 'kết nạp 1.411 đoàn viên ở những nơi đã có CĐCS' (and 401 in new CĐCS). 'gần 2.000' clearly off for the 1.411 figure. g.sh 'gần 2\\.000 đoàn viên': no hit; other Quảng Trị pages (968 = 2021 Tết, 987) carry no such figure."),
    # ---------- 979: MTTQ huyện Phú Tân ----------
    ("979_5010ac31af5f", N,
     "Ủy ban MTTQ Việt Nam huyện Phú Tân khóa VIII, nhiệm kỳ 2014-2019 có 55 ủy viên.",
     "979 gives only '100% đại biểu tán thành' and 'lần thứ 15, khóa VIII'; the number of committee members is not stated. g.sh 'Phú Tân': 793 (Huyện Đoàn, thiếu nhi 2023) and 979 only; '55 (ủy|uỷ) viên': no hit (588/715 count replaced members of other districts)."),
    # ---------- 988: LĐLĐ huyện Phú Lộc Tết Yêu thương ----------
    ("988_b4a1c9239923", S,
     "Chương trình 'Tết Yêu thương' của Liên đoàn Lao động huyện Phú Lộc có bốn mươi tám đội đến từ các CĐCS và Hội LHPN các xã, thị trấn tham gia.",
     "988: 'Chương trình Tết Yêu thương diễn ra trong 1 ngày, với 48 đội đến từ các CĐCS và Hội LHPN các xã, thị trấn'. bốn mươi tám = 48."),
    ("988_b4a1c9239923", D,
     "Ban tổ chức chương trình Tết Yêu thương của LĐLĐ huyện Phú Lộc trao quà cho đoàn viên, người lao động khó khăn, mỗi suất trị giá 300.000 đồng.",
     "988: 'Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn'. 300.000 clearly off. g.sh 'Phú Lộc': only 988; '300\\.000 đồng' hits (231, 276, 280, 668, 699, 1106) are other organisations/places."),
]


def nfc(s):
    # NFC; straight double quotes -> single so no TSV field needs CSV quoting
    return unicodedata.normalize("NFC", s).replace('"', "'")


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
