#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 1012 TP HCM summer volunteer campaign
    ("1012_7b47589330b0", S,
     "Chiến dịch Thanh niên tình nguyện hè TP.HCM năm nay đã thu hút khoảng 400 nghìn lượt thanh niên, học sinh, sinh viên, tri thức trẻ tham gia.",
     "1012: 'chiến dịch đã thu hút gần 400.000 lượt thanh niên, học sinh, sinh viên, giáo viên, giảng viên trẻ, tri thức trẻ... toàn TP tham gia' (khoảng 400 nghìn ~ gần 400.000)"),
    ("1012_7b47589330b0", D,
     "Trong chiến dịch tình nguyện hè, tuổi trẻ TP Hồ Chí Minh đã xây dựng, sửa chữa hơn 250 căn nhà tình bạn, nhà tình thương, nhà tình nghĩa.",
     "1012: 'xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa' -> 155, not >250. g.sh '250 (căn|nhà)' = no hit; 'nhà tình (bạn|thương)' only 1012 (155), 078 (LĐLĐ quận 1, 15 căn), 462 (Quỹ Vì người nghèo, 20 nhà) - other things"),
    # ---- 102 Tết Sum vầy 9 seasons
    ("102_19f84bdab62b", S,
     "Qua 9 mùa Tết Sum vầy từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức gần 187 nghìn chương trình.",
     "102: 'qua 9 mùa tết từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức 186.944 chương trình' (gần 187 nghìn ~ 186.944)"),
    ("102_19f84bdab62b", D,
     "Theo Tổng LĐLĐ Việt Nam, sau 9 mùa Tết Sum vầy (2015-2024), khoảng 21 triệu lượt người lao động có hoàn cảnh khó khăn đã được nhận quà.",
     "102: 'trong đó 26,2 triệu lượt người có hoàn cảnh khó khăn được nhận quà' -> 26,2 triệu, not ~21 triệu. g.sh '21 triệu lượt' = no hit"),
    # ---- 1089 Hội Nông dân Tiền Giang congress IX
    ("1089_a96f4067d307", D,
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX, nhiệm kỳ 2023-2028 có 290 đại biểu tham dự.",
     "1089: 'cùng với 270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang' -> 270. g.sh '290 đại biểu' only 1087 (Đại hội Đoàn tỉnh Bình Dương) - another organisation"),
    ("1089_a96f4067d307", N,
     "Tại hội nghị lần thứ nhất, Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX đã bầu Ban Thường vụ gồm 11 ủy viên.",
     "1089 only says 'đã bầu Ban Thường vụ, Chủ tịch, các Phó Chủ tịch, Ủy ban Kiểm tra' with no count; its counts are 270 đại biểu, 265.000 hội viên, 33/35 Ủy viên BCH (khuyết 2). g.sh 'Tiền Giang', 'Hội Nông dân', 'Ban Thường vụ gồm 11': the only 'Ban Thường vụ gồm 11' is 348 (Đảng bộ huyện), 1103 counts 83 BTV members of Bắc Giang district farmers' unions - other organisations"),
    # ---- 1166 LĐLĐ TP Hội An rewards pupils
    ("1166_ea87f1aaef64", D,
     "Nhân kỷ niệm 86 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ thành phố Hội An đã trao 38 suất quà cho học sinh vượt khó học khá giỏi là con CNVCLĐ.",
     "1166: 'Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi' -> 83, not 38. g.sh '38 suất' = no hit; other Hội An pages (207: 80 suất quà 2023 for đoàn viên; 642: 50 suất quà Tháng hành động vì trẻ em 2022) are other occasions"),
    ("1166_ea87f1aaef64", S,
     "Năm học 2014-2015, Liên đoàn Lao động TP Hội An khen thưởng mười lăm em con công nhân viên chức đạt giải tại các kỳ thi học sinh giỏi cấp tỉnh, cấp quốc gia.",
     "1166: 'và 15 em đạt các giải tại các kỳ thi học sinh giỏi cấp Tỉnh, cấp Quốc gia' ... 'năm học 2014- 2015' (mười lăm = 15)"),
    # ---- 1210 Công đoàn Y tế Việt Nam congress XIV
    ("1210_f54349fbf825", S,
     "250 đại biểu ưu tú đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028, diễn ra trong hai ngày 19 và 20/7/2023.",
     "1210: 'trong 2 ngày 19 và 20/7/2023, 250 đại biểu ưu tú ... đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV nhiệm kỳ 2023 – 2028'"),
    ("1210_f54349fbf825", D,
     "Các đại biểu dự Đại hội XIV Công đoàn Y tế Việt Nam đại diện cho hơn 61.000 đoàn viên, CNVCLĐ ngành Y tế.",
     "1210: 'đại diện cho hơn 51 nghìn đoàn viên, công nhân, viên chức, lao động ngành Y tế' -> 51 nghìn, not 61.000. g.sh '61 nghìn|61\\.000' = no hit (1182 gives 40.455 đoàn viên of CĐ Y tế VN in 2016 - another period)"),
    # ---- 161 Tết Sum vầy - Xuân chia sẻ 2024
    ("161_e0c324a85eb1", D,
     "Tính tới ngày 29/1/2024, các cấp công đoàn đã tổ chức hơn 16.400 chương trình \"Tết Sum vầy - Xuân chia sẻ\".",
     "161: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”' (title 'Hơn 14.600 chương trình'; caption 'Tết Sum vầy 2024') -> 14.664, not >16.400. g.sh '16[.,]4' = no hit"),
    ("161_e0c324a85eb1", S,
     "Tổng số tiền chăm lo tại các chương trình \"Tết Sum vầy - Xuân chia sẻ\" dịp Tết 2024, tính đến 29/1, là khoảng 1.020 tỷ đồng.",
     "161: '... hơn 1,8 triệu lượt đoàn viên và người lao động được tặng quà tại chương trình, tổng số tiền gần 1.022 tỷ đồng' (khoảng 1.020 ~ gần 1.022)"),
    # ---- 247 Đại hội Công đoàn Việt Nam XII (2018)
    ("247_9bb00526265c", D,
     "Đại hội Công đoàn Việt Nam lần thứ XII đã bầu 171 người vào Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa 12, nhiệm kỳ 2018-2023.",
     "247: 'gần 1.000 đại biểu ... đã biểu quyết và bầu cử 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động'; 101 agrees: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên'. 166 was the list voted on and 185 the proposed list, neither is the elected BCH. g.sh '171 (người|ủy viên|đồng chí)' = no hit"),
    ("247_9bb00526265c", S,
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu Đoàn Chủ tịch gồm hai mươi hai ủy viên.",
     "247: 'Ban chấp hành khóa 12 cũng đã bầu ra Đoàn Chủ tịch với 22 Ủy viên trong đó có 1 Chủ tịch và 4 Phó Chủ tịch'; 101: 'Đoàn Chủ tịch gồm 22 Ủy viên' (hai mươi hai = 22)"),
    # ---- 248 Công đoàn phường Ba Đình congress I
    ("248_b6a393b2d4d9", D,
     "Đại hội Công đoàn phường Ba Đình lần thứ nhất, nhiệm kỳ 2025-2030 diễn ra sáng 18/10 với 115 đại biểu chính thức.",
     "248: 'cùng 151 đại biểu chính thức, đại diện cho hơn 9.000 đoàn viên công đoàn trên địa bàn phường' -> 151, not 115. g.sh '115 đại biểu' = no hit; 399 (Đại hội Đảng bộ quận Ba Đình, 268 đại biểu) is another organisation"),
    ("248_b6a393b2d4d9", S,
     "Công đoàn phường Ba Đình (Hà Nội) được thành lập ngày 26/9/2025 với 72 công đoàn cơ sở trực thuộc.",
     "248: 'Công đoàn phường Ba Đình được thành lập từ ngày 26/9/2025, với 72 công đoàn cơ sở trực thuộc và tổng số 9.008 công đoàn viên'"),
    # ---- 608 Hội Chữ thập đỏ tỉnh, results 2023
    ("608_5c8141ecc09d", D,
     "Năm 2023, lượng máu các bệnh viện tiếp nhận qua phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động đã đạt 173% kế hoạch.",
     "608: 'các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch' -> 137%, not 173%. g.sh '173%' = no hit. Caveat: page never names the province"),
    ("608_5c8141ecc09d", S,
     "Tính lũy kế đến đầu năm 2024, toàn tỉnh đã có hơn 15,2 nghìn người đăng ký hiến mô, tạng.",
     "608: 'Trong năm có 160 người đăng ký hiến mô, tạng; ... lũy kế đến nay toàn tỉnh có 15.260 người đã đăng ký' (hội nghị 15/1/2024; hơn 15,2 nghìn ~ 15.260). Caveat: province unnamed on page"),
    # ---- 668 LĐLĐ tỉnh Trà Vinh, Tết Nhâm Dần 2022 at Duyên Hải
    ("668_19df4eea3b66", D,
     "Dịp Tết Nhâm Dần 2022, mỗi phần quà LĐLĐ tỉnh Trà Vinh trao cho đoàn viên, công nhân khó khăn tại thị xã Duyên Hải trị giá 500.000 đồng.",
     "668: 'Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà ..., mỗi phần trị giá 300.000 đồng, tổng kinh phí đợt trao quà trị giá 45.000.000 đồng' -> 300.000 per gift, not 500.000. g.sh '500[.,]000 đồng|500 nghìn đồng': hits only in other organisations/occasions (Hà Nội, Hội An, Ba Đình, Nghệ An...), none about Trà Vinh/Duyên Hải"),
    ("668_19df4eea3b66", S,
     "Tổng kinh phí đợt trao quà Tết 2022 của Liên đoàn Lao động tỉnh Trà Vinh cho người lao động khó khăn ở thị xã Duyên Hải là 45 triệu đồng.",
     "668: 'tổng kinh phí đợt trao quà trị giá 45.000.000 đồng' (45 triệu = 45.000.000). Note the page also has LĐLĐ thị xã Duyên Hải's own 100 phần quà / 30 triệu - another giver"),
    # ---- 799 Tháng Thanh niên 2023 (national)
    ("799_e6ea998f034b", S,
     "Trong Tháng Thanh niên năm 2023, các cơ sở Đoàn trong cả nước đã thực hiện gần 23 nghìn công trình thanh niên các cấp.",
     "799: 'các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng' (gần 23 nghìn ~ 22.975)"),
    ("799_e6ea998f034b", D,
     "Tại hội nghị tổng kết Tháng Thanh niên 2023 ở Đà Nẵng, Trung ương Đoàn đã tặng bằng khen cho 32 tập thể có thành tích xuất sắc.",
     "799: 'Dịp này, Trung ương Đoàn tặng bằng khen cho 23 tập thể có thành tích xuất sắc trong tháng Thanh niên năm 2023' -> 23, not 32. g.sh '32 tập thể' = no hit"),
    # ---- 907 Tháng Nhân đạo 2022, Hội Chữ thập đỏ tỉnh
    ("907_07e635cbabe5", D,
     "Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao 53 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
     "907: 'Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn' -> 35, not 53. g.sh '53 suất' = no hit; other Tháng Nhân đạo 2022 pages (460 Hà Nội, 503, 506 national) count no học bổng. Caveat: province unnamed"),
    ("907_07e635cbabe5", S,
     "Trong chương trình phát động Tháng Nhân đạo 2022 của Hội Chữ thập đỏ tỉnh, Ban tổ chức đã trao 200 phần quà theo hình thức Chợ 0 đồng cho gia đình chính sách, hộ nghèo.",
     "907: 'Trao 200 phần quà bằng hình thức Chợ 0 đồng cho gia đình chính sách, hộ nghèo, gia đình khó khăn'"),
    # ---- 206 Hà Nội land-data campaign (Kế hoạch 252)
    ("206_cfb5f4dd4354", D,
     "Chiến dịch 90 ngày đêm làm giàu, làm sạch cơ sở dữ liệu đất đai của Hà Nội sẽ hoàn thiện toàn bộ dữ liệu tại 162 xã, phường.",
     "206: 'chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội' -> 126, not 162. g.sh '162 (xã|đơn vị)' = no hit; 211 (same Kế hoạch 252) gives no commune count"),
    ("206_cfb5f4dd4354", N,
     "Hà Nội huy động khoảng 5.000 cán bộ tham gia chiến dịch 90 ngày đêm làm sạch cơ sở dữ liệu đất đai theo Kế hoạch 252.",
     "206 counts only 126 đơn vị cấp xã and 4 nhóm công việc; 211 (same plan) counts 4 nội dung, 3 nhóm dữ liệu. Neither counts staff mobilised. g.sh 'dữ liệu đất đai|làm sạch' -> only 206, 211; 'cán bộ.{0,60}(đất đai|chiến dịch)' -> only unrelated 609, 1165"),
    # ---- 715 MTTQ quận Hai Bà Trưng
    ("715_b7fba7dd10cf", D,
     "Tại quận Hai Bà Trưng, đã có 16 trên 18 phường tổ chức thành công Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",
     "715: 'trong đó có 15/18 phường đã tổ chức thành công Đại hội' (title 'Quận Hai Bà Trưng: 15/18 phường tổ chức thành công Đại hội Mặt trận Tổ quốc') -> 15, not 16. g.sh '16/18' = no hit"),
    ("715_b7fba7dd10cf", S,
     "Hội nghị mở rộng của Ủy ban MTTQ Việt Nam quận Hai Bà Trưng đã hiệp thương cử bổ sung, thay thế hai Ủy viên Ủy ban MTTQ quận khóa XV.",
     "715: 'đồng thời kiện toàn cử bổ sung, thay thế 2 Ủy viên Ủy ban MTTQ Việt Nam quận khóa XV, nhiệm kỳ 2019-2024' (hai = 2)"),
    # ---- 594 Hội LHPN Việt Nam khóa XIII
    ("594_2969d737d0fc", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII chiều 10/3/2022 đã bầu 5 Phó Chủ tịch Hội.",
     "594: 'Ngoài ra, hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam' -> 4, not 5. g.sh '5 Phó Chủ tịch|năm Phó Chủ tịch|bầu 5 Phó' -> only 330 (unrelated, 'chiều 22/5 Phó Chủ tịch')"),
    # ---- 969 CĐCS Sở NN&PTNT
    ("969_652bd3e9c355", D,
     "Trong hai ngày 24-25/3/2023, 12 công đoàn cơ sở thành viên trực thuộc Công đoàn Sở Nông nghiệp và PTNT đã tổ chức Đại hội khóa II, nhiệm kỳ 2023-2028.",
     "969: 'từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028' -> 10, not 12. g.sh '12 Công đoàn cơ sở|12 CĐCS' = no hit"),
    ("969_652bd3e9c355", N,
     "Đại hội các công đoàn cơ sở thành viên thuộc Sở Nông nghiệp và PTNT khóa II đã bầu 40 đại biểu đi dự Đại hội Công đoàn cơ sở Sở.",
     "969 counts only the 10 CĐCS thành viên; it mentions 'bầu ban chấp hành công đoàn và đại biểu dự Đại hội công đoàn cấp trên' with no number. g.sh 'CSTV|Nông nghiệp và Phát triển nông thôn' and 'Nông nghiệp.{0,100}(đại biểu|ủy viên)' -> no delegate count for this occasion (172, 254, 1061 are about Nghệ An / Hà Nội sector unions, other things)"),
    # ---- 864 LĐLĐ tỉnh + UBND tỉnh coordination 2016
    ("864_86eb6e3264b4", S,
     "Năm 2016, qua các phong trào thi đua do LĐLĐ tỉnh tổ chức theo chỉ thị của UBND tỉnh, đã có hơn 5 nghìn đề tài, sáng kiến được áp dụng trong công tác.",
     "864: 'Trong năm 2016, ... LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác' (province unnamed; Chủ tịch UBND tỉnh Phạm Ngọc Nghị)"),
    # ---- not_found on figure-poor pages
    ("908_f0a5e303f4db", N,
     "Đại hội đại biểu Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III, nhiệm kỳ 2025-2030 có 120 đại biểu chính thức tham dự.",
     "908 gives no delegate count (only 'lần thứ III', terms 2023-2028 / 2025-2030, 14/11). g.sh 'Ung bướu' -> only 908; 'Thanh Hó?a.{0,80}đại biểu' -> 1086 (Tỉnh Đoàn Thanh Hóa 2022, 44 BCH / 14 đại biểu) and 1105 (Đoàn Thanh Hóa 2025, 360 đại biểu) - other organisations"),
    ("631_0b16f9904253", N,
     "Hội nghị lần thứ 13 Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI ngày 14/8/2025 có 37 ủy viên Ban Chấp hành tham dự.",
     "631 counts nothing ('Hội nghị lần thứ 13' is an ordinal; only 'toàn thể các đồng chí Ủy viên Ban Chấp hành Hội LHPN tỉnh khóa XVI'). g.sh 'LHPN tỉnh Nghệ An|Ban Chấp hành Hội LHPN tỉnh' -> 631 and 1085 (another province's LHPN, no member count); 'Nghệ An' hits (LĐLĐ, Hội Nông dân 304 đại biểu) are other organisations"),
    ("883_e2578b7cc3b9", N,
     "Tại kỳ họp thứ 5 HĐND quận Đống Đa khóa 19 ngày 30/8/2017, đồng chí Võ Nguyên Phong được 45 đại biểu bỏ phiếu tán thành bầu làm Chủ tịch UBND quận.",
     "883 counts no votes (kỳ họp thứ 5, khóa 19 are ordinals). g.sh 'Võ Nguyên Phong|Nguyễn Song Hào' -> only 883; 'bỏ phiếu|phiếu tán thành' -> no Đống Đa vote count (533 is HĐND TP Hà Nội, 100%)"),
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến qua đời do tai nạn giao thông khi làm việc.",
     "073 (as stored, 1.8k chars) states no support amount; figures are only dates, birth years 1972/2007, 'Tổ Môi trường 10'. g.sh 'Lại Hải Yến|chị Yến' -> only 073 (+1171 another Yến); 'Xây dựng Hà Nội.{0,100}(hỗ trợ|triệu)' -> 054 (another support decision), 1062 (Huân chương) - other things"),
    ("807_4c859601563b", N,
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội ngày 5-6/3/2016 có khoảng 60 đại biểu đến từ các nước tham dự.",
     "807 counts no participants ('Đại hội Công đoàn thế giới lần thứ 17' is an ordinal; dates only). g.sh 'Công đoàn Thế giới|WFTU' and 'Hội đồng Chủ tịch' -> only 807 and 100 (a title 'Phó Chủ tịch Liên hiệp Công đoàn thế giới')"),
    ("401_c44d076b8ff9", N,
     "Nhân kỷ niệm 93 năm thành lập Hội LHPN Việt Nam, Hội LHPN Hà Nội đã biểu dương 93 Chủ tịch Hội Phụ nữ cơ sở giỏi năm 2023.",
     "401 counts no honourees: its 93 is the anniversary ('93 năm Ngày thành lập', '93 năm qua'). g.sh 'Chủ tịch Hội Phụ nữ cơ sở|Phụ nữ Thủ đô tiêu biểu|LHPN Hà Nội' -> 401 and 402 (national programme 'lần thứ III năm 2023', no count) - no count of Hà Nội honourees anywhere"),
    ("693_fc08e1a86a0b", N,
     "Hưởng ứng đợt thi đua cao điểm từ 15/5 đến 10/10 chào mừng Đại hội Đảng các cấp, Công đoàn ngành Giao thông vận tải Hà Nội đã đăng ký 150 công trình, sản phẩm.",
     "693 counts nothing (Đại hội XVII / XIII are ordinals; dates 21/5, 15/5-10/10). g.sh 'công trình.{0,80}(chào mừng Đại hội Đảng|Đại hội Đảng)' -> only 992 (CĐ Viên chức TP HCM, 121 công trình, 2015); 'Giao thông vận tải Hà Nội|GTVT Hà Nội' -> 015/017/028 count Công nhân giỏi etc. for other years, no công trình for this campaign"),
    ("424_587bd0231abc", N,
     "Hội đồng Thi đua - Khen thưởng TP Hà Nội đã bỏ phiếu đề nghị khen thưởng cấp Nhà nước cho 14 tập thể, cá nhân có thành tích phòng chống dịch Covid-19.",
     "424 names the proposed recipients (Nhân dân và cán bộ TP Hà Nội, Chủ tịch Nguyễn Đức Chung, UBMTTQ TP, Nhân dân và cán bộ quận Đống Đa, ông Ngô Văn Quý) but never counts them. g.sh 'Covid.{0,120}[0-9]+ tập thể|[0-9]+ tập thể.{0,120}Covid' = no hit; 'Huân chương Lao động' hits (063, 159, 251, 292, 1062) are other awards/occasions"),
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
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    main()
