#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the unseen48 blind claim set."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("1203_8200442a65ac", S,
     "Điểm sinh hoạt văn hóa công nhân ở Cụm công nghiệp Văn Tự (huyện Thường Tín) rộng hơn 3 nghìn m2.",
     "1203: 'Dự án \"Điểm sinh hoạt văn hóa CN\" Cụm Công nghiệp Văn Tự ... có diện tích trên 3.000 m2'. hơn 3 nghìn m2 ~ trên 3.000 m2."),
    ("357_3a6c57d6b65d", S,
     "Liên đoàn Lao động thành phố Hà Nội đã trao 150 triệu đồng hỗ trợ đoàn viên, người lao động khó khăn vì COVID-19 tại Công ty TNHH Canon Việt Nam.",
     "357: 'Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh đã tới thăm hỏi, động viên và trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động ... thuộc Công ty TNHH Canon Việt Nam'."),
    ("662_858c9dd12965", S,
     "Đại hội CĐCS Sở Công Thương tỉnh Sóc Trăng đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm bảy đồng chí.",
     "662: 'Đại hội bầu ra Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm 07 đồng chí' (CĐCS Sở Công Thương, Công đoàn Viên chức tỉnh Sóc Trăng). bảy = 07."),
    ("313_1415405c4e17", S,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 của TP Hà Nội tại KCN Bắc Thăng Long dự kiến có một nghìn đại biểu dự.",
     "313: 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long (huyện Đông Anh, Hà Nội), dự kiến có 1.000 đại biểu tham dự.' (planned figure; claim keeps 'dự kiến')."),
    ("364_6cb3fc7af92c", S,
     "Kế hoạch số 74/KH-UBND của UBND TP Hà Nội phát động đợt thi đua cao điểm kỷ niệm bảy mươi lăm năm Ngày Chủ tịch Hồ Chí Minh ra \"Lời kêu gọi thi đua ái quốc\".",
     "364: 'Kế hoạch số 74/KH-UBND ... phát động đợt thi đua cao điểm tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra \"Lời kêu gọi thi đua ái quốc\" (11/6/1948 - 11/6/2023)'. Consistent with 355, 043, 1107 (all 75 năm). Anniversary-type figure."),
    ("625_686569eb1423", S,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ 300 triệu đồng để tu sửa Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng do mưa lũ.",
     "625: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng nặng do đợt mưa lũ tháng 11.2016'. Province from the image alt 'LDLD tinh Quang Tri'."),
    ("646_0880c908b49f", S,
     "Cho chương trình \"Chuyến xe Tết đoàn viên - Xuân 2026\", Liên đoàn Lao động tỉnh Đồng Nai đã phân bổ 2200 vé xe miễn phí cho đoàn viên, người lao động.",
     "646: 'Hiện Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp.' (Đồng Nai, Xuân 2026)."),
    ("724_1221291fc5c2", S,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng phấn đấu thực hiện tám nhiệm vụ trọng tâm.",
     "724: 'Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm.'"),
    ("816_99327ccdb464", S,
     "Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2024 của ngành Nội vụ tỉnh do Giám đốc Sở Trần Thị Kim Hoa chủ trì được kết nối tới 18 điểm cầu huyện, thị xã, thành phố.",
     "816: 'Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ' (hội nghị 28/6/2024, Sở Nội vụ, GĐ Trần Thị Kim Hoa). Province not named on the page."),
    ("1243_2795c7a9ce80", S,
     "Đồng chí Nguyễn Việt Hoa được giới thiệu bầu giữ chức Chủ tịch LĐLĐ huyện Thới Bình nhiệm kỳ 2018-2023 với số phiếu đạt 100%.",
     "1243: 'Đ/c Nguyễn Việt Hoa ... bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%' (huyện ủy Thới Bình)."),
    ("397_cf9be6bdd62d", S,
     "Tính đến năm 2023, Hà Nội đã có 14 năm thực hiện Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\".",
     "397 (24/8/2023): 'Sau 14 năm thực hiện Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" tại Hà Nội'. Nearby: 395 'Gala 15 năm ngành Công Thương thực hiện Cuộc vận động' is another organisation/occasion."),
    ("328_e66d2763c177", S,
     "Hai đoàn viên thuộc Liên đoàn Lao động quận Hoàng Mai đã thiệt mạng trong vụ cháy chung cư mini ở phường Khương Đình.",
     "328: 'có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy' (LĐLĐ quận Hoàng Mai; vụ cháy chung cư mini tại phường Khương Đình). 144 counts a different victim group (Công đoàn ngành Y tế: 'chị Trịnh và 2 con gái')."),
    ("274_981255185750", S,
     "Tính từ năm 2012, năm nay là năm thứ mười ba Hà Nội tổ chức Tháng Công nhân.",
     "274: 'Đây là năm thứ 13, Hà Nội tổ chức Tháng Công nhân kể từ năm 2012'. Caveat: ordinal count; 148 says 'Năm 2023 là năm thứ 12' (national, previous year) and 258 'Năm 2022 là năm thứ 10' — other years."),

    # ---------------- differs ----------------
    ("1203_8200442a65ac", D,
     "Công trình điểm sinh hoạt văn hóa công nhân Cụm công nghiệp Văn Tự ở Thường Tín có tổng mức đầu tư khoảng 5 tỷ đồng.",
     "1203: 'tổng mức đầu tư hơn 2 tỉ đồng'. grep 'Văn Tự' hits only 1203; no '5 tỷ/5 tỉ' for this project."),
    ("357_3a6c57d6b65d", D,
     "Đợt thăm hỏi của LĐLĐ TP Hà Nội tại Công ty TNHH Canon Việt Nam đã hỗ trợ 500 đoàn viên, người lao động gặp khó khăn do dịch COVID-19.",
     "357: 'trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động ... thuộc Công ty TNHH Canon Việt Nam'. grep 'Canon' hits only 357; 500 not stated."),
    ("662_858c9dd12965", D,
     "Tại đại hội nhiệm kỳ 2023-2028, Công đoàn cơ sở Sở Công Thương Sóc Trăng bầu Ủy ban Kiểm tra gồm 5 đồng chí.",
     "662: 'Đại hội bầu ra UBKT Công đoàn gồm 03 đồng chí'. grep 'Ủy ban kiểm tra|UBKT': other hits are other organisations (TP.HCM 15, Bình Định 9, LĐLĐ thành phố 8, Thành Đoàn 11...)."),
    ("1194_7d78d6932b24", D,
     "Buổi tuyên truyền phòng chống ma túy, tội phạm của LĐLĐ quận Thốt Nốt ngày 28/5/2023 có khoảng 250 công nhân lao động tham gia.",
     "1194: 'trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ... tuyên truyền'. grep 'Thốt Nốt' hits only 1194; 250 not stated."),
    ("1212_1bec97bc06dc", D,
     "Đoàn kiểm tra do Chủ tịch LĐLĐ huyện Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra 36 công đoàn cơ sở trường học trong năm học 2021-2022.",
     "1212: 'đã kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022' (Trưởng đoàn Lý Hồng Ngọc). grep '48/48', 'Lý Hồng Ngọc' only 1212."),
    ("272_28974ffcb2ea", D,
     "LĐLĐ thành phố Hà Nội đề ra mục tiêu 80% công đoàn cơ sở tham gia ủng hộ Quỹ \"Vì biển, đảo Việt Nam\".",
     "272: 'phấn đấu 100% CĐ cơ sở tham gia ủng hộ' (Quỹ 'Vì biển, đảo Việt Nam', LĐLĐ TP Hà Nội). 80% not stated for this."),
    ("337_b563439ef734", D,
     "Ngày hội văn hóa thể thao CNVCLĐ huyện Hoài Đức năm 2020 tổ chức thi đấu năm nội dung.",
     "337: 'ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ' (Hoài Đức 2020). Other 'nội dung' counts (1190: 6, 1192: 12, 336: 4 môn) are other events."),
    ("396_10158d126817", D,
     "Năm 2024, Sở Văn hóa và Thể thao Hà Nội phát hành, chuyển bài phát thanh tuyên truyền Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" tới 12 quận, huyện, thị xã.",
     "396: 'Phát hành và chuyển 30 quận, huyện, thị xã bài phát thanh tuyên truyền Cuộc vận động'. 12 not stated."),
    ("426_149ced3ae0fa", D,
     "Trước khi sang Tổng Công ty Truyền thông đa phương tiện, ông Trần Duy Phương đã có hai mươi năm làm việc tại báo Lao động.",
     "426: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện'. grep 'Trần Duy Phương' only 426."),
    ("604_1de7b8f3d430", D,
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương phối hợp tổ chức sáng 11/12 có khoảng 350 đại biểu tham dự.",
     "604: 'đại diện một số doanh nghiệp bán lẻ, phân phối cùng hơn 100 đại biểu'. grep 'kết nối cung cầu' only 604; 350 not stated."),
    ("670_101e6c4c997e", D,
     "Công đoàn ngành Giao thông Vận tải Nghệ An đã trao 1,2 tỷ đồng hỗ trợ đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670: 'trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai bị thiệt hại nghiêm trọng do bão lũ số 3'. 1,2 tỷ not stated for this."),
    ("815_4b1f243f3f97", D,
     "Hội nghị của Bộ Tư pháp đánh giá kết quả năm 2024, có Chủ tịch Công đoàn Bộ Khương Thị Thanh Huyền dự, quy tụ khoảng 150 đại biểu cán bộ, công chức, viên chức, người lao động.",
     "815: 'đồng chí Khương Thị Thanh Huyền, Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ'. grep 'Bộ Tư pháp' only 815."),
    ("864_86eb6e3264b4", D,
     "Trong năm 2016, phong trào thi đua do LĐLĐ tỉnh tổ chức (theo hội nghị phối hợp với UBND tỉnh do Chủ tịch Phạm Ngọc Nghị dự) đã có hơn 1.500 đề tài, sáng kiến được áp dụng.",
     "864: 'LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác'. Province not named on page."),
    ("274_981255185750", D,
     "Năm nay là năm thứ 5 thành phố Hà Nội triển khai hưởng ứng Tháng hành động về an toàn, vệ sinh lao động.",
     "274: 'là năm thứ 8 thành phố Hà Nội triển khai hưởng ứng Tháng hành động về ATVSLĐ (tháng 5)'. grep 'năm thứ': no 'năm thứ 5'; 148 'năm thứ 7' is the 2023 (national) statement."),
    ("565_14c4f7e02d5d", D,
     "Buổi giao lưu trực tuyến \"Bầu cử - ngày hội lớn toàn dân\" của Báo Lao động Thủ đô có khoảng 500 công nhân khu vực Kim Chung tham dự.",
     "565: 'Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung'. 500 not stated."),

    # ---------------- not_found ----------------
    ("024_0d6b8f191cd9", N,
     "Tại hội nghị tổng kết năm học 2024-2025, Công đoàn ngành Giáo dục Hà Nội đã vinh danh 45 nhà giáo đạt giải thưởng \"Nhà giáo Hà Nội tâm huyết, sáng tạo\" lần thứ 9.",
     "024 names the award 'lần thứ 9 năm 2025' but gives no number of honourees. grep 'tâm huyết, sáng tạo': 120 (lần thứ 6, 2022), 064 (Đống Đa, 26 giáo viên), 065 (Hoàn Kiếm 2021-2022) are other editions/organisations."),
    ("027_18d8fbebbd64", N,
     "Chương trình tôn vinh nữ cán bộ Công đoàn Thủ đô nhân ngày 20/10/2023 của LĐLĐ TP Hà Nội đã biểu dương 60 nữ cán bộ công đoàn tiêu biểu.",
     "027 / seed 003 (19/10/2023 programme) give only anniversaries (93 năm, 13 năm), no count of women honoured. grep 'nữ cán bộ': 143 (Đại hội phụ nữ, 489 đại biểu, 28 nữ cán bộ công đoàn...) is another event."),
    ("127_640c05f71edb", N,
     "Trong chương trình \"Tết sum vầy - Xuân Bình an\" năm 2022, Công đoàn ngành GTVT Hà Nội đã trao 300 suất quà cho đoàn viên, người lao động khó khăn.",
     "127 gives no number of gifts. grep 'Xuân Bình an': 133/266 (Dệt May), 542 (Hoàng Mai, Nghệ An), 1061, 181 are other organisations; 044 (LĐLĐ TP visit 20/1/2022 to GTVT) gives no counts."),
    ("178_166cc048757e", N,
     "Tọa đàm \"Dân vận khéo\" gắn với thi đua sáng kiến, sáng tạo của quận Nam Từ Liêm năm 2022 có 120 đại biểu tham dự.",
     "178 gives only '132 năm ngày sinh Chủ tịch Hồ Chí Minh'; no participant count. grep 'Dân vận khéo', 'Nam Từ Liêm': only 178 (and 391, Thành đoàn tree planting)."),
    ("183_2d301ff89d1d", N,
     "6 tháng đầu năm 2019, Công đoàn Viên chức Thành phố Hà Nội đã khen thưởng 40 tập thể, cá nhân đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\".",
     "183 says only that Phạm Bá Vĩnh 'khen thưởng các tập thể, cá nhân \"Giỏi việc nước- đảm việc nhà\"' (caption, no number). grep 'Công đoàn Viên chức Thành phố': 507 (năm 2020: 6 tập thể, 88 cá nhân) and 215 (5 năm: 25 tập thể, 67 cá nhân) are other periods."),
    ("450_716412d0bd43", N,
     "Năm 2022, LĐLĐ quận Hà Đông đã kết nạp mới 1.200 đoàn viên công đoàn.",
     "450 (hội nghị tổng kết 2022 Hà Đông) gives no figures except 'Đại hội ... lần thứ XVII (nhiệm kỳ 2023 - 2028)'. grep 'Hà Đông': 804 (440 đảng viên Huy hiệu Đảng) and others are unrelated."),
    ("603_9aa68f9b9708", N,
     "Tại lễ phát động Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 150 suất quà cho người có hoàn cảnh khó khăn.",
     "603 mentions 'Trao tặng những suất quà' (caption) without a number. grep 'Hai Bà Trưng': 509 (Tết 2022: 4.300 suất quà, 400 suất quà) is another occasion/year."),
    ("669_af4c2de1f3b5", N,
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "669 gives no BCH size. Trap: 662 (CĐCS Sở Công Thương Sóc Trăng, same date 17/3/2023) has 'Ban Chấp hành ... gồm 07 đồng chí' — another organisation."),
    ("786_4b655c65ed4c", N,
     "Chương trình Tết sum vầy năm 2018 cấp Tổng LĐLĐ Việt Nam tổ chức tại Hưng Yên dự kiến trao 2.000 suất quà cho người lao động.",
     "786 gives no gift count ('755 chuyến xe' is a related-headline teaser about buses). grep 'Hưng Yên': 425, 577, 578 unrelated; 057 'Tết sum vầy 2018' teaser only."),
    ("908_f0a5e303f4db", N,
     "Đại hội đại biểu Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III, nhiệm kỳ 2025-2030 có 120 đại biểu chính thức.",
     "908 gives no delegate count or BCH size. grep 'Ung bướu' only 908."),
    ("990_489d8f605885", N,
     "Lễ phát động Tháng hành động về ATVSLĐ năm 2025 của tỉnh Nghệ An tại KCN Hoàng Mai 1 có khoảng 800 người lao động tham dự.",
     "990 says only 'đông đảo người lao động'. grep 'Hoàng Mai 1': only 990; Nghệ An hits (172, 523, 524, 670...) are other events."),
    ("338_ac93a7f63ef1", N,
     "Giải Cầu lông CNVCLĐ quận Thanh Xuân năm 2020 có 32 đơn vị, công đoàn cơ sở tham gia.",
     "338 counts only vận động viên (125), not participating units ('tặng cờ lưu niệm cho các đơn vị tham gia', no number). Other unit counts (336 Hoàn Kiếm: 75 CĐCS; 1193: 11 CĐCS) are other events."),
]


def curly(text):
    """Replace straight double quotes by typographic ones so no TSV quoting is needed."""
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)).replace("\t", " ") for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
