#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen90).
Plain Python: csv + unicodedata only. Output NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 049: Mái ấm Công đoàn, Sóc Sơn, 6/5/2025 ----------------
    ("049_e73d5fdb77f6", S,
     "Trong Tháng Công nhân 2025, Liên đoàn Lao động TP Hà Nội đã hỗ trợ 40 triệu đồng để đoàn viên Nguyễn Thị Giản Hải (Công đoàn Trường Mầm non Bắc Phú, Sóc Sơn) xây dựng “Mái ấm Công đoàn”.",
     "049: “hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn””."),
    ("049_e73d5fdb77f6", D,
     "Ngày 6/5/2025, LĐLĐ thành phố Hà Nội trao kinh phí xây, sửa “Mái ấm Công đoàn” cho 5 đoàn viên có hoàn cảnh khó khăn ở huyện Sóc Sơn.",
     "049: “trao hỗ trợ kinh phí xây dựng, sửa chữa “Mái ấm Công đoàn” cho 3 đoàn viên huyện Sóc Sơn” (title: “hỗ trợ 3 “Mái ấm Công đoàn””). 5 vs 3. g.sh 'Sóc Sơn.{0,100}Mái ấm' only hits 049 and a 131 teaser without a count; '5 .Mái ấm|năm .Mái ấm' no hit."),
    # ---------------- 068: Hội thi thợ giỏi KCN&CX lần VIII 2022 ----------------
    ("068_61646234850c", D,
     "Gần 200 công nhân lao động tranh tài tại Hội thi thợ giỏi lần thứ VIII năm 2022 do Công đoàn các Khu công nghiệp và Chế xuất Hà Nội tổ chức.",
     "068: “109 CNLĐ tham gia Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII” (title and repeated line; body: “khai mạc Hội thi thợ giỏi ... lần thứ VIII năm 2022”). gần 200 vs 109. g.sh 'gần 200 (công nhân|CNLĐ|thí sinh)' only hits 565 (a giao lưu of ~200 workers at Kim Chung, not the Hội thi); '190 (CNLĐ|công nhân|thí sinh|thợ)' no hit."),
    ("068_61646234850c", N,
     "Hội thi thợ giỏi công nhân lao động các KCN&CX Hà Nội lần thứ VIII năm 2022 đã trao giải cho 25 thí sinh.",
     "068 counts only participants (109 CNLĐ), no prize-winners. g.sh 'thợ giỏi' (all hits read): seed 000 counts “111 thí sinh đạt giải” of the Hội thi thợ giỏi THÀNH PHỐ Hà Nội 2023 (another event/year); 069/339 are ngành Xây dựng 2023/2024 (61/70 thí sinh, 21 thợ giỏi); 134 is lần thứ VI 2019 with no count. Nothing counts prize-winners of the KCN&CX lần VIII 2022."),
    # ---------------- 100: Tổng LĐLĐ VN khóa XII ----------------
    ("100_480b17a13d4d", S,
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu mười sáu Ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018-2023.",
     "100: “Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra, Chủ nhiệm và 2 Phó Chủ nhiệm uỷ bản kiểm tra nhiệm kỳ 2018 - 2023”."),
    ("100_480b17a13d4d", D,
     "Tại Đại hội XII Công đoàn Việt Nam, Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu năm Phó Chủ tịch.",
     "100: “đã bầu ra 4 Phó chủ tịch” and “Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu”; 247 also “Đoàn Chủ tịch với 22 Ủy viên trong đó có 1 Chủ tịch và 4 Phó Chủ tịch ... nhiệm kỳ 2018-2023”. năm (5) vs 4. g.sh 'năm Phó Chủ tịch|5 Phó Chủ tịch' only hits 330 (“chiều 22/5 Phó Chủ tịch LĐLĐ...”, a date)."),
    # ---------------- 1022: LĐLĐ huyện Đan Phượng ----------------
    ("1022_494a5a54453e", S,
     "Trong thời gian dịch Covid-19, LĐLĐ huyện Đan Phượng đã phát miễn phí 4500 chiếc khẩu trang cho công nhân lao động tại các doanh nghiệp trên địa bàn.",
     "1022: “Liên đoàn Lao động huyện đã phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn cho công nhân lao động tại Công ty ...”."),
    ("1022_494a5a54453e", D,
     "Từ đầu năm, Liên đoàn Lao động huyện Đan Phượng đã đề nghị giải ngân cho đoàn viên vay vốn từ Quỹ trợ vốn CNVCLĐ nghèo Thủ đô với tổng số tiền khoảng 2,4 tỷ đồng.",
     "1022: “giải ngân cho 62 đoàn viên ... vay vốn từ nguồn Quỹ trợ vốn công nhân viên chức lao động nghèo Thủ đô ... với tổng số tiền 1,240 tỷ đồng”. khoảng 2,4 tỷ vs 1,24 tỷ. g.sh '2,4 tỷ' no hit; 'Đan Phượng' hits only 1022 for this loan."),
    # ---------------- 1029: Hà Nội tuyển dụng 6 tháng cuối 2023 ----------------
    ("1029_4c50aa41ee41", S,
     "Sáu tháng đầu năm 2023, TP Hà Nội có hơn 15 nghìn doanh nghiệp đăng ký thành lập mới.",
     "1029 (about 2023, “6 tháng cuối năm 2023”): “Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động”."),
    ("1029_4c50aa41ee41", D,
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, nửa đầu năm 2023 thành phố có khoảng 7.500 doanh nghiệp quay trở lại hoạt động.",
     "1029: “hơn 5.700 doanh nghiệp trở lại hoạt động”. khoảng 7.500 vs hơn 5.700. g.sh '5\\.?700|7\\.?500 doanh nghiệp' hits only 1029 line 8."),
    # ---------------- 1101: Hội thi ATVSV giỏi Thừa Thiên Huế 2018 ----------------
    ("1101_ddfaa6f7ad8a", D,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 do LĐLĐ tỉnh phối hợp Sở LĐ-TB&XH tổ chức có 15 đội tham gia.",
     "1101: “Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở trực thuộc LĐLĐ các huyện, thị xã, thành phố Huế ...”. 15 vs 11. g.sh '15 đội' no hit; 'Thừa Thiên Huế.{0,100}(đội|thí sinh)' no other hit."),
    ("1101_ddfaa6f7ad8a", N,
     "Kết thúc Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018, Ban tổ chức đã trao 8 giải cho các đội xuất sắc.",
     "1101 counts teams (11 đội) and parts (3 phần thi), never prizes. g.sh 'An toàn vệ sinh viên giỏi|ATVSV giỏi': other hits are Hà Nội 2020 (141, 1067), Khánh Hòa 2024 (1081), ngành Điện 2023 (1184) - other provinces/years, no prize count for TT Huế 2018."),
    # ---------------- 1163: hiến máu LĐLĐ TP Thủ Đức ----------------
    ("1163_ce39322f4329", S,
     "Hơn 220 cán bộ, đoàn viên công đoàn và người lao động đã đăng ký hiến máu tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của LĐLĐ thành phố Thủ Đức.",
     "1163: “Tại ngày hội đã ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu” (Ngày hội hiến máu tình nguyện đợt 4 năm 2024, LĐLĐ thành phố Thủ Đức)."),
    ("1163_ce39322f4329", D,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 tại trụ sở Liên đoàn Lao động TP Thủ Đức đã thu được 97 600 ml máu.",
     "1163: “đăng ký tham gia hiến máu với  77.600 ml máu”. 97 600 vs 77.600. g.sh '97\\.?600|97 600' no hit; 'Thủ Đức.{0,150}hiến máu' only 1163."),
    # ---------------- 117: HĐND/UBND TP Hà Nội 2016 ----------------
    ("117_525a5f98db78", S,
     "Ủy ban Bầu cử TP Hà Nội công bố thành phố đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016-2021.",
     "117: “Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này” (khóa 15, nhiệm kỳ 2016-2021); also 116: “cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021”."),
    ("117_525a5f98db78", D,
     "Trước kỳ họp thứ nhất HĐND TP khóa 15 (14/6/2016), ban lãnh đạo UBND TP Hà Nội gồm Chủ tịch Nguyễn Đức Chung và tám Phó Chủ tịch.",
     "117: “Lãnh đạo UBND TP.Hà Nội gồm: Chủ tịch Nguyễn Đức Chung; 6 Phó Chủ tịch: Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Quốc Hùng, Nguyễn Thế Hùng, Ngô Văn Quý, Nguyễn Doãn Toản”. tám (8) vs 6. g.sh 'tám Phó Chủ tịch|8 Phó Chủ tịch' no hit."),
    # ---------------- 169: Công đoàn Giáo dục Việt Nam khóa XV ----------------
    ("169_990fba4964f3", S,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018-2023 gồm ba mươi sáu đồng chí.",
     "169: “Đại hội cũng đã bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ  2018 - 2023 gồm 36 đồng chí”."),
    # ---------------- 226: Công đoàn ngành Y tế Hà Nội quý III/2019 ----------------
    ("226_14e851aaa03f", N,
     "Nhân ngày Thương binh liệt sỹ 27/7/2019, các công đoàn cơ sở ngành Y tế Hà Nội đã thăm hỏi, tặng quà 120 gia đình chính sách.",
     "226 only says “Trong tháng 7, các công đoàn cơ sở triển khai các hoạt động kỷ niệm ngày Thương binh liệt sỹ 27/7” with no count. g.sh '27/7.{0,100}(thăm|tặng)|(thăm|tặng).{0,100}27/7' no hit; 'ngành Y tế Hà Nội' hits (009, 118, 139, 144, 182, 221, 222, 228) are other meetings/quarters/Tết, none counts 27/7 gifts."),
    # ---------------- 231: thưởng Tết Hà Nội (Sở LĐ-TB&XH) ----------------
    ("231_b2be7997f474", S,
     "Theo báo cáo nhanh của Sở LĐ-TB&XH Hà Nội, mức thưởng Tết âm lịch bình quân của khối doanh nghiệp FDI là 3.710.000 đồng/người.",
     "231: “Đối với khối FDI, mức bình quân là 3,71 triệu đồng một người người, giảm 12%”. "),
    ("231_b2be7997f474", D,
     "Báo cáo của Sở Lao động - Thương binh và Xã hội TP Hà Nội cho biết mức thưởng Tết âm lịch cao nhất trên địa bàn thuộc về một doanh nghiệp dân doanh với 47,5 triệu đồng/người.",
     "231: “thưởng Tết âm lịch cao nhất trên địa bàn thuộc về một doanh nghiệp thuộc khối dân doanh với 74,5 triệu đồng một người”. 47,5 vs 74,5. g.sh '47,5 triệu' no hit; other 'thưởng Tết' pages (163, 885, 886) are Tết Tân Sửu/Bính Ngọ, other years."),
    # ---------------- 258: LĐLĐ quận Bắc Từ Liêm Tháng Công nhân 2022 ----------------
    ("258_481de498caab", N,
     "Trong Tháng Công nhân năm 2022, LĐLĐ quận Bắc Từ Liêm đã trao 200 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "258 carries no gift count (only “năm thứ 10 Tháng Công nhân”, Kết luận 77-TB/TW). g.sh 'Bắc Từ Liêm' (all hits read): 142 counts “khám sức khỏe miễn phí cho 862 đoàn viên” (health checks, another counted noun), seed 001/002 Hội Khuyến học and CĐCS transfer; 'Bắc Từ Liêm.{0,150}(suất quà|phần quà)' no hit."),
    # ---------------- 264: Lễ phát động Tháng hành động ATVSLĐ + Tháng Công nhân HN 2025 ----------------
    ("264_278ce760ca14", D,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân năm 2025 của Hà Nội tại huyện Thạch Thất dự kiến có khoảng 3.000 người tham dự.",
     "264: “sẽ được tổ chức vào ngày 18/4, tại vườn hoa Phùng Khắc Khoan, thị trấn Liên Quan, huyện Thạch Thất, với sự tham gia của khoảng 1.000 người”. khoảng 3.000 vs khoảng 1.000. g.sh '3\\.?000 người' only hits 1028 (“tăng hơn 3.000 người” jobs, unrelated); 'Thạch Thất' hits show no other count for this ceremony."),
    # ---------------- 267: xe miễn phí đưa công nhân về quê Tết 2026 ----------------
    ("267_0c5cea305009", S,
     "Dịp Tết Nguyên đán 2026, chương trình xe miễn phí của Liên đoàn Lao động TP Hà Nội đã đưa 1,2 nghìn công nhân tỉnh xa về quê đón Tết.",
     "267: “Liên đoàn Lao động TP. Hà Nội tổ chức Chương trình “Xe ô tô miễn phí đưa công nhân lao động có hoàn cảnh khó khăn về quê đón Tết”, trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa”."),
    ("267_0c5cea305009", D,
     "Năm nay Công đoàn Hà Nội bố trí 36 chuyến xe đưa công nhân thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê đón Tết Nguyên đán 2026.",
     "267: “Công đoàn Hà Nội bố trí 26 chuyến xe đưa công nhân lao động thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê đón Tết” (twice). 36 vs 26. g.sh '36 chuyến|ba mươi sáu chuyến' no hit; other 'chuyến xe' pages are Long Biên 2018, Đồng Nai, Bình Dương (39 chuyến, Xuân 2025), 786 (755 chuyến) - other organisations/years."),
    # ---------------- 274: Hà Nội Tháng Công nhân 2024 (năm thứ 13) ----------------
    ("274_981255185750", N,
     "Năm 2023, trên địa bàn thành phố Hà Nội đã xảy ra 170 vụ tai nạn lao động, theo Phó Chủ tịch UBND thành phố Vũ Thu Hà.",
     "274 only says TNLĐ “luôn được kiểm soát”, gives no number. g.sh 'Hà Nội.{0,150}vụ tai nạn lao động|vụ tai nạn lao động.{0,100}Hà Nội' hits single accidents (110, 111, 112, 294); 112/156 count national TNLĐ (quý II/2018; 6 tháng 2023: 3.201 vụ toàn quốc) - national, not Hà Nội; 'Vũ Thu Hà' hits (220, 314, 696) carry no TNLĐ count."),
    # ---------------- 301: Tuyển tập thơ Công đoàn quận Long Biên ----------------
    ("301_99215f4c97ce", D,
     "Chỉ sau một tháng phát động, cuộc thi sáng tác thơ nhân kỷ niệm 20 năm thành lập LĐLĐ quận Long Biên đã nhận được 151 bài thơ.",
     "301: “Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ” and “quét mã QR để đọc 115 bài thơ trong Tuyển tập thơ”. 151 vs 115. g.sh '151 bài' no hit; 'bài thơ' only 301."),
    ("301_99215f4c97ce", N,
     "Cuộc thi sáng tác thơ “Công đoàn quận Long Biên - niềm tin của đoàn viên và người lao động” đã trao 20 giải cho các tác giả.",
     "301 counts poems received (115 bài thơ), 30 ngày, 20 năm; no prize count. g.sh 'Long Biên.{0,200}giải' no hit; 'bài thơ' only 301."),
    # ---------------- 467: Tân Biên Vì người nghèo 2022 ----------------
    ("467_1dea57a69bce", S,
     "Ngay tại lễ phát động tháng cao điểm “Vì người nghèo” năm 2022 của huyện Tân Biên, các xã, thị trấn, ban ngành, đoàn thể và cơ sở tôn giáo đã đóng góp hơn 580 triệu đồng cho Quỹ.",
     "467: “ngay tại buổi lễ phát động, các xã, thị trấn và ban, ngành, đoàn thể huyện, các cơ sở tôn giáo trên địa bàn huyện đóng góp 581 triệu đồng vào Quỹ “Vì người nghèo” của huyện”."),
    # ---------------- 138: Sở GD&ĐT Hà Nội tặng quà Tết giáo viên ----------------
    ("138_a7c2956bbbb4", N,
     "Chiều 17/1, đoàn công tác của Sở GD&ĐT Hà Nội đã trao cho thầy giáo khiếm thị Ngô Văn Hiếu phần quà Tết trị giá 5 triệu đồng.",
     "138 names the visits (thầy Ngô Văn Hiếu, thầy Phạm Đình Thắng) but states no gift value (only “2 con nhỏ”, “hơn 10 năm phụ trách khu ký túc xá”). g.sh 'Ngô Văn Hiếu|Nguyễn Đình Chiểu|Phạm Đình Thắng' hits only 138 and 1004 (THPT Nguyễn Đình Chiểu, Tiền Giang - other school)."),
    # ---------------- 430: Đại hội Đảng bộ Q.2 TP.HCM ----------------
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Q.2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020 có 250 đại biểu chính thức tham dự.",
     "430 states no delegate count (only dates 18-19.6, lần thứ 5, nhiệm kỳ 2015-2020). g.sh 'Q\\.2|Quận 2' hits only 430 and 1048 (merger into LĐLĐ TP Thủ Đức - another organisation); '[0-9]+ đại biểu (chính thức )?đại diện cho' hits are other congresses (Đảng bộ TP Hà Nội XVIII 550, union congresses, Đoàn TNCS)."),
    # ---------------- 521: Đại hội Đảng bộ tỉnh Thái Bình XX ----------------
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 có 350 đại biểu chính thức tham dự.",
     "521 states no delegate count. g.sh 'Thái Bình' hits 106 (Lăng mộ Nguyễn Đức Cảnh), 985 (guests at Hội Nông dân Nghệ An), 493 (“bình thường” false match) - none counts Thái Bình congress delegates."),
    # ---------------- 691: Quỹ Vì người nghèo (tỉnh, 2022) ----------------
    ("691_396a6e5ab481", S,
     "Theo kết quả rà soát hộ nghèo năm 2021 theo chuẩn nghèo giai đoạn 2022-2025 được nêu tại lễ phát động Tháng cao điểm “Vì người nghèo” ngày 7/10/2022 của Ủy ban MTTQ tỉnh, toàn tỉnh có hơn 16 nghìn hộ nghèo.",
     "691: “Kết quả rà soát hộ nghèo năm 2021 theo chuẩn nghèo giai đoạn 2022 - 2025 cho thấy, tỉnh hiện có 16.006 hộ nghèo, chiếm tỷ tỷ lệ 4,93%”. NOTE: the page never names the province."),
    ("691_396a6e5ab481", D,
     "Hơn 60 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm đã ủng hộ Quỹ “Vì người nghèo” tại lễ phát động Tháng cao điểm do Ủy ban MTTQ Việt Nam tỉnh tổ chức sáng 7/10/2022.",
     "691: “Quỹ “Vì người nghèo” vừa đón nhận gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm ... tại lễ phát động Tháng cao điểm “Vì người nghèo” (17/10 - 18/11), diễn ra sáng 7/10”. hơn 60 vs 45. g.sh '60 cơ quan' no hit. NOTE: province not named on the page."),
    # ---------------- 719: Đoàn Phường 7 ----------------
    ("719_204fad637490", N,
     "Trong Tháng Thanh niên năm 2023, Đoàn Phường 7 đã thực hiện 12 công trình thanh niên với chủ đề “Tuổi trẻ tiên phong chuyển đổi số”.",
     "719 counts nothing but “92 năm” (anniversary). g.sh 'Tháng Thanh niên' hits 391 (Thành đoàn Hà Nội 2024, 4 nhóm hoạt động), 469, 513 (Hà Nội 2020/2023) - other organisations; 'Phường 7|Đoàn phường' only Công đoàn phường (Ba Đình, Nghĩa Đô, Việt Hưng) - other organisations."),
    # ---------------- 733: LĐLĐ quận Long Biên 2018 ----------------
    ("733_22b1a5701d08", S,
     "Tính đến hết tháng 5/2018, trong số đoàn viên ưu tú được các cơ sở thuộc LĐLĐ quận Long Biên giới thiệu, đã có 42 người được kết nạp vào Đảng Cộng sản Việt Nam.",
     "733: “các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp, trong đó có 42 đoàn viên ưu tú được kết nạp vào Đảng Cộng sản Việt Nam”."),
    ("733_22b1a5701d08", D,
     "Tính đến hết tháng 5/2018, Liên đoàn Lao động quận Long Biên đã phát triển được 652 đoàn viên công đoàn.",
     "733: “LĐLĐ quận đã thành lập được 13/28 CĐ cơ sở, đạt 46,42% và 562/800 đoàn viên, đạt 70,25%”. 652 vs 562. g.sh '652' only hits a jpg filename in 460; '562' only 733."),
    # ---------------- 771: LĐLĐ tỉnh Nam Định 2024 ----------------
    # ---------------- 533: HĐND TP Hà Nội kỳ họp 27, 13/11/2025 ----------------
    ("533_31522612a2cd", D,
     "Tại kỳ họp chuyên đề chiều 13/11/2025, bà Phùng Thị Hồng Hà được bầu giữ chức Chủ tịch HĐND thành phố Hà Nội khóa XVI với 95% đại biểu có mặt tán thành.",
     "533: “với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND TP Hà Nội khoá XVI, nhiệm kỳ 2021-2026” (Kỳ họp thứ 27, chiều 13/11). 95% vs 100%. g.sh 'Phùng Thị Hồng Hà.{0,200}(%|phiếu)' and '95% (đại biểu|số đại biểu)|Chủ tịch HĐND.{0,120}[0-9]+%' hit only 533 line 5."),
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 do LĐLĐ tỉnh phối hợp tổ chức có 16 đội tham gia.",
     "771 only announces the Giải bóng đá nam 2024 with no team count. g.sh 'bóng đá' hits: 046 (Cúp Báo LĐTĐ 2015, 18 đội), 336 (a quận, 75 CĐCS), 1193 (NHCSXH) - other events; 'Nam Định' only 771/813/985."),
    # ---------------- 813: Thành ủy Hà Nội khóa XVIII ----------------
    ("813_11d663308583", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ TP Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 đã bầu ba Phó Bí thư Thành ủy.",
     "813: “Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ...; ông Nguyễn Văn Phong ...; ông Nguyễn Trọng Đông ...; và bà Phùng Thị Hồng Hà”; 812: “4 Phó Bí thư Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025- 2030 gồm”. ba vs 4. g.sh 'ba Phó Bí thư|3 Phó Bí thư' only 1087 (Tỉnh Đoàn Bình Dương)."),
    # ---------------- 604: Công đoàn Bộ Công Thương ----------------
    ("604_1de7b8f3d430", S,
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương phối hợp Vụ Thị trường trong nước tổ chức sáng 11/12/2020 tại Hà Nội có hơn 100 đại biểu tham dự.",
     "604: “Sáng ngày 11/12, tại Hà Nội, Công đoàn Bộ Công Thương phối hợp với Vụ Thị trường trong nước tổ chức Hội nghị kết nối cung cầu hàng Việt Nam ... cùng hơn 100 đại biểu” (year from “từ đầu năm 2020 đến nay”)."),
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
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
