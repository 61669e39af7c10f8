#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("057_78c9b6628d41", S,
     "Cuối năm Đinh Dậu, LĐLĐ quận Long Biên đã bố trí các chuyến xe nghĩa tình đưa gần năm trăm công nhân lao động trên địa bàn về quê ăn Tết.",
     "057: 'gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên thong dong đến điểm hẹn - ở đó đã có sẵn các “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết'; 'Ngày làm việc cuối cùng trong năm Đinh Dậu'. Spelled-out 'năm trăm' = 500."),
    ("1182_0c6515fa5445", S,
     "Nửa đầu năm 2016, Công đoàn Y tế Việt Nam đã chi gần 900 triệu đồng hỗ trợ đoàn viên, người lao động gặp khó khăn.",
     "1182: '6 tháng đầu năm 2016, đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng' (CĐ Y tế Việt Nam)."),
    ("155_8bd30a04750c", S,
     "Theo Cục An toàn lao động, tổng thiệt hại vật chất do tai nạn lao động gây ra trong năm 2023 vào khoảng 16,4 nghìn tỷ đồng.",
     "155: 'Tổng thiệt hại về vật chất do TNLĐ năm 2023 là 16.357 tỷ đồng' (16.357 tỷ ~ 16,4 nghìn tỷ). 156 gives only a 6-month 2023 figure, another period."),
    ("233_729056fb3d86", S,
     "Tết Quý Mão 2023, ngành GD&ĐT Hà Nội đã tặng quà cho hơn 1.400 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn.",
     "233: 'Dịp Tết Nguyên đán năm nay, ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn' (Tết Quý Mão 2023)."),
    ("298_583bcb6b997c", S,
     "Các đại biểu dự Đại hội Công đoàn ngành Giáo dục Hà Nội khóa XXIV, nhiệm kỳ 2018-2023 đại diện cho hơn 12 nghìn đoàn viên công đoàn trong ngành.",
     "298: 'Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội' (12.260 = hơn 12 nghìn)."),
    ("335_f1e4aebb2913", S,
     "Dịp Tết Tân Sửu, Liên đoàn Lao động huyện Ứng Hòa đã trao quà cho công nhân lao động, đoàn viên và con đoàn viên khó khăn với tổng trị giá 121 triệu đồng.",
     "335: 'Liên đoàn Lao động huyện Ứng Hòa đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng' (121.000.000 đồng = 121 triệu)."),
    ("367_4bc61b64462e", S,
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ Hà Nội khóa XVII bầu giữ chức Bí thư Thành ủy nhiệm kỳ 2020-2025 với tỷ lệ phiếu 100%.",
     "367: 'ông Vương Đình Huệ ... được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%'. 365 headline 'với số phiếu tuyệt đối' agrees."),
    ("451_c6d73f9b5d4e", S,
     "Trong đợt dịch Covid-19 từ cuối tháng 4/2021, Công đoàn Thủ đô đã vận động 1650 chủ nhà trọ miễn, giảm tiền thuê phòng cho người lao động.",
     "451: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ' (period 'từ ngày 27/4/2021 đến nay'); 452 (a later report on the same drive) repeats 'vận động 1.650 chủ nhà trọ'."),
    ("466_be558adf4870", S,
     "Trong đợt chăm lo Tết, LĐLĐ quận đã vận động doanh nghiệp tặng vé xe cho gần 1.800 công nhân về quê đón Tết.",
     "466: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết' (1.794 = gần 1.800). Caveat: the page never names the district; only page in corpus with 1.794."),
    ("551_de5cd76ae6d9", S,
     "Tại lễ phát động Tháng hành động ATVSLĐ và Tháng Công nhân năm 2024 ở Hà Nội, hai trăm công nhân lao động đã được khám sức khỏe miễn phí.",
     "551 body: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí' (19/04/2024). 001 and 220 cover the same event with no khám figure."),
    ("576_79a602ffcfd7", S,
     "Nhân kỷ niệm 90 năm ngày thành lập Công đoàn Việt Nam, Liên đoàn Lao động quận Thủ Đức đã trao Kỷ niệm chương 'Vì sự nghiệp xây dựng tổ chức Công đoàn' cho mười cán bộ công đoàn.",
     "576: 'LĐLĐ quận Thủ Đức, TP HCM đã tổ chức kỷ niệm 90 năm ngày thành lập Công đoàn (CĐ) Việt Nam và trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức CĐ\" cho 10 cán bộ CĐ' (mười = 10)."),
    ("812_69df8abf1bca", S,
     "Các đại biểu dự Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 đại diện cho gần 500.000 đảng viên toàn Đảng bộ.",
     "812: 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên toàn Đảng bộ TP Hà Nội' (50 vạn = 500.000)."),
    ("922_5d7251e759ab", S,
     "Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, Hội LHPN tỉnh đã trao tặng ba căn nhà 'Mái ấm tình thương' cho hội viên, phụ nữ khó khăn về nhà ở.",
     "922: 'Hội trao tặng 3 nhà “Mái ấm tình thương” cho hội viên, phụ nữ đặc biệt khó khăn về nhà ở tại các xã: Quan Sơn, Thường Xuân và Lương Sơn' (ba = 3)."),

    # ---------------- differs ----------------
    ("1108_dc5ce910e1da", D,
     "LĐLĐ huyện Thới Lai đã huy động khoảng 500 đoàn viên, CNVCLĐ tham gia mít tinh, diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 18 năm 2016.",
     "1108: 'Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành ... lần thứ 18 năm 2016' -> 300, not ~500. g.sh 'Thới Lai' hits only 1108; g.sh '500 (lực lượng|đoàn viên)' hits only 262/547/968 (other things)."),
    ("1182_0c6515fa5445", D,
     "Sáu tháng đầu năm 2016, các cấp công đoàn ngành Y tế Việt Nam đã tổ chức trên 240 cuộc tập huấn, tuyên truyền chính sách, pháp luật cho người lao động.",
     "1182: 'Các cấp CĐ ngành còn tổ chức trên 420 cuộc tập huấn, tuyên truyền chính sách, pháp luật cho người lao động' -> 420, not 240 (digits swapped). g.sh '240 cuộc|tập huấn' finds no 240 count for CĐ Y tế."),
    ("155_8bd30a04750c", D,
     "Năm 2023, cả nước xảy ra hơn 8.300 vụ tai nạn lao động, theo thống kê của Cục An toàn lao động.",
     "155: 'trong năm 2023, cả nước xảy ra 7.394 vụ TNLĐ' -> 7.394, not >8.300. g.sh '8\\.3[0-9]{2} vụ|8\\.300' = no hit; 156 only gives 3.201 vụ for 6 tháng đầu năm 2023."),
    ("198_7c3cb7fb69d5", D,
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ khoảng 3.000 tờ báo đến công nhân lao động ở các khu công nghiệp, khu chế xuất Hà Nội.",
     "198: 'báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội' -> >5.000, not ~3.000. g.sh 'tờ báo' hits only 198."),
    ("233_729056fb3d86", D,
     "Ngày 10/1/2023, Công đoàn ngành Giáo dục Hà Nội cùng Sở GD&ĐT đã đi thăm, tặng quà Tết cho 6 nhà giáo mắc bệnh hiểm nghèo.",
     "233: 'ngày 10/1, Công đoàn ngành Giáo dục Hà Nội đã phối hợp với Sở Giáo dục và Đào tạo (GD&ĐT) Hà Nội tổ chức đi thăm hỏi, tặng quà 4 nhà giáo mắc bệnh hiểm nghèo' -> 4, not 6. g.sh 'sáu nhà giáo|6 nhà giáo' = no hit."),
    ("275_a87c110f79e1", D,
     "Ngày 11/9/2024, Liên đoàn Lao động TP Hà Nội đã ủng hộ 300 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để giúp nhân dân vùng bị thiệt hại do bão lũ.",
     "275: 'ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội' -> 100 triệu (a second 100 triệu went to Quỹ Tấm lòng vàng; even the total is 200, not 300). g.sh '300 triệu' hits 606/625/994 only (other orgs)."),
    ("298_583bcb6b997c", D,
     "Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV, nhiệm kỳ 2018-2023 có 250 đại biểu chính thức tham dự.",
     "298: 'Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội' -> 200, not 250. g.sh '250 đại biểu' hits only 1210 (Đại hội Công đoàn Y tế Việt Nam XIV, another body)."),
    ("302_e632789ca4af", D,
     "Đại hội Công đoàn Trường Mầm non Hoa Trạng Nguyên khóa I có sự tham gia của 50 cán bộ, giáo viên, nhân viên nhà trường.",
     "302: 'đặc biệt là sự có mặt của 30 cán bộ, giáo viên, nhân viên Trường Mầm non Hoa Trạng Nguyên' -> 30, not 50. g.sh 'Hoa Trạng Nguyên' hits only 302; '50 cán bộ, giáo viên' = no hit."),
    ("335_f1e4aebb2913", D,
     "Trong số quà Tết Tân Sửu LĐLĐ huyện Ứng Hòa trao cho người lao động, có 80 suất được hỗ trợ từ kinh phí của LĐLĐ Thành phố.",
     "335: 'Trong đó có 60 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động thành phố, 62 suất ... của Liên đoàn Lao động huyện' -> 60, not 80. g.sh '80 suất' hits only 207 (LĐLĐ TP Hội An, another body)."),
    ("392_56541455e9b1", D,
     "Chiến dịch Thanh niên tình nguyện Hè 2022 của Thành đoàn Hà Nội triển khai 15 đội hình chuyên cấp thành phố.",
     "392: 'triển khai 9 đội hình chuyên cấp thành phố' (Hè năm 2022) -> 9, not 15. g.sh '15 đội hình' = no hit (318 has 12 đội hình for 2015, another year)."),
    ("451_c6d73f9b5d4e", D,
     "Từ 27/4/2021, các công đoàn cơ sở ở Hà Nội đã hỗ trợ khoảng 27 nghìn người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451: 'Công đoàn cơ sở hỗ trợ 17.083 người, với số tiền hơn 20 tỷ đồng' -> ~17 nghìn, not ~27 nghìn; 452 (later report) says 'Công đoàn cơ sở hỗ trợ 17.113 người' -> also ~17 nghìn. g.sh '27\\.[0-9]{3} (người|đoàn viên)|27 nghìn' = no hit."),
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng Công nhân năm 2024, lãnh đạo thành phố Hà Nội đã trao quà cho 150 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp.",
     "551: 'lãnh đạo thành phố Hà Nội trao quà cho 100 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp' -> 100, not 150. g.sh '150 công nhân' = no hit; 001/220 (same event) give no gift count."),
    ("576_79a602ffcfd7", D,
     "Dịp kỷ niệm ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức trao sổ tiết kiệm cho cán bộ công đoàn có hoàn cảnh khó khăn, mỗi sổ trị giá 10 triệu đồng.",
     "576: 'trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng)' -> 5 triệu per book, not 10. g.sh 'sổ tiết kiệm' hits 154 only (another district, 221 sổ)."),
    ("812_69df8abf1bca", D,
     "Ngày làm việc chính thức thứ hai của Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII có sự có mặt của 650 đại biểu.",
     "812: 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII ... ngày làm việc chính thức thứ hai với sự có mặt của 550 đại biểu' -> 550, not 650. g.sh '650 đại biểu' = no hit (288: 548 đại biểu is Đại hội Công đoàn TP XVIII, another body)."),
    ("829_5c8b05de4877", D,
     "Tại lễ ra quân Chiến dịch Hành quân xanh 2024, Tỉnh Đoàn Long An đã trao 250 suất quà cho học sinh có hoàn cảnh khó khăn.",
     "829: '1 công trình \"sân chơi thiếu nhi và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng' -> 150, not 250. g.sh '250 suất' = no hit."),
    ("963_df9b4f2ebd96", D,
     "Ban Chấp hành Công đoàn phường Thuận Giao nhiệm kỳ 2025-2030 được chỉ định gồm mười bảy đồng chí.",
     "963: 'Đại hội đã công bố quyết định chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí' -> 15, not 17. g.sh 'Thuận Giao' hits 963 (and 1050, a ward list); g.sh '17 đồng chí' hits only 1211 (CĐ ngành Y tế Thanh Hóa)."),

    # ---------------- not_found ----------------
    ("040_336a9444fa13", N,
     "Kế hoạch số 35/KH-TU của Ban Thường vụ Thành ủy Hà Nội về đổi mới tổ chức và hoạt động Công đoàn đề ra 6 nhóm nhiệm vụ, giải pháp.",
     "040 (interview intro only) names Kế hoạch 35/KH-TU but counts nothing in it. g.sh '35/KH-TU|nhóm nhiệm vụ' hits only 040 (no count); g.sh 'nhóm (nhiệm vụ|giải pháp)|nhóm chỉ tiêu' hits 319 (Công an HN), 392 (5 nhóm chỉ tiêu of Thành đoàn), 1028 - other plans."),
    ("105_d8f28f283391", N,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 17 đồng chí.",
     "105/812/813 list the Bí thư and Phó bí thư of khóa XVIII but never count Ban Thường vụ members. g.sh 'Ban Thường vụ Thành [uủ]y.{0,30}(khóa|khoá) XVIII' = no hit; g.sh 'Ban Thường vụ.{0,30}gồm [0-9]+' finds 103 ('Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí', another term) and other bodies (808 Thành Đoàn 19, 1086, 623, 115, 348, 1085)."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 128 đại biểu chính thức dự.",
     "204 lists guests but gives no delegate count. g.sh 'Nông nghiệp và PTNT|NN&PTNT': 023 has '128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI' - the NEXT edition (2023-2028), deliberately the same number; 1061, 254, 022, 969 have no delegate count for lần thứ V."),
    ("292_3150d278c2b8", N,
     "Công ty cổ phần Tập đoàn Sovico, đơn vị được đề nghị tặng Huân chương Lao động hạng Ba, đã ủng hộ 100 tỷ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 only says Sovico 'đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19'; no amount. g.sh 'Sovico' hits only 292. (Nearby numbers: Công văn 218, Nghị định 91/2017, số 37 Lý Thường Kiệt, 7 ngày làm việc - none is a donation.)"),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020 có 300 đại biểu tham dự.",
     "430 gives dates (18-19.6), the edition (lần thứ 5) and the term, no delegate count. g.sh 'Q\\.2|Quận 2' hits 430 and 1048 (LĐLĐ Thủ Đức merger: 1.789 CĐCS, 73.075 đoàn viên, 27 cán bộ - other things)."),
    ("535_0eece1156bf7", N,
     "Ông Hồ Quốc Dũng được bầu giữ chức Chủ tịch HĐND tỉnh Bình Định khóa XIII với 100% số phiếu tán thành.",
     "535 only lists the approvals with dates (kể từ ngày 15/6/2021). g.sh 'Hồ Quốc Dũng|Bình Định khóa XIII' hits only 535. The vote shares in the corpus are for others (581: Nguyễn Ngọc Tuấn / Chu Ngọc Anh 97,87%; 533 Phùng Thị Hồng Hà 100%; 628 Nga Sơn 34/34)."),
    ("632_799fddc98cfe", N,
     "Nhân kỷ niệm 95 năm thành lập Hội LHPN Việt Nam, Hội LHPN tỉnh Gia Lai cho biết toàn tỉnh hiện có hơn 400 nghìn hội viên.",
     "632 (Báo Gia Lai, 20-10-2025) counts no members; only '95 năm'. g.sh 'hội viên' shows member counts only for other bodies (621 Vạn Ninh 29.000, 985 Nông dân Nghệ An gần 500 nghìn, 1089 Tiền Giang 265.000, 842 Nông dân 10 triệu)."),
    ("782_d74cc27f8aa4", N,
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện Hè 2024 của Tỉnh Đoàn Yên Bái tại huyện Văn Yên thu hút khoảng 500 đoàn viên, thanh niên tham gia.",
     "782 counts 1 chương trình, 4 chiến dịch, 3 ngày cao điểm, 100% cơ sở Đoàn - no participants. g.sh 'Yên Bái' hits 472, 670, 707, 782 (none counts these participants); g.sh '500 (lực lượng|đoàn viên)' finds 547 'hơn 500 đoàn viên' = Quảng Nam (Tây Giang) 2023, another province/year."),
    ("783_ef3db5842d22", N,
     "Tại hội nghị tổng kết năm 2019, Cụm thi đua số 3 LĐLĐ thành phố Hà Nội đã bình xét 2 đơn vị đề nghị LĐLĐ Thành phố tặng Cờ thi đua xuất sắc.",
     "783 only counts '6 huyện, thị xã' in the cluster; no award count. g.sh 'Cụm thi đua số 3' hits 783 and seed 003 (Phạm Quang Thanh, no count); g.sh 'cờ thi đua' hits other bodies (466, 074, 019, 133, 296, 933, 1065...)."),
    ("883_e2578b7cc3b9", N,
     "Ông Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận khóa 19 với 100% số đại biểu có mặt tán thành.",
     "883 only gives date, kỳ họp thứ 5, khóa 19, nhiệm kỳ 2016-2021 (and 'View Count: 115'); no vote. g.sh 'Võ Nguyên Phong' hits only 883. 100% votes elsewhere are other people (533, 628, 1142, 979)."),
    ("922_5d7251e759ab", N,
     "Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức tham dự.",
     "922 only announces the congress (ngày 10 và 11/12). g.sh 'Đại hội đại biểu phụ nữ|Thanh Hóa': 1105 has 360 đại biểu for Đại hội Đoàn TNCS tỉnh Thanh Hóa lần thứ XX, 1086 Đoàn Thanh Hóa khóa XIX, 1211 CĐ Y tế Thanh Hóa 176 đại biểu - other bodies; no count for the women's congress."),
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
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
