#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set (unseen156). Plain Python: csv + unicodedata only."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("050_d054ada0f9d5", S,
     "Quỹ hỗ trợ “Mái ấm Công đoàn” của Liên đoàn Lao động TP Hà Nội đã góp ba mươi triệu đồng để sửa nhà cho đoàn viên Mai Thị Lương, giáo viên Trường Mầm non Cổ Đô (Ba Vì).",
     "050: \"Căn nhà ... trị giá trên 118 triệu đồng, trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\" của LĐLĐ thành phố Hà Nội\" (spelled-out ba mươi = 30)."),
    ("057_78c9b6628d41", S,
     "Những ngày cuối năm Đinh Dậu, LĐLĐ quận Long Biên bố trí các chuyến xe nghĩa tình đưa gần năm trăm công nhân lao động trên địa bàn quận về quê đón Tết.",
     "057: \"gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên ... “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết\"."),
    ("080_9b9e2cec9822", S,
     "Trong phiên làm việc thứ nhất sáng 1/12/2023, Đại hội XIII Công đoàn Việt Nam đã thẩm tra tư cách, xác nhận 1100 đại biểu đủ tư cách tham dự.",
     "080 body: \"Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch; thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội.\" (1100 = 1.100)."),
    ("086_ba1892a61737", S,
     "Hội nghị biểu dương điển hình tiên tiến, người tốt việc tốt năm 2023 của TP Hà Nội có sự góp mặt của 858 điển hình tiên tiến của Thủ đô.",
     "086: \"858 điển hình tiên tiến năm 2023 của Thủ đô đại diện cho hàng vạn cá nhân \"Người tốt, việc tốt\"\"."),
    ("142_728187c82f8a", S,
     "Chương trình khám sức khỏe miễn phí cho đoàn viên, người lao động của Liên đoàn Lao động quận Bắc Từ Liêm có tổng kinh phí dự tính hơn 1 tỷ đồng.",
     "142 body: \"... với tổng số tiền dự tính khoảng trên 1 tỷ đồng. Kinh phí được trích một phần từ nguồn kinh phí Công đoàn và nguồn xã hội hoá.\" (862 đoàn viên is only in the headline, so not used)."),
    ("152_45d566d7ef8c", S,
     "Tính đến đầu tháng 8/2018, Quỹ “Đền ơn đáp nghĩa” của thành phố Hà Nội đã vận động được gần 22 tỷ đồng.",
     "152: \"Quỹ “Đền ơn đáp nghĩa” thành phố đã vận động được gần 22 tỷ đồng, đạt 109,9% kế hoạch năm\" (meeting of 1/8, Người tốt việc tốt năm 2018)."),
    ("233_729056fb3d86", S,
     "Dịp Tết Nguyên đán Quý Mão 2023, ngành Giáo dục và Đào tạo Hà Nội đã tặng quà cho 1415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn.",
     "233: \"Dịp Tết Nguyên đán năm nay, ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn\" (1415 = 1.415)."),
    ("237_e9e86887473f", S,
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức về dự.",
     "237 body: \"về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận\"."),
    ("348_db7d0bb18329", S,
     "Tính đến năm 2020, Đảng bộ huyện Sóc Sơn có 14 490 đảng viên.",
     "348 (dated 28/07/2020): \"Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng\" (space separator 14 490)."),
    ("643_63b39ed01884", S,
     "Đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo trực thuộc Liên đoàn Lao động thành phố Hà Nội đã giải quyết cho 2.040 đoàn viên, người lao động vay vốn.",
     "643: \"Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo ... (trực thuộc LĐLĐ TP Hà Nội) đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn\"."),
    ("666_958a474dc296", S,
     "Trong năm 2021, các cấp công đoàn thuộc LĐLĐ tỉnh đã thành lập mới 26 công đoàn cơ sở.",
     "666: \"các cấp công đoàn đã phát triển mới 8.865 đoàn viên ..., thành lập mới 26 công đoàn cơ sở (đạt 120%)\" (the page names the organisation only as 'Liên đoàn Lao động tỉnh')."),
    ("744_d077d464faf3", S,
     "Dịp Tết Bính Ngọ 2026, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã trao 97 suất quà Tết cho đoàn viên, người lao động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.",
     "744: \"trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng, gồm quà và tiền mặt) cho đoàn viên, người lao động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và ... Bệnh viện Đa khoa tỉnh Phú Thọ\"."),
    ("922_5d7251e759ab", S,
     "Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, Hội LHPN tỉnh đã trao ba căn nhà “Mái ấm tình thương” cho hội viên, phụ nữ khó khăn về nhà ở.",
     "922: \"Hội trao tặng 3 nhà “Mái ấm tình thương” cho hội viên, phụ nữ đặc biệt khó khăn về nhà ở tại các xã: Quan Sơn, Thường Xuân và Lương Sơn\" (ba = 3)."),

    # ---------------- differs ----------------
    ("050_d054ada0f9d5", D,
     "Bên cạnh nguồn Quỹ “Mái ấm Công đoàn” của Thành phố, LĐLĐ huyện Ba Vì hỗ trợ thêm 15 triệu đồng để đoàn viên Mai Thị Lương sửa nhà.",
     "050: \"cùng với sự hỗ trợ của LĐLĐ huyện Ba Vì là 5 triệu đồng\". g.sh '15 triệu' hits only 091 (CĐ Giáo dục, 2 teachers), 144 (CĐ Y tế), 231 (3,15 triệu thưởng) - none about Ba Vì / Mai Thị Lương."),
    ("074_3aedb58932be", D,
     "LĐLĐ thành phố Hà Nội là một trong năm đơn vị xuất sắc được Tổng Liên đoàn Lao động Việt Nam đề nghị tặng Cờ thi đua của Chính phủ năm 2023.",
     "074: \"Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã có quyết định công nhận 3 đơn vị xuất sắc ... để đề nghị tặng Cờ thi đua của Chính phủ năm 2023\"; title \"1 trong 3 đơn vị\". g.sh 'Cờ thi đua (của )?Chính phủ' hits only 074; '5 đơn vị|năm đơn vị' hits only 252/733/1042, unrelated."),
    ("080_9b9e2cec9822", D,
     "Tại phiên làm việc thứ nhất, Đại hội XIII Công đoàn Việt Nam đã bầu 35 nhân sự tham gia Đoàn Chủ tịch Đại hội.",
     "080: \"Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch\". g.sh '35 nhân sự|35 đồng chí|35 (ủy viên|người)' hits 115 (BCH Bình Định), 348 (BCH Sóc Sơn 1978), 1089 - none about this presidium. (101 states 'Đoàn Chủ tịch gồm 22 Ủy viên' for Đại hội XII 2018, another edition.)"),
    ("086_ba1892a61737", D,
     "Năm 2023, thành phố Hà Nội vinh danh 15 “Công dân Thủ đô ưu tú”.",
     "086: \"trong đó có 10 \"Công dân Thủ đô ưu tú\" là những hạt nhân tiêu biểu nhất\". g.sh 'Công dân Thủ đô ưu tú' hits only 086; '15 .?Công dân Thủ đô' no hit."),
    ("092_19866e76540c", D,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 diễn ra với sự tham gia của 650 đại biểu chính thức.",
     "092: \"Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức\"; 242 also: \"với sự tham dự của 546 đại biểu\". g.sh '650 đại biểu' no hit (307's 545/550 is the XVII congress)."),
    ("152_45d566d7ef8c", D,
     "Từ đầu năm 2018 đến đầu tháng 8, ngành Lao động - Thương binh và Xã hội Hà Nội đã trợ giúp cho hơn 16 nghìn trẻ em có hoàn cảnh đặc biệt.",
     "152: \"trợ giúp cho 13.636 trẻ em có hoàn cảnh đặc biệt, đạt 99,1%\". g.sh '16.363|16 nghìn|16\\.[0-9]{3} trẻ' no hit."),
    ("233_729056fb3d86", D,
     "Tết Quý Mão 2023, ngành GD&ĐT Hà Nội tặng quà cho 180 học sinh là con cán bộ, chiến sĩ đang công tác ở biển đảo.",
     "233: \"và 108 học sinh là con cán bộ, chiến sĩ công tác ở biển đảo\". g.sh '180 học sinh' no hit."),
    ("237_e9e86887473f", D,
     "Các đại biểu chính thức dự Đại hội Công đoàn quận Hai Bà Trưng khóa XIX đại diện cho khoảng ba mươi nghìn đoàn viên công đoàn trong toàn quận.",
     "237: \"200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận\". g.sh '30.000 đoàn viên|30 nghìn đoàn viên|ba mươi nghìn' hits only 741 ('hơn 130.000 đoàn viên', another city); 'Hai Bà Trưng.{0,150}đoàn viên' gives no other count."),
    ("279_02746b04c550", D,
     "Tổng số tiền chương trình “Tết sum vầy” năm 2019 tặng cho đoàn viên, người lao động cả nước tăng 28% so với năm 2018.",
     "279: \"tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng, tăng 48% so với năm 2018\". g.sh '28%' hits only 191 (96,28% phiếu bầu). 161 gives Tết Sum vầy 2024 totals (another year), no % rise."),
    ("348_db7d0bb18329", D,
     "Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ nhất (năm 1978) đã bầu Ban Chấp hành Đảng bộ huyện gồm 45 đồng chí.",
     "348: \"Đại hội bầu Ban Chấp hành Đảng bộ Huyện gồm 35 đồng chí (02 ủy viên dự khuyết), Ban Thường vụ gồm 11 đồng chí\". g.sh '45 đồng chí' checked; 'Sóc Sơn.{0,100}đảng viên' only 348."),
    ("520_248a7e4c18f3", D,
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520: \"LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh\" and \"số tiền hỗ trợ 50 triệu đồng/căn\". g.sh '70 triệu' hits only 498 (870 triệu, 18 căn) and 998 (470 triệu), unrelated; 'Chang Chun|Trần Thị Anh' only 520."),
    ("585_b22d53f788ab", D,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí.",
     "585: \"Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c, bầu đại biểu dự Đại Hội cấp trên là 2 đ/c\". g.sh 'Bình Hòa Phước' hits only 585."),
    ("643_63b39ed01884", D,
     "Để bảo đảm vốn vay đúng mục đích, Quỹ Trợ vốn CNVC-LĐ nghèo Thủ đô đã kiểm tra công tác sau vay vốn tại 96 công đoàn cơ sở.",
     "643: \"triển khai kiểm tra công tác sau vay vốn tại 69 Công đoàn cơ sở\". g.sh '96 (Công đoàn cơ sở|CĐCS)' no hit; 'Quỹ Trợ vốn' hits 002 seed (Thanh Trì, 17 đoàn viên, 12/2024), 331, 1022 - none counts inspected CĐCS."),
    ("666_958a474dc296", D,
     "Năm 2021, kết quả phát triển đoàn viên mới của Liên đoàn Lao động tỉnh đạt 174% so với chỉ tiêu được giao.",
     "666: \"phát triển mới 8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)\" (digits swapped). g.sh '174%' no hit."),
    ("749_cd48852c43bc", D,
     "Tại Bệnh viện Đa khoa Sóc Trăng, Phó Chủ tịch LĐLĐ TP Cần Thơ Trần Ngọc Mỹ đã trao 50 phần quà cho cán bộ, y - bác sĩ trực Tết.",
     "749: \"Tại Bệnh viện Đa khoa Sóc Trăng, bà Trần Ngọc Mỹ, Phó Chủ tịch LĐLĐ TP Cần Thơ, trao 30 phần quà cho đội ngũ cán bộ, y - bác sĩ, nhân viên y tế đang trực Tết\". g.sh 'Cần Thơ.{0,100}phần quà' gives only 30 and 130 (the latter for trực giao thừa units); 'Sóc Trăng' has no other gift count."),
    ("922_5d7251e759ab", D,
     "Dịp chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, Hội LHPN tỉnh đã trao tặng 250 suất quà cho hội viên, phụ nữ nghèo và trẻ mồ côi khó khăn.",
     "922: \"Hội LHPN tỉnh tổ chức trao tặng 150 suất quà\" (twice). g.sh '250 suất|250 phần quà' no hit."),

    # ---------------- not_found ----------------
    ("003_c1f428e54ea5", N,
     "Có 52 ủy viên Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI dự kỳ họp thứ 11 ngày 16/12 để bầu bổ sung đồng chí Nguyễn Phi Thường làm Chủ tịch.",
     "003 names the meeting (\"hội nghị Ban Chấp hành khóa XVI, kỳ họp thứ 11\") and chairs but counts no attendees. g.sh 'kỳ họp thứ 11' only 003; '52 ủy viên' no hit; 'Nguyễn Phi Thường' pages (040, 076, 088, 205) carry no attendance count for this meeting."),
    ("005_dbc959940fb5", N,
     "Năm 2025, LĐLĐ quận Long Biên đặt chỉ tiêu kết nạp 1.200 đoàn viên mới.",
     "005 lists anniversaries (95, 80, 50, 135 năm) and themes, no membership target. g.sh 'Long Biên.{0,200}đoàn viên mới|kết nạp.{0,100}Long Biên' no hit; '1.200 đoàn viên' no hit. Nearby Long Biên figures are other things: 057 gần 500 CNLĐ (Tết 2018 buses), 059 gần 1.500 bộ áo dài từ 95 CĐCS."),
    ("095_5a52b05770d9", N,
     "Để chỉ đạo Đại hội Công đoàn các cấp tiến tới Đại hội Công đoàn TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030, LĐLĐ Thành phố đã thành lập 7 tổ công tác chỉ đạo đại hội.",
     "095 (Kế hoạch 117/KH-LĐLĐ) gives no number of working groups. Trap: seed corpus/003_7db656824e63f1d3 says \"LĐLĐ Thành phố đã thành lập 5 Tổ công tác chỉ đạo Đại hội\" but for the 2023-2028 round (XVII), another edition; 237 mentions 'Tổ Công tác ... số 5' also 2023. g.sh '[0-9]+ Tổ công tác' only that seed; 'Tổ công tác.{0,100}(XVIII|2025 ?- ?2030)' no hit. (288 counts 548 đại biểu of the XVIII congress - a different noun.)"),
    ("153_e14e5df550cb", N,
     "Hội nghị công bố quyết định Chủ tịch LĐLĐ TP Hà Nội khóa XVI đối với đồng chí Phạm Quang Thanh chiều 8/11/2022 có khoảng 150 đại biểu tham dự.",
     "153 lists named guests and Quyết định số 5556/QĐ-TLĐ (a document number), no attendee count. g.sh '150 đại biểu' no hit; 'Phạm Quang Thanh' pages carry no count of this meeting's attendees."),
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV, nhiệm kỳ 2023 - 2028 đã bầu 9 đại biểu dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII.",
     "203 has no counts. Trap: 239 (same congress) counts \"191 đại biểu\" attending and \"bầu 21 đồng chí vào Ban Chấp hành\" - other nouns; no delegation to the city congress is counted. g.sh 'ngành Xây dựng.{0,40}XIV' only 203/239; '9 đại biểu|chín đại biểu' hits 006/143/400/578/629 (99, 489, 219, 289, 29/29 - other bodies); 'đoàn đại biểu.{0,80}(XVII|cấp trên)' hits 812, 1211 (ngành Y tế) only."),
    ("222_aeef1b06b8dc", N,
     "Trong 6 tháng đầu năm 2018, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, trợ cấp cho 320 đoàn viên ốm đau, gặp khó khăn.",
     "222 body: only anniversaries (88 năm, 63 năm); '83 gia đình tiêu biểu' is a related-headline teaser (another thing). g.sh '320 đoàn viên' hits only 718 (13.320 đoàn viên thanh niên, other); 'ngành Y tế Hà Nội.{0,150}[0-9]' no count of đoàn viên assisted in 2018 H1."),
    ("251_4e75d2d2ed81", N,
     "Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây tối 10/11/2024 thu hút khoảng 3.000 đại biểu và nhân dân tham dự.",
     "251 gives anniversaries (100/70/555 năm) and the award; '75 cơ quan, đơn vị, doanh nghiệp' is a teaser of another article. g.sh 'Sơn Tây.{0,120}đại biểu' no hit; '3.000 đại biểu|3000 đại biểu' no hit; 'Sơn Tây.{0,150}[0-9]{3,}' only 026 (trên 200 công nhân tầm soát), 252 (210 CĐCS, gần 10 ngàn đoàn viên), 994 (xã Sơn Tây, 220 suất quà) - other things."),
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 51 ủy viên.",
     "299 only says the congress lasted 3 days and Nguyễn Thị Tuyến was re-elected. Trap: the same congress's delegates are counted (092: 550 đại biểu chính thức; 242: 546 đại biểu) - another noun. g.sh 'khóa XVI.{0,80}(gồm|ủy viên)' hits only the Hà Nội Party committee (103: 74 đồng chí, 16 BTV) and other bodies; '51 ủy viên|51 Ủy viên|51 đồng chí' no hit; 193/242/307 give no BCH size."),
    ("429_77bd108c7618", N,
     "Qua 5 năm thực hiện Tháng Công nhân, Công đoàn Công an nhân dân đã thăm hỏi, tặng quà cho 12.000 đoàn viên.",
     "429 is two lines (10 năm NQ20, 5 năm tháng công nhân) with no counts. g.sh 'CAND' only 429; '12.000 đoàn viên' hits only 333 (CĐ ngành Giáo dục Hà Nội has hơn 12.000 đoàn viên - other organisation, other noun)."),
    ("464_7e784f258933", N,
     "Trong phong trào thi đua năm 2024, Tổng Liên đoàn Lao động Việt Nam đặt mục tiêu phát triển 1 triệu đoàn viên mới.",
     "464 counts 5 nội dung thi đua and 2 đợt, no membership target. g.sh 'triệu đoàn viên' hits 083 (gần 10,5 triệu đoàn viên = total membership, not a 2024 target), 548/1105 (đoàn viên thanh niên); '(đoàn viên mới|phát triển .{0,20}đoàn viên).{0,100}2024' only 172 (Nghệ An hội thảo title, no figure)."),
    ("506_cfde95568cf6", N,
     "Riêng Tháng Nhân đạo năm 2022, cụm thi đua số 6 gồm các tỉnh Tây Nguyên và TP Hồ Chí Minh đã vận động được 12 tỷ đồng.",
     "506 states only the 4-year total (\"Qua 4 năm triển khai ... đã vận động trên 50 tỷ đồng\") - another period; the 2022 month was only being launched. g.sh 'Tháng Nhân đạo.{0,150}(tỷ|triệu)' hits 461 (18 tỷ, other org), 606 (2024 nationwide 786 tỷ), 607 (4-year provincial 34 tỷ), 907 (a province's 2022 target 15 tỷ) - none is cụm 6's 2022 result; '12 tỷ' only 114 (truy thu, unrelated)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        for field in (page_id, claim, why):
            assert "\t" not in field and "\n" not in field, field
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    # Plain tab-separated lines, no quoting (no field contains a tab or newline, and
    # no field starts with an ASCII double quote, so csv readers parse it unchanged).
    for r in rows:
        for x in r:
            assert not x.startswith('"'), x
    with open("claims.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n",
                       quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
