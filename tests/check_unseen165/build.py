#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

SEED = "seed"  # seed page /work/main/corpus/003_7db656824e63f1d3.txt

CLAIMS = [
    # ---------------- seed 003_7db656824e63f1d3 ----------------
    (SEED, "supported",
     "Trong Tháng Công nhân năm 2023, Liên đoàn Lao động thành phố Hà Nội đã thăm hỏi, tặng quà và trao trợ cấp cho hơn 2,6 nghìn công nhân lao động có hoàn cảnh khó khăn.",
     "seed 003_7db656824e63f1d3: \"Trong Tháng Công nhân năm 2023, LĐLĐ Thành phố đã ... tổ chức thăm hỏi, tặng quà và trao trợ cấp cho trên 2.600 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, mắc bệnh nghề nghiệp với tổng số tiền 2,9 tỷ đồng\"."),
    (SEED, "differs",
     "Năm 2023, toàn thành phố Hà Nội có 1.855 công nhân lao động được công nhận danh hiệu “Công nhân giỏi” cấp trên cơ sở.",
     "seed 003_7db656824e63f1d3: \"Toàn Thành phố đã có trên 56.500 công nhân lao động được công nhận danh hiệu “Công nhân giỏi” cấp cơ sở; 1.655 công nhân lao động được công nhận danh hiệu “Công nhân giỏi” cấp trên cơ sở\" (1.655, not 1.855). g.sh '1\\.?855' -> no hit."),
    # ---------------- 046 ----------------
    ("046_6c553dd46b50", "differs",
     "Giải bóng đá mini CNVCLĐ và LLVT - Cúp Báo Lao động Thủ đô lần thứ I năm 2015 có 24 đội bóng tham gia tranh tài.",
     "046_6c553dd46b50: \"giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài\"; also \"cùng 18 đội bóng\". g.sh '24 đội' -> no hit."),
    ("046_6c553dd46b50", "not_found",
     "Giải bóng đá mini CNVCLĐ và LLVT - Cúp Báo Lao động Thủ đô lần thứ II năm 2016 quy tụ 20 đội bóng.",
     "Only edition in corpus is \"lần thứ I năm 2015\" (046_6c553dd46b50, 18 đội). g.sh 'Cúp Báo|giải bóng đá mini' -> only 046 lines; no lần thứ II / 2016 edition anywhere. Another edition -> not counted."),
    # ---------------- 051 ----------------
    ("051_fbcaca51a290", "supported",
     "Phó Chủ tịch LĐLĐ huyện Chương Mỹ Phùng Xuân Kim đã trao 35 triệu đồng hỗ trợ xây nhà “Mái ấm công đoàn” cho đoàn viên Nguyễn Thị Đức ở xã Tân Tiến.",
     "051_fbcaca51a290: \"đồng chí Phùng Xuân Kim - Phó Chủ tịch Liên đoàn Lao động huyện Chương Mỹ đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức\"."),
    ("051_fbcaca51a290", "differs",
     "Trong khoản hỗ trợ xây Mái ấm công đoàn cho chị Nguyễn Thị Đức (huyện Chương Mỹ), Liên đoàn Lao động thành phố Hà Nội đóng góp 20 triệu đồng.",
     "051_fbcaca51a290: \"Trong đó, Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng\" (30, not 20). g.sh 'Chương Mỹ' shows no 20 triệu for this house."),
    # ---------------- 063 ----------------
    ("063_f7a849d3bef7", "differs",
     "Kể từ khi thành lập đến nay, Liên đoàn Lao động quận Hoàng Mai đã trải qua sáu kỳ đại hội.",
     "063_f7a849d3bef7: \"kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội\" (4, not 6). g.sh 'Hoàng Mai.{0,60}(kỳ đại hội|6 kỳ|sáu kỳ)' -> only this line."),
    # ---------------- 1014 ----------------
    ("1014_8ece231e24cc", "differs",
     "Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm, xe công nghệ Bình Tân (TP HCM) đã trao 150 voucher cho đoàn viên mua sắm tại Chợ Tết Công đoàn trực tuyến.",
     "1014_8ece231e24cc: \"Nghiệp đoàn xe ôm, xe công nghệ Bình Tân, TP HCM đã trao 50 voucher và hướng dẫn đoàn viên...\" (50, not 150). g.sh 'voucher' -> 1014 (50 voucher), 458 (500 voucher, another union/program), 687 (no count); no 150."),
    # ---------------- 1142 ----------------
    ("1142_6d91e1319bd8", "differs",
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 92% số phiếu đồng ý.",
     "1142_6d91e1319bd8: \"bầu bà Lê Ngọc Ánh ... giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý\" (100%, not 92%). g.sh 'Bí thư Tỉnh đoàn.{0,150}(phiếu|%)' -> only this line."),
    # ---------------- 1162 ----------------
    ("1162_f63ea6510168", "supported",
     "Năm 2019, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương, khen thưởng bốn mươi lăm công nhân giỏi tiêu biểu.",
     "1162_f63ea6510168: \"trong năm 2019 có trên 500 CN giỏi được khen thưởng tại các cơ sở và 45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương khen thưởng ngay tại hội nghị này\". (017_199a43282e90 has 70 CN giỏi tiêu biểu for 2024: another year.)"),
    ("1162_f63ea6510168", "differs",
     "Năm 2019, CĐ ngành GTVT Hà Nội quản lý 35 công đoàn cơ sở.",
     "1162_f63ea6510168: \"CĐ ngành GTVT Hà Nội hiện quản lý 29 CĐ cơ sở với 3.078 đoàn viên\" (29, not 35). g.sh 'ngành GTVT.{0,120}(CĐCS|công đoàn cơ sở|CĐ cơ sở)' -> no other count of its CĐCS."),
    # ---------------- 156 ----------------
    ("156_c3fa0faf2e36", "supported",
     "Theo báo cáo của Bộ Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2023 cả nước có 353 người chết vì tai nạn lao động.",
     "156_c3fa0faf2e36: \"Trong đó số vụ tai nạn lao động chết người là 345 vụ; số người chết vì tai nạn lao động 353 người\" (6 tháng đầu năm 2023, toàn quốc)."),
    ("156_c3fa0faf2e36", "differs",
     "Nửa đầu năm 2023, toàn quốc xảy ra 445 vụ tai nạn lao động chết người.",
     "156_c3fa0faf2e36: \"số vụ tai nạn lao động chết người là 345 vụ\" (345, not 445). g.sh 'tai nạn lao động.{0,80}(445|345|353)' -> only 156."),
    # ---------------- 163 ----------------
    ("163_bfaf6270108f", "supported",
     "Gần 3,2 nghìn doanh nghiệp trên địa bàn Hà Nội đã báo cáo Sở Nội vụ phương án thưởng Tết Nguyên đán Bính Ngọ.",
     "163_bfaf6270108f: \"Sở Nội vụ Hà Nội cho biết gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết\" (Tết Nguyên đán Bính Ngọ)."),
    # ---------------- 207 ----------------
    ("207_36069bd162d7", "supported",
     "Dịp phát động Tháng Công nhân năm 2023, LĐLĐ thành phố Hội An trích kinh phí hoạt động thường xuyên để trao tám mươi suất quà cho đoàn viên, CNVCLĐ khó khăn.",
     "207_36069bd162d7: \"LĐLĐ TP.Hội An trích nguồn kinh phí hoạt động thường xuyên để trao 80 suất quà cho đoàn viên, công nhân viên chức - lao động có hoàn cảnh khó khăn, mỗi suất 500 nghìn đồng\" (lễ phát động Tháng công nhân năm 2023)."),
    ("207_36069bd162d7", "not_found",
     "Trong Tháng Công nhân năm 2024, Liên đoàn Lao động TP. Hội An đã trao 100 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "Another year. g.sh 'Hội An.{0,120}(suất quà|mái ấm)' -> 207 (Tháng công nhân 2023: 80 suất, CHIA 40 suất) and 642_ac0065628b07 (TP.Hội An 50 suất quà for trẻ em, Tháng hành động vì trẻ em): nothing for Tháng Công nhân 2024."),
    # ---------------- 218 ----------------
    ("218_e908280305f2", "not_found",
     "Năm học 2019-2020, Công đoàn ngành Giáo dục do ông Nguyễn Ngọc Huyền làm Chủ tịch đã tuyên dương, khen thưởng 120 tập thể xuất sắc.",
     "218_e908280305f2 only announces the 2019-2020 thi đua plan in \"hai đợt\" and says units will \"tuyên dương, khen thưởng các tập thể, cá nhân xuất sắc\" with no count. g.sh 'ngành Giáo dục.{0,150}(tập thể|khen thưởng)' -> 333_b974af218aab (Hà Nội 2022, no 120)."),
    # ---------------- 222 ----------------
    ("222_aeef1b06b8dc", "not_found",
     "Công đoàn ngành Y tế Hà Nội đã biểu dương 83 gia đình tiêu biểu năm 2019.",
     "222_aeef1b06b8dc only has a related-headline teaser \"Biểu dương 83 gia đình tiêu biểu ngành Y tế Thủ đô năm 2018\" (another year, and a teaser, not body). g.sh '83 gia đình|gia đình tiêu biểu ngành Y tế|Y tế Thủ đô năm 2019' -> only that teaser."),
    # ---------------- 276 ----------------
    ("276_3626d595b296", "supported",
     "Chợ tết Công đoàn - Xuân 2026 do LĐLĐ TP Hà Nội tổ chức tại Cung Văn hóa Lao động Hữu nghị Việt Xô có hơn 70 gian hàng.",
     "276_3626d595b296: \"Chợ tết dành cho công nhân lao động năm nay có hơn 70 gian hàng\"; 280_21f64ea8ecb1: \"Chương trình với quy mô 70 gian hàng\"."),
    ("276_3626d595b296", "differs",
     "Tại Chợ tết Công đoàn - Xuân 2026, Liên đoàn Lao động thành phố Hà Nội trao tặng 6.300 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "276_3626d595b296: \"Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng\"; 280_21f64ea8ecb1 same 3.600. g.sh '6\\.300 phiếu' -> no hit."),
    # ---------------- 300 ----------------
    ("300_c35bde72bae1", "not_found",
     "Hội nghị Ban Chấp hành Liên đoàn Lao động thành phố Hà Nội khóa XVI, kỳ họp thứ 5 (mở rộng) có khoảng 200 đại biểu tham dự.",
     "300_c35bde72bae1 names the chair and agenda but gives no attendance count. g.sh 'khóa XVI, kỳ họp (lần )?thứ (5|năm)' -> only 300 (no đại biểu count)."),
    # ---------------- 308 ----------------
    ("308_ea2272cbf98b", "not_found",
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025 - 2030 đã bầu Ban Chấp hành gồm 15 ủy viên.",
     "308_ea2272cbf98b gives no BCH size (only a teaser \"Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở\", another counted noun). g.sh 'Việt Hưng' -> 308, plus 125/166 (a company / a person named Việt Hưng)."),
    # ---------------- 404 ----------------
    ("404_1248682899d1", "not_found",
     "Lễ phát động Tháng Nhân đạo năm 2019 của Hội Chữ thập đỏ thành phố Hà Nội thu hút khoảng 1.500 hội viên, tình nguyện viên tham dự.",
     "Another edition. 404_1248682899d1 / 405_26391ad68e2d are the 2018 launch (gần/trên 1000 hội viên, tình nguyện viên); 406_e070ae5014f0 is the Trung ương Hội 2021 launch. g.sh 'Tháng Nhân đạo (năm )?2019' -> no hit."),
    # ---------------- 451 ----------------
    ("451_c6d73f9b5d4e", "supported",
     "Các cấp Công đoàn Thủ đô đã tuyên truyền, vận động 1650 chủ nhà trọ miễn, giảm tiền thuê cho người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451_c6d73f9b5d4e: \"đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ\"; 452_1672f5c17921 same 1.650."),
    ("451_c6d73f9b5d4e", "differs",
     "Từ ngày 27/4/2021 đến nay, LĐLĐ thành phố Hà Nội đã chi hơn 63 tỷ đồng để hỗ trợ đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "451_c6d73f9b5d4e: \"LĐLĐ Thành phố đã chi hơn 36 tỷ đồng để hỗ trợ cho 65.169 đoàn viên, người lao động\"; later report 452_1672f5c17921: \"LĐLĐ Thành phố chi trên 37, 697 tỷ\". g.sh '63 tỷ' -> no hit."),
    # ---------------- 527 ----------------
    ("527_0809e797015b", "differs",
     "Sau khi mô hình chính quyền địa phương 2 cấp đi vào hoạt động, Liên đoàn Lao động tỉnh Bắc Ninh hiện có 3.450 công đoàn cơ sở.",
     "527_0809e797015b: \"Liên đoàn Lao động tỉnh hiện có 2.450 tổ chức công đoàn cơ sở với gần 600.000 đoàn viên\" (2.450, not 3.450). g.sh '3\\.450' -> no hit; g.sh 'Bắc Ninh.{0,100}(đoàn viên|công đoàn cơ sở)' -> no other CĐCS count."),
    # ---------------- 532 ----------------
    ("532_8ca00e63249f", "not_found",
     "Hội nghị tuyên truyền ngày 28/01/2026 của Liên đoàn Lao động tỉnh Tuyên Quang dành cho cán bộ CĐCS phường Bình Thuận có 150 người tham dự.",
     "532_8ca00e63249f counts only \"2 nội dung\"; no attendance figure. g.sh 'Bình Thuận' -> other hits are the province Bình Thuận / companies, no attendance count for this hội nghị."),
    # ---------------- 544 ----------------
    ("544_73613f3ff3bd", "supported",
     "Dịp 8/3/2022, các cấp Hội phụ nữ quận Hà Đông từ quận tới cơ sở đã gắn biển 25 công trình.",
     "544_73613f3ff3bd: \"các cấp Hội phụ nữ từ quận tới cơ sở còn tổ chức gắn biển 25 công trình (xóa 10 điểm chân rác, khánh thành mới 02 sân chơi, ra mắt 13 vườn hoa...)\"."),
    # ---------------- 563 ----------------
    ("563_c39e3be4e916", "not_found",
     "Tại buổi đối thoại ở Đồng Nai sáng 30-4-2016, công nhân lao động đã gửi 120 câu hỏi tới Thủ tướng Nguyễn Xuân Phúc.",
     "563_c39e3be4e916 is a pre-event announcement (công nhân 8 tỉnh miền Đông Nam Bộ; 3.000 công nhân only in the title), no count of câu hỏi. g.sh 'đối thoại.{0,80}(công nhân|Thủ tướng).{0,80}(câu hỏi|ý kiến)' -> only the seed's Hà Nội dialogue with Chủ tịch UBND (600 + 26 ý kiến), another event."),
    # ---------------- 588 ----------------
    ("588_606ca33f8ac4", "differs",
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 đã hiệp thương bầu thay thế 12 Ủy viên Ủy ban MTTQ huyện khóa IX, nhiệm kỳ 2019 - 2024.",
     "588_606ca33f8ac4: \"Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024\" (9, not 12). g.sh '(09|9|12|mười hai) Ủy viên' -> 588 (09) and 174 (Tổng LĐLĐ, khuyết 9 ủy viên, another body)."),
    # ---------------- 666 ----------------
    ("666_958a474dc296", "differs",
     "Năm 2021, các cấp công đoàn của Liên đoàn Lao động tỉnh đã thành lập mới 46 công đoàn cơ sở.",
     "666_958a474dc296: \"phát triển mới 8.865 đoàn viên ..., thành lập mới 26 công đoàn cơ sở (đạt 120%)\" (26, not 46). g.sh '(46|26) công đoàn cơ sở' -> only 666."),
    # ---------------- 681 ----------------
    ("681_4a0a266e2954", "supported",
     "Với chương trình “Tết Nhân ái” Bính Ngọ 2026, Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ khoảng 60,7 nghìn suất quà Tết cho hộ nghèo, người khó khăn.",
     "681_4a0a266e2954: \"Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình \"Tết Nhân ái\" với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết cho các hộ nghèo, cận nghèo...\"."),
    # ---------------- 691 ----------------
    ("691_396a6e5ab481", "differs",
     "Theo kết quả rà soát hộ nghèo năm 2021 được nêu tại lễ phát động Tháng cao điểm “Vì người nghèo” của Ủy ban MTTQ tỉnh, tỷ lệ hộ nghèo của tỉnh là 6,93%.",
     "691_396a6e5ab481: \"tỉnh hiện có 16.006 hộ nghèo, chiếm tỷ tỷ lệ 4,93%\" (4,93%, not 6,93%). g.sh '6,93|4,93' -> only 691."),
    # ---------------- 706 ----------------
    ("706_3b59f272cb92", "supported",
     "Đại hội Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 đặt chỉ tiêu bồi dưỡng, giới thiệu 4 nghìn đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "706_3b59f272cb92: \"Phấn đấu bồi dưỡng, giới thiệu 4.000 đoàn viên ưu tú để Đảng bồi dưỡng kết nạp\" (Đại hội Công đoàn Viên chức Tp khóa III, 2017-2022)."),
    # ---------------- 763 ----------------
    ("763_1f58c3035f15", "differs",
     "Từ khi phát động đến nay, toàn tỉnh đã trao 293 ngôi nhà “Mái ấm Công đoàn” cho đoàn viên gặp khó khăn về nhà ở.",
     "763_1f58c3035f15: \"Từ khi phát động đến nay, toàn tỉnh đã có 392 ngôi nhà “Mái ấm Công đoàn” được trao\" (392, not 293). g.sh '(293|392) (ngôi nhà|nhà|căn)' -> only 763 (392)."),
    # ---------------- 765 ----------------
    ("765_7c01839cdb34", "differs",
     "Năm 2020, các Công đoàn cơ sở ở Gia Lai đã chăm lo đoàn viên, người lao động dịp lễ, Tết và đại dịch Covid-19 với tổng số quà, hiện vật và tiền trị giá khoảng 5 tỷ đồng.",
     "765_7c01839cdb34: \"Nhiều Công đoàn cơ sở đã tích cực chăm lo lợi ích thiết thực cho đoàn viên, người lao động nhân dịp lễ, Tết, đại dịch Covid-19 vừa qua với tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng\" (gần 3 tỷ, not ~5 tỷ)."),
    # ---------------- 771 ----------------
    ("771_462f2b2f6129", "not_found",
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 có 24 đội tham gia.",
     "771_462f2b2f6129 only says LĐLĐ tỉnh will co-organise \"Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024\", no team count (its numbers are 95 năm). g.sh 'Nam Định.{0,150}(bóng đá|đội)|bóng đá nam.{0,100}(đội|Nam Định)' -> only 336 (another district Hội khỏe, no count)."),
    # ---------------- 829 ----------------
    ("829_5c8b05de4877", "supported",
     "Tại Lễ ra quân Chiến dịch “Hành quân xanh” năm 2024, Tỉnh Đoàn Long An đã trao 150 suất quà cho học sinh có hoàn cảnh khó khăn.",
     "829_5c8b05de4877: \"Ban Thường vụ Tỉnh Đoàn, Ban Chỉ huy chiến dịch đã vận động các nguồn lực trao tặng ... 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng\"."),
    # ---------------- 883 ----------------
    ("883_e2578b7cc3b9", "not_found",
     "Đồng chí Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận với 96% số phiếu tán thành.",
     "883_e2578b7cc3b9 reports the election with no vote share. g.sh 'Đống Đa.{0,100}(phiếu|%)|Võ Nguyên Phong' -> only 883 title/body, no percentage."),
    # ---------------- 889 ----------------
    ("889_093a5732a7fa", "supported",
     "Huyện ủy Đô Lương đã quyết định luân chuyển bảy cán bộ tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889_093a5732a7fa: \"Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ\" (lễ công bố tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn)."),
]


def guillemets(text):
    """Turn straight double quotes into alternating « » so the TSV needs no CSV quoting."""
    out, open_ = [], True
    for ch in text:
        if ch == '"':
            out.append("«" if open_ else "»")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        why = guillemets(why)
        for x in (page_id, verdict, claim, why):
            assert "\t" not in x and "\n" not in x and '"' not in x, x
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), len(per_page), "pages")


if __name__ == "__main__":
    main()
