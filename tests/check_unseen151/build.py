#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported (13) ----------------
    ("083_310dcb0ef093", "supported",
     "Sau 90 năm xây dựng và phát triển, tổ chức Công đoàn Việt Nam đã có gần 10,5 triệu đoàn viên.",
     "083: 'tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (kỷ niệm 90 năm, 2019). g.sh '10,5 triệu' hits only 083."),
    ("094_a583a5e0c0ff", "supported",
     "Từ đầu năm 2023, cả 45 công đoàn cấp trên trực tiếp cơ sở thuộc Liên đoàn Lao động thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.",
     "094: 'hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; seed 003 agrees: '45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành việc tổ chức Đại hội'."),
    ("109_ef0d90601316", "supported",
     "Vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng) tối 30/7 khiến ba công nhân tử vong tại chỗ.",
     "109: 'sàn nâng bị gãy khiến 4 công nhân rơi xuống đất. Hậu quả, 3 người tử vong tại chỗ' (the 4th died later in hospital). Same accident in 282 ('4 nạn nhân tử vong') does not contradict 3 at the scene."),
    ("1262_0d7b4435464f", "supported",
     "Công đoàn trường mầm non Dương Xá (Gia Lâm) đã quyên góp bảy mươi lăm thùng mì ủng hộ người dân vùng lũ sau bão Yagi.",
     "1262: 'các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng' (spelled-out 75). Only page on Dương Xá."),
    ("159_1142eccb3eb0", "supported",
     "Trong năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế.",
     "159: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp; có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế, làm lợi hơn 9 tỷ đồng'."),
    ("174_6cb98c605947", "supported",
     "Đại hội XIII Công đoàn Việt Nam đã bầu 168 người vào Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.",
     "174: 'Kết quả, đại hội đã bầu 168 ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028' (177 is the planned size, 185 the nominees)."),
    ("249_437a7359948a", "supported",
     "Ngày 1/10/2025, LĐLĐ TP Hà Nội công bố quyết định thành lập 84 công đoàn xã, phường.",
     "249: 'Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường' (ngày 1/10; page dated 02/10/2025)."),
    ("262_7b5b3b51657d", "supported",
     "Chợ Tết Công đoàn năm 2023 do LĐLĐ thành phố Hà Nội tổ chức dịp Tết Quý Mão có 48 doanh nghiệp tham gia.",
     "262: 'Chương trình “Chợ Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp với 72 gian hàng'. 795 gives national totals (1.320 doanh nghiệp, 22 chương trình), a different scope."),
    ("352_557f7c6c45b0", "supported",
     "Ông Chu Ngọc Anh được HĐND TP Hà Nội khóa XVI bầu lại làm Chủ tịch UBND thành phố với gần 98% phiếu tán thành.",
     "352: 'với số phiếu 92/94 (chiếm 97,87%)'; 581 same: '92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'. 'gần 98%' ~ 97,87%."),
    ("491_4610d3eefa4d", "supported",
     "Trong năm 2024, Liên đoàn Lao động TP Đà Nẵng đã chi 3.500 triệu đồng hỗ trợ xây dựng \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở.",
     "491: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên' (LĐLĐ TP Đà Nẵng). 3.500 triệu = 3,5 tỉ."),
    ("668_19df4eea3b66", "supported",
     "Đợt trao quà Tết Nhâm Dần 2022 của LĐLĐ tỉnh Trà Vinh cho đoàn viên, công nhân lao động khó khăn tại thị xã Duyên Hải có tổng kinh phí 45 triệu đồng.",
     "668: 'Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà ..., mỗi phần trị giá 300.000 đồng, tổng kinh phí đợt trao quà trị giá 45.000.000 đồng'. (The 30 triệu is LĐLĐ thị xã's separate 100 phần.)"),
    ("813_11d663308583", "supported",
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu bốn Phó Bí thư Thành ủy.",
     "813: 'Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ...'; 812: '4 Phó Bí thư Thành ủy Hà Nội khóa XVIII'. (103 also says 4 for khóa XVI - same value anyway.)"),
    ("985_5ef9fa78a12a", "supported",
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028 có hơn 300 đại biểu tham dự.",
     "985: 'Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân'. 'hơn 300' ~ 304."),

    # ---------------- differs (16) ----------------
    ("019_86611d9987c1", "differs",
     "Năm 2020, thu nhập bình quân của người lao động các doanh nghiệp trực thuộc Công đoàn ngành Xây dựng Hà Nội đạt khoảng 6 triệu đồng/người/tháng.",
     "019: 'thu nhập bình quân đạt 4.500.000đ/người/tháng' (Công đoàn ngành Xây dựng Hà Nội, năm 2020). g.sh '6 triệu đồng/người|6\\.000\\.000|6 triệu đồng/tháng': only 163 (Hà Nội wage bands '5,5-6,6 triệu đồng/tháng', not this union)."),
    ("1126_1b7f3b281987", "differs",
     "Sáu tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP HCM đã ký Thỏa ước lao động tập thể với 35 điểm có lợi hơn cho người lao động.",
     "1126: 'ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động'. g.sh '35 điểm' -> nothing; 'điểm có lợi' only 1126."),
    ("132_c1ba456901a1", "differs",
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI khai mạc ngày 28/11 với 250 đại biểu chính thức.",
     "132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức'. g.sh '250 đại biểu' -> only 1210 (Đại hội Công đoàn Y tế Việt Nam lần XIV, other congress). 031 (lần XII) states no delegate count."),
    ("280_21f64ea8ecb1", "differs",
     "Tại Chợ Tết Công đoàn – Xuân 2026, mỗi phiếu mua hàng Liên đoàn Lao động TP. Hà Nội trao cho đoàn viên khó khăn trị giá 200.000 đồng.",
     "280: '3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng và 3.600 suất quà “0 đồng”, mỗi suất trị giá 300.000 đồng'; 276 same (500.000). g.sh '200\\.000 đồng': only 231 (thưởng Tết) and 983 (hiện vật), unrelated."),
    ("405_26391ad68e2d", "differs",
     "Triển lãm ảnh \"Sức mạnh nhân đạo\" tại lễ phát động Tháng Nhân đạo năm 2018 ở Hà Nội giới thiệu 120 bức ảnh tiêu biểu.",
     "405: 'triển lãm ảnh \"Sức mạnh nhân đạo\" trên phố Lê Thạch giới thiệu tới công chúng 80 bức ảnh tiêu biểu'. g.sh '120 bức|120 tác phẩm' -> nothing; 404 (same event) gives no photo count."),
    ("523_1cd6d816c1b9", "differs",
     "Tại hội nghị ngày 10/11/2025, LĐLĐ tỉnh Nghệ An công bố quyết định chỉ định mười cán bộ công đoàn tham gia Ban Chấp hành khóa XIX.",
     "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX'. g.sh '10 cán bộ|mười cán bộ' -> 291 (Giải thưởng Nguyễn Văn Linh) and 576 (Thủ Đức Kỷ niệm chương), not Nghệ An BCH."),
    ("524_5e262b93a7cd", "differs",
     "Hội nghị trực tuyến gặp mặt Chủ tịch công đoàn cơ sở do LĐLĐ tỉnh Nghệ An tổ chức tháng 7/2021 có 350 Chủ tịch CĐCS khối doanh nghiệp tham gia.",
     "524: 'hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch'. g.sh '350 Chủ tịch|350 chủ tịch' -> nothing."),
    ("576_79a602ffcfd7", "differs",
     "Dịp kỷ niệm 90 năm ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức Công đoàn\" cho 15 cán bộ công đoàn.",
     "576: 'trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức CĐ\" cho 10 cán bộ CĐ'. g.sh '15 cán bộ' -> only 233 ('1.415 cán bộ, giáo viên', unrelated)."),
    ("595_5935e954d4b4", "differs",
     "Dịp Tết Mậu Tuất 2018, khoảng 6.000 công nhân Bình Dương được tổ chức Công đoàn đưa về quê đón Tết bằng các \"Chuyến xe nghĩa tình\".",
     "595: 'khoảng 4.000 công nhân về quê đón Tết sẽ được đưa về bằng các \"Chuyến xe nghĩa tình\"' (LĐLĐ Bình Dương, Tết Mậu Tuất 2018). g.sh '6\\.000 công nhân' -> nothing; 828 is Bình Dương Xuân 2025 (1.600 công nhân, 39 xe), another year."),
    ("642_ac0065628b07", "differs",
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, TP Hội An trao tặng 70 suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "642: 'TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)'. g.sh '70 suất' -> nothing. (207: LĐLĐ TP Hội An 80 suất quà for đoàn viên, Tháng công nhân 2023 - other occasion.)"),
    ("710_a049db02602c", "differs",
     "Đoàn đại biểu của LĐLĐ tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm tám đại biểu.",
     "710: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương'. g.sh '8 đại biểu|tám đại biểu' -> only 128/548/268/218 đại biểu of other congresses."),
    ("762_03509ce53e76", "differs",
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, Ban tổ chức đã phát 4.500 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762: 'Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động'. g.sh '4\\.500 phiếu' -> nothing. (500: Phú Thọ Xuân 2026 3.000 phiếu 0 đồng/5.000 giảm giá, another event.)"),
    ("790_5a5357f6647f", "differs",
     "Chiến dịch Thanh niên tình nguyện hè 2020 của Huyện Đoàn Ea H'leo đã sửa chữa, làm mới gần 20 km đường giao thông nông thôn.",
     "790: 'sửa chữa, làm mới 11 km đường giao thông nông thôn'. g.sh '20 km|19 km|18 km' -> nothing."),
    ("842_86068b256616", "differs",
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII khai mạc sáng 26/12/2023 với 1.095 đại biểu chính thức.",
     "842: 'tham dự Đại hội có 995 đại biểu chính thức'. g.sh '1\\.095|1095' -> nothing."),
    ("907_07e635cbabe5", "differs",
     "Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao tặng 50 suất học bổng cho học sinh khó khăn.",
     "907: 'Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn' (Hội Chữ thập đỏ tỉnh, chủ tịch Đỗ Thị Phước Thiện). g.sh '50 suất học bổng' -> nothing."),
    ("982_1255496940da", "differs",
     "Tại chương trình \"Tết sum vầy\" năm 2020 ở huyện Tam Đường, LĐLĐ tỉnh đã trao 35 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982: 'LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà' (total 33). g.sh '35 suất' -> only 907 ('35 suất học bổng', other event)."),

    # ---------------- not_found (11) ----------------
    ("132_c1ba456901a1", "not_found",
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã bầu Ban Chấp hành khóa mới gồm 27 ủy viên.",
     "132 gives only '200 đại biểu chính thức' (delegates, not BCH members); 031 (Đại hội lần XII) gives no BCH size. g.sh 'ngành Công thương Hà Nội' pages 020/031/184/450/001 count no BCH; '27 ủy viên|27 đồng chí' -> nothing."),
    ("249_437a7359948a", "not_found",
     "84 công đoàn xã, phường vừa được LĐLĐ Hà Nội thành lập quản lý tổng cộng hơn 120.000 đoàn viên.",
     "249 counts only the 84 công đoàn; the only đoàn viên figure is a related-headline teaser 'Thành lập 34 Công đoàn cơ sở với hơn 2.100 đoàn viên' (another thing). g.sh '120\\.000 đoàn viên|120 nghìn đoàn viên' -> nothing."),
    ("280_21f64ea8ecb1", "not_found",
     "Chợ Tết Công đoàn – Xuân 2026 của LĐLĐ TP. Hà Nội tại Cung Văn hóa Lao động Hữu nghị Việt Xô có 45 doanh nghiệp tham gia bán hàng.",
     "280/276 count gian hàng (70 / hơn 70), phiếu and suất quà, not doanh nghiệp; 107 (plan) counts suất quà and Thiên Lộc gian hàng. 262's '48 doanh nghiệp' is the 2023 edition; 795's '1.320 doanh nghiệp' is national 2023. g.sh '45 doanh nghiệp' -> nothing."),
    ("405_26391ad68e2d", "not_found",
     "Trong Tháng Nhân đạo năm 2018, Hà Nội đặt mục tiêu vận động 10 tỷ đồng để trợ giúp người có hoàn cảnh khó khăn.",
     "405's target is 'trợ giúp ... cho khoảng 2.000 - 3.000 lượt người' (people, no money); 404 (same event) counts participants only. 907's '15 tỷ đồng' is another province in 2022; 606 is national 2024. g.sh '10 tỷ' -> only 038 (unrelated hỗ trợ)."),
    ("595_5935e954d4b4", "not_found",
     "LĐLĐ tỉnh Bình Dương bố trí 80 chuyến xe nghĩa tình đưa công nhân về quê đón Tết Mậu Tuất 2018.",
     "595 counts công nhân (khoảng 4.000), not xe. g.sh 'chuyến xe': 828 = Bình Dương Xuân 2025 (39 Chuyến xe Công đoàn), 267 = Hà Nội 2026 (26 chuyến), 786 = 755 chuyến (other org/year). g.sh '80 chuyến' -> nothing."),
    ("622_81ae52ef2094", "not_found",
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X ngày 14/1/2026 có 350 đại biểu tham dự.",
     "622 says '100% đại biểu tham dự hội nghị' (no head-count) and counts 18 Ủy viên hiệp thương, 5 vị Đoàn Chủ tịch. g.sh '350 đại biểu' -> nothing; 'Ủy ban Trung ương MTTQ' pages give no attendance."),
    ("777_a4af8b647861", "not_found",
     "Tại lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn và Hội Liên hiệp Thanh niên tỉnh đã trao 20 suất học bổng cho thiếu nhi có hoàn cảnh khó khăn.",
     "777 counts '30 suất quà (700 nghìn đồng/suất)', '100 thùng sữa', '400 hộp thuốc bổ' etc. - no học bổng. g.sh 'học bổng' has no hit on Tháng Thanh niên pages (391/549/644/777/798); '20 suất học bổng' -> nothing."),
    ("804_8ecc40938555", "not_found",
     "Trong đợt trao Huy hiệu Đảng 19/5, Đảng bộ quận Hà Đông có 35 đảng viên nhận Huy hiệu 50 năm tuổi Đảng.",
     "804 counts 440 đảng viên in total, '1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 70 năm' and 8.700 city-wide - no 50-year count. g.sh '50 năm tuổi Đảng' -> only 927/928/929/934 (other phường)."),
    ("809_cc0d6dcdbae7", "not_found",
     "Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) hiện có khoảng 6.000 đoàn viên.",
     "809 counts BCH '19 anh, chị' and '7 đại biểu chính thức và 3 đại biểu dự khuyết', no membership. g.sh 'Kiến An' -> 590/809 only; '6\\.000 đoàn viên' -> 666/721 (other orgs)."),
    ("842_86068b256616", "not_found",
     "Đại hội Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 đã bầu 120 ủy viên Ban Chấp hành Trung ương Hội.",
     "842 counts '995 đại biểu chính thức' and 'hơn 10 triệu cán bộ, hội viên'; no BCH size. g.sh 'Hội Nông dân Việt Nam' -> 842/985/1089, none counts BCH TW Hội."),
    ("985_5ef9fa78a12a", "not_found",
     "Đại hội Hội Nông dân tỉnh Nghệ An lần thứ X đã bầu Ban Chấp hành khóa mới gồm 45 ủy viên.",
     "985 counts '304 đại biểu', 'gần 500 nghìn hội viên' and '4 mục tiêu'; no BCH size. g.sh '45 ủy viên|45 đồng chí' -> nothing."),
]


def nfc(s):
    # straight double quotes -> typographic pairs, so no csv quoting is needed
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    s = "".join(out)
    assert "\t" not in s and "\n" not in s
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1]))
    with open("/work/unseen151/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    print("pages:", len({r[0] for r in rows}), "max/page:", max(Counter(r[0] for r in rows).values()))


if __name__ == "__main__":
    main()
