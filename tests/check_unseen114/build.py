#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the unseen114 blind claim set."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 019 Công đoàn ngành Xây dựng Hà Nội 2020
    ("019_86611d9987c1", "supported",
     "Năm 2020, khoảng 90% doanh nghiệp nhà nước trong ngành Xây dựng Hà Nội đang thực hiện lộ trình cổ phần hóa.",
     "019_86611d9987c1: \"90% doanh nghiệp nhà nước đang thực hiện lộ trình cổ phần hóa\" (Công đoàn ngành Xây dựng Hà Nội, năm 2020). g.sh 'cổ phần hóa' hits only this page."),
    ("019_86611d9987c1", "differs",
     "Năm 2020, thu nhập bình quân của người lao động ngành Xây dựng Hà Nội đạt 5,5 triệu đồng/người/tháng.",
     "019_86611d9987c1: \"thu nhập bình quân đạt 4.500.000đ/người/tháng\" (ngành Xây dựng HN, 2020). g.sh '5,5 triệu|5\\.500\\.000|thu nhập bình quân': 5,5 triệu only in 407 (5,5 triệu lượt người nghèo, unrelated); other incomes 173 (8,3 triệu), 286 (CNLĐ Hà Nội 6,5 triệu), 1168 (3.700.000) are other organisations."),
    # ---------------- 055 bão số 3, Chương Mỹ
    ("055_96b8b5707383", "supported",
     "Theo LĐLĐ huyện Chương Mỹ, cơn bão số 3 đã làm gần 4.900 hộ dân trên địa bàn huyện bị ảnh hưởng.",
     "055_96b8b5707383: Chủ tịch LĐLĐ huyện Chương Mỹ: \"có 4.885 hộ dân bị ảnh hưởng\" (bão số 3). gần 4.900 ~ 4.885."),
    ("055_96b8b5707383", "differs",
     "Bão số 3 khiến hơn 32 nghìn nhân khẩu ở huyện Chương Mỹ (Hà Nội) bị ảnh hưởng.",
     "055_96b8b5707383: \"có 22.161 nhân khẩu bị ảnh hưởng\". g.sh '32 nghìn|32\\.000|nhân khẩu': nhân khẩu only in 055 (22.161); 32.000 not stated anywhere (only 1.732.000 tỷ in seed 002, unrelated)."),
    # ---------------- 073 chị Lại Hải Yến
    ("073_38aec1dd2ed1", "not_found",
     "Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình nữ công nhân môi trường Lại Hải Yến qua đời do tai nạn.",
     "073_38aec1dd2ed1 says the union \"tới thăm, trao hỗ trợ cho gia đình đoàn viên Lại Hải Yến\" but gives no amount (only birth years 1972/2007). g.sh 'Lại Hải Yến|chị Yến' -> only 073 (and 1171, another chị Yến in HCM). No amount for this support anywhere."),
    # ---------------- 118 Công đoàn ngành Y tế Hà Nội 2019
    ("118_adf4ffe4e353", "differs",
     "Hội thi tuyên truyền “Cán bộ ngành Y tế đổi mới phong cách, thái độ phục vụ” của ngành Y tế Hà Nội năm 2019 có 27 đội tham gia.",
     "118_adf4ffe4e353: \"Hội thi thu hút 37 đội tham gia ... với gần 600 thí sinh\". g.sh '27 đội|37 đội' -> only 37 đội in 118."),
    ("118_adf4ffe4e353", "not_found",
     "Tại Hội thi tuyên truyền đổi mới phong cách, thái độ phục vụ ngành Y tế Hà Nội năm 2019, có 12 đội đạt giải.",
     "118_adf4ffe4e353 counts participating teams (37 đội) and contestants (gần 600 thí sinh) and names Giải nhất (BV Xanh Pôn) but never counts prize-winning teams. g.sh 'đạt giải' -> other events only (seed 000 111 thí sinh đạt giải, 064, 502, 1046...). g.sh 'Xanh Pôn|đổi mới phong cách' -> seed 001 is a Công đoàn Y tế Việt Nam chung kết (another event), no count of winners."),
    # ---------------- 128 quà Tết công nhân môi trường Hai Bà Trưng
    ("128_4d3aad482add", "differs",
     "Công đoàn Xây dựng Việt Nam đã tặng 50 suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng dịp Tết.",
     "128_4d3aad482add: \"dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết\". g.sh '50 suất|suất quà' -> 50 suất not stated; other suất quà counts (147, 80, 40, 122, 3.600, 21.900...) are other organisations."),
    ("128_4d3aad482add", "not_found",
     "Suất quà tập thể Công đoàn ngành Xây dựng Việt Nam trao cho tổ môi trường số 5, Chi nhánh Hai Bà Trưng trị giá 5 triệu đồng.",
     "128_4d3aad482add: \"1 suất quà cho tập thể tổ môi trường số 5\" - value not stated (only the individual gifts: 1 triệu đồng each). g.sh 'tổ môi trường' -> 073 (Tổ Môi trường 10 Đống Đa) and 128 only; no value for the tập thể gift."),
    # ---------------- 138 quà Tết giáo viên khiếm thị
    ("138_a7c2956bbbb4", "not_found",
     "Đoàn công tác Sở GD&ĐT Hà Nội đã tặng thầy giáo khiếm thị Ngô Văn Hiếu món quà Tết trị giá 5 triệu đồng.",
     "138_a7c2956bbbb4 reports the visit and gift (\"thăm, tặng quà Tết thầy giáo Ngô Văn Hiếu\") with no value; figures there are 2 con nhỏ, hơn 10 năm. g.sh 'Trần Thế Cương|Nguyễn Đình Chiểu' -> 024 (list of attendees), 1004 (another school THPT Nguyễn Đình Chiểu), no gift value."),
    # ---------------- 1145 Công đoàn ngành Y tế Ninh Bình
    ("1145_9c073b82912b", "not_found",
     "Tại lễ phát động Tháng Công nhân năm 2024, Công đoàn ngành Y tế tỉnh Ninh Bình đã trao Giấy chứng nhận “Đạt chuẩn văn hóa” cho 25 đơn vị, công đoàn cơ sở.",
     "1145_9c073b82912b: \"trao Giấy chứng nhận của LĐLĐ tỉnh Ninh Bình cho các đơn vị, CĐCS 'Đạt chuẩn văn hóa'\" - no number (and only in a caption). g.sh 'Đạt chuẩn văn hóa' -> seed 000, 251 (Sơn Tây: 75 cơ quan... thẩm định, another place), 265; g.sh 'Ninh Bình' -> no count."),
    # ---------------- 1193 Hội thao NHCSXH khu vực V 2023
    ("1193_f2efb2123ee3", "supported",
     "Hội thao Ngân hàng Chính sách xã hội năm 2023 khu vực V quy tụ khoảng bốn trăm ba mươi vận động viên.",
     "1193_f2efb2123ee3: \"Về dự Hội thao có khoảng 430 vận động viên đến từ 11 Công đoàn cơ sở\". (1192 is Hội thao ngành Ngân hàng tỉnh Vĩnh Long 2019, trên 444 VĐV - another event.)"),
    ("1193_f2efb2123ee3", "differs",
     "Vận động viên dự Hội thao NHCSXH khu vực V năm 2023 đến từ 15 chi nhánh NHCSXH các tỉnh, thành phố.",
     "1193_f2efb2123ee3: \"đến từ 11 Công đoàn cơ sở tại 11 chi nhánh NHCSXH các tỉnh, thành phố\". g.sh '15 chi nhánh|11 chi nhánh' -> only 11 in 1193. (1192 Vĩnh Long: 19 chi nhánh NHTM - another event, another noun.)"),
    # ---------------- 142 khám sức khỏe Bắc Từ Liêm
    ("142_728187c82f8a", "supported",
     "Chương trình khám sức khỏe miễn phí cho đoàn viên, người lao động của LĐLĐ quận Bắc Từ Liêm có tổng kinh phí dự tính hơn 1 tỷ đồng.",
     "142_728187c82f8a body: \"với tổng số tiền dự tính khoảng trên 1 tỷ đồng. Kinh phí được trích một phần từ nguồn kinh phí Công đoàn và nguồn xã hội hoá\". hơn 1 tỷ ~ khoảng trên 1 tỷ. (862 đoàn viên is only in the headline, so not used.)"),
    # ---------------- 464 Tổng LĐLĐ phong trào thi đua 2024
    ("464_7e784f258933", "differs",
     "Phong trào thi đua năm 2024 do Tổng Liên đoàn Lao động Việt Nam phát động gồm bảy nội dung thi đua cụ thể.",
     "464_7e784f258933 body: \"5 nội dung thi đua cụ thể với các nhóm vấn đề\" (Tờ trình phát động phong trào thi đua năm 2024, Tổng LĐLĐ VN). g.sh 'nội dung thi đua|thi đua năm 2024|(7|bảy) nội dung' -> no other count of nội dung for this movement (seed 001 Thanh Xuân, 182, 218 give no count)."),
    # ---------------- 217 Thái Nguyên
    ("217_ef7d713b3269", "supported",
     "LĐLĐ tỉnh Thái Nguyên đặt mục tiêu phát triển 53000 đoàn viên trong giai đoạn 2018 - 2023.",
     "217_ef7d713b3269: \"đưa ra những giải pháp để phát triển 53.000 đoàn viên, giai đoạn 2018-2023\" (LĐLĐ tỉnh Thái Nguyên)."),
    # ---------------- 242 Đại hội XVI Công đoàn TP Hà Nội
    ("242_5bc709367c4a", "differs",
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, diễn ra từ 23 đến 25/4/2018, có 620 đại biểu tham dự.",
     "242_5bc709367c4a: \"Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI ... từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu\"; 092 (same congress): \"sẽ diễn ra với sự tham gia của 550 đại biểu chính thức\". g.sh '620 đại biểu' -> none."),
    # ---------------- 243 Long Biên ngày hội VH-TT 2019
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội Văn hóa - Thể thao năm 2019 của Công đoàn quận Long Biên có 32 đội tham dự.",
     "243_c554aeec7ee3 counts đoàn viên (1.400, headline) and mentions \"các đội tham dự Ngày hội\" (caption) without a number of teams. g.sh '[0-9]+ đội' -> teams counted only for other events (046 18 đội bóng, 060 93 đội, 118 37 đội, 316 39 đội, 988 48 đội, 1081 19 đội, 1101 11 đội); none for Long Biên."),
    # ---------------- 294 tai nạn Quốc Oai
    ("294_41e7ee9e3dca", "supported",
     "Sở LĐTB&XH Hà Nội đề nghị thành phố hỗ trợ 10 triệu đồng cho gia đình mỗi người tử vong trong vụ tai nạn lao động ở huyện Quốc Oai.",
     "294_41e7ee9e3dca: \"đề nghị thành phố hỗ trợ, thăm hỏi gia đình nạn nhân số tiền 10 triệu đồng/người tử vong\" (vụ tai nạn Quốc Oai 18/6)."),
    ("294_41e7ee9e3dca", "differs",
     "Vụ tai nạn lao động tại công trường Trường mầm non Đông Yên B (Quốc Oai, Hà Nội) ngày 18/6 đã làm 5 người tử vong.",
     "294_41e7ee9e3dca: \"khiến 3 người tử vong, 7 người bị thương\"; 111 (same accident): \"khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng\". g.sh '5 người tử vong|năm người' -> none (109: 4 người tử vong is the Nguyễn Công Trứ accident, another event)."),
    # ---------------- 296 Gia Lâm
    ("296_cf67e2f30129", "not_found",
     "Toàn huyện Gia Lâm có 215 công đoàn cơ sở đã tổ chức Đại hội nhiệm kỳ 2023 - 2028.",
     "296_cf67e2f30129 gives only a share: \"100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội\" and \"sớm hơn 1 tháng\"; no count of CĐCS. g.sh 'Gia Lâm' (and 'Gia Lâm.{0,100}[0-9]+ (Công đoàn cơ sở|CĐCS)') -> 051, 082, 255, 303 (93 năm, 44 năm), 400, 452, 783... none counts CĐCS."),
    # ---------------- 307 Đại hội XVII Công đoàn TP Hà Nội
    ("307_af41b81b9229", "supported",
     "Có 545 đại biểu chính thức có mặt tại Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023 - 2028.",
     "307_af41b81b9229: \"tham dự Đại hội có 545/550 đại biểu chính thức\" (Đại hội XVII, 16-17/10/2023). (288: 548 đại biểu is Đại hội XVIII 2025-2030, another edition.)"),
    ("307_af41b81b9229", "not_found",
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII đã bầu 45 ủy viên Ban Chấp hành LĐLĐ thành phố khóa XVII, nhiệm kỳ 2023 - 2028.",
     "307_af41b81b9229 counts delegates (545/550) only. g.sh 'khóa XVII|khoá XVII', 'bầu [0-9]+ (đồng chí|ủy viên|người)', 'Ban Chấp hành (LĐLĐ|Liên đoàn Lao động|Công đoàn) (TP|thành phố|Thành phố) Hà Nội.{0,100}[0-9]+ (đồng chí|ủy viên|người)' -> BCH counts only for other bodies (Tổng LĐLĐ 168, Hai Bà Trưng 21, ngành Xây dựng HN 21, Đảng bộ HN 74, Đà Nẵng 570 32 ủy viên...)."),
    # ---------------- 313 Tháng Công nhân + ATVSLĐ 2022 Hà Nội
    ("313_1415405c4e17", "differs",
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 của TP Hà Nội tại KCN Bắc Thăng Long dự kiến có 1.500 đại biểu.",
     "313_1415405c4e17: \"dự kiến có 1.000 đại biểu tham dự\". g.sh '1\\.500 đại biểu|1\\.000 đại biểu' -> only 313 (1.000) and 247 (gần 1.000 đại biểu Đại hội Công đoàn Việt Nam, another event)."),
    ("313_1415405c4e17", "not_found",
     "Trong Tháng hành động về ATVSLĐ năm 2022, TP Hà Nội sẽ thanh tra, kiểm tra công tác an toàn vệ sinh lao động tại 300 doanh nghiệp.",
     "313_1415405c4e17: \"TP Hà Nội sẽ tăng cường tổ chức thanh tra, kiểm tra về công tác ATVSLĐ\" - no number. g.sh 'thanh tra.{0,60}[0-9]+ (doanh nghiệp|DN|cơ sở)|[0-9]+ (doanh nghiệp|DN).{0,40}thanh tra' -> no hits; g.sh 'ATVSLĐ năm 2022|Bắc Thăng Long' -> only 313."),
    # ---------------- 337 Hoài Đức 2020
    ("337_b563439ef734", "not_found",
     "Ngày hội Văn hóa - Thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 thu hút 500 vận động viên tham gia.",
     "337_b563439ef734 counts only \"3 nội dung thi đấu\" and says \"thu hút đông đảo công nhân viên chức lao động\" - no participant number. g.sh 'Hoài Đức' / 'vận động viên' -> other events (336 Hoàn Kiếm hơn 1.000 VĐV, 338 Thanh Xuân 125, 1192, 1193), none for Hoài Đức."),
    # ---------------- 348 Sóc Sơn
    ("348_db7d0bb18329", "supported",
     "Đảng bộ huyện Sóc Sơn hiện có gần 14,5 nghìn đảng viên.",
     "348_db7d0bb18329 (28/07/2020): \"Đảng bộ huyện Sóc Sơn đã có 14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng\". gần 14,5 nghìn ~ 14.490."),
    ("348_db7d0bb18329", "differs",
     "Tính đến năm 2020, Đảng bộ huyện Sóc Sơn có 73 tổ chức cơ sở Đảng.",
     "348_db7d0bb18329: \"14.490 đảng viên thuộc 63 tổ chức cơ sở Đảng\". g.sh '73 tổ chức|63 tổ chức' -> only 63 in 348."),
    # ---------------- 521 Thái Bình
    ("521_6b26fbbdeca6", "not_found",
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020 - 2025 có 350 đại biểu chính thức tham dự.",
     "521_6b26fbbdeca6 only reports the close (15/10) and Ngô Đông Hải re-elected; no delegate count. g.sh 'Thái Bình' -> 106, 493 ('trạng thái bình thường'), 985 (guest list) - none counts delegates of this congress."),
    # ---------------- 827 Minh Phụng rau câu
    ("827_be7073043765", "differs",
     "Hội thi Nấu và Trang trí rau câu do Công đoàn phường Minh Phụng (TP HCM) tổ chức thu hút 12 công đoàn cơ sở tham gia.",
     "827_be7073043765: \"Hội thi thu hút sự tham gia của 17 Công đoàn cơ sở\" (and \"trao 17 giải thưởng\"). g.sh '12 Công đoàn cơ sở|rau câu|Minh Phụng' -> only 827 with 17."),
    # ---------------- 887 Hà Trung
    ("887_19e43b08801d", "supported",
     "Đại hội Đảng bộ huyện Hà Trung lần thứ XXII đã bầu ba mươi sáu đồng chí vào Ban Chấp hành nhiệm kỳ 2020 - 2025.",
     "887_19e43b08801d: \"Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025\"."),
    ("887_19e43b08801d", "differs",
     "Ủy ban Kiểm tra Huyện ủy Hà Trung nhiệm kỳ 2020 - 2025 gồm 9 ủy viên.",
     "887_19e43b08801d: \"Ủy ban Kiểm tra Huyện ủy nhiệm kỳ mới gồm 7 ủy viên\". g.sh 'Ủy ban Kiểm tra.{0,40}(gồm|có) [0-9]+' -> 570 (Đà Nẵng 8), 572 (TP.HCM 15), 808 (Thành Đoàn 11): other bodies; 9 not stated for Hà Trung."),
    # ---------------- 933 Cẩm Lệ 2023
    ("933_2245790ce85c", "supported",
     "Năm 2023, LĐLĐ quận Cẩm Lệ đã phát triển được 773 đoàn viên công đoàn.",
     "933_2245790ce85c: LĐLĐ quận Cẩm Lệ, năm 2023: \"thành lập mới 6 Công đoàn cơ sở, phát triển 773 đoàn viên\"."),
    ("933_2245790ce85c", "differs",
     "Trong năm 2023, các cấp Công đoàn quận Cẩm Lệ đã chăm lo, hỗ trợ hơn 1.700 đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "933_2245790ce85c: \"chăm lo, hỗ trợ cho 1.370 đoàn viên, người lao động khó khăn với tổng kinh phí hơn 565 triệu đồng\". g.sh '1\\.700|1\\.370' -> 1.700 only in 295, 686 (hơn 1.700 công nhân, another company event), 1011 (1.700 ngôi nhà) - unrelated."),
    # ---------------- 944 Mùa Hè Xanh Bách khoa 2023
    ("944_17ca3d320e2c", "supported",
     "Chiến dịch Mùa Hè Xanh Bách khoa năm 2023 của ĐH Bách khoa (ĐHQG TP HCM) có 470 sinh viên hoạt động tại mặt trận TP HCM.",
     "944_17ca3d320e2c: \"chiến dịch còn diễn ra đồng thời tại mặt trận TP. HCM, với 470 sinh viên\"."),
    ("944_17ca3d320e2c", "differs",
     "Mùa Hè Xanh Bách khoa 2023 ra quân đến mặt trận huyện Tân Hồng (Đồng Tháp) với 300 sinh viên.",
     "944_17ca3d320e2c: \"ra quân đến mặt trận huyện Tân Hồng (tỉnh Đồng Tháp), với 500 sinh viên, 150 giảng viên\". g.sh '300 sinh viên|500 sinh viên|Tân Hồng' -> only 944 (500)."),
    # ---------------- 964 An Hội Tây
    ("964_0f6571f76771", "supported",
     "Công đoàn phường An Hội Tây, TP HCM hiện quản lý hơn 5,6 nghìn đoàn viên.",
     "964_0f6571f76771: \"Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên\" (lead paragraph). hơn 5,6 nghìn ~ 5.660."),
    ("964_0f6571f76771", "differs",
     "Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm (phường An Hội Tây, TP HCM) được thành lập với 45 đoàn viên.",
     "964_0f6571f76771: \"thành lập Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm với 31 đoàn viên\". g.sh '45 đoàn viên|31 đoàn viên' -> only 31 in 964; 'Đặng Thùy Trâm' elsewhere only 1168 (another union, 5.412 đoàn viên)."),
    # ---------------- 992 Công đoàn Viên chức TP HCM
    ("992_ad068b3db8db", "supported",
     "Qua phong trào thi đua của Công đoàn Viên chức TP HCM, hơn 120 công trình đã được các công đoàn cơ sở thực hiện.",
     "992_ad068b3db8db: \"đã có 68 CĐ cơ sở thực hiện 121 công trình\". hơn 120 ~ 121. Other công trình counts (seed 000 526/94/6, 215 175 công trình sản phẩm - CĐ Viên chức Hà Nội) are other organisations."),
    ("992_ad068b3db8db", "differs",
     "Đã có 86 công đoàn cơ sở thuộc Công đoàn Viên chức TP HCM thực hiện công trình thi đua.",
     "992_ad068b3db8db: \"đã có 68 CĐ cơ sở thực hiện 121 công trình\". g.sh '86 (CĐ|Công đoàn|công đoàn)|68 CĐ' -> only 68 in 992."),
]


def fix_quotes(t):
    """Turn ASCII double quotes into alternating typographic ones (keeps the TSV unquoted)."""
    out, opened = [], False
    for ch in t:
        if ch == '"':
            out.append('”' if opened else '“')
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        why = fix_quotes(why)
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    for r in rows:
        assert not any(('\t' in x or '\n' in x or '"' in x) for x in r), r
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen114/claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c))


if __name__ == "__main__":
    main()
