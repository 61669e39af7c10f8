#!/usr/bin/env python3
"""Build claims.tsv for the batch-30 blind claim set (plain Python: csv + unicodedata)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 1221_4e152aae9279 (LĐLĐ huyện Čư M'gar, Mái ấm Công đoàn, 06/12/2024)
    ("1221_4e152aae9279", S,
     "LĐLĐ huyện Cư M'gar đã hỗ trợ năm mươi triệu đồng để xây nhà “Mái ấm Công đoàn” cho gia đình đoàn viên Huỳnh Thị Mỹ Hạnh.",
     "1221_4e152aae9279: 'Ngôi nhà “Mái ấm Công đoàn” ... kinh phí hỗ trợ từ tổ chức Công đoàn 50 triệu đồng' (bàn giao 06/12/2024, LĐLĐ huyện Čư M'gar). Spelled-out 50; page spells Čư with a caron."),
    ("1221_4e152aae9279", D,
     "Căn nhà “Mái ấm Công đoàn” mà Liên đoàn Lao động huyện Cư M'gar bàn giao cho chị Huỳnh Thị Mỹ Hạnh có diện tích sử dụng khoảng 120 m2.",
     "1221_4e152aae9279: 'nhà cấp IV ... có diện tích sử dụng 85 m2' -> 120 is clearly off. g.sh '120 ?m2|120 ?m²' = no hit anywhere."),
    ("1221_4e152aae9279", N,
     "Ngoài kinh phí Công đoàn hỗ trợ, gia đình chị Mỹ Hạnh ở Cư M'gar đã đối ứng thêm 100 triệu đồng để hoàn thiện ngôi nhà “Mái ấm Công đoàn”.",
     "1221 gives only the Công đoàn support ('kinh phí hỗ trợ từ tổ chức Công đoàn 50 triệu đồng') and area 85 m2; no family contribution. g.sh 'M.gar|Čư' hits only 1221; g.sh '100 triệu.{0,80}(nhà|Mái ấm)|(nhà|Mái ấm).{0,80}100 triệu' = none. Other Mái ấm pages (048 Hoài Đức 25 triệu, 050 Ba Vì 'trị giá trên 118 triệu', 051 Chương Mỹ 35 triệu, 078 quận 1) are other houses/places."),
    # ---------------- 1223_f9c0b07867bb (Tết sum vầy – Xuân ơn Đảng, KCN Đông Xuyên, LĐLĐ TPHCM, 24-1)
    ("1223_f9c0b07867bb", S,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” ở Khu công nghiệp Đông Xuyên, LĐLĐ TP.HCM đã trao một trăm suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223_f9c0b07867bb: 'Dịp này, ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn' (chương trình do Liên đoàn Lao động TPHCM phối hợp CĐCS Công ty Giày Uy Việt tổ chức)."),
    ("1223_f9c0b07867bb", D,
     "Mỗi suất quà Liên đoàn Lao động TPHCM trao cho công nhân khó khăn tại Khu công nghiệp Đông Xuyên dịp Tết sum vầy trị giá 2 triệu đồng.",
     "1223_f9c0b07867bb: '100 suất quà, mỗi suất trị giá 1 triệu đồng' -> 2 triệu is off. g.sh 'suất quà.{0,40}2 triệu|mỗi suất.{0,20}2 triệu' hits only 518 (Đoàn thanh niên, 50 suất quà tết cho người dân) - another occasion; g.sh 'Đông Xuyên' hits only 1223."),
    ("1223_f9c0b07867bb", S,
     "Các gian hàng ăn uống tại chương trình Tết sum vầy ở KCN Đông Xuyên phục vụ công nhân với giá từ 7 nghìn đến 30 nghìn đồng.",
     "1223_f9c0b07867bb: 'các gian hàng ăn uống phục vụ công nhân với mức giá từ 7.000 - 30.000 đồng'. Range written with 'nghìn'."),
    # ---------------- 1228_50a78b7fda9b (hiến máu, Công ty TNHH Sakurai Việt Nam, Thanh Hóa, 24/8)
    ("1228_50a78b7fda9b", S,
     "Khoảng 400 cán bộ, công nhân lao động Công ty TNHH Sakurai Việt Nam ở Thanh Hóa đã tham gia hiến máu nhân đạo sáng 24/8.",
     "1228_50a78b7fda9b: 'Chương trình hiến máu thu hút sự tham gia của 400 tình nguyện viên là cán bộ, CNLĐ Công ty TNHH Sakurai Việt Nam' (also title '400 công nhân lao động ... hiến máu nhân đạo')."),
    ("1228_50a78b7fda9b", N,
     "Chương trình hiến máu nhân đạo của Công đoàn Công ty TNHH Sakurai Việt Nam đã thu được 380 đơn vị máu.",
     "1228 counts volunteers (400 tình nguyện viên), not units of blood. g.sh 'Sakurai' hits only 1228; g.sh 'đơn vị máu' hits 347 (558 đơn vị), 405 (khoảng 400 đơn vị, ngày hội), 1151 (Thanh Hóa Hành trình Đỏ 2025, 1.500), 1154 (350), 1165 (84), 608, 689, 460, 519, 1105 - all other events; g.sh '380 đơn vị' = none."),
    # ---------------- 1242_e05739eea984 (Hội nghị BCH Tổng LĐLĐ VN lần thứ 10 khóa XII, 12-1-2022)
    ("1242_e05739eea984", S,
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 10 (khóa XII) đã bầu bổ sung mười tám ủy viên Ban Chấp hành.",
     "1242_e05739eea984: 'Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam.' Note 088 ('bầu bổ sung 4 đồng chí tham gia Ban chấp hành ... khoá XII') is another session."),
    ("1242_e05739eea984", D,
     "Tại hội nghị ngày 12-1 bầu bà Thái Thu Xương làm Phó Chủ tịch, Tổng LĐLĐ Việt Nam cũng bầu bổ sung 5 ủy viên Đoàn Chủ tịch.",
     "1242_e05739eea984: '... 3 ủy viên Đoàn Chủ tịch ...' -> 5 is off. g.sh '5 ủy viên Đoàn Chủ tịch' = none; 247 '22 Ủy viên Đoàn Chủ tịch khóa 12' is the whole presidium list, not the 12-1 additions."),
    ("1242_e05739eea984", D,
     "Hội nghị BCH Tổng LĐLĐ Việt Nam lần thứ 10, khóa XII còn bầu bổ sung bốn ủy viên Ủy ban Kiểm tra Tổng Liên đoàn.",
     "1242_e05739eea984: '... và 2 ủy viên Ủy ban Kiểm tra Tổng LĐLĐ Việt Nam' -> 4 is off. g.sh 'Ủy ban Kiểm tra.{0,60}(4|bốn)' hits only 249 (84 Công đoàn xã, phường - unrelated); 088's '4 đồng chí' are BCH members at another session."),
    # ---------------- 1243_2795c7a9ce80 (LĐLĐ huyện Thới Bình bầu Chủ tịch 2018-2023)
    ("1243_2795c7a9ce80", S,
     "Đồng chí Nguyễn Việt Hoa được bầu giữ chức Chủ tịch Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018 – 2023 với 100% số phiếu.",
     "1243_2795c7a9ce80: 'Đ/c Nguyễn Việt Hoa ... bầu chức danh, Chủ tịch Liên đoàn Lao động huyện nhiệm kỳ 2018 – 2023 với số phiếu đạt 100%.'"),
    ("1243_2795c7a9ce80", N,
     "Ban Chấp hành Liên đoàn Lao động huyện Thới Bình nhiệm kỳ 2018 – 2023 có 21 ủy viên.",
     "1243 gives only the vote share (100%), no BCH size. g.sh 'Thới Bình' hits only 1243; g.sh '21 ủy viên' = none."),
    # ---------------- 1262_0d7b4435464f (Công đoàn trường MN Dương Xá ủng hộ vùng lũ Gia Lâm, bão Yagi)
    ("1262_0d7b4435464f", S,
     "Công đoàn viên Trường Mầm non Dương Xá đã ủng hộ 75 thùng mì cho nhân dân vùng lũ huyện Gia Lâm sau bão Yagi.",
     "1262_0d7b4435464f: 'các đ/c Công đoàn viên nhà trường đã sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng' (ủng hộ nhân dân vùng lũ huyện Gia Lâm do ảnh hưởng của bão số 3 YAGI)."),
    ("1262_0d7b4435464f", D,
     "Số hàng Công đoàn trường MN Dương Xá gửi ủng hộ người dân vùng lũ Gia Lâm sau bão số 3 có trị giá 15 triệu đồng.",
     "1262_0d7b4435464f: '75 thùng mì trị giá 9 triệu Việt Nam đồng' -> 15 triệu is off. g.sh 'Dương Xá' hits only 1262; g.sh '15 triệu.{0,60}(mì|ủng hộ)' = none."),
    ("1262_0d7b4435464f", N,
     "Có 40 công đoàn viên Trường Mầm non Dương Xá tham gia ủng hộ nhân dân vùng lũ huyện Gia Lâm.",
     "1262 counts thùng mì (75) and money (9 triệu), not the number of participating members ('các đ/c Công đoàn viên trong toàn trường'). g.sh '40 công đoàn viên|40 đoàn viên' hits only 643 ('2.040 đoàn viên ... vay vốn', unrelated)."),
    # ---------------- 1263_6358277c872f (LĐLĐ quận Long Biên tổng kết 2023, 28/12)
    ("1263_6358277c872f", D,
     "Ngày 28/12/2023, LĐLĐ quận Long Biên tổng kết hoạt động công đoàn năm 2023 và đợt thi đua chào mừng 25 năm ngày thành lập Liên đoàn Lao động quận.",
     "1263_6358277c872f: 'Hội nghị tổng kết hoạt động công đoàn năm 2023 và đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận'; same anniversary also in seed 003 ('kỷ niệm 20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023)') and 301. g.sh '25 năm.{0,80}Long Biên|Long Biên.{0,80}25 năm' = none. (Figure is an anniversary count of years.)"),
    ("1263_6358277c872f", N,
     "Tại hội nghị tổng kết hoạt động công đoàn năm 2023, Liên đoàn Lao động quận Long Biên đã trao giấy khen cho 35 tập thể.",
     "1263 names one recipient (Công đoàn trường MN Hồng Tiến nhận giấy khen) but gives no count. g.sh 'giấy khen|khen thưởng.{0,40}tập thể': 933 (LĐLĐ quận Cẩm Lệ 2023: 'giấy khen cho 14 tập thể') is another district; 654 (Long Biên 2020-21, no count); g.sh '35 tập thể' = none."),
    # ---------------- 1264_b265cd9ba4c3 (LĐLĐ TPHCM quà Tết, MN 10A Tân Bình)
    ("1264_b265cd9ba4c3", S,
     "Mỗi phần quà LĐLĐ TP Hồ Chí Minh trao cho gia đình CNVC-LĐ khó khăn không về quê đón Tết gồm quà và tiền mặt trị giá 1 triệu đồng.",
     "1264_b265cd9ba4c3: 'LĐLĐ Thành phố Hồ Chí Minh trao 300 phần quà (mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng cùng báo Xuân Người Lao động) cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết'."),
    ("1264_b265cd9ba4c3", D,
     "Liên đoàn Lao động Thành phố Hồ Chí Minh đã trao 500 phần quà cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn không có điều kiện về quê đón Tết.",
     "1264_b265cd9ba4c3: 'trao 300 phần quà ...' -> 500 is off. g.sh '500 phần quà|500 suất quà' = none; 702 (LĐLĐ TP.HCM họp mặt công nhân không về quê, Tết 2023) has no gift count; 626 (Tân Phú, 300 phần x 1,3 triệu) is another event."),
    # ---------------- 1225_eea06e76cd56 (Tuần lễ Áo dài 2023, LĐLĐ tỉnh - congdoantuyenquang.vn)
    ("1225_eea06e76cd56", N,
     "Trong Tuần lễ Áo dài năm 2023, nữ đoàn viên, CNVCLĐ tỉnh Tuyên Quang đã quyên góp được 2.000 bộ áo dài tặng nữ công nhân khu công nghiệp.",
     "1225 only announces the campaign (01/3-08/3/2023, quyên góp áo dài for CĐ các KCN tỉnh) with no count; the page text says just 'Liên đoàn Lao động tỉnh' (outlet congdoantuyenquang.vn). g.sh 'bộ áo dài': seed 003 (Hà Nội, 17.000 bộ) and 059 (Long Biên, gần 1.500 / hơn 400 bộ) are other places; g.sh '2[.,]?000 bộ' = none."),
    ("1225_eea06e76cd56", N,
     "Liên đoàn Lao động tỉnh Tuyên Quang dự kiến trao tặng 500 bộ áo dài cho nữ công nhân có hoàn cảnh khó khăn dịp 8/3/2023.",
     "1225 gives no target number for the áo dài programme. g.sh '500 bộ' hits only 059 ('gần 1.500 bộ áo dài', LĐLĐ quận Long Biên, Hà Nội) - another place; g.sh 'Tuyên Quang' hits 532/965 (Đại hội Công đoàn tỉnh) with no áo dài."),
    # ---------------- 1244_9075ea5f2f55 (Công đoàn KCN Việt Nam – Singapore, HN BCH lần thứ 8, 6 tháng 2025)
    ("1244_9075ea5f2f55", N,
     "Năm 2024, Công đoàn Khu công nghiệp Việt Nam – Singapore có 12 tập thể, cá nhân được Tổng Liên đoàn Lao động Việt Nam khen thưởng.",
     "1244 says only 'Khen thưởng cấp Tổng Liên đoàn Lao động cho các tập thể, cá nhân có thành tích xuất sắc ... năm 2024' with no count. g.sh 'Việt Nam ?[-–] ?Singapore|VSIP' hits only 1244; g.sh '12 tập thể' = none."),
    ("1244_9075ea5f2f55", N,
     "Trong 6 tháng đầu năm 2025, Công đoàn KCN Việt Nam – Singapore đã kết nạp 1.500 đoàn viên mới.",
     "1244 has no membership figure. g.sh 'đoàn viên mới': 666 ('Liên đoàn Lao động tỉnh phát triển thêm hơn 8.800 đoàn viên mới') is a provincial LĐLĐ, another body; g.sh '1[.,]?500 đoàn viên' = none."),
    # ---------------- 1261_2b5532b3a72d (Công đoàn trường MN Bình Minh, Thanh Xuân, áo dài 2023)
    ("1261_2b5532b3a72d", N,
     "Công đoàn Trường Mầm non Bình Minh (quận Thanh Xuân) đã ủng hộ 45 bộ áo dài cho chương trình “Tặng áo dài - Trao yêu thương” của LĐLĐ Hà Nội.",
     "1261 says only 'Công đoàn Trường Mầm non Bình Minh đã ủng hộ áo dài gửi về Văn phòng Liên đoàn Lao động quận Thanh Xuân' - no count (the numbers 847, 71 are công văn numbers). g.sh 'Bình Minh' hits only 1261; Hà Nội-wide 17.000 bộ (seed 003) and Long Biên gần 1.500 bộ (059) are other bodies; g.sh '45 bộ' = none."),
    # ---------------- 1265_f0d1e1e7b2aa (xe miễn phí, LĐLĐ TP Hà Nội, Tết 2017)
    ("1265_f0d1e1e7b2aa", N,
     "Dịp Tết âm lịch 2017, Liên đoàn Lao động thành phố Hà Nội bố trí 30 chuyến xe miễn phí đưa công nhân về quê đón Tết.",
     "1265 only says LĐLĐ TP Hà Nội 'đã lên kế hoạch tổ chức những chuyến ô tô miễn phí cho công nhân về quê đón Tết âm lịch 2017' - no count. g.sh 'chuyến xe|chuyến ô tô|xe miễn phí': 267 (Công đoàn Hà Nội, Tết 2026: 26 chuyến, 1.200 công nhân), 057 (LĐLĐ Long Biên 2018, gần 500 CNLĐ), 828 (Bình Dương 2025, 39 chuyến), 646 (Đồng Nai 2026), 786 (teaser headline '755 chuyến xe', Tết Mậu Tuất context) - other years/places; g.sh '30 chuyến' = none."),
    ("1265_f0d1e1e7b2aa", N,
     "Khoảng 1.500 công nhân lao động Thủ đô được Công đoàn Hà Nội đưa về quê miễn phí dịp Tết Đinh Dậu 2017.",
     "1265 gives no number of workers. Nearby counts are other years: 267 (1.200 công nhân, Tết 2026), 057 (gần 500 CNLĐ Long Biên, 2018); 788 (Tổng LĐLĐ kế hoạch Tết Đinh Dậu 2017) has no bus/worker count. g.sh '1[.,]?500 công nhân' = none."),
    # ---------------- seeds (corpus/000_bfafa456d464a790.txt, Hội thi thợ giỏi TP Hà Nội 2023)
    ("seed", S,
     "Hội thi thợ giỏi thành phố Hà Nội năm 2023 do LĐLĐ Thành phố phối hợp UBND Thành phố tổ chức có hơn 360 thí sinh tham gia.",
     "seed 000_bfafa456d464a790: 'Hội thi thi thợ giỏi thành phố Hà Nội năm 2023 với sự tham gia của 363 thí sinh đến từ 100 doanh nghiệp thuộc 30 quận, huyện, thị xã, ngành tranh tài ở 11 nghề thi'."),
    ("seed", D,
     "Kết thúc Hội thi thợ giỏi TP Hà Nội năm 2023, Ban Tổ chức đã khen thưởng hơn 150 thí sinh đạt giải.",
     "seed 000_bfafa456d464a790: 'khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng' -> 150+ is off. g.sh '150 thí sinh' = none; 069 (kế hoạch Hội thi 2023) has no prize count."),
    ("seed", D,
     "Tổng số tiền giải của Hội thi thợ giỏi thành phố Hà Nội năm 2023 lên tới gần 800 triệu đồng.",
     "seed 000_bfafa456d464a790: 'tổng số tiền giải 564 triệu đồng' -> gần 800 triệu is off. g.sh '800 triệu' hits only 691 ('Gần 800 triệu đồng ủng hộ Quỹ Vì người nghèo', another thing)."),
]

HEADER = ["page_id", "verdict", "claim", "why"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    assert all(v in (S, D, N) for _, v, _, _ in CLAIMS)
    per_page = {}
    for pid, *_ in CLAIMS:
        per_page[pid] = per_page.get(pid, 0) + 1
    assert max(per_page.values()) <= 3, per_page
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADER)
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    counts = {v: sum(1 for r in CLAIMS if r[1] == v) for v in (S, D, N)}
    print(len(CLAIMS), "claims", counts, "pages", len(per_page))


if __name__ == "__main__":
    main()
