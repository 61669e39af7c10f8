#!/usr/bin/env python3
"""Blind claim set for `ldtd check` (unseen24). Plain Python: csv + unicodedata only.

Each claim: (page_id, verdict, claim, why). Writes claims.tsv (NFC, sorted by page_id).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------------------------------------------------------- 057 Long Biên Tết xe
    ("057_78c9b6628d41", S,
     "Ngày làm việc cuối cùng của năm Đinh Dậu, gần năm trăm công nhân lao động quận Long Biên đã lên các chuyến xe nghĩa tình do Liên đoàn Lao động quận bố trí để về quê ăn Tết.",
     "057: 'gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên ... các “chuyến xe nghĩa tình” chất lượng cao do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết'"),
    ("057_78c9b6628d41", D,
     "Chị Trần Thị Khanh, công nhân Tổng Công ty May Đức Giang về quê trên chuyến xe nghĩa tình của LĐLĐ quận Long Biên, đã mất chồng trong một vụ tai nạn giao thông cách đây 9 năm.",
     "057: 'chồng Khanh đã mất 4 năm nay trong vụ tai nạn giao thông' (4 vs 9). g.sh '9 năm|chín năm': no hit about Khanh."),
    ("057_78c9b6628d41", N,
     "Dịp Tết Mậu Tuất 2018, LĐLĐ quận Long Biên đã bố trí 15 chuyến xe nghĩa tình đưa công nhân về quê.",
     "g.sh 'chuyến xe' and 'Long Biên.{0,80}(về quê|đón Tết)': 057 says 'các chuyến xe nghĩa tình' with no number of buses (only ~500 workers); 243 has only a teaser headline; other bus counts are other organisations/years (267: 26 chuyến, Công đoàn Hà Nội Tết 2026; 828: 39 Chuyến xe Công đoàn, Bình Dương 2025; 786 teaser '755 chuyến xe', not Long Biên)."),
    # ---------------------------------------------------------------- 083 Công đoàn VN 90 năm
    ("083_310dcb0ef093", S,
     "Tới dịp kỷ niệm 90 năm thành lập Công đoàn Việt Nam năm 2019, tổ chức công đoàn cả nước có gần 10,5 triệu đoàn viên.",
     "083: 'tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (lễ kỷ niệm 90 năm, 28.7.2019)."),
    ("083_310dcb0ef093", D,
     "Trong 90 năm xây dựng và phát triển, Công đoàn Việt Nam đã trải qua 15 kỳ đại hội.",
     "083: '90 năm xây dựng và phát triển, trải qua 12 kỳ đại hội' (12 vs 15). g.sh 'kỳ đại hội' / '15 kỳ': no '15 kỳ đại hội' anywhere (other hits: LĐLĐ Hoàng Mai 4 kỳ, Đảng bộ Sóc Sơn 11 kỳ, Thành đoàn 16 kỳ)."),
    # ---------------------------------------------------------------- 088 bầu bổ sung BCH TLĐ
    ("088_0a1be225e5a4", D,
     "Hội nghị kiện toàn Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XII đã bầu bổ sung 7 ủy viên Ban Chấp hành.",
     "088: 'Tại Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành Tổng Liên đoàn Lao động Việt Nam khoá XII' (4 vs 7). g.sh '(7|bảy) ủy viên|bầu bổ sung': no 7 for this BCH (7 ủy viên hits are a CĐ trường Marie Curie and UBKT Hà Trung)."),
    # ---------------------------------------------------------------- 116 HĐND Hà Nội khóa XV
    ("116_23da69714914", S,
     "Cử tri Thủ đô đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố Hà Nội khóa XV, nhiệm kỳ 2016-2021.",
     "116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021' (also 117)."),
    ("116_23da69714914", D,
     "Ông Nguyễn Đức Chung là người trúng cử đại biểu HĐND TP Hà Nội khóa XV với tỷ lệ phiếu bầu cao nhất, hơn 99%.",
     "116: 'Người trúng cử đại biểu HĐND TP với tỷ lệ phiếu bầu cao nhất là ông Nguyễn Đức Chung ... với tỷ lệ 95,18%' (95,18 vs >99). g.sh '9[78](,[0-9]+)? ?%|99(,[0-9]+)? ?%': only 97,87% for the 2021-2026 UBND/HĐND chairs (352, 581) - another term/person; no 99%."),
    ("116_23da69714914", D,
     "Tháng 6/2016, UBND TP Hà Nội gồm Chủ tịch Nguyễn Đức Chung và 8 Phó Chủ tịch.",
     "116: 'ông Nguyễn Đức Chung làm Chủ tịch và 6 Phó Chủ tịch' (also 117: '6 Phó Chủ tịch'). g.sh '8 Phó Chủ tịch|tám Phó Chủ tịch': no hit."),
    # ---------------------------------------------------------------- 246 Cụm thi đua Long Biên
    ("246_cb2766c7a822", S,
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên có hơn 30 đơn vị, doanh nghiệp tham gia.",
     "246: 'Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp' (hơn 30 ~ 32)."),
    ("246_cb2766c7a822", D,
     "Theo quyết định của LĐLĐ quận Long Biên, Cụm thi đua khối doanh nghiệp do Chủ tịch Công đoàn May 10 làm Cụm trưởng, cùng 4 Cụm phó.",
     "246: 'Cụm trưởng Cụm thi đua là bà Nguyễn Thị Đào - Chủ tịch Công đoàn Tổng Công ty May 10 - CTCP; 2 Cụm phó' (2 vs 4). g.sh '4 Cụm phó|bốn Cụm phó': no hit."),
    # ---------------------------------------------------------------- 296 Gia Lâm đại hội CĐCS
    ("296_cf67e2f30129", S,
     "Toàn bộ 100% công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     "296: 'Đến nay, 100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội Công đoàn nhiệm kỳ 2023 - 2028'."),
    ("296_cf67e2f30129", D,
     "LĐLĐ huyện Gia Lâm đã hoàn thành việc chỉ đạo đại hội công đoàn cơ sở nhiệm kỳ 2023-2028 sớm hơn kế hoạch 3 tháng.",
     "296: 'sớm hơn 1 tháng so với kế hoạch đặt ra' (1 vs 3 tháng). g.sh 'sớm hơn': only this hit."),
    ("296_cf67e2f30129", N,
     "Huyện Gia Lâm có 210 công đoàn cơ sở đã tiến hành đại hội nhiệm kỳ 2023-2028.",
     "g.sh 'công đoàn cơ sở.{0,40}(Gia Lâm)|Gia Lâm.{0,80}(công đoàn cơ sở|CĐCS)': 296 only gives '100%' and plan numbers (Kế hoạch số 19, 114), never how many CĐCS; no other page counts Gia Lâm CĐCS. Trap: 252 says LĐLĐ thị xã Sơn Tây manages '210 Công đoàn cơ sở' - another district."),
    # ---------------------------------------------------------------- 313 Tháng Công nhân 2022 HN
    ("313_1415405c4e17", S,
     "Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2022 của Hà Nội tại Khu công nghiệp Bắc Thăng Long dự kiến có khoảng một nghìn đại biểu tham dự.",
     "313: 'Lễ phát động ... năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long (huyện Đông Anh, Hà Nội), dự kiến có 1.000 đại biểu tham dự'."),
    ("313_1415405c4e17", N,
     "Trong Tháng hành động về ATVSLĐ năm 2022, TP Hà Nội dự kiến thanh tra, kiểm tra 300 doanh nghiệp.",
     "313 says only 'TP Hà Nội sẽ tăng cường tổ chức thanh tra, kiểm tra về công tác ATVSLĐ' with no number. g.sh 'thanh tra.{0,80}[0-9]+ (doanh nghiệp|cơ sở)': no hit anywhere."),
    # ---------------------------------------------------------------- 319 Công an HN cao điểm
    ("319_7f30ae237edf", S,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung.",
     "319: 'từ ngày 15/12/2025 đến ngày 16/3/2026, Công an TP Hà Nội giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể'."),
    ("319_7f30ae237edf", D,
     "Đợt cao điểm bảo vệ Đại hội XIV của Đảng và Tết Bính Ngọ, Công an Hà Nội đặt ra 15 nhóm chỉ tiêu cụ thể cho các đơn vị.",
     "319: '7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể' (10 vs 15). g.sh 'nhóm chỉ tiêu' / '15 nhóm': only 319 and 392 (5 nhóm chỉ tiêu, Thành đoàn)."),
    # ---------------------------------------------------------------- 240 Sở Xây dựng đại hội điểm
    ("240_7c06aa0151c5", S,
     "Công đoàn ngành Xây dựng Hà Nội đã chọn hai đơn vị tổ chức đại hội điểm công đoàn cơ sở, trong đó có Công đoàn cơ quan văn phòng Sở Xây dựng.",
     "240: 'Đây là đơn vị được Công đoàn Ngành xây dựng Hà Nội chọn là 1 trong 2 đơn vị tổ chức Đại hội điểm trong Ngành'."),
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII đã bầu Ban Chấp hành khóa mới gồm 9 ủy viên.",
     "240 mentions only 'Ban Chấp hành CĐCS nhiệm kỳ mới' with no size. g.sh '9 ủy viên|chín ủy viên': hits are TLĐ khóa XIII 'khuyết 9 ủy viên' (174) and MTTQ huyện '09 Ủy viên' (588), other bodies."),
    # ---------------------------------------------------------------- 881 Thủ Đức
    ("881_751c16ff3f06", S,
     "Tại kỳ họp đột xuất ngày 22/9, cả 33/33 đại biểu HĐND quận Thủ Đức đã bầu ông Trương Trung Kiên giữ chức Chủ tịch UBND quận.",
     "881: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận'."),
    # ---------------------------------------------------------------- 806 / 971 Thanh Hóa
    ("806_f8e0ca12c449", S,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm bốn lãnh đạo sở, ngành và đơn vị trực thuộc.",
     "806: 'đã ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh' (title: 'Bổ nhiệm 4 tân giám đốc sở, ngành')."),
    ("806_f8e0ca12c449", D,
     "Ngày 6/10/2025, tỉnh Thanh Hóa điều động, bổ nhiệm 7 lãnh đạo sở, ngành, trong đó có Giám đốc Sở Xây dựng và Sở Công Thương.",
     "806: 'điều động, bổ nhiệm 4 lãnh đạo sở, ngành' (4 vs 7); 971 lists the same four moves. g.sh '(7|bảy) lãnh đạo': no hit."),
    ("971_b72c9cbfbaaa", N,
     "Cùng đợt điều động cán bộ tháng 10/2025, Chủ tịch UBND tỉnh Thanh Hóa còn bổ nhiệm 5 phó giám đốc sở.",
     "971/806 only name four giám đốc/trưởng ban moves, no phó giám đốc. g.sh 'phó giám đốc sở': all hits are Hà Nội officials at other events."),
    # ---------------------------------------------------------------- 772 Lang Chánh
    ("772_119b66fd404b", S,
     "Tại lễ phát động phong trào thi đua giai đoạn 2021-2030, đại diện năm cụm thi đua thuộc LĐLĐ huyện Lang Chánh đã ký giao ước thi đua.",
     "772: 'Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua thực hiện PTTĐ ...'."),
    # ---------------------------------------------------------------- 724 Hải Phòng khối huyện
    ("724_1221291fc5c2", D,
     "Năm 2022, Khối thi đua Liên đoàn Lao động các huyện thuộc LĐLĐ thành phố Hải Phòng phấn đấu thực hiện 5 nhiệm vụ trọng tâm.",
     "724: 'Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động TP.Hải Phòng phấn đấu thực hiện 8 nhiệm vụ trọng tâm' (8 vs 5). g.sh '(5|năm) nhiệm vụ trọng tâm': no hit."),
    # ---------------------------------------------------------------- 747 Lâm Đồng
    ("747_dca021f900b9", D,
     "Nhiệm kỳ 2018-2023, Công đoàn tỉnh Lâm Đồng xác định năm khâu đột phá.",
     "747: 'Nhiệm kỳ 2018 - 2023, Công đoàn tỉnh Lâm Đồng xác định ba khâu đột phá' (3 vs 5). g.sh 'khâu đột phá': other hits are Công đoàn TP.HCM and MTTQ (3 khâu each), no 5."),
    # ---------------------------------------------------------------- 906 Hóc Môn Tháng Nhân đạo
    ("906_dcbd919b8f59", D,
     "Phát biểu tại lễ phát động Tháng Nhân đạo 2024, lãnh đạo huyện Hóc Môn cho biết sau 9 năm triển khai Tháng Nhân đạo, Hội Chữ thập đỏ huyện mỗi năm trợ giúp hàng trăm lượt người nghèo.",
     "906: 'Sau 6 năm triển khai và tổ chức Tháng Nhân đạo, hàng năm, các cấp Hội Chữ thập đỏ huyện đã trợ giúp hàng trăm lượt người nghèo' (6 vs 9). g.sh '9 năm|chín năm': no Tháng Nhân đạo hit (407 national also says 6 năm)."),
    # ---------------------------------------------------------------- 176 Công đoàn Thủ đô 2025
    ("176_48c827f6f4be", D,
     "Năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 3 đợt.",
     "176: 'năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua ... theo 2 đợt' (caption repeats 2 đợt). g.sh '3 đợt|ba đợt': only 256 (an other unit's 2019 plan)."),
    # ---------------------------------------------------------------- 181 Sóc Sơn
    ("181_e4c0aa4c078f", D,
     "Năm 2022, phong trào thi đua trong CNVCLĐ huyện Sóc Sơn được chia thành 4 đợt.",
     "181: 'Năm 2022, phong trào thi đua trong công nhân, viên chức, lao động (CNVCLĐ) huyện Sóc Sơn được tập trung thành 2 đợt' (2 vs 4). g.sh '4 đợt|bốn đợt': only 544 (4 đợt ra quân, Hội phụ nữ)."),
    # ---------------------------------------------------------------- 218 CĐ ngành Giáo dục năm học 2019-2020
    ("218_e908280305f2", S,
     "Các phong trào thi đua và các cuộc vận động năm học 2019-2020 của Công đoàn ngành Giáo dục được tổ chức thành hai đợt.",
     "218: 'Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt'."),
    ("218_e908280305f2", D,
     "Đợt thi đua thứ nhất năm học 2019-2020 của Công đoàn ngành Giáo dục gắn với kỷ niệm 35 năm Ngày Nhà giáo Việt Nam.",
     "218: 'đợt 1 từ tháng 9 đến hết học kỳ I với chủ đề kỷ niệm 37 năm Ngày Nhà giáo Việt Nam (20/11/1982-20/11/2019)' (37 vs 35). g.sh '35 năm Ngày Nhà giáo': no hit (065: 40 năm, 827: 43 năm are other years)."),
    # ---------------------------------------------------------------- 251 Sơn Tây
    ("251_4e75d2d2ed81", S,
     "Tối 10/11/2024, thị xã Sơn Tây long trọng tổ chức lễ kỷ niệm một trăm năm thành lập thị xã.",
     "251: 'Tối 10/11, Thị ủy, HĐND, UBND ... thị xã Sơn Tây long trọng tổ chức Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây (1924 - 2024)'."),
    ("251_4e75d2d2ed81", S,
     "Cùng dịp này, Sơn Tây kỷ niệm 555 năm danh xưng Sơn Tây (1469-2024).",
     "251: '... và 555 năm danh xưng Sơn Tây (1469 - 2024)'."),
    ("251_4e75d2d2ed81", D,
     "Năm 2024, thị xã Sơn Tây kỷ niệm 65 năm Giải phóng Sơn Tây.",
     "251: '70 năm Giải phóng Sơn Tây (1954 - 2024)' (70 vs 65). g.sh '65 năm': only Điện Biên Phủ/Giải phóng Thủ đô 2019 (256) and Huy hiệu Đảng (927)."),
    # ---------------------------------------------------------------- 327 báo LĐTĐ
    ("327_58b66c2a3f83", S,
     "Là cơ quan ngôn luận của Liên đoàn Lao động thành phố Hà Nội, báo Lao động Thủ đô đã đi qua chặng đường 25 năm.",
     "327: 'CHẶNG HÀNH TRÌNH 25 NĂM ... 25 năm qua báo Lao động Thủ đô là diễn đàn để CNVCLĐ ...' (198 also '25 năm xây dựng và phát triển')."),
    # ---------------------------------------------------------------- 332 trường trung cấp
    ("332_5ae6828648dd", D,
     "LĐLĐ TP Hà Nội đã hợp nhất ba trường để thành lập Trường Trung cấp Nghiệp vụ và Dạy nghề công đoàn Hà Nội.",
     "332: 'hợp nhất Trường Trung cấp Công đoàn Hà Nội và Trường Trung cấp Nghề công đoàn Hà Nội' / 'việc sáp nhập hai đơn vị thành Trường Trung cấp Nghiệp vụ và Dạy nghề công đoàn Hà Nội' (2 vs 3). g.sh 'ba trường': no hit."),
    # ---------------------------------------------------------------- 350 130 năm HCM
    ("350_a326a92215e6", S,
     "Trung ương giao TP Hà Nội chủ trì tổ chức Lễ kỷ niệm cấp quốc gia 130 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
     "350: 'Trung ương giao TP Hà Nội chủ trì ... tổ chức Lễ kỷ niệm cấp quốc gia 130 năm Ngày sinh Chủ tịch Hồ Chí Minh tại TP Hà Nội'."),
    ("350_a326a92215e6", D,
     "Nhân dịp này, các tỉnh, thành phố trực thuộc Trung ương sẽ sơ kết 6 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.",
     "350: 'các tỉnh, thành phố trực thuộc Trung ương sẽ tiến hành sơ kết 4 năm thực hiện Chỉ thị 05-CT/TW, ngày 15-5-2016' (4 vs 6). g.sh 'Chỉ thị 05' / '(6|sáu) năm thực hiện': only this 4."),
    # ---------------------------------------------------------------- 428 NQ 11
    ("428_25ecc0569546", S,
     "Ngày 20/10, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Hà Nội để sơ kết năm năm thực hiện Nghị quyết 11 về phát triển Thủ đô giai đoạn 2011-2020.",
     "428: 'tập thể Bộ Chính trị đã có buổi làm việc với Ban Thường vụ Thành ủy Hà Nội, sơ kết 5 năm thực hiện Nghị quyết số 11 của Bộ Chính trị khóa XI ... giai đoạn 2011 - 2020'."),
    # ---------------------------------------------------------------- 222 Y tế HN
    ("222_aeef1b06b8dc", S,
     "Năm 2018, Công đoàn ngành Y tế Hà Nội đã tổ chức kỷ niệm 63 năm Ngày Thầy thuốc Việt Nam.",
     "222: 'Ngành đã tổ chức Kỷ niệm 63 năm ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2018)'."),
    # ---------------------------------------------------------------- 138 giáo viên khiếm thị
    ("138_a7c2956bbbb4", S,
     "Thầy giáo khiếm thị Ngô Văn Hiếu của Trường PTCS Nguyễn Đình Chiểu có hai con nhỏ và đang phải thuê nhà ở.",
     "138: 'Hoàn cảnh của thầy rất khó khăn, có 2 con nhỏ, hiện đang phải thuê nhà ở'."),
    ("138_a7c2956bbbb4", D,
     "Thầy Phạm Đình Thắng, nguyên giáo viên Trường PTCS Nguyễn Đình Chiểu, đã gần 30 năm phụ trách khu ký túc xá của trường.",
     "138: 'hơn 10 năm phụ trách khu ký túc xá của nhà trường' (hơn 10 vs gần 30). g.sh 'ký túc xá': only this; '30 năm' hits are other people/events."),
    # ---------------------------------------------------------------- 292 Sovico
    ("292_3150d278c2b8", D,
     "Ý kiến phản hồi về đề nghị tặng Huân chương Lao động hạng Ba cho Công ty Sovico được gửi về Ban Thi đua - Khen thưởng thành phố trong vòng 15 ngày làm việc.",
     "292: 'trong thời hạn 7 ngày làm việc, kể từ ngày đăng tải thông tin' (7 vs 15). g.sh '15 ngày làm việc': no hit."),
    # ---------------------------------------------------------------- 786 Tết sum vầy Hưng Yên
    ("786_4b655c65ed4c", D,
     "Chương trình Tết sum vầy cấp Tổng LĐLĐ Việt Nam năm 2018 tại Hưng Yên sẽ diễn ra trước ngày nghỉ Tết âm lịch 20 ngày.",
     "786: 'thời điểm tổ chức chương trình Tết sum vầy cấp Tổng LĐLĐVN sẽ diễn ra vào trước ngày nghỉ Tết âm lịch 10 ngày' (10 vs 20). g.sh '20 ngày': no hit."),
    # ---------------------------------------------------------------- 042 Công nhân giỏi Thủ đô
    ("042_f42eb6196e49", D,
     "Tính đến năm 2019, việc tuyên dương Công nhân giỏi Thủ đô đã là hoạt động thường niên của LĐLĐ thành phố Hà Nội suốt 20 năm.",
     "042: 'Đây là hoạt động thường niên trong suốt 13 năm qua của LĐLĐ thành phố Hà Nội' (13 vs 20). g.sh '20 năm qua|suốt 20 năm': no hit."),
    # ---------------------------------------------------------------- 868 Lạng Sơn
    ("868_3432022c4dcf", D,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 tổng kết 10 năm phong trào thi đua yêu nước và công tác khen thưởng.",
     "868: 'nhằm tổng kết, đánh giá phong trào thi đua yêu nước, công tác khen thưởng 5 năm 2011-2015' (5 vs 10). g.sh 'tổng kết 10 năm': only NQ 20 (429) and NQ 28 Hải Phòng (718)."),
    # ---------------------------------------------------------------- 355 thi đua ái quốc
    ("355_e6694f9f8726", S,
     "Thủ tướng Phạm Minh Chính phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.",
     "355: 'Quyết định số 368/QĐ-TTg ngày 11/4/2023 phê duyệt Đề án tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023)'."),
    # ---------------------------------------------------------------- 719 Đoàn phường 7
    ("719_204fad637490", S,
     "Ban Chấp hành Đoàn Phường 7 tổ chức họp mặt kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh và tổng kết Tháng Thanh niên.",
     "719: 'Ban Chấp hành Đoàn Phường 7 tổ chức chương trình họp mặt kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2023); Tổng kết Tháng Thanh niên'."),
    # ---------------------------------------------------------------- 701 xóm trọ TP.HCM
    ("701_43cc5508ea5a", S,
     "Bà Đào Thị Mỳ, chủ trọ ở hẻm 58 phường Tân Tạo A (quận Bình Tân), cho biết suốt 15 năm qua dãy trọ của bà chưa từng thiếu người thuê.",
     "701: 'Bà Đào Thị Mỳ (một chủ trọ ở hẻm 58) cho hay, trong 15 năm qua dãy trọ của bà chưa từng thiếu người thuê'."),
    # ---------------------------------------------------------------- 431 9 thập kỷ
    ("431_ee84f598ec85", S,
     "Thủ tướng Nguyễn Xuân Phúc đánh giá tổ chức Công đoàn Việt Nam đã trải qua chín thập kỷ hình thành và phát triển.",
     "431: 'Trải qua 9 thập kỷ hình thành và phát triển, tổ chức Công đoàn Việt Nam là lực lượng gắn bó máu thịt với nhân dân'."),
    # ---------------------------------------------------------------- 148 Tiền Giang
    ("148_8ca3abe46cd0", S,
     "Ngày 26/4/2023, UBND tỉnh Tiền Giang phát động Tháng Công nhân kết hợp Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23.",
     "148: 'Lễ phát động Tháng hành động về an toàn vệ sinh lao động, Tháng Công nhân 2023 và Hội thi An toàn vể sinh lao động, phòng chống cháy nổ lần thứ 23'."),
    ("148_8ca3abe46cd0", D,
     "Năm 2023 là năm thứ 9 thực hiện quyết định của Thủ tướng lấy tháng 5 hằng năm là Tháng hành động về an toàn, vệ sinh lao động.",
     "148: 'Đồng thời cũng là là năm thứ 7, Thủ tướng Chính phủ quyết định lấy tháng 5 hàng năm là Tháng hành động về an toàn, vệ sinh lao động' (7 vs 9; consistent with 274: 2024 = năm thứ 8). g.sh 'năm thứ (9|15)': no hit."),
    # ---------------------------------------------------------------- 258 / 274 năm thứ Tháng Công nhân
    ("258_481de498caab", S,
     "Theo Phòng LĐ-TB&XH quận Bắc Từ Liêm, năm 2022 là năm thứ mười Tháng Công nhân được tổ chức theo Kết luận 77-TB/TW của Ban Bí thư.",
     "258: 'Năm 2022 là năm thứ 10 Tháng Công nhân được tổ chức theo Kết luận 77-TB/TW ngày 24/2/2012 của Ban Bí thư Trung ương Đảng'."),
    ("274_981255185750", D,
     "Năm 2024 là năm thứ 15 Hà Nội tổ chức Tháng Công nhân kể từ khi Ban Bí thư chọn tháng 5 hằng năm là Tháng Công nhân.",
     "274: 'Đây là năm thứ 13, Hà Nội tổ chức Tháng Công nhân kể từ năm 2012' (13 vs 15). g.sh 'năm thứ (9|15)': no hit."),
    ("274_981255185750", S,
     "Năm 2024 cũng là năm thứ tám thành phố Hà Nội triển khai hưởng ứng Tháng hành động về an toàn, vệ sinh lao động theo quyết định của Thủ tướng.",
     "274: '... và là năm thứ 8 thành phố Hà Nội triển khai hưởng ứng Tháng hành động về ATVSLĐ (tháng 5) theo Quyết định của Thủ tướng Chính phủ' (consistent with 148: 2023 = năm thứ 7)."),
    ("218_e908280305f2", S,
     "Đợt thi đua thứ hai năm học 2019-2020 của Công đoàn ngành Giáo dục gắn với kỷ niệm 45 năm Ngày Giải phóng miền Nam, thống nhất đất nước.",
     "218: 'đợt 2 từ tháng 1/2020 đến hết năm học với chủ đề kỷ niệm 90 năm Ngày Thành lập Đảng ...; kỷ niệm 45 năm Ngày Giải phóng miền Nam thống nhất đất nước' (seed 004 also '45 năm Ngày giải phóng hoàn toàn miền Nam ... 2020')."),
    ("222_aeef1b06b8dc", S,
     "Đầu năm 2018, Công đoàn ngành Y tế Hà Nội đã hướng dẫn công đoàn cơ sở tuyên truyền kỷ niệm 88 năm ngày thành lập Đảng Cộng sản Việt Nam.",
     "222: '6 tháng qua, CĐ ngành đã hướng dẫn các CĐCS tuyên truyền ... Tuyên truyền kỷ niệm 88 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/3/2018)'."),
    # ================================================================ not_found set
    ("015_8809a4b5e680", N,
     "Công đoàn ngành Giao thông vận tải Hà Nội đã khen thưởng, biểu dương 45 Công nhân giỏi năm 2021.",
     "015 only has a caption 'Khen thưởng, biểu dương Công nhân giỏi năm 2021 ngành GTVT Hà Nội' without a number. g.sh 'Công nhân giỏi.{0,60}(GTVT|Giao thông)|...': 017 counts 2024 ('816 Công nhân giỏi cấp cơ sở', 'tuyên dương 70 Công nhân giỏi tiêu biểu năm 2024') - another year."),
    ("024_0d6b8f191cd9", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9 năm 2025 đã vinh danh 30 nhà giáo.",
     "024 mentions the prize (lần thứ 9, 2025) but no count of laureates. g.sh 'tâm huyết, sáng tạo': 120 (lần 6, 2022; teaser '40 nhà giáo dự chung khảo'), 064 teaser '26 giáo viên' (LĐLĐ Đống Đa), 065 (Hoàn Kiếm) - other editions/organisers."),
    ("120_1b49cf3485c1", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 có 40 nhà giáo đạt giải.",
     "Trap: 120 has only a related-headline teaser '40 nhà giáo dự chung khảo xét duyệt Giải thưởng' - nhà giáo dự chung khảo (finalists), not nhà giáo đạt giải; the body never counts laureates. g.sh 'tâm huyết, sáng tạo': no count of winners for lần 6."),
    ("044_2679b3c1dee0", N,
     "Đoàn công tác LĐLĐ TP Hà Nội do Phó Chủ tịch Phạm Bá Vĩnh dẫn đầu đã trao 150 suất quà Tết cho cán bộ, nhân viên Trung tâm Y tế quận Hoàng Mai.",
     "044 says 'trao quà Tết' without numbers. g.sh 'Hoàng Mai.{0,80}(suất quà|quà)|Trung tâm Y tế quận Hoàng Mai': no count (542: LĐLĐ thị xã Hoàng Mai, Nghệ An, 75 suất - other place)."),
    ("125_8b46b5f2f432", N,
     "Công đoàn ngành GTVT Hà Nội đã trao quà trị giá 3 triệu đồng cho đoàn viên Lê Quán Tài đang điều trị tại Bệnh viện Việt Đức.",
     "125: 'thăm, tặng quà đoàn viên Lê Quán Tài' - no value. g.sh 'Lê Quán Tài|Việt Hưng': no money figure."),
    ("133_729594662c35", N,
     "Tại chương trình “Tết Sum vầy - Xuân bình an” ngày 20/1/2022, Công đoàn ngành Dệt May Hà Nội đã trao 300 suất quà Tết cho người lao động.",
     "133 (=266) body gives no gift count; the only number is a teaser '500 “Túi An sinh Công đoàn”' (another article/occasion, another noun). g.sh 'Dệt May Hà Nội|Tết Sum vầy - Xuân bình an': no 300."),
    ("227_fee0c912ec97", N,
     "Phó Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Chính Hữu đã trao 100 suất quà cho y, bác sĩ Trung tâm Y tế huyện Đông Anh.",
     "227: 'trao quà cho y, bác sĩ ... Trung tâm Y tế huyện Đông Anh' and 'trao hỗ trợ' - no numbers. g.sh 'Trung tâm Y tế huyện Đông Anh': only 227."),
    ("228_a7a1e7f76ff7", N,
     "Dịp Tết, đoàn Công đoàn ngành Y tế Hà Nội do Chủ tịch Trịnh Tố Tâm dẫn đầu đã thăm, tặng quà 12 bệnh viện, trung tâm y tế.",
     "228: 'đến thăm, tặng quà chúc Tết một số bệnh viện, trung tâm y tế' - 'một số', no count. g.sh 'Y tế Hà Nội.{0,100}(bệnh viện|suất|quà)': only 228."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023, có 150 đại biểu chính thức tham dự.",
     "204 names guests only; no delegate count. g.sh 'Nông nghiệp và PTNT Hà Nội|NN&PTNT Hà Nội': 023 (Đại hội lần VI prep) and 254 (41 CĐCS) - no delegate count for lần V."),
    ("287_eb066041b262", N,
     "Đại hội Công đoàn phường Nghĩa Đô lần thứ I, nhiệm kỳ 2025-2030, có 120 đại biểu chính thức.",
     "287 covers preparation only (QĐ 1881/QĐ-LĐLĐ), no delegate count. g.sh 'Nghĩa Đô': only 287. (308 Việt Hưng has 124 CĐCS - another ward, another noun.)"),
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030, có 250 đại biểu dự.",
     "342 gives no delegate count; g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ': 079 also covers it but grep of 079 for '[0-9]+ (đại biểu|đảng viên|ủy viên)' finds nothing."),
    ("034_077a538b6e54", N,
     "Chào mừng Đại hội Công đoàn các cấp nhiệm kỳ 2023-2028, LĐLĐ huyện Đông Anh đã kết nạp 1.200 đoàn viên mới.",
     "034 lists campaigns only, no figures. g.sh 'Đông Anh.{0,100}(đoàn viên|công đoàn cơ sở)': 368 (Đông Anh 2017 đại hội CĐCS plan) and 609 (Thành đoàn, gần 1.000 đoàn viên thanh niên - another org/noun)."),
    ("322_bd3d62b063e2", N,
     "Sau khi khởi động ngày 22/5, phong trào “Bình dân học vụ số” của Hà Nội đã tập huấn kỹ năng số cho 50.000 người dân.",
     "322 has only dates/'cách đây 80 năm'. g.sh 'Bình dân học vụ số.{0,150}[0-9]': no count of trainees anywhere."),
    ("418_1045c800d090", N,
     "Dịp Xuân Giáp Thìn 2024, Chủ tịch nước Võ Văn Thưởng đã tặng 300 suất quà cho công nhân thi công đường Vành đai 4 tại Thường Tín.",
     "418: 'tặng quà cho công nhân thi công tuyến đường Vành đai 4' - no number. g.sh 'Vành đai 4': only 418."),
    ("425_95cc9473a759", N,
     "Nhân Tháng Công nhân 2022, Bí thư Tỉnh ủy Hưng Yên Nguyễn Hữu Nghĩa đã tặng 200 suất quà cho người lao động Công ty TNHH Takagi Việt Nam.",
     "425 gives no number. g.sh 'Takagi|Hưng Long|Bí thư (tỉnh )?Hưng Yên': only 425."),
    ("751_f88ad54bf23f", N,
     "Căn nhà Mái ấm Công đoàn của đoàn viên Lê Kim Lớn (quận Ninh Kiều, Cần Thơ) được hỗ trợ 50 triệu đồng.",
     "751 gives no value. g.sh 'Lê Kim Lớn|Ninh Kiều': only 751; 'mái ấm công đoàn.{0,120}(triệu|đồng)': amounts are other provinces (Hà Nội 30 triệu, Ninh Thuận 40 triệu; trap: 454 Đà Nẵng '11 nhà xây mới với số tiền hỗ trợ 50 triệu' - another city)."),
    ("692_9ca7da343579", N,
     "Chiến dịch Thanh niên tình nguyện hè 2023 của tuổi trẻ Thủ đô huy động 100.000 đoàn viên, thanh niên tham gia.",
     "692 gives dates/phương châm only. g.sh 'Thanh niên tình nguyện hè.{0,200}[0-9]': 469 (same launch) only says 'gần 400 đoàn viên ... tiêu biểu' at the ceremony (another noun); 548/549 are national 2022 totals."),
    ("902_bf763544967b", N,
     "Tại lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2025 ở Gia Lai, Sacombank đã trao tặng 20 căn nhà hạnh phúc.",
     "902: 'trao tặng các căn nhà hạnh phúc' - no number. g.sh 'Sacombank|nhà hạnh phúc': only 902; g.sh '20 căn': 930 '20 căn nhà Mái ấm công đoàn' - another programme/organisation."),
    ("903_bbd6f820f63c", N,
     "Chiến dịch “Kỳ nghỉ hồng” 2025 tại Lạng Sơn đã khám bệnh, cấp thuốc miễn phí cho 1.000 người dân khu vực biên giới.",
     "903: 'tư vấn sức khỏe, khám bệnh và cấp phát thuốc miễn phí cho người dân khu vực biên giới' - no number. g.sh 'Kỳ nghỉ hồng.{0,200}[0-9]': 609 (Thành đoàn HN 2024, gần 1.000 đoàn viên thanh niên - another year/noun), 547, 392."),
    ("226_14e851aaa03f", N,
     "Trong quý III/2019, Công đoàn ngành Y tế Hà Nội đã thăm hỏi, tặng quà 80 đoàn viên ốm đau, có hoàn cảnh khó khăn.",
     "226 (BCH lần thứ Chín khóa XVI) gives no counts. g.sh 'Y tế Hà Nội.{0,100}(bệnh viện|suất|quà)' and '80 đoàn viên': nothing for this."),
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan LĐLĐ thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025, có 150 đại biểu chính thức.",
     "010 describes decorations only. g.sh 'XXV': no delegate count for this congress (003 seed: CĐ ngành Giáo dục XXV, other body)."),
    ("339_9a49b5d3463b", N,
     "Bữa cơm Công đoàn của Công đoàn ngành Xây dựng Hà Nội có sự tham gia của 300 đoàn viên, người lao động.",
     "339 body has no number (teasers: 70 thí sinh, 21 thợ giỏi - other events). g.sh 'bữa cơm Công đoàn': 525 '2.256 lượt Bữa cơm Công đoàn' (another org), 963 - no 300."),
]


def main():
    rows = []
    for page, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    mix = {S: 0, D: 0, N: 0}
    for r in rows:
        mix[r[1]] += 1
    print(len(rows), "claims;", mix, ";", len(per_page), "pages")


if __name__ == "__main__":
    main()
