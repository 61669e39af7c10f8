#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen161).

Plain Python: csv + unicodedata only. Each row: page_id, verdict, claim, why.
page_id is the dev page stem, or `seed` for the seed page corpus/002_577304133d3e638d.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- seed: corpus/002_577304133d3e638d ----------------
    ("seed", S,
     "Tính đến sáng 13/4, Chương trình “1 triệu sáng kiến” của Liên đoàn Lao động thành phố Hà Nội đã có gần 9,7 nghìn người tham gia.",
     "seed 002_577304133d3e638d: 'LĐLĐ thành phố Hà Nội đã vượt lên vị trí thứ 2 ... với 14.791 sáng kiến và 9.667 người tham gia' (also '9667 người tham gia'); gần 9,7 nghìn ~ 9.667."),
    ("seed", D,
     "Tính đến sáng 13/4, LĐLĐ TP Hà Nội mới có hơn 12 nghìn sáng kiến nhưng đã vươn lên vị trí thứ 2 bảng xếp loại của Tổng LĐLĐ Việt Nam.",
     "seed 002_577304133d3e638d: 'vượt lên vị trí thứ 2 bảng xếp loại số lượng sáng kiến ... với 14.791 sáng kiến'. Claim 12 nghìn is clearly off. g.sh '12(\\.| )?[0-9]{3} sáng kiến|12 nghìn sáng kiến' -> no hit."),

    # ---------------- 078 ----------------
    ("078_195ef83b4e19", S,
     "Liên đoàn Lao động quận 1, TP Hồ Chí Minh đã vận động một công ty xây dựng hỗ trợ bốn mươi triệu đồng để gia đình chị Nguyễn Thị Ánh Đào sửa chữa, lợp mái, nâng nền nhà.",
     "078_195ef83b4e19: 'LĐLĐ quận 1, TP HCM đã vận động Công ty CP Xây dựng Kiến trúc AA hỗ trợ 40 triệu đồng để gia đình chị sửa chữa, lợp mái, nâng nền.'"),
    ("078_195ef83b4e19", D,
     "Từ đầu năm 2017 đến nay, LĐLĐ quận 1 (TP HCM) đã trao mười hai căn nhà tình thương, tình nghĩa và “Mái ấm Công đoàn” cho CNVC-LĐ và người dân khó khăn.",
     "078_195ef83b4e19: 'Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\"'. g.sh '(12|mười hai) căn' -> no hit."),

    # ---------------- 1046 ----------------
    ("1046_abc17e7bde88", D,
     "Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 thu hút khoảng 3.200 lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam dự thi.",
     "1046_abc17e7bde88: 'Cuộc thi trực tuyến tìm hiểu pháp luật trên congdoanvietnam.org, đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi'. g.sh '3\\.200|3200|3,2 nghìn' -> only 163 (doanh nghiệp báo cáo thưởng Tết) and 503 (phần quà Tết), unrelated."),
    ("1046_abc17e7bde88", N,
     "Cuộc thi viết Mini trong nhóm “Đồng nghiệp EVN” trên Facebook tháng 5/2021 đã nhận được hơn 400 bài dự thi.",
     "Not counted: 1046 only dates the mini writing contest ('Cuộc thi viết Mini trong NHÓM ĐỒNG NGHIỆP EVN trên Facebook từ ngày 15 đến hết ngày 29/5/2021'); its figures (trên 2.300 lượt, 01 Nhất/02 Nhì/03 Ba/05 KK) are for the online election-law contest. g.sh 'Mini|Facebook' -> only 1046 and unrelated pages (bóng đá mini, chung cư mini); g.sh 'thi viết|viết Mini' -> 1047 is a different contest ('Gương sáng tiêu biểu ngành điện năm 2019')."),

    # ---------------- 1048 ----------------
    ("1048_5670fd29d818", S,
     "Theo đề án của LĐLĐ TPHCM, Ban Chấp hành LĐLĐ Thành phố Thủ Đức sẽ có 53 người.",
     "1048_5670fd29d818: 'Ban chấp hành của LĐLĐ Thành phố Thủ Đức sẽ có 53 người (dự kiến 17 Ủy viên ban thường vụ).'"),
    ("1048_5670fd29d818", D,
     "Sau khi thành lập, Liên đoàn Lao động Thành phố Thủ Đức sẽ quản lý trực tiếp khoảng 83 nghìn đoàn viên công đoàn.",
     "1048_5670fd29d818: 'quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ (tính đến 31.10.2020)'. 83 nghìn is neither 73.075 đoàn viên nor 99.075 CNVCLĐ. g.sh '83(\\.| )?[0-9]{3} đoàn viên|83 nghìn' -> no hit."),

    # ---------------- 1104 ----------------
    ("1104_5bd345c8ded7", D,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu giữ chức Chủ tịch UBND tỉnh với 62 đại biểu có mặt đồng ý.",
     "1104_5bd345c8ded7: 'Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La'. g.sh '62 đại biểu|62/6' -> only 1103 ('262 đại biểu được bầu đi dự Đại hội' of Hội Nông dân), unrelated."),
    ("1104_5bd345c8ded7", N,
     "Tại kỳ họp thứ tám ngày 12/6, HĐND tỉnh Sơn La khóa XIV đã thông qua 12 nghị quyết mới và sửa đổi, bổ sung.",
     "Not counted: 1104 says the session was to 'xem xét ban hành mới và sửa đổi, bổ sung một số nghị quyết' with no number; its only figure is 67/67 đại biểu. g.sh 'nghị quyết.{0,40}Sơn La|Sơn La.{0,80}nghị quyết' -> no hit; g.sh 'Sơn La' -> only unrelated pages (051 Mái ấm, 057, 707, 727, 974)."),

    # ---------------- 1108 ----------------
    ("1108_dc5ce910e1da", D,
     "LĐLĐ huyện Thới Lai đã huy động 500 đoàn viên, CNVCLĐ tham dự mít tinh và diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 18 năm 2016.",
     "1108_dc5ce910e1da: 'Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành ... lần thứ 18 năm 2016.' g.sh '500 (đoàn viên|lực lượng|người)' -> only 5.500/3.500/4.500/2.500 and 547 (hơn 500 đoàn viên thanh niên, Tây Giang), unrelated; g.sh 'Thới Lai' -> only 1108."),
    ("1108_dc5ce910e1da", N,
     "Năm 2015, LĐLĐ huyện Thới Lai huy động 250 đoàn viên tham gia mít tinh hưởng ứng Tuần lễ quốc gia ATVSLĐ - PCCN lần thứ 17.",
     "Another edition: 1108 counts only the 18th week (2016), 300 lực lượng. g.sh 'Thới Lai' -> only 1108; g.sh 'lần thứ 17|năm 2015.{0,40}ATVSLĐ' -> only 336 (Đại hội Đảng bộ Hà Nội lần thứ 17) and 807 (Đại hội Công đoàn thế giới lần thứ 17), unrelated."),

    # ---------------- 1262 ----------------
    ("1262_0d7b4435464f", S,
     "Công đoàn trường mầm non Dương Xá đã ủng hộ 75 thùng mì cho nhân dân vùng lũ huyện Gia Lâm bị ảnh hưởng bởi bão số 3 Yagi.",
     "1262_0d7b4435464f: 'các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng.'"),
    ("1262_0d7b4435464f", D,
     "Số mì tôm mà công đoàn viên Trường MN Dương Xá quyên góp ủng hộ vùng lũ Gia Lâm sau bão Yagi có tổng trị giá 15 triệu đồng.",
     "1262_0d7b4435464f: '75 thùng mì trị giá 9 triệu Việt Nam đồng'. g.sh '15 triệu đồng' -> 091 (Công đoàn ngành giáo dục Hà Nội hỗ trợ hai thầy cô), 144 (Công đoàn ngành Y tế HN), 231 (3,15 triệu thưởng), all unrelated."),

    # ---------------- 128 ----------------
    ("128_4d3aad482add", D,
     "Dịp Tết, Chủ tịch Công đoàn Xây dựng Việt Nam Nguyễn Thị Thủy Lệ đã trao 50 suất quà cá nhân cho công nhân môi trường chi nhánh Hai Bà Trưng, Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "128_4d3aad482add: 'dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng'. g.sh '50 suất' -> 518, 642, 681, 790, 829, 922: other organisations (Đoàn Thanh niên, TP Hội An, Hội LHPN Thanh Hóa...)."),
    ("128_4d3aad482add", N,
     "Công đoàn Xây dựng Việt Nam đã tặng 30 suất quà Tết cho công nhân chi nhánh Ba Đình của Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "Another place: 128 counts the 30 suất quà for chi nhánh Hai Bà Trưng. g.sh 'Ba Đình.{0,150}(quà|Tết)|(quà|Tết).{0,150}Ba Đình' -> only 067 (LĐLĐ quận trao 147 suất quà at Trường Tiểu học Ba Đình), a different organisation; 129 mentions 'Phó Giám đốc chi nhánh Ba Đình, Công ty TNHH MTV Môi trường đô thị Hà Nội' but counts no gifts for that branch."),

    # ---------------- 301 ----------------
    ("301_99215f4c97ce", S,
     "Chỉ sau 30 ngày phát động, cuộc thi sáng tác thơ nhân kỷ niệm 20 năm thành lập LĐLĐ quận Long Biên đã nhận được hơn 110 bài thơ.",
     "301_99215f4c97ce: 'Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ' and 'đọc 115 bài thơ trong Tuyển tập thơ'; hơn 110 ~ 115."),
    ("301_99215f4c97ce", N,
     "Cuộc thi sáng tác thơ “Công đoàn quận Long Biên - niềm tin của đoàn viên và người lao động” có 64 tác giả là đoàn viên, người lao động gửi bài tham dự.",
     "Another counted noun: 301 counts bài thơ (115), never authors/participants ('cảm xúc của đoàn viên ... đến từ các Công đoàn cơ sở' without a number). g.sh 'sáng tác thơ|bài thơ' -> only 301; g.sh 'tác giả' -> bylines and other contests (269, 1047), none for Long Biên."),

    # ---------------- 360 ----------------
    ("360_7ce4c52c2f43", S,
     "Năm 2024, chương trình của Quỹ “Vì người nghèo” thành phố Hà Nội đã hoàn thành hơn 700 nhà Đại đoàn kết cho hộ nghèo, cận nghèo.",
     "360_7ce4c52c2f43: 'Năm 2024, Chương trình đã hoàn thành 714 nhà Đại đoàn kết, hoàn thành việc xóa nhà ở xuống cấp cho hộ nghèo, hộ cận nghèo trên địa bàn Thành phố'. (468 gives 185 căn nhà đại đoàn kết for the 2023 launch, another year.)"),
    ("360_7ce4c52c2f43", D,
     "Năm 2024, Hà Nội đã trao hơn 120 xe máy hỗ trợ sinh kế cho hộ nghèo từ nguồn Quỹ “Vì người nghèo”.",
     "360_7ce4c52c2f43: 'Trao hỗ trợ sinh kế tới các hộ nghèo gồm 95 xe máy, 54 con bò, 13 máy khâu, 1 máy tuốt lúa từ nguồn Quỹ \"Vì người nghèo\"'. g.sh '12[0-9] xe máy' -> no hit (468 has 15 xe máy for 2023)."),

    # ---------------- 470 ----------------
    ("470_5bd73e63f016", D,
     "Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh (11/6 - 6/8) dự kiến thu hút khoảng nửa triệu lượt thanh niên, người dân tham gia.",
     "470_5bd73e63f016: 'Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh sẽ được diễn ra từ ngày 11.6 đến ngày 6.8, dự kiến thu hút hơn 700.000 lượt thanh niên, người dân'. g.sh '500\\.000 lượt|500 nghìn lượt' -> no hit."),
    ("470_5bd73e63f016", N,
     "Chiến dịch tình nguyện hè năm 2022 của Thành đoàn TP Hồ Chí Minh đã thu hút hơn 600.000 lượt thanh niên tham gia.",
     "Another year: 470 counts only the 2023 summer (hơn 700.000 lượt). g.sh '(TP Hồ Chí Minh|TP\\.? ?HCM|TPHCM|Thành đoàn).{0,150}(hè|Mùa hè xanh)' -> 470 and Hà Nội pages (318, 692) only; 548/549 count the national (Trung ương Đoàn) 2022 campaign, not TP HCM; g.sh '(tình nguyện|Thành đoàn).{0,200}600\\.000' -> no hit."),

    # ---------------- 491 ----------------
    ("491_4610d3eefa4d", S,
     "Mỗi đoàn viên khó khăn tại huyện Hòa Vang được Công đoàn TP Đà Nẵng hỗ trợ 50 triệu đồng để xây “Mái ấm Công đoàn”.",
     "491_4610d3eefa4d: 'Năm đoàn viên được nhận hỗ trợ đợt này đang sinh hoạt tại các Công đoàn cơ sở trực thuộc LĐLĐ huyện Hòa Vang, mỗi trường hợp được hỗ trợ 50 triệu đồng từ nguồn quỹ hoạt động xã hội Công đoàn thành phố.'"),
    ("491_4610d3eefa4d", D,
     "Trong năm 2024, LĐLĐ TP Đà Nẵng đã hỗ trợ xây dựng “Mái ấm Công đoàn” cho 130 đoàn viên có hoàn cảnh khó khăn về nhà ở.",
     "491_4610d3eefa4d: 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \"Mái ấm Công đoàn\" cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở.' g.sh '130 đoàn viên' -> only 733 (130 đoàn viên ưu tú giới thiệu kết nạp Đảng), unrelated."),

    # ---------------- 543 ----------------
    ("543_d5db09f6fc8c", S,
     "Tại điểm Chợ Tết Công đoàn chính ở phường Hòa Khánh (5 - 8/2/2026), LĐLĐ thành phố Đà Nẵng sẽ cấp phát 30 nghìn phiếu mua hàng cho người lao động.",
     "543_d5db09f6fc8c: 'điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường Trung tâm hành chính phường Hòa Khánh từ ngày 5-2 đến 8-2-2026 ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng cho người lao động.'"),
    ("543_d5db09f6fc8c", D,
     "Điểm Chợ Tết Công đoàn lưu động tại KCN Tam Thăng (30/1 - 1/2/2026) sẽ phát khoảng 18.000 phiếu mua hàng cho công nhân.",
     "543_d5db09f6fc8c: 'Tại KCN Tam Thăng (diễn ra từ ngày 30-1 đến 1-2-2026, tức 12 đến 14 tháng Chạp, phát 14.820 phiếu)'. g.sh '18\\.000 phiếu|18 nghìn phiếu' -> no hit."),

    # ---------------- 630 ----------------
    ("630_4a010a274cfc", S,
     "Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI có các đại biểu chính thức thay mặt cho gần 6.000 đoàn viên trong toàn ngành.",
     "630_4a010a274cfc: '196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự'; gần 6.000 ~ 5.965."),
    ("630_4a010a274cfc", D,
     "Hơn 220 đại biểu chính thức đã dự Đại hội Công đoàn ngành Y tế tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2023 - 2028.",
     "630_4a010a274cfc: 'cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở'. g.sh '22[0-9] đại biểu' -> only 1187 ('Gần 220 đại biểu' of Công đoàn Tổng công ty Bưu điện), unrelated."),

    # ---------------- 728 ----------------
    ("728_911221c21d93", S,
     "Năm 2021, huyện Đại Lộc có 10 cơ quan, đơn vị xếp thứ 3 trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728_911221c21d93: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3 trong phong trào thi đua cụm đồng bằng của tỉnh'."),
    ("728_911221c21d93", D,
     "Trong phong trào thi đua năm 2021, Đại Lộc có chín cơ quan, đơn vị xếp vị thứ dẫn đầu cụm thi đua đồng bằng của tỉnh.",
     "728_911221c21d93: '6 cơ quan, đơn vị xếp vị thứ dẫn đầu' (8 xếp thứ nhì, 10 xếp thứ 3). g.sh '9 cơ quan' -> only 497 ('19 cơ quan, đơn vị' ủng hộ MTTQ Hà Nội), unrelated; g.sh 'Đại Lộc' -> 728 and 784 (Huyện đoàn, 2023)."),

    # ---------------- 763 ----------------
    ("763_1f58c3035f15", S,
     "Ngôi nhà “Mái ấm Công đoàn” vừa bàn giao cho gia đình anh Phạm Văn Bút có kinh phí xây dựng 74 triệu đồng.",
     "763_1f58c3035f15: 'Ngôi nhà có tổng diện tích 59,8m2, kinh phí xây dựng 74 triệu đồng, trong đó quỹ \"Mái ấm Công đoàn\" hỗ trợ 40 triệu đồng'."),

    # ---------------- 844 ----------------
    ("844_2389728e91c4", S,
     "Trước kỳ họp bất thường để kiện toàn nhân sự, UBND TP Hà Nội có sáu Phó Chủ tịch, trong đó có ông Vũ Hồng Khanh.",
     "844_2389728e91c4: 'UBND TP Hà Nội có 6 Phó Chủ tịch gồm các ông: Vũ Hồng Khanh, Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Ngọc Tuấn, Nguyễn Quốc Hùng và Trần Xuân Việt.' (116 and 117 also give 6 Phó Chủ tịch at other dates.)"),
    ("844_2389728e91c4", D,
     "Tại kỳ họp bất thường tháng 3, HĐND TP Hà Nội dự kiến miễn nhiệm 2 Phó Chủ tịch UBND thành phố.",
     "844_2389728e91c4: 'HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND.' g.sh '2 Phó Chủ tịch UBND|hai Phó Chủ tịch UBND' -> no hit."),

    # ---------------- 930 ----------------
    ("930_456c87ad3771", S,
     "Chiều 25/5/2021, Chủ tịch LĐLĐ tỉnh Trần Hoàng Vũ đã trao biển tượng trưng hỗ trợ “Mái ấm Công đoàn” cho bảy đoàn viên khó khăn về nhà ở.",
     "930_456c87ad3771: 'Chiều ngày 25/5/2021 ... Ông Trần Hoàng Vũ, Tỉnh Ủy viên, Chủ tịch Liên đoàn Lao động Tỉnh đã trao biển tượng trưng hỗ trợ Mái ấm Công đoàn Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở'."),
    ("930_456c87ad3771", D,
     "Kế hoạch Tháng Công nhân - Tháng ATVSLĐ năm 2021 của LĐLĐ tỉnh có chương trình hỗ trợ xây dựng 30 căn nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "930_456c87ad3771: 'kế hoạch tổ chức Tháng công nhân- Tháng An toàn vệ sinh lao động năm 2021 ... có chương trình hỗ trợ và trao biển tượng trưng xây dựng 20 căn nhà Mái ấm công đoàn\" cho đoàn viên khó khăn về nhà ở.' g.sh '30 căn' -> no hit."),

    # ---------------- not_found on pages without usable figures ----------------
    ("003_c1f428e54ea5", N,
     "Tại kỳ họp thứ 11 Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI ngày 16/12, hội nghị đã bầu bổ sung 3 Ủy viên Ban Chấp hành.",
     "Not counted: 003 only says the meeting was held 'để bầu bổ sung Ủy viên Ban Chấp hành, Ban Thường vụ và chức danh Chủ tịch' (no number). g.sh 'bầu bổ sung' -> 037 (kỳ họp thứ 9, another meeting, no number), 088 ('bầu bổ sung 4 đồng chí' to BCH Tổng LĐLĐ Việt Nam, another organisation), 584 (LĐLĐ tỉnh, another province), 153, 628, 881; none counts the Hà Nội 11th session."),
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức tham dự.",
     "Another edition: 132_c1ba456901a1 counts 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức'; 031 (lần thứ XII) gives no delegate count. g.sh 'Công thương Hà Nội.{0,200}đại biểu' -> only 132 (XI)."),
    ("236_8c39dd7a5f76", N,
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023 - 2028 có 280 đại biểu chính thức về dự.",
     "Not counted: 236 gives only the duration ('diễn ra trong 2 ngày (ngày 6, 7/7/2023)'), no delegates. g.sh 'Đại hội.{0,100}Đống Đa.{0,200}[0-9]+ (đại biểu|đồng chí)' and 'Đống Đa.{0,80}đại biểu|đại biểu.{0,80}Đống Đa' -> no hit."),
    ("664_ee315818b222", N,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia ngày 14/3/2023 đã bầu Ban Chấp hành khóa mới gồm 5 ủy viên.",
     "Not counted: 664 only says the congress would 'bầu ra Ban Chấp hành Công đoàn khoá mới'; its only count is '41 công đoàn viên của Trung tâm' attending. g.sh 'Chất lượng Giáo dục phổ thông' -> only 664; g.sh 'Ban Chấp hành (Công đoàn )?khoá mới|BCH.{0,40}(gồm|có) [0-9]+' -> only 664, no number."),
    ("901_623fc945bf8f", N,
     "Tháng Công nhân năm 2024, hệ thống Công đoàn Điện lực Việt Nam có 320 công đoàn cơ sở tổ chức hoạt động hưởng ứng.",
     "Not counted: 901 gives only a target share ('Mục tiêu 100% công đoàn cơ sở trong hệ thống Công đoàn Điện lực Việt Nam tổ chức ít nhất 1 hoạt động'), never a number of CĐCS. g.sh 'Điện lực Việt Nam.{0,200}[0-9\\.]+ (CĐCS|công đoàn cơ sở)|[0-9\\.]+ (CĐCS|công đoàn cơ sở).{0,100}Điện lực' -> no hit."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any(c in x for x in row for c in "\t\r\n"), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])  # stable: keeps order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
