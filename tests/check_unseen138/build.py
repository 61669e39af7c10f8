# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("067_4afc4a1630dc", S,
     "Ở lần trao thứ hai tại sân Trường Tiểu học Ba Đình, Liên đoàn Lao động quận Ba Đình đã trao 147 suất quà nhu yếu phẩm cho người lao động khó khăn.",
     '067_4afc4a1630dc: "Đây là lần thứ hai LĐLĐ quận tổ chức ... Tại địa điểm sân Trường Tiểu học Ba Đình, LĐLĐ quận đã trao 147 suất quà gồm các nhu yếu phẩm thiết yếu"'),
    ("1014_8ece231e24cc", S,
     "Trong hai ngày 6 và 7/1/2026, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP.HCM) đã trao năm mươi voucher mua sắm tại Chợ Tết Công đoàn trực tuyến cho đoàn viên, người lao động.",
     '1014_8ece231e24cc: "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher và hướng dẫn đoàn viên, người lao động mua sắm trực tuyến tại Chợ Tết Công đoàn trực tuyến" (spelled-out 50)'),
    ("1028_21dfb2d35f28", S,
     "Ba tháng đầu năm 2025, thành phố Hà Nội đã giải quyết việc làm cho khoảng 54,5 nghìn lao động.",
     '1028_21dfb2d35f28: "Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động, đạt 34,1% kế hoạch năm, tăng hơn 3.000 người so với cùng kỳ năm 2024" (year 2025 inferred from "cùng kỳ năm 2024")'),
    ("1182_0c6515fa5445", S,
     "Năm 2016, Công đoàn Y tế Việt Nam có hơn 40 nghìn đoàn viên.",
     '1182_0c6515fa5445: "CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở. 6 tháng đầu năm 2016 ..." (1210_f54349fbf825 has "hơn 51 nghìn" for the 2023 congress: another period)'),
    ("1193_f2efb2123ee3", S,
     "Hội thao Ngân hàng Chính sách xã hội năm 2023 khu vực V quy tụ chừng 430 vận động viên.",
     '1193_f2efb2123ee3: "Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở tại 11 chi nhánh NHCSXH" ; "hội thao NHCSXH năm 2023, khu vực V"'),
    ("1213_9f9593bce75e", S,
     "Chương trình học bổng Nguyễn Đức Cảnh dành cho con công nhân lao động khó khăn ở TP.HCM, triển khai gần 30 năm, đã trao trên 4000 suất học bổng.",
     '1213_9f9593bce75e: "Chương trình học bổng được triển khai gần 30 năm qua, hỗ trợ học sinh là con công nhân lao động ... Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học."'),
    ("124_e7648c1a2662", S,
     "Năm 2020, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng 194 cháu là con CNVCLĐ vượt khó học giỏi và thi đỗ đại học.",
     '124_e7648c1a2662: "biểu dương, khen thưởng 194 cháu con công nhân, viên chức, lao động vượt khó học giỏi và thi đỗ đại học có điểm giỏi trở lên với số tiền trên 80 triệu đồng" (same paragraph block as "năm 2020")'),
    ("168_9200173fb05c", S,
     "Công nhân Trương Thị Hoàng Linh của Công ty TNHH Fashion Garments (KCN Tam Thăng, Quảng Nam) có tới bốn mươi hai sáng kiến.",
     '168_9200173fb05c: "Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến" (spelled-out 42)'),
    ("198_7c3cb7fb69d5", S,
     "Từ năm 2010, mỗi kỳ báo Lao động Thủ đô phát hành miễn phí trên 5000 tờ đến công nhân lao động tại các khu công nghiệp, khu chế xuất Hà Nội.",
     '198_7c3cb7fb69d5: "Từ năm 2010, ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội."'),
    ("267_0c5cea305009", S,
     "Dịp Tết Nguyên đán 2026, Liên đoàn Lao động TP Hà Nội bố trí 26 chuyến xe miễn phí đưa công nhân các khu công nghiệp về quê đón Tết.",
     '267_0c5cea305009: "Dịp Tết Nguyên đán năm 2026, Công đoàn Hà Nội bố trí 26 chuyến xe đưa công nhân lao động thuộc Công đoàn các Khu công nghệ cao và Khu công nghiệp Hà Nội về quê đón Tết"'),
    ("298_583bcb6b997c", S,
     "Hai trăm đại biểu chính thức đã dự Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV, nhiệm kỳ 2018 - 2023.",
     '298_583bcb6b997c: "Dự đại hội có 200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội" ; "Đại hội Công đoàn ngành lần thứ XXIV nhiệm kỳ 2018 – 2023" (spelled-out 200)'),
    ("663_7f8b34f12daf", S,
     "Năm 2020, Liên đoàn Lao động huyện Chợ Mới đã tặng giấy khen cho 10 cá nhân có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn.",
     '663_7f8b34f12daf: "có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen; ... có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn năm 2020"'),
    ("762_03509ce53e76", S,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, Ban tổ chức đã phát 3 nghìn phiếu mua hàng 0 đồng cho công nhân lao động.",
     '762_03509ce53e76: "Tại chương trình, Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động"'),

    # ---------------- differs ----------------
    ("067_4afc4a1630dc", D,
     "Trong đợt đầu ngày 23/8, LĐLĐ quận Ba Đình đã trao 95 Túi An sinh Công đoàn cho đoàn viên các công đoàn cơ sở trực thuộc.",
     '067_4afc4a1630dc: "Trong đợt đầu tổ chức vào ngày 23/8, LĐLĐ quận Ba Đình đã trao hỗ trợ 88 “Túi An sinh Công đoàn” ... cho 88 đoàn viên của các Công đoàn cơ sở trực thuộc" -> 88 not 95. g.sh "95 .{0,3}túi": no hit.'),
    ("100_480b17a13d4d", D,
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu 19 ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018-2023.",
     '100_480b17a13d4d: "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra ... nhiệm kỳ 2018 - 2023" -> 16 not 19. g.sh "19 (Ủy|ủy|uỷ|Uỷ)": no hit.'),
    ("1014_8ece231e24cc", D,
     "Mỗi voucher Nghiệp đoàn xe ôm, xe công nghệ Bình Tân trao cho tài xế tại Chợ Tết Công đoàn trực tuyến trị giá 200.000 đồng.",
     '1014_8ece231e24cc: "lao động tự do được tặng voucher (trị giá 500.000 đồng) đợt này" -> 500.000 not 200.000. g.sh "200[.]000 đồng": only 231 (thưởng Tết thấp nhất) and 983 (hiện vật trị giá, Trung ương Đoàn), not this voucher.'),
    ("1166_ea87f1aaef64", D,
     "Nhân kỷ niệm 86 năm Ngày thành lập Công đoàn Việt Nam, Liên đoàn Lao động thành phố Hội An đã trao 38 suất quà cho học sinh vượt khó học khá giỏi.",
     '1166_ea87f1aaef64: "Nhân kỷ niệm 86 năm ngày Thành lập Công Đoàn Việt Nam ... Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi" -> 83 not 38 (digits swapped). g.sh "38 suất": no hit. (207_36069bd162d7: LĐLĐ Hội An 80 suất quà for đoàn viên khó khăn in 2023 = another occasion/noun.)'),
    ("1182_0c6515fa5445", D,
     "Năm 2016, Công đoàn Y tế Việt Nam có 130 công đoàn cơ sở.",
     '1182_0c6515fa5445: "CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở. 6 tháng đầu năm 2016" -> 103 not 130. g.sh "130 (CĐ|công đoàn|Công đoàn)": no hit.'),
    ("1201_a1def21c7eed", D,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có sự tham dự của 158 đại biểu chính thức.",
     '1201_a1def21c7eed: "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023 - 2028 sẽ diễn ra trong 02 ngày ... với sự tham dự của 185 đại biểu chính thức" -> 185 not 158. g.sh "158 đại biểu": no hit.'),
    ("1242_e05739eea984", D,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 10 (khóa XII) ngày 12/1/2022 đã bầu bổ sung mười hai ủy viên Ban Chấp hành.",
     '1242_e05739eea984: "Sáng 12-1, tại Hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam lần thứ 10 (khóa XII) ... Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra" -> 18 not 12. g.sh "(12|mười hai) (ủy|uỷ|Ủy) viên": no hit. (088_0a1be225e5a4 "bầu bổ sung 4 đồng chí" BCH khóa XII is another hội nghị.)'),
    ("124_e7648c1a2662", D,
     "Năm 2020, đoàn viên và CNVCLĐ ngành Giao thông vận tải Hà Nội đã ủng hộ các hoạt động xã hội, từ thiện tổng cộng 460 triệu đồng.",
     '124_e7648c1a2662: "năm 2020 đoàn viên và công nhân, viên chức, lao động trong ngành đã ủng hộ các hoạt động xã hội, từ thiện do các cấp vận động với tổng số tiền là 640 triệu đồng" -> 640 not 460. g.sh "460 triệu": no hit.'),
    ("128_4d3aad482add", D,
     "Chủ tịch Công đoàn Xây dựng Việt Nam đã tặng 50 suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng dịp Tết.",
     '128_4d3aad482add: "Chủ tịch Công đoàn ngành Xây dựng Việt Nam ... dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết ... Chi nhánh Hai Bà Trưng" -> 30 not 50. g.sh "50 suất": hits only other events (518 Đoàn TN, 642 Hội An trẻ em, etc.).'),
    ("168_9200173fb05c", D,
     "Các đề tài, sáng kiến của chị Trương Thị Hoàng Linh đã làm lợi cho doanh nghiệp hơn 3,1 tỷ đồng.",
     '168_9200173fb05c: "25 đề tài khoa học và 42 sáng kiến, với giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng" -> 1,3 not 3,1. g.sh "3,1 tỷ": no hit.'),
    ("267_0c5cea305009", D,
     "Ngày 14/2/2026 tại KCN Thăng Long, Liên đoàn Lao động thành phố Hà Nội đã đưa khoảng 2.100 công nhân tỉnh xa về quê đón Tết bằng xe miễn phí.",
     '267_0c5cea305009: "Ngày 14/2 (27 Tết), tại Khu công nghiệp Thăng Long ... trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa" -> 1.200 not ~2.100. g.sh "2[.]?100 (công nhân|CNLĐ|người)": no hit.'),
    ("298_583bcb6b997c", D,
     "Đại hội Công đoàn ngành Giáo dục Hà Nội lần thứ XXIV (2018) đại diện cho khoảng 21 nghìn đoàn viên công đoàn toàn ngành.",
     '298_583bcb6b997c: "200 đại biểu chính thức đại diện cho 12.260 đoàn viên công đoàn ngành Giáo dục đào tạo Hà Nội" -> 12.260 not ~21 nghìn. g.sh "21 nghìn|21[.]000|21 ngàn": only 121.000.000 đồng (335) and a photo date, nothing about GD Hà Nội.'),
    ("307_af41b81b9229", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII (16-17/10/2023) có 505 đại biểu chính thức tham dự.",
     '307_af41b81b9229: "Ngày 16 và 17/10/2023 ... Đại hội Công đoàn thành phố Hà Nội lần thứ XVII ... tham dự Đại hội có 545/550 đại biểu chính thức" -> 545 not 505. g.sh "505 đại biểu": no hit. (092: 550 for XVI; 288: 548 for XVIII: other editions.)'),
    ("545_555e3ee7ac16", D,
     "Dịp Tết Giáp Thìn 2024, Hội Liên hiệp Phụ nữ Quận 3 trao quà Tết cho hội viên khó khăn, trẻ em mồ côi với tổng kinh phí hơn 265 triệu đồng.",
     '545_555e3ee7ac16: "trao tặng quà tết cho hội viên phụ nữ có hoàn cảnh khó khăn, yếu thế, trẻ em mồ côi, thanh niên thi hành nghĩa vụ quân sự năm 2024 với tổng kinh phí hơn 625 triệu đồng" -> 625 not 265. g.sh "265 triệu": no hit.'),
    ("627_3078f9de4bd8", D,
     "Số đại biểu HĐND huyện Bắc Quang khóa XXI được triệu tập dự Kỳ họp thứ Nhất là 53 người.",
     '627_3078f9de4bd8: "xác nhận tư cách đại biểu HĐND huyện khóa XXI, số lượng đại biểu được triệu tập là 35 đại biểu" -> 35 not 53. g.sh "53 đại biểu": no hit.'),
    ("663_7f8b34f12daf", D,
     "Năm 2020, sáu cá nhân ở huyện Chợ Mới được Liên đoàn Lao động tỉnh Bắc Kạn tặng Bằng khen.",
     '663_7f8b34f12daf: "3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen có thành tích xuất sắc ... năm 2020" -> 4 not 6 (spelled-out). Only Chợ Mới page in corpus.'),

    # ---------------- not_found ----------------
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 180 đại biểu chính thức tham dự.",
     'Page 013 is a photo report with no delegate count. g.sh "Tây Hồ": no count of đại biểu anywhere (seed 002 Tây Hồ items are about đoàn viên development / art show). g.sh "180 đại biểu": no hit.'),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 128 đại biểu dự.",
     'Page 204 gives no delegate count for lần thứ V. g.sh "128 đại biểu" -> only 023_e0590f1ed7e4: "bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI" (NN&PTNT, nhiệm kỳ 2023-2028) = another edition, so not counted for lần V.'),
    ("236_8c39dd7a5f76", N,
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX có 300 đại biểu chính thức.",
     'Page 236 gives only "diễn ra trong 2 ngày (ngày 6, 7/7/2023)". g.sh "Đống Đa.{0,100}đại biểu|đại biểu.{0,60}Đống Đa": no hit. g.sh "300 đại biểu": 571, 742 (Đà Nẵng), 743 (Khánh Hòa), 466 - other congresses/places.'),
    ("1201_a1def21c7eed", N,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI đã bầu Ban Chấp hành khóa mới gồm 27 ủy viên.",
     'Page 1201 only counts 185 đại biểu chính thức (delegates, not BCH members) and 100% CĐCS đã tổ chức đại hội. g.sh "Sóc Sơn": 049/131/181 (Mái ấm, thi đua) carry no BCH size. g.sh "27 (ủy|uỷ|Ủy) viên": no hit.'),
    ("1193_f2efb2123ee3", N,
     "Hội thao Ngân hàng Chính sách xã hội khu vực V năm 2023 đã trao 25 bộ huy chương.",
     'Page 1193 counts ~430 vận động viên, 11 Công đoàn cơ sở/chi nhánh, 7 bộ môn, not medals. g.sh "huy chương|bộ huy chương": no hit anywhere.'),
    ("980_cd45ce45629c", N,
     "Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam nhiệm kỳ 2022-2027 đã bầu bổ sung 3 Phó Chủ tịch Hội.",
     'Page 980 only says 100% Ủy viên BCH có mặt bầu bà Lê Thị Thủy làm Chủ tịch; no Phó Chủ tịch count. g.sh "[0-9]+ Phó Chủ tịch Hội" -> only 594_2969d737d0fc "hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ" at hội nghị lần thứ nhất 10/3/2022 = another occasion.'),
    ("1166_ea87f1aaef64", N,
     "Năm học 2014-2015, Liên đoàn Lao động thành phố Hội An đã trao 12 suất học bổng cho con CNVCLĐ thi đỗ đại học.",
     'Page 1166 counts "83 suất quà cho các em học sinh vượt khó học khá giỏi và 15 em đạt các giải tại các kỳ thi học sinh giỏi" and "tổng giá trị 20 triệu đồng" - other counted nouns (quà for vượt khó; em đạt giải HSG), nothing on thi đỗ đại học. g.sh "12 suất": no hit; g.sh "Hội An": 207/642 are 2022-2023 other events.'),
    ("1028_21dfb2d35f28", N,
     "Trong quý I/2025, Hà Nội đã tổ chức 40 phiên giao dịch việc làm.",
     'Page 1028 counts people recruited via sàn ("trên 7.300 người được tuyển dụng"), not the number of sessions. g.sh "[0-9]+ phiên": only 151_77cc7b6288de "tổ chức hơn 111 phiên giao dịch việc làm" (6 tháng đầu năm 2021 = another period) and 006 (2 phiên làm việc of a congress).'),
    ("765_7c01839cdb34", N,
     "Năm 2020, Liên đoàn Lao động tỉnh Gia Lai đã kết nạp hơn 4.000 đoàn viên mới.",
     'Page 765 counts "24/24 chỉ tiêu" and "gần 3 tỷ đồng" quà; no new-member count. g.sh "đoàn viên mới|kết nạp.{0,30}đoàn viên": seed 002 (1.052 đoàn viên, KCN-KCX Hà Nội), 665 (Tịnh Biên) etc., none Gia Lai. g.sh "Gia Lai": 646/681/745/748/902 other events.'),
    ("627_3078f9de4bd8", N,
     "HĐND huyện Bắc Quang khóa XX, nhiệm kỳ 2016-2021 có 40 đại biểu.",
     'Page 627 counts 35 đại biểu for khóa XXI (2021-2026) only; khóa XX is named (ông Nguyễn Công Viên, Phó chủ tịch HĐND khóa XX) but its size is not given = another edition. g.sh "40 đại biểu": no hit; g.sh "Bắc Quang": only 627 and a headline teaser in 1144.'),
    ("941_b32ebfdb5342", N,
     "Trong Tháng Thanh niên 2021, Huyện đoàn Tuy Phước đã ra quân thực hiện 20 công trình thanh niên.",
     'Page 941 counts 90 cây, 30 ĐVTN, hơn 500 lượt ĐVTN; "công trình, phần việc thanh niên" appear without a number. g.sh "20 công trình": no hit; g.sh "Tuy Phước": only 941.'),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert not any(("\t" in x or "\n" in x) for x in (page_id, verdict, claim, why))
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc
    print(len(rows), dict(c), len(pc), "pages")


if __name__ == "__main__":
    main()
