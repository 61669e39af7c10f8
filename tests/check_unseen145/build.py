#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("046_6c553dd46b50", S,
     "Giải bóng đá mini CNVCLĐ và LLVT tranh Cúp Báo Lao động Thủ đô lần thứ I năm 2015 có mười tám đội bóng tham gia tranh tài.",
     "046: \"giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài\" (also \"cùng 18 đội bóng\"). Spelled-out 18."),
    ("051_fbcaca51a290", S,
     "Trong khoản kinh phí hỗ trợ chị Nguyễn Thị Đức (xã Tân Tiến, Chương Mỹ) xây nhà Mái ấm công đoàn, LĐLĐ TP Hà Nội hỗ trợ 30 triệu đồng.",
     "051: \"Trong đó, Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng.\""),
    ("1048_5670fd29d818", S,
     "Sau khi thành lập, Liên đoàn Lao động Thành phố Thủ Đức sẽ trực tiếp quản lý gần 1.800 công đoàn cơ sở.",
     "1048: \"LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ\". 1.789 ~ gần 1.800."),
    ("1105_fd04a28fb480", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX có 360 đại biểu tham dự, đại diện cho gần một triệu đoàn viên, thanh niên.",
     "1105: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX được tổ chức với sự tham dự của 360 đại biểu, đại diện cho gần 1 triệu đoàn viên\". Figure under test: 360 đại biểu."),
    ("1154_9689d812bb52", S,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do Hội Chữ thập đỏ TP Tân Uyên tổ chức đã thu nhận 350 đơn vị máu.",
     "1154: \"Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu.\" (ngày hội hiến máu tình nguyện đợt 4-2024)"),
    ("156_c3fa0faf2e36", S,
     "Theo báo cáo của Bộ LĐ-TB&XH, sáu tháng đầu năm 2023 cả nước có 353 người chết vì tai nạn lao động.",
     "156: \"Trong đó số vụ tai nạn lao động chết người là 345 vụ; số người chết vì tai nạn lao động 353 người.\" (6 tháng đầu năm 2023)"),
    ("288_b4f0b53ee431", S,
     "Các đại biểu dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 đại diện cho hơn 580 nghìn đoàn viên Công đoàn Thủ đô.",
     "288: \"sự tham gia của 548 đại biểu đại diện cho ý chí, nguyện vọng và niềm tin của trên 580.000 đoàn viên Công đoàn Thủ đô\". Figure under test: 580.000 đoàn viên."),
    ("606_cccf22e04aa6", S,
     "Tháng Nhân đạo năm 2024, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 780 tỷ đồng tiền ủng hộ trên cả nước.",
     "606: \"trong Tháng Nhân đạo 2024, cả nước đã huy động số tiền ủng hộ trên 786 tỷ đồng\" (repeated: \"Tháng Nhân đạo 2024 đã huy động được số tiền ủng hộ trên 786 tỷ đồng\"). 786 is 'hơn 780'."),
    ("694_7426b72731ba", S,
     "LĐLĐ tỉnh Long An vừa trao 151 suất học bổng \"vượt khó, học giỏi\" cho con em đoàn viên công đoàn.",
     "694: \"tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn\"."),
    ("699_c94abe293db6", S,
     "Tại chương trình \"Tết sum vầy – Xuân ơn Đảng\" Xuân Ất Tỵ 2025, Liên đoàn Lao động huyện Kon Plông đã trao 168 suất quà cho đoàn viên khó khăn.",
     "699: \"Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn. Trong đó, trao tặng 7 suất quà của Đoàn đại biểu Quốc hội tỉnh Kon Tum và 161 suất quà của Liên đoàn lao động tỉnh.\""),
    ("741_ca77ab8c28c7", S,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 có 345 đại biểu tham dự.",
     "741: \"Đại hội Công đoàn thành phố diễn ra trong 2 ngày từ ngày 15 đến 16-10, với sự tham gia của 345 đại biểu đại diện cho hơn 130.000 đoàn viên\". (Caution: 742 is a different congress, Đà Nẵng lần thứ I 2025-2030, 300 đại biểu / 216.000 đoàn viên.)"),
    ("921_752a72eb5126", S,
     "Tại chương trình \"Đêm hội trăng rằm\" ở xã Phước Đông (Gò Dầu), Công đoàn Khu Kinh tế tỉnh Tây Ninh tặng quà cho một trăm mười thiếu nhi là con công nhân khó khăn.",
     "921: \"Công đoàn Khu Kinh tế tỉnh tổ chức chương trình “Đêm hội trăng rằm” tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn\"; \"trao 110 phần quà\". Tây Ninh: BTNO byline, Gò Dầu; 1146 names Kim Liên as \"Chủ tịch Công đoàn Khu Kinh tế tỉnh Tây Ninh\"."),
    ("987_092194c9d403", S,
     "LĐLĐ huyện Hướng Hóa đã trao 90 suất quà trong chương trình \"Tết sum vầy\" 2020 cho đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn.",
     "987: \"Tại chương trình, LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn.\""),

    # ---------------- differs ----------------
    ("051_fbcaca51a290", D,
     "Phó Chủ tịch LĐLĐ huyện Chương Mỹ Phùng Xuân Kim đã trực tiếp trao tổng cộng 45 triệu đồng hỗ trợ chị Nguyễn Thị Đức xây nhà Mái ấm công đoàn.",
     "051: \"đồng chí Phùng Xuân Kim ... đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức\" (30 + 5 triệu). Claim 45 ≠ 35. grep '45 triệu': only 163 (thu nhập DN nhà nước) and 1004 (quà ngành giáo dục Tiền Giang) — other things."),
    ("1048_5670fd29d818", D,
     "Theo đề án, Ban chấp hành LĐLĐ Thành phố Thủ Đức sẽ có 35 người, trong đó dự kiến 17 ủy viên ban thường vụ.",
     "1048: \"Ban chấp hành của LĐLĐ Thành phố Thủ Đức sẽ có 53 người (dự kiến 17 Ủy viên ban thường vụ)\". Claim 35 ≠ 53 (digits swapped). grep '\\b35 (người|ủy viên|đồng chí)': 115 (BCH LĐLĐ Bình Định), 348 (Đảng bộ Sóc Sơn), 1089 (Hội Nông dân Tiền Giang) — none about Thủ Đức."),
    ("1085_fdedd93bed02", D,
     "Ban Chấp hành Hội LHPN tỉnh Hà Tĩnh khóa XVI đã bầu Ban Thường vụ gồm 13 ủy viên.",
     "1085: \"Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 đã tiến hành họp phiên thứ nhất bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu.\" Claim 13 ≠ 11. grep 'Hà Tĩnh.{0,100}(Phụ nữ|LHPN)': only 1085."),
    ("1154_9689d812bb52", D,
     "Ngày hội hiến máu tình nguyện đợt 4-2024 tại TP Tân Uyên thu hút khoảng năm trăm tình nguyện viên tham gia.",
     "1154: \"Tham gia ngày hội có khoảng 400 tình nguyện là đoàn viên thanh niên, học sinh, cán bộ...\". Claim khoảng 500 ≠ khoảng 400. grep 'Tân Uyên': only 1154 and 996 (hè 2024, unrelated); grep '500 tình nguyện': none."),
    ("1190_b264d705f1e4", D,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút hơn 200 lượt vận động viên tham gia.",
     "1190: \"Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước\"; caption \"Hội thao có hơn 120 VĐV tham gia\". Claim hơn 200 ≠ hơn 120. grep '200 (lượt )?(VĐV|vận động viên)': none."),
    ("156_c3fa0faf2e36", D,
     "Sáu tháng đầu năm 2023, toàn quốc xảy ra 435 vụ tai nạn lao động chết người.",
     "156: \"Trong đó số vụ tai nạn lao động chết người là 345 vụ; số người chết vì tai nạn lao động 353 người.\" Claim 435 ≠ 345. grep '\\b435\\b': only 714 (435 đại biểu Đại hội Đoàn Hà Nội) — another thing; grep 'tai nạn lao động chết người': only 156."),
    ("288_b4f0b53ee431", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 khai mạc với sự tham gia của 485 đại biểu.",
     "288: \"548 đại biểu dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII\"; \"với sự tham gia của 548 đại biểu\". Claim 485 ≠ 548. grep '\\b485\\b': none."),
    ("529_5aa251341404", D,
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 có 450 đại biểu chính thức về dự.",
     "529: \"nhiệt liệt chào mừng 400 đại biểu chính thức ... đại diện cho ... gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà về dự đại hội\". Claim 450 ≠ 400. grep '450 đại biểu': none; grep 'Đồng Nai.{0,200}(đại biểu|đoàn viên)': only 646 (Chuyến xe Tết 2026), other thing."),
    ("581_94f251acdd8a", D,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 95,74% đại biểu có mặt tán thành.",
     "581: \"với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)\"; 352 says the same: \"với số phiếu 92/94 (chiếm 97,87%)\". Claim 95,74% ≠ 97,87% (95,74% would be 90/94). grep '95,74': none."),
    ("606_cccf22e04aa6", D,
     "Sau 2 tháng phát động, chiến dịch \"Triệu bước chân nhân ái\" trong Tháng Nhân đạo 2024 đã huy động được 26,1 tỷ đồng.",
     "606: \"Sau 2 tháng phát động, Ban tổ chức đã huy động được 16,2 tỷ đồng, hơn 95.000 người tham gia, đạt trên 2 triệu km\". Claim 26,1 ≠ 16,2. grep '26,1 tỷ': none; 'Triệu bước chân': only 606."),
    ("694_7426b72731ba", D,
     "Tại lễ tuyên dương vừa qua, Liên đoàn Lao động tỉnh Long An đã khen thưởng 130 học sinh giỏi là con đoàn viên công đoàn.",
     "694: \"tổ chức lễ tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng\" (cumulative since 2022: 303 học sinh giỏi). Claim 130 ≠ 103 (and ≠ 303). grep '130 học sinh': none."),
    ("699_c94abe293db6", D,
     "Trong số quà Tết trao tại chương trình của LĐLĐ huyện Kon Plông năm 2025, có 116 suất là quà của Liên đoàn Lao động tỉnh Kon Tum.",
     "699: \"trao tặng 7 suất quà của Đoàn đại biểu Quốc hội tỉnh Kon Tum và 161 suất quà của Liên đoàn lao động tỉnh\". Claim 116 ≠ 161. grep '\\b116 (suất|phần)': none; 'Kon Plông|Kon Tum': only 699 for this program."),
    ("741_ca77ab8c28c7", D,
     "Các đại biểu dự Đại hội Công đoàn TP Đà Nẵng khóa XVII (2023-2028) đại diện cho hơn 150 nghìn đoàn viên, CNVCLĐ thành phố.",
     "741: \"345 đại biểu đại diện cho hơn 130.000 đoàn viên, công nhân, viên chức, lao động thành phố\". Claim hơn 150 nghìn ≠ hơn 130.000. grep '150\\.000 đoàn viên|150 nghìn đoàn viên': none. (742, Đà Nẵng lần thứ I 2025: 216.000 — another congress.)"),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 200 phần quà Tết Bính Ngọ 2026 của Tổng Liên đoàn cho đoàn viên, người lao động khó khăn ở Gia Lai.",
     "745: \"Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ\" (phường Thống Nhất, Gia Lai, 7-2-2026). Claim 200 ≠ 100. grep '200 phần quà': 602 (Long Hậu, Long An 2024), 907, 983 — other events."),
    ("921_752a72eb5126", D,
     "Tết Trung thu năm 2021, Công đoàn Khu Kinh tế tỉnh Tây Ninh trao tặng khoảng 1.500 phần quà cho thiếu nhi trên địa bàn toàn tỉnh.",
     "921: \"Tết trung thu năm nay, Công đoàn Khu Kinh tế trao tặng hơn 1.100 phần quà cho các em thiếu nhi trên địa bàn toàn tỉnh, trị giá hơn 130 triệu đồng.\" Claim khoảng 1.500 ≠ hơn 1.100. grep '1\\.500 phần quà': none."),
    ("987_092194c9d403", D,
     "90 suất quà LĐLĐ huyện Hướng Hóa trao tại chương trình \"Tết sum vầy\" 2020 có tổng trị giá hơn 36 triệu đồng.",
     "987: \"LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng\". Claim hơn 36 ≠ hơn 63 (digits swapped). grep '36 triệu': none."),

    # ---------------- not_found ----------------
    ("005_dbc959940fb5", N,
     "Tại lễ phát động thi đua năm 2025, LĐLĐ quận Long Biên có 95 công đoàn cơ sở đăng ký giao ước thi đua.",
     "005 states no count (only anniversaries: 95 năm thành lập Đảng, 80 năm, 50 năm, 135 năm). grep 'Long Biên.{0,200}[0-9]+ (công đoàn cơ sở|CĐCS|đoàn viên|tập thể|cá nhân)': 059 \"gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở\" (áo dài drive, another occasion), 243 (1.400 đoàn viên at a sports day), seed 000 (127 đoàn viên Marie Curie) — none counts CĐCS registering for the 2025 emulation drive. Trap: 95 + Long Biên + CĐCS co-occur in 059."),
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức tham dự.",
     "031 gives no delegate count for the XII congress. grep 'Công Thương Hà Nội' / 'Công thương.{0,40}XII': 132 says \"Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức\" — that is the previous edition (XI), not XII. Nothing counts XII delegates."),
    ("1013_dd19fb48ab24", N,
     "Chiến dịch Xuân tình nguyện năm 2025 của TP.HCM có gần 70.000 đoàn viên, thanh niên đăng ký tham gia.",
     "1013 counts \"gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký\" for Xuân tình nguyện 2026; 830 is the 2024 edition (dự kiến 35.000 chiến sĩ); 495 is 2026 (hơn 4.000 at lễ ra quân). grep 'Xuân tình nguyện 2025|Xuân tình nguyện lần thứ 17': none. The 2025 edition is not counted anywhere."),
    ("1105_fd04a28fb480", N,
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX đã bầu Ban Thường vụ Tỉnh đoàn nhiệm kỳ 2025-2030 gồm 12 đồng chí.",
     "1105 states BCH 2025–2030 \"gồm 49 đồng chí\" but no Ban Thường vụ count. grep 'Thanh Hóa.{0,150}(Ban Thường vụ|Ban thường vụ)': only 1086 \"Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022 - 2027 đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí\" — previous term (XIX). Trap: 12 for another edition."),
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 có 150 đại biểu tham dự.",
     "308 gives no delegate count (the only figure, \"124 Công đoàn cơ sở\", is in a related-article teaser and counts CĐCS, not delegates). grep 'Việt Hưng': 125 (Công ty CP Xây dựng Việt Hưng), 166 (a person) — nothing counts delegates of this congress; grep 'Việt Hưng.{0,100}(đại biểu|đoàn viên)': none."),
    ("518_bf1002899b2f", N,
     "Trong chương trình \"Đông ấm - Xuân tình nguyện - Tết sẻ chia\" 2026, Đoàn Thanh niên ba phường Hà Nội đã trao 4 công trình cho người dân xã Thung Nai.",
     "518 counts \"50 suất quà tết\" (mỗi suất 2 triệu đồng) but never counts công trình (only captions \"Các công trình được trao cho người dân tại xã Thung Nai\"). grep 'Thung Nai': only 518."),
    ("642_ac0065628b07", N,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2023, TP Hội An trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "642 is the 2022 edition (\"Ngày 30.5, TP.Hội An phát động Tháng hành động vì trẻ em ... năm 2022\"; \"trao tặng 50 suất quà\"). grep 'Hội An.{0,200}trẻ em': only 642; 207 is Hội An 2023 Tháng công nhân (gifts to workers), not children. The 2023 children's-month gifts are not counted."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 có 550 đại biểu tham dự.",
     "845 (and 366) report the XVII congress but give no delegate count. grep 'Đảng bộ (thành phố|TP) Hà Nội.{0,200}đại biểu': 812 \"Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... sự có mặt của 550 đại biểu\" (next edition); 103 is XVI (BCH 74). Trap: 550 belongs to XVIII."),
    ("867_79224beef844", N,
     "Mỗi căn nhà mái ấm công đoàn LĐLĐ tỉnh Vĩnh Long bàn giao dịp kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt được hỗ trợ 50 triệu đồng.",
     "867 counts houses (\"3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa\") but no money. grep 'Vĩnh Long': 867, 1152 (phụ nữ), 1192 (hội thao ngân hàng) — no support amount per house."),
    ("886_ba844443b672", N,
     "Mức thưởng Tết Bính Ngọ 2026 bình quân tại các doanh nghiệp ở Tây Ninh là 7 triệu đồng/người.",
     "886 gives only the highest (600 triệu, FDI, Tây Ninh; Khánh Hòa 350 triệu) and lowest (0,1 triệu) bonuses, no average. grep 'Tây Ninh.{0,150}(bình quân|thưởng)': only 1146 (giảm giá 20-50%). 163 has Hà Nội's Bính Ngọ average (3,92 triệu) — another province; 231 is Hà Nội 2017."),
    ("962_3c496118118a", N,
     "Công đoàn cơ sở phường Thanh Hà có 25 đoàn viên khi tổ chức đại hội nhiệm kỳ 2023-2028.",
     "962 counts only the BCH (\"Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên\") and uses 100% (đoàn viên hoàn thành nhiệm vụ); no member count. grep 'Thanh Hà': 962 and 687 (a person's name) only."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x).replace("\t", " ").replace("\n", " ")
                     for x in (page_id, verdict, claim, why)])
    assert not any(x.startswith('"') for r in rows for x in r)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    main()
