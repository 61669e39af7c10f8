#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for blind testing of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

# (page_id, verdict, claim, why)
CLAIMS = [
    # --- 032 Công đoàn ngành Xây dựng HN, tổng kết GVN-ĐVN 2021
    ("032_60bc537342b5", D,
     "Khoảng 350 nữ đại biểu các đơn vị trong toàn ngành đã dự lễ tổng kết phong trào “Giỏi việc nước, đảm việc nhà” năm 2021 của Công đoàn ngành Xây dựng Hà Nội.",
     "032: 'Công đoàn ngành Xây dựng Hà Nội và gần 200 nữ đại biểu các đơn vị trong toàn Ngành' (tổng kết GVN-ĐVN 2021). g.sh '350 nữ|350 đại biểu' and 'nữ đại biểu' -> only 032 (gần 200)."),
    # --- 063 LĐLĐ quận Hoàng Mai
    ("063_f7a849d3bef7", D,
     "Kể từ khi thành lập đến nay, Liên đoàn Lao động quận Hoàng Mai đã trải qua sáu kỳ đại hội.",
     "063: 'kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội'. g.sh 'kỳ đại hội' / '6 kỳ đại hội': no Hoàng Mai hit other than 063 (16 kỳ = Đoàn TN HN, 12 kỳ = CĐVN, 11 kỳ = Sóc Sơn)."),
    # --- 103 Đảng bộ TP Hà Nội khóa XVI
    ("103_bc0c6e0f50d9", S,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015-2020, gồm 16 đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí.' g.sh 'Thành ủy.{0,30}khóa XVI' -> no other count."),
    ("103_bc0c6e0f50d9", D,
     "Đại hội Đảng bộ thành phố Hà Nội đã bầu 84 đồng chí vào Ban Chấp hành Đảng bộ khóa XVI.",
     "103: 'Đại hội Đảng bộ thành phố Hà Nội đã bầu 74 đồng chí (khuyết 2 người) vào Ban Chấp hành khóa XVI'. 84 is off from both 74 and the 76 implied seats. g.sh '84 đồng chí|84 người' -> no hit."),
    # --- 112 tai nạn lao động Hà Nội & Đồng Nai
    ("112_a56b33b2aa7d", S,
     "Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà, huyện Đan Phượng (Hà Nội) chiều 8/9/2018 đã làm hai người tử vong.",
     "112: 'một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương.' g.sh 'Đan Phượng|Biên Hòa' + thiệt mạng -> only 112."),
    ("112_a56b33b2aa7d", D,
     "Vụ sập tường rào tại công trình xây dựng ở phường Thống Nhất, thành phố Biên Hòa (Đồng Nai) đã khiến 3 người thiệt mạng.",
     "112: 'tại phường Thống Nhất, thành phố Biên Hòa (Đồng Nai)... một đoạn tường rào cũ bất ngờ đổ sập khiến một người thiệt mạng và hai người bị thương.' g.sh '3 người thiệt mạng|ba người thiệt mạng' -> no hit. (Teaser '142 người chết' in quý II/2018 is another thing.)"),
    # --- 115 Đại hội Công đoàn tỉnh Bình Định lần thứ XIV
    ("115_5f0c89a4283e", S,
     "Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV, nhiệm kỳ 2023 - 2028, gồm ba mươi lăm người.",
     "115: 'Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người đã ra mắt nhận nhiệm vụ.' g.sh 'Bình Định' -> no other count."),
    ("115_5f0c89a4283e", D,
     "Ban Thường vụ Liên đoàn Lao động tỉnh Bình Định khóa XIV có 15 người.",
     "115: 'Ban Thường vụ LĐLĐ tỉnh khóa XIV gồm 11 người, Ủy ban Kiểm tra 9 người.' g.sh 'Ban Thường vụ.{0,30}15 (người|đồng chí)' -> no hit."),
    # --- 116 HĐND TP Hà Nội khóa XV
    ("116_23da69714914", S,
     "Cử tri Thủ đô đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố Hà Nội khóa XV, nhiệm kỳ 2016-2021.",
     "116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021.' Also 117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này.'"),
    ("116_23da69714914", D,
     "Ông Nguyễn Đức Chung trúng cử đại biểu HĐND TP Hà Nội khóa XV với tỷ lệ phiếu bầu cao nhất là 89,5%.",
     "116: 'Người trúng cử đại biểu HĐND TP với tỷ lệ phiếu bầu cao nhất là ông Nguyễn Đức Chung ... với tỷ lệ 95,18%.' g.sh '89,5' -> no hit; 581's 97,87% is the 2021 vote for Chủ tịch UBND/HĐND khóa XVI, another occasion."),
    # --- 218 Công đoàn ngành Giáo dục, năm học 2019-2020
    ("218_e908280305f2", D,
     "Các phong trào thi đua và cuộc vận động năm học 2019-2020 của Công đoàn ngành Giáo dục tỉnh được tổ chức thành ba đợt.",
     "218: 'Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt.' g.sh 'ba đợt|3 đợt' -> only 256 (phát động thi đua năm 2019 'theo 3 đợt', another organisation/occasion)."),
    # --- 272 Quỹ Vì biển, đảo Việt Nam
    ("272_28974ffcb2ea", S,
     "LĐLĐ thành phố Hà Nội phấn đấu 100% công đoàn cơ sở tham gia ủng hộ Quỹ “Vì biển, đảo Việt Nam”.",
     "272: 'các cấp Công đoàn (CĐ) TP cần tuyên truyền ... phấn đấu 100% CĐ cơ sở tham gia ủng hộ.' (Quỹ Vì biển, đảo Việt Nam). g.sh 'biển, đảo' -> no other %."),
    ("272_28974ffcb2ea", D,
     "Công đoàn các cấp ở Hà Nội vận động mỗi đoàn viên, CNVC-LĐ ủng hộ ít nhất hai ngày lương vào Quỹ “Vì biển, đảo Việt Nam”.",
     "272: 'CĐ các cấp vận động đoàn viên, CNVC-LĐ ủng hộ ít nhất một ngày lương vào Quỹ \"Vì biển, đảo Việt Nam\".' g.sh '2 ngày lương|hai ngày lương' -> no hit."),
    # --- 292 đề nghị khen thưởng Sovico
    ("292_3150d278c2b8", S,
     "Ý kiến phản hồi về đề nghị tặng Huân chương Lao động hạng Ba cho Công ty cổ phần Tập đoàn Sovico được gửi về Ban Thi đua - Khen thưởng thành phố Hà Nội trong thời hạn bảy ngày làm việc.",
     "292: 'mọi ý kiến phản hồi đề nghị gửi về Ban Thi đua - Khen thưởng thành phố ... trong thời hạn 7 ngày làm việc, kể từ ngày đăng tải thông tin.' (Sovico, HCLĐ hạng Ba). g.sh 'Sovico' -> only 292. Count is a duration (working days)."),
    # --- 373 bổ nhiệm Giám đốc Sở TN&MT Hà Nội
    ("373_5a66bb740f57", S,
     "Ông Bùi Duy Cường được bổ nhiệm giữ chức Giám đốc Sở Tài nguyên và Môi trường TP. Hà Nội với thời hạn bổ nhiệm 5 năm.",
     "373: 'trao quyết định bổ nhiệm ông Bùi Duy Cường ... giữ chức Giám đốc Sở TN&MT TP. Hà Nội. Thời hạn bổ nhiệm 5 năm.' g.sh 'Bùi Duy Cường' -> only 373. Count is a duration (years)."),
    # --- 337 Ngày hội thể thao CNVCLĐ huyện Hoài Đức 2020
    ("337_b563439ef734", S,
     "Ngày hội văn hóa - thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 có 3 nội dung thi đấu.",
     "337: 'ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ.'"),
    ("337_b563439ef734", N,
     "Hơn 300 vận động viên là CNVCLĐ đã tham gia Ngày hội thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020.",
     "337 gives no athlete/participant count ('thu hút đông đảo công nhân viên chức lao động tham gia'). g.sh 'Hoài Đức' with digits -> only 048 (Mái ấm 25/20/5 triệu, 2 Mái ấm in 2019) and 337's '3 nội dung'; g.sh '300 vận động viên' -> no hit."),
    # --- 357 LĐLĐ HN hỗ trợ Canon
    ("357_3a6c57d6b65d", S,
     "Liên đoàn Lao động TP Hà Nội đã trao 150 triệu đồng hỗ trợ đoàn viên, người lao động khó khăn do COVID-19 tại Công ty TNHH Canon Việt Nam.",
     "357: 'trao 150 triệu đồng hỗ trợ 300 đoàn viên, người lao động có hoàn cảnh khó khăn bị ảnh hưởng bởi dịch COVID-19 thuộc Công ty TNHH Canon Việt Nam.' g.sh 'Canon' -> only 357."),
    ("357_3a6c57d6b65d", D,
     "Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh đã trao hỗ trợ cho 500 đoàn viên, người lao động bị ảnh hưởng bởi COVID-19 của Công ty TNHH Canon Việt Nam.",
     "357: '... hỗ trợ 300 đoàn viên, người lao động ... thuộc Công ty TNHH Canon Việt Nam.' g.sh '500 đoàn viên' -> 547 ('hơn 500 đoàn viên thanh' at Tây Giang, another thing); nothing for Canon."),
    # --- 395 Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam
    ("395_89358d4aa43a", D,
     "Bộ Công Thương đã phối hợp với các bộ, ngành, địa phương thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, tập trung vào 8 nội dung trọng tâm.",
     "395: 'Bộ Công Thương đã phối hợp ... thực hiện đồng bộ Cuộc vận động. Trong đó, tập trung vào 5 nội dung trọng tâm: (i)...(v)'. g.sh '8 nội dung' -> only 513 (Thành đoàn HN, chiến dịch tình nguyện 2020: '8 nội dung hoạt động'), another thing."),
    # --- 426 Trần Duy Phương
    ("426_149ced3ae0fa", D,
     "Ông Trần Duy Phương từng có 20 năm làm việc tại báo Lao động trước khi về Tổng Công ty Truyền thông đa phương tiện.",
     "426: 'Ông Trần Duy Phương từng có 12 năm làm việc tại báo Lao động trước khi đảm nhận vị trí Phó Tổng Giám đốc Tổng Công ty Truyền thông đa phương tiện.' g.sh '20 năm làm việc' -> no hit; 'Trần Duy Phương' only in 426."),
    # --- 474 Công đoàn ngành Giáo dục Hậu Giang, Tết sum vầy 2021
    ("474_7fd340fb34bb", S,
     "Dịp Tết Tân Sửu 2021, Công đoàn ngành Giáo dục tỉnh Hậu Giang đã trao tặng 31 suất hỗ trợ cho nhà giáo, người lao động có hoàn cảnh khó khăn.",
     "474: 'Công đoàn Ngành Giáo dục đã trao tặng 31 suất hỗ trợ, mỗi suất 500.000 đồng cho nhà giáo, người lao động, đoàn viên công đoàn có hoàn cảnh khó khăn' (Hậu Giang, 01/02/2021)."),
    ("474_7fd340fb34bb", D,
     "Mỗi suất hỗ trợ Công đoàn ngành Giáo dục Hậu Giang trao cho nhà giáo khó khăn dịp Tết sum vầy 2021 trị giá 1 triệu đồng.",
     "474: '31 suất hỗ trợ, mỗi suất 500.000 đồng'. g.sh 'mỗi suất 1' and 'Giáo dục.{0,60}(1\\.000\\.000|1 triệu)' -> no hit."),
    # --- 584 LĐLĐ tỉnh Kiên Giang
    ("584_5a1df402fe8b", D,
     "Hơn 30 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh Kiên Giang đã dự hội nghị bầu bổ sung chức danh Chủ tịch chiều 6/9/2021.",
     "584: 'Các đồng chí Mai Văn Huỳnh ...; Lê Thanh Hùng ... và 22 đồng chí trong Ban Chấp hành Liên đoàn Lao động tỉnh dự hội nghị.' g.sh 'Kiên Giang' with counts / '30 đồng chí' -> no hit."),
    # --- 729 Nghệ An Tháng Công nhân 2025
    ("729_44f1746c543b", S,
     "Hơn một nghìn đoàn viên, người lao động đã dự lễ phát động Tháng Công nhân năm 2025 của LĐLĐ tỉnh Nghệ An.",
     "729: 'cán bộ công đoàn cấp trên cơ sở và hơn 1.000 đoàn viên, người lao động' at Lễ phát động Tháng Công nhân 2025, Nghệ An. g.sh 'Tháng Công nhân' + Nghệ An -> only 729."),
    ("729_44f1746c543b", N,
     "Tại lễ phát động Tháng Công nhân năm 2025 ở Nghệ An, Tổng LĐLĐ Việt Nam và Ủy ban MTTQ tỉnh đã trao tặng 5 nhà Mái ấm Công đoàn cho công nhân lao động.",
     "729 caption only: 'trao tặng nhà Mái ấm Công đoàn cho công nhân lao động' with no count. g.sh 'Mái ấm Công đoàn' + Nghệ An -> only that caption; g.sh '5 nhà|năm nhà' -> 455 (LĐLĐ tỉnh 2019, '05 nhà'), 497 (5 nhà đại đoàn kết) - other provinces/years/things."),
    # --- 832 Tây Ninh chiến dịch TNTN hè 2020
    ("832_bcc75862afa0", S,
     "Chiến dịch Thanh niên tình nguyện hè năm 2020 của tỉnh Tây Ninh tập trung vào 20 xã biên giới.",
     "832: 'tập trung vào 20 xã biên giới thuộc 5 huyện, thị của tỉnh' (Tuổi trẻ Tây Ninh, hè 2020). g.sh 'Tây Ninh' + xã|huyện -> only 832."),
    ("832_bcc75862afa0", D,
     "Các xã biên giới được Chiến dịch thanh niên tình nguyện hè 2020 của Tây Ninh tập trung thuộc 8 huyện, thị của tỉnh.",
     "832: '20 xã biên giới thuộc 5 huyện, thị của tỉnh'. g.sh '8 huyện' -> only 816 ('18 huyện, thị xã, thành phố', another thing)."),
    # --- 979 Ủy ban MTTQ huyện Phú Tân
    ("979_5010ac31af5f", D,
     "Tại hội nghị Ủy ban MTTQ Việt Nam huyện Phú Tân lần thứ 15, có 90% đại biểu tán thành bầu bà Võ Ngọc Hân làm Chủ tịch.",
     "979: 'Qua biểu quyết có 100% đại biểu tán thành. Kết quả, Bà Võ Ngọc Hân được bầu làm Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Tân'. g.sh '90% đại biểu' -> no hit."),
    # --- not_found on pages that share words but count nothing
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 180 đại biểu chính thức tham dự.",
     "013 is a photo story with no delegate count. g.sh 'Tây Hồ' lines with digits -> only seed 000/002 items (hoa đào, chương trình nghệ thuật, phát triển đoàn viên) and 013's years; g.sh '180 đại biểu' -> no hit. (239: '191 đại biểu' is CĐ ngành Xây dựng HN khóa XIV, another congress.)"),
    ("153_e14e5df550cb", N,
     "Đồng chí Phạm Quang Thanh được bầu làm Chủ tịch LĐLĐ TP Hà Nội khóa XVI với 98% số phiếu tán thành.",
     "153 gives the decision number (5556/QĐ-TLĐ) and date, no vote share. g.sh 'Phạm Quang Thanh' with %|phiếu|tín nhiệm -> no hit; 'Chủ tịch LĐLĐ TP Hà Nội' with % -> no hit."),
    ("291_a74887047e6b", N,
     "Mỗi cán bộ công đoàn nhận Giải thưởng Nguyễn Văn Linh lần thứ III năm 2022 được thưởng 30 triệu đồng.",
     "291 and 056 count recipients ('10 đồng chí cán bộ công đoàn tiêu biểu', '63 đề cử', '6 ... 2 ... 2') but no prize money. g.sh 'Nguyễn Văn Linh' -> 002 seed, 056, 291, none with triệu/đồng; '30 triệu đồng' hits are Mái ấm Công đoàn supports (049, 050, 051)."),
    ("350_a326a92215e6", N,
     "Lễ kỷ niệm cấp quốc gia 130 năm Ngày sinh Chủ tịch Hồ Chí Minh tổ chức tại Hà Nội có 1.200 đại biểu tham dự.",
     "350 lists planned activities, no attendance. g.sh '130 năm' with đại biểu|người counts -> no hit; '1\\.200 đại biểu' -> no hit."),
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 tuyên dương 150 Chủ tịch Hội cơ sở.",
     "402 gives dates (17-19/10/2023) and '93 năm' anniversary, no count of honorees. g.sh 'Phụ nữ cơ sở giỏi|Hội Phụ nữ cơ sở|Hội cơ sở' -> 401 (Hội LHPN Hà Nội 2023, no count) and 402; '150 Chủ tịch' -> no hit."),
    ("534_945922b00627", N,
     "Kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI, nhiệm kỳ 2021-2026 đã xem xét, thông qua 12 nghị quyết.",
     "534 is a preview: 'thông qua nghị quyết về số lượng Ủy viên các ban', no count of resolutions. g.sh '[0-9]+ nghị quyết' -> no hit in the corpus."),
    ("769_0362b5a175b0", N,
     "Trong Tháng cao điểm “Vì người nghèo” năm 2018, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk đặt mục tiêu vận động 15 tỷ đồng ủng hộ Quỹ Vì người nghèo.",
     "769 gives no amount or target in money ('vận động 100% cán bộ, đoàn viên, hội viên'). g.sh 'Đắk Lắk|Cư M' -> 114 (truy thu 12 tỷ, another thing), 769; 'Vì người nghèo' money hits (359 Hà Nội 83,4 tỷ; 360; 467; 468 (2023); 497; 690; 691) are other places/years; '15 tỷ' -> 509, 907 (Hội Chữ thập đỏ), other things."),
    ("787_47b1d60ede23", N,
     "Trong chương trình “Tết Sum vầy” năm 2021, các cấp công đoàn cả nước đã tổ chức hơn 10.000 chương trình chăm lo Tết cho đoàn viên, người lao động.",
     "787 is the 2021 plan, no figures. Trap: 161 counts '14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”' but for Tết 2024 (caption 'Tết Sum vầy 2024'), another edition. g.sh 'Tân Sửu' with counts -> 335 (122 suất), 968 (a province: 25.021 phần quà) - other things; '10\\.000 chương trình' -> no hit."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội, nhiệm kỳ 2020-2025 đã bầu 71 đồng chí vào Ban Chấp hành Đảng bộ Thành phố.",
     "845 gives only dates (11-13/10/2020). Trap: 103 counts the XVI BCH (74 đồng chí), another edition. g.sh 'XVII' with counts -> 288/713/714/812 (other congresses: CĐ HN XVIII 548, MTTQ 363, Đoàn 435, Đảng bộ XVIII 550); 'Ban Chấp hành Đảng bộ' counts -> 079/348/887 (other units); '71 đồng chí' -> no hit."),
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
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc
    print(len(rows), dict(c), "pages:", len(pc))


if __name__ == "__main__":
    main()
