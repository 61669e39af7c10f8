#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set (batch 9 dev pages).

Plain Python: csv + unicodedata only. Writes claims.tsv (NFC, tab-separated,
header row, sorted by page_id; input order kept within a page).
"""
import csv
import os
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 418: Chủ tịch nước thăm công nhân Vành đai 4 ----------------
    ("418_1045c800d090", N,
     "Nhân dịp Xuân Giáp Thìn 2024, Chủ tịch nước Võ Văn Thưởng đã trao 500 suất quà cho công nhân thi công đường Vành đai 4 - Vùng Thủ đô đoạn qua huyện Thường Tín.",
     "418 only says Chủ tịch nước 'đến thăm, động viên và tặng quà cho công nhân thi công tuyến đường Vành đai 4' with no number of gifts. g.sh 'Vành đai 4' -> only 418; g.sh '500 suất' -> nothing."),
    # ---------------- 419: Đại hội Công đoàn Hà Tĩnh XVIII ----------------
    ("419_570045abe4cc", N,
     "Đại hội Công đoàn Hà Tĩnh lần thứ XVIII, dự kiến diễn ra vào tháng 1/2018, có 300 đại biểu chính thức.",
     "419 is only a headline 'Đại hội Công đoàn Hà Tĩnh lần thứ 18 sẽ diễn ra vào tháng 1.2018' plus a caption; no delegate count. g.sh 'Hà Tĩnh' -> seed 002 (tổng kết 2024), 125, 267, 388 (Tháng Công nhân 2024), none about this congress; g.sh '300 đại biểu' -> only 466 ('Hơn 300 đại biểu, đoàn viên' at a quận Tết review, another event)."),
    ("419_570045abe4cc", N,
     "Đại hội Công đoàn tỉnh Hà Tĩnh lần thứ 18 đã bầu Ban Chấp hành khóa mới gồm 35 ủy viên.",
     "419 gives no election result at all (only the preparation meeting). g.sh 'Hà Tĩnh' as above; g.sh '35 ủy viên' -> nothing."),
    # ---------------- 421: Trương Thị Mai ----------------
    ("421_bdaf37e5435c", N,
     "Theo Trưởng ban Dân vận Trung ương Trương Thị Mai, hơn 90% người lao động ở doanh nghiệp tin tưởng lựa chọn tổ chức Công đoàn.",
     "421 body is only the headline 'Tổ chức Công đoàn phải luôn là lựa chọn đầu tiên của người lao động' and a repeated caption; no percentage. g.sh 'Trương Thị Mai' -> only 421; g.sh '90 ?%' -> only 019 ('90% doanh nghiệp nhà nước đang thực hiện lộ trình cổ phần hóa', another thing)."),
    # ---------------- 422: Tổng Bí thư thăm Thái Nguyên ----------------
    ("422_ed90611e4351", N,
     "Trong chuyến thăm, chúc Tết tỉnh Thái Nguyên ngày 10/1, Tổng Bí thư Nguyễn Phú Trọng đã tặng 200 suất quà cho công nhân lao động.",
     "422 lists only who accompanied the Tổng Bí thư; no gifts counted. g.sh 'Thái Nguyên' -> 166 (Giải thưởng Nguyễn Đức Cảnh), 217 (53 nghìn đoàn viên target), 422; none counts gifts from this visit; g.sh '200 suất' -> nothing."),
    # ---------------- 424: Huân chương Lao động, HN Covid ----------------
    ("424_587bd0231abc", N,
     "Hội đồng Thi đua - Khen thưởng TP Hà Nội đã bỏ phiếu đề nghị khen thưởng cấp Nhà nước cho 25 tập thể, cá nhân có thành tích phòng, chống dịch Covid-19.",
     "424 names the proposed recipients (Nhân dân và cán bộ TP, ông Nguyễn Đức Chung; MTTQ TP, quận Đống Đa, ông Ngô Văn Quý) but never states a total. g.sh 'cấp Nhà nước' -> 292 (Sovico, a Sở Nội vụ notice, no total) and 424; g.sh '25 tập thể' -> only 215 ('biểu dương 25 tập thể' of Công đoàn Viên chức, another thing)."),
    # ---------------- 425: Bí thư Hưng Yên ----------------
    ("425_95cc9473a759", N,
     "Ngày 28/5/2022, Bí thư Tỉnh ủy Hưng Yên Nguyễn Hữu Nghĩa đã tặng 300 suất quà cho người lao động Công ty TNHH Takagi Việt Nam và Công ty CP May và Dịch vụ Hưng Long.",
     "425 says only 'đến thăm, động viên và tặng quà cho người lao động' at the two companies; no count. g.sh 'Takagi|Hưng Yên' -> only 425; g.sh '300 suất' -> nothing."),
    # ---------------- 426: Trần Duy Phương ----------------
    ("426_149ced3ae0fa", S,
     "Trước khi sang làm Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện, ông Trần Duy Phương đã có mười hai năm làm việc tại báo Lao động.",
     "426: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện.' (spelled-out 'mười hai' = 12)."),
    ("426_149ced3ae0fa", N,
     "Ông Trần Duy Phương là một trong 4 Phó trưởng Ban Tổ chức của Tổng Liên đoàn Lao động Việt Nam.",
     "426 says he becomes 'Phó trưởng Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam' but never how many deputy heads the Ban has. g.sh 'Phó trưởng Ban Tổ chức' -> 375 (Ban Tổ chức Trung ương, another body) and 426 only."),
    # ---------------- 428: Bộ Chính trị, Nghị quyết 11 ----------------
    ("428_25ecc0569546", N,
     "Trong giai đoạn thực hiện Nghị quyết 11 của Bộ Chính trị về phát triển Thủ đô, GRDP của Hà Nội tăng bình quân 9,2% mỗi năm.",
     "428 is one sentence about the Bộ Chính trị meeting 'sơ kết 5 năm thực hiện Nghị quyết số 11'; no growth figure. g.sh 'GRDP|tăng trưởng kinh tế|Nghị quyết 11' -> seed 003 and 019 (generic 'tăng trưởng kinh tế', no %), 261 (Nghị quyết 11/NQ-CP of the Government, another resolution); g.sh '9,2 ?%' -> nothing."),
    # ---------------- 429: Công đoàn CAND ----------------
    ("429_77bd108c7618", S,
     "Tại Đà Lạt ngày 21/11, Công đoàn Công an nhân dân đã tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW về xây dựng giai cấp công nhân Việt Nam.",
     "429: 'tại TP Đà Lạt (Lâm Đồng), Công đoàn CAND đã tổ chức tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW, về tiếp tục xây dựng giai cấp công nhân Việt Nam'. (286 has 'Sau 15 năm triển khai thực hiện Nghị quyết số 20' but that is Hà Nội's 2023 review, another occasion.)"),
    ("429_77bd108c7618", D,
     "Cùng dịp tổng kết ở Đà Lạt, Công đoàn CAND cũng tổng kết 8 năm tổ chức Tháng Công nhân.",
     "429: 'tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ... và 5 năm thực hiện tháng công nhân' -> 5 years, not 8. g.sh '8 năm' -> only '88 năm', '18 năm', '68 năm', '8 năm tù' (unrelated); g.sh 'năm thứ' -> 258 ('năm thứ 10 Tháng Công nhân', a Hà Nội quận 2022), 274 ('năm thứ 13' Tháng Công nhân / 'năm thứ 8' Tháng ATVSLĐ, Hà Nội), 148 (Tiền Giang) - other bodies, not Công đoàn CAND."),
    ("429_77bd108c7618", N,
     "Công đoàn Công an nhân dân hiện có hơn 30.000 đoàn viên.",
     "429 gives no membership figure for Công đoàn CAND. g.sh 'CAND|Công an nhân dân' -> 167 (a person's title) and 429 only; g.sh '30[.]000 đoàn viên' -> nothing."),
    # ---------------- 430: Đảng bộ Q.2 TP.HCM ----------------
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015 - 2020, có 250 đại biểu chính thức tham dự.",
     "430 says only that the congress was held 18-19/6 and directly elected ông Nguyễn Văn Hiếu; no delegate count. g.sh 'Quận 2|Q\\.2' -> only 430; 'bầu trực tiếp' -> 191 (Thạch Thất), 361, 399 (Hà Nội quận), other congresses; g.sh '250 đại biểu' -> nothing."),
    ("430_68a53037f8a8", N,
     "Đại hội Đảng bộ Q.2 nhiệm kỳ 2015 - 2020 đã bầu Ban Chấp hành gồm 41 đồng chí.",
     "430 reports only the direct election of the Bí thư, no committee size. g.sh 'Q\\.2' -> only 430; g.sh '41 ủy viên|41 đồng chí' -> nothing."),
    # ---------------- 431: 9 thập kỷ ----------------
    ("431_ee84f598ec85", S,
     "Theo Thủ tướng Nguyễn Xuân Phúc, tổ chức Công đoàn Việt Nam đã trải qua chín thập kỷ hình thành và phát triển.",
     "431: 'Thủ tướng Nguyễn Xuân Phúc đánh giá: Trải qua 9 thập kỷ hình thành và phát triển, tổ chức Công đoàn Việt Nam ...' (also 083: 'Trải qua 90 năm hình thành và phát triển')."),
    # ---------------- 446: LĐLĐ TP HCM thi đua 3 giai đoạn ----------------
    ("446_764438fb9bbb", S,
     "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn TP HCM lần thứ I do Liên đoàn Lao động TP HCM phát động được chia thành ba giai đoạn.",
     "446: 'LĐLĐ TP HCM đã phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp, Đại hội Công đoàn TP HCM lần thứ I ... Đợt thi đua được chia làm 3 giai đoạn.'"),
    ("446_764438fb9bbb", N,
     "Trong đợt thi đua cao điểm chào mừng Đại hội Công đoàn TP HCM lần thứ I, LĐLĐ TP HCM đặt mục tiêu có 1.000 công trình, sản phẩm đăng ký gắn biển.",
     "446 says only 'có nhiều công trình, sản phẩm mới đăng ký gắn biển công trình chào mừng Đại hội Công đoàn TP HCM' (no number). g.sh 'gắn biển' -> seed 000 ('lựa chọn 6 công trình tiêu biểu, để gắn biển chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII' - Hà Nội, another congress), seed 001, 391, 446; g.sh '1[.]000 công trình|1000 công trình' -> nothing."),
    # ---------------- 450: LĐLĐ quận Hà Đông ----------------
    ("450_716412d0bd43", N,
     "Trong năm 2022, Liên đoàn Lao động quận Hà Đông đã kết nạp mới 2.300 đoàn viên công đoàn.",
     "450 is about launching the 2023 emulation movement; it gives no 2022 results. g.sh 'Hà Đông' -> seeds 000/003 and 010, 054, 127, 228, 233 (places/people named Hà Đông), none counts members; g.sh 'kết nạp' -> seed 002 ('kết nạp 1.052 đoàn viên' by Công đoàn các KCN&CX Hà Nội, another organisation) and others without Hà Đông; g.sh '2[.]300 đoàn viên' -> nothing."),
    ("450_716412d0bd43", N,
     "LĐLĐ quận Hà Đông hiện quản lý 320 công đoàn cơ sở.",
     "450 gives no number of grassroots unions. g.sh 'Hà Đông' as above; g.sh '320' -> nothing."),
    # ---------------- 451: Covid support, Công đoàn Thủ đô (earlier report) ----------------
    ("451_c6d73f9b5d4e", S,
     "Từ ngày 27/4/2021, các cấp Công đoàn Thủ đô đã vận động hơn 1.600 chủ nhà trọ miễn, giảm tiền thuê nhà cho người lao động.",
     "451: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ'; 452 gives the same 1.650."),
    ("451_c6d73f9b5d4e", S,
     "Trong số tiền vận động xã hội hóa hỗ trợ người lao động bị ảnh hưởng bởi Covid-19, Công đoàn Thủ đô đã hỗ trợ trang thiết bị phòng dịch và nhu yếu phẩm trị giá hơn 6 tỷ đồng.",
     "451: 'vận động xã hội hóa ... tổng số tiền hơn 104 tỷ đồng; ... hỗ trợ trang thiết bị phòng, chống dịch và nhu yếu phẩm thiết yếu, với tổng giá trị quy đổi thành tiền là hơn 6 tỷ đồng.' (452 does not state this sub-item)."),
    ("451_c6d73f9b5d4e", D,
     "Kể từ 27/4/2021, Công đoàn cơ sở tại Hà Nội đã hỗ trợ khoảng 25.000 người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451: 'Công đoàn cơ sở hỗ trợ 17.083 người, với số tiền hơn 20 tỷ đồng'; 452 (later update): 'Công đoàn cơ sở hỗ trợ 17.113 người'. g.sh '25[.]?000|25 nghìn|25 ngàn' -> nothing."),
    # ---------------- 452: Covid support, later report ----------------
    ("452_1672f5c17921", S,
     "Tính từ 27/4, Hà Nội đã có 4.340 'Tổ An toàn Covid-19' được thành lập trong doanh nghiệp.",
     "452: 'các Công đoàn cấp trên trực tiếp cơ sở chi 30, 345 tỷ đồng để hỗ trợ 65.023 người lao động và 2.098/4.340 \"Tổ An toàn Covid-19\" thành lập trong doanh nghiệp.' (4.340 Tổ set up, 2.098 of them supported.) Uncertain: relies on reading '2.098/4.340'."),
    ("452_1672f5c17921", D,
     "Từ 27/4, Công đoàn cơ sở ở Hà Nội đã chi khoảng 12 tỷ đồng để hỗ trợ người lao động bị ảnh hưởng bởi Covid-19.",
     "452: 'Công đoàn cơ sở hỗ trợ 17.113 người, với số tiền 21 tỷ 400 triệu đồng'; 451: 'Công đoàn cơ sở hỗ trợ 17.083 người, với số tiền hơn 20 tỷ đồng'. g.sh '12 tỷ' -> only 114 (Đắk Lắk teachers, unrelated)."),
    ("452_1672f5c17921", N,
     "Từ 27/4, các cấp Công đoàn Thủ đô đã thăm hỏi, động viên 3.000 cán bộ, nhân viên y tế tuyến đầu chống dịch Covid-19.",
     "451/452 say only 'thăm hỏi, động viên các lực lượng tuyến đầu' inside the overall spending total; no count of people visited. g.sh 'tuyến đầu' -> 040, 044, 138, 139 (Công đoàn Thủ đô tiếp sức y tế tuyến đầu, no count of staff), 451, 452."),
    # ---------------- 454: LĐLĐ Đà Nẵng, Mái ấm 2021 ----------------
    ("454_1d07a29fe95c", S,
     "Tổng kinh phí đợt 2 năm 2021 trao nhà Mái ấm Công đoàn của LĐLĐ thành phố Đà Nẵng là 970 triệu đồng.",
     "454: 'Tổng kinh phí đợt trao tặng Mái ấm Công đoàn đợt 2 năm 2021 cho 32 đoàn viên, người lao động là 970.000.000 đồng.'"),
    ("454_1d07a29fe95c", S,
     "Tính cả năm 2021, Liên đoàn Lao động TP Đà Nẵng đã trao tặng năm mươi tư căn nhà Mái ấm Công đoàn.",
     "454: 'Tính cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15)'."),
    ("454_1d07a29fe95c", D,
     "Trong năm 2021, LĐLĐ Đà Nẵng đã hỗ trợ xây mới 25 nhà Mái ấm Công đoàn cho đoàn viên khó khăn.",
     "454: 'Tính cả năm 2021 ... 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15)' -> 15 built new in 2021 (11 in đợt 2). g.sh '25 (căn )?nhà|hai mươi lăm' -> nothing."),
    # ---------------- 455: LĐLĐ tỉnh (Ninh Thuận), Mái ấm 2019 ----------------
    ("455_c8575d3b57ff", S,
     "Ngôi nhà Mái ấm Công đoàn của chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn có tổng kinh phí xây dựng 65 triệu đồng.",
     "455: 'Ngôi nhà của chị Lam được xây dựng tại thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn, có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng'."),
    ("455_c8575d3b57ff", D,
     "Quỹ Mái ấm Công đoàn đã hỗ trợ 25 triệu đồng để xây nhà cho chị Lê Thị Anh Lam ở huyện Ninh Sơn.",
     "455: 'trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng'. g.sh '25 triệu' -> 048 (a Hoài Đức house 'trị giá 25 triệu đồng', another person) and 163 (salaries), not this house."),
    ("455_c8575d3b57ff", D,
     "Trong năm 2019, Liên đoàn Lao động tỉnh Ninh Thuận đã hỗ trợ tổng cộng 30 nhà Mái ấm Công đoàn.",
     "455: 'nâng tổng số nhà Mái ấm Công đoàn LĐLĐ tỉnh đã hỗ trợ trong năm 2019 là 18 nhà với số tiền 720 triệu đồng'. The page says 'LĐLĐ tỉnh' (outlet congdoanninhthuan.org.vn, huyện Ninh Sơn). g.sh '30 (căn )?nhà' -> nothing."),
    # ---------------- 456: LĐLĐ tỉnh (Tiền Giang), Tháng Công nhân 2017 ----------------
    ("456_3f33960fbf03", S,
     "Trong Tháng Công nhân năm 2017, Liên đoàn Lao động tỉnh Tiền Giang đã trao 31 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "456: 'trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã tiến hành trao 31 căn nhà Mái ấm Công đoàn'. The page says only 'Liên đoàn Lao động tỉnh' (outlet baoapbac.vn, huyện Châu Thành, i.e. Tiền Giang)."),
    ("456_3f33960fbf03", D,
     "Hai căn Mái ấm Công đoàn trao cho công đoàn viên xã Bình Trưng và Đông Hòa (huyện Châu Thành) ngày 24/5/2017 được Quỹ hỗ trợ 45 triệu đồng mỗi căn.",
     "456: 'Hai Mái ấm Công đoàn này đều được xây dựng từ nguồn kinh phí hỗ trợ của Quỹ \"Mái ấm Công đoàn\", với mức hỗ trợ mỗi căn là 30 triệu đồng'. g.sh '45 triệu' -> only 163 (salaries)."),
    ("456_3f33960fbf03", D,
     "Tổng kinh phí hỗ trợ từ Quỹ Mái ấm Công đoàn cho 31 căn nhà trao trong Tháng Công nhân 2017 của LĐLĐ tỉnh Tiền Giang là hơn 2 tỷ đồng.",
     "456: 'trao 31 căn nhà Mái ấm Công đoàn, với tổng kinh phí hỗ trợ từ nguồn Quỹ \"Mái ấm Công đoàn\" là gần 1 tỷ đồng.' g.sh 'hơn 2 tỷ|trên 2 tỷ' -> nothing."),
    # ---------------- 457: LĐLĐ Tiền Giang, chị Ngô Thị Pha ----------------
    ("457_01a1febb948b", S,
     "Căn nhà Mái ấm Công đoàn mà LĐLĐ tỉnh Tiền Giang bàn giao cho cô giáo Ngô Thị Pha ở TX. Cai Lậy được xây với kinh phí 60 triệu đồng.",
     "457: 'Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng'."),
    ("457_01a1febb948b", D,
     "Công ty Xổ số kiến thiết Tiền Giang đã hỗ trợ 15 triệu đồng qua Quỹ Mái ấm Công đoàn để xây nhà cho chị Ngô Thị Pha.",
     "457: 'thông qua Quỹ \"Mái ấm Công đoàn\" LĐLĐ tỉnh Tiền Giang, Công ty TNHH Một thành viên Xổ số kiến thiết Tiền Giang hỗ trợ 40 triệu đồng'. g.sh '15 triệu' -> 091, 144 (other support), 231 ('3,15 triệu'), none about this house."),
    ("457_01a1febb948b", D,
     "Mái ấm Công đoàn của chị Ngô Thị Pha ở xã Mỹ Hạnh Đông có diện tích 90 m2.",
     "457: 'Căn nhà xây dựng với diện tích 56 m2'. g.sh '90 ?m2|90m' -> nothing (050 has 80m² for another house)."),
    # ---------------- 458: Tết Sum vầy, KCN Lương Sơn ----------------
    ("458_f1b00474d974", S,
     "Tại chương trình 'Tết Sum vầy - Xuân ơn Đảng' ở Khu công nghiệp Lương Sơn, có 576 đoàn viên, người lao động được nhận tiền hỗ trợ Tết chuyển thẳng vào tài khoản.",
     "458: 'Theo đó, 576 đoàn viên, người lao động được hỗ trợ 1 triệu đồng/người, chuyển trực tiếp vào tài khoản cá nhân'."),
    ("458_f1b00474d974", D,
     "Tại Chợ Tết Công đoàn - Xuân 2026 ở KCN Lương Sơn, ban tổ chức đã tặng 800 phiếu mua hàng 0 đồng cho công nhân.",
     "458: 'Ban tổ chức đã tặng 500 phiếu mua hàng 0 đồng trị giá 350 nghìn đồng mỗi phiếu; 500 voucher mua hàng'. g.sh '800' -> 079 (800.000 đoàn viên target), 196 (1.800 cán bộ), unrelated; Hà Nội's Chợ Tết 2026 (276, 280) gives 3.600 phiếu, another organiser/place."),
    ("458_f1b00474d974", N,
     "Chợ Tết Công đoàn - Xuân 2026 tại Khu công nghiệp Lương Sơn có 45 gian hàng phục vụ công nhân lao động.",
     "458 mentions only 'Công nhân lao động KCN Lương Sơn tại các gian hàng' (caption) with no count. g.sh 'gian hàng' -> counts only for Hà Nội's Chợ Tết (107 'khoảng 50 gian hàng' at xã Thiên Lộc, 262 '72 gian hàng' 2023, 276/280 '70 gian hàng' 2026, 310 '124 gian hàng' 2024) - other organiser/place; g.sh '45 gian hàng' -> nothing."),
    # ---------------- 460: Hội Chữ thập đỏ Hà Nội 5 tháng 2022 ----------------
    ("460_646d252805d4", S,
     "Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ TP Hà Nội đã trao tặng hơn 145 nghìn suất quà cho các gia đình gặp khó khăn.",
     "460: 'Các cấp Hội từ thành phố tới cơ sở đã trao tặng hơn 145.000 suất quà cho gia đình gặp khó khăn'."),
    ("460_646d252805d4", D,
     "Phong trào hiến máu tình nguyện do Hội Chữ thập đỏ Hà Nội vận động đã thu về hơn 250.000 đơn vị máu trong 5 tháng đầu năm 2022.",
     "460: 'phong trào hiến máu tình nguyện ... thu về hơn 150.000 đơn vị máu'. g.sh '250[.]000|250 nghìn' -> nothing; other blood counts (347: 558 đơn vị, LĐLĐ TP HCM; 405: khoảng 400 đơn vị, 2018 event) are other events."),
    ("460_646d252805d4", N,
     "Trong 5 tháng đầu năm 2022, Hội Chữ thập đỏ TP Hà Nội đã tặng 500 chiếc xe đạp cho học sinh nghèo vượt khó.",
     "460 says only 'tặng học bổng, xe đạp cho học sinh nghèo vượt khó học giỏi' with no number. g.sh 'xe đạp' -> only 460."),
    # ---------------- 461: Hội Chữ thập đỏ TPHCM, Tháng nhân đạo ----------------
    ("461_41a4f3622d80", S,
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ TPHCM và đơn vị trực thuộc đã đăng ký thực hiện 43 công trình xã hội.",
     "461: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu và 44.500 trường hợp cần trợ giúp.'"),
    ("461_41a4f3622d80", D,
     "Trong Tháng nhân đạo, Hội Chữ thập đỏ TPHCM đăng ký trợ giúp khoảng 60.000 trường hợp có hoàn cảnh khó khăn.",
     "461: '... và 44.500 trường hợp cần trợ giúp.' g.sh '60[.]000|60 nghìn' -> 151 ('160.000 lao động'), 177 ('60.000 sáng kiến'), unrelated."),
    ("461_41a4f3622d80", N,
     "Tại lễ phát động Tháng nhân đạo, Hội Chữ thập đỏ TPHCM đã ra mắt 8 đội hình tình nguyện viên hỗ trợ cộng đồng.",
     "461 says 'ra mắt một số đội hình tình nguyện viên hỗ trợ cộng đồng' (no number). g.sh 'đội hình' -> 318 ('12 đội hình chuyên', Thành đoàn Hà Nội 2015) and 392 ('9 đội hình chuyên', Thành đoàn Hà Nội 2022), other organisations; g.sh '8 đội hình' -> nothing."),
    # ---------------- 462: MTTQ TP.HCM, Vì người nghèo ----------------
    ("462_4798a1189a9b", S,
     "Tại lễ phát động tháng cao điểm Vì người nghèo ngày 17/10, TP.HCM đã trao 92 phương tiện sinh kế như xe gắn máy, máy may cho hộ nghèo, hộ cận nghèo.",
     "462: 'TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế gồm có gắn máy, máy may...'."),
    ("462_4798a1189a9b", D,
     "Tại lễ phát động ngày 17/10, Quỹ Vì người nghèo TP.HCM trao kinh phí xây dựng 50 căn nhà tình thương.",
     "462: 'trao tặng kinh phí xây dựng 20 nhà tình thương'. g.sh '50 (căn )?nhà' -> nothing."),
    ("462_4798a1189a9b", D,
     "Tổng số tiền TP.HCM trao tặng nhà tình thương và phương tiện sinh kế tại lễ phát động tháng cao điểm Vì người nghèo ngày 17/10 là 4,5 tỷ đồng.",
     "462: '... cho các gia đình chính sách, hộ nghèo, hộ cận nghèo với tổng số tiền 2,3 tỷ đồng.' g.sh '4,5 tỷ|4\\.500 triệu' -> nothing."),
    # ---------------- 464: Tổng LĐLĐ, thi đua 2024 ----------------
    ("464_7e784f258933", S,
     "Phong trào thi đua năm 2024 của Tổng Liên đoàn Lao động Việt Nam dự kiến được chia thành hai đợt.",
     "464: 'Chủ tịch Nguyễn Đình Khang cho biết phong trào thi đua năm 2024 dự kiến chia thành 2 đợt.' (seed 001 also has 2 đợt for LĐLĐ quận Thanh Xuân 2024 - same value, other body.)"),
    ("464_7e784f258933", D,
     "Tờ trình phát động phong trào thi đua năm 2024 của Tổng LĐLĐ Việt Nam đề ra 7 nội dung thi đua cụ thể.",
     "464: '5 nội dung thi đua cụ thể với các nhóm vấn đề' (title: '5 nội dung của phong trào thi đua năm 2024'). g.sh '7 nội dung|bảy nội dung' -> nothing."),
    # ---------------- 465: LĐLĐ tỉnh Thái Nguyên / huyện Phú Lương ----------------
    ("465_d28f5749c617", S,
     "Tại chương trình tặng quà Tết, Liên đoàn Lao động tỉnh Thái Nguyên đã tặng 35 suất quà cho người lao động khó khăn và các gia đình hộ nghèo.",
     "465: 'Liên đoàn Lao động tỉnh đã tặng 35 xuất quà cho người lao động gặp khó khăn và các gia đình hộ nghèo, tổng trị giá gần 23 triệu đồng.' (page writes 'xuất quà' and 'tỉnh' unnamed; outlet thainguyentv.vn, huyện Phú Lương)."),
    ("465_d28f5749c617", D,
     "Liên đoàn Lao động huyện Phú Lương tặng quà cho cán bộ viên chức, người lao động khó khăn với tổng trị giá khoảng 70 triệu đồng.",
     "465: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng.' g.sh '70 triệu' -> nothing."),
    ("465_d28f5749c617", S,
     "LĐLĐ huyện Phú Lương đã trao 86 suất quà cho cán bộ, viên chức, người lao động gặp khó khăn do dịch Covid-19.",
     "465: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn'."),
    # ---------------- 466: LĐLĐ quận (NLĐ), chăm lo Tết ----------------
    ("466_be558adf4870", S,
     "Nhờ LĐLĐ quận vận động doanh nghiệp, gần 1.800 công nhân đã được tặng vé xe về quê đón Tết.",
     "466: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết.' (the quận is not named on the page)."),
    ("466_be558adf4870", D,
     "Dịp tổng kết chăm lo Tết, LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 45 tập thể.",
     "466: 'LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 31 tập thể và 22 cá nhân.' g.sh '45 tập thể' -> nothing."),
    ("466_be558adf4870", D,
     "Tổng kinh phí LĐLĐ quận chăm lo Tết cho CNVC-LĐ lên tới khoảng 4,2 tỉ đồng.",
     "466: 'Tổng kinh phí chăm lo gần 2,9 tỉ đồng.' (headline 'Gần 2,9 tỉ đồng chăm lo Tết cho CNVC-LĐ'). g.sh '4,2 t[ỷỉ]' -> nothing."),
    # ---------------- 467: Tân Biên, Vì người nghèo 2022 ----------------
    ("467_1dea57a69bce", S,
     "Ngay tại lễ phát động tháng cao điểm Vì người nghèo năm 2022, các xã, thị trấn, ban ngành và cơ sở tôn giáo huyện Tân Biên đã đóng góp 581 triệu đồng vào Quỹ Vì người nghèo của huyện.",
     "467: 'ngay tại buổi lễ phát động, các xã, thị trấn và ban, ngành, đoàn thể huyện, các cơ sở tôn giáo trên địa bàn huyện đóng góp 581 triệu đồng vào Quỹ \"Vì người nghèo\" của huyện.'"),
    ("467_1dea57a69bce", N,
     "Theo kết quả rà soát năm 2022, huyện Tân Biên hiện còn 320 hộ nghèo.",
     "467 says only 'góp phần kéo giảm tỷ lệ hộ nghèo ở địa phương' - no count. g.sh 'Tân Biên' -> only 467; g.sh 'hộ nghèo' -> counts only for Hà Nội (468: hơn 2.100 hộ nghèo, 2023; 152: 3.746/4.341 hộ, nhà ở) - other places."),
    # ---------------- 468: Hà Nội, Vì người nghèo 2023 ----------------
    ("468_d8dfb9c601c1", S,
     "Lễ phát động tháng cao điểm vì người nghèo và an sinh xã hội Hà Nội năm 2023 trao hỗ trợ xây dựng 185 căn nhà đại đoàn kết cho người nghèo.",
     "468: 'trao hỗ trợ an cư và tạo sinh kế trị giá gần 11 tỷ đồng cho người nghèo, gồm: 185 căn nhà đại đoàn kết, 40 con bò sinh sản, 15 xe máy, 5 máy khâu'. (360: '714 nhà Đại đoàn kết' is the 2024 programme, another year.)"),
    ("468_d8dfb9c601c1", D,
     "Theo kết quả rà soát chuẩn nghèo đa chiều năm 2023, Hà Nội hiện còn hơn 5.000 hộ nghèo.",
     "468: 'Kết quả rà soát theo chuẩn nghèo đa chiều, Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095% và hơn 22.000 hộ cận nghèo.' g.sh '5[.]000 hộ' -> nothing."),
    ("468_d8dfb9c601c1", S,
     "Năm 2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của Hà Nội chỉ còn 0,095%.",
     "468: 'Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095%'."),
    # ---------------- 469: Thành đoàn Hà Nội, hè 2023 ----------------
    ("469_b49a6ebccc5d", S,
     "Gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 tại Trường Đại học Ngoại thương.",
     "469: 'lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 ... tại trường Đại học Ngoại thương ... cùng các cán bộ Đoàn, Hội chủ chốt và gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu của Thủ đô.'"),
    ("469_b49a6ebccc5d", N,
     "Chiến dịch Thanh niên tình nguyện hè 2023 của Thành đoàn Hà Nội triển khai 9 đội hình chuyên cấp thành phố.",
     "469 gives no number of đội hình for 2023. g.sh 'đội hình' -> 392 ('triển khai 9 đội hình chuyên cấp thành phố' - Chiến dịch TNTN hè 2022, another edition), 318 ('12 đội hình chuyên' - 2015 edition), 461 (Chữ thập đỏ TPHCM, no number)."),
    # ---------------- 470: Thành đoàn TP HCM, hè 2023 ----------------
    ("470_5bd73e63f016", S,
     "Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh dự kiến thu hút hơn bảy trăm nghìn lượt thanh niên, người dân tham gia.",
     "470: 'Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia'."),
    ("470_5bd73e63f016", D,
     "Chiến dịch tình nguyện hè 2023 đánh dấu hành trình 20 năm của các chương trình, chiến dịch tình nguyện hè do Thành đoàn TP Hồ Chí Minh tổ chức.",
     "470: 'Chiến dịch tình nguyện hè năm 2023 đánh dấu hành trình rèn luyện và trưởng thành của các chương trình, chiến dịch tình nguyện hè qua 30 năm.' g.sh '20 năm' -> only LĐLĐ quận Long Biên's 20th anniversary (seeds 000/003, 301), another thing."),
    ("470_5bd73e63f016", N,
     "Trong mùa hè tình nguyện 2023, Thành đoàn TP Hồ Chí Minh cử 150 chiến sĩ tình nguyện sang hoạt động tại Lào.",
     "470 says activities continue 'tại xã đảo Thạnh An, huyện Cần Giờ, huyện đảo Phú Quý (tỉnh Bình Thuận) và nước Cộng hòa Dân chủ Nhân dân Lào' with no count of volunteers. g.sh 'Lào|chiến sĩ tình nguyện' -> 252, 255 (Lao union delegations), 470 only; g.sh '150 chiến sĩ' -> nothing."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, (pid, verdict, claim, why) in enumerate(CLAIMS):
        assert verdict in (S, D, N), (pid, verdict)
        for field in (pid, claim, why):
            assert "\t" not in field and "\n" not in field, pid
        rows.append((pid, i, verdict, claim, why))
    rows.sort(key=lambda r: (r[0], r[1]))
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    with open(os.path.join(here, "claims.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for pid, _, verdict, claim, why in rows:
            w.writerow([nfc(pid), nfc(verdict), nfc(claim), nfc(why)])
    counts = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print(len(rows), "claims;", counts, ";", len(per_page), "pages")


if __name__ == "__main__":
    main()
