#!/usr/bin/env python3
"""Claim set for blind-testing `ldtd check` (unseen53). Plain Python: csv + unicodedata only.
Writes claims.tsv (NFC, sorted by page_id). Run: python3 build.py"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("079_e6ebd6fda2ad", S,
     "Theo dự thảo báo cáo trình Đại hội Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, Công đoàn Việt Nam đặt mục tiêu mỗi năm phát triển thêm tối thiểu 800 nghìn đoàn viên.",
     "079_e6ebd6fda2ad: 'Công đoàn Việt Nam đặt mục tiêu mỗi năm phát triển thêm ít nhất 800.000 đoàn viên'. (529_ has 'gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà' = membership of a province, another counted thing.)"),
    ("1011_df3f51afbfe1", S,
     "Chiến dịch thanh niên tình nguyện hè 2017 do Trung ương Đoàn tổng kết cho biết các tình nguyện viên đã xây dựng và sửa chữa hơn 1,7 nghìn ngôi nhà.",
     "1011_df3f51afbfe1: 'xây dựng và sửa chữa trên 1.700 ngôi nhà' (Hội nghị tổng kết chiến dịch thanh niên tình nguyện hè 2017)."),
    ("1101_ddfaa6f7ad8a", S,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 do Liên đoàn Lao động tỉnh tổ chức có mười một đội tham gia.",
     "1101_ddfaa6f7ad8a: 'Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở trực thuộc LĐLĐ các huyện...'."),
    ("1147_b5a785ed6f78", S,
     "Tại chương trình chợ Tết Công đoàn năm 2025, LĐLĐ TP. Nha Trang đã tặng 345 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1147_b5a785ed6f78: 'Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn'."),
    ("159_1142eccb3eb0", S,
     "Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 127 giáo viên dạy giỏi các cấp.",
     "159_1142eccb3eb0: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp' (Năm học 2018-2019)."),
    ("160_41a38b2fedbd", S,
     "Chuẩn bị cho buổi đối thoại ngày 28/5 giữa Chủ tịch UBND TP Hà Nội và công nhân, Ban tổ chức đã tiếp nhận hơn 500 ý kiến, kiến nghị của công nhân lao động.",
     "160_41a38b2fedbd: 'Đến nay, Ban tổ chức đã tiếp nhận trên 500 ý kiến gửi gắm, kiến nghị từ các đại biểu công nhân lao động và Công đoàn cơ sở'."),
    ("280_21f64ea8ecb1", S,
     "Tại Chợ Tết Công đoàn – Xuân 2026, Liên đoàn Lao động thành phố Hà Nội đã trao 3 600 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "280_21f64ea8ecb1: 'Liên đoàn Lao động TP. Hà Nội cũng trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; same in 276_3626d595b296 ('trao tặng 3.600 phiếu mua hàng'); 107_ (pre-event) only says 'hàng nghìn phiếu mua hàng'."),
    ("581_94f251acdd8a", S,
     "Ông Chu Ngọc Anh được HĐND thành phố Hà Nội khóa XVI bầu tiếp tục giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với tỷ lệ tán thành 97,87%.",
     "581_94f251acdd8a: 'với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'; same in 352_557f7c6c45b0."),
    ("630_4a010a274cfc", S,
     "Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI có gần 200 đại biểu chính thức tham dự.",
     "630_4a010a274cfc: 'cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự' (196 ~ gần 200)."),
    ("694_7426b72731ba", S,
     "Từ năm 2022 đến nay, chương trình tuyên dương học sinh giỏi và trao học bổng cho con đoàn viên của LĐLĐ tỉnh Long An đã chi tổng cộng hơn 900 triệu đồng.",
     "694_7426b72731ba: 'Từ năm 2022 đến nay, chương trình đã tuyên dương, khen thưởng 303 học sinh giỏi và hỗ trợ học bổng cho 430 trường hợp vượt khó, tổng kinh phí lên tới 914 triệu đồng'."),
    ("812_69df8abf1bca", S,
     "Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 có sự tham dự của 550 đại biểu.",
     "812_69df8abf1bca: 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII ... với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên'. (092_ '550 đại biểu chính thức' is Đại hội Công đoàn TP. Hà Nội XVI, another event, same value.)"),
    ("829_5c8b05de4877", S,
     "Tại Lễ ra quân chiến dịch Hành quân xanh năm 2024, Tỉnh Đoàn Long An trao tặng các công trình và quà có tổng trị giá gần 200 triệu đồng.",
     "829_5c8b05de4877: 'trao tặng 1 Công trình ... 1 công trình ... 1 công trình \"sân chơi thiếu nhi và 150 suất quà ... với tổng trị giá gần 200 triệu đồng'."),
    ("925_ac015b2ada6a", S,
     "Trong chương trình “Tết yêu thương” Xuân Giáp Thìn 2024 tại huyện Thuận Nam, mỗi suất quà của Trung ương Hội LHPN Việt Nam trị giá 1.300.000 đồng.",
     "925_ac015b2ada6a: 'Mỗi suất quà trị giá 1,3 triệu đồng gồm 1 triệu đồng tiền mặt và vật phẩm'."),
    ("987_092194c9d403", S,
     "Tại chương trình “Tết sum vầy” 2020, Liên đoàn Lao động huyện Hướng Hóa đã trao 90 suất quà cho đoàn viên, công nhân, viên chức, lao động khó khăn.",
     "987_092194c9d403: 'LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn'."),

    # ---------------- differs ----------------
    ("1162_f63ea6510168", D,
     "Tại hội nghị biểu dương công nhân giỏi năm 2019, Công đoàn ngành Giao thông vận tải Hà Nội đã khen thưởng 54 công nhân giỏi tiêu biểu.",
     "1162_f63ea6510168: '45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng ngay tại hội nghị này' (năm 2019). 54 is a swap. g.sh '54 (CN|công nhân)' -> nothing; 017_ (năm 2024: '70 Công nhân giỏi tiêu biểu') is another year."),
    ("154_9d6a311843f2", D,
     "Nhân kỷ niệm 95 năm ngày thành lập Công đoàn Việt Nam, các cấp Công đoàn quận Phú Nhuận đã trao hơn 250 sổ tiết kiệm cho đoàn viên có hoàn cảnh khó khăn.",
     "154_9d6a311843f2: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn'. g.sh '250 sổ' and 'sổ tiết kiệm' -> only 154_."),
    ("237_e9e86887473f", D,
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức về dự.",
     "237_e9e86887473f: 'về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận'. g.sh '250 đại biểu' -> only 1210_ (another union's congress: '250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên', not Hai Bà Trưng)."),
    ("254_698c53174ce4", D,
     "Cuối nhiệm kỳ 2013-2018, Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội quản lý 48 CĐCS.",
     "254_698c53174ce4: 'hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước' (nhiệm kỳ 2013-2018). g.sh '48 (CĐ|công đoàn|CĐCS)' -> only 1212_ '48/48 Công đoàn cơ sở trường học' (other body). 023_ ('30/30 Công đoàn' in 2023) is another period."),
    ("318_26cc55c81cb4", D,
     "Trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015, Thành đoàn Hà Nội ra quân mười lăm đội hình chuyên.",
     "318_26cc55c81cb4: 'Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện' (2015). g.sh '15 đội hình' -> nothing; 392_ '9 đội hình chuyên' is 2022."),
    ("336_5d7aa39073a7", D,
     "Hội khỏe Công nhân viên chức, lao động và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 tranh tài ở 6 môn thi.",
     "336_5d7aa39073a7: 'tham gia tranh tài ở 4 môn thi, gồm Bóng đá nam, Bóng bàn, Cầu lông và Kéo co nam nữ'. g.sh '6 môn|sáu môn' -> nothing."),
    ("457_01a1febb948b", D,
     "Căn nhà “Mái ấm Công đoàn” mà LĐLĐ tỉnh Tiền Giang bàn giao cho chị Ngô Thị Pha được xây dựng với kinh phí 90 triệu đồng.",
     "457_01a1febb948b: 'Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng; ... hỗ trợ 40 triệu đồng'. g.sh '90 triệu' -> only 885_ '990 triệu đồng' (thưởng Tết)."),
    ("465_d28f5749c617", D,
     "Liên đoàn Lao động huyện Phú Lương đã tặng 68 suất quà cho cán bộ viên chức, người lao động gặp khó khăn dịp Tết.",
     "465_d28f5749c617: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn'. g.sh '68 (suất|xuất)' -> only 699_ '168 suất quà' (another huyện, Kon Tum)."),
    ("474_7fd340fb34bb", D,
     "Dịp Tết Tân Sửu 2021, Công đoàn Ngành Giáo dục tỉnh Hậu Giang đã trao 41 suất hỗ trợ, mỗi suất 500.000 đồng, cho nhà giáo, người lao động khó khăn.",
     "474_7fd340fb34bb: 'Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng'. g.sh '41 suất' -> nothing."),
    ("510_791395671be2", D,
     "Tại chương trình Tết Nhân ái ở xã Chân Mây - Lăng Cô, ban tổ chức đã trao 350 suất quà cho hộ nghèo, cận nghèo và người có hoàn cảnh khó khăn.",
     "510_791395671be2: 'ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng'. g.sh '350 suất' -> nothing; 'Chân Mây' only in 510_."),
    ("523_1cd6d816c1b9", D,
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định 12 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.",
     "523_1cd6d816c1b9: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX'. g.sh '12 cán bộ' -> nothing."),
    ("663_7f8b34f12daf", D,
     "Tại hội nghị tổng kết công tác Công đoàn năm 2020, Liên đoàn Lao động huyện Chợ Mới đã tặng giấy khen cho 12 cá nhân.",
     "663_7f8b34f12daf: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; 3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen'. g.sh '12 cá nhân' -> only 933_ (another quận). 'Chợ Mới' only in 663_."),
    ("687_78fa76c436ef", D,
     "Theo kế hoạch của Tổng Liên đoàn Lao động Việt Nam, Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến dự kiến hỗ trợ 250 nghìn người lao động.",
     "687_78fa76c436ef: 'Theo dự kiến, có 200.000 người lao động được hỗ trợ từ chương trình ý nghĩa này, với mức hỗ trợ là 500.000 đồng/người'; same 200.000 in 601_ and 700_. g.sh '250\\.000|250 nghìn' -> only 762_ (phiếu 250 nghìn, another thing) and 793_ money."),
    ("714_18fc7812c675", D,
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có 530 đại biểu tham dự.",
     "714_18fc7812c675: 'diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu'. g.sh '530 đại biểu' -> nothing."),
    ("927_dd7e9c379454", D,
     "Đợt 7-11 năm 2025, Đảng bộ phường Phú Thọ có 14 đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: 'Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng'. g.sh '14 (đồng chí|đảng viên)' -> nothing; other Huy hiệu pages (802_, 803_, 804_) are other quận."),
    ("943_88cf9e3df0cd", D,
     "Trong chiến dịch Hoa phượng đỏ 2024, Huyện đoàn Ninh Giang đã thành lập tám đội hình tình nguyện.",
     "943_88cf9e3df0cd: 'toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ'. g.sh '8 đội hình|tám đội hình' -> only 998_ '18 đội hình' (Đảo Thanh niên, another thing)."),

    # ---------------- not_found ----------------
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức tham dự.",
     "031_ names no delegate count for the XII congress. g.sh 'Công Thương Hà Nội' -> 132_c1ba456901a1 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức' = another edition (XI), so not the same occasion."),
    ("1081_35c690f5dbdd", N,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 thu hút 95 thí sinh tham gia.",
     "1081_ counts teams ('Có 19 đội tham gia hội thi') and minutes ('Mỗi đội có 5 phút'), never thí sinh. g.sh 'Khánh Ho|Khánh Hò' -> 743_ (Đại hội Công đoàn tỉnh 2018), corpus seeds (du lịch); g.sh 'An toàn vệ sinh viên giỏi' -> Hà Nội 2020 (141_, 1067_), TT Huế 2018 (1101_): none counts Khánh Hòa 2024 contestants."),
    ("1141_9d4943b7be3d", N,
     "HĐND thành phố Kon Tum khóa XII, nhiệm kỳ 2021-2026 có 35 đại biểu.",
     "1141_ counts voter turnout '99,5%', '15 ủy viên UBND', 'Hội thẩm ... gồm 32 người', not the number of HĐND delegates. g.sh 'Kon Tum' -> only 1141_, 699_ (quà), 727_ (dân tộc)."),
    ("120_1b49cf3485c1", N,
     "Năm 2022, có 35 nhà giáo được trao Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6.",
     "120_ body names the award (lần thứ 6, năm 2022) but no count of winners. The only number nearby is a related-article teaser '40 nhà giáo dự chung khảo xét duyệt Giải thưởng' (finalists, not winners, and a teaser). g.sh 'tâm huyết, sáng tạo.{0,60}(lần thứ 6|2022)|lần thứ 6.{0,40}tâm huyết|40 nhà giáo' -> only 120_; 065_ is a quận Hoàn Kiếm award 2021-2022, another award."),
    ("160_41a38b2fedbd", N,
     "Buổi gặp gỡ, đối thoại ngày 28/5 tại Khu Công nghệ cao Hòa Lạc giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh với công nhân có 500 công nhân lao động tham dự.",
     "160_ counts 'trên 500 ý kiến' (opinions received), not attendees. g.sh 'Trần Sỹ Thanh.{0,80}đối thoại|đối thoại.{0,80}Trần Sỹ Thanh|500 ý kiến' -> 160_ and 082_ (23/5/2024 dialogue, another year, no attendee count)."),
    ("243_c554aeec7ee3", N,
     "Ngày hội “Văn hóa - Thể thao” năm 2019 của Công đoàn quận Long Biên có 24 đội tham dự.",
     "243_ body counts no teams (headline says '1.400 đoàn viên'; '90 năm', '73 năm' are anniversaries). g.sh 'Văn hóa - Thể thao|Văn hóa – Thể thao' -> 243_, 337_ (another huyện), 384_, 492_, 971_: no team count for this event."),
    ("629_49c2ddcfe599", N,
     "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của huyện Điện Biên Đông có tổng vốn 1.500 tỷ đồng.",
     "629_ names the plan but gives no amount; its only figure is '29/29 đại biểu có mặt đồng ý' (vote). g.sh 'Điện Biên Đông' -> only 629_."),
    ("631_0b16f9904253", N,
     "Hội nghị lần thứ 13 Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI có 40 ủy viên Ban Chấp hành tham dự.",
     "631_ says 'toàn thể các đồng chí Ủy viên Ban Chấp hành' without a number ('lần thứ 13' is the meeting ordinal). g.sh 'Nghệ An' -> 523_ (LĐLĐ: 14 cán bộ chỉ định vào BCH LĐLĐ, another organisation), 172_, 524_, 670_: none counts Hội LHPN BCH."),
    ("654_33346c495ae8", N,
     "Năm 2021, Liên đoàn Lao động quận Long Biên biểu dương 58 gia đình CNVCLĐ tiêu biểu.",
     "654_ gives no count of families ('20 năm', '91 năm' are anniversaries; '28/KH-LĐLĐ' a plan number). g.sh 'Gia đình CNVCLĐ|gia đình CNVCLĐ' -> 064_ 'LĐLĐ quận Đống Đa: Biểu dương 58 gia đình CNVCLĐ tiêu biểu năm 2025' (another quận, another year), 063_ Hoàng Mai 73, 733_ (2018)."),
    ("684_c93b3b0c5141", N,
     "Tháng Nhân đạo năm 2025 cấp quốc gia đặt mục tiêu hỗ trợ 4.500 người có hoàn cảnh khó khăn.",
     "684_ (national launch, TP HCM) gives only anniversaries (135 năm, 50 năm, 1946). g.sh 'Tháng Nhân đạo.{0,80}2025' -> 683_ 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người' = Hội Chữ thập đỏ tỉnh Vĩnh Phúc (another place/organisation); 607_ Quảng Ninh (34 tỷ, 51.145 lượt over 4 years)."),
    ("901_623fc945bf8f", N,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024 của Công đoàn Điện lực Việt Nam có 300 đại biểu tham dự.",
     "901_ counts only a target ('100% công đoàn cơ sở ... tổ chức ít nhất 1 hoạt động'). g.sh 'Điện lực Việt Nam' -> 1046_ (2021: 2.300 lượt dự thi), 1047_ (2019 cuộc thi viết), 822_, 269_: no attendance count for the 2024 launch."),
]



def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for pid, verdict, claim, why in rows:
            for field in (claim, why):
                assert "\t" not in field and "\n" not in field
            w.writerow([nfc(pid), verdict, nfc(claim), nfc(why)])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
