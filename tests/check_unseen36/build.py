#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen36."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("007_f60bcd89f25b", S,
     "Hơn một nghìn công nhân lao động các khu công nghiệp và chế xuất Hà Nội đã dự lễ phát động Tháng Công nhân năm 2021 tại xã Kim Chung, huyện Đông Anh.",
     "007: 'Tham dự chương trình có hơn 1.000 công nhân lao động đến từ các doanh nghiệp thuộc Khu Công nghiệp và chế xuất Hà Nội' (lễ 24/4/2021, Kim Chung, Đông Anh)."),
    ("1024_dd34d84c01cf", S,
     "Nhân Tháng Công nhân 2025, LĐLĐ huyện Ba Vì đã trao mười một suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024: 'Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn' (Tháng Công nhân năm 2025)."),
    ("1185_e4ec05aab551", S,
     "Công đoàn Điện lực Việt Nam sẽ tuyên dương 117 người lao động tiêu biểu của ngành Điện năm 2025 tại trụ sở EVN.",
     "1185 body: 'Sẽ biểu dương 117 “Người lao động ngành Điện tiêu biểu” năm 2025' (headline) + 'Công đoàn Điện lực Việt Nam sẽ tổ chức Lễ biểu dương “Người lao động ngành Điện tiêu biểu” vào ngày 23 - 24/5/2025 tại trụ sở Tập đoàn Điện lực Việt Nam'. Note: 117 is only in the article's own headline line; body names the ceremony without repeating the number."),
    ("1213_9f9593bce75e", S,
     "Chương trình học bổng hỗ trợ con công nhân lao động khó khăn do Liên đoàn Lao động TPHCM đồng hành đến nay đã trao hơn 4 nghìn suất học bổng.",
     "1213: 'Chương trình học bổng được triển khai gần 30 năm qua, hỗ trợ học sinh là con công nhân lao động ... Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học.'"),
    ("1264_b265cd9ba4c3", S,
     "Liên đoàn Lao động TP.HCM đã trao ba trăm phần quà cho các gia đình CNVC-LĐ khó khăn không có điều kiện về quê đón Tết.",
     "1264: 'LĐLĐ Thành phố Hồ Chí Minh trao 300 phần quà (mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng ...) cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết'. (626 also has 300 phần quà in TP.HCM, Tân Phú - consistent value.)"),
    ("134_7cae99c80edc", S,
     "Trong 9 tháng đầu năm, tỷ lệ ký kết thỏa ước lao động tập thể tại Công đoàn các KCN và Chế xuất Hà Nội đạt 58,8%.",
     "134: 'Công đoàn các Khu công nghiệp và Chế xuất Hà Nội đã tập trung chỉ đạo ... thương lượng, ký kết và giám sát thực hiện Thỏa ước lao động tập thể, đến nay đạt 58,8%' (context: 'kết quả hoạt động Công đoàn 9 tháng đầu năm'). Year not stated in body (caption mentions 2019), so the claim gives none."),
    ("144_bc4e63c5ba65", S,
     "LĐLĐ TP Hà Nội đã trao 23 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh'."),
    ("293_6795f91644c4", S,
     "Quỹ xã hội từ thiện Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 15 triệu đồng để mua quà tặng công nhân lao động trong chương trình chào mừng Đại hội XII của Đảng.",
     "293: 'Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ' (chương trình chào mừng Đại hội lần thứ XII của Đảng)."),
    ("303_3afb6ef3386b", S,
     "Theo Chủ tịch LĐLĐ huyện Gia Lâm Nguyễn Đức Thể, hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng.",
     "303: 'Chủ tịch LĐLĐ huyện Gia Lâm Nguyễn Đức Thể ... cho biết: ... hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng'."),
    ("646_0880c908b49f", S,
     "Cho chương trình Chuyến xe Tết đoàn viên - Xuân 2026, Liên đoàn Lao động tỉnh Đồng Nai đã phân bổ 2 200 vé xe miễn phí cho đoàn viên, người lao động ở các khu công nghiệp.",
     "646: 'Hiện Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp' (Chuyến xe Tết đoàn viên - Xuân 2026, Đồng Nai)."),
    ("717_98d937fa1780", S,
     "Hội nghị học tập các chuyên đề của LĐLĐ thành phố Hải Phòng được tổ chức trực tuyến tại sáu điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel ...' (LĐLĐ thành phố Hải Phòng, Chủ tịch Tống Văn Băng)."),
    ("745_266354cbce97", S,
     "Tại Gia Lai, Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao một trăm phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn.",
     "745: 'Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' (7-2, phường Thống Nhất, Gia Lai, Tết Bính Ngọ 2026). 681 (Hội Chữ thập đỏ Gia Lai, 100 suất) is another organisation."),
    ("969_652bd3e9c355", S,
     "Trong hai ngày 24-25/3, 10 công đoàn cơ sở thành viên thuộc Công đoàn Sở Nông nghiệp và PTNT đã tổ chức đại hội nhiệm kỳ 2023-2028.",
     "969: 'từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028'."),

    # ---------------- differs ----------------
    ("041_bf2f2fd819b8", D,
     "Năm 2022, LĐLĐ thành phố Hà Nội đã tuyên dương 120 Công nhân giỏi Thủ đô nhân Tháng Công nhân.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (năm 2022); 076 also '100 “Công nhân giỏi Thủ đô” năm 2022'. grep '120 .?Công nhân giỏi|một trăm hai mươi' -> nothing."),
    ("088_0a1be225e5a4", D,
     "Hội nghị đã bầu bổ sung 6 đồng chí vào Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII, nhiệm kỳ 2018-2023.",
     "088: 'Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII, nhiệm kỳ 2018-2023' (4 names listed). grep '(6|sáu) (đồng chí|ủy viên)' -> only other bodies (36, 166 BCH members etc.)."),
    ("1024_dd34d84c01cf", D,
     "Dịp Tháng Công nhân 2025, Liên đoàn Lao động huyện Ba Vì đã tặng quà cho 35 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024-2025.",
     "1024: '... và 25 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024 - 2025'. grep '35 (em )?học sinh|ba mươi lăm' -> nothing."),
    ("1026_4587425a9c28", D,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2018 tại TP Hồ Chí Minh có khoảng 800 đại biểu tham dự.",
     "1026: '... và trên 600 đại biểu đại diện cho các đơn vị, tổ chức và doanh nghiệp' (Lễ Phát động Tháng hành động ATVSLĐ 2018, 06/05/2018, TP.HCM). grep '800 đại biểu|tám trăm' -> nothing."),
    ("1213_9f9593bce75e", D,
     "Chương trình học bổng cho con công nhân lao động khó khăn tại TPHCM đã được triển khai hơn 40 năm qua.",
     "1213: 'Chương trình học bổng được triển khai gần 30 năm qua'. grep '40 năm' near học bổng -> nothing (only Huy hiệu 40 năm tuổi Đảng elsewhere)."),
    ("1228_50a78b7fda9b", D,
     "Chương trình hiến máu nhân đạo của Công đoàn Công ty TNHH Sakurai Việt Nam ở Thanh Hóa thu hút 250 tình nguyện viên là cán bộ, công nhân lao động.",
     "1228: 'Chương trình hiến máu thu hút sự tham gia của 400 tình nguyện viên là cán bộ, CNLĐ Công ty TNHH Sakurai Việt Nam' (title: '400 công nhân lao động ... hiến máu'). grep '250 (tình nguyện|công nhân|CNLĐ|người)' -> nothing."),
    ("1264_b265cd9ba4c3", D,
     "Mỗi phần quà LĐLĐ TP.HCM trao cho các gia đình CNVC-LĐ khó khăn không về quê đón Tết trị giá 2 triệu đồng.",
     "1264: '300 phần quà (mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng cùng báo Xuân Người Lao động)'. grep '2 triệu đồng' -> only other events (518 Phú Thọ youth gifts, 686 nghiệp đoàn, 643 incomes); 626 (Tân Phú, 1,3 triệu) is another occasion and also not 2 triệu."),
    ("144_bc4e63c5ba65", D,
     "Công đoàn ngành Y tế Hà Nội đã trao 10 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, người tử vong trong vụ cháy chung cư mini.",
     "144: 'Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng cho thân nhân đoàn viên' (Trần Thị Thịnh). grep '10 triệu đồng' -> only unrelated (124, 207, 294, 509); 328 (other victims) has no amount."),
    ("042_f42eb6196e49", D,
     "Lễ tuyên dương Công nhân giỏi Thủ đô năm 2019 là hoạt động thường niên mà LĐLĐ thành phố Hà Nội đã duy trì suốt 20 năm qua.",
     "042 (2019 article): 'Đây là hoạt động thường niên trong suốt 13 năm qua của LĐLĐ thành phố Hà Nội nhằm tôn vinh ... công nhân lao động'. grep '(Công nhân giỏi|thường niên).{0,120}[0-9]+ năm' -> only 042 (13 năm) and 186 ('chặng đường 15 năm', the 2023 edition); nobody says 20 năm."),
    ("367_4bc61b64462e", D,
     "Ông Vương Đình Huệ được bầu giữ chức Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020-2025 với tỷ lệ phiếu 97%.",
     "367: 'được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%'; 365 'với số phiếu tuyệt đối'. grep '97 ?%' -> only 606 (Tháng Nhân đạo 2024)."),
    ("683_975a3a7365e4", D,
     "Tháng Nhân đạo năm 2025 của Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động, hỗ trợ ít nhất 6.000 người có hoàn cảnh khó khăn.",
     "683: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn' (Hội Chữ thập đỏ tỉnh Vĩnh Phúc). grep '6\\.000 người|6000 người' -> only 500 (Phú Thọ LĐLĐ Tết gifts)."),
    ("717_98d937fa1780", D,
     "Tại hội nghị học tập trực tuyến của LĐLĐ thành phố Hải Phòng, cán bộ công đoàn được quán triệt 7 chuyên đề của Tổng LĐLĐ Việt Nam.",
     "717: 'Nội dung của hội nghị học tập đề cập đến 05 chuyên đề của Tổng LĐLĐ Việt Nam'. grep '(7|bảy) chuyên đề' -> nothing."),
    ("724_1221291fc5c2", D,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng phấn đấu thực hiện sáu nhiệm vụ trọng tâm.",
     "724: 'Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm.' grep '(6|sáu) nhiệm vụ' -> nothing."),
    ("745_266354cbce97", D,
     "Ngoài tiền mặt, mỗi phần quà Tết Tổng LĐLĐ Việt Nam trao cho đoàn viên khó khăn ở Gia Lai dịp Tết Bính Ngọ 2026 còn có quà trị giá 500 nghìn đồng.",
     "745: 'mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng'. Claim's figure is the in-kind gift value (500 nghìn vs 300 nghìn). grep '500 (nghìn|ngàn)|500\\.000' -> only other events (Hà Nội phiếu mua hàng, etc.); 748 (LĐLĐ Gia Lai, 300 ngàn/suất) is another occasion."),
    ("816_99327ccdb464", D,
     "Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2024 của ngành Nội vụ do Giám đốc Sở Nội vụ Trần Thị Kim Hoa chủ trì được kết nối tới 15 huyện, thị xã, thành phố.",
     "816: 'Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ' (Sở Nội vụ, 28/6/2024, Trần Thị Kim Hoa). grep '15 huyện' -> nothing."),
    ("980_cd45ce45629c", D,
     "92% Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam có mặt đã biểu quyết bầu bà Lê Thị Thủy làm Chủ tịch Hội khóa XIII.",
     "980: 'Sau khi thảo luận và biểu quyết, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII'. grep '9[25] ?%' and '90 ?%' -> nothing about this vote."),

    # ---------------- not_found ----------------
    ("052_59edbafd4169", N,
     "LĐLĐ huyện Thạch Thất đã tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 500 cán bộ, công nhân, viên chức, lao động.",
     "052 describes who is eligible (ưu tiên ... '2 năm 2023, 2024', '3 năm trở lên') but gives no count of people examined. greps 'Thạch Thất', 'tầm soát', 'Thạch Thất.{0,200}[0-9]+ (người|công nhân|CNVCLĐ|lượt)' -> no count for Thạch Thất; nearest is 026 'LĐLĐ thị xã Sơn Tây ... tầm soát ung thư cho trên 200 công nhân' (another district, a related-headline teaser)."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế Ninh Bình đã trao giấy chứng nhận cho 12 công đoàn cơ sở đạt chuẩn văn hóa.",
     "1145 only says (caption) 'trao Giấy chứng nhận ... cho các đơn vị, CĐCS \"Đạt chuẩn văn hóa\"' with no number. grep 'chuẩn văn hóa', 'Ninh Bình' -> no count; nearest is 251 'Sơn Tây: Kiểm tra, thẩm định 75 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa' (another place, teaser)."),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến 31/8/2025, Hội LHPN tỉnh Vĩnh Long phấn đấu xóa 300 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152 names 'chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ' as a content with no target count. grep 'nhà tạm', 'Vĩnh Long' -> no count; 867 'LĐLĐ tỉnh Vĩnh Long ... bàn giao 3 căn nhà mái ấm công đoàn' (2022) is another organisation/year/noun."),
    ("1228_50a78b7fda9b", N,
     "Chương trình hiến máu nhân đạo tại Công ty TNHH Sakurai Việt Nam đã thu được 400 đơn vị máu.",
     "1228 counts 400 tình nguyện viên (people), not units of blood. grep 'Sakurai' -> only 1228; grep 'đơn vị máu' -> 405 'dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu' is another event (ngày hội with photo exhibition on phố Lê Thạch), others are other events."),
    ("190_4d10919c46da", N,
     "Giai đoạn 2021-2025, Hà Nội có 1.200 sáng kiến được công nhận hiệu quả áp dụng và phạm vi ảnh hưởng cấp Thành phố trong phong trào Sáng kiến, sáng tạo Thủ đô.",
     "190 only says 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu ... ở cấp Thành phố' (no number). grep '[0-9.]+ sáng kiến', 'Sáng kiến, sáng tạo Thủ đô' -> corpus 000 '100 cá nhân đạt danh hiệu sáng kiến, sáng tạo Thủ đô năm 2023' (people, one year), 002 '14.791 sáng kiến' (Tổng LĐLĐ ranking, 3 weeks), 177 '200.000 sáng kiến' (cổng trực tuyến): other counted things/periods."),
    ("226_14e851aaa03f", N,
     "Trong quý III năm 2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, tặng quà 150 gia đình thương binh, liệt sỹ nhân ngày 27/7.",
     "226 mentions 'các công đoàn cơ sở triển khai các hoạt động kỷ niệm ngày Thương binh liệt sỹ 27/7' with no count. grep 'ngành Y tế Hà Nội', '150 gia đình', '27/7' -> nothing; 118 (quý IV 2019) counts 3.225/362/15 cá nhân 'Người tốt, việc tốt' and 37 đội/600 thí sinh: other period, other nouns."),
    ("269_84a6549b6abc", N,
     "Cuộc thi Sáng kiến vì cộng đồng lần thứ IV do EVN phối hợp tổ chức có tổng giá trị giải thưởng 1 tỷ đồng.",
     "269 gives no prize amount or entry count (only 'lần thứ IV, dự kiến trao giải năm 2022'; caption about lần thứ 3 năm 2020). grep 'Sáng kiến vì cộng đồng' -> only 269."),
    ("366_0b8feddcd533", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025, khai mạc sáng 12/10 với 550 đại biểu chính thức.",
     "366 gives no delegate count. grep '[0-9.]+ (đại biểu|đảng viên)' with Hà Nội/Đảng bộ -> 092 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI ... 550 đại biểu chính thức' and 288 '548 đại biểu dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII' are union congresses, not the Party congress; 103 (Đảng bộ khóa XVI, 2015) counts 74 BCH members."),
    ("419_570045abe4cc", N,
     "Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XVIII, diễn ra tháng 1/2018, có 300 đại biểu chính thức.",
     "419 only announces the congress (tháng 1.2018), no delegate count. grep 'Hà Tĩnh', '300 đại biểu' -> 743 'Đại hội Công đoàn tỉnh Khánh Hòa khóa X ... trên 300 đại biểu', 742 Đà Nẵng, 571: other provinces."),
    ("654_33346c495ae8", N,
     "Năm 2021, Liên đoàn Lao động quận Long Biên đã biểu dương 58 gia đình CNVCLĐ tiêu biểu.",
     "654 says Long Biên sent giấy khen to individuals 'đạt danh hiệu' Gia đình CNVCLĐ tiêu biểu 2021 but gives no count. grep 'gia đình.{0,40}tiêu biểu' -> 064 'LĐLĐ quận Đống Đa: Biểu dương 58 gia đình CNVCLĐ tiêu biểu năm 2025', 063 Hoàng Mai 73, 222 ngành Y tế 83 (2018), 333 nhà giáo 100: other districts/years."),
    ("826_16ccc3252ccd", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 350 đại biểu tham dự.",
     "826 (lần thứ V) and 868 (lần thứ IV, 2015) give no delegate count. grep 'Lạng Sơn', '350 đại biểu' -> nothing."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    main()
