#!/usr/bin/env python3
"""Blind claim set for `ldtd check` (unseen118). Writes claims.tsv (NFC, sorted by page_id)."""
import csv
import unicodedata

C = []
def add(page, verdict, claim, why):
    C.append((page, verdict, claim, why))

# ---------------- supported (13) ----------------
add("046_6c553dd46b50", "supported",
    "Giải bóng đá mini CNVCLĐ và lực lượng vũ trang tranh Cúp Báo Lao động Thủ đô lần thứ nhất năm 2015 có mười tám đội bóng tham gia tranh tài.",
    "046_6c553dd46b50: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài' (also 'cùng 18 đội bóng'); spelled-out mười tám = 18.")
add("059_9aee6bcb3e82", "supported",
    "Chiều 18/4/2023, Chủ tịch Liên đoàn Lao động quận Long Biên đã trao tặng hơn 400 bộ áo dài cho nữ đoàn viên công đoàn có hoàn cảnh khó khăn.",
    "059_9aee6bcb3e82: 'chiều 18/4 ... Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã đến thăm, trao tặng hơn 400 bộ áo dài tới nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại 7 doanh nghiệp' (Tháng Công nhân năm 2023).")
add("1028_21dfb2d35f28", "supported",
    "Trong quý I năm 2025, số lao động được Hà Nội giải quyết việc làm đã đạt hơn 34% kế hoạch cả năm.",
    "1028_21dfb2d35f28: 'Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động, đạt 34,1% kế hoạch năm, tăng hơn 3.000 người so với cùng kỳ năm 2024' (so the year is 2025); 'hơn 34%' ~ 34,1%.")
add("1103_36980ed6ca73", "supported",
    "Qua đại hội Hội Nông dân các huyện, thành phố của tỉnh Bắc Giang nhiệm kỳ 2023 - 2028, có 262 đại biểu được bầu đi dự Đại hội Hội Nông dân cấp tỉnh.",
    "1103_36980ed6ca73: '262 đại biểu được bầu đi dự Đại hội cấp tỉnh' (Hội Nông dân 10 huyện, TP Bắc Giang, nhiệm kỳ 2023 – 2028).")
add("111_2eca64cbf378", "supported",
    "Vụ tai nạn lao động ngày 15/4/2024 tại công trình khách sạn Le Parfum Hanoi ở quận Hoàn Kiếm đã làm hai công nhân thiệt mạng.",
    "111_2eca64cbf378: 'Vụ tai nạn lao động ngày 15/4/2024 tại khách sạn Le Parfum Hanoi (quận Hoàn Kiếm, Hà Nội) khiến hai công nhân thiệt mạng, hai người khác bị thương.' (body sentence under the photo; the count of deaths is 'hai').")
add("124_e7648c1a2662", "supported",
    "Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng 194 cháu là con CNVCLĐ vượt khó học giỏi, thi đỗ đại học với điểm giỏi trở lên.",
    "124_e7648c1a2662: 'biểu dương, khen thưởng 194 cháu con công nhân, viên chức, lao động vượt khó học giỏi và thi đỗ đại học có điểm giỏi trở lên với số tiền trên 80 triệu đồng'.")
add("129_306ace8250a2", "supported",
    "Trung bình mỗi ngày trên địa bàn thành phố Hà Nội phát sinh khoảng 6.500 tấn rác thải cần công nhân môi trường thu gom.",
    "129_306ace8250a2: 'trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn'.")
add("172_6e096ef27768", "supported",
    "Theo báo cáo của LĐLĐ tỉnh Nghệ An, từ đầu năm 2018 đến 31/12/2022, LĐLĐ thành phố Vinh đã giảm 1064 đoàn viên.",
    "172_6e096ef27768: 'từ đầu năm 2018 đến ngày 31/12/2022 ... LĐLĐ thành phố Vinh giảm 1.064 đoàn viên'. Written without separator.")
add("239_537243f63a13", "supported",
    "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028 có 191 đại biểu chính thức dự.",
    "239_537243f63a13: 'với sự tham dự của 191 đại biểu' and 'và 191 đại biểu chính thức dự đại hội'.")
