#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.

Plain Python: csv + unicodedata only.  Run:  python3 build.py
"""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ------------------------------------------------------------------ supported
    ("1024_dd34d84c01cf", "supported",
     "Nhân Tháng Công nhân năm 2025, LĐLĐ huyện Ba Vì đã trao mười một suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024_dd34d84c01cf: \"Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn\" (Tháng Công nhân năm 2025). Spelled-out mười một = 11."),
    ("1182_0c6515fa5445", "supported",
     "Hiện Công đoàn ngành Y tế Việt Nam có tổng cộng 103 công đoàn cơ sở.",
     "1182_0c6515fa5445: \"CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở.\""),
    ("254_698c53174ce4", "supported",
     "Theo Chủ tịch Nguyễn Văn Thảo, Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội hiện quản lý bốn mươi mốt công đoàn cơ sở.",
     "254_698c53174ce4: \"Chủ tịch CĐ ngành Hà Nội Nguyễn Văn Thảo cho biết, hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước\" (CĐ ngành NN&PTNT Hà Nội, nhiệm kỳ 2013-2018). Other pages on this union (023: 30/30 CĐCS held congresses in 2023) are another period/noun."),
    ("295_936027b8bfb1", "supported",
     "Trong tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội đã tiếp nhận khoảng 11,7 nghìn hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1 (date 2020-06): \"Theo TTDVVL Hà Nội, trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp\". khoảng 11,7 nghìn = 11.700."),
    ("335_f1e4aebb2913", "supported",
     "Dịp Tết Nguyên đán Tân Sửu, tổng trị giá các suất quà Tết LĐLĐ huyện Ứng Hòa trao cho công nhân lao động, đoàn viên khó khăn là 121 triệu đồng.",
     "335_f1e4aebb2913: \"Liên đoàn Lao động huyện Ứng Hòa đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng.\" 121 triệu = 121.000.000."),
    ("360_7ce4c52c2f43", "supported",
     "Năm 2024, chương trình của Quỹ “Vì người nghèo” thành phố Hà Nội đã hoàn thành 714 căn nhà Đại đoàn kết.",
     "360_7ce4c52c2f43: \"Năm 2024, Chương trình đã hoàn thành 714 nhà Đại đoàn kết, hoàn thành việc xóa nhà ở xuống cấp cho hộ nghèo, hộ cận nghèo trên địa bàn Thành phố\" (Tháng cao điểm Vì người nghèo, Hà Nội)."),
    ("468_d8dfb9c601c1", "supported",
     "Tại lễ phát động Tháng cao điểm vì người nghèo năm 2023, Hà Nội trao hỗ trợ 185 căn nhà đại đoàn kết cho người nghèo.",
     "468_d8dfb9c601c1: \"trao hỗ trợ an cư và tạo sinh kế trị giá gần 11 tỷ đồng cho người nghèo, gồm: 185 căn nhà đại đoàn kết, 40 con bò sinh sản, 15 xe máy, 5 máy khâu\" (lễ phát động tháng cao điểm ... thành phố Hà Nội năm 2023)."),
    ("497_902490bd9259", "supported",
     "Ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận hơn 560 triệu đồng ủng hộ Quỹ “Vì người nghèo” từ các cơ quan, đơn vị, doanh nghiệp, trường học.",
     "497_902490bd9259: \"Tại buổi lễ, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học\" (Ngày 1/11, Quỹ Vì người nghèo năm 2019). hơn 560 triệu ~ 564 triệu."),
    ("502_212b66a603d0", "supported",
     "Tổng số tiền thưởng Công đoàn ngành Y tế Hà Nội trao cho các tập thể, cá nhân xuất sắc trong chương trình “Một triệu sáng kiến” giai đoạn 2 là hơn 104 triệu đồng.",
     "502_212b66a603d0: \"mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân, tổng số tiền thưởng là hơn 104 triệu đồng\" (Công đoàn ngành Y tế Hà Nội, giai đoạn 2 chương trình “Một triệu sáng kiến”)."),
    ("713_880c4651b9b8", "supported",
     "Đoàn Chủ tịch Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII gồm mười bảy vị.",
     "713_880c4651b9b8: \"các đại biểu đã hiệp thương thông qua danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị\" (Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, 2024-2029). The other 17s in the corpus (1211: BCH Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí) are other bodies."),
    ("812_69df8abf1bca", "supported",
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 có sự tham dự của 550 đại biểu.",
     "812_69df8abf1bca: \"Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 tiến hành ngày làm việc chính thức thứ hai với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên\". (092/307 also say 550 đại biểu but for Đại hội Công đoàn TP Hà Nội - another event.)"),
    ("887_19e43b08801d", "supported",
     "Đại hội Đảng bộ huyện Hà Trung lần thứ XXII đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025.",
     "887_19e43b08801d: \"Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025.\""),
    ("1064_9147fdd05d4f", "supported",
     "Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại hai mươi hai công đoàn cơ sở.",
     "1064_9147fdd05d4f: \"UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS).\" hai mươi hai = 22."),

    # ------------------------------------------------------------------ differs
    ("1182_0c6515fa5445", "differs",
     "Sáu tháng đầu năm 2016, Công đoàn Y tế Việt Nam đã hỗ trợ hơn 2.500 đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1182_0c6515fa5445: \"6 tháng đầu năm 2016, đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng\" - corpus says under 1.800, claim over 2.500. g.sh '2\\.500|2500': only 968 (another province's plan to develop 2.500 đoàn viên) and 1181 (2.500 thiếu nhi, CĐ Viên chức TPHCM) - not this count."),
    ("254_698c53174ce4", "differs",
     "Công đoàn ngành NN&PTNT Hà Nội hiện có hơn 9.100 công nhân viên chức lao động.",
     "254_698c53174ce4: \"với số lượng CNVCLĐ 7.128, trong đó số đoàn viên CĐ là gần 7.000 người\" (CĐ ngành NN&PTNT Hà Nội). g.sh '7\\.128|9\\.100|9100': only the 7.128 line; no 9.100 anywhere."),
    ("295_936027b8bfb1", "differs",
     "Nửa đầu tháng 6/2020, có khoảng 8.300 lao động tại Hà Nội nhận quyết định hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1: \"Nửa đầu tháng 6, trung tâm nhận hơn gần 5.544 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, số lao động có quyết định hưởng là 6.396 người.\" g.sh '8\\.300|8300': no hits; 'trợ cấp thất nghiệp' occurs only on page 295."),
    ("335_f1e4aebb2913", "differs",
     "Dịp Tết Tân Sửu, LĐLĐ huyện Ứng Hòa trao 80 suất quà Tết từ nguồn kinh phí của Liên đoàn Lao động thành phố Hà Nội.",
     "335_f1e4aebb2913: \"Trong đó có 60 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động thành phố, 62 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động huyện\". g.sh '80 suất': only 207 (LĐLĐ TP. Hội An, Quảng Nam) - another organisation."),
    ("360_7ce4c52c2f43", "differs",
     "Năm 2024, tổng trị giá các phương tiện sinh kế trao cho hộ nghèo từ Quỹ “Vì người nghèo” thành phố Hà Nội vào khoảng 4,1 tỷ đồng.",
     "360_7ce4c52c2f43: \"Trao hỗ trợ sinh kế tới các hộ nghèo gồm 95 xe máy, 54 con bò, 13 máy khâu, 1 máy tuốt lúa từ nguồn Quỹ “Vì người nghèo” với tổng trị giá 3 tỷ 140 triệu đồng.\" g.sh '4,1 tỷ|4\\.100 triệu|4 tỷ 1': no hits."),
    ("468_d8dfb9c601c1", "differs",
     "Theo kết quả rà soát chuẩn nghèo đa chiều năm 2023, Hà Nội còn khoảng 12 nghìn hộ cận nghèo.",
     "468_d8dfb9c601c1: \"Kết quả rà soát theo chuẩn nghèo đa chiều, Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095% và hơn 22.000 hộ cận nghèo.\" g.sh '12\\.000 hộ|12 nghìn hộ|12000 hộ': no hits; other 'cận nghèo' counts are huyện Đức Trọng (1144: 1.112 hộ)."),
    ("497_902490bd9259", "differs",
     "Tính đến ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã tiếp nhận gần 5,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố.",
     "497_902490bd9259: \"tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố\". g.sh '5,8 tỷ': no hits."),
    ("502_212b66a603d0", "differs",
     "Công đoàn ngành Y tế Hà Nội khen thưởng 175 cá nhân có thành tích xuất sắc trong chương trình “1 triệu sáng kiến” giai đoạn 2.",
     "502_212b66a603d0: \"15 tập thể và 15 cá nhân đại diện cho 83 tập thể và 157 cá nhân có thành tích xuất sắc triển khai chương trình 1 triệu sáng kiến\" (title: \"83 tập thể, 157 cá nhân đạt giải\"). g.sh '175 cá nhân': no hits (215 has '175 công trình sản phẩm', another noun/organisation)."),
    ("507_60ef7af69b3d", "differs",
     "Tại hội nghị tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2020, Công đoàn Viên chức TP Hà Nội đã khen thưởng 68 cá nhân.",
     "507_60ef7af69b3d: \"Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.\" g.sh '68 cá nhân': no hits."),
    ("713_880c4651b9b8", "differs",
     "Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029 có 336 đại biểu chính thức tham dự.",
     "713_880c4651b9b8: \"Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 bước vào ngày làm việc đầu tiên với sự tham dự của 363 đại biểu chính thức\". g.sh '336': no hits (digits transposed)."),
    ("887_19e43b08801d", "differs",
     "Ban Thường vụ Huyện ủy Hà Trung nhiệm kỳ 2020-2025 gồm 13 đồng chí.",
     "887_19e43b08801d: \"Ban Thường vụ Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025 gồm 11 đồng chí.\" g.sh '13 đồng chí': no hits."),
    ("278_ca99d72144c8", "differs",
     "Mười hai vấn đề trong số các kiến nghị năm 2016 của công nhân lao động các KCN&CX Hà Nội đã được giải quyết.",
     "278_ca99d72144c8: \"22/31 vấn đề kiến nghị năm 2016 đã được giải quyết\" (buổi đối thoại Chủ tịch UBND TP Hà Nội với CNLĐ các KCN&CX Hà Nội). g.sh '12 vấn đề|12/31': no hits; 224 covers a similar dialogue but states no figure."),
    ("1213_9f9593bce75e", "differs",
     "Sau gần 30 năm triển khai, chương trình học bổng cho con công nhân lao động ở TPHCM đã trao khoảng 1.500 suất học bổng cho học sinh hiếu học.",
     "1213_9f9593bce75e: \"Chương trình học bổng được triển khai gần 30 năm qua ... Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học.\" g.sh '1\\.500 suất|1500 suất': no hits."),
    ("681_4a0a266e2954", "differs",
     "Từ nay đến ngày 10/2/2026, Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ ít nhất 45 nghìn suất quà Tết cho hộ nghèo, cận nghèo và người khó khăn.",
     "681_4a0a266e2954: \"từ nay đến ngày 10-2-2026, Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình\" (Tết Nhân ái) \"với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết cho các hộ nghèo, cận nghèo\". g.sh '45\\.000|45 nghìn': only 098 (45.000 lao động), 460 (145.000 suất quà, Hội CTĐ Hà Nội 2022), 668 (45.000.000 đồng) - none is this target."),
    ("1024_dd34d84c01cf", "differs",
     "Dịp Tháng Công nhân 2025, LĐLĐ huyện Ba Vì trao quà cho 35 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024-2025.",
     "1024_dd34d84c01cf: \"đã trao 11 suất quà ... và 25 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024 - 2025.\" g.sh '35 em|35 học sinh': no hits."),
    ("1194_7d78d6932b24", "differs",
     "Khoảng 60 công nhân lao động ở khu công nghiệp Thốt Nốt đã được tuyên truyền phòng chống ma túy, tội phạm trong buổi sinh hoạt ngày 28/5/2023.",
     "1194_7d78d6932b24: \"trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền\" (28/5/2023, LĐLĐ quận Thốt Nốt). khoảng 60 contradicts trên 100. g.sh '60 công nhân|60 người lao động': no hits; 'Thốt Nốt' only on page 1194."),

    # ------------------------------------------------------------------ not_found
    ("052_59edbafd4169", "not_found",
     "Chương trình khám sức khỏe, tầm soát ung thư miễn phí của LĐLĐ huyện Thạch Thất đã thăm khám cho khoảng 850 công nhân, viên chức, lao động.",
     "052_59edbafd4169 names who is examined (CNVCLĐ of CĐCS under LĐLĐ huyện Thạch Thất) but gives no head-count; its only numbers are years (2023, 2024) and '3 năm trở lên'. g.sh 'tầm soát|khám sức khỏe': 026 (Sơn Tây, trên 200), 142 (Bắc Từ Liêm, 862), 551 (TP Hà Nội 2024, 200 CNLĐ) - other LĐLĐs; 721 counts Thạch Thất CĐCS/đoàn viên (216 CĐCS, trên 6.000 đoàn viên, 2022), not people examined. g.sh '850': no hits."),
    ("183_2d301ff89d1d", "not_found",
     "Sáu tháng đầu năm 2019, Công đoàn Viên chức TP Hà Nội đã khen thưởng 40 cá nhân điển hình trong phong trào “Giỏi việc nước, đảm việc nhà”.",
     "183_2d301ff89d1d (6 tháng đầu năm 2019) only shows a caption of Phạm Bá Vĩnh \"khen thưởng các tập thể, cá nhân “Giỏi việc nước- đảm việc nhà”\" with no number. g.sh 'Giỏi việc nước' and 'Viên chức (Thành phố|thành phố|TP)': the counted awards are 507 (năm 2020: 6 tập thể, 88 cá nhân - another year) and 215 (giai đoạn 2015-2020, thi đua yêu nước: 25 tập thể, 67 cá nhân; 11 tập thể, 25 cá nhân - another period/movement). g.sh '40 cá nhân': no hits."),
    ("240_7c06aa0151c5", "not_found",
     "Đại hội công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 có 65 đoàn viên tham dự.",
     "240_7c06aa0151c5 gives no attendance; its numbers are ordinals/terms ('lần thứ XVII', '1 trong 2 đơn vị tổ chức Đại hội điểm'). g.sh 'Sở Xây dựng': no other page counts this congress. g.sh '65 đoàn viên|65 công đoàn viên': only 54.365/5.965 đoàn viên of other provinces."),
    ("1152_1d9b2cfa9756", "not_found",
     "Trong đợt thi đua đặc biệt đến ngày 31/8/2025, Hội LHPN tỉnh Vĩnh Long phấn đấu hỗ trợ xóa 200 căn nhà tạm cho hội viên, phụ nữ.",
     "1152_1d9b2cfa9756 mentions \"chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ\" with no count ('5 không, 3 sạch' is a slogan). g.sh 'Vĩnh Long': 867 (LĐLĐ tỉnh Vĩnh Long bàn giao 3 căn nhà mái ấm công đoàn, 2022 - another organisation/year), 1192 (hội thao ngân hàng). g.sh 'nhà tạm': no count; '200 căn|200 nhà': no hits."),
    ("701_43cc5508ea5a", "not_found",
     "Hiện phường Tân Tạo A, quận Bình Tân có hơn 2.000 phòng trọ công nhân bị bỏ trống.",
     "701_43cc5508ea5a describes empty 'siêu xóm trọ' in Tân Tạo A (hẻm 58) without counting rooms; its numbers are '15 năm' and related-headline teasers ('Hơn 500 nhân viên y tế nghỉ việc', '286 đoàn viên' - other topics). g.sh 'phòng trọ|xóm trọ' and 'Tân Tạo|Bình Tân': only page 701 (and 1014, 50 voucher, Nghiệp đoàn xe ôm Bình Tân). g.sh '2\\.000 phòng': no hits."),
    ("812_69df8abf1bca", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 16 đồng chí.",
     "812_69df8abf1bca and 105_d8f28f283391 say the BCH khóa XVIII \"đã bầu Ban Thường vụ Thành uỷ, Bí thư, các Phó Bí thư\" and list the Bí thư and 4 Phó Bí thư, but never the size of the BTV. g.sh 'Ban Thường vụ Thành [uủ]y.{0,60}(gồm|có) [0-9]+': only 103 \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" (2015 congress - another term). Trap: same value, other khóa."),
    ("1213_9f9593bce75e", "not_found",
     "Năm 2026, Liên đoàn Lao động TPHCM trao 120 suất học bổng Nguyễn Đức Cảnh cho học sinh tiểu học có hoàn cảnh khó khăn.",
     "1213_9f9593bce75e gives only the cumulative total over gần 30 năm (\"đã trao hơn 4.000 suất học bổng\") and says \"Năm 2026, mỗi học sinh được nhận một suất học bổng\" - no count for 2026. g.sh 'học bổng|Nguyễn Đức Cảnh': other scholarship counts are Điện Biên (606: 300 suất), Long An (694: 151 suất), 907 (35 suất), 983 (10 suất Vừ A Dính) - other organisations; Giải thưởng Nguyễn Đức Cảnh (043, 106, 166) is an award, not học bổng. g.sh '120 suất': no hits."),
    ("1205_8824486ce1df", "not_found",
     "Ban Chấp hành Công đoàn cơ sở Trường Mầm non Sơn Ca 10 nhiệm kỳ 2023-2028 gồm 5 ủy viên.",
     "1205_8824486ce1df counts the attendees (\"42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10\") and shows 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' (caption) without its size. g.sh 'Sơn Ca|Phú Nhuận': only 1205 and 154 (LĐLĐ quận Phú Nhuận 95 năm - other event). Near value: 42 công đoàn viên is another counted noun."),
    ("1064_9147fdd05d4f", "not_found",
     "Qua kiểm tra, Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội phát hiện 4 công đoàn cơ sở sử dụng kinh phí chi Đại hội chưa đúng quy định.",
     "1064_9147fdd05d4f counts only CĐCS inspected (22) and says \"hầu hết các CĐCS ... thực hiện nghiêm túc Điều lệ\" - no count of violating CĐCS. g.sh 'sai phạm|vi phạm': only unrelated (labour-safety prosecutions, tranh chấp). g.sh '4 (CĐCS|công đoàn cơ sở)': only 1168 ('4 CĐCS đạt loại khá', another union). Near figure 22 CĐCS is another counted noun (inspected, not violating)."),
    ("973_eefb7325a175", "not_found",
     "Ban Chấp hành Đảng bộ huyện Ân Thi khóa XXVI, nhiệm kỳ 2020-2025 có 33 ủy viên.",
     "973_eefb7325a175 is about transfers (Quyết định số 916/918/919-QĐ/TU, Bí thư Huyện ủy Ân Thi khóa XXVI) - decision numbers, no BCH size. g.sh 'Hưng Yên|Ân Thi|Khoái Châu': no count of the Ân Thi BCH. g.sh '33 (ủy viên|đồng chí)': only 1089 (Hội Nông dân tỉnh Tiền Giang khóa IX: 33 Ủy viên) - another organisation."),
    ("582_c46f8fc698a7", "not_found",
     "Năm 2023, các cấp công đoàn tỉnh An Giang đã kết nạp mới khoảng 7.500 đoàn viên.",
     "582_c46f8fc698a7 (LĐLĐ tỉnh An Giang, Bí thư Đảng đoàn 2018-2023) has no counts. g.sh 'An Giang': the only union-member count is 665 \"Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên\" - another year (2022). g.sh '7\\.500': no hits. Trap: same org and counted noun, other year."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any(ch in x for x in row for ch in "\t\n\r"), row
        assert '"' not in row[2], row  # claims use curly quotes only
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen89/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
