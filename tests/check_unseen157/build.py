"""Build claims.tsv for a blind test of `ldtd check` (pages of unseen157 brief).

Plain Python, csv + unicodedata only. Writes claims.tsv NFC-normalised, sorted by page_id.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 042 ----------------
    ("042_f42eb6196e49", N,
     "Năm 2020, LĐLĐ thành phố Hà Nội tổ chức tuyên dương 90 Công nhân giỏi Thủ đô.",
     "042_f42eb6196e49 counts the 2019 edition ('Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019'); other editions in corpus: "
     "2022 and 2023 ('tuyên dương 100 “Công nhân giỏi Thủ đô”' in 041/075/076/186, corpus 000/003), 2018 (004, no count). "
     "./g.sh 'Công nhân giỏi Thủ đô' and ./g.sh 'Công nhân giỏi' | grep 2020|2021: no 2020 edition count anywhere "
     "(1065 is Công đoàn ngành Xây dựng 2019-2020, another organisation)."),
    # ---------------- 110 ----------------
    ("110_87f2d6431ded", D,
     "Sau khi nhận tin vụ sập tường ở phường Cống Vị (Ba Đình), Trung tâm 114 Công an Hà Nội đã điều động bốn xe cứu nạn, cứu hộ tới hiện trường.",
     "110_87f2d6431ded: 'Trung tâm 114 đã điều động hai xe cứu nạn, cứu hộ của Công an quận Cầu Giấy đến hiện trường'. "
     "./g.sh '4 xe|bốn xe': no hit; ./g.sh 'Cống Vị': only page 110."),
    # ---------------- 168 ----------------
    ("168_9200173fb05c", S,
     "Các sáng kiến của chị Trương Thị Hoàng Linh (Công ty TNHH Fashion Garments, Quảng Nam) đã làm lợi cho doanh nghiệp hơn 1.300 triệu đồng.",
     "168_9200173fb05c: 'Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến, với giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng.' "
     "(hơn 1.300 triệu = hơn 1,3 tỷ)."),
    ("168_9200173fb05c", D,
     "Chị Trương Thị Hoàng Linh, đại diện duy nhất của công nhân Quảng Nam nhận giải thưởng Nguyễn Đức Cảnh năm 2023, có 35 đề tài khoa học.",
     "168_9200173fb05c: 'Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến'. "
     "./g.sh '35 đề tài|ba mươi lăm đề tài': no hit; ./g.sh 'Hoàng Linh': only page 168."),
    # ---------------- 215 ----------------
    ("215_3826a48fe31a", S,
     "Trong giai đoạn 2015-2020, các phong trào thi đua do các cấp Công đoàn Viên chức thành phố phát động đã có hơn 2.000 sáng kiến, cải tiến kỹ thuật.",
     "215_3826a48fe31a: 'đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm'."),
    ("215_3826a48fe31a", D,
     "Tổng kết giai đoạn 2015-2020, Công đoàn Viên chức thành phố đã biểu dương 76 cá nhân là điển hình tiên tiến trong phong trào thi đua yêu nước.",
     "215_3826a48fe31a: 'Công đoàn Viên chức thành phố biểu dương 25 tập thể, 67 cá nhân là những điển hình tiên tiến' (plus khen thưởng 11 tập thể, 25 cá nhân). "
     "./g.sh '76 cá nhân': no hit."),
    # ---------------- 240 ----------------
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu 7 đồng chí vào Ban Chấp hành nhiệm kỳ mới.",
     "240_7c06aa0151c5 gives no count of BCH members elected nor of delegates (only '1 trong 2 đơn vị tổ chức Đại hội điểm', 'lần thứ XVII'). "
     "./g.sh 'Sở Xây dựng': other pages (024,189,239,705,806,971,974) are other events/people, none counts this congress's BCH."),
    # ---------------- 267 ----------------
    ("267_0c5cea305009", S,
     "Dịp Tết Nguyên đán 2026, Liên đoàn Lao động TP Hà Nội đưa một nghìn hai trăm công nhân tỉnh xa về quê đón Tết bằng xe ô tô miễn phí.",
     "267_0c5cea305009: 'Liên đoàn Lao động TP. Hà Nội tổ chức Chương trình “Xe ô tô miễn phí đưa công nhân lao động có hoàn cảnh khó khăn về quê đón Tết”, trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa.'"),
    ("267_0c5cea305009", D,
     "Tết Bính Ngọ 2026, Công đoàn Hà Nội bố trí 36 chuyến xe đưa công nhân thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê ăn Tết.",
     "267_0c5cea305009: 'Công đoàn Hà Nội bố trí 26 chuyến xe đưa công nhân lao động thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê đón Tết' (stated twice). "
     "./g.sh '36 chuyến': no hit; other 'chuyến xe' pages are Long Biên 2018, Đồng Nai 2026, Bình Dương 2025 (39 chuyến), etc."),
    # ---------------- 302 ----------------
    ("302_e632789ca4af", S,
     "Trường Mầm non Hoa Trạng Nguyên (quận Long Biên) đã thống nhất bầu ba đồng chí vào Ban vận động thành lập Công đoàn cơ sở.",
     "302_e632789ca4af: 'trường đã thống nhất bầu 3 đồng chí vào Ban vận động thành lập Công đoàn cơ sở'."),
    # ---------------- 318 ----------------
    ("318_26cc55c81cb4", D,
     "Trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015, Thành đoàn Hà Nội ra quân 15 đội hình chuyên.",
     "318_26cc55c81cb4: 'Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện'. "
     "./g.sh '15 đội hình': no hit (392 has 9 đội hình chuyên for 2022, another edition)."),
    # ---------------- 335 ----------------
    ("335_f1e4aebb2913", S,
     "Dịp Tết Tân Sửu, LĐLĐ huyện Ứng Hòa trao 60 suất quà từ nguồn kinh phí của Liên đoàn Lao động thành phố Hà Nội.",
     "335_f1e4aebb2913: 'Trong đó có 60 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động thành phố, 62 suất được hỗ trợ từ nguồn kinh phí của Liên đoàn Lao động huyện'."),
    ("335_f1e4aebb2913", D,
     "Tổng trị giá quà Tết Tân Sửu mà Liên đoàn Lao động huyện Ứng Hòa trao cho công nhân, đoàn viên khó khăn là 150 triệu đồng.",
     "335_f1e4aebb2913: 'đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng'. "
     "./g.sh '150 triệu|150.000.000': only 357 (LĐLĐ Hà Nội, 300 đoàn viên, another event)."),
    # ---------------- 342 ----------------
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 300 đại biểu chính thức tham dự.",
     "342_c57c16d17991 gives no delegate count. 079_e6ebd6fda2ad (same congress) counts BCH members ('dự kiến có 29-33 người, hiện đã chỉ định 21 người'), "
     "Ban Thường vụ ('9-11 người ... đã chỉ định 9 người') and a target of 800.000 đoàn viên/năm — not delegates. "
     "./g.sh '300 đại biểu': 466, 571, 742, 743 — other events."),
    # ---------------- 367 ----------------
    ("367_4bc61b64462e", S,
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ Hà Nội bầu giữ chức Bí thư Thành ủy khóa XVII, nhiệm kỳ 2020-2025 với tỷ lệ phiếu 100%.",
     "367_4bc61b64462e: 'ông Vương Đình Huệ ... được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%.'"),
    # ---------------- 373 ----------------
    ("373_5a66bb740f57", N,
     "Sở Tài nguyên và Môi trường TP Hà Nội hiện có 5 phó giám đốc.",
     "373_5a66bb740f57 counts 2 lãnh đạo sở appointed and 'Thời hạn bổ nhiệm 5 năm' (years of term, not deputies). "
     "./g.sh 'TN&MT|Tài nguyên và Môi trường': only page 373; ./g.sh 'phó giám đốc': other sở, no count."),
    # ---------------- 387 ----------------
    ("387_4d721f20b60f", D,
     "Theo Tổng Liên đoàn Lao động Việt Nam, khoảng 1.800 doanh nghiệp gặp khó khăn, bị cắt giảm đơn hàng nên phải giảm giờ làm của người lao động.",
     "387_4d721f20b60f: 'Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.' "
     "./g.sh '1.800 doanh nghiệp|1800 doanh nghiệp': no hit; ./g.sh 'giảm giờ làm': only page 387."),
    # ---------------- 392 ----------------
    ("392_56541455e9b1", S,
     "Chiến dịch Thanh niên tình nguyện hè 2022 của Thành đoàn Hà Nội phấn đấu hoàn thành 14 chỉ tiêu cơ bản.",
     "392_56541455e9b1: 'phấn đấu hoàn thành 5 nhóm chỉ tiêu, với 14 chỉ tiêu cơ bản.'"),
    ("392_56541455e9b1", N,
     "Chiến dịch Thanh niên tình nguyện hè năm 2022 do Thành đoàn Hà Nội phát động thu hút khoảng 50.000 lượt đoàn viên, thanh niên tham gia.",
     "392_56541455e9b1 (2022) gives no participant count. The 50 nghìn figure belongs to the 2015 edition (318: 'có sự tham gia của 50 nghìn lượt người'); "
     "548 counts the national TW Đoàn 2022 campaign ('gần 1,9 triệu đoàn viên, thanh niên'). ./g.sh 'lượt đoàn viên' and '50 nghìn lượt|50.000 lượt': nothing for Hà Nội 2022."),
    # ---------------- 400 ----------------
    ("400_26d3ce2af6f3", S,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020-2025 đại diện cho gần 11 nghìn đảng viên trong toàn Đảng bộ huyện.",
     "400_26d3ce2af6f3: 'Đại hội có sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng'."),
    ("400_26d3ce2af6f3", D,
     "Đại hội Đảng bộ huyện Gia Lâm lần thứ XXII khai mạc sáng 26/5/2020 với sự tham dự của 250 đại biểu.",
     "400_26d3ce2af6f3: 'Đại hội có sự tham dự của 219 đại biểu'. ./g.sh '250 đại biểu': only 1210 (Đại hội Công đoàn ngành Y tế 2023, another event)."),
    # ---------------- 454 ----------------
    ("454_1d07a29fe95c", S,
     "Tổng kinh phí trao nhà Mái ấm Công đoàn đợt 2 năm 2021 của LĐLĐ TP Đà Nẵng cho 32 đoàn viên, người lao động là 970 triệu đồng.",
     "454_1d07a29fe95c: 'Tổng kinh phí đợt trao tặng Mái ấm Công đoàn đợt 2 năm 2021 cho 32 đoàn viên, người lao động là 970.000.000 đồng.'"),
    ("454_1d07a29fe95c", D,
     "Tính chung cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 64 nhà Mái ấm Công đoàn.",
     "454_1d07a29fe95c: 'Tính cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15)'. "
     "./g.sh '64 nhà': no hit; Đà Nẵng Mái ấm elsewhere only 491 (Hòa Vang handover, no yearly total)."),
    # ---------------- 513 ----------------
    ("513_cfb6b8b3f3d6", S,
     "Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội được Ban Thường vụ cụ thể hóa bằng tám nội dung hoạt động.",
     "513_cfb6b8b3f3d6: 'được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động gồm: ...'."),
    # ---------------- 532 ----------------
    ("532_8ca00e63249f", N,
     "Hội nghị tuyên truyền do LĐLĐ tỉnh Tuyên Quang tổ chức ngày 28/1/2026 cho cán bộ công đoàn cơ sở phường Bình Thuận có 120 người tham dự.",
     "532_8ca00e63249f counts only '2 nội dung' of the propaganda; no attendance. ./g.sh 'phường Bình Thuận': only 532; ./g.sh '120 (người|cán bộ)': no hit; "
     "965 (Tuyên Quang) is the 2023 congress."),
    # ---------------- 533 ----------------
    ("533_31522612a2cd", N,
     "Bà Phùng Thị Hồng Hà, tân Chủ tịch HĐND TP Hà Nội, có 20 năm công tác tại Sở Tài chính Hà Nội.",
     "533_31522612a2cd: 'Bà từng nhiều năm công tác tại Sở Tài chính Hà Nội' (no number). ./g.sh 'Sở Tài chính': only 986 (another province); "
     "./g.sh 'Phùng Thị Hồng Hà': 105,198,581,593,812,813 give titles, no years at Sở Tài chính."),
    # ---------------- 551 ----------------
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2024 ở Hà Nội, 300 công nhân lao động được khám sức khỏe miễn phí.",
     "551_de5cd76ae6d9: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí'. "
     "./g.sh '300 công nhân': only 626 (quà tết, another event); 001 and 220 cover the same 19/4/2024 ceremony without this count."),
    # ---------------- 589 ----------------
    ("589_5739e8816785", S,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ tỉnh Hậu Giang đã thống nhất giới thiệu 14 người ứng cử đại biểu Quốc hội khóa XV.",
     "589_5739e8816785: 'Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu'."),
    # ---------------- 631 ----------------
    ("631_0b16f9904253", N,
     "Hội nghị lần thứ 13 Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI có 45 ủy viên Ban Chấp hành tham dự.",
     "631_0b16f9904253 says only 'cùng toàn thể các đồng chí Ủy viên Ban Chấp hành Hội LHPN tỉnh khóa XVI' (no count; 13 is the session number). "
     "./g.sh 'LHPN tỉnh Nghệ An|Phụ nữ tỉnh Nghệ An': only 631; './g.sh 45 ủy viên': no hit."),
    # ---------------- 632 ----------------
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 400.000 hội viên.",
     "632_799fddc98cfe (GLO, Gia Lai) counts no members; 95 is the anniversary (95 năm thành lập Hội LHPN Việt Nam). "
     "./g.sh 'hội viên': Vạn Ninh (621, 29.000), Chữ thập đỏ Hà Nội (404) — other organisations; ./g.sh 'Gia Lai': no Hội LHPN membership figure."),
    # ---------------- 668 ----------------
    ("668_19df4eea3b66", D,
     "Dịp Tết Nhâm Dần 2022, LĐLĐ tỉnh Trà Vinh trao 180 phần quà cho đoàn viên, công nhân lao động khó khăn tại các doanh nghiệp ở thị xã Duyên Hải.",
     "668_19df4eea3b66: 'Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà cho đoàn viên công đoàn, công nhân lao động có hoàn cảnh khó khăn, mỗi phần trị giá 300.000 đồng' "
     "(LĐLĐ thị xã Duyên Hải separately 100 phần). ./g.sh '180 phần quà': only 1001 (Trung thu, Công đoàn ngành Giáo dục Trà Vinh, another occasion)."),
    # ---------------- 686 ----------------
    ("686_f487be2c2a94", S,
     "Dịp Tết Giáp Thìn, LĐLĐ quận 10 (TP HCM) trao 131 phần quà cho đoàn viên các nghiệp đoàn.",
     "686_f487be2c2a94: 'LĐLĐ quận cũng trao 131 phần quà khác (500.000 đồng/phần) cho đoàn viên các NĐ' (LĐLĐ quận 10, TP HCM, Tết 2024)."),
    # ---------------- 691 ----------------
    ("691_396a6e5ab481", S,
     "Tại lễ phát động Tháng cao điểm “Vì người nghèo” ngày 7/10/2022 do Ủy ban MTTQ Việt Nam tỉnh tổ chức, Quỹ nhận ủng hộ từ 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm.",
     "691_396a6e5ab481: 'Quỹ “Vì người nghèo” vừa đón nhận gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm ... diễn ra sáng 7/10, do Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh tổ chức.'"),
    # ---------------- 728 ----------------
    ("728_911221c21d93", D,
     "Năm 2021, huyện Đại Lộc có 9 cơ quan, đơn vị xếp vị thứ dẫn đầu trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728_911221c21d93: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3'. "
     "./g.sh '9 cơ quan|chín cơ quan': only '19 cơ quan' in 497 (Quỹ Vì người nghèo Hà Nội); 784 (Đại Lộc) is Huyện đoàn TNTN 2023."),
    # ---------------- 772 ----------------
    ("772_119b66fd404b", N,
     "LĐLĐ huyện Lang Chánh đăng ký 300 sáng kiến tham gia Chương trình “75 nghìn sáng kiến vượt khó, phát triển”.",
     "772_119b66fd404b only names the programme ('triển khai Chương trình “75 nghìn sáng kiến vượt khó, phát triển”') and counts '5 cụm thi đua'; no số sáng kiến of Lang Chánh. "
     "./g.sh 'Lang Chánh': only 772; ./g.sh '300 sáng kiến': no hit; '75 nghìn sáng kiến' also in 168 and corpus 002 (programme name)."),
    # ---------------- 883 ----------------
    ("883_e2578b7cc3b9", N,
     "Ông Võ Nguyên Phong được bầu làm Chủ tịch UBND quận Đống Đa với 100% đại biểu HĐND quận có mặt tán thành.",
     "883_e2578b7cc3b9 gives no vote share (only 'kỳ họp thứ 5', 'khoá 19'). ./g.sh 'Võ Nguyên Phong': only 883; 100% vote shares in 367 (Vương Đình Huệ) and 533 (Phùng Thị Hồng Hà) are other elections."),
    # ---------------- 927 ----------------
    ("927_dd7e9c379454", D,
     "Đợt 7-11-2025, Đảng bộ phường Phú Thọ (TPHCM) có mười lăm đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: 'Dịp này, Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng, trong đó: ...'. "
     "./g.sh '15 đồng chí|15 đảng viên': only 963 (BCH Công đoàn phường Thuận Giao, another thing); ./g.sh 'phường Phú Thọ': only 927."),
    # ---------------- 928 ----------------
    ("928_03148da43800", D,
     "Trong đợt trao Huy hiệu Đảng dịp 3-2-2026, phường Đức Nhuận (TPHCM) có 47 đảng viên được nhận Huy hiệu Đảng.",
     "928_03148da43800: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng.' "
     "./g.sh '47 đảng viên': no hit; ./g.sh 'Đức Nhuận': only 928."),
    # ---------------- 964 ----------------
    ("964_0f6571f76771", S,
     "Công đoàn phường An Hội Tây, TP HCM hiện quản lý 142 công đoàn cơ sở.",
     "964_0f6571f76771: 'Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên'."),
    ("964_0f6571f76771", D,
     "Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm (phường An Hội Tây, TP HCM) được thành lập với 37 đoàn viên là cán bộ, giáo viên, nhân viên.",
     "964_0f6571f76771: 'Nghị quyết thành lập Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm với 31 đoàn viên là cán bộ, giáo viên, nhân viên của trường.' "
     "./g.sh '37 đoàn viên': no hit."),
    # ---------------- 987 ----------------
    ("987_092194c9d403", D,
     "Tại chương trình “Tết sum vầy” 2020, Liên đoàn Lao động huyện Hướng Hóa đã trao quà trị giá hơn 83 triệu đồng cho đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn.",
     "987_092194c9d403: 'LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn.' "
     "./g.sh '83 triệu': no hit; ./g.sh 'Hướng Hóa|Hướng Hoá': only 987."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        for x in (page_id, verdict, claim, why):
            assert '"' not in x and "\t" not in x and "\n" not in x, x
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
