#!/usr/bin/env python3
"""Build claims.tsv for the unseen69 blind claim set (csv + unicodedata only)."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

CLAIMS = [
    # ---------------- supported ----------------
    ("087_5e1e5cd817ad", "supported",
     "Các cấp Công đoàn Thủ đô đã trao Túi an sinh Công đoàn cho khoảng 19 nghìn đoàn viên, người lao động gặp khó khăn do dịch Covid-19.",
     "087: 'hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ gặp khó khăn ... do dịch Covid-19' (khoảng 19 nghìn ~ gần 19.000)."),
    ("1065_3abb01f9920f", "supported",
     "Biểu dương điển hình tiên tiến giai đoạn 2015-2020, Công đoàn Xây dựng Hà Nội đã khen thưởng bốn mươi sáng kiến sáng tạo cấp ngành năm 2019-2020.",
     "1065: 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 20 tập thể, 80 cá nhân điển hình tiên tiến, 80 công nhân giỏi và 40 sáng kiến sáng tạo cấp ngành năm 2019 -2020' (bốn mươi = 40)."),
    ("1146_b2735544a76a", "supported",
     "Tại Chợ Tết Công đoàn Tây Ninh đầu năm 2025, Chủ tịch Liên đoàn Lao động tỉnh cùng Ban Tổ chức đã trao 150 phần quà cho công nhân có hoàn cảnh khó khăn, bị tai nạn lao động.",
     "1146: 'ông Trịnh Văn Phước – Chủ tịch LĐLĐ tỉnh Tây Ninh đã cùng Ban Tổ chức ... trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động'."),
    ("1194_7d78d6932b24", "supported",
     "Hơn 100 công nhân, người lao động ở khu công nghiệp Thốt Nốt đã được LĐLĐ quận Thốt Nốt tổ chức tuyên truyền phòng chống ma túy, tội phạm sáng 28/5/2023.",
     "1194: 'trên 100 công nhân lao động tại mô hình nhà trọ an toàn và người lao động làm việc tại khu công nghiệp Thốt Nốt đã được ngành chức năng thông tin, tuyên truyền ...' (hơn 100 ~ trên 100)."),
    ("1203_8200442a65ac", "supported",
     "Điểm sinh hoạt văn hóa công nhân Cụm Công nghiệp Văn Tự ở huyện Thường Tín có diện tích hơn 3 000 m2.",
     "1203: 'Dự án \"Điểm sinh hoạt văn hóa CN\" Cụm Công nghiệp Văn Tự ... có diện tích trên 3.000 m2' (3 000 with space separator)."),
    ("244_3f16c38c7f90", "supported",
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 83 đoàn viên.",
     "244: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.'"),
    ("407_d7e54acfc68e", "supported",
     "Qua 6 năm triển khai Tháng Nhân đạo, Hội Chữ thập đỏ Việt Nam đã vận động được hơn 3,4 nghìn tỷ đồng.",
     "407: '6 năm qua, Hội Chữ thập Đỏ Việt Nam đã làm nòng cốt triển khai tổ chức Tháng Nhân đạo ... Kết quả đã vận động được hơn 3.400 tỷ đồng' (3,4 nghìn tỷ = 3.400 tỷ). Note 606 gives 786 tỷ for Tháng Nhân đạo 2024 alone - another period, not this cumulative figure."),
    ("572_92a9a3f61f3b", "supported",
     "Ủy ban Kiểm tra Liên đoàn Lao động Thành phố Hồ Chí Minh khóa I, nhiệm kỳ 2025-2030 gồm 15 thành viên.",
     "572: 'Ủy ban Kiểm tra LĐLĐ TP.HCM gồm 15 thành viên, trong đó ông Phạm Chí Tâm ... là Chủ nhiệm Ủy ban.'"),
    ("700_dd6b1b09b4e2", "supported",
     "Chương trình Chợ Tết Công đoàn - Xuân 2026 trực tuyến của Tổng Liên đoàn dự kiến có 200 nghìn đoàn viên tham gia.",
     "700: 'Dự kiến sẽ có 200.000 đoàn viên tham gia chương trình.' Also 601: 'hỗ trợ 200.000 đoàn viên, người lao động'; 687: 'có 200.000 người lao động được hỗ trợ'."),
    ("727_39665a0e6638", "supported",
     "Lễ ra quân chiến dịch thanh niên tình nguyện hè 2020 tại Quảng Bình có sự tham dự của hơn một nghìn năm trăm thanh niên trong tỉnh.",
     "727: 'Dự lễ ra quân có ông Trương Hòa Bình ... lãnh đạo tỉnh Quảng Bình và hơn 1.500 thanh niên tỉnh Quảng Bình' (hơn một nghìn năm trăm = hơn 1.500)."),
    ("742_c62ad0872e2b", "supported",
     "Các đại biểu dự Đại hội Công đoàn TP Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 đại diện cho hơn 216 nghìn đoàn viên trên địa bàn.",
     "742: '300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên trên địa bàn thành phố Đà Nẵng'; same in 571."),
    ("943_88cf9e3df0cd", "supported",
     "Chiến dịch Hoa phượng đỏ 2024 của Huyện đoàn Ninh Giang đã thu hút trên 300 học sinh, giáo viên trẻ tham gia.",
     "943: 'toàn huyện thành lập 6 đội hình tình nguyện thu hút trên 300 học sinh, giáo viên trẻ tham gia'."),
    ("1142_6d91e1319bd8", "supported",
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.",
     "1142: 'bầu bà Lê Ngọc Ánh ... giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý'."),

    # ---------------- differs ----------------
    ("087_5e1e5cd817ad", "differs",
     "Lãnh đạo Liên đoàn Lao động thành phố Hà Nội đã trao 350 Túi an sinh Công đoàn cho người lao động ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh.",
     "087: '300 \"Túi an sinh Công đoàn\" được lãnh đạo LĐLĐ TP Hà Nội trao cho NLĐ ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh'. g.sh 'Võng La|Licogi' -> only 087; g.sh '350 (túi|\"Túi)' -> nothing."),
    ("1027_8765180e6738", "differs",
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, khoảng 45% nhu cầu tuyển dụng đầu năm 2025 thuộc về nhóm lao động phổ thông.",
     "1027: 'khoảng 36% nhu cầu tuyển dụng thuộc về nhóm lao động phổ thông'. g.sh 'lao động phổ thông' -> only 1027; g.sh '45%' -> nothing about tuyển dụng/phổ thông."),
    ("1065_3abb01f9920f", "differs",
     "Trong giai đoạn 2015-2020, ngành Xây dựng Hà Nội có 8 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
     "1065: '5 cá nhân được Thủ tướng Chính phủ công nhận danh hiệu Chiến sĩ thi đua toàn quốc'. g.sh 'chiến sĩ thi đua toàn quốc' -> only this 1065 line."),
    ("1146_b2735544a76a", "differs",
     "Chợ Tết Công đoàn tỉnh Tây Ninh năm 2025 quy tụ hơn 60 gian hàng nhu yếu phẩm, hàng tiêu dùng phục vụ công nhân.",
     "1146: 'Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng' (Chợ Tết Công đoàn Tây Ninh 02-05/01/2025). g.sh '60 gian hàng' -> nothing; other Chợ Tết gian-hàng counts (72 in 262, 124 in 310, 50 in 504, 7 in 1147, 'hơn 70' in 276) are other places/editions."),
    ("1187_61862f52ba00", "differs",
     "Khoảng 250 đại biểu về dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III ngày 14/4.",
     "1187: 'Gần 220 đại biểu ... sẽ về dự Đại hội' (lần thứ III). g.sh '250 đại biểu' -> only 1210 (another congress, 51 nghìn đoàn viên); 1186 (lần thứ V, 2025) has 218 đại biểu, another edition."),
    ("128_4d3aad482add", "differs",
     "Chủ tịch Công đoàn Xây dựng Việt Nam đã tặng 50 suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng dịp Tết.",
     "128: 'dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết, 1 suất quà cho tập thể tổ môi trường số 5, Chi nhánh Hai Bà Trưng'. g.sh '50 suất quà' -> 518, 642, 681, 829, 922 only (other organisations)."),
    ("186_969ff8f16e36", "differs",
     "Năm 2023, LĐLĐ thành phố Hà Nội đã tuyên dương 90 Công nhân giỏi Thủ đô.",
     "186: 'Tuyên dương 100 Công nhân giỏi Thủ đô năm 2023'; corpus 003 also 'tuyên dương 100 \"Công nhân giỏi Thủ đô\" năm 2023'. The value 90 occurs only for 2019 (042 'Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019') - another year, so 2023 is stated as 100 -> differs (deliberately hard)."),
    ("244_3f16c38c7f90", "differs",
     "Đại hội Công đoàn cơ quan Dân - Đảng huyện Thanh Trì nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành khóa mới gồm chín đồng chí.",
     "244: 'Đại hội đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí'. g.sh 'Dân.{1,3}Đảng' -> only 244 for Thanh Trì (272/1022 are other districts, no BCH count)."),
    ("275_a87c110f79e1", "differs",
     "Để hỗ trợ nhân dân vùng bão lũ, LĐLĐ Hà Nội đã ủng hộ 0,2 tỷ đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam.",
     "275: 'LĐLĐ thành phố Hà Nội cũng ủng hộ 100 triệu đồng qua Quỹ xã hội từ thiện Tấm lòng vàng của Tổng LĐLĐ Việt Nam.' g.sh 'Tấm lòng vàng' -> no 200 triệu / 0,2 tỷ anywhere."),
    ("290_4173905edbcf", "differs",
     "Đoàn công tác huyện Mê Linh đã thăm hỏi, động viên 184 công nhân thuê trọ tại thị trấn Quang Minh và thị trấn Chi Đông không về quê đón Tết.",
     "290: 'đoàn công tác đã tới động viên, thăm hỏi 148 công nhân lao động ... thuê trọ tại Thị trấn Quang Minh và Thị trấn Chi Đông'. g.sh '184 (công nhân|người|lao động)' -> nothing."),
    ("572_92a9a3f61f3b", "differs",
     "Theo quyết định của Tổng Liên đoàn, Ban Chấp hành LĐLĐ TP.HCM khóa I, nhiệm kỳ 2025-2030 có 55 thành viên.",
     "572: 'Ban Chấp hành LĐLĐ TP.HCM có 65 thành viên'. g.sh '55 (thành viên|ủy viên|đồng chí)' -> nothing."),
    ("625_686569eb1423", "differs",
     "LĐLĐ tỉnh Quảng Trị đã hỗ trợ 500 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang bị hư hỏng do mưa lũ.",
     "625: 'LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa, tu bổ Trường Mầm non xã Triệu Giang (huyện Triệu Phong)'. g.sh 'Triệu Giang' -> only 625; g.sh '500 triệu' -> only 1130 (Quỹ Vì người nghèo, unrelated)."),
    ("700_dd6b1b09b4e2", "differs",
     "Tổng số tiền Công đoàn hỗ trợ đoàn viên mua sắm tại Chợ Tết Công đoàn - Xuân 2026 trực tuyến là 150 tỉ đồng.",
     "700: 'tổng số tiền hỗ trợ là 100 tỉ đồng'; 601: 'Chi 100 tỉ đồng cho Chợ tết công đoàn trực tuyến'. g.sh '150 t[ỉỷ]' -> nothing."),
    ("727_39665a0e6638", "differs",
     "Tại lễ ra quân tình nguyện hè 2020, Thành đoàn Đà Nẵng đã trao 30 tủ thuốc cho ngư dân âu thuyền Thọ Quang.",
     "727: 'Thành đoàn Đà Nẵng đã trao ... 500 lá cờ Tổ quốc và 20 tủ thuốc cho ngư dân âu thuyền Thọ Quang (Q.Sơn Trà)'. g.sh '30 tủ|tủ thuốc' -> only this 727 line."),
    ("742_c62ad0872e2b", "differs",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I diễn ra trong hai ngày 12 và 13-12 với 350 đại biểu chính thức.",
     "742: 'với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên'; 571 also '300 đại biểu chính thức'. g.sh '350 đại biểu' -> nothing."),
    ("761_0759299e56e8", "differs",
     "Chợ Tết công đoàn năm 2023 tại Quảng Ninh do Công đoàn TKV tổ chức dự kiến có khoảng 3.000 người lao động tham gia.",
     "761: 'riêng tại tỉnh Quảng Ninh giao cho Công đoàn TKV tổ chức với khoảng 2.000 người lao động của TKV và các doanh nghiệp trong tỉnh tham gia'. g.sh '3\\.000 (người|công nhân|đoàn viên)' -> only 563, 217, 1028 (unrelated). 795 '2.000 - 5.000 người lao động' is the per-programme range of phiếu mua hàng nationwide, not Quảng Ninh participants."),

    # ---------------- not_found ----------------
    ("1027_8765180e6738", "not_found",
     "Riêng trong tháng 3/2025, Trung tâm Dịch vụ việc làm Hà Nội ghi nhận gần 29.000 chỉ tiêu tuyển dụng.",
     "1027 counts 'gần 29.000 chỉ tiêu tuyển dụng' for 'tháng 2/2025' (another period); 'tháng 3/2025' appears only in a photo caption ('phiên giao dịch việc làm quận Hà Đông (tháng 3/2025)'). g.sh 'tháng 3/2025' -> only that caption; no count of chỉ tiêu for March."),
    ("1187_61862f52ba00", "not_found",
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030 quy tụ đại biểu đại diện cho 75 công đoàn cơ sở.",
     "'75 Công đoàn cơ sở' is stated only for lần thứ III (1187: 'đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở'). Lần thứ V (1186) counts only '218 đại biểu đại diện cho 22.514 đoàn viên', no CĐCS count. g.sh '75 công đoàn cơ sở|75 CĐCS' -> 1187 (lần III) and 336 (Hoàn Kiếm sports day). Another edition -> not_found."),
    ("761_0759299e56e8", "not_found",
     "Chợ Tết công đoàn năm 2023 tại Cẩm Phả, Quảng Ninh sẽ tặng 500 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "761 says only 'tặng quà cho đoàn viên, người lao động có hoàn cảnh khó khăn' with no count; its figures are 22 tỉnh, khoảng 2.000 người lao động, 20 - 30 gian hàng. g.sh 'Quảng Ninh' filtered for quà|suất -> nothing; g.sh 'TKV|Cẩm Phả' -> no gift count."),
    ("236_8c39dd7a5f76", "not_found",
     "Đại hội Công đoàn quận Đống Đa lần thứ XIX, nhiệm kỳ 2023-2028 có 280 đại biểu chính thức tham dự.",
     "236 gives no delegate count (only 'diễn ra trong 2 ngày (ngày 6, 7/7/2023)'). g.sh 'Đống Đa' with 2+ digit numbers -> 064 (58 gia đình, 26 giáo viên), 805 (660 đảng viên) etc., none about congress delegates; g.sh '280 đại biểu' -> nothing."),
    ("052_59edbafd4169", "not_found",
     "LĐLĐ huyện Thạch Thất đã phối hợp tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 500 công nhân, viên chức, lao động.",
     "052 names the beneficiaries (CĐCS thuộc LĐLĐ huyện Thạch Thất) but gives no count. g.sh 'Thạch Thất' -> 721 (216 CĐCS, 6.000 đoàn viên: membership, not examinees), 264, 191 (unrelated); g.sh 'tầm soát|khám sức khỏe miễn phí' with numbers -> 026 Sơn Tây (200), 142 Bắc Từ Liêm (862), 551 Tháng Công nhân 2024 (200) - other organisations/occasions."),
    ("127_640c05f71edb", "not_found",
     "Tại Chương trình Tết sum vầy - Xuân bình an năm 2022, Công đoàn ngành Giao thông vận tải Hà Nội đã trao 200 suất quà Tết cho người lao động.",
     "127 gives no gift count. g.sh 'Xuân Bình an' -> 127 plus other organisations (Dệt May 133/266, Hoàng Mai 542, 1061); g.sh 'GTVT Hà Nội|Giao thông vận tải Hà Nội' -> counts only for other things (124: 20 đoàn viên, 10 lượt, 194 cháu in 2020; 017: 70 CN giỏi 2024; 1162: 45 CN giỏi 2019)."),
    ("065_7cac91137e69", "not_found",
     "Năm học 2021-2022, LĐLĐ quận Hoàn Kiếm đã trao thưởng cho 26 nhà giáo tâm huyết, sáng tạo.",
     "065 gives no count of awarded teachers (figures: 61 năm, 40 năm Ngày Nhà giáo). g.sh 'tâm huyết, sáng tạo' -> 064 'LĐLĐ quận Đống Đa biểu dương 26 giáo viên' (another district), 120/024 (city-wide award, other years). Deliberately reuses 26 from Đống Đa."),
    ("450_716412d0bd43", "not_found",
     "Trong năm 2022, LĐLĐ quận Hà Đông đã kết nạp 1.200 đoàn viên công đoàn mới.",
     "450 has no figures for Hà Đông 2022 results. g.sh 'đoàn viên mới' filtered for Hà Đông -> nothing; g.sh 'Hà Đông' with numbers -> 544 (Hội LHPN), 054 (a person named Hà Đông) only."),
    ("1142_6d91e1319bd8", "not_found",
     "Tại hội nghị lần thứ 9, Ban Chấp hành Tỉnh đoàn Thanh Hóa nhiệm kỳ 2022-2027 cũng đã bầu bổ sung 2 ủy viên Ban Thường vụ.",
     "1142 reports only the Bí thư election (100% phiếu). 1086 counts BCH khóa XIX '44 đồng chí' and 'Ban thường vụ Tỉnh Đoàn gồm 12 đồng chí' at hội nghị lần thứ nhất (2022) - another occasion, and not a by-election. g.sh 'bầu bổ sung' -> only other bodies (LĐLĐ Hà Nội, Tổng LĐLĐ, HĐND...)."),
    ("702_b3991be6596d", "not_found",
     "Dịp Tết Quý Mão 2023, Chủ tịch LĐLĐ TP.HCM Trần Thị Diệu Thúy đã lì xì cho 60 cháu là con công nhân lao động.",
     "702 says 'tặng quà, chúc Tết, lì xì cho con công nhân lao động' without a count; its counts are 24 gia đình and 45 gia đình (Quận 12). g.sh 'lì xì' with numbers -> nothing with a count of children."),
    ("186_969ff8f16e36", "not_found",
     "Năm 2021, LĐLĐ thành phố Hà Nội đã tuyên dương 100 Công nhân giỏi Thủ đô.",
     "Corpus states the number of Công nhân giỏi Thủ đô for 2019 (042: 90), 2022 (041/075/076: 100) and 2023 (186, 003: 100), not for 2021. g.sh 'Công nhân giỏi Thủ đô.{0,5} năm 2021|năm 2021.{0,40}Công nhân giỏi Thủ đô' -> nothing. Another year -> not_found."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen69/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
