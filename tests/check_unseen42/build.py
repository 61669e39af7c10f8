#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("048_7da6b798d214", S,
     "Căn “Mái ấm Công đoàn” LĐLĐ huyện Hoài Đức trao cho đoàn viên Đào Bích Hà (Quỹ tín dụng La Phù) có tổng trị giá 25 triệu đồng.",
     "048: 'bàn giao “Mái ấm Công đoàn” cho đoàn viên Đào Bích Hà ... với số tiền trị giá 25 triệu đồng, trong đó LĐLĐ thành phố hỗ trợ sửa chữa 20 triệu đồng, LĐLĐ huyện Hoài Đức hỗ trợ 5 triệu đồng'."),
    ("242_5bc709367c4a", S,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, diễn ra từ 23 đến 25/4/2018, quy tụ 546 đại biểu.",
     "242: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu'. (288 gives 548 for the XVIII congress 2025 — another edition.)"),
    ("111_2eca64cbf378", S,
     "Vụ đứt cáp vận thăng tối 18/6/2024 ở công trình Trường mầm non Đông Yên B (Quốc Oai) khiến ba công nhân tử vong tại chỗ.",
     "111: 'Vụ tai nạn nghiêm trọng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai...) ... khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'; 294 agrees: 'khiến 3 người tử vong, 7 người bị thương'."),
    ("1129_6f068af9295a", S,
     "Trong Tháng công nhân 2016, Ban Thường vụ Công đoàn EVN NPC đã đến thăm và tặng quà cho sáu đơn vị điện lực.",
     "1129: 'đến thăm và tặng quà cho 6 đơn vị: Điện lực Hòa An và Điện lực Thành phố Cao Bằng, Điện lực Phổ Yên ..., Điện lực Kim Bôi ..., Điện lực Bảo Thắng ... và Điện lực Đông Sơn ..., mỗi suất quà trị giá 5.000.000 đồng/đơn vị'."),
    ("461_41a4f3622d80", S,
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ TPHCM đăng ký hỗ trợ hơn 44 nghìn trường hợp cần trợ giúp.",
     "461: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu và 44.500 trường hợp cần trợ giúp' (hơn 44 nghìn ~ 44.500)."),
    ("470_5bd73e63f016", S,
     "Thành đoàn TP Hồ Chí Minh kỳ vọng mùa hè tình nguyện 2023 thu hút khoảng 700 nghìn lượt thanh niên và người dân tham gia.",
     "470: 'Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia'."),
    ("497_902490bd9259", S,
     "Đến ngày 1/11/2019, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã nhận được hơn 7.800 triệu đồng ủng hộ Quỹ “Vì người nghèo” và chương trình an sinh xã hội.",
     "497: 'tính đến ngày 1/11, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố đã tiếp nhận được hơn 7,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo” thành phố và ủng hộ chương trình an sinh xã hội' (7.800 triệu = 7,8 tỷ)."),
    ("517_afee7999e666", S,
     "Chương trình “1 triệu sáng kiến” do Đoàn Chủ tịch Tổng LĐLĐ Việt Nam phát động đã đạt 232,3% chỉ tiêu kế hoạch.",
     "517: 'Chương trình “1 triệu sáng kiến – ...” của Đoàn Chủ tịch Tổng LĐLĐVN ... đạt 232,3% chỉ tiêu kế hoạch đề ra với 696.948 sáng kiến'."),
    ("585_b22d53f788ab", S,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII (nhiệm kỳ 2023-2028) có ba mươi hai đại biểu chính thức.",
     "585: 'Cùng với 32 đại biểu chính thức là công đoàn viên xã Bình Hòa Phước' (ba mươi hai = 32)."),
    ("607_86387ec7de47", S,
     "Qua các đợt Tháng nhân đạo, Hội Chữ thập đỏ tỉnh Quảng Ninh đã trợ giúp hơn 51 nghìn lượt người có hoàn cảnh khó khăn.",
     "607: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người có hoàn cảnh khó khăn'."),
    ("713_880c4651b9b8", S,
     "Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029, có 363 đại biểu chính thức tham dự.",
     "713: 'Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 ... với sự tham dự của 363 đại biểu chính thức'."),
    ("765_7c01839cdb34", S,
     "Năm 2020, các công đoàn cơ sở ở Gia Lai chăm lo cho đoàn viên, người lao động dịp lễ, Tết và dịch Covid-19 với tổng giá trị quà, hiện vật và tiền gần 3.000 triệu đồng.",
     "765: 'Nhiều Công đoàn cơ sở đã tích cực chăm lo lợi ích thiết thực cho đoàn viên, người lao động nhân dịp lễ, Tết, đại dịch Covid-19 vừa qua với tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng' (năm 2020, LĐLĐ tỉnh Gia Lai)."),
    ("964_0f6571f76771", S,
     "Công đoàn phường An Hội Tây (TP HCM) hiện có hơn 5,6 nghìn đoàn viên.",
     "964: 'Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên'."),

    # ---------------- differs ----------------
    ("050_d054ada0f9d5", D,
     "Căn nhà của đoàn viên Mai Thị Lương (Trường Mầm non Cổ Đô, Ba Vì) được sửa chữa với tổng trị giá khoảng 150 triệu đồng.",
     "050: 'Căn nhà có tổng diện tích 80m², trị giá trên 118 triệu đồng, trong đó có 30 triệu đồng từ Quỹ hỗ trợ \"Mái ấm Công đoàn\"'. 150 is not within rounding of 'trên 118'. grep '150 triệu' only hits 357 (150 triệu hỗ trợ 300 đoàn viên, another thing)."),
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” của Công đoàn Trường Mầm non Việt Triều Hữu nghị đã quyên góp gần 80 triệu đồng để động viên giáo viên, nhân viên hợp đồng.",
     "062: 'phong trào đã nhận được sự đoàn kết, nhất trí của tập thể đội ngũ biên chế với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường'. grep '80 triệu': 124, 154, 922 only (other things)."),
    ("1082_e82300ed47f5", D,
     "Lễ khai mạc Hội thi ATVSLĐ, phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 (năm 2020) có khoảng 800 công nhân, viên chức, lao động tham dự.",
     "1082: 'Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)'. grep '800 (công nhân|CNVCLĐ|người)': no hit."),
    ("1129_6f068af9295a", D,
     "Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 42 người lao động gặp khó khăn tại các công ty điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa.",
     "1129: 'Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa'. grep '42 (cá nhân|người)': only '142 người chết' in 112 (another thing)."),
    ("1223_f9c0b07867bb", D,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” ở KCN Đông Xuyên, LĐLĐ TPHCM trao hai trăm suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223: 'ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn'. grep '200 suất quà': 519 (Đoàn plan) and 542 (thị xã Hoàng Mai) — other events."),
    ("275_a87c110f79e1", D,
     "Liên đoàn Lao động TP Hà Nội ủng hộ 250 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam để giúp nhân dân vùng bão lũ năm 2024.",
     "275: 'LĐLĐ thành phố Hà Nội cũng ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam' (plus 100 triệu qua MTTQ; even the 200 total is not 250). grep '250 triệu': no hit."),
    ("343_5b2e15f18b4a", D,
     "Câu lạc bộ Tiếng Anh do Nguyễn Thị Anh Thơ lập ra ở Trường THPT Sóc Sơn có 120 thành viên.",
     "343: 'Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên'. grep '120 thành viên': no hit ('hơn 100 bạn' is Ngọc Linh's CLB tình nguyện at THPT Xuân Giang, another thing)."),
    ("542_2bc2120ebb1a", D,
     "Chương trình “Tết sum vầy - Xuân bình an” năm 2022 ở thị xã Hoàng Mai đã trao tổng cộng 350 suất quà cho công nhân lao động khó khăn.",
     "542: 'đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng ... Trong đó, LĐLĐ thị xã Hoàng Mai tặng 75 suất quà; LĐLĐ tỉnh tặng 200 suất quà ...; Công đoàn Khu kinh tế Đông Nam tặng 10 suất quà'. grep '350 suất': no hit."),
    ("551_de5cd76ae6d9", D,
     "Nhân Lễ phát động Tháng hành động ATVSLĐ và Tháng Công nhân năm 2024 của Hà Nội, 500 công nhân lao động được khám sức khỏe miễn phí.",
     "551 body: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí' (the caption run-on 'ảnh 1200 công nhân' is 'ảnh 1' + '200'). 500 differs from both. grep '500 công nhân': 003 (56.500 CNLĐ), 057 (gần 500 CNLĐ Long Biên về quê) — other things."),
    ("595_5935e954d4b4", D,
     "Theo LĐLĐ tỉnh Bình Dương, lao động từ tỉnh khác chiếm khoảng 70% tổng số người lao động trong tỉnh.",
     "595: 'toàn tỉnh hiện có trên 1 triệu người lao động, trong đó lao động ngoài tỉnh chiếm khoảng 85%'. grep '70%': 795, 1147 (giảm giá 70%) only."),
    ("609_dfc9aa12900d", D,
     "Tại lễ ra quân năm 2024, Thành đoàn Hà Nội ra mắt 7 đội hình tình nguyện cấp thành phố trong chiến dịch “Kỳ nghỉ hồng”.",
     "609: 'Thành đoàn Hà Nội ra mắt 5 đội hình tình nguyện cấp thành phố trong chiến dịch \"Kỳ nghỉ hồng\"' (and 5 in 'Hành quân xanh'). grep '7 đội hình|bảy đội hình': no hit."),
    ("663_7f8b34f12daf", D,
     "Tại hội nghị tổng kết năm 2020, Liên đoàn Lao động huyện Chợ Mới tặng giấy khen cho 15 cá nhân có thành tích xuất sắc.",
     "663: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; 3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen'. grep '15 cá nhân': 118, 502, 1065 — other organisations."),
    ("714_18fc7812c675", D,
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII (2025-2030) có 500 đại biểu tham dự.",
     "714: 'phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu'. grep '500 đại biểu': no hit."),
    ("749_cd48852c43bc", D,
     "Đêm giao thừa, Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai trao 180 phần quà cho đoàn viên, người lao động đang trực tại các đơn vị.",
     "749: 'bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà cho đoàn viên, người lao động trực giao thừa'. grep '180 phần quà': only 1001 (Công đoàn ngành Giáo dục, Trung thu)."),
    ("762_03509ce53e76", D,
     "Tại Ngày hội công nhân năm 2023 ở KCN Đại Đồng - Hoàn Sơn, ban tổ chức phát 4.500 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762: 'Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn'. grep '4.500 phiếu|4500 phiếu': no hit."),
    ("802_331723d186da", D,
     "Trong đợt trao Huy hiệu Đảng dịp 19/5 này, quận Hoàn Kiếm có 250 đảng viên được nhận huy hiệu.",
     "802: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng'. grep '250 đảng viên': no hit (803 Hai Bà Trưng 284, 804 Hà Đông 440 — other districts)."),
    ("987_092194c9d403", D,
     "Tại chương trình “Tết sum vầy” 2020, LĐLĐ huyện Hướng Hóa trao 120 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh đặc biệt khó khăn.",
     "987: 'LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn'. grep '120 suất': no hit."),

    # ---------------- not_found ----------------
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023, có 250 đại biểu chính thức về dự.",
     "009 gives no delegate count. greps 'Y tế.{0,200}[0-9]+ đại biểu' and 'ngành Y tế Hà Nội.{0,150}(đại biểu|ủy viên)': only 630 (196 đại biểu, another province's sector congress), 810 (34 đại biểu ngành Y tế dự Đại hội XIII CĐVN), 1210 ('250 đại biểu ... Đại hội Công đoàn Y tế Việt Nam' 2023 — national union, another organisation/edition), 1211 (Y tế Thanh Hóa 176)."),
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028, có 200 đại biểu chính thức tham dự.",
     "031 gives no delegate count. grep 'Công (thương|Thương).{0,80}(XII|2023 - 2028)': only 031 and 662 (CĐCS Sở Công Thương Sóc Trăng). The nearby figure is 132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức' — the previous edition (XI), not XII."),
    ("148_8ca3abe46cd0", N,
     "Lễ phát động Tháng Công nhân, Tháng hành động về ATVSLĐ năm 2023 của tỉnh Tiền Giang có 600 công nhân, viên chức, lao động tham dự.",
     "148 gives no attendance figure (only 'lần thứ 23', 'năm thứ 12', 'năm thứ 7'). grep 'Tiền Giang': the 600 CNVCLĐ is in 1082, the 2020 edition (Hội thi lần thứ 20, 26-5-2020) — another edition. grep 'lần thứ 23|Tháng Công nhân 2023': 148 and 149 (Hà Nội/TLĐ launch, no Tiền Giang count)."),
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 tôn vinh 300 chủ tịch Hội cơ sở.",
     "402 gives dates (17-19/10/2023) but no number honoured. grep 'Chủ tịch Hội.{0,40}cơ sở' and '300 (Chủ tịch|chủ tịch)': 401 (Hội LHPN Hà Nội's own city-level biểu dương, no count) and 402 only."),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Q.2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020, có 250 đại biểu dự.",
     "430 only says 'Đại hội đại biểu lần thứ 5 nhiệm kỳ 2015 - 2020' and Nguyễn Văn Hiếu tái cử. grep 'Q[.]2|quận 2' and 'Nguyễn Văn Hiếu|Đại hội đại biểu lần thứ 5': 430 and 1048 (LĐLĐ Thủ Đức merger, no delegates). grep '250 đại biểu': only 1210 (Công đoàn Y tế Việt Nam)."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2020-2025, có 550 đại biểu tham dự.",
     "845 gives only dates (11-13/10/2020). Nearby figure: 812 '... Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... sự có mặt của 550 đại biểu' — the next edition (XVIII). Other XVII hits (001 corpus, 004 corpus, 203, 236, 307, 693, 805) only name the congress."),
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội LHPN TP Hà Nội khai mạc ngày 8/3/2023 tại Đan Phượng có 24 đội tham gia.",
     "1107 names the tournament but counts no teams. grep 'bóng chuyền hơi': 1107 and 1193 (Công đoàn NHCSXH games); grep '[0-9]+ đội (tham gia|tham dự|thi đấu)': 046 (18 đội, bóng đá LĐTĐ), 118 (37 đội, Y tế hội thi), 1081 (19 đội) — other events."),
    ("319_7f30ae237edf", N,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an TP Hà Nội huy động 5.000 cán bộ, chiến sĩ ra quân.",
     "319 counts '7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể' and Kế hoạch số 416, not officers. grep '[0-9.]+ (cán bộ, chiến sĩ|chiến sĩ)': 830 (35.000 chiến sĩ Xuân tình nguyện), 998 (463 chiến sĩ tình nguyện) — other things."),
    ("063_f7a849d3bef7", N,
     "LĐLĐ quận Hoàng Mai hiện quản lý hơn 400 công đoàn cơ sở.",
     "063 says only 'đã trải qua 4 kỳ đại hội' (plus teaser headline '73 Gia đình CNVCLĐ tiêu biểu'). grep 'Hoàng Mai.{0,200}(công đoàn cơ sở|CĐCS|đoàn viên)' and all 'quận Hoàng Mai' pages (044, 1106, 210, 232, 252, 275, 324, 328, 451, corpus 003): no count of its CĐCS or đoàn viên; '400 (công đoàn cơ sở|CĐCS)': no hit."),
    ("222_aeef1b06b8dc", N,
     "Sáu tháng đầu năm 2018, Công đoàn ngành Y tế Hà Nội kết nạp 1.200 đoàn viên mới.",
     "222 only has anniversaries (88 năm, 63 năm) and teaser '83 gia đình tiêu biểu'. grep 'Y tế.{0,200}kết nạp|kết nạp.{0,100}Y tế' and '1.200 đoàn viên': no hit."),
    ("783_ef3db5842d22", N,
     "Cụm thi đua số 3 LĐLĐ thành phố Hà Nội năm 2019 có tổng cộng 450 công đoàn cơ sở.",
     "783 counts the member districts ('LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây') and cites Hướng dẫn số 39, not CĐCS. grep 'Cụm thi đua số 3': 783 and corpus 003 (2023 teaser, no count); 'Cụm.{0,60}(công đoàn cơ sở|CĐCS)': no hit."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ").replace('"', "'") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
