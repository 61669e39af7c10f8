#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 043 Giải thưởng Nguyễn Đức Cảnh lần IV 2023, Hà Nội
    ("043_33faa8637b33", "supported",
     "Hà Nội có chín cá nhân tiêu biểu vinh dự được trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "043 body: 'Trong số cá nhân được khen thưởng trong năm 2023, Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng.' (Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023)"),
    ("043_33faa8637b33", "not_found",
     "Tại Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018, Thủ đô Hà Nội có 9 cá nhân được tôn vinh.",
     "Other edition. g.sh 'Nguyễn Đức Cảnh': 106 (lần III, 2018) counts only the national total 'tôn vinh 70 đoàn viên, CNLĐ ... trong toàn quốc', no Hà Nội count; 1065 counts '2 cá nhân được giải thưởng Nguyễn Đức Cảnh giai đoạn 2013 – 2018' for Công đoàn ngành Xây dựng Hà Nội only (a sector union, not Hà Nội as a whole); 043 '9 cá nhân' is lần IV 2023; 166 (Thái Nguyên 4, nationwide 167) is 2023."),
    # ---------------- 056 Giải thưởng Nguyễn Văn Linh lần III 2022
    ("056_a526173c1abe", "supported",
     "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã công nhận, tôn vinh 10 cán bộ công đoàn tiêu biểu tại Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022.",
     "056 body: 'Hội đồng Giải thưởng xét chọn đã đề xuất Đoàn Chủ tịch Tổng LĐLĐ Việt Nam công nhận và tôn vinh 10 đồng chí cán bộ công đoàn tiêu biểu'; 291 agrees: '10 cán bộ Công đoàn tiêu biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022'."),
    ("056_a526173c1abe", "differs",
     "Hội đồng xét chọn Giải thưởng Nguyễn Văn Linh lần III năm 2022 đã lựa chọn từ 86 đề cử gửi về.",
     "056 body: 'Từ 63 đề cử, qua các vòng lựa chọn chặt chẽ, Hội đồng Giải thưởng xét chọn...'. g.sh 'đề cử': only 056 counts nominations (63); 86 not stated."),
    # ---------------- 1064 UBKT Công đoàn ngành Xây dựng Hà Nội
    ("1064_9147fdd05d4f", "supported",
     "Sau 3 tháng kể từ Đại hội, Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn tại hai mươi hai công đoàn cơ sở.",
     "1064 body: 'sau 3 tháng kể từ Đại hội, UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)'."),
    ("1064_9147fdd05d4f", "not_found",
     "Qua đợt kiểm tra, UBKT Công đoàn ngành Xây dựng Hà Nội phát hiện 4 công đoàn cơ sở sử dụng kinh phí chi Đại hội chưa đúng quy định.",
     "1064 only says 'Qua kiểm tra hầu hết các CĐCS cho thấy ... thực hiện nghiêm túc Điều lệ', no count of violating CĐCS. g.sh '(vi phạm|sai phạm|chưa đúng).{0,80}(công đoàn cơ sở|CĐCS)' and reverse: no hits. The only count nearby is the 22 CĐCS inspected (another counted noun)."),
    # ---------------- 1163 hiến máu LĐLĐ TP Thủ Đức đợt 4/2024
    ("1163_ce39322f4329", "supported",
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của Liên đoàn Lao động thành phố Thủ Đức thu được 77 600 ml máu.",
     "1163 body: 'ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động ... đăng ký tham gia hiến máu với 77.600 ml máu' (LĐLĐ thành phố Thủ Đức, Ngày hội hiến máu tình nguyện đợt 4 năm 2024)."),
    ("1163_ce39322f4329", "differs",
     "Hơn 260 cán bộ, đoàn viên và người lao động đã đăng ký hiến máu tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do LĐLĐ TP Thủ Đức tổ chức.",
     "1163 body: 'ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu'. g.sh 'hiến máu': other counts are other events (347 TP HCM 'hơn 600', 1154 Tân Uyên 350, 1164 Tân Bình 'Hơn100'); 260 not stated."),
    # ---------------- 1186 Đại hội Công đoàn Tổng công ty Bưu điện VN lần V
    ("1186_963a0c8c187d", "supported",
     "Có 218 đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030.",
     "1186 body: '... và 218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới' (Đại hội lần thứ V, 28/11/2025). Note 1187 'Gần 220 đại biểu' is Đại hội lần thứ III (other edition)."),
    ("1186_963a0c8c187d", "differs",
     "Các đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V đại diện cho khoảng 28 nghìn đoàn viên công đoàn trên toàn mạng lưới.",
     "1186 body: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn'. g.sh '28[.,]?[0-9]{0,3} (nghìn )?đoàn viên|28 nghìn': only unrelated hits (665 '28 đoàn viên' kết nạp, 701 '286 đoàn viên')."),
    # ---------------- 1189 Đại hội thi đua ngành Dệt May VN lần VI
    ("1189_e352b2061a84", "differs",
     "Tại Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI, Công đoàn và Tập đoàn Dệt May Việt Nam đã khen thưởng 42 cá nhân điển hình tiên tiến xuất sắc tiêu biểu.",
     "1189 body: 'gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến'. g.sh '42 cá nhân': no hits."),
    ("1189_e352b2061a84", "not_found",
     "Giai đoạn 2020-2025, phong trào thi đua yêu nước trong ngành Dệt May Việt Nam đã có 2.500 sáng kiến được công nhận.",
     "1189 gives no count of sáng kiến (only 10 tập thể / 24 / 107 cá nhân khen thưởng). g.sh 'sáng kiến.{0,80}(dệt|Dệt)|(Dệt|dệt) [Mm]ay.{0,120}sáng kiến': no hits; other sáng kiến counts (1065 '40 sáng kiến' Xây dựng Hà Nội, 190 Sáng kiến sáng tạo Thủ đô) are other organisations."),
    # ---------------- 1194 LĐLĐ quận Thốt Nốt tuyên truyền ma túy
    ("1194_7d78d6932b24", "supported",
     "Trên một trăm công nhân lao động ở khu công nghiệp Thốt Nốt đã được tuyên truyền về phòng chống ma túy, tội phạm trong buổi tuyên truyền ngày 28/5/2023.",
     "1194 body: 'trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền' (LĐLĐ quận Thốt Nốt, 28/5/2023)."),
    ("1194_7d78d6932b24", "not_found",
     "Nhân buổi tuyên truyền phòng chống ma túy ngày 28/5/2023, LĐLĐ quận Thốt Nốt đã trao 50 phần quà cho công nhân có hoàn cảnh khó khăn.",
     "1194 mentions no gifts. g.sh 'Thốt Nốt': only 1194 mentions Thốt Nốt; its only count is 'trên 100 công nhân lao động' (participants, another counted noun)."),
    # ---------------- 1223 Tết sum vầy KCN Đông Xuyên, LĐLĐ TPHCM
    ("1223_f9c0b07867bb", "differs",
     "Tại chương trình Tết sum vầy – Xuân ơn Đảng ở KCN Đông Xuyên, mỗi suất quà Liên đoàn Lao động TPHCM trao cho công nhân khó khăn trị giá 2 triệu đồng.",
     "1223 body: 'ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn'. g.sh 'suất.{0,40}2 triệu': only 518 (Tết gifts by 3 Youth Union units, another event); g.sh 'Uy Việt|Đông Xuyên': only 1223."),
    ("1223_f9c0b07867bb", "not_found",
     "Chương trình Tết sum vầy – Xuân ơn Đảng tại Khu công nghiệp Đông Xuyên có 25 gian hàng ẩm thực phục vụ công nhân.",
     "1223 says only 'các gian hàng ăn uống phục vụ công nhân với mức giá từ 7.000 - 30.000 đồng' (prices, no count of stalls). g.sh 'Uy Việt|Đông Xuyên': only 1223; g.sh 'gian hàng': counts are for other markets (Hà Nội 70/50/72/124, Tây Ninh 40, Đà Nẵng 70-80...)."),
    # ---------------- 186 Công nhân giỏi Thủ đô 2023
    ("186_969ff8f16e36", "differs",
     "Năm 2023, Liên đoàn Lao động thành phố Hà Nội đã tuyên dương 120 Công nhân giỏi Thủ đô.",
     "186 title/body: 'Tuyên dương 100 Công nhân giỏi Thủ đô năm 2023' / 'Danh sách 100 \"Công nhân giỏi Thủ đô\" năm 2023'; seeds 000 and 003 agree (100, 2023). g.sh '120 Công nhân|120 “Công nhân': no hits."),
    ("186_969ff8f16e36", "not_found",
     "Lễ tuyên dương Công nhân giỏi Thủ đô năm 2018 của LĐLĐ thành phố Hà Nội đã vinh danh 100 công nhân.",
     "Other year. g.sh '[0-9]+ .{0,3}Công nhân giỏi': counts exist for 2019 (042: 90), 2022 (041/075/076: 100), 2023 (186/000/003: 100), GTVT Hà Nội 2024 (017: 70), not for 2018. 004 (Chương trình biểu dương Công nhân giỏi Thủ đô năm 2018) gives no number."),
    # ---------------- 248 Công đoàn phường Ba Đình lần I
    ("248_b6a393b2d4d9", "supported",
     "Khi được thành lập ngày 26/9/2025, Công đoàn phường Ba Đình có 72 công đoàn cơ sở trực thuộc.",
     "248 body: 'Công đoàn phường Ba Đình được thành lập từ ngày 26/9/2025, với 72 công đoàn cơ sở trực thuộc và tổng số 9.008 công đoàn viên'."),
    ("248_b6a393b2d4d9", "differs",
     "Đại hội Công đoàn phường Ba Đình lần thứ I, nhiệm kỳ 2025–2030 có 165 đại biểu chính thức tham dự.",
     "248 body: 'cùng 151 đại biểu chính thức, đại diện cho hơn 9.000 đoàn viên công đoàn trên địa bàn phường'. g.sh '165 đại biểu': no hits."),
    # ---------------- 276 Chợ tết Công đoàn Xuân 2026 Hà Nội
    ("276_3626d595b296", "supported",
     "Chợ tết Công đoàn – Xuân 2026 do LĐLĐ TP Hà Nội khai mạc tại Cung Văn hóa Lao động Hữu nghị Việt Xô có hơn 70 gian hàng.",
     "276 body: 'Ngày 7-2, tại Cung Văn hóa Lao động Hữu nghị Việt Xô ... Chợ tết dành cho công nhân lao động năm nay có hơn 70 gian hàng'; 280 (same event 7-8/2/2026): 'quy mô 70 gian hàng'. (107 'khoảng 50 gian hàng' and 504 '50 gian hàng' are another session, 31/1-1/2.)"),
    ("276_3626d595b296", "differs",
     "Tại Chợ tết Công đoàn Xuân 2026, Liên đoàn Lao động Hà Nội đã trao tặng 4.600 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "276 body: 'Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; 280 agrees (3.600). g.sh '4[. ]?600': only 161 'Hơn 14.600 chương trình' (unrelated)."),
    # ---------------- 456 Mái ấm Công đoàn, LĐLĐ tỉnh (baoapbac, 2017)
    ("456_3f33960fbf03", "supported",
     "Trong Tháng Công nhân năm 2017, tổng kinh phí Quỹ Mái ấm Công đoàn hỗ trợ cho các căn nhà do Liên đoàn Lao động tỉnh trao là gần một tỷ đồng.",
     "456 body: 'trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí hỗ trợ từ nguồn Quỹ “Mái ấm Công đoàn” là gần 1 tỷ đồng'."),
    ("456_3f33960fbf03", "differs",
     "Trong Tháng Công nhân (tháng 5/2017), Liên đoàn Lao động tỉnh đã trao 41 căn nhà Mái ấm Công đoàn cho công đoàn viên khó khăn về nhà ở.",
     "456 body: 'trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn'. g.sh '41 căn|41 nhà|41 Mái': no hits; 861 (Long An, Tháng Công nhân 2017) mentions Mái ấm without a count."),
    # ---------------- 571 Đại hội Công đoàn TP Đà Nẵng lần I
    ("571_2651997a46fd", "supported",
     "Ba trăm đại biểu chính thức đã dự Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030.",
     "571 body: 'cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng'; 742 agrees: 'sự tham gia của 300 đại biểu chính thức'."),
    ("571_2651997a46fd", "differs",
     "Trước khi hợp nhất, Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam quản lý khoảng 4.300 công đoàn cơ sở, nghiệp đoàn cơ sở.",
     "571 body: 'Trước khi hợp nhất, Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam trước đây quản lý 3.382 công đoàn cơ sở, nghiệp đoàn cơ sở với 407.936 đoàn viên'. g.sh '4[. ]?3[0-9]{2} công đoàn cơ sở|4[. ]?3[0-9]{2} CĐCS': no hits."),
    # ---------------- 690 Quỹ Vì người nghèo (baothuathienhue, 2021)
    ("690_827366894f5d", "supported",
     "Từ 1/9/2020 đến 31/8/2021, Ban vận động Quỹ Vì người nghèo các cấp đã sử dụng khoảng 8,8 tỷ đồng để xóa nhà tạm, xây nhà đại đoàn kết, hỗ trợ vốn sản xuất cho người nghèo.",
     "690 body: 'từ nguồn quỹ vận động được, Ban Thường trực Ủy ban MTTQ Việt Nam - Ban vận động Quỹ “Vì người nghèo” các cấp đã sử dụng để giúp đỡ cho người nghèo trong việc xóa nhà tạm, xây dựng nhà đại đoàn kết, hỗ trợ vốn sản xuất ... với số tiền khoảng 8,8 tỷ đồng' (period 1/9/2020 - 31/8/2021)."),
    ("690_827366894f5d", "differs",
     "Trong giai đoạn 1/9/2020 - 31/8/2021, Quỹ Vì người nghèo của Mặt trận ba cấp trong tỉnh vận động được gần 15 tỷ đồng.",
     "690 body: 'từ 1/9/2020 - 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng'. g.sh '15 tỷ': only 907 (Chữ thập đỏ target) and 509 '2,15 tỷ' (unrelated). (468 'gần 11 tỷ' is Hà Nội 2023 support, another thing.)"),
    # ---------------- 707 Đại hội Công đoàn tỉnh Lào Cai XVII
    ("707_bf24a681f98e", "differs",
     "Có 250 đại biểu chính thức dự Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028.",
     "707 body: '... và 230 đại biểu chính thức dự đại hội' (Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII). g.sh '250 đại biểu': only 1210 (Công đoàn Y tế Việt Nam, another congress)."),
    ("707_bf24a681f98e", "not_found",
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XVII gồm 35 ủy viên.",
     "707 covers only the opening session (230 delegates); no BCH size. g.sh 'Lào Cai': no other page on this congress (670, 727, 1129, 1144 are other topics)."),
    # ---------------- 925 Tết yêu thương, TW Hội LHPN, Thuận Nam
    ("925_ac015b2ada6a", "differs",
     "Mỗi suất quà Trung ương Hội LHPN Việt Nam trao cho gia đình chính sách, trẻ em mồ côi ở huyện Thuận Nam dịp Tết Giáp Thìn 2024 trị giá 2,3 triệu đồng.",
     "925 body: 'trao tặng 50 phần quà ... trên địa bàn huyện Thuận Nam. Mỗi suất quà trị giá 1,3 triệu đồng gồm 1 triệu đồng tiền mặt và vật phẩm'. g.sh '2,3 triệu': no hits."),
    ("925_ac015b2ada6a", "not_found",
     "Trong chương trình Tết yêu thương Xuân Giáp Thìn 2024, đoàn công tác Trung ương Hội LHPN Việt Nam đã tặng 20 phần quà cho cán bộ, chiến sĩ Đồn Biên phòng Phước Diêm.",
     "925 says only 'Thăm, chúc tết và tặng quà cho Đồn Biên phòng Phước Diêm (Thuận Nam)', no count. Its counts are 50 phần quà (gia đình chính sách, trẻ em...) and 4 suất quà (cán bộ hội phụ nữ cơ sở) — other recipients. g.sh 'Phước Diêm': only 925."),
    # ---------------- 941 Tháng Thanh niên 2021, Huyện đoàn Tuy Phước
    ("941_b32ebfdb5342", "supported",
     "Ngày 6/3/2021, Huyện đoàn Tuy Phước ra quân khởi động Tháng Thanh niên và trồng chín mươi cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941 body: 'Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn đã tổ chức ra quân ... tại Trung tâm hoạt động thanh thiếu nhi huyện. Kết quả đã trồng 90 cây'; byline 'Huyện đoàn Tuy Phước'."),
    ("941_b32ebfdb5342", "differs",
     "Trong hai ngày 6-7/3/2021, các cơ sở đoàn huyện Tuy Phước đồng loạt ra quân khởi động Tháng Thanh niên, thu hút hơn 1.500 lượt đoàn viên thanh niên tham gia.",
     "941 body: 'từ ngày 6-7/3/2021 các cơ sở đoàn trên địa bàn huyện đã đồng loạt ra quân ... thu hút hơn 500 lượt ĐVTN tham gia'. g.sh '1[. ]?500 lượt': only 1151 (hiến máu tư vấn, unrelated)."),
    # ---------------- 943 Hoa phượng đỏ 2024, Huyện đoàn Ninh Giang
    ("943_88cf9e3df0cd", "differs",
     "Trong Chiến dịch Hoa phượng đỏ 2024, toàn huyện Ninh Giang đã thành lập tám đội hình tình nguyện.",
     "943 body: 'Huyện đoàn Ninh Giang đã triển khai chiến dịch tình nguyện “Hoa phượng đỏ” ... toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ'. g.sh '8 đội hình': only 998 '18 đội hình' (Đảo Thanh niên, other)."),
    ("943_88cf9e3df0cd", "not_found",
     "Các đội hình tình nguyện Hoa phượng đỏ 2024 ở huyện Ninh Giang đã dọn vệ sinh 25 nghĩa trang liệt sĩ.",
     "943 says only 'dọn vệ sinh nghĩa trang các xã, thị trấn nơi cư trú' with no count. g.sh 'nghĩa trang': 576, 1151 mention cemeteries without counts, other events."),
    # ---------------- 966 VNA, biểu dương CNLĐ xuất sắc ngành GTVT 2018
    ("966_e39baf260c80", "differs",
     "Tổng công ty Hàng không Việt Nam (VNA) có 54 cán bộ, CNVCLĐ tiêu biểu được biểu dương tại Hội nghị biểu dương công nhân lao động xuất sắc ngành GTVT năm 2018.",
     "966 body: 'VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu đến từ nhiều đơn vị' at the Hội nghị biểu dương Công nhân lao động xuất sắc, tiêu biểu năm 2018 (Công đoàn GTVT VN + Công đoàn TCTHK VN). g.sh '54 cán bộ|54 CNVC': no hits."),
    ("966_e39baf260c80", "not_found",
     "Hội nghị biểu dương công nhân lao động xuất sắc, tiêu biểu năm 2018 của Công đoàn GTVT Việt Nam đã tôn vinh tổng cộng 200 công nhân lao động toàn ngành.",
     "966 counts only VNA's share (45 cán bộ, CNVCLĐ), not the industry-wide total. g.sh 'Công đoàn (Giao thông vận tải|GTVT) Việt Nam|Công đoàn GTVT VN': 046, 127 only name officials; g.sh 'Công nhân lao động xuất sắc': 166 (Nguyễn Đức Cảnh, 309 over 3 editions) is another award."),
    # ---------------- 993 Chợ Tết Công đoàn Xuân 2026 TPHCM
    ("993_0f62141c043b", "supported",
     "Hơn một nghìn đoàn viên, người lao động đã dự lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 tại Cung Văn hóa Lao động TPHCM.",
     "993 body: 'Sáng 31-1, tại Cung Văn hóa Lao động TPHCM, Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ TPHCM ... khai mạc Chương trình \"Chợ Tết Công đoàn – Xuân 2026\" ... cùng hơn 1.000 đoàn viên, người lao động đang làm việc tại TPHCM'."),
    ("993_0f62141c043b", "not_found",
     "Chợ Tết Công đoàn – Xuân 2026 tổ chức trực tiếp tại Cung Văn hóa Lao động TPHCM có 60 gian hàng.",
     "993 gives no stall count. g.sh 'gian hàng': 2026 stall counts are for Hà Nội (276 'hơn 70', 280 '70', 107 'khoảng 50', 504 '50') and Đà Nẵng (543 '70-80'); none for TPHCM. Other province / same occasion name."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x.replace("\t", " ").replace("\n", " ").replace('"', "'"))
                     for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
