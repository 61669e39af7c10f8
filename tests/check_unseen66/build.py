# Claim set for ldtd check, written blind to the checker.
# plain Python: csv + unicodedata only. Writes claims.tsv (NFC, sorted by page_id).
import csv
import unicodedata

P = "tests/dev/pages/"
CLAIMS = [
    # ---------------- supported ----------------
    ("048_7da6b798d214", "supported",
     "Trong kinh phí sửa nhà “Mái ấm Công đoàn” cho đoàn viên Đào Bích Hà ở xã La Phù, Liên đoàn Lao động thành phố Hà Nội đã hỗ trợ 20 triệu đồng.",
     "048_7da6b798d214: 'bàn giao “Mái ấm Công đoàn” cho đoàn viên Đào Bích Hà ... trị giá 25 triệu đồng, trong đó LĐLĐ thành phố hỗ trợ sửa chữa 20 triệu đồng'"),
    ("1141_9d4943b7be3d", "supported",
     "Tại kỳ họp thứ nhất, HĐND TP Kon Tum khóa XII đã bầu ba mươi hai Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026.",
     "1141_9d4943b7be3d: 'bầu Hội thẩm Tòa án nhân dân thành phố nhiệm kỳ 2021-2026 gồm 32 người' (spelled-out 32)"),
    ("1144_3a7da2e087d5", "supported",
     "Theo Ủy ban MTTQ huyện Đức Trọng (Lâm Đồng), địa bàn huyện hiện vẫn còn hơn 1,1 nghìn hộ cận nghèo.",
     "1144_3a7da2e087d5 (Tháng cao điểm Vì người nghèo 2023): 'trên địa bàn huyện Đức Trọng hiện nay vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo'"),
    ("1168_4ac4afe82df2", "supported",
     "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi có hơn 5.400 đoàn viên.",
     "1168_4ac4afe82df2 (tổng kết năm 2015): 'Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%)'"),
    ("154_9d6a311843f2", "supported",
     "Nhân dịp kỷ niệm ngày thành lập Công đoàn Việt Nam năm 2024, các cấp Công đoàn quận Phú Nhuận (TP.HCM) đã trao hơn 220 sổ tiết kiệm cho đoàn viên khó khăn, mắc bệnh hiểm nghèo.",
     "154_9d6a311843f2: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn, mắc bệnh nan y, hiểm nghèo'"),
    ("156_c3fa0faf2e36", "supported",
     "Theo báo cáo của Bộ LĐ-TB&XH, nửa đầu năm 2023 cả nước có gần 3.300 người bị nạn do tai nạn lao động.",
     "156_c3fa0faf2e36: '6 tháng đầu năm 2023, toàn quốc đã xảy ra hơn 3.201 vụ tai nạn lao động ... làm 3.262 người bị nạn'. Note 155_8bd30a04750c gives full-year 2023 (7.553 người bị nạn) — other period; claim says nửa đầu năm."),
    ("237_e9e86887473f", "supported",
     "Đại hội Công đoàn quận Hai Bà Trưng lần thứ XIX, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức về dự.",
     "237_e9e86887473f: 'về dự Đại hội còn có 200 đại biểu chính thức đại diện cho trên 20.000 đoàn viên Công đoàn trong toàn quận'"),
    ("452_1672f5c17921", "supported",
     "Các Công đoàn cấp trên trực tiếp cơ sở ở Hà Nội đã vận động 1650 chủ nhà trọ miễn, giảm tiền thuê cho người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452_1672f5c17921: 'các Công đoàn cấp trên trực tiếp cơ sở ... vận động 1.650 chủ nhà trọ miễn, giảm tiền thuê từ 30-100%'; same figure in 451_c6d73f9b5d4e"),
    ("609_dfc9aa12900d", "supported",
     "Trong chiến dịch “Hành quân xanh” năm 2024, Thành đoàn Hà Nội đã ra mắt năm đội hình thanh niên tình nguyện.",
     "609_dfc9aa12900d: 'Ban tổ chức cũng ra mắt 5 đội hình tình nguyện trong chiến dịch \"Hành quân xanh\"' (also 5 for Kỳ nghỉ hồng)"),
    ("686_f487be2c2a94", "supported",
     "Chương trình quay số may mắn dịp “Vui xuân Giáp Thìn - Đón Tết đoàn viên” của Công đoàn Công ty TNHH May mặc Triple Việt Nam có tổng giá trị giải thưởng hơn 250 triệu đồng.",
     "686_f487be2c2a94: '534 công nhân đã được nhận các giải thưởng ... với tổng trị giá các giải thưởng hơn 253 triệu đồng trong chương trình quay số may mắn'"),
    ("687_78fa76c436ef", "supported",
     "Chương trình “Chợ Tết Công đoàn - Xuân 2026” trực tuyến của Tổng LĐLĐ Việt Nam dự kiến hỗ trợ hai trăm nghìn người lao động.",
     "687_78fa76c436ef: 'Theo dự kiến, có 200.000 người lao động được hỗ trợ từ chương trình ý nghĩa này'"),
    ("809_cc0d6dcdbae7", "supported",
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An (Hải Phòng) lần thứ VI đã bầu Ban Chấp hành gồm mười chín đồng chí.",
     "809_cc0d6dcdbae7: 'Đại hội đã bầu ra Ban Chấp hành Đoàn TNCS Hồ Chí Minh quận Kiến An gồm 19 anh, chị'"),
    ("829_5c8b05de4877", "supported",
     "Tại lễ ra quân chiến dịch “Hành quân xanh” 2024 ở huyện Vĩnh Hưng, Tỉnh Đoàn Long An đã trao 150 phần quà cho học sinh có hoàn cảnh khó khăn.",
     "829_5c8b05de4877: 'trao tặng ... và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng'"),

    # ---------------- differs ----------------
    ("048_7da6b798d214", "differs",
     "Trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 5 “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn.",
     "048_7da6b798d214: 'trong năm 2019, các cấp Công đoàn huyện Hoài Đức đã bàn giao 2 “Mái ấm Công đoàn”'. g.sh 'Mái ấm' + Hoài Đức: only 048; 049 (3 Mái ấm) is Sóc Sơn 2025."),
    ("1013_dd19fb48ab24", "differs",
     "Sau hơn một tuần triển khai, gần 50.000 đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đã đăng ký làm chiến sĩ Chiến dịch Xuân tình nguyện 2026.",
     "1013_dd19fb48ab24: 'sau hơn 1 tuần triển khai đã có gần 70.000 đoàn viên, thanh niên, học sinh, sinh viên đăng ký trở thành chiến sĩ Xuân tình nguyện'. g.sh '50[.,]000|50 nghìn': only 318 (Hà Nội hè 2015), unrelated."),
    ("1086_f219c7d82366", "differs",
     "Đại hội Đoàn tỉnh Thanh Hóa khóa XIX đã bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 20 đại biểu chính thức.",
     "1086_f219c7d82366: 'bầu đoàn đại biểu dự Đại hội Đoàn toàn quốc lần thứ XII gồm 14 đại biểu chính thức, 4 đại biểu dự khuyết'. g.sh '20 đại biểu chính thức': none; 1105 (khóa XX, 2025) gives no delegate count."),
    ("1141_9d4943b7be3d", "differs",
     "Tỷ lệ cử tri thành phố Kon Tum đi bỏ phiếu bầu đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026 đạt 95,2%.",
     "1141_9d4943b7be3d: 'tỷ lệ cử tri thành phố tham gia bỏ phiếu đạt 99,5%'. g.sh '95,2': none."),
    ("1144_3a7da2e087d5", "differs",
     "Tại lễ phát động Tháng cao điểm Vì người nghèo năm 2023, huyện Đức Trọng cho biết trên địa bàn còn hơn 800 hộ nghèo.",
     "1144_3a7da2e087d5: 'vẫn còn 533 hộ nghèo và 1.112 hộ cận nghèo'. g.sh '800 hộ': none; 610 (Đức Trọng 2022) has no household count."),
    ("1168_4ac4afe82df2", "differs",
     "Năm 2015, Công đoàn ngành Y tế Quảng Ngãi đã sửa chữa, xây mới nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn với tổng kinh phí 180 triệu đồng.",
     "1168_4ac4afe82df2: 'sửa chữa và xây mới 4 căn nhà “Mái ấm Công đoàn” ... với tổng kinh phí 130 triệu đồng'. g.sh '180 triệu': only 907 (Chữ thập đỏ, unrelated)."),
    ("154_9d6a311843f2", "differs",
     "LĐLĐ quận Phú Nhuận đã dành tổng cộng 120 triệu đồng cho các “Mái ấm Công đoàn” trao dịp kỷ niệm ngày thành lập Công đoàn Việt Nam năm 2024.",
     "154_9d6a311843f2: 'LĐLĐ quận cũng trao 2 \"Mái ấm Công đoàn\" tổng trị giá 80 triệu đồng'. g.sh '120 triệu': only 106 (thưởng sáng kiến), unrelated."),
    ("452_1672f5c17921", "differs",
     "Từ ngày 27/4, các cấp Công đoàn Thủ đô đã chăm lo, hỗ trợ cho hơn 174 nghìn đoàn viên, người lao động bị ảnh hưởng bởi dịch Covid-19.",
     "452_1672f5c17921: 'với số tiền trên 89, 441 tỷ đồng cho 147.603 đoàn viên, người lao động' (earlier report 451: 130.702). g.sh '174[.,]?[0-9]{3}|174 nghìn': none."),
    ("464_7e784f258933", "differs",
     "Theo Chủ tịch Nguyễn Đình Khang, phong trào thi đua năm 2024 của Tổng LĐLĐ Việt Nam dự kiến được chia thành ba đợt.",
     "464_7e784f258933: 'phong trào thi đua năm 2024 dự kiến chia thành 2 đợt'. g.sh '(3|ba) đợt': only 256 (CĐCS thi đua năm 2019), other year/org."),
    ("495_426cdd090149", "differs",
     "Lễ ra quân Chiến dịch Xuân tình nguyện năm 2026 của Thành Đoàn TP.HCM có hơn 6.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tham dự tại các điểm ra quân.",
     "495_426cdd090149: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên...'. g.sh '6[.,]000|6 nghìn': 107/500/666/721 etc., none about this event."),
    ("595_5935e954d4b4", "differs",
     "Dịp Tết Mậu Tuất 2018, khoảng 10.000 công nhân Bình Dương về quê đón Tết sẽ được đưa về bằng các “Chuyến xe nghĩa tình”.",
     "595_5935e954d4b4: 'khoảng 4.000 công nhân về quê đón Tết sẽ được đưa về bằng các \"Chuyến xe nghĩa tình\"'. g.sh '10[.,]000 công nhân|10 nghìn': none relevant (828 Bình Dương Xuân 2025: hơn 1.600, other year)."),
    ("609_dfc9aa12900d", "differs",
     "Lễ ra quân chiến dịch “Kỳ nghỉ hồng” và “Hành quân xanh” năm 2024 của Thành đoàn Hà Nội tại huyện Đông Anh có khoảng 2.000 đoàn viên, thanh niên tham gia.",
     "609_dfc9aa12900d: 'với sự tham gia của gần 1.000 đoàn viên, thanh niên'. g.sh '2[.,]000 đoàn viên|hai nghìn': only 333 (hơn 12.000), unrelated."),
    ("686_f487be2c2a94", "differs",
     "Tối 13-1, hơn 2.700 công nhân Công ty TNHH May mặc Triple Việt Nam (Củ Chi) đã tham gia chương trình “Vui xuân Giáp Thìn - Đón Tết đoàn viên”.",
     "686_f487be2c2a94: 'Tối 13-1, hơn 1.700 công nhân đã hào hứng tham gia chương trình \"Vui xuân Giáp Thìn - Đón Tết đoàn viên\"'. g.sh '2[.,]700|2,7 nghìn': none."),
    ("687_78fa76c436ef", "differs",
     "Mỗi người lao động tham gia “Chợ Tết Công đoàn - Xuân 2026” trực tuyến sẽ được Tổng LĐLĐ Việt Nam hỗ trợ 1 triệu đồng qua phiếu mua hàng điện tử.",
     "687_78fa76c436ef: 'với mức hỗ trợ là 500.000 đồng/người'. g.sh '1 triệu đồng/người|1 triệu đồng mỗi|1.000.000 đồng': 282/335/458/1129/1146/1149, all other programmes; 276 (LĐLĐ Hà Nội chợ Tết 2026) phiếu 500.000 đồng."),
    ("809_cc0d6dcdbae7", "differs",
     "Đại hội Đoàn quận Kiến An lần thứ VI đã bầu đoàn đại biểu dự Đại hội Đoàn thành phố Hải Phòng gồm mười hai đại biểu chính thức.",
     "809_cc0d6dcdbae7: 'bầu ra đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính thức và 3 đại biểu dự khuyết'. g.sh '12 đại biểu chính thức|mười hai': none relevant."),
    ("982_1255496940da", "differs",
     "Tại chương trình “Tết sum vầy” năm 2020 ở huyện Tam Đường, LĐLĐ tỉnh đã trao 40 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     "982_1255496940da: 'tại chương trình “Tết sum vầy” năm 2020, LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà'. g.sh '40 suất|40 xuất': 207, 509 (other events); 987 Hướng Hóa Tết sum vầy 2020 = 90 suất (other district)."),

    # ---------------- not_found ----------------
    ("1013_dd19fb48ab24", "not_found",
     "Chiến dịch Xuân tình nguyện 2025 của TP.HCM đã thu hút khoảng 35.000 chiến sĩ tham gia.",
     "Other edition. g.sh 'Xuân tình nguyện': 2026 (1013 gần 70.000 đăng ký; 495 hơn 4.000 ra quân; 519 phường Thủ Đức ~1.000) and 2024 (830: 'Xuân tình nguyện 2024 ... dự kiến thu hút 35.000 chiến sĩ'). No 2025 edition counted."),
    ("1086_f219c7d82366", "not_found",
     "Ban Chấp hành Tỉnh Đoàn Nghệ An khóa XVII, nhiệm kỳ 2022-2027 gồm 45 đồng chí.",
     "1086 only says Lê Văn Lương re-elected at 'Hội nghị lần thứ nhất Ban chấp hành Tỉnh Đoàn Nghệ An khóa XVII'; the 44/12 counts are Thanh Hóa. g.sh 'Nghệ An': no Tỉnh Đoàn Nghệ An BCH size anywhere; g.sh '45 đồng chí': none."),
    ("156_c3fa0faf2e36", "not_found",
     "Trong 6 tháng đầu năm 2024, cả nước xảy ra hơn 3.800 vụ tai nạn lao động.",
     "Other period. g.sh 'tai nạn lao động|vụ TNLĐ': counts only for 6 tháng 2023 (156: 3.201 vụ), năm 2023 (155: 7.394 vụ), quý II/2018 (112). 111 talks of năm 2024 without a national count. g.sh '3[.,]800': none."),
    ("595_5935e954d4b4", "not_found",
     "LĐLĐ tỉnh Bình Dương đã bố trí 39 chuyến xe đưa công nhân về quê đón Tết Mậu Tuất 2018.",
     "595 counts workers (khoảng 4.000), not buses. g.sh '39 chuyến': only 828 ('hơn 1.600 công nhân ... trên 39 Chuyến xe Công đoàn', Xuân 2025) — another year."),
    ("243_c554aeec7ee3", "not_found",
     "Ngày hội Văn hóa - Thể thao năm 2019 của Công đoàn quận Long Biên có 30 đội tham dự.",
     "243 mentions 'các đội tham dự Ngày hội' (caption) but gives no team count (headline: 1.400 đoàn viên). g.sh '30 đội': only 644 (30 đội hình trí thức trẻ TP.HCM); g.sh 'đội (bóng|tham dự|thi đấu)': 046 (18 đội bóng, giải Báo LĐTĐ), unrelated."),
    ("469_b49a6ebccc5d", "not_found",
     "Trong Chiến dịch Thanh niên tình nguyện hè 2023, Thành đoàn Hà Nội triển khai 9 đội hình chuyên cấp thành phố.",
     "Other edition. 469/692 (ra quân hè 2023, Hà Nội) give no đội hình count. g.sh '9 đội hình': only 392 ('Chiến dịch Thanh niên tình nguyện Hè năm 2022 ... triển khai 9 đội hình chuyên cấp thành phố'). 609 (2024): 5+5 đội hình."),
    ("802_331723d186da", "not_found",
     "Quận ủy Hai Bà Trưng đã trao Huy hiệu Đảng đợt 19/5 cho 284 đảng viên.",
     "Other occasion. 802 is Hoàn Kiếm đợt 19/5 (190 đảng viên). g.sh '284': only 803 ('Quận ủy Hai Bà Trưng trao tặng Huy hiệu Đảng cho 284 đảng viên', đợt 7/11/2023). No Hai Bà Trưng đợt 19/5 count."),
    ("1204_edc4cc477089", "not_found",
     "Đại hội Công đoàn trường THCS Lý Tự Trọng (quận Ngô Quyền) nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm 5 đồng chí.",
     "1204 says only 'bầu BCH Công đoàn mới' with no size. g.sh 'Lý Tự Trọng|Ngô Quyền': only 1204. g.sh '5 đồng chí': 302 (Mầm non Hoa Trạng Nguyên) and 593 — other unions."),
    ("181_e4c0aa4c078f", "not_found",
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký hơn 3.000 sáng kiến hưởng ứng chương trình sáng kiến của Tổng LĐLĐ Việt Nam.",
     "181 names the programme but counts no initiatives (only '2 đợt' thi đua). g.sh 'Sóc Sơn' + sáng kiến: 002 seed lists Sóc Sơn among units with high rates, no number; g.sh '3[.,]000 sáng kiến': none."),
    ("258_481de498caab", "not_found",
     "Trong Tháng Công nhân năm 2022, LĐLĐ quận Bắc Từ Liêm đã trao 300 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "258 has no gift count (only 'năm thứ 10 Tháng Công nhân'). g.sh 'Bắc Từ Liêm': 142 (khám sức khỏe 862 đoàn viên, undated, other activity), 002 seed (sáng kiến); g.sh '300 suất|300 phần': 509/510/626/748/1264 — other places."),
    ("980_cd45ce45629c", "not_found",
     "Tại hội nghị Ban Chấp hành Trung ương Hội LHPN Việt Nam chiều 6/3, có 150 ủy viên có mặt bỏ phiếu bầu bà Lê Thị Thủy làm Chủ tịch.",
     "980 gives only '100% Ủy viên Ban Chấp hành có mặt', no head count. 720: BCH khóa XIII 'gồm 155 đại biểu' (size at 2022 congress, not attendance); 594: 100% (2022). g.sh '150 ủy viên|150 đại biểu': none."),
]


def nfc(s):
    # ASCII double quotes would force CSV quoting; use single quotes instead
    return unicodedata.normalize("NFC", s).replace('"', "'")


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    print(len(rows), dict(Counter(r[1] for r in rows)))
    pc = Counter(r[0] for r in rows)
    assert max(pc.values()) <= 2, pc


if __name__ == "__main__":
    main()
