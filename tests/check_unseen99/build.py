#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (dev pages, batches 1-30).
Plain Python: csv + unicodedata only. Output is NFC-normalised and sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("051_fbcaca51a290", S,
     "Trong khoản hỗ trợ xây nhà Mái ấm công đoàn cho chị Nguyễn Thị Đức ở huyện Chương Mỹ, Liên đoàn Lao động TP Hà Nội góp ba mươi triệu đồng.",
     "051: 'Trong đó, Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng.'"),
    ("1011_df3f51afbfe1", S,
     "Chiến dịch thanh niên tình nguyện hè 2017 đã khám chữa bệnh, cấp phát thuốc miễn phí cho hơn 381 nghìn người.",
     "1011: 'khám chữa bệnh và cấp phát thuốc miễn phí cho hơn 381.000 người' (tổng kết chiến dịch hè 2017)."),
    ("165_5815cd9f2dd4", S,
     "Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang đã thay mặt tổ chức Công đoàn trao 1.000 triệu đồng giúp TP Huế khắc phục hậu quả bão lũ.",
     "165: 'thay mặt tổ chức Công đoàn trao1 tỉ đồng nhằm giúp địa phương khắc phục hậu quả thiên tai' / 'Tổng LĐLĐ Việt Nam trao 1 tỉ đồng giúp Huế'. 1.000 triệu = 1 tỉ."),
    ("457_01a1febb948b", S,
     "Căn nhà Mái ấm Công đoàn mà LĐLĐ tỉnh Tiền Giang bàn giao cho chị Ngô Thị Pha có tổng kinh phí 60 triệu đồng.",
     "457: 'Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng'."),
    ("460_646d252805d4", S,
     "Năm tháng đầu năm 2022, các cấp Hội Chữ thập đỏ TP Hà Nội đã trao tặng hơn 145 nghìn suất quà cho các gia đình khó khăn.",
     "460: 'Các cấp Hội từ thành phố tới cơ sở đã trao tặng hơn 145.000 suất quà cho gia đình gặp khó khăn' (5 tháng đầu năm 2022)."),
    ("493_b4e13aabbfd4", S,
     "Trong quý II/2022, lực lượng lao động từ 15 tuổi trở lên của cả nước là 51,6 triệu người.",
     "493: 'Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người'."),
    ("510_791395671be2", S,
     "Chương trình Tết Nhân ái tại xã Chân Mây - Lăng Cô đã trao 300 suất quà Tết cho hộ nghèo, người khuyết tật và người cao tuổi neo đơn.",
     "510: 'ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng, dành cho các hộ nghèo ... xã Chân Mây - Lăng Cô'."),
    ("578_5debbd11f60b", S,
     "Trong ngày làm việc đầu tiên, Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Đoàn Chủ tịch Đại hội gồm chín đồng chí.",
     "578: 'ngày làm việc thứ nhất Đại hội đã tiến hành bầu Đoàn Chủ tịch Đại hội gồm 9 đồng chí'."),
    ("609_dfc9aa12900d", S,
     "Lễ ra quân chiến dịch Kỳ nghỉ hồng và Hành quân xanh năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có gần một nghìn đoàn viên, thanh niên tham gia.",
     "609: 'tổ chức ra quân Chiến dịch \"Kỳ nghỉ hồng\", \"Hành quân xanh\" năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên'."),
    ("630_4a010a274cfc", S,
     "Đại hội Công đoàn ngành Y tế tỉnh Bến Tre lần thứ XI có gần 200 đại biểu chính thức tham dự.",
     "630: 'cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự'. gần 200 ~ 196."),
    ("643_63b39ed01884", S,
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo thuộc Liên đoàn Lao động Hà Nội đã giải ngân gần 44 tỷ đồng.",
     "643: 'Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo ... đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên'."),
    ("753_e38d5510a744", S,
     "Trong giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh đã xây dựng 243 căn Mái ấm Công đoàn cho người lao động khó khăn.",
     "753: 'Các cấp công đoàn trong tỉnh xây dựng 243 \"Mái ấm Công đoàn\", với tổng kinh phí gần 15,6 tỉ đồng' (Tính chung giai đoạn 2023-2025)."),
    ("928_03148da43800", S,
     "Trong đợt trao Huy hiệu Đảng dịp 3-2-2026, Đảng bộ phường Đức Nhuận (TPHCM) có 41 đảng viên được nhận huy hiệu.",
     "928: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng'."),

    # ---------------- differs ----------------
    ("051_fbcaca51a290", D,
     "Phó Chủ tịch LĐLĐ huyện Chương Mỹ Phùng Xuân Kim đã trao tổng cộng 45 triệu đồng hỗ trợ chị Nguyễn Thị Đức xây nhà Mái ấm công đoàn.",
     "051 states 35: 'đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức' (30 + 5). g.sh '45 triệu' finds only 163 (lương DN nhà nước) and 1004 (quà giáo dục Tiền Giang) - not this."),
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” của Công đoàn Trường Mầm non Việt Triều Hữu nghị đã quyên góp được hơn 80 triệu đồng để động viên giáo viên, nhân viên hợp đồng.",
     "062 states 'với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường'. g.sh 'Trao gửi yêu thương|Việt Triều' hits only 062 (and 1225, an unrelated áo dài programme)."),
    ("1011_df3f51afbfe1", D,
     "Trong chiến dịch hè tình nguyện 2017, thanh niên tình nguyện cả nước đã xây mới hơn 900 cầu dân sinh.",
     "1011 states 'xây dựng mới 138 cầu giao thông và 660 cầu dân sinh'. g.sh 'cầu dân sinh|sân chơi': other hits (903, 904) are other campaigns with no 900."),
    ("1142_6d91e1319bd8", D,
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 90% số phiếu đồng ý.",
     "1142 states 'giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý'. g.sh 'Tỉnh đoàn Thanh Hóa|Lê Ngọc Ánh': 1086 (Lê Văn Châu, 2022 congress) has no % of votes."),
    ("1164_6cbdc75fc4cc", D,
     "Hơn 300 đoàn viên, CNVC-LĐ quận Tân Bình (TP HCM) đã tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận tổ chức.",
     "1164 states 'Hơn 100 tình nguyện viên là đoàn viên Công đoàn, đoàn viên thanh niên và CNVC-LĐ quận Tân Bình ... tham gia ngày hội hiến máu'. g.sh 'Tân Bình' hits only 1164."),
    ("165_5815cd9f2dd4", D,
     "Tại Công ty TNHH MTV Victortex Huế, đoàn công tác của Tổng LĐLĐ Việt Nam đã trao 160 suất hỗ trợ cho người lao động bị ảnh hưởng nặng bởi bão lũ.",
     "165 states 'đến Công ty TNHH MTV Victortex Huế (xã Quảng Điền) trao 60 suất hỗ trợ trực tiếp cho những lao động bị ảnh hưởng nặng'. g.sh 'Victortex' hits only 165."),
    ("457_01a1febb948b", D,
     "Công ty Xổ số kiến thiết Tiền Giang đã hỗ trợ hai mươi triệu đồng để xây Mái ấm Công đoàn cho chị Ngô Thị Pha.",
     "457 states 'Công ty TNHH Một thành viên Xổ số kiến thiết Tiền Giang hỗ trợ 40 triệu đồng'. g.sh 'Tiền Giang' / 'Ngô Thị Pha': no other page counts this house."),
    ("460_646d252805d4", D,
     "Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ thành phố Hà Nội đã tặng hơn 170 con bò sinh sản giúp gia đình nghèo có sinh kế.",
     "460 states 'các cấp Hội Chữ thập đỏ thành phố tặng hơn 70 con bò sinh sản'. g.sh 'con bò': 360 (54 con bò) and 468 (40 con bò) are other organisations; no 170."),
    ("493_b4e13aabbfd4", D,
     "So với cùng kỳ năm 2021, lực lượng lao động từ 15 tuổi trở lên quý II/2022 tăng gần 1,6 triệu người.",
     "493 states 'tăng hơn 0,4 triệu người so với quý trước và tăng gần 0,6 triệu người so với cùng kỳ năm trước'. g.sh '1,6 triệu' hits only the 51,6 triệu on 493 (the level, not the change)."),
    ("510_791395671be2", D,
     "Mỗi suất quà Tết trao cho người dân khó khăn ở xã Chân Mây - Lăng Cô trị giá 500 nghìn đồng.",
     "510 states '300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng'. g.sh 'Chân Mây' hits only 510."),
    ("578_5debbd11f60b", D,
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023-2028 có hơn 320 đại biểu chính thức về dự.",
     "578 states '289 đại biểu chính thức đại diện cho gần 200 nghìn cán bộ, đoàn viên'. g.sh 'Công đoàn tỉnh Hưng Yên|Hưng Yên lần thứ' hits only 578; 577 (Hưng Yên delegation to Đại hội XII) gives no delegate count for this congress."),
    ("609_dfc9aa12900d", D,
     "Thành đoàn Hà Nội đã ra mắt bảy đội hình tình nguyện cấp thành phố trong chiến dịch Kỳ nghỉ hồng năm 2024.",
     "609 states 'ra mắt 5 đội hình tình nguyện cấp thành phố trong chiến dịch \"Kỳ nghỉ hồng\"'. g.sh 'Kỳ nghỉ hồng|Hành quân xanh': 392 (Hà Nội 2022, '9 đội hình chuyên cấp thành phố') is another year; no 7."),
    ("630_4a010a274cfc", D,
     "Ban Chấp hành Công đoàn ngành Y tế Bến Tre nhiệm kỳ 2023-2028 được Đại hội bầu gồm 21 ủy viên.",
     "630 states 'Đại hội bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 15 thành viên'. g.sh 'Bến Tre': 866/1165 are other stories; no 21."),
    ("643_63b39ed01884", D,
     "Đến hết tháng 8/2020, gần 1.900 đoàn viên, CNVC-LĐ đã vay vốn Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo để sản xuất, kinh doanh.",
     "643 states 'Trong đó, 1.249 người vay 25,9 tỉ đồng để sản xuất - kinh doanh cải thiện thu nhập' (of 2.040 borrowers). g.sh 'Trợ vốn' / 'vay vốn.{0,100}[0-9]': 002 seed (Thanh Trì, 17 đoàn viên, 12/2024), 331, 1022 are other periods/units; no 1.900."),
    ("753_e38d5510a744", D,
     "Giai đoạn 2023-2025, tổng kinh phí các cấp công đoàn tỉnh Tây Ninh dành để chăm lo, hỗ trợ đoàn viên, người lao động là gần 720 tỷ đồng.",
     "753 states 'gần 1,2 triệu lượt đoàn viên, người lao động đã được chăm lo, hỗ trợ với tổng kinh phí gần 520 tỉ đồng'. g.sh '720 tỉ|720 tỷ' finds nothing."),
    ("881_751c16ff3f06", D,
     "Tại kỳ họp thứ 12 HĐND quận Thủ Đức khóa IV, có 28 đại biểu bỏ phiếu bầu ông Trương Trung Kiên làm Chủ tịch UBND quận.",
     "881 states 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên ... giữ chức Chủ tịch UBND quận'. g.sh 'Trương Trung Kiên' hits only 881."),

    # ---------------- not_found ----------------
    ("1164_6cbdc75fc4cc", N,
     "Ngày hội hiến máu tình nguyện do LĐLĐ quận Tân Bình tổ chức đã thu được 120 đơn vị máu.",
     "1164 gives only the number of donors ('Hơn 100 tình nguyện viên') and 'Mỗi người hiến từ 350-450 ml máu'; no count of units. g.sh 'Tân Bình' hits only 1164; g.sh 'đơn vị máu': 347 (558), 519, 1105, 460 etc. are other organisers/places."),
    ("190_4d10919c46da", N,
     "Giai đoạn 2021-2025, TP Hà Nội đã công nhận 1.250 sáng kiến có hiệu quả áp dụng và phạm vi ảnh hưởng cấp Thành phố.",
     "190 only says 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu được xét công nhận ... ở cấp Thành phố' (no number). g.sh '[0-9.,]+ sáng kiến': 002 seed 14.791 sáng kiến (LĐLĐ HN on TLĐ portal, 1 triệu sáng kiến), 003 seed/177 200.000 sáng kiến, 177 target 130.000, 517 696.948 nationwide - all other counted things (sáng kiến cập nhật lên Cổng, not city-level recognised sáng kiến 2021-2025)."),
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã trao 450 suất quà nhân kỷ niệm ngày Thương binh liệt sỹ 27/7.",
     "226 only says 'Trong tháng 7, các công đoàn cơ sở triển khai các hoạt động kỷ niệm ngày Thương binh liệt sỹ 27/7' (no count). g.sh 'Y tế Hà Nội' and 'Y tế.{0,200}(suất|quà)': 118 (quý IV, 3.225 cá nhân biểu dương), 144 (15 triệu), 228 (Tết) - no quà count for 27/7."),
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu chính thức tham dự.",
     "308 gives no delegate count; its only figure is in a related-article teaser ('Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở') - a count of CĐCS, not delegates. g.sh 'Việt Hưng': other hits (125, 166) are a company and a person."),
    ("363_f1b865aa72b8", N,
     "Theo kế hoạch thi đua năm 2025, LĐLĐ TP Hà Nội phấn đấu kết nạp 30.000 đoàn viên công đoàn mới.",
     "363 lists thi đua movements but no numeric target. g.sh 'kết nạp.{0,60}đoàn viên' and 'đoàn viên mới.{0,150}2025': 002 seed (KCN&CX Hà Nội, 1.052 đoàn viên, achieved), 665 (An Giang 2022), 967 (Quảng Trị), 798 (Đoàn) - other bodies/years; no Hà Nội 2025 target."),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020 có 250 đại biểu chính thức tham dự.",
     "430 states no delegate count (only dates 18-19.6 and the direct election of Bí thư Nguyễn Văn Hiếu). g.sh 'Quận 2|Q\\.2': 1048 is about LĐLĐ Thủ Đức merger (53-person BCH, 27 cán bộ) - another organisation."),
    ("567_c411a9192e99", N,
     "Tại kỳ họp chuyên đề chiều 22-7-2022, HĐND thành phố Hà Nội đã bầu ông Trần Sỹ Thanh làm Chủ tịch UBND thành phố với 92 đại biểu tán thành.",
     "567 (and 377, 398) only announce the session; no vote count. g.sh 'Trần Sỹ Thanh' and 'Trần Sỹ Thanh.{0,200}(phiếu|đại biểu|%)': 105, 812, 813 are the 2025 party congress; no HĐND vote figure."),
    ("684_c93b3b0c5141", N,
     "Tại lễ phát động Tháng Nhân đạo năm 2025 cấp quốc gia ở TP Hồ Chí Minh, các đơn vị, doanh nghiệp đã ủng hộ hơn 60 tỷ đồng.",
     "684 has no money figure (only 135 năm / 50 năm anniversaries). g.sh 'Tháng Nhân đạo.{0,80}2025': 607 is Quảng Ninh (34 tỷ over 4 years, 1,4 tỷ from TKV) and 683 is Vĩnh Phúc (4.000-4.500 người target) - other provinces, not the national launch."),
    ("782_d74cc27f8aa4", N,
     "Lễ ra quân Chiến dịch thanh niên tình nguyện Hè 2024 của Tỉnh Đoàn Yên Bái có hơn 500 đoàn viên, thanh niên tham gia.",
     "782 gives no participant count (only 1 chương trình, 4 chiến dịch, 3 ngày cao điểm, 100% cơ sở). g.sh 'Yên Bái': 472, 670, 707 are other stories. 547 has 'hơn 500 đoàn viên thanh' but for another tỉnh đoàn, hè 2023 - another edition/place."),
    ("787_47b1d60ede23", N,
     "Chương trình “Tết Sum vầy” năm 2021, các cấp công đoàn cả nước đã chăm lo cho đoàn viên, người lao động với tổng số tiền hơn 3.200 tỷ đồng.",
     "787 is the 2021 plan; it states no money. g.sh 'Sum vầy.{0,100}(tỷ|tỉ|suất|nghìn)': 279 gives 3.052,6 tỷ for Tết sum vầy 2019 (another edition); g.sh 'Tân Sửu': 968 gives 13,4 tỉ for one province's Tết Tân Sửu 2021 (another place). No nationwide 2021 total; '3.200 tỷ' not found."),
    ("974_cefb9223a921", N,
     "HĐND tỉnh Gia Lai đã bầu ông Đỗ Tiến Đông giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 với 56 đại biểu tán thành.",
     "974 only reports the Prime Minister's approval (Quyết định số 288/QĐ-TTg); no vote count. g.sh 'Gia Lai|Đỗ Tiến Đông': 765 (LĐLĐ Gia Lai 2021 meeting), 681, 745, 748, 902 - no HĐND vote."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
