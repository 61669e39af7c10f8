#!/usr/bin/env python3
"""Writes claims.tsv for blind set 5. Plain Python, no project code."""
import csv, unicodedata, os

S, D, N = "supported", "differs", "not_found"
R = []
def add(pid, verdict, claim, why):
    R.append((pid, verdict, claim, why))

# ---------------- batch 6 ----------------
P = "333_b974af218aab"
add(P, S, "Công đoàn ngành Giáo dục Hà Nội hiện có 187 công đoàn cơ sở trực thuộc.",
    "\"hiện nay Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên\"")
add(P, D, "Theo Phó Chủ tịch Công đoàn ngành Giáo dục Hà Nội Đỗ Văn Nam, ngành hiện có hơn 15.000 đoàn viên.",
    "\"Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên\" (2018 page 298 gives 12.260; neither is 15.000)")
add(P, N, "Hơn 80% đoàn viên Công đoàn ngành Giáo dục Hà Nội có trình độ đại học trở lên.",
    "Article: \"hơn 80% đoàn viên nữ\" - the 80% is the share of women, not of degree holders. grep '80 ?%' whole corpus: only 333 (nữ) and 152 (người lao động trực tiếp); grep 'trình độ' gives no share for Giáo dục HN.")

P = "334_f675b4d1f65a"
add(P, N, "Thành đoàn Hà Nội tuyên dương 60 hiệu trưởng và giáo viên Tổng phụ trách Đội xuất sắc tiêu biểu Thủ đô.",
    "Article praises 'các hiệu trưởng và giáo viên làm tổng phụ trách Đội' with no number. grep 'tổng phụ trách' corpus: only 334, no count; grep '\\b60 ' gives nothing about Đội.")

P = "335_f1e4aebb2913"
add(P, S, "Dịp Tết Tân Sửu, LĐLĐ huyện Ứng Hòa trao quà Tết cho công nhân lao động, đoàn viên và con đoàn viên khó khăn với tổng trị giá 121 triệu đồng.",
    "\"trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng\"")
add(P, D, "Trong số quà Tết Tân Sửu do Liên đoàn Lao động huyện Ứng Hòa trao, 80 suất được hỗ trợ từ kinh phí của LĐLĐ thành phố.",
    "\"Trong đó có 60 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động thành phố, 62 suất ... của Liên đoàn Lao động huyện\"")
add(P, N, "Chương trình Tết sum vầy Tân Sửu của LĐLĐ và Hội LHPN huyện Ứng Hòa có 20 gian hàng giảm giá.",
    "Article says the programme CUT 'Bốc thăm trúng thưởng, gian hàng giảm giá, văn nghệ' - no count. grep 'gian hàng' corpus: counts only for Chợ Tết Công đoàn 2023 (72), 2024 (124), 2026 (70/50) - none for Ứng Hòa; grep 'Ứng Hòa|Ứng Hoà' no such figure.")

P = "336_5d7aa39073a7"
add(P, S, "Hội khỏe công nhân viên chức, lao động và lực lượng vũ trang quận Hoàn Kiếm năm 2020 quy tụ vận động viên từ 75 công đoàn cơ sở.",
    "\"thu hút hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận\"")
add(P, D, "Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 tổ chức tranh tài ở sáu môn thi.",
    "\"tranh tài ở 4 môn thi, gồm Bóng đá nam, Bóng bàn, Cầu lông và Kéo co nam nữ\"")
add(P, N, "Môn bóng đá nam tại Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 có 12 đội tham gia.",
    "Article: \"Riêng môn bóng đá nam đã khởi tranh từ ngày 22/9\" - no team count. grep 'đội bóng|bóng đá' corpus: only page 046 (giải Cúp Báo LĐTĐ 2015, 18 đội) - another event; grep 'Hoàn Kiếm' no team count.")

P = "337_b563439ef734"
add(P, S, "Ngày hội văn hóa - thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 có ba nội dung thi đấu là nhảy bao bố, cầu lông và múa dân vũ.",
    "\"ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ\"")
add(P, N, "Ngày hội thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 thu hút 600 vận động viên tham gia.",
    "Article only says 'thu hút đông đảo công nhân viên chức lao động tham gia' - no number. grep 'Hoài Đức' corpus: 337, 048 (Mái ấm 25/20/5 triệu, 2 Mái ấm), seed 002 (list) - no participant count; grep '600' gives nothing about Hoài Đức.")

