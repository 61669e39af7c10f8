#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set, batch 23."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---- 973: Hưng Yên (Ân Thi / Khoái Châu) cadre decisions
    ("973_eefb7325a175", "supported",
     "Ông Mai Xuân Giới thôi làm Bí thư Huyện ủy Ân Thi để giữ chức Phó Trưởng ban Tổ chức Tỉnh ủy với thời hạn 5 năm tính từ ngày 5/10/2023.",
     "973_eefb7325a175: 'Đồng chí Mai Xuân Giới, Bí thư Huyện ủy Ân Thi thôi ... bổ nhiệm giữ chức Phó Trưởng ban Tổ chức Tỉnh ủy thời hạn 5 năm kể từ ngày 5/10/2023.'"),
    ("973_eefb7325a175", "not_found",
     "Ban Chấp hành Đảng bộ huyện Ân Thi khóa XXVI, nhiệm kỳ 2020-2025 gồm 35 đồng chí.",
     "973 only says Phạm Trường Tam joins 'BCH, Ban Thường vụ, giữ chức Bí thư Huyện ủy Ân Thi khóa XXVI' - no size of the BCH. g.sh 'Ân Thi|Khoái Châu' -> only 973. Near miss: 348_db7d0bb18329 'Đại hội bầu Ban Chấp hành Đảng bộ Huyện gồm 35 đồng chí' is Sóc Sơn (Hà Nội), another huyện."),
    # ---- 974: Gia Lai / Sơn La vice-chairs
    ("974_cefb9223a921", "supported",
     "Thủ tướng vừa phê chuẩn hai tân Phó Chủ tịch UBND tỉnh cho Gia Lai và Sơn La, nhiệm kỳ 2016-2021.",
     "974_cefb9223a921: title 'Tỉnh Gia Lai và Sơn La có 2 tân Phó chủ tịch'; body: 'Quyết định số 288/QĐ-TTg ... Phó Chủ tịch UBND tỉnh Gia Lai, nhiệm kỳ 2016 - 2021 đối với ông Đỗ Tiến Đông' and 'Quyết định số 286/QĐ-TTg ... Phó Chủ tịch UBND tỉnh Sơn La ... ông Lê Hồng Minh'. (The numeral 2 is in the article's own headline; the body names the two.)"),
    # ---- 975: Thái Nguyên cadre decisions (no counted figure in page)
    ("975_348404f66829", "not_found",
     "Hội nghị công bố quyết định về công tác cán bộ do Bí thư Tỉnh ủy Nguyễn Thanh Hải chủ trì chiều 30-3 có 60 đại biểu tham dự.",
     "975_348404f66829 names the attending Thường vụ members but gives no attendance count (only dates 30-3, 01/4/2022). g.sh 'Đồng Hỷ|Đại Từ|Thái Nguyên' -> only 166/217 (Thái Nguyên LĐLĐ items: 4 Giải thưởng Nguyễn Đức Cảnh, 53 nghìn đoàn viên target) - nothing about this meeting."),
    # ---- 976: Đồng Nai three new district secretaries
    ("976_f65ba36a6479", "supported",
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định ba cán bộ làm Bí thư Huyện ủy Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.",
     "976_f65ba36a6479: 'Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.'"),
    # ---- 977: Vĩnh Lợi
    ("977_59366ad5b827", "differs",
     "Tại hội nghị chiều 8/9, Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho 5 đồng chí.",
     "977_59366ad5b827: 'Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới' and '... của cả 3 đồng chí'. g.sh '5 đồng chí|năm đồng chí' -> only other bodies (BCH Công đoàn trường mầm non, Ban Thẩm tra Hội LHPN HN...), nothing on Vĩnh Lợi (g.sh 'Vĩnh Lợi' -> 977, and 996 where it is a 'Khu di tích Chiến khu Vĩnh Lợi')."),
    ("977_59366ad5b827", "not_found",
     "Đại hội Đảng bộ huyện Vĩnh Lợi lần thứ XII có 250 đại biểu chính thức tham dự.",
     "977 mentions 'Đại hội Đảng bộ huyện lần thứ XII' only as the source of the targets; no delegate count. g.sh 'Vĩnh Lợi' -> 977 and 996 (a war-zone relic in Bình Dương) only."),
    # ---- 979: MTTQ Phú Tân
    ("979_5010ac31af5f", "supported",
     "Tại hội nghị bất thường ngày 2/5/2019, 100% đại biểu Ủy ban MTTQ Việt Nam huyện Phú Tân đã tán thành bầu bà Võ Ngọc Hân làm Chủ tịch.",
     "979_5010ac31af5f: 'Qua biểu quyết có 100% đại biểu tán thành. Kết quả, Bà Võ Ngọc Hân được bầu làm Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Tân nhiệm kỳ 2014 – 2019.'"),
    ("979_5010ac31af5f", "not_found",
     "Đại hội đại biểu MTTQ Việt Nam huyện Phú Tân nhiệm kỳ 2019-2024 có 150 đại biểu chính thức.",
     "979 only says the meeting prepares 'Đại hội đại biểu MTTQ Việt Nam huyện Phú Tân nhiệm kỳ 2019 – 2024' - no delegate count. g.sh 'Phú Tân' -> 979 and 793 (Huyện Đoàn Phú Tân children's day 2023). g.sh 'MTTQ Việt Nam huyện' -> 588 counts '09 Ủy viên Ủy ban MTTQ' replaced at another hội nghị, not delegates of this congress."),
    # ---- 980: Hội LHPN VN, Lê Thị Thủy
    ("980_cd45ce45629c", "differs",
     "Tại Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội LHPN Việt Nam, 95% ủy viên có mặt đã bỏ phiếu bầu bà Lê Thị Thủy làm Chủ tịch Hội.",
     "980_cd45ce45629c: 'Sau khi thảo luận và biểu quyết, 100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII'. g.sh '95%' -> only 468 (0,095% hộ nghèo Hà Nội). (594 has 100% for Hà Thị Nga at the 2022 first plenum - another occasion, also not 95.)"),
    ("980_cd45ce45629c", "not_found",
     "Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XIII đã bầu bổ sung 2 Phó Chủ tịch Hội.",
     "980 reports only the election of the Chủ tịch (Lê Thị Thủy); no Phó Chủ tịch count. g.sh 'Phó Chủ tịch Hội (Liên hiệp|LHPN)' -> 594_2969d737d0fc 'hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam' is the FIRST plenum of 10/3/2022 (another occasion); 720 counts the 155-member BCH khóa XIII, not vice-chairs."),
    # ---- 982: LĐLĐ Tam Đường, Tết sum vầy 2020
    ("982_1255496940da", "supported",
     "Mỗi suất quà trao cho đoàn viên khó khăn tại chương trình Tết sum vầy 2020 của LĐLĐ huyện Tam Đường trị giá 750.000 đồng.",
     "982_1255496940da: 'Mỗi xuất quà trị giá 750 ngàn đồng (trong đó tiền mặt là 600 ngàn đồng, tiền quà 150 ngàn đồng)'."),
    ("982_1255496940da", "supported",
     "Tại chương trình Tết sum vầy năm 2020 ở huyện Tam Đường, Liên đoàn Lao động tỉnh đã trao hai mươi lăm suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982_1255496940da: 'tại chương trình “Tết sum vầy” năm 2020, LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà cho đoàn viên có hoàn cảnh khó khăn'."),
    ("982_1255496940da", "differs",
     "LĐLĐ huyện Tam Đường trao 18 suất quà cho đoàn viên có hoàn cảnh khó khăn tại chương trình Tết sum vầy 2020.",
     "982_1255496940da: 'LĐLĐ huyện trao 8 xuất quà cho đoàn viên có hoàn cảnh khó khăn' (LĐLĐ tỉnh 25, together 33). g.sh '18 (suất|xuất)' -> nothing; g.sh 'Tam Đường' -> 982 only."),
    # ---- 983: T.Ư Đoàn Tết 2022
    ("983_245bc105cc74", "supported",
     "Chương trình của Trung ương Đoàn đưa 2 nghìn sinh viên, thanh niên công nhân, người lao động khó khăn về quê đón Tết bằng xe, tàu, máy bay miễn phí.",
     "983_245bc105cc74: 'chương trình tổ chức cho 2.000 sinh viên, thanh niên công nhân, người lao động có hoàn cảnh khó khăn về quê nhà đón tết trên những chuyến xe, chuyến tàu, máy bay miễn phí.'"),
    ("983_245bc105cc74", "differs",
     "Trung ương Đoàn hỗ trợ 1.800 sinh viên, thanh niên công nhân tiêu biểu không có điều kiện về quê đón Tết cùng gia đình.",
     "983_245bc105cc74: 'hỗ trợ cho 800 sinh viên, thanh niên công nhân tiêu biểu, người lao động có hoàn cảnh khó khăn, ... không có điều kiện về quê đón tết cùng gia đình.' g.sh '1[.]?800' -> only 196 (1.800 cán bộ được chăm sóc sức khỏe), unrelated."),
    ("983_245bc105cc74", "not_found",
     "Để đưa sinh viên, thanh niên công nhân về quê đón Tết 2022, Trung ương Đoàn đã bố trí 40 chuyến xe miễn phí.",
     "983 counts people (2.000) but not vehicles ('trên những chuyến xe, chuyến tàu, máy bay miễn phí'). g.sh 'chuyến (xe|tàu)' -> vehicle counts belong to other organisers/years: 267 Công đoàn Hà Nội '26 chuyến xe' (Tết 2026), 828 LĐLĐ Bình Dương '39 Chuyến xe Công đoàn' (2025), 786 '755 chuyến xe' - none is T.Ư Đoàn."),
    # ---- 985: Hội Nông dân Nghệ An congress X
    ("985_5ef9fa78a12a", "supported",
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023-2028 có hơn 300 đại biểu tham dự.",
     "985_5ef9fa78a12a: 'Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023 – 2028. Với sự tham gia của 304 đại biểu'."),
    ("985_5ef9fa78a12a", "differs",
     "Các đại biểu dự Đại hội Hội Nông dân tỉnh Nghệ An lần thứ X đại diện cho gần 700 nghìn hội viên nông dân toàn tỉnh.",
     "985_5ef9fa78a12a: '304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh'. g.sh '700 nghìn hội viên|700\\.000 hội viên' -> nothing."),
    ("985_5ef9fa78a12a", "differs",
     "Đại hội đại biểu Hội Nông dân Nghệ An lần thứ X đã đề ra 6 mục tiêu cho nhiệm kỳ 2023-2028.",
     "985_5ef9fa78a12a: 'Đây là một trong 4 mục tiêu mà Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X đã đề ra cho nhiệm kỳ 2023 – 2028.' g.sh '6 mục tiêu|sáu mục tiêu' -> nothing."),
    # ---- 986: UBND Đồng Nai / Hà Tĩnh members (no counted figure)
    ("986_5203afecc050", "not_found",
     "UBND tỉnh Hà Tĩnh nhiệm kỳ 2011-2016 có tổng cộng 15 Ủy viên sau đợt bầu bổ sung.",
     "986_5203afecc050 names the newly approved and dismissed Ủy viên (Trần Văn Sơn, Trần Tú Anh, Nguyễn Phi Quang, Lê Minh Đạo; Nguyễn Đức Tới, Phan Cao Thanh) but never gives a total membership. g.sh 'Ủy viên UBND tỉnh' -> 986 only."),
    # ---- 987: LĐLĐ Hướng Hóa, Tết sum vầy 2020
    ("987_092194c9d403", "supported",
     "Liên đoàn Lao động huyện Hướng Hóa đã trao chín mươi suất quà cho đoàn viên, công nhân, viên chức, lao động đặc biệt khó khăn tại chương trình Tết sum vầy 2020.",
     "987_092194c9d403: 'Tại chương trình, LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn.'"),
    ("987_092194c9d403", "differs",
     "Tổng trị giá số quà LĐLĐ huyện Hướng Hóa trao tại chương trình Tết sum vầy 2020 là hơn 93 triệu đồng.",
     "987_092194c9d403: '90 suất quà trị giá hơn 63 triệu đồng'. g.sh '93 triệu' -> nothing; g.sh 'Hướng Hóa|Hướng Hoá' -> 987 only."),
    ("987_092194c9d403", "not_found",
     "Chương trình Tết sum vầy 2020 của LĐLĐ huyện Hướng Hóa thu hút 500 đoàn viên, người lao động đến tham dự.",
     "987 gives no attendance count (the '640' in the dateline 'Chủ nhật - 19/01/2020 20:19 640 0' is a page counter, not participants). g.sh 'Hướng Hóa|Hướng Hoá' -> 987 only."),
    # ---- 988: LĐLĐ Phú Lộc, Tết Yêu thương
    ("988_b4a1c9239923", "supported",
     "Chương trình Tết Yêu thương của LĐLĐ huyện Phú Lộc có 48 đội đến từ các công đoàn cơ sở và Hội LHPN các xã, thị trấn tham gia.",
     "988_b4a1c9239923: 'Chương trình Tết Yêu thương diễn ra trong 1 ngày, với 48 đội đến từ các CĐCS và Hội LHPN các xã, thị trấn.'"),
    ("988_b4a1c9239923", "differs",
     "Tại chương trình Tết Yêu thương, LĐLĐ huyện Phú Lộc trao 260 suất quà cho đoàn viên, hội viên, người lao động khó khăn.",
     "988_b4a1c9239923: 'Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.' g.sh '260 (suất|phần)' -> nothing; g.sh 'Phú Lộc' -> 988 only."),
    ("988_b4a1c9239923", "differs",
     "Mỗi suất quà LĐLĐ huyện Phú Lộc trao tại chương trình Tết Yêu thương trị giá 300 nghìn đồng.",
     "988_b4a1c9239923: '160 suất quà, mỗi suất trị giá 500.000 đồng'. g.sh '300\\.000 đồng' -> only other organisers (Hà Nội Chợ tết 2026 suất quà 300.000 in 276/280, Duyên Hải 668, a bonus in 231) - none about Phú Lộc."),
    # ---- 990: Nghệ An ATVSLĐ month 2025 (no counted figure)
    ("990_489d8f605885", "not_found",
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại KCN Hoàng Mai 1 thu hút hơn 1.000 người lao động tham dự.",
     "990_489d8f605885 says only 'đông đảo người lao động' (ceremony of Hội đồng ATVSLĐ tỉnh, 9/5, KCN Hoàng Mai 1, Bùi Đình Long). Near miss: 729_44f1746c543b 'hơn 1.000 đoàn viên, người lao động' is LĐLĐ Nghệ An's Lễ phát động Tháng Công nhân 2025 (Nguyễn Xuân Hùng, Kha Văn Tám) - another event. g.sh 'Hoàng Mai 1|thị xã Hoàng Mai' -> 990 and 542 (Tết sum vầy 2022)."),
    # ---- 991: CĐ Viên chức TP HCM, H1 2020
    ("991_a7a6bf1c6c7c", "supported",
     "Công đoàn Viên chức TP HCM đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19 và đồng bào bị hạn hán, xâm nhập mặn.",
     "991_a7a6bf1c6c7c: 'CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19, hỗ trợ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn'."),
    ("991_a7a6bf1c6c7c", "differs",
     "Năm 2020, Công đoàn Viên chức thành phố Hồ Chí Minh đã chăm lo cho gần 900 đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "991_a7a6bf1c6c7c: 'chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng.' g.sh '900 đoàn viên' -> nothing."),
    ("991_a7a6bf1c6c7c", "not_found",
     "Dịp tổng kết Tháng Công chức, viên chức - lao động lần thứ 12, Công đoàn Viên chức TP HCM đã khen thưởng 34 tập thể.",
     "991 (2020, Tháng CC,VC-LĐ lần thứ 12) reports no commendation counts. Near miss: 992_ad068b3db8db '34 tập thể và 7 cụm thi đua' is the same union's earlier commendation (with Giải thưởng Tôn Đức Thắng năm 2015), another occasion. g.sh 'Viên chức (TP|thành phố)' -> also Hà Nội's Công đoàn Viên chức (215: 25 tập thể, 67 cá nhân), another city."),
    # ---- 992: CĐ Viên chức TP HCM emulation (2015)
    ("992_ad068b3db8db", "supported",
     "Qua phát động thi đua, 68 công đoàn cơ sở thuộc Công đoàn Viên chức TP HCM đã thực hiện công trình thi đua.",
     "992_ad068b3db8db: 'Qua phát động thi đua, đã có 68 CĐ cơ sở thực hiện 121 công trình'."),
    ("992_ad068b3db8db", "differs",
     "Công đoàn Viên chức TP HCM khen thưởng 54 tập thể tổ chức tốt hội thi “Cán bộ, công chức, viên chức giỏi nghiệp vụ, tận tụy phục vụ nhân dân”.",
     "992_ad068b3db8db: '34 tập thể và 7 cụm thi đua tổ chức tốt hội thi “Cán bộ, công chức, viên chức giỏi nghiệp vụ, tận tụy phục vụ nhân dân”'. g.sh '54 tập thể' -> nothing."),
    ("992_ad068b3db8db", "supported",
     "Ba cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015 đã được Công đoàn Viên chức TP HCM khen thưởng.",
     "992_ad068b3db8db: 'CĐ Viên chức đã khen thưởng 3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015'. (108 has 11 cá nhân for the 2018 award - another year.)"),
    # ---- 993: Chợ Tết Công đoàn Xuân 2026, TPHCM
    ("993_0f62141c043b", "supported",
     "Hơn một nghìn đoàn viên, người lao động đã dự lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 tại Cung Văn hóa Lao động TPHCM.",
     "993_0f62141c043b: 'Sáng 31-1, tại Cung Văn hóa Lao động TPHCM ... khai mạc Chương trình “Chợ Tết Công đoàn – Xuân 2026” ... cùng hơn 1.000 đoàn viên, người lao động đang làm việc tại TPHCM.'"),
    ("993_0f62141c043b", "differs",
     "Theo Tổng LĐLĐ Việt Nam, số đoàn viên, người lao động được chăm lo Tết năm nay tăng 30%.",
     "993_0f62141c043b, in-body subheading of the Tổng LĐLĐ opening speech: 'Số đoàn viên, người lao động được chăm lo Tết tăng 10%'. g.sh 'tăng 30|30%' -> only unrelated shares (295, 666)."),
    ("993_0f62141c043b", "not_found",
     "Chợ Tết Công đoàn – Xuân 2026 khai mạc tại Cung Văn hóa Lao động TPHCM có 50 gian hàng.",
     "993 counts no stalls. g.sh 'gian hàng' -> counts belong to Hà Nội events: 504_7a8b75f0dd5a 'Chợ Tết Công đoàn năm 2026 ... 31/1-1/2/2026, với quy mô 50 gian hàng' (Công đoàn Thủ đô, same dates but Hà Nội), 276/280 '70 gian hàng' (Hà Nội 7-8/2), 107 '50 gian hàng' (Thiên Lộc, Hà Nội), 543 Đà Nẵng 70-80; none for TPHCM."),
    # ---- 994: Tỉnh đoàn Hà Tĩnh, Ngày thanh niên cùng hành động
    ("994_8697caa1612f", "supported",
     "Trong Ngày thanh niên cùng hành động tại xã Sơn Tây, Tỉnh đoàn Hà Tĩnh đã trao 220 suất quà cho người dân và thanh thiếu nhi.",
     "994_8697caa1612f: 'trao tặng 3 ti vi, 3 bộ máy tính và 220 suất quà cho người dân, thanh thiếu nhi trên địa bàn xã Sơn Tây'."),
    ("994_8697caa1612f", "differs",
     "Tổng nguồn lực huy động trao tặng trong Ngày thanh niên cùng hành động tại xã Sơn Tây (Hà Tĩnh) là hơn 500 triệu đồng.",
     "994_8697caa1612f: 'Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng.' g.sh '500 triệu' -> nothing."),
    ("994_8697caa1612f", "differs",
     "Tỉnh đoàn Hà Tĩnh hỗ trợ 6 mô hình kinh tế thanh niên tại xã Sơn Tây nhân Ngày thanh niên cùng hành động.",
     "994_8697caa1612f: 'hỗ trợ 3 mô hình kinh tế thanh niên'. g.sh '6 mô hình|sáu mô hình' -> nothing; g.sh 'mô hình kinh tế thanh niên' -> 994 only."),
    # ---- 996: Bình Dương summer plan 2024 (no counted figure)
    ("996_290526433269", "not_found",
     "Theo kế hoạch hè năm 2024, tỉnh Bình Dương sẽ hỗ trợ 6.000 thiếu nhi có hoàn cảnh khó khăn trong Ngày cao điểm chiến sĩ tình nguyện.",
     "996_290526433269: 'tổ chức Ngày cao điểm chiến sĩ tình nguyện hỗ trợ thiếu nhi có hoàn cảnh khó khăn' - no number. Near misses counted elsewhere: 547 'Hỗ trợ 6.317 thiếu nhi có hoàn cảnh khó khăn' (another province, hè 2023), 550 'Hỗ trợ ít nhất 350.000 thiếu nhi có hoàn cảnh khó khăn' (national target 2023), 644 25.000 (TP HCM, COVID)."),
    # ---- 998: Chiến dịch TNTN hè 2023, tuần 7-8
    ("998_d6cbe319eeca", "supported",
     "Trong đợt tuần 7 và 8 của Chiến dịch Thanh niên tình nguyện hè 2023, toàn Đoàn tổ chức được hơn 21 nghìn đội hình.",
     "998_d6cbe319eeca (date 2023-08): 'Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên'."),
    ("998_d6cbe319eeca", "differs",
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, đã có 643 chiến sĩ tình nguyện ra Đảo Thanh niên hoạt động.",
     "998_d6cbe319eeca: 'Hoạt động Đảo Thanh niên: Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên'. g.sh '643|634' -> nothing; g.sh 'Đảo Thanh niên' -> 998 and 550 ('6 đảo thanh niên' = number of islands targeted)."),
    ("998_d6cbe319eeca", "not_found",
     "Trong đợt tuần 7 và 8 của Chiến dịch Thanh niên tình nguyện hè 2023, toàn Đoàn đã xây dựng mới 150 nhà nhân ái.",
     "998 counts đội hình, lượt đoàn viên, tin bài, units and benefit values, but no houses. g.sh 'nhà nhân ái' -> 550 'Xây dựng ít nhất 1.000 nhà nhân ái...' is the campaign's national TARGET (plan), 547 'Xây dựng mới 28 nhà nhân ái...' is one province's result, 994 '1 nhà nhân ái' is Hà Tĩnh 2026 - none is the tuần 7-8 national result."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 3, per_page
    print(len(rows), dict(c), len(per_page), "pages")


if __name__ == "__main__":
    main()
