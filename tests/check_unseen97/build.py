#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.
Only csv + unicodedata. Each row: page_id, verdict, claim, why."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 092 ----------------
    ("092_19866e76540c", D,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018 - 2023 có 500 đại biểu chính thức tham dự.",
     "092: 'Đại hội Công đoàn TP. Hà Nội lần thứ XVI sẽ diễn ra với sự tham gia của 550 đại biểu chính thức'; 307 also '545/550 đại biểu chính thức'. g.sh '500 đại biểu' -> no hit anywhere."),
    # ---------------- 098 ----------------
    ("098_edd9ef3c5812", S,
     "Trong 6 tháng đầu năm 2022, TP Hà Nội đã giải quyết việc làm cho khoảng 119 nghìn lao động.",
     "098: '6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động, đạt 74,3 % so với kế hoạch và tăng 21,4% so với cùng kỳ năm 2021' (year 2022 inferred from 'cùng kỳ năm 2021'). Other half-years differ in period: 151 (6 tháng 2021, gần 100.000), 152 (gần 99.000), 1028 (ba tháng, 2025)."),
    ("098_edd9ef3c5812", D,
     "Số lao động được Hà Nội giải quyết việc làm trong nửa đầu năm 2022 tăng hơn 30% so với cùng kỳ năm trước.",
     "098: 'gần 119.000 người lao động, đạt 74,3 % so với kế hoạch và tăng 21,4% so với cùng kỳ năm 2021'. g.sh '30 ?%|hơn 30%' -> only 295 (tỷ lệ NLĐ nộp hồ sơ thất nghiệp theo độ tuổi), unrelated."),
    # ---------------- 1042 ----------------
    ("1042_fe924796bfeb", S,
     "Công đoàn ngành Giáo dục Hà Nội đang quản lý 125 công đoàn cơ sở thuộc các đơn vị công lập.",
     "1042: 'Công đoàn ngành Giáo dục Hà Nội hiện quản lý 183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập) với hơn 11.800 đoàn viên.' (333 gives another time's total '187 Công đoàn cơ sở ... hơn 12.000 đoàn viên', no công lập split, so the total/membership were avoided)."),
    ("1042_fe924796bfeb", D,
     "Trong số công đoàn cơ sở do Công đoàn Giáo dục Hà Nội quản lý, có gần 80 công đoàn ở các đơn vị ngoài công lập.",
     "1042: '183 Công đoàn cơ sở (125 đơn vị công lập và 58 đơn vị ngoài công lập)'. g.sh '78 (công đoàn|CĐCS|Công đoàn)', 'gần 80' -> no hit about CĐCS ngoài công lập."),
    # ---------------- 108 ----------------
    ("108_8baf26df659f", S,
     "Từ lần đầu tổ chức năm 2000 đến năm 2018, Giải thưởng Tôn Đức Thắng đã tôn vinh 191 kỹ sư, công nhân có sáng kiến, cải tiến.",
     "108: 'Giải thưởng Tôn Đức Thắng được tổ chức đầu tiên vào năm 2000. Qua 18 năm tổ chức, giải thưởng đã tôn vinh 191 kỹ sư, công nhân có sáng kiến, cải tiến trong công việc.'"),
    ("108_8baf26df659f", D,
     "Để chọn ra những người nhận Giải thưởng Tôn Đức Thắng năm 2018, ban tổ chức đã xét 36 hồ sơ do các đơn vị gửi về.",
     "108: 'Từ 26 hồ sơ các đơn vị gửi về, ban tổ chức đã chọn 11 cá nhân để trao giải thưởng Tôn Đức Thắng năm 2018'. g.sh '36 hồ sơ' -> no hit."),
    # ---------------- 215 ----------------
    ("215_3826a48fe31a", S,
     "Giai đoạn 2015 - 2020, phong trào thi đua của các cấp Công đoàn Viên chức thành phố có 2 002 sáng kiến, cải tiến kỹ thuật được công nhận và áp dụng.",
     "215: 'đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận và áp dụng thực tiễn' (page is congdoandanang.org.vn; the body never names the city, so the claim does not either)."),
    ("215_3826a48fe31a", D,
     "Các phong trào thi đua do Công đoàn Viên chức thành phố phát động trong nhiệm kỳ 2015 - 2020 đã có khoảng 650 đề tài được công nhận, áp dụng.",
     "215: '2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận và áp dụng thực tiễn'. g.sh '650 đề tài|650' -> no hit."),
    # ---------------- 230 ----------------
    ("230_159bdf0d0f39", S,
     "Năm 2016, ngành Y tế Hà Nội công nhận 1566 cá nhân tiêu biểu đạt danh hiệu 'Người tốt, việc tốt'.",
     "230: 'có 1.566 cá nhân tiêu biểu được ngành y tế công nhận “Người tốt, việc tốt”' (Tổng kết phong trào năm 2016). 118 is the 2019 edition (3.225 / 362), another year."),
    ("230_159bdf0d0f39", D,
     "Tổng kết phong trào 'Người tốt, việc tốt' năm 2016, gần 15 nghìn cá nhân của ngành y tế Hà Nội đã được các đơn vị biểu dương, khen thưởng.",
     "230: 'Ngành Y tế Hà Nội có 17.774 cá nhân trong số hơn 23.000 cán bộ đã được các đơn vị trong ngành biểu dương, khen thưởng'. g.sh '15 nghìn cá nhân|15\\.000 cá nhân' -> no hit."),
    # ---------------- 244 ----------------
    ("244_3f16c38c7f90", S,
     "Công đoàn cơ quan Dân - Đảng huyện Thanh Trì hiện có 83 đoàn viên.",
     "244: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.'"),
    ("244_3f16c38c7f90", D,
     "Công đoàn cơ quan Dân Đảng huyện Thanh Trì được tổ chức thành mười hai tổ công đoàn.",
     "244: 'Công đoàn cơ quan có 14 tổ Công đoàn với 83 đoàn viên.' g.sh '12 tổ (công|Công)' -> no hit."),
    # ---------------- 262 ----------------
    ("262_7b5b3b51657d", S,
     "Chợ Tết Công đoàn năm 2023 do LĐLĐ Thành phố Hà Nội tổ chức có gần 50 doanh nghiệp tham gia.",
     "262: 'tổ chức Chương trình “Chợ Tết Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp với 72 gian hàng'. Other editions (2025 in seed 002, 2026 in 107/276/280) are other years."),
    ("262_7b5b3b51657d", D,
     "Tại Chợ Tết Công đoàn năm 2023, có 6.500 đoàn viên, người lao động được Liên đoàn Lao động Hà Nội trao phiếu mua hàng.",
     "262: 'Cũng tại Chương trình “Chợ Tết Công đoàn năm 2023”, 5.500 đoàn viên, người lao động ... được nhận Phiếu mua hàng giảm giá và Phiếu mua hàng 0 đồng'. g.sh '6\\.500|6500' -> only seed 003 (56.500 công nhân giỏi) and 129 (6.500 tấn rác)."),
    # ---------------- 282 ----------------
    ("282_cf806c00183e", S,
     "LĐLĐ thành phố Hà Nội đã hỗ trợ mỗi nạn nhân tử vong trong vụ sập giàn giáo tại số 16 Nguyễn Công Trứ số tiền 3 triệu đồng.",
     "282: 'đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố'."),
    ("282_cf806c00183e", D,
     "Liên đoàn Lao động huyện Chương Mỹ trao 2 triệu đồng cho mỗi nạn nhân vụ sập giàn giáo ở phố Nguyễn Công Trứ.",
     "282: 'Liên đoàn Lao động huyện Chương Mỹ cũng trao hỗ trợ cho mỗi nạn nhân số tiền 1.000.000 đồng.' g.sh '2 triệu đồng|2\\.000\\.000' -> only unrelated (518 suất quà 2 triệu, 054, 163, 231); 109 (same accident) gives no support amount."),
    # ---------------- 509 ----------------
    ("509_33042ea25bf7", S,
     "Năm 2022, các cấp Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng khoảng 4,3 nghìn suất quà, hoàn thành chỉ tiêu thành phố giao.",
     "509: 'các cấp Hội toàn quận đã trao tặng 4.300 suất quà trị giá 2,15 tỷ đồng để hoàn thành chỉ tiêu do Hội Chữ thập đỏ thành phố giao năm 2022'."),
    ("509_33042ea25bf7", D,
     "Ngày 24-1-2022, Hội Chữ thập đỏ quận Hai Bà Trưng cùng Liên chi đoàn Khoa Khoa học quản lý trao 40 suất quà có tổng trị giá 15 triệu đồng.",
     "509: 'Ngày 24-1 ... Ban tổ chức đã trao tặng 40 suất quà trị giá 10 triệu đồng'. g.sh '15 triệu đồng' -> 091 (CĐ Giáo dục hỗ trợ 2 thầy cô), 144 (CĐ Y tế), 231 (3,15 triệu) only."),
    # ---------------- 529 ----------------
    ("529_5aa251341404", S,
     "Đại hội Công đoàn tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2023-2028 có bốn trăm đại biểu chính thức.",
     "529: 'nhiệt liệt chào mừng 400 đại biểu chính thức là những cán bộ đoàn viên tiêu biểu'."),
    ("529_5aa251341404", D,
     "Các đại biểu dự Đại hội XI Công đoàn Đồng Nai đại diện cho khoảng 650 nghìn đoàn viên CNVCLĐ trong tỉnh.",
     "529: 'đại diện cho trí tuệ, niềm tin, nguyện vọng của gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà'. g.sh '650 nghìn|650\\.000' -> no hit (avoided 600.000, which 527 uses for another province's LĐLĐ)."),
    # ---------------- 550 ----------------
    ("550_47914fdae7e5", S,
     "Trung ương Đoàn đặt chỉ tiêu Chiến dịch Thanh niên tình nguyện hè 2023 xây dựng ít nhất 1000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú.",
     "550: 'Một số chỉ tiêu Trung ương Đoàn đặt ra gồm: ... Xây dựng ít nhất 1.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú'. 547 (a Tỉnh đoàn's results: 28 nhà) is another organisation."),
    ("550_47914fdae7e5", D,
     "Kế hoạch Chiến dịch Thanh niên tình nguyện hè năm 2023 của Trung ương Đoàn xác định 23 làng thanh niên lập nghiệp là địa bàn trọng tâm.",
     "550: 'Địa bàn trọng tâm được xác định gồm 33 làng thanh niên lập nghiệp, 6 đảo thanh niên'. g.sh '23 làng' -> no hit."),
    # ---------------- 585 ----------------
    ("585_b22d53f788ab", S,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm năm đồng chí.",
     "585: 'Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c, bầu đại biểu dự Đại Hội cấp trên là 2 đ/c'."),
    ("585_b22d53f788ab", D,
     "Dự Đại hội Công đoàn cơ sở xã Bình Hòa Phước nhiệm kỳ 2023-2028 có 42 đại biểu chính thức là công đoàn viên của xã.",
     "585: 'Cùng với 32 đại biểu chính thức là công đoàn viên xã Bình Hòa Phước.' g.sh '42 đại biểu' -> no hit."),
    # ---------------- 830 ----------------
    ("830_c3fa9aa955b8", S,
     "Chiến dịch Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức dự kiến thu hút 35 nghìn chiến sĩ.",
     "830: 'Xuân tình nguyện 2024 do Thành Đoàn và Hội Sinh viên Việt Nam TP.HCM tổ chức, dự kiến thu hút 35.000 chiến sĩ tham gia'. 495/1013/519 are the 2026 edition."),
    ("830_c3fa9aa955b8", D,
     "Chiến dịch Xuân tình nguyện 2024 của TP.HCM đồng loạt diễn ra tại 18 quận, huyện cùng TP Thủ Đức.",
     "830: '22 quận, huyện và TP Thủ Đức đồng loạt diễn ra chiến dịch.' g.sh '18 quận' -> no hit."),
    # ---------------- 864 ----------------
    ("864_86eb6e3264b4", D,
     "Tại hội nghị đánh giá kết quả phối hợp công tác năm 2016 giữa UBND tỉnh và LĐLĐ tỉnh, báo cáo cho biết phong trào thi đua đã có hơn 8.000 đề tài, sáng kiến được áp dụng.",
     "864: 'Trong năm 2016 ... LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác'. g.sh '8\\.000 đề tài|8 nghìn|8\\.000 sáng kiến' -> only 608 (8 nghìn suất quà). Province is not named in the body."),
    # ---------------- 979 ----------------
    ("979_5010ac31af5f", D,
     "Tại hội nghị ngày 2/5/2019, có 95% đại biểu Ủy ban MTTQ Việt Nam huyện Phú Tân tán thành cử bà Võ Ngọc Hân làm Chủ tịch.",
     "979: 'Qua biểu quyết có 100% đại biểu tán thành. Kết quả, Bà Võ Ngọc Hân được bầu làm Chủ tịch Ủy ban MTTQ Việt Nam huyện Phú Tân'. g.sh '95 ?%' -> only 468 (0,095% hộ nghèo)."),
    # ================= not_found =================
    ("013_a5bff765dc30", N,
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 220 đại biểu chính thức tham dự.",
     "013 names the congress but gives no delegate count (photo captions only). g.sh 'Tây Hồ' -> 013, seed 000/002 (hoa đào, 'Tây Hồ tỏa sáng', phát triển đoàn viên), 233 (a school): none counts congress delegates. g.sh '220 đại biểu' -> only 1187 (Đại hội Công đoàn Bưu điện Việt Nam, another organisation)."),
    ("037_69ea9a40be4e", N,
     "Kỳ họp thứ 9 Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI có 40 ủy viên tham dự.",
     "037 reports the kỳ họp thứ 9 (bầu Chủ tịch Bùi Huyền Mai) with no attendance count. g.sh 'kỳ họp thứ 9' -> only 037; g.sh '4[0-9] (ủy|uỷ) viên' -> no hit; no page gives the size of BCH LĐLĐ TP khóa XVI."),
    ("095_5a52b05770d9", N,
     "Theo Kế hoạch số 117/KH-LĐLĐ, Liên đoàn Lao động thành phố Hà Nội sẽ chỉ đạo khoảng 3.500 công đoàn cơ sở tổ chức đại hội nhiệm kỳ 2025-2030.",
     "095 describes Kế hoạch 117/KH-LĐLĐ with no count of CĐCS. g.sh '117/KH' -> only 095; g.sh '3\\.500 (công|Công|CĐCS)' -> no hit. Nearby: 249 '84 Công đoàn xã, phường' (established units, another thing)."),
    ("105_d8f28f283391", N,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVIII, nhiệm kỳ 2025-2030 gồm 19 đồng chí.",
     "105/812/813 report the XVIII term's Bí thư and Phó Bí thư but no BTV size. g.sh '[0-9]+ đồng chí' around Thành ủy -> 103 'Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí' (another term), 808 'Ban Thường vụ Thành Đoàn khóa XI gồm 19 đồng chí' (another organisation)."),
    ("139_5afbcc5d4e59", N,
     "Chiều 4/8, chương trình 'Xe buýt siêu thị 0 đồng' của Công đoàn Thủ đô đã trao 250 suất quà cho đoàn viên, người lao động khó khăn quận Hai Bà Trưng.",
     "139 mentions 'trao quà từ chương trình “Xe buýt siêu thị 0 đồng”' with no count. g.sh 'Xe buýt siêu thị' -> 139, 087 (city-wide Túi an sinh, another thing); g.sh '250 suất' -> no hit. 509 counts Hai Bà Trưng Red Cross gifts (Tết 2022), another organisation/occasion."),
    ("251_4e75d2d2ed81", N,
     "Nhân dịp kỷ niệm 100 năm thành lập thị xã Sơn Tây, LĐLĐ thị xã đã trao 120 suất quà cho công nhân, viên chức, lao động.",
     "251 reports the ceremony (Huân chương Lao động hạng Nhì) with no gift count; its teaser '75 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa' is another thing. g.sh '120 suất' -> no hit; 026/252 (LĐLĐ Sơn Tây) count other things (xét nghiệm 200 công nhân)."),
    ("424_587bd0231abc", N,
     "Hội đồng Thi đua - Khen thưởng TP Hà Nội đề nghị khen thưởng cấp Nhà nước cho 12 tập thể, cá nhân có thành tích phòng chống dịch Covid-19.",
     "424 names the proposed recipients (Nhân dân và cán bộ TP, Nguyễn Đức Chung, MTTQ TP, quận Đống Đa, Ngô Văn Quý) but states no total. g.sh '12 tập thể' -> no hit; g.sh 'khen thưởng.{0,40}Covid' -> no other page."),
    ("429_77bd108c7618", N,
     "Tại hội nghị tổng kết 10 năm thực hiện Nghị quyết 20-NQ/TW ở Đà Lạt, Công đoàn Công an nhân dân đã khen thưởng 45 tập thể.",
     "429 gives only the occasion (10 năm NQ20, 5 năm tháng công nhân). g.sh 'CAND' -> only 429; g.sh '45 tập thể' -> no hit; 286 is '15 năm' NQ20 elsewhere."),
    ("603_9aa68f9b9708", N,
     "Trong Tháng Nhân đạo năm 2023, Hội Chữ thập đỏ quận Hai Bà Trưng đã trao tặng 400 suất quà cho người có hoàn cảnh khó khăn.",
     "603 gives the 2023 plan (từ 1 đến 31-5) with no gift count. g.sh '400 suất' -> only 509: same Hội but Tết Nhâm Dần 2022 ('Trao tặng 400 suất quà trị giá 200 triệu đồng' since 8-1-2022), another occasion/year. 404-407 are other Tháng Nhân đạo years / organisations."),
    ("631_0b16f9904253", N,
     "Hội nghị lần thứ 13 Ban Chấp hành Hội LHPN tỉnh Nghệ An khóa XVI có 50 ủy viên tham dự.",
     "631 reports the election of Hoàng Thị Thu Hiền, no attendance count. g.sh 'LHPN' -> 401/544/621/922 other Hội; g.sh '5[0-9] (ủy|uỷ) viên' -> no hit."),
    ("669_af4c2de1f3b5", N,
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21, nhiệm kỳ 2023 - 2028 đã bầu Ban Chấp hành mới gồm 7 đồng chí.",
     "669 gives no BCH size. g.sh '7 đồng chí' -> 244 (CĐ cơ quan Dân Đảng Thanh Trì), 662 'CĐCS Sở Công Thương (Sóc Trăng) ... BCH nhiệm kỳ 2023 – 2028 gồm 07 đồng chí' on the same day 17/3/2023 - another organisation; 578 (Ban thẩm tra). Nothing for CĐCS Sở GTVT."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        for field in (page_id, claim, why):
            assert "\t" not in field and "\n" not in field
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(r[1] == v for r in rows) for v in (S, D, N)}
    print(len(rows), counts)


if __name__ == "__main__":
    main()
