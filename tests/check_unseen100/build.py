#!/usr/bin/env python3
"""Claim set for ldtd check, written blind to the checker. Writes claims.tsv (NFC, sorted by page_id)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 023 Công đoàn ngành NN&PTNT Hà Nội
    ("023_e0590f1ed7e4", S,
     "Các công đoàn cơ sở thuộc Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội đã bầu ra 211 ủy viên ban chấp hành nhiệm kỳ 2023-2028.",
     "023: 'Công đoàn ngành đã chỉ đạo 30/30 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028 ...; bầu ra 211 Ủy viên Ban Chấp hành'."),
    ("023_e0590f1ed7e4", D,
     "Đại hội, hội nghị công đoàn cơ sở ngành NN&PTNT Hà Nội đã bầu 150 đại biểu dự Đại hội Công đoàn ngành lần thứ VI.",
     "023: 'bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI' -> 128, not 150. g.sh '150 đại biểu' = no hit; 204 (Đại hội lần thứ V, 2018) gives no delegate count."),
    # ---------------- 032 CĐ ngành Xây dựng HN, Giỏi việc nước 2021
    ("032_60bc537342b5", D,
     "Khoảng 350 nữ đại biểu trong toàn ngành đã dự lễ tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021 của Công đoàn ngành Xây dựng Hà Nội.",
     "032: '... Công đoàn ngành Xây dựng Hà Nội và gần 200 nữ đại biểu các đơn vị trong toàn Ngành' -> gần 200, not khoảng 350. g.sh '350 nữ|350 đại biểu' = no hit."),
    ("032_60bc537342b5", N,
     "Tại lễ tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 45 tập thể tiêu biểu.",
     "032 says only 'biểu dương, khen thưởng các tập thể và cá nhân tiêu biểu' with no number. g.sh 'Giỏi việc nước': the only count of rewarded tập thể is 507 ('6 tập thể và 88 cá nhân', Công đoàn Viên chức Hà Nội, năm 2020) - another organisation and year; 020 counts 'gần 3.000 lượt nữ CNVCLĐ ngành Công Thương' - another org and noun."),
    # ---------------- 052 LĐLĐ huyện Thạch Thất khám sức khỏe
    ("052_59edbafd4169", N,
     "LĐLĐ huyện Thạch Thất đã tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 500 công nhân, viên chức, lao động.",
     "052 names the target groups but gives no number of people examined. g.sh 'Thạch Thất' and 'tầm soát': 721 counts '216 Công đoàn cơ sở ... trên 6.000 đoàn viên' of Thạch Thất (another noun); 026 counts 'trên 200' tầm soát in Sơn Tây (another place); 142 counts 862 khám in Bắc Từ Liêm (another place)."),
    # ---------------- 073 CĐ ngành Xây dựng HN hỗ trợ gia đình công nhân môi trường
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến qua đời do tai nạn.",
     "073 says the ngành 'đã tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến' but never states the amount. g.sh 'Hải Yến' hits only 073 lines 2 and 4, neither with money."),
    # ---------------- 076 Công nhân giỏi Thủ đô 2022
    ("076_a1ba473fd589", S,
     "Một trăm “Công nhân giỏi Thủ đô” năm 2022 đã cùng Chủ tịch LĐLĐ Hà Nội Nguyễn Phi Thường dâng hương, báo công với Bác.",
     "076 body: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương'. Also 041: 'tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô” và Lễ báo công dâng Bác'."),
    # ---------------- 1027 Thị trường lao động Hà Nội 2025
    ("1027_8765180e6738", S,
     "Khảo sát của Trung tâm Dịch vụ việc làm Hà Nội đầu năm 2025 từ 1408 doanh nghiệp cho thấy nhu cầu nhân lực tăng nhanh ở bán buôn, bán lẻ, dịch vụ và công nghiệp chế biến chế tạo.",
     "1027: 'Khảo sát từ 1.408 doanh nghiệp cho thấy, các lĩnh vực bán buôn, bán lẻ, dịch vụ và công nghiệp chế biến chế tạo đang gia tăng nhu cầu nhân lực' (TTDVVL Hà Nội, 2025)."),
    ("1027_8765180e6738", D,
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, nhóm lao động phổ thông chiếm khoảng 46% nhu cầu tuyển dụng sau Tết năm 2025.",
     "1027: 'Đáng chú ý, khoảng 36% nhu cầu tuyển dụng thuộc về nhóm lao động phổ thông' -> 36%, not 46%. g.sh '46 ?%' = no hit."),
    # ---------------- 1105 Đại hội Đoàn tỉnh Thanh Hóa lần XX
    ("1105_fd04a28fb480", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX đã bầu Ban Chấp hành nhiệm kỳ 2025-2030 gồm 55 đồng chí.",
     "1105: 'bầu Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí' -> 49, not 55. g.sh '55 đồng chí' = no hit. 1086 counts BCH khóa XIX (2022-2027) '44 đồng chí' - another edition, also not 55."),
    ("1105_fd04a28fb480", S,
     "Trong nhiệm kỳ qua, đoàn viên, thanh niên tỉnh Thanh Hóa đã hiến 17 nghìn đơn vị máu.",
     "1105: '26.000 lượt đoàn viên, thanh niên hiến 17.000 đơn vị máu' (report to Đại hội Đoàn tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ qua)."),
    # ---------------- 1129 Công đoàn EVN NPC 2016
    ("1129_6f068af9295a", D,
     "Trong Tháng Công nhân năm 2016, Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 42 cá nhân người lao động tại các công ty điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa.",
     "1129: 'Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa' -> 24, not 42. g.sh '42 cá nhân|42 người' hits only 112 (tai nạn lao động 2018, unrelated)."),
    ("1129_6f068af9295a", S,
     "Mỗi suất quà Công đoàn EVN NPC trao cho các đơn vị điện lực khó khăn năm 2016 trị giá 5 triệu đồng.",
     "1129: 'đến thăm và tặng quà cho 6 đơn vị ... mỗi suất quà trị giá 5.000.000 đồng/đơn vị'."),
    # ---------------- 1152 Hội LHPN tỉnh Vĩnh Long
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến ngày 31/8/2025, Hội LHPN tỉnh Vĩnh Long đặt mục tiêu hỗ trợ xóa 100 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152 only says 'chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ' with no number. g.sh 'Vĩnh Long': 867 counts '3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa' of LĐLĐ tỉnh Vĩnh Long in 2022 (another organisation and year); g.sh 'nhà tạm' hits only 690 (Quỹ Vì người nghèo, no Vĩnh Long) and 1152."),
    # ---------------- 1190 Hội thao CĐ Ngân hàng cụm 8 năm 2019
    ("1190_b264d705f1e4", D,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút hơn 200 vận động viên tham gia.",
     "1190: 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước' -> hơn 120, not hơn 200. g.sh '200 (VĐV|vận động viên|lượt VĐV)' = no hit; 1192 (Hội thao ngành Ngân hàng Vĩnh Long) is another event."),
    ("1190_b264d705f1e4", S,
     "Tại hội thao cụm thi đua số 8 của Công đoàn Ngân hàng Việt Nam năm 2019, các vận động viên tranh tài ở sáu nội dung.",
     "1190: 'các VĐV bắt đầu tranh tài ở 6 nội dung: bóng bàn, cầu lông, cờ tướng, quần vợt, đua xe đạp chậm và trò chơi tập thể'."),
    # ---------------- 252 LĐLĐ thị xã Sơn Tây
    ("252_f6a3b7378def", S,
     "Liên đoàn Lao động thị xã Sơn Tây hiện trực tiếp quản lý, chỉ đạo hoạt động của 210 công đoàn cơ sở.",
     "252: 'LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên'. g.sh 'Sơn Tây.{0,100}(công đoàn cơ sở|CĐCS)' finds no other count."),
    ("252_f6a3b7378def", D,
     "Trong số các công đoàn cơ sở do LĐLĐ thị xã Sơn Tây quản lý có 64 đơn vị doanh nghiệp khu vực ngoài nhà nước.",
     "252: 'có 15 đơn vị khối xã, phường, 48 đơn vị trường học, 94 đơn vị doanh nghiệp khu vực ngoài nhà nước và 39 đơn vị khối hành chính sự nghiệp' -> 94, not 64. g.sh '64 đơn vị|64 doanh nghiệp' = no hit."),
    # ---------------- 368 Đại hội CĐ trường mầm non Dục Tú
    ("368_38a2bb046726", N,
     "Công đoàn trường mầm non Dục Tú có 45 đoàn viên tham dự Đại hội Công đoàn nhiệm kỳ 2017-2022.",
     "368 gives only the date (11/10/2017) and the plan number (09/KH-LĐLĐ); no count of đoàn viên. g.sh 'Dục Tú' hits only 368."),
    # ---------------- 397 Cuộc vận động người Việt dùng hàng Việt, Hà Nội 2023
    ("397_cf9be6bdd62d", N,
     "Năm 2023, Hà Nội có 150 sản phẩm được bình chọn là “Hàng Việt Nam được người tiêu dùng yêu thích”.",
     "397 says the Ban Chỉ đạo 'đã triển khai Chương trình bình chọn “Hàng Việt Nam được người tiêu dùng yêu thích” năm 2023' but counts no products (its only figures: 14 năm, 6 tháng). g.sh 'dùng hàng Việt|người tiêu dùng yêu thích' (261, 262, 310, 395, 396, 525, 604, 687): none counts voted products."),
    # ---------------- 404 Tháng Nhân đạo 2018 Hà Nội
    ("404_1248682899d1", S,
     "Khoảng 1.000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô đã tham gia lễ phát động “Tháng Nhân đạo” 2018 tại tượng đài Vua Lý Thái Tổ.",
     "404: 'Gần 1000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự sự kiện' and 'trên 1000 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô' (28-4-2018, Tượng Đài Vua Lý Thái Tổ). Page itself says both 'gần' and 'trên' 1000, hence 'khoảng'."),
    # ---------------- 406 Tháng Nhân đạo 2021 (toàn quốc)
    ("406_e070ae5014f0", D,
     "Tháng Nhân đạo năm 2021 đặt mục tiêu trợ giúp ít nhất 250 nghìn lượt người có hoàn cảnh khó khăn.",
     "406: 'ít nhất 150.000 lượt người có hoàn cảnh khó khăn được trợ giúp' -> 150.000, not 250.000. g.sh '250[.,]000|250 nghìn' hits only unrelated money (762 vé 250 nghìn, 793 đồng amounts)."),
    ("406_e070ae5014f0", S,
     "Tháng Nhân đạo năm 2021 phấn đấu giới thiệu, kết nối hỗ trợ ít nhất mười nghìn địa chỉ nhân đạo qua hệ thống iNHANDAO.",
     "406: 'ít nhất 10.000 địa chỉ nhân đạo được giới thiệu và kết nối hỗ trợ thông qua hệ thống iNHANDAO'."),
    # ---------------- 408 Hội nghị BCH LĐLĐ tỉnh, Thái Minh Sỹ
    ("408_a6f25cd48259", N,
     "Đồng chí Thái Minh Sỹ được Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 19 bầu giữ chức Phó Chủ tịch với 100% số phiếu.",
     "408 states only 'Hội nghị lần thứ 19, Ban Chấp hành khóa XVIII' (an ordinal) and no vote share. g.sh 'Thái Minh Sỹ' hits only 408 line 1."),
    # ---------------- 521 Đại hội Đảng bộ tỉnh Thái Bình lần XX
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 có 350 đại biểu tham dự.",
     "521 reports only the re-election of Ngô Đông Hải; no delegate count. g.sh 'Thái Bình': other hits (106, 493, 985) are unrelated, none counts delegates."),
    # ---------------- 595 Bình Dương Tết Mậu Tuất 2018
    ("595_5935e954d4b4", D,
     "Dịp Tết Mậu Tuất 2018, dự báo khoảng 200.000 công nhân, lao động ở lại Bình Dương đón Tết.",
     "595: 'dự báo số công nhân, lao động ở lại Bình Dương đón Tết khoảng 140.000 người' -> 140.000, not 200.000. g.sh '200[.,]000 (công nhân|người|lao động)' hits only 687 (TP HCM programme 2025-2026, unrelated)."),
    ("595_5935e954d4b4", D,
     "Theo LĐLĐ tỉnh Bình Dương, lao động từ các tỉnh khác chiếm khoảng 65% lực lượng lao động của tỉnh.",
     "595: 'toàn tỉnh hiện có trên 1 triệu người lao động, trong đó lao động ngoài tỉnh chiếm khoảng 85%' (Bà Trương Thị Bích Hạnh, Chủ tịch LĐLĐ tỉnh Bình Dương) -> 85%, not 65%. g.sh '65 ?%' hits 173 (1,65% thiếu việc làm) and 1168 (65% nữ) - unrelated."),
    # ---------------- 683 Tháng Nhân đạo 2025 Vĩnh Phúc
    ("683_975a3a7365e4", D,
     "Tháng Nhân đạo năm 2025 của Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động, hỗ trợ ít nhất 6.000 người có hoàn cảnh khó khăn.",
     "683: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn' -> 4.000-4.500, not 6.000. g.sh '6[.,]000 người' hits only 500 (quà cho 6.000 người lao động, unrelated)."),
    ("683_975a3a7365e4", N,
     "Trong Tháng Nhân đạo năm 2025, Hội Chữ thập đỏ tỉnh Vĩnh Phúc phấn đấu xây dựng 40 công trình nhân đạo.",
     "683 counts only people to support (4.000-4.500), not công trình. g.sh 'Nhân đạo': công trình nhân đạo are counted only for Tháng Nhân đạo 2021 toàn quốc (406: 'ít nhất 75 công trình nhân đạo') and Hội CTĐ Hà Nội 2022 (460: 'trên 30 công trình nhân đạo') - other organisations/years. g.sh 'Vĩnh Phúc' hits only 067 (phường Vĩnh Phúc, Ba Đình) and 573."),
    # ---------------- 686 LĐLĐ quận 10 / Triple, Tết Giáp Thìn 2024
    ("686_f487be2c2a94", D,
     "Tại chương trình của LĐLĐ quận 10 (TP HCM) dịp Tết Giáp Thìn, 113 đoàn viên nghiệp đoàn khó khăn đặc biệt đã nhận quà Tết của LĐLĐ thành phố.",
     "686: 'Tại chương trình, 93 đoàn viên khó khăn đặc biệt đã được nhận quà Tết của LĐLĐ thành phố, mỗi phần quà trị giá 700.000 đồng' -> 93, not 113. g.sh '113 đoàn viên|113 phần' = no hit."),
    ("686_f487be2c2a94", S,
     "Chương trình quay số may mắn “Vui xuân Giáp Thìn - Đón Tết đoàn viên” của Công đoàn Công ty TNHH May mặc Triple Việt Nam có tổng giá trị giải thưởng hơn 250 triệu đồng.",
     "686: '534 công nhân đã được nhận các giải thưởng ... với tổng trị giá các giải thưởng hơn 253 triệu đồng trong chương trình quay số may mắn' (Công đoàn Công ty TNHH May mặc Triple Việt Nam)."),
    # ---------------- 741 Đại hội CĐ TP Đà Nẵng lần XVII
    ("741_ca77ab8c28c7", D,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028 có 375 đại biểu tham dự.",
     "741: 'Đại hội Công đoàn thành phố diễn ra trong 2 ngày từ ngày 15 đến 16-10, với sự tham gia của 345 đại biểu' -> 345, not 375. g.sh '375 đại biểu' = no hit. 571 counts '300 đại biểu chính thức' for Đại hội Công đoàn TP Đà Nẵng lần thứ I, 2025-2030 - another edition."),
    ("741_ca77ab8c28c7", S,
     "Các đại biểu dự Đại hội Công đoàn Đà Nẵng khóa XVII đại diện cho hơn 130 nghìn đoàn viên, công nhân, viên chức, lao động thành phố.",
     "741: '345 đại biểu đại diện cho hơn 130.000 đoàn viên, công nhân, viên chức, lao động thành phố'. (571's 'hơn 216.000 đoàn viên' is Đại hội lần thứ I 2025-2030, another edition.)"),
    # ---------------- 786 Tết sum vầy cấp TLĐ 2018 Hưng Yên
    ("786_4b655c65ed4c", N,
     "Chương trình Tết sum vầy cấp Tổng LĐLĐ Việt Nam năm 2018 tại Hưng Yên sẽ trao 2.000 suất quà cho đoàn viên, người lao động.",
     "786 gives no number of gifts (only 'trước ngày nghỉ Tết âm lịch 10 ngày'; '755 chuyến xe' is a related-headline teaser about something else). g.sh 'Hưng Yên' and 'Tết sum vầy': 161 counts 14.664 programmes (2024), 279 covers Tết sum vầy 2019 at TP HCM, 788 Tết sum vầy 2017 at Bình Dương - other years/places; no gift count for Hưng Yên 2018."),
    # ---------------- 808 Đại hội Đoàn TP HCM lần XI
    ("808_2d042b864f95", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu Ban Chấp hành Thành Đoàn khóa XI gồm 65 đồng chí.",
     "808: 'đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí' -> 59, not 65. g.sh '65 đồng chí' = no hit."),
    ("808_2d042b864f95", S,
     "Đại hội Thành Đoàn TP Hồ Chí Minh lần thứ XI, nhiệm kỳ 2022-2027 có 441 đại biểu tham dự.",
     "808: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI, nhiệm kỳ 2022-2027 ... với sự tham gia của 441 đại biểu'."),
    # ---------------- 934 Đảng bộ phường Tân Phú, Huy hiệu Đảng 2026
    ("934_779d96c632e9", D,
     "Nhân kỷ niệm 96 năm Ngày thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) có 12 đảng viên được trao Huy hiệu Đảng.",
     "934: 'Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng' -> 9, not 12. g.sh '12 đảng viên' hits only 805 (Huy hiệu 70 năm, Hà Nội 2020 - another occasion)."),
    ("934_779d96c632e9", D,
     "Tại lễ kỷ niệm 96 năm thành lập Đảng của phường Tân Phú, sáu đồng chí đã nhận Huy hiệu 50 năm tuổi Đảng.",
     "934: '2 đồng chí nhận Huy hiệu 50 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng, 4 đồng chí nhận Huy hiệu 30 năm' -> 2, not 6. g.sh '(6|sáu) (đồng chí|đảng viên).{0,30}Huy hiệu|Huy hiệu.{0,60}(6|sáu) (đồng chí|đảng viên)' -> only 803 (Huy hiệu 75 năm, Hai Bà Trưng), no '6 ... 50 năm'. Note: 928 (phường Đức Nhuận, same 96-năm occasion) has '5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng' - another phường; 5 was avoided for that reason."),
    # ---------------- 990 Nghệ An Tháng hành động ATVSLĐ 2025
    ("990_489d8f605885", N,
     "Khoảng 1.000 người lao động đã tham dự Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại Khu công nghiệp Hoàng Mai 1.",
     "990 says only 'đông đảo người lao động'; no count. g.sh 'Nghệ An' and 'Tháng hành động': other Tháng hành động pages are other provinces/years (001 Hà Nội 2024, 147, 148 Tiền Giang 2023, 189, 207 Hội An, 210, 220); no Nghệ An 2025 attendance."),
    # ---------------- 312 Tháng hành động ATVSLĐ lần thứ nhất 2017
    ("312_8e378b3e63bf", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động lần thứ nhất năm 2017 có khoảng 2.000 người tham dự.",
     "312 (2017, lần thứ I; TP HCM hosts lần II 2018) gives no attendance; 370 (same 2017 month) gives only dates 1-30/5/2017. g.sh 'ATVSLĐ.{0,80}2017|2017.{0,80}(An toàn|ATVSLĐ)' -> only 370, no count."),
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
