#!/usr/bin/env python3
"""Build claims.tsv for unseen115 (plain Python: csv + unicodedata only)."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("1014_8ece231e24cc", "supported",
     "Mỗi voucher mà Nghiệp đoàn xe ôm, xe công nghệ Bình Tân trao cho đoàn viên để mua sắm tại Chợ Tết Công đoàn trực tuyến có trị giá nửa triệu đồng.",
     "1014_8ece231e24cc: \"Trong số hàng chục lao động tự do được tặng voucher (trị giá 500.000 đồng) đợt này\". nửa triệu = 500.000 đồng."),
    ("1029_4c50aa41ee41", "supported",
     "Trong 6 tháng đầu năm 2023, Hà Nội có hơn 5,7 nghìn doanh nghiệp quay trở lại hoạt động, theo Trung tâm Dịch vụ việc làm Hà Nội.",
     "1029_4c50aa41ee41 (ông Vũ Quang Thành, PGĐ Trung tâm DVVL Hà Nội, bối cảnh năm 2023): \"Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động\"."),
    ("102_19f84bdab62b", "supported",
     "Qua 9 mùa Tết Sum vầy từ năm 2015 đến 2024, tổng nguồn lực chăm lo cho đoàn viên, người lao động khó khăn đạt hơn 10,6 nghìn tỷ đồng.",
     "102_19f84bdab62b: \"qua 9 mùa tết từ năm 2015 đến năm 2024 ... 26,2 triệu lượt người có hoàn cảnh khó khăn được nhận quà với tổng nguồn lực hơn 10.617 tỷ đồng\"."),
    ("103_bc0c6e0f50d9", "supported",
     "Đại hội Đảng bộ thành phố Hà Nội năm 2015 đã bầu bảy mươi tư đồng chí vào Ban Chấp hành Đảng bộ khóa XVI.",
     "103_bc0c6e0f50d9: \"Chiều ngày 01-11-2015, Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI\"."),
    ("1062_4241895b9eb4", "supported",
     "Công đoàn ngành Xây dựng Hà Nội, đơn vị vừa đón nhận Huân chương Lao động hạng Nhất, quy tụ khoảng 17 nghìn công nhân, viên chức, lao động.",
     "1062_4241895b9eb4: \"Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ngành nghề đa dạng ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động\". khoảng 17 nghìn ~ gần 17.000."),
    ("116_23da69714914", "supported",
     "Ông Nguyễn Đức Chung là người trúng cử đại biểu HĐND thành phố Hà Nội khóa XV với tỷ lệ phiếu bầu cao nhất, đạt 95,18%.",
     "116_23da69714914: \"Người trúng cử đại biểu HĐND TP với tỷ lệ phiếu bầu cao nhất là ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội, với tỷ lệ 95,18%\"."),
    ("237_e9e86887473f", "supported",
     "Các đại biểu chính thức dự Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX đại diện cho hơn 20 nghìn đoàn viên công đoàn toàn quận.",
     "237_e9e86887473f: \"về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận\"."),
    ("602_fae5a44a3149", "supported",
     "Ngay trong đêm khai mạc Ngày hội Tết sum vầy – Xuân chia sẻ 2024 ở KCN Long Hậu, ban tổ chức đã trao hai trăm phần quà đầu tiên cho công nhân lao động.",
     "602_fae5a44a3149: \"Trong đêm khai mạc 13.1, Ban Tổ chức đã trao 200 phần quà đầu tiên cho CNLĐ\"."),
    ("621_3e25824fe3d2", "supported",
     "Trong 5 năm qua, các cấp Hội Liên hiệp Phụ nữ huyện Vạn Ninh đã vận động khoảng 920 triệu đồng để xây nhà \"Mái ấm tình thương\" cho phụ nữ nghèo.",
     "621_3e25824fe3d2: \"Các cấp hội đã vận động các nhà hảo tâm đóng góp gần 923 triệu đồng xây dựng 26 nhà 'Mái ấm tình thương'\" (\"Qua 5 năm\"). khoảng 920 triệu ~ gần 923 triệu."),
    ("644_ae27624899b9", "supported",
     "Dịp Tháng Thanh niên 2024, Thành đoàn TP Hồ Chí Minh ra quân Chương trình \"Trí thức khoa học trẻ tình nguyện\" lần thứ 15 với ba mươi đội hình trí thức trẻ.",
     "644_ae27624899b9: \"Thành đoàn Thành phố Hồ Chí Minh cũng tổ chức ra quân Chương trình 'Trí thức khoa học trẻ tình nguyện Thành phố Hồ Chí Minh' lần thứ 15 - năm 2024 với 30 đội hình trí thức trẻ tình nguyện\"."),
    ("724_1221291fc5c2", "supported",
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng đặt ra tám nhiệm vụ trọng tâm.",
     "724_1221291fc5c2: \"Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm\"."),
    ("768_7313fb6d14c3", "supported",
     "Tại chương trình \"Tết Sum vầy - Xuân ơn Đảng\" năm 2026, LĐLĐ thành phố Cần Thơ tặng một chiếc xe gắn máy cho công nhân có hoàn cảnh đặc biệt khó khăn.",
     "768_7313fb6d14c3: \"Chương trình diễn ra chuỗi các hoạt động chăm lo Tết ... như tặng 01 xe gắn máy cho công nhân có hoàn cảnh đặc biệt khó khăn\"."),
    ("513_cfb6b8b3f3d6", "supported",
     "Thành đoàn Hà Nội đã chỉ đạo 100% cơ sở Đoàn trực thuộc theo dõi và chia sẻ buổi livestream khởi động Tháng Thanh niên năm 2020.",
     "513_cfb6b8b3f3d6: \"Chương trình được livestream ... và được Thành đoàn Hà Nội chỉ đạo 100% các cơ sở Đoàn trực thuộc theo dõi và chia sẻ trên fanpage của đơn vị\" (Tháng Thanh niên năm 2020)."),

    # ---------------- differs ----------------
    ("060_edffd096d8c3", "differs",
     "Hội thi cắm hoa nghệ thuật \"Người phụ nữ Việt Nam\" dịp 20/10/2023 có 73 đội đại diện các công đoàn cơ sở trong huyện tranh tài.",
     "060_edffd096d8c3: \"Hội thi diễn ra ... giữa 93 đội đại diện cho các Công đoàn cơ sở trên địa bàn huyện\" -> 93, not 73. g.sh '73 đội|bảy mươi ba': no hits; 'cắm hoa' only 060 (and an unrelated 'bình cắm hoa' in 595)."),
    ("1014_8ece231e24cc", "differs",
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao tám mươi voucher để đoàn viên mua sắm tại Chợ Tết Công đoàn trực tuyến.",
     "1014_8ece231e24cc: \"Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher\" -> 50, not 80. g.sh '80 voucher|tám mươi': no hits; other voucher counts (458: 500 voucher, Hòa Bình) are another organisation."),
    ("1029_4c50aa41ee41", "differs",
     "Sáu tháng đầu năm 2023, Hà Nội có khoảng 25.000 doanh nghiệp đăng ký thành lập mới.",
     "1029_4c50aa41ee41: \"Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới\" -> hơn 15.000, not ~25.000. g.sh '25[.,]?000 doanh|25 nghìn doanh': no hits; 'doanh nghiệp đăng ký thành lập' only on 1029."),
    ("102_19f84bdab62b", "differs",
     "Qua 9 mùa Tết Sum vầy (2015-2024), hệ thống công đoàn các cấp đã tổ chức khoảng 168 nghìn chương trình cho đoàn viên, người lao động.",
     "102_19f84bdab62b: \"qua 9 mùa tết từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức 186.944 chương trình\" -> ~187 nghìn, not khoảng 168 nghìn (19 nghìn off, beyond rounding). g.sh '168': only 174 (168 ủy viên BCH Tổng LĐLĐ), 548 (168 triệu đồng), 699 (168 suất quà) - other things. 161 counts 14.664 chương trình for Tết 2024 alone (another period)."),
    ("103_bc0c6e0f50d9", "differs",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015-2020 gồm 18 đồng chí.",
     "103_bc0c6e0f50d9: \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" -> 16, not 18. g.sh '18 đồng chí|mười tám': no hits."),
    ("1062_4241895b9eb4", "differs",
     "Công đoàn ngành Xây dựng Hà Nội, vừa đón nhận Huân chương Lao động hạng Nhất giai đoạn 2018-2022, có hơn 120 công đoàn cơ sở trực thuộc.",
     "1062_4241895b9eb4: \"Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ ... Công đoàn ngành Xây dựng Hà Nội\" -> 93, not >120. g.sh '120 công đoàn|120 CĐCS': no hits; other pages on this union (239: 191 đại biểu, 21 BCH; 054: 159 đoàn viên hỗ trợ) count other things."),
    ("116_23da69714914", "differs",
     "Cử tri Thủ đô đã bầu đủ 95 đại biểu Hội đồng nhân dân thành phố Hà Nội khóa XV, nhiệm kỳ 2016-2021.",
     "116_23da69714914: \"cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021\" (also 117: \"Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này\") -> 105, not 95. g.sh '95 đại biểu|chín mươi lăm': only 842 (995 đại biểu, Hội Nông dân)."),
    ("237_e9e86887473f", "differs",
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028 có 240 đại biểu chính thức về dự.",
     "237_e9e86887473f: \"về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên\" -> 200, not 240. g.sh '240 đại biểu': no hits; Hai Bà Trưng congress only on 237."),
    ("399_3e8e3ba51bc4", "differs",
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 có 286 đại biểu tham dự.",
     "399_3e8e3ba51bc4: \"Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu\" -> 268, not 286. g.sh '286': only 701 (286 đoàn viên, TP.HCM hội thi) and 974 (QĐ 286/QĐ-TTg) - unrelated. 248 (phường Ba Đình union congress, 151 đại biểu) is another event."),
    ("602_fae5a44a3149", "differs",
     "Tại KCN Long Hậu (Long An), hơn 5 nghìn công nhân lao động được tặng quà Tết trong Ngày hội Tết sum vầy – Xuân chia sẻ năm 2024.",
     "602_fae5a44a3149: \"tại KCN Long Hậu có hơn 3.000 CNLĐ được tặng quà tết\" -> hơn 3.000, not hơn 5.000. g.sh '5[.,]000 (CNLĐ|công nhân)|5 nghìn': no relevant hit; 'Long Hậu' only on 602."),
    ("621_3e25824fe3d2", "differs",
     "Qua 5 năm, Hội Liên hiệp Phụ nữ huyện Vạn Ninh đã vận động xây dựng 36 căn nhà \"Mái ấm tình thương\" cho phụ nữ nghèo.",
     "621_3e25824fe3d2: \"gần 923 triệu đồng xây dựng 26 nhà 'Mái ấm tình thương' và hơn 362 triệu đồng sửa chữa 52 nhà\" -> 26 built, not 36. g.sh '36 (căn|nhà)': no hits; other 'Mái ấm tình thương' counts (922: 3 nhà, Thanh Hóa; 544: 01 nhà, Hà Đông; 1126: 2 căn) are other organisations."),
    ("644_ae27624899b9", "differs",
     "Trong Tháng Thanh niên năm 2024, tuổi trẻ TP Hồ Chí Minh phấn đấu trồng mới ít nhất 60 nghìn cây xanh.",
     "644_ae27624899b9: \"Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... trồng mới ít nhất 40.000 cây xanh\" -> 40.000, not 60.000. g.sh '60[.,]000 cây|60 nghìn cây': no hits."),
    ("768_7313fb6d14c3", "differs",
     "Nhân Tết Bính Ngọ 2026, Liên đoàn Lao động TP Cần Thơ tặng một nghìn vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768_7313fb6d14c3: \"tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết\" -> 500, not 1.000. g.sh '1[.,]?000 vé|nghìn vé': no hits; other vé xe counts (466: 1.794 công nhân; 500: 15.000 vé; 646: 2.200 vé Đồng Nai) are other organisations."),
    ("513_cfb6b8b3f3d6", "differs",
     "Tháng Thanh niên năm 2020 được Ban Thường vụ Thành đoàn Hà Nội cụ thể hóa bằng 10 nội dung hoạt động.",
     "513_cfb6b8b3f3d6: \"tháng Thanh niên năm 2020 ... được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động\" -> 8, not 10. g.sh '10 nội dung|mười nội dung': no hits; 391 (Tháng Thanh niên 2024, 4 nhóm hoạt động) is another year."),
    ("426_149ced3ae0fa", "differs",
     "Trước khi sang làm Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện, ông Trần Duy Phương đã có 15 năm làm việc tại báo Lao động.",
     "426_149ced3ae0fa: \"Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện\" -> 12, not 15. g.sh '15 năm' hits (186, 286) are about other things."),
    ("1263_6358277c872f", "differs",
     "Hội nghị tổng kết năm 2023 của LĐLĐ quận Long Biên gắn với đợt thi đua chào mừng mười lăm năm ngày thành lập Liên đoàn Lao động quận.",
     "1263_6358277c872f: \"tổng kết hoạt động công đoàn năm 2023 và đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận\" (also seed 003: \"kỷ niệm 20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023)\"; 301: 20 năm) -> 20, not 15. g.sh '15 năm thành lập|15 năm ngày thành lập': no hits."),

    # ---------------- not_found ----------------
    ("845_7071fa2d23e6", "not_found",
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII (tháng 10/2020) đã bầu 71 đồng chí vào Ban Chấp hành Đảng bộ khóa XVII.",
     "845 reports the XVII congress (11-13/10/2020) but gives no BCH size. g.sh 'khóa XVII|khoá XVII', 'Ban Chấp hành (Đảng bộ|khóa XVI|khóa XVII)', '71' (whole number): no count of XVII BCH members (71 hits: age 71, 3,71 triệu, 71%, công văn 71). Nearby figures are other editions: 103 = 74 ủy viên BCH khóa XVI (2015); 812 = 550 đại biểu, 4 Phó Bí thư of khóa XVIII (2025)."),
    ("534_945922b00627", "not_found",
     "Hội đồng nhân dân thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 có 96 đại biểu trúng cử.",
     "534 announces the first session of HĐND TP khóa XVI but gives no number of members. g.sh 'đại biểu HĐND|đại biểu Hội đồng nhân dân', '96 đại biểu': only 630 (196 đại biểu, Công đoàn ngành Y tế tỉnh). The only HĐND TP Hà Nội member count is 105 for khóa XV 2016-2021 (116, 117) - another term."),
    ("183_2d301ff89d1d", "not_found",
     "Sáu tháng đầu năm 2019, Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 75 cá nhân tiêu biểu trong phong trào \"Giỏi việc nước, đảm việc nhà\".",
     "183 mentions the khen thưởng GVNĐVN in a caption without a count. g.sh 'Giỏi việc nước,? ?-? ?đảm việc nhà' + '[0-9]+ (tập thể|cá nhân)': 507 = 6 tập thể, 88 cá nhân for year 2020 (another year); 215 = 25 tập thể/67 cá nhân biểu dương, 2015-2020 (other counted thing, other period); 733 = district LĐLĐ 2017. '75 cá nhân': no hits."),
    ("287_eb066041b262", "not_found",
     "Đại hội Công đoàn phường Nghĩa Đô lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu chính thức tham dự.",
     "287 only describes preparations; g.sh 'Nghĩa Đô' hits only 287, no delegate count. g.sh 'đại biểu chính thức': 248 = 151 đại biểu chính thức of Công đoàn phường Ba Đình (another ward); '150 đại biểu': no hits."),
    ("1067_e8b09d9195a7", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi cấp thành phố năm 2020 do LĐLĐ TP Hà Nội tổ chức thu hút 120 thí sinh dự thi.",
     "1067 and 141 describe the 2020 Hà Nội ATVSV contest (format, dates, Kế hoạch 07/KH-LĐLĐ) with no participant count. g.sh 'thí sinh', 'An toàn vệ sinh viên giỏi', '120 thí sinh': counts found are other contests: 316 = 117 thí sinh (Hội thi 'Công đoàn Hà Nội - Hành trình xây dựng và phát triển' 2024), seed 000 = 363 thí sinh (thợ giỏi 2023), 069/339 (thợ giỏi ngành Xây dựng), 118 (ngành Y tế)."),
    ("402_eeb7fa7db79a", "not_found",
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 tôn vinh 300 Chủ tịch Hội cơ sở xuất sắc.",
     "402 gives theme and dates (17-19/10/2023) but not how many are honoured. g.sh 'Chủ tịch Hội (Phụ nữ )?cơ sở': 401 (Hội LHPN Hà Nội's own city-level event) has no count either; '300 Chủ tịch': no hits. 93 (năm thành lập) and 'lần thứ III' are not counts of honourees."),
    ("450_716412d0bd43", "not_found",
     "Năm 2022, Liên đoàn Lao động quận Hà Đông đã thành lập mới 18 công đoàn cơ sở.",
     "450 is a phát động thi đua story with no figures. g.sh 'Hà Đông' (no union-founding counts: 804 = 440 đảng viên Huy hiệu Đảng, 544 Hội LHPN), 'thành lập mới.{0,30}(công đoàn cơ sở|CĐCS)': 002 seed (11 CĐCS, Công đoàn KCN&CX HN), 666 (26 CĐCS, another province 2021), 933, 967 (Quảng Trị); '18 (công đoàn|CĐCS)': no hits."),
    ("193_98c1c68d8e79", "not_found",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu 45 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     "193 is the Party secretary's speech, no figures. g.sh 'Ban Chấp hành.{0,60}khóa XVI', '[0-9]+ (đồng chí|ủy viên).{0,50}Ban Chấp hành (LĐLĐ|Liên đoàn Lao động)', '45 (ủy viên|đồng chí)': no BCH size for the XVI congress (003/037/300 are later BCH meetings). Nearby counts are other things: 092 = 550 đại biểu chính thức (delegates, not BCH members) of the same congress; 288/307 = 548 / 545/550 đại biểu of congress XVIII/XVII; 570 = 32 ủy viên BCH LĐLĐ Đà Nẵng."),
    ("203_1d5ba7406036", "not_found",
     "Trong nhiệm kỳ 2018-2023, Công đoàn ngành Xây dựng Hà Nội đã phát triển mới 3.500 đoàn viên.",
     "203 (congress XIV speech) gives no figures. g.sh 'phát triển (mới )?[0-9.]+ đoàn viên', '3[.,]?500 đoàn viên': only 217 (53.000, LĐLĐ Thái Nguyên), 666, 718, 933, 968 - other organisations. Counts about this union are other nouns: 1062 = 93 CĐCS, gần 17.000 CNVCLĐ; 239 = 191 đại biểu, 21 ủy viên BCH khóa XIV; 172 = ngành Xây dựng (Nghệ An) giảm 816 đoàn viên."),
    ("575_ae0f88c8df66", "not_found",
     "Năm 2019, các cấp Công đoàn Thủ đô đã phối hợp tổ chức khoảng 3.000 cuộc đối thoại giữa công đoàn, người sử dụng lao động và người lao động.",
     "575 discusses đối thoại/thương lượng tập thể with no count. g.sh '[0-9.]+ (cuộc|hội nghị) đối thoại|đối thoại.{0,40}[0-9]+ (cuộc|hội nghị)': only seed 003 = 'trên 5.100 cuộc đối thoại' by Công đoàn Thủ đô in 2023 (another year); '3[.,]000 cuộc': no hits. 134 = 58,8% TƯLĐTT of Công đoàn KCN&CX (other counted noun)."),
    ("171_ed616c7d5ff1", "not_found",
     "Giai đoạn 2016-2020, thực hiện Chương trình 03-Ctr/TU của Thành ủy, Hà Nội đã thu hút khoảng 28 tỷ USD vốn đầu tư trực tiếp nước ngoài.",
     "171 lists the three programmes (03, 06, 08-Ctr/TU) with no outcome figures. g.sh 'FDI|tỷ USD', 'GRDP|tăng trưởng kinh tế.{0,40}%', 'USD': only exchange-rate news (seed 000, 002) and FDI bonus/salary figures (163, 231, 886) - nothing counts FDI capital attracted by Hà Nội."),
]


def curly(s):
    """Turn ASCII double quotes into Vietnamese curly quotes so the TSV needs no CSV quoting."""
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen115/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc
    print(len(rows), dict(c), "pages:", len(pc))


if __name__ == "__main__":
    main()