P = "338_ac93a7f63ef1"
add(P, S, "Giải Cầu lông công nhân viên chức lao động quận Thanh Xuân năm 2020 có 125 vận động viên tham dự.",
    "Title: \"125 vận động viên tham dự Giải Cầu lông CNVCLĐ quận Thanh Xuân 2020\" (the article's own headline)")
add(P, N, "Giải Cầu lông CNVCLĐ quận Thanh Xuân năm 2020 có 28 đơn vị tham gia.",
    "Article mentions 'các đơn vị tham gia' (cờ lưu niệm) without a number. grep 'Thanh Xuân' corpus: no count of units for the 2020 badminton event; grep '\\b28 (đơn vị|công đoàn)' nothing.")

P = "339_9a49b5d3463b"
add(P, N, "Bữa cơm Công đoàn của Công đoàn ngành Xây dựng Hà Nội được tổ chức cho 400 đoàn viên, người lao động.",
    "Article gives no number of diners (the 70 thí sinh / 21 thợ giỏi are in the related-headline strip, other events). grep 'bữa cơm' corpus: only 339, no count; grep '\\b400 ' nothing about ngành Xây dựng.")

P = "340_450a27d2144e"
add(P, S, "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đề ra 12 chỉ tiêu.",
    "\"Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm\"")
add(P, D, "Đại hội Công đoàn thành phố Hồ Chí Minh lần thứ XII xác định năm khâu đột phá cho nhiệm kỳ 2023-2028.",
    "\"12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm\"")
add(P, N, "Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đã bầu 45 ủy viên Ban Chấp hành.",
    "Article gives no BCH size. grep 'TP\\.? ?HCM|thành phố Hồ Chí Minh' corpus: 078,108,114,154,167,213,279,312,340,347 - none counts the LĐLĐ TP.HCM BCH; grep '45 (ủy viên|đồng chí|người)' nothing.")

P = "342_c57c16d17991"
add(P, N, "Đại hội đại biểu Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 250 đại biểu chính thức tham dự.",
    "Neither 342 nor 079 (same congress) gives the number of delegates; 079 counts BCH (29-33 dự kiến, 21 chỉ định) and BTV (9-11, 9 chỉ định). grep 'Đảng bộ Tổng' corpus: 079, 342 only; grep '250 đại biểu' nothing.")

P = "343_5b2e15f18b4a"
add(P, S, "Ngày 10/5/2023, Huyện ủy Sóc Sơn ban hành ba quyết định kết nạp Đảng cho học sinh THPT.",
    "\"ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng\" (title: 3 học sinh THPT)")
add(P, D, "Câu lạc bộ Tiếng Anh do Nguyễn Thị Anh Thơ lập ra ở Trường THPT Sóc Sơn có 78 thành viên.",
    "\"Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên\"")
add(P, N, "Câu lạc bộ Vovinam Trường THPT Xuân Giang do Nguyễn Hữu Thái làm đội trưởng có 45 thành viên.",
    "Article: \"Em là Đội trưởng Câu lạc bộ Vovinam của Trường\" - no size (the counted clubs are Tiếng Anh 87 and tình nguyện hơn 100). grep 'Câu lạc bộ|Vovinam' corpus: no Vovinam count.")

P = "347_c1729d8f4a9d"
add(P, S, "Đợt 3 năm 2025 của chương trình hiến máu \"Chia sẻ giọt máu hồng\" do LĐLĐ TP HCM tổ chức thu được 558 đơn vị máu.",
    "\"'Chia sẻ giọt máu hồng' đợt 3 năm 2025 ... thu được 558 đơn vị máu\"")
add(P, D, "Chương trình \"Chia sẻ giọt máu hồng\" đợt 3 năm 2025 của LĐLĐ TP.HCM thu hút hơn 900 cán bộ Công đoàn, đoàn viên - lao động hiến máu.",
    "\"Chương trình đã thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu\"")
add(P, N, "Đợt 2 năm 2025 của chương trình \"Chia sẻ giọt máu hồng\" do LĐLĐ TP HCM tổ chức thu được 558 đơn vị máu.",
    "Near-miss on the edition: 558 đơn vị máu is stated only for đợt 3 năm 2025; đợt 2 is never reported. grep 'hiến máu|đơn vị máu|giọt máu' corpus: only 347.")

P = "348_db7d0bb18329"
add(P, S, "Đảng bộ huyện Sóc Sơn hiện có hơn 14 nghìn đảng viên.",
    "\"Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng\" (rounded with 'hơn')")
add(P, D, "Đảng bộ huyện Sóc Sơn hiện gồm 36 tổ chức cơ sở Đảng.",
    "\"14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng\"")
