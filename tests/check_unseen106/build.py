#!/usr/bin/env python3
"""Build claims.tsv for unseen106 (blind claim set for `ldtd check`).
Plain Python: csv + unicodedata only. Output is NFC-normalised, sorted by page_id."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("1001_1425a0e5ee00", "supported",
     "Nhân dịp Trung thu, Công đoàn ngành Giáo dục tỉnh Trà Vinh đã tặng một trăm tám mươi phần quà gồm bánh trung thu và lồng đèn cho các cháu thiếu nhi.",
     "1001_1425a0e5ee00: \"Công đoàn ngành Giáo dục tỉnh tặng 180 phần quà (bánh trung thu, lồng đèn) cho các cháu thiếu nhi\" (page is the Trà Vinh Trung thu programme). 180 spelled out."),
    ("1047_2700ae405823", "supported",
     "Ban tổ chức cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” của Công đoàn Điện lực Việt Nam đã nhận được 236 bài dự thi từ các đơn vị trong toàn ngành.",
     "1047_2700ae405823: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành và chọn ra 197 bài viết để chấm giải\". Claim is the 236 received (not the 197 selected)."),
    ("1086_f219c7d82366", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027 đã bầu Ban Chấp hành Tỉnh Đoàn gồm 44 ủy viên.",
     "1086_f219c7d82366: \"đại hội đã bầu Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí\". (1105_fd04a28fb480 gives 49 for the 2025-2030 term, khóa XX: another edition.)"),
    ("109_ef0d90601316", "supported",
     "Trong vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng) tối 30/7, ba công nhân đã tử vong ngay tại chỗ.",
     "109_ef0d90601316: \"sàn nâng bị gãy khiến 4 công nhân rơi xuống đất. Hậu quả, 3 người tử vong tại chỗ\". Claim = the 3 killed on the spot (not the 4 total)."),
    ("154_9d6a311843f2", "supported",
     "Nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, các cấp Công đoàn quận Phú Nhuận (TP HCM) đã trao sổ tiết kiệm cho đoàn viên khó khăn với tổng kinh phí trên 475 triệu đồng.",
     "154_9d6a311843f2: \"các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn ... với kinh phí hơn 475 triệu đồng\"."),
    ("173_14ea490cc489", "supported",
     "Theo Tổng Liên đoàn Lao động Việt Nam, trong năm 2025 cả nước chỉ còn 55 cuộc ngừng việc tập thể.",
     "173_14ea490cc489: \"Cũng trong năm 2025, số cuộc ngừng việc tập thể giảm mạnh, chỉ còn 55 vụ, giảm 21 vụ so với năm 2024\". g.sh 'ngừng việc' finds no other count of collective stoppages."),
    ("176_48c827f6f4be", "supported",
     "Năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo hai đợt.",
     "176_48c827f6f4be: \"năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt\" (repeated in body: \"phát động 2 đợt thi đua\")."),
    ("198_7c3cb7fb69d5", "supported",
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ hơn 5 nghìn tờ báo tới công nhân lao động tại các khu công nghiệp - khu chế xuất Hà Nội.",
     "198_7c3cb7fb69d5: \"Từ năm 2010 ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội\"."),
    ("272_28974ffcb2ea", "supported",
     "Liên đoàn Lao động TP Hà Nội phấn đấu 100% công đoàn cơ sở tham gia ủng hộ Quỹ “Vì biển, đảo Việt Nam”.",
     "272_28974ffcb2ea: \"các cấp Công đoàn (CĐ) TP cần tuyên truyền ... phấn đấu 100% CĐ cơ sở tham gia ủng hộ\" (Quỹ \"Vì biển, đảo Việt Nam\", LĐLĐ TP). Target percentage."),
    ("278_ca99d72144c8", "supported",
     "Các công nhân dự buổi đối thoại với lãnh đạo thành phố Hà Nội đại diện cho hơn 15.000 công nhân lao động đang làm việc trong các khu công nghiệp và chế xuất Hà Nội.",
     "278_ca99d72144c8: \"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội\". 1,5 vạn = 15.000."),
    ("601_191d90e3f2ed", "supported",
     "Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200 nghìn đoàn viên, người lao động mua sắm tại chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến.",
     "601_191d90e3f2ed: \"Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng\". Same figure also in 687_78fa76c436ef and 700_dd6b1b09b4e2."),
    ("681_4a0a266e2954", "supported",
     "Với chương trình “Tết Nhân ái” kéo dài đến ngày 10/2/2026, Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ hơn 60 nghìn suất quà Tết cho hộ nghèo, cận nghèo và người khó khăn.",
     "681_4a0a266e2954: \"từ nay đến ngày 10-2-2026, Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình 'Tết Nhân ái' với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết\". hơn 60 nghìn ~ 60.750."),
    ("965_f94f0c950eb5", "supported",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 được tổ chức trong 2 ngày tại Trung tâm Hội nghị tỉnh.",
     "965_f94f0c950eb5: \"Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028 sẽ diễn ra trong 2 ngày (28 và 29/9/2023) tại Trung tâm Hội nghị tỉnh\"."),

    # ---------------- differs ----------------
    ("1001_1425a0e5ee00", "differs",
     "Dịp Trung thu, Liên đoàn Lao động tỉnh Trà Vinh tặng 80 phần quà cho các cháu thiếu nhi là con đoàn viên, nhà giáo, người lao động ngành Giáo dục.",
     "1001_1425a0e5ee00: \"Liên đoàn Lao động tỉnh tặng 50 phần quà, Công đoàn ngành Giáo dục tỉnh tặng 180 phần quà\". Claim 80 vs 50. g.sh '80 phần quà|tám mươi phần quà' -> only this page's 180; no 80 for LĐLĐ Trà Vinh."),
    ("1021_e0f274a6a9c5", "differs",
     "Phó Chủ tịch LĐLĐ thành phố Hà Nội Phạm Bá Vĩnh đã trao 35 suất quà hỗ trợ công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021_e0f274a6a9c5: \"đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19\". Claim 35 vs 20. g.sh '35 suất' -> only 907_07e635cbabe5 (35 suất học bổng, another event)."),
    ("1047_2700ae405823", "differs",
     "Tại lễ tổng kết cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019”, ban tổ chức đã trao mười lăm giải khuyến khích cho các tác giả.",
     "1047_2700ae405823: \"ban tổ chức đã trao 1 giải nhất, 2 giải nhì, 4 giải ba và 10 giải khuyến khích\". Claim 15 vs 10. g.sh '15 giải|mười lăm giải' -> nothing."),
    ("1086_f219c7d82366", "differs",
     "Hội nghị lần thứ nhất Ban Chấp hành Tỉnh Đoàn Thanh Hoá khóa XIX, nhiệm kỳ 2022-2027 đã bầu Ban Thường vụ Tỉnh Đoàn gồm 15 đồng chí.",
     "1086_f219c7d82366: \"Tại hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX ... đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí\". Claim 15 vs 12. g.sh '15 đồng chí' -> only 963_df9b4f2ebd96 (BCH Công đoàn phường Thuận Giao)."),
    ("109_ef0d90601316", "differs",
     "Vụ sập giàn cẩu tại tòa nhà số 16 phố Nguyễn Công Trứ, quận Hai Bà Trưng (Hà Nội) đã khiến 6 người tử vong.",
     "109_ef0d90601316: \"vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ\"; 282_cf806c00183e also \"gia đình 4 nạn nhân tử vong do sập giàn giáo\". Claim 6 vs 4. g.sh '6 người tử vong|6 công nhân|sáu công nhân|sáu người' -> nothing."),
    ("1205_8824486ce1df", "differs",
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) nhiệm kỳ 2023-2028 có gần 60 công đoàn viên tham dự.",
     "1205_8824486ce1df: attendees listed \"- Và 42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10\". Claim gần 60 vs 42. g.sh '60 công đoàn viên|60 đoàn viên' -> nothing for Sơn Ca 10."),
    ("154_9d6a311843f2", "differs",
     "Dịp kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, LĐLĐ quận Phú Nhuận đã trao 4 căn “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "154_9d6a311843f2: \"LĐLĐ quận cũng trao 2 'Mái ấm Công đoàn' tổng trị giá 80 triệu đồng cho các trường hợp khó khăn về nhà ở\". Claim 4 vs 2. g.sh 'Mái ấm Công đoàn': the 4-house figures (1168_4ac4afe82df2 2015 another union; 520_248a7e4c18f3 'thứ 4' BR-VT) are other organisations; only 154 is Phú Nhuận."),
    ("173_14ea490cc489", "differs",
     "Thu nhập bình quân của người lao động trong 9 tháng đầu năm 2025 đạt khoảng 9,5 triệu đồng/người/tháng.",
     "173_14ea490cc489: \"Thu nhập bình quân của người lao động ... đạt 8,3 triệu đồng/người/tháng trong 9 tháng đầu năm, tăng 10%\". Claim 9,5 vs 8,3. g.sh '9,5 triệu' -> nothing; other 'thu nhập bình quân' hits are other units/years (019, 286 Hà Nội 6,5 triệu, 1168)."),
    ("278_ca99d72144c8", "differs",
     "Buổi đối thoại giữa Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung với công nhân các khu công nghiệp, khu chế xuất Hà Nội có hơn 2.000 CNLĐ tham dự.",
     "278_ca99d72144c8: \"dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ\". Claim hơn 2.000 vs hơn 1000. g.sh '2.000 CNLĐ|2000 CNLĐ|2.000 công nhân' -> only 1162_f63ea6510168 (CĐ ngành GTVT Hà Nội workforce, unrelated)."),
    ("331_94f105eec540", "differs",
     "Trong Tháng cao điểm “Vì người nghèo” năm 2023, Liên đoàn Lao động thành phố Hà Nội vận động mỗi công nhân viên chức, lao động ủng hộ ít nhất hai ngày lương.",
     "331_94f105eec540: \"vận động công nhân viên chức, lao động trong đơn vị ủng hộ ít nhất là 1 ngày lương\" (Tháng cao điểm 'Vì người nghèo' năm 2023, 17/10-18/11). Claim 2 vs 1. g.sh '2 ngày lương|hai ngày lương' -> nothing."),
    ("426_149ced3ae0fa", "differs",
     "Ông Trần Duy Phương từng có 20 năm công tác tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện.",
     "426_149ced3ae0fa: \"Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện\". Claim 20 vs 12. g.sh 'Trần Duy Phương|năm làm việc tại báo' -> only this page."),
    ("584_5a1df402fe8b", "differs",
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang lần thứ 11, khóa X (nhiệm kỳ 2018-2023) có 30 ủy viên Ban Chấp hành tham dự.",
     "584_5a1df402fe8b: \"... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị\". Claim 30 vs 22. g.sh 'Kiên Giang' -> only this page; '30 đồng chí|30 ủy viên' -> nothing."),
    ("601_191d90e3f2ed", "differs",
     "Mỗi đoàn viên tham gia Chợ Tết Công đoàn trực tuyến xuân 2026 được Tổng LĐLĐ Việt Nam hỗ trợ 300.000 đồng.",
     "601_191d90e3f2ed: \"hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người)\"; 687_78fa76c436ef and 700_dd6b1b09b4e2 also 500.000 đồng/người. Claim 300.000 vs 500.000. g.sh '300.000 đồng' -> only other events (Hà Nội Chợ tết phiên trực tiếp suất quà 300.000 in 276/280, Trà Vinh 668, etc.), none for the online Tổng LĐLĐ programme."),
    ("681_4a0a266e2954", "differs",
     "Ngày 11/1, Hội Chữ thập đỏ tỉnh Gia Lai đã trao 150 suất quà Tết Bính Ngọ cho các hộ dân xã Canh Vinh.",
     "681_4a0a266e2954: \"Hội Chữ thập đỏ tỉnh Hà Văn Cát và lãnh đạo địa phương đã trao 100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt) cho các hộ dân\" (title: 'trao 100 suất quà Tết cho người dân xã Canh Vinh'). Claim 150 vs 100. g.sh '150 suất' -> 829 (Long An), 922 (Thanh Hóa phụ nữ), other events."),
    ("822_4d275a26ab99", "differs",
     "Phong trào thi đua “Phấn đấu thực hiện thắng lợi nhiệm vụ kế hoạch năm 2023” do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình phát động được chia thành ba đợt.",
     "822_4d275a26ab99: \"Phát động thi đua được chia thành 02 đợt. Theo đó, Đợt 1 ... và Đợt 2 ...\". Claim 3 vs 2. g.sh '3 đợt|ba đợt|03 đợt' -> only 256_c48309a5740b (Công đoàn ngành Giáo dục Hà Nội, 2019)."),
    ("977_59366ad5b827", "differs",
     "Tại hội nghị chiều 8/9, Ban Thường vụ Huyện ủy Vĩnh Lợi đã trao quyết định nhận nhiệm vụ mới cho 5 đồng chí.",
     "977_59366ad5b827: \"Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới\" and \"cả 3 đồng chí\". Claim 5 vs 3. g.sh 'Vĩnh Lợi' -> only this page (+ 996 'Chiến khu Vĩnh Lợi', unrelated)."),

    # ---------------- not_found ----------------
    ("005_dbc959940fb5", "not_found",
     "Tại lễ phát động thi đua năm 2025, LĐLĐ quận Long Biên đã khen thưởng 45 tập thể có thành tích xuất sắc.",
     "005_dbc959940fb5 only lists 2025 anniversaries (95 năm, 80 năm, 50 năm, 135 năm) and themes; no count of commended collectives. g.sh 'Long Biên' -> other Long Biên items count other things (059: 95 CĐCS gửi áo dài 2023; 243: 1.400 đoàn viên ngày hội; 246: cụm thi đua 32 đơn vị; 000 seed: Marie Curie 127 đoàn viên); g.sh '45 tập thể' -> nothing."),
    ("024_0d6b8f191cd9", "not_found",
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9 năm 2025 do Công đoàn ngành Giáo dục Hà Nội tổ chức đã vinh danh 40 nhà giáo.",
     "024_0d6b8f191cd9 names the award 'lần thứ 9 năm 2025' but gives no number of honoured teachers. g.sh 'tâm huyết, sáng tạo' -> 120_1b49cf3485c1 is lần thứ 6 (2022) and its '40 nhà giáo dự chung khảo' is a teaser about finalists of another edition; 064 (Đống Đa, 26 giáo viên) is another organisation. Nothing counts the 2025 laureates."),
    ("127_640c05f71edb", "not_found",
     "Tại chương trình “Tết sum vầy - Xuân bình an” năm 2022, Công đoàn ngành GTVT Hà Nội đã trao 250 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "127_640c05f71edb describes the 20/1/2022 programme but states no number of gifts (only 'Cụm thi đua số 6'). g.sh 'GTVT Hà Nội|Giao thông vận tải Hà Nội|Xuân bình an' -> 124_e7648c1a2662 counts 2020 support (20 đoàn viên, 10 lượt, 194 cháu), 1162 counts 2019 workforce/45 CN giỏi, 133/266 are Dệt May Hà Nội, 542 is Nghệ An Hoàng Mai: other years/orgs. '250 suất' -> nothing."),
    ("342_c57c16d17991", "not_found",
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 300 đại biểu chính thức tham dự.",
     "342_c57c16d17991 gives no delegate count. g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ' -> 079_e6ebd6fda2ad counts BCH (dự kiến 29-33, chỉ định 21) and Ban Thường vụ (9), not delegates. '300 đại biểu' hits (466, 571, 742 Đà Nẵng, 743 Khánh Hòa) are other congresses."),
    ("366_0b8feddcd533", "not_found",
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 khai mạc ngày 12/10 với sự tham dự của 550 đại biểu.",
     "366_0b8feddcd533 and 845_7071fa2d23e6 (results of the XVII congress) give no delegate count. g.sh '550 đại biểu' -> 812_69df8abf1bca is the XVIII congress (2025-2030), 092/307 are Đại hội Công đoàn TP Hà Nội XVI: another edition / another body."),
    ("499_a6b3abf9d8de", "not_found",
     "Năm 2023, LĐLĐ tỉnh Phú Yên đặt mục tiêu thành lập mới 20 công đoàn cơ sở để chào mừng đại hội công đoàn các cấp.",
     "499_a6b3abf9d8de mentions 'tập trung phát triển đoàn viên, thành lập công đoàn cơ sở' with no number. g.sh 'Phú Yên' -> only this page and a tourism item in seed 001; '20 công đoàn cơ sở' -> only 1065 (ngành Xây dựng Hà Nội cờ thi đua)."),
    ("584_5a1df402fe8b", "not_found",
     "Đồng chí Trương Thanh Thúy được bầu giữ chức Chủ tịch Liên đoàn Lao động tỉnh Kiên Giang với 100% số phiếu.",
     "584_5a1df402fe8b reports the election but no vote share (only '22 đồng chí trong Ban Chấp hành ... dự hội nghị', 'lần thứ 11'). g.sh 'Kiên Giang|Trương Thanh Thúy' -> only this page. (367 has 'tỷ lệ 100%' for Vương Đình Huệ, another person/body.)"),
    ("883_e2578b7cc3b9", "not_found",
     "Đồng chí Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận với 97% số phiếu tán thành.",
     "883_e2578b7cc3b9 has only 'kỳ họp thứ 5', 'khoá 19', 'View Count: 115'; no vote figure. g.sh 'Đống Đa|Võ Nguyên Phong' -> other Đống Đa pages count other things (064: 58 gia đình; 805: 660 đảng viên Huy hiệu). '97%' -> only 606 (Tháng Nhân đạo, unrelated)."),
    ("906_dcbd919b8f59", "not_found",
     "Tại lễ phát động Tháng Nhân đạo năm 2024, Hội Chữ thập đỏ huyện Hóc Môn đã trao 300 phần quà cho người nghèo, người có hoàn cảnh khó khăn.",
     "906_dcbd919b8f59 only says 'Sau 6 năm triển khai ... trợ giúp hàng trăm lượt người nghèo' (vague), no gifts count. g.sh 'Hóc Môn' -> only this page (+108 Điện lực Hóc Môn person). 'Tháng Nhân đạo' 2024 figures (606: 786 tỷ cả nước; 407) are national, not Hóc Môn. '300 phần quà' -> 626, 1264 other events."),
    ("965_f94f0c950eb5", "not_found",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức tham dự.",
     "965_f94f0c950eb5 is the dossier review (12/9/2023): gives '2 ngày', 'Tổ số 02', no delegate count. g.sh 'Tuyên Quang' -> 532 is Đại hội Công đoàn tỉnh Tuyên Quang lần thứ I 2025-2030 (another edition, no count matched). '200 đại biểu' hits are other congresses (132, 237, 298, 621, 743)."),
    ("1205_8824486ce1df", "not_found",
     "Ban Chấp hành Công đoàn cơ sở Trường Mầm non Sơn Ca 10 nhiệm kỳ 2023-2028 gồm 5 ủy viên.",
     "1205_8824486ce1df: 'BCH Công đoàn NK 2023-2028 ra mắt Đại hội' (caption) but no size; nearby figure '42 công đoàn viên' counts attendees, not BCH members. g.sh 'Sơn Ca' -> only this page."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        fields = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        for x in fields:
            assert "\t" not in x and "\n" not in x, x
        rows.append(fields)
    rows.sort(key=lambda r: r[0])  # stable: keeps S/D/N order within a page
    with open("/work/unseen106/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
