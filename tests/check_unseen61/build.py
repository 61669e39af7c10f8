#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 027 ----------------
    ("027_18d8fbebbd64", S,
     "Theo Trưởng Ban Nữ công LĐLĐ Thành phố Bùi Thanh Giang, năm 2023 là tròn 13 năm kỷ niệm Ngày Phụ nữ Việt Nam 20/10.",
     "027: 'Phát biểu diễn văn kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023) và 13 năm kỷ niệm Ngày Phụ nữ Việt Nam 20/10, đồng chí Bùi Thanh Giang ... Trưởng ban Nữ công LĐLĐ Thành phố'."),
    ("027_18d8fbebbd64", D,
     "Hội nghị tôn vinh nữ cán bộ Công đoàn Thủ đô tháng 10/2023 được tổ chức nhân kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
     "027 states '93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023)'; 401 and 402 also say 93 năm for 2023. g.sh '90 năm.{0,60}(Phụ nữ|LHPN)': no hit (the 90 năm hits are Công đoàn Việt Nam 2019)."),
    # ---------------- 095 ----------------
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, khoảng 8.500 công đoàn cơ sở của Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025-2030, tiến tới Đại hội Công đoàn Thành phố lần thứ XVIII.",
     "095 gives no count of CĐCS. g.sh '[0-9]\\.[0-9]{3} (công đoàn cơ sở|CĐCS)': seed 003 '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028' and 094 'hơn 8.000 công đoàn cơ sở' are the previous edition (2023-2028 term, towards Đại hội XVII), not the 2025-2030 round."),
    # ---------------- 1021 ----------------
    ("1021_e0f274a6a9c5", D,
     "Phó Chủ tịch LĐLĐ TP Hà Nội Phạm Bá Vĩnh đã trao 35 suất quà cho công nhân lao động huyện Thạch Thất bị ảnh hưởng bởi dịch Covid-19.",
     "1021: 'đồng chí Phạm Bá Vĩnh đã trao hỗ trợ 20 suất quà cho công nhân lao động huyện bị ảnh hưởng bởi dịch bệnh Covid-19'. g.sh '35 suất': only 907 (35 suất học bổng, other event); g.sh 'Thạch Thất.{0,200}suất': no other hit."),
    ("1021_e0f274a6a9c5", N,
     "Mỗi suất quà LĐLĐ Thành phố trao cho công nhân lao động khó khăn ở huyện Thạch Thất trong dịch Covid-19 trị giá 1 triệu đồng.",
     "1021 states the number of gifts (20 suất) but no value per gift and no total. g.sh 'Thạch Thất.{0,200}suất|suất.{0,200}Thạch Thất': no hit. The '1 triệu đồng/suất' hits (500, 498, 1106, 128, 335, 745) are other events/places."),
    # ---------------- 1104 ----------------
    ("1104_5bd345c8ded7", S,
     "Toàn bộ 67 đại biểu HĐND tỉnh Sơn La có mặt đã đồng ý bầu ông Hoàng Quốc Khánh giữ chức Chủ tịch UBND tỉnh khóa XIV, nhiệm kỳ 2016-2021.",
     "1104: 'Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La khóa XIV, nhiệm kỳ 2016-2021'."),
    # ---------------- 1166 ----------------
    ("1166_ea87f1aaef64", S,
     "Năm học 2014-2015, Liên đoàn Lao động thành phố Hội An khen thưởng mười lăm em đạt giải tại các kỳ thi học sinh giỏi cấp tỉnh và cấp quốc gia.",
     "1166: 'Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi và 15 em đạt các giải tại các kỳ thi học sinh giỏi cấp Tỉnh, cấp Quốc gia' (năm học 2014- 2015; 'Công đoàn Hội An'). Caveat: the article says 'Liên đoàn Lao động Thành phố' and names Hội An only once."),
    ("1166_ea87f1aaef64", D,
     "Đợt tuyên dương con CNVCLĐ học giỏi năm học 2014-2015 của LĐLĐ thành phố Hội An có tổng giá trị quà 45 triệu đồng.",
     "1166: '... với tổng giá trị 20 triệu đồng'. g.sh '45 triệu': 1004 (Tiền Giang, Công đoàn giáo dục, other event) and 163 (wages) only."),
    # ---------------- 1263 ----------------
    ("1263_6358277c872f", D,
     "Cuối năm 2023, LĐLĐ quận Long Biên tổng kết đợt thi đua chào mừng 25 năm ngày thành lập Liên đoàn Lao động quận.",
     "1263: 'đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận' and 'kỷ niệm 20 năm thành lập Liên đoàn Lao động quận Long Biên'; seed 003 also '20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023)'. g.sh '25 năm.{0,80}Long Biên|Long Biên.{0,80}25 năm': no hit."),
    ("1263_6358277c872f", N,
     "Tại hội nghị tổng kết năm 2023, LĐLĐ quận Long Biên đã khen thưởng 30 tập thể có thành tích xuất sắc.",
     "1263 names one award (trường mầm non Hồng Tiến, giấy khen) but no count of units rewarded. g.sh 'Long Biên.{0,200}(khen|tập thể)': 654 (2021 gia đình CNVCLĐ, no count) and 243 (2019) only; g.sh '30 tập thể': no hit."),
    # ---------------- 153 ----------------
    ("153_e14e5df550cb", N,
     "Đồng chí Phạm Quang Thanh được bầu bổ sung làm Chủ tịch LĐLĐ TP Hà Nội khóa XVI với 98% số phiếu tán thành.",
     "153 gives the decision number (5556/QĐ-TLĐ) and dates but no vote share. g.sh 'Phạm Quang Thanh.{0,80}(phiếu|%)|(phiếu|%).{0,80}Phạm Quang Thanh': no hit; g.sh '98%|98,[0-9]%': no hit."),
    # ---------------- 193 ----------------
    ("193_98c1c68d8e79", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu 45 ủy viên vào Ban Chấp hành LĐLĐ Thành phố khóa mới.",
     "193 (speech of Hoàng Trung Hải) has no BCH size. g.sh 'Ban Chấp hành (LĐLĐ|Liên đoàn Lao động) (TP|Thành phố|thành phố).{0,30}khóa XVI.{0,60}[0-9]': only 300 'kỳ họp thứ 5' (ordinal); g.sh '45 ủy viên': no hit. Nearby: 092 '550 đại biểu chính thức' for Đại hội XVI is delegates, not BCH members."),
    # ---------------- 285 ----------------
    # (no usable figure besides 'Hơn 10 năm trước' + document dates; not used)
    # ---------------- 300 ----------------
    ("300_c35bde72bae1", N,
     "Đoàn đại biểu LĐLĐ Thành phố Hà Nội đi dự Đại hội XII Công đoàn Việt Nam gồm 35 đại biểu.",
     "300 mentions 'đoàn đại biểu LĐLĐ Thành phố dự Đại hội XII Công đoàn Việt Nam' without a size. g.sh 'Đại hội XII Công đoàn Việt Nam' / 'đại hội XII': 577 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người' is another province; g.sh '35 đại biểu': only 627 (HĐND huyện Bắc Quang)."),
    # ---------------- 307 ----------------
    ("307_af41b81b9229", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có 480 đại biểu chính thức tham dự.",
     "307: 'tham dự Đại hội có 545/550 đại biểu chính thức'. g.sh '480 đại biểu': no hit. Other congress sizes are other editions: 092 '550 đại biểu chính thức' and 242 '546 đại biểu' (Đại hội XVI, 2018), 288 '548 đại biểu' (Đại hội XVIII, 2025)."),
    # ---------------- 365 ----------------
    ("365_3479d205e681", N,
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII, nhiệm kỳ 2020-2025, nơi ông Vương Đình Huệ tái đắc cử Bí thư, gồm 71 ủy viên.",
     "365/367 report the re-election ('với số phiếu tuyệt đối') but not the BCH size (grep of 367 for '[0-9]+ (ủy viên|đồng chí|phiếu|%)': nothing). g.sh 'Ban Chấp hành Đảng bộ.{0,80}gồm|ủy viên Ban Chấp hành Đảng bộ': only 348 (Sóc Sơn huyện, 35 đồng chí); g.sh '(71|95) (ủy viên|đại biểu|đồng chí)': no hit. 103 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí' is another body and term."),
    # ---------------- 368 ----------------
    ("368_38a2bb046726", N,
     "Đại hội Công đoàn trường mầm non Dục Tú nhiệm kỳ 2017-2022, tổ chức ngày 11/10/2017, có 42 đoàn viên tham dự.",
     "368 gives only plan number and date. g.sh 'Dục Tú': only 368. g.sh '42 đoàn viên': 733 (đoàn viên ưu tú kết nạp Đảng) and 1205 '42 công đoàn viên thuộc CĐCS Trường Mầm non Sơn Ca 10' (another school) - near misses on purpose."),
    # ---------------- 372 ----------------
    ("372_87dc92dc5866", D,
     "Tháng cao điểm “Vì người nghèo” năm 2019 nhằm lập thành tích chào mừng kỷ niệm 90 năm ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
     "372: 'chào mừng kỷ niệm 89 năm ngày truyền thống của Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2019)'. g.sh '90 năm.{0,80}Mặt trận': no hit (90 năm hits are Công đoàn Việt Nam 2019)."),
    # ---------------- 401 ----------------
    ("401_c44d076b8ff9", S,
     "Ngày 19/10/2023, Hội LHPN Hà Nội biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.",
     "401: 'Nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp phụ nữ Việt Nam (20/10/1930 - 20/10/2023), ngày 19/10, Hội Liên hiệp phụ nữ (LHPN) Hà Nội tổ chức chương trình Giao lưu, biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi'."),
    # ---------------- 428 ----------------
    ("428_25ecc0569546", S,
     "Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Hà Nội để sơ kết năm năm thực hiện Nghị quyết 11 về phát triển Thủ đô.",
     "428: 'tập thể Bộ Chính trị đã có buổi làm việc với Ban Thường vụ Thành ủy Hà Nội, sơ kết 5 năm thực hiện Nghị quyết số 11 của Bộ Chính trị khóa XI'."),
    # ---------------- 431 ----------------
    ("431_ee84f598ec85", S,
     "Thủ tướng Nguyễn Xuân Phúc đánh giá tổ chức Công đoàn Việt Nam đã trải qua 90 năm hình thành và phát triển.",
     "431: 'Trải qua 9 thập kỷ hình thành và phát triển, tổ chức Công đoàn Việt Nam ...' (9 thập kỷ = 90 năm; unit conversion test)."),
    # ---------------- 533 ----------------
    ("533_31522612a2cd", S,
     "Bà Phùng Thị Hồng Hà được bầu làm Chủ tịch HĐND thành phố Hà Nội khóa XVI với 100% đại biểu có mặt tán thành.",
     "533: 'với 100% đại biểu có mặt bỏ phiếu bầu tán thành, bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND TP Hà Nội khoá XVI, nhiệm kỳ 2021-2026'."),
    # ---------------- 534 ----------------
    ("534_945922b00627", N,
     "HĐND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 có tổng cộng 95 đại biểu.",
     "534 announces the first session but gives no number of deputies. g.sh '[0-9]+ đại biểu HĐND': 116/117 'bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021' is the previous term; g.sh '95 đại biểu': no hit."),
    # ---------------- 542 ----------------
    ("542_2bc2120ebb1a", S,
     "Tại chương trình “Tết sum vầy - Xuân bình an” 2022 ở thị xã Hoàng Mai, LĐLĐ tỉnh đã tặng hai trăm suất quà cho công nhân lao động.",
     "542: 'LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai' (total 285 suất, mỗi suất 500.000 đồng)."),
    ("542_2bc2120ebb1a", D,
     "Mỗi suất quà trao cho công nhân lao động khó khăn tại chương trình “Tết sum vầy - Xuân bình an” 2022 của thị xã Hoàng Mai trị giá 700.000 đồng.",
     "542: '285 suất quà, mỗi suất quà trị giá 500.000 đồng'. g.sh '700\\.000|700 nghìn': 686 (another LĐLĐ, Tết 2024), 777, 470 - other events. Beware 1106 (quận Hoàng Mai, Hà Nội: 1 triệu / 800.000 đồng) is a different Hoàng Mai."),
    # ---------------- 575 ----------------
    ("575_ae0f88c8df66", N,
     "Năm 2019, các cấp Công đoàn Hà Nội đã tổ chức 300 cuộc đối thoại giữa người lao động và người sử dụng lao động.",
     "575 has no count of dialogues (only a caption about 'buổi đối thoại ... năm 2019'). g.sh '(cuộc|buổi) đối thoại': seed 003 'trên 5.100 cuộc đối thoại' is the 2023 report (another year); g.sh '2019.{0,150}cuộc đối thoại': no hit."),
    # ---------------- 625 ----------------
    ("625_686569eb1423", D,
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ nửa tỷ đồng để sửa chữa Trường Mầm non xã Triệu Giang bị hư hỏng nặng sau đợt mưa lũ tháng 11/2016.",
     "625: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong) bị hư hỏng nặng do đợt mưa lũ tháng 11.2016' (page headline: LĐLĐ tỉnh Quảng Trị). g.sh '500 triệu|nửa tỷ': only 1130 (Quỹ Vì người nghèo, other event)."),
    # ---------------- 683 ----------------
    ("683_975a3a7365e4", D,
     "Tháng Nhân đạo năm 2025 của Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động, hỗ trợ ít nhất bảy nghìn người có hoàn cảnh khó khăn.",
     "683: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn'. g.sh '7\\.000 người|bảy nghìn': only 254 (đoàn viên count, unrelated)."),
    # ---------------- 701 ----------------
    ("701_43cc5508ea5a", D,
     "Bà Đào Thị Mỳ, chủ trọ ở hẻm 58 phường Tân Tạo A, cho biết suốt 20 năm qua dãy trọ của bà chưa từng thiếu người thuê.",
     "701: 'Bà Đào Thị Mỳ (một chủ trọ ở hẻm 58) cho hay, trong 15 năm qua dãy trọ của bà chưa từng thiếu người thuê'. g.sh '20 năm qua': no hit. (Teaser figures on 701 - 500 nhân viên y tế, 286 đoàn viên - deliberately not used.)"),
    # ---------------- 713 ----------------
    ("713_880c4651b9b8", S,
     "Hơn 360 đại biểu chính thức đã dự Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029.",
     "713: 'Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVIII, nhiệm kỳ 2024-2029 ... với sự tham dự của 363 đại biểu chính thức'."),
    ("713_880c4651b9b8", D,
     "Tại phiên thứ nhất, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Hà Nội lần thứ XVIII đã hiệp thương cử Đoàn Chủ tịch Đại hội gồm 21 vị.",
     "713: 'thông qua danh sách Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký Đại hội gồm 2 vị'. g.sh 'Đoàn Chủ tịch Đại hội gồm': only 713 and 578 (Hưng Yên, 9 đồng chí); '21 đồng chí' hits (237, 239) are BCH of other unions."),
    # ---------------- 728 ----------------
    ("728_911221c21d93", S,
     "Năm 2021, huyện Đại Lộc có mười cơ quan, đơn vị xếp thứ ba trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3 trong phong trào thi đua cụm đồng bằng của tỉnh'."),
    ("728_911221c21d93", D,
     "Trong phong trào thi đua cụm đồng bằng của tỉnh năm 2021, huyện Đại Lộc có 8 cơ quan, đơn vị xếp vị thứ dẫn đầu.",
     "728: '6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì'. The claimed 8 is the thứ nhì count in the same sentence (hard case); no other page counts Đại Lộc units (g.sh 'Đại Lộc': 784 is Huyện đoàn, 2023)."),
    # ---------------- 786 ----------------
    ("786_4b655c65ed4c", S,
     "Chương trình Tết sum vầy cấp Tổng LĐLĐ Việt Nam tại Hưng Yên sẽ diễn ra trước kỳ nghỉ Tết âm lịch mười ngày.",
     "786: 'thời điểm tổ chức chương trình Tết sum vầy cấp Tổng LĐLĐVN sẽ diễn ra vào trước ngày nghỉ Tết âm lịch 10 ngày'. (Teaser '755 chuyến xe' deliberately not used.)"),
    # ---------------- 813 ----------------
    ("813_11d663308583", S,
     "Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 đã bầu bốn Phó Bí thư Thành ủy.",
     "813: 'Ban Chấp hành đã bầu 4 Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh ...; ông Nguyễn Văn Phong ...; ông Nguyễn Trọng Đông ...; và bà Phùng Thị Hồng Hà'. Also 812 '4 Phó Bí thư Thành ủy Hà Nội khóa XVIII' and 105 (list of 4)."),
    ("813_11d663308583", D,
     "Bà Bùi Thị Minh Hoài, người tiếp tục được bầu làm Bí thư Thành ủy Hà Nội khóa XVIII, năm nay 65 tuổi.",
     "813: 'Bà Bùi Thị Minh Hoài 60 tuổi, thạc sĩ Luật'. g.sh 'Bùi Thị Minh Hoài' with 'tuổi|sinh năm': only 813."),
    # ---------------- 822 ----------------
    ("822_4d275a26ab99", D,
     "Phong trào thi đua “Phấn đấu thực hiện thắng lợi nhiệm vụ kế hoạch năm 2023” do Giám đốc Đoàn Tiến Cường và Chủ tịch Công đoàn Nguyễn Văn Bình phát động được chia làm ba đợt.",
     "822: 'Phát động thi đua được chia thành 02 đợt. Theo đó, Đợt 1 ... và Đợt 2 ...'. g.sh '(03|3|ba) đợt': only 256 (CĐCS thi đua 2019, other unit/year)."),
    # ---------------- 824 ----------------
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình tổ chức có 500 cán bộ, công nhân viên tham dự.",
     "824 gives no attendance figure. g.sh 'Hòa Bình là|Tập đoàn Xây dựng Hòa Bình|quận 3': only 824 and 545 (Hội LHPN Quận 3, 2024); g.sh '500 (cán bộ|CBCNV|công nhân|người)': 057 (Long Biên chuyến xe), 003, 671 - other events."),
    # ---------------- 976 ----------------
    ("976_f65ba36a6479", S,
     "Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định ba cán bộ giữ chức Bí thư Huyện ủy Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch.",
     "976: 'Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch'."),
    # ---------------- 980 ----------------
    ("980_cd45ce45629c", D,
     "Bà Lê Thị Thủy được bầu giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII với 85% Ủy viên Ban Chấp hành có mặt tán thành.",
     "980: '100% Ủy viên Ban Chấp hành có mặt đã thống nhất bầu bà Lê Thị Thủy ... giữ chức Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII'. g.sh '85%': 595 (Bình Dương lao động ngoài tỉnh), 706, 863 - unrelated."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x).replace("\t", " ").replace("\n", " ")
                     for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps per-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
