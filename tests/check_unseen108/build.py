#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 101: Đại hội XII Công đoàn Việt Nam ----------------
    ("101_3f31a6e4a441", "supported",
     "Đại hội Công đoàn Việt Nam lần thứ XII, nhiệm kỳ 2018-2023, đã bầu Ban Chấp hành Tổng LĐLĐ Việt Nam gồm 161 ủy viên.",
     "101_3f31a6e4a441: \"Đại hội bầu Ban Chấp hành gồm 161 ủy viên.\" (Đại hội XII, 2018-2023)."),
    ("101_3f31a6e4a441", "differs",
     "Đại hội XII Công đoàn Việt Nam họp tại Hà Nội tháng 9/2018 với sự tham dự của 1.100 đại biểu.",
     "101_3f31a6e4a441: \"Đại hội Công đoàn Việt Nam lần thứ XII (nhiệm kỳ 2018-2023) họp từ ngày 24 đến 26/9/2018 tại Thủ đô Hà Nội với sự tham dự của 947 đại biểu.\" (also 247_9bb00526265c: \"947 đại biểu bỏ phiếu kín\"). "
     "g.sh '1\\.100 đại biểu' only hits 080_9b9e2cec9822 \"1.100 đại biểu đủ tư cách dự Đại hội XIII\" = another edition (XIII), so nothing states 1.100 for Đại hội XII."),
    # ---------------- 1022: LĐLĐ huyện Đan Phượng ----------------
    ("1022_494a5a54453e", "supported",
     "Trong dịch Covid-19, Liên đoàn Lao động huyện Đan Phượng đã phát miễn phí 4500 chiếc khẩu trang cho công nhân lao động tại các doanh nghiệp.",
     "1022_494a5a54453e: \"Liên đoàn Lao động huyện đã phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn cho công nhân lao động\" (Công đoàn huyện Đan Phượng)."),
    ("1022_494a5a54453e", "differs",
     "LĐLĐ huyện Đan Phượng đã phát miễn phí 2.100 chai nước sát khuẩn cho công nhân lao động trong thời gian xảy ra dịch Covid-19.",
     "1022_494a5a54453e: \"phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn\". g.sh '2\\.100|2100' hits only 249 (2.100 đoàn viên) and 468 (2.100 hộ nghèo) - other nouns; g.sh 'chai nước' hits only 1022 and 790 (600 chai nước, Tiếp sức mùa thi)."),
    # ---------------- 1090: Hội CCB Đồng Nai ----------------
    ("1090_69990cd1ff80", "supported",
     "Tính đến ngày 31-3-2022, gần 63% Hội Cựu chiến binh cơ sở ở Đồng Nai đã tổ chức thành công đại hội nhiệm kỳ 2022-2027.",
     "1090_69990cd1ff80: \"tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)\" (Báo Đồng Nai, 03/04/2022)."),
    ("1090_69990cd1ff80", "differs",
     "Đến cuối tháng 3/2022, toàn tỉnh Đồng Nai đã có 154 Hội CCB cơ sở tổ chức xong đại hội nhiệm kỳ 2022-2027.",
     "1090_69990cd1ff80: \"toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027\". g.sh '154' and 'Cựu chiến binh' show no other count of Hội CCB cơ sở."),
    # ---------------- 1130: Quỹ Vì người nghèo TP HCM ----------------
    ("1130_b874a926a657", "supported",
     "Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP HCM đã ủng hộ Quỹ \"Vì người nghèo\" thành phố khoảng 77 triệu đồng.",
     "1130_b874a926a657: \"Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP đã tổ chức phát động ủng hộ Quỹ \"Vì người nghèo\" TP. Các đơn vị đã ủng hộ số tiền gần 77 triệu đồng.\" (gần 77 ~ khoảng 77)."),
    ("1130_b874a926a657", "differs",
     "Cơ quan các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP.HCM đã đóng góp một ngày lương ủng hộ Quỹ Vì người nghèo năm 2020 với số tiền 594 triệu đồng.",
     "1130_b874a926a657: \"các đơn vị đã ủng hộ 1 ngày lương vào Quỹ \"Vì người nghèo\" TP với số tiền 495 triệu đồng.\" g.sh '594' finds nothing."),
    # ---------------- 1242: Hội nghị BCH Tổng LĐLĐ lần 10 khóa XII ----------------
    ("1242_e05739eea984", "supported",
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 10 (khóa XII) ngày 12-1 đã bầu bổ sung mười tám ủy viên Ban Chấp hành.",
     "1242_e05739eea984: \"Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam.\" (Hội nghị BCH lần thứ 10, khóa XII, sáng 12-1). Note 088_0a1be225e5a4 \"bầu bổ sung 4 đồng chí tham gia BCH ... khoá XII\" is a different hội nghị."),
    ("1242_e05739eea984", "differs",
     "Tại hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam lần thứ 10 khóa XII, có bốn ủy viên Ủy ban Kiểm tra Tổng LĐLĐ được bầu bổ sung.",
     "1242_e05739eea984: \"bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam\". g.sh '(4|bốn) ủy viên Ủy ban Kiểm tra|Ủy ban Kiểm tra Tổng' finds only 1242 and 300 (no count)."),
    # ---------------- 231: thưởng Tết Hà Nội (2017) ----------------
    ("231_b2be7997f474", "supported",
     "Theo báo cáo nhanh của Sở LĐTB&XH Hà Nội, mức thưởng Tết âm lịch cao nhất trên địa bàn là 74,5 triệu đồng/người, thuộc một doanh nghiệp dân doanh.",
     "231_b2be7997f474: \"thưởng Tết âm lịch cao nhất trên địa bàn thuộc về một doanh nghiệp thuộc khối dân doanh với 74,5 triệu đồng một người.\" (date 2017-03). Other thưởng Tết maxima in corpus (163: 614 triệu, Tết Bính Ngọ; 885: 1,076 tỉ Tết Tân Sửu; 886: 600 triệu) are other years."),
    ("231_b2be7997f474", "differs",
     "Mức thưởng Tết âm lịch bình quân của khối doanh nghiệp FDI tại Hà Nội giảm 21% so với năm trước, theo Sở Lao động Thương binh và Xã hội Hà Nội.",
     "231_b2be7997f474: \"Đối với khối FDI, mức bình quân là 3,71 triệu đồng một người người, giảm 12%.\" g.sh 'giảm 21' hits only 173 (ngừng việc giảm 21 vụ) - another thing."),
    # ---------------- 246: Cụm thi đua Long Biên ----------------
    ("246_cb2766c7a822", "supported",
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có ba mươi hai doanh nghiệp, đơn vị tham gia.",
     "246_cb2766c7a822: \"Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp.\""),
    # ---------------- 268: LĐLĐ Hà Nội đợt cao điểm phát triển đoàn viên 2022 ----------------
    ("268_c31d3d87a6f9", "not_found",
     "Năm 2022, Liên đoàn Lao động TP Hà Nội đặt chỉ tiêu phát triển 30.000 đoàn viên mới qua các đợt cao điểm tuyên truyền, vận động.",
     "268_c31d3d87a6f9 speaks of \"chỉ tiêu phát triển đoàn viên, thành lập công đoàn cơ sở năm 2022\" but gives no number. g.sh '30\\.000 đoàn viên|30 nghìn đoàn viên' -> only 741 (130.000 đoàn viên, another city); g.sh 'phát triển (được )?[0-9.]+ đoàn viên|chỉ tiêu phát triển' -> 217 \"phát triển 53.000 đoàn viên, giai đoạn 2018-2023\" (a whole-term figure, not a 2022 target), 968 (Quảng Trị 2.500), 933 (Cẩm Lệ 773), 718 - none is Hà Nội's 2022 target."),
    # ---------------- 269: Cuộc thi Sáng kiến vì cộng đồng lần IV ----------------
    ("269_84a6549b6abc", "not_found",
     "Cuộc thi \"Sáng kiến vì cộng đồng\" lần thứ IV do EVN phối hợp tổ chức đã nhận được hơn 500 sáng kiến dự thi.",
     "269_84a6549b6abc announces the contest (lần thứ IV, trao giải 2022) with no count of entries. g.sh 'Sáng kiến vì cộng đồng|sáng kiến dự thi|bài dự thi' -> only 269; other 'sáng kiến' counts are the Tổng LĐLĐ programme \"1 triệu sáng kiến\" / \"75 nghìn sáng kiến\" (seed 002) and \"100 cá nhân đạt danh hiệu sáng kiến\" (seed 000) - other things."),
    # ---------------- 272: Quỹ Vì biển, đảo Việt Nam ----------------
    ("272_28974ffcb2ea", "not_found",
     "Năm 2020, đoàn viên, CNVCLĐ Thủ đô đã ủng hộ Quỹ \"Vì biển, đảo Việt Nam\" hơn 3 tỷ đồng.",
     "272_28974ffcb2ea only says LĐLĐ TP asks for \"ít nhất một ngày lương\" and \"phấn đấu 100% CĐ cơ sở tham gia ủng hộ\"; no amount raised. g.sh 'Vì biển|tỷ đồng.{0,40}biển' -> only 272 and 1126 (ủng hộ Quỹ \"Vì biển đảo Quê hương\", no amount)."),
    # ---------------- 300: Hội nghị BCH LĐLĐ TP khóa XVI kỳ 5 ----------------
    ("300_c35bde72bae1", "not_found",
     "Đoàn đại biểu Liên đoàn Lao động thành phố Hà Nội dự Đại hội XII Công đoàn Việt Nam gồm 40 đại biểu.",
     "300_c35bde72bae1 mentions \"đoàn đại biểu LĐLĐ Thành phố dự Đại hội XII Công đoàn Việt Nam\" without its size. g.sh 'đoàn đại biểu' / '40 đại biểu|dự Đại hội Công đoàn Việt Nam lần thứ XII' -> 577 (đoàn Hưng Yên, no count), 671/810 (Đại hội XIII), 1086 (Đoàn TN Thanh Hóa 14 đại biểu - other org). The 947 in 101 is the whole congress, not Hà Nội's delegation."),
    # ---------------- 312: Tháng hành động ATVSLĐ 2017 ----------------
    ("312_8e378b3e63bf", "not_found",
     "Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2017, Ban Chỉ đạo Trung ương cho biết năm 2016 cả nước xảy ra hơn 7.900 vụ tai nạn lao động.",
     "312_8e378b3e63bf has no accident statistics. g.sh 'năm 2016.{0,60}tai nạn|tai nạn.{0,80}2016' -> nothing; '7\\.900' -> only 098 (gần 7.900 lao động nhận việc làm). Other TNLĐ counts are other periods: 112 (quý II/2018, hơn 600 vụ), 156 (6 tháng 2023, 3.201 vụ)."),
    # ---------------- 387: Tổng LĐLĐ hỗ trợ NLĐ giảm giờ làm ----------------
    ("387_4d721f20b60f", "differs",
     "Có khoảng 2.300 doanh nghiệp gặp khó khăn, bị cắt giảm đơn hàng nên phải giảm giờ làm của người lao động, theo Tổng LĐLĐ Việt Nam.",
     "387_4d721f20b60f: \"Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.\" g.sh '2\\.300' -> 606 (2.300km), 608 (12.300 đơn vị máu), 1046 (2.300 lượt dự thi) - other things."),
    ("387_4d721f20b60f", "not_found",
     "Gói hỗ trợ tiếp nối Nghị quyết 06 của Tổng LĐLĐ Việt Nam dành cho người lao động bị giảm giờ làm, ngừng việc, mất việc dự kiến hỗ trợ 200.000 người lao động.",
     "387_4d721f20b60f gives the per-person amount (1-3 triệu) and ~1.300 doanh nghiệp, no count of workers to be supported. g.sh '200\\.000 (người|đoàn viên)|ngừng việc' -> 601/687/700: 200.000 đoàn viên/người lao động for \"Chợ tết công đoàn trực tuyến\" Xuân 2026 (500.000 đồng/người) - a different programme."),
    # ---------------- 401: Hội LHPN Hà Nội 2023 ----------------
    ("401_c44d076b8ff9", "not_found",
     "Tại chương trình giao lưu ngày 19/10/2023, Hội LHPN Hà Nội đã biểu dương 30 Chủ tịch Hội Phụ nữ cơ sở giỏi năm 2023.",
     "401_c44d076b8ff9 describes the ceremony (19/10/2023) with no count of those honoured (93 is the anniversary). g.sh '30 Chủ tịch|Chủ tịch Hội Phụ nữ cơ sở' -> 401 and 402 (national \"Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III\", no count)."),
    # ---------------- 404: Tháng Nhân đạo 2018 Hà Nội ----------------
    ("404_1248682899d1", "supported",
     "Khoảng 1.000 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô đã tham dự lễ phát động Tháng Nhân đạo 2018 tại tượng đài Lý Thái Tổ.",
     "404_1248682899d1 body: \"cùng các sở, ban, ngành thành phố Hà Nội và trên 1000 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô\"; title \"Gần 1000 người diễu hành phát động 'Tháng Nhân đạo' 2018\" (khoảng 1.000 fits both)."),
    ("404_1248682899d1", "differs",
     "Lễ phát động Tháng Nhân đạo năm 2018 của Hội Chữ thập đỏ TP Hà Nội thu hút gần 3.000 hội viên, tình nguyện viên Chữ thập đỏ tham gia.",
     "404_1248682899d1: \"trên 1000 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô\" / \"Gần 1000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự sự kiện\". 405_26391ad68e2d (same event) gives \"trợ giúp ... khoảng 2.000 - 3.000 lượt người có hoàn cảnh khó khăn\" - people helped during the month, another counted noun; g.sh '3\\.000 (hội viên|cán bộ|người)' no hit for participants."),
    # ---------------- 503: Tháng Nhân đạo 2022 (Thừa Thiên Huế) ----------------
    ("503_ee4c6ffbff68", "not_found",
     "Tại lễ phát động Tháng Nhân đạo năm 2022 ở Thừa Thiên Huế, Trung ương Hội Chữ thập đỏ Việt Nam đã trao 1.000 suất quà cho người có hoàn cảnh khó khăn.",
     "503_ee4c6ffbff68 gives no gift count for the 28/4/2022 ceremony; its \"hơn 3.200 phần quà Tết ... Xuân Nhâm Dần\" is a related-article teaser about another occasion. g.sh '1\\.000 suất|suất quà' -> other events only (067, 107, 128, 207, 276, 280, 988...). 460 (Hội CTĐ Hà Nội, Tháng Nhân đạo 2022: \"hỗ trợ cho trên 7.000 lượt người\") is another organisation/noun."),
    # ---------------- 524: LĐLĐ Nghệ An gặp mặt Chủ tịch CĐCS 2021 ----------------
    ("524_5e262b93a7cd", "supported",
     "Hội nghị gặp mặt Chủ tịch công đoàn cơ sở do LĐLĐ tỉnh Nghệ An tổ chức trực tuyến ngày 26/7/2021 có sự tham gia của 200 chủ tịch CĐCS khối doanh nghiệp.",
     "524_5e262b93a7cd: \"hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh.\""),
    ("524_5e262b93a7cd", "differs",
     "Các đại biểu dự hội nghị trực tuyến của Liên đoàn Lao động tỉnh Nghệ An hôm 26/7/2021 đại diện cho gần 5.000 chủ tịch công đoàn cơ sở trong tỉnh.",
     "524_5e262b93a7cd: \"200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh\". g.sh '5\\.000 Chủ tịch|5000 Chủ tịch' -> nothing."),
    # ---------------- 543: Chợ Tết Công đoàn Đà Nẵng 2026 ----------------
    ("543_d5db09f6fc8c", "supported",
     "Riêng tại điểm Chợ Tết Công đoàn chính ở Quảng trường Trung tâm hành chính phường Hòa Khánh, LĐLĐ thành phố Đà Nẵng sẽ cấp phát 30 nghìn phiếu mua hàng cho người lao động.",
     "543_d5db09f6fc8c: \"điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường Trung tâm hành chính phường Hòa Khánh ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng cho người lao động.\" (Đà Nẵng per caption \"Công nhân Đà Nẵng mua sắm tại các phiên chợ Tết Công đoàn\")."),
    ("543_d5db09f6fc8c", "differs",
     "Tại điểm Chợ Tết Công đoàn lưu động ở KCN Tam Thăng dịp Tết 2026, LĐLĐ thành phố Đà Nẵng phát 18.420 phiếu mua hàng cho công nhân.",
     "543_d5db09f6fc8c: \"Tại KCN Tam Thăng (diễn ra từ ngày 30-1 đến 1-2-2026, tức 12 đến 14 tháng Chạp, phát 14.820 phiếu)\". g.sh '18\\.420' -> nothing."),
    # ---------------- 549: Chiến dịch TNTN hè 2022, tuần đầu ----------------
    ("549_9d9b0f5c7ddc", "supported",
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, các công trình thanh niên các cấp được thực hiện có tổng giá trị hơn 54 tỷ đồng.",
     "549_9d9b0f5c7ddc: \"trong tuần đầu thực hiện Chiến dịch Thanh niên tình nguyện hè 2022 đã có hơn 4.000 công trình thanh niên các cấp được thực hiện với tổng giá trị hơn 54 tỉ đồng.\" (548: 444 tỉ is the whole 2022 campaign, another period)."),
    ("549_9d9b0f5c7ddc", "differs",
     "Tuần đầu chiến dịch Thanh niên tình nguyện hè năm 2022, tuổi trẻ cả nước đã thực hiện 249 công trình thanh niên cấp huyện.",
     "549_9d9b0f5c7ddc: \"90 công trình thanh niên cấp tỉnh trị giá 9,78 tỉ đồng; 429 công trình thanh niên cấp huyện trị giá 26,019 tỉ đồng; 3.610 công trình thanh niên cấp cơ sở\". g.sh '249' -> 643 (1.249 người vay), 718 - other things."),
    # ---------------- 622: Hội nghị UBTW MTTQ lần 6 khóa X ----------------
    ("622_81ae52ef2094", "differs",
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu tám vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ.",
     "622_81ae52ef2094: \"Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam, bầu 5 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ\". g.sh '8 vị|Đoàn Chủ tịch Ủy ban Trung ương' -> only 622."),
    # ---------------- 628: HĐND huyện Nga Sơn ----------------
    ("628_c53b3d02e9d1", "differs",
     "Ông Thịnh Văn Huyên được HĐND huyện Nga Sơn bầu giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 43 phiếu đồng ý.",
     "628_c53b3d02e9d1: \"giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%.\" g.sh '43 phiếu|43/43' -> nothing."),
    # ---------------- 669: Đại hội CĐCS Sở GTVT 2023-2028 ----------------
    ("669_af4c2de1f3b5", "not_found",
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023-2028, đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí.",
     "669_af4c2de1f3b5 (17/3/2023) states no size of the new BCH. g.sh '7 đồng chí|07 đồng chí' -> 662_858c9dd12965 \"Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm 07 đồng chí\" = CĐCS Sở Công Thương Sóc Trăng (same date, another organisation); 244 (another CĐ, Thanh Trì); 578 (Ban thẩm tra). g.sh 'Sở Giao thông' -> no BCH count."),
    # ---------------- 691: Quỹ Vì người nghèo tỉnh, 7/10/2022 ----------------
    ("691_396a6e5ab481", "differs",
     "Tại lễ phát động Tháng cao điểm \"Vì người nghèo\" sáng 7/10/2022 do Ủy ban MTTQ Việt Nam tỉnh tổ chức, có 64 cơ quan, đơn vị, doanh nghiệp và nhà hảo tâm ủng hộ Quỹ.",
     "691_396a6e5ab481: \"Quỹ 'Vì người nghèo' vừa đón nhận gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm ... tại lễ phát động Tháng cao điểm 'Vì người nghèo' (17/10 - 18/11), diễn ra sáng 7/10\". g.sh '64 cơ quan' -> nothing."),
    # ---------------- 769: Tháng cao điểm Vì người nghèo 2018 (Cư M'gar) ----------------
    ("769_0362b5a175b0", "not_found",
     "Từ nguồn Quỹ Vì người nghèo, Ủy ban MTTQ Việt Nam huyện Cư M'gar đã tặng 20 con bò sinh sản cho hộ nghèo trong năm 2018.",
     "769_0362b5a175b0 only shows (caption) a bò given to one family, no count. g.sh 'con bò|bò sinh sản|Cư M' -> 360 (54 con bò, another event), 460 (Hội CTĐ Hà Nội, hơn 70 con bò), 468 (Hà Nội, 40 con bò sinh sản) - other organisations/places."),
    # ---------------- 967: Quảng Trị phát triển đoàn viên 9 tháng 2024 ----------------
    ("967_240e5a455bbf", "supported",
     "Trong 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã vận động thành lập mới 23 công đoàn cơ sở.",
     "967_240e5a455bbf: \"trong 9 tháng đầu năm 2024, liên đoàn lao động (LĐLĐ) các huyện, thị xã, thành phố, các công đoàn ngành, Công đoàn Viên chức tỉnh Quảng Trị đã vận động thành lập mới được 23 CĐCS\"."),
    ("967_240e5a455bbf", "differs",
     "9 tháng đầu năm 2024, công đoàn tỉnh Quảng Trị kết nạp 1.141 đoàn viên ở những nơi đã có công đoàn cơ sở.",
     "967_240e5a455bbf: \"kết nạp 401 đoàn viên ở các công đoàn này; kết nạp 1.411 đoàn viên ở những nơi đã có CĐCS.\" g.sh '1\\.141' -> nothing (968 Quảng Trị 2022 target 2.500 is another year)."),
    # ---------------- 988: Tết Yêu thương Phú Lộc ----------------
    ("988_b4a1c9239923", "supported",
     "Tại chương trình \"Tết Yêu thương\", Liên đoàn Lao động huyện Phú Lộc trao 160 suất quà cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.",
     "988_b4a1c9239923: \"Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.\""),
    ("988_b4a1c9239923", "differs",
     "Chương trình Tết Yêu thương của LĐLĐ huyện Phú Lộc thu hút 84 đội đến từ các công đoàn cơ sở và Hội LHPN các xã, thị trấn.",
     "988_b4a1c9239923: \"Chương trình Tết Yêu thương diễn ra trong 1 ngày, với 48 đội đến từ các CĐCS và Hội LHPN các xã, thị trấn.\" g.sh '84 đội' -> nothing."),
    # ---------------- 218: Công đoàn ngành Giáo dục, năm học 2019-2020 ----------------
    ("218_e908280305f2", "not_found",
     "Kết thúc đợt thi đua thứ nhất năm học 2019-2020, Công đoàn ngành Giáo dục do bà Nguyễn Ngọc Huyền làm Chủ tịch đã khen thưởng 120 tập thể, cá nhân xuất sắc.",
     "218_e908280305f2 is a guidance note (two đợt thi đua; \"tuyên dương, khen thưởng các tập thể, cá nhân xuất sắc\" with no number; 37/90/45 năm are anniversaries). g.sh 'Nguyễn Ngọc Huyền|năm học 2019-2020' -> only 218 and 256 (no count); '[0-9]+ tập thể.{0,40}cá nhân' -> 159 (Hà Nội, năm học 2018-2019: 16 tập thể và 73 cá nhân Bằng khen Bộ GD&ĐT) = another year and organisation."),
]


def tidy(text):
    """One line, no tabs; ASCII double quotes -> typographic so the TSV needs no quoting."""
    text = text.replace("\t", " ").replace("\n", " ")
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
        rows.append([unicodedata.normalize("NFC", tidy(x)) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen108/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