add(P, N, "Đại hội Đảng bộ huyện Sóc Sơn lần thứ nhất năm 1978 bầu Ủy ban Kiểm tra gồm 11 đồng chí.",
    "Near-miss: 11 is the Ban Thường vụ (\"Ban Thường vụ gồm 11 đồng chí\") and also '11 kỳ đại hội'; the Ủy ban Kiểm tra of Đại hội I is never counted. grep 'Ủy ban Kiểm tra|Uỷ ban Kiểm tra' corpus: 100 (TLĐ khóa 12: 16), 103, 115 (Bình Định: 9), 247, 249 - nothing for Sóc Sơn.")

P = "351_19b0cae29087"
add(P, N, "Nhiệm kỳ 2018-2023, Công đoàn Việt Nam đã hoàn thành và vượt 15 chỉ tiêu của Nghị quyết Đại hội XII.",
    "Article: \"hoàn thành và vượt nhiều chỉ tiêu của Nghị quyết Đại hội XII\" - no number. grep 'chỉ tiêu' corpus: no count of Đại hội XII CĐVN targets (12 chỉ tiêu is TP.HCM's Đại hội XII, another organisation); grep '15 chỉ tiêu' nothing.")

P = "352_557f7c6c45b0"
add(P, S, "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 97,87% số phiếu.",
    "\"với số phiếu 92/94 (chiếm 97,87%)\"")
add(P, D, "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, ông Chu Ngọc Anh được 90 đại biểu bỏ phiếu bầu làm Chủ tịch UBND thành phố.",
    "\"với số phiếu 92/94 (chiếm 97,87%)\" - 92 votes, not 90")
add(P, N, "Kỳ họp thứ nhất HĐND thành phố Hà Nội khóa XVI đã bầu 8 Phó Chủ tịch UBND thành phố.",
    "352 only reports the Chủ tịch vote. grep 'Phó Chủ tịch UBND' corpus: 105,116,117,220,274,286,314 - names only, no count of vice-chairs for khóa XVI; grep '\\b8 Phó' nothing.")

P = "353_d8f30a786bd0"
add(P, N, "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 100% phiếu tín nhiệm.",
    "Near-miss: 100% is stated only for Bùi Văn Cường, khóa XII (pages 100, 247). 353 gives no vote share for Khang. grep 'Khang.{0,80}(%|phiếu)' corpus: nothing.")

P = "357_3a6c57d6b65d"
add(P, S, "Phó Chủ tịch LĐLĐ TP Hà Nội Phạm Bá Vĩnh trao 150 triệu đồng hỗ trợ đoàn viên, người lao động Công ty TNHH Canon Việt Nam gặp khó khăn do dịch bệnh.",
    "\"trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động ... thuộc Công ty TNHH Canon Việt Nam\"")
add(P, D, "LĐLĐ thành phố Hà Nội hỗ trợ 500 đoàn viên, người lao động Canon Việt Nam bị ảnh hưởng bởi dịch bệnh.",
    "\"trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động có hoàn cảnh khó khăn bị ảnh hưởng bởi dịch COVID-19 thuộc Công ty TNHH Canon Việt Nam\"")

P = "359_f86f30c80860"
add(P, N, "Lễ phát động Tháng cao điểm \"Vì người nghèo\" và an sinh xã hội năm 2023 của Hà Nội dự kiến có 700 đại biểu tham dự.",
    "359 gives time/place (19h30 ngày 3/10, Cung văn hóa Lao động hữu nghị Việt - Xô) and Kế hoạch 237, no attendance. grep 'Vì người nghèo' corpus: 331, 359, 360, seeds - no attendance figure; grep '700 đại biểu' nothing.")

P = "360_7ce4c52c2f43"
add(P, S, "Năm 2024, Hà Nội trao hỗ trợ sinh kế cho hộ nghèo từ Quỹ \"Vì người nghèo\" với tổng trị giá 3.140 triệu đồng.",
    "\"95 xe máy, 54 con bò, 13 máy khâu, 1 máy tuốt lúa từ nguồn Quỹ 'Vì người nghèo' với tổng trị giá 3 tỷ 140 triệu đồng\"")
add(P, D, "Năm 2024, chương trình \"Vì người nghèo\" của Hà Nội hoàn thành 741 nhà Đại đoàn kết cho hộ nghèo, cận nghèo.",
    "\"Năm 2024, Chương trình đã hoàn thành 714 nhà Đại đoàn kết\"")
