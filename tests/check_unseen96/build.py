# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- 1048: LĐLĐ TP Thủ Đức (HCM) ----------------
    ("1048_5670fd29d818", "differs",
     "Theo đề án của Liên đoàn Lao động TP Hồ Chí Minh, Ban Chấp hành LĐLĐ thành phố Thủ Đức sẽ gồm 63 người.",
     "1048: \"Ban chấp hành của LĐLĐ Thành phố Thủ Đức sẽ có 53 người (dự kiến 17 Ủy viên ban thường vụ)\"; g.sh '\\b63\\b' finds no BCH Thủ Đức figure (only unrelated 63 tỉnh / 63 đề cử etc.)"),
    ("1048_5670fd29d818", "differs",
     "Sau khi thành lập, LĐLĐ thành phố Thủ Đức sẽ trực tiếp quản lý hơn 83 nghìn đoàn viên công đoàn.",
     "1048: \"quản lý trực tiếp và toàn diện 1.789 CĐCS, 73.075 đoàn viên/99.075 CNVCLĐ (tính đến 31.10.2020)\"; 73.075 not ~83 nghìn; g.sh '83\\.[0-9]{3}|83 nghìn' -> nothing"),
    # ---------------- 1126: Công đoàn Tổng công ty Điện lực TP HCM ----------------
    ("1126_1b7f3b281987", "supported",
     "Trong 6 tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP.HCM đã cùng các ban ngành đóng góp hơn 2 tỷ đồng cho công tác an sinh xã hội.",
     "1126: \"Trong công tác an sinh xã hội, công đoàn đã phối hợp cùng với các ban ngành đoàn thể tham gia đóng góp hơn 2 tỉ đồng\" (6 tháng đầu năm 2022)"),
    ("1126_1b7f3b281987", "differs",
     "Thỏa ước lao động tập thể mà Công đoàn Tổng công ty Điện lực TP Hồ Chí Minh ký kết nửa đầu năm 2022 có ba mươi tám điểm có lợi hơn cho người lao động.",
     "1126: \"ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động\"; g.sh 'thỏa ước.{0,80}điểm|điểm có lợi' -> only this 28"),
    # ---------------- 1128: Công đoàn Điện lực VN thăm EVNHCMC ----------------
    ("1128_8dbf9e8fc1aa", "supported",
     "Dịp Tết, đoàn công tác Công đoàn Điện lực Việt Nam đã tặng quà cho hai đơn vị thuộc Tổng công ty Điện lực TP.HCM là Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi.",
     "1128: \"tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị\""),
    ("1128_8dbf9e8fc1aa", "differs",
     "Công đoàn Điện lực Việt Nam trao quà Tết cho Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 30 triệu đồng.",
     "1128: \"với số tiền 50.000.000 đồng/mỗi đơn vị\"; g.sh 'Điện lực TP\\.? ?HCM|EVNHCMC' -> only 1126/1128, neither states 30 triệu"),
    # ---------------- 333: Công đoàn ngành Giáo dục Hà Nội 2022 ----------------
    ("333_b974af218aab", "supported",
     "Năm 2022, Công đoàn ngành Giáo dục Hà Nội có 187 công đoàn cơ sở trực thuộc.",
     "333 (hội nghị 28/6/2022): \"hiện nay Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên\". NB 1042 (other time) says \"hiện quản lý 183 Công đoàn cơ sở\" -- the claim is pinned to 2022 / 333"),
    ("333_b974af218aab", "differs",
     "Theo Công đoàn ngành Giáo dục Hà Nội, đoàn viên nữ chiếm gần 70% trong tổng số hơn 12.000 đoàn viên của ngành.",
     "333: \"hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ\"; g.sh '70%' -> only discount ranges (795, 1147); 1042 gives no %"),
    # ---------------- 527: LĐLĐ tỉnh Bắc Ninh 2025 ----------------
    ("527_0809e797015b", "supported",
     "Liên đoàn Lao động tỉnh Bắc Ninh hiện có gần 600 nghìn đoàn viên công đoàn.",
     "527 (27/10/2025): \"Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên\""),
    ("527_0809e797015b", "differs",
     "Sau khi chính quyền địa phương 2 cấp vận hành, LĐLĐ tỉnh Bắc Ninh có 3.450 công đoàn cơ sở.",
     "527: \"hiện có 2.450 tổ chức công đoàn cơ sở\"; g.sh '3\\.450' -> nothing; 525 (Bắc Ninh congress) gives no CĐCS count"),
    # ---------------- 687: Chợ Tết Công đoàn - Xuân 2026 trực tuyến ----------------
    ("687_78fa76c436ef", "supported",
     "Mỗi người lao động tham gia Chợ Tết Công đoàn – Xuân 2026 trực tuyến của Tổng LĐLĐ Việt Nam được hỗ trợ 500 nghìn đồng.",
     "687: \"có 200.000 người lao động được hỗ trợ từ chương trình ý nghĩa này, với mức hỗ trợ là 500.000 đồng/người\"; also 601, 700 (500.000 đồng/người)"),
    ("687_78fa76c436ef", "differs",
     "Chương trình Chợ Tết Công đoàn Xuân 2026 trực tuyến dự kiến hỗ trợ 300.000 đoàn viên, người lao động.",
     "687: \"có 200.000 người lao động được hỗ trợ\"; 601: \"hỗ trợ 200.000 đoàn viên, người lao động\"; 700: \"200.000 đoàn viên\"; g.sh '300\\.000 (người|đoàn viên)|300 nghìn' -> only 300 nghìn đồng vouchers (458, 745, 795)"),
    # ---------------- 790: Ea H'leo, TNTN hè 2020 ----------------
    ("790_5a5357f6647f", "supported",
     "Trong công tác phòng chống Covid-19, các cơ sở Đoàn huyện Ea H'leo đã tổ chức 371 buổi diễu hành tuyên truyền.",
     "790: \"kết quả đã tổ chức 371 buổi diễu hành tuyên truyền, phát hơn 17.000 tờ rơi\""),
    ("790_5a5357f6647f", "differs",
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở huyện Ea H'leo đã thu hút hơn 5.400 lượt đoàn viên, thanh niên tham gia.",
     "790: \"Chiến dịch Thanh niên tình nguyện hè năm 2020 thu hút hơn 4.500 lượt đoàn viên, thanh niên tham gia\"; g.sh '4\\.500 lượt|5\\.400' -> only the 4.500"),
    # ---------------- 842: Đại hội Hội Nông dân VN lần VIII ----------------
    ("842_86068b256616", "supported",
     "Các đại biểu dự Đại hội Hội Nông dân Việt Nam lần thứ VIII đại diện cho hơn 10 triệu cán bộ, hội viên nông dân cả nước.",
     "842: \"995 đại biểu chính thức ... đại diện cho ý chí, nguyện vọng và trí tuệ của hơn 10 triệu cán bộ, hội viên nông dân cả nước\""),
    ("842_86068b256616", "differs",
     "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028 có 895 đại biểu chính thức tham dự.",
     "842: \"tham dự Đại hội có 995 đại biểu chính thức\"; g.sh '\\b895\\b' -> nothing; other Hội Nông dân congresses (985 Nghệ An 304 đại biểu, 1089 Tiền Giang) are other organisations"),
    # ---------------- 866: Bến Tre cờ Tổ quốc ----------------
    ("866_0e852b70fa76", "supported",
     "LĐLĐ tỉnh Bến Tre phối hợp Báo Người Lao Động trao hai nghìn lá cờ Tổ quốc cho ngư dân 3 huyện ven biển Bình Đại, Ba Tri, Thạnh Phú.",
     "866: \"tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú\""),
    ("866_0e852b70fa76", "differs",
     "Trong giai đoạn 2020-2025, Báo Người Lao Động sẽ trao tặng 15.000 lá cờ Tổ quốc cho ngư dân tỉnh Bến Tre.",
     "866: \"trong đó có 20.000 cờ Tổ quốc Báo Người Lao Động sẽ trao tặng cho ngư dân tỉnh Bến Tre giai đoạn 2020-2025\"; g.sh '15\\.000' -> only unrelated (vé xe, doanh nghiệp, phần quà)"),
    # ---------------- 921: Công đoàn Khu Kinh tế Tây Ninh, Trung thu 2021 ----------------
    ("921_752a72eb5126", "supported",
     "Tại chương trình “Đêm hội trăng rằm” ở xã Phước Đông, Công đoàn Khu Kinh tế tỉnh đã tặng quà cho 110 thiếu nhi là con công nhân có hoàn cảnh khó khăn.",
     "921: \"tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn đang làm việc tại Khu công nghiệp Phước Đông\""),
    ("921_752a72eb5126", "differs",
     "Tết Trung thu năm 2021, Công đoàn Khu Kinh tế tỉnh Tây Ninh trao tặng hơn 1.100 phần quà cho thiếu nhi toàn tỉnh với tổng trị giá hơn 230 triệu đồng.",
     "921: \"Công đoàn Khu Kinh tế trao tặng hơn 1.100 phần quà cho các em thiếu nhi trên địa bàn toàn tỉnh, trị giá hơn 130 triệu đồng\"; g.sh '230 triệu' -> only 163 (salary)"),
    # ---------------- 813: Thành ủy Hà Nội khóa XVIII ----------------
    ("813_11d663308583", "supported",
     "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu bốn Phó Bí thư Thành ủy.",
     "813: \"Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ... bà Phùng Thị Hồng Hà\"; also 812: \"4 Phó Bí thư Thành ủy Hà Nội khóa XVIII\""),
    ("813_11d663308583", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 16 đồng chí.",
     "813/812 name the Bí thư and 4 Phó Bí thư of khóa XVIII but give no Ban Thường vụ size. g.sh 'Ban Thường vụ Thành ủy.{0,60}(gồm|[0-9])' -> only 103: \"Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí\" (another term, 2015)"),
    # ---------------- 976: Đồng Nai ----------------
    ("976_f65ba36a6479", "supported",
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định ba cán bộ giữ chức Bí thư Huyện ủy Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.",
     "976: \"Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch\""),
    # ---------------- 328: cháy chung cư mini ----------------
    ("328_e66d2763c177", "differs",
     "Theo LĐLĐ quận Hoàng Mai, có 3 đoàn viên thuộc quận bị thiệt mạng trong vụ cháy chung cư mini ở phường Khương Đình.",
     "328: \"có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy, là chị Lê Thị Oanh ... và chị Phan Thanh Thủy\"; g.sh 'chung cư mini|Khương Đình|thiệt mạng' -> 144 (Công đoàn ngành Y tế, no count of đoàn viên), others are other accidents"),
    # ---------------- 783: Cụm thi đua số 3 ----------------
    ("783_ef3db5842d22", "differs",
     "Cụm thi đua số 3 LĐLĐ thành phố Hà Nội năm 2019 gồm LĐLĐ 8 huyện, thị xã.",
     "783: \"cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây\"; g.sh 'Cụm thi đua số' -> seed 003 mentions Cụm số 3 without a count"),
    # ---------------- 1263: LĐLĐ Long Biên ----------------
    ("1263_6358277c872f", "supported",
     "Hội nghị tổng kết năm 2023 của LĐLĐ quận Long Biên gắn với đợt thi đua chào mừng hai mươi năm ngày thành lập LĐLĐ quận.",
     "1263: \"đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận\"; \"kỷ niệm 20 năm thành lập Liên đoàn Lao động quận Long Biên\""),
    # ---------------- 303: LĐLĐ huyện Gia Lâm ----------------
    ("303_3afb6ef3386b", "differs",
     "Chủ tịch LĐLĐ huyện Gia Lâm cho biết hoạt động Công đoàn huyện đã trải qua 54 năm xây dựng.",
     "303: \"hoạt động Công đoàn huyện Gia Lâm đã trải qua 44 năm xây dựng\"; g.sh '54 năm' -> nothing"),
    # ---------------- 373: bổ nhiệm Giám đốc Sở TN&MT ----------------
    ("373_5a66bb740f57", "differs",
     "Ông Bùi Duy Cường được bổ nhiệm giữ chức Giám đốc Sở TN&MT Hà Nội với thời hạn 3 năm.",
     "373: \"giữ chức Giám đốc Sở TN&MT TP. Hà Nội. Thời hạn bổ nhiệm 5 năm\"; g.sh 'Bùi Duy Cường' -> only 373"),
    # ---------------- 138: thầy Ngô Văn Hiếu ----------------
    ("138_a7c2956bbbb4", "differs",
     "Thầy giáo khiếm thị Ngô Văn Hiếu, Trường PTCS Nguyễn Đình Chiểu, có hoàn cảnh khó khăn với ba con nhỏ và phải thuê nhà.",
     "138: \"Hoàn cảnh của thầy rất khó khăn, có 2 con nhỏ, hiện đang phải thuê nhà ở\"; g.sh 'Ngô Văn Hiếu' -> only 138"),
    # ---------------- 065: LĐLĐ quận Hoàn Kiếm ----------------
    ("065_7cac91137e69", "supported",
     "Quận Hoàn Kiếm đã trải qua 61 năm xây dựng và phát triển kể từ khi thành lập.",
     "065: \"từ khi thành lập quận Hoàn Kiếm đến nay, trải qua 61 năm xây dựng, trường thành và phát triển\""),
    ("065_7cac91137e69", "not_found",
     "LĐLĐ quận Hoàn Kiếm đã trao thưởng cho 26 nhà giáo “tâm huyết, sáng tạo” năm học 2021-2022.",
     "065 gives no count of awarded teachers. g.sh 'Hoàn Kiếm.{0,150}(nhà giáo|giáo viên|thầy)|tâm huyết, sáng tạo' -> 064 teaser \"LĐLĐ quận Đống Đa biểu dương 26 giáo viên đạt giải thưởng nhà giáo tâm huyết, sáng tạo\" (another district), 120/024 city-level award (other editions) -- nothing for Hoàn Kiếm"),
    # ---------------- not_found on thin pages ----------------
    ("366_0b8feddcd533", "not_found",
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội nhiệm kỳ 2020-2025 có 550 đại biểu tham dự.",
     "366 gives no delegate count; 845 (results of XVII) none either. g.sh '550' -> 812: 550 đại biểu at Đại hội XVIII (2025-2030, another edition); 092/307: 550 đại biểu of Đại hội Công đoàn TP Hà Nội XVI (another organisation)"),
    ("204_781975f239f1", "not_found",
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 128 đại biểu chính thức.",
     "204 gives no delegate count. g.sh 'NN&PTNT Hà Nội|Nông nghiệp và PTNT Hà Nội' -> 023: \"bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI\" (another edition, 2023); 254: 41 CĐCS / gần 7.000 đoàn viên (other counted nouns)"),
    ("654_33346c495ae8", "not_found",
     "Năm 2021, LĐLĐ quận Long Biên biểu dương 73 gia đình CNVCLĐ tiêu biểu.",
     "654 gives no count of families. g.sh 'Long Biên.{0,100}gia đình|gia đình CNVCLĐ.{0,60}tiêu biểu' -> 063 teaser \"LĐLĐ quận Hoàng Mai: Biểu dương 73 Gia đình CNVCLĐ tiêu biểu\" (another district), 064 Đống Đa 58 (2025), 733 Long Biên 2018 (no family count; 132 cá nhân Giỏi việc nước = another noun/year)"),
    ("1145_9c073b82912b", "not_found",
     "Tại lễ phát động Tháng Công nhân 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao giấy chứng nhận “Đạt chuẩn văn hóa” cho 75 đơn vị, công đoàn cơ sở.",
     "1145: \"trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS 'Đạt chuẩn văn hóa'\" (caption, no number). g.sh 'Ninh Bình.{0,200}(đơn vị|CĐCS|công đoàn cơ sở)|chuẩn văn hóa' -> 251 teaser \"LĐLĐ thị xã Sơn Tây: Kiểm tra, thẩm định 75 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa\" (other place/organisation)"),
    ("1244_9075ea5f2f55", "not_found",
     "Công đoàn Khu công nghiệp Việt Nam – Singapore đề nghị khen thưởng cấp Tổng Liên đoàn cho 12 tập thể, cá nhân có thành tích xuất sắc năm 2024.",
     "1244 only: \"Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân có thành tích xuất sắc trong hoạt động Công đoàn năm 2024\" (no number; 'lần thứ 8' is the meeting number). g.sh 'Singapore|VSIP' -> only 1244"),
    ("353_d8f30a786bd0", "not_found",
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 100% số phiếu tán thành.",
     "353 gives no vote share. g.sh 'Nguyễn Đình Khang.{0,200}(%|phiếu)' -> nothing. (174 counts 168/177 BCH members of khóa XIII = another counted noun)"),
    ("418_1045c800d090", "not_found",
     "Dịp Xuân Giáp Thìn 2024, Chủ tịch nước Võ Văn Thưởng đã tặng 500 suất quà cho công nhân thi công đường Vành đai 4 tại huyện Thường Tín.",
     "418: \"đến thăm, động viên và tặng quà cho công nhân thi công tuyến đường Vành đai 4\" (no number). g.sh 'Vành đai 4' and 'Thường Tín.{0,100}(suất|quà|công nhân)' -> only 418 and 1203 (another topic)"),
    ("573_cc985cab2d28", "not_found",
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 có 120 đại biểu tham dự.",
     "573 gives no delegate count (83 is 'kế hoạch số 83/KH-LĐLĐ'). g.sh 'Vĩnh Phúc' -> 067 (phường Vĩnh Phúc, Ba Đình), 683 (Hội Chữ thập đỏ) -- nothing about this congress; 'Bệnh viện (đa khoa|ĐK).{0,100}đại biểu' -> nothing"),
    ("725_89cb9434b16d", "not_found",
     "Theo kế hoạch Tháng Công nhân năm 2022, Tổng LĐLĐ Việt Nam dành 50 tỷ đồng chăm lo cho đoàn viên, người lao động.",
     "725 (Kế hoạch 156/KH-TLĐ) states no budget; 722/723 on the same plan have no money figure. g.sh 'Tháng Công nhân.{0,200}(tỷ|tỉ) đồng' -> only 456 (30 triệu/căn, Tháng Công nhân 2017, other province)"),
]

# Allowed corpus pages (for the sanity check below)
with open("/work/unseen96/.corpus_files", encoding="utf-8") as f:
    allowed = {line.strip().rsplit("/", 1)[-1][:-4] for line in f if line.strip()}

rows = []
for pid, verdict, claim, why in CLAIMS:
    assert verdict in ("supported", "differs", "not_found"), verdict
    assert pid == "seed" or pid in allowed, pid
    rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])

rows.sort(key=lambda r: r[0])
with open("/work/unseen96/claims.tsv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["page_id", "verdict", "claim", "why"])
    w.writerows(rows)

from collections import Counter
c = Counter(r[1] for r in rows)
pages = Counter(r[0] for r in rows)
assert max(pages.values()) <= 2
print(len(rows), dict(c), len(pages), "pages")
