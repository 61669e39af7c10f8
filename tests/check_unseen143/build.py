#!/usr/bin/env python3
"""Build claims.tsv for the blind claim set unseen143 (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("079_e6ebd6fda2ad", S,
     "Ban Chấp hành Đảng bộ Tổng LĐLĐ Việt Nam nhiệm kỳ 2025-2030 hiện đã có 21 ủy viên được chỉ định, số còn khuyết sẽ bổ sung sau.",
     "079_e6ebd6fda2ad: \"Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người, còn khuyết 8-12 người sẽ bổ sung sau.\""),
    ("098_edd9ef3c5812", S,
     "Trong sáu tháng đầu năm 2022, thành phố Hà Nội đã giải quyết việc làm cho khoảng 119 nghìn lao động.",
     "098_edd9ef3c5812: \"6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động, đạt 74,3 % so với kế hoạch và tăng 21,4% so với cùng kỳ năm 2021\" (year 2022 from 'cùng kỳ năm 2021'). Note 151_77cc7b6288de gives gần 100.000 for 6 tháng đầu năm 2021 (another year)."),
    ("1027_8765180e6738", S,
     "Trung tâm Dịch vụ việc làm Hà Nội đã khảo sát hơn 1.400 doanh nghiệp để nắm nhu cầu nhân lực sau Tết 2025.",
     "1027_8765180e6738: \"Riêng trong tháng 2/2025, Trung tâm ghi nhận gần 29.000 chỉ tiêu tuyển dụng. Khảo sát từ 1.408 doanh nghiệp cho thấy...\" (Trung tâm = TTDVVL Hà Nội, named in the previous sentence)."),
    ("1042_fe924796bfeb", S,
     "Trong số các công đoàn cơ sở do Công đoàn ngành Giáo dục Hà Nội quản lý có 125 CĐCS thuộc khối công lập.",
     "1042_fe924796bfeb: \"Công đoàn ngành Giáo dục Hà Nội hiện quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập) với hơn 11.800 đoàn viên.\""),
    ("166_d63b4e4370c0", S,
     "Lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023 của Tổng Liên đoàn Lao động Việt Nam đã khen thưởng gần 170 công nhân tiêu biểu trên cả nước.",
     "166_d63b4e4370c0: \"Tại Lễ trao tặng Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023 do Tổng Liên đoàn Lao động Việt Nam tổ chức mới đây, có 167 công nhân tiêu biểu đến từ các tỉnh, thành phố trong cả nước được khen thưởng.\" (gần 170 ~ 167)"),
    ("249_437a7359948a", S,
     "Ngày 1/10/2025, Liên đoàn Lao động thành phố Hà Nội công bố quyết định thành lập 84 công đoàn xã, phường.",
     "249_437a7359948a (page dated 02/10/2025): \"Ngày 1/10, Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường.\""),
    ("462_4798a1189a9b", S,
     "Tại lễ phát động tháng cao điểm Vì người nghèo, TP.HCM đã dùng Quỹ Vì người nghèo trao kinh phí xây dựng hai mươi căn nhà tình thương.",
     "462_4798a1189a9b: \"TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế ... với tổng số tiền 2,3 tỷ đồng.\""),
    ("495_426cdd090149", S,
     "Hơn 4 nghìn đoàn viên, thanh niên, học sinh, sinh viên đã dự lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 năm 2026 của Thành Đoàn TP.HCM.",
     "495_426cdd090149: \"Thành Đoàn TP.HCM tổ chức Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tại các điểm ra quân.\" Caution: 1013_dd19fb48ab24 says gần 70.000 đã đăng ký làm chiến sĩ (registrations, a different counted thing)."),
    ("509_33042ea25bf7", S,
     "Tính đến cuối tháng 1/2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 4 300 suất quà Tết cho người dân khó khăn.",
     "509_33042ea25bf7: \"các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng để hoàn thành chỉ tiêu do Hội Chữ thập đỏ thành phố giao năm 2022.\" (article dated 24/01/2022)"),
    ("547_7c40b99db422", S,
     "Qua Chiến dịch Thanh niên tình nguyện hè năm 2023, tuổi trẻ toàn tỉnh (có điểm nhấn tại huyện Tây Giang) đã trồng mới hơn 165 nghìn cây xanh.",
     "547_7c40b99db422: \"Sau 3 tháng triển khai, chiến dịch thanh niên tình nguyện hè năm 2023 ... Trồng mới 165.214 cây xanh\". The page never names the province (only 'Toàn tỉnh', 'Tỉnh đoàn', 'huyện Tây Giang')."),
    ("549_9d9b0f5c7ddc", S,
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, cả nước đã thực hiện 3.610 công trình thanh niên cấp cơ sở.",
     "549_9d9b0f5c7ddc: \"Nhiều công trình thanh niên được thực hiện trong tuần đầu của chiến dịch với: 90 công trình thanh niên cấp tỉnh ...; 429 công trình thanh niên cấp huyện ...; 3.610 công trình thanh niên cấp cơ sở với tổng trị giá 18,799 tỉ đồng.\""),
    ("808_2d042b864f95", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI, nhiệm kỳ 2022-2027, có bốn trăm bốn mươi mốt đại biểu tham dự.",
     "808_2d042b864f95: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI, nhiệm kỳ 2022-2027 diễn ra tại Hội trường Thành phố với sự tham gia của 441 đại biểu\" (spelled out in the claim)."),
    ("934_779d96c632e9", S,
     "Dịp kỷ niệm Ngày thành lập Đảng đầu năm 2026, Đảng bộ phường Tân Phú (TPHCM) đã trao Huy hiệu Đảng cho chín đảng viên.",
     "934_779d96c632e9: \"Dịp này, Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng, gồm: 2 đồng chí ... 50 năm ..., 3 ... 40 năm ..., 4 ... 30 năm tuổi Đảng.\""),

    # ---------------- differs ----------------
    ("091_e664206785ba", D,
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ 25 triệu đồng cho các giáo viên mầm non mắc bệnh hiểm nghèo ở huyện Mỹ Đức và huyện Ba Vì.",
     "091_e664206785ba: \"Tại buổi tới thăm, Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng.\" Grep '15 triệu|25 triệu': 25 triệu only in 048_7da6b798d214 (Mái ấm Công đoàn, Hoài Đức), another thing."),
    ("098_edd9ef3c5812", D,
     "Phiên giao dịch việc làm kết nối các đầu cầu Hà Nội, Quảng Nam và Đồng Tháp có 35 đơn vị đăng ký tham gia tuyển dụng.",
     "098_edd9ef3c5812: \"Tại phiên giao dịch lần này có 53 đơn vị đăng ký tham gia tại 3 đầu cầu Hà Nội, Quảng Nam và Đồng Tháp\". Grep '35 đơn vị|35 doanh nghiệp|ba mươi lăm': no hit."),
    ("1065_3abb01f9920f", D,
     "Giai đoạn 2015 - 2020, ngành Xây dựng Hà Nội có 25 cá nhân được công nhận Chiến sĩ thi đua cấp thành phố.",
     "1065_3abb01f9920f: \"Bên cạnh đó có 15 cá nhân được công nhận Chiến sĩ thi đua cấp thành phố\" (Lễ biểu dương điển hình tiên tiến giai đoạn 2015-2020 of Công đoàn ngành Xây dựng Hà Nội). Grep 'Chiến sĩ thi đua (cấp )?thành phố': only this page; '25 cá nhân' only in 215_3826a48fe31a (khen thưởng of another body)."),
    ("1086_f219c7d82366", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027, đã bầu Ban Thường vụ gồm mười lăm đồng chí.",
     "1086_f219c7d82366: \"Tại hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022 - 2027 đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí.\" Grep 'ban thường vụ.{0,60}(12|15|mười lăm)': 12 also for Long An (623), no 15 for Thanh Hóa."),
    ("129_306ace8250a2", D,
     "Trung bình mỗi ngày Hà Nội phát sinh khoảng 7.500 tấn rác thải mà công nhân môi trường phải thu gom.",
     "129_306ace8250a2: \"trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn\". Grep '7\\.500|7500': no hit; 'rác thải|tấn rác' only other hit 1012 (34 tấn rác thu gom by youth, another thing)."),
    ("143_51b5dc91c41f", D,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI có 38 nữ cán bộ Công đoàn chuyên trách và nữ CNVCLĐ Thủ đô là đại biểu chính thức.",
     "143_51b5dc91c41f: \"nữ cán bộ Công đoàn chuyên trách, nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội có 28 người.\" Grep '38 (người|đại biểu|nữ|cán bộ)': no hit."),
    ("166_d63b4e4370c0", D,
     "Tỉnh Thái Nguyên có sáu công nhân được nhận Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "166_d63b4e4370c0: \"Trong đó, tỉnh Thái Nguyên có 4 cá nhân được nhận Giải thưởng Nguyễn Đức Cảnh\" (title: 'Thái Nguyên: 4 công nhân được nhận Giải thưởng Nguyễn Đức Cảnh'). Grep 'Thái Nguyên.{0,100}(cá nhân|công nhân)': only 4."),
    ("462_4798a1189a9b", D,
     "Tại lễ phát động tháng cao điểm Vì người nghèo, TP.HCM đã trao nhà tình thương và phương tiện sinh kế cho hộ nghèo, cận nghèo với tổng số tiền 3,2 tỷ đồng.",
     "462_4798a1189a9b: \"... 20 nhà tình thương và 92 phương tiện sinh kế ... với tổng số tiền 2,3 tỷ đồng.\" Grep '3,2 tỷ|3,2 tỉ|ba tỷ hai': no hit."),
    ("510_791395671be2", D,
     "Tổng giá trị quà Tết Nhân ái trao cho người dân khó khăn xã Chân Mây - Lăng Cô dịp Tết 2026 là khoảng 420 triệu đồng.",
     "510_791395671be2: \"ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng\". Grep '420 triệu': no hit; 'Chân Mây' only this page."),
    ("549_9d9b0f5c7ddc", D,
     "Tổng nguồn lực vận động hỗ trợ tại lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2022 của Trung ương Đoàn là hơn 23 tỉ đồng.",
     "549_9d9b0f5c7ddc: \"Tổng nguồn lực được vận động hỗ trợ chiến dịch Thanh niên tình nguyện hè 2022 trong lễ ra quân là hơn 32 tỉ đồng.\" Grep '23 tỉ|23 tỷ': no hit (23 tỉnh in 810 is a province count)."),
    ("608_5c8141ecc09d", D,
     "Năm 2023, lượng máu các bệnh viện tiếp nhận từ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động đạt 117% kế hoạch.",
     "608_5c8141ecc09d: \"có trên 15 nghìn người đăng ký hiến máu tình nguyện, các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch.\" Grep '117%': no hit. Page never names the province."),
    ("668_19df4eea3b66", D,
     "Dịp Tết Nhâm Dần 2022, Liên đoàn Lao động thị xã Duyên Hải đã trao quà cho đoàn viên, công nhân lao động khó khăn với tổng trị giá 50 triệu đồng.",
     "668_19df4eea3b66: \"Nhân dịp này, Liên đoàn Lao động thị xã Duyên Hải cũng đã trao tặng 100 phần quà, trị giá 30 triệu đồng\" (LĐLĐ tỉnh Trà Vinh gave 150 phần quà = 45.000.000 đồng, a different giver). Grep 'Duyên Hải': only this page; '50 triệu' hits are all other bodies."),
    ("714_18fc7812c675", D,
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030, có hơn 500 đại biểu tham dự.",
     "714_18fc7812c675: \"Chiều 27.11, diễn ra phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu.\" Grep '500 đại biểu|năm trăm đại biểu': no hit."),
    ("742_c62ad0872e2b", D,
     "Các đại biểu chính thức dự Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030, đại diện cho hơn 260 nghìn đoàn viên.",
     "742_c62ad0872e2b: \"với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng\"; same in 571_2651997a46fd. Grep '260\\.000|260 nghìn': no hit. 741_ca77ab8c28c7 (lần thứ XVII, 2023-2028) says 130.000: another edition."),
    ("808_2d042b864f95", D,
     "Đại hội Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu Ban Chấp hành Thành Đoàn khóa XI gồm 69 đồng chí.",
     "808_2d042b864f95: \"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI đã bầu ra Ban Chấp hành khóa XI gồm 59 đồng chí.\" Grep '69 đồng chí': no hit."),
    ("810_d311deaca2eb", D,
     "Đoàn đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam có 30 đại biểu thuộc Công đoàn ngành y tế các tỉnh, thành phố.",
     "810_d311deaca2eb: \"34 đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam, trong đó 10 Đại biểu thuộc Công đoàn Y tế Việt Nam, 24 đại biểu thuộc Công đoàn ngành y tế của 23 tỉnh, thành phố.\" Grep '30 đại biểu|ba mươi đại biểu': only 230 đại biểu in 707 (another congress)."),

    # ---------------- not_found ----------------
    ("1027_8765180e6738", N,
     "Theo dự báo của Trung tâm Dịch vụ việc làm Hà Nội, trong quý III/2025 thành phố cần tuyển khoảng 110.000 lao động.",
     "1027 forecasts only quý II/2025 (\"trong quý II/2025, Hà Nội sẽ cần tuyển khoảng 120.000 lao động\"); 1029_4c50aa41ee41 gives 120.000-140.000 for 6 tháng cuối năm 2023. Greps 'quý III/2025|quý 3|6 tháng cuối năm', '110\\.000|110 nghìn': no recruitment forecast for quý III/2025."),
    ("1086_f219c7d82366", N,
     "Ban Chấp hành Tỉnh Đoàn Nghệ An khóa XVII, nhiệm kỳ 2022-2027, gồm 45 đồng chí.",
     "1086 names Tỉnh Đoàn Nghệ An khóa XVII only for the Bí thư re-election; the counted BCH (44 đồng chí) and BTV (12) are Thanh Hóa khóa XIX. Grep 'Nghệ An.{0,100}(đồng chí|đại biểu|ủy viên)': only Hội Nông dân Nghệ An (985: 304 đại biểu) and a Công đoàn GTVT visit (670)."),
    ("1145_9c073b82912b", N,
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao Giấy chứng nhận \"Đạt chuẩn văn hóa\" cho 18 công đoàn cơ sở.",
     "1145 says only (in a caption) that certificates were given \"cho các đơn vị, CĐCS 'Đạt chuẩn văn hóa'\" with no number. Grep 'Ninh Bình.{0,200}(chuẩn văn hóa|CĐCS|công đoàn cơ sở)' and '18 (công đoàn|CĐCS|đơn vị)': nothing else."),
    ("143_51b5dc91c41f", N,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố khóa XVI gồm 45 người.",
     "143 counts 489 đại biểu triệu tập and 28 nữ CB công đoàn/CNVCLĐ; 593_fe8e59aadb97 (same congress) counts Đoàn Chủ tịch 11, Đoàn Thư ký 3, Ban Thẩm tra 5 and only says it will 'bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố Hà Nội khóa XVI' without a number. Grep 'Ban Chấp hành (Hội Liên hiệp )?phụ nữ': no count for Hà Nội."),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký hơn 1.500 sáng kiến hưởng ứng Chương trình 1 triệu sáng kiến.",
     "181 lists the Sóc Sơn emulation movements of 2022 but counts no sáng kiến. Grep 'Sóc Sơn.{0,200}sáng kiến|sáng kiến.{0,200}Sóc Sơn': only titles/teasers (180) and seed 002 (Sóc Sơn among units with many sáng kiến, no number); '1\\.500 sáng kiến': no hit."),
    ("303_3afb6ef3386b", N,
     "Liên đoàn Lao động huyện Gia Lâm hiện quản lý 230 công đoàn cơ sở.",
     "303 gives only 93 năm (Công đoàn VN) and 44 năm (Công đoàn Gia Lâm). Grep 'Gia Lâm.{0,200}(công đoàn cơ sở|CĐCS|đoàn viên)': 296_cf67e2f30129 says '100% Công đoàn cơ sở' held congresses, no count; '230 (công đoàn|CĐCS)': no hit."),
    ("318_26cc55c81cb4", N,
     "Chiến dịch mùa hè Thanh niên tình nguyện năm 2016 của Thành đoàn Hà Nội có 60 nghìn lượt người tham gia.",
     "318 is the 2015 campaign (\"chiến dịch mùa hè Thanh niên tình nguyện năm 2015 ... có sự tham gia của 50 nghìn lượt người\"); other Thành đoàn Hà Nội summer pages are 2022 (392), 2023 (469, 692), 2024 (609). Grep 'chiến dịch.{0,60}2016|2016.{0,60}tình nguyện': no hit; '60 nghìn lượt' only 608 (Chữ thập đỏ beneficiaries)."),
    ("495_426cdd090149", N,
     "Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 17 năm 2025 của Thành Đoàn TP.HCM có hơn 3.500 thanh niên tham gia.",
     "Corpus has lần thứ 18 - 2026 (495: hơn 4.000 at lễ ra quân; 1013: gần 70.000 đăng ký) and lần thứ 16 - 2024 (830: dự kiến 35.000 chiến sĩ). Grep 'Xuân tình nguyện.{0,200}': no 2025 / lần 17 edition."),
    ("654_33346c495ae8", N,
     "Năm 2021, Liên đoàn Lao động quận Long Biên đã biểu dương 50 gia đình CNVCLĐ tiêu biểu.",
     "654 says LĐLĐ Long Biên sent giấy khen to 'từng cá nhân xuất sắc' but gives no number (only 20 năm Ngày Gia đình VN, 91 năm 20/10, kế hoạch số 28). Grep 'Long Biên.{0,200}(gia đình|giấy khen)' and '50 gia đình': no count."),
    ("714_18fc7812c675", N,
     "Ban Chấp hành Đoàn TNCS Hồ Chí Minh thành phố Hà Nội khóa XVII, nhiệm kỳ 2025-2030, gồm 53 đồng chí.",
     "714 counts only 435 đại biểu and '16 kỳ đại hội'; it mentions the Hội nghị lần thứ nhất BCH khóa XVII without a size. Grep 'Ban Chấp hành (Thành đoàn|Đoàn TNCS Hồ Chí Minh TP.? ?Hà Nội)' and '53 đồng chí': no count."),
    ("742_c62ad0872e2b", N,
     "Ban Chấp hành Công đoàn thành phố Đà Nẵng khóa I, nhiệm kỳ 2025-2030, gồm 41 người.",
     "742 and 571 (same congress) count 300 đại biểu, hơn 216.000 đoàn viên, 3.382 CĐCS / 407.936 đoàn viên before the merger, but no BCH size. Grep 'Đà Nẵng.{0,200}Ban Chấp hành|Ban Chấp hành.{0,200}Đà Nẵng' and '41 (người|ủy viên|đồng chí)': no hit."),
]


def curly(text):
    """Turn ASCII double quotes into typographic ones so the TSV needs no quoting."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        claim, why = curly(claim), curly(why)
        assert verdict in (S, D, N), verdict
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any(c in x for x in row for c in '\t\n"'), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
