#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # page_id, verdict, claim, why
    ("098_edd9ef3c5812", S,
     "Trong nửa đầu năm 2022, thành phố Hà Nội đã giải quyết việc làm cho gần 119 nghìn người lao động.",
     "098_edd9ef3c5812: \"6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động, đạt 74,3 % so với kế hoạch và tăng 21,4% so với cùng kỳ năm 2021\" (year 2022 inferred from 'cùng kỳ năm 2021'; page itself carries no year stamp). Other periods: 151 (6 tháng 2021, gần 100.000), 152 (đến 1/8/2018, gần 99.000), 1028 (3 tháng, 54.500)."),
    ("098_edd9ef3c5812", D,
     "Phiên giao dịch việc làm nối các đầu cầu Hà Nội, Quảng Nam và Đồng Tháp có 80 đơn vị đăng ký tham gia.",
     "098_edd9ef3c5812: \"Tại phiên giao dịch lần này có 53 đơn vị đăng ký tham gia tại 3 đầu cầu Hà Nội, Quảng Nam và Đồng Tháp\". 80 vs 53. g.sh '80 đơn vị' -> no hit; g.sh 'Đồng Tháp|Quảng Nam' -> only this page speaks of the job fair."),
    ("108_8baf26df659f", D,
     "UBND TP HCM, LĐLĐ TP HCM và Báo Sài Gòn Giải Phóng đã công bố 15 cá nhân đoạt Giải thưởng Tôn Đức Thắng năm 2018.",
     "108_8baf26df659f: \"công bố danh sách 11 cá nhân đoạt Giải thưởng Tôn Đức Thắng năm 2018\"; \"ban tổ chức đã chọn 11 cá nhân\". 15 vs 11. g.sh 'Tôn Đức Thắng' (giải thưởng) -> only 108 and 992 (2015, CĐ Viên chức, 3 cá nhân); '15 cá nhân' hits are 118/502/1065, other things."),
    ("108_8baf26df659f", N,
     "Giải thưởng Tôn Đức Thắng năm 2017 của TP HCM được trao cho 12 cá nhân.",
     "Other edition. 108 counts only the 2018 edition (\"11 cá nhân ... năm 2018\", \"Từ 26 hồ sơ\") and the cumulative \"Qua 18 năm tổ chức, giải thưởng đã tôn vinh 191 kỹ sư, công nhân\". g.sh 'Tôn Đức Thắng' -> only 108 and 992 (\"3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015\", CĐ Viên chức). No 2017 count anywhere."),
    ("1090_69990cd1ff80", S,
     "Tính đến ngày 31-3, Đồng Nai đã có 144 Hội Cựu chiến binh cơ sở đại hội thành công nhiệm kỳ 2022-2027.",
     "1090_69990cd1ff80: \"tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)\"."),
    ("1090_69990cd1ff80", N,
     "Đại hội đại biểu Hội Cựu chiến binh tỉnh Đồng Nai nhiệm kỳ 2022-2027 có 250 đại biểu chính thức tham dự.",
     "1090 counts Hội CCB cơ sở having held congresses (144/229, 62,88%) and 4 localities at 100%; it counts no delegates of a provincial CCB congress (only says the district-level pilot congress of H.Thống Nhất 'sẽ tiến hành ... trong tháng 5'). g.sh 'Cựu chiến binh|Hội CCB' -> only 1090 and 906 (a name). '250 đại biểu' only in 1210 (another congress)."),
    ("109_ef0d90601316", S,
     "Vụ gãy sàn nâng tại công trình số 16 Nguyễn Công Trứ (quận Hai Bà Trưng, Hà Nội) tối 30/7/2020 làm bốn công nhân tử vong.",
     "109_ef0d90601316: \"vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ\"; \"sàn nâng bị gãy khiến 4 công nhân rơi xuống đất. Hậu quả, 3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó\". Also 282_cf806c00183e: \"gia đình 4 nạn nhân tử vong\"."),
    ("109_ef0d90601316", N,
     "LĐLĐ quận Hai Bà Trưng đã hỗ trợ mỗi gia đình nạn nhân vụ sập sàn nâng ở 16 Nguyễn Công Trứ 2 triệu đồng.",
     "Another organisation. 109 gives no support amounts. The related page 282_cf806c00183e counts support by LĐLĐ thành phố Hà Nội (\"mỗi nạn nhân số tiền 3.000.000 đồng\") and LĐLĐ huyện Chương Mỹ (\"mỗi nạn nhân số tiền 1.000.000 đồng\"), not by LĐLĐ quận Hai Bà Trưng. g.sh 'Hai Bà Trưng' -> no support amount for this accident by the district union."),
    ("112_a56b33b2aa7d", D,
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng chiều 8/9/2018 đã làm 4 người thiệt mạng.",
     "112_a56b33b2aa7d: \"một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương\". 4 vs 2. g.sh '4 người thiệt mạng|bốn người thiệt mạng' -> none; g.sh 'Hồng Hà' -> only this accident in 112."),
    ("1130_b874a926a657", D,
     "Cơ quan các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP.HCM đã góp ngày lương ủng hộ Quỹ Vì người nghèo TP năm 2020 khoảng 650 triệu đồng.",
     "1130_b874a926a657: \"các đơn vị đã ủng hộ 1 ngày lương vào Quỹ 'Vì người nghèo' TP với số tiền 495 triệu đồng\" (title: \"Hơn 500 triệu đồng\"). 650 vs 495. g.sh '650 triệu' -> none."),
    ("1130_b874a926a657", N,
     "Có 320 cán bộ, công chức cơ quan các ban Thành ủy TP HCM tham gia đóng góp ngày lương ủng hộ Quỹ Vì người nghèo năm 2020.",
     "1130 counts money only (495 triệu; gần 77 triệu from Văn phòng ĐĐBQH-HĐND và Văn phòng UBND TP), never the number of contributors. g.sh '320 (cán bộ|người)' -> none; g.sh 'ngày lương' -> 055, 272, 331 (other campaigns), 1130."),
    ("1141_9d4943b7be3d", S,
     "Tỷ lệ cử tri thành phố Kon Tum đi bỏ phiếu trong cuộc bầu cử năm 2021 đạt 99,5%.",
     "1141_9d4943b7be3d: \"tỷ lệ cử tri thành phố tham gia bỏ phiếu đạt 99,5%\" (bầu cử ĐBQH khóa XV và HĐND các cấp nhiệm kỳ 2021-2026)."),
    ("1141_9d4943b7be3d", D,
     "Kỳ họp thứ nhất HĐND TP Kon Tum khóa XII đã bầu 45 Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026.",
     "1141_9d4943b7be3d: \"bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm 32 người\". 45 vs 32. g.sh 'Hội thẩm' -> 117, 534 (Hà Nội, no count), 1141; g.sh '45 (người|Hội thẩm)' -> only 608 (first aid, unrelated)."),
    ("1154_9689d812bb52", D,
     "Gần 600 tình nguyện viên đã tham gia ngày hội hiến máu đợt 4 năm 2024 do Hội Chữ thập đỏ thành phố Tân Uyên tổ chức.",
     "1154_9689d812bb52: \"Tham gia ngày hội có khoảng 400 tình nguyện là đoàn viên thanh niên, học sinh...\". gần 600 vs khoảng 400. g.sh 'Tân Uyên' -> only 1154 (and 996, summer camp); '600 tình nguyện' -> none (347: 'hơn 600 cán bộ Công đoàn...' is LĐLĐ TP HCM đợt 3/2025, another event)."),
    ("1154_9689d812bb52", N,
     "Ngày hội hiến máu tình nguyện đợt 3 năm 2024 ở thành phố Tân Uyên thu được 280 đơn vị máu.",
     "Other edition: 1154 counts only đợt 4-2024 (\"350 người đủ điều kiện ... thu nhận 350 đơn vị máu\"). g.sh 'Tân Uyên' -> 1154, 996 only; g.sh 'hiến máu.{0,40}đợt' -> 347 (LĐLĐ TP HCM đợt 3/2025: 558 đơn vị), 1163 (Thủ Đức đợt 4), 1154. No Tân Uyên đợt 3."),
    ("1171_e3a5bb5bbced", D,
     "Khoảng 250 thiếu nhi là con công nhân khó khăn đã dự 'Đêm hội trăng rằm' của Liên đoàn Lao động quận 6, TP HCM.",
     "1171_e3a5bb5bbced: \"hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... trong 'Đêm hội trăng rằm' do LĐLĐ quận 6, TP HCM tổ chức\". khoảng 250 vs hơn 100 (Gò Vấp: gần 100). g.sh '250 thiếu nhi' -> none; 'trăng rằm' -> 921 (Công đoàn Khu Kinh tế Tây Ninh, 110 thiếu nhi), 1171."),
    ("1171_e3a5bb5bbced", N,
     "Tại 'Đêm hội trăng rằm', LĐLĐ quận 6 (TP HCM) đã tặng 150 chiếc lồng đèn cho các em thiếu nhi.",
     "1171 says children \"được tặng lồng đèn, bánh trung thu\" with no count of lanterns; the counted noun is thiếu nhi (hơn 100). g.sh 'lồng đèn' -> 1001 (Trà Vinh, 180 phần quà incl. lồng đèn), 1171; g.sh '150 (chiếc )?lồng' -> none."),
    ("1223_f9c0b07867bb", D,
     "Tại chương trình 'Tết sum vầy – Xuân ơn Đảng' ở KCN Đông Xuyên, Liên đoàn Lao động TP.HCM đã trao 50 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223_f9c0b07867bb: \"ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn\". 50 vs 100. g.sh 'Đông Xuyên|Uy Việt' -> only 1223; '50 suất' hits (518, 642) are other events."),
    ("1223_f9c0b07867bb", N,
     "Hội thi ẩm thực tại chương trình 'Tết sum vầy – Xuân ơn Đảng' ở KCN Đông Xuyên có 25 gian hàng tham gia.",
     "1223 mentions \"hội thi ẩm thực, các gian hàng ăn uống ... mức giá từ 7.000 - 30.000 đồng\" without counting stalls. g.sh 'gian hàng' -> counts only for Chợ Tết Công đoàn Hà Nội (262: 72, 310: 124, 276/280: 70...), Đà Nẵng (543), Quảng Ninh (761), Long Hậu (602) — other events; '25 gian hàng' -> none."),
    ("232_8b19e7bfd8f9", S,
     "Dịp Tết Canh Tý 2020, Sở GD&ĐT và Công đoàn Giáo dục Hà Nội đã chi tổng cộng 1,35 tỷ đồng hỗ trợ giáo viên, học sinh có hoàn cảnh đặc biệt khó khăn.",
     "232_8b19e7bfd8f9: \"Sở GDĐT và Công đoàn GD Hà Nội đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn với tổng số tiền hỗ trợ là 1.350.000.000đ\"."),
    ("232_8b19e7bfd8f9", D,
     "Hơn 500 giáo viên có hoàn cảnh đặc biệt khó khăn được Sở GDĐT và Công đoàn ngành Giáo dục Hà Nội tặng quà dịp Tết Nguyên đán Canh Tý 2020.",
     "232_8b19e7bfd8f9: \"đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh\". hơn 500 vs 385. g.sh '500 giáo viên' -> none; 233 (Tết Quý Mão 2023: 4 nhà giáo) is another year."),
    ("256_c48309a5740b", S,
     "Năm 2019, Công đoàn ngành Giáo dục Hà Nội phát động phong trào thi đua theo ba đợt.",
     "256_c48309a5740b: \"tổ chức phát động phong trào thi đua trong năm 2019 theo 3 đợt\" (Đợt 1, Đợt 2, Đợt 3 listed). 180's teaser \"phát động 2 đợt thi đua năm 2022\" is another year."),
    ("465_d28f5749c617", D,
     "Liên đoàn Lao động huyện Phú Lương đã trao 60 suất quà Tết cho cán bộ viên chức, người lao động gặp khó khăn do dịch Covid-19.",
     "465_d28f5749c617: \"Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng\". 60 vs 86. g.sh 'Phú Lương' -> only 465; '60 (suất|xuất)' -> 165, 335, 988 (other events)."),
    ("497_902490bd9259", S,
     "Ngày 1/11/2019, Ủy ban MTTQ Việt Nam TP Hà Nội đã tiếp nhận 564 triệu đồng ủng hộ Quỹ 'Vì người nghèo' từ các cơ quan, đơn vị, doanh nghiệp, trường học.",
     "497_902490bd9259: \"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học\" (Quỹ 'Vì người nghèo' thành phố năm 2019, ngày 1/11)."),
    ("497_902490bd9259", D,
     "Tính đến 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã nhận được khoảng 5,2 tỷ đồng ủng hộ Quỹ 'Vì người nghèo' và chương trình an sinh xã hội thành phố.",
     "497_902490bd9259: \"tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ 'Vì người nghèo' thành phố và ủng hộ chương trình an sinh xã hội\". 5,2 vs 7,8 tỷ. g.sh '5,2 tỷ' -> none; other Quỹ figures (359: 83,4 tỷ 2023; 360: 2024; 690: Mặt trận 3 cấp 2020-21) are other years/organisations."),
    ("510_791395671be2", S,
     "Các suất quà Tết trao cho người dân khó khăn ở xã Chân Mây - Lăng Cô có tổng giá trị 240 triệu đồng.",
     "510_791395671be2: \"ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng, dành cho các hộ nghèo ... trên địa bàn xã Chân Mây - Lăng Cô\"."),
    ("510_791395671be2", D,
     "Chương trình 'Tết Nhân ái' đã trao 450 suất quà cho hộ nghèo, người có hoàn cảnh khó khăn tại xã Chân Mây - Lăng Cô.",
     "510_791395671be2: \"ban tổ chức đã trao 300 suất quà\". 450 vs 300. g.sh 'Chân Mây' -> only 510; '450 suất' -> only 790 (450 suất cơm, Tiếp sức mùa thi)."),
    ("686_f487be2c2a94", S,
     "Hơn 1700 công nhân đã tham gia chương trình 'Vui xuân Giáp Thìn - Đón Tết đoàn viên' của Công đoàn Công ty TNHH May mặc Triple Việt Nam.",
     "686_f487be2c2a94: \"Tối 13-1, hơn 1.700 công nhân đã hào hứng tham gia chương trình 'Vui xuân Giáp Thìn - Đón Tết đoàn viên' do Công đoàn Công ty TNHH May mặc Triple Việt Nam (huyện Củ Chi, TP HCM) tổ chức\"."),
    ("686_f487be2c2a94", D,
     "Tổng trị giá các giải thưởng quay số may mắn tại chương trình Tết của Công đoàn Công ty TNHH May mặc Triple Việt Nam là hơn 400 triệu đồng.",
     "686_f487be2c2a94: \"534 công nhân đã được nhận các giải thưởng ... với tổng trị giá các giải thưởng hơn 253 triệu đồng trong chương trình quay số may mắn\". hơn 400 vs hơn 253 triệu. g.sh 'Triple' -> only 686; '400 triệu' -> 452, 670 (other things)."),
    ("710_a049db02602c", S,
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV (2019-2024) gồm sáu đại biểu.",
     "710_a049db02602c: \"Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương\"."),
    ("710_a049db02602c", N,
     "Đại hội Mặt trận Tổ quốc tỉnh Thái Nguyên lần thứ XV, nhiệm kỳ 2019-2024 có 300 đại biểu chính thức.",
     "710 counts only the LĐLĐ delegation (6 = 1 đương nhiên + 5 hiệp thương), not the congress's total delegates. g.sh 'MTTQ tỉnh Thái Nguyên|Mặt trận Tổ quốc tỉnh Thái Nguyên' -> only 710. '300 đại biểu' occurs in 571 (Đại hội Công đoàn Đà Nẵng lần thứ I), another congress."),
    ("741_ca77ab8c28c7", S,
     "Các đại biểu dự Đại hội Công đoàn TP Đà Nẵng lần thứ XVII đại diện cho hơn 130 nghìn đoàn viên, công nhân, viên chức, lao động thành phố.",
     "741_ca77ab8c28c7: \"với sự tham gia của 345 đại biểu đại diện cho hơn 130.000 đoàn viên, công nhân, viên chức, lao động thành phố\" (Đại hội XVII, 2023-2028). Note 571 (Đại hội lần thứ I, 2025-2030) says \"hơn 216.000 đoàn viên\" — another congress."),
    ("741_ca77ab8c28c7", N,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 đã bầu 35 ủy viên Ban Chấp hành LĐLĐ thành phố.",
     "741 reports only the first session (chương trình, quy chế) and counts delegates (345), not BCH members elected. g.sh 'Ban Chấp hành|ủy viên' on Đà Nẵng pages -> 570 \"Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên\" is the new LĐLĐ Đà Nẵng appointed July 2025 (merger), another occasion; 742/571 = Đại hội lần thứ I 2025-2030."),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 200 phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn ở Gia Lai.",
     "745_266354cbce97: \"đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ; mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng\". 200 vs 100. g.sh 'Gia Lai' -> 681 (Hội CTĐ Gia Lai, 100 suất, Canh Vinh), 748 (LĐLĐ Gia Lai, 92 suất) — other organisations; '200 phần quà' -> 602, 907, 983 (other events)."),
    ("799_e6ea998f034b", S,
     "Trong Tháng Thanh niên 2023, các cơ sở Đoàn cả nước đã thực hiện gần 23 nghìn công trình thanh niên các cấp.",
     "799_e6ea998f034b: \"các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng\" (title: \"22.975 công trình thực hiện trong tháng Thanh niên năm 2023\"). 548 (26.400, Chiến dịch hè 2022) is another campaign/year."),
    ("799_e6ea998f034b", D,
     "Tháng Thanh niên năm 2023, tuổi trẻ cả nước đã chăm lo khoảng 120 nghìn suất quà, học bổng cho thanh, thiếu nhi có hoàn cảnh khó khăn.",
     "799_e6ea998f034b: \"Chăm lo, hỗ trợ 184.713 suất quà, học bổng cho thanh, thiếu nhi có hoàn cảnh khó khăn\". khoảng 120 nghìn vs 184.713. g.sh '120 nghìn|120\\.000 suất' -> none; 'suất quà, học bổng' -> only 799."),
    ("887_19e43b08801d", S,
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020-2025 đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện.",
     "887_19e43b08801d: \"Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025\"."),
    ("887_19e43b08801d", N,
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII có 280 đại biểu chính thức dự.",
     "887 counts BCH (36), BTV (11), UBKT (7 ủy viên), 3 ngày làm việc — no number of congress delegates. g.sh 'Hà Trung' -> 628 (a personnel note), 887; '280 đại biểu' -> none."),
    ("929_6b1be55d0f4e", D,
     "Dịp 2/9/2020, Đảng bộ phường Bạch Hạc (TP Việt Trì) có 12 đảng viên được trao huy hiệu Đảng.",
     "929_6b1be55d0f4e: \"Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng\". 12 vs 7. g.sh 'Bạch Hạc' -> only 929; '12 đảng viên' -> 805 (Đống Đa, huy hiệu 70 năm), 927 has '12 đồng chí' (phường Phú Thọ, 7-11-2025) — other Party committees."),
    ("929_6b1be55d0f4e", N,
     "Đợt 19/5/2020, Đảng bộ phường Bạch Hạc đã trao huy hiệu Đảng cho 9 đảng viên.",
     "Other occasion: 929 counts only the 2/9/2020 round (7 đảng viên). g.sh 'Bạch Hạc|Việt Trì' -> only 929. '9 đảng viên' -> 934 (phường Tân Phú), another Party committee."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        assert not any(("\t" in x or "\n" in x) for x in (page_id, claim, why))
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
