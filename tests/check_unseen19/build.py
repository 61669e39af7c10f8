#!/usr/bin/env python3
"""Claim set for batch 19 (dev pages), written blind to the checker.

Writes claims.tsv (NFC, tab-separated, sorted by page_id). Only csv + unicodedata.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 822: EVN unit (ialyhpc.vn) emulation drive 2023, 2 phases
    ("822_4d275a26ab99", S,
     "Phong trào thi đua năm 2023 do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình phát động ngày 3/3/2023 được chia làm hai đợt.",
     "822_4d275a26ab99: 'Phát động thi đua được chia thành 02 đợt. Theo đó, Đợt 1: ... 6 tháng đầu năm 2023 ... Đợt 2: ... 6 tháng cuối năm và cả năm 2023'. 02 = hai."),
    ("822_4d275a26ab99", N,
     "Tại lễ phát động thi đua ngày 3/3/2023, có 12 phòng nghiệp vụ và phân xưởng sản xuất của Công ty đã ký giao ước thi đua.",
     "822 only says the drive was launched 'dưới sự chứng kiến của Trưởng các phòng nghiệp vụ, phân xưởng sản xuất' and the caption 'Lễ ký cam kết thi đua giữa giám đốc Công ty và Chủ tịch công đoàn Công ty'; no count of units signing. g.sh 'ký (kết )?(giao ước|cam kết)' -> 772 ('Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước', another organisation), 590, 230, 015 (other organisations, no 12); g.sh '12 (trường|phòng)' -> nothing."),
    # ---- 824: LĐLĐ quận 3 + Hòa Bình, ATVSLĐ month 2022 (no figures on page)
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình tổ chức có khoảng 1.000 người tham dự.",
     "824 gives no attendance figure (only 'tập thể CBCNV Hòa Bình đã cùng hưởng ứng qua bài tập thể dục'). Near miss, another place: 313_1415405c4e17 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long (huyện Đông Anh, Hà Nội), dự kiến có 1.000 đại biểu tham dự' (Hà Nội city event, not quận 3 TP HCM). g.sh 'quận 3' -> only 824 and 545 (Hội LHPN Quận 3, 2024); g.sh 'Sóng Việt' -> only 824."),
    ("824_7a712711c760", N,
     "Trong Tháng hành động an toàn, vệ sinh lao động năm 2022, Liên đoàn Lao động quận 3 sẽ kiểm tra 30 công trình xây dựng trên địa bàn.",
     "824 states the theme and venue only, no inspection count. g.sh '30 công trình' -> only 460 ('trên 30 công trình nhân đạo', Hội Chữ thập đỏ Hà Nội); g.sh 'kiểm tra.{0,40}(công trình|doanh nghiệp)' -> 251 (Sơn Tây, 75 đơn vị), 312 (national, no count). Nothing for quận 3."),
    # ---- 826: Lạng Sơn 5th patriotic emulation congress (no figures)
    ("826_16ccc3252ccd", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 350 đại biểu tham dự.",
     "826 only reports the delegation ('Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V ... dâng hương') with no delegate count. g.sh 'Lạng Sơn' -> 826 and 707 (list of provincial LĐLĐ delegations at another congress); g.sh 'thi đua yêu nước (tỉnh|lần)' -> only 826; g.sh '350 đại biểu' -> nothing."),
    # ---- 827: LĐLĐ TP HCM, Teachers' Day, Minh Phụng contest
    ("827_be7073043765", S,
     "Hội thi nấu và trang trí rau câu do Công đoàn phường Minh Phụng (TP HCM) tổ chức nhân Ngày Nhà giáo Việt Nam có 17 công đoàn cơ sở trường học tham gia.",
     "827_be7073043765: 'Hội thi thu hút sự tham gia của 17 Công đoàn cơ sở đến từ các đơn vị trường học trên địa bàn phường Minh Phụng.'"),
    ("827_be7073043765", D,
     "Ban tổ chức Hội thi nấu và trang trí rau câu phường Minh Phụng đã trao tổng cộng 25 giải thưởng cho các đội thi.",
     "827_be7073043765: 'Kết quả, ban tổ chức đã trao 17 giải thưởng cho các đội. Trong đó, giải Nhất đã thuộc về Công đoàn Trường Tiểu học Hưng Việt.' 25 vs 17. g.sh '25 giải|hai mươi lăm giải' -> nothing; g.sh 'Minh Phụng' -> only 827."),
    ("827_be7073043765", N,
     "Nhân kỷ niệm Ngày Nhà giáo Việt Nam 20-11, lãnh đạo LĐLĐ TP HCM đã đến thăm, chúc mừng 12 trường đại học trên địa bàn thành phố.",
     "827 names the schools visited ('Trường Đại học Tôn Đức Thắng, Đại học Quốc gia TP HCM, Trường Đại học Y khoa Phạm Ngọc Thạch, Trường Đại học sư phạm TP HCM…') but gives no count; the only counts are 17 CĐCS / 17 giải of the Minh Phụng contest and '43 năm' (anniversary). g.sh '12 (trường|phòng)' -> nothing; g.sh 'Tôn Đức Thắng' -> 827 and 108 (Giải thưởng Tôn Đức Thắng 2018, 11 cá nhân, unrelated)."),
    # ---- 828: LĐLĐ Bình Dương, Chuyến xe Công đoàn Xuân 2025
    ("828_d0642a76ce86", S,
     "Sáng 25-1, hơn 1,6 nghìn công nhân và người thân đã lên Chuyến xe Công đoàn - Xuân 2025 của Liên đoàn Lao động tỉnh Bình Dương để về quê đón Tết.",
     "828_d0642a76ce86: 'Sáng nay, có hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn.' (the sentence appears twice, once probably as caption; the lede 'Sáng 25-1 ... Liên đoàn Lao động tỉnh Bình Dương đã tổ chức lễ tiễn công nhân về quê đón Tết trên “Chuyến xe Công đoàn - Xuân 2025”' fixes the date). hơn 1,6 nghìn ~ hơn 1.600."),
    ("828_d0642a76ce86", D,
     "LĐLĐ tỉnh Bình Dương đã bố trí 52 chuyến xe Công đoàn đưa công nhân về quê đón Tết trong sáng 25-1.",
     "828_d0642a76ce86: 'hơn 1.600 công nhân và gia đình về quê đón Tết trên 39 Chuyến xe Công đoàn.' 52 vs 39. g.sh '52 (chuyến|xe)' -> nothing; other Tết-bus pages count other programmes (267 Hà Nội 26 chuyến 2026, 786 755 chuyến 2017, 595 Bình Dương 2018 '4.000 công nhân', no bus count)."),
    ("828_d0642a76ce86", N,
     "Mỗi công nhân về quê trên Chuyến xe Công đoàn - Xuân 2025 ở Bình Dương được Chủ tịch UBND tỉnh lì xì 500.000 đồng.",
     "828 headline says 'Chủ tịch UBND tỉnh Bình Dương chúc Tết, lì xì công nhân' but the body gives no amount. g.sh 'lì xì' -> 126, 163, 542, 702 (other places, no per-worker amount for Bình Dương); g.sh '500[.]000 đồng' -> many hits (038, 233, 276, 542, 601...) all about other gifts/places, none Bình Dương 2025."),
    # ---- 829: Tỉnh Đoàn Long An, Hành quân xanh 2024
    ("829_5c8b05de4877", S,
     "Tại lễ ra quân chiến dịch Hành quân xanh năm 2024 ở huyện Vĩnh Hưng, Tỉnh Đoàn Long An đã trao 150 suất quà cho học sinh có hoàn cảnh khó khăn.",
     "829_5c8b05de4877: 'Ban Thường vụ Tỉnh Đoàn, Ban Chỉ huy chiến dịch đã vận động các nguồn lực trao tặng 1 Công trình ..., 1 công trình ..., 1 công trình “sân chơi thiếu nhi và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng.'"),
    ("829_5c8b05de4877", D,
     "Các công trình và quà tặng trao tại lễ ra quân Hành quân xanh 2024 của Tỉnh Đoàn Long An có tổng trị giá khoảng 450 triệu đồng.",
     "829_5c8b05de4877: '... 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng.' khoảng 450 triệu vs gần 200 triệu. g.sh '450 triệu' -> nothing."),
    ("829_5c8b05de4877", N,
     "Lễ ra quân chiến dịch Hành quân xanh năm 2024 của Tỉnh Đoàn Long An thu hút gần 1.000 đoàn viên, thanh niên tham gia.",
     "829 lists officials and 'các bạn đoàn viên, thanh niên' with no count. Near miss, another province: 609_dfc9aa12900d 'Thành đoàn Hà Nội tổ chức ra quân Chiến dịch “Kỳ nghỉ hồng”, “Hành quân xanh” năm 2024 tại H.Đông Anh ... với sự tham gia của gần 1.000 đoàn viên, thanh niên' (Hà Nội, not Long An). g.sh 'Hành quân xanh' -> 392, 547 (Quảng Nam 2023, 'hơn 500 đoàn viên'), 550, 609, 782, 784, 829; g.sh 'Long An' -> no Hành quân xanh count."),
    # ---- 830: Thành Đoàn TP.HCM, Xuân tình nguyện 2024
    ("830_c3fa9aa955b8", S,
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút khoảng 35 nghìn chiến sĩ tình nguyện.",
     "830_c3fa9aa955b8: 'Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia'."),
    ("830_c3fa9aa955b8", S,
     "Xuân tình nguyện 2024 của TP.HCM chính thức ra quân sáng 7-1 sau 30 ngày chuẩn bị.",
     "830_c3fa9aa955b8: 'Sau 30 ngày chuẩn bị, 7 ngày đăng ký, Xuân tình nguyện lần thứ 16 của TP.HCM ra quân hôm nay' and 'Chiến dịch Xuân tình nguyện 2024 chính thức khởi động sáng 7-1'."),
    ("830_c3fa9aa955b8", D,
     "Chiến dịch Xuân tình nguyện 2024 được triển khai đồng loạt tại 18 quận, huyện của TP.HCM.",
     "830_c3fa9aa955b8: '22 quận, huyện và TP Thủ Đức đồng loạt diễn ra chiến dịch.' 18 vs 22. g.sh '18 quận' -> nothing; other Xuân tình nguyện pages (495: 2026 lần thứ 18; 519: phường Thủ Đức 2026) give no district count."),
    # ---- 831: LĐLĐ TP Hà Nội, Mái ấm Công đoàn (no figures on page)
    ("831_6015e02c9629", N,
     "Trong năm 2025, LĐLĐ TP Hà Nội đã hỗ trợ xây dựng, sửa chữa 120 nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "831 says only 'Là một trong những đoàn viên được hỗ trợ xây dựng “Mái ấm Công đoàn” trong năm 2025, chị Đình Thị Yến ...' - no count for 2025. g.sh 'Mái ấm' | grep 2025|2024 -> 491_4610d3eefa4d 'năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng “Mái ấm Công đoàn” cho 103 đoàn viên' (Đà Nẵng, another city and year); 131 'Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà' (Hà Nội cumulative, earlier period); 049 (3 Mái ấm, Sóc Sơn), 050 (2, Ba Vì) are single handovers. g.sh '120 (tập thể|Mái ấm|mái ấm|nhà|căn)' -> nothing."),
    ("831_6015e02c9629", N,
     "Chị Đình Thị Yến, đoàn viên công đoàn Trường Mầm non Viên Nội, được LĐLĐ TP Hà Nội hỗ trợ 50 triệu đồng để xây nhà “Mái ấm Công đoàn”.",
     "831 says Phó Chủ tịch Nguyễn Huy Khánh 'trao kinh phí hỗ trợ xây nhà “Mái ấm Công đoàn” cho gia đình đoàn viên Đình Thị Yến' without an amount. g.sh '50 triệu' -> 491 (Đà Nẵng, Hòa Vang: 'mỗi trường hợp được hỗ trợ 50 triệu đồng'), 520 (another province, 2020), 454 (Đà Nẵng) - other places/people; Hà Nội Mái ấm amounts elsewhere are for other members (049/050: 30 triệu each)."),
    # ---- 832: Tỉnh Đoàn Tây Ninh, summer volunteer campaign 2020
    ("832_bcc75862afa0", S,
     "Chiến dịch Thanh niên tình nguyện hè năm 2020 của tỉnh Tây Ninh tập trung vào hai mươi xã biên giới.",
     "832_bcc75862afa0: 'trong đó tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh'. hai mươi = 20."),
    ("832_bcc75862afa0", D,
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở Tây Ninh tập trung vào các xã biên giới thuộc 9 huyện, thị của tỉnh.",
     "832_bcc75862afa0: 'tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh'. 9 vs 5. g.sh '(9|chín) huyện' -> only 290 (unrelated headline list); g.sh 'Tây Ninh' -> no other summer-campaign page."),
    ("832_bcc75862afa0", D,
     "Với chủ đề “Tuổi trẻ Tây Ninh sáng tạo, tình nguyện vì cộng đồng”, Chiến dịch Thanh niên tình nguyện hè năm 2020 kéo dài 5 tháng.",
     "832_bcc75862afa0: 'Chiến dịch thanh niên tình nguyện hè năm 2020 diễn ra trong 3 tháng 6,7,8/2020, chọn tháng 7/2020 là “Tháng cao điểm”'. 5 vs 3 tháng. g.sh '(5|năm) tháng' -> only 138, 429 ('5 năm tháng công nhân'), 460 ('5 tháng đầu năm 2022', Hội CTĐ Hà Nội) - unrelated."),
    # ---- 842: Hội Nông dân Việt Nam, 8th national congress
    ("842_86068b256616", S,
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 có gần 1.000 đại biểu chính thức tham dự.",
     "842_86068b256616: 'Đặc biệt, tham dự Đại hội có 995 đại biểu chính thức, là những cán bộ, hội viên nông dân tiêu biểu'. gần 1.000 ~ 995."),
    ("842_86068b256616", D,
     "Các đại biểu dự Đại hội Hội Nông dân Việt Nam lần thứ VIII đại diện cho hơn 6 triệu cán bộ, hội viên nông dân cả nước.",
     "842_86068b256616: '995 đại biểu chính thức ... đại diện cho ý chí, nguyện vọng và trí tuệ của hơn 10 triệu cán bộ, hội viên nông dân cả nước.' hơn 6 triệu vs hơn 10 triệu. g.sh '6 triệu (cán bộ|hội viên)|sáu triệu' -> nothing; g.sh 'Hội nông dân|nông dân' -> only 842 and 022 (unrelated)."),
    ("842_86068b256616", N,
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII đã bầu 125 ủy viên Ban Chấp hành Trung ương Hội khóa VIII.",
     "842 covers the opening session only; no Ban Chấp hành count. g.sh 'Hội nông dân|nông dân' -> only 842 (+022 unrelated); g.sh '125 (ủy viên|đồng chí|người)' -> nothing. Other congress BCH counts in the corpus (247: 161 người BCH Tổng LĐLĐ; 623: 40 đồng chí Tỉnh Đoàn Long An) are other organisations."),
    # ---- 844: HĐND TP Hà Nội extraordinary session (personnel)
    ("844_2389728e91c4", S,
     "Tại kỳ họp bất thường tháng 3, HĐND TP Hà Nội dự kiến bầu ba Phó Chủ tịch UBND thành phố.",
     "844_2389728e91c4: 'Bên cạnh đó, các đại biểu HĐND TP Hà Nội sẽ bầu một phó chủ tịch HĐND và 3 phó chủ tịch UBND.' ba = 3."),
    ("844_2389728e91c4", D,
     "Hiện UBND thành phố Hà Nội có 8 Phó Chủ tịch.",
     "844_2389728e91c4: 'UBND TP Hà Nội có 6 Phó Chủ tịch gồm các ông: Vũ Hồng Khanh, Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Ngọc Tuấn, Nguyễn Quốc Hùng và Trần Xuân Việt.' 8 vs 6. g.sh '(8|tám) Phó Chủ tịch' -> nothing; 116 and 117 (earlier term) also say '6 Phó Chủ tịch'."),
    ("844_2389728e91c4", D,
     "Theo dự kiến, HĐND TP Hà Nội sẽ miễn nhiệm 5 Phó Chủ tịch UBND thành phố tại kỳ họp bất thường.",
     "844_2389728e91c4: 'HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND.' 5 vs 3 Phó Chủ tịch UBND (5 is the total of all positions to be dismissed, not the PCT UBND count). g.sh '(5|năm) Phó Chủ tịch' -> only 330 ('Phó Chủ tịch LĐLĐ TP Hà Nội Nguyễn Huy Khánh', a date)."),
    # ---- 845: Hà Nội Party congress XVII results conference (no counts)
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 có 550 đại biểu chính thức.",
     "845 gives only dates ('Đại hội diễn ra từ ngày 11 đến 13/10/2020'); 366 (XVII opening) gives no delegate count. Near miss, another edition: 812_69df8abf1bca 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... với sự có mặt của 550 đại biểu' (XVIII, not XVII); 092/307: 550 delegates of Đại hội Công đoàn TP Hà Nội (another body). g.sh '(450|500|550) đại biểu' -> only those."),
    ("845_7071fa2d23e6", N,
     "Đại hội lần thứ XVII Đảng bộ thành phố Hà Nội đã bầu 71 đồng chí vào Ban Chấp hành Đảng bộ thành phố khóa XVII.",
     "845 reports no election numbers. Near miss, another edition: 103_bc0c6e0f50d9 'Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI' (XVI, 2015). g.sh 'khóa XVII' / 'Ban Chấp hành (Đảng bộ|khóa XVII)' -> 367, 377, 398 (XVII, no member count); g.sh '71 (đồng chí|ủy viên)' -> nothing."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps within-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
