#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 063 ----------------
    ("063_f7a849d3bef7", "differs",
     "Từ khi thành lập đến nay, Liên đoàn Lao động quận Hoàng Mai đã trải qua năm kỳ đại hội.",
     "063_f7a849d3bef7: \"kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội\". Claim says năm (5). g.sh '(5|năm) kỳ đại hội' -> no hit."),
    # ---------------- 073 ----------------
    ("073_38aec1dd2ed1", "not_found",
     "Công đoàn ngành Xây dựng Hà Nội đã trao 10 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến tử vong do tai nạn.",
     "073_38aec1dd2ed1 only says the delegation \"đã tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến\" with no amount. g.sh 'Lại Hải Yến' -> only 073 (no figure but birth years 1972/2007); g.sh '10 triệu đồng.{0,100}(gia đình|hỗ trợ)' -> nothing. 131_9505fced1fdf is a Mái ấm Công đoàn for another worker of the same company, not this support."),
    # ---------------- 078 ----------------
    ("078_195ef83b4e19", "supported",
     "Từ đầu năm 2017 đến nay, Liên đoàn Lao động quận 1 (TP.HCM) đã trao mười lăm căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" cho người lao động khó khăn.",
     "078_195ef83b4e19: \"Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" cho CNVC-LĐ, người dân khó khăn\"."),
    ("078_195ef83b4e19", "differs",
     "Tổng kinh phí cho các căn nhà tình thương và Mái ấm Công đoàn mà LĐLĐ quận 1, TP HCM trao từ đầu năm 2017 là khoảng 900 triệu đồng.",
     "078_195ef83b4e19: \"...15 căn nhà ... với tổng kinh phí gần 600 triệu đồng\". g.sh '900 triệu' -> only 1182_0c6515fa5445 (CĐ ngành hỗ trợ 1.800 đoàn viên 6 tháng 2016), a different thing."),
    # ---------------- 1065 ----------------
    ("1065_3abb01f9920f", "supported",
     "Giai đoạn 2015-2020, ngành Xây dựng Hà Nội có năm cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
     "1065_3abb01f9920f: \"5 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc\" (giai đoạn 2015 - 2020, ngành Xây dựng Hà Nội)."),
    ("1065_3abb01f9920f", "differs",
     "Biểu dương điển hình tiên tiến giai đoạn 2015-2020, Công đoàn ngành Xây dựng Hà Nội khen thưởng 60 sáng kiến sáng tạo cấp ngành năm 2019-2020.",
     "1065_3abb01f9920f: \"Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020\". g.sh '60 sáng kiến' -> nothing."),
    # ---------------- 1130 ----------------
    ("1130_b874a926a657", "differs",
     "Hưởng ứng đợt phát động ngày 28-9-2020, các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP.HCM đã đóng góp khoảng 395 triệu đồng từ 1 ngày lương vào Quỹ \"Vì người nghèo\".",
     "1130_b874a926a657: \"các đơn vị đã ủng hộ 1 ngày lương vào Quỹ \"Vì người nghèo\" TP với số tiền 495 triệu đồng\". g.sh '495 triệu|395 triệu' -> only the 495 line. (The separate \"gần 77 triệu đồng\" is Văn phòng ĐĐBQH-HĐND and VP UBND, another group.)"),
    # ---------------- 1145 ----------------
    ("1145_9c073b82912b", "not_found",
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao Giấy chứng nhận \"Đạt chuẩn văn hóa\" cho 15 đơn vị, công đoàn cơ sở.",
     "1145_9c073b82912b caption: \"trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS \"Đạt chuẩn văn hóa\"\" - no count. g.sh 'Đạt chuẩn văn hóa' -> 000 seed, 251 (LĐLĐ Sơn Tây thẩm định 75 cơ quan - another place), 265, 1145; g.sh '15 đơn vị' -> only 252_f6a3b7378def (15 đơn vị khối xã, phường - another org). Not counted for Ninh Bình."),
    # ---------------- 1169 ----------------
    ("1169_2df73ad10d97", "not_found",
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 250 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
     "1169_2df73ad10d97: \"tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc. Bệnh viện C Đà Nẵng đã có 01 cá nhân\" - total not given. g.sh '250 (tập thể|cá nhân)|điển hình tiên tiến xuất sắc' -> 1169 (no count) and 1189_e352b2061a84 (10 tập thể, 24 cá nhân - a union event, not the ngành Y tế congress)."),
    # ---------------- 1181 ----------------
    ("1181_5c58fd030683", "supported",
     "Dịp Tết Trung thu năm 2022, Công đoàn Viên chức TP.HCM tặng quà cho khoảng 2.500 thiếu nhi có hoàn cảnh khó khăn.",
     "1181_5c58fd030683: \"Tết Trung thu năm nay, Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn\" (chương trình \"Trung thu yêu thương\" năm 2022)."),
    ("1181_5c58fd030683", "differs",
     "Chương trình \"Trung thu yêu thương\" năm 2022 của Công đoàn các Khu chế xuất - Khu công nghiệp TP.HCM được tổ chức cho 900 con công nhân đang làm việc tại các KCN.",
     "1181_5c58fd030683: \"Công đoàn các KCX-KCN TPHCM tổ chức chương trình \"Trung thu yêu thương\" cho 600 con công nhân đang làm việc tại các KCN\". g.sh '900 (con|thiếu nhi)' -> nothing."),
    # ---------------- 152 ----------------
    ("152_45d566d7ef8c", "supported",
     "Tính đến đầu tháng 8/2018, ngành Lao động - Thương binh và Xã hội Hà Nội đã trợ giúp hơn 13,6 nghìn trẻ em có hoàn cảnh đặc biệt.",
     "152_45d566d7ef8c (1/8/2018, \"từ đầu năm đến nay\"): \"trợ giúp cho 13.636 trẻ em có hoàn cảnh đặc biệt, đạt 99,1%\"."),
    ("152_45d566d7ef8c", "differs",
     "Tính đến đầu tháng 8/2018, chỉ tiêu giải quyết việc làm của ngành LĐ-TB&XH Hà Nội đã đạt 75,1% kế hoạch năm.",
     "152_45d566d7ef8c: \"giải quyết việc làm cho gần 99.000 lao động, đạt 65,1% kế hoạch năm\". g.sh '75,1|65,1' -> only the 65,1 line and 191 (65,12% phiếu bầu, unrelated)."),
    # ---------------- 156 ----------------
    ("156_c3fa0faf2e36", "supported",
     "Trong 6 tháng đầu năm 2023, cả nước xảy ra 345 vụ tai nạn lao động chết người.",
     "156_c3fa0faf2e36: \"6 tháng đầu năm 2023 ... Trong đó số vụ tai nạn lao động chết người là 345 vụ\". g.sh '6 tháng đầu năm 2023.{0,200}tai nạn' -> only 156."),
    ("156_c3fa0faf2e36", "differs",
     "Thiệt hại về vật chất do tai nạn lao động trên cả nước trong nửa đầu năm 2023 lên tới hơn 7.600 tỷ đồng.",
     "156_c3fa0faf2e36: \"thiệt hại về vật chất do tai nạn lao động xảy ra 6 tháng đầu năm 2023 là trên 5.600 tỷ đồng (tăng khoảng 3.100 tỷ đồng...)\". g.sh '7\\.600 tỷ|5\\.600 tỷ' -> only the 5.600 line."),
    # ---------------- 246 ----------------
    ("246_cb2766c7a822", "not_found",
     "Liên đoàn Lao động quận Long Biên hiện có 8 cụm thi đua công đoàn trên địa bàn.",
     "246_cb2766c7a822 counts members of ONE cụm (\"Cụm thi đua Công đoàn khối doanh nghiệp ... quận Long Biên gồm 32 đơn vị, doanh nghiệp\"; \"2 Cụm phó\"); the number of cụm in the district is not given (\"các cụm thi đua trên địa bàn quận Long Biên\"). g.sh '[0-9]+ cụm thi đua' -> 316 (Hội thi sơ khảo at 8 cụm, city-wide contest), 772 (Lang Chánh), 992 (TP HCM) - other things/places."),
    # ---------------- 280 ----------------
    ("280_21f64ea8ecb1", "supported",
     "Tại \"Chợ Tết Công đoàn – Xuân 2026\", LĐLĐ TP Hà Nội đã trao 3600 phiếu mua hàng cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "280_21f64ea8ecb1: \"Liên đoàn Lao động TP. Hà Nội cũng trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng\" (Chợ Tết Công đoàn - Xuân 2026, 7-8/2/2026). Same in 276_3626d595b296."),
    # ---------------- 336 ----------------
    ("336_5d7aa39073a7", "supported",
     "Hội khỏe Công nhân viên chức, lao động và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 có vận động viên đến từ 75 công đoàn cơ sở.",
     "336_5d7aa39073a7: \"thu hút hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận\"."),
    # ---------------- 343 ----------------
    ("343_5b2e15f18b4a", "not_found",
     "Câu lạc bộ Vovinam của Trường THPT Xuân Giang (huyện Sóc Sơn) có 87 thành viên.",
     "343_5b2e15f18b4a: Nguyễn Hữu Thái \"là Đội trưởng Câu lạc bộ Vovinam của Trường\" (no member count). The 87 is another club at another school: \"Câu lạc bộ Tiếng Anh của Trường [THPT Sóc Sơn] với 87 thành viên\". g.sh 'Vovinam|87 thành viên' -> only these two lines."),
    # ---------------- 405 ----------------
    ("405_26391ad68e2d", "differs",
     "Trong ngày phát động Tháng Nhân đạo năm 2018 tại vườn hoa tượng đài Lý Thái Tổ, Hà Nội dự kiến tiếp nhận khoảng 600 đơn vị máu.",
     "405_26391ad68e2d: \"Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu\". g.sh '600 đơn vị máu' -> nothing; g.sh 'đơn vị máu' -> other events (347: 558; 1151 Thanh Hóa 1.500; 404 has none)."),
    # ---------------- 429 ----------------
    ("429_77bd108c7618", "not_found",
     "Tại hội nghị tổng kết 10 năm thực hiện Nghị quyết 20 ở Đà Lạt, Công đoàn CAND đã khen thưởng 45 tập thể có thành tích xuất sắc.",
     "429_77bd108c7618 only: \"Công đoàn CAND đã tổ chức tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ... và 5 năm thực hiện tháng công nhân\" - no award counts. g.sh 'Công đoàn CAND|Công đoàn Công an' -> 429 and 167 (a person's title); g.sh '45 tập thể' -> nothing."),
    # ---------------- 504 ----------------
    ("504_7a8b75f0dd5a", "differs",
     "Ngay từ sáng sớm ngày khai mạc \"Chợ Tết Công đoàn năm 2026\" (31/1-1/2/2026), đã có hơn 3.400 đoàn viên, công nhân lao động thành phố tới tham dự.",
     "504_7a8b75f0dd5a: \"Chợ Tết Công đoàn năm 2026 diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng ... Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự\". g.sh '2\\.400|3\\.400' -> only 504 and 407 (3.400 tỷ đồng, unrelated)."),
    # ---------------- 507 ----------------
    ("507_60ef7af69b3d", "supported",
     "Tổng kết phong trào \"Giỏi việc nước, đảm việc nhà\" năm 2020, Công đoàn Viên chức thành phố Hà Nội đã khen thưởng tám mươi tám cá nhân.",
     "507_60ef7af69b3d: \"Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua \"Giỏi việc nước, đảm việc nhà\" năm 2020\" (Công đoàn Viên chức thành phố Hà Nội, 18/3/2021)."),
    # ---------------- 509 ----------------
    ("509_33042ea25bf7", "supported",
     "Dịp Tết Nhâm Dần 2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao quà trị giá hơn 2,1 tỷ đồng, hoàn thành chỉ tiêu thành phố giao.",
     "509_33042ea25bf7: \"các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng để hoàn thành chỉ tiêu do Hội Chữ thập đỏ thành phố giao năm 2022\"."),
    ("509_33042ea25bf7", "differs",
     "Ngày 24-1-2022, Hội Chữ thập đỏ quận Hai Bà Trưng cùng Liên chi đoàn Khoa Khoa học quản lý (ĐH Kinh tế quốc dân) trao 60 suất quà \"Tết vì người nghèo và nạn nhân chất độc da cam/dioxin\".",
     "509_33042ea25bf7: \"Cụ thể, Ban tổ chức đã trao tặng 40 suất quà trị giá 10 triệu đồng\" (chương trình ngày 24-1). g.sh '60 suất quà' -> only 988 (160 suất quà, another org)."),
    # ---------------- 549 ----------------
    ("549_9d9b0f5c7ddc", "differs",
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, cả nước có hơn 2.600 công trình thanh niên cấp cơ sở được thực hiện.",
     "549_9d9b0f5c7ddc: \"3.610 công trình thanh niên cấp cơ sở với tổng trị giá 18,799 tỉ đồng\" (tuần 1, 29/5-5/6/2022). g.sh '2\\.600|2600' -> only seed 003 (2.600 công nhân lao động, unrelated)."),
    # ---------------- 577 ----------------
    ("577_df0527edc304", "differs",
     "Đoàn đại biểu Liên đoàn Lao động tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm 21 người.",
     "577_df0527edc304: \"Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người\". g.sh 'Hưng Yên.{0,150}(đại biểu|Đại hội XII)' -> only 577; g.sh '21 (người|đại biểu)' -> only 079 (BCH Đảng bộ, unrelated)."),
    # ---------------- 623 ----------------
    ("623_bf8ed8fd27a5", "supported",
     "Ban Chấp hành Tỉnh Đoàn Long An khóa XI, nhiệm kỳ 2022-2027 gồm bốn mươi đồng chí.",
     "623_bf8ed8fd27a5: \"Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027, gồm 40 đồng chí\"."),
    # ---------------- 654 ----------------
    ("654_33346c495ae8", "not_found",
     "Năm 2021, Liên đoàn Lao động quận Long Biên biểu dương 73 gia đình CNVCLĐ tiêu biểu.",
     "654_33346c495ae8 (Long Biên 2021) gives no count of families. 73 is Hoàng Mai's figure in a related-headline teaser in 063 (\"LĐLĐ quận Hoàng Mai: Biểu dương 73 Gia đình CNVCLĐ tiêu biểu\"); 064 is Đống Đa 2025 (58). g.sh 'Gia đình CNVCLĐ.{0,20}tiêu biểu|[0-9]+ gia đình CNVC' -> 063, 064, 654, 733 - none counts Long Biên."),
    # ---------------- 694 ----------------
    ("694_7426b72731ba", "supported",
     "Tại lễ tuyên dương con đoàn viên vượt khó, học giỏi, Liên đoàn Lao động tỉnh Long An đã trao 151 suất học bổng \"vượt khó, học giỏi\".",
     "694_7426b72731ba: \"LĐLĐ tỉnh Long An tổ chức lễ tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng \"vượt khó, học giỏi\" cho con em đoàn viên công đoàn\"."),
    ("694_7426b72731ba", "differs",
     "Trong đợt tuyên dương vừa qua, LĐLĐ tỉnh Long An đã khen thưởng 130 học sinh giỏi là con đoàn viên công đoàn.",
     "694_7426b72731ba: \"khen thưởng 103 học sinh giỏi\" (this event; 303 is the 2022-to-date total). g.sh '130 học sinh' -> nothing."),
    # ---------------- 741 ----------------
    ("741_ca77ab8c28c7", "supported",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 có 345 đại biểu tham dự.",
     "741_ca77ab8c28c7: \"Đại hội Công đoàn thành phố diễn ra trong 2 ngày từ ngày 15 đến 16-10, với sự tham gia của 345 đại biểu\". (571_2651997a46fd is another edition: Đại hội lần thứ I 2025-2030, 300 đại biểu.)"),
    ("741_ca77ab8c28c7", "not_found",
     "Đại hội Công đoàn TP Đà Nẵng lần thứ XVII đã bầu Ban Chấp hành LĐLĐ thành phố khóa XVII gồm 35 ủy viên.",
     "741_ca77ab8c28c7 covers only the first session (program, quy chế); no BCH elected/counted. g.sh 'Đà Nẵng.{0,250}(Ban Chấp hành|BCH)' and 'Đà Nẵng.{0,60}(XVII|2023-2028)' -> only 741 lines without a BCH count; 571 (lần thứ I 2025-2030) has no BCH count; '35 (ủy viên|đồng chí)' -> 348 Sóc Sơn Đảng bộ, 1089 Hội Nông dân Tiền Giang - other orgs."),
    # ---------------- 763 ----------------
    ("763_1f58c3035f15", "differs",
     "Ngôi nhà \"Mái ấm Công đoàn\" vừa bàn giao cho gia đình anh Phạm Văn Bút có kinh phí xây dựng 84 triệu đồng.",
     "763_1f58c3035f15: \"Ngôi nhà có tổng diện tích 59,8m2, kinh phí xây dựng 74 triệu đồng, trong đó quỹ \"Mái ấm Công đoàn\" hỗ trợ 40 triệu đồng\". g.sh 'Phạm Văn Bút|74 triệu|84 triệu' -> 763 and 231 (3,74 triệu thưởng Tết, unrelated)."),
    # ---------------- 813 ----------------
    ("813_11d663308583", "not_found",
     "Đại hội Đảng bộ thành phố Hà Nội lần thứ XVIII đã bầu 74 đồng chí vào Ban Chấp hành Đảng bộ thành phố khóa XVIII, nhiệm kỳ 2025-2030.",
     "813_11d663308583, 812_69df8abf1bca, 105_d8f28f283391 (khóa XVIII) give Bí thư, 4 Phó bí thư, 550 đại biểu dự đại hội, but no BCH size. 74 belongs to another edition: 103_bc0c6e0f50d9 \"bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI\". g.sh 'khóa XVIII|khoá XVIII' and '74 đồng chí' checked."),
    # ---------------- 829 ----------------
    ("829_5c8b05de4877", "not_found",
     "Lễ ra quân Chiến dịch \"Hành quân xanh\" năm 2024 của Tỉnh Đoàn Long An tại huyện Vĩnh Hưng có 300 đoàn viên, thanh niên tham gia.",
     "829_5c8b05de4877 counts works and gifts (1 công trình..., 150 suất quà, gần 200 triệu đồng) but not participants (\"cùng lãnh đạo địa phương và các bạn đoàn viên, thanh niên\"). g.sh 'Tuyên Bình Tây|Vĩnh Hưng' -> only 829; '300 đoàn viên' -> 357, 626, 1012 (other orgs/events); 609 'gần 1.000 đoàn viên' is Thành đoàn Hà Nội; 547 (hơn 500 đoàn viên, hè 2023) is another province/year."),
    # ---------------- 866 ----------------
    ("866_0e852b70fa76", "supported",
     "Liên đoàn Lao động tỉnh Bến Tre cùng Báo Người Lao Động đã trao hai nghìn lá cờ Tổ quốc cho ngư dân các huyện vùng biển Bình Đại, Ba Tri và Thạnh Phú.",
     "866_0e852b70fa76: \"Liên đoàn Lao động tỉnh Bến Tre đã phối hợp cùng Báo Người Lao Động tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú\"."),
    # ---------------- 983 ----------------
    ("983_245bc105cc74", "not_found",
     "Dịp Tết 2022, Trung ương Đoàn bố trí 40 chuyến xe miễn phí đưa sinh viên, thanh niên công nhân có hoàn cảnh khó khăn về quê đón Tết.",
     "983_245bc105cc74 counts people (\"2.000 sinh viên, thanh niên công nhân, người lao động ... về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí\"), not vehicles. g.sh 'chuyến (xe|tàu)' -> 057, 243 (Long Biên), 267 (Công đoàn Hà Nội 26 chuyến xe 2026), 279, 460, 595, 646 - other orgs/years; '40 chuyến' -> nothing."),
    # ---------------- 985 ----------------
    ("985_5ef9fa78a12a", "differs",
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023-2028 có 340 đại biểu tham dự.",
     "985_5ef9fa78a12a: \"Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân\". g.sh '304 đại biểu|340 đại biểu' -> only the 304 line."),
    # ---------------- 987 ----------------
    ("987_092194c9d403", "differs",
     "Tại chương trình \"Tết sum vầy\" 2020, LĐLĐ huyện Hướng Hóa đã trao 120 suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn.",
     "987_092194c9d403: \"LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn\". g.sh '120 suất' -> nothing; 'Hướng Hóa' -> only 987."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = [tuple(nfc(x) for x in r) for r in CLAIMS]
    for r in rows:
        assert r[1] in ("supported", "differs", "not_found"), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
        assert not any(x.startswith('"') for x in r), r  # unquoted TSV stays csv-safe
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen123/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
