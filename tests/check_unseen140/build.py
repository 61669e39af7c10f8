#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen140 (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("1103_36980ed6ca73", S,
     "Tại các đại hội Hội Nông dân cấp huyện nhiệm kỳ 2023 – 2028 ở Bắc Giang, tám mươi ba đồng chí đã được bầu vào Ban Thường vụ.",
     "1103: \"Theo đó, 287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ\" (Hội Nông dân các huyện, TP tỉnh Bắc Giang, nhiệm kỳ 2023 – 2028)."),
    ("254_698c53174ce4", S,
     "Công đoàn ngành Nông nghiệp và PTNT Hà Nội hiện quản lý hơn 7,1 nghìn công nhân, viên chức, lao động.",
     "254: \"CĐ ngành đang quản lý 41 CĐCS ... với số lượng CNVCLĐ 7.128, trong đó số đoàn viên CĐ là gần 7.000 người\" (CĐ ngành NN&PTNT Hà Nội, nhiệm kỳ 2013 – 2018). 7.128 ~ hơn 7,1 nghìn."),
    ("352_557f7c6c45b0", S,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND TP Hà Nội khóa XVI, nhiệm kỳ 2021-2026, với gần 98% số phiếu.",
     "352: \"ông Chu Ngọc Anh tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 với số phiếu 92/94 (chiếm 97,87%)\"; same in 581. 97,87% ~ gần 98%."),
    ("387_4d721f20b60f", S,
     "Khoảng 1300 doanh nghiệp ở nhiều tỉnh, thành gặp khó khăn, bị cắt, giảm đơn hàng nên phải cho người lao động giảm giờ làm.",
     "387: \"Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.\""),
    ("400_26d3ce2af6f3", S,
     "Đảng bộ huyện Gia Lâm có 51 tổ chức cơ sở đảng, theo thông tin tại Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020 - 2025.",
     "400: \"Đại hội có sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng trong toàn Đảng bộ huyện\" (Gia Lâm, Đại hội XXII)."),
    ("502_212b66a603d0", S,
     "Công đoàn Y tế Hà Nội đã chi tổng cộng hơn 104 triệu đồng tiền thưởng cho các tập thể, cá nhân xuất sắc ở giai đoạn 2 chương trình “Một triệu sáng kiến”.",
     "502: \"15 tập thể và 15 cá nhân đại diện cho 83 tập thể và 157 cá nhân ... mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân, tổng số tiền thưởng là hơn 104 triệu đồng\" (Công đoàn ngành Y tế Hà Nội, giai đoạn 2)."),
    ("576_79a602ffcfd7", S,
     "Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam, Liên đoàn Lao động quận Thủ Đức (TP HCM) trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn” cho mười cán bộ công đoàn.",
     "576: \"LĐLĐ quận Thủ Đức, TP HCM đã tổ chức kỷ niệm 90 năm ngày thành lập Công đoàn (CĐ) Việt Nam và trao Kỷ niệm chương 'Vì sự nghiệp xây dựng tổ chức CĐ' cho 10 cán bộ CĐ\"."),
    ("665_f0f8f1ca19c0", S,
     "Ngày 26/5/2022, LĐLĐ huyện Tịnh Biên (An Giang) trao quyết định kết nạp 28 đoàn viên mới là cán bộ chỉ huy quân sự xã, trưởng, phó ấp và trưởng ban công tác mặt trận.",
     "665: \"Liên đoàn Lao động huyện Tịnh Biên trao quyết định kết nạp mới 28 đoàn viên là chỉ huy trưởng, chỉ huy phó ban chỉ huy quân sự xã; các trưởng ấp, phó ấp và trưởng ban công tác mặt trận các ấp\" (ngày 26/5, page dated 27/05/2022)."),
    ("706_3b59f272cb92", S,
     "Đại hội Công đoàn Viên chức thành phố khóa III, nhiệm kỳ 2017-2022, đặt mục tiêu bồi dưỡng, giới thiệu 4000 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706 (VOH): Đại hội Đại biểu Công đoàn Viên chức Tp khóa III, nhiệm kỳ 2017-2022: \"Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp.\""),
    ("795_dc664600c1cc", S,
     "Các chương trình “Chợ Tết Công đoàn 2023” do Tổng LĐLĐ Việt Nam phối hợp LĐLĐ các tỉnh, thành tổ chức có gần 1.500 gian hàng tham gia.",
     "795: \"Tổng LĐLĐ Việt Nam đã phối hợp với LĐLĐ các tỉnh, thành phố tổ chức thành công 22 Chương trình “Chợ Tết Công đoàn 2023” ... khoảng 1.320 doanh nghiệp, với 1.479 gian hàng.\" 1.479 ~ gần 1.500 (262 gives 72 gian hàng for the Hà Nội market only, a narrower thing)."),
    ("925_ac015b2ada6a", S,
     "Trong chương trình “Tết yêu thương” Xuân Giáp Thìn 2024, đoàn công tác Trung ương Hội LHPN Việt Nam trao 50 phần quà cho gia đình chính sách, phụ nữ nghèo và trẻ em khó khăn ở huyện Thuận Nam.",
     "925: \"các đồng chí trong đoàn trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo, phụ nữ cao tuổi; trẻ em mồ côi, trẻ em có hoàn cảnh khó khăn trên địa bàn huyện Thuận Nam. Mỗi suất quà trị giá 1,3 triệu đồng\"."),
    ("931_2a6417bd4142", S,
     "Năm 2024, Liên đoàn Lao động tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 22 “Mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "931 (body): \"Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 'mái ấm công đoàn' cho đoàn viên có hoàn cảnh khó khăn về nhà ở.\""),
    ("116_23da69714914", S,
     "Cử tri Thủ đô đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố Hà Nội khóa XV, nhiệm kỳ 2016 - 2021.",
     "116: \"Ủy ban Bầu cử TP Hà Nội cho biết, cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021.\"; 117 agrees (\"Hà Nội đã bầu đủ 105 đại biểu HĐND TP\")."),

    # ---------------- differs ----------------
    ("019_86611d9987c1", D,
     "Năm 2020, thu nhập bình quân của người lao động trong các doanh nghiệp thuộc Công đoàn ngành Xây dựng Hà Nội đạt 5,4 triệu đồng/người/tháng.",
     "019: \"thu nhập bình quân đạt 4.500.000đ/người/tháng\" (CĐ ngành Xây dựng Hà Nội, năm 2020). Claim 5,4 triệu. g.sh '5,4 triệu|5[.]400[.]000' -> nothing."),
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” của Công đoàn Trường Mầm non Việt Triều Hữu nghị đã quyên góp được khoảng 80 triệu đồng để động viên giáo viên, nhân viên hợp đồng.",
     "062: \"phong trào đã nhận được sự đoàn kết, nhất trí của tập thể đội ngũ biên chế với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường\". Claim khoảng 80 triệu. g.sh '80 triệu' -> only 124, 154, 922 (other things); 'Trao gửi yêu thương' -> only 062 (and 1225's unrelated áo dài programme)."),
    ("086_ba1892a61737", D,
     "Hơn 900 điển hình tiên tiến năm 2023 của Thủ đô đã có mặt tại hội nghị biểu dương người tốt, việc tốt, vinh danh “Công dân Thủ đô ưu tú” sáng 9/10.",
     "086: \"858 điển hình tiên tiến năm 2023 của Thủ đô đại diện cho hàng vạn cá nhân 'Người tốt, việc tốt', trong đó có 10 'Công dân Thủ đô ưu tú'\". Claim hơn 900. g.sh '9[0-9]{2} điển hình' -> nothing; '858' only in 086."),
    ("092_19866e76540c", D,
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023, có sự tham gia của 650 đại biểu chính thức.",
     "092: \"Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức.\" Claim 650. g.sh '650 đại biểu' -> nothing. (307: XVII congress 2023 545/550; 288: XVIII 548 - other editions.)"),
    ("1029_4c50aa41ee41", D,
     "Trong sáu tháng đầu năm 2023, Hà Nội có gần 8.000 doanh nghiệp quay trở lại hoạt động, khiến nhu cầu tuyển lao động tăng.",
     "1029: \"Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động\" (Hà Nội, 2023). Claim gần 8.000. g.sh '8[.]000 doanh nghiệp|gần 8 nghìn' -> nothing; 'trở lại hoạt động|quay lại hoạt động' -> only 1029 for this count."),
    ("1103_36980ed6ca73", D,
     "Đại hội Hội Nông dân các huyện, thành phố thuộc tỉnh Bắc Giang nhiệm kỳ 2023-2028 đã bầu 327 đồng chí vào Ban Chấp hành.",
     "1103: \"287 đồng chí được bầu vào Ban Chấp hành\". Claim 327. g.sh '327' -> nothing."),
    ("111_2eca64cbf378", D,
     "Vụ đứt cáp vận thăng ngày 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai) đã khiến năm công nhân tử vong.",
     "111: \"10 công nhân sử dụng vận thăng ... Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng\"; 294 agrees: \"khiến 3 người tử vong, 7 người bị thương\". Claim năm. g.sh '(năm|5) người (tử vong|thiệt mạng|chết)' -> nothing."),
    ("1192_dccb05c77ecc", D,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long diễn ra ngày 10-12/5/2019 có hơn 600 vận động viên tranh tài.",
     "1192: \"Hội thao có 24 đoàn tham gia ... với trên 444 vận động viên, đại diện cho gần 1.800 công chức, người lao động\". Claim hơn 600. g.sh '600 vận động viên|6[0-9]{2} VĐV' -> nothing."),
    ("275_a87c110f79e1", D,
     "Ngày 11/9/2024, Liên đoàn Lao động thành phố Hà Nội đã ủng hộ 300 triệu đồng qua Ủy ban MTTQ Việt Nam thành phố để giúp nhân dân vùng bị thiệt hại do bão lũ.",
     "275: \"ngày 11/9, Liên đoàn Lao động thành phố Hà Nội (LĐLĐ) đã ủng hộ 100 triệu đồng qua Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội\" (plus a separate 100 triệu via Quỹ Tấm lòng vàng). Claim 300 triệu. g.sh '300 triệu' -> 606, 625, 994 only (other organisations/occasions)."),
    ("302_e632789ca4af", D,
     "Đại hội thành lập Công đoàn Trường Mầm non Hoa Trạng Nguyên (quận Long Biên) có sự tham dự của 45 cán bộ, giáo viên, nhân viên nhà trường.",
     "302: \"sự có mặt của 30 cán bộ, giáo viên, nhân viên Trường Mầm non Hoa Trạng Nguyên\". Claim 45. g.sh '45 cán bộ|45 (giáo viên|người)' -> 608 (sơ cứu 45 người), 966 (VNA) only."),
    ("400_26d3ce2af6f3", D,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020 - 2025, khai mạc ngày 26/5 với 260 đại biểu tham dự.",
     "400: \"Đại hội có sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên\". Claim 260. g.sh '260 đại biểu' -> nothing."),
    ("470_5bd73e63f016", D,
     "Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh dự kiến thu hút khoảng 1 triệu lượt thanh niên, người dân tham gia.",
     "470: \"Mùa hè tình nguyện năm 2023 của thanh niên TP Hồ Chí Minh ... dự kiến thu hút hơn 700.000 lượt thanh niên, người dân thành phố tham gia\". Claim khoảng 1 triệu. g.sh '(1|một) triệu lượt' -> only 506 (Hội Chữ thập đỏ Tây Nguyên, another thing)."),
    ("665_f0f8f1ca19c0", D,
     "Từ đầu năm 2022 đến cuối tháng 5, các cấp công đoàn tỉnh An Giang đã kết nạp mới hơn 6.200 đoàn viên.",
     "665: \"Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%\". Claim hơn 6.200. g.sh '6[.]200' -> nothing."),
    ("702_b3991be6596d", D,
     "LĐLĐ TP.HCM phối hợp LĐLĐ Quận 12 tổ chức họp mặt 54 gia đình công nhân ở trọ không có điều kiện về quê đón Tết tại phường Thạnh Lộc.",
     "702: \"LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc.\" Claim 54 (digits swapped). g.sh '54 gia đình' -> nothing."),
    ("803_697f32d60bca", D,
     "Đợt 7/11/2023, Ban Thường vụ Thành ủy Hà Nội quyết định trao Huy hiệu 75 năm tuổi Đảng cho tám đảng viên thuộc Đảng bộ quận Hai Bà Trưng.",
     "803: \"Quyết định của Ban Thường vụ Thành ủy Hà Nội về việc trao tặng Huy hiệu 75 năm tuổi Đảng đợt 7/11/2023 cho 6 đảng viên\" (Hai Bà Trưng; 3 trao tại nhà, 2 tại buổi lễ). Claim tám. g.sh '(8|tám) đảng viên' -> nothing. (805 Đống Đa 9, 804 Hà Đông 1: other districts.)"),
    ("922_5d7251e759ab", D,
     "Mỗi căn “Mái ấm tình thương” mà Hội LHPN tỉnh Thanh Hóa trao tặng dịp chào mừng Đại hội phụ nữ tỉnh lần thứ XIX được hỗ trợ 60 triệu đồng.",
     "922: \"Hội trao tặng 3 nhà “Mái ấm tình thương” ... mỗi hộ được hỗ trợ 80 triệu đồng.\" Claim 60 triệu. g.sh '60 triệu' -> 457 (Mái ấm Công đoàn Tiền Giang), 991 - other organisations."),
    ("931_2a6417bd4142", D,
     "Ngày 24/12, LĐLĐ tỉnh Hải Dương trao 45 triệu đồng hỗ trợ nữ đoàn viên Nguyễn Thị Hà (Trạm Y tế xã Kỳ Sơn, Tứ Kỳ) sửa chữa nhà.",
     "931: \"Ngày 24/12, Liên đoàn Lao động tỉnh trao 30 triệu đồng hỗ trợ sửa nhà cho nữ đoàn viên Nguyễn Thị Hà.\" Claim 45 triệu. g.sh '45 triệu' -> 163, 1004 only (other things)."),

    # ---------------- not_found ----------------
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015 - 2020, có 280 đại biểu chính thức tham dự.",
     "430 only says the congress took place 18-19/6 and elected the bí thư directly; no delegate count. g.sh 'Q\\.2|Quận 2|quận 2' -> 430 and 1048 (LĐLĐ Thủ Đức merger) only; '280 đại biểu' -> nothing."),
    ("969_652bd3e9c355", N,
     "Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn hiện có 520 đoàn viên.",
     "969 counts only the \"10 Công đoàn cơ sở thành viên\" that held congresses 24-25/3; no member count. g.sh 'Sở Nông nghiệp và Phát triển nông thôn|CSTV' -> only 969; '520 đoàn viên|đoàn viên.{0,60}Sở Nông nghiệp' -> nothing."),
    ("664_ee315818b222", N,
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành khóa mới gồm 5 ủy viên.",
     "664 counts only the \"41 công đoàn viên\" attending; it says a new BCH is elected but gives no size. g.sh 'Phát triển bền vững|Trịnh Hoài Đức' -> only 664 for this body; 'Ban Chấp hành.{0,40}(5|05|năm) (ủy viên|đồng chí)' -> other bodies only (348, 621, 963)."),
    ("343_5b2e15f18b4a", N,
     "Câu lạc bộ Vovinam của Trường THPT Xuân Giang (huyện Sóc Sơn) có 60 thành viên.",
     "343: Nguyễn Hữu Thái \"là Đội trưởng Câu lạc bộ Vovinam của Trường\" - no member count. Nearby counts are other clubs: \"Câu lạc bộ Tiếng Anh của Trường với 87 thành viên\" (THPT Sóc Sơn), \"Câu lạc bộ tình nguyện của trường với hơn 100 bạn\". g.sh 'Vovinam' -> only 343; '60 thành viên' -> nothing."),
    ("1192_dccb05c77ecc", N,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2018 có 22 đoàn tham gia.",
     "1192 counts the 2019 edition (\"Ngày 10-12/5/2019 ... Hội thao có 24 đoàn tham gia\"); the 2018 edition is not counted anywhere. g.sh 'Vĩnh Long|Hội thao ngành Ngân hàng' -> 867, 1152 (unrelated), 1192; 'Hội thao.{0,80}2018' -> nothing."),
    ("702_b3991be6596d", N,
     "Tại buổi họp mặt công nhân không về quê đón Tết, Chủ tịch LĐLĐ TP.HCM Trần Thị Diệu Thúy đã lì xì cho 150 cháu là con công nhân lao động.",
     "702 says \"tặng quà, chúc Tết, lì xì cho con công nhân lao động\" without a count; its counts are families (24 gia đình; 45 gia đình Quận 12). g.sh 'lì xì' -> 126, 163, 542, 702, 828 (none counts children); '150 (cháu|con)' -> nothing."),
    ("925_ac015b2ada6a", N,
     "Đoàn công tác Trung ương Hội LHPN Việt Nam đã tặng 20 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Phước Diêm (Thuận Nam).",
     "925: \"Thăm, chúc tết và tặng quà cho Đồn Biên phòng Phước Diêm (Thuận Nam)\" - no count. Nearby counts are other recipients: 50 phần quà (gia đình chính sách, phụ nữ nghèo, trẻ em), \"4 suất quà cho cán bộ hội phụ nữ cơ sở\". g.sh 'Phước Diêm|Thuận Nam' -> only 925."),
    ("275_a87c110f79e1", N,
     "Liên đoàn Lao động quận Hoàng Mai đã trao hỗ trợ cho 35 đoàn viên bị thiệt hại do bão số 3 gây ra.",
     "275 only has a caption \"Chủ tịch LĐLĐ quận Hoàng Mai Bùi Thị Ngọc Thủy trao hỗ trợ cho đoàn viên bị thiệt hại do bão số 3\" with no count. g.sh 'Hoàng Mai.{0,100}(bão|hỗ trợ)' -> 275, 328, 451 (none counts storm-hit members); '35 đoàn viên' -> nothing."),
    ("086_ba1892a61737", N,
     "Từ năm 2010 đến nay, thành phố Hà Nội đã vinh danh tổng cộng 140 “Công dân Thủ đô ưu tú”.",
     "086 counts only the 2023 honourees (\"trong đó có 10 'Công dân Thủ đô ưu tú'\") and mentions \"các 'Công dân Thủ đô ưu tú' từ năm 2010 đến nay\" without a total. g.sh 'Công dân Thủ đô' -> only 086."),
    ("1029_4c50aa41ee41", N,
     "Sáu tháng đầu năm 2023, Hà Nội có hơn 9.000 doanh nghiệp tạm ngừng kinh doanh.",
     "1029 counts new registrations (hơn 15.000) and businesses returning (hơn 5.700), not suspensions. g.sh 'tạm ngừng|ngừng kinh doanh|ngừng hoạt động' -> nothing; '9[.]000 doanh nghiệp' -> nothing."),
    ("922_5d7251e759ab", N,
     "Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030, triệu tập 350 đại biểu chính thức.",
     "922 only announces the congress (\"diễn ra vào ngày 10 và 11/12\"); its counts are 150 suất quà and 3 Mái ấm tình thương. g.sh 'phụ nữ tỉnh Thanh Hóa|Thanh Hóa lần thứ XIX' -> only 922; '350 đại biểu' -> nothing."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            r = [nfc(x).replace('"', "'") for x in r]
            assert not any("\t" in x or "\n" in x for x in r)
            w.writerow(r)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    main()
