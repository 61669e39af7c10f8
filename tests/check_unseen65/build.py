#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("098_edd9ef3c5812", S,
     "Trong nửa đầu năm 2022, thành phố Hà Nội đã giải quyết việc làm cho khoảng 119 nghìn lao động.",
     "098: \"6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động, đạt 74,3 % so với kế hoạch và tăng 21,4% so với cùng kỳ năm 2021\" (year 2022 implied by 'cùng kỳ năm 2021'). g.sh '119.000' only hits 098; 151 counts 6 tháng đầu năm 2021 (gần 100.000), another year."),
    ("107_cd50bca97726", S,
     "LĐLĐ TP Hà Nội dự kiến trao trên 6 nghìn suất quà 0 đồng cho đoàn viên, người lao động tại Chợ Tết Công đoàn năm 2026.",
     "107: \"Dự kiến sẽ có hơn 6.000 suất quà “0” đồng ... được Liên đoàn Lao động thành phố Hà Nội triển khai tại “Chợ Tết Công đoàn năm 2026”\"."),
    ("1104_5bd345c8ded7", S,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu làm Chủ tịch UBND tỉnh với sự đồng ý của 67/67 đại biểu có mặt.",
     "1104: \"Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La khóa XIV\"."),
    ("1129_6f068af9295a", S,
     "Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi hai mươi bốn CNVC lao động gặp khó khăn tại các Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa.",
     "1129: \"Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa\" (spelled-out 24)."),
    ("310_927c666a3aaf", S,
     "Chợ Tết Công đoàn năm 2024 của Công đoàn Thủ đô có 124 gian hàng bán sản phẩm, hàng hóa Việt Nam.",
     "310: \"tại chương trình “Chợ Tết Công đoàn” năm 2024, đã có 124 gian hàng bán các loại sản phẩm, hàng hóa Việt Nam chất lượng\". g.sh 'Chợ Tết Công đoàn.{0,80}2024|124 gian hàng' only hits 310."),
    ("457_01a1febb948b", S,
     "Căn nhà Mái ấm Công đoàn mà LĐLĐ tỉnh Tiền Giang bàn giao cho chị Ngô Thị Pha có tổng kinh phí 60 triệu đồng.",
     "457: \"Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng\" (mái ấm cho chị Ngô Thị Pha, LĐLĐ tỉnh Tiền Giang, 11-9)."),
    ("623_bf8ed8fd27a5", S,
     "Ban Chấp hành Tỉnh Đoàn Long An khóa XI, nhiệm kỳ 2022-2027 gồm 40 ủy viên.",
     "623: \"Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027, gồm 40 đồng chí. Ban Thường vụ gồm 12 đồng chí.\""),
    ("812_69df8abf1bca", S,
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 có 550 đại biểu tham dự.",
     "812: \"Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... với sự có mặt của 550 đại biểu\". (092/307 also say 550 đại biểu but for Đại hội Công đoàn TP Hà Nội XVI — another event, same value, no conflict.)"),
    ("828_d0642a76ce86", S,
     "Sáng 25-1, Liên đoàn Lao động tỉnh Bình Dương tiễn hơn 1,6 nghìn công nhân và người nhà về quê đón Tết trên Chuyến xe Công đoàn - Xuân 2025.",
     "828: \"Sáng nay, có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn.\" (lễ tiễn sáng 25-1, LĐLĐ tỉnh Bình Dương)."),
    ("930_456c87ad3771", S,
     "Liên đoàn Lao động tỉnh trao hỗ trợ Mái ấm Công đoàn mức 40 triệu đồng mỗi trường hợp cho các đoàn viên khó khăn về nhà ở, trong đó có công nhân Công ty Cổ phần Vĩnh Hoàn.",
     "930: \"Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng. Trong số được trao hỗ trợ lần này có 04 trường hợp là đoàn viên, công nhân làm việc tại Công ty Cổ phần Vĩnh Hoàn\"."),
    ("985_5ef9fa78a12a", S,
     "Có 304 đại biểu về dự Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023-2028.",
     "985: \"Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028. Với sự tham gia của 304 đại biểu\"."),
    ("706_3b59f272cb92", S,
     "Đại hội Công đoàn Viên chức TP khóa III đặt chỉ tiêu bồi dưỡng, giới thiệu 4 nghìn đoàn viên ưu tú để Đảng xem xét kết nạp trong nhiệm kỳ 2017-2022.",
     "706: \"Đại hội Đại biểu Công đoàn Viên chức Tp khóa III, nhiệm kỳ 2017-2022 ... Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp.\""),
    ("885_b514dc72b366", S,
     "Mức thưởng Tết Nguyên đán Tân Sửu bình quân là 8,8 triệu đồng mỗi người lao động.",
     "885: \"mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)\"; same article: \"Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng\" (so Tết âm lịch = Tân Sửu). Page names no province; g.sh '8,8 triệu' only hits 885."),
    # ---------------- differs ----------------
    ("076_a1ba473fd589", D,
     "Một trăm hai mươi Công nhân giỏi Thủ đô năm 2022 đã cùng lãnh đạo LĐLĐ Hà Nội dâng hương báo công với Bác.",
     "076: \"Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương\" (075 also: 100 Công nhân giỏi 2022). Claim 120 (spelled out). g.sh '120 (“|\\\")?Công nhân' no hit."),
    ("098_edd9ef3c5812", D,
     "Phiên giao dịch việc làm kết nối 3 đầu cầu Hà Nội, Quảng Nam và Đồng Tháp có 35 doanh nghiệp đăng ký tham gia.",
     "098: \"Tại phiên giao dịch lần này có 53 đơn vị đăng ký tham gia tại 3 đầu cầu Hà Nội, Quảng Nam và Đồng Tháp\". Claim 35 (digits swapped, noun reworded đơn vị->doanh nghiệp). g.sh '35 (doanh nghiệp|đơn vị)' no hit."),
    ("1050_ae670c71dab7", D,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP.HCM Phạm Trọng Nhân đã trao quyết định chỉ định cho mười Công đoàn phường thuộc khu vực Dĩ An, Thuận An.",
     "1050: \"Tại tổ công tác số 4, ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM, đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An\". Claim mười (10). g.sh '10 Công đoàn phường' no hit; 239's 'Tổ công tác số 4' is LĐLĐ Hà Nội, unrelated."),
    ("1064_9147fdd05d4f", D,
     "Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn tại 32 công đoàn cơ sở kể từ sau Đại hội.",
     "1064: \"UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)\". Claim 32. g.sh '32 (Công đoàn cơ sở|CĐCS)' no hit."),
    ("107_cd50bca97726", D,
     "Chợ Tết Công đoàn năm 2026 tại Khu nhà ở xã hội xã Thiên Lộc có khoảng 90 gian hàng.",
     "107: \"Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc diễn ra từ 8 giờ 30 ngày 31/1 đến 19 giờ ngày 1/2/2026 ..., với khoảng 50 gian hàng\" (504 same: \"quy mô 50 gian hàng\"). Claim 90. g.sh '90 gian hàng' no hit (543's 70-80 gian hàng is Đà Nẵng, Hòa Khánh)."),
    ("110_87f2d6431ded", D,
     "Vụ sập tường khi sửa nhà ở phường Cống Vị, quận Ba Đình đã làm 2 công nhân tử vong.",
     "110: \"đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị, quận Ba Đình\"; two workers were hit but \"anh N.V.T ... bị chấn thương nhẹ\", only anh N died. g.sh '(2|hai) (công nhân|người) (tử vong|thiệt mạng|chết)' hits only 111 (Le Parfum, Hoàn Kiếm) and 112 (Đan Phượng): other accidents."),
    ("1129_6f068af9295a", D,
     "Mỗi suất quà Công đoàn EVN NPC tặng các Điện lực Hòa An, Kim Bôi, Bảo Thắng, Đông Sơn có trị giá 3 triệu đồng.",
     "1129: \"đến thăm và tặng quà cho 6 đơn vị: Điện lực Hòa An ... Điện lực Đông Sơn ..., mỗi suất quà trị giá 5.000.000 đồng/đơn vị\". Claim 3 triệu. g.sh '3.000.000 đồng|3 triệu đồng/đơn vị' only 282 (LĐLĐ Hà Nội hỗ trợ nạn nhân), unrelated."),
    ("330_366ec9c69fea", D,
     "Ngày 22/5/2025, lãnh đạo LĐLĐ TP Hà Nội trao quà cho công nhân khó khăn, mỗi suất gồm 5 triệu đồng tiền mặt và một túi quà.",
     "330: \"lãnh đạo LĐLĐ TP cũng trao 5 suất quà (trị giá 3 triệu đồng tiền mặt và 1 túi quà) cho cho 5 công nhân lao động có hoàn cảnh khó khăn\". Claim 5 triệu per suất. g.sh '5 triệu đồng tiền mặt' no hit."),
    ("337_b563439ef734", D,
     "Ngày hội văn hóa thể thao CNVCLĐ huyện Hoài Đức năm 2020 có năm nội dung thi đấu.",
     "337: \"ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ\". Claim năm (5). g.sh '(5|năm) nội dung' hits only 000/395/464 (nội dung thi đua / Cuộc vận động), not Hoài Đức."),
    ("457_01a1febb948b", D,
     "Công ty Xổ số kiến thiết Tiền Giang đã hỗ trợ 30 triệu đồng xây mái ấm công đoàn cho chị Ngô Thị Pha.",
     "457: \"Công ty TNHH Một thành viên Xổ số kiến thiết Tiền Giang hỗ trợ 40 triệu đồng, phần còn lại do gia đình đóng góp\". Claim 30 triệu. 'Ngô Thị Pha|Xổ số kiến thiết Tiền Giang' only in 457; 30 triệu elsewhere (050, 051) is LĐLĐ Hà Nội mái ấm, other occasions."),
    ("623_bf8ed8fd27a5", D,
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI đại diện cho khoảng 45 nghìn đoàn viên toàn tỉnh.",
     "623: \"244 đại biểu chính thức đại diện cho 54.365 đoàn viên trong toàn tỉnh\". Claim ~45 nghìn. g.sh '45 nghìn|45\\.000' hits only 098 (45.000 lao động Hà Nội), 460, 668: other things."),
    ("628_c53b3d02e9d1", D,
     "Ông Thịnh Văn Huyên được bầu giữ chức Chủ tịch UBND huyện Nga Sơn với 31/34 phiếu bầu.",
     "628: \"bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%\". Claim 31/34. g.sh '31/34' no hit."),
    ("715_b7fba7dd10cf", D,
     "Quận Hai Bà Trưng đã có 16/18 phường tổ chức thành công Đại hội Mặt trận Tổ quốc phường nhiệm kỳ 2024-2029.",
     "715: \"trong đó có 15/18 phường đã tổ chức thành công Đại hội\" (also the title). Claim 16/18. g.sh '16/18' no hit."),
    ("828_d0642a76ce86", D,
     "Sáng 25-1, LĐLĐ tỉnh Bình Dương bố trí 29 Chuyến xe Công đoàn - Xuân 2025 đưa công nhân về quê đón Tết.",
     "828: \"có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn\". Claim 29. g.sh '29 (chuyến|Chuyến)' no hit."),
    ("925_ac015b2ada6a", D,
     "Trong chương trình Tết yêu thương Xuân Giáp Thìn 2024, Trung ương Hội LHPN Việt Nam trao 70 phần quà cho gia đình chính sách, phụ nữ nghèo và trẻ em mồ côi huyện Thuận Nam.",
     "925: \"các đồng chí trong đoàn trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo, phụ nữ cao tuổi; trẻ em mồ côi ... trên địa bàn huyện Thuận Nam\". Claim 70. g.sh '70 (phần|suất) quà' no hit."),
    ("985_5ef9fa78a12a", D,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X đại diện cho gần 700 nghìn hội viên nông dân trên toàn tỉnh.",
     "985: \"304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh\". Claim gần 700 nghìn. g.sh '700 nghìn|700\\.000 hội viên' hits only 777 (700 nghìn đồng/suất), unrelated."),
    # ---------------- not_found ----------------
    ("003_c1f428e54ea5", N,
     "Hội nghị Ban Chấp hành LĐLĐ TP Hà Nội khóa XVI ngày 16/12 bầu bổ sung Chủ tịch có 35 ủy viên Ban Chấp hành tham dự.",
     "003 names the kỳ họp thứ 11 (16/12) but gives no count of BCH members present. g.sh 'Kỳ họp thứ 11' only 003; g.sh '35 (ủy|uỷ|Ủy) viên' only 1089 (33/35 Ủy viên Hội Nông dân Tiền Giang); 037 is kỳ họp thứ 9, no count; 'Nguyễn Phi Thường.{0,150}(phiếu|%)' no hit."),
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội LHPN thành phố Hà Nội khai mạc ngày 8/3/2023 tại Đan Phượng có 24 đội tham gia.",
     "1107 only: \"Vào đúng ngày 8/3, đơn vị sẽ khai mạc Giải Bóng chuyền hơi tại Nhà thi đấu huyện Đan Phượng\" - no team count. g.sh 'bóng chuyền hơi' also 1193 (Công đoàn NHCSXH, 7 bộ môn), g.sh '24 đội' no hit. Nearby figures (113 năm, 100 ngày, 75 năm) are anniversaries/campaign length."),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 200 cá nhân điển hình tiên tiến.",
     "1169: \"Đồng thời tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc. Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến được tuyên dương\" - the 01 is that hospital's share, not the congress total. g.sh 'tuyên dương.{0,60}(cá nhân|tập thể) điển hình' only 1169; '200 cá nhân' no hit."),
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi 150 đoàn viên ốm đau, gặp khó khăn.",
     "226 reports quý III/2019 activities of Công đoàn ngành Y tế Hà Nội with no counts (only 'ngày Thương binh liệt sỹ 27/7'). g.sh '150 đoàn viên' no hit; 221/228 (ngành Y tế Hà Nội chúc Tết) carry no such count."),
    ("331_94f105eec540", N,
     "Trong Tháng cao điểm Vì người nghèo năm 2023, công nhân viên chức, lao động Thủ đô đã ủng hộ qua LĐLĐ TP Hà Nội 12 tỷ đồng.",
     "331 only asks CNVCLĐ to give 'ít nhất là 1 ngày lương' (17/10-18/11/2023); no amount raised. g.sh 'Vì người nghèo.{0,150}(tỷ|tỉ|triệu)': 468 gần 11 tỷ is MTTQ/UBND Hà Nội hỗ trợ an cư, sinh kế (other counted thing), 690/691/1130 other places/years; '12 (tỷ|tỉ)' only 114 (Đắk Lắk truy thu). 643's gần 44 tỉ is Quỹ Trợ vốn disbursement to 8-2020, another thing."),
    ("366_0b8feddcd533", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội khai mạc sáng 12/10 với 450 đại biểu chính thức.",
     "366 gives no delegate count for Đại hội XVII (2020-2025). g.sh 'Đảng bộ (thành phố|TP) Hà Nội.{0,60}(đại biểu|XVII)' only mentions of Nghị quyết XVII (no count) and 812's 550 đại biểu which is Đại hội XVIII (2025-2030), another edition; '450 đại biểu' no hit."),
    ("418_1045c800d090", N,
     "Chủ tịch nước Võ Văn Thưởng đã tặng 300 suất quà cho công nhân thi công đường Vành đai 4 tại huyện Thường Tín.",
     "418: \"đến thăm, động viên và tặng quà cho công nhân thi công tuyến đường Vành đai 4-Vùng Thủ đô tại địa bàn huyện Thường Tín\" - no count. g.sh 'Vành đai 4' only 418; '300 suất quà' hits 509/510/748 (Hai Bà Trưng Chữ thập đỏ, other programmes, Gia Lai)."),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020 có 250 đại biểu chính thức.",
     "430 gives no delegate count. g.sh 'Q\\.2|Quận 2|Nguyễn Văn Hiếu' only 430 and 1048 (LĐLĐ Thủ Đức merger); '250 đại biểu' only 1210 (Đại hội Công đoàn Y tế Việt Nam 2023), another organisation."),
    ("701_43cc5508ea5a", N,
     "Bà Đào Thị Mỳ, chủ trọ ở hẻm 58 phường Tân Tạo A, quận Bình Tân có 30 phòng trọ cho công nhân thuê.",
     "701 mentions bà Mỳ's 'dãy trọ' and '15 năm qua' but no room count (the 500/286 figures are related-headline teasers). g.sh 'phòng trọ|dãy trọ' only 701; '30 phòng' no hit."),
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "240 gives no BCH size (only '1 trong 2 đơn vị tổ chức Đại hội điểm'). Near misses: 239 'Bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV' (another organisation, 2023); 662 'Ban Chấp hành ... gồm 07 đồng chí' (CĐCS Sở Công Thương Sóc Trăng); 244 '7 đồng chí' (Thanh Trì). g.sh 'văn phòng Sở Xây dựng' only 240."),
    ("822_4d275a26ab99", N,
     "Lễ phát động thi đua năm 2023 do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình chủ trì có hơn 100 người lao động tham dự.",
     "822 states only that the campaign has '02 đợt' and was witnessed by 'Trưởng các phòng nghiệp vụ, phân xưởng sản xuất' - no attendance count. g.sh 'Đoàn Tiến Cường|Nguyễn Văn Bình' only 822; '100 (người lao động|cán bộ)' no hit."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        # straight double quotes -> typographic, so the TSV needs no csv quoting
        why = why.replace('\\"', '"')
        out = []
        for x in (page_id, verdict, claim, why):
            x = unicodedata.normalize("NFC", x)
            q = []
            opened = False
            for ch in x:
                if ch == '"':
                    ch = "”" if opened else "“"
                    opened = not opened
                q.append(ch)
            x = "".join(q)
            assert "\t" not in x and "\n" not in x
            out.append(x)
        rows.append(out)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc
    print(len(rows), dict(c), len(pc), "pages")


if __name__ == "__main__":
    main()
