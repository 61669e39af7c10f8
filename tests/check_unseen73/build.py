#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 1081 Khánh Hòa, Hội thi ATVSV giỏi 2024
    ("1081_35c690f5dbdd", "supported",
     "Hội thi An toàn vệ sinh viên giỏi năm 2024 do Liên đoàn Lao động tỉnh Khánh Hòa tổ chức quy tụ mười chín đội dự thi.",
     "1081: \"Có 19 đội tham gia hội thi gồm: Công đoàn ngành Y tế; ...\"; \"Ban tổ chức tặng hoa và cờ lưu niệm cho 19 đội thi\"."),
    ("1081_35c690f5dbdd", "differs",
     "Tại Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024, các đội phải vượt qua bốn phần thi chính.",
     "1081: \"Các đội trải qua 3 phần thi chính gồm: Phần thi chào hỏi ... Phần thi kiến thức ... Phần thi thực hành\". g.sh 'phần thi': only 1081 and 1101 (Huế contest, also 3 phần thi); no '4|bốn phần thi' anywhere."),
    # ---------------- 1130 TP HCM, Quỹ Vì người nghèo 2020
    ("1130_b874a926a657", "supported",
     "Cơ quan các ban Thành ủy, Ủy ban Kiểm tra Thành ủy và Văn phòng Thành ủy TPHCM đã góp một ngày lương, tổng cộng gần 500 triệu đồng, ủng hộ Quỹ \"Vì người nghèo\" thành phố năm 2020.",
     "1130: \"Kết quả, các đơn vị đã ủng hộ 1 ngày lương vào Quỹ \"Vì người nghèo\" TP với số tiền 495 triệu đồng.\" (495 ~ gần 500; the title 'Hơn 500 triệu' is the total incl. the 77 triệu below)."),
    ("1130_b874a926a657", "differs",
     "Cùng ngày 28-9-2020, Văn phòng Đoàn ĐBQH - HĐND và Văn phòng UBND TP.HCM phát động và ủng hộ Quỹ \"Vì người nghèo\" TP khoảng 120 triệu đồng.",
     "1130: \"Văn phòng Đoàn Đại biểu Quốc hội - HĐND và Văn phòng UBND TP đã tổ chức phát động ủng hộ Quỹ \"Vì người nghèo\" TP. Các đơn vị đã ủng hộ số tiền gần 77 triệu đồng.\" g.sh '120 triệu': only 106 (a worker's prize money, unrelated)."),
    # ---------------- 215 Công đoàn Viên chức thành phố, 2015-2020
    ("215_3826a48fe31a", "supported",
     "Trong 5 năm 2015-2020, phong trào thi đua của các cấp Công đoàn Viên chức thành phố có hơn 2.000 sáng kiến, cải tiến kỹ thuật được công nhận và áp dụng.",
     "215: \"đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận và áp dụng thực tiễn\" (trong 5 năm qua; giai đoạn 2015 – 2020)."),
    ("215_3826a48fe31a", "differs",
     "Công đoàn Viên chức thành phố khen thưởng mười lăm tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước và hoạt động Công đoàn giai đoạn 2015 - 2020.",
     "215: \"khen thưởng 11 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước và hoạt động Công đoàn, giai đoạn 2015 – 2020\" (biểu dương 25 tập thể is a separate count). g.sh '15 tập thể|mười lăm tập thể': only 502 (chương trình 1 triệu sáng kiến, other org)."),
    # ---------------- 252 LĐLĐ thị xã Sơn Tây
    ("252_f6a3b7378def", "supported",
     "Liên đoàn Lao động thị xã Sơn Tây hiện trực tiếp quản lý, chỉ đạo hoạt động của 210 công đoàn cơ sở.",
     "252: \"LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên.\""),
    ("252_f6a3b7378def", "differs",
     "LĐLĐ thị xã Sơn Tây hiện có khoảng 15.000 đoàn viên công đoàn.",
     "252: \"210 Công đoàn cơ sở với gần 10 ngàn đoàn viên\". g.sh '15[.,]000 đoàn viên|15 (nghìn|ngàn) đoàn viên': nothing; other Sơn Tây pages (026, 251) give no đoàn viên count."),
    # ---------------- 336 Hội khỏe quận Hoàn Kiếm 2020
    ("336_5d7aa39073a7", "supported",
     "Hội khỏe công nhân viên chức, lao động và lực lượng vũ trang quận Hoàn Kiếm năm 2020 có vận động viên đến từ 75 CĐCS tranh tài.",
     "336: \"thu hút hơn 1000 vận động viên đến từ 75 Công đoàn cơ sở và các thành viên của 4 cụm Văn hóa Thể thao quận\"."),
    ("336_5d7aa39073a7", "differs",
     "Hội khỏe CNVCLĐ quận Hoàn Kiếm năm 2020 tổ chức tranh tài ở sáu môn thi.",
     "336: \"tham gia tranh tài ở 4 môn thi, gồm Bóng đá nam, Bóng bàn, Cầu lông và Kéo co nam nữ\". g.sh '(6|sáu) môn': nothing."),
    # ---------------- 406 Tháng Nhân đạo 2021
    ("406_e070ae5014f0", "supported",
     "Tháng Nhân đạo năm 2021 do Trung ương Hội Chữ thập đỏ Việt Nam phát động đặt mục tiêu trợ giúp ít nhất 150 nghìn lượt người có hoàn cảnh khó khăn.",
     "406: \"Tháng Nhân đạo năm nay hướng tới các mục tiêu: ... ít nhất 150.000 lượt người có hoàn cảnh khó khăn được trợ giúp\"."),
    ("406_e070ae5014f0", "differs",
     "Trong Tháng Nhân đạo 2021, Hội Chữ thập đỏ Việt Nam phấn đấu đỡ đầu 500 hộ gia đình có hoàn cảnh khó khăn.",
     "406: \"đỡ đầu 750 hộ gia đình có hoàn cảnh khó khăn...\". g.sh 'đỡ đầu': only 406; g.sh '500 hộ|năm trăm hộ': nothing."),
    # ---------------- 518 Thung Nai, Phú Thọ 2026
    ("518_bf1002899b2f", "supported",
     "Đoàn Thanh niên ba phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao năm mươi suất quà tết cho người dân, trẻ em khó khăn ở xã Thung Nai, tỉnh Phú Thọ.",
     "518: \"Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn, học sinh nghèo vượt khó\" (xã Thung Nai, tỉnh Phú Thọ, 24-25.1.2026)."),
    ("518_bf1002899b2f", "differs",
     "Mỗi suất quà tết mà tuổi trẻ ba phường của Hà Nội trao tại xã Thung Nai (Phú Thọ) đầu năm 2026 trị giá 3 triệu đồng.",
     "518: \"(mỗi suất trị giá 2 triệu đồng gồm 500.000 đồng tiền mặt cùng nhu yếu phẩm...)\". g.sh '3 triệu đồng': 233 (quà Tết nhà giáo Hà Nội), 330 (LĐLĐ TP 5 suất quà), 498, 294 ... all other occasions/orgs, none about Thung Nai."),
    # ---------------- 585 CĐCS xã Bình Hòa Phước
    ("585_b22d53f788ab", "supported",
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023 - 2028 có 32 đại biểu chính thức là công đoàn viên của xã.",
     "585: \"Cùng với 32 đại biểu chính thức là công đoàn viên xã Bình Hòa Phước.\" (Đại Hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023-2028)."),
    ("585_b22d53f788ab", "differs",
     "Đại hội Công đoàn xã Bình Hòa Phước nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí.",
     "585: \"Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c, bầu đại biểu dự Đại Hội cấp trên là 2 đ/c, dự khuyết là 01 đ/c.\" g.sh '(7|bảy) (đ/c|đồng chí)': 244 (CĐCS ở Thanh Trì), 662 (CĐCS Sở Công Thương Sóc Trăng), 578, 1103, 1211 - all other organisations."),
    # ---------------- 664 Công đoàn Trung tâm PTBV CLGD phổ thông QG
    ("664_ee315818b222", "differs",
     "Đại hội Công đoàn Trung tâm Phát triển bền vững Chất lượng Giáo dục phổ thông Quốc gia nhiệm kỳ 2023 - 2028 có 52 công đoàn viên của Trung tâm tham dự.",
     "664: \"Chủ tịch các Công đoàn bộ phận trực thuộc Viện và 41 công đoàn viên của Trung tâm phát triển bền vững chất lượng giáo dục phổ thông Quốc gia.\" g.sh '52 (công )?đoàn viên': only seed 002 '1.052 đoàn viên' (KCN&CX Hà Nội, unrelated); 'Trung tâm Phát triển bền vững' occurs only in 664."),
    # ---------------- 889 Đô Lương
    ("889_093a5732a7fa", "supported",
     "Huyện ủy Đô Lương đã công bố quyết định luân chuyển bảy cán bộ tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: \"Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ.\" (lễ công bố tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn)."),
    ("889_093a5732a7fa", "differs",
     "Trong đợt luân chuyển của Huyện ủy Đô Lương, có 5 cán bộ từ huyện về đảm nhận chức vụ bí thư, chủ tịch UBND các xã.",
     "889: \"có 3 cán bộ từ huyện về đảm nhận chức vụ bí thư, chủ tịch UBND các xã ... và 4 đồng chí chủ trì các xã trên được luân chuyển sang vị trí khác.\" g.sh '(5|năm) cán bộ': 233, 249, 966 - other subjects."),
    # ---------------- 395 Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam
    ("395_89358d4aa43a", "differs",
     "Khi thực hiện Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\", Bộ Công Thương tập trung vào 7 nội dung trọng tâm.",
     "395: \"Bộ Công Thương đã phối hợp với các ban, bộ, ngành ... Trong đó, tập trung vào 5 nội dung trọng tâm: (i) ... (v) ...\". g.sh '(7|bảy) nội dung': nothing."),

    # ---------------- 042 Công nhân giỏi Thủ đô 2019 (body figure: 13 năm)
    ("042_f42eb6196e49", "differs",
     "Tuyên dương Công nhân giỏi Thủ đô là hoạt động thường niên mà LĐLĐ thành phố Hà Nội đã duy trì suốt 20 năm qua (tính đến năm 2019).",
     "042 body: \"Đây là hoạt động thường niên trong suốt 13 năm qua của LĐLĐ thành phố Hà Nội nhằm tôn vinh, tri ân ... công nhân lao động\". g.sh '(20|hai mươi) năm qua|thường niên': 186 (2023 edition) says 'thường niên' with no year count; no '20 năm' for this activity."),
    # ---------------- 397 Cuộc vận động tại Hà Nội, 2023
    ("397_cf9be6bdd62d", "differs",
     "Tính đến năm 2023, Hà Nội đã có 10 năm thực hiện Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\".",
     "397 (24/8/2023): \"Sau 14 năm thực hiện Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\" tại Hà Nội ...\". g.sh 'năm thực hiện Cuộc vận động|Cuộc vận động.{0,80}[0-9]+ năm|...': only 397 and 395 ('Gala 15 năm ngành Công Thương', 2024, another body/year; 395 also says the campaign began in 2009, consistent with 14)."),

    # ================= not_found =================
    ("183_2d301ff89d1d", "not_found",
     "Sáu tháng đầu năm 2019, Công đoàn Viên chức thành phố Hà Nội đã khen thưởng 95 cá nhân có thành tích trong phong trào \"Giỏi việc nước, đảm việc nhà\".",
     "183 only says 'khen thưởng các tập thể, cá nhân \"Giỏi việc nước- đảm việc nhà\"' (a caption, no count). g.sh 'Giỏi việc nước.{0,150}(cá nhân|tập thể)|...': 507 counts '6 tập thể và 88 cá nhân' for năm 2020 (another year); 654 Long Biên 2020, 733 2017 - other orgs/years. No 2019 count."),
    ("193_98c1c68d8e79", "not_found",
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 đã bầu Ban Chấp hành khóa mới gồm 51 ủy viên.",
     "193 (speech) gives no count. g.sh 'XVI\\b|lần thứ 16' and 'Ban Chấp hành.{0,30}(gồm|có) [0-9]+ (ủy viên|đồng chí)': the corpus counts delegates of this congress (092 '550 đại biểu chính thức', 242 '546 đại biểu'), and BCH sizes of other bodies (101 Công đoàn VN khóa XII 161 ủy viên, 570 another city's LĐLĐ 32 ủy viên); 003/037 only bầu bổ sung BCH khóa XVI without a total. Nothing counts BCH khóa XVI members."),
    ("342_c57c16d17991", "not_found",
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025 - 2030 có 250 đại biểu chính thức tham dự.",
     "342 gives no count. g.sh 'Đảng bộ Tổng Liên đoàn|Đảng bộ Tổng LĐLĐ': 079 (same congress) counts only BCH 'dự kiến có 29-33 người, hiện đã chỉ định 21 người', Ban Thường vụ 9 and a 800.000 đoàn viên/năm target - not delegates. '250 đại biểu' only in 1210 (another congress, 2023)."),
    ("312_8e378b3e63bf", "not_found",
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2017 có 40 đơn vị, doanh nghiệp tham gia triển lãm thiết bị bảo hộ lao động.",
     "312: \"đã diễn ra triển lãm của nhiều đơn vị, doanh nghiệp uy tín\" - no number. g.sh 'Tháng hành động.{0,80}(2017)': 369, 370 (same 2017 month) give only dates/theme; g.sh 'gian hàng|triển lãm.{0,60}[0-9]+ (đơn vị|doanh nghiệp)', 'bảo hộ lao động': Chợ Tết stalls (262, 276, 107) only."),
    ("654_33346c495ae8", "not_found",
     "Năm 2021, Liên đoàn Lao động quận Long Biên biểu dương 60 gia đình công nhân viên chức lao động tiêu biểu.",
     "654: gửi giấy khen và phần thưởng 'đến tận tay từng cá nhân' - no count. g.sh 'gia đình (CNVCLĐ|công nhân viên chức).{0,40}tiêu biểu': 063 Hoàng Mai 73 (teaser), 064 Đống Đa 58 (2025), 242 '43 gia đình' (teaser) - other districts/years."),
    ("868_3432022c4dcf", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 400 đại biểu là các điển hình tiên tiến tham dự.",
     "868 gives no count (only '5 năm 2011-2015'). g.sh 'Lạng Sơn': 826 is lần thứ V (another edition, no count). '400 đại biểu' only 529 (Đại hội Công đoàn Đồng Nai lần XI, 2023) - another event/province."),
    ("368_38a2bb046726", "not_found",
     "Đại hội Công đoàn trường mầm non Dục Tú (Đông Anh) nhiệm kỳ 2017 - 2022 có 45 đoàn viên tham dự.",
     "368 gives no count. g.sh 'Dục Tú': only 368; 'mầm non.{0,200}đoàn viên': other schools (049, 050, 1262, 1264), none counts Dục Tú members."),
    ("573_cc985cab2d28", "not_found",
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017 - 2022 đã bầu Ban Chấp hành gồm 9 đồng chí.",
     "573 gives no count. g.sh 'Vĩnh Phúc', 'Bệnh viện đa khoa': no other page on this congress; '9 đồng chí': 578 (Đoàn Chủ tịch of another congress), 808/1105 (Đoàn TN)."),
    ("353_d8f30a786bd0", "not_found",
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 100% phiếu tín nhiệm.",
     "353 gives no vote share. g.sh 'Nguyễn Đình Khang.{0,80}(phiếu|%)': nothing. Near misses: 100, 247 '100%' tín nhiệm is for Bùi Văn Cường, khóa XII (another person, another term); 174 counts BCH khóa XIII members (177 ủy viên) - another counted noun."),
    ("408_a6f25cd48259", "not_found",
     "Đồng chí Thái Minh Sỹ được bầu giữ chức Phó Chủ tịch LĐLĐ tỉnh với 95% số phiếu tín nhiệm.",
     "408 gives no vote share ('Hội nghị lần thứ 19, Ban Chấp hành khóa XVIII' are ordinals). g.sh 'Thái Minh Sỹ': only 408; '95%': nothing."),
    ("322_bd3d62b063e2", "not_found",
     "Hà Nội đặt mục tiêu năm 2025 có 80% người dân trưởng thành được phổ cập kỹ năng số qua phong trào \"Bình dân học vụ số\".",
     "322 states no target share; its '80 năm' is the age of the original 'Bình dân học vụ' movement (other noun). g.sh 'Bình dân học vụ': 322, 902 (no figure); '80%': 152, 333, 1065 - unrelated."),
    ("526_ca11ded5230f", "not_found",
     "Trong Tháng Công nhân năm 2022, Công đoàn ngành Công Thương Bắc Ninh đã trao 200 suất quà cho đoàn viên, người lao động.",
     "526 lists only plan numbers (Kế hoạch số 217, 17) and a view counter. g.sh 'Tháng Công nhân.{0,100}(suất|phần) quà': 498 (106 phần quà, 2024, another org); '200 (suất|phần)': 542 (LĐLĐ tỉnh tặng CNLĐ thị xã Hoàng Mai), 602, 907 - other events."),
    ("807_4c859601563b", "not_found",
     "Hội nghị Hội đồng Chủ tịch Liên hiệp Công đoàn Thế giới tổ chức tại Hà Nội tháng 3/2016 có đại biểu của 40 quốc gia tham dự.",
     "807 gives no participant count ('lần thứ 17' is the ordinal of the world congress). g.sh 'Liên hiệp Công đoàn Thế giới', 'Mavrikos': only 807 and 100 (a title); '(40|bốn mươi) (quốc gia|nước)': nothing."),
    ("042_f42eb6196e49", "not_found",
     "Mỗi Công nhân giỏi Thủ đô năm 2019 được Liên đoàn Lao động thành phố Hà Nội thưởng 3 triệu đồng.",
     "042 body gives no prize amount (90 is in the title/caption; 46 is a Thanh Trì teaser; 13 năm is the age of the activity). g.sh 'Công nhân giỏi.{0,100}(triệu|đồng)', 'Công nhân giỏi.{0,150}2019': 1065 (ngành Xây dựng counts, no money), 041/075 (2022) - no per-person award for 2019."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        assert not any(("\t" in x or "\n" in x) for x in (page_id, verdict, claim, why))
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen73/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))


if __name__ == "__main__":
    main()
