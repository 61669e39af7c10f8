#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check test set (unseen122).
Plain Python: csv + unicodedata only. Output is NFC-normalised and sorted by page_id."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("083_310dcb0ef093", S,
     "Trải qua 90 năm xây dựng và phát triển, Công đoàn Việt Nam đã tiến hành mười hai kỳ đại hội.",
     "083: \"90 năm xây dựng và phát triển, trải qua 12 kỳ đại hội, với các tên gọi khác nhau\" (spelled-out mười hai = 12)."),
    ("1047_2700ae405823", S,
     "Tại lễ tổng kết cuộc thi viết \"Gương sáng tiêu biểu ngành điện năm 2019\", Công đoàn Điện lực Việt Nam đã trao 10 giải khuyến khích cho các tác giả.",
     "1047: \"ban tổ chức đã trao 1 giải nhất, 2 giải nhì, 4 giải ba và 10 giải khuyến khích cho các tác giả\"."),
    ("108_8baf26df659f", S,
     "Sau 18 năm tổ chức, Giải thưởng Tôn Đức Thắng của TP HCM đã tôn vinh tổng cộng 191 kỹ sư và công nhân có sáng kiến, cải tiến trong công việc.",
     "108: \"Qua 18 năm tổ chức, giải thưởng đã tôn vinh 191 kỹ sư, công nhân có sáng kiến, cải tiến trong công việc\"."),
    ("1141_9d4943b7be3d", S,
     "Trong cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026, tỷ lệ cử tri TP Kon Tum đi bỏ phiếu đạt 99,5%.",
     "1141: \"tỷ lệ cử tri thành phố tham gia bỏ phiếu đạt 99,5%\" (thành phố Kon Tum)."),
    ("1154_9689d812bb52", S,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do Hội Chữ thập đỏ thành phố Tân Uyên tổ chức đã thu nhận 350 đơn vị máu.",
     "1154: \"ngày hội hiến máu tình nguyện đợt 4-2024 ... kết quả thu nhận 350 đơn vị máu\"."),
    ("1168_4ac4afe82df2", S,
     "Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi đã chi tổng cộng 130 triệu đồng để sửa chữa và xây mới nhà \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.",
     "1168: \"trong năm 2015 đã sửa chữa và xây mới 4 căn nhà 'Mái ấm Công đoàn' cho đoàn viên có hoàn cảnh khó khăn với tổng kinh phí 130 triệu đồng\"."),
    ("144_bc4e63c5ba65", S,
     "Công đoàn ngành Y tế Hà Nội đã trao 15 triệu đồng hỗ trợ thân nhân đoàn viên Trần Thị Thịnh, nạn nhân vụ cháy chung cư mini ở Khương Hạ.",
     "144: \"Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng cho thân nhân đoàn viên\" (đoàn viên Trần Thị Thịnh, vụ cháy chung cư mini tại Khương Hạ)."),
    ("159_1142eccb3eb0", S,
     "Năm học 2018-2019, các đề tài, sáng kiến kinh nghiệm của khối các trường đại học, cao đẳng Hà Nội được ứng dụng vào thực tế đã làm lợi hơn 9 tỷ đồng.",
     "159: \"khối các trường đại học, cao đẳng Hà Nội ... có 463 đề tài, sáng kiến kinh nghiệm được ứng dụng vào thực tế, làm lợi hơn 9 tỷ đồng\" (Năm học 2018-2019)."),
    ("252_f6a3b7378def", S,
     "Trong số các công đoàn cơ sở do LĐLĐ thị xã Sơn Tây trực tiếp quản lý, có 48 đơn vị thuộc khối trường học.",
     "252: \"LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở ... Trong đó, có 15 đơn vị khối xã, phường, 48 đơn vị trường học, 94 đơn vị doanh nghiệp ...\"."),
    ("406_e070ae5014f0", S,
     "Trong Tháng Nhân đạo năm 2021, Hội Chữ thập đỏ Việt Nam đặt mục tiêu đỡ đầu bảy trăm năm mươi hộ gia đình có hoàn cảnh khó khăn.",
     "406: \"Tháng Nhân đạo năm nay hướng tới các mục tiêu: ... đỡ đầu 750 hộ gia đình có hoàn cảnh khó khăn\" (năm 2021; spelled-out 750)."),
    ("462_4798a1189a9b", S,
     "Tại lễ phát động tháng cao điểm Vì người nghèo, Ủy ban MTTQ Việt Nam TP.HCM đã trao kinh phí xây nhà tình thương và tặng phương tiện sinh kế với tổng số tiền 2.300 triệu đồng.",
     "462: \"TP.HCM đã sử dụng Quỹ Vì người nghèo trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế ... với tổng số tiền 2,3 tỷ đồng\" (2.300 triệu = 2,3 tỷ)."),
    ("630_4a010a274cfc", S,
     "Có 196 đại biểu chính thức tham dự Đại hội Công đoàn ngành Y tế tỉnh Bến Tre lần thứ XI.",
     "630: \"cùng 196 đại biểu chính thức thuộc 25 CĐ cơ sở thay mặt cho 5.965 đoàn viên trong toàn ngành tham dự\" (Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI)."),
    ("761_0759299e56e8", S,
     "Chương trình \"Chợ Tết công đoàn năm 2023\" được Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam tổ chức tại 22 tỉnh, thành phố.",
     "761: \"'Chợ Tết công đoàn năm 2023'. Đây là chương trình được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tổ chức tại 22 tỉnh, thành phố\"."),

    # ---------------- differs ----------------
    ("050_d054ada0f9d5", D,
     "Căn nhà của đoàn viên Mai Thị Lương (Trường Mầm non Cổ Đô, huyện Ba Vì) được hỗ trợ sửa chữa qua chương trình \"Mái ấm Công đoàn\" có tổng trị giá khoảng 180 triệu đồng.",
     "050: \"Căn nhà có tổng diện tích 80m², trị giá trên 118 triệu đồng\" -> claimed khoảng 180 triệu is off. g.sh '180 triệu': only 907 (Hội Chữ thập đỏ công trình nhân đạo, 'từ 50 triệu đồng đến trên 180 triệu đồng/đơn vị'), another thing."),
    ("083_310dcb0ef093", D,
     "Khi kỷ niệm 90 năm Ngày thành lập vào năm 2019, Công đoàn Việt Nam có khoảng 8 triệu đoàn viên.",
     "083: \"tổ chức công đoàn và giai cấp công nhân Việt Nam đã lớn mạnh toàn diện, với gần 10,5 triệu đoàn viên\" (lễ kỷ niệm 90 năm, 2019). g.sh '8 triệu đoàn viên|tám triệu': no hit; 'triệu đoàn viên' elsewhere only Đoàn thanh niên (548 gần 1,9 triệu, 1105 gần 1 triệu)."),
    ("1047_2700ae405823", D,
     "Cuộc thi viết \"Gương sáng tiêu biểu ngành điện năm 2019\" của Công đoàn Điện lực Việt Nam đã nhận được hơn 300 bài viết từ các đơn vị trong toàn ngành.",
     "1047: \"ban tổ chức đã nhận được 236 bài viết từ các đơn vị trong toàn ngành và chọn ra 197 bài viết để chấm giải\". g.sh '300 bài|bài dự thi': no other count of entries for this contest."),
    ("112_a56b33b2aa7d", D,
     "Vụ sập giàn giáo khi xây nhà ở xã Hồng Hà, huyện Đan Phượng (Hà Nội) chiều 8/9/2018 đã làm ba người thiệt mạng.",
     "112: \"một vụ sập giàn giáo trong quá trình xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) đã khiến 2 người thiệt mạng, 1 người bị thương\". g.sh 'Đan Phượng|Hồng Hà': no other account of this accident; '3 người/ba người' deaths appear only for other accidents (109, 111, 294 Quốc Oai)."),
    ("1141_9d4943b7be3d", D,
     "Kỳ họp thứ nhất HĐND thành phố Kon Tum khóa XII đã bầu 21 ủy viên UBND thành phố nhiệm kỳ 2021-2026.",
     "1141: \"bầu 15 ủy viên UBND thành phố nhiệm kỳ 2021-2026\". g.sh '21 ủy viên|hai mươi mốt': no hit; 'Kon Tum' elsewhere only 699/727 (unrelated)."),
    ("132_c1ba456901a1", D,
     "Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã khai mạc với sự tham gia của 280 đại biểu chính thức.",
     "132: \"Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI đã chính thức khai mạc ... với sự tham gia của 200 đại biểu chính thức\". g.sh '280 đại biểu': no hit (031 is the XII congress, a different occasion)."),
    ("166_d63b4e4370c0", D,
     "Tỉnh Thái Nguyên có sáu công nhân được nhận Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "166: \"tỉnh Thái Nguyên có 4 cá nhân được nhận Giải thưởng Nguyễn Đức Cảnh\" (lần thứ IV năm 2023), and lists 4 names. g.sh '6 (công nhân|cá nhân)|sáu (công nhân|cá nhân)': no NĐC hit (043 is Hà Nội: 9 cá nhân)."),
    ("252_f6a3b7378def", D,
     "LĐLĐ thị xã Sơn Tây hiện trực tiếp quản lý, chỉ đạo hoạt động của 250 công đoàn cơ sở.",
     "252: \"LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên\". g.sh '250 Công đoàn|250 CĐCS': no hit; other Sơn Tây pages (026, 251, corpus 003) give no CĐCS count."),
    ("406_e070ae5014f0", D,
     "Tháng Nhân đạo năm 2021 đặt mục tiêu có ít nhất 100 công trình nhân đạo trên cả nước.",
     "406: \"Tháng Nhân đạo năm nay hướng tới các mục tiêu: phấn đấu có ít nhất 75 công trình nhân đạo\" (2021). g.sh '100 công trình': no hit; 404/405/407 are the 2018/2024 editions."),
    ("457_01a1febb948b", D,
     "Căn nhà \"Mái ấm Công đoàn\" mà LĐLĐ tỉnh Tiền Giang bàn giao cho giáo viên Ngô Thị Pha được xây dựng với kinh phí 85 triệu đồng.",
     "457: \"Căn nhà xây dựng với diện tích 56 m2, kinh phí 60 triệu đồng; trong đó ... hỗ trợ 40 triệu đồng\". g.sh '85 triệu': no hit."),
    ("462_4798a1189a9b", D,
     "Tại lễ phát động tháng cao điểm Vì người nghèo ngày 17/10, TP.HCM đã dùng Quỹ Vì người nghèo trao kinh phí xây dựng 30 căn nhà tình thương cho hộ nghèo, gia đình chính sách.",
     "462: \"trao tặng kinh phí xây dựng 20 nhà tình thương và 92 phương tiện sinh kế\". g.sh '30 (căn )?nhà': no hit; 078 (LĐLĐ quận 1: 15 căn nhà) is another organisation."),
    ("475_0af186189d4d", D,
     "Công đoàn Giáo dục TP HCM đã tặng 3.000 quyển tập cho giáo viên và học sinh huyện đảo Lý Sơn trước thềm năm học mới.",
     "475: \"CĐ Giáo dục TP HCM đã tặng 100 triệu đồng, 62 chiếc cặp và 2.000 quyển tập nhằm giúp các giáo viên và học sinh Lý Sơn\". g.sh '3.000 quyển|3000 quyển': no hit."),
    ("518_bf1002899b2f", D,
     "Trong chương trình \"Đông ấm - Xuân tình nguyện - Tết sẻ chia\" năm 2026 tại xã Thung Nai (Phú Thọ), Đoàn Thanh niên các phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao 120 suất quà Tết cho người dân và trẻ em khó khăn.",
     "518: \"Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn\". g.sh '120 suất': no hit; 'Thung Nai' only this page."),
    ("630_4a010a274cfc", D,
     "Ban Chấp hành Công đoàn ngành Y tế Bến Tre nhiệm kỳ 2023-2028 được Đại hội bầu gồm 19 thành viên.",
     "630: \"Đại hội bầu Ban Chấp hành nhiệm kỳ 2023 - 2028 gồm 15 thành viên\". g.sh '19 (ủy viên|thành viên|đồng chí)': only 808 (Ban Thường vụ Thành Đoàn khóa XI), another body."),
    ("642_ac0065628b07", D,
     "Tại lễ phát động Tháng hành động vì trẻ em năm 2022, TP Hội An đã trao tặng 70 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập.",
     "642: \"TP.Hội An cũng trao tặng 50 suất quà cho trẻ em có hoàn cảnh khó khăn, vượt khó trong học tập (500 nghìn đồng/suất)\". g.sh '70 suất|bảy mươi suất': no hit (207 = LĐLĐ Hội An Tháng công nhân 2023, 80/40 suất, another occasion)."),
    ("710_a049db02602c", D,
     "Đoàn đại biểu của LĐLĐ tỉnh Thái Nguyên đi dự Đại hội Mặt trận Tổ quốc tỉnh lần thứ XV, nhiệm kỳ 2019-2024, gồm 9 đại biểu.",
     "710: \"Đoàn Đại biểu của LĐLĐ tỉnh Thái Nguyên gồm 6 đại biểu trong đó có 01 đại biểu đương nhiên, 05 đại biểu hiệp thương\". g.sh '9 đại biểu|chín đại biểu': only 99/489/219/289/29 đại biểu of other meetings."),

    # ---------------- not_found ----------------
    ("1149_4424f78738f5", N,
     "Tại chương trình \"Tết Nhân ái\" Xuân Bính Ngọ 2026 ở TP Huế, khoảng 300 người dân đã được tư vấn, chăm sóc sức khỏe miễn phí.",
     "1149 only says \"Tư vấn, chăm sóc sức khỏe cho người dân tại không gian 'Tết Nhân ái'\" (caption, no count); its figures are 1.000 suất quà, 1.000.000 đồng/suất, 600.000/400.000 đồng, 1 tỷ đồng - gifts and money, not people examined. g.sh 'Huế': 165 (Tổng LĐLĐ 1 tỉ, 60 suất) another occasion; 'Tết Nhân ái' other pages 510/608/681/corpus 001 are other provinces."),
    ("1154_9689d812bb52", N,
     "Ngày hội hiến máu tình nguyện đợt 3 năm 2024 tại thành phố Tân Uyên đã thu được 280 đơn vị máu.",
     "1154 counts only đợt 4-2024 (350 đơn vị máu, khoảng 400 tình nguyện, 350 đủ điều kiện). g.sh 'Tân Uyên': only 1154 and 996 (lễ khai mạc hè); 'đợt 3': 256/347/928, none Tân Uyên; 'đơn vị máu' hits are other programmes. Another edition -> not counted."),
    ("1187_61862f52ba00", N,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ IV có 230 đại biểu chính thức tham dự.",
     "1187 counts lần thứ III (gần 220 đại biểu, 23.370 đoàn viên, 75 CĐCS); 1186 counts lần thứ V 2025-2030 (218 đại biểu, 22.514 đoàn viên). g.sh 'lần thứ IV.{0,40}Bưu điện|Bưu điện.{0,60}lần thứ IV': no hit. The IV congress is never counted."),
    ("166_d63b4e4370c0", N,
     "Tỉnh Bắc Ninh có 5 công nhân được nhận Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.",
     "NĐC 2023 counts exist only for cả nước (166: 167 công nhân), Thái Nguyên (166: 4 cá nhân) and Hà Nội (043: 9 cá nhân). g.sh 'Bắc Ninh': 057, 525, 526 - none about the award; 'Nguyễn Đức Cảnh' hits: 043, 106 (lần III 2018), 166, 168, 1065 - no Bắc Ninh. Another province -> not counted."),
    ("230_159bdf0d0f39", N,
     "Năm 2018, ngành Y tế Hà Nội có 2.900 cá nhân được biểu dương, khen thưởng trong phong trào \"Người tốt, việc tốt\".",
     "Ngành Y tế Hà Nội NTVT counts exist for 2016 (230: 17.774 cá nhân biểu dương, 1.566 tiêu biểu, 30 cấp TP) and 2019 (118: 3.225 cá nhân). g.sh 'Người tốt, việc tốt': 2018 appears only in 152 (Sở LĐ-TB&XH Hà Nội, gần 30 cá nhân) - another organisation. 2018 for ngành Y tế never counted."),
    ("265_98024dc6bc76", N,
     "LĐLĐ thành phố Hà Nội đặt chỉ tiêu năm 2025 xây dựng 300 mô hình công nhân viên chức lao động tham gia bảo vệ môi trường.",
     "265 only gives percentage targets (100% cán bộ, đoàn viên được tuyên truyền; 100% CĐCS ít nhất 1 hoạt động; 100% LĐLĐ quận, huyện...) and says \"triển khai xây dựng các mô hình CNVCLĐ tham gia bảo vệ môi trường\" with no number. g.sh 'mô hình': no count of such models anywhere."),
    ("296_cf67e2f30129", N,
     "Tại huyện Gia Lâm, 186 công đoàn cơ sở đã tổ chức xong đại hội nhiệm kỳ 2023-2028.",
     "296 only says \"100% Công đoàn cơ sở trên địa bàn huyện Gia Lâm đã tổ chức thành công Đại hội Công đoàn nhiệm kỳ 2023 - 2028, sớm hơn 1 tháng\"; other numbers are document numbers (Kế hoạch số 19, 114; Thông tri số 04). g.sh 'Gia Lâm': 051, 082, 255 - no CĐCS count; '186': only 102 (186.944 chương trình) and 793 (money)."),
    ("308_ea2272cbf98b", N,
     "Đại hội Công đoàn phường Việt Hưng lần thứ I, nhiệm kỳ 2025-2030, có 150 đại biểu chính thức tham dự.",
     "308 gives no delegate count; its only count is in a related-article teaser (\"Thành lập Công đoàn phường Việt Hưng với 124 Công đoàn cơ sở\"), which is about CĐCS, not delegates. g.sh 'Việt Hưng': other hits are a company (125) and a person (166); '150 đại biểu': no hit."),
    ("491_4610d3eefa4d", N,
     "Năm 2023, LĐLĐ thành phố Đà Nẵng đã hỗ trợ xây dựng \"Mái ấm Công đoàn\" cho 90 đoàn viên có hoàn cảnh khó khăn về nhà ở.",
     "Đà Nẵng Mái ấm counts exist for 2024 (491: 3,5 tỉ đồng cho 103 đoàn viên; đợt này 5 đoàn viên Hòa Vang, 50 triệu mỗi trường hợp) and 2021 (454: 54 nhà, đợt 2 32 đoàn viên). g.sh 'năm 2023.{0,80}Mái ấm|Mái ấm.{0,80}năm 2023': only 131 (Công đoàn Thủ đô, Hà Nội). 2023 for Đà Nẵng never counted."),
    ("584_5a1df402fe8b", N,
     "Hội nghị Ban Chấp hành LĐLĐ tỉnh Kiên Giang lần thứ 11, khóa X đã bầu bổ sung 3 ủy viên Ban Chấp hành.",
     "584 says the meeting was held \"để bầu bổ sung ủy viên ban chấp hành, ủy viên ban thường vụ, chức danh Chủ tịch\" but gives no number elected; its count \"22 đồng chí trong Ban Chấp hành ... dự hội nghị\" is attendees. g.sh 'bầu bổ sung': other hits are other bodies (088 Tổng LĐLĐ: 4 đồng chí; 003/037 LĐLĐ Hà Nội); 'Kiên Giang' only 584."),
    ("719_204fad637490", N,
     "Trong Tháng Thanh niên năm 2023, Đoàn Phường 7 đã thực hiện 15 công trình thanh niên.",
     "719 only has dates and '92 năm' (anniversary); no activity count. g.sh 'Phường 7|phường 7': only 719; 'công trình thanh niên' hits (547, 548, 549, 644, 777) are other units/campaigns."),
]


def nfc(s):
    """NFC-normalise and turn ASCII double quotes into typographic ones
    (alternating opening/closing) so the TSV needs no csv quoting."""
    out, opening = [], True
    for ch in unicodedata.normalize("NFC", s):
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    assert "\t" not in s and "\n" not in s
    return "".join(out)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            w.writerow([nfc(x) for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), "pages:", len(per_page))


if __name__ == "__main__":
    main()
