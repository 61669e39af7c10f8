#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---- 067 LĐLĐ quận Ba Đình, Túi An sinh Công đoàn
    ("067_4afc4a1630dc", "supported",
     "Trong đợt đầu ngày 23/8, LĐLĐ quận Ba Đình đã trao bốn mươi ba “Túi An sinh Công đoàn” cho lao động tự do đang thuê trọ trên địa bàn quận.",
     "067: \"trao hỗ trợ 43 “Túi An sinh Công đoàn” cho lao động tự do đang thuê trọ trên địa bàn quận\" (Trong đợt đầu tổ chức vào ngày 23/8). Spelled-out 43."),
    ("067_4afc4a1630dc", "differs",
     "Ở lần trao thứ hai tại sân Trường Tiểu học Ba Đình, Liên đoàn Lao động quận Ba Đình đã trao khoảng 190 suất quà nhu yếu phẩm cho đoàn viên, người lao động.",
     "067: \"Đây là lần thứ hai ... Tại địa điểm sân Trường Tiểu học Ba Đình, LĐLĐ quận đã trao 147 suất quà\". 190 vs 147. g.sh 'Ba Đình.{0,80}(túi|suất)' only 067; g.sh '17[0-9] suất|190 suất' no hit."),
    # ---- 1089 Hội Nông dân tỉnh Tiền Giang
    ("1089_a96f4067d307", "supported",
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX, nhiệm kỳ 2023-2028 có 270 đại biểu tham dự.",
     "1089: \"cùng với 270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang\"."),
    ("1089_a96f4067d307", "differs",
     "Đại hội Hội Nông dân tỉnh Tiền Giang lần thứ IX đã bầu 29 ủy viên vào Ban Chấp hành khóa IX, nhiệm kỳ 2023-2028.",
     "1089: \"Bầu 33 Ủy viên Ban Chấp hành khóa IX\" / \"gồm 33/35 Ủy viên (khuyết 2 Ủy viên)\". 29 vs 33. g.sh '29 (Ủy|ủy) viên' no hit; 'Hội Nông dân' elsewhere only Nghệ An (985), Bắc Giang (1103), national (842)."),
    # ---- 1108 LĐLĐ huyện Thới Lai
    ("1108_dc5ce910e1da", "differs",
     "Khoảng 500 đoàn viên, CNVCLĐ đã được Liên đoàn Lao động huyện Thới Lai huy động dự mít tinh, diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 18 năm 2016.",
     "1108: \"Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành\". 500 vs 300. g.sh 'Thới Lai' only 1108; '500 (lực lượng|đoàn viên)' hits are other orgs (262 5.500, 547, 968)."),
    ("1108_dc5ce910e1da", "not_found",
     "Hưởng ứng Tuần lễ quốc gia An toàn vệ sinh lao động - Phòng chống cháy nổ lần thứ 19 năm 2017, LĐLĐ huyện Thới Lai huy động 300 đoàn viên, CNVCLĐ dự mít tinh.",
     "Near-miss edition/year: 1108 counts the 300 for the 18th week, 2016 (\"lần thứ 18 năm 2016\"). g.sh 'Thới Lai' hits only 1108; nothing for lần thứ 19 / 2017 in Thới Lai."),
    # ---- 1194 LĐLĐ quận Thốt Nốt
    ("1194_7d78d6932b24", "supported",
     "Sáng 28/5/2023, hơn một trăm công nhân lao động ở mô hình nhà trọ an toàn và khu công nghiệp Thốt Nốt được Liên đoàn Lao động quận Thốt Nốt tuyên truyền phòng chống ma túy, tội phạm.",
     "1194: \"trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền\" (sáng ngày 28/5/2023). trên 100 ~ hơn một trăm."),
    # ---- 1205 CĐCS Trường Mầm non Sơn Ca 10
    ("1205_8824486ce1df", "differs",
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028, tổ chức ngày 7/4/2023, có 62 công đoàn viên tham dự.",
     "1205: \"Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10\" (Ngày 07/4/2023 ... Đại hội Công đoàn nhiệm kỳ 2023-2028). 62 vs 42. g.sh 'Sơn Ca' only 1205; '62 công đoàn viên|62 đoàn viên' hits 142 (862, Bắc Từ Liêm) and 1022 (another huyện) only."),
    # ---- 1210 Công đoàn Y tế Việt Nam, Đại hội XIV
    ("1210_f54349fbf825", "supported",
     "Các đại biểu dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028 đại diện cho hơn 51.000 đoàn viên, công nhân, viên chức, lao động ngành Y tế.",
     "1210: \"250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên, công nhân, viên chức, lao động ngành Y tế đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV\"."),
    ("1210_f54349fbf825", "differs",
     "Hơn 350 đại biểu đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV trong hai ngày 19 và 20/7/2023.",
     "1210: \"trong 2 ngày 19 và 20/7/2023, 250 đại biểu ưu tú ... đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV\". hơn 350 vs 250. g.sh 'Y tế Việt Nam' other pages: 810 (34 đại biểu ngành Y tế dự Đại hội XIII CĐVN), 1182 (40.455 đoàn viên 2016), corpus 001/002 - none count delegates of the XIV congress."),
    # ---- 1213 học bổng, LĐLĐ TPHCM
    ("1213_9f9593bce75e", "supported",
     "Chương trình học bổng dành cho học sinh là con công nhân lao động, học sinh khó khăn ở TPHCM đã được triển khai gần ba mươi năm.",
     "1213: \"Chương trình học bổng được triển khai gần 30 năm qua, hỗ trợ học sinh là con công nhân lao động hoặc có hoàn cảnh khó khăn trên địa bàn\"."),
    ("1213_9f9593bce75e", "differs",
     "Đến nay, chương trình học bổng cho con công nhân lao động, học sinh hoàn cảnh khó khăn mà Liên đoàn Lao động TPHCM đồng hành đã trao hơn 6.000 suất học bổng.",
     "1213: \"Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học\". hơn 6.000 vs hơn 4.000. g.sh '6\\.000 suất|6 nghìn suất' only 107 (6.000 suất quà 0 đồng, other thing)."),
    # ---- 242 Đại hội XVI Công đoàn TP Hà Nội
    ("242_5bc709367c4a", "differs",
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, diễn ra từ 23 đến 25/4/2018 tại Cung Văn hóa Lao động Hữu nghị Việt Xô, có hơn 650 đại biểu tham dự.",
     "242: \"Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI được tổ chức ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu\". hơn 650 vs 546. g.sh '650 đại biểu' no hit; 299 (same congress) states no delegate count; 288 has 548 for the XVIII congress (other edition)."),
    # ---- 265 Sáng - Xanh - Sạch - Đẹp
    ("265_98024dc6bc76", "supported",
     "LĐLĐ TP Hà Nội đặt chỉ tiêu 100% cán bộ, đoàn viên, công nhân viên chức lao động được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp” của Thành phố.",
     "265: \"LĐLĐ Thành phố đề ra chỉ tiêu 100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp” của Thành phố\"."),
    ("265_98024dc6bc76", "differs",
     "Theo kế hoạch của Liên đoàn Lao động Thành phố Hà Nội, chỉ tiêu là 80% công đoàn cơ sở phối hợp với người đứng đầu đơn vị tổ chức ít nhất một hoạt động cụ thể triển khai phong trào “Sáng - Xanh - Sạch - Đẹp”.",
     "265: \"100% Công đoàn cơ sở đề xuất, phối hợp với người đứng đầu cơ quan, đơn vị, doanh nghiệp tổ chức ít nhất 1 hoạt động cụ thể triển khai phong trào “Sáng - Xanh - Sạch - Đẹp”\". 80% vs 100%. g.sh '80% công đoàn cơ sở|80% CĐCS' no hit; 'Sáng - Xanh' elsewhere only 547, 782 (Đoàn TN, no CĐCS %)."),
    # ---- 293 Quỹ Tấm lòng Vàng
    ("293_6795f91644c4", "differs",
     "Quỹ Tấm lòng Vàng Lao Động hỗ trợ 25 triệu đồng cho mỗi tỉnh để mua quà tặng công nhân lao động trong chương trình chăm lo chào mừng Đại hội XII của Đảng.",
     "293: \"Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ\". 25 triệu vs 15 triệu. g.sh '25 triệu đồng|25\\.000\\.000' hits (048, 163, 545, 793) are unrelated; 'Tấm lòng Vàng|đ/tỉnh|mỗi tỉnh' no other per-province figure."),
    # ---- 343 Sóc Sơn
    ("343_5b2e15f18b4a", "supported",
     "Nguyễn Thị Anh Thơ, học sinh lớp 12D1 Trường THPT Sóc Sơn, là người lập và làm Chủ nhiệm Câu lạc bộ Tiếng Anh của trường với 87 thành viên.",
     "343: \"Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên\"."),
    ("343_5b2e15f18b4a", "differs",
     "Ngày 10/5/2023, Huyện ủy Sóc Sơn đã ban hành 5 quyết định kết nạp Đảng cho học sinh THPT trên địa bàn huyện.",
     "343: \"ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng\" (title: 3 học sinh THPT). 5 vs 3. g.sh 'Sóc Sơn.{0,60}kết nạp|kết nạp Đảng' other hit only 621 (352 chị, Hội LHPN another huyện)."),
    # ---- 503 Tháng Nhân đạo 2022
    ("503_ee4c6ffbff68", "supported",
     "Lễ phát động Tháng Nhân đạo năm 2022 ở Thừa Thiên Huế có sự tham dự của lãnh đạo Hội Chữ thập đỏ mười lăm tỉnh, thành phố khu vực miền Trung.",
     "503: \"lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân và Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung\" (Lễ phát động ... tại ... Thừa Thiên Huế). Spelled-out 15."),
    ("503_ee4c6ffbff68", "not_found",
     "Tháng Nhân đạo năm 2022 do Trung ương Hội Chữ thập đỏ Việt Nam phát động đặt mục tiêu có ít nhất 75 công trình nhân đạo.",
     "Near-miss year: 406 states this target for 2021 (\"Tháng Nhân đạo năm 2021 ... phấn đấu có ít nhất 75 công trình nhân đạo\"). g.sh 'công trình nhân đạo': 460 (Hà Nội 2022: trên 30 công trình, other org), 907 (a province), 603 - no national 2022 target; 503 and 506 (2022) give no such count."),
    # ---- 604 Công đoàn Bộ Công Thương
    ("604_1de7b8f3d430", "supported",
     "Hội nghị kết nối cung cầu hàng Việt Nam do Công đoàn Bộ Công Thương phối hợp với Vụ Thị trường trong nước tổ chức ngày 11/12 có hơn 100 đại biểu tham dự.",
     "604: \"Sáng ngày 11/12, tại Hà Nội, Công đoàn Bộ Công Thương phối hợp với Vụ Thị trường trong nước tổ chức Hội nghị kết nối cung cầu hàng Việt Nam ... cùng hơn 100 đại biểu\"."),
    # ---- 690 Quỹ Vì người nghèo (TTH.VN, Mặt trận 3 cấp)
    ("690_827366894f5d", "supported",
     "Từ ngày 1/9/2020 đến 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận ba cấp trong tỉnh thu được gần 11 tỷ đồng.",
     "690: \"từ 1/9/2020 - 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng\". (Page names the province only as 'tỉnh' / TTH.VN, so the claim does not name it.) Nearby: 468 Hà Nội 'trao hỗ trợ an cư ... trị giá gần 11 tỷ đồng' is another place and another thing (support handed out, not fund collected)."),
    ("690_827366894f5d", "differs",
     "Trong giai đoạn 1/9/2020 - 31/8/2021, Ban vận động Quỹ “Vì người nghèo” các cấp của tỉnh đã chi khoảng 6,5 tỷ đồng để xóa nhà tạm, hỗ trợ vốn, khám chữa bệnh và học tập cho người nghèo.",
     "690: \"đã sử dụng để giúp đỡ cho người nghèo trong việc xóa nhà tạm, xây dựng nhà đại đoàn kết, hỗ trợ vốn sản xuất, khám chữa bệnh, hỗ trợ học tập... với số tiền khoảng 8,8 tỷ đồng\". 6,5 vs 8,8 tỷ. g.sh '6,5 tỷ' no hit."),
    # ---- 724 Khối thi đua LĐLĐ các huyện, Hải Phòng
    ("724_1221291fc5c2", "differs",
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ TP Hải Phòng phấn đấu thực hiện mười nhiệm vụ trọng tâm.",
     "724: \"Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm\". 10 vs 8. g.sh '10 nhiệm vụ|mười nhiệm vụ' no hit; 590 (Khối thi đua LĐLĐ quận, 2020) gives no task count."),
    # ---- 965 Đại hội Công đoàn tỉnh Tuyên Quang XVII
    ("965_f94f0c950eb5", "differs",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 diễn ra trong ba ngày tại Trung tâm Hội nghị tỉnh.",
     "965: \"Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028 sẽ diễn ra trong 2 ngày (28 và 29/9/2023) tại Trung tâm Hội nghị tỉnh\". 3 vs 2 days. g.sh 'Tuyên Quang' other hits 532 (lần thứ I, 2025-2030, no duration), 727; '3 ngày|ba ngày' hits are other events (299 Hà Nội XVI, 782 Yên Bái ...)."),
    ("965_f94f0c950eb5", "not_found",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức dự.",
     "965 gives no delegate count (only '2 ngày', dates, 'Tổ số 02'). g.sh 'Tuyên Quang.{0,150}đại biểu' no hit; '250 đại biểu' only 1210 (Công đoàn Y tế Việt Nam, another congress); 532 is the 2025-2030 congress."),
    # ---- not_found on pages with no usable body figure
    ("030_339b34c5631f", "not_found",
     "Công đoàn ngành GTVT Hà Nội đã tuyên dương 70 Công nhân giỏi tiêu biểu năm 2021.",
     "030 has no count (caption 'biểu dương Công nhân giỏi'). Near-miss year: 017 counts \"tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024\"; 015 mentions Công nhân giỏi năm 2021 only in a caption, no count. g.sh 'GTVT Hà Nội|Giao thông vận tải Hà Nội'."),
    ("105_d8f28f283391", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 16 đồng chí.",
     "105 lists Bí thư + Phó bí thư, no Ban Thường vụ size. Near-miss term: 103 \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đ...\" (2015-2020). 812/813 (khóa XVIII) say Ban Thường vụ was elected but give no size. g.sh 'Ban Thường vụ Thành ủy.{0,100}[0-9]|[0-9]+ (đồng chí|ủy viên).{0,60}Ban Thường vụ'."),
    ("178_166cc048757e", "not_found",
     "Tọa đàm “Dân vận khéo” gắn với thi đua sáng kiến, sáng tạo trong CNVCLĐ quận Nam Từ Liêm năm 2022 thu hút 150 đại biểu tham dự.",
     "178 gives no attendance (only '132 năm ngày sinh'). g.sh 'Dân vận khéo' only 178; 'Nam Từ Liêm.{0,100}(đại biểu|người)' no hit; '150 đại biểu' no hit."),
    ("226_14e851aaa03f", "not_found",
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, hỗ trợ 215 đoàn viên ốm đau, có hoàn cảnh khó khăn.",
     "226 has no count for quý III. g.sh 'Ngành Y tế Hà Nội.{0,200}[0-9]+ (đoàn viên|trường hợp|lượt)' no hit; '215 đoàn viên' no hit. Nearby: 118 (quý IV 2019) counts 3.225 cá nhân biểu dương Người tốt việc tốt - another counted noun; 144 gives 15 triệu to one family."),
    ("291_a74887047e6b", "not_found",
     "Mỗi cán bộ công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được thưởng 30 triệu đồng.",
     "No prize money anywhere. g.sh 'Nguyễn Văn Linh' hits 056 (63 đề cử, 10 đồng chí, 6/2/2 breakdown) and 291 teaser (10 cán bộ) - counts of people, not money; 'Nguyễn Văn Linh.{0,200}triệu' only '1 triệu sáng kiến' (corpus 002). '30 triệu đồng' hits are Mái ấm/bonus items."),
    ("402_eeb7fa7db79a", "not_found",
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 sẽ tôn vinh 100 Chủ tịch Hội cơ sở.",
     "402 gives no honoree count (only 93 năm, dates 17-19/10/2023). 401 (Hà Nội's own 2023 program) also gives none. g.sh 'Chủ tịch Hội.{0,60}[0-9]{2,}|[0-9]{2,}.{0,30}Chủ tịch Hội' no relevant hit."),
    ("573_cc985cab2d28", "not_found",
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 11 ủy viên.",
     "573 has no count (only dates, plan numbers). g.sh 'Vĩnh Phúc' other hits 067 (a phường), 683 (Hội Chữ thập đỏ 2025); '11 (ủy|Ủy) viên' only 023 (211 Ủy viên, other)."),
    ("787_47b1d60ede23", "not_found",
     "Chương trình “Tết Sum vầy” năm 2021 của Tổng LĐLĐ Việt Nam có tổng số tiền tặng đoàn viên, người lao động khoảng 3.050 tỷ đồng.",
     "787 (Tết Tân Sửu 2021 plan) has no money figure. Near-miss year: 279 \"Chương trình “Tết sum vầy” năm 2019 ... tổng số tiền ... là 3.052,6 tỷ đồng\"; 161 (2024: gần 1.022 tỷ), 102 (9 mùa 2015-2024: 10.617 tỷ), 968 (one province, 13,4 tỉ). g.sh 'Tết Sum vầy.{0,200}tỷ', 'Sum vầy.{0,80}2021|Tân Sửu'."),
    ("845_7071fa2d23e6", "not_found",
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2020-2025 có 450 đại biểu chính thức tham dự.",
     "845 gives only dates (11-13/10/2020); 366 (same congress opening) gives no delegate count. g.sh 'XVII.{0,150}đại biểu|đại biểu.{0,100}Đảng bộ (thành phố|TP) Hà Nội': 812 counts 550 for the XVIII congress (other edition), 714/713/288 other bodies; '450 đại biểu' no hit."),
]


def main():
    rows = []
    for page, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        why = why.replace('"', "'")  # keep the TSV free of csv quoting
        row = [unicodedata.normalize("NFC", x) for x in (page, verdict, claim, why)]
        assert not any(c in x for x in row for c in "\t\n\r\""), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen62/claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows), len({r[0] for r in rows}), "pages")
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per


if __name__ == "__main__":
    main()
