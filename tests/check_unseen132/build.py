#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (pages of dev batches 1-30 only)."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("054_a5994481f9a4", "supported",
     "LĐLĐ Thành phố Hà Nội đã hỗ trợ đoàn viên Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do bão Yagi với tổng số tiền hơn 350 triệu đồng.",
     "054_a5994481f9a4: \"được LĐLĐ thành phố Hà Nội quyết định hỗ trợ 159 đoàn viên tại các Công đoàn cơ sở với tổng số tiền 352 triệu đồng\" (bão số 3 Yagi, ngành Xây dựng Hà Nội); 352 ~ hơn 350."),
    ("059_9aee6bcb3e82", "supported",
     "Sau một tháng phát động chương trình tặng áo dài, LĐLĐ quận Long Biên đã nhận được khoảng 1500 bộ áo dài do các công đoàn cơ sở gửi tặng.",
     "059_9aee6bcb3e82: \"sau 1 tháng triển khai ... LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình\"; khoảng 1500 ~ gần 1.500."),
    ("1090_69990cd1ff80", "supported",
     "Tính đến ngày 31/3/2022, gần 63% Hội Cựu chiến binh cơ sở của tỉnh Đồng Nai đã tổ chức xong đại hội nhiệm kỳ 2022-2027.",
     "1090_69990cd1ff80 (Báo Đồng Nai): \"tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)\"; gần 63% ~ 62,88%."),
    ("118_adf4ffe4e353", "supported",
     "Hội thi tuyên truyền đổi mới phong cách, thái độ phục vụ của cán bộ ngành Y tế Hà Nội năm 2019 có ba mươi bảy đội dự thi.",
     "118_adf4ffe4e353: \"Hội thi thu hút 37 đội tham gia đến từ các đơn vị Bệnh viện, Trung tâm y tế...\" (Hội thi tuyên truyền ... ngành Y tế Hà Nội năm 2019); ba mươi bảy = 37."),
    ("151_77cc7b6288de", "supported",
     "Trong 6 tháng đầu năm 2021, thành phố Hà Nội đã giải ngân cho vay 1282 tỷ đồng để giải quyết việc làm cho người lao động.",
     "151_77cc7b6288de: \"Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng\" (năm 2021, Hà Nội)."),
    ("237_e9e86887473f", "supported",
     "Hai trăm đại biểu chính thức đã về dự Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028.",
     "237_e9e86887473f: \"về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận\" (Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX)."),
    ("242_5bc709367c4a", "supported",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI diễn ra từ ngày 23 đến 25/4/2018 với 546 đại biểu tham dự.",
     "242_5bc709367c4a: \"Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI được tổ chức ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu\". (092_19866e76540c says beforehand the congress 'sẽ diễn ra với sự tham gia của 550 đại biểu chính thức' = delegates convened; the claim is about attendance.)"),
    ("276_3626d595b296", "supported",
     "Tại Chợ tết Công đoàn - Xuân 2026, Liên đoàn Lao động thành phố Hà Nội đã trao 3 600 phiếu mua hàng cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "276_3626d595b296: \"Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng và 3.600 suất quà ... cho đoàn viên, người lao động có hoàn cảnh khó khăn\" (Chợ tết Công đoàn - Xuân 2026)."),
    ("498_e3e307654093", "supported",
     "Tại Lễ phát động Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã trao bảng tượng trưng mười tám căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "498_e3e307654093: \"tại Lễ phát động Tháng Hành động về An toàn vệ sinh lao động và Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh ... trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng\". Page never names the province, so the claim does not either."),
    ("524_5e262b93a7cd", "supported",
     "Hội nghị gặp mặt Chủ tịch công đoàn cơ sở năm 2021 của LĐLĐ tỉnh Nghệ An có 200 chủ tịch CĐCS khối doanh nghiệp tham gia trực tuyến.",
     "524_5e262b93a7cd: \"hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh\" (LĐLĐ tỉnh Nghệ An, 26/7/2021)."),
    ("570_94bd87e8af05", "supported",
     "Ủy ban Kiểm tra Liên đoàn Lao động TP Đà Nẵng (mới) ra mắt ngày 4/7/2025 gồm tám ủy viên.",
     "570_94bd87e8af05: \"Ủy ban Kiểm tra Liên đoàn Lao động thành phố có 8 ủy viên\" (hội nghị 4-7 công bố quyết định thành lập LĐLĐ TP Đà Nẵng mới); tám = 8."),
    ("608_5c8141ecc09d", "supported",
     "Năm 2023, số đơn vị máu các bệnh viện trong tỉnh tiếp nhận từ phong trào hiến máu tình nguyện đạt 137% kế hoạch.",
     "608_5c8141ecc09d: \"Năm 2023 ... có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch\" (Hội Chữ thập đỏ tỉnh; the page never names the province)."),
    ("795_dc664600c1cc", "supported",
     "Trước Tết Quý Mão 2023, Tổng LĐLĐ Việt Nam phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công hai mươi hai chương trình Chợ Tết Công đoàn.",
     "795_dc664600c1cc: \"trước thềm Tết Nguyên đán Quý Mão 2023, Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 22 Chương trình 'Chợ Tết Công đoàn 2023'\"; hai mươi hai = 22."),

    # ---------------- differs ----------------
    ("043_33faa8637b33", "differs",
     "Hà Nội có 12 cá nhân tiêu biểu được nhận Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "043_33faa8637b33: \"Trong số cá nhân được khen thưởng trong năm 2023, Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng\" (Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023). 12 ≠ 9. g.sh 'Nguyễn Đức Cảnh' and '[0-9]+ (công nhân|cá nhân).{0,80}(Nguyễn Đức Cảnh|giải thưởng)': no page gives 12 for Hà Nội (166 gives 167 nationwide and 4 for Thái Nguyên; 1065 gives 2 for ngành Xây dựng HN 2013-2018)."),
    ("059_9aee6bcb3e82", "differs",
     "Chiều 18/4/2023, Chủ tịch LĐLĐ quận Long Biên đã trao tặng hơn 600 bộ áo dài cho nữ đoàn viên có hoàn cảnh khó khăn tại 7 doanh nghiệp.",
     "059_9aee6bcb3e82: \"chiều 18/4 ... Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã đến thăm, trao tặng hơn 400 bộ áo dài tới nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại 7 doanh nghiệp\". hơn 600 ≠ hơn 400 (and ≠ the gần 1.500 bộ received). g.sh 'hơn 600 bộ': no hit."),
    ("100_480b17a13d4d", "differs",
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu 19 ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018-2023.",
     "100_480b17a13d4d: \"Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra ... nhiệm kỳ 2018 - 2023\". 19 ≠ 16. g.sh 'Ủy ban Kiểm tra.{0,80}[0-9]+ ủy viên|[0-9]+ ủy viên ủy ban kiểm tra' and '19 (Ủy|ủy|uỷ) viên': only 100 (16), 570 (Đà Nẵng, 8), 1242 (bầu bổ sung 2 ủy viên UBKT, a later by-election)."),
    ("1014_8ece231e24cc", "differs",
     "Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 80 voucher mua sắm tại Chợ Tết Công đoàn trực tuyến cho đoàn viên, người lao động.",
     "1014_8ece231e24cc: \"Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher ... tại Chợ Tết Công đoàn trực tuyến\". 80 ≠ 50. g.sh 'voucher' / '80 voucher': other voucher pages (458: 500 voucher, another event) are about something else."),
    ("1022_494a5a54453e", "differs",
     "Trong thời gian dịch Covid-19, Liên đoàn Lao động huyện Đan Phượng đã phát miễn phí 6.500 chiếc khẩu trang cho công nhân lao động.",
     "1022_494a5a54453e: \"Liên đoàn Lao động huyện đã phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn cho công nhân lao động\" (huyện Đan Phượng). 6.500 ≠ 4.500. g.sh 'khẩu trang' and '6\\.500': no page gives 6.500 khẩu trang (129's 6.500 is tấn rác)."),
    ("118_adf4ffe4e353", "differs",
     "Năm 2019, ngành Y tế Hà Nội có hơn 4.200 cá nhân được biểu dương, khen thưởng cấp cơ sở trong phong trào Người tốt, việc tốt.",
     "118_adf4ffe4e353: \"biểu dương phong trào 'Người tốt, việc tốt' năm 2019. Cụ thể, đã có 3.225 cá nhân được biểu dương, khen thưởng cấp cơ sở\". hơn 4.200 ≠ 3.225. g.sh 'Người tốt, việc tốt': 230 gives 17.774 for ngành Y tế HN in 2016 (another year); no 4.2xx."),
    ("1223_f9c0b07867bb", "differs",
     "Tại chương trình Tết sum vầy – Xuân ơn Đảng ở Khu công nghiệp Đông Xuyên, ban tổ chức đã trao 150 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223_f9c0b07867bb: \"ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn\" (LĐLĐ TPHCM, KCN Đông Xuyên, 24-1). 150 ≠ 100. g.sh 'Đông Xuyên|Uy Việt': only this page; '150 suất quà' hits 829/922 (other events)."),
    ("128_4d3aad482add", "differs",
     "Chủ tịch Công đoàn Xây dựng Việt Nam đã tặng 50 suất quà Tết cho công nhân vệ sinh môi trường Chi nhánh Hai Bà Trưng, Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "128_4d3aad482add: \"Chủ tịch Công đoàn ngành Xây dựng Việt Nam ... dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng\". 50 ≠ 30. g.sh 'Môi trường đô thị Hà Nội': 073/129/131/197 are other events; '50 suất quà' hits only 518/642 (other events)."),
    ("175_f6210ee9dddf", "differs",
     "Tại Đại hội XIII Công đoàn Việt Nam, đại biểu nữ chiếm khoảng 45% tổng số đại biểu.",
     "175_f6210ee9dddf: \"đại biểu là nữ chiếm 37,05%\" (congress held 'sau 10 năm thực hiện Luật Công đoàn 2012, hơn hai năm thực hiện Nghị quyết số 02-NQ/TW ngày 12-6-2021' = Đại hội XIII Công đoàn Việt Nam, 2023; the excerpt itself does not print the congress name). 45% ≠ 37,05% (45,62% on the page is 'cán bộ công đoàn không chuyên trách', another group). g.sh 'nữ chiếm|đại biểu nữ|là nữ': no other page gives the female share of that congress."),
    ("237_e9e86887473f", "differs",
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX đại diện cho hơn 35 nghìn đoàn viên công đoàn trong toàn quận.",
     "237_e9e86887473f: \"200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận\". hơn 35 nghìn ≠ trên 20.000. g.sh 'Hai Bà Trưng.{0,100}(đoàn viên|đại biểu|ủy viên|đồng chí)' and '35\\.000 đoàn viên': no other count of Hai Bà Trưng đoàn viên."),
    ("254_698c53174ce4", "differs",
     "Trong nhiệm kỳ 2013-2018, Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội quản lý 53 công đoàn cơ sở.",
     "254_698c53174ce4: \"hiện tại CĐ ngành đang quản lý 41 CĐCS, trong đó có 22 đơn vị hành chính sự nghiệp, 7 doanh nghiệp Nhà nước và 12 doanh nghiệp ngoài Nhà nước\" (nhiệm kỳ 2013 – 2018). 53 ≠ 41. g.sh '[0-9.]+ (công đoàn cơ sở|CĐCS)' over NN&PTNT pages: 023 gives 30/30 CĐCS held congresses in 2023 (another term); no 53."),
    ("307_af41b81b9229", "differs",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028, có 600 đại biểu chính thức tham dự.",
     "307_af41b81b9229: \"tham dự Đại hội có 545/550 đại biểu chính thức\" (16-17/10/2023). 600 is neither 545 nor 550. g.sh '[0-9]{3}(/[0-9]{3})? đại biểu' on Hà Nội/XVII pages: XVI = 546/550 (242, 092), XVIII = 548 (288); 1026's 'trên 600 đại biểu' is another event."),
    ("502_212b66a603d0", "differs",
     "Tổng số tiền thưởng Công đoàn ngành Y tế Hà Nội trao cho các tập thể, cá nhân xuất sắc giai đoạn 2 chương trình 1 triệu sáng kiến là hơn 150 triệu đồng.",
     "502_212b66a603d0: \"mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân, tổng số tiền thưởng là hơn 104 triệu đồng\" (Công đoàn ngành Y tế Hà Nội, giai đoạn 2). hơn 150 ≠ hơn 104. g.sh 'một triệu sáng kiến|1 triệu sáng kiến': other pages (177, 333, corpus 003...) are other unions, no tiền thưởng 150 triệu."),
    ("542_2bc2120ebb1a", "differs",
     "Chương trình Tết sum vầy - Xuân bình an năm 2022 tại thị xã Hoàng Mai đã trao 385 suất quà cho công nhân lao động có hoàn cảnh khó khăn.",
     "542_2bc2120ebb1a: \"Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn\" (LĐLĐ thị xã Hoàng Mai, 23/1/2022). 385 ≠ 285. g.sh 'Hoàng Mai.{0,100}suất quà' / '385 suất': only this page (1106 is quận Hoàng Mai, Hà Nội, another event)."),
    ("570_94bd87e8af05", "differs",
     "Ban Chấp hành Liên đoàn Lao động thành phố Đà Nẵng (mới) công bố ngày 4/7/2025 có 40 ủy viên.",
     "570_94bd87e8af05: \"Ban Chấp hành Liên đoàn Lao động thành phố có 32 ủy viên\" (Ban Thường vụ 22, UBKT 8). 40 ≠ 32. g.sh 'Đà Nẵng.{0,100}(đoàn viên|công đoàn phường|ủy viên)' and '40 ủy viên': 571/742 (Đại hội Công đoàn TP Đà Nẵng lần I, 12/2025) state no BCH size; no 40."),
    ("749_cd48852c43bc", "differs",
     "Đêm giao thừa, Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai đã trao 250 phần quà cho đoàn viên, người lao động đang trực Tết.",
     "749_cd48852c43bc: \"Tối cùng ngày, bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa\". 250 ≠ 130 (also ≠ 20+30+130 = 180 for the whole day). g.sh 'Cần Thơ.{0,100}phần quà' / '250 phần quà': only this page."),
    ("944_17ca3d320e2c", "differs",
     "Chiến dịch Mùa Hè Xanh 2023 của Trường ĐH Bách khoa (ĐHQG TP HCM) ra quân tại huyện Tân Hồng, tỉnh Đồng Tháp với 800 sinh viên.",
     "944_17ca3d320e2c: \"Chiến dịch tình nguyện 'Mùa Hè Xanh Bách khoa' chính thức ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên\". 800 ≠ 500. g.sh 'Mùa Hè Xanh' and '800 sinh viên': 983's '800 sinh viên, thanh niên công nhân' is Tết transport support, another thing."),

    # ---------------- not_found ----------------
    ("043_33faa8637b33", "not_found",
     "Hà Nội có 7 công nhân được nhận Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018.",
     "Another edition. 043 counts Hà Nội for lần IV 2023 (9). g.sh 'Nguyễn Đức Cảnh', 'Hà Nội.{0,60}Nguyễn Đức Cảnh', 'Giải thưởng Nguyễn Đức Cảnh.{0,40}(2018|lần thứ III)': 106 (lần III 2018) counts 70 recipients nationwide, no Hà Nội figure; 1065 counts 2 for ngành Xây dựng HN 'giai đoạn 2013 – 2018' (a sub-union, not Hà Nội); 166 counts lần IV."),
    ("054_a5994481f9a4", "not_found",
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ 210 đoàn viên bị thiệt hại do cơn bão số 3 năm 2024.",
     "Another union. 054 counts ngành Xây dựng HN (159 đoàn viên, 352 triệu). g.sh 'bão (số 3|Yagi)' and '(ngành )?Giáo dục Hà Nội.{0,150}(bão|lũ|hỗ trợ [0-9])': other storm pages are LĐLĐ Chương Mỹ (055), Hoàng Mai (275), Trường THCS Văn Quán (corpus 000), a school in Gia Lâm (1262); none counts ngành Giáo dục HN; '210 đoàn viên': no hit."),
    ("1090_69990cd1ff80", "not_found",
     "Hội Cựu chiến binh tỉnh Đồng Nai hiện có khoảng 35.000 hội viên.",
     "1090 counts Hội CCB cơ sở that held congresses (144/229, 62,88%, 4 địa phương 100%), never members. g.sh 'Cựu chiến binh|CCB', 'hội viên.{0,40}(Cựu chiến binh|CCB)', '35\\.000 hội viên': no count of CCB members anywhere."),
    ("1104_5bd345c8ded7", "not_found",
     "Hội đồng Nhân dân tỉnh Sơn La khóa XIV, nhiệm kỳ 2016-2021 có tổng cộng 75 đại biểu.",
     "1104 only gives the vote '67/67 đại biểu có mặt đồng ý' (delegates present at the 8th session), not the council's size. g.sh 'Sơn La' and '75 đại biểu': 974/051 are about Sơn La but count nothing of the kind."),
    ("1223_f9c0b07867bb", "not_found",
     "Chương trình Tết sum vầy – Xuân ơn Đảng tại Khu công nghiệp Đông Xuyên có 30 gian hàng ẩm thực phục vụ công nhân.",
     "1223 mentions 'các gian hàng ăn uống ... với mức giá từ 7.000 - 30.000 đồng' (a price, not a booth count) and counts 100 suất quà only. g.sh 'gian hàng' and '30 gian hàng': 543 (Đà Nẵng, '20-30 gian hàng/điểm') and 761 (Quảng Ninh, '20 - 30 gian hàng') are other events; 'Đông Xuyên|Uy Việt' only in 1223."),
    ("151_77cc7b6288de", "not_found",
     "Sáu tháng đầu năm 2021, tỷ lệ thất nghiệp ở khu vực đô thị của Hà Nội là 3,6%.",
     "151 states only a year-end target: 'phấn đấu ... tỷ lệ thất nghiệp ở khu vực đô thị dưới 4%, toàn thành phố dưới 3%' (a goal, not a measured rate). g.sh 'thất nghiệp' and '3,6 ?%': 295/493/1029 are other periods or other measures (trợ cấp thất nghiệp), no urban unemployment rate for H1 2021."),
    ("242_5bc709367c4a", "not_found",
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 45 ủy viên.",
     "242 counts delegates (546) of Đại hội XVI, not BCH members. g.sh 'XVI' filtered on 'Ban Chấp hành|ủy viên|bầu', 'bầu [0-9]+ (đồng chí|ủy viên)', '45 ủy viên': 299/092/300/003/037/153 mention BCH khóa XVI without its size; 103's '74 đồng chí ... khóa XVI' is the Party Committee (Đảng bộ), 1211 is Công đoàn ngành Y tế khóa XVIII."),
    ("524_5e262b93a7cd", "not_found",
     "Hội nghị gặp mặt Chủ tịch công đoàn cơ sở năm 2021 của LĐLĐ tỉnh Nghệ An được tổ chức trực tuyến tại 15 điểm cầu.",
     "524 names only 'điểm cầu TP. Vinh' and counts participants (200 chủ tịch, gần 3.000), never bridge points. g.sh 'điểm cầu' and '15 điểm cầu': 717 (Hải Phòng, 06 điểm cầu) and 816 are other events."),
    ("664_ee315818b222", "not_found",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 ủy viên.",
     "664 says the congress will 'bầu ra Ban Chấp hành Công đoàn khoá mới' without a number; its only count is '41 công đoàn viên của Trung tâm' (attendees). g.sh 'Phát triển bền vững|Trịnh Hoài Đức': only 664 is about this centre; 302's 'Bầu 5 đồng chí' is Trường Mầm non Hoa Trạng Nguyên."),
    ("784_77c303a5ded0", "not_found",
     "Chiến dịch Thanh niên tình nguyện hè 2023 của Huyện đoàn Đại Lộc có 25 đội hình tình nguyện tham gia.",
     "784 counts 12 gương thanh niên tuyên dương and 10 + 10 suất quà, not đội hình. g.sh 'Đại Lộc' (784, 728 only) and '[0-9]+ đội hình': hits are Hà Nội (318, 392, 609), province-wide Quảng Nam 2022 (548, 75 đội hình), TP HCM (644), national (998, 1011), Ninh Giang (943), Đà Nẵng (727); none is Huyện đoàn Đại Lộc."),
    ("944_17ca3d320e2c", "not_found",
     "Trường ĐH Sư phạm TP HCM ra quân Chiến dịch Mùa Hè Xanh 2023 với 600 sinh viên tình nguyện.",
     "Another school. 944 counts only ĐH Bách khoa students (500 Tân Hồng, 470 TP HCM, 32, 2, 2). g.sh 'Mùa Hè Xanh', 'Kinh tế TP|Khoa học Tự nhiên|Sư phạm TP', '600 sinh viên': 827 mentions ĐH Sư phạm TP HCM only as a school visited by LĐLĐ TP HCM; no count."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1]))
    with open("/work/unseen132/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in ("supported", "differs", "not_found"), r
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
