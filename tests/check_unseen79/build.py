#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the ldtd check blind test, set unseen79."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("055_96b8b5707383", S,
     "Theo LĐLĐ huyện Chương Mỹ, cơn bão số 3 đã khiến hơn 22 nghìn nhân khẩu trên địa bàn huyện bị ảnh hưởng.",
     "055_96b8b5707383: 'trên địa bàn huyện có ... 4.885 hộ dân bị ảnh hưởng; có 22.161 nhân khẩu bị ảnh hưởng' (Chủ tịch LĐLĐ huyện Chương Mỹ). hơn 22 nghìn ~ 22.161."),
    ("1262_0d7b4435464f", S,
     "Công đoàn viên Trường mầm non Dương Xá (Gia Lâm) đã góp bảy mươi lăm thùng mì ủng hộ nhân dân vùng lũ sau bão Yagi.",
     "1262_0d7b4435464f: 'các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng' (Công đoàn trường mầm non Dương Xá, bão số 3 YAGI). Spelled-out 75."),
    ("142_728187c82f8a", S,
     "Trong đợt khám sức khỏe miễn phí của LĐLĐ quận Bắc Từ Liêm, đoàn viên, người lao động được xét nghiệm sinh hóa phân tích máu mười tám chỉ số.",
     "142_728187c82f8a body: 'xét nghiệm, sinh hoá (phân tích máu 18 chỉ số và tổng phân tích nước tiểu)'. Spelled-out 18. (The headcount 862 is only in the title, so not used.)"),
    ("151_77cc7b6288de", S,
     "Trong sáu tháng đầu năm 2021, thành phố Hà Nội đã cho vay gần 1.300 tỷ đồng để giải quyết việc làm.",
     "151_77cc7b6288de: 'Tổng số tiền thành phố cho vay để giải quyết việc làm trong 6 tháng đầu năm là 1.282 tỷ đồng.' gần 1.300 tỷ ~ 1.282 tỷ."),
    ("237_e9e86887473f", S,
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028 có hai trăm đại biểu chính thức về dự.",
     "237_e9e86887473f: 'về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận' (Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX). Spelled-out 200."),
    ("275_a87c110f79e1", S,
     "LĐLĐ TP Hà Nội đã ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng Liên đoàn để giúp vùng bị bão lũ tháng 9/2024.",
     "275_a87c110f79e1 (11/09/2024): 'LĐLĐ thành phố Hà Nội cũng ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam.'"),
    ("343_5b2e15f18b4a", S,
     "Học sinh Nguyễn Thị Anh Thơ (THPT Sóc Sơn) là người lập ra và làm Chủ nhiệm Câu lạc bộ Tiếng Anh của trường với 87 thành viên.",
     "343_5b2e15f18b4a: 'Em lên ý tưởng thành lập và là Chủ nhiệm Câu lạc bộ Tiếng Anh của Trường với 87 thành viên.'"),
    ("461_41a4f3622d80", S,
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ TP.HCM đã đăng ký trợ giúp 44 500 trường hợp có hoàn cảnh khó khăn.",
     "461_41a4f3622d80: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu và 44.500 trường hợp cần trợ giúp.' (page about Hội Chữ thập đỏ TPHCM). Space separator."),
    ("542_2bc2120ebb1a", S,
     "Chương trình “Tết sum vầy - Xuân bình an” năm 2022 tại thị xã Hoàng Mai đã trao tổng cộng 285 suất quà cho công nhân lao động khó khăn.",
     "542_2bc2120ebb1a: 'Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn.' (LĐLĐ thị xã Hoàng Mai, Tết sum vầy 2022)."),
    ("565_14c4f7e02d5d", S,
     "Buổi giao lưu trực tuyến “Bầu cử - ngày hội lớn toàn dân” do Báo Lao động Thủ đô tổ chức có khoảng 200 công nhân khu vực Kim Chung tham dự.",
     "565_14c4f7e02d5d: 'Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung'. khoảng 200 ~ gần 200."),
    ("664_ee315818b222", S,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023-2028 có sự tham dự của 41 công đoàn viên.",
     "664_ee315818b222: 'Tới dự và chỉ đạo Đại hội có ... và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia.'"),
    ("777_a4af8b647861", S,
     "Tháng Thanh niên 2024, Tỉnh đoàn đặt chỉ tiêu đoàn viên, thanh niên tham gia trồng mới một nghìn cây xanh.",
     "777_a4af8b647861: 'Tháng Thanh niên năm 2024 được Tỉnh đoàn xác định một số chỉ tiêu trọng tâm, như: ... 1.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới'. Spelled-out 1.000."),
    ("965_f94f0c950eb5", S,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 được tổ chức trong hai ngày tại Trung tâm Hội nghị tỉnh.",
     "965_f94f0c950eb5: 'Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028 sẽ diễn ra trong 2 ngày (28 và 29/9/2023) tại Trung tâm Hội nghị tỉnh'."),

    # ---------------- differs ----------------
    ("055_96b8b5707383", D,
     "Bão số 3 đã làm khoảng 5.900 hộ dân ở huyện Chương Mỹ bị ảnh hưởng, theo Chủ tịch LĐLĐ huyện.",
     "055_96b8b5707383: 'có 4.885 hộ dân bị ảnh hưởng' (Chương Mỹ, bão số 3). 5.900 vs 4.885. g.sh '5[. ]?900 hộ|5900' -> nothing."),
    ("1262_0d7b4435464f", D,
     "Số mì tôm mà công đoàn viên Trường mầm non Dương Xá ủng hộ vùng lũ Gia Lâm có trị giá 15 triệu đồng.",
     "1262_0d7b4435464f: '75 thùng mì trị giá 9 triệu Việt Nam đồng'. 15 vs 9 triệu. g.sh '15 triệu' -> only other pages (091 Công đoàn ngành giáo dục hỗ trợ hai thầy cô, 144 ngành Y tế, 231 thưởng Tết), none about Dương Xá."),
    ("142_728187c82f8a", D,
     "Tổng kinh phí dự tính cho đợt khám sức khỏe miễn phí của LĐLĐ quận Bắc Từ Liêm vào khoảng 500 triệu đồng.",
     "142_728187c82f8a: 'tầm soát ... với tổng số tiền dự tính khoảng trên 1 tỷ đồng'. 500 triệu vs trên 1 tỷ. g.sh '500 triệu' -> only 1130 (Quỹ Vì người nghèo)."),
    ("151_77cc7b6288de", D,
     "Sáu tháng đầu năm 2021, Hà Nội đã tổ chức khoảng 210 phiên giao dịch việc làm trực tiếp, lưu động và trực tuyến.",
     "151_77cc7b6288de: 'tổ chức hơn 111 phiên giao dịch việc làm trực tiếp, lưu động, trực tuyến' (6 tháng đầu năm 2021). 210 vs hơn 111. g.sh '210 phiên|hơn 200 phiên' -> nothing."),
    ("237_e9e86887473f", D,
     "Các đại biểu dự Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX đại diện cho hơn 35.000 đoàn viên công đoàn trong toàn quận.",
     "237_e9e86887473f body: '200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận'. hơn 35.000 vs trên 20.000. g.sh '35[.]000|35 nghìn|ba mươi lăm nghìn' -> only 830 (35.000 chiến sĩ Xuân tình nguyện TP.HCM). (The 21 BCH members are only in the title, so not used.)"),
    ("275_a87c110f79e1", D,
     "Ngày 11/9/2024, Liên đoàn Lao động thành phố Hà Nội đã ủng hộ 300 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để hỗ trợ nhân dân vùng bão lũ.",
     "275_a87c110f79e1: 'ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội' (plus another 100 triệu via Quỹ Tấm lòng vàng; total 200). 300 triệu stated nowhere for this: g.sh '300 triệu' -> 606, 625, 994 only, other donors."),
    ("343_5b2e15f18b4a", D,
     "Ngày 10/5/2023, Huyện ủy Sóc Sơn đã ban hành 5 quyết định kết nạp Đảng cho học sinh THPT.",
     "343_5b2e15f18b4a: 'ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng' (title: '3 học sinh THPT đầu tiên của huyện Sóc Sơn được kết nạp Đảng'). g.sh '5 quyết định|năm quyết định' -> nothing."),
    ("461_41a4f3622d80", D,
     "Trong Tháng nhân đạo, các cấp Hội Chữ thập đỏ TP.HCM đã đăng ký ủng hộ để thực hiện 63 công trình xã hội.",
     "461_41a4f3622d80: 'đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu'. 63 vs 43 (also not 43+21=64). g.sh '63 công trình' -> nothing."),
    ("542_2bc2120ebb1a", D,
     "Tại chương trình “Tết sum vầy - Xuân bình an” 2022 ở thị xã Hoàng Mai, LĐLĐ tỉnh đã tặng 120 suất quà cho công nhân lao động của thị xã.",
     "542_2bc2120ebb1a: 'LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai' (LĐLĐ thị xã 75, Công đoàn KKT Đông Nam 10, total 285). 120 vs 200. g.sh '120 suất|một trăm hai mươi' -> nothing."),
    ("777_a4af8b647861", D,
     "Tại lễ ra quân Tháng Thanh niên 2024, Tỉnh đoàn, Hội LHTN và Hội Đồng đội tỉnh đã trao tặng 300 hộp thuốc bổ.",
     "777_a4af8b647861: '... 50 áo ấm, 400 hộp thuốc bổ, 30 suất quà (700 nghìn đồng/suất)'. 300 vs 400. g.sh '300 hộp' -> nothing; 'thuốc bổ' only on 777."),
    ("977_59366ad5b827", D,
     "Tại hội nghị chiều 8/9, Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho năm đồng chí.",
     "977_59366ad5b827: 'có 3 đồng chí được trao quyết định nhận nhiệm vụ mới' ; 'cả 3 đồng chí'. 5 vs 3. g.sh 'Vĩnh Lợi' -> only 977 (and 996, unrelated Chiến khu Vĩnh Lợi); '5 đồng chí|năm đồng chí' hits are other bodies (302, 593...)."),
    ("1021_e0f274a6a9c5", D,
     "Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh đã trao 50 suất quà hỗ trợ công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021_e0f274a6a9c5: 'đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19'. 50 vs 20. g.sh '50 suất' -> 518, 642, 829, 922 etc., none Thạch Thất."),
    ("236_8c39dd7a5f76", D,
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023-2028 diễn ra trong ba ngày.",
     "236_8c39dd7a5f76: 'Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023 - 2028 diễn ra trong 2 ngày (ngày 6, 7/7/2023)'. 3 vs 2 ngày. g.sh 'ba ngày|3 ngày' -> 299 (Đại hội Công đoàn TP Hà Nội), 887 (Hà Trung), 1147 etc.; none Đống Đa."),
    ("786_4b655c65ed4c", D,
     "Chương trình Tết sum vầy cấp Tổng LĐLĐ Việt Nam năm 2018 tại Hưng Yên sẽ diễn ra trước ngày nghỉ Tết âm lịch 20 ngày.",
     "786_4b655c65ed4c: 'thời điểm tổ chức chương trình Tết sum vầy cấp Tổng LĐLĐVN sẽ diễn ra vào trước ngày nghỉ Tết âm lịch 10 ngày' (2018, Hưng Yên). 20 vs 10. g.sh '20 ngày' -> nothing."),
    ("303_3afb6ef3386b", D,
     "Theo Chủ tịch LĐLĐ huyện Gia Lâm Nguyễn Đức Thể, Công đoàn huyện Gia Lâm đã trải qua hơn 50 năm xây dựng.",
     "303_3afb6ef3386b: 'hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng' (Nguyễn Đức Thể, dịp 93 năm Công đoàn VN). hơn 50 vs 44. g.sh '50 năm xây dựng|hơn 50 năm' -> nothing."),
    ("1263_6358277c872f", D,
     "Hội nghị tổng kết năm 2023 của LĐLĐ quận Long Biên gắn với đợt thi đua chào mừng 25 năm ngày thành lập LĐLĐ quận.",
     "1263_6358277c872f: 'đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận' (Long Biên, 28/12/2023); also seed 003 and 301: '20 năm thành lập LĐLĐ quận Long Biên' (9/12/2003 - 9/12/2023). g.sh '25 năm' -> only Báo Lao động Thủ đô (198, 327) and Công đoàn Viên chức Nghệ An (265)."),

    # ---------------- not_found ----------------
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 120 đại biểu chính thức tham dự.",
     "010 only describes decorations (pa nô, băng rôn) for the Đại hội; no delegate count. g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn)' -> 002, 010, 205, 340: none counts delegates of Đại hội XXV."),
    ("024_0d6b8f191cd9", N,
     "Tại hội nghị tổng kết năm học 2024-2025, Công đoàn ngành Giáo dục Hà Nội đã vinh danh 40 nhà giáo đạt giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9.",
     "024 mentions the lần thứ 9 (2025) award but gives no count. g.sh 'tâm huyết, sáng tạo' -> 120 (lần thứ 6, 2022: teaser '40 nhà giáo dự chung khảo' = another edition, and they are finalists), 064 (Đống Đa, 26 giáo viên), 065 (Hoàn Kiếm). None counts lần 9 laureates."),
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức.",
     "031 gives no delegate count for Đại hội XII. g.sh 'Công Thương Hà Nội|ngành Công Thương' -> 132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... 200 đại biểu chính thức' = another edition (XI, not XII). Nothing for XII."),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký 1.200 sáng kiến hưởng ứng Chương trình “1 triệu sáng kiến”.",
     "181 lists emulation movements in Sóc Sơn 2022 but no count of sáng kiến. g.sh 'Sóc Sơn.{0,100}sáng kiến|sáng kiến.{0,100}Sóc Sơn' -> 181 title, 180 teaser, seed 002 (Sóc Sơn named among units with high sáng kiến rates, no number). Seed 003 '200.000 sáng kiến' is Hà Nội-wide."),
    ("236_8c39dd7a5f76", N,
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX có 250 đại biểu chính thức tham dự ngày làm việc thứ nhất.",
     "236 gives no delegate count. g.sh 'Đống Đa.{0,100}đại biểu|đại biểu.{0,100}Đống Đa' -> nothing; 'Đống Đa' hits (064: 58 gia đình, 26 giáo viên; seed 002) count other things."),
    ("312_8e378b3e63bf", N,
     "Triển lãm trong khuôn khổ lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2017 có 45 đơn vị, doanh nghiệp tham gia.",
     "312: 'đã diễn ra triển lãm của nhiều đơn vị, doanh nghiệp uy tín' (no number). Same event on 369/370 (Tháng hành động lần thứ nhất 2017): no exhibitor count. g.sh 'triển lãm' -> no count for this event."),
    ("353_d8f30a786bd0", N,
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 98,5% số phiếu tán thành.",
     "353 states the election, no vote share. g.sh 'Khang.{0,200}(phiếu|%)' -> nothing. 174 counts BCH members (168 ủy viên bầu, 177 số lượng, 185 giới thiệu) - another counted noun."),
    ("408_a6f25cd48259", N,
     "Đồng chí Thái Minh Sỹ được Ban Chấp hành LĐLĐ tỉnh khóa XVIII bầu giữ chức Phó Chủ tịch với 100% số phiếu.",
     "408 only gives the meeting (Hội nghị lần thứ 19, BCH khóa XVIII). g.sh 'Thái Minh Sỹ' -> only 408 title; 'Phó Chủ tịch LĐLĐ tỉnh.{0,100}(phiếu|%)' -> nothing."),
    ("499_a6b3abf9d8de", N,
     "Năm 2023, LĐLĐ tỉnh Phú Yên đặt mục tiêu thành lập mới 40 công đoàn cơ sở.",
     "499 names 'tập trung phát triển đoàn viên, thành lập công đoàn cơ sở' without numbers. g.sh 'Phú Yên' -> 499 and seed 001 (tourism), no count. 666 '8.800 đoàn viên mới' / 217 Thái Nguyên are other provinces and another noun."),
    ("532_8ca00e63249f", N,
     "Hội nghị tuyên truyền ngày 28/01/2026 cho cán bộ công đoàn cơ sở phường Bình Thuận có 70 cán bộ tham dự.",
     "532 gives only '2 nội dung' (topics) - no attendee count. g.sh 'Bình Thuận' -> 532 and pages about tỉnh Bình Thuận (470, 563, 726, 944, 1046, 1190), none counts attendees of this hội nghị."),
    ("664_ee315818b222", N,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia đã bầu Ban Chấp hành khóa mới gồm 5 đồng chí.",
     "664 says the Đại hội 'bầu ra Ban Chấp hành Công đoàn khoá mới' with no size; its one count is 41 công đoàn viên (attendees, other noun). g.sh 'Trung tâm.{0,80}Ban Chấp hành|Công đoàn Trung tâm' -> only 664. 302 '5 đồng chí' is Công đoàn Trường Mầm non Hoa Trạng Nguyên."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        for r in rows:
            for x in r:
                assert "\t" not in x and "\n" not in x and '"' not in x, x
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    main()
