#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("048_7da6b798d214", S,
     "Trong căn “Mái ấm Công đoàn” bàn giao cho đoàn viên Đào Bích Hà ở huyện Hoài Đức, Liên đoàn Lao động thành phố Hà Nội hỗ trợ 20 triệu đồng để sửa chữa.",
     "048: \"số tiền trị giá 25 triệu đồng, trong đó LĐLĐ thành phố hỗ trợ sửa chữa 20 triệu đồng, LĐLĐ huyện Hoài Đức hỗ trợ 5 triệu đồng\""),
    ("094_a583a5e0c0ff", S,
     "Từ đầu năm 2023, toàn bộ 45 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ TP Hà Nội đã tổ chức xong đại hội nhiệm kỳ 2023-2028.",
     "094: \"hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028\"; seed 003_7db656824e63f1d3 agrees: \"đã có 45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành việc tổ chức Đại hội\""),
    ("1013_dd19fb48ab24", S,
     "Sau hơn một tuần triển khai, khoảng 70 nghìn đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đã đăng ký làm chiến sĩ Chiến dịch Xuân tình nguyện 2026.",
     "1013: \"sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện\" (495 counts another thing: \"hơn 4.000\" attending the launch ceremony)"),
    ("1146_b2735544a76a", S,
     "Chợ Tết Công đoàn tỉnh Tây Ninh diễn ra từ 2 đến 5/1/2025 quy tụ trên 40 gian hàng nhu yếu phẩm và hàng tiêu dùng cho công nhân.",
     "1146: \"Năm nay, “Chợ Tết Công đoàn” quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng\""),
    ("152_45d566d7ef8c", S,
     "Từ đầu năm đến thời điểm tổng kết phong trào “Người tốt, việc tốt” ngày 1/8, ngành Lao động - Thương binh và Xã hội Hà Nội đã trợ giúp 13 636 trẻ em có hoàn cảnh đặc biệt.",
     "152: \"trợ giúp cho 13.636 trẻ em có hoàn cảnh đặc biệt, đạt 99,1%\""),
    ("156_c3fa0faf2e36", S,
     "Trong nửa đầu năm 2023, cả nước ghi nhận 345 vụ tai nạn lao động làm chết người.",
     "156: \"6 tháng đầu năm 2023 ... Trong đó số vụ tai nạn lao động chết người là 345 vụ\""),
    ("159_1142eccb3eb0", S,
     "Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 127 giáo viên dạy giỏi các cấp.",
     "159: \"khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp\""),
    ("181_e4c0aa4c078f", S,
     "Năm 2022, phong trào thi đua trong công nhân, viên chức, lao động huyện Sóc Sơn được tổ chức tập trung thành hai đợt.",
     "181: \"Năm 2022, phong trào thi đua trong công nhân, viên chức, lao động (CNVCLĐ) huyện Sóc Sơn được tập trung thành 2 đợt\""),
    ("249_437a7359948a", S,
     "Ngày 1/10, Liên đoàn Lao động Hà Nội công bố quyết định thành lập tám mươi tư Công đoàn xã, phường.",
     "249: \"Ngày 1/10, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường\""),
    ("475_0af186189d4d", S,
     "Trường Mầm non An Vĩnh trên đảo Lý Sơn được xây dựng với tổng kinh phí hơn 7.500 triệu đồng do cán bộ, giáo viên ngành GD-ĐT TP HCM quyên góp.",
     "475: \"Tổng kinh phí xây dựng Trường Mầm non An Vĩnh là hơn 7,5 tỉ đồng từ nguồn vận động quyên góp ... ngành GD-ĐT TP HCM\""),
    ("828_d0642a76ce86", S,
     "Sáng 25/1, LĐLĐ tỉnh Bình Dương tiễn công nhân về quê đón Tết trên 39 chuyến “Chuyến xe Công đoàn - Xuân 2025”.",
     "828: \"Sáng nay, có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn\""),
    ("889_093a5732a7fa", S,
     "Trong đợt luân chuyển cán bộ của Huyện ủy Đô Lương, ba cán bộ từ huyện được điều về đảm nhận chức vụ bí thư, chủ tịch UBND ở các xã.",
     "889: \"có 3 cán bộ từ huyện về đảm nhận chức vụ bí thư, chủ tịch UBND các xã\""),
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025, tuổi trẻ Hà Tĩnh đã trao tặng 15 bể bơi di động cho địa phương.",
     "904: \"ban tổ chức đã trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà\""),

    # ---------------- differs ----------------
    ("042_f42eb6196e49", D,
     "Năm 2019, LĐLĐ thành phố Hà Nội đã tuyên dương 120 Công nhân giỏi Thủ đô.",
     "042 (body headline of the ceremony): \"Lễ tuyên dương 90 Công nhân giỏi Thủ đô năm 2019\" -> 90 not 120. Grep '120 Công nhân giỏi|một trăm hai mươi Công nhân': no hit; other years: 186 counts 100 for 2023"),
    ("048_7da6b798d214", D,
     "Trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao năm “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "048: \"trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 2 “Mái ấm Công đoàn”\" -> 2 not 5. Grep 'Hoài Đức': no other page counts Hoài Đức Mái ấm"),
    ("088_0a1be225e5a4", D,
     "Hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam quán triệt mức chi hỗ trợ Tết Tân Sửu 2021 đã bầu bổ sung sáu đồng chí vào Ban Chấp hành khóa XII, nhiệm kỳ 2018-2023.",
     "088: \"Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII\" (Bùi Thanh Bình, Phạm Tiến Nam, Nguyễn Phi Thường, Huỳnh Sơn Tuấn) -> 4 not 6. Caveat: 1242 counts another occasion (Hội nghị BCH lần thứ 10, 12-1-2022: \"bầu bổ sung 18 ủy viên Ban Chấp hành\"); grep '(sáu|6) (đồng chí|ủy viên)' finds no 6 for this"),
    ("094_a583a5e0c0ff", D,
     "Từ đầu năm 2023, hơn 9.500 công đoàn cơ sở trực thuộc Liên đoàn Lao động thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     "094: \"hơn 8.000 công đoàn cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028\"; seed 003_7db656824e63f1d3: \"8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội\" -> not 9.500. Grep '9\\.?500|9,5 nghìn': no hit"),
    ("1146_b2735544a76a", D,
     "Tại lễ khai mạc Chợ Tết Công đoàn Tây Ninh, Chủ tịch LĐLĐ tỉnh Trịnh Văn Phước đã trao tặng 250 phần quà cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động.",
     "1146: \"trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động\" -> 150 not 250. Grep '250 phần quà': no hit"),
    ("152_45d566d7ef8c", D,
     "Quỹ “Đền ơn đáp nghĩa” thành phố Hà Nội đã vận động được khoảng 35 tỷ đồng, vượt kế hoạch năm.",
     "152: \"Quỹ “Đền ơn đáp nghĩa” thành phố đã vận động được gần 22 tỷ đồng, đạt 109,9% kế hoạch năm\" -> ~22 not ~35. Grep 'Đền ơn đáp nghĩa' only 152 (and an unrelated Sơn Tây teaser); '35 tỷ|35 tỉ' no hit"),
    ("156_c3fa0faf2e36", D,
     "Tổng số ngày nghỉ của người lao động do tai nạn lao động trong 6 tháng đầu năm 2023 là khoảng 95 nghìn ngày.",
     "156: \"Tổng số ngày nghỉ của người lao động do tai nạn lao động là 76.636 ngày\" -> not ~95.000. Grep '95\\.?000 ngày|ngày nghỉ': only 156 counts it"),
    ("159_1142eccb3eb0", D,
     "Khối các trường đại học, cao đẳng Hà Nội có 380 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế trong năm học 2018-2019.",
     "159: \"có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế, làm lợi hơn 9 tỷ đồng\" -> 463 not 380. Grep '380 đề tài|380 sáng kiến': no hit"),
    ("352_557f7c6c45b0", D,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021-2026 với 91,5% số phiếu tán thành.",
     "352: \"với số phiếu 92/94 (chiếm 97,87%)\"; 581 also \"92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)\" -> not 91,5%. Grep '91,5': no hit"),
    ("475_0af186189d4d", D,
     "Công đoàn Giáo dục TP HCM đã tặng 120 chiếc cặp cho học sinh huyện đảo Lý Sơn trước thềm năm học mới.",
     "475: \"CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập\" -> 62 not 120. Grep '120 chiếc|chiếc cặp': only 475"),
    ("492_56c7ff106a2f", D,
     "Hưởng ứng Tháng hành động vì trẻ em năm 2025, quận Ba Đình tổ chức lễ phát động cấp phường đồng loạt tại 15 phường trước ngày 30/5.",
     "492: \"quận Ba Đình sẽ đồng loạt tổ chức lễ phát động cấp phường tại 13 phường trước ngày 30/5\" -> 13 not 15. Grep '15 phường': no hit"),
    ("588_606ca33f8ac4", D,
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 đã hiệp thương bầu thay thế mười hai ủy viên Ủy ban MTTQ huyện khóa IX, nhiệm kỳ 2019-2024.",
     "588: \"Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024\" -> 9 not 12. Grep '(12|mười hai) (Ủy|uỷ|ủy) viên': no hit"),
    ("828_d0642a76ce86", D,
     "Sáng 25/1, khoảng 2.500 công nhân và người thân đã lên “Chuyến xe Công đoàn - Xuân 2025” của LĐLĐ tỉnh Bình Dương về quê đón Tết.",
     "828: \"có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn\" -> not ~2.500. Grep '2\\.?500 công nhân': no hit"),
    ("889_093a5732a7fa", D,
     "Huyện ủy Đô Lương đã quyết định luân chuyển 10 cán bộ về các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: \"Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ\" -> 7 not 10. Grep '(10|mười) cán bộ': only unrelated (291 giải thưởng Nguyễn Văn Linh, 576 kỷ niệm chương)"),
    ("904_0a7c4b90f9b3", D,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025, tuổi trẻ Hà Tĩnh đã huy động hơn 2,5 tỷ đồng để trao tặng các công trình cho địa phương, trường học.",
     "904: \"tuổi trẻ Hà Tĩnh đã huy động được gần 1,8 tỉ đồng trao tặng các công trình\" / \"tổng giá trị gần 1,8 tỷ đồng\" -> not >2,5 tỷ. Grep '2,5 t[ỷỉ]': no hit"),

    # ---------------- not_found ----------------
    ("042_f42eb6196e49", N,
     "Năm 2018, Liên đoàn Lao động thành phố Hà Nội đã tuyên dương 85 Công nhân giỏi Thủ đô.",
     "Another edition. Grep '[0-9]+ Công nhân giỏi' and 'Công nhân giỏi Thủ đô năm 20..': 042 counts 2019 (90), 186 and seed 000 count 2023 (100); 004 mentions the 2018 programme ('biểu dương Công nhân giỏi Thủ đô năm 2018') with no count; 1065/1162 are ngành Xây dựng / GTVT counts. '85 Công nhân' no hit"),
    ("1013_dd19fb48ab24", N,
     "Chiến dịch Xuân tình nguyện 2026 của TP.HCM sẽ triển khai 1.200 công trình, phần việc vì cộng đồng.",
     "Grep 'Xuân tình nguyện' + 'công trình': 1013 counts registered volunteers (gần 70.000), 495 counts launch attendees (hơn 4.000), 519 is phường Thủ Đức (khoảng 1.000 bạn trẻ), 830 is 2024 (35.000 chiến sĩ); no count of công trình for the 2026 TP.HCM campaign; '1\\.?200 công trình' no hit"),
    ("178_166cc048757e", N,
     "Năm 2022, công nhân viên chức lao động quận Nam Từ Liêm có 320 sáng kiến được công nhận.",
     "178 is a tọa đàm on 'Dân vận khéo' gắn với sáng kiến, sáng tạo, its only figures are dates and '132 năm ngày sinh'. Grep 'Nam Từ Liêm.{0,150}[0-9]+ sáng kiến' and '320 sáng kiến': no hit"),
    ("181_e4c0aa4c078f", N,
     "Hưởng ứng Chương trình 1 triệu sáng kiến, năm 2022 công nhân viên chức lao động huyện Sóc Sơn đã đăng ký 1.250 sáng kiến.",
     "181 counts only '2 đợt'; seed 002 names Sóc Sơn among units with many sáng kiến without a number. Grep 'Sóc Sơn.{0,150}sáng kiến|sáng kiến.{0,150}Sóc Sơn' and '1\\.?250 sáng kiến': no count"),
    ("222_aeef1b06b8dc", N,
     "Công đoàn ngành Y tế Hà Nội hiện có 95 công đoàn cơ sở trực thuộc.",
     "222 mentions 'các CĐCS' without a number (its '83 gia đình' is a related-article teaser; 63/88 năm are anniversaries). Grep 'ngành Y tế Hà Nội.{0,200}[0-9]+ (CĐCS|công đoàn cơ sở|đoàn viên)': no hit; '95 Công đoàn cơ sở' only in 059 (LĐLĐ quận Long Biên áo dài), another organisation"),
    ("249_437a7359948a", N,
     "84 Công đoàn xã, phường vừa được Liên đoàn Lao động Hà Nội thành lập tập hợp hơn 120.000 đoàn viên.",
     "249 counts the unions (84) but not their members; teasers '425 cán bộ', '34 Công đoàn cơ sở với hơn 2.100 đoàn viên' are other things; 288 '580.000 đoàn viên' is all Công đoàn Thủ đô; 248 '9.000 đoàn viên' is phường Ba Đình. Grep '84 Công đoàn.{0,200}đoàn viên': no hit"),
    ("269_84a6549b6abc", N,
     "Cuộc thi “Sáng kiến vì cộng đồng” lần thứ ba năm 2020 đã trao hai giải Nhất cho các tác giả.",
     "269 only says a photo caption 'trao thưởng cho các tác giả đạt giải Nhất cuộc thi ... lần thứ 3 năm 2020' with no count. Grep 'giải Nhất': 1047 (thi viết Gương sáng ngành điện 2019: 1 giải nhất), 1046, 827, 118 are other contests; 'Sáng kiến vì cộng đồng' only 269"),
    ("363_f1b865aa72b8", N,
     "Năm 2025, LĐLĐ thành phố Hà Nội tuyên dương 100 Công nhân giỏi Thủ đô.",
     "363 is the 2025 thi đua plan, names the 'Công nhân giỏi Thủ đô' movement with no count. Grep 'Công nhân giỏi Thủ đô năm 20(1[0-8]|2[0-5])': only 2018 (no count), 2022 (no count), 2023 (100, page 186 / seed 000) -> the 2023 figure is another year"),
    ("450_716412d0bd43", N,
     "Liên đoàn Lao động quận Hà Đông hiện có 310 công đoàn cơ sở trực thuộc.",
     "450 gives no counts (only years 2022/2023, nhiệm kỳ 2023-2028). Grep 'Hà Đông' with digits: only 804 (440 đảng viên nhận Huy hiệu Đảng), 544 (Hội LHPN), unrelated; '310 (công đoàn|CĐCS)' no hit"),
    ("492_56c7ff106a2f", N,
     "Dịp phát động Tháng hành động vì trẻ em 2025, quận Ba Đình đã trao 200 suất học bổng cho thiếu nhi có hoàn cảnh khó khăn.",
     "492 says 'trao tặng quà và học bổng cho thiếu nhi ... tại 13 phường' with no number of scholarships. Grep 'học bổng': counts belong to 606 (Điện Biên 300 suất), 694 (Long An 151 suất), 907, 983, 1213; '200 suất' only 519/542 (suất quà, elsewhere)"),
    ("693_fc08e1a86a0b", N,
     "Trong đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp, Công đoàn ngành Giao thông vận tải Hà Nội có 50 công trình, phần việc được đăng ký.",
     "693 gives only dates (21/5; 15/5 đến 10/10) and congress ordinals (XVII, XIII). Grep 'Giao thông vận tải Hà Nội.{0,200}[0-9]+ (công trình|tập thể|cá nhân|CĐCS|công đoàn cơ sở)' and '50 công trình': no hit (1162 '45 công nhân giỏi' is another counted noun)"),
    ("908_f0a5e303f4db", N,
     "Đại hội Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III đã bầu Ban Chấp hành nhiệm kỳ 2025-2030 gồm 9 ủy viên.",
     "908 says 'Đại hội tiến hành bầu BCH Công đoàn cơ sở Bệnh viện nhiệm kỳ 2025 - 2030' with no size and no delegate count. Grep 'Ung bướu|Ung Bướu' only 908; 'Ung bướu.{0,200}(đại biểu|ủy viên)' no count"),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any("\t" in x or "\n" in x for x in row), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts)


if __name__ == "__main__":
    main()
