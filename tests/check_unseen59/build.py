#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 080_9b9e2cec9822: Đại hội XIII Công đoàn Việt Nam, phiên thứ nhất (1/12/2023)
    ("080_9b9e2cec9822", S,
     "Phiên làm việc thứ nhất của Đại hội XIII Công đoàn Việt Nam đã thẩm tra tư cách 1100 đại biểu đủ tư cách tham dự Đại hội.",
     "080: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch; thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội.' (body, 1.100 = 1100)"),
    ("080_9b9e2cec9822", D,
     "Ngay phiên đầu tiên, Đại hội XIII Công đoàn Việt Nam đã bầu 35 nhân sự tham gia Đoàn Chủ tịch Đại hội.",
     "080: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch' -> 29, not 35. g.sh '35 nhân sự|35 (người|thành viên|ủy viên)': only BCH LĐLĐ Bình Định (115) and Hội Nông dân Tiền Giang (1089), other things. (101/247 '22 Ủy viên' is Đoàn Chủ tịch Tổng LĐLĐ khóa XII, not the congress presidium.)"),
    # ---- 100_480b17a13d4d: BCH Tổng LĐLĐ VN khóa XII (2018-2023)
    ("100_480b17a13d4d", S,
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu mười sáu ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023.",
     "100: 'Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra, Chủ nhiệm và 2 Phó Chủ nhiệm uỷ bản kiểm tra nhiệm kỳ 2018 - 2023.'"),
    ("100_480b17a13d4d", D,
     "Tại Đại hội Công đoàn Việt Nam lần thứ XII, Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu 5 Phó Chủ tịch.",
     "100: 'đã bầu ra 4 Phó chủ tịch' + 'Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu'; also 247: 'Đoàn Chủ tịch với 22 Ủy viên trong đó có 1 Chủ tịch và 4 Phó Chủ tịch'; 101 lists 4 names. g.sh '5 Phó Chủ tịch|năm Phó Chủ tịch': no hit for Tổng LĐLĐ."),
    # ---- 1014_8ece231e24cc: Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, Chợ Tết Công đoàn trực tuyến (1/2026)
    ("1014_8ece231e24cc", S,
     "Mỗi voucher mà Nghiệp đoàn xe ôm, xe công nghệ Bình Tân tặng lao động tự do để mua sắm tại Chợ Tết Công đoàn trực tuyến trị giá 500 nghìn đồng.",
     "1014: 'Trong số hàng chục lao động tự do được tặng voucher (trị giá 500.000 đồng) đợt này'."),
    ("1014_8ece231e24cc", D,
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ quận Bình Tân (TP HCM) đã trao 120 voucher mua sắm tại Chợ Tết Công đoàn trực tuyến cho đoàn viên, người lao động.",
     "1014: 'Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher' -> 50, not 120. g.sh '120 voucher': none; other voucher counts (458: 500 voucher 300 nghìn) are another organiser/event."),
    # ---- 1171_e3a5bb5bbced: Đêm hội trăng rằm, LĐLĐ quận 6 and quận Gò Vấp (9/2024)
    ("1171_e3a5bb5bbced", D,
     "Đêm hội trăng rằm do Liên đoàn Lao động quận 6, TP.HCM tổ chức đã mang niềm vui đến gần 300 thiếu nhi là con công nhân khó khăn tại các khu lưu trú.",
     "1171: 'hơn 100 thiếu nhi là con công nhân (CN) khó khăn tại các khu lưu trú ... trong \"Đêm hội trăng rằm\" do LĐLĐ quận 6, TP HCM tổ chức' -> hơn 100, not gần 300. g.sh '300 thiếu nhi|300 cháu': none; g.sh 'quận 6|Gò Vấp': only this page."),
    ("1171_e3a5bb5bbced", S,
     "Chương trình Đêm hội trăng rằm của LĐLĐ quận Gò Vấp, TP HCM cũng mang niềm vui đến khoảng một trăm thiếu nhi là con đoàn viên, lao động khó khăn.",
     "1171: 'Chương trình \"Đêm hội trăng rằm\" do LĐLĐ quận Gò Vấp, TP HCM tổ chức mới đây cũng lan tỏa niềm vui đến gần 100 thiếu nhi là con đoàn viên - lao động khó khăn.' (gần 100 ~ khoảng một trăm)"),
    # ---- 1169_2df73ad10d97: Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 200 tập thể, cá nhân điển hình tiên tiến xuất sắc.",
     "1169 only says 'tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc' (no count); its only count is 'Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến' (one hospital, not the total). g.sh 'thi đua yêu nước ngành Y|ngành Y tế.{0,60}tuyên dương|tuyên dương.{0,80}(Y tế|y tế)': only 1169; g.sh '200 tập thể': none."),
    # ---- 1244_9075ea5f2f55: Công đoàn KCN Việt Nam – Singapore, Hội nghị BCH lần 8 (2025)
    ("1244_9075ea5f2f55", N,
     "Tại Hội nghị Ban Chấp hành mở rộng lần thứ 8, Công đoàn Khu công nghiệp Việt Nam – Singapore đã trao khen thưởng cấp Tổng Liên đoàn cho 15 tập thể, cá nhân có thành tích xuất sắc năm 2024.",
     "1244: 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân có thành tích xuất sắc trong hoạt động Công đoàn năm 2024' with no count ('lần thứ 8' is an ordinal). g.sh 'Singapore|VSIP': only 1244. g.sh '15 tập thể': only 502 (chương trình 1 triệu sáng kiến, another organisation)."),
    # ---- 142_728187c82f8a: LĐLĐ quận Bắc Từ Liêm khám sức khỏe miễn phí
    ("142_728187c82f8a", S,
     "Trong chương trình khám sức khỏe miễn phí của LĐLĐ quận Bắc Từ Liêm, đoàn viên, người lao động được xét nghiệm phân tích máu 18 chỉ số.",
     "142 body: 'sinh hoá (phân tích máu 18 chỉ số và tổng phân tích nước tiểu)'. (The 862 đoàn viên is only in the headline line, so not used.)"),
    ("142_728187c82f8a", D,
     "Chương trình khám sức khỏe miễn phí cho đoàn viên, người lao động của Liên đoàn Lao động quận Bắc Từ Liêm có tổng kinh phí dự tính khoảng 3 tỷ đồng.",
     "142: 'với tổng số tiền dự tính khoảng trên 1 tỷ đồng' -> khoảng trên 1 tỷ, not khoảng 3 tỷ. g.sh 'Bắc Từ Liêm.{0,80}khám|khám.{0,80}Bắc Từ Liêm': only 142; g.sh '3 tỷ|3 tỉ': no Bắc Từ Liêm health-check hit."),
    # ---- 272_28974ffcb2ea: LĐLĐ TP Hà Nội, Quỹ Vì biển, đảo Việt Nam (2020)
    ("272_28974ffcb2ea", N,
     "Năm 2020, LĐLĐ TP Hà Nội đã vận động đoàn viên, CNVC-LĐ ủng hộ được 4 tỷ đồng vào Quỹ Vì biển, đảo Việt Nam.",
     "272 is a plan: 'ủng hộ ít nhất một ngày lương vào Quỹ \"Vì biển, đảo Việt Nam\"', 'phấn đấu 100% CĐ cơ sở tham gia ủng hộ' - no amount raised. g.sh 'Quỹ.{0,10}Vì biển|4 tỷ' and 'biển, đảo|biển đảo': no amount for this fund (233: gifts to biển đảo teachers, 1126: another fund)."),
    # ---- 312_8e378b3e63bf: Lễ phát động Tháng hành động ATVSLĐ 2017
    ("312_8e378b3e63bf", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2017 có 60 gian hàng triển lãm của các đơn vị, doanh nghiệp về thiết bị bảo hộ lao động.",
     "312: 'đã diễn ra triển lãm của nhiều đơn vị, doanh nghiệp uy tín' - no count; dates 1-31-5-2017 and 'lần thứ II - năm 2018' are not counts. g.sh 'gian hàng triển lãm|60 gian hàng': none; 369/370 (same 2017 month) give no exhibition count."),
    # ---- 322_bd3d62b063e2: Bình dân học vụ số, Hà Nội (2025)
    ("322_bd3d62b063e2", N,
     "Sau lễ khởi động ngày 22/5, phong trào Bình dân học vụ số của Hà Nội đã thu hút 500.000 người dân tham gia học kỹ năng số.",
     "322 gives no participant count ('80 năm' is the anniversary of Bình dân học vụ, '22/5' the launch date). g.sh 'học vụ số.{0,150}[0-9]|500.000 người': only dates/years on 322; 902 mentions the movement without figures."),
    # ---- 397_cf9be6bdd62d: Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam, Hà Nội (6 tháng 2023)
    ("397_cf9be6bdd62d", N,
     "Trong 6 tháng đầu năm 2023, Chương trình bình chọn Hàng Việt Nam được người tiêu dùng yêu thích của Hà Nội có 120 doanh nghiệp tham gia.",
     "397 only: 'đã triển khai Chương trình bình chọn \"Hàng Việt Nam được người tiêu dùng yêu thích\" năm 2023' ('14 năm' is the campaign's age). g.sh 'bình chọn.{0,100}[0-9]+ doanh nghiệp|120 doanh nghiệp|[0-9]+ doanh nghiệp.{0,60}(yêu thích|bình chọn)': none. (262: 48 doanh nghiệp at Chợ Tết Công đoàn 2023 - another event.)"),
    # ---- 466_be558adf4870: LĐLĐ quận (unnamed) tổng kết chăm lo Tết
    ("466_be558adf4870", S,
     "LĐLĐ quận đã vận động 9 doanh nghiệp tặng vé xe cho gần 1.800 công nhân về quê đón Tết.",
     "466: 'LĐLĐ quận còn vận động được 9 doanh nghiệp tặng vé xe cho 1.794 công nhân về quê đón Tết.' (1.794 ~ gần 1.800). Caveat: the page never names the district."),
    ("466_be558adf4870", D,
     "Dịp tổng kết chăm lo Tết cho CNVC-LĐ, LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 13 tập thể.",
     "466: 'LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 31 tập thể và 22 cá nhân' -> 31, not 13. g.sh '13 tập thể': none."),
    # ---- 470_5bd73e63f016: Thành đoàn TP HCM, mùa hè tình nguyện 2023
    ("470_5bd73e63f016", D,
     "Mùa hè tình nguyện năm 2023 của Thành đoàn TP Hồ Chí Minh dự kiến thu hút hơn 1,5 triệu lượt thanh niên, người dân tham gia.",
     "470: 'dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia' -> hơn 700.000, not hơn 1,5 triệu. g.sh '1,5 triệu lượt|1.500.000': none; other summer-campaign figures (548 gần 1,9 triệu 2022 national; 469 Hà Nội) are other organisations/years."),
    # ---- 506_cfde95568cf6: Tháng Nhân đạo 2022, cụm thi đua Tây Nguyên và TP HCM
    ("506_cfde95568cf6", S,
     "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và TP.HCM đã vận động được hơn 50 tỷ đồng.",
     "506: 'Qua 4 năm triển khai, Tháng Nhân đạo ... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng'."),
    ("506_cfde95568cf6", D,
     "Sau 4 năm, Tháng Nhân đạo ở cụm thi đua Tây Nguyên và Thành phố Hồ Chí Minh đã trợ giúp gần 3 triệu lượt người nghèo, người có hoàn cảnh khó khăn.",
     "506: 'trợ giúp gần 1 triệu lượt  người nghèo, người có hoàn cảnh khó khăn' -> gần 1 triệu, not gần 3 triệu. g.sh '3 triệu lượt': only Tết Sum vầy (161), Tết programmes (102), youth targets (550). 607 ('4 năm ... 51.145 lượt người') is another province."),
    # ---- 565_14c4f7e02d5d: Giao lưu trực tuyến 'Bầu cử - ngày hội lớn toàn dân' (Báo LĐTĐ)
    ("565_14c4f7e02d5d", D,
     "Buổi giao lưu trực tuyến Bầu cử - ngày hội lớn toàn dân do Báo Lao động Thủ đô tổ chức có gần 500 công nhân khu vực Kim Chung tham dự.",
     "565: 'Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung' -> gần 200, not gần 500. g.sh '500 công nhân': 057 (Long Biên, Tết trip) and seed 003 (56.500 CN giỏi) - other things."),
    ("565_14c4f7e02d5d", N,
     "Tại buổi giao lưu trực tuyến về bầu cử của Báo Lao động Thủ đô, hai chuyên gia đã trả lời 35 câu hỏi của công nhân khu công nghiệp.",
     "565 gives no count of questions ('Hai chuyên gia' counts experts; 'gần 200 công nhân' counts attendees). g.sh '35 câu hỏi|câu hỏi': no count of questions for this event."),
    # ---- 628_c53b3d02e9d1: HĐND huyện Nga Sơn bầu Chủ tịch UBND
    ("628_c53b3d02e9d1", S,
     "Ông Thịnh Văn Huyên được HĐND huyện Nga Sơn bầu giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026 với 100% số phiếu.",
     "628: 'giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%.'"),
    # ---- 670_101e6c4c997e: Công đoàn ngành GTVT Nghệ An hỗ trợ Yên Bái, Lào Cai (bão số 3, 2024)
    ("670_101e6c4c997e", D,
     "Công đoàn ngành Giao thông Vận tải tỉnh Nghệ An đã trao tặng 700 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT hai tỉnh Yên Bái và Lào Cai bị thiệt hại do bão lũ số 3.",
     "670: 'đã đến thăm và trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai bị thiệt hại nghiêm trọng do bão lũ số 3' -> 400, not 700 triệu. g.sh '700 triệu': 991 (TP HCM, Covid) and seed 002 (Thanh Trì loans) - other things."),
    ("670_101e6c4c997e", N,
     "Đoàn công tác Công đoàn ngành GTVT Nghệ An đã hỗ trợ 120 đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670 states the money (400 triệu đồng) but never the number of recipients. g.sh '120 đoàn viên': none; g.sh 'Yên Bái|Lào Cai': 472/707/782 are other events."),
    # ---- 733_22b1a5701d08: LĐLĐ quận Long Biên (đến hết tháng 5/2018)
    ("733_22b1a5701d08", S,
     "Tính đến hết tháng 5/2018, các cơ sở thuộc LĐLĐ quận Long Biên (Hà Nội) đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "733: 'Tính đến hết tháng 5/2018, các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp, trong đó có 42 đoàn viên ưu tú được kết nạp'."),
    ("733_22b1a5701d08", D,
     "Đến hết tháng 5/2018, trên địa bàn quận Long Biên đã có 62 đoàn viên ưu tú do các công đoàn cơ sở giới thiệu được kết nạp vào Đảng.",
     "733: 'trong đó có 42 đoàn viên ưu tú được kết nạp vào Đảng Cộng sản Việt Nam' -> 42, not 62. g.sh '62 đoàn viên': 1022 (giải ngân cho 62 đoàn viên, another district) and 142's headline '862'; g.sh 'đoàn viên ưu tú': other organisations (706, 798, 1012)."),
    # ---- 744_d077d464faf3: Ngọ Duy Hiểu trao quà Tết Bính Ngọ 2026 (Vĩnh Yên, BVĐK Phú Thọ)
    ("744_d077d464faf3", S,
     "Mỗi suất quà Tết mà Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu trao cho đoàn viên, người lao động khó khăn ở Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ trị giá 1.300.000 đồng.",
     "744: 'trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng, gồm quà và tiền mặt)' (1,3 triệu = 1.300.000)."),
    ("744_d077d464faf3", D,
     "Nhân dịp Tết Bính Ngọ 2026, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu đã trao 150 suất quà cho đoàn viên, người lao động khó khăn tại Công ty CP Môi trường Dịch vụ đô thị Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.",
     "744: 'đã đến thăm và trao 97 suất quà Tết' -> 97, not 150. g.sh '150 suất': 829 and 922 (Hội LHPN Thanh Hóa) - other organisations."),
    # ---- 770_b184affa4cbf: T.X Phổ Yên, Tháng cao điểm Vì người nghèo 2021
    ("770_b184affa4cbf", S,
     "Tại lễ phát động Tháng cao điểm Vì người nghèo năm 2021 của thị xã Phổ Yên (Thái Nguyên), có 190 tổ chức, cá nhân đã trực tiếp ủng hộ.",
     "770: 'Theo đó có 190 tổ chức, cá nhân tham gia ủng hộ trực tiếp với số tiền trên 73 triệu đồng.'"),
    ("770_b184affa4cbf", D,
     "Ngay tại lễ phát động Tháng cao điểm Vì người nghèo năm 2021, các tổ chức, cá nhân ở thị xã Phổ Yên đã ủng hộ trực tiếp hơn 130 triệu đồng.",
     "770: 'ủng hộ trực tiếp với số tiền trên 73 triệu đồng' -> trên 73, not hơn 130 triệu. g.sh '130 triệu': 921 (Tây Ninh Trung thu gifts) and 1168 (Mái ấm Công đoàn 2015) - other things."),
    # ---- 803_697f32d60bca: Quận ủy Hai Bà Trưng, Huy hiệu Đảng đợt 7/11/2023
    ("803_697f32d60bca", S,
     "Trong đợt 7/11/2023, một đảng viên thuộc Đảng bộ quận Hai Bà Trưng được trao tặng Huy hiệu 70 năm tuổi Đảng.",
     "803: 'Huy hiệu 70 năm tuổi Đảng đợt 7/11/2023 cho 1 đảng viên thuộc Đảng bộ quận Hai Bà Trưng' and '1 đảng viên được trao tặng Huy hiệu 70 năm tuổi Đảng đồng chí Nguyễn Sơn Điền'."),
    ("803_697f32d60bca", D,
     "Ban Thường vụ Thành ủy Hà Nội đã quyết định trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 11 đảng viên thuộc Đảng bộ quận Hai Bà Trưng.",
     "803: 'trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên' (of whom 3 at home, 2 at the ceremony) -> 6, not 11. g.sh '11 đảng viên': none; 804 (Hà Đông: 1) and 805 (Đống Đa: 9) are other districts."),
    # ---- 886_ba844443b672: thưởng Tết Bính Ngọ, báo cáo đến 25/12/2025
    ("886_ba844443b672", S,
     "Tính đến ngày 25/12, Tây Ninh ghi nhận mức thưởng Tết Bính Ngọ cao nhất 600 triệu đồng, thuộc khối doanh nghiệp có vốn đầu tư nước ngoài.",
     "886: 'khối doanh nghiệp có vốn đầu tư nước ngoài đang dẫn đầu về mức thưởng Tết Âm lịch cao nhất tại nhiều địa phương, trong đó Tây Ninh ghi nhận mức 600 triệu đồng'."),
    ("886_ba844443b672", D,
     "Theo báo cáo về thưởng Tết Bính Ngọ trước ngày 25/12, mức thưởng cao nhất ở khối doanh nghiệp FDI tại Khánh Hòa là 530 triệu đồng.",
     "886: 'trong đó Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng' -> 350, not 530. g.sh '530 triệu': none; g.sh 'Khánh Hòa': no other bonus figure (163 is Hà Nội 614 triệu)."),
    # ---- 908_f0a5e303f4db: Đại hội Công đoàn BV Ung bướu Thanh Hóa lần III (2025-2030)
    ("908_f0a5e303f4db", N,
     "Đại hội đại biểu Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III, nhiệm kỳ 2025-2030 có 120 đại biểu tham dự.",
     "908 gives no delegate count and no BCH size ('lần thứ III' is an ordinal). g.sh 'Ung bướu|Ung Bướu' and 'Ung bướu.{0,200}đại biểu|120 đại biểu': only 908, no count."),
    # ---- 962_3c496118118a: Công đoàn cơ sở phường Thanh Hà, Đại hội 2023-2028
    ("962_3c496118118a", D,
     "Đại hội Công đoàn cơ sở phường Thanh Hà nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành gồm 9 thành viên.",
     "962: 'Đại hội đã bầu ra Ban chấp hành nhiệm kỳ 2023-2028 với 5 thành viên' -> 5, not 9. g.sh '9 thành viên|9 ủy viên|9 uỷ viên': 174 (BCH Tổng LĐLĐ khuyết 9) and 588 (MTTQ) - other things."),
    ("962_3c496118118a", N,
     "Công đoàn cơ sở phường Thanh Hà hiện có 28 đoàn viên công đoàn.",
     "962 states only '100% đoàn viên công đoàn hoàn thành tốt nhiệm vụ' (a share) and BCH '5 thành viên' (a different counted noun); no membership count. g.sh 'Thanh Hà': only 962 (and a person's name in 687); g.sh '28 đoàn viên': 665 (Tịnh Biên, new members) - another place."),
    # ---- 966_e39baf260c80: Công đoàn GTVT VN + Công đoàn TCTHK, biểu dương CNLĐ xuất sắc 2018
    ("966_e39baf260c80", N,
     "Hội nghị biểu dương công nhân lao động xuất sắc, tiêu biểu năm 2018 của Công đoàn Giao thông vận tải Việt Nam đã tuyên dương tổng cộng 250 cán bộ, công nhân lao động toàn ngành.",
     "966 gives only VNA's share: 'VNA tự hào và vinh dự góp mặt với 45 cán bộ, CNVCLĐ tiêu biểu' - not the whole-sector total. g.sh '250 cán bộ|biểu dương.{0,60}[0-9]+ (công nhân|CNLĐ|cán bộ)': seed 001 (gần 250 cán bộ tập huấn, Công đoàn Viên chức), 771 (95), 1162 (CĐ ngành GTVT Hà Nội 45 CN giỏi 2019) - other organisations/years."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x).replace('"', "”").replace("\t", " ") for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
