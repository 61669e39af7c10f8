#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen141).
Plain Python: csv + unicodedata only. Output is NFC-normalised and sorted by page_id."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 017 (Công đoàn ngành GTVT Hà Nội, 2024) ----------------
    ("017_199a43282e90", "supported",
     "Công đoàn ngành Giao thông vận tải Hà Nội đã chọn tuyên dương bảy mươi “Công nhân giỏi” tiêu biểu của năm 2024.",
     "017_199a43282e90: \"Công đoàn ngành đã lựa chọn tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024\" (Công đoàn ngành GTVT Hà Nội). Spelled-out 70."),
    ("017_199a43282e90", "differs",
     "Năm 2024, toàn ngành GTVT Hà Nội có 861 “Công nhân giỏi” cấp cơ sở.",
     "017_199a43282e90: \"Năm 2024, toàn ngành GTVT Hà Nội đã có 816 “Công nhân giỏi” cấp cơ sở\". Claimed 861 (digits swapped); g.sh '861' finds nothing. 1162 counts 2019 (\"trên 500 CN giỏi\"), another year."),
    # ---------------- 1047 (cuộc thi viết ngành điện 2019) ----------------
    ("1047_2700ae405823", "supported",
     "Ban tổ chức cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” đã chọn gần 200 bài viết để chấm giải.",
     "1047_2700ae405823: \"ban tổ chức đã nhận được 236 bài viết ... và chọn ra 197 bài viết để chấm giải\". gần 200 ~ 197."),
    ("1047_2700ae405823", "differs",
     "Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” do Công đoàn Điện lực Việt Nam tổ chức đã nhận được 326 bài dự thi.",
     "1047_2700ae405823: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành\". Claimed 326; g.sh '326 bài' finds nothing; only page on this contest (g.sh 'Gương sáng tiêu biểu ngành điện')."),
    # ---------------- 1081 (Hội thi ATVSV giỏi Khánh Hòa 2024) ----------------
    ("1081_35c690f5dbdd", "supported",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức có mười chín đội tham gia.",
     "1081_35c690f5dbdd: \"Có 19 đội tham gia hội thi\"; \"Ban tổ chức tặng hoa và cờ lưu niệm cho 19 đội thi\". Spelled-out 19."),
    ("1081_35c690f5dbdd", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 đã trao 6 giải cho các đội thi xuất sắc.",
     "Page counts only teams (19), parts of the contest (3 phần thi) and minutes (5 phút); no prizes are counted. g.sh 'Khánh Ho|Khánh Hò|An toàn vệ sinh viên giỏi': other hits are Hà Nội ATVSV contests (141, 1067) and Khánh Hòa congress 2018 (743), no prize count for this contest. g.sh '6 giải' only hits 686 (another event, HCMC company)."),
    # ---------------- 1087 (Đại hội Đoàn Bình Dương XI) ----------------
    ("1087_90263a33a0ca", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2022-2027 có 320 đại biểu chính thức tham dự.",
     "1087_90263a33a0ca: \"Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương với sự tham dự của 290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên\". Claimed 320; g.sh '320 đại biểu' finds nothing."),
    ("1087_90263a33a0ca", "not_found",
     "Ban Chấp hành Tỉnh Đoàn Bình Dương khóa XI, nhiệm kỳ 2022-2027 gồm 45 đồng chí.",
     "Page names the BCH launch but gives no member count; it counts only 3 phó bí thư (\"Ba phó bí thư Tỉnh Đoàn\"), 290 delegates, 88.000 đoàn viên. g.sh 'Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương|Bình Dương lần thứ XI' only hits this page; g.sh '45 (đồng chí|ủy viên)' nothing."),
    # ---------------- 1128 (Công đoàn Điện lực VN tặng quà Tết) ----------------
    ("1128_8dbf9e8fc1aa", "supported",
     "Đoàn công tác Công đoàn Điện lực Việt Nam đã tặng quà Tết Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 50 triệu đồng.",
     "1128_8dbf9e8fc1aa: \"tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị\". 50 triệu = 50.000.000."),
    # ---------------- 1129 (EVN NPC 2016) ----------------
    ("1129_6f068af9295a", "not_found",
     "Quỹ Nhân đạo do CNVC lao động EVN NPC đóng góp có tổng số dư 2 tỷ đồng trong năm 2016.",
     "Page describes the Quỹ Nhân đạo (\"Quỹ do CNVC lao động trong Tổng Công ty đóng góp hàng năm\") but never gives its size; money figures are per-person/per-unit amounts (1.000.000 đồng/người; 5.000.000 đồng/đơn vị). g.sh 'Quỹ Nhân đạo' only hits this page; g.sh 'EVN ?NPC|Điện lực miền Bắc' only this page."),
    # ---------------- 1162 (CĐ ngành GTVT Hà Nội 2019) ----------------
    ("1162_f63ea6510168", "differs",
     "Trong năm 2019, Công đoàn ngành GTVT Hà Nội đã biểu dương, khen thưởng 54 công nhân giỏi tiêu biểu.",
     "1162_f63ea6510168: \"45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng ngay tại hội nghị này\" (năm 2019); heading \"Biểu dương 45 công nhân giỏi\". Claimed 54; g.sh '54 (CN|công nhân)' nothing. 017 (70 tiêu biểu) is year 2024."),
    # ---------------- 120 (Nhà giáo Hà Nội tâm huyết, sáng tạo lần 6) ----------------
    ("120_1b49cf3485c1", "not_found",
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã vinh danh 20 nhà giáo.",
     "Page 120 never counts the winners; the only figure near it is in the related-article teaser line \"40 nhà giáo dự chung khảo xét duyệt Giải thưởng\" (finalists, and a teaser, not body). g.sh 'tâm huyết, sáng tạo': 024 is lần thứ 9 năm 2025, 064 is quận Đống Đa (26 giáo viên), 065 quận Hoàn Kiếm: other editions/levels. g.sh '20 nhà giáo' nothing."),
    # ---------------- 1262 (MN Dương Xá) ----------------
    ("1262_0d7b4435464f", "supported",
     "Công đoàn trường Mầm non Dương Xá đã quyên góp bảy mươi lăm thùng mì ủng hộ nhân dân vùng lũ huyện Gia Lâm sau bão Yagi.",
     "1262_0d7b4435464f: \"các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng\". Spelled-out 75."),
    # ---------------- 154 (LĐLĐ Phú Nhuận, 95 năm CĐVN) ----------------
    ("154_9d6a311843f2", "supported",
     "Nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, các cấp Công đoàn quận Phú Nhuận đã trao 221 sổ tiết kiệm cho đoàn viên khó khăn.",
     "154_9d6a311843f2: \"các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn\"."),
    ("154_9d6a311843f2", "differs",
     "Dịp kỷ niệm 95 năm thành lập Công đoàn Việt Nam, Liên đoàn Lao động quận Phú Nhuận trao 2 Mái ấm Công đoàn với tổng trị giá 120 triệu đồng.",
     "154_9d6a311843f2: \"LĐLĐ quận cũng trao 2 \"Mái ấm Công đoàn\" tổng trị giá 80 triệu đồng\". Claimed 120 triệu; g.sh '120 triệu' only hits 106 (prize money of a Lao động sáng tạo winner, another thing)."),
    # ---------------- 243 (Long Biên ngày hội VH-TT 2019) ----------------
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội “Văn hóa - Thể thao” năm 2019 của Công đoàn quận Long Biên có 40 đội tham dự.",
     "Page speaks of \"các đội tham dự Ngày hội\" (caption) but never counts teams; its only count is the headline's 1.400 đoàn viên. g.sh 'Long Biên.{0,80}(Văn hóa|thể thao)|Ngày hội .Văn hóa - Thể thao' only hits this page; g.sh '40 đội' nothing."),
    # ---------------- 262 (Chợ Tết Công đoàn 2023 Hà Nội) ----------------
    ("262_7b5b3b51657d", "differs",
     "Chương trình “Chợ Tết Công đoàn năm 2023” của LĐLĐ thành phố Hà Nội có 84 doanh nghiệp tham gia.",
     "262_7b5b3b51657d: \"Liên đoàn Lao động Thành phố Hà Nội tổ chức Chương trình “Chợ Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp với 72 gian hàng\". Claimed 84; g.sh '84 doanh nghiệp' nothing. 795 gives the nationwide total (\"khoảng 1.320 doanh nghiệp\" over 22 programmes), another scope; 761 is Quảng Ninh."),
    # ---------------- 278 (đối thoại Chủ tịch UBND TP với CNLĐ 2016) ----------------
    ("278_ca99d72144c8", "supported",
     "Hơn 1.000 công nhân lao động các KCN&CX Hà Nội đã dự buổi đối thoại với Chủ tịch UBND thành phố Nguyễn Đức Chung năm 2016.",
     "278_ca99d72144c8: \"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội\"; year from \"22/31 vấn đề kiến nghị năm 2016\". 224 (similar dialogue, other year) states no attendance figure."),
    # ---------------- 295 (TTDVVL Hà Nội, BHTN tháng 5/2020) ----------------
    ("295_936027b8bfb1", "differs",
     "Trong tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội tiếp nhận 17 100 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295_936027b8bfb1 (date 2020-06): \"trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp\". Claimed 17.100 (written '17 100'); g.sh '17 ?100' nothing; g.sh 'trợ cấp thất nghiệp' only hits this page."),
    # ---------------- 456 (LĐLĐ tỉnh, Mái ấm, tháng 5-2017) ----------------
    ("456_3f33960fbf03", "supported",
     "Trong Tháng Công nhân năm 2017, Liên đoàn Lao động tỉnh đã trao 31 căn nhà Mái ấm Công đoàn cho công đoàn viên khó khăn về nhà ở.",
     "456_3f33960fbf03: \"trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn\". The article never names the province (outlet baoapbac.vn), so the claim keeps 'Liên đoàn Lao động tỉnh'."),
    # ---------------- 460 (Hội CTĐ Hà Nội 5 tháng 2022) ----------------
    ("460_646d252805d4", "supported",
     "Năm tháng đầu năm 2022, các cấp Hội Chữ thập đỏ TP Hà Nội đã trao tặng hơn 145 nghìn suất quà cho gia đình gặp khó khăn.",
     "460_646d252805d4: \"Trong 5 tháng đầu năm 2022 ... Các cấp Hội từ thành phố tới cơ sở đã trao tặng hơn 145.000 suất quà cho gia đình gặp khó khăn\"."),
    ("460_646d252805d4", "differs",
     "Trong 5 tháng đầu năm 2022, Hội Chữ thập đỏ thành phố Hà Nội đã hỗ trợ xây dựng, sửa chữa hơn 90 nhà Chữ thập đỏ.",
     "460_646d252805d4: \"hỗ trợ xây dựng, sửa chữa hơn 60 nhà Chữ thập đỏ cho các gia đình\". Claimed hơn 90; g.sh '90 nhà' nothing. (\"trên 30 công trình nhân đạo\" is a Tháng Nhân đạo target, another noun.)"),
    # ---------------- 474 (CĐ ngành Giáo dục Hậu Giang, Tết 2021) ----------------
    ("474_7fd340fb34bb", "differs",
     "Dịp Tết Tân Sửu 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao 13 suất hỗ trợ cho nhà giáo, người lao động có hoàn cảnh khó khăn.",
     "474_7fd340fb34bb: \"Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn\". Claimed 13; g.sh '13 suất' nothing."),
    # ---------------- 525 (Đại hội Công đoàn Bắc Ninh lần I, 2025) ----------------
    ("525_3c28e321c9a6", "differs",
     "Trong nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức hơn 3200 lượt Bữa cơm Công đoàn.",
     "525_3c28e321c9a6: \"tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng\". Claimed hơn 3200; g.sh '3 ?200 lượt' nothing; g.sh 'Bữa cơm Công đoàn' other hits (339 ngành Xây dựng Hà Nội, 963) give no count for Bắc Ninh."),
    ("525_3c28e321c9a6", "not_found",
     "Đại hội đại biểu Công đoàn tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức tham dự.",
     "Page never counts delegates of this congress (it counts lượt đoàn viên 100.000, kinh phí 600 tỷ, 2.256 lượt bữa cơm). g.sh 'Bắc Ninh lần thứ I' only this page; 527 counts 2.450 tổ chức công đoàn (another noun); g.sh '350 đại biểu' nothing. 571 has 300 đại biểu for Đà Nẵng's congress: another province."),
    # ---------------- 572 (Đại hội Công đoàn TP.HCM lần I, 2025) ----------------
    ("572_92a9a3f61f3b", "supported",
     "Ban Chấp hành Liên đoàn Lao động TP.HCM khóa I, nhiệm kỳ 2025-2030 được chỉ định gồm 65 thành viên.",
     "572_92a9a3f61f3b: \"Theo quyết định, Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên\" (khóa I, nhiệm kỳ 2025-2030)."),
    ("572_92a9a3f61f3b", "differs",
     "Ủy ban Kiểm tra Liên đoàn Lao động Thành phố Hồ Chí Minh khóa I, nhiệm kỳ 2025-2030 có 11 thành viên.",
     "572_92a9a3f61f3b: \"Ủy ban Kiểm tra LĐLĐ TP.HCM gồm 15 thành viên\". Claimed 11; g.sh '11 thành viên' nothing; 446 (thi đua chào mừng the same congress) has no UBKT count."),
    # ---------------- 643 (Quỹ Trợ vốn Hà Nội 8/2020) ----------------
    ("643_63b39ed01884", "differs",
     "Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo đã giải ngân cho 2.400 đoàn viên, CNVC-LĐ vay vốn.",
     "643_63b39ed01884: \"đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn\". Claimed 2.400; g.sh '2[.,]400 (đoàn viên|người)' only hits 504 (Chợ Tết attendees), another thing. Other Quỹ trợ vốn pages (331, 1022, seed 002) are other districts/periods."),
    # ---------------- 710 (LĐLĐ Thái Nguyên, Đại hội MTTQ XV) ----------------
    ("710_a049db02602c", "supported",
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm sáu đại biểu.",
     "710_a049db02602c: \"Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương\". Spelled-out 6."),
    # ---------------- 720 (Hội LHPN VN khóa XIII) ----------------
    ("720_ac555b116a87", "differs",
     "Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII ra mắt Đại hội gồm 165 đại biểu.",
     "720_ac555b116a87: \"ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu\". Claimed 165; g.sh '165 (đại biểu|ủy viên|uỷ viên)' nothing. 174 (168 ủy viên) is Tổng LĐLĐ khóa XIII, another organisation."),
    # ---------------- 721 (LĐLĐ Thạch Thất, Tháng Công nhân 2022) ----------------
    ("721_3e01bfb83e07", "not_found",
     "Trong Tháng Công nhân năm 2022, LĐLĐ huyện Thạch Thất đã trao 200 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "721 counts only 216 CĐCS and trên 6.000 đoàn viên; no gifts. g.sh 'Thạch Thất': 1021 has \"trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19\" (LĐLĐ Thành phố, Covid support, not Tháng Công nhân 2022). g.sh '200 suất quà': 519 (youth), 542 (Hoàng Mai, Nghệ An) - other places."),
    # ---------------- 768 (LĐLĐ TP Cần Thơ, Tết Sum vầy 2026) ----------------
    ("768_7313fb6d14c3", "supported",
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026, LĐLĐ TP Cần Thơ tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768_7313fb6d14c3: \"tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết\" (Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026)."),
    ("768_7313fb6d14c3", "not_found",
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” 2026 ở KCN Tân Phú Thạnh, Liên đoàn Lao động TP Cần Thơ đã trao 1.000 phần quà Tết cho công nhân.",
     "768 counts 01 xe gắn máy and 500 vé; no gifts. g.sh 'Cần Thơ': 749 has \"trao 30 phần quà\" and \"trao 130 phần quà cho đoàn viên, người lao động trực giao thừa\" (16-2-2026, trực Tết visits: another occasion). g.sh '1[.]000 phần quà' nothing."),
    # ---------------- 782 (Tỉnh Đoàn Yên Bái, hè 2024) ----------------
    ("782_d74cc27f8aa4", "not_found",
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện Hè 2024 của Tỉnh Đoàn Yên Bái có 500 đoàn viên, thanh niên tham gia.",
     "782 counts 1 chương trình, 4 chiến dịch, 3 ngày cao điểm, 100% cơ sở Đoàn; no participants. g.sh 'Yên Bái': other hits are LĐLĐ Yên Bái (472), GTVT storm aid (670), a congress (707); none counts this ceremony."),
    # ---------------- 809 (Đại hội Đoàn quận Kiến An VI) ----------------
    ("809_cc0d6dcdbae7", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An lần thứ VI đã bầu Ban Chấp hành khóa mới gồm 21 đồng chí.",
     "809_cc0d6dcdbae7: \"Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị\". Claimed 21; g.sh '21 (anh|đồng chí|ủy viên)' hits only 237 (CĐ quận Hai Bà Trưng) and 239 (CĐ ngành Xây dựng Hà Nội): other organisations."),
    # ---------------- 827 (CĐ phường Minh Phụng, hội thi rau câu) ----------------
    ("827_be7073043765", "differs",
     "Tại Hội thi Nấu và Trang trí rau câu của Công đoàn phường Minh Phụng, ban tổ chức đã trao 12 giải thưởng cho các đội.",
     "827_be7073043765: \"Kết quả, ban tổ chức đã trao 17 giải thưởng cho các đội\". Claimed 12; g.sh '12 giải' nothing; g.sh 'Minh Phụng' only this page."),
    # ---------------- 830 (Xuân tình nguyện 2024 TP.HCM) ----------------
    ("830_c3fa9aa955b8", "differs",
     "Chiến dịch Xuân tình nguyện 2024 của Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM dự kiến thu hút 45 nghìn chiến sĩ tham gia.",
     "830_c3fa9aa955b8: \"Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia\". Claimed 45 nghìn; g.sh '45[.]000' only hits 098 (lao động) and 668 (45.000.000 đồng). 1013/495 are Xuân tình nguyện 2026 (gần 70.000 đăng ký; hơn 4.000 ra quân): another edition."),
    ("830_c3fa9aa955b8", "not_found",
     "Chiến dịch Xuân tình nguyện 2024 của TP.HCM dự kiến thực hiện 1.200 công trình, phần việc tình nguyện.",
     "830 counts chiến sĩ (35.000), 30 ngày chuẩn bị, 7 ngày đăng ký, lần thứ 16, 22 quận huyện; no công trình. g.sh '[0-9.]+ công trình|công trình, phần việc': hits are Tháng Thanh niên 2023/2024 (799, 644), hè 2022/2023 other provinces (547-549), Thanh Hóa (1105), HCM hè 2020 (1012): other campaigns/years."),
    # ---------------- 866 (Bến Tre trao cờ) ----------------
    ("866_0e852b70fa76", "supported",
     "Liên đoàn Lao động tỉnh Bến Tre phối hợp Báo Người Lao Động trao hai nghìn lá cờ Tổ quốc cho ngư dân các huyện biển Bình Đại, Ba Tri, Thạnh Phú.",
     "866_0e852b70fa76: \"Liên đoàn Lao động tỉnh Bến Tre đã phối hợp cùng Báo Người Lao Động tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú\". Spelled-out 2.000."),
    ("866_0e852b70fa76", "not_found",
     "Liên đoàn Lao động huyện Thạnh Phú đã trao 700 lá cờ Tổ quốc cho ngư dân trong huyện.",
     "866 gives only the province total (2.000 lá cờ for 3 huyện) and the 2020-2025 programme total (20.000 cờ); no per-district split (caption \"Liên đoàn Lao động huyện Thạnh Phú trao cờ Tổ quốc cho ngư dân\" has no figure). g.sh 'lá cờ|cờ Tổ quốc|Thạnh Phú': 727 (500 lá cờ, Đà Nẵng 2020) is another place; g.sh '700 lá' nothing."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1], r[2]))
    for r in rows:
        assert r[1] in ("supported", "differs", "not_found"), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x.replace('"', "'")) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per
    print(len(rows), dict(c), "pages:", len(per))


if __name__ == "__main__":
    main()
