#!/usr/bin/env python3
"""Build claims.tsv for unseen49 (blind claim set for `ldtd check`).
Plain Python: csv + unicodedata only. Output NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("844_2389728e91c4", S,
     "Hiện UBND thành phố Hà Nội có sáu Phó Chủ tịch.",
     "844: 'UBND TP Hà Nội có 6 Phó Chủ tịch gồm các ông: Vũ Hồng Khanh, Lê Hồng Sơn, Nguyễn Văn Sửu, Nguyễn Ngọc Tuấn, Nguyễn Quốc Hùng và Trần Xuân Việt.'"),
    ("373_5a66bb740f57", S,
     "Ông Bùi Duy Cường được Chủ tịch UBND TP Hà Nội bổ nhiệm làm Giám đốc Sở Tài nguyên và Môi trường với thời hạn năm năm.",
     "373: 'trao quyết định bổ nhiệm ông Bùi Duy Cường ... giữ chức Giám đốc Sở TN&MT TP. Hà Nội. Thời hạn bổ nhiệm 5 năm.' (5 = năm năm)"),
    ("138_a7c2956bbbb4", S,
     "Thầy Phạm Đình Thắng đã có hơn mười năm phụ trách khu ký túc xá của Trường Phổ thông cơ sở Nguyễn Đình Chiểu.",
     "138: 'Thầy Thắng đã có nhiều năm gắn bó với công tác giảng dạy và hơn 10 năm phụ trách khu ký túc xá của nhà trường'"),
    ("1142_6d91e1319bd8", S,
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu làm Bí thư Tỉnh đoàn với 100% phiếu đồng ý.",
     "1142: 'đã bầu bà Lê Ngọc Ánh ... giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.'"),
    ("110_87f2d6431ded", S,
     "Trong vụ sập tường khi sửa nhà ở phường Cống Vị (Ba Đình), có 2 công nhân bị tường đổ vào người.",
     "110: 'Xác định có hai công nhân trong quá trình sửa nhà bị tường sập đổ vào người' (phường Cống Vị, Ba Đình)."),
    ("327_58b66c2a3f83", S,
     "Suốt 25 năm qua, báo Lao động Thủ đô - cơ quan ngôn luận của Liên đoàn Lao động thành phố Hà Nội - là diễn đàn của CNVCLĐ Thủ đô.",
     "327: 'Là cơ quan ngôn luận của LĐLĐ TP Hà Nội ... 25 năm qua báo Lao động Thủ đô là diễn đàn để CNVCLĐ được trao đổi'; also 198: 'trải qua 25 năm xây dựng và phát triển, báo Lao động Thủ đô'."),
    ("431_ee84f598ec85", S,
     "Theo Thủ tướng Nguyễn Xuân Phúc, tổ chức Công đoàn Việt Nam đã trải qua chín thập kỷ hình thành và phát triển.",
     "431: 'Thủ tướng Nguyễn Xuân Phúc đánh giá: Trải qua 9 thập kỷ hình thành và phát triển, tổ chức Công đoàn Việt Nam ...'"),
    ("052_59edbafd4169", S,
     "Chương trình khám sức khỏe của LĐLĐ huyện Thạch Thất ưu tiên công nhân làm nghề nặng nhọc, độc hại, nguy hiểm liên tục từ ba năm trở lên.",
     "052: 'ưu tiên ... công nhân lao động làm những nghề, công việc nặng nhọc, độc hại, nguy hiểm liên tục từ 3 năm trở lên' (đối tượng: CNVCLĐ các CĐCS trực thuộc LĐLĐ huyện Thạch Thất)."),
    ("355_e6694f9f8726", S,
     "Quyết định 368/QĐ-TTg ngày 11/4/2023 của Thủ tướng phê duyệt Đề án kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.",
     "355: 'Quyết định số 368/QĐ-TTg ngày 11/4/2023 phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023)'; 043, 364, 1107 also say 75 năm."),
    ("322_bd3d62b063e2", S,
     "Phong trào 'Bình dân học vụ số' của Hà Nội lấy cảm hứng từ phong trào 'Bình dân học vụ' do Chủ tịch Hồ Chí Minh khởi xướng cách đây tám mươi năm.",
     "322: 'Lấy cảm hứng từ phong trào \"Bình dân học vụ\" diệt \"giặc dốt\" do Chủ tịch Hồ Chí Minh khởi xướng cách đây 80 năm' (tám mươi = 80)."),

    # ---------------- differs ----------------
    ("844_2389728e91c4", D,
     "Tại kỳ họp bất thường, HĐND TP Hà Nội dự kiến miễn nhiệm 2 Phó Chủ tịch UBND thành phố.",
     "844: 'HĐND TP Hà Nội sẽ miễn nhiệm 1 Phó Chủ tịch HĐND, 1 Ủy viên thường trực HĐND và 3 Phó Chủ tịch UBND.' (3, not 2). g.sh '(2|hai) Phó Chủ tịch UBND' -> no hit."),
    ("373_5a66bb740f57", D,
     "Chủ tịch UBND TP Hà Nội Chu Ngọc Anh đã trao quyết định giao nhiệm vụ mới cho ba lãnh đạo sở (Sở TN&MT và Sở Công Thương).",
     "373: 'Phát biểu giao nhiệm vụ cho 2 lãnh đạo sở'; 'trao quyết định cho 2 lãnh đạo sở' (2, not 3). g.sh '(3|ba) lãnh đạo sở' -> no hit."),
    ("138_a7c2956bbbb4", D,
     "Thầy giáo khiếm thị Ngô Văn Hiếu (Trường PTCS Nguyễn Đình Chiểu) có hoàn cảnh rất khó khăn, có 3 con nhỏ và đang phải thuê nhà ở.",
     "138: 'Hoàn cảnh của thầy rất khó khăn, có 2 con nhỏ, hiện đang phải thuê nhà ở.' (2, not 3). g.sh '(3|ba) con' -> no hit."),
    ("1142_6d91e1319bd8", D,
     "Tân Bí thư Tỉnh đoàn Thanh Hóa Lê Ngọc Ánh năm nay 35 tuổi, có trình độ thạc sỹ kinh tế.",
     "1142: 'Tân Bí thư Tỉnh đoàn Thanh Hóa Lê Ngọc Ánh (31 tuổi), có trình độ chuyên môn thạc sỹ kinh tế' (31, not 35). g.sh '35 tuổi' -> only 295 (unemployment-benefit age group, unrelated)."),
    ("110_87f2d6431ded", D,
     "Nhận tin vụ sập tường ở ngõ 444 Đội Cấn, Trung tâm 114 Công an Hà Nội đã điều động bốn xe cứu nạn, cứu hộ tới hiện trường.",
     "110: 'Trung tâm 114 đã điều động hai xe cứu nạn, cứu hộ của Công an quận Cầu Giấy đến hiện trường' (2, not 4). g.sh '(4|bốn) xe' -> no hit."),
    ("299_b1ff75139dd0", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bế mạc thành công sau 4 ngày làm việc.",
     "299: 'Sau 3 ngày làm việc ... sáng nay 25/4, Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã thành công tốt đẹp' (3, not 4). g.sh '(4|bốn) ngày làm việc' -> no hit."),
    ("065_7cac91137e69", D,
     "Chủ tịch LĐLĐ quận Hoàn Kiếm Lê Hoàng Thủy Vân cho biết quận đã trải qua 65 năm xây dựng và phát triển kể từ khi thành lập.",
     "065: 'từ khi thành lập quận Hoàn Kiếm đến nay, trải qua 61 năm xây dựng, trường thành và phát triển' (61, not 65). g.sh '65 năm' -> only 256 (65 năm Điện Biên Phủ / Giải phóng Thủ đô), 927 (Huy hiệu 65 năm tuổi Đảng): other things."),
    ("725_89cb9434b16d", D,
     "Kế hoạch 156/KH-TLĐ của Tổng LĐLĐ Việt Nam đề ra 12 hoạt động trọng tâm trong Tháng Công nhân năm 2022.",
     "725 (headline, repeated in the page): '10 hoạt động trọng tâm Tháng Công nhân năm 2022' ... 'Kế hoạch số156/KH-TLĐ về tổ chức các hoạt động Tháng Công nhân năm 2022' (10, not 12). g.sh '12 hoạt động' -> no hit. Caveat: the 10 is stated in the headline, not in a body sentence."),
    ("428_25ecc0569546", D,
     "Ngày 20/10, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Hà Nội để sơ kết 10 năm thực hiện Nghị quyết 11 về phát triển Thủ đô.",
     "428: 'sơ kết 5 năm thực hiện Nghị quyết số 11 của Bộ Chính trị khóa XI về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội giai đoạn 2011 - 2020' (5, not 10). g.sh '10 năm thực hiện' -> only 175 (Luật Công đoàn 2012), 429 (NQ 20), 718 (NQ 28 Hải Phòng)."),
    ("073_38aec1dd2ed1", D,
     "Chồng của nữ công nhân môi trường Lại Hải Yến, nguyên lái xe buýt, đã phải nghỉ việc ba năm nay vì sức khỏe yếu.",
     "073: 'chồng chị nguyên là lái xe buýt Hà Nội đã phải nghỉ việc từ hai năm nay do sức khỏe yếu' (2, not 3). g.sh 'ba năm nay|3 năm nay' -> no hit."),
    ("868_3432022c4dcf", D,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 tổng kết phong trào thi đua và công tác khen thưởng 10 năm.",
     "868: 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV - năm 2015 nhằm tổng kết ... công tác khen thưởng 5 năm 2011-2015' (5, not 10). g.sh '10 năm.{0,40}thi đua|thi đua.{0,40}10 năm' -> no hit; 826 (Lạng Sơn lần thứ V) states no period length."),
    ("974_cefb9223a921", D,
     "Thủ tướng đã phê chuẩn kết quả bầu bổ sung ba tân Phó Chủ tịch UBND cho hai tỉnh Gia Lai và Sơn La.",
     "974: headline 'Tỉnh Gia Lai và Sơn La có 2 tân Phó chủ tịch'; body names two: ông Đỗ Tiến Đông (Gia Lai, QĐ 288/QĐ-TTg) and ông Lê Hồng Minh (Sơn La, QĐ 286/QĐ-TTg); the third decision (285) is a dismissal (Bùi Đức Hải). 2, not 3. g.sh '(3|ba) tân Phó' -> no hit. Caveat: the 2 is written as a number only in the headline."),
    ("1263_6358277c872f", D,
     "LĐLĐ quận Long Biên tổng kết năm 2023 gắn với đợt thi đua chào mừng 25 năm ngày thành lập LĐLĐ quận.",
     "1263: 'đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận' (Long Biên); corpus 003: 'kỷ niệm 20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023)'. 20, not 25. g.sh '25 năm.{0,80}Long Biên|Long Biên.{0,80}25 năm' -> no hit."),

    ("534_945922b00627", D,
     "Theo Thông báo số 10/HĐND, kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, nhiệm kỳ 2021-2026 dự kiến diễn ra trong hai buổi.",
     "534: 'dự kiến thời gian tổ chức kỳ họp dự kiến trong một buổi sáng (23/6/2021), phiên trù bị từ 7h và phiên chính thức từ 8h cùng ngày' (một buổi, not hai). g.sh 'kỳ họp thứ nhất' -> 116 (khóa XV, 2016), 352/581 (results of the same sitting, no duration), 627 (Bắc Quang): none gives two sessions. Caveat: duration figure, weaker than a count."),

    # ---------------- not_found ----------------
    ("073_38aec1dd2ed1", N,
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình chị Lại Hải Yến, công nhân môi trường tử vong do tai nạn.",
     "073 says the union 'trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến' but gives no amount. g.sh 'Lại Hải Yến|chị Yến' -> only 073 and 1171 (another chị Yến in HCMC); g.sh 'triệu đồng.{0,60}(Yến|Môi trường đô thị)|(Yến|Môi trường đô thị).{0,100}triệu' -> only 207 (Đội khai thác yến Hội An), 547, 968: other things."),
    ("052_59edbafd4169", N,
     "Đợt khám sức khỏe, tầm soát ung thư do LĐLĐ huyện Thạch Thất tổ chức có khoảng 500 công nhân, viên chức, lao động được khám miễn phí.",
     "052 describes who is eligible but gives no number examined. g.sh 'Thạch Thất' -> 022, 082, 160, 191, 221: none counts people examined; g.sh 'khám.{0,80}[0-9]+ (người|đoàn viên|CNVCLĐ|công nhân)' -> 142 (862 đoàn viên, LĐLĐ quận Bắc Từ Liêm: another district), 519, 608, 1011, 1105: other programmes."),
    ("287_eb066041b262", N,
     "Đại hội Công đoàn phường Nghĩa Đô lần thứ I, nhiệm kỳ 2025-2030 có 120 đại biểu chính thức tham dự.",
     "287 only gives QĐ 1881/QĐ-LĐLĐ and the founding date 2/10/2025. g.sh 'Nghĩa Đô' -> only 287; no delegate or member count."),
    ("291_a74887047e6b", N,
     "Mỗi cán bộ công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được thưởng 20 triệu đồng.",
     "Prize money is not stated anywhere. g.sh 'Giải thưởng Nguyễn Văn Linh.{0,200}triệu' -> only corpus 002 ('1 triệu sáng kiến', a different programme); 056 (same award) counts 63 đề cử and 10 recipients, but no money."),
    ("269_84a6549b6abc", N,
     "Cuộc thi 'Sáng kiến vì cộng đồng' lần thứ IV do EVN phát động có tổng giá trị giải thưởng 1 tỷ đồng.",
     "269 gives only the edition (lần thứ IV, trao giải 2022) and a caption about lần thứ 3 năm 2020. g.sh 'Sáng kiến vì cộng đồng' -> only 269; no prize value."),
    ("180_1956e0636950", N,
     "Năm 2021, CNVCLĐ huyện Chương Mỹ đã có 250 sáng kiến được công nhận.",
     "180 launches the 2022 emulation movement but counts nothing. g.sh 'Chương Mỹ.{0,200}sáng kiến' -> no hit; other Chương Mỹ figures (051: 35 triệu đồng Mái ấm công đoàn; 055: storm casualties) are other things."),
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, tặng quà 150 gia đình thương binh, liệt sỹ nhân ngày 27/7.",
     "226: 'Trong tháng 7, các công đoàn cơ sở triển khai các hoạt động kỷ niệm ngày Thương binh liệt sỹ 27/7' - no count. g.sh 'thương binh liệt s' -> only 226; 118 (same union, quý IV 2019) counts 3.225 cá nhân 'Người tốt, việc tốt' - another counted noun and quarter."),
    ("526_ca11ded5230f", N,
     "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công thương Bắc Ninh đã trao 300 suất quà cho đoàn viên, người lao động.",
     "526 only cites Kế hoạch 217/KH-LĐLĐ and 17-KH/CĐN (and 'Số lượt xem: 83'). g.sh 'Bắc Ninh' -> 057, 525 (Đại hội CĐ tỉnh Bắc Ninh 2025), 526: no gift count for 2022."),
    ("499_a6b3abf9d8de", N,
     "Năm 2023, LĐLĐ tỉnh Phú Yên đặt mục tiêu phát triển 5.000 đoàn viên mới, chào mừng Đại hội XI Công đoàn tỉnh.",
     "499 names the 2023 theme 'tập trung phát triển đoàn viên, thành lập công đoàn cơ sở' without a target number. g.sh 'Phú Yên' -> corpus 001 (tourism, 3 tỉnh) and 499: no count. (665 counts 5.124/8.000 đoàn viên for An Giang 2022 - other province/year.)"),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến 31/8/2025, Hội LHPN tỉnh Vĩnh Long phấn đấu hỗ trợ xóa 200 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152: 'chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ' - no number. g.sh 'nhà tạm' -> 690 (MTTQ Quỹ Vì người nghèo) and 1152; g.sh 'Vĩnh Long' -> 867 (LĐLĐ tỉnh: 3 căn nhà mái ấm công đoàn, 2022 - another organisation and house type), 1192: other things."),
    ("787_47b1d60ede23", N,
     "Chương trình 'Tết Sum vầy' năm 2021 của Tổng LĐLĐ Việt Nam đã chăm lo cho đoàn viên, người lao động với tổng số tiền hơn 3.000 tỷ đồng.",
     "787 is the 2021 plan, no money figure. g.sh 'Tết Sum vầy.{0,150}(tỷ|tỉ|suất|phần quà)' -> 279: 'Tết sum vầy năm 2019 ... tổng số tiền ... 3.052,6 tỷ đồng' (another year/edition); 968: 25.021 phần quà, 13,4 tỉ đồng Tết Tân Sửu 2021 by one province's unions (not Tổng LĐLĐ nationwide)."),
    ("573_cc985cab2d28", N,
     "Đại hội Công đoàn Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 có 85 đại biểu tham dự.",
     "573 gives only KH 83/KH-LĐLĐ and the date 21/7/2017. g.sh 'Bệnh viện (ĐKT|đa khoa) (Tỉnh|Vĩnh Phúc)' -> 573 and other provinces' hospitals (744 Phú Thọ, 1228 Thanh Hóa): no delegate count."),
    ("368_38a2bb046726", N,
     "Công đoàn trường mầm non Dục Tú (Đông Anh) tổ chức Đại hội nhiệm kỳ 2017-2022 với 45 đoàn viên tham dự.",
     "368 gives only KH 09/KH-LĐLĐ and the date 11/10/2017. g.sh 'Dục Tú' -> only 368; no member count."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), len(per_page), "pages")


if __name__ == "__main__":
    main()
