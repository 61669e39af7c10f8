#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen128."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("006_5c0bf85368cc", "supported",
     "Đại hội Công đoàn Cơ quan Liên đoàn Lao động TP Hà Nội lần thứ VII, nhiệm kỳ 2023-2028 có 99 đại biểu chính thức tham dự.",
     "006_5c0bf85368cc: 'dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố' (Đại hội ... lần thứ VII, nhiệm kỳ 2023 - 2028)."),
    ("056_a526173c1abe", "supported",
     "Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 tôn vinh mười cán bộ công đoàn tiêu biểu.",
     "056_a526173c1abe: 'công nhận và tôn vinh 10 đồng chí cán bộ công đoàn tiêu biểu, trong đó có 6 cán bộ công đoàn cơ sở...'; also 291_a74887047e6b: 'Giải thưởng Nguyễn Văn Linh lần thứ III - năm 2022 10 cán bộ Công đoàn tiêu biểu'. Spelled-out 'mười' = 10."),
    ("1089_a96f4067d307", "supported",
     "Đại hội đại biểu Hội Nông dân tỉnh Tiền Giang lần thứ IX (nhiệm kỳ 2023 - 2028) có 270 đại biểu tham dự.",
     "1089_a96f4067d307: 'cùng với 270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang'."),
    ("1193_f2efb2123ee3", "supported",
     "Hội thao Ngân hàng Chính sách xã hội khu vực V năm 2023 quy tụ khoảng 430 vận động viên.",
     "1193_f2efb2123ee3: 'Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở' (hội thao NHCSXH năm 2023, khu vực V)."),
    ("248_b6a393b2d4d9", "supported",
     "Thành lập từ ngày 26/9/2025, Công đoàn phường Ba Đình (Hà Nội) có 72 CĐCS trực thuộc.",
     "248_b6a393b2d4d9: 'Công đoàn phường Ba Đình được thành lập từ ngày 26/9/2025, với 72 công đoàn cơ sở trực thuộc và tổng số 9.008 công đoàn viên'."),
    ("294_41e7ee9e3dca", "supported",
     "Vụ tai nạn lao động tối 18/6/2024 tại công trường Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) làm bảy người bị thương.",
     "294_41e7ee9e3dca: 'bệnh viện thông báo có 3 nạn nhân tử vong, 7 nạn nhân bị thương'; lead: 'khiến 3 người tử vong, 7 người bị thương'. Consistent: 111_2eca64cbf378 'ba người tử vong tại chỗ, bảy người khác bị thương nặng'."),
    ("347_c1729d8f4a9d", "supported",
     "Đợt 3 năm 2025 của chương trình hiến máu \"Chia sẻ giọt máu hồng\" do LĐLĐ TP HCM tổ chức đã thu được 558 đơn vị máu.",
     "347_c1729d8f4a9d: 'chương trình hiến máu tình nguyện \"Chia sẻ giọt máu hồng\" đợt 3 năm 2025 ... thu được 558 đơn vị máu'."),
    ("500_0dbef860aab7", "supported",
     "Dịp Tết Bính Ngọ 2026, Liên đoàn Lao động tỉnh Phú Thọ tặng mười lăm nghìn vé xe cho đoàn viên, công nhân ở xa về quê đón Tết.",
     "500_0dbef860aab7: 'tặng 15.000 vé xe cho đoàn viên, công nhân lao động ở xa về quê đón Tết, tổng kinh phí 4,5 tỷ đồng' (LĐLĐ tỉnh, event at Công đoàn KCN khu vực Phú Thọ). 'mười lăm nghìn' = 15.000."),
    ("547_7c40b99db422", "supported",
     "Chiến dịch Thanh niên tình nguyện hè năm 2023 (Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ hồng, Hành quân xanh) của Tỉnh đoàn đã trồng mới hơn 165 nghìn cây xanh trên toàn tỉnh.",
     "547_7c40b99db422: 'Trồng mới 165.214 cây xanh' (Chiến dịch Thanh niên tình nguyện hè năm 2023, 'Toàn tỉnh thực hiện ...'). 'hơn 165 nghìn' ~ 165.214."),
    ("799_e6ea998f034b", "supported",
     "Trong Tháng Thanh niên năm 2023, các cơ sở Đoàn trên cả nước đã thực hiện gần 23 nghìn công trình thanh niên các cấp.",
     "799_e6ea998f034b: 'các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp, tổng trị giá hơn 302 tỷ đồng'. 'gần 23 nghìn' ~ 22.975."),
    ("805_fafe42781e80", "supported",
     "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9 năm 2020, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng.",
     "805_fafe42781e80: 'Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng'; 'Lễ trao huy hiệu Đảng đợt 2 dịp Quốc khánh 2/9' (75 năm Cách mạng tháng Tám => 2020)."),
    ("928_03148da43800", "supported",
     "Đợt 3-2-2026, phường Đức Nhuận (TPHCM) có 41 đảng viên được trao Huy hiệu Đảng.",
     "928_03148da43800: 'Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng' (trao tặng Huy hiệu Đảng đợt 3-2-2026)."),
    ("931_2a6417bd4142", "supported",
     "Trong năm 2024, LĐLĐ tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 22 \"mái ấm công đoàn\" cho đoàn viên khó khăn về nhà ở.",
     "931_2a6417bd4142: 'Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 \"mái ấm công đoàn\" cho đoàn viên có hoàn cảnh khó khăn về nhà ở' (title: Liên đoàn Lao động tỉnh Hải Dương)."),

    # ---------------- differs ----------------
    ("006_5c0bf85368cc", "differs",
     "Theo số liệu tại Đại hội lần thứ VII (nhiệm kỳ 2023-2028), Công đoàn Cơ quan LĐLĐ thành phố Hà Nội có hơn 600 đoàn viên.",
     "006_5c0bf85368cc: '99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố' => 523, not 'hơn 600'. ./g.sh '523|hơn 600 đoàn viên|600 đoàn viên': 600 only in 347 (hiến máu TP HCM) and 991 ('gần 600 đoàn viên khó khăn' TP HCM) - other things."),
    ("038_9fbcf38fe170", "differs",
     "LĐLĐ thành phố Hà Nội trực tiếp hỗ trợ 15.000 đoàn viên, người lao động khó khăn bị ảnh hưởng Covid-19, phần còn lại giao Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội.",
     "038_9fbcf38fe170: 'LĐLĐ thành phố Hà Nội sẽ trực tiếp hỗ trợ 10.000 trường hợp và giao Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội hỗ trợ 10.000 trường hợp' => 10.000. ./g.sh '15\\.000 trường hợp|15 nghìn': only 608 ('trên 15 nghìn người đăng ký hiến máu', other thing)."),
    ("056_a526173c1abe", "differs",
     "Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 đã nhận được 85 đề cử trước khi Hội đồng xét chọn.",
     "056_a526173c1abe: 'Từ 63 đề cử, qua các vòng lựa chọn chặt chẽ, Hội đồng Giải thưởng xét chọn đã đề xuất...' => 63. ./g.sh '85 đề cử' and 'đề cử': no 85; 291 (same prize) gives no nomination count."),
    ("067_4afc4a1630dc", "differs",
     "Trong lần thứ hai trao \"Túi An sinh Công đoàn\" tại sân Trường Tiểu học Ba Đình, LĐLĐ quận Ba Đình đã trao 174 suất quà.",
     "067_4afc4a1630dc: 'Đây là lần thứ hai ... Tại địa điểm sân Trường Tiểu học Ba Đình, LĐLĐ quận đã trao 147 suất quà' => 147 (first round 23/8: 88 + 43 túi). ./g.sh '174': no hit."),
    ("1089_a96f4067d307", "differs",
     "Hội Nông dân tỉnh Tiền Giang có hơn 350 nghìn cán bộ, hội viên, theo số liệu nêu tại Đại hội đại biểu lần thứ IX.",
     "1089_a96f4067d307: '270 đại biểu đại diện cho 265.000 cán bộ, hội viên trên địa bàn tỉnh Tiền Giang' => 265.000. ./g.sh '350 nghìn (cán bộ|hội viên)|350\\.000 (cán bộ|hội viên)' and 'Tiền Giang': no other count of hội viên."),
    ("110_87f2d6431ded", "differs",
     "Vụ sập tường khi sửa nhà tại phường Cống Vị, quận Ba Đình (Hà Nội) tối 6-6 đã làm hai công nhân tử vong.",
     "110_87f2d6431ded: 'đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà tại phường Cống Vị'; of the two workers one 'bị chấn thương nhẹ vùng lưng', 'anh N đã tử vong' => 1 death (2 victims). ./g.sh 'Cống Vị' and 'hai người tử vong|2 người tử vong': only 110, no 2 deaths stated."),
    ("1125_5e323181d7fd", "differs",
     "Công đoàn Công ty Điện lực Đất Đỏ đã trao tổng cộng 75 triệu đồng hỗ trợ cán bộ công nhân viên và thân nhân có hoàn cảnh khó khăn, bệnh tật.",
     "1125_5e323181d7fd: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn, bệnh tật' => 55 triệu. ./g.sh '75 triệu': only 154 ('hơn 475 triệu đồng', other)."),
    ("198_7c3cb7fb69d5", "differs",
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ hơn 8.000 tờ báo tới công nhân lao động các khu công nghiệp - khu chế xuất Hà Nội.",
     "198_7c3cb7fb69d5: 'Từ năm 2010 ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội' => hơn 5.000. ./g.sh '8\\.000 tờ|8000 tờ': no hit."),
    ("248_b6a393b2d4d9", "differs",
     "Đại hội Công đoàn phường Ba Đình lần thứ I, nhiệm kỳ 2025–2030 có 115 đại biểu chính thức tham dự.",
     "248_b6a393b2d4d9: 'cùng 151 đại biểu chính thức, đại diện cho hơn 9.000 đoàn viên công đoàn trên địa bàn phường' => 151. ./g.sh '115 đại biểu': no hit."),
    ("330_366ec9c69fea", "differs",
     "Anh Hoàng Xuân Lộc, công nhân Công ty Cổ phần Xích líp Đông Anh, bị tai nạn lao động với tỷ lệ thương tật 61%.",
     "330_366ec9c69fea: 'anh Hoàng Xuân Lộc (bị tai nạn lao động, tỷ lệ thương tật 51%)' (colleague Nghiêm Mạnh Hoành 41%) => 51%. ./g.sh '61 ?%': no hit."),
    ("470_5bd73e63f016", "differs",
     "Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh dự kiến thu hút khoảng 1 triệu lượt thanh niên, người dân tham gia.",
     "470_5bd73e63f016: 'Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia' => hơn 700.000. ./g.sh '700\\.000 lượt|1 triệu lượt|...': only 506 ('trợ giúp gần 1 triệu lượt người nghèo', các cấp Hội in the Tây Nguyên - TP HCM emulation cluster, other thing)."),
    ("500_0dbef860aab7", "differs",
     "Để chăm lo Tết Nguyên đán Bính Ngọ 2026, Ban Thường vụ LĐLĐ tỉnh Phú Thọ đã trích gần 39 tỷ đồng từ nguồn tài chính công đoàn.",
     "500_0dbef860aab7: 'Ban Thường vụ Liên đoàn Lao động tỉnh đã trích gần 29 tỷ đồng từ nguồn tài chính Công đoàn' => gần 29 tỷ. ./g.sh '(29|39) tỷ': only this 29 tỷ."),
    ("545_555e3ee7ac16", "differs",
     "Hội thi ảnh đẹp \"Khoảnh khắc của cuộc sống\" do Hội LHPN Quận 3 tổ chức đã thu hút hơn 900 tác phẩm dự thi.",
     "545_555e3ee7ac16: 'tổ chức hội thi ảnh đẹp \"Khoảnh khắc của cuộc sống\" với hơn 600 tác phẩm dự thi' => hơn 600. ./g.sh '900 tác phẩm|tác phẩm dự thi': only 545 with 600."),
    ("663_7f8b34f12daf", "differs",
     "Tại hội nghị tổng kết công tác Công đoàn năm 2020, LĐLĐ huyện Chợ Mới đã tặng giấy khen cho 15 cá nhân có thành tích xuất sắc.",
     "663_7f8b34f12daf: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; 3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen' => 10 cá nhân. ./g.sh '15 cá nhân': 118, 502, 1065 - other organisations/years; 'Chợ Mới' only in 663."),
    ("925_ac015b2ada6a", "differs",
     "Tại huyện Thuận Nam, đoàn công tác Trung ương Hội LHPN Việt Nam đã trao 80 phần quà \"Tết yêu thương\" Xuân Giáp Thìn 2024 cho gia đình chính sách, phụ nữ nghèo và trẻ em có hoàn cảnh khó khăn.",
     "925_ac015b2ada6a: 'các đồng chí trong đoàn trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo, phụ nữ cao tuổi; trẻ em mồ côi ... trên địa bàn huyện Thuận Nam' (+ 4 suất quà for cán bộ hội) => 50. ./g.sh '80 (phần|suất) quà': 207 (LĐLĐ TP Hội An) and 1001 ('180 phần quà', Công đoàn ngành Giáo dục) - other things."),
    ("941_b32ebfdb5342", "differs",
     "Trong buổi ra quân khởi động Tháng Thanh niên năm 2021, Huyện đoàn Tuy Phước đã trồng một trăm hai mươi cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: 'Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn đã tổ chức ra quân ... tại Trung tâm hoạt động thanh thiếu nhi huyện. Kết quả đã trồng 90 cây' => 90. ./g.sh '120 cây': no hit."),

    # ---------------- not_found ----------------
    ("103_bc0c6e0f50d9", "not_found",
     "Ủy ban Kiểm tra Thành ủy Hà Nội khóa XVI (nhiệm kỳ 2015 - 2020) gồm 11 đồng chí.",
     "103_bc0c6e0f50d9 only says 'Ban Chấp hành đã bầu các Phó Bí thư, Ủy ban Kiểm tra Thành ủy' without a size; it counts BCH (74), Ban Thường vụ (16 đồng chí) and 4 Phó Bí thư - other bodies. ./g.sh 'Ủy ban Kiểm tra Thành ủy|UBKT Thành ủy': 812/813 (khóa XVIII, no count), 1130 (TP HCM). ./g.sh '11 đồng chí': 808 'Ủy ban Kiểm tra Thành Đoàn khóa XI gồm 11 đồng chí' (TP HCM youth union - other organisation), 348/887/593 other bodies."),
    ("111_2eca64cbf378", "not_found",
     "Theo thống kê năm 2024, cả nước xảy ra 180 vụ tai nạn lao động chết người trong lĩnh vực xây dựng.",
     "111_2eca64cbf378 only says 'xây dựng nằm trong nhóm 5 lĩnh vực có số vụ tai nạn chết người cao nhất' (no count) and describes two Hanoi accidents. ./g.sh 'tai nạn lao động (năm|trong năm) 2024|...' -> only 111; './g.sh 180 vụ' none; national figures in 156 (6 tháng 2023: 345 vụ chết người, all sectors) and 112 (quý II/2018) are other periods/scopes."),
    ("1142_6d91e1319bd8", "not_found",
     "Ban Chấp hành Tỉnh đoàn Thanh Hóa nhiệm kỳ 2022-2027 có 55 ủy viên.",
     "1142_6d91e1319bd8 counts no members (figures: hội nghị lần thứ 9, 100% số phiếu, bà Ánh 31 tuổi). ./g.sh 'Tỉnh đoàn Thanh Hóa|Thanh Hóa': LĐLĐ tỉnh, HĐND Nga Sơn, Hội LHPN tỉnh... none counts BCH Tỉnh đoàn; ./g.sh '55 ủy viên|ủy viên Ban Chấp hành Tỉnh đoàn' none."),
    ("236_8c39dd7a5f76", "not_found",
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023 - 2028 có 200 đại biểu chính thức tham dự.",
     "236_8c39dd7a5f76 gives no delegate count (only dates 6, 7/7/2023, '5 năm tới'). ./g.sh 'Đống Đa' (all hits read): no delegate count for this congress. Trap: 237_e9e86887473f 'về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên' is the Đại hội Công đoàn quận HAI BÀ TRƯNG lần thứ XIX (same ordinal, same term) - another district."),
    ("430_68a53037f8a8", "not_found",
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015 - 2020 có 250 đại biểu tham dự.",
     "430_68a53037f8a8 gives no delegate count (only 'lần thứ 5', dates 18 - 19.6). ./g.sh 'Q\\.2|quận 2': 430 and 1048 (LĐLĐ Thủ Đức merger, other thing); ./g.sh '250 đại biểu': only 1210 (Công đoàn Y tế Việt Nam 2023)."),
    ("513_cfb6b8b3f3d6", "not_found",
     "Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội đã thu hút 50.000 đoàn viên, thanh niên tham gia.",
     "513_cfb6b8b3f3d6 counts only '8 nội dung hoạt động' and '100% các cơ sở Đoàn trực thuộc' (plus anniversaries 90/89 năm); no participant count. ./g.sh 'Tháng Thanh niên năm 2020|Tháng Thanh niên 2020' only 513; ./g.sh '50\\.000 (đoàn viên|lượt)': 406 (150.000 lượt, Tháng Nhân đạo), 808 (750.000 đoàn viên TP HCM) - other things."),
    ("715_b7fba7dd10cf", "not_found",
     "Đại hội đại biểu MTTQ Việt Nam quận Hai Bà Trưng lần thứ XVI, nhiệm kỳ 2024-2029 có 250 đại biểu chính thức.",
     "715_b7fba7dd10cf is a preparatory conference (hội nghị mở rộng lần thứ 14, 15/18 phường held ward congresses, 2 Ủy viên replaced) and gives no delegate count for the district congress. ./g.sh 'MTTQ Việt Nam quận|Ủy ban MTTQ quận' only 715; './g.sh 250 đại biểu' only 1210 (Công đoàn Y tế). Nearby: 237 counts 200 đại biểu for the Công đoàn quận Hai Bà Trưng XIX congress - another organisation."),
    ("805_fafe42781e80", "not_found",
     "Trong đợt trao Huy hiệu Đảng dịp 19/5/2020, Đảng bộ quận Đống Đa có 540 đảng viên được nhận Huy hiệu Đảng.",
     "805_fafe42781e80 counts 660 for 'đợt 2 dịp Quốc khánh 2/9' - another occasion. ./g.sh 'Huy hiệu Đảng': đợt 19/5 counts exist only for Hoàn Kiếm (802: 190) and Hà Đông (804: 440) - other districts; ./g.sh '540' none."),
    ("928_03148da43800", "not_found",
     "Trong năm 2025, Đảng bộ phường Đức Nhuận (TPHCM) đã kết nạp 27 đảng viên mới.",
     "928_03148da43800 counts tổ chức đảng (59 -> 62), đảng viên (2.337 -> 2.353) and 41 Huy hiệu recipients; no count of newly admitted party members. ./g.sh 'kết nạp [0-9.]+ đảng viên|đảng viên mới' none; ./g.sh '27 đảng viên' none."),
    ("969_652bd3e9c355", "not_found",
     "Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn hiện có 450 đoàn viên.",
     "969_652bd3e9c355 counts only '10 Công đoàn cơ sở thành viên' that held congresses (plus Kế hoạch số 19, dates); no member count. ./g.sh 'Nông nghiệp và (Phát triển nông thôn|PTNT)': 172 (Công đoàn ngành NN&PTNT 'giảm 1.380 đoàn viên', another organisation/measure), 204/254/1061 (Hà Nội ngành); ./g.sh '450 đoàn viên' none."),
    ("980_cd45ce45629c", "not_found",
     "Tại Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII (chiều 6/3), Ban Chấp hành đã bầu 4 Phó Chủ tịch Hội.",
     "980_cd45ce45629c: the 16th conference elected bà Lê Thị Thủy Chủ tịch (100% Ủy viên có mặt); no Phó Chủ tịch count. Trap: 594_2969d737d0fc 'Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022 ... hội nghị cũng bầu 4 Phó Chủ tịch' - the FIRST conference (2022), another occasion. ./g.sh 'Phó Chủ tịch Hội (LHPN|Liên hiệp)' no other count."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert "\t" not in claim + why and "\n" not in claim + why
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("/work/unseen128/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)), len({r[0] for r in rows}), "pages")


if __name__ == "__main__":
    main()