add(P, N, "Năm 2024, Quỹ \"Vì người nghèo\" thành phố Hà Nội trao 54 con trâu cho các hộ nghèo làm sinh kế.",
    "Near-miss on the noun: 54 is the number of cows (\"54 con bò\"); buffaloes are never counted. grep 'trâu|con bò|Đại đoàn kết' corpus: only 360 (54 con bò).")

P = "361_32e5f2332d2e"
add(P, N, "Bà Trần Thị Phương Hoa trúng cử trực tiếp Bí thư Quận ủy Cầu Giấy với 98% số phiếu.",
    "361 (photo caption repeated) gives no vote share. grep 'Cầu Giấy' corpus: seed 000, 110, 361 - no vote; grep 'Bí thư.{0,60}%' nothing; grep '98 ?%' nothing about Cầu Giấy.")

# ---------------- batches 4-5 ----------------
P = "236_8c39dd7a5f76"
add(P, N, "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức tham dự.",
    "236 gives duration (2 ngày 6-7/7/2023) but no delegate count. grep 'Đống Đa' corpus: seed 002, 064 (58 gia đình, 26 giáo viên), 073, 232, 236 - no delegates; grep '250 đại biểu' nothing.")

P = "237_e9e86887473f"
add(P, S, "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX bầu 21 đồng chí vào Ban Chấp hành khóa XIX, nhiệm kỳ 2023-2028.",
    "Title: \"Bầu 21 đồng chí vào Ban Chấp hành Công đoàn quận Hai Bà Trưng khóa XIX, nhiệm kỳ 2023 - 2028\"")
add(P, D, "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức dự.",
    "\"về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên\"")

P = "239_537243f63a13"
add(P, D, "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023-2028 có 219 đại biểu chính thức tham dự.",
    "\"với sự tham dự của 191 đại biểu\" / \"191 đại biểu chính thức dự đại hội\" (page 203 on the same congress gives no count)")
add(P, N, "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV bầu 7 đồng chí vào Ban Thường vụ.",
    "239 counts only the BCH (21). 203 (same congress) no counts. grep 'Ban Thường vụ.{0,60}(gồm|với) [0-9]' corpus: Bình Định 11, Thành ủy 16, TLĐ Đảng ủy 9-11 - none for ngành Xây dựng HN.")

P = "242_5bc709367c4a"
add(P, N, "Đại hội XVI Công đoàn Thành phố Hà Nội đã thông qua 16 chỉ tiêu cho nhiệm kỳ 2018-2023.",
    "242 speaks of 'các chỉ tiêu, nhiệm vụ, giải pháp đã được thông qua tại Đại hội XVI' with no number. grep 'chỉ tiêu' corpus: no count of Đại hội XVI targets; grep '16 chỉ tiêu' nothing.")

P = "243_c554aeec7ee3"
add(P, S, "Ngày hội Văn hóa - Thể thao năm 2019 của các cấp Công đoàn quận Long Biên có 1 400 đoàn viên công đoàn tham dự.",
    "Title: \"Quận Long Biên: 1.400 đoàn viên công đoàn tham dự Ngày hội 'Văn hóa - Thể thao'\"; event is for 90 năm CĐVN (2019)")
add(P, N, "Ngày hội Văn hóa - Thể thao năm 2019 của LĐLĐ quận Long Biên có 35 đội tham gia tranh tài.",
    "243 mentions 'các đội tham dự Ngày hội' (cờ lưu niệm) with no number. grep 'Long Biên.{0,80}[0-9]' corpus: 1.400 đoàn viên, 32 đơn vị (cụm thi đua), 127 đoàn viên, 1.500 áo dài, 115 bài thơ - no team count.")

P = "244_3f16c38c7f90"
add(P, S, "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì có 83 đoàn viên.",
    "\"Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.\"")

P = "247_9bb00526265c"
add(P, S, "Đại hội XII Công đoàn Việt Nam đã bầu 161 người vào Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII.",
    "\"bầu cử 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động\" (page 101: 'Ban Chấp hành gồm 161 ủy viên')")
add(P, D, "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam khóa XII, nhiệm kỳ 2018-2023 gồm 25 ủy viên.",
    "\"bầu ra Đoàn Chủ tịch với 22 Ủy viên\" (page 101 also 22)")

P = "248_b6a393b2d4d9"
add(P, S, "Khi thành lập năm 2025, Công đoàn phường Ba Đình có 72 công đoàn cơ sở trực thuộc.",
    "\"Công đoàn phường Ba Đình được thành lập từ ngày 26/9/2025, với 72 công đoàn cơ sở trực thuộc và tổng số 9.008 công đoàn viên\"")

