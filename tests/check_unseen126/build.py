#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`.

Only csv + unicodedata. Each claim states ONE counted figure.
verdict: supported / differs / not_found.
"""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------------------------------------------------------- 005
    ("005_dbc959940fb5", "not_found",
     "Trong năm 2025, LĐLĐ quận Long Biên đặt mục tiêu kết nạp 1.500 đoàn viên công đoàn mới.",
     "005_dbc959940fb5 only lists anniversaries (95 năm, 80 năm, 50 năm, 135 năm) and themes; it counts no "
     "đoàn viên target. g.sh 'Long Biên' -> corpus 000/002/003 (Marie Curie 127 đoàn viên, 20 năm thành lập), "
     "059 (gần 1.500 bộ áo dài từ 95 CĐCS, 2023), 057 (gần 500 CNLĐ xe nghĩa tình) - none is a 2025 target of "
     "new members; g.sh 'đoàn viên mới' | grep 'long biên' -> nothing; g.sh '1.500 đoàn viên' -> nothing. "
     "Trap: 059 has 'gần 1.500' but of áo dài (another noun, 2023)."),
    # ---------------------------------------------------------------- 023
    ("023_e0590f1ed7e4", "supported",
     "Tính đến cuối tháng 4/2023, đại hội các công đoàn cơ sở thuộc Công đoàn ngành Nông nghiệp và PTNT Hà Nội đã bầu ra tổng cộng 211 ủy viên ban chấp hành nhiệm kỳ 2023-2028.",
     "023_e0590f1ed7e4: 'tính đến ngày 26/4/2023, Công đoàn ngành đã chỉ đạo 30/30 Công đoàn cơ sở tổ chức "
     "thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028 ...; bầu ra 211 Ủy viên Ban Chấp hành'. Figure = 211."),
    ("023_e0590f1ed7e4", "differs",
     "Các công đoàn cơ sở ngành NN&PTNT Hà Nội đã bầu 150 đại biểu đi dự Đại hội Công đoàn ngành lần thứ VI.",
     "023_e0590f1ed7e4: 'bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI'. "
     "Claim 150 vs 128. g.sh '150 đại biểu' -> nothing; other NN&PTNT Hà Nội pages (204 lần thứ V, 254, 1061) give "
     "no delegate count for lần thứ VI."),
    # ---------------------------------------------------------------- 079
    ("079_e6ebd6fda2ad", "differs",
     "Đại hội Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I đã công bố chỉ định 25 người vào Ban Chấp hành Đảng bộ nhiệm kỳ 2025-2030.",
     "079_e6ebd6fda2ad: 'Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người, "
     "còn khuyết 8-12 người'. Claim 25 vs 21 (and outside 29-33 planned size). g.sh 'chỉ định 2[0-9] người|25 người' "
     "-> only 079 (21) and 770 (25 người ứng cử ĐBQH Tây Ninh, other thing); 342 (same congress) gives no count."),
    # ---------------------------------------------------------------- 1027
    ("1027_8765180e6738", "differs",
     "Riêng trong tháng 2/2025, Trung tâm Dịch vụ việc làm Hà Nội ghi nhận khoảng 45 nghìn chỉ tiêu tuyển dụng.",
     "1027_8765180e6738: 'Riêng trong tháng 2/2025, Trung tâm ghi nhận gần 29.000 chỉ tiêu tuyển dụng.' "
     "Claim ~45 nghìn vs gần 29.000. g.sh '45.000|45 nghìn' -> 098 (45.000 lao động vay vốn NHCSXH), 668 "
     "(45.000.000 đồng) - other things; g.sh 'chỉ tiêu tuyển dụng' -> only 1027."),
    ("1027_8765180e6738", "supported",
     "Khoảng 36% nhu cầu tuyển dụng ở Hà Nội đầu năm 2025 dành cho nhóm lao động phổ thông.",
     "1027_8765180e6738: 'Đáng chú ý, khoảng 36% nhu cầu tuyển dụng thuộc về nhóm lao động phổ thông'."),
    # ---------------------------------------------------------------- 1046
    ("1046_abc17e7bde88", "supported",
     "Hơn 2,3 nghìn lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam đã dự cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021.",
     "1046_abc17e7bde88: 'Cuộc thi trực tuyến tìm hiểu pháp luật trên congdoanvietnam.org, đã có trên 2.300 lượt "
     "cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi'. hơn 2,3 nghìn ~ trên 2.300."),
    ("1046_abc17e7bde88", "not_found",
     "Cuộc thi viết Mini trên nhóm Đồng nghiệp EVN hồi tháng 5/2021 có 15 cá nhân đạt giải.",
     "1046_abc17e7bde88 counts prizes only for the bầu cử law quiz: '01 cá nhân đạt giải Nhất, 02 ... Nhì, 03 ... Ba "
     "và 05 ... Khuyến khích' (=11) - another contest. The Mini writing contest on 'NHÓM ĐỒNG NGHIỆP EVN' is only "
     "named with dates (15-29/5/2021), no winners counted. g.sh 'Nhóm Đồng nghiệp|thi viết Mini' -> only 1046; "
     "g.sh '15 cá nhân' -> 118/502/1065 (khen thưởng, other events)."),
    # ---------------------------------------------------------------- 1048
    ("1048_5670fd29d818", "supported",
     "Sau khi thành lập, LĐLĐ thành phố Thủ Đức (TPHCM) sẽ trực tiếp quản lý gần 1.800 công đoàn cơ sở.",
     "1048_5670fd29d818: 'LĐLĐ Thành phố Thủ Đức sẽ quản lý trực tiếp và toàn diện 1.789 CĐCS'. gần 1.800 ~ 1.789."),
    ("1048_5670fd29d818", "differs",
     "Theo đề án, Ban Chấp hành Liên đoàn Lao động TP Thủ Đức sẽ gồm 45 người.",
     "1048_5670fd29d818: 'Ban chấp hành của LĐLĐ Thành phố Thủ Đức sẽ có 53 người (dự kiến 17 Ủy viên ban thường vụ)'. "
     "Claim 45 vs 53. g.sh '45 người|45 ủy viên|45 đồng chí' -> only 608 (sơ cứu cho 45 người)."),
    # ---------------------------------------------------------------- 107
    ("107_cd50bca97726", "differs",
     "Tại Chợ Tết Công đoàn năm 2026, LĐLĐ thành phố Hà Nội dự kiến trao hơn 8 nghìn suất quà 0 đồng cho đoàn viên, người lao động.",
     "107_cd50bca97726: 'Dự kiến sẽ có hơn 6.000 suất quà “0” đồng ... tại “Chợ Tết Công đoàn năm 2026”'. "
     "Claim hơn 8 nghìn vs hơn 6.000. g.sh '8.000 suất|8 nghìn suất' -> 608 only ('8 nghìn suất quà Tết Nhân ái "
     "Xuân Giáp Thìn', Hội CTĐ, other occasion). Other 2026 Chợ Tết pages: 276/280 give 3.600 suất quà at Việt Xô "
     "only (a part, not 8.000); 504 gives 50 gian hàng."),
    # ---------------------------------------------------------------- 1081
    ("1081_35c690f5dbdd", "differs",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức có mười lăm đội tham gia.",
     "1081_35c690f5dbdd: 'Có 19 đội tham gia hội thi gồm: ...' and 'tặng hoa và cờ lưu niệm cho 19 đội thi'. "
     "Claim mười lăm (15) vs 19. g.sh '15 đội|mười lăm đội' -> nothing."),
    ("1081_35c690f5dbdd", "not_found",
     "Ban tổ chức Hội thi An toàn vệ sinh viên giỏi Khánh Hòa năm 2024 đã trao 12 giải cho các đội thi.",
     "1081_35c690f5dbdd counts 19 đội, 3 phần thi, 5 phút - no prizes/giải. g.sh 'Khánh Ho' -> 743 (Đại hội CĐ "
     "Khánh Hòa 2018), 886, corpus 001 - none counts giải of this contest; g.sh '12 giải' -> nothing; other ATVSV "
     "contests (141 Hà Nội 2020, 1101 Huế 2018) are other provinces/years."),
    # ---------------------------------------------------------------- 1129
    ("1129_6f068af9295a", "supported",
     "Trong Tháng Công nhân 2016, Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi hai mươi tư người lao động có hoàn cảnh khó khăn.",
     "1129_6f068af9295a: 'Ban Thường vụ Công đoàn EVN NPC đã trực tiếp thăm hỏi 24 cá nhân CNCV lao động tại Công "
     "ty Điện lực Cao Bằng, Thái Nguyên, Lào Cai, Hòa Bình, Thanh Hóa'; 'Tháng công nhân năm 2016'."),
    ("1129_6f068af9295a", "differs",
     "Trong Tháng Công nhân 2016, mỗi đơn vị điện lực được Công đoàn EVN NPC đến thăm nhận một suất quà trị giá 3 triệu đồng.",
     "1129_6f068af9295a: 'đến thăm và tặng quà cho 6 đơn vị ..., mỗi suất quà trị giá 5.000.000 đồng/đơn vị'. "
     "Claim 3 triệu vs 5.000.000 đồng (the per-person visit is 1.000.000 đồng/người, also not 3 triệu). "
     "g.sh 'EVN NPC' -> only 1129."),
    # ---------------------------------------------------------------- 148
    ("148_8ca3abe46cd0", "not_found",
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ tỉnh Tiền Giang lần thứ 23 năm 2023 có 25 đội dự thi.",
     "148_8ca3abe46cd0 names the contest ('Hội thi ... lần thứ 23') and counts only ordinal years (năm thứ 12, "
     "năm thứ 7) - no teams. g.sh 'Tiền Giang' -> 1082 (Hội thi lần thứ 20, 2020: 600 CNVCLĐ, 11 huyện - other "
     "edition), 457, 1004, 1089 (other things). g.sh '25 đội' -> nothing."),
    # ---------------------------------------------------------------- 244
    ("244_3f16c38c7f90", "differs",
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 63 đoàn viên.",
     "244_3f16c38c7f90: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.' Claim 63 vs 83. "
     "g.sh '63 đoàn viên' -> nothing; g.sh 'Dân Đảng|Dân - Đảng' -> 272 (Phúc Thọ), 1022 (Phùng) - other districts."),
    # ---------------------------------------------------------------- 249
    ("249_437a7359948a", "not_found",
     "84 Công đoàn xã, phường vừa được LĐLĐ thành phố Hà Nội thành lập có tổng cộng hơn 40.000 đoàn viên.",
     "249_437a7359948a counts the 84 Công đoàn xã, phường but not their members; the only member figure is the "
     "related-article teaser 'Thành lập 34 Công đoàn cơ sở với hơn 2.100 đoàn viên' (another event). "
     "g.sh 'Công đoàn xã, phường' -> 095, 308 (no member totals); g.sh '40.000 đoàn viên|40 nghìn đoàn viên' -> nothing."),
    # ---------------------------------------------------------------- 262
    ("262_7b5b3b51657d", "supported",
     "Chợ Tết Công đoàn năm 2023 do Liên đoàn Lao động TP Hà Nội tổ chức có 48 doanh nghiệp tham gia.",
     "262_7b5b3b51657d: 'Liên đoàn Lao động Thành phố Hà Nội tổ chức Chương trình “Chợ Tết Công đoàn năm 2023” với "
     "sự tham gia của 48 doanh nghiệp với 72 gian hàng'."),
    ("262_7b5b3b51657d", "differs",
     "Tại Chợ Tết Công đoàn 2023 ở Hà Nội, khoảng 7500 đoàn viên, người lao động đã được nhận phiếu mua hàng.",
     "262_7b5b3b51657d: 'Cũng tại Chương trình “Chợ Tết Công đoàn năm 2023”, 5.500 đoàn viên, người lao động ... "
     "được nhận Phiếu mua hàng giảm giá và Phiếu mua hàng 0 đồng'. Claim 7500 vs 5.500. g.sh '7500|7 500|7,5 nghìn|"
     "7.500' -> nothing; 795 says per programme nationally '2.000 - 5.000 người lao động' (not 7.500)."),
    # ---------------------------------------------------------------- 367
    ("367_4bc61b64462e", "supported",
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ Hà Nội khóa XVII tín nhiệm bầu làm Bí thư Thành ủy nhiệm kỳ 2020-2025 với tỷ lệ phiếu 100%.",
     "367_4bc61b64462e: 'ông Vương Đình Huệ ... được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, "
     "nhiệm kỳ 2020 – 2025 với tỷ lệ 100%'. (365 agrees: 'với số phiếu tuyệt đối')."),
    # ---------------------------------------------------------------- 391
    ("391_011bec396bed", "not_found",
     "Tại lễ ra quân Tháng Thanh niên 2024 ở Công viên Mễ Trì, Đoàn Thanh niên TP Hà Nội đã trồng 1.000 cây xanh.",
     "391_011bec396bed: 'triển khai hoạt động trồng cây xanh trong khuôn viên Công viên Mễ Trì' - trees not counted "
     "(only 'hai công trình Sân chơi thiếu nhi', '4 nhóm hoạt động'). g.sh 'cây xanh' -> 777 ('1.000 cây xanh' = "
     "target of an unnamed Tỉnh đoàn's Tháng Thanh niên 2024, another province), 790 (Ea H'leo hè 2020), 547, 550, "
     "644 - none is Hà Nội/Mễ Trì. Trap: same value, same year, other province."),
    # ---------------------------------------------------------------- 399
    ("399_3e8e3ba51bc4", "supported",
     "Phiên chính thức Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025, có 268 đại biểu tham dự.",
     "399_3e8e3ba51bc4: 'Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025 đã diễn ra phiên "
     "chính thức với sự tham dự của 268 đại biểu'."),
    ("399_3e8e3ba51bc4", "not_found",
     "Đảng bộ quận Ba Đình hiện có khoảng 20.000 đảng viên.",
     "399_3e8e3ba51bc4 counts 268 đại biểu and '1 trong 3 Đảng bộ' - not đảng viên. g.sh 'Ba Đình.{0,80}đảng viên|"
     "đảng viên.{0,80}Ba Đình' -> nothing; g.sh '20.000 đảng viên' -> nothing (348 Sóc Sơn 14.490, 400 Gia Lâm "
     "gần 11.000 - other districts)."),
    # ---------------------------------------------------------------- 460
    ("460_646d252805d4", "supported",
     "Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ Hà Nội đã trao hơn 145 nghìn suất quà cho các gia đình khó khăn.",
     "460_646d252805d4: 'Trong 5 tháng đầu năm 2022 ... Các cấp Hội từ thành phố tới cơ sở đã trao tặng hơn 145.000 "
     "suất quà cho gia đình gặp khó khăn'."),
    ("460_646d252805d4", "differs",
     "Tổng trị giá các hoạt động của Hội Chữ thập đỏ TP Hà Nội trong 5 tháng đầu năm 2022 đạt hơn 140 tỷ đồng.",
     "460_646d252805d4: 'Trong 5 tháng đầu năm 2022, tổng trị giá các hoạt động của Hội Chữ thập đỏ thành phố Hà Nội "
     "đạt hơn 114 tỷ đồng.' Claim hơn 140 tỷ vs hơn 114 tỷ. g.sh '140 tỷ' -> nothing."),
    # ---------------------------------------------------------------- 578
    ("578_5debbd11f60b", "supported",
     "Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX, nhiệm kỳ 2023-2028, có 289 đại biểu chính thức.",
     "578_5debbd11f60b: 'Đại hội Công đoàn tỉnh Hưng Yên lần thứ XIX ... và 289 đại biểu chính thức đại diện cho "
     "gần 200 nghìn cán bộ, đoàn viên'."),
    ("578_5debbd11f60b", "differs",
     "Trong ngày làm việc thứ nhất, Đại hội Công đoàn Hưng Yên lần thứ XIX đã bầu Đoàn Chủ tịch gồm 11 đồng chí.",
     "578_5debbd11f60b: 'bầu Đoàn Chủ tịch Đại hội gồm 9 đồng chí, bầu Đoàn thư ký gồm 2 đồng chí và bầu Ban thẩm "
     "tra tư cách đại biểu gồm 7 đồng chí'. Claim 11 vs 9. g.sh 'Đoàn Chủ tịch (Đại hội )?gồm' -> 593 (11 đồng chí, "
     "Đại hội Phụ nữ Hà Nội XVI - another congress), 101 (22), 713 (17)."),
    # ---------------------------------------------------------------- 626
    ("626_087eb7ff5a87", "differs",
     "Mỗi phần quà Tết lãnh đạo TP.HCM trao cho công nhân lao động ở quận Tân Phú trị giá 1,8 triệu đồng, gồm quà và tiền mặt.",
     "626_087eb7ff5a87: 'lãnh đạo TP đã trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng (bao gồm quà "
     "và tiền mặt)'. Claim 1,8 vs 1,3 triệu. g.sh '1,8 triệu|1.800.000' -> 161 only (1,8 triệu lượt, other thing); "
     "g.sh 'Tân Phú' -> no other Tân Phú gift value."),
    # ---------------------------------------------------------------- 742
    ("742_c62ad0872e2b", "supported",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030, đại diện cho hơn 216 nghìn đoàn viên trên địa bàn.",
     "742_c62ad0872e2b: 'Đại hội diễn ra trong 2 ngày, 12 và 13-12, với sự tham gia của 300 đại biểu chính thức đại "
     "diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng.' (571 same)."),
    ("742_c62ad0872e2b", "differs",
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I khai mạc chiều 12/12 với sự tham gia của bốn trăm đại biểu chính thức.",
     "742_c62ad0872e2b: 'với sự tham gia của 300 đại biểu chính thức'; 571: '300 đại biểu chính thức'. Claim 400 "
     "vs 300. g.sh '400 đại biểu|bốn trăm đại biểu' -> 529 (400 đại biểu chính thức of another congress), 815 "
     "(gần 400, Bộ Tư pháp) - not Đà Nẵng; 741 (Đà Nẵng lần thứ XVII, 2023) has 345 - other edition."),
    # ---------------------------------------------------------------- 782
    ("782_d74cc27f8aa4", "not_found",
     "Tỉnh Đoàn Yên Bái huy động hơn 20.000 đoàn viên, thanh niên tham gia Chiến dịch tình nguyện Hè năm 2024.",
     "782_d74cc27f8aa4 counts '1 chương trình, 4 chiến dịch trọng tâm', '3 ngày hoạt động cao điểm tại 100% cơ sở "
     "Đoàn' - no participants. g.sh 'Yên Bái' -> 472, 670, 707 (LĐLĐ/other topics). g.sh '20.000 đoàn viên' -> 038 "
     "(hỗ trợ 20.000 đoàn viên, người lao động), 237 (trên 20.000 đoàn viên Công đoàn) - other things."),
    # ---------------------------------------------------------------- 790
    ("790_5a5357f6647f", "supported",
     "Trong chương trình Tiếp sức mùa thi hè 2020, Huyện Đoàn Ea H'leo đã trao 450 suất cơm miễn phí.",
     "790_5a5357f6647f: 'Trong chương trình “Tiếp sức mùa thi” đã trao 450 suất cơm, 1.200 hộp sữa, 600 chai nước, "
     "1.650 khẩu trang, 600 áo mưa miễn phí'."),
    ("790_5a5357f6647f", "differs",
     "Chiến dịch Thanh niên tình nguyện hè 2020 ở huyện Ea H’leo đã thu hút hơn 6.000 lượt đoàn viên, thanh niên tham gia.",
     "790_5a5357f6647f: 'Chiến dịch Thanh niên tình nguyện hè năm 2020 thu hút hơn 4.500 lượt đoàn viên, thanh niên "
     "tham gia'. Claim hơn 6.000 vs hơn 4.500. g.sh '6.000 lượt|6000 lượt' -> nothing; 'Ea H' -> only 790."),
    # ---------------------------------------------------------------- 808
    # (no claim: page kept in reserve)
    # ---------------------------------------------------------------- 824
    ("824_7a712711c760", "not_found",
     "Khoảng 500 cán bộ, công nhân Tập đoàn Xây dựng Hòa Bình đã dự lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2022 do LĐLĐ quận 3 tổ chức.",
     "824_7a712711c760 carries no participant count (only dates 9-5-2022, 'Lô 1-17'). g.sh 'quận 3' -> 545 (Hội "
     "Phụ nữ Quận 3, other org); g.sh 'Hòa Bình' -> no Tập đoàn Hòa Bình count; g.sh '500 công nhân' -> 057 (gần 500 "
     "CNLĐ Long Biên, Tết), corpus 003 (56.500) - other things."),
    # ---------------------------------------------------------------- 830
    ("830_c3fa9aa955b8", "differs",
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút 50 000 chiến sĩ tham gia.",
     "830_c3fa9aa955b8: 'Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu "
     "hút 35.000 chiến sĩ tham gia'. Claim 50 000 vs 35.000. g.sh '50.000 chiến sĩ|50 000|50.000 thanh niên' -> "
     "nothing; other editions: 1013 (Xuân tình nguyện 2026, gần 70.000), 495 (lần thứ 18 - 2026, hơn 4.000 at lễ ra quân)."),
    # ---------------------------------------------------------------- 921
    ("921_752a72eb5126", "supported",
     "Chương trình “Đêm hội trăng rằm” của Công đoàn Khu Kinh tế tỉnh Tây Ninh tại xã Phước Đông đã tặng quà cho 110 thiếu nhi là con công nhân khó khăn.",
     "921_752a72eb5126: 'tại UBND xã Phước Đông (huyện Gò Dầu), Công đoàn Khu Kinh tế tỉnh tổ chức chương trình "
     "“Đêm hội trăng rằm” tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn' (BTNO = Báo Tây "
     "Ninh; 1146 names 'Công đoàn Khu Kinh tế tỉnh Tây Ninh')."),
    ("921_752a72eb5126", "differs",
     "Mỗi phần quà Trung thu năm 2021 mà Công đoàn Khu Kinh tế tỉnh Tây Ninh trao cho con công nhân Khu công nghiệp Phước Đông trị giá 250.000 đồng.",
     "921_752a72eb5126: 'Công đoàn Khu Kinh tế trao 110 phần quà gồm: bánh, kẹo, lòng đèn... mỗi phần trị giá "
     "120.000 đồng.' Claim 250.000 vs 120.000. g.sh '250.000 đồng|250 nghìn đồng' -> nothing relevant (793: "
     "161.250.000 đồng substring)."),
    # ---------------------------------------------------------------- 965
    ("965_f94f0c950eb5", "not_found",
     "Đại hội Công đoàn tỉnh Tuyên Quang lần thứ XVII, nhiệm kỳ 2023-2028, triệu tập 250 đại biểu chính thức.",
     "965_f94f0c950eb5 counts only '2 ngày (28 và 29/9/2023)' and 'Tổ số 02' - no delegates. g.sh 'Tuyên Quang' -> "
     "532 (Đại hội lần thứ I, 2025-2030, no delegate count), 727. g.sh '250 đại biểu' -> 1210 (Đại hội Công đoàn "
     "Y tế Việt Nam XIV - other congress)."),
    # ---------------------------------------------------------------- 1171
    ("1171_e3a5bb5bbced", "not_found",
     "LĐLĐ quận 6, TP HCM đã tặng 150 chiếc lồng đèn cho thiếu nhi tại chương trình “Đêm hội trăng rằm” năm 2024.",
     "1171_e3a5bb5bbced counts children ('hơn 100 thiếu nhi' quận 6, 'gần 100 thiếu nhi' Gò Vấp), income (2-3 triệu, "
     "5-6 triệu), a 9-year-old - lanterns are given ('được tặng lồng đèn') but not counted. g.sh 'lồng đèn' -> 1001 "
     "(180 phần quà bánh trung thu, lồng đèn - another province), 921 (lòng đèn in 110 phần quà, Tây Ninh). "
     "g.sh '150 (chiếc )?lồng đèn' -> nothing."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen126/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    print(len(rows), dict(c), "pages:", len(pages), "max/page:", max(pages.values()))


if __name__ == "__main__":
    main()
