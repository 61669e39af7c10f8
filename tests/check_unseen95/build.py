#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen95."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 1046 Công đoàn ĐLVN, cuộc thi tìm hiểu pháp luật bầu cử 2021
    ("1046_abc17e7bde88", "supported",
     "Tại cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 mà Công đoàn Điện lực Việt Nam phát động, có ba cá nhân đạt giải Ba.",
     "1046_abc17e7bde88: 'Cuộc thi trực tuyến tìm hiểu pháp luật trên congdoanvietnam.org ... có 01 cá nhân đạt giải Nhất, 02 cá nhân đạt giải Nhì, 03 cá nhân đạt giải Ba và 05 cá nhân đạt giải Khuyến khích.' (1047 '4 giải ba' is another contest: Gương sáng tiêu biểu ngành điện 2019)"),
    ("1046_abc17e7bde88", "differs",
     "Hơn 3.000 lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam đã dự thi trực tuyến tìm hiểu pháp luật về bầu cử trên congdoanvietnam.org.",
     "1046_abc17e7bde88: 'đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi'. g.sh '3\\.000 lượt|3000 lượt|ba nghìn lượt' -> no hit about this contest."),

    # ---------------- 1065 Công đoàn Xây dựng Hà Nội biểu dương 2015-2020
    ("1065_3abb01f9920f", "supported",
     "Giai đoạn 2015 - 2020, ngành Xây dựng Hà Nội có năm cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
     "1065_3abb01f9920f: 'Trong giai đoạn 2015 - 2020 ... 5 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc.'"),
    ("1065_3abb01f9920f", "differs",
     "Biểu dương điển hình tiên tiến giai đoạn 2015-2020, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 120 công nhân giỏi cấp ngành năm 2019-2020.",
     "1065_3abb01f9920f: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020.' g.sh '120 công nhân giỏi' -> none."),

    # ---------------- 107 Chợ Tết Công đoàn 2026 (LĐLĐ Hà Nội)
    ("107_cd50bca97726", "supported",
     "Tại Chợ Tết Công đoàn năm 2026, Liên đoàn Lao động TP Hà Nội dự kiến trao hơn 6 nghìn suất quà \u201c0 đồng\u201d cho đoàn viên, người lao động.",
     "107_cd50bca97726: 'Dự kiến sẽ có hơn 6.000 suất quà “0” đồng ... được Liên đoàn Lao động thành phố Hà Nội triển khai tại “Chợ Tết Công đoàn năm 2026”'."),
    ("107_cd50bca97726", "differs",
     "Chợ Tết Công đoàn 2026 tại Khu nhà ở xã hội xã Thiên Lộc của LĐLĐ Hà Nội có khoảng 80 gian hàng.",
     "107_cd50bca97726: 'Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc diễn ra từ 8 giờ 30 ngày 31/1 đến 19 giờ ngày 1/2/2026 ..., với khoảng 50 gian hàng.' (504_7a8b75f0dd5a also: 'Chợ Tết Công đoàn năm 2026 ... với quy mô 50 gian hàng'). g.sh '80 gian hàng' -> none."),

    # ---------------- 1141 HĐND TP Kon Tum khóa XII kỳ họp thứ nhất
    ("1141_9d4943b7be3d", "supported",
     "Kỳ họp thứ nhất HĐND thành phố Kon Tum khóa XII đã bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm ba mươi hai người.",
     "1141_9d4943b7be3d: 'bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm 32 người.'"),
    ("1141_9d4943b7be3d", "differs",
     "Tại kỳ họp thứ nhất, HĐND TP Kon Tum khóa XII đã bầu 12 ủy viên UBND thành phố nhiệm kỳ 2021-2026.",
     "1141_9d4943b7be3d: 'bầu 15 ủy viên UBND thành phố nhiệm kỳ 2021-2026'. g.sh '12 ủy viên' -> no hit for Kon Tum."),

    # ---------------- 1154 hiến máu Tân Uyên đợt 4-2024
    ("1154_9689d812bb52", "supported",
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do Hội Chữ thập đỏ thành phố Tân Uyên tổ chức đã thu nhận 350 đơn vị máu.",
     "1154_9689d812bb52: 'Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu.'"),
    ("1154_9689d812bb52", "differs",
     "Khoảng 600 tình nguyện viên đã tham gia ngày hội hiến máu tình nguyện đợt 4-2024 ở thành phố Tân Uyên.",
     "1154_9689d812bb52: 'Tham gia ngày hội có khoảng 400 tình nguyện là đoàn viên thanh niên, học sinh, cán bộ...'. g.sh 'Tân Uyên' -> only 1154 and 996 (another event, Lễ khai mạc hè)."),

    # ---------------- 134 Công đoàn các KCN&CX Hà Nội
    ("134_7cae99c80edc", "differs",
     "Đến nay, tỷ lệ xây dựng, ký kết thỏa ước lao động tập thể tại các công đoàn cơ sở thuộc Công đoàn các Khu công nghiệp và Chế xuất Hà Nội đạt 68,5%.",
     "134_7cae99c80edc: '... thương lượng, ký kết và giám sát thực hiện Thỏa ước lao động tập thể, đến nay đạt 58,8%.' g.sh '68,5' -> none."),
    ("134_7cae99c80edc", "not_found",
     "Hội thi thợ giỏi lần thứ VI năm 2019 của Công đoàn các Khu công nghiệp và Chế xuất Hà Nội có 95 thí sinh tham gia.",
     "134 mentions 'Hội thi thợ giỏi lần thứ VI năm 2019' only in a caption, with no count. g.sh 'Hội thi thợ giỏi' -> 068_61646234850c counts '109 CNLĐ tham gia Hội thi thợ giỏi ... KCN&CX Hà Nội lần thứ VIII' (2022, another edition); 000 seed counts '363 thí sinh' (Hội thi thợ giỏi thành phố 2023); 069/339 ngành Xây dựng. Nothing counts contestants of the VI (2019) edition."),

    # ---------------- 293 Quỹ Tấm lòng Vàng
    ("293_6795f91644c4", "supported",
     "Quỹ Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 15 triệu đồng để chi phí quà tặng công nhân lao động trong chương trình chào mừng Đại hội XII của Đảng.",
     "293_6795f91644c4: 'chào mừng Đại hội lần thứ XII của Đảng ... Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ.'"),

    # ---------------- 455 Mái ấm Công đoàn, Ninh Sơn
    ("455_c8575d3b57ff", "supported",
     "Căn nhà Mái ấm Công đoàn của chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn có tổng kinh phí xây dựng 65 triệu đồng.",
     "455_c8575d3b57ff: 'Ngôi nhà của chị Lam được xây dựng tại thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn, có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng'."),
    ("455_c8575d3b57ff", "differs",
     "Quỹ Mái ấm Công đoàn đã hỗ trợ 50 triệu đồng để xây nhà cho đoàn viên Lê Thị Anh Lam ở huyện Ninh Sơn.",
     "455_c8575d3b57ff: 'trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng, phần còn lại từ nguồn tích góp của hai vợ chồng'. g.sh 'Anh Lam' -> only 455; '50 triệu đồng/ nhà' in 454 is LĐLĐ Đà Nẵng 2021, another fund round."),

    # ---------------- 465 tặng quà Tết, Phú Lương
    ("465_d28f5749c617", "supported",
     "Liên đoàn Lao động huyện Phú Lương đã tặng 86 suất quà cho cán bộ viên chức, người lao động gặp khó khăn dịp Tết.",
     "465_d28f5749c617: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng.'"),
    ("465_d28f5749c617", "differs",
     "Tại chương trình ở Phú Lương, Liên đoàn Lao động tỉnh đã tặng quà cho người lao động khó khăn và hộ nghèo với tổng trị giá gần 45 triệu đồng.",
     "465_d28f5749c617: 'Liên đoàn Lao động tỉnh đã tặng 35 xuất quà cho người lao động gặp khó khăn và các gia đình hộ nghèo, tổng trị giá gần 23 triệu đồng.' (LĐLĐ huyện: gần 38 triệu). g.sh '45 triệu' -> none for this event."),

    # ---------------- 525 Đại hội Công đoàn tỉnh Bắc Ninh lần I
    ("525_3c28e321c9a6", "supported",
     "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức hơn 2.200 lượt Bữa cơm Công đoàn cho đoàn viên, người lao động.",
     "525_3c28e321c9a6: 'tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng' (hơn 2.200 consistent with 2.256)."),
    ("525_3c28e321c9a6", "differs",
     "Các cấp Công đoàn tỉnh Bắc Ninh đã thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 800 tỷ đồng trong nhiệm kỳ qua.",
     "525_3c28e321c9a6: 'Các cấp Công đoàn trong tỉnh đã phối hợp tổ chức thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 600 tỷ đồng'. g.sh '800 tỷ' -> none. (527 'gần 600.000 đoàn viên' is a member count.)"),

    # ---------------- 606 Tháng Nhân đạo 2024
    ("606_cccf22e04aa6", "differs",
     "Theo Trung ương Hội Chữ thập đỏ Việt Nam, Tháng Nhân đạo năm 2024 cả nước đã huy động được hơn 680 tỷ đồng ủng hộ.",
     "606_cccf22e04aa6: 'trong Tháng Nhân đạo 2024, cả nước đã huy động số tiền ủng hộ trên 786 tỷ đồng' (stated twice). g.sh '680 tỷ' -> none; 906 (Hóc Môn, Tháng Nhân đạo 2024) gives no amount."),
    ("606_cccf22e04aa6", "differs",
     "Sau hai tháng phát động, chiến dịch \u201cTriệu bước chân nhân ái\u201d đã huy động được khoảng 26 tỷ đồng.",
     "606_cccf22e04aa6: 'Sau 2 tháng phát động, Ban tổ chức đã huy động được 16,2 tỷ đồng, hơn 95.000 người tham gia ... nguồn đối ứng qua ứng dụng thể thao vRace là 7 tỷ đồng.' g.sh '26 tỷ' -> none."),

    # ---------------- 710 LĐLĐ Thái Nguyên, đoàn đại biểu dự ĐH MTTQ tỉnh XV
    ("710_a049db02602c", "supported",
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 có năm đại biểu hiệp thương.",
     "710_a049db02602c: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương.'"),
    ("710_a049db02602c", "differs",
     "Liên đoàn Lao động tỉnh Thái Nguyên cử 9 đại biểu đi dự Đại hội Mặt trận Tổ quốc tỉnh Thái Nguyên lần thứ XV.",
     "710_a049db02602c: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu'. g.sh 'MTTQ tỉnh Thái Nguyên|Mặt trận Tổ quốc tỉnh Thái Nguyên' -> only 710; no '9 đại biểu' there."),

    # ---------------- 714 Đại hội Đoàn TNCS HCM TP Hà Nội XVII
    ("714_18fc7812c675", "differs",
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có hơn 480 đại biểu tham dự.",
     "714_18fc7812c675: 'Chiều 27.11, diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu.' g.sh '480 đại biểu' -> none; other Thành đoàn pages (318,333,334,391,392,469,513,609,692) are not about this congress."),
    ("714_18fc7812c675", "not_found",
     "Ban Chấp hành Đoàn TNCS Hồ Chí Minh TP Hà Nội khóa XVII, nhiệm kỳ 2025-2030 gồm 61 đồng chí.",
     "714 names the 'Hội nghị lần thứ nhất Ban Chấp hành ... khóa XVII' but gives no size. g.sh 'Ban Chấp hành (Thành đoàn|Đoàn TNCS)' and 'Ban Chấp hành.{0,40}(gồm|có) [0-9]+ (đồng chí|ủy viên)' -> only other bodies: Đoàn TPHCM khóa XI '59 đồng chí' (808), Thanh Hóa '49 đồng chí' (1105) / '44 đồng chí' (1086), Kiến An '19 anh, chị' (809)."),

    # ---------------- 727 Chiến dịch tình nguyện hè 2020
    ("727_39665a0e6638", "supported",
     "Lễ ra quân chiến dịch thanh niên tình nguyện hè năm 2020 tại Quảng Bình có hơn 1,5 nghìn thanh niên tỉnh Quảng Bình tham dự.",
     "727_39665a0e6638: 'Dự lễ ra quân có ông Trương Hòa Bình ... lãnh đạo tỉnh Quảng Bình và hơn 1.500 thanh niên tỉnh Quảng Bình.'"),
    ("727_39665a0e6638", "differs",
     "Tại lễ ra quân chiến dịch tình nguyện hè 2020, Thành đoàn Đà Nẵng đã trao bảy trăm lá cờ Tổ quốc cho ngư dân âu thuyền Thọ Quang.",
     "727_39665a0e6638: 'Thành đoàn Đà Nẵng đã trao ...: 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)'. g.sh '700 lá cờ|bảy trăm lá cờ' -> none."),

    # ---------------- 810 đoàn đại biểu ngành Y tế dự ĐH XIII CĐVN
    ("810_d311deaca2eb", "supported",
     "Ngành Y tế có 34 đại biểu đi dự Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023-2028.",
     "810_d311deaca2eb: '34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam' (title and body: 'cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam')."),
    ("810_d311deaca2eb", "differs",
     "Trong đoàn đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, Công đoàn Y tế Việt Nam có 12 đại biểu.",
     "810_d311deaca2eb: 'trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh, thành phố.' g.sh '12 đại biểu' -> no hit about this delegation (115 '10 đại biểu chính thức' is LĐLĐ Bình Định)."),

    # ---------------- not_found on pages without usable figures
    ("240_7c06aa0151c5", "not_found",
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 9 đồng chí.",
     "240 reports the congress (20/6) but no BCH size, delegates or votes. g.sh 'văn phòng Sở Xây dựng' -> only 240; g.sh 'Ban Chấp hành.{0,40}(gồm|có) [0-9]+ (đồng chí|ủy viên)' -> other bodies only (244 Thanh Trì CĐCS 7, 662 07, 963 Thuận Giao 15, 1211 CĐ ngành Y tế 17...)."),
    ("534_945922b00627", "not_found",
     "Tại kỳ họp thứ nhất, HĐND TP Hà Nội khóa XVI đã bầu 25 Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026.",
     "534 only lists 'Hội thẩm Tòa án nhân dân TP.Hà Nội khóa XVI' among posts to be elected, no number. g.sh 'hội thẩm' -> 117 (HĐND HN khóa 15, no number), 1141 '32 người' is TP Kon Tum (another city). 352/581 count votes (92/94), not hội thẩm."),
    ("868_3432022c4dcf", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 400 đại biểu tiêu biểu tham dự.",
     "868 (31/8/2015, lần IV) gives no delegate count. g.sh 'Lạng Sơn' -> 826 is Đại hội thi đua lần thứ V (another edition, no count), 707/903 unrelated."),
    ("582_c46f8fc698a7", "not_found",
     "Liên đoàn Lao động tỉnh An Giang hiện có hơn 150.000 đoàn viên công đoàn.",
     "582 is about personnel (Bí thư Đảng đoàn), no member count. g.sh 'An Giang' -> 665 counts newly admitted members ('kết nạp mới 5.124/8.000 đoàn viên', 2022) - another counted noun; 983/1043 unrelated."),
    ("824_7a712711c760", "not_found",
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2022 của LĐLĐ quận 3 thu hút 300 cán bộ công nhân viên Hòa Bình tham gia.",
     "824 gives no participant count. g.sh 'quận 3' -> only 824 and 545 (Hội LHPN Quận 3, another event)."),
    ("883_e2578b7cc3b9", "not_found",
     "Ông Võ Nguyên Phong được bầu làm Chủ tịch UBND quận Đống Đa với 42 đại biểu HĐND quận tán thành.",
     "883 gives no vote count ('View Count: 115' is page metadata). g.sh 'Võ Nguyên Phong|Chủ tịch UBND quận Đống Đa' -> only 883; g.sh 'HĐND quận' -> 881 is Thủ Đức."),
    ("532_8ca00e63249f", "not_found",
     "Hội nghị tuyên truyền của Liên đoàn Lao động tỉnh Tuyên Quang cho cán bộ công đoàn cơ sở phường Bình Thuận ngày 28/01/2026 có 120 cán bộ tham dự.",
     "532 gives no attendance (only '2 nội dung'). g.sh 'Bình Thuận' -> 1046/470/563/... are Bình Thuận province or unrelated; g.sh 'Tuyên Quang' -> 965 is Đại hội CĐ tỉnh XVII 2023."),
    ("364_6cb3fc7af92c", "not_found",
     "Tại hội nghị biểu dương kết quả phong trào thi đua năm 2022, UBND Thành phố Hà Nội dự kiến khen thưởng 150 tập thể tiêu biểu.",
     "364 gives only 'Kế hoạch số 74/KH-UBND', no count. g.sh 'Kế hoạch số 74|biểu dương kết quả phong trào thi đua năm 2022' -> only 364."),
    ("376_ce58dcc382d8", "not_found",
     "Hội nghị công bố quyết định của Bộ Chính trị điều động đồng chí Nguyễn Duy Ngọc làm Bí thư Thành ủy Hà Nội có 300 đại biểu tham dự.",
     "376 gives no attendance. g.sh 'Nguyễn Duy Ngọc' -> 376 and 375 (375 is the 2020 Bí thư change, numbers only dates)."),
    ("355_e6694f9f8726", "not_found",
     "Theo Đề án kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, cả nước sẽ biểu dương 750 điển hình tiên tiến.",
     "355 gives only 'Quyết định số 368/QĐ-TTg ngày 11/4/2023'. g.sh 'Lời kêu gọi thi đua ái quốc' -> 043 (Giải thưởng Nguyễn Đức Cảnh), 364, 1107 ('đợt thi đua cao điểm 100 ngày' - days, not typical examples): nothing counts điển hình under the Đề án."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen95/claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), len({r[0] for r in rows}), "pages")


if __name__ == "__main__":
    main()