P = "249_437a7359948a"
add(P, S, "Ngày 1/10/2025, LĐLĐ thành phố Hà Nội công bố quyết định thành lập 84 Công đoàn xã, phường.",
    "\"Ngày 1/10, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường\" (page dated 02/10/2025)")

P = "252_f6a3b7378def"
add(P, S, "LĐLĐ thị xã Sơn Tây đang trực tiếp quản lý gần 10.000 đoàn viên.",
    "\"trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên\"")
add(P, D, "Trong các công đoàn cơ sở do LĐLĐ thị xã Sơn Tây quản lý có 84 đơn vị trường học.",
    "\"có 15 đơn vị khối xã, phường, 48 đơn vị trường học, 94 đơn vị doanh nghiệp ... và 39 đơn vị khối hành chính sự nghiệp\"")

P = "254_698c53174ce4"
add(P, S, "Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội đang quản lý 41 công đoàn cơ sở.",
    "\"hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước\"")

P = "255_a1d4b50e141e"
add(P, N, "Năm 2022, LĐLĐ huyện Gia Lâm đón đoàn 20 cán bộ chủ chốt Liên hiệp Công đoàn thành phố Viêng Chăn và tỉnh Luông Pha Băng.",
    "255 never gives the delegation size. grep 'Lào|Viêng Chăn|Luông' corpus: 252 (Sơn Tây, no size), 255 - no count; grep 'Gia Lâm' no such figure.")

P = "257_888b5daa7364"
add(P, N, "Tại chương trình \"Tết Sum vầy - Xuân gắn kết\" sáng 10/1/2023, LĐLĐ thành phố Hà Nội trao 1.000 suất quà cho đoàn viên, người lao động khó khăn.",
    "257 says 'nhận những phần quà' with no number. grep 'Xuân gắn kết' corpus: only 257; grep 'suất quà' corpus: 067, 107, 128, 207, 276, 280, 330, 335 - none for Tết 2023 Hà Nội; grep '1.000 suất' nothing.")

P = "262_7b5b3b51657d"
add(P, S, "Chợ Tết Công đoàn năm 2023 do LĐLĐ Thành phố Hà Nội tổ chức có 48 doanh nghiệp tham gia.",
    "\"Chương trình 'Chợ Tết Công đoàn năm 2023' với sự tham gia của 48 doanh nghiệp với 72 gian hàng\"")
add(P, D, "Tại Chợ Tết Công đoàn năm 2023, 7.500 đoàn viên, người lao động Thủ đô được nhận phiếu mua hàng của Tổng LĐLĐ Việt Nam và LĐLĐ Thành phố.",
    "\"5.500 đoàn viên, người lao động ... được nhận Phiếu mua hàng giảm giá và Phiếu mua hàng 0 đồng\"")

P = "264_278ce760ca14"
add(P, S, "Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2025 của Hà Nội tại huyện Thạch Thất dự kiến có khoảng một nghìn người tham gia.",
    "\"sẽ được tổ chức vào ngày 18/4, tại vườn hoa Phùng Khắc Khoan, thị trấn Liên Quan, huyện Thạch Thất, với sự tham gia của khoảng 1.000 người\"")

P = "265_98024dc6bc76"
add(P, D, "LĐLĐ Thành phố đặt chỉ tiêu 90% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua \"Sáng - Xanh - Sạch - Đẹp\".",
    "\"LĐLĐ Thành phố đề ra chỉ tiêu 100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua 'Sáng - Xanh - Sạch - Đẹp'\"")

P = "267_0c5cea305009"
add(P, S, "Dịp Tết Nguyên đán 2026, Liên đoàn Lao động TP Hà Nội bố trí 26 chuyến xe miễn phí đưa công nhân về quê đón Tết.",
    "\"Năm nay, chương trình bố trí 26 chuyến xe đưa công nhân lao động ... về quê đón Tết\"")
add(P, D, "Chương trình xe ô tô miễn phí đưa công nhân về quê đón Tết 2026 của Công đoàn Hà Nội phục vụ 2.100 công nhân tỉnh xa.",
    "\"trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa\"")

P = "268_c31d3d87a6f9"
add(P, N, "Năm 2022, LĐLĐ TP Hà Nội đặt chỉ tiêu phát triển 30.000 đoàn viên mới.",
    "268 mentions 'chỉ tiêu phát triển đoàn viên, thành lập công đoàn cơ sở năm 2022' without a number. grep 'phát triển.{0,40}[0-9.]+ đoàn viên' corpus: 079 (CĐVN 800.000/năm), 217 (Thái Nguyên 53.000, 2018-2023) - other organisations; grep '30.000' nothing.")

