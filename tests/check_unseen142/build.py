#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 042 ----
    ("042_f42eb6196e49", N,
     "Năm 2021, LĐLĐ thành phố Hà Nội đã tuyên dương 100 Công nhân giỏi Thủ đô.",
     "042 counts 90 CNG Thủ đô for 2019 (title/caption); other pages count 2022/2023 (041, 075/076: 100 năm 2022; corpus 000/003, 186: 100 năm 2023; 004 is 2018 without a count). "
     "g.sh 'Công nhân giỏi.{0,60}2021|2021.{0,60}Công nhân giỏi' -> only 015/028 (ngành GTVT 'Công nhân giỏi năm 2021' caption, no count). No 2021 count of CNG Thủ đô."),
    # ---- 073 ----
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến.",
     "073 describes the visit ('trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến') but states no amount; only figures are years 1972/2007. "
     "g.sh 'Lại Hải Yến|Hải Yến' -> only 073."),
    # ---- 074 ----
    ("074_3aedb58932be", S,
     "Việc xét Cờ thi đua năm 2022 của Tổng Liên đoàn Lao động Việt Nam căn cứ kết quả bình xét suy tôn của 12 cụm, khối thi đua trực thuộc.",
     "074: 'căn cứ kết quả bình xét suy tôn của 12 cụm, khối thi đua trực thuộc Tổng Liên đoàn'."),
    ("074_3aedb58932be", D,
     "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã công nhận năm đơn vị xuất sắc dẫn đầu các cụm thi đua năm 2022 để đề nghị tặng Cờ thi đua của Chính phủ.",
     "074: 'Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã có quyết định công nhận 3 đơn vị xuất sắc dẫn đầu các cụm thi đua ... đề nghị tặng Cờ thi đua của Chính phủ năm 2023' / '3 đơn vị tiêu biểu, xuất sắc nhất năm 2022'. "
     "g.sh '5 đơn vị|năm đơn vị' -> nothing about this."),
    # ---- 083 ----
    ("083_310dcb0ef093", S,
     "Dịp kỷ niệm 90 năm thành lập (2019), tổ chức Công đoàn Việt Nam có khoảng 10,5 triệu đoàn viên.",
     "083 (2019-07): 'tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên'. g.sh 'triệu đoàn viên' -> no other CĐVN total."),
    # ---- 1046 ----
    ("1046_abc17e7bde88", D,
     "Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 đã thu hút hơn 3 200 lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam dự thi.",
     "1046: 'Cuộc thi trực tuyến tìm hiểu pháp luật trên congdoanvietnam.org, đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi'. "
     "g.sh '3.?200 lượt|3 200' -> nothing."),
    ("1046_abc17e7bde88", N,
     "Cuộc thi viết Mini trong Nhóm Đồng nghiệp EVN trên Facebook tháng 5/2021 đã nhận được 450 bài dự thi.",
     "1046 only says the Mini contest ran 'từ ngày 15 đến hết ngày 29/5/2021'; the counts on the page (trên 2.300 lượt; 01 Nhất, 02 Nhì, 03 Ba, 05 KK) belong to the online law contest on congdoanvietnam.org. "
     "g.sh 'thi viết Mini|NHÓM ĐỒNG NGHIỆP' -> only 1046; g.sh 'bài dự thi' -> nothing."),
    # ---- 107 ----
    ("107_cd50bca97726", S,
     "Phiên Chợ Tết Công đoàn năm 2026 tại Khu nhà ở xã hội xã Thiên Lộc có khoảng năm mươi gian hàng.",
     "107: 'Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc diễn ra từ 8 giờ 30 ngày 31/1 đến 19 giờ ngày 1/2/2026 ..., với khoảng 50 gian hàng'. (504 also: 'diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng'.)"),
    ("107_cd50bca97726", D,
     "Liên đoàn Lao động thành phố Hà Nội dự kiến trao hơn 9 nghìn suất quà \"0 đồng\" tại Chợ Tết Công đoàn năm 2026.",
     "107: 'Dự kiến sẽ có hơn 6.000 suất quà “0” đồng ... được Liên đoàn Lao động thành phố Hà Nội triển khai tại “Chợ Tết Công đoàn năm 2026”'. "
     "(280 reports 3.600 suất quà '0 đồng' at the Việt Xô session - also not 9.000.) g.sh '9.?000 suất|9 nghìn suất' -> nothing."),
    # ---- 1126 ----
    ("1126_1b7f3b281987", S,
     "Sáu tháng đầu năm 2022, Tổng công ty Điện lực TP HCM có bảy cá nhân được tuyên dương, khen thưởng danh hiệu \"Người lao động ngành điện tiêu biểu\".",
     "1126: 'Tổng công ty còn có 7 cá nhân được tuyên dương khen thưởng \"Người lao động ngành điện tiêu biểu\" năm 2022'."),
    # ---- 1141 ----
    ("1141_9d4943b7be3d", D,
     "Kỳ họp thứ nhất HĐND thành phố Kon Tum khóa XII đã bầu 25 Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026.",
     "1141: 'bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm 32 người'. g.sh '25 (người|Hội thẩm)|Hội thẩm.{0,60}25' -> nothing about Kon Tum."),
    ("1141_9d4943b7be3d", N,
     "HĐND thành phố Kon Tum khóa XII, nhiệm kỳ 2021-2026 có 35 đại biểu.",
     "1141 counts 99,5% cử tri, 15 ủy viên UBND, 32 Hội thẩm; it never gives the number of HĐND delegates ('bầu đủ số lượng đại biểu HĐND các cấp theo quy định'). "
     "g.sh 'Kon Tum' -> 1141, 699 (gifts), 727 (ethnic groups); g.sh '[0-9]+ (vị )?đại biểu HĐND' -> only Hà Nội 105 (116/117)."),
    # ---- 1146 ----
    ("1146_b2735544a76a", S,
     "Chợ Tết Công đoàn tỉnh Tây Ninh năm 2025 quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng.",
     "1146: 'Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng' (chợ 02-05/01/2025)."),
    # ---- 117 ----
    ("117_525a5f98db78", D,
     "Theo Ủy ban Bầu cử thành phố, Hà Nội đã bầu đủ 95 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016-2021.",
     "117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này' (khóa 15, 2016-2021); 116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV'. g.sh '95 đại biểu' -> only 842 '995 đại biểu' (Hội Nông dân)."),
    ("117_525a5f98db78", N,
     "Hà Nội đã bầu đủ 105 đại biểu HĐND thành phố khóa XVI, nhiệm kỳ 2021-2026.",
     "105 is the khóa XV (2016-2021) count (116, 117). Khóa XVI pages (352, 533, 534, 535, 567, 844) give no delegate count: g.sh 'HĐND (TP|thành phố).{0,30}(khóa XVI|khóa 16)' and '[0-9]+ (vị )?đại biểu HĐND' -> no XVI count."),
    # ---- 1205 ----
    ("1205_8824486ce1df", D,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 nhiệm kỳ 2023-2028 có 52 công đoàn viên tham dự.",
     "1205: 'Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10' (attending the 07/4/2023 congress). g.sh 'Sơn Ca' -> only 1205; '52 (công )?đoàn viên' -> only 1.052 (corpus 002, KCN-CX)."),
    ("1205_8824486ce1df", N,
     "Đại hội CĐCS Trường Mầm non Sơn Ca 10 đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm 5 ủy viên.",
     "1205 only says 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' (caption), no member count; its figures are KH 107, 42 công đoàn viên, lần thứ II. g.sh 'Sơn Ca' -> only 1205."),
    # ---- 142 ----
    ("142_728187c82f8a", S,
     "Chương trình khám sức khỏe miễn phí cho đoàn viên, người lao động của LĐLĐ quận Bắc Từ Liêm có tổng kinh phí dự tính trên một tỷ đồng.",
     "142: 'tầm soát ung thư ... với tổng số tiền dự tính khoảng trên 1 tỷ đồng. Kinh phí được trích một phần từ nguồn kinh phí Công đoàn và nguồn xã hội hoá'."),
    # ---- 152 ----
    ("152_45d566d7ef8c", S,
     "Từ đầu năm 2018, ngành Lao động - Thương binh và Xã hội Hà Nội đã trợ giúp hơn 13,6 nghìn trẻ em có hoàn cảnh đặc biệt.",
     "152 (tổng kết 'Người tốt, việc tốt năm 2018', ngày 1/8): 'từ đầu năm đến nay, ngành LĐ-TB&XH thành phố ... trợ giúp cho 13.636 trẻ em có hoàn cảnh đặc biệt, đạt 99,1%'."),
    ("152_45d566d7ef8c", D,
     "Năm 2018, Quỹ \"Đền ơn đáp nghĩa\" thành phố Hà Nội đã vận động được gần 32 tỷ đồng.",
     "152: 'Quỹ “Đền ơn đáp nghĩa” thành phố đã vận động được gần 22 tỷ đồng, đạt 109,9% kế hoạch năm'. g.sh '32 tỷ|32 tỉ' -> only 549 (TNTN hè 2022 resources)."),
    # ---- 173 ----
    ("173_14ea490cc489", S,
     "Trong năm 2025, cả nước chỉ còn 55 cuộc ngừng việc tập thể.",
     "173: 'Cũng trong năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ, giảm 21 vụ so với năm 2024'."),
    ("173_14ea490cc489", D,
     "Theo Tổng LĐLĐ Việt Nam, 9 tháng đầu năm 2025 thu nhập bình quân của người lao động đạt 9,8 triệu đồng/người/tháng.",
     "173: 'Thu nhập bình quân của người lao động tiếp tục cải thiện, đạt 8,3 triệu đồng/người/tháng trong 9 tháng đầu năm'. g.sh '9,8 triệu' -> nothing; 286 is Hà Nội CNLĐ 6,5 triệu (other scope)."),
    # ---- 244 ----
    ("244_3f16c38c7f90", S,
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 83 đoàn viên.",
     "244: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.'"),
    # ---- 296 ----
    ("296_cf67e2f30129", N,
     "Đến nay đã có 85 công đoàn cơ sở trên địa bàn huyện Gia Lâm tổ chức xong đại hội nhiệm kỳ 2023-2028.",
     "296 only gives a percentage ('100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội ... sớm hơn 1 tháng'), never a count of CĐCS. "
     "g.sh 'Gia Lâm.{0,100}[0-9]+ (CĐCS|công đoàn cơ sở)|[0-9]+ (CĐCS|công đoàn cơ sở).{0,100}Gia Lâm' -> nothing."),
    # ---- 340 ----
    ("340_450a27d2144e", S,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đề ra mười hai chỉ tiêu.",
     "340: 'Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm'."),
    # ---- 399 ----
    ("399_3e8e3ba51bc4", D,
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 có 320 đại biểu tham dự.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu'. g.sh '320 đại biểu' -> nothing."),
    # ---- 402 ----
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 dự kiến tuyên dương 150 chủ tịch Hội cơ sở.",
     "402 gives dates (17-19/10/2023), 'lần thứ III', '93 năm' but no number of chairs honoured. 401 (Hội LHPN Hà Nội, 19/10/2023) has no count either. "
     "g.sh 'Chủ tịch Hội.{0,40}(giỏi|tiêu biểu).{0,80}[0-9]+|[0-9]+ Chủ tịch Hội' -> only 401/402 without a count."),
    # ---- 406 ----
    ("406_e070ae5014f0", D,
     "Tháng Nhân đạo năm 2021, Trung ương Hội Chữ thập đỏ Việt Nam đặt mục tiêu có ít nhất một trăm công trình nhân đạo.",
     "406: 'Tháng Nhân đạo năm nay hướng tới các mục tiêu: phấn đấu có ít nhất 75 công trình nhân đạo'. g.sh '100 công trình|một trăm công trình' -> nothing; 460 (CTĐ Hà Nội, other year) 'trên 30 công trình'."),
    # ---- 455 ----
    ("455_c8575d3b57ff", S,
     "Quỹ Mái ấm Công đoàn đã hỗ trợ 40 triệu đồng xây nhà cho đoàn viên Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn.",
     "455: 'Ngôi nhà của chị Lam được xây dựng tại thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn ... tổng kinh phí xây dựng 65 triệu đồng; trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng'."),
    # ---- 465 ----
    ("465_d28f5749c617", S,
     "Liên đoàn Lao động huyện Phú Lương đã trao 86 suất quà Tết cho cán bộ viên chức, người lao động gặp khó khăn.",
     "465: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng'."),
    # ---- 491 ----
    ("491_4610d3eefa4d", D,
     "Năm 2024, LĐLĐ thành phố Đà Nẵng đã chi 4.500 triệu đồng hỗ trợ xây dựng \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở.",
     "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở' (LĐLĐ TP Đà Nẵng). "
     "g.sh '4,5 t[ỷỉ]|4.500 triệu' -> only 500 (vé xe Tết, other thing); 454 is Đà Nẵng 2021 (1.530.000.000 đồng)."),
    # ---- 519 ----
    ("519_a9f6d9ba16ff", N,
     "Chiến dịch Xuân tình nguyện 2025 ở Thủ Đức đã trao tặng ít nhất 500 bánh chưng, bánh tét cho người dân khó khăn.",
     "519's 500 bánh chưng, bánh tét is a target of the Xuân tình nguyện 2026 campaign of phường Thủ Đức (28/12/2025-16/2/2026); no 2025 edition is counted. "
     "g.sh 'bánh chưng|Xuân tình nguyện (năm )?2025' -> 519 (2026), 102/762 (gói bánh chưng contests), nothing for a 2025 Thủ Đức campaign."),
    # ---- 523 ----
    ("523_1cd6d816c1b9", D,
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định hai mươi cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023-2028.",
     "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028'. g.sh '20 cán bộ|hai mươi cán bộ' -> nothing."),
    # ---- 577 ----
    ("577_df0527edc304", N,
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên đi dự Đại hội XIII Công đoàn Việt Nam có 12 người.",
     "577's 12 người is the Hưng Yên delegation to Đại hội XII (2018): 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. "
     "g.sh 'Hưng Yên.{0,100}đại biểu' -> only 577; XIII delegations counted only for Bình Định (115) and ngành Y tế (810), total 1.100 (080)."),
    # ---- 681 ----
    ("681_4a0a266e2954", D,
     "Chương trình \"Tết Nhân ái\" Xuân Bính Ngọ 2026 của Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ ít nhất 80 nghìn suất quà Tết.",
     "681: 'Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình \"Tết Nhân ái\" với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết' (Gia Lai, đến 10-2-2026). "
     "g.sh '80.000 suất|80 nghìn suất' -> nothing; 608/1149 are other provinces' Tết Nhân ái."),
    # ---- 700 ----
    ("700_dd6b1b09b4e2", D,
     "Chương trình \"Chợ Tết Công đoàn - Xuân 2026\" trực tuyến của Tổng LĐLĐ Việt Nam dự kiến có 300 nghìn đoàn viên tham gia.",
     "700: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình'; also 601 'hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người)', 687 'có 200.000 người lao động được hỗ trợ'. "
     "g.sh '300.000 (đoàn viên|người)|300 nghìn đoàn viên' -> nothing."),
    # ---- 790 ----
    ("790_5a5357f6647f", D,
     "Năm 2020, các cơ sở Đoàn ở huyện Ea H'leo đã tổ chức hơn 500 buổi diễu hành tuyên truyền phòng, chống dịch Covid-19.",
     "790: 'Công tác phòng, chống dịch Covid-19 cũng được các cơ sở Đoàn trong huyện tích cực thực hiện, kết quả đã tổ chức 371 buổi diễu hành tuyên truyền'. g.sh '500 buổi' -> nothing."),
    # ---- 863 ----
    ("863_b9986cf6dbca", D,
     "Năm 2016, Công đoàn Viên chức tỉnh Thừa Thiên Huế có 76% công đoàn cơ sở đạt vững mạnh.",
     "863 (TTH, tổng kết năm 2016): 'Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%'; the 85% is the 2017 target. g.sh '76%' -> nothing. "
     "Caveat: the page names the province only by the 'TTH' dateline."),
    # ---- 965 ----
    ("965_f94f0c950eb5", N,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức tham dự.",
     "965 gives only dates (28-29/9/2023, 2 ngày), 'lần thứ XVII' and 'Tổ số 02'; no delegate count. g.sh 'Tuyên Quang.{0,150}(đại biểu|XVII)' -> only 965, no number."),
    # ---- 994 ----
    ("994_8697caa1612f", S,
     "Trong \"Ngày thanh niên cùng hành động\" ở xã Sơn Tây, Tỉnh đoàn Hà Tĩnh đã trao tặng 220 suất quà cho người dân và thanh thiếu nhi.",
     "994: 'Tỉnh đoàn Hà Tĩnh đã ... trao tặng 3 ti vi, 3 bộ máy tính và 220 suất quà cho người dân, thanh thiếu nhi trên địa bàn xã Sơn Tây'."),
]


def curly(s):
    """Straight double quotes -> “ ” so that plain tab-splitting readers see no CSV quoting."""
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def nfc(s):
    return unicodedata.normalize("NFC", curly(s))


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in (S, D, N), r
            assert "\t" not in "".join(r) and "\n" not in "".join(r)
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
