#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen102."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("043_33faa8637b33", "supported",
     "Hà Nội có chín cá nhân tiêu biểu được trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "043: \"Trong số cá nhân được khen thưởng trong năm 2023, Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng\" (Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023). 9 = chín."),
    ("166_d63b4e4370c0", "supported",
     "Các sáng kiến của anh Trần Việt Hưng, công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên, mang lại giá trị làm lợi hơn 500 tỷ đồng mỗi năm.",
     "166: \"Anh Trần Việt Hưng, công nhân Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên, đã có 17 sáng kiến với tổng giá trị làm lợi trên 501 tỷ đồng/năm\" and \"501,5 tỷ đồng/năm\". hơn 500 tỷ ~ 501,5 tỷ."),
    ("1187_61862f52ba00", "supported",
     "Các đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III đại diện cho hơn 23 nghìn đoàn viên công đoàn.",
     "1187: \"Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở sẽ về dự Đại hội\" (lần thứ III). hơn 23 nghìn ~ 23.370. (1186 is lần thứ V: 22.514 đoàn viên, another edition.)"),
    ("1050_ae670c71dab7", "supported",
     "Tại tổ công tác số 4, Phó Chủ tịch Liên đoàn Lao động TP HCM Phạm Trọng Nhân đã trao quyết định cho tám Công đoàn phường thuộc khu vực Dĩ An, Thuận An của tỉnh Bình Dương cũ.",
     "1050: \"Tại tổ công tác số 4, ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM, đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ, gồm 8 phường\". tám = 8."),
    ("470_5bd73e63f016", "supported",
     "Chiến dịch mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh dự kiến thu hút trên 700 nghìn lượt thanh niên và người dân tham gia.",
     "470: \"Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia\"."),
    ("520_248a7e4c18f3", "supported",
     "Căn nhà bàn giao cho bà Trần Thị Anh là \"Mái ấm công đoàn\" thứ tư mà LĐLĐ tỉnh trao cho đoàn viên khó khăn về nhà ở trong năm 2020.",
     "520: \"đây là “Mái ấm công đoàn” thứ 4 trong năm 2020 được LĐLĐ tỉnh bàn giao cho đoàn viên khó khăn về nhà ở\". thứ tư = thứ 4 (ordinal count of houses in 2020)."),
    ("594_2969d737d0fc", "supported",
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII chiều 10/3/2022 đã bầu bốn Phó Chủ tịch Hội.",
     "594: \"Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022 ... hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam\". No other page gives another count of Phó Chủ tịch Hội LHPN VN (grep 'Phó Chủ tịch (Hội|HLHPN)|[0-9]+ Phó Chủ tịch': 4 PCT Tổng LĐLĐ in 100/247 and 6 PCT UBND HN in 116/117 are other bodies)."),
    ("604_1de7b8f3d430", "supported",
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương phối hợp với Vụ Thị trường trong nước tổ chức sáng 11/12 có trên 100 đại biểu tham dự.",
     "604: \"Sáng ngày 11/12, tại Hà Nội, Công đoàn Bộ Công Thương phối hợp với Vụ Thị trường trong nước tổ chức Hội nghị kết nối cung cầu hàng Việt Nam ... cùng hơn 100 đại biểu\"."),
    ("809_cc0d6dcdbae7", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) lần thứ VI đã bầu Ban Chấp hành gồm 19 đồng chí.",
     "809: \"Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị\" (Đại hội lần thứ VI, nhiệm kỳ 2022 - 2027)."),
    ("863_b9986cf6dbca", "supported",
     "Năm 2016, tỷ lệ công đoàn cơ sở vững mạnh của Công đoàn Viên chức tỉnh đạt 66,6%.",
     "863: (tổng kết năm 2016) \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%\". The 85% / 45% in the same page are 2017 targets, not this figure."),
    ("994_8697caa1612f", "supported",
     "Trong chương trình \"Ngày thanh niên cùng hành động\" tại xã Sơn Tây, Tỉnh đoàn Hà Tĩnh đã trao 220 suất quà cho người dân và thanh thiếu nhi.",
     "994: \"trao tặng 3 ti vi, 3 bộ máy tính và 220 suất quà cho người dân, thanh thiếu nhi trên địa bàn xã Sơn Tây\"."),
    ("998_d6cbe319eeca", "supported",
     "Chiến dịch Thanh niên tình nguyện hè 2023 đã đưa 463 chiến sĩ tình nguyện ra các Đảo Thanh niên hoạt động.",
     "998: \"Hoạt động Đảo Thanh niên: Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên triển khai các hoạt động tình nguyện\"."),
    ("563_c39e3be4e916", "supported",
     "Tại buổi đối thoại ở Đồng Nai sáng 30-4-2016, Thủ tướng Nguyễn Xuân Phúc lắng nghe nguyện vọng của công nhân lao động tám tỉnh, thành miền Đông Nam Bộ.",
     "563: \"sáng 30-4, tại Đồng Nai, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ có buổi gặp gỡ, đối thoại, lắng nghe nguyện vọng của công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, Long An, Tây Ninh, Bình Thuận, Bình Dương, Bình Phước)\" (Tháng công nhân năm 2016). tám = 8."),

    # ---------------- differs ----------------
    ("166_d63b4e4370c0", "differs",
     "Tại Lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023, Tổng LĐLĐ Việt Nam đã khen thưởng 176 công nhân tiêu biểu trên cả nước.",
     "166: \"Tại Lễ trao tặng Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023 ... có 167 công nhân tiêu biểu đến từ các tỉnh, thành phố trong cả nước được khen thưởng\". Claim 176 (digits swapped). g.sh '167 |309 ' and g.sh 'Nguyễn Đức Cảnh': only 106 (lần III 2018: 70 người) and 309 (qua 3 lần); no page gives 176 for lần IV."),
    ("1185_e4ec05aab551", "differs",
     "Công đoàn Điện lực Việt Nam sẽ biểu dương 127 \"Người lao động ngành Điện tiêu biểu\" năm 2025 trong dịp Tháng Công nhân.",
     "1185: \"Sẽ biểu dương 117 “Người lao động ngành Điện tiêu biểu” năm 2025\" (Lễ biểu dương 23 - 24/5/2025). Claim 127. g.sh '117|127': 127 only in seed 000 (127 đoàn viên Trường Marie Curie) - another thing; g.sh 'ngành Điện tiêu biểu' gives no other 2025 count."),
    ("1187_61862f52ba00", "differs",
     "Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III quy tụ đại biểu từ 95 công đoàn cơ sở.",
     "1187: \"đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở sẽ về dự Đại hội\". Claim 95. g.sh '95 (Công đoàn cơ sở|CĐCS)': only 059 (95 CĐCS gửi áo dài, LĐLĐ quận Long Biên) - another thing. 1186 (lần thứ V) gives no CĐCS count."),
    ("132_c1ba456901a1", "differs",
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI khai mạc sáng 28/11 với sự tham gia của 250 đại biểu chính thức.",
     "132: \"Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã chính thức khai mạc ... với sự tham gia của 200 đại biểu chính thức\". Claim 250. g.sh '250 đại biểu': only 1210 (ngành Y tế, 2023) - another organisation; 031 (lần thứ XII) states no delegate count."),
    ("265_98024dc6bc76", "differs",
     "LĐLĐ Thành phố Hà Nội đặt chỉ tiêu 90% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua \"Sáng - Xanh - Sạch - Đẹp\".",
     "265: \"LĐLĐ Thành phố đề ra chỉ tiêu 100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp” của Thành phố\". Claim 90%. g.sh '90% (cán bộ|đoàn viên)': only 777 (Tỉnh đoàn, Tháng Thanh niên 2024, học tập nghị quyết) - another thing."),
    ("513_cfb6b8b3f3d6", "differs",
     "Tháng Thanh niên năm 2020 được Ban Thường vụ Thành đoàn Hà Nội cụ thể hóa bằng sáu nội dung hoạt động.",
     "513: \"tháng Thanh niên năm 2020 ... được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động gồm: ...\". Claim sáu = 6. g.sh '6 nội dung|sáu nội dung': 318 (chiến dịch hè 2015, 6 nội dung trọng tâm) and 1190 (hội thao) - other occasions."),
    ("565_14c4f7e02d5d", "differs",
     "Buổi giao lưu trực tuyến \"Bầu cử - ngày hội lớn toàn dân\" của Báo Lao động Thủ đô có hơn 300 công nhân khu vực Kim Chung tham dự.",
     "565: \"Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung, thuộc Công đoàn Khu công nghiệp và Chế xuất Hà Nội\". Claim hơn 300. g.sh '300 công nhân': only 626 (quà tết) - another thing; g.sh 'Kim Chung': only 007 (lễ kỷ niệm 1/5) besides 565."),
    ("772_119b66fd404b", "differs",
     "Đại diện bảy cụm thi đua của LĐLĐ huyện Lang Chánh đã ký giao ước thi đua hưởng ứng phong trào \"CNVCLĐ huyện Lang Chánh chung sức hiện thực hóa khát vọng xây dựng quê hương Thanh Hóa\".",
     "772: \"Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua thực hiện PTTĐ “CNVCLĐ huyện Lang Chánh chung sức ...”\". Claim bảy = 7. g.sh 'Lang Chánh': only 772; g.sh '7 cụm thi đua|bảy cụm': only 992 (another thing)."),
    ("809_cc0d6dcdbae7", "differs",
     "Đại hội Đoàn TNCS Hồ Chí Minh quận Kiến An lần thứ VI đã bầu đoàn đại biểu dự Đại hội Đoàn thành phố gồm 9 đại biểu chính thức.",
     "809: \"Đại hội cũng bầu ra đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính thức và 3 đại biểu dự khuyết\". Claim 9. g.sh '9 đại biểu chính thức': only 006 (99) and 578 (289) - other congresses; g.sh 'Kiến An': only 590 (LĐLĐ quận, 2020) besides 809."),
    ("863_b9986cf6dbca", "differs",
     "Năm 2016, Công đoàn Viên chức tỉnh có 46 công đoàn cơ sở đạt tiêu chuẩn vững mạnh.",
     "863: \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%\" (CĐVC tỉnh, năm 2016). Claim 46. g.sh '46 (công đoàn cơ sở|CĐCS)': no hit."),
    ("867_79224beef844", "differs",
     "Liên đoàn Lao động tỉnh Vĩnh Long phối hợp với LĐLĐ huyện Long Hồ bàn giao năm căn nhà mái ấm công đoàn chào mừng 100 năm ngày sinh cố Thủ tướng Võ Văn Kiệt.",
     "867: \"Liên đoàn Lao động tỉnh Vĩnh Long kết hợp với liên đoàn lao động huyện Long Hồ vừa tiến hành bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa\". Claim năm = 5. g.sh '5 căn nhà|năm căn nhà': 078 (15 căn, quận 1 TP HCM) and 468 (185 căn đại đoàn kết) - other things; g.sh 'Vĩnh Long|Long Hồ' gives no other count of these houses."),
    ("966_e39baf260c80", "differs",
     "Vietnam Airlines có 54 cán bộ, CNVCLĐ tiêu biểu được biểu dương tại Hội nghị biểu dương công nhân lao động xuất sắc năm 2018 của Công đoàn GTVT Việt Nam.",
     "966: \"VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu đến từ nhiều đơn vị\" (Hội nghị biểu dương Công nhân lao động xuất sắc, tiêu biểu năm 2018, 29/5). Claim 54 (digits swapped). g.sh '54 (cán bộ|CNVCLĐ)': no hit; g.sh 'VNA|Vietnam Airlines|TCTHK': only 966."),
    ("994_8697caa1612f", "differs",
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng trong \"Ngày thanh niên cùng hành động\" tại xã Sơn Tây là hơn nửa tỷ đồng.",
     "994: \"Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng\". Claim hơn nửa tỷ (> 500 triệu). g.sh '500 triệu': only 1130 (Quỹ Vì người nghèo) - another thing; no other page about this Hà Tĩnh event."),
    ("998_d6cbe319eeca", "differs",
     "Trong đợt tuần 7, 8 của Chiến dịch Thanh niên tình nguyện hè 2023, toàn Đoàn tổ chức được hơn 25 nghìn đội hình tình nguyện.",
     "998: \"Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên\". Claim hơn 25 nghìn. g.sh '25\\.000 đội hình|25 nghìn đội hình': no hit; g.sh '21\\.385|811\\.401': only 998."),
    ("520_248a7e4c18f3", "differs",
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng để xây dựng \"Mái ấm công đoàn\" cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520: \"LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh\" and \"số tiền hỗ trợ 50 triệu đồng/căn\". Claim 70 triệu. g.sh '70 triệu': 498 (870 triệu, 18 căn) and 998 (470 triệu) - other things; 'Chang Chun' only in 520."),
    ("563_c39e3be4e916", "differs",
     "Thủ tướng Nguyễn Xuân Phúc sẽ gặp gỡ, đối thoại với 5.000 công nhân lao động tại Đồng Nai dịp Tháng Công nhân năm 2016.",
     "563 (article title): \"Thủ tướng Nguyễn Xuân Phúc sẽ đối thoại với 3.000 công nhân\"; body: \"sáng 30-4, tại Đồng Nai, Thủ tướng ... đối thoại ... công nhân lao động 8 tỉnh miền Đông Nam Bộ\". Claim 5.000. g.sh '3\\.000 công nhân|Đông Nam Bộ': no other page counts this dialogue. CAVEAT: the 3.000 figure is in the article's own headline, not repeated in the body."),

    # ---------------- not_found ----------------
    ("105_d8f28f283391", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 19 đồng chí.",
     "105 lists the Bí thư and 4 Phó bí thư khóa XVIII but gives no size of the Ban Thường vụ; 812/813 (same congress) say it was elected and count only \"4 Phó bí thư\". g.sh 'Ban Thường vụ Thành [uủ]y.{0,100}[0-9]+': only 103 \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" (another term) and 808 \"Ban Thường vụ Thành Đoàn khóa XI gồm 19 đồng chí\" (Thành Đoàn TP HCM - another organisation). Nothing counts the khóa XVIII Ban Thường vụ."),
    ("1050_ae670c71dab7", "not_found",
     "Ngày 22-8, LĐLĐ TP HCM đã công bố quyết định chỉ định Ban chấp hành cho tổng cộng 168 Công đoàn phường, xã trên địa bàn.",
     "1050 counts only the 8 Công đoàn phường of tổ công tác số 4 (and lists 6 names for tổ số 9); no total for the city. g.sh '(TP HCM|TPHCM|Hồ Chí Minh).{0,200}(công đoàn|Công đoàn) (phường|xã)': only 1050 and 963 (phường Thuận Giao). g.sh 'Công đoàn phường': 570 counts 24 công đoàn phường, xã of Đà Nẵng (another city); 308/248 are Hà Nội wards."),
    ("1185_e4ec05aab551", "not_found",
     "Năm 2023, Công đoàn Điện lực Việt Nam đã biểu dương 110 \"Người lao động ngành Điện tiêu biểu\".",
     "Only the 2025 edition is counted (1185: 117). 1184 announces the 2023 biểu dương \"“Người lao động ngành Điện tiêu biểu”, “An toàn vệ sinh viên giỏi tiêu biểu” năm 2023\" with no number; 1126 counts \"7 cá nhân ... năm 2022\" for one Tổng công ty. g.sh 'ngành Điện tiêu biểu|ngành điện tiêu biểu', g.sh '110 (người|cá nhân)': nothing for 2023."),
    ("132_c1ba456901a1", "not_found",
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã bầu Ban Chấp hành khóa mới gồm 27 ủy viên.",
     "132 is the opening report (200 đại biểu chính thức) and gives no Ban Chấp hành size; 031 (lần thứ XII, 2023-2028) mentions the new BCH without a count. g.sh 'Ban Chấp hành Công đoàn ngành Công [Tt]hương|Công [Tt]hương Hà Nội.{0,200}(gồm|ủy viên|đồng chí)' and g.sh '27 (ủy viên|uỷ viên|đồng chí)': no count."),
    ("565_14c4f7e02d5d", "not_found",
     "Tại buổi giao lưu trực tuyến \"Bầu cử - ngày hội lớn toàn dân\", hai chuyên gia đã trả lời 45 câu hỏi của công nhân lao động.",
     "565 counts participants (gần 200 công nhân) and names two experts, but never counts questions. g.sh '[0-9]+ câu hỏi': only 1101 (10/10 câu hỏi in a hội thi) - another occasion."),
    ("604_1de7b8f3d430", "not_found",
     "Hội nghị kết nối cung cầu hàng Việt Nam của Công đoàn Bộ Công Thương ngày 11/12 có 30 doanh nghiệp bán lẻ, phân phối tham gia.",
     "604 says \"đại diện một số doanh nghiệp bán lẻ, phân phối cùng hơn 100 đại biểu\" - 100 counts đại biểu, not doanh nghiệp. g.sh '[0-9]+ doanh nghiệp (bán lẻ|phân phối)', g.sh '30 doanh nghiệp': no hit."),
    ("867_79224beef844", "not_found",
     "Mỗi căn nhà mái ấm công đoàn do LĐLĐ tỉnh Vĩnh Long bàn giao dịp kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt được hỗ trợ 50 triệu đồng.",
     "867 counts houses (3 mái ấm + 1 nhà tình nghĩa) but states no money. g.sh 'Vĩnh Long|Long Hồ' gives no amount. \"50 triệu đồng/căn\" appears in 520 (LĐLĐ tỉnh with huyện Long Điền/Đất Đỏ, 2020 - another province) and 454 (Đà Nẵng); those are other provinces."),
    ("292_3150d278c2b8", "not_found",
     "Công ty cổ phần Tập đoàn Sovico đã đóng góp hơn 100 tỷ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 only says Sovico \"đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19\" and was proposed for Huân chương Lao động hạng Ba; no amount. g.sh 'Sovico': only 292."),
    ("180_1956e0636950", "not_found",
     "Năm 2021, LĐLĐ huyện Chương Mỹ đã thành lập mới 12 công đoàn cơ sở.",
     "180 (tổng kết 2021, phát động thi đua 2022) has no counts. g.sh 'Chương Mỹ.{0,200}[0-9]+': only 051 (35 triệu mái ấm), 055 (bão số 3), 282 (tiền hỗ trợ tai nạn) - other things; g.sh '12 (công đoàn cơ sở|CĐCS)': no hit."),
    ("845_7071fa2d23e6", "not_found",
     "Hội nghị trực tuyến thông báo kết quả Đại hội XVII Đảng bộ thành phố Hà Nội sáng 27/10 được kết nối tới 30 điểm cầu.",
     "845 mentions only \"Dự tại điểm cầu huyện Phú Xuyên\" with no count. g.sh '[0-9]+ điểm cầu': 717 (06 điểm cầu, Hải Phòng) and 1189 (03 điểm cầu, Dệt May) - other events; 816 (18 huyện) another province."),
    ("027_18d8fbebbd64", "not_found",
     "Chương trình kỷ niệm Ngày Phụ nữ Việt Nam 20/10/2023 do LĐLĐ Thành phố Hà Nội tổ chức có 150 nữ cán bộ công đoàn tham dự.",
     "027 (and its seed copy 003 line 144) give anniversaries (93 năm, 13 năm) and names only; no participant count. 143 counts nữ đại biểu (28) of a congress and \"gần 400 nghìn nữ đoàn viên\" - other things. g.sh '150 (nữ|đại biểu|cán bộ)': no hit."),
]


def curly(text):
    """Replace straight double quotes by alternating Vietnamese-style curly quotes (keeps TSV unquoted)."""
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
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
        assert not any(c in x for x in rows[-1] for c in "\t\n\"")
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen102/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