P = "272_28974ffcb2ea"
add(P, D, "LĐLĐ TP Hà Nội phấn đấu 80% công đoàn cơ sở tham gia ủng hộ Quỹ \"Vì biển, đảo Việt Nam\".",
    "\"phấn đấu 100% CĐ cơ sở tham gia ủng hộ\"")

P = "275_a87c110f79e1"
add(P, D, "Tháng 9/2024, LĐLĐ thành phố Hà Nội ủng hộ 500 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam cho vùng bão lũ.",
    "\"LĐLĐ thành phố Hà Nội cũng ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam\"")

P = "276_3626d595b296"
add(P, D, "Mỗi phiếu mua hàng LĐLĐ TP Hà Nội trao tặng tại Chợ Tết Công đoàn - Xuân 2026 có trị giá 300.000 đồng.",
    "\"3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng và 3.600 suất quà, mỗi suất trị giá 300.000 đồng\" (300.000 is the gift-pack value; page 280 says the same)")

P = "278_ca99d72144c8"
add(P, S, "Năm 2016, có hơn 15000 công nhân lao động đang làm việc trong các khu công nghiệp và chế xuất Hà Nội.",
    "\"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội\" (2016 dialogue; 1,5 vạn = 15.000)")

P = "279_02746b04c550"
add(P, S, "Chương trình \"Tết sum vầy\" năm 2019 đã tặng đoàn viên, người lao động tổng số tiền hơn 3.000 tỷ đồng.",
    "\"với tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng\"")
add(P, D, "Tổng số tiền chương trình \"Tết sum vầy\" năm 2019 tặng đoàn viên, người lao động tăng 84% so với năm 2018.",
    "\"3.052,6 tỷ đồng, tăng 48% so với năm 2018\"")

P = "280_21f64ea8ecb1"
add(P, S, "Chợ Tết Công đoàn - Xuân 2026 tại Cung Văn hóa Lao động Hữu nghị Việt Xô có quy mô 70 gian hàng.",
    "\"Chương trình với quy mô 70 gian hàng\" (276: 'hơn 70 gian hàng'; the other 2026 site, Thiên Lộc, had about 50 per page 107)")
add(P, N, "Chợ Tết Công đoàn - Xuân 2026 của LĐLĐ TP Hà Nội có 48 doanh nghiệp tham gia.",
    "Near-miss on the year: 48 doanh nghiệp is the 2023 Chợ Tết (page 262). For 2026 the corpus counts gian hàng (70, ~50), phiếu and suất quà, never businesses. grep '[0-9]+ doanh nghiệp' corpus: 262 (2023), seed 000, 059, 163, 231, 254, 286.")

P = "282_cf806c00183e"
add(P, S, "LĐLĐ thành phố Hà Nội hỗ trợ mỗi nạn nhân vụ sập giàn giáo ở quận Hai Bà Trưng tháng 8/2020 số tiền 3 triệu đồng.",
    "\"trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố\"")
add(P, D, "LĐLĐ huyện Chương Mỹ trao hỗ trợ 2 triệu đồng cho mỗi nạn nhân vụ sập giàn giáo tháng 8/2020.",
    "\"Liên đoàn Lao động huyện Chương Mỹ cũng trao hỗ trợ cho mỗi nạn nhân số tiền 1.000.000 đồng\"")

P = "286_3ffc37599066"
add(P, S, "Năm 2023, tiền lương bình quân của người lao động Hà Nội đạt 6.500.000 đồng/người/tháng.",
    "\"tiền lương bình quân năm 2008 ... trên 2 triệu đồng/người/tháng, đến năm 2023 đã tăng lên mức 6,5 triệu đồng/người/tháng\"")
add(P, D, "Theo thống kê, Hà Nội hiện có khoảng 720.000 doanh nghiệp.",
    "\"hiện có khoảng 270.000 doanh nghiệp, với trên 2,7 triệu lao động\"")

P = "287_eb066041b262"
add(P, N, "Công đoàn phường Nghĩa Đô có 95 công đoàn cơ sở trực thuộc khi được thành lập.",
    "287 gives founding date and Quyết định 1881/QĐ-LĐLĐ but no CĐCS count. grep 'Nghĩa Đô' corpus: only 287; grep '95 (Công đoàn|công đoàn)' finds only 059 (95 CĐCS gửi áo dài, Long Biên) - another organisation/thing.")

