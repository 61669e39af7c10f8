#!/usr/bin/env python3
"""Build claims.tsv for ldtd check (blind claim set, unseen105). Plain Python: csv + unicodedata."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 143 Đại hội Phụ nữ HN XVI
    ("143_51b5dc91c41f", S,
     "Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026, đã triệu tập gần 490 đại biểu.",
     "143: 'Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 ... Đại hội triệu tập 489 đại biểu.' gần 490 ~ 489. 593 (same congress) states no delegate total."),
    ("143_51b5dc91c41f", D,
     "Có 35 nữ cán bộ Công đoàn chuyên trách và nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội đại biểu Phụ nữ thành phố Hà Nội khóa XVI.",
     "143: 'nữ cán bộ Công đoàn chuyên trách, nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội có 28 người.' Claim 35 != 28. g.sh '35 (nữ|đại biểu|người)' -> only 115 (BCH Bình Định 35 người) and 627 (HĐND Bắc Quang), other things."),
    # ---------------- 174 BCH Tổng LĐLĐ khóa XIII
    ("174_6cb98c605947", S,
     "Đại hội XIII Công đoàn Việt Nam đã bầu 168 người vào Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023-2028.",
     "174: 'Kết quả, đại hội đã bầu 168 ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.'"),
    ("174_6cb98c605947", D,
     "Tại Đại hội, 195 đồng chí đã được giới thiệu để bầu Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII.",
     "174: 'tại Đại hội giới thiệu 185 đồng chí để bầu 168 ủy viên'. Claim 195 != 185. g.sh '195 (đồng chí|người|ứng)' -> nothing. (247 has 185 đồng chí for Đại hội XII, a different congress, same value as 174.)"),
    # ---------------- 189 CĐ ngành Xây dựng HN ATVSLĐ 2019
    ("189_db25eb366620", S,
     "Tại lễ phát động Tháng hành động ATVSLĐ năm 2019, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng ba mươi bảy cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     "189: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.' ba mươi bảy = 37."),
    ("189_db25eb366620", D,
     "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 48 tập thể có thành tích xuất sắc trong phong trào an toàn vệ sinh lao động năm 2018.",
     "189: 'khen thưởng 38 tập thể, 37 cá nhân ... ATVSLĐ năm 2018'. Claim 48 != 38. g.sh '48 tập thể' -> nothing."),
    # ---------------- 357 Canon
    ("357_3a6c57d6b65d", S,
     "Phó Chủ tịch Liên đoàn Lao động TP Hà Nội Phạm Bá Vĩnh đã trao 150 triệu đồng hỗ trợ đoàn viên, người lao động khó khăn do COVID-19 tại Công ty TNHH Canon Việt Nam.",
     "357: 'Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh ... trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động ... thuộc Công ty TNHH Canon Việt Nam.'"),
    ("357_3a6c57d6b65d", D,
     "LĐLĐ thành phố Hà Nội đã hỗ trợ 500 đoàn viên, người lao động có hoàn cảnh khó khăn của Công ty TNHH Canon Việt Nam bị ảnh hưởng bởi dịch COVID-19.",
     "357: 'hỗ trợ 300 đoàn viên, người lao động có hoàn cảnh khó khăn ... Công ty TNHH Canon Việt Nam'. Claim 500 != 300. g.sh 'Canon' -> only 357; '500 đoàn viên' -> 262/547/968, other things."),
    # ---------------- 452 Covid support
    ("452_1672f5c17921", D,
     "Kể từ ngày 27/4, hơn 174 nghìn đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19 đã được các cấp Công đoàn Thủ đô chăm lo, hỗ trợ từ ngân sách Công đoàn.",
     "452: 'với số tiền trên 89, 441 tỷ đồng cho 147.603 đoàn viên, người lao động' (title 'Trên 147 ngàn'). Claim hơn 174 nghìn != 147.603 (digits swapped). 451 (earlier report, same series) says 130.702. g.sh '174\\.|174 nghìn|174 ngàn' -> nothing."),
    ("452_1672f5c17921", D,
     "Các Công đoàn cấp trên trực tiếp cơ sở ở Hà Nội đã vận động 2.600 chủ nhà trọ miễn, giảm tiền thuê nhà cho người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452: 'vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%'; 451 also '1.650 chủ nhà trọ'. Claim 2.600 != 1.650. g.sh 'chủ nhà trọ' -> only 451, 452 (1.650); '2.6xx' -> only seed 003 '2.600 công nhân lao động' (another noun)."),
    # ---------------- 504 Chợ Tết 2026
    ("504_7a8b75f0dd5a", S,
     "Hơn 2,4 nghìn đoàn viên, công nhân lao động trên địa bàn Thủ đô đã có mặt tham dự Chợ Tết Công đoàn năm 2026.",
     "504: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình.' (Chợ Tết Công đoàn năm 2026)."),
    ("504_7a8b75f0dd5a", D,
     "Chợ Tết Công đoàn năm 2026 của Công đoàn Thủ đô diễn ra trong hai ngày 31/1-1/2/2026 với quy mô 65 gian hàng.",
     "504: 'Chợ Tết Công đoàn năm 2026 diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng'; 107: Thiên Lộc 31/1-1/2/2026 'với khoảng 50 gian hàng'. Claim 65 != 50. g.sh '65 gian hàng' -> nothing (543 '70-80 gian hàng' is Đà Nẵng)."),
    # ---------------- 507 GVN-ĐVN 2020
    ("507_60ef7af69b3d", S,
     "Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 88 cá nhân có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507: 'Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.'"),
    ("507_60ef7af69b3d", D,
     "Chín tập thể đã được Công đoàn Viên chức Hà Nội khen thưởng vì thành tích xuất sắc trong phong trào “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507: '6 tập thể và 88 cá nhân được khen thưởng'. Claim chín (9) != 6. g.sh '9 tập thể' and the GVN-ĐVN tập thể/cá nhân pattern -> only 507 (and 183/654 without numbers)."),
    # ---------------- 625 Quảng Trị
    ("625_686569eb1423", D,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ nửa tỷ đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng do mưa lũ.",
     "625: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong)'. Claim nửa tỷ = 500 triệu != 300 triệu. g.sh 'Triệu Giang' -> only 625; '500 triệu' -> only 1130 (Quỹ Vì người nghèo TP HCM)."),
    ("625_686569eb1423", N,
     "Trong năm 2017, Liên đoàn Lao động tỉnh Quảng Trị đã thành lập mới 23 công đoàn cơ sở.",
     "625 (2017, chủ đề 'Năm vì lợi ích đoàn viên') counts no new CĐCS. g.sh 'Triệu Giang|Quảng Trị', 'CĐCS|công đoàn cơ sở' filtered to Quảng Trị: 967 'thành lập mới được 23 CĐCS' is 6 tháng đầu năm 2024 (another year); 968 'thành lập 25 Công đoàn cơ sở' is the 2022 target. No 2017 count."),
    # ---------------- 717 Hải Phòng
    ("717_98d937fa1780", S,
     "Hội nghị học tập của LĐLĐ thành phố Hải Phòng được tổ chức dưới hình thức trực tuyến tại sáu điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel tại thành phố Hải Phòng...' (chủ trì: Tống Văn Băng, Chủ tịch LĐLĐ thành phố)."),
    ("717_98d937fa1780", D,
     "Nội dung hội nghị học tập do LĐLĐ TP Hải Phòng tổ chức đề cập đến 7 chuyên đề của Tổng LĐLĐ Việt Nam về vị trí, chức năng, vai trò của tổ chức công đoàn.",
     "717: 'Nội dung của hội nghị học tập đề cập đến 05 chuyên đề của Tổng LĐLĐ Việt Nam'. Claim 7 != 5. g.sh 'chuyên đề' -> no other count of chuyên đề for this; '(7|bảy) chuyên đề' -> nothing."),
    # ---------------- 742 Đà Nẵng
    ("742_c62ad0872e2b", S,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030, có các đại biểu đại diện cho hơn 216 nghìn đoàn viên trên địa bàn thành phố.",
     "742: 'với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng.' 571 says the same."),
    ("742_c62ad0872e2b", D,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I diễn ra trong hai ngày 12 và 13-12 với sự tham gia của 350 đại biểu chính thức.",
     "742: 'Đại hội diễn ra trong 2 ngày, 12 và 13-12, với sự tham gia của 300 đại biểu chính thức'; 571 also '300 đại biểu chính thức ... TP Đà Nẵng'. Claim 350 != 300. g.sh '350 đại biểu' -> nothing."),
    # ---------------- 761 Quảng Ninh Chợ Tết 2023
    ("761_0759299e56e8", S,
     "Chợ Tết công đoàn năm 2023 tại Quảng Ninh, giao cho Công đoàn TKV tổ chức, dự kiến có khoảng 2000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia.",
     "761: 'riêng tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức với khoảng 2.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia.'"),
    ("761_0759299e56e8", D,
     "Chương trình Chợ Tết công đoàn năm 2023 được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 25 tỉnh, thành phố.",
     "761: 'Đây là chương trình được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố'. Claim 25 != 22. g.sh '22 tỉnh|25 tỉnh' -> only 761 (22)."),
    # ---------------- 844 HĐND HN kiện toàn
    ("844_2389728e91c4", D,
     "Trước kỳ họp bất thường của HĐND thành phố để kiện toàn nhân sự, UBND TP Hà Nội có 8 Phó Chủ tịch.",
     "844: 'UBND TP Hà Nội có 6 Phó Chủ tịch gồm các ông: Vũ Hồng Khanh, Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Ngọc Tuấn, Nguyễn Quốc Hùng và Trần Xuân Việt.' Claim 8 != 6. g.sh '(tám|[0-9]+) (Phó Chủ tịch|phó chủ tịch)' -> 116/117 also '6 Phó Chủ tịch' (UBND HN, 2016); no 8."),
    ("844_2389728e91c4", D,
     "Tại kỳ họp bất thường, HĐND TP Hà Nội dự kiến miễn nhiệm hai Phó Chủ tịch UBND thành phố.",
     "844: 'HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND.' Claim hai (2) != 3. g.sh 'hai Phó Chủ tịch|2 Phó Chủ tịch' -> only 247 (TLĐ khóa 11), other thing."),
    # ---------------- 983 T.Ư Đoàn Tết 2022
    ("983_245bc105cc74", D,
     "Chương trình của Trung ương Đoàn dịp Tết 2022 tổ chức cho 3.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê đón Tết miễn phí.",
     "983: 'chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí.' Claim 3.000 != 2.000. g.sh '3\\.000 sinh viên' -> nothing."),
    ("983_245bc105cc74", D,
     "Tại thị xã Tân Châu (An Giang), đoàn công tác Trung ương Đoàn đã tặng 35 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn.",
     "983: 'tặng 20 xe đạp và hỗ trợ 50 bộ dụng cụ học tập cho học sinh có hoàn cảnh khó khăn' (TX.Tân Châu, An Giang). Claim 35 != 20. g.sh 'xe đạp' -> only 983 (20) and 460 (no count)."),
    # ---------------- ordinals / durations (supported)
    ("148_8ca3abe46cd0", S,
     "Năm 2023, tỉnh Tiền Giang tổ chức Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23.",
     "148: 'Lễ phát động Tháng hành động về an toàn vệ sinh lao động, Tháng Công nhân 2023 và Hội thi An toàn vể sinh lao động, phòng chống cháy nổ lần thứ 23.' (1082 is lần thứ 20, năm 2020.)"),
    ("148_8ca3abe46cd0", N,
     "Khoảng 600 công nhân, viên chức, lao động đã dự Lễ phát động Tháng hành động ATVSLĐ, Tháng Công nhân năm 2023 của tỉnh Tiền Giang.",
     "148 gives no attendance. g.sh 'Tiền Giang' and '600 (công nhân|CNVCLĐ|người)': 1082 '600 công nhân, viên chức, lao động (CNVCLĐ)' is the 2020 Hội thi lần thứ 20 (another edition/year); nothing for 2023."),
    ("299_b1ff75139dd0", S,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023, đã bế mạc thành công tốt đẹp sau ba ngày làm việc.",
     "299: 'Sau 3 ngày làm việc với tinh thần khẩn trương, nghiêm túc, trách nhiệm, sáng nay 25/4, Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã thành công tốt đẹp.' (092/242: 23 đến 25/4/2018.)"),
    ("428_25ecc0569546", S,
     "Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Hà Nội để sơ kết 5 năm thực hiện Nghị quyết số 11 về phát triển Thủ đô giai đoạn 2011-2020.",
     "428: 'tập thể Bộ Chính trị đã có buổi làm việc với Ban Thường vụ Thành ủy Hà Nội, sơ kết 5 năm thực hiện Nghị quyết số 11 của Bộ Chính trị khóa XI ... giai đoạn 2011 - 2020.'"),
    ("355_e6694f9f8726", S,
     "Thủ tướng Phạm Minh Chính đã phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.",
     "355: 'Quyết định số 368/QĐ-TTg ngày 11/4/2023 phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023).'"),
    # ---------------- not_found
    ("274_981255185750", N,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024 của thành phố Hà Nội có khoảng 1.000 người tham gia.",
     "274 (năm thứ 13 since 2012 = 2024) gives no attendance; 220/551 (Hà Nội 2024) count quà (100 công nhân, 100 phần quà) and 200 khám sức khỏe, not participants. g.sh '(1\\.000|1000|một nghìn) người': 264 'khoảng 1.000 người' is the 2025 ceremony in Thạch Thất (another year); 295/404/1011 other things."),
    ("258_481de498caab", N,
     "Tại lễ phát động Tháng Công nhân năm 2022, LĐLĐ quận Bắc Từ Liêm đã trao 50 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "258 counts no gifts. g.sh 'Bắc Từ Liêm' -> 142 (khám sức khỏe 862 đoàn viên), seed 001/002 (khuyến học, sáng kiến, chuyển giao CĐCS); '(suất quà|phần quà).{0,100}Bắc Từ Liêm|Bắc Từ Liêm.{0,200}(suất|phần quà)' -> nothing. '50 suất quà' hits are 518 (Đoàn thanh niên) and 642 (Hội An trẻ em)."),
    ("300_c35bde72bae1", N,
     "Hội nghị Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI, kỳ họp thứ 5 (mở rộng), có 250 đại biểu tham dự.",
     "300 gives no attendance. g.sh 'kỳ họp (lần )?thứ (5|năm)|khóa XVI.{0,40}kỳ họp' -> 003 (kỳ họp 11), 037 (kỳ họp 9), no counts; '250 đại biểu' -> only 1210 (Công đoàn ngành Y tế congress)."),
    ("408_a6f25cd48259", N,
     "Đồng chí Thái Minh Sỹ được bầu giữ chức Phó Chủ tịch Liên đoàn Lao động tỉnh với 100% số phiếu tán thành.",
     "408 gives no vote share. g.sh 'Thái Minh Sỹ' -> only 408 title; '100% (số )?phiếu' -> only 1142 (Bí thư Tỉnh đoàn, another person/org)."),
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV đã bầu đoàn 21 đại biểu đi dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII.",
     "203 has no counts. 239 (same congress) counts '191 đại biểu' present and 'bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV' - BCH members, not the delegation to the city congress; 239 has no 'đoàn đại biểu'. g.sh 'đoàn đại biểu.{0,100}(Đại hội XII|lần thứ XII)...' and 'Xây dựng Hà Nội' with numbers -> no delegation count. Deliberate trap: same occasion and same number, other counted noun."),
    ("287_eb066041b262", N,
     "Công đoàn phường Nghĩa Đô, thành lập ngày 2/10/2025, hiện có 72 công đoàn cơ sở trực thuộc.",
     "287 counts no CĐCS. g.sh 'Nghĩa Đô' -> only 287 (no numbers besides QĐ 1881); '72 (công đoàn cơ sở|CĐCS)' -> 248 'Công đoàn phường Ba Đình ... với 72 công đoàn cơ sở trực thuộc' (another ward)."),
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, 8.563 công đoàn cơ sở của Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025-2030, tiến tới Đại hội Công đoàn thành phố lần thứ XVIII.",
     "095 counts no CĐCS. g.sh '8\\.563' -> only seed 003 '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028' (previous term, another period); '[0-9.]+ (Công đoàn cơ sở|CĐCS).{0,100}Đại hội' -> other units (023, 743, 933, 969, 1187, 308)."),
    ("153_e14e5df550cb", N,
     "Đồng chí Phạm Quang Thanh được bầu bổ sung làm Chủ tịch Liên đoàn Lao động TP Hà Nội khóa XVI với 100% số phiếu.",
     "153 (QĐ 5556/QĐ-TLĐ) gives no vote share; 003 (kỳ họp 11 bầu bổ sung Chủ tịch) gives none either. g.sh '(Phạm Quang Thanh|Chủ tịch LĐLĐ).{0,200}(phiếu|%)' -> only 595 (Bình Dương, 85% lao động ngoài tỉnh); '100% (số )?phiếu' -> only 1142."),
    ("526_ca11ded5230f", N,
     "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công thương Bắc Ninh đã trao 200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "526 counts nothing (only KH 217, KH 17). g.sh 'Công thương Bắc Ninh.{0,200}[0-9]' -> only the plan numbers; 'Bắc Ninh' -> 525/527/535 other things; '200 suất quà' -> 519 (Đoàn), 542 (LĐLĐ Nghệ An/Hoàng Mai)."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main()
