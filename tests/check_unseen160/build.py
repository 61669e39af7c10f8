# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"
CLAIMS = [
    # ---------------- seed 000_bfafa456d464a790 ----------------
    ("seed", "supported",
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 đã trao giải cho các thí sinh với tổng số tiền hơn 560 triệu đồng.",
     "seed 000_bfafa456d464a790: 'khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng' (Hội thi thợ giỏi thành phố Hà Nội năm 2023). 'hơn 560 triệu' ~ 564 triệu."),
    ("seed", "differs",
     "Trong đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp, CNVCLĐ Thủ đô đã hoàn thành 625 công trình, sản phẩm, phần việc cấp cơ sở.",
     "seed 000_bfafa456d464a790: 'CNVCLĐ toàn Thành phố đã hoàn thành 526 công trình, sản phẩm, phần việc cấp cơ sở; 94 công trình cấp trên trực tiếp cơ sở'. Claimed 625 != 526 (digits swapped, clearly off). ./g.sh '625 công trình' -> no hit."),
    # ---------------- 010 ----------------
    ("010_61b58bc23f9e", "not_found",
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động TP Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 150 đại biểu chính thức tham dự.",
     "010_61b58bc23f9e only describes banners/decoration for the congress ('Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020 – 2025'); it states no delegate count. ./g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn)' -> only 010 and 002_66d9f9f8723b (headline teasers about the 2016 review and a BCH meeting), no delegate figure anywhere. The 550 delegates in 092/307 are Đại hội Công đoàn TP Hà Nội XVI and in 812 the Đảng bộ TP Hà Nội XVIII: other congresses."),
    # ---------------- 1013 ----------------
    ("1013_dd19fb48ab24", "supported",
     "Chiến dịch Xuân tình nguyện 2026 của TP.HCM có khoảng 70 nghìn đoàn viên, thanh niên, học sinh, sinh viên đăng ký tham gia.",
     "1013_dd19fb48ab24: 'sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện' (Chiến dịch Xuân tình nguyện 2026 TP.HCM). 'khoảng 70 nghìn' ~ 'gần 70.000'."),
    ("1013_dd19fb48ab24", "not_found",
     "Chiến dịch Xuân tình nguyện 2026 của Thành đoàn TP.HCM dự kiến thực hiện 500 công trình, phần việc thanh niên.",
     "1013_dd19fb48ab24 counts only volunteers (gần 70.000) and '100% cơ sở Đoàn - Hội'; no count of công trình/phần việc. ./g.sh 'Xuân tình nguyện.{0,150}\\d' and 'Thành đoàn TP.?HCM.{0,200}công trình' -> no hit beyond the 70.000 sentence (which is about people, another counted noun)."),
    # ---------------- 1029 ----------------
    ("1029_4c50aa41ee41", "supported",
     "Trong 6 tháng đầu năm 2023, Hà Nội có hơn 15 nghìn doanh nghiệp đăng ký thành lập mới.",
     "1029_4c50aa41ee41 (Hà Nội, 6 tháng cuối năm 2023 article, speaking of 'sáu tháng đầu năm'): 'Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới'. 'hơn 15 nghìn' = 'hơn 15.000'."),
    ("1029_4c50aa41ee41", "differs",
     "Nửa đầu năm 2023, Hà Nội có hơn 7.500 doanh nghiệp quay trở lại hoạt động, khiến nhu cầu tuyển lao động tăng.",
     "1029_4c50aa41ee41: 'cùng với hơn 5.700 doanh nghiệp trở lại hoạt động khiến nhu cầu tuyển lao động tăng lên'. Claimed 7.500 != 5.700. ./g.sh '7\\.500 doanh|7500 doanh' -> no hit."),
    # ---------------- 105 ----------------
    ("105_d8f28f283391", "not_found",
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 17 đồng chí.",
     "105_d8f28f283391 only names the Bí thư and the Phó bí thư (numbered list 1-5); it gives no size of Ban Thường vụ khóa XVIII; 812/813 give '4 Phó Bí thư' and 550 đại biểu, not the BTV size. ./g.sh 'Ban Thường vụ Thành ủy.{0,30}khóa XVIII' -> no hit; ./g.sh 'Ban Thường vụ Thành ủy.{0,100}(gồm|\\d+ đồng chí)' -> only 103_bc0c6e0f50d9 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí' (another term, khóa XVI)."),
    # ---------------- 1129 ----------------
    ("1129_6f068af9295a", "supported",
     "Trong Tháng công nhân năm 2016, Ban Thường vụ Công đoàn EVN NPC đã đến thăm và tặng quà cho sáu đơn vị điện lực.",
     "1129_6f068af9295a: 'đến thăm và tặng quà cho 6 đơn vị: Điện lực Hòa An và Điện lực Thành phố Cao Bằng, Điện lực Phổ Yên ... Điện lực Đông Sơn', article of 07/06/2016 on Tháng công nhân năm 2016. 'sáu' = 6."),
    ("1129_6f068af9295a", "differs",
     "Ban Thường vụ Công đoàn Tổng Công ty Điện lực miền Bắc (EVN NPC) đã trực tiếp thăm hỏi 42 cán bộ, công nhân viên lao động có hoàn cảnh khó khăn.",
     "1129_6f068af9295a: 'Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa'. Claimed 42 != 24. ./g.sh '42 cá nhân' -> no hit; ./g.sh 'EVN NPC' -> only page 1129."),
    # ---------------- 1142 ----------------
    ("1142_6d91e1319bd8", "differs",
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 90% số phiếu đồng ý.",
     "1142_6d91e1319bd8: 'bầu bà Lê Ngọc Ánh ... giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý'. Claimed 90% != 100%. ./g.sh '90% số phiếu' -> no hit; ./g.sh 'Lê Ngọc Ánh' -> only page 1142."),
    # ---------------- 1182 ----------------
    ("1182_0c6515fa5445", "supported",
     "Năm 2016, Công đoàn Y tế Việt Nam có hơn 40 nghìn đoàn viên.",
     "1182_0c6515fa5445 (2016): 'CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở'. 'hơn 40 nghìn' ~ 40.455. ./g.sh 'Y tế Việt Nam.{0,60}\\d[\\d.]* đoàn viên' and '40 nghìn|40\\.000 đoàn' -> no other member count for CĐ Y tế VN."),
    ("1182_0c6515fa5445", "differs",
     "Sáu tháng đầu năm 2016, Công đoàn Y tế Việt Nam đã hỗ trợ đoàn viên, người lao động khó khăn gần 1,4 tỷ đồng.",
     "1182_0c6515fa5445: '6 tháng đầu năm 2016, đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng'. Claimed gần 1,4 tỷ (~1.400 triệu) != gần 900 triệu. ./g.sh '1,4 tỷ|1\\.400 triệu' -> only 607_86387ec7de47 (TKV donation, unrelated)."),
    # ---------------- 176 ----------------
    ("176_48c827f6f4be", "differs",
     "Năm 2025, các cấp Công đoàn Thủ đô phát động phong trào thi đua trong CNVCLĐ theo bốn đợt.",
     "176_48c827f6f4be: 'năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt' (and caption 'phát động 2 đợt thi đua'). Claimed bốn (4) != 2. ./g.sh '(4|bốn) đợt' -> only 544_73613f3ff3bd '4 đợt ra quân tổng vệ sinh môi trường' (Hội Phụ nữ, unrelated)."),
    # ---------------- 256 ----------------
    ("256_c48309a5740b", "differs",
     "Công đoàn ngành Giáo dục Hà Nội phát động phong trào thi đua năm 2019 theo 5 đợt.",
     "256_c48309a5740b: 'các công đoàn cơ sở cần tập trung tổ chức phát động phong trào thi đua trong năm 2019 theo 3 đợt' (Đợt 1, Đợt 2, Đợt 3 listed). Claimed 5 != 3. ./g.sh '(5|năm) đợt' -> no hit. (180_1956e0636950 '2 đợt thi đua năm 2022' is another year.)"),
    # ---------------- 286 ----------------
    ("286_3ffc37599066", "supported",
     "Năm 2023, tiền lương bình quân của người lao động trên địa bàn Hà Nội đạt khoảng 6,5 triệu đồng mỗi tháng.",
     "286_3ffc37599066: 'tiền lương bình quân năm 2008 của người lao động trên 2 triệu đồng/người/tháng, đến năm 2023 đã tăng lên mức 6,5 triệu đồng/người/tháng' (title 'Thu nhập bình quân của CNLĐ Hà Nội đạt 6,5 triệu/tháng')."),
    # ---------------- 333 ----------------
    ("333_b974af218aab", "supported",
     "Năm 2022, hơn 80% đoàn viên của Công đoàn ngành Giáo dục Hà Nội là nữ.",
     "333_b974af218aab (hội nghị 28/6/2022): 'hiện nay Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ'. ./g.sh '80%.{0,30}nữ' and 'Giáo dục Hà Nội.{0,200}nữ' -> only 333."),
    ("333_b974af218aab", "differs",
     "Theo Công đoàn ngành Giáo dục Hà Nội, năm 2022 ngành có 215 công đoàn cơ sở trực thuộc.",
     "333_b974af218aab (June 2022): 'hiện nay Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên'. Claimed 215 != 187 (and != 183 in 1042_fe924796bfeb, another date). ./g.sh '215' -> no hit."),
    # ---------------- 353 ----------------
    ("353_d8f30a786bd0", "not_found",
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 98,5% số phiếu.",
     "353_d8f30a786bd0 states the election but no vote share. ./g.sh 'Khang.{0,150}(phiếu|%)' -> no hit; ./g.sh 'Chủ tịch Tổng (LĐLĐ|Liên đoàn Lao động) Việt Nam khóa XIII' -> only 353. Nearby figures about khóa XIII in 174_6cb98c605947 ('177 ủy viên', 'bầu 168 ủy viên') count BCH members, another counted noun."),
    # ---------------- 402 ----------------
    ("402_eeb7fa7db79a", "not_found",
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 sẽ tuyên dương 200 Chủ tịch Hội cơ sở.",
     "402_eeb7fa7db79a gives theme, dates (17-19/10/2023) and '93 năm' but no number of honourees. ./g.sh 'Hội Phụ nữ cơ sở giỏi toàn quốc' -> only 402; ./g.sh '\\d+ Chủ tịch Hội' -> no hit. 401_c44d076b8ff9 is Hội LHPN Hà Nội's own program (another event)."),
    # ---------------- 429 ----------------
    ("429_77bd108c7618", "not_found",
     "Tại hội nghị tổng kết 10 năm thực hiện Nghị quyết 20 ở Đà Lạt, Công đoàn CAND đã khen thưởng 45 tập thể có thành tích xuất sắc.",
     "429_77bd108c7618 only has '10 năm thực hiện Nghị quyết số 20' and '5 năm thực hiện tháng công nhân' (periods, not counts of awardees). ./g.sh 'Công đoàn (CAND|Công an)' -> 429 and 167 (a person's title); ./g.sh 'Đà Lạt' -> 429 and 1011 (Đoàn, 2017). No count of tập thể khen thưởng."),
    # ---------------- 520 ----------------
    ("520_248a7e4c18f3", "differs",
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng để xây dựng nhà 'Mái ấm công đoàn' cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520_248a7e4c18f3: 'LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh' and '50 triệu đồng/căn'. Claimed 70 triệu != 50. ./g.sh '70 triệu đồng' -> 498_e3e307654093 '870 triệu' (18 căn, another LĐLĐ) and 998 '470 triệu' only."),
    # ---------------- 533 ----------------
    ("533_31522612a2cd", "not_found",
     "Kỳ họp thứ 27 của HĐND TP Hà Nội khóa XVI có 89 đại biểu có mặt bỏ phiếu bầu Chủ tịch HĐND.",
     "533_31522612a2cd only gives the share: 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành' (a percentage, not a head count). ./g.sh 'đại biểu có mặt' -> 533 (100%), 581_94f251acdd8a '92/94 đại biểu có mặt' (2021 election of Nguyễn Ngọc Tuấn, another session), 629, 1104 (other councils). ./g.sh 'Kỳ họp thứ 27|kỳ họp chuyên đề' -> 533 and 567 (kỳ họp thứ tám). No head count for kỳ họp 27."),
    # ---------------- 551 ----------------
    ("551_de5cd76ae6d9", "supported",
     "Tại lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024 ở Hà Nội, 200 CNLĐ được khám sức khỏe miễn phí.",
     "551_de5cd76ae6d9 (19/04/2024): 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí'."),
    ("551_de5cd76ae6d9", "differs",
     "Nhân lễ phát động Tháng Công nhân năm 2024, lãnh đạo thành phố Hà Nội đã trao quà cho 250 công nhân lao động có hoàn cảnh khó khăn.",
     "551_de5cd76ae6d9: 'lãnh đạo thành phố Hà Nội trao quà cho 100 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp; 100 phần quà cho con công nhân'. Claimed 250 != 100 (and != 200 total gifts). ./g.sh '250 công nhân|250 CNLĐ' -> no hit."),
    # ---------------- 622 ----------------
    ("622_81ae52ef2094", "supported",
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu 5 vị tham gia Đoàn Chủ tịch.",
     "622_81ae52ef2094 (14/1/2026): 'bầu 5 vị tham gia Đoàn Chủ tịch Ủy ban Trung ương MTTQ'."),
    ("622_81ae52ef2094", "differs",
     "Tại Hội nghị lần thứ 6 khóa X ngày 14/1, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã hiệp thương bầu bổ sung 28 vị là Ủy viên Ủy ban.",
     "622_81ae52ef2094: 'Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam'. Claimed 28 != 18. ./g.sh '28 vị|28 Ủy viên|hai mươi tám' -> no hit."),
    # ---------------- 663 ----------------
    ("663_7f8b34f12daf", "supported",
     "Dịp tổng kết năm 2020 của LĐLĐ huyện Chợ Mới, có 4 cá nhân được Liên đoàn Lao động tỉnh Bắc Kạn tặng Bằng khen.",
     "663_7f8b34f12daf (21/01/2021, LĐLĐ huyện Chợ Mới, Công đoàn tỉnh Bắc Kạn): '3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen có thành tích xuất sắc ... năm 2020'."),
    ("663_7f8b34f12daf", "differs",
     "Tại hội nghị tổng kết công tác Công đoàn năm 2020, Liên đoàn Lao động huyện Chợ Mới đã tặng giấy khen cho 15 cá nhân.",
     "663_7f8b34f12daf: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen'. Claimed 15 != 10. ./g.sh '15 cá nhân' -> 118, 502, 1065 (other organisations/events); ./g.sh 'Chợ Mới' -> only 663."),
    # ---------------- 693 ----------------
    ("693_fc08e1a86a0b", "not_found",
     "Trong đợt thi đua cao điểm chào mừng Đại hội Đảng các cấp, Công đoàn ngành Giao thông vận tải Hà Nội có 120 công trình, phần việc được đăng ký.",
     "693_fc08e1a86a0b gives only the period 'từ ngày 15/5 đến hết ngày 10/10' and congress numerals (XVII, XIII). ./g.sh 'Giao thông vận tải Hà Nội.{0,200}(công trình|sáng kiến)' -> no hit; ./g.sh 'thi đua cao điểm.{0,150}\\d+ (công trình|sáng kiến)' -> no hit. (seed's 526/94 công trình are the LĐLĐ TP 2023 đợt thi đua chào mừng Đại hội Công đoàn, another campaign.)"),
    # ---------------- 714 ----------------
    ("714_18fc7812c675", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có 435 đại biểu tham dự.",
     "714_18fc7812c675: 'Chiều 27.11, diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu'."),
    # ---------------- 727 ----------------
    ("727_39665a0e6638", "supported",
     "Dịp ra quân chiến dịch Thanh niên tình nguyện hè 2020, Thành đoàn Đà Nẵng đã trao 500 lá cờ Tổ quốc cho ngư dân âu thuyền Thọ Quang.",
     "727_39665a0e6638: 'Ngày 28.6, Thành đoàn Đà Nẵng tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2020 ... gồm: 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)'."),
    ("727_39665a0e6638", "differs",
     "Trong chiến dịch Mùa hè xanh 2020, Ban chỉ đạo thành lập 25 đội hình thanh niên tình nguyện hỗ trợ các dân tộc thiểu số rất ít người.",
     "727_39665a0e6638: 'Ban chỉ đạo chiến dịch sẽ thành lập 16 đội hình thanh niên tình nguyện hỗ trợ 16 dân tộc thiểu số ít người'. Claimed 25 != 16. ./g.sh '25 đội hình|hai mươi lăm đội' -> no hit."),
    # ---------------- 761 ----------------
    ("761_0759299e56e8", "differs",
     "Chợ Tết công đoàn năm 2023 tại Quảng Ninh do Công đoàn TKV tổ chức dự kiến thu hút khoảng 3.500 người lao động tham gia.",
     "761_0759299e56e8: 'tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức với khoảng 2.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia'. Claimed 3.500 != 2.000. ./g.sh '3\\.500 người' -> only 671 (BAC A BANK, unrelated)."),
    ("761_0759299e56e8", "not_found",
     "Tại Chợ Tết công đoàn năm 2023 ở Cẩm Phả, Công đoàn TKV dự kiến phát 2.000 phiếu mua hàng giảm giá cho người lao động.",
     "761_0759299e56e8 mentions 'phiếu mua hàng giảm giá' without a number; its 2.000 counts người lao động tham gia (another counted noun) and '20 - 30 gian hàng'. ./g.sh 'Quảng Ninh.{0,200}phiếu', 'TKV.{0,200}(phiếu|quà)', '(2\\.000|2000) phiếu' -> no hit. 262_7b5b3b51657d's 5.500 phiếu is LĐLĐ Hà Nội's Chợ Tết 2023 (another place)."),
    # ---------------- 798 ----------------
    ("798_7032c1161906", "differs",
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn toàn tỉnh đã giới thiệu 948 đoàn viên ưu tú cho Đảng.",
     "798_7032c1161906 (Tỉnh Đoàn, tổng kết Tháng Thanh niên 2023, 10/4/2023): 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%), giới thiệu 748 đoàn viên ưu tú (đạt 374%)'. Claimed 948 != 748. ./g.sh '948' -> only years 1948 and 696.948 sáng kiến. CAVEAT: page never names the province."),
    # ---------------- 812 ----------------
    ("812_69df8abf1bca", "supported",
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 có sự tham dự của 550 đại biểu.",
     "812_69df8abf1bca: 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên'. (550 in 092/307 is Đại hội Công đoàn TP Hà Nội XVI, another congress, same value.)"),
    ("812_69df8abf1bca", "differs",
     "Ban Chấp hành Đảng bộ TP Hà Nội khóa XVIII đã bầu 5 Phó Bí thư Thành ủy nhiệm kỳ 2025-2030.",
     "812_69df8abf1bca: '4 Phó Bí thư Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025- 2030 gồm: ...'; 813_11d663308583: 'Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy'; 105 lists 4 names (items 2-5). Claimed 5 != 4. ./g.sh '(5|năm) Phó Bí thư Thành ủy' -> no hit."),
    # ---------------- 965 ----------------
    ("965_f94f0c950eb5", "not_found",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028 có 250 đại biểu chính thức.",
     "965_f94f0c950eb5 (duyệt hồ sơ 12/9/2023) gives only '2 ngày (28 và 29/9/2023)' and 'Tổ số 02'; no delegate count. ./g.sh 'Tuyên Quang lần thứ XVII' -> only 965; ./g.sh 'Tuyên Quang.{0,150}đại biểu' -> no hit."),
    # ---------------- 979 ----------------
    ("979_5010ac31af5f", "not_found",
     "Ủy ban MTTQ Việt Nam huyện Phú Tân khóa VIII, nhiệm kỳ 2014-2019 có 55 ủy viên.",
     "979_5010ac31af5f has only 'hội nghị ... lần thứ 15, khóa VIII' and '100% đại biểu tán thành' (a share, not a membership count). ./g.sh 'Phú Tân' -> 979 and 793 (Huyện Đoàn, 2023); ./g.sh '(Ủy ban MTTQ|MTTQ Việt Nam) huyện.{0,60}(gồm|có) \\d+' -> no hit."),
]

COLS = ["page_id", "verdict", "claim", "why"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = [dict(zip(COLS, (nfc(x) for x in c))) for c in CLAIMS]
    for r in rows:
        assert r["verdict"] in ("supported", "differs", "not_found"), r
        assert "\t" not in r["claim"] and "\n" not in r["claim"]
    rows.sort(key=lambda r: r["page_id"])
    with open("/work/unseen160/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r["verdict"] for r in rows)),
          len(set(r["page_id"] for r in rows)), "pages")
    c = Counter(r["page_id"] for r in rows)
    assert max(c.values()) <= 2, c


if __name__ == "__main__":
    main()
