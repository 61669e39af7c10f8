# Builds claims.tsv (NFC, sorted by page_id). Plain Python: csv + unicodedata only.
import csv
import unicodedata

P = "/work/main/tests/dev/pages/"
CLAIMS = [
    # ---------------- supported ----------------
    ("046_6c553dd46b50", "supported",
     "Giải bóng đá mini CNVCLĐ và lực lượng vũ trang tranh Cúp Báo Lao động Thủ đô lần thứ nhất năm 2015 có mười tám đội bóng tham gia tranh tài.",
     "046_6c553dd46b50: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài' (also 'cùng 18 đội bóng'); spelled-out mười tám = 18."),
    ("048_7da6b798d214", "supported",
     "Liên đoàn Lao động thành phố Hà Nội hỗ trợ 20 triệu đồng để sửa chữa \"Mái ấm Công đoàn\" cho đoàn viên Đào Bích Hà ở huyện Hoài Đức.",
     "048_7da6b798d214: 'bàn giao “Mái ấm Công đoàn” cho đoàn viên Đào Bích Hà ... số tiền trị giá 25 triệu đồng, trong đó LĐLĐ thành phố hỗ trợ sửa chữa 20 triệu đồng'."),
    ("1105_fd04a28fb480", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX được tổ chức với ba trăm sáu mươi đại biểu tham dự.",
     "1105_fd04a28fb480: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa lần thứ XX được tổ chức với sự tham dự của 360 đại biểu'."),
    ("1146_b2735544a76a", "supported",
     "Chợ Tết Công đoàn tỉnh Tây Ninh đầu năm 2025 quy tụ trên 40 gian hàng nhu yếu phẩm, hàng tiêu dùng cho công nhân.",
     "1146_b2735544a76a: 'Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng' (Chợ Tết Công đoàn Tây Ninh 02-05/01/2025)."),
    ("189_db25eb366620", "supported",
     "Tại lễ phát động Tháng hành động ATVSLĐ năm 2019, Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018.",
     "189_db25eb366620 (body): 'Công đoàn ngành Xây dựng Hà Nội đã khen thưởng 38 tập thể, 37 cá nhân có thành tích xuất sắc trong phong trào ATVSLĐ năm 2018'."),
    ("286_3ffc37599066", "supported",
     "Theo thống kê, toàn thành phố Hà Nội hiện có khoảng 270 nghìn doanh nghiệp.",
     "286_3ffc37599066: 'hiện có khoảng 270.000 doanh nghiệp, với trên 2,7 triệu lao động'."),
    ("333_b974af218aab", "supported",
     "Trong số đoàn viên Công đoàn ngành Giáo dục Hà Nội, nữ chiếm hơn 80%.",
     "333_b974af218aab: 'Công đoàn ngành có 187 Công đoàn cơ sở trực thuộc với hơn 12.000 đoàn viên, trong đó hơn 80% đoàn viên nữ'."),
    ("550_47914fdae7e5", "supported",
     "Trung ương Đoàn đặt chỉ tiêu trồng mới ít nhất 6 triệu cây xanh trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
     "550_47914fdae7e5: 'Một số chỉ tiêu Trung ương Đoàn đặt ra gồm: ... trồng mới ít nhất 6 triệu cây xanh' (Chiến dịch TNTN hè 2023)."),
    ("595_5935e954d4b4", "supported",
     "Theo LĐLĐ tỉnh Bình Dương, dịp Tết Mậu Tuất 2018, lao động ngoài tỉnh chiếm khoảng 85% lực lượng lao động của tỉnh.",
     "595_5935e954d4b4: 'toàn tỉnh hiện có trên 1 triệu người lao động, trong đó lao động ngoài tỉnh chiếm khoảng 85%'."),
    ("643_63b39ed01884", "supported",
     "Quỹ Trợ vốn CNVC-LĐ nghèo Thủ đô của LĐLĐ TP Hà Nội đã kiểm tra công tác sau vay vốn tại 69 công đoàn cơ sở.",
     "643_63b39ed01884: 'quỹ đã xây dựng kế hoạch và triển khai kiểm tra công tác sau vay vốn tại 69 Công đoàn cơ sở'."),
    ("699_c94abe293db6", "supported",
     "Mỗi suất quà lãnh đạo Đảng, Nhà nước gửi tặng người lao động khó khăn huyện Kon Plông dịp Tết Ất Tỵ 2025 trị giá một triệu ba trăm nghìn đồng.",
     "699_c94abe293db6: 'đã gửi tặng 22 suất quà cho các đoàn viên và người lao động có hoàn cảnh khó khăn trên địa bàn huyện Kon Plông. Mỗi suất quà trị giá 1.300.000 đồng'."),
    ("718_ae869d03ab67", "supported",
     "Sau 10 năm thực hiện Nghị quyết 28 của Ban Thường vụ Thành ủy, Hải Phòng đã phát triển được hơn 213 nghìn đoàn viên công đoàn.",
     "718_ae869d03ab67: 'thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên' (hơn 213 nghìn ~ 213.724)."),
    ("927_dd7e9c379454", "supported",
     "Đợt 7-11-2025, Đảng bộ phường Phú Thọ (TPHCM) có 12 đảng viên được trao tặng Huy hiệu Đảng.",
     "927_dd7e9c379454: 'Dịp này, Đảng bộ phường Phú Thọ có 12 đồng chí được trao tặng Huy hiệu Đảng' (Lễ trao Huy hiệu Đảng đợt ngày 7-11)."),
    # ---------------- differs ----------------
    ("091_e664206785ba", "differs",
     "Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ tổng cộng 25 triệu đồng cho hai giáo viên mầm non mắc bệnh hiểm nghèo ở Mỹ Đức và Ba Vì.",
     "091_e664206785ba: 'Công đoàn ngành giáo dục Thành phố Hà Nội đã hỗ trợ hai thầy, cô giáo 15 triệu đồng' (15 vs 25). g.sh '25 triệu' hits only other occasions (048 Hoài Đức mái ấm etc.), none about this visit."),
    ("1105_fd04a28fb480", "differs",
     "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 được bầu gồm 55 đồng chí.",
     "1105_fd04a28fb480: 'kết quả bầu Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa nhiệm kỳ 2025–2030 gồm 49 đồng chí' (49 vs 55). 1086 gives 44 for khóa XIX (another edition); g.sh '55 đồng chí' no Thanh Hóa hit."),
    ("1146_b2735544a76a", "differs",
     "Tại lễ khai mạc Chợ Tết Công đoàn 2025, Chủ tịch LĐLĐ tỉnh Tây Ninh đã trao 250 phần quà cho công nhân khó khăn và bị tai nạn lao động.",
     "1146_b2735544a76a: 'trao tặng 150 phần quà trị giá 1 triệu đồng mỗi phần cho công nhân có hoàn cảnh khó khăn và bị tai nạn lao động' (150 vs 250). g.sh '250 phần quà' no hit."),
    ("154_9d6a311843f2", "differs",
     "Nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, các cấp Công đoàn quận Phú Nhuận đã trao 300 sổ tiết kiệm cho đoàn viên khó khăn.",
     "154_9d6a311843f2: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn' (221 vs 300). 'sổ tiết kiệm' occurs only on this page."),
    ("169_990fba4964f3", "differs",
     "Đại hội Công đoàn Giáo dục Việt Nam lần thứ XV đã bầu Ban Chấp hành khóa XV, nhiệm kỳ 2018-2023 gồm 45 đồng chí.",
     "169_990fba4964f3: 'bầu Ban Chấp hành Công đoàn Giáo dục Việt Nam khóa XV, nhiệm kỳ 2018 - 2023 gồm 36 đồng chí' (36 vs 45). g.sh 'Công đoàn Giáo dục Việt Nam' no other BCH count."),
    ("282_cf806c00183e", "differs",
     "Liên đoàn Lao động TP Hà Nội đã trao hỗ trợ mỗi nạn nhân tử vong trong vụ sập giàn giáo tại số 16 Nguyễn Công Trứ số tiền 5 triệu đồng.",
     "282_cf806c00183e: 'đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn Lao động thành phố' (3 vs 5 triệu; LĐLĐ Chương Mỹ gave 1.000.000). g.sh 'nạn nhân': 294 has 5 triệu/người bị thương nặng for a different accident."),
    ("392_56541455e9b1", "differs",
     "Chiến dịch Thanh niên tình nguyện hè năm 2022 của Thành đoàn Hà Nội triển khai 15 đội hình chuyên cấp thành phố.",
     "392_56541455e9b1: 'triển khai 9 đội hình chuyên cấp thành phố' (9 vs 15). g.sh 'đội hình chuyên': only 318 (12 đội hình, chiến dịch 2015, another edition)."),
    ("464_7e784f258933", "differs",
     "Theo Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang, phong trào thi đua năm 2024 dự kiến chia thành ba đợt.",
     "464_7e784f258933: 'phong trào thi đua năm 2024 dự kiến chia thành 2 đợt' (2 vs 3). g.sh '3 đợt|ba đợt': only 256 (CĐCS 2019), not Tổng LĐLĐ 2024."),
    ("510_791395671be2", "differs",
     "Chương trình Tết Nhân ái tại xã Chân Mây - Lăng Cô đã trao 450 suất quà cho hộ nghèo, cận nghèo và người yếu thế.",
     "510_791395671be2: 'ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 800.000 đồng, với tổng giá trị 240 triệu đồng' (300 vs 450). g.sh '450 suất' no hit."),
    ("523_1cd6d816c1b9", "differs",
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định mười cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.",
     "523_1cd6d816c1b9: 'LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX' (14 vs mười=10)."),
    ("601_191d90e3f2ed", "differs",
     "Tổng Liên đoàn Lao động Việt Nam sẽ hỗ trợ 350 nghìn đoàn viên, người lao động tham gia Chợ Tết Công đoàn trực tuyến Xuân 2026.",
     "601_191d90e3f2ed: 'Tổng LĐLĐ Việt Nam sẽ hỗ trợ 200.000 đoàn viên, người lao động (500.000 đồng/người); tổng số tiền hỗ trợ là 100 tỉ đồng' (200.000 vs 350.000). g.sh '350.000|350 nghìn': only 550 (350.000 thiếu nhi, TNTN 2023)."),
    ("643_63b39ed01884", "differs",
     "Tính đến hết tháng 8/2020, Quỹ Trợ vốn CNVC-LĐ nghèo Thủ đô đã giải ngân cho khoảng 3.000 đoàn viên, CNVC-LĐ vay vốn.",
     "643_63b39ed01884: 'đã giải ngân gần 44 tỉ đồng, giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn' (2.040 vs khoảng 3.000). Other Quỹ trợ vốn pages (331, 1022, corpus 002) give no borrower total near 3.000."),
    ("681_4a0a266e2954", "differs",
     "Hội Chữ thập đỏ tỉnh Gia Lai đã trao 150 suất quà Tết Bính Ngọ cho các hộ dân xã Canh Vinh.",
     "681_4a0a266e2954: 'đã trao 100 suất quà (mỗi suất gồm quà và 500.000 đồng tiền mặt) cho các hộ dân' at Canh Vinh (100 vs 150). g.sh 'Canh Vinh' only this page."),
    ("714_18fc7812c675", "differs",
     "Phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII, nhiệm kỳ 2025-2030 có khoảng 600 đại biểu tham dự.",
     "714_18fc7812c675: 'phiên thứ nhất Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.Hà Nội lần thứ XVII, nhiệm kỳ 2025 - 2030, với sự tham dự của 435 đại biểu' (435 vs khoảng 600: outside rounding). g.sh '600 đại biểu|500 đại biểu' no Hà Nội Đoàn hit."),
    ("718_ae869d03ab67", "differs",
     "Qua 10 năm thực hiện Nghị quyết 28, Hải Phòng đã thành lập được 1.600 tổ chức công đoàn trong các loại hình doanh nghiệp ngoài nhà nước.",
     "718_ae869d03ab67: 'thành lập được 1146 tổ chức công đoàn, phát triển 213.724 đoàn viên' (1.146 vs 1.600). g.sh 'Hải Phòng.{0,200}công đoàn' only this page."),
    ("886_ba844443b672", "differs",
     "Tại Khánh Hòa, mức thưởng Tết Bính Ngọ cao nhất ở khối doanh nghiệp FDI được ghi nhận là 500 triệu đồng.",
     "886_ba844443b672: 'khối doanh nghiệp có vốn đầu tư nước ngoài đang dẫn đầu về mức thưởng Tết Âm lịch cao nhất ... Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng' (350 vs 500). g.sh 'Khánh Hòa.{0,100}triệu' only this page."),
    ("927_dd7e9c379454", "differs",
     "Trong đợt trao Huy hiệu Đảng ngày 7-11, phường Phú Thọ có 6 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.",
     "927_dd7e9c379454: 'Huy hiệu 30 năm tuổi Đảng có 4 đồng chí' (4 vs 6). Other wards: 934 Tân Phú 4 (30 năm), 928 Đức Nhuận — other organisations."),
    # ---------------- not_found ----------------
    ("009_9bbc26544534", "not_found",
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu Ban Chấp hành gồm 31 đồng chí.",
     "009 names the congress but counts nothing (no delegates, no BCH size). g.sh 'Y tế Hà Nội|ngành Y tế': 118 (3.225 cá nhân 'Người tốt việc tốt' 2019), 144 (15 triệu hỗ trợ) — other counted things; no BCH size for Y tế Hà Nội anywhere."),
    ("031_571a7feb6ded", "not_found",
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức tham dự.",
     "031 (XII congress) gives no delegate count. g.sh 'Công Thương Hà Nội': 132 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... 200 đại biểu chính thức' = another edition (XI, earlier term); not the XII congress."),
    ("042_f42eb6196e49", "not_found",
     "Năm 2018, LĐLĐ thành phố Hà Nội đã tuyên dương 90 Công nhân giỏi Thủ đô.",
     "90 Công nhân giỏi Thủ đô is for 2019 (042 title/caption). g.sh 'Công nhân giỏi Thủ đô': 2018 ceremony only mentioned (004) without a count; 100 for 2022/2023 (041, 075, 076, 186, corpus 000/003). Another year -> not counted."),
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội Văn hóa - Thể thao năm 2019 của Công đoàn quận Long Biên có 32 đội tham dự.",
     "243 mentions 'cờ lưu niệm cho các đội tham dự' but never counts teams (its headline counts 1.400 đoàn viên, another noun). g.sh 'Long Biên.{0,200}đội|Văn hóa - Thể thao': no team count."),
    ("303_3afb6ef3386b", "not_found",
     "Liên đoàn Lao động huyện Gia Lâm hiện có hơn 200 công đoàn cơ sở trực thuộc.",
     "303 gives only 93 năm / 44 năm (anniversaries). g.sh 'Gia Lâm' + grep of 051/255/296: no count of CĐCS or đoàn viên for Gia Lâm."),
    ("392_56541455e9b1", "not_found",
     "Chiến dịch Thanh niên tình nguyện hè năm 2022 của Thành đoàn Hà Nội thu hút hơn 50.000 lượt đoàn viên, thanh niên tham gia.",
     "392 counts programmes (5), đội hình (9), chỉ tiêu (14), not participants. 318 has '50 nghìn lượt người' for the 2015 campaign (another edition). g.sh '(tình nguyện|TNTN).{0,150}2022.{0,150}(lượt|đoàn viên)': only 548 (Trung ương Đoàn, national 2022 campaign, gần 1,9 triệu) - another organisation; no Hà Nội participant count."),
    ("594_2969d737d0fc", "not_found",
     "Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam khóa XIII có 165 ủy viên.",
     "594 counts Phó Chủ tịch (4) and '100% Ủy viên ... có mặt' (a share, not a count). 980 (same khóa, 2024 kiện toàn) gives no BCH size. g.sh 'Phụ nữ Việt Nam khóa XIII|Hội Liên hiệp Phụ nữ Việt Nam' no member count."),
    ("671_a130219f5c5a", "not_found",
     "Đại hội Công đoàn Ngân hàng Việt Nam lần thứ VII, nhiệm kỳ 2023-2028 có 300 đại biểu chính thức tham dự.",
     "671 counts 3.500 người lao động of BAC A BANK, 1.009 CĐCS and 9 CĐ cấp trên cơ sở, not delegates. g.sh 'đại biểu chính thức': 300 appears for 571 and 742 (other congresses), none for Ngân hàng."),
    ("714_18fc7812c675", "not_found",
     "Đại hội Đoàn TNCS Hồ Chí Minh TP Hà Nội lần thứ XVII đã bầu Ban Chấp hành Thành đoàn khóa XVII gồm 61 đồng chí.",
     "714 counts 435 đại biểu and '16 kỳ đại hội', not BCH members. g.sh 'Thành đoàn Hà Nội khóa XVII|Hà Nội lần thứ XVII': no BCH size (corpus 000 hits are the Công đoàn congress)."),
    ("727_39665a0e6638", "not_found",
     "Lễ ra quân chiến dịch Thanh niên tình nguyện hè 2020 của Thành đoàn Đà Nẵng có hơn 1.500 thanh niên tham gia.",
     "727: 'hơn 1.500 thanh niên tỉnh Quảng Bình' attended the central launch in Quảng Bình (another place/occasion); the Đà Nẵng launch (28.6) counts 500 lá cờ, 20 tủ thuốc, 2 hệ thống lọc nước, 5 camera, not participants."),
    ("886_ba844443b672", "not_found",
     "Mức thưởng Tết Bính Ngọ bình quân tại các doanh nghiệp tỉnh Tây Ninh là 8 triệu đồng/người.",
     "886 gives only the highest (600 triệu Tây Ninh, 350 triệu Khánh Hòa) and the lowest (0,1 triệu) bonus, not an average. g.sh 'thưởng Tết.{0,100}bình quân|bình quân.{0,100}thưởng': no hit."),
]


def main():
    rows = []
    for pid, verdict, claim, why in CLAIMS:
        assert verdict in ("supported", "differs", "not_found"), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (pid, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("/work/unseen124/claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
