# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv, unicodedata

S, D, N = "supported", "differs", "not_found"
CLAIMS = [
# ---------------- supported ----------------
("078_195ef83b4e19", S, "Từ đầu năm 2017 đến nay, Liên đoàn Lao động quận 1 (TP.HCM) đã trao mười lăm căn nhà tình thương, tình nghĩa và Mái ấm Công đoàn cho CNVC-LĐ, người dân khó khăn.",
 "078: \"Từ đầu năm 2017 đến nay, LĐLĐ quận 1 đã trao 15 căn nhà tình thương, tình nghĩa và \"Mái ấm Công đoàn\" cho CNVC-LĐ, người dân khó khăn\""),
("1028_21dfb2d35f28", S, "Ba tháng đầu năm 2025, số lao động được thành phố Hà Nội giải quyết việc làm đạt 34,1% kế hoạch cả năm.",
 "1028: \"Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động, đạt 34,1% kế hoạch năm, tăng hơn 3.000 người so với cùng kỳ năm 2024\""),
("106_0e5457770e83", S, "Lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ III (năm 2018) của Tổng LĐLĐ Việt Nam đã tôn vinh bảy mươi đoàn viên, công nhân lao động có thành tích đặc biệt xuất sắc.",
 "106: \"Giải thưởng Nguyễn Đức Cảnh lần thứ III, năm 2018 ... tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc trong toàn quốc\" (lần IV/2023 = 167 in 166, another edition)"),
("1162_f63ea6510168", S, "Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng 45 công nhân giỏi tiêu biểu năm 2019.",
 "1162: \"trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng\""),
("1189_e352b2061a84", S, "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI đã tuyên dương, khen thưởng 107 cá nhân điển hình tiên tiến.",
 "1189: \"gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến\""),
("168_9200173fb05c", S, "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments ở Tam Kỳ, nhận Giải thưởng Nguyễn Đức Cảnh năm 2023 với 42 sáng kiến.",
 "168: \"Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến, với giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng\""),
("694_7426b72731ba", S, "LĐLĐ tỉnh Long An vừa trao 151 suất học bổng \"vượt khó, học giỏi\" cho con em đoàn viên công đoàn.",
 "694: \"LĐLĐ tỉnh Long An tổ chức lễ tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn\""),
("699_c94abe293db6", S, "Mỗi suất quà Tết Ất Tỵ 2025 mà lãnh đạo Đảng, Nhà nước gửi tặng đoàn viên, người lao động khó khăn ở huyện Kon Plông trị giá một triệu ba trăm nghìn đồng.",
 "699: \"gửi tặng 22 suất quà cho các đoàn viên và người lao động có hoàn cảnh khó khăn trên địa bàn huyện Kon Plông. Mỗi suất quà trị giá 1.300.000 đồng\" (the 168 LĐLĐ gifts are 500.000 đồng each: another gift)"),
("808_2d042b864f95", S, "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP HCM lần thứ XI, nhiệm kỳ 2022-2027, đã bầu Ban Chấp hành khóa XI gồm 59 đồng chí.",
 "808: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí\""),
("812_69df8abf1bca", S, "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII (nhiệm kỳ 2025-2030) diễn ra với sự có mặt của 550 đại biểu.",
 "812: \"Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII ... với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên\" (550 in 092/307 is the Công đoàn HN congress XVI: another occasion, same value)"),
("689_d6670691ad7d", S, "Tính qua các kỳ đã tổ chức, các chương trình hiến máu tình nguyện ở TP HCM thu được hơn 2,9 triệu đơn vị máu.",
 "689: \"Qua 12 kỳ tổ chức, các chương trình hiến máu tình nguyện đến nay có hơn 2,5 triệu người tham gia, đạt trên 2,9 triệu đơn vị máu\""),
("1141_9d4943b7be3d", S, "Kỳ họp thứ nhất HĐND thành phố Kon Tum khóa XII đã bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm ba mươi hai người.",
 "1141: \"bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm 32 người\""),
("805_fafe42781e80", S, "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có 20 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
 "805: \"Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng, đặc biệt có 9 đồng chí nhận Huy hiệu 75 năm tuổi đảng, 20 đồng chí nhận Huy hiệu 70 năm tuổi đảng\"; \"Lễ trao huy hiệu Đảng đợt 2 dịp Quốc khánh 2/9\" (the 12 = those pinned by Ms Ngọc in person)"),
# ---------------- differs ----------------
("078_195ef83b4e19", D, "Từ năm 2017, các căn nhà tình thương, tình nghĩa và Mái ấm Công đoàn do LĐLĐ quận 1 TP HCM trao tặng có tổng kinh phí khoảng 900 triệu đồng.",
 "078: \"trao 15 căn nhà ... với tổng kinh phí gần 600 triệu đồng\". grep '900 triệu' only hits 1182 (CĐ Y tế VN support to 1.800 members, another thing)"),
("079_e6ebd6fda2ad", D, "Tại Đại hội Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030, đã có 25 người được chỉ định vào Ban Chấp hành Đảng bộ.",
 "079: \"Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người\". 342 (same congress) gives no count; grep 'chỉ định 2[0-9]' only 079"),
("100_480b17a13d4d", D, "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII, nhiệm kỳ 2018-2023, đã bầu năm Phó Chủ tịch.",
 "100: \"Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch\"; \"Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu\". grep '(5|năm) Phó Chủ tịch' no hit; 300 names the election without a count"),
("1012_7b47589330b0", D, "Chiến dịch Thanh niên tình nguyện hè TP HCM (12-7 đến 16-8) đã xây dựng, sửa chữa 255 nhà tình bạn, tình thương, tình nghĩa.",
 "1012: \"xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa\". grep '255 (căn|nhà)' no hit"),
("1014_8ece231e24cc", D, "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 80 voucher mua sắm tại Chợ Tết Công đoàn trực tuyến cho đoàn viên.",
 "1014: \"Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher\". grep 'voucher': 458 has 500 voucher (another event), no 80"),
("1028_21dfb2d35f28", D, "Quý I/2025, Hà Nội đã cho vay hơn 360 tỷ đồng từ nguồn vốn Quỹ Quốc gia về việc làm để tạo việc làm cho người lao động.",
 "1028: \"5.200 lao động được tạo việc làm qua nguồn vốn từ Quỹ Quốc gia về việc làm, với tổng số tiền cho vay hơn 260 tỷ đồng\". grep '360 tỷ' no hit"),
("106_0e5457770e83", D, "Anh Bàng Trúc Lâm, kỹ thuật viên Công ty Thuốc lá Thăng Long, người nhận Giải thưởng Nguyễn Đức Cảnh 2018, đã kèm cặp, đào tạo 500 công nhân lao động.",
 "106: \"anh Lâm ... kèm cặp, đào tạo 300 CNLĐ\" (189 is anh Nguyễn Hữu Tùng). grep '500 (CNLĐ|công nhân)' only 057 (Long Biên Tết buses)"),
("109_ef0d90601316", D, "Vụ sập sàn nâng tại công trình số 16 Nguyễn Công Trứ (quận Hai Bà Trưng) ngày 30/7 khiến năm công nhân tử vong.",
 "109: \"vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ\"; 282 (same accident): \"gia đình 4 nạn nhân tử vong\""),
("1147_b5a785ed6f78", D, "Tại chợ Tết Công đoàn năm 2025, LĐLĐ TP. Nha Trang đã tặng 435 phần quà Tết cho đoàn viên, người lao động khó khăn.",
 "1147: \"Liên đoàn Lao động TP. Nha Trang dành tặng 345 phần quà Tết trị giá 350.000 đồng/suất\". grep '435 (phần|suất)' no hit"),
("1168_4ac4afe82df2", D, "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi sửa chữa, xây mới 4 căn nhà Mái ấm Công đoàn với tổng kinh phí 230 triệu đồng.",
 "1168: \"đã sửa chữa và xây mới 4 căn nhà “Mái ấm Công đoàn” ... với tổng kinh phí 130 triệu đồng\". grep '230 triệu' only 163 (salary, other thing)"),
("1181_5c58fd030683", D, "Dịp Trung thu 2022, Liên đoàn Lao động quận 1 TP HCM tổ chức chương trình \"Đêm trăng ấm áp\", trao 460 phần quà cho con công nhân lao động, trẻ mồ côi.",
 "1181: \"Liên đoàn Lao động quận 1 tổ chức chương trình “Đêm trăng ấm áp”, trao 640 phần quà\". grep '460 phần' no hit"),
("1182_0c6515fa5445", D, "Năm 2016, Công đoàn Y tế Việt Nam có 130 công đoàn cơ sở trực thuộc.",
 "1182: \"CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở\". grep '130 (công đoàn|CĐ)' no hit"),
("1210_f54349fbf825", D, "300 đại biểu đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028, diễn ra ngày 19 và 20/7/2023.",
 "1210: \"250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên ... đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV\". grep '300 đại biểu' hits only Đà Nẵng/Khánh Hòa/other congresses (571, 742, 743, 466)"),
("809_cc0d6dcdbae7", D, "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) lần thứ VI đã bầu Ban Chấp hành gồm 21 anh, chị.",
 "809: \"bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị\". grep '21 (anh|đồng chí)': 237/239 (other BCHs, Hà Nội)"),
("927_dd7e9c379454", D, "Đợt 7-11 năm 2025, Đảng bộ phường Phú Thọ (TPHCM) có mười lăm đảng viên được trao tặng Huy hiệu Đảng.",
 "927: \"Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng\". grep '(15|mười lăm) (đồng chí|đảng viên)': only 963 (BCH Thuận Giao)"),
("694_7426b72731ba", D, "Từ năm 2022 đến nay, chương trình khuyến học của LĐLĐ tỉnh Long An đã tuyên dương, khen thưởng khoảng 500 học sinh giỏi.",
 "694: \"Từ năm 2022 đến nay, chương trình đã tuyên dương, khen thưởng 303 học sinh giỏi và hỗ trợ học bổng cho 430 trường hợp vượt khó\". grep '500 học sinh' no hit"),
# ---------------- not_found ----------------
("1162_f63ea6510168", N, "Năm 2022, Công đoàn ngành GTVT Hà Nội đã tuyên dương 60 công nhân giỏi tiêu biểu của ngành.",
 "Corpus counts the ngành's CN giỏi for 2019 (1162: 45) and 2024 (017: \"tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024\"); 015 is 2021 with no count. grep 'GTVT|Giao thông vận tải Hà Nội', 'Công nhân giỏi.{0,80}tuyên dương': no 2022 ngành count (100 CN giỏi Thủ đô 2022 is LĐLĐ TP, another org)"),
("1210_f54349fbf825", N, "Đại hội Công đoàn Y tế Việt Nam lần thứ XIV đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm 35 ủy viên.",
 "1210 says the BCH was elected but gives no size. grep 'Ban (C|c)hấp hành Công đoàn Y tế.{0,60}[0-9]+', 'Y tế Việt Nam': no count (810: 34 delegates of ngành Y tế to Đại hội XIII CĐVN - another thing)"),
("812_69df8abf1bca", N, "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII, nhiệm kỳ 2025-2030, gồm 71 ủy viên.",
 "812/813 report the first BCH meeting (Bí thư, 4 Phó Bí thư) but never the BCH size. grep 'Ban Chấp hành Đảng bộ (TP|thành phố) Hà Nội', 'Ban Thường vụ Thành ủy.{0,60}(gồm|có) [0-9]+': only 103 (BTV khóa XVI = 16, another term)"),
("808_2d042b864f95", N, "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP HCM lần thứ X (nhiệm kỳ 2017-2022) có 450 đại biểu chính thức tham dự.",
 "Corpus counts delegates of the XI congress (808: 441); edition X is not counted. grep 'Đoàn (TNCS Hồ Chí Minh )?(TP.?HCM|TP Hồ Chí Minh)', 'Thành Đoàn TP': 470 (XI), 495 (congress I 2025, no delegate count)"),
("1189_e352b2061a84", N, "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ V (năm 2020) đã tuyên dương 90 cá nhân điển hình tiên tiến.",
 "Only edition VI (1189) is in the corpus. grep 'thi đua yêu nước.{0,80}Dệt May|Dệt May.{0,80}thi đua yêu nước|lần thứ V.{0,40}Dệt': only 1189"),
("689_d6670691ad7d", N, "Năm 2018, TP HCM vận động được 250.000 người hiến máu tình nguyện.",
 "689 counts 2019 (270.000 người, gần 338.000 đơn vị) and the 12-kỳ cumulative; 347 is LĐLĐ TP HCM 2025 (600 people). grep 'hiến máu.{0,60}2018|2018.{0,60}hiến máu': no hit"),
("1182_0c6515fa5445", N, "Sáu tháng đầu năm 2016, Công đoàn Y tế Việt Nam đã thành lập mới 12 công đoàn cơ sở.",
 "1182 counts members (40.455), CĐCS (103), supported members (1.800), money (900 triệu), trainings (420), elected BCH members (3) - not new CĐCS. grep 'Y tế.{0,100}thành lập mới': no hit"),
("1141_9d4943b7be3d", N, "Kỳ họp thứ nhất HĐND thành phố Kon Tum khóa XII có 35 đại biểu HĐND thành phố tham dự.",
 "1141 counts UBND members (15), hội thẩm (32), turnout 99,5% - not the number of HĐND delegates. grep 'Kon Tum': only 1141/699/727. (35 đại biểu in 627 is HĐND huyện Bắc Quang, another body)"),
("1147_b5a785ed6f78", N, "Chợ Tết Công đoàn năm 2025 của LĐLĐ TP. Nha Trang đã thu hút 2.000 lượt đoàn viên, người lao động đến mua sắm.",
 "1147 counts gifts (345), stalls (7), days (3), items (hơn 100) - not visitors. grep 'Nha Trang', 'Chợ Tết Công đoàn.{0,100}lượt': no visitor count"),
("699_c94abe293db6", N, "Dịp Tết Giáp Thìn 2024, Liên đoàn Lao động huyện Kon Plông đã trao 150 suất quà cho đoàn viên khó khăn.",
 "Only Tết Ất Tỵ 2025 is counted (699: 168 suất). grep 'Kon Plông': only 699"),
("079_e6ebd6fda2ad", N, "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I có 200 đại biểu chính thức tham dự.",
 "079 and 342 (same congress) give BCH/BTV sizes and the 800.000-member target, no delegate count. grep 'Đảng bộ Tổng Liên đoàn'; 342 lines with 'đại biểu' carry no number"),
]

rows = []
for pid, verdict, claim, why in CLAIMS:
    fields = []
    for x in (pid, verdict, claim, why):
        x = unicodedata.normalize("NFC", x)
        # curly quotes so no TSV field ever needs csv quoting
        out, opened = [], False
        for ch in x:
            if ch == '"':
                out.append("”" if opened else "“"); opened = not opened
            else:
                out.append(ch)
        fields.append("".join(out).replace("\t", " ").replace("\n", " "))
    rows.append(fields)
rows.sort(key=lambda r: r[0])
with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["page_id", "verdict", "claim", "why"])
    w.writerows(rows)
from collections import Counter
print(len(rows), Counter(r[1] for r in rows), Counter(Counter(r[0] for r in rows).values()))
