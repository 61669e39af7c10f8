#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen137 (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 038 : Covid-19 support, Hà Nội ----------------
    ("038_9fbcf38fe170", S,
     "LĐLĐ TP Hà Nội và Công đoàn các KCN&CX Hà Nội dành tổng cộng mười tỷ đồng để hỗ trợ đoàn viên, người lao động khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "038: 'Mức hỗ trợ là 500.000 đồng/người, tổng kinh phí hỗ trợ là 10 tỷ đồng, trong đó có 5 tỷ đồng ... LĐLĐ thành phố Hà Nội và 5 tỷ đồng ... Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội'. Spelled-out mười tỷ = 10 tỷ."),
    ("038_9fbcf38fe170", D,
     "Mỗi đoàn viên, người lao động khó khăn do Covid-19 được Liên đoàn Lao động thành phố Hà Nội hỗ trợ 600 nghìn đồng.",
     "038: 'Mức hỗ trợ là 500.000 đồng/người'. g.sh '600\\.000 đồng|600 nghìn' -> only 1149 (a component of a disaster gift, unrelated); no 600 nghìn support per person for this programme."),
    # ---------------- 041 : Công nhân giỏi Thủ đô 2022 ----------------
    ("041_bf2f2fd819b8", D,
     "Năm 2022, Liên đoàn Lao động Hà Nội đã tuyên dương 120 “Công nhân giỏi Thủ đô” nhân Tháng Công nhân.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (2022); also 075/076 say 100 for 2022. g.sh '120 .{0,3}Công nhân giỏi' -> nothing."),
    # ---------------- 068 : Hội thi thợ giỏi KCN&CX lần VIII ----------------
    ("068_61646234850c", D,
     "Hơn 130 công nhân lao động tranh tài tại Hội thi thợ giỏi lần thứ VIII năm 2022 do Công đoàn các Khu công nghiệp và Chế xuất Hà Nội tổ chức.",
     "068: '109 CNLĐ tham gia Hội thi thợ giỏi ... các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII'. 109 is not 'hơn 130'. g.sh '13[0-9] (CNLĐ|công nhân|thí sinh)' and 'hơn 130|130 CNLĐ' -> nothing about this contest."),
    ("068_61646234850c", N,
     "Hội thi thợ giỏi công nhân lao động các KCN&CX Hà Nội lần thứ VIII năm 2022 được tổ chức ở 6 nghề thi.",
     "068 counts only participants (109 CNLĐ); no number of nghề thi. g.sh 'nghề thi' -> only corpus/000 '11 nghề thi' of the Hội thi thợ giỏi thành phố Hà Nội năm 2023 (another contest/year); g.sh '6 nghề' -> nothing; g.sh 'lần thứ VIII' -> only 068 for this contest."),
    # ---------------- 1022 : Đan Phượng ----------------
    ("1022_494a5a54453e", S,
     "Trong thời gian dịch Covid-19, LĐLĐ huyện Đan Phượng đã phát miễn phí 4500 chiếc khẩu trang cho công nhân lao động.",
     "1022: 'Liên đoàn Lao động huyện đã phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn cho công nhân lao động'."),
    # ---------------- 111 : construction accidents 2024 ----------------
    # ---------------- 1187 : Bưu điện VN congress III ----------------
    ("1187_61862f52ba00", S,
     "Khoảng 220 đại biểu về dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III.",
     "1187: 'Gần 220 đại biểu là những cán bộ, đoàn viên Công đoàn xuất sắc ... sẽ về dự Đại hội' (lần thứ III). khoảng 220 ~ gần 220. (1186 is lần thứ V, another edition.)"),
    ("1187_61862f52ba00", D,
     "Các đại biểu dự Đại hội Công đoàn Bưu điện Việt Nam lần thứ III đại diện cho hơn 32 nghìn đoàn viên công đoàn.",
     "1187: 'đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở'. g.sh '32\\.370|32 nghìn|32\\.000 đoàn viên' -> nothing."),
    # ---------------- 1205 : Sơn Ca 10 ----------------
    ("1205_8824486ce1df", N,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 6 đồng chí.",
     "1205 counts only '42 công đoàn viên' attending; 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' is a caption with no number. g.sh 'Sơn Ca' -> only 1205; g.sh '6 đồng chí|sáu đồng chí' -> only 16/36/166 đồng chí of other bodies (regex substring hits)."),
    # ---------------- 120 : Nhà giáo tâm huyết sáng tạo lần 6 ----------------
    ("120_1b49cf3485c1", N,
     "Có 40 nhà giáo đoạt Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022.",
     "120 body gives no number of winners ('Khen thưởng các nhà giáo đoạt giải thưởng' without a count). The only 40 is a related-headline teaser '40 nhà giáo dự chung khảo xét duyệt Giải thưởng' = finalists at chung khảo, another counted noun. g.sh 'tâm huyết, sáng tạo' -> 024 (lần thứ 9, 2025), 064 (LĐLĐ Đống Đa, 26 giáo viên), 065 (Hoàn Kiếm) = other editions/organisers."),
    # ---------------- 132 : Công thương HN congress XI ----------------
    ("132_c1ba456901a1", S,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XI khai mạc sáng 28/11 với 200 đại biểu chính thức.",
     "132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã chính thức khai mạc ... với sự tham gia của 200 đại biểu chính thức'."),
    ("132_c1ba456901a1", N,
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã bầu 27 ủy viên vào Ban Chấp hành khóa mới.",
     "132 is the opening-day report; no BCH size. 031 is Đại hội lần thứ XII (2023-2028), another edition, and gives no count either. g.sh '27 ủy viên|27 đồng chí' -> nothing."),
    # ---------------- 207 : Hội An Tháng công nhân 2023 ----------------
    ("207_36069bd162d7", D,
     "Trong Tháng Công nhân 2023, LĐLĐ TP Hội An trích kinh phí hoạt động để trao 120 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "207: 'LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên ... mỗi suất 500 nghìn đồng'. g.sh '120 suất' -> nothing."),
    ("207_36069bd162d7", N,
     "Tháng Công nhân năm 2023, Liên đoàn Lao động thành phố Hội An đặt mục tiêu kết nạp 250 đoàn viên mới.",
     "207 mentions 'tháng cao điểm phát triển đoàn viên' with no number. g.sh 'Hội An' -> 642 (Tháng hành động vì trẻ em 2022, 50 suất quà) and 1166 (khuyến học), nothing on đoàn viên mới; g.sh '250 đoàn viên' -> nothing."),
    # ---------------- 233 : Giáo dục HN Tết Quý Mão ----------------
    ("233_729056fb3d86", S,
     "Dịp Tết Quý Mão 2023, ngành Giáo dục và Đào tạo Hà Nội tặng quà cho hơn 1,4 nghìn cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn.",
     "233: 'ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn' (Tết Nguyên đán Quý Mão 2023). hơn 1,4 nghìn ~ 1.415."),
    ("233_729056fb3d86", D,
     "Ngày 10/1/2023, Công đoàn Giáo dục Hà Nội cùng Sở GD&ĐT đi thăm, tặng quà sáu nhà giáo mắc bệnh hiểm nghèo.",
     "233: 'tổ chức đi thăm hỏi, tặng quà 4 nhà giáo mắc bệnh hiểm nghèo' (then lists 4 schools). g.sh 'sáu nhà giáo|6 nhà giáo' -> nothing."),
    # ---------------- 239 : Xây dựng HN congress XIV ----------------
    ("239_537243f63a13", S,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội nhiệm kỳ 2023-2028 đã bầu hai mươi mốt đồng chí vào Ban Chấp hành khóa XIV.",
     "239: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028'."),
    ("239_537243f63a13", D,
     "Có 215 đại biểu chính thức dự Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV.",
     "239: 'với sự tham dự của 191 đại biểu' / '191 đại biểu chính thức dự đại hội'. g.sh '215 đại biểu' -> nothing. (219 was avoided because 400 states 219 đại biểu for another congress.)"),
    # ---------------- 279 : Tết sum vầy 2019 ----------------
    ("279_02746b04c550", S,
     "Chương trình “Tết sum vầy” năm 2019 đã tặng đoàn viên, người lao động cả nước tổng số tiền hơn 3.000 tỷ đồng.",
     "279: 'Chương trình “Tết sum vầy” năm 2019 ... tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng'. hơn 3.000 tỷ ~ 3.052,6 tỷ."),
    ("279_02746b04c550", D,
     "Tổng số tiền chăm lo Tết sum vầy 2019 cho đoàn viên, người lao động tăng 35% so với năm 2018.",
     "279: '3.052,6 tỷ đồng, tăng 48% so với năm 2018'. g.sh '35%' -> nothing in the corpus."),
    # ---------------- 294 : Quốc Oai accident ----------------
    ("294_41e7ee9e3dca", S,
     "Sở LĐ-TB&XH Hà Nội đề nghị thành phố hỗ trợ 10 triệu đồng cho mỗi người tử vong trong vụ tai nạn lao động ở huyện Quốc Oai.",
     "294: 'đề nghị thành phố hỗ trợ, thăm hỏi gia đình nạn nhân số tiền 10 triệu đồng/người tử vong, 5 triệu đồng/người bị thương nặng'."),
    # ---------------- 348 : Sóc Sơn party ----------------
    ("348_db7d0bb18329", S,
     "Đảng bộ huyện Sóc Sơn hiện có hơn 14 nghìn đảng viên.",
     "348: 'Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng' (article of 28/07/2020). hơn 14 nghìn ~ 14.490."),
    ("348_db7d0bb18329", D,
     "Đại hội lần thứ nhất Đảng bộ huyện Sóc Sơn năm 1978 đã bầu Ban Chấp hành gồm 45 đồng chí.",
     "348: 'Đại hội I (1978-1979) ... Đại hội bầu Ban Chấp hành Đảng bộ Huyện gồm 35 đồng chí (02 ủy viên dự khuyết), Ban Thường vụ gồm 11 đồng chí'. g.sh '45 đồng chí' -> nothing."),
    # ---------------- 498 : province LĐLĐ Tháng Công nhân 2024 ----------------
    ("498_e3e307654093", D,
     "Tại lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024, Ban Thường vụ LĐLĐ tỉnh trao bảng tượng trưng 28 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "498: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở'. g.sh '28 căn|28 nhà|28 Mái' -> only 547 '28 nhà nhân ái' (youth campaign, other thing). Caveat: the page never names the province."),
    # ---------------- 506 : Tháng Nhân đạo cụm 6 ----------------
    ("506_cfde95568cf6", D,
     "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và TP Hồ Chí Minh đã vận động được trên 80 tỷ đồng.",
     "506: 'Qua 4 năm triển khai, Tháng Nhân đạo ... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng'. g.sh '80 tỷ' -> nothing."),
    # ---------------- 513 : Tháng Thanh niên 2020 ----------------
    # ---------------- 543 : Đà Nẵng Chợ Tết 2026 ----------------
    ("543_d5db09f6fc8c", S,
     "Tại điểm Chợ Tết lưu động ở KCN Điện Nam - Điện Ngọc, LĐLĐ TP Đà Nẵng phát hơn 15 nghìn phiếu mua hàng cho người lao động.",
     "543: 'tại KCN Điện Nam - Điện Ngọc (Diễn ra từ ngày 26-1 đến 28-1-2026 ...), phát 15.185 phiếu'. hơn 15 nghìn ~ 15.185."),
    ("543_d5db09f6fc8c", D,
     "Riêng tại điểm Chợ Tết Công đoàn chính ở phường Hòa Khánh, Liên đoàn Lao động thành phố Đà Nẵng cấp phát 40.000 phiếu mua hàng.",
     "543: 'điểm Chợ Tết Công đoàn chính ... phường Hòa Khánh ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng'. g.sh '40\\.000 phiếu|40 nghìn phiếu' -> nothing."),
    # ---------------- 577 : Hưng Yên delegation ----------------
    ("577_df0527edc304", D,
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm mười tám người.",
     "577: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. g.sh '18 người|mười tám' -> nothing; other Hưng Yên pages (425, 578 Đại hội CĐ tỉnh XIX, 786) do not count this delegation."),
    # ---------------- 584 : Kiên Giang ----------------
    ("584_5a1df402fe8b", N,
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang lần thứ 11, khóa X đã bầu bổ sung 2 ủy viên Ban Thường vụ.",
     "584 says the meeting was held 'để bầu bổ sung ủy viên ban chấp hành, ủy viên ban thường vụ, chức danh Chủ tịch' but gives no number; only '22 đồng chí trong Ban Chấp hành ... dự hội nghị' (attendance). g.sh 'Kiên Giang' -> only 584; 'bầu bổ sung' hits are LĐLĐ Hà Nội (003, 037), Tổng LĐLĐ (088, 1242), CĐ Y tế (1182)."),
    # ---------------- 621 : Vạn Ninh women's union ----------------
    ("621_3e25824fe3d2", S,
     "Trong 5 năm, các cấp Hội Liên hiệp Phụ nữ huyện Vạn Ninh đã vận động xây dựng 26 nhà “Mái ấm tình thương” cho phụ nữ nghèo.",
     "621: 'vận động các nhà hảo tâm đóng góp gần 923 triệu đồng xây dựng 26 nhà “Mái ấm tình thương”'."),
    # ---------------- 699 : Kon Plông Tết 2025 ----------------
    ("699_c94abe293db6", D,
     "Mỗi suất quà lãnh đạo Đảng, Nhà nước gửi tặng đoàn viên, người lao động khó khăn huyện Kon Plông dịp Tết Ất Tỵ 2025 trị giá 1,8 triệu đồng.",
     "699: 'đã gửi tặng 22 suất quà ... trên địa bàn huyện Kon Plông. Mỗi suất quà trị giá 1.300.000 đồng'. g.sh '1,8 triệu|1\\.800\\.000' -> only 161 'hơn 1,8 triệu lượt đoàn viên' (count of people, other thing)."),
    # ---------------- 727 : Mùa hè xanh 2020 ----------------
    ("727_39665a0e6638", D,
     "Trong chiến dịch Mùa hè xanh năm 2020, Ban chỉ đạo thành lập 12 đội hình thanh niên tình nguyện hỗ trợ các dân tộc thiểu số rất ít người.",
     "727: 'Ban chỉ đạo chiến dịch sẽ thành lập 16 đội hình thanh niên tình nguyện hỗ trợ 16 dân tộc thiểu số ít người' (then lists 16). g.sh '12 đội hình' -> only 318 (Thành đoàn Hà Nội 2015, 12 đội hình chuyên: another campaign/year)."),
    # ---------------- 749 : Cần Thơ trực Tết 2026 ----------------
    ("749_cd48852c43bc", D,
     "Tối 29 tháng Chạp, Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai trao 160 phần quà cho đoàn viên, người lao động trực giao thừa.",
     "749: 'bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa'. g.sh '160 phần quà' -> nothing."),
    ("749_cd48852c43bc", N,
     "Mỗi phần quà LĐLĐ TP Cần Thơ trao cho người lao động trực Tết, trực giao thừa Tết Bính Ngọ 2026 trị giá 1 triệu đồng.",
     "749 counts gifts (20, 30, 130 phần quà) but never their value. 768 (Cần Thơ Tết sum vầy 2026, 4/2) counts 1 xe gắn máy and 500 vé tàu xe, no gift value. Other '1 triệu đồng' gift values (1146 Tây Ninh, 498) are other provinces."),
    # ---------------- 845 : Đại hội XVII Đảng bộ HN ----------------
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội đã bầu 81 đồng chí vào Ban Chấp hành Đảng bộ khóa XVII.",
     "845 reports the congress (11-13/10/2020) with no figures. 366 (opening of XVII) and 367 (Bí thư election) give no BCH size. The only BCH count is 103: '74 đồng chí ... vào Ban Chấp hành khóa XVI' = the previous edition. g.sh '81 đồng chí' -> nothing."),
    # ---------------- 863 : CĐVC tỉnh (TTH) ----------------
    ("863_b9986cf6dbca", S,
     "Năm 2016, tỷ lệ công đoàn cơ sở vững mạnh của Công đoàn Viên chức tỉnh Thừa Thiên Huế đạt 66,6%.",
     "863 (TTH): 'Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%' (hội nghị tổng kết năm 2016). The page writes only 'CĐVC tỉnh' under the TTH (Thừa Thiên Huế) tag."),
    # ---------------- 889 : Đô Lương ----------------
    ("889_093a5732a7fa", S,
     "Huyện ủy Đô Lương đã quyết định luân chuyển bảy cán bộ, liên quan đến các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: 'Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ' (title 'Đô Lương: Luân chuyển 7 cán bộ')."),
    # ---------------- 929 : Bạch Hạc ----------------
    ("929_6b1be55d0f4e", D,
     "Dịp Quốc khánh 2/9/2020, Đảng bộ phường Bạch Hạc có 11 đảng viên được trao Huy hiệu Đảng.",
     "929: 'đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng'. g.sh '11 đảng viên' -> nothing. (9 was avoided: 934 says Đảng bộ phường Tân Phú có 9 đảng viên.)"),
    ("929_6b1be55d0f4e", N,
     "Đảng bộ phường Bạch Hạc (TP Việt Trì) hiện có 420 đảng viên.",
     "929 counts only the 7 badge recipients by years of membership; no total membership. g.sh 'Bạch Hạc' -> only 929; '420 đảng viên' -> nothing. (348's 14.490 đảng viên is Sóc Sơn.)"),
    # ---------------- 987 : Hướng Hóa Tết sum vầy 2020 ----------------
    ("987_092194c9d403", D,
     "Tại chương trình Tết sum vầy 2020, LĐLĐ huyện Hướng Hóa đã trao quà cho đoàn viên, người lao động khó khăn với tổng trị giá khoảng 90 triệu đồng.",
     "987: 'LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng'. Claim gives the total value of those gifts as ~90 triệu. g.sh 'Hướng Hóa' -> only 987; '90 triệu' -> only 885 '990 triệu' (bonus, unrelated)."),
    # ---------------- 005 : Long Biên 2025 ----------------
    ("005_dbc959940fb5", N,
     "Năm 2025, LĐLĐ quận Long Biên đặt chỉ tiêu phát triển 1.800 đoàn viên công đoàn mới.",
     "005 has only anniversaries and themes ('Tập trung phát triển đoàn viên...'), no target number. g.sh 'Long Biên' -> corpus/000 (Marie Curie 127 đoàn viên), 002, 003 (20 năm LĐLĐ quận), 057 (gần 500 công nhân về quê) — none a 2025 recruitment target; '1\\.800 đoàn viên' -> 1042 '11.800', 1182 'gần 1.800 đoàn viên' (CĐ Y tế, 2016)."),
    # ---------------- 318 : Thanh niên tình nguyện 2015 ----------------
    ("318_26cc55c81cb4", N,
     "Chiến dịch mùa hè Thanh niên tình nguyện năm 2015 của Thành đoàn Hà Nội đặt mục tiêu thực hiện 200 công trình thanh niên.",
     "318 counts participants (50 nghìn lượt), 6 nội dung and 12 đội hình, no công trình. g.sh '2015' -> no other Hà Nội summer campaign 2015; '200 công trình' -> nothing (549/790 are 2020/2022 campaigns)."),
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
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), len(per_page), "pages")


if __name__ == "__main__":
    main()
