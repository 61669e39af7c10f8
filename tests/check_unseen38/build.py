#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Plain Python: csv + unicodedata only."""
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- supported ----------------
    ("059_9aee6bcb3e82", "supported",
     "Sau một tháng phát động chương trình “Tặng áo dài - Trao yêu thương”, Liên đoàn Lao động quận Long Biên đã tiếp nhận khoảng 1,5 nghìn bộ áo dài do các công đoàn cơ sở gửi tặng.",
     "059: \"LĐLĐ quận Long Biên đã nhận được gần 1.500 bộ áo dài từ 95 Công đoàn cơ sở gửi tặng chương trình\" (khoảng 1,5 nghìn ~ gần 1.500)."),
    ("1011_df3f51afbfe1", "supported",
     "Chiến dịch thanh niên tình nguyện hè 2017 của Trung ương Đoàn đã huy động hơn 26,5 nghìn đội hình tham gia.",
     "1011: \"hơn 1 triệu thanh niên tình nguyện tham gia chiến dịch với 26.581 đội hình\" (hè 2017). 26.581 > 26.500."),
    ("1047_2700ae405823", "supported",
     "Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” do Công đoàn Điện lực Việt Nam tổ chức đã nhận được 236 bài dự thi từ các đơn vị trong ngành.",
     "1047: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành và chọn ra 197 bài viết để chấm giải\"."),
    ("1126_1b7f3b281987", "supported",
     "Trong 6 tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP HCM đã ký kết Thỏa ước lao động tập thể với 28 điểm có lợi hơn cho người lao động.",
     "1126: \"thỏa thuận và ký kết Thỏa ước lao động tập thể số 99 với 28 điểm có lợi hơn cho người lao động\" (6 tháng đầu năm 2022)."),
    ("1168_4ac4afe82df2", "supported",
     "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi đã sửa chữa và xây mới bốn căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "1168: \"trong năm 2015 đã sửa chữa và xây mới 4 căn nhà “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí 130 triệu đồng\" (bốn = 4)."),
    ("1242_e05739eea984", "supported",
     "Hội nghị Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 10 khóa XII đã bầu bổ sung mười tám ủy viên Ban Chấp hành.",
     "1242: \"Hội nghị cũng đã bầu bổ sung 18 ủy viên Ban Chấp hành, 3 ủy viên Đoàn Chủ tịch và 2 ủy viên Ủy ban Kiểm tra\" (Hội nghị BCH lần thứ 10, khóa XII). 088 reports 4 BCH members added at another conference (not this one)."),
    ("239_537243f63a13", "supported",
     "Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023-2028 đã nhất trí bầu 21 người vào Ban Chấp hành.",
     "239: \"Đại hội nhất trí bầu 21 đồng chí vào Ban Chấp hành Công đoàn ngành Xây dựng Hà Nội khóa XIV, nhiệm kỳ 2023 - 2028\"."),
    ("452_1672f5c17921", "supported",
     "Từ ngày 27/4, các cấp Công đoàn Thủ đô đã chi tiền chăm lo, hỗ trợ cho hơn 147 nghìn đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452: \"với số tiền trên 89, 441 tỷ đồng cho 147.603 đoàn viên, người lao động\" (title: \"Trên 147 ngàn đoàn viên...\"). Caveat: 451 is an earlier report of the same drive with 130.702."),
    ("623_bf8ed8fd27a5", "supported",
     "Ban Chấp hành Tỉnh Đoàn Long An khóa XI, nhiệm kỳ 2022-2027 gồm 40 đồng chí.",
     "623: \"Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027, gồm 40 đồng chí. Ban Thường vụ gồm 12 đồng chí\"."),
    ("630_4a010a274cfc", "supported",
     "Các đại biểu dự Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI thay mặt cho gần 6.000 đoàn viên trong toàn ngành.",
     "630: \"196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự\" (gần 6.000 ~ 5.965)."),
    ("665_f0f8f1ca19c0", "supported",
     "Từ đầu năm 2022, các cấp công đoàn tỉnh An Giang đã kết nạp mới hơn 5.100 đoàn viên công đoàn.",
     "665: \"Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%\"."),
    ("991_a7a6bf1c6c7c", "supported",
     "Sáu tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã vận động công nhân viên chức, lao động đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19 và đồng bào bị hạn mặn.",
     "991: \"CĐ Viên chức TP đã vận động CNVC-LĐ đóng góp hơn 860 triệu đồng ủng hộ phòng chống dịch Covid-19, hỗ trợ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn\" (sơ kết 6 tháng đầu năm 2020)."),
    ("994_8697caa1612f", "supported",
     "Tổng nguồn lực Tỉnh đoàn Hà Tĩnh huy động trao tặng trong chương trình “Ngày thanh niên cùng hành động” tại xã Sơn Tây là hơn 300 triệu đồng.",
     "994: \"Tổng nguồn lực huy động trao tặng dịp này là hơn 300 triệu đồng\" (Tỉnh đoàn Hà Tĩnh, xã Sơn Tây, 26/1/2026)."),

    # ---------------- differs ----------------
    ("1046_abc17e7bde88", "differs",
     "Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 đã thu hút trên 3.200 lượt cán bộ, đoàn viên, người lao động Tập đoàn Điện lực Việt Nam tham gia dự thi.",
     "1046: \"đã có trên 2.300 lượt cán bộ, đoàn viên, NLĐ trong Tập đoàn ĐLVN tham gia dự thi\". g.sh '3.200|2.300': 3.200 only in 163 (doanh nghiệp báo cáo thưởng Tết) and 503 (phần quà Tết) - other things."),
    ("1047_2700ae405823", "differs",
     "Tại lễ tổng kết cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019”, ban tổ chức đã trao bảy giải ba cho các tác giả.",
     "1047: \"ban tổ chức đã trao 1 giải nhất, 2 giải nhì, 4 giải ba và 10 giải khuyến khích\". g.sh '(7|bảy) giải ba|giải ba': no 7/bảy giải ba anywhere; 1046 has 03 giải Ba for a different contest."),
    ("1087_90263a33a0ca", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2022-2027 đại diện cho hơn 98.000 đoàn viên trong tỉnh.",
     "1087: \"290 đại biểu chính thức, đại diện cho hơn 88.000 đoàn viên trong tỉnh\". g.sh '98.000|98 nghìn|98 ngàn': no hit."),
    ("1090_69990cd1ff80", "differs",
     "Tính đến ngày 31-3-2022, khoảng 72% Hội Cựu chiến binh cơ sở ở Đồng Nai đã tổ chức thành công đại hội nhiệm kỳ 2022-2027.",
     "1090: \"toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)\" (Báo Đồng Nai). g.sh '72%': no hit; only 1090 counts Hội CCB."),
    ("1106_4851ef217f85", "differs",
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai (Hà Nội) đã trao 57 suất quà cho con đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1106: \"Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng\". g.sh '57 suất': no hit. Note 542 has \"LĐLĐ thị xã Hoàng Mai tặng 75 suất quà\" - another Hoàng Mai (Nghệ An), another occasion."),
    ("1126_1b7f3b281987", "differs",
     "Sáu tháng đầu năm 2022, Công đoàn Tổng công ty Điện lực TP HCM đã phối hợp đóng góp hơn 3 tỷ đồng cho công tác an sinh xã hội.",
     "1126: \"Trong công tác an sinh xã hội, công đoàn đã phối hợp cùng với các ban ngành đoàn thể tham gia đóng góp hơn 2 tỉ đồng\". g.sh '3 tỉ đồng|3 tỷ đồng': only 765 \"gần 3 tỷ đồng\" (another organisation's gifts), not EVNHCMC."),
    ("1146_b2735544a76a", "differs",
     "“Chợ Tết Công đoàn” Tây Ninh diễn ra từ 2 đến 5/1/2025 quy tụ hơn 60 gian hàng nhu yếu phẩm, hàng tiêu dùng cho công nhân.",
     "1146: \"Năm nay, “Chợ Tết Công đoàn” quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng\" (Tây Ninh, 02-05/01/2025). g.sh '60 gian hàng': no hit; other Chợ Tết pages (Hà Nội 72/124/70/50, Long An 70, Đà Nẵng 70-80) are other places."),
    ("1168_4ac4afe82df2", "differs",
     "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi có tổng số 6.412 đoàn viên.",
     "1168: \"Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)\". g.sh '6.412': no hit."),
    ("1187_61862f52ba00", "differs",
     "Gần 220 đại biểu dự Đại hội đại biểu Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ III đại diện cho 32.370 đoàn viên công đoàn.",
     "1187: \"Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở\" (lần thứ III). g.sh '32.370|23.370': only 1187's 23.370. 1186 (lần thứ V) has 22.514 - another edition."),
    ("1190_b264d705f1e4", "differs",
     "Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút hơn 210 vận động viên của 6 chi nhánh Ngân hàng Nhà nước miền Đông Nam bộ.",
     "1190: \"Hội thao thu hút hơn 120 lượt VĐV là cán bộ, CNVC thuộc 6 chi nhánh Ngân hàng Nhà nước khu vực miền Đông Nam bộ (cụm thi đua số 8)\". g.sh '210 (VĐV|vận động viên|lượt)': no hit; 1193 (NHCSXH 2023, ~430 VĐV) and 1192 (Vĩnh Long, 444) are other events."),
    ("452_1672f5c17921", "differs",
     "Các Công đoàn cấp trên trực tiếp cơ sở ở Hà Nội đã vận động khoảng 2.600 chủ nhà trọ miễn, giảm tiền thuê cho người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452: \"tuyên truyền, vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%\"; 451 (earlier report) also 1.650. g.sh '2.600 chủ|2600': no hit."),
    ("593_fe8e59aadb97", "differs",
     "Tại phiên trù bị, Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Đoàn Chủ tịch gồm 15 đồng chí.",
     "593: \"đại hội đã bầu Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3 đồng chí, Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí\". g.sh 'Đoàn Chủ tịch.{0,30}15': no hit."),
    ("623_bf8ed8fd27a5", "differs",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ XI có hơn 280 đại biểu chính thức tham dự.",
     "623: \"với sự tham dự của 244 đại biểu chính thức đại diện cho 54.365 đoàn viên\". g.sh '280 đại biểu|244 đại': only 623's 244."),
    ("742_c62ad0872e2b", "differs",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức tham dự.",
     "742: \"với sự tham gia của 300 đại biểu chính thức đại diện cho hơn 216.000 đoàn viên\"; 571 (same congress) also \"300 đại biểu chính thức\". g.sh '350 đại biểu': no hit."),
    ("743_3d782a035b00", "differs",
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành gồm 33 người.",
     "743: \"Đại hội đã bầu Ban chấp hành Công đoàn tỉnh Khánh Hòa gồm 38 vị\". g.sh '33 (vị|người|đồng chí|ủy viên)': only 079 (Đảng bộ dự kiến 29-33 người), 112, 1089 (Hội Nông dân Tiền Giang 33 ủy viên) - other bodies."),
    ("991_a7a6bf1c6c7c", "differs",
     "Trong 6 tháng đầu năm 2020, Công đoàn Viên chức TP HCM đã chăm lo cho khoảng 900 đoàn viên khó khăn bị ảnh hưởng bởi dịch Covid-19.",
     "991: \"chăm lo cho gần 600 đoàn viên khó khăn bị ảnh hưởng dịch Covid-19 với gần 700 triệu đồng\". g.sh '900 đoàn viên': no hit."),

    # ---------------- not_found ----------------
    ("1046_abc17e7bde88", "not_found",
     "Cuộc thi viết Mini trong nhóm “Đồng nghiệp EVN” tháng 5/2021 đã nhận được 150 bài dự thi của đoàn viên ngành điện.",
     "1046 names the mini writing contest (\"Cuộc thi viết Mini trong NHÓM ĐỒNG NGHIỆP EVN trên Facebook từ ngày 15 đến hết ngày 29/5/2021\") but counts no entries; its figures (trên 2.300 lượt, 01/02/03/05 giải) are for the online election-law quiz. g.sh 'Đồng nghiệp EVN|thi viết Mini|bài dự thi': only 1046, no count."),
    ("1087_90263a33a0ca", "not_found",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Bình Dương lần thứ X, tổ chức năm 2017, có 280 đại biểu chính thức tham dự.",
     "Another edition: 1087 counts delegates only for lần thứ XI (2022-2027: 290 đại biểu). g.sh 'Bình Dương.{0,60}(đại biểu|đoàn viên)' and '280 đại biểu': only 1087's XI congress."),
    ("1146_b2735544a76a", "not_found",
     "“Chợ Tết Công đoàn” Tây Ninh năm 2025 đã đón khoảng 5.000 lượt công nhân, người lao động đến mua sắm.",
     "1146 counts gifts (150 phần quà), stalls (hơn 40 gian hàng) and discounts (20% đến hơn 50%) but not visitors. g.sh 'Tây Ninh.{0,200}lượt|Chợ Tết.{0,100}lượt': no hit."),
    ("1187_61862f52ba00", "not_found",
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ IV có gần 220 đại biểu tham dự.",
     "Another edition: 1187 counts delegates for lần thứ III (gần 220), 1186 for lần thứ V (218). g.sh 'Bưu điện' and 'lần thứ IV': no Bưu điện congress IV anywhere."),
    ("1192_dccb05c77ecc", "not_found",
     "Hội thao ngành Ngân hàng tỉnh Vĩnh Long năm 2018 có 22 đoàn tham gia.",
     "Another year: 1192 counts 24 đoàn for the 2019 hội thao (10-12/5/2019). g.sh 'Vĩnh Long' and 'Hội thao.{0,80}2018': no 2018 edition."),
    ("1211_28597f193f57", "not_found",
     "Công đoàn ngành Y tế Thanh Hóa hiện có 95 công đoàn cơ sở trực thuộc.",
     "1211 counts delegates (176), CNVCLĐ (hơn 12 nghìn), salary (4,8 triệu), BCH (17) and delegation (17) but not CĐCS. g.sh 'Y tế Thanh Hóa|ngành Y tế.{0,30}Thanh Hóa': only 1211; 'công đoàn cơ sở trực thuộc' hits are other unions (Khánh Hòa 1.599, Giáo dục HN 187, phường Ba Đình 72...)."),
    ("593_fe8e59aadb97", "not_found",
     "Đại hội đại biểu phụ nữ thành phố Hà Nội lần thứ XVI đã bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố khóa XVI gồm 45 ủy viên.",
     "593 covers only the preparatory session (Đoàn Chủ tịch 11, Thư ký 3, Thẩm tra 5); 143 counts 489 delegates / 28 union delegates. No page counts the elected BCH. g.sh 'Liên hiệp phụ nữ thành phố Hà Nội khóa XVI|Ban Chấp hành Hội.{0,60}gồm': only 1089 (Hội Nông dân Tiền Giang 33/35)."),
    ("742_c62ad0872e2b", "not_found",
     "Đại hội Công đoàn thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành gồm 45 ủy viên.",
     "742 reports only the first session (300 đại biểu, hơn 216.000 đoàn viên); 571 (same congress) counts delegates, 3.382 CĐCS and 407.936 đoàn viên before merger, not BCH size. g.sh 'Đà Nẵng.{0,200}Ban Chấp hành|Ban Chấp hành.{0,200}Đà Nẵng': no hit."),
    ("743_3d782a035b00", "not_found",
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa IX, tổ chức năm 2013, có 280 đại biểu chính thức tham dự.",
     "Another edition: 743 counts delegates for khóa X (2018-2023: trên 300 đại biểu, 200 khách mời) and only mentions \"Nghị quyết Đại hội IX Công đoàn Khánh Hòa\". g.sh 'Khánh Hòa': no count for congress IX."),
    ("983_245bc105cc74", "not_found",
     "Dịp Tết 2022, Trung ương Đoàn đã bố trí 40 chuyến xe miễn phí đưa sinh viên, thanh niên công nhân về quê đón Tết.",
     "983 counts people (2.000 sinh viên... về quê; 800 hỗ trợ) but not trips (\"trên những chuyến xe, chuyến tàu, máy bay miễn phí\"). g.sh 'chuyến xe|chuyến tàu': counted trips only for other organisers (267 Công đoàn Hà Nội 26 chuyến; 828 Bình Dương 39; 786 755)."),
    ("994_8697caa1612f", "not_found",
     "Chương trình “Ngày thanh niên cùng hành động” của Tỉnh đoàn Hà Tĩnh tại xã Sơn Tây đã thu hút hơn 500 lượt đoàn viên thanh niên tham gia.",
     "994 counts gifts/items (1 nhà nhân ái, 1 máy thở, 2 máy lọc nước, 3 mô hình, 220 suất quà, hơn 300 triệu) but not participants. g.sh '500 lượt|hơn 500 (đoàn viên|ĐVTN|thanh niên)': 941 (Huyện đoàn Tuy Phước, Tháng thanh niên 2021) and 547 (Quảng Nam, hè 2023) - other places/occasions."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x).replace("\t", " ").replace("\n", " ").replace('"', "'")
                     for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), len(pages), "pages")


if __name__ == "__main__":
    main()
