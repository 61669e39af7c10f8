#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen58."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("083_310dcb0ef093", S,
     "Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam (1929-2019), tổ chức công đoàn cả nước có khoảng 10,5 triệu đoàn viên.",
     "083: 'tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (lễ kỷ niệm 90 năm, 28.7.1929 - 28.7.2019); 'khoảng 10,5 triệu' ~ 'gần 10,5 triệu'. g.sh '10,5 triệu' only hits 083."),
    ("1103_36980ed6ca73", S,
     "Đại hội Hội Nông dân 10 huyện, thành phố của tỉnh Bắc Giang nhiệm kỳ 2023-2028 đã bầu 287 người vào Ban Chấp hành.",
     "1103: 'Theo đó, 287 đồng chí được bầu vào Ban Chấp hành; 83 đồng chí được bầu vào Ban Thường vụ' (Hội Nông dân các huyện, TP tỉnh Bắc Giang, nhiệm kỳ 2023 – 2028)."),
    ("1186_963a0c8c187d", S,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030 có 218 đại biểu tham dự.",
     "1186: '... và 218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới' (Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, 28/11/2025)."),
    ("392_56541455e9b1", S,
     "Trong Chiến dịch Thanh niên tình nguyện hè năm 2022, Đoàn Thanh niên thành phố Hà Nội phấn đấu hoàn thành mười bốn chỉ tiêu cơ bản.",
     "392: 'phấn đấu hoàn thành 5 nhóm chỉ tiêu, với 14 chỉ tiêu cơ bản' (Đoàn Thanh niên thành phố Hà Nội, Chiến dịch TNTN Hè năm 2022). Spelled-out 'mười bốn' ~ 14."),
    ("461_41a4f3622d80", S,
     "Hưởng ứng Tháng Nhân đạo, các cấp Hội Chữ thập đỏ TP.HCM và đơn vị trực thuộc đăng ký thực hiện 43 công trình xã hội.",
     "461: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng để thực hiện 43 công trình xã hội, 21 công trình chăm sóc khỏe ban đầu' (Hội Chữ thập đỏ TPHCM). g.sh '43 công trình' only 461."),
    ("547_7c40b99db422", S,
     "Chiến dịch thanh niên tình nguyện hè 2023 của Tỉnh đoàn (với điểm tập trung tại xã biên giới Tr'hy, huyện Tây Giang) đã trồng mới hơn 165 nghìn cây xanh.",
     "547: 'Trồng mới 165.214 cây xanh' (chiến dịch thanh niên tình nguyện hè năm 2023, toàn tỉnh; Tr’hy, huyện Tây Giang). 'hơn 165 nghìn' ~ 165.214. Page never names the province (Tây Giang is in Quảng Nam), so the claim does not name it either."),
    ("571_2651997a46fd", S,
     "Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 có sự tham dự của ba trăm đại biểu chính thức.",
     "571: 'cùng 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn TP Đà Nẵng'; also 742: 'với sự tham gia của 300 đại biểu chính thức'. Spelled-out 'ba trăm' ~ 300."),
    ("626_087eb7ff5a87", S,
     "Tối 30-1, Liên đoàn Lao động quận Tân Phú cùng Công đoàn các Khu chế xuất - Công nghiệp TP.HCM đã trao 300 phần quà Tết cho công nhân lao động khó khăn.",
     "626: 'lãnh đạo TP đã trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng ... cho công nhân lao động ở Công đoàn cơ sở thuộc LĐLĐ quận Tân Phú và Công đoàn các KCX-CN TP'."),
    ("706_3b59f272cb92", S,
     "Đại hội Công đoàn Viên chức TP khóa III, nhiệm kỳ 2017-2022 đặt mục tiêu vận động từ 85% trở lên công chức, viên chức, người lao động học tập nâng cao trình độ.",
     "706: 'Vận động từ 85% trở lên công chức, viên chức, người lao động bằng các hình thức khác nhau học tập nâng cao trình độ học vấn, chuyên môn' (Đại hội Đại biểu Công đoàn Viên chức Tp khóa III, 2017-2022; VOH = TP.HCM)."),
    ("763_1f58c3035f15", S,
     "Ngôi nhà “Mái ấm Công đoàn” bàn giao cho gia đình anh Phạm Văn Bút có kinh phí xây dựng 74 triệu đồng.",
     "763: 'Ngôi nhà có tổng diện tích 59,8m2, kinh phí xây dựng 74 triệu đồng, trong đó quỹ “Mái ấm Công đoàn” hỗ trợ 40 triệu đồng' (gia đình anh Phạm Văn Bút)."),
    ("921_752a72eb5126", S,
     "Tại chương trình “Đêm hội trăng rằm” ở xã Phước Đông (Gò Dầu), mỗi phần quà Trung thu Công đoàn Khu Kinh tế tỉnh trao cho thiếu nhi trị giá 120 nghìn đồng.",
     "921: 'Công đoàn Khu Kinh tế trao 110 phần quà gồm: bánh, kẹo, lòng đèn... mỗi phần trị giá 120.000 đồng' (Đêm hội trăng rằm, xã Phước Đông, huyện Gò Dầu, 20.9.2021). '120 nghìn đồng' = 120.000 đồng."),
    ("964_0f6571f76771", S,
     "Công đoàn phường An Hội Tây (TP HCM) hiện quản lý hơn 5,6 nghìn đoàn viên.",
     "964: 'Hiện Công đoàn phường An Hội Tây, TP HCM quản lý 142 Công đoàn cơ sở với 5.660 đoàn viên'. 'hơn 5,6 nghìn' ~ 5.660."),
    ("176_48c827f6f4be", S,
     "Năm 2025, các cấp Công đoàn Thủ đô phát động phong trào thi đua trong công nhân, viên chức, lao động theo hai đợt.",
     "176: 'năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên chức, lao động theo 2 đợt' (body sentence, repeated in the caption). Spelled-out 'hai' ~ 2."),

    # ---------------- differs ----------------
    ("092_19866e76540c", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 có 650 đại biểu chính thức tham gia.",
     "092: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức' (242 adds 'với sự tham dự của 546 đại biểu' for the same XVI congress). g.sh '650 đại biểu' -> no hit."),
    ("1012_7b47589330b0", D,
     "Trong chiến dịch Thanh niên tình nguyện hè TP HCM (từ 12-7 đến 16-8), tuổi trẻ thành phố đã sửa chữa, xây mới 40 cây cầu giao thông nông thôn.",
     "1012: 'sửa chữa, xây mới 22 cây cầu giao thông nông thôn' (Chiến dịch Thanh niên tình nguyện hè TP HCM, 12-7 đến 16-8). g.sh 'cây cầu' only hits 1012 (22); '40 cây cầu' -> no hit."),
    ("1103_36980ed6ca73", D,
     "Các đại hội Hội Nông dân cấp huyện ở Bắc Giang nhiệm kỳ 2023-2028 đã bầu khoảng 330 đại biểu đi dự Đại hội Hội Nông dân tỉnh.",
     "1103: '262 đại biểu được bầu đi dự Đại hội cấp tỉnh'. g.sh '330 đại biểu' -> no hit; other Hội Nông dân congress figure in corpus (985: 304 đại biểu) is Nghệ An, not Bắc Giang."),
    ("1186_963a0c8c187d", D,
     "Đại biểu dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V đại diện cho hơn 25 nghìn đoàn viên công đoàn trên toàn mạng lưới.",
     "1186: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới'. g.sh '25\\.000 đoàn viên|25 nghìn' -> only 644 (Đoàn thanh niên target 'phát triển mới ít nhất 25.000 đoàn viên', unrelated)."),
    ("169_990fba4964f3", D,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV (2018) đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018-2023 gồm 45 ủy viên.",
     "169: 'Đại hội cũng đã bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ 2018 - 2023 gồm 36 đồng chí'. g.sh '45 ủy viên|45 đồng chí' -> no hit."),
    ("313_1415405c4e17", D,
     "Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 của TP Hà Nội tại KCN Bắc Thăng Long dự kiến có 1 500 đại biểu tham dự.",
     "313: 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2022 được tổ chức tại Khu Công nghiệp Bắc Thăng Long ..., dự kiến có 1.000 đại biểu tham dự'. g.sh '1\\.500 đại biểu|1500 đại biểu' -> no hit; 'Bắc Thăng Long' only 313."),
    ("392_56541455e9b1", D,
     "Thành đoàn Hà Nội triển khai 15 đội hình chuyên cấp thành phố trong Chiến dịch Thanh niên tình nguyện hè năm 2022.",
     "392: 'triển khai 9 đội hình chuyên cấp thành phố' (Chiến dịch TNTN Hè năm 2022). g.sh '15 đội hình' -> no hit. Note 318 has '12 đội hình chuyên' for the 2015 Hanoi campaign (other year, other value)."),
    ("426_149ced3ae0fa", D,
     "Trước khi làm Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện, ông Trần Duy Phương đã có mười lăm năm làm việc tại báo Lao động.",
     "426: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện'. g.sh 'Trần Duy Phương' only 426; '15 năm' hits are unrelated (186, 286, 395, 701)."),
    ("461_41a4f3622d80", D,
     "Hưởng ứng Tháng Nhân đạo, các cấp Hội Chữ thập đỏ TPHCM đã đăng ký ủng hộ hơn 28 tỷ đồng để chăm lo người khó khăn.",
     "461: 'các cấp Hội Chữ thập đỏ và các đơn vị trực thuộc đã đăng ký ủng hộ hơn 18 tỷ đồng'. g.sh '28 tỷ' -> no hit; 506 (HCMC 2022 launch) gives 'trên 50 tỷ đồng' for the whole Tây Nguyên-HCMC cluster over 4 years, another thing."),
    ("547_7c40b99db422", D,
     "Trong chiến dịch thanh niên tình nguyện hè 2023 có điểm nhấn ở huyện Tây Giang, Tỉnh đoàn đã xây dựng mới 38 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú.",
     "547: 'Xây dựng mới 28 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú'. g.sh '38 nhà' -> no hit."),
    ("571_2651997a46fd", D,
     "Trước khi hợp nhất, Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam quản lý hơn 4.200 công đoàn cơ sở, nghiệp đoàn cơ sở.",
     "571: 'Trước khi hợp nhất, Liên đoàn Lao động TP Đà Nẵng và tỉnh Quảng Nam trước đây quản lý 3.382 công đoàn cơ sở, nghiệp đoàn cơ sở với 407.936 đoàn viên'. g.sh '4\\.200|4200' -> no CĐCS hit."),
    ("577_df0527edc304", D,
     "Đoàn đại biểu LĐLĐ tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm 18 người.",
     "577: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. g.sh '18 người|mười tám' -> no hit."),
    ("642_ac0065628b07", D,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, TP Hội An đã trao bảy mươi suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "642: 'TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)'. g.sh '70 suất|bảy mươi' -> no hit; 207 (LĐLĐ TP Hội An, 80 suất quà for đoàn viên) is another organisation/occasion."),
    ("815_4b1f243f3f97", D,
     "Hội nghị của Bộ Tư pháp có sự tham dự của Chủ tịch Công đoàn Bộ Khương Thị Thanh Huyền cùng khoảng 600 đại biểu đại diện cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ.",
     "815: 'đồng chí Khương Thị Thanh Huyền, Chủ tịch Công đoàn Bộ Tư pháp và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ'. g.sh '600 đại biểu' -> only 1026 (another event)."),
    ("941_b32ebfdb5342", D,
     "Ngày 6/3/2021, Huyện đoàn Tuy Phước ra quân khởi động Tháng Thanh niên và trồng 150 cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941: 'Kết quả đã trồng 90 cây gồm: hoa giấy, hoa dâm bụt, ... thu hút 30 ĐVTN tham gia' (Huyện đoàn Tuy Phước, 6/3/2021). g.sh '150 cây' -> no hit."),
    ("626_087eb7ff5a87", D,
     "Mỗi phần quà Tết mà lãnh đạo TP.HCM trao cho công nhân lao động tại quận Tân Phú tối 30-1 trị giá 2 triệu đồng, gồm quà và tiền mặt.",
     "626: 'trao tặng 300 phần quà, mỗi phần quà trị giá 1,3 triệu đồng (bao gồm quà và tiền mặt)'. g.sh '2 triệu đồng' hits only other events (518, 686, 286...), none at Tân Phú."),

    # ---------------- not_found ----------------
    ("127_640c05f71edb", N,
     "Tại chương trình “Tết sum vầy - Xuân Bình an” năm 2022, Công đoàn ngành Giao thông vận tải Hà Nội đã trao 200 suất quà cho người lao động.",
     "127 names the programme (20/1/2022) but states no gift count. g.sh 'Xuân Bình an' -> 127, 133/266 (Dệt May Hà Nội), 181, 542, 1061: none counts GTVT gifts; '200 suất' -> 542 'LĐLĐ tỉnh tặng 200 suất quà cho CNLĐ thuộc LĐLĐ thị xã Hoàng Mai' (another organisation's Tết sum vầy) and 519 (Đoàn target). g.sh '(Giao thông vận tải|GTVT) Hà Nội' -> no suất/phần quà count."),
    ("148_8ca3abe46cd0", N,
     "Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang năm 2023 có 600 công nhân, viên chức, lao động tham dự.",
     "148 announces the 23rd Hội thi (26-4-2023) with no participant count. g.sh 'Hội thi An toàn v' / 'Tiền Giang' -> 1082 has 'cùng 600 công nhân, viên chức, lao động (CNVCLĐ)' at the opening of the Hội thi ATVSLĐ, PCCN tỉnh Tiền Giang lần thứ 20 (26-5-2020): another edition, so not counted for the 23rd."),
    ("169_990fba4964f3", N,
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV, nhiệm kỳ 2018-2023 có hơn 400 đại biểu chính thức về dự.",
     "169 gives only the BCH size (36). g.sh 'Giáo dục Việt Nam' -> 024, 120, 169, 298, 474, 664, 1004, 1042: no delegate count for the XV congress; g.sh 'Công đoàn Giáo dục.{0,200}[0-9]+ đại biểu' -> no hit."),
    ("204_781975f239f1", N,
     "Đại hội Công đoàn ngành Nông nghiệp và PTNT Hà Nội lần thứ V, nhiệm kỳ 2018-2023 có 128 đại biểu chính thức.",
     "204 reports the V congress without a delegate count. g.sh 'NN&PTNT Hà Nội|Nông nghiệp và PTNT Hà Nội' -> 023: 'bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI' (2023-2028 edition, another congress); 254 gives 41 CĐCS / gần 7.000 đoàn viên (other counted nouns)."),
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII, nhiệm kỳ 2017-2022 có 191 đại biểu tham dự.",
     "240 gives no delegate count. g.sh 'Sở Xây dựng Hà Nội' / '191 đại biểu' -> 239: 'Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028 ... 191 đại biểu' (another organisation, another term)."),
    ("287_eb066041b262", N,
     "Công đoàn phường Nghĩa Đô (Hà Nội), thành lập ngày 2/10/2025, hiện quản lý 85 công đoàn cơ sở.",
     "287 gives only the founding decision number (1881/QĐ-LĐLĐ) and date. g.sh 'Nghĩa Đô' -> only 287, no CĐCS/đoàn viên count; g.sh '85 công đoàn|85 CĐCS' -> no hit."),
    ("338_ac93a7f63ef1", N,
     "Giải Cầu lông công nhân viên chức lao động quận Thanh Xuân năm 2020 có 32 đơn vị tham gia tranh tài.",
     "338 counts athletes only in its headline ('125 vận động viên'), never units. g.sh 'Thanh Xuân.{0,100}(cầu lông|vận động viên|đội)' -> 338 only; '32 đơn vị' -> 246 (cụm thi đua quận Long Biên, unrelated)."),
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 300 đại biểu chính thức tham dự.",
     "342 and 079 (same congress) give no delegate count; 079 counts BCH/BTV members ('dự kiến có 29-33 người, hiện đã chỉ định 21 người'; BTV 9), another counted noun. g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ' -> 079, 342 only; '300 đại biểu' hits (571/742 Đà Nẵng, 743 Khánh Hòa, 466) are other congresses."),
    ("603_9aa68f9b9708", N,
     "Trong Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 400 suất quà cho người có hoàn cảnh khó khăn.",
     "603 (lễ phát động 22-4-2023) states no gift count. g.sh 'Chữ thập đỏ quận Hai Bà Trưng' -> 509: 'Trao tặng 400 suất quà trị giá 200 triệu đồng' and '4.300 suất quà' for Tết Nhâm Dần 2022, another occasion/year."),
    ("868_3432022c4dcf", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 400 đại biểu về dự.",
     "868 is a one-sentence report (31/8/2015) without delegate count. g.sh 'Lạng Sơn.{0,100}(thi đua|đại biểu)' -> 826 (lần thứ V, no count) and 868; '400 đại biểu' -> 529 (another congress) and 815 ('gần 400', Bộ Tư pháp)."),
    ("782_d74cc27f8aa4", N,
     "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 của Tỉnh Đoàn Yên Bái có gần 1.000 đoàn viên, thanh niên tham gia.",
     "782 gives 1 chương trình, 4 chiến dịch, 3 ngày cao điểm but no participant count. g.sh 'Yên Bái' -> no youth count; 609 has 'Thành đoàn Hà Nội tổ chức ra quân ... năm 2024 ... với sự tham gia của gần 1.000 đoàn viên, thanh niên' (another province)."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
