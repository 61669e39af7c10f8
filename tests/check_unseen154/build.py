#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the ldtd check blind test set unseen154."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 050 Ba Vì Mái ấm Công đoàn
    ("050_d054ada0f9d5", "differs",
     "Từ Quỹ \"Mái ấm Công đoàn\", Liên đoàn Lao động TP Hà Nội đã hỗ trợ 50 triệu đồng để gia đình cô giáo Mai Thị Lương (Trường Mầm non Cổ Đô, Ba Vì) sửa nhà.",
     "050_d054ada0f9d5: \"trị giá trên 118 triệu đồng, trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\" của LĐLĐ thành phố Hà Nội\" -> 30 triệu, not 50. g.sh 'Mai Thị Lương' only hits 050; '50 triệu' hits other Mái ấm cases (520 LĐLĐ tỉnh Trần Thị Anh, 1221, 491 Đà Nẵng) never this family."),
    # ---------------- 073 CĐ ngành Xây dựng HN, Lại Hải Yến
    ("073_38aec1dd2ed1", "not_found",
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình chị Lại Hải Yến, công nhân vệ sinh môi trường qua đời do tai nạn.",
     "073 says only \"đã tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến\" with no amount; its figures are birth years (1972, 2007), 'Tổ Môi trường 10', dates. g.sh 'Lại Hải Yến' hits only 073; g.sh 'Xây dựng Hà Nội.{0,250}triệu đồng' -> only 054 (159 đoàn viên, another programme)."),
    # ---------------- 091 CĐ Giáo dục HN hỗ trợ 2 giáo viên
    ("091_e664206785ba", "differs",
     "Trong chuyến thăm ngày 17/8/2020, Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ tổng cộng 25 triệu đồng cho hai giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì.",
     "091_e664206785ba: \"Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng\" -> 15, not 25. g.sh '25 triệu' hits 048 (Mái ấm La Phù), 163, 545, 793 — none about these teachers; 'Hoàng Thị Nga|Đoàn Mạnh Cường' only 091."),
    # ---------------- 1011 TNTN hè 2017
    ("1011_df3f51afbfe1", "differs",
     "Trong chiến dịch thanh niên tình nguyện hè 2017, thanh niên tình nguyện cả nước đã xây mới 160 cây cầu giao thông.",
     "1011_df3f51afbfe1: \"xây dựng mới 138 cầu giao thông và 660 cầu dân sinh\" (hè 2017) -> 138, not 160. g.sh '160 cầu|160 cây cầu' no hit; 'cầu giao thông' only 1011 and 1012 (22 cây cầu, a local campaign)."),
    ("1011_df3f51afbfe1", "not_found",
     "Chiến dịch thanh niên tình nguyện hè 2017 đã trồng mới hơn 5 triệu cây xanh trên cả nước.",
     "1011 (hè 2017 results) counts km đường, cầu, tuyến phố, nhà, người khám bệnh, sân chơi — no trees. g.sh 'cây xanh': 550 '6 triệu cây xanh' is the 2023 TARGET (another edition); 547 (165.214 cây, one province 2023), 644, 777, 790 other units/years. 'hè 2017' only 1011."),
    # ---------------- 108 Giải thưởng Tôn Đức Thắng
    ("108_8baf26df659f", "supported",
     "Sau 18 năm tổ chức, Giải thưởng Tôn Đức Thắng đã tôn vinh một trăm chín mươi mốt kỹ sư, công nhân có sáng kiến, cải tiến trong công việc.",
     "108_8baf26df659f: \"Qua 18 năm tổ chức, giải thưởng đã tôn vinh 191 kỹ sư, công nhân có sáng kiến, cải tiến trong công việc.\""),
    # ---------------- 1129 EVN NPC
    ("1129_6f068af9295a", "supported",
     "Trong Tháng Công nhân 2016, Ban Thường vụ Công đoàn EVN NPC đã đến thăm, tặng quà cho 6 đơn vị điện lực thuộc các công ty Điện lực Cao Bằng, Thái Nguyên, Hòa Bình, Lào Cai và Thanh Hóa.",
     "1129_6f068af9295a: \"đến thăm và tặng quà cho 6 đơn vị: Điện lực Hòa An và Điện lực Thành phố Cao Bằng, Điện lực Phổ Yên ..., Điện lực Kim Bôi ..., Điện lực Bảo Thắng ... và Điện lực Đông Sơn\"."),
    # ---------------- 112 sập giàn giáo Đan Phượng
    ("112_a56b33b2aa7d", "differs",
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng (Hà Nội) chiều 8/9/2018 đã làm 3 người tử vong.",
     "112_a56b33b2aa7d body: \"một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương\" -> 2, not 3. g.sh '3 người (tử vong|...)|ba người' hits 109 (sàn nâng gãy), 111 (đứt cáp vận thăng), 294 (Quốc Oai 2024) — other accidents; 'Hồng Hà|giàn giáo' in Đan Phượng only 112."),
    # ---------------- 1162 CĐ ngành GTVT HN
    ("1162_f63ea6510168", "differs",
     "Công đoàn ngành Giao thông vận tải Hà Nội hiện quản lý 39 công đoàn cơ sở trực thuộc.",
     "1162_f63ea6510168: \"CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên\" -> 29 CĐCS, not 39. g.sh '(29|39) (CĐ|công đoàn) cơ sở' and '(GTVT|Giao thông).{0,200}(CĐ cơ sở|công đoàn cơ sở|CĐCS)' -> only 1162 gives a count (29)."),
    # ---------------- 148 Tiền Giang hội thi lần 23
    ("148_8ca3abe46cd0", "not_found",
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang năm 2023 có 24 đội tham gia.",
     "148 only gives ordinals ('lần thứ 23', 'năm thứ 12', 'năm thứ 7') and no count of đội. g.sh 'Tiền Giang' -> 1082 is Hội thi lần thứ 20 (another edition, no team count); g.sh 'đội thi|đội dự thi' -> 1081 (19 đội, Khánh Hòa 2024), 316 (39 đội, Hà Nội) — other provinces/events."),
    # ---------------- 169 CĐ Giáo dục VN Đại hội XV
    ("169_990fba4964f3", "differs",
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018 - 2023 gồm 41 ủy viên.",
     "169_990fba4964f3: \"bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ 2018 - 2023 gồm 36 đồng chí\" -> 36, not 41. g.sh '41 (ủy viên|đồng chí)' no hit."),
    ("169_990fba4964f3", "not_found",
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV, nhiệm kỳ 2018-2023 có 350 đại biểu chính thức tham dự.",
     "169 counts only the BCH (36 đồng chí); no delegate count. g.sh 'Giáo dục Việt Nam' -> 169 only for Đại hội XV; g.sh 'đại biểu chính thức' -> 298 (200 đại biểu, CĐ ngành Giáo dục đào tạo Hà Nội — another congress), 092/307 (550, CĐ TP Hà Nội), others other congresses."),
    # ---------------- 189 CĐ ngành Xây dựng HN ATVSLĐ
    ("189_db25eb366620", "supported",
     "Tại lễ phát động Tháng hành động ATVSLĐ năm 2019, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     "189_db25eb366620 body: \"Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018\"."),
    ("189_db25eb366620", "not_found",
     "Lớp tập huấn công tác bảo hộ lao động năm 2019 do Công đoàn ngành Xây dựng Hà Nội tổ chức có 150 cán bộ, đoàn viên tham dự.",
     "189 says only \"tổ chức chức lớp tập huấn cho các cán bộ, đoàn viên về công tác bảo hộ lao động\" — no participant count (its figures are 38 tập thể, 37 cá nhân khen thưởng). g.sh 'tập huấn.{0,80}(cán bộ|học viên)' -> seed 001 (gần 250 cán bộ, CĐ Viên chức VN/Bộ Nội vụ, Quốc Oai) — another organiser/event."),
    # ---------------- 243 Long Biên ngày hội VHTT
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội \"Văn hóa - Thể thao\" năm 2019 của Công đoàn quận Long Biên có 36 đội tham gia thi đấu.",
     "243 counts people (1.400 đoàn viên in headline) and anniversaries (90 năm, 73 năm), not teams ('các đội tham dự' without number). g.sh 'Long Biên.{0,200}(đội|môn|vận động viên)' no hit."),
    # ---------------- 246 Cụm thi đua Long Biên
    ("246_cb2766c7a822", "supported",
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có tổng cộng 32 đơn vị, doanh nghiệp tham gia.",
     "246_cb2766c7a822: \"Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua ... trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp.\""),
    # ---------------- 265 Sáng - Xanh - Sạch - Đẹp
    ("265_98024dc6bc76", "not_found",
     "LĐLĐ thành phố Hà Nội đặt mục tiêu xây dựng 300 mô hình CNVCLĐ tham gia bảo vệ môi trường trong phong trào thi đua \"Sáng - Xanh - Sạch - Đẹp\".",
     "265 only sets percentage targets (100% cán bộ... được tuyên truyền; 100% CĐCS ít nhất 1 hoạt động; 100% LĐLĐ quận huyện có kế hoạch) and says \"triển khai xây dựng các mô hình CNVCLĐ tham gia bảo vệ môi trường\" with no number. g.sh 'mô hình CNVCLĐ|mô hình.{0,40}bảo vệ môi trường' -> only 265 (no count); 'Sáng - Xanh' -> 547 (84 tuyến phố, Đoàn, another campaign)."),
    # ---------------- 278 đối thoại KCN&CX 2016
    ("278_ca99d72144c8", "differs",
     "Buổi đối thoại năm 2016 giữa Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung với công nhân các KCN&CX Hà Nội có hơn 2.500 công nhân lao động tham dự.",
     "278_ca99d72144c8: \"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội\" -> hơn 1000, not hơn 2.500. g.sh '2.500 (CNLĐ|công nhân)' no hit; 'hơn (2.000|2000|1000|1.000) (CNLĐ|công nhân)' -> 007 (2021 Tháng Công nhân launch, another event), 1162."),
    # ---------------- 340 Đại hội CĐ TP.HCM XII
    ("340_450a27d2144e", "supported",
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023 - 2028 xác định ba khâu đột phá.",
     "340_450a27d2144e: \"Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm\". (712 MTTQ and 747 Lâm Đồng also have 3 khâu đột phá but other organisations.)"),
    # ---------------- 457 Tiền Giang mái ấm
    ("457_01a1febb948b", "supported",
     "Căn nhà \"Mái ấm Công đoàn\" mà LĐLĐ tỉnh Tiền Giang bàn giao cho cô giáo Ngô Thị Pha (TX. Cai Lậy) được xây với kinh phí 60 triệu đồng.",
     "457_01a1febb948b: \"Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng\"."),
    ("457_01a1febb948b", "not_found",
     "Trong năm 2020, LĐLĐ tỉnh Tiền Giang đã bàn giao tổng cộng 15 căn \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở.",
     "457 is about one house (56 m2, 60 triệu, 40 triệu from Xổ số kiến thiết); it gives no yearly count of houses. g.sh 'mái ấm' filtered for 'Tiền Giang' -> only 457's three lines; 520 ('Mái ấm công đoàn thứ 4 trong năm 2020') is another province's LĐLĐ; g.sh '15 căn' -> 078 (LĐLĐ quận 1 TP HCM, 2017, 15 căn nhà tình thương/Mái ấm) — other organisation and year."),
    # ---------------- 475 CĐ Giáo dục TP HCM - Lý Sơn
    ("475_0af186189d4d", "differs",
     "Công đoàn Giáo dục TP Hồ Chí Minh đã tặng 80 chiếc cặp cho học sinh huyện đảo Lý Sơn trước thềm năm học mới 2019.",
     "475_0af186189d4d: \"CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập\" -> 62, not 80. g.sh '80 (chiếc )?cặp' no hit; 'Lý Sơn' only 475."),
    # ---------------- 504 Chợ Tết CĐ 2026 (31/1-1/2)
    ("504_7a8b75f0dd5a", "differs",
     "Ngay từ sáng sớm ngày 31/1/2026, hơn 4.000 đoàn viên, công nhân lao động Thủ đô đã có mặt tham dự \"Chợ Tết Công đoàn năm 2026\".",
     "504_7a8b75f0dd5a: \"Chương trình “Chợ Tết Công đoàn năm 2026” diễn ra trong hai ngày 31/1-1/2/2026 ... Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình\" -> hơn 2.400, not hơn 4.000. g.sh '4.000 đoàn viên' -> 495 (Xuân tình nguyện TP.HCM), 706, 743 — unrelated; 107 (same Thiên Lộc market plan) gives 6.000 suất quà and ~50 gian hàng, no attendance; 276/280 are the 7-8/2 market at Cung Việt Xô."),
    # ---------------- 507 CĐ Viên chức HN GVNĐVN 2020
    ("507_60ef7af69b3d", "differs",
     "Tại hội nghị tổng kết ngày 18/3/2021, Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 98 cá nhân xuất sắc trong phong trào thi đua \"Giỏi việc nước, đảm việc nhà\" năm 2020.",
     "507_60ef7af69b3d: \"Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020\" -> 88, not 98. g.sh '(88|98) cá nhân' -> only 507 with 88."),
    # ---------------- 510 Chân Mây - Lăng Cô
    ("510_791395671be2", "supported",
     "Chương trình \"Tết Nhân ái\" tại xã Chân Mây - Lăng Cô đã trao quà Tết với tổng trị giá 240 triệu đồng cho hộ nghèo, cận nghèo và người khó khăn.",
     "510_791395671be2: \"ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng, dành cho các hộ nghèo, hộ cận nghèo...\"."),
    # ---------------- 527 Bắc Ninh
    ("527_0809e797015b", "differs",
     "Liên đoàn Lao động tỉnh Bắc Ninh hiện có 3.450 tổ chức công đoàn cơ sở sau khi mô hình chính quyền địa phương 2 cấp đi vào hoạt động.",
     "527_0809e797015b: \"Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên\" -> 2.450, not 3.450. g.sh '2.450|3.450' -> only 527 (2.450); 525 (Bắc Ninh Đại hội I, Dec 2025) gives no CĐCS count."),
    # ---------------- 550 TNTN hè 2023 plan
    ("550_47914fdae7e5", "supported",
     "Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất sáu triệu cây xanh trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
     "550_47914fdae7e5: \"Một số chỉ tiêu Trung ương Đoàn đặt ra gồm: ... trồng mới ít nhất 6 triệu cây xanh\" (Chiến dịch TNTN hè năm 2023)."),
    # ---------------- 577 Hưng Yên đoàn đại biểu ĐH XII CĐVN
    ("577_df0527edc304", "differs",
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm 15 người, đại diện cho CNVCLĐ trên địa bàn tỉnh.",
     "577_df0527edc304: \"Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người\" -> 12, not 15. g.sh 'Hưng Yên' -> 425, 577, 578, 786, 985; none gives 15 for this delegation."),
    # ---------------- 578 Hưng Yên Đại hội XIX
    ("578_5debbd11f60b", "supported",
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023 – 2028 có 289 đại biểu chính thức về dự.",
     "578_5debbd11f60b: \"289 đại biểu chính thức đại diện cho gần 200 nghìn cán bộ, đoàn viên, công nhân, viên chức, lao động trong tỉnh\" ."),
    ("578_5debbd11f60b", "not_found",
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Ban Chấp hành LĐLĐ tỉnh khóa XIX gồm 35 ủy viên.",
     "578 covers only the first working day: Đoàn Chủ tịch 9, Đoàn thư ký 2, Ban thẩm tra tư cách 7 — no BCH count. g.sh 'Ban Chấp hành.{0,80}(khóa XIX|khoá XIX)' -> Hoàn Kiếm (seed 000), Hai Bà Trưng 237 (21), Nghệ An 523 (14 chỉ định), Tỉnh Đoàn Thanh Hóa 1086 (44) — other organisations."),
    # ---------------- 585 Bình Hòa Phước
    ("585_b22d53f788ab", "differs",
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành mới gồm bảy đồng chí.",
     "585_b22d53f788ab: \"Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c, bầu đại biểu dự Đại Hội cấp trên là 2 đ/c, dự khuyết là 01 đ/c\" -> 5, not 7. g.sh 'Bình Hòa Phước' only 585."),
    # ---------------- 671 CĐ Ngân hàng VN Đại hội VII
    ("671_a130219f5c5a", "differs",
     "Trước Đại hội VII Công đoàn Ngân hàng Việt Nam, đã có khoảng 1.200 công đoàn cấp cơ sở trong ngành tổ chức đại hội theo kế hoạch.",
     "671_a130219f5c5a: \"Đại hội công đoàn của 1.009 công đoàn cấp cơ sở và 9 công đoàn cấp trên cơ sở được diễn ra theo kế hoạch\" -> 1.009, not ~1.200. g.sh '1.009|1.200 công đoàn' and '1.200 (công đoàn|CĐ)' -> only 671 (1.009)."),
    ("671_a130219f5c5a", "not_found",
     "Đại hội Công đoàn Ngân hàng Việt Nam lần thứ VII, nhiệm kỳ 2023-2028 có 300 đại biểu chính thức tham dự.",
     "671 counts 3.500 người lao động of Bac A Bank, 1.009 CĐCS, 9 CĐ cấp trên cơ sở, 30 năm — no delegate count. g.sh 'Ngân hàng Việt Nam' -> 671, 1190/1192/1193 (hội thao) — none count delegates; 'đại biểu chính thức' hits are other congresses (e.g. 571/742 Đà Nẵng 300)."),
    # ---------------- 700 Chợ Tết CĐ Xuân 2026 trực tuyến
    ("700_dd6b1b09b4e2", "supported",
     "Tổng LĐLĐ Việt Nam dành tổng cộng 100 tỉ đồng hỗ trợ đoàn viên mua sắm tại chương trình \"Chợ Tết Công đoàn - Xuân 2026\" trực tuyến.",
     "700_dd6b1b09b4e2: \"mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng\"; also 601_191d90e3f2ed: \"tổng số tiền hỗ trợ là 100 tỉ đồng\"."),
    # ---------------- 761 Quảng Ninh Chợ Tết 2023
    ("761_0759299e56e8", "supported",
     "Tại Quảng Ninh, \"Chợ Tết công đoàn năm 2023\" do Công đoàn TKV tổ chức dự kiến có khoảng 2 nghìn người lao động tham gia.",
     "761_0759299e56e8: \"riêng tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức với khoảng 2.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia\"."),
    # ---------------- 863 CĐ Viên chức tỉnh (TTH)
    ("863_b9986cf6dbca", "supported",
     "Năm 2016, Công đoàn Viên chức tỉnh Thừa Thiên Huế có 66,6% công đoàn cơ sở đạt vững mạnh.",
     "863_b9986cf6dbca (dateline 'TTH'): \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%\" in the 2016 review. Province name inferred from 'TTH' (see README caveat)."),
    # ---------------- 889 Đô Lương
    ("889_093a5732a7fa", "supported",
     "Huyện ủy Đô Lương đã quyết định luân chuyển bảy cán bộ tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889_093a5732a7fa: \"Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ\" (lễ công bố ... tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn)."),
    # ---------------- 904 Hà Tĩnh TNTN hè 2025
    ("904_0a7c4b90f9b3", "differs",
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025 ở Hương Khê, tuổi trẻ Hà Tĩnh đã trao tặng 25 bể bơi di động cho các địa phương, trường học.",
     "904_0a7c4b90f9b3: \"trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà an sinh\" -> 15, not 25. g.sh 'bể bơi' -> 904 and 784 (khởi công bể bơi, no count)."),
    # ---------------- 927 phường Phú Thọ Huy hiệu Đảng
    ("927_dd7e9c379454", "differs",
     "Dịp 7-11-2025, Đảng bộ phường Phú Thọ (TPHCM) có 15 đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: \"Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng\" (1+1+3+3+4) -> 12, not 15. g.sh 'phường Phú Thọ' only 927; other Huy hiệu hits (803, 804, 805, 928, 929, 934) are other Đảng bộ."),
    # ---------------- 934 phường Tân Phú
    ("934_779d96c632e9", "not_found",
     "Đảng bộ phường Tân Phú (TPHCM) hiện có hơn 1.200 đảng viên sinh hoạt tại các chi bộ, đảng bộ cơ sở.",
     "934 counts only đảng viên RECEIVING Huy hiệu (9: 2+3+4) and '96 năm' anniversary; no total membership. g.sh 'đảng viên' filtered 'Tân Phú' -> only 934 lines 5, 9, 12, 14 (badge recipients)."),
]

def curly(text):
    """Turn ASCII double quotes into alternating “ ” so the TSV needs no CSV quoting."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen154/claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))

if __name__ == "__main__":
    main()
