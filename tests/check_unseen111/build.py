#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 049 Mái ấm Công đoàn Sóc Sơn (6/5/2025)
    ("049_e73d5fdb77f6", S,
     "Liên đoàn Lao động TP Hà Nội đã hỗ trợ 40 triệu đồng để đoàn viên Nguyễn Thị Giản Hải (Trường Mầm non Bắc Phú, Sóc Sơn) xây dựng Mái ấm Công đoàn.",
     "049: 'hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn”'."),
    ("049_e73d5fdb77f6", D,
     "Ngày 6/5/2025, LĐLĐ thành phố Hà Nội trao kinh phí xây dựng, sửa chữa Mái ấm Công đoàn cho năm đoàn viên huyện Sóc Sơn.",
     "049: 'trao hỗ trợ kinh phí xây dựng, sửa chữa “Mái ấm Công đoàn” cho 3 đoàn viên huyện Sóc Sơn' (title: 'hỗ trợ 3 “Mái ấm Công đoàn”'). Claim 5 (năm). g.sh '(5|năm) đoàn viên (huyện )?Sóc Sơn' -> no hit."),
    # ---------------- 054 bão Yagi, Công đoàn ngành Xây dựng Hà Nội
    ("054_a5994481f9a4", S,
     "Bão Yagi: LĐLĐ Hà Nội quyết định hỗ trợ 159 đoàn viên thuộc Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do cơn bão số 3.",
     "054: 'được LĐLĐ thành phố Hà Nội quyết định hỗ trợ 159 đoàn viên tại các Công đoàn cơ sở với tổng số tiền 352 triệu đồng'."),
    ("054_a5994481f9a4", D,
     "Tổng số tiền Liên đoàn Lao động Thành phố hỗ trợ các đoàn viên ngành Xây dựng Hà Nội bị ảnh hưởng bởi bão Yagi là 532 triệu đồng.",
     "054: 'hỗ trợ 159 đoàn viên ... với tổng số tiền 352 triệu đồng'. Claim 532 (digits swapped). g.sh '532 triệu' -> no hit."),
    # ---------------- 062 Trường MN Việt Triều Hữu nghị
    ("062_4fe848d14255", S,
     "Trong những tháng nghỉ dịch, đội ngũ biên chế của Trường Mầm non Việt Triều Hữu nghị được hỗ trợ 100% lương và các khoản theo lương.",
     "062: 'đội ngũ biên chế của nhà trường đã nhận được hỗ trợ 100% lương và các khoản theo lương trong những tháng nghỉ dịch'."),
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” của Công đoàn Trường Mầm non Việt Triều Hữu nghị đã quyên góp được khoảng 80 triệu đồng để động viên đội ngũ hợp đồng trường.",
     "062: 'phong trào ... với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường' (body + caption). Claim khoảng 80 triệu. g.sh '80 triệu đồng' -> only other things (124 học bổng, 154 Mái ấm, 907, 922), g.sh 'Trao gửi yêu thương' -> 062 and 1225 (áo dài, no figure)."),
    # ---------------- 064 LĐLĐ quận Đống Đa gia đình CNVCLĐ tiêu biểu
    ("064_13dee76dbc32", S,
     "Năm 2025, Liên đoàn Lao động quận Đống Đa biểu dương năm mươi tám gia đình công nhân viên chức lao động tiêu biểu.",
     "064: title 'LĐLĐ quận Đống Đa: Biểu dương 58 gia đình CNVCLĐ tiêu biểu năm 2025'; body '58 gia đình được LĐLĐ quận biểu dương năm nay'."),
    ("064_13dee76dbc32", N,
     "Năm 2024, LĐLĐ quận Đống Đa đã biểu dương 45 gia đình CNVCLĐ tiêu biểu.",
     "Another year. g.sh 'Đống Đa.{0,150}(2024|2023)|(2024|2023).{0,150}Đống Đa' -> only 236 (Đại hội Công đoàn quận 2023-2028, no family count); g.sh 'gia đình CNVCLĐ tiêu biểu' -> 064 (2025, 58), 063 (Hoàng Mai, 73), 654 (Long Biên 2021), 733; g.sh '45 gia đình' -> 702 (TP HCM Quận 12 công nhân ở trọ). No 2024 Đống Đa count."),
    # ---------------- 091 Công đoàn ngành Giáo dục Hà Nội (17/8/2020)
    ("091_e664206785ba", D,
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ 25 triệu đồng cho hai giáo viên mầm non mắc bệnh hiểm nghèo ở huyện Mỹ Đức và huyện Ba Vì.",
     "091: 'Tại buổi tới thăm, Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng'. Claim 25 triệu. g.sh '25 triệu' -> 048 (Mái ấm, Hoài Đức), 163 ('225 triệu' salary), 545, 793 - all other things; 232 (Tết Canh Tý: '385 giáo viên', '4 đoàn') is another occasion with no such money figure."),
    # ---------------- 114 TP.HCM tiêm vaccine công nhân (22/6/2021)
    ("114_68d1a04f6177", D,
     "Đợt tiêm vaccine Covid-19 cho công nhân của TP.HCM hồi tháng 6/2021 được triển khai cho gần 150 nghìn người ở các khu công nghiệp, khu chế xuất.",
     "114: 'Cả đợt này, tổng cộng có 460 đội tiêm cho gần 105.000 người ở các khu công nghiệp, khu chế xuất...'. Claim gần 150 nghìn. g.sh '150[.]?000|150 nghìn' -> 406 (Tháng Nhân đạo), 460 (đơn vị máu) only."),
    # ---------------- 117 HĐND TP Hà Nội khóa 15
    ("117_525a5f98db78", D,
     "Theo Ủy ban Bầu cử TP, Hà Nội đã bầu đủ 95 đại biểu HĐND thành phố khóa 15, nhiệm kỳ 2016-2021.",
     "117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này' (khóa 15, 2016-2021); also 116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV'. Claim 95. g.sh '95 đại biểu' -> only 842 '995 đại biểu' (Hội Nông dân)."),
    # ---------------- 1192 Hội thao ngành Ngân hàng Vĩnh Long 2019
    ("1192_dccb05c77ecc", S,
     "Hơn 440 vận động viên đã tranh tài tại Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra từ ngày 10 đến 12/5/2019.",
     "1192: 'Hội thao có 24 đoàn tham gia ... với trên 444 vận động viên'."),
    ("1192_dccb05c77ecc", D,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2019 có ba mươi đoàn tham gia.",
     "1192: 'Hội thao có 24 đoàn tham gia gồm: NHNN tỉnh, 19 chi nhánh NHTM, ...'. Claim ba mươi (30). g.sh '(30|ba mươi) đoàn' -> no relevant hit; Vĩnh Long hội thao only in 1192."),
    # ---------------- 1203 Điểm sinh hoạt văn hóa CN Văn Tự (Thường Tín)
    ("1203_8200442a65ac", S,
     "Điểm sinh hoạt văn hóa công nhân tại Cụm công nghiệp Văn Tự, huyện Thường Tín có tổng mức đầu tư trên 2 tỷ đồng.",
     "1203: 'có diện tích trên 3.000 m2, tổng mức đầu tư hơn 2 tỉ đồng'."),
    ("1203_8200442a65ac", D,
     "Công trình Điểm sinh hoạt văn hóa công nhân Cụm công nghiệp Văn Tự do LĐLĐ huyện Thường Tín gắn biển có diện tích khoảng 5.000 m2.",
     "1203: 'có diện tích trên 3.000 m2'. Claim khoảng 5.000 m2. g.sh '5[.]?000 m' -> no hit."),
    # ---------------- 160 đối thoại Chủ tịch UBND TP với CNLĐ (28/5, Hòa Lạc)
    ("160_41a38b2fedbd", D,
     "Trước buổi đối thoại ngày 28/5 giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và công nhân tại Khu Công nghệ cao Hòa Lạc, Ban tổ chức đã nhận gần 300 ý kiến, kiến nghị của công nhân lao động.",
     "160: 'Đến nay, Ban tổ chức đã tiếp nhận trên 500 ý kiến gửi gắm, kiến nghị từ các đại biểu công nhân lao động và Công đoàn cơ sở'. Claim gần 300. g.sh '300 ý kiến' -> no hit; other counts ('600 ý kiến' seeds 000/003) are the 2023 dialogue."),
    ("160_41a38b2fedbd", N,
     "Tại Hội nghị đối thoại năm 2024 giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh với công nhân lao động Thủ đô, có 450 ý kiến, kiến nghị bằng văn bản được gửi tới.",
     "Another edition. 2024 dialogue is 082 ('Sáng 23/5, tại Công ty TNHH MTV Thuốc lá Thăng Long ... Hội nghị gặp gỡ, đối thoại với CNLĐ Thủ đô năm 2024') with no count of ý kiến. g.sh '[0-9.]+ ý kiến' -> seed 000 '600 ý kiến kiến nghị bằng văn bản' and seed 003 'hơn 600 ý kiến' (both the 2023 dialogue in articles about 2023), 160 'trên 500 ý kiến' (the 28/5 dialogue at Hòa Lạc, collected beforehand). g.sh '450 ý kiến' -> no hit."),
    # ---------------- 161 Tết Sum vầy - Xuân chia sẻ (Tổng LĐLĐ, tới 29/1)
    ("161_e0c324a85eb1", S,
     "Tính đến ngày 29/1, công đoàn các cấp trên cả nước đã tổ chức hơn 14,6 nghìn chương trình “Tết Sum vầy - Xuân chia sẻ”.",
     "161: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”' (heading 'Hơn 14.600 chương trình')."),
    ("161_e0c324a85eb1", D,
     "Theo Phó Chủ tịch Tổng LĐLĐ Việt Nam Phan Văn Anh, tổng số tiền của các chương trình “Tết Sum vầy - Xuân chia sẻ” tính tới 29/1 vào khoảng 1,5 nghìn tỷ đồng.",
     "161: '... hơn 1,8 triệu lượt ... được tặng quà tại chương trình, tổng số tiền gần 1.022 tỷ đồng'. Claim khoảng 1,5 nghìn tỷ. g.sh '1[.,]5 nghìn tỷ|1.500 tỷ' -> no hit; g.sh 'Sum vầy - Xuân chia sẻ' -> 161 and 1146 (no total)."),
    # ---------------- 190 Sáng kiến, sáng tạo Thủ đô 2021-2025
    ("190_4d10919c46da", N,
     "Giai đoạn 2021 - 2025, có 1.250 sáng kiến được công nhận hiệu quả áp dụng và phạm vi ảnh hưởng cấp Thành phố trong phong trào thi đua “Sáng kiến, sáng tạo Thủ đô”.",
     "190 gives no number ('Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu được xét công nhận ... ở cấp Thành phố'). g.sh 'sáng kiến.{0,150}cấp Thành phố|cấp Thành phố.{0,150}sáng kiến' -> only 190. Nearby counts are other things: seed 002 '14.791 sáng kiến' and 003/177 '200.000 sáng kiến' (Tổng LĐLĐ's Chương trình 1 triệu sáng kiến, Công đoàn Thủ đô), 215 '2.002 sáng kiến' (another unit), 517 '696.948 sáng kiến' (cả nước). g.sh '1[.]?250 sáng kiến' -> no hit."),
    # ---------------- 222 Công đoàn ngành Y tế Hà Nội 6 tháng 2018
    ("222_aeef1b06b8dc", N,
     "Trong 6 tháng đầu năm 2018, Công đoàn ngành Y tế Hà Nội đã kết nạp 650 đoàn viên mới.",
     "222 body has only anniversaries (88 năm, 63 năm); the '83 gia đình tiêu biểu' is a related-headline teaser, another thing. g.sh 'Y tế Hà Nội.{0,300}(kết nạp|đoàn viên mới)|kết nạp.{0,100}Y tế' -> no hit; g.sh 'Y tế Hà Nội.{0,200}[0-9]+ (đoàn viên|lượt|trường hợp)' -> no hit."),
    # ---------------- 226 Công đoàn ngành Y tế Hà Nội quý III/2019
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, hỗ trợ 180 đoàn viên ốm đau, có hoàn cảnh khó khăn.",
     "226 reports quý III/2019 activity without any count. g.sh '180 đoàn viên|ốm đau' -> 931 (Hải Dương, one person), 1129 (fund rules); g.sh 'Y tế Hà Nội.{0,200}[0-9]+ (đoàn viên|lượt|trường hợp)' -> no hit."),
    # ---------------- 254 CĐ ngành NN&PTNT Hà Nội nhiệm kỳ 2013-2018
    ("254_698c53174ce4", S,
     "Trong nhiệm kỳ 2013 - 2018, Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội quản lý 41 công đoàn cơ sở.",
     "254: 'hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước'."),
    ("254_698c53174ce4", D,
     "CĐ ngành NN&PTNT Hà Nội hiện có 8.217 công nhân viên chức lao động, theo đánh giá nhiệm kỳ 2013-2018 của Chủ tịch Nguyễn Văn Thảo.",
     "254: 'với số lượng CNVCLĐ 7.128, trong đó số đoàn viên CĐ là gần 7.000 người'. Claim 8.217. g.sh '8[.]?217' -> no hit; 1061/023 (same union, other years) give no CNVCLĐ total."),
    # ---------------- 331 Quỹ trợ vốn / Tháng cao điểm Vì người nghèo 2023
    ("331_94f105eec540", N,
     "Trong Tháng cao điểm “Vì người nghèo” năm 2023, công nhân viên chức, lao động Thủ đô đã ủng hộ qua LĐLĐ thành phố Hà Nội tổng cộng 12 tỷ đồng.",
     "331 gives only the call ('ủng hộ ít nhất là 1 ngày lương', 17/10-18/11), no total. g.sh 'Vì người nghèo.{0,250}2023|2023.{0,250}Vì người nghèo' -> 331, 359, 371 (no money), 468 ('trao hỗ trợ ... gần 11 tỷ đồng' = support handed out by UBND/MTTQ, another thing), 1144 (Đức Trọng, Lâm Đồng). g.sh '12 (tỷ|tỉ)' -> only 114 teaser (Đắk Lắk). Quỹ trợ vốn figures (643 'gần 44 tỉ', seed 002 '17 đoàn viên', 1022 '1,240 tỷ') are loans, another thing."),
    # ---------------- 353 Nguyễn Đình Khang Chủ tịch Tổng LĐLĐ khóa XIII
    ("353_d8f30a786bd0", N,
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII bầu làm Chủ tịch với 100% số phiếu tín nhiệm.",
     "353 gives no vote share. g.sh 'Nguyễn Đình Khang.{0,200}(%|phiếu)' -> no hit. g.sh '100%.{0,40}phiếu|phiếu.{0,40}100%' -> 100/247 (Bùi Văn Cường, khóa XII, another congress and person), 191 (Bí thư Huyện ủy). Not counted for Khang/khóa XIII."),
    # ---------------- 360 Hà Nội Vì người nghèo / Quỹ Cứu trợ 2024
    ("360_7ce4c52c2f43", S,
     "Trong năm 2024, thành phố Hà Nội đã hoàn thành 714 nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.",
     "360: 'Năm 2024, Chương trình đã hoàn thành 714 nhà Đại đoàn kết, hoàn thành việc xóa nhà ở xuống cấp cho hộ nghèo, hộ cận nghèo trên địa bàn Thành phố'."),
    ("360_7ce4c52c2f43", D,
     "Năm 2024, từ nguồn Quỹ “Cứu trợ”, Hà Nội đã hỗ trợ sửa chữa 215 ngôi nhà bị ảnh hưởng bởi bão, lũ.",
     "360: 'Trao hỗ trợ khắc phục hậu quả bão, lũ trên địa bàn Thành phố gồm 29 nhà xây mới, 251 nhà sửa chữa từ nguồn Quỹ “Cứu trợ”'. Claim 215. g.sh '215 (ngôi )?nhà|sửa chữa 215' -> no hit; g.sh 'nhà sửa chữa|nhà xây mới' -> 360, 454 (Đà Nẵng, 21 nhà)."),
    # ---------------- 446 LĐLĐ TP HCM thi đua chào mừng Đại hội
    ("446_764438fb9bbb", N,
     "LĐLĐ TP HCM đặt mục tiêu có 500 công trình, sản phẩm đăng ký gắn biển chào mừng Đại hội Công đoàn TP HCM lần thứ I, nhiệm kỳ 2025 - 2030.",
     "446 gives no number ('có nhiều công trình, sản phẩm mới đăng ký gắn biển công trình chào mừng Đại hội Công đoàn TP HCM'). g.sh 'gắn biển' -> seed 000 '6 công trình tiêu biểu ... chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII' (other city, other congress), 544 (Hội phụ nữ, 25 công trình), 499, 391, 1203. g.sh '500 công trình' -> no hit."),
    # ---------------- 469 Thành đoàn Hà Nội ra quân TNTN hè 2023
    ("469_b49a6ebccc5d", D,
     "Khoảng 700 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 tại Trường Đại học Ngoại thương.",
     "469: '... cùng các cán bộ Đoàn, Hội chủ chốt và gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô' (sáng 30/5, ĐH Ngoại thương). Claim khoảng 700. g.sh '700 đoàn viên|700 thanh niên' -> only 451 '130.700 đoàn viên' (another thing). 692 (same event) gives no count."),
    ("469_b49a6ebccc5d", N,
     "Tại lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023, Thành đoàn Hà Nội đã ra mắt 15 đội hình tình nguyện cấp thành phố.",
     "469 and 692 (same event) give no count of đội hình. g.sh 'Thành đoàn Hà Nội.{0,200}[0-9]' -> 318 '12 đội hình' (chiến dịch 2015, another edition), 609 '5 đội hình tình nguyện cấp thành phố trong chiến dịch “Kỳ nghỉ hồng”' (2024, another year). Neither is 2023."),
    # ---------------- 713 Đại hội MTTQ Việt Nam TP Hà Nội lần thứ XVIII
    ("713_880c4651b9b8", S,
     "Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII, nhiệm kỳ 2024 - 2029 có 363 đại biểu chính thức tham dự.",
     "713: 'Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 bước vào ngày làm việc đầu tiên với sự tham dự của 363 đại biểu chính thức'."),
    ("713_880c4651b9b8", D,
     "Tại phiên thứ nhất Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Hà Nội nhiệm kỳ 2024-2029, Đoàn Chủ tịch Đại hội được hiệp thương gồm 21 vị.",
     "713: 'hiệp thương thông qua danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị'. Claim 21. g.sh '21 vị' -> no hit; g.sh 'Đoàn Chủ tịch Đại hội' -> 103, 529, 578 (other congresses), 713."),
    # ---------------- 762 Ngày hội công nhân 2023, KCN Đại Đồng - Hoàn Sơn
    ("762_03509ce53e76", S,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, Ban tổ chức đã phát 3 nghìn phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762: 'Tại chương trình, Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động'."),
    ("762_03509ce53e76", D,
     "Mỗi phiếu mua hàng 0 đồng được phát tại Ngày hội công nhân 2023 ở KCN Đại Đồng - Hoàn Sơn có trị giá 400 nghìn đồng.",
     "762: '3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn'. Claim 400 nghìn. g.sh '400 nghìn đồng|400[.]000 đồng' -> 502, 1014, 1149 (other things); g.sh 'Đại Đồng' -> only 762."),
    # ---------------- 784 Huyện đoàn Đại Lộc ra quân TNTN hè
    ("784_77c303a5ded0", S,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè ở xã Đại Cường, Huyện đoàn Đại Lộc đã tuyên dương mười hai gương thanh niên tình nguyện tiêu biểu.",
     "784: 'Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua' (also caption)."),
    ("784_77c303a5ded0", N,
     "Công trình “Bể bơi phòng tránh đuối nước trẻ em” do Huyện đoàn Đại Lộc khởi công có kinh phí 250 triệu đồng.",
     "784 names the bể bơi only in a caption with no cost. g.sh 'bể bơi' -> 784 caption, 904 ('15 bể bơi di động', another event). g.sh '250 triệu' -> no hit."),
    # ---------------- 095 Kế hoạch 117/KH-LĐLĐ Đại hội Công đoàn các cấp 2025-2030
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, 9.200 công đoàn cơ sở tại Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025 - 2030 trước ngày 31/12/2025.",
     "095 gives no count of CĐCS. Nearby count is another term: seed 003 '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028'. g.sh '9[.]?200' -> no hit; g.sh '[0-9.]+ (Công đoàn cơ sở|CĐCS).{0,80}2025' -> no hit."),
    # ---------------- 968 LĐLĐ tỉnh Quảng Trị tổng kết 2021
    ("968_788fa47f98b7", S,
     "Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh Quảng Trị đã tặng hơn 25 nghìn phần quà cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn.",
     "968: 'Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh đã tặng 25.021 phần quà trị giá 13,4 tỉ đồng cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn'."),
    ("968_788fa47f98b7", D,
     "Năm 2021, trước tác động của dịch bệnh, Liên đoàn Lao động tỉnh Quảng Trị đã chi hỗ trợ 362 công nhân viên chức, lao động.",
     "968: 'năm qua, LĐLĐ tỉnh đã chi hỗ trợ 263 CNVC-LĐ với số tiền 353 triệu đồng'. Claim 362. g.sh '362' -> 118, 621 (other things); Quảng Trị 2024 figures in 967 are other counts."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))


if __name__ == "__main__":
    main()
