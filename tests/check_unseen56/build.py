#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("057_78c9b6628d41", S,
     "Gần năm trăm công nhân lao động quận Long Biên đã được Liên đoàn Lao động quận đưa về quê đón Tết 2018 trên các \"chuyến xe nghĩa tình\".",
     "057_78c9b6628d41: \"gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên ... các 'chuyến xe nghĩa tình' chất lượng cao do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết\" (year: Đinh Dậu last working day, 'tin nhap 20180214')."),
    ("108_8baf26df659f", S,
     "Ban tổ chức Giải thưởng Tôn Đức Thắng năm 2018 của TPHCM đã nhận 26 hồ sơ do các đơn vị gửi về trước khi chọn ra người đoạt giải.",
     "108_8baf26df659f: \"Từ 26 hồ sơ các đơn vị gửi về, ban tổ chức đã chọn 11 cá nhân để trao giải thưởng Tôn Đức Thắng năm 2018\"."),
    ("112_a56b33b2aa7d", S,
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng (Hà Nội) chiều 8/9/2018 đã làm hai người tử vong.",
     "112_a56b33b2aa7d: \"Chiều qua (8/9), tại Hà Nội, một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương.\""),
    ("1130_b874a926a657", S,
     "Cơ quan các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP HCM đã đóng góp một ngày lương, gần 500 triệu đồng, cho Quỹ \"Vì người nghèo\" thành phố năm 2020.",
     "1130_b874a926a657: \"các đơn vị đã ủng hộ 1 ngày lương vào Quỹ 'Vì người nghèo' TP với số tiền 495 triệu đồng\" (phát động ngày 28-9, năm 2020). 495 ~ 'gần 500'."),
    ("1242_e05739eea984", S,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 10 (khóa XII) ngày 12-1 đã bầu bổ sung ba ủy viên Đoàn Chủ tịch.",
     "1242_e05739eea984: \"Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam.\" (Hội nghị BCH lần thứ 10 khóa XII, sáng 12-1)."),
    ("319_7f30ae237edf", S,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an thành phố Hà Nội giao các đơn vị thực hiện mười nhóm chỉ tiêu cụ thể.",
     "319_7f30ae237edf: \"từ ngày 15/12/2025 đến ngày 16/3/2026, Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể\"."),
    ("352_557f7c6c45b0", S,
     "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, ông Chu Ngọc Anh được bầu lại làm Chủ tịch UBND thành phố với gần 98% phiếu bầu.",
     "352_557f7c6c45b0: \"ông Chu Ngọc Anh tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 với số phiếu 92/94 (chiếm 97,87%)\". 97,87% ~ 'gần 98%'."),
    ("585_b22d53f788ab", S,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm 5 người.",
     "585_b22d53f788ab: \"Đại Hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023-2028 ... Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c\"."),
    ("666_958a474dc296", S,
     "Năm 2021, các cấp công đoàn thuộc LĐLĐ tỉnh đã kết nạp mới hơn 8,8 nghìn đoàn viên, vượt chỉ tiêu Tổng Liên đoàn giao.",
     "666_958a474dc296 (title: \"Liên đoàn Lao động tỉnh phát triển thêm hơn 8.800 đoàn viên mới\"): \"trong năm 2021 ... các cấp công đoàn đã phát triển mới 8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)\". Caveat: the page never names the province."),
    ("699_c94abe293db6", S,
     "Tại chương trình \"Tết sum vầy – Xuân ơn Đảng\" Xuân Ất Tỵ 2025, Liên đoàn Lao động huyện Kon Plông đã trao 168 suất quà cho đoàn viên khó khăn.",
     "699_c94abe293db6: \"Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn. Trong đó, trao tặng 7 suất quà của Đoàn đại biểu Quốc hội tỉnh Kon Tum và 161 suất quà của Liên đoàn lao động tỉnh\" (chiều 20/1/2025)."),
    ("749_cd48852c43bc", S,
     "Phó Chủ tịch LĐLĐ TP Cần Thơ Trần Ngọc Mỹ đã trao ba mươi phần quà cho y, bác sĩ, nhân viên y tế trực Tết tại Bệnh viện Đa khoa Sóc Trăng.",
     "749_cd48852c43bc: \"Tại Bệnh viện Đa khoa Sóc Trăng, bà Trần Ngọc Mỹ, Phó Chủ tịch LĐLĐ TP Cần Thơ, trao 30 phần quà cho đội ngũ cán bộ, y - bác sĩ, nhân viên y tế đang trực Tết.\""),
    ("761_0759299e56e8", S,
     "Chương trình \"Chợ Tết Công đoàn năm 2023\" được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố, trong đó có Quảng Ninh.",
     "761_0759299e56e8: \"Đây là chương trình được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố, riêng tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức\". Consistent with 795_dc664600c1cc \"tổ chức thành công 22 Chương trình 'Chợ Tết Công đoàn 2023'\"."),
    ("784_77c303a5ded0", S,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè 2023 ở xã Đại Cường, Huyện đoàn Đại Lộc đã tuyên dương mười hai gương thanh niên tình nguyện tiêu biểu.",
     "784_77c303a5ded0: \"Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua\" (date 2023-06, xã Đại Cường)."),

    # ---------------- differs ----------------
    ("063_f7a849d3bef7", D,
     "Từ khi thành lập đến nay, Liên đoàn Lao động quận Hoàng Mai đã trải qua sáu kỳ đại hội.",
     "063_f7a849d3bef7: \"kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội\". Claimed 6 (spelled 'sáu'). g.sh 'Hoàng Mai.{0,40}(Huân chương|đại hội)' and 'sáu kỳ|6 kỳ đại hội': no other count of Hoàng Mai LĐLĐ congresses (714 '16 kỳ đại hội' is Đoàn Thanh niên Hà Nội)."),
    ("088_0a1be225e5a4", D,
     "Hội nghị kiện toàn Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, nơi quán triệt mức hỗ trợ Tết Tân Sửu 2021, đã bầu bổ sung 7 đồng chí vào BCH khóa XII, trong đó có Chủ tịch LĐLĐ Hà Nội Nguyễn Phi Thường.",
     "088_0a1be225e5a4: \"Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII, nhiệm kỳ 2018-2023\" (list incl. Nguyễn Phi Thường). Claimed 7. g.sh 'bầu bổ sung' and '7 đồng chí': the other Tổng LĐLĐ figure is 1242 '18 ủy viên Ban Chấp hành' at a different conference (lần thứ 10, 12-1-2022) — a trap, not the same occasion."),
    ("1242_e05739eea984", D,
     "Hội nghị BCH Tổng LĐLĐ Việt Nam lần thứ 10 khóa XII, nơi bà Thái Thu Xương được bầu làm Phó Chủ tịch, đã bầu bổ sung 12 ủy viên Ban Chấp hành.",
     "1242_e05739eea984: \"Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra\". Claimed 12. g.sh '12 ủy viên|bầu bổ sung': not stated elsewhere for this conference (088 says 4 for an earlier one)."),
    ("1243_2795c7a9ce80", D,
     "Đồng chí Nguyễn Việt Hoa được bầu giữ chức Chủ tịch Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018-2023 với 92% số phiếu.",
     "1243_2795c7a9ce80: \"Đ/c Nguyễn Việt Hoa ... bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%.\" Claimed 92%. g.sh 'Thới Bình' and '92%': only this page."),
    ("196_6db0361b11d7", D,
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương hiện chăm sóc sức khỏe cho khoảng 2.500 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.",
     "196_6db0361b11d7: \"giao nhiệm vụ chăm sóc sức khỏe cho khoảng 1.800 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý\". Claimed ~2.500. g.sh 'Bảo vệ, chăm sóc sức khỏe|2.500 cán bộ': only this page."),
    ("264_278ce760ca14", D,
     "Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2025 của TP Hà Nội tại huyện Thạch Thất dự kiến có khoảng 3.000 người tham dự.",
     "264_278ce760ca14: \"Lễ phát động ... năm 2025 của thành phố Hà Nội sẽ được tổ chức vào ngày 18/4, tại vườn hoa Phùng Khắc Khoan, thị trấn Liên Quan, huyện Thạch Thất, với sự tham gia của khoảng 1.000 người\". Claimed ~3.000. g.sh 'Tháng Công nhân năm 2025|3.000 người': 314 (KH 61 of Hà Nội), 612, 1024 give no participant count; 1028 '3.000 người' is jobs growth."),
    ("467_1dea57a69bce", D,
     "Ngay tại lễ phát động tháng cao điểm \"Vì người nghèo\" năm 2022, các xã, thị trấn, ban ngành và cơ sở tôn giáo huyện Tân Biên đã đóng góp hơn 1,1 tỷ đồng vào Quỹ của huyện.",
     "467_1dea57a69bce: \"ngay tại buổi lễ phát động, các xã, thị trấn và ban, ngành, đoàn thể huyện, các cơ sở tôn giáo trên địa bàn huyện đóng góp 581 triệu đồng vào Quỹ 'Vì người nghèo' của huyện\". Claimed >1,1 tỷ. g.sh 'Tân Biên|1,1 tỷ': only this page."),
    ("576_79a602ffcfd7", D,
     "Tại lễ kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức (TP HCM) đã trao 15 sổ tiết kiệm, mỗi sổ 5 triệu đồng, cho cán bộ công đoàn khó khăn.",
     "576_79a602ffcfd7: \"LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn\" (also caption 'Tặng 9 số tiết kiệm'). Claimed 15. g.sh 'sổ tiết kiệm|15 sổ|Thủ Đức': 154 '221 sổ tiết kiệm' is another district's campaign."),
    ("584_5a1df402fe8b", D,
     "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh Kiên Giang lần thứ 11, khóa X chiều 6/9/2021 có 31 ủy viên BCH tham dự.",
     "584_5a1df402fe8b: \"... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị\" (hội nghị BCH lần thứ 11, Khóa X, chiều 6/9/2021, Kiên Giang). Claimed 31. g.sh 'Kiên Giang|31 (ủy viên|đồng chí)': only this page."),
    ("589_5739e8816785", D,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ tỉnh Hậu Giang đã thống nhất giới thiệu 20 người ứng cử đại biểu Quốc hội khóa XV.",
     "589_5739e8816785: \"Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu\". Claimed 20. g.sh 'Hậu Giang|20 người ứng cử': only this page counts it."),
    ("666_958a474dc296", D,
     "Trong năm 2021, LĐLĐ tỉnh (bài \"phát triển thêm hơn 8.800 đoàn viên mới\") đã thành lập mới 40 công đoàn cơ sở.",
     "666_958a474dc296: \"thành lập mới 26 công đoàn cơ sở (đạt 120%)\". Claimed 40. g.sh '40 công đoàn cơ sở|40 CĐCS': none. Caveat: province not named on the page."),
    ("749_cd48852c43bc", D,
     "Tối 29 tháng Chạp, Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai đã trao 250 phần quà cho đoàn viên, người lao động trực giao thừa tại các bệnh viện và Công ty Công trình Đô thị Cần Thơ.",
     "749_cd48852c43bc: \"bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa\". Claimed 250. g.sh 'Sương Mai|Cần Thơ|250 phần quà': 768 (Cần Thơ Tết 2026 opening) has no such count."),
    ("762_03509ce53e76", D,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, ban tổ chức đã phát 4.000 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762_03509ce53e76: \"Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động\". Claimed 4.000. g.sh 'phiếu mua hàng|Đại Đồng|4.000 phiếu': other phiếu counts are other events (500: 3.000 phiếu 0 đồng of another LĐLĐ; 262: 5.500 Hà Nội; 795: per-program range 2.000-5.000)."),
    ("827_be7073043765", D,
     "Hội thi Nấu và Trang trí rau câu do Công đoàn phường Minh Phụng (TP HCM) tổ chức chào mừng 20-11 đã thu hút hai mươi bốn công đoàn cơ sở trường học tham gia.",
     "827_be7073043765: \"Hội thi thu hút sự tham gia của 17 Công đoàn cơ sở đến từ các đơn vị trường học trên địa bàn phường Minh Phụng\". Claimed 24. g.sh 'Minh Phụng|rau câu|24 công đoàn': only this page (570 '24 công đoàn phường, xã' is Đà Nẵng)."),
    ("864_86eb6e3264b4", D,
     "Năm 2016, các phong trào thi đua do LĐLĐ tỉnh phát động đã có hơn 9.000 đề tài, sáng kiến được áp dụng, theo hội nghị phối hợp công tác giữa UBND và LĐLĐ tỉnh ngày 16/2.",
     "864_86eb6e3264b4: \"Trong năm 2016 ... LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác\". Claimed >9.000. g.sh 'đề tài, sáng kiến|9.000': 159 '463 đề tài, sáng kiến kinh nghiệm' is Hà Nội universities. Caveat: province not named (Chủ tịch UBND tỉnh Phạm Ngọc Nghị)."),
    ("881_751c16ff3f06", D,
     "Tại kỳ họp thứ 12 HĐND quận Thủ Đức khóa IV, ông Trương Trung Kiên được bầu làm Chủ tịch UBND quận với 29 trên 33 đại biểu tán thành.",
     "881_751c16ff3f06: \"Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên ... giữ chức Chủ tịch UBND quận, nhiệm kỳ 2016-2021.\" Claimed 29/33. g.sh '29/33|29 phiếu|Thủ Đức': only this page."),
    ("969_652bd3e9c355", D,
     "Trong hai ngày 24-25/3/2023, 16 công đoàn cơ sở thành viên trực thuộc Công đoàn Sở Nông nghiệp và Phát triển nông thôn đã tổ chức đại hội khóa II, nhiệm kỳ 2023-2028.",
     "969_652bd3e9c355: \"từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028\". Claimed 16. g.sh 'Nông nghiệp và Phát triển nông thôn|CSTV|16 công đoàn cơ sở': only this page counts CSTV congresses."),

    # ---------------- not_found ----------------
    ("057_78c9b6628d41", N,
     "Dịp Tết 2018, LĐLĐ quận Long Biên đã bố trí 15 chuyến xe nghĩa tình đưa công nhân về quê.",
     "057 counts workers ('gần 500 công nhân'), never the number of buses. g.sh 'chuyến xe': other bus counts are other events — 267 '26 chuyến xe' (Công đoàn KCN Hà Nội, Tết 2026), 828 '39 Chuyến xe Công đoàn' (Bình Dương 2025), 786 teaser '755 chuyến xe' (2017); 243 is a Long Biên sports day. g.sh '15 chuyến': none."),
    ("065_7cac91137e69", N,
     "Nhân Ngày Nhà giáo Việt Nam, LĐLĐ quận Hoàn Kiếm đã trao thưởng cho 35 \"Nhà giáo tâm huyết, sáng tạo\" năm học 2021-2022.",
     "065 names the award but never counts awardees. g.sh 'tâm huyết, sáng tạo|Hoàn Kiếm|35 nhà giáo': 064 '26 giáo viên' is LĐLĐ quận Đống Đa (teaser); 120/024 are the city-level 'Nhà giáo Hà Nội tâm huyết, sáng tạo' (lần thứ 6/9). Hoàn Kiếm's '61 năm' and '40 năm Ngày Nhà giáo' are anniversaries."),
    ("1204_edc4cc477089", N,
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "1204 reports the congress (13/12/2022) but gives no BCH size or delegate count. g.sh 'Lý Tự Trọng': only 1204. Nearby: 585 'ban chấp hành ... 5 đ/c' is CĐCS xã Bình Hòa Phước; 244/662 '7 đồng chí' other unions."),
    ("1243_2795c7a9ce80", N,
     "Ban Chấp hành Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018-2023 có 21 ủy viên.",
     "1243 gives only the vote share (100%) for the new chairman; it never counts BCH members. g.sh 'Thới Bình|Cà Mau|21 ủy viên': nothing."),
    ("171_ed616c7d5ff1", N,
     "Sau 5 năm thực hiện Chương trình 08-Ctr/TU của Thành ủy Hà Nội về đẩy mạnh cải cách hành chính, thành phố đã cắt giảm 35% thủ tục hành chính.",
     "171 lists the three programmes (03, 06, 08-Ctr/TU) without results figures. g.sh 'thủ tục hành chính|08-Ctr|35%': no reduction figure anywhere (061, 211, 609, 903, 992 mention TTHC without such a count)."),
    ("180_1956e0636950", N,
     "Năm 2021, công nhân, viên chức, lao động huyện Chương Mỹ có 215 sáng kiến được công nhận.",
     "180 (Chương Mỹ 2022 emulation launch) counts nothing; '1 triệu sáng kiến' is the national programme name and '2 đợt' is a teaser about Công đoàn ngành Giáo dục. g.sh 'Chương Mỹ|215 sáng kiến': Chương Mỹ figures elsewhere are Mái ấm money (051), storm damage (055), accident aid (282)."),
    ("264_278ce760ca14", N,
     "Tại Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2025 ở Thạch Thất, thành phố Hà Nội sẽ trao 200 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "264 counts only attendees (~1.000). g.sh 'Tháng Công nhân.{0,200}(suất quà|phần quà)' and '200 suất': 1024 '11 suất quà' is LĐLĐ huyện Ba Vì, 498 '106 phần quà' another province's 2024 launch, 542/519 '200 suất quà' other events."),
    ("292_3150d278c2b8", N,
     "Công ty cổ phần Tập đoàn Sovico, được đề nghị tặng Huân chương Lao động hạng Ba, đã ủng hộ 120 tỷ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 states no amount (only Công văn 218, Nghị định 91, 7 ngày làm việc). g.sh 'Sovico|120 tỷ': only 292."),
    ("418_1045c800d090", N,
     "Chủ tịch nước Võ Văn Thưởng đã tặng 300 suất quà cho công nhân thi công đường Vành đai 4 - Vùng Thủ đô tại huyện Thường Tín dịp Xuân Giáp Thìn 2024.",
     "418 says he 'tặng quà' with no count. g.sh 'Vành đai 4|300 suất': 300 suất quà in 509/510/606/748 are other events (Hai Bà Trưng Red Cross, Gia Lai, học bổng Điện Biên)."),
    ("725_89cb9434b16d", N,
     "Kế hoạch 156/KH-TLĐ về Tháng Công nhân năm 2022 của Tổng LĐLĐ Việt Nam đặt mục tiêu trao 100.000 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "725/722/723 describe Kế hoạch 156/KH-TLĐ (theme, '10 hoạt động trọng tâm' in the title) but count no gifts. g.sh 'Tháng Công nhân năm 2022|100.000 suất': Tháng Công nhân 2022 pages (258, 526, 721, 726, 1184) are local and give no such national figure."),
    ("769_0362b5a175b0", N,
     "Trong Tháng cao điểm \"Vì người nghèo\" năm 2018, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đặt chỉ tiêu vận động 20 tỷ đồng cho Quỹ.",
     "769 (the province is implied by huyện Cư M'gar) only says '100% cán bộ, đoàn viên, hội viên' should take part; no money target. g.sh 'Vì người nghèo.{0,60}2018|Đắk Lắk|20 tỷ': 114 '12 tỷ' is a teacher-pay recovery in Đắk Lắk; 451 'hơn 20 tỷ đồng' is COVID support by CĐCS elsewhere."),
]


def curly(text):
    """Turn ASCII double quotes into alternating Vietnamese curly quotes so the
    TSV needs no CSV quoting."""
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
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