add("497_902490bd9259", "supported",
    "Tính đến ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận hơn 7.800 triệu đồng ủng hộ Quỹ “Vì người nghèo” và chương trình an sinh xã hội của thành phố.",
    "497_902490bd9259: 'tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố và ủng hộ chương trình an sinh xã hội thành phố' (năm 2019). 7.800 triệu = 7,8 tỷ.")
add("666_958a474dc296", "supported",
    "Trong năm 2021, các cấp công đoàn thuộc Liên đoàn Lao động tỉnh đã kết nạp, phát triển mới gần 8,9 nghìn đoàn viên.",
    "666_958a474dc296: 'trong năm 2021 ... các cấp công đoàn đã phát triển mới 8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)'; gần 8,9 nghìn ~ 8.865. (Province not named on the page.)")
add("795_dc664600c1cc", "supported",
    "Các chương trình “Chợ Tết Công đoàn 2023” do Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ các tỉnh, thành phố tổ chức trước Tết Quý Mão có tổng cộng 1.479 gian hàng.",
    "795_dc664600c1cc: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” ... của khoảng 1.320 doanh nghiệp, với 1.479 gian hàng'. Not the Hà Nội-only figure (262_7b5b3b51657d: 72 gian hàng).")
add("930_456c87ad3771", "supported",
    "Chiều 25/5/2021, Liên đoàn Lao động tỉnh đã trao biển tượng trưng hỗ trợ “Mái ấm Công đoàn” cho bảy đoàn viên có hoàn cảnh khó khăn về nhà ở.",
    "930_456c87ad3771: 'Chiều ngày 25/5/2021 ... trao biển tượng trưng hỗ trợ Mái ấm Công đoàn Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở'. bảy = 07.")

# ---------------- differs (16) ----------------
add("059_9aee6bcb3e82", "differs",
    "Sau một tháng triển khai chương trình “Tặng áo dài - Trao yêu thương”, LĐLĐ quận Long Biên đã nhận được khoảng 2.500 bộ áo dài do các công đoàn cơ sở gửi tặng.",
    "059_9aee6bcb3e82: 'sau 1 tháng triển khai ... LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình'. g.sh '2\\.500 bộ|áo dài': no 2.500 bộ anywhere; the only other áo dài count is 17.000 bộ for all Công đoàn Thủ đô (seed 003).")
add("1028_21dfb2d35f28", "differs",
    "Ba tháng đầu năm 2025, Hà Nội đã giải ngân hơn 360 tỷ đồng cho vay từ Quỹ Quốc gia về việc làm để tạo việc làm cho người lao động.",
    "1028_21dfb2d35f28: '5.200 lao động được tạo việc làm qua nguồn vốn từ Quỹ Quốc gia về việc làm, với tổng số tiền cho vay hơn 260 tỷ đồng'. g.sh '360 tỷ': no hit.")
add("106_0e5457770e83", "differs",
    "Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018 của Tổng Liên đoàn Lao động Việt Nam đã tôn vinh 90 đoàn viên, công nhân lao động có thành tích đặc biệt xuất sắc.",
    "106_0e5457770e83: 'tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc trong toàn quốc' and 'một trong số 70 người được tôn vinh lần này'. g.sh '90 đoàn viên|90 (người|cá nhân|công nhân)': only 042 '90 Công nhân giỏi Thủ đô năm 2019' (another award). Lần IV 2023 has 167 (166_d63b4e4370c0) - another edition.")
add("1103_36980ed6ca73", "differs",
    "Đại hội Hội Nông dân các huyện, thành phố tỉnh Bắc Giang nhiệm kỳ 2023 - 2028 đã bầu tổng cộng 312 người vào Ban Chấp hành.",
    "1103_36980ed6ca73: '287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ'. g.sh '312': only image/URL hashes.")
