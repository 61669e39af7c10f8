#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen91 (plain Python: csv + unicodedata)."""
import csv
import re
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 050 Ba Vì Mái ấm Công đoàn ----------------
    ("050_d054ada0f9d5", S,
     "Gia đình cô giáo Mai Thị Lương (Trường Mầm non Cổ Đô, huyện Ba Vì) nhận 30 triệu đồng từ Quỹ “Mái ấm Công đoàn” của Liên đoàn Lao động TP Hà Nội để sửa nhà.",
     "050_d054ada0f9d5: 'Căn nhà có tổng diện tích 80m², trị giá trên 118 triệu đồng, trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\" của LĐLĐ thành phố Hà Nội'."),
    ("050_d054ada0f9d5", D,
     "LĐLĐ huyện Ba Vì hỗ trợ thêm 10 triệu đồng để gia đình đoàn viên Mai Thị Lương sửa chữa nhà ở.",
     "050_d054ada0f9d5: 'cùng với sự hỗ trợ của LĐLĐ huyện Ba Vì là 5 triệu đồng' (5 triệu, not 10). g.sh 'Ba Vì' / 'Mai Thị Lương': only page 050 speaks of this house; no 10 triệu for it."),
    # ---------------- 061 BHXH Hà Nội ----------------
    ("061_072ce816bda9", S,
     "Bảo hiểm xã hội thành phố Hà Nội đã tổ chức tập huấn nghiệp vụ cho 100% viên chức trực tiếp làm công tác chi trả gói hỗ trợ người lao động, người sử dụng lao động gặp khó khăn do Covid-19.",
     "061_072ce816bda9: 'Bảo hiểm xã hội Thành phố đã ban hành các văn bản ... đồng thời tổ chức tập huấn, hướng dẫn nghiệp vụ đối với 100% viên chức trực tiếp làm công tác này' (công tác = thực hiện NQ 68/NQ-CP, QĐ 23/2021/QĐ-TTg hỗ trợ NLĐ, NSDLĐ gặp khó khăn do Covid-19)."),
    # ---------------- 080 Đại hội XIII CĐVN ----------------
    ("080_9b9e2cec9822", S,
     "Phiên làm việc thứ nhất của Đại hội XIII Công đoàn Việt Nam đã bầu Đoàn Chủ tịch Đại hội gồm hai mươi chín người.",
     "080_9b9e2cec9822 body: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch; thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội.'"),
    ("080_9b9e2cec9822", D,
     "Đại hội XIII Công đoàn Việt Nam đã thẩm tra, xác nhận tư cách của 1250 đại biểu tham dự Đại hội.",
     "080_9b9e2cec9822: 'thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội' (1.100, not 1.250). g.sh '1[.]?250 đại biểu|1[.]?200 đại biểu' -> no hit; g.sh '1[.]?100 đại biểu' -> only page 080."),
    # ---------------- 087 Túi an sinh ----------------
    ("087_5e1e5cd817ad", S,
     "Các cấp Công đoàn TP Hà Nội đã trao “Túi an sinh Công đoàn” cho khoảng 19 nghìn đoàn viên, người lao động gặp khó khăn do dịch Covid-19.",
     "087_5e1e5cd817ad: 'các cấp Công đoàn TP Hà Nội đã tổ chức \"Xe buýt siêu thị 0 đồng\" ... qua đó hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ gặp khó khăn ... do dịch Covid-19' (gần 19.000 ~ khoảng 19 nghìn)."),
    ("087_5e1e5cd817ad", D,
     "Lãnh đạo Liên đoàn Lao động thành phố Hà Nội đã trao 600 túi an sinh Công đoàn cho người lao động ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh.",
     "087_5e1e5cd817ad: '300 \"Túi an sinh Công đoàn\" được lãnh đạo LĐLĐ TP Hà Nội trao cho NLĐ ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh' (300, not 600). g.sh 'Võng La' -> only page 087; g.sh 'Túi an sinh' -> 500 túi only for Công đoàn ngành Dệt May (133/266 teaser), 88/43 túi for LĐLĐ quận Ba Đình (067); no 600."),
    # ---------------- 1168 Công đoàn ngành Y tế Quảng Ngãi ----------------
    ("1168_4ac4afe82df2", S,
     "Trong năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi đã sửa chữa, xây mới nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn với tổng kinh phí 130 triệu đồng.",
     "1168_4ac4afe82df2: 'trong năm 2015 đã sửa chữa và xây mới 4 căn nhà \"Mái ấm Công đoàn\" cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí 130 triệu đồng'."),
    ("1168_4ac4afe82df2", D,
     "Năm 2015, Công đoàn ngành Y tế Quảng Ngãi có tổng cộng khoảng 6.400 đoàn viên.",
     "1168_4ac4afe82df2: 'Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)' (5.412, not ~6.400). g.sh 'Quảng Ngãi' -> only 1168 concerns this union (475, 610 are other topics); no 6.400 stated."),
    # ---------------- 1185 EVN ----------------
    ("1185_e4ec05aab551", D,
     "Nhân Tháng Công nhân 2025, Công đoàn Điện lực Việt Nam tổ chức biểu dương 171 “Người lao động ngành Điện tiêu biểu”.",
     "1185_e4ec05aab551 title+body: 'Sẽ biểu dương 117 \"Người lao động ngành Điện tiêu biểu\" năm 2025' ; 'Nhân Tháng Công nhân năm 2025, Công đoàn Điện lực Việt Nam sẽ tổ chức Lễ biểu dương' (117, not 171). g.sh 'ngành Điện tiêu biểu' -> 1126 has '7 cá nhân ... năm 2022' (one Tổng công ty, another year); 1184 (2023) no count; no 171."),
    # ---------------- 144 cháy chung cư mini ----------------
    ("144_bc4e63c5ba65", S,
     "Công đoàn ngành Y tế Hà Nội đã trao 15 triệu đồng hỗ trợ thân nhân điều dưỡng Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144_bc4e63c5ba65: 'Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng cho thân nhân đoàn viên' (đoàn viên Trần Thị Thịnh, vụ cháy chung cư mini tại Khương Hạ)."),
    ("144_bc4e63c5ba65", D,
     "Cán bộ Liên đoàn Lao động thành phố Hà Nội đã trực tiếp trao 32 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh thiệt mạng trong vụ cháy chung cư mini.",
     "144_bc4e63c5ba65: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh' (23, not 32). g.sh 'chung cư mini' -> 144 and 328 (328: LĐLĐ quận Hoàng Mai, other victims, no 32 triệu)."),
    # ---------------- 233 Công đoàn Giáo dục Hà Nội ----------------
    ("233_729056fb3d86", S,
     "Dịp Tết Quý Mão 2023, ngành Giáo dục và Đào tạo Hà Nội tặng quà cho 108 học sinh là con cán bộ, chiến sĩ đang công tác ở biển đảo.",
     "233_729056fb3d86: 'Dịp Tết Nguyên đán năm nay, ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn và 108 học sinh là con cán bộ, chiến sĩ công tác ở biển đảo' (Tết Quý Mão 2023)."),
    ("233_729056fb3d86", D,
     "Tết Nguyên đán Quý Mão 2023, ngành GD&ĐT Hà Nội tặng quà cho khoảng 2.400 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn.",
     "233_729056fb3d86: 'ngành GD&ĐT Hà Nội tặng quà 1.415 cán bộ, giáo viên, nhân viên có hoàn cảnh khó khăn' (1.415, not ~2.400). g.sh '2[.]?400' / 'Giáo dục Hà Nội|GD&ĐT Hà Nội' -> no 2.400 for these gifts (232 has 385 giáo viên, 138 no count)."),
    # ---------------- 268 đợt cao điểm phát triển đoàn viên ----------------
    ("268_c31d3d87a6f9", S,
     "Năm 2022, Liên đoàn Lao động TP Hà Nội triển khai hai đợt thi đua cao điểm tuyên truyền, vận động phát triển đoàn viên và thành lập công đoàn cơ sở.",
     "268_c31d3d87a6f9: 'Liên đoàn Lao động TP Hà Nội vừa phát động các đợt cao điểm tuyên truyền, vận động phát triển đoàn viên, thành lập công đoàn cơ sở ...' ; 'Năm 2022, có hai đợt thi đua cao điểm được triển khai.'"),
    # ---------------- 293 Quỹ Tấm lòng Vàng ----------------
    ("293_6795f91644c4", D,
     "Trong chương trình chăm lo cho công nhân lao động chào mừng Đại hội XII của Đảng, Quỹ Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 25 triệu đồng để mua quà tặng công nhân.",
     "293_6795f91644c4: 'Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ' (15 triệu, not 25). g.sh '/tỉnh|mỗi tỉnh' -> only 293; g.sh '25 triệu' -> 048 (Mái ấm La Phù), 793 (trẻ em) – other things."),
    # ---------------- 336 Hội khỏe Hoàn Kiếm ----------------
    ("336_5d7aa39073a7", S,
     "Hội khỏe công nhân viên chức, lao động và lực lượng vũ trang quận Hoàn Kiếm năm 2020 thu hút hơn một nghìn vận động viên tham gia.",
     "336_5d7aa39073a7: 'Hội khỏe Công nhân viên chức, lao động và Lực lượng vũ trang quận Hoàn Kiếm năm 2020 thu hút hơn 1000 vận động viên' (title: 'Hơn 1.000 vận động viên')."),
    ("336_5d7aa39073a7", D,
     "Các vận động viên dự Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 đến từ 57 công đoàn cơ sở.",
     "336_5d7aa39073a7: 'hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận' (75, not 57). g.sh 'Hội khỏe' -> only page 336."),
    # ---------------- 426 Trần Duy Phương ----------------
    ("426_149ced3ae0fa", D,
     "Ông Trần Duy Phương đã có gần 20 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện.",
     "426_149ced3ae0fa: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện' (12, not ~20). g.sh 'gần 20 năm' / 'Trần Duy Phương' -> no other figure."),
    # ---------------- 503 Tháng Nhân đạo 2022 ----------------
    ("503_ee4c6ffbff68", S,
     "Lễ phát động Tháng Nhân đạo năm 2022 tại Thừa Thiên Huế có sự hiện diện của lãnh đạo Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung.",
     "503_ee4c6ffbff68: 'Lễ phát động có sự hiện diện của ... lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân và Hội Chữ thập đỏ 15 tỉnh, thành phố khu vực miền Trung…' (Tháng Nhân đạo 2022, Thừa Thiên Huế, 28/4)."),
    # ---------------- 543 Chợ Tết Công đoàn Đà Nẵng ----------------
    ("543_d5db09f6fc8c", S,
     "Tại điểm Chợ Tết Công đoàn lưu động ở KCN Tam Thăng, LĐLĐ TP Đà Nẵng phát hơn 14.800 phiếu mua hàng cho người lao động.",
     "543_d5db09f6fc8c: 'Tại KCN Tam Thăng (diễn ra từ ngày 30-1 đến 1-2-2026, tức 12 đến 14 tháng Chạp, phát 14.820 phiếu)' (caption: 'Công nhân Đà Nẵng mua sắm tại các phiên chợ Tết Công đoàn'; organiser 'LĐLĐ thành phố')."),
    ("543_d5db09f6fc8c", D,
     "Riêng tại điểm Chợ Tết Công đoàn chính ở phường Hòa Khánh, Liên đoàn Lao động TP Đà Nẵng cấp phát 25.000 phiếu mua hàng cho công nhân.",
     "543_d5db09f6fc8c: 'điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường Trung tâm hành chính phường Hòa Khánh ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng' (30.000, not 25.000). g.sh '25[.]000 phiếu' -> nothing; g.sh 'phiếu mua hàng' -> 102/107/262/276 (other cities/years, no 25.000)."),
    # ---------------- 749 Cần Thơ trực Tết ----------------
    ("749_cd48852c43bc", S,
     "Phó Chủ tịch LĐLĐ TP Cần Thơ Trần Ngọc Mỹ đã trao ba mươi phần quà cho cán bộ, y bác sĩ, nhân viên y tế trực Tết tại Bệnh viện Đa khoa Sóc Trăng.",
     "749_cd48852c43bc: 'Tại Bệnh viện Đa khoa Sóc Trăng, bà Trần Ngọc Mỹ, Phó Chủ tịch LĐLĐ TP Cần Thơ, trao 30 phần quà cho đội ngũ cán bộ, y - bác sĩ, nhân viên y tế đang trực Tết.'"),
    ("749_cd48852c43bc", D,
     "Tối 29 tháng Chạp, Chủ tịch Liên đoàn Lao động thành phố Cần Thơ Lê Thị Sương Mai trao 180 phần quà cho đoàn viên, người lao động trực đêm giao thừa.",
     "749_cd48852c43bc: 'Tối cùng ngày, bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa' (130, not 180). g.sh 'Cần Thơ' + 'phần quà' -> only 749 (20, 30, 130)."),
    # ---------------- 806 Thanh Hóa bổ nhiệm ----------------
    ("806_f8e0ca12c449", D,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm 6 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh.",
     "806_f8e0ca12c449: 'Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh' (title '4 tân giám đốc sở, ngành'). 971 (same event) gives no count. No 6."),
    # ---------------- 968 LĐLĐ Quảng Trị ----------------
    ("968_788fa47f98b7", S,
     "Năm 2021, LĐLĐ tỉnh Quảng Trị đã vận động công nhân viên chức, lao động ủng hộ hơn 7 tỉ đồng hỗ trợ người dân TP Hồ Chí Minh và các tỉnh phía Nam chống dịch.",
     "968_788fa47f98b7: 'vận động CNVC-LĐ ủng hộ 7,3 tỉ đồng và 16 tấn hàng hóa để hỗ trợ người dân TP HCM và các tỉnh phía Nam' (tổng kết hoạt động năm 2021; 7,3 ~ hơn 7)."),
    ("968_788fa47f98b7", D,
     "Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh Quảng Trị đã tặng khoảng 35 nghìn phần quà cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn.",
     "968_788fa47f98b7: 'Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh đã tặng 25.021 phần quà trị giá 13,4 tỉ đồng cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn' (25.021, not ~35.000). g.sh 'Quảng Trị' -> 967 is 2024 (CĐCS, đoàn viên), no gift count; no 35.000."),
    # ---------------- 987 Hướng Hóa Tết sum vầy ----------------
    ("987_092194c9d403", D,
     "Tại chương trình “Tết sum vầy” 2020, Liên đoàn Lao động huyện Hướng Hóa đã trao sáu mươi suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh đặc biệt khó khăn.",
     "987_092194c9d403: 'Tại chương trình, LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn' (90, not 60). g.sh 'Hướng Hóa|Hướng Hoá' -> only page 987."),
    ("987_092194c9d403", D,
     "Các suất quà LĐLĐ huyện Hướng Hóa trao tại chương trình Tết sum vầy 2020 có tổng trị giá hơn 80 triệu đồng.",
     "987_092194c9d403: 'trao 90 suất quà trị giá hơn 63 triệu đồng' (hơn 63 triệu, not hơn 80 triệu). Only page 987 covers this event."),
    # ================= NOT FOUND =================
    ("171_ed616c7d5ff1", N,
     "Giai đoạn 2016 - 2020, thực hiện Chương trình 08-Ctr/TU của Thành ủy, Hà Nội đã cắt giảm 150 thủ tục hành chính.",
     "171_ed616c7d5ff1 only names the programme ('Chương trình số 08-Ctr/TU ngày 26/4/2016 về \"Đẩy mạnh CCHC...\"') and lists attendees; no results figures. g.sh 'thủ tục hành chính' -> only 061 ('Không được phát sinh thêm thủ tục hành chính', teaser) and 211 (no count); g.sh 'cắt giảm' -> no count of procedures. Nothing counts procedures cut."),
    ("291_a74887047e6b", N,
     "Giải thưởng Nguyễn Văn Linh lần thứ II của Tổng LĐLĐ Việt Nam đã tôn vinh 10 cán bộ công đoàn tiêu biểu.",
     "Another edition: the corpus counts the 3rd edition (056 body: 'tôn vinh 10 đồng chí cán bộ công đoàn tiêu biểu' for 'lần thứ III năm 2022'; 291 teaser '10 cán bộ Công đoàn tiêu biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022'). For earlier editions 056 only says 'Sau thành công của 2 lần tôn vinh trước'. g.sh 'Văn Linh' -> 056, 291, corpus/002 (no counts); g.sh 'lần thứ II' + 'giải thưởng' -> nothing on this prize."),
    ("322_bd3d62b063e2", N,
     "Với phong trào “Bình dân học vụ số”, Hà Nội đặt mục tiêu năm 2025 có 80% người dân trưởng thành được trang bị kỹ năng số cơ bản.",
     "322_bd3d62b063e2 has only 'cách đây 80 năm' (years since Bình dân học vụ, not people) and the launch date 22/5; no target percentage. g.sh 'học vụ số|kỹ năng số' -> 322, 902 (no %); g.sh 'kỹ năng số|chuyển đổi số' with '%' -> nothing; g.sh '80 ?%' -> 152, 333, 1065 (other counted nouns)."),
    ("331_94f105eec540", N,
     "Trong Tháng cao điểm “Vì người nghèo” năm 2023, công nhân viên chức, lao động Thủ đô đã ủng hộ hơn 12 tỷ đồng thông qua Liên đoàn Lao động thành phố Hà Nội.",
     "331_94f105eec540 only says CNVCLĐ are called to give 'ít nhất là 1 ngày lương' (17/10-18/11/2023); no amount raised. g.sh 'người nghèo' with LĐLĐ/Liên đoàn/CNVC and tỷ/triệu -> nothing. Nearby: 359 teaser 'Hà Nội tiếp nhận đăng ký, ủng hộ 83,4 tỷ đồng' (city-wide MTTQ registrations, not CNVCLĐ via LĐLĐ); 643 Quỹ Trợ vốn 'giải ngân gần 44 tỉ' (2020 loans, other thing)."),
    ("363_f1b865aa72b8", N,
     "Theo kế hoạch phát động thi đua năm 2025, Liên đoàn Lao động TP Hà Nội sẽ tuyên dương 100 “Công nhân giỏi Thủ đô”.",
     "Another year: 363 names the movement 'Công nhân giỏi Thủ đô' for 2025 but gives no number. The corpus counts other years: 041/076 '100 \"Công nhân giỏi Thủ đô\" năm 2022', corpus/003 and corpus/000 '100 \"Công nhân giỏi Thủ đô\" năm 2023', 186 (2023), 042 '90 Công nhân giỏi Thủ đô năm 2019'. g.sh 'Công nhân giỏi' -> no 2025 count."),
    ("534_945922b00627", N,
     "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI ngày 23/6/2021, các đại biểu đã bầu 5 Phó Chủ tịch UBND thành phố.",
     "534_945922b00627 lists the posts to be elected ('các Phó Chủ tịch UBND TP') without a number. g.sh '[0-9]+ Phó Chủ tịch UBND' -> only 844 ('sẽ bầu một phó chủ tịch HĐND và 3 phó chủ tịch UBND', a later extraordinary session, another occasion). 352/581 give only the Chủ tịch vote (92/94); 116/117 are khóa XV."),
    ("567_c411a9192e99", N,
     "Tại kỳ họp thứ tám HĐND TP Hà Nội khóa XVI chiều 22/7/2022, ông Trần Sỹ Thanh được bầu làm Chủ tịch UBND thành phố với 97,87% đại biểu có mặt tán thành.",
     "Another occasion/person: 567 announces the session only (no vote). '97,87%' in the corpus is Chu Ngọc Anh's vote at the 1st session 23/6/2021 (352: 'với số phiếu 92/94 (chiếm 97,87%)'; 581 likewise, and Nguyễn Ngọc Tuấn for HĐND chair). g.sh 'Sỹ Thanh' + bầu/phiếu -> 105/813 (Thành ủy 2025, no vote share); nothing on the 22/7/2022 vote."),
    ("693_fc08e1a86a0b", N,
     "Trong đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp (từ 15/5 đến 10/10), Công đoàn ngành Giao thông vận tải Hà Nội có 120 sáng kiến được đăng ký.",
     "693_fc08e1a86a0b gives only the period (15/5-10/10) and no count. g.sh '[0-9.]+ sáng kiến' with GTVT/Giao thông -> nothing; 017 counts Công nhân giỏi 2024 (816, 70, 2), 1162 counts CĐCS/đoàn viên – other counted nouns/years."),
    ("807_4c859601563b", N,
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội tháng 3/2016 có đại biểu của 40 quốc gia tham dự.",
     "807_4c859601563b: only 'Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tại Hà Nội từ ngày 5-06/03/2016' and 'Đại hội Công đoàn Thế giới lần thứ 17' (ordinal); no count of countries/delegates. g.sh 'Liên hiệp Công đoàn Thế giới|WFTU' -> 807, 100 (no count); g.sh '[0-9]+ (quốc gia|nước)' with công đoàn -> nothing."),
    ("826_16ccc3252ccd", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 300 đại biểu chính thức tham dự.",
     "826_16ccc3252ccd: delegation led by Hồ Tiến Thiệu offers incense; no delegate count. Another edition: 868 is 'Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV - năm 2015' (also no delegate count). g.sh 'Lạng Sơn' -> 707/826/868, none counting delegates of lần thứ V."),
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội Liên hiệp Phụ nữ thành phố Hà Nội khai mạc tại Nhà thi đấu huyện Đan Phượng dịp 8/3/2023 có 24 đội tham gia.",
     "1107_8a955dc47044: 'Vào đúng ngày 8/3, đơn vị sẽ khai mạc Giải Bóng chuyền hơi tại Nhà thi đấu huyện Đan Phượng' – no team count (figures there: 113 năm, 100 ngày, 75 năm). g.sh 'bóng chuyền hơi' -> 1107 and 1193 (7 bộ môn, NHCSXH, other event); g.sh '[0-9]+ đội' with phụ nữ/bóng chuyền -> nothing."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        # ASCII double quotes (from quoted corpus text) become typographic pairs so the
        # TSV needs no CSV quoting; tabs/newlines are not allowed in fields.
        fields = [re.sub(r'"([^"]*)"', "\u201c\\1\u201d", x) for x in (page_id, verdict, claim, why)]
        assert not any(c in x for x in fields for c in '"\t\n'), fields
        rows.append([unicodedata.normalize("NFC", x) for x in fields])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
