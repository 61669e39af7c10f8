#!/usr/bin/env python3
"""Build claims.tsv for the batch-13 dev pages (blind claim set for `ldtd check`).

Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised, sorted by page_id.
Each claim: (page_id, verdict, claim, why). Verdicts: supported / differs / not_found.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 581 vietnamplus: HĐND TP Hà Nội khóa XVI, kỳ họp thứ Nhất (23/6/2021)
    ("581_94f251acdd8a", S,
     "Ông Chu Ngọc Anh tiếp tục được HĐND TP Hà Nội khóa XVI bầu làm Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với 92 trên tổng số 94 đại biểu có mặt tán thành.",
     "581_94f251acdd8a: 'bầu ông Chu Ngọc Anh ... tiếp tục giữ chức vụ Chủ tịch Ủy ban Nhân dân thành phố khóa XVI, nhiệm kỳ 2021-2026, với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'; also 352_557f7c6c45b0 'với số phiếu 92/94 (chiếm 97,87%)'."),
    ("581_94f251acdd8a", D,
     "Ông Nguyễn Ngọc Tuấn tái đắc cử Chủ tịch Hội đồng nhân dân thành phố Hà Nội nhiệm kỳ 2021-2026 với khoảng 93,6% số đại biểu có mặt tán thành.",
     "581_94f251acdd8a: 'ông Nguyễn Ngọc Tuấn ... đã tái đắc cử chức Chủ tịch Hội đồng Nhân dân thành phố Hà Nội nhiệm kỳ 2021-2026 với số phiếu 97,87% đại biểu có mặt (92/94 đại biểu)'. g.sh '93,6|93.6' -> no hit. (533_31522612a2cd '100% đại biểu có mặt' is Phùng Thị Hồng Hà, 13/11/2025, another election.)"),
    ("581_94f251acdd8a", N,
     "Tại kỳ họp thứ nhất HĐND thành phố Hà Nội khóa XVI ngày 23/6/2021, các đại biểu đã bầu 5 Phó Chủ tịch UBND thành phố nhiệm kỳ 2021-2026.",
     "581 names only the Chủ tịch UBND, Chủ tịch HĐND and two Phó Chủ tịch HĐND (Phùng Thị Hồng Hà, Phạm Quí Tiên) without a count of Phó Chủ tịch UBND. g.sh '(5|năm) Phó Chủ tịch UBND' -> none; g.sh '(6|sáu) Phó Chủ tịch' -> 116_23da69714914/117_525a5f98db78 '6 Phó Chủ tịch' of UBND khóa XV (2016, another term, value also different); 534_945922b00627 lists 'các Phó Chủ tịch UBND TP' to be elected, no count."),

    # ---- 582 thanhnien: Bí thư Đảng đoàn LĐLĐ An Giang (no counted figure on the page)
    ("582_c46f8fc698a7", N,
     "Liên đoàn Lao động tỉnh An Giang, nơi ông Lâm Thành Sĩ vừa được chỉ định làm Bí thư Đảng đoàn, hiện có hơn 120.000 đoàn viên công đoàn.",
     "582 gives only terms (2018-2023, 2023-2028), no membership count. g.sh 'An Giang' -> only 582 lines; g.sh '120.000 đoàn viên|120 nghìn' -> none."),
    ("582_c46f8fc698a7", N,
     "Đại hội Công đoàn tỉnh An Giang nhiệm kỳ 2023-2028 dự kiến triệu tập 250 đại biểu chính thức.",
     "582 only says 'cơ cấu chức danh Chủ tịch LĐLĐ tỉnh An Giang, nhiệm kỳ 2023 - 2028 sắp tới'; no delegate count. g.sh 'An Giang' -> only 582; g.sh '250 đại biểu' -> none."),

    # ---- 584 congdoankiengiang: hội nghị BCH LĐLĐ Kiên Giang lần thứ 11 khóa X (6/9/2021)
    ("584_5a1df402fe8b", S,
     "Hai mươi hai ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh Kiên Giang đã dự hội nghị Ban Chấp hành lần thứ 11, khóa X chiều 6/9/2021.",
     "584_5a1df402fe8b: 'Liên đoàn Lao động tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 11, Khóa X ... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị.'"),
    ("584_5a1df402fe8b", D,
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang khóa X bầu Chủ tịch mới ngày 6/9/2021 có hơn 30 ủy viên Ban Chấp hành tham dự.",
     "584_5a1df402fe8b: '22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị' (22, not more than 30). g.sh 'Kiên Giang' -> only 584."),
    ("584_5a1df402fe8b", N,
     "Bà Trương Thanh Thúy được bầu làm Chủ tịch Liên đoàn Lao động tỉnh Kiên Giang với 100% số phiếu tán thành.",
     "584 reports the by-election but no vote count/share. g.sh 'Trương Thanh Thúy' -> only the 584 headline; g.sh '100% (số )?phiếu|100% đại biểu|100% Ủy viên' -> 533 (Phùng Thị Hồng Hà, HĐND Hà Nội), 594 (Hà Thị Nga, Hội LHPN VN), 502 (a resolution) - other people/occasions."),

    # ---- 585 binhhoaphuoc: Đại hội CĐCS xã Bình Hòa Phước lần VIII, 2023-2028
    ("585_b22d53f788ab", S,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 ủy viên.",
     "585_b22d53f788ab: 'Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c'."),
    ("585_b22d53f788ab", D,
     "Dự Đại hội Công đoàn cơ sở xã Bình Hòa Phước (huyện Long Hồ) nhiệm kỳ 2023-2028 có 45 đại biểu chính thức là công đoàn viên của xã.",
     "585_b22d53f788ab: 'Cùng với 32 đại biểu chính thức là công đoàn viên xã Bình Hòa Phước.' g.sh '45 đại biểu' -> none."),
    ("585_b22d53f788ab", S,
     "Công đoàn cơ sở xã Bình Hòa Phước đã bầu hai đại biểu chính thức đi dự Đại hội Công đoàn cấp trên.",
     "585_b22d53f788ab: 'bầu đại biểu dự Đại Hội cấp trên là 2 đ/c, dự khuyết là 01 đ/c'."),

    # ---- 588 ubmttq.camau: Hội nghị Ủy ban MTTQ huyện lần thứ 5 (xã Rạch Chèo)
    ("588_606ca33f8ac4", D,
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5, nơi ông Phạm Kim Cương được hiệp thương cử làm Phó Chủ tịch, đã bầu thay thế 12 ủy viên Ủy ban MTTQ huyện khóa IX đã chuyển công tác.",
     "588_606ca33f8ac4: 'Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024 thay cho các Ủy viên đã chuyển công tác.' g.sh '12 (Ủy|ủy) viên' -> none."),
    ("588_606ca33f8ac4", N,
     "Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019-2024 (nơi ông Phạm Kim Cương làm Phó Chủ tịch) có tổng cộng 55 ủy viên.",
     "588 counts only the 09 replaced members, not the committee size. g.sh 'Rạch Chèo|Cà Mau|MTTQ Việt Nam huyện' -> 588 and 467/610 (other districts); g.sh '55 (ủy|Ủy) viên' -> none."),

    # ---- 589 sonoivu.haugiang: hiệp thương lần thứ nhất, ĐBQH khóa XV (8/2/2021)
    ("589_5739e8816785", S,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ tỉnh Hậu Giang thống nhất giới thiệu 14 người ứng cử đại biểu Quốc hội khóa XV.",
     "589_5739e8816785: 'Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu'."),
    ("589_5739e8816785", D,
     "Trong danh sách giới thiệu ứng cử đại biểu Quốc hội khóa XV tại hội nghị hiệp thương lần thứ nhất của Hậu Giang có 9 người là nữ.",
     "589_5739e8816785: '14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ)'. g.sh '(9|chín) (người là )?nữ|9 đại biểu nữ|đại biểu nữ' -> only the 589 line (6)."),
    ("589_5739e8816785", D,
     "Theo cơ cấu được hiệp thương ở Hậu Giang, Trung ương có 3 đại biểu trong số đại biểu Quốc hội khóa XV được bầu tại tỉnh.",
     "589_5739e8816785: 'để lấy đủ 6 đại biểu (trong đó Trung ương 2 đại biểu, người công tác tai địa phương 4 đại biểu)' - Trung ương is 2, not 3. g.sh 'Hậu Giang' -> only 589 and 474 (union Tết event)."),

    # ---- 590 congdoanhaiphong: Khối thi đua LĐLĐ quận ký giao ước 2020 (only document numbers)
    ("590_8bbb2689ca51", N,
     "Khối thi đua Liên đoàn Lao động quận của Hải Phòng, do LĐLĐ quận Kiến An làm Trưởng khối, gồm 8 LĐLĐ quận đã ký giao ước thi đua năm 2020.",
     "590 has no count of member unions (its numbers are document numbers 'Hướng dẫn số 1723/HD-TLĐ', 'Kế hoạch số 164/KH-LĐLĐ' and dates). g.sh 'Kiến An|Hải Phòng|giao ước thi đua' -> 590, 132 (Công thương HN congress), 015/230/004 (other giao ước, no such count); g.sh '8 (LĐLĐ|Liên đoàn)' -> only 280 (unrelated '3.600 ... Liên đoàn')."),
    ("590_8bbb2689ca51", N,
     "Hội nghị ký giao ước thi đua năm 2020 của Khối thi đua LĐLĐ quận tại Kiến An sáng 14/2/2020 có 80 đại biểu tham dự.",
     "590 gives no attendance. g.sh '(7|bảy) LĐLĐ|80 đại biểu' -> only 'Cụm thi đua số 7 LĐLĐ thành phố Hà Nội' (seed 003) and 074 'Cụm thi đua 7 LĐLĐ tỉnh khu vực Đông Nam Bộ', nothing about 80 delegates."),

    # ---- 592 hanoitv: Nghị quyết 02-NQ/TW, cán bộ công đoàn (no figure)
    ("592_c9fa80ca3ea5", N,
     "Nghị quyết số 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam đặt mục tiêu đến năm 2030 có 15 triệu đoàn viên.",
     "592 states no target. g.sh '02-NQ/TW' -> seeds 001/003, 030, 040, 175, 351, 526, 592: none gives a membership target; g.sh 'triệu đoàn viên|15 triệu' -> 083 'gần 10,5 triệu đoàn viên' (current membership, not a 2030 target) and unrelated '15 triệu đồng'."),
    ("592_c9fa80ca3ea5", N,
     "Theo HanoiTV, Hà Nội hiện có khoảng 3.500 cán bộ công đoàn chuyên trách các cấp.",
     "592 has no count of cán bộ công đoàn. g.sh 'cán bộ công đoàn (các cấp|chuyên)' -> 056, 143, 175 (percent of congress delegates), 592 - no count of cán bộ; g.sh '3.500|3500' -> none."),

    # ---- 593 hatinhngaymoi: Đại hội Phụ nữ TP Hà Nội lần XVI, phiên trù bị (24/11/2021)
    ("593_fe8e59aadb97", S,
     "Phiên trù bị Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI chiều 24/11 đã bầu Đoàn Chủ tịch đại hội gồm mười một đồng chí.",
     "593_fe8e59aadb97: 'Tại phiên trù bị, đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí'."),
    ("593_fe8e59aadb97", D,
     "Tại phiên trù bị Đại hội Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026, Ban Thẩm tra tư cách đại biểu được bầu gồm 7 đồng chí.",
     "593_fe8e59aadb97: 'Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí'. g.sh 'Ban Thẩm tra|Ban thẩm tra' -> also 578_5debbd11f60b 'Ban thẩm tra tư cách đại biểu gồm 7 đồng chí', but that is Đại hội Công đoàn tỉnh Hưng Yên lần XIX (another congress)."),
    ("593_fe8e59aadb97", D,
     "Đoàn Thư ký Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI gồm 6 đồng chí.",
     "593_fe8e59aadb97: 'Đoàn Thư ký gồm 3 đồng chí'. g.sh 'Đoàn Thư ký gồm|Đoàn thư ký' -> 578 (Hưng Yên union congress, 2 đồng chí), 288 (caption), 593 - none says 6."),

    # ---- 594 nvsk.vnanet: Hội LHPN Việt Nam khóa XIII, hội nghị BCH lần thứ nhất (10/3/2022)
    ("594_2969d737d0fc", S,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII chiều 10/3/2022 đã bầu bốn Phó Chủ tịch Hội.",
     "594_2969d737d0fc: 'Ngoài ra, hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.'"),
    ("594_2969d737d0fc", D,
     "Bà Hà Thị Nga được bầu làm Chủ tịch Hội LHPN Việt Nam khóa XIII với 90% ủy viên Ban Chấp hành có mặt tán thành.",
     "594_2969d737d0fc: '100% Ủy viên Ban Chấp hành có mặt đã biểu quyết bầu bà Hà Thị Nga ... là Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII'. g.sh 'Hà Thị Nga' -> only 594; g.sh '90%' -> only 019 (doanh nghiệp nhà nước)."),
    ("594_2969d737d0fc", N,
     "Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII, nhiệm kỳ 2022-2027 gồm 163 ủy viên.",
     "594 gives no size of the BCH. g.sh 'Hội Liên hiệp phụ nữ|Hội LHPN|phụ nữ toàn quốc' -> 027, 401, 402, 544, 545, 593, 594: no BCH size for khóa XIII; g.sh '163' -> only 160 'Chương trình phối hợp công tác số 163/Ctr-UBND-LĐLĐ' (document number)."),

    # ---- 595 thitruong.nld: Chủ tịch nước chúc Tết công nhân Bình Dương (Tết Mậu Tuất 2018)
    ("595_5935e954d4b4", S,
     "Dịp Tết Mậu Tuất 2018, LĐLĐ tỉnh Bình Dương dự báo khoảng 140 nghìn công nhân, lao động ở lại tỉnh đón Tết.",
     "595_5935e954d4b4: 'Trong dịp Tết Mậu Tuất 2018, dự báo số công nhân, lao động ở lại Bình Dương đón Tết khoảng 140.000 người.'"),
    ("595_5935e954d4b4", D,
     "Theo Chủ tịch LĐLĐ tỉnh Bình Dương Trương Thị Bích Hạnh, lao động từ tỉnh khác chiếm khoảng 70% số người lao động trên địa bàn tỉnh.",
     "595_5935e954d4b4: 'toàn tỉnh hiện có trên 1 triệu người lao động, trong đó lao động ngoài tỉnh chiếm khoảng 85%'. g.sh '70%' -> none; g.sh 'ngoài tỉnh' -> 595 and 608 (unrelated)."),
    ("595_5935e954d4b4", S,
     "Khoảng 4000 công nhân Bình Dương về quê đón Tết Mậu Tuất 2018 được tổ chức Công đoàn đưa về bằng các 'Chuyến xe nghĩa tình'.",
     "595_5935e954d4b4: 'khoảng 4.000 công nhân về quê đón Tết sẽ được đưa về bằng các 'Chuyến xe nghĩa tình''. (Other 'chuyến xe nghĩa tình' pages 057/243/267 are Hà Nội, other figures.)"),

    # ---- 601 thanhnien: Chợ Tết Công đoàn - Xuân 2026 trực tuyến (Tổng LĐLĐ)
    ("601_191d90e3f2ed", S,
     "Tổng LĐLĐ Việt Nam dành 100 tỷ đồng hỗ trợ đoàn viên, người lao động tham gia chương trình Chợ Tết Công đoàn - Xuân 2026 trực tuyến.",
     "601_191d90e3f2ed: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng.' (seed 002 covers the 2025 online edition without this figure)."),
    ("601_191d90e3f2ed", D,
     "Chợ Tết Công đoàn trực tuyến dịp Tết Bính Ngọ 2026 của Tổng Liên đoàn Lao động Việt Nam sẽ hỗ trợ 300.000 đoàn viên, người lao động.",
     "601_191d90e3f2ed: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động'. g.sh '300.000 đoàn viên|300.000|300 nghìn' -> only per-voucher/per-gift values (231, 262, 276, 280, 458), never a count of members supported."),
    ("601_191d90e3f2ed", S,
     "Mỗi đoàn viên tham gia Chợ Tết Công đoàn trực tuyến xuân 2026 được Tổng LĐLĐ Việt Nam hỗ trợ 500 nghìn đồng.",
     "601_191d90e3f2ed: '(500.000 đồng/người)' for the 200.000 đoàn viên supported by Tổng LĐLĐ in the online Chợ tết công đoàn - xuân 2026."),

    # ---- 602 laodong: Ngày hội Tết sum vầy - Xuân chia sẻ 2024, KCN Long Hậu (Long An)
    ("602_fae5a44a3149", D,
     "Tại Ngày hội Tết sum vầy – Xuân chia sẻ năm 2024 ở KCN Long Hậu (Long An), hơn 5.000 công nhân lao động được tặng quà Tết.",
     "602_fae5a44a3149: 'tại KCN Long Hậu có hơn 3.000 CNLĐ được tặng quà tết'. g.sh '5.000 (CNLĐ|công nhân|người lao động|đoàn viên)|hơn 5.000' -> only 198 (5.000 tờ báo)."),
    ("602_fae5a44a3149", S,
     "Phiên chợ xuân trong đêm khai mạc Ngày hội Tết sum vầy – Xuân chia sẻ 2024 của LĐLĐ tỉnh Long An có hơn 70 gian hàng bán hàng thiết yếu giá ưu đãi.",
     "602_fae5a44a3149: 'CNLĐ đã được mua sắm tại Phiên chợ xuân với hơn 70 gian hàng bày bán những mặt hàng thiết yếu'. (276 'hơn 70 gian hàng' is Chợ tết Công đoàn Hà Nội xuân 2026, another occasion.)"),
    ("602_fae5a44a3149", D,
     "Trong đêm khai mạc 13/1/2024 tại KCN Long Hậu, Ban Tổ chức đã trao 500 phần quà Tết đầu tiên cho công nhân lao động.",
     "602_fae5a44a3149: 'Trong đêm khai mạc 13.1, Ban Tổ chức đã trao 200 phần quà đầu tiên cho CNLĐ.' g.sh '500 phần quà|500 suất' -> none."),

    # ---- 603 nhandaoonline: Tháng Nhân đạo 2023 quận Hai Bà Trưng (no counted figure)
    ("603_9aa68f9b9708", N,
     "Trong Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 400 suất quà cho người có hoàn cảnh khó khăn.",
     "603 gives no count of gifts ('Trao tặng những suất quà ý nghĩa' is a caption without number). g.sh 'Hai Bà Trưng' -> 509_33042ea25bf7 'Trao tặng 400 suất quà trị giá 200 triệu đồng' but that is the Tết 2022 programme 'Tết vì người nghèo và nạn nhân chất độc da cam' (another occasion/year)."),
    ("603_9aa68f9b9708", N,
     "Hội Chữ thập đỏ quận Hai Bà Trưng đặt mục tiêu vận động 1 tỷ đồng trong Tháng Nhân đạo năm 2023.",
     "603 has no money figure (only '160 năm' anniversary and dates). g.sh '1 tỷ đồng' -> 055, 142, 456, 500 (other organisations); 509 (Hai Bà Trưng, Tết 2022) gives 2,15 tỷ / 1,65 tỷ for Tết gifts, not a Tháng Nhân đạo 2023 target."),
    ("603_9aa68f9b9708", N,
     "Trong Tháng Nhân đạo 2023, quận Hai Bà Trưng hỗ trợ 10 con bò sinh sản cho các hộ có hoàn cảnh khó khăn.",
     "603 mentions 'bò sinh sản' with no number. g.sh '10 con bò|bò sinh sản' -> 460 (Hội CTĐ TP Hà Nội 2022, 'hơn 70 con bò'), 468 (Hà Nội Vì người nghèo 2023, '40 con bò'), 603 (no count)."),

    # ---- 604 congthuong: Hội nghị kết nối cung cầu hàng Việt, Công đoàn Bộ Công Thương (11/12)
    ("604_1de7b8f3d430", S,
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương phối hợp Vụ Thị trường trong nước tổ chức ngày 11/12 có hơn một trăm đại biểu tham dự.",
     "604_1de7b8f3d430: 'Tham dự hội nghị có Thứ trưởng Bộ Công Thương Đỗ Thắng Hải ... đại diện một số doanh nghiệp bán lẻ, phân phối cùng hơn 100 đại biểu.'"),
    ("604_1de7b8f3d430", D,
     "Hội nghị kết nối cung cầu hàng Việt của Công đoàn Bộ Công Thương gắn với Cuộc vận động 'Người Việt Nam ưu tiên dùng hàng Việt Nam' thu hút khoảng 250 đại biểu.",
     "604_1de7b8f3d430: 'cùng hơn 100 đại biểu'. g.sh '250 đại biểu' -> none."),
    ("604_1de7b8f3d430", N,
     "Có 30 doanh nghiệp bán lẻ, phân phối tham gia Hội nghị kết nối cung cầu hàng Việt Nam của Công đoàn Bộ Công Thương ngày 11/12.",
     "604 says only 'đại diện một số doanh nghiệp bán lẻ, phân phối' / 'thu hút nhiều doanh nghiệp bán lẻ' (no count). g.sh '30 doanh nghiệp' -> none; g.sh 'doanh nghiệp bán lẻ' -> only 604."),

    # ---- 606 vietnamplus: kết quả Tháng Nhân đạo 2024 (Trung ương Hội CTĐ VN)
    ("606_cccf22e04aa6", S,
     "Trung ương Hội Chữ thập đỏ Việt Nam cho biết Tháng Nhân đạo năm 2024 đã huy động được hơn 786 tỷ đồng ủng hộ trên cả nước.",
     "606_cccf22e04aa6: 'trong Tháng Nhân đạo 2024, cả nước đã huy động số tiền ủng hộ trên 786 tỷ đồng' and 'Tháng Nhân đạo 2024 đã huy động được số tiền ủng hộ trên 786 tỷ đồng, đạt trên 197% chỉ tiêu đề ra'."),
    ("606_cccf22e04aa6", D,
     "Tháng Nhân đạo 2024 do Hội Chữ thập đỏ Việt Nam phát động đã trợ giúp khoảng 2,5 triệu người có hoàn cảnh khó khăn.",
     "606_cccf22e04aa6: 'trợ giúp gần 1,7 triệu người khó khăn'. g.sh '2,5 triệu' -> none (407 gives 'trên 5,5 triệu lượt' for 6 years 2018-2023, another period)."),
    ("606_cccf22e04aa6", D,
     "Sau 2 tháng phát động, Chiến dịch 'Triệu bước chân nhân ái' của Tháng Nhân đạo 2024 thu hút hơn 200.000 người tham gia.",
     "606_cccf22e04aa6: 'Sau 2 tháng phát động, Ban tổ chức đã huy động được 16,2 tỷ đồng, hơn 95.000 người tham gia, đạt trên 2 triệu km'. g.sh '200.000 người' -> none."),

    # ---- 607 daihoidang.baoquangninh: Tháng nhân đạo 2025 Quảng Ninh
    ("607_86387ec7de47", S,
     "Sau 4 năm triển khai Tháng nhân đạo, Hội Chữ thập đỏ tỉnh Quảng Ninh đã vận động ủng hộ được hơn 34 tỷ đồng.",
     "607_86387ec7de47: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng'."),
    ("607_86387ec7de47", D,
     "Qua 4 năm thực hiện Tháng nhân đạo, tỉnh Quảng Ninh đã trợ giúp khoảng 65 nghìn lượt người có hoàn cảnh khó khăn.",
     "607_86387ec7de47: 'trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn'. g.sh '65.000|65 nghìn' -> none."),
    ("607_86387ec7de47", N,
     "Tại Lễ phát động Tháng nhân đạo năm 2025 ở TP Hạ Long, Hội Chữ thập đỏ tỉnh Quảng Ninh tiếp nhận tổng cộng 5 tỷ đồng ủng hộ.",
     "607 gives no total received at the ceremony (only the caption 'trao biểu trưng ủng hộ 1,4 tỷ đồng' for TKV alone). g.sh 'Quảng Ninh|Hạ Long' -> no total; g.sh '5 tỷ' -> 038, 155, 166, 451, 452, 500, 509, 547 (other organisations/amounts)."),

    # ---- 608 baomoi: Hội CTĐ tỉnh tổng kết 2023, Tết Nhân ái 2024 (province not named in text)
    ("608_5c8141ecc09d", S,
     "Theo Hội Chữ thập đỏ tỉnh, năm 2023 các bệnh viện trong tỉnh đã tiếp nhận 12300 đơn vị máu từ phong trào hiến máu tình nguyện.",
     "608_5c8141ecc09d: 'có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch.'"),
    ("608_5c8141ecc09d", S,
     "Trong năm 2023, toàn tỉnh có 160 người đăng ký hiến mô, tạng, theo báo cáo tổng kết của Hội Chữ thập đỏ tỉnh.",
     "608_5c8141ecc09d: 'Trong năm có 160 người đăng ký hiến mô, tạng; 1 người hiến giác mạc, lũy kế đến nay toàn tỉnh có 15.260 người đã đăng ký'."),
    ("608_5c8141ecc09d", D,
     "Lượng máu các bệnh viện trong tỉnh tiếp nhận năm 2023 qua phong trào hiến máu do Hội Chữ thập đỏ tỉnh vận động đạt khoảng 115% kế hoạch.",
     "608_5c8141ecc09d: 'các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch'. g.sh '115%' -> none."),

    # ---- 609 thanhnien: Thành đoàn Hà Nội ra quân Kỳ nghỉ hồng / Hành quân xanh 2024
    ("609_dfc9aa12900d", S,
     "Lễ ra quân chiến dịch 'Kỳ nghỉ hồng' và 'Hành quân xanh' năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có gần một nghìn đoàn viên, thanh niên tham gia.",
     "609_dfc9aa12900d: 'Thành đoàn Hà Nội tổ chức ra quân Chiến dịch 'Kỳ nghỉ hồng', 'Hành quân xanh' năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên.'"),
    ("609_dfc9aa12900d", D,
     "Thành đoàn Hà Nội đã ra mắt 8 đội hình tình nguyện cấp thành phố trong chiến dịch 'Kỳ nghỉ hồng' năm 2024.",
     "609_dfc9aa12900d: 'Thành đoàn Hà Nội ra mắt 5 đội hình tình nguyện cấp thành phố trong chiến dịch 'Kỳ nghỉ hồng''. g.sh '8 đội hình|tám đội hình' -> none (318: 12 đội hình in 2015; 392: 9 đội hình in 2022 - other years)."),
    ("609_dfc9aa12900d", S,
     "Chiến dịch Thanh niên tình nguyện hè 2024 có 4 chiến dịch tình nguyện trọng tâm, trong đó có 'Kỳ nghỉ hồng' và 'Hành quân xanh'.",
     "609_dfc9aa12900d: 'Đây là 2 trong 4 chiến dịch tình nguyện trọng tâm của Chiến dịch Thanh niên tình nguyện hè 2024.'"),

    # ---- 610 mattran: Đức Trọng phát động Tháng cao điểm Vì người nghèo 2022 (only dates; teasers excluded)
    ("610_a80122bd5a78", N,
     "Tại Lễ phát động Tháng cao điểm 'Vì người nghèo' năm 2022, huyện Đức Trọng (Lâm Đồng) đã tiếp nhận 581 triệu đồng ủng hộ Quỹ Vì người nghèo.",
     "610 gives no amount (the body has only dates 3/10, 17/10-18/11/2022). g.sh 'Vì người nghèo' -> 467_1dea57a69bce 'đóng góp 581 triệu đồng vào Quỹ 'Vì người nghèo' của huyện' but that is huyện Tân Biên (Tây Ninh), another district."),
    ("610_a80122bd5a78", N,
     "Huyện Đức Trọng (Lâm Đồng) hiện còn khoảng 1.200 hộ nghèo cần được hỗ trợ từ Quỹ Vì người nghèo.",
     "610 counts no households. g.sh 'hộ nghèo' -> 152, 360, 462, 465, 468 (Hà Nội 'hơn 2.100 hộ nghèo'), 510, and 610's teaser headlines (Hòa Bình/Quảng Ngãi quà Tết) - none for Đức Trọng; g.sh '1.200 hộ' -> none."),
    ("610_a80122bd5a78", N,
     "Trong Tháng cao điểm 'Vì người nghèo' năm 2022, Ủy ban MTTQ huyện Đức Trọng phấn đấu xây dựng 30 căn nhà Đại đoàn kết.",
     "610 has no house count. g.sh 'Đại đoàn kết|nhà tình thương' -> 078, 360 (714 nhà, Hà Nội 2024), 462 (20 nhà tình thương TP.HCM), 468 (185 căn, Hà Nội 2023), 497 (5 nhà, Hà Nội 2019) - other places/years; g.sh '30 căn|30 nhà' -> none."),

    # ---- 612 dantri: tổng kết Tháng hành động ATVSLĐ 2025 (no figure)
    ("612_7989d174cdd8", N,
     "Theo Ban Chỉ đạo Trung ương, Tháng hành động về an toàn, vệ sinh lao động năm 2025 đã thu hút 2 triệu lượt người lao động tham gia các hoạt động hưởng ứng.",
     "612 states no participation figure. g.sh 'Tháng hành động.{0,40}2025' -> 264, 314, 330, 472, 612 (plans/launches, no participant count); g.sh '2 triệu lượt' -> none."),
    ("612_7989d174cdd8", N,
     "Tại cuộc họp tổng kết Tháng hành động về ATVSLĐ năm 2025, Ban Chỉ đạo cho biết năm 2025 cả nước xảy ra 7.394 vụ tai nạn lao động.",
     "612 gives no accident statistics. g.sh '7.394' -> 155_8bd30a04750c 'trong năm 2023, cả nước xảy ra 7.394 vụ TNLĐ' (another year); g.sh 'vụ tai nạn lao động|vụ TNLĐ' -> 2018 quarter, 6 tháng 2023 and single accidents only."),
    ("612_7989d174cdd8", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2026 tại tỉnh Quảng Ninh dự kiến có 1.500 người tham dự.",
     "612 only says the 2026 month is coordinated with 'UBND tỉnh Quảng Ninh', no attendance. g.sh '1.500 người' -> none."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps the written order within a page
    out = (__file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else "") + "claims.tsv"
    for r in rows:
        for x in r:
            assert "\t" not in x and "\n" not in x and '"' not in x, x
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts)


if __name__ == "__main__":
    main()
