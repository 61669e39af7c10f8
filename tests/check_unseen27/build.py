#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen27 (batch 26 dev pages + seeds).

Plain Python (csv + unicodedata only). Run: python3 build.py
"""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- seeds ----------------
    ("seed", "supported",
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 do LĐLĐ Thành phố phối hợp UBND TP tổ chức có hơn 110 thí sinh đạt giải.",
     "seed 000_bfafa456d464a790: \"Kết thúc Hội thi, Ban Tổ chức đã quyết định cấp giấy chứng nhận và khen thưởng cho 111 thí sinh đạt giải\" (Hội thi thợ giỏi thành phố Hà Nội năm 2023). Note the trap neighbour in the same sentence: 363 thí sinh tham gia."),
    ("seed", "supported",
     "Tổng số tiền giải của Hội thi thợ giỏi Hà Nội năm 2023 là hơn 560 triệu đồng.",
     "seed 000_bfafa456d464a790: \"khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng\"; hơn 560 ~ 564."),
    ("seed", "differs",
     "Trong đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp, CNVCLĐ Thủ đô đã hoàn thành 700 công trình, sản phẩm, phần việc cấp cơ sở.",
     "seed 000_bfafa456d464a790: \"CNVCLĐ toàn Thành phố đã hoàn thành 526 công trình, sản phẩm, phần việc cấp cơ sở; 94 công trình cấp trên trực tiếp cơ sở\". Corpus says 526, claim 700. g.sh '700 công trình' and g.sh '[0-9.]+ công trình' filtered on 'đại hội công đoàn': only 526 / 94 / 6 in seed 000."),

    # ---------------- 1061 (Công đoàn ngành NN&PTNT Hà Nội, no counted figures in body) ----------------
    ("1061_0f4d8cddb0d7", "not_found",
     "Tại chương trình \"Tết Sum vầy - Xuân bình an\" năm 2022, Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội đã trao 285 suất quà cho đoàn viên khó khăn.",
     "1061 only says the union \"phát động ... Chương trình \"Tết Sum vầy - Xuân bình an\" năm 2022\" with no gift count. g.sh 'Sum vầy': the 2022 'Tết sum vầy - Xuân bình an' programmes with counts are other organisations (542_2bc2120ebb1a: LĐLĐ thị xã Hoàng Mai, \"285 suất quà\"; 127 GTVT Hà Nội, 133/266 Dệt May Hà Nội without gift counts). g.sh 'NN&PTNT Hà Nội|Nông nghiệp và Phát triển nông thôn Hà Nội': 022/023/204/254 count CĐCS, CNVCLĐ, ủy viên, đại biểu of other years, no Tết gifts."),
    ("1061_0f4d8cddb0d7", "not_found",
     "Năm 2021, Công đoàn ngành NN&PTNT Hà Nội kết nạp được 650 đoàn viên mới.",
     "1061 body has no counts (\"hoạt động Công đoàn của ngành đã đạt được nhiều kết quả đáng ghi nhận\"). g.sh 'kết nạp' filtered on NN&PTNT/nông nghiệp: no hit. Nearby NN&PTNT figures are other things/periods: 254 \"quản lý 41 CĐCS ... số lượng CNVCLĐ 7.128\" (2013-2018), 023 \"30/30 Công đoàn cơ sở ... 211 Ủy viên ... 128 đại biểu\" (2023)."),

    # ---------------- 1062 (Công đoàn ngành Xây dựng Hà Nội, Huân chương LĐ hạng Nhất) ----------------
    ("1062_4241895b9eb4", "supported",
     "Công đoàn ngành Xây dựng Hà Nội hiện quy tụ gần 17 nghìn công nhân, viên chức, lao động.",
     "1062: \"Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ngành nghề đa dạng ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động\"."),
    ("1062_4241895b9eb4", "differs",
     "Công đoàn ngành Xây dựng Hà Nội có 120 công đoàn cơ sở trực thuộc.",
     "1062: \"Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ ... Công đoàn ngành Xây dựng Hà Nội\". Corpus 93, claim 120. g.sh '120 (công đoàn cơ sở|CĐCS)': no hit; g.sh '[0-9.]+ (Công đoàn cơ sở|CĐCS)' on Xây dựng: only 93 (1062), 22 inspected (1064), 20 with cờ thi đua (1065)."),
    ("1062_4241895b9eb4", "not_found",
     "Trong giai đoạn 2018 - 2022, Công đoàn ngành Xây dựng Hà Nội đã kết nạp hơn 3.000 đoàn viên mới.",
     "1062 gives only 93 CĐCS and gần 17.000 CNVCLĐ (a stock, not new members). g.sh 'kết nạp' filtered on 'xây dựng': no hit. Other Xây dựng Hà Nội pages count other things: 239 \"191 đại biểu\", \"21 đồng chí\" BCH; 189 \"38 tập thể, 37 cá nhân\" ATVSLĐ 2018; 054 \"159 đoàn viên ... 352 triệu đồng\" (bão Yagi 2024)."),

    # ---------------- 1064 (UBKT Công đoàn ngành Xây dựng Hà Nội) ----------------
    ("1064_9147fdd05d4f", "supported",
     "Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại hai mươi hai công đoàn cơ sở.",
     "1064: \"UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)\"; hai mươi hai = 22."),
    ("1064_9147fdd05d4f", "not_found",
     "Qua kiểm tra, UBKT Công đoàn ngành Xây dựng Hà Nội phát hiện 4 công đoàn cơ sở sử dụng kinh phí chi Đại hội chưa đúng quy định.",
     "1064 only says the inspection covered \"sử dụng kinh phí công đoàn chi cho Đại hội CĐCS nhiệm kỳ 2023 - 2028\" and that \"hầu hết các CĐCS\" complied; no count of violating CĐCS. g.sh 'kinh phí' filtered on 'xây dựng': only Mái ấm / house-building amounts of other unions. g.sh '22 (Công đoàn|CĐCS)': only 1064 (CĐCS inspected, not violating)."),

    # ---------------- 1065 (Công đoàn Xây dựng Hà Nội biểu dương 2015-2020) ----------------
    ("1065_3abb01f9920f", "supported",
     "Giai đoạn 2015-2020, trên một trăm tập thể, cá nhân ngành Xây dựng Hà Nội được tặng bằng khen của Tổng LĐLĐ Việt Nam và Liên đoàn Lao động Thành phố.",
     "1065: \"Trong giai đoạn 2015 - 2020 ... hơn 100 tập thể, cá nhân được tặng bằng khen của Tổng LĐLĐ Việt Nam, LĐLĐ thành phố\"; trên một trăm ~ hơn 100."),
    ("1065_3abb01f9920f", "differs",
     "Trong giai đoạn 2015 - 2020, ngành Xây dựng Hà Nội có 25 cá nhân được công nhận Chiến sĩ thi đua cấp thành phố.",
     "1065: \"Bên cạnh đó có 15 cá nhân được công nhận Chiến sĩ thi đua cấp thành phố\". Corpus 15, claim 25. g.sh 'chiến sĩ thi đua': only 1065 (5 toàn quốc, 15 cấp thành phố) and 106 (Chiến sĩ thi đua cơ sở of one person); g.sh '25 cá nhân' with xây dựng: no hit."),
    ("1065_3abb01f9920f", "differs",
     "Tại lễ biểu dương điển hình tiên tiến giai đoạn 2015-2020, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 60 sáng kiến sáng tạo cấp ngành năm 2019 - 2020.",
     "1065: \"Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020\". Corpus 40, claim 60. g.sh '[0-9]+ sáng kiến': 60 appears only as 177 \"60.000 sáng kiến\" (Tổng LĐLĐ target for Hà Nội), not this."),

    # ---------------- 1067 (Hội thi ATVSV giỏi Hà Nội 2020, no counted figures) ----------------
    ("1067_e8b09d9195a7", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi cấp thành phố Hà Nội năm 2020 có 150 thí sinh tham gia phần thi viết.",
     "1067 gives no contestant count (\"hội thi cấp TP sẽ diễn ra dưới hình thức thi viết và dự kiến được tổ chức cuối tháng 5\"). g.sh 'vệ sinh viên': 141 (same 2020 Hà Nội contest, Kế hoạch số 07/KH-LĐLĐ) has no counts; 1081 counts 19 đội in Khánh Hoà 2024 (other province/year); 309 no counts."),
    ("1067_e8b09d9195a7", "not_found",
     "Sau hội thi, LĐLĐ TP Hà Nội sẽ chọn 5 thí sinh xuất sắc nhất dự Hội thi An toàn vệ sinh viên giỏi toàn quốc năm 2020.",
     "1067: \"LĐLĐ TP Hà Nội sẽ lựa chọn những thí sinh xuất sắc nhất tham dự hội thi An toàn vệ sinh viên giỏi toàn quốc lần thứ 4 năm 2020\" - no number of selected contestants. g.sh 'toàn quốc lần thứ (4|IV|tư)': only this sentence; g.sh 'vệ sinh viên': no other count."),
    ("1067_e8b09d9195a7", "not_found",
     "Mạng lưới an toàn vệ sinh viên trong các cơ sở của Công đoàn Thủ đô hiện có khoảng 25.000 người.",
     "1067/141 talk of \"Nâng chất lượng mạng lưới An toàn vệ sinh viên\" without a size. g.sh 'vệ sinh viên' and g.sh 'ATVSV|an toàn viên': no count of safety officers anywhere in the corpus."),

    # ---------------- 1081 (Hội thi ATVSV giỏi Khánh Hoà 2024) ----------------
    ("1081_35c690f5dbdd", "supported",
     "Mười chín đội đã tham gia Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức ngày 31/5.",
     "1081: \"Ngày 31-5, LĐLĐ tỉnh Khánh Hoà tổ chức Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hoà năm 2024. Có 19 đội tham gia hội thi\"."),
    ("1081_35c690f5dbdd", "differs",
     "Tại Hội thi An toàn vệ sinh viên giỏi Khánh Hòa năm 2024, các đội trải qua 4 phần thi chính.",
     "1081: \"Các đội trải qua 3 phần thi chính gồm: Phần thi chào hỏi ... Phần thi kiến thức ... Phần thi thực hành\". Corpus 3, claim 4. g.sh '19 đội|phần thi': no other statement of the number of rounds for this contest."),
    ("1081_35c690f5dbdd", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hoà năm 2024 quy tụ 95 thí sinh.",
     "1081 counts teams (\"Có 19 đội tham gia\", \"tặng hoa và cờ lưu niệm cho 19 đội thi\"), not thí sinh. g.sh 'Khánh Ho|Khánh Hò': other Khánh Hoà pages are 743 (Đại hội Công đoàn tỉnh 2018: trên 300 đại biểu, 94.000 đoàn viên, 38 BCH), 886 (thưởng Tết 350 triệu), 088 - none counts contestants of this contest."),

    # ---------------- 1082 (Hội thi ATVSLĐ-PCCN Tiền Giang lần thứ 20, 2020) ----------------
    ("1082_e82300ed47f5", "supported",
     "Khoảng 600 công nhân, viên chức, lao động đã dự lễ khai mạc Hội thi ATVSLĐ, phòng chống cháy nổ tỉnh Tiền Giang năm 2020.",
     "1082: \"Sáng 26-5, Ban Chỉ đạo Tháng Hành động ... tỉnh Tiền Giang tổ chức Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)\"."),
    ("1082_e82300ed47f5", "differs",
     "CNVCLĐ dự lễ khai mạc Hội thi ATVSLĐ, PCCN tỉnh Tiền Giang năm 2020 đến từ các khu, cụm công nghiệp và Liên đoàn Lao động của 15 huyện, thị, thành.",
     "1082: \"600 công nhân ... đến từ các doanh nghiệp thuộc khu, cụm công nghiệp, LĐLĐ của 11 huyện, thị, thành và Công đoàn ngành\". Corpus 11, claim 15. g.sh '15 huyện': no hit."),
    ("1082_e82300ed47f5", "not_found",
     "Lễ phát động Tháng Công nhân và Hội thi ATVSLĐ, phòng chống cháy nổ năm 2023 của tỉnh Tiền Giang có 600 CNVCLĐ tham dự.",
     "Other edition: the 600 CNVCLĐ of 1082 are at the 2020 opening (\"lần thứ 20\"). g.sh 'Tiền Giang': the 2023 edition is 148_8ca3abe46cd0 (\"Lễ phát động ... Hội thi An toàn vể sinh lao động, phòng chống cháy nổ lần thứ 23\") which gives no attendance count (only 'năm thứ 12', 'năm thứ 7' ordinals). Other Tiền Giang pages: 457 Mái ấm, 1004 quà 45 triệu, 1089 Hội Nông dân."),

    # ---------------- 1084 (Tháng hành động vì trẻ em 2024, no counted figures) ----------------
    ("1084_325ae1646a54", "not_found",
     "Tháng hành động vì trẻ em năm 2024 đặt mục tiêu vận động 500 tỷ đồng cho trẻ em có hoàn cảnh khó khăn.",
     "1084 gives only dates (1-30/6/2024), the theme and Chỉ thị số 28-CT/TW; \"ưu tiên nguồn lực\" without any amount. g.sh 'hành động vì trẻ em': 695, 696, 996 (2024 edition, local plans) give plan numbers and dates only; 642 (Hội An 2022) \"50 suất quà\" is another year/place."),
    ("1084_325ae1646a54", "not_found",
     "Tại Lễ phát động Tháng hành động vì trẻ em năm 2023 ở Thừa Thiên Huế, 200 suất học bổng đã được trao cho trẻ em nghèo học giỏi.",
     "1084 caption only: \"trao học bổng cho trẻ em nghèo, có hoàn cảnh đặc biệt học giỏi tại Lễ phát động Tháng hành động vì trẻ em 2023\" - no number. g.sh 'Thừa Thiên Huế': only 1084 and 503 (Hội Chữ thập đỏ, no scholarships). g.sh '[0-9.,]+ (suất )?học bổng': 606 (300 suất, Chủ tịch nước), 694 (151 suất, LĐLĐ Long An), 907, 983 - other occasions."),

    # ---------------- 1085 (Đại hội Phụ nữ Hà Tĩnh XVI) ----------------
    ("1085_fdedd93bed02", "supported",
     "Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 gồm 11 người.",
     "1085: \"Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 đã tiến hành họp phiên thứ nhất bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu\"."),
    ("1085_fdedd93bed02", "not_found",
     "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI, nhiệm kỳ 2021-2026 có 300 đại biểu chính thức tham dự.",
     "1085 gives no delegate count (only BTV \"gồm 11 đại biểu\", which is the Standing Committee, not congress delegates). g.sh 'Phụ nữ tỉnh Hà Tĩnh|LHPN (tỉnh )?Hà Tĩnh': only 1085. g.sh 'Hà Tĩnh': other pages are Công đoàn/Tỉnh đoàn Hà Tĩnh (002 seed, 388, 419, 904, 994, 986) - no women's congress. 631 is Hội LHPN Nghệ An khóa XVI 2021-2026 (other province) without delegate count."),
    ("1085_fdedd93bed02", "not_found",
     "Hội LHPN Hà Tĩnh và Hội Nữ doanh nhân Hà Tĩnh đã trao 200 triệu đồng ủng hộ chương trình \"Triệu phần quà san sẻ yêu thương\".",
     "1085 caption: \"tiếp nhận số tiền ủng hộ chương trình \"Triệu phần quà san sẻ yêu thương\" do Hội LHPN Hà Tĩnh và Hội Nữ doanh nhân Hà Tĩnh trao tặng\" - amount not given. g.sh 'Triệu phần quà': only 1085."),

    # ---------------- 1086 (Tỉnh Đoàn Thanh Hoá khoá XIX / Nghệ An) ----------------
    ("1086_f219c7d82366", "supported",
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa đã bầu 44 đồng chí vào Ban Chấp hành Tỉnh Đoàn khóa XIX, nhiệm kỳ 2022 - 2027.",
     "1086: \"Chiều ngày 29/9, đại hội đã bầu Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí\"."),
    ("1086_f219c7d82366", "differs",
     "Đoàn đại biểu tỉnh Thanh Hóa dự Đại hội Đoàn toàn quốc lần thứ XII gồm 20 đại biểu chính thức.",
     "1086: \"bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 14 đại biểu chính thức, 4 đại biểu dự khuyết\". Corpus 14 (18 with dự khuyết), claim 20. g.sh 'Tỉnh Đoàn Thanh Hó|Đoàn tỉnh Thanh Hó|Tỉnh đoàn Thanh': no other page."),
    ("1086_f219c7d82366", "differs",
     "Ban Thường vụ Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027 gồm 15 đồng chí.",
     "1086: \"Tại hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX ... đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí\". Corpus 12, claim 15. No other Thanh Hóa Đoàn page (grep above)."),

    # ---------------- 1087 (Đại hội Đoàn tỉnh Bình Dương XI) ----------------
    ("1087_90263a33a0ca", "supported",
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI đại diện cho hơn 88 nghìn đoàn viên trong tỉnh.",
     "1087: \"Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương với sự tham dự của 290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên trong tỉnh\"."),
    ("1087_90263a33a0ca", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương khóa XI, nhiệm kỳ 2022-2027 có 320 đại biểu chính thức tham dự.",
     "1087: \"với sự tham dự của 290 đại biểu chính thức\". Corpus 290, claim 320. g.sh '(320|350) đại biểu': no hit; g.sh 'Đoàn.{0,40}Bình Dương|Bình Dương.{0,30}Đoàn': only LĐLĐ Bình Dương pages (seed 002, 595, 828), not the Youth Union congress."),
    ("1087_90263a33a0ca", "differs",
     "Đại hội Đoàn tỉnh Bình Dương nhiệm kỳ 2022-2027 đã bầu hai phó bí thư Tỉnh Đoàn.",
     "1087: \"Ba phó bí thư Tỉnh Đoàn gồm: anh Trần Bảo Lâm, anh Lê Tuấn Anh và chị Nguyễn Thanh Thảo\". Corpus ba (3), claim hai (2). g.sh 'hai phó bí thư|2 phó bí thư|phó bí thư tỉnh đoàn': no statement of 2 for Bình Dương (798 is another Tỉnh Đoàn, one person)."),

    # ---------------- 1089 (Đại hội Hội Nông dân Tiền Giang IX) ----------------
    ("1089_a96f4067d307", "supported",
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX đã bầu 33 ủy viên Ban Chấp hành khóa IX, nhiệm kỳ 2023 - 2028.",
     "1089: \"Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX, nhiệm kỳ 2023 - 2028 gồm 33/35 Ủy viên (khuyết 2 Ủy viên)\" and title \"Bầu 33 Ủy viên Ban Chấp hành khóa IX\"."),
    ("1089_a96f4067d307", "supported",
     "Các đại biểu dự Đại hội Hội Nông dân Tiền Giang lần thứ IX đại diện cho hơn 260 nghìn cán bộ, hội viên trong tỉnh.",
     "1089: \"270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang\"; hơn 260 nghìn ~ 265.000."),
    ("1089_a96f4067d307", "differs",
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX, nhiệm kỳ 2023-2028 có 350 đại biểu tham dự.",
     "1089: \"cùng với 270 đại biểu đại diện cho 265.000 cán bộ, hội viên\". Corpus 270, claim 350. g.sh '(320|350) đại biểu': no hit; g.sh 'Hội Nông dân': other congresses are Nghệ An lần thứ X (985: 304 đại biểu) and toàn quốc lần thứ VIII (842: 995 đại biểu chính thức)."),

    # ---------------- 1090 (Hội CCB Đồng Nai, đại hội cơ sở 2022-2027) ----------------
    ("1090_69990cd1ff80", "supported",
     "Tính đến 31/3/2022, gần 63% Hội Cựu chiến binh cơ sở ở Đồng Nai đã tổ chức xong đại hội nhiệm kỳ 2022-2027.",
     "1090: \"tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)\"; gần 63% ~ 62,88%."),
    ("1090_69990cd1ff80", "differs",
     "Đến cuối tháng 3/2022, tỉnh Đồng Nai có 180 Hội CCB cơ sở hoàn thành đại hội nhiệm kỳ 2022 - 2027.",
     "1090: \"toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027\". Corpus 144 (of 229), claim 180. g.sh 'Cựu chiến binh|CCB': only 1090 and 906 (a name, no count)."),
    ("1090_69990cd1ff80", "differs",
     "Sáu địa phương, đơn vị của Đồng Nai đã hoàn thành toàn bộ đại hội Hội Cựu chiến binh cấp cơ sở nhiệm kỳ 2022-2027.",
     "1090: \"Trong đó, 4 địa phương gồm: Vĩnh Cửu, Nhơn Trạch, Định Quán, Tổng công ty Cao su Đồng Nai đã hoàn thành 100% đại hội cấp cơ sở\". Corpus 4, claim sáu (6). No other CCB page (g.sh 'Cựu chiến binh|CCB')."),
]


def clean(text):
    """NFC, and ASCII double quotes turned into typographic ones so the TSV needs no quoting."""
    out, opening = [], True
    for ch in unicodedata.normalize("NFC", text):
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    text = "".join(out)
    assert "\t" not in text and "\n" not in text
    return text


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([clean(x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps authoring order within a page
    with open("/work/unseen27/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 3, pages
    print(len(rows), dict(c))
    for p, n in sorted(pages.items()):
        print(p, n, dict(Counter(r[1] for r in rows if r[0] == p)))


if __name__ == "__main__":
    main()