add("111_2eca64cbf378", "differs",
    "Vụ đứt cáp vận thăng tối 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B, huyện Quốc Oai khiến năm công nhân tử vong tại chỗ.",
    "111_2eca64cbf378: 'Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'; 294_41e7ee9e3dca also '3 người tử vong, 7 người bị thương'. Nowhere 5 deaths for this accident (g.sh 'Đông Yên|vận thăng').")
add("124_e7648c1a2662", "differs",
    "Năm 2020, đoàn viên và CNVCLĐ ngành Giao thông vận tải Hà Nội đã ủng hộ các hoạt động xã hội, từ thiện với tổng số tiền 460 triệu đồng.",
    "124_e7648c1a2662: 'năm 2020 đoàn viên và công nhân, viên chức, lao động trong ngành đã ủng hộ các hoạt động xã hội, từ thiện do các cấp vận động với tổng số tiền là 640 triệu đồng'. g.sh '460 triệu': no hit.")
add("172_6e096ef27768", "differs",
    "Từ năm 2018 đến hết năm 2022, Công đoàn ngành Giao thông vận tải tỉnh Nghệ An đã giảm hơn 2.400 đoàn viên.",
    "172_6e096ef27768: 'Công đoàn ngành Giao thông vận tải giảm 1.446 đoàn viên' (LĐLĐ tỉnh Nghệ An report, 2018 to 31/12/2022). g.sh '2\\.4[0-9][0-9] đoàn viên': only 504 'hơn 2.400 đoàn viên, công nhân lao động ... tham dự' a Chợ Tết (other thing).")
add("239_537243f63a13", "differs",
    "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV, nhiệm kỳ 2023 - 2028 đã bầu 25 đồng chí vào Ban Chấp hành khóa mới.",
    "239_537243f63a13: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV' (also title). g.sh '25 đồng chí': only 621 (a women's union BCH 2016-2021).")
add("497_902490bd9259", "differs",
    "Tại lễ tiếp nhận ngày 1/11/2019, Ủy ban Mặt trận Tổ quốc Việt Nam TP Hà Nội đã nhận 465 triệu đồng ủng hộ Quỹ “Vì người nghèo” thành phố từ các cơ quan, đơn vị, doanh nghiệp, trường học.",
    "497_902490bd9259: 'Tại buổi lễ, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học'. g.sh '465 triệu': no hit (digits swapped).")
add("626_087eb7ff5a87", "differs",
    "Tối 30/1, lãnh đạo TP.HCM đã trao tặng 500 phần quà Tết cho công nhân lao động thuộc LĐLĐ quận Tân Phú và Công đoàn các Khu chế xuất - Công nghiệp thành phố.",
    "626_087eb7ff5a87: 'lãnh đạo TP đã trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng ... cho công nhân lao động ở Công đoàn cơ sở thuộc LĐLĐ quận Tân Phú và Công đoàn các KCX-CN TP'; 'Là một trong 300 công nhân được nhận quà tết'. g.sh '500 phần quà': no hit.")
add("666_958a474dc296", "differs",
    "Năm 2021, Liên đoàn Lao động tỉnh đã thành lập mới 40 công đoàn cơ sở, vượt chỉ tiêu Tổng Liên đoàn giao.",
    "666_958a474dc296: 'thành lập mới 26 công đoàn cơ sở (đạt 120%)'. g.sh '40 công đoàn cơ sở': no hit.")
add("745_266354cbce97", "differs",
    "Sáng 7/2/2026 tại phường Thống Nhất, tỉnh Gia Lai, Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao hai trăm phần quà Tết cho đoàn viên, người lao động khó khăn.",
    "745_266354cbce97: 'đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ; mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng'. g.sh '200 phần quà': only 602 (KCN Long Hậu, another event).")
add("795_dc664600c1cc", "differs",
    "Trước Tết Nguyên đán Quý Mão 2023, Tổng Liên đoàn Lao động Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 32 chương trình “Chợ Tết Công đoàn”.",
    "795_dc664600c1cc: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” theo kế hoạch'. g.sh '32 chương trình': no hit.")
