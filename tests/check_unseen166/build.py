#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen166."""
import csv
import re
import unicodedata

P = "/work/main/tests/dev/pages/"
CLAIMS = [
    # (page_id, verdict, claim, why)
    ("seed", "supported",
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 do Liên đoàn Lao động Thành phố phối hợp với UBND Thành phố tổ chức đã có hơn 360 thí sinh tranh tài.",
     "seed 000_bfafa456d464a790 (/work/main/corpus): \"tổ chức thành công Hội thi thi thợ giỏi thành phố Hà Nội năm 2023 với sự tham gia của 363 thí sinh đến từ 100 doanh nghiệp\"; 363 ~ hơn 360."),
    ("seed", "differs",
     "Tổng số tiền giải thưởng trao cho các thí sinh đạt giải tại Hội thi thợ giỏi TP Hà Nội năm 2023 vào khoảng 650 triệu đồng.",
     "seed 000_bfafa456d464a790: \"khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng\" (564 vs ~650). g.sh '6[45]0 triệu|hơn 650|khoảng 650' -> only 124_e7648c1a2662 \"ủng hộ các hoạt động xã hội, từ thiện ... 640 triệu đồng\" (another thing)."),
    ("037_69ea9a40be4e", "not_found",
     "Hội nghị Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI, kỳ họp thứ 9 ngày 8/6 để bầu bổ sung chức danh Chủ tịch có 48 ủy viên Ban Chấp hành tham dự.",
     "037_69ea9a40be4e only names the meeting (\"hội nghị Ban chấp hành khóa XVI, kỳ họp thứ 9\") and the people present; no count of attending members. g.sh 'kỳ họp thứ 9' -> only 037; g.sh '48 (ủy viên|đồng chí)' -> nothing."),
    ("073_38aec1dd2ed1", "not_found",
     "Công đoàn ngành Xây dựng Hà Nội đã trao 30 triệu đồng hỗ trợ gia đình chị Lại Hải Yến, công nhân vệ sinh môi trường tử vong vì bị xe máy đâm khi đang làm việc.",
     "073_38aec1dd2ed1 says only \"đã tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến\" with no amount. g.sh 'Hải Yến' -> only 073; other 'Môi trường đô thị' hits (128, 129, 131 Mái ấm Công đoàn, 197) are other occasions."),
    ("1062_4241895b9eb4", "differs",
     "Công đoàn ngành Xây dựng Hà Nội, đơn vị vừa đón nhận Huân chương Lao động hạng Nhất, hiện có khoảng 120 công đoàn cơ sở.",
     "1062_4241895b9eb4: \"Với 93 Công đoàn cơ sở, gần 17.000 CNVCLĐ ... Công đoàn ngành Xây dựng Hà Nội\" (93 vs ~120). g.sh '120 (Công đoàn cơ sở|CĐCS)' -> nothing; other ngành Xây dựng pages count other things (1064: kiểm tra 22 CĐCS; 1065: 20 CĐCS được tặng cờ)."),
    ("1081_35c690f5dbdd", "supported",
     "Mười chín đội đã tham gia Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức ngày 31/5.",
     "1081_35c690f5dbdd: \"Ngày 31-5, LĐLĐ tỉnh Khánh Hoà tổ chức Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hoà năm 2024. Có 19 đội tham gia hội thi\"."),
    ("1081_35c690f5dbdd", "not_found",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2023 có 17 đội tham gia.",
     "Another edition: 1081 counts teams only for the 2024 contest (19 đội). g.sh 'An toàn vệ sinh viên giỏi' -> 141 and 1067 (Hà Nội 2020), 1101 (Thừa Thiên Huế 2018), 1081 (Khánh Hòa 2024); g.sh 'Khánh Hòa|Khánh Hoà' -> no 2023 contest anywhere."),
    ("1086_f219c7d82366", "differs",
     "Hội nghị lần thứ nhất Ban Chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027 đã bầu Ban Thường vụ gồm 15 đồng chí.",
     "1086_f219c7d82366: \"Tại hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX, nhiệm kỳ 2022 - 2027 đã bầu ra Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí\" (12 vs 15). g.sh '15 đồng chí' -> only 963 (BCH Công đoàn phường Thuận Giao), another thing."),
    ("1086_f219c7d82366", "not_found",
     "Ban Chấp hành Tỉnh Đoàn Nghệ An khóa XVII, nhiệm kỳ 2022-2027 gồm 44 đồng chí.",
     "Another province: 1086 gives 44 only for \"Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí\"; for Nghệ An it only says Lê Văn Lương was re-elected secretary at the first BCH meeting khóa XVII, no size. g.sh 'Tỉnh Đoàn Nghệ An' -> only 1086; g.sh 'Ban chấp hành Tỉnh Đoàn' -> 623 (Long An), 1086 (Thanh Hóa), 1142 (Thanh Hóa 2025)."),
    ("1101_ddfaa6f7ad8a", "differs",
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 do LĐLĐ tỉnh và Sở LĐ-TB&XH tổ chức đã quy tụ mười lăm đội thi.",
     "1101_ddfaa6f7ad8a: \"Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở ...\" (11 vs 15). g.sh '15 đội' -> nothing."),
    ("111_2eca64cbf378", "differs",
     "Vụ đứt cáp vận thăng tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) tối 18/6/2024 đã làm năm công nhân tử vong tại chỗ.",
     "111_2eca64cbf378: \"Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng\"; 294_41e7ee9e3dca (same accident): \"khiến 3 người tử vong, 7 người bị thương\" (3 vs 5). g.sh 'năm người tử vong|5 người tử vong' -> nothing."),
    ("175_f6210ee9dddf", "supported",
     "Tại Đại hội Công đoàn Việt Nam lần thứ XIII, đại biểu là đảng viên chiếm hơn 78% tổng số đại biểu.",
     "175_f6210ee9dddf: \"đại biểu là đảng viên chiếm 78,43%\". The page excerpt does not name the congress; it is the national trade-union congress (\"sau 10 năm thực hiện Luật Công đoàn 2012, hơn hai năm thực hiện Nghị quyết số 02-NQ/TW ngày 12-6-2021\" = Đại hội XIII, 2023). g.sh '78,43' -> only 175."),
    ("175_f6210ee9dddf", "differs",
     "Tỷ lệ đại biểu nữ dự Đại hội XIII Công đoàn Việt Nam chiếm gần 47%.",
     "175_f6210ee9dddf: \"đại biểu là nữ chiếm 37,05%\" (37,05% vs ~47%). g.sh 'đại biểu (là )?nữ|nữ chiếm' -> only 175 and 589 (6 đại biểu nữ, Hậu Giang ĐBQH); g.sh '4[67][,.][0-9]+ ?%' -> only 733 (46,42% CĐCS thành lập), another thing."),
    ("206_cfb5f4dd4354", "supported",
     "Chiến dịch 90 ngày đêm làm giàu, làm sạch cơ sở dữ liệu đất đai của Hà Nội (1/9 - 30/11/2025) sẽ hoàn thiện dữ liệu tại 126 xã, phường của thành phố.",
     "206_cfb5f4dd4354: \"chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội\"."),
    ("206_cfb5f4dd4354", "not_found",
     "Hà Nội huy động khoảng 3.000 cán bộ tham gia chiến dịch 90 ngày đêm làm sạch cơ sở dữ liệu đất đai theo Kế hoạch 252.",
     "206 counts communes (126), work groups (4) and days (90), not staff. g.sh 'Kế hoạch 252|dữ liệu đất đai' -> 206 and 211_5675a3bee398; 211 has no count of cán bộ (its only figures are Kế hoạch 252 and '3 nhóm' of data)."),
    ("240_7c06aa0151c5", "not_found",
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 đã bầu Ban Chấp hành gồm 7 ủy viên.",
     "240_7c06aa0151c5 gives no size of the elected BCH (only \"1 trong 2 đơn vị tổ chức Đại hội điểm\"). g.sh 'Sở Xây dựng' -> the other hits (032, 189, 239, 705, 806, 971, 974) are other bodies/occasions, none counts this BCH."),
    ("246_cb2766c7a822", "differs",
     "Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 23 doanh nghiệp, đơn vị.",
     "246_cb2766c7a822: \"Cụm thi đua Công đoàn khối doanh nghiệp, đơn vị phối hợp hoạt động trên địa bàn quận Long Biên gồm 32 đơn vị, doanh nghiệp\" (32 vs 23). g.sh '23 đơn vị|hai mươi ba' -> nothing."),
    ("268_c31d3d87a6f9", "not_found",
     "Kết thúc đợt cao điểm thứ nhất năm 2022 (từ trung tuần tháng 4 đến 31/5), các cấp Công đoàn TP Hà Nội đã kết nạp 7.500 đoàn viên mới.",
     "268_c31d3d87a6f9 only announces the two 2022 đợt cao điểm (\"Đợt thứ nhất ... kết thúc vào ngày 31/5/2022\") with no result. g.sh '(phát triển|kết nạp)( mới)?( được)? [0-9.]+ đoàn viên' -> other bodies/years (KCN-CX 1.052; 666 tỉnh 2021 8.865; An Giang 2022 5.124/8.000; Quảng Trị target 2.500...); g.sh '7\\.500|7500' -> nothing."),
    ("391_011bec396bed", "not_found",
     "Trong Tháng Thanh niên năm 2024, Thành đoàn Hà Nội đặt mục tiêu trồng mới ít nhất 40.000 cây xanh.",
     "391_011bec396bed (Hà Nội, Tháng Thanh niên 2024) counts \"4 nhóm hoạt động trọng tâm\", \"hai công trình Sân chơi thiếu nhi\", no tree count. The 40.000 is TP.HCM's: 644_ae27624899b9 \"Tại thành phố Hồ Chí Minh, Tháng Thanh niên năm 2024 ... trồng mới ít nhất 40.000 cây xanh\" (another city). g.sh '[0-9.]+ cây xanh|trồng [0-9.]+ cây' -> 547, 644 (HCM), 777 (a Tỉnh đoàn), 790, 941; none Hà Nội 2024."),
    ("460_646d252805d4", "supported",
     "Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ TP Hà Nội đã trao tặng hơn 145 nghìn suất quà cho các gia đình gặp khó khăn.",
     "460_646d252805d4: \"Các cấp Hội từ thành phố tới cơ sở đã trao tặng hơn 145.000 suất quà cho gia đình gặp khó khăn\" (Trong 5 tháng đầu năm 2022, Hội Chữ thập đỏ thành phố Hà Nội)."),
    ("460_646d252805d4", "differs",
     "Hội Chữ thập đỏ thành phố Hà Nội đã hỗ trợ xây dựng, sửa chữa hơn 90 ngôi nhà Chữ thập đỏ cho các gia đình khó khăn trong 5 tháng đầu năm 2022.",
     "460_646d252805d4: \"hỗ trợ xây dựng, sửa chữa hơn 60 nhà Chữ thập đỏ\" (60 vs 90). g.sh '90 nhà' -> nothing; g.sh 'nhà Chữ thập đỏ' -> only 460."),
    ("466_be558adf4870", "differs",
     "Tại buổi tổng kết chăm lo Tết cho CNVC-LĐ, LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 13 tập thể.",
     "466_be558adf4870: \"LĐLĐ quận đã trao cờ thi đua và bằng khen của LĐLĐ TP cho 31 tập thể và 22 cá nhân\" (31 vs 13; the page does not name the quận). g.sh '13 tập thể' -> nothing."),
    ("524_5e262b93a7cd", "supported",
     "Hội nghị trực tuyến gặp mặt Chủ tịch công đoàn cơ sở do LĐLĐ tỉnh Nghệ An tổ chức sáng 26/7/2021 có sự tham gia của 200 Chủ tịch CĐCS khối doanh nghiệp.",
     "524_5e262b93a7cd: \"hội nghị được tổ chức dưới hình thức trực tuyến với sự tham gia của 200 Chủ tịch Công đoàn cơ sở Khối Doanh nghiệp đại diện cho gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh\"."),
    ("549_9d9b0f5c7ddc", "differs",
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, tuổi trẻ cả nước đã thực hiện 3.160 công trình thanh niên cấp cơ sở.",
     "549_9d9b0f5c7ddc: \"3.610 công trình thanh niên cấp cơ sở với tổng trị giá 18,799 tỉ đồng\" (3.610 vs 3.160, digits swapped). g.sh '3\\.160|3160' -> nothing."),
    ("549_9d9b0f5c7ddc", "supported",
     "Tổng giá trị các công trình thanh niên cấp tỉnh trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022 đạt gần 9,8 tỷ đồng.",
     "549_9d9b0f5c7ddc: \"90 công trình thanh niên cấp tỉnh trị giá 9,78 tỉ đồng\" (9,78 ~ gần 9,8)."),
    ("589_5739e8816785", "supported",
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ Việt Nam tỉnh Hậu Giang đã thống nhất giới thiệu 14 người ứng cử đại biểu Quốc hội khóa XV.",
     "589_5739e8816785: \"Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu\"."),
    ("628_c53b3d02e9d1", "differs",
     "Ông Thịnh Văn Huyên được HĐND huyện Nga Sơn bầu bổ sung giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 31 phiếu tán thành.",
     "628_c53b3d02e9d1: \"giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%\" (34 vs 31). g.sh '31 phiếu|31/34' -> nothing."),
    ("719_204fad637490", "not_found",
     "Trong Tháng Thanh niên năm 2023, Đoàn Phường 7 đã kết nạp 20 đoàn viên mới.",
     "719_204fad637490 only has \"92 năm\" and dates; no count of new members. g.sh 'Đoàn phường|Phường 7' -> only 719 for Đoàn Phường 7 (other hits are Công đoàn phường Ba Đình/Nghĩa Đô/Việt Hưng 2025); g.sh 'kết nạp mới' -> 621, 665, 798 (other bodies)."),
    ("772_119b66fd404b", "supported",
     "Đại diện năm cụm thi đua đã ký giao ước thi đua tại lễ phát động phong trào thi đua của LĐLĐ huyện Lang Chánh chiều 22/3.",
     "772_119b66fd404b: \"Đại diện 5 cụm thi đua, LĐLĐ huyện Lang Chánh ký giao ước thi đua thực hiện PTTĐ ...\" (Chiều 22-3)."),
    ("793_a83971f85d67", "differs",
     "Nguồn quà của Sở Lao động - Thương binh và Xã hội trao cho trẻ em có hoàn cảnh đặc biệt tại lễ mít tinh ngày 31/5/2023 của Huyện Đoàn Phú Tân trị giá 40 triệu đồng.",
     "793_a83971f85d67: \"(100 phân từ nguồn của Sở Lao động - Thương binh và Xã hội, trị giá 25 triệu đồng; 300 phần ... trị giá 161.250.000 đồng)\" (25 vs 40 triệu). g.sh '40 triệu' -> only Mái ấm Công đoàn supports and 049/078 (other occasions)."),
    ("798_7032c1161906", "differs",
     "Trong Tháng Thanh niên năm 2023, các cấp bộ Đoàn toàn tỉnh đã kết nạp mới hơn 5,3 nghìn đoàn viên.",
     "798_7032c1161906 (Tỉnh Đoàn, tổng kết Tháng Thanh niên 2023): \"Kết nạp mới hơn 7.350 đoàn viên (đạt 375%)\" (7.350 vs 5.300). g.sh '5\\.?300|5 300' -> nothing; g.sh 'kết nạp mới' -> 665 An Giang 2022 (5.124/8.000, another body/year)."),
    ("804_8ecc40938555", "supported",
     "Ban Thường vụ Thành ủy Hà Nội đã trao tặng Huy hiệu Đảng đợt 19/5 cho 440 đảng viên thuộc Đảng bộ quận Hà Đông.",
     "804_8ecc40938555: \"Ban Thường vụ Thành ủy tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông\"."),
    ("804_8ecc40938555", "differs",
     "Trong đợt trao Huy hiệu Đảng dịp 19/5 này, toàn thành phố Hà Nội có hơn 6.700 đảng viên được nhận Huy hiệu.",
     "804_8ecc40938555: \"Trong đợt 19/5 này, toàn thành phố có hơn 8.700 đảng viên được nhận Huy hiệu Đảng\" (8.700 vs 6.700). g.sh '6\\.700' -> nothing."),
    ("845_7071fa2d23e6", "not_found",
     "Đại hội đại biểu lần thứ XVII (nhiệm kỳ 2020-2025) Đảng bộ thành phố Hà Nội có 550 đại biểu tham dự.",
     "845_7071fa2d23e6 gives only dates (\"Đại hội diễn ra từ ngày 11 đến 13/10/2020\"). 550 is the next edition: 812_69df8abf1bca \"Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 ... sự có mặt của 550 đại biểu\". 366_0b8feddcd533 (XVII opening) states no delegate count. g.sh 'Đảng bộ thành phố Hà Nội lần thứ XVII' -> no count of XVII delegates."),
    ("863_b9986cf6dbca", "supported",
     "Năm 2016, Công đoàn Viên chức tỉnh Thừa Thiên Huế có 36 công đoàn cơ sở đạt vững mạnh.",
     "863_b9986cf6dbca (TTH, tổng kết năm 2016): \"Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%\". Page says only \"Công đoàn Viên chức (CĐVC) tỉnh\" with the TTH (Thừa Thiên Huế) dateline."),
    ("907_07e635cbabe5", "differs",
     "Trong Tháng Nhân đạo năm 2022, hệ thống Hội Chữ thập đỏ tỉnh đặt mục tiêu huy động 25 tỷ đồng để trợ giúp người khó khăn.",
     "907_07e635cbabe5: \"hệ thống Hội Chữ thập đỏ tỉnh đặt mục tiêu huy động được 15 tỷ đồng để trợ giúp cho khoảng 70 ngàn lượt người\" (15 vs 25 tỷ). g.sh '25 tỷ|25 tỉ' -> nothing."),
    ("968_788fa47f98b7", "supported",
     "Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh Quảng Trị đã tặng hơn 25 nghìn phần quà cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn.",
     "968_788fa47f98b7: \"Dịp Tết Tân Sửu 2021, các cấp Công đoàn tỉnh đã tặng 25.021 phần quà trị giá 13,4 tỉ đồng cho CNVC-LĐ có hoàn cảnh đặc biệt khó khăn\" (LĐLĐ tỉnh Quảng Trị)."),
    ("968_788fa47f98b7", "differs",
     "Năm 2021, trước tác động của dịch bệnh, LĐLĐ tỉnh Quảng Trị đã chi khoảng 530 triệu đồng hỗ trợ trực tiếp công nhân, viên chức, lao động.",
     "968_788fa47f98b7: \"LĐLĐ tỉnh đã chi hỗ trợ 263 CNVC-LĐ với số tiền 353 triệu đồng\" (353 vs ~530). g.sh '53[05] triệu' -> nothing."),
    ("998_d6cbe319eeca", "supported",
     "Trong tuần 7 và 8 của Chiến dịch Thanh niên tình nguyện hè 2023, đã có hơn 811 nghìn lượt đoàn viên thanh niên tham gia các phần việc của chiến dịch.",
     "998_d6cbe319eeca: \"Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên\"."),
    ("998_d6cbe319eeca", "not_found",
     "Đợt 1 Chiến dịch Thanh niên tình nguyện hè 2023 có 250 chiến sĩ tình nguyện hoạt động tại các Làng thanh niên lập nghiệp.",
     "998 counts, for làng thanh niên lập nghiệp, units (19 đơn vị) and teams (90 đội hình) and value (hơn 2,1 tỷ); chiến sĩ (463) are counted only for Đảo Thanh niên. g.sh 'Làng thanh niên lập nghiệp' -> 998 and 550 (plan: 33 làng); g.sh 'chiến sĩ tình nguyện' -> no count for the làng."),
]


def nfc(s):
    # typographic quotes inside fields, so the TSV needs no CSV quoting
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    return unicodedata.normalize("NFC", s)


def main():
    assert all(v in ("supported", "differs", "not_found") for _, v, _, _ in CLAIMS)
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(v for _, v, _, _ in CLAIMS)
    print(len(CLAIMS), dict(c), "pages:", len({p for p, _, _, _ in CLAIMS}))


if __name__ == "__main__":
    import os
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    main()
