#!/usr/bin/env python3
"""Writes claims.tsv (blind claim set 6). Plain Python, no project code."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

ROWS = [
    # ---- 001 Lễ phát động Tháng Công nhân 2024 (no counted figure in page)
    ("001_25aa6863035a", N,
     "Lễ phát động Tháng Công nhân năm 2024 của Hà Nội tại Cung Văn hóa Lao động Hữu nghị Việt Xô thu hút khoảng 1.000 công nhân tham dự.",
     "001 and 220 (same 19/4/2024 ceremony) give no attendance figure. g.sh '1[. ]?000 (công nhân|đại biểu|người)', 'Tháng Công nhân năm 2024|Tháng công nhân 2024': the only ~1.000 attendance figures are 264 'Lễ phát động ... Tháng Công nhân năm 2025 ... khoảng 1.000 người' (2025, Thạch Thất), 313 'Tháng hành động về ATVSLĐ năm 2022 ... dự kiến có 1.000 đại biểu' (2022) and 007 'hơn 1.000 công nhân' (KCN&CX event 2021): other years/occasions."),
    # ---- 002
    ("002_66d9f9f8723b", N,
     "Năm 2016, cơ quan Liên đoàn Lao động thành phố Hà Nội có 12 ban, đơn vị trực thuộc.",
     "002 says only 'các ban, các đơn vị; cán bộ, CNVCLĐ cơ quan LĐLĐ Thành phố' without a number. g.sh '[0-9]+ ban', 'ban, (các )?đơn vị', '12 ban|mười hai ban': no count of the bodies of the LĐLĐ cơ quan anywhere."),
    # ---- 003
    ("003_c1f428e54ea5", N,
     "Tại kỳ họp thứ 11 Ban Chấp hành LĐLĐ Thành phố khóa XVI, đồng chí Nguyễn Phi Thường trúng cử Chủ tịch với 100% số phiếu.",
     "003 gives no vote share. g.sh 'số phiếu|phiếu tán thành|[0-9,]+ ?% (số )?phiếu', 'Phi Thường': 100% appears only in 100/247 ('số phiếu tín nhiệm 100%' for Bùi Văn Cường, Tổng LĐLĐ khóa XII) — another person and body."),
    # ---- 004
    ("004_50f58729cbd9", N,
     "Hội thảo về giải pháp nâng cao chất lượng phong trào Lao động giỏi do LĐLĐ Hà Nội tổ chức ngày 12/5/2018 có 150 đại biểu tham dự.",
     "004 gives no attendance. g.sh 'Hội thảo', '150 (đại biểu|người)': no hội thảo attendance figure; 151 đại biểu (248) is a Ba Đình union congress."),
    ("004_50f58729cbd9", N,
     "Trong Chương trình biểu dương năm 2018, LĐLĐ Thành phố tuyên dương 90 Công nhân giỏi Thủ đô.",
     "004 mentions 'Chương trình biểu dương Công nhân giỏi Thủ đô năm 2018' without a number. g.sh '[0-9]+ .{0,3}Công nhân giỏi', 'Công nhân giỏi.{0,60}2018': 90 is 042 'Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019' (2019); 100 is for 2022/2023. No 2018 count."),
    # ---- 005
    ("005_dbc959940fb5", S,
     "Năm 2025, LĐLĐ quận Long Biên phát động thi đua chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.",
     "005: 'Kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)'."),
    ("005_dbc959940fb5", D,
     "Năm 2025 cũng là dịp kỷ niệm 85 năm Ngày thành lập nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
     "005: '80 năm Ngày thành lập nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025)' — same anniversary, same year, 80 not 85."),
    # ---- 009
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 có 250 đại biểu chính thức tham dự.",
     "009 gives no delegate count. g.sh 'ngành Y tế' (009,118,139,144,182,221,222,226,228,230, seed 002), '[0-9.]+ đại biểu', '250 đại biểu': no delegate count for this congress; 200 đại biểu chính thức is Công thương (132) / Giáo dục (298)."),
    ("009_9bbc26544534", N,
     "Công đoàn ngành Y tế Hà Nội hiện có 120 công đoàn cơ sở trực thuộc.",
     "009 gives no number of CĐCS. g.sh '(Y tế|y tế).{0,200}[0-9]+ (suất|đoàn viên|công đoàn cơ sở|CĐCS|triệu)', '120 (công đoàn cơ sở|CĐCS)': only 144 '15 triệu đồng' (a support sum); no count of the ngành's CĐCS."),
    # ---- 010
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020 – 2025 triệu tập 99 đại biểu.",
     "010 gives no delegate count. g.sh 'Đảng bộ cơ quan', '99 đại biểu': 99 is 006 'dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố' — the trade-union (not Party) congress of the cơ quan, 2023."),
    # ---- 011 (cross-page: 307 reports the same congress)
    ("011_cf47df0083d9", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023 - 2028 có 500 đại biểu chính thức tham dự.",
     "011 names the congress (no figure); the corpus page 307 on the same congress: 'tham dự Đại hội có 545/550 đại biểu chính thức' — 545 (of 550), not 500. (XVI had 550 in 092, XVIII 548 in 288.)"),
    ("011_cf47df0083d9", S,
     "Có 545 đại biểu chính thức dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023 - 2028.",
     "011 names the congress (no figure); corpus page 307 on the same congress (16-17/10/2023): 'tham dự Đại hội có 545/550 đại biểu chính thức'."),
    # ---- 012
    ("012_a05fd57b7a97", N,
     "Theo kế hoạch của LĐLĐ Thành phố, trong Tháng hành động vì trẻ em năm 2020 các cấp Công đoàn Thủ đô sẽ trao 1.000 suất quà cho con đoàn viên.",
     "012 gives no numbers. g.sh 'trẻ em', 'suất quà', '1[.]?000 suất': only 152 '13.636 trẻ em có hoàn cảnh đặc biệt' (LĐTBXH statistics) and 320 (2017 UBND plan, no gift count)."),
    # ---- 013
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 150 đại biểu chính thức.",
     "013 (photo report) gives no delegate count. g.sh 'Tây Hồ' (013, 233, seeds 000/002) and '150 đại biểu': no figure about this congress."),
    ("013_a5bff765dc30", N,
     "Ban Chấp hành LĐLĐ quận Tây Hồ khóa V, nhiệm kỳ 2016 - 2023 gồm 21 ủy viên.",
     "013 names 'Ban chấp hành LĐLĐ quận Tây Hồ khoá V' without size. g.sh '21 (đồng chí|ủy viên)', 'Tây Hồ': 21 is 239 'bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội' and 237 'Bầu 21 đồng chí vào Ban Chấp hành Công đoàn quận Hai Bà Trưng khóa XIX' — other bodies."),
    # ---- 015
    ("015_8809a4b5e680", N,
     "Năm 2021, Công đoàn ngành GTVT Hà Nội biểu dương 70 Công nhân giỏi tiêu biểu.",
     "015 caption mentions 'Khen thưởng, biểu dương Công nhân giỏi năm 2021' without a count. g.sh 'GTVT|Giao thông vận tải', '[0-9]+ .{0,3}Công nhân giỏi': 70 is 017 'tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024' — year 2024."),
    # ---- 022
    ("022_5b9632190324", N,
     "Giai đoạn 2016 – 2020, LĐLĐ TP Hà Nội và Sở NN&PTNT Hà Nội đã phối hợp mở 30 lớp tập huấn cho người lao động ngành nông nghiệp.",
     "022 gives no results figures. g.sh 'lớp (tập huấn|đào tạo)', 'NN&PTN|nông nghiệp', '30 lớp': only 189 'tổ chức lớp tập huấn' (ATVSLĐ, no count)."),
    # ---- 024
    ("024_0d6b8f191cd9", N,
     "Tại hội nghị tổng kết năm học 2024 - 2025, Công đoàn ngành Giáo dục Hà Nội vinh danh 26 nhà giáo đạt giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9.",
     "024 says 'Các “Nhà giáo Hà Nội tâm huyết, sáng tạo” được vinh danh' without a count. g.sh 'tâm huyết, sáng tạo', '26 (giáo viên|nhà giáo)': 26 is 064 'LĐLĐ quận Đống Đa biểu dương 26 giáo viên đạt giải thưởng nhà giáo tâm huyết, sáng tạo' — another organisation."),
    # ---- 027
    ("027_18d8fbebbd64", S,
     "Năm 2023, LĐLĐ Thành phố tôn vinh nữ cán bộ Công đoàn Thủ đô nhân kỷ niệm 93 năm thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
     "027: 'kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023)'."),
    ("027_18d8fbebbd64", D,
     "Hội nghị năm 2023 của Ban Nữ công LĐLĐ Thành phố đánh dấu 15 năm Ngày Phụ nữ Việt Nam 20/10.",
     "027: '13 năm kỷ niệm Ngày Phụ nữ Việt Nam 20/10' (2023) — same anniversary, 13 not 15."),
    # ---- 028
    ("028_8830d5306618", N,
     "Năm 2022, Công đoàn ngành Giao thông vận tải Hà Nội biểu dương 80 “Công nhân giỏi”.",
     "028 mentions 'Biểu dương “Công nhân giỏi” năm 2022' without a number. g.sh '[0-9]+ .{0,3}Công nhân giỏi', 'GTVT': only 017 (2024: 816 cấp cơ sở, 70 tiêu biểu, 2 Thủ đô); nothing for 2022 in GTVT."),
    ("028_8830d5306618", N,
     "Tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021, Công đoàn ngành GTVT Hà Nội khen thưởng 30 tập thể.",
     "028 gives no award count. g.sh 'Giỏi việc nước', '30 tập thể': only 020 'Gần 3.000 lượt nữ CNVCLĐ ngành Công Thương' and 189 '38 tập thể' (ATVSLĐ 2018) — other branches/things."),
    # ---- 030
    ("030_339b34c5631f", N,
     "Công đoàn ngành GTVT Hà Nội hiện quản lý 3 nghiệp đoàn lái xe.",
     "030 only has headline-strip mentions of nghiệp đoàn, no count. g.sh 'nghiệp đoàn', '[0-9]+ nghiệp đoàn', 'ba nghiệp đoàn': no count anywhere."),
    # ---- 032
    ("032_60bc537342b5", S,
     "Gần hai trăm nữ đại biểu của toàn ngành Xây dựng Hà Nội dự lễ tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021.",
     "032: 'gần 200 nữ đại biểu các đơn vị trong toàn Ngành' at the Công đoàn ngành Xây dựng Hà Nội 2021 tổng kết."),
    ("032_60bc537342b5", D,
     "Lễ tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021 của Công đoàn ngành Xây dựng Hà Nội có hơn 350 nữ đại biểu tham dự.",
     "032: 'gần 200 nữ đại biểu' — same attendance, clearly not 'hơn 350'."),
    # ---- 034
    ("034_077a538b6e54", N,
     "Chào mừng Đại hội Công đoàn các cấp nhiệm kỳ 2023 - 2028, LĐLĐ huyện Đông Anh đã kết nạp 1.500 đoàn viên mới.",
     "034 gives no figure. g.sh 'Đông Anh.{0,200}[0-9]', '1[.]?500 đoàn viên': Đông Anh figures are 087 (69 Túi an sinh, 2021) and 313 (1.000 đại biểu, 2022) — other things."),
    # ---- 037
    ("037_69ea9a40be4e", N,
     "Đồng chí Bùi Huyền Mai được bầu giữ chức Chủ tịch LĐLĐ Thành phố tại kỳ họp thứ 9 Ban Chấp hành khóa XVI với 97,87% số phiếu.",
     "037 gives no vote share. g.sh 'Huyền Mai', 'số phiếu', '97,87': 97,87% is 352 'ông Chu Ngọc Anh ... số phiếu 92/94 (chiếm 97,87%)' (UBND chairman 2021)."),
    # ---- 040
    ("040_336a9444fa13", N,
     "Kế hoạch của Thành ủy Hà Nội thực hiện chủ trương đổi mới tổ chức và hoạt động Công đoàn đặt mục tiêu phát triển thêm 100.000 đoàn viên.",
     "040 (interview intro) gives no target. g.sh '100[. ]?000 đoàn viên', 'phát triển.{0,40}[0-9.]+ đoàn viên': no such target in the corpus."),
    # ---- 041
    ("041_bf2f2fd819b8", S,
     "Tháng 5/2022, LĐLĐ thành phố Hà Nội tuyên dương một trăm “Công nhân giỏi Thủ đô”.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (25/05/2022)."),
    ("041_bf2f2fd819b8", S,
     "Lễ tuyên dương Công nhân giỏi Thủ đô năm 2022 chào mừng 132 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
     "041: 'chào mừng kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh vĩ đại (19/5/1890-19/5/2022)'."),
    # ---- 051
    ("051_fbcaca51a290", S,
     "LĐLĐ huyện Chương Mỹ trao 35 triệu đồng hỗ trợ chị Nguyễn Thị Đức xây nhà “Mái ấm công đoàn”.",
     "051: 'đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức'."),
    ("051_fbcaca51a290", D,
     "Trong khoản hỗ trợ xây Mái ấm công đoàn cho chị Nguyễn Thị Đức, Liên đoàn Lao động thành phố Hà Nội góp 50 triệu đồng.",
     "051: 'Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng' — same contribution, 30 not 50."),
    # ---- 052
    ("052_59edbafd4169", N,
     "Chương trình khám sức khỏe, tầm soát ung thư miễn phí của LĐLĐ huyện Thạch Thất đã khám cho 862 công nhân, viên chức, lao động.",
     "052 gives no number examined. g.sh 'tầm soát|khám sức khỏe', '862': 862 is 142 'khám sức khỏe miễn phí cho 862 đoàn viên, người lao động' — another programme/organiser (not Thạch Thất)."),
    ("052_59edbafd4169", S,
     "Chương trình khám sức khỏe của LĐLĐ huyện Thạch Thất ưu tiên công nhân làm nghề nặng nhọc, độc hại, nguy hiểm liên tục từ ba năm trở lên.",
     "052: 'công nhân lao động làm những nghề, công việc nặng nhọc, độc hại, nguy hiểm liên tục từ 3 năm trở lên'."),
    # ---- 061
    ("061_072ce816bda9", S,
     "Bảo hiểm xã hội thành phố Hà Nội đã tập huấn nghiệp vụ cho 100 phần trăm viên chức trực tiếp làm công tác hỗ trợ người lao động gặp khó khăn do Covid-19.",
     "061: 'tổ chức tập huấn, hướng dẫn nghiệp vụ đối với 100% viên chức trực tiếp làm công tác này'."),
    ("061_072ce816bda9", D,
     "BHXH Hà Nội mới tập huấn nghiệp vụ cho khoảng 60% số viên chức trực tiếp thực hiện chính sách hỗ trợ người lao động bị ảnh hưởng bởi Covid-19.",
     "061: '100% viên chức trực tiếp làm công tác này' — same training, 100% not ~60%."),
    # ---- 065
    ("065_7cac91137e69", S,
     "Quận Hoàn Kiếm đã trải qua 61 năm xây dựng, trưởng thành và phát triển.",
     "065: 'từ khi thành lập quận Hoàn Kiếm đến nay, trải qua 61 năm xây dựng, trường thành và phát triển'."),
    ("065_7cac91137e69", D,
     "LĐLĐ quận Hoàn Kiếm trao thưởng các nhà giáo năm học 2021 - 2022 nhân kỷ niệm 38 năm Ngày Nhà giáo Việt Nam.",
     "065: 'nhân kỷ niệm 40 năm Ngày Nhà giáo Việt Nam' (năm học 2021 - 2022) — same anniversary, 40 not 38."),
    # ---- 076
    ("076_a1ba473fd589", D,
     "Tại Lễ báo công dâng Bác năm 2022, có 120 “Công nhân giỏi Thủ đô” cùng lãnh đạo LĐLĐ Hà Nội dâng hương.",
     "076: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương' (041 also 100 for 2022) — 100 not 120."),
    ("076_a1ba473fd589", S,
     "Cùng Chủ tịch LĐLĐ Hà Nội Nguyễn Phi Thường, 100 Công nhân giỏi Thủ đô năm 2022 đã báo công dâng Bác.",
     "076: 'Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Phi Thường và đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương'."),
    # ---- 080
    ("080_9b9e2cec9822", S,
     "Phiên làm việc thứ nhất của Đại hội XIII Công đoàn Việt Nam đã thẩm tra tư cách 1100 đại biểu.",
     "080: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch; thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội' (1/12/2023)."),
    ("080_9b9e2cec9822", D,
     "Đại hội XIII Công đoàn Việt Nam đã bầu 31 người vào Đoàn Chủ tịch Đại hội.",
     "080: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch' — 29 not 31."),
    # ---- 082
    ("082_082fb4d81eaa", N,
     "Hội nghị gặp gỡ, đối thoại giữa Chủ tịch UBND TP Hà Nội và công nhân lao động Thủ đô năm 2024 có hơn 1.000 công nhân tham dự.",
     "082 gives no attendance. g.sh 'đối thoại.{0,150}[0-9]+ (công nhân|CNLĐ|người|đại biểu)': only 278 'dự buổi đối thoại có hơn 1000 CNLĐ' — an earlier dialogue (Chủ tịch Nguyễn Đức Chung, KCN&CX), not the 23/5/2024 one."),
    ("082_082fb4d81eaa", N,
     "Hà Nội dự kiến khởi công 5 khu nhà ở xã hội cho công nhân từ nay đến năm 2025.",
     "082 subheading 'Khởi công các khu nhà ở xã hội từ nay đến năm 2025' gives no number. g.sh 'nhà ở xã hội.{0,100}[0-9]', 'khu nhà ở xã hội': no count (107 is a Tết market at a khu nhà ở xã hội)."),
    # ---- 091
    ("091_e664206785ba", S,
     "Công đoàn ngành Giáo dục Hà Nội trao mười lăm triệu đồng hỗ trợ cô giáo Hoàng Thị Nga và thầy giáo Đoàn Mạnh Cường.",
     "091: 'Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng'."),
    ("091_e664206785ba", D,
     "Tháng 8/2020, Công đoàn ngành Giáo dục Hà Nội đến thăm, tặng quà ba giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì.",
     "091: 'tới thăm và tặng quà hỗ trợ hai giáo viên bị bệnh hiểm nghèo ... của hai huyện Mỹ Đức và huyện Ba Vì' — two, not three."),
    # ---- 094
    ("094_a583a5e0c0ff", S,
     "Từ đầu năm 2023, hơn 8 nghìn công đoàn cơ sở thuộc LĐLĐ Thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.",
     "094: 'từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'."),
    ("094_a583a5e0c0ff", D,
     "Đã có 52 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ Hà Nội hoàn thành đại hội nhiệm kỳ 2023 - 2028.",
     "094: '45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028' — 45 not 52."),
    # ---- 095 (cross-page: 288 reports the same congress)
    ("095_5a52b05770d9", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 có 600 đại biểu tham dự.",
     "095 announces the congress (no figure); corpus page 288 on the same congress: '548 đại biểu dự Đại hội Công đoàn TP Hà Nội lần thứ XVIII' — 548, not 600."),
    ("095_5a52b05770d9", S,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 quy tụ 548 đại biểu.",
     "095 announces the congress (no figure); corpus page 288 on the same congress: 'Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 ... với sự tham gia của 548 đại biểu'."),
    # ---- 097
    ("097_ed3ad34df0df", S,
     "Tại hội nghị của Công đoàn Viên chức Thành phố, các đại biểu ôn lại truyền thống 88 năm của giai cấp công nhân và tổ chức Công đoàn Việt Nam.",
     "097: 'ôn lại truyền thống vẻ vang của giai cấp công nhân và tổ chức Công đoàn Việt Nam trong 88 năm qua'."),
    ("097_ed3ad34df0df", N,
     "Hội nghị của Công đoàn Viên chức Thành phố đã khen thưởng 60 đoàn viên xuất sắc.",
     "097 says 'các đoàn viên xuất sắc được khen thưởng' without a number. g.sh 'Viên chức Thành phố', 'đoàn viên xuất sắc', '60 (đoàn viên|cá nhân)': no count."),
    # ---- 103
    ("103_bc0c6e0f50d9", S,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI gồm mười sáu đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí'."),
    ("103_bc0c6e0f50d9", D,
     "Tại phiên họp thứ nhất, Ban Thường vụ Thành ủy Hà Nội khóa XVI đã bầu 3 Phó Bí thư.",
     "103: 'Ban Thường vụ Thành ủy đã bầu 4 Phó Bí thư gồm: ...' — 4 not 3."),
    # ---- 109
    ("109_ef0d90601316", S,
     "Vụ gãy sàn nâng tại công trình cao tầng ở phường Phạm Đình Hổ, quận Hai Bà Trưng tối 30/7 khiến bốn công nhân tử vong.",
     "109: 'vụ sập giàn cẩu khiến 4 người tử vong' ; '3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó'."),
    ("109_ef0d90601316", D,
     "Trong vụ sàn nâng bị gãy ở phố Nguyễn Công Trứ, quận Hai Bà Trưng, có 2 công nhân tử vong tại chỗ.",
     "109: 'Hậu quả, 3 người tử vong tại chỗ' — 3 not 2."),
    # ---- 110
    ("110_87f2d6431ded", S,
     "Vụ tường sập khi sửa nhà ở phường Cống Vị, quận Ba Đình tối 6/6 làm 1 công nhân tử vong.",
     "110: 'đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị, quận Ba Đình'."),
    ("110_87f2d6431ded", D,
     "Công an TP Hà Nội đã điều động 4 xe cứu nạn, cứu hộ của Công an quận Cầu Giấy đến hiện trường vụ sập tường ở phường Cống Vị.",
     "110: 'Trung tâm 114 đã điều động hai xe cứu nạn, cứu hộ của Công an quận Cầu Giấy đến hiện trường' — two not 4."),
    # ---- 112
    ("112_a56b33b2aa7d", S,
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng chiều 8/9/2018 khiến hai người thiệt mạng.",
     "112: 'một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương'."),
    ("112_a56b33b2aa7d", D,
     "Vụ đổ tường rào tại phường Thống Nhất, thành phố Biên Hòa ngày 8/9/2018 làm 3 người bị thương.",
     "112: 'một đoạn tường rào cũ bất ngờ đổ sập khiến một người thiệt mạng và hai người bị thương' — two injured, not 3."),
    # ---- 120
    ("120_1b49cf3485c1", N,
     "Cuộc thi “Thầy cô trong mắt em” lần thứ 2 năm 2022 của ngành Giáo dục Hà Nội nhận được 3.000 bài dự thi.",
     "120 gives no entry count. g.sh 'Thầy cô trong mắt em' (only 120), 'bài dự thi|tác phẩm dự thi': no count. (Did not use the '40 nhà giáo dự chung khảo' headline strip.)"),
    # ---- 123
    ("123_49df3a7a0006", N,
     "Tổng Công ty Vận tải Hà Nội (Transerco) hiện chiếm khoảng 80% thị phần xe buýt tại Thủ đô.",
     "123: 'đơn vị đang chiếm phần lớn thị phần xe buýt tại Hà Nội' — no number. g.sh 'thị phần|xe buýt', 'Transerco': no percentage anywhere."),
    ("123_49df3a7a0006", N,
     "Năm 2018, Công đoàn Tổng Công ty Vận tải Hà Nội phối hợp tổ chức Hội nghị người lao động tại 25 đơn vị thành viên.",
     "123 says 'hướng dẫn và chỉ đạo các đơn vị tổ chức Hội nghị NLĐ năm 2018' without a number. g.sh 'Vận tải Hà Nội', 'Hội nghị (NLĐ|người lao động)', '25 đơn vị': no count."),
    # ---- 125
    ("125_8b46b5f2f432", N,
     "Công đoàn ngành GTVT Hà Nội trao 2 triệu đồng cho đoàn viên Lê Quán Tài đang điều trị tại Bệnh viện Việt Đức.",
     "125 says 'trao quà động viên' without amount. g.sh 'Lê Quán Tài|Tiệp', 'GTVT.{0,200}triệu đồng': no amount."),
    # ---- 126
    ("126_97dd96d6ddca", N,
     "Chương trình xe ô tô miễn phí đưa công nhân về quê đón Tết Canh Tý 2020 của LĐLĐ thành phố Hà Nội đã chở 1.200 công nhân.",
     "126 gives no numbers. g.sh 'về quê', 'Canh Tý', '1[.]?200 công nhân': 1.200 is 267 'trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa' — a later Tết (chaired by Nguyễn Văn Thắng), not 2020."),
    ("126_97dd96d6ddca", N,
     "Dịp Tết Canh Tý 2020, LĐLĐ thành phố Hà Nội bố trí 26 chuyến xe miễn phí đưa công nhân về quê.",
     "126 gives no number of trips. g.sh 'chuyến xe': 26 is 267 'bố trí 26 chuyến xe đưa công nhân lao động ... về quê đón Tết' — a later year; 057 (Long Biên 2018) no count."),
    # ---- 127
    ("127_640c05f71edb", N,
     "Tại chương trình “Tết sum vầy - Xuân bình an” năm 2022, Công đoàn ngành GTVT Hà Nội trao 300 suất quà cho đoàn viên.",
     "127 gives no gift count. g.sh 'Tết sum vầy', 'suất quà', '300 suất': 300 appears only as a value (276/280 'mỗi suất trị giá 300.000 đồng', 2026); no GTVT 2022 count."),
    # ---- 132
    ("132_c1ba456901a1", S,
     "Hai trăm đại biểu chính thức dự Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI.",
     "132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức'."),
    ("132_c1ba456901a1", D,
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI khai mạc với 250 đại biểu chính thức.",
     "132: '200 đại biểu chính thức' — same congress, 200 not 250."),
    # ---- 135
    ("135_10f9a733b836", N,
     "Trong quý I/2025, Công đoàn các Khu công nghiệp và chế xuất Hà Nội đã thăm hỏi, hỗ trợ 1.200 lao động có hoàn cảnh khó khăn.",
     "135 gives no figures for quý I/II 2025. g.sh 'Khu công nghiệp và chế xuất|KCN&CX', '1[.]?200 (lao động|công nhân)': KCN&CX figures are 038 (10.000 trường hợp, Covid), 068 (109 CNLĐ, 2022), 007 (hơn 1.000 công nhân, 2021); 1.200 only 267 (xe Tết)."),
    # ---- 141
    ("141_0d7ae920492e", N,
     "Hội thi “An toàn vệ sinh viên giỏi” thành phố Hà Nội năm 2020 có 30 đội tham gia.",
     "141 (plan announcement) gives no team count. g.sh 'An toàn vệ sinh viên giỏi' (141, 309), '[0-9]+ đội': 93 đội is 060 (cắm hoa contest); none for this Hội thi."),
    # ---- 147
    ("147_c275e38d8037", N,
     "Tại lễ phát động Tháng công nhân năm 2025, Chủ tịch LĐLĐ tỉnh Trịnh Thị Thoa trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "147: 'trao quà tặng công nhân có hoàn cảnh khó khăn' (caption) — no number. g.sh 'Trịnh Thị Thoa' (only 147), 'suất quà': no count."),
    # ---- 148
    ("148_8ca3abe46cd0", N,
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang có 40 đội tham gia.",
     "148 gives no team count (only ordinals 'lần thứ 23', 'năm thứ 12', 'năm thứ 7'). g.sh 'Tiền Giang' (only 148), '[0-9]+ đội': no count."),
    # ---- 149
    ("149_17d4b9aa47cc", N,
     "Lễ phát động Tháng an toàn, vệ sinh lao động kết hợp Tháng công nhân 2023 tại Hà Nội sáng 26/4 có 500 đại biểu tham dự.",
     "149 gives no attendance. g.sh 'Tháng công nhân 2023|Tháng Công nhân năm 2023', '500 đại biểu': no attendance figure for 2023 (313: 1.000 đại biểu, 2022; 264: 1.000 người, 2025)."),
    # ---- 153
    ("153_e14e5df550cb", N,
     "Ban Chấp hành Liên đoàn Lao động TP Hà Nội khóa XVI, nhiệm kỳ 2018 - 2023 có 45 ủy viên.",
     "153 gives no size. g.sh '[0-9]+ (đồng chí|ủy viên).{0,40}Ban Chấp hành', 'Ban Chấp hành.{0,40}(gồm|có) [0-9]+': no size of the LĐLĐ TP BCH; 45 is 094 '45 công đoàn cấp trên trực tiếp cơ sở' — another thing."),
    # ---- 154
    ("154_9d6a311843f2", S,
     "Nhân dịp kỷ niệm ngày thành lập Công đoàn Việt Nam năm 2024, các cấp Công đoàn quận Phú Nhuận trao 221 sổ tiết kiệm cho đoàn viên khó khăn.",
     "154: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn'."),
    ("154_9d6a311843f2", D,
     "LĐLĐ quận Phú Nhuận (TP HCM) trao Mái ấm Công đoàn với tổng trị giá 100 triệu đồng cho đoàn viên khó khăn về nhà ở.",
     "154: 'LĐLĐ quận cũng trao 2 \"Mái ấm Công đoàn\" tổng trị giá 80 triệu đồng' — 80 not 100."),
    # ---- 165
    ("165_5815cd9f2dd4", S,
     "Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang trao một tỷ đồng giúp TP Huế khắc phục hậu quả bão lũ.",
     "165: 'đã thay mặt tổ chức Công đoàn trao1 tỉ đồng nhằm giúp địa phương khắc phục hậu quả thiên tai'."),
    ("165_5815cd9f2dd4", D,
     "Đoàn công tác của Tổng LĐLĐ Việt Nam trao 80 suất hỗ trợ cho người lao động Công ty TNHH MTV Victortex Huế.",
     "165: 'trao 60 suất hỗ trợ trực tiếp cho những lao động bị ảnh hưởng nặng' at Victortex Huế — 60 not 80."),
    # ---- 167
    ("167_4157f079840d", N,
     "Chủ tịch LĐLĐ quận Bình Thạnh Cao Hồng Hà trao 50 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "167: 'Ông Cao Hồng Hà ... trao quà cho đoàn viên khó khăn' (caption, no number). g.sh 'Cao Hồng Hà|Bình Thạnh': no count."),
    # ---- 168
    ("168_9200173fb05c", S,
     "Các sáng kiến của chị Trương Thị Hoàng Linh đã làm lợi cho doanh nghiệp hơn 1.300 triệu đồng.",
     "168: 'Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến, với giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng'."),
    ("168_9200173fb05c", D,
     "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments, có 35 đề tài khoa học.",
     "168: '25 đề tài khoa học' — 25 not 35."),
    # ---- 171
    ("171_ed616c7d5ff1", S,
     "Chiều 30/9, Thành ủy Hà Nội tổng kết ba chương trình công tác của Thành ủy khóa XVI, nhiệm kỳ 2015 – 2020.",
     "171: 'Hà Nội tổng kết 3 chương trình công tác của Thành uỷ khoá XVI, nhiệm kỳ 2015 – 2020' and the three Chương trình 03, 06, 08."),
    ("171_ed616c7d5ff1", D,
     "Hội nghị chiều 30/9 của Thành ủy Hà Nội đã tổng kết 5 chương trình công tác của Thành ủy khóa XVI.",
     "171: 'tổng kết 3 chương trình công tác của Thành uỷ khoá XVI' — 3 not 5."),
    # ---- 175
    ("175_f6210ee9dddf", S,
     "Trong số đại biểu dự Đại hội Công đoàn Việt Nam, đại biểu là đảng viên chiếm 78,43%.",
     "175: 'đại biểu là đảng viên chiếm 78,43%'."),
    ("175_f6210ee9dddf", D,
     "Đại biểu là người dân tộc thiểu số chiếm 8,27% tổng số đại biểu dự Đại hội Công đoàn Việt Nam.",
     "175: 'đại biểu là người dân tộc thiểu số chiếm 6,27%' — 6,27 not 8,27."),
    # ---- 178
    ("178_166cc048757e", D,
     "Tọa đàm “Dân vận khéo” của quận Nam Từ Liêm năm 2022 được tổ chức chào mừng 130 năm ngày sinh Chủ tịch Hồ Chí Minh.",
     "178: 'chào mừng kỷ niệm 132 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022)' — 132 not 130 (130 năm is the 2020 anniversary, 350)."),
    ("178_166cc048757e", N,
     "Quận Nam Từ Liêm hiện có 200 mô hình “Dân vận khéo” trong cán bộ, công nhân viên chức lao động.",
     "178 gives no count of models. g.sh 'Dân vận khéo' (only 178), 'mô hình': no count."),
    # ---- 179
    ("179_96b39ce3986d", N,
     "Năm 2022, LĐLĐ huyện Phúc Thọ phấn đấu kết nạp 500 đoàn viên công đoàn mới.",
     "179 gives no targets. g.sh 'Phúc Thọ' (179, 265, 272, seed 002), '500 đoàn viên': no figure about Phúc Thọ."),
    # ---- 182
    ("182_f55b9ca2c935", N,
     "Công đoàn ngành Y tế Hà Nội phát động đợt thi đua cao điểm năm 2023 tới 80 công đoàn cơ sở trực thuộc.",
     "182 gives no count. g.sh 'ngành Y tế', '80 (công đoàn cơ sở|CĐCS)': no count of the ngành's CĐCS."),
    # ---- 183
    ("183_2d301ff89d1d", N,
     "Trong nửa đầu năm 2019, Công đoàn Viên chức Thành phố đã khen thưởng 50 tập thể, cá nhân “Giỏi việc nước, đảm việc nhà”.",
     "183 caption mentions khen thưởng without a number. g.sh 'Viên chức Thành phố', 'Giỏi việc nước', '50 tập thể': no count."),
    # ---- 194
    ("194_e6b6e940d39e", N,
     "Thực hiện chỉ đạo phòng, chống dịch Covid-19 đầu tháng 8/2021, Ban Thường vụ LĐLĐ thành phố Hà Nội đã thành lập 12 tổ công tác hỗ trợ khẩn cấp đoàn viên, người lao động.",
     "194 gives no number of working groups (only document numbers and dates). g.sh 'tổ công tác|đoàn công tác' filtered for '[0-9]+ (tổ|đoàn) công tác': none anywhere. (Avoided beneficiary counts: 038 'Hỗ trợ 20.000 đoàn viên', 087/067 Túi an sinh counts are nearby 2021 Covid figures.)"),
    # ---- 197
    ("197_8840b2bff8f1", N,
     "Đoàn đại biểu Liên đoàn Lao động thành phố Hà Nội viếng Tổng Bí thư Nguyễn Phú Trọng gồm 30 thành viên.",
     "197 gives no delegation size (lists three Phó Chủ tịch by name). g.sh 'viếng', 'Nguyễn Phú Trọng', '30 (thành viên|người)': no count."),
    # ---- 205
    ("205_291019439ac8", N,
     "Năm 2021, Đảng bộ cơ quan Liên đoàn Lao động thành phố Hà Nội kết nạp 5 đảng viên mới.",
     "205 gives no figures. g.sh 'đảng viên mới|kết nạp.{0,20}đảng viên', '[0-9]+ đảng viên': only 348 (14.490 đảng viên, Sóc Sơn) — another Party organisation."),
    # ---- 212
    ("212_f85469b7f1b1", N,
     "Trong Tháng Công nhân 2025, Tổng LĐLĐ Việt Nam dành 200 tỷ đồng chăm lo cho người lao động.",
     "212 gives no budget. g.sh 'Tháng Công nhân 2025|Tháng Công nhân năm 2025', '200 tỷ': only 264 (Hà Nội launch, khoảng 1.000 người) — no budget figure."),
    # ---- 219
    ("219_86a547afed42", N,
     "Ban Chấp hành Liên đoàn Lao động thành phố Hà Nội nhiệm kỳ 2023-2028 có 41 ủy viên.",
     "219 gives no size. g.sh 'Ban Chấp hành.{0,40}(gồm|có) [0-9]+', '41 (nhân sự|ủy viên)': 41 is 191 'Ban Chấp hành Đảng bộ huyện Thạch Thất ... với 41 nhân sự' — another body."),
    # ---- 221
    ("221_1d1a2ce8c1ba", N,
     "Dịp Tết, Công đoàn ngành Y tế Hà Nội tặng 100 suất quà cho cán bộ, nhân viên y tế có hoàn cảnh khó khăn tại các Trung tâm Y tế ngoại thành.",
     "221 gives no gift count. g.sh 'ngành Y tế', 'suất quà', '100 suất': no count."),
    # ---- 226
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội kết nạp 300 đoàn viên mới.",
     "226 gives no figures (only 'lần thứ Chín khóa XVI', quý III/IV). g.sh 'ngành Y tế', '300 đoàn viên', 'kết nạp.{0,30}đoàn viên': no count."),
    # ---- 228
    ("228_a7a1e7f76ff7", N,
     "Năm 2022, Công đoàn ngành Y tế Hà Nội trao 1.000 suất quà Tết cho nhân viên y tế.",
     "228 gives no count. g.sh 'ngành Y tế', 'suất quà', '1[.]?000 suất': no count for this ngành."),
]


def main():
    out = []
    for pid, verdict, claim, why in ROWS:
        assert verdict in (S, D, N), verdict
        out.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    with open("/work/unseen6/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(out)
    from collections import Counter
    print(Counter(r[1] for r in out), len(out), "rows,", len({r[0] for r in out}), "pages")


if __name__ == "__main__":
    main()