add("886_ba844443b672", "differs",
    "Tính đến ngày 25/12/2025, mức thưởng Tết Bính Ngọ cao nhất tại Tây Ninh, thuộc khối doanh nghiệp FDI, là 800 triệu đồng.",
    "886_ba844443b672: 'Mức thưởng Tết Bính Ngọ cao nhất tính đến 25/12 ghi nhận ở khối doanh nghiệp FDI với 600 triệu đồng' and 'Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng'. g.sh '800 triệu': only 691 (Quỹ Vì người nghèo, other thing).")
add("930_456c87ad3771", "differs",
    "Trong đợt trao “Mái ấm Công đoàn” chiều 25/5/2021, mỗi đoàn viên khó khăn về nhà ở được Liên đoàn Lao động tỉnh hỗ trợ 70 triệu đồng.",
    "930_456c87ad3771: 'mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng'. g.sh '70 triệu': only 498 '88 triệu'/'870 triệu' substrings (other events).")
add("1171_e3a5bb5bbced", "differs",
    "Chương trình “Đêm hội trăng rằm” do LĐLĐ quận 6, TP HCM tổ chức đã mang niềm vui đến cho hơn 300 thiếu nhi là con công nhân khó khăn tại các khu lưu trú.",
    "1171_e3a5bb5bbced: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... trong “Đêm hội trăng rằm” do LĐLĐ quận 6, TP HCM tổ chức' (Gò Vấp: gần 100; 921 Khu Kinh tế Tây Ninh: 110). g.sh '300 thiếu nhi': no hit.")

# ---------------- not_found (11) ----------------
add("009_9bbc26544534", "not_found",
    "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 có 250 đại biểu chính thức về dự.",
    "009_9bbc26544534 gives no delegate count (only date 29/3, khóa XVI, attendees by name). g.sh 'ngành Y tế Hà Nội': 118/139/144 other events, no congress count. g.sh '250 đại biểu': only 1210_f54349fbf825 '250 đại biểu ... Đại hội Công đoàn Y tế Việt Nam' 2023 - another organisation (national Công đoàn Y tế) and another congress: near-miss.")
add("027_18d8fbebbd64", "not_found",
    "Tại hội nghị tôn vinh nữ cán bộ Công đoàn Thủ đô dịp 20/10/2023, LĐLĐ Thành phố đã biểu dương 93 nữ cán bộ công đoàn tiêu biểu.",
    "027_18d8fbebbd64 only has '93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam' and '13 năm kỷ niệm Ngày Phụ nữ Việt Nam' (anniversaries, not a count of women honoured). g.sh '93 nữ': no hit; no count of nữ cán bộ biểu dương at this event anywhere.")
add("106_0e5457770e83", "not_found",
    "Trong số những người nhận Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018 có 15 lao động nữ.",
    "106_0e5457770e83 counts 70 honourees, 10 sáng kiến, 300 / 189 people trained, but no women count. g.sh 'Nguyễn Đức Cảnh': other pages are lần IV 2023 (043: 9 Hà Nội; 166: 167 total, 4 Thái Nguyên; 168 Quảng Nam 1); g.sh 'lao động nữ' nothing about the award.")
add("1169_2df73ad10d97", "not_found",
    "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 320 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
    "1169_2df73ad10d97: 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc' (no number); only 'Bệnh viện C Đà Nẵng đã có 01 cá nhân ... được tuyên dương' (one hospital's count, another noun scope). g.sh tuyên dương counts: 215 (Công đoàn Viên chức TP 25 tập thể/67 cá nhân), Công nhân giỏi Thủ đô pages - other events; '320 tập thể' no hit.")
add("127_640c05f71edb", "not_found",
    "Tại chương trình “Tết sum vầy - Xuân bình an” năm 2022, Công đoàn ngành GTVT Hà Nội đã trao 200 suất quà Tết cho đoàn viên, người lao động khó khăn.",
    "127_640c05f71edb has no gift count. g.sh 'Tết sum vầy.{0,40}2022|Xuân Bình an': 133/266 (CĐ ngành Dệt May HN), 542_2bc2120ebb1a (LĐLĐ tỉnh Nghệ An/ thị xã Hoàng Mai: 'LĐLĐ tỉnh tặng 200 suất quà') - same programme name and year, other organisation: deliberate near-miss.")
