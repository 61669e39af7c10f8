#!/usr/bin/env python3
"""Build claims.tsv for batch 16 (dev pages 701-734) -- blind claim set for `ldtd check`.

Plain Python (csv + unicodedata only). Writes claims.tsv next to this file,
NFC-normalised, sorted by page_id (stable within a page), with a header row.
"""
import csv
import os
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 701 TP.HCM "siêu" xóm trọ (no body count usable) ----------------
    ("701_43cc5508ea5a", N,
     "Tại phường Tân Tạo A, quận Bình Tân (TP.HCM), hiện có hơn 300 phòng trọ công nhân bỏ trống.",
     "701 only describes 'biển cho thuê phòng treo nhan nhản' and 'trong 15 năm qua dãy trọ của bà chưa từng thiếu người thuê'; "
     "no count of empty rooms. Teaser figures on the page ('Hơn 500 nhân viên y tế nghỉ việc', '286 đoàn viên') are other headlines. "
     "grep 'phòng trọ|bỏ trống|cho thuê phòng', 'Tân Tạo|Bình Tân', '300 phòng': only 701, no room count."),

    # ---------------- 702 LĐLĐ TP.HCM họp mặt công nhân không về quê ----------------
    ("702_b3991be6596d", S,
     "Chủ tịch Liên đoàn Lao động TP.HCM Trần Thị Diệu Thúy đã gặp mặt, chúc Tết 24 gia đình công nhân ở trọ không có điều kiện về quê đón Tết.",
     "702: 'Đến dự có Thành ủy viên, Chủ tịch LĐLĐ TP Trần Thị Diệu Thúy và 24 gia đình công nhân ở trọ, không có điều kiện về quê đón Tết' (body, first paragraph)."),
    ("702_b3991be6596d", D,
     "Cùng ngày, LĐLĐ TP.HCM phối hợp LĐLĐ Quận 12 họp mặt 65 gia đình công nhân ở trọ không về quê đón Tết tại phường Thạnh Lộc.",
     "702: 'LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc' -> 45, not 65. "
     "grep '65 gia đình|gia đình công nhân', 'Thạnh Lộc': no 65 anywhere."),
    ("702_b3991be6596d", N,
     "Nhân dịp này, LĐLĐ TP.HCM đã lì xì cho 100 cháu là con công nhân ở trọ không về quê ăn Tết.",
     "702 says only 'tặng quà, chúc Tết, lì xì cho con công nhân lao động' with no number of children or envelopes. "
     "grep 'lì xì', '100 cháu|cháu': other pages (124 '194 cháu' khen thưởng, 335 Ứng Hòa) are other organisations/occasions."),

    # ---------------- 705 Đại hội Chi bộ Công đoàn ngành Xây dựng (no counts) ----------------
    ("705_704dfe87f322", N,
     "Chi bộ Công đoàn ngành Xây dựng, nơi đồng chí Lê Văn Thực được bầu làm Bí thư nhiệm kỳ 2020-2022, có 15 đảng viên.",
     "705 gives only document numbers/dates ('Kế hoạch số 04-KH/ĐU ngày 07/02/2020') and terms; no count of party members or delegates. "
     "grep 'Chi bộ Công đoàn' -> only 705; grep 'đảng viên', '15 đảng viên': other counts are Hải Phòng NQ 28 (718), Sóc Sơn (348) etc."),

    # ---------------- 706 Đại hội Công đoàn Viên chức TP khóa III ----------------
    ("706_3b59f272cb92", S,
     "Đại hội Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 đặt chỉ tiêu bồi dưỡng, giới thiệu bốn nghìn đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706: 'Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp' (chỉ tiêu nhiệm kỳ mới)."),
    ("706_3b59f272cb92", D,
     "Công đoàn Viên chức TP đặt mục tiêu vận động từ 70% trở lên công chức, viên chức, người lao động học tập nâng cao trình độ trong nhiệm kỳ 2017-2022.",
     "706: 'Vận động từ 85% trở lên công chức, viên chức, người lao động bằng các hình thức khác nhau học tập nâng cao trình độ' -> 85%, not 70%. "
     "grep '70%': no hit; '85%' only 706 and 595 (Bình Dương lao động ngoài tỉnh)."),
    ("706_3b59f272cb92", N,
     "Đại hội đại biểu Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 có 350 đại biểu chính thức tham dự.",
     "706 gives no delegate count (only targets: 100%, 4.000, 85%). grep 'Viên chức.{0,80}đại biểu|đại biểu.{0,80}Viên chức', '350 đại biểu': "
     "529 '400 đại biểu chính thức' and 578 '289 đại biểu' are other congresses; no count for this one."),

    # ---------------- 707 Đại hội Công đoàn tỉnh Lào Cai XVII ----------------
    ("707_bf24a681f98e", S,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023-2028 khai mạc với sự tham dự của 230 đại biểu chính thức.",
     "707: '... và 230 đại biểu chính thức dự đại hội' (Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028)."),
    ("707_bf24a681f98e", N,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII đã bầu Ban Chấp hành LĐLĐ tỉnh khóa mới gồm 35 ủy viên.",
     "707 is the opening-session report only; no BCH size. grep 'Lào Cai' -> 707, 670 (Yên Bái/Lào Cai bão lũ 400 triệu), 727 (Bố Y); "
     "grep '35 ủy viên': none."),

    # ---------------- 710 LĐLĐ Thái Nguyên, đoàn đại biểu dự Đại hội MTTQ tỉnh XV ----------------
    ("710_a049db02602c", S,
     "Đoàn đại biểu Liên đoàn Lao động tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm sáu người.",
     "710: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương'."),
    ("710_a049db02602c", D,
     "Trong đoàn đại biểu của LĐLĐ tỉnh Thái Nguyên dự Đại hội Mặt trận Tổ quốc tỉnh lần thứ XV có 3 đại biểu hiệp thương.",
     "710: '01 đại biểu đương nhiên, 05 đại biểu hiệp thương' -> 5, not 3. grep '(3|ba) đại biểu|đại biểu hiệp thương': "
     "only 115 ('3 đại biểu dự khuyết' to Đại hội XIII CĐVN, other thing)."),
    ("710_a049db02602c", N,
     "Đại hội Mặt trận Tổ quốc tỉnh Thái Nguyên lần thứ XV, nhiệm kỳ 2019-2024 có 300 đại biểu chính thức.",
     "710 counts only the LĐLĐ delegation (6), not the whole congress. grep 'Thái Nguyên' -> 166, 217, 422, 535, 710, 727: no congress size; "
     "'300 đại biểu' only 466 (tổng kết) and 571 (Đại hội Công đoàn TP Đà Nẵng) -- other events."),

    # ---------------- 711 Bùi Huyền Mai làm Chủ tịch Ủy ban MTTQ TP Hà Nội ----------------
    ("711_67c9d3340cf1", N,
     "Ủy ban MTTQ Việt Nam TP Hà Nội nhiệm kỳ 2024-2029, do bà Bùi Huyền Mai làm Chủ tịch, có 130 ủy viên.",
     "711 has only decision numbers ('Quyết định số 63-QĐ/ĐU', 'Quyết định số 218-QĐ/TU') and terms, no membership count. "
     "grep 'Ủy ban MTTQ|ủy viên Ủy ban', '130 (ủy viên|vị|người)': no size of the Hà Nội committee; 622 counts the Ủy ban Trung ương MTTQ (other body)."),

    # ---------------- 712 Đại hội MTTQ TP Hà Nội XVIII, phiên trọng thể ----------------
    ("712_694777b452ec", S,
     "Nhiệm kỳ 2024-2029, Mặt trận Tổ quốc các cấp thành phố Hà Nội đã thực hiện hiệu quả 6 chương trình hành động.",
     "712: 'nhiệm kỳ 2024-2029 (tính đến nay), MTTQ các cấp thành phố ... thực hiện hiệu quả 6 chương trình hành động; 3 khâu đột phá'."),
    ("712_694777b452ec", D,
     "Theo báo cáo tại Đại hội MTTQ Việt Nam TP Hà Nội lần thứ XVIII, MTTQ các cấp thành phố đã thực hiện hiệu quả 5 khâu đột phá.",
     "712: '6 chương trình hành động; 3 khâu đột phá' -> 3, not 5. grep 'khâu đột phá': 340 (Công đoàn TP.HCM '3 khâu đột phá') and 712; "
     "grep '(5|năm) khâu': none."),

    # ---------------- 713 Đại hội MTTQ TP Hà Nội XVIII, ngày làm việc đầu tiên ----------------
    ("713_880c4651b9b8", S,
     "Có 363 đại biểu chính thức tham dự Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029.",
     "713: 'Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 ... với sự tham dự của 363 đại biểu chính thức'."),
    ("713_880c4651b9b8", D,
     "Tại phiên thứ nhất Đại hội MTTQ Việt Nam TP Hà Nội lần thứ XVIII, các đại biểu hiệp thương cử Đoàn Chủ tịch Đại hội gồm 25 vị.",
     "713: 'danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị' -> 17, not 25. "
     "grep 'Đoàn Chủ tịch Đại hội gồm': 578 ('9 đồng chí', other congress) and 713; '25 vị': none."),

    # ---------------- 714 Đại hội Đoàn TNCS HCM TP Hà Nội XVII ----------------
    ("714_18fc7812c675", S,
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có 435 đại biểu tham dự.",
     "714: 'Chiều 27.11, diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu'."),
    ("714_18fc7812c675", D,
     "Theo Bí thư Thành đoàn Nguyễn Tiến Hưng, Đoàn Thanh niên TP Hà Nội đã trải qua 18 kỳ đại hội.",
     "714: 'cho biết trải qua 16 kỳ đại hội, Đoàn Thanh niên TP.Hà Nội luôn tự hào ...' -> 16, not 18. "
     "grep 'kỳ đại hội': 063 (4 kỳ, Hoàng Mai), 083 (12 kỳ, CĐVN), 348 (11 kỳ, Sóc Sơn), 714 (16); '18 kỳ': none."),
    ("714_18fc7812c675", N,
     "Ban Chấp hành Đoàn TNCS Hồ Chí Minh TP Hà Nội khóa XVII, nhiệm kỳ 2025-2030 gồm 55 ủy viên.",
     "714 names the re-elected Bí thư but gives no BCH size. grep 'Ban Chấp hành Thành đoàn|khóa XVII': only Thành ủy/LĐLĐ pages and 714 without a count; "
     "'55 ủy viên': none (101 '161 ủy viên' is another BCH)."),

    # ---------------- 715 Hai Bà Trưng, Đại hội MTTQ phường ----------------
    ("715_b7fba7dd10cf", S,
     "Tại quận Hai Bà Trưng, 15 trên 18 phường đã tổ chức thành công Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",
     "715 body: 'Đại hội đại biểu Mặt trận Tổ quốc (MTTQ) Việt Nam phường nhiệm kỳ 2024-2029, trong đó có 15/18 phường đã tổ chức thành công Đại hội'."),
    ("715_b7fba7dd10cf", D,
     "Hội nghị Ủy ban MTTQ Việt Nam quận Hai Bà Trưng đã kiện toàn, cử bổ sung, thay thế 4 Ủy viên Ủy ban MTTQ quận khóa XV.",
     "715: 'đồng thời kiện toàn cử bổ sung, thay thế 2 Ủy viên Ủy ban MTTQ Việt Nam quận khóa XV, nhiệm kỳ 2019-2024' -> 2, not 4. "
     "grep '4 Ủy viên|bổ sung, thay thế|cử bổ sung': only 588 (other huyện, no count) and 715."),
    ("715_b7fba7dd10cf", N,
     "Đại hội đại biểu MTTQ Việt Nam quận Hai Bà Trưng lần thứ XVI, nhiệm kỳ 2024-2029 có 250 đại biểu chính thức.",
     "715 reports only the preparatory conference (hội nghị mở rộng lần thứ 14); no delegate count for the quận congress. "
     "grep 'Hai Bà Trưng': 237 counts BCH Công đoàn quận (21) -- another body; '250 đại biểu': none."),

    # ---------------- 717 LĐLĐ Hải Phòng hội nghị học tập trực tuyến ----------------
    ("717_98d937fa1780", S,
     "Hội nghị học tập của Liên đoàn Lao động thành phố Hải Phòng được tổ chức theo hình thức trực tuyến tại sáu điểm cầu.",
     "717: 'Hội nghị được tổ chức dưới hình thức trực tuyến tại 06 điểm cầu: quận Hồng Bàng, Dương Kinh, huyện Tiên Lãng ...' (Chủ tịch LĐLĐ thành phố Tống Văn Băng chủ trì)."),
    ("717_98d937fa1780", D,
     "Nội dung hội nghị học tập của LĐLĐ TP Hải Phòng đề cập 8 chuyên đề của Tổng LĐLĐ Việt Nam về vị trí, vai trò của tổ chức công đoàn trong tình hình mới.",
     "717: 'Nội dung của hội nghị học tập đề cập đến 05 chuyên đề của Tổng LĐLĐ Việt Nam' -> 5, not 8. grep '8 chuyên đề|tám chuyên đề': none."),

    # ---------------- 718 Hải Phòng 10 năm NQ 28 ----------------
    ("718_ae869d03ab67", S,
     "Sau 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy Hải Phòng, thành phố đã phát triển được hơn 213 nghìn đoàn viên công đoàn trong khu vực ngoài nhà nước.",
     "718: 'Đồng thời thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên' (10 năm thực hiện NQ 28); hơn 213 nghìn ~ 213.724."),
    ("718_ae869d03ab67", S,
     "Trong 10 năm thực hiện NQ 28, các cấp ủy Đảng ở Hải Phòng đã kết nạp gần 2.500 đảng viên trong các doanh nghiệp ngoài nhà nước, HTX, đơn vị sự nghiệp ngoài công lập.",
     "718: 'Các cấp ủy Đảng đã kết nạp được 2492 đảng viên, trong đó có 37 chủ doanh nghiệp tư nhân'; gần 2.500 ~ 2.492."),
    ("718_ae869d03ab67", D,
     "10 năm thực hiện Nghị quyết 28, Hải Phòng thành lập được 1.600 tổ chức công đoàn trong khu vực ngoài nhà nước.",
     "718: 'thành lập được 1146 tổ chức công đoàn' -> 1.146, not 1.600. grep '1\\.600|1600': none."),

    # ---------------- 719 Đoàn Phường 7 (no counts) ----------------
    ("719_204fad637490", N,
     "Trong Tháng Thanh niên năm 2023, Đoàn Phường 7 đã thực hiện 12 công trình thanh niên.",
     "719 only gives anniversary '92 năm' and dates; 'tổng kết các hoạt động sôi nổi' without a count. "
     "grep 'công trình thanh niên': 547, 548, 549 (Hà Nội / cả nước), 644 (TP.HCM 2024, '7 công trình thanh niên') -- other places/years; '12 công trình': none."),

    # ---------------- 720 Đại hội phụ nữ toàn quốc XIII ----------------
    ("720_ac555b116a87", S,
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII ra mắt Đại hội gồm 155 người.",
     "720: 'ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu đại diện cho các cấp Hội phụ nữ trong cả nước'."),
    ("720_ac555b116a87", N,
     "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII, bế mạc sáng 11-3-2022, có 1.200 đại biểu chính thức tham dự.",
     "720 gives only the BCH size (155), not the number of congress delegates. grep 'toàn quốc lần thứ XIII', 'Đại hội.{0,60}[Pp]hụ nữ': "
     "544, 593 mention the national congress without a count; 621 (Vạn Ninh 'Hơn 200 đại biểu') is another congress; '1\\.200 đại biểu': none."),

    # ---------------- 721 LĐLĐ huyện Thạch Thất, Tháng Công nhân 2022 ----------------
    ("721_3e01bfb83e07", S,
     "Liên đoàn Lao động huyện Thạch Thất hiện có 216 công đoàn cơ sở trực thuộc.",
     "721: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động'."),
    ("721_3e01bfb83e07", D,
     "Các công đoàn cơ sở ở huyện Thạch Thất có trên 9.000 đoàn viên, công nhân lao động.",
     "721: '216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động' -> trên 6.000, not trên 9.000. "
     "grep '9\\.000': 248 ('hơn 9.000 đoàn viên công đoàn trên địa bàn phường' = phường Ba Đình), other place."),
    ("721_3e01bfb83e07", N,
     "Trong Tháng Công nhân năm 2022, LĐLĐ huyện Thạch Thất đã trao 150 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "721 lists planned activities only, no gift count. grep 'Thạch Thất' (191, 221, 264, 581 other topics), 'suất quà', '150 suất': no Thạch Thất gift count."),

    # ---------------- 722 Tổng LĐLĐ ban hành sớm Kế hoạch Tháng công nhân 2022 ----------------
    ("722_4eae4ee9b847", N,
     "Tổng LĐLĐ Việt Nam dành 500 tỷ đồng để triển khai các hoạt động Tháng công nhân năm 2022.",
     "722 has no money figure (only dates 15/12, 1/5). grep 'Tháng [Cc]ông nhân.{0,150}(tỷ|triệu) đồng', '500 tỷ': only 456 (Mái ấm 30 triệu/căn) and 166 (sáng kiến làm lợi) -- other things."),

    # ---------------- 723 Chương trình Thủ tướng đối thoại công nhân 2022 ----------------
    ("723_24e437d06985", N,
     "Chương trình Thủ tướng Chính phủ gặp gỡ, đối thoại với công nhân lao động dịp Tháng Công nhân năm 2022 dự kiến có 3.000 công nhân tham dự.",
     "723 proposes the programme (Kế hoạch số 156/KH-TLĐ) with no participant count. grep 'Thủ tướng.{0,40}(gặp gỡ|đối thoại)': "
     "563 'Thủ tướng Nguyễn Xuân Phúc sẽ đối thoại với 3.000 công nhân' is the 2016 Tháng công nhân dialogue in Đồng Nai -- another edition."),

    # ---------------- 724 Khối thi đua LĐLĐ các huyện Hải Phòng ----------------
    ("724_1221291fc5c2", D,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng phấn đấu thực hiện 12 nhiệm vụ trọng tâm.",
     "724: 'Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm' -> 8, not 12. "
     "grep '12 nhiệm vụ': none."),

    # ---------------- 726 LĐLĐ Bình Thuận, Tháng Công nhân 2022 ----------------
    ("726_9e2a855f54a0", N,
     "Trong Tháng Công nhân năm 2022, LĐLĐ tỉnh Bình Thuận trao 12 nhà Mái ấm Công đoàn cho đoàn viên có hoàn cảnh đặc biệt khó khăn.",
     "726 only plans 'trao \u201cMái ấm công đoàn\u201d' with no number. grep 'Bình Thuận' (470, 532, 563 other), 'Mái ấm', '12 nhà': no Bình Thuận count."),

    # ---------------- 727 Ra quân tình nguyện hè 2020 ----------------
    ("727_39665a0e6638", S,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè 2020, Thành đoàn Đà Nẵng trao 500 lá cờ Tổ quốc cho ngư dân âu thuyền Thọ Quang.",
     "727: 'Thành đoàn Đà Nẵng đã trao ... 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)'."),
    ("727_39665a0e6638", D,
     "Thành đoàn Đà Nẵng đã trao 50 tủ thuốc cho ngư dân âu thuyền Thọ Quang (quận Sơn Trà) trong chiến dịch tình nguyện hè 2020.",
     "727: '500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang' -> 20, not 50. grep 'tủ thuốc': only 727."),
    ("727_39665a0e6638", D,
     "Trong chiến dịch Mùa hè xanh 2020, Ban chỉ đạo chiến dịch thành lập 20 đội hình thanh niên tình nguyện hỗ trợ các dân tộc thiểu số rất ít người.",
     "727: 'Ban chỉ đạo chiến dịch sẽ thành lập 16 đội hình thanh niên tình nguyện hỗ trợ 16 dân tộc thiểu số ít người' -> 16, not 20. "
     "grep '20 đội hình': none (318 '12 đội hình', 548 '75 đội hình', 609 '5 đội hình' are other campaigns)."),

    # ---------------- 728 Đại Lộc tổng kết thi đua 2021 ----------------
    ("728_911221c21d93", S,
     "Năm 2021, huyện Đại Lộc có sáu cơ quan, đơn vị xếp vị thứ dẫn đầu trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3 trong phong trào thi đua cụm đồng bằng của tỉnh'."),
    ("728_911221c21d93", D,
     "Trong phong trào thi đua cụm đồng bằng của tỉnh năm 2021, huyện Đại Lộc có 14 cơ quan, đơn vị xếp thứ nhì.",
     "728: '8 cơ quan, đơn vị xếp thứ nhì' -> 8, not 14. grep '14 cơ quan|xếp thứ nhì': only 728 with 8."),

    # ---------------- 729 Nghệ An phát động Tháng Công nhân 2025 ----------------
    ("729_44f1746c543b", S,
     "Hơn một nghìn đoàn viên, người lao động đã tham dự Lễ phát động Tháng Công nhân năm 2025 của tỉnh Nghệ An.",
     "729: '... cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động' (Tham dự Lễ phát động, Nghệ An phát động Tháng Công nhân năm 2025)."),
    ("729_44f1746c543b", N,
     "Tại Lễ phát động Tháng Công nhân 2025 ở Nghệ An, Tổng LĐLĐ Việt Nam và Ủy ban MTTQ tỉnh trao tặng 5 nhà Mái ấm Công đoàn cho công nhân lao động.",
     "729 caption says only 'trao tặng nhà Mái ấm Công đoàn cho công nhân lao động' with no number. grep 'Nghệ An', 'Tháng Công nhân năm 2025|Tháng Công nhân 2025', "
     "'(5|năm) (căn )?nhà Mái ấm': no Nghệ An count (049 '3 Mái ấm' is Hà Nội/Sóc Sơn)."),

    # ---------------- 733 LĐLĐ quận Long Biên ----------------
    ("733_22b1a5701d08", S,
     "Tính đến hết tháng 5/2018, các công đoàn cơ sở thuộc LĐLĐ quận Long Biên đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "733: 'Tính đến hết tháng 5/2018, các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp'."),
    ("733_22b1a5701d08", D,
     "Trong số đoàn viên ưu tú được LĐLĐ quận Long Biên giới thiệu, đến hết tháng 5/2018 đã có 60 người được kết nạp vào Đảng.",
     "733: '130 đoàn viên ưu tú ..., trong đó có 42 đoàn viên ưu tú được kết nạp vào Đảng Cộng sản Việt Nam' -> 42, not 60. "
     "grep '60 đoàn viên', 'đoàn viên ưu tú': only 706 (4.000 target) and 733."),
    ("733_22b1a5701d08", D,
     "Đến hết tháng 5/2018, LĐLĐ quận Long Biên đã hoàn thành 90% chỉ tiêu phát triển đoàn viên.",
     "733: 'thành lập được 13/28 CĐ cơ sở, đạt 46,42% và 562/800 đoàn viên, đạt 70,25%' -> 70,25%, not 90%. "
     "grep '90%': only 019 (doanh nghiệp nhà nước cổ phần hóa), other thing."),

    # ---------------- 734 Tháng hành động vì trẻ em 2019 ----------------
    ("734_0ab1ff88a0cb", N,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2019 của tỉnh, Sở Lao động - Thương binh và Xã hội trao 200 suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "734 is a planning meeting; only dates ('ngày 1-6', 'từ ngày 1 đến 10-6'), no gifts. grep 'vì trẻ em|trẻ em', '200 suất': "
     "642 (Hội An 2022, '50 suất quà'), 012/320/492/695 other years/places; 519 and 542 '200 suất quà' are Đoàn/LĐLĐ gifts, other events."),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = [tuple(unicodedata.normalize("NFC", f) for f in c) for c in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    rows.sort(key=lambda r: r[0])  # stable: keeps S/D/N order inside a page
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), "claims", counts, "pages", len(per_page))


if __name__ == "__main__":
    main()
