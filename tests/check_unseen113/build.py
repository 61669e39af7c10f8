#!/usr/bin/env python3
"""Build claims.tsv for the unseen113 blind claim set (csv + unicodedata only)."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 1004 Tiền Giang, Công đoàn Giáo dục VN trao quà
    ("1004_3bfcfe4709c1", S,
     "Nhân chuyến công tác tại Tiền Giang, Công đoàn Giáo dục Việt Nam đã trao mười ba phần quà cho cán bộ, giáo viên, người lao động ngành giáo dục có hoàn cảnh khó khăn.",
     "1004_3bfcfe4709c1: \"Công đoàn giáo dục Việt Nam đã trao tặng 13 phần quà cho cán bộ , giáo viên và người lao động trong ngành giáo dục tỉnh Tiền Giang có hoàn cảnh khó khăn\"; spelled-out 13."),
    ("1004_3bfcfe4709c1", D,
     "Tổng trị giá số quà Công đoàn Giáo dục Việt Nam trao cho giáo viên, người lao động khó khăn ở Tiền Giang là 65 triệu đồng.",
     "1004_3bfcfe4709c1: \"Tổng trị giá các phần quà 45 triệu đồng, nguồn kinh phí từ “ Quỹ xã hội”\" -> 45 not 65. g.sh '65 triệu' finds nothing about this occasion."),
    # ---------------- 1101 Hội thi ATVSV giỏi Thừa Thiên Huế 2018
    ("1101_ddfaa6f7ad8a", D,
     "Mười bốn đội đến từ các công đoàn cơ sở, công đoàn ngành và công đoàn trung ương đã tham gia Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018.",
     "1101_ddfaa6f7ad8a: \"Tham gia hội thi lần này có 11 đội đến từ các Công đoàn cơ sở trực thuộc LĐLĐ các huyện...\" -> 11 not 14. g.sh '14 đội|mười bốn đội' no hit for this contest."),
    ("1101_ddfaa6f7ad8a", N,
     "Hội thi An toàn vệ sinh viên giỏi tỉnh Thừa Thiên Huế năm 2018 có 66 thí sinh tham gia tranh tài.",
     "1101 counts teams (11 đội) and rounds (3 phần thi), never contestants. g.sh 'Thừa Thiên Huế' hits only 1101, 503, 1084; g.sh 'thí sinh' hits Hà Nội thợ giỏi (363), ngành Xây dựng (61/70), ngành Y tế (gần 600), 316 (117) - other contests, none in Huế."),
    # ---------------- 1142 Tỉnh đoàn Thanh Hóa
    ("1142_6d91e1319bd8", S,
     "Bà Lê Ngọc Ánh được Ban Chấp hành Tỉnh đoàn Thanh Hóa bầu làm Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.",
     "1142_6d91e1319bd8: \"giữ chức vụ Bí thư Tỉnh đoàn nhiệm kỳ 2022-2027 với 100% số phiếu đồng ý.\""),
    ("1142_6d91e1319bd8", D,
     "Tân Bí thư Tỉnh đoàn Thanh Hóa Lê Ngọc Ánh năm nay 36 tuổi, có trình độ thạc sỹ kinh tế.",
     "1142_6d91e1319bd8: \"Tân Bí thư Tỉnh đoàn Thanh Hóa Lê Ngọc Ánh (31 tuổi)\" -> 31 not 36. g.sh 'Lê Ngọc Ánh' only in 1142; no '36 tuổi' for her."),
    # ---------------- 1151 Hành trình Đỏ Thanh Hóa 2025
    ("1151_7634750607d5", S,
     "Theo kế hoạch Hành trình Đỏ lần thứ XIII năm 2025, Thanh Hóa dự kiến tiếp nhận tối thiểu 1500 đơn vị máu.",
     "1151_7634750607d5: \"dự kiến tiếp nhận ít nhất 1.500 đơn vị máu\" (title: \"hơn 1.500 đơn vị máu\")."),
    ("1151_7634750607d5", D,
     "Chương trình Hành trình Đỏ năm 2025 tại Thanh Hóa đặt mục tiêu vận động ít nhất 3.000 tình nguyện viên tham gia hiến máu.",
     "1151_7634750607d5: \"Chương trình vận động ít nhất 2.000 tình nguyện viên là cán bộ ... tham gia hiến máu\" -> 2.000 not 3.000. g.sh 'Hành trình Đỏ' hits only 1151."),
    # ---------------- 1211 Công đoàn ngành Y tế Thanh Hóa đại hội XVIII
    ("1211_28597f193f57", S,
     "Hơn 170 đại biểu đã về dự Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII, nhiệm kỳ 2017-2022.",
     "1211_28597f193f57: \"đại hội khóa XVIII nhiệm kỳ 2017-2022; 176 đại biều đại diện cho hơn 12 nghìn công nhân viên chức lao động ngành Y tế đã về dự\"; 176 = hơn 170."),
    ("1211_28597f193f57", D,
     "Đại hội Công đoàn ngành Y tế Thanh Hóa khóa XVIII đã bầu Ban chấp hành gồm 21 đồng chí.",
     "1211_28597f193f57: \"bầu ra Ban chấp hành Công đoàn ngành Y tế khóa XVIII gồm 17 đồng chí\" -> 17 not 21. g.sh 'Y tế Thanh Hóa' only 1211; no '21 đồng chí' for it."),
    # ---------------- 1221 Mái ấm Công đoàn Cư M'gar
    ("1221_4e152aae9279", S,
     "Ngôi nhà Mái ấm Công đoàn mà LĐLĐ huyện Cư M'gar bàn giao cho đoàn viên Huỳnh Thị Mỹ Hạnh có diện tích sử dụng 85 m2.",
     "1221_4e152aae9279: \"nhà cấp IV, mái lợp tôn, nền lát gạch hoa, có diện tích sử dụng 85 m2\"."),
    ("1221_4e152aae9279", D,
     "Liên đoàn Lao động huyện Cư M'gar hỗ trợ 70 triệu đồng để xây nhà Mái ấm Công đoàn cho gia đình chị Huỳnh Thị Mỹ Hạnh.",
     "1221_4e152aae9279: \"kinh phí hỗ trợ từ tổ chức Công đoàn 50 triệu đồng\" -> 50 not 70. g.sh \"M'gar\" only 1221."),
    # ---------------- 293 Quỹ Tấm lòng Vàng
    ("293_6795f91644c4", S,
     "Quỹ Xã hội từ thiện Tấm lòng Vàng Lao Động hỗ trợ mỗi tỉnh 15 triệu đồng để chi phí quà tặng cho công nhân lao động.",
     "293_6795f91644c4: \"Quỹ Tấm lòng Vàng hỗ trợ 15.000.000đ/tỉnh để chi phí quà tặng cho CNLĐ.\""),
    # ---------------- 310 Chợ Tết Công đoàn 2024
    ("310_927c666a3aaf", S,
     "Tại Chợ Tết Công đoàn năm 2024 của Công đoàn Thủ đô, hàng Việt được bán cho đoàn viên, người lao động với mức ưu đãi từ 15% trở lên.",
     "310_927c666a3aaf: \"tại chương trình “Chợ Tết Công đoàn” năm 2024, đã có 124 gian hàng ... với giá ưu đãi từ 15% trở lên.\""),
    ("310_927c666a3aaf", D,
     "Chương trình Chợ Tết Công đoàn năm 2024 của các cấp Công đoàn Thủ đô có 180 gian hàng bán hàng Việt chất lượng.",
     "310_927c666a3aaf: \"“Chợ Tết Công đoàn” năm 2024, đã có 124 gian hàng\" -> 124 not 180. g.sh 'Chợ Tết Công đoàn.{0,30}2024' only 310; other years: 2023 72 gian hàng (262), 2026 50/70 (504, 276, 280), TLĐ 2023 40-120 (795) - no 180."),
    # ---------------- 328 cháy chung cư mini
    ("328_e66d2763c177", D,
     "Theo LĐLĐ quận Hoàng Mai, có 4 đoàn viên của quận thiệt mạng trong vụ cháy chung cư mini ở phường Khương Đình.",
     "328_e66d2763c177: \"có 2 đoàn viên thuộc Liên đoàn Lao động quận bị thiệt mạng trong vụ cháy\" (Lê Thị Oanh, Phan Thanh Thủy) -> 2 not 4. g.sh 'chung cư mini' hits 328 and 144 (144: Trần Thị Thịnh and 2 daughters, Công đoàn ngành Y tế, not Hoàng Mai)."),
    ("328_e66d2763c177", N,
     "LĐLĐ thành phố Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình đoàn viên Phan Thanh Thủy, nạn nhân vụ cháy chung cư mini.",
     "328 names the support to Phan Thanh Thủy's family but gives no amount. g.sh 'chung cư mini' -> only 144 gives amounts: \"23 triệu đồng tới thân nhân đoàn viên Trần Thị Thịnh; Công đoàn ngành Y tế Hà Nội trao hỗ trợ 15 triệu đồng\" - another victim."),
    # ---------------- 502 Công đoàn ngành Y tế Hà Nội, 1 triệu sáng kiến
    ("502_212b66a603d0", S,
     "Công đoàn ngành Y tế Hà Nội khen thưởng 157 cá nhân có thành tích xuất sắc trong giai đoạn 2 chương trình Một triệu sáng kiến.",
     "502_212b66a603d0: \"15 tập thể và 15 cá nhân đại diện cho 83 tập thể và 157 cá nhân có thành tích xuất sắc triển khai chương trình 1 triệu sáng kiến được nhận Giấy khen\"."),
    ("502_212b66a603d0", D,
     "Tổng số tiền thưởng Công đoàn Y tế Hà Nội trao cho tập thể, cá nhân trong giai đoạn 2 chương trình 1 triệu sáng kiến là hơn 140 triệu đồng.",
     "502_212b66a603d0: \"tổng số tiền thưởng là hơn 104 triệu đồng\" -> 104 not 140. g.sh '140 triệu' no hit on this award."),
    # ---------------- 743 Đại hội Công đoàn Khánh Hòa khóa X
    ("743_3d782a035b00", S,
     "Các đại biểu dự Đại hội Công đoàn tỉnh Khánh Hòa khóa X, nhiệm kỳ 2018-2023 đại diện cho 94 nghìn đoàn viên.",
     "743_3d782a035b00: \"trên 300 đại biểu đại diện cho 94.000 đoàn viên của 1.599 công đoàn cơ sở trực thuộc tham dự\"."),
    ("743_3d782a035b00", D,
     "Đại hội Công đoàn tỉnh Khánh Hòa khóa X đã bầu Ban chấp hành LĐLĐ tỉnh gồm 45 người, ông Nguyễn Hòa tái đắc cử Chủ tịch.",
     "743_3d782a035b00: \"Đại hội đã bầu Ban chấp hành Công đoàn tỉnh Khánh Hòa gồm 38 vị\" -> 38 not 45. g.sh 'Khánh Hòa.{0,100}(Ban chấp hành)' only 743."),
    # ---------------- 748 Gia Lai quà Tết
    ("748_c031ca469a2b", S,
     "Sáng 14-1, đoàn công tác của LĐLĐ tỉnh Gia Lai do Chủ tịch Trần Lệ Nhung dẫn đầu đã tặng 92 suất quà cho đoàn viên, công nhân, lao động nghèo.",
     "748_c031ca469a2b: \"đã đi thăm, tặng 92 suất quà (300 ngàn đồng/suất) cho đoàn viên, công nhân, lao động nghèo\"."),
    ("748_c031ca469a2b", D,
     "Tổng kinh phí quà Tết Liên đoàn Lao động tỉnh Gia Lai dành cho công nhân, người lao động nghèo đợt này gần 150 triệu đồng.",
     "748_c031ca469a2b: \"Tổng kinh phí quà Tết cho công nhân, người lao động nghèo gần 95 triệu đồng\" -> 95 not 150. g.sh 'Gia Lai' finds no other LĐLĐ Gia Lai gift total."),
    # ---------------- 885 thưởng Tết Tân Sửu
    ("885_b514dc72b366", S,
     "Mức thưởng bình quân Tết âm lịch Tân Sửu là 8,8 triệu đồng mỗi người, giảm so với năm 2019.",
     "885_b514dc72b366: \"mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)\" (page names no city)."),
    ("885_b514dc72b366", D,
     "Mức thưởng Tết Tân Sửu cao nhất lên tới 2,1 tỷ đồng, thuộc về một cá nhân tại doanh nghiệp có vốn đầu tư nước ngoài.",
     "885_b514dc72b366: \"Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài\" -> 1,076 not 2,1. g.sh 'thưởng (bình quân )?Tết|Tân Sửu': other highs are other years (614 triệu 2026 HN, 600 triệu Bính Ngọ, 74,5 triệu 2017) - none 2,1 tỷ."),
    # ---------------- 931 Hải Dương mái ấm
    ("931_2a6417bd4142", S,
     "Trong năm 2024, LĐLĐ tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 22 mái ấm công đoàn cho đoàn viên khó khăn về nhà ở.",
     "931_2a6417bd4142: \"Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 \"mái ấm công đoàn\"\"."),
    ("931_2a6417bd4142", D,
     "Ngày 24/12, Liên đoàn Lao động tỉnh Hải Dương trao 50 triệu đồng hỗ trợ sửa nhà cho nữ đoàn viên Nguyễn Thị Hà ở xã Kỳ Sơn.",
     "931_2a6417bd4142: \"Ngày 24/12, Liên đoàn Lao động tỉnh trao 30 triệu đồng hỗ trợ sửa nhàcho nữ đoàn viên Nguyễn Thị Hà\" -> 30 not 50. g.sh 'Nguyễn Thị Hà' only 931."),
    # ---------------- 218 Công đoàn ngành Giáo dục (Nguyễn Ngọc Huyền)
    ("218_e908280305f2", D,
     "Theo Chủ tịch Công đoàn ngành Giáo dục Nguyễn Ngọc Huyền, các phong trào thi đua năm học 2019-2020 được tổ chức thành ba đợt.",
     "218_e908280305f2: \"Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt\" -> hai (2) not ba (3). g.sh 'Nguyễn Ngọc Huyền' only 218."),
    # ---------------- 251 Sơn Tây
    ("251_4e75d2d2ed81", D,
     "Cùng với 100 năm thành lập thị xã, tối 10/11/2024 Sơn Tây còn kỷ niệm 80 năm Giải phóng Sơn Tây.",
     "251_4e75d2d2ed81: \"Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây (1924 - 2024), 70 năm Giải phóng Sơn Tây (1954 - 2024)\" -> 70 not 80. g.sh 'Giải phóng Sơn Tây' only 251."),
    # ---------------- 786 Tết sum vầy 2018
    ("786_4b655c65ed4c", D,
     "Chương trình Tết sum vầy cấp Tổng LĐLĐ Việt Nam năm 2018 tại Hưng Yên sẽ diễn ra trước ngày nghỉ Tết âm lịch 15 ngày.",
     "786_4b655c65ed4c: \"thời điểm tổ chức chương trình Tết sum vầy cấp Tổng LĐLĐVN sẽ diễn ra vào trước ngày nghỉ Tết âm lịch 10 ngày\" -> 10 not 15."),
    ("786_4b655c65ed4c", N,
     "Tại chương trình Tết sum vầy cấp Tổng Liên đoàn năm 2018 ở Hưng Yên, công đoàn sẽ trao 1.000 suất quà cho công nhân lao động.",
     "786 gives no gift count for the Hưng Yên event (only the teaser \"Tổ chức 755 chuyến xe đưa công nhân về quê\" - buses, teaser). g.sh 'Tết sum vầy.{0,80}(suất|phần) quà' -> 982 (\"Tết sum vầy năm 2020, LĐLĐ tỉnh đã trao 25 suất quà\", another province/year), 257 (Hà Nội); g.sh 'Hưng Yên' -> 425, 577, 578 (other events)."),
    # ---------------- not_found on pages without a stated count of the thing
    ("178_166cc048757e", N,
     "Toạ đàm về phong trào Dân vận khéo gắn với sáng kiến, sáng tạo trong CNVCLĐ quận Nam Từ Liêm năm 2022 có 150 đại biểu tham dự.",
     "178 lists guests by name, no attendee count; its only figure is \"kỷ niệm 132 năm ngày sinh Chủ tịch Hồ Chí Minh\". g.sh 'Nam Từ Liêm' -> 178 and 391 (tree planting, no delegates)."),
    ("401_c44d076b8ff9", N,
     "Hội Liên hiệp Phụ nữ Hà Nội đã biểu dương 30 Phụ nữ Thủ đô tiêu biểu năm 2023.",
     "401 names the title \"Phụ nữ Thủ đô tiêu biểu năm 2023\" but no number; its figures are \"93 năm\" (anniversary) and 1956. g.sh 'tiêu biểu năm 2023' and 'Phụ nữ Thủ đô tiêu biểu|LHPN Hà Nội' only 401; 402 is the national Chủ tịch Hội Phụ nữ cơ sở giỏi lần III event (no count grepped)."),
    ("573_cc985cab2d28", N,
     "Đại hội Công đoàn cơ sở Bệnh viện đa khoa tỉnh Vĩnh Phúc nhiệm kỳ 2017-2022 có 120 đại biểu tham dự.",
     "573 gives only dates/plan numbers (kế hoạch số 83/KH-LĐLĐ, 21/7/2017), no delegates. g.sh 'Vĩnh Phúc' -> 573, 067 (phường Vĩnh Phúc, Ba Đình), 683 (Chữ thập đỏ) - none counts these delegates."),
    ("418_1045c800d090", N,
     "Chủ tịch nước Võ Văn Thưởng đã tặng 300 suất quà cho công nhân thi công đường Vành đai 4 tại huyện Thường Tín.",
     "418 says he \"tặng quà cho công nhân\" with no count. g.sh 'Vành đai 4' only 418; g.sh '300 suất' -> 748 (Gia Lai LĐLĐ, \"hơn 300 suất quà\"), 509, 510 (Chữ thập đỏ), 606 (học bổng) - other occasions."),
    ("719_204fad637490", N,
     "Buổi họp mặt kỷ niệm ngày thành lập Đoàn do Đoàn Phường 7 tổ chức có 80 đoàn viên thanh niên tham dự.",
     "719 has only \"92 năm\" and dates; no attendee count. g.sh 'Phường 7|phường 7' only 719."),
    ("269_84a6549b6abc", N,
     "Cuộc thi Sáng kiến vì cộng đồng lần thứ IV do EVN phối hợp tổ chức đã nhận được 500 sáng kiến dự thi.",
     "269 gives edition (lần thứ IV, trao giải 2022) but no entry count. g.sh 'Sáng kiến vì cộng đồng' only 269."),
    ("582_c46f8fc698a7", N,
     "Liên đoàn Lao động tỉnh An Giang hiện quản lý hơn 120 nghìn đoàn viên công đoàn.",
     "582 is a personnel decision with no member count. g.sh 'An Giang' -> 665: \"kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%\" = newly admitted members in 2022, not total membership; 983, 1043 other topics."),
    ("153_e14e5df550cb", N,
     "Đồng chí Phạm Quang Thanh được bầu bổ sung làm Chủ tịch LĐLĐ TP Hà Nội khóa XVI với 97% số phiếu tín nhiệm.",
     "153 gives decision number 5556/QĐ-TLĐ and dates, no vote share. g.sh 'Phạm Quang Thanh' (003, 006, 027, 094, 186, 248) and g.sh 'phiếu' (vote shares only for Bùi Văn Cường 100%, Chu Ngọc Anh 97,87%, Thạch Thất) - nothing for Phạm Quang Thanh."),
    ("364_6cb3fc7af92c", N,
     "Theo Kế hoạch 74/KH-UBND, hội nghị biểu dương kết quả phong trào thi đua năm 2022 của Hà Nội sẽ biểu dương 250 tập thể, cá nhân tiêu biểu.",
     "364 gives the plan number (74) and \"75 năm\" anniversary only. g.sh 'biểu dương kết quả phong trào thi đua' only 364."),
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
    print(len(rows), Counter(r[1] for r in rows))


if __name__ == "__main__":
    main()
