#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 031: Đại hội CĐ ngành Công Thương HN lần XII (no counts in page)
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức tham dự.",
     "031 names the XII congress but gives no delegate count. g.sh 'Công Thương Hà Nội' / '200 đại biểu': only 132_c1ba456901a1 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức' = the previous (XI) edition, not XII; other '200 đại biểu' hits are ngành Giáo dục (298), a quận (237), Vạn Ninh women (621). Near-miss: another edition."),
    # ---- 060: hội thi cắm hoa, 93 đội
    ("060_edffd096d8c3", D,
     "Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” dịp 20/10/2023 có 75 đội đại diện các công đoàn cơ sở trong huyện tham gia.",
     "060: 'Hội thi diễn ra ... giữa 93 đội đại diện cho các Công đoàn cơ sở trên địa bàn huyện'. g.sh '75 đội' only hits 548 '75 đội hình thanh niên tình nguyện' (other thing); g.sh 'cắm hoa' only 060 and 595 (a vase)."),
    ("060_edffd096d8c3", N,
     "Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” năm 2023 đã trao 15 giải cho các đội thi.",
     "060 counts teams (93 đội), never prizes. g.sh 'cắm hoa' -> only 060 (+595 vase); g.sh '[0-9]+ giải' -> 686 (6 giải quay số), 827 (17 giải, another contest), 1047 (writing contest) -- none about this hội thi. Counted noun giải vs đội."),
    # ---- 1062: CĐ ngành Xây dựng HN, 93 CĐCS, gần 17.000 CNVCLĐ
    ("1062_4241895b9eb4", S,
     "Công đoàn ngành Xây dựng Hà Nội hiện quy tụ khoảng 17 nghìn công nhân, viên chức, lao động.",
     "1062: 'Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động'. khoảng 17 nghìn ~ gần 17.000."),
    ("1062_4241895b9eb4", D,
     "Công đoàn ngành Xây dựng Hà Nội hiện có hơn 120 công đoàn cơ sở trực thuộc.",
     "1062: 'Với 93 Công đoàn cơ sở ... Công đoàn ngành Xây dựng Hà Nội'. g.sh '1[23]0 (Công đoàn cơ sở|CĐCS)' -> nothing; other ngành Xây dựng pages (019, 032, 054, 1065 '20 công đoàn cơ sở ... được tặng cờ') state no other CĐCS total."),
    # ---- 1194: Thốt Nốt, trên 100 công nhân
    ("1194_7d78d6932b24", S,
     "Sáng 28/5/2023, Liên đoàn Lao động quận Thốt Nốt tuyên truyền phòng chống ma túy, tội phạm cho hơn một trăm công nhân lao động tại khu công nghiệp Thốt Nốt.",
     "1194: 'trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền'. hơn một trăm (spelled out) ~ trên 100."),
    # ---- 1242: Hội nghị BCH TLĐ lần 10 khóa XII: 18 ủy viên BCH, 3 ủy viên ĐCT, 2 UBKT
    ("1242_e05739eea984", S,
     "Tại Hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam lần thứ 10 (khóa XII), ba ủy viên Đoàn Chủ tịch đã được bầu bổ sung.",
     "1242: 'Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam.' ba = 3."),
    ("1242_e05739eea984", D,
     "Hội nghị lần thứ 10 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu bổ sung 12 ủy viên Ban Chấp hành.",
     "1242: 'bầu bổ sung 18 ủy viên Ban Chấp hành'. g.sh '12 (ủy|uỷ) viên' -> nothing. Other bầu bổ sung pages: 088 '4 đồng chí ... BCH Tổng LĐLĐ khóa XII' (another hội nghị), 1182 '3 ủy viên' (a hospital union)."),
    # ---- 246: Cụm thi đua Long Biên, 32 đơn vị
    ("246_cb2766c7a822", D,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 45 đơn vị, doanh nghiệp.",
     "246: 'Tổng số Công đoàn doanh nghiệp, đơn vị tham gia hoạt động trong Cụm thi đua ... quận Long Biên gồm 32 đơn vị, doanh nghiệp.' g.sh '45 (đơn vị|doanh nghiệp)' -> nothing."),
    ("246_cb2766c7a822", N,
     "Liên đoàn Lao động quận Long Biên hiện tổ chức 8 cụm thi đua trên địa bàn quận.",
     "246 describes one cụm (32 đơn vị, 2 Cụm phó) and 'các cụm thi đua trên địa bàn quận' without a number. g.sh '[0-9]+ cụm' -> 074 (12 cụm, khối TLĐ), 316 (8 cụm thi đua of a hội thi sơ khảo, not Long Biên), 336 (Hoàn Kiếm), 772 (Lang Chánh), 992 -- none counts Long Biên's cụm. Seeds 001 'Cụm thi đua số 6 LĐLĐ thành phố Hà Nội' are city-level clusters, no count of Long Biên clusters."),
    # ---- 286: Hà Nội, 270.000 DN, 2,7 triệu LĐ, lương 6,5 triệu 2023
    ("286_3ffc37599066", S,
     "Năm 2023, tiền lương bình quân của người lao động trên địa bàn Hà Nội đạt 6.500.000 đồng/người/tháng.",
     "286: 'tiền lương bình quân năm 2008 của người lao động trên 2 triệu đồng/người/tháng, đến năm 2023 đã tăng lên mức 6,5 triệu đồng/người/tháng' (title: 'Thu nhập bình quân của CNLĐ Hà Nội đạt 6,5 triệu/tháng')."),
    ("286_3ffc37599066", D,
     "Theo thống kê, toàn thành phố Hà Nội hiện có khoảng 350 nghìn doanh nghiệp.",
     "286: 'số doanh nghiệp và số lao động toàn thành phố ... hiện có khoảng 270.000 doanh nghiệp, với trên 2,7 triệu lao động.' g.sh '350[.,]000 doanh|350 nghìn doanh' -> nothing; other Hà Nội doanh nghiệp counts are sub-sets (163 '3.200 doanh nghiệp ... báo cáo thưởng Tết', 262 '48 doanh nghiệp' chợ Tết)."),
    # ---- 318: Thành đoàn HN chiến dịch hè 2015: 50.000 người, 12 đội hình
    ("318_26cc55c81cb4", S,
     "Thành đoàn Hà Nội ra quân mười hai đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015.",
     "318: 'Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện' (năm 2015). Note 392 (2022: '9 đội hình chuyên cấp thành phố') is another year."),
    ("318_26cc55c81cb4", D,
     "Chiến dịch mùa hè Thanh niên tình nguyện năm 2015 của Thành đoàn Hà Nội có khoảng 30.000 lượt người tham gia.",
     "318: 'có sự tham gia của 50 nghìn lượt người' (title 'Hơn 50.000 người tham gia chiến dịch mùa hè Thanh niên tình nguyện'). g.sh '30[.,]000 (người|lượt)|30 nghìn' -> nothing."),
    # ---- 373: (no usable count claim; skipped)
    # ---- 408: Thái Minh Sỹ Phó CT LĐLĐ tỉnh
    ("408_a6f25cd48259", N,
     "Đồng chí Thái Minh Sỹ được bầu giữ chức Phó Chủ tịch LĐLĐ tỉnh với 100% số phiếu tại Hội nghị lần thứ 19 Ban Chấp hành khóa XVIII.",
     "408 gives no vote share. g.sh 'Thái Minh Sỹ|Hội nghị lần thứ 19' -> only 408 (title + meeting line). g.sh 'số phiếu' -> 100%/other shares for Bùi Văn Cường (100, 247), a Bí thư Tỉnh đoàn (1142), a huyện LĐLĐ chairman (1243) etc. -- other people/elections."),
    # ---- 454: Đà Nẵng Mái ấm CĐ 2021
    ("454_1d07a29fe95c", S,
     "Tính cả năm 2021, Liên đoàn Lao động TP Đà Nẵng đã trao tặng 54 căn nhà Mái ấm Công đoàn.",
     "454: 'Tính cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15) với tổng trị giá 1.530.000.000 đồng.' (491 is 2024: 103 đoàn viên, 3,5 tỉ -- other year)."),
    ("454_1d07a29fe95c", D,
     "Tổng kinh phí đợt 2 năm 2021 trao tặng nhà Mái ấm Công đoàn của LĐLĐ thành phố Đà Nẵng là khoảng 650 triệu đồng.",
     "454: 'Tổng kinh phí đợt trao tặng Mái ấm Công đoàn đợt 2 năm 2021 cho 32 đoàn viên, người lao động là 970.000.000 đồng.' g.sh '650 triệu' -> nothing (I avoided 720 triệu: 455 states 720 triệu for another province's 2019 Mái ấm)."),
    # ---- 467: Tân Biên Vì người nghèo 2022: 581 triệu
    ("467_1dea57a69bce", D,
     "Ngay tại lễ phát động tháng cao điểm “Vì người nghèo” năm 2022, huyện Tân Biên đã tiếp nhận hơn 950 triệu đồng ủng hộ Quỹ.",
     "467: 'các xã, thị trấn và ban, ngành, đoàn thể huyện, các cơ sở tôn giáo ... đóng góp 581 triệu đồng vào Quỹ “Vì người nghèo” của huyện.' g.sh '9[0-9]{2} triệu' -> no Tân Biên/Vì người nghèo hit. (691 'gần 800 triệu' is a province-level fund, unnamed, not Tân Biên.)"),
    ("467_1dea57a69bce", N,
     "Năm 2022, toàn huyện Tân Biên còn 1.050 hộ nghèo.",
     "467 only says 'góp phần kéo giảm tỷ lệ hộ nghèo ở địa phương', no count. g.sh 'Tân Biên' -> only 467; g.sh 'hộ nghèo' -> Hà Nội (468 'hơn 2.100 hộ nghèo'), 691 (an unnamed province, 16.006 hộ nghèo), 152, 360 ... none about Tân Biên."),
    # ---- 523: Nghệ An, 14 cán bộ chỉ định vào BCH khóa XIX
    ("523_1cd6d816c1b9", D,
     "LĐLĐ tỉnh Nghệ An công bố quyết định chỉ định 20 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.",
     "523: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.' g.sh '20 cán bộ' -> nothing."),
    ("523_1cd6d816c1b9", N,
     "Ban Chấp hành Liên đoàn Lao động tỉnh Nghệ An khóa XIX, nhiệm kỳ 2023–2028 có tổng cộng 39 ủy viên.",
     "523 counts only the 14 newly designated members, not the total size of the BCH. Other Nghệ An pages (172, 524, 729, 265) give no BCH size; g.sh '[0-9]+ (ủy|uỷ) viên Ban Chấp hành' -> TLĐ khóa XIII (174: 168), Tiền Giang farmers (1089: 33), 1242 -- none Nghệ An LĐLĐ."),
    # ---- 526: Công đoàn ngành Công thương Bắc Ninh Tháng Công nhân 2022 (no counts)
    ("526_ca11ded5230f", N,
     "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công thương Bắc Ninh đã trao 300 suất quà cho đoàn viên, người lao động.",
     "526 only cites plans (Kế hoạch số 217, số 17) -- no gifts counted. g.sh 'Bắc Ninh' with digits -> 525 (Đại hội 2025), 527 (2.450 tổ chức công đoàn), nothing about ngành Công thương gifts; '300 suất' hits are Gia Lai (748 'hơn 300 suất quà'), Hai Bà Trưng Red Cross (509), 510 -- other organisations."),
    # ---- 551: Hà Nội Tháng Công nhân 2024
    ("551_de5cd76ae6d9", S,
     "Tại Lễ phát động Tháng Công nhân năm 2024, lãnh đạo TP Hà Nội đã trao 100 phần quà cho con công nhân lao động có hoàn cảnh khó khăn.",
     "551: 'lãnh đạo thành phố Hà Nội trao quà cho 100 công nhân lao động có hoàn cảnh khó khăn ...; 100 phần quà cho con công nhân lao động có hoàn cảnh khó khăn.'"),
    ("551_de5cd76ae6d9", D,
     "Nhân Lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2024, Hà Nội đã khám sức khỏe miễn phí cho 500 công nhân lao động.",
     "551: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí'. g.sh '500 (công nhân|CNLĐ|người lao động)' -> 057 'gần 500 công nhân lao động' (Long Biên Tết buses 2018, other thing), seed 003 '56.500'. Caveat: the caption reads 'ảnh 1200 công nhân' (= 'ảnh 1' + '200')."),
    # ---- 582: An Giang (no counts)
    ("582_c46f8fc698a7", N,
     "Liên đoàn Lao động tỉnh An Giang hiện có hơn 150.000 đoàn viên công đoàn.",
     "582 is a personnel decision, no membership figure. g.sh 'An Giang ... đoàn viên' -> only 665 'đã kết nạp mới 5.124/8.000 đoàn viên công đoàn' (new members 2022, counted noun differs) ; g.sh '150[.]000 đoàn viên' -> nothing."),
    # ---- 621: Vạn Ninh Đại hội phụ nữ XII
    ("621_3e25824fe3d2", S,
     "Trong 5 năm qua, tỷ lệ phụ nữ nghèo làm chủ hộ ở huyện Vạn Ninh thoát nghèo đạt 29,7%.",
     "621: 'Qua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo, đạt 29%; 832 phụ nữ nghèo làm chủ hộ thoát nghèo, đạt 29,7%.' (29% is the hội viên figure, a different counted noun)."),
    ("621_3e25824fe3d2", D,
     "Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 31 đồng chí.",
     "621: 'Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí; bầu đoàn đại biểu dự Đại hội đại biểu phụ nữ tỉnh lần thứ XIII gồm 22 đồng chí.' g.sh '31 đồng chí|31 ủy viên' -> nothing."),
    # ---- 632: Hội LHPN tỉnh (Gia Lai, GLO) 95 năm (no counts)
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 400 nghìn hội viên.",
     "632 (GLO = Báo Gia Lai) gives only anniversaries (95 năm), no membership count. g.sh 'hội viên' with digits -> Vạn Ninh (621: 29.000), farmers (842, 985), Red Cross (404) -- none Gia Lai women; g.sh 'Gia Lai' with digits -> quà/vé counts only (681, 646, 748)."),
    # ---- 719: Đoàn Phường 7 (no counts besides 92 năm)
    ("719_204fad637490", N,
     "Trong Tháng Thanh niên năm 2023, Đoàn Phường 7 đã thực hiện 15 công trình thanh niên.",
     "719 only has '92 năm' (anniversary) and dates. g.sh 'Phường 7' -> only 719; g.sh 'công trình thanh niên' -> national/provincial counts (547: 211, 548: 26.400 and 8, 549: 4.000, 644: 7, 799: 22.975) -- none Phường 7."),
    # ---- 721: Thạch Thất 216 CĐCS, trên 6.000 đoàn viên
    ("721_3e01bfb83e07", S,
     "LĐLĐ huyện Thạch Thất hiện có trên 6 nghìn đoàn viên, công nhân lao động.",
     "721: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động.'"),
    ("721_3e01bfb83e07", D,
     "Huyện Thạch Thất hiện có hơn 300 công đoàn cơ sở.",
     "721: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS)'. g.sh '3[0-9]{2} (Công đoàn cơ sở|CĐCS)' -> only 571 '3.382 công đoàn cơ sở' (Đà Nẵng–Quảng Nam); g.sh 'Thạch Thất' with 3-digit numbers -> no other CĐCS count."),
    # ---- 762: Ngày hội công nhân 2023 KCN Đại Đồng - Hoàn Sơn: 3.000 phiếu x 250 nghìn
    ("762_03509ce53e76", S,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, mỗi phiếu mua hàng 0 đồng phát cho công nhân trị giá 250.000 đồng.",
     "762: 'Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động.'"),
    ("762_03509ce53e76", D,
     "Ban tổ chức Ngày hội công nhân năm 2023 tại Khu công nghiệp Đại Đồng - Hoàn Sơn đã phát 4.500 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762: 'đã phát 3.000 phiếu mua hàng 0 đồng'. g.sh '4[.]500 phiếu' -> nothing (avoided 5.000: 500 has '5.000 phiếu mua hàng giảm giá' for Phú Thọ 2026)."),
    # ---- 805: Đống Đa huy hiệu Đảng: 660, 9 (75 năm), 20 (70 năm)
    ("805_fafe42781e80", S,
     "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có chín đồng chí nhận Huy hiệu 75 năm tuổi Đảng.",
     "805: 'Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng, đặc biệt có 9 đồng chí nhận Huy hiệu 75 năm tuổi đảng' (the '3 đảng viên' pinned by Nguyễn Thị Bích Ngọc is a sub-set at the ceremony)."),
    ("805_fafe42781e80", D,
     "Đợt trao Huy hiệu Đảng dịp 2/9 này, quận Đống Đa có hơn 800 đảng viên được nhận Huy hiệu Đảng.",
     "805: 'Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng'. g.sh '8[0-9]{2} đảng viên' -> nothing; other districts (802 Hoàn Kiếm 190, 803 Hai Bà Trưng 284, 804 Hà Đông 440) differ in place."),
    # ---- 885: thưởng Tết Tân Sửu
    ("885_b514dc72b366", S,
     "Mức thưởng Tết dương lịch cao nhất là gần 1 tỷ đồng, thuộc về một cá nhân tại doanh nghiệp có vốn đầu tư nước ngoài ngành tài chính - ngân hàng.",
     "885: 'Mức thưởng Tết dương lịch cao nhất là 990 triệu đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài (ngành tài chính - ngân hàng).' gần 1 tỷ ~ 990 triệu. (Page names no city.)"),
    ("885_b514dc72b366", D,
     "Mức thưởng bình quân Tết âm lịch Tân Sửu là 11 triệu đồng/người, giảm so với năm 2019.",
     "885: 'mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)'. g.sh '11 triệu đồng' -> nothing relevant (163 hit is '311 triệu')."),
    # ---- 985: Hội Nông dân Nghệ An Đại hội X: 304 đại biểu, gần 500 nghìn hội viên
    ("985_5ef9fa78a12a", S,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028 đại diện cho gần 500.000 hội viên nông dân toàn tỉnh.",
     "985: 'Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh.'"),
    ("985_5ef9fa78a12a", D,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X diễn ra tại TP Vinh với 350 đại biểu tham dự.",
     "985: 'Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X ... Với sự tham gia của 304 đại biểu'. g.sh '35[0-9] đại biểu' -> nothing; 842 (995 đại biểu) is the national congress."),
    # ---- 1204: Đại hội CĐ trường THCS Lý Tự Trọng (no counts)
    ("1204_edc4cc477089", N,
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "1204 says 'bầu BCH Công đoàn mới' with no size. g.sh 'Lý Tự Trọng|Ngô Quyền' -> only 1204. g.sh '5 đồng chí' -> 302 'Bầu 5 đồng chí vào Ban Chấp hành Công đoàn Trường Mầm non Hoa Trạng Nguyên' (another school), 593 -- not this congress."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))


if __name__ == "__main__":
    main()
