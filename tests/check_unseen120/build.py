# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("017_199a43282e90", S,
     "Năm 2024, Công đoàn ngành GTVT Hà Nội đã chọn ra bảy mươi \"Công nhân giỏi\" tiêu biểu để tuyên dương.",
     "017: \"Công đoàn ngành đã lựa chọn tuyên dương 70 “Công nhân giỏi” tiêu biểu năm 2024\" (spelled-out 70)."),
    ("086_ba1892a61737", S,
     "Hội nghị biểu dương người tốt, việc tốt của TP Hà Nội năm 2023 có sự tham dự của gần 860 điển hình tiên tiến của Thủ đô.",
     "086: \"858 điển hình tiên tiến năm 2023 của Thủ đô\" (gần 860 ~ 858)."),
    ("1166_ea87f1aaef64", S,
     "Nhân kỷ niệm 86 năm thành lập Công đoàn Việt Nam, LĐLĐ thành phố Hội An đã trao 83 suất quà cho con CNVCLĐ là học sinh vượt khó học khá giỏi năm học 2014-2015.",
     "1166: \"Liên đoàn Lao động đã trao 83 suất quà cho các em học sinh vượt khó học khá giỏi\"; same page: \"hoạt động thường niên của Công đoàn Hội An\"."),
    ("168_9200173fb05c", S,
     "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments (Quảng Nam) nhận Giải thưởng Nguyễn Đức Cảnh năm 2023, đã có bốn mươi hai sáng kiến.",
     "168: \"Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến\"."),
    ("177_49526c316754", S,
     "Trong Chương trình \"1 triệu sáng kiến\", Tổng Liên đoàn Lao động Việt Nam giao cho Hà Nội chỉ tiêu 60 nghìn sáng kiến.",
     "177: \"chỉ tiêu Tổng LĐLĐ Việt Nam giao cho Hà Nội là thực hiện 60.000 sáng kiến\" (130.000 is Hà Nội's own self-set target, a different thing)."),
    ("295_936027b8bfb1", S,
     "Theo Trung tâm Dịch vụ việc làm Hà Nội, nửa đầu tháng 6/2020 có gần 6.400 lao động được quyết định hưởng trợ cấp thất nghiệp.",
     "295 (date 2020-06): \"Nửa đầu tháng 6 ... số lao động có quyết định hưởng là 6.396 người\"."),
    ("400_26d3ce2af6f3", S,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020-2025, có các đại biểu thay mặt cho 51 tổ chức cơ sở đảng.",
     "400: \"219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng trong toàn Đảng bộ huyện\"."),
    ("455_c8575d3b57ff", S,
     "Ngôi nhà \"Mái ấm Công đoàn\" của chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện Ninh Sơn được xây với tổng kinh phí 65 triệu đồng.",
     "455: \"Ngôi nhà của chị Lam ... xã Hòa Sơn, huyện Ninh Sơn, có diện tích 28m2 với tổng kinh phí xây dựng 65 triệu đồng\"."),
    ("506_cfde95568cf6", S,
     "Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và TP.HCM đã vận động được hơn 50 tỷ đồng.",
     "506: \"Qua 4 năm triển khai ... các cấp Hội trong cụm thi đua các tỉnh Tây Nguyên và Thành phố Hồ Chí Minh đã vận động trên 50 tỷ đồng\"."),
    ("728_911221c21d93", S,
     "Năm 2021, huyện Đại Lộc có tám cơ quan, đơn vị xếp thứ nhì trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: \"8 cơ quan, đơn vị xếp thứ nhì ... trong phong trào thi đua cụm đồng bằng của tỉnh\" (spelled-out 8)."),
    ("777_a4af8b647861", S,
     "Tại lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn, Hội Liên hiệp Thanh niên và Hội Đồng đội tỉnh đã trao tặng 400 hộp thuốc bổ.",
     "777: \"Tỉnh đoàn, Hội Liên hiệp Thanh niên tỉnh, Hội Đồng Đội tỉnh đã trao tặng ... 400 hộp thuốc bổ\"."),
    ("827_be7073043765", S,
     "Hội thi Nấu và trang trí rau câu chào mừng Ngày Nhà giáo Việt Nam của Công đoàn phường Minh Phụng (TP HCM) có 17 công đoàn cơ sở trường học tham gia.",
     "827: \"Hội thi thu hút sự tham gia của 17 Công đoàn cơ sở đến từ các đơn vị trường học trên địa bàn phường Minh Phụng\"."),
    ("907_07e635cbabe5", S,
     "Tại lễ phát động Tháng Nhân đạo năm 2022 của Hội Chữ thập đỏ tỉnh, ban tổ chức đã trao 35 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
     "907: \"Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn\"."),

    # ---------------- differs ----------------
    ("017_199a43282e90", D,
     "Trong năm 2024, toàn ngành Giao thông vận tải Hà Nội có 861 \"Công nhân giỏi\" cấp cơ sở.",
     "017: \"Năm 2024, toàn ngành GTVT Hà Nội đã có 816 “Công nhân giỏi” cấp cơ sở\" (claim 861, digits swapped). g.sh '861|816 .Công nhân giỏi': 861 only in an image file name (460) and a URL; 1162 (\"Biểu dương 45 công nhân giỏi\") is another year/level."),
    ("080_9b9e2cec9822", D,
     "Phiên làm việc thứ nhất của Đại hội XIII Công đoàn Việt Nam sáng 1/12/2023 đã bầu 31 nhân sự vào Đoàn Chủ tịch Đại hội.",
     "080: \"Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch\". g.sh '31 nhân sự|31 đồng chí|31 người' and 'Đoàn Chủ tịch Đại hội' : no 31; other Đoàn Chủ tịch counts are other congresses (101: Đoàn Chủ tịch 22 of khóa XII 2018; 578, 593, 713 local congresses)."),
    ("086_ba1892a61737", D,
     "Tại hội nghị ngày 9/10/2023, TP Hà Nội đã vinh danh 12 \"Công dân Thủ đô ưu tú\" năm 2023.",
     "086: \"trong đó có 10 \"Công dân Thủ đô ưu tú\"\" (2023). g.sh 'Công dân Thủ đô ưu tú' and '12 .?Công dân': only 086, no 12."),
    ("1201_a1def21c7eed", D,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, nhiệm kỳ 2023-2028 có một trăm năm mươi tám đại biểu chính thức tham dự.",
     "1201: \"Đại hội Công đoàn huyện Sóc Sơn lần thứ XI ... với sự tham dự của 185 đại biểu chính thức\" (claim 158, spelled out). g.sh 'Sóc Sơn': no other page counts this congress's delegates; g.sh '158 đại biểu|một trăm năm mươi tám': none."),
    ("168_9200173fb05c", D,
     "Các đề tài, sáng kiến của chị Trương Thị Hoàng Linh đã làm lợi cho doanh nghiệp khoảng 3,1 tỷ đồng.",
     "168: \"giá trị làm lợi cho doanh nghiệp hơn 1,3 tỷ đồng\". g.sh 'Hoàng Linh|Nguyễn Đức Cảnh': she appears only on 168; the other làm lợi figures (106: 2,3 tỉ; 166: 501 tỷ) are other workers."),
    ("173_14ea490cc489", D,
     "Theo Tổng LĐLĐ Việt Nam, thu nhập bình quân của người lao động trong 9 tháng đầu năm 2025 đạt khoảng 9,5 triệu đồng/người/tháng.",
     "173: \"Thu nhập bình quân của người lao động ... đạt 8,3 triệu đồng/người/tháng trong 9 tháng đầu năm\". g.sh 'thu nhập bình quân.{0,80}(triệu|%)': only 173 and 286 (CNLĐ Hà Nội, 6,5 triệu, other scope); g.sh '9,5 triệu': none."),
    ("177_49526c316754", D,
     "Chương trình \"1 triệu sáng kiến\" ở Hà Nội đã thu hút hơn 50.000 người tham gia.",
     "177: \"Với 40.000 người tham gia, 200.000 sáng kiến\"; seed 003_7db656824e63f1d3 line 139: \"hơn 40.000 người tham gia\"; seed 002 has 9.667 người tham gia after 3 weeks (earlier stage). 50.000 only in 318 (Thanh niên tình nguyện hè, unrelated)."),
    ("267_0c5cea305009", D,
     "Dịp Tết Nguyên đán 2026, chương trình xe ô tô miễn phí của Liên đoàn Lao động thành phố Hà Nội đã đưa 2.100 công nhân tỉnh xa về quê đón Tết.",
     "267 (2026-02-14): \"trao gửi những chuyến xe nghĩa tình tới 1.200 công nhân tỉnh xa\". g.sh '2\\.100|2100': only 249 (đoàn viên) and 468 (hộ nghèo); other xe-Tết counts are other places/years (828 Bình Dương 2025, 786, 595 Bình Dương 2018, 466)."),
    ("295_936027b8bfb1", D,
     "Trong tháng 5/2020, Trung tâm Dịch vụ việc làm Hà Nội đã tiếp nhận 17.100 hồ sơ đề nghị hưởng trợ cấp thất nghiệp.",
     "295: \"trong tháng 5, đơn vị này tiếp nhận 11.700 hồ sơ đề nghị hưởng trợ cấp thất nghiệp\". g.sh '17\\.100|17100': none; g.sh 'trợ cấp thất nghiệp|hồ sơ đề nghị': only 295 for this."),
    ("343_5b2e15f18b4a", D,
     "Ngày 10/5/2023, Huyện ủy Sóc Sơn đã ban hành 5 quyết định kết nạp Đảng cho học sinh THPT trên địa bàn.",
     "343: \"ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng\" (title: \"3 học sinh THPT đầu tiên\"). g.sh '5 quyết định|năm quyết định': none; 'kết nạp Đảng' elsewhere only 621 (352 chị, Hội LHPN)."),
    ("400_26d3ce2af6f3", D,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII khai mạc sáng 26/5/2020 với 291 đại biểu tham dự.",
     "400: \"Đại hội có sự tham dự của 219 đại biểu\". g.sh '291 đại biểu': none; 'Đảng bộ huyện Gia Lâm': only 400."),
    ("455_c8575d3b57ff", D,
     "Quỹ Mái ấm Công đoàn đã hỗ trợ năm mươi triệu đồng để xây nhà cho gia đình chị Lê Thị Anh Lam ở huyện Ninh Sơn.",
     "455: \"trong đó Quỹ Mái ấm công đoàn hỗ trợ 40 triệu đồng\". g.sh 'Anh Lam|Ninh Sơn': only 455; g.sh 'Mái ấm.{0,80}50 triệu': none."),
    ("506_cfde95568cf6", D,
     "Sau 4 năm Tháng Nhân đạo, các cấp Hội Chữ thập đỏ cụm Tây Nguyên và Thành phố Hồ Chí Minh đã trợ giúp khoảng 2 triệu lượt người nghèo, người có hoàn cảnh khó khăn.",
     "506: \"trợ giúp gần 1 triệu lượt người nghèo, người có hoàn cảnh khó khăn\". g.sh '2 triệu lượt': only 102 (33 triệu lượt, 26,2 triệu lượt, Công đoàn) and 753 (1,2 triệu lượt, 2023-2025 province), other things; 606 (gần 1,7 triệu, national 2024)."),
    ("728_911221c21d93", D,
     "Năm 2021, huyện Đại Lộc có 9 cơ quan, đơn vị xếp vị thứ dẫn đầu trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: \"Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu\". g.sh '9 cơ quan|chín cơ quan': only 497 (\"19 cơ quan\", MTTQ Hà Nội); 'Đại Lộc' elsewhere only 784 (Huyện đoàn 2023)."),
    ("777_a4af8b647861", D,
     "Tại lễ ra quân Tháng Thanh niên 2024, Tỉnh đoàn và Hội Liên hiệp Thanh niên tỉnh đã trao tặng 200 thùng sữa.",
     "777: \"100 thùng sữa\". g.sh 'thùng sữa|200 thùng': only 777 with 100; other Tháng Thanh niên 2024 pages (391 Hà Nội, 644 national/HCM) count no sữa."),
    ("907_07e635cbabe5", D,
     "Trong Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh do bà Đỗ Thị Phước Thiện làm Chủ tịch đặt mục tiêu huy động 25 tỷ đồng.",
     "907: \"hệ thống Hội Chữ thập đỏ tỉnh đặt mục tiêu huy động được 15 tỷ đồng\". g.sh '25 tỷ': none; other Tháng Nhân đạo money figures are other units/years (461 HCM hơn 18 tỷ, 506 cụm >50 tỷ over 4 years, 607 Quảng Ninh 2025, 606 national 2024)."),

    # ---------------- not_found ----------------
    ("003_c1f428e54ea5", N,
     "Ông Nguyễn Phi Thường được bầu làm Chủ tịch Liên đoàn Lao động thành phố Hà Nội khóa XVI với 100% số phiếu tán thành.",
     "003 names the election (kỳ họp thứ 11, 16/12) but gives no vote count/percentage. g.sh 'Nguyễn Phi Thường' (040, 076, 088, 205: no vote share); g.sh '100% (số )?phiếu': only 1142 (Bí thư Tỉnh đoàn, another person)."),
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023-2028 có 180 đại biểu chính thức.",
     "013 is a photo report with no delegate count. g.sh 'Tây Hồ': no other page on this congress; g.sh '180 đại biểu': none."),
    ("080_9b9e2cec9822", N,
     "Tại phiên thứ nhất, Đại hội XIII Công đoàn Việt Nam đã bầu Đoàn Thư ký Đại hội gồm 5 đồng chí.",
     "080 counts Đoàn Chủ tịch (29) and delegates (1.100), not Đoàn Thư ký. g.sh 'Đoàn thư ký|Ban thẩm tra tư cách': 578 (2 đồng chí), 593 (3), 713 (2) are other congresses; 288, 742 no count for XIII."),
    ("1201_a1def21c7eed", N,
     "Đại hội Công đoàn huyện Sóc Sơn lần thứ XI đã bầu Ban Chấp hành LĐLĐ huyện khóa XI gồm 27 ủy viên.",
     "1201 counts only the 185 delegates (pre-congress article). Near things: 348 \"Đại hội bầu Ban Chấp hành Đảng bộ Huyện gồm 35 đồng chí\" is the 1st Sóc Sơn PARTY congress (1978), and 348's \"Đại hội XI\" is the party's. g.sh '27 (ủy viên|đồng chí)': none."),
    ("1262_0d7b4435464f", N,
     "Hội Chữ thập đỏ huyện Gia Lâm đã tiếp nhận tổng cộng 500 thùng mì ủng hộ người dân vùng lũ sau bão Yagi.",
     "1262 counts only one school union's gift: \"Công đoàn trường mầm non Dương Xá ... 75 thùng mì trị giá 9 triệu\", sent to Hội Chữ thập đỏ huyện Gia Lâm; no total received is stated. g.sh 'thùng' and '500 thùng': only 777 (sữa) and 1262."),
    ("173_14ea490cc489", N,
     "Năm 2025, cả nước có khoảng 1,1 triệu người thất nghiệp trong độ tuổi lao động.",
     "173 counts người thiếu việc làm (764.200; tỷ lệ thiếu việc làm 1,65%) and người có việc làm (52 triệu), not người thất nghiệp. g.sh 'thất nghiệp': 151 (Hà Nội target 2021), 295 (trợ cấp thất nghiệp 2020), 493 (quý II/2022), 1029: other years/things; g.sh '1,1 triệu': none."),
    ("267_0c5cea305009", N,
     "Dịp Tết Canh Tý 2020, chương trình xe ô tô miễn phí của LĐLĐ thành phố Hà Nội đã đưa 1.000 công nhân về quê đón Tết.",
     "Another edition: 126 covers the 2020 (Tết Canh Tý) edition of the same program but states no number of workers or buses; 1265 (Tết 2017) no count either; 267 counts only Tết 2026 (1.200 công nhân, 26 chuyến). g.sh 'chuyến xe|về quê đón Tết'."),
    ("629_49c2ddcfe599", N,
     "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của huyện Điện Biên Đông có tổng vốn khoảng 1.200 tỷ đồng.",
     "629 says the plan was approved but gives no amount (its only figure is 29/29 đại biểu). g.sh 'đầu tư công': only 629 (and unrelated 060, 333); 'Điện Biên': no money for this plan."),
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam trong CNVCLĐ năm 2024 do LĐLĐ tỉnh Nam Định phối hợp tổ chức có 20 đội tham gia.",
     "771 only lists the tournament among planned activities. g.sh 'bóng đá|[0-9]+ đội tham gia': 046 (18 đội, Cúp Báo LĐTĐ 2015), 118 (37 đội), 1081 (19 đội): other events; 'Nam Định': only 771 for this."),
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm 2022 của LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình thu hút 300 cán bộ, công nhân tham gia.",
     "824 gives no participant count. g.sh 'quận 3|Hòa Bình' and '300 (CBCNV|cán bộ|người lao động)': nothing for this event (545 is Hội LHPN Quận 3, other event)."),
    ("827_be7073043765", N,
     "Nhân dịp 20-11-2025, các đoàn công tác của LĐLĐ TP HCM đã đến thăm, chúc mừng 15 trường đại học.",
     "827 lists some universities (\"Trường Đại học Tôn Đức Thắng, Đại học Quốc gia TP HCM, ... Trường Đại học sư phạm TP HCM…\") without a total; its counts are 17 Công đoàn cơ sở / 17 giải thưởng of the Minh Phụng contest. g.sh '15 trường': none."),
]


def smart_quotes(text):
    # ASCII double quotes -> alternating typographic quotes, so the TSV needs no CSV quoting
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if open_q else "”")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N)
        row = [unicodedata.normalize("NFC", smart_quotes(x)) for x in (page_id, verdict, claim, why)]
        assert not any(("\t" in x or "\n" in x or '"' in x) for x in row), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main()
