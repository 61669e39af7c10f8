#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen82).
Plain Python: csv + unicodedata only. Output is NFC-normalised and sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 009 ----------------
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 – 2023 có 280 đại biểu chính thức tham dự.",
     "009 only says the congress was held (29/3, khóa XVI, 2018-2023) and lists guests; it gives no delegate count. "
     "g.sh 'ngành Y tế Hà Nội', '(đại biểu|Ban Chấp hành).{0,100}Y tế Hà Nội', '[0-9.]+ đại biểu' and '280 đại biểu': no delegate "
     "count for this congress anywhere. Nearby delegate counts are other congresses: 1211 '176 đại biều' (CĐ ngành Y tế Thanh Hóa), "
     "1210 '250 đại biểu' (Công đoàn Y tế Việt Nam), 630 '196 đại biểu chính thức' (another province's health union)."),
    # ---------------- 019 ----------------
    ("019_86611d9987c1", S,
     "Năm 2020, thu nhập bình quân của người lao động trong các doanh nghiệp thuộc Công đoàn ngành Xây dựng Hà Nội đạt 4,5 triệu đồng/người/tháng.",
     "019: 'các doanh nghiệp trực thuộc ... thu nhập bình quân đạt 4.500.000đ/người/tháng' (year 2020, Covid context)."),
    ("019_86611d9987c1", D,
     "Theo Chủ tịch Công đoàn ngành Xây dựng Hà Nội Nguyễn Thị Thanh, năm 2020 có khoảng 60% doanh nghiệp nhà nước trong ngành đang thực hiện lộ trình cổ phần hóa.",
     "019: '90% doanh nghiệp nhà nước đang thực hiện lộ trình cổ phần hóa'. g.sh '60% doanh nghiệp' and 'cổ phần hóa': 60% not stated "
     "(1065 '80% là doanh nghiệp ngoài nhà nước' is another noun)."),
    # ---------------- 032 ----------------
    ("032_60bc537342b5", D,
     "Buổi tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021 của Công đoàn ngành Xây dựng Hà Nội có hơn 300 nữ đại biểu các đơn vị trong toàn ngành tham dự.",
     "032: 'Công đoàn ngành Xây dựng Hà Nội và gần 200 nữ đại biểu các đơn vị trong toàn Ngành'. g.sh '300 nữ', 'nữ đại biểu': only 032's 'gần 200'."),
    # ---------------- 065 ----------------
    ("065_7cac91137e69", N,
     "Năm học 2021 - 2022, LĐLĐ quận Hoàn Kiếm đã trao thưởng cho 40 nhà giáo đạt danh hiệu “Nhà giáo tâm huyết, sáng tạo”.",
     "065 names the award occasion but never counts the teachers rewarded; its figures are '61 năm xây dựng' (the district) and "
     "'40 năm Ngày Nhà giáo Việt Nam' (a caption; an anniversary, not teachers). g.sh 'tâm huyết, sáng tạo', '40 nhà giáo', "
     "'Hoàn Kiếm.{0,100}(giáo viên|nhà giáo)': 120 '40 nhà giáo dự chung khảo' is the city-level Công đoàn ngành Giáo dục award (2022, teaser, finalists), "
     "064 '26 giáo viên' is quận Đống Đa. Nothing counts Hoàn Kiếm's awardees."),
    # ---------------- 1211 ----------------
    ("1211_28597f193f57", S,
     "Có 176 đại biểu về dự Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022.",
     "1211: 'đại hội khóa XVIII nhiệm kỳ 2017-2022; 176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế đã về dự' (sic 'biều')."),
    ("1211_28597f193f57", D,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII đã bầu Ban Chấp hành gồm hai mươi lăm ủy viên.",
     "1211: 'bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí'. g.sh '25 vị|25 ủy viên', 'Y tế Thanh Hóa': 25 not stated for it."),
    # ---------------- 1244 ----------------
    ("1244_9075ea5f2f55", N,
     "Công đoàn Khu công nghiệp Việt Nam – Singapore có 15 tập thể được khen thưởng cấp Tổng Liên đoàn Lao động vì thành tích xuất sắc năm 2024.",
     "1244 (one paragraph) mentions 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân ... năm 2024' with no number; its only figures "
     "are 'lần thứ 8', '2023 – 2028', '6 tháng đầu năm 2025'. g.sh 'Singapore|VSIP': only 1244. g.sh '15 tập thể': 502 '15 tập thể và 15 cá nhân' "
     "is another programme (1 triệu sáng kiến)."),
    # ---------------- 134 ----------------
    ("134_7cae99c80edc", D,
     "Theo Công đoàn các Khu công nghiệp và Chế xuất Hà Nội, tỷ lệ ký kết thỏa ước lao động tập thể tính đến 9 tháng đầu năm đạt 68,5%.",
     "134: 'rà soát, sửa đổi, bổ sung, xây dựng, thương lượng, ký kết và giám sát thực hiện Thỏa ước lao động tập thể, đến nay đạt 58,8%' "
     "(9 tháng report, Chủ tịch Đinh Quốc Toản). g.sh '58,8|68,5', 'thỏa ước lao động tập thể.{0,60}%': only 58,8%."),
    # ---------------- 196 ----------------
    ("196_6db0361b11d7", S,
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương được giao chăm sóc sức khỏe cho khoảng 1,8 nghìn cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.",
     "196: 'giao nhiệm vụ chăm sóc sức khỏe cho khoảng 1.800 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý' (TS Trần Huy Dụng, 23/2/2023)."),
    # ---------------- 203 ----------------
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV đặt chỉ tiêu phát triển 2.000 đoàn viên mới trong nhiệm kỳ 2023 – 2028.",
     "203 states no targets or counts (only date 8/6/2023, khóa XIV, slogan). The same congress is counted in 239 but for other nouns: "
     "'191 đại biểu' and 'bầu 21 đồng chí vào Ban Chấp hành'. g.sh 'Xây dựng Hà Nội.{0,200}[0-9]{2,}', '2\\.000 đoàn viên', "
     "'đoàn viên mới.{0,80}(2023 ?- ?2028|nhiệm kỳ)': no new-member target for this union (333 'hơn 12.000 đoàn viên' is ngành Giáo dục)."),
    # ---------------- 274 ----------------
    ("274_981255185750", N,
     "Phát biểu tại lễ phát động Tháng Công nhân, Phó Chủ tịch UBND thành phố Hà Nội Vũ Thu Hà cho biết năm qua trên địa bàn thành phố đã xảy ra 156 vụ tai nạn lao động.",
     "274's figures are ordinals ('năm thứ 13' of Tháng Công nhân since 2012, 'năm thứ 8' of Tháng hành động ATVSLĐ, 'tháng 5'); Vũ Thu Hà speaks of accidents "
     "qualitatively. g.sh 'Hà Nội.{0,120}vụ tai nạn|vụ tai nạn.{0,120}Hà Nội', '[0-9]+ vụ tai nạn', '156 vụ': only single incidents in Hà Nội (110, 111, 112, 294) "
     "and national totals (112 'hơn 600 vụ' quý II/2018; 156 '3.201 vụ' 6 tháng 2023). No annual Hà Nội count."),
    # ---------------- 299 ----------------
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu 45 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     "299 gives only '3 ngày làm việc' and that Nguyễn Thị Tuyến was re-elected. g.sh 'XVI.{0,200}[0-9]+ ủy viên', "
     "'Ban Chấp hành.{0,80}(LĐLĐ|Liên đoàn Lao động) (TP|Thành phố|thành phố)...[0-9]+ (ủy viên|đồng chí)', '45 ủy viên': the only city-federation BCH counts "
     "are 570 (Đà Nẵng 2025, '32 ủy viên') and 1048 (Thủ Đức, '53 người'). The same congress is counted only for delegates (092 '550 đại biểu chính thức'), another noun."),
    # ---------------- 308 ----------------
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 có 150 đại biểu chính thức tham dự.",
     "308 gives no delegate count; its only count, '124 Công đoàn cơ sở', sits in a related-article teaser ('Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở') "
     "and is another noun. g.sh 'Việt Hưng' (other hits are a company/person), '150 đại biểu': nothing."),
    # ---------------- 322 ----------------
    ("322_bd3d62b063e2", N,
     "Phong trào “Bình dân học vụ số” năm 2025 của Hà Nội đã thu hút 1,5 triệu người dân tham gia học tập kỹ năng số.",
     "322's only figures are '80 năm' (since Bình dân học vụ) and the date '22/5'; no participant count. g.sh 'Bình dân học vụ số' (322, 902 only), "
     "'1,5 triệu (người|lượt)': nothing."),
    # ---------------- 342 ----------------
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 250 đại biểu chính thức tham dự.",
     "342 lists leaders at the phiên trù bị but no delegate count. The same congress in 079 is counted for other nouns: BCH 'dự kiến có 29-33 người, hiện đã chỉ định 21 người', "
     "Ban Thường vụ '9-11 người', target 'ít nhất 800.000 đoàn viên'. g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ' (342, 079), '250 đại biểu' (only 1210, Công đoàn Y tế Việt Nam)."),
    # ---------------- 347 ----------------
    ("347_c1729d8f4a9d", S,
     "Chương trình hiến máu tình nguyện “Chia sẻ giọt máu hồng” đợt 3 năm 2025 do LĐLĐ TP HCM phối hợp tổ chức đã thu được 558 đơn vị máu.",
     "347: 'thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu và thu được 558 đơn vị máu' ('Chia sẻ giọt máu hồng' đợt 3 năm 2025)."),
    ("347_c1729d8f4a9d", D,
     "Gần 900 cán bộ công đoàn, đoàn viên – lao động đã tham gia hiến máu trong đợt 3 chương trình “Chia sẻ giọt máu hồng” năm 2025 của Liên đoàn Lao động TP Hồ Chí Minh.",
     "347: 'Chương trình đã thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu'. g.sh '900 (cán bộ|đoàn viên)': nothing."),
    # ---------------- 391 ----------------
    ("391_011bec396bed", S,
     "Tại chương trình ra quân Tháng Thanh niên năm 2024 ở Công viên Mễ Trì, Đoàn Thanh niên thành phố Hà Nội đã khánh thành 2 công trình “Sân chơi thiếu nhi”.",
     "391: 'Đoàn Thanh niên thành phố Hà Nội triển khai hoạt động trồng cây xanh ... khánh thành hai công trình “Sân chơi thiếu nhi”' (Mễ Trì, 19/2, Tháng Thanh niên 2024)."),
    ("391_011bec396bed", D,
     "Trong Tháng Thanh niên năm 2024, Ban Thường vụ Thành đoàn Hà Nội đặt mục tiêu tập trung vào sáu nhóm hoạt động trọng tâm.",
     "391: 'Ban Thường vụ Thành đoàn Hà Nội đặt ra mục tiêu tập trung vào 4 nhóm hoạt động trọng tâm'. g.sh 'sáu nhóm|6 nhóm', 'nhóm hoạt động': "
     "only 1027 'sáu nhóm ngành' (hiring demand), another noun."),
    # ---------------- 429 ----------------
    ("429_77bd108c7618", N,
     "Tại hội nghị tổng kết thực hiện Nghị quyết 20-NQ/TW tổ chức ở Đà Lạt, Công đoàn CAND đã khen thưởng 42 tập thể có thành tích xuất sắc.",
     "429 is two sentences: '10 năm thực hiện Nghị quyết số 20', '5 năm thực hiện tháng công nhân', date 21-11; no awards counted. g.sh 'CAND' (429 only), '42 tập thể': nothing."),
    # ---------------- 466 ----------------
    ("466_be558adf4870", S,
     "Trong đợt chăm lo Tết cho CNVC-LĐ, LĐLĐ quận đã vận động doanh nghiệp tặng vé xe cho gần 1.800 công nhân về quê đón Tết.",
     "466: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết' (the page never names the quận; nld.com.vn, Tết 2020)."),
    ("466_be558adf4870", D,
     "Tại buổi tổng kết chăm lo Tết cho CNVC-LĐ, LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 45 tập thể.",
     "466: 'LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 31 tập thể và 22 cá nhân'. g.sh '45 tập thể': nothing."),
    # ---------------- 523 ----------------
    ("523_1cd6d816c1b9", D,
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định hai mươi cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.",
     "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028'. "
     "g.sh '14 cán bộ|20 cán bộ', 'hai mươi cán bộ': only 523's 14."),
    # ---------------- 567 ----------------
    ("567_c411a9192e99", N,
     "Tại kỳ họp thứ tám HĐND thành phố Hà Nội khóa XVI chiều 22-7-2022, ông Trần Sỹ Thanh được bầu làm Chủ tịch UBND thành phố với 96,8% số đại biểu tán thành.",
     "567 announces the session (giấy triệu tập 15-7, kỳ họp 22-7-2022) before it took place; no vote. g.sh 'kỳ họp thứ tám|kỳ họp thứ 8', "
     "'Trần Sỹ Thanh.{0,150}(phiếu|%)', '96,8': no vote result. 581 '92/94 đại biểu ... 97,87%' is a 2021 election of another person (re-elected chairman, nhiệm kỳ 2016-2021 → 2021-2026)."),
    # ---------------- 622 ----------------
    ("622_81ae52ef2094", S,
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu năm vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
     "622: 'Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam, bầu 5 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ' (14/1/2026)."),
    ("622_81ae52ef2094", D,
     "Tại Hội nghị lần thứ 6, khóa X, Ủy ban Trung ương MTTQ Việt Nam đã hiệp thương bầu bổ sung 25 vị Ủy viên Ủy ban Trung ương MTTQ Việt Nam.",
     "622: 'hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam'. g.sh '25 vị|25 ủy viên', 'Ủy viên Ủy ban Trung ương MTTQ': only 622's 18."),
    # ---------------- 743 ----------------
    ("743_3d782a035b00", S,
     "Các đại biểu dự Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018-2023 đại diện cho đoàn viên của gần 1.600 công đoàn cơ sở trực thuộc.",
     "743: 'trên 300 đại biểu đại diện cho 94.000 đoàn viên của 1.599 công đoàn cơ sở trực thuộc tham dự' (Sáng 17-5, khóa X, 2018-2023)."),
    ("743_3d782a035b00", D,
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018 – 2023 có các đại biểu đại diện cho khoảng 49.000 đoàn viên trong toàn tỉnh.",
     "743: 'trên 300 đại biểu đại diện cho 94.000 đoàn viên'. g.sh '49\\.000|49 nghìn', 'Khánh Hòa': 94.000 only."),
    # ---------------- 784 ----------------
    ("784_77c303a5ded0", S,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2023 ở xã Đại Cường, Huyện đoàn Đại Lộc đã tặng mười suất quà cho học sinh nghèo vượt khó.",
     "784: 'tặng 10 suất quà cho học sinh nghèo vượt khó và 10 suất quà cho cựu thanh niên xung phong trên địa bàn xã Đại Cường' (date 2023-06)."),
    ("784_77c303a5ded0", D,
     "Huyện đoàn Đại Lộc tuyên dương 21 gương thanh niên tình nguyện tiêu biểu tại lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2023.",
     "784: 'Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua' (body and caption). g.sh '21 gương', 'gương thanh niên': only 12."),
    # ---------------- 931 ----------------
    ("931_2a6417bd4142", S,
     "Năm 2024, Liên đoàn Lao động tỉnh Hải Dương đã phối hợp hỗ trợ gần một tỷ đồng để xây dựng, sửa chữa “mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "931: 'Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 “mái ấm công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở'."),
    ("931_2a6417bd4142", D,
     "Ngày 24/12, LĐLĐ tỉnh Hải Dương đã trao 50 triệu đồng hỗ trợ sửa nhà cho nữ đoàn viên Nguyễn Thị Hà ở xã Kỳ Sơn (Tứ Kỳ).",
     "931: 'Ngày 24/12, Liên đoàn Lao động tỉnh trao 30 triệu đồng hỗ trợ sửa nhàcho nữ đoàn viên Nguyễn Thị Hà'. g.sh '50 triệu đồng hỗ trợ', "
     "'30 triệu đồng hỗ trợ': only 931's 30 (357 '150 triệu đồng hỗ trợ 300 đoàn viên' is Canon/Covid)."),
    # ---------------- 933 ----------------
    ("933_2245790ce85c", S,
     "Trong năm 2023, LĐLĐ quận Cẩm Lệ đã phát triển được hơn 770 đoàn viên mới.",
     "933: 'thành lập mới 6 Công đoàn cơ sở, phát triển 773 đoàn viên' (LĐLĐ quận Cẩm Lệ, năm 2023)."),
    ("933_2245790ce85c", D,
     "Năm 2023, Công đoàn quận Cẩm Lệ đã chăm lo, hỗ trợ cho 1.730 đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "933: 'năm 2023, Công đoàn tích cực chăm lo, hỗ trợ cho 1.370 đoàn viên, người lao động khó khăn với tổng kinh phí hơn 565 triệu đồng'. "
     "g.sh '1\\.730|1730': nothing (digits swapped, 360 off)."),
    # ---------------- 944 ----------------
    ("944_17ca3d320e2c", S,
     "Chiến dịch tình nguyện “Mùa Hè Xanh Bách khoa” năm 2023 ra quân đến mặt trận huyện Tân Hồng (Đồng Tháp) với sự tham gia của 150 giảng viên.",
     "944: 'Chiến dịch tình nguyện “Mùa Hè Xanh Bách khoa” chính thức ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên' (sáng 20/6, 2023)."),
    ("944_17ca3d320e2c", D,
     "Trường ĐH Bách khoa (ĐHQG TP.HCM) đưa 300 sinh viên tình nguyện “Mùa Hè Xanh” năm 2023 đến mặt trận huyện Tân Hồng, tỉnh Đồng Tháp.",
     "944: 'ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên' (other fronts: TP.HCM 470, Hàm Tân 32, Phú Quý 2, Lào 2). "
     "g.sh '300 sinh viên', 'Tân Hồng': nothing says 300."),
    # ---------------- 962 ----------------
    ("962_3c496118118a", D,
     "Đại hội Công đoàn cơ sở phường Thanh Hà nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành gồm bảy thành viên.",
     "962: 'Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên' (20/4/2023). g.sh 'bảy thành viên|7 thành viên', 'Thanh Hà': only 962's 5."),
    # ---------------- 991 ----------------
    ("991_a7a6bf1c6c7c", S,
     "Trong 6 tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã dành gần 700 triệu đồng chăm lo cho đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "991: 'chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng' (sơ kết 6 tháng đầu năm 2020; title 'Hơn 700 triệu đồng' — the body says gần 700)."),
    ("991_a7a6bf1c6c7c", D,
     "Công đoàn Viên chức TP HCM đã vận động CNVC-LĐ đóng góp hơn 1,2 tỷ đồng ủng hộ phòng chống dịch Covid-19 trong 6 tháng đầu năm 2020.",
     "991: 'CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19'. g.sh '1,2 tỷ|1,2 tỉ': only 233 "
     "('gần 1,2 tỷ đồng' for other recipients), not this."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
