#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported (13) ----------------
    ("007_f60bcd89f25b", "supported",
     "Lễ phát động Tháng Công nhân năm 2021 do Công đoàn các KCN và chế xuất Hà Nội tổ chức ở xã Kim Chung (Đông Anh) có hơn một nghìn công nhân lao động tham dự.",
     "007: 'Tham dự chương trình có hơn 1.000 công nhân lao động đến từ các doanh nghiệp thuộc Khu Công nghiệp và chế xuất Hà Nội' (Lễ 24/4/2021, Kim Chung, Đông Anh)."),
    ("1046_abc17e7bde88", "supported",
     "Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 trên congdoanvietnam.org thu hút hơn 2,3 nghìn lượt cán bộ, đoàn viên, người lao động của Tập đoàn Điện lực Việt Nam dự thi.",
     "1046: 'Cuộc thi trực tuyến tìm hiểu pháp luật trên congdoanvietnam.org, đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi'."),
    ("1125_5e323181d7fd", "supported",
     "Công đoàn Công ty Điện lực Đất Đỏ đã trao tổng cộng 55 triệu đồng hỗ trợ các cán bộ công nhân viên và thân nhân có hoàn cảnh khó khăn, bệnh tật.",
     "1125: 'Công đoàn Công ty Điện lực Đất Đỏ tổ chức thăm hỏi, động viên và trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn, bệnh tật'."),
    ("333_b974af218aab", "supported",
     "Theo Phó Chủ tịch Đỗ Văn Nam, Công đoàn ngành Giáo dục Hà Nội hiện có 187 công đoàn cơ sở trực thuộc.",
     "333: 'hiện nay Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên' (Công đoàn ngành Giáo dục Hà Nội, 6/2022)."),
    ("509_33042ea25bf7", "supported",
     "Đến cuối tháng 1/2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao 4 300 suất quà Tết cho người nghèo và nạn nhân chất độc da cam.",
     "509: 'các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng để hoàn thành chỉ tiêu do Hội Chữ thập đỏ thành phố giao năm 2022' (Hội CTĐ quận Hai Bà Trưng, 24/1/2022)."),
    ("578_5debbd11f60b", "supported",
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023-2028, có 289 đại biểu chính thức tham dự.",
     "578: 'Ban Tổ chức Tỉnh ủy và 289 đại biểu chính thức đại diện cho gần 200 nghìn cán bộ, đoàn viên...' (Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, 13/10)."),
    ("601_191d90e3f2ed", "supported",
     "Với Chợ Tết Công đoàn trực tuyến dịp Tết Bính Ngọ 2026, Tổng Liên đoàn Lao động Việt Nam hỗ trợ hai trăm nghìn đoàn viên, người lao động.",
     "601: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng'. Same figure also in 700 ('Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình')."),
    ("606_cccf22e04aa6", "supported",
     "Chiến dịch “Triệu bước chân nhân ái” trong Tháng Nhân đạo 2024 đã huy động được 16,2 tỷ đồng sau khi phát động.",
     "606: 'Sau 2 tháng phát động, Ban tổ chức đã huy động được 16,2 tỷ đồng, hơn 95.000 người tham gia' (Chiến dịch 'Triệu bước chân nhân ái', Tháng Nhân đạo 2024)."),
    ("921_752a72eb5126", "supported",
     "Dịp Trung thu 2021, Công đoàn Khu Kinh tế tỉnh Tây Ninh trao tặng hơn 1100 phần quà cho thiếu nhi trên địa bàn toàn tỉnh.",
     "921: 'Tết trung thu năm nay, Công đoàn Khu Kinh tế trao tặng hơn 1.100 phần quà cho các em thiếu nhi trên địa bàn toàn tỉnh, trị giá hơn 130 triệu đồng' (BTNO, 21/09/2021; 1146 names 'Công đoàn Khu Kinh tế tỉnh Tây Ninh')."),
    ("810_d311deaca2eb", "supported",
     "Đoàn đại biểu ngành Y tế đi dự Đại hội XIII Công đoàn Việt Nam (nhiệm kỳ 2023-2028) gồm ba mươi tư đại biểu.",
     "810: 'cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu...'."),
    ("041_bf2f2fd819b8", "supported",
     "Trong Tháng Công nhân năm 2022, Liên đoàn Lao động TP Hà Nội đã tuyên dương một trăm “Công nhân giỏi Thủ đô”.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (Tháng Công nhân năm 2022). Also 076 '100 “Công nhân giỏi Thủ đô” năm 2022'. (2023 edition also 100: 000, 003, 186.)"),
    ("206_cfb5f4dd4354", "supported",
     "Chiến dịch 90 ngày đêm làm sạch cơ sở dữ liệu đất đai theo Kế hoạch 252 của Hà Nội sẽ được triển khai tại 126 đơn vị cấp xã.",
     "206: 'chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội' (Kế hoạch 252, 1/9-30/11/2025)."),
    ("763_1f58c3035f15", "supported",
     "Từ khi phát động đến nay, toàn tỉnh đã trao gần 400 ngôi nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở, theo Liên đoàn Lao động tỉnh do ông Huỳnh Văn Tấn làm Phó Chủ tịch Thường trực.",
     "763: 'Từ khi phát động đến nay, toàn tỉnh đã có 392 ngôi nhà “Mái ấm Công đoàn” được trao cho những đoàn viên gặp khó khăn về nhà ở' (Phó chủ tịch Thường trực LĐLĐ tỉnh Huỳnh Văn Tấn). Province not named on the page."),

    # ---------------- differs (16) ----------------
    ("092_19866e76540c", "differs",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI (nhiệm kỳ 2018-2023) có 450 đại biểu chính thức tham dự.",
     "092: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức'. grep '450 đại biểu' -> no hit. (307: '545/550 đại biểu chính thức' is the XVII congress, 2023.)"),
    ("741_ca77ab8c28c7", "differs",
     "Đại hội Công đoàn TP Đà Nẵng lần thứ XVII, nhiệm kỳ 2023-2028, diễn ra với sự tham gia của 375 đại biểu.",
     "741: 'với sự tham gia của 345 đại biểu đại diện cho hơn 130.000 đoàn viên' (Đà Nẵng XVII, 15-16/10). grep '375|ba trăm bảy' -> only 798 '(đạt 375%)' about Đoàn kết nạp, unrelated. (742/571: 300 đại biểu is Đại hội lần thứ I 2025-2030, another edition.)"),
    ("108_8baf26df659f", "differs",
     "UBND TP HCM, LĐLĐ TPHCM và báo Sài Gòn Giải Phóng công bố 13 cá nhân đoạt Giải thưởng Tôn Đức Thắng năm 2018.",
     "108: 'công bố danh sách 11 cá nhân đoạt Giải thưởng Tôn Đức Thắng năm 2018'. grep '13 cá nhân|mười ba cá nhân' -> no hit."),
    ("1046_abc17e7bde88", "differs",
     "Ở cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 của Công đoàn Điện lực Việt Nam, có năm cá nhân đạt giải Ba.",
     "1046: '01 cá nhân đạt giải Nhất, 02 cá nhân đạt giải Nhì, 03 cá nhân đạt giải Ba và 05 cá nhân đạt giải Khuyến khích'. 5 is the Khuyến khích count, not giải Ba. grep 'giải Ba' -> only 1046, 343 (a student), 1047 ('4 giải ba', another contest)."),
    ("507_60ef7af69b3d", "differs",
     "Công đoàn Viên chức thành phố Hà Nội khen thưởng 68 cá nhân có thành tích xuất sắc trong phong trào “Giỏi việc nước, đảm việc nhà” năm 2020.",
     "507: '6 tập thể và 88 cá nhân đã được khen thưởng vì đã có thành tích xuất sắc trong phong trào thi đua “Giỏi việc nước, đảm việc nhà” năm 2020'. grep '68 cá nhân' -> no hit. (183 is the 2019 mid-year report of the same union, no count of cá nhân.)"),
    ("663_7f8b34f12daf", "differs",
     "Tại hội nghị tổng kết năm 2020, LĐLĐ huyện Chợ Mới tặng giấy khen cho mười lăm cá nhân có thành tích xuất sắc.",
     "663: '3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; 3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen'. grep '15 cá nhân|mười lăm cá nhân' -> 118, 502, 1065 only (other unions/events)."),
    ("601_191d90e3f2ed", "differs",
     "Để hỗ trợ đoàn viên mua sắm tại Chợ Tết Công đoàn trực tuyến xuân 2026, Tổng LĐLĐ Việt Nam chi khoảng 150 tỷ đồng.",
     "601: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng'; 700 same: 'tổng số tiền hỗ trợ là 100 tỉ đồng'. grep '150 tỷ|150 tỉ|trăm năm mươi tỷ' -> no hit."),
    ("046_6c553dd46b50", "differs",
     "Giải bóng đá mini CNVCLĐ và LLVT - Cúp Báo Lao động Thủ đô lần thứ I năm 2015 có 16 đội bóng tham gia tranh tài.",
     "046: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài'; also 'cùng 18 đội bóng'. grep '16 đội' -> only 727 '16 đội hình thanh niên tình nguyện' (Đà Nẵng), unrelated."),
    ("198_7c3cb7fb69d5", "differs",
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ khoảng 10.000 tờ báo tới công nhân các khu công nghiệp - khu chế xuất Hà Nội.",
     "198: 'báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội'. grep '10.000 tờ|mười nghìn tờ' -> no hit."),
    ("475_0af186189d4d", "differs",
     "Công đoàn Giáo dục TP HCM đã tặng 80 chiếc cặp cho giáo viên và học sinh huyện đảo Lý Sơn trước thềm năm học mới 2019.",
     "475: 'CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập ... Lý Sơn'. grep '80 chiếc|80 cặp' -> no hit."),
    ("498_e3e307654093", "differs",
     "Tại lễ phát động Tháng hành động về ATVSLĐ và Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh tặng 126 phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "498: 'Ban Thường vụ LĐLĐ tỉnh đã tặng 106 phần quà cho đoàn viên, NLĐ có hoàn cảnh khó khăn ... với tổng số tiền 88 triệu đồng'. grep '126 phần quà|126 suất' -> no hit. Province not named on the page."),
    ("318_26cc55c81cb4", "differs",
     "Trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015, Thành đoàn Hà Nội ra quân 15 đội hình chuyên.",
     "318: 'Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện' (2015). grep '15 đội hình' -> no hit."),
    ("333_b974af218aab", "differs",
     "Công đoàn ngành Giáo dục Hà Nội hiện có hơn 15 nghìn đoàn viên, phần lớn là nữ.",
     "333: 'Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ' (6/2022). grep '15.000 đoàn viên|15 nghìn đoàn viên' -> no hit."),
    ("606_cccf22e04aa6", "differs",
     "Trung ương Hội Chữ thập đỏ Việt Nam cho biết Tháng Nhân đạo 2024 cả nước huy động được trên 680 tỷ đồng.",
     "606: 'Tháng Nhân đạo 2024 đã huy động được số tiền ủng hộ trên 786 tỷ đồng, đạt trên 197% chỉ tiêu'. grep '680 tỷ|680 tỉ' -> no hit."),
    ("921_752a72eb5126", "differs",
     "Chương trình “Đêm hội trăng rằm” 2021 tại xã Phước Đông (Gò Dầu) của Công đoàn Khu Kinh tế tỉnh Tây Ninh tặng quà cho khoảng 150 thiếu nhi là con công nhân khó khăn.",
     "921: 'tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn đang làm việc tại Khu công nghiệp Phước Đông'; 'trao 110 phần quà'. grep '150 thiếu nhi|150 cháu|150 em' -> no hit."),
    ("691_396a6e5ab481", "differs",
     "Tại lễ phát động Tháng cao điểm “Vì người nghèo” sáng 7/10/2022 của Ủy ban MTTQ Việt Nam tỉnh, 54 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm đã ủng hộ Quỹ.",
     "691: 'Quỹ “Vì người nghèo” vừa đón nhận gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm' (lễ phát động 7/10/2022). grep '54 cơ quan' -> no hit. Province not named on the page."),

    # ---------------- not_found (11) ----------------
    ("007_f60bcd89f25b", "not_found",
     "Lễ phát động Tháng Công nhân 2021 của Công đoàn các KCN và chế xuất Hà Nội tại Kim Chung có 40 doanh nghiệp tham gia.",
     "007 says only 'công nhân lao động đến từ các doanh nghiệp' (no count of enterprises; the counted thing is workers, 'hơn 1.000'). grep 'Kim Chung' -> 007 and 565 ('gần 200 công nhân ... khu vực Kim Chung', another event, counts workers)."),
    ("108_8baf26df659f", "not_found",
     "TP HCM trao Giải thưởng Tôn Đức Thắng năm 2019 cho 12 cá nhân.",
     "Another edition. grep 'Tôn Đức Thắng' -> 108 (2018: 11 cá nhân; 191 over 18 years), 827 (Đại học Tôn Đức Thắng), 992 ('3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015' of CĐ Viên chức). No 2019 count."),
    ("509_33042ea25bf7", "not_found",
     "Dịp Tết Quý Mão 2023, Hội Chữ thập đỏ quận Hai Bà Trưng trao tặng 5.000 suất quà cho người nghèo.",
     "Another year. grep 'Hai Bà Trưng' -> 509 (Tết Nhâm Dần 2022: 4.300/400/300/3.300 suất) and 603 (Tháng Nhân đạo 2023 of the same Hội, no count of suất quà); others are unrelated (Công đoàn quận, accidents)."),
    ("578_5debbd11f60b", "not_found",
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX đã bầu Ban Chấp hành khóa mới gồm 33 ủy viên.",
     "578 covers only day 1 (Đoàn Chủ tịch 9, Đoàn thư ký 2, Ban thẩm tra tư cách 7; 289 đại biểu). grep 'Hưng Yên' -> 425, 577 (Đại hội XII CĐVN delegation: 12 người), 786, 985: none counts the XIX Ban Chấp hành."),
    ("810_d311deaca2eb", "not_found",
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên dự Đại hội XIII Công đoàn Việt Nam có 12 người.",
     "Another edition: 577 says 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người' (XII, not XIII). grep 'Đại hội XIII.{0,100}(đại biểu|người)' -> 080 (1.100 total), 115 (Bình Định 10+3), 810 (Y tế 34): no Hưng Yên count for XIII."),
    ("741_ca77ab8c28c7", "not_found",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ XVII đã bầu 35 ủy viên Ban Chấp hành LĐLĐ thành phố khóa XVII.",
     "741 covers only the first session (345 đại biểu, 130.000 đoàn viên). grep 'Đà Nẵng' x 'Ban Chấp hành|khóa XVII' -> only 741 (khóa XVI report). 742/571 are the 2025 Đại hội lần thứ I (300 đại biểu, 216.000 đoàn viên), another edition."),
    ("1185_e4ec05aab551", "not_found",
     "Năm 2024, Công đoàn Điện lực Việt Nam biểu dương 105 “Người lao động ngành Điện tiêu biểu”.",
     "Another year. grep 'ngành Điện tiêu biểu' -> 1185 (2025: 117), 1126 (a Tổng công ty's 7 cá nhân, 2022), 1184 (no count). grep 'ngành Điện.{0,60}2024' -> none."),
    ("475_0af186189d4d", "not_found",
     "Trong chuyến công tác tháng 8/2019, Công đoàn Giáo dục TP HCM thăm và tặng quà cho 50 giáo viên huyện đảo Lý Sơn.",
     "475 counts money (100 triệu), cặp (62), quyển tập (2.000), school cost (7,5 tỉ); no count of teachers. grep 'Lý Sơn|An Vĩnh' -> only 475."),
    ("318_26cc55c81cb4", "not_found",
     "Chiến dịch mùa hè Thanh niên tình nguyện năm 2016 của Thành đoàn Hà Nội có 60.000 lượt người tham gia.",
     "Another year: 318 is 2015 ('50 nghìn lượt người'). grep 'tình nguyện.{0,40}2015|2016.{0,60}tình nguyện' -> only 318; grep 'Thành đoàn Hà Nội.{0,200}(lượt|người)' -> 318 and 609 (5 đội hình, Kỳ nghỉ hồng). Other TNTN pages are TP HCM, Đà Nẵng, Hà Tĩnh, Quảng Nam."),
    ("684_c93b3b0c5141", "not_found",
     "Tháng Nhân đạo năm 2025 cả nước huy động được hơn 900 tỷ đồng ủng hộ.",
     "684 is the 2025 national launch with no result figure. grep 'Tháng Nhân đạo.{0,30}2025|2025.{0,80}(huy động|tỷ đồng)' -> 607 (Quảng Ninh launch), 683 (Vĩnh Phúc target 4.000-4.500 người), 684, 904 (Hà Tĩnh youth 1,8 tỉ). The national total counted is 2024's (606: 786 tỷ), another edition."),
    ("092_19866e76540c", "not_found",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI (2018-2023) bầu Ban Chấp hành LĐLĐ thành phố khóa XVI gồm 55 ủy viên.",
     "092 counts only the 550 đại biểu chính thức. grep 'khóa XVI.{0,100}(gồm|ủy viên|đồng chí)' -> 003, 037, 153, 300 (bầu bổ sung, kỳ họp; no membership count), 103 (Đảng bộ HN: 74 đồng chí, another body), 1085 (Hội LHPN Hà Tĩnh). grep BCH ... 2018-2023 with 'gồm|bầu N' -> 088 (Tổng LĐLĐ), 169 (CĐ Giáo dục VN 36) only."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
