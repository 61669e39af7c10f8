#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind fact-checker test set unseen47."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported (13) ----------------
    ("007_f60bcd89f25b", S,
     "Hơn một nghìn công nhân lao động từ các doanh nghiệp trong Khu công nghiệp và chế xuất Hà Nội đã dự lễ phát động Tháng Công nhân năm 2021 do Công đoàn các KCN&CX Hà Nội tổ chức ngày 24/4.",
     "007: 'Tham dự chương trình có hơn 1.000 công nhân lao động đến từ các doanh nghiệp thuộc Khu Công nghiệp và chế xuất Hà Nội' (lễ ngày 24/4, phát động Tháng Công nhân năm 2021)."),
    ("088_0a1be225e5a4", S,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam đã bầu bổ sung bốn ủy viên Ban Chấp hành khóa XII, nhiệm kỳ 2018-2023.",
     "088: 'Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII, nhiệm kỳ 2018-2023' (then lists 4 names)."),
    ("1001_1425a0e5ee00", S,
     "Dịp Trung thu năm 2024, Công đoàn ngành Giáo dục tỉnh Trà Vinh đã trao 180 phần quà gồm bánh trung thu và lồng đèn cho các cháu thiếu nhi.",
     "1001 (dated 16/09/2024): 'Công đoàn ngành Giáo dục tỉnh tặng 180 phần quà (bánh trung thu, lồng đèn) cho các cháu thiếu nhi'; the union is 'Công đoàn ngành Giáo dục tỉnh Trà Vinh'."),
    ("1026_4587425a9c28", S,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2018 tại TP Hồ Chí Minh có hơn 600 đại biểu của các đơn vị, tổ chức và doanh nghiệp tham dự.",
     "1026: 'Tham dự buổi lễ có ... và trên 600 đại biểu đại diện cho các đơn vị, tổ chức và doanh nghiệp' (Lễ Phát động Tháng hành động ATVSLĐ năm 2018, TP Hồ Chí Minh, 06/05/2018)."),
    ("198_7c3cb7fb69d5", S,
     "Từ năm 2010, mỗi kỳ báo Lao động Thủ đô phát hành miễn phí trên 5 nghìn tờ báo tới công nhân lao động ở các khu công nghiệp, khu chế xuất Hà Nội.",
     "198: 'Từ năm 2010, ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội'."),
    ("246_cb2766c7a822", S,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có tổng cộng 32 đơn vị, doanh nghiệp tham gia.",
     "246: 'Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp'."),
    ("391_011bec396bed", S,
     "Trong Tháng Thanh niên năm 2024, Thành đoàn Hà Nội đặt mục tiêu tập trung vào bốn nhóm hoạt động trọng tâm.",
     "391: 'Tháng Thanh niên năm 2024, Ban Thường vụ Thành đoàn Hà Nội đặt ra mục tiêu tập trung vào 4 nhóm hoạt động trọng tâm gồm: ...'."),
    ("492_56c7ff106a2f", S,
     "Quận Ba Đình sẽ đồng loạt tổ chức lễ phát động Tháng hành động vì trẻ em năm 2025 cấp phường tại mười ba phường trước ngày 30/5.",
     "492 (2025-05-22): 'quận Ba Đình sẽ đồng loạt tổ chức lễ phát động cấp phường tại 13 phường trước ngày 30/5' (Tháng hành động Vì trẻ em, chủ đề năm 2025)."),
    ("520_248a7e4c18f3", S,
     "LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng để xây dựng Mái ấm công đoàn cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520: 'Bà Trần Thị Anh là công nhân Công ty TNHH Chang Chun Vina ... LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh'."),
    ("832_bcc75862afa0", S,
     "Chiến dịch Thanh niên tình nguyện hè năm 2020 của tỉnh Tây Ninh tập trung vào 20 xã biên giới.",
     "832: 'Chiến dịch thanh niên tình nguyện hè năm 2020 ... tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh'; theme 'Tuổi trẻ Tây Ninh sáng tạo...'."),
    ("863_b9986cf6dbca", S,
     "Năm 2016, tỷ lệ công đoàn cơ sở vững mạnh của Công đoàn Viên chức tỉnh đạt 66,6%.",
     "863 (tổng kết năm 2016 of CĐVC tỉnh): 'Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%'."),
    ("980_cd45ce45629c", S,
     "Tại Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII, 100% ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy làm Chủ tịch Hội.",
     "980: 'Sau khi thảo luận và biểu quyết, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII'. (594 has 100% for Hà Thị Nga in 2022: another occasion, same value, not a conflict.)"),
    ("993_0f62141c043b", S,
     "Hơn 1 000 đoàn viên, người lao động đang làm việc tại TPHCM đã dự lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 ngày 31/1.",
     "993: 'Sáng 31-1 ... khai mạc Chương trình \"Chợ Tết Công đoàn – Xuân 2026\" ... cùng hơn 1.000 đoàn viên, người lao động đang làm việc tại TPHCM'."),

    # ---------------- differs (16) ----------------
    ("042_f42eb6196e49", D,
     "Năm 2019, Liên đoàn Lao động thành phố Hà Nội đã tuyên dương 120 Công nhân giỏi Thủ đô.",
     "042 headline 'Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019' (repeated in body line '| Lễ tuyên dương 90 Công nhân giỏi Thủ đô năm 2019 |'); LĐLĐ TP Hà Nội runs it. g.sh '120 (\"|“)?Công nhân' -> nothing. Other years: 100 (2022: 041/075/076; 2023: 186, corpus 000/003)."),
    ("068_61646234850c", D,
     "Hơn 150 công nhân lao động đã tham gia Hội thi thợ giỏi các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII năm 2022.",
     "068: '109 CNLĐ tham gia Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII' (headline, repeated in body); '... Hội thi thợ giỏi công nhân lao động (CNLĐ) lần thứ VIII năm 2022'. g.sh '150 (CNLĐ|công nhân|thí sinh)' -> nothing; Hội thi thợ giỏi TP Hà Nội 2023 (363 thí sinh, corpus 000) is another contest."),
    ("1001_1425a0e5ee00", D,
     "Nhân dịp Trung thu 2024, Liên đoàn Lao động tỉnh Trà Vinh đã tặng 80 phần quà cho các cháu thiếu nhi là con đoàn viên ngành Giáo dục.",
     "1001: 'Dịp này, Liên đoàn Lao động tỉnh tặng 50 phần quà' (same Trung thu programme of Công đoàn ngành Giáo dục tỉnh Trà Vinh). g.sh '80 phần quà' -> nothing; 668 (LĐLĐ Trà Vinh 150 phần quà) is a Tết 2022 visit, another occasion."),
    ("1185_e4ec05aab551", D,
     "Công đoàn Điện lực Việt Nam tổ chức biểu dương 170 “Người lao động ngành Điện tiêu biểu” năm 2025.",
     "1185 headline 'Sẽ biểu dương 117 “Người lao động ngành Điện tiêu biểu” năm 2025'; body: Công đoàn Điện lực Việt Nam tổ chức Lễ biểu dương ngày 23-24/5/2025. g.sh '170 ' -> nothing."),
    ("186_969ff8f16e36", D,
     "Năm 2023, Liên đoàn Lao động TP Hà Nội tuyên dương một trăm năm mươi Công nhân giỏi Thủ đô.",
     "186: 'Tuyên dương 100 Công nhân giỏi Thủ đô năm 2023' (headline, repeated); corpus 000 'tôn vinh 100 Công nhân giỏi Thủ đô' (Tháng Công nhân 2023) and 003 'tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2023'. No 150 for this."),
    ("246_cb2766c7a822", D,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị trên địa bàn quận Long Biên có ba cụm phó bên cạnh cụm trưởng là Chủ tịch Công đoàn Tổng Công ty May 10.",
     "246: 'Cụm trưởng Cụm thi đua là bà Nguyễn Thị Đào - Chủ tịch Công đoàn Tổng Công ty May 10 - CTCP; 2 Cụm phó do Chủ tịch Công đoàn Công ty Xăng dầu khu vực I và Chủ tịch Công đoàn Công ty Cổ phần Xuất nhập khẩu máy ...'. g.sh 'Cụm phó|cụm phó' -> only this line."),
    ("303_3afb6ef3386b", D,
     "Phong trào CNVCLĐ và hoạt động Công đoàn huyện Gia Lâm đã trải qua 54 năm xây dựng.",
     "303: 'phong trào CNVCLĐ và hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng'. g.sh '54 năm' -> nothing."),
    ("391_011bec396bed", D,
     "Dịp ra quân Tháng Thanh niên năm 2024 tại Công viên Mễ Trì, Đoàn Thanh niên thành phố Hà Nội đã khánh thành năm công trình “Sân chơi thiếu nhi”.",
     "391: '... tại Công viên Mễ Trì ... sáng 19/2. Đoàn Thanh niên thành phố Hà Nội ... khánh thành hai công trình “Sân chơi thiếu nhi”'. g.sh 'Sân chơi thiếu nhi|sân chơi' -> other counts are other orgs (829: 1 công trình; 1011: 1.762 sân chơi nationwide; 544: 02 sân chơi, Hội phụ nữ)."),
    ("395_89358d4aa43a", D,
     "Bộ Công Thương đã phối hợp với các bộ, ngành, địa phương thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” với 7 nội dung trọng tâm.",
     "395: 'Bộ Công Thương đã phối hợp với các ban, bộ, ngành và các địa phương thực hiện đồng bộ Cuộc vận động. Trong đó, tập trung vào 5 nội dung trọng tâm: (i)...(v)'. g.sh '7 nội dung' -> nothing."),
    ("520_248a7e4c18f3", D,
     "Tính đến lễ bàn giao nhà cho bà Trần Thị Anh ngày 11/9, LĐLĐ tỉnh đã bàn giao 7 căn Mái ấm công đoàn cho đoàn viên khó khăn về nhà ở trong năm 2020.",
     "520: 'đây là “Mái ấm công đoàn” thứ 4 trong năm 2020 được LĐLĐ tỉnh bàn giao cho đoàn viên khó khăn về nhà ở' (i.e. 4 so far in 2020). g.sh '7 căn|bảy căn' -> nothing. Note: the count is given as an ordinal ('thứ 4')."),
    ("806_f8e0ca12c449", D,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm 6 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh.",
     "806: 'đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh' (headline 'Bổ nhiệm 4 tân giám đốc sở, ngành'). 971 covers the same decisions, lists 4 people, states no other count. g.sh '6 lãnh đạo|sáu lãnh đạo' -> nothing."),
    ("822_4d275a26ab99", D,
     "Phong trào thi đua “Phấn đấu thực hiện thắng lợi nhiệm vụ kế hoạch năm 2023” do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình phát động được chia thành ba đợt.",
     "822: 'Phát động thi đua được chia thành 02 đợt. Theo đó, Đợt 1: ... Đợt 2: ...'. g.sh '3 đợt|ba đợt' -> only 256 (công đoàn cơ sở thi đua năm 2019, another org/year)."),
    ("832_bcc75862afa0", D,
     "Chiến dịch Thanh niên tình nguyện hè năm 2020 của tỉnh Tây Ninh tập trung vào các xã biên giới thuộc 7 huyện, thị của tỉnh.",
     "832: 'tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh'. g.sh '7 huyện' -> nothing."),
    ("863_b9986cf6dbca", D,
     "Năm 2017, Công đoàn Viên chức tỉnh đặt chỉ tiêu phấn đấu 95% công đoàn cơ sở đạt vững mạnh.",
     "863: 'Năm 2017, CĐVC tỉnh đặt chỉ tiêu phấn đấu có 85% công đoàn cơ sở vững mạnh, trong đó trên 45% đơn vị đạt vững mạnh xuất sắc'. g.sh '95% công đoàn' -> nothing."),
    ("979_5010ac31af5f", D,
     "Tại hội nghị Ủy ban MTTQ Việt Nam huyện Phú Tân chiều 2/5/2019, có 90% đại biểu tán thành khi biểu quyết công tác nhân sự, bầu bà Võ Ngọc Hân làm Chủ tịch.",
     "979: 'Qua biểu quyết có 100% đại biểu tán thành. Kết quả, Bà Võ Ngọc Hân được bầu làm Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Tân'. g.sh '90% đại biểu' -> nothing."),
    ("993_0f62141c043b", D,
     "Tại lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 ở TPHCM, Tổng LĐLĐ Việt Nam cho biết số đoàn viên, người lao động được chăm lo Tết tăng 25%.",
     "993 sub-heading inside the body: 'Số đoàn viên, người lao động được chăm lo Tết tăng 10%'. g.sh 'tăng 25%' -> nothing. Caveat: the 10% is a section heading, not a sentence."),

    # ---------------- not_found (11) ----------------
    ("007_f60bcd89f25b", N,
     "Tại lễ phát động Tháng Công nhân năm 2021, Công đoàn các Khu công nghiệp và chế xuất Hà Nội đã trao 200 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "007 counts only attendees (hơn 1.000 CNLĐ); no gifts. g.sh 'KCN&CX.{0,150}(quà|suất)' -> nothing; 'Tháng Công nhân (năm )?2021' -> only 007; '200 suất quà' -> 519 (Đoàn thanh niên) and 542 (LĐLĐ tỉnh, thị xã Hoàng Mai): other orgs/occasions."),
    ("042_f42eb6196e49", N,
     "LĐLĐ huyện Thanh Trì biểu dương 46 Công nhân giỏi năm 2020.",
     "Only 042's related-article teaser '| Huyện Thanh Trì biểu dương 46 \"Công nhân giỏi\" năm 2019 |' (another year, and a teaser). g.sh 'Thanh Trì.{0,100}[0-9]+' -> no 2020 count of Công nhân giỏi for Thanh Trì."),
    ("068_61646234850c", N,
     "Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII năm 2022 có 25 đơn vị, doanh nghiệp tham gia.",
     "068 counts CNLĐ (109), not units; caption only says 'tặng cờ lưu niệm các đơn vị tham gia Hội thi' with no number. g.sh 'thợ giỏi.{0,150}(đơn vị|đội|thí sinh|CNLĐ|công nhân)' -> 100 doanh nghiệp is Hội thi thợ giỏi TP Hà Nội 2023 (corpus 000), another contest; '25 đơn vị' -> only 1042 (ngành Giáo dục)."),
    ("1026_4587425a9c28", N,
     "Tại lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2018, Ban chỉ đạo Trung ương đã khen thưởng 50 tập thể, cá nhân có thành tích xuất sắc trong công tác ATVSLĐ.",
     "1026 only has a caption 'chụp hình lưu niệm với các đơn vị, cá nhân có thành tích xuất sắc trong ATVSLĐ' with no count. g.sh 'thành tích xuất sắc (trong|về) (công tác )?(ATVSLĐ|an toàn)' -> 1026 caption and 309 (no count); '50 (đơn vị|tập thể)' -> only 1154 (đơn vị máu)."),
    ("1185_e4ec05aab551", N,
     "Năm 2024, Công đoàn Điện lực Việt Nam đã biểu dương 117 “Người lao động ngành Điện tiêu biểu”.",
     "117 is the 2025 edition (1185). g.sh 'Người lao động ngành Điện|...' -> 1126 (7 cá nhân of one Tổng công ty, 2022), 1184 (2023 edition, no count), 1185 (2025). The 2024 edition is not counted."),
    ("186_969ff8f16e36", N,
     "Mỗi Công nhân giỏi Thủ đô năm 2023 được Liên đoàn Lao động thành phố Hà Nội thưởng 5 triệu đồng.",
     "186/000/003 count the honourees (100) but state no prize money. g.sh 'Công nhân giỏi.{0,100}(thưởng|triệu)' -> 075 headline (100 CNG 2022) and 184 (plan), no money; '5 triệu đồng' -> only Mái ấm/other support amounts."),
    ("303_3afb6ef3386b", N,
     "Liên đoàn Lao động huyện Gia Lâm hiện có 320 công đoàn cơ sở trực thuộc.",
     "303 gives 44 năm / 93 năm only. g.sh 'Gia Lâm.{0,200}(công đoàn cơ sở|CĐCS|đoàn viên)' -> 296 says '100% Công đoàn cơ sở' with no count; '320 công đoàn' -> nothing."),
    ("492_56c7ff106a2f", N,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2025, quận Ba Đình đã trao 130 suất học bổng cho thiếu nhi có hoàn cảnh khó khăn vượt khó học giỏi.",
     "492: 'quận cũng trao tặng quà và học bổng cho thiếu nhi có hoàn cảnh khó khăn vượt khó học giỏi tại 13 phường' - no number of scholarships (13 counts phường). g.sh 'học bổng.{0,80}(Ba Đình|phường)|Ba Đình.{0,120}học bổng' -> only that line; '130 suất' -> nothing."),
    ("684_c93b3b0c5141", N,
     "Tháng Nhân đạo năm 2025 cấp quốc gia đặt mục tiêu trợ giúp ít nhất 1 triệu lượt người có hoàn cảnh khó khăn.",
     "684 (national launch 8/5/2025, TP HCM) states no target. g.sh 'lượt người' -> targets of other editions/places: 406 (2021 national, 150.000), 683 (Vĩnh Phúc 2025, 4.000-4.500), 506 (cụm Tây Nguyên-TPHCM, gần 1 triệu lượt, past result), 407 (5,5 triệu cumulative)."),
    ("901_623fc945bf8f", N,
     "Lễ phát động Tháng Công nhân và Tháng hành động về an toàn vệ sinh lao động năm 2024 của ngành Điện có 500 đoàn viên, người lao động tham dự.",
     "901 states only the target '100% công đoàn cơ sở ... tổ chức ít nhất 1 hoạt động'; no attendance. g.sh 'Điện lực Việt Nam.{0,120}[0-9]{3}' and 'Tháng Công nhân.{0,30}2024.{0,150}(Điện|EVN)' -> only 901 lines; '500 đoàn viên' -> 262, 547 (other events)."),
    ("906_dcbd919b8f59", N,
     "Kể từ khi triển khai Tháng Nhân đạo, Hội Chữ thập đỏ huyện Hóc Môn đã vận động được hơn 2 tỷ đồng cho công tác nhân đạo.",
     "906 only says 'hàng năm ... đã trợ giúp hàng trăm lượt người nghèo' (no money, no exact figure). g.sh 'Hóc Môn' -> only 906 and an unrelated name in 108; '2 tỷ đồng' -> unrelated."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
