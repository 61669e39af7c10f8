# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv, unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
# ---------------- supported ----------------
("106_0e5457770e83", S,
 "Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018 của Tổng LĐLĐ Việt Nam đã tôn vinh bảy mươi đoàn viên, công nhân lao động có thành tích đặc biệt xuất sắc.",
 "106_0e5457770e83: 'lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ III, năm 2018 ... tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc trong toàn quốc'. (Lần IV 2023 has 167 in 166_d63b4e4370c0 - another edition.)"),
("1211_28597f193f57", S,
 "Có 176 đại biểu về dự Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022.",
 "1211_28597f193f57: 'đại hội khóa XVIII nhiệm kỳ 2017-2022; 176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế đã về dự' (note the page's typo 'đại biều')."),
("161_e0c324a85eb1", S,
 "Dịp Tết 2024, tính đến ngày 29/1 các cấp công đoàn đã tổ chức hơn 14,6 nghìn chương trình \"Tết Sum vầy - Xuân chia sẻ\".",
 "161_e0c324a85eb1: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”' (headline 'Hơn 14.600 chương trình')."),
("276_3626d595b296", S,
 "Tại Chợ tết Công đoàn - Xuân 2026, Liên đoàn Lao động thành phố Hà Nội trao tặng 3600 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
 "276_3626d595b296: 'Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; same in 280_21f64ea8ecb1."),
("335_f1e4aebb2913", S,
 "Quà Tết Nguyên đán Tân Sửu mà LĐLĐ huyện Ứng Hòa trao cho công nhân lao động, đoàn viên khó khăn có tổng trị giá 121 triệu đồng.",
 "335_f1e4aebb2913: 'Liên đoàn Lao động huyện Ứng Hòa đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng'."),
("795_dc664600c1cc", S,
 "Các chương trình Chợ Tết Công đoàn 2023 do Tổng LĐLĐ Việt Nam phối hợp tổ chức có tổng cộng gần 1.500 gian hàng.",
 "795_dc664600c1cc: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” ... khoảng 1.320 doanh nghiệp, với 1.479 gian hàng' (gần 1.500 ~ 1.479)."),
("805_fafe42781e80", S,
 "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu.",
 "805_fafe42781e80: 'Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng' ; 'Lễ trao huy hiệu Đảng đợt 2 dịp Quốc khánh 2/9'."),
("963_df9b4f2ebd96", S,
 "Công đoàn phường Thuận Giao (TP.HCM) cùng MTTQ phường đã trao tặng 210 phần quà cho hộ nghèo và học sinh khó khăn.",
 "963_df9b4f2ebd96: 'Công đoàn phường Thuận Giao cũng phối hợp Ủy ban MTTQ Việt Nam phường ... trao tặng 210 phần quà cho các hộ nghèo, học sinh khó khăn'."),
("1193_f2efb2123ee3", S,
 "Hội thao Ngân hàng Chính sách xã hội năm 2023 khu vực V quy tụ khoảng 430 vận động viên.",
 "1193_f2efb2123ee3: 'hội thao NHCSXH năm 2023, khu vực V. Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở'."),
("050_d054ada0f9d5", S,
 "Quỹ \"Mái ấm Công đoàn\" của LĐLĐ TP Hà Nội đã hỗ trợ 30 triệu đồng để sửa nhà cho đoàn viên Mai Thị Lương, giáo viên Trường Mầm non Cổ Đô (Ba Vì).",
 "050_d054ada0f9d5: 'trị giá trên 118 triệu đồng, trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\" của LĐLĐ thành phố Hà Nội'."),
("622_81ae52ef2094", S,
 "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu mười tám vị làm Ủy viên Ủy ban Trung ương MTTQ.",
 "622_81ae52ef2094: 'Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam'."),
("644_ae27624899b9", S,
 "Trong Tháng Thanh niên 2024, TP Hồ Chí Minh phấn đấu phát triển mới ít nhất 25 nghìn đoàn viên.",
 "644_ae27624899b9: 'Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... phấn đấu phát triển mới ít nhất 25.000 đoàn viên'."),
