#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("049_e73d5fdb77f6", "supported",
     "Đoàn viên Nguyễn Thị Giản Hải (Công đoàn Trường Mầm non Bắc Phú, huyện Sóc Sơn) được Liên đoàn Lao động TP Hà Nội hỗ trợ bốn mươi triệu đồng để xây “Mái ấm Công đoàn”.",
     "049_e73d5fdb77f6: \"hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn”\" (spelled-out 40)."),
    ("055_96b8b5707383", "supported",
     "Theo Chủ tịch LĐLĐ huyện Chương Mỹ, cơn bão số 3 đã gây ảnh hưởng tới gần 4.900 hộ dân trên địa bàn huyện.",
     "055_96b8b5707383: \"trên địa bàn huyện có ... 4.885 hộ dân bị ảnh hưởng\" (gần 4.900 ~ 4.885)."),
    ("078_195ef83b4e19", "supported",
     "Từ đầu năm 2017, Liên đoàn Lao động quận 1 (TP HCM) đã trao nhà tình thương, tình nghĩa và “Mái ấm Công đoàn” với tổng kinh phí khoảng 600 triệu đồng.",
     "078_195ef83b4e19: \"Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" ... với tổng kinh phí gần 600 triệu đồng\"."),
    ("1042_fe924796bfeb", "supported",
     "Trong số các công đoàn cơ sở do Công đoàn ngành Giáo dục Hà Nội quản lý có 58 đơn vị ngoài công lập.",
     "1042_fe924796bfeb: \"quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)\". Note 333_b974af218aab (2022) gives 187 CĐCS total but no public/non-public split, so the 58 is only in 1042."),
    ("151_77cc7b6288de", "supported",
     "Trong nửa đầu năm 2021, thành phố Hà Nội đã cho vay 1282 tỷ đồng để giải quyết việc làm.",
     "151_77cc7b6288de: \"Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng\" (year 2021 from the same article). 098_edd9ef3c5812 (2022) has \"trên 2.090 tỷ đồng\" for another year."),
    ("168_9200173fb05c", "supported",
     "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments (Quảng Nam) nhận giải thưởng Nguyễn Đức Cảnh năm 2023, đã có 25 đề tài khoa học.",
     "168_9200173fb05c: \"Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến\"."),
    ("206_cfb5f4dd4354", "supported",
     "Chiến dịch làm sạch cơ sở dữ liệu đất đai của Hà Nội (1/9 – 30/11/2025) sẽ hoàn thiện dữ liệu tại 126 đơn vị cấp xã của thành phố.",
     "206_cfb5f4dd4354: \"chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội\"."),
    ("455_c8575d3b57ff", "supported",
     "Ngôi nhà “Mái ấm Công đoàn” của chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn được xây dựng với tổng kinh phí 65.000.000 đồng.",
     "455_c8575d3b57ff: \"Ngôi nhà của chị Lam được xây dựng tại thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn, có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng\"."),
    ("507_60ef7af69b3d", "supported",
     "Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 88 cá nhân có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507_60ef7af69b3d: \"Tại hội nghị, 6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020\"."),
    ("570_94bd87e8af05", "supported",
     "Ban Chấp hành Liên đoàn Lao động thành phố Đà Nẵng (mới), ra mắt tại hội nghị ngày 4/7/2025, gồm 32 ủy viên.",
     "570_94bd87e8af05 (date 2025-07): \"Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên\". 571/742 (Đại hội lần I, 12-2025) count only 300 đại biểu, no BCH size."),
    ("664_ee315818b222", "supported",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia ngày 14/3/2023 có 41 công đoàn viên của Trung tâm tham dự.",
     "664_ee315818b222: \"Tới dự và chỉ đạo Đại hội có ... và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia\"."),
    ("793_a83971f85d67", "supported",
     "Tại lễ mít tinh hưởng ứng Ngày Quốc tế Thiếu nhi năm 2023 ở huyện Phú Tân, Ban Tổ chức đã trao tặng 400 phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793_a83971f85d67: \"Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt\"."),
    ("810_d311deaca2eb", "supported",
     "Đoàn đại biểu ngành Y tế đi dự Đại hội XIII Công đoàn Việt Nam gồm ba mươi tư đại biểu.",
     "810_d311deaca2eb: \"34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam\"; body: \"cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam\" (spelled-out 34)."),

    # ---------------- differs ----------------
    ("049_e73d5fdb77f6", "differs",
     "LĐLĐ thành phố Hà Nội đã hỗ trợ đoàn viên Trịnh Thị Châm (Công đoàn Trường Tiểu học Hương Đình, Sóc Sơn) 50 triệu đồng để sửa chữa “Mái ấm Công đoàn”.",
     "049_e73d5fdb77f6: \"hỗ trợ đoàn viên Trịnh Thị Châm - Công đoàn Trường Tiểu học Hương Đình và đoàn viên Đường Thị Lan Anh ... mỗi đoàn viên 30 triệu đồng để sửa chữa\". grep 'Trịnh Thị Châm|Hương Đình' only hits 049; '50 triệu đồng.{0,40}(sửa|Mái)' only hits 520 (another province)."),
    ("055_96b8b5707383", "differs",
     "Ở huyện Chương Mỹ, khoảng 500 hộ đoàn viên, người lao động bị ảnh hưởng bởi cơn bão số 3.",
     "055_96b8b5707383: \"Trong đó, có khoảng 200 hộ đoàn viên, người lao động bị ảnh hưởng\". grep '500 hộ' and 'hộ đoàn viên': no other hit."),
    ("1024_dd34d84c01cf", "differs",
     "Nhân dịp Tháng Công nhân năm 2025, Liên đoàn Lao động huyện Ba Vì đã trao 21 suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024_dd34d84c01cf: \"Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn\". grep '21 suất' and 'Ba Vì.{0,200}(suất|quà)': only 1024."),
    ("1064_9147fdd05d4f", "differs",
     "Sau Đại hội nhiệm kỳ 2023 - 2028, Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 32 CĐCS.",
     "1064_9147fdd05d4f: \"UBKT Công đoàn ngành kiểm tra đã tiến hành kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở (CĐCS)\". grep '32 (Công đoàn cơ sở|CĐCS)': none."),
    ("151_77cc7b6288de", "differs",
     "Trong 6 tháng đầu năm 2021, Hà Nội đã tổ chức hơn 150 phiên giao dịch việc làm trực tiếp, lưu động và trực tuyến.",
     "151_77cc7b6288de: \"tổ chức hơn 111 phiên giao dịch việc làm trực tiếp, lưu động, trực tuyến\". grep '150 phiên' and 'phiên giao dịch': no other count for H1 2021."),
    ("168_9200173fb05c", "differs",
     "Chị Trương Thị Hoàng Linh (Công ty TNHH Fashion Garments, KCN Tam Thăng), người nhận giải thưởng Nguyễn Đức Cảnh 2023, có tới 62 sáng kiến.",
     "168_9200173fb05c: \"Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến\". grep '62 sáng kiến' and 'Hoàng Linh': only 168, no 62."),
    ("310_927c666a3aaf", "differs",
     "Chương trình “Chợ Tết Công đoàn” năm 2024 của Công đoàn Thủ đô có 142 gian hàng bán hàng Việt Nam chất lượng.",
     "310_927c666a3aaf: \"tại chương trình “Chợ Tết Công đoàn” năm 2024, đã có 124 gian hàng\". Other Chợ Tết counts are other years/places (262: 72 gian hàng 2023; 504: 50 gian hàng 2026; 276: hơn 70 gian hàng 2026; 795: 1.479 gian hàng national 2023). grep '142 gian': none."),
    ("464_7e784f258933", "differs",
     "Theo Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang, phong trào thi đua năm 2024 của Tổng Liên đoàn dự kiến được chia thành ba đợt.",
     "464_7e784f258933: \"phong trào thi đua năm 2024 dự kiến chia thành 2 đợt\". '3 đợt' appears only in 256 (Công đoàn ngành Giáo dục Hà Nội, năm 2019), another organisation and year; 001 corpus (LĐLĐ quận Thanh Xuân 2024) says 2 đợt."),
    ("495_426cdd090149", "differs",
     "Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026 của Thành Đoàn TP.HCM có hơn 6 nghìn đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tham dự.",
     "495_426cdd090149: \"Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ\". 1013_dd19fb48ab24 says \"gần 70.000\" registered chiến sĩ (another counted noun: đăng ký, not at the ceremony); grep '6\\.000 (đoàn viên|thanh niên)' hits only other provinces/topics."),
    ("513_cfb6b8b3f3d6", "differs",
     "Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội được Ban Thường vụ Thành đoàn cụ thể hóa bằng 10 nội dung hoạt động.",
     "513_cfb6b8b3f3d6: \"được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động\". 391 (Tháng Thanh niên 2024) has '4 nhóm hoạt động' - other year. grep '10 nội dung': none."),
    ("707_bf24a681f98e", "differs",
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028, khai mạc sáng 11/10 với 320 đại biểu chính thức.",
     "707_bf24a681f98e: \"và 230 đại biểu chính thức dự đại hội\". grep 'Lào Cai': no other page counts this congress; grep '320': none about it."),
    ("729_44f1746c543b", "differs",
     "Lễ phát động Tháng Công nhân năm 2025 của tỉnh Nghệ An có hơn 3.000 đoàn viên, người lao động tham dự.",
     "729_44f1746c543b: \"cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động\". grep 'Nghệ An': no other count of this event; '3\\.000 đoàn viên': none."),
    ("727_39665a0e6638", "differs",
     "Trong lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2020, Thành đoàn Đà Nẵng đã trao 1.000 lá cờ Tổ quốc cho ngư dân âu thuyền Thọ Quang.",
     "727_39665a0e6638: \"Thành đoàn Đà Nẵng đã trao ... 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)\". grep 'lá cờ': only 866 (Bến Tre, 2.000 lá cờ, other province/event)."),
    ("802_331723d186da", "differs",
     "Tại đợt trao tặng huy hiệu Đảng dịp 19/5 do Quận ủy Hoàn Kiếm tổ chức, toàn quận có 290 đảng viên được nhận huy hiệu.",
     "802_331723d186da: \"Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng\". 803 (Hai Bà Trưng, 284 đảng viên) is another district; grep '290 đảng viên': none."),
    ("930_456c87ad3771", "differs",
     "Chiều 25/5/2021, Chủ tịch LĐLĐ tỉnh Trần Hoàng Vũ trao biển tượng trưng Mái ấm Công đoàn, mỗi đoàn viên khó khăn về nhà ở được hỗ trợ 60 triệu đồng.",
     "930_456c87ad3771: \"Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng\". grep 'Trần Hoàng Vũ|Vĩnh Hoàn': only 930."),
    ("983_245bc105cc74", "differs",
     "Dịp Tết năm 2022, chương trình của Trung ương Đoàn đưa 3.500 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê đón Tết miễn phí.",
     "983_245bc105cc74: \"chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí\". Other 'về quê đón Tết' counts are LĐLĐ programmes (Long Biên, Hà Nội, Đồng Nai), not T.Ư Đoàn; grep '3\\.500 sinh viên': none."),

    # ---------------- not_found ----------------
    ("003_c1f428e54ea5", "not_found",
     "Hội nghị Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI, kỳ họp thứ 11 (ngày 16/12) đã bầu bổ sung 3 ủy viên Ban Chấp hành.",
     "003 says only \"để bầu bổ sung Ủy viên Ban Chấp hành, Ban Thường vụ và chức danh Chủ tịch\" with no number. grep 'bầu bổ sung.{0,60}ủy viên': 037 (kỳ họp thứ 9, no number), 1182 (\"bầu bổ sung 3 ủy viên ban chấp hành\" - a hospital union), 1242 (Tổng LĐLĐ, 18 ủy viên), 584 (another province) - all other organisations/sessions."),
    ("005_dbc959940fb5", "not_found",
     "Năm 2025, Liên đoàn Lao động quận Long Biên đặt mục tiêu kết nạp 1.500 đoàn viên mới.",
     "005 lists only anniversaries and themes, no targets. grep 'đoàn viên mới' (028, 666 other province 8.800), 'Long Biên.{0,150}đoàn viên mới|kết nạp.{0,100}Long Biên': nothing. Long Biên counts in corpus are other things (127 đoàn viên Marie Curie, gần 1.500 bộ áo dài in 059, gần 500 CNLĐ về quê in 057)."),
    ("1067_e8b09d9195a7", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi cấp thành phố do LĐLĐ TP Hà Nội tổ chức năm 2020 có 120 thí sinh tham dự.",
     "1067 and 141 (same contest, Kế hoạch 07/KH-LĐLĐ) give no participant count. grep 'thí sinh': 000 corpus (Hội thi thợ giỏi 2023: 363 thí sinh, 111 đạt giải), 069/339 (thợ giỏi ngành Xây dựng), 118 (ngành Y tế), 316 (Hội thi Công đoàn Hà Nội - Hành trình..., 117 thí sinh) - all other contests."),
    ("203_1d5ba7406036", "not_found",
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV, nhiệm kỳ 2023 – 2028 đã bầu 15 đại biểu đi dự Đại hội Công đoàn thành phố Hà Nội.",
     "203 gives no numbers. 239 (same congress) counts \"191 đại biểu\" attending and \"bầu 21 đồng chí vào Ban Chấp hành\" - other counted nouns, not delegates elected to the city congress. grep 'đại biểu (đi )?dự Đại hội Công đoàn (Thành phố|thành phố)': no hit."),
    ("366_0b8feddcd533", "not_found",
     "Đại hội đại biểu lần thứ XVII (nhiệm kỳ 2020-2025) Đảng bộ thành phố Hà Nội khai mạc sáng 12/10 với sự tham dự của 550 đại biểu.",
     "366 gives no delegate count. grep '550 đại biểu': 812 is Đại hội Đảng bộ TP Hà Nội lần thứ XVIII (2025-2030) - another edition; 092/307 are Đại hội Công đoàn TP Hà Nội XVI - another body. grep 'Đảng bộ (thành phố )?Hà Nội': XVII only mentioned, never counted."),
    ("419_570045abe4cc", "not_found",
     "Đại hội Công đoàn Hà Tĩnh lần thứ XVIII, diễn ra tháng 1/2018, dự kiến có 300 đại biểu chính thức.",
     "419 has only the title/captions, no count. grep 'Hà Tĩnh': corpus 002 (LĐLĐ Hà Tĩnh tổng kết 2024), 388 (Tháng Công nhân 2024) - no delegate count. '300 đại biểu' appears for Đà Nẵng (571/742) and Khánh Hòa (743) - other provinces."),
    ("429_77bd108c7618", "not_found",
     "Tại hội nghị tổng kết việc thực hiện Nghị quyết 20-NQ/TW tổ chức ở Đà Lạt, Công đoàn CAND đã khen thưởng 50 tập thể.",
     "429 has no counts beyond '10 năm'/'5 năm'. grep 'CAND|Công an nhân dân', 'Đà Lạt', 'Nghị quyết (số )?20': 286 (15 năm NQ 20, other body), 1011 (Đoàn, Đà Lạt 2017) - nothing counts tập thể khen thưởng by Công đoàn CAND."),
    ("430_68a53037f8a8", "not_found",
     "Đại hội đại biểu Đảng bộ Q.2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015 - 2020, có 250 đại biểu chính thức tham dự.",
     "430 states no delegate count. grep 'Q\\.2|Quận 2': 1048 (LĐLĐ Thủ Đức merger) only. '250 đại biểu' appears only in 1210 (Công đoàn Y tế Việt Nam XIV) - another body."),
    ("826_16ccc3252ccd", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V đã biểu dương 200 điển hình tiên tiến.",
     "826 has no counts. grep 'Lạng Sơn': 868 (Đại hội Thi đua yêu nước Lạng Sơn lần thứ IV, 2015 - another edition, no count), 903 (Kỳ nghỉ hồng). grep 'điển hình tiên tiến': counts only for Hà Nội (086: 858) and Công đoàn Viên chức (215)."),
    ("707_bf24a681f98e", "not_found",
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII đã bầu 35 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa XVII.",
     "707 reports only the opening (230 đại biểu chính thức); no BCH elected count. grep 'Lào Cai' (670, 1129, 1144: other topics) and '[0-9]+ ủy viên' (Tổng LĐLĐ, Đà Nẵng, Thủ Đức, Tiền Giang...) - none for Lào Cai."),
    ("729_44f1746c543b", "not_found",
     "Tại lễ phát động Tháng Công nhân năm 2025 ở Nghệ An, lãnh đạo Tổng LĐLĐ Việt Nam và Ủy ban MTTQ tỉnh đã trao tặng 5 nhà Mái ấm Công đoàn cho công nhân lao động.",
     "729 caption only: \"trao tặng nhà Mái ấm Công đoàn cho công nhân lao động\" - no number. grep 'Nghệ An' and 'Tháng Công nhân.{0,120}Mái ấm': 930 (07 Mái ấm, another province 2021), 049 (3 đoàn viên Sóc Sơn) - other occasions."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x).replace("\t", " ").replace("\n", " ")
                     for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
