#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (pages of dev batches 1-30)."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 006: Đại hội Công đoàn Cơ quan LĐLĐ TP Hà Nội lần VII
    ("006_5c0bf85368cc", "supported",
     "Đại hội Công đoàn Cơ quan Liên đoàn Lao động TP Hà Nội lần thứ VII, nhiệm kỳ 2023-2028, có 99 đại biểu chính thức tham dự.",
     "006_5c0bf85368cc: 'dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố'"),
    ("006_5c0bf85368cc", "differs",
     "Các đại biểu dự Đại hội Công đoàn Cơ quan LĐLĐ Thành phố lần thứ VII đại diện cho hơn 600 đoàn viên của cơ quan.",
     "006_5c0bf85368cc: 'đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố' (523, not hơn 600). g.sh '600 đoàn viên' -> only 347 (hiến máu TP HCM) and 991 (gần 600 đoàn viên khó khăn TP HCM), other things"),
    # ---------------- 068: Hội thi thợ giỏi CNLĐ các KCN&CX Hà Nội lần VIII 2022
    ("068_61646234850c", "differs",
     "Hội thi thợ giỏi công nhân lao động các KCN&CX Hà Nội lần thứ VIII năm 2022 có một trăm ba mươi công nhân tham gia tranh tài.",
     "068_61646234850c (title + body heading): '109 CNLĐ tham gia Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII' (109, not 130). g.sh '130 (CNLĐ|công nhân|thí sinh|người)' -> nothing"),
    ("068_61646234850c", "not_found",
     "Hội thi thợ giỏi CNLĐ các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII năm 2022 đã trao 27 giải cho các thí sinh xuất sắc.",
     "068 counts only participants (109 CNLĐ), no prizes. g.sh 'KCN&CX.{0,200}giải|Khu công nghiệp và (C|c)hế xuất.{0,200}giải' -> nothing; g.sh 'Hội thi thợ giỏi' -> 000 seed (Hội thi thợ giỏi thành phố 2023: 363 thí sinh), 069/339 (ngành Xây dựng: 61/70 thí sinh, 21 thợ giỏi), 134 (KCN&CX lần VI 2019, no number) - other editions/organisers; prizes of the VIII edition are not counted anywhere"),
    # ---------------- 092: Đại hội Công đoàn TP Hà Nội lần XVI
    ("092_19866e76540c", "supported",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI (nhiệm kỳ 2018-2023) có sự tham gia của 550 đại biểu chính thức.",
     "092_19866e76540c: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức.' (242 gives 546 attending - attendance, a different count; 307's 545/550 is the XVII congress 2023; 812's 550 is the Party congress)"),
    ("092_19866e76540c", "not_found",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI đã bầu 55 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI, nhiệm kỳ 2018-2023.",
     "092 and 242 give delegates only. g.sh 'Ban Chấp hành.{0,150}(XVI|2018)|(XVI|2018).{0,150}Ban Chấp hành' -> 003/037/300 (hội nghị BCH khóa XVI, bầu bổ sung, no size), 103 (Đảng bộ TP Hà Nội khóa XVI: 74 đồng chí - Party, not union), 169 (CĐ Giáo dục VN khóa XV: 36), 100 (Tổng LĐLĐ khóa 12) - the size of the LĐLĐ Hà Nội BCH khóa XVI is not counted"),
    # ---------------- 110: tai nạn lao động Cống Vị
    ("110_87f2d6431ded", "supported",
     "Vụ sập tường khi sửa nhà ở ngõ 444 Đội Cấn, phường Cống Vị, quận Ba Đình làm một công nhân tử vong.",
     "110_87f2d6431ded: 'đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị, quận Ba Đình'; 'anh N đã tử vong khi đến bệnh viện'"),
    ("110_87f2d6431ded", "differs",
     "Trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị (Ba Đình), có 3 công nhân bị tường sập đổ vào người.",
     "110_87f2d6431ded: 'Xác định có hai công nhân trong quá trình sửa nhà bị tường sập đổ vào người'; 'Trong hai nạn nhân' (2, not 3). g.sh 'ba công nhân|3 công nhân' -> nothing"),
    # ---------------- 1104: HĐND tỉnh Sơn La bầu Chủ tịch UBND
    ("1104_5bd345c8ded7", "differs",
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu giữ chức Chủ tịch UBND tỉnh khóa XIV với 62 trong tổng số 67 đại biểu có mặt tán thành.",
     "1104_5bd345c8ded7: 'Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La' (67 of 67, not 62). g.sh '62/67' and 'Hoàng Quốc Khánh' -> only the 1104 line"),
    ("1104_5bd345c8ded7", "not_found",
     "Tại kỳ họp thứ tám, HĐND tỉnh Sơn La khóa XIV đã xem xét, thông qua 12 nghị quyết mới và sửa đổi, bổ sung.",
     "1104 says only 'xem xét ban hành mới và sửa đổi, bổ sung một số nghị quyết' (no number; its only figure is the 67/67 vote). g.sh 'Sơn La' -> 051 (2 Mái ấm công đoàn), 057, 707, 727, 974 (Phó Chủ tịch UBND Sơn La, QĐ 285/286) - no count of resolutions"),
    # ---------------- 1106: quà cho con CNLĐ quận Hoàng Mai, Tháng hành động vì trẻ em 2022
    ("1106_4851ef217f85", "differs",
     "Nhân Tháng hành động vì trẻ em 2022, Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em TP Hà Nội đã tặng quà cho 150 con công nhân lao động khó khăn quận Hoàng Mai.",
     "1106_4851ef217f85: 'Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em thành phố Hà Nội đã tặng quà cho 100 con công nhân lao động có hoàn cảnh khó khăn trên địa bàn quận Hoàng Mai' (100, not 150). g.sh '150 (con|suất|cháu)' -> 829 (150 suất quà học sinh), 922 (Hội LHPN Thanh Hóa) - other things"),
    ("1106_4851ef217f85", "not_found",
     "Tại chương trình, LĐLĐ quận Hoàng Mai đã khen thưởng 20 cháu là con đoàn viên bị tật nguyền vượt khó học giỏi.",
     "1106 mentions this group only in a caption ('Trao quà cho con đoàn viên, người lao động bị tật nguyền vượt khó vươn lên học giỏi') with no number; its counts are 100 suất (Trung tâm CTXH/Quỹ BTTE) and 75 suất (LĐLĐ quận) - gifts, not rewarded pupils. g.sh 'học giỏi.{0,100}(con|cháu)|(con|cháu).{0,100}học giỏi' -> 124 (194 cháu, other unit), 694 (Long An 103 học sinh giỏi), 654 (Long Biên, no number)"),
    # ---------------- 131: Mái ấm Công đoàn - Công ty MTV Môi trường đô thị Hà Nội
    ("131_9505fced1fdf", "differs",
     "Từ năm 2015 đến nay, Liên đoàn Lao động TP Hà Nội đã hỗ trợ 30 nhà “Mái ấm Công đoàn” cho công nhân khó khăn của Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "131_9505fced1fdf: 'Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty' (20, not 30). g.sh '30 nhà|ba mươi nhà|(30|ba mươi) (căn )?nhà' -> nothing"),
    ("131_9505fced1fdf", "not_found",
     "LĐLĐ Thành phố hỗ trợ 50 triệu đồng để xây nhà “Mái ấm Công đoàn” cho đoàn viên Hoàng Thị Hương, Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "131 gives no amount for chị Hoàng Thị Hương's house (only '20 nhà' since 2015 and that the building was postponed). g.sh 'Hoàng Thị Hương' -> only 131 (no money); g.sh 'Mái ấm.{0,100}Môi trường đô thị|Môi trường đô thị.{0,150}nhà' -> only 131. Other Mái ấm amounts (048: 25 triệu, Đào Bích Hà; 491: 3,5 tỉ for 103 đoàn viên in 2024) are other people; g.sh '50 triệu ... nhà|Mái ấm' -> 454 (Đà Nẵng), 520 (Trần Thị Anh) - other people too"),
    # ---------------- 151: việc làm Hà Nội 6 tháng đầu năm 2021
    ("151_77cc7b6288de", "supported",
     "Trong 6 tháng đầu năm 2021, Hà Nội đã giải quyết việc làm cho gần 100 nghìn lao động.",
     "151_77cc7b6288de: 'trong 6 tháng đầu năm 2021, toàn thành phố đã giải quyết việc làm cho gần 100.000 lao động, đạt hơn 60% kế hoạch cả năm' (098's 'gần 119.000' is 6 months of 2022; 152's 'gần 99.000' is a 2018 article)"),
    ("151_77cc7b6288de", "differs",
     "Tổng số tiền TP Hà Nội cho vay để giải quyết việc làm trong 6 tháng đầu năm 2021 là khoảng 1.800 tỷ đồng.",
     "151_77cc7b6288de: 'Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng' (1.282, not ~1.800). g.sh '1.800 tỷ|1800 tỷ' -> nothing (098's 'trên 2.090 tỷ đồng' is 2022)"),
    # ---------------- 176: Công đoàn Thủ đô phát động thi đua 2025
    ("176_48c827f6f4be", "differs",
     "Năm 2025, các cấp Công đoàn Thủ đô phát động phong trào thi đua trong công nhân, viên chức, lao động theo ba đợt.",
     "176_48c827f6f4be: 'năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt' (2, not 3). g.sh '3 đợt|ba đợt' -> only 256 (CĐCS, năm 2019 - other year/organisation)"),
    # ---------------- 207: LĐLĐ TP Hội An, Tháng công nhân 2023
    ("207_36069bd162d7", "supported",
     "Nhân Tháng công nhân 2023, LĐLĐ TP Hội An trích kinh phí hoạt động thường xuyên trao tám mươi suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn.",
     "207_36069bd162d7: 'LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn, mỗi suất 500 nghìn đồng' (642's 50 suất is Tháng hành động vì trẻ em 2022, UBND TP Hội An)"),
    ("207_36069bd162d7", "not_found",
     "Trong Tháng công nhân năm 2023, LĐLĐ TP Hội An phấn đấu kết nạp 200 đoàn viên mới.",
     "207 only says 'triển khai tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở' with no number; its figures are 2 nhà mái ấm, 80 suất quà, 40 suất quà CHIA, 10 triệu. g.sh 'Hội An' -> 207, 642 (trẻ em 2022), 1166 (khuyến học) - none counts new members; g.sh 'đoàn viên mới|phát triển.{0,30}đoàn viên' -> other provinces (666, 933, 967, 217 Thái Nguyên) only"),
    # ---------------- 236: Đại hội Công đoàn quận Đống Đa lần XIX
    ("236_8c39dd7a5f76", "supported",
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023-2028, diễn ra trong hai ngày 6 và 7/7/2023.",
     "236_8c39dd7a5f76: 'Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023 - 2028 diễn ra trong 2 ngày (ngày 6, 7/7/2023)'"),
    ("236_8c39dd7a5f76", "not_found",
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX có 250 đại biểu chính thức, đại diện cho đoàn viên công đoàn toàn quận.",
     "236 gives no delegate count (only 2 ngày, khóa numbers). g.sh 'Đống Đa.{0,100}đại biểu|đại biểu.{0,100}Đống Đa' -> nothing; g.sh 'Đống Đa.{0,60}(XIX|2023 - 2028|2023-2028)' -> only 236. Delegate counts elsewhere (006: 99, 092: 550, 242: 546, 307: 545/550, and g.sh '250 đại biểu' -> 1210: 250 đại biểu of Đại hội Công đoàn Y tế Việt Nam lần XIV, also 2 ngày in July 2023) are other congresses"),
    # ---------------- 242: Long Biên quán triệt Nghị quyết Đại hội XVI
    ("242_5bc709367c4a", "differs",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI, tổ chức từ 23 đến 25/4/2018 tại Cung Văn hóa Lao động Hữu nghị Việt Xô, có khoảng 650 đại biểu tham dự.",
     "242_5bc709367c4a: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI được tổ chức ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu' (also 092: 550 đại biểu chính thức) - 546/550, not ~650. g.sh '650 đại biểu' -> nothing"),
    ("242_5bc709367c4a", "not_found",
     "Hội nghị quán triệt Nghị quyết Đại hội XVI Công đoàn Thành phố do LĐLĐ quận Long Biên tổ chức có 120 chủ tịch công đoàn cơ sở tham dự.",
     "242 does not count conference participants ('các đồng chí là chủ tịch công đoàn cơ sở tích cực tham gia thảo luận', no number); its only figure is 546 đại biểu of the city congress; '43 gia đình' is a related-article teaser. g.sh 'Long Biên' -> 000/002/003 seeds, 005, 057 (gần 500 CNLĐ về quê), 059 (1.500 áo dài, 95 CĐCS) - other occasions"),
    # ---------------- 352: Chu Ngọc Anh tái đắc cử Chủ tịch UBND TP Hà Nội
    ("352_557f7c6c45b0", "supported",
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND TP Hà Nội nhiệm kỳ 2021-2026 với gần 98% số phiếu của đại biểu HĐND thành phố.",
     "352_557f7c6c45b0: 'tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 với số phiếu 92/94 (chiếm 97,87%)'; same in 581"),
    ("352_557f7c6c45b0", "differs",
     "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, ông Chu Ngọc Anh được bầu lại làm Chủ tịch UBND thành phố với 89/94 phiếu tán thành.",
     "352_557f7c6c45b0: 'với số phiếu 92/94 (chiếm 97,87%)'; 581: 'với 92/94 đại biểu có mặt tán thành bằng phiếu kín' (92, not 89). g.sh '89/94' -> nothing"),
    # ---------------- 373: trao quyết định bổ nhiệm lãnh đạo sở
    ("373_5a66bb740f57", "supported",
     "Chiều 22/1, Chủ tịch UBND TP Hà Nội Chu Ngọc Anh đã trao quyết định giao nhiệm vụ mới cho hai lãnh đạo sở của thành phố.",
     "373_5a66bb740f57: 'Phát biểu giao nhiệm vụ cho 2 lãnh đạo sở, ông Chu Ngọc Anh chúc mừng hai 2 lãnh đạo sở trên nhận nhiệm vụ mới' (Sở TN&MT and Sở Công Thương)"),
    # ---------------- 395: Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam
    ("395_89358d4aa43a", "supported",
     "Bộ Công Thương đã phối hợp các bộ, ngành, địa phương thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” với năm nội dung trọng tâm.",
     "395_89358d4aa43a: 'Bộ Công Thương đã phối hợp với các ban, bộ, ngành và các địa phương thực hiện đồng bộ Cuộc vận động. Trong đó, tập trung vào 5 nội dung trọng tâm: (i) ... (v)'"),
    # ---------------- 517: Chương trình 1 triệu sáng kiến (toàn quốc, hơn 140 ngày)
    ("517_afee7999e666", "supported",
     "Sau hơn 140 ngày thực hiện Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam, các cấp công đoàn cả nước đã có gần 697 nghìn sáng kiến.",
     "517_afee7999e666: 'Trong hơn 140 ngày thực hiện Chương trình “1 triệu sáng kiến ...” ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (the Hà Nội figures in 003/177/002 - 200.000, 14.791 - are one city, not the country)"),
    ("517_afee7999e666", "differs",
     "Trong hơn 140 ngày triển khai Chương trình “1 triệu sáng kiến”, công đoàn cả nước đạt gần 300% chỉ tiêu kế hoạch đề ra.",
     "517_afee7999e666: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (232,3%, not gần 300%). g.sh 'sáng kiến.{0,100}(triệu|%)|232' -> 177 (Hà Nội: 216% of its own target), 517 only; no 300%"),
    # ---------------- 542: Tết sum vầy - Xuân bình an 2022, thị xã Hoàng Mai (Nghệ An)
    ("542_2bc2120ebb1a", "supported",
     "Tại chương trình “Tết sum vầy - Xuân bình an” năm 2022 ở thị xã Hoàng Mai, Liên đoàn Lao động tỉnh đã tặng 200 suất quà cho công nhân lao động thuộc LĐLĐ thị xã.",
     "542_2bc2120ebb1a: 'LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai'"),
    ("542_2bc2120ebb1a", "differs",
     "Chương trình “Tết sum vầy - Xuân bình an” 2022 do LĐLĐ thị xã Hoàng Mai tổ chức đã trao tổng cộng 350 suất quà cho công nhân lao động khó khăn.",
     "542_2bc2120ebb1a: 'Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn' (285 = 75 + 200 + 10, not 350). g.sh '350 suất|350 phần' -> nothing"),
    # ---------------- 608: Hội Chữ thập đỏ tỉnh, tổng kết năm 2023
    ("608_5c8141ecc09d", "supported",
     "Năm 2023, từ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, vượt kế hoạch.",
     "608_5c8141ecc09d: 'có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch' (province not named on the page)"),
    ("608_5c8141ecc09d", "differs",
     "Theo hội nghị tổng kết của Hội Chữ thập đỏ tỉnh ngày 15/1/2024, năm 2023 có trên 25 nghìn người đăng ký hiến máu tình nguyện.",
     "608_5c8141ecc09d: 'có trên 15 nghìn người đăng ký hiến máu tình nguyện' (trên 15 nghìn, not trên 25 nghìn). g.sh '25 nghìn|25.000 người' -> nothing"),
    # ---------------- 749: LĐLĐ TP Cần Thơ thăm, tặng quà trực Tết (16/2/2026)
    ("749_cd48852c43bc", "differs",
     "Tại Bệnh viện Đa khoa Sóc Trăng, Phó Chủ tịch LĐLĐ TP Cần Thơ Trần Ngọc Mỹ trao 50 phần quà cho y, bác sĩ, nhân viên y tế đang trực Tết.",
     "749_cd48852c43bc: 'Tại Bệnh viện Đa khoa Sóc Trăng, bà Trần Ngọc Mỹ, Phó Chủ tịch LĐLĐ TP Cần Thơ, trao 30 phần quà cho đội ngũ cán bộ, y - bác sĩ, nhân viên y tế đang trực Tết' (30, not 50). g.sh '50 phần quà|năm mươi phần' -> 925, 1001 only (other provinces/occasions)"),
    ("749_cd48852c43bc", "not_found",
     "Chương trình thăm, tặng quà người lao động trực Tết, trực giao thừa ngày 29 tháng Chạp của LĐLĐ TP Cần Thơ có tổng trị giá 180 triệu đồng.",
     "749 counts gifts only (20, 30, 130 phần quà), never their value. g.sh '180 triệu' -> 907 only (Chữ thập đỏ, 12 Hội). g.sh 'Cần Thơ.{0,200}(triệu đồng|tổng)' -> nothing; g.sh 'Sóc Trăng|Sương Mai' -> 749 and 662 (CĐCS Sở Công Thương Sóc Trăng, no money)"),
    # ---------------- 765: LĐLĐ tỉnh Gia Lai tổng kết năm 2020
    ("765_7c01839cdb34", "differs",
     "Năm 2020, các công đoàn cơ sở tỉnh Gia Lai đã chăm lo cho đoàn viên, người lao động dịp lễ, Tết và đại dịch Covid-19 với tổng số quà, hiện vật và tiền trị giá khoảng 5 tỷ đồng.",
     "765_7c01839cdb34: 'với tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng' (gần 3 tỷ, not ~5 tỷ). g.sh '5 tỷ|5 tỉ|năm tỷ' -> 038 (Hà Nội), 451, 500 etc. - none about Gia Lai"),
    ("765_7c01839cdb34", "not_found",
     "Trong năm 2020, LĐLĐ tỉnh Gia Lai đã kết nạp 3.500 đoàn viên công đoàn mới.",
     "765 counts 24/24 chỉ tiêu and gần 3 tỷ đồng, not new members. g.sh 'Gia Lai' -> 646, 681 (Chữ thập đỏ 100 suất quà 2026), 745, 748 (92 suất quà), 902, 974 - none counts Gia Lai new members in 2020; g.sh 'đoàn viên mới|phát triển.{0,30}đoàn viên' -> other provinces only"),
    # ---------------- 977: Huyện ủy Vĩnh Lợi trao quyết định công tác cán bộ
    ("977_59366ad5b827", "differs",
     "Chiều 8/9, Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho 5 đồng chí.",
     "977_59366ad5b827: 'Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới' (3, not 5). g.sh 'Vĩnh Lợi' -> 977 and 996 (Chiến khu Vĩnh Lợi, other thing); g.sh '5 đồng chí' -> other bodies only"),
    # ---------------- 980: Hội LHPN Việt Nam bầu Chủ tịch Lê Thị Thủy
    ("980_cd45ce45629c", "supported",
     "Tại Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy làm Chủ tịch Hội.",
     "980_cd45ce45629c: 'Sau khi thảo luận và biểu quyết, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII' (594's 100% is the 2022 vote for Hà Thị Nga)"),
    ("980_cd45ce45629c", "not_found",
     "Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội LHPN Việt Nam nhiệm kỳ 2022-2027 có 145 ủy viên Ban Chấp hành có mặt để bầu bà Lê Thị Thủy.",
     "980 gives only a share (100% Ủy viên ... có mặt), not how many were present. g.sh 'Lê Thị Thủy' -> only 980; g.sh 'Liên hiệp Phụ nữ Việt Nam.{0,200}(ủy viên|Ủy viên)' -> 027, 593, 594 (2022 vote, 100%), 980 - no head count"),
]

def nfc(s):
    return unicodedata.normalize("NFC", s)

def main():
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    rows = sorted(CLAIMS, key=lambda r: r[0])
    seen = {}
    for r in rows:
        assert r[1] in ("supported", "differs", "not_found"), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
        seen[r[0]] = seen.get(r[0], 0) + 1
        assert seen[r[0]] <= 2, r[0]
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts, len(seen), "pages")

if __name__ == "__main__":
    main()
