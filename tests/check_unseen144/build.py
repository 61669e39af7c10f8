#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check test set (unseen144).
Plain Python: csv + unicodedata only. Output NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("023_e0590f1ed7e4", S,
     "Tính đến cuối tháng 4/2023, các công đoàn cơ sở thuộc Công đoàn ngành NN&PTNT Hà Nội đã bầu ra 128 đại biểu đi dự Đại hội Công đoàn ngành lần thứ VI.",
     "023_e0590f1ed7e4: 'tính đến ngày 26/4/2023, Công đoàn ngành đã chỉ đạo 30/30 Công đoàn cơ sở tổ chức thành công Đại hội ... bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI'"),
    ("078_195ef83b4e19", S,
     "Từ đầu năm 2017 đến nay, Liên đoàn Lao động quận 1 (TP Hồ Chí Minh) đã trao mười lăm căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" cho CNVC-LĐ, người dân khó khăn.",
     "078_195ef83b4e19: 'Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" cho CNVC-LĐ, người dân khó khăn' (spelled-out mười lăm = 15)"),
    ("1144_3a7da2e087d5", S,
     "Trên địa bàn huyện Đức Trọng (Lâm Đồng) hiện vẫn còn hơn 530 hộ nghèo cần được giúp đỡ.",
     "1144_3a7da2e087d5 (Tháng cao điểm Vì người nghèo 2023): 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo' (hơn 530 ~ 533)"),
    ("215_3826a48fe31a", S,
     "Trong 5 năm (2015 – 2020), các phong trào thi đua do các cấp Công đoàn Viên chức thành phố phát động đã có hơn 2.000 sáng kiến, cải tiến kỹ thuật được công nhận.",
     "215_3826a48fe31a: 'các phong trào thi đua yêu nước do các cấp Công đoàn Viên chức phát động ... với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận' (hơn 2.000 ~ 2.002). The page does not name the city."),
    ("246_cb2766c7a822", S,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên quy tụ 32 doanh nghiệp, đơn vị.",
     "246_cb2766c7a822: 'Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp.'"),
    ("454_1d07a29fe95c", S,
     "Tính cả năm 2021, tổng trị giá các nhà Mái ấm Công đoàn mà LĐLĐ TP Đà Nẵng trao tặng là hơn 1,5 tỷ đồng.",
     "454_1d07a29fe95c: 'Tính cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15) với tổng trị giá 1.530.000.000 đồng.' (hơn 1,5 tỷ ~ 1,53 tỷ)"),
    ("609_dfc9aa12900d", S,
     "Gần một nghìn đoàn viên, thanh niên đã tham gia lễ ra quân chiến dịch \"Kỳ nghỉ hồng\", \"Hành quân xanh\" năm 2024 do Thành đoàn Hà Nội tổ chức tại huyện Đông Anh.",
     "609_dfc9aa12900d: 'Ngày 25.6, Thành đoàn Hà Nội tổ chức ra quân Chiến dịch \"Kỳ nghỉ hồng\", \"Hành quân xanh\" năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên.'"),
    ("630_4a010a274cfc", S,
     "Đại hội Công đoàn ngành Y tế tỉnh Bến Tre lần thứ XI (tháng 7/2023) có 196 đại biểu chính thức tham dự.",
     "630_4a010a274cfc: '... cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự.'"),
    ("718_ae869d03ab67", S,
     "Qua 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy, Hải Phòng đã thành lập được 1 146 tổ chức công đoàn trong các doanh nghiệp ngoài nhà nước, hợp tác xã, đơn vị sự nghiệp ngoài công lập.",
     "718_ae869d03ab67: '10 năm thực hiện NQ 28 ... Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên'"),
    ("753_e38d5510a744", S,
     "Giai đoạn 2023 – 2025, các cấp công đoàn tỉnh Tây Ninh đã xây dựng 243 căn \"Mái ấm Công đoàn\" cho người lao động khó khăn.",
     "753_e38d5510a744: 'Tính chung giai đoạn 2023-2025 ... Các cấp công đoàn trong tỉnh xây dựng 243 \"Mái ấm Công đoàn\", với tổng kinh phí gần 15,6 tỉ đồng'"),
    ("793_a83971f85d67", S,
     "Nhân Ngày Quốc tế Thiếu nhi 1/6/2023, Huyện Đoàn Phú Tân đã vận động và trao tặng 400 phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793_a83971f85d67: 'Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt'"),
    ("983_245bc105cc74", S,
     "Dịp Tết 2022, chương trình của Trung ương Đoàn đưa 2 nghìn sinh viên, thanh niên công nhân, người lao động khó khăn về quê đón Tết bằng xe, tàu, máy bay miễn phí.",
     "983_245bc105cc74 (date 2022-01): 'chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí'"),
    ("985_5ef9fa78a12a", S,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028 có hơn 300 đại biểu tham dự.",
     "985_5ef9fa78a12a: 'Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028. Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên' (hơn 300 ~ 304)"),

    # ---------------- differs ----------------
    ("078_195ef83b4e19", D,
     "Tổng kinh phí LĐLĐ quận 1, TP HCM dành cho các căn nhà tình thương, tình nghĩa và Mái ấm Công đoàn từ đầu năm 2017 đến nay vào khoảng 900 triệu đồng.",
     "078_195ef83b4e19 states 'với tổng kinh phí gần 600 triệu đồng' (15 căn since 2017). Grep '900 triệu' over corpus: only 1182 (ngành CĐ hỗ trợ 1.800 đoàn viên 2016), unrelated; 'quận 1' money elsewhere: none."),
    ("109_ef0d90601316", D,
     "Vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng, Hà Nội) tối 30/7/2020 đã khiến 6 công nhân tử vong.",
     "109_ef0d90601316: 'vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ' / '3 người tử vong tại chỗ, anh Đặng Đình Thắng ... tử vong sau đó'. 282_cf806c00183e (same accident) also says '4 nạn nhân tử vong'. Grep '6 công nhân|sáu công nhân|6 người tử vong': nothing."),
    ("1130_b874a926a657", D,
     "Ngày 28-9-2020, Văn phòng Đoàn ĐBQH - HĐND và Văn phòng UBND TP HCM phát động ủng hộ Quỹ \"Vì người nghèo\", các đơn vị đã đóng góp hơn 120 triệu đồng.",
     "1130_b874a926a657: 'Cùng ngày, Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP đã tổ chức phát động ủng hộ Quỹ \"Vì người nghèo\" TP. Các đơn vị đã ủng hộ số tiền gần 77 triệu đồng.' Grep '120 triệu': only 106 (thưởng sáng kiến), unrelated."),
    ("1147_b5a785ed6f78", D,
     "Chợ Tết Công đoàn năm 2025 do Liên đoàn Lao động TP. Nha Trang tổ chức từ ngày 10-1 có quy mô mười hai gian hàng.",
     "1147_b5a785ed6f78: 'chợ Tết Công đoàn có quy mô gồm 7 gian hàng, trong đó có 1 gian hàng 0 đồng, 1 gian hàng không lợi nhuận và 5 gian hàng giảm giá'. Grep '12 gian hàng': nothing (761 has '20 - 30 gian hàng' for Quảng Ninh 2023, another event)."),
    ("1181_5c58fd030683", D,
     "Trong chương trình \"Đêm trăng ấm áp\" dịp Trung thu 2022, Liên đoàn Lao động quận 1 (TPHCM) đã trao 460 phần quà cho con công nhân lao động, trẻ mồ côi khó khăn.",
     "1181_5c58fd030683: 'Liên đoàn Lao động quận 1 tổ chức chương trình \"Đêm trăng ấm áp\", trao 640 phần quà đến con công nhân lao động, trẻ mồ côi hoàn cảnh khó khăn (350.000 đồng/phần).' Grep '460': only 114 (460 đội tiêm), unrelated."),
    ("215_3826a48fe31a", D,
     "Dịp tổng kết giai đoạn 2015 – 2020, Công đoàn Viên chức thành phố đã biểu dương 76 cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước.",
     "215_3826a48fe31a: 'Công đoàn Viên chức thành phố biểu dương 25 tập thể, 67 cá nhân là những điển hình tiên tiến trong phong trào thi đua yêu nước; khen thưởng 11 tập thể, 25 cá nhân' (67 vs 76). Grep '76 cá nhân': nothing."),
    ("252_f6a3b7378def", D,
     "LĐLĐ thị xã Sơn Tây (Hà Nội) hiện trực tiếp quản lý khoảng 15 nghìn đoàn viên công đoàn.",
     "252_f6a3b7378def: 'LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên.' Grep '15 nghìn đoàn viên|15.000 đoàn viên': nothing; no other page counts Sơn Tây đoàn viên."),
    ("454_1d07a29fe95c", D,
     "Trong đợt 2 năm 2021, Liên đoàn Lao động TP Đà Nẵng đã trao nhà Mái ấm Công đoàn cho 23 đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "454_1d07a29fe95c: 'trao tặng nhà Mái ấm Công đoàn đợt 2 năm 2021 cho 32 đoàn viên, người lao động có hoàn cảnh khó khăn' (21 sửa chữa + 11 xây mới). Grep '23 đoàn viên': nothing; 491 (Hòa Vang, Đà Nẵng) has no count of this batch."),
    ("578_5debbd11f60b", D,
     "Ngày làm việc thứ nhất, Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Đoàn Chủ tịch Đại hội gồm mười một đồng chí.",
     "578_5debbd11f60b: 'bầu Đoàn Chủ tịch Đại hội gồm 9 đồng chí, bầu Đoàn thư ký gồm 2 đồng chí và bầu Ban thẩm tra tư cách đại biểu gồm 7 đồng chí.' Grep '11 đồng chí': 348 (Sóc Sơn BTV 1978), 593 (Đại hội phụ nữ Hà Nội), 808, 887 -- all other bodies, none Hưng Yên."),
    ("630_4a010a274cfc", D,
     "Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI đã bầu Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm 19 thành viên.",
     "630_4a010a274cfc: 'Đại hội bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 15 thành viên'. Grep '19 (ủy viên|thành viên|đồng chí)': only 808 (BTV Thành Đoàn), unrelated."),
    ("689_d6670691ad7d", D,
     "Trong đợt hiến máu tình nguyện dịp Tết từ ngày 20-12-2019 đến 1-3-2020 ở TP HCM, ban chỉ đạo nhận được 65.000 túi máu từ các tình nguyện viên.",
     "689_d6670691ad7d: 'ban chỉ đạo nhận được 56.000 túi máu từ các tình nguyện viên. Thời gian thực hiện các chương trình hiến máu tình nguyện từ ngày 20-12 đến 1-3-2020.' (TP HCM from the same article). Grep '65.000|65 nghìn': only 1089 (265.000 hội viên), unrelated."),
    ("718_ae869d03ab67", D,
     "Sau 10 năm thực hiện NQ 28, Hải Phòng đã phát triển được hơn 240 nghìn đoàn viên công đoàn ở khu vực doanh nghiệp ngoài nhà nước, HTX và đơn vị ngoài công lập.",
     "718_ae869d03ab67: 'thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên'. Grep '240 nghìn|240.000': nothing; 'NQ 28|Nghị quyết 28' only on 718."),
    ("753_e38d5510a744", D,
     "Các cấp công đoàn tỉnh Tây Ninh đã dành gần 25 tỉ đồng để xây dựng \"Mái ấm Công đoàn\" trong giai đoạn 2023 – 2025.",
     "753_e38d5510a744: 'xây dựng 243 \"Mái ấm Công đoàn\", với tổng kinh phí gần 15,6 tỉ đồng'. Grep '25 tỉ|25 tỷ': nothing; no other Tây Ninh Mái ấm money."),
    ("889_093a5732a7fa", D,
     "Thực hiện Nghị quyết 02 của Ban Thường vụ Tỉnh ủy, Huyện ủy Đô Lương đã quyết định luân chuyển chín cán bộ.",
     "889_093a5732a7fa: 'Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ.' (title 'Đô Lương: Luân chuyển 7 cán bộ'). Grep 'Đô Lương' only on 889; '9 cán bộ|chín cán bộ' only 576 (tuyên dương 9 cán bộ CĐ), unrelated."),
    ("983_245bc105cc74", D,
     "Dịp Tết 2022, T.Ư Đoàn hỗ trợ 1.500 sinh viên, thanh niên công nhân tiêu biểu, người lao động khó khăn không có điều kiện về quê đón Tết.",
     "983_245bc105cc74: 'Đồng thời hỗ trợ cho 800 sinh viên, thanh niên công nhân tiêu biểu, người lao động có hoàn cảnh khó khăn ... không có điều kiện về quê đón tết cùng gia đình.' Grep '1.500 (sinh viên|thanh niên)': only 727 ('hơn 1.500 thanh niên tỉnh Quảng Bình', another event)."),
    ("998_d6cbe319eeca", D,
     "Trong đợt tuần 7, 8 của Chiến dịch Thanh niên tình nguyện hè 2023, toàn Đoàn đã tổ chức được hơn 31 nghìn đội hình tình nguyện.",
     "998_d6cbe319eeca: 'Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên'. Grep '31 nghìn|31.xxx đội': nothing."),

    # ---------------- not_found ----------------
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 – 2023 có 250 đại biểu chính thức về dự.",
     "009_9bbc26544534 gives no delegate count (only guests and '5 năm'). Grep 'Y tế Hà Nội' (009,118,139,144,182,221,222,226,228,230,502): no delegate count for Đại hội XVI. Grep '250 đại biểu': only 1210 = Đại hội Công đoàn Y tế Việt Nam lần thứ XIV (2023), another organisation and edition."),
    ("023_e0590f1ed7e4", N,
     "Đại hội Công đoàn ngành NN&PTNT Hà Nội lần thứ VI đã bầu Ban Chấp hành khóa mới gồm 21 ủy viên.",
     "023_e0590f1ed7e4 is a preparatory meeting (Đại hội 'dự kiến diễn ra trong ngày 9/6/2023'); its '211 Ủy viên Ban Chấp hành' are the total elected by the 30 CĐCS congresses, not the ngành BCH; '4 Tiểu ban' are committees. 204 (Đại hội lần thứ V) gives no BCH size; 254 gives 41 CĐCS / gần 7.000 đoàn viên (2013-2018). Grep '21 ủy viên': nothing."),
    ("1107_8a955dc47044", N,
     "Hưởng ứng \"Tuần lễ áo dài\" năm 2023, Hội Liên hiệp Phụ nữ thành phố Hà Nội đã vận động 10.000 hội viên, nữ CNVCLĐ cùng mặc áo dài.",
     "1107_8a955dc47044 names the 'Tuần lễ áo dài' (1/3–8/3) with no participant count; its figures are 113 năm, 100 ngày, 75 năm (anniversaries). Grep 'áo dài': 003 corpus (17.000 bộ áo dài donated by Công đoàn Thủ đô), 059 (gần 1.500 bộ áo dài, Long Biên), 544, 545, 1225, 1261 -- garments donated or other units, no count of women wearing áo dài for Hội LHPN Hà Nội. Grep '10.000 hội viên': nothing."),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 150 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
     "1169_2df73ad10d97 only says 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc' and 'Bệnh viện C Đà Nẵng đã có 01 cá nhân ... được tuyên dương' (one hospital's count, not the total). Grep 'thi đua yêu nước ngành Y' only 1169; 'tuyên dương [0-9]+' hits are Công nhân giỏi Thủ đô / Bình Dương; '150 tập thể': nothing."),
    ("148_8ca3abe46cd0", N,
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ tỉnh Tiền Giang lần thứ 23 năm 2023 có 28 đội thi tham gia.",
     "148_8ca3abe46cd0 names the Hội thi lần thứ 23 but counts no teams (its numbers: lần thứ 23, năm thứ 12, năm thứ 7). 1082 (Hội thi lần thứ 20, 2020, another edition) also gives no team count. Grep '28 đội': nothing."),
    ("169_990fba4964f3", N,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV, nhiệm kỳ 2018 – 2023 có 400 đại biểu chính thức tham dự.",
     "169_990fba4964f3 counts only the BCH khóa XV ('gồm 36 đồng chí'), not delegates. Grep 'Giáo dục Việt Nam' pages (024,120,298,474,664,1004,1042): no delegate count for this congress. Grep '400 đại biểu': 529 (Đại hội CĐ Đồng Nai XI) and 815 (Công đoàn Bộ Tư pháp), other organisations."),
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025 – 2030 có 300 đại biểu chính thức tham dự.",
     "342_c57c16d17991 names the congress (19.8.2025) but gives no delegate count. 079_e6ebd6fda2ad (same congress) counts BCH ('dự kiến có 29-33 người, hiện đã chỉ định 21 người'), BTV ('đã chỉ định 9 người') and '800.000 đoàn viên' target -- not delegates. Grep '300 đại biểu': 466, 571, 742 (Đà Nẵng CĐ), 743 (Khánh Hòa) -- other events."),
    ("457_01a1febb948b", N,
     "Trong năm 2020, Liên đoàn Lao động tỉnh Tiền Giang đã bàn giao tổng cộng 30 căn \"mái ấm Công đoàn\" cho đoàn viên khó khăn.",
     "457_01a1febb948b is about ONE house (chị Ngô Thị Pha: '56 m2, kinh phí 60 triệu đồng ... hỗ trợ 40 triệu đồng'); no yearly total. Grep 'Tiền Giang' + mái ấm only 457; '30 căn|30 mái ấm|30 nhà': nothing."),
    ("584_5a1df402fe8b", N,
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang lần thứ 11, khóa X ngày 6/9/2021 đã bầu bổ sung 3 ủy viên Ban Chấp hành.",
     "584_5a1df402fe8b says the meeting was held 'để bầu bổ sung ủy viên ban chấp hành, ủy viên ban thường vụ, chức danh Chủ tịch' but gives no count; its only count is '22 đồng chí trong Ban Chấp hành ... dự hội nghị' (attendees). Grep 'Kiên Giang': only 584; 'bầu bổ sung' hits 003, 037 (LĐLĐ Hà Nội), 088 (4 đồng chí, Tổng LĐLĐ khóa XII) -- other bodies."),
    ("761_0759299e56e8", N,
     "Chợ Tết công đoàn năm 2023 tại TP Cẩm Phả (Quảng Ninh) dự kiến tặng 500 phiếu mua hàng giảm giá cho đoàn viên, người lao động.",
     "761_0759299e56e8 mentions 'phiếu mua hàng giảm giá' without a count (its counts: 22 tỉnh, thành phố; khoảng 2.000 người lao động; 20 - 30 gian hàng). Grep '500 phiếu': only 458 ('Chợ Tết Công đoàn - Xuân 2026 ... tặng 500 phiếu mua hàng 0 đồng'), another edition/place. 'Cẩm Phả|TKV' elsewhere: 530, 531, 607, unrelated."),
    ("813_11d663308583", N,
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII, nhiệm kỳ 2025 – 2030 gồm 74 ủy viên.",
     "813_11d663308583 counts '4 Phó bí thư Thành ủy', not BCH members. 812 (same congress) gives '550 đại biểu', 'gần 50 vạn đảng viên', '4 Phó Bí thư'; 105 lists names. Grep '74 (đồng chí|ủy viên)': only 103 = BCH khóa XVI (2015, 'bầu 74 đồng chí (khuyết 2 người)'), another edition."),
]


def curly(s):
    # straight double quotes -> typographic pairs, so no field needs TSV quoting
    out, opened = [], False
    for ch in s:
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def nfc(s):
    return unicodedata.normalize("NFC", curly(s))


def main():
    rows = [tuple(nfc(x) for x in c) for c in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
        assert '"' not in "".join(r), r
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    print("pages:", len(set(r[0] for r in rows)), "max/page:", max(Counter(r[0] for r in rows).values()))


if __name__ == "__main__":
    main()
