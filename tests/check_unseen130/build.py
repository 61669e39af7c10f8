#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen130).

Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised,
sorted by page_id. Columns: page_id, verdict, claim, why.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 062 ----------------
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” do Công đoàn Trường Mầm non Việt Triều Hữu nghị phát động đã quyên góp được hơn 80 triệu đồng để động viên giáo viên, nhân viên hợp đồng.",
     "062 body: 'phong trào đã nhận được sự đoàn kết, nhất trí của tập thể đội ngũ biên chế với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường' -> 50 vs claimed 80 triệu. g.sh '80 triệu' hits only 124/154/907/922 (other units), never this school; g.sh 'Việt Triều' only 062."),
    # ---------------- 068 ----------------
    ("068_61646234850c", N,
     "Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội lần thứ VIII năm 2022 đã trao 30 giải cho các thí sinh xuất sắc.",
     "068 counts only participants ('109 CNLĐ tham gia Hội thi thợ giỏi ... lần thứ VIII') -- a different counted noun (thí sinh tham gia vs giải). No prize count anywhere: g.sh 'thợ giỏi' -> 000 (Hội thi thợ giỏi TP Hà Nội 2023, 363 thí sinh), 069 (TP 2023), 134 (KCN&CX lần VI 2019, no count), 339 (ngành Xây dựng 2024: 70 thí sinh, 21 thợ giỏi) -- other editions/organisers; g.sh '30 giải' -> nothing."),
    # ---------------- 092 ----------------
    ("092_19866e76540c", S,
     "Theo Chủ tịch LĐLĐ TP Hà Nội Nguyễn Thị Tuyến, Đại hội Công đoàn thành phố Hà Nội lần thứ XVI (nhiệm kỳ 2018-2023) có 550 đại biểu chính thức tham gia.",
     "092: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức.' Caveat: 242 says the XVI congress was held 'với sự tham dự của 546 đại biểu' (attendance, not official delegates); 307 '545/550 đại biểu chính thức' is the XVII congress (2023), 288 '548 đại biểu' is XVIII."),
    # ---------------- 1012 ----------------
    ("1012_7b47589330b0", S,
     "Chiến dịch Thanh niên tình nguyện hè TP HCM năm nay đã xây dựng, sửa chữa 155 căn nhà tình bạn, tình thương, tình nghĩa.",
     "1012: 'xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa'."),
    ("1012_7b47589330b0", N,
     "Trong chiến dịch Thanh niên tình nguyện hè năm nay, tuổi trẻ TP HCM đã trồng mới 12.000 cây xanh.",
     "1012 counts hẻm (162), chung cư (39), km đường (46.000), nhà (155), cầu (22), kênh rạch (72), tấn rác (34), lượt thanh niên (gần 400.000), đoàn viên vào Đảng (300) -- no trees. g.sh 'cây xanh' -> 391 (Đoàn TN Hà Nội, Mễ Trì), 547/550 (other youth campaigns: 165.214 / 6 triệu cây), 644, 777, 790 (1.000 cây), 941 -- none is the TP HCM summer campaign; g.sh '12\\.?000 cây' -> nothing."),
    # ---------------- 1028 ----------------
    ("1028_21dfb2d35f28", S,
     "Trong quý I năm 2025, Hà Nội đã giải quyết việc làm cho hơn 54 nghìn lao động.",
     "1028: 'Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động, đạt 34,1% kế hoạch năm, tăng hơn 3.000 người so với cùng kỳ năm 2024' (so the year is 2025)."),
    # ---------------- 1029 ----------------
    ("1029_4c50aa41ee41", D,
     "Sáu tháng đầu năm 2023, Hà Nội có gần 9.000 doanh nghiệp quay trở lại hoạt động, khiến nhu cầu tuyển lao động tăng lên.",
     "1029: 'Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động' (6 tháng cuối năm 2023 context, Hà Nội) -> 5.700 vs 9.000. g.sh '9\\.?000 doanh nghiệp|doanh nghiệp (trở lại|quay lại)' -> only 1029 (5.700) and 1027 (no figure)."),
    # ---------------- 1103 ----------------
    ("1103_36980ed6ca73", S,
     "Đại hội Hội Nông dân các huyện, thành phố ở Bắc Giang nhiệm kỳ 2023-2028 đã bầu tám mươi ba đồng chí vào Ban Thường vụ.",
     "1103: '287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ'."),
    # ---------------- 1106 ----------------
    ("1106_4851ef217f85", D,
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai đã trao 120 suất quà cho con đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1106: 'Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng' (the other gifts, 100 suất 1 triệu, come from Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em TP) -> 75 vs 120. g.sh '120 suất' -> nothing."),
    # ---------------- 1189 ----------------
    ("1189_e352b2061a84", S,
     "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI đã tuyên dương, khen thưởng 107 cá nhân điển hình tiên tiến.",
     "1189: 'gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến'."),
    ("1189_e352b2061a84", N,
     "Đại hội thi đua yêu nước trong CNVCLĐ ngành Dệt May Việt Nam lần thứ VI có khoảng 400 đại biểu tham dự.",
     "1189 counts only điểm cầu (03), tập thể (10) and cá nhân khen thưởng (24, 107) -- no delegate count. g.sh 'Dệt May' -> 133/266 (Công đoàn ngành Dệt May Hà Nội, Tết sum vầy), 003 (Nghệ An dệt may), none counts delegates of this congress; g.sh '400 đại biểu' -> 529, 815 (other congresses)."),
    # ---------------- 1192 ----------------
    ("1192_dccb05c77ecc", S,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra tháng 5/2019 đã quy tụ hơn 440 vận động viên.",
     "1192: 'Hội thao có 24 đoàn tham gia ... với trên 444 vận động viên'. (1190 is a different hội thao of Công đoàn Ngân hàng VN, 120 lượt VĐV.)"),
    # ---------------- 1210 ----------------
    ("1210_f54349fbf825", D,
     "320 đại biểu đại diện cho đoàn viên, người lao động ngành Y tế đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028.",
     "1210: 'trong 2 ngày 19 và 20/7/2023, 250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên ... đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV' -> 250 vs 320. g.sh '320 đại biểu' -> nothing; other Y tế congresses (1211 Thanh Hóa 176 đại biểu, 009 Y tế Hà Nội) are other organisations."),
    ("1210_f54349fbf825", N,
     "Đại hội Công đoàn Y tế Việt Nam lần thứ XIV đã bầu Ban Chấp hành khóa mới gồm 33 ủy viên.",
     "1210 says the congress 'đã bầu ra Ban chấp hành, Ban thường vụ và các chức danh' but gives no member count. g.sh 'Y tế Việt Nam' -> 001, 002, 009, 810 (34 đại biểu ngành Y tế dự Đại hội XIII CĐVN -- delegates, not BCH), 1182 (40.455 đoàn viên, 2016); g.sh '33 ủy viên' -> 1089 only (Hội Nông dân Tiền Giang)."),
    # ---------------- 172 ----------------
    ("172_6e096ef27768", S,
     "Từ năm 2018 đến cuối năm 2022, Liên đoàn Lao động thành phố Vinh (Nghệ An) đã giảm 1 064 đoàn viên.",
     "172: 'từ đầu năm 2018 đến ngày 31/12/2022 ... LĐLĐ thành phố Vinh giảm 1.064 đoàn viên'."),
    ("172_6e096ef27768", D,
     "Giai đoạn 2018-2022, Công đoàn ngành Giao thông vận tải tỉnh Nghệ An đã giảm khoảng 2.400 đoàn viên.",
     "172: 'Công đoàn ngành Giao thông vận tải giảm 1.446 đoàn viên' -> 1.446 vs ~2.400. g.sh '2\\.?400 đoàn viên' -> only 504 ('hơn 2.400 đoàn viên ... tham dự chương trình' Chợ Tết, unrelated)."),
    # ---------------- 247 ----------------
    ("247_9bb00526265c", S,
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 (nhiệm kỳ 2018-2023) đã bầu ra Đoàn Chủ tịch gồm hai mươi hai ủy viên.",
     "247: 'Ban chấp hành khóa 12 cũng đã bầu ra Đoàn Chủ tịch với 22 Ủy viên'; 101 agrees: 'Đoàn Chủ tịch gồm 22 Ủy viên'."),
    ("247_9bb00526265c", D,
     "Đại hội Công đoàn Việt Nam lần thứ XII đã bầu 175 người vào Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam.",
     "247: 'bầu cử 161 người vào Ban Chấp hành Tổng Liên đoàn Lao động'; 101: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên' -> 161 vs 175. 247 also has 185 (danh sách giới thiệu) and 166 (lấy phiếu tín nhiệm); 174 (khóa XIII) has 177 seats / 168 elected; g.sh '175 (người|đồng chí|ủy viên)' -> nothing."),
    # ---------------- 407 ----------------
    ("407_d7e54acfc68e", S,
     "Sau 6 năm triển khai Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã trợ giúp hơn 5,5 triệu lượt người nghèo và người có hoàn cảnh khó khăn.",
     "407: '6 năm qua, Hội Chữ thập Đỏ Việt Nam đã làm nòng cốt triển khai tổ chức Tháng Nhân đạo ... Kết quả đã vận động được hơn 3.400 tỷ đồng, trợ giúp trên 5,5 triệu lượt người nghèo'."),
    ("407_d7e54acfc68e", D,
     "Qua 6 năm tổ chức Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 4.300 tỷ đồng.",
     "407: 'vận động được hơn 3.400 tỷ đồng' over the 6 years -> 3.400 vs 4.300 tỷ. g.sh '4\\.?300 tỷ' -> nothing; 606 '786 tỷ' is Tháng Nhân đạo 2024 alone (another period)."),
    # ---------------- 458 ----------------
    ("458_f1b00474d974", D,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” 2026 ở khu vực Hòa Bình, gần 800 đoàn viên, người lao động được hỗ trợ tiền mặt chuyển thẳng vào tài khoản.",
     "458: '576 đoàn viên, người lao động được hỗ trợ 1 triệu đồng/người, chuyển trực tiếp vào tài khoản cá nhân' -> 576 vs ~800. g.sh '800 đoàn viên' -> 666 (8.800 đoàn viên mới), 733 (562/800 đoàn viên), 1042, 1182 -- none about this programme."),
    ("458_f1b00474d974", N,
     "Chợ Tết Công đoàn - Xuân 2026 tại Khu công nghiệp Lương Sơn, khu vực Hòa Bình có 40 gian hàng phục vụ công nhân lao động.",
     "458 counts hỗ trợ (576), quà (100, 135 triệu), phiếu 0 đồng (500) and voucher (500) but not gian hàng ('Công nhân lao động KCN Lương Sơn tại các gian hàng' is a caption without number). g.sh 'gian hàng' -> 107 (Hà Nội, ~50 gian hàng), 262 (Hà Nội 2023, 72 gian hàng), 087, 161 -- other markets."),
    # ---------------- 461 ----------------
    ("461_41a4f3622d80", D,
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ TPHCM đã đăng ký thực hiện hơn 70 công trình xã hội.",
     "461: 'đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu' -> 43 vs 70 (even 43+21=64 is not 70+). g.sh '70 công trình' -> nothing."),
    ("461_41a4f3622d80", N,
     "Tại lễ phát động Tháng nhân đạo, Hội Chữ thập đỏ TPHCM đã trao 25 căn nhà tình thương cho người có hoàn cảnh khó khăn.",
     "461 only says 'Hội Chữ thập đỏ TPHCM cũng trao nhà tình thương, thiết bị điều trị ...' with no number. g.sh 'nhà tình thương' -> 078 (LĐLĐ quận 1, 15 căn since 2017), 462 (Quỹ Vì người nghèo TP.HCM, 20 nhà tình thương -- other organisation/occasion), 1012 (summer campaign 155 nhà); g.sh '25 căn' -> nothing."),
    # ---------------- 468 ----------------
    ("468_d8dfb9c601c1", S,
     "Lễ phát động tháng cao điểm vì người nghèo và an sinh xã hội năm 2023 của Hà Nội trao 185 căn nhà đại đoàn kết cho người nghèo.",
     "468: 'trao hỗ trợ an cư và tạo sinh kế trị giá gần 11 tỷ đồng cho người nghèo, gồm: 185 căn nhà đại đoàn kết, 40 con bò sinh sản ...'. (Announced as what will be handed over at the 03/10 ceremony.)"),
    ("468_d8dfb9c601c1", D,
     "Theo kết quả rà soát chuẩn nghèo đa chiều năm 2023, Hà Nội hiện còn hơn 32 nghìn hộ cận nghèo.",
     "468: 'Hà Nội hiện còn hơn 2.100 hộ nghèo, chiếm tỷ lệ 0,095% và hơn 22.000 hộ cận nghèo' -> 22.000 vs 32.000. g.sh '32\\.?000 hộ|32 nghìn' -> nothing; 1144 (Đức Trọng 1.112 hộ cận nghèo) is another place."),
    # ---------------- 627 ----------------
    ("627_3078f9de4bd8", D,
     "Kỳ họp thứ Nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021-2026 triệu tập 45 đại biểu.",
     "627: 'số lượng đại biểu được triệu tập là 35 đại biểu' -> 35 vs 45. g.sh '45 đại biểu' -> only 741 ('345 đại biểu', Đà Nẵng); g.sh 'Bắc Quang' -> 627 and 1144 (MTTQ huyện, no figure)."),
    # ---------------- 702 ----------------
    ("702_b3991be6596d", D,
     "LĐLĐ TP.HCM phối hợp với LĐLĐ Quận 12 họp mặt 70 gia đình công nhân ở trọ không có điều kiện về quê đón Tết tại phường Thạnh Lộc.",
     "702: 'LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc' -> 45 vs 70 (the other count on the page, 24 gia đình, is the main meeting). g.sh '70 gia đình' -> nothing."),
    # ---------------- 707 ----------------
    ("707_bf24a681f98e", S,
     "Có 230 đại biểu chính thức về dự Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023-2028.",
     "707: '... và 230 đại biểu chính thức dự đại hội' (Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII, nhiệm kỳ 2023 - 2028)."),
    ("707_bf24a681f98e", N,
     "Đại hội Công đoàn tỉnh Lào Cai lần thứ XVII đã bầu 35 ủy viên Ban Chấp hành LĐLĐ tỉnh khóa XVII.",
     "707 is the opening-session report: counts only 230 đại biểu chính thức; no BCH election result. g.sh 'Lào Cai' -> 670, 727, 1129, 1144 (unrelated to this congress); g.sh '35 ủy viên' -> 1089 only ('33/35 Ủy viên', Hội Nông dân Tiền Giang)."),
    # ---------------- 733 ----------------
    ("733_22b1a5701d08", D,
     "Tính đến hết tháng 5/2018, LĐLĐ quận Long Biên có hơn 60 đoàn viên công đoàn ưu tú được kết nạp vào Đảng.",
     "733: 'các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp, trong đó có 42 đoàn viên ưu tú được kết nạp vào Đảng Cộng sản Việt Nam' -> 42 vs 60+. g.sh '60 đoàn viên ưu tú|kết nạp' -> no other Long Biên count."),
    # ---------------- 743 ----------------
    ("743_3d782a035b00", D,
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X (nhiệm kỳ 2018-2023) đã bầu Ban Chấp hành gồm 45 người.",
     "743: 'Đại hội đã bầu Ban chấp hành Công đoàn tỉnh Khánh Hòa gồm 38 vị' -> 38 vs 45. g.sh '45 ủy viên|45 vị|45 đồng chí' -> nothing."),
    ("743_3d782a035b00", N,
     "Đại hội Công đoàn tỉnh Khánh Hòa nhiệm kỳ 2023-2028 có 280 đại biểu chính thức tham dự.",
     "Another edition: 743 counts the khóa X congress (2018-2023: 'trên 300 đại biểu', 200 khách mời, 38 BCH). g.sh 'Khánh Hòa' -> 743, seed 001 (du lịch), 886 (thưởng Tết) -- no 2023-2028 congress; g.sh '280 đại biểu' -> nothing."),
    # ---------------- 768 ----------------
    ("768_7313fb6d14c3", N,
     "Tại chương trình “Tết Sum vầy - Xuân ơn Đảng” 2026 ở Khu công nghiệp Tân Phú Thạnh, LĐLĐ TP Cần Thơ đã trao 1.000 suất quà Tết cho công nhân.",
     "768 counts only 01 xe gắn máy and 500 vé tàu, xe; gifts are mentioned without number. g.sh 'Cần Thơ' -> 749 (LĐLĐ TP Cần Thơ '130 phần quà' / '30 phần quà' for people on duty at New Year's Eve 16/2 -- another occasion), 751 (Ninh Kiều Mái ấm), 196; g.sh '1\\.?000 suất' -> 1149 only (Tết Nhân ái, another organiser)."),
    # ---------------- 804 ----------------
    ("804_8ecc40938555", D,
     "Đợt 19/5, Ban Thường vụ Thành ủy Hà Nội đã trao Huy hiệu Đảng cho 540 đảng viên thuộc Đảng bộ quận Hà Đông.",
     "804: 'Ban Thường vụ Thành ủy tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông' -> 440 vs 540. g.sh '540 đảng viên' -> nothing."),
    ("804_8ecc40938555", N,
     "Trong đợt trao Huy hiệu Đảng 19/5, Đảng bộ quận Hà Đông có 12 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.",
     "804 breaks the 440 down only as '1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 70 năm tuổi Đảng' -- 60-year badges not counted. g.sh 'Huy hiệu' with '60 năm' -> 802 (one person, Hà Nội city), 928, 929 (phường Bạch Hạc) -- other units/occasions."),
    # ---------------- 968 ----------------
    ("968_788fa47f98b7", S,
     "Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh Quảng Trị đã tặng hơn 25 nghìn phần quà cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn.",
     "968: 'Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh đã tặng 25.021 phần quà trị giá 13,4 tỉ đồng cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn'."),
    ("968_788fa47f98b7", D,
     "Các phần quà mà Công đoàn Quảng Trị trao cho CNVC-LĐ khó khăn dịp Tết Tân Sửu 2021 có tổng trị giá 18,4 tỷ đồng.",
     "968: '25.021 phần quà trị giá 13,4 tỉ đồng' -> 13,4 vs 18,4 tỷ. g.sh '18,4 t' -> nothing."),
    # ---------------- 982 ----------------
    ("982_1255496940da", D,
     "Tại chương trình “Tết sum vầy” năm 2020, LĐLĐ huyện Tam Đường đã trao mười lăm suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982: 'LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà cho đoàn viên có hoàn cảnh khó khăn' -> 8 vs 15 (LĐLĐ huyện). g.sh '15 (suất|xuất)' -> nothing; 'Tam Đường' only 982."),
    ("982_1255496940da", N,
     "Chương trình “Tết sum vầy” năm 2021 của LĐLĐ huyện Tam Đường đã trao 30 suất quà cho đoàn viên khó khăn.",
     "Another year: 982 counts the 2020 programme (25 suất LĐLĐ tỉnh, 8 suất LĐLĐ huyện, 750 ngàn/suất). g.sh 'Tam Đường' -> 982 only; g.sh '30 suất' -> 128, 777 (other organisations)."),
    # ---------------- 991 ----------------
    ("991_a7a6bf1c6c7c", S,
     "Trong 6 tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "991: 'chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng' (sơ kết 6 tháng đầu năm 2020)."),
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
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc
    print(len(rows), dict(c), len(pc), "pages")


if __name__ == "__main__":
    main()
