#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported (13) ----------------
    ("063_f7a849d3bef7", S,
     "Kể từ khi thành lập đến nay, Liên đoàn Lao động quận Hoàng Mai đã trải qua bốn kỳ đại hội.",
     '063: "kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội" (bốn = 4).'),
    ("079_e6ebd6fda2ad", S,
     "Theo dự thảo báo cáo trình Đại hội Đảng bộ Tổng LĐLĐ Việt Nam lần thứ I, Công đoàn Việt Nam đặt mục tiêu mỗi năm kết nạp thêm ít nhất 800 nghìn đoàn viên.",
     '079: "Theo dự thảo báo cáo trình đại hội, Công đoàn Việt Nam đặt mục tiêu mỗi năm phát triển thêm ít nhất 800.000 đoàn viên". Other 800.000 hits (510, 550, 1106) are money/lượt thanh niên; 529 "gần 800 nghìn đoàn viên" is a province membership, not a yearly target.'),
    ("1081_35c690f5dbdd", S,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024 do LĐLĐ tỉnh tổ chức ngày 31/5 có mười chín đội tham gia.",
     '1081: "Có 19 đội tham gia hội thi gồm: ..." and "Ban tổ chức tặng hoa và cờ lưu niệm cho 19 đội thi".'),
    ("112_a56b33b2aa7d", S,
     "Vụ đổ sập tường rào cũ tại phường Thống Nhất, TP Biên Hòa (Đồng Nai) ngày 8/9/2018 khiến hai người bị thương.",
     '112: "tại phường Thống Nhất, thành phố Biên Hòa (Đồng Nai) ... một đoạn tường rào cũ bất ngờ đổ sập khiến một người thiệt mạng và hai người bị thương" (Cũng trong ngày hôm qua = 8/9).'),
    ("1169_2df73ad10d97", S,
     "Tại Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015, Bệnh viện C Đà Nẵng có một cá nhân điển hình tiên tiến được tuyên dương.",
     '1169: "Bệnh viện C Đà Nẵng đã có 01 cá nhân điển hình tiên tiến được tuyên dương tại đại hội."'),
    ("168_9200173fb05c", S,
     "Chị Trương Thị Hoàng Linh, công nhân Công ty TNHH Fashion Garments (KCN Tam Thăng, Quảng Nam), nhận Giải thưởng Nguyễn Đức Cảnh năm 2023 với 42 sáng kiến.",
     '168: "Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến".'),
    ("462_4798a1189a9b", S,
     "Tại lễ phát động tháng cao điểm Vì người nghèo sáng 17/10, Ủy ban MTTQ Việt Nam TP.HCM đã dùng Quỹ Vì người nghèo trao kinh phí xây dựng hai mươi nhà tình thương.",
     '462: "TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế" (hai mươi = 20).'),
    ("464_7e784f258933", S,
     "Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang cho biết phong trào thi đua năm 2024 dự kiến được chia làm hai đợt.",
     '464: "Chủ tịch Nguyễn Đình Khang cho biết phong trào thi đua năm 2024 dự kiến chia thành 2 đợt."'),
    ("581_94f251acdd8a", S,
     "Ông Chu Ngọc Anh tái đắc cử Chủ tịch UBND thành phố Hà Nội khóa XVI, nhiệm kỳ 2021-2026 với gần 98% đại biểu có mặt tán thành.",
     '581: "với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)"; also 352 "với số phiếu 92/94 (chiếm 97,..." (gần 98% ~ 97,87%).'),
    ("589_5739e8816785", S,
     "Hội nghị hiệp thương lần thứ nhất do Ủy ban MTTQ tỉnh Hậu Giang tổ chức đã thống nhất giới thiệu 14 người tham gia ứng cử đại biểu Quốc hội khóa XV.",
     '589: "Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu".'),
    ("663_7f8b34f12daf", S,
     "Tại hội nghị tổng kết công tác Công đoàn năm 2020, Liên đoàn Lao động huyện Chợ Mới đã tặng giấy khen cho 10 cá nhân.",
     '663: "có 3 tập thể và 10 cá nhân được Liên đoàn lao động huyện tặng giấy khen".'),
    ("901_623fc945bf8f", S,
     "Công đoàn Điện lực Việt Nam đặt mục tiêu 100% công đoàn cơ sở trong hệ thống tổ chức ít nhất một hoạt động hưởng ứng Tháng Công nhân năm 2024.",
     '901: "Mục tiêu 100% công đoàn cơ sở trong hệ thống Công đoàn Điện lực Việt Nam tổ chức ít nhất 1 hoạt động phù hợp để hưởng ứng Tháng Công nhân ... năm 2024."'),
    ("927_dd7e9c379454", S,
     "Dịp 7-11 năm 2025, Đảng bộ phường Phú Thọ (TPHCM) có 12 đảng viên được trao tặng Huy hiệu Đảng.",
     '927: "Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng" (đợt ngày 7-11; date 2025-11-06).'),

    # ---------------- differs (16) ----------------
    ("079_e6ebd6fda2ad", D,
     "Ban Chấp hành Đảng bộ Tổng Liên đoàn Lao động Việt Nam nhiệm kỳ 2025-2030 hiện đã có 25 người được chỉ định.",
     '079: "Ban Chấp hành Đảng bộ nhiệm kỳ mới dự kiến có 29-33 người, hiện đã chỉ định 21 người". g.sh "chỉ định 25|25 người": only 770 (Tây Ninh 25 người ứng cử ĐBQH), unrelated.'),
    ("1081_35c690f5dbdd", D,
     "Tại Hội thi An toàn vệ sinh viên giỏi tỉnh Khánh Hòa năm 2024, các đội thi trải qua bốn phần thi chính.",
     '1081: "Các đội trải qua 3 phần thi chính gồm: Phần thi chào hỏi ... Phần thi kiến thức ... Phần thi thực hành". g.sh "4 phần thi|bốn phần thi": no hit (1101 Huế 2018 also has 3 phần thi).'),
    ("1104_5bd345c8ded7", D,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu giữ chức Chủ tịch UBND tỉnh khóa XIV với 61/67 đại biểu có mặt đồng ý.",
     '1104: "Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La". g.sh "61/67": no hit.'),
    ("112_a56b33b2aa7d", D,
     "Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà, huyện Đan Phượng (Hà Nội) chiều 8/9/2018 đã làm ba người thiệt mạng.",
     '112: "một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương." g.sh "3 người thiệt mạng|ba người thiệt mạng": none; 282/109 (4 tử vong) are the 2020 Nguyễn Công Trứ scaffold collapse, another event.'),
    ("1151_7634750607d5", D,
     "Chương trình Hành trình Đỏ lần thứ XIII năm 2025 tại Thanh Hóa dự kiến tiếp nhận ít nhất 2.500 đơn vị máu.",
     '1151: "dự kiến tiếp nhận ít nhất 1.500 đơn vị máu" (title "hơn 1.500 đơn vị máu"). g.sh "2[.]500 đơn vị": no hit; no other Thanh Hóa Hành trình Đỏ page.'),
    ("131_9505fced1fdf", D,
     "Từ năm 2015 đến nay, LĐLĐ TP Hà Nội đã hỗ trợ 30 nhà Mái ấm Công đoàn cho công nhân lao động khó khăn của Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     '131: "Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty". g.sh "30 nhà|30 căn": no hit.'),
    ("155_8bd30a04750c", D,
     "Tổng thiệt hại về vật chất do tai nạn lao động gây ra trong năm 2023 ở nước ta ước khoảng 19.000 tỷ đồng.",
     '155: "Tổng thiệt hại về vật chất do TNLĐ năm 2023 là 16.357 tỷ đồng" (lead: "hơn 16.000 tỷ đồng"). g.sh "19[.]000 tỷ|19 nghìn tỷ": no hit; 156 gives 6 tháng đầu 2023 "trên 5.600 tỷ" (another period).'),
    ("168_9200173fb05c", D,
     "Chị Trương Thị Hoàng Linh (Quảng Nam), người nhận Giải thưởng Nguyễn Đức Cảnh năm 2023, đã có 35 đề tài khoa học.",
     '168: "Chị Trương Thị Hoàng Linh đã có 25 đề tài khoa học và 42 sáng kiến". g.sh "35 đề tài": no hit.'),
    ("307_af41b81b9229", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có 585 đại biểu chính thức về dự.",
     '307: "tham dự Đại hội có 545/550 đại biểu chính thức". g.sh "585": only a URL id in 043. 092 (XVI: 550) and 288 (XVIII: 548) are other editions.'),
    ("462_4798a1189a9b", D,
     "Tại lễ phát động tháng cao điểm Vì người nghèo ngày 17/10, TP.HCM trao nhà tình thương và phương tiện sinh kế cho hộ nghèo với tổng số tiền 3,2 tỷ đồng.",
     '462: "20 nhà tình thương và 92 phương tiện sinh kế ... với tổng số tiền 2,3 tỷ đồng". g.sh "3,2 t[ỷỉ]": no hit.'),
    ("491_4610d3eefa4d", D,
     "Năm 2024, Liên đoàn Lao động thành phố Đà Nẵng hỗ trợ xây dựng Mái ấm Công đoàn cho 130 đoàn viên khó khăn về nhà ở.",
     '491: "năm 2024, LĐLĐ thành phố đã hỗ trợ 3,5 tỉ đồng xây dựng \'Mái ấm Công đoàn\' cho 103 đoàn viên có hoàn cảnh khó khăn về nhà ở." g.sh "130 đoàn viên": only 733 (đoàn viên ưu tú giới thiệu kết nạp Đảng, 2018), unrelated.'),
    ("513_cfb6b8b3f3d6", D,
     "Tháng Thanh niên năm 2020 được Ban Thường vụ Thành đoàn Hà Nội cụ thể hóa bằng sáu nội dung hoạt động.",
     '513: "được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động gồm: ...". g.sh "6 nội dung|sáu nội dung": 318 (chiến dịch hè 2015) and 1190 (thể thao), unrelated; 391 is Tháng Thanh niên 2024 "4 nhóm hoạt động" (another year).'),
    ("589_5739e8816785", D,
     "Tỉnh Hậu Giang giới thiệu người ứng cử để bầu 8 đại biểu Quốc hội khóa XV, nhiệm kỳ 2021-2026.",
     '589: "tham gia ứng cử để lấy đủ 6 đại biểu (trong đó Trung ương 2 đại biểu, người công tác tai địa phương 4 đại biểu)". g.sh "8 đại biểu": hits are 548/218/268/128 đại biểu elsewhere, none Hậu Giang.'),
    ("629_49c2ddcfe599", D,
     "Ông Vũ Ngọc Hoành được bầu làm Chủ tịch UBND huyện Điện Biên Đông khóa VI với 25/29 đại biểu có mặt đồng ý.",
     '629: "với kết quả 29/29 đại biểu có mặt đồng ý, đồng chí Vũ Ngọc Hoành ... được bầu giữ chức Chủ tịch UBND huyện Điện Biên Đông". g.sh "25/29": no hit.'),
    ("663_7f8b34f12daf", D,
     "Nhân dịp tổng kết năm 2020, bảy cá nhân thuộc LĐLĐ huyện Chợ Mới được Liên đoàn Lao động tỉnh Bắc Kạn tặng Bằng khen.",
     '663: "3 tập thể và 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen". g.sh "7 cá nhân|bảy cá nhân": only other units (933, 1126, 189...), none Chợ Mới/Bắc Kạn.'),
    ("927_dd7e9c379454", D,
     "Trong đợt trao Huy hiệu Đảng ngày 7-11, Đảng bộ phường Phú Thọ có 6 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
     '927: "Huy hiệu 30 năm tuổi Đảng có 4 đồng chí". g.sh "6 đồng chí|sáu đồng chí": only BCH/BTV sizes elsewhere (103, 169, 887), unrelated.'),

    # ---------------- not_found (11) ----------------
    ("063_f7a849d3bef7", N,
     "Liên đoàn Lao động quận Hoàng Mai hiện có hơn 30.000 đoàn viên công đoàn.",
     'g.sh "Hoàng Mai.{0,100}đoàn viên": only support/gift stories (275, 328, 1106), no membership count for Hoàng Mai; g.sh "30[.]000 đoàn viên": only 741 (Đà Nẵng "hơn 130.000 đoàn viên"). 063 counts only "4 kỳ đại hội" and a teaser "73 Gia đình CNVCLĐ tiêu biểu".'),
    ("1151_7634750607d5", N,
     "Hành trình Đỏ năm 2024 tại Thanh Hóa đã tiếp nhận hơn 1.700 đơn vị máu.",
     'Only 1151 mentions Thanh Hóa Hành trình Đỏ; its figures are the 2025 (lần thứ XIII) plan ("ít nhất 1.500 đơn vị máu"); 2024 appears only in a photo caption with no count. g.sh "Hành trình Đỏ|Giọt hồng xứ Thanh", "đơn vị máu", "1[.]700 đơn vị": nothing for 2024. Another edition -> not counted.'),
    ("1169_2df73ad10d97", N,
     "Đại hội thi đua yêu nước ngành Y tế lần thứ VI năm 2015 đã tuyên dương 450 tập thể, cá nhân điển hình tiên tiến.",
     '1169 says only "tuyên dương nhiều tập thể, cá nhân điển hình tiên tiến xuất sắc" (no total; the only figure is BV C Đà Nẵng "01 cá nhân"). g.sh "thi đua yêu nước ngành Y|ngành Y tế lần thứ VI": only 1169; g.sh "450 (tập thể|cá nhân)": no hit.'),
    ("1104_5bd345c8ded7", N,
     "Tại kỳ họp thứ tám, HĐND tỉnh Sơn La khóa XIV đã thông qua 15 nghị quyết.",
     '1104: "xem xét ban hành mới và sửa đổi, bổ sung một số nghị quyết" - no count. g.sh "[0-9]+ nghị quyết", "15 nghị quyết": no hit. Only counted thing is the vote "67/67 đại biểu".'),
    ("155_8bd30a04750c", N,
     "Năm 2023, cả nước ghi nhận 410 người mắc bệnh nghề nghiệp mới.",
     '155 counts TNLĐ vụ (7.394), người bị nạn (7.553), tử vong (662), money; bệnh nghề nghiệp only "Số vụ TNLĐ, số người mắc bệnh nghề nghiệp ... vẫn ở mức cao" with no number. g.sh "bệnh nghề nghiệp.{0,100}[0-9]": only gift/support counts (003 seed, 498, 551); g.sh "410 ": none.'),
    ("307_af41b81b9229", N,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVII đã bầu Ban Chấp hành LĐLĐ Thành phố khóa mới gồm 45 ủy viên.",
     '307 counts only delegates ("545/550 đại biểu chính thức"). g.sh "XVII.{0,150}(ủy viên|[0-9]+ đồng chí|[0-9]+ người)" and "Ban Chấp hành.{0,80}(ủy viên|đồng chí|gồm [0-9])": BCH sizes only for other bodies (Bình Định 35, CĐ Giáo dục 36, TLĐ 161/177, Khánh Hòa 38...). g.sh "45 ủy viên|45 đồng chí": none.'),
    ("353_d8f30a786bd0", N,
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 100% số phiếu.",
     '353 gives no vote share. g.sh "Nguyễn Đình Khang.{0,200}(phiếu|%)", "100%.{0,60}Khang": none. 100 has "Bùi Văn Cường ... khóa XII, với số phiếu tín nhiệm 100%" - another person/khóa.'),
    ("464_7e784f258933", N,
     "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023-2028 gồm 27 ủy viên.",
     '464 counts "2 đợt" and "5 nội dung thi đua", not Đoàn Chủ tịch size. g.sh "Đoàn Chủ tịch.{0,60}[0-9]+ (ủy viên|đồng chí|người)": 101/247 "Đoàn Chủ tịch gồm 22 Ủy viên" is khóa XII (2018-2023); 1242 "bầu bổ sung ... 3 ủy viên Đoàn Chủ tịch" is khóa XII and a different noun; others are Đoàn Chủ tịch of a congress. g.sh "27 (ủy viên|Ủy viên)": none.'),
    ("491_4610d3eefa4d", N,
     "Năm 2022, Liên đoàn Lao động TP Đà Nẵng đã hỗ trợ xây, sửa 80 nhà Mái ấm Công đoàn cho đoàn viên khó khăn.",
     'Đà Nẵng Mái ấm counted only for 2024 (491: "103 đoàn viên", "3,5 tỉ") and 2021 (454: "54 nhà Mái ấm Công đoàn ... 1.530.000.000 đồng"; đợt 2 2021 "32 đoàn viên"). g.sh "Đà Nẵng.{0,150}(2022|2023)": only congress/Thanh niên pages; "80 nhà|80 căn": none. Another year -> not counted.'),
    ("581_94f251acdd8a", N,
     "Tại kỳ họp thứ nhất HĐND TP Hà Nội khóa XVI năm 2021, bà Phùng Thị Hồng Hà được bầu làm Phó Chủ tịch HĐND thành phố với 93/94 đại biểu tán thành.",
     '581 says only that HĐND "đã bầu bà Phùng Thị Hồng Hà ... giữ chức Phó Chủ tịch" with no vote count (92/94 is for Chu Ngọc Anh and Nguyễn Ngọc Tuấn). 533 "với 100% đại biểu có mặt ... bà Phùng Thị Hồng Hà ... được bầu giữ chức Chủ tịch HĐND" is the Chủ tịch post in 2025, another occasion. g.sh "93/94": none.'),
    ("629_49c2ddcfe599", N,
     "Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của huyện Điện Biên Đông có tổng vốn hơn 1.200 tỷ đồng.",
     '629: "thông qua nghị quyết về Kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030 trên địa bàn huyện Điện Biên Đông" - no amount. g.sh "đầu tư công": only 629 (and unrelated 060/333); "1[.]200 tỷ": none.'),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        # straight double quotes -> curly ones, so the TSV needs no CSV quoting
        parts = why.split('"')
        why = "".join(p + ("\u201c" if i % 2 == 0 else "\u201d") for i, p in enumerate(parts[:-1])) + parts[-1]
        row = [unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)]
        assert not any(c in x for x in row for c in '\t\n"'), row
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
