#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 1013 (Xuân tình nguyện 2026 TP.HCM)
    ("1013_dd19fb48ab24", D,
     "Đến lễ ra quân, gần 50.000 đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đã đăng ký làm chiến sĩ Xuân tình nguyện 2026.",
     "1013: 'sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện'. "
     "g.sh '50\\.000|50 nghìn' finds nothing about Xuân tình nguyện (318: 50.000 người, hè tình nguyện Hà Nội 2015). "
     "Other Xuân tình nguyện figures are other things: 495 'hơn 4.000' attended the 2026 lễ ra quân; 830 '35.000 chiến sĩ' is the 2024 edition."),
    # ---------------- 1050 (LĐLĐ TP HCM, Công đoàn phường xã)
    ("1050_ae670c71dab7", S,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân đã trao quyết định cho tám Công đoàn phường thuộc khu vực Dĩ An, Thuận An (tỉnh Bình Dương cũ).",
     "1050: 'Tại tổ công tác số 4, ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM, đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ'. Spelled-out tám = 8."),
    ("1050_ae670c71dab7", N,
     "Tại hội nghị ngày 22-8, Liên đoàn Lao động TP HCM đã công bố quyết định chỉ định nhân sự cho 102 Công đoàn phường, xã.",
     "1050 never gives a city-wide total of Công đoàn phường, xã (only 8 phường at tổ 4 and a list at tổ 9). "
     "g.sh '[0-9]+ (Công đoàn|công đoàn) (phường|xã)...TP HCM' only hits 1050's '8 Công đoàn phường'; other totals are other cities: 249 'Hà Nội thành lập 84 Công đoàn xã, phường', 570 'Đà Nẵng thành lập 24 công đoàn phường, xã'. g.sh '102 ' → nothing."),
    # ---------------- 1146 (Chợ Tết Công đoàn Tây Ninh 2025)
    ("1146_b2735544a76a", S,
     "Tại Chợ Tết Công đoàn tỉnh Tây Ninh 2025, Chủ tịch LĐLĐ tỉnh Trịnh Văn Phước cùng Ban Tổ chức đã trao tặng 150 suất quà cho công nhân khó khăn, bị tai nạn lao động.",
     "1146: 'ông Trịnh Văn Phước – Chủ tịch LĐLĐ tỉnh Tây Ninh đã cùng Ban Tổ chức ... trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động'."),
    ("1146_b2735544a76a", D,
     "Chợ Tết Công đoàn tỉnh Tây Ninh năm 2025 quy tụ hơn 60 gian hàng nhu yếu phẩm, hàng tiêu dùng cho công nhân lao động.",
     "1146: 'Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng' (Tây Ninh, 02-05/01/2025). "
     "g.sh '60 gian' → nothing. Other chợ Tết stall counts are other organisers/years (262: 72 gian hàng HN 2023; 276: hơn 70, HN 2026; 504: 50; 795: 40-120 TLĐ 2023)."),
    # ---------------- 115 (Đại hội Công đoàn Bình Định XIV)
    ("115_5f0c89a4283e", D,
     "Ban Thường vụ Liên đoàn Lao động tỉnh Bình Định khóa XIV, nhiệm kỳ 2023-2028 gồm mười ba người.",
     "115: 'Ban Thường vụ LĐLĐ tỉnh khóa XIV gồm 11 người, Ủy ban Kiểm tra 9 người'. Spelled-out mười ba = 13. "
     "g.sh '13 người|13 đồng chí|13 ủy viên' → only 452 (unrelated '17.113 người'). No other Bình Định union congress page."),
    ("115_5f0c89a4283e", N,
     "Đại hội Công đoàn tỉnh Bình Định lần thứ XIV có 280 đại biểu chính thức về dự.",
     "115 says 'Các đại biểu dự Đại hội' (caption) but never counts delegates; it counts BCH 35, BTV 11, UBKT 9, and 10 chính thức + 3 dự khuyết elected to go to Đại hội XIII. "
     "g.sh 'Bình Định' → only 115, 535 (HĐND), 646 (Gia Lai/Bình Định cũ). g.sh '280 đại biểu' → nothing. Those 10/3 are delegates to another congress (XIII Công đoàn VN), not attendees of the XIV provincial one."),
    # ---------------- 1168 (Công đoàn ngành Y tế Quảng Ngãi 2015)
    ("1168_4ac4afe82df2", S,
     "Trong năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi đã sửa chữa, xây mới bốn căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "1168: 'trong năm 2015 đã sửa chữa và xây mới 4 căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí 130 triệu đồng'. bốn = 4."),
    ("1168_4ac4afe82df2", D,
     "Năm 2015, nữ chiếm khoảng 75% tổng số đoàn viên Công đoàn ngành Y tế tỉnh Quảng Ngãi.",
     "1168: 'Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)'. 75% is clearly off (3.495/5.412 = 64.6%). "
     "g.sh 'Quảng Ngãi' → only 475, 610, 1168; no other share of women for this union."),
    # ---------------- 1187 (Đại hội Công đoàn Bưu điện VN lần III)
    ("1187_61862f52ba00", S,
     "Các đại biểu dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III đại diện cho hơn 23,3 nghìn đoàn viên công đoàn.",
     "1187: 'Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở sẽ về dự Đại hội' (lần III, nhiệm kỳ 2018-2023). "
     "Caution: 1186 is lần thứ V (2025-2030) with '218 đại biểu đại diện cho 22.514 đoàn viên' - another edition."),
    ("1187_61862f52ba00", D,
     "Gần 320 đại biểu sẽ về dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III ngày 14/4.",
     "1187: 'Gần 220 đại biểu là những cán bộ, đoàn viên Công đoàn xuất sắc'. g.sh '3[0-9]{2} đại biểu' → only other congresses (466, 571, 713, 741, 742, 743, 985, 1105), none Bưu điện; 1186 (lần V) has 218."),
    # ---------------- 1190 (Hội thao CĐ Ngân hàng VN cụm 8, 2019)
    ("1190_b264d705f1e4", D,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 có hơn 200 lượt vận động viên tham gia tranh tài.",
     "1190: 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ (cụm thi đua số 8)'. "
     "g.sh '200 (lượt )?(VĐV|vận động viên)' → nothing. 1192 (Hội thao ngành Ngân hàng tỉnh Vĩnh Long 2019, 'trên 444 vận động viên') is another event."),
    # ---------------- 252 (LĐLĐ thị xã Sơn Tây)
    ("252_f6a3b7378def", S,
     "Liên đoàn Lao động thị xã Sơn Tây hiện trực tiếp quản lý, chỉ đạo hoạt động của 210 công đoàn cơ sở.",
     "252: 'LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên'."),
    ("252_f6a3b7378def", D,
     "Các công đoàn cơ sở do LĐLĐ thị xã Sơn Tây quản lý có tổng cộng gần 15 nghìn đoàn viên.",
     "252: '210 Công đoàn cơ sở với gần 10 ngàn đoàn viên'. g.sh '15 (nghìn|ngàn)|15\\.000' → nothing about Sơn Tây (293, 500, 608, 1029, 1181 are other things). 026 (another LĐLĐ Sơn Tây page) gives no member count."),
    # ---------------- 296 (LĐLĐ huyện Gia Lâm, Đại hội CĐCS 2023-2028)
    ("296_cf67e2f30129", N,
     "Tại huyện Gia Lâm, 186 công đoàn cơ sở đã tổ chức xong Đại hội nhiệm kỳ 2023-2028.",
     "296 says only '100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội ... sớm hơn 1 tháng'; no count of CĐCS. "
     "g.sh '[0-9]+ (CĐCS|Công đoàn cơ sở).{0,60}Gia Lâm|Gia Lâm.{0,80}[0-9]+ (CĐCS|Công đoàn cơ sở)' → nothing; g.sh '186 ' → nothing. Numbers 19/KH, 114/KH, 04-TT are document numbers."),
    # ---------------- 303 (LĐLĐ huyện Gia Lâm, 93 năm CĐVN)
    ("303_3afb6ef3386b", N,
     "Liên đoàn Lao động huyện Gia Lâm hiện tập hợp hơn 25 nghìn đoàn viên công đoàn.",
     "303 only has anniversaries (93 năm Công đoàn VN, 44 năm xây dựng Công đoàn huyện). g.sh 'Gia Lâm.{0,200}đoàn viên' → headlines only, no member count; "
     "g.sh '25 (nghìn|ngàn)|25\\.000' → only 644 (25.000 thanh thiếu nhi, unrelated)."),
    # ---------------- 308 (Đại hội Công đoàn phường Việt Hưng I)
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025-2030 có 150 đại biểu chính thức tham dự.",
     "308 never counts delegates; its only count '124 Công đoàn cơ sở' sits in a related-article teaser ('Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở') and is another counted noun. "
     "g.sh 'Việt Hưng' → only 308 plus unrelated company/person names (125, 166); g.sh '150 đại biểu' → nothing."),
    # ---------------- 333 (Công đoàn ngành Giáo dục Hà Nội 2022)
    ("333_b974af218aab", D,
     "Công đoàn ngành Giáo dục Hà Nội hiện có hơn 15.000 đoàn viên, phần lớn là nữ.",
     "333 (28/6/2022): 'Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ'. "
     "Other years also state ~12 nghìn: 1042 'hơn 11.800 đoàn viên', 298 (2018) '12.260 đoàn viên'. g.sh '15 (nghìn|ngàn)|15\\.000' → nothing for this union."),
    # ---------------- 336 (Hội khỏe CNVCLĐ quận Hoàn Kiếm 2020)
    ("336_5d7aa39073a7", S,
     "Hội khỏe Công nhân viên chức, lao động và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 thu hút hơn 1 nghìn vận động viên tham gia.",
     "336: 'Hội khỏe Công nhân viên chức, lao động và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 thu hút hơn 1000 vận động viên' (title 'Hơn 1.000 vận động viên')."),
    ("336_5d7aa39073a7", D,
     "Các vận động viên dự Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 đến từ 57 công đoàn cơ sở trên địa bàn quận.",
     "336: 'hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận'. "
     "g.sh '57 (Công đoàn|CĐCS)' → nothing."),
    # ---------------- 342 (Đại hội Đảng bộ Tổng LĐLĐ VN lần I)
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 250 đại biểu chính thức tham dự.",
     "342 lists attending leaders but no delegate count. 079 (same congress) counts BCH ('dự kiến có 29-33 người, hiện đã chỉ định 21 người') and BTV ('đã chỉ định 9 người') - other counted nouns. "
     "g.sh 'Đảng bộ Tổng.{0,200}đại biểu|đại biểu.{0,100}Đảng bộ Tổng' → only titles. g.sh '250 đại biểu' → only 1210 (a Công đoàn ngành Y tế congress, 2023) - another event."),
    # ---------------- 402 (Hội LHPN VN, biểu dương Chủ tịch Hội cơ sở giỏi III)
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 sẽ tôn vinh 200 chủ tịch Hội cơ sở.",
     "402 gives dates (17-19/10/2023) and '93 năm' but no number of honourees. 401 (Hội LHPN Hà Nội's own 2023 program) gives no count either. "
     "g.sh 'Chủ tịch Hội (Phụ nữ|phụ nữ)? ?cơ sở' → 401, 402 only, no counts; g.sh '200 (chủ tịch|Chủ tịch)' → only 524 (200 Chủ tịch CĐCS, another thing)."),
    # ---------------- 406 (Tháng Nhân đạo 2021, toàn quốc)
    ("406_e070ae5014f0", S,
     "Tháng Nhân đạo năm 2021 do Trung ương Hội Chữ thập đỏ Việt Nam phát động đặt mục tiêu trợ giúp ít nhất 150 nghìn lượt người có hoàn cảnh khó khăn.",
     "406: 'Tháng Nhân đạo năm nay hướng tới các mục tiêu: ... ít nhất 150.000 lượt người có hoàn cảnh khó khăn được trợ giúp'."),
    ("406_e070ae5014f0", D,
     "Trong Tháng Nhân đạo 2021, Hội Chữ thập đỏ Việt Nam phấn đấu có ít nhất 95 công trình nhân đạo trên cả nước.",
     "406: 'phấn đấu có ít nhất 75 công trình nhân đạo'. g.sh '95 công trình' → nothing. 460 'trên 30 công trình nhân đạo' is Hà Nội 2022 (another place/year)."),
    # ---------------- 452 (Công đoàn Thủ đô, Covid-19)
    ("452_1672f5c17921", S,
     "Trong dịch Covid-19, các Công đoàn cấp trên trực tiếp cơ sở ở Hà Nội đã vận động 1650 chủ nhà trọ miễn, giảm tiền thuê nhà cho người lao động.",
     "452: 'các Công đoàn cấp trên trực tiếp cơ sở đã phối hợp với chính quyền và Công an địa phương tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%'."),
    ("452_1672f5c17921", D,
     "Từ ngày 27/4, các cấp Công đoàn Thủ đô đã chi từ ngân sách Công đoàn hơn 98 tỷ đồng để chăm lo, hỗ trợ người lao động bị ảnh hưởng bởi Covid-19.",
     "452: 'các cấp Công đoàn Thủ đô đã chi từ nguồn ngân sách Công đoàn ... với số tiền trên 89, 441 tỷ đồng cho 147.603 đoàn viên'. 98 is a digit swap of 89, clearly off. "
     "Not to be confused with 'xã hội hóa ... trên 104, 293 tỷ đồng' (another source of money). g.sh '98 tỷ|98,[0-9]+ tỷ' → nothing."),
    # ---------------- 493 (Lao động việc làm quý II/2022)
    ("493_b4e13aabbfd4", N,
     "Tỷ lệ thất nghiệp trong độ tuổi lao động quý II năm 2022 là 2,32%.",
     "493 only says 'Tỷ lệ thất nghiệp và thiếu việc làm trong độ tuổi lao động đều giảm so với quý trước' - no value (its figure is lực lượng lao động 51,6 triệu). "
     "g.sh '2,32|tỷ lệ thất nghiệp.{0,80}%' → only 151 (Hà Nội target 2021 'dưới 4% ... dưới 3%'), another place/period."),
    # ---------------- 529 (Đại hội Công đoàn Đồng Nai XI)
    ("529_5aa251341404", D,
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 có 450 đại biểu chính thức về dự.",
     "529: 'nhiệt liệt chào mừng 400 đại biểu chính thức ... đại diện cho ... gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà về dự đại hội'. g.sh '450 đại biểu' → nothing."),
    ("529_5aa251341404", N,
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI đã bầu Ban Chấp hành LĐLĐ tỉnh khóa mới gồm 41 ủy viên.",
     "529 reports the opening only; no BCH election count. g.sh 'Đồng Nai.{0,200}(Ban Chấp hành|BCH)' → only 976 (Ban Thường vụ Tỉnh ủy). g.sh '41 (ủy viên|người|đồng chí)' → nothing."),
    # ---------------- 607 (Tháng nhân đạo Quảng Ninh, 4 năm)
    ("607_86387ec7de47", S,
     "Qua 4 năm triển khai Tháng nhân đạo, Hội Chữ thập đỏ tỉnh Quảng Ninh đã trợ giúp hơn 51 nghìn lượt người có hoàn cảnh khó khăn.",
     "607: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn'."),
    ("607_86387ec7de47", D,
     "Sau bốn năm thực hiện Tháng nhân đạo, toàn tỉnh Quảng Ninh đã vận động ủng hộ được trên 43 tỷ đồng.",
     "607: 'toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng'. g.sh '43 tỷ' → nothing. (1,4 tỷ is TKV's single donation, another thing.)"),
    # ---------------- 609 (Thành đoàn Hà Nội, Kỳ nghỉ hồng / Hành quân xanh 2024)
    ("609_dfc9aa12900d", D,
     "Khoảng 2.000 đoàn viên, thanh niên đã tham gia lễ ra quân chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh.",
     "609: 'Thành đoàn Hà Nội tổ chức ra quân Chiến dịch \"Kỳ nghỉ hồng\", \"Hành quân xanh\" năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên'. "
     "g.sh '2\\.000 đoàn viên|2000 đoàn viên' → nothing; 547 'hơn 500 đoàn viên' is another province/year."),
    # ---------------- 623 (Đại hội Đoàn tỉnh Long An XI)
    ("623_bf8ed8fd27a5", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI, nhiệm kỳ 2022-2027 có 244 đại biểu chính thức tham dự.",
     "623: 'Đại hội được tổ chức trong hai ngày (4 - 5/10/2022) với sự tham dự của 244 đại biểu chính thức đại diện cho 54.365 đoàn viên'."),
    ("623_bf8ed8fd27a5", D,
     "Ban Chấp hành Tỉnh đoàn Long An khóa XI, nhiệm kỳ 2022-2027 gồm 45 đồng chí.",
     "623: 'Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027, gồm 40 đồng chí. Ban Thường vụ gồm 12 đồng chí.' "
     "g.sh '45 đồng chí|45 ủy viên|45 người' → only 608 ('sơ cứu cho 45 người', unrelated)."),
    # ---------------- 654 (LĐLĐ quận Long Biên, gia đình CNVCLĐ tiêu biểu 2021)
    ("654_33346c495ae8", N,
     "Năm 2021, Liên đoàn Lao động quận Long Biên đã biểu dương 65 gia đình CNVCLĐ tiêu biểu.",
     "654 gives no number of families (only '20 năm Ngày Gia đình Việt Nam', '91 năm ngày Phụ nữ Việt Nam', kế hoạch số 28). "
     "g.sh 'gia đình CNVCLĐ' → counts only for other districts/years: 063 'Hoàng Mai: Biểu dương 73 Gia đình CNVCLĐ', 064 'Đống Đa: 58 gia đình CNVCLĐ tiêu biểu năm 2025'. g.sh '65 gia đình' → nothing."),
    # ---------------- 802 (Huy hiệu Đảng quận Hoàn Kiếm, đợt 19/5)
    ("802_331723d186da", S,
     "Trong đợt trao tặng Huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 190 đảng viên được nhận huy hiệu.",
     "802: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng' (lễ đợt 19/5). Other districts' counts (803 Hai Bà Trưng 284, 804 Hà Đông 440, 805 Đống Đa 660) are other places."),
    # ---------------- 810 (Đoàn đại biểu ngành Y tế dự Đại hội XIII CĐVN)
    ("810_d311deaca2eb", S,
     "Đoàn đại biểu ngành Y tế đi dự Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028 gồm 34 đại biểu.",
     "810: '34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh, thành phố'."),
    # ---------------- 886 (thưởng Tết Bính Ngọ, Tây Ninh)
    ("886_ba844443b672", D,
     "Tại Tây Ninh, mức thưởng Tết Bính Ngọ cao nhất được ghi nhận ở một doanh nghiệp FDI là 800 triệu đồng.",
     "886: 'khối doanh nghiệp có vốn đầu tư nước ngoài đang dẫn đầu về mức thưởng Tết Âm lịch cao nhất ..., trong đó Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng'. "
     "g.sh '800 triệu' → only 691 ('Gần 800 triệu đồng ủng hộ Quỹ Vì người nghèo', unrelated)."),
    # ---------------- 965 (Đại hội Công đoàn tỉnh Tuyên Quang XVII)
    ("965_f94f0c950eb5", N,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 có 300 đại biểu chính thức.",
     "965 covers the hồ sơ review (12/9/2023) and says the congress lasts '2 ngày (28 và 29/9/2023)'; no delegate count. "
     "g.sh 'Tuyên Quang' → 965, 532 (lần thứ I, 2025-2030, another edition, no count), 727. '300 đại biểu chính thức' occurs only for other congresses (571, 742: Đà Nẵng)."),
    # ---------------- 994 (Ngày thanh niên cùng hành động, Hà Tĩnh)
    ("994_8697caa1612f", D,
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng trong chương trình “Ngày thanh niên cùng hành động” tại xã Sơn Tây khoảng 500 triệu đồng.",
     "994: 'Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng'. g.sh '500 triệu|nửa tỷ' → only 1130 ('Hơn 500 triệu đồng ủng hộ Quỹ Vì người nghèo', another thing); 904 'gần 1,8 tỉ' is Hà Tĩnh hè 2025, another occasion."),
    # ---------------- 998 (Chiến dịch Thanh niên tình nguyện hè, toàn đoàn)
    ("998_d6cbe319eeca", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè, các đơn vị đã đưa 463 chiến sĩ tình nguyện ra Đảo Thanh niên triển khai các hoạt động tình nguyện.",
     "998 (dated 2023-08): 'Hoạt động Đảo Thanh niên: Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên'."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        why = why.replace('"', "'")  # keep the TSV free of csv quoting
        assert '"' not in claim and "\t" not in claim + why
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per
    print(len(rows), dict(c), "pages:", len(per))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