P = "288_b4f0b53ee431"
add(P, S, "Đại hội Công đoàn TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 đại diện cho hơn 580 nghìn đoàn viên Công đoàn Thủ đô.",
    "\"548 đại biểu đại diện cho ý chí, nguyện vọng và niềm tin của trên 580.000 đoàn viên Công đoàn Thủ đô\"")
add(P, D, "Ngày làm việc đầu tiên của Đại hội Công đoàn TP Hà Nội lần thứ XVIII có 550 đại biểu tham dự.",
    "\"diễn ra ngày làm việc đầu tiên với sự tham gia của 548 đại biểu\" (550 is the delegate quota of Đại hội XVI/XVII, pages 092/307)")

P = "290_4173905edbcf"
add(P, N, "LĐLĐ huyện Mê Linh tặng quà cho 50 công nhân Công ty TNHH Cao su Inoue Việt Nam ở lại không về quê đón Tết vì dịch bệnh.",
    "290 (caption) says quà và nhu yếu phẩm were given to Inoue workers, no number; the counted group is '148 công nhân lao động ... thuê trọ tại Thị trấn Quang Minh và Thị trấn Chi Đông'. grep 'Inoue' corpus: only that caption; grep 'Mê Linh' no 50.")

P = "294_41e7ee9e3dca"
add(P, S, "Vụ tai nạn lao động tại công trường Trường mầm non Đông Yên B ở huyện Quốc Oai làm ba người tử vong.",
    "\"vụ tai nạn lao động xảy ra trên địa bàn huyện Quốc Oai ... khiến 3 người tử vong, 7 người bị thương\"")
add(P, D, "Sở LĐ-TB&XH Hà Nội đề nghị thành phố hỗ trợ 5 triệu đồng cho mỗi người tử vong trong vụ tai nạn lao động ở Quốc Oai.",
    "\"đề nghị thành phố hỗ trợ, thăm hỏi gia đình nạn nhân số tiền 10 triệu đồng/người tử vong, 5 triệu đồng/người bị thương nặng, 3 triệu đồng/người bị thương nhẹ\"")

P = "295_936027b8bfb1"
add(P, S, "Trong tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội tiếp nhận gần 12 nghìn hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
    "\"trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp\" (page dated 2020-06)")
add(P, D, "Nửa đầu tháng 6/2020, số lao động có quyết định hưởng trợ cấp thất nghiệp tại TTDVVL Hà Nội là 9.396 người.",
    "\"Nửa đầu tháng 6, trung tâm nhận hơn gần 5.544 hồ sơ ..., số lao động có quyết định hưởng là 6.396 người\"")

P = "298_583bcb6b997c"
add(P, D, "Năm 2018, Công đoàn ngành Giáo dục đào tạo Hà Nội có 14.260 đoàn viên.",
    "\"200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội\" (Đại hội XXIV, 26/1/2018; page 333 later: hơn 12.000)")

P = "299_b1ff75139dd0"
add(P, N, "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 55 ủy viên.",
    "299 reports only that Nguyễn Thị Tuyến was re-elected; no BCH size. grep '[0-9]+ (ủy viên|Ủy viên|đồng chí)' corpus: no BCH size for LĐLĐ HN khóa XVI (161 is TLĐ khóa XII, 168 TLĐ khóa XIII); grep '55 (ủy viên|đồng chí|người)' nothing.")

P = "300_c35bde72bae1"
add(P, N, "Hội nghị Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI, kỳ họp thứ 5 (mở rộng) có 150 đại biểu tham dự.",
    "300 gives date (8/10) and place, no attendance. grep 'kỳ họp' corpus: 003 (kỳ 11), 037 (kỳ 9), 300, seed 000 (Hoàn Kiếm kỳ 6) - none counts attendees; grep '150 đại biểu' nothing.")

P = "301_99215f4c97ce"
add(P, S, "Cuộc thi sáng tác thơ do LĐLĐ quận Long Biên phát động đã nhận được 115 bài thơ của đoàn viên, người lao động.",
    "\"Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ\"")
add(P, N, "Tuyển tập thơ \"Công đoàn quận Long Biên - niềm tin của đoàn viên và người lao động\" được in 1.000 cuốn.",
    "301 gives no print run (readers 'quét mã QR để đọc 115 bài thơ'). grep 'Tuyển tập|cuốn' corpus: only 301, no number.")

P = "302_e632789ca4af"
add(P, S, "Đại hội Công đoàn Trường Mầm non Hoa Trạng Nguyên khóa I đã bầu năm đồng chí vào Ban Chấp hành.",
    "Title: \"Bầu 5 đồng chí vào Ban Chấp hành Công đoàn Trường Mầm non Hoa Trạng Nguyên khóa I\"")
