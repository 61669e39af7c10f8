#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check claim set (unseen31).

Plain Python (csv + unicodedata only). Each claim: (page_id, verdict, claim, why).
Output is NFC-normalised and sorted by page_id.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 1144 Đức Trọng, Tháng cao điểm Vì người nghèo 2023 ----------------
    ("1144_3a7da2e087d5", S,
     "Theo Ủy ban MTTQ huyện Đức Trọng (Lâm Đồng), khi phát động Tháng cao điểm Vì người nghèo năm 2023, toàn huyện vẫn còn 533 hộ nghèo.",
     "1144: 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo' (lễ phát động 2/10, năm 2023). "
     "The 2022 edition page 610 (Đức Trọng 2022) gives no household counts (grep 'hộ' on 610)."),
    ("1144_3a7da2e087d5", D,
     "Huyện Đức Trọng, tỉnh Lâm Đồng hiện còn khoảng 1 400 hộ cận nghèo, theo thông tin tại lễ phát động Tháng cao điểm Vì người nghèo năm 2023.",
     "1144: '533 hộ nghèo và 1.112 hộ cận nghèo' -> 1.112, not ~1.400. g.sh '1[.,]?400 hộ' = no hit; g.sh 'Đức Trọng' only 1144 and 610 (2022, no counts)."),

    # ---------------- 1146 Chợ Tết Công đoàn Tây Ninh 2025 ----------------
    ("1146_b2735544a76a", S,
     "Tại lễ khai mạc Chợ Tết Công đoàn Tây Ninh đầu năm 2025, Chủ tịch LĐLĐ tỉnh Trịnh Văn Phước cùng Ban Tổ chức đã trao 150 suất quà cho công nhân có hoàn cảnh khó khăn, bị tai nạn lao động.",
     "1146: 'ông Trịnh Văn Phước – Chủ tịch LĐLĐ tỉnh Tây Ninh đã cùng Ban Tổ chức ... trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động'; 'Chợ Tết Công đoàn Tây Ninh diễn ra từ ngày 02/01 đến ngày 05/01/2025'. suất quà = phần quà."),
    ("1146_b2735544a76a", D,
     "Chợ Tết Công đoàn tỉnh Tây Ninh năm 2025, diễn ra từ ngày 2 đến 5/1, quy tụ hơn 60 gian hàng nhu yếu phẩm, hàng tiêu dùng phục vụ công nhân.",
     "1146: 'Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng' -> hơn 40, not hơn 60. "
     "g.sh '60 gian|sáu mươi gian' = no hit. Other Chợ Tết gian-hàng counts are Hà Nội (262: 72 gian hàng 2023; 276: hơn 70 2026; 310: 124 in 2024) - other organisation."),

    # ---------------- 1163 Hiến máu LĐLĐ TP Thủ Đức đợt 4/2024 ----------------
    ("1163_ce39322f4329", S,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do Liên đoàn Lao động TP Thủ Đức phối hợp Hội Chữ thập đỏ tổ chức đã có hơn 220 cán bộ, đoàn viên, người lao động đăng ký hiến máu.",
     "1163: 'Ngày hội hiến máu tình nguyện đợt 4 năm 2024' ... 'ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu' -> hơn 220 ~ 226."),
    ("1163_ce39322f4329", D,
     "Ngày hội hiến máu đợt 4 năm 2024 tại trụ sở LĐLĐ thành phố Thủ Đức đã thu được khoảng 95.000 ml máu.",
     "1163: 'đăng ký tham gia hiến máu với 77.600 ml máu' -> 77.600 ml, not ~95.000. g.sh '95[.,]?000' only 606 ('hơn 95.000 người tham gia' a run/campaign, other thing); g.sh 'ml máu' only 1163/1164."),

    # ---------------- 1164 Hiến máu LĐLĐ quận Tân Bình ----------------
    ("1164_6cbdc75fc4cc", S,
     "Hơn một trăm đoàn viên công đoàn, đoàn viên thanh niên và CNVC-LĐ quận Tân Bình, TP HCM đã tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận phối hợp tổ chức.",
     "1164: 'Hơn 100 tình nguyện viên là đoàn viên Công đoàn, đoàn viên thanh niên và CNVC-LĐ quận Tân Bình, TP HCM vừa tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận phối hợp ... tổ chức'. Spelled-out 'một trăm'."),
    ("1164_6cbdc75fc4cc", D,
     "Tại ngày hội hiến máu tình nguyện của LĐLĐ quận Tân Bình (TP HCM), mỗi tình nguyện viên hiến 250 ml máu.",
     "1164: 'Mỗi người hiến từ 350-450 ml máu' -> 350-450 ml per person, 250 ml is outside. g.sh '250 ?ml' = no hit."),

    # ---------------- 1165 Hiến máu Xuân hồng 2019, LĐLĐ TP Bến Tre ----------------
    ("1165_0f422ded738f", D,
     "Đợt hiến máu hưởng ứng chiến dịch 'Lễ hội Xuân hồng' năm 2019 do LĐLĐ thành phố Bến Tre phối hợp Hội Chữ thập đỏ tổ chức ngày 6/12/2019 đã thu được 120 đơn vị máu.",
     "1165: 'Sáng ngày 06/12/2019, Liên đoàn Lao động thành phố phối hợp với Hội Chữ thập đỏ vận động cán bộ CNVCLĐ tham gia hiến máu tình nguyện hưởng ứng chiến dịch \"Lễ hội Xuân hồng\" năm 2019 được 84 đơn vị máu' (signed 'LĐLĐ thành phố Bến Tre') -> 84, not 120. g.sh '120 đơn vị' = no hit; 'Xuân hồng' only 1165."),
    ("1165_0f422ded738f", N,
     "Có hơn 100 cán bộ, CNVCLĐ thành phố Bến Tre tham gia hiến máu tình nguyện hưởng ứng chiến dịch 'Lễ hội Xuân hồng' năm 2019.",
     "1165 counts blood units ('được 84 đơn vị máu'), never the number of donors/people. g.sh 'Bến Tre|Xuân hồng': 630 (Công đoàn Y tế Bến Tre congress), 866 (cờ Tổ quốc) - no donor count. Counted noun differs (người vs đơn vị máu)."),

    # ---------------- 1166 LĐLĐ TP Hội An khen thưởng học sinh 2015 ----------------
    ("1166_ea87f1aaef64", S,
     "Nhân kỷ niệm Ngày thành lập Công đoàn Việt Nam 28/7/2015, Liên đoàn Lao động thành phố Hội An đã trao 83 suất quà cho các em học sinh vượt khó, học khá giỏi là con CNVC-LĐ.",
     "1166: 'Nhân kỷ niệm 86 năm ngày Thành lập Công Đoàn Việt Nam (28.7.1929 - 28.7.2015) ... Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi'; 'hoạt động thường niên của Công đoàn Hội An'. (The '860' under the date is a view counter.)"),
    ("1166_ea87f1aaef64", D,
     "Các suất quà và phần thưởng LĐLĐ thành phố Hội An trao cho con CNVC-LĐ có thành tích trong năm học 2014-2015 có tổng giá trị 35 triệu đồng.",
     "1166: '83 suất quà ... và 15 em đạt các giải ... với tổng giá trị 20 triệu đồng' -> 20 triệu, not 35. g.sh '35 triệu': 051 (Chương Mỹ house support), 458/694 (135/335 triệu, other events) - none Hội An. Other Hội An pages 207/642 are 2022-2023 events."),

    # ---------------- 1169 Đại hội thi đua yêu nước ngành Y tế lần VI 2015 ----------------
    ("1169_2df73ad10d97", S,
     "Tại Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015, Bệnh viện C Đà Nẵng có một cá nhân điển hình tiên tiến được tuyên dương.",
     "1169: 'Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015' ... 'Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến được tuyên dương tại đại hội.' 01 = một."),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI ngày 17/9/2015 đã tuyên dương 300 tập thể, cá nhân điển hình tiên tiến xuất sắc của toàn ngành.",
     "1169 only says 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc' (no total); its only count is Bệnh viện C Đà Nẵng's '01 cá nhân' (one hospital, not the whole congress). g.sh 'thi đua yêu nước ngành Y|ngành Y tế lần thứ VI' = only 1169; g.sh '300 tập thể' = no hit."),

    # ---------------- 1171 Đêm hội trăng rằm quận 6 / Gò Vấp 2024 ----------------
    ("1171_e3a5bb5bbced", S,
     "Đêm hội trăng rằm năm 2024 do LĐLĐ quận 6, TP HCM tổ chức đã mang niềm vui đến hơn 100 thiếu nhi là con công nhân khó khăn ở các khu lưu trú.",
     "1171 (date 2024-09): 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú đã trải qua ... \"Đêm hội trăng rằm\" do LĐLĐ quận 6, TP HCM tổ chức'."),
    ("1171_e3a5bb5bbced", D,
     "Chương trình 'Đêm hội trăng rằm' năm 2024 của LĐLĐ quận Gò Vấp, TP HCM đã lan tỏa niềm vui đến khoảng 200 thiếu nhi là con đoàn viên, lao động khó khăn.",
     "1171: 'Chương trình \"Đêm hội trăng rằm\" do LĐLĐ quận Gò Vấp, TP HCM tổ chức mới đây cũng lan tỏa niềm vui đến gần 100 thiếu nhi là con đoàn viên - lao động khó khăn' -> gần 100, not ~200. "
     "g.sh '200 (thiếu nhi|trẻ|cháu|em)' = no hit; 'quận 6|Gò Vấp' only in 1171."),

    # ---------------- 1185 Người lao động ngành Điện tiêu biểu ----------------
    ("1185_e4ec05aab551", N,
     "Năm 2024, Công đoàn Điện lực Việt Nam đã biểu dương 110 'Người lao động ngành Điện tiêu biểu'.",
     "Another edition: 1185 is about the 2025 ceremony (its headline: 'Sẽ biểu dương 117 \"Người lao động ngành Điện tiêu biểu\" năm 2025'; body gives date 23-24/5/2025, no count). "
     "g.sh 'ngành Điện tiêu biểu|Người lao động ngành Điện': 1126 ('7 cá nhân ... \"Người lao động ngành điện tiêu biểu\" năm 2022' of one Tổng công ty), 1184 (2022 plan, no count). No 2024 count anywhere; g.sh '110 (người|NLĐ)' = no hit."),

    # ---------------- 1187 Đại hội Công đoàn Bưu điện VN lần III ----------------
    ("1187_61862f52ba00", S,
     "Các đại biểu về dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III ngày 14/4 đại diện cho hơn 23 nghìn đoàn viên công đoàn.",
     "1187: 'Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III sẽ chính thức diễn ra trong ngày 14/4 ... Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở'. hơn 23 nghìn ~ 23.370. "
     "Note 1186 is the lần V congress (2025): '218 đại biểu đại diện cho 22.514 đoàn viên' - another edition, must not be matched."),
    ("1187_61862f52ba00", D,
     "Khoảng 320 đại biểu là cán bộ, đoàn viên Công đoàn xuất sắc đã về dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III.",
     "1187: 'Gần 220 đại biểu là những cán bộ, đoàn viên Công đoàn xuất sắc ... sẽ về dự Đại hội' (lần III) -> gần 220, not ~320. g.sh '320 đại biểu' = no hit; lần V (1186) has 218, also not 320."),

    # ---------------- 1190 Hội thao Công đoàn Ngân hàng VN cụm 8, 2019 ----------------
    ("1190_b264d705f1e4", S,
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019, khai mạc sáng 25/5 tại Trung tâm Văn hóa - Thể thao Vietsovpetro, thu hút hơn 120 lượt vận động viên.",
     "1190: 'lễ khai mạc hội thao Công đoàn Ngân hàng Việt Nam - cụm thi đua số 8 năm 2019'; 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước'."),
    ("1190_b264d705f1e4", D,
     "Vận động viên dự hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 là cán bộ, CNVC của tám chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ.",
     "1190: 'thuộc 6 chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ (cụm thi đua số 8), gồm: Bình Dương, Bình Phước, Đồng Nai, Tây Ninh, Bình Thuận và Bà Rịa - Vũng Tàu' -> 6, not 8 (8 is the cụm number). g.sh '(8|tám) chi nhánh' = no hit."),

    # ---------------- 1192 Hội thao ngành Ngân hàng Vĩnh Long 2019 ----------------
    ("1192_dccb05c77ecc", S,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra từ ngày 10 đến 12/5/2019 có 24 đoàn tham gia.",
     "1192: 'Ngày 10-12/5/2019, đã diễn ra Hội thao ngành Ngân hàng tỉnh Vĩnh Long'; 'Hội thao có 24 đoàn tham gia gồm: NHNN tỉnh, 19 chi nhánh NHTM, ...'."),
    ("1192_dccb05c77ecc", D,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long tháng 5/2019 quy tụ trên 600 vận động viên, đại diện cho công chức, người lao động ngành Ngân hàng trên địa bàn.",
     "1192: 'với trên 444 vận động viên, đại diện cho gần 1.800 công chức, người lao động ngành Ngân hàng trên địa bàn' -> trên 444, not trên 600. g.sh '600 (vận động viên|VĐV)' = no hit."),

    # ---------------- 1193 Hội thao NHCSXH khu vực V 2023 ----------------
    ("1193_f2efb2123ee3", S,
     "Hội thao Ngân hàng Chính sách xã hội khu vực V năm 2023, tổ chức từ 30/6 đến 2/7/2023 tại Nhà thi đấu Xí nghiệp Liên doanh dầu khí Việt - Nga, có khoảng 430 vận động viên tham dự.",
     "1193: 'từ ngày 30/6 đến 2/7/2023, tại Nhà thi đấu Xí nghiệp Liên doanh dầu khí Việt- Nga, NHCSXH tỉnh đăng cai tổ chức hội thao NHCSXH năm 2023, khu vực V. Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở'."),
    ("1193_f2efb2123ee3", D,
     "Các vận động viên dự Hội thao NHCSXH khu vực V năm 2023 tranh tài ở chín bộ môn thi đấu.",
     "1193: 'tham gia tranh tài với 7 bộ môn thi đấu: Kéo co, Bóng đá mini, bóng chuyền hơi, cầu lông, bóng bàn, cờ tướng và tennis' -> 7, not 9. g.sh '(9|chín) (bộ )?môn' = no hit."),

    # ---------------- 1194 LĐLĐ quận Thốt Nốt tuyên truyền phòng chống ma túy 2023 ----------------
    ("1194_7d78d6932b24", D,
     "Khoảng 300 công nhân lao động tại mô hình nhà trọ an toàn và KCN Thốt Nốt đã được tuyên truyền phòng chống ma túy, tội phạm trong buổi sinh hoạt do LĐLĐ quận Thốt Nốt tổ chức ngày 28/5/2023.",
     "1194: 'sáng ngày 28/5/2023, Liên đoàn Lao động quận Thốt Nốt tổ chức tuyên truyền ...'; 'trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ... tuyên truyền' -> trên 100, not ~300. "
     "g.sh '300 công nhân': only 626 ('một trong 300 công nhân được nhận quà tết', other event); 'Thốt Nốt' only 1194."),

    # ---------------- 1201 Đại hội Công đoàn huyện Sóc Sơn XI ----------------
    ("1201_a1def21c7eed", S,
     "Trước Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028, tỷ lệ công đoàn cơ sở trên địa bàn tổ chức xong đại hội đạt 100%.",
     "1201: 'Đại hội công đoàn cấp cơ sở đã hoàn tất giữa quý 2/2023, số đơn vị tổ chức đại hội đạt tỷ lệ 100%. Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 sẽ diễn ra ...'."),
    ("1201_a1def21c7eed", D,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028, diễn ra ngày 26-27/6/2023 với 158 đại biểu chính thức.",
     "1201: 'từ ngày 26 đến ngày 27/6/2023 với sự tham dự của 185 đại biểu chính thức' -> 185 (digits swapped), not 158. g.sh '158' only a URL id in 043. Other Sóc Sơn pages (049, 131, 181, 343, 348) give no congress delegate count."),

    # ---------------- 1203 Điểm sinh hoạt văn hóa CN Văn Tự, Thường Tín ----------------
    ("1203_8200442a65ac", S,
     "Điểm sinh hoạt văn hóa công nhân Cụm công nghiệp Văn Tự (huyện Thường Tín, Hà Nội) vừa được LĐLĐ huyện gắn biển có diện tích hơn 3000 m2.",
     "1203: 'Dự án \"Điểm sinh hoạt văn hóa CN\" Cụm Công nghiệp Văn Tự ... có diện tích trên 3.000 m2, tổng mức đầu tư hơn 2 tỉ đồng'; 'LĐLĐ huyện Thường Tín, TP Hà Nội vừa tổ chức lễ gắn biển'."),
    ("1203_8200442a65ac", D,
     "Công trình 'Điểm sinh hoạt văn hóa công nhân' tại Cụm công nghiệp Văn Tự, huyện Thường Tín có tổng mức đầu tư hơn 5 tỉ đồng.",
     "1203: 'tổng mức đầu tư hơn 2 tỉ đồng' -> hơn 2 tỉ, not hơn 5 tỉ. g.sh 'Văn Tự|Thường Tín' only 1203 and 418 (Vành đai 4 workers, no money); g.sh '5 t[ỉỷ]' hits are other things (038, 155, 451, 491, 500...)."),

    # ---------------- 1205 Đại hội CĐCS Mầm non Sơn Ca 10 ----------------
    ("1205_8824486ce1df", D,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028, tổ chức ngày 7/4/2023, có 52 công đoàn viên tham dự.",
     "1205: 'Ngày 07/4/2023, CĐCS Trường Mầm non Sơn Ca 10 đã tổ chức Đại hội Công đoàn nhiệm kỳ 2023-2028 ... - Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10' -> 42, not 52. g.sh '52 (công )?đoàn viên' only '1.052 đoàn viên' (seed 002, KCN-CX Hà Nội)."),
    ("1205_8824486ce1df", N,
     "Ban Chấp hành Công đoàn Trường Mầm non Sơn Ca 10 nhiệm kỳ 2023-2028 ra mắt Đại hội gồm 5 đồng chí.",
     "1205 only has the caption-like line 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' with no size. g.sh 'Sơn Ca' only 1205. Trap: 302 'Bầu 5 đồng chí vào Ban Chấp hành Công đoàn Trường Mầm non Hoa Trạng Nguyên khóa I' is another school."),

    # ---------------- 1211 Công đoàn ngành Y tế Thanh Hóa khóa XVIII ----------------
    ("1211_28597f193f57", S,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022, có các đại biểu đại diện cho hơn 12.000 công nhân viên chức lao động toàn ngành về dự.",
     "1211: 'Công đoàn ngành Y tế Thanh Hóa đã tổ chức đại hội khóa XVIII nhiệm kỳ 2017-2022; 176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế đã về dự.' hơn 12.000 = hơn 12 nghìn."),
    ("1211_28597f193f57", D,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII (nhiệm kỳ 2017-2022) đã bầu Ban Chấp hành gồm 21 đồng chí.",
     "1211: 'bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí' -> 17, not 21. g.sh '21 đồng chí': 237 (BCH Công đoàn quận Hai Bà Trưng khóa XIX), 239 (BCH Công đoàn ngành Xây dựng Hà Nội khóa XIV) - other organisations."),

    # ---------------- 976 Đồng Nai 3 Bí thư Huyện ủy ----------------
    ("976_f65ba36a6479", S,
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định ba cán bộ giữ chức Bí thư Huyện ủy các huyện Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch, có hiệu lực từ ngày 5/10/2024.",
     "976: 'Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch'; 'Các quyết định có hiệu lực kể từ ngày 5/10/2024.'"),
    ("976_f65ba36a6479", D,
     "Trong đợt điều động cán bộ có hiệu lực từ 5/10/2024, Đồng Nai có 4 Bí thư Huyện ủy mới được chỉ định.",
     "976: title 'Đồng Nai có 3 Bí thư Huyện ủy mới' and body 'điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch' -> 3, not 4. g.sh '(bốn|4) (cán bộ|Bí thư Huyện)' only 523/524 (Nghệ An union cadres, other thing)."),

    # ---------------- 1142 Tỉnh đoàn Thanh Hóa ----------------
    ("1142_6d91e1319bd8", S,
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.",
     "1142: 'Ban Chấp hành Tỉnh đoàn Thanh Hóa đã bầu bà Lê Ngọc Ánh ... giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.'"),
    ("1142_6d91e1319bd8", D,
     "Tân Bí thư Tỉnh đoàn Thanh Hóa nhiệm kỳ 2022-2027 Lê Ngọc Ánh, thạc sỹ kinh tế, mới 28 tuổi.",
     "1142: 'Tân Bí thư Tỉnh đoàn Thanh Hóa Lê Ngọc Ánh (31 tuổi)' -> 31, not 28. g.sh '28 tuổi' = no hit; 'Lê Ngọc Ánh' only 1142."),

    # ---------------- 769 Tháng cao điểm Vì người nghèo 2018 ----------------
    ("769_0362b5a175b0", S,
     "Triển khai Tháng cao điểm 'Vì người nghèo' năm 2018, Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên và MTTQ cấp huyện vận động 100% cán bộ, đoàn viên, hội viên tích cực tham gia hưởng ứng.",
     "769: 'Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên, Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố xây dựng chỉ tiêu, vận động 100% cán bộ, đoàn viên, hội viên tích cực tham gia hưởng ứng' (Tháng cao điểm 'Vì người nghèo' năm 2018). "
     "Province not named in text (photo mentions huyện Cư M'gar), so the claim keeps 'tỉnh' unnamed. g.sh '100% cán bộ': 265, 962 are other things."),

    # ---------------- 1107 Hội LHPN Hà Nội 8/3/2023 ----------------
    ("1107_8a955dc47044", D,
     "Nhân dịp 8/3/2023, Hội LHPN thành phố Hà Nội phát động đợt thi đua cao điểm 120 ngày hướng tới kỷ niệm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc.",
     "1107: 'Phát động đợt thi đua cao điểm 100 ngày hướng tới kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023)' -> 100 ngày, not 120. g.sh '120 ngày' = no hit (256 has 'đợt thi đua cao điểm 90 ngày' 2019 Công đoàn, seed 000 '150 ngày' LĐLĐ HN 2023 - other organisations/occasions)."),
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội LHPN thành phố Hà Nội khai mạc ngày 8/3/2023 tại Nhà thi đấu huyện Đan Phượng có 30 đội tham gia.",
     "1107: 'Vào đúng ngày 8/3, đơn vị sẽ khai mạc Giải Bóng chuyền hơi tại Nhà thi đấu huyện Đan Phượng' - no team count. g.sh 'bóng chuyền hơi' only 1107 and 1193 (a sport in NHCSXH games); g.sh '30 đội' only 644 ('30 đội hình trí thức trẻ tình nguyện', other thing)."),

    # ================= not_found on pages without usable figures =================
    ("037_69ea9a40be4e", N,
     "Hội nghị Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI, kỳ họp thứ 9 ngày 8/6 bầu bà Bùi Huyền Mai làm Chủ tịch, có 40 ủy viên Ban Chấp hành tham dự.",
     "037 names the presiding officers and guests but gives no attendance count. g.sh 'Bùi Huyền Mai' (037, 273, 286, 336, 622, 711, 712) - no count of BCH members at this meeting; g.sh '40 ủy viên|40 đồng chí' = only 623 ('Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI ... gồm 40 đồng chí', other body); 570 gives BCH size of LĐLĐ Đà Nẵng (32 ủy viên), another city; "
     "g.sh '[0-9]+ (ủy viên|đồng chí).{0,80}khóa XVI' only 103 (BCH Đảng bộ HN 74 đồng chí, 2015)."),
    ("040_336a9444fa13", N,
     "Kế hoạch số 35/KH-TU của Ban Thường vụ Thành ủy Hà Nội về thực hiện Nghị quyết 02-NQ/TW đặt mục tiêu phát triển thêm 150.000 đoàn viên công đoàn.",
     "040 shows only the interview's opening; no target figures. g.sh '35/KH-TU|Kế hoạch số 35' = only 040; g.sh '150[.,]?000' only 406 (Tháng Nhân đạo 150.000 lượt người), 460 - other things; "
     "g.sh 'phát triển (mới )?[0-9.]+ đoàn viên': 217 (53.000, 2018-2023), 666, 718, 933, 968 - none is Kế hoạch 35."),
    ("105_d8f28f283391", N,
     "Bà Bùi Thị Minh Hoài tái đắc cử Bí thư Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 với 100% số phiếu.",
     "105 lists the Bí thư and 4 Phó bí thư, no vote share. g.sh 'Hoài.{0,100}(phiếu|%)' = no hit; 812/813 (same event) give '550 đại biểu', '4 Phó bí thư', '60 tuổi' but no vote percentage."),
    ("190_4d10919c46da", N,
     "Trong giai đoạn 2021-2025, Hà Nội đã công nhận 1.200 sáng kiến có hiệu quả áp dụng và phạm vi ảnh hưởng cấp Thành phố trong phong trào 'Sáng kiến, sáng tạo Thủ đô'.",
     "190 only says 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở, trong đó nhiều sáng kiến tiêu biểu được xét công nhận ... ở cấp Thành phố' (no number for cấp Thành phố). "
     "g.sh 'sáng kiến.{0,40}cấp Thành phố' = no hit; g.sh '1[.,]?200 sáng kiến' = no hit; seed 000 '100 cá nhân đạt danh hiệu sáng kiến, sáng tạo Thủ đô năm 2023' is persons in one year (other thing)."),
    ("269_84a6549b6abc", N,
     "Cuộc thi 'Sáng kiến vì cộng đồng' lần thứ 3 năm 2020 do EVN phối hợp tổ chức đã nhận được 800 sáng kiến dự thi.",
     "269 gives no entry counts (only the caption about giải Nhất lần thứ 3). g.sh 'Sáng kiến vì cộng đồng' = only 269; g.sh '800 sáng kiến' = no hit."),
    ("353_d8f30a786bd0", N,
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 98,8% số phiếu tán thành.",
     "353 states the election, no vote share. g.sh 'Khang.{0,150}(phiếu|%)' = no hit; g.sh '98,8' = no hit. (174 counts BCH khóa XIII members: 177/168 ủy viên - another counted noun.)"),
    ("693_fc08e1a86a0b", N,
     "Đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp do Công đoàn ngành Giao thông vận tải Hà Nội phát động (từ 15/5 đến 10/10) có 50 công trình, sản phẩm được đăng ký.",
     "693 gives only the period 'Thời gian từ ngày 15/5 đến hết ngày 10/10'. g.sh 'Giao thông vận tải Hà Nội': 015, 044, 124 ('10 lượt đoàn viên' trợ cấp), 127, 1162 ('45 công nhân giỏi') - other things; g.sh '50 công trình' = no hit."),
    ("725_89cb9434b16d", N,
     "Theo Kế hoạch 156/KH-TLĐ về Tháng Công nhân năm 2022, các cấp công đoàn sẽ thăm hỏi, tặng quà cho 1 triệu đoàn viên, người lao động.",
     "725 body gives the plan number, date and theme, no beneficiary target (headline '10 hoạt động trọng tâm', '17,351 lượt xem' counter). g.sh 'triệu đoàn viên': 083 (gần 10,5 triệu đoàn viên overall), 548, 1105 (đoàn viên thanh niên) - other things; 722/723 (same plan) give no such figure."),
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 do LĐLĐ tỉnh phối hợp tổ chức có 16 đội tham dự.",
     "771: 'LĐLĐ tỉnh phối hợp tổ chức Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024' - no team count. g.sh 'giải bóng đá': 046 ('18 đội', Cúp Báo LĐTĐ 2015), 182 - other events; g.sh '16 đội' only 727 ('16 đội hình thanh niên tình nguyện')."),
    ("807_4c859601563b", N,
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội ngày 5-6/3/2016 có đại biểu của 40 quốc gia tham dự.",
     "807 gives dates and 'Đại hội Công đoàn thế giới lần thứ 17' (ordinal), no country count. g.sh 'Công đoàn Thế giới|WFTU' only 100 (a title of a person); g.sh '40 quốc gia|40 nước' = no hit."),
    ("826_16ccc3252ccd", N,
     "Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V dâng hương báo công tại Khuôn viên lưu niệm Chủ tịch Hồ Chí Minh gồm 300 đại biểu.",
     "826 names the head of delegation, no size. g.sh 'Lạng Sơn': 868 (lần thứ IV, 2015, no delegate count), 707, 903 - other events; g.sh '300 đại biểu': 466, 571, 742, 743 - other congresses."),
    ("990_489d8f605885", N,
     "Khoảng 1.000 người lao động đã tham dự Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại KCN Hoàng Mai 1.",
     "990 only says 'đông đảo người lao động'. g.sh '1[.,]?000 người lao động' = no hit; g.sh 'Tháng hành động.{0,60}2025' hits are Hà Nội / other provinces (147, 264, 314) without a Nghệ An attendance count."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế Ninh Bình đã trao Giấy chứng nhận 'Đạt chuẩn văn hóa' của LĐLĐ tỉnh cho 14 đơn vị, công đoàn cơ sở.",
     "1145: 'trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS \"Đạt chuẩn văn hóa\"' - no count. g.sh 'Ninh Bình' (167, 813, 985) no such count; g.sh '14 (đơn vị|CĐCS|công đoàn cơ sở)' only 992 (CĐ Viên chức 2015 công trình thi đua) - other thing."),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt kéo dài đến 31/8/2025, Hội LHPN tỉnh Vĩnh Long đặt mục tiêu hỗ trợ xóa 300 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152: 'chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ' - no number ('5 không, 3 sạch' is a slogan). g.sh 'Vĩnh Long' (867: LĐLĐ tỉnh 3 căn nhà mái ấm 2022; 1192 hội thao); g.sh 'nhà tạm' only 690 (MTTQ, no count); g.sh '300 căn|300 nhà|300 ngôi' = no hit."),
    ("1204_edc4cc477089", N,
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu 5 đại biểu đi dự Đại hội Công đoàn quận lần thứ XI.",
     "1204: 'bầu BCH Công đoàn mới, bầu đại biểu đi dự Đại hội Công đoàn quận lần thứ XI' - no count. g.sh 'Lý Tự Trọng|Ngô Quyền' = only 1204; g.sh '5 đại biểu' hits are other congresses (710, 810 ...)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    # at most 2 claims per page
    from collections import Counter
    c = Counter(r[0] for r in rows)
    assert max(c.values()) <= 2, c.most_common(3)
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    v = Counter(r[1] for r in rows)
    print(len(rows), dict(v), "pages:", len(c))


if __name__ == "__main__":
    main()
