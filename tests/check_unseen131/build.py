#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.

Each claim states ONE counted figure. `why` quotes the corpus words the verdict
rests on (with page id); for not_found it lists the greps run with ./g.sh.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 019 Công đoàn ngành Xây dựng Hà Nội, 2020
    ("019_86611d9987c1", D,
     "Năm 2020, thu nhập bình quân của người lao động trong các doanh nghiệp thuộc Công đoàn ngành Xây dựng Hà Nội đạt khoảng 5,5 triệu đồng/người/tháng.",
     "019: 'thu nhập bình quân đạt 4.500.000đ/người/tháng' (ngành Xây dựng HN, năm 2020). 5,5 triệu is clearly off. "
     "g.sh '4[.,]500[.,]000|5,2 triệu' and 'thu nhập bình quân.{0,60}(Xây dựng|triệu)': only 019 states the ngành Xây dựng income; "
     "173 (8,3 triệu) and 286 (6,5 triệu, CNLĐ Hà Nội) are other populations."),
    # ---------------- 041 Công nhân giỏi Thủ đô 2022
    ("041_bf2f2fd819b8", D,
     "Tháng 5/2022, Liên đoàn Lao động TP Hà Nội đã tuyên dương 120 “Công nhân giỏi Thủ đô” năm 2022.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (2022); also 076 '100 “Công nhân giỏi Thủ đô” năm 2022'. "
     "g.sh '120 .{0,3}Công nhân giỏi|Công nhân giỏi.{0,40}120': no hit. (2019 = 90 on 042, 2023 = 100 on 186/corpus 003: other editions.)"),
    # ---------------- 055 Chương Mỹ, bão số 3
    ("055_96b8b5707383", S,
     "Theo LĐLĐ huyện Chương Mỹ, cơn bão số 3 đã khiến gần 4,9 nghìn hộ dân trên địa bàn huyện bị ảnh hưởng.",
     "055: 'trên địa bàn huyện có ... 4.885 hộ dân bị ảnh hưởng' (Chủ tịch LĐLĐ huyện Chương Mỹ). gần 4,9 nghìn ~ 4.885."),
    ("055_96b8b5707383", N,
     "LĐLĐ huyện Chương Mỹ đã hỗ trợ mỗi hộ đoàn viên bị ảnh hưởng bởi cơn bão số 3 số tiền 2 triệu đồng.",
     "055 counts the affected households (4.885 hộ dân, 22.161 nhân khẩu, khoảng 200 hộ đoàn viên) and Tổng LĐLĐ's 1 tỷ (headline/caption), "
     "but no per-household amount. g.sh 'Chương Mỹ' (051 = Mái ấm 35 triệu for one đoàn viên; 282 = 3 triệu/1 triệu per TNLĐ victim), "
     "'mỗi hộ|mỗi đoàn viên.{0,30}(bão|lũ)': nothing for the storm."),
    # ---------------- 106 Giải thưởng Nguyễn Đức Cảnh lần III 2018
    ("106_0e5457770e83", S,
     "Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018 của Tổng LĐLĐ Việt Nam đã tôn vinh bảy mươi đoàn viên, công nhân lao động có thành tích đặc biệt xuất sắc.",
     "106: 'sự động viên, tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc trong toàn quốc' (lần thứ III, năm 2018). bảy mươi = 70. "
     "(Lần IV 2023 = 167 on 166: another edition.)"),
    ("106_0e5457770e83", D,
     "Anh Bàng Trúc Lâm, kỹ thuật viên Công ty Thuốc lá Thăng Long, được tôn vinh tại Giải thưởng Nguyễn Đức Cảnh năm 2018, đã kèm cặp, đào tạo khoảng 500 công nhân lao động.",
     "106: 'anh Lâm ... còn kèm cặp, đào tạo 300 CNLĐ'. g.sh 'kèm cặp': only 106 (300 CNLĐ; 189 đồng nghiệp trẻ for anh Tùng). "
     "g.sh '500 (CNLĐ|công nhân)': 003 '56.500 công nhân', 057 'gần 500 CNLĐ' về quê ăn Tết: unrelated."),
    # ---------------- 1151 Hành trình Đỏ Thanh Hóa 2025
    ("1151_7634750607d5", D,
     "Chương trình Hành trình Đỏ lần thứ XIII năm 2025 tại Thanh Hóa đặt mục tiêu vận động ít nhất 3.500 tình nguyện viên tham gia hiến máu.",
     "1151: 'Chương trình vận động ít nhất 2.000 tình nguyện viên ... tham gia hiến máu'. g.sh 'Hành trình Đỏ' = only 1151; "
     "g.sh '3[.,]?500 tình nguyện': no hit."),
    ("1151_7634750607d5", N,
     "Năm 2024, chương trình Hành trình Đỏ tại Thanh Hóa đã tiếp nhận hơn 1.800 đơn vị máu.",
     "Another edition: 1151 only mentions 2024 in a caption ('đoàn tình nguyện viên Hành trình Đỏ năm 2024 viếng...') with no figure; "
     "its figures (1.500 đơn vị máu, 2.000 TNV, 1.500 lượt người) are the 2025 plan. g.sh 'Hành trình Đỏ|Giọt hồng xứ Thanh' = only 1151; "
     "g.sh 'đơn vị máu': 347 (558), 405 (400), 460, 519, 608 (12.300), 689, 1105, 1154, 1165 are other programmes/places."),
    # ---------------- 116 HĐND TP Hà Nội khóa XV
    ("116_23da69714914", D,
     "Ủy ban Bầu cử TP Hà Nội cho biết cử tri đã bầu đủ 95 đại biểu HĐND thành phố khóa XV, nhiệm kỳ 2016-2021.",
     "116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021'; 117 also 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP'. "
     "g.sh '95 đại biểu': only 842 '995 đại biểu chính thức' (Hội Nông dân congress)."),
    # ---------------- 1211 Công đoàn ngành Y tế Thanh Hóa khóa XVIII
    ("1211_28597f193f57", S,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022 có 176 đại biểu về dự.",
     "1211: '176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế đã về dự' (note the typo 'đại biều' in the page)."),
    ("1211_28597f193f57", D,
     "Ban Chấp hành Công đoàn ngành Y tế Thanh Hóa khóa XVIII (2017-2022) gồm hai mươi mốt đồng chí.",
     "1211: 'bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí'. g.sh '(21|hai mươi mốt) đồng chí': 237 (CĐ quận Hai Bà Trưng) "
     "and 239 (CĐ ngành Xây dựng HN) only; 630 (CĐ ngành Y tế Bến Tre, 15 thành viên) is another province."),
    # ---------------- 163 thưởng Tết Bính Ngọ Hà Nội
    ("163_bfaf6270108f", S,
     "Theo Sở Nội vụ Hà Nội, mức thưởng Tết Nguyên đán Bính Ngọ cao nhất trên địa bàn thành phố là 614 triệu đồng, thuộc khối doanh nghiệp dân doanh.",
     "163: 'Mức thưởng Tết Nguyên đán Bính Ngọ cao nhất tại Hà Nội là 614 triệu đồng, thuộc khối doanh nghiệp dân doanh'. "
     "(886 '600 triệu' is FDI/Tây Ninh as of 25/12, another scope.)"),
    # ---------------- 191 Thạch Thất
    ("191_51ac8bc79074", D,
     "Đại hội đại biểu Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025 đã bầu Ban Chấp hành gồm 45 đồng chí.",
     "191: 'bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự được bầu'. "
     "g.sh '45 (người|nhân sự|đồng chí)': only 608 '45 người' sơ cứu (Chữ thập đỏ). g.sh 'Thạch Thất': no other BCH count."),
    ("191_51ac8bc79074", N,
     "Đại hội đại biểu lần thứ XXIV Đảng bộ huyện Thạch Thất có 300 đại biểu chính thức tham dự.",
     "191 counts BCH members (41), vote shares (65,12%-96,28%, 100%) but not the delegates. g.sh 'Thạch Thất': 022, 052, 082, 160, 221, 264 "
     "('khoảng 1.000 người', a 2025 city event), 581, 721 ('216 CĐCS ... trên 6.000 đoàn viên'): none counts delegates of the Party congress."),
    # ---------------- 232 Ngành GDĐT Hà Nội Tết Canh Tý
    ("232_8b19e7bfd8f9", S,
     "Dịp Tết Canh Tý 2020, Sở GD&ĐT và Công đoàn Giáo dục Hà Nội đã tặng quà cho 1695 học sinh có hoàn cảnh đặc biệt khó khăn.",
     "232: 'Sở GDĐT và Công đoàn GD Hà Nội đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn'."),
    ("232_8b19e7bfd8f9", D,
     "Tổng số tiền Sở GD&ĐT và Công đoàn ngành Giáo dục Hà Nội hỗ trợ giáo viên, học sinh khó khăn dịp Tết Canh Tý 2020 là khoảng 2,1 tỷ đồng.",
     "232: 'với tổng số tiền hỗ trợ là 1.350.000.000đ' (= 1,35 tỷ). g.sh '2,1 tỷ|2,1 tỉ|2[.,]100[.,]000[.,]000': only 998 (làm lợi, Làng thanh niên lập nghiệp)."),
    # ---------------- 316 Hội thi Công đoàn Hà Nội - Hành trình
    ("316_b81fbf90f0eb", S,
     "Vòng sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” đã có 117 thí sinh tham gia.",
     "316: 'vòng Sơ khảo của Hội thi đã diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi'."),
    ("316_b81fbf90f0eb", N,
     "Vòng chung khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” có 12 đội thi tranh tài.",
     "316 counts the Sơ khảo round only (117 thí sinh, 39 đội, 8 cụm); Chung khảo appears only in a caption without a number. "
     "g.sh 'chung khảo' -> 120 (Nhà giáo, 40 nhà giáo) and the 316 caption; g.sh 'Sơ khảo|117 thí sinh|39 đội' -> 316 only."),
    # ---------------- 348 Sóc Sơn
    ("348_db7d0bb18329", D,
     "Tính đến năm 2020, Đảng bộ huyện Sóc Sơn đã có hơn 16.000 đảng viên.",
     "348: 'Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng'. hơn 16.000 is off. "
     "g.sh '16[.,]000 đảng viên|16 nghìn đảng viên|hơn 16': only 155 ('hơn 16.000 tỷ đồng' TNLĐ). g.sh 'Sóc Sơn': no other party-member count."),
    # ---------------- 352 Chu Ngọc Anh
    ("352_557f7c6c45b0", S,
     "Ông Chu Ngọc Anh được HĐND TP Hà Nội khóa XVI bầu tiếp làm Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với 97,87% số phiếu.",
     "352: 'ông Chu Ngọc Anh tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 với số phiếu 92/94 (chiếm 97,87%)'."),
    # ---------------- 387 giảm giờ làm
    # ---------------- 405 Tháng Nhân đạo 2018 Hà Nội
    ("405_26391ad68e2d", D,
     "Tại lễ phát động Tháng Nhân đạo năm 2018 ở khu vực tượng đài Lý Thái Tổ, Hà Nội dự kiến tiếp nhận khoảng 600 đơn vị máu.",
     "405: 'Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu'. g.sh 'đơn vị máu': no 600 (347: 'hơn 600 cán bộ' donors, 558 đơn vị, "
     "another event). 404 (same 2018 launch) counts participants, not blood units."),
    ("405_26391ad68e2d", N,
     "Trong Tháng Nhân đạo năm 2018, Hội Chữ thập đỏ thành phố Hà Nội đã vận động được 10 tỷ đồng ủng hộ người có hoàn cảnh khó khăn.",
     "405 counts a target of 'khoảng 2.000 - 3.000 lượt người', 400 đơn vị máu, 80 bức ảnh; no money. 404 (same 2018 launch) counts "
     "'trên 1000 / gần 1000' participants only. g.sh 'Tháng Nhân đạo' (404-407, 460, 461: other years/places) and "
     "'quyên góp|tỷ đồng.{0,40}nhân đạo': no amount for Hà Nội 2018."),
    # ---------------- 517 1 triệu sáng kiến
    ("517_afee7999e666", S,
     "Sau hơn 140 ngày triển khai, Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam đã ghi nhận gần 697 nghìn sáng kiến.",
     "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (in 'hơn 140 ngày thực hiện Chương trình'). gần 697 nghìn ~ 696.948."),
    ("517_afee7999e666", D,
     "Chương trình “1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19” của Tổng Liên đoàn Lao động Việt Nam đã đạt 180% chỉ tiêu kế hoạch đề ra.",
     "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (after 'hơn 140 ngày'). 180% is clearly off. "
     "g.sh '1 triệu sáng kiến.{0,200}%|%.{0,100}1 triệu sáng kiến': only 177 (Hà Nội, dates of the programme, no national %); "
     "g.sh '232,3|696[.,]948': only 517. Caveat: a later stage of the programme may be reported elsewhere with another % (none found in the corpus)."),
    # ---------------- 548 Thanh niên tình nguyện hè 2022
    ("548_fe351f429c57", S,
     "Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động khoảng 1,9 triệu đoàn viên, thanh niên tham gia.",
     "548: 'Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia'."),
    ("548_fe351f429c57", D,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2022, Tỉnh Đoàn Lâm Đồng đã duy trì 95 đội hình thanh niên tình nguyện.",
     "548: 'toàn tỉnh đã duy trì được 75 đội hình thanh niên tình nguyện với 1.704 tình nguyện viên' (Lâm Đồng). g.sh '95 đội hình': no hit."),
    # ---------------- 571 Đại hội Công đoàn TP Đà Nẵng lần I
    ("571_2651997a46fd", S,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 có 300 đại biểu chính thức tham dự.",
     "571: 'cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên'; also 742 'sự tham gia của 300 đại biểu chính thức'. "
     "(741 = 345 đại biểu of the XVII congress 2023-2028, another edition.)"),
    ("571_2651997a46fd", D,
     "Trước khi hợp nhất, LĐLĐ TP Đà Nẵng và LĐLĐ tỉnh Quảng Nam quản lý khoảng 4.100 công đoàn cơ sở, nghiệp đoàn cơ sở.",
     "571: 'Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam trước đây quản lý 3.382 công đoàn cơ sở, nghiệp đoàn cơ sở với 407.936 đoàn viên'. "
     "g.sh '4[.,]100 công đoàn': no hit; g.sh 'Đà Nẵng': no other CĐCS total (570 = 24 công đoàn phường, xã)."),
    # ---------------- 602 Long An, KCN Long Hậu
    ("602_fae5a44a3149", S,
     "Tại Ngày hội Tết sum vầy – Xuân chia sẻ 2024 ở KCN Long Hậu, hơn ba nghìn công nhân lao động được LĐLĐ tỉnh Long An tặng quà Tết.",
     "602: 'tại KCN Long Hậu có hơn 3.000 CNLĐ được tặng quà tết' (LĐLĐ tỉnh Long An, Ngày hội ... năm 2024). hơn ba nghìn = hơn 3.000."),
    ("602_fae5a44a3149", N,
     "Hội thi “Tiếng hát mừng xuân” trong Ngày hội Tết sum vầy – Xuân chia sẻ tại KCN Long Hậu năm 2024 có 25 tiết mục dự thi.",
     "602 only names the contests ('Hội thi “Trang trí cành mai, đào, thiệp Tết” và Hội thi “Tiếng hát mừng xuân”'), no count; its figures are "
     "hơn 3.000 CNLĐ, 200 phần quà, hơn 70 gian hàng. g.sh 'Long Hậu|Tiếng hát mừng xuân' -> 602 only; g.sh 'tiết mục' -> 005, 063, 1101, 1106, "
     "1171, 1181: other events, no count of entries."),
    # ---------------- 644 Tháng Thanh niên 2024 TP HCM
    ("644_ae27624899b9", D,
     "Trong Tháng Thanh niên năm 2024, TP Hồ Chí Minh phấn đấu trồng mới ít nhất 60.000 cây xanh.",
     "644: 'Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... trồng mới ít nhất 40.000 cây xanh'. g.sh '60[.,]000 cây': no hit."),
    ("644_ae27624899b9", N,
     "Lễ hội Thanh niên Thành phố Hồ Chí Minh lần thứ 4 năm 2024 đã thu hút khoảng 50.000 lượt bạn trẻ tham gia.",
     "644 only says 'tổ chức Lễ hội Thanh niên Thành phố Hồ Chí Minh lần thứ 4 - năm 2024' (an item in the plan, no attendance). "
     "g.sh 'Lễ hội Thanh niên' -> 644 only; g.sh 'Thành đoàn' -> Hà Nội pages and 644, no attendance count."),
    # ---------------- 668 Trà Vinh, Duyên Hải
    ("668_19df4eea3b66", S,
     "Dịp Tết Nhâm Dần 2022, Liên đoàn Lao động tỉnh Trà Vinh đã trao tặng 150 phần quà cho đoàn viên, công nhân lao động khó khăn tại thị xã Duyên Hải.",
     "668: 'Tại các doanh nghiệp trên địa bàn thị xã Duyên Hải, Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà' "
     "(Phó Chủ tịch LĐLĐ tỉnh Trà Vinh, Tết Nhâm Dần 2022)."),
    # ---------------- 744 Ngọ Duy Hiểu, Phú Thọ, Tết Bính Ngọ 2026
    ("744_d077d464faf3", D,
     "Ngày 5/2, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã trao 79 suất quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn ở Phú Thọ.",
     "744: 'ngày 5/2, đồng chí Ngọ Duy Hiểu ... đã đến thăm và trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng...)'. "
     "g.sh '79 suất': no hit; g.sh 'Phú Thọ': 500 (LĐLĐ tỉnh, Tết sum vầy), 518 (Thung Nai) are other events."),
    ("744_d077d464faf3", N,
     "Trong đợt thăm, tặng quà Tết Bính Ngọ 2026, Bệnh viện Đa khoa tỉnh Phú Thọ được Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu trao 40 suất quà.",
     "744 gives only the total (97 suất for the two units together) and the unit value (1,3 triệu); it does not split how many went to the hospital. "
     "g.sh 'Phú Thọ', 'Bệnh viện Đa khoa tỉnh Phú Thọ': only 744 line 1, no per-unit count."),
    # ---------------- 748 Gia Lai
    ("748_c031ca469a2b", D,
     "Tổng kinh phí quà Tết mà Liên đoàn Lao động tỉnh Gia Lai tặng công nhân, người lao động nghèo trong đợt thăm từ 14 đến 17-1 là gần 150 triệu đồng.",
     "748: 'Tổng kinh phí quà Tết cho công nhân, người lao động nghèo gần 95 triệu đồng, do cán bộ chuyên trách Công đoàn quyên góp'. "
     "g.sh '150 triệu': only 357 (LĐLĐ Hà Nội, 300 đoàn viên)."),
    ("748_c031ca469a2b", N,
     "Trong đợt tặng quà Tết, LĐLĐ tỉnh Gia Lai đã trao 80 suất quà cho công nhân, người lao động nghèo tại TP Pleiku.",
     "748 counts 92 suất (ELECCEM, Chư Pah, Ia Grai) and 224 suất for the four places 'Chư Pưh, Chư Prông, Đức Cơ và TP. Pleiku' together; "
     "Pleiku alone is not counted. g.sh 'Pleiku' -> 748 line 8 only."),
    # ---------------- 929 Bạch Hạc
    # ---------------- 929 Bạch Hạc
    ("929_6b1be55d0f4e", N,
     "Trong đợt trao huy hiệu Đảng dịp 19/5/2020, Đảng bộ phường Bạch Hạc (TP Việt Trì) có 5 đảng viên được nhận huy hiệu.",
     "Another occasion: 929 counts the 2/9/2020 round ('Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu "
     "từ 30 năm đến 60 năm tuổi đảng'). g.sh 'Bạch Hạc|huy hiệu Đảng' -> 929 plus 802 (Hoàn Kiếm 190), 803 (Hai Bà Trưng 284), "
     "804 (Hà Đông 440), 934 (phường Tân Phú 9): other party units; no 19/5 round for Bạch Hạc."),
    # ---------------- 933 Cẩm Lệ
    ("933_2245790ce85c", S,
     "Trong năm 2023, Liên đoàn Lao động quận Cẩm Lệ đã phát triển được 773 đoàn viên công đoàn.",
     "933: 'LĐLĐ quận Cẩm Lệ cho biết, năm 2023 ... thành lập mới 6 Công đoàn cơ sở, phát triển 773 đoàn viên'."),
    ("933_2245790ce85c", N,
     "Đại hội Công đoàn quận Cẩm Lệ lần thứ IV, nhiệm kỳ 2023-2028 có 150 đại biểu chính thức tham dự.",
     "933 mentions the congress ('tổ chức thành công Đại hội Công đoàn quận Cẩm Lệ lần thứ IV, nhiệm kỳ 2023-2028') but counts no delegates; "
     "its figures are 1.370 đoàn viên hỗ trợ, hơn 565 triệu, 6 CĐCS, 773 đoàn viên, commendations (1/14/7/14/12). g.sh 'Cẩm Lệ' -> 933 only."),
    # ---------------- 992 Công đoàn Viên chức TP HCM
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append({k: unicodedata.normalize("NFC", v) for k, v in
                     (("page_id", page_id), ("verdict", verdict), ("claim", claim), ("why", why))})
    rows.sort(key=lambda r: (r["page_id"], r["verdict"]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["page_id", "verdict", "claim", "why"],
                           delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)
    from collections import Counter
    c = Counter(r["verdict"] for r in rows)
    pages = Counter(r["page_id"] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
