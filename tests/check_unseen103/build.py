#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 074 ----------------
    ("074_3aedb58932be", S,
     "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã công nhận ba đơn vị xuất sắc dẫn đầu các cụm thi đua năm 2022, trong đó có LĐLĐ TP Hà Nội, để đề nghị Chính phủ tặng Cờ thi đua năm 2023.",
     "074: 'Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã có quyết định công nhận 3 đơn vị xuất sắc dẫn đầu các cụm thi đua, đủ tiêu chuẩn tặng Cờ thi đua của Tổng LĐLĐ Việt Nam để đề nghị tặng Cờ thi đua của Chính phủ năm 2023'; '3 đơn vị tiêu biểu, xuất sắc nhất năm 2022, gồm: LĐLĐ thành phố Hà Nội ...'. ba = 3."),
    ("074_3aedb58932be", D,
     "Để chọn đơn vị đề nghị tặng Cờ thi đua của Chính phủ, Tổng LĐLĐ Việt Nam đã căn cứ kết quả bình xét suy tôn của 15 cụm, khối thi đua trực thuộc Tổng Liên đoàn năm 2022.",
     "074: 'căn cứ kết quả bình xét suy tôn của 12 cụm, khối thi đua trực thuộc Tổng Liên đoàn' -> 12, not 15. g.sh '15 cụm' = no hit; g.sh 'cụm, khối thi đua' only 074 (12) and 590 (a guideline, no count)."),
    # ---------------- 078 ----------------
    ("078_195ef83b4e19", S,
     "LĐLĐ quận 1 (TP HCM) đã vận động Công ty CP Xây dựng Kiến trúc AA hỗ trợ 40 triệu đồng để gia đình chị Nguyễn Thị Ánh Đào sửa chữa, lợp mái, nâng nền nhà.",
     "078: 'LĐLĐ quận 1, TP HCM đã vận động Công ty CP Xây dựng Kiến trúc AA hỗ trợ 40 triệu đồng để gia đình chị sửa chữa, lợp mái, nâng nền.'"),
    ("078_195ef83b4e19", D,
     "Từ đầu năm 2017 đến nay, Liên đoàn Lao động quận 1, TP Hồ Chí Minh đã trao 25 căn nhà tình thương, tình nghĩa và “Mái ấm Công đoàn” cho CNVC-LĐ và người dân khó khăn.",
     "078: 'Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và “Mái ấm Công đoàn”' -> 15, not 25. g.sh '25 căn' = no hit; g.sh 'LĐLĐ quận 1' only 078 for houses (1181 is Trung thu gifts)."),
    # ---------------- 1212 ----------------
    ("1212_1bec97bc06dc", D,
     "Đoàn kiểm tra do Chủ tịch LĐLĐ huyện Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra hồ sơ, sổ sách và các chỉ tiêu được giao của 56 công đoàn cơ sở trường học năm học 2021-2022.",
     "1212: 'kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022' (trưởng đoàn 'Lý Hồng Ngọc – Chủ tịch Liên đoàn Lao động huyện') -> 48, not 56. g.sh '56 (công đoàn|CĐCS)|56/56' = no hit."),
    # ---------------- 1243 ----------------
    ("1243_2795c7a9ce80", D,
     "Đồng chí Nguyễn Việt Hoa được bầu giữ chức Chủ tịch Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018-2023 với số phiếu đạt 90%.",
     "1243: 'bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%' -> 100%, not 90%. g.sh 'Thới Bình' only 1243; g.sh '90%.{0,40}phiếu|phiếu.{0,40}90%' = no hit."),
    ("1243_2795c7a9ce80", N,
     "Ban Chấp hành Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018-2023 gồm 19 ủy viên.",
     "1243 only speaks of 'giới thiệu nhân sự tham gia Ban Chấp hành, Ban Thường vụ' and the 100% vote; it never counts BCH members. g.sh 'Thới Bình' -> only 1243. g.sh 'Ban Chấp hành.{0,60}(gồm|có) [0-9]+ (đồng chí|ủy viên)' -> BCH sizes of other bodies only (Công đoàn Việt Nam 161 in 101, Công đoàn Giáo dục VN 36 in 169, Tỉnh đoàn Thanh Hóa, LĐLĐ thành phố 32 in 570 etc.), none for Thới Bình."),
    # ---------------- 171 ----------------
    ("171_ed616c7d5ff1", N,
     "Qua 5 năm thực hiện Chương trình 08-Ctr/TU của Thành ủy Hà Nội khóa XVI về đẩy mạnh cải cách hành chính, thành phố đã cắt giảm 250 thủ tục hành chính.",
     "171 names the three programmes (03, 06, 08-Ctr/TU) and who attended, but gives no result figure. g.sh 'thủ tục hành chính.{0,50}[0-9]|[0-9].{0,30}thủ tục hành chính' = no hit; g.sh '03-Ctr/TU|Thành uỷ khoá XVI' only 171 (103 counts Ban Thường vụ members, another thing)."),
    # ---------------- 268 ----------------
    ("268_c31d3d87a6f9", N,
     "Trong đợt cao điểm thứ nhất năm 2022 kết thúc ngày 31/5, các cấp Công đoàn Thủ đô đã kết nạp 12.000 đoàn viên trong “Lớp đoàn viên tháng Năm”.",
     "268 describes the two đợt cao điểm 2022 (to 31/5 and 1/6-31/7) and the 'Lớp đoàn viên tháng Năm' but gives no admission count. g.sh 'Lớp đoàn viên|đoàn viên tháng Năm' -> only 268; g.sh 'kết nạp.{0,60}2022|2022.{0,80}kết nạp' -> 268 and 665 (An Giang 5.124/8.000, another province)."),
    # ---------------- 280 ----------------
    ("280_21f64ea8ecb1", S,
     "Chợ Tết Công đoàn – Xuân 2026 do Liên đoàn Lao động thành phố Hà Nội tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô có quy mô khoảng 70 gian hàng.",
     "280: 'Chương trình với quy mô 70 gian hàng' (Chợ Tết Công đoàn – Xuân 2026, 7-8/2/2026, Cung Văn hóa Lao động Hữu nghị Việt Xô). 276 on the same market: 'có hơn 70 gian hàng'."),
    ("280_21f64ea8ecb1", D,
     "Tại Chợ Tết Công đoàn – Xuân 2026, LĐLĐ TP Hà Nội đã trao tặng 4.800 phiếu mua hàng cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "280: 'Liên đoàn Lao động TP. Hà Nội cũng trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'; 276 same: '3.600 phiếu mua hàng' -> 3.600, not 4.800. g.sh '4[.]800' = no hit; g.sh 'phiếu mua hàng' -> other counts are other organisers/years (458 Hòa Bình 500, 500 Phú Thọ 3.000, 762 3.000, 262 Chợ Tết 2023 5.500)."),
    # ---------------- 291 ----------------
    ("291_a74887047e6b", N,
     "Mỗi cán bộ công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được Tổng LĐLĐ Việt Nam thưởng 30 triệu đồng.",
     "291 (gặp mặt đại biểu nhận Giải thưởng Nguyễn Văn Linh lần III - 2022) and 056 (the ceremony: 63 đề cử, 10 cán bộ, 6/2/2 breakdown) never give prize money. g.sh 'Nguyễn Văn Linh' -> 291, 056, seed 002 (no money); grep -i 'triệu|tiền' in 056 and 291 = no money figure."),
    # ---------------- 312 ----------------
    ("312_8e378b3e63bf", N,
     "Trong khuôn khổ lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2017 có 40 doanh nghiệp tham gia triển lãm thiết bị bảo hộ lao động.",
     "312: 'đã diễn ra triển lãm của nhiều đơn vị, doanh nghiệp uy tín về ... thiết bị bảo hộ lao động' - no count ('nhiều'). g.sh 'triển lãm.{0,80}(doanh nghiệp|đơn vị|gian)' -> only 312; g.sh '2017.{0,60}(an toàn|ATVSLĐ)' -> 312, 369, 370 (dates and theme only, no exhibitor count)."),
    # ---------------- 319 ----------------
    ("319_7f30ae237edf", S,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an thành phố Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung.",
     "319: 'từ ngày 15/12/2025 đến ngày 16/3/2026, Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể'."),
    ("319_7f30ae237edf", D,
     "Đợt cao điểm tấn công, trấn áp tội phạm bảo vệ Đại hội XIV của Đảng, Công an TP Hà Nội đặt ra 12 nhóm chỉ tiêu cụ thể cho các đơn vị.",
     "319: '7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể' -> 10, not 12. g.sh '12 nhóm' = no hit; g.sh 'nhóm chỉ tiêu' -> 319 and 392 ('5 nhóm chỉ tiêu, với 14 chỉ tiêu cơ bản', another plan)."),
    # ---------------- 338 ----------------
    ("338_ac93a7f63ef1", D,
     "Giải Cầu lông công nhân viên chức lao động quận Thanh Xuân năm 2020 thu hút 160 vận động viên tham dự.",
     "338 (headline of the article itself): '125 vận động viên tham dự Giải Cầu lông CNVCLĐ quận Thanh Xuân 2020' -> 125, not 160. g.sh '160 vận động viên|160 VĐV' = no hit; g.sh 'Cầu lông' -> other tournaments only. Caveat: the figure is in the article's own title line, not repeated in the body."),
    ("338_ac93a7f63ef1", N,
     "Giải Cầu lông CNVCLĐ quận Thanh Xuân 2020 có 28 công đoàn cơ sở, đơn vị cử đội tham gia.",
     "338 gives only the athlete count (125) and 'tặng cờ lưu niệm cho các đơn vị tham gia' without a number of units. g.sh 'Thanh Xuân' -> seed 001 (phát động thi đua 2024, no tournament) and unrelated pages; g.sh 'Cầu lông' -> no unit count for this tournament."),
    # ---------------- 340 ----------------
    ("340_450a27d2144e", S,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028, đã đề ra mười hai chỉ tiêu.",
     "340: 'Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm'. mười hai = 12."),
    ("340_450a27d2144e", D,
     "Đại hội XII Công đoàn thành phố Hồ Chí Minh (nhiệm kỳ 2023-2028) xác định 5 khâu đột phá.",
     "340: '12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm' -> 3, not 5. g.sh '5 khâu|năm khâu' = no hit; g.sh 'khâu đột phá' -> 340, 712 (MTTQ, 3), 747 (Lâm Đồng, ba) - other bodies."),
    # ---------------- 363 ----------------
    ("363_f1b865aa72b8", N,
     "Theo kế hoạch phát động thi đua năm 2025, Liên đoàn Lao động TP Hà Nội đặt chỉ tiêu có 3.000 sáng kiến, sáng tạo của công nhân lao động được công nhận.",
     "363 lists the movements ('Lao động giỏi, lao động sáng tạo', 'Công nhân giỏi Thủ đô', 'Sáng kiến, sáng tạo Thủ đô' ...) with no target number. g.sh 'sáng kiến.{0,80}2025|2025.{0,80}sáng kiến' -> 190 (giai đoạn 2021-2025, no count) and 213 (no count); g.sh 'thi đua.{0,60}năm 2025.{0,100}[0-9]' = no hit."),
    # ---------------- 368 ----------------
    ("368_38a2bb046726", N,
     "Đại hội Công đoàn trường mầm non Dục Tú (huyện Đông Anh) nhiệm kỳ 2017-2022 có 45 đoàn viên tham dự.",
     "368 gives only the plan number (Kế hoạch 09/KH-LĐLĐ), the date 11/10/2017 and the term. g.sh 'Dục Tú|Đông Anh lần thứ X' -> only 368 (031 mentions Đông Anh lần XI, no Dục Tú)."),
    # ---------------- 474 ----------------
    ("474_7fd340fb34bb", S,
     "Dịp Tết Tân Sửu 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao ba mươi mốt suất hỗ trợ cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn.",
     "474: 'Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn'. ba mươi mốt = 31."),
    ("474_7fd340fb34bb", D,
     "Thay mặt Công đoàn Giáo dục Việt Nam, Công đoàn ngành Giáo dục Hậu Giang đã trao 10 triệu đồng cho đoàn viên Trường PTDT nội trú Him Lam bị bệnh hiểm nghèo.",
     "474: 'đại diện cho Công đoàn Giáo dục Việt Nam trao số tiền 5.000.000 đồng cho đoàn viên công đoàn Trường phổ thông dân tộc nội trú Him Lam bị bệnh hiểm nghèo' -> 5 triệu, not 10. g.sh 'Him Lam|Hậu Giang' -> 474 only for this; g.sh '10[.]000[.]000|10 triệu đồng' -> 124, 207, 294, 509 (other recipients)."),
    # ---------------- 577 ----------------
    ("577_df0527edc304", D,
     "Đoàn đại biểu Liên đoàn Lao động tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm hai mươi người.",
     "577: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người' -> 12, not 20. g.sh '20 (người|đại biểu)' -> only 1187 ('Gần 220 đại biểu', Bưu điện); g.sh 'Hưng Yên' -> no other delegation count."),
    ("577_df0527edc304", N,
     "Trong đoàn đại biểu Hưng Yên dự Đại hội XII Công đoàn Việt Nam có 5 đại biểu nữ.",
     "577 counts the whole delegation (12 người) but not women in it. g.sh 'nữ.{0,30}đại biểu|đại biểu nữ' -> 032, 143, 175 (%), 589, 720 - other congresses/bodies; g.sh 'Hưng Yên' -> nothing on this delegation's composition. 101 counts the whole Đại hội XII (947 đại biểu), another thing."),
    # ---------------- 628 ----------------
    ("628_c53b3d02e9d1", S,
     "HĐND huyện Nga Sơn (Thanh Hóa) đã bầu bổ sung ông Thịnh Văn Huyên giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 34 phiếu bầu, đạt 100%.",
     "628: 'bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%'."),
    # ---------------- 671 ----------------
    ("671_a130219f5c5a", S,
     "Đoàn BAC A BANK dự Đại hội VII Công đoàn Ngân hàng Việt Nam đã thay mặt cho hơn 3,5 nghìn người lao động của Ngân hàng TMCP Bắc Á.",
     "671: 'thay mặt cho hơn 3.500 người lao động của Ngân hàng TMCP Bắc Á tham dự Đại hội'. 3,5 nghìn = 3.500."),
    ("671_a130219f5c5a", D,
     "Trước Đại hội VII Công đoàn Ngân hàng Việt Nam nhiệm kỳ 2023-2028, khoảng 1.300 công đoàn cấp cơ sở trong ngành đã tổ chức đại hội.",
     "671: 'Đại hội công đoàn của 1.009 công đoàn cấp cơ sở và 9 công đoàn cấp trên cơ sở được diễn ra theo kế hoạch' -> 1.009, not ~1.300. g.sh '1[.]300 công đoàn|1300 công đoàn' = no hit; g.sh 'Ngân hàng Việt Nam lần thứ VII|1[.]009' -> only 671."),
    # ---------------- 689 ----------------
    ("689_d6670691ad7d", S,
     "Từ ngày 1-1 đến 30-11-2019, TP HCM đã vận động được khoảng 270 nghìn người hiến máu tình nguyện.",
     "689: 'Năm 2019, tính từ ngày 1-1 đến ngày 30-11, TP HCM đã vận động được 270.000 người hiến, đạt gần 338.000 đơn vị máu.'"),
    ("689_d6670691ad7d", D,
     "Trong đợt hiến máu tình nguyện từ 20-12-2019 đến 1-3-2020 ở TP HCM, ban chỉ đạo đã nhận được 65 nghìn túi máu.",
     "689: 'ban chỉ đạo nhận được 56.000 túi máu từ các tình nguyện viên. Thời gian thực hiện ... từ ngày 20-12 đến 1-3-2020' -> 56.000, not 65.000. g.sh '65[.]000' -> only 1089 (265.000 hội viên, unrelated); g.sh 'túi máu' -> only 689. Caveat: the page ties the ban chỉ đạo to TP HCM only through context (the rest of the article is TP HCM)."),
    # ---------------- 699 ----------------
    ("699_c94abe293db6", S,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” Xuân Ất Tỵ 2025, LĐLĐ huyện Kon Plông đã trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn.",
     "699: 'Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn. Trong đó, trao tặng 7 suất ... và 161 suất ...'."),
    ("699_c94abe293db6", D,
     "Nhân dịp Tết Ất Tỵ 2025, đồng chí Tô Văn Tám cùng lãnh đạo Đảng, Nhà nước đã gửi tặng ba mươi suất quà cho đoàn viên, người lao động khó khăn ở huyện Kon Plông.",
     "699: 'đồng chí Tô Văn Tám ... đã gửi tặng 22 suất quà cho các đoàn viên và người lao động có hoàn cảnh khó khăn trên địa bàn huyện Kon Plông' -> 22, not 30. g.sh 'ba mươi suất|30 suất' -> 128, 777 (other givers); g.sh 'Kon Plông' -> only 699."),
    # ---------------- 700 ----------------
    ("700_dd6b1b09b4e2", S,
     "Tổng số tiền Tổng LĐLĐ Việt Nam hỗ trợ đoàn viên mua sắm tại Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến là 100 tỷ đồng.",
     "700: 'mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng'; 601 same ('tổng số tiền hỗ trợ là 100 tỉ đồng')."),
    ("700_dd6b1b09b4e2", D,
     "Chương trình Chợ Tết Công đoàn – Xuân 2026 trực tuyến của Tổng Liên đoàn Lao động Việt Nam dự kiến có 300 nghìn đoàn viên tham gia.",
     "700: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình'; 601 'hỗ trợ 200.000 đoàn viên'; 687 'có 200.000 người lao động được hỗ trợ' -> 200.000, not 300.000. g.sh '300[.]000 đoàn viên|300 nghìn đoàn viên' = no hit."),
    # ---------------- 718 ----------------
    ("718_ae869d03ab67", S,
     "Sau 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy Hải Phòng, thành phố đã phát triển được hơn 213 nghìn đoàn viên công đoàn.",
     "718: '10 năm thực hiện NQ 28 ... Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên'. hơn 213 nghìn ~ 213.724."),
    ("718_ae869d03ab67", D,
     "10 năm thực hiện NQ 28 về xây dựng tổ chức Đảng, đoàn thể trong doanh nghiệp ngoài nhà nước, Hải Phòng đã thành lập được hơn 1.400 tổ chức công đoàn.",
     "718: 'thành lập được 1146 tổ chức công đoàn' -> 1.146, not >1.400. g.sh '1[.]4[0-9]{2} tổ chức công đoàn|1400 tổ chức' = no hit; g.sh '1146|1[.]146|NQ 28' -> only 718."),
    # ---------------- 725 ----------------
    ("725_89cb9434b16d", N,
     "Theo Kế hoạch 156/KH-TLĐ, trong Tháng Công nhân năm 2022 Tổng LĐLĐ Việt Nam dự kiến trao 50.000 suất quà cho công nhân lao động khó khăn trên cả nước.",
     "725 (and 722, 723 on the same plan) give the theme, plan number and 10 activities, no gift count. g.sh 'Tháng Công nhân.{0,80}(suất quà|phần quà)|(suất quà|phần quà).{0,80}Tháng Công nhân' -> 498 (a province, 2024, 106 phần quà) and 1024 (Ba Vì, 11 suất) - other organisations/years."),
    # ---------------- 787 ----------------
    ("787_47b1d60ede23", N,
     "Để tổ chức chương trình “Tết Sum vầy - Kết nối yêu thương” năm 2021, Tổng Liên đoàn Lao động Việt Nam dành 1.000 tỷ đồng chăm lo Tết cho đoàn viên, người lao động.",
     "787 gives the theme and instructions only, no budget. g.sh 'Tết.{0,60}2021.{0,100}t[ỷỉ] đồng' -> only 968 (Công đoàn tỉnh Bình Dương: 25.021 phần quà trị giá 13,4 tỉ đồng, another organisation); g.sh 'Tân Sửu' -> 088 (support decision, no amount), 335, 474, 885, 968 - none a Tổng LĐLĐ Tết 2021 budget."),
    # ---------------- 806 ----------------
    ("806_f8e0ca12c449", S,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm bốn lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh.",
     "806: 'Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh.' bốn = 4."),
    # ---------------- 816 ----------------
    ("816_99327ccdb464", D,
     "Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2024 ngành Nội vụ do Giám đốc Sở Nội vụ Trần Thị Kim Hoa chủ trì được kết nối tới điểm cầu của 25 huyện, thị xã, thành phố.",
     "816: 'Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ' -> 18, not 25. g.sh '25 (huyện|điểm cầu)' = no hit; g.sh 'Sở Nội vụ|18 huyện' -> no other count for this conference."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for pid, verdict, claim, why in rows:
            assert verdict in (S, D, N)
            for field in (claim, why):
                assert "\t" not in field and "\n" not in field and '"' not in field
            w.writerow([nfc(pid), verdict, nfc(claim), nfc(why)])
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
