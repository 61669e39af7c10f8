#!/usr/bin/env python3
"""Build claims.tsv for the unseen80 blind claim set (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("027_18d8fbebbd64", S,
     "Tại hội nghị tôn vinh nữ cán bộ Công đoàn Thủ đô, Trưởng ban Nữ công LĐLĐ Thành phố Bùi Thanh Giang đọc diễn văn kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
     "027: 'Phát biểu diễn văn kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023) ... đồng chí Bùi Thanh Giang, Ủy viên Ban Thường vụ, Trưởng ban Nữ công LĐLĐ Thành phố'. (Other '93 năm' hits, e.g. 401/402, are the same anniversary, and 303/644/721 are about other organisations.)"),
    ("046_6c553dd46b50", S,
     "Giải bóng đá mini CNVCLĐ và lực lượng vũ trang - Cúp Báo Lao động Thủ đô lần thứ nhất năm 2015 có mười tám đội bóng tham gia tranh tài.",
     "046: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài'; also 'cùng 18 đội bóng'. Title: 'Cúp Báo Lao động Thủ đô lần thứ I năm 2015'. Spelled-out 'mười tám' = 18."),
    ("091_e664206785ba", S,
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ tổng cộng 15 triệu đồng cho cô giáo Hoàng Thị Nga (Mỹ Đức) và thầy giáo Đoàn Mạnh Cường (Ba Vì) đang mắc bệnh hiểm nghèo.",
     "091: 'Tại buổi tới thăm, Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng.' (teachers named in the body). Other '15 triệu' hits (144: Công đoàn ngành Y tế) are other occasions."),
    ("1090_69990cd1ff80", S,
     "Tính đến ngày 31/3/2022, gần 63% Hội Cựu chiến binh cơ sở ở Đồng Nai đã tổ chức thành công đại hội nhiệm kỳ 2022-2027.",
     "1090 (Báo Đồng Nai): 'tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)'. 'gần 63%' ~ 62,88%."),
    ("163_bfaf6270108f", S,
     "Theo Sở Nội vụ Hà Nội, thưởng Tết Nguyên đán Bính Ngọ bình quân tại các doanh nghiệp trên địa bàn đạt 3 triệu 920 nghìn đồng mỗi người.",
     "163: 'Mức thưởng Tết Nguyên đán bình quân đạt 3,92 triệu đồng/người' (Sở Nội vụ Hà Nội, Tết Bính Ngọ). 886 is a national/other-province Bính Ngọ report with no Hanoi average."),
    ("239_537243f63a13", S,
     "Có 191 đại biểu chính thức dự Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023-2028.",
     "239: 'Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028 ... với sự tham dự của 191 đại biểu' and '191 đại biểu chính thức dự đại hội'."),
    ("330_366ec9c69fea", S,
     "Anh Nghiêm Mạnh Hoành, công nhân Công ty CP Xích líp Đông Anh được lãnh đạo LĐLĐ TP Hà Nội thăm hỏi ngày 22/5/2025, bị hỏng mắt trái với tỷ lệ thương tật 41%.",
     "330: 'anh Nghiêm Mạnh Hoành (bị chấn thương hỏng mắt trái, tỷ lệ thương tật 41%)'. The other worker (Hoàng Xuân Lộc) is 51%."),
    ("399_3e8e3ba51bc4", S,
     "Gần 270 đại biểu đã dự phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025.",
     "399: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên chính thức với sự tham dự của 268 đại biểu'. 'gần 270' ~ 268."),
    ("456_3f33960fbf03", S,
     "Trong Tháng Công nhân năm 2017, Liên đoàn Lao động tỉnh đã trao ba mươi mốt căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "456: 'trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí ... gần 1 tỷ đồng'. The page never names the province (only huyện Châu Thành, xã Bình Trưng / Đông Hòa), so the claim keeps 'LĐLĐ tỉnh'."),
    ("547_7c40b99db422", S,
     "Chiến dịch Thanh niên tình nguyện hè năm 2023 do Tỉnh đoàn triển khai, với điểm nhấn tại xã biên giới Tr'hy, huyện Tây Giang, đã trồng mới hơn 165 nghìn cây xanh.",
     "547: 'Trồng mới 165.214 cây xanh' (chiến dịch thanh niên tình nguyện hè năm 2023, 'Toàn tỉnh'; Tr'hy, huyện Tây Giang). 'hơn 165 nghìn' ~ 165.214. Page does not name the province."),
    ("576_79a602ffcfd7", S,
     "Tại lễ kỷ niệm Ngày thành lập Công đoàn Việt Nam tối 28/7, LĐLĐ quận Thủ Đức (TP HCM) đã trao Kỷ niệm chương 'Vì sự nghiệp xây dựng tổ chức Công đoàn' cho 10 cán bộ công đoàn.",
     "576: 'LĐLĐ quận Thủ Đức, TP HCM đã tổ chức kỷ niệm 90 năm ngày thành lập Công đoàn (CĐ) Việt Nam và trao Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức CĐ\" cho 10 cán bộ CĐ'."),
    ("770_b184affa4cbf", S,
     "Tại lễ phát động Tháng cao điểm 'Vì người nghèo' năm 2021 của thị xã Phổ Yên (Thái Nguyên), 190 tổ chức, cá nhân đã trực tiếp tham gia ủng hộ.",
     "770: 'Theo đó có 190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng' (T.X Phổ Yên, Tháng cao điểm 'Vì người nghèo' năm 2021)."),
    ("930_456c87ad3771", S,
     "Bốn trong số các đoàn viên được Liên đoàn Lao động tỉnh trao hỗ trợ Mái ấm Công đoàn chiều 25/5/2021 là công nhân Công ty Cổ phần Vĩnh Hoàn.",
     "930: 'Trong số được trao hỗ trợ lần này có 04 trường hợp là đoàn viên, công nhân làm việc tại Công ty Cổ phần Vĩnh Hoàn, 03 trường hợp là đoàn viên trực thuộc Công đoàn Viên chức.' 'Bốn' = 04."),

    # ---------------- differs ----------------
    ("003_c1f428e54ea5", D,
     "Ngày 16/12, Hội nghị Ban Chấp hành LĐLĐ TP Hà Nội khóa XVI, kỳ họp thứ 13, đã bầu đồng chí Nguyễn Phi Thường giữ chức Chủ tịch LĐLĐ Thành phố.",
     "003: 'sáng nay, 16/12, ... Liên đoàn Lao động Thành phố tổ chức hội nghị Ban Chấp hành khóa XVI, kỳ họp thứ 11 để bầu bổ sung ... chức danh Chủ tịch' (Nguyễn Phi Thường). Claim says 13. g.sh 'kỳ họp thứ (7|bảy|13|mười ba)' -> nothing. (037: the 8/6 meeting electing Bùi Huyền Mai is 'kỳ họp thứ 9', another occasion.)"),
    ("091_e664206785ba", D,
     "Ngày 17/8/2020, Công đoàn ngành Giáo dục Hà Nội đã tới thăm và hỗ trợ ba giáo viên mầm non mắc bệnh hiểm nghèo ở các huyện Mỹ Đức và Ba Vì.",
     "091: 'tới thăm và tặng quà hỗ trợ hai giáo viên bị bệnh hiểm nghèo ... của hai huyện Mỹ Đức và huyện Ba Vì' (Ngày 17/8, date 2020-08); 'Đây là hai giáo viên'. Claim says ba (3) teachers. g.sh '(ba|3) giáo viên' -> nothing."),
    ("1090_69990cd1ff80", D,
     "Tính đến cuối tháng 3/2022, sáu địa phương, đơn vị của Đồng Nai, trong đó có Vĩnh Cửu và Nhơn Trạch, đã hoàn thành toàn bộ đại hội Hội Cựu chiến binh cấp cơ sở.",
     "1090: 'Trong đó, 4 địa phương gồm: Vĩnh Cửu, Nhơn Trạch, Định Quán, Tổng công ty Cao su Đồng Nai đã hoàn thành 100% đại hội cấp cơ sở.' Claim says sáu (6). g.sh '(6|sáu) địa phương' -> nothing."),
    ("163_bfaf6270108f", D,
     "Sở Nội vụ Hà Nội cho biết khoảng 4.500 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết Nguyên đán Bính Ngọ.",
     "163: 'Sở Nội vụ Hà Nội cho biết gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết.' Claim says khoảng 4.500. g.sh '4\\.500 doanh' -> nothing; '3.200' elsewhere only as 'phần quà Tết' (503)."),
    ("218_e908280305f2", D,
     "Các phong trào thi đua và cuộc vận động năm học 2019-2020 của Công đoàn ngành Giáo dục tỉnh, do Chủ tịch Nguyễn Ngọc Huyền chỉ đạo, được tổ chức thành bốn đợt.",
     "218: 'Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt.' Claim says bốn (4). g.sh '(4|bốn) đợt' -> only 544 (Hội LHPN Hà Đông, ra quân vệ sinh). Note 256 (Công đoàn ngành Giáo dục Hà Nội, calendar year 2019) has '3 đợt' -- another organisation."),
    ("239_537243f63a13", D,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV đã bầu 25 đồng chí vào Ban Chấp hành nhiệm kỳ 2023-2028.",
     "239: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028.' Claim says 25. g.sh '25 đồng chí|25 ủy viên' -> only 621 (a Hội Phụ nữ BCH 2016-2021), another body."),
    ("330_366ec9c69fea", D,
     "Ngày 22/5/2025, lãnh đạo Liên đoàn Lao động thành phố Hà Nội đã trao 7 suất quà cho công nhân lao động có hoàn cảnh khó khăn khi thăm công nhân Công ty CP Xích líp Đông Anh.",
     "330: 'tại đây lãnh đạo LĐLĐ TP cũng trao 5 suất quà (trị giá 3 triệu đồng tiền mặt và 1 túi quà) cho cho 5 công nhân lao động có hoàn cảnh khó khăn.' Claim says 7. g.sh '(7|bảy) suất quà' -> only 699 (Kon Tum, '7 suất quà của Đoàn ĐBQH tỉnh Kon Tum'), another occasion."),
    ("399_3e8e3ba51bc4", D,
     "Đảng bộ quận Ba Đình là một trong năm Đảng bộ được Thành ủy Hà Nội lựa chọn tổ chức đại hội điểm cấp trên cơ sở nhiệm kỳ 2020-2025.",
     "399: 'Đây là 1 trong 3 Đảng bộ được Thành ủy Hà Nội lựa chọn tổ chức đại hội điểm Đảng bộ cấp trên cơ sở'. Claim says năm (5). g.sh 'trong (5|năm) Đảng bộ' and 'Đảng bộ được' -> only 399."),
    ("456_3f33960fbf03", D,
     "Mỗi căn Mái ấm Công đoàn mà LĐLĐ tỉnh trao cho đoàn viên xã Bình Trưng và xã Đông Hòa (huyện Châu Thành) ngày 24/5/2017 được Quỹ hỗ trợ 45 triệu đồng.",
     "456: 'Hai Mái ấm Công đoàn này đều được xây dựng từ nguồn kinh phí hỗ trợ của Quỹ \"Mái ấm Công đoàn\", với mức hỗ trợ mỗi căn là 30 triệu đồng'. Claim says 45 triệu. g.sh '45 triệu' -> only 163 (salary) and 1004 (gifts, Tiền Giang education union)."),
    ("547_7c40b99db422", D,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, tuổi trẻ toàn tỉnh, với điểm nhấn tại xã biên giới Tr'hy, huyện Tây Giang, đã thực hiện khoảng 300 công trình thanh niên.",
     "547: 'Toàn tỉnh thực hiện 211 công trình thanh niên với tổng trị giá hơn 5 tỷ 217 triệu đồng'. Claim says khoảng 300. g.sh '300 công trình' -> only 549 ('hơn 1.300 công trình', Hà Nội Tháng Thanh niên); 548/549/799 are other campaigns/years."),
    ("576_79a602ffcfd7", D,
     "Tại lễ kỷ niệm Ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức (TP HCM) đã trao tặng cán bộ Công đoàn có hoàn cảnh khó khăn các sổ tiết kiệm, mỗi sổ trị giá 10 triệu đồng.",
     "576: 'LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn.' Claim says 10 triệu each. g.sh 'sổ tiết kiệm' -> 154 (221 sổ, other district) only."),
    ("770_b184affa4cbf", D,
     "Tại lễ phát động Tháng cao điểm Vì người nghèo năm 2021 ở thị xã Phổ Yên, các tổ chức, cá nhân đã ủng hộ trực tiếp hơn 130 triệu đồng.",
     "770: 'có 190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng'. Claim says hơn 130 triệu. g.sh '130 triệu' -> 921 (quà thiếu nhi, Khu Kinh tế) and 1168 (Mái ấm 2015), other things."),
    ("783_ef3db5842d22", D,
     "Cụm thi đua số 3 của LĐLĐ thành phố Hà Nội năm 2019 gồm Liên đoàn Lao động tám huyện, thị xã như Gia Lâm, Đông Anh, Sóc Sơn, Mê Linh.",
     "783: 'cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây' (Cụm thi đua số 3, hội nghị 21/11/2019). Claim says tám (8). g.sh '(8|tám) huyện' -> only 816's '18 huyện' (Sở Nội vụ, other matter); seed 003 mentions Cụm thi đua số 3 without a count."),
    ("816_99327ccdb464", D,
     "Hội nghị trực tuyến sơ kết công tác ngành Nội vụ 6 tháng đầu năm 2024 do Giám đốc Sở Nội vụ Trần Thị Kim Hoa chủ trì được kết nối tới 11 điểm cầu huyện, thị xã, thành phố.",
     "816: 'Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ' (hội nghị 28/6/2024, Giám đốc Sở Nội vụ Trần Thị Kim Hoa). Claim says 11. g.sh '11 điểm cầu|điểm cầu' -> 717 (06 điểm cầu, Hải Phòng), 1189 (03 điểm cầu), other events."),
    ("883_e2578b7cc3b9", D,
     "Ngày 30/8/2017, tại kỳ họp thứ 7 HĐND quận Đống Đa khóa 19, đồng chí Võ Nguyên Phong được bầu giữ chức Chủ tịch UBND quận.",
     "883: 'Ngày 30/8/2017, HĐND Quận Đống Đa đã họp kỳ họp thứ 5 (Kỳ họp không chính thức) Hội đồng nhân dân quận khoá 19' and Võ Nguyên Phong elected Chủ tịch UBND. Claim says thứ 7. g.sh 'kỳ họp thứ (7|bảy|13|mười ba)' -> nothing; 881 ('kỳ họp thứ 12') is Thủ Đức."),
    ("930_456c87ad3771", D,
     "Mỗi đoàn viên khó khăn về nhà ở được Liên đoàn Lao động tỉnh trao hỗ trợ Mái ấm Công đoàn chiều 25/5/2021 nhận 70 triệu đồng.",
     "930: 'Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng.' Claim says 70 triệu. g.sh '70 triệu' -> nothing. (Other Mái ấm amounts: 456 30 triệu, 457 40/60 triệu, 520 50 triệu -- other provinces/occasions.)"),

    # ---------------- not_found ----------------
    ("046_6c553dd46b50", N,
     "Giải bóng đá mini Cúp Báo Lao động Thủ đô lần thứ I năm 2015 quy tụ khoảng 300 vận động viên là CNVCLĐ và lực lượng vũ trang Thủ đô.",
     "046 counts teams ('18 đội'), not players: 'đông đảo các vận động viên, cổ động viên' (no number). g.sh '300 vận động viên|vận động viên.{0,60}Cúp' -> nothing; 'vận động viên' counts elsewhere (336: hơn 1.000, Hoàn Kiếm; 338: 125, Thanh Xuân; 1192: 444; 1193: 430) are other tournaments."),
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII sẽ bầu 51 ủy viên Ban Chấp hành LĐLĐ Thành phố nhiệm kỳ 2025-2030.",
     "095 states no BCH size (only 'Kế hoạch số 117/KH-LĐLĐ', Đại hội XVIII 2025-2030, deadline 31/12/2025). g.sh 'lần thứ XVIII', 'Ban Chấp hành.{0,80}2025 - 2030', '51 (ủy viên|Ủy viên|đồng chí)' -> 288 counts '548 đại biểu' at the XVIII congress (delegates, another counted noun); no page counts the elected BCH members."),
    ("148_8ca3abe46cd0", N,
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang năm 2023 có 28 đội tham gia.",
     "148 names the 'Hội thi An toàn vể sinh lao động, phòng chống cháy nổ lần thứ 23' (Tiền Giang, 26/4/2023) but counts no teams. g.sh 'Tiền Giang.{0,80}(đội|thí sinh)', '28 đội|đội tham gia|đội thi' -> 1082 is the 2020 edition (lần thứ 20) with no team count; 1081 '19 đội' is Khánh Hòa 2024; 118/316 other contests."),
    ("351_19b0cae29087", N,
     "Trong nhiệm kỳ 2018-2023, các cấp Công đoàn Việt Nam đã kết nạp mới hơn 2,3 triệu đoàn viên.",
     "351 reviews nhiệm kỳ 2018-2023 (Nghị quyết 02-NQ/TW ngày 12-6-2021) without membership figures. g.sh '2,3 triệu', 'triệu đoàn viên', 'đoàn viên mới' -> 083 'gần 10,5 triệu đoàn viên' (total membership, another counted noun), 548/1105 youth-union members, 666 '8.800 đoàn viên mới' (one province)."),
    ("363_f1b865aa72b8", N,
     "Theo kế hoạch phát động thi đua trong CNVCLĐ Thủ đô năm 2025, LĐLĐ TP Hà Nội sẽ tuyên dương 100 'Công nhân giỏi Thủ đô' năm 2025.",
     "363 (26/12/2024) only names the phong trào 'Công nhân giỏi Thủ đô' with no number. g.sh 'Công nhân giỏi' -> counted for other years: 100 for 2022 (075/076), 2023 (186, seed 003), 90 for 2019 (042); 017 '2 Công nhân giỏi Thủ đô' proposed by ngành GTVT for 2024. Nothing counts 2025."),
    ("397_cf9be6bdd62d", N,
     "Năm 2023, Chương trình bình chọn 'Hàng Việt Nam được người tiêu dùng yêu thích' tại Hà Nội đã tôn vinh 150 sản phẩm.",
     "397 says the Ban Chỉ đạo 'đã triển khai Chương trình bình chọn \"Hàng Việt Nam được người tiêu dùng yêu thích\" năm 2023' with no product count (figures: 14 năm, 6 tháng đầu năm). g.sh '150 sản phẩm|bình chọn.{0,60}[0-9]+ sản phẩm|người tiêu dùng yêu thích' -> nothing counted; 262/310 count Chợ Tết gian hàng/doanh nghiệp (other things)."),
    ("450_716412d0bd43", N,
     "Trong năm 2022, Liên đoàn Lao động quận Hà Đông đã kết nạp 1.500 đoàn viên công đoàn mới.",
     "450 (LĐLĐ quận Hà Đông tổng kết 2022, phát động thi đua 2023, Chủ tịch Phùng Thị Khanh) gives no figures. g.sh 'Hà Đông' -> 804 '440 đảng viên' (Huy hiệu Đảng), others uncounted; g.sh '1\\.500 đoàn viên|đoàn viên mới' -> 666 (another province)."),
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 đã bầu 53 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa mới.",
     "521 only reports that Ngô Đông Hải was re-elected Bí thư at the close (15/10/2020). g.sh 'Thái Bình' -> 106/985 unrelated; '53 đồng chí|53 ủy viên' -> nothing."),
    ("603_9aa68f9b9708", N,
     "Tại lễ phát động Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 400 suất quà cho người có hoàn cảnh khó khăn.",
     "603 (22/4/2023) shows 'Trao tặng những suất quà ý nghĩa hưởng ứng Tháng Nhân đạo năm 2023' (caption, no count). g.sh '400 suất' -> 509: Hội CTĐ quận Hai Bà Trưng 'Trao tặng 400 suất quà trị giá 200 triệu đồng' for Tết Nhâm Dần 2022 -- another occasion/year, so not this one."),
    ("654_33346c495ae8", N,
     "Năm 2021, LĐLĐ quận Long Biên đã biểu dương 35 gia đình CNVCLĐ tiêu biểu.",
     "654 (15/10/2021) sends 'giấy khen và phần thưởng' to the 2021 'Gia đình CNVCLĐ quận Long Biên tiêu biểu' with no count (figures: kế hoạch 28, 20 năm, 91 năm). g.sh 'gia đình (CNVCLĐ|công nhân).{0,30}tiêu biểu', '35 gia đình' -> 064 '58 gia đình' (Đống Đa 2025), 063 '73' (Hoàng Mai); 242 has a related-article teaser 'Biểu dương 43 gia đình công nhân viên chức tiêu biểu' with no year (teaser, not a 2021 count)."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 có 450 đại biểu chính thức tham dự.",
     "845 gives only dates ('Đại hội diễn ra từ ngày 11 đến 13/10/2020'); 366 (opening of the XVII congress) has no delegate count. g.sh '450 đại biểu' -> nothing; 812 counts '550 đại biểu' for the XVIII congress (2025-2030), another edition."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    main()
