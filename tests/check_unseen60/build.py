#!/usr/bin/env python3
"""Build claims.tsv for the blind `ldtd check` test set (unseen60).

Plain Python: csv + unicodedata only. Each claim states ONE counted figure.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("116_23da69714914", S,
     "Hà Nội đã bầu đủ 105 đại biểu Hội đồng nhân dân thành phố khóa XV, nhiệm kỳ 2016 - 2021.",
     "116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021' (117 agrees: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này')."),
    ("1262_0d7b4435464f", S,
     "Công đoàn viên Trường mầm non Dương Xá đã góp bảy mươi lăm thùng mì ủng hộ nhân dân vùng lũ huyện Gia Lâm sau bão Yagi.",
     "1262: 'sôi nổi tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng' (spelled-out 75)."),
    ("1264_b265cd9ba4c3", S,
     "Dịp Tết, Liên đoàn Lao động TP.HCM trao 300 phần quà cho các gia đình CNVC-LĐ khó khăn không có điều kiện về quê đón Tết.",
     "1264: 'LĐLĐ Thành phố Hồ Chí Minh trao 300 phần quà ... cho các gia đình CNVC-LĐ có hoàn cảnh khó khăn, không có điều kiện về quê đón Tết'."),
    ("175_f6210ee9dddf", S,
     "Trong số đại biểu dự Đại hội Công đoàn Việt Nam, đại biểu nữ chiếm khoảng 37%.",
     "175: 'đại biểu là nữ chiếm 37,05%' (khoảng 37% ~ 37,05%). Page does not name the congress number (context: after 10 years of Luật Công đoàn 2012 -> Đại hội XIII), so the claim does not either."),
    ("218_e908280305f2", S,
     "Công đoàn ngành Giáo dục do bà Nguyễn Ngọc Huyền làm Chủ tịch tổ chức các phong trào thi đua năm học 2019-2020 thành 2 đợt.",
     "218: 'Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt' (Chủ tịch Công đoàn ngành Giáo dục Nguyễn Ngọc Huyền; province not named on page)."),
    ("278_ca99d72144c8", S,
     "Hơn một nghìn công nhân lao động đã tham dự buổi đối thoại giữa lãnh đạo TP Hà Nội với công nhân các KCN&CX Hà Nội năm 2016.",
     "278: 'dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội' (hơn một nghìn = hơn 1000)."),
    ("302_e632789ca4af", S,
     "Trước khi thành lập công đoàn, Trường Mầm non Hoa Trạng Nguyên (quận Long Biên) đã thống nhất bầu ba đồng chí vào Ban vận động thành lập Công đoàn cơ sở.",
     "302 body: 'trường đã thống nhất bầu 3 đồng chí vào Ban vận động thành lập Công đoàn cơ sở để tuyên truyền, vận động, thu nhận đơn xin gia nhập Công đoàn' (spelled-out ba = 3). The '5 đồng chí' BCH figure is only in the headline, so not used."),
    ("395_89358d4aa43a", S,
     "Bộ Công Thương tập trung vào 5 nội dung trọng tâm khi thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
     "395: 'Bộ Công Thương đã phối hợp ... thực hiện đồng bộ Cuộc vận động. Trong đó, tập trung vào 5 nội dung trọng tâm: (i)...(v)'."),
    ("551_de5cd76ae6d9", S,
     "Nhân lễ phát động Tháng Công nhân năm 2024 ở Hà Nội, 200 công nhân lao động đã được khám sức khỏe miễn phí.",
     "551: 'Cũng nhân dịp này, 200 công nhân lao động được khám sức khỏe miễn phí' (lễ phát động 19/4/2024)."),
    ("588_606ca33f8ac4", S,
     "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 đã hiệp thương bầu thay thế 9 ủy viên Ủy ban MTTQ huyện khóa IX, nhiệm kỳ 2019 - 2024.",
     "588: 'Hội nghị cũng hiệp thương bầu thay thế 09 Ủy viên Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 - 2024' (09 = 9; district not named on page)."),
    ("665_f0f8f1ca19c0", S,
     "Từ đầu năm 2022, công đoàn các cấp tỉnh An Giang đã kết nạp mới hơn 5,1 nghìn đoàn viên.",
     "665: 'các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%' (hơn 5,1 nghìn ~ 5.124)."),
    ("765_7c01839cdb34", S,
     "Năm 2020, các công đoàn cơ sở ở Gia Lai đã chăm lo cho đoàn viên, người lao động bằng quà, hiện vật và tiền với tổng trị giá gần 3.000 triệu đồng.",
     "765: 'tổng số quà, hiện vật và tiền trị giá gần 3 tỷ đồng' (gần 3.000 triệu ~ gần 3 tỷ)."),
    ("806_f8e0ca12c449", S,
     "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh đã ký quyết định điều động, bổ nhiệm bốn lãnh đạo sở, ngành.",
     "806: 'ký các quyết định về việc điều động, bổ nhiệm 4 lãnh đạo sở, ngành và đơn vị trực thuộc UBND tỉnh' (971 same event, no count: 'nhiều cán bộ lãnh đạo')."),

    # ---------------- differs ----------------
    ("116_23da69714914", D,
     "Ông Nguyễn Đức Chung trúng cử đại biểu HĐND TP Hà Nội khóa XV với tỷ lệ phiếu bầu cao nhất, hơn 98%.",
     "116: 'tỷ lệ phiếu bầu cao nhất là ông Nguyễn Đức Chung ... với tỷ lệ 95,18%'. g.sh 'Nguyễn Đức Chung.{0,150}%|98%': only 116."),
    ("1212_1bec97bc06dc", D,
     "Đoàn kiểm tra do Chủ tịch Liên đoàn Lao động huyện Lý Hồng Ngọc làm trưởng đoàn đã kiểm tra 36 công đoàn cơ sở trường học trong năm học 2021 - 2022.",
     "1212: 'kiểm tra xong ... các chỉ tiêu được giao của 48/48 Công đoàn cơ sở trường học, năm học 2021 – 2022'. g.sh '48/48|36 công đoàn': 863 has '36 công đoàn cơ sở vững mạnh' (CĐVC tỉnh, another org/noun), not the checked schools."),
    ("1228_50a78b7fda9b", D,
     "Sáng 24/8, hơn 800 cán bộ, công nhân Công ty TNHH Sakurai Việt Nam đã tham gia hiến máu nhân đạo.",
     "1228: 'thu hút sự tham gia của 400 tình nguyện viên là cán bộ, CNLĐ Công ty TNHH Sakurai Việt Nam'. g.sh '800 (cán bộ|công nhân|CNLĐ|người)': only 196 (1.800 cán bộ, unrelated). 347 'hơn 600 đoàn viên' is LĐLĐ TP HCM, another event."),
    ("1262_0d7b4435464f", D,
     "Số mì Công đoàn trường MN Dương Xá ủng hộ vùng lũ Gia Lâm sau bão số 3 có tổng trị giá 15 triệu đồng.",
     "1262: '75 thùng mì trị giá 9 triệu Việt Nam đồng'. g.sh '15 triệu': 091, 144, 231 - other orgs/things."),
    ("1264_b265cd9ba4c3", D,
     "Mỗi phần quà Tết mà LĐLĐ Thành phố Hồ Chí Minh trao cho gia đình CNVC-LĐ khó khăn không về quê đón Tết trị giá 2 triệu đồng.",
     "1264: 'mỗi phần gồm quà và tiền mặt trị giá 1 triệu đồng'. g.sh for TP.HCM + quà: no other page states a per-gift value for this occasion (626 is 1,3 triệu, quận Tân Phú, another event)."),
    ("128_4d3aad482add", D,
     "Chủ tịch Công đoàn Xây dựng Việt Nam đã tặng 50 suất quà cá nhân cho công nhân vệ sinh môi trường Chi nhánh Hai Bà Trưng dịp Tết.",
     "128: 'dành tặng 30 suất quà cá nhân gồm 1 triệu đồng và túi quà Tết'. g.sh '30 suất|50 suất': 50 suất only in 518, 642 (other orgs/events)."),
    ("175_f6210ee9dddf", D,
     "Đại biểu là đảng viên chiếm hơn 85% tổng số đại biểu dự Đại hội Công đoàn Việt Nam.",
     "175: 'đại biểu là đảng viên chiếm 78,43%'. g.sh '85%|85,': only unrelated pages (152, 595, 706, 863)."),
    ("256_c48309a5740b", D,
     "Công đoàn ngành Giáo dục Hà Nội tổ chức phong trào thi đua năm 2019 theo bốn đợt.",
     "256: 'tổ chức phát động phong trào thi đua trong năm 2019 theo 3 đợt' (Đợt 1, 2, 3 listed). g.sh '(4|bốn) đợt': only 544 (ra quân vệ sinh). 218 'hai đợt' is another org's năm học 2019-2020."),
    ("278_ca99d72144c8", D,
     "Trong 31 vấn đề công nhân lao động các KCN&CX Hà Nội kiến nghị năm 2016, mới có 15 vấn đề được giải quyết.",
     "278: '22/31 vấn đề kiến nghị năm 2016 đã được giải quyết' (a line in the body, reads as a sub-heading). g.sh '15 vấn đề|15/31': nothing."),
    ("302_e632789ca4af", D,
     "Đại hội Công đoàn Trường Mầm non Hoa Trạng Nguyên khóa I có sự có mặt của 45 cán bộ, giáo viên, nhân viên nhà trường.",
     "302: 'sự có mặt của 30 cán bộ, giáo viên, nhân viên Trường Mầm non Hoa Trạng Nguyên'. g.sh '45 cán bộ': only 966 (VNA, unrelated)."),
    ("337_b563439ef734", D,
     "Ngày hội văn hóa thể thao công nhân viên chức lao động huyện Hoài Đức năm 2020 có năm nội dung thi đấu.",
     "337: 'ngày hội văn hóa thể thao năm nay có 3 nội dung thi đấu: Nhẩy bao bố, Cầu lông và múa dân vũ'. g.sh '(5|năm) nội dung thi': only 464 '5 nội dung thi đua' (Tổng LĐLĐ 2024, another thing)."),
    ("396_10158d126817", D,
     "Năm 2024, Sở Văn hóa và Thể thao Hà Nội phát hành, chuyển bài phát thanh tuyên truyền Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tới 12 quận, huyện, thị xã.",
     "396: 'Phát hành và chuyển 30 quận, huyện, thị xã bài phát thanh tuyên truyền Cuộc vận động'. g.sh '12 quận': nothing."),
    ("551_de5cd76ae6d9", D,
     "Tại lễ phát động Tháng hành động ATVSLĐ và Tháng Công nhân 2024, lãnh đạo TP Hà Nội trao quà cho 300 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp.",
     "551: 'trao quà cho 100 công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp'. 220 (same ceremony) gives no count. 626 '300 công nhân được nhận quà tết' is quận Tân Phú TP.HCM, another event."),
    ("665_f0f8f1ca19c0", D,
     "Ngày 26/5/2022, Liên đoàn Lao động huyện Tịnh Biên trao quyết định kết nạp 45 đoàn viên mới tại xã An Cư.",
     "665: 'trao quyết định kết nạp mới 28 đoàn viên' (also 'chỉ tiêu 50/100 đoàn viên' for the district total). g.sh '45 đoàn viên': nothing."),
    ("765_7c01839cdb34", D,
     "Năm 2020, Liên đoàn Lao động tỉnh Gia Lai có 20 chỉ tiêu Nghị quyết đạt và vượt.",
     "765: 'Nhờ đó, 24/24 chỉ tiêu Nghị quyết của LĐLĐ tỉnh và Tổng LĐLĐ Việt Nam giao đều đạt và vượt'. g.sh '20 chỉ tiêu|20/24': nothing."),
    ("977_59366ad5b827", D,
     "Tại hội nghị công bố quyết định về công tác cán bộ của Ban Thường vụ Huyện ủy Vĩnh Lợi chiều 8/9, có năm đồng chí được trao quyết định nhận nhiệm vụ mới.",
     "977: 'có 3 đồng chí được trao quyết định nhận nhiệm vụ mới' and 'cả 3 đồng chí'. g.sh '(5|năm) đồng chí được': nothing."),

    # ---------------- not_found ----------------
    ("024_0d6b8f191cd9", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 9 năm 2025 đã vinh danh 40 nhà giáo.",
     "024 names the award (lần thứ 9 năm 2025) with no count of honourees. g.sh 'tâm huyết, sáng tạo': 120 has '40 nhà giáo dự chung khảo' (lần thứ 6, 2022 - another edition, and finalists, not winners; teaser line); 064 '26 giáo viên' (LĐLĐ quận Đống Đa). g.sh 'lần thứ 9|lần thứ IX': nothing else on this award."),
    ("037_69ea9a40be4e", N,
     "Tại kỳ họp thứ 9 Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI, bà Bùi Huyền Mai được bầu làm Chủ tịch với 98,5% số phiếu.",
     "037 reports the election but no vote share. g.sh 'Bùi Huyền Mai' and 'Huyền Mai.{0,200}phiếu': no vote count or % anywhere (273, 336, 622, 711, 712 are other roles/events)."),
    ("1228_50a78b7fda9b", N,
     "Chương trình hiến máu nhân đạo tại Công ty TNHH Sakurai Việt Nam ngày 24/8 đã thu được 350 đơn vị máu.",
     "1228 counts volunteers (400) only, no units of blood. g.sh 'Sakurai': only 1228. 'đơn vị máu' appears in 347 (558, LĐLĐ TP HCM), 608, 460, 689, 1151 - other events/provinces."),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký 1.250 sáng kiến hưởng ứng Chương trình 1 triệu sáng kiến.",
     "181 gives only the programme name ('1 triệu sáng kiến') and '2 đợt'. g.sh 'Sóc Sơn.{0,80}sáng kiến|sáng kiến.{0,80}Sóc Sơn': 180 (teaser title), corpus 002 (Sóc Sơn listed among units with many initiatives, no count)."),
    ("353_d8f30a786bd0", N,
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với tỷ lệ phiếu 97,6%.",
     "353 reports the election, no vote share. g.sh 'Khang.{0,200}phiếu|phiếu.{0,100}Khang': nothing. 174 counts '168 ủy viên Ban Chấp hành ... khóa XIII' (members, not votes)."),
    ("807_4c859601563b", N,
     "Đoàn đại biểu Liên hiệp Công đoàn Thế giới do ông George Mavrikos dẫn đầu sang Hà Nội tháng 3/2016 gồm 25 thành viên.",
     "807 gives no size of the delegation (only 'Đại hội Công đoàn thế giới lần thứ 17', an ordinal). g.sh 'Mavrikos|Liên hiệp Công đoàn Thế giới|Hội đồng Chủ tịch': only 807 and 100 (a title)."),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến ngày 31/8/2025, Hội LHPN tỉnh Vĩnh Long hỗ trợ xóa 200 căn nhà tạm, nhà dột nát cho hội viên, phụ nữ.",
     "1152 mentions 'chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ' with no number. g.sh 'nhà tạm': 690 (MTTQ, no LHPN count); g.sh 'Vĩnh Long': 867 '3 căn nhà mái ấm công đoàn' (LĐLĐ tỉnh, 2022 - other org, other year, other noun)."),
    ("499_a6b3abf9d8de", N,
     "Năm 2023, Liên đoàn Lao động tỉnh Phú Yên phấn đấu kết nạp 3.000 đoàn viên mới.",
     "499: focus on 'phát triển đoàn viên, thành lập công đoàn cơ sở' with no target. g.sh 'Phú Yên': only 499 and corpus 001 (tourism). 217 '53 nghìn đoàn viên' is Thái Nguyên 2018-2023."),
    ("251_4e75d2d2ed81", N,
     "Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây tối 10/11/2024 có khoảng 1.500 đại biểu và nhân dân tham dự.",
     "251 lists named guests only; '75 cơ quan, đơn vị, doanh nghiệp' is a related-article teaser (LĐLĐ thị xã Sơn Tây văn hóa giao thông). g.sh '100 năm thành lập thị xã|555 năm' and 'Sơn Tây.{0,150}(đại biểu|người)': no attendance count."),
    ("719_204fad637490", N,
     "Buổi họp mặt kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh do Đoàn Phường 7 tổ chức có 120 đoàn viên thanh niên tham dự.",
     "719 gives no attendance count. g.sh 'Đoàn Phường 7|phường 7': only 719. 'Tháng Thanh niên|92 năm': 391, 469, 513, 549, 644 (Thành đoàn Hà Nội / national / TP HCM), 524 (92 năm Công đoàn) - other orgs."),
    ("521_6b26fbbdeca6", N,
     "Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020 - 2025 đã bầu 55 ủy viên Ban Chấp hành Đảng bộ tỉnh.",
     "521 reports only that Ngô Đông Hải was re-elected secretary. g.sh 'Thái Bình': 106, 493 (substring), 985 - none counts this congress."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x) for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    c = Counter(r[1] for r in rows)
    print(len(rows), dict(c), "pages:", len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
