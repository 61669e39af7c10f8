#!/usr/bin/env python3
"""Claim set for ldtd check (blind). Writes claims.tsv, NFC, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 049: LĐLĐ HN, Mái ấm Công đoàn, Sóc Sơn, 6/5 (Tháng Công nhân 2025)
    ("049_e73d5fdb77f6", S,
     "Liên đoàn Lao động thành phố Hà Nội đã hỗ trợ đoàn viên Nguyễn Thị Giản Hải (Trường Mầm non Bắc Phú) 40 triệu đồng để xây dựng “Mái ấm Công đoàn”.",
     "049: 'hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn”'"),
    ("049_e73d5fdb77f6", D,
     "Trong Tháng Công nhân năm 2025, LĐLĐ TP Hà Nội trao kinh phí xây, sửa “Mái ấm Công đoàn” cho năm đoàn viên huyện Sóc Sơn.",
     "049: 'trao hỗ trợ kinh phí xây dựng, sửa chữa “Mái ấm Công đoàn” cho 3 đoàn viên huyện Sóc Sơn' (3, not 5). g.sh 'Sóc Sơn' finds no other Mái ấm count for Sóc Sơn 2025 (131 only has a teaser headline, no figure)."),
    # ---------------- 074: Tổng LĐLĐ, Cờ thi đua Chính phủ năm 2023
    ("074_3aedb58932be", S,
     "Việc chọn các đơn vị đề nghị tặng Cờ thi đua của Chính phủ năm 2023 căn cứ kết quả bình xét suy tôn của mười hai cụm, khối thi đua trực thuộc Tổng Liên đoàn.",
     "074: 'căn cứ kết quả bình xét suy tôn của 12 cụm, khối thi đua trực thuộc Tổng Liên đoàn'"),
    # ---------------- 091: CĐ ngành Giáo dục HN, 17/8/2020
    ("091_e664206785ba", D,
     "Ngày 17/8/2020, Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ hai thầy, cô giáo mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì tổng cộng 25 triệu đồng.",
     "091: 'Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng' (15, not 25). g.sh '25 triệu đồng' | grep giáo: no hit for this visit."),
    # ---------------- 1050: LĐLĐ TP HCM, 22-8-2025
    ("1050_ae670c71dab7", S,
     "Phó Chủ tịch Liên đoàn Lao động TP HCM Phạm Trọng Nhân đã trao quyết định chỉ định cho tám Công đoàn phường thuộc khu vực Dĩ An, Thuận An (Bình Dương cũ).",
     "1050: 'đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ, gồm 8 phường'"),
    ("1050_ae670c71dab7", N,
     "Ban Chấp hành Công đoàn phường Dĩ An được LĐLĐ TP HCM chỉ định ngày 22-8 gồm 9 ủy viên.",
     "1050 says the BCH, ban thường vụ and chủ tịch/phó chủ tịch were appointed but never counts BCH members; the only figures are '8 Công đoàn phường' and '8 phường' (units, not members). g.sh 'Dĩ An|Thuận An' -> only 1050."),
    # ---------------- 108: Giải thưởng Tôn Đức Thắng 2018
    ("108_8baf26df659f", S,
     "Giải thưởng Tôn Đức Thắng năm 2018 nhận được 26 hồ sơ do các đơn vị gửi về để ban tổ chức xét chọn.",
     "108: 'Từ 26 hồ sơ các đơn vị gửi về, ban tổ chức đã chọn 11 cá nhân để trao giải thưởng Tôn Đức Thắng năm 2018' (claim figure: 26 hồ sơ)"),
    ("108_8baf26df659f", N,
     "Giải thưởng Tôn Đức Thắng năm 2019 của TP HCM được trao cho 12 cá nhân có sáng kiến.",
     "Other edition. g.sh 'Tôn Đức Thắng' -> only 108 (2018: 11 cá nhân, 26 hồ sơ, 191 over 18 years), 992 (2015: 3 cá nhân khen thưởng by CĐ Viên chức) and 827 (the university). No 2019 edition anywhere."),
    # ---------------- 1128: Công đoàn Điện lực Việt Nam, 27/12
    ("1128_8dbf9e8fc1aa", S,
     "Đoàn công tác Công đoàn Điện lực Việt Nam tặng quà Tết Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 50 triệu đồng.",
     "1128: 'tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị'"),
    # ---------------- 1171: Đêm hội trăng rằm 2024, LĐLĐ quận 6 / Gò Vấp
    ("1171_e3a5bb5bbced", D,
     "“Đêm hội trăng rằm” do LĐLĐ quận 6, TP HCM tổ chức đã mang niềm vui tới hơn 300 thiếu nhi là con công nhân khó khăn tại các khu lưu trú.",
     "1171: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... do LĐLĐ quận 6, TP HCM tổ chức' (100, not 300). g.sh 'trăng rằm|quận 6' -> only 1171 and 921 (Tây Ninh KKT, 110 thiếu nhi, other organiser)."),
    ("1171_e3a5bb5bbced", S,
     "Chương trình “Đêm hội trăng rằm” của LĐLĐ quận Gò Vấp (TP HCM) đã lan tỏa niềm vui tới gần một trăm thiếu nhi là con đoàn viên, lao động khó khăn.",
     "1171: 'do LĐLĐ quận Gò Vấp, TP HCM tổ chức mới đây cũng lan tỏa niềm vui đến gần 100 thiếu nhi là con đoàn viên - lao động khó khăn'"),
    # ---------------- 144: vụ cháy chung cư mini Khương Hạ
    ("144_bc4e63c5ba65", D,
     "Cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao 30 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini Khương Hạ.",
     "144: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh' (23, not 30; CĐ ngành Y tế gave 15). g.sh 'Trần Thị Thịnh|Khương Hạ' -> only 144."),
    # ---------------- 243: Long Biên Ngày hội VH-TT 2019
    ("243_c554aeec7ee3", N,
     "Ngày hội “Văn hóa - Thể thao” của các cấp Công đoàn quận Long Biên năm 2019 có 32 đội tham dự.",
     "243 mentions 'tặng cờ lưu niệm cho các đội tham dự Ngày hội' but never counts the teams; its figures are the headline '1.400 đoàn viên' (people, not teams) and anniversaries (90 năm, 73 năm). g.sh 'Long Biên.{0,80}(đội|vận động viên)' -> no hit."),
    # ---------------- 282: sập giàn giáo 16 Nguyễn Công Trứ, 4/8/2020
    ("282_cf806c00183e", D,
     "Liên đoàn Lao động thành phố Hà Nội đã trao cho gia đình mỗi nạn nhân vụ sập giàn giáo ở số 16 Nguyễn Công Trứ 5 triệu đồng từ Quỹ Xã hội.",
     "282: 'trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố' (3 triệu, not 5; LĐLĐ Chương Mỹ 1.000.000). g.sh 'Nguyễn Công Trứ|sập giàn giáo' -> 109 (4 người tử vong, no money), 112 (other accident)."),
    # ---------------- 296: Gia Lâm đại hội CĐCS 2023-2028
    ("296_cf67e2f30129", N,
     "Đến nay, 230 Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức xong Đại hội nhiệm kỳ 2023 - 2028.",
     "296 states only '100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội' and 'sớm hơn 1 tháng' - the number of CĐCS is never given; Kế hoạch số 19/114 are document numbers. g.sh 'Gia Lâm' (all pages) -> no count of CĐCS anywhere."),
    # ---------------- 308: Đại hội CĐ phường Việt Hưng lần I, 3/10/2025
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 có 200 đại biểu chính thức tham dự.",
     "308 gives no delegate count; its only count '124 Công đoàn cơ sở' sits in a related-article teaser and is units, not delegates. g.sh 'Việt Hưng' -> only 308 (plus unrelated company/person names)."),
    # ---------------- 387: Tổng LĐLĐ hỗ trợ NLĐ giảm giờ làm
    ("387_4d721f20b60f", D,
     "Khoảng 1.800 doanh nghiệp gặp khó khăn do bị cắt, giảm đơn hàng đã phải giảm giờ làm của người lao động.",
     "387: 'Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm' (1.300, not 1.800). g.sh 'giảm giờ làm' -> only 387."),
    # ---------------- 456: LĐLĐ tỉnh (Châu Thành), Tháng Công nhân 5-2017
    ("456_3f33960fbf03", S,
     "Trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã trao tổng cộng 31 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "456: 'trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí hỗ trợ ... là gần 1 tỷ đồng' (claim figure: 31 căn)"),
    # ---------------- 475: CĐ Giáo dục TP HCM - Lý Sơn, 8/2019
    ("475_0af186189d4d", D,
     "Trước thềm năm học mới 2019, Công đoàn Giáo dục TP HCM đã tặng học sinh huyện đảo Lý Sơn 80 chiếc cặp.",
     "475: 'CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập' (62 cặp, not 80). g.sh 'Lý Sơn|An Vĩnh' -> only 475."),
    ("475_0af186189d4d", S,
     "Trường Mầm non An Vĩnh do ngành GD-ĐT TP HCM tặng tỉnh Quảng Ngãi có tổng kinh phí xây dựng hơn 7,5 tỷ đồng.",
     "475: 'Tổng kinh phí xây dựng Trường Mầm non An Vĩnh là hơn 7,5 tỉ đồng'"),
    # ---------------- 504: Chợ Tết Công đoàn năm 2026 (HN, 31/1-1/2/2026)
    ("504_7a8b75f0dd5a", D,
     "Chợ Tết Công đoàn năm 2026 diễn ra trong hai ngày 31/1 và 1/2/2026 có quy mô 85 gian hàng.",
     "504: 'Chợ Tết Công đoàn năm 2026” diễn ra trong hai ngày 31/1-1/2/2026, với quy mô 50 gian hàng' (107 confirms 'Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc ... 31/1 đến 1/2/2026 ... khoảng 50 gian hàng'). g.sh 'gian hàng': 70/hơn 70 are the 7-8/2/2026 HN edition (276, 280), 70-80 Đà Nẵng (543); 85 not stated anywhere."),
    ("504_7a8b75f0dd5a", S,
     "Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động đã có mặt tham dự Chợ Tết Công đoàn năm 2026 (31/1-1/2/2026).",
     "504: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình'"),
    # ---------------- 523: LĐLĐ Nghệ An, 10/11/2025
    ("523_1cd6d816c1b9", D,
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định 16 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023-2028.",
     "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX' (14, not 16). g.sh 'Nghệ An khóa XIX|Cao Nguyên Hùng' -> only 523."),
    # ---------------- 544: Hội LHPN quận Hà Đông, 3/2022
    ("544_73613f3ff3bd", D,
     "Nhân kỷ niệm 112 năm Ngày Quốc tế Phụ nữ, các chi hội phụ nữ quận Hà Đông đã thực hiện 320 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544: 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn' (268, not 320). g.sh 'phần việc' -> no other Hà Đông count."),
    # ---------------- 550: Chiến dịch TNTN hè 2023 (Trung ương Đoàn, chỉ tiêu)
    ("550_47914fdae7e5", D,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất 10 triệu cây xanh.",
     "550: 'trồng mới ít nhất 6 triệu cây xanh' (6 triệu, not 10). g.sh 'cây xanh' -> 547 (a province's 165.214 trees), 644/777/790 (other campaigns), no '10 triệu cây'."),
    # ---------------- 594: Hội LHPN VN khóa XIII, 10/3/2022
    ("594_2969d737d0fc", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII chiều 10/3/2022 đã bầu năm Phó Chủ tịch Hội.",
     "594: 'hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam' (4, not 5). g.sh 'Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam|Hội LHPN Việt Nam' -> no other PCT count for khóa XIII."),
    ("594_2969d737d0fc", N,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội LHPN Việt Nam khóa XIII đã bầu Đoàn Chủ tịch gồm 17 thành viên.",
     "594 counts only the 4 Phó Chủ tịch (and '100% Ủy viên'); 720 counts the BCH khóa XIII ('gồm 155 đại biểu'), 980 (2025 kiện toàn) gives no size. Đoàn Chủ tịch khóa XIII is never counted: g.sh 'Đoàn Chủ tịch.{0,80}(Phụ nữ|LHPN)' -> only 980 without a figure."),
    # ---------------- 601 / 700: Chợ tết công đoàn trực tuyến Xuân 2026 (Tổng LĐLĐ)
    ("601_191d90e3f2ed", D,
     "Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến của Tổng LĐLĐ Việt Nam sẽ hỗ trợ 300 nghìn đoàn viên, người lao động.",
     "601: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng' (200.000, not 300.000; 700 and 687 also say 200.000). g.sh '300.000 đoàn viên' -> none."),
    ("601_191d90e3f2ed", N,
     "Chợ Tết Công đoàn trực tuyến Xuân 2026 có hơn 300 doanh nghiệp tham gia cung ứng hàng hóa.",
     "601/700/687 say goods come from 'các doanh nghiệp trong nước' but never count them; their figures are 200.000 đoàn viên, 500.000 đồng/người, 100 tỉ đồng. (795 counts 1.320 doanh nghiệp for the 2023 edition - another edition.)"),
    # ---------------- 629: HĐND huyện Điện Biên Đông khóa VI
    ("629_49c2ddcfe599", N,
     "HĐND huyện Điện Biên Đông khóa VI, nhiệm kỳ 2021 - 2026 có tổng cộng 35 đại biểu.",
     "629 only gives '29/29 đại biểu có mặt đồng ý' (those present voting), never the total membership of HĐND. g.sh 'Điện Biên Đông' -> only 629."),
    # ---------------- 700
    ("700_dd6b1b09b4e2", S,
     "Tham gia Chợ Tết Công đoàn - Xuân 2026 trực tuyến, mỗi đoàn viên được tổ chức Công đoàn hỗ trợ 500 nghìn đồng để mua sắm.",
     "700: 'mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến'"),
    # ---------------- 710: LĐLĐ Thái Nguyên, Đại hội MTTQ tỉnh lần XV
    ("710_a049db02602c", D,
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm 8 đại biểu.",
     "710: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương' (6, not 8). g.sh 'MTTQ tỉnh Thái Nguyên' -> only 710."),
    # ---------------- 712: Đại hội MTTQ HN lần XVIII
    ("712_694777b452ec", N,
     "Ủy ban MTTQ Việt Nam thành phố Hà Nội khóa XVIII, nhiệm kỳ 2024-2029 gồm 130 ủy viên.",
     "712 counts only '6 chương trình hành động; 3 khâu đột phá'. 713 (same congress) counts '363 đại biểu chính thức' and 'Đoàn Chủ tịch Đại hội gồm 17 vị' - delegates / presidium, not members of the Ủy ban. No page counts the Ủy ban's members."),
    # ---------------- 717: LĐLĐ Hải Phòng, học tập chuyên đề
    ("717_98d937fa1780", S,
     "Hội nghị học tập trực tuyến của LĐLĐ thành phố Hải Phòng đề cập đến năm chuyên đề của Tổng LĐLĐ Việt Nam.",
     "717: 'Nội dung của hội nghị học tập đề cập đến 05 chuyên đề của Tổng LĐLĐ Việt Nam'"),
    # ---------------- 721: LĐLĐ huyện Thạch Thất 2022
    ("721_3e01bfb83e07", S,
     "Các công đoàn cơ sở trên địa bàn huyện Thạch Thất hiện có hơn 6 nghìn đoàn viên, công nhân lao động.",
     "721: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động' (claim figure: hơn 6 nghìn ~ trên 6.000)"),
    # ---------------- 793: Huyện Đoàn Phú Tân, 31/5/2023
    ("793_a83971f85d67", S,
     "Nhân ngày Quốc tế Thiếu nhi năm 2023, Ban Tổ chức ở huyện Phú Tân đã trao tặng 400 phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793: 'Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt'"),
    # ---------------- 802: Quận ủy Hoàn Kiếm, huy hiệu Đảng đợt 19/5
    ("802_331723d186da", D,
     "Trong đợt trao tặng huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 240 đảng viên được nhận huy hiệu.",
     "802: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng' (190, not 240). g.sh 'huy hiệu Đảng' -> other districts only (Hai Bà Trưng 284, Hà Đông 440, Đống Đa 660)."),
    # ---------------- 813: Thành ủy HN khóa XVIII
    ("813_11d663308583", N,
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII, nhiệm kỳ 2025 - 2030 gồm 81 ủy viên.",
     "813 counts '4 Phó bí thư Thành ủy' (and age 60); 812 counts '550 đại biểu' of the congress; 103 counts 74 BCH members for khóa XVI (another term). No page counts BCH khóa XVIII: g.sh 'Ban Chấp hành Đảng bộ' / '[0-9]+ (đồng chí|ủy viên)' -> nothing for khóa XVIII."),
    # ---------------- 842: Đại hội Hội Nông dân VN lần VIII, 26-12-2023
    ("842_86068b256616", D,
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII có 1.095 đại biểu chính thức tham dự.",
     "842: 'tham dự Đại hội có 995 đại biểu chính thức' (995, not 1.095). g.sh 'Hội Nông dân Việt Nam' -> no other delegate count for this congress (985 is Nghệ An's provincial congress, 304 đại biểu)."),
    ("842_86068b256616", N,
     "Đại hội Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành Trung ương Hội gồm 120 ủy viên.",
     "842 (opening day) counts only 995 đại biểu chính thức and hơn 10 triệu hội viên; no BCH election result. g.sh 'Hội Nông dân Việt Nam' -> 842, 985, 1089, none counts the central BCH."),
    # ---------------- 992: CĐ Viên chức TP HCM
    ("992_ad068b3db8db", S,
     "Dịp này, Công đoàn Viên chức TP HCM đã khen thưởng 34 tập thể tổ chức tốt hội thi “Cán bộ, công chức, viên chức giỏi nghiệp vụ, tận tụy phục vụ nhân dân”.",
     "992: 'khen thưởng ... 34 tập thể và 7 cụm thi đua tổ chức tốt hội thi “Cán bộ, công chức, viên chức giỏi nghiệp vụ, tận tụy phục vụ nhân dân”'"),
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
    print(len(rows), Counter(r[1] for r in rows))
    print(Counter(r[0] for r in rows).most_common(3))


if __name__ == "__main__":
    main()
