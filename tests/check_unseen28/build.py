#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check test set (unseen28).
Plain Python: csv + unicodedata only. Output NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 1101: Hội thi ATVSV giỏi Thừa Thiên Huế 2018
    ("1101_ddfaa6f7ad8a", S,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 do LĐLĐ tỉnh phối hợp với Sở LĐ-TB&XH tổ chức có mười một đội tham gia.",
     "1101: 'Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở trực thuộc LĐLĐ các huyện, thị xã, thành phố Huế...' (mười một = 11)."),
    ("1101_ddfaa6f7ad8a", N,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 thu hút 85 thí sinh tranh tài.",
     "1101 counts only teams ('11 đội') and '3 phần thi', never thí sinh. g.sh 'Thừa Thiên Huế|An toàn vệ sinh viên giỏi': other hits are other editions/places (141 Hà Nội 2020, 1067 Hà Nội, 1081 Khánh Hoà 2024, 503/1084 unrelated Huế events); g.sh '85 thí sinh' = 0 hits."),
    # ---------------- 1103: Hội Nông dân cấp huyện Bắc Giang
    ("1103_36980ed6ca73", S,
     "Qua đại hội Hội Nông dân các huyện, thành phố ở Bắc Giang nhiệm kỳ 2023-2028, gần 290 đồng chí đã được bầu vào Ban Chấp hành.",
     "1103: '287 đồng chí được bầu vào Ban Chấp hành' (gần 290 ~ 287)."),
    ("1103_36980ed6ca73", D,
     "Đại hội Hội Nông dân cấp huyện ở tỉnh Bắc Giang nhiệm kỳ 2023-2028 đã bầu 103 đồng chí vào Ban Thường vụ.",
     "1103: '83 đồng chí được bầu vào Ban Thường vụ' (not 103). g.sh '103 đồng chí|103 ủy viên' = 0 hits."),
    ("1103_36980ed6ca73", N,
     "Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành tỉnh gồm 41 ủy viên.",
     "1103 only says the provincial congress lần thứ X is 'dự kiến tổ chức vào tháng 7/2023'; its 287 BCH / 83 BTV / 262 đại biểu are the district-level congresses. g.sh 'Bắc Giang|Nông dân': only other Hội Nông dân congresses are Nghệ An (985), Tiền Giang (1089), national (842). g.sh '41 ủy viên|41 đồng chí' = 0."),
    # ---------------- 1104: HĐND Sơn La bầu Chủ tịch UBND
    ("1104_5bd345c8ded7", S,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu giữ chức Chủ tịch UBND tỉnh với sự đồng ý của toàn bộ 67 đại biểu có mặt.",
     "1104: 'Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La'."),
    ("1104_5bd345c8ded7", N,
     "Ông Lê Hồng Minh được HĐND tỉnh Sơn La bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 với 64 đại biểu tán thành.",
     "974 reports Lê Hồng Minh's election only via 'Quyết định số 286/QĐ-TTg, Thủ tướng Chính phủ phê chuẩn kết quả bầu bổ sung' - no vote count; 1104's 67/67 is the Chủ tịch election of Hoàng Quốc Khánh. g.sh 'Lê Hồng Minh|Sơn La', '64 đại biểu|64/' -> nothing on this vote."),
    # ---------------- 1105: Đại hội Đoàn Thanh Hóa lần XX
    ("1105_fd04a28fb480", S,
     "Trong nhiệm kỳ qua, tuổi trẻ tỉnh Thanh Hóa đã triển khai hơn 42,8 nghìn công trình, phần việc thanh niên.",
     "1105: 'Toàn tỉnh đã triển khai hơn 42.800 công trình, phần việc thanh niên'."),
    ("1105_fd04a28fb480", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX đã bầu Ban Chấp hành nhiệm kỳ 2025-2030 gồm 44 đồng chí.",
     "1105: 'bầu Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí'. Trap: 1086 says 'Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí' - that is the previous edition (2022-2027), not this one."),
    ("1105_fd04a28fb480", N,
     "Ban Thường vụ Tỉnh Đoàn Thanh Hóa nhiệm kỳ 2025-2030 gồm 15 đồng chí.",
     "1105 gives BCH 49 but no Ban Thường vụ count. 1086 gives 'Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí' for khóa XIX 2022-2027 (another edition). g.sh 'Thanh H[oó]a' + đoàn: only 1086 and 1105; '15 đồng chí' only in 963 (Công đoàn phường Thuận Giao)."),
    # ---------------- 1106: quà cho con đoàn viên quận Hoàng Mai
    ("1106_4851ef217f85", S,
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai (Hà Nội) đã trao 75 suất quà cho con đoàn viên, người lao động khó khăn.",
     "1106: 'Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng'. (542 '75 suất quà' is LĐLĐ thị xã Hoàng Mai, Nghệ An, Tết 2022 - another place.)"),
    ("1106_4851ef217f85", S,
     "Mỗi suất quà LĐLĐ quận Hoàng Mai trao cho con đoàn viên khó khăn dịp Tháng hành động vì trẻ em 2022 trị giá 800 nghìn đồng.",
     "1106: '75 suất quà trị giá 800.000 đồng gồm 500.000 đồng tiền mặt và 300.000 đồng hiện vật'."),
    ("1106_4851ef217f85", D,
     "Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em thành phố Hà Nội đã tặng quà cho 150 con công nhân lao động khó khăn ở quận Hoàng Mai.",
     "1106: 'đã tặng quà cho 100 con công nhân lao động có hoàn cảnh khó khăn trên địa bàn quận Hoàng Mai'. g.sh '150 con|150 suất': only 829 and 922 (Hội LHPN Thanh Hóa) - other things."),
    # ---------------- 1107: Hội LHPN Hà Nội 8/3/2023
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội LHPN thành phố Hà Nội khai mạc ngày 8/3/2023 tại Nhà thi đấu huyện Đan Phượng có 24 đội tham gia.",
     "1107 only says 'khai mạc Giải Bóng chuyền hơi tại Nhà thi đấu huyện Đan Phượng' - no team count (its numbers are anniversaries: 113 năm, 75 năm, đợt thi đua 100 ngày). g.sh 'bóng chuyền hơi' -> only 1107; '24 đội' = 0."),
    # ---------------- 1108: Thới Lai ATVSLĐ-PCCN 2016
    ("1108_dc5ce910e1da", S,
     "LĐLĐ huyện Thới Lai đã huy động ba trăm đoàn viên, CNVCLĐ dự mít tinh và diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ – PCCN lần thứ 18 năm 2016.",
     "1108: 'Liên đoàn Lao động huyện Thới Lai huy động 300 lực lượng là đoàn viên, CNVCLĐ dự Mít tinh và diễu hành' (ba trăm = 300)."),
    ("1108_dc5ce910e1da", N,
     "Cuộc diễu hành hưởng ứng Tuần lễ quốc gia ATVSLĐ – PCCN năm 2016 ở huyện Thới Lai có 50 xe ô tô tham gia.",
     "1108 says only 'diễu hành bằng xe ô tô, mô tô' - no vehicle count. g.sh 'Thới Lai' -> only 1108; '50 xe' = 0."),
    # ---------------- 1125: Công đoàn Điện lực Đất Đỏ
    ("1125_5e323181d7fd", S,
     "Công đoàn Công ty Điện lực Đất Đỏ đã trao tổng cộng 55 triệu đồng hỗ trợ cán bộ công nhân viên và thân nhân gặp hoàn cảnh khó khăn.",
     "1125: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân'."),
    ("1125_5e323181d7fd", D,
     "Công đoàn Công ty Điện lực Đất Đỏ đã thăm hỏi, trao hỗ trợ cho 6 trường hợp cán bộ công nhân viên và thân nhân khó khăn, bệnh tật.",
     "1125: 'hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn, bệnh tật'. g.sh '6 trường hợp|sáu trường hợp' = 0; 'Đất Đỏ' elsewhere only 520 (Mái ấm, Long Điền)."),
    # ---------------- 1126: Công đoàn Tổng công ty Điện lực TP HCM 6 tháng 2022
    ("1126_1b7f3b281987", S,
     "Trong 6 tháng đầu năm 2022, Tổng công ty Điện lực TP HCM có 7 cá nhân được tuyên dương khen thưởng “Người lao động ngành điện tiêu biểu”.",
     "1126: 'Tổng công ty còn có 7 cá nhân được tuyên dương khen thưởng “Người lao động ngành điện tiêu biểu” năm 2022'."),
    ("1126_1b7f3b281987", D,
     "Thỏa ước lao động tập thể số 99 do Công đoàn Tổng công ty Điện lực TP.HCM ký kết năm 2022 có 35 điểm có lợi hơn cho người lao động.",
     "1126: 'ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động'. g.sh '35 điểm' = 0."),
    ("1126_1b7f3b281987", D,
     "6 tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực Thành phố Hồ Chí Minh đã cùng các ban ngành đoàn thể đóng góp hơn 5 tỷ đồng cho công tác an sinh xã hội.",
     "1126: 'Trong công tác an sinh xã hội, công đoàn đã phối hợp cùng với các ban ngành đoàn thể tham gia đóng góp hơn 2 tỉ đồng'. g.sh '5 tỉ|5 tỷ': hits (038, 155, 166, 451, 491, 500...) are other organisations."),
    # ---------------- 1127: Công đoàn EVNHANOI nắng nóng 2023
    ("1127_4165bf12a431", N,
     "Trong đợt nắng nóng tháng 5/2023, Công đoàn EVNHANOI đã trao 500 suất quà cho công nhân lao động trực tiếp ngoài hiện trường.",
     "1127 has no gift count (only 'văn bản số 217/CĐ EVNHANOI', '04 tháng đầu năm', page-view counter). g.sh 'EVNHANOI|Điện lực TP. Hà Nội' -> only 1127; '500 suất' = 0."),
    ("1127_4165bf12a431", N,
     "Công đoàn Tổng công ty Điện lực TP Hà Nội đã chi 300 triệu đồng chăm lo sức khỏe cho CBCNV trong mùa hè nắng nóng 2023.",
     "1127 states no money amount. g.sh 'EVNHANOI' -> only 1127; '300 triệu' hits (606, 625, 994) are other organisations/events."),
    # ---------------- 1128: Công đoàn Điện lực Việt Nam thăm EVNHCMC dịp Tết
    ("1128_8dbf9e8fc1aa", S,
     "Đoàn công tác Công đoàn Điện lực Việt Nam đã tặng quà Công ty Dịch vụ Điện lực TP HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 50 triệu đồng.",
     "1128: 'tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị'."),
    ("1128_8dbf9e8fc1aa", D,
     "Trong chuyến thăm ngày 27/12, Phó Chủ tịch Công đoàn Điện lực Việt Nam Nguyễn Kim Thanh đã thăm hỏi 5 trường hợp người lao động EVNHCMC bị bệnh hiểm nghèo.",
     "1128: 'chị Nguyễn Thị Kim Loan ... và chị Bùi Thị Lan ... là 02 trường hợp bị bệnh hiểm nghèo'. g.sh '5 trường hợp|05 trường hợp' = 0."),
    ("1128_8dbf9e8fc1aa", N,
     "Dịp này, Công đoàn Điện lực Việt Nam đã trao 120 suất quà Tết cho người lao động có hoàn cảnh khó khăn tại Tổng công ty Điện lực TP HCM.",
     "1128 counts units (02 đơn vị, 50.000.000 đồng each) and 02 sick workers, never suất quà. g.sh '120 suất' = 0; 'EVNHCMC|Điện lực TP HCM' -> only 1126 (no gift count) and 1128."),
    # ---------------- 1129: Công đoàn EVN NPC Tháng công nhân 2016
    ("1129_6f068af9295a", S,
     "Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi hai mươi bốn cá nhân người lao động tại các Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa.",
     "1129: 'Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa' (hai mươi bốn = 24)."),
    ("1129_6f068af9295a", D,
     "Trong Tháng công nhân năm 2016, Công đoàn EVN NPC đã đến thăm và tặng quà cho 10 đơn vị điện lực.",
     "1129: 'đến thăm và tặng quà cho 6 đơn vị: Điện lực Hòa An và Điện lực Thành phố Cao Bằng, Điện lực Phổ Yên, ... Điện lực Đông Sơn'. g.sh '10 đơn vị' -> only 998 (Đảo Thanh niên), unrelated."),
    ("1129_6f068af9295a", D,
     "Công đoàn EVN NPC (Tổng công ty Điện lực miền Bắc) thăm hỏi người lao động mắc bệnh hiểm nghèo với mức 2 triệu đồng mỗi người.",
     "1129: 'với mức thăm hỏi 1.000.000 đồng/người'. g.sh '2.000.000 đồng/người|2 triệu đồng/người|2 triệu đồng mỗi': only 163, 286 (thưởng Tết/lương) - other things."),
    # ---------------- 1130: Quỹ Vì người nghèo TP HCM 2020
    ("1130_b874a926a657", S,
     "Các cơ quan ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TP HCM đã ủng hộ gần 500 triệu đồng tiền lương vào Quỹ Vì người nghèo TP năm 2020.",
     "1130: 'các đơn vị đã ủng hộ 1 ngày lương vào Quỹ “Vì người nghèo” TP với số tiền 495 triệu đồng' (gần 500 ~ 495)."),
    ("1130_b874a926a657", D,
     "Ngày 28-9-2020, Văn phòng Đoàn ĐBQH - HĐND và Văn phòng UBND TP HCM đã ủng hộ Quỹ Vì người nghèo thành phố hơn 150 triệu đồng.",
     "1130: 'Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP ... Các đơn vị đã ủng hộ số tiền gần 77 triệu đồng'. g.sh '150 triệu' -> only 357 (LĐLĐ Hà Nội), unrelated."),
    ("1130_b874a926a657", N,
     "Hơn 300 cán bộ, công chức đã tham gia đóng góp ngày lương ủng hộ Quỹ Vì người nghèo tại lễ phát động của cơ quan Thành ủy TP HCM ngày 28-9-2020.",
     "1130 gives money only (495 triệu, gần 77 triệu), no participant count. g.sh 'Văn phòng Thành ủy|Thành ủy TP.HCM' -> 572, 626, 808 are other events; 'hơn 300' hits (466, 748, 904, 994, 1012) are other things."),
    # ---------------- seed 000: đợt thi đua cao điểm LĐLĐ Hà Nội 2023
    ("seed", S,
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 do LĐLĐ và UBND Thành phố tổ chức có hơn 360 thí sinh tham gia.",
     "seed 000_bfafa456d464a790: 'Hội thi thi thợ giỏi thành phố Hà Nội năm 2023 với sự tham gia của 363 thí sinh đến từ 100 doanh nghiệp' (hơn 360 ~ 363)."),
    ("seed", D,
     "Trong đợt thi đua cao điểm chào mừng Đại hội Công đoàn TP Hà Nội lần thứ XVII, CNVCLĐ Thủ đô đã hoàn thành khoảng 150 công trình cấp trên trực tiếp cơ sở.",
     "seed 000: 'hoàn thành 526 công trình, sản phẩm, phần việc cấp cơ sở; 94 công trình cấp trên trực tiếp cơ sở'. g.sh '150 công trình' = 0."),
    ("seed", N,
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 đã trao 20 giải Nhất cho các thí sinh xuất sắc.",
     "seed 000 counts '111 thí sinh đạt giải' and 'tổng số tiền giải 564 triệu đồng', no giải Nhất count. g.sh 'thợ giỏi' -> 069 (kế hoạch, no prizes), 068/134 (KCN&CX, other contest), 339 (ngành Xây dựng); 'giải Nhất' with thợ = 0; '20 giải' = 0."),
    # ---------------- older dev pages (batches 20-26)
    ("1086_f219c7d82366", S,
     "Tại hội nghị lần thứ nhất Ban Chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX (2022-2027), Ban Thường vụ Tỉnh Đoàn gồm 12 đồng chí đã được bầu.",
     "1086: 'Tại hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022 - 2027 đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí'."),
    ("1086_f219c7d82366", D,
     "Đoàn đại biểu Tỉnh Đoàn Thanh Hóa dự Đại hội Đoàn toàn quốc lần thứ XII gồm 20 đại biểu chính thức.",
     "1086: 'bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 14 đại biểu chính thức, 4 đại biểu dự khuyết' (not 20; 14+4=18 also not 20). g.sh '20 đại biểu chính thức' = 0."),
    ("985_5ef9fa78a12a", D,
     "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, nhiệm kỳ 2023-2028 có 350 đại biểu tham dự.",
     "985: 'Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên'. g.sh '350 đại biểu' = 0."),
    ("985_5ef9fa78a12a", D,
     "Các đại biểu dự Đại hội Hội Nông dân tỉnh Nghệ An lần thứ X đại diện cho hơn 700 nghìn hội viên nông dân toàn tỉnh.",
     "985: '304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh'. g.sh '700 nghìn|700.000 hội viên' -> only 777 (700 nghìn đồng quà), unrelated."),
    ("1089_a96f4067d307", N,
     "Tại hội nghị lần thứ nhất, Ban Chấp hành Hội Nông dân tỉnh Tiền Giang khóa IX đã bầu Ban Thường vụ gồm 9 ủy viên.",
     "1089: 'Ban Chấp hành ... đã bầu Ban Thường vụ, Chủ tịch, các Phó Chủ tịch, Ủy ban Kiểm tra' - BTV elected but not counted (counts given: 270 đại biểu, 265.000 hội viên, BCH 33/35). g.sh 'Tiền Giang' -> 148, 457 unrelated; '9 ủy viên' -> 174 (Tổng LĐLĐ), 588 (MTTQ) other things."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per = Counter(r[0] for r in rows)
    print(sorted(per.items()))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
