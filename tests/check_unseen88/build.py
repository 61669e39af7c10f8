#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the unseen88 claim set.

Plain Python: csv + unicodedata only.
Each claim: (page_id, verdict, claim, why).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 006: Đại hội Công đoàn Cơ quan LĐLĐ TP Hà Nội lần VII ----------------
    ("006_5c0bf85368cc", S,
     "Đại hội Công đoàn Cơ quan Liên đoàn Lao động TP Hà Nội lần thứ VII, nhiệm kỳ 2023-2028, quy tụ các đại biểu đại diện cho 523 đoàn viên công đoàn cơ quan.",
     "006_5c0bf85368cc: \"dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố\"."),
    ("006_5c0bf85368cc", D,
     "Dự Đại hội Công đoàn Cơ quan LĐLĐ thành phố Hà Nội lần thứ VII (nhiệm kỳ 2023 - 2028) có 120 đại biểu chính thức.",
     "006_5c0bf85368cc: \"dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên\" -> 99, not 120. g.sh '120 đại biểu': no hit anywhere."),

    # ---------------- 057: chuyến xe nghĩa tình Long Biên, Tết 2018 ----------------
    ("057_78c9b6628d41", D,
     "Cuối năm Đinh Dậu, gần 800 công nhân lao động quận Long Biên được LĐLĐ quận đưa về quê đón Tết trên các chuyến xe nghĩa tình.",
     "057_78c9b6628d41: \"gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên thong dong đến điểm hẹn - ở đó đã có sẵn các “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết\" -> gần 500, not gần 800. g.sh '800 (công nhân|CNLĐ|người lao động)': no hit."),
    ("057_78c9b6628d41", N,
     "LĐLĐ quận Long Biên đã bố trí 12 chuyến xe nghĩa tình đưa công nhân về quê đón Tết Mậu Tuất 2018.",
     "057 counts the workers (gần 500) but never the number of buses/trips. g.sh 'chuyến xe' hits: 057 (no count of xe), 243 (Long Biên teaser only), 267 (\"26 chuyến xe\" = Công đoàn Hà Nội, Tết 2026, KCN/KCNC - other organisation and year), 595 (\"khoảng 4.000 công nhân\" - other), 646 (Đồng Nai 2026). g.sh '12 chuyến': no hit."),

    # ---------------- 059: áo dài Long Biên 2023 ----------------
    ("059_9aee6bcb3e82", S,
     "Sau một tháng hưởng ứng chương trình “Tặng áo dài - Trao yêu thương”, LĐLĐ quận Long Biên đã nhận áo dài do 95 công đoàn cơ sở gửi tặng.",
     "059_9aee6bcb3e82: \"LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình\"."),
    ("059_9aee6bcb3e82", D,
     "Chiều 18/4/2023, Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã trao hơn 600 bộ áo dài cho nữ đoàn viên có hoàn cảnh khó khăn tại 7 doanh nghiệp.",
     "059_9aee6bcb3e82: \"chiều 18/4 ... Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã đến thăm, trao tặng hơn 400 bộ áo dài tới nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại 7 doanh nghiệp\" -> hơn 400, not hơn 600. g.sh '600 bộ': no hit; other áo dài figures (003 seed: 17.000 bộ city-wide; 059: gần 1.500 bộ received) are other things."),

    # ---------------- 062: Trường Mầm non Việt Triều Hữu nghị ----------------
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” do Công đoàn Trường Mầm non Việt Triều Hữu nghị phát động đã quyên góp được hơn 80 triệu đồng để động viên đội ngũ giáo viên, nhân viên hợp đồng.",
     "062_4fe848d14255: \"phong trào đã nhận được sự đoàn kết, nhất trí của tập thể đội ngũ biên chế với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường\" -> hơn 50 triệu. g.sh '80 triệu': hits only 124 (194 cháu học giỏi), 154 (Mái ấm Công đoàn), 907, 922 - other things; g.sh 'Việt Triều': only 062."),

    # ---------------- 1082: Hội thi ATVSLĐ Tiền Giang lần 20 (2020) ----------------
    ("1082_e82300ed47f5", S,
     "Khoảng 600 công nhân, viên chức, lao động đã dự lễ khai mạc Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 năm 2020.",
     "1082_e82300ed47f5: \"Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ) đến từ các doanh nghiệp\"."),
    ("1082_e82300ed47f5", N,
     "Hội thi An toàn, vệ sinh lao động - Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 (năm 2020) có 19 đội thi tham gia.",
     "1082 counts attendees (600 CNVCLĐ) and LĐLĐ units (11 huyện, thị, thành) but no teams. g.sh 'đội thi' / '19 đội': the only '19 đội' is 1081 (Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hoà 2024 - other province, year, contest); g.sh 'Tiền Giang': 148 is the 23rd edition (2023) and gives no team count."),

    # ---------------- 1103: Hội Nông dân cấp huyện Bắc Giang 2023-2028 ----------------
    ("1103_36980ed6ca73", S,
     "Qua đại hội Hội Nông dân các huyện, thành phố tỉnh Bắc Giang nhiệm kỳ 2023 - 2028, tám mươi ba đồng chí đã được bầu vào Ban Thường vụ.",
     "1103_36980ed6ca73: \"287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ\"."),
    ("1103_36980ed6ca73", D,
     "Đại hội Hội Nông dân 10 huyện, TP của Bắc Giang nhiệm kỳ 2023-2028 đã bầu tổng cộng 320 đồng chí vào Ban Chấp hành.",
     "1103_36980ed6ca73: \"287 đồng chí được bầu vào Ban Chấp hành\" -> 287, not 320. g.sh '320 (đồng chí|ủy viên)': no hit; 1089 (Hội Nông dân tỉnh Tiền Giang: 33 ủy viên) is another province/level."),

    # ---------------- 160: đối thoại Chủ tịch UBND TP với CNLĐ, 28/5 (2025) ----------------
    ("160_41a38b2fedbd", D,
     "Chuẩn bị cho buổi đối thoại ngày 28/5 giữa Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh và công nhân, ban tổ chức đã tiếp nhận gần 1.000 ý kiến, kiến nghị của người lao động.",
     "160_41a38b2fedbd: \"Đến nay, Ban tổ chức đã tiếp nhận trên 500 ý kiến gửi gắm, kiến nghị từ các đại biểu công nhân lao động và Công đoàn cơ sở\" -> trên 500, not gần 1.000. g.sh '(1\\.000|1000|nghìn) ý kiến': no hit. Seeds 000/003 have \"600 / hơn 600 ý kiến kiến nghị bằng văn bản\" for the 2023 dialogue (000: \"đối thoại với CNLĐ Thủ đô năm 2023\"), another edition."),
    ("160_41a38b2fedbd", N,
     "Tại buổi đối thoại ngày 28/5 ở Khu Công nghệ cao Hòa Lạc, công nhân đã nêu 26 ý kiến, kiến nghị trực tiếp với Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh.",
     "160 is a preview (event at Hòa Lạc, after the 2024 dialogue pictured) and counts only the written ý kiến received beforehand (trên 500). g.sh '26 ý kiến': seeds 000/003 \"26 ý kiến, kiến nghị trực tiếp\" - but that is the 2023 dialogue (000: \"đối thoại với CNLĐ Thủ đô năm 2023\"); 082 (2024 dialogue, Thạch Thất - Quốc Oai) gives no count. So not counted for this occasion. g.sh 'Hòa Lạc': only 160."),

    # ---------------- 180: Chương Mỹ phát động thi đua 2022 ----------------
    ("180_1956e0636950", N,
     "Trong năm 2021, Liên đoàn Lao động huyện Chương Mỹ đã phát triển mới 1.200 đoàn viên công đoàn.",
     "180 has no union-member count (its only figure-like words are programme names: “1 triệu sáng kiến”). g.sh 'Chương Mỹ.{0,200}đoàn viên': only 051 (one đoàn viên, Mái ấm) and 055 (storm); g.sh '1\\.200 đoàn viên|1200 đoàn viên': no hit."),

    # ---------------- 190: Sáng kiến, sáng tạo Thủ đô 2021-2025 ----------------
    ("190_4d10919c46da", N,
     "Trong giai đoạn 2021 - 2025, phong trào “Sáng kiến, sáng tạo Thủ đô” có 1.250 sáng kiến được công nhận ở cấp Thành phố.",
     "190 only says \"Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu được xét công nhận ... ở cấp Thành phố\" - no number for cấp Thành phố. g.sh '[0-9.]+ sáng kiến': 002 seed (14.791 sáng kiến on TLĐ portal), 003/177 (200.000 sáng kiến, Chương trình 1 triệu sáng kiến), 517 (696.948 nationwide), 215, 1065 - other counts/programmes; g.sh '1\\.250|1250': only 793 (161.250.000 đồng)."),

    # ---------------- 198: báo Lao động Thủ đô 25 năm ----------------
    ("198_7c3cb7fb69d5", D,
     "Từ năm 2010, báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 8 nghìn tờ báo tới công nhân lao động tại các khu công nghiệp - khu chế xuất Hà Nội.",
     "198_7c3cb7fb69d5: \"Từ năm 2010 ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội\" -> hơn 5.000. g.sh '8\\.000 tờ|8000 tờ|tám nghìn': no hit; g.sh '[0-9.]+ tờ': only 198 and 790 (17.000 tờ rơi, other)."),

    # ---------------- 292: Sovico ----------------
    ("292_3150d278c2b8", N,
     "Công ty cổ phần Tập đoàn Sovico, đơn vị được đề nghị tặng Huân chương Lao động hạng Ba, đã ủng hộ hơn 200 tỷ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 gives no amount for Sovico's COVID contribution (only document numbers and \"7 ngày làm việc\"). g.sh 'Sovico': only 292; g.sh '200 tỷ': no hit."),

    # ---------------- 298: Đại hội Công đoàn ngành Giáo dục Hà Nội XXIV ----------------
    ("298_583bcb6b997c", S,
     "Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV, nhiệm kỳ 2018 - 2023, có đại biểu đại diện cho hơn 12 nghìn đoàn viên công đoàn ngành.",
     "298_583bcb6b997c: \"Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội\" (hơn 12 nghìn ~ 12.260)."),
    ("298_583bcb6b997c", D,
     "Dự Đại hội Công đoàn ngành Giáo dục Hà Nội khóa XXIV (2018-2023) khai mạc ngày 26/1/2018 có 280 đại biểu chính thức.",
     "298_583bcb6b997c: \"Dự đại hội có 200 đại biểu chính thức\" -> 200, not 280. g.sh '280 đại biểu': no hit; g.sh 'đại biểu chính thức.{0,60}Giáo dục': only 298."),

    # ---------------- 316: Hội thi “Công đoàn Hà Nội - Hành trình ...” 2024 ----------------
    ("316_b81fbf90f0eb", S,
     "Vòng sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” năm 2024 có 39 đội thi của các công đoàn cơ sở tham gia.",
     "316_b81fbf90f0eb: \"vòng Sơ khảo của Hội thi đã diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi đại diện cho các Công đoàn cơ sở\"."),
    ("316_b81fbf90f0eb", D,
     "Vòng sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” do LĐLĐ TP Hà Nội tổ chức thu hút 150 thí sinh tại 8 cụm thi đua.",
     "316_b81fbf90f0eb: \"vòng Sơ khảo ... tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi\" -> 117, not 150. g.sh '150 thí sinh': no hit."),

    # ---------------- 407: Tháng Nhân đạo cấp quốc gia 2024 (6 năm) ----------------
    ("407_d7e54acfc68e", S,
     "Sau 6 năm làm nòng cốt tổ chức Tháng Nhân đạo trên toàn quốc, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 3,4 nghìn tỷ đồng.",
     "407_d7e54acfc68e: \"6 năm qua, Hội Chữ thập Đỏ Việt Nam đã làm nòng cốt triển khai tổ chức Tháng Nhân đạo trên toàn quốc ... Kết quả đã vận động được hơn 3.400 tỷ đồng\"."),
    ("407_d7e54acfc68e", D,
     "Qua 6 năm triển khai Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã trợ giúp khoảng 7 triệu lượt người nghèo và người có hoàn cảnh khó khăn trong cả nước.",
     "407_d7e54acfc68e: \"Kết quả đã vận động được hơn 3.400 tỷ đồng, trợ giúp trên 5,5 triệu lượt người nghèo và người có hoàn cảnh khó khăn trong cả nước\" -> trên 5,5 triệu, not khoảng 7 triệu. g.sh '7 triệu lượt|bảy triệu': no hit (606: Tháng Nhân đạo 2024 alone, gần 1,7 triệu - another period)."),

    # ---------------- 418: Chủ tịch nước thăm công nhân Vành đai 4 ----------------
    ("418_1045c800d090", N,
     "Dịp Xuân Giáp Thìn 2024, Chủ tịch nước Võ Văn Thưởng đã trao 300 suất quà cho công nhân thi công đường Vành đai 4 - Vùng Thủ đô tại huyện Thường Tín.",
     "418 says only \"đến thăm, động viên và tặng quà cho công nhân thi công tuyến đường Vành đai 4\" - no count. g.sh 'Vành đai 4': only 418. g.sh '300 suất': 509/510 (Chữ thập đỏ quà), 748 (Gia Lai), 606 (\"Quyền Chủ tịch nước Võ Thị Ánh Xuân trao 300 suất học bổng\" in Điện Biên - another person, occasion, counted noun)."),

    # ---------------- 419: Đại hội Công đoàn Hà Tĩnh XVIII ----------------
    ("419_570045abe4cc", N,
     "Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ XVIII, diễn ra tháng 1/2018, có 265 đại biểu chính thức tham dự.",
     "419 is only a headline + caption about preparing the congress; no delegate count. g.sh 'Công đoàn (tỉnh )?Hà Tĩnh': 002 seed (\"Công đoàn Hà Tĩnh đạt nhiều kết quả nổi bật năm 2024\", teaser) and 419; g.sh 'đại biểu.{0,30}Hà Tĩnh': only 1085 (Đại hội Phụ nữ Hà Tĩnh); g.sh '265 đại biểu': no hit."),

    # ---------------- 506: Tháng Nhân đạo 2022, cụm Tây Nguyên + TP.HCM ----------------
    ("506_cfde95568cf6", S,
     "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ cụm thi đua Tây Nguyên và TP Hồ Chí Minh đã trợ giúp gần một triệu lượt người nghèo, người có hoàn cảnh khó khăn.",
     "506_cfde95568cf6: \"Qua 4 năm triển khai, Tháng Nhân đạo ... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng, trợ giúp gần 1 triệu lượt người nghèo\"."),
    ("506_cfde95568cf6", D,
     "Các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 80 tỷ đồng sau 4 năm thực hiện Tháng Nhân đạo.",
     "506_cfde95568cf6: \"đã vận động trên 50 tỷ đồng\" -> trên 50 tỷ, not trên 80 tỷ. g.sh '80 tỷ': no hit; g.sh 'Tây Nguyên.{0,200}(tỷ|lượt)': only 506."),

    # ---------------- 519: Xuân tình nguyện phường Thủ Đức 2026 ----------------
    ("519_a9f6d9ba16ff", S,
     "Chiến dịch Xuân tình nguyện 2026 của Đoàn phường Thủ Đức (TPHCM) đặt chỉ tiêu trao tặng ít nhất 500 bánh chưng, bánh tét.",
     "519_a9f6d9ba16ff: \"Một số chỉ tiêu nổi bật như: ... trao tặng ít nhất 500 bánh chưng, bánh tét\"."),

    # ---------------- 584: LĐLĐ tỉnh Kiên Giang, hội nghị BCH lần 11 ----------------
    ("584_5a1df402fe8b", D,
     "Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh Kiên Giang lần thứ 11, khóa X, chiều 6/9/2021 có ba mươi đồng chí trong Ban Chấp hành tham dự.",
     "584_5a1df402fe8b: \"Chiều 6/9/2021, Liên đoàn Lao động tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 11, Khóa X ... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị\" -> 22, not 30. g.sh 'Kiên Giang': only 584; g.sh '30 (ủy viên|đồng chí)': no hit."),

    # ---------------- 602: Tết sum vầy - Xuân chia sẻ, KCN Long Hậu 2024 ----------------
    ("602_fae5a44a3149", S,
     "Phiên chợ xuân trong Ngày hội Tết sum vầy – Xuân chia sẻ 2024 tại KCN Long Hậu (Long An) có hơn 70 gian hàng bán hàng thiết yếu giá ưu đãi.",
     "602_fae5a44a3149: \"CNLĐ đã được mua sắm tại Phiên chợ xuân với hơn 70 gian hàng bày bán những mặt hàng thiết yếu cho đời sống với giá ưu đãi\"."),
    ("602_fae5a44a3149", D,
     "Tại Ngày hội Tết sum vầy – Xuân chia sẻ năm 2024 ở Khu công nghiệp Long Hậu, LĐLĐ tỉnh Long An tặng quà Tết cho hơn 5000 công nhân lao động.",
     "602_fae5a44a3149: \"tại KCN Long Hậu có hơn 3.000 CNLĐ được tặng quà tết. Trong đêm khai mạc 13.1, Ban Tổ chức đã trao 200 phần quà đầu tiên\" -> hơn 3.000, not hơn 5000. g.sh '5\\.000 CNLĐ|5\\.000 công nhân|5000 (CNLĐ|công nhân)': no hit; g.sh 'Long Hậu|Long An': no other Ngày hội figures."),

    # ---------------- 644: Tháng Thanh niên 2024, TP.HCM ----------------
    ("644_ae27624899b9", S,
     "Trong Tháng Thanh niên năm 2024, tuổi trẻ Thành phố Hồ Chí Minh phấn đấu trồng mới ít nhất 40 nghìn cây xanh.",
     "644_ae27624899b9: \"Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... trồng mới ít nhất 40.000 cây xanh\"."),
    ("644_ae27624899b9", D,
     "Tháng Thanh niên 2024, Thành đoàn TP.HCM phấn đấu thành lập tám mươi tổ chức Đoàn - Hội tại các doanh nghiệp ngoài khu vực nhà nước và đơn vị sự nghiệp ngoài công lập.",
     "644_ae27624899b9: \"phấn đấu phát triển mới ít nhất 25.000 đoàn viên và thành lập 50 tổ chức Đoàn - Hội tại các doanh nghiệp ngoài khu vực nhà nước, đơn vị sự nghiệp ngoài công lập\" -> 50, not 80. g.sh '80 tổ chức|tám mươi': no hit (718: 250 tổ chức Đoàn, hội - other place/period)."),

    # ---------------- 684: Tháng Nhân đạo 2025 cấp quốc gia ----------------
    ("684_c93b3b0c5141", N,
     "Tháng Nhân đạo năm 2025 cấp quốc gia, phát động tại TP Hồ Chí Minh ngày 8/5, đặt mục tiêu vận động 1.000 tỷ đồng.",
     "684 gives no money target/result for 2025 (its figures are anniversaries: 135 năm, 50 năm). g.sh 'Tháng Nhân đạo.{0,30}2025': 607 (Quảng Ninh, no tỷ), 683 (Vĩnh Phúc: 4.000-4.500 người), 684. Nearby money is other periods: 407 \"hơn 3.400 tỷ\" (6 years to 2024), 606 \"trên 786 tỷ\" (Tháng Nhân đạo 2024). g.sh '1\\.000 tỷ|nghìn tỷ': no hit."),

    # ---------------- 769: Tháng cao điểm Vì người nghèo 2018 (Đắk Lắk) ----------------
    ("769_0362b5a175b0", N,
     "Trong Tháng cao điểm “Vì người nghèo” năm 2018, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đã vận động được hơn 25 tỷ đồng ủng hộ Quỹ.",
     "769 (MTTQ tỉnh; photo from huyện Cư M’gar) only announces the plan - no amount. g.sh 'Đắk Lắk|Cư M.gar': 114 (unrelated), 769. g.sh 'Vì người nghèo.{0,150}[0-9]': Hà Nội 2023/2024 (359: 83,4 tỷ; 360), TP.HCM (462), Tân Biên 2022 (467) - other places/years. g.sh '25 tỷ': no hit."),

    # ---------------- 802: huy hiệu Đảng quận Hoàn Kiếm đợt 19/5 ----------------
    ("802_331723d186da", D,
     "Trong đợt trao tặng huy hiệu Đảng dịp 19/5 do Quận ủy Hoàn Kiếm tổ chức, có 250 đảng viên của quận được nhận huy hiệu.",
     "802_331723d186da: \"Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng\" -> 190, not 250. g.sh '250 đảng viên': no hit; other districts: 803 Hai Bà Trưng 284, 804 Hà Đông 440 / city hơn 8.700."),

    # ---------------- 868: Đại hội Thi đua yêu nước Lạng Sơn IV (2015) ----------------
    ("868_3432022c4dcf", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV, tổ chức sáng 31/8/2015, có 350 đại biểu tham dự.",
     "868 gives no delegate count (only \"5 năm 2011-2015\"). g.sh 'Lạng Sơn': 826 is the 5th congress (lần thứ V) with no count; 707, 903 other events. g.sh '350 đại biểu': no hit."),

    # ---------------- 941: Tháng Thanh niên 2021, Tuy Phước ----------------
    ("941_b32ebfdb5342", S,
     "Ra quân Tháng Thanh niên sáng 6/3/2021, Huyện đoàn Tuy Phước đã trồng 90 cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: \"Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn đã tổ chức ra quân ... tại Trung tâm hoạt động thanh thiếu nhi huyện. Kết quả đã trồng 90 cây\" (signed Huyện đoàn Tuy Phước)."),
    ("941_b32ebfdb5342", D,
     "Các hoạt động khởi động Tháng Thanh niên 2021 của các cơ sở đoàn huyện Tuy Phước trong hai ngày 6-7/3 đã thu hút hơn 800 lượt đoàn viên thanh niên tham gia.",
     "941_b32ebfdb5342: \"từ ngày 6-7/3/2021 các cơ sở đoàn trên địa bàn huyện đã đồng loạt ra quân ... thu hút hơn 500 lượt ĐVTN tham gia\" -> hơn 500, not hơn 800. g.sh '800 lượt': no hit."),

    # ---------------- 976: Đồng Nai 3 Bí thư Huyện ủy ----------------
    ("976_f65ba36a6479", S,
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định ba cán bộ làm Bí thư Huyện ủy Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.",
     "976_f65ba36a6479: \"Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch\"."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def curly(s):
    """Replace ASCII double quotes by alternating typographic ones so the TSV needs no CSV quoting."""
    out, opened = [], False
    for ch in s:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = [tuple(nfc(curly(x)) for x in c) for c in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r) and '"' not in "".join(r), r
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
