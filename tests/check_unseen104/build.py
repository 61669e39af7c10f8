#!/usr/bin/env python3
"""Build claims.tsv for the blind test of `ldtd check` (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 1147 LĐLĐ TP. Nha Trang, chợ Tết Công đoàn 2025
    ("1147_b5a785ed6f78", S,
     "Chợ Tết Công đoàn năm 2025 của LĐLĐ thành phố Nha Trang có quy mô gồm bảy gian hàng.",
     "1147: 'chương trình chợ Tết Công đoàn có quy mô gồm 7 gian hàng, trong đó có 1 gian hàng 0 đồng'"),
    ("1147_b5a785ed6f78", D,
     "Tại chợ Tết Công đoàn ngày 10-1, Liên đoàn Lao động TP Nha Trang đã tặng khoảng 450 suất quà Tết cho đoàn viên, người lao động khó khăn.",
     "1147: 'dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất' (title: 'tặng 345 suất quà'); g.sh 'Nha Trang' -> only 1147 and a list in 1081; g.sh '450 (suất|phần)' -> only '450 suất cơm' in 790 (Tiếp sức mùa thi), unrelated"),
    # ---------------- 1181 Trung thu 2022 TPHCM
    ("1181_5c58fd030683", S,
     "Trong chương trình 'Đêm trăng ấm áp', Liên đoàn Lao động quận 1 (TPHCM) đã trao 640 phần quà cho con công nhân lao động và trẻ mồ côi có hoàn cảnh khó khăn.",
     "1181: 'Liên đoàn Lao động quận 1 tổ chức chương trình “Đêm trăng ấm áp”, trao 640 phần quà đến con công nhân lao động, trẻ mồ côi hoàn cảnh khó khăn (350.000 đồng/phần)'"),
    ("1181_5c58fd030683", D,
     "Tết Trung thu năm 2022, Công đoàn Viên chức TP.HCM đã tặng quà cho gần 3.500 thiếu nhi có hoàn cảnh khó khăn.",
     "1181: 'Tết Trung thu năm nay, Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn'; g.sh '3\\.500 thiếu nhi|3500' -> nothing; other Công đoàn Viên chức TP HCM pages (991, 992) are about Tháng CC,VC-LĐ, no Trung thu count"),
    # ---------------- 1264 LĐLĐ TPHCM Tết gifts
    ("1264_b265cd9ba4c3", S,
     "Liên đoàn Lao động TP Hồ Chí Minh đã trao ba trăm phần quà cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn không có điều kiện về quê đón Tết.",
     "1264: 'LĐLĐ Thành phố Hồ Chí Minh trao 300 phần quà (...) cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết cổ truyền'. Note 626 has '300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng' for workers of a district LĐLĐ (another occasion), same value anyway"),
    ("1264_b265cd9ba4c3", D,
     "Mỗi phần quà LĐLĐ TP.HCM trao cho gia đình CNVC-LĐ khó khăn không về quê đón Tết gồm quà và tiền mặt trị giá 2 triệu đồng.",
     "1264: 'mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng cùng báo Xuân Người Lao động'; g.sh '2 triệu đồng.{0,30}(phần|suất)' -> only 686 (ban chấp hành 4 nghiệp đoàn, quận 10) and 643 (thu nhập), not this. Nearby decoy 626: 1,3 triệu đồng/phần for another gift programme"),
    # ---------------- 169 Đại hội Công đoàn Giáo dục Việt Nam XV
    ("169_990fba4964f3", D,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018-2023 gồm 45 đồng chí.",
     "169: 'bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ 2018 - 2023 gồm 36 đồng chí'; g.sh '45 đồng chí' -> nothing; g.sh 'Giáo dục Việt Nam' -> no other page counts this BCH"),
    ("169_990fba4964f3", N,
     "Đoàn đại biểu Công đoàn ĐHQG-HCM tham dự Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV gồm 6 đại biểu.",
     "169 names the delegation ('Đoàn đại biểu Công đoàn ĐHQG-HCM') but never counts its members; only figure is BCH '36 đồng chí'. g.sh 'ĐHQG-HCM|Đại học Quốc gia' -> only 169 and unrelated 811 (BV ĐHQG Hà Nội), 827, 830"),
    # ---------------- 186 Công nhân giỏi Thủ đô 2023
    ("186_969ff8f16e36", S,
     "Năm 2023, Liên đoàn Lao động thành phố Hà Nội tuyên dương một trăm Công nhân giỏi Thủ đô tại Cung Văn hóa Lao động Hữu nghị Việt Xô.",
     "186: 'Tuyên dương 100 Công nhân giỏi Thủ đô năm 2023' + body 'tại Cung Văn hóa Lao động Hữu nghị Việt Xô, LĐLĐ thành phố Hà Nội long trọng tổ chức Lễ tuyên dương Công nhân giỏi Thủ đô năm 2023'; also seeds 000 ('tôn vinh 100 Công nhân giỏi Thủ đô', Tháng Công nhân 2023) and 003 ('tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2023'). Decoy 042: 90 CNG Thủ đô năm 2019"),
    # ---------------- 243 Long Biên Ngày hội VH-TT
    ("243_c554aeec7ee3", D,
     "Hơn 2.000 đoàn viên công đoàn quận Long Biên đã tham dự Ngày hội Văn hóa - Thể thao năm 2019.",
     "243 title: 'Quận Long Biên: 1.400 đoàn viên công đoàn tham dự Ngày hội “Văn hóa - Thể thao”' (2019, 90 năm Công đoàn VN); g.sh '2\\.000 đoàn viên' -> only 333 ('hơn 12.000 đoàn viên' CĐ ngành Giáo dục HN); no other Long Biên Ngày hội count. Caveat: the 1.400 figure is in the headline (page has no other body sentence with it)"),
    # ---------------- 264 Hà Nội launch 2025
    ("264_278ce760ca14", S,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2025 của Hà Nội tại huyện Thạch Thất có khoảng một nghìn người tham gia.",
     "264: 'Lễ phát động Tháng hành động về An toàn, vệ sinh lao động (ATVSLĐ) và Tháng Công nhân năm 2025 của thành phố Hà Nội sẽ được tổ chức vào ngày 18/4, tại vườn hoa Phùng Khắc Khoan, thị trấn Liên Quan, huyện Thạch Thất, với sự tham gia của khoảng 1.000 người'"),
    ("264_278ce760ca14", N,
     "Tại Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2025 của thành phố Hà Nội ở Thạch Thất, Ban Tổ chức đã trao 200 suất quà cho công nhân lao động.",
     "264 counts only participants ('khoảng 1.000 người'), no gifts. g.sh '18/4.{0,80}(ATVSLĐ|An toàn)|Liên Quan|suất quà.{0,80}Tháng Công nhân' -> only 264; g.sh 'Tháng Công nhân.{0,60}2025' -> 049 (Mái ấm Công đoàn for 3 đoàn viên Sóc Sơn), 212/213 (Tổng LĐLĐ national), none counts gifts at the Hanoi launch"),
    # ---------------- 288 Đại hội Công đoàn TP Hà Nội XVIII
    ("288_b4f0b53ee431", S,
     "Các đại biểu dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 đại diện cho hơn 580 nghìn đoàn viên công đoàn Thủ đô.",
     "288: 'sự tham gia của 548 đại biểu đại diện cho ý chí, nguyện vọng và niềm tin của trên 580.000 đoàn viên Công đoàn Thủ đô'"),
    ("288_b4f0b53ee431", D,
     "Hơn 650 đại biểu đã tham dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 tại Cung Văn hóa Lao động Hữu nghị Việt Xô.",
     "288: '548 đại biểu dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII' / 'sự tham gia của 548 đại biểu'; g.sh '650 đại biểu' -> nothing; g.sh 'lần thứ XVIII' -> 095 (plan, no count), 812 (Đại hội Đảng bộ TP Hà Nội XVIII: 550 đại biểu - another congress)"),
    # ---------------- 593 Đại hội phụ nữ TP Hà Nội XVI
    ("593_fe8e59aadb97", S,
     "Tại phiên trù bị Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026, Đoàn Chủ tịch được bầu gồm mười một đồng chí.",
     "593: 'Tại phiên trù bị, đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí'"),
    ("593_fe8e59aadb97", D,
     "Phiên trù bị Đại hội đại biểu Hội LHPN TP Hà Nội lần thứ XVI chiều 24-11 đã bầu Ban Thẩm tra tư cách đại biểu gồm tám đồng chí.",
     "593: 'Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí'; g.sh 'Ban Thẩm tra' -> 578 (Đại hội Công đoàn tỉnh Hưng Yên XIX: 7 đồng chí) and 742 (Đà Nẵng, no count); no '8 đồng chí' for this"),
    # ---------------- 646 Đồng Nai Chuyến xe Tết 2026
    ("646_0880c908b49f", D,
     "Cho chương trình 'Chuyến xe Tết đoàn viên - Xuân 2026', Liên đoàn Lao động tỉnh Đồng Nai đã phân bổ 3.200 vé xe miễn phí cho đoàn viên, người lao động.",
     "646: 'Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp'; g.sh '3\\.200 vé|3200' -> nothing; g.sh 'Chuyến xe Tết|vé xe' -> 466 (1.794 công nhân, a district LĐLĐ), 500 (15.000 vé xe, another organisation)"),
    ("646_0880c908b49f", N,
     "Dịp Tết Ất Tỵ 2025, Liên đoàn Lao động tỉnh Đồng Nai đã tặng 1.800 vé xe miễn phí cho công nhân về quê đón Tết.",
     "646 counts tickets only for Xuân 2026 (2.200); the 2025 edition is mentioned only in a caption ('Đoàn viên, công nhân lao động huyện Trảng Bom về quê đón Tết Ất Tỵ năm 2025') with no count. g.sh 'Ất Tỵ.{0,100}(vé|xe)|(vé|xe).{0,100}Ất Tỵ' -> nothing outside; g.sh 'Đồng Nai' + vé -> only 646"),
    # ---------------- 694 LĐLĐ Long An khuyến học
    ("694_7426b72731ba", S,
     "LĐLĐ tỉnh Long An vừa trao 151 suất học bổng 'vượt khó, học giỏi' cho con em đoàn viên công đoàn.",
     "694: 'tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn'"),
    ("694_7426b72731ba", D,
     "Từ năm 2022 đến nay, chương trình khuyến học của Liên đoàn Lao động tỉnh Long An đã chi tổng kinh phí khoảng 1,4 tỷ đồng cho học sinh giỏi và học bổng vượt khó.",
     "694: 'Từ năm 2022 đến nay, chương trình đã tuyên dương, khen thưởng 303 học sinh giỏi và hỗ trợ học bổng cho 430 trường hợp vượt khó, tổng kinh phí lên tới 914 triệu đồng'; g.sh '1,4 tỷ|1,4 tỉ|1\\.400 triệu' -> only 607 (Tập đoàn Than - Khoáng sản ủng hộ 1,4 tỷ), unrelated"),
    # ---------------- 793 Phú Tân Tháng hành động vì trẻ em 2023
    ("793_a83971f85d67", S,
     "Hưởng ứng Tháng hành động vì trẻ em năm 2023, Ban Tổ chức huyện Phú Tân đã trao tặng các phần quà với tổng trị giá hơn 186 triệu đồng cho trẻ em có hoàn cảnh đặc biệt.",
     "793: 'trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt'"),
    ("793_a83971f85d67", D,
     "Tại lễ mít tinh ngày 31/5/2023 ở Phú Tân, Ban Tổ chức đã vận động và trao 600 phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793: 'Ban Tổ chức đã vận động và trao tặng 400 phần quà' (100 + 300); g.sh '600 phần quà' -> nothing; g.sh 'Phú Tân' -> only 979 (MTTQ personnel 2019)"),
    # ---------------- 798 Tỉnh Đoàn, Tháng Thanh niên 2023
    ("798_7032c1161906", S,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn toàn tỉnh đã giới thiệu 748 đoàn viên ưu tú.",
     "798 (Tỉnh Đoàn tổng kết Tháng Thanh niên 2023, chiều 10/4): 'giới thiệu 748 đoàn viên ưu tú (đạt 374%)'"),
    ("798_7032c1161906", D,
     "Tổng kết Tháng Thanh niên năm 2023, Tỉnh Đoàn cho biết các cấp Đoàn trong tỉnh đã kết nạp mới hơn 5.300 đoàn viên.",
     "798: 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%)'; g.sh '5\\.300' -> nothing; other Tháng Thanh niên pages (391, 469, 513, 549, 550) are Hà Nội/national and give no kết nạp count"),
    # ---------------- 832 Tây Ninh Chiến dịch TNTN hè 2020
    ("832_bcc75862afa0", S,
     "Chiến dịch thanh niên tình nguyện hè năm 2020 của tỉnh Tây Ninh tập trung vào các xã biên giới thuộc năm huyện, thị.",
     "832: 'tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh' (chủ đề 'Tuổi trẻ Tây Ninh sáng tạo, tình nguyện vì cộng đồng')"),
    ("832_bcc75862afa0", D,
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở Tây Ninh tập trung vào 30 xã biên giới của tỉnh.",
     "832: 'tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh'; g.sh '30 xã' -> nothing; g.sh 'xã biên giới' -> 547 (xã Tr'hy, Tây Giang, Quảng Nam), unrelated"),
    # ---------------- 1026 Tháng hành động ATVSLĐ 2018 (TP HCM)
    ("1026_4587425a9c28", D,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2018 tại TP Hồ Chí Minh ngày 6/5 có hơn 900 đại biểu tham dự.",
     "1026: '... lãnh đạo một số tỉnh, thành phố, các Sở, ban ngành và trên 600 đại biểu đại diện cho các đơn vị, tổ chức và doanh nghiệp…'; g.sh '900 đại biểu' -> nothing; other ATVSLĐ 2018 pages (189 CĐ ngành Xây dựng HN, 862 Bình Dương) count no participants"),
    ("1026_4587425a9c28", N,
     "Tại Lễ phát động Tháng hành động về ATVSLĐ năm 2018 do Ban chỉ đạo Trung ương tổ chức ở TP.HCM, 50 tập thể và cá nhân có thành tích xuất sắc trong công tác ATVSLĐ được khen thưởng.",
     "1026 mentions 'các đơn vị, cá nhân có thành tích xuất sắc trong ATVSLĐ' (caption) without a count. g.sh 'có thành tích xuất sắc.{0,60}(ATVSLĐ|an toàn, vệ sinh)' -> 189 (Công đoàn ngành Xây dựng Hà Nội khen thưởng 38 tập thể, 37 cá nhân - another organisation/event), 309 (no count)"),
    # ---------------- 1144 Đức Trọng (Lâm Đồng) 2023
    ("1144_3a7da2e087d5", S,
     "Theo Ủy ban MTTQ huyện Đức Trọng (Lâm Đồng), trên địa bàn huyện hiện vẫn còn hơn 530 hộ nghèo.",
     "1144 (Lễ phát động Tháng cao điểm Vì người nghèo 2023, 2/10): 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo'. 610 (Đức Trọng 2022 edition) has no household counts"),
    ("1144_3a7da2e087d5", D,
     "Huyện Đức Trọng, tỉnh Lâm Đồng hiện còn hơn 1.500 hộ cận nghèo, theo thông tin tại lễ phát động Tháng cao điểm Vì người nghèo năm 2023.",
     "1144: '533 hộ nghèo và 1.112 hộ cận nghèo'; g.sh '1\\.500 hộ|1500 hộ' -> nothing; g.sh 'hộ cận nghèo' -> 468 (Hà Nội: hơn 22.000 hộ cận nghèo), 360, 462, 510 - other places"),
    # ---------------- 901 Công đoàn Điện lực VN 2024
    ("901_623fc945bf8f", D,
     "Công đoàn Điện lực Việt Nam đặt mục tiêu 80% công đoàn cơ sở trong hệ thống tổ chức ít nhất một hoạt động hưởng ứng Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024.",
     "901: 'Mục tiêu 100% công đoàn cơ sở trong hệ thống Công đoàn Điện lực Việt Nam tổ chức ít nhất 1 hoạt động phù hợp để hưởng ứng Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động năm 2024'; g.sh '80% công đoàn cơ sở' -> nothing"),
    # ---------------- 373 Sở TN&MT Hà Nội
    ("373_5a66bb740f57", D,
     "Ông Bùi Duy Cường được Chủ tịch UBND TP Hà Nội Chu Ngọc Anh trao quyết định bổ nhiệm Giám đốc Sở TN&MT với thời hạn bổ nhiệm ba năm.",
     "373: 'trao quyết định bổ nhiệm ông Bùi Duy Cường (...) giữ chức Giám đốc Sở TN&MT TP. Hà Nội. Thời hạn bổ nhiệm 5 năm.'; g.sh 'thời hạn bổ nhiệm' -> only 373"),
    # ---------------- 395 Bộ Công Thương, Cuộc vận động
    ("395_89358d4aa43a", S,
     "Bộ Công Thương triển khai Cuộc vận động 'Người Việt Nam ưu tiên dùng hàng Việt Nam' tập trung vào năm nội dung trọng tâm.",
     "395: 'Bộ Công Thương đã phối hợp (...) thực hiện đồng bộ Cuộc vận động. Trong đó, tập trung vào 5 nội dung trọng tâm: (i) ... (v)'"),
    # ---------------- not_found on figure-poor pages
    ("003_c1f428e54ea5", N,
     "Tại kỳ họp thứ 11 Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI ngày 16/12, đồng chí Nguyễn Phi Thường được bầu làm Chủ tịch với 98,5% số phiếu.",
     "003 reports the election but gives no vote count or share. g.sh 'kỳ họp thứ 11|khóa XVI, kỳ họp' -> 003, 037 (kỳ họp thứ 9, another election), 300 (kỳ họp thứ 5); g.sh 'Đồng chí Nguyễn Phi Thường.{0,80}(phiếu|%)' -> nothing"),
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 120 đại biểu chính thức tham dự.",
     "010 only describes decorations for the congress, no delegate count. g.sh 'lần thứ XXV' -> 010 and seed 003 (BCH Công đoàn ngành Giáo dục HN, lần thứ XXV - another body); 399 is Đảng bộ quận Ba Đình XXVI (268 đại biểu) - another congress; g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn Lao động)' -> 002, 205, 340 with no delegate count"),
    ("573_cc985cab2d28", N,
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 11 đồng chí.",
     "573 states only dates/plan numbers (kế hoạch số 83/KH-LĐLĐ, 21/7/2017), no BCH size. g.sh 'Vĩnh Phúc' -> 573, 067 (phường Vĩnh Phúc, Ba Đình), 683 (Hội Chữ thập đỏ tỉnh) - none counts this"),
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 tuyên dương 100 chủ tịch Hội cơ sở tiêu biểu.",
     "402 gives the dates (17-19/10/2023) and 93 năm anniversary, no count of honorees. g.sh 'Chủ tịch Hội (Phụ nữ|LHPN) cơ sở' -> 401 (Hội LHPN Hà Nội's own programme, no count) and 402"),
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 đã bầu Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 55 đồng chí.",
     "521 only says Ngô Đông Hải was re-elected Bí thư. g.sh 'Thái Bình' -> 521, 106 (Nguyễn Đức Cảnh memorial), 493, 985 - no BCH count"),
    ("582_c46f8fc698a7", N,
     "Liên đoàn Lao động tỉnh An Giang hiện có hơn 120.000 đoàn viên công đoàn.",
     "582 is a personnel decision, no membership count. g.sh 'An Giang' -> 665 counts NEW members ('kết nạp mới 5.124/8.000 đoàn viên' from 2022, Tịnh Biên) - another counted noun; 983, 1043 no membership"),
    ("567_c411a9192e99", N,
     "Tại kỳ họp thứ tám HĐND thành phố Hà Nội khóa XVI chiều 22-7-2022, ông Trần Sỹ Thanh được bầu làm Chủ tịch UBND thành phố với 93 phiếu tán thành.",
     "567 announces the session only. g.sh 'Trần Sỹ Thanh.{0,80}(phiếu|%)' -> nothing; g.sh 'kỳ họp thứ tám|Chủ tịch UBND thành phố Hà Nội.{0,60}2021-2026' -> 352: Chu Ngọc Anh elected at kỳ họp thứ nhất (2021) 'với số phiếu 92/94 (chiếm 97,87%)' - another person/session; 1104 Sơn La"),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in (S, D, N), r
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    p = Counter(r[0] for r in rows)
    assert max(p.values()) <= 2, p
    print(len(rows), dict(c), "pages:", len(p))


if __name__ == "__main__":
    main()