("134_7cae99c80edc", S,
 "Tỷ lệ ký kết thỏa ước lao động tập thể tại các doanh nghiệp thuộc Công đoàn các KCN&CX Hà Nội đến nay đạt 58,8%.",
 "134_7cae99c80edc: 'Công đoàn các Khu công nghiệp và Chế xuất Hà Nội đã tập trung chỉ đạo ... ký kết và giám sát thực hiện Thỏa ước lao động tập thể, đến nay đạt 58,8%' (9 tháng đầu năm 2019)."),
# ---------------- differs ----------------
("106_0e5457770e83", D,
 "Các sáng kiến của anh Bàng Trúc Lâm, kỹ thuật viên Công ty Thuốc lá Thăng Long, đã làm lợi hơn 3,2 tỷ đồng.",
 "106_0e5457770e83: 'Anh có 10 sáng kiến, làm lợi trên 2,3 tỉ đồng'. grep '3,2 t[ỷỉ]' -> 0 hits."),
("1211_28597f193f57", D,
 "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII đã bầu Ban chấp hành gồm 19 đồng chí.",
 "1211_28597f193f57: 'bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí'. grep '19 đồng chí' -> only 808 (Ban Thường vụ Thành Đoàn khóa XI), another body."),
("161_e0c324a85eb1", D,
 "Chương trình \"Tết Sum vầy - Xuân chia sẻ\" năm 2024 của các cấp công đoàn đã trao quà cho đoàn viên, người lao động với tổng số tiền gần 1.220 tỷ đồng.",
 "161_e0c324a85eb1: 'hơn 1,8 triệu lượt ... được tặng quà tại chương trình, tổng số tiền gần 1.022 tỷ đồng'. grep '1[.]220 tỷ' -> 0."),
("276_3626d595b296", D,
 "Chợ tết Công đoàn - Xuân 2026 do LĐLĐ TP Hà Nội tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô có hơn 90 gian hàng.",
 "276_3626d595b296: 'Chợ tết dành cho công nhân lao động năm nay có hơn 70 gian hàng'; 280_21f64ea8ecb1: 'quy mô 70 gian hàng'. grep '90 gian hàng' -> 0."),
("335_f1e4aebb2913", D,
 "Trong số quà Tết Tân Sửu LĐLĐ huyện Ứng Hòa trao tặng, có bốn mươi suất được hỗ trợ từ kinh phí của LĐLĐ thành phố.",
 "335_f1e4aebb2913: 'Trong đó có 60 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động thành phố, 62 suất ... LĐLĐ huyện'. '40 suất' appears only in 207 and 509 (other organisations)."),
("795_dc664600c1cc", D,
 "Trước Tết Quý Mão 2023, Tổng LĐLĐ Việt Nam đã phối hợp LĐLĐ các tỉnh, thành tổ chức thành công 32 chương trình Chợ Tết Công đoàn.",
 "795_dc664600c1cc: 'tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023”'; 761_0759299e56e8: 'tổ chức tại 22 tỉnh, thành phố'. grep '32 [Cc]hương trình' -> 0."),
("298_583bcb6b997c", D,
 "Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV (2018-2023) có 260 đại biểu chính thức tham dự.",
 "298_583bcb6b997c: 'Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên'. grep '260 đại biểu' -> 0 (12.260 is đoàn viên, not đại biểu)."),
("117_525a5f98db78", D,
 "Theo Ủy ban Bầu cử TP, Hà Nội đã bầu đủ 95 đại biểu HĐND thành phố khóa 15, nhiệm kỳ 2016-2021.",
 "117_525a5f98db78: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này'. grep '95 đại biểu' -> only '995 đại biểu' (842, Hội Nông dân)."),
("399_3e8e3ba51bc4", D,
 "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI có 286 đại biểu tham dự.",
 "399_3e8e3ba51bc4: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI ... sự tham dự của 268 đại biểu'. grep '286 đại biểu' -> 0."),
