#!/usr/bin/env python3
"""Build claims.tsv for /work/unseen26 (blind claim set, batches 24-25 dev pages)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 1001 Trà Vinh, Trung thu 2024
    ("1001_1425a0e5ee00", S,
     "Nhân dịp Tết Trung thu 2024, Công đoàn ngành Giáo dục tỉnh Trà Vinh đã tặng một trăm tám mươi phần quà gồm bánh trung thu, lồng đèn cho con đoàn viên, nhà giáo.",
     "1001_1425a0e5ee00: \"Công đoàn ngành Giáo dục tỉnh tặng 180 phần quà (bánh trung thu, lồng đèn) cho các cháu thiếu nhi\" (Công đoàn ngành Giáo dục tỉnh Trà Vinh, 16/09/2024)."),
    ("1001_1425a0e5ee00", D,
     "Tại chương trình vui Tết Trung thu của Công đoàn ngành Giáo dục Trà Vinh, LĐLĐ tỉnh Trà Vinh đã tặng 80 phần quà cho các cháu thiếu nhi.",
     "1001_1425a0e5ee00: \"Liên đoàn Lao động tỉnh tặng 50 phần quà\" (same Trung thu programme). ./g.sh '80 phần quà' -> no hit; LĐLĐ Trà Vinh's 150 phần quà in 668 are Tết 2022 gifts, another occasion."),
    ("1001_1425a0e5ee00", N,
     "Tổng trị giá số quà Trung thu năm 2024 mà Công đoàn ngành Giáo dục tỉnh Trà Vinh trao cho thiếu nhi là khoảng 54 triệu đồng.",
     "1001 counts gifts (50 and 180 phần quà) but gives no money value. ./g.sh '54 triệu' -> none; ./g.sh 'Trà Vinh' -> only 1001 and 668 (Tết 2022, 150 phần quà x 300.000 đ = 45.000.000 đ, another occasion)."),

    # ---- 1003 CĐCS MN Nghĩa Trung (no figures besides dates/terms)
    ("1003_136ea69f1c98", N,
     "Đại hội Công đoàn cơ sở Trường Mầm non Nghĩa Trung (huyện Tư Nghĩa) nhiệm kỳ 2023-2028 có 28 đại biểu chính thức tham dự.",
     "1003 mentions \"đại biểu chính thức\" but never counts them (only dates 24/12/2022 and terms 2023-2028/2017-2022). ./g.sh 'Nghĩa Trung' -> only 1003; ./g.sh '28 đại biểu' -> only '128 đại biểu' in 023 (another congress)."),

    # ---- 1004 Tiền Giang, CĐ Giáo dục VN
    ("1004_3bfcfe4709c1", S,
     "Các phần quà Công đoàn Giáo dục Việt Nam trao cho cán bộ, giáo viên, người lao động ngành giáo dục Tiền Giang có hoàn cảnh khó khăn có tổng trị giá 45 triệu đồng, trích từ Quỹ xã hội.",
     "1004_3bfcfe4709c1: \"Tổng trị giá các phần quà 45 triệu đồng, nguồn kinh phí từ “ Quỹ xã hội” của công đoàn giáo dục Việt Nam\"."),
    ("1004_3bfcfe4709c1", D,
     "Trong chuyến công tác tại Tiền Giang, Công đoàn Giáo dục Việt Nam đã trao tặng 30 phần quà cho cán bộ, giáo viên ngành giáo dục tỉnh bị bệnh tật, khó khăn.",
     "1004_3bfcfe4709c1: \"Công đoàn giáo dục Việt Nam đã trao tặng 13 phần quà cho cán bộ , giáo viên và người lao động trong ngành giáo dục tỉnh Tiền Giang\". ./g.sh '30 phần quà' -> only 749 (LĐLĐ Cần Thơ, Tết) - another occasion."),

    # ---- 1005 LĐLĐ tỉnh (Vĩnh Lộc) Tết Ất Tỵ 2025 - no counted figures
    ("1005_8833da756d01", N,
     "Dịp Tết Ất Tỵ 2025, đoàn công tác LĐLĐ tỉnh đã trao 100 suất quà cho người lao động khó khăn của Công ty TNHH May mặc xuất khẩu Appareltech Vĩnh Lộc.",
     "1005 says only \"tặng quà cho người lao động khó khăn Công ty TNHH May mặc xuất khẩu Appareltech Vĩnh Lộc\" - no count. ./g.sh 'Appareltech|Man Seon' -> only 1005; ./g.sh '100 suất quà' -> only 681 (Hội Chữ thập đỏ Gia Lai), unrelated."),
    ("1005_8833da756d01", N,
     "Công ty TNHH May Man Seon Global ở huyện Vĩnh Lộc, nơi LĐLĐ tỉnh đến thăm, chúc Tết ngày 14/1/2025, hiện có khoảng 1.500 công nhân lao động.",
     "1005 gives no workforce size for Man Seon Global (or Appareltech). ./g.sh 'Appareltech|Man Seon' -> only 1005; ./g.sh '1\\.500 (công nhân|lao động|người)' -> none."),

    # ---- 1011 Chiến dịch TNTN hè 2017 (Trung ương Đoàn)
    ("1011_df3f51afbfe1", S,
     "Chiến dịch thanh niên tình nguyện hè 2017 trên cả nước có 26 581 đội hình tham gia thực hiện.",
     "1011_df3f51afbfe1: \"có hơn 1 triệu thanh niên tình nguyện tham gia chiến dịch với 26.581 đội hình\" (tổng kết hè 2017)."),
    ("1011_df3f51afbfe1", D,
     "Trong Chiến dịch thanh niên tình nguyện hè 2017, các thanh niên tình nguyện đã xây mới và nâng cấp hơn 2.600 sân chơi thiếu nhi.",
     "1011_df3f51afbfe1: \"xây dựng mới và nâng cấp 1.762 sân chơi thiếu nhi\". ./g.sh '2\\.6[0-9]{2}' -> only corpus/003 'trên 2.600 công nhân lao động' (unrelated); ./g.sh 'sân chơi' -> no other count for hè 2017."),
    ("1011_df3f51afbfe1", N,
     "Chiến dịch thanh niên tình nguyện hè 2017 đã thực hiện hơn 5.000 công trình thanh niên các cấp.",
     "1011 counts đội hình, km đường, cầu, nhà, sân chơi, người được khám - not 'công trình thanh niên'. ./g.sh 'công trình thanh niên' -> 547 (tỉnh, hè 2023: 211), 548 (hè 2022: hơn 26.400), 549 (tuần đầu hè 2022: hơn 4.000), 799 (Tháng Thanh niên) - other editions; ./g.sh '5\\.000 công trình' -> none."),

    # ---- 1012 TNTN hè TP HCM (12-7 đến 16-8)
    ("1012_7b47589330b0", S,
     "Chiến dịch Thanh niên tình nguyện hè TP HCM diễn ra từ 12-7 đến 16-8 đã thu hút gần 400 nghìn lượt thanh niên, học sinh, sinh viên, trí thức trẻ tham gia.",
     "1012_7b47589330b0: \"diễn ra từ ngày 12-7 đến 16-8 ... chiến dịch đã thu hút gần 400.000 lượt thanh niên, học sinh, sinh viên ... toàn TP tham gia\". (470 has 'hơn 700.000 lượt' for hè 2023 TP HCM, 11.6-6.8, another edition.)"),
    ("1012_7b47589330b0", D,
     "Trong chiến dịch tình nguyện hè TP HCM từ 12-7 đến 16-8, thanh niên đã xây dựng, sửa chữa 255 căn nhà tình bạn, tình thương, tình nghĩa.",
     "1012_7b47589330b0: \"xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa\". ./g.sh '255 ' -> none; ./g.sh 'nhà tình thương' -> 078, 461, 462 (other organisations)."),

    # ---- 1013 Xuân tình nguyện 2026 TP.HCM
    ("1013_dd19fb48ab24", S,
     "Sau hơn một tuần triển khai, Chiến dịch Xuân tình nguyện 2026 của TP.HCM đã có gần 70 nghìn đoàn viên, thanh niên, học sinh, sinh viên đăng ký làm chiến sĩ.",
     "1013_dd19fb48ab24: \"sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện\". (495 'hơn 4.000' = people at the launch ceremony, another counted noun.)"),
    ("1013_dd19fb48ab24", N,
     "Chiến dịch Xuân tình nguyện năm 2025 của TP.HCM đã thu hút khoảng 60.000 chiến sĩ tham gia.",
     "Corpus covers Xuân tình nguyện 2024 (830: dự kiến 35.000 chiến sĩ) and 2026 (1013: gần 70.000 đăng ký; 495: hơn 4.000 dự lễ; 519: phường Thủ Đức ~1.000) - not the 2025 edition. ./g.sh 'Xuân tình nguyện 2025|Xuân tình nguyện lần thứ 17' -> none; ./g.sh '60\\.000' -> 151/177 unrelated."),

    # ---- 1014 Nghiệp đoàn xe ôm Bình Tân, Chợ Tết Công đoàn trực tuyến
    ("1014_8ece231e24cc", S,
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 50 voucher cho đoàn viên, người lao động mua sắm tại Chợ Tết Công đoàn trực tuyến.",
     "1014_8ece231e24cc: \"Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher\"."),
    ("1014_8ece231e24cc", D,
     "Mỗi voucher Chợ Tết Công đoàn trực tuyến mà Nghiệp đoàn xe ôm, xe công nghệ Bình Tân trao cho tài xế có trị giá 200.000 đồng.",
     "1014_8ece231e24cc: \"được tặng voucher (trị giá 500.000 đồng) đợt này\". ./g.sh '200\\.000 đồng' -> 231 (thưởng Tết HN), 983 (quà hiện vật) - not this voucher."),

    # ---- 1021 LĐLĐ TP Hà Nội, Thạch Thất, Covid-19
    ("1021_e0f274a6a9c5", D,
     "Thay mặt LĐLĐ Thành phố Hà Nội, Phó Chủ tịch Phạm Bá Vĩnh đã trao 35 suất quà hỗ trợ công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021_e0f274a6a9c5: \"đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19\". ./g.sh '35 suất' -> only 907 (35 suất học bổng, unrelated)."),
    ("1021_e0f274a6a9c5", N,
     "Tổng số tiền LĐLĐ Thành phố Hà Nội hỗ trợ công nhân lao động khó khăn huyện Thạch Thất do ảnh hưởng dịch Covid-19 là 40 triệu đồng.",
     "1021 counts only '20 suất quà', no money. ./g.sh 'Thạch Thất' -> other pages (022, 052, 082, 191, 721...) give no Covid-support money for Thạch Thất; ./g.sh '40 triệu' -> only Mái ấm Công đoàn houses elsewhere (049, 078, 455, 457, 763)."),

    # ---- 1022 LĐLĐ huyện Đan Phượng
    ("1022_494a5a54453e", S,
     "Từ đầu năm, LĐLĐ huyện Đan Phượng đã đề nghị giải ngân tổng cộng 1.240 triệu đồng từ Quỹ trợ vốn CNVCLĐ nghèo Thủ đô cho đoàn viên vay vốn phát triển kinh tế gia đình.",
     "1022_494a5a54453e: \"giải ngân cho 62 đoàn viên ... vay vốn từ nguồn Quỹ trợ vốn công nhân viên chức lao động nghèo Thủ đô ... với tổng số tiền 1,240 tỷ đồng\"."),
    ("1022_494a5a54453e", D,
     "Trong thời gian dịch Covid-19, Liên đoàn Lao động huyện Đan Phượng đã phát miễn phí 2.100 chai nước sát khuẩn cho công nhân lao động.",
     "1022_494a5a54453e: \"phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn cho công nhân lao động\". ./g.sh '2\\.100 chai|chai nước' -> only 790 ('600 chai nước', Tiếp sức mùa thi) and 1022."),

    # ---- 1024 LĐLĐ huyện Ba Vì, Tháng Công nhân 2025
    ("1024_dd34d84c01cf", S,
     "Nhân Tháng Công nhân năm 2025, Liên đoàn Lao động huyện Ba Vì đã trao mười một suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024_dd34d84c01cf: \"Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn\"."),
    ("1024_dd34d84c01cf", D,
     "Dịp Tháng Công nhân 2025, LĐLĐ huyện Ba Vì đã trao quà cho 40 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024-2025.",
     "1024_dd34d84c01cf: \"và 25 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024 - 2025\". ./g.sh '40 em' -> none."),

    # ---- 1026 Lễ phát động Tháng hành động ATVSLĐ 2018, TP HCM
    ("1026_4587425a9c28", S,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2018 tại TP Hồ Chí Minh có hơn 600 đại biểu đại diện các đơn vị, tổ chức, doanh nghiệp tham dự.",
     "1026_4587425a9c28: \"... và trên 600 đại biểu đại diện cho các đơn vị, tổ chức và doanh nghiệp\" (Lễ Phát động ... năm 2018, 06/05/2018, TP HCM)."),
    ("1026_4587425a9c28", N,
     "Tại Lễ phát động Tháng hành động về ATVSLĐ năm 2018 ở TP.HCM, Ban chỉ đạo Trung ương đã khen thưởng 50 đơn vị, cá nhân có thành tích xuất sắc.",
     "1026 mentions \"các đơn vị, cá nhân có thành tích xuất sắc trong ATVSLĐ\" only in a photo caption, with no count. ./g.sh 'đơn vị, cá nhân có thành tích' -> only 1026; ./g.sh '50 đơn vị' -> none; 189 counts 38 tập thể, 37 cá nhân of Công đoàn ngành Xây dựng Hà Nội (another organisation/occasion)."),

    # ---- 1027 Thị trường lao động Hà Nội sau Tết 2025
    ("1027_8765180e6738", S,
     "Khảo sát của Trung tâm Dịch vụ việc làm Hà Nội được thực hiện trên 1 408 doanh nghiệp cho thấy nhu cầu nhân lực đang tăng nhanh.",
     "1027_8765180e6738: \"Khảo sát từ 1.408 doanh nghiệp cho thấy, các lĩnh vực bán buôn, bán lẻ ... đang gia tăng nhu cầu nhân lực nhanh chóng\"."),
    ("1027_8765180e6738", D,
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, khoảng 46% nhu cầu tuyển dụng đầu năm 2025 thuộc về nhóm lao động phổ thông.",
     "1027_8765180e6738: \"khoảng 36% nhu cầu tuyển dụng thuộc về nhóm lao động phổ thông\". ./g.sh '46 ?%' -> none."),
    ("1027_8765180e6738", N,
     "Theo dự báo, trong quý III/2025 Hà Nội cần tuyển khoảng 150.000 lao động.",
     "1027 forecasts quý II/2025 (khoảng 120.000); 1029 forecasts 6 tháng cuối năm 2023 (120.000-140.000). ./g.sh 'quý III/2025|quý 3/2025' -> none; ./g.sh '150\\.000' -> 406, 460 (unrelated)."),

    # ---- 1028 Việc làm Hà Nội quý I/2025
    ("1028_21dfb2d35f28", S,
     "Trong quý I năm 2025, Hà Nội đã giải quyết việc làm cho hơn 54 nghìn lao động.",
     "1028_21dfb2d35f28: \"Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động ... tăng hơn 3.000 người so với cùng kỳ năm 2024\" (so the year is 2025)."),
    ("1028_21dfb2d35f28", D,
     "Ba tháng đầu năm 2025, chỉ riêng qua các phiên giao dịch việc làm tại các sàn của TP Hà Nội đã có khoảng 3.700 người được tuyển dụng.",
     "1028_21dfb2d35f28: \"Các phiên giao dịch việc làm ... với trên 7.300 người được tuyển dụng chỉ qua kênh này\". ./g.sh '3\\.700|3 700' -> none (098 'gần 7.900' is 6 tháng 2022)."),

    # ---- 1029 Hà Nội tuyển lao động 6 tháng cuối 2023
    ("1029_4c50aa41ee41", S,
     "Trong sáu tháng đầu năm 2023, Hà Nội có hơn 15 nghìn doanh nghiệp đăng ký thành lập mới.",
     "1029_4c50aa41ee41: \"Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới\" (context: 6 tháng cuối năm 2023, TP Hà Nội)."),
    ("1029_4c50aa41ee41", D,
     "Nửa đầu năm 2023, Hà Nội có hơn 7.500 doanh nghiệp quay trở lại hoạt động, kéo theo nhu cầu tuyển lao động tăng.",
     "1029_4c50aa41ee41: \"cùng với hơn 5.700 doanh nghiệp trở lại hoạt động khiến nhu cầu tuyển lao động tăng lên\". ./g.sh '7\\.500' -> none."),

    # ---- 1042 Công đoàn ngành Giáo dục Hà Nội
    ("1042_fe924796bfeb", S,
     "Trong số công đoàn cơ sở do Công đoàn ngành Giáo dục Hà Nội quản lý có 58 đơn vị ngoài công lập.",
     "1042_fe924796bfeb: \"quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)\"."),
    ("1042_fe924796bfeb", D,
     "Công đoàn ngành Giáo dục Hà Nội hiện có hơn 15 nghìn đoàn viên.",
     "1042_fe924796bfeb: \"183 Công đoàn cơ sở ... với hơn 11.800 đoàn viên\" (333, 2022: 'hơn 12.000 đoàn viên'). ./g.sh '15 nghìn|15\\.000 đoàn viên' -> only 608 (người đăng ký hiến máu, unrelated)."),

    # ---- 1043 LĐLĐ An Giang, Tháng hành động vì Bình đẳng giới 2021 (no counted figure)
    ("1043_3463d7c1caa1", N,
     "Tháng hành động vì Bình đẳng giới năm 2021 được LĐLĐ tỉnh An Giang triển khai tới hơn 52.000 đoàn viên, CNVCLĐ toàn tỉnh.",
     "1043 only gives the document number (Công văn số 2260/LĐLĐ), no count. ./g.sh 'Bình đẳng giới' -> 1043 and corpus/001 (Hà Nội); ./g.sh 'An Giang' -> 582, 665 (kết nạp mới 5.124/8.000 đoàn viên năm 2022 - another counted noun and year), 983 - no An Giang membership total; ./g.sh '52\\.000|52 nghìn' -> only 173 ('552.000 người', national employment)."),

    # ---- 1046 Công đoàn Điện lực VN, thi tìm hiểu pháp luật bầu cử 2021
    ("1046_abc17e7bde88", S,
     "Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 trên congdoanvietnam.org có trên 2.300 lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam dự thi.",
     "1046_abc17e7bde88: \"đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi\"."),
    ("1046_abc17e7bde88", D,
     "Ở cuộc thi trực tuyến tìm hiểu pháp luật bầu cử năm 2021, khối Công đoàn Điện lực Việt Nam có 8 cá nhân đạt giải Khuyến khích.",
     "1046_abc17e7bde88: \"có 01 cá nhân đạt giải Nhất, 02 cá nhân đạt giải Nhì, 03 cá nhân đạt giải Ba và 05 cá nhân đạt giải Khuyến khích\". ./g.sh '8 cá nhân|08 cá nhân' -> only '88 cá nhân' in 507 (unrelated); 1047's '10 giải khuyến khích' is another contest."),
    ("1046_abc17e7bde88", N,
     "Cuộc thi viết Mini trong nhóm Đồng nghiệp EVN trên Facebook (15-29/5/2021) nhận được 150 bài dự thi.",
     "1046 counts participants/prizes only for the congdoanvietnam.org contest; the Facebook Mini writing contest has no count. ./g.sh '150 bài' -> none; ./g.sh 'bài viết' -> 1047 (236/197 bài, Gương sáng 2019 - another contest)."),

    # ---- 1047 Cuộc thi viết Gương sáng tiêu biểu ngành điện 2019
    ("1047_2700ae405823", S,
     "Cuộc thi viết \"Gương sáng tiêu biểu ngành điện năm 2019\" của Công đoàn Điện lực Việt Nam đã nhận được 236 bài viết từ các đơn vị trong toàn ngành.",
     "1047_2700ae405823: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành\"."),
    ("1047_2700ae405823", D,
     "Từ các bài dự thi, Ban tổ chức cuộc thi viết Gương sáng tiêu biểu ngành điện năm 2019 đã chọn ra 127 bài để chấm giải.",
     "1047_2700ae405823: \"chọn ra 197 bài viết để chấm giải\". ./g.sh '127 bài' -> none."),
    ("1047_2700ae405823", D,
     "Tại lễ tổng kết cuộc thi viết Gương sáng tiêu biểu ngành điện năm 2019, ban tổ chức đã trao 15 giải khuyến khích.",
     "1047_2700ae405823: \"đã trao 1 giải nhất, 2 giải nhì, 4 giải ba và 10 giải khuyến khích cho các tác giả\". ./g.sh '15 giải' -> none."),

    # ---- 1048 LĐLĐ TP Thủ Đức
    ("1048_5670fd29d818", S,
     "Sau khi thành lập, LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1 789 công đoàn cơ sở.",
     "1048_5670fd29d818: \"LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ (tính đến 31.10.2020)\"."),
    ("1048_5670fd29d818", D,
     "Theo đề án, Ban chấp hành Liên đoàn Lao động Thành phố Thủ Đức sẽ có 35 người.",
     "1048_5670fd29d818: \"Ban chấp hành của LĐLĐ Thành phố Thủ Đức sẽ có 53 người (dự kiến 17 Ủy viên ban thường vụ)\". ./g.sh '35 (ủy|uỷ) viên|35 người' -> only 115 (BCH LĐLĐ tỉnh Bình Định, another organisation)."),
    ("1048_5670fd29d818", N,
     "Trước khi sáp nhập vào LĐLĐ TP Thủ Đức, LĐLĐ Quận 9 quản lý khoảng 600 công đoàn cơ sở.",
     "1048 gives totals for the merged LĐLĐ TP Thủ Đức only (1.789 CĐCS), not per former district. ./g.sh 'Quận 9|quận 9' -> only corpus/000 ('quận 9 tháng năm 2024', unrelated); ./g.sh '600 (công đoàn|CĐCS)' -> none."),

    # ---- 1050 LĐLĐ TP HCM chỉ định BCH công đoàn phường, xã (22-8-2025)
    ("1050_ae670c71dab7", S,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân đã trao quyết định cho tám Công đoàn phường thuộc khu vực Dĩ An, Thuận An (tỉnh Bình Dương cũ).",
     "1050_ae670c71dab7: \"ông Phạm Trọng Nhân ... đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ, gồm 8 phường\"."),
    ("1050_ae670c71dab7", N,
     "Ban Chấp hành Công đoàn phường Dĩ An do LĐLĐ TP HCM chỉ định ngày 22-8-2025 gồm 13 ủy viên.",
     "1050 gives no size for any phường BCH. ./g.sh 'Dĩ An|Công đoàn phường' -> only 963 counts a BCH ('Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí') - another phường; Dĩ An's BCH is not counted anywhere; ./g.sh '13 (ủy|uỷ) viên|13 đồng chí' -> none."),
]


def curly(text):
    """Replace ASCII double quotes by alternating typographic ones so the TSV needs no CSV quoting."""
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
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
        assert not any(c in x for x in rows[-1] for c in "\t\n\r")
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 3, per_page


if __name__ == "__main__":
    main()