add(P, D, "Trường Mầm non Hoa Trạng Nguyên đã bầu 5 đồng chí vào Ban vận động thành lập Công đoàn cơ sở.",
    "\"trường đã thống nhất bầu 3 đồng chí vào Ban vận động thành lập Công đoàn cơ sở\" (5 is the later Ban Chấp hành)")

P = "307_af41b81b9229"
add(P, S, "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có 545 đại biểu chính thức tham dự.",
    "\"tham dự Đại hội có 545/550 đại biểu chính thức\"")

P = "308_ea2272cbf98b"
add(P, N, "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025-2030 có 180 đại biểu chính thức.",
    "308 body gives no delegate count (the 124 CĐCS is in the related-headline strip). grep 'Việt Hưng' corpus: 125, 166 (other entities), 308 - no delegates; grep '180 đại biểu' nothing.")

P = "309_9200cf5a34aa"
add(P, N, "Trong Tháng hành động về ATVSLĐ năm 2019, LĐLĐ Hà Nội tập huấn cho 2.000 an toàn vệ sinh viên.",
    "309 (Kế hoạch 07/KH-LĐLĐ) plans 'tập huấn ... cho mạng lưới an toàn vệ sinh viên' with no number. grep 'vệ sinh viên' corpus: 141 (Hội thi 2020, no count), 309; grep '2.000 an toàn' nothing.")

P = "310_927c666a3aaf"
add(P, N, "Chợ Tết Công đoàn năm 2024 của các cấp Công đoàn Thủ đô có 124 doanh nghiệp tham gia.",
    "Near-miss on the noun: 124 counts gian hàng (\"đã có 124 gian hàng bán các loại sản phẩm\"); businesses for 2024 are never counted. grep 'Chợ Tết Công đoàn.{0,100}(2024|doanh nghiệp)' corpus: 262 (2023, 48 DN), 310 (124 gian hàng).")

P = "314_af5663102968"
add(P, N, "Kế hoạch của UBND TP Hà Nội về Tháng hành động ATVSLĐ và Tháng Công nhân năm 2025 đặt mục tiêu giảm 5% số vụ tai nạn lao động.",
    "314 states aims (truyền thông, phòng ngừa TNLĐ, BNN) with no percentage. grep '(tai nạn lao động|TNLĐ).{0,80}[0-9]+ ?%' and the reverse: only 330 (tỷ lệ thương tật 41%/51%); grep 'giảm [0-9,]+ ?%' only 231 (thưởng Tết).")

P = "316_b81fbf90f0eb"
add(P, S, "Vòng Sơ khảo Hội thi \"Công đoàn Hà Nội - Hành trình xây dựng và phát triển\" có 39 đội thi tham gia.",
    "\"vòng Sơ khảo ... diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi\"")

P = "318_26cc55c81cb4"
add(P, D, "Thành đoàn Hà Nội ra quân 15 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015.",
    "\"Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện\"")

P = "328_e66d2763c177"
add(P, S, "Vụ cháy chung cư mini ở phường Khương Đình làm hai đoàn viên thuộc LĐLĐ quận Hoàng Mai thiệt mạng.",
    "\"có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy\"")

P = "330_366ec9c69fea"
add(P, D, "Anh Hoàng Xuân Lộc, công nhân Công ty CP Xích líp Đông Anh bị tai nạn lao động, có tỷ lệ thương tật 41%.",
    "\"anh Nghiêm Mạnh Hoành (... tỷ lệ thương tật 41%) và anh Hoàng Xuân Lộc (bị tai nạn lao động, tỷ lệ thương tật 51%)\"")

P = "331_94f105eec540"
add(P, N, "Năm 2023, Quỹ trợ vốn công nhân viên chức, lao động nghèo Thủ đô đã cho 2.000 lượt đoàn viên vay vốn.",
    "331 praises the fund without figures. grep 'Quỹ trợ vốn' corpus: 331 and seed 002 (Thanh Trì, 12/2024, 17 đoàn viên, gần 700 triệu) - another period/branch; grep '2.000 lượt' nothing.")

# ---------------- write ----------------
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "claims.tsv")
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["page_id", "verdict", "claim", "why"])
    for r in R:
        w.writerow([unicodedata.normalize("NFC", x) for x in r])
from collections import Counter
print(len(R), Counter(r[1] for r in R), "pages:", len({r[0] for r in R}))
