#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("246_cb2766c7a822", "supported",
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có ba mươi hai đơn vị, doanh nghiệp tham gia.",
     "246_cb2766c7a822: 'Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp.' ba mươi hai = 32."),
    ("1062_4241895b9eb4", "supported",
     "Công đoàn ngành Xây dựng Hà Nội hiện có 93 công đoàn cơ sở trực thuộc.",
     "1062_4241895b9eb4: 'Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động' (Jan 2023, giai đoạn 2018-2022). No other corpus page gives a CĐCS count for this union (1064: checks at 22 CĐCS; 1065: 20 CĐCS given cờ thi đua - other nouns)."),
    ("1162_f63ea6510168", "supported",
     "Năm 2019, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng bốn mươi lăm công nhân giỏi tiêu biểu.",
     "1162_f63ea6510168: 'trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng ngay tại hội nghị này'. bốn mươi lăm = 45. (017 gives 70 for 2024 - another year.)"),
    ("174_6cb98c605947", "supported",
     "Đại hội XIII Công đoàn Việt Nam đã bầu 168 người vào Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII, nhiệm kỳ 2023-2028.",
     "174_6cb98c605947: 'Kết quả, đại hội đã bầu 168 ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028.'"),
    ("189_db25eb366620", "supported",
     "Dịp phát động Tháng hành động ATVSLĐ năm 2019, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 37 cá nhân có thành tích xuất sắc trong phong trào an toàn vệ sinh lao động năm 2018.",
     "189_db25eb366620: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018'."),
    ("282_cf806c00183e", "supported",
     "LĐLĐ TP Hà Nội đã trao 3 triệu đồng cho mỗi nạn nhân tử vong trong vụ tai nạn lao động tại công trình số 16 Nguyễn Công Trứ.",
     "282_cf806c00183e: 'đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố' (công trình ... số 16 Nguyễn Công Trứ). 3 triệu = 3.000.000."),
    ("348_db7d0bb18329", "supported",
     "Đảng bộ huyện Sóc Sơn hiện có hơn 14,4 nghìn đảng viên.",
     "348_db7d0bb18329 (2020): 'Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng'. hơn 14,4 nghìn ~ 14.490."),
    ("367_4bc61b64462e", "supported",
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ Hà Nội bầu giữ chức Bí thư Thành ủy khóa XVII, nhiệm kỳ 2020-2025, với 100% phiếu tín nhiệm.",
     "367_4bc61b64462e: 'ông Vương Đình Huệ ... được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%'."),
    ("527_0809e797015b", "supported",
     "Liên đoàn Lao động tỉnh Bắc Ninh hiện có gần 600 nghìn đoàn viên công đoàn.",
     "527_0809e797015b (27/10/2025): 'Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên'. gần 600 nghìn = gần 600.000."),
    ("627_3078f9de4bd8", "supported",
     "Kỳ họp thứ nhất HĐND huyện Bắc Quang khóa XXI (nhiệm kỳ 2021-2026) triệu tập 35 đại biểu.",
     "627_3078f9de4bd8: 'số lượng đại biểu được triệu tập là 35 đại biểu' (Kỳ họp thứ Nhất HĐND huyện Bắc Quang khóa XXI)."),
    ("689_d6670691ad7d", "supported",
     "Từ đầu năm đến 30/11/2019, TP HCM đã vận động được 270 nghìn người hiến máu tình nguyện.",
     "689_d6670691ad7d: 'Năm 2019, tính từ ngày 1-1 đến ngày 30-11, TP HCM đã vận động được 270.000 người hiến, đạt gần 338.000 đơn vị máu.'"),
    ("718_ae869d03ab67", "supported",
     "Sau 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy, Hải Phòng đã phát triển được hơn 213 nghìn đoàn viên công đoàn trong khu vực ngoài nhà nước.",
     "718_ae869d03ab67: '10 năm thực hiện NQ 28 ... Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên' (NQ 28 on doanh nghiệp ngoài nhà nước, HTX, đơn vị sự nghiệp ngoài công lập). hơn 213 nghìn ~ 213.724."),
    ("743_3d782a035b00", "supported",
     "Tại Đại hội Công đoàn tỉnh Khánh Hòa khóa X (2018-2023), LĐLĐ tỉnh có gần 1.600 công đoàn cơ sở trực thuộc.",
     "743_3d782a035b00: 'trên 300 đại biểu đại diện cho 94.000 đoàn viên của 1.599 công đoàn cơ sở trực thuộc tham dự'. gần 1.600 ~ 1.599."),

    # ---------------- differs ----------------
    ("1162_f63ea6510168", "differs",
     "CĐ ngành GTVT Hà Nội hiện quản lý 35 công đoàn cơ sở.",
     "1162_f63ea6510168: 'CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên'. Claim 35 vs 29. grep '35 (CĐ|Công đoàn|công đoàn) cơ sở' over corpus: no hit; no other GTVT page (015, 017, 028) counts CĐCS."),
    ("174_6cb98c605947", "differs",
     "Đại hội XIII Công đoàn Việt Nam đã giới thiệu 195 đồng chí để bầu Ban Chấp hành Tổng Liên đoàn khóa XIII.",
     "174_6cb98c605947: 'tại Đại hội giới thiệu 185 đồng chí để bầu 168 ủy viên'. Claim 195 vs 185. grep '195 đồng chí|giới thiệu 1[0-9]{2}': only 174 (185). Note 247 mentions '185 đồng chí' for Đại hội lần thứ 12 (khóa XII) - a different congress, same value as truth, not 195."),
    ("189_db25eb366620", "differs",
     "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 48 tập thể có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     "189_db25eb366620: 'khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018'. Claim 48 vs 38. grep '48 tập thể': no hit. (1065: 20 tập thể for 2015-2020 điển hình tiên tiến - other thing.)"),
    ("254_698c53174ce4", "differs",
     "Trong nhiệm kỳ 2013-2018, Công đoàn ngành Nông nghiệp và PTNT Hà Nội quản lý hơn 8.100 công nhân viên chức lao động.",
     "254_698c53174ce4: 'CĐ ngành đang quản lý 41 CĐCS, ... với số lượng CNVCLĐ 7.128, trong đó số đoàn viên CĐ là gần 7.000 người'. Claim hơn 8.100 vs 7.128. grep '8[.,]1[0-9]{2} CNVC|7[.,]128': only 254. Other NN&PTNT pages (204, 023, 1061) give no CNVCLĐ count."),
    ("282_cf806c00183e", "differs",
     "Liên đoàn Lao động huyện Chương Mỹ hỗ trợ mỗi nạn nhân vụ sập giàn giáo ở 16 Nguyễn Công Trứ 2 triệu đồng.",
     "282_cf806c00183e: 'Liên đoàn Lao động huyện Chương Mỹ cũng trao hỗ trợ cho mỗi nạn nhân số tiền 1.000.000 đồng.' Claim 2 triệu vs 1 triệu. grep '2[.]000.000 đồng|2 triệu đồng': hits are other events only (518, 686, 643 ...); 109 (same accident) gives no support amount; 051 Chương Mỹ 5 triệu is a Mái ấm grant."),
    ("301_99215f4c97ce", "differs",
     "Cuộc thi sáng tác thơ nhân kỷ niệm 20 năm thành lập LĐLĐ quận Long Biên đã nhận được một trăm năm mươi bài thơ.",
     "301_99215f4c97ce: 'cuộc thi đã nhận được 115 bài thơ' and 'đọc 115 bài thơ trong Tuyển tập thơ'. Claim 150 (spelled out) vs 115. grep '150 bài|bài thơ|một trăm năm mươi': only 301 with 115."),
    ("307_af41b81b9229", "differs",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có khoảng 450 đại biểu chính thức tham dự.",
     "307_af41b81b9229: 'tham dự Đại hội có 545/550 đại biểu chính thức'. Claim khoảng 450 vs 545. grep '450 đại biểu': no hit. Other editions: 092 (XVI, 550 đại biểu), 288 (XVIII, 548) - other congresses, neither is 450."),
    ("523_1cd6d816c1b9", "differs",
     "LĐLĐ tỉnh Nghệ An công bố quyết định chỉ định mười hai cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023-2028.",
     "523_1cd6d816c1b9: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028'. Claim 12 vs 14. grep '12 cán bộ|mười hai cán bộ': no hit; no other Nghệ An page counts this."),
    ("524_5e262b93a7cd", "differs",
     "Theo LĐLĐ tỉnh Nghệ An, năm 2021 toàn tỉnh có gần 5.000 Chủ tịch công đoàn cơ sở.",
     "524_5e262b93a7cd: 'sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh'. Claim gần 5.000 vs gần 3.000 (200 is the number attending, another count). grep '[0-9.]+ Chủ tịch (Công đoàn|công đoàn|CĐ)': only 10 Chủ tịch (Hà Nội, other pages)."),
    ("570_94bd87e8af05", "differs",
     "Ban Chấp hành Liên đoàn Lao động thành phố Đà Nẵng (mới) ra mắt tháng 7/2025 gồm 35 ủy viên.",
     "570_94bd87e8af05: 'Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên' (hội nghị ngày 4-7, 2025). Claim 35 vs 32. grep '35 ủy viên': only 1089 (Hội Nông dân Tiền Giang, 33/35). Other Đà Nẵng pages (571, 741, 742) give no BCH size."),
    ("689_d6670691ad7d", "differs",
     "Chương trình hiến máu tình nguyện dịp Tết từ 20/12/2019 đến 1/3/2020 ở TP HCM đã tiếp nhận 65.000 túi máu.",
     "689_d6670691ad7d: 'ban chỉ đạo nhận được 56.000 túi máu từ các tình nguyện viên. Thời gian thực hiện ... từ ngày 20-12 đến 1-3-2020' (TP HCM: same article, 'TP HCM đã vận động'). Claim 65.000 vs 56.000. grep '65[.]000': no hit for blood."),
    ("718_ae869d03ab67", "differs",
     "Qua 10 năm thực hiện Nghị quyết 28, Hải Phòng đã thành lập được 1.416 tổ chức công đoàn trong các doanh nghiệp ngoài nhà nước, hợp tác xã và đơn vị sự nghiệp ngoài công lập.",
     "718_ae869d03ab67: 'Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên'. Claim 1.416 vs 1146. grep '1[.]?416': no hit."),
    ("777_a4af8b647861", "differs",
     "Tại lễ khởi động Tháng Thanh niên năm 2024, Tỉnh đoàn, Hội LHTN và Hội Đồng đội tỉnh đã trao năm mươi suất quà cho thiếu nhi, cựu thanh niên xung phong và thanh niên khó khăn.",
     "777_a4af8b647861: '30 suất quà (700 nghìn đồng/suất) cho thiếu nhi, cựu Thanh niên xung phong và thanh niên dân tộc thiểu số, thanh niên công nhân có hoàn cảnh khó khăn'. Claim 50 vs 30. grep 'Tỉnh đoàn.{0,100}suất quà|năm mươi': no hit; '50 suất quà' hits 518/642 are other events (and 777 itself has '50 áo ấm', a different noun)."),
    ("887_19e43b08801d", "differs",
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII đã bầu 39 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025.",
     "887_19e43b08801d: 'Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025'. Claim 39 vs 36. grep '39 đồng chí': no hit."),
    ("931_2a6417bd4142", "differs",
     "Năm 2024, LĐLĐ tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 25 “mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "931_2a6417bd4142: 'Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 “mái ấm công đoàn”'. Claim 25 vs 22. grep '25 .?(mái ấm|Mái ấm)': no hit; Hải Dương only on 931."),
    ("1024_dd34d84c01cf", "differs",
     "Nhân Tháng Công nhân 2025, Liên đoàn Lao động huyện Ba Vì đã trao 15 suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024_dd34d84c01cf: 'Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn'. Claim 15 vs 11. grep 'Ba Vì.{0,200}(suất quà|học sinh)|(15|11) suất quà': only 1024 and unrelated 1.011 suất (498)."),

    # ---------------- not_found ----------------
    ("005_dbc959940fb5", "not_found",
     "Hưởng ứng phong trào thi đua năm 2025 do LĐLĐ quận Long Biên phát động, đã có 120 công đoàn cơ sở đăng ký giao ước thi đua.",
     "005_dbc959940fb5 gives only anniversaries (95 năm, 80 năm, 50 năm, 135 năm) and themes, no count of CĐCS. grep 'Long Biên.{0,300}2025': only 005 title; '120 (công đoàn cơ sở|CĐCS)': none; 'giao ước thi đua': other unions only (015, 230, 590, 772, seed 004). 059 (95 Công đoàn cơ sở gửi áo dài, 2023) is another thing/year; 246 (32 đơn vị in a Cụm thi đua) is a different count."),
    ("068_61646234850c", "not_found",
     "Hội thi thợ giỏi công nhân lao động các KCN&CX Hà Nội lần thứ VIII năm 2022 có 30 thí sinh đạt giải.",
     "068 counts only participants ('109 CNLĐ tham gia'), not prize winners. grep 'lần thứ VIII': only 068 for this contest; 'KCN&CX.{0,200}(giải|đạt giải)': none; 'thí sinh đạt giải': seed 000 (111 thí sinh đạt giải, Hội thi thợ giỏi thành phố 2023 - another contest/year)."),
    ("1244_9075ea5f2f55", "not_found",
     "Tại Hội nghị Ban Chấp hành lần thứ 8, Công đoàn Khu công nghiệp Việt Nam – Singapore đã khen thưởng 6 tập thể có thành tích xuất sắc trong hoạt động công đoàn năm 2024.",
     "1244 says only 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân' without a number ('lần thứ 8', '6 tháng đầu năm 2025' are not counts of awardees). grep 'Singapore|VSIP': only 1244; '6 tập thể': 507 (Giỏi việc nước, 2020) and 159 - other unions."),
    ("256_c48309a5740b", "not_found",
     "Trong đợt thi đua cao điểm năm 2019, Công đoàn ngành Giáo dục Hà Nội đã biểu dương 90 nhà giáo tiêu biểu.",
     "256 gives 3 đợt thi đua, 'đợt thi đua cao điểm 90 ngày', '90 năm thành lập tổ chức Công đoàn' - 90 is days/years, not teachers. grep 'nhà giáo tiêu biểu|[0-9]+ nhà giáo': 159 (100 nhà giáo tiêu biểu của Thủ đô - another event), 120 (40 nhà giáo chung khảo), 233 (4 nhà giáo) - none is this."),
    ("303_3afb6ef3386b", "not_found",
     "Nhân kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ huyện Gia Lâm đã biểu dương 44 chủ tịch công đoàn cơ sở tiêu biểu.",
     "303 figures are '93 năm' (Công đoàn VN) and '44 năm xây dựng' (Công đoàn huyện) - years, not chairs honoured. grep 'Gia Lâm.{0,250}[0-9]': 255 headlines, 296 (100% CĐCS đại hội), 783 - no such count; 'chủ tịch công đoàn cơ sở tiêu biểu': 10 (Hà Nội city, seed 000/153) - other organisation."),
    ("387_4d721f20b60f", "not_found",
     "Theo gói hỗ trợ mới của Tổng LĐLĐ Việt Nam, khoảng 400 nghìn người lao động bị giảm giờ làm, ngừng việc sẽ được nhận hỗ trợ.",
     "387 counts doanh nghiệp ('khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố)') and amounts ('1 đến 3 triệu đồng'), not workers. grep 'giảm giờ làm|Nghị quyết 06': only 387; '400[.]000 người|400 nghìn': 143 (gần 400 nghìn nữ đoàn viên Hà Nội - another thing)."),
    ("513_cfb6b8b3f3d6", "not_found",
     "Lễ khởi động Tháng Thanh niên năm 2020 do Thành đoàn Hà Nội tổ chức trực tuyến đã thu hút 8.000 đoàn viên thanh niên theo dõi.",
     "513 gives '100% các cơ sở Đoàn trực thuộc theo dõi', '8 nội dung hoạt động', 90/89 năm - no count of viewers/members. grep 'Tháng Thanh niên.{0,200}[0-9]+ (đoàn viên|lượt)': 777 (5.000 lượt, Tỉnh đoàn 2024 - another place/year); '8[.]000 đoàn viên': 665 (An Giang), 1087 - unrelated."),
    ("527_0809e797015b", "not_found",
     "Đoàn công tác Liên đoàn Lao động tỉnh Chungnam (Hàn Quốc) sang làm việc với LĐLĐ tỉnh Bắc Ninh gồm 8 thành viên.",
     "527 counts Bắc Ninh CĐCS (2.450) and đoàn viên (gần 600.000), not delegation members. grep 'Chungnam|Hàn Quốc': only 527 and 098 (tuyển dụng) - no delegation size."),
    ("532_8ca00e63249f", "not_found",
     "Hội nghị tuyên truyền ngày 28/01/2026 của Liên đoàn Lao động tỉnh Tuyên Quang có 60 cán bộ công đoàn cơ sở phường Bình Thuận tham dự.",
     "532 gives '2 nội dung' and term years only - no attendee count. grep 'Bình Thuận|Tuyên Quang': 532 and unrelated (Bình Thuận province, Tuyên Quang congress 965); '60 cán bộ': none."),
    ("783_ef3db5842d22", "not_found",
     "Năm 2019, Cụm thi đua số 3 LĐLĐ thành phố Hà Nội đã đề nghị khen thưởng 6 tập thể có thành tích xuất sắc.",
     "783 counts the 6 member units ('LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây') - a different counted noun; no count of collectives proposed for awards. grep 'Cụm thi đua số 3': 783 and seed 003 (2023, no count); '6 tập thể': 507/159 other organisations."),
    ("906_dcbd919b8f59", "not_found",
     "Trong Tháng Nhân đạo 2024, Hội Chữ thập đỏ huyện Hóc Môn đã trợ giúp 600 lượt người nghèo và người có hoàn cảnh khó khăn.",
     "906 says only 'hàng trăm lượt người nghèo' (no figure) and 'Sau 6 năm triển khai' (years). grep 'Hóc Môn|Chữ thập đỏ huyện': 906, 108, 1262 - no count; '600 lượt': none."),
]

VERDICTS = {"supported", "differs", "not_found"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in VERDICTS, verdict
        assert "\t" not in claim and "\n" not in claim and "\t" not in why
        rows.append([nfc(pid), nfc(verdict), nfc(claim), nfc(why)])
    rows.sort(key=lambda r: r[0])
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    with open("/work/unseen63/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in sorted(VERDICTS)}
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