("1151_7634750607d5", D,
 "Hành trình Đỏ 2025 tại Thanh Hóa vận động ít nhất 3.000 tình nguyện viên tham gia hiến máu.",
 "1151_7634750607d5: 'Chương trình vận động ít nhất 2.000 tình nguyện viên ... tham gia hiến máu'. grep '3[.]000 tình nguyện' -> 0."),
("405_26391ad68e2d", D,
 "Ngày hội phát động Tháng Nhân đạo năm 2018 tại Hà Nội dự kiến tiếp nhận khoảng sáu trăm đơn vị máu.",
 "405_26391ad68e2d: 'Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu'. grep '600 đơn vị máu' -> 0."),
("681_4a0a266e2954", D,
 "Hội Chữ thập đỏ tỉnh Gia Lai đã trao 150 suất quà Tết Bính Ngọ 2026 cho các hộ dân xã Canh Vinh.",
 "681_4a0a266e2954: 'tại xã Canh Vinh ... đã trao 100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt) cho các hộ dân'. '150 suất' only in 829 and 922 (other orgs/places)."),
("702_b3991be6596d", D,
 "LĐLĐ TP.HCM phối hợp LĐLĐ Quận 12 họp mặt 54 gia đình công nhân ở trọ không có điều kiện về quê đón Tết tại phường Thạnh Lộc.",
 "702_b3991be6596d: 'LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ ... tại phường Thạnh Lộc'. grep '54 gia đình' -> 0."),
("934_779d96c632e9", D,
 "Dịp kỷ niệm 96 năm thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) có 14 đảng viên được trao Huy hiệu Đảng.",
 "934_779d96c632e9: 'Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng'. grep '14 đảng viên' -> 0."),
("1221_4e152aae9279", D,
 "Tổ chức Công đoàn hỗ trợ 70 triệu đồng xây nhà \"Mái ấm Công đoàn\" cho gia đình chị Huỳnh Thị Mỹ Hạnh, đoàn viên trường Mẫu giáo Cư M'gar.",
 "1221_4e152aae9279: 'có diện tích sử dụng 85 m2, kinh phí hỗ trợ từ tổ chức Công đoàn 50 triệu đồng'. '70 triệu' only as part of 870/470 triệu elsewhere."),
("144_bc4e63c5ba65", D,
 "Cán bộ LĐLĐ thành phố Hà Nội đã trao 32 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini Khương Hạ.",
 "144_bc4e63c5ba65: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh'. grep '32 triệu' -> 0."),
# ---------------- not_found ----------------
("1151_7634750607d5", N,
 "Hành trình Đỏ năm 2024 tại Thanh Hóa đã tiếp nhận 1.800 đơn vị máu.",
 "Another edition. grep 'Hành trình Đỏ' -> only 1151, which plans the 2025 (lần XIII) edition: 'dự kiến tiếp nhận ít nhất 1.500 đơn vị máu'; 2024 is only a photo caption with no count. grep '1[.]800 đơn vị' -> 0."),
("048_7da6b798d214", N,
 "Năm 2020, các cấp Công đoàn huyện Hoài Đức đã bàn giao 3 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.",
 "Another year. 048 counts 2019: 'trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 2 “Mái ấm Công đoàn”'. grep 'Hoài Đức' -> 002 seed, 048, 337 (sports day), 664: no 2020 Mái ấm count."),
("963_df9b4f2ebd96", N,
 "Hội nghị đại biểu Công đoàn phường Thuận Giao lần thứ I, nhiệm kỳ 2025-2030 có 120 đại biểu tham dự.",
 "Not counted. grep 'Thuận Giao' -> 963 and 1050 only; 963 counts 210 phần quà, hơn 73 triệu, BCH 15 đồng chí, but no number of delegates. grep '120 đại biểu' -> 0."),
("1193_f2efb2123ee3", N,
 "Hội thao NHCSXH năm 2023 khu vực V đã trao 45 huy chương cho các vận động viên.",
 "Not counted. 1193 counts ~430 VĐV, 11 CĐCS/chi nhánh, 7 bộ môn, no medals. grep 'huy chương' -> 0 hits in corpus."),
