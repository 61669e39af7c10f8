#!/usr/bin/env python3
"""Build claims.tsv for blind testing of `ldtd check` (unseen147).
Plain Python: csv + unicodedata only. Output is NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("041_bf2f2fd819b8", S,
     "Trong Tháng Công nhân năm 2022, Liên đoàn Lao động thành phố Hà Nội đã tuyên dương một trăm “Công nhân giỏi Thủ đô”.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (body, 2022). một trăm = 100."),
    ("049_e73d5fdb77f6", S,
     "Đoàn viên Nguyễn Thị Giản Hải (Công đoàn Trường Mầm non Bắc Phú, Sóc Sơn) được LĐLĐ TP Hà Nội hỗ trợ 40 triệu đồng để xây dựng “Mái ấm Công đoàn”.",
     "049: 'hỗ trợ đoàn viên Nguyễn Thị Giản Hải - Công đoàn Trường Mầm non Bắc Phú 40 triệu đồng để xây dựng “Mái ấm Công đoàn”'."),
    ("059_9aee6bcb3e82", S,
     "Sau một tháng hưởng ứng chương trình “Tặng áo dài - Trao yêu thương”, Liên đoàn Lao động quận Long Biên đã nhận được gần 1,5 nghìn bộ áo dài do các công đoàn cơ sở gửi tặng.",
     "059: 'LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình' (2023). gần 1,5 nghìn = gần 1.500."),
    ("1186_963a0c8c187d", S,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025 - 2030 có 218 đại biểu tham dự.",
     "1186: '218 đại biểu đại diện cho 22.514 đoàn viên' at the 5th congress (28/11/2025). Note 1187 (3rd congress, 2018) has 'Gần 220 đại biểu' – another edition."),
    ("265_98024dc6bc76", S,
     "LĐLĐ Thành phố Hà Nội đặt chỉ tiêu 100% cán bộ, đoàn viên, công nhân viên chức lao động Thủ đô được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”.",
     "265: 'LĐLĐ Thành phố đề ra chỉ tiêu 100% cán bộ, đoàn viên, CNVCLĐ được tuyên truyền về phong trào thi đua “Sáng - Xanh - Sạch - Đẹp”' (2025)."),
    ("282_cf806c00183e", S,
     "Trong vụ sập giàn giáo tại số 16 Nguyễn Công Trứ, LĐLĐ huyện Chương Mỹ đã trao hỗ trợ mỗi nạn nhân một triệu đồng.",
     "282: 'Liên đoàn Lao động huyện Chương Mỹ cũng trao hỗ trợ cho mỗi nạn nhân số tiền 1.000.000 đồng' (4/8/2020)."),
    ("497_902490bd9259", S,
     "Tại lễ tiếp nhận ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã nhận 564 triệu đồng ủng hộ Quỹ “Vì người nghèo” từ các cơ quan, đơn vị, doanh nghiệp, trường học.",
     "497: 'Tại buổi lễ, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội đã tiếp nhận 564 triệu đồng từ 19 cơ quan, đơn vị, doanh nghiệp, trường học'."),
    ("517_afee7999e666", S,
     "Sau hơn 140 ngày triển khai Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam, công nhân viên chức lao động cả nước đã có gần 700 nghìn sáng kiến.",
     "517: 'đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến' (15/07/2022, 'Trong hơn 140 ngày thực hiện'). gần 700 nghìn ~ 696.948."),
    ("550_47914fdae7e5", S,
     "Chiến dịch Thanh niên tình nguyện hè 2023 do Trung ương Đoàn phát động đặt chỉ tiêu trồng mới ít nhất sáu triệu cây xanh.",
     "550: 'trồng mới ít nhất 6 triệu cây xanh' among 'Một số chỉ tiêu Trung ương Đoàn đặt ra' for TNTN hè 2023."),
    ("686_f487be2c2a94", S,
     "Hơn 1.700 công nhân Công ty TNHH May mặc Triple Việt Nam ở Củ Chi đã tham gia chương trình “Vui xuân Giáp Thìn - Đón Tết đoàn viên”.",
     "686: 'Tối 13-1, hơn 1.700 công nhân đã hào hứng tham gia chương trình “Vui xuân Giáp Thìn - Đón Tết đoàn viên” do Công đoàn Công ty TNHH May mặc Triple Việt Nam (huyện Củ Chi, TP HCM) tổ chức'."),
    ("777_a4af8b647861", S,
     "Tại lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn, Hội Liên hiệp Thanh niên và Hội Đồng Đội tỉnh đã trao tặng 30 suất quà cho thiếu nhi, cựu thanh niên xung phong và thanh niên có hoàn cảnh khó khăn.",
     "777: 'Tỉnh đoàn, Hội Liên hiệp Thanh niên tỉnh, Hội Đồng Đội tỉnh đã trao tặng ... 30 suất quà (700 nghìn đồng/suất) cho thiếu nhi, cựu Thanh niên xung phong và thanh niên dân tộc thiểu số, thanh niên công nhân có hoàn cảnh khó khăn'. (Province not named on the page.)"),
    ("799_e6ea998f034b", S,
     "Trong Tháng Thanh niên 2023, các cơ sở Đoàn cả nước thực hiện các công trình thanh niên với tổng trị giá hơn 300 tỷ đồng.",
     "799: 'các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng'. hơn 300 tỷ ~ hơn 302 tỷ."),
    ("927_dd7e9c379454", S,
     "Đợt 7-11-2025, Đảng bộ phường Phú Thọ (TPHCM) có ba đảng viên được trao Huy hiệu 50 năm tuổi Đảng.",
     "927: 'Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng, trong đó: ... Huy hiệu 50 năm tuổi Đảng có 3 đồng chí'. (934, phường Tân Phú, has 2 for 50 năm – another ward.)"),

    # ---------------- differs ----------------
    ("049_e73d5fdb77f6", D,
     "Ngày 6/5/2025, LĐLĐ thành phố Hà Nội trao kinh phí xây dựng, sửa chữa “Mái ấm Công đoàn” cho năm đoàn viên huyện Sóc Sơn.",
     "049: 'trao hỗ trợ kinh phí xây dựng, sửa chữa “Mái ấm Công đoàn” cho 3 đoàn viên huyện Sóc Sơn' (title: 'hỗ trợ 3 “Mái ấm Công đoàn”'). Claim 5 ≠ 3. g.sh 'Mái ấm Công đoàn.{0,80}(5|năm) đoàn viên|Sóc Sơn.{0,60}Mái ấm' and '(năm|5) đoàn viên.{0,40}Sóc Sơn' find no 5."),
    ("056_a526173c1abe", D,
     "Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 đã tôn vinh 15 cán bộ công đoàn tiêu biểu.",
     "056: 'công nhận và tôn vinh 10 đồng chí cán bộ công đoàn tiêu biểu'; 291 agrees: '10 cán bộ Công đoàn tiêu biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022'. Claim 15 ≠ 10. g.sh '(15|mười lăm) cán bộ' only hits 233 (1.415 cán bộ giáo viên, unrelated)."),
    ("111_2eca64cbf378", D,
     "Vụ đứt cáp vận thăng ngày 18/6/2024 tại công trình Trường mầm non Đông Yên B (Quốc Oai, Hà Nội) đã làm 5 công nhân tử vong.",
     "111: 'Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'; 294 agrees: 'khiến 3 người tử vong, 7 người bị thương'. Claim 5 ≠ 3. g.sh '(5|năm) người tử vong' no hit."),
    ("112_a56b33b2aa7d", D,
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng chiều 8/9/2018 đã khiến bốn người thiệt mạng.",
     "112: 'một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương'. Claim 4 ≠ 2. g.sh '(4|bốn) người thiệt mạng' no hit; 'Đan Phượng.{0,100}(thiệt mạng|tử vong|chết)|Hồng Hà' only 112 for the accident."),
    ("144_bc4e63c5ba65", D,
     "LĐLĐ thành phố Hà Nội đã trao 32 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh'. Claim 32 ≠ 23. g.sh 'Trần Thị Thịnh|32 triệu' only 144 (23 triệu)."),
    ("161_e0c324a85eb1", D,
     "Tính đến ngày 29/1/2024, các cấp công đoàn cả nước đã tổ chức hơn 16.000 chương trình “Tết Sum vầy - Xuân chia sẻ”.",
     "161: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”' (title: 'Hơn 14.600 chương trình'). Claim >16.000 ≠ 14.664. g.sh '16\\.000|16 nghìn' hits only 155 (16.000 tỷ TNLĐ) and 216.000 đoàn viên – unrelated; 'Sum vầy.{0,150}(chương trình|tỷ đồng)' gives no other count of programmes."),
    ("172_6e096ef27768", D,
     "Từ đầu năm 2018 đến hết năm 2022, Liên đoàn Lao động thành phố Vinh (Nghệ An) giảm 1.640 đoàn viên.",
     "172: 'LĐLĐ thành phố Vinh giảm 1.064 đoàn viên' (từ đầu năm 2018 đến ngày 31/12/2022). Claim 1.640 ≠ 1.064. g.sh 'Vinh giảm|1\\.064|1\\.640' only 172 with 1.064."),
    ("242_5bc709367c4a", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, diễn ra từ 23 đến 25/4/2018, có gần 700 đại biểu tham dự.",
     "242: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu'; 092 (preview): 'sẽ diễn ra với sự tham gia của 550 đại biểu chính thức'. Claim ~700 ≠ 546/550. g.sh '700 đại biểu' no hit. (288: XVIII congress 548 – another edition.)"),
    ("282_cf806c00183e", D,
     "Liên đoàn Lao động thành phố Hà Nội đã hỗ trợ mỗi nạn nhân vụ sập giàn giáo tại số 16 Nguyễn Công Trứ 5 triệu đồng từ Quỹ Xã hội.",
     "282: 'đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố'. Claim 5 triệu ≠ 3 triệu. g.sh '5\\.000\\.000 đồng|5 triệu đồng.{0,40}nạn nhân' hits 474/668/1129 only (other gifts)."),
    ("343_5b2e15f18b4a", D,
     "Câu lạc bộ Tiếng Anh do học sinh Nguyễn Thị Anh Thơ lập ra ở Trường THPT Sóc Sơn có 120 thành viên.",
     "343: 'Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên'. Claim 120 ≠ 87. g.sh 'Anh Thơ|Câu lạc bộ Tiếng Anh|120 thành viên' only 343 (87). (The 'hơn 100 bạn' on 343 is Ngọc Linh's volunteer club at THPT Xuân Giang – another club.)"),
    ("392_56541455e9b1", D,
     "Chiến dịch Thanh niên tình nguyện hè năm 2022 của Thành đoàn Hà Nội triển khai 15 đội hình chuyên cấp thành phố.",
     "392: 'triển khai 9 đội hình chuyên cấp thành phố' (ra quân 3/6/2022). Claim 15 ≠ 9. g.sh '15 đội hình|mười lăm đội hình' no hit. (318 has '12 đội hình chuyên' for 2015 – another year.)"),
    ("506_cfde95568cf6", D,
     "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và TP Hồ Chí Minh đã vận động được trên 80 tỷ đồng.",
     "506: 'Qua 4 năm triển khai ... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng'. Claim 80 ≠ 50. g.sh '80 tỷ' no hit; other Tháng Nhân đạo pages (404-407, 460, 461, 606) count other years/organisations."),
    ("571_2651997a46fd", D,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 có khoảng 450 đại biểu chính thức tham dự.",
     "571: 'cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên'; 742 same ('300 đại biểu chính thức'). Claim ~450 ≠ 300. g.sh '450 đại biểu' no hit. (741: XVII congress 2023, 345 đại biểu – another edition.)"),
    ("706_3b59f272cb92", D,
     "Đại hội Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 đặt mục tiêu bồi dưỡng, giới thiệu 6.000 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706: 'Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp'. Claim 6.000 ≠ 4.000. g.sh 'đoàn viên ưu tú' other hits 733/798/1012/1168 are other organisations; '6\\.000 đoàn viên' hits 666/721 (other provinces/meanings)."),
    ("988_b4a1c9239923", D,
     "Chương trình “Tết Yêu thương” của LĐLĐ huyện Phú Lộc thu hút 60 đội đến từ các công đoàn cơ sở và Hội Liên hiệp Phụ nữ các xã, thị trấn.",
     "988: 'Chương trình Tết Yêu thương diễn ra trong 1 ngày, với 48 đội đến từ các CĐCS và Hội LHPN các xã, thị trấn'. Claim 60 ≠ 48. g.sh '60 đội' only 114 (460 đội tiêm) unrelated; 'Phú Lộc|Tết Yêu thương' only 988 and 925 (Hội LHPN TW, another programme)."),
    ("991_a7a6bf1c6c7c", D,
     "Trong 6 tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã vận động CNVC-LĐ đóng góp hơn 1,6 tỷ đồng ủng hộ phòng, chống dịch Covid-19 và hỗ trợ đồng bào bị hạn hán, xâm nhập mặn.",
     "991: 'CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19, hỗ trợ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn'. Claim >1,6 tỷ ≠ 860 triệu. g.sh '1,6 tỷ|1\\.600 triệu' no hit; '860 triệu' only 991."),

    # ---------------- not_found ----------------
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 180 đại biểu chính thức tham dự.",
     "013 is a photo report with no delegate count; g.sh 'Tây Hồ' (hits 000, 002, 013, 233) – none counts delegates of the Tây Hồ congress. g.sh '180 đại biểu' no hit."),
    ("056_a526173c1abe", N,
     "Giải thưởng Nguyễn Văn Linh lần thứ II đã tôn vinh 10 cán bộ công đoàn tiêu biểu.",
     "Another edition: 056 and 291 count only the 3rd award (2022: 10 cán bộ); 056 merely says 'Sau thành công của 2 lần tôn vinh trước' with no count. g.sh 'Nguyễn Văn Linh' (002, 056, 291) – no count for lần thứ II / lần thứ nhất."),
    ("172_6e096ef27768", N,
     "Từ năm 2018 đến năm 2022, LĐLĐ huyện Nghi Lộc (Nghệ An) giảm 420 đoàn viên.",
     "172 lists decreases only for GTVT 1.446, NN&PTNT 1.380, TP Vinh 1.064, Xây dựng 816, Công Thương 589, Tương Dương 351, Hưng Nguyên 330. g.sh 'Nghi Lộc|Quỳnh Lưu|Diễn Châu' no hit; '420 đoàn viên' no hit."),
    ("242_5bc709367c4a", N,
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI đã bầu Ban Chấp hành LĐLĐ Thành phố khóa XVI gồm 45 ủy viên.",
     "242/092 count delegates (546/550) not BCH members. g.sh '(Ban Chấp hành|BCH).{0,60}(Thành phố|TP|thành phố).{0,40}(XVI|2018 ?- ?2023).{0,100}(gồm|có) [0-9]+' no hit; 'Ban Chấp hành.{0,80}(khóa|khoá) XVI' hits 003/037/153/300 (by-elections, meetings, no size) and 103 (Đảng bộ HN khóa XVI 74 đồng chí – Party, not Công đoàn); '45 ủy viên' no hit."),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015 - 2020 có 250 đại biểu tham dự.",
     "430 gives no delegate count. g.sh 'Q\\.2|Quận 2|quận 2' hits only 430 and 1048 (LĐLĐ Thủ Đức merger, BCH 53 người – another organisation). '250 đại biểu' only 1210 (Công đoàn Y tế VN)."),
    ("493_b4e13aabbfd4", N,
     "Tỷ lệ thất nghiệp trong độ tuổi lao động của cả nước quý II năm 2022 là 2,32%.",
     "493 only says 'Tỷ lệ thất nghiệp và thiếu việc làm trong độ tuổi lao động đều giảm' – no value (page stops at lực lượng lao động 51,6 triệu). g.sh 'thất nghiệp' hits 151 (Hà Nội target 2021: dưới 4%/3%), 295, 1029 – none for quý II/2022; '2,32' no hit."),
    ("571_2651997a46fd", N,
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành gồm 41 ủy viên.",
     "571/742 count delegates (300), đoàn viên (216.000), CĐCS before merger (3.382) – not BCH size; 571 says the chair was 'chỉ định'. g.sh 'Đà Nẵng' (454, 491, 543, 570, 571, 727, 741, 742, 799, 1169) – no BCH count; 741 has no 'gồm/bầu' count; '41 ủy viên' no hit."),
    ("664_ee315818b222", N,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "664 says it will 'bầu ra Ban Chấp hành Công đoàn khoá mới' but gives no size (only '41 công đoàn viên' attending). g.sh 'Chất lượng Giáo dục|Viện khoa học giáo dục' only 664. 'gồm 5 đồng chí' hits 302 (Trường Mầm non Hoa Trạng Nguyên) and 593 (Ban Thẩm tra) – other organisations."),
    ("707_bf24a681f98e", N,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành LĐLĐ tỉnh gồm 35 ủy viên.",
     "707 (opening session) counts only '230 đại biểu chính thức'. g.sh 'Lào Cai' hits 670, 707, 727, 1129, 1144 – no BCH count; '35 ủy viên' no hit ('35 đồng chí' only 348, Đảng bộ Sóc Sơn)."),
    ("765_7c01839cdb34", N,
     "Năm 2020, Liên đoàn Lao động tỉnh Gia Lai đã phát triển mới 1.800 đoàn viên công đoàn.",
     "765 counts '24/24 chỉ tiêu' and quà 'gần 3 tỷ đồng' only. g.sh 'Gia Lai' (646, 681, 745, 748, 765, 902, 974) – no new-member count; 'phát triển (mới )?[0-9.]+ đoàn viên' hits 217, 666, 718, 933, 968 – other provinces/units; '1\\.800 đoàn viên' only 1182 (CĐ Y tế, other meaning)."),
    ("803_697f32d60bca", N,
     "Đợt 7/11/2023, Quận ủy Hai Bà Trưng đã trao Huy hiệu 50 năm tuổi Đảng cho 120 đảng viên.",
     "803 breaks down only 75 năm (6) and 70 năm (1) badges (total 284 in the title). g.sh 'Hai Bà Trưng.{0,150}Huy hiệu|Huy hiệu.{0,150}Hai Bà Trưng' only 803; 'Huy hiệu.{0,30}(50|40|30) năm tuổi Đảng' hits 927, 928, 934 – other wards; '120 đảng viên' no hit."),
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
    print(len(rows), dict(c))


if __name__ == "__main__":
    main()
