#!/usr/bin/env python3
"""Build claims.tsv for a blind test of `ldtd check` (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 067 LĐLĐ quận Ba Đình, Túi An sinh Công đoàn (2021)
    ("067_4afc4a1630dc", S,
     "Trong lần thứ hai tổ chức chương trình, Liên đoàn Lao động quận Ba Đình đã trao gần 150 suất quà nhu yếu phẩm cho đoàn viên, người lao động.",
     "067: 'Đây là lần thứ hai LĐLĐ quận tổ chức ... LĐLĐ quận đã trao 147 suất quà gồm các nhu yếu phẩm thiết yếu'. 'gần 150' ~ 147."),
    ("067_4afc4a1630dc", D,
     "Trong đợt đầu ngày 23/8, LĐLĐ quận Ba Đình trao 63 Túi An sinh Công đoàn cho lao động tự do đang thuê trọ trên địa bàn quận.",
     "067: 'trao hỗ trợ 43 “Túi An sinh Công đoàn” cho lao động tự do đang thuê trọ trên địa bàn quận' (đợt đầu 23/8). g.sh '63 (túi|“túi|suất)' -> nothing."),
    # ---- 076 Công nhân giỏi Thủ đô 2022
    ("076_a1ba473fd589", D,
     "120 Công nhân giỏi Thủ đô năm 2022 đã cùng đoàn cán bộ Công đoàn dâng hương báo công dâng Bác.",
     "076 body: 'đoàn đại biểu cán bộ Công đoàn, 100 “Công nhân giỏi Thủ đô” năm 2022 đã dâng hương'; also 041 and 075 say 100 CNG Thủ đô 2022. g.sh '120 .?Công nhân giỏi' -> nothing."),
    # ---- 1106 LĐLĐ quận Hoàng Mai (Hà Nội), Tháng hành động vì trẻ em 2022
    ("1106_4851ef217f85", S,
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai trao 75 suất quà cho con đoàn viên, người lao động khó khăn.",
     "1106: 'Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng'. Note 542 has 'LĐLĐ thị xã Hoàng Mai tặng 75 suất quà' (Nghệ An, 500.000 đồng) - same number, different org."),
    ("1106_4851ef217f85", D,
     "Trung tâm công tác xã hội và Quỹ Bảo trợ trẻ em Hà Nội đã tặng quà cho 150 con công nhân lao động có hoàn cảnh khó khăn ở quận Hoàng Mai.",
     "1106: 'đã tặng quà cho 100 con công nhân lao động có hoàn cảnh khó khăn trên địa bàn quận Hoàng Mai, mỗi suất quà trị giá 1 triệu đồng'. g.sh '150 (cháu|con|suất)' -> only 829/922 (other events)."),
    # ---- 1165 LĐLĐ thành phố Bến Tre, hiến máu Lễ hội Xuân hồng 2019
    ("1165_0f422ded738f", D,
     "Ngày 6/12/2019, LĐLĐ thành phố Bến Tre vận động CNVCLĐ hiến máu hưởng ứng Lễ hội Xuân hồng năm 2019, thu được 48 đơn vị máu.",
     "1165: 'hưởng ứng chiến dịch “Lễ hội Xuân hồng” năm 2019 được 84 đơn vị máu.' g.sh '48 đơn vị' -> only 252 ('48 đơn vị trường học', unrelated)."),
    ("1165_0f422ded738f", N,
     "Chương trình hiến máu Lễ hội Xuân hồng 2019 của Liên đoàn Lao động thành phố Bến Tre có 120 cán bộ, đoàn viên tham gia hiến máu.",
     "1165 counts only units of blood ('84 đơn vị máu'), not donors. g.sh 'Xuân hồng' -> only 1165; g.sh 'hiến máu.{0,200}[0-9]+ (người|cán bộ|đoàn viên)' -> 347/689 (TP HCM, other campaigns); g.sh '120 (đại biểu|người|cán bộ|đoàn viên)' -> nothing."),
    # ---- 1223 LĐLĐ TPHCM, KCN Đông Xuyên, Tết sum vầy
    ("1223_f9c0b07867bb", D,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” ở Khu công nghiệp Đông Xuyên, Liên đoàn Lao động TPHCM trao 200 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223: 'ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn'. g.sh 'Đông Xuyên' -> only 1223; '200 suất' -> 519, 542 (other events)."),
    ("1223_f9c0b07867bb", S,
     "Các gian hàng ẩm thực tại chương trình Tết sum vầy ở KCN Đông Xuyên bán đồ ăn cho công nhân với giá chỉ từ 7 nghìn đồng.",
     "1223: 'các gian hàng ăn uống phục vụ công nhân với mức giá từ 7.000 - 30.000 đồng'. (Claim states the lower bound only.)"),
    # ---- 191 Đảng bộ huyện Thạch Thất XXIV
    ("191_51ac8bc79074", S,
     "Đại hội đại biểu Đảng bộ huyện Thạch Thất lần thứ XXIV đã bầu 41 đồng chí vào Ban Chấp hành nhiệm kỳ 2020-2025.",
     "191: 'bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự được bầu'."),
    ("191_51ac8bc79074", D,
     "Đồng chí Phạm Quí Tiên tái đắc cử Bí thư Huyện ủy Thạch Thất khóa XXIV với 97,6% phiếu bầu.",
     "191: 'tiếp tục được Đại hội tín nhiệm bầu làm Bí thư Huyện ủy khóa XXIV ... với tỉ lệ phiếu bầu đạt 100%'. (BCH range '65,12% đến 96,28%' is another thing.) g.sh '97,6' -> nothing."),
    # ---- 232 Sở GDĐT + Công đoàn ngành Giáo dục Hà Nội, Tết Canh Tý 2020
    ("232_8b19e7bfd8f9", S,
     "Dịp Tết Canh Tý 2020, Sở GDĐT và Công đoàn Giáo dục Hà Nội hỗ trợ giáo viên, học sinh có hoàn cảnh đặc biệt khó khăn tổng số tiền 1,35 tỷ đồng.",
     "232: 'với tổng số tiền hỗ trợ là 1.350.000.000đ'. 1,35 tỷ = 1.350.000.000."),
    ("232_8b19e7bfd8f9", D,
     "Nhân dịp Tết Nguyên đán Canh Tý, Sở GDĐT Hà Nội và Công đoàn ngành Giáo dục đã tặng quà gần 600 giáo viên có hoàn cảnh đặc biệt khó khăn.",
     "232: 'hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn'. g.sh '600 giáo viên|gần 600' -> other things only (078 money, 118 thí sinh, 527 đoàn viên, 991 đoàn viên)."),
    # ---- 405 Hà Nội phát động Tháng Nhân đạo 2018
    ("405_26391ad68e2d", S,
     "Triển lãm ảnh “Sức mạnh nhân đạo” trên phố Lê Thạch dịp phát động Tháng Nhân đạo 2018 ở Hà Nội giới thiệu tám mươi bức ảnh tiêu biểu.",
     "405: 'triển lãm ảnh “Sức mạnh nhân đạo” trên phố Lê Thạch giới thiệu tới công chúng 80 bức ảnh tiêu biểu'."),
    ("405_26391ad68e2d", D,
     "Tại ngày hội phát động Tháng Nhân đạo năm 2018 ở vườn hoa tượng đài Lý Thái Tổ, Hà Nội dự kiến tiếp nhận khoảng 600 đơn vị máu.",
     "405: 'Trong ngày hội hôm nay, dự kiến sẽ tiếp nhận khoảng 400 đơn vị máu.' 404 (same event) gives no blood count. g.sh '400 đơn vị|600 đơn vị' -> only 405 '400'."),
    # ---- 495 Xuân tình nguyện 2026 TP.HCM
    ("495_426cdd090149", S,
     "Lễ ra quân Chiến dịch Xuân tình nguyện năm 2026 của Thành Đoàn TP.HCM có hơn 4 nghìn đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tham dự.",
     "495: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ'. (1013 = same campaign: 'gần 70.000 ... đăng ký' is registrations, another counted thing.)"),
    ("495_426cdd090149", N,
     "Chiến dịch Xuân tình nguyện 2026 của TP.HCM đã thực hiện hơn 4.000 công trình thanh niên.",
     "Neither 495 nor 1013 counts công trình. g.sh 'Xuân tình nguyện' -> 495/518/519/830/1013, no công trình count; '4.000 công trình' appears only in 549 ('Chiến dịch Thanh niên tình nguyện hè 2022', Trung ương Đoàn) - another campaign/year; 4.000 in 495 counts participants."),
    # ---- 588 MTTQ huyện (Rạch Chèo), khóa IX 2019-2024
    ("588_606ca33f8ac4", D,
     "Hội nghị hiệp thương cử đồng chí Phạm Kim Cương làm Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện cũng đã bầu thay thế 12 Ủy viên Ủy ban MTTQ huyện khóa IX.",
     "588: 'Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024'. g.sh '12 (Ủy viên|ủy viên)' -> nothing."),
    # ---- 662 CĐCS Sở Công Thương Sóc Trăng 2023-2028
    ("662_858c9dd12965", S,
     "Đại hội Công đoàn cơ sở Sở Công Thương tỉnh Sóc Trăng nhiệm kỳ 2023-2028 bầu Ủy ban Kiểm tra Công đoàn gồm ba đồng chí.",
     "662: 'Đại hội bầu ra UBKT Công đoàn gồm 03 đồng chí'."),
    ("662_858c9dd12965", D,
     "Đại hội CĐCS Sở Công Thương Sóc Trăng đã bầu Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm chín đồng chí, do đồng chí Hứa Trường Sơn làm Chủ tịch.",
     "662: 'Đại hội bầu ra Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm 07 đồng chí'. g.sh '(9|chín) đồng chí' -> 578 (Đoàn Chủ tịch), 805, 808, 1105 - other bodies."),
    # ---- 670 Công đoàn ngành GTVT Nghệ An, bão số 3 (2024)
    ("670_101e6c4c997e", D,
     "Công đoàn ngành Giao thông vận tải Nghệ An đã trao nửa tỷ đồng hỗ trợ đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670: 'trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai'. g.sh '400 triệu|500 triệu|nửa tỷ' -> 452 (other), 1130 'Hơn 500 triệu đồng ủng hộ Quỹ Vì người nghèo' (other)."),
    # ---- 712 MTTQ TP Hà Nội, Đại hội XVIII
    ("712_694777b452ec", S,
     "Theo báo cáo tại Đại hội MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, MTTQ các cấp thành phố đã thực hiện hiệu quả sáu chương trình hành động.",
     "712: 'MTTQ các cấp thành phố đã ... thực hiện hiệu quả 6 chương trình hành động; 3 khâu đột phá'."),
    ("712_694777b452ec", D,
     "Phó Chủ tịch Thường trực Ủy ban MTTQ Hà Nội Phạm Anh Tuấn cho biết nhiệm kỳ qua MTTQ các cấp thành phố thực hiện hiệu quả năm khâu đột phá.",
     "712: '6 chương trình hành động; 3 khâu đột phá'. g.sh '(5|năm) khâu' -> nothing; other 'khâu đột phá' hits are 340 (CĐ TP.HCM, 3) and 747 (Lâm Đồng, ba)."),
    # ---- 728 huyện Đại Lộc, thi đua 2021
    ("728_911221c21d93", S,
     "Năm 2021, huyện Đại Lộc có tám cơ quan, đơn vị xếp thứ nhì trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3 trong phong trào thi đua cụm đồng bằng của tỉnh'."),
    ("728_911221c21d93", D,
     "Tại hội nghị tổng kết thi đua năm 2021 của UBND huyện Đại Lộc, toàn huyện có 9 cơ quan, đơn vị xếp vị thứ dẫn đầu trong cụm thi đua đồng bằng.",
     "728: '6 cơ quan, đơn vị xếp vị thứ dẫn đầu'. g.sh '9 (cơ quan|đơn vị)|chín (cơ quan|đơn vị)' -> 252/497/998 (19/39 units, other topics)."),
    # ---- 803 Quận ủy Hai Bà Trưng, Huy hiệu Đảng đợt 7/11/2023
    ("803_697f32d60bca", D,
     "Theo quyết định được công bố tại lễ của Quận ủy Hai Bà Trưng đợt 7/11/2023, tám đảng viên được trao Huy hiệu 75 năm tuổi Đảng.",
     "803: 'Quyết định ... trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên' (of whom 2 at the ceremony, 3 at home). g.sh '(8|tám) đảng viên' -> nothing; 805 '9 đồng chí ... 75 năm' is quận Đống Đa."),
    ("803_697f32d60bca", S,
     "Đợt 7/11/2023, Đảng bộ quận Hai Bà Trưng có một đảng viên được trao Huy hiệu 70 năm tuổi Đảng.",
     "803: 'Huy hiệu 70 năm tuổi Đảng đợt 7/11/2023 cho 1 đảng viên thuộc Đảng bộ quận Hai Bà Trưng'; also '1 đảng viên được trao tặng Huy hiệu 70 năm tuổi Đảng đồng chí Nguyễn Sơn Điền'."),
    # ---- 804 Hà Đông, Huy hiệu Đảng đợt 19/5
    ("804_8ecc40938555", D,
     "Đợt 19/5, Ban Thường vụ Thành ủy Hà Nội tặng Huy hiệu Đảng cho hơn 500 đảng viên thuộc Đảng bộ quận Hà Đông.",
     "804 body: 'tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông'. g.sh 'Hà Đông.{0,60}đảng viên' -> only 804 (440)."),
    ("804_8ecc40938555", S,
     "Trong đợt trao Huy hiệu Đảng 19/5 này, toàn thành phố Hà Nội có hơn 8,7 nghìn đảng viên được nhận Huy hiệu.",
     "804: 'Trong đợt 19/5 này, toàn thành phố có hơn 8.700 đảng viên được nhận Huy hiệu Đảng'."),
    # ---- 886 thưởng Tết Bính Ngọ (2026)
    ("886_ba844443b672", S,
     "Theo thống kê đến 25/12, mức thưởng Tết Bính Ngọ cao nhất ở khối doanh nghiệp FDI tại Khánh Hòa là 350 triệu đồng.",
     "886: 'khối doanh nghiệp có vốn đầu tư nước ngoài đang dẫn đầu về mức thưởng Tết Âm lịch cao nhất ... Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng'."),
    ("886_ba844443b672", D,
     "Mức thưởng Tết Âm lịch Bính Ngọ cao nhất ghi nhận tại Tây Ninh, thuộc một doanh nghiệp FDI, lên tới 800 triệu đồng.",
     "886: 'Tây Ninh ghi nhận mức 600 triệu đồng' (and lead: 'cao nhất ... khối doanh nghiệp FDI với 600 triệu đồng'). g.sh '800 triệu' -> only 691 ('gần 800 triệu đồng ủng hộ Quỹ Vì người nghèo', other)."),
    # ---- not_found on figure-less pages
    ("037_69ea9a40be4e", N,
     "Tại hội nghị Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI bầu bổ sung, đồng chí Bùi Huyền Mai được bầu giữ chức Chủ tịch với 100% số phiếu.",
     "037 gives no vote share. g.sh 'Bùi Huyền Mai' -> 037/273/286/336/622/711/712, none with a vote %; g.sh '100% (số )?phiếu|phiếu bầu đạt' -> 191 (Bí thư Huyện ủy Thạch Thất) and 1142 (Bí thư Tỉnh đoàn) only - other elections."),
    ("095_5a52b05770d9", N,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030, đã bầu 45 ủy viên Ban Chấp hành LĐLĐ Thành phố.",
     "095 (Kế hoạch 117/KH-LĐLĐ) has no counts. 288 counts the XVIII congress's '548 đại biểu' and 'trên 580.000 đoàn viên' (other nouns). g.sh 'Ban Chấp hành.{0,120}(XVIII|2025 ?- ?2030)' -> no BCH size for LĐLĐ Hà Nội XVIII (1211 = CĐ ngành Y tế 17; 964 = CĐCS 5); '45 (ủy|Ủy)' -> nothing."),
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV, nhiệm kỳ 2023-2028, bầu Ủy ban Kiểm tra gồm 7 đồng chí.",
     "203 has no counts. 239 (same congress) counts '191 đại biểu' and 'bầu 21 đồng chí vào Ban Chấp hành' - not the UBKT. 1064 (UBKT ngành Xây dựng) counts '22 Công đoàn cơ sở' inspected, not UBKT members. g.sh 'Kiểm tra.{0,80}Xây dựng|Xây dựng.{0,80}Kiểm tra' -> no size."),
    ("364_6cb3fc7af92c", N,
     "Theo Kế hoạch 74/KH-UBND, UBND thành phố Hà Nội biểu dương 75 tập thể tiêu biểu trong phong trào thi đua năm 2022.",
     "364 only has '75 năm Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc”' (anniversary, not a count). g.sh '74/KH' -> only 364; '75 tập thể' -> nothing; '[0-9]+ tập thể' hits are other bodies/years."),
    ("372_87dc92dc5866", N,
     "Tháng cao điểm “Vì người nghèo” năm 2019 (17/10 - 18/11/2019) đã vận động được hơn 30 tỷ đồng ủng hộ Quỹ Vì người nghèo.",
     "372 gives dates and '89 năm ngày truyền thống' only. g.sh 'Tháng cao điểm.{0,200}(2019|tỷ)' -> only 372; 468 is the 2023 edition; 'Vì người nghèo ... tỷ|triệu' hits (360, 462, 690, 691, 1130) are other places/years."),
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025, đã bầu 53 đồng chí vào Ban Chấp hành Đảng bộ tỉnh.",
     "521 has no counts. g.sh 'Thái Bình' -> 106/493/521/985, no BCH size; '53 (ủy|Ủy|đồng chí)' -> nothing. Other BCH sizes (887 Hà Trung 36, 103 Hà Nội 74) are other Đảng bộ."),
    ("990_489d8f605885", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2025 của tỉnh Nghệ An tại KCN Hoàng Mai 1 thu hút khoảng 500 người lao động tham dự.",
     "990 only says 'đông đảo người lao động'. g.sh 'An toàn,? vệ sinh lao động.{0,60}Nghệ An|Nghệ An.{0,80}(An toàn|ATVSLĐ)' -> only 990; '500 người lao động' -> nothing ('hơn 3.500 người lao động' in 671 is BAC A BANK)."),
    ("178_166cc048757e", N,
     "Tọa đàm “Dân vận khéo” gắn với sáng kiến, sáng tạo trong CNVCLĐ quận Nam Từ Liêm năm 2022 có 120 đại biểu tham dự.",
     "178 only has '132 năm ngày sinh Chủ tịch Hồ Chí Minh' (anniversary). g.sh 'Dân vận khéo.{0,150}[0-9]' -> only 178 (no count); 'Nam Từ Liêm.{0,100}[0-9]+ (đại biểu|sáng kiến|mô hình)' -> nothing; '120 (đại biểu|người|cán bộ|đoàn viên)' -> nothing."),
    ("153_e14e5df550cb", N,
     "Hội nghị công bố quyết định Chủ tịch Liên đoàn Lao động TP Hà Nội khóa XVI đối với đồng chí Phạm Quang Thanh có khoảng 150 đại biểu dự.",
     "153 counts no attendees (5556 is a decision number; '10 Chủ tịch CĐCS tiêu biểu' is a related-headline teaser). g.sh 'Phạm Quang Thanh' -> no attendee count; '150 đại biểu' -> nothing."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])  # stable: keeps per-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))


if __name__ == "__main__":
    main()
