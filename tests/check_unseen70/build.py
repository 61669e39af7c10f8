#!/usr/bin/env python3
"""Claim set for `ldtd check`, written blind to the checker. Writes claims.tsv (NFC, sorted by page_id)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("051_fbcaca51a290", S,
     "Phó Chủ tịch LĐLĐ huyện Chương Mỹ đã trao tổng cộng ba mươi lăm triệu đồng để chị Nguyễn Thị Đức xây nhà Mái ấm Công đoàn.",
     "051: 'đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức'."),
    ("1001_1425a0e5ee00", S,
     "Dịp Trung thu, Công đoàn ngành Giáo dục tỉnh Trà Vinh đã tặng 180 phần quà gồm bánh trung thu và lồng đèn cho con đoàn viên.",
     "1001: 'Công đoàn ngành Giáo dục tỉnh tặng 180 phần quà (bánh trung thu, lồng đèn) cho các cháu thiếu nhi'."),
    ("1004_3bfcfe4709c1", S,
     "Số quà Công đoàn Giáo dục Việt Nam trao cho cán bộ, giáo viên khó khăn ở Tiền Giang có tổng trị giá 45 triệu đồng, lấy từ Quỹ xã hội.",
     "1004: 'Tổng trị giá các phần quà 45 triệu đồng, nguồn kinh phí từ “ Quỹ xã hội” của công đoàn giáo dục Việt Nam'."),
    ("1012_7b47589330b0", S,
     "Trong chiến dịch Thanh niên tình nguyện hè, tuổi trẻ TP HCM đã sửa chữa, xây mới 22 cây cầu giao thông nông thôn.",
     "1012: 'sửa chữa, xây mới 22 cây cầu giao thông nông thôn'."),
    ("400_26d3ce2af6f3", S,
     "Các đại biểu dự Đại hội Đảng bộ huyện Gia Lâm lần thứ XXII đại diện cho khoảng 11 nghìn đảng viên.",
     "400: 'Đại hội có sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên thuộc 51 tổ chức cơ sở đảng'."),
    ("493_b4e13aabbfd4", S,
     "Quý II/2022, cả nước có 51,6 triệu người trong lực lượng lao động từ 15 tuổi trở lên.",
     "493: 'Lực lượng lao động từ 15 tuổi trở lên trong quý II năm 2022 là 51,6 triệu người'."),
    ("549_9d9b0f5c7ddc", S,
     "Chỉ trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, các công trình thanh niên các cấp đã có tổng giá trị trên 54 tỷ đồng.",
     "549: 'trong tuần đầu thực hiện Chiến dịch Thanh niên tình nguyện hè 2022 đã có hơn 4.000 công trình thanh niên các cấp được thực hiện với tổng giá trị hơn 54 tỉ đồng'."),
    ("550_47914fdae7e5", S,
     "Trung ương Đoàn đặt chỉ tiêu xây dựng ít nhất 1000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ trong Chiến dịch Thanh niên tình nguyện hè 2023.",
     "550: 'Xây dựng ít nhất 1.000 nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú'."),
    ("608_5c8141ecc09d", S,
     "Năm 2023, các bệnh viện trong tỉnh đã tiếp nhận hơn 12 nghìn đơn vị máu từ phong trào hiến máu tình nguyện do Hội Chữ thập đỏ tỉnh vận động.",
     "608: 'các bệnh viện đã tiếp nhận 12.300 đơn vị máu, đạt 137% kế hoạch' (năm 2023)."),
    ("621_3e25824fe3d2", S,
     "Trong nhiệm kỳ qua, Hội Liên hiệp Phụ nữ huyện Vạn Ninh đã vận động xây dựng 26 căn nhà “Mái ấm tình thương” cho phụ nữ nghèo.",
     "621: 'đóng góp gần 923 triệu đồng xây dựng 26 nhà “Mái ấm tình thương”'."),
    ("699_c94abe293db6", S,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” 2025, Liên đoàn Lao động huyện Kon Plông đã trao 168 suất quà cho đoàn viên khó khăn.",
     "699: 'Liên đoàn Lao động huyện đã tổ chức trao tặng 168 suất quà cho đoàn viên công đoàn có hoàn cảnh khó khăn'."),
    ("748_c031ca469a2b", S,
     "Từ ngày 15 đến 17-1, LĐLĐ tỉnh Gia Lai tiếp tục tặng 224 suất quà Tết cho công nhân, người lao động nghèo ở Chư Pưh, Chư Prông, Đức Cơ và Pleiku.",
     "748: 'từ ngày 15 đến 17-1, Liên đoàn Lao động tỉnh tiếp tục đi thăm, tặng 224 suất quà Tết cho công nhân, người lao động nghèo'."),
    ("944_17ca3d320e2c", S,
     "Chiến dịch Mùa Hè Xanh 2023 của Trường ĐH Bách khoa TP HCM có 470 sinh viên hoạt động tại mặt trận thành phố.",
     "944: 'chiến dịch còn diễn ra đồng thời tại mặt trận TP. HCM, với 470 sinh viên'."),

    # ---------------- differs ----------------
    ("051_fbcaca51a290", D,
     "Trong khoản hỗ trợ chị Nguyễn Thị Đức (Chương Mỹ) xây Mái ấm Công đoàn, Liên đoàn Lao động thành phố Hà Nội góp 20 triệu đồng.",
     "051: 'Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng'. "
     "g.sh '20 triệu': only other events (048 La Phù/Hoài Đức, 124, 454 Đà Nẵng, 509, 1166)."),
    ("060_edffd096d8c3", D,
     "Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” tháng 10/2023 quy tụ 39 đội đại diện các công đoàn cơ sở trong huyện.",
     "060: 'Hội thi diễn ra ... giữa 93 đội đại diện cho các Công đoàn cơ sở trên địa bàn huyện'. "
     "g.sh '39 đội': only 316 (Hội thi 'Công đoàn Hà Nội - Hành trình xây dựng và phát triển' 2024, another contest)."),
    ("1001_1425a0e5ee00", D,
     "Trong chương trình vui Tết Trung thu của ngành Giáo dục Trà Vinh, Liên đoàn Lao động tỉnh tặng 80 phần quà cho các cháu thiếu nhi.",
     "1001: 'Liên đoàn Lao động tỉnh tặng 50 phần quà'. g.sh '80 (phần|suất) quà': only 207 (LĐLĐ TP Hội An, other event)."),
    ("101_3f31a6e4a441", D,
     "Đại hội XII Công đoàn Việt Nam (2018-2023) đã bầu Ban Chấp hành Tổng LĐLĐ Việt Nam gồm 175 ủy viên.",
     "101: 'Đại hội bầu Ban Chấp hành gồm 161 ủy viên'; 247 agrees: 'chỉ có 161 đồng chí được 947 đại biểu bỏ phiếu kín tín nhiệm'. g.sh '175 (ủy|Ủy|uỷ)': no hit."),
    ("111_2eca64cbf378", D,
     "Vụ đứt cáp vận thăng ngày 18/6/2024 tại công trình Trường mầm non Đông Yên B (Quốc Oai) đã làm năm công nhân tử vong.",
     "111: 'Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'; 294 same event: 'khiến 3 người tử vong, 7 người bị thương'. "
     "g.sh '(5|năm) (người|công nhân).{0,30}(tử vong|chết|thiệt mạng)': no hit."),
    ("132_c1ba456901a1", D,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XI khai mạc tại Hội trường Bộ tư lệnh Thủ đô với 250 đại biểu chính thức.",
     "132: 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức'. "
     "g.sh '250 đại biểu': only 1210 (Đại hội Công đoàn Y tế Việt Nam XIV)."),
    ("249_437a7359948a", D,
     "Ngày 1/10, LĐLĐ TP Hà Nội công bố quyết định thành lập 48 Công đoàn xã, phường.",
     "249: 'Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội tổ chức Hội nghị công bố Quyết định thành lập 84 Công đoàn xã, phường'. "
     "g.sh '48 Công đoàn': only 1212 ('48/48 Công đoàn cơ sở trường học', unrelated)."),
    ("467_1dea57a69bce", D,
     "Ngay tại lễ phát động tháng cao điểm “Vì người nghèo” năm 2022, huyện Tân Biên đã nhận được 815 triệu đồng đóng góp vào Quỹ.",
     "467: 'các cơ sở tôn giáo trên địa bàn huyện đóng góp 581 triệu đồng vào Quỹ “Vì người nghèo” của huyện'. g.sh '815 triệu': no hit."),
    ("549_9d9b0f5c7ddc", D,
     "Tổng nguồn lực vận động hỗ trợ Chiến dịch Thanh niên tình nguyện hè 2022 ngay tại lễ ra quân ở Bá Thước (Thanh Hóa) là hơn 42 tỷ đồng.",
     "549: 'Tổng nguồn lực được vận động hỗ trợ chiến dịch Thanh niên tình nguyện hè 2022 trong lễ ra quân là hơn 32 tỉ đồng'. g.sh '42 t[ỉỷ]': no hit."),
    ("550_47914fdae7e5", D,
     "Kế hoạch Chiến dịch Thanh niên tình nguyện hè 2023 của Trung ương Đoàn đặt mục tiêu trồng mới ít nhất 10 triệu cây xanh.",
     "550: 'trồng mới ít nhất 6 triệu cây xanh'. g.sh 'cây xanh': other counts are other plans (547 province result 165.214 cây; 644 40.000; 777/790 1.000); "
     "g.sh '10 triệu cây|mười triệu cây': no hit."),
    ("576_79a602ffcfd7", D,
     "Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam, LĐLĐ quận Thủ Đức đã trao mười hai sổ tiết kiệm cho cán bộ công đoàn có hoàn cảnh khó khăn.",
     "576: 'LĐLĐ quận cũng đã trao tặng 9 số tiết kiệm (mỗi sổ trị giá 5 triệu đổng) cho cán bộ CĐ có hoàn cảnh khó khăn'. "
     "g.sh 'sổ tiết kiệm': only 154 (221 sổ, other district/event); '12 sổ|mười hai sổ': no hit."),
    ("577_df0527edc304", D,
     "Đoàn đại biểu Liên đoàn Lao động tỉnh Hưng Yên đi dự Đại hội XII Công đoàn Việt Nam gồm 20 người.",
     "577: 'Đoàn đại biểu của Hưng Yên đi dự đại hội XII, Công đoàn Việt Nam có 12 người'. g.sh '20 người': no hit."),
    ("699_c94abe293db6", D,
     "Trong số quà trao tại chương trình Tết sum vầy của LĐLĐ huyện Kon Plông, có 116 suất quà do Liên đoàn Lao động tỉnh Kon Tum trao tặng.",
     "699: 'trao tặng 7 suất quà của Đoàn đại biểu Quốc hội tỉnh Kon Tum và 161 suất quà của Liên đoàn lao động tỉnh'. g.sh '116 suất': no hit."),
    ("815_4b1f243f3f97", D,
     "Hội nghị cán bộ, công chức, viên chức, người lao động Bộ Tư pháp có hơn 700 đại biểu dự.",
     "815: 'và gần 400 đại biểu là đại diện cho cán bộ, công chức, viên chức, người lao động các đơn vị thuộc Bộ'. "
     "g.sh 'Bộ Tư pháp': only 815; '700 đại biểu': no hit."),
    ("864_86eb6e3264b4", D,
     "Năm 2016, phong trào thi đua do LĐLĐ tỉnh phát động đã có hơn 8.000 đề tài, sáng kiến được áp dụng, theo hội nghị phối hợp với UBND tỉnh do Chủ tịch Phạm Ngọc Nghị dự.",
     "864: 'kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác' (năm 2016). g.sh '8\\.000 (đề tài|sáng kiến)': no hit; "
     "other sáng kiến counts are other organisations (002 Hà Nội 14.791, 003 hơn 200.000)."),
    ("969_652bd3e9c355", D,
     "Ngày 24-25/3/2023, bảy công đoàn cơ sở thành viên trực thuộc Công đoàn cơ sở Sở Nông nghiệp và PTNT đã tổ chức Đại hội khóa II, nhiệm kỳ 2023-2028.",
     "969: 'từ ngày 24-25/3, 10 Công đoàn cơ sở thành viên trực thuộc đã đồng đoạt tổ chức Đại hội Công đoàn CSTV khóa II, nhiệm kỳ 2023 - 2028'. "
     "g.sh '7 Công đoàn cơ sở|7 CĐCS|bảy Công đoàn': only 333/827/1168 (other bodies, and '17'/'37' substrings)."),

    # ---------------- not_found ----------------
    ("009_9bbc26544534", N,
     "Đại hội Công đoàn ngành Y tế Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 có 176 đại biểu về dự.",
     "009 gives no delegate count for this congress (only date, guests). g.sh 'Y tế Hà Nội' and 'Y tế.{0,150}đại biểu': "
     "the only '176 đại biều' is 1211, Công đoàn ngành Y tế Thanh Hóa khóa XVIII (2017-2022), another province; 810 is Y tế delegates to Đại hội XIII CĐVN."),
    ("1101_ddfaa6f7ad8a", N,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2019 có 11 đội tham gia.",
     "Another edition: 1101 counts '11 đội' for the 2018 contest ('Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế - 2018'). "
     "g.sh 'An toàn vệ sinh viên giỏi|ATVSV giỏi' and 'Thừa Thiên Huế': no 2019 edition (others are Hà Nội 2020, Khánh Hòa 2024)."),
    ("1152_1d9b2cfa9756", N,
     "Trong đợt thi đua đặc biệt đến 31/8/2025, Hội LHPN tỉnh Vĩnh Long phấn đấu hỗ trợ xóa 300 căn nhà tạm, nhà dột nát cho hội viên.",
     "1152 names the task ('chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hội viên, phụ nữ') without a count; its only numbers are the date and '5 không, 3 sạch'. "
     "g.sh 'nhà tạm' and 'nhà tạm.{0,80}[0-9]|[0-9].{0,40}nhà tạm': no count; 'Vĩnh Long': 867 (LĐLĐ 3 mái ấm, 2022) is another body."),
    ("132_c1ba456901a1", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028 có 200 đại biểu chính thức tham dự.",
     "Another edition: 132 counts '200 đại biểu chính thức' for the XI congress. 031 (XII, 2023-2028) names guests and tasks but gives no delegate count. "
     "g.sh 'ngành Công thương Hà Nội' and 'đại biểu chính thức': no XII count."),
    ("171_ed616c7d5ff1", N,
     "Qua 5 năm thực hiện Chương trình 08-Ctr/TU về cải cách hành chính, Hà Nội đã cắt giảm 30% thủ tục hành chính.",
     "171 only names the 3 programmes (03, 06, 08-Ctr/TU) and attendees; no result figures. g.sh 'thủ tục hành chính|CCHC' and 'Thành ủy khóa XVI|03-Ctr/TU|08-Ctr': no count."),
    ("249_437a7359948a", N,
     "84 Công đoàn xã, phường vừa được LĐLĐ Hà Nội thành lập quản lý tổng cộng hơn 250.000 đoàn viên.",
     "249 counts the unions (84) but not their members; teaser '34 Công đoàn cơ sở với hơn 2.100 đoàn viên' is another event. "
     "g.sh 'đoàn viên.{0,60}(xã, phường)|...' and 'đoàn viên.{0,40}84|84.{0,80}đoàn viên': no hit; 248 (phường Ba Đình 9.008 đoàn viên) is one ward."),
    ("429_77bd108c7618", N,
     "Tại hội nghị tổng kết 10 năm thực hiện Nghị quyết 20 ở Đà Lạt, Công đoàn CAND đã khen thưởng 45 tập thể và cá nhân.",
     "429 has no counts (only '10 năm', '5 năm'). g.sh 'Công đoàn CAND|Công an nhân dân', 'Nghị quyết (số )?20': 286 (15 năm NQ20) and 030 are other bodies; no awards count."),
    ("493_b4e13aabbfd4", N,
     "Tỷ lệ thất nghiệp trong độ tuổi lao động quý II/2022 của cả nước là 2,32%.",
     "493 says only 'Tỷ lệ thất nghiệp và thiếu việc làm trong độ tuổi lao động đều giảm' with no value. g.sh '2,32|thất nghiệp.{0,60}%' and 'quý II|quý 2': "
     "only 151 (Hà Nội target <4%/<3%, 2021) and 295 (hồ sơ trợ cấp thất nghiệp %)."),
    ("577_df0527edc304", N,
     "Đoàn đại biểu LĐLĐ tỉnh Thái Bình đi dự Đại hội XII Công đoàn Việt Nam gồm 12 người.",
     "Another province: 577 counts '12 người' for Hưng Yên. g.sh 'Thái Bình.{0,150}(Đại hội|đoàn đại biểu)' and '(đoàn|Đoàn) đại biểu.{0,120}(Đại hội XII|lần thứ XII)': "
     "no Thái Bình delegation (985 only lists Thái Bình among guest provinces)."),
    ("631_0b16f9904253", N,
     "Bà Hoàng Thị Thu Hiền được bầu làm Chủ tịch Hội LHPN tỉnh Nghệ An nhiệm kỳ 2021-2026 với 100% số phiếu tín nhiệm.",
     "631 reports the election ('đã được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh Nghệ An') but no vote share; 'lần thứ 13' is an ordinal. "
     "g.sh '100%.{0,80}(Hiền|Nghệ An)|(Hiền|Nghệ An).{0,120}100%': no hit."),
    ("725_89cb9434b16d", N,
     "Kế hoạch Tháng Công nhân năm 2022 của Tổng LĐLĐ Việt Nam dự kiến dành 500 tỷ đồng chăm lo cho đoàn viên, người lao động.",
     "725 (and 722, 723 on the same plan) give no money figure; only '10 hoạt động trọng tâm' (title) and 'Kế hoạch số156/KH-TLĐ'. "
     "g.sh 'Tháng Công nhân.{0,200}(triệu|nghìn|tỷ|tỉ)': hits are other years/bodies (2017, 2021, 2023, 2024)."),
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
    per_page = Counter(r[0] for r in rows)
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), dict(c), len(per_page), "pages")


if __name__ == "__main__":
    main()
