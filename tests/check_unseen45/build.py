#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check claim set unseen45."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 005 LĐLĐ Long Biên, thi đua 2025
    ("005_dbc959940fb5", S,
     "Theo LĐLĐ quận Long Biên, năm 2025 là dịp kỷ niệm 135 năm ngày sinh Chủ tịch Hồ Chí Minh.",
     "005: \"Năm 2025 là năm diễn ra nhiều ngày lễ lớn ... 135 năm ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)\". 684 also says 135 năm for 2025."),
    ("005_dbc959940fb5", N,
     "LĐLĐ quận Long Biên đã phát động thi đua năm 2025 tới toàn bộ 210 công đoàn cơ sở trực thuộc.",
     "005 gives no count of CĐCS. g.sh 'Long Biên.{0,80}[0-9]+ (công đoàn cơ sở|CĐCS)' only hits 059: \"gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi\" (CĐCS that sent áo dài, another programme, not the number of CĐCS trực thuộc); 308 \"Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở\" (phường union, 2025 model, not LĐLĐ quận). Number of CĐCS of LĐLĐ Long Biên is not counted."),
    # ---- 095 Kế hoạch 117 Đại hội Công đoàn các cấp 2025-2030
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch 117/KH-LĐLĐ, khoảng 4.000 công đoàn cơ sở ở Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025-2030.",
     "095 states no count of CĐCS. g.sh '[0-9.]+ (công đoàn cơ sở|CĐCS).{0,60}(đại hội|Đại hội)': seed 003 \"8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028\" (other nhiệm kỳ); 023 30/30 (Công đoàn ngành NN&PTNT); 743 Khánh Hòa; 1187 75 CĐCS (other union). None counts CĐCS holding congress for 2025-2030 under KH 117."),
    # ---- 105 Bí thư Thành ủy khóa XVIII
    ("105_d8f28f283391", N,
     "Bà Bùi Thị Minh Hoài tái đắc cử Bí thư Thành ủy Hà Nội khóa XVIII với 100% số phiếu bầu.",
     "105 reports the election but gives no vote share. g.sh 'Bùi Thị Minh Hoài.{0,200}(%|phiếu)' -> no hit. (533 has \"100% đại biểu có mặt\" for Phùng Thị Hồng Hà as Chủ tịch HĐND, another person/occasion.)"),
    # ---- 153 Phạm Quang Thanh nhận quyết định
    ("153_e14e5df550cb", N,
     "Khoảng 150 đại biểu đã dự hội nghị công bố quyết định công nhận đồng chí Phạm Quang Thanh là Chủ tịch LĐLĐ TP Hà Nội khóa XVI.",
     "153 lists guests by name, no attendance count. g.sh 'Phạm Quang Thanh.{0,200}[0-9]+ (đại biểu|%)' -> only 248 (a list of names, no count). Teaser \"Biểu dương 10 Chủ tịch Công đoàn cơ sở tiêu biểu\" is another article and another counted noun."),
    # ---- 171 Thành ủy tổng kết 3 chương trình
    ("171_ed616c7d5ff1", S,
     "Chiều 30/9, Thành ủy Hà Nội đã tổng kết ba chương trình công tác của Thành ủy khóa XVI, nhiệm kỳ 2015-2020.",
     "171 headline \"Hà Nội tổng kết 3 chương trình công tác của Thành uỷ khoá XVI, nhiệm kỳ 2015 – 2020\"; body: \"Chiều 30/9, Thành uỷ Hà Nội tổ chức Hội nghị tổng kết Chương trình 03-Ctr/TU ...; Chương trình số 06-Ctr/TU ... và Chương trình số 08-Ctr/TU\" (three programmes)."),
    ("171_ed616c7d5ff1", D,
     "Hội nghị chiều 30/9 của Thành ủy Hà Nội đã tổng kết năm chương trình công tác khóa XVI, nhiệm kỳ 2015 - 2020.",
     "171: \"tổng kết 3 chương trình công tác của Thành uỷ khoá XVI\" (03, 06, 08-Ctr/TU). g.sh '(5|năm|05) chương trình (công tác )?(của )?Thành (uỷ|ủy)' -> no hit."),
    # ---- 180 Chương Mỹ
    ("180_1956e0636950", N,
     "Trong năm 2021, LĐLĐ huyện Chương Mỹ đã kết nạp 1.250 đoàn viên công đoàn mới.",
     "180 has no figures on membership. g.sh 'Chương Mỹ.{0,200}(kết nạp|đoàn viên mới)' -> none; 'Chương Mỹ' hits: 051 (35 triệu đồng Mái ấm công đoàn, money for one house), 055 (storm damage), 109, 126, 221 - none counts new members."),
    # ---- 258 Bắc Từ Liêm Tháng Công nhân 2022
    ("258_481de498caab", S,
     "Phát biểu tại lễ phát động ở quận Bắc Từ Liêm, bà Chu Thị Thu Hà cho biết năm 2022 là năm thứ mười Tháng Công nhân được tổ chức theo Kết luận 77-TB/TW.",
     "258: \"Năm 2022 là năm thứ 10 Tháng Công nhân được tổ chức theo Kết luận 77-TB/TW ngày 24/2/2012 của Ban Bí thư\"."),
    ("258_481de498caab", D,
     "Theo Trưởng phòng LĐ-TB&XH quận Bắc Từ Liêm, Tháng Công nhân năm 2022 là năm thứ 15 được tổ chức theo Kết luận 77-TB/TW của Ban Bí thư.",
     "258: \"Năm 2022 là năm thứ 10 Tháng Công nhân được tổ chức\". g.sh 'năm thứ (15|mười lăm)' -> no hit. (148 says 2023 is \"năm thứ 12\", another year; 274 \"năm thứ 8\" is about Tháng hành động ATVSLĐ.)"),
    # ---- 291 Giải thưởng Nguyễn Văn Linh
    ("291_a74887047e6b", D,
     "Chiều 28/7, Tổng LĐLĐ Việt Nam gặp mặt các đại biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ hai năm 2022.",
     "291: \"gặp mặt đại biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ III - năm 2022\"; 056 also \"lần thứ III năm 2022\". g.sh 'Nguyễn Văn Linh lần (thứ )?(II|hai|2)\\b' -> no hit."),
    # ---- 300 BCH LĐLĐ TP khóa XVI kỳ họp thứ 5
    ("300_c35bde72bae1", D,
     "Sáng 8/10 tại Cung Văn hóa Lao động Hữu nghị Việt Xô, Ban Chấp hành Liên đoàn Lao động Thành phố Hà Nội khóa XVI họp kỳ thứ ba (mở rộng).",
     "300: \"hội nghị Ban chấp hành LĐLĐ Thành phố khóa XVI, kỳ họp lần thứ 5 (mở rộng)\" on 8/10. g.sh 'kỳ họp (lần )?thứ (ba|3)\\b' -> no hit. (Teaser on 300 mentions 'kỳ họp lần thứ hai', avoided; 037 kỳ 9, 003 kỳ 11 are other sessions.)"),
    # ---- 312 Tháng hành động ATVSLĐ
    ("312_8e378b3e63bf", D,
     "Thành phố Hồ Chí Minh nhận cờ luân lưu để đăng cai Tháng hành động về an toàn, vệ sinh lao động lần thứ ba, năm 2018.",
     "312: \"trao cờ luân lưu cho Thành phố Hồ Chí Minh - đơn vị sẽ đăng cai tổ chức Tháng hành động về An toàn, vệ sinh lao động lần thứ II - năm 2018\". 370: 2017 was \"lần thứ nhất\". g.sh 'lần thứ (III|ba|3).{0,10}năm 2018' -> only 106 (Giải thưởng Nguyễn Đức Cảnh lần thứ III, năm 2018, another thing)."),
    # ---- 327 25 năm báo LĐTĐ
    ("327_58b66c2a3f83", S,
     "Là cơ quan ngôn luận của Liên đoàn Lao động thành phố Hà Nội, báo Lao động Thủ đô đã có 25 năm làm diễn đàn của công nhân, viên chức, lao động.",
     "327: \"Là cơ quan ngôn luận của LĐLĐ TP Hà Nội ... 25 năm qua báo Lao động Thủ đô là diễn đàn để CNVCLĐ được trao đổi\"; 198: \"trải qua 25 năm xây dựng và phát triển, báo Lao động Thủ đô\"."),
    # ---- 350 130 năm ngày sinh Bác
    ("350_a326a92215e6", S,
     "Trung ương giao TP Hà Nội chủ trì tổ chức Lễ kỷ niệm cấp quốc gia 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
     "350: \"Trung ương giao TP Hà Nội chủ trì ... tổ chức Lễ kỷ niệm cấp quốc gia 130 năm Ngày sinh Chủ tịch Hồ Chí Minh tại TP Hà Nội\"; seed 004 \"kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19.5.1890 - 19.5.2020)\"."),
    ("350_a326a92215e6", D,
     "Nhân dịp kỷ niệm Ngày sinh Bác năm 2020, các tỉnh, thành phố sẽ sơ kết sáu năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.",
     "350: \"các tỉnh, thành phố trực thuộc Trung ương sẽ tiến hành sơ kết 4 năm thực hiện Chỉ thị 05-CT/TW, ngày 15-5-2016\". g.sh '[0-9]+ năm thực hiện Chỉ thị (số )?05' -> only 350 (4 năm); no 'sáu/6 năm'."),
    # ---- 355 75 năm Lời kêu gọi thi đua ái quốc
    ("355_e6694f9f8726", D,
     "Quyết định 368/QĐ-TTg ngày 11/4/2023 của Thủ tướng phê duyệt Đề án tổ chức các hoạt động kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.",
     "355: \"Quyết định số 368/QĐ-TTg ngày 11/4/2023 phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023)\"; 043, 364, 1107 also 75 năm. g.sh 'Lời kêu gọi thi đua ái quốc' -> every hit says 75 năm; no 70 năm."),
    # ---- 372 89 năm MTTQ
    ("372_87dc92dc5866", S,
     "Tháng cao điểm “Vì người nghèo” năm 2019 nhằm lập thành tích chào mừng kỷ niệm 89 năm ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
     "372: \"lập thành tích thiết thực chào mừng kỷ niệm 89 năm ngày truyền thống của Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2019)\"."),
    ("372_87dc92dc5866", D,
     "Các hoạt động Tháng cao điểm Vì người nghèo năm 2019 hướng tới kỷ niệm 85 năm Ngày truyền thống MTTQ Việt Nam 18/11.",
     "372: \"kỷ niệm 89 năm ngày truyền thống của Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2019)\". g.sh '85 năm ngày truyền thống|85 năm.{0,20}Mặt trận' -> no hit; only 372 counts MTTQ years."),
    # ---- 424 Huân chương chống dịch
    ("424_587bd0231abc", N,
     "Hội đồng Thi đua - Khen thưởng TP Hà Nội đã đề nghị khen thưởng cấp Nhà nước cho 12 tập thể có thành tích phòng chống dịch Covid-19.",
     "424 names the proposed recipients (Nhân dân và cán bộ TP; Nguyễn Đức Chung; UB MTTQ TP, quận Đống Đa, Ngô Văn Quý) but never counts tập thể. g.sh 'Thi đua.{0,5}Khen thưởng (TP|thành phố) Hà Nội.{0,200}[0-9]+ (tập thể|cá nhân)' -> no hit."),
    # ---- 428 sơ kết 5 năm NQ 11
    ("428_25ecc0569546", S,
     "Ngày 20/10, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Hà Nội để sơ kết năm năm thực hiện Nghị quyết 11 về phát triển Thủ đô giai đoạn 2011-2020.",
     "428: \"sơ kết 5 năm thực hiện Nghị quyết số 11 của Bộ Chính trị khóa XI về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội giai đoạn 2011 - 2020\"."),
    # ---- 526 Công thương Bắc Ninh
    ("526_ca11ded5230f", N,
     "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công thương Bắc Ninh đã trao 250 suất quà cho đoàn viên, người lao động.",
     "526 body has only plan numbers (KH 217/KH-LĐLĐ, 17-KH/CĐN) and a view counter, no gifts counted. g.sh 'Công thương Bắc Ninh' -> only 526; 'Bắc Ninh.{0,200}suất quà|suất quà.{0,200}Bắc Ninh' -> no hit."),
    # ---- 535 phê chuẩn Chủ tịch, Phó Chủ tịch HĐND
    ("535_0eece1156bf7", N,
     "Ủy ban Thường vụ Quốc hội đã phê chuẩn kết quả bầu 11 Phó Chủ tịch HĐND của các tỉnh, thành phố nhiệm kỳ 2021-2026.",
     "535 lists the provinces and the Chủ tịch HĐND by name (text stops before the Phó Chủ tịch list); no count of Phó Chủ tịch. g.sh 'Phó Chủ tịch (HĐND|Hội đồng nhân dân).{0,80}[0-9]+ (tỉnh|địa phương)|...' -> no hit."),
    # ---- 567 HĐND kỳ họp thứ tám
    ("567_c411a9192e99", S,
     "HĐND thành phố Hà Nội khóa XVI triệu tập kỳ họp thứ 8 (kỳ họp chuyên đề) để bầu Chủ tịch UBND thành phố vào chiều 22/7/2022.",
     "567: \"HĐND thành phố Hà Nội đã có giấy triệu tập kỳ họp thứ tám, HĐND thành phố khóa XVI, nhiệm kỳ 2021-2026 (kỳ họp chuyên đề)\"; \"kỳ họp diễn ra vào chiều 22-7-2022, để xem xét, bầu chức danh Chủ tịch UBND thành phố Hà Nội\"."),
    # ---- 631 Hội LHPN Nghệ An
    ("631_0b16f9904253", S,
     "Ngày 14/8/2025, Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Nghệ An khóa XVI họp Hội nghị lần thứ mười ba để bầu kiện toàn chức danh Chủ tịch.",
     "631: \"Sáng ngày 14/8/2025, Hội LHPN tỉnh Nghệ An tổ chức Hội nghị lần thứ 13 Ban Chấp hành khóa XVI để bầu kiện toàn chức danh Chủ tịch Hội LHPN tỉnh Nghệ An\"."),
    ("631_0b16f9904253", D,
     "Bà Hoàng Thị Thu Hiền được bầu làm Chủ tịch Hội LHPN tỉnh Nghệ An tại Hội nghị lần thứ 15 Ban Chấp hành khóa XVI sáng 14/8/2025.",
     "631: \"Hội nghị lần thứ 13 Ban Chấp hành khóa XVI\". g.sh 'lần thứ (15|mười lăm) Ban Chấp hành' -> no hit (980: Hội nghị lần thứ 16 of Trung ương Hội, another body)."),
    # ---- 693 Công đoàn ngành GTVT Hà Nội
    ("693_fc08e1a86a0b", N,
     "Đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp do Công đoàn ngành GTVT Hà Nội phát động có 86 công đoàn cơ sở tham gia.",
     "693 gives only the period (15/5 đến 10/10), no count of CĐCS. g.sh '(ngành )?(GTVT|Giao thông vận tải) Hà Nội.{0,200}[0-9]+ (công đoàn cơ sở|CĐCS|đơn vị)' -> no hit."),
    # ---- 701 xóm trọ TP.HCM
    ("701_43cc5508ea5a", D,
     "Bà Đào Thị Mỳ, chủ trọ ở hẻm 58 phường Tân Tạo A, cho biết suốt 20 năm qua dãy trọ của bà chưa từng thiếu người thuê.",
     "701: \"Bà Đào Thị Mỳ (một chủ trọ ở hẻm 58) cho hay, trong 15 năm qua dãy trọ của bà chưa từng thiếu người thuê\". g.sh '(20|hai mươi) năm qua' -> no hit; 'dãy trọ' -> only 701 (15 năm)."),
    ("701_43cc5508ea5a", N,
     "Tại phường Tân Tạo A, quận Bình Tân, hiện có khoảng 3.000 phòng trọ công nhân bị bỏ trống.",
     "701 describes empty rooms qualitatively, no count. g.sh 'Tân Tạo|phòng trọ.{0,40}[0-9]' -> only 701 line 3 (no figure). Teasers '500 nhân viên y tế', '286 đoàn viên' are other articles/nouns."),
    # ---- 719 92 năm Đoàn
    ("719_204fad637490", S,
     "Ban Chấp hành Đoàn Phường 7 tổ chức họp mặt kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh và tổng kết Tháng Thanh niên.",
     "719: \"Ban Chấp hành Đoàn Phường 7 tổ chức chương trình họp mặt kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2023); Tổng kết Tháng Thanh niên\"."),
    ("719_204fad637490", D,
     "Đoàn Phường 7 họp mặt kỷ niệm 97 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, ôn lại chặng đường vẻ vang của tổ chức Đoàn.",
     "719: \"kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh\"; \"ôn lại chặng đường 92 năm vẻ vang\". g.sh '97 năm' -> no hit (other pages: 89, 90, 92, 93, 95 năm for other years)."),
    # ---- 725 10 hoạt động trọng tâm Tháng Công nhân 2022
    ("725_89cb9434b16d", S,
     "Kế hoạch 156/KH-TLĐ của Tổng Liên đoàn Lao động Việt Nam đề ra 10 hoạt động trọng tâm cho Tháng Công nhân năm 2022.",
     "725 headline (repeated under the lead): \"10 hoạt động trọng tâm Tháng Công nhân năm 2022\"; body: \"Ngọ Duy Hiểu ký ban hành Kế hoạch số156/KH-TLĐ về tổ chức các hoạt động Tháng Công nhân năm 2022\". NB: the figure is in the article's own headline, the body text shown is cut before the list."),
    ("725_89cb9434b16d", D,
     "Tổng LĐLĐ Việt Nam xác định mười hai hoạt động trọng tâm trong Tháng Công nhân năm 2022.",
     "725: \"10 hoạt động trọng tâm Tháng Công nhân năm 2022\". g.sh '(12|mười hai) hoạt động' -> no hit."),
    # ---- 771 LĐLĐ Nam Định
    ("771_462f2b2f6129", S,
     "LĐLĐ tỉnh Nam Định xây dựng kế hoạch các hoạt động trọng tâm kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam.",
     "771: \"LĐLĐ tỉnh đã xây dựng Kế hoạch tổ chức các hoạt động trọng tâm kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929 - 28.7.2024)\"."),
    ("771_462f2b2f6129", D,
     "Dịp kỷ niệm 95 năm thành lập Công đoàn Việt Nam, LĐLĐ tỉnh Nam Định sẽ biểu dương 120 công nhân, cán bộ công đoàn tiêu biểu.",
     "771 headline: \"Sẽ biểu dương 95 công nhân, cán bộ công đoàn tiêu biểu\" (LĐLĐ tỉnh Nam Định, 2024). g.sh '(120|một trăm hai mươi) công nhân' -> no hit. NB: figure is in the article's own headline only."),
    # ---- 973 Hưng Yên luân chuyển cán bộ
    ("973_eefb7325a175", S,
     "Đồng chí Mai Xuân Giới được bổ nhiệm giữ chức Phó Trưởng ban Tổ chức Tỉnh ủy với thời hạn 5 năm kể từ ngày 5/10/2023.",
     "973: \"Đồng chí Mai Xuân Giới ... phân công, điều động, bổ nhiệm giữ chức Phó Trưởng ban Tổ chức Tỉnh ủy thời hạn 5 năm kể từ ngày 5/10/2023\"."),
    ("973_eefb7325a175", D,
     "Theo Quyết định 919-QĐ/TU, ông Mai Xuân Giới thôi làm Bí thư Huyện ủy Ân Thi và được bổ nhiệm Phó Trưởng ban Tổ chức Tỉnh ủy thời hạn ba năm.",
     "973: \"Tại Quyết định số 919-QĐ/TU ... bổ nhiệm giữ chức Phó Trưởng ban Tổ chức Tỉnh ủy thời hạn 5 năm\". g.sh 'thời hạn [0-9]+ năm' -> only 973 (5 năm); 'thời hạn (3|ba) năm' -> no hit."),
    # ---- 974 Gia Lai, Sơn La
    ("974_cefb9223a921", D,
     "Sau khi Thủ tướng phê chuẩn kết quả bầu bổ sung, hai tỉnh Gia Lai và Sơn La có thêm 3 tân Phó Chủ tịch UBND tỉnh.",
     "974 headline: \"Tỉnh Gia Lai và Sơn La có 2 tân Phó chủ tịch\"; body: QĐ 288 (Đỗ Tiến Đông, Gia Lai) and QĐ 286 (Lê Hồng Minh, Sơn La); QĐ 285 is a miễn nhiệm (Bùi Đức Hải), not a new one. g.sh '(3|ba) tân Phó' -> no hit."),
    # ---- 787 Tết Sum vầy 2021
    ("787_47b1d60ede23", N,
     "Chương trình “Tết Sum vầy” năm 2021 của Tổng LĐLĐ Việt Nam đã trao cho đoàn viên, người lao động tổng số tiền hơn 3.000 tỷ đồng.",
     "787 is the 2021 plan (chủ đề \"Tết Sum vầy - Kết nối yêu thương\"), no money figure. g.sh 'Tết Sum vầy.{0,200}(tỷ|tỉ) đồng|...' -> 279: \"Chương trình 'Tết sum vầy' năm 2019 ... tổng số tiền ... là 3.052,6 tỷ đồng\" (another year, 2019); 161: 14.664 chương trình (2024, another noun/year); 968: 25.021 phần quà Tết Tân Sửu 2021 (one province, gifts not money). No 2021 national total."),
    # ---- 037 Bùi Huyền Mai, kỳ họp thứ 9
    ("037_69ea9a40be4e", D,
     "Chiều 8/6, BCH LĐLĐ Thành phố Hà Nội khóa XVI họp kỳ thứ 7 để bầu bổ sung đồng chí Bùi Huyền Mai giữ chức Chủ tịch.",
     "037: \"chiều nay, 8/6, ... LĐLĐ Thành phố tổ chức hội nghị Ban chấp hành khóa XVI, kỳ họp thứ 9 để bầu bổ sung ... chức danh Chủ tịch\". g.sh 'kỳ họp thứ (7|bảy)' -> no hit."),
]


def main():
    rows = []
    for page, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per
    print(len(rows), dict(c), "pages:", len(per))


if __name__ == "__main__":
    main()
