#!/usr/bin/env python3
"""Build claims.tsv for the blind unseen46 claim set (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("083_310dcb0ef093", S,
     "Khi đón nhận Huân chương Hồ Chí Minh lần thứ ba vào năm 2019, tổ chức Công đoàn Việt Nam có gần 10,5 triệu đoàn viên.",
     '083: "tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên" (lễ kỷ niệm 90 năm, 28.7.2019)'),
    ("086_ba1892a61737", S,
     "Hội nghị biểu dương người tốt, việc tốt của TP Hà Nội năm 2023 có sự tham dự của 858 điển hình tiên tiến của Thủ đô.",
     '086: "858 điển hình tiên tiến năm 2023 của Thủ đô đại diện cho hàng vạn cá nhân "Người tốt, việc tốt""'),
    ("1104_5bd345c8ded7", S,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu làm Chủ tịch UBND tỉnh với 67/67 đại biểu có mặt tán thành.",
     '1104: "Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La"'),
    ("206_cfb5f4dd4354", S,
     "Chiến dịch 90 ngày đêm làm sạch dữ liệu đất đai theo Kế hoạch 252 của Hà Nội sẽ hoàn thiện cơ sở dữ liệu tại 126 xã, phường.",
     '206: "chiến dịch sẽ hoàn thiện toàn bộ cơ sở dữ liệu đất đai tại 126 đơn vị cấp xã của thành phố Hà Nội"'),
    ("493_b4e13aabbfd4", S,
     "Trong quý II/2022, lực lượng lao động từ 15 tuổi trở lên của cả nước đạt khoảng 51,6 triệu người.",
     '493: "Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người"'),
    ("642_ac0065628b07", S,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, TP Hội An đã trao tặng năm mươi suất quà cho trẻ em có hoàn cảnh khó khăn.",
     '642: "TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)" (30.5.2022)'),
    ("668_19df4eea3b66", S,
     "Đợt trao quà Tết Nhâm Dần 2022 của Liên đoàn Lao động tỉnh Trà Vinh tại thị xã Duyên Hải có tổng kinh phí 45 triệu đồng.",
     '668: "Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà ... mỗi phần trị giá 300.000 đồng, tổng kinh phí đợt trao quà trị giá 45.000.000 đồng"'),
    ("777_a4af8b647861", S,
     "Tỉnh đoàn đặt chỉ tiêu trong Tháng Thanh niên 2024 có 5 nghìn lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện.",
     '777: "Tháng Thanh niên năm 2024 được Tỉnh đoàn xác định một số chỉ tiêu trọng tâm, như: ... 5.000 lượt đoàn viên, thanh niên được tham gia các hoạt động tình nguyện"'),
    ("829_5c8b05de4877", S,
     "Tại lễ ra quân chiến dịch Hành quân xanh 2024, Tỉnh Đoàn Long An đã trao các công trình và quà với tổng trị giá gần 200 triệu đồng.",
     '829: "trao tặng 1 Công trình ... 1 công trình ... và 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng"'),
    ("930_456c87ad3771", S,
     "Mỗi đoàn viên khó khăn về nhà ở nhận biển Mái ấm Công đoàn ngày 25/5/2021 được LĐLĐ tỉnh hỗ trợ 40 triệu đồng.",
     '930: "Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng" (Chiều ngày 25/5/2021)'),
    ("992_ad068b3db8db", S,
     "Qua phong trào thi đua, các công đoàn cơ sở thuộc Công đoàn Viên chức TP HCM đã thực hiện 121 công trình.",
     '992: "Qua phát động thi đua, đã có 68 CĐ cơ sở thực hiện 121 công trình"'),
    ("589_5739e8816785", S,
     "Hội nghị hiệp thương lần thứ nhất của Ủy ban MTTQ tỉnh Hậu Giang thống nhất giới thiệu 14 người ứng cử đại biểu Quốc hội khóa XV.",
     '589: "Hội nghị đã thống nhất giới thiệu 14 đại biểu (trong đó cơ cấu kết hợp 6 đại biểu nữ) tham gia ứng cử để lấy đủ 6 đại biểu"'),
    ("1050_ae670c71dab7", S,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân đã trao quyết định chỉ định cho tám Công đoàn phường thuộc khu vực Bình Dương cũ.",
     '1050: "Tại tổ công tác số 4, ông Phạm Trọng Nhân ... đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ"'),

    # ---------------- differs ----------------
    ("074_3aedb58932be", D,
     "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã công nhận 5 đơn vị xuất sắc dẫn đầu các cụm thi đua năm 2022 để đề nghị tặng Cờ thi đua của Chính phủ.",
     '074: "công nhận 3 đơn vị xuất sắc dẫn đầu các cụm thi đua ... để đề nghị tặng Cờ thi đua của Chính phủ năm 2023"; grep "5 đơn vị|năm đơn vị" -> only unrelated (252, 733, 1042)'),
    ("086_ba1892a61737", D,
     "Năm 2023, thành phố Hà Nội vinh danh 12 \"Công dân Thủ đô ưu tú\".",
     '086: "trong đó có 10 "Công dân Thủ đô ưu tú" là những hạt nhân tiêu biểu nhất" (năm 2023); grep "Công dân Thủ đô ưu tú" -> only 086; "12 Công dân|mười hai" -> nothing relevant'),
    ("103_bc0c6e0f50d9", D,
     "Ban Thường vụ Thành ủy Hà Nội khóa XVI, nhiệm kỳ 2015-2020, gồm 15 đồng chí.",
     '103: "Ban Thường vụ Thành ủy khóa XVI gồm 16 đồng chí"; grep "Thường vụ Thành ủy.{0,40}15|15 đồng chí" -> only 963 (BCH Công đoàn phường Thuận Giao)'),
    ("112_a56b33b2aa7d", D,
     "Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà, huyện Đan Phượng chiều 8/9/2018 đã làm ba người thiệt mạng.",
     '112: "một vụ sập giàn giáo ... tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương"; grep "3 người|ba người (thiệt mạng|chết|tử vong)" -> 109, 111, 294 (other accidents: Quốc Oai, vận thăng, sàn nâng)'),
    ("330_366ec9c69fea", D,
     "Anh Nghiêm Mạnh Hoành, công nhân Công ty CP Xích líp Đông Anh được LĐLĐ TP Hà Nội thăm hỏi, bị tỷ lệ thương tật 61% sau tai nạn lao động.",
     '330: "anh Nghiêm Mạnh Hoành (bị chấn thương hỏng mắt trái, tỷ lệ thương tật 41%)"; grep "61 ?%" -> nothing'),
    ("404_1248682899d1", D,
     "Gần 2.000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô đã tham dự lễ phát động \"Tháng Nhân đạo\" 2018 tại tượng đài Lý Thái Tổ.",
     '404: "Gần 1000 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự sự kiện" / "trên 1000 cán bộ, hội viên, tình nguyện viên"; grep "2\\.?000 (hội viên|người|cán bộ)" -> only 173, 761 (unrelated)'),
    ("446_764438fb9bbb", D,
     "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn TP HCM lần thứ I do LĐLĐ TP HCM phát động được chia làm bốn giai đoạn.",
     '446: "Đợt thi đua được chia làm 3 giai đoạn"; grep "4 giai đoạn|bốn giai đoạn" -> nothing'),
    ("513_cfb6b8b3f3d6", D,
     "Tháng Thanh niên năm 2020 của Thành đoàn Hà Nội được Ban Thường vụ Thành đoàn cụ thể hóa bằng 10 nội dung hoạt động.",
     '513: "được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động"; grep "10 nội dung|mười nội dung" -> nothing'),
    ("594_2969d737d0fc", D,
     "Hội nghị lần thứ nhất Ban Chấp hành Hội LHPN Việt Nam khóa XIII ngày 10/3/2022 đã bầu 5 Phó Chủ tịch.",
     '594: "hội nghị cũng bầu 4 Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"; grep "[35] Phó Chủ tịch" -> only 330, 844 (other bodies); 980 (Hội LHPN VN khóa XIII kiện toàn) gives no count'),
    ("628_c53b3d02e9d1", D,
     "Ông Thịnh Văn Huyên được bầu làm Chủ tịch UBND huyện Nga Sơn với số phiếu 39/39.",
     '628: "giữ chức vụ Chủ tịch UBND huyện Nga Sơn nhiệm kỳ 2021 - 2026 với số phiếu bầu 34/34 phiếu, đạt 100%"; grep "39/39" -> nothing'),
    ("668_19df4eea3b66", D,
     "Dịp Tết Nhâm Dần 2022, LĐLĐ tỉnh Trà Vinh đã trao 200 phần quà cho đoàn viên, công nhân lao động khó khăn tại các doanh nghiệp thị xã Duyên Hải.",
     '668: "Liên đoàn Lao động tỉnh đã trao tặng 150 phần quà cho đoàn viên công đoàn" (LĐLĐ thị xã Duyên Hải: 100 phần quà); grep "200 phần quà" -> 602, 907, 983 only (other events)'),
    ("728_911221c21d93", D,
     "Năm 2021, huyện Đại Lộc có 12 cơ quan, đơn vị xếp thứ nhì trong phong trào thi đua cụm đồng bằng của tỉnh.",
     '728: "6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3"; grep "12 cơ quan" -> nothing'),
    ("777_a4af8b647861", D,
     "Trong Tháng Thanh niên năm 2024, Tỉnh đoàn đặt chỉ tiêu đoàn viên, thanh niên trồng mới 2.000 cây xanh.",
     '777: "1.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới"; grep "2\\.?000 cây" -> nothing'),
    ("867_79224beef844", D,
     "LĐLĐ tỉnh Vĩnh Long phối hợp LĐLĐ huyện Long Hồ bàn giao 5 căn nhà mái ấm công đoàn nhân kỷ niệm 100 năm ngày sinh Thủ tướng Võ Văn Kiệt.",
     '867: "bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa"; grep "5 căn nhà|năm căn nhà" -> 078, 468 only (other)'),
    ("889_093a5732a7fa", D,
     "Huyện ủy Đô Lương đã quyết định luân chuyển chín cán bộ tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     '889: "Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ"; grep "9 cán bộ|chín cán bộ" -> only 576 (tuyên dương cán bộ CĐ)'),
    ("982_1255496940da", D,
     "Tại chương trình \"Tết sum vầy\" năm 2020 của LĐLĐ huyện Tam Đường, LĐLĐ tỉnh đã trao 35 suất quà cho đoàn viên khó khăn.",
     '982: "tại chương trình "Tết sum vầy" năm 2020, LĐLĐ tỉnh đã trao 25 suất quà, LĐLĐ huyện trao 8 xuất quà"; grep "35 suất" -> only 907 (35 suất học bổng)'),

    # ---------------- not_found ----------------
    ("010_61b58bc23f9e", N,
     "Đại hội đại biểu Đảng bộ cơ quan Liên đoàn Lao động thành phố Hà Nội lần thứ XXV, nhiệm kỳ 2020-2025 có 120 đại biểu chính thức tham dự.",
     '010 only describes decorations (pa nô, băng rôn), no delegate count. grep "XXV" -> 010 + unrelated (Công đoàn ngành Giáo dục XXV, Đảng bộ Ba Đình XXVI 268 đại biểu, Đống Đa XXVIII); grep "Đảng bộ cơ quan (LĐLĐ|Liên đoàn)" -> 002, 205, 340 (tổng kết, no delegate count)'),
    ("203_1d5ba7406036", N,
     "Công đoàn ngành Xây dựng Hà Nội hiện có hơn 20 nghìn đoàn viên.",
     '203 gives no membership figure. grep "ngành Xây dựng.{0,80}[0-9.]+ đoàn viên" -> nothing for this union (054: 159 đoàn viên supported after bão Yagi, a different counted noun; 239: 191 đại biểu / 21 ủy viên BCH of the same congress, not members); 172 lists ngành GTVT etc.'),
    ("268_c31d3d87a6f9", N,
     "Trong đợt cao điểm thứ nhất năm 2022, kết thúc ngày 31/5, các cấp Công đoàn TP Hà Nội đã kết nạp hơn 5.100 đoàn viên mới.",
     '268 announces the two đợt cao điểm but gives no admission count. grep "kết nạp.{0,60}(2022|tháng 5|tháng Năm)" -> 268 (no number) and 665 ("các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên" - another province); "Lớp đoàn viên" -> only 268'),
    ("429_77bd108c7618", N,
     "Tại hội nghị tổng kết 10 năm thực hiện Nghị quyết 20 ở Đà Lạt, Công đoàn CAND đã khen thưởng 25 tập thể có thành tích xuất sắc.",
     '429 is a 3-line stub with no award count. grep "CAND" -> only 429; "Công an nhân dân" -> 167 (Ban Công đoàn CAND person), 715 (unrelated); "Nghị quyết (số )?20" -> 030, 286 (Hà Nội 15 năm, no CAND count)'),
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 400 nghìn hội viên.",
     '632 (GLO, Phó Chủ tịch UBND tỉnh Lâm Hải Giang) gives only the 95-year anniversary, no membership count. grep "Gia Lai.{0,100}hội viên|hội viên.{0,100}Gia Lai" -> nothing; member counts in corpus are other bodies (621 huyện Vạn Ninh 29.000 hội viên, 985 Nông dân Nghệ An, 1089 Tiền Giang)'),
    ("824_7a712711c760", N,
     "Lễ phát động Tháng hành động về An toàn, vệ sinh lao động năm 2022 của LĐLĐ quận 3 và Tập đoàn Xây dựng Hòa Bình có 500 công nhân tham dự.",
     '824 gives no attendance figure. grep "quận 3" -> 824 and 545 (Hội LHPN Quận 3, 600 tác phẩm) only'),
    ("982_1255496940da", N,
     "Tại chương trình \"Tết sum vầy\" năm 2021, LĐLĐ huyện Tam Đường trao 8 suất quà cho đoàn viên có hoàn cảnh khó khăn.",
     'Another edition: 982 counts "Tết sum vầy" năm 2020 ... LĐLĐ huyện trao 8 xuất quà"; grep "Tam Đường" -> only 982, no 2021 edition'),
    ("493_b4e13aabbfd4", N,
     "Số người có việc làm trong quý II năm 2022 của cả nước là 50,6 triệu người.",
     '493 says only "Lực lượng lao động, số người có việc làm quý II năm 2022 tăng so với quý trước" without a value (its only figure is lực lượng lao động 51,6 triệu). grep "có việc làm" -> 173 ("năm 2025, cả nước có khoảng 52 triệu người có việc làm" - another year), 138, 1211 (unrelated)'),
    ("330_366ec9c69fea", N,
     "Phó Chủ tịch LĐLĐ TP Hà Nội Nguyễn Huy Khánh đã trao hỗ trợ 10 triệu đồng cho mỗi công nhân Công ty CP Xích líp Đông Anh bị tai nạn lao động.",
     '330 gives no amount for the two injured workers; its only money figure is for another group: "trao 5 suất quà (trị giá 3 triệu đồng tiền mặt và 1 túi quà) cho cho 5 công nhân lao động có hoàn cảnh khó khăn". grep "Huy Khánh" -> other events (000, 049, 050, 280...), none with this support'),
    ("867_79224beef844", N,
     "Mỗi căn nhà mái ấm công đoàn do LĐLĐ tỉnh Vĩnh Long bàn giao tại huyện Long Hồ được hỗ trợ 50 triệu đồng.",
     '867 gives no value per house. grep "Vĩnh Long" -> 867, 1152, 1192 (no money); "50 triệu" -> 520 ("hỗ trợ 50 triệu đồng/căn" - LĐLĐ tỉnh at Long Điền/Đất Đỏ, Bà Rịa-Vũng Tàu, 2020), 1221 (Cư M\'gar), 454 (Đà Nẵng), 491 (Hòa Vang) - other provinces'),
    ("992_ad068b3db8db", N,
     "Công đoàn Viên chức TP HCM đã khen thưởng 3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2016.",
     'Another year: 992 counts "3 cá nhân đạt Giải thưởng Tôn Đức Thắng năm 2015"; grep "Tôn Đức Thắng" -> 108 (11 cá nhân năm 2018, city-wide), 827 (university); no 2016'),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        assert not any(("\t" in x or "\n" in x) for x in (page_id, claim, why))
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    print(len(rows), dict(c), "pages:", len(pages), "max/page:", max(pages.values()))


if __name__ == "__main__":
    main()
