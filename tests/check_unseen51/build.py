# Builds claims.tsv for blind testing of `ldtd check`. Plain Python: csv + unicodedata only.
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("059_9aee6bcb3e82", "supported",
     "Sau một tháng triển khai chương trình “Tặng áo dài - Trao yêu thương”, LĐLĐ quận Long Biên đã nhận được khoảng 1.500 bộ áo dài do các công đoàn cơ sở gửi tặng.",
     "059: 'LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình' (khoảng ~ gần 1.500)."),
    ("1029_4c50aa41ee41", "supported",
     "Trong sáu tháng đầu năm 2023, Hà Nội có hơn 15 nghìn doanh nghiệp đăng ký thành lập mới.",
     "1029: 'Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới' (context: 6 tháng cuối năm 2023 outlook, Hà Nội)."),
    ("1192_dccb05c77ecc", "supported",
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long tháng 5/2019 quy tụ hơn 440 vận động viên tranh tài.",
     "1192: 'Hội thao có 24 đoàn tham gia ... với trên 444 vận động viên' (hơn 440 consistent with trên 444)."),
    ("124_e7648c1a2662", "supported",
     "Năm 2020, đoàn viên và công nhân, viên chức, lao động ngành Giao thông vận tải Hà Nội đã đóng góp tổng cộng 640 triệu đồng ủng hộ các hoạt động xã hội, từ thiện.",
     "124: 'năm 2020 đoàn viên và công nhân, viên chức, lao động trong ngành đã ủng hộ các hoạt động xã hội, từ thiện ... với tổng số tiền là 640 triệu đồng'."),
    ("232_8b19e7bfd8f9", "supported",
     "Dịp Tết Canh Tý 2020, Sở GDĐT và Công đoàn Giáo dục Hà Nội đã hỗ trợ, tặng quà cho 385 giáo viên có hoàn cảnh đặc biệt khó khăn.",
     "232: 'Sở GDĐT và Công đoàn GD Hà Nội đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn'."),
    ("239_537243f63a13", "supported",
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028 đã bầu hai mươi mốt đồng chí vào Ban Chấp hành.",
     "239: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV' (spelled-out 21)."),
    ("333_b974af218aab", "supported",
     "Hơn 80% đoàn viên của Công đoàn ngành Giáo dục Hà Nội là nữ.",
     "333: 'Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ'. g.sh '80%.{0,30}nữ' finds only 333. (Avoided the 187 CĐCS / 12.000 figures: 1042 says 183 CĐCS / hơn 11.800 đoàn viên at an undated time.)"),
    ("451_c6d73f9b5d4e", "supported",
     "Từ ngày 27/4/2021, Liên đoàn Lao động thành phố Hà Nội đã chi hơn 36 tỷ đồng hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451: 'Trong đó, LĐLĐ Thành phố đã chi hơn 36 tỷ đồng để hỗ trợ cho 65.169 đoàn viên, người lao động' (period from 27/4/2021)."),
    ("475_0af186189d4d", "supported",
     "Công đoàn Giáo dục TP HCM đã tặng 2000 quyển tập cho giáo viên, học sinh huyện đảo Lý Sơn trước năm học mới.",
     "475: 'CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập nhằm giúp các giáo viên và học sinh Lý Sơn'."),
    ("643_63b39ed01884", "supported",
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo của LĐLĐ TP Hà Nội đã giải ngân khoảng 44 tỷ đồng cho đoàn viên vay vốn.",
     "643: 'Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo ... đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn' (khoảng 44 tỷ ~ gần 44 tỉ)."),
    ("689_d6670691ad7d", "supported",
     "Đợt hiến máu tình nguyện từ 20/12/2019 đến 1/3/2020 ở TP HCM, ban chỉ đạo đã nhận được 56 nghìn túi máu.",
     "689: 'ban chỉ đạo nhận được 56.000 túi máu từ các tình nguyện viên. Thời gian thực hiện ... từ ngày 20-12 đến 1-3-2020' (TP HCM per the same page). Page is a fragment; place name comes from the following paragraph."),
    ("748_c031ca469a2b", "supported",
     "Từ ngày 15 đến 17/1, Liên đoàn Lao động tỉnh Gia Lai tiếp tục tặng 224 suất quà Tết cho công nhân, người lao động nghèo ở Chư Pưh, Chư Prông, Đức Cơ và TP Pleiku.",
     "748: 'từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh tiếp tục đi thăm, tặng 224 suất quà Tết cho công nhân, người lao động nghèo ... Chư Pưh, Chư Prông, Đức Cơ và TP. Pleiku'."),
    ("808_2d042b864f95", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP HCM lần thứ XI, nhiệm kỳ 2022 - 2027 đã bầu Ban Chấp hành khóa XI gồm 59 người.",
     "808: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí'."),

    # ---------------- differs ----------------
    ("059_9aee6bcb3e82", "differs",
     "Chiều 18/4/2023, Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã trao hơn 700 bộ áo dài cho nữ đoàn viên có hoàn cảnh khó khăn.",
     "059: 'chiều 18/4, ... Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã đến thăm, trao tặng hơn 400 bộ áo dài tới nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại 7 doanh nghiệp' -> 400 vs 700. g.sh '700 bộ' = no hit; 'áo dài' elsewhere only seed 003 (17.000 bộ, city-wide, other thing)."),
    ("1029_4c50aa41ee41", "differs",
     "Sáu tháng đầu năm 2023, Hà Nội có hơn 7.500 doanh nghiệp quay trở lại hoạt động.",
     "1029: 'hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động' -> 5.700 vs 7.500. g.sh '7[.,]?500 doanh nghiệp' = no hit; 'trở lại hoạt động' only 1029 (+493 generic, no count)."),
    ("1082_e82300ed47f5", "differs",
     "Lễ khai mạc Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 năm 2020 có tám trăm công nhân, viên chức, lao động tham dự.",
     "1082: 'Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)' -> 600 vs 800. g.sh '(800|tám trăm) (công nhân|CNVC|người|đoàn viên)' = no hit for Tiền Giang (148 is the 23rd edition, 2023, no attendance count)."),
    ("1128_8dbf9e8fc1aa", "differs",
     "Công đoàn Điện lực Việt Nam đã tặng quà Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 30 triệu đồng.",
     "1128: 'tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị' -> 50 vs 30 triệu. g.sh '30[.,]000[.,]000 đồng|30 triệu đồng' hits only other things (Mái ấm Công đoàn, thưởng Tết), none about Điện lực."),
    ("1149_4424f78738f5", "differs",
     "Chương trình “Tết Nhân ái” Xuân Bính Ngọ 2026 tại TP Huế đã trao tặng 1.500 suất quà Tết cho các hộ có hoàn cảnh khó khăn.",
     "1149: 'Chương trình “Tết Nhân ái” Xuân Bính Ngọ năm 2026 trao tặng 1.000 suất quà Tết cho các hộ có hoàn cảnh khó khăn' -> 1.000 vs 1.500. g.sh '1[.,]500 suất' = no hit; other 'Tết Nhân ái' pages are other provinces/years (608: 8 nghìn, Giáp Thìn; 681: 60.750, another tỉnh)."),
    ("1190_b264d705f1e4", "differs",
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút khoảng 200 lượt vận động viên tham gia.",
     "1190: 'Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước ... (cụm thi đua số 8)' -> hơn 120 vs khoảng 200. g.sh '200 (VĐV|vận động viên|lượt)' = no hit."),
    ("124_e7648c1a2662", "differs",
     "Năm 2020, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng 250 cháu là con công nhân, viên chức, lao động vượt khó học giỏi.",
     "124: 'biểu dương, khen thưởng 194 cháu con công nhân, viên chức, lao động vượt khó học giỏi và thi đỗ đại học' -> 194 vs 250. g.sh '250 cháu|con công nhân.{0,60}vượt khó' -> only 124 (194) and 694 (Long An, no count)."),
    ("232_8b19e7bfd8f9", "differs",
     "Tết Canh Tý 2020, tổng số tiền Sở GDĐT và Công đoàn Giáo dục Hà Nội hỗ trợ giáo viên, học sinh có hoàn cảnh đặc biệt khó khăn là 2,35 tỷ đồng.",
     "232: 'hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh ... với tổng số tiền hỗ trợ là 1.350.000.000đ' -> 1,35 vs 2,35 tỷ. g.sh '2,35|2[.,]350[.,]000[.,]000' = no hit."),
    ("239_537243f63a13", "differs",
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028 có 260 đại biểu chính thức tham dự.",
     "239: 'với sự tham dự của 191 đại biểu' / '191 đại biểu chính thức dự đại hội' -> 191 vs 260. g.sh '260 đại biểu' = no hit."),
    ("282_cf806c00183e", "differs",
     "Liên đoàn Lao động thành phố Hà Nội đã trao 6 triệu đồng từ Quỹ Xã hội cho mỗi nạn nhân tử vong trong vụ sập giàn giáo ở phố Nguyễn Công Trứ.",
     "282: 'trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố' (LĐLĐ Chương Mỹ: 1.000.000) -> 3 vs 6 triệu. g.sh '6 triệu đồng|6[.,]000[.,]000' = only wages/income (163, 1171). 109 is the same accident, no support amount; 294 (10/5/3 triệu) is the Quốc Oai accident 2024, Sở LĐTBXH proposal."),
    ("451_c6d73f9b5d4e", "differs",
     "Trong dịch Covid-19 năm 2021, các cấp Công đoàn Thủ đô đã vận động 2.650 chủ nhà trọ miễn, giảm tiền thuê cho người lao động.",
     "451: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ'; 452 says the same 1.650 -> 1.650 vs 2.650. g.sh 'chủ nhà trọ' only 451/452, both 1.650."),
    ("504_7a8b75f0dd5a", "differs",
     "Chợ Tết Công đoàn năm 2026 diễn ra hai ngày 31/1-1/2/2026 đã thu hút khoảng 4.000 đoàn viên, công nhân lao động Thủ đô tham dự ngay từ sáng sớm.",
     "504: 'Ngay từ sáng sớm, hơn 2.400 đoàn viên, công nhân lao động trên địa bàn thành phố đã có mặt tham dự chương trình' -> hơn 2.400 vs khoảng 4.000. g.sh '4[.,]000 (đoàn viên|công nhân|người)' hits only other events (495 Xuân tình nguyện TP.HCM, 595 chuyến xe, 706, 743). 107/276 describe Chợ Tết 2026 (other session 7-8/2) with no attendance figure."),
    ("524_5e262b93a7cd", "differs",
     "Hội nghị trực tuyến gặp mặt Chủ tịch công đoàn cơ sở do LĐLĐ tỉnh Nghệ An tổ chức tháng 7/2021 có ba trăm Chủ tịch CĐCS khối doanh nghiệp tham gia.",
     "524: 'hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch' -> 200 vs 300. g.sh '300 (Chủ tịch|chủ tịch)|ba trăm Chủ tịch' = no hit."),
    ("609_dfc9aa12900d", "differs",
     "Lễ ra quân chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có khoảng 2.000 đoàn viên, thanh niên tham gia.",
     "609: 'tổ chức ra quân Chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên' -> gần 1.000 vs khoảng 2.000. g.sh '2[.,]000 đoàn viên' only 333 (12.000, other); other Kỳ nghỉ hồng pages are other years/provinces (547: hơn 500, Tỉnh đoàn 2023)."),
    ("720_ac555b116a87", "differs",
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII ra mắt Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII gồm 165 người.",
     "720: 'ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu' -> 155 vs 165. g.sh '165 (đại biểu|ủy viên|người)' = no hit."),
    ("745_266354cbce97", "differs",
     "Tại phường Thống Nhất (Gia Lai), Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 200 phần quà Tết Bính Ngọ 2026 cho đoàn viên, người lao động khó khăn.",
     "745: 'Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' -> 100 vs 200. g.sh '200 phần quà' hits only other events (602 Long An, 907, 983 An Giang)."),

    # ---------------- not_found ----------------
    ("009_9bbc26544534", "not_found",
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 có 280 đại biểu chính thức tham dự.",
     "009 names the congress and its guests but gives no delegate count. g.sh 'ngành Y tế' -> 118/139/144/182 (other Y tế Hà Nội activities, no delegates), seed 002 (Công đoàn Y tế Việt Nam 2024); 1210 has '250 đại biểu' for Đại hội Công đoàn Y tế Việt Nam XIV (2023, national body); 1211 has '176 đại biều' for Công đoàn ngành Y tế Thanh Hóa khóa XVIII (other province). g.sh '280 đại biểu' = no hit."),
    ("236_8c39dd7a5f76", "not_found",
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023 - 2028 có 240 đại biểu chính thức về dự.",
     "236 only says the congress 'diễn ra trong 2 ngày (ngày 6, 7/7/2023)'; no delegate count. g.sh 'Đống Đa' + đại biểu/XIX -> only 236, no number. g.sh '240 đại biểu' = no hit."),
    ("308_ea2272cbf98b", "not_found",
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 có 150 đại biểu chính thức tham dự.",
     "308 gives no delegate count; the only number is in a related-article teaser ('Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở' — CĐCS, not delegates). g.sh 'Việt Hưng' -> 125/166 (a company / a person), 308. g.sh '150 đại biểu' = no hit."),
    ("296_cf67e2f30129", "not_found",
     "LĐLĐ huyện Gia Lâm đã chỉ đạo 135 công đoàn cơ sở tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028.",
     "296 only gives '100% Công đoàn cơ sở ... đã tổ chức thành công Đại hội', 'sớm hơn 1 tháng', plan numbers (Kế hoạch số 19, 114). g.sh 'Gia Lâm' -> 051, 082, 255, 303 (other topics, 93/44 năm), no CĐCS count. g.sh '135 (công đoàn cơ sở|CĐCS)' = no hit."),
    ("190_4d10919c46da", "not_found",
     "Giai đoạn 2021 - 2025, Hà Nội có 1.200 sáng kiến được công nhận hiệu quả áp dụng cấp Thành phố trong phong trào “Sáng kiến, sáng tạo Thủ đô”.",
     "190 says only 'Hàng chục nghìn sáng kiến đã được công nhận ở cấp cơ sở' (vague, cấp cơ sở). Seed 000 has '100 cá nhân đạt danh hiệu sáng kiến, sáng tạo Thủ đô năm 2023' (persons honoured, one year — another counted noun). g.sh '1[.,]?200 sáng kiến' = no hit."),
    ("1145_9c073b82912b", "not_found",
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao giấy chứng nhận cho 12 công đoàn cơ sở đạt chuẩn văn hóa.",
     "1145: 'trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS “Đạt chuẩn văn hóa”' (caption, no count). g.sh 'chuẩn văn hóa' -> 251 (Sơn Tây, 75 đơn vị, other place), seed 000, 265: none about Ninh Bình. g.sh 'Ninh Bình' -> no such count."),
    ("1082_e82300ed47f5", "not_found",
     "Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 năm 2020 có 25 đội thi tham gia.",
     "1082 counts attendees (600 CNVCLĐ) and LĐLĐ of 11 huyện, not teams. g.sh 'đội thi|24 đội' -> 118, 316 (39 đội thi, Hà Nội), 686, 827, 1081 (19 đội thi, other contest): none Tiền Giang. 148 is the 23rd edition (2023), no team count."),
    ("1107_8a955dc47044", "not_found",
     "Giải Bóng chuyền hơi do Hội Liên hiệp Phụ nữ thành phố Hà Nội khai mạc ngày 8/3/2023 tại Đan Phượng có 24 đội tham gia.",
     "1107 gives date/place of the tournament only ('khai mạc Giải Bóng chuyền hơi tại Nhà thi đấu huyện Đan Phượng'), no team count. g.sh 'bóng chuyền hơi|Đan Phượng' -> 1193 (7 bộ môn, NHCSXH), 112, 1022, seed 002: no team count for this event."),
    ("632_799fddc98cfe", "not_found",
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có khoảng 400.000 hội viên.",
     "632 (Gia Lai, 95 năm Hội LHPN) has no membership count. g.sh 'Phụ nữ.{0,40}Gia Lai|LHPN tỉnh|hội viên phụ nữ' -> 621 (Vạn Ninh 29.000), 544, 545, 631 (Nghệ An), 922 (Thanh Hóa): other places. g.sh '400[.,]000 hội viên' = no hit."),
    ("594_2969d737d0fc", "not_found",
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII đã bầu 17 Ủy viên Đoàn Chủ tịch.",
     "594 counts '4 Phó Chủ tịch' (another counted noun) and the Chair; 720 counts BCH = 155; 980 (2025 kiện toàn) no count. g.sh '17 (Ủy viên|ủy viên|đồng chí)' -> 1048 (Thủ Đức BTV), 1211 (Y tế): other bodies."),
    ("446_764438fb9bbb", "not_found",
     "Đại hội Công đoàn TP HCM lần thứ I, nhiệm kỳ 2025 - 2030 dự kiến có 500 đại biểu chính thức.",
     "446 counts only '3 giai đoạn' of the emulation drive; no delegate count. g.sh 'Đại hội Công đoàn (TP HCM|...) lần thứ I' -> only 446. g.sh '500 đại biểu' = no hit."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages


if __name__ == "__main__":
    main()
