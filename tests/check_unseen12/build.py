#!/usr/bin/env python3
"""Build claims.tsv for the unseen12 claim set (batch-12 dev pages).

Plain Python (csv + unicodedata only). Each claim states ONE counted figure.
Columns: page_id, verdict, claim, why. Output is NFC-normalised and sorted by page_id
(stable: claims of one page keep the order written here).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ------------------------------------------------------------------ 542 Tết sum vầy, thị xã Hoàng Mai 2022
    ("542_2bc2120ebb1a", S,
     "Tại chương trình “Tết sum vầy - Xuân bình an” năm 2022 ở thị xã Hoàng Mai, tổ chức công đoàn đã trao tổng cộng 285 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "542_2bc2120ebb1a: \"Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn.\""),
    ("542_2bc2120ebb1a", D,
     "Trong chương trình Tết sum vầy năm 2022 tại thị xã Hoàng Mai, Liên đoàn Lao động tỉnh tặng 250 suất quà cho CNLĐ thuộc LĐLĐ thị xã.",
     "542_2bc2120ebb1a: \"LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai\" (200, not 250). ./g.sh '250 suất' -> no hit; 'Hoàng Mai' elsewhere is only the Hà Nội district (quận), no gift counts for thị xã Hoàng Mai."),
    ("542_2bc2120ebb1a", D,
     "Mỗi suất quà trao cho công nhân khó khăn tại chương trình “Tết sum vầy - Xuân bình an” 2022 của LĐLĐ thị xã Hoàng Mai trị giá 1 triệu đồng.",
     "542_2bc2120ebb1a: \"285 suất quà, mỗi suất quà trị giá 500.000 đồng\" (500 nghìn, not 1 triệu). ./g.sh '1 triệu đồng|1[.,]000[.,]000 đồng' -> only other events (128 ngành Xây dựng, 282 Chương Mỹ, 335 Ứng Hòa, 458 Hòa Bình), none about Hoàng Mai."),

    # ------------------------------------------------------------------ 543 Chợ Tết Công đoàn Đà Nẵng 2026
    ("543_d5db09f6fc8c", S,
     "LĐLĐ TP Đà Nẵng sẽ cấp phát 30 nghìn phiếu mua hàng cho người lao động tại điểm Chợ Tết Công đoàn chính ở Quảng trường Trung tâm hành chính phường Hòa Khánh dịp Tết 2026.",
     "543_d5db09f6fc8c: \"điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường Trung tâm hành chính phường Hòa Khánh từ ngày 5-2 đến 8-2-2026 ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng cho người lao động.\""),
    ("543_d5db09f6fc8c", D,
     "Tại điểm Chợ Tết Công đoàn lưu động ở KCN Tam Thăng (từ 30-1 đến 1-2-2026), Liên đoàn Lao động TP Đà Nẵng phát khoảng 18.500 phiếu mua hàng.",
     "543_d5db09f6fc8c: \"Tại KCN Tam Thăng (diễn ra từ ngày 30-1 đến 1-2-2026, tức 12 đến 14 tháng Chạp, phát 14.820 phiếu)\". ./g.sh '18[.,]?500' -> no hit; 'Tam Thăng' elsewhere only 168 (a Quảng Nam worker's award, no vouchers)."),
    ("543_d5db09f6fc8c", D,
     "Điểm Chợ Tết lưu động tại KCN Bắc Chu Lai dịp Tết 2026 được LĐLĐ thành phố Đà Nẵng phân bổ 8.000 phiếu mua hàng.",
     "543_d5db09f6fc8c: \"Tại KCN Bắc Chu Lai: (diễn ra từ ngày 2-2 đến 4-2-2026, tức 15 đến 17 tháng Chạp, phát 5.000 phiếu)\". ./g.sh '8[.,]000 phiếu' -> no hit; 'Chu Lai' only on 543."),

    # ------------------------------------------------------------------ 544 Hội LHPN quận Hà Đông, 8/3/2022
    ("544_73613f3ff3bd", S,
     "Dịp kỷ niệm 112 năm Ngày Quốc tế Phụ nữ 8/3, các chi hội phụ nữ quận Hà Đông đã thực hiện 268 phần việc như tặng quà hội viên yếu thế, neo đơn, người mắc bệnh hiểm nghèo.",
     "544_73613f3ff3bd: \"Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn, người mắc bệnh hiểm nghèo tại Viện K Tân Triều và Viện bỏng Quốc gia\""),
    ("544_73613f3ff3bd", D,
     "Chào mừng ngày 8/3/2022, các cấp Hội phụ nữ quận Hà Đông đã gắn biển 40 công trình.",
     "544_73613f3ff3bd: \"các cấp Hội phụ nữ từ quận tới cơ sở còn tổ chức gắn biển 25 công trình (xóa 10 điểm chân rác, khánh thành mới 02 sân chơi, ra mắt 13 vườn hoa...)\" (25, not 40). ./g.sh '40 công trình' -> no hit."),
    ("544_73613f3ff3bd", N,
     "Tuần lễ “Áo dài - di sản văn hóa Việt Nam” do Hội LHPN quận Hà Đông hưởng ứng dịp 8/3/2022 đã thu hút gần 1.500 hội viên phụ nữ tham gia.",
     "544 only says Hội LHPN quận Hà Đông \"Hội LHPN quận Hà Đông đã tổ chức hưởng ứng tuần lễ\" (“Áo dài - di sản văn hóa Việt Nam”) with no participant count. ./g.sh 'áo dài' -> 003 (17.000 bộ áo dài, Công đoàn Thủ đô), 059 (LĐLĐ quận Long Biên \"gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở\": dresses collected by another organisation, not Hà Đông women members), 545 (Quận 3). ./g.sh 'LHPN|Liên hiệp Phụ nữ|hội viên phụ nữ' -> 027/401/402 (20/10 anniversaries), no Hà Đông participant count."),

    # ------------------------------------------------------------------ 545 Hội LHPN Quận 3 (TPHCM), 8/3/2024
    ("545_555e3ee7ac16", S,
     "Hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” do Hội Liên hiệp Phụ nữ Quận 3 (TPHCM) tổ chức đã nhận được hơn 600 tác phẩm dự thi.",
     "545_555e3ee7ac16: \"tổ chức hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” với hơn 600 tác phẩm dự thi\""),
    ("545_555e3ee7ac16", D,
     "Ngày hội “Xuân yêu thương - Tết nghĩa tình” của Hội LHPN Quận 3 trao quà Tết cho hội viên khó khăn, trẻ em mồ côi, thanh niên nhập ngũ với tổng kinh phí hơn 850 triệu đồng.",
     "545_555e3ee7ac16: \"tổ chức Ngày hội “Xuân yêu thương - Tết nghĩa tình”, trao tặng quà tết cho hội viên phụ nữ có hoàn cảnh khó khăn, yếu thế, trẻ em mồ côi, thanh niên thi hành nghĩa vụ quân sự năm 2024 với tổng kinh phí hơn 625 triệu đồng\" (625, not 850). ./g.sh '850 triệu' -> no hit."),
    ("545_555e3ee7ac16", D,
     "Năm 2024, Hội LHPN Quận 3 tiếp tục ra mắt “Điểm áo dài 0 đồng” tại 6 phường.",
     "545_555e3ee7ac16: \"tiếp tục ra mắt “Điểm áo dài 0 đồng” tại 4 phường\" (4, not 6). ./g.sh '6 phường' -> no hit; 'Điểm áo dài' only on 545."),

    # ------------------------------------------------------------------ 547 Tỉnh đoàn: tổng kết Chiến dịch TNTN hè 2023 (one province)
    ("547_7c40b99db422", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè năm 2023, toàn tỉnh đã thực hiện các công trình thanh niên với tổng trị giá hơn 5,2 tỷ đồng.",
     "547_7c40b99db422: \"Toàn tỉnh thực hiện 211 công trình thanh niên với tổng trị giá hơn 5 tỷ 217 triệu đồng\" (5.217 triệu ~ hơn 5,2 tỷ)."),
    ("547_7c40b99db422", D,
     "Tổng kết Chiến dịch Thanh niên tình nguyện hè 2023, Tỉnh đoàn cho biết tuổi trẻ toàn tỉnh đã trồng mới hơn 200 nghìn cây xanh.",
     "547_7c40b99db422: \"Trồng mới 165.214 cây xanh\" (about 165 nghìn, not over 200 nghìn). ./g.sh '200[.,]000 cây|200 nghìn cây' -> no hit; the national 2023 target on 550 is \"ít nhất 6 triệu cây xanh\" (another scope)."),
    ("547_7c40b99db422", D,
     "Qua Chiến dịch Thanh niên tình nguyện hè năm 2023, toàn tỉnh xây dựng mới 40 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú.",
     "547_7c40b99db422: \"Xây dựng mới 28 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú\" (28, not 40). ./g.sh '40 nhà' -> only 120 (\"40 nhà giáo\"); 550's \"ít nhất 1.000 nhà nhân ái\" is the national target."),

    # ------------------------------------------------------------------ 548 TW Đoàn tổng kết hè 2022 + Tỉnh Đoàn Lâm Đồng
    ("548_fe351f429c57", S,
     "Theo tổng kết của Trung ương Đoàn, Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia.",
     "548_fe351f429c57: \"Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia\""),
    ("548_fe351f429c57", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2022, Tỉnh Đoàn Lâm Đồng duy trì các đội hình thanh niên tình nguyện với hơn 1.700 tình nguyện viên.",
     "548_fe351f429c57: \"Trong Chiến dịch năm nay, toàn tỉnh đã duy trì được 75 đội hình thanh niên tình nguyện với 1.704 tình nguyện viên\" (1.704 ~ hơn 1.700)."),
    ("548_fe351f429c57", D,
     "Tổng kinh phí các công trình thanh niên trong Chiến dịch Thanh niên tình nguyện hè 2022 tăng hơn 70% so với năm 2021.",
     "548_fe351f429c57: \"với tổng kinh phí là 444 tỉ đồng (tăng 61,96% so với năm 2021)\" (61,96%, not over 70%; the 9,56% on the same page is the rise in the number of công trình). ./g.sh '7[0-9]([,.][0-9]+)? ?%' -> only 098 (việc làm 74,3%), 175 (đại biểu là đảng viên 78,43%), 295 (trợ cấp thất nghiệp 71%)."),

    # ------------------------------------------------------------------ 549 TW Đoàn: tuần đầu hè 2022
    ("549_9d9b0f5c7ddc", S,
     "Chỉ trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022 (29/5 – 5/6), cả nước đã thực hiện hơn 4 nghìn công trình thanh niên các cấp.",
     "549_9d9b0f5c7ddc: \"trong tuần đầu thực hiện Chiến dịch Thanh niên tình nguyện hè 2022 đã có hơn 4.000 công trình thanh niên các cấp được thực hiện với tổng giá trị hơn 54 tỉ đồng\"; \"tuần đầu thực hiện chiến dịch Thanh niên tình nguyện hè năm 2022 (29/5 – 5/6/2022)\". (548's hơn 26.400 is the whole campaign, not the first week.)"),
    ("549_9d9b0f5c7ddc", D,
     "Tổng nguồn lực vận động hỗ trợ Chiến dịch Thanh niên tình nguyện hè 2022 trong lễ ra quân tại huyện Bá Thước (Thanh Hóa) là hơn 45 tỉ đồng.",
     "549_9d9b0f5c7ddc: \"Tổng nguồn lực được vận động hỗ trợ chiến dịch Thanh niên tình nguyện hè 2022 trong lễ ra quân là hơn 32 tỉ đồng.\" (32, not 45). ./g.sh '45 t[ỉỷ]' -> only 452 (hỗ trợ người lao động, another thing)."),
    ("549_9d9b0f5c7ddc", N,
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2022 của Trung ương Đoàn tại huyện Bá Thước thu hút khoảng 1.000 đoàn viên, thanh niên tham gia.",
     "549 gives no participant count for the Bá Thước ceremony (only \"thành lập 6 đoàn công tác\" and \"hơn 32 tỉ đồng\"). ./g.sh 'Bá Thước' -> only 549. ./g.sh 'ra quân' / '1[.,]000 (đoàn viên|thanh niên|bạn trẻ)' -> 519 \"khoảng 1.000 bạn trẻ\" is the Xuân tình nguyện 2026 campaign of phường Thủ Đức; 469 \"gần 400 đoàn viên\" is Hà Nội's hè 2023 ra quân; 392 (Hà Nội hè 2022 ra quân) gives no participant count."),

    # ------------------------------------------------------------------ 550 TW Đoàn kế hoạch hè 2023 (chỉ tiêu)
    ("550_47914fdae7e5", S,
     "Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất sáu triệu cây xanh trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
     "550_47914fdae7e5: \"Một số chỉ tiêu Trung ương Đoàn đặt ra gồm: ... trồng mới ít nhất 6 triệu cây xanh\""),
    ("550_47914fdae7e5", D,
     "Theo kế hoạch Chiến dịch Thanh niên tình nguyện hè 2023, Trung ương Đoàn đặt mục tiêu xây dựng ít nhất 2.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú.",
     "550_47914fdae7e5: \"Xây dựng ít nhất 1.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú\" (1.000, not 2.000). ./g.sh '2[.,]000 nhà' -> no hit; 547's 28 nhà is one province's result."),
    ("550_47914fdae7e5", N,
     "Kế hoạch Chiến dịch Thanh niên tình nguyện hè 2023 của Trung ương Đoàn đặt chỉ tiêu vận động hiến ít nhất 150.000 đơn vị máu.",
     "550's list of targets has no blood-donation target (5 triệu lượt, 1.000 nhà, 6 triệu cây, 3.000km/600km đường, 3 triệu lượt năng lực số, 800.000, 200.000, 350.000). ./g.sh 'đơn vị máu' -> 460 \"hơn 150.000 đơn vị máu\" is Hội Chữ thập đỏ TP Hà Nội's result for 5 tháng đầu năm 2022; 347 (558, LĐLĐ TP HCM), 405 (400), 519 (200, Xuân tình nguyện Thủ Đức 2026): other organisations/campaigns. ./g.sh '150[.,]000' -> also 406 (150.000 lượt người, Tháng Nhân đạo)."),

    # ------------------------------------------------------------------ 551 Hà Nội phát động Tháng Công nhân 2024 (19/4)
    ("551_de5cd76ae6d9", S,
     "Tại Lễ phát động Tháng hành động an toàn vệ sinh lao động và Tháng Công nhân năm 2024 của Hà Nội sáng 19/4, 200 công nhân lao động được khám sức khỏe miễn phí.",
     "551_de5cd76ae6d9: \"Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí\". (001 and 220 cover the same 19/4 launch with no figures.)"),
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng Công nhân 2024, lãnh đạo TP Hà Nội trao quà cho 150 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp.",
     "551_de5cd76ae6d9: \"lãnh đạo thành phố Hà Nội trao quà cho 100 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp; 100 phần quà cho con công nhân lao động\" (100, not 150). ./g.sh '150 công nhân' -> no hit; 001/220 (same launch) give no count; 498 (106 phần quà) is another province."),
    ("551_de5cd76ae6d9", N,
     "Mỗi phần quà lãnh đạo TP Hà Nội trao cho công nhân lao động tại lễ phát động Tháng Công nhân năm 2024 trị giá 1 triệu đồng.",
     "551 gives the number of gifts (100 + 100) but no value per gift. ./g.sh 'Tháng (hành động|Công nhân).{0,40}2024' -> 001, 220 (same launch, no values), 213 (TP HCM), 264 (Ba Vì, Đông Anh teasers), 388 (Hà Tĩnh), 498 (another province, 106 phần quà). ./g.sh '1 triệu đồng|1[.,]000[.,]000 đồng' -> 128, 282, 335, 458: other events."),

    # ------------------------------------------------------------------ 561 Chủ tịch LĐLĐ tỉnh Thanh Hóa (no counted figure on the page)
    ("561_5f236378bb40", N,
     "Ban Chấp hành LĐLĐ tỉnh Thanh Hóa nhiệm kỳ 2023-2028, nơi ông Lương Trọng Thành được bổ sung làm Chủ tịch, có 45 ủy viên.",
     "561 names the decision (\"quyết định số 373 ngày 5-11-2025\") but never counts BCH members. ./g.sh 'Thanh Hóa' -> 074 (Cụm thi đua 6), 177 (\"1 triệu sáng kiến\"), 267 (Tết trips), 549 (Bá Thước); no BCH size. ./g.sh '45 ủy viên|45 người' -> no hit; other BCH sizes (115 Bình Định 35, 101/247 Tổng LĐLĐ 161) belong to other organisations."),
    ("561_5f236378bb40", N,
     "Liên đoàn Lao động tỉnh Thanh Hóa, do ông Lương Trọng Thành vừa được chỉ định làm Chủ tịch, hiện có hơn 300.000 đoàn viên công đoàn.",
     "561 gives no membership figure. ./g.sh 'Thanh Hóa' (as above) -> no membership count for Thanh Hóa; ./g.sh '300[.,]000 đoàn viên|300 nghìn' -> only 458 (\"300 nghìn đồng\" voucher value)."),

    # ------------------------------------------------------------------ 563 Thủ tướng đối thoại với công nhân (2016)
    ("563_c39e3be4e916", S,
     "Sáng 30-4-2016 tại Đồng Nai, Thủ tướng Nguyễn Xuân Phúc dự kiến gặp gỡ, đối thoại với công nhân lao động của tám tỉnh miền Đông Nam Bộ.",
     "563_c39e3be4e916: \"dự kiến, sáng 30-4, tại Đồng Nai, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ có buổi gặp gỡ, đối thoại, lắng nghe nguyện vọng của công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, Long An, Tây Ninh, Bình Thuận, Bình Dương, Bình Phước)\" (tám = 8). (The 3.000 công nhân of this page is only in its headline, so it is not used.)"),
    ("563_c39e3be4e916", N,
     "Trong Tháng Công nhân năm 2016, Tổng Liên đoàn Lao động Việt Nam dự kiến trao 1.000 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "563 gives no gift count for Tháng công nhân 2016. ./g.sh 'năm 2016' -> 002, 106, 230, 261, 278 (Hà Nội units, no Tháng công nhân gifts); ./g.sh 'Tháng [Cc]ông nhân.{0,100}(suất quà|phần quà)' -> only 498 (2024, another province); ./g.sh '1[.,]000 suất quà' -> no hit."),

    ("563_c39e3be4e916", N,
     "Lễ kỷ niệm 130 năm Ngày Quốc tế Lao động 1-5 và phát động Tháng Công nhân năm 2016 do Tổng LĐLĐ Việt Nam tổ chức có khoảng 1.000 đại biểu, công nhân tham dự.",
     "563 reports the press briefing about this ceremony and gives no attendance for it. ./g.sh 'Quốc tế Lao động' -> 007 (Công đoàn các KCN và chế xuất Hà Nội, lễ kỷ niệm 135 năm, 2021, \"hơn 1.000 công nhân lao động\"), 256, 314: other years/organisers; ./g.sh '130 năm' -> only birthday anniversaries (004, 108, 350); ./g.sh '93 đại biểu|đại biểu tham dự' -> 313 (Hà Nội ATVSLĐ 2022 launch, dự kiến 1.000 đại biểu): another year and organiser."),

    # ------------------------------------------------------------------ 565 Giao lưu trực tuyến về bầu cử (Báo LĐTĐ)
    ("565_14c4f7e02d5d", S,
     "Buổi giao lưu trực tuyến “Bầu cử - ngày hội lớn toàn dân” do Báo Lao động Thủ đô tổ chức có gần 200 công nhân khu vực Kim Chung tham dự.",
     "565_14c4f7e02d5d: \"Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung, thuộc Công đoàn Khu công nghiệp và Chế xuất Hà Nội.\""),
    ("565_14c4f7e02d5d", D,
     "Ba chuyên gia đã trực tiếp trả lời công nhân tại buổi tọa đàm, giao lưu trực tuyến về bầu cử do Báo LĐTĐ tổ chức.",
     "565_14c4f7e02d5d: \"Hai chuyên gia trực tiếp trả lời tọa đàm, giao lưu hôm nay với công nhân là Tiến sỹ Nguyễn Sỹ Dũng ... Luật sư Nguyễn Văn Hà\" (two, not three). ./g.sh '[0-9]+ chuyên gia|hai chuyên gia|ba chuyên gia' over the other pages -> no hit."),
    ("565_14c4f7e02d5d", N,
     "Tại buổi giao lưu trực tuyến “Bầu cử - ngày hội lớn toàn dân”, Ban tổ chức nhận được hơn 50 câu hỏi của công nhân lao động.",
     "565 counts participants and experts, never questions. ./g.sh 'câu hỏi' -> 003 (8 sở trả lời, Hà Nội dialogue), 082, 206, 575 caption: none counts questions at this event; ./g.sh '50 câu hỏi' -> no hit."),

    # ------------------------------------------------------------------ 567 HĐND TP Hà Nội bầu Chủ tịch UBND (22-7-2022) (no counted figure on the page)
    ("567_c411a9192e99", N,
     "Chiều 22-7-2022, ông Trần Sỹ Thanh được HĐND TP Hà Nội bầu làm Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với 97,87% số phiếu.",
     "567 announces the session; no vote result. ./g.sh 'Trần Sỹ Thanh' -> 082, 105, 160, 196, 251, 377, 398: no vote share for his election as Chủ tịch UBND. ./g.sh '97,87' -> 352 \"ông Chu Ngọc Anh tiếp tục được bầu ... với số phiếu 92/94 (chiếm 97,87%)\": another person, the 23/6/2021 session, so not this thing; 533 (kỳ họp thứ 27, \"100% đại biểu có mặt\" for bà Phùng Thị Hồng Hà as Chủ tịch HĐND) is another session and office."),
    ("567_c411a9192e99", N,
     "Kỳ họp thứ tám (kỳ họp chuyên đề) của HĐND TP Hà Nội khóa XVI ngày 22-7-2022 có 93 đại biểu tham dự.",
     "567 gives no attendance. ./g.sh 'đại biểu (HĐND|Hội đồng nhân dân)|kỳ họp thứ' -> 116/117 \"105 đại biểu HĐND TP khóa XV\" (the previous term), 352 (92/94 votes, 2021), 533 (kỳ họp thứ 27), 534 (kỳ họp thứ nhất): none counts attendance at this session. ./g.sh '93 đại biểu|đại biểu tham dự' -> only 313 (ATVSLĐ 2022 launch, 1.000 đại biểu)."),

    # ------------------------------------------------------------------ 569 Ninh Thuận: kế hoạch Tháng hành động ATVSLĐ 2021 (no counted figure)
    ("569_f9c6393603e9", N,
     "Kế hoạch số 871/KH-UBND của tỉnh Ninh Thuận đặt mục tiêu giảm 5% số vụ tai nạn lao động trong năm 2021.",
     "569 states the plan's purpose in words only (\"đẩy mạnh các chương trình phòng ngừa tai nạn lao động\"), no numeric target. ./g.sh 'Ninh Thuận' -> only seed 001 (du lịch) besides 569. ./g.sh 'tai nạn lao động.{0,80}%|%.{0,80}tai nạn lao động' -> only 330 (tỷ lệ thương tật 41%); ./g.sh '5% số vụ|giảm 5%' -> no hit."),
    ("569_f9c6393603e9", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2021 của tỉnh Ninh Thuận dự kiến có 1.000 đại biểu tham dự.",
     "569 only says the Sở LĐ-TB&XH will prepare \"kịch bản, kế hoạch tổng thể tổ chức Lễ phát động\"; no attendance. ./g.sh 'Tháng hành động.{0,60}2021' -> only 569. ./g.sh '93 đại biểu|đại biểu tham dự' -> 313 \"Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long (huyện Đông Anh, Hà Nội), dự kiến có 1.000 đại biểu tham dự\": another year and place, so not this thing."),

    # ------------------------------------------------------------------ 570 Đà Nẵng: LĐLĐ thành phố (mới), hội nghị 4-7-2025
    ("570_94bd87e8af05", S,
     "Ban Thường vụ Liên đoàn Lao động thành phố Đà Nẵng (mới) ra mắt tại hội nghị ngày 4-7-2025 có 22 ủy viên.",
     "570_94bd87e8af05: \"Ngày 4-7, Liên đoàn Lao động thành phố tổ chức hội nghị công bố các quyết định ...\"; \"Ban Thường vụ Liên đoàn Lao động thành phố có 22 ủy viên.\""),
    ("570_94bd87e8af05", S,
     "Ủy ban Kiểm tra LĐLĐ TP Đà Nẵng được công bố tại hội nghị ngày 4-7-2025 gồm 8 ủy viên.",
     "570_94bd87e8af05: \"Ủy ban Kiểm tra Liên đoàn Lao động thành phố có 8 ủy viên.\""),
    ("570_94bd87e8af05", D,
     "Ban Chấp hành Liên đoàn Lao động TP Đà Nẵng ra mắt tại hội nghị công bố quyết định ngày 4-7-2025 gồm 45 ủy viên.",
     "570_94bd87e8af05: \"Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên.\" (32, not 45). ./g.sh '45 ủy viên|45 người' -> no hit; 571 (Đại hội 13-12-2025) gives no BCH size."),

    # ------------------------------------------------------------------ 571 Đại hội Công đoàn TP Đà Nẵng lần thứ I (13-12-2025)
    ("571_2651997a46fd", S,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 diễn ra ngày 13-12 với 300 đại biểu chính thức tham dự.",
     "571_2651997a46fd: \"Đại hội có sự tham dự của các đồng chí lãnh đạo thành phố, ... cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng.\""),
    ("571_2651997a46fd", S,
     "Trước khi hợp nhất, LĐLĐ TP Đà Nẵng và LĐLĐ tỉnh Quảng Nam quản lý hơn 3,3 nghìn công đoàn cơ sở, nghiệp đoàn cơ sở.",
     "571_2651997a46fd: \"Trước khi hợp nhất, Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam trước đây quản lý 3.382 công đoàn cơ sở, nghiệp đoàn cơ sở với 407.936 đoàn viên.\" (3.382 ~ hơn 3,3 nghìn)."),
    ("571_2651997a46fd", D,
     "Các đại biểu dự Đại hội Công đoàn TP Đà Nẵng lần thứ I đại diện cho khoảng 260.000 đoàn viên trên địa bàn thành phố.",
     "571_2651997a46fd: \"300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng\" (about 216 nghìn, not 260 nghìn; the 407.936 on the same page is the pre-merger total of Đà Nẵng + Quảng Nam). ./g.sh '260' -> only 298 (12.260 đoàn viên, ngành Giáo dục Hà Nội)."),

    # ------------------------------------------------------------------ 572 LĐLĐ TP.HCM khóa I (2025-2030)
    ("572_92a9a3f61f3b", S,
     "Theo quyết định của Tổng LĐLĐ Việt Nam, Ban Chấp hành LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 có 65 thành viên.",
     "572_92a9a3f61f3b: \"Theo quyết định, Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên\" (khóa I, nhiệm kỳ 2025-2030)."),
    ("572_92a9a3f61f3b", D,
     "LĐLĐ TP.HCM khóa I có 8 Phó Chủ tịch, trong đó ông Võ Khắc Thái giữ nhiệm vụ Phó Chủ tịch Thường trực.",
     "572_92a9a3f61f3b: \"10 Phó chủ tịch LĐLĐ TP.HCM khóa I, gồm Ông Võ Khắc Thái (giữ nhiệm vụ Phó chủ tịch Thường trực LĐLĐ TP.HCM), ...\" (ten names listed, not 8). ./g.sh '8 [Pp]hó [Cc]hủ tịch' -> no hit; 340/446 (LĐLĐ TP.HCM 2023-2028 term) give no such count."),
    ("572_92a9a3f61f3b", D,
     "Ủy ban Kiểm tra Liên đoàn Lao động Thành phố Hồ Chí Minh khóa I gồm 11 thành viên, do ông Phạm Chí Tâm làm Chủ nhiệm.",
     "572_92a9a3f61f3b: \"Ủy ban Kiểm tra LĐLĐ TP.HCM gồm 15 thành viên, trong đó ông Phạm Chí Tâm ... được chỉ định là Chủ nhiệm Ủy ban.\" (15, not 11). ./g.sh '11 thành viên' -> no hit; ./g.sh 'Ủy ban Kiểm tra.{0,30}[0-9]' -> 115 (Bình Định, 9 người), 249 (Hà Nội công đoàn xã): other organisations."),

    # ------------------------------------------------------------------ 573 Đại hội CĐCS Bệnh viện ĐK tỉnh Vĩnh Phúc (no counted figure)
    ("573_cc985cab2d28", N,
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 ngày 21/7/2017 đã bầu Ban Chấp hành gồm 9 ủy viên.",
     "573 only says the congress was held (\"ngày 21/7/2017, Công đoàn Bệnh viện đa khoa Tỉnh tổ chức Đại hội công đoàn cơ sở Bệnh viện, nhiệm kỳ 2017 - 2022\"); no BCH size. ./g.sh 'Vĩnh Phúc' -> only 067 (phường Vĩnh Phúc, Ba Đình). ./g.sh 'Ban Chấp hành.{0,40}(gồm|có) [0-9]+' -> seed 000 (Marie Curie, 7), 079, 101, 115, 244 (7 đồng chí), 348: other organisations. ./g.sh 'gồm 9 ' -> only 578 (Đoàn Chủ tịch Hưng Yên)."),
    ("573_cc985cab2d28", N,
     "Công đoàn Bệnh viện đa khoa tỉnh Vĩnh Phúc có hơn 800 đoàn viên tại thời điểm Đại hội nhiệm kỳ 2017-2022.",
     "573 gives no membership. ./g.sh 'Vĩnh Phúc' -> only 067 (Ba Đình ward); ./g.sh 'Bệnh viện (đa khoa|ĐK)' -> 118 (Xanh Pôn), 142, 228 (Hà Đông): other hospitals; ./g.sh '800 đoàn viên' -> no hit."),

    # ------------------------------------------------------------------ 575 LĐLĐ TP Hà Nội: đối thoại, thương lượng tập thể (no counted figure in body)
    ("575_ae0f88c8df66", N,
     "Buổi đối thoại giữa lãnh đạo UBND TP Hà Nội với công nhân lao động năm 2019 có khoảng 500 công nhân tham dự.",
     "575 mentions the 2019 dialogue only in a photo caption, with no count. ./g.sh 'đối thoại' (Hà Nội, Chủ tịch UBND) -> seed 000 (2023), seed 003, 082/160 (2024), 224 (Nguyễn Đức Chung, no year, no count): none counts attendance at a 2019 dialogue. ./g.sh 'khoảng 500|500 đại biểu' -> no hit; 057 \"gần 500 công nhân lao động\" is a Tết 2018 homeward trip."),
    ("575_ae0f88c8df66", N,
     "Năm 2019, trên địa bàn Thủ đô xảy ra 12 cuộc ngừng việc tập thể.",
     "575 speaks of \"giảm thiểu tranh chấp lao động và đình công\" without numbers. ./g.sh 'ngừng việc|đình công' -> 173 \"năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ\" is nationwide and another year; 061/387 (Covid support). ./g.sh '12 cuộc|12 vụ' -> no hit."),

    # ------------------------------------------------------------------ 576 LĐLĐ quận Thủ Đức, 90 năm CĐVN (28-7-2019)
    ("576_79a602ffcfd7", S,
     "Dịp kỷ niệm 90 năm ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức (TP HCM) trao tặng 9 sổ tiết kiệm cho cán bộ công đoàn có hoàn cảnh khó khăn.",
     "576_79a602ffcfd7: \"LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn.\""),
    ("576_79a602ffcfd7", D,
     "Tại lễ kỷ niệm tối 28-7, LĐLĐ quận Thủ Đức trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn” cho 15 cán bộ công đoàn.",
     "576_79a602ffcfd7: \"trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức CĐ\" cho 10 cán bộ CĐ\" (10, not 15). ./g.sh 'Kỷ niệm chương' -> 415 (Hải An), 524 (4 cán bộ, Kha Văn Tám's LĐLĐ tỉnh): other organisations; ./g.sh '15 cán bộ' -> only 233 (1.415 cán bộ, giáo viên)."),
    ("576_79a602ffcfd7", N,
     "LĐLĐ quận Thủ Đức (TP HCM) hiện có hơn 30.000 đoàn viên công đoàn.",
     "576 gives no membership. ./g.sh 'Thủ Đức' -> 167 (Bê tông Ly tâm Thủ Đức - Long An), 519 (Đoàn phường Thủ Đức, khoảng 1.000 bạn trẻ): no LĐLĐ membership; ./g.sh '30[.,]000 đoàn viên|30 nghìn đoàn viên' -> no hit."),

    # ------------------------------------------------------------------ 577 Đoàn đại biểu Hưng Yên dự Đại hội XII CĐVN (2018)
    ("577_df0527edc304", S,
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm mười hai người.",
     "577_df0527edc304: \"Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người đại diện cho công nhân viên chức, người lao động trên địa bàn tỉnh.\" (mười hai = 12)."),
    ("577_df0527edc304", N,
     "Trong đoàn đại biểu Hưng Yên dự Đại hội XII Công đoàn Việt Nam năm 2018 có 5 đại biểu nữ.",
     "577 gives only the total (12). ./g.sh 'Hưng Yên' -> 425 (Tháng Công nhân 2022 gifts), 578 (Đại hội XIX, 2023): no gender split. ./g.sh '5 đại biểu nữ|đại biểu nữ' -> no hit (175's \"đại biểu là nữ chiếm 37,05%\" is another body)."),

    # ------------------------------------------------------------------ 578 Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX (13/10/2023)
    ("578_5debbd11f60b", S,
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023-2028 có gần 290 đại biểu chính thức tham dự.",
     "578_5debbd11f60b: \"Ban Tổ chức Tỉnh ủy và 289 đại biểu chính thức đại diện cho gần 200 nghìn cán bộ, đoàn viên, công nhân, viên chức, lao động trong tỉnh\" (289 ~ gần 290)."),
    ("578_5debbd11f60b", D,
     "Ngày làm việc thứ nhất, Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Đoàn Chủ tịch Đại hội gồm 11 đồng chí.",
     "578_5debbd11f60b: \"ngày làm việc thứ nhất Đại hội đã tiến hành bầu Đoàn Chủ tịch Đại hội gồm 9 đồng chí, bầu Đoàn thư ký gồm 2 đồng chí và bầu Ban thẩm tra tư cách đại biểu gồm 7 đồng chí\" (9, not 11). ./g.sh 'gồm 11 đồng chí|11 đồng chí' -> only 348 (Ban Thường vụ Đảng bộ huyện Sóc Sơn)."),
    ("578_5debbd11f60b", N,
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XIX gồm 35 ủy viên.",
     "578 covers only the first working day (Đoàn Chủ tịch 9, Đoàn thư ký 2, Ban thẩm tra 7); no BCH elected. ./g.sh 'Hưng Yên' -> 425, 577: no BCH size. ./g.sh '35 ủy viên|gồm 35' -> 115 \"Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người\" (another province's congress), 348 (Đảng bộ Sóc Sơn)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        assert not any(c in x for x in (page_id, claim, why) for c in "\t\r\n"), page_id
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps the written order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as fh:
        # No field holds a tab or newline, so rows are written unquoted (plain TSV).
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), "claims", counts)


if __name__ == "__main__":
    main()
