#!/usr/bin/env python3
"""Build claims.tsv for the blind fact-checker test (unseen101).
Plain Python: csv + unicodedata only. Rows: (page_id, verdict, claim, why)."""
import csv
import unicodedata

CLAIMS = [
    # ---- 007: Công đoàn các KCN&CX Hà Nội, Tháng Công nhân 2021
    ("007_f60bcd89f25b", "differs",
     "Lễ phát động Tháng Công nhân năm 2021 của Công đoàn các KCN và chế xuất Hà Nội tại Kim Chung, Đông Anh thu hút hơn 1.500 công nhân lao động tham dự.",
     "007: 'Tham dự chương trình có hơn 1.000 công nhân lao động đến từ các doanh nghiệp thuộc Khu Công nghiệp và chế xuất Hà Nội' (lễ 24/4/2021). g.sh '1\\.500 công nhân|1500 công nhân|nghìn rưỡi' -> no hit; no other page counts attendees of this 2021 event (565 'gần 200 công nhân' Kim Chung is a different giao lưu)."),
    # ---- 083: Công đoàn Việt Nam 90 năm
    ("083_310dcb0ef093", "supported",
     "Đến dịp kỷ niệm 90 năm thành lập (1929-2019), tổ chức Công đoàn Việt Nam đã có gần 10,5 triệu đoàn viên.",
     "083: 'tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (lễ kỷ niệm 90 năm, 2019)."),
    ("083_310dcb0ef093", "differs",
     "Trong 90 năm xây dựng và phát triển, Công đoàn Việt Nam đã trải qua 14 kỳ đại hội.",
     "083: '90 năm xây dựng và phát triển, trải qua 12 kỳ đại hội' (Công đoàn Việt Nam, 2019). g.sh '14 kỳ đại hội|mười bốn kỳ' -> no hit; other 'kỳ đại hội' counts are other bodies (063 LĐLĐ Hoàng Mai 4, 348 Đảng bộ Sóc Sơn 11, 714 Đoàn TN Hà Nội 16)."),
    # ---- 1149: Tết Nhân ái TP Huế 2026
    ("1149_4424f78738f5", "supported",
     "Chương trình “Tết Nhân ái” Xuân Bính Ngọ 2026 ở TP Huế đã trao tặng một nghìn suất quà Tết cho hộ khó khăn và người dân bị ảnh hưởng bởi thiên tai.",
     "1149: 'Chương trình “Tết Nhân ái” Xuân Bính Ngọ năm 2026 trao tặng 1.000 suất quà Tết cho các hộ có hoàn cảnh khó khăn ... trên địa bàn thành phố' (TP. Huế)."),
    ("1149_4424f78738f5", "differs",
     "Tại chương trình “Tết Nhân ái” Xuân Bính Ngọ 2026 của TP Huế, mỗi suất quà Tết trị giá 1,5 triệu đồng.",
     "1149: 'Mỗi suất quà trị giá 1.000.000 đồng, gồm 600.000 đồng tiền mặt và 400.000 đồng quà Tết, với tổng giá trị 1 tỷ đồng'. g.sh '1,5 triệu|1\\.500\\.000|triệu rưỡi' -> only 922 (Hội LHPN tỉnh, 150 suất, other org/occasion). Note 510 (xã Chân Mây - Lăng Cô, Huế 2026) has 300 suất x 800.000 đồng: a different handout."),
    # ---- 115: Đại hội Công đoàn Bình Định XIV
    ("115_5f0c89a4283e", "supported",
     "Ban Chấp hành Liên đoàn Lao động tỉnh Bình Định khóa XIV, nhiệm kỳ 2023-2028 gồm 35 người.",
     "115: 'Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người đã ra mắt nhận nhiệm vụ'."),
    ("115_5f0c89a4283e", "differs",
     "Đại hội Công đoàn tỉnh Bình Định lần thứ XIV đã bầu Ủy ban Kiểm tra LĐLĐ tỉnh gồm bảy người.",
     "115: 'Ban Thường vụ LĐLĐ tỉnh khóa XIV gồm 11 người, Ủy ban Kiểm tra 9 người'. g.sh 'Ủy ban Kiểm tra (gồm )?7|7 người' -> no hit about Bình Định (only unrelated 294/452/608/002); 'Hà Duy Trung|Bình Định lần thứ XIV' only on 115."),
    # ---- 1162: Công đoàn ngành GTVT Hà Nội, CN giỏi 2019
    ("1162_f63ea6510168", "supported",
     "Công đoàn ngành Giao thông vận tải Hà Nội hiện quản lý hai mươi chín công đoàn cơ sở.",
     "1162: 'CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên/3.268 cán bộ, CNVC-LĐ'."),
    ("1162_f63ea6510168", "differs",
     "Năm 2019, CĐ ngành GTVT Hà Nội đã biểu dương, khen thưởng 54 công nhân giỏi tiêu biểu tại hội nghị.",
     "1162: 'trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng ngay tại hội nghị này'. g.sh '54 công nhân|54 CN' -> no hit; 017 (2024: 816 cấp cơ sở, 70 tiêu biểu) is another year."),
    # ---- 1228: hiến máu Sakurai (Thanh Hóa)
    ("1228_50a78b7fda9b", "differs",
     "Chương trình hiến máu nhân đạo của Công đoàn Công ty TNHH Sakurai Việt Nam sáng 24/8 thu hút sáu trăm tình nguyện viên là cán bộ, công nhân lao động.",
     "1228: 'Chương trình hiến máu thu hút sự tham gia của 400 tình nguyện viên là cán bộ, CNLĐ Công ty TNHH Sakurai Việt Nam'. g.sh 'Sakurai' -> only 1228; g.sh '600 tình nguyện|...hiến máu.{0,80}600' -> no Sakurai hit (347 'hơn 600 cán bộ Công đoàn...' is another blood drive)."),
    ("1228_50a78b7fda9b", "not_found",
     "Đợt hiến máu tại Công ty TNHH Sakurai Việt Nam đã thu được 350 đơn vị máu.",
     "1228 counts only people ('400 tình nguyện viên'), never units of blood. g.sh 'Sakurai' -> only 1228; g.sh 'đơn vị máu' -> 347 (558 đơn vị), 405, 460, 519, 608: all other programmes/provinces."),
    # ---- 196: Ban BVCSSK cán bộ Trung ương
    ("196_6db0361b11d7", "supported",
     "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương được giao chăm sóc sức khỏe cho khoảng 1,8 nghìn cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý.",
     "196: 'được Đảng, nhà nước giao nhiệm vụ chăm sóc sức khỏe cho khoảng 1.800 cán bộ, nguyên cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý' (23/2/2023)."),
    ("196_6db0361b11d7", "not_found",
     "Bệnh viện Hữu nghị hiện có khoảng 1.200 y, bác sĩ phục vụ công tác chăm sóc sức khỏe cán bộ.",
     "196 names Bệnh viện Hữu nghị but counts no staff; its only count is '1.800 cán bộ, nguyên cán bộ' cared for by the Ban (another noun). g.sh 'Bệnh viện Hữu nghị' -> 196 and 142 (Bệnh viện Hữu nghị Quốc tế Hà Nội, no count); g.sh '1\\.200 y' -> no hit."),
    # ---- 256: CĐ ngành Giáo dục Hà Nội thi đua 2019
    ("256_c48309a5740b", "differs",
     "Năm 2019, Công đoàn ngành Giáo dục Hà Nội phát động phong trào thi đua trong các công đoàn cơ sở theo bốn đợt.",
     "256: 'các công đoàn cơ sở cần tập trung tổ chức phát động phong trào thi đua trong năm 2019 theo 3 đợt' (Đợt 1, 2, 3 listed). g.sh '4 đợt|bốn đợt' -> only 544 (4 đợt ra quân tổng vệ sinh, Hội phụ nữ: other thing)."),
    ("256_c48309a5740b", "supported",
     "Trong đợt 2 năm 2019, Công đoàn ngành Giáo dục Hà Nội phát động đợt thi đua cao điểm 90 ngày chào mừng 90 năm thành lập Công đoàn Việt Nam.",
     "256: 'Đợt 2: Từ 1/5/2019 đến 31/7/2019: Tổ chức phát động đợt thi đua cao điểm 90 ngày chào mừng kỷ niệm 90 năm thành lập tổ chức chức Công đoàn Việt Nam'."),
    # ---- 533: HĐND TP Hà Nội kỳ họp 27, 13/11/2025
    ("533_31522612a2cd", "differs",
     "Tại kỳ họp thứ 27 HĐND TP Hà Nội khóa XVI, bà Phùng Thị Hồng Hà được bầu làm Chủ tịch HĐND thành phố với 90% đại biểu có mặt tán thành.",
     "533: 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND TP Hà Nội' (13/11/2025). g.sh '90%' near đại biểu/tán thành -> no hit; 581 '97,87% (92/94)' is the 2021 election of another person."),
    ("533_31522612a2cd", "not_found",
     "Kỳ họp chuyên đề thứ 27 của HĐND TP Hà Nội chiều 13/11/2025 có 89 đại biểu có mặt.",
     "533 gives only a share ('100% đại biểu có mặt'), no head-count. g.sh 'Kỳ họp thứ 27|kỳ họp chuyên đề|đại biểu có mặt' -> 533; 567 (kỳ họp thứ tám); 581 '92/94 đại biểu có mặt' (2021 kỳ họp thứ nhất); 629, 1104 other councils. g.sh '89 đại biểu' -> only '489', '289' on other pages."),
    # ---- 572: Đại hội Công đoàn TP.HCM lần I
    ("572_92a9a3f61f3b", "differs",
     "Theo quyết định chỉ định, Ban Chấp hành LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 có năm mươi sáu thành viên.",
     "572: 'Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên'. g.sh '56 (thành viên|ủy viên|người)' -> no hit; 446 mentions the same Đại hội but gives no BCH size."),
    ("572_92a9a3f61f3b", "supported",
     "Ủy ban Kiểm tra Liên đoàn Lao động Thành phố Hồ Chí Minh khóa I gồm 15 thành viên, do ông Phạm Chí Tâm làm Chủ nhiệm.",
     "572: 'Ủy ban Kiểm tra LĐLĐ TP.HCM gồm 15 thành viên, trong đó ông Phạm Chí Tâm, Phó chủ tịch LĐLĐ TP.HCM, được chỉ định là Chủ nhiệm Ủy ban'."),
    # ---- 607: Tháng nhân đạo Quảng Ninh 2025
    ("607_86387ec7de47", "supported",
     "Sau 4 năm triển khai Tháng nhân đạo, tỉnh Quảng Ninh đã trợ giúp hơn 51 nghìn lượt người có hoàn cảnh khó khăn.",
     "607: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn' (Hội Chữ thập đỏ tỉnh Quảng Ninh)."),
    ("607_86387ec7de47", "differs",
     "Qua 4 năm thực hiện Tháng nhân đạo, Hội Chữ thập đỏ tỉnh Quảng Ninh đã vận động ủng hộ được trên 43 tỷ đồng.",
     "607: 'toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng'. g.sh '43 tỷ' -> no hit; other Tháng nhân đạo pages (404, 405, 406) are Hà Nội / national 2018, 2021."),
    # ---- 623: Đại hội Đoàn tỉnh Long An XI
    ("623_bf8ed8fd27a5", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI có 320 đại biểu chính thức tham dự.",
     "623: 'với sự tham dự của 244 đại biểu chính thức đại diện cho 54.365 đoàn viên trong toàn tỉnh' (4-5/10/2022). g.sh '(320|ba trăm hai mươi) đại biểu' -> no hit; 'Long An' pages 167, 563, 602, 694 are about LĐLĐ, not this Đại hội."),
    ("623_bf8ed8fd27a5", "supported",
     "Các đại biểu dự Đại hội Đoàn tỉnh Long An lần thứ XI, nhiệm kỳ 2022-2027 đại diện cho hơn 54 nghìn đoàn viên toàn tỉnh.",
     "623: '244 đại biểu chính thức đại diện cho 54.365 đoàn viên trong toàn tỉnh'."),
    # ---- 642: Hội An Tháng hành động vì trẻ em 2022
    ("642_ac0065628b07", "supported",
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, TP Hội An trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "642: 'TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)' (30/5/2022)."),
    ("642_ac0065628b07", "differs",
     "Mỗi suất quà TP Hội An trao cho trẻ em khó khăn tại lễ phát động Tháng hành động vì trẻ em 2022 trị giá 300 nghìn đồng.",
     "642: '(500 nghìn đồng/suất)'. g.sh '300 nghìn đồng|300\\.000 đồng' -> 231, 276, 280, 458, 668, 745, 795: all other orgs/occasions, none Hội An; 207 (LĐLĐ Hội An 2023, 500 nghìn) is another event."),
    # ---- 670: CĐ ngành GTVT Nghệ An, bão số 3
    ("670_101e6c4c997e", "differs",
     "Công đoàn ngành Giao thông vận tải Nghệ An đã trao 700 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670: 'trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai bị thiệt hại nghiêm trọng do bão lũ số 3'. g.sh '700 triệu' -> 002 (Thanh Trì cho vay), 991 (TP HCM): other things."),
    ("670_101e6c4c997e", "not_found",
     "Đợt hỗ trợ của Công đoàn ngành GTVT Nghệ An sau bão số 3 đã đến với 80 đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai.",
     "670 states only money ('400 triệu đồng'), not the number of people helped. g.sh 'Yên Bái|Lào Cai' -> 472, 707, 727, 782: other topics; g.sh '80 đoàn viên' -> no hit."),
    # ---- 720: Đại hội phụ nữ toàn quốc XIII
    ("720_ac555b116a87", "supported",
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII ra mắt Đại hội gồm một trăm năm mươi lăm người.",
     "720: 'ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu đại diện cho các cấp Hội phụ nữ trong cả nước' (11/3/2022)."),
    ("720_ac555b116a87", "not_found",
     "Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII năm 2022 có 1.000 đại biểu chính thức tham dự.",
     "720 counts only the BCH (155); no page counts delegates to this national congress. g.sh 'đại biểu.{0,80}phụ nữ toàn quốc|phụ nữ toàn quốc.{0,120}đại biểu' -> 544, 593, 1085 (preparations, no count); g.sh '1\\.000 đại biểu' -> 247 (Đại hội Công đoàn VN), 313 (ATVSLĐ 2022): other events."),
    # ---- 802: Hoàn Kiếm huy hiệu Đảng đợt 19/5
    ("802_331723d186da", "differs",
     "Trong đợt trao tặng huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 150 đảng viên được nhận huy hiệu.",
     "802: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng'. g.sh '150 đảng viên' -> no hit; 803 (Hai Bà Trưng 284), 804 (Hà Đông 440) are other districts."),
    ("802_331723d186da", "not_found",
     "Đợt 19/5 này, quận Hoàn Kiếm có 35 đảng viên nhận Huy hiệu 50 năm tuổi Đảng.",
     "802 gives only the total (190) and names single recipients of 80/75/60-year badges; no 50-year count. g.sh '50 năm tuổi Đảng' -> 927, 928, 929, 934: other localities; g.sh '35 đảng viên' -> no hit."),
    # ---- 962: Công đoàn phường Thanh Hà
    ("962_3c496118118a", "supported",
     "Đại hội Công đoàn cơ sở phường Thanh Hà nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm năm thành viên.",
     "962: 'Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên' (20/4/2023)."),
    ("962_3c496118118a", "differs",
     "Trong nhiệm kỳ 2017-2023, khoảng 85% đoàn viên Công đoàn phường Thanh Hà hoàn thành tốt nhiệm vụ được giao.",
     "962: 'Hàng năm ... 100% đoàn viên công đoàn hoàn thành tốt nhiệm vụ được giao'. g.sh 'Thanh Hà' -> 962 and 687 (a person's name); g.sh '85% đoàn viên' -> no hit."),
    # ---- not_found on pages without usable figures
    ("009_9bbc26544534", "not_found",
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 có 220 đại biểu chính thức tham dự.",
     "009 names the Đại hội (29/3) but counts no delegates. g.sh 'Y tế Hà Nội.{0,150}đại biểu|đại biểu.{0,150}Y tế Hà Nội' -> no hit; other CĐ ngành Y tế Hà Nội pages (118, 139, 144) have no delegate count; g.sh '220 đại biểu' -> no hit (298: 200 đại biểu CĐ Giáo dục; 1210: 250 đại biểu, another congress)."),
    ("1067_e8b09d9195a7", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi cấp thành phố Hà Nội năm 2020 có 120 thí sinh tham gia.",
     "1067 describes format and dates only ('dự kiến được tổ chức cuối tháng 5'; 'toàn quốc lần thứ 4 năm 2020' is an ordinal). 141 (same contest, Kế hoạch 07/KH-LĐLĐ) counts nothing. g.sh '(thí sinh|đội).{0,80}(An toàn vệ sinh viên|ATVSV)' -> only 1067 ordinal; '120 thí sinh' -> no hit."),
    ("120_1b49cf3485c1", "not_found",
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã trao cho 30 nhà giáo.",
     "120 body counts no winners ('Khen thưởng các nhà giáo đoạt giải' is a caption); the only number, '40 nhà giáo dự chung khảo', is a related-article teaser and another noun (chung khảo, not đoạt giải). g.sh 'tâm huyết, sáng tạo' -> 024 (lần 9, 2025), 064 (Đống Đa 26 giáo viên), 065 (Hoàn Kiếm): other editions/levels; g.sh '30 nhà giáo' -> no hit."),
    ("769_0362b5a175b0", "not_found",
     "Từ Quỹ Vì người nghèo năm 2018, Ủy ban MTTQ Việt Nam huyện Cư M'gar đã tặng 20 con bò sinh sản cho hộ nghèo.",
     "769 shows one family receiving a cow (photo caption), no count; its only figure is '100% cán bộ, đoàn viên, hội viên' (target). g.sh 'con bò|bò sinh sản' -> 360 (54 con bò), 460 (hơn 70), 468 (40, Hà Nội 2023): other places/years; g.sh '20 con bò' -> no hit."),
    ("771_462f2b2f6129", "not_found",
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 có 16 đội tham gia.",
     "771 only announces the tournament ('LĐLĐ tỉnh phối hợp tổ chức Giải bóng đá nam ... năm 2024'), no team count; its '95' figures are the anniversary / headline. g.sh 'bóng đá' -> 046 (Cúp LĐTĐ 2015, 18 đội), 182, 336: other events; g.sh '16 đội' -> only 727 ('16 đội hình thanh niên', Mùa hè xanh)."),
    ("499_a6b3abf9d8de", "not_found",
     "Năm 2023, LĐLĐ tỉnh Phú Yên phấn đấu thành lập mới 30 công đoàn cơ sở.",
     "499 names the goal 'tập trung phát triển đoàn viên, thành lập công đoàn cơ sở' with no number. g.sh 'Phú Yên' -> 499 and corpus 001 (tourism); g.sh '30 công đoàn cơ sở|30 CĐCS' -> only 023 ('30/30 Công đoàn cơ sở', CĐ ngành NN&PTNT Hà Nội)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), len({r[0] for r in rows}), "pages")


if __name__ == "__main__":
    main()
