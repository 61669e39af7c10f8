#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.

Only corpus text was read: the seed pages and dev pages of batches 1-30.
Greps were run with ./g.sh over exactly the files listed in .corpus_files.
"""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- SUPPORTED ----------------
    ("101_3f31a6e4a441", "supported",
     "Đại hội Công đoàn Việt Nam lần thứ XII, nhiệm kỳ 2018-2023, diễn ra tại Hà Nội với gần 950 đại biểu tham dự.",
     "101_3f31a6e4a441: 'Đại hội Công đoàn Việt Nam lần thứ XII (nhiệm kỳ 2018-2023) họp từ ngày 24 đến 26/9/2018 tại Thủ đô Hà Nội với sự tham dự của 947 đại biểu.' (247_9bb00526265c also: '947 đại biểu'); gần 950 ~ 947."),
    ("1186_963a0c8c187d", "supported",
     "Có 218 đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030, ngày 28/11/2025.",
     "1186_963a0c8c187d: '... và 218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới.'"),
    ("124_e7648c1a2662", "supported",
     "Trong năm 2020, đoàn viên và CNVCLĐ ngành Giao thông vận tải Hà Nội đã ủng hộ các hoạt động xã hội, từ thiện tổng cộng 640 triệu đồng.",
     "124_e7648c1a2662: 'năm 2020 đoàn viên và công nhân, viên chức, lao động trong ngành đã ủng hộ các hoạt động xã hội, từ thiện do các cấp vận động với tổng số tiền là 640 triệu đồng.'"),
    ("161_e0c324a85eb1", "supported",
     "Tính đến ngày 29/1, các cấp công đoàn đã tổ chức hơn 14,6 nghìn chương trình “Tết Sum vầy - Xuân chia sẻ”.",
     "161_e0c324a85eb1: 'tính tới ngày 29/1, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”'; hơn 14,6 nghìn ~ 14.664."),
    ("231_b2be7997f474", "supported",
     "Theo báo cáo nhanh của Sở LĐTB&XH Hà Nội, mức thưởng Tết âm lịch cao nhất trên địa bàn là 74,5 triệu đồng/người, thuộc một doanh nghiệp dân doanh.",
     "231_b2be7997f474: 'thưởng Tết âm lịch cao nhất trên địa bàn thuộc về một doanh nghiệp thuộc khối dân doanh với 74,5 triệu đồng một người.'"),
    ("239_537243f63a13", "supported",
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023-2028, đã nhất trí bầu hai mươi mốt đồng chí vào Ban Chấp hành.",
     "239_537243f63a13: 'Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028.' (spelled-out 21)."),
    ("360_7ce4c52c2f43", "supported",
     "Năm 2024, chương trình hỗ trợ nhà ở của Hà Nội đã hoàn thành 714 nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.",
     "360_7ce4c52c2f43: 'Năm 2024, Chương trình đã hoàn thành 714 nhà Đại đoàn kết, hoàn thành việc xóa nhà ở xuống cấp cho hộ nghèo, hộ cận nghèo trên địa bàn Thành phố' (Hà Nội: MTTQ TP Hà Nội, Quỹ 'Vì người nghèo' TP Hà Nội)."),
    ("543_d5db09f6fc8c", "supported",
     "Tại điểm Chợ Tết Công đoàn chính ở phường Hòa Khánh (từ 5 đến 8/2/2026), LĐLĐ thành phố Đà Nẵng sẽ cấp phát 30 nghìn phiếu mua hàng cho người lao động.",
     "543_d5db09f6fc8c: 'điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường Trung tâm hành chính phường Hòa Khánh từ ngày 5-2 đến 8-2-2026 ... Riêng tại điểm này, LĐLĐ thành phố sẽ cấp phát 30.000 phiếu mua hàng cho người lao động.' (caption: 'Công nhân Đà Nẵng')."),
    ("621_3e25824fe3d2", "supported",
     "Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII đã bầu Ban Chấp hành Hội LHPN huyện nhiệm kỳ 2016-2021 gồm 25 đồng chí.",
     "621_3e25824fe3d2: 'Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí'."),
    ("887_19e43b08801d", "supported",
     "Ban Thường vụ Huyện ủy Hà Trung nhiệm kỳ 2020-2025 gồm mười một đồng chí.",
     "887_19e43b08801d: 'Ban Thường vụ Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025 gồm 11 đồng chí.' (spelled-out 11)."),
    ("967_240e5a455bbf", "supported",
     "Trong 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã vận động thành lập mới 23 công đoàn cơ sở.",
     "967_240e5a455bbf: 'trong 9 tháng đầu năm 2024, liên đoàn lao động (LĐLĐ) các huyện, ... Công đoàn Viên chức tỉnh Quảng Trị đã vận động thành lập mới được 23 CĐCS'."),
    ("988_b4a1c9239923", "supported",
     "Tại Chương trình “Tết Yêu thương”, LĐLĐ huyện Phú Lộc trao 160 suất quà cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.",
     "988_b4a1c9239923: 'Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn.'"),
    ("1062_4241895b9eb4", "supported",
     "Công đoàn ngành Xây dựng Hà Nội hiện quy tụ khoảng 17 nghìn công nhân, viên chức, lao động.",
     "1062_4241895b9eb4: 'Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ, ... Công đoàn ngành Xây dựng Hà Nội quy tụ số lượng lớn người lao động'; khoảng 17 nghìn ~ gần 17.000."),

    # ---------------- DIFFERS ----------------
    ("101_3f31a6e4a441", "differs",
     "Đại hội XII Công đoàn Việt Nam (nhiệm kỳ 2018-2023) đã bầu Ban Chấp hành Tổng LĐLĐ Việt Nam gồm 175 ủy viên.",
     "101_3f31a6e4a441: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên.' (247_9bb00526265c: '161 đồng chí được 947 đại biểu bỏ phiếu kín tín nhiệm ... để giới thiệu vào danh sách bầu'). g.sh '175 ủy viên' -> no hit."),
    ("102_19f84bdab62b", "differs",
     "Qua 9 mùa Tết Sum vầy từ năm 2015 đến 2024, tổng nguồn lực chăm lo của hệ thống công đoàn đạt hơn 12.600 tỷ đồng.",
     "102_19f84bdab62b: 'qua 9 mùa tết từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức 186.944 chương trình, ... với tổng nguồn lực hơn 10.617 tỷ đồng'. g.sh '12\\.600 tỷ|12,6 nghìn tỷ' -> no hit."),
    ("1186_963a0c8c187d", "differs",
     "Các đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V đại diện cho hơn 25 nghìn đoàn viên công đoàn trên toàn mạng lưới.",
     "1186_963a0c8c187d: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới.' g.sh '25\\.000 đoàn viên' -> only 644_ae27624899b9 (Đoàn thanh niên target 'phát triển mới ít nhất 25.000 đoàn viên', unrelated)."),
    ("1213_9f9593bce75e", "differs",
     "Chương trình học bổng cho con công nhân khó khăn do doanh nghiệp phối hợp với công đoàn TPHCM triển khai gần 30 năm qua đã trao hơn 6.000 suất học bổng.",
     "1213_9f9593bce75e: 'Chương trình học bổng được triển khai gần 30 năm qua, hỗ trợ học sinh là con công nhân lao động ... Đến nay, chương trình đã trao hơn 4.000 suất học bổng'. g.sh '6\\.000 suất' -> only 107_cd50bca97726 ('6.000 suất quà “0” đồng', Hà Nội, unrelated)."),
    ("1242_e05739eea984", "differs",
     "Hội nghị Ban Chấp hành Tổng LĐLĐ Việt Nam lần thứ 10 (khóa XII) đã bầu bổ sung mười lăm ủy viên Ban Chấp hành.",
     "1242_e05739eea984: 'Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra'. g.sh '15 ủy viên|mười lăm' -> only 1141_9d4943b7be3d (15 ủy viên UBND thành phố, unrelated)."),
    ("161_e0c324a85eb1", "differs",
     "Tính đến ngày 29/1, hơn 2,5 triệu lượt đoàn viên, người lao động đã được tặng quà tại các chương trình “Tết Sum vầy - Xuân chia sẻ”.",
     "161_e0c324a85eb1: 'hơn 1,8 triệu lượt đoàn viên và người lao động được tặng quà tại chương trình' (trên 3 triệu lượt is participants, not gift recipients). g.sh '2,5 triệu lượt' -> no hit."),
    ("207_36069bd162d7", "differs",
     "Trong Tháng Công nhân năm 2023, Liên đoàn Lao động thành phố Hội An trích kinh phí hoạt động để trao một trăm suất quà cho đoàn viên, CNVCLĐ có hoàn cảnh khó khăn.",
     "207_36069bd162d7: 'LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn, mỗi suất 500 nghìn đồng.' (CHIA's 40 suất is a different donor). g.sh '100 suất quà|một trăm suất' -> 681 (Hội Chữ thập đỏ Gia Lai) and 1223 (other org), not Hội An."),
    ("279_02746b04c550", "differs",
     "Chương trình “Tết sum vầy” năm 2019 đã trao tặng đoàn viên, người lao động tổng số tiền khoảng 3.500 tỷ đồng.",
     "279_02746b04c550: 'Chương trình “Tết sum vầy” năm 2019 được triển khai trên 63 tỉnh, thành phố ... với tổng số tiền tặng cho đoàn viên, người lao động là 3.052,6 tỷ đồng'. g.sh '3\\.5[0-9]{2} tỷ|3,5 nghìn tỷ' -> no hit."),
    ("301_99215f4c97ce", "differs",
     "Cuộc thi sáng tác thơ “Công đoàn quận Long Biên - niềm tin của đoàn viên và người lao động” đã nhận được 150 bài thơ.",
     "301_99215f4c97ce: 'Chỉ sau 30 ngày phát động, cuộc thi đã nhận được 115 bài thơ' and '115 bài thơ trong Tuyển tập thơ'. g.sh '150 bài' -> no hit."),
    ("360_7ce4c52c2f43", "differs",
     "Năm 2024, từ nguồn Quỹ “Cứu trợ”, Hà Nội đã hỗ trợ sửa chữa 215 ngôi nhà bị ảnh hưởng bởi bão, lũ.",
     "360_7ce4c52c2f43: 'Trao hỗ trợ khắc phục hậu quả bão, lũ trên địa bàn Thành phố gồm 29 nhà xây mới, 251 nhà sửa chữa từ nguồn Quỹ “Cứu trợ”'. g.sh '215 (nhà|căn)' -> no hit."),
    ("665_f0f8f1ca19c0", "differs",
     "Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới hơn 6.100 đoàn viên.",
     "665_f0f8f1ca19c0: 'Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'. g.sh '6\\.1[0-9]{2} đoàn viên' -> no hit."),
    ("762_03509ce53e76", "differs",
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, ban tổ chức đã phát 4.500 phiếu mua hàng 0 đồng cho công nhân lao động.",
     "762_03509ce53e76: 'Tại chương trình, Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động.' g.sh '4\\.500 phiếu' -> no hit (500_0dbef860aab7 '5.000 phiếu mua hàng giảm giá' is Phú Thọ 2026)."),
    ("765_7c01839cdb34", "differs",
     "Năm 2020, các công đoàn cơ sở thuộc LĐLĐ tỉnh Gia Lai đã chăm lo cho đoàn viên, người lao động dịp lễ, Tết và dịch Covid-19 với tổng số quà, hiện vật và tiền trị giá gần 5 tỷ đồng.",
     "765_7c01839cdb34: 'Nhiều Công đoàn cơ sở đã tích cực chăm lo lợi ích thiết thực cho đoàn viên, người lao động nhân dịp lễ, Tết, đại dịch Covid-19 vừa qua với tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng'. g.sh 'gần 5 tỷ' -> no hit."),
    ("964_0f6571f76771", "differs",
     "Công đoàn phường An Hội Tây (TP HCM) hiện quản lý các công đoàn cơ sở với tổng cộng hơn 6.500 đoàn viên.",
     "964_0f6571f76771: 'Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên'. g.sh '6\\.500 đoàn viên' -> no hit."),
    ("1082_e82300ed47f5", "differs",
     "Khoảng 800 CNVCLĐ đã dự lễ khai mạc Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20.",
     "1082_e82300ed47f5: 'Lễ khai mạc Hội thi ATVSLĐ, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20. Đến dự lễ có ... cùng 600 công nhân, viên chức, lao động (CNVCLĐ)'. g.sh '800 (công nhân|CNVCLĐ|người)' -> no hit."),
    ("1163_ce39322f4329", "differs",
     "Có 262 cán bộ, đoàn viên, người lao động đăng ký hiến máu tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của LĐLĐ thành phố Thủ Đức.",
     "1163_ce39322f4329: 'Tại ngày hội đã ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu với 77.600 ml máu.' g.sh '262 ' -> only 3.262 người bị nạn (156) and 262 đại biểu Hội Nông dân (1103), unrelated; 1154 (Tân Uyên, đợt 4-2024, 350 người) is another city."),

    # ---------------- NOT_FOUND ----------------
    ("102_19f84bdab62b", "not_found",
     "Qua 9 mùa Tết Sum vầy từ 2015 đến 2024, công đoàn các cấp đã tặng hơn 1,2 triệu vé xe, vé tàu cho người lao động về quê đón Tết.",
     "102_19f84bdab62b counts chương trình (186.944), lượt tham gia (hơn 33 triệu), lượt nhận quà (26,2 triệu), nguồn lực (10.617 tỷ); no count of vé xe/vé tàu. g.sh 'vé (xe|tàu)' -> 466 (1.794 công nhân, a district), 500 (15.000 vé xe, Phú Thọ 2026), 646 (2.200 vé xe, Đồng Nai), 768 (500 vé): none is the national 9-season total. g.sh '1,2 triệu' -> only 753 ('gần 1,2 triệu lượt ... được chăm lo', one province 2023-2025)."),
    ("231_b2be7997f474", "not_found",
     "Mức thưởng Tết dương lịch bình quân của khối doanh nghiệp FDI tại Hà Nội là 1,2 triệu đồng/người.",
     "231_b2be7997f474 gives for Tết dương lịch only the HIGHEST bonuses (FDI 'mức thưởng cao nhất ... 300.000 đồng một người'); the FDI average (3,71 triệu) is for Tết âm lịch. g.sh 'Tết dương lịch' -> 231 and 885 (885: 'Mức thưởng bình quân Tết dương lịch là 3,4 triệu' is another city/year, not FDI Hà Nội). g.sh '1,2 triệu đồng' -> no hit."),
    ("887_19e43b08801d", "not_found",
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020-2025, có 280 đại biểu chính thức tham dự.",
     "887_19e43b08801d counts BCH (36 đồng chí), BTV (11), UBKT (7 ủy viên), 3 ngày làm việc; no delegate count. g.sh 'Hà Trung' -> only 887 and 628; g.sh 'Đảng bộ huyện.{0,120}[0-9]+ đại biểu' and '280 đại biểu' -> no hit."),
    ("967_240e5a455bbf", "not_found",
     "Trong 9 tháng đầu năm 2023, các cấp công đoàn tỉnh Quảng Trị đã thành lập mới 18 công đoàn cơ sở.",
     "967_240e5a455bbf counts 9 tháng đầu năm 2024 (23 CĐCS, 401 + 1.411 đoàn viên); another year is not counted. g.sh '9 tháng đầu năm 2023' and '18 (CĐCS|công đoàn cơ sở)' -> no hit; g.sh 'Quảng Trị.{0,150}(CĐCS|...)' -> only 967 (2024) and 968 (Tết)."),
    ("988_b4a1c9239923", "not_found",
     "Hội thi nấu bánh Tết trong Chương trình “Tết Yêu thương” của LĐLĐ huyện Phú Lộc đã trao 12 giải thưởng.",
     "988_b4a1c9239923 counts 48 đội and 160 suất quà (500.000 đồng/suất); no prize count for the hội thi nấu bánh Tết. g.sh 'Phú Lộc' -> only 988; g.sh '12 giải' -> no hit."),
    ("1062_4241895b9eb4", "not_found",
     "Trong giai đoạn 2018-2022, Công đoàn ngành Xây dựng Hà Nội đã thành lập mới 15 công đoàn cơ sở.",
     "1062_4241895b9eb4 counts the EXISTING 93 Công đoàn cơ sở and gần 17.000 CNVCLĐ, not newly founded CĐCS. g.sh 'thành lập mới.{0,40}(CĐCS|công đoàn cơ sở)' -> 002 seed (KCN&CX Hà Nội 11 CĐCS), 666, 933 (Cẩm Lệ 6), 967 (Quảng Trị 23): none is ngành Xây dựng Hà Nội; '15 (CĐCS|công đoàn cơ sở)' -> no hit."),
    ("301_99215f4c97ce", "not_found",
     "Ban tổ chức cuộc thi sáng tác thơ của LĐLĐ quận Long Biên đã trao 20 giải thưởng cho các tác giả.",
     "301_99215f4c97ce counts bài thơ (115) and days (30); '20 năm thành lập' is an anniversary, not a prize count. No giải mentioned. g.sh 'thơ.{0,80}giải|giải.{0,80}thơ' -> only 343 (a student's school prizes); '20 giải' -> no hit."),
    ("964_0f6571f76771", "not_found",
     "Trường tiểu học Đặng Thùy Trâm ở phường An Hội Tây, TP HCM có khoảng 900 học sinh.",
     "964_0f6571f76771 counts 31 đoàn viên (cán bộ, giáo viên, nhân viên) of the new CĐCS, BCH 5 thành viên, 142 CĐCS / 5.660 đoàn viên of the ward; no pupil count. g.sh 'Đặng Thùy Trâm' -> 964 and 1168 (an unrelated emulation movement); '900 học sinh' -> no hit."),
    ("1082_e82300ed47f5", "not_found",
     "Hội thi An toàn vệ sinh lao động, Phòng chống cháy nổ tỉnh Tiền Giang lần thứ 20 có 24 đội dự thi.",
     "1082_e82300ed47f5 counts 600 CNVCLĐ attending and LĐLĐ của 11 huyện, thị, thành; no number of teams. 148_8ca3abe46cd0 is the 23rd edition (2023) and gives no team count either. g.sh '24 đội' -> no hit."),
    ("1101_ddfaa6f7ad8a", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 đã trao 6 giải thưởng cho các đội.",
     "1101_ddfaa6f7ad8a counts 11 đội, 3 phần thi, 10/10 câu hỏi; no prizes. g.sh 'Thừa Thiên Huế.{0,200}(đội|hội thi)' -> only 1101; g.sh '6 giải' -> only 686 (hội thi văn nghệ of a Củ Chi company, unrelated)."),
    ("1163_ce39322f4329", "not_found",
     "Ngày hội hiến máu tình nguyện đợt 3 năm 2024 của LĐLĐ thành phố Thủ Đức thu hút 190 đoàn viên, người lao động tham gia.",
     "1163_ce39322f4329 is đợt 4 năm 2024 (226 people, 77.600 ml); đợt 3 is another edition. g.sh 'đợt 3.{0,60}hiến máu|hiến máu.{0,60}đợt' -> 347 (LĐLĐ TP HCM đợt 3 năm 2025), 1154 (Tân Uyên đợt 4-2024), 1163; none is Thủ Đức đợt 3/2024. '190 (người|đoàn viên)' -> no hit."),
]

HEADER = ["page_id", "verdict", "claim", "why"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: (r[0], r[1], r[2]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            assert r[1] in ("supported", "differs", "not_found"), r
            assert "\t" not in "".join(r) and "\n" not in "".join(r), r
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
