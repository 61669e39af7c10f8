#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"
# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- seed 003 (LĐLĐ Hà Nội interview, 2023) ----------------
    ("seed", "supported",
     "Dịp Tết Nguyên đán 2023, Công đoàn Thủ đô đã dành hơn 144 tỷ đồng để hỗ trợ đoàn viên, người lao động.",
     "003_7db656824e63f1d3 (seed): 'Trong dịp Tết Nguyên đán năm 2023, các cấp Công đoàn Thủ đô đã dành nguồn ngân sách trên 144 tỷ đồng để hỗ trợ đoàn viên, người lao động.' g.sh '144 tỷ' hits only this line."),
    ("seed", "differs",
     "Năm 2023, các cấp công đoàn Hà Nội đã quyên góp khoảng 12 nghìn bộ áo dài tặng nữ công nhân lao động qua chương trình 'Tặng áo dài, trao yêu thương'.",
     "003_7db656824e63f1d3 (seed): 'các cấp Công đoàn Thủ đô đã quyên góp ủng hộ 17.000 bộ áo dài yêu thương trao tặng cho nữ công nhân lao động thông qua chương trình “Tặng áo dài, trao yêu thương...”'. 12 nghìn vs 17.000. g.sh '12\\.000 bộ|12 nghìn bộ' = 0 hits; other áo dài counts in corpus are district-level (059 Long Biên 'gần 1.500 bộ', 'hơn 400 bộ'), not the city total."),
    # ---------------- seed 004 ----------------
    ("seed", "not_found",
     "Tại Hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn Thủ đô năm 2019, Liên đoàn Lao động Hà Nội đã khen thưởng 150 tập thể xuất sắc.",
     "004_7a415c0f50889d5d (seed) reports the 27.12.2019 tổng kết conference and the 2020 emulation drive (2 đợt, anniversaries 90/45/130 năm) but counts no commended collectives. g.sh 'Hội nghị Tổng kết.{0,80}2019|tổng kết.{0,40}năm 2019' -> only 004 and 783 (Cụm 3, no count); g.sh '150 tập thể' = 0; g.sh 'tập thể.{0,80}2019|2019.{0,80}(Bằng khen|Cờ thi đua)' -> only 243 (anniversary dates)."),
    # ---------------- 042 ----------------
    ("042_f42eb6196e49", "differs",
     "Năm 2019, LĐLĐ thành phố Hà Nội đã tuyên dương 120 công nhân giỏi Thủ đô.",
     "042: headline 'Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019' and line 9 'Lễ tuyên dương 90 Công nhân giỏi Thủ đô năm 2019'. 120 vs 90. g.sh '120 (Công nhân|CN) giỏi' = 0; other years: 000/186 say 100 Công nhân giỏi Thủ đô for 2023 (another year). NB the 90 is in the headline/caption-like line, body has no other figure for it."),
    # ---------------- 068 ----------------
    ("068_61646234850c", "differs",
     "Hơn 150 công nhân lao động đã tham gia Hội thi thợ giỏi lần thứ VIII năm 2022 do Công đoàn các Khu công nghiệp và chế xuất Hà Nội tổ chức.",
     "068: '109 CNLĐ tham gia Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII' (headline and repeated line 7), opening 27/8/2022. 'hơn 150' vs 109. g.sh '150 (công nhân|CNLĐ|thí sinh)|lần thứ VIII' -> only 068 (109) plus unrelated 'lần thứ VIII' congresses (585, 842). 000 counts 363 thí sinh for the city-level Hội thi thợ giỏi 2023 (other organiser/year)."),
    ("068_61646234850c", "not_found",
     "Hội thi thợ giỏi công nhân lao động các KCN&CX Hà Nội lần thứ VIII năm 2022 đã trao giải cho 30 thí sinh.",
     "068 covers only the opening of lần thứ VIII (109 CNLĐ tham gia) - it counts participants, not prize winners. g.sh 'đạt giải.{0,80}(thợ giỏi|KCN)|thợ giỏi.{0,120}giải' = 0; g.sh '30 thí sinh' = 0; 134 mentions khen thưởng at Hội thi lần thứ VI 2019 (another edition, caption, no count); 000 is the city contest 2023 (363 thí sinh)."),
    # ---------------- 103 ----------------
    ("103_bc0c6e0f50d9", "supported",
     "Đại hội Đảng bộ thành phố Hà Nội tháng 11/2015 đã bầu bảy mươi tư đồng chí vào Ban Chấp hành Đảng bộ khóa XVI.",
     "103: 'Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI' and 'bầu cử một lần được 74 người vào Ban Chấp hành khóa XVI'. Spelled-out 74."),
    ("103_bc0c6e0f50d9", "differs",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015 - 2020 gồm 13 đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí.' 13 vs 16. g.sh '13 đồng chí' = 0; g.sh 'Ban Thường vụ Thành ủy.{0,60}(gồm|đồng chí)' -> only 103 (16) and 376 (no count)."),
    # ---------------- 110 ----------------
    ("110_87f2d6431ded", "differs",
     "Vụ sập tường khi sửa nhà ở phường Cống Vị, quận Ba Đình (Hà Nội) tối 6/6 đã làm hai công nhân tử vong.",
     "110: 'đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị, quận Ba Đình'; of the two victims, N.V.T 'bị chấn thương nhẹ' and only N.X.N 'đã tử vong'. 2 deaths vs 1. g.sh 'Cống Vị|Đội Cấn' -> only 110; other death counts (109: 4 người, 111: ba người, 282: 4 nạn nhân) are other accidents."),
    # ---------------- 1107 ----------------
    ("1107_8a955dc47044", "not_found",
     "Giải Bóng chuyền hơi do Hội LHPN thành phố Hà Nội khai mạc ngày 8/3/2023 tại Đan Phượng có 20 đội tham gia.",
     "1107 announces the Giải Bóng chuyền hơi (8/3, Nhà thi đấu huyện Đan Phượng) but gives no team count (its figures are anniversaries 113/75 năm and 'thi đua cao điểm 100 ngày'). g.sh 'bóng chuyền hơi' -> only 1107 and 1193 (NHCSXH games, 7 bộ môn, no count); g.sh '20 đội' = 0."),
    # ---------------- 1128 ----------------
    ("1128_8dbf9e8fc1aa", "differs",
     "Dịp Tết, Công đoàn Điện lực Việt Nam đã tặng quà Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 30 triệu đồng.",
     "1128: 'tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị.' 30 triệu vs 50 triệu. g.sh 'EVNHCMC|Điện lực TP\\. ?HCM' -> only 1128; 30 triệu hits elsewhere are Mái ấm/other gifts."),
    ("1128_8dbf9e8fc1aa", "not_found",
     "Tổng công ty Điện lực TP.HCM (EVNHCMC) hiện có khoảng 7.000 người lao động.",
     "1128 counts 02 đơn vị, 50.000.000 đồng/đơn vị and 02 trường hợp bệnh hiểm nghèo, never the workforce of EVNHCMC. g.sh 'EVNHCMC|Điện lực TP\\. ?HCM' -> only 1128; 1126 (Công đoàn Tổng công ty Điện lực TP HCM 2022) has no workforce figure in grep; g.sh '7\\.000 người lao động' = 0."),
    # ---------------- 1201 ----------------
    ("1201_a1def21c7eed", "supported",
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có sự tham dự của 185 đại biểu chính thức.",
     "1201: 'Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 sẽ diễn ra ... 26 đến 27/6/2023 với sự tham dự của 185 đại biểu chính thức'. (Article is written before the congress: 'sẽ diễn ra'.)"),
    # ---------------- 142 ----------------
    ("142_728187c82f8a", "supported",
     "Chương trình khám sức khỏe miễn phí cho đoàn viên của Liên đoàn Lao động quận Bắc Từ Liêm có tổng kinh phí dự tính trên 1 tỷ đồng.",
     "142: '... tầm soát ung thư ... với tổng số tiền dự tính khoảng trên 1 tỷ đồng. Kinh phí được trích một phần từ nguồn kinh phí Công đoàn và nguồn xã hội hoá.'"),
    ("142_728187c82f8a", "differs",
     "LĐLĐ quận Bắc Từ Liêm đã khám sức khỏe miễn phí cho khoảng 1.260 đoàn viên, người lao động.",
     "142 headline: 'LĐLĐ quận Bắc Từ Liêm tổ chức khám sức khỏe miễn phí cho 862 đoàn viên, người lao động'. ~1.260 vs 862. g.sh '1\\.260' = 0; g.sh '862|Bắc Từ Liêm.{0,80}khám' -> only 142. NB figure is in the headline only."),
    # ---------------- 174 ----------------
    ("174_6cb98c605947", "supported",
     "Đại hội XIII Công đoàn Việt Nam đã bầu 168 người vào Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.",
     "174: 'Kết quả, đại hội đã bầu 168 ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.'"),
    ("174_6cb98c605947", "differs",
     "Để bầu Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, Đại hội đã giới thiệu 200 đồng chí.",
     "174: 'tại Đại hội giới thiệu 185 đồng chí để bầu 168 ủy viên'. 200 vs 185. g.sh '200 đồng chí|200 người' -> no hit about this; 247 '185 đồng chí do BCH khóa XI đề xuất' is Đại hội 12 (another edition, same 185 anyway)."),
    # ---------------- 222 ----------------
    ("222_aeef1b06b8dc", "not_found",
     "Sáu tháng đầu năm 2018, Công đoàn ngành Y tế Hà Nội đã kết nạp 850 đoàn viên mới.",
     "222 (6-month review 2018) only has anniversaries (88 năm, 63 năm) and a teaser '83 gia đình tiêu biểu'. g.sh 'ngành Y tế.{0,100}(kết nạp|đoàn viên mới)|2018.{0,60}Y tế' = 0; g.sh '850 đoàn viên' = 0; other Y tế Hà Nội pages (009, 118, 139, 144) count other things (3.225 cá nhân Người tốt việc tốt 2019, 37 đội hội thi)."),
    # ---------------- 367 ----------------
    ("367_4bc61b64462e", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 - 2025 gồm 17 đồng chí.",
     "367 gives only Vương Đình Huệ's 100% vote (13/10/2020); no page counts the khóa XVII Standing Committee. 103 counts khóa XVI ('gồm 16 đồng chí') - another term. g.sh 'Ban Thường vụ Thành ủy.{0,60}(gồm|đồng chí)' -> 103, 376 only; g.sh '17 đồng chí' -> only 1211 (BCH Công đoàn ngành Y tế khóa XVIII, unrelated)."),
    # ---------------- 404 ----------------
    ("404_1248682899d1", "differs",
     "Chỉ khoảng 500 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô đã tham gia lễ diễu hành phát động Tháng Nhân đạo 2018 tại Hà Nội.",
     "404: headline 'Gần 1000 người diễu hành phát động “Tháng Nhân đạo” 2018'; body 'trên 1000 cán bộ, hội viên, tình nguyện viên Chữ thập đỏ Thủ đô'; 'Gần 1000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự sự kiện.' ~500 vs ~1000. 405 (same event) counts other things (400 đơn vị máu, 80 bức ảnh, 2.000-3.000 lượt người được trợ giúp). g.sh '500 (cán bộ|hội viên|người)' with chữ thập/nhân đạo -> none."),
    # ---------------- 474 ----------------
    ("474_7fd340fb34bb", "supported",
     "Trong chương trình 'Tết sum vầy' 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao ba mươi mốt suất hỗ trợ cho nhà giáo, người lao động khó khăn.",
     "474: 'Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn'. Spelled-out 31."),
    ("474_7fd340fb34bb", "differs",
     "Mỗi suất hỗ trợ mà Công đoàn ngành Giáo dục Hậu Giang trao dịp Tết Tân Sửu 2021 trị giá 1 triệu đồng.",
     "474: '31 suất hỗ trợ, mỗi suất 500.000 đồng'. 1 triệu vs 500.000 đồng. (The separate 5.000.000 đồng is one grant for a Him Lam member, not per suất.) 1 triệu/suất hits in corpus (128, 498, 500, 745...) are other organisations."),
    # ---------------- 475 ----------------
    ("475_0af186189d4d", "supported",
     "Công đoàn Giáo dục TP HCM đã tặng 2 nghìn quyển tập cho giáo viên và học sinh huyện đảo Lý Sơn.",
     "475: 'CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập nhằm giúp các giáo viên và học sinh Lý Sơn'."),
    ("475_0af186189d4d", "differs",
     "Trong chuyến thăm Lý Sơn năm 2019, Công đoàn Giáo dục TP.HCM đã trao 120 chiếc cặp cho học sinh.",
     "475: '62 chiếc cặp'. 120 vs 62. g.sh '120 chiếc cặp|chiếc cặp' -> only 475 (62)."),
    # ---------------- 495 ----------------
    ("495_426cdd090149", "supported",
     "Khoảng 4.000 đoàn viên, thanh niên, sinh viên đã dự Lễ ra quân Chiến dịch Xuân tình nguyện 2026 của Thành Đoàn TP.HCM.",
     "495: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ'. (1013 counts a different thing: 'gần 70.000 ... đăng ký trở thành chiến sĩ'.)"),
    ("495_426cdd090149", "not_found",
     "Chiến dịch Xuân tình nguyện 2026 của TP.HCM sẽ triển khai 300 công trình, phần việc thanh niên.",
     "495 and 1013 (same campaign) count attendees (hơn 4.000) and registrants (gần 70.000), lần thứ 18, but no công trình/phần việc. g.sh 'công trình.{0,60}(Xuân tình nguyện|2026)|Xuân tình nguyện.{0,160}công trình' = 0; g.sh '300 công trình' = 0; 519 (phường Thủ Đức) lists 200 người/200 suất quà/200 đơn vị máu for a ward campaign."),
    # ---------------- 532 ----------------
    ("532_8ca00e63249f", "not_found",
     "Hội nghị tuyên truyền ngày 28/01/2026 của LĐLĐ tỉnh Tuyên Quang cho cán bộ công đoàn cơ sở phường Bình Thuận có 120 cán bộ tham dự.",
     "532 names 2 nội dung (bầu cử QH khóa XVI/HĐND 2026-2031, Nghị quyết Đại hội Công đoàn tỉnh lần thứ I) but no attendance. g.sh 'Tuyên Quang|Bình Thuận' -> 532, 965 (Đại hội CĐ Tuyên Quang XVII 2023), Bình Thuận province pages - none count this conference; g.sh '120 cán bộ' = 0."),
    # ---------------- 581 ----------------
    ("581_94f251acdd8a", "supported",
     "Ông Chu Ngọc Anh được HĐND TP Hà Nội bầu tiếp tục giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 với 97,87% đại biểu có mặt tán thành.",
     "581: 'tiếp tục giữ chức vụ Chủ tịch Ủy ban Nhân dân thành phố khóa XVI, nhiệm kỳ 2021-2026, với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%).' Also 352."),
    ("581_94f251acdd8a", "differs",
     "Ông Nguyễn Ngọc Tuấn tái đắc cử Chủ tịch HĐND thành phố Hà Nội nhiệm kỳ 2021-2026 với 85% số đại biểu có mặt tán thành.",
     "581: 'ông Nguyễn Ngọc Tuấn ... đã tái đắc cử chức Chủ tịch Hội đồng Nhân dân thành phố Hà Nội nhiệm kỳ 2021-2026 với số phiếu 97,87% đại biểu có mặt (92/94 đại biểu).' 85% vs 97,87%. g.sh 'Nguyễn Ngọc Tuấn' -> no other vote share for this election (533 is his later miễn nhiệm; 100% there is for Phùng Thị Hồng Hà); g.sh '85%' -> unrelated (595, 706, 863)."),
    # ---------------- 628 ----------------
    ("628_c53b3d02e9d1", "supported",
     "Ông Thịnh Văn Huyên được bầu giữ chức Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với 34/34 phiếu bầu, đạt 100%.",
     "628: 'bầu bổ sung ông Thịnh Văn Huyên ... giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%.'"),
    # ---------------- 632 ----------------
    ("632_799fddc98cfe", "not_found",
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 400 nghìn hội viên.",
     "632 (Báo Gia Lai, 20/10/2025) only has '95 năm ngày thành lập Hội LHPN Việt Nam'. g.sh 'hội viên.{0,60}(Gia Lai|tỉnh)|Gia Lai.{0,100}hội viên' -> 632 (no count), 985 (Hội Nông dân Nghệ An, gần 500 nghìn hội viên), 1089 (Tiền Giang, 265.000) - other organisations/provinces; g.sh '400 nghìn hội viên|400\\.000 hội viên' = 0."),
    # ---------------- 717 ----------------
    ("717_98d937fa1780", "differs",
     "Hội nghị học tập chuyên đề của LĐLĐ thành phố Hải Phòng được tổ chức trực tuyến tại 9 điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng và chi nhánh của Viettel ...'. 9 vs 6. g.sh '9 điểm cầu|chín điểm cầu' = 0 (816 has 'điểm cầu 18 huyện' for another province)."),
    # ---------------- 771 ----------------
    ("771_462f2b2f6129", "not_found",
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 có 16 đội tham gia.",
     "771 only says 'LĐLĐ tỉnh phối hợp tổ chức Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024' - no team count. g.sh 'Nam Định' -> 771 plus incidental mentions (813, 985); g.sh '16 đội' -> only 727 ('16 đội hình' Đà Nẵng). 046 counts 18 đội for Cúp Báo Lao động Thủ đô (another tournament)."),
    # ---------------- 783 ----------------
    ("783_ef3db5842d22", "differs",
     "Hội nghị đánh giá công tác thi đua khen thưởng năm 2019 của Cụm thi đua số 3 LĐLĐ thành phố Hà Nội có lãnh đạo LĐLĐ của 8 huyện, thị xã tham dự.",
     "783: 'Dự hội nghị có các đồng chí chủ tịch, phó chủ tịch, cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây.' 8 vs 6. g.sh 'Cụm thi đua số 3' -> 783 and a 2023 teaser in seed 003 (no count); g.sh '8 huyện' -> only '18 huyện' in 816 (other province)."),
    ("783_ef3db5842d22", "not_found",
     "Năm 2019, các đơn vị trong Cụm thi đua số 3 LĐLĐ thành phố Hà Nội đã thành lập mới 52 công đoàn cơ sở.",
     "783 gives no CĐCS/đoàn viên figures for the cụm (only 6 huyện, thị xã; Hướng dẫn số 39). g.sh 'Cụm thi đua số 3' -> 783, 003 teaser; g.sh '52 công đoàn cơ sở|52 CĐCS' = 0."),
    # ---------------- 790 ----------------
    ("790_5a5357f6647f", "supported",
     "Trong công tác phòng, chống dịch Covid-19 năm 2020, các cơ sở Đoàn huyện Ea H'leo đã tổ chức 371 buổi diễu hành tuyên truyền.",
     "790: 'Công tác phòng, chống dịch Covid-19 cũng được các cơ sở Đoàn trong huyện tích cực thực hiện, kết quả đã tổ chức 371 buổi diễu hành tuyên truyền, phát hơn 17.000 tờ rơi...' (report of the 9-month 2020 review)."),
    ("790_5a5357f6647f", "differs",
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở huyện Ea H'leo đã thu hút khoảng 6.000 lượt đoàn viên, thanh niên tham gia.",
     "790: 'Chiến dịch Thanh niên tình nguyện hè năm 2020 thu hút hơn 4.500 lượt đoàn viên, thanh niên tham gia'. ~6.000 vs hơn 4.500. g.sh 'Ea H.?leo' -> only 790; g.sh '6\\.000 lượt' -> only 1105 (26.000 lượt hiến máu, other campaign)."),
    # ---------------- 866 ----------------
    ("866_0e852b70fa76", "supported",
     "Liên đoàn Lao động tỉnh Bến Tre cùng Báo Người Lao Động đã trao hai nghìn lá cờ Tổ quốc cho ngư dân 3 huyện ven biển Bình Đại, Ba Tri và Thạnh Phú.",
     "866: 'Liên đoàn Lao động tỉnh Bến Tre đã phối hợp cùng Báo Người Lao Động tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú'."),
    ("866_0e852b70fa76", "differs",
     "Giai đoạn 2020-2025, Báo Người Lao Động sẽ trao tặng 30.000 lá cờ Tổ quốc cho ngư dân tỉnh Bến Tre.",
     "866: 'trong đó có 20.000 cờ Tổ quốc Báo Người Lao Động sẽ trao tặng cho ngư dân tỉnh Bến Tre giai đoạn 2020-2025'. 30.000 vs 20.000. g.sh '30\\.000 cờ|30\\.000 lá' = 0; g.sh 'cờ Tổ quốc' -> 866, 727 (Đà Nẵng 500 lá), 545."),
    # ---------------- 991 ----------------
    ("991_a7a6bf1c6c7c", "supported",
     "Sáu tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "991: 'chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng.'"),
    ("991_a7a6bf1c6c7c", "differs",
     "Công đoàn Viên chức TP.HCM đã vận động CNVC-LĐ đóng góp khoảng 1,2 tỷ đồng ủng hộ phòng chống dịch Covid-19 và đồng bào vùng hạn mặn trong 6 tháng đầu năm 2020.",
     "991: 'CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19, hỗ trợ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn'. ~1,2 tỷ vs hơn 860 triệu. g.sh '1,2 tỷ' -> only 233 (gift to teachers/students, other org); g.sh 'Viên chức TP|860 triệu' -> 991, 706, 992, 1181 (other counts)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen159/claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main()
