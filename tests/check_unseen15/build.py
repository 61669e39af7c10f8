#!/usr/bin/env python3
"""Build claims.tsv for batch 15 (blind claim set for `ldtd check`).

Plain Python: csv + unicodedata only. Each claim: (page_id, verdict, claim, why).
Greps quoted in `why` were run with ./g.sh over the files in .corpus_files
(5 seeds + every dev page of batches 1-15).
"""
import csv
import unicodedata

CLAIMS = [
    # ---------------- 662 Sóc Trăng, CĐCS Sở Công Thương congress 2023-2028
    ("662_858c9dd12965", "supported",
     "Đại hội Công đoàn cơ sở Sở Công Thương tỉnh Sóc Trăng nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành gồm bảy đồng chí.",
     "662: 'Đại hội bầu ra Ban Chấp hành nhiệm kỳ 2023 – 2028 gồm 07 đồng chí' (CĐCS Sở Công Thương, Công đoàn Viên chức tỉnh Sóc Trăng)."),
    ("662_858c9dd12965", "differs",
     "Tại Đại hội nhiệm kỳ 2023-2028, CĐCS Sở Công Thương Sóc Trăng đã bầu Ủy ban Kiểm tra Công đoàn gồm 5 đồng chí.",
     "662: 'Đại hội bầu ra UBKT Công đoàn gồm 03 đồng chí'. g.sh 'Sóc Trăng' hits only 662; g.sh 'Ủy ban kiểm tra|UBKT' gives no 5-member UBKT for this CĐCS."),
    ("662_858c9dd12965", "not_found",
     "Đại hội Công đoàn cơ sở Sở Công Thương tỉnh Sóc Trăng nhiệm kỳ 2023 – 2028 có 52 đoàn viên về dự.",
     "662 gives BCH 07, UBKT 03 and 1 đại biểu chính thức to the higher congress, but no count of đoàn viên/đại biểu attending. g.sh 'Sóc Trăng' hits only 662; g.sh 'Sở Công Thương' elsewhere is Sở Công Thương Hà Nội (003, 020, 031, 373), not this congress."),

    # ---------------- 663 LĐLĐ huyện Chợ Mới (Bắc Kạn), tổng kết 2020
    ("663_7f8b34f12daf", "supported",
     "Tại hội nghị tổng kết năm 2020, Liên đoàn Lao động huyện Chợ Mới đã tặng giấy khen cho mười cá nhân.",
     "663: 'có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen'."),
    ("663_7f8b34f12daf", "differs",
     "Nhân dịp tổng kết công tác Công đoàn năm 2020 của huyện Chợ Mới, 8 cá nhân được LĐLĐ tỉnh Bắc Kạn tặng Bằng khen.",
     "663: '3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen'. g.sh 'Chợ Mới' hits only 663; g.sh '8 cá nhân|tám cá nhân' only 507 ('88 cá nhân', another event)."),
    ("663_7f8b34f12daf", "not_found",
     "Hội nghị tổng kết công tác Công đoàn năm 2020 của LĐLĐ huyện Chợ Mới có khoảng 70 cán bộ công đoàn chủ chốt tham dự.",
     "663 says only 'các đồng chí cán bộ công đoàn chủ chốt trong toàn huyện' with no count; its figures are awards (3 tập thể, 10 cá nhân; 3 tập thể, 4 cá nhân). g.sh 'Chợ Mới' hits only 663."),

    # ---------------- 664 Công đoàn Trung tâm PTBV CLGD phổ thông QG congress
    ("664_ee315818b222", "supported",
     "Hơn 40 công đoàn viên của Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia đã dự Đại hội Công đoàn Trung tâm nhiệm kỳ 2023 – 2028.",
     "664: 'Tới dự và chỉ đạo Đại hội có ... và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia' (41 = hơn 40)."),
    ("664_ee315818b222", "not_found",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023 – 2028 đã bầu Ban Chấp hành khóa mới gồm 5 đồng chí.",
     "664 says the congress will 'bầu ra Ban Chấp hành Công đoàn khoá mới' but gives no size; its only count is the 41 công đoàn viên attending. g.sh 'Phát triển bền vững' hits 664 and unrelated pages (273, 322, 450, 684)."),

    # ---------------- 665 An Giang / Tịnh Biên kết nạp đoàn viên 2022
    ("665_f0f8f1ca19c0", "supported",
     "Từ đầu năm 2022 đến cuối tháng 5, các cấp công đoàn tỉnh An Giang đã kết nạp mới hơn 5,1 nghìn đoàn viên.",
     "665: 'Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'."),
    ("665_f0f8f1ca19c0", "differs",
     "Ngày 26/5/2022, Liên đoàn Lao động huyện Tịnh Biên đã trao quyết định kết nạp mới cho 45 đoàn viên tại xã An Cư.",
     "665: 'Liên đoàn Lao động huyện Tịnh Biên trao quyết định kết nạp mới 28 đoàn viên'. g.sh 'Tịnh Biên' hits only 665; g.sh '45 đoàn viên' no hit."),
    ("665_f0f8f1ca19c0", "differs",
     "Tính từ đầu năm 2022, việc kết nạp đoàn viên mới của công đoàn An Giang đã đạt khoảng 80% chỉ tiêu năm.",
     "665: 'kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'. g.sh 'An Giang' hits 665 and 582 (a personnel decision, no percentage); g.sh '80%' hits only 152 and 333 (other topics)."),

    # ---------------- 666 LĐLĐ tỉnh (baoquangnam.vn) results 2021
    ("666_958a474dc296", "supported",
     "Báo cáo tại hội nghị tổng kết năm 2021 của Tổng LĐLĐ Việt Nam, Liên đoàn Lao động tỉnh cho biết trong năm các cấp công đoàn đã phát triển mới gần 8.900 đoàn viên.",
     "666: 'trong năm 2021 ... các cấp công đoàn đã phát triển mới 8.865 đoàn viên (đạt 147% so với chỉ tiêu giao là 6.000 đoàn viên)' (8.865 = gần 8.900)."),
    ("666_958a474dc296", "differs",
     "Trong năm 2021, các cấp công đoàn của Liên đoàn Lao động tỉnh đã thành lập mới 40 công đoàn cơ sở, vượt chỉ tiêu Tổng Liên đoàn giao.",
     "666: 'thành lập mới 26 công đoàn cơ sở (đạt 120%)'. g.sh '40 công đoàn cơ sở|40 CĐCS' no hit."),

    # ---------------- 668 LĐLĐ tỉnh Trà Vinh, quà Tết Duyên Hải 2022
    ("668_19df4eea3b66", "supported",
     "Dịp Tết Nhâm Dần 2022, LĐLĐ tỉnh Trà Vinh đã chi tổng cộng 45 triệu đồng trao quà cho đoàn viên, công nhân lao động khó khăn tại thị xã Duyên Hải.",
     "668: 'Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà ... mỗi phần trị giá 300.000 đồng, tổng kinh phí đợt trao quà trị giá 45.000.000 đồng'."),
    ("668_19df4eea3b66", "differs",
     "Nhân dịp Tết Nhâm Dần 2022, Liên đoàn Lao động thị xã Duyên Hải cũng trao tặng 200 phần quà cho đoàn viên công đoàn, công nhân lao động khó khăn.",
     "668: 'Liên đoàn Lao động thị xã Duyên Hải cũng đã trao tặng 100 phần quà, trị giá 30 triệu đồng'. g.sh 'Trà Vinh|Duyên Hải' hits 668 and 470 ('duyên hải Nam Trung Bộ', unrelated); g.sh '200 phần quà' only 602 (Long An KCN Long Hậu 2024)."),
    ("668_19df4eea3b66", "not_found",
     "Đoàn công tác của Liên đoàn Lao động tỉnh Trà Vinh đã đến thăm 6 doanh nghiệp trên địa bàn thị xã Duyên Hải để trao quà Tết năm 2022.",
     "668 says 'tổ chức các đoàn đến thăm doanh nghiệp' and 'Tại các doanh nghiệp trên địa bàn thị xã Duyên Hải' but never counts the doanh nghiệp; its counts are phần quà (150, 100) and money. g.sh 'Trà Vinh|Duyên Hải' hits only 668 (plus 470, unrelated)."),

    # ---------------- 669 CĐCS Sở GTVT (sogtvt.langson) congress 2023-2028
    ("669_af4c2de1f3b5", "not_found",
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023 – 2028, đã bầu Ban Chấp hành mới gồm 9 ủy viên.",
     "669 only urges members to 'bầu ra BCH mới' and gives no size or result; 'lần thứ 21' is an ordinal. g.sh 'Sở Giao thông vận tải' hits 669, 127 (Thanh tra Sở GTVT Hà Nội teaser) and 693 (Đảng bộ Sở GTVT Hà Nội teaser), none with a BCH size; g.sh 'Ban Chấp hành.{0,40}gồm [0-9]+' finds only other congresses (seed 000, 101, 115, 244, 348, 621, 630, 662)."),
    ("669_af4c2de1f3b5", "not_found",
     "Có 65 đoàn viên công đoàn dự Đại hội Công đoàn cơ sở Sở Giao thông vận tải chiều 17/3/2023 tại Nhà khách Tỉnh ủy.",
     "669 gives no attendance count (no figure at all besides dates, 'lần thứ 21' and the term). g.sh 'Sở Giao thông vận tải' as above: no other page on this congress."),

    # ---------------- 670 Công đoàn ngành GTVT Nghệ An, bão số 3
    ("670_101e6c4c997e", "supported",
     "Công đoàn ngành Giao thông vận tải Nghệ An đã trao 0,4 tỷ đồng hỗ trợ đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai bị thiệt hại do bão số 3.",
     "670: 'đã đến thăm và trao tặng 400 triệu đồng hỗ trợ đoàn viên, người lao động ngành GTVT tỉnh Yên Bái và Lào Cai bị thiệt hại nghiêm trọng do bão lũ số 3'."),
    ("670_101e6c4c997e", "not_found",
     "Khoản hỗ trợ của Công đoàn ngành GTVT Nghệ An sau bão số 3 đã đến với 160 đoàn viên, người lao động ngành GTVT Yên Bái và Lào Cai.",
     "670 states only the money (400 triệu đồng), not how many people got it. g.sh 'Yên Bái|Lào Cai' hits 670 and 472 (LĐLĐ Yên Bái Tháng công nhân 2025); g.sh 'bão số 3|bão lũ số 3|cơn bão số 3' hits Hà Nội pages (seed 000, 054, 055, 275), none about Nghệ An GTVT."),

    # ---------------- 671 Đại hội VII Công đoàn Ngân hàng Việt Nam
    ("671_a130219f5c5a", "supported",
     "Tiến tới Đại hội VII Công đoàn Ngân hàng Việt Nam, 1009 công đoàn cấp cơ sở trong ngành đã lần lượt tiến hành đại hội theo kế hoạch.",
     "671: 'Đại hội công đoàn của 1.009 công đoàn cấp cơ sở và 9 công đoàn cấp trên cơ sở được diễn ra theo kế hoạch ... tiến tới Đại hội VII Công đoàn Ngân hàng Việt Nam'."),
    ("671_a130219f5c5a", "differs",
     "Đoàn BAC A BANK dự Đại hội Công đoàn Ngân hàng Việt Nam lần thứ VII thay mặt cho hơn 5.000 người lao động của Ngân hàng TMCP Bắc Á.",
     "671: 'thay mặt cho hơn 3.500 người lao động của Ngân hàng TMCP Bắc Á tham dự Đại hội'. g.sh 'Bắc Á|BAC A' hits only 671; g.sh '5\\.000 người lao động' no hit."),
    ("671_a130219f5c5a", "not_found",
     "Đại hội Công đoàn Ngân hàng Việt Nam lần thứ VII, nhiệm kỳ 2023 – 2028, có 320 đại biểu chính thức tham dự.",
     "671 counts CĐCS (1.009), CĐ cấp trên cơ sở (9) and Bắc Á staff (3.500) but not delegates. g.sh 'Ngân hàng Việt Nam' hits only 671; g.sh 'đại biểu chính thức' lists delegates of other congresses (006, 092, 132, 237, 298, 307, 571 ...), none of Công đoàn Ngân hàng."),

    # ---------------- 681 Hội Chữ thập đỏ Gia Lai, Tết 2026
    ("681_4a0a266e2954", "supported",
     "Chương trình 'Tết Nhân ái' 2026 của Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ hơn 60 nghìn suất quà Tết cho hộ nghèo, cận nghèo và người khó khăn.",
     "681: 'Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình ... Tết Nhân ái ... với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết cho các hộ nghèo, cận nghèo, người có hoàn cảnh khó khăn'."),
    ("681_4a0a266e2954", "differs",
     "Ngày 11-1-2026, Hội Chữ thập đỏ tỉnh Gia Lai đã trao 250 suất quà Tết cho các hộ dân xã Canh Vinh.",
     "681: 'đã trao 100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt) cho các hộ dân' at xã Canh Vinh. g.sh 'Canh Vinh' hits only 681; g.sh '250 suất' no hit."),

    # ---------------- 683 Hội CTĐ Vĩnh Phúc, Tháng Nhân đạo 2025
    ("683_975a3a7365e4", "supported",
     "Tháng Nhân đạo năm 2025 của Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu hỗ trợ ít nhất 4 nghìn người có hoàn cảnh khó khăn.",
     "683: 'Mục tiêu của Tháng Nhân đạo năm 2025 là vận động và hỗ trợ ít nhất 4.000 đến 4.500 người có hoàn cảnh khó khăn'."),
    ("683_975a3a7365e4", "not_found",
     "Trong Tháng Nhân đạo năm 2025, Hội Chữ thập đỏ tỉnh Vĩnh Phúc đặt mục tiêu vận động 6 tỷ đồng.",
     "683 sets a target in people (4.000-4.500) only, no money target. g.sh 'Vĩnh Phúc' hits 683, 067 (phường Vĩnh Phúc, Ba Đình) and 573 (Bệnh viện ĐKT Vĩnh Phúc), none about money; Tháng Nhân đạo money figures elsewhere are national 2024 (606: 'trên 786 tỷ đồng') or Quảng Ninh (607: 'trên 34 tỷ đồng' over 4 years)."),

    # ---------------- 684 Tháng Nhân đạo 2025 cấp quốc gia
    ("684_c93b3b0c5141", "not_found",
     "Tháng Nhân đạo năm 2025 cấp quốc gia do Trung ương Hội Chữ thập đỏ Việt Nam phát động đặt mục tiêu trợ giúp 1,5 triệu lượt người có hoàn cảnh khó khăn.",
     "684 has only anniversaries (135 năm, 50 năm) and dates; no target. g.sh 'Tháng Nhân đạo' and 'lượt người': national figures are for other editions (406: 2021 'ít nhất 150.000 lượt người'; 407: 2024 'trên 5,5 triệu lượt người' over 6 years; 606: 2024 results 'gần 1,7 triệu người'), and 607 is Quảng Ninh 2025."),
    ("684_c93b3b0c5141", "not_found",
     "Tại lễ phát động Tháng Nhân đạo năm 2025 cấp quốc gia ở TP Hồ Chí Minh ngày 8/5, ban tổ chức đã trao 500 suất quà cho người có hoàn cảnh khó khăn.",
     "684 reports no gifts (no figure besides anniversaries and dates) at the 8/5/2025 ceremony. g.sh '500 suất quà' no hit; g.sh 'suất quà' with Chữ thập đỏ/nhân đạo: 460 (Hà Nội, 145.000 suất, other year), 509 (Hai Bà Trưng 2022), 603 (2023 caption), 681 (Gia Lai Tết 2026); 461 (an undated TPHCM Tháng nhân đạo launch) counts pledges and '30 đối tượng', not gifts."),

    # ---------------- 686 LĐLĐ quận 10 / Công ty Triple Việt Nam, Tết Giáp Thìn
    ("686_f487be2c2a94", "supported",
     "Tại chương trình quay số may mắn 'Vui xuân Giáp Thìn - Đón Tết đoàn viên' của Công đoàn Công ty TNHH May mặc Triple Việt Nam, 534 công nhân đã nhận giải thưởng.",
     "686: 'Bên cạnh đó, 534 công nhân đã được nhận các giải thưởng như xe máy, tivi, điện thoại ... trong chương trình quay số may mắn'."),
    ("686_f487be2c2a94", "differs",
     "LĐLĐ quận 10 (TP HCM) đã trao 180 phần quà Tết trị giá 500.000 đồng/phần cho đoàn viên các nghiệp đoàn.",
     "686: 'LĐLĐ quận cũng trao 131 phần quà khác (500.000 đồng/phần) cho đoàn viên các NĐ'. g.sh 'quận 10' hits 686 and 626 (Thành ủy visit, no gifts); g.sh '180 phần quà' no hit."),
    ("686_f487be2c2a94", "differs",
     "Hơn 3.000 công nhân đã tham gia chương trình 'Vui xuân Giáp Thìn - Đón Tết đoàn viên' do Công đoàn Công ty May mặc Triple Việt Nam ở Củ Chi tổ chức tối 13-1.",
     "686: 'Tối 13-1, hơn 1.700 công nhân đã hào hứng tham gia chương trình ... Vui xuân Giáp Thìn - Đón Tết đoàn viên'. g.sh 'Triple' hits only 686; g.sh '3\\.000 công nhân' only 563 (Thủ tướng đối thoại)."),

    # ---------------- 687 Chợ Tết Công đoàn - Xuân 2026 (sggp)
    ("687_78fa76c436ef", "differs",
     "Với Chợ Tết Công đoàn - Xuân 2026 trực tuyến, Tổng Liên đoàn Lao động Việt Nam hỗ trợ mỗi người lao động 800.000 đồng qua phiếu mua hàng điện tử.",
     "687: 'có 200.000 người lao động được hỗ trợ ... với mức hỗ trợ là 500.000 đồng/người'; also 700 and 601 '500.000 đồng/người'. g.sh '800\\.000' hits 079, 510, 550 (other things). (458 has '1 triệu đồng/người' for LĐLĐ Hòa Bình's own Tết support, not the e-voucher.)"),
    ("687_78fa76c436ef", "not_found",
     "Chương trình Chợ Tết Công đoàn - Xuân 2026 trực tuyến của Tổng LĐLĐ Việt Nam có khoảng 120 doanh nghiệp tham gia cung cấp hàng hóa.",
     "687, 700 and 601 mention 'các doanh nghiệp, đơn vị sản xuất trong nước' without a count. g.sh 'Chợ Tết Công đoàn': counts of doanh nghiệp/gian hàng are for other fairs (262: LĐLĐ Hà Nội 2023 '48 doanh nghiệp với 72 gian hàng'; 276: Hà Nội 2026 'hơn 70 gian hàng'; 504: '50 gian hàng'; 310: 2024 '124 gian hàng'); g.sh 'doanh nghiệp tham gia' no hit."),

    # ---------------- 689 TP HCM hiến máu tình nguyện
    ("689_d6670691ad7d", "supported",
     "Từ ngày 1-1 đến 30-11-2019, TP HCM đã vận động được khoảng 270 nghìn người hiến máu tình nguyện.",
     "689: 'Năm 2019, tính từ ngày 1-1 đến ngày 30-11, TP HCM đã vận động được 270.000 người hiến, đạt gần 338.000 đơn vị máu'."),
    ("689_d6670691ad7d", "differs",
     "Qua 12 kỳ tổ chức, các chương trình hiến máu tình nguyện ở TP HCM đã có hơn 4 triệu người tham gia.",
     "689: 'Qua 12 kỳ tổ chức, các chương trình hiến máu tình nguyện đến nay có hơn 2,5 triệu người tham gia, đạt trên 2,9 triệu đơn vị máu'. g.sh 'hiến máu' hits 347 (LĐLĐ TP HCM 2025, 600 people), 460, 608 (other province); g.sh '4 triệu người' only 493 (labour force)."),

    # ---------------- 690 MTTQ tỉnh (Thừa Thiên Huế), Quỹ Vì người nghèo 2021
    ("690_827366894f5d", "supported",
     "Giai đoạn từ 1/9/2020 đến 31/8/2021, Quỹ 'Vì người nghèo' của Mặt trận ba cấp trong tỉnh thu được gần 11 tỷ đồng.",
     "690: 'từ 1/9/2020 - 31/8/2021, Quỹ “Vì người nghèo” của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng'."),
    ("690_827366894f5d", "differs",
     "Theo Ủy ban MTTQ tỉnh tại lễ phát động Tháng cao điểm 'Vì người nghèo' sáng 15/10/2021, tỷ lệ hộ nghèo toàn tỉnh hiện là 5,2%.",
     "690: 'Hiện nay, tỷ lệ hộ nghèo trên toàn tỉnh chiếm 3,45%'. g.sh '5,2%' no hit. (691's '4,93%' is another province's 2021 review reported in 2022.)"),

    # ---------------- 691 MTTQ tỉnh, Quỹ Vì người nghèo 2022
    ("691_396a6e5ab481", "supported",
     "Kết quả rà soát hộ nghèo năm 2021 theo chuẩn nghèo giai đoạn 2022 – 2025 cho thấy tỉnh còn hơn 16 nghìn hộ nghèo.",
     "691: 'tỉnh hiện có 16.006 hộ nghèo, chiếm tỷ tỷ lệ 4,93%' (16.006 = hơn 16 nghìn)."),
    ("691_396a6e5ab481", "differs",
     "Tại lễ phát động Tháng cao điểm 'Vì người nghèo' sáng 7/10/2022 của Ủy ban MTTQ Việt Nam tỉnh, 70 cơ quan, đơn vị, doanh nghiệp và nhà hảo tâm đã ủng hộ Quỹ.",
     "691: 'gần 800 triệu đồng của 45 cơ quan, đơn vị, tổ chức tôn giáo, doanh nghiệp và nhà hảo tâm'. g.sh '70 cơ quan' no hit."),

    # ---------------- 692 Thành đoàn Hà Nội, TNTN hè 2023
    ("692_9ca7da343579", "not_found",
     "Chiến dịch Thanh niên tình nguyện hè năm 2023 của Thành đoàn Hà Nội thu hút hơn 50.000 lượt đoàn viên, thanh niên tham gia.",
     "692 and 469 (same 30/5/2023 launch) give no participant total (469: 'gần 400 đoàn viên, thanh niên, sinh viên tiêu biểu' attended the ceremony only). The 50.000 in 318 is another edition: 'chiến dịch mùa hè Thanh niên tình nguyện năm 2015 ... 50 nghìn lượt người'. g.sh 'tình nguyện hè': other hits are other years/provinces (392, 547, 548, 549, 550, 470, 609)."),

    # ---------------- 693 Công đoàn ngành GTVT Hà Nội, thi đua chào mừng Đại hội Đảng
    ("693_fc08e1a86a0b", "not_found",
     "Trong đợt thi đua cao điểm từ 15/5 đến 10/10 chào mừng Đại hội Đảng các cấp, Công đoàn ngành Giao thông vận tải Hà Nội đăng ký gắn biển 30 công trình.",
     "693 gives only the dates (21/5; 15/5 - 10/10) and congress numbers (XVII, XIII), no count of công trình. g.sh 'Giao thông vận tải Hà Nội' hits 015, 044, 124, 127 (Tết care, awards; 124 '10 lượt đoàn viên' trợ cấp), none counting công trình; g.sh 'công trình chào mừng|gắn biển' hits seed 000 (6 công trình for Đại hội Công đoàn TP), 446, 499, 544 (other bodies)."),

    # ---------------- 694 LĐLĐ tỉnh Long An, học bổng
    ("694_7426b72731ba", "supported",
     "Liên đoàn Lao động tỉnh Long An vừa trao 151 suất học bổng 'vượt khó, học giỏi' cho con em đoàn viên công đoàn.",
     "694: 'Liên đoàn Lao động (LĐLĐ) tỉnh Long An tổ chức lễ tuyên dương, khen thưởng 103 học sinh giỏi và trao 151 suất học bổng “vượt khó, học giỏi” cho con em đoàn viên công đoàn'."),
    ("694_7426b72731ba", "differs",
     "Tổng số tiền LĐLĐ tỉnh Long An hỗ trợ trong đợt tuyên dương học sinh giỏi và trao học bổng cho con đoàn viên lên tới nửa tỷ đồng.",
     "694: 'Tổng số tiền hỗ trợ lên tới 335 triệu đồng' (the 2022-to-date total is 914 triệu, another period). g.sh 'Long An' hits 602, 623, 167, 563 (no scholarship money); g.sh '500 triệu đồng' no hit."),

    # ---------------- 695 Sở LĐTBXH (Thanh Hóa), Tháng hành động vì trẻ em 2024
    ("695_dd352d19d997", "not_found",
     "Trong Tháng hành động vì trẻ em năm 2024, Sở LĐTBXH tỉnh Thanh Hóa đã trao 350 suất quà cho trẻ em có hoàn cảnh khó khăn.",
     "695 has only dates and plan numbers (Kế hoạch số 131/KH-UBND, 73/KH-SLĐTBXH), no gifts. g.sh 'hành động vì trẻ em': 642 (Hội An 2022, '50 suất quà'), 012 (LĐLĐ Hà Nội 2020), 320 (Hà Nội 2017), 492 (Ba Đình 2025), 696 (Hà Nội 2024, no count)."),

    # ---------------- 696 Hà Nội, Tháng hành động vì trẻ em 2024
    ("696_fda67edb7459", "not_found",
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2024 ở huyện Mỹ Đức, UBND TP Hà Nội đã trao tặng 200 suất quà cho trẻ em khó khăn.",
     "696 only says the launch is planned for 19h30 30/5 at huyện Mỹ Đức; no gifts counted. g.sh 'Mỹ Đức' hits seed 000, 091, 282, 323 (LĐLĐ huyện Mỹ Đức, teachers), none about children 2024; g.sh 'trẻ em.{0,60}suất quà|suất quà.{0,60}trẻ em' hits 642 (Hội An 2022) and 518 (another event)."),

    # ---------------- 699 LĐLĐ huyện Kon Plông, Tết Ất Tỵ 2025
    ("699_c94abe293db6", "supported",
     "Tại chương trình 'Tết sum vầy – Xuân ơn Đảng' Xuân Ất Tỵ 2025, LĐLĐ huyện Kon Plông đã trao 168 suất quà cho đoàn viên công đoàn khó khăn.",
     "699: 'Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn'."),
    ("699_c94abe293db6", "differs",
     "Nhân dịp Tết Ất Tỵ 2025, đồng chí Tô Văn Tám cùng lãnh đạo Đảng và Nhà nước đã gửi tặng 40 suất quà cho đoàn viên, người lao động khó khăn ở huyện Kon Plông.",
     "699: 'đồng chí Tô Văn Tám ... đã gửi tặng 22 suất quà cho các đoàn viên và người lao động có hoàn cảnh khó khăn trên địa bàn huyện Kon Plông'. g.sh 'Kon Plông|Kon Tum' and 'Tô Văn Tám' hit only 699; g.sh '40 suất' hits 207 and 509 (other events)."),

    # ---------------- 700 Chợ Tết Công đoàn - Xuân 2026 (nld)
    ("700_dd6b1b09b4e2", "supported",
     "Tổng LĐLĐ Việt Nam dành tổng cộng 100 tỉ đồng hỗ trợ đoàn viên mua sắm trực tuyến tại Chợ Tết Công đoàn - Xuân 2026.",
     "700: 'mỗi đoàn viên sẽ được tổ chức Công đoàn hỗ trợ 500.000 đồng/người để mua sắm trực tuyến, tổng số tiền hỗ trợ là 100 tỉ đồng' (also 601)."),
    ("700_dd6b1b09b4e2", "differs",
     "Theo dự kiến, 300.000 đoàn viên sẽ tham gia chương trình 'Chợ Tết Công đoàn - Xuân 2026' trực tuyến của Tổng LĐLĐ Việt Nam.",
     "700: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình'; 687 and 601 also 200.000. g.sh '300\\.000 đoàn viên' no hit."),
]

HEADER = ["page_id", "verdict", "claim", "why"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps order within a page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            assert len(r) == 4 and r[1] in ("supported", "differs", "not_found"), r
            assert all("\t" not in x and "\n" not in x and '"' not in x for x in r), r
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(len(rows), counts)


if __name__ == "__main__":
    main()
