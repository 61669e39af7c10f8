#!/usr/bin/env python3
"""Claim set for `ldtd check`, written blind to the checker (see README.md).
Writes claims.tsv (NFC, sorted by page_id)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 088 ----------------
    ("088_0a1be225e5a4", D,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam triển khai mức chi hỗ trợ Tết Tân Sửu 2021 đã bầu bổ sung sáu ủy viên BCH khóa XII.",
     "088: 'Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII, nhiệm kỳ 2018-2023' (4 names listed). "
     "g.sh 'bầu bổ sung (6|sáu)' -> 0 hits. Note 1242 ('bầu bổ sung 18 ủy viên Ban Chấp hành' at Hội nghị lần thứ 10, 12-1, khóa XII) is another session and also not 6."),
    # ---------------- 094 ----------------
    ("094_a583a5e0c0ff", D,
     "Từ đầu năm 2023, khoảng 6.500 công đoàn cơ sở thuộc LĐLĐ thành phố Hà Nội đã tổ chức xong đại hội nhiệm kỳ 2023 - 2028.",
     "094: 'từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; "
     "seed 003: '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028'. g.sh '6\\.500|6500' -> only '56.500 công nhân' (Công nhân giỏi) and '6.500 tấn' rác."),
    # ---------------- 1004 ----------------
    ("1004_3bfcfe4709c1", S,
     "Trước thềm năm học mới, Công đoàn Giáo dục Việt Nam đã trao mười ba phần quà cho cán bộ, giáo viên, người lao động ngành giáo dục tỉnh Tiền Giang có hoàn cảnh khó khăn.",
     "1004: 'Công đoàn giáo dục Việt Nam đã trao tặng 13 phần quà cho cán bộ , giáo viên và người lao động trong ngành giáo dục tỉnh Tiền Giang có hoàn cảnh khó khăn'."),
    ("1004_3bfcfe4709c1", D,
     "Các phần quà Công đoàn Giáo dục Việt Nam trao cho giáo viên khó khăn ở Tiền Giang có tổng trị giá 65 triệu đồng, trích từ Quỹ xã hội của ngành.",
     "1004: 'Tổng trị giá các phần quà 45 triệu đồng, nguồn kinh phí từ “ Quỹ xã hội” của công đoàn giáo dục Việt Nam'. "
     "g.sh '65 triệu' -> 455 (nhà Mái ấm Ninh Sơn) and '565 triệu' (933), neither about these gifts."),
    # ---------------- 1050 ----------------
    ("1050_ae670c71dab7", D,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP.HCM Phạm Trọng Nhân đã trao quyết định chỉ định cho 12 công đoàn phường thuộc khu vực Dĩ An, Thuận An (tỉnh Bình Dương cũ).",
     "1050: 'Tại tổ công tác số 4, ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM, đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ, gồm 8 phường'. "
     "g.sh '12 công đoàn phường|12 Công đoàn' -> 0 hits."),
    # ---------------- 114 ----------------
    ("114_68d1a04f6177", S,
     "Trong đợt tiêm vaccine Covid-19 cho công nhân, TP Hồ Chí Minh bố trí tổng cộng 460 đội tiêm tại các khu công nghiệp, khu chế xuất, Khu Công nghệ cao và Công ty PouYuen.",
     "114: 'Cả đợt này, tổng cộng có 460 đội tiêm cho gần 105.000 người ở các khu công nghiệp, khu chế xuất, khu Công nghệ cao, Công viên phần mềm Quang Trung và Công ty PouYuen'."),
    ("114_68d1a04f6177", D,
     "Đợt tiêm vaccine Covid-19 diện rộng cho công nhân ngày 22/6/2021 ở TP.HCM dự kiến phủ khoảng 150 nghìn người lao động tại các KCN, KCX.",
     "114: 'tổng cộng có 460 đội tiêm cho gần 105.000 người ở các khu công nghiệp, khu chế xuất...'. g.sh '150\\.000|150 nghìn' -> only 406 (Tháng Nhân đạo: 150.000 lượt người được trợ giúp) and 460 (150.000 đơn vị máu)."),
    # ---------------- 1189 ----------------
    ("1189_e352b2061a84", D,
     "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI đã tuyên dương 42 cá nhân điển hình tiên tiến xuất sắc tiêu biểu.",
     "1189: 'gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến'. g.sh '42 cá nhân' -> 0 hits."),
    ("1189_e352b2061a84", N,
     "Khoảng 350 đại biểu đã tham dự Đại hội thi đua yêu nước trong CNVCLĐ ngành Dệt May Việt Nam lần thứ VI ngày 12/9/2025.",
     "1189 counts only '03 điểm cầu (Bắc, Trung, Nam)' and the honoured 10 tập thể / 24 / 107 cá nhân; no attendance figure. "
     "g.sh 'Dệt May.{0,120}(đại biểu|điểm cầu)' -> only the 03 điểm cầu line; g.sh 'Dệt May.{0,200}(tập thể|cá nhân|đại biểu)' -> 133/266 (Dệt May Hà Nội 2021, no delegates) and 1189."),
    # ---------------- 1243 ----------------
    ("1243_2795c7a9ce80", S,
     "Đồng chí Nguyễn Việt Hoa được tín nhiệm bầu giữ chức Chủ tịch Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018 - 2023 với 100% số phiếu.",
     "1243: 'Đ/c Nguyễn Việt Hoa, được Ban Thường vụ huyện ủy Thới Bình điều động giới thiệu tham gia Ban Chấp hành, Ban Thường vụ bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%'."),
    # ---------------- 279 ----------------
    ("279_02746b04c550", S,
     "Chương trình “Tết sum vầy” năm 2019 trên 63 tỉnh, thành phố đã trao cho đoàn viên, người lao động tổng số tiền hơn 3 nghìn tỷ đồng.",
     "279: 'Chương trình “Tết sum vầy” năm 2019 được triển khai trên 63 tỉnh, thành phố và nhiều ngành trung ương với tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng' (lead paragraph of the article body)."),
    ("279_02746b04c550", D,
     "Tổng số tiền chăm lo “Tết sum vầy” năm 2019 cho đoàn viên, người lao động tăng 35% so với năm 2018, theo Tổng LĐLĐ Việt Nam.",
     "279: '... là 3.052,6 tỷ đồng, tăng 48% so với năm 2018'. g.sh '35%' -> 0 hits."),
    # ---------------- 313 ----------------
    ("313_1415405c4e17", D,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 của Hà Nội tại KCN Bắc Thăng Long dự kiến đón 1.500 đại biểu.",
     "313: 'Lễ phát động ... năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long (huyện Đông Anh, Hà Nội), dự kiến có 1.000 đại biểu tham dự'. "
     "g.sh '1\\.500 đại biểu|1500 đại biểu' -> 0 hits; g.sh 'Bắc Thăng Long' -> only 313."),
    ("313_1415405c4e17", N,
     "Trong Tháng hành động về ATVSLĐ năm 2022, TP Hà Nội lên kế hoạch thanh tra, kiểm tra 200 doanh nghiệp.",
     "313 only says 'TP Hà Nội sẽ tăng cường tổ chức thanh tra, kiểm tra về công tác ATVSLĐ' with no count. "
     "g.sh 'thanh tra.{0,100}(doanh nghiệp|DN)|kiểm tra.{0,60}[0-9]+ (doanh nghiệp|DN)' -> only 312 (national, 'tại một số doanh nghiệp', no number). "
     "Other Tháng Công nhân 2022 figures (041: 100 Công nhân giỏi; 725: 10 hoạt động trọng tâm) count other things."),
    # ---------------- 348 ----------------
    ("348_db7d0bb18329", S,
     "Đảng bộ huyện Sóc Sơn hiện có gần 14.500 đảng viên sinh hoạt tại các tổ chức cơ sở đảng.",
     "348: 'Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng'."),
    ("348_db7d0bb18329", N,
     "Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XI có 185 đại biểu chính thức tham dự.",
     "348 says only 'Đảng bộ huyện Sóc Sơn trải qua 11 kỳ đại hội' and details Đại hội I (BCH 35, BTV 11); no delegate count for Đại hội XI. "
     "TRAP: 1201 counts '185 đại biểu chính thức' for 'Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028' -- the trade-union congress, not the Party congress. "
     "g.sh 'Đảng bộ huyện Sóc Sơn' -> only 348; g.sh 'Sóc Sơn.{0,150}(đại biểu|Đại hội XI|Ban Chấp hành)' -> 348 and 1201 only."),
    # ---------------- 387 ----------------
    ("387_4d721f20b60f", D,
     "Theo Tổng LĐLĐ Việt Nam, gần 1.800 doanh nghiệp bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.",
     "387: 'Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động'. "
     "g.sh '1\\.800 doanh nghiệp|1800 doanh nghiệp' -> 0 hits; g.sh 'giảm giờ làm' -> only 387."),
    ("387_4d721f20b60f", N,
     "Gói hỗ trợ nối tiếp Nghị quyết 06 của Tổng LĐLĐ Việt Nam dự kiến dành cho khoảng 120.000 người lao động bị giảm giờ làm, ngừng việc, mất việc.",
     "387 counts the enterprises (khoảng 1.300 doanh nghiệp, 50 tỉnh) and the amount per person (1 đến 3 triệu đồng), not the number of workers. "
     "g.sh 'Nghị quyết 06|Nghị quyết số 06' -> only 387; g.sh 'giảm giờ làm' -> only 387."),
    # ---------------- 400 ----------------
    ("400_26d3ce2af6f3", S,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020 - 2025, khai mạc sáng 26/5 với 219 đại biểu tham dự.",
     "400: 'Đại hội có sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng'."),
    ("400_26d3ce2af6f3", D,
     "Các đại biểu dự Đại hội Đảng bộ huyện Gia Lâm lần thứ XXII đại diện cho hơn 13.000 đảng viên trong toàn Đảng bộ huyện.",
     "400: '219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng'. g.sh '13\\.000 đảng viên|13 nghìn' -> 0 hits."),
    # ---------------- 458 ----------------
    ("458_f1b00474d974", D,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” khu vực Hòa Bình, 100 đoàn viên, người lao động được trao quà với tổng số tiền 185 triệu đồng.",
     "458: '100 đoàn viên, người lao động được trao quà với tổng số tiền 135 triệu đồng'. g.sh '185 triệu' -> 0 hits."),
    ("458_f1b00474d974", N,
     "Chợ Tết Công đoàn - Xuân 2026 tại KCN Lương Sơn, khu vực Hòa Bình, có 70 gian hàng phục vụ công nhân.",
     "458 counts 576 đoàn viên hỗ trợ 1 triệu, 100 suất quà/135 triệu, 500 phiếu 0 đồng, 500 voucher; it says only 'Công nhân lao động KCN Lương Sơn tại các gian hàng' (caption), no stall count. "
     "TRAP: 276 ('Chợ tết Công đoàn - Xuân 2026 ... hơn 70 gian hàng') and 280 ('quy mô 70 gian hàng') are Hà Nội's market, another province. g.sh 'Lương Sơn|Hòa Bình.{0,100}(Tết|gian hàng)' -> 458, 610, 922 only, no stall count."),
    # ---------------- 545 ----------------
    ("545_555e3ee7ac16", D,
     "Hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” do Hội Liên hiệp Phụ nữ Quận 3 tổ chức đã thu hút gần 400 tác phẩm dự thi.",
     "545: 'tổ chức hội thi ảnh đẹp “Khoảnh khắc của cuộc sống” với hơn 600 tác phẩm dự thi'. g.sh '400 tác phẩm' -> 0 hits."),
    ("545_555e3ee7ac16", N,
     "Hội thi “Duyên dáng áo dài Quận 3” năm 2024 có 45 thí sinh tham gia.",
     "545 only names 'hội thi “Duyên dáng áo dài Quận 3” năm 2024' with no count (the figures nearby are 600 tác phẩm ảnh, 4 phường Điểm áo dài 0 đồng, 625 triệu đồng quà). "
     "g.sh 'Duyên dáng' -> 545 and 544 (Hà Nội: '6 cuộc thi ảnh ... Duyên dáng áo dài Việt'); g.sh 'áo dài.{0,100}(thí sinh|đội|tiết mục)' -> 0 hits."),
    # ---------------- 571 ----------------
    ("571_2651997a46fd", S,
     "Ba trăm đại biểu chính thức đã dự Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030.",
     "571: 'cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng'; same in 742: 'sự tham gia của 300 đại biểu chính thức'."),
    ("571_2651997a46fd", D,
     "Các đại biểu dự Đại hội Công đoàn TP Đà Nẵng lần thứ I đại diện cho khoảng 260 nghìn đoàn viên trên địa bàn thành phố.",
     "571 and 742: '300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng'. (407.936 in 571 is the pre-merger Đà Nẵng + Quảng Nam membership, another thing.) "
     "g.sh '260\\.000|260 nghìn' -> 0 hits."),
    # ---------------- 625 ----------------
    ("625_686569eb1423", S,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng sau mưa lũ.",
     "625: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng nặng do đợt mưa lũ tháng 11.2016' (the province is named only in the unaccented caption 'LDLD tinh Quang Tri')."),
    # ---------------- 665 ----------------
    ("665_f0f8f1ca19c0", S,
     "Từ đầu năm 2022, công đoàn các cấp tỉnh An Giang đã kết nạp mới hơn 5.100 đoàn viên.",
     "665: 'Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'."),
    ("665_f0f8f1ca19c0", N,
     "Từ đầu năm 2022, Liên đoàn Lao động huyện Tịnh Biên đã thành lập mười công đoàn cơ sở doanh nghiệp.",
     "665 counts for Tịnh Biên only '28 đoàn viên' admitted and 'chỉ tiêu 50/100 đoàn viên'. TRAP: '10/5 công đoàn cơ sở doanh nghiệp' is the whole province of An Giang ('các cấp công đoàn trong tỉnh An Giang'), another place. "
     "g.sh 'Tịnh Biên|An Giang.{0,150}(kết nạp|đoàn viên)' -> only 665; g.sh 'thành lập.{0,40}[0-9]+ (công đoàn cơ sở|CĐCS)' -> no Tịnh Biên hit."),
    # ---------------- 690 ----------------
    ("690_827366894f5d", S,
     "Từ tháng 9/2020 đến hết tháng 8/2021, Quỹ “Vì người nghèo” của Mặt trận ba cấp tỉnh Thừa Thiên Huế thu được gần 11 tỷ đồng.",
     "690 (TTH.VN): 'Theo thống kê, từ 1/9/2020 - 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng'. (468's 'gần 11 tỷ đồng' is hỗ trợ an cư in 2023, another thing.)"),
    ("690_827366894f5d", D,
     "Giai đoạn 9/2020 - 8/2021, Ban vận động Quỹ “Vì người nghèo” các cấp ở Thừa Thiên Huế đã chi khoảng 6,2 tỷ đồng giúp người nghèo xóa nhà tạm, hỗ trợ sinh kế, khám chữa bệnh.",
     "690: '... đã sử dụng để giúp đỡ cho người nghèo trong việc xóa nhà tạm, xây dựng nhà đại đoàn kết, hỗ trợ vốn sản xuất, khám chữa bệnh, hỗ trợ học tập... với số tiền khoảng 8,8 tỷ đồng'. "
     "g.sh '6,2 tỷ' -> only '16,2 tỷ đồng' (606, another campaign)."),
    # ---------------- 707 ----------------
    ("707_bf24a681f98e", S,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028, khai mạc sáng 11/10 với 230 đại biểu chính thức.",
     "707: '... và 230 đại biểu chính thức dự đại hội'."),
    ("707_bf24a681f98e", N,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII đã bầu Ban Chấp hành LĐLĐ tỉnh khóa mới gồm 35 ủy viên.",
     "707 covers only the opening (230 đại biểu chính thức, delegations of 7 provinces); no BCH size. "
     "g.sh 'Lào Cai.{0,200}(đại biểu|ủy viên|Ban Chấp hành|đoàn viên)' -> only 707 line 10 (guests list)."),
    # ---------------- 724 ----------------
    ("724_1221291fc5c2", D,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ thành phố Hải Phòng đặt ra mười nhiệm vụ trọng tâm.",
     "724: 'Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm'. "
     "g.sh '10 nhiệm vụ|mười nhiệm vụ' -> 0 hits."),
    ("724_1221291fc5c2", N,
     "Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng năm 2022 gồm 6 đơn vị thành viên.",
     "724 does not count the member units (only '8 nhiệm vụ trọng tâm'). 590 is the Khối thi đua LĐLĐ quận (Kiến An, 2020) with no member count; "
     "246 '32 đơn vị, doanh nghiệp' is a Long Biên (Hà Nội) cluster. g.sh 'Khối thi đua Liên đoàn Lao động các huyện|gồm [0-9]+ (đơn vị|Liên đoàn)' -> 724 and 246 only."),
    # ---------------- 768 ----------------
    ("768_7313fb6d14c3", S,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026, Liên đoàn Lao động thành phố Cần Thơ tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768: 'tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết'. Other ticket counts (466: 1.794 công nhân; 500: 15.000 vé; 646: 2.200 vé Đồng Nai) are other places."),
    ("768_7313fb6d14c3", N,
     "Hội thi nấu bánh tét trong chương trình Tết Sum vầy 2026 của LĐLĐ TP Cần Thơ có 20 đội công nhân tham gia.",
     "768 only names 'Hội thi nấu bánh tét' without any count (figures on page: 01 xe gắn máy, 500 vé). g.sh 'bánh tét' -> 768 and 519 ('500 bánh chưng, bánh tét', Đoàn thanh niên, another thing)."),
    # ---------------- 772 ----------------
    ("772_119b66fd404b", N,
     "Công nhân, viên chức, lao động huyện Lang Chánh đăng ký 500 sáng kiến hưởng ứng phong trào thi đua giai đoạn 2021 - 2030.",
     "772 counts '5 cụm thi đua' and names the programme '75 nghìn sáng kiến vượt khó, phát triển' (a national programme title), no Lang Chánh sáng kiến count. "
     "g.sh 'Lang Chánh' -> only 772; sáng kiến counts elsewhere are Hà Nội (seed 002: 14.791; 177: 200.000) or national (517: 696.948)."),
    # ---------------- 992 ----------------
    ("992_ad068b3db8db", S,
     "Qua phát động thi đua, 68 công đoàn cơ sở thuộc Công đoàn Viên chức TP.HCM đã thực hiện các công trình thi đua.",
     "992: 'Qua phát động thi đua, đã có 68 CĐ cơ sở thực hiện 121 công trình'."),
    ("992_ad068b3db8db", D,
     "Dịp này, Công đoàn Viên chức TP Hồ Chí Minh khen thưởng 20 đơn vị thực hiện tốt công trình thi đua tiêu biểu.",
     "992: 'CĐ Viên chức đã khen thưởng 3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015, 14 đơn vị thực hiện tốt công trình thi đua tiêu biểu, 34 tập thể và 7 cụm thi đua'. "
     "g.sh '20 đơn vị' -> 0 hits."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), len({r[0] for r in rows}), "pages")


if __name__ == "__main__":
    main()
