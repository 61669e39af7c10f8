#!/usr/bin/env python3
"""Claim set for ldtd check (blind). Writes claims.tsv, NFC, sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("094_a583a5e0c0ff", S,
     "Từ đầu năm 2023, hơn tám nghìn công đoàn cơ sở thuộc Liên đoàn Lao động TP Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     '094: "từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028"'),
    ("1022_494a5a54453e", S,
     "LĐLĐ huyện Đan Phượng đã đề nghị LĐLĐ Thành phố giải ngân cho đoàn viên xã Liên Hồng, Phương Đình vay từ Quỹ trợ vốn CNVCLĐ nghèo Thủ đô tổng cộng 1.240 triệu đồng.",
     '1022: "giải ngân cho 62 đoàn viên công đoàn xã Liên Hồng và xã Phương Đình ... vay vốn từ nguồn Quỹ trợ vốn ... với tổng số tiền 1,240 tỷ đồng" (1,240 tỷ = 1.240 triệu)'),
    ("1090_69990cd1ff80", S,
     "Tính đến cuối tháng 3/2022, gần 63% Hội Cựu chiến binh cơ sở ở Đồng Nai đã đại hội xong nhiệm kỳ 2022-2027.",
     '1090: "tính đến ngày 31-3, toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027 (chiếm tỷ lệ 62,88%)"'),
    ("1164_6cbdc75fc4cc", S,
     "Hơn một trăm đoàn viên, CNVC-LĐ quận Tân Bình (TP HCM) đã tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận tổ chức.",
     '1164: "Hơn 100 tình nguyện viên là đoàn viên Công đoàn, đoàn viên thanh niên và CNVC-LĐ quận Tân Bình, TP HCM vừa tham gia ngày hội hiến máu tình nguyện do LĐLĐ quận phối hợp ..."'),
    ("1189_e352b2061a84", S,
     "Đại hội thi đua yêu nước ngành Dệt May Việt Nam lần thứ VI đã tuyên dương 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu.",
     '1189: "khen thưởng ... gồm 10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến"'),
    ("387_4d721f20b60f", S,
     "Khoảng 1,3 nghìn doanh nghiệp bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động, theo Tổng LĐLĐ Việt Nam.",
     '387: "Có khoảng 1.300 doanh nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động."'),
    ("456_3f33960fbf03", S,
     "Mỗi căn Mái ấm Công đoàn trao cho đoàn viên xã Bình Trưng và xã Đông Hòa (huyện Châu Thành) được Quỹ hỗ trợ 30 triệu đồng.",
     '456: "Hai Mái ấm Công đoàn này đều được xây dựng từ nguồn kinh phí hỗ trợ của Quỹ “Mái ấm Công đoàn”, với mức hỗ trợ mỗi căn là 30 triệu đồng"'),
    ("548_fe351f429c57", S,
     "Chiến dịch Thanh niên tình nguyện hè 2022 đã thực hiện các công trình thanh niên với tổng kinh phí 444 tỷ đồng.",
     '548: "thực hiện hơn 26.400 ... công trình thanh niên các cấp, với tổng kinh phí là 444 tỉ đồng (tăng 61,96% so với năm 2021)". (549 gives only first-week figures: "hơn 4.000 công trình ... hơn 54 tỉ đồng")'),
    ("627_3078f9de4bd8", S,
     "Kỳ họp thứ Nhất HĐND huyện Bắc Quang khóa XXI triệu tập ba mươi lăm đại biểu.",
     '627: "số lượng đại biểu được triệu tập là 35 đại biểu"'),
    ("691_396a6e5ab481", S,
     "Theo kết quả rà soát năm 2021 theo chuẩn nghèo giai đoạn 2022-2025, tỉnh còn hơn 16 nghìn hộ nghèo.",
     '691: "Kết quả rà soát hộ nghèo năm 2021 theo chuẩn nghèo giai đoạn 2022 - 2025 cho thấy, tỉnh hiện có 16.006 hộ nghèo, chiếm tỷ tỷ lệ 4,93%" (province not named in the page)'),
    ("721_3e01bfb83e07", S,
     "Các công đoàn cơ sở của huyện Thạch Thất hiện có hơn 6 nghìn đoàn viên, công nhân lao động.",
     '721: "Huyện Thạch Thất hiện có 216 Công đoàn cơ sở (CĐCS) với trên 6.000 đoàn viên, công nhân lao động."'),
    ("967_240e5a455bbf", S,
     "Trong 9 tháng đầu năm 2024, các cấp công đoàn tỉnh Quảng Trị đã vận động thành lập mới 23 công đoàn cơ sở.",
     '967: "trong 9 tháng đầu năm 2024, ... tỉnh Quảng Trị đã vận động thành lập mới được 23 CĐCS"'),
    ("988_b4a1c9239923", S,
     "Tại chương trình “Tết Yêu thương”, Liên đoàn Lao động huyện Phú Lộc trao 160 suất quà cho đoàn viên, hội viên, người lao động khó khăn.",
     '988: "Ban tổ chức sẽ trao 160 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, hội viên, người lao động có hoàn cảnh khó khăn"'),

    # ---------------- differs ----------------
    ("074_3aedb58932be", D,
     "Tổng LĐLĐ Việt Nam đề nghị tặng Cờ thi đua của Chính phủ năm 2023 cho năm đơn vị xuất sắc dẫn đầu các cụm thi đua năm 2022, trong đó có LĐLĐ thành phố Hà Nội.",
     '074: "công nhận 3 đơn vị xuất sắc dẫn đầu các cụm thi đua ... để đề nghị tặng Cờ thi đua của Chính phủ năm 2023"; "3 đơn vị tiêu biểu, xuất sắc nhất năm 2022, gồm: LĐLĐ thành phố Hà Nội ...". g.sh "(5|năm) đơn vị xuất sắc": no hit.'),
    ("091_e664206785ba", D,
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ hai giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì tổng cộng 25 triệu đồng.",
     '091: "Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng." g.sh "25 triệu": only unrelated (048 Mái ấm La Phù, 545, 793).'),
    ("094_a583a5e0c0ff", D,
     "Cùng với các công đoàn cơ sở, 54 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ TP Hà Nội đã tổ chức xong đại hội nhiệm kỳ 2023-2028.",
     '094: "hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028". g.sh "54 công đoàn": no hit.'),
    ("1004_3bfcfe4709c1", D,
     "Công đoàn Giáo dục Việt Nam đã trao 31 phần quà cho cán bộ, giáo viên, người lao động ngành giáo dục tỉnh Tiền Giang có hoàn cảnh khó khăn.",
     '1004: "Công đoàn giáo dục Việt Nam đã trao tặng 13 phần quà cho cán bộ, giáo viên và người lao động trong ngành giáo dục tỉnh Tiền Giang". g.sh "31 phần quà": only 686 ("131 phần quà", another district).'),
    ("1022_494a5a54453e", D,
     "Trong đại dịch Covid-19, Liên đoàn Lao động huyện Đan Phượng đã phát miễn phí 5.400 chiếc khẩu trang cho công nhân lao động.",
     '1022: "Liên đoàn Lao động huyện đã phát miễn phí 4.500 chiếc khẩu trang và 1.200 chai nước sát khuẩn". g.sh "5[. ]?400": no hit.'),
    ("1090_69990cd1ff80", D,
     "Đến ngày 31/3/2022, Đồng Nai có 164 Hội Cựu chiến binh cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027.",
     '1090: "toàn tỉnh có 144/229 Hội CCB cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2022-2027". g.sh "164": only a plan number (590 "Kế hoạch số 164/KH-LĐLĐ") and image names.'),
    ("109_ef0d90601316", D,
     "Vụ gãy sàn nâng tại tòa nhà số 16 Nguyễn Công Trứ (quận Hai Bà Trưng) ngày 30/7 đã làm năm công nhân tử vong.",
     '109: "sập giàn cẩu khiến 4 người tử vong"; "Hậu quả, 3 người tử vong tại chỗ, anh Đặng Đình Thắng ... đã tử vong sau đó." 282 agrees: "gia đình 4 nạn nhân tử vong". g.sh "(5|năm) (người|công nhân)...(tử vong|thiệt mạng|chết)": no hit.'),
    ("1165_0f422ded738f", D,
     "Đợt hiến máu hưởng ứng “Lễ hội Xuân hồng” năm 2019 do LĐLĐ thành phố Bến Tre phối hợp tổ chức sáng 6/12/2019 thu được 48 đơn vị máu.",
     '1165: "hưởng ứng chiến dịch “Lễ hội Xuân hồng” năm 2019 được 84 đơn vị máu" (signed "LĐLĐ thành phố Bến Tre"). g.sh "48 đơn vị máu": no hit.'),
    ("1189_e352b2061a84", D,
     "Tập đoàn và Công đoàn Dệt May Việt Nam đã khen thưởng 170 cá nhân điển hình tiên tiến tại Đại hội thi đua yêu nước lần thứ VI của ngành.",
     '1189: "10 tập thể điển hình tiên tiến, 24 cá nhân điển hình tiên tiến xuất sắc tiêu biểu và 107 cá nhân điển hình tiên tiến". g.sh "170 cá nhân": no hit.'),
    ("131_9505fced1fdf", D,
     "Từ năm 2015 đến nay, Liên đoàn Lao động Hà Nội đã hỗ trợ 12 nhà “Mái ấm Công đoàn” cho công nhân Công ty TNHH MTV Môi trường đô thị Hà Nội.",
     '131: "Từ năm 2015 đến nay, LĐLĐ Thành phố đã hỗ trợ 20 nhà Mái ấm công đoàn cho CNLĐ của Công ty có hoàn cảnh đặc biệt khó khăn về nhà ở". g.sh "12 (nhà|căn)": no hit.'),
    ("290_4173905edbcf", D,
     "Ngày 9/2, đoàn công tác huyện Mê Linh đã thăm hỏi, động viên hơn 180 công nhân lao động thuê trọ tại thị trấn Quang Minh và Chi Đông không về quê đón Tết.",
     '290: "đoàn công tác đã tới động viên, thăm hỏi 148 công nhân lao động đang làm việc tại các doanh nghiệp trên địa bàn huyện thuê trọ tại Thị trấn Quang Minh và Thị trấn Chi Đông". g.sh "184" / Mê Linh: no other count of this visit.'),
    ("340_450a27d2144e", D,
     "Nghị quyết Đại hội Công đoàn TP.HCM lần thứ XII, nhiệm kỳ 2023-2028 đề ra 15 chỉ tiêu.",
     '340: "Nghị quyết Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII, nhiệm kỳ 2023 - 2028 đã đề ra với 12 chỉ tiêu, 3 khâu đột phá, 3 chương trình trọng tâm". g.sh "15 chỉ tiêu": no hit.'),
    ("548_fe351f429c57", D,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2022, tỉnh Lâm Đồng duy trì các đội hình với khoảng 2.700 tình nguyện viên.",
     '548: "toàn tỉnh đã duy trì được 75 đội hình thanh niên tình nguyện với 1.704 tình nguyện viên" (Lâm Đồng, hè 2022). g.sh "2[. ]?704" and Lâm Đồng: no other count.'),
    ("646_0880c908b49f", D,
     "Liên đoàn Lao động tỉnh Đồng Nai đã phân bổ 3.200 vé xe miễn phí cho đoàn viên, người lao động về quê đón Tết trong chương trình “Chuyến xe Tết đoàn viên - Xuân 2026”.",
     '646: "Hiện Liên đoàn Lao động tỉnh đã phân bổ 2.200 vé xe miễn phí cho đoàn viên, NLĐ tại các khu công nghiệp." g.sh "3[. ]?200 vé": no hit (500 has "15.000 vé xe", 466 "1.794 công nhân", other programmes).'),
    ("710_a049db02602c", D,
     "Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên đi dự Đại hội MTTQ tỉnh lần thứ XV, nhiệm kỳ 2019-2024 gồm tám đại biểu.",
     '710: "Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương." g.sh "(8|tám) đại biểu": hits only on 128/548/268/218 đại biểu of other congresses.'),
    ("967_240e5a455bbf", D,
     "9 tháng đầu năm 2024, công đoàn các cấp tỉnh Quảng Trị kết nạp 1.141 đoàn viên ở những nơi đã có công đoàn cơ sở.",
     '967: "kết nạp 1.411 đoàn viên ở những nơi đã có CĐCS". g.sh "1[. ]?141": no hit.'),

    # ---------------- not_found ----------------
    ("061_072ce816bda9", N,
     "Bảo hiểm xã hội Hà Nội đã giải quyết hỗ trợ cho 120.000 người lao động theo Nghị quyết 68/NQ-CP.",
     '061 counts only "100% viên chức trực tiếp làm công tác này" trained; no count of workers supported. g.sh "Nghị quyết (số )?68|Nghị quyết 68": only 061.'),
    ("268_c31d3d87a6f9", N,
     "Trong đợt thi đua cao điểm thứ nhất năm 2022 (đến 31/5), các cấp Công đoàn TP Hà Nội đã kết nạp 9.500 đoàn viên mới.",
     '268 describes the two đợt cao điểm of 2022 (to 31/5/2022; 1/6-31/7/2022) but gives no count. g.sh "Lớp đoàn viên|kết nạp [0-9.]+ đoàn viên" and "(kết nạp|phát triển) ... đoàn viên": corpus/002 (KCN-CX Hà Nội, 1.052, other date), 666 (a province, 2021, 8.865), 933, 967 (Quảng Trị), 217 (Thái Nguyên target) - none is Hà Nội đợt 1 năm 2022.'),
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI đã bầu 49 ủy viên vào Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     '299 gives only "3 ngày làm việc". Corpus counts delegates of Đại hội XVI (092 "550 đại biểu chính thức", 242 "546 đại biểu") - another counted noun. g.sh "(bầu|gồm) [0-9]+ (đồng chí|ủy viên)" and "[0-9]+ ... Ban Chấp hành": only Đảng bộ HN khóa XVI (103, 74 người), Tổng LĐLĐ, ngành Xây dựng - no count of BCH LĐLĐ TP khóa XVI.'),
    ("331_94f105eec540", N,
     "Năm 2023, Quỹ trợ vốn CNVCLĐ nghèo Thủ đô đã cho 1.500 lượt đoàn viên vay vốn phát triển kinh tế gia đình.",
     '331 gives no loan count. g.sh "Quỹ trợ vốn|Quỹ Trợ vốn": 643 "Tính đến hết tháng 8-2020 ... giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn" (cumulative to 8-2020, not 2023); corpus/002 (Thanh Trì, 12/2024, 17 đoàn viên); 1022 (Đan Phượng, 62 đoàn viên).'),
    ("404_1248682899d1", N,
     "Lễ phát động Tháng Nhân đạo năm 2019 của Hội Chữ thập đỏ Hà Nội có gần 1.000 hội viên, tình nguyện viên diễu hành.",
     'Another edition: 404 counts "Gần 1000 hội viên, tình nguyện viên" for Tháng Nhân đạo 2018. g.sh "Tháng Nhân đạo (năm )?2019|nhân đạo.{0,40}2019": no hit; other pages are 2018 (405), 2021 (406), 2022 (460, 503, 506), 2024 (407).'),
    ("669_af4c2de1f3b5", N,
     "Đại hội Công đoàn cơ sở Sở Giao thông vận tải lần thứ 21 đã bầu 9 ủy viên Ban Chấp hành nhiệm kỳ 2023-2028.",
     '669 says only "bầu ra BCH mới" with no number. g.sh "Sở Giao thông vận tải": 127, 693 (Hà Nội, other events) - no count.'),
    ("712_694777b452ec", N,
     "Đại hội đại biểu MTTQ Việt Nam TP Hà Nội lần thứ XVIII đã hiệp thương cử 140 vị vào Ủy ban MTTQ Việt Nam thành phố khóa mới.",
     '712 counts "6 chương trình hành động; 3 khâu đột phá". 713 counts "363 đại biểu chính thức" and "Đoàn Chủ tịch Đại hội gồm 17 vị; Đoàn Thư ký ... 2 vị" - other counted nouns. g.sh "[0-9]+ (vị|ủy viên) ... Ủy ban MTTQ" only 588/715 (district level).'),
    ("771_462f2b2f6129", N,
     "Giải bóng đá nam trong CNVCLĐ tỉnh Nam Định năm 2024 có 16 đội tham gia tranh tài.",
     '771 only mentions "tổ chức Giải bóng đá nam trong công nhân, viên chức, lao động năm 2024" (no count). g.sh "bóng đá": 046 (Cúp Báo LĐTĐ 2015, 18 đội), 336, 1193 - other tournaments; g.sh "Nam Định": only 985 (list of provinces).'),
    ("816_99327ccdb464", N,
     "Trong 6 tháng đầu năm 2024, ngành Nội vụ tỉnh đã tuyển dụng 250 công chức, viên chức.",
     '816 counts only "điểm cầu 18 huyện, thị xã, thành phố". g.sh "Nội vụ": 163 (Sở Nội vụ HN, 3.200 doanh nghiệp thưởng Tết), 001 (250 cán bộ công đoàn tập huấn, Công đoàn Viên chức VN - another counted noun), none counts recruitment.'),
    ("979_5010ac31af5f", N,
     "Đại hội đại biểu MTTQ Việt Nam huyện Phú Tân nhiệm kỳ 2019-2024 có 180 đại biểu chính thức tham dự.",
     '979 only states "100% đại biểu tán thành" at the hội nghị lần thứ 15 khóa VIII and that the Đại hội 2019-2024 is being prepared. g.sh "Phú Tân": 793 (Huyện Đoàn, 2023) - no delegate count.'),
    ("1165_0f422ded738f", N,
     "Đợt hiến máu hưởng ứng “Lễ hội Xuân hồng” năm 2020 của LĐLĐ thành phố Bến Tre thu được 120 đơn vị máu.",
     'Another edition: 1165 counts 84 đơn vị máu for "Lễ hội Xuân hồng" năm 2019 (06/12/2019). g.sh "Xuân hồng": only 1165.'),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        # straight double quotes -> single quotes so no field needs CSV quoting
        fields = [unicodedata.normalize("NFC", x).replace('"', "'") for x in (page_id, verdict, claim, why)]
        assert not any(("\t" in x or "\n" in x) for x in fields)
        rows.append(fields)
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page


if __name__ == "__main__":
    main()
