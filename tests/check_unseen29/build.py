#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- batch 28 ----------------
    ("1141_9d4943b7be3d", S,
     "Thành phố Kon Tum có 99,5% cử tri đi bỏ phiếu trong cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026.",
     "1141: \"tỷ lệ cử tri thành phố tham gia bỏ phiếu đạt 99,5%\" (TP Kon Tum, bầu cử QH khóa XV và HĐND 2021-2026)."),
    ("1141_9d4943b7be3d", D,
     "Tại kỳ họp thứ nhất HĐND TP Kon Tum khóa XII, các đại biểu đã bầu 17 ủy viên UBND thành phố nhiệm kỳ 2021-2026.",
     "1141: \"bầu 15 ủy viên UBND thành phố nhiệm kỳ 2021-2026\". g.sh '17 ủy viên' -> only 1048 (\"dự kiến 17 Ủy viên ban thường vụ\" LĐLĐ TP Thủ Đức), unrelated; no other Kon Tum UBND count."),
    ("1142_6d91e1319bd8", N,
     "Ban Chấp hành Tỉnh đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027, có 45 ủy viên.",
     "1142 only says BCH Tỉnh đoàn held \"hội nghị lần thứ 9, nhiệm kỳ 2022-2027\" and elected bà Lê Ngọc Ánh \"với 100% số phiếu\"; no BCH size. Trap: 1105 counts BCH of the NEXT term: \"Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí\" (Đại hội lần XX) = another edition. g.sh '45 ủy viên|45 đồng chí' -> nothing."),
    ("1144_3a7da2e087d5", S,
     "Huyện Đức Trọng (Lâm Đồng) hiện vẫn còn hơn 1.100 hộ cận nghèo.",
     "1144: \"trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo\" (hơn 1.100 ~ 1.112; counted noun hộ cận nghèo, not hộ nghèo)."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế Ninh Bình đã trao Giấy chứng nhận \"Đạt chuẩn văn hóa\" cho 12 đơn vị, công đoàn cơ sở.",
     "1145 (body) only: \"trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS \\\"Đạt chuẩn văn hóa\\\"\" - no number (and that sentence is a photo caption). g.sh 'chuẩn văn hóa' -> 251 \"75 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa\" is LĐLĐ thị xã Sơn Tây (Hà Nội), another place; g.sh '12 đơn vị' -> nothing."),
    ("1146_b2735544a76a", S,
     "Tại Chợ Tết Công đoàn Tây Ninh 2025, Chủ tịch LĐLĐ tỉnh cùng Ban Tổ chức đã trao 150 phần quà cho công nhân khó khăn, bị tai nạn lao động.",
     "1146: \"ông Trịnh Văn Phước – Chủ tịch LĐLĐ tỉnh Tây Ninh ... trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động\"."),
    ("1147_b5a785ed6f78", S,
     "Liên đoàn Lao động thành phố Nha Trang đã tặng ba trăm bốn mươi lăm suất quà Tết cho đoàn viên, người lao động khó khăn tại chợ Tết Công đoàn năm 2025.",
     "1147: \"Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất cho đoàn viên, người lao động có hoàn cảnh khó khăn\" (spelled-out 345)."),
    ("1147_b5a785ed6f78", D,
     "Chợ Tết Công đoàn năm 2025 do LĐLĐ TP Nha Trang tổ chức ngày 10-1 có quy mô 12 gian hàng.",
     "1147: \"chợ Tết Công đoàn có quy mô gồm 7 gian hàng, trong đó có 1 gian hàng 0 đồng...\". g.sh '12 gian' -> nothing; other Nha Trang hit (1081) is a list of units, no stalls."),
    ("1149_4424f78738f5", S,
     "Chương trình \"Tết Nhân ái\" Xuân Bính Ngọ 2026 tại TP Huế trao quà cho người khó khăn với tổng trị giá 1.000 triệu đồng.",
     "1149: \"trao tặng 1.000 suất quà Tết ... Mỗi suất quà trị giá 1.000.000 đồng ... với tổng giá trị 1 tỷ đồng\" (1.000 triệu = 1 tỷ)."),
    ("1149_4424f78738f5", N,
     "Tại không gian \"Tết Nhân ái\" ở TP Huế, 500 người dân đã được khám, tư vấn sức khỏe miễn phí.",
     "1149 only has the caption \"Tư vấn, chăm sóc sức khỏe cho người dân tại không gian \\\"Tết Nhân ái\\\"\" - no count. g.sh 'Tết Nhân ái' -> 608 (Hội CTĐ tỉnh, 2023: \"khám bệnh ... cho trên 1.400 người\"), 681, 510: other provinces/years; g.sh '500 người dân' -> nothing."),
    ("1151_7634750607d5", D,
     "Hành trình Đỏ lần thứ XIII năm 2025 tại Thanh Hóa đặt mục tiêu vận động ít nhất 3.000 tình nguyện viên tham gia hiến máu.",
     "1151: \"Chương trình vận động ít nhất 2.000 tình nguyện viên ... tham gia hiến máu; dự kiến tiếp nhận ít nhất 1.500 đơn vị máu\". g.sh '3[.]000 tình nguyện|3000 tình nguyện|ba nghìn tình nguyện' -> nothing; 'Hành trình đỏ' only in 1151."),
    ("1151_7634750607d5", N,
     "Hành trình Đỏ năm 2024 tại Thanh Hóa đã tiếp nhận hơn 1.700 đơn vị máu.",
     "1151 counts only the 2025 (lần XIII) plan: \"dự kiến tiếp nhận ít nhất 1.500 đơn vị máu\"; 2024 is only mentioned in a caption (\"đoàn tình nguyện viên Hành trình Đỏ năm 2024 viếng...\") with no figure. g.sh 'Hành trình đỏ' -> only 1151; g.sh '1[.]700 đơn vị' -> nothing. Nearby Thanh Hóa blood figures are other things: 1105 \"26.000 lượt đoàn viên, thanh niên hiến 17.000 đơn vị máu\" (whole Đoàn term 2022-2025)."),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến 31/8/2025, Hội LHPN tỉnh Vĩnh Long đã hỗ trợ xóa 120 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152 names the task only: \"chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ\" - no count. g.sh 'nhà tạm' -> 690 (MTTQ, 8,8 tỷ đồng, other place), 1152; g.sh '120 căn|120 nhà' -> nothing; 867 (LĐLĐ tỉnh Vĩnh Long, 3 nhà mái ấm 2022) is another organisation/occasion."),
    ("1154_9689d812bb52", S,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 ở thành phố Tân Uyên thu nhận được 350 đơn vị máu.",
     "1154: \"Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu\" (Hội CTĐ TP Tân Uyên, đợt 4-2024)."),
    ("1154_9689d812bb52", D,
     "Khoảng 600 tình nguyện viên đã tham gia ngày hội hiến máu đợt 4-2024 do Hội Chữ thập đỏ TP Tân Uyên tổ chức.",
     "1154: \"Tham gia ngày hội có khoảng 400 tình nguyện\". g.sh '600 tình nguyện|600 (người|TNV)' -> nothing relevant; 347 \"hơn 600 cán bộ Công đoàn, đoàn viên - lao động\" is LĐLĐ TP HCM đợt 3/2025, another event."),
    ("1162_f63ea6510168", S,
     "Năm 2019, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng 45 công nhân giỏi tiêu biểu.",
     "1162: \"trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng\". (017 has 70 tiêu biểu for 2024 = another year.)"),
    ("1162_f63ea6510168", D,
     "Công đoàn ngành GTVT Hà Nội hiện quản lý 35 công đoàn cơ sở.",
     "1162: \"CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên\". g.sh '35 (CĐ|công đoàn) cơ sở|35 CĐCS' -> nothing; 015/017 (same union) give no CĐCS count."),
    ("1163_ce39322f4329", D,
     "Có 312 cán bộ, đoàn viên, người lao động đăng ký hiến máu tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của LĐLĐ TP Thủ Đức.",
     "1163: \"ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu với 77.600 ml máu\". g.sh '312 ' -> nothing; no other Thủ Đức blood-drive page."),
    ("1164_6cbdc75fc4cc", N,
     "Ngày hội hiến máu do LĐLĐ quận Tân Bình (TP HCM) phối hợp tổ chức đã thu được 120 đơn vị máu.",
     "1164 counts volunteers (\"Hơn 100 tình nguyện viên\") and per-person volume (\"Mỗi người hiến từ 350-450 ml máu\"), never units collected. g.sh 'Tân Bình' -> only 1164; g.sh '120 đơn vị' -> nothing."),
    ("1165_0f422ded738f", S,
     "Đợt hiến máu hưởng ứng chiến dịch \"Lễ hội Xuân hồng\" năm 2019 do LĐLĐ thành phố Bến Tre vận động đã thu được 84 đơn vị máu.",
     "1165: \"Liên đoàn Lao động thành phố phối hợp với Hội Chữ thập đỏ vận động cán bộ CNVCLĐ tham gia hiến máu tình nguyện hưởng ứng chiến dịch 'Lễ hội Xuân hồng' năm 2019 được 84 đơn vị máu\" (signed LĐLĐ thành phố Bến Tre)."),
    ("1166_ea87f1aaef64", D,
     "Nhân 86 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ TP Hội An khen thưởng con CNVC-LĐ có thành tích năm học 2014-2015 với tổng giá trị 35 triệu đồng.",
     "1166: \"trao 83 suất quà cho các em học sinh vượt khó học khá giỏi và 15 em đạt các giải ... với tổng giá trị 20 triệu đồng\". g.sh '35 triệu' -> 051 (Mái ấm, Chương Mỹ), others unrelated; Hội An pages 207/642 are other occasions (2022-2023)."),
    ("1168_4ac4afe82df2", S,
     "Trong năm 2015, Công đoàn ngành Y tế Quảng Ngãi đã sửa chữa, xây mới bốn căn nhà \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.",
     "1168: \"trong năm 2015 đã sửa chữa và xây mới 4 căn nhà 'Mái ấm Công đoàn' cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí 130 triệu đồng\"."),
    ("1168_4ac4afe82df2", D,
     "Nữ chiếm 75% tổng số đoàn viên Công đoàn ngành Y tế tỉnh Quảng Ngãi năm 2015.",
     "1168: \"Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)\". g.sh 'chiếm 75|75%' -> nothing."),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 300 tập thể, cá nhân điển hình tiên tiến.",
     "1169: \"Đồng thời tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc\" (no number) and only \"Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến được tuyên dương\" (one hospital's count, another thing). g.sh '300 tập thể' -> nothing; other 'Đại hội thi đua yêu nước' hits are Lạng Sơn/Hà Nội/Dệt May."),
    ("1171_e3a5bb5bbced", D,
     "\"Đêm hội trăng rằm\" do LĐLĐ quận 6 (TP HCM) tổ chức đã mang niềm vui đến hơn 300 thiếu nhi là con công nhân khó khăn.",
     "1171: \"hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... 'Đêm hội trăng rằm' do LĐLĐ quận 6, TP HCM tổ chức\" (Gò Vấp: \"gần 100\"). g.sh '300 thiếu nhi|300 cháu|300 em' -> nothing; 'quận 6' only in 1171."),
    # ---------------- batch 29 ----------------
    ("1181_5c58fd030683", S,
     "Dịp Tết Trung thu năm 2022, Công đoàn Viên chức TP.HCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn.",
     "1181: \"Tết Trung thu năm nay, Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn\" (not the 'hơn 500' at the Khu Công nghệ cao evening, not 'hơn 15.000 phần' total)."),
    ("1181_5c58fd030683", D,
     "Công đoàn các Khu chế xuất - Khu công nghiệp TP.HCM tổ chức chương trình \"Trung thu yêu thương\" năm 2022 cho 900 con công nhân.",
     "1181: \"Công đoàn các KCX-KCN TPHCM tổ chức chương trình 'Trung thu yêu thương' cho 600 con công nhân đang làm việc tại các KCN\". g.sh '900 con|900 thiếu nhi|900 cháu|900 em' -> nothing."),
    ("1182_0c6515fa5445", S,
     "Giữa năm 2016, Công đoàn Y tế Việt Nam có hơn 40 nghìn đoàn viên.",
     "1182 (2016): \"CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở\" (hơn 40 nghìn ~ 40.455). 1210's \"hơn 51 nghìn đoàn viên, công nhân, viên chức, lao động\" is 2023 (Đại hội XIV), another period."),
    ("1182_0c6515fa5445", D,
     "Sáu tháng đầu năm 2016, Công đoàn Y tế Việt Nam đã hỗ trợ đoàn viên, người lao động khó khăn khoảng 1,5 tỷ đồng.",
     "1182: \"6 tháng đầu năm 2016, đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng\". g.sh '1,5 tỷ|1,5 tỉ|1[.]500 triệu' -> 500 (phiếu mua hàng), 166 (501,5 tỷ) - unrelated."),
    ("1184_cb778a6c815b", N,
     "Trong Tháng Công nhân năm 2023, Công đoàn Điện lực Việt Nam biểu dương 100 \"Người lao động ngành Điện tiêu biểu\".",
     "1184 (plan, 2023) only: \"tổ chức biểu dương, khen thưởng 'Người lao động ngành Điện tiêu biểu' ... năm 2023\" - no number. Traps: 1185 \"117 'Người lao động ngành Điện tiêu biểu' năm 2025\" (another year), 1126 \"7 cá nhân ... năm 2022\" (one Tổng công ty, another year). g.sh '100 .?Người lao động' -> nothing."),
    ("1185_e4ec05aab551", N,
     "Trong số những người được Công đoàn Điện lực Việt Nam biểu dương \"Người lao động ngành Điện tiêu biểu\" năm 2025 có 25 lao động nữ.",
     "1185's body gives no count at all (the 117 total is only in the headline \"Sẽ biểu dương 117 'Người lao động ngành Điện tiêu biểu' năm 2025\"); no page counts the women among them (another counted noun: lao động nữ vs all honourees). g.sh '25 (lao động nữ|nữ)|lao động nữ' -> nothing relevant."),
    ("1186_963a0c8c187d", S,
     "Có 218 đại biểu về dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030.",
     "1186: \"... và 218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới\" (Đại hội lần V, 28/11/2025). 1187's \"Gần 220 đại biểu\" is Đại hội lần III (another edition, compatible anyway)."),
    ("1186_963a0c8c187d", N,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V đã bầu Ban Chấp hành khóa mới gồm 27 ủy viên.",
     "1186 lists guests and delegates but gives no BCH size; 1187 (lần III) neither. g.sh 'Bưu điện' -> only 1186/1187; g.sh '27 ủy viên|27 đồng chí' -> nothing."),
    ("1187_61862f52ba00", D,
     "Đại hội đại biểu Công đoàn Bưu điện Việt Nam lần thứ III có các đại biểu đại diện cho hơn 30 nghìn đoàn viên công đoàn.",
     "1187: \"Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở\" (lần III). g.sh '30 nghìn đoàn viên|30[.]000 đoàn viên' -> nothing (1186's 22.514 is lần V)."),
    ("1189_e352b2061a84", S,
     "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI đã tuyên dương, khen thưởng 107 cá nhân điển hình tiên tiến.",
     "1189: \"gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến\" (12/9/2025, lần VI)."),
    ("1189_e352b2061a84", N,
     "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ V (giai đoạn 2015-2020) đã khen thưởng 95 cá nhân điển hình tiên tiến.",
     "Only lần VI (2020-2025) is counted (1189). g.sh 'Dệt May' -> 133, 031, seed 003: other organisations/occasions, no lần V; g.sh '95 cá nhân' -> nothing. Another edition of the event."),
    ("1190_b264d705f1e4", D,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút khoảng 200 vận động viên.",
     "1190: \"Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước\" (also \"hơn 120 VĐV tham gia\"). g.sh '200 (VĐV|vận động viên|lượt)' -> nothing."),
    ("1192_dccb05c77ecc", S,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2019 có 24 đoàn tham gia tranh tài.",
     "1192: \"Hội thao có 24 đoàn tham gia gồm: NHNN tỉnh, 19 chi nhánh NHTM, Ngân hàng CSXH, Quỹ Đầu tư phát triển và 02 QTDND\" (10-12/5/2019)."),
    ("1193_f2efb2123ee3", D,
     "Hội thao NHCSXH khu vực V năm 2023 có vận động viên đến từ 15 công đoàn cơ sở tham dự.",
     "1193: \"khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở tại 11 chi nhánh NHCSXH\". g.sh '15 (Công đoàn cơ sở|CĐCS)' -> nothing."),
    ("1194_7d78d6932b24", S,
     "Hơn 100 công nhân lao động đã được tuyên truyền kỹ năng phòng chống ma túy, tội phạm trong buổi sinh hoạt do LĐLĐ quận Thốt Nốt tổ chức ngày 28/5/2023.",
     "1194: \"trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền\" (hơn 100 ~ trên 100)."),
    ("1201_a1def21c7eed", S,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có 185 đại biểu chính thức tham dự.",
     "1201: \"Đại hội Công đoàn huyện Sóc Sơn lần thứ XI ... với sự tham dự của 185 đại biểu chính thức đại diện cho đoàn viên công đoàn trong toàn huyện\"."),
    ("1203_8200442a65ac", D,
     "Điểm sinh hoạt văn hóa công nhân Cụm Công nghiệp Văn Tự (huyện Thường Tín) có tổng mức đầu tư khoảng 5 tỷ đồng.",
     "1203: \"có diện tích trên 3.000 m2, tổng mức đầu tư hơn 2 tỉ đồng\". g.sh '5 (tỷ|tỉ) đồng' hits (038, 500, 907...) are other programmes; 'Văn Tự|Hoàng Tín' only in 1203."),
    ("1204_edc4cc477089", N,
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "1204 says it will \"bầu BCH Công đoàn mới, bầu đại biểu đi dự Đại hội Công đoàn quận lần thứ XI\" - no size. g.sh 'Lý Tự Trọng|Ngô Quyền' -> only 1204; g.sh '5 đồng chí' -> 302 (Mầm non Hoa Trạng Nguyên), 593 (Ban Thẩm tra) - other bodies."),
    ("1205_8824486ce1df", D,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 nhiệm kỳ 2023-2028 có 62 công đoàn viên tham dự.",
     "1205: \"Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10\" (among attendees of the 07/4/2023 đại hội). g.sh 'Sơn Ca|62 (công đoàn viên|đoàn viên)' -> only 1022 (62 đoàn viên vay vốn, another thing)."),
    ("1209_cc4503c01e38", N,
     "Hội nghị cán bộ, công chức, viên chức năm 2022 của Bệnh viện Từ Dũ có 300 đại biểu tham dự.",
     "1209 has no attendance figure (only the date 31/12/2021 and a named guest). g.sh 'Từ Dũ' -> only 1209; '300 đại biểu' hits (571/742 Đà Nẵng, 743 Khánh Hòa) are other congresses."),
    ("1210_f54349fbf825", D,
     "Các đại biểu dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV nhiệm kỳ 2023-2028 đại diện cho hơn 70 nghìn đoàn viên, công nhân, viên chức, lao động ngành Y tế.",
     "1210: \"250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên, công nhân, viên chức, lao động ngành Y tế\". g.sh '70 nghìn|70[.]000 đoàn' -> only 610 (70 nghìn suất quà Quảng Ngãi), unrelated."),
    ("1210_f54349fbf825", N,
     "Ban Chấp hành Công đoàn Y tế Việt Nam khóa XIV, nhiệm kỳ 2023-2028 gồm 35 ủy viên.",
     "1210: \"Đại hội đã bầu ra Ban chấp hành, Ban thường vụ và các chức danh\" - no size. Trap: 115 \"Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người\" (same khóa number, another organisation). g.sh '35 ủy viên|35 người|35 đồng chí' -> 115, 348 (Đảng bộ Sóc Sơn), 1089 (Hội Nông dân Tiền Giang)."),
    ("1211_28597f193f57", S,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 17 đồng chí.",
     "1211: \"bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí và đoàn đại biểu dự Đại hội công đoàn cấp trên có 17 đồng chí\"."),
    ("1212_1bec97bc06dc", S,
     "Đoàn kiểm tra do Chủ tịch LĐLĐ huyện Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra xong 48 công đoàn cơ sở trường học trong năm học 2021-2022.",
     "1212: \"đã kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022\"; \"đồng chí Lý Hồng Ngọc – Chủ tịch Liên đoàn Lao động huyện - Trưởng đoàn\"."),
    ("1213_9f9593bce75e", S,
     "Chương trình học bổng Nguyễn Đức Cảnh dành cho con công nhân ở TP.HCM đến nay đã trao hơn 4.000 suất học bổng.",
     "1213: \"Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học\" (học bổng Nguyễn Đức Cảnh, LĐLĐ TPHCM)."),
    ("1213_9f9593bce75e", N,
     "Năm 2025, Liên đoàn Lao động TP.HCM đã trao 180 suất học bổng Nguyễn Đức Cảnh cho học sinh khó khăn.",
     "1213 is about 2026 and gives no per-year count in its body (only 'hơn 4.000' cumulative); no page counts the 2025 round. g.sh 'Nguyễn Đức Cảnh' -> 043/106/166 = Giải thưởng Nguyễn Đức Cảnh for workers (another thing); g.sh '180 suất' -> nothing."),
    # ---------------- seeds ----------------
    ("seed", S,
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 đã khen thưởng các thí sinh đạt giải với tổng số tiền giải 564 triệu đồng.",
     "seed 000_bfafa456d464a790: \"Hội thi thi thợ giỏi thành phố Hà Nội năm 2023 ... khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng\". (497's 564 triệu is MTTQ Hà Nội receiving donations - another thing.)"),
    ("seed", D,
     "Trong Tháng Công nhân năm 2023, LĐLĐ thành phố Hà Nội đã thăm hỏi, trao trợ cấp cho hơn 2.600 công nhân lao động khó khăn với tổng số tiền 4,5 tỷ đồng.",
     "seed 003_7db656824e63f1d3: \"trao trợ cấp cho trên 2.600 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, mắc bệnh nghề nghiệp với tổng số tiền 2,9 tỷ đồng\". g.sh '4,5 tỷ' -> 500 (vé xe 15.000 vé, another programme)."),
    ("seed", N,
     "Hội thi thợ giỏi thành phố Hà Nội năm 2022 thu hút 280 thí sinh tham gia.",
     "Only the 2023 city contest is counted (seed 000: \"363 thí sinh\"). 068 \"109 CNLĐ tham gia Hội thi thợ giỏi ... các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII\" (2022) is another organiser's contest; 069/339 are ngành Xây dựng. g.sh '280 thí sinh' -> nothing."),
]


def curly(s):
    """Straight double quotes -> typographic “ ” (alternating), so the TSV needs no CSV quoting."""
    s = s.replace('\\"', "'")
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def nfc(s):
    s = unicodedata.normalize("NFC", curly(s))
    assert "\t" not in s and "\n" not in s and '"' not in s, s
    return s


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 3, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
