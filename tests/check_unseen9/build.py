#!/usr/bin/env python3
"""Build claims.tsv for the unseen9 claim set (blind to the checker).

Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised,
sorted by page_id (stable within a page: supported, differs, not_found).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ------------------------------------------------------------------ 001
    ("001_25aa6863035a", N,
     "Lễ phát động Tháng Công nhân năm 2024 do UBND và LĐLĐ thành phố Hà Nội tổ chức ngày 19/4 tại Cung Văn hóa Lao động Hữu nghị Việt Xô có khoảng 1.000 công nhân lao động tham dự.",
     "001 and 220 describe the 2024 launch (19/4) without any attendance count. grep 'Tháng Công nhân.{0,60}2024', '1\\.000 (người|đại biểu|công nhân)': the only ~1.000 attendance figures are other editions: 313 '(2022) ... dự kiến có 1.000 đại biểu tham dự' (KCN Bắc Thăng Long) and 264 '(2025) ... khoảng 1.000 người' (Thạch Thất); 007 'hơn 1.000 công nhân lao động' is the 2021 launch by Công đoàn các KCN&CX (another edition and organiser)."),
    # ------------------------------------------------------------------ 003
    ("003_c1f428e54ea5", N,
     "Hội nghị Ban Chấp hành Liên đoàn Lao động thành phố Hà Nội khóa XVI, kỳ họp thứ 11, có 40 ủy viên Ban Chấp hành tham dự.",
     "003 only says 'hội nghị Ban Chấp hành khóa XVI, kỳ họp thứ 11 để bầu bổ sung...' with no attendance/size. grep 'kỳ họp thứ 11|kỳ họp thứ 9' (003, 037: no counts), 'khóa XVI.{0,100}[0-9]+ (đồng chí|ủy viên)' (only 103: Thành ủy Hà Nội, a party body), '40 ủy viên': none."),
    # ------------------------------------------------------------------ 009
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023, có 250 đại biểu chính thức về dự.",
     "009 names guests but gives no delegate count. grep 'ngành Y tế Hà Nội.{0,100}(đại biểu|Ban Chấp hành|ủy viên)' -> only 226 (a BCH meeting, no count); '250 đại biểu': none. Other delegate counts (e.g. 298 '200 đại biểu chính thức' = Công đoàn ngành Giáo dục) are other unions."),
    # ------------------------------------------------------------------ 013
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028, có 150 đại biểu chính thức tham dự.",
     "013 is a photo report with no figures. grep 'Tây Hồ' (013, seeds 000/002: no delegate count), '150 đại biểu': none. 237 '200 đại biểu chính thức' is quận Hai Bà Trưng."),
    # ------------------------------------------------------------------ 017
    ("017_199a43282e90", S,
     "Năm 2024, toàn ngành Giao thông vận tải Hà Nội có hơn 800 \"Công nhân giỏi\" cấp cơ sở.",
     "017: 'Năm 2024, toàn ngành GTVT Hà Nội đã có 816 “Công nhân giỏi” cấp cơ sở'."),
    ("017_199a43282e90", D,
     "Công đoàn ngành GTVT Hà Nội đã lựa chọn tuyên dương 50 \"Công nhân giỏi\" tiêu biểu năm 2024.",
     "017: 'Công đoàn ngành đã lựa chọn tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024'. grep '50 .?Công nhân giỏi': none."),
    ("017_199a43282e90", N,
     "Năm 2024, phong trào \"Sáng kiến, sáng tạo\" của ngành GTVT Hà Nội có 45 sáng kiến được công nhận.",
     "017 describes the 'Sáng kiến, sáng tạo' movement qualitatively, no count. grep 'GTVT.{0,150}sáng kiến|sáng kiến.{0,100}GTVT' (017, 030: no counts), '45 sáng kiến': none. Nearby 816/70/2 are counts of 'Công nhân giỏi', another counted noun."),
    # ------------------------------------------------------------------ 019
    ("019_86611d9987c1", S,
     "Năm 2020, thu nhập bình quân của người lao động trong các doanh nghiệp thuộc Công đoàn ngành Xây dựng Hà Nội đạt 4,5 triệu đồng/người/tháng.",
     "019: 'thu nhập bình quân đạt 4.500.000đ/người/tháng' (năm 2020, Công đoàn ngành Xây dựng Hà Nội)."),
    # ------------------------------------------------------------------ 023
    ("023_e0590f1ed7e4", S,
     "Các Công đoàn cơ sở thuộc Công đoàn ngành Nông nghiệp và PTNT Hà Nội đã bầu ra 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI.",
     "023: '30/30 Công đoàn cơ sở tổ chức thành công Đại hội... bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI'."),
    ("023_e0590f1ed7e4", D,
     "Qua Đại hội, Hội nghị nhiệm kỳ 2023 - 2028, các Công đoàn cơ sở ngành NN&PTNT Hà Nội đã bầu ra gần 300 ủy viên Ban Chấp hành.",
     "023: 'bầu ra 211 Ủy viên Ban Chấp hành'. grep 'gần 300', '300 (ủy|Ủy)': none."),
    ("023_e0590f1ed7e4", N,
     "Đại hội Công đoàn ngành NN&PTNT Hà Nội lần thứ VI đã bầu 19 đồng chí vào Ban Chấp hành Công đoàn ngành khóa mới.",
     "023 is a preparation meeting ('Dự kiến Đại hội diễn ra trong ngày 9/6/2023'); its 211 are ủy viên BCH of the 30 CĐCS, not the ngành BCH. grep 'NN&PTNT|Nông nghiệp và Phát triển nông thôn Hà Nội' (022, 023, 204 lần V, 254: 41 CĐCS/7.128 CNVCLĐ in 2018, no BCH size), '19 (ủy|Ủy|đồng chí)': none."),
    # ------------------------------------------------------------------ 031
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023 - 2028, có 200 đại biểu chính thức tham dự.",
     "031 gives no delegate count for lần XII. grep 'Công (T|t)hương.{0,200}đại biểu': only 132 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... 200 đại biểu chính thức' = the previous edition."),
    # ------------------------------------------------------------------ 043
    ("043_33faa8637b33", D,
     "Hà Nội có 12 cá nhân tiêu biểu được nhận Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023.",
     "043: 'Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng' (title '9 cá nhân tiêu biểu của Hà Nội ... lần IV năm 2023'). grep '12 cá nhân': none (166 counts 167 nationwide, 4 for Thái Nguyên)."),
    # ------------------------------------------------------------------ 049
    ("049_e73d5fdb77f6", S,
     "LĐLĐ thành phố Hà Nội hỗ trợ đoàn viên Nguyễn Thị Giản Hải, Công đoàn Trường Mầm non Bắc Phú (Sóc Sơn), 40 triệu đồng để xây dựng \"Mái ấm Công đoàn\".",
     "049: 'hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn”'."),
    ("049_e73d5fdb77f6", D,
     "Liên đoàn Lao động TP Hà Nội đã hỗ trợ đoàn viên Trịnh Thị Châm (Trường Tiểu học Hương Đình) 50 triệu đồng để sửa chữa Mái ấm Công đoàn.",
     "049: 'hỗ trợ đoàn viên Trịnh Thị Châm ... và đoàn viên Đường Thị Lan Anh ... mỗi đoàn viên 30 triệu đồng để sửa chữa “Mái ấm Công đoàn”'. grep '50 triệu': only 062 (hơn 50 triệu of a school's 'Trao gửi yêu thương') and 357 (150 triệu, Canon): other things."),
    # ------------------------------------------------------------------ 051
    ("051_fbcaca51a290", D,
     "Trong kinh phí hỗ trợ xây nhà Mái ấm công đoàn cho chị Nguyễn Thị Đức, LĐLĐ huyện Chương Mỹ góp 15 triệu đồng.",
     "051: 'Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng' (total 35 triệu). grep '15 triệu': 091 (CĐ ngành Giáo dục), 144 (CĐ ngành Y tế), other organisations."),
    # ------------------------------------------------------------------ 055
    ("055_96b8b5707383", S,
     "Cơn bão số 3 đã làm 4885 hộ dân trên địa bàn huyện Chương Mỹ bị ảnh hưởng.",
     "055: 'trên địa bàn huyện có ... 4.885 hộ dân bị ảnh hưởng' (LĐLĐ huyện Chương Mỹ)."),
    ("055_96b8b5707383", D,
     "Tại huyện Chương Mỹ có khoảng 500 hộ đoàn viên, người lao động bị ảnh hưởng bởi bão số 3.",
     "055: 'Trong đó, có khoảng 200 hộ đoàn viên, người lao động bị ảnh hưởng'. grep '500 hộ': none."),
    # ------------------------------------------------------------------ 059
    ("059_9aee6bcb3e82", S,
     "Sau một tháng triển khai chương trình \"Tặng áo dài - Trao yêu thương\", LĐLĐ quận Long Biên nhận được gần 1,5 nghìn bộ áo dài từ các Công đoàn cơ sở.",
     "059: 'LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình'."),
    # ------------------------------------------------------------------ 063
    ("063_f7a849d3bef7", N,
     "Liên đoàn Lao động quận Hoàng Mai hiện có khoảng 30.000 đoàn viên công đoàn.",
     "063 gives no membership figure (only '4 kỳ đại hội'; teaser '73 Gia đình CNVCLĐ tiêu biểu' is a headline list). grep 'Hoàng Mai.{0,100}(đoàn viên|Công đoàn cơ sở)' (no counts), '30\\.000 đoàn viên': none."),
    # ------------------------------------------------------------------ 065
    ("065_7cac91137e69", N,
     "Năm học 2021 - 2022, LĐLĐ quận Hoàn Kiếm trao thưởng cho 26 nhà giáo đạt danh hiệu \"Nhà giáo tâm huyết, sáng tạo\".",
     "065 gives no count of awarded teachers. grep 'Nhà giáo tâm huyết|26 (nhà giáo|giáo viên)': only 064 teaser 'LĐLĐ quận Đống Đa biểu dương 26 giáo viên đạt giải thưởng nhà giáo tâm huyết, sáng tạo' = another district."),
    # ------------------------------------------------------------------ 067
    ("067_4afc4a1630dc", S,
     "Trong đợt đầu ngày 23/8, LĐLĐ quận Ba Đình trao 88 \"Túi An sinh Công đoàn\" cho đoàn viên các Công đoàn cơ sở trực thuộc.",
     "067: 'Trong đợt đầu tổ chức vào ngày 23/8, LĐLĐ quận Ba Đình đã trao hỗ trợ 88 “Túi An sinh Công đoàn” ... cho 88 đoàn viên của các Công đoàn cơ sở trực thuộc LĐLĐ quận'."),
    # ------------------------------------------------------------------ 073
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 10 triệu đồng hỗ trợ gia đình công nhân Lại Hải Yến, người tử vong do bị xe máy đâm khi đang làm việc.",
     "073 says the delegation 'tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến' but states no amount. grep 'Lại Hải Yến|Hải Yến' (073 only). '10 triệu' elsewhere: 294 (Quốc Oai accident, '10 triệu đồng/người tử vong' proposed for the city), 207 (CHIA 40 suất) = other cases."),
    # ------------------------------------------------------------------ 075
    ("075_de8736ad5812", N,
     "Tại hội nghị ngày 28/5/2022, Công đoàn các KCN&CX Hà Nội biểu dương 60 \"Công nhân giỏi\" năm 2022.",
     "075 body gives no number of honoured workers. grep 'KCN&CX.{0,200}Công nhân giỏi|Công nhân giỏi.{0,200}KCN', '60 .?Công nhân giỏi': none. The '100 “Công nhân giỏi” Thủ đô năm 2022' (041, 076, 075 teaser) is the city-level LĐLĐ title, another thing."),
    # ------------------------------------------------------------------ 079
    ("079_e6ebd6fda2ad", D,
     "Tại Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, 25 người đã được chỉ định vào Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030.",
     "079: 'Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người, còn khuyết 8-12 người'. grep '25 người': none; 342 (same congress) gives no BCH count."),
    # ------------------------------------------------------------------ 087
    ("087_5e1e5cd817ad", S,
     "Các cấp Công đoàn thành phố Hà Nội đã hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19 nghìn đoàn viên, người lao động gặp khó khăn do dịch Covid-19.",
     "087: 'hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ gặp khó khăn ... bị ảnh hưởng do dịch Covid-19'."),
    ("087_5e1e5cd817ad", D,
     "Lãnh đạo LĐLĐ TP Hà Nội đã trao 500 \"Túi an sinh Công đoàn\" cho người lao động ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh.",
     "087: '300 \"Túi an sinh Công đoàn\" được lãnh đạo LĐLĐ TP Hà Nội trao cho NLĐ ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh'. grep '500 .?Túi': only 133/266 teaser 'Công đoàn ngành Dệt May Hà Nội: Trao 500 “Túi An sinh Công đoàn”' = another union/occasion."),
    ("087_5e1e5cd817ad", N,
     "LĐLĐ thành phố Hà Nội đã trao 120 túi \"An sinh Công đoàn\" cho công nhân Công ty CP Cơ khí Đông Anh.",
     "087 mentions Công ty CP Cơ khí Đông Anh only in a photo caption, no count. grep 'Cơ khí Đông Anh|Licogi', '120 .?Túi': the only company count is '69 \"Túi an sinh Công đoàn\" ... Công ty CP Đông Anh Licogi' = another company."),
    # ------------------------------------------------------------------ 101
    ("101_3f31a6e4a441", S,
     "Đại hội Công đoàn Việt Nam lần thứ XII, họp từ 24 đến 26/9/2018 tại Hà Nội, có 947 đại biểu tham dự.",
     "101: 'Đại hội Công đoàn Việt Nam lần thứ XII (nhiệm kỳ 2018-2023) ... với sự tham dự của 947 đại biểu'. Also 247 '947 đại biểu', 'gần 1.000 đại biểu'."),
    ("101_3f31a6e4a441", D,
     "Đại hội XII Công đoàn Việt Nam đã bầu Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII gồm 175 ủy viên.",
     "101: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên'; 247: 'bầu cử 161 người vào Ban Chấp hành'. grep '175 (ủy|Ủy|người|đồng)': none (174, khóa XIII, has 177/168, another edition)."),
    # ------------------------------------------------------------------ 103
    ("103_bc0c6e0f50d9", S,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015 - 2020, gồm mười sáu đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí'."),
    # ------------------------------------------------------------------ 107
    ("107_cd50bca97726", S,
     "Chợ Tết Công đoàn năm 2026 tại Khu nhà ở xã hội xã Thiên Lộc có khoảng 50 gian hàng.",
     "107: 'Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc diễn ra từ 8 giờ 30 ngày 31/1 ... với khoảng 50 gian hàng'. (276/280: 'hơn 70 gian hàng'/'70 gian hàng' = the other site, Cung Văn hóa Lao động Hữu nghị Việt Xô.)"),
    # ------------------------------------------------------------------ 111
    ("111_2eca64cbf378", S,
     "Vụ đứt cáp vận thăng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (Quốc Oai) khiến 3 người tử vong tại chỗ.",
     "111: 'Vụ tai nạn nghiêm trọng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B ... đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'. 294: 'khiến 3 người tử vong, 7 người bị thương'."),
    # ------------------------------------------------------------------ 115
    ("115_5f0c89a4283e", S,
     "Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV, nhiệm kỳ 2023 - 2028, gồm ba mươi lăm người.",
     "115: 'Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người đã ra mắt nhận nhiệm vụ'."),
    ("115_5f0c89a4283e", D,
     "Đại hội Công đoàn tỉnh Bình Định lần thứ XIV đã bầu Ủy ban Kiểm tra LĐLĐ tỉnh gồm 13 người.",
     "115: 'Ban Thường vụ LĐLĐ tỉnh khóa XIV gồm 11 người, Ủy ban Kiểm tra 9 người'. grep '13 người': none ('3 đại biểu dự khuyết' is another thing)."),
    ("115_5f0c89a4283e", N,
     "Đại hội Công đoàn tỉnh Bình Định lần thứ XIV có 250 đại biểu chính thức về dự.",
     "115 counts BCH (35), BTV (11), UBKT (9) and delegates to Đại hội XIII CĐVN (10 + 3 dự khuyết) but not the congress's own delegates. grep 'Bình Định' (115 only), '250 đại biểu': none."),
    # ------------------------------------------------------------------ 117
    ("117_525a5f98db78", D,
     "Theo Ủy ban Bầu cử thành phố, Hà Nội đã bầu đủ 95 đại biểu HĐND thành phố khóa 15, nhiệm kỳ 2016 - 2021.",
     "117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này'; 116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV'. grep '95 đại biểu': none."),
    # ------------------------------------------------------------------ 127
    ("127_640c05f71edb", N,
     "Tại chương trình \"Tết sum vầy - Xuân Bình an\" năm 2022, Công đoàn ngành GTVT Hà Nội đã trao 400 suất quà cho đoàn viên, người lao động.",
     "127 gives no number of gifts. grep 'Xuân (b|B)ình an' (127; 133/266 Dệt May; 181 Sóc Sơn: none with counts), '400 suất': none."),
    # ------------------------------------------------------------------ 131
    ("131_9505fced1fdf", D,
     "Từ năm 2015 đến nay, LĐLĐ thành phố đã hỗ trợ 35 nhà \"Mái ấm công đoàn\" cho công nhân lao động của Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "131: 'Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty'. grep '35 nhà': none."),
    # ------------------------------------------------------------------ 135
    ("135_10f9a733b836", N,
     "Trong quý I/2025, Công đoàn các Khu công nghiệp và chế xuất Hà Nội đã kết nạp 2.000 đoàn viên mới.",
     "135 speaks of 'đẩy mạnh công tác phát triển đoàn viên' with no count. grep 'kết nạp [0-9.]+ đoàn viên|[0-9.]+ đoàn viên mới': only seed 002 'Chiều 20/12 ... thành lập 11 Công đoàn cơ sở (CĐCS) và kết nạp 1.052 đoàn viên công đoàn' (a December 2024 ceremony, another period)."),
    # ------------------------------------------------------------------ 139
    ("139_5afbcc5d4e59", N,
     "Từ chương trình \"Xe buýt siêu thị 0 đồng\", Phó Chủ tịch Thường trực LĐLĐ Hà Nội Đặng Thị Phương Hoa đã trao 300 suất quà cho người lao động khó khăn tại quận Hai Bà Trưng.",
     "139 says 'trao quà từ chương trình “Xe buýt siêu thị 0 đồng” ... trên địa bàn quận' with no count. grep 'Xe buýt siêu thị|siêu thị 0 đồng' (067, 087, 139), 'Hai Bà Trưng.{0,200}(suất|triệu)', '300 suất': no count for this event."),
    # ------------------------------------------------------------------ 141
    ("141_0d7ae920492e", N,
     "Hội thi \"An toàn vệ sinh viên giỏi\" thành phố Hà Nội năm 2020 có 30 đội thi tham gia.",
     "141 reports the plan (Kế hoạch số 07/KH-LĐLĐ) without participants. grep 'An toàn vệ sinh viên giỏi|đội thi', '30 đội': none; 316 '117 thí sinh của 39 đội thi' is the 2024 Hội thi 'Công đoàn Hà Nội - Hành trình xây dựng và phát triển' (another contest)."),
    # ------------------------------------------------------------------ 143
    ("143_51b5dc91c41f", S,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021 - 2026, triệu tập 489 đại biểu.",
     "143: 'Đại hội triệu tập 489 đại biểu'."),
    ("143_51b5dc91c41f", D,
     "Có 45 nữ cán bộ Công đoàn chuyên trách và nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI.",
     "143: 'nữ cán bộ Công đoàn chuyên trách, nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội có 28 người'. grep '45 người|45 nữ': none."),
    # ------------------------------------------------------------------ 151
    ("151_77cc7b6288de", S,
     "Trong 6 tháng đầu năm 2021, Hà Nội cho vay gần 1,3 nghìn tỷ đồng để giải quyết việc làm.",
     "151: 'Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng' (2021)."),
    ("151_77cc7b6288de", D,
     "Với gần 100.000 lao động được giải quyết việc làm, 6 tháng đầu năm 2021 Hà Nội đã đạt hơn 80% kế hoạch cả năm.",
     "151: 'giải quyết việc làm cho gần 100.000 lao động, đạt hơn 60% kế hoạch cả năm'. grep '80%': 152 (80% of 'Người tốt, việc tốt' honourees, 2018) and 333 (80% female members) = other things; 098 (2022) '74,3 %' = another year."),
    # ------------------------------------------------------------------ 155
    ("155_8bd30a04750c", S,
     "Theo Cục An toàn lao động, năm 2023 cả nước xảy ra 7394 vụ tai nạn lao động.",
     "155: 'trong năm 2023, cả nước xảy ra 7.394 vụ TNLĐ, làm 7.553 người bị nạn'."),
    ("155_8bd30a04750c", D,
     "Năm 2023, tai nạn lao động trên cả nước làm hơn 900 người tử vong.",
     "155: 'trong đó có 662 trường hợp tử vong' (năm 2023). grep '900 (người|trường hợp)': none; 156 (6 tháng đầu 2023) and 112 (quý II/2018, 142 người chết) are other periods."),
    # ------------------------------------------------------------------ 159
    ("159_1142eccb3eb0", S,
     "Năm học 2018 - 2019, khối các trường đại học, cao đẳng Hà Nội có 127 giáo viên dạy giỏi các cấp.",
     "159: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp'."),
    ("159_1142eccb3eb0", D,
     "Khối các trường đại học, cao đẳng Hà Nội có hơn 600 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế trong năm học 2018 - 2019.",
     "159: 'có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế, làm lợi hơn 9 tỷ đồng'. grep '600 đề tài': none."),
    # ------------------------------------------------------------------ 161
    ("161_e0c324a85eb1", S,
     "Tính tới ngày 29/1, các cấp công đoàn đã tổ chức hơn 14,6 nghìn chương trình \"Tết Sum vầy - Xuân chia sẻ\".",
     "161: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”'."),
    ("161_e0c324a85eb1", D,
     "Theo Phó Chủ tịch Tổng LĐLĐ Việt Nam Phan Văn Anh, tổng số tiền của các chương trình \"Tết Sum vầy - Xuân chia sẻ\" tính tới 29/1 là khoảng 1.500 tỷ đồng.",
     "161: 'hơn 1,8 triệu lượt đoàn viên và người lao động được tặng quà tại chương trình, tổng số tiền gần 1.022 tỷ đồng'. grep '1\\.500 tỷ': none (102's 10.617 tỷ is the 2015-2024 cumulative, another period)."),
    ("161_e0c324a85eb1", N,
     "Chương trình \"Tết Sum vầy\" năm 2024 tại Hà Nội đã thu hút 50.000 lượt đoàn viên, người lao động tham gia.",
     "161 gives nationwide figures only ('trên 3 triệu lượt đoàn viên và người lao động tham gia'); Hà Nội appears only in a photo caption. grep 'Tết (S|s)um vầy.{0,60}2024' (161 caption, seed 001: no count), '50\\.000 lượt': none (406 '150.000 lượt người' = Tháng Nhân đạo 2021)."),
    # ------------------------------------------------------------------ 163
    ("163_bfaf6270108f", S,
     "Theo Sở Nội vụ Hà Nội, gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết Nguyên đán Bính Ngọ.",
     "163: 'Sở Nội vụ Hà Nội cho biết gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết'."),
    # ------------------------------------------------------------------ 165
    ("165_5815cd9f2dd4", D,
     "Đoàn công tác của Tổng LĐLĐ Việt Nam đã trao 100 suất hỗ trợ trực tiếp cho người lao động bị ảnh hưởng nặng tại Công ty TNHH MTV Victortex Huế.",
     "165: 'đoàn công tác đến Công ty TNHH MTV Victortex Huế (xã Quảng Điền) trao 60 suất hỗ trợ trực tiếp cho những lao động bị ảnh hưởng nặng'. grep '100 suất': none."),
    # ------------------------------------------------------------------ 169
    ("169_990fba4964f3", D,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018 - 2023, gồm 45 đồng chí.",
     "169: 'bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ 2018 - 2023 gồm 36 đồng chí'. grep '45 đồng chí': none."),
    # ------------------------------------------------------------------ 173
    ("173_14ea490cc489", S,
     "Năm 2025, số cuộc ngừng việc tập thể trên cả nước giảm mạnh, chỉ còn 55 vụ.",
     "173: 'Cũng trong năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ, giảm 21 vụ so với năm 2024'."),
    ("173_14ea490cc489", D,
     "Trong 9 tháng đầu năm 2025, thu nhập bình quân của người lao động đạt 10,2 triệu đồng/người/tháng.",
     "173: 'Thu nhập bình quân của người lao động ... đạt 8,3 triệu đồng/người/tháng trong 9 tháng đầu năm'. grep '10,2 triệu': none."),
    ("173_14ea490cc489", N,
     "Năm 2025, cả nước có khoảng 1,1 triệu người thất nghiệp.",
     "173 counts people with jobs ('khoảng 52 triệu người có việc làm') and underemployed ('Số người thiếu việc làm ... còn 764.200 người'), not the unemployed. grep 'thất nghiệp' (151 Hà Nội 2021 target rate, 295 Hà Nội 2020 claims), '1,1 triệu': none."),
    # ------------------------------------------------------------------ 177
    ("177_49526c316754", S,
     "Hà Nội có 40.000 người tham gia Chương trình \"1 triệu sáng kiến\" do Tổng LĐLĐ Việt Nam phát động.",
     "177: 'Với 40.000 người tham gia, 200.000 sáng kiến được cập nhật ... các cấp Công đoàn Thủ đô'; seed 003: 'Với hơn 40.000 người tham gia'."),
    # ------------------------------------------------------------------ 183
    ("183_2d301ff89d1d", N,
     "6 tháng đầu năm 2019, Công đoàn Viên chức Thành phố đã khen thưởng 40 tập thể, cá nhân \"Giỏi việc nước - đảm việc nhà\".",
     "183 shows the award only in a caption, no count. grep 'Giỏi việc nước' (020 ngành Công Thương, 028 GTVT, 032 Xây dựng, 064 Đống Đa: other unions), '40 tập thể': none; 215's '25 tập thể, 67 cá nhân' are Công đoàn Viên chức điển hình tiên tiến 2015-2020 (another occasion)."),
    # ------------------------------------------------------------------ 189
    ("189_db25eb366620", S,
     "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     "189: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018'."),
    # ------------------------------------------------------------------ 191
    ("191_51ac8bc79074", D,
     "Đại hội đại biểu lần thứ XXIV Đảng bộ huyện Thạch Thất đã bầu Ban Chấp hành nhiệm kỳ 2020 - 2025 gồm 45 người.",
     "191: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự'. grep '45 (nhân sự|người|đồng chí)': none."),
    # ------------------------------------------------------------------ 199
    ("199_353c3ca564e3", N,
     "Đại hội Công đoàn Cơ quan Ủy ban nhân dân huyện Đông Anh đã bầu 9 ủy viên vào Ban Chấp hành khóa mới.",
     "199 only has a caption 'Ban Chấp hành Công đoàn UBND huyện Đông Anh khóa mới ra mắt', no size. grep 'Đông Anh.{0,100}(ủy viên|Ban Chấp hành)', '9 (ủy|Ủy)': only 174 '9 ủy viên' (khuyết, BCH Tổng LĐLĐ khóa XIII) = another body."),
    # ------------------------------------------------------------------ 203
    ("203_1d5ba7406036", N,
     "Công đoàn ngành Xây dựng Hà Nội hiện có hơn 15.000 đoàn viên.",
     "203 gives no membership count. grep 'ngành Xây dựng.{0,150}[0-9.]+ (đoàn viên|CNVCLĐ)': 054 '159 đoàn viên' (supported members), 172 'Công đoàn ngành Xây dựng giảm 816 đoàn viên' (Nghệ An); '15\\.000 đoàn viên': none."),
    # ------------------------------------------------------------------ 207
    ("207_36069bd162d7", S,
     "Nhân Tháng công nhân 2023, LĐLĐ thành phố Hội An trích kinh phí hoạt động để trao 80 suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn.",
     "207: 'LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn'."),
    ("207_36069bd162d7", D,
     "Tổ chức CHIA đã hỗ trợ 70 suất quà cho đoàn viên Đội khai thác yến Hội An.",
     "207: 'Tổ chức CHIA cũng hỗ trợ 40 suất quà tổng trị giá 10 triệu đồng cho đoàn viên của Đội khai thác yến Hội An'. grep '70 suất': none."),
    # ------------------------------------------------------------------ 215
    ("215_3826a48fe31a", S,
     "Trong 5 năm 2015 - 2020, phong trào thi đua do các cấp Công đoàn Viên chức thành phố Hà Nội phát động đã có hơn 2.000 sáng kiến, cải tiến kỹ thuật.",
     "215: 'đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm'."),
    # ------------------------------------------------------------------ 217
    ("217_ef7d713b3269", D,
     "LĐLĐ tỉnh Thái Nguyên đặt mục tiêu phát triển 35 nghìn đoàn viên trong giai đoạn 2018 - 2023.",
     "217: 'những giải pháp để phát triển 53.000 đoàn viên, giai đoạn 2018-2023' (title '53 nghìn đoàn viên'). grep '35 nghìn|35\\.000': none."),
    # ------------------------------------------------------------------ 221
    ("221_1d1a2ce8c1ba", N,
     "Trong chuyến chúc Tết các Trung tâm Y tế ngoại thành, Công đoàn Ngành Y tế Hà Nội đã tặng 100 suất quà cho CNVCLĐ có hoàn cảnh khó khăn.",
     "221 gives no gift count. grep 'ngành Y tế.{0,200}(suất|quà)' (228, a 2022/23 visit, no count; 144 '15 triệu' for one member), '100 suất quà': none."),
    # ------------------------------------------------------------------ 231
    ("231_b2be7997f474", D,
     "Tết âm lịch 2017, mức thưởng bình quân của khối doanh nghiệp dân doanh tại Hà Nội giảm 15% so với năm trước.",
     "231: 'Khối dân doanh cũng dẫn đầu về mức bình quân thưởng Tết âm lịch với 3,74 triệu đồng một người, giảm 8,2% so với năm trước'. grep '15%': 019 ('tăng bình quân 10%-15%' sản lượng ngành Xây dựng), 310 ('giá ưu đãi từ 15%') = other things; the other 231 declines are 12% (FDI), 14,5%, 7,69%."),
    ("231_b2be7997f474", N,
     "Mức thưởng Tết dương lịch bình quân năm 2017 của khối doanh nghiệp dân doanh tại Hà Nội là 1,5 triệu đồng/người.",
     "231 gives only the highest Tết dương lịch bonuses ('Mức thưởng Tết dương lịch cao nhất của khối dân doanh là 3,5 triệu đồng') and averages for Tết âm lịch, not an average for Tết dương lịch. grep 'Tết dương lịch', '1,5 triệu': none."),
    # ------------------------------------------------------------------ 233
    ("233_729056fb3d86", S,
     "Dịp Tết Nguyên đán Quý Mão 2023, ngành GD&ĐT Hà Nội tặng quà 1 415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn.",
     "233: 'ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn và 108 học sinh'."),
    # ------------------------------------------------------------------ 237
    ("237_e9e86887473f", S,
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023 - 2028, có 200 đại biểu chính thức về dự.",
     "237: 'về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận'."),
    # ------------------------------------------------------------------ 247
    ("247_9bb00526265c", D,
     "Đại hội Công đoàn Việt Nam lần thứ 12 đã lấy phiếu tín nhiệm đối với danh sách 230 đồng chí do Ban Chấp hành khóa XI đề xuất.",
     "247: 'lấy phiếu tín nhiệm ... về danh sách 185 đồng chí do BCH khóa XI đề xuất, chuẩn bị'. grep '230 đồng chí': none (174's '185 đồng chí' is khóa XIII)."),
    # ------------------------------------------------------------------ 249
    ("249_437a7359948a", S,
     "Ngày 1/10, Liên đoàn Lao động thành phố Hà Nội công bố quyết định thành lập tám mươi tư Công đoàn xã, phường.",
     "249: 'Ngày 1/10, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường'."),
    # ------------------------------------------------------------------ 257
    ("257_888b5daa7364", N,
     "Tại chương trình \"Tết Sum vầy - Xuân gắn kết\" sáng 10/1/2023, LĐLĐ thành phố Hà Nội trao 1.000 suất quà cho đoàn viên, người lao động khó khăn.",
     "257 is a feature with no gift count. grep 'Xuân gắn kết' (257 only), '1\\.000 suất': none; Tết gift counts elsewhere (276/280 '3.600 suất quà' at Chợ tết Xuân 2026, 335 Ứng Hòa 122) are other occasions."),
    # ------------------------------------------------------------------ 267
    ("267_0c5cea305009", S,
     "Dịp Tết Nguyên đán 2026, Công đoàn Hà Nội bố trí 26 chuyến xe đưa công nhân các khu công nghệ cao và khu công nghiệp về quê đón Tết.",
     "267: 'Công đoàn Hà Nội bố trí 26 chuyến xe đưa công nhân lao động thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê đón Tết'."),
    ("267_0c5cea305009", D,
     "Chương trình xe ô tô miễn phí ngày 14/2/2026 của LĐLĐ TP Hà Nội đã đưa 2.500 công nhân tỉnh xa về quê đón Tết.",
     "267: 'trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa'. grep '2\\.500 công nhân': none."),
    ("267_0c5cea305009", N,
     "Dịp Tết Ất Tỵ 2025, Công đoàn Hà Nội bố trí 20 chuyến xe miễn phí đưa công nhân về quê đón Tết.",
     "267 gives only the 2026 figure ('Năm nay, chương trình bố trí 26 chuyến xe'). grep 'chuyến xe' (057 Long Biên 2018, no count; 243 teaser), '20 chuyến': none. Another year."),
    # ------------------------------------------------------------------ 275
    ("275_a87c110f79e1", D,
     "Ngày 11/9/2024, LĐLĐ thành phố Hà Nội ủng hộ 300 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để hỗ trợ nhân dân vùng bão lũ.",
     "275: 'Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội' (and another 100 triệu via Quỹ Tấm lòng vàng). grep '300 triệu': none."),
    # ------------------------------------------------------------------ 279
    ("279_02746b04c550", S,
     "Chương trình \"Tết sum vầy\" năm 2019 đã tặng đoàn viên, người lao động tổng số tiền hơn 3.050 tỷ đồng.",
     "279: 'Chương trình “Tết sum vầy” năm 2019 ... với tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng'."),
    ("279_02746b04c550", N,
     "Chương trình \"Tết sum vầy\" năm 2020 đã trao cho đoàn viên, người lao động tổng số tiền khoảng 3.500 tỷ đồng.",
     "279 is about 2019 (and implies 2018 via 'tăng 48%'); no page gives a 2020 total. grep 'Tết (S|s)um vầy.{0,100}(tỷ|tỉ) đồng', 'Tết sum vầy 20', '3\\.500 tỷ': none (161 '1.022 tỷ' = Tết Sum vầy - Xuân chia sẻ 2024; 102 '10.617 tỷ' = 2015-2024 cumulative)."),
    # ------------------------------------------------------------------ 293
    ("293_6795f91644c4", D,
     "Quỹ Xã hội từ thiện Tấm lòng Vàng hỗ trợ mỗi tỉnh 25 triệu đồng để chi phí quà tặng cho công nhân lao động trong chương trình.",
     "293: 'Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ'. grep '25 triệu|25\\.000\\.000': 048 (Mái ấm Hoài Đức, 25 triệu) = another thing."),
    # ------------------------------------------------------------------ 295
    ("295_936027b8bfb1", S,
     "Tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội tiếp nhận 11,7 nghìn hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295: 'trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp'."),
    ("295_936027b8bfb1", D,
     "Số hồ sơ đề nghị hưởng trợ cấp thất nghiệp mà TTDVVL Hà Nội tiếp nhận trong tháng 5/2020 tăng khoảng 60% so với cùng kỳ năm trước.",
     "295: 'tiếp nhận 11.700 hồ sơ ..., tăng gần 41% so với cùng kỳ năm ngoái và tăng 71% so với tháng 5.2018'. grep '60%': only 151 ('hơn 60% kế hoạch' giải quyết việc làm 2021) = another thing."),
    # ------------------------------------------------------------------ 299
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023, đã bầu 45 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     "299 reports the chair's re-election and '3 ngày làm việc', no BCH size. grep 'Công đoàn (T|t)hành phố Hà Nội lần thứ XVI' (092 '550 đại biểu chính thức', 242 '546 đại biểu' = delegates, another counted noun; 193, 299: none), '45 (ủy|Ủy)': none."),
    # ------------------------------------------------------------------ 301
    ("301_99215f4c97ce", D,
     "Sau 30 ngày phát động, cuộc thi sáng tác thơ của LĐLĐ quận Long Biên đã nhận được 200 bài thơ.",
     "301: 'Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ'. grep '200 bài': none."),
    # ------------------------------------------------------------------ 303
    ("303_3afb6ef3386b", N,
     "Liên đoàn Lao động huyện Gia Lâm hiện quản lý 150 Công đoàn cơ sở trực thuộc.",
     "303 gives only '93 năm' / '44 năm xây dựng' (anniversaries). grep 'Gia Lâm.{0,150}[0-9.]+ (Công đoàn cơ sở|CĐCS|đoàn viên)', '150 Công đoàn cơ sở': none."),
    # ------------------------------------------------------------------ 307
    ("307_af41b81b9229", S,
     "545 đại biểu chính thức đã tham dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023 - 2028.",
     "307: 'tham dự Đại hội có 545/550 đại biểu chính thức đại diện cho ý chí, nguyện vọng của đoàn viên, CNVCLĐ Thủ đô'."),
    ("307_af41b81b9229", D,
     "Có 600 đại biểu chính thức tham dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII diễn ra ngày 16 và 17/10/2023.",
     "307: '545/550 đại biểu chính thức'. grep '600 đại biểu': none (092/242 '550'/'546' = Đại hội XVI; 288 '548' = Đại hội XVIII)."),
    # ------------------------------------------------------------------ 333
    ("333_b974af218aab", S,
     "Hơn 80% đoàn viên của Công đoàn ngành Giáo dục Hà Nội là nữ.",
     "333: 'Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ'."),
    # ------------------------------------------------------------------ 335
    ("335_f1e4aebb2913", S,
     "Dịp Tết Nguyên đán Tân Sửu, Liên đoàn Lao động huyện Ứng Hòa trao 122 suất quà cho công nhân lao động, đoàn viên và con đoàn viên có hoàn cảnh khó khăn.",
     "335: 'Liên đoàn Lao động huyện Ứng Hòa đã trao 122 suất quà Tết cho công nhân lao động, đoàn viên công đoàn, con đoàn viên công đoàn có hoàn cảnh khó khăn'."),
    # ------------------------------------------------------------------ 347
    ("347_c1729d8f4a9d", S,
     "Đợt 3 năm 2025 của chương trình hiến máu \"Chia sẻ giọt máu hồng\" do LĐLĐ TP HCM tổ chức đã thu được 558 đơn vị máu.",
     "347: 'chương trình hiến máu tình nguyện \"Chia sẻ giọt máu hồng\" đợt 3 năm 2025 ... thu được 558 đơn vị máu'."),
    ("347_c1729d8f4a9d", D,
     "Hơn 900 cán bộ Công đoàn, đoàn viên - lao động TP HCM đã tham gia hiến máu trong đợt 3 năm 2025 của chương trình \"Chia sẻ giọt máu hồng\".",
     "347: 'Chương trình đã thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu'. grep '900 (người|cán bộ)': none."),
    ("347_c1729d8f4a9d", N,
     "Đợt 2 năm 2025 của chương trình \"Chia sẻ giọt máu hồng\" do LĐLĐ TP HCM tổ chức đã thu được 500 đơn vị máu.",
     "347 counts only đợt 3. grep 'đơn vị máu|hiến máu' (347 đợt 3: 558; 405 Hà Nội Tháng Nhân đạo 2018: khoảng 400), '500 đơn vị': none. Another edition."),
    # ------------------------------------------------------------------ 357
    ("357_3a6c57d6b65d", S,
     "LĐLĐ thành phố Hà Nội đã trao 150 triệu đồng hỗ trợ đoàn viên, người lao động khó khăn do COVID-19 tại Công ty TNHH Canon Việt Nam.",
     "357: 'trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động có hoàn cảnh khó khăn bị ảnh hưởng bởi dịch COVID-19 thuộc Công ty TNHH Canon Việt Nam'."),
    # ------------------------------------------------------------------ 387
    ("387_4d721f20b60f", D,
     "Có khoảng 2.000 doanh nghiệp tại 50 tỉnh, thành phố bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.",
     "387: 'Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm'. grep '2\\.000 doanh nghiệp': none."),
    # ------------------------------------------------------------------ 399
    ("399_3e8e3ba51bc4", D,
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020 - 2025, có 350 đại biểu tham dự.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu'. grep '350 đại biểu': none."),
    # ------------------------------------------------------------------ 405
    ("405_26391ad68e2d", D,
     "Tại lễ phát động Tháng Nhân đạo năm 2018 ở Hà Nội, dự kiến tiếp nhận khoảng 1.000 đơn vị máu.",
     "405: 'Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu'. grep '1\\.000 đơn vị': none (404 'Gần 1000 người diễu hành' = people, another counted noun)."),
]


def main():
    order = {S: 0, D: 1, N: 2}
    rows = sorted(CLAIMS, key=lambda r: (r[0], order[r[1]]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([unicodedata.normalize("NFC", x) for x in r])
    counts = {S: 0, D: 0, N: 0}
    per_page = {}
    for r in rows:
        counts[r[1]] += 1
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    over = {p: c for p, c in per_page.items() if c > 3}
    print(f"{len(rows)} claims: {counts}; pages: {len(per_page)}; over-limit pages: {over}")


if __name__ == "__main__":
    main()
