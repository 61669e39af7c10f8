#!/usr/bin/env python3
"""Build claims.tsv for the blind test of `ldtd check` (unseen68).

Plain Python: csv + unicodedata only. Claims are written NFC-normalised and sorted by page_id.
Each row: (page_id, verdict, claim, why).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------------------------------------------------------- 1042
    ("1042_fe924796bfeb", S,
     "Công đoàn ngành Giáo dục Hà Nội hiện quản lý một trăm tám mươi ba công đoàn cơ sở.",
     "1042_fe924796bfeb: 'Công đoàn ngành Giáo dục Hà Nội hiện quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)'."),
    ("1042_fe924796bfeb", D,
     "Toàn ngành Giáo dục Hà Nội có khoảng 18.100 đoàn viên công đoàn sinh hoạt tại 183 CĐCS.",
     "1042_fe924796bfeb: '183 Công đoàn cơ sở ... với hơn 11.800 đoàn viên' (claim says ~18.100). g.sh '11[.,]?800|18[.,]?100' hits only the 11.800 line."),
    # ---------------------------------------------------------------- 643
    ("643_63b39ed01884", S,
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ Thủ đô nghèo thuộc LĐLĐ TP Hà Nội đã giải quyết cho hơn 2.000 đoàn viên, người lao động vay vốn.",
     "643_63b39ed01884: 'Tính đến hết tháng 8-2020, Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo ... đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn' (2.040 ~ hơn 2.000)."),
    ("643_63b39ed01884", D,
     "Đến hết tháng 8-2020, Quỹ Trợ vốn công nhân viên chức lao động nghèo Thủ đô đã giải ngân gần 64 tỷ đồng cho đoàn viên vay.",
     "643_63b39ed01884: 'đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên' (claim: gần 64 tỷ). g.sh '64 t[ỉỷ]|gần 44' hits only the 44 tỉ line; other Quỹ trợ vốn pages (002 seed, 331, 1022) give no 2020 cumulative total."),
    # ---------------------------------------------------------------- 694
    ("694_7426b72731ba", S,
     "Liên đoàn Lao động tỉnh Long An vừa trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn.",
     "694_7426b72731ba: 'LĐLĐ tỉnh Long An tổ chức lễ tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn'."),
    ("694_7426b72731ba", D,
     "Tại lễ tuyên dương năm nay, LĐLĐ tỉnh Long An đã khen thưởng 130 học sinh giỏi là con đoàn viên công đoàn.",
     "694_7426b72731ba: 'tuyên dương, khen thưởng 103 học sinh giỏi' (claim 130; the 303 on the page is the cumulative total 'Từ năm 2022 đến nay', another period). g.sh '103 học sinh|130 học sinh' hits only the 103 line."),
    # ---------------------------------------------------------------- 455
    ("455_c8575d3b57ff", S,
     "Ngôi nhà Mái ấm Công đoàn của chị Lê Thị Anh Lam tại xã Hòa Sơn, huyện Ninh Sơn có tổng kinh phí xây dựng 65 triệu đồng.",
     "455_c8575d3b57ff: 'Ngôi nhà của chị Lam được xây dựng tại thôn Tân Hiệp, xã Hòa Sơn, huyện Ninh Sơn, có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng'."),
    ("455_c8575d3b57ff", D,
     "Quỹ Mái ấm Công đoàn đã hỗ trợ 50 triệu đồng để xây nhà cho đoàn viên Lê Thị Anh Lam ở huyện Ninh Sơn.",
     "455_c8575d3b57ff: 'trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng, phần còn lại từ nguồn tích góp của hai vợ chồng' (claim 50 triệu). g.sh '50 triệu đồng' hits only other provinces/occasions (Đà Nẵng 454/491, 062, 460); 'Anh Lam|Ninh Sơn' only in 455."),
    # ---------------------------------------------------------------- 144
    ("144_bc4e63c5ba65", S,
     "LĐLĐ thành phố Hà Nội đã trao 23 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144_bc4e63c5ba65: 'cán bộ LĐLĐ thành phố Hà Nội đã trực tiếp trao hỗ trợ số tiền 23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh'."),
    ("144_bc4e63c5ba65", D,
     "Công đoàn ngành Y tế Hà Nội trao 25 triệu đồng cho gia đình điều dưỡng Trần Thị Thịnh, người tử vong trong vụ cháy chung cư mini Khương Hạ.",
     "144_bc4e63c5ba65: 'Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng cho thân nhân đoàn viên' (claim 25 triệu). g.sh 'Trần Thị Thịnh|Khương Hạ|chung cư mini' : only 144 and 328 (328 = LĐLĐ HN support to another victim's family, Khương Đình, no ngành Y tế figure); '25 triệu đồng' elsewhere only 048 (Mái ấm, Hoài Đức) and 793."),
    # ---------------------------------------------------------------- 998
    ("998_d6cbe319eeca", S,
     "Trong tuần 7 và 8 của chiến dịch Thanh niên tình nguyện hè 2023, đã có hơn 811 nghìn lượt đoàn viên thanh niên tham gia các phần việc.",
     "998_d6cbe319eeca: 'Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình với sự tham gia của 811.401 lượt đoàn viên thanh niên'."),
    ("998_d6cbe319eeca", D,
     "Hè 2023, gần 640 chiến sĩ tình nguyện của 10 đơn vị đã ra Đảo Thanh niên triển khai các hoạt động tình nguyện.",
     "998_d6cbe319eeca: 'Hoạt động Đảo Thanh niên: Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên' (claim gần 640). g.sh '463|640 chiến sĩ|Đảo Thanh niên': 550 names '6 đảo thanh niên' (places, not volunteers); 640 only as '640 triệu đồng' in 124 (unrelated)."),
    # ---------------------------------------------------------------- 793
    ("793_a83971f85d67", S,
     "Nhân ngày Quốc tế Thiếu nhi 1/6/2023, Huyện Đoàn Phú Tân cùng ban tổ chức đã trao tặng bốn trăm phần quà cho trẻ em có hoàn cảnh đặc biệt.",
     "793_a83971f85d67: 'Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt'."),
    ("793_a83971f85d67", D,
     "Tổng trị giá số quà Huyện Đoàn Phú Tân trao cho trẻ em có hoàn cảnh đặc biệt dịp 1/6/2023 là hơn 216 triệu đồng.",
     "793_a83971f85d67: '400 phần quà, với tổng trị giá 186.250.000 đồng' (claim hơn 216 triệu). g.sh '186[.,]250|216 triệu' hits only the 186.250.000 line."),
    # ---------------------------------------------------------------- 1192
    ("1192_dccb05c77ecc", S,
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2019 có hai mươi bốn đoàn tham gia.",
     "1192_dccb05c77ecc: 'Hội thao có 24 đoàn tham gia gồm: NHNN tỉnh, 19 chi nhánh NHTM, Ngân hàng CSXH, Quỹ Đầu tư phát triển và 02 QTDND'."),
    # ---------------------------------------------------------------- 992
    ("992_ad068b3db8db", S,
     "Công đoàn Viên chức TP HCM đã khen thưởng 3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015.",
     "992_ad068b3db8db: 'CĐ Viên chức đã khen thưởng 3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015'. (108 counts 11 cá nhân for Giải thưởng Tôn Đức Thắng 2018 = another year.)"),
    # ---------------------------------------------------------------- 083
    ("083_310dcb0ef093", S,
     "Sau 90 năm xây dựng và phát triển, đến năm 2019 Công đoàn Việt Nam đã có gần 10,5 triệu đoàn viên.",
     "083_310dcb0ef093: '90 năm xây dựng và phát triển ... tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên' (lễ kỷ niệm 90 năm, 28.7.2019)."),
    ("083_310dcb0ef093", D,
     "Trong 90 năm hình thành và phát triển (1929-2019), Công đoàn Việt Nam đã trải qua mười một kỳ đại hội.",
     "083_310dcb0ef093: '90 năm xây dựng và phát triển, trải qua 12 kỳ đại hội, với các tên gọi khác nhau' (claim 11). g.sh 'kỳ đại hội': 11 kỳ only for Đảng bộ huyện Sóc Sơn (348), others are LĐLĐ Hoàng Mai (4), Thành đoàn HN (16)."),
    # ---------------------------------------------------------------- 456
    ("456_3f33960fbf03", S,
     "Hai căn Mái ấm Công đoàn trao cho anh Nguyễn Tuấn Anh và anh Thái Minh Ngọc (huyện Châu Thành) ngày 24-5-2017 đều được Quỹ hỗ trợ 30 triệu đồng mỗi căn.",
     "456_3f33960fbf03: 'Hai Mái ấm Công đoàn này đều được xây dựng từ nguồn kinh phí hỗ trợ của Quỹ “Mái ấm Công đoàn”, với mức hỗ trợ mỗi căn là 30 triệu đồng'."),
    # ---------------------------------------------------------------- 827
    ("827_be7073043765", S,
     "Hội thi Nấu và Trang trí rau câu do Công đoàn phường Minh Phụng (TP HCM) tổ chức dịp 20-11 thu hút 17 công đoàn cơ sở trường học tham gia.",
     "827_be7073043765: 'Hội thi thu hút sự tham gia của 17 Công đoàn cơ sở đến từ các đơn vị trường học trên địa bàn phường Minh Phụng'."),
    # ---------------------------------------------------------------- 993
    ("993_0f62141c043b", S,
     "Lễ khai mạc Chợ Tết Công đoàn – Xuân 2026 tại Cung Văn hóa Lao động TPHCM có hơn một nghìn đoàn viên, người lao động tham dự.",
     "993_0f62141c043b: 'tập thể thường trực LĐLĐ TPHCM cùng hơn 1.000 đoàn viên, người lao động đang làm việc tại TPHCM' (attendance at the 31-1 opening)."),
    # ---------------------------------------------------------------- 131
    ("131_9505fced1fdf", S,
     "Từ năm 2015 đến nay, Liên đoàn Lao động TP Hà Nội đã hỗ trợ 20 căn nhà Mái ấm Công đoàn cho công nhân Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     "131_9505fced1fdf: 'Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty có hoàn cảnh đặc biệt khó khăn về nhà ở'."),
    ("131_9505fced1fdf", N,
     "LĐLĐ thành phố Hà Nội hỗ trợ 50 triệu đồng để xây nhà Mái ấm Công đoàn cho đoàn viên Hoàng Thị Hương, Công ty Môi trường đô thị Hà Nội.",
     "131 names chị Hoàng Thị Hương's house but gives no amount (only '20 nhà' since 2015, 'quý 3/2022'). g.sh 'Hoàng Thị Hương' -> only 131; '50 triệu đồng' hits only Đà Nẵng (454, 491), 062, 460 - other people/places. Not counted anywhere."),
    # ---------------------------------------------------------------- 079
    ("079_e6ebd6fda2ad", D,
     "Tại Đại hội Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I (nhiệm kỳ 2025-2030), đã có 25 người được chỉ định vào Ban Chấp hành Đảng bộ.",
     "079_e6ebd6fda2ad: 'Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người, còn khuyết 8-12 người' (claim 25 chỉ định). 342 (same congress) states no numbers; g.sh 'chỉ định 2[0-9]' hits only 079."),
    ("079_e6ebd6fda2ad", N,
     "Đại hội đại biểu Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, nhiệm kỳ 2025-2030 có 250 đại biểu chính thức tham dự.",
     "079 and 342 (both on this congress, 19-8-2025) give no delegate count; grep of 342 for '[0-9]+ (đại biểu|đảng viên|người)' returns nothing; g.sh 'Đảng bộ Tổng Liên đoàn' -> only 079, 342. Nearby figures (29-33, 21, 9-11, 9 people; 800.000 đoàn viên) are BCH/BTV appointees and a membership target, not delegates."),
    # ---------------------------------------------------------------- 721
    ("721_3e01bfb83e07", D,
     "Huyện Thạch Thất hiện có 261 công đoàn cơ sở với hơn 6.000 đoàn viên, công nhân lao động.",
     "721_3e01bfb83e07: 'Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên' (claim 261, digits swapped). g.sh '261' -> no hit; other Thạch Thất pages (052, 191, 264...) give no CĐCS count."),
    ("721_3e01bfb83e07", N,
     "Trong Tháng Công nhân năm 2022, LĐLĐ huyện Thạch Thất đã trao 200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "721 lists the Tháng Công nhân 2022 activities but counts no gifts (its figures: 216 CĐCS, trên 6.000 đoàn viên, 93 năm). g.sh 'Thạch Thất' -> 022, 052, 082, 160, 191, 221, 264, 581: none counts gifts of LĐLĐ huyện Thạch Thất in Tháng Công nhân 2022."),
    # ---------------------------------------------------------------- 405
    ("405_26391ad68e2d", D,
     "Triển lãm ảnh “Sức mạnh nhân đạo” trên phố Lê Thạch dịp phát động Tháng Nhân đạo 2018 ở Hà Nội giới thiệu 120 bức ảnh.",
     "405_26391ad68e2d: 'triển lãm ảnh \"Sức mạnh nhân đạo\" trên phố Lê Thạch giới thiệu tới công chúng 80 bức ảnh tiêu biểu' (claim 120). g.sh '120 bức|bức ảnh' -> only the 405 line."),
    # ---------------------------------------------------------------- 941
    ("941_b32ebfdb5342", D,
     "Ra quân khởi động Tháng Thanh niên 2021, Huyện đoàn Tuy Phước đã trồng 60 cây tại Trung tâm hoạt động thanh thiếu nhi huyện.",
     "941_b32ebfdb5342: 'Sáng ngày 6/3/2021 Ban Thường vụ Huyện đoàn ... Kết quả đã trồng 90 cây gồm: hoa giấy, ... thu hút 30 ĐVTN tham gia' (claim 60 cây). g.sh '90 cây|60 cây|Tuy Phước' -> only 941's 90 cây."),
    # ---------------------------------------------------------------- 544
    ("544_73613f3ff3bd", D,
     "Dịp 8/3/2022, các chi hội phụ nữ quận Hà Đông đã thực hiện 286 phần việc như tặng quà hội viên yếu thế, neo đơn.",
     "544_73613f3ff3bd: 'Các chi hội thực hiện 268 phần việc như: tặng quà hội viên phụ nữ yếu thế, neo đơn' (claim 286, digits swapped). g.sh '268|286 phần việc': 286 only in 701 (286 đoàn viên, TP.HCM hội thi), 268 also in 399 (đại biểu Ba Đình) - unrelated."),
    # ---------------------------------------------------------------- 762
    ("762_03509ce53e76", D,
     "Tại Ngày hội công nhân năm 2023 ở Khu công nghiệp Đại Đồng - Hoàn Sơn, mỗi phiếu mua hàng 0 đồng phát cho công nhân trị giá 150 nghìn đồng.",
     "762_03509ce53e76: 'Ban tổ chức đã phát 3.000 phiếu mua hàng 0 đồng, mỗi vé trị giá 250 nghìn cho công nhân lao động' (claim 150 nghìn). g.sh '150 nghìn|150\\.000 đồng' -> no hit; other phiếu values (300-500 nghìn) are Hà Nội/Hòa Bình/Phú Thọ Chợ Tết, other occasions."),
    # ---------------------------------------------------------------- 784
    ("784_77c303a5ded0", D,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè 2023 ở xã Đại Cường, Huyện đoàn Đại Lộc đã tuyên dương 15 gương thanh niên tình nguyện tiêu biểu.",
     "784_77c303a5ded0: 'Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua' (claim 15). g.sh 'Đại Lộc|15 gương|gương thanh niên' -> only 784 (12) and 728 (UBND huyện, no such count)."),
    # ---------------------------------------------------------------- 019
    ("019_86611d9987c1", D,
     "Năm 2020, thu nhập bình quân của người lao động trong các doanh nghiệp thuộc Công đoàn ngành Xây dựng Hà Nội đạt khoảng 5,4 triệu đồng/người/tháng.",
     "019_86611d9987c1: 'tăng bình quân 10%-15%, thu nhập bình quân đạt 4.500.000đ/người/tháng' (claim ~5,4 triệu). g.sh '4\\.500\\.000|5,4 triệu' -> only 019; 'thu nhập bình quân' with ngành Xây dựng/2020 -> no other hit."),
    # ---------------------------------------------------------------- 043
    ("043_33faa8637b33", D,
     "Hà Nội có bảy cá nhân tiêu biểu vinh dự nhận Giải thưởng Nguyễn Đức Cảnh lần IV năm 2023.",
     "043_33faa8637b33: 'Trong số cá nhân được khen thưởng trong năm 2023, Hà Nội vinh dự có 9 cá nhân tiêu biểu xuất sắc được trao thưởng' (claim 7). Other lần IV pages: 166 (167 nationwide, Thái Nguyên 4), 168 (Quảng Nam 1) - other provinces; no Hà Nội 7."),
    ("043_33faa8637b33", N,
     "Tại Giải thưởng Nguyễn Đức Cảnh lần thứ III năm 2018, Hà Nội có 6 công nhân được vinh danh.",
     "Another edition: 043 counts Hà Nội for lần IV (2023); 106 (lần III, 2018) counts only '70 đoàn viên, CNLĐ ... trong toàn quốc', no Hà Nội figure; 1065 ('2 cá nhân được giải thưởng Nguyễn Đức Cảnh giai đoạn 2013 – 2018') is Công đoàn ngành Xây dựng Hà Nội only, not the city. g.sh 'Giải thưởng Nguyễn Đức Cảnh' checked."),
    # ---------------------------------------------------------------- 010
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động TP Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 150 đại biểu chính thức.",
     "010 only describes decorations (pa nô, băng rôn) for the congress; no delegate count. g.sh 'Đảng bộ cơ quan (LĐLĐ|Liên đoàn)' -> 002 (2016 review), 205 (2021 review), 340 - none counts delegates of the XXV congress."),
    # ---------------------------------------------------------------- 031
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có sự tham gia của 200 đại biểu chính thức.",
     "Another edition: 132 states '200 đại biểu chính thức' for Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI; 031 (XII, 2023-2028) gives no delegate or BCH count. g.sh 'Công (T|t)hương.{0,40}(XII|XI)' -> only 031, 132."),
    # ---------------------------------------------------------------- 139
    ("139_5afbcc5d4e59", N,
     "Chiều 4/8, Phó Chủ tịch Thường trực LĐLĐ TP Hà Nội Đặng Thị Phương Hoa đã trao 200 suất quà từ chương trình “Xe buýt siêu thị 0 đồng” cho đoàn viên quận Hai Bà Trưng.",
     "139 names the gift handover but counts nothing. g.sh 'Xe buýt siêu thị|Túi an sinh' -> 087 (69 and 300 túi at Đông Anh), 067 (Ba Đình 88/43 túi), 133/266 (Dệt May 500 túi) - other places/units; nothing for Hai Bà Trưng on 4/8."),
    # ---------------------------------------------------------------- 338
    ("338_ac93a7f63ef1", N,
     "Giải Cầu lông công nhân viên chức lao động quận Thanh Xuân năm 2020 có 30 đơn vị tham gia tranh tài.",
     "338 gives 125 vận động viên (headline) but no count of participating units/teams. g.sh 'Cầu lông.{0,80}Thanh Xuân|Thanh Xuân.{0,80}cầu lông' -> only 338."),
    # ---------------------------------------------------------------- 712
    ("712_694777b452ec", N,
     "Ủy ban MTTQ Việt Nam thành phố Hà Nội khóa XVIII, nhiệm kỳ 2024-2029 được hiệp thương cử gồm 135 ủy viên.",
     "712 gives 6 chương trình hành động, 3 khâu đột phá; 713 (same congress) gives 363 đại biểu chính thức, Đoàn Chủ tịch 17 vị, Đoàn Thư ký 2 vị - no size of the Ủy ban. g.sh 'Ủy ban MTTQ.{0,60}(gồm|có) [0-9]+|[0-9]+ (vị|ủy viên).{0,40}MTTQ' -> only 588 (huyện, 09), 622 (Trung ương, 18), 715 (quận, 2)."),
    # ---------------------------------------------------------------- 391
    ("391_011bec396bed", N,
     "Lễ ra quân Tháng Thanh niên năm 2024 tại Công viên Mễ Trì sáng 19/2 thu hút 3.000 đoàn viên, thanh niên Thủ đô tham gia.",
     "391 counts no participants (figures: 30 ngày, 4 nhóm hoạt động, 'hai công trình Sân chơi thiếu nhi'). g.sh 'Mễ Trì|Tháng Thanh niên năm 2024' -> 391, 644 (TP HCM), 777 (another Tỉnh đoàn) - other places."),
    # ---------------------------------------------------------------- 396
    ("396_10158d126817", N,
     "Sở Văn hóa và Thể thao Hà Nội treo 1.000 băng rôn tuyên truyền Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2024.",
     "396 only says it sent a radio text to '30 quận, huyện, thị xã'; no banner count. g.sh 'băng rôn|pa nô' -> 010 (Đảng bộ congress), 395 (Gala ngành Công Thương, no count), 695 - none counts banners for this campaign."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
