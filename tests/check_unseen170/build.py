#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for testing `ldtd check` blind.

Each claim states ONE counted figure. verdict is the expected answer of the
checker over the whole corpus (.corpus_files: 5 seeds + 704 dev pages of
batches 1-30). `why` quotes the corpus words (with page id) the verdict rests
on; for not_found it lists the g.sh greps run and why nearby figures are about
something else. Page ids refer to /work/main/tests/dev/pages/<id>.txt; `seed`
is /work/main/corpus/000_bfafa456d464a790.txt.
"""
import csv
import unicodedata

SEED = "seed"  # /work/main/corpus/000_bfafa456d464a790.txt

CLAIMS = [
    # ---------------------------------------------------------------- seed 000
    (SEED, "supported",
     "Tại hội nghị đối thoại giữa Chủ tịch UBND thành phố Hà Nội với công nhân lao động Thủ đô năm 2023, có 600 ý kiến, kiến nghị bằng văn bản của CNLĐ được lãnh đạo Thành phố trả lời, chỉ đạo giải quyết.",
     "seed 000_bfafa456d464a790: 'Tổ chức Hội nghị gặp gỡ, đối thoại giữa chủ tịch UBND Thành phố với CNLĐ Thủ đô. Tại Hội nghị đã có 600 ý kiến kiến nghị bằng văn bản và 26 ý kiến, kiến nghị trực tiếp'; same event in seed 003_7db656824e63f1d3: 'hơn 600 ý kiến, kiến nghị bằng văn bản và 26 ý kiến, kiến nghị trực tiếp'."),
    (SEED, "differs",
     "Tổng số tiền giải trao cho các thí sinh đạt giải Hội thi thợ giỏi thành phố Hà Nội năm 2023 là khoảng 650 triệu đồng.",
     "seed 000_bfafa456d464a790: 'khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng' (Hội thi thợ giỏi thành phố Hà Nội năm 2023). g.sh '(650|564) triệu' -> only 564 (seed) and 497 (564 triệu MTTQ, unrelated); 650 triệu never stated. 069_c095579249d1 (plan of the same contest) gives no prize money."),
    # ---------------------------------------------------------------- 038
    ("038_9fbcf38fe170", "supported",
     "Tổng kinh phí Liên đoàn Lao động Hà Nội dành để hỗ trợ đoàn viên, người lao động khó khăn bị ảnh hưởng dịch Covid-19 là mười tỷ đồng.",
     "038_9fbcf38fe170: 'Mức hỗ trợ là 500.000 đồng/người, tổng kinh phí hỗ trợ là 10 tỷ đồng, trong đó có 5 tỷ đồng kinh phí từ nguồn Tài chính LĐLĐ thành phố Hà Nội và 5 tỷ đồng từ nguồn tích lũy của Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội'."),
    ("038_9fbcf38fe170", "differs",
     "Trong đợt hỗ trợ đoàn viên, người lao động khó khăn do Covid-19, LĐLĐ TP Hà Nội trực tiếp hỗ trợ 15 nghìn trường hợp, phần còn lại giao Công đoàn các KCN&CX Hà Nội.",
     "038_9fbcf38fe170: 'LĐLĐ thành phố Hà Nội sẽ trực tiếp hỗ trợ 10.000 trường hợp và giao Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội hỗ trợ 10.000 trường hợp'. g.sh '15\\.?000 (trường hợp|đoàn viên)|mười lăm nghìn' -> no hit."),
    # ---------------------------------------------------------------- 094
    ("094_a583a5e0c0ff", "supported",
     "Từ đầu năm 2023, hơn 8 nghìn công đoàn cơ sở thuộc Liên đoàn Lao động Thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.",
     "094_a583a5e0c0ff: 'từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... trực thuộc LĐLĐ Thành phố đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; consistent with seed 003_7db656824e63f1d3: '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028'."),
    ("094_a583a5e0c0ff", "differs",
     "Năm 2023 có 52 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ TP Hà Nội đã tổ chức xong đại hội nhiệm kỳ 2023-2028.",
     "094_a583a5e0c0ff: 'hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; seed 003_7db656824e63f1d3: 'đã có 45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành việc tổ chức Đại hội, nhiệm kỳ 2023 - 2028'. g.sh '52 công đoàn' -> no hit."),
    # ---------------------------------------------------------------- 1085
    ("1085_fdedd93bed02", "differs",
     "Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021-2026 gồm mười ba người.",
     "1085_fdedd93bed02: 'Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 đã tiến hành họp phiên thứ nhất bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu'. g.sh 'Phụ nữ tỉnh Hà Tĩnh|LHPN tỉnh Hà Tĩnh|LHPN Hà Tĩnh' -> only 1085; g.sh '13 (đại biểu|ủy viên|uỷ viên|đồng chí)' -> nothing about Hà Tĩnh women."),
    ("1085_fdedd93bed02", "not_found",
     "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI, nhiệm kỳ 2021-2026 có 300 đại biểu chính thức tham dự.",
     "g.sh 'Phụ nữ tỉnh Hà Tĩnh|LHPN tỉnh Hà Tĩnh|LHPN Hà Tĩnh' -> only 1085_fdedd93bed02, which counts only the Ban Thường vụ ('gồm 11 đại biểu'), not the delegates attending the congress; g.sh '[0-9]+ đại biểu chính thức' -> other congresses only (Công đoàn, Đảng bộ...). Delegates of this women's congress are never counted."),
    # ---------------------------------------------------------------- 1169
    ("1169_2df73ad10d97", "not_found",
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 200 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
     "1169_2df73ad10d97 says only 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc' and 'Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến được tuyên dương' (one hospital's count, another counted noun). g.sh 'thi đua yêu nước ngành Y|(Y tế|y tế).{0,80}(tập thể|cá nhân) điển hình' and 'tuyên dương [0-9]+ (tập thể|cá nhân)' -> only 1169 and 'Bình Dương: Tuyên dương 183 cá nhân lao động giỏi' (seed 002 teaser, unrelated)."),
    # ---------------------------------------------------------------- 1192
    ("1192_dccb05c77ecc", "differs",
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra ngày 10-12/5/2019 quy tụ hơn 550 vận động viên.",
     "1192_dccb05c77ecc: 'Hội thao có 24 đoàn tham gia ... với trên 444 vận động viên, đại diện cho gần 1.800 công chức, người lao động ngành Ngân hàng trên địa bàn'. g.sh '550 vận động|550 VĐV' -> no hit; g.sh 'Vĩnh Long' -> 1192, 867 (mái ấm công đoàn), 1152 (phụ nữ), no other sports event."),
    ("1192_dccb05c77ecc", "not_found",
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2019 đã trao 36 bộ huy chương cho các vận động viên.",
     "1192_dccb05c77ecc counts teams (24 đoàn), athletes (444), events ('12 nội dung của 5 môn'), never medals. g.sh 'huy chương' -> no hit in the corpus; g.sh '(giải|huy chương|HCV|giải Nhất|nhất toàn đoàn)' with 'ngân hàng' -> nothing about prizes of this Hội thao. 1190 (Hội thao NHNN cụm thi đua số 8, 120 VĐV) is another event and counts no medals."),
    # ---------------------------------------------------------------- 151
    ("151_77cc7b6288de", "differs",
     "Trong 6 tháng đầu năm 2021, Hà Nội đã cho vay khoảng 1.600 tỷ đồng để người lao động tự tạo việc làm.",
     "151_77cc7b6288de: 'Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng' (2021). g.sh '1\\.600 tỷ|1600 tỷ' -> no hit. 098_edd9ef3c5812 gives 'trên 2.090 tỷ đồng' for the first half of 2022 (another year), not 1.600."),
    ("151_77cc7b6288de", "not_found",
     "Sáu tháng đầu năm 2021, Hà Nội đã đưa hơn 1.500 lao động đi làm việc ở nước ngoài theo hợp đồng.",
     "g.sh 'nước ngoài theo hợp đồng|xuất khẩu lao động|làm việc ở nước ngoài' and 'đi làm việc ở nước ngoài|lao động ngoài nước' -> only 098_edd9ef3c5812: 'Số lao động được giải quyết việc làm qua hình thức xuất khẩu lao động trên 1.200 người', which is the first half of 2022 ('tăng 21,4% so với cùng kỳ năm 2021'), another year. 151 (2021) does not count workers sent abroad."),
    # ---------------------------------------------------------------- 161
    ("161_e0c324a85eb1", "supported",
     "Tính đến ngày 29/1/2024, các cấp công đoàn cả nước đã tổ chức hơn 14,6 nghìn chương trình \u201cTết Sum vầy - Xuân chia sẻ\u201d.",
     "161_e0c324a85eb1: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình \u201cTết Sum vầy - Xuân chia sẻ\u201d' (Tết 2024, caption 'Tết Sum vầy 2024'); heading 'Hơn 14.600 chương trình'."),
    ("161_e0c324a85eb1", "differs",
     "Tổng số tiền của các chương trình \u201cTết Sum vầy - Xuân chia sẻ\u201d do công đoàn các cấp tổ chức dịp Tết 2024 (tính tới 29/1) là khoảng 1 300 tỷ đồng.",
     "161_e0c324a85eb1: 'hơn 1,8 triệu lượt đoàn viên và người lao động được tặng quà tại chương trình, tổng số tiền gần 1.022 tỷ đồng'. g.sh '1\\.300 tỷ|1300 tỷ' -> no hit; 102_19f84bdab62b gives the 2015-2024 cumulative 'hơn 10.617 tỷ đồng' and 279 the 2019 total '3.052,6 tỷ đồng' (other periods)."),
    # ---------------------------------------------------------------- 343
    ("343_5b2e15f18b4a", "differs",
     "Câu lạc bộ Tiếng Anh do em Nguyễn Thị Anh Thơ lập ra ở Trường THPT Sóc Sơn có khoảng 60 thành viên.",
     "343_5b2e15f18b4a: 'Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên'. g.sh 'Câu lạc bộ Tiếng Anh|thành viên' with 'câu lạc bộ' -> only this sentence. (The 'hơn 100 bạn' club is Ngọc Linh's Câu lạc bộ tình nguyện at THPT Xuân Giang.)"),
    ("343_5b2e15f18b4a", "not_found",
     "Câu lạc bộ Vovinam của Trường THPT Xuân Giang (Sóc Sơn), do em Nguyễn Hữu Thái làm đội trưởng, có 40 thành viên.",
     "343_5b2e15f18b4a only says 'Em là Đội trưởng Câu lạc bộ Vovinam của Trường' without a size; the page's club counts are about other clubs: 'Câu lạc bộ Tiếng Anh ... với 87 thành viên' (THPT Sóc Sơn) and 'Câu lạc bộ tình nguyện của trường với hơn 100 bạn'. g.sh 'Vovinam' -> only that sentence."),
    # ---------------------------------------------------------------- 462
    ("462_4798a1189a9b", "supported",
     "Tại lễ phát động tháng cao điểm Vì người nghèo sáng 17/10, TP.HCM dùng Quỹ Vì người nghèo trao kinh phí xây dựng 20 căn nhà tình thương.",
     "462_4798a1189a9b: 'TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế'."),
    ("462_4798a1189a9b", "differs",
     "Tại lễ phát động tháng cao điểm Vì người nghèo ngày 17/10, Ủy ban MTTQ Việt Nam TP.HCM trao hơn 150 phương tiện sinh kế như xe gắn máy, máy may cho hộ nghèo, cận nghèo.",
     "462_4798a1189a9b: 'trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế gồm có gắn máy, máy may... cho các gia đình chính sách, hộ nghèo, hộ cận nghèo'. g.sh '150 phương tiện' -> no hit; g.sh 'sinh kế' -> 360 (95 xe máy, Quỹ Cứu trợ, another place) and 468 (Hà Nội), not TP.HCM's 17/10 ceremony."),
    # ---------------------------------------------------------------- 517
    ("517_afee7999e666", "supported",
     "Tính đến giữa tháng 7/2022, Chương trình \u201c1 triệu sáng kiến\u201d của Tổng LĐLĐ Việt Nam đã đạt 232,3% chỉ tiêu kế hoạch đề ra.",
     "517_afee7999e666 (15/07/2022): 'Trong hơn 140 ngày thực hiện Chương trình \u201c1 triệu sáng kiến ...\u201d của Đoàn Chủ tịch Tổng LĐLĐVN ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến'."),
    ("517_afee7999e666", "differs",
     "Sau hơn 140 ngày triển khai, Chương trình \u201c1 triệu sáng kiến\u201d của Tổng LĐLĐ Việt Nam đã ghi nhận hơn 800.000 sáng kiến trên cả nước.",
     "517_afee7999e666: 'Trong hơn 140 ngày thực hiện Chương trình ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến'. g.sh '800\\.000 sáng kiến|800 nghìn sáng kiến' -> no hit; seed 002 '14.791 sáng kiến' is Hà Nội's count only."),
    # ---------------------------------------------------------------- 545
    ("545_555e3ee7ac16", "supported",
     "Hội thi ảnh đẹp \u201cKhoảnh khắc của cuộc sống\u201d do Hội Liên hiệp Phụ nữ Quận 3 (TPHCM) tổ chức thu hút hơn 600 tác phẩm dự thi.",
     "545_555e3ee7ac16: 'tổ chức hội thi ảnh đẹp \u201cKhoảnh khắc của cuộc sống\u201d với hơn 600 tác phẩm dự thi'."),
    ("545_555e3ee7ac16", "differs",
     "Dịp Tết Giáp Thìn 2024, Hội LHPN Quận 3 trao quà Tết cho hội viên khó khăn, trẻ em mồ côi, thanh niên nhập ngũ với tổng kinh phí khoảng 950 triệu đồng.",
     "545_555e3ee7ac16: 'trao tặng quà tết cho hội viên phụ nữ có hoàn cảnh khó khăn, yếu thế, trẻ em mồ côi, thanh niên thi hành nghĩa vụ quân sự năm 2024 với tổng kinh phí hơn 625 triệu đồng'. g.sh '(625|900|800) triệu' and '950 triệu' -> nothing else about Quận 3."),
    # ---------------------------------------------------------------- 547
    ("547_7c40b99db422", "supported",
     "Sau 3 tháng, chiến dịch Thanh niên tình nguyện hè 2023 của Tỉnh đoàn (địa bàn có xã biên giới Tr\u2019hy, huyện Tây Giang) đã trồng mới hơn 165 nghìn cây xanh.",
     "547_7c40b99db422: 'Sau 3 tháng triển khai, chiến dịch thanh niên tình nguyện hè năm 2023 đã đạt được những kết quả tích cực ... Trồng mới 165.214 cây xanh'; same page names 'xã biên giới Tr\u2019hy, huyện Tây Giang'. The page never names the province; 550 gives the national target 'trồng mới ít nhất 6 triệu cây xanh' (another organisation, a target)."),
    # ---------------------------------------------------------------- 572
    ("572_92a9a3f61f3b", "supported",
     "Ban Chấp hành Liên đoàn Lao động TP.HCM khóa I, nhiệm kỳ 2025-2030 được Tổng LĐLĐ Việt Nam chỉ định gồm 65 ủy viên.",
     "572_92a9a3f61f3b: 'Theo quyết định, Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên' (khóa I, nhiệm kỳ 2025-2030)."),
    ("572_92a9a3f61f3b", "differs",
     "LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 có 12 Phó Chủ tịch, đứng đầu là Phó Chủ tịch Thường trực Võ Khắc Thái.",
     "572_92a9a3f61f3b: '10 Phó chủ tịch LĐLĐ TP.HCM khóa I, gồm Ông Võ Khắc Thái (giữ nhiệm vụ Phó chủ tịch Thường trực LĐLĐ TP.HCM), ông Phạm Trọng Nhân, ...' (ten names listed). g.sh '1[0-9] Phó (chủ tịch|Chủ tịch)|mười hai Phó' -> only this '10 Phó chủ tịch'."),
    # ---------------------------------------------------------------- 691
    ("691_396a6e5ab481", "supported",
     "Tại lễ phát động Tháng cao điểm \u201cVì người nghèo\u201d sáng 7/10/2022 do Ủy ban MTTQ Việt Nam tỉnh tổ chức, Quỹ \u201cVì người nghèo\u201d đã nhận ủng hộ của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm.",
     "691_396a6e5ab481: 'Quỹ \u201cVì người nghèo\u201d vừa đón nhận gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm trong và ngoài tỉnh ủng hộ tại lễ phát động Tháng cao điểm \u201cVì người nghèo\u201d (17/10 - 18/11), diễn ra sáng 7/10' (page dated 07/10/2022; the province is not named on the page)."),
    ("691_396a6e5ab481", "differs",
     "Theo kết quả rà soát năm 2021 được nêu tại lễ phát động Tháng cao điểm \u201cVì người nghèo\u201d ngày 7/10/2022, tỉnh còn hơn 18 nghìn hộ nghèo.",
     "691_396a6e5ab481: 'Kết quả rà soát hộ nghèo năm 2021 theo chuẩn nghèo giai đoạn 2022 - 2025 cho thấy, tỉnh hiện có 16.006 hộ nghèo, chiếm tỷ tỷ lệ 4,93%'. g.sh '[0-9.]+ hộ nghèo' -> 468 (Hà Nội hơn 2.100), 1144 (Đức Trọng 533), no 18.000."),
    # ---------------------------------------------------------------- 700
    ("700_dd6b1b09b4e2", "differs",
     "Chương trình \u201cChợ Tết Công đoàn - Xuân 2026\u201d trực tuyến của Tổng LĐLĐ Việt Nam có tổng số tiền hỗ trợ đoàn viên mua sắm là 150 tỷ đồng.",
     "700_dd6b1b09b4e2: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình. Trong đó, mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng'; 601_191d90e3f2ed (same programme): 'tổng số tiền hỗ trợ là 100 tỉ đồng'. g.sh '150 (tỉ|tỷ)' -> no hit."),
    ("700_dd6b1b09b4e2", "not_found",
     "Chợ Tết Công đoàn - Xuân 2026 trực tuyến của Tổng Liên đoàn Lao động Việt Nam có 48 doanh nghiệp tham gia cung cấp hàng hóa.",
     "700_dd6b1b09b4e2 only says the goods are 'do các doanh nghiệp trong nước cung cấp' (no count); 601 (same programme) gives no supplier count. g.sh '48 doanh nghiệp' -> only 262_7b5b3b51657d: '\u201cChợ Tết Công đoàn năm 2023\u201d với sự tham gia của 48 doanh nghiệp với 72 gian hàng' = LĐLĐ Hà Nội's 2023 market (another organiser, another edition). 107 (LĐLĐ Hà Nội Chợ Tết 2026) counts gian hàng / suất quà, not the Tổng LĐLĐ online market's suppliers."),
    # ---------------------------------------------------------------- 702
    ("702_b3991be6596d", "supported",
     "LĐLĐ TP.HCM phối hợp với LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ không có điều kiện về quê đón Tết tại phường Thạnh Lộc.",
     "702_b3991be6596d: 'Cùng ngày, LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc'. (The other meeting on the page had 24 gia đình.)"),
    # ---------------------------------------------------------------- 715
    ("715_b7fba7dd10cf", "differs",
     "Tính đến giữa tháng 4/2024, quận Hai Bà Trưng đã có 17/18 phường tổ chức thành công Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",
     "715_b7fba7dd10cf (hội nghị ngày 16/4): 'đang diễn ra Đại hội đại biểu Mặt trận Tổ quốc (MTTQ) Việt Nam phường nhiệm kỳ 2024-2029, trong đó có 15/18 phường đã tổ chức thành công Đại hội'. g.sh '17/18' -> no hit; g.sh 'Hai Bà Trưng' with MTTQ -> only 715."),
    # ---------------------------------------------------------------- 784
    ("784_77c303a5ded0", "supported",
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè 2023 ở xã Đại Cường, Huyện đoàn Đại Lộc đã tặng 10 suất quà cho cựu thanh niên xung phong trên địa bàn xã.",
     "784_77c303a5ded0: 'Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua; tặng 10 suất quà cho học sinh nghèo vượt khó và 10 suất quà cho cựu thanh niên xung phong trên địa bàn xã Đại Cường'."),
    ("784_77c303a5ded0", "differs",
     "Huyện đoàn Đại Lộc đã tuyên dương mười lăm gương thanh niên tình nguyện tiêu biểu tại lễ ra quân chiến dịch hè năm 2023.",
     "784_77c303a5ded0: 'Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua' (body and caption). g.sh 'Đại Lộc|gương thanh niên' and '15 gương' -> no other count."),
    # ---------------------------------------------------------------- 881
    ("881_751c16ff3f06", "supported",
     "Tại kỳ họp thứ 12 (bất thường) của HĐND quận Thủ Đức khóa IV, cả 33 đại biểu đã bầu ông Trương Trung Kiên làm Chủ tịch UBND quận.",
     "881_751c16ff3f06: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận, nhiệm kỳ 2016-2021'."),
    # ---------------------------------------------------------------- 980
    ("980_cd45ce45629c", "supported",
     "Tại Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội LHPN Việt Nam, 100% ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy làm Chủ tịch Hội khóa XIII.",
     "980_cd45ce45629c: 'Sau khi thảo luận và biểu quyết, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII, nhiệm kỳ 2022-2027'."),
    ("980_cd45ce45629c", "not_found",
     "Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII có 142 ủy viên có mặt.",
     "980_cd45ce45629c gives only a share ('100% Ủy viên Ban Chấp hành có mặt'), no head count of members present. g.sh 'Lê Thị Thủy|Hội nghị lần thứ 16' and 'Ban Chấp hành Trung ương Hội' -> 720_ac555b116a87: 'Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu' = the size of the committee elected at Đại hội XIII (2022), another counted noun and occasion than members attending the 16th conference. g.sh '142 ủy viên' -> no hit."),
    # ---------------------------------------------------------------- 994
    ("994_8697caa1612f", "differs",
     "Trong \u201cNgày thanh niên cùng hành động\u201d tại xã Sơn Tây chiều 26/1/2026, Tỉnh đoàn Hà Tĩnh đã trao tặng 320 suất quà cho người dân, thanh thiếu nhi.",
     "994_8697caa1612f: 'trao tặng 3 ti vi, 3 bộ máy tính và 220 suất quà cho người dân, thanh thiếu nhi trên địa bàn xã Sơn Tây'. g.sh '320 suất' -> no hit; g.sh 'Sơn Tây' -> other hits are thị xã Sơn Tây (Hà Nội)."),
    ("994_8697caa1612f", "not_found",
     "Khoảng 300 đoàn viên, thanh niên đã tham gia \u201cNgày thanh niên cùng hành động\u201d do Tỉnh đoàn Hà Tĩnh tổ chức tại xã Sơn Tây ngày 26/1/2026.",
     "994_8697caa1612f counts works and gifts (1 nhà nhân ái, 1 máy thở, 2 máy lọc nước, 3 mô hình, 220 suất quà) and money ('Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng' - money, not participants). g.sh 'Ngày thanh niên cùng hành động' -> only 994; g.sh '(300|ba trăm) đoàn viên' -> 357 (LĐLĐ Hà Nội hỗ trợ 300 đoàn viên), 626 (TP.HCM Tết), 1012 (đoàn viên kết nạp Đảng): other organisations/occasions. 904 (tuổi trẻ Hà Tĩnh hè 2025, gần 1,8 tỉ) is another event."),
    # ---------------------------------------------------------------- 009
    ("009_9bbc26544534", "not_found",
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 có 250 đại biểu chính thức tham dự.",
     "009_9bbc26544534 lists guests but counts no delegates. g.sh 'Y tế Hà Nội' -> 009, 118, 139, 144, 182, 221, 222, 226, 228, 230, 502 and g.sh 'Y tế Hà Nội.{0,200}đại biểu|đại biểu.{0,200}Y tế Hà Nội' with 2+ digits -> no delegate count for this congress. g.sh '[0-9]+ đại biểu chính thức' -> other congresses (Giáo dục 200 in 298, Công thương 200 in 132, Xây dựng 191 in 239, Công đoàn TP 550 in 092)."),
    # ---------------------------------------------------------------- 654
    ("654_33346c495ae8", "not_found",
     "Dịp kỷ niệm 20/10/2021, LĐLĐ quận Long Biên đã tặng quà cho 150 cháu con CNVCLĐ vượt khó học giỏi năm học 2020-2021.",
     "654_33346c495ae8: 'Liên đoàn Lao động Quận Long Biên còn tặng quà con CNVCLĐ vượt khó học giỏi năm học 2020- 2021' (no count). g.sh 'vượt khó học giỏi|vượt khó, học giỏi' -> 124 ('194 cháu', Công đoàn ngành GTVT Hà Nội), 694 (LĐLĐ Long An 151 suất), 460, 492, 606, 1213: other organisations. Nothing counts Long Biên's children."),
    # ---------------------------------------------------------------- 979
    ("979_5010ac31af5f", "not_found",
     "Ủy ban MTTQ Việt Nam huyện Phú Tân khóa VIII, nhiệm kỳ 2014 - 2019 có 45 ủy viên.",
     "979_5010ac31af5f: only 'Qua biểu quyết có 100% đại biểu tán thành' (a share) and the ordinal 'lần thứ 15, khóa VIII'; no member count. g.sh 'ủy viên Ủy ban MTTQ|uỷ viên Ủy ban MTTQ' -> 588 ('bầu thay thế 09 Ủy viên ... khóa IX, nhiệm kỳ 2019 - 2024', an unnamed huyện, another term and counted noun = replacements), 715 (2 ủy viên, Hai Bà Trưng), 977. g.sh 'Phú Tân' -> 793 (Huyện Đoàn, thiếu nhi)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        for s in (page_id, claim, why):
            assert "\t" not in s and "\n" not in s
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps per-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