("805_fafe42781e80", N,
 "Trong đợt trao Huy hiệu Đảng dịp 19/5, quận Đống Đa có 520 đảng viên được nhận Huy hiệu.",
 "Another occasion. 805 counts the đợt 2/9 (660 đảng viên). Other 19/5 counts are Hoàn Kiếm 190 (802) and Hà Đông 440 (804), other districts. grep '520 đảng viên' -> 0."),
("298_583bcb6b997c", N,
 "Đại hội Công đoàn ngành Giáo dục Hà Nội khóa XXIV đã bầu Ban chấp hành gồm 35 ủy viên.",
 "Not counted. 298 says the congress will 'bầu Ban chấp hành công đoàn khoá XXIV' but gives no size; 169 counts BCH Công đoàn Giáo dục Việt Nam khóa XV (36 đồng chí) - another organisation. grep '35 ủy viên|35 đồng chí' -> only 348 (Đảng bộ Sóc Sơn), 1089 (Hội Nông dân Tiền Giang)."),
("622_81ae52ef2094", N,
 "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X có 350 đại biểu tham dự.",
 "Not counted. 622 only says '100% đại biểu tham dự hội nghị đã biểu quyết' and counts 18 Ủy viên, 5 vị Đoàn Chủ tịch. grep '350 đại biểu' -> 0."),
("1221_4e152aae9279", N,
 "Trong năm 2024, LĐLĐ huyện Cư M'gar đã bàn giao 5 căn nhà \"Mái ấm Công đoàn\" cho đoàn viên.",
 "Not counted. grep \"Cư M'gar|Čư M'gar\" -> only 1221, which is about one house (85 m2, 50 triệu); no yearly count."),
("681_4a0a266e2954", N,
 "Chương trình \"Tết Nhân ái\" Xuân Ất Tỵ 2025 của Hội Chữ thập đỏ tỉnh Gia Lai hỗ trợ 45.000 suất quà Tết.",
 "Another year. 681 counts the 2026 plan: 'mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết' (until 10-2-2026). grep 'Tết Nhân ái' -> 001 (Thanh Xuân), 510, 608 (unnamed province, Giáp Thìn 2024, 8 nghìn), 1149 (2026, 1.000): none is Gia Lai 2025."),
("1050_ae670c71dab7", N,
 "Tại hội nghị ngày 22/8, LĐLĐ TP HCM đã công bố quyết định chỉ định Ban chấp hành cho tổng cộng 168 Công đoàn phường, xã.",
 "Not counted. 1050 counts only per working group (tổ số 4: 8 Công đoàn phường; tổ số 9 lists 6); no overall total. grep '168' -> only 699 ('168 suất quà', another counted noun/organisation); 570 counts Đà Nẵng's 24 công đoàn phường, xã (another city)."),
("644_ae27624899b9", N,
 "Trong Tháng Thanh niên 2024, Thành đoàn Hà Nội đặt mục tiêu trồng mới 20.000 cây xanh.",
 "Another place. 644 counts TP Hồ Chí Minh: 'trồng mới ít nhất 40.000 cây xanh'. 391 (Hà Nội Tháng Thanh niên 2024) gives '4 nhóm hoạt động' but no tree count. grep 'cây xanh' -> 547, 550, 777, 790 (1.000 cây, other units), no Hà Nội 2024 target."),
]

def nfc(s):
    # ASCII double quotes -> typographic pairs, so the TSV needs no CSV quoting
    out, open_q = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d"); open_q = not open_q
        else:
            out.append(ch)
    s = "".join(out)
    assert "\t" not in s and "\n" not in s
    return unicodedata.normalize("NFC", s)

rows = sorted(CLAIMS, key=lambda r: r[0])
with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
    w.writerow(["page_id", "verdict", "claim", "why"])
    for r in rows:
        w.writerow([nfc(x) for x in r])

from collections import Counter
c = Counter(r[1] for r in rows)
print(len(rows), dict(c))
