#!/usr/bin/env python3
"""Build claims.tsv for batch 21 (blind claim set for `ldtd check`).

Plain Python: csv + unicodedata only. Writes claims.tsv (NFC, sorted by page_id).
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 901 Công đoàn Điện lực VN, Tháng Công nhân 2024 ----------------
    ("901_623fc945bf8f", S,
     "Công đoàn Điện lực Việt Nam đặt mục tiêu 100% công đoàn cơ sở trong hệ thống có hoạt động hưởng ứng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2024.",
     "901_623fc945bf8f: \"Mục tiêu 100% công đoàn cơ sở trong hệ thống Công đoàn Điện lực Việt Nam tổ chức ít nhất 1 hoạt động phù hợp để hưởng ứng Tháng Công nhân và Tháng hành động về An toàn, vệ sinh lao động năm 2024\". Other 100% CĐCS targets (265, 296, 706) are other organisations/occasions."),
    ("901_623fc945bf8f", N,
     "Lễ phát động Tháng Công nhân năm 2024 của Công đoàn Điện lực Việt Nam có hơn 500 đoàn viên, người lao động tham dự.",
     "901 names the launch (\"Lễ phát động Tháng công nhân ... năm 2024\", speech by Chủ tịch Đỗ Đức Hùng) but gives no attendance count; its only figures are 100% and \"ít nhất 1 hoạt động\". ./g.sh \"Điện lực Việt Nam\" -> only 269 (EVN community initiative), 822 (2023 emulation launch), 901; none counts participants of this launch."),

    # ---------------- 902 TW Đoàn ra quân hè 2025, Gia Lai ----------------
    ("902_bf763544967b", N,
     "Tại lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2025 ở Gia Lai, Sacombank trao tặng 10 căn nhà hạnh phúc cho người dân khó khăn.",
     "902: \"Sacombank là đơn vị đồng hành tổ chức Lễ ra quân và trao tặng các căn nhà hạnh phúc\" - no number of houses anywhere on the page. ./g.sh \"Sacombank|nhà hạnh phúc\" -> only that sentence; ./g.sh \"căn nhà\" -> other organisations' houses (LĐLĐ quận 1, Vĩnh Long, Đồng Tháp plan of 20, etc.), none about this launch."),

    # ---------------- 903 Kỳ nghỉ hồng 2025, Lạng Sơn ----------------
    ("903_bbd6f820f63c", N,
     "Chiến dịch tình nguyện “Kỳ nghỉ hồng” năm 2025 tại Lạng Sơn đã khám bệnh, cấp phát thuốc miễn phí cho khoảng 500 người dân khu vực biên giới.",
     "903 says the teams \"tổ chức tư vấn sức khỏe, khám bệnh và cấp phát thuốc miễn phí cho người dân khu vực biên giới\" with no count (page has no counted figures). ./g.sh \"Kỳ nghỉ hồng|Lạng Sơn\": 609 is Hà Nội's 2024 Kỳ nghỉ hồng (\"gần 1.000 đoàn viên, thanh niên\" taking part - another noun, edition, place); 547's \"hơn 500 đoàn viên thanh\" is a 2023 provincial campaign's volunteers, not patients in Lạng Sơn 2025; ./g.sh \"khám bệnh|cấp phát thuốc\" -> nothing for this event."),

    # ---------------- 904 Hà Tĩnh tình nguyện hè 2025 ----------------
    ("904_0a7c4b90f9b3", S,
     "Tại lễ khởi động chiến dịch thanh niên tình nguyện hè năm 2025 ở huyện Hương Khê, tuổi trẻ Hà Tĩnh đã huy động được gần 1.800 triệu đồng để trao tặng các công trình cho địa phương, trường học.",
     "904 body: \"tuổi trẻ Hà Tĩnh đã huy động được gần 1,8 tỉ đồng trao tặng các công trình cho các địa phương, trường học\" and \"... với tổng giá trị gần 1,8 tỷ đồng\" (1.800 triệu = 1,8 tỷ)."),
    ("904_0a7c4b90f9b3", D,
     "Trong chiến dịch thanh niên tình nguyện hè 2025, Tỉnh Đoàn Hà Tĩnh đã trao biểu trưng 25 bể bơi di động cho các địa phương.",
     "904: \"trao tặng biểu trưng các công trình gồm 15 bể bơi di động; 1 khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà\" -> 15, not 25. ./g.sh \"25 bể bơi|bể bơi di động\" -> only the 15 in 904 (784 mentions a single 'Bể bơi phòng tránh đuối nước' groundbreaking, another event)."),
    ("904_0a7c4b90f9b3", N,
     "Lễ khởi động chiến dịch thanh niên tình nguyện hè 2025 tại xã Hương Liên (Hà Tĩnh) có khoảng 400 đoàn viên, thanh niên tham gia.",
     "904 counts \"hơn 300 bà con dân tộc Chứt\" (villagers, a different counted noun) and says only \"đông đảo đoàn viên, thanh niên\" - youth attendance is not counted. ./g.sh \"đoàn viên, thanh niên\": 495 (TP.HCM Xuân tình nguyện 2026, hơn 4.000), 609 (Hà Nội 2024, gần 1.000), 548/790 (other years' national/provincial totals) - all other events."),

    # ---------------- 906 Hóc Môn Tháng Nhân đạo 2024 ----------------
    ("906_dcbd919b8f59", N,
     "Trong Tháng Nhân đạo năm 2024, Hội Chữ thập đỏ huyện Hóc Môn đã vận động được hơn 2 tỷ đồng để trợ giúp người khó khăn.",
     "906 reports the Hóc Môn launch (7/5) with no money figure - only \"Sau 6 năm triển khai\" and \"hàng trăm lượt người nghèo\". ./g.sh \"Hóc Môn\" -> only 906 and an unrelated Công ty Điện lực Hóc Môn (108). 606's \"trên 786 tỷ đồng\" is the national Tháng Nhân đạo 2024 total, another organisation."),

    # ---------------- 907 Hội CTĐ tỉnh (Đồng Nai) Tháng Nhân đạo 2022 ----------------
    ("907_07e635cbabe5", S,
     "Theo bà Đỗ Thị Phước Thiện, Chủ tịch Hội Chữ thập đỏ tỉnh Đồng Nai, trong Tháng Nhân đạo năm 2022 hệ thống Hội đặt mục tiêu huy động 15 tỉ đồng để trợ giúp người khó khăn.",
     "907 (new.dongnai.gov.vn): \"Bà Đỗ Thị Phước Thiện, Chủ tịch Hội Chữ thập đỏ tỉnh cho hay, trong Tháng Nhân đạo, hệ thống Hội Chữ thập đỏ tỉnh đặt mục tiêu huy động được 15 tỷ đồng\". The body writes only 'tỉnh'; Đồng Nai comes from the outlet (caveat). Other 2022 Tháng Nhân đạo pages (460 Hà Nội, 503 national, 506 TP.HCM cluster) state no 15 tỷ target."),
    ("907_07e635cbabe5", D,
     "Tại lễ phát động Tháng Nhân đạo năm 2022 của Hội Chữ thập đỏ tỉnh Đồng Nai, ban tổ chức đã trao 55 suất học bổng cho học sinh khó khăn.",
     "907: \"Trong chương trình, Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn\" -> 35, not 55. ./g.sh \"55 suất\" -> nothing; other học bổng figures (606: 300 suất, Điện Biên 2024) are another event."),

    # ---------------- 908 Công đoàn BV Ung bướu Thanh Hóa ----------------
    ("908_f0a5e303f4db", N,
     "Đại hội đại biểu Công đoàn Bệnh viện Ung bướu tỉnh Thanh Hóa lần thứ III, nhiệm kỳ 2025-2030 có 120 đại biểu chính thức tham dự.",
     "908 gives the congress (\"lần thứ III, nhiệm kỳ 2025-2030\", chiều 14/11) but no delegate count. ./g.sh \"Ung bướu|Ung Bướu\" -> only 908; ./g.sh \"Bệnh viện.{0,80}(đại biểu|Ban Chấp hành)\" -> 810's \"5 đại biểu thuộc khối các bệnh viện tỉnh\" is another congress."),
    ("908_f0a5e303f4db", N,
     "Đại hội Công đoàn Bệnh viện Ung bướu Thanh Hóa nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành gồm 9 đồng chí.",
     "908: \"Đại hội tiến hành bầu BCH Công đoàn cơ sở Bệnh viện nhiệm kỳ 2025 - 2030. Đồng chí Nguyễn Văn Sơn ... tái đắc cử Chủ tịch\" - the size of the BCH is not stated. BCH sizes elsewhere (302: 5 đồng chí, Trường Mầm non Hoa Trạng Nguyên; 621: 25; 348: 35) are other congresses."),

    # ---------------- 921 Công đoàn Khu Kinh tế (Tây Ninh) Trung thu 2021 ----------------
    ("921_752a72eb5126", S,
     "Dịp Tết Trung thu 2021, Công đoàn Khu Kinh tế tỉnh Tây Ninh trao tặng hơn 1,1 nghìn phần quà cho thiếu nhi trên địa bàn toàn tỉnh.",
     "921 (baotayninh.vn): \"Tết trung thu năm nay, Công đoàn Khu Kinh tế trao tặng hơn 1.100 phần quà cho các em thiếu nhi trên địa bàn toàn tỉnh, trị giá hơn 130 triệu đồng\". Body names 'tỉnh' and huyện Gò Dầu, not 'Tây Ninh' (caveat)."),
    ("921_752a72eb5126", D,
     "Tại chương trình “Đêm hội trăng rằm” ở xã Phước Đông (huyện Gò Dầu), Công đoàn Khu Kinh tế tỉnh tặng quà cho 170 thiếu nhi là con công nhân có hoàn cảnh khó khăn.",
     "921: \"tổ chức chương trình “Đêm hội trăng rằm” tặng quà cho 110 thiếu nhi là con của công nhân có hoàn cảnh khó khăn\"; \"trao 110 phần quà\" -> 110, not 170. ./g.sh \"170 thiếu nhi|170 (cháu|em)\" -> nothing."),

    # ---------------- 922 Hội LHPN Thanh Hóa ----------------
    ("922_5d7251e759ab", S,
     "Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, Hội LHPN tỉnh trao tặng một trăm năm mươi suất quà cho hội viên, phụ nữ nghèo và trẻ mồ côi có hoàn cảnh khó khăn.",
     "922: \"Hội LHPN tỉnh tổ chức trao tặng 150 suất quà và 3 “Mái ấm tình thương” cho hội viên, phụ nữ nghèo, trẻ mồ côi\" and \"trao tặng 150 suất quà, mỗi suất trị giá 1,5 triệu đồng\" (một trăm năm mươi = 150). The \"10 suất quà\" for Thiệu Tiến is a caption, a subset."),
    ("922_5d7251e759ab", D,
     "Mỗi hộ phụ nữ khó khăn nhận nhà “Mái ấm tình thương” của Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa dịp này được hỗ trợ 50 triệu đồng.",
     "922: \"Hội trao tặng 3 nhà “Mái ấm tình thương” ... mỗi hộ được hỗ trợ 80 triệu đồng\" -> 80, not 50. ./g.sh \"50 triệu\": 520 (LĐLĐ tỉnh, Mái ấm công đoàn 2020), 491 (Hòa Vang), 454 (Đà Nẵng), 907 (Đồng Nai CTĐ works) - none is Hội LHPN Thanh Hóa's Mái ấm tình thương."),
    ("922_5d7251e759ab", N,
     "Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức.",
     "922 only announces the congress (\"lần thứ XIX, nhiệm kỳ 2025-2030 (diễn ra vào ngày 10 và 11/12)\"); no delegate count. ./g.sh \"đại biểu.{0,60}(phụ nữ|Hội LHPN)|phụ nữ.{0,60}đại biểu\": 621 Vạn Ninh (hơn 200 đại biểu, 2016), 593/143 Hà Nội XVI, 720 national XIII (BCH 155) - other congresses."),

    # ---------------- 925 TƯ Hội LHPN, Tết yêu thương 2024, Thuận Nam ----------------
    ("925_ac015b2ada6a", S,
     "Trong chương trình “Tết yêu thương” Xuân Giáp Thìn 2024 tại huyện Thuận Nam, đoàn công tác Trung ương Hội LHPN Việt Nam đã trao 50 suất quà cho gia đình chính sách, phụ nữ nghèo và trẻ em có hoàn cảnh khó khăn.",
     "925: \"trao tặng 50 phần quà cho các gia đình chính sách; phụ nữ nghèo, phụ nữ cao tuổi; trẻ em mồ côi, trẻ em có hoàn cảnh khó khăn trên địa bàn huyện Thuận Nam\"."),
    ("925_ac015b2ada6a", D,
     "Mỗi suất quà “Tết yêu thương” Trung ương Hội Liên hiệp Phụ nữ Việt Nam trao tại huyện Thuận Nam dịp Tết Giáp Thìn 2024 trị giá 2 triệu đồng.",
     "925: \"Mỗi suất quà trị giá 1,3 triệu đồng gồm 1 triệu đồng tiền mặt và vật phẩm\" -> 1,3 triệu, not 2 triệu. ./g.sh \"2 triệu đồng\": 518 (Hà Nội youth, Phú Thọ, 2 triệu/suất), 686 (nghiệp đoàn) - other organisations/occasions."),
    ("925_ac015b2ada6a", N,
     "Dịp Tết Giáp Thìn 2024, đoàn Trung ương Hội LHPN Việt Nam trao 20 suất quà cho cán bộ, chiến sĩ Đồn Biên phòng Phước Diêm (Thuận Nam).",
     "925: \"Trao tặng 4 suất quà cho cán bộ hội phụ nữ cơ sở. Thăm, chúc tết và tặng quà cho Đồn Biên phòng Phước Diêm\" - the border post's gifts are not counted (the 4 suất are for women's-union cadres, another recipient). ./g.sh \"Biên phòng\" -> only this sentence."),

    # ---------------- 926 UBTƯ MTTQ, Khmer Hậu Giang ----------------
    ("926_6260141e9536", N,
     "Dịp Tết Chôl Chnăm Thmây 2023, đoàn công tác UBTƯ MTTQ Việt Nam do bà Nguyễn Thị Thu Hà dẫn đầu đã trao 30 suất quà cho Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang.",
     "926 (video page) only says the delegation \"đến thăm, chúc Tết Chôl Chnăm Thmây năm 2023 đồng bào dân tộc Khmer tại Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang\"; no gift count or any counted figure. ./g.sh \"Khmer|Hậu Giang|Chôl|sư sãi\" -> 474 (Công đoàn ngành Giáo dục Hậu Giang Tết sum vầy 2021), 589, 623 - other topics."),

    # ---------------- 927 phường Phú Thọ (TPHCM) Huy hiệu Đảng 7-11 ----------------
    ("927_dd7e9c379454", S,
     "Đợt ngày 7-11, Đảng bộ phường Phú Thọ (TPHCM) có mười hai đảng viên được trao tặng Huy hiệu Đảng.",
     "927: \"Dịp này, Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng\" (mười hai = 12; đồng chí = đảng viên here). Other 'Phú Thọ' hits are the province (500, 518, 744)."),
    ("927_dd7e9c379454", D,
     "Trong đợt trao Huy hiệu Đảng ngày 7-11 của phường Phú Thọ (TPHCM), có 8 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
     "927: \"Huy hiệu 30 năm tuổi Đảng có 4 đồng chí\" -> 4, not 8. ./g.sh \"8 đồng chí|8 đảng viên\" -> nothing. (934's 4 and 929's 1 thirty-year badges are other wards.)"),

    # ---------------- 928 phường Đức Nhuận Huy hiệu Đảng 3-2-2026 ----------------
    ("928_03148da43800", S,
     "Sau khi thành lập mới và tiếp nhận thêm tổ chức đảng, Đảng bộ phường Đức Nhuận (TPHCM) có hơn 2.350 đảng viên.",
     "928: \"Qua đó, nâng tổng số tổ chức đảng lên 62, với 2.353 đảng viên\" (hơn 2.350 ~ 2.353; the earlier \"2.337 đảng viên\" is before the additions)."),
    ("928_03148da43800", D,
     "Trong đợt trao Huy hiệu Đảng 3-2-2026, phường Đức Nhuận có 27 đảng viên được nhận Huy hiệu Đảng.",
     "928: \"Trong đợt này, phường Đức Nhuận có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi Đảng\" -> 41, not 27. ./g.sh \"27 đảng viên\" -> nothing."),
    ("928_03148da43800", N,
     "Đợt 3-2-2026, phường Đức Nhuận (TPHCM) có 3 đảng viên nhận Huy hiệu 45 năm tuổi Đảng.",
     "928 lists 45-year badges among the kinds awarded but its breakdown stops: \"1 đảng viên nhận Huy hiệu 80 năm ..., 7 ... 60 năm ..., 1 ... 55 năm ..., 5 ... 50 năm tuổi Đảng...\" - no 45-year count. ./g.sh \"45 năm tuổi\" -> only 929 (phường Bạch Hạc, Việt Trì, 2020: \"45 năm tuổi đảng có 1 đồng chí\"), another ward and occasion."),

    # ---------------- 929 phường Bạch Hạc 2/9/2020 ----------------
    ("929_6b1be55d0f4e", D,
     "Dịp Quốc khánh 2/9/2020, Đảng bộ phường Bạch Hạc (thành phố Việt Trì) có 11 đảng viên được trao Huy hiệu Đảng.",
     "929: \"Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng\" -> 7, not 11. ./g.sh \"11 đảng viên|11 đồng chí\" -> only Ban Thường vụ / Đoàn Chủ tịch sizes in 348, 593, 808, 887."),

    # ---------------- 930 LĐLĐ tỉnh (Đồng Tháp) Mái ấm Công đoàn 2021 ----------------
    ("930_456c87ad3771", S,
     "Trong đợt trao Mái ấm Công đoàn ngày 25/5/2021, mỗi đoàn viên khó khăn về nhà ở được Liên đoàn Lao động tỉnh Đồng Tháp hỗ trợ 40 triệu đồng.",
     "930 (ldld.dongthap.gov.vn): \"Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng\" (Chiều ngày 25/5/2021). Body says 'Liên đoàn Lao động Tỉnh' only (caveat). Same 40 triệu per house also in 455/457/763 (other provinces), consistent anyway."),
    ("930_456c87ad3771", D,
     "Kế hoạch Tháng Công nhân năm 2021 của LĐLĐ tỉnh Đồng Tháp có chương trình hỗ trợ, trao biển tượng trưng xây dựng 35 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn.",
     "930: \"kế hoạch tổ chức Tháng công nhân- Tháng An toàn vệ sinh lao động năm 2021 ... trong đó có chương trình hỗ trợ và trao biển tượng trưng xây dựng 20 căn nhà Mái ấm công đoàn\" -> 20, not 35. ./g.sh \"35 căn|35 nhà\" -> nothing (051's 35 triệu is money, Chương Mỹ)."),

    # ---------------- 931 LĐLĐ tỉnh Hải Dương 2024 ----------------
    ("931_2a6417bd4142", S,
     "Năm 2024, Liên đoàn Lao động tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 22 căn “mái ấm công đoàn” cho đoàn viên có hoàn cảnh khó khăn về nhà ở.",
     "931 title \"Liên đoàn Lao động tỉnh Hải Dương phối hợp trao 22 'mái ấm công đoàn'\" and body \"Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 \"mái ấm công đoàn\" cho đoàn viên có hoàn cảnh khó khăn về nhà ở\"."),
    ("931_2a6417bd4142", D,
     "Ngày 24/12, LĐLĐ tỉnh Hải Dương trao 50 triệu đồng hỗ trợ sửa nhà cho nữ đoàn viên Nguyễn Thị Hà ở xã Kỳ Sơn (Tứ Kỳ).",
     "931: \"Ngày 24/12, Liên đoàn Lao động tỉnh trao 30 triệu đồng hỗ trợ sửa nhàcho nữ đoàn viên Nguyễn Thị Hà\" (sic) -> 30, not 50. ./g.sh \"50 triệu\" -> 520 (Trần Thị Anh, Đất Đỏ), 491, 454, 907, 357, 062 - other people/organisations; ./g.sh \"Hải Dương\" -> only 931."),

    # ---------------- 933 LĐLĐ quận Cẩm Lệ 2023 ----------------
    ("933_2245790ce85c", S,
     "Năm 2023, Liên đoàn Lao động quận Cẩm Lệ đã phát triển được hơn 770 đoàn viên công đoàn.",
     "933: \"thành lập mới 6 Công đoàn cơ sở, phát triển 773 đoàn viên\" (hơn 770 ~ 773)."),
    ("933_2245790ce85c", D,
     "Trong năm 2023, Công đoàn quận Cẩm Lệ đã chăm lo, hỗ trợ đoàn viên, người lao động khó khăn với tổng kinh phí gần 900 triệu đồng.",
     "933: \"Công đoàn tích cực chăm lo, hỗ trợ cho 1.370 đoàn viên, người lao động khó khăn với tổng kinh phí hơn 565 triệu đồng\" -> hơn 565 triệu, not gần 900 triệu. ./g.sh \"900 triệu\" -> nothing."),
    ("933_2245790ce85c", N,
     "LĐLĐ quận Cẩm Lệ hiện có 85 công đoàn cơ sở trực thuộc.",
     "933 only counts new units: \"thành lập mới 6 Công đoàn cơ sở\" (a different counted noun: newly founded, not the total). ./g.sh \"Cẩm Lệ\" -> only 933; ./g.sh \"công đoàn cơ sở trực thuộc\" -> totals for other bodies (248 Công đoàn phường Ba Đình 72, 333 Công đoàn ngành Giáo dục Hà Nội 187)."),

    # ---------------- 934 phường Tân Phú (TPHCM) Huy hiệu Đảng 2026 ----------------
    ("934_779d96c632e9", S,
     "Nhân kỷ niệm 96 năm Ngày thành lập Đảng, Đảng bộ phường Tân Phú (TPHCM) đã trao Huy hiệu Đảng cho 9 đảng viên.",
     "934: \"Dịp này, Đảng bộ phường Tân Phú có 9 đảng viên được trao tặng Huy hiệu Đảng\" (lễ kỷ niệm 96 năm Ngày thành lập Đảng, 27-1-2026)."),
    ("934_779d96c632e9", D,
     "Tại lễ trao Huy hiệu Đảng đầu năm 2026 của phường Tân Phú (TPHCM), có 5 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.",
     "934: \"3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng\" -> 3, not 5. ./g.sh \"5 đồng chí|5 đảng viên\" -> 928's \"5 đảng viên nhận Huy hiệu 50 năm\" (Đức Nhuận, 50-year) and congress bodies - not Tân Phú 40-year badges."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps page order within a page
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n",
                       quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for pid, verdict, claim, why in rows:
            if pid not in why:  # make sure the why carries the full page id
                why = pid + ": " + why.split(": ", 1)[1] if why.startswith(pid[:3] + ":") else pid + " - " + why
            w.writerow([nfc(x) for x in (pid, verdict, claim, why)])
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), "claims", counts)


if __name__ == "__main__":
    main()
