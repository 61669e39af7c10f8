#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check test set unseen139."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("057_78c9b6628d41", S,
     "Dịp Tết 2018, khoảng 500 công nhân lao động ở quận Long Biên được LĐLĐ quận đưa về quê đón Tết trên các chuyến xe nghĩa tình.",
     "057: 'gần 500 công nhân lao động (CNLĐ) trên địa bàn quận Long Biên thong dong đến điểm hẹn - ở đó đã có sẵn các “chuyến xe nghĩa tình” ... do LĐLĐ quận sắp xếp, đưa CNLĐ về quê đón Tết' (last working day of year Đinh Dậu = Tết Mậu Tuất 2018). 'khoảng 500' ~ 'gần 500'."),
    ("080_9b9e2cec9822", S,
     "Phiên làm việc thứ nhất của Đại hội XIII Công đoàn Việt Nam đã thẩm tra 1100 đại biểu đủ tư cách dự Đại hội.",
     "080 body: 'Đại hội XIII Công đoàn Việt Nam. Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch; thẩm tra 1.100 đại biểu đủ tư cách tham dự Đại hội.' Number written without separator."),
    ("155_8bd30a04750c", S,
     "Theo Cục An toàn lao động, trong năm 2023 cả nước xảy ra hơn 7,3 nghìn vụ tai nạn lao động.",
     "155: 'trong năm 2023, cả nước xảy ra 7.394 vụ TNLĐ, làm 7.553 người bị nạn'. 'hơn 7,3 nghìn' ~ 7.394."),
    ("163_bfaf6270108f", S,
     "Sở Nội vụ Hà Nội cho biết có gần 3,2 nghìn doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết Nguyên đán Bính Ngọ.",
     "163: 'Sở Nội vụ Hà Nội cho biết gần 3.200 doanh nghiệp trên địa bàn đã báo cáo phương án thưởng Tết.' (Tết Bính Ngọ)."),
    ("177_49526c316754", S,
     "Công đoàn Thủ đô dẫn đầu cả nước về số người tham gia Chương trình “1 triệu sáng kiến” với 40 nghìn người.",
     "177: 'Với 40.000 người tham gia, 200.000 sáng kiến được cập nhật ... giữ vị trí thứ nhất cả nước về số lượng người tham gia'. Seed 003 line 139 says 'hơn 40.000 người tham gia' - consistent."),
    ("276_3626d595b296", S,
     "Tại Chợ Tết Công đoàn - Xuân 2026, Liên đoàn Lao động thành phố Hà Nội đã trao 3 600 phiếu mua hàng cho đoàn viên, người lao động khó khăn.",
     "276: 'Liên đoàn Lao động TP Hà Nội trao tặng 3.600 phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng'. Same figure in 280_21f64ea8ecb1 ('trao tặng 3.600 phiếu mua hàng'). Space as thousands separator."),
    ("335_f1e4aebb2913", S,
     "LĐLĐ huyện Ứng Hòa trao quà Tết Nguyên đán Tân Sửu cho công nhân lao động, đoàn viên khó khăn với tổng trị giá 121 triệu đồng.",
     "335: 'Liên đoàn Lao động huyện Ứng Hòa đã trao 122 suất quà Tết ... với tổng số tiền trị giá 121.000.000 đồng.' 121 triệu = 121.000.000."),
    ("347_c1729d8f4a9d", S,
     "Đợt 3 năm 2025 của chương trình hiến máu “Chia sẻ giọt máu hồng” do Liên đoàn Lao động TP.HCM tổ chức đã thu được 558 đơn vị máu.",
     "347: 'chương trình hiến máu tình nguyện \"Chia sẻ giọt máu hồng\" đợt 3 năm 2025 ... thu được 558 đơn vị máu.'"),
    ("451_c6d73f9b5d4e", S,
     "Trong đợt dịch Covid-19 năm 2021, Công đoàn Hà Nội đã vận động 1650 chủ nhà trọ miễn, giảm tiền thuê phòng cho người lao động.",
     "451: 'đã tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm giá thuê từ 30-100% cho NLĐ' (from 27/4/2021); 452_1672f5c17921 states the same 1.650. (Money figures avoided: 451 and 452 give different interim totals of the same report.)"),
    ("542_2bc2120ebb1a", S,
     "Chương trình “Tết sum vầy - Xuân bình an” năm 2022 tại thị xã Hoàng Mai đã trao 285 suất quà cho công nhân lao động khó khăn.",
     "542: 'Tại chương trình, đã có 285 suất quà, mỗi suất quà trị giá 500.000 đồng được trao tặng cho công nhân lao động có hoàn cảnh khó khăn.'"),
    ("623_bf8ed8fd27a5", S,
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI, nhiệm kỳ 2022-2027 có 244 đại biểu chính thức tham dự.",
     "623: 'Đại hội được tổ chức trong hai ngày (4 - 5/10/2022) với sự tham dự của 244 đại biểu chính thức đại diện cho 54.365 đoàn viên'."),
    ("733_22b1a5701d08", S,
     "Tính đến hết tháng 5/2018, các cơ sở ở quận Long Biên đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "733: 'Tính đến hết tháng 5/2018, các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp' (LĐLĐ quận Long Biên)."),
    ("799_e6ea998f034b", S,
     "Trong tháng Thanh niên năm 2023, các cơ sở Đoàn trên cả nước đã thực hiện gần 23 nghìn công trình thanh niên.",
     "799: 'các cơ sở Đoàn trong cả nước đã thực hiện 22.975 công trình thanh niên các cấp'. 'gần 23 nghìn' ~ 22.975."),

    # ---------------- differs ----------------
    ("080_9b9e2cec9822", D,
     "Đại hội XIII Công đoàn Việt Nam đã bầu 35 nhân sự vào Đoàn Chủ tịch Đại hội.",
     "080: 'Đại hội đã bầu 29 nhân sự tham gia Đoàn Chủ tịch'. g.sh '35 nhân sự|Đoàn Chủ tịch.{0,40}35' -> nothing. (101 has 'Đoàn Chủ tịch gồm 22 Ủy viên' for Đại hội XII / Tổng LĐLĐ khóa XII - another edition.)"),
    ("103_bc0c6e0f50d9", D,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015-2020 gồm mười tám đồng chí.",
     "103: 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí.' g.sh '18 đồng chí' -> nothing (808 has '19 đồng chí' for Thành Đoàn BTV, another body)."),
    ("1101_ddfaa6f7ad8a", D,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 do LĐLĐ tỉnh tổ chức có mười lăm đội tham gia.",
     "1101: 'Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở trực thuộc LĐLĐ các huyện...'. g.sh '15 đội' -> nothing."),
    ("1106_4851ef217f85", D,
     "Nhân Tháng hành động vì trẻ em 2022, Liên đoàn Lao động quận Hoàng Mai đã trao 95 suất quà cho con đoàn viên, người lao động khó khăn.",
     "1106: 'Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng'. g.sh '95 suất' -> nothing. (542 has 'LĐLĐ thị xã Hoàng Mai tặng 75 suất quà' - thị xã Hoàng Mai, Nghệ An, other occasion; also 75.)"),
    ("1125_5e323181d7fd", D,
     "Công đoàn Công ty Điện lực Đất Đỏ đã trao tổng cộng 85 triệu đồng hỗ trợ các cán bộ công nhân viên và thân nhân có hoàn cảnh khó khăn.",
     "1125: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân'. g.sh '85 triệu' -> nothing; 'Đất Đỏ' only in 1125 and 520 (Mái ấm công đoàn, huyện Đất Đỏ, no such sum)."),
    ("155_8bd30a04750c", D,
     "Tổng thiệt hại về vật chất do tai nạn lao động gây ra trong năm 2023 khoảng 19 nghìn tỷ đồng.",
     "155: 'Tổng thiệt hại về vật chất do TNLĐ năm 2023 là 16.357 tỷ đồng' and 'lên tới hơn 16.000 tỷ đồng'. g.sh '19\\.?000 tỷ|19 nghìn tỷ' -> nothing."),
    ("177_49526c316754", D,
     "LĐLĐ thành phố Hà Nội chủ động đề xuất phấn đấu đạt chỉ tiêu 150 nghìn sáng kiến trong Chương trình “1 triệu sáng kiến”.",
     "177: 'LĐLĐ thành phố Hà Nội đã chủ động đề xuất và quyết tâm phấn đấu đạt chỉ tiêu 130.000 sáng kiến (gấp 216% so với chỉ tiêu được giao)'. g.sh '150\\.?000 sáng kiến|150 nghìn sáng kiến' -> nothing."),
    ("330_366ec9c69fea", D,
     "Ngày 22/5/2025, lãnh đạo LĐLĐ TP Hà Nội đã trao tám suất quà cho công nhân lao động có hoàn cảnh khó khăn tại Công ty Cổ phần Xích líp Đông Anh.",
     "330: 'lãnh đạo LĐLĐ TP cũng trao 5 suất quà (trị giá 3 triệu đồng tiền mặt và 1 túi quà) cho cho 5 công nhân lao động có hoàn cảnh khó khăn.' g.sh '(8|tám) suất quà' -> only 699 ('168 suất quà', other district/event)."),
    ("544_73613f3ff3bd", D,
     "Chào mừng ngày 8/3/2022, các cấp Hội Liên hiệp Phụ nữ quận Hà Đông đã gắn biển 35 công trình.",
     "544: 'các cấp Hội phụ nữ từ quận tới cơ sở còn tổ chức gắn biển 25 công trình'. g.sh '35 công trình' -> nothing."),
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng Công nhân năm 2024 ở Hà Nội, ba trăm công nhân lao động được khám sức khỏe miễn phí.",
     "551: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí' (caption reads 'ảnh 1200 công nhân' = 'ảnh 1' + '200'). g.sh '300 (công nhân|người lao động|CNLĐ).{0,40}khám|khám sức khỏe miễn phí' -> no 300; 142 is Bắc Từ Liêm 862 (other event)."),
    ("784_77c303a5ded0", D,
     "Tại lễ ra quân chiến dịch Thanh niên tình nguyện hè 2023, Huyện đoàn Đại Lộc đã tuyên dương 21 gương thanh niên tình nguyện tiêu biểu.",
     "784: 'Tại lễ ra quân, Huyện đoàn Đại Lộc tuyên dương 12 gương thanh niên tình nguyện tiêu biểu thời gian qua'. g.sh '21 gương' -> nothing."),
    ("812_69df8abf1bca", D,
     "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030 có 450 đại biểu tham dự.",
     "812: 'Đại hội đại biểu Đảng bộ TP Hà Nội lần thứ XVIII ... với sự có mặt của 550 đại biểu đại diện cho gần 50 vạn đảng viên'. g.sh '450 đại biểu' -> nothing (550 also appears for Đại hội Công đoàn TP Hà Nội XVI/XVII in 092/307, other bodies)."),
    ("829_5c8b05de4877", D,
     "Tại lễ ra quân chiến dịch “Hành quân xanh” năm 2024, Tỉnh Đoàn Long An đã trao 250 suất quà cho học sinh có hoàn cảnh khó khăn.",
     "829: '1 công trình \"sân chơi thiếu nhi và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng.' g.sh '250 suất' -> nothing."),
    ("907_07e635cbabe5", D,
     "Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao 53 suất học bổng cho học sinh khó khăn.",
     "907: 'Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn.' g.sh '53 suất' -> nothing."),
    ("991_a7a6bf1c6c7c", D,
     "Công đoàn Viên chức TP HCM đã chăm lo cho hơn 900 đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19 trong 6 tháng đầu năm 2020.",
     "991: 'chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng.' g.sh '900 đoàn viên' -> nothing."),
    ("992_ad068b3db8db", D,
     "Khi tổng kết phong trào thi đua, CĐ Viên chức TP.HCM đã khen thưởng 43 tập thể tổ chức tốt hội thi “Cán bộ, công chức, viên chức giỏi nghiệp vụ, tận tụy phục vụ nhân dân”.",
     "992: 'CĐ Viên chức đã khen thưởng ... 34 tập thể và 7 cụm thi đua tổ chức tốt hội thi \"Cán bộ, công chức, viên chức giỏi nghiệp vụ...\"'. g.sh '43 tập thể' -> nothing."),

    # ---------------- not_found ----------------
    ("057_78c9b6628d41", N,
     "Dịp Tết 2018, LĐLĐ quận Long Biên đã bố trí 12 chuyến xe nghĩa tình đưa công nhân về quê.",
     "057 counts workers ('gần 500 công nhân lao động') but never the number of buses/trips. g.sh '12 chuyến|chuyến xe.{0,30}[0-9]|[0-9]+ (chuyến )?xe (khách|ô tô|nghĩa tình)' -> only 267 (1.200 công nhân, Hà Nội city programme), 646 (Đồng Nai 2026), 828 (Bình Dương 2025): none count Long Biên buses."),
    ("112_a56b33b2aa7d", N,
     "Trong quý III/2018, tại 40 tỉnh, thành phố đã xảy ra hơn 700 vụ tai nạn lao động.",
     "112 only has quý II/2018 ('hơn 600 vụ tai nạn lao động xảy ra trong quý II/2018', a related-article teaser). g.sh 'quý III/2018|quý III năm 2018|700 vụ tai nạn' -> nothing. Another period."),
    ("163_bfaf6270108f", N,
     "Mức thưởng Tết Dương lịch 2026 bình quân tại các doanh nghiệp Hà Nội là 1,9 triệu đồng/người.",
     "163 gives only Tết Nguyên đán Bính Ngọ bonuses (bình quân 3,92 triệu). g.sh 'Dương lịch' -> 231 (Hà Nội, 2017 report) and 885 (Tết Tân Sửu 2021 report): other years. Tết Dương lịch 2026 not counted."),
    ("276_3626d595b296", N,
     "Chợ Tết Công đoàn - Xuân 2026 tại Cung Văn hóa Lao động Hữu nghị Việt Xô đã đón khoảng 15.000 lượt người lao động đến mua sắm.",
     "276/280 count gian hàng (hơn 70 / 70), phiếu mua hàng (3.600) and suất quà (3.600), not visitors. g.sh '15\\.?000 lượt|lượt (người|đoàn viên|công nhân).{0,30}(mua|tham quan)' -> nothing; 'Chợ [Tt]ết.{0,120}lượt' -> nothing."),
    ("347_c1729d8f4a9d", N,
     "Đợt 2 năm 2025 của chương trình “Chia sẻ giọt máu hồng” do LĐLĐ TP HCM tổ chức thu được 620 đơn vị máu.",
     "347 reports only đợt 3 năm 2025 (558 đơn vị máu). g.sh 'Chia sẻ giọt máu hồng' -> only 347; '620 đơn vị|đợt 2.{0,40}hiến máu' -> nothing. Another edition."),
    ("623_bf8ed8fd27a5", N,
     "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hậu Giang nhiệm kỳ 2022-2027 có 200 đại biểu chính thức.",
     "623 counts delegates only for Long An (244); Hậu Giang appears only as a related headline ('Đồng chí Bùi Hữu Lộc tái đắc cử Bí thư Tỉnh Đoàn Hậu Giang'). g.sh 'Hậu Giang' -> 474, 589, 926, 1242: none count Đoàn congress delegates. Another province."),
    ("712_694777b452ec", N,
     "Đại hội đại biểu MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2024-2029 có 420 đại biểu chính thức.",
     "712 gives no delegate count (only '6 chương trình hành động; 3 khâu đột phá'). g.sh 'MTTQ Việt Nam (thành phố|TP\\.?) Hà Nội lần thứ XVIII|...|Đại hội MTTQ.{0,60}Hà Nội' -> only 715 (no count); 'Bùi Huyền Mai|Phạm Anh Tuấn' -> no MTTQ congress numbers."),
    ("715_b7fba7dd10cf", N,
     "Đại hội đại biểu MTTQ Việt Nam quận Hai Bà Trưng lần thứ XVI, nhiệm kỳ 2024-2029 có 260 đại biểu dự.",
     "715 counts phường congresses (15/18) and 2 replaced ủy viên, not delegates of the quận congress. g.sh 'Hai Bà Trưng.{0,100}đại biểu|MTTQ.{0,40}Hai Bà Trưng' -> 544 (unrelated) and 715 (no count)."),
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về ATVSLĐ năm 2022 của LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình có 500 công nhân tham dự.",
     "824 gives no attendance figure. g.sh 'quận 3' -> 545 (Hội LHPN Quận 3, 2024) and 824; 'Hòa Bình.{0,80}(công nhân|CBCNV|người)|Sóng Việt' -> only 824 without a count."),
    ("1101_ddfaa6f7ad8a", N,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 có 4 đội đạt giải.",
     "1101 counts participating teams (11 đội) and 3 phần thi, not prize-winning teams. g.sh 'đội đạt giải|4 đội' -> nothing relevant; 'đạt giải.{0,80}(Thừa Thiên|Huế)|Huế.{0,120}giải' -> nothing. Other counted noun."),
    ("829_5c8b05de4877", N,
     "Lễ ra quân chiến dịch “Hành quân xanh” năm 2024 của Tỉnh Đoàn Long An tại huyện Vĩnh Hưng có 300 đoàn viên, thanh niên tham gia.",
     "829 counts công trình (1+1+1), suất quà (150) and value (gần 200 triệu), not participants. g.sh 'Hành quân xanh' -> 609 counts 'gần 1.000 đoàn viên' for Thành đoàn Hà Nội 2024 (other organisation), 547 'hơn 500 đoàn viên' (another province, 2023); 'Tuyên Bình Tây|Vĩnh Hưng' -> only 829."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        why = why.replace('"', "'")  # keep TSV free of CSV quoting
        assert "\t" not in claim + why and '"' not in claim
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    p = Counter(r[0] for r in rows)
    assert max(p.values()) <= 2, p
    print(len(rows), dict(c), "pages:", len(p))


if __name__ == "__main__":
    main()
