#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (unseen148).
Plain Python: csv + unicodedata only. Writes claims.tsv NFC-normalised, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("100_480b17a13d4d", S,
     "Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XII đã bầu mười sáu ủy viên Ủy ban Kiểm tra nhiệm kỳ 2018 - 2023.",
     "100_480b17a13d4d: 'Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch và 16 Ủy viên uỷ ban kiểm tra, Chủ nhiệm và 2 Phó Chủ nhiệm uỷ bản kiểm tra nhiệm kỳ 2018 - 2023'. Spelled-out 16."),
    ("1012_7b47589330b0", S,
     "Trong đợt tình nguyện hè từ 12-7 đến 16-8, thanh niên TP Hồ Chí Minh đã xây dựng, sửa chữa hơn 150 căn nhà tình bạn, tình thương, tình nghĩa.",
     "1012_7b47589330b0: 'Chiến dịch Thanh niên tình nguyện hè TP HCM ... diễn ra từ ngày 12-7 đến 16-8' ... 'xây dựng, sửa chữa 155 nhà tình bạn, nhà tình thương, nhà tình nghĩa'. hơn 150 ~ 155."),
    ("116_23da69714914", S,
     "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung trúng cử đại biểu HĐND thành phố khóa XV với tỷ lệ phiếu bầu cao nhất, hơn 95%.",
     "116_23da69714914: 'Người trúng cử đại biểu HĐND TP với tỷ lệ phiếu bầu cao nhất là ông Nguyễn Đức Chung - Chủ tịch UBND TP Hà Nội, với tỷ lệ 95,18%'. hơn 95% ~ 95,18%."),
    ("232_8b19e7bfd8f9", S,
     "Dịp Tết Canh Tý 2020, Sở GD&ĐT và Công đoàn Giáo dục Hà Nội đã hỗ trợ giáo viên, học sinh có hoàn cảnh đặc biệt khó khăn tổng cộng 1,35 tỷ đồng.",
     "232_8b19e7bfd8f9: 'Sở GDĐT và Công đoàn GD Hà Nội đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn với tổng số tiền hỗ trợ là 1.350.000.000đ'. 1,35 tỷ = 1.350.000.000đ."),
    ("387_4d721f20b60f", S,
     "Theo Tổng Liên đoàn Lao động Việt Nam, có khoảng một nghìn ba trăm doanh nghiệp bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.",
     "387_4d721f20b60f: 'Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.' Spelled-out 1.300. g.sh '1\\.300 doanh nghiệp|giảm giờ làm': only this page."),
    ("451_c6d73f9b5d4e", S,
     "Các cấp Công đoàn Thủ đô đã vận động 1650 chủ nhà trọ miễn, giảm tiền thuê cho người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451_c6d73f9b5d4e: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ'; same figure also in 452_1672f5c17921 ('vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%')."),
    ("544_73613f3ff3bd", S,
     "Dịp kỷ niệm 112 năm Ngày Quốc tế Phụ nữ 8/3, các chi hội phụ nữ quận Hà Đông đã thực hiện 268 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544_73613f3ff3bd: 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn, người mắc bệnh hiểm nghèo...' (Hội LHPN quận Hà Đông, 8/3/2022)."),
    ("547_7c40b99db422", S,
     "Chiến dịch Thanh niên tình nguyện hè năm 2023 do Tỉnh đoàn triển khai đã trồng mới hơn 165 nghìn cây xanh trên toàn tỉnh.",
     "547_7c40b99db422: 'chiến dịch thanh niên tình nguyện hè năm 2023 ... Toàn tỉnh ... Trồng mới 165.214 cây xanh'. hơn 165 nghìn ~ 165.214. (Province not named in text; source is Tỉnh đoàn Quảng Nam, so the claim avoids naming it.)"),
    ("621_3e25824fe3d2", S,
     "Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII đã bầu Ban Chấp hành Hội LHPN huyện nhiệm kỳ 2016 - 2021 gồm 25 người.",
     "621_3e25824fe3d2: 'Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí'."),
    ("748_c031ca469a2b", S,
     "Tổng kinh phí quà Tết mà Liên đoàn Lao động tỉnh Gia Lai dành cho công nhân, người lao động nghèo trong đợt thăm hỏi này gần 95 triệu đồng.",
     "748_c031ca469a2b: 'Tổng kinh phí quà Tết cho công nhân, người lao động nghèo gần 95 triệu đồng, do cán bộ chuyên trách Công đoàn quyên góp.'"),
    ("795_dc664600c1cc", S,
     "Trước Tết Quý Mão 2023, Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công hai mươi hai chương trình Chợ Tết Công đoàn.",
     "795_dc664600c1cc: 'Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” theo kế hoạch'. Spelled-out 22."),
    ("887_19e43b08801d", S,
     "Ban Thường vụ Huyện ủy Hà Trung nhiệm kỳ 2020 - 2025 gồm 11 đồng chí.",
     "887_19e43b08801d: 'Ban Thường vụ Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025 gồm 11 đồng chí.'"),
    ("968_788fa47f98b7", S,
     "Năm 2021, LĐLĐ tỉnh Quảng Trị đã vận động công nhân, viên chức, lao động ủng hộ 7,3 tỷ đồng để hỗ trợ người dân TP HCM và các tỉnh phía Nam.",
     "968_788fa47f98b7: 'vận động CNVC-LĐ ủng hộ 7,3 tỉ đồng và 16 tấn hàng hóa để hỗ trợ người dân TP HCM và các tỉnh phía Nam' (LĐLĐ tỉnh Quảng Trị, năm 2021)."),

    # ---------------- differs ----------------
    ("092_19866e76540c", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023, có 650 đại biểu chính thức tham dự.",
     "092_19866e76540c: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức.' g.sh '650 đại biểu': no hit. (288_b4f0b53ee431 has 548 delegates for the XVIII congress: another edition.)"),
    ("100_480b17a13d4d", D,
     "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu ba Phó Chủ tịch nhiệm kỳ 2018 - 2023.",
     "100_480b17a13d4d: 'Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch'; 'Bốn đồng chí Phó chủ tịch Tổng LĐLĐ Việt Nam mới được bầu'. g.sh 'ba Phó Chủ tịch|3 Phó Chủ tịch': only 844_2389728e91c4 (3 Phó Chủ tịch UBND Hà Nội, unrelated)."),
    ("1012_7b47589330b0", D,
     "Chiến dịch Thanh niên tình nguyện hè TP HCM với chủ đề “Tuổi trẻ sáng tạo tình nguyện vì cộng đồng” đã sửa chữa, xây mới 32 cây cầu giao thông nông thôn.",
     "1012_7b47589330b0: 'sửa chữa, xây mới 22 cây cầu giao thông nông thôn'. g.sh '32 cây cầu|cây cầu': only this page with 22."),
    ("1062_4241895b9eb4", D,
     "Công đoàn ngành Xây dựng Hà Nội hiện có 113 công đoàn cơ sở trực thuộc.",
     "1062_4241895b9eb4: 'Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động'. g.sh '113 (công đoàn|CĐCS)': no hit; other Xây dựng HN pages (239, 1065, 054) give no total CĐCS count (1065: 20 CĐCS got cờ thi đua, a different count)."),
    ("1082_e82300ed47f5", D,
     "Khoảng 800 công nhân, viên chức, lao động đã dự lễ khai mạc Hội thi ATVSLĐ, PCCN tỉnh Tiền Giang lần thứ 20.",
     "1082_e82300ed47f5: 'Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20. Đến dự lễ có ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)'. g.sh '800 (công nhân|CNVC|người)|khoảng 800': no hit."),
    ("1151_7634750607d5", D,
     "Hành trình Đỏ năm 2025 tại Thanh Hóa đặt mục tiêu vận động ít nhất 3.000 tình nguyện viên tham gia hiến máu.",
     "1151_7634750607d5: 'Chương trình vận động ít nhất 2.000 tình nguyện viên ... tham gia hiến máu; dự kiến tiếp nhận ít nhất 1.500 đơn vị máu.' g.sh '3\\.000 (tình nguyện|người)': only 1028 (việc làm, unrelated)."),
    ("1242_e05739eea984", D,
     "Hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam lần thứ 10 (khóa XII) ngày 12-1 đã bầu bổ sung 12 ủy viên Ban Chấp hành.",
     "1242_e05739eea984: 'Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam.' g.sh '12 ủy viên': no hit. 088_0a1be225e5a4 ('bầu bổ sung 4 đồng chí tham gia Ban chấp hành ... khoá XII') is another, earlier conference (Tết Tân Sửu 2021)."),
    ("294_41e7ee9e3dca", D,
     "Vụ tai nạn lao động ngày 18/6 tại công trường Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) đã làm năm người tử vong.",
     "294_41e7ee9e3dca: 'vụ tai nạn lao động xảy ra trên địa bàn huyện Quốc Oai ... khiến 3 người tử vong, 7 người bị thương'; 111_2eca64cbf378 on the same accident: 'đã khiến ba người tử vong tại chỗ'. g.sh '5 người tử vong|năm người tử vong': no hit."),
    ("302_e632789ca4af", D,
     "Trước khi thành lập Công đoàn, Trường Mầm non Hoa Trạng Nguyên (quận Long Biên) đã bầu 5 đồng chí vào Ban vận động thành lập Công đoàn cơ sở.",
     "302_e632789ca4af body: 'trường đã thống nhất bầu 3 đồng chí vào Ban vận động thành lập Công đoàn cơ sở để tuyên truyền, vận động, thu nhận đơn xin gia nhập Công đoàn'. The 5 on the page is the Ban Chấp hành khóa I (title line), a different counted body. g.sh 'Ban vận động': only this page for the school (others are Quỹ Vì người nghèo boards)."),
    ("316_b81fbf90f0eb", D,
     "Vòng Sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” có 49 đội thi tham gia.",
     "316_b81fbf90f0eb: 'vòng Sơ khảo của Hội thi đã diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi'. g.sh '49 đội': no hit."),
    ("451_c6d73f9b5d4e", D,
     "Từ ngày 27/4/2021, Liên đoàn Lao động thành phố Hà Nội đã chi hơn 46 tỷ đồng để hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451_c6d73f9b5d4e: 'LĐLĐ Thành phố đã chi hơn 36 tỷ đồng để hỗ trợ cho 65.169 đoàn viên, người lao động'; later report 452_1672f5c17921: 'LĐLĐ Thành phố chi trên 37, 697 tỷ ... cho 65.467 người lao động'. g.sh '46 tỷ': no hit."),
    ("461_41a4f3622d80", D,
     "Hưởng ứng Tháng nhân đạo, các cấp Hội Chữ thập đỏ TPHCM đã đăng ký ủng hộ để thực hiện 63 công trình xã hội.",
     "461_41a4f3622d80: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu'. g.sh '63 công trình': no hit."),
    ("608_5c8141ecc09d", D,
     "Năm 2023, nhờ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động, các bệnh viện đã tiếp nhận 14.500 đơn vị máu.",
     "608_5c8141ecc09d: 'có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch.' g.sh '14\\.500|14,5 nghìn': no hit. (Province not named in the text.)"),
    ("621_3e25824fe3d2", D,
     "Trong 5 năm qua, các cấp Hội LHPN huyện Vạn Ninh đã vận động nhà hảo tâm xây dựng 36 nhà “Mái ấm tình thương” cho phụ nữ nghèo.",
     "621_3e25824fe3d2: 'Qua 5 năm ... Các cấp hội đã vận động các nhà hảo tâm đóng góp gần 923 triệu đồng xây dựng 26 nhà “Mái ấm tình thương”'. g.sh '36 nhà|ba mươi sáu': no hit."),
    ("744_d077d464faf3", D,
     "Dịp Tết Bính Ngọ 2026, Phó Chủ tịch Tổng LĐLĐ Việt Nam Ngọ Duy Hiểu đã trao 79 suất quà Tết cho đoàn viên, người lao động khó khăn tại Phú Thọ.",
     "744_d077d464faf3: 'Ngọ Duy Hiểu ... đã đến thăm và trao 97 suất quà Tết (mỗi suất trị giá 1,3 triệu đồng ...) cho đoàn viên, người lao động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và ... Bệnh viện Đa khoa tỉnh Phú Thọ'. g.sh '79 suất': no hit. Digits swapped 97 -> 79."),
    ("795_dc664600c1cc", D,
     "Các chương trình “Chợ Tết Công đoàn 2023” của Tổng LĐLĐ Việt Nam đã thu hút khoảng 1.900 doanh nghiệp tham gia bán hàng, giới thiệu sản phẩm.",
     "795_dc664600c1cc: '22 Chương trình “Chợ Tết Công đoàn 2023” ... thu hút sự tham gia bán hàng, giới thiệu sản phẩm của khoảng 1.320 doanh nghiệp, với 1.479 gian hàng.' g.sh '1\\.900 doanh nghiệp': no hit. (262_7b5b3b51657d: the Hà Nội LĐLĐ 2023 market alone had 48 doanh nghiệp: a sub-event.)"),

    # ---------------- not_found ----------------
    ("103_bc0c6e0f50d9", N,
     "Đại hội Đảng bộ thành phố Hà Nội khóa XVI (nhiệm kỳ 2015 - 2020) có 500 đại biểu chính thức tham dự.",
     "103_bc0c6e0f50d9 counts only members elected (74 BCH, 16 BTV, 4 Phó Bí thư), not delegates. g.sh 'Đảng bộ (thành phố|TP) Hà Nội.{0,100}đại biểu': hits are the XVII (366, 845) and XVIII (812, 813) congresses, none give a delegate count for XVI."),
    ("1082_e82300ed47f5", N,
     "Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 năm 2020 có 19 đội thi tham gia.",
     "1082_e82300ed47f5 gives 600 CNVCLĐ at the opening and LĐLĐ of 11 huyện, but no number of teams. g.sh 'đội thi' / 'Tiền Giang': the only '19 đội thi' is 1081_35c690f5dbdd (Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hoà 2024) - another province and contest."),
    ("1151_7634750607d5", N,
     "Hành trình Đỏ năm 2024 tại Thanh Hóa đã tiếp nhận hơn 1.500 đơn vị máu.",
     "1151_7634750607d5 gives 'ít nhất 1.500 đơn vị máu' as the target of Hành trình Đỏ lần thứ XIII, năm 2025; the 2024 edition appears only in a caption ('đoàn tình nguyện viên Hành trình Đỏ năm 2024 viếng...') with no count. g.sh 'Hành trình Đỏ|Thanh Hóa.{0,80}đơn vị máu': only this page. Another edition."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V đã bầu Ban Chấp hành khóa V gồm 21 ủy viên.",
     "204_781975f239f1 states no count of BCH members. g.sh 'Nông nghiệp (và|&) (PTNT|Phát triển nông thôn)|NN&PTNT': 254_698c53174ce4 counts 41 CĐCS and 7.128 CNVCLĐ of the ngành, 172 counts đoàn viên decrease, 023 is the 2023 (VI) congress prep; g.sh 'Ban Chấp hành.{0,60}(21|hai mươi mốt) (ủy viên|đồng chí)': no hit."),
    ("316_b81fbf90f0eb", N,
     "Vòng Chung khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” có 12 đội thi tranh tài.",
     "316_b81fbf90f0eb counts only the Sơ khảo round (8 cụm, 117 thí sinh, 39 đội thi); Chung khảo appears only in a caption without a count. g.sh 'Hành trình xây dựng và phát triển|Chung khảo': only this page (plus 120, an unrelated teachers' award)."),
    ("461_41a4f3622d80", N,
     "Tại lễ phát động Tháng nhân đạo, Hội Chữ thập đỏ TPHCM đã trao 20 căn nhà tình thương cho người có hoàn cảnh khó khăn.",
     "461_41a4f3622d80: 'Hội Chữ thập đỏ TPHCM cũng trao nhà tình thương, thiết bị điều trị...' with no number. g.sh 'nhà tình thương': 462_4798a1189a9b has '20 nhà tình thương' but that is the MTTQ TP.HCM 'tháng cao điểm Vì người nghèo' launch (17/10, Quỹ Vì người nghèo) - another event and organisation; 078 (LĐLĐ quận 1, 15 căn) is also unrelated."),
    ("715_b7fba7dd10cf", N,
     "Ủy ban MTTQ Việt Nam quận Hai Bà Trưng khóa XVI, nhiệm kỳ 2024 - 2029, gồm 55 ủy viên.",
     "715_b7fba7dd10cf counts 15/18 phường, hội nghị lần thứ 14, 2 Ủy viên replaced in khóa XV; the khóa XVI size is only 'dự thảo Đề án nhân sự', no count. g.sh 'ủy viên (Ủy ban )?(MTTQ|Mặt trận)' and 'Hai Bà Trưng.{0,100}MTTQ': no count for khóa XVI (588: 09 ủy viên replaced in another huyện)."),
    ("784_77c303a5ded0", N,
     "Lễ ra quân chiến dịch Thanh niên tình nguyện hè 2023 của Huyện đoàn Đại Lộc có 300 đoàn viên thanh niên tham gia.",
     "784_77c303a5ded0 counts 12 gương tuyên dương, 10 + 10 suất quà; no participant count. g.sh 'Đại Lộc': only 784 and 728 (UBND huyện thi đua 2021). g.sh '300 đoàn viên|ra quân': 357 (300 đoàn viên hỗ trợ, Hà Nội) and Hà Nội Thành đoàn events - unrelated."),
    ("963_df9b4f2ebd96", N,
     "Hội nghị đại biểu Công đoàn phường Thuận Giao lần thứ I, nhiệm kỳ 2025 - 2030, có 100 đại biểu tham dự.",
     "963_df9b4f2ebd96 counts 210 phần quà (hơn 73 triệu đồng) and a BCH of 15 đồng chí, no delegate count. g.sh 'Thuận Giao': only 963 and 1050 (list of phường). g.sh '(100|một trăm) đại biểu': 080 (1.100 đại biểu Đại hội XIII CĐVN), 604 (hơn 100 đại biểu, another meeting)."),
    ("969_652bd3e9c355", N,
     "Đại hội Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn ngày 21/4/2023 có 120 đại biểu chính thức.",
     "969_652bd3e9c355 only counts 10 Công đoàn cơ sở thành viên holding congresses on 24-25/3; the Sở-level congress on 21/4 is future and uncounted. g.sh '(150|120) (ủy viên|đại biểu)': no hit."),
    ("980_cd45ce45629c", N,
     "Hội nghị lần thứ 16 Ban Chấp hành Trung ương Hội LHPN Việt Nam nhiệm kỳ 2022 - 2027 có 150 ủy viên Ban Chấp hành tham dự.",
     "980_cd45ce45629c gives only '100% Ủy viên Ban Chấp hành có mặt' (a share, not a head count). g.sh 'Liên hiệp Phụ nữ Việt Nam.{0,100}(Hội nghị|Ban Chấp hành)': 594 (first conference 2022, also 100%), 593/720 (Đại hội XIII) - no count of members present; g.sh '(150|120) (ủy viên|đại biểu)': no hit."),
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
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
