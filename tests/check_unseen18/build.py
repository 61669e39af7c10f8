#!/usr/bin/env python3
"""Claim set for `ldtd check`, batch 18 dev pages (written blind to the checker).

Writes claims.tsv (NFC, tab-separated, header, sorted by page_id).
Only csv and unicodedata are used.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---- 782 Tỉnh Đoàn Yên Bái, chiến dịch tình nguyện hè 2024
    ("782_d74cc27f8aa4", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2024, Tỉnh Đoàn Yên Bái triển khai bốn chiến dịch trọng tâm.",
     "782: “Chiến dịch Thanh niên tình nguyện Hè năm 2024 được Tỉnh Đoàn Yên Bái triển khai từ tháng 4 đến tháng 8, với 1 chương trình, 4 chiến dịch trọng tâm gồm...” (bốn = 4)."),
    ("782_d74cc27f8aa4", D,
     "Tỉnh Đoàn Yên Bái tổ chức 5 ngày hoạt động cao điểm trong chiến dịch tình nguyện hè năm 2024.",
     "782: “Tỉnh Đoàn Yên Bái tổ chức 3 ngày hoạt động cao điểm tại 100% cơ sở Đoàn toàn tỉnh gồm...” (1/6, 29/6, 21/7): 3, not 5. g.sh '5 ngày (hoạt động )?cao điểm|năm ngày cao điểm' -> no hit."),
    ("782_d74cc27f8aa4", N,
     "Chiến dịch tình nguyện hè 2024 của Tỉnh Đoàn Yên Bái đã huy động khoảng 30.000 lượt đoàn viên, thanh niên tham gia.",
     "782 gives no participant count (only 1 chương trình, 4 chiến dịch, 3 ngày cao điểm, 100% cơ sở Đoàn). g.sh 'Yên Bái' -> only page 782; g.sh '30\\.000 lượt' -> no hit. Other provinces' hè counts (e.g. Ea H'leo 2020 '4.500 lượt', 790) are other places/years."),

    # ---- 783 Cụm thi đua số 3 LĐLĐ TP Hà Nội, 2019
    ("783_ef3db5842d22", S,
     "Cụm thi đua số 3 của Liên đoàn Lao động thành phố Hà Nội gồm LĐLĐ sáu huyện, thị xã là Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh và Sơn Tây.",
     "783: “Dự hội nghị có các đồng chí chủ tịch, phó chủ tịch, cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây.” (sáu = 6)."),
    ("783_ef3db5842d22", N,
     "Tại hội nghị đánh giá công tác thi đua năm 2019, Cụm thi đua số 3 LĐLĐ thành phố Hà Nội đã suy tôn 2 đơn vị dẫn đầu cụm.",
     "783 says only that the cụm passed the report and 'bảng tổng hợp điểm thi đua'; no count of units suy tôn/dẫn đầu. g.sh 'Cụm thi đua số 3' -> 783 and a seed teaser (003, Phạm Quang Thanh, no figure); g.sh 'suy tôn' -> 074 (12 cụm, khối of Tổng LĐLĐ 2022) and 143, other bodies/years."),

    # ---- 784 Huyện đoàn Đại Lộc, ra quân hè 2023
    ("784_77c303a5ded0", S,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè ở xã Đại Cường, Huyện đoàn Đại Lộc đã tuyên dương 12 gương thanh niên tình nguyện tiêu biểu.",
     "784 body: “Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua”."),
    ("784_77c303a5ded0", D,
     "Nhân lễ ra quân hè, Huyện đoàn Đại Lộc đã trao 30 suất quà cho học sinh nghèo vượt khó ở xã Đại Cường.",
     "784: “tặng 10 suất quà cho học sinh nghèo vượt khó và 10 suất quà cho cựu thanh niên xung phong trên địa bàn xã Đại Cường”: 10, not 30. g.sh '30 suất quà' -> 128 (Công đoàn ngành Xây dựng, công nhân môi trường) and 777 (thiếu nhi, Tháng Thanh niên 2024): other events."),
    ("784_77c303a5ded0", N,
     "Lễ ra quân chiến dịch Thanh niên tình nguyện hè của Huyện đoàn Đại Lộc có khoảng 200 đoàn viên, thanh niên tham gia.",
     "784 counts only 12 gương, 10 + 10 suất quà; no attendance. g.sh 'Đại Lộc' -> 784 and 728 (UBND huyện thi đua 2021, unrelated); g.sh '200 đoàn viên' -> no hit."),

    # ---- 786 Tết sum vầy 2018 cấp Tổng Liên đoàn tại Hưng Yên (LĐTĐ)
    ("786_4b655c65ed4c", N,
     "Chương trình Tết sum vầy năm 2018 cấp Tổng Liên đoàn tổ chức tại Hưng Yên đã trao 2.000 suất quà cho người lao động.",
     "786 only announces the plan (venue Hưng Yên, 10 ngày trước Tết, before 15/12 Đinh Dậu); no gift count. The '755 chuyến xe' is a related-headline teaser. g.sh 'Hưng Yên' -> 425, 577, 578 (other events), 786; g.sh '2\\.000 suất' -> no hit; 057 only has a teaser headline 'Tết sum vầy 2018'."),

    # ---- 787 Tết Sum vầy 2021 (LĐTĐ tác nghiệp)
    ("787_47b1d60ede23", N,
     "Chương trình “Tết Sum vầy - Kết nối yêu thương” năm 2021 của Tổng Liên đoàn Lao động Việt Nam đặt mục tiêu chăm lo cho 1,5 triệu đoàn viên, người lao động.",
     "787 has no figure besides the ordinal Đại hội XIII and the year. g.sh 'Kết nối yêu thương' -> only 787; g.sh '1,5 triệu' -> no hit; g.sh '2021' with Tết -> 088 (mức chi hỗ trợ COVID, no count), 474 (Hậu Giang education union), not this programme."),

    # ---- 788 Tết sum vầy 2017 cấp TLĐ tại Bình Dương
    ("788_228b9a76bc43", N,
     "Tại chương trình Tết sum vầy 2017 cấp Tổng Liên đoàn ở Bình Dương, 1.500 suất quà đã được trao cho công nhân.",
     "788 is the plan (Tết sum vầy 2017 at Bình Dương, do Quỹ Tấm lòng vàng chủ trì); no gift count. g.sh 'Bình Dương' -> 595 is Tết Mậu Tuất 2018 (140.000 người ở lại), others unrelated; g.sh '1\\.500 suất' -> no hit."),

    # ---- 790 Huyện Đoàn Ea H'leo, hè 2020
    ("790_5a5357f6647f", S,
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở huyện Ea H'leo đã thu hút hơn 4,5 nghìn lượt đoàn viên, thanh niên tham gia.",
     "790: “Chiến dịch Thanh niên tình nguyện hè năm 2020 thu hút hơn 4.500 lượt đoàn viên, thanh niên tham gia”."),
    ("790_5a5357f6647f", D,
     "Trong chiến dịch hè 2020, đoàn viên, thanh niên huyện Ea H'leo đã sửa chữa, làm mới khoảng 20 km đường giao thông nông thôn.",
     "790: “sửa chữa, làm mới 11 km đường giao thông nông thôn”: 11, not ~20. g.sh '(25|20) ?km' -> no hit."),
    ("790_5a5357f6647f", S,
     "Tuổi trẻ Ea H'leo đã trồng mới và chăm sóc một nghìn cây xanh trong Chiến dịch Thanh niên tình nguyện hè năm 2020.",
     "790: “trồng mới và chăm sóc 1.000 cây xanh” (một nghìn = 1.000)."),

    # ---- 793 Huyện Đoàn Phú Tân, 1/6/2023
    ("793_a83971f85d67", S,
     "Dịp Quốc tế Thiếu nhi năm 2023, Ban Tổ chức lễ mít tinh ở huyện Phú Tân đã trao 400 phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793: “Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt”."),
    ("793_a83971f85d67", D,
     "Số quà Huyện Đoàn Phú Tân và Ban Tổ chức trao cho trẻ em có hoàn cảnh đặc biệt dịp 1/6/2023 có tổng trị giá khoảng 250 triệu đồng.",
     "793: “400 phần quà, với tổng trị giá 186.250.000 đồng” (~186 triệu, not ~250 triệu). g.sh '(250|240) triệu' -> only 510 (300 suất quà hộ nghèo, 240 triệu), another event."),

    # ---- 795 Chợ Tết Công đoàn 2023 toàn quốc (LĐTĐ mirror)
    ("795_dc664600c1cc", S,
     "Trước Tết Quý Mão 2023, Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công hai mươi hai chương trình “Chợ Tết Công đoàn”.",
     "795: “Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 22 Chương trình” (“Chợ Tết Công đoàn 2023”) (also 761: 'tổ chức tại 22 tỉnh, thành phố')."),
    ("795_dc664600c1cc", S,
     "Phiếu mua hàng mà tổ chức Công đoàn tặng người lao động tại các chương trình “Chợ Tết Công đoàn năm 2023” có tổng giá trị gần 15,5 tỷ đồng.",
     "795: “tặng phiếu mua hàng cho 2.000 - 5.000 người lao động, với giá trị 300 nghìn đồng/phiếu (tổng giá trị 15,45 tỷ đồng)” (gần 15,5 tỷ ~ 15,45 tỷ)."),
    ("795_dc664600c1cc", D,
     "Các chương trình “Chợ Tết Công đoàn 2023” do Tổng LĐLĐ Việt Nam phối hợp tổ chức trên cả nước có tổng cộng khoảng 2.100 gian hàng.",
     "795: “thu hút sự tham gia ... của khoảng 1.320 doanh nghiệp, với 1.479 gian hàng”: 1.479, not ~2.100. g.sh '2\\.100 gian|2100 gian' -> no hit. 262 (Hà Nội's own Chợ Tết 2023: 72 gian hàng) is one city, not the national total."),

    # ---- 796 Chợ Đồn, Tháng hành động vì ATTP 2023
    ("796_1786276f9caa", N,
     "Trong Tháng hành động vì an toàn thực phẩm năm 2023, đoàn kiểm tra liên ngành huyện Chợ Đồn đã kiểm tra 45 cơ sở sản xuất, kinh doanh thực phẩm.",
     "796 has no count of inspected establishments (only Kế hoạch số 97/KH-BCĐ, 'tăng cường kiểm tra liên ngành'). g.sh 'Chợ Đồn' -> only 796; g.sh 'ATTP|an toàn thực phẩm' -> 024, 319 (no counts); g.sh '45 cơ sở' -> no hit."),

    # ---- 798 Tỉnh Đoàn (Bà Rịa - Vũng Tàu outlet), Tháng Thanh niên 2023
    ("798_7032c1161906", S,
     "Theo hội nghị tổng kết Tháng Thanh niên 2023 của Tỉnh Đoàn chiều 10/4, các cấp Đoàn toàn tỉnh đã kết nạp mới hơn 7.300 đoàn viên.",
     "798: “Kết nạp mới hơn 7.350 đoàn viên (đạt 375%)” (hơn 7.300 consistent with hơn 7.350)."),
    ("798_7032c1161906", D,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn toàn tỉnh đã giới thiệu 1.200 đoàn viên ưu tú cho Đảng xem xét kết nạp, theo Tỉnh Đoàn.",
     "798: “giới thiệu 748 đoàn viên ưu tú (đạt 374%)”: 748, not 1.200. g.sh 'đoàn viên ưu tú' -> 706 (phấn đấu 4.000, another body), 733 (130, 2018), 798; g.sh '1\\.200 đoàn viên' -> no hit."),

    # ---- 799 Trung ương Đoàn, tổng kết tháng Thanh niên 2023
    ("799_e6ea998f034b", S,
     "Trong tháng Thanh niên 2023, các cơ sở Đoàn trên cả nước đã thực hiện gần 23 nghìn công trình thanh niên các cấp.",
     "799: “các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng” (gần 23 nghìn ~ 22.975)."),
    ("799_e6ea998f034b", D,
     "Các công trình thanh niên được thực hiện trong tháng Thanh niên năm 2023 trên cả nước có tổng trị giá hơn 450 tỷ đồng.",
     "799: “22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng”: hơn 302 tỷ, not hơn 450 tỷ. g.sh '450 tỷ|450 tỉ' -> no hit; 548's '444 tỉ đồng' is the hè 2022 campaign, another occasion."),
    ("799_e6ea998f034b", S,
     "Tại hội nghị tổng kết tháng Thanh niên 2023 ở Đà Nẵng, Trung ương Đoàn đã tặng bằng khen cho 23 tập thể có thành tích xuất sắc.",
     "799: “Dịp này, Trung ương Đoàn tặng bằng khen cho 23 tập thể có thành tích xuất sắc trong tháng Thanh niên năm 2023.”"),

    # ---- 802 Quận ủy Hoàn Kiếm, Huy hiệu Đảng đợt 19/5
    ("802_331723d186da", S,
     "Trong đợt trao Huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu.",
     "802: “Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng.”"),
    ("802_331723d186da", N,
     "Trong đợt trao Huy hiệu Đảng 19/5 này, quận Hoàn Kiếm có 4 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
     "802 names recipients of huy hiệu 80 năm (ông Việt Chiến), 75 năm (two people) and 60 năm (Phạm Thế Duyệt), but gives no 70-năm count. g.sh 'huy hiệu 70 năm' -> 803 (Hai Bà Trưng, 1), 804 (Hà Đông, 4 đảng viên, đợt 19/5), 805 (Đống Đa, 20): other districts."),

    # ---- 803 Quận ủy Hai Bà Trưng, đợt 7/11/2023
    ("803_697f32d60bca", D,
     "Do điều kiện sức khỏe, Ban Thường vụ Quận ủy Hai Bà Trưng được ủy quyền trao Huy hiệu 75 năm tuổi Đảng tại nhà cho 5 đồng chí đảng viên.",
     "803: “ủy quyền cho Ban Thường vụ Quận ủy Hai Bà Trưng trao tặng Huy hiệu 75 năm tuổi Đảng tại nhà cho 3 đồng chí đảng viên”: 3, not 5. g.sh '5 đồng chí|5 đảng viên' -> only other bodies (Ban Thẩm tra, BCH trường mầm non...)."),

    # ---- 804 Hà Đông, đợt 19/5
    ("804_8ecc40938555", D,
     "Theo Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn, trong đợt 19/5 này toàn thành phố Hà Nội có hơn 12.000 đảng viên được nhận Huy hiệu Đảng.",
     "804: “Trong đợt 19/5 này, toàn thành phố có hơn 8.700 đảng viên được nhận Huy hiệu Đảng.”: hơn 8.700, not hơn 12.000. g.sh '12\\.000 đảng viên' -> no hit; g.sh '8\\.700|8700' -> only 804."),

    # ---- 805 Đống Đa, đợt 2/9 (LĐTĐ mirror)
    ("805_fafe42781e80", S,
     "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có 660 đảng viên được nhận huy hiệu.",
     "805: “Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng”; body: “Lễ trao huy hiệu Đảng đợt 2 dịp Quốc khánh 2/9”."),
    ("805_fafe42781e80", D,
     "Đợt trao Huy hiệu Đảng này, quận Đống Đa có 35 đồng chí nhận Huy hiệu 70 năm tuổi đảng.",
     "805: “9 đồng chí nhận Huy hiệu 75 năm tuổi đảng, 20 đồng chí nhận Huy hiệu 70 năm tuổi đảng”: 20, not 35. g.sh '35 đồng chí|35 đảng viên' -> only 348 (BCH Đảng bộ huyện Sóc Sơn), another thing."),

    # ---- 806 Thanh Hóa, bổ nhiệm
    ("806_f8e0ca12c449", D,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm sáu lãnh đạo sở, ngành và đơn vị trực thuộc.",
     "806: “đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh” (title: 'Bổ nhiệm 4 tân giám đốc sở, ngành'): 4, not 6. g.sh '6 giám đốc|6 lãnh đạo sở' -> no hit."),

    # ---- 807 WFTU, 3/2016
    ("807_4c859601563b", N,
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội tháng 3/2016 có đại biểu của 40 quốc gia tham dự.",
     "807 counts no delegates or countries (only 'Đại hội Công đoàn thế giới lần thứ 17', an ordinal, and dates 5-06/03/2016). g.sh 'Hội đồng Chủ tịch' -> only 807; g.sh '[0-9]+ quốc gia|[0-9]+ nước' -> only seed 003 (Nghệ An exports, 20 quốc gia)."),

    # ---- 808 Đại hội Đoàn TPHCM lần XI
    ("808_2d042b864f95", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI, nhiệm kỳ 2022-2027, có 441 đại biểu tham dự.",
     "808: “diễn ra tại Hội trường Thành phố với sự tham gia của 441 đại biểu đại diện cho hơn 750.000 đoàn viên”."),
    ("808_2d042b864f95", D,
     "Đại hội Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI đã bầu Ban Chấp hành Thành Đoàn khóa XI gồm 65 đồng chí.",
     "808: “đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí”: 59, not 65. g.sh '65 đồng chí' -> no hit."),

    # ---- 809 Đại hội Đoàn quận Kiến An lần VI
    ("809_cc0d6dcdbae7", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) lần thứ VI đã bầu Ban Chấp hành gồm mười chín anh, chị.",
     "809: “Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị” (mười chín = 19)."),
    ("809_cc0d6dcdbae7", D,
     "Đại hội Đoàn quận Kiến An nhiệm kỳ 2022-2027 bầu đoàn đại biểu dự Đại hội Đoàn thành phố gồm 12 đại biểu chính thức.",
     "809: “bầu ra đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính thức và 3 đại biểu dự khuyết”: 7, not 12. g.sh '12 đại biểu chính thức' -> no hit."),

    # ---- 810 Đoàn đại biểu ngành Y tế dự Đại hội XIII CĐVN
    ("810_d311deaca2eb", S,
     "Đoàn đại biểu ngành Y tế đi dự Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028, gồm 34 đại biểu.",
     "810 body: “cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh, thành phố”."),
    ("810_d311deaca2eb", D,
     "Trong đoàn đại biểu ngành Y tế dự Đại hội Công đoàn Việt Nam lần thứ XIII có 16 đại biểu thuộc Công đoàn Y tế Việt Nam.",
     "810: “trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh, thành phố”: 10, not 16. g.sh '16 đại biểu' -> no hit."),

    # ---- 811 Công đoàn Bệnh viện ĐHQG Hà Nội
    ("811_a5247b9db57a", N,
     "Đại hội Công đoàn Bệnh viện Đại học Quốc gia Hà Nội nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "811 has no count of BCH members (only names and terms 2023-2025, 2025-2030). g.sh 'Bệnh viện Đại học Quốc gia' -> only 811; g.sh 'Ban Chấp hành Công đoàn Bệnh viện|Công đoàn Bệnh viện' -> 542, 573 (other hospitals) and 811 without figures."),
    ("811_a5247b9db57a", N,
     "Công đoàn Bệnh viện Đại học Quốc gia Hà Nội hiện có khoảng 420 đoàn viên.",
     "811 gives no membership figure. g.sh 'Bệnh viện Đại học Quốc gia' -> only 811; g.sh '420 đoàn viên' -> no hit."),

    # ---- 812 Đại hội Đảng bộ TP Hà Nội XVIII
    ("812_69df8abf1bca", D,
     "Đảng bộ thành phố Hà Nội hiện có khoảng 35 vạn đảng viên, theo Đại hội đại biểu Đảng bộ thành phố lần thứ XVIII.",
     "812: “550 đại biểu đại diện cho gần 50 vạn đảng viên toàn Đảng bộ TP Hà Nội”: gần 50 vạn (~500.000), not ~35 vạn. g.sh '35 vạn|350\\.000 đảng viên' -> no hit; g.sh 'vạn đảng viên|nghìn đảng viên|000 đảng viên' -> 400 (gần 11.000, another Đảng bộ) and 812."),

    # ---- 813 Đại hội Đảng bộ TP Hà Nội XVIII, kết quả Hội nghị lần 1
    ("813_11d663308583", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu 5 Phó Bí thư Thành ủy.",
     "813: “Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ...; ông Nguyễn Văn Phong ...; ông Nguyễn Trọng Đông ...; và bà Phùng Thị Hồng Hà”; 812: “4 Phó Bí thư Thành ủy Hà Nội khóa XVIII”: 4, not 5. g.sh '5 Phó Bí thư' -> no hit (105 numbers its list 1-5 but item 1 is the Bí thư; its Phó bí thư are the same 4)."),
    ("813_11d663308583", N,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030, gồm 17 đồng chí.",
     "812/813 say the BCH 'đã bầu Ban Thường vụ Thành uỷ' but give no size. g.sh 'Ban Thường vụ Thành (ủy|uỷ)[^.]{0,40}(gồm|có) [0-9]+' -> only 103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí' (another term, 2015-2020). g.sh 'Ban Thường vụ Thành (ủy|uỷ) (Hà Nội )?khó?a XVIII' -> no hit."),

    # ---- 814 Văn phòng Tỉnh ủy (Cao Bằng outlet), hội nghị CBCC 2023
    ("814_18330f815e40", N,
     "Hội nghị cán bộ, công chức năm 2023 của Văn phòng Tỉnh ủy Cao Bằng có 60 công chức và người lao động tham dự.",
     "814 says only 'Dự hội nghị toàn thể công chức và người lao động Văn phòng Tỉnh uỷ' with no number. g.sh 'Văn phòng Tỉnh (ủy|uỷ)' -> only 814; g.sh '60 công chức|công chức và người lao động' -> 337 (Hoài Đức sport, no count) and 814."),

    # ---- 815 Bộ Tư pháp, hội nghị
    ("815_4b1f243f3f97", S,
     "Hội nghị của Bộ Tư pháp có khoảng 400 đại biểu đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ tham dự.",
     "815: “Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ” (khoảng 400 ~ gần 400)."),
    ("815_4b1f243f3f97", N,
     "Công đoàn Bộ Tư pháp hiện có hơn 2.500 đoàn viên.",
     "815 gives no membership figure. g.sh 'Bộ Tư pháp' -> only 815; g.sh '2\\.500 đoàn viên' -> no hit."),

    # ---- 816 Sở Nội vụ (Quảng Nam outlet), sơ kết 6 tháng 2024
    ("816_99327ccdb464", D,
     "Hội nghị trực tuyến sơ kết công tác ngành Nội vụ 6 tháng đầu năm 2024 được kết nối tới 25 điểm cầu huyện, thị xã, thành phố.",
     "816: “Tại điểm cầu 18 huyện, thị xã, thành phố có lãnh đạo, công chức Phòng Nội vụ”: 18, not 25. g.sh '25 điểm cầu' -> no hit; g.sh 'điểm cầu' -> 524, 717 (06 điểm cầu, Hải Phòng), other meetings."),
    ("816_99327ccdb464", N,
     "Trong 6 tháng đầu năm 2024, ngành Nội vụ tỉnh Quảng Nam đã tuyển dụng 250 công chức.",
     "816 reports no recruitment figure (only that 'toàn ngành Nội vụ đã hoàn thành các nhiệm vụ'). g.sh 'tuyển dụng' -> only 098 (phiên giao dịch việc làm, gần 11.000 chỉ tiêu), another thing; g.sh '250 công chức' -> no hit."),

    # ---- 819 Công đoàn GTVT Việt Nam (interview stub)
    ("819_699c0b9c6f4c", N,
     "Công đoàn Giao thông vận tải Việt Nam hiện có hơn 200.000 đoàn viên.",
     "819 is only a headline and a one-line lead (Đỗ Nga Việt, Chủ tịch CĐ GTVT Việt Nam): no figure. g.sh 'Đỗ Nga Việt|GTVT Việt Nam' -> 046, 127 (names only), 819. g.sh '200\\.000 đoàn viên' -> 601, 700: 200.000 đoàn viên supported by Chợ Tết Công đoàn - Xuân 2026 trực tuyến, another thing."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        for x in (claim, why):
            assert "\t" not in x and "\n" not in x and '"' not in x, x
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps the order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts)


if __name__ == "__main__":
    main()