add("265_98024dc6bc76", "not_found",
    "Năm 2025, LĐLĐ thành phố Hà Nội đặt mục tiêu xây dựng 500 mô hình CNVCLĐ tham gia bảo vệ môi trường trong phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”.",
    "265_98024dc6bc76: 'triển khai xây dựng các mô hình CNVCLĐ tham gia bảo vệ môi trường' (no number); its figures are 100% targets and 'ít nhất 1 hoạt động'. g.sh 'mô hình.{0,60}bảo vệ môi trường': only this page; 'Sáng - Xanh': 547/782 are youth campaigns (tuyến phố, cây xanh) - other things.")
add("308_ea2272cbf98b", "not_found",
    "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 đã bầu 15 đồng chí vào Ban Chấp hành.",
    "308_ea2272cbf98b body has no BCH/delegate count (its '124 Công đoàn cơ sở' is in a related-headline teaser, and is another noun). g.sh 'Việt Hưng': otherwise a company (125) and a person (166). g.sh '15 đồng chí': only 963 'Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí' - another ward: near-miss.")
add("364_6cb3fc7af92c", "not_found",
    "Theo Kế hoạch 74/KH-UBND, hội nghị biểu dương kết quả phong trào thi đua năm 2022 của Hà Nội sẽ khen thưởng 75 tập thể tiêu biểu.",
    "364_6cb3fc7af92c: only 'Kế hoạch số 74/KH-UBND' and 'kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc”' (document number and anniversary, not a count of collectives). g.sh 'Kế hoạch số 74|biểu dương kết quả phong trào thi đua năm 2022': only this page; '75 tập thể' no hit.")
add("366_0b8feddcd533", "not_found",
    "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020 - 2025, khai mạc sáng 12/10 với 450 đại biểu tham dự.",
    "366_0b8feddcd533 gives no delegate count. g.sh 'Đảng bộ thành phố|Đại hội đại biểu lần thứ XVII': 103 (khóa XVI 2015: 74 BCH members - another edition), others only name the resolution. g.sh '450 đại biểu': no hit.")
add("391_011bec396bed", "not_found",
    "Tại lễ ra quân Tháng Thanh niên năm 2024 ở Công viên Mễ Trì, Thành đoàn Hà Nội đã trồng 500 cây xanh.",
    "391_011bec396bed: 'triển khai hoạt động trồng cây xanh trong khuôn viên Công viên Mễ Trì' (no number); figures are '30 ngày', '4 nhóm hoạt động', 'hai công trình Sân chơi thiếu nhi'. g.sh 'cây xanh|trồng.{0,20}cây': 777 (Tỉnh đoàn target 1.000 cây, Tháng Thanh niên 2024, another province), 547/550/644/790/941 other campaigns; '500 cây' no hit.")
add("419_570045abe4cc", "not_found",
    "Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XVIII, diễn ra tháng 1/2018, triệu tập 300 đại biểu chính thức.",
    "419_570045abe4cc: only 'lần thứ 18' and 'tháng 1.2018' (edition and date). g.sh 'Hà Tĩnh': seed 002 (2024 tổng kết), 388 (Tháng Công nhân 2024) - no congress delegate count. g.sh '300 đại biểu': Đà Nẵng (571/742) and Khánh Hòa (743) congresses - other provinces: near-miss.")

assert len(C) == 40, len(C)
from collections import Counter
pc = Counter(p for p, *_ in C)
assert max(pc.values()) <= 2, pc
rows = [tuple(unicodedata.normalize("NFC", x) for x in r) for r in C]
rows.sort(key=lambda r: (r[0], r[1]))
with open(__file__.rsplit("/", 1)[0] + "/claims.tsv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["page_id", "verdict", "claim", "why"])
    w.writerows(rows)
print(len(rows), Counter(r[1] for r in rows))
