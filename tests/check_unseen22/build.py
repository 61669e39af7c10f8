#!/usr/bin/env python3
"""Build claims.tsv for batch 22 (blind claim set for `ldtd check`).

Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised,
sorted by page_id (stable within a page: order written below).
"""
import csv
import os
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---- 941: Huyện đoàn Tuy Phước, Tháng Thanh niên 2021 ----
    ("941_b32ebfdb5342", S,
     "Ngày 6/3/2021, Huyện đoàn Tuy Phước ra quân khởi động Tháng Thanh niên, trồng chín mươi cây hoa và cây ăn quả tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: \"Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn đã tổ chức ra quân khởi động khởi “Tháng thanh niên” năm 2021 ... Kết quả đã trồng 90 cây gồm: hoa giấy, hoa dâm bụt, ... xoài, táo, mít, vú sữa\". chín mươi = 90."),
    ("941_b32ebfdb5342", D,
     "Trong hai ngày 6 và 7/3/2021, các cơ sở đoàn ở huyện Tuy Phước đồng loạt ra quân trồng cây, dọn vệ sinh môi trường, thu hút khoảng 200 lượt đoàn viên thanh niên tham gia.",
     "941_b32ebfdb5342: \"từ ngày 6-7/3/2021 các cơ sở đoàn trên địa bàn huyện đã đồng loạt ra quân ... thu hút hơn 500 lượt ĐVTN tham gia\" (500 vs ~200). Not the launch-event figure \"30 ĐVTN\" (that is the 6/3 Huyện đoàn event only). g.sh '200 lượt' -> 0 hits; g.sh 'Tuy Phước' -> only this page."),
    ("941_b32ebfdb5342", N,
     "Trong Tháng Thanh niên 2021, tuổi trẻ huyện Tuy Phước đã thực hiện 15 công trình, phần việc thanh niên.",
     "941 only says \"với nhiều công trình, phần việc thanh niên\" (no count). Its figures are 90 cây, 30 ĐVTN, hơn 500 lượt ĐVTN, 90 năm thành lập Đoàn - other nouns. g.sh 'Tuy Phước' -> only 941; g.sh '15 công trình' -> 0 hits; g.sh 'công trình thanh niên' -> 6 files, none about Tuy Phước."),

    # ---- 943: Huyện đoàn Ninh Giang, Hoa phượng đỏ 2024 ----
    ("943_88cf9e3df0cd", S,
     "Chiến dịch tình nguyện Hoa phượng đỏ 2024 do Huyện đoàn Ninh Giang triển khai đã thu hút hơn 300 học sinh và giáo viên trẻ tham gia.",
     "943_88cf9e3df0cd: \"toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ tham gia\" (trên 300 ~ hơn 300)."),
    ("943_88cf9e3df0cd", D,
     "Hè 2024, toàn huyện Ninh Giang đã thành lập 12 đội hình tình nguyện Hoa phượng đỏ.",
     "943_88cf9e3df0cd: \"toàn huyện thành lập 6 đội hình tình nguyện\" (6 vs 12). g.sh '12 đội hình' -> only 318 (Thành đoàn Hà Nội, \"12 đội hình chuyên\"), another organisation; g.sh 'Ninh Giang' -> only 943."),
    ("943_88cf9e3df0cd", N,
     "Các đội hình Hoa phượng đỏ ở huyện Ninh Giang đã tổ chức sinh hoạt hè cho khoảng 1.500 thiếu nhi tại các khu dân cư.",
     "943 mentions \"phụ trách thiếu nhi sinh hoạt hè tại các khu dân cư\" but counts no children; its counts are 6 đội hình and trên 300 học sinh, giáo viên trẻ (the volunteers, another noun). g.sh 'Ninh Giang' -> only 943; g.sh '1\\.?500 (thiếu nhi|em)' -> 0 hits; g.sh 'Hoa phượng đỏ' -> 392, 547, 550, 782, 784 (other provinces/years, programme lists)."),

    # ---- 944: Mùa Hè Xanh Bách khoa (ĐHQG TP.HCM) 2023 ----
    ("944_17ca3d320e2c", S,
     "Bên cạnh mặt trận Tân Hồng, Chiến dịch Mùa Hè Xanh của Trường ĐH Bách khoa (ĐHQG TP.HCM) năm 2023 còn có 470 sinh viên hoạt động tại mặt trận TP.HCM.",
     "944_17ca3d320e2c: \"Bên cạnh đó, chiến dịch còn diễn ra đồng thời tại mặt trận TP. HCM, với 470 sinh viên\"; year from: Trưởng Ban chỉ đạo Chiến dịch tình nguyện \"Mùa Hè Xanh\" năm 2023."),
    ("944_17ca3d320e2c", D,
     "Chiến dịch Mùa Hè Xanh Bách khoa năm 2023 ra quân đến mặt trận huyện Tân Hồng (Đồng Tháp) với sự tham gia của 80 giảng viên.",
     "944_17ca3d320e2c: \"chính thức ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên\" (150 vs 80). g.sh '80 giảng viên' -> 0 hits; g.sh 'Tân Hồng|Hàm Tân' and 'Bách khoa' -> only 944."),
    ("944_17ca3d320e2c", N,
     "Chiến dịch Mùa Hè Xanh Bách khoa 2023 thực hiện 25 công trình tại huyện Tân Hồng, tỉnh Đồng Tháp.",
     "944 only says \"những công trình tại huyện Tân Hồng, tỉnh Đồng Tháp\" (no count); its numbers count sinh viên/giảng viên (500, 150, 470, 32, 2, 2) and \"32 mùa chiến dịch trước\". g.sh 'Tân Hồng|Hàm Tân' -> only 944; g.sh '25 công trình' -> only 544 (Hội phụ nữ gắn biển công trình, unrelated)."),

    # ---- 962: Công đoàn cơ sở phường Thanh Hà, Đại hội 2023-2028 ----
    ("962_3c496118118a", S,
     "Đại hội Công đoàn cơ sở phường Thanh Hà nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm năm thành viên.",
     "962_3c496118118a: \"Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên\". năm = 5."),
    ("962_3c496118118a", D,
     "Trong nhiệm kỳ 2017-2023, 85% đoàn viên Công đoàn phường Thanh Hà hoàn thành tốt nhiệm vụ được giao.",
     "962_3c496118118a: \"100% đoàn viên công đoàn hoàn thành tốt nhiệm vụ được giao\" (100% vs 85%). g.sh '85% đoàn viên' -> 0 hits; g.sh 'Thanh Hà' -> 962 plus 687 (a person, bà Trần Thị Thanh Hà)."),
    ("962_3c496118118a", N,
     "Công đoàn cơ sở phường Thanh Hà hiện có 38 đoàn viên.",
     "962 never gives the union's membership; its figures are BCH 5 thành viên and 100% (cán bộ công chức / đoàn viên hoàn thành nhiệm vụ - shares, not a count of members). g.sh 'Thanh Hà' -> 962 and 687 (a person's name); g.sh '38 đoàn viên' -> 0 hits."),

    # ---- 963: Công đoàn phường Thuận Giao (TP.HCM) ----
    ("963_df9b4f2ebd96", S,
     "Công đoàn phường Thuận Giao (TP.HCM) cùng Ủy ban MTTQ phường trao quà cho hộ nghèo, học sinh khó khăn với tổng giá trị hơn 73 triệu đồng.",
     "963_df9b4f2ebd96: \"trao tặng 210 phần quà cho các hộ nghèo, học sinh khó khăn với tổng giá trị hơn 73 triệu đồng\"."),
    ("963_df9b4f2ebd96", D,
     "Ban Chấp hành Công đoàn phường Thuận Giao được chỉ định tại hội nghị đại biểu lần thứ I gồm 11 đồng chí.",
     "963_df9b4f2ebd96: \"Đại hội đã công bố quyết định chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí\" (15 vs 11). g.sh '11 đồng chí' -> 348, 593, 808, 887 (other bodies: Ban Thường vụ, Đoàn Chủ tịch, UBKT); g.sh 'Thuận Giao' -> only 963."),
    ("963_df9b4f2ebd96", N,
     "Hội nghị đại biểu Công đoàn phường Thuận Giao lần thứ I, nhiệm kỳ 2025-2030, có 150 đại biểu tham dự.",
     "963 does not count the delegates (\"các đại biểu đã đánh giá...\"); its counts are 210 phần quà, hơn 73 triệu đồng, BCH 15 đồng chí. g.sh 'Thuận Giao' -> only 963; g.sh 'Hội nghị đại biểu' -> only 963; g.sh '150 đại biểu' -> 0 hits."),

    # ---- 964: Công đoàn phường An Hội Tây, CĐCS Trường TH Đặng Thùy Trâm ----
    ("964_0f6571f76771", S,
     "Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm (phường An Hội Tây, TP.HCM) được thành lập với ba mươi mốt đoàn viên là cán bộ, giáo viên, nhân viên.",
     "964_0f6571f76771: \"Nghị quyết thành lập Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm với 31 đoàn viên là cán bộ, giáo viên, nhân viên của trường\". ba mươi mốt = 31."),
    ("964_0f6571f76771", S,
     "Công đoàn phường An Hội Tây hiện quản lý gần 5,7 nghìn đoàn viên.",
     "964_0f6571f76771 (lead paragraph): \"Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên\" (gần 5,7 nghìn ~ 5.660)."),
    ("964_0f6571f76771", D,
     "Công đoàn phường An Hội Tây, TP.HCM đang quản lý hơn 240 công đoàn cơ sở.",
     "964_0f6571f76771: \"quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên\" (142 vs hơn 240). g.sh '24[0-9] (Công đoàn cơ sở|CĐCS)' -> 0 hits; g.sh 'An Hội Tây' -> only 964."),

    # ---- 965: Tổng LĐLĐ duyệt hồ sơ Đại hội Công đoàn tỉnh Tuyên Quang XVII ----
    ("965_f94f0c950eb5", D,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028, được tổ chức trong 3 ngày tại Trung tâm Hội nghị tỉnh.",
     "965_f94f0c950eb5: \"Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028 sẽ diễn ra trong 2 ngày (28 và 29/9/2023) tại Trung tâm Hội nghị tỉnh\" (2 vs 3 ngày). g.sh 'trong 3 ngày' -> 0 hits; g.sh 'Tuyên Quang' -> 965, 532 (Đại hội lần thứ I 2025-2030, no duration), 727 (unrelated)."),
    ("965_f94f0c950eb5", N,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028, có 250 đại biểu chính thức.",
     "965 gives no delegate count (only date, 2 ngày, Tổ số 02). 532 is another edition (lần thứ I, 2025-2030) with no delegate count either. g.sh 'Công đoàn (tỉnh )?Tuyên Quang lần thứ' -> 965, 532; g.sh '250 đại biểu' -> 0 hits; g.sh 'đại biểu chính thức' -> 24 files, none Tuyên Quang."),

    # ---- 966: Công đoàn GTVT VN biểu dương CNLĐ xuất sắc 2018, VNA ----
    ("966_e39baf260c80", S,
     "Vietnam Airlines (VNA) có 45 cán bộ, công nhân viên chức lao động tiêu biểu được biểu dương tại Hội nghị biểu dương công nhân lao động xuất sắc ngành GTVT năm 2018.",
     "966_e39baf260c80: \"Hội nghị biểu dương Công nhân lao động xuất sắc, tiêu biểu năm 2018 ... VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu đến từ nhiều đơn vị\"."),
    ("966_e39baf260c80", N,
     "Hội nghị biểu dương công nhân lao động xuất sắc, tiêu biểu năm 2018 của Công đoàn Giao thông vận tải Việt Nam đã tuyên dương 300 công nhân lao động toàn ngành.",
     "966 counts only VNA's own honorees (45 cán bộ, CNVCLĐ của VNA), not the whole-sector total. g.sh 'Giao thông vận tải Việt Nam|Công đoàn GTVT|TCTHK|Vietnam Airlines' -> 966 plus 046, 127 (guests' titles only); g.sh 'lao động xuất sắc, tiêu biểu' -> only 966; g.sh '300 (công nhân|CNLĐ)' -> 106, 626 (other things)."),

    # ---- 967: Quảng Trị, phát triển đoàn viên 9 tháng 2024 ----
    ("967_240e5a455bbf", S,
     "Trong 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã vận động thành lập mới 23 công đoàn cơ sở.",
     "967_240e5a455bbf: \"trong 9 tháng đầu năm 2024, liên đoàn lao động (LĐLĐ) các huyện, thị xã, thành phố, các công đoàn ngành, Công đoàn Viên chức tỉnh Quảng Trị đã vận động thành lập mới được 23 CĐCS\"."),
    ("967_240e5a455bbf", D,
     "9 tháng đầu năm 2024, công đoàn Quảng Trị kết nạp hơn 1900 đoàn viên ở những nơi đã có công đoàn cơ sở.",
     "967_240e5a455bbf: \"kết nạp 1.411 đoàn viên ở những nơi đã có CĐCS\" (1.411 vs hơn 1.900; the other figure 401 is members in the new CĐCS). g.sh '1\\.?9[0-9]{2} đoàn viên' -> 0 hits; g.sh 'Quảng Trị' -> 967, 968 only (968 is year 2021/target 2022)."),
    ("967_240e5a455bbf", N,
     "Cả năm 2024, Liên đoàn Lao động tỉnh Quảng Trị kết nạp được 3.200 đoàn viên mới.",
     "Another period: 967 counts only the first 9 months of 2024 (23 CĐCS, 401 and 1.411 đoàn viên); 968 counts 2021 and a 2022 target (phát triển 2.500 đoàn viên). No full-year 2024 figure. g.sh 'Quảng Trị' -> 967, 968; g.sh 'năm 2024.{0,60}đoàn viên' -> 498, 502, 609 (other provinces); g.sh '3\\.?200 đoàn viên' -> 0 hits."),

    # ---- 968: LĐLĐ tỉnh Quảng Trị tổng kết năm 2021 ----
    ("968_788fa47f98b7", S,
     "Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh Quảng Trị đã tặng hơn 25 nghìn phần quà cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn.",
     "968_788fa47f98b7: \"Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh đã tặng 25.021 phần quà trị giá 13,4 tỉ đồng cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn\" (hơn 25 nghìn ~ 25.021)."),
    ("968_788fa47f98b7", D,
     "Năm 2021, Liên đoàn Lao động tỉnh Quảng Trị vận động công nhân viên chức lao động ủng hộ gần 5 tỷ đồng cho người dân TP HCM và các tỉnh phía Nam.",
     "968_788fa47f98b7: \"vận động CNVC-LĐ ủng hộ 7,3 tỉ đồng và 16 tấn hàng hóa để hỗ trợ người dân TP HCM và các tỉnh phía Nam\" (7,3 tỷ vs gần 5 tỷ). g.sh '5 t[ỷỉ] đồng' -> only other organisations (038, 155, 166, 452, 475, 491, 500, 509, 795, 907); g.sh 'Quảng Trị' -> 967, 968."),
    ("968_788fa47f98b7", D,
     "CNVC-LĐ tỉnh Quảng Trị đã ủng hộ 26 tấn hàng hóa để hỗ trợ người dân TP.HCM và các tỉnh phía Nam trong năm 2021.",
     "968_788fa47f98b7: \"ủng hộ 7,3 tỉ đồng và 16 tấn hàng hóa để hỗ trợ người dân TP HCM và các tỉnh phía Nam\" (16 vs 26 tấn). g.sh '26 tấn' -> 0 hits."),

    # ---- 969: Công đoàn Sở NN&PTNT, Đại hội các CĐCS thành viên khóa II ----
    ("969_652bd3e9c355", S,
     "Từ ngày 24 đến 25/3/2023, mười công đoàn cơ sở thành viên trực thuộc Công đoàn Sở Nông nghiệp và Phát triển nông thôn đã tổ chức Đại hội khóa II, nhiệm kỳ 2023-2028.",
     "969_652bd3e9c355: \"từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028\" (plan dated 28/02/2023). mười = 10."),
    ("969_652bd3e9c355", N,
     "Đại hội Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn ngày 21/4/2023 có 120 đại biểu tham dự.",
     "969 only announces that congress (\"được tổ chức vào ngày 21/4 tới đây\") and counts no delegates; its one count is 10 CĐCS thành viên. g.sh 'Sở Nông nghiệp' -> only 969; g.sh '120 đại biểu' -> 0 hits."),

    # ---- 971: Thanh Hóa điều động, bổ nhiệm lãnh đạo sở (6/10/2025) ----
    ("971_b72c9cbfbaaa", N,
     "Sau sắp xếp bộ máy, tỉnh Thanh Hóa hiện có 19 sở, ngành trực thuộc UBND tỉnh.",
     "971 says \"bổ nhiệm nhiều cán bộ lãnh đạo tại các sở, ngành\" and gives no count of departments. 806 (same occasion, plo.vn) counts appointees: \"điều động, bổ nhiệm 4 lãnh đạo sở, ngành\" - a different counted noun (leaders, not departments). g.sh 'sở, ngành' -> 003 (\"8 sở, ngành\" Hà Nội), 806, others without counts; g.sh '19 sở' -> 0 hits."),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        for f in (page_id, claim, why):
            assert "\t" not in f and "\n" not in f, f
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps order within a page
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))


if __name__ == "__main__":
    main()
