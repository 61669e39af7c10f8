#!/usr/bin/env python3
"""Build claims.tsv for blind testing of `ldtd check` (unseen153)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("046_6c553dd46b50", S,
     "Giải bóng đá mini CNVCLĐ và lực lượng vũ trang tranh Cúp Báo Lao động Thủ đô lần thứ I năm 2015 có mười tám đội bóng tham gia tranh tài.",
     "046: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài' (also 'cùng 18 đội bóng'); spelled-out mười tám = 18."),
    ("129_306ace8250a2", S,
     "Trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Hà Nội vào khoảng 6500 tấn.",
     "129: 'trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn'."),
    ("1147_b5a785ed6f78", S,
     "Tại chương trình chợ Tết Công đoàn năm 2025, LĐLĐ thành phố Nha Trang đã tặng 345 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1147: 'Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn'."),
    ("455_c8575d3b57ff", S,
     "Quỹ Mái ấm Công đoàn đã hỗ trợ 40 triệu đồng để xây ngôi nhà cho gia đình chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn.",
     "455: 'tổng kinh phí xây dựng 65 triệu đồng; trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng' (nhà chị Lê Thị Anh Lam, xã Hòa Sơn, huyện Ninh Sơn)."),
    ("465_d28f5749c617", S,
     "Liên đoàn Lao động huyện Phú Lương đã trao 86 suất quà cho cán bộ viên chức, người lao động gặp khó khăn dịp Tết.",
     "465: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng'."),
    ("509_33042ea25bf7", S,
     "Dịp Tết Nhâm Dần 2022, các hội, chi hội Chữ thập đỏ cơ sở ở quận Hai Bà Trưng đã trao tặng 3300 suất quà.",
     "509: 'Tại các hội, chi hội cơ sở, tổ chức trao tặng 3.300 suất quà, trị giá 1,65 tỷ đồng' (Hội Chữ thập đỏ quận Hai Bà Trưng, Tết Nhâm Dần 2022)."),
    ("519_a9f6d9ba16ff", S,
     "Chiến dịch Xuân tình nguyện 2026 của Đoàn phường Thủ Đức (TPHCM) dự kiến thu hút khoảng một nghìn bạn trẻ tham gia.",
     "519: 'Dự kiến thu hút sự tham gia của khoảng 1.000 bạn trẻ, chiến dịch Xuân tình nguyện phường Thủ Đức diễn ra từ 28/12/2025 đến 16/2/2026'."),
    ("626_087eb7ff5a87", S,
     "Trong dịp chúc tết công nhân quận Tân Phú, mỗi phần quà lãnh đạo TP.HCM trao tặng trị giá 1.300.000 đồng, gồm quà và tiền mặt.",
     "626: 'lãnh đạo TP đã trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng (bao gồm quà và tiền mặt)' (LĐLĐ quận Tân Phú, Công đoàn các KCX-CN TP, tối 30-1)."),
    ("681_4a0a266e2954", S,
     "Hội Chữ thập đỏ tỉnh Gia Lai đã trao một trăm suất quà Tết Bính Ngọ 2026 cho các hộ dân xã Canh Vinh.",
     "681: 'Hội Chữ thập đỏ tỉnh Gia Lai trao 100 suất quà Tết cho người dân xã Canh Vinh' / 'đã trao 100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt) cho các hộ dân'."),
    ("689_d6670691ad7d", S,
     "Từ ngày 1-1 đến 30-11-2019, TP HCM đã vận động được 270 nghìn người hiến máu tình nguyện.",
     "689: 'Năm 2019, tính từ ngày 1-1 đến ngày 30-11, TP HCM đã vận động được 270.000 người hiến, đạt gần 338.000 đơn vị máu'."),
    ("721_3e01bfb83e07", S,
     "Theo LĐLĐ huyện Thạch Thất, toàn huyện hiện có 216 công đoàn cơ sở.",
     "721: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động'."),
    ("793_a83971f85d67", S,
     "Nhân Ngày Quốc tế Thiếu nhi 2023, Huyện Đoàn Phú Tân đã trao quà cho trẻ em có hoàn cảnh đặc biệt với tổng trị giá hơn 186 triệu đồng.",
     "793: 'trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt'; hơn 186 triệu ~ 186,25 triệu."),
    ("827_be7073043765", S,
     "Hội thi Nấu và Trang trí rau câu do Công đoàn phường Minh Phụng (TP HCM) tổ chức đã trao 17 giải thưởng cho các đội.",
     "827: 'Kết quả, ban tổ chức đã trao 17 giải thưởng cho các đội' (Hội thi Nấu và Trang trí rau câu, Công đoàn phường Minh Phụng)."),

    # ---------------- differs ----------------
    ("048_7da6b798d214", D,
     "Để sửa chữa Mái ấm Công đoàn cho đoàn viên Đào Bích Hà (Quỹ tín dụng xã La Phù, Hoài Đức), LĐLĐ thành phố Hà Nội đã hỗ trợ 30 triệu đồng.",
     "048: 'số tiền trị giá 25 triệu đồng, trong đó LĐLĐ thành phố hỗ trợ sửa chữa 20 triệu đồng, LĐLĐ huyện Hoài Đức hỗ trợ 5 triệu đồng' -> 20, not 30. g.sh '30 triệu': 049/050/051/456/931 give 30 triệu for OTHER đoàn viên (Sóc Sơn, Ba Vì, Chương Mỹ...), never for Đào Bích Hà/Hoài Đức."),
    ("1130_b874a926a657", D,
     "Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP HCM đã ủng hộ Quỹ Vì người nghèo hơn 120 triệu đồng.",
     "1130: 'Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP ... Các đơn vị đã ủng hộ số tiền gần 77 triệu đồng' -> gần 77, not hơn 120. g.sh '120 triệu': only 106 (tiền thưởng sáng kiến)."),
    ("1144_3a7da2e087d5", D,
     "Theo MTTQ huyện Đức Trọng (Lâm Đồng), đến năm 2023 toàn huyện vẫn còn khoảng 800 hộ nghèo.",
     "1144: 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo' -> 533, not ~800. g.sh '800 hộ|hộ nghèo': no 800 for Đức Trọng; 610 (Đức Trọng 2022) gives no household count."),
    ("1147_b5a785ed6f78", D,
     "Mỗi suất quà Tết LĐLĐ thành phố Nha Trang tặng đoàn viên khó khăn tại chợ Tết Công đoàn 2025 trị giá 500 nghìn đồng.",
     "1147: '345 phần quà Tết trị giá 350.000 đồng/suất' -> 350.000, not 500.000. g.sh '500[.]000 đồng|500 nghìn': hits are other programmes (681 Gia Lai, 518 Thung Nai, 207 Hội An, 542...), none Nha Trang."),
    ("1171_e3a5bb5bbced", D,
     "Hơn 200 thiếu nhi là con công nhân khó khăn tại các khu lưu trú đã dự Đêm hội trăng rằm do LĐLĐ quận 6, TP HCM tổ chức.",
     "1171: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... Đêm hội trăng rằm do LĐLĐ quận 6, TP HCM tổ chức' -> hơn 100, not hơn 200 (Gò Vấp: gần 100). g.sh 'thiếu nhi' + 'quận 6': no 200 for this event."),
    ("144_bc4e63c5ba65", D,
     "LĐLĐ thành phố Hà Nội đã trao hơn 30 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini Khương Hạ.",
     "144: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh; Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng' -> 23, not >30. g.sh 'Khương Hạ|Trần Thị Thịnh': only page 144."),
    ("399_3e8e3ba51bc4", D,
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 có 350 đại biểu tham dự.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu' -> 268, not 350. g.sh '350 đại biểu': no hit."),
    ("455_c8575d3b57ff", D,
     "Ngôi nhà Mái ấm Công đoàn của chị Lê Thị Anh Lam ở thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn có tổng kinh phí xây dựng 90 triệu đồng.",
     "455: 'có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng; trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng' -> 65, not 90. g.sh '90 triệu': only 885 (990 triệu thưởng Tết)."),
    ("509_33042ea25bf7", D,
     "Tính đến ngày 24-1-2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao 4.300 suất quà Tết với tổng trị giá 3,2 tỷ đồng.",
     "509: 'các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng' -> 2,15 tỷ, not 3,2 tỷ. g.sh '3,2 tỷ|3,2 tỉ': no hit."),
    ("518_bf1002899b2f", D,
     "Đoàn Thanh niên ba phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao 80 suất quà Tết cho người dân, trẻ em khó khăn ở xã Thung Nai, tỉnh Phú Thọ.",
     "518: 'Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn' (xã Thung Nai) -> 50, not 80. g.sh '80 suất': only 207 (LĐLĐ TP. Hội An)."),
    ("519_a9f6d9ba16ff", D,
     "Một trong các chỉ tiêu của Chiến dịch Xuân tình nguyện 2026 phường Thủ Đức là vận động ít nhất 500 đơn vị máu hiến.",
     "519: 'vận động ít nhất 200 đơn vị máu hiến' -> 200, not 500 (the 500 on the page is 'ít nhất 500 bánh chưng, bánh tét', another counted noun). g.sh 'đơn vị máu': other hits are other events (347, 405, 608, 1151, 1154...), none Thủ Đức."),
    ("594_2969d737d0fc", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII (chiều 10/3/2022) đã bầu năm Phó Chủ tịch Hội.",
     "594: 'hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam' -> 4, not năm (5). g.sh '5 Phó Chủ tịch|năm Phó Chủ tịch': no hit for LHPN."),
    ("720_ac555b116a87", D,
     "Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII ra mắt Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII gồm 175 người.",
     "720: 'ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu' -> 155, not 175. g.sh '175': only 215/666 (sáng kiến, %)."),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Huỳnh Thanh Xuân đã trao 150 phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn ở Gia Lai.",
     "745: 'Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ; mỗi phần quà gồm 1 triệu đồng tiền mặt và quà trị giá 300 nghìn đồng' -> 100, not 150. g.sh '150 phần quà|150 suất': 668 (Duyên Hải), 922 (Thanh Hóa), 1146 (Tây Ninh), 829 - other events."),
    ("962_3c496118118a", D,
     "Đại hội Công đoàn cơ sở phường Thanh Hà nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm bảy thành viên.",
     "962: 'Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên' -> 5, not 7. g.sh '7 thành viên|bảy thành viên|7 đồng chí': 244/662 (other CĐCS), not Thanh Hà."),
    ("689_d6670691ad7d", D,
     "Qua 12 kỳ tổ chức, các chương trình hiến máu tình nguyện ở TP HCM đã thu hút hơn 3,5 triệu người tham gia.",
     "689: 'Qua 12 kỳ tổ chức, các chương trình hiến máu tình nguyện đến nay có hơn 2,5 triệu người tham gia, đạt trên 2,9 triệu đơn vị máu' -> hơn 2,5 triệu, not hơn 3,5 triệu. g.sh '3,5 triệu': only 163/231 (tiền thưởng)."),

    # ---------------- not_found ----------------
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 có 250 đại biểu chính thức tham dự.",
     "009 names the congress (29/3, nhiệm kỳ 2018-2023) but gives no delegate count; only '5 năm qua/5 năm tới'. g.sh 'ngành Y tế Hà Nội' (118,139,144,182,221,222,226,228,230) - no delegate count. g.sh '250 đại biểu': 1210 = 250 đại biểu of Đại hội Công đoàn Y tế VIỆT NAM lần XIV (2023) - other organisation/edition; 1211 = Y tế Thanh Hóa 176 đại biểu."),
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 đã bầu 27 đồng chí vào Ban Chấp hành khóa mới.",
     "031 says the congress elects BCH khóa XII but gives no number. g.sh 'Công Thương Hà Nội|ngành Công Thương': 132 = Đại hội lần thứ XI with 200 đại biểu chính thức (other edition, other noun); 020 = 3.000 nữ CNVCLĐ. g.sh '27 đồng chí|27 ủy viên': no hit."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao giấy chứng nhận 'Đạt chuẩn văn hóa' cho 12 công đoàn cơ sở.",
     "1145 (caption) says certificates were given 'cho các đơn vị, CĐCS Đạt chuẩn văn hóa' with no count; body has no figure besides dates/congress numbers. g.sh 'Ninh Bình', 'chuẩn văn hóa', '12 CĐCS|12 công đoàn cơ sở': 251 = Sơn Tây 75 cơ quan (other place); nothing for Ninh Bình."),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 200 tập thể điển hình tiên tiến xuất sắc.",
     "1169: 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc. Bệnh viện C Đà Nẵng đã có 01 cá nhân ...' - no count of tập thể (the 01 is one hospital's cá nhân). g.sh '200 tập thể|tập thể điển hình': 1189 = 10 tập thể (a Công đoàn event, not this congress)."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2020-2025 có 450 đại biểu chính thức tham dự.",
     "845 gives only dates (11-13/10/2020); 366 (khai mạc XVII) gives no count. g.sh 'Đảng bộ thành phố Hà Nội|Đảng bộ TP Hà Nội': 812 = 550 đại biểu of Đại hội XVIII (2025-2030, other edition); 103 = 74 BCH khóa XVI. g.sh '450 đại biểu': no hit."),
    ("120_1b49cf3485c1", N,
     "Giải thưởng 'Nhà giáo Hà Nội tâm huyết, sáng tạo' lần thứ 6 năm 2022 đã vinh danh 60 nhà giáo.",
     "120 body gives no number of awarded teachers; '40 nhà giáo dự chung khảo' is a related-article teaser and a different noun (dự chung khảo). g.sh 'tâm huyết, sáng tạo': 024 = lần thứ 9 năm 2025, 064 Đống Đa 26 giáo viên, 065 Hoàn Kiếm - other editions/organisers. g.sh '60 nhà giáo': no hit."),
    ("1085_fdedd93bed02", N,
     "Ban Chấp hành Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021-2026 gồm 35 ủy viên.",
     "1085 counts the Ban Thường vụ ('bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu'), not the BCH - other counted noun. g.sh 'Hà Tĩnh', 'Ban Chấp hành Hội', '35 ủy viên|35 đồng chí': 348 = BCH Đảng bộ Sóc Sơn 35; 1089 = Hội Nông dân Tiền Giang 33/35 - other organisations."),
    ("391_011bec396bed", N,
     "Tại Tết trồng cây Xuân Giáp Thìn 2024 ở Công viên Mễ Trì, Đoàn Thanh niên thành phố Hà Nội đã trồng 1.000 cây xanh.",
     "391 says 'triển khai hoạt động trồng cây xanh trong khuôn viên Công viên Mễ Trì' without a count (figures are 30 ngày, 2 sân chơi, 4 nhóm hoạt động). g.sh 'cây xanh|Mễ Trì': 777 = 1.000 cây xanh (a Tỉnh đoàn's Tháng Thanh niên 2024 target), 790 = 1.000 cây (other), 644 = 40.000 - other organisations/places."),
    ("594_2969d737d0fc", N,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII đã bầu Đoàn Chủ tịch gồm 17 người.",
     "594 counts only Phó Chủ tịch (4) and 100% ủy viên; no Đoàn Chủ tịch size. 980 (Hội nghị lần 16, 2022-2027) and 720 (BCH 155) give no Đoàn Chủ tịch count. g.sh 'Đoàn Chủ tịch': 080 = 29 Đoàn Chủ tịch of Đại hội XIII Công đoàn VN - other organisation."),
    ("721_3e01bfb83e07", N,
     "Trong Tháng Công nhân năm 2022, LĐLĐ huyện Thạch Thất đã trao 300 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "721 lists activities (tuyên truyền, chăm lo) but no gift count; its figures are 216 CĐCS, 6.000 đoàn viên, 93 năm. g.sh 'Thạch Thất': 1021 = LĐLĐ THÀNH PHỐ trao 20 suất quà (Covid-19, other organiser/occasion). g.sh '300 suất': 509/510/606/748 - other events."),
    ("827_be7073043765", N,
     "Chiều 18-11-2025, các đoàn công tác của LĐLĐ TP HCM đã đến thăm, chúc mừng 12 trường đại học nhân Ngày Nhà giáo Việt Nam.",
     "827 names some universities ('Trường Đại học Tôn Đức Thắng, Đại học Quốc gia TP HCM, ... Trường Đại học sư phạm TP HCM…') without a count; its figures are 43 năm, 17 CĐCS, 17 giải (Minh Phụng hội thi). g.sh '12 trường|Ngày Nhà giáo': no count of schools visited."),
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
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per


if __name__ == "__main__":
    main()
