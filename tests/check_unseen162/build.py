#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.

Plain Python: csv + unicodedata only. Pages read: only the 34 dev pages listed in
PROMPT.md (plus the seed corpus page 001_c8469c93829e839b, written as page_id 'seed').
Greps were run with ./g.sh over the 709 files in .corpus_files.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- seed 001_c8469c93829e839b (LĐLĐ quận Thanh Xuân) ----------------
    ("seed", S,
     "Chủ tịch LĐLĐ quận Thanh Xuân Cao Đắc Tiến đề nghị các cấp Công đoàn quận tổ chức phát động phong trào thi đua năm 2024 theo hai đợt.",
     "seed 001_c8469c93829e839b: \"Chủ tịch LĐLĐ quận Thanh Xuân đề nghị các cấp Công đoàn quận lựa chọn nội dung, tổ chức phát động phong trào thi đua theo 2 đợt: Đợt 1 từ 1/1/2024 đến 31/7/2024 ... đợt 2 từ 11/8/2024 đến 31/12/2024\"."),
    ("seed", N,
     "Năm 2023, Liên đoàn Lao động quận Thanh Xuân đã biểu dương, khen thưởng 45 tập thể có thành tích xuất sắc trong phong trào thi đua.",
     "seed 001_c8469c93829e839b only says \"năm 2023, nhiều CNVCLĐ quận Thanh Xuân đã được biểu dương, khen thưởng\" and caption \"Các tập thể, cá nhân có thành tích được biểu dương, khen thưởng\" - no count. g.sh 'Thanh Xuân': no other page counts Thanh Xuân award recipients (338 is a badminton tournament, 125 VĐV). g.sh '45 tập thể': 0 hits; '52 tập thể' only Hai Bà Trưng (237 teaser)."),

    # ---------------- 037 (LĐLĐ TP Hà Nội, BCH khóa XVI kỳ họp thứ 9) ----------------
    ("037_69ea9a40be4e", N,
     "Có 42 ủy viên Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI dự kỳ họp thứ 9 ngày 8/6, kỳ họp bầu đồng chí Bùi Huyền Mai làm Chủ tịch.",
     "037: names the meeting (\"hội nghị Ban chấp hành khóa XVI, kỳ họp thứ 9 để bầu bổ sung ... chức danh Chủ tịch\") and the presiding officials but counts no attending BCH members. g.sh '42 ủy viên' 0 hits; 'ủy viên Ban Chấp hành.{0,20}(dự|có mặt)' only 023 (211 ủy viên of another Đại hội), 594/980 (Hội LHPN VN, '100%'). 003_c1f428e54ea5 is kỳ họp thứ 11 (another occasion), also no count."),

    # ---------------- 063 (LĐLĐ quận Hoàng Mai) ----------------
    ("063_f7a849d3bef7", D,
     "Kể từ khi thành lập, LĐLĐ quận Hoàng Mai đã trải qua 6 kỳ đại hội.",
     "063: \"kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội\". g.sh 'kỳ đại hội': other hits are Công đoàn VN (12), Sóc Sơn Đảng bộ (11), Đoàn TN Hà Nội (16); no '6 kỳ đại hội' for Hoàng Mai."),

    # ---------------- 1027 (TTDVVL Hà Nội, thị trường lao động 2025) ----------------
    ("1027_8765180e6738", S,
     "Khảo sát của Trung tâm Dịch vụ việc làm Hà Nội tại hơn 1.400 doanh nghiệp cho thấy các lĩnh vực bán buôn, bán lẻ, dịch vụ và chế biến chế tạo đang tăng nhu cầu nhân lực.",
     "1027: \"Khảo sát từ 1.408 doanh nghiệp cho thấy, các lĩnh vực bán buôn, bán lẻ, dịch vụ và công nghiệp chế biến chế tạo đang gia tăng nhu cầu nhân lực nhanh chóng\" (hơn 1.400 ~ 1.408)."),
    ("1027_8765180e6738", D,
     "Theo dự báo, trong quý II/2025 Hà Nội cần tuyển khoảng 150 nghìn lao động.",
     "1027: \"Theo dự báo, trong quý II/2025, Hà Nội sẽ cần tuyển khoảng 120.000 lao động\". g.sh '150.000|150 nghìn': only 406 (Tháng Nhân đạo, 150.000 lượt người) and 460 (đơn vị máu); 1029 gives '120.000 - 140.000 vị trí' (still not 150k)."),

    # ---------------- 107 (Chợ Tết Công đoàn năm 2026, LĐLĐ TP Hà Nội) ----------------
    ("107_cd50bca97726", S,
     "Tại Chợ Tết Công đoàn năm 2026, các mặt hàng thiết yếu phục vụ Tết được Liên đoàn Lao động thành phố Hà Nội và doanh nghiệp bán giảm giá ít nhất 10% so với giá thực tế.",
     "107: \"cung cấp các mặt hàng thiết yếu phục vụ Tết, với mức giảm giá tối thiểu 10% so với giá bán thực tế\"."),
    ("107_cd50bca97726", D,
     "Điểm Chợ Tết Công đoàn năm 2026 tại Khu nhà ở xã hội xã Thiên Lộc chỉ có khoảng 30 gian hàng.",
     "107: \"Chợ Tết tại Khu nhà ở xã hội, xã Thiên Lộc diễn ra từ 8 giờ 30 ngày 31/1 đến 19 giờ ngày 1/2/2026 ... với khoảng 50 gian hàng\" (504 also: 31/1-1/2/2026 'quy mô 50 gian hàng'). g.sh '[0-9.]+ gian hàng': 30 appears only as '20-30 gian hàng' in 543 (Đà Nẵng) and 761 (Quảng Ninh 2023); the Cung Việt Xô site (276/280) has 70."),

    # ---------------- 1105 (Đại hội Đoàn TNCS HCM tỉnh Thanh Hóa lần thứ XX) ----------------
    ("1105_fd04a28fb480", S,
     "Ba trăm sáu mươi đại biểu đã về dự Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX ngày 29-12.",
     "1105: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX được tổ chức với sự tham dự của 360 đại biểu, đại diện cho gần 1 triệu đoàn viên\"."),
    ("1105_fd04a28fb480", D,
     "Đại hội Đoàn tỉnh Thanh Hóa lần thứ XX đã bầu Ban Chấp hành Tỉnh đoàn nhiệm kỳ 2025-2030 gồm 55 đồng chí.",
     "1105: \"kết quả bầu Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí\". g.sh '55 đồng chí': 0 hits; 1086 (khóa XIX, 2022-2027, another edition) has BCH 44."),

    # ---------------- 1126 (Công đoàn Tổng công ty Điện lực TP HCM, 6 tháng 2022) ----------------
    ("1126_1b7f3b281987", S,
     "Sáu tháng đầu năm 2022, Tổng công ty Điện lực TP HCM có bảy cá nhân được tuyên dương, khen thưởng danh hiệu \"Người lao động ngành điện tiêu biểu\".",
     "1126: \"Tổng công ty còn có 7 cá nhân được tuyên dương khen thưởng 'Người lao động ngành điện tiêu biểu' năm 2022\"."),
    ("1126_1b7f3b281987", D,
     "Trong 6 tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP.HCM đã ký kết Thỏa ước lao động tập thể với 38 điểm có lợi hơn cho người lao động.",
     "1126: \"ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động\". g.sh '38 điểm' only a USD index line in seed 000."),

    # ---------------- 1166 (LĐLĐ TP Hội An, khuyến học 2015) ----------------
    ("1166_ea87f1aaef64", S,
     "Nhân dịp kỷ niệm Ngày thành lập Công đoàn Việt Nam năm 2015, Liên đoàn Lao động thành phố Hội An đã trao 83 suất quà cho học sinh vượt khó học khá giỏi năm học 2014-2015.",
     "1166: \"Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi\" (năm học 2014-2015, 'Công đoàn Hội An')."),
    ("1166_ea87f1aaef64", D,
     "Dịp kỷ niệm Ngày thành lập Công đoàn Việt Nam tháng 7/2015, LĐLĐ TP Hội An khen thưởng 24 em học sinh đạt giải tại các kỳ thi học sinh giỏi cấp tỉnh, cấp quốc gia.",
     "1166: \"và 15 em đạt các giải tại các kỳ thi học sinh giỏi cấp Tỉnh, cấp Quốc gia\". g.sh '24 em' 0 hits ('25 em' only Ba Vì, 1024)."),

    # ---------------- 124 (Công đoàn ngành GTVT Hà Nội, 2020) ----------------
    ("124_e7648c1a2662", S,
     "Năm 2020, đoàn viên và CNVCLĐ ngành Giao thông vận tải Hà Nội đã ủng hộ các hoạt động xã hội, từ thiện tổng cộng 0,64 tỷ đồng.",
     "124: \"năm 2020 đoàn viên và công nhân, viên chức, lao động trong ngành đã ủng hộ các hoạt động xã hội, từ thiện ... với tổng số tiền là 640 triệu đồng\"."),
    ("124_e7648c1a2662", D,
     "Công đoàn ngành GTVT Hà Nội đã biểu dương, khen thưởng 149 cháu con công nhân, viên chức, lao động vượt khó học giỏi và thi đỗ đại học điểm cao.",
     "124: \"biểu dương, khen thưởng 194 cháu con công nhân, viên chức, lao động vượt khó học giỏi và thi đỗ đại học\". g.sh '149 cháu' 0 hits; no other page counts these children for Công đoàn ngành GTVT HN."),

    # ---------------- 143 (Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI) ----------------
    ("143_51b5dc91c41f", S,
     "Có 28 nữ cán bộ Công đoàn chuyên trách và nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI.",
     "143: \"nữ cán bộ Công đoàn chuyên trách, nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội có 28 người\"."),
    ("143_51b5dc91c41f", D,
     "Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 triệu tập 520 đại biểu.",
     "143: \"Đại hội triệu tập 489 đại biểu\". g.sh '489|520 đại biểu': only 143. 593 (same congress, phiên trù bị) counts Đoàn Chủ tịch 11, Thư ký 3, Thẩm tra 5 only."),

    # ---------------- 144 (hỗ trợ nạn nhân cháy chung cư mini Khương Hạ) ----------------
    ("144_bc4e63c5ba65", S,
     "Công đoàn ngành Y tế Hà Nội trao 15 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144: \"Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng cho thân nhân đoàn viên\" (đoàn viên Trần Thị Thịnh, vụ cháy chung cư mini tại Khương Hạ)."),
    ("144_bc4e63c5ba65", D,
     "LĐLĐ thành phố Hà Nội đã trao 32 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh tử vong trong vụ cháy chung cư mini Khương Hạ.",
     "144: \"cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh\". g.sh '32 triệu' 0 hits; 328 (same fire, another family) states no amount."),

    # ---------------- 198 (25 năm báo Lao động Thủ đô) ----------------
    ("198_7c3cb7fb69d5", D,
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ hơn 8.000 tờ báo đến công nhân lao động tại các khu công nghiệp - khu chế xuất Hà Nội.",
     "198: \"báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội\". g.sh '[0-9.]+ tờ báo' only 198; '8.000 tờ|8 nghìn tờ' 0 hits."),

    # ---------------- 203 (Đại hội Công đoàn ngành Xây dựng Hà Nội XIV) ----------------
    ("203_1d5ba7406036", N,
     "Nhiệm kỳ 2018-2023, Công đoàn ngành Xây dựng Hà Nội đã thành lập mới 12 công đoàn cơ sở.",
     "203 reports the Đại hội XIV (8/6/2023) with no figures on the past term. g.sh 'Xây dựng Hà Nội': 239 (same congress: 191 đại biểu, BCH 21), 1062 ('93 Công đoàn cơ sở' = existing CĐCS, not newly founded), 1065/189 (awards). g.sh 'thành lập mới.{0,20}[0-9]+ (Công đoàn cơ sở|CĐCS)': only KCN-CX Hà Nội (11), 666, 933, 967 (Quảng Trị) - other organisations."),

    # ---------------- 206 (Hà Nội, chiến dịch làm sạch dữ liệu đất đai) ----------------
    ("206_cfb5f4dd4354", N,
     "Chiến dịch 90 ngày đêm làm giàu, làm sạch dữ liệu đất đai của Hà Nội sẽ rà soát khoảng 2,5 triệu thửa đất.",
     "206 counts 126 đơn vị cấp xã and 4 nhóm công việc, never a number of land parcels; 211 (Kế hoạch 252, same campaign) lists 'bốn nội dung' and '3 nhóm' data classes, no parcel count. g.sh 'triệu thửa' 0 hits; 'thửa đất' only generic mentions in 206."),

    # ---------------- 240 (Đại hội CĐ cơ quan văn phòng Sở Xây dựng HN) ----------------
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "240: only \"1 trong 2 đơn vị tổ chức Đại hội điểm\"; no BCH size, no delegate count. g.sh 'văn phòng Sở' / 'Xây dựng Hà Nội': no other page covers this CĐCS congress; 239 is the ngành congress 2023 (BCH 21), another occasion."),

    # ---------------- 262 (Chợ Tết Công đoàn năm 2023, LĐLĐ TP Hà Nội) ----------------
    ("262_7b5b3b51657d", S,
     "Tại Chợ Tết Công đoàn năm 2023 của LĐLĐ Thành phố Hà Nội, 5,5 nghìn đoàn viên, người lao động đã được nhận phiếu mua hàng.",
     "262: \"Cũng tại Chương trình 'Chợ Tết Công đoàn năm 2023', 5.500 đoàn viên, người lao động ... được nhận Phiếu mua hàng giảm giá và Phiếu mua hàng 0 đồng\"."),
    ("262_7b5b3b51657d", D,
     "Chương trình Chợ Tết Công đoàn năm 2023 do Liên đoàn Lao động thành phố Hà Nội tổ chức có 65 doanh nghiệp tham gia.",
     "262: \"'Chợ Tết Công đoàn năm 2023' với sự tham gia của 48 doanh nghiệp với 72 gian hàng\". g.sh '65 doanh nghiệp' 0 hits; 795 (Tổng LĐLĐ nationwide) has 1.320 doanh nghiệp."),

    # ---------------- 282 (sập giàn giáo 16 Nguyễn Công Trứ, 2020) ----------------
    ("282_cf806c00183e", D,
     "LĐLĐ thành phố Hà Nội trao hỗ trợ 5 triệu đồng cho mỗi nạn nhân tử vong trong vụ tai nạn lao động tại công trình số 16 Nguyễn Công Trứ.",
     "282: \"đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố\" (LĐLĐ huyện Chương Mỹ 1.000.000 đồng). g.sh '5 triệu đồng': 294 is Quốc Oai 2024 (another accident), 050/051 Mái ấm; 109 (same accident, police) states no support amount."),

    # ---------------- 292 (Sovico, đề nghị Huân chương) ----------------
    ("292_3150d278c2b8", N,
     "Công ty cổ phần Tập đoàn Sovico, được đề nghị tặng Huân chương Lao động hạng Ba, đã ủng hộ 100 tỉ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 gives only document numbers and the 7-day comment period; no donation amount. g.sh 'Sovico': only 292."),

    # ---------------- 307 (Đại hội Công đoàn TP Hà Nội lần thứ XVII) ----------------
    ("307_af41b81b9229", S,
     "Có 545 đại biểu chính thức tham dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028.",
     "307: \"tham dự Đại hội có 545/550 đại biểu chính thức\" (16-17/10/2023). Note 092 (Đại hội XVI: 550) and 288 (Đại hội XVIII: 548) are other editions."),

    # ---------------- 446 (LĐLĐ TP HCM thi đua chào mừng Đại hội lần thứ I) ----------------
    ("446_764438fb9bbb", N,
     "Đại hội Công đoàn TP HCM lần thứ I, nhiệm kỳ 2025-2030 có 500 đại biểu chính thức tham dự.",
     "446 counts only 3 giai đoạn of the emulation drive. 572 (the congress itself, 25/12) counts BCH 65 thành viên, 10 Phó chủ tịch, UBKT 15 - no delegate count. g.sh '500 (công nhân|người lao động|đại biểu)': none about this congress."),

    # ---------------- 589 (hiệp thương lần 1, Hậu Giang) ----------------
    ("589_5739e8816785", D,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ tỉnh Hậu Giang thống nhất giới thiệu 18 người ứng cử đại biểu Quốc hội khóa XV.",
     "589: \"Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu\". g.sh '18 (người|đại biểu)' no Hậu Giang hit."),

    # ---------------- 608 (Hội Chữ thập đỏ tỉnh, tổng kết 2023) ----------------
    ("608_5c8141ecc09d", S,
     "Năm 2023, theo Hội Chữ thập đỏ tỉnh, toàn tỉnh có 160 người đăng ký hiến mô, tạng.",
     "608: \"Trong năm có 160 người đăng ký hiến mô, tạng\" (năm 2023; the province is not named in the text)."),
    ("608_5c8141ecc09d", D,
     "Năm 2023, lượng máu các bệnh viện tiếp nhận từ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động chỉ đạt 117% kế hoạch.",
     "608: \"các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch\". g.sh '137%|117%': only 608 (137%)."),

    # ---------------- 629 (HĐND huyện Điện Biên Đông) ----------------
    ("629_49c2ddcfe599", N,
     "HĐND huyện Điện Biên Đông đã thông qua Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 với tổng vốn khoảng 1.500 tỉ đồng.",
     "629: \"thông qua nghị quyết về Kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030\" with no amount (only figure: 29/29 đại biểu for the Chủ tịch UBND vote). g.sh 'Điện Biên Đông' only 629; '1.500 tỉ|1.500 tỷ' 0 hits."),

    # ---------------- 631 (Hội LHPN tỉnh Nghệ An) ----------------
    ("631_0b16f9904253", N,
     "Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI, nhiệm kỳ 2021-2026 có 45 ủy viên.",
     "631: Hội nghị lần thứ 13 BCH khóa XVI elects Hoàng Thị Thu Hiền; no BCH size. g.sh 'LHPN tỉnh Nghệ An|Phụ nữ tỉnh Nghệ An' only 631; '45 ủy viên' 0 hits."),

    # ---------------- 699 (LĐLĐ huyện Kon Plông, Tết 2025) ----------------
    ("699_c94abe293db6", D,
     "Tại chương trình \"Tết sum vầy - Xuân ơn Đảng\" Xuân Ất Tỵ 2025, Liên đoàn Lao động huyện Kon Plông đã trao tặng 260 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn.",
     "699: \"Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn\" (7 + 161; separately 22 suất from Tô Văn Tám). g.sh '260 suất' 0 hits; 'Kon Plông' only 699."),

    # ---------------- 720 (Đại hội Phụ nữ toàn quốc XIII) ----------------
    ("720_ac555b116a87", D,
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII ra mắt Đại hội gồm 165 người.",
     "720: \"ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu\". g.sh '165 (ủy viên|đại biểu|đồng chí)' 0 hits; 594/980 (same BCH, later meetings) give no size."),

    # ---------------- 824 (LĐLĐ quận 3, Tháng ATVSLĐ 2022) ----------------
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình tổ chức có khoảng 300 công nhân tham dự.",
     "824 gives the date (9-5-2022), place and theme only, no attendance. g.sh 'quận 3' -> 545 (Hội LHPN Quận 3, 2024) and 824; '300 (công nhân|CBCNV|cán bộ)' only 626 (Tết gifts, another event)."),

    # ---------------- 883 (HĐND quận Đống Đa, 2017) ----------------
    ("883_e2578b7cc3b9", N,
     "Đồng chí Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận với 35 phiếu tán thành.",
     "883: kỳ họp thứ 5 HĐND quận khóa 19 (30/8/2017) elects Võ Nguyên Phong; no vote count. g.sh 'Võ Nguyên Phong' only 883; '35 phiếu|35/' only 040 (Kế hoạch 35/KH-TU)."),

    # ---------------- 885 (thưởng Tết Tân Sửu) ----------------
    ("885_b514dc72b366", S,
     "Mức thưởng Tết Tân Sửu cao nhất là hơn 1 tỉ đồng, thuộc về một cá nhân làm việc tại doanh nghiệp FDI ngành cơ - điện lạnh.",
     "885: \"Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài (ngành cơ - điện lạnh)\" (hơn 1 tỉ ~ 1,076 tỉ). Source URL is nld.com.vn TP HCM, but the page text names no city, so the claim names none."),
]


def curly(x):
    """Turn ASCII double quotes into typographic ones so the TSV needs no CSV quoting."""
    out, opened = [], False
    for ch in x:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", curly(x)).replace("\t", " ").replace("\n", " ")
                     for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps page order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len(set(r[0] for r in rows)))


if __name__ == "__main__":
    main()
