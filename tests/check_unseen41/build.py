#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("1012_7b47589330b0", S,
     "Chiến dịch Thanh niên tình nguyện hè của TP HCM năm nay đã thu hút khoảng 400 nghìn lượt thanh niên, học sinh, sinh viên và trí thức trẻ tham gia.",
     "1012_7b47589330b0: 'chiến dịch đã thu hút gần 400.000 lượt thanh niên, học sinh, sinh viên, giáo viên, giảng viên trẻ...' (khoảng 400 nghìn ~ gần 400.000)"),
    ("466_be558adf4870", S,
     "Nhờ LĐLĐ quận vận động các doanh nghiệp, gần 1.800 công nhân đã được tặng vé xe về quê đón Tết.",
     "466_be558adf4870: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết' (gần 1.800 ~ 1.794)"),
    ("498_e3e307654093", S,
     "Tại lễ phát động Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh đã trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở.",
     "498_e3e307654093: 'trao bảng tượng trưng 18 căn nhà Mái ấm Công đoàn trị giá 870 triệu đồng cho đoàn viên khó khăn về nhà ở'"),
    ("550_47914fdae7e5", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất sáu triệu cây xanh.",
     "550_47914fdae7e5: 'Một số chỉ tiêu Trung ương Đoàn đặt ra gồm: ... trồng mới ít nhất 6 triệu cây xanh'"),
    ("608_5c8141ecc09d", S,
     "Năm 2023, các bệnh viện trong tỉnh đã tiếp nhận hơn 12 nghìn đơn vị máu từ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ vận động.",
     "608_5c8141ecc09d: 'có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch' (hơn 12 nghìn ~ 12.300)"),
    ("626_087eb7ff5a87", S,
     "Tối 30-1, lãnh đạo TP.HCM tặng quà Tết cho công nhân lao động quận Tân Phú, mỗi phần quà trị giá 1.300.000 đồng gồm quà và tiền mặt.",
     "626_087eb7ff5a87: 'trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng (bao gồm quà và tiền mặt) cho công nhân lao động ... LĐLĐ quận Tân Phú'"),
    ("690_827366894f5d", S,
     "Theo Ủy ban MTTQ tỉnh tại lễ phát động Tháng cao điểm 'Vì người nghèo' năm 2021, tỷ lệ hộ nghèo toàn tỉnh hiện còn 3,45%.",
     "690_827366894f5d: 'Hiện nay, tỷ lệ hộ nghèo trên toàn tỉnh chiếm 3,45%.'"),
    ("727_39665a0e6638", S,
     "Tại lễ ra quân chiến dịch tình nguyện hè 2020, Thành đoàn Đà Nẵng đã trao 500 lá cờ Tổ quốc cho ngư dân âu thuyền Thọ Quang.",
     "727_39665a0e6638: 'Thành đoàn Đà Nẵng đã trao ... gồm: 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)'"),
    ("885_b514dc72b366", S,
     "Mức thưởng Tết Tân Sửu cao nhất là 1.076 triệu đồng, thuộc về một cá nhân làm việc tại doanh nghiệp FDI ngành cơ - điện lạnh.",
     "885_b514dc72b366: 'Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài (ngành cơ - điện lạnh)' (1.076 triệu = 1,076 tỉ)"),
    ("907_07e635cbabe5", S,
     "Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao ba mươi lăm suất học bổng cho học sinh có hoàn cảnh khó khăn.",
     "907_07e635cbabe5: 'Trong chương trình, Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn.'"),
    ("929_6b1be55d0f4e", S,
     "Dịp Quốc khánh 2/9/2020, Đảng bộ phường Bạch Hạc có bảy đảng viên được trao Huy hiệu Đảng.",
     "929_6b1be55d0f4e: 'đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng'"),
    ("963_df9b4f2ebd96", S,
     "Ban Chấp hành Công đoàn phường Thuận Giao (TPHCM) nhiệm kỳ 2025 - 2030 được chỉ định gồm 15 người.",
     "963_df9b4f2ebd96: 'Đại hội đã công bố quyết định chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí.'"),
    ("931_2a6417bd4142", S,
     "Trong năm 2024, Liên đoàn Lao động tỉnh Hải Dương đã phối hợp hỗ trợ xây dựng, sửa chữa 22 mái ấm công đoàn cho đoàn viên khó khăn về nhà ở.",
     "931_2a6417bd4142: 'Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 \"mái ấm công đoàn\" cho đoàn viên có hoàn cảnh khó khăn về nhà ở.'"),

    # ---------------- differs ----------------
    ("1013_dd19fb48ab24", D,
     "Sau hơn một tuần triển khai, đã có gần 90.000 đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đăng ký làm chiến sĩ Chiến dịch Xuân tình nguyện 2026.",
     "1013_dd19fb48ab24: 'sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện'. g.sh '90[.]?000|90 nghìn|90 ngàn' : no Xuân tình nguyện 2026 hit (495 gives 'hơn 4.000' attendees of the lễ ra quân, another counted thing)"),
    ("1014_8ece231e24cc", D,
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 80 voucher mua sắm tại Chợ Tết Công đoàn trực tuyến cho đoàn viên.",
     "1014_8ece231e24cc: 'Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher'. g.sh 'voucher' : 1014, 458 (500 voucher, another event), 687 (e-voucher) - no 80 voucher for Bình Tân"),
    ("1065_3abb01f9920f", D,
     "Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 60 sáng kiến sáng tạo cấp ngành năm 2019 - 2020.",
     "1065_3abb01f9920f: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020'. g.sh '60 sáng kiến' : none"),
    ("109_ef0d90601316", D,
     "Vụ gãy sàn nâng tại công trình số 16 phố Nguyễn Công Trứ (quận Hai Bà Trưng) tối 30/7 đã khiến năm công nhân tử vong.",
     "109_ef0d90601316: 'vụ sập giàn cẩu khiến 4 người tử vong tại tòa nhà 16 phố Nguyễn Công Trứ'; '3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó'. g.sh 'Nguyễn Công Trứ' : 109 and 282 ('gia đình 4 nạn nhân tử vong do sập giàn giáo') - both 4, nowhere 5"),
    ("1171_e3a5bb5bbced", D,
     "Chương trình 'Đêm hội trăng rằm' của Liên đoàn Lao động quận 6, TP HCM đã mang niềm vui đến hơn 200 thiếu nhi là con công nhân khó khăn tại các khu lưu trú.",
     "1171_e3a5bb5bbced: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... trong \"Đêm hội trăng rằm\" do LĐLĐ quận 6, TP HCM tổ chức'. g.sh 'trăng rằm|quận 6' : 921 (Công đoàn Khu Kinh tế 110 thiếu nhi), 1181, 1001 - other organisers; no other count for quận 6"),
    ("498_e3e307654093", D,
     "Các công đoàn cấp trên trực tiếp cơ sở trong tỉnh đã hỗ trợ quà cho đoàn viên, người lao động với tổng trị giá khoảng 600 triệu đồng.",
     "498_e3e307654093: 'Các Công đoàn cấp trên trực tiếp cơ sở hỗ trợ 1.307 phần quà, trị giá 477 triệu đồng'. g.sh '600 triệu' : not about this (078 quận 1 houses 'gần 600 triệu', 886 thưởng Tết 600 triệu, 983 quà biên phòng 'hơn 600 triệu')"),
    ("550_47914fdae7e5", D,
     "Chiến dịch Thanh niên tình nguyện hè 2023 của Trung ương Đoàn đặt mục tiêu xây dựng ít nhất 1.500 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ.",
     "550_47914fdae7e5: 'Xây dựng ít nhất 1.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú'. g.sh '1[.]?500 nhà|1[.]?500 (căn|ngôi)' : none"),
    ("608_5c8141ecc09d", D,
     "Năm 2023, lượng máu các bệnh viện trong tỉnh tiếp nhận từ phong trào hiến máu tình nguyện đạt khoảng 160% kế hoạch.",
     "608_5c8141ecc09d: 'các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch'. g.sh '160%' : no hiến máu hit"),
    ("622_81ae52ef2094", D,
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu 28 vị làm Ủy viên Ủy ban Trung ương MTTQ Việt Nam.",
     "622_81ae52ef2094: 'Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam'. g.sh 'MTTQ.{0,80}28 |28 vị' : none"),
    ("627_3078f9de4bd8", D,
     "Kỳ họp thứ Nhất HĐND huyện Bắc Quang khóa XXI, nhiệm kỳ 2021 - 2026 triệu tập bốn mươi lăm đại biểu.",
     "627_3078f9de4bd8: 'số lượng đại biểu được triệu tập là 35 đại biểu'. g.sh 'Bắc Quang' : only 627 and a teaser in 1144 (MTTQ), no 45"),
    ("671_a130219f5c5a", D,
     "Trước Đại hội VII Công đoàn Ngân hàng Việt Nam, đại hội công đoàn đã được tổ chức tại hơn 1.200 công đoàn cơ sở trong ngành.",
     "671_a130219f5c5a: 'Đại hội công đoàn của 1.009 công đoàn cấp cơ sở và 9 công đoàn cấp trên cơ sở được diễn ra theo kế hoạch ... tiến tới Đại hội VII Công đoàn Ngân hàng Việt Nam'. g.sh 'Ngân hàng' : no 1.200"),
    ("681_4a0a266e2954", D,
     "Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ ít nhất 80 nghìn suất quà trong chương trình 'Tết Nhân ái' Bính Ngọ 2026.",
     "681_4a0a266e2954: 'Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình \"Tết Nhân ái\" với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết'. g.sh '80[.]?000|80 nghìn' : only 288 ('580.000 đoàn viên' Hà Nội) - no Gia Lai hit"),
    ("706_3b59f272cb92", D,
     "Nhiệm kỳ 2017 - 2022, Công đoàn Viên chức TP phấn đấu bồi dưỡng, giới thiệu 6.000 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706_3b59f272cb92: 'Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp'. g.sh '6[.]?000 đoàn viên' : 666 (chỉ tiêu phát triển 6.000 đoàn viên, another org), 721 (Thạch Thất) - none about đoàn viên ưu tú giới thiệu cho Đảng"),
    ("803_697f32d60bca", D,
     "Đợt 7/11/2023, Ban Thường vụ Thành ủy Hà Nội quyết định trao Huy hiệu 75 năm tuổi Đảng cho tám đảng viên thuộc Đảng bộ quận Hai Bà Trưng.",
     "803_697f32d60bca: 'trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên, Huy hiệu 70 năm tuổi Đảng ... cho 1 đảng viên thuộc Đảng bộ quận Hai Bà Trưng'. g.sh 'Hai Bà Trưng.{0,200}75 năm' : only 803 (805 is quận Đống Đa, 9 đồng chí 75 năm - another district)"),
    ("927_dd7e9c379454", D,
     "Đợt 7-11 năm 2025, Đảng bộ phường Phú Thọ (TPHCM) có 16 đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: 'Dịp này, Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng'. g.sh '16 (đồng chí|đảng viên)' : only 103 (Ban Thường vụ Thành ủy Hà Nội) - another thing; g.sh 'Phú Thọ.{0,200}Huy hiệu' : only 927"),
    ("885_b514dc72b366", D,
     "Mức thưởng bình quân Tết Tân Sửu 2021 (Tết âm lịch) là khoảng 10,5 triệu đồng/người.",
     "885_b514dc72b366: 'mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)'. g.sh '10,5 triệu' : only 083 ('gần 10,5 triệu đoàn viên', another noun); other thưởng Tết pages (163, 231, 886) are other years"),
    ("100_480b17a13d4d", D,
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu 5 Phó Chủ tịch Tổng Liên đoàn nhiệm kỳ 2018 - 2023.",
     "100_480b17a13d4d: 'Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch'; 'Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu'. g.sh '(5|năm) Phó Chủ tịch' : only 330 ('Phó Chủ tịch LĐLĐ TP Hà Nội Nguyễn Huy Khánh', not a count)"),
    ("941_b32ebfdb5342", D,
     "Ra quân Tháng Thanh niên 2021, Huyện đoàn Tuy Phước đã trồng 150 cây tại 'Vườn cây thanh niên', 'Vườn hoa thanh niên' của Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: 'Kết quả đã trồng 90 cây gồm: hoa giấy, hoa dâm bụt...'. g.sh '150 cây' : none"),

    # ---------------- not_found ----------------
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 220 đại biểu chính thức về dự.",
     "013_a5bff765dc30 gives no delegate count (only 'Các đại biểu dự Đại hội'). g.sh 'Tây Hồ' : 013 (no figure), 002 corpus (art show, phát triển đoàn viên), 233 (a school) - nothing counts delegates of this congress; g.sh '220 đại biểu' : only 1187 (Bưu điện Việt Nam, another congress)"),
    ("236_8c39dd7a5f76", N,
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX đã bầu 31 đồng chí vào Ban Chấp hành LĐLĐ quận khóa XIX.",
     "236_8c39dd7a5f76 only says the congress lasts '2 ngày (ngày 6, 7/7/2023)'. g.sh 'Đống Đa' : 064 (58 gia đình CNVCLĐ 2025), 805 (660 đảng viên Huy hiệu Đảng), 883 (HĐND quận khoá 19) - none counts BCH members elected"),
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 có 150 đại biểu chính thức tham dự.",
     "308_ea2272cbf98b has no delegate count; its only figure is the teaser '124 Công đoàn cơ sở' (number of CĐCS, another noun). g.sh 'Việt Hưng' : 308 plus unrelated company/person names (125, 166)"),
    ("965_f94f0c950eb5", N,
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023 - 2028 có 250 đại biểu chính thức.",
     "965_f94f0c950eb5 gives only '2 ngày (28 và 29/9/2023)'. g.sh 'Tuyên Quang' : 532 is Đại hội lần thứ I 2025-2030 (another edition), 727 an ethnic group list - no delegate count; g.sh '250 đại biểu' : only 1210 (Đại hội Công đoàn Y tế Việt Nam XIV, another organisation)"),
    ("671_a130219f5c5a", N,
     "Đại hội Công đoàn Ngân hàng Việt Nam lần thứ VII, nhiệm kỳ 2023 - 2028 có 400 đại biểu chính thức tham dự.",
     "671_a130219f5c5a counts 'hơn 3.500 người lao động' of Bắc Á bank and '1.009 công đoàn cấp cơ sở', not delegates. g.sh 'Ngân hàng' : 1190/1193 are hội thao pages - no delegate count; g.sh '400 đại biểu' : 529 (Đồng Nai), 815 (Bộ Tư pháp) - other congresses"),
    ("782_d74cc27f8aa4", N,
     "Chiến dịch Thanh niên tình nguyện hè 2024 của Tỉnh Đoàn Yên Bái huy động hơn 20.000 lượt đoàn viên, thanh niên tham gia.",
     "782_d74cc27f8aa4 counts '1 chương trình, 4 chiến dịch', '3 ngày hoạt động cao điểm', '100% cơ sở Đoàn' - no participant count. g.sh 'Yên Bái' : 472 (Tháng công nhân 2025 LĐLĐ), 670 (400 triệu GTVT), 707 - none"),
    ("931_2a6417bd4142", N,
     "Năm 2023, Liên đoàn Lao động tỉnh Hải Dương đã hỗ trợ xây dựng, sửa chữa 15 mái ấm công đoàn cho đoàn viên khó khăn.",
     "931_2a6417bd4142 counts 22 mái ấm for năm 2024 only (another year). g.sh 'Hải Dương' : only 931; g.sh '15 (mái ấm|căn)' : only 078 (LĐLĐ quận 1 TP HCM since 2017)"),
    ("1013_dd19fb48ab24", N,
     "Chiến dịch Xuân tình nguyện 2025 của TP.HCM đã có khoảng 50.000 chiến sĩ đăng ký tham gia.",
     "1013 counts the 2026 edition (gần 70.000), 830 the 2024 edition (dự kiến 35.000), 495 the 2026 lễ ra quân (hơn 4.000). g.sh 'Xuân tình nguyện' : no 2025 edition counted"),
    ("1205_8824486ce1df", N,
     "Đại hội Công đoàn cơ sở Trường Mầm non Sơn Ca 10 (quận Phú Nhuận) đã bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 5 ủy viên.",
     "1205_8824486ce1df counts '42 công đoàn viên' attending; the BCH 'ra mắt Đại hội' without a number. g.sh 'Sơn Ca' : only 1205"),
    ("1065_3abb01f9920f", N,
     "Giai đoạn 2020 - 2025, có 25 công đoàn cơ sở trong ngành Xây dựng Hà Nội được tặng cờ thi đua xuất sắc.",
     "1065_3abb01f9920f counts '20 công đoàn cơ sở ... được tặng cờ thi đua xuất sắc' for giai đoạn 2015 - 2020 (another period). g.sh 'Xây dựng Hà Nội' : 019 (cờ thi đua of Tổng LĐLĐ to the ngành), 032, 054, 069, 073... - none counts CĐCS flags for 2020-2025"),
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017 - 2022 có 65 đoàn viên tham dự.",
     "240_7c06aa0151c5 says only '1 trong 2 đơn vị tổ chức Đại hội điểm'. g.sh 'Sở Xây dựng' : 240, 189, 705 (chi bộ), 806/971 (Thanh Hóa) - no attendance count"),
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
    print(len(rows), Counter(r[1] for r in rows))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
