#!/usr/bin/env python3
"""Build claims.tsv for the blind test of `ldtd check` (unseen109).
Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised, sorted by page_id."""
import csv
import unicodedata
from pathlib import Path

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 005 ----------------
    ("005_dbc959940fb5", "not_found",
     "Năm 2025, LĐLĐ quận Long Biên đặt mục tiêu kết nạp 2.000 đoàn viên công đoàn mới.",
     "005 only states the 2025 themes ('Tập trung phát triển đoàn viên…') and anniversary years, no count of new members. "
     "./g.sh 'đoàn viên mới' -> only 028 (headline), 666 (another province: 'hơn 8.800 đoàn viên mới'), 967 (Quảng Trị); "
     "./g.sh 'Long Biên.{0,80}(kết nạp|phát triển)' -> only 301 ('ngày càng phát triển'). No Long Biên target for new members anywhere."),
    # ---------------- 010 ----------------
    ("010_61b58bc23f9e", "not_found",
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động TP Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 150 đại biểu chính thức tham dự.",
     "010 only describes banners/decoration for the congress; no delegate count. ./g.sh 'Đảng bộ cơ quan' -> 002, 010, 205, 340, 693 (no delegate counts). "
     "./g.sh 'đại biểu chính thức' -> nearest is 006 '99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố' "
     "= Đại hội Công đoàn Cơ quan lần VII 2023-2028, a different body (trade union, not Party committee) and another term."),
    # ---------------- 067 ----------------
    ("067_4afc4a1630dc", "supported",
     "Trong lần tổ chức thứ hai, Liên đoàn Lao động quận Ba Đình đã trao 147 suất quà nhu yếu phẩm cho đoàn viên, người lao động đang ở trọ.",
     "067: 'Đây là lần thứ hai LĐLĐ quận tổ chức… LĐLĐ quận đã trao 147 suất quà gồm các nhu yếu phẩm thiết yếu'."),
    ("067_4afc4a1630dc", "differs",
     "Trong đợt đầu ngày 23/8, LĐLĐ quận Ba Đình đã trao 68 \u201cTúi An sinh Công đoàn\u201d kèm tiền mặt cho đoàn viên các công đoàn cơ sở trực thuộc.",
     "067: 'Trong đợt đầu tổ chức vào ngày 23/8, LĐLĐ quận Ba Đình đã trao hỗ trợ 88 “Túi An sinh Công đoàn” … và 500 nghìn đồng tiền mặt cho 88 đoàn viên'. "
     "Claimed 68 vs 88. ./g.sh '\\b68\\b' -> only Nghị quyết 68/NQ-CP, '68 năm', '68 CĐ cơ sở' (992, HCM) — never 68 túi."),
    # ---------------- 076 ----------------
    ("076_a1ba473fd589", "supported",
     "Một trăm \u201cCông nhân giỏi Thủ đô\u201d năm 2022 đã cùng Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường dâng hương báo công dâng Bác.",
     "076 body: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương'. "
     "Consistent with 041 'Vinh danh, khen thưởng 100 “Công nhân giỏi” Thủ đô năm 2022'."),
    # ---------------- 301 ----------------
    ("301_99215f4c97ce", "supported",
     "Cuộc thi sáng tác thơ do Liên đoàn Lao động quận Long Biên phát động đã nhận được một trăm mười lăm bài thơ của đoàn viên, người lao động.",
     "301: 'Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ'. Spelled-out 115."),
    ("301_99215f4c97ce", "differs",
     "Tuyển tập thơ \u201cCông đoàn quận Long Biên - niềm tin của đoàn viên và người lao động\u201d được ra mắt nhân kỷ niệm 25 năm thành lập LĐLĐ quận Long Biên.",
     "301: 'kỷ niệm 20 năm thành lập LĐLĐ quận Long Biên' / 'Nhân kỷ niệm 20 năm thành lập'; seed 003 also '20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023)'. "
     "Claimed 25 vs 20. ./g.sh '25 năm (thành lập|Ngày thành lập) LĐLĐ' -> nothing."),
    # ---------------- 163 ----------------
    ("163_bfaf6270108f", "supported",
     "Theo Sở Nội vụ Hà Nội, gần 3,2 nghìn doanh nghiệp trên địa bàn thành phố đã báo cáo phương án thưởng Tết Nguyên đán Bính Ngọ.",
     "163: 'Sở Nội vụ Hà Nội cho biết gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết'."),
    ("163_bfaf6270108f", "differs",
     "Mức thưởng Tết Nguyên đán Bính Ngọ cao nhất tại Hà Nội là 416 triệu đồng, thuộc về một doanh nghiệp khối dân doanh.",
     "163: 'Mức thưởng Tết Nguyên đán Bính Ngọ cao nhất tại Hà Nội là 614 triệu đồng, thuộc khối doanh nghiệp dân doanh' (previous year 311 triệu). "
     "Claimed 416 vs 614. ./g.sh '416' -> only 'Kế hoạch số 416' and URLs. 886 gives a national FDI maximum of 600 triệu (Tây Ninh), not Hà Nội."),
    # ---------------- 258 ----------------
    ("258_481de498caab", "not_found",
     "Trong Tháng Công nhân năm 2022, LĐLĐ quận Bắc Từ Liêm đã trao 300 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "258 only says 2022 is 'năm thứ 10 Tháng Công nhân được tổ chức'; no gifts counted. ./g.sh 'Bắc Từ Liêm' -> 142 'khám sức khỏe miễn phí cho 862 đoàn viên' "
     "(health check-ups, other counted noun), seed 001/002 (Hội Khuyến học, CĐCS transfer). ./g.sh 'Tháng Công nhân.{0,150}(suất|phần) quà' -> 498 (another province, 2024), 1024 (Ba Vì 11 suất)."),
    # ---------------- 322 ----------------
    ("322_bd3d62b063e2", "not_found",
     "Phong trào \u201cBình dân học vụ số\u201d ở Hà Nội đã thu hút khoảng 1,5 triệu người dân tham gia học tập kỹ năng số.",
     "322 gives only dates (22/5) and '80 năm' since the original Bình dân học vụ; no participant count. ./g.sh 'Bình dân học vụ' -> 322 and 902 (Đoàn, no figure); "
     "./g.sh 'kỹ năng số|người dân tham gia học' -> only 322 'phổ cập tri thức và kỹ năng số'."),
    # ---------------- 376 ----------------
    ("376_ce58dcc382d8", "not_found",
     "Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ tại Thành ủy Hà Nội sáng 4-11 có khoảng 300 đại biểu tham dự.",
     "376 names the people and terms (2025-2030, khóa XIII) but counts no attendees. ./g.sh 'Nguyễn Duy Ngọc' -> 375 (another event, him as Chánh Văn phòng TW, no count) and 376 only."),
    # ---------------- 468 ----------------
    ("468_d8dfb9c601c1", "supported",
     "Tại lễ phát động tháng cao điểm vì người nghèo và an sinh xã hội năm 2023, Hà Nội trao hỗ trợ 185 căn nhà đại đoàn kết cho người nghèo.",
     "468: 'trao hỗ trợ an cư và tạo sinh kế trị giá gần 11 tỷ đồng cho người nghèo, gồm: 185 căn nhà đại đoàn kết, 40 con bò sinh sản…'."),
    ("468_d8dfb9c601c1", "differs",
     "Theo kết quả rà soát chuẩn nghèo đa chiều năm 2023, thành phố Hà Nội hiện còn hơn 3.100 hộ nghèo.",
     "468: 'Kết quả rà soát theo chuẩn nghèo đa chiều, Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095%'. Claimed 3.100 vs 2.100. "
     "./g.sh '3[.]100|3100' -> only 156 '3.100 tỷ đồng' (accident losses)."),
    # ---------------- 470 ----------------
    ("470_5bd73e63f016", "supported",
     "Mùa hè tình nguyện năm 2023 của thanh niên TP.HCM, diễn ra từ 11/6 đến 6/8, dự kiến thu hút hơn 700 nghìn lượt thanh niên, người dân tham gia.",
     "470: 'Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh sẽ được diễn ra từ ngày 11.6 đến ngày 6.8, dự kiến thu hút hơn 700.000 lượt thanh niên, người dân'."),
    ("470_5bd73e63f016", "not_found",
     "Trong mùa hè tình nguyện năm 2023, Thành đoàn TP Hồ Chí Minh dự kiến thực hiện 500 công trình thanh niên.",
     "470 counts only participants (700.000 lượt) and years (30 năm, 50 năm). ./g.sh 'TP Hồ Chí Minh.{0,200}công trình|Thành đoàn TP.{0,200}công trình' -> nothing; "
     "'công trình' for summer 2023 appears only in 547 (an unnamed province, '211 công trình') and 550 (national plan, no project count)."),
    # ---------------- 495 ----------------
    ("495_426cdd090149", "differs",
     "Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 năm 2026 của Thành Đoàn TP.HCM có sự tham dự của hơn 6 nghìn đoàn viên, thanh niên, học sinh, sinh viên.",
     "495: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ'. "
     "Claimed >6.000 vs >4.000. ./g.sh '6[.]000 (đoàn viên|thanh niên)' -> 571/742 Đà Nẵng, 666, 721 — not this event. "
     "Caveat: 1013 (same event) says 'gần 70.000 … đăng ký trở thành chiến sĩ' = registered volunteers, not attendees at the launch."),
    # ---------------- 498 ----------------
    ("498_e3e307654093", "supported",
     "Tại Lễ phát động Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã trao bảng tượng trưng nhà Mái ấm Công đoàn với tổng trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở.",
     "498: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở'. "
     "(455, another year 2019: '18 nhà với số tiền 720 triệu đồng' — other occasion.)"),
    ("498_e3e307654093", "differs",
     "Năm 2024, các Công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ tỉnh đã hỗ trợ 1 703 phần quà cho đoàn viên, người lao động.",
     "498: 'Các Công đoàn cấp trên trực tiếp cơ sở hỗ trợ 1.307 phần quà, trị giá 477 triệu đồng'. Claimed 1.703 vs 1.307 (digits swapped). "
     "./g.sh '1[.]703' -> nothing."),
    # ---------------- 548 ----------------
    ("548_fe351f429c57", "supported",
     "Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia.",
     "548: 'Chiến dịch Thanh niên tình nguyện hè 2022 đã huy động gần 1,9 triệu đoàn viên, thanh niên tham gia'."),
    ("548_fe351f429c57", "differs",
     "Các công trình thanh niên trong Chiến dịch Thanh niên tình nguyện hè 2022 có tổng kinh phí 344 tỷ đồng.",
     "548: 'thực hiện hơn 26.400 … công trình thanh niên các cấp, với tổng kinh phí là 444 tỉ đồng'. Claimed 344 vs 444. "
     "./g.sh '344' -> nothing. 549 gives week-1 figures only ('hơn 54 tỉ', 'hơn 32 tỉ')."),
    # ---------------- 594 ----------------
    ("594_2969d737d0fc", "differs",
     "Hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII đã bầu ba Phó Chủ tịch Hội.",
     "594: 'hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam'. Claimed three vs 4. "
     "./g.sh 'Phó Chủ tịch Hội Liên hiệp Phụ nữ' -> 594 and 980 (no count of vice-presidents)."),
    # ---------------- 664 ----------------
    ("664_ee315818b222", "differs",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023-2028 có sự tham dự của 61 công đoàn viên của Trung tâm.",
     "664: 'Tới dự và chỉ đạo Đại hội có … và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia'. "
     "Claimed 61 vs 41. ./g.sh '61 (công )?đoàn viên' -> nothing."),
    ("664_ee315818b222", "not_found",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia đã bầu 5 ủy viên vào Ban Chấp hành khóa mới.",
     "664 says only that the congress 'bầu ra Ban Chấp hành Công đoàn khoá mới', without a size; the only count is 41 công đoàn viên (attendees). "
     "./g.sh 'Phát triển bền vững' -> 664 only for this body; 662 (Sóc Trăng CĐCS Sở Công Thương, 'UBKT … 03 đồng chí') is another union."),
    # ---------------- 668 ----------------
    ("668_19df4eea3b66", "supported",
     "Dịp Tết Nhâm Dần 2022, Liên đoàn Lao động tỉnh Trà Vinh đã trao tặng 150 phần quà cho đoàn viên, công nhân lao động khó khăn tại các doanh nghiệp thị xã Duyên Hải.",
     "668: 'Tại các doanh nghiệp trên địa bàn thị xã Duyên Hải, Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà cho đoàn viên công đoàn, công nhân lao động có hoàn cảnh khó khăn'."),
    ("668_19df4eea3b66", "differs",
     "Nhân dịp Tết Nhâm Dần, LĐLĐ thị xã Duyên Hải đã chi 50 triệu đồng trao quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn.",
     "668: 'Liên đoàn Lao động thị xã Duyên Hải cũng đã trao tặng 100 phần quà, trị giá 30 triệu đồng'. Claimed 50 vs 30 triệu "
     "(the province's own batch is 45.000.000 đồng, a different giver). ./g.sh 'Duyên Hải|Nhâm Dần' -> no other Duyên Hải figure; '50 triệu đồng' hits are other events."),
    # ---------------- 706 ----------------
    ("706_3b59f272cb92", "supported",
     "Công đoàn Viên chức Thành phố nhiệm kỳ 2017-2022 phấn đấu bồi dưỡng, giới thiệu 4 nghìn đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706: 'Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp.' (Đại hội Công đoàn Viên chức Tp khóa III, nhiệm kỳ 2017-2022)."),
    ("706_3b59f272cb92", "differs",
     "Đại hội Công đoàn Viên chức Thành phố khóa III đặt chỉ tiêu vận động từ 75% trở lên công chức, viên chức, người lao động học tập nâng cao trình độ.",
     "706: 'Vận động từ 85% trở lên công chức, viên chức, người lao động bằng các hình thức khác nhau học tập nâng cao trình độ học vấn'. "
     "Claimed 75% vs 85%. ./g.sh '75%' -> only 666 '175%' and 798 '375%' (other indicators)."),
    # ---------------- 719 ----------------
    ("719_204fad637490", "not_found",
     "Trong Tháng Thanh niên với chủ đề \u201cTuổi trẻ tiên phong chuyển đổi số\u201d, Đoàn Phường 7 đã thực hiện 15 công trình thanh niên.",
     "719 gives only dates and '92 năm' (anniversary); it mentions activities but counts none. ./g.sh 'Phường 7|phường 7' -> 719 only. "
     "799 counts works nationally ('22.975 công trình'), a different organisation/scope."),
    # ---------------- 725 ----------------
    ("725_89cb9434b16d", "not_found",
     "Theo Kế hoạch số 156/KH-TLĐ, trong Tháng Công nhân năm 2022 Tổng LĐLĐ Việt Nam dự kiến trao 50.000 suất quà cho công nhân lao động.",
     "725 body has only plan number 156, dates and the theme; no gifts counted ('10 hoạt động' is the headline). ./g.sh 'Tháng Công nhân năm 2022' -> 178, 255, 258, 303, 526, 721, 722, 723, 726, 1184 — "
     "none counts gifts of Tổng LĐLĐ; ./g.sh 'Tháng Công nhân.{0,150}(suất|phần) quà' -> 498 (a province, 2024), 1024 (Ba Vì 11 suất)."),
    # ---------------- 772 ----------------
    ("772_119b66fd404b", "differs",
     "Tại lễ phát động của LĐLĐ huyện Lang Chánh, đại diện bảy cụm thi đua đã ký giao ước thi đua giai đoạn 2021-2030.",
     "772: 'Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua'. Claimed seven vs 5. "
     "./g.sh '7 cụm|bảy cụm' -> only 992 ('7 cụm thi đua tổ chức tốt hội thi', Công đoàn Viên chức TP HCM)."),
    ("772_119b66fd404b", "not_found",
     "CNVCLĐ huyện Lang Chánh đã đăng ký 1.200 sáng kiến trong phong trào thi đua giai đoạn 2021-2030.",
     "772 names the programme '75 nghìn sáng kiến vượt khó, phát triển' (a programme title of the Tổng LĐLĐ, not a Lang Chánh count); no Lang Chánh initiative count. "
     "./g.sh 'sáng kiến' -> seed 002 (Hà Nội '14.791 sáng kiến'), seed 003 ('hơn 200.000 sáng kiến' Hà Nội) etc. — other organisations."),
    # ---------------- 799 ----------------
    ("799_e6ea998f034b", "supported",
     "Trong tháng Thanh niên năm 2023, các cơ sở Đoàn trên cả nước đã thực hiện gần 23 nghìn công trình thanh niên các cấp.",
     "799: 'các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng'."),
    ("799_e6ea998f034b", "differs",
     "Tháng Thanh niên 2023, các cơ sở Đoàn cả nước đã trao khoảng 148 nghìn suất quà, học bổng cho thanh, thiếu nhi có hoàn cảnh khó khăn.",
     "799: 'Chăm lo, hỗ trợ 184.713 suất quà, học bổng cho thanh, thiếu nhi có hoàn cảnh khó khăn'. Claimed ~148 nghìn vs 184.713. "
     "./g.sh '148' -> only 290 '148 công nhân lao động'."),
    # ---------------- 815 ----------------
    ("815_4b1f243f3f97", "differs",
     "Hội nghị của Bộ Tư pháp có hơn 600 đại biểu đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ tham dự.",
     "815: 'Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ'. "
     "Claimed >600 vs ~400. ./g.sh '600 đại biểu' -> only 1026 'trên 600 đại biểu' (another event)."),
    # ---------------- 881 ----------------
    ("881_751c16ff3f06", "supported",
     "Tại kỳ họp thứ 12 của HĐND quận Thủ Đức khóa IV, ông Trương Trung Kiên được 33/33 đại biểu bầu giữ chức Chủ tịch UBND quận.",
     "881: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận'."),
    ("881_751c16ff3f06", "not_found",
     "Tại kỳ họp đột xuất ngày 22-9, HĐND quận Thủ Đức khóa IV đã bầu bổ sung 3 ủy viên UBND quận nhiệm kỳ 2016-2021.",
     "881 says the session elected 'các chức danh ủy viên UBND quận' but gives no number (only 33/33 votes and 'kỳ họp thứ 12'). "
     "./g.sh 'ủy viên UBND' -> 116/117/534 (Hà Nội city), 986 (Đồng Nai, Hà Tĩnh), 1141 ('15 ủy viên UBND thành phố', another city) — not quận Thủ Đức."),
    # ---------------- 928 ----------------
    ("928_03148da43800", "supported",
     "Trong đợt trao Huy hiệu Đảng dịp 3-2-2026, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu từ 30 đến 80 năm tuổi Đảng.",
     "928: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng'."),
    ("928_03148da43800", "differs",
     "Sau khi thành lập mới và tiếp nhận thêm tổ chức đảng, Đảng bộ phường Đức Nhuận có khoảng 2.800 đảng viên.",
     "928: 'Hiện Đảng bộ phường Đức Nhuận có 59 tổ chức đảng trực thuộc, với 2.337 đảng viên… nâng tổng số tổ chức đảng lên 62, với 2.353 đảng viên'. "
     "Claimed ~2.800 vs 2.353 (or 2.337 before). ./g.sh '2[.]8[0-9]{2} đảng viên' -> nothing."),
    # ---------------- 1021 ----------------
    ("1021_e0f274a6a9c5", "differs",
     "Thay mặt LĐLĐ thành phố Hà Nội, Phó Chủ tịch Phạm Bá Vĩnh đã trao 50 suất quà hỗ trợ công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021: 'đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19'. Claimed 50 vs 20. "
     "./g.sh 'Thạch Thất' -> no other gift count for Thạch Thất; ./g.sh '50 suất quà' -> 518, 642 (other events)."),
]


def main():
    out = Path(__file__).resolve().parent / "claims.tsv"
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
