#!/usr/bin/env python3
"""Build claims.tsv for blind testing of `ldtd check` (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("050_d054ada0f9d5", S,
     "Căn nhà của đoàn viên Mai Thị Lương (Trường Mầm non Cổ Đô, Ba Vì) được sửa chữa nhờ chương trình Mái ấm Công đoàn có trị giá hơn 118 triệu đồng.",
     '050: "Căn nhà có tổng diện tích 80m², trị giá trên 118 triệu đồng"'),
    ("094_a583a5e0c0ff", S,
     "Từ đầu năm 2023, cả 45 công đoàn cấp trên trực tiếp cơ sở thuộc Liên đoàn Lao động TP Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     '094: "hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028"; seed 003 agrees: "45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành việc tổ chức Đại hội"'),
    ("1168_4ac4afe82df2", S,
     "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi có tổng cộng hơn 5,4 nghìn đoàn viên.",
     '1168: "Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)"'),
    ("189_db25eb366620", S,
     "Tại lễ phát động Tháng hành động ATVSLĐ năm 2019, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng ba mươi tám tập thể có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     '189 (body): "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018"'),
    ("244_3f16c38c7f90", S,
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 14 tổ công đoàn.",
     '244: "Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên."'),
    ("333_b974af218aab", S,
     "Năm 2022, hơn 80% đoàn viên của Công đoàn ngành Giáo dục Hà Nội là nữ.",
     '333 (hội nghị 28/6/2022): "187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ" (1042 gives other counts of CĐCS/đoàn viên for another time but no % nữ)'),
    ("549_9d9b0f5c7ddc", S,
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, đoàn viên thanh niên cả nước đã thực hiện 429 công trình thanh niên cấp huyện.",
     '549: "429 công trình thanh niên cấp huyện trị giá 26,019 tỉ đồng" (tuần đầu, 29/5 – 5/6/2022)'),
    ("581_94f251acdd8a", S,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 97,87% đại biểu HĐND có mặt tán thành.",
     '581: "với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)"; 352 also gives 92/94'),
    ("761_0759299e56e8", S,
     "Chương trình Chợ Tết Công đoàn năm 2023 được Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam tổ chức tại 22 tỉnh, thành phố.",
     '761: "Chợ Tết công đoàn năm 2023 ... được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố"; 795 agrees: "tổ chức thành công 22 Chương trình Chợ Tết Công đoàn 2023"'),
    ("808_2d042b864f95", S,
     "Đại hội Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI bầu Ban Chấp hành Thành Đoàn khóa XI gồm 59 người.",
     '808: "đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí"'),
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025 ở Hương Khê, tuổi trẻ Hà Tĩnh đã trao tặng 15 bể bơi di động.",
     '904: "trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà an sinh"'),
    ("934_779d96c632e9", S,
     "Dịp kỷ niệm 96 năm Ngày thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) có chín đảng viên được trao tặng Huy hiệu Đảng.",
     '934: "Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng"'),
    ("998_d6cbe319eeca", S,
     "Chiến dịch Thanh niên tình nguyện hè 2023 đã đưa 463 chiến sĩ tình nguyện ra Đảo Thanh niên.",
     '998: "Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên"'),

    # ---------------- differs ----------------
    ("050_d054ada0f9d5", D,
     "LĐLĐ huyện Ba Vì đã hỗ trợ 15 triệu đồng để gia đình đoàn viên Mai Thị Lương sửa nhà theo chương trình Mái ấm Công đoàn.",
     '050: "cùng với sự hỗ trợ của LĐLĐ huyện Ba Vì là 5 triệu đồng". grep "15 triệu": only 091/144 (other unions, other cases)'),
    ("094_a583a5e0c0ff", D,
     "Từ đầu năm 2023 đến nay, khoảng 6.500 công đoàn cơ sở thuộc LĐLĐ thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.",
     '094: "hơn 8.000 công đoàn cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028"; seed 003: "8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội". grep "6.500 công đoàn|6500 công đoàn": none'),
    ("1168_4ac4afe82df2", D,
     "Trong năm 2015, Công đoàn ngành Y tế Quảng Ngãi đã phụng dưỡng 12 Bà mẹ Việt Nam anh hùng.",
     '1168: "phụng dưỡng 8 mẹ Việt Nam anh hùng". grep "12 (bà )?mẹ": none'),
    ("189_db25eb366620", D,
     "Công đoàn ngành Xây dựng Hà Nội khen thưởng 47 cá nhân có thành tích xuất sắc trong phong trào an toàn vệ sinh lao động năm 2018.",
     '189: "khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018". grep "47 cá nhân": none'),
    ("249_437a7359948a", D,
     "Ngày 1/10, Liên đoàn Lao động thành phố Hà Nội công bố quyết định thành lập 126 Công đoàn xã, phường.",
     '249: "tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường". grep "126 Công đoàn|126 công đoàn": none'),
    ("333_b974af218aab", D,
     "Theo Phó Chủ tịch Đỗ Văn Nam, năm 2022 Công đoàn ngành Giáo dục Hà Nội có hơn 15.000 đoàn viên.",
     '333: "187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên" (1042, another time: "hơn 11.800 đoàn viên"). grep "15.000 đoàn viên|15 nghìn đoàn viên": none'),
    ("340_450a27d2144e", D,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đề ra 5 khâu đột phá.",
     '340: "đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm". grep "5 khâu đột phá|năm khâu": none (712, 747: 3 khâu đột phá of other bodies)'),
    ("391_011bec396bed", D,
     "Trong Tháng Thanh niên năm 2024, Thành đoàn Hà Nội đặt mục tiêu tập trung vào 6 nhóm hoạt động trọng tâm.",
     '391: "Ban Thường vụ Thành đoàn Hà Nội đặt ra mục tiêu tập trung vào 4 nhóm hoạt động trọng tâm". grep "6 nhóm|sáu nhóm": only 1027 (sáu nhóm ngành, labour demand)'),
    ("457_01a1febb948b", D,
     "Công ty Xổ số kiến thiết Tiền Giang hỗ trợ 25 triệu đồng xây mái ấm công đoàn cho giáo viên Ngô Thị Pha.",
     '457: "Công ty TNHH Một thành viên Xổ số kiến thiết Tiền Giang hỗ trợ 40 triệu đồng". grep "25 triệu": 048 (Gia Lâm MACĐ Đào Bích Hà), others unrelated'),
    ("465_d28f5749c617", D,
     "Liên đoàn Lao động huyện Phú Lương đã tặng 68 suất quà cho cán bộ viên chức, người lao động gặp khó khăn dịp Tết.",
     '465: "Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn". grep "68 (suất|xuất)": only 699 "168 suất quà" (other huyện)'),
    ("474_7fd340fb34bb", D,
     "Dịp Tết Tân Sửu 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang trao 41 suất hỗ trợ cho nhà giáo, người lao động khó khăn.",
     '474: "Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng". grep "41 suất": none'),
    ("563_c39e3be4e916", D,
     "Ngày 30-4-2016 tại Đồng Nai, Thủ tướng Nguyễn Xuân Phúc gặp gỡ, đối thoại với công nhân lao động 6 tỉnh, thành miền Đông Nam Bộ.",
     '563: "đối thoại, lắng nghe nguyện vọng của công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, ...)". grep "6 tỉnh": none (1190: "6 chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ", another thing)'),
    ("593_fe8e59aadb97", D,
     "Tại phiên trù bị, Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Đoàn Chủ tịch gồm 15 đồng chí.",
     '593: "đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí". grep "Đoàn Chủ tịch.{0,30}15": none'),
    ("622_81ae52ef2094", D,
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu 25 vị Ủy viên Ủy ban Trung ương MTTQ Việt Nam.",
     '622: "Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam". grep "25 vị|25 Ủy viên": none'),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 150 phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn tại Gia Lai.",
     '745: "đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ". grep "150 phần quà|150 suất": 668 (Trà Vinh), 829, 922 (Thanh Hóa HLPN), 1146 (Tây Ninh) – other organisations/places'),
    ("985_5ef9fa78a12a", D,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X có các đại biểu đại diện cho gần 700 nghìn hội viên nông dân toàn tỉnh.",
     '985: "304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh". grep "700 nghìn|700.000 hội viên": only 777 (700 nghìn đồng/suất)'),
    ("994_8697caa1612f", D,
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng tại chương trình Ngày thanh niên cùng hành động ở xã Sơn Tây là hơn 500 triệu đồng.",
     '994: "Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng". grep "500 triệu": only 1130 (Quỹ Vì người nghèo)'),

    # ---------------- not_found ----------------
    ("042_f42eb6196e49", N,
     "Có 27 nữ công nhân nằm trong danh sách Công nhân giỏi Thủ đô được LĐLĐ thành phố Hà Nội tuyên dương năm 2019.",
     '042 only counts the honourees in total ("Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019", title/caption) and "13 năm qua"; no split by sex. grep "Công nhân giỏi Thủ đô năm 2019", "Công nhân giỏi Thủ đô.{0,120}(nữ)": nothing counts women among them'),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao Giấy chứng nhận Đạt chuẩn văn hóa cho 14 công đoàn cơ sở.",
     '1145: "đã trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS Đạt chuẩn văn hóa" (no number; caption). grep "Ninh Bình", "đạt chuẩn văn hóa": 251 counts 75 units in Sơn Tây (another place)'),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 250 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
     '1169: "tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc" (no number); only "Bệnh viện C Đà Nẵng đã có 01 cá nhân" (one hospital). grep "thi đua yêu nước ngành Y tế|Bệnh viện C": no total'),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký hơn 1.200 sáng kiến hưởng ứng Chương trình 1 triệu sáng kiến.",
     '181 only says the 2022 emulation is "tập trung thành 2 đợt"; no count of initiatives. grep "Sóc Sơn.{0,150}sáng kiến|sáng kiến.{0,150}Sóc Sơn": 180 (teaser headline), seed 002 (names Sóc Sơn among units with many initiatives, no count)'),
    ("303_3afb6ef3386b", N,
     "Liên đoàn Lao động huyện Gia Lâm hiện quản lý 320 công đoàn cơ sở.",
     '303 has only "93 năm" (Công đoàn VN) and "44 năm xây dựng" (Công đoàn Gia Lâm). grep "Gia Lâm.{0,200}(công đoàn cơ sở|CĐCS|đoàn viên)": 296 says "100% Công đoàn cơ sở ... đã tổ chức thành công Đại hội" with no count'),
    ("391_011bec396bed", N,
     "Tại lễ ra quân Tháng Thanh niên 2024 ở Công viên Mễ Trì, Đoàn Thanh niên thành phố Hà Nội đã trồng 1.500 cây xanh.",
     '391: "triển khai hoạt động trồng cây xanh trong khuôn viên Công viên Mễ Trì" (no number; counted there: 2 Sân chơi thiếu nhi, 4 nhóm hoạt động, 30 ngày). grep "cây xanh.{0,60}Mễ Trì|trồng.{0,40}cây.{0,80}Tháng Thanh niên": no count; 547/550 count cây xanh for other programmes'),
    ("520_248a7e4c18f3", N,
     "Căn nhà Mái ấm công đoàn bàn giao cho bà Trần Thị Anh ở xã Long Mỹ, huyện Đất Đỏ có diện tích 45 m2.",
     '520 counts money ("hỗ trợ 50 triệu đồng", "50 triệu đồng/căn") and "thứ 4 trong năm 2020", no area. grep "Long Điền|Chang Chun|Đất Đỏ": no area; 050 (80m², Ba Vì) and 457 (56 m2, Tiền Giang) are other houses'),
    ("563_c39e3be4e916", N,
     "Trong Tháng Công nhân năm 2016, Tổng Liên đoàn Lao động Việt Nam dự kiến tặng 50.000 suất quà cho công nhân lao động.",
     '563 counts 3.000 công nhân (title), 130 năm, 8 tỉnh; no gifts. grep "Tháng công nhân năm 2016": 1129 (EVN NPC, no gift count)'),
    ("622_81ae52ef2094", N,
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X có 350 đại biểu tham dự.",
     '622 counts "18 vị" ủy viên elected, "5 vị" Đoàn Chủ tịch and "100% đại biểu tham dự hội nghị đã biểu quyết" (a share, not a headcount). grep "lần thứ 6, khóa X|Hội nghị Ủy ban Trung ương MTTQ": only 622'),
    ("654_33346c495ae8", N,
     "Năm 2021, Liên đoàn Lao động quận Long Biên biểu dương 45 gia đình CNVCLĐ tiêu biểu.",
     '654: gửi giấy khen "đến tận tay từng cá nhân", no number (figures: kế hoạch 28, 20 năm, 91 năm). grep "gia đình (CNVCLĐ|...).{0,40}tiêu biểu": 063 (Hoàng Mai, 73), 064 (Đống Đa 2025, 58) – other districts/years'),
    ("867_79224beef844", N,
     "Mỗi căn nhà mái ấm công đoàn mà Liên đoàn Lao động tỉnh Vĩnh Long bàn giao tại huyện Long Hồ năm 2022 trị giá 60 triệu đồng.",
     '867 counts "3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa" and "100 năm", no money. grep "Vĩnh Long": 1152, 1192 unrelated; 457 "kinh phí 60 triệu đồng" is a Tiền Giang house'),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
