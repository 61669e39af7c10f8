#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check test set (unseen37).
Plain Python: csv + unicodedata only. Output is NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 043: Giải thưởng Nguyễn Đức Cảnh, Hà Nội ----------------
    ("043_33faa8637b33", D,
     "Năm 2023, Hà Nội có 12 cá nhân tiêu biểu được trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV.",
     "043: 'Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng' (Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023). "
     "g.sh '12 cá nhân|mười hai cá nhân' -> only 933 (giấy khen of an LĐLĐ quận), nothing on the NĐC award."),
    ("043_33faa8637b33", N,
     "Tại Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018, Hà Nội có 9 cá nhân được vinh danh.",
     "Another edition. 043 counts 9 Hà Nội laureates for lần IV (2023) only. g.sh 'Nguyễn Đức Cảnh.{0,40}(lần III|lần thứ III|lần thứ 3|2018)' -> "
     "106 (lần III, 2018: '70 đoàn viên, CNLĐ ... trong toàn quốc', no Hà Nội count) and 1065 ('2 cá nhân được giải thưởng Nguyễn Đức Cảnh giai đoạn 2013 – 2018' = ngành Xây dựng HN only). "
     "No page gives the Hà Nội total for lần III."),
    # ---------------- 067: Túi An sinh Công đoàn, Ba Đình ----------------
    ("067_4afc4a1630dc", D,
     "Ở lần trao thứ hai, tại sân Trường Tiểu học Ba Đình, Liên đoàn Lao động quận Ba Đình đã trao 174 suất quà Túi An sinh Công đoàn.",
     "067: 'Đây là lần thứ hai ... Tại địa điểm sân Trường Tiểu học Ba Đình, LĐLĐ quận đã trao 147 suất quà'. "
     "g.sh '174' -> no hit anywhere; g.sh 'Ba Đình.{0,80}(suất quà|Túi An sinh)' -> only 067 (147; first round 88 + 43)."),
    # ---------------- 1027: thị trường lao động Hà Nội 2025 ----------------
    ("1027_8765180e6738", D,
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, khoảng 45% nhu cầu tuyển dụng đầu năm 2025 thuộc về nhóm lao động phổ thông.",
     "1027: 'khoảng 36% nhu cầu tuyển dụng thuộc về nhóm lao động phổ thông' (khảo sát 1.408 doanh nghiệp, tháng 2/2025). "
     "g.sh '45 ?%' -> only 690 (3,45% hộ nghèo) and 863 (45% CĐCS vững mạnh xuất sắc)."),
    ("1027_8765180e6738", S,
     "Hơn 33% nhu cầu tuyển dụng tại Hà Nội hướng tới lao động có trình độ đại học trở lên, theo khảo sát của TTDVVL Hà Nội năm 2025.",
     "1027: '33,12% nhu cầu lại hướng đến nhóm lao động có trình độ đại học trở lên'."),
    # ---------------- 1048: LĐLĐ Thành phố Thủ Đức (đề án) ----------------
    ("1048_5670fd29d818", D,
     "Sau khi thành lập, LĐLĐ thành phố Thủ Đức sẽ trực tiếp quản lý khoảng 2 300 công đoàn cơ sở.",
     "1048: 'LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ'. "
     "g.sh '2[.,]?300 (CĐCS|công đoàn cơ sở)|Thủ Đức.{0,80}2[.,]?300' -> no hit."),
    ("1048_5670fd29d818", N,
     "Theo đề án, Ủy ban Kiểm tra của Liên đoàn Lao động thành phố Thủ Đức dự kiến gồm 7 ủy viên.",
     "1048 counts 27 cán bộ chuyên trách, 53 người BCH, 17 Ủy viên ban thường vụ, but no Ủy ban kiểm tra. "
     "g.sh 'Ủy ban kiểm tra.{0,60}Thủ Đức|Thủ Đức.{0,100}(kiểm tra|ủy viên)' -> only the 1048 BCH/27 cán bộ sentence. "
     "g.sh 'Ủy ban Kiểm tra.{0,30}(gồm )?7' -> 887 only (Ủy ban Kiểm tra Huyện ủy Hà Trung, 7 ủy viên: another organisation)."),
    # ---------------- 1085: Đại hội Phụ nữ Hà Tĩnh XVI ----------------
    ("1085_fdedd93bed02", S,
     "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021-2026 gồm mười một người.",
     "1085: 'Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh khóa XVI ... bầu Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu'."),
    ("1085_fdedd93bed02", N,
     "Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI có 300 đại biểu chính thức tham dự.",
     "1085 gives no delegate count for the congress (only Ban Thường vụ 11). "
     "g.sh 'Phụ nữ tỉnh Hà Tĩnh|Hội LHPN tỉnh Hà Tĩnh|Hà Tĩnh.{0,100}đại biểu' -> only 1085 lines, none with a delegate count."),
    # ---------------- 1103: Hội Nông dân Bắc Giang ----------------
    ("1103_36980ed6ca73", D,
     "Đại hội Hội Nông dân các huyện, thành phố tỉnh Bắc Giang nhiệm kỳ 2023-2028 đã bầu 320 đồng chí vào Ban Chấp hành.",
     "1103: 'Theo đó, 287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ'. "
     "g.sh '320 (đồng chí|ủy viên|người)' -> no hit; g.sh 'Hội Nông dân.{0,40}Bắc Giang|Bắc Giang.{0,40}Hội Nông dân' -> only 1103."),
    # ---------------- 1105: Đại hội Đoàn Thanh Hóa XX ----------------
    ("1105_fd04a28fb480", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX có 420 đại biểu dự.",
     "1105: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX được tổ chức với sự tham dự của 360 đại biểu'. "
     "g.sh '420 đại biểu' -> no hit; 1086 (Thanh Hóa XIX) gives no attendance figure."),
    ("1105_fd04a28fb480", N,
     "Đại hội Đoàn tỉnh Thanh Hóa lần thứ XX đã bầu 14 đại biểu chính thức đi dự Đại hội Đoàn toàn quốc lần thứ XIII.",
     "Another edition. 1105 says only 'bầu đoàn đại biểu dự Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc lần thứ XIII' with no number. "
     "The 14 is from 1086 (Đại hội XIX of Thanh Hóa, 2022): 'bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 14 đại biểu chính thức, 4 đại biểu dự khuyết'. "
     "g.sh 'Đại hội Đoàn toàn quốc lần thứ XIII|Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc lần thứ XIII' -> only 1105 (no count)."),
    # ---------------- 1130: Quỹ Vì người nghèo TP HCM ----------------
    ("1130_b874a926a657", S,
     "Cơ quan các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP HCM đã đóng góp gần 500 triệu đồng tiền lương cho Quỹ Vì người nghèo năm 2020.",
     "1130: 'các đơn vị đã ủng hộ 1 ngày lương vào Quỹ “Vì người nghèo” TP với số tiền 495 triệu đồng' (title: 'Hơn 500 triệu đồng' is the total incl. the 77 triệu of other units; claim follows the body's 495)."),
    # ---------------- 1163: hiến máu Thủ Đức ----------------
    ("1163_ce39322f4329", D,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do LĐLĐ thành phố Thủ Đức tổ chức đã thu được hơn 95.000 ml máu.",
     "1163: '226 cán bộ, đoàn viên Công đoàn, người lao động ... đăng ký tham gia hiến máu với 77.600 ml máu'. "
     "g.sh 'ml máu' -> 1163 and 1164 (350-450 ml per person, another event); g.sh '95[. ]?000' -> only 606 (95.000 người tham gia a run)."),
    # ---------------- 1181: Trung thu 2022 TPHCM ----------------
    ("1181_5c58fd030683", D,
     "Chương trình Trung thu yêu thương năm 2022 của Công đoàn các KCX-KCN TPHCM dành cho 800 con công nhân.",
     "1181: 'Công đoàn các KCX-KCN TPHCM tổ chức chương trình “Trung thu yêu thương” cho 600 con công nhân đang làm việc tại các KCN'. "
     "g.sh '800 (con|thiếu nhi|trẻ|cháu)' -> no hit."),
    ("1181_5c58fd030683", N,
     "Dịp Tết Trung thu năm 2023, Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi có hoàn cảnh khó khăn.",
     "Another year. 1181 (2022): 'Tết Trung thu năm nay [2022], Công đoàn Viên chức TPHCM tặng quà cho gần 2.500 thiếu nhi'. "
     "g.sh 'Công đoàn Viên chức (TPHCM|TP HCM|...)' -> 991, 992 (ký kết liên tịch, khen thưởng; no Trung thu), 1181; "
     "g.sh 'Trung thu.{0,150}2[.,]?500|2[.,]?500 (thiếu nhi|cháu|trẻ)' -> only 1181 (2022)."),
    # ---------------- 1193: Hội thao NHCSXH ----------------
    ("1193_f2efb2123ee3", S,
     "Khoảng 430 vận động viên đã tranh tài tại Hội thao Ngân hàng Chính sách xã hội khu vực V năm 2023.",
     "1193: 'Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở tại 11 chi nhánh NHCSXH' (hội thao NHCSXH năm 2023, khu vực V)."),
    # ---------------- 1201: Đại hội Công đoàn huyện Sóc Sơn XI ----------------
    ("1201_a1def21c7eed", S,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có một trăm tám mươi lăm đại biểu chính thức.",
     "1201: 'Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 sẽ diễn ra ... với sự tham dự của 185 đại biểu chính thức'."),
    ("1201_a1def21c7eed", N,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI đã bầu Ban Chấp hành LĐLĐ huyện gồm 29 ủy viên.",
     "1201 is a preview (185 đại biểu), no BCH count. g.sh 'Sóc Sơn.{0,200}(Ban Chấp hành|BCH|ủy viên)' -> only 348 (history of Đảng bộ huyện Sóc Sơn, another organisation); "
     "g.sh 'Sóc Sơn.{0,100}(đại biểu|Đại hội)' -> seed 000 (cầu Ngọc Hà), 348, 1201: no union BCH size."),
    # ---------------- 151: việc làm Hà Nội 6 tháng 2021 ----------------
    ("151_77cc7b6288de", D,
     "Trong 6 tháng đầu năm 2021, thành phố Hà Nội đã cho vay 1820 tỷ đồng để giải quyết việc làm.",
     "151: 'Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng'. "
     "g.sh '1[.,]?820' -> no hit; g.sh '(cho vay|vay).{0,80}giải quyết việc làm.{0,80}t[ỷỉ]' -> only 151."),
    # ---------------- 159: nhà giáo Hà Nội 2018-2019 ----------------
    ("159_1142eccb3eb0", S,
     "Năm học 2018-2019, khối các trường đại học, cao đẳng Hà Nội có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế.",
     "159: 'khối các trường đại học, cao đẳng Hà Nội đã có 127 giáo viên dạy giỏi các cấp; có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế'."),
    # ---------------- 168: Trương Thị Hoàng Linh ----------------
    ("168_9200173fb05c", S,
     "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments (Quảng Nam), đã có bốn mươi hai sáng kiến.",
     "168: 'Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến, với giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng'."),
    # ---------------- 249: 84 Công đoàn xã, phường Hà Nội ----------------
    ("249_437a7359948a", S,
     "Ngày 1/10, Liên đoàn Lao động thành phố Hà Nội đã công bố quyết định thành lập tám mươi tư Công đoàn xã, phường.",
     "249: 'Ngày 1/10, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường'."),
    ("249_437a7359948a", N,
     "84 Công đoàn xã, phường vừa được LĐLĐ Hà Nội thành lập có tổng cộng hơn 2.100 đoàn viên.",
     "249 body gives no member count for the 84 Công đoàn xã, phường. The only 2.100 is a related-article teaser about another thing: "
     "'Thành lập 34 Công đoàn cơ sở với hơn 2.100 đoàn viên'. g.sh '2[.,]100 đoàn viên' -> only that teaser; "
     "g.sh 'Công đoàn xã, phường.{0,100}đoàn viên' and '(84|tám mươi tư) Công đoàn xã.{0,150}(đoàn viên)' -> no hit."),
    # ---------------- 451: Công đoàn Thủ đô hỗ trợ Covid-19 (2021) ----------------
    ("451_c6d73f9b5d4e", S,
     "Từ cuối tháng 4/2021, các cấp Công đoàn Thủ đô đã vận động hơn 1,6 nghìn chủ nhà trọ miễn, giảm tiền thuê cho người lao động.",
     "451: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ' (from 27/4/2021); "
     "same figure in 452 ('vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%')."),
    # ---------------- 548: TNTN hè 2022 ----------------
    ("548_fe351f429c57", D,
     "Chiến dịch Thanh niên tình nguyện hè 2022 trên cả nước có tổng kinh phí hơn 600 tỷ đồng cho các công trình thanh niên.",
     "548: 'thực hiện hơn 26.400 ... công trình thanh niên các cấp, với tổng kinh phí là 444 tỉ đồng'. "
     "g.sh '600 t[ỷỉ]' -> 156 (thiệt hại TNLĐ 5.600 tỷ), 525 (kinh phí thăm hỏi of a provincial union, gần 600 tỷ): other things; "
     "549 (same campaign, week 1 / lễ ra quân) gives 54 tỉ and 32 tỉ, not 600."),
    # ---------------- 578: Đại hội Công đoàn Hưng Yên XIX ----------------
    ("578_5debbd11f60b", D,
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023-2028 có 350 đại biểu chính thức.",
     "578: 'Ban Tổ chức Tỉnh ủy và 289 đại biểu chính thức đại diện cho gần 200 nghìn cán bộ, đoàn viên...'. "
     "g.sh '350 đại biểu' -> no hit; g.sh 'Hưng Yên' -> 425, 577, 578 only."),
    ("578_5debbd11f60b", N,
     "Đoàn đại biểu Công đoàn tỉnh Hưng Yên đi dự Đại hội XIII Công đoàn Việt Nam gồm 12 người.",
     "Another edition. 578 (Đại hội Công đoàn tỉnh XIX, 2023) does not count the delegation to Đại hội XIII. "
     "577 counts the delegation to the previous congress: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. "
     "g.sh 'Đại hội (XIII|lần thứ XIII) Công đoàn Việt Nam.{0,100}(Hưng Yên)|Hưng Yên.{0,100}XIII' -> no hit."),
    # ---------------- 643: Quỹ Trợ vốn CNVC-LĐ Hà Nội ----------------
    ("643_63b39ed01884", D,
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVCLĐ nghèo Thủ đô đã giải quyết cho gần 2,4 nghìn đoàn viên, người lao động vay vốn.",
     "643: 'đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn'. "
     "g.sh '2[.,]?400 (đoàn viên|người|CNVC|lượt)|2,4 nghìn' -> only 504 (2.400 đoàn viên at a Chợ Tết, another thing); "
     "g.sh 'Quỹ Trợ vốn' -> seed 002, 331, 1022, 643: none states 2.400 borrowers."),
    # ---------------- 710: LĐLĐ Thái Nguyên, Đại hội MTTQ ----------------
    ("710_a049db02602c", S,
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên dự Đại hội Mặt trận Tổ quốc tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm sáu đại biểu.",
     "710: 'Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương'."),
    # ---------------- 804: Huy hiệu Đảng Hà Đông ----------------
    ("804_8ecc40938555", D,
     "Trong đợt trao Huy hiệu Đảng 19/5, Đảng bộ quận Hà Đông có 540 đảng viên được nhận Huy hiệu.",
     "804: 'Ban Thường vụ Thành ủy tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông'. "
     "g.sh '540 đảng viên' -> no hit; g.sh 'Hà Đông.{0,60}Huy hiệu|Huy hiệu.{0,60}Hà Đông' -> only 804."),
    # ---------------- 809: Đại hội Đoàn quận Kiến An VI ----------------
    ("809_cc0d6dcdbae7", S,
     "Đại hội Đoàn quận Kiến An (Hải Phòng) lần thứ VI đã bầu Ban Chấp hành khóa mới gồm 19 người.",
     "809: 'Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị' (Đại hội lần thứ VI, 2022-2027)."),
    ("809_cc0d6dcdbae7", N,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An lần thứ VI có 150 đại biểu chính thức tham dự.",
     "809 counts BCH 19 and the delegation to the city congress (7 chính thức, 3 dự khuyết), not the congress attendance. "
     "g.sh 'Kiến An.{0,150}đại biểu|đại biểu.{0,100}Kiến An' -> only the 809 title line; g.sh '280 đại biểu|150 đại biểu' -> no hit."),
    # ---------------- 810: đoàn Y tế dự Đại hội XIII CĐVN ----------------
    ("810_d311deaca2eb", D,
     "Đoàn đại biểu ngành Y tế đi dự Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023-2028 gồm 43 đại biểu.",
     "810: 'cùng các 34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu...'. "
     "g.sh '43 đại biểu' -> no hit."),
    # ---------------- 887: Đại hội Đảng bộ huyện Hà Trung XXII ----------------
    ("887_19e43b08801d", D,
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020-2025 đã bầu 41 đồng chí vào Ban Chấp hành.",
     "887: 'Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII'. "
     "g.sh '41 đồng chí' -> no hit; g.sh 'Hà Trung' -> 628 (another topic) and 887."),
    ("887_19e43b08801d", N,
     "Đại hội Đảng bộ huyện Hà Trung lần thứ XXII có 280 đại biểu chính thức dự.",
     "887 counts BCH 36, Ban Thường vụ 11, Ủy ban Kiểm tra 7, 3 ngày làm việc, not attendance. "
     "g.sh 'Hà Trung.{0,150}đại biểu' -> no hit; g.sh '280 đại biểu|150 đại biểu' -> no hit."),
    # ---------------- 904: TNTN hè 2025 Hà Tĩnh ----------------
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè 2025, tuổi trẻ Hà Tĩnh đã huy động được gần 1.800 triệu đồng để trao tặng các công trình.",
     "904: 'tuổi trẻ Hà Tĩnh đã huy động được gần 1,8 tỉ đồng trao tặng các công trình cho các địa phương, trường học' (also 'tổng giá trị gần 1,8 tỷ đồng')."),
    ("904_0a7c4b90f9b3", N,
     "Chiến dịch thanh niên tình nguyện hè 2025 của Tỉnh Đoàn Hà Tĩnh huy động 5.000 chiến sĩ tình nguyện.",
     "904 counts money (gần 1,8 tỷ), 15 bể bơi, 200 túi quà, hơn 300 bà con dân tộc Chứt, not volunteers. "
     "g.sh 'Hà Tĩnh.{0,100}(tình nguyện viên|chiến sĩ|đoàn viên)' -> no hit."),
    # ---------------- 998: TNTN hè 2023 (toàn quốc) ----------------
    ("998_d6cbe319eeca", S,
     "Trong tuần 7 và 8 của Chiến dịch thanh niên tình nguyện hè 2023, toàn Đoàn tổ chức hơn 21 nghìn đội hình tình nguyện.",
     "998: 'Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên'."),
    # ---------------- 1081: Hội thi ATVSV giỏi Khánh Hòa 2024 ----------------
    ("1081_35c690f5dbdd", D,
     "Mười lăm đội đã tham gia Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức.",
     "1081: 'Có 19 đội tham gia hội thi' (list of 19 units) and 'tặng hoa và cờ lưu niệm cho 19 đội thi'. "
     "g.sh '(15|mười lăm) đội' -> no hit."),
    # ---------------- 576 / 805 ----------------
    ("576_79a602ffcfd7", S,
     "Tại lễ kỷ niệm ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức (TP HCM) đã tặng 9 sổ tiết kiệm cho cán bộ công đoàn có hoàn cảnh khó khăn.",
     "576: 'LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn'. "
     "(lễ kỷ niệm 90 năm ngày thành lập CĐ Việt Nam, tối 28-7)."),
    ("805_fafe42781e80", D,
     "Đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9 năm 2020, Đảng bộ quận Đống Đa có gần 800 đảng viên được nhận Huy hiệu Đảng.",
     "805: 'Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng' (đợt 2 dịp Quốc khánh 2/9, 75 năm CM tháng Tám = 2020). "
     "g.sh 'Đống Đa.{0,80}Huy hiệu|Huy hiệu.{0,80}Đống Đa' -> only 805; no '800 đảng viên' / 'gần 800' about it."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x.strip()) for x in (page_id, verdict, claim, why)])
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
