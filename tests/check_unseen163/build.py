#!/usr/bin/env python3
"""Build claims.tsv for unseen163 (blind claim set). Plain Python: csv + unicodedata."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- seeds (page_id "seed") ----------------
    ("seed", N,
     "Năm 2023, Liên đoàn Lao động quận Thanh Xuân đã biểu dương, khen thưởng 120 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
     "seed 001_c8469c93829e839b only says 'năm 2023, nhiều CNVCLĐ quận Thanh Xuân đã được biểu dương, khen thưởng' (a caption) with no count. "
     "g.sh '120 cá nhân' -> nothing; g.sh '(khen thưởng|biểu dương).{0,60}(tập thể|cá nhân).{0,80}2023' -> only 547 (Tỉnh đoàn, 20 tập thể, cá nhân, chiến dịch hè 2023: other organisation); "
     "g.sh 'Thanh Xuân.{0,120}(khen thưởng|biểu dương)' -> only the seed, no figure."),
    ("seed", N,
     "Hội nghị tổng kết phong trào CNVCLĐ và hoạt động Công đoàn Thủ đô năm 2019 do LĐLĐ Hà Nội tổ chức có hơn 500 đại biểu tham dự.",
     "seed 004_7a415c0f50889d5d: 'Hội nghị Tổng kết Phong trào Công nhân viên chức lao động & hoạt động Công đoàn Thủ đô 2019 vào ngày 27.12.2019' with no attendance count. "
     "g.sh '500 đại biểu' -> nothing; g.sh 'hội nghị tổng kết.{0,100}2019' -> only seed 004. Nearby numbers (2 đợt, 90 năm, 130 năm...) are anniversaries/phases, not attendees."),
    # ---------------- 003 ----------------
    ("003_c1f428e54ea5", N,
     "Đồng chí Nguyễn Phi Thường được bầu giữ chức Chủ tịch Liên đoàn Lao động TP Hà Nội khóa XVI với 98% số phiếu.",
     "003: 'hội nghị Ban Chấp hành khóa XVI, kỳ họp thứ 11 để bầu bổ sung ... chức danh Chủ tịch' - no vote share given. "
     "g.sh 'Nguyễn Phi Thường.{0,200}[0-9]' -> only 076 ('100 Công nhân giỏi Thủ đô' 2022, another thing); g.sh '98 ?%' -> nothing. "
     "The 100% in 367 is Vương Đình Huệ's election as Bí thư Thành ủy (another person/occasion)."),
    # ---------------- 067 ----------------
    ("067_4afc4a1630dc", S,
     "Ở lần tổ chức thứ hai, LĐLĐ quận Ba Đình đã trao 147 suất quà nhu yếu phẩm cho đoàn viên, người lao động gặp khó khăn.",
     "067: 'Đây là lần thứ hai LĐLĐ quận tổ chức ... LĐLĐ quận đã trao 147 suất quà gồm các nhu yếu phẩm thiết yếu'."),
    ("067_4afc4a1630dc", D,
     "Trong đợt đầu ngày 23/8, Liên đoàn Lao động quận Ba Đình đã trao 53 Túi An sinh Công đoàn cho lao động tự do đang thuê trọ trên địa bàn.",
     "067: 'Trong đợt đầu tổ chức vào ngày 23/8 ... trao hỗ trợ 43 “Túi An sinh Công đoàn” cho lao động tự do đang thuê trọ trên địa bàn quận' (43, not 53). "
     "g.sh '53 .{0,5}Túi' -> nothing; g.sh 'Ba Đình.{0,80}(túi|suất)' -> only 067 (147, 88, 43)."),
    # ---------------- 105 ----------------
    ("105_d8f28f283391", N,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 19 đồng chí.",
     "105 lists Bí thư + Phó bí thư elected by Ban Thường vụ khóa XVIII but never counts its members. "
     "g.sh 'Ban Thường vụ Thành ủy.{0,80}(gồm|có) [0-9]' -> only 103 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí' (another term) and 804 (Huy hiệu Đảng); "
     "g.sh '19 đồng chí' -> only 808 (Ban Thường vụ Thành Đoàn khóa XI, another organisation)."),
    # ---------------- 1042 ----------------
    ("1042_fe924796bfeb", S,
     "Công đoàn ngành Giáo dục Hà Nội hiện quản lý 58 công đoàn cơ sở thuộc các đơn vị ngoài công lập.",
     "1042: 'Công đoàn ngành Giáo dục Hà Nội hiện quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)'."),
    ("1042_fe924796bfeb", D,
     "Hiện nay, Công đoàn ngành Giáo dục Hà Nội quản lý 138 công đoàn cơ sở trực thuộc.",
     "1042: 'hiện quản lý 183 Công đoàn cơ sở' (138 is a digit swap). Note 333 gives '187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên' (another date); 138 differs from both. "
     "g.sh '138 (Công đoàn cơ sở|CĐCS)' -> nothing."),
    # ---------------- 1125 ----------------
    ("1125_5e323181d7fd", D,
     "Công đoàn Công ty Điện lực Đất Đỏ đã thăm hỏi và trao tổng cộng 75 triệu đồng hỗ trợ cán bộ công nhân viên, thân nhân có hoàn cảnh khó khăn.",
     "1125: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn'. "
     "g.sh '75 triệu' -> only 154 ('hơn 475 triệu đồng', another LĐLĐ quận, sổ tiết kiệm); g.sh 'Đất Đỏ' -> 1125 and 520 (Mái ấm, no 75 triệu)."),
    # ---------------- 1186 ----------------
    ("1186_963a0c8c187d", S,
     "Các đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V đại diện cho hơn 22,5 nghìn đoàn viên công đoàn trên toàn mạng lưới.",
     "1186: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới' (22.514 > 22.500)."),
    ("1186_963a0c8c187d", D,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030 có 281 đại biểu tham dự.",
     "1186: 'và 218 đại biểu đại diện cho 22.514 đoàn viên' (218, not 281). 1187 is Đại hội lần thứ III ('Gần 220 đại biểu'), another edition. "
     "g.sh '281 đại biểu' -> nothing."),
    # ---------------- 148 ----------------
    ("148_8ca3abe46cd0", N,
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang năm 2023 có 30 đội tham gia.",
     "148 names 'Hội thi An toàn vể sinh lao động, phòng chống cháy nổ lần thứ 23' but gives no number of teams (23 is the edition, 12/7 are 'năm thứ'). "
     "g.sh 'Tiền Giang.{0,150}(đội|thí sinh)' -> nothing; g.sh '30 đội' -> only 644 ('30 đội hình trí thức trẻ tình nguyện', TP.HCM, other thing)."),
    # ---------------- 173 ----------------
    ("173_14ea490cc489", S,
     "Theo Tổng LĐLĐ Việt Nam, năm 2025 tỷ lệ thiếu việc làm của lao động trong độ tuổi đã giảm xuống còn 1,65%.",
     "173: 'tương ứng tỷ lệ thiếu việc làm trong độ tuổi lao động giảm xuống 1,65%, thấp hơn 0,34 điểm phần trăm so với cùng kỳ'."),
    ("173_14ea490cc489", D,
     "Năm 2025, cả nước xảy ra 75 cuộc ngừng việc tập thể, theo báo cáo tổng kết của Tổng Liên đoàn Lao động Việt Nam.",
     "173: 'Cũng trong năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ, giảm 21 vụ so với năm 2024'. "
     "g.sh 'ngừng việc tập thể' -> only 173; g.sh '75 (vụ|cuộc)' -> nothing."),
    # ---------------- 239 ----------------
    ("239_537243f63a13", S,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023-2028 đã bầu hai mươi mốt đồng chí vào Ban Chấp hành.",
     "239: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028'."),
    ("239_537243f63a13", D,
     "Có hơn 210 đại biểu chính thức dự Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028.",
     "239: 'với sự tham dự của 191 đại biểu' / 'và 191 đại biểu chính thức dự đại hội'. "
     "g.sh 'hơn 210|21[0-9] đại biểu' -> 400 (219 đại biểu, Đại hội Đảng bộ huyện 2020-2025) and 1186 (218, Bưu điện): other occasions; "
     "032 'gần 200 nữ đại biểu' is a different event of Công đoàn ngành Xây dựng."),
    # ---------------- 244 ----------------
    ("244_3f16c38c7f90", S,
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có hơn 80 đoàn viên sinh hoạt tại các tổ công đoàn.",
     "244 (body, last line): 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.' (83 > 80). "
     "The '7 đồng chí' BCH figure sits in a picture-caption cell, so it was not used."),
    # ---------------- 251 ----------------
    ("251_4e75d2d2ed81", N,
     "Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây tối 10/11 có khoảng 1.000 đại biểu và nhân dân tham dự.",
     "251 lists guests by name; figures are anniversaries (100, 70, 555 năm) and a related-article teaser ('75 cơ quan, đơn vị ... đạt chuẩn văn hóa'). "
     "g.sh 'Sơn Tây.{0,150}(đại biểu|người)' -> only 026 (LĐLĐ Sơn Tây, no count); g.sh '1\\.?000 đại biểu' -> 247 (Đại hội Công đoàn Việt Nam) and 313 (Tháng hành động ATVSLĐ 2022): other events."),
    # ---------------- 292 ----------------
    ("292_3150d278c2b8", N,
     "Công ty cổ phần Tập đoàn Sovico đã ủng hộ 100 tỷ đồng cho công tác phòng, chống dịch COVID-19.",
     "292 only says Sovico 'đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19'; numbers there are document numbers, '7 ngày làm việc', 'số 37 Lý Thường Kiệt'. "
     "g.sh 'Sovico' -> only 292; g.sh '100 tỷ' -> nothing."),
    # ---------------- 319 ----------------
    ("319_7f30ae237edf", D,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 12 nhóm chỉ tiêu cụ thể.",
     "319: 'Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể'. "
     "g.sh 'nhóm chỉ tiêu' -> 319 and 392 ('5 nhóm chỉ tiêu, với 14 chỉ tiêu cơ bản', other body); g.sh '12 nhóm chỉ tiêu' -> nothing."),
    # ---------------- 367 ----------------
    ("367_4bc61b64462e", S,
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ Hà Nội khóa XVII tín nhiệm bầu giữ chức Bí thư Thành ủy với tỷ lệ 100%.",
     "367: 'ông Vương Đình Huệ ... được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%'."),
    # ---------------- 513 ----------------
    ("513_cfb6b8b3f3d6", D,
     "Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội được Ban Thường vụ Thành đoàn cụ thể hóa bằng mười nội dung hoạt động.",
     "513: 'được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động'. "
     "g.sh '10 nội dung' -> nothing; 318 has '6 nội dung trọng tâm' for chiến dịch tình nguyện hè 2015 (another event)."),
    # ---------------- 534 ----------------
    ("534_945922b00627", N,
     "HĐND TP Hà Nội khóa XVI, nhiệm kỳ 2021-2026 có 95 đại biểu.",
     "534 announces the first session of HĐND TP khóa XVI but never counts its delegates. "
     "g.sh '95 đại biểu|đại biểu HĐND (TP|thành phố)' -> 116/117 ('bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021': another term) and 842 ('995 đại biểu', Hội Nông dân); nothing for khóa XVI."),
    # ---------------- 627 ----------------
    ("627_3078f9de4bd8", S,
     "Kỳ họp thứ nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021-2026 triệu tập 35 đại biểu.",
     "627: 'số lượng đại biểu được triệu tập là 35 đại biểu'."),
    # ---------------- 632 ----------------
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 300.000 hội viên.",
     "632 (GLO, Phó Chủ tịch UBND tỉnh Lâm Hải Giang) congratulates Hội LHPN tỉnh on the 95th anniversary; no membership count. "
     "g.sh 'Gia Lai.{0,120}(hội viên|phụ nữ)' -> nothing; g.sh 'hội viên phụ nữ.{0,40}[0-9]' -> only 621 ('1.348 hội viên phụ nữ thoát nghèo', another count/place)."),
    # ---------------- 665 ----------------
    ("665_f0f8f1ca19c0", S,
     "Từ đầu năm 2022, các cấp công đoàn tỉnh An Giang đã kết nạp mới hơn 5,1 nghìn đoàn viên.",
     "665: 'Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'."),
    ("665_f0f8f1ca19c0", D,
     "Ngày 26/5, LĐLĐ huyện Tịnh Biên trao quyết định kết nạp mới 38 đoàn viên là cán bộ ấp, ban chỉ huy quân sự xã tại xã An Cư.",
     "665: 'Liên đoàn Lao động huyện Tịnh Biên trao quyết định kết nạp mới 28 đoàn viên là chỉ huy trưởng, chỉ huy phó ban chỉ huy quân sự xã; các trưởng ấp, phó ấp...'. "
     "g.sh '38 đoàn viên' -> nothing."),
    # ---------------- 694 ----------------
    ("694_7426b72731ba", S,
     "Từ năm 2022 đến nay, chương trình khen thưởng, học bổng cho con đoàn viên của LĐLĐ tỉnh Long An có tổng kinh phí hơn 900 triệu đồng.",
     "694: 'Từ năm 2022 đến nay, chương trình đã tuyên dương, khen thưởng 303 học sinh giỏi và hỗ trợ học bổng cho 430 trường hợp vượt khó, tổng kinh phí lên tới 914 triệu đồng'."),
    ("694_7426b72731ba", D,
     "Liên đoàn Lao động tỉnh Long An vừa trao 115 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn.",
     "694: 'khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn' (151, not 115; cumulative since 2022 is 430 trường hợp). "
     "g.sh '115 suất' -> nothing; g.sh 'Long An.{0,100}(học bổng|học sinh)' -> only 694."),
    # ---------------- 701 ----------------
    ("701_43cc5508ea5a", N,
     "Tại phường Tân Tạo A, quận Bình Tân (TP.HCM) hiện có hơn 2.000 phòng trọ công nhân bỏ trống.",
     "701 describes empty rooms qualitatively ('biển cho thuê phòng treo nhan nhản'); its figures are '15 năm', 'hẻm 58' and headline teasers ('Hơn 500 nhân viên y tế', '286 đoàn viên'). "
     "g.sh 'Tân Tạo' -> only 701; g.sh 'phòng trọ.{0,60}(trống|bỏ)|[0-9.]+ phòng' -> no count of rooms anywhere."),
    # ---------------- 742 ----------------
    ("742_c62ad0872e2b", S,
     "Đại biểu dự Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 đại diện cho hơn 216 nghìn đoàn viên trên địa bàn.",
     "742: 'với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng' (also 571, same congress)."),
    ("742_c62ad0872e2b", D,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I diễn ra trong hai ngày 12 và 13-12 với 350 đại biểu chính thức.",
     "742: 'Đại hội diễn ra trong 2 ngày, 12 và 13-12, với sự tham gia của 300 đại biểu chính thức'; 571 (same congress) also '300 đại biểu chính thức'. "
     "g.sh '350 đại biểu' -> nothing; 741 ('345 đại biểu', Đại hội Công đoàn thành phố 15-16/10) is another congress."),
    # ---------------- 768 ----------------
    ("768_7313fb6d14c3", D,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” 2026, LĐLĐ TP Cần Thơ tặng 700 vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768: 'tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết'. "
     "g.sh '700 vé' -> nothing; 458/500 are the same programme name in Hòa Bình/Phú Thọ (other provinces), no vé count."),
    # ---------------- 813 ----------------
    ("813_11d663308583", D,
     "Ngoài Bí thư Bùi Thị Minh Hoài, Ban Chấp hành Đảng bộ TP Hà Nội khóa XVIII đã bầu ba Phó Bí thư Thành ủy.",
     "813: 'Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ...; ông Nguyễn Văn Phong ...; ông Nguyễn Trọng Đông ...; và bà Phùng Thị Hồng Hà'; 812: '4 Phó Bí thư Thành ủy Hà Nội khóa XVIII'. "
     "g.sh '3 Phó [bB]í thư' -> nothing."),
    # ---------------- 867 ----------------
    ("867_79224beef844", D,
     "LĐLĐ tỉnh Vĩnh Long phối hợp LĐLĐ huyện Long Hồ bàn giao 5 căn nhà Mái ấm Công đoàn cho hộ dân trên địa bàn.",
     "867: 'bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa cho hộ dân trên địa bàn'. "
     "g.sh '5 căn nhà' -> only substrings of '15 căn nhà' (078, LĐLĐ quận 1) and '185 căn nhà' (468): other bodies; g.sh 'Vĩnh Long.{0,100}(nhà|mái ấm)' -> only 867."),
    # ---------------- 885 ----------------
    ("885_b514dc72b366", S,
     "Mức thưởng Tết Tân Sửu cao nhất là 1.076 triệu đồng, thuộc về một cá nhân tại doanh nghiệp có vốn đầu tư nước ngoài ngành cơ - điện lạnh.",
     "885: 'Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài (ngành cơ - điện lạnh)'."),
    ("885_b514dc72b366", D,
     "Mức thưởng bình quân Tết Âm lịch Tân Sửu là 9,8 triệu đồng mỗi người.",
     "885: 'mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)'. "
     "g.sh '9,8 triệu' -> nothing; g.sh 'Tân Sửu.{0,150}thưởng|thưởng.{0,150}Tân Sửu' -> only 885."),
    # ---------------- 901 ----------------
    ("901_623fc945bf8f", N,
     "Trong Tháng Công nhân năm 2024, Công đoàn Điện lực Việt Nam đã thăm hỏi, tặng 1.500 suất quà cho người lao động có hoàn cảnh khó khăn.",
     "901 gives only the target '100% công đoàn cơ sở ... tổ chức ít nhất 1 hoạt động'; no gifts counted. "
     "g.sh '1\\.?500 suất' -> nothing; g.sh 'Điện lực.{0,200}(suất quà|phần quà)' -> nothing; 498 ('106 phần quà', Tháng Công nhân 2024) is an LĐLĐ tỉnh, another organisation; 1129 (6 đơn vị điện lực) is another occasion."),
    # ---------------- 988 ----------------
    ("988_b4a1c9239923", S,
     "Chương trình “Tết Yêu thương” của LĐLĐ huyện Phú Lộc có 48 đội đến từ các công đoàn cơ sở và Hội Liên hiệp Phụ nữ các xã, thị trấn tham gia.",
     "988: 'Chương trình Tết Yêu thương diễn ra trong 1 ngày, với 48 đội đến từ các CĐCS và Hội LHPN các xã, thị trấn'."),
    ("988_b4a1c9239923", D,
     "Tại chương trình Tết Yêu thương, Liên đoàn Lao động huyện Phú Lộc trao 250 suất quà cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.",
     "988: 'Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn'. "
     "g.sh '250 suất' -> nothing; g.sh 'Phú Lộc' -> only 988."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        assert "\t" not in claim + why and "\n" not in claim + why
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
