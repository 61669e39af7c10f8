#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 078: LĐLĐ quận 1 TP HCM, Mái ấm Công đoàn ----------------
    ("078_195ef83b4e19", "supported",
     "LĐLĐ quận 1 (TP.HCM) đã vận động một doanh nghiệp xây dựng hỗ trợ bốn mươi triệu đồng để sửa chữa nhà cho đoàn viên Nguyễn Thị Ánh Đào.",
     "078_195ef83b4e19: \"LĐLĐ quận 1, TP HCM đã vận động Công ty CP Xây dựng Kiến trúc AA hỗ trợ 40 triệu đồng để gia đình chị sửa chữa, lợp mái, nâng nền.\" (spelled-out 40)"),
    ("078_195ef83b4e19", "differs",
     "Từ đầu năm 2017 đến nay, Liên đoàn Lao động quận 1, TP Hồ Chí Minh đã trao 25 căn nhà tình thương, tình nghĩa và Mái ấm Công đoàn cho CNVC-LĐ khó khăn.",
     "078_195ef83b4e19: \"Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\"\" -> 15 not 25. g.sh '25 căn|hai mươi lăm căn' = no hit."),
    # ---------------- 1192: Hội thao ngành Ngân hàng Vĩnh Long 2019 ----------------
    ("1192_dccb05c77ecc", "differs",
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra từ 10 đến 12/5/2019 với hơn 600 vận động viên tranh tài.",
     "1192_dccb05c77ecc: \"24 đoàn tham gia ... với trên 444 vận động viên\" -> 444 not >600. g.sh 'vận động viên' : other 'hơn 600' hits are other things (hiến máu 347, ý kiến 003, tai nạn 112); 1193 'Khoảng 430 vận động viên' is Hội thao NHCSXH 2023 (another event)."),
    ("1192_dccb05c77ecc", "differs",
     "Các vận động viên tại Hội thao ngành Ngân hàng Vĩnh Long năm 2019 đại diện cho hơn 3.000 công chức, người lao động ngành Ngân hàng trên địa bàn tỉnh.",
     "1192_dccb05c77ecc: \"đại diện cho gần 1.800 công chức, người lao động ngành Ngân hàng trên địa bàn\" -> ~1.800 not >3.000. g.sh '3\\.000 (công chức|người lao động)' = no hit."),
    # ---------------- 1201: Đại hội Công đoàn huyện Sóc Sơn XI ----------------
    ("1201_a1def21c7eed", "supported",
     "Tỷ lệ đơn vị tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023-2028 trên địa bàn huyện Sóc Sơn đạt 100%.",
     "1201_a1def21c7eed: \"Đại hội công đoàn cấp cơ sở đã hoàn tất giữa quý 2/2023, số đơn vị tổ chức đại hội đạt tỷ lệ 100%.\""),
    ("1201_a1def21c7eed", "differs",
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 có 215 đại biểu chính thức về dự.",
     "1201_a1def21c7eed: \"Đại hội Công đoàn huyện Sóc Sơn lần thứ XI ... với sự tham dự của 185 đại biểu chính thức\" -> 185 not 215. g.sh '215 đại biểu' = no hit; g.sh 'Sóc Sơn lần thứ XI' only 1201."),
    # ---------------- 1212: kiểm tra CĐCS trường học ----------------
    ("1212_1bec97bc06dc", "supported",
     "Trong năm học 2021-2022, đoàn kiểm tra của Liên đoàn Lao động huyện do đồng chí Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra toàn bộ 48 công đoàn cơ sở trường học.",
     "1212_1bec97bc06dc: \"kiểm tra xong việc thực hiện hồ sơ sổ sách, các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022\"; \"đồng chí Lý Hồng Ngọc – Chủ tịch Liên đoàn Lao động huyện - Trưởng đoàn\" (the district is not named on the page)."),
    ("1212_1bec97bc06dc", "not_found",
     "Năm học 2022-2023, đoàn kiểm tra của LĐLĐ huyện do bà Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra 48 công đoàn cơ sở trường học.",
     "Another period: 1212 counts 48/48 CĐCS trường học for \"năm học 2021 – 2022\" only. g.sh 'Lý Hồng Ngọc|48/48|trường học.{0,40}năm học 2022' -> only 1212 lines, year 2021-2022; nothing for 2022-2023."),
    # ---------------- 1221: Mái ấm Công đoàn Čư M'gar ----------------
    ("1221_4e152aae9279", "supported",
     "Tổ chức Công đoàn đã hỗ trợ 50 triệu đồng để xây nhà \"Mái ấm Công đoàn\" cho chị Huỳnh Thị Mỹ Hạnh, đoàn viên trường Mẫu giáo Cư M'gar (Đắk Lắk).",
     "1221_4e152aae9279: \"Ngôi nhà “Mái ấm Công đoàn” ... kinh phí hỗ trợ từ tổ chức Công đoàn 50 triệu đồng\" (page spells the district Čư M'gar; claim writes Cư M'gar; province not on the page)."),
    ("1221_4e152aae9279", "differs",
     "Ngôi nhà Mái ấm Công đoàn LĐLĐ huyện Cư M'gar bàn giao cho gia đình chị Mỹ Hạnh ngày 6/12/2024 có diện tích sử dụng 120 m2.",
     "1221_4e152aae9279: \"nhà cấp IV, mái lợp tôn, nền lát gạch hoa, có diện tích sử dụng 85 m2\" -> 85 not 120. g.sh '120 ?m2|120 m' = no hit."),
    # ---------------- 165: Tổng LĐLĐ VN hỗ trợ Huế ----------------
    ("165_5815cd9f2dd4", "differs",
     "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Đình Khang đã thay mặt tổ chức Công đoàn trao 2 tỷ đồng giúp TP Huế khắc phục hậu quả bão lũ.",
     "165_5815cd9f2dd4: \"đã thay mặt tổ chức Công đoàn trao1 tỉ đồng nhằm giúp địa phương khắc phục hậu quả thiên tai\" / \"Tổng LĐLĐ Việt Nam trao 1 tỉ đồng giúp Huế\" -> 1 tỉ not 2 tỷ. g.sh '2 tỷ|2 tỉ|hai tỷ' hits are other things (1126 'hơn 2 tỉ đồng' an sinh xã hội of another union, 'gần 1,2 tỷ', '12 tỷ' ...), none about Huế."),
    ("165_5815cd9f2dd4", "supported",
     "Tại Công ty TNHH MTV Victortex Huế, đoàn công tác của Tổng LĐLĐ Việt Nam đã trao sáu mươi suất hỗ trợ cho người lao động bị ảnh hưởng nặng bởi mưa lũ.",
     "165_5815cd9f2dd4: \"đoàn công tác đến Công ty TNHH MTV Victortex Huế (xã Quảng Điền) trao 60 suất hỗ trợ trực tiếp cho những lao động bị ảnh hưởng nặng.\""),
    # ---------------- 328: cháy chung cư mini, LĐLĐ quận Hoàng Mai ----------------
    ("328_e66d2763c177", "differs",
     "Theo LĐLĐ quận Hoàng Mai, có ba đoàn viên công đoàn thuộc quận bị thiệt mạng trong vụ cháy chung cư mini tại phường Khương Đình, quận Thanh Xuân.",
     "328_e66d2763c177: \"có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy, là chị Lê Thị Oanh ... và chị Phan Thanh Thủy\" -> 2 not 3. g.sh '(3|ba) đoàn viên.{0,40}(thiệt mạng|tử vong)' = no hit; 144 (same fire) is about one Công đoàn ngành Y tế member, not a Hoàng Mai count."),
    ("328_e66d2763c177", "not_found",
     "Liên đoàn Lao động thành phố Hà Nội đã trao 30 triệu đồng hỗ trợ thân nhân đoàn viên Phan Thanh Thủy, nạn nhân vụ cháy chung cư mini.",
     "328 names Phan Thanh Thủy but states no amount for her family. Nearby money is something else: 144 'trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh' and 'Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng' (another victim). g.sh 'Khương Đình|Phan Thanh Thủy|Lê Thị Oanh|Hoàng Mai.{0,80}(cháy|triệu)' -> no amount; g.sh '30 triệu đồng' hits are Mái ấm / other unions (049, 050, 051, 456, 931 ...)."),
    # ---------------- 533: HĐND TP Hà Nội bầu Chủ tịch ----------------
    ("533_31522612a2cd", "differs",
     "Bà Phùng Thị Hồng Hà được bầu giữ chức Chủ tịch HĐND thành phố Hà Nội khóa XVI với 90% đại biểu có mặt tán thành.",
     "533_31522612a2cd: \"với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND TP Hà Nội khoá XVI\" -> 100% not 90%. g.sh '90% đại biểu' = no hit; g.sh 'Phùng Thị Hồng Hà' other pages (105, 198, 286, 581, 593, 812, 813) give no vote share for this election."),
    # ---------------- 563: Thủ tướng đối thoại công nhân 2016 ----------------
    ("563_c39e3be4e916", "supported",
     "Dịp Tháng Công nhân 2016, Thủ tướng Nguyễn Xuân Phúc dự kiến gặp gỡ, đối thoại tại Đồng Nai với công nhân lao động của 8 tỉnh, thành miền Đông Nam Bộ.",
     "563_c39e3be4e916: \"sáng 30-4, tại Đồng Nai, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ có buổi gặp gỡ, đối thoại ... công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, ...)\" (the '3.000 công nhân' figure is only in the headline, so it was not used)."),
    # ---------------- 629: Điện Biên Đông bầu Chủ tịch UBND huyện ----------------
    ("629_49c2ddcfe599", "differs",
     "Đồng chí Vũ Ngọc Hoành được HĐND huyện Điện Biên Đông bầu làm Chủ tịch UBND huyện với 25/29 đại biểu có mặt đồng ý.",
     "629_49c2ddcfe599: \"với kết quả 29/29 đại biểu có mặt đồng ý, đồng chí Vũ Ngọc Hoành ... được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông\" -> 29 agreed, not 25. g.sh '25/29|27/29' no hit; g.sh 'Điện Biên Đông' only 629."),
    # ---------------- 683: Tháng Nhân đạo 2025 Vĩnh Phúc ----------------
    ("683_975a3a7365e4", "differs",
     "Trong Tháng Nhân đạo năm 2025, Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động, hỗ trợ ít nhất 6.000 người có hoàn cảnh khó khăn.",
     "683_975a3a7365e4: \"Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn.\" -> 4.000-4.500 not 6.000. g.sh '6\\.000 người|6000 người|sáu nghìn người' -> only 500 (quà cho 6.000 người lao động, another thing). Other Tháng Nhân đạo 2025 pages (607 Quảng Ninh, 684 national) are other organisations."),
    ("683_975a3a7365e4", "supported",
     "Tháng Nhân đạo năm 2025 của Hội Chữ thập đỏ tỉnh Vĩnh Phúc có hai tuần cao điểm.",
     "683_975a3a7365e4: \"Tháng Nhân đạo sẽ diễn ra từ ngày 20/3 đến ngày 31/5/2025, với hai tuần cao điểm bắt đầu từ Ngày Chữ thập đỏ ... (08/5) đến Ngày sinh của Chủ tịch Hồ Chí Minh (19/5).\""),
    # ---------------- 714: Đại hội Đoàn TNCS HCM TP Hà Nội XVII ----------------
    ("714_18fc7812c675", "supported",
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có 435 đại biểu tham dự.",
     "714_18fc7812c675: \"Chiều 27.11, diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu.\""),
    ("714_18fc7812c675", "differs",
     "Bí thư Thành đoàn Nguyễn Tiến Hưng cho biết, trải qua 18 kỳ đại hội, Đoàn Thanh niên TP Hà Nội luôn là nơi khởi nguồn nhiều phong trào hành động cách mạng lớn.",
     "714_18fc7812c675: \"cho biết trải qua 16 kỳ đại hội, Đoàn Thanh niên TP.Hà Nội luôn tự hào là nơi khởi nguồn...\" -> 16 not 18. g.sh 'kỳ đại hội' -> other counts are other organisations (Hoàng Mai 4, Công đoàn VN 12, Đảng bộ Sóc Sơn 11)."),
    # ---------------- 815: Hội nghị Bộ Tư pháp ----------------
    ("815_4b1f243f3f97", "differs",
     "Hội nghị của Bộ Tư pháp, có Chủ tịch Công đoàn Bộ Khương Thị Thanh Huyền tham dự, quy tụ khoảng 250 đại biểu đại diện cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ.",
     "815_4b1f243f3f97: \"đồng chí Khương Thị Thanh Huyền, Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ\" -> ~400 not ~250. g.sh '250 đại biểu' -> only 1210 (Đại hội Công đoàn ngành Y tế, another event); g.sh 'Tư pháp' only 815."),
    ("815_4b1f243f3f97", "not_found",
     "Tại hội nghị năm 2024, Công đoàn Bộ Tư pháp đã khen thưởng 20 tập thể có thành tích xuất sắc.",
     "815 counts only attendees ('gần 400 đại biểu'); no commendation count. g.sh 'Tư pháp.{0,200}(tập thể|khen)' = no hit; g.sh '20 tập thể' -> 547 (Tỉnh đoàn, chiến dịch hè 2023) and 1065 (Công đoàn ngành Xây dựng Hà Nội 2015-2020): other organisations."),
    # ---------------- 842: Đại hội Hội Nông dân VN VIII ----------------
    ("842_86068b256616", "differs",
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 khai mạc sáng 26/12 với 1.200 đại biểu chính thức.",
     "842_86068b256616: \"tham dự Đại hội có 995 đại biểu chính thức\" -> 995 not 1.200. g.sh '1\\.200 đại biểu|1200 đại biểu' = no hit; other Hội Nông dân pages (985 Nghệ An 304 đại biểu, 1089 Tiền Giang, 1103 Bắc Giang) are provincial congresses."),
    ("842_86068b256616", "supported",
     "Các đại biểu dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII là đại diện cho trên mười triệu cán bộ, hội viên nông dân cả nước.",
     "842_86068b256616: \"đại diện cho ý chí, nguyện vọng và trí tuệ của hơn 10 triệu cán bộ, hội viên nông dân cả nước\". (trên mười triệu ~ hơn 10 triệu)."),
    # ---------------- 963: Công đoàn phường Thuận Giao ----------------
    ("963_df9b4f2ebd96", "supported",
     "Công đoàn phường Thuận Giao phối hợp với Ủy ban MTTQ phường trao tặng hơn 200 phần quà cho hộ nghèo và học sinh khó khăn.",
     "963_df9b4f2ebd96: \"trao tặng 210 phần quà cho các hộ nghèo, học sinh khó khăn với tổng giá trị hơn 73 triệu đồng\" (hơn 200 ~ 210)."),
    ("963_df9b4f2ebd96", "differs",
     "Ban Chấp hành Công đoàn phường Thuận Giao (TPHCM) nhiệm kỳ 2025-2030 được chỉ định gồm 21 đồng chí.",
     "963_df9b4f2ebd96: \"Đại hội đã công bố quyết định chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí.\" -> 15 not 21. g.sh '21 đồng chí' -> 237 (Hai Bà Trưng) and 239 (ngành Xây dựng Hà Nội): other organisations."),
    # ---------------- 061: BHXH Hà Nội, NQ 68 ----------------
    ("061_072ce816bda9", "differs",
     "Để triển khai Nghị quyết 68/NQ-CP, Bảo hiểm xã hội TP Hà Nội đã tổ chức tập huấn nghiệp vụ cho 70% viên chức trực tiếp làm công tác hỗ trợ.",
     "061_072ce816bda9: \"tổ chức tập huấn, hướng dẫn nghiệp vụ đối với 100% viên chức trực tiếp làm công tác này\" -> 100% not 70%. g.sh '70% (viên chức|cán bộ)' = no hit."),
    ("061_072ce816bda9", "not_found",
     "Bảo hiểm xã hội thành phố Hà Nội đã giải quyết hỗ trợ cho hơn 12.000 người lao động gặp khó khăn do Covid-19 theo Nghị quyết 68/NQ-CP.",
     "061 describes procedures and the 100% training figure but counts no beneficiaries. g.sh 'Nghị quyết (số )?68|Bảo hiểm xã hội (thành phố|TP) Hà Nội' -> only 061; g.sh 'BHXH|Bảo hiểm xã hội.{0,100}[0-9]' -> no beneficiary count; g.sh '12\\.000 người' = no hit."),
    ("629_49c2ddcfe599", "not_found",
     "Kỳ họp HĐND huyện Điện Biên Đông đã thông qua Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 với tổng vốn khoảng 1.500 tỷ đồng.",
     "629 says only \"thông qua nghị quyết về Kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030 trên địa bàn huyện Điện Biên Đông\" with no amount. g.sh 'đầu tư công|1\\.500 tỷ' -> 629 (no money), 060 ('đầu tư công phu', unrelated), 333 (teaser about Thủ đô). No capital figure anywhere."),
    ("563_c39e3be4e916", "not_found",
     "Tại buổi đối thoại với Thủ tướng Nguyễn Xuân Phúc ở Đồng Nai dịp Tháng Công nhân 2016, công nhân lao động đã gửi 350 ý kiến, kiến nghị.",
     "563 is a pre-event announcement; it counts provinces (8) but no questions/recommendations. g.sh '(Thủ tướng|Đồng Nai).{0,200}(ý kiến|kiến nghị|câu hỏi)' -> only 563 (no count) and 148 (unrelated); 003 'hơn 600 ý kiến, kiến nghị' is the Hà Nội Chủ tịch UBND dialogue (another event). g.sh '350 (câu hỏi|ý kiến)' = no hit."),
    # ---------------- not_found on pages without usable body figures ----------------
    ("024_0d6b8f191cd9", "not_found",
     "Tại hội nghị tổng kết năm học 2024-2025, Công đoàn ngành Giáo dục Hà Nội đã vinh danh 45 nhà giáo đạt giải thưởng \"Nhà giáo Hà Nội tâm huyết, sáng tạo\" lần thứ 9.",
     "024 says only \"Các “Nhà giáo Hà Nội tâm huyết, sáng tạo” được vinh danh tại Hội nghị\" (no count). g.sh 'tâm huyết, sáng tạo' -> 120 is lần thứ 6 (2022; '40 nhà giáo dự chung khảo' is a teaser, and finalists not awardees), 064 is LĐLĐ quận Đống Đa '26 giáo viên', 065 Hoàn Kiếm 2021-2022: other editions/organisations. g.sh '45 nhà giáo' = no hit."),
    ("180_1956e0636950", "not_found",
     "Trong năm 2021, Liên đoàn Lao động huyện Chương Mỹ đã thành lập mới 12 công đoàn cơ sở.",
     "180 is a phát động thi đua page with no counts. g.sh 'Chương Mỹ.{0,300}(thành lập|kết nạp)' = no hit; Chương Mỹ figures elsewhere are Mái ấm money (051: 35/30/5 triệu), storm damage (055), accident support (282) - other things. g.sh '12 công đoàn cơ sở' = no hit."),
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội Văn hóa - Thể thao năm 2019 của Công đoàn quận Long Biên có 32 đội tham dự.",
     "243 mentions \"cờ lưu niệm cho các đội tham dự Ngày hội\" but never counts the teams (its only figure, 1.400 đoàn viên, is a headline and about participants). g.sh 'Long Biên.{0,300}đội' = no hit; g.sh '32 đội' -> 1011 '32 đội hình' thanh niên tình nguyện, another thing."),
    ("632_799fddc98cfe", "not_found",
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 300.000 hội viên.",
     "632 (Báo Gia Lai, 95 năm Hội LHPN) gives no membership. g.sh 'Gia Lai' -> pages 646, 681, 745, 748, 765, 902, 974: none counts women's union members; g.sh '300\\.000 hội viên' = no hit; 621 '29.000' hội viên is Hội LHPN huyện Vạn Ninh (another place)."),
    ("826_16ccc3252ccd", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ V có 350 đại biểu tham dự.",
     "826 (Đoàn đại biểu dâng hương) gives no delegate count. g.sh 'Thi đua yêu nước.{0,300}đại biểu|đại biểu.{0,100}Thi đua yêu nước' -> no count; 868 is lần thứ IV (2015), another edition, and has no count either. g.sh '350 đại biểu' = no hit."),
    ("573_cc985cab2d28", "not_found",
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017 - 2022 đã bầu Ban Chấp hành gồm 11 ủy viên.",
     "573 states only the plan number (83/KH-LĐLĐ) and date (21/7/2017), no BCH size. g.sh 'Bệnh viện (đa khoa|ĐKT?) ?(tỉnh )?Vĩnh Phúc' -> only 573 headline; g.sh '11 (ủy viên|đồng chí)' -> 348 (Đảng bộ Sóc Sơn BTV), 593, 808, 887: other bodies."),
    ("582_c46f8fc698a7", "not_found",
     "Liên đoàn Lao động tỉnh An Giang hiện có hơn 100.000 đoàn viên công đoàn.",
     "582 is about the Bí thư Đảng đoàn appointment, no membership. g.sh 'An Giang.{0,200}đoàn viên' -> 665 counts NEW members 'kết nạp mới 5.124/8.000 đoàn viên' in 2022 (another counted noun: newly admitted, not total). g.sh '100\\.000 đoàn viên' = no hit."),
    ("351_19b0cae29087", "not_found",
     "Nhiệm kỳ 2018-2023, Tổng Liên đoàn Lao động Việt Nam đã tham gia góp ý xây dựng 150 dự án luật liên quan đến người lao động.",
     "351 describes the law-making participation qualitatively (only number is Nghị quyết 02-NQ/TW). g.sh 'dự án luật|góp ý.{0,60}[0-9]+ (dự án|văn bản)' = no hit; g.sh '150 dự án' = no hit."),
]

def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    for r in rows:
        for x in r:
            assert "\t" not in x and "\n" not in x, x
    with open("/work/unseen77/claims.tsv", "w", newline="", encoding="utf-8") as f:
        # fields hold no tab/newline; write them unquoted so quotes stay literal
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows), len({r[0] for r in rows}), "pages")
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per

if __name__ == "__main__":
    main()
