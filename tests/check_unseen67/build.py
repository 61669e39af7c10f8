#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("086_ba1892a61737", S,
     "Tại hội nghị biểu dương điển hình tiên tiến năm 2023, Hà Nội vinh danh mười \"Công dân Thủ đô ưu tú\".",
     "086: '858 điển hình tiên tiến năm 2023 của Thủ đô ... trong đó có 10 \"Công dân Thủ đô ưu tú\"'. Spelled-out mười = 10."),
    ("159_1142eccb3eb0", S,
     "Năm học 2018-2019, các đề tài, sáng kiến kinh nghiệm của khối đại học, cao đẳng Hà Nội được ứng dụng vào thực tế đã làm lợi trên 9 tỷ đồng.",
     "159: 'có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế, làm lợi hơn 9 tỷ đồng' (Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội)."),
    ("280_21f64ea8ecb1", S,
     "Chợ Tết Công đoàn - Xuân 2026 của Liên đoàn Lao động thành phố Hà Nội tại Cung Văn hóa Lao động Hữu nghị Việt Xô có quy mô 70 gian hàng.",
     "280: 'Chương trình với quy mô 70 gian hàng' (Chợ Tết Công đoàn – Xuân 2026, Salon Nhà Triển lãm, Cung VHLĐ Hữu nghị Việt Xô, 7-8/2/2026); 276 same event: 'có hơn 70 gian hàng'. The Thiên Lộc market (504/107) has 50 gian hàng, different venue."),
    ("294_41e7ee9e3dca", S,
     "Vụ tai nạn lao động tại công trường xây dựng Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) đã làm ba người tử vong.",
     "294: 'vụ tai nạn lao động xảy ra trên địa bàn huyện Quốc Oai ... khiến 3 người tử vong, 7 người bị thương'; 'bệnh viện thông báo có 3 nạn nhân tử vong'. 111 same accident: 'khiến ba người tử vong tại chỗ'."),
    ("458_f1b00474d974", S,
     "Tại chương trình \"Tết Sum vầy - Xuân ơn Đảng\" ở KCN Lương Sơn (khu vực Hòa Bình), 576 đoàn viên, người lao động được LĐLĐ tỉnh hỗ trợ tiền mặt chuyển thẳng vào tài khoản cá nhân.",
     "458: 'Theo đó, 576 đoàn viên, người lao động được hỗ trợ 1 triệu đồng/người, chuyển trực tiếp vào tài khoản cá nhân' (24-25/1, KCN Lương Sơn, LĐLĐ tỉnh). Counted figure = 576 đoàn viên."),
    ("460_646d252805d4", S,
     "Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ TP Hà Nội đã hỗ trợ xây dựng, sửa chữa hơn 60 căn nhà Chữ thập đỏ.",
     "460: 'hỗ trợ xây dựng, sửa chữa hơn 60 nhà Chữ thập đỏ cho các gia đình phải sống trong những ngôi nhà xuống cấp' (Hội CTĐ thành phố Hà Nội, 5 tháng đầu năm 2022)."),
    ("519_a9f6d9ba16ff", S,
     "Chiến dịch Xuân tình nguyện 2026 của Đoàn phường Thủ Đức (TPHCM) đặt chỉ tiêu trao tặng tối thiểu 500 chiếc bánh chưng, bánh tét.",
     "519: 'Một số chỉ tiêu nổi bật như: ... trao tặng ít nhất 500 bánh chưng, bánh tét'."),
    ("525_3c28e321c9a6", S,
     "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 600 tỷ đồng.",
     "525: 'Các cấp Công đoàn trong tỉnh đã phối hợp tổ chức thăm hỏi, động viên đoàn viên, người lao động với tổng kinh phí gần 600 tỷ đồng' (LĐLĐ tỉnh Bắc Ninh nhiệm kỳ qua, Đại hội lần thứ I 2025-2030)."),
    ("662_858c9dd12965", S,
     "Đại hội Công đoàn cơ sở Sở Công Thương tỉnh Sóc Trăng nhiệm kỳ 2023-2028 đã bầu Ủy ban Kiểm tra Công đoàn gồm ba đồng chí.",
     "662: 'Đại hội bầu ra UBKT Công đoàn gồm 03 đồng chí' (CĐCS Sở Công Thương, Công đoàn Viên chức tỉnh Sóc Trăng, đại hội 17/3/2023). ba = 03."),
    ("798_7032c1161906", S,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn trong tỉnh đã giới thiệu 748 đoàn viên ưu tú.",
     "798: 'giới thiệu 748 đoàn viên ưu tú (đạt 374%)' (Tỉnh Đoàn tổng kết Tháng Thanh niên năm 2023, hoạt động trong tháng 3)."),
    ("928_03148da43800", S,
     "Sau khi thành lập mới và tiếp nhận thêm tổ chức đảng, Đảng bộ phường Đức Nhuận (TPHCM) có tổng cộng 2353 đảng viên.",
     "928: 'Qua đó, nâng tổng số tổ chức đảng lên 62, với 2.353 đảng viên' (before: 59 tổ chức, 2.337 đảng viên). 2353 = 2.353 written without separator."),
    ("964_0f6571f76771", S,
     "Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm thuộc Công đoàn phường An Hội Tây, TP HCM được thành lập với 31 đoàn viên.",
     "964: 'thống nhất thông qua Nghị quyết thành lập Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm với 31 đoàn viên là cán bộ, giáo viên, nhân viên của trường'."),
    ("988_b4a1c9239923", S,
     "Tại chương trình \"Tết Yêu thương\", Liên đoàn Lao động huyện Phú Lộc trao 160 suất quà cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.",
     "988: 'Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn' (LĐLĐ huyện Phú Lộc, Tết Yêu thương)."),

    # ---------------- differs ----------------
    ("088_0a1be225e5a4", D,
     "Tại hội nghị kiện toàn Ban Chấp hành, nơi quán triệt mức chi hỗ trợ đoàn viên dịp Tết Tân Sửu 2021, Tổng Liên đoàn Lao động Việt Nam đã bầu bổ sung 6 đồng chí vào BCH khóa XII, nhiệm kỳ 2018-2023.",
     "088: 'Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII, nhiệm kỳ 2018-2023' (4 names listed). 6 ≠ 4. g.sh '6 đồng chí|6 ủy viên' finds nothing about this; 1242 (a later hội nghị lần thứ 10, 12-1) bầu bổ sung 18 ủy viên — another occasion, also ≠ 6."),
    ("1201_a1def21c7eed", D,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có 158 đại biểu chính thức tham dự.",
     "1201: 'Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 ... với sự tham dự của 185 đại biểu chính thức'. 158 ≠ 185 (digits swapped); g.sh '158 ' and 'Sóc Sơn lần thứ XI' find no 158."),
    ("143_51b5dc91c41f", D,
     "Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 triệu tập 549 đại biểu.",
     "143: 'Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 ... Đại hội triệu tập 489 đại biểu'. 549 ≠ 489; g.sh '549' empty; 593 (same congress) gives no delegate total."),
    ("159_1142eccb3eb0", D,
     "Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 364 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế.",
     "159: 'có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế'. 364 ≠ 463; g.sh '364 ' empty."),
    ("242_5bc709367c4a", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, diễn ra từ ngày 23 đến 25/4/2018, có sự tham dự của 645 đại biểu.",
     "242: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu'; 092 (same congress, planned): '550 đại biểu chính thức'. 645 is off both; g.sh '645' empty."),
    ("280_21f64ea8ecb1", D,
     "Tại Chợ Tết Công đoàn - Xuân 2026 ở Cung Văn hóa Lao động Hữu nghị Việt Xô, LĐLĐ TP. Hà Nội trao tặng 1.800 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "280: 'Liên đoàn Lao động TP. Hà Nội cũng trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; 276 same event: 'trao tặng 3.600 phiếu mua hàng'. 1.800 ≠ 3.600; g.sh '1[.]800 phiếu|1800 phiếu' empty (107 only 'hàng nghìn phiếu')."),
    ("293_6795f91644c4", D,
     "Quỹ Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 25 triệu đồng để chi phí quà tặng cho công nhân lao động trong chương trình chào mừng Đại hội XII của Đảng.",
     "293: 'Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ'. 25 triệu ≠ 15 triệu; g.sh '25 triệu' only hits unrelated pages (Mái ấm, lương, quà trẻ em)."),
    ("399_3e8e3ba51bc4", D,
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 có 328 đại biểu tham dự.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu'. 328 ≠ 268; g.sh '328' empty."),
    ("460_646d252805d4", D,
     "Trong năm tháng đầu năm 2022, tổng trị giá các hoạt động của Hội Chữ thập đỏ thành phố Hà Nội đạt hơn 141 tỷ đồng.",
     "460: 'Trong 5 tháng đầu năm 2022, tổng trị giá các hoạt động của Hội Chữ thập đỏ thành phố Hà Nội đạt hơn 114 tỷ đồng'. 141 ≠ 114; g.sh '141 tỷ' empty."),
    ("525_3c28e321c9a6", D,
     "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức hơn 3.250 lượt Bữa cơm Công đoàn cho đoàn viên, người lao động.",
     "525: 'tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng'. 3.250 ≠ 2.256; g.sh '3[.]250|3250' empty; other Bữa cơm Công đoàn pages (339, 963) give no count of lượt."),
    ("581_94f251acdd8a", D,
     "Ông Chu Ngọc Anh được HĐND thành phố Hà Nội khóa XVI bầu tiếp tục giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với 98,94% đại biểu có mặt tán thành.",
     "581: 'với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'; 352 same vote: 'số phiếu 92/94 (chiếm 97,87%)'. 98,94% ≠ 97,87% (would be 93/94); g.sh '98,94' empty."),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 150 phần quà Tết của Tổng Liên đoàn cho đoàn viên, người lao động khó khăn tại Gia Lai dịp Tết Bính Ngọ 2026.",
     "745: 'Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' (phường Thống Nhất, Gia Lai, 7-2-2026). 150 ≠ 100; g.sh '150 phần quà' hits only 668 (Duyên Hải, LĐLĐ tỉnh Trà Vinh-area) and 1146 (Tây Ninh) — other organisations/places."),
    ("798_7032c1161906", D,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn trong tỉnh đã kết nạp mới hơn 5,3 nghìn đoàn viên.",
     "798: 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%)'. hơn 5,3 nghìn ≠ hơn 7.350; g.sh '5[.]370|5[.]3[0-9]{2} đoàn viên' empty."),
    ("928_03148da43800", D,
     "Trong đợt trao Huy hiệu Đảng dịp 3-2-2026, phường Đức Nhuận (TPHCM) có 47 đảng viên được nhận Huy hiệu Đảng.",
     "928: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng'. 47 ≠ 41; g.sh '47 đảng' empty."),
    ("966_e39baf260c80", D,
     "Tổng công ty Hàng không Việt Nam (VNA) có năm mươi tư cán bộ, CNVCLĐ tiêu biểu được biểu dương tại hội nghị của Công đoàn GTVT Việt Nam năm 2018.",
     "966: 'VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu' (Hội nghị biểu dương CNLĐ xuất sắc, tiêu biểu năm 2018, Công đoàn GTVT VN + Công đoàn TCTHK VN, 29/5). năm mươi tư = 54 ≠ 45; g.sh '54 cán bộ|năm mươi tư' empty."),
    ("991_a7a6bf1c6c7c", D,
     "Sáu tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã vận động CNVC-LĐ đóng góp hơn 1,2 tỷ đồng ủng hộ phòng chống dịch Covid-19 và đồng bào bị hạn mặn.",
     "991: 'CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19, hỗ trợ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn'. hơn 1,2 tỷ ≠ hơn 860 triệu; g.sh '1,2 tỷ' hits only 233 (a different org's 'gần 1,2 tỷ' for học sinh)."),

    # ---------------- not_found ----------------
    ("1067_e8b09d9195a7", N,
     "LĐLĐ TP Hà Nội sẽ cử 6 thí sinh xuất sắc nhất tham dự hội thi An toàn vệ sinh viên giỏi toàn quốc lần thứ 4 năm 2020.",
     "1067 only says 'LĐLĐ TP Hà Nội sẽ lựa chọn những thí sinh xuất sắc nhất tham dự hội thi An toàn vệ sinh viên giỏi toàn quốc lần thứ 4 năm 2020' — no number. 141 (same 2020 HN contest) has no counts. g.sh 'vệ sinh viên giỏi' and '6 thí sinh': no count of thí sinh sent to the national round."),
    ("143_51b5dc91c41f", N,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố gồm 61 ủy viên.",
     "143 counts only delegates (489) and women union delegates (28). 593 (same congress) says 'bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố Hà Nội khóa XVI' without a number and counts only Đoàn Chủ tịch 11, Đoàn Thư ký 3, Ban Thẩm tra 5 — other bodies. g.sh '61 ủy viên' hits only 101 ('161 ủy viên', BCH Tổng LĐLĐ khóa XII)."),
    ("148_8ca3abe46cd0", N,
     "Khoảng 600 công nhân, viên chức, lao động đã dự lễ phát động Tháng Công nhân, Tháng hành động về an toàn vệ sinh lao động năm 2023 của tỉnh Tiền Giang tại công viên Lạc Hồng.",
     "148 gives no attendance for the 26-4-2023 ceremony (only ordinals: hội thi lần thứ 23, năm thứ 12, năm thứ 7). The '600 công nhân, viên chức, lao động (CNVCLĐ)' in 1082 is the 26-5-2020 opening of Hội thi ATVSLĐ-PCCN Tiền Giang lần thứ 20 — another edition/year. g.sh 'Tiền Giang'."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế Ninh Bình đã trao Giấy chứng nhận \"Đạt chuẩn văn hóa\" cho 15 đơn vị, công đoàn cơ sở.",
     "1145 (caption and body) says only 'trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS \"Đạt chuẩn văn hóa\"' — no number. g.sh 'Ninh Bình', 'Đạt chuẩn văn hóa': no count; '15 đơn vị' hits only 252 (Sơn Tây units by sector)."),
    ("178_166cc048757e", N,
     "Tọa đàm \"Dân vận khéo\" gắn với thi đua sáng kiến, sáng tạo của quận Nam Từ Liêm năm 2022 có khoảng 120 đại biểu tham dự.",
     "178 names attendees but gives no number of participants (132 is the anniversary of Hồ Chí Minh's birth). g.sh 'Dân vận khéo', 'Toạ đàm|Tọa đàm', '120 đại biểu': no count."),
    ("251_4e75d2d2ed81", N,
     "Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây tối 10/11/2024 thu hút khoảng 2.000 đại biểu và nhân dân tham dự.",
     "251 lists dignitaries but no attendance (numbers are anniversaries: 100 năm, 70 năm, 555 năm; '75 cơ quan' is a related-article teaser). g.sh '100 năm thành lập thị xã', 'Sơn Tây': 252/026 count CĐCS/workers of LĐLĐ Sơn Tây, not ceremony attendance."),
    ("269_84a6549b6abc", N,
     "Cuộc thi \"Sáng kiến vì cộng đồng\" lần thứ IV do EVN phối hợp tổ chức đã nhận được hơn 400 sáng kiến dự thi.",
     "269 only announces the IV contest (trao giải dự kiến 2022) and shows a caption about lần thứ 3 năm 2020; no count of entries. g.sh 'Sáng kiến vì cộng đồng', '400 sáng kiến': nothing."),
    ("603_9aa68f9b9708", N,
     "Tại lễ phát động Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 120 suất quà cho người có hoàn cảnh khó khăn.",
     "603 caption 'Trao tặng những suất quà ý nghĩa hưởng ứng Tháng Nhân đạo năm 2023' — no number; 160 năm is an anniversary. 509 (same Hội CTĐ quận Hai Bà Trưng) counts Tết 2022 gifts (4.300 suất; 400 suất) — another occasion/year. g.sh 'Hai Bà Trưng.{0,80}(Nhân đạo|Chữ thập)', '120 suất': nothing for 2023."),
    ("604_1de7b8f3d430", N,
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương tổ chức ngày 11/12 có 35 doanh nghiệp bán lẻ, phân phối tham gia.",
     "604 counts only 'hơn 100 đại biểu' (đại diện một số doanh nghiệp bán lẻ, phân phối cùng hơn 100 đại biểu) — doanh nghiệp are not counted ('thu hút nhiều doanh nghiệp bán lẻ'). g.sh 'kết nối cung cầu|Công đoàn Bộ Công Thương', '35 doanh nghiệp': nothing."),
    ("966_e39baf260c80", N,
     "Hội nghị biểu dương công nhân lao động xuất sắc, tiêu biểu năm 2018 của Công đoàn GTVT Việt Nam đã tuyên dương tổng cộng 200 công nhân lao động.",
     "966 counts only VNA's delegation ('VNA ... góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu'), not the total honoured across the GTVT sector. g.sh 'Giao thông vận tải Việt Nam|GTVT VN|Công đoàn GTVT', '200 công nhân': no total for this hội nghị (200 hits are other events)."),
    ("990_489d8f605885", N,
     "Khoảng 700 người lao động đã tham gia Lễ phát động Tháng hành động về an toàn vệ sinh lao động năm 2025 tại KCN Hoàng Mai 1, tỉnh Nghệ An.",
     "990 says only 'đông đảo người lao động' — no number. g.sh 'Hoàng Mai 1', 'Tháng hành động.{0,80}2025', '700 người': other 2025 launches are Hà Nội / Công đoàn KCN tỉnh (147, 264, 314, 330), no Nghệ An attendance."),
]


def curly(text):
    """Straight double quotes -> “ ” so the TSV needs no csv quoting."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
        assert all("\t" not in x and "\n" not in x for x in rows[-1])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
