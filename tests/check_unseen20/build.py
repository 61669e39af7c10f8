#!/usr/bin/env python3
"""Build claims.tsv for batch 20 (blind claim set). Plain Python: csv + unicodedata only."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 861 Long An, Tháng Công nhân 2017 (no figures on the page) ----------------
    ("861_12757e0f1525", "not_found",
     "Hưởng ứng Tháng Công nhân năm 2017, LĐLĐ tỉnh Long An phối hợp với UBND tỉnh tuyên dương, khen thưởng 120 công nhân lao động giỏi.",
     "861 only says 'phối hợp với UBND tỉnh tổ chức hội nghị tuyên dương, khen thưởng CNLĐ giỏi năm 2017' with no count. "
     "g.sh '120 (CNLĐ|công nhân|cá nhân)' -> nothing; g.sh 'CNLĐ giỏi|công nhân lao động giỏi|Công nhân giỏi.{0,30}2017' -> only 861. "
     "Nearby counts are other places/years: 041 '100 Công nhân giỏi Thủ đô năm 2022' (Hà Nội), 002 seed 'Bình Dương: Tuyên dương 183 cá nhân' (2024)."),
    ("861_12757e0f1525", "not_found",
     "Trong đợt thi đua phát triển đoàn viên dịp Tháng Công nhân 2017, Công đoàn Long An đã thành lập mới 25 công đoàn cơ sở.",
     "861: 'phát động đợt thi đua phát triển đoàn viên, thành lập CĐCS' - no number of CĐCS. "
     "g.sh '25 (CĐCS|công đoàn cơ sở)' -> nothing; g.sh 'thành lập.{0,30}(CĐCS|công đoàn cơ sở).{0,60}2017|2017.{0,80}thành lập.{0,20}(CĐCS|công đoàn cơ sở)' -> nothing; "
     "other Long An pages (602 Tết 2024, 694 học bổng 2024, 623 Tỉnh Đoàn) count no new CĐCS. "
     "Note 456 (Tiền Giang outlet, 'LĐLĐ tỉnh' unnamed) counts '31 căn nhà Mái ấm Công đoàn' in Tháng Công nhân 5-2017: houses, not CĐCS."),
    # ---------------- 862 Bình Dương, Tháng hành động ATVSLĐ 2018 (no figures) ----------------
    ("862_1f46a269395f", "not_found",
     "Trong Tháng hành động về an toàn, vệ sinh lao động năm 2018, Ban Chỉ đạo tỉnh Bình Dương sẽ kiểm tra 150 doanh nghiệp.",
     "862 only: 'Ban Chỉ đạo Tháng hành động về an toàn, vệ sinh lao động tỉnh Bình Dương vừa ban hành kế hoạch ... hướng về doanh nghiệp, cơ sở sản xuất kinh doanh' - no count of inspections. "
     "g.sh '150 doanh nghiệp' -> nothing; g.sh 'kiểm tra.{0,60}doanh nghiệp' -> 251 (Sơn Tây, 75 đơn vị văn hóa), 312, 388 - none Bình Dương 2018."),
    ("862_1f46a269395f", "not_found",
     "Theo Ban Chỉ đạo Tháng hành động ATVSLĐ tỉnh Bình Dương, năm 2017 toàn tỉnh xảy ra 250 vụ tai nạn lao động.",
     "862 gives no accident statistics. g.sh '250 vụ' -> nothing; g.sh 'tai nạn lao động.{0,80}Bình Dương|Bình Dương.{0,80}tai nạn' -> only 156 (national list of provinces, 2023). "
     "Other accident counts are other scopes: 112 'hơn 600 vụ tai nạn lao động ... quý II/2018, tại 40 tỉnh', 156 'hơn 3.201 vụ' (toàn quốc 6 tháng 2023)."),
    # ---------------- 863 Công đoàn Viên chức tỉnh (TTH = Thừa Thiên Huế) ----------------
    ("863_b9986cf6dbca", "supported",
     "Năm 2016, Công đoàn Viên chức tỉnh Thừa Thiên Huế có ba mươi sáu công đoàn cơ sở đạt vững mạnh.",
     "863: 'TTH - Chiều 6/1, Công đoàn Viên chức (CĐVC) tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2016 ... Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%.' "
     "(page names the province only as the dateline 'TTH')."),
    ("863_b9986cf6dbca", "differs",
     "Năm 2017, Công đoàn Viên chức tỉnh Thừa Thiên Huế đặt chỉ tiêu 95% công đoàn cơ sở đạt vững mạnh.",
     "863: 'Năm 2017, CĐVC tỉnh đặt chỉ tiêu phấn đấu có 85% công đoàn cơ sở vững mạnh, trong đó trên 45% đơn vị đạt vững mạnh xuất sắc.' -> 85%, not 95%. "
     "g.sh '95 ?%' -> only 468 '0,095%' (hộ nghèo Hà Nội); g.sh 'vững mạnh' -> no other page gives a CĐCS-vững-mạnh target."),
    ("863_b9986cf6dbca", "not_found",
     "Công đoàn Viên chức tỉnh Thừa Thiên Huế hiện có hơn 9.000 đoàn viên.",
     "863 counts CĐCS (36, 66,6%, 85%, 45%) but no đoàn viên. g.sh 'Viên chức tỉnh|CĐVC tỉnh|Thừa Thiên|TTH ' -> 863, 662 (CĐVC tỉnh Sóc Trăng, no member count), 503 (Chữ thập đỏ Huế). "
     "g.sh '9[.]000 đoàn viên' -> only 248 'hơn 9.000 đoàn viên công đoàn trên địa bàn phường' = Công đoàn phường Ba Đình, Hà Nội 2025: another organisation."),
    # ---------------- 864 LĐLĐ tỉnh + UBND tỉnh (Chủ tịch Phạm Ngọc Nghị), 2016 ----------------
    ("864_86eb6e3264b4", "supported",
     "Tại hội nghị đánh giá kết quả phối hợp công tác năm 2016 với UBND tỉnh, LĐLĐ tỉnh cho biết các phong trào thi đua đã mang lại trên 5 nghìn đề tài, sáng kiến được áp dụng.",
     "864: 'Trong năm 2016, ... LĐLĐ tỉnh đã tổ chức các phong trào thi đua, kết quả đã có hơn 5.000 đề tài, sáng kiến áp dụng trong công tác' (hội nghị 16.2, Chủ tịch UBND tỉnh Phạm Ngọc Nghị; province not named on the page)."),
    ("864_86eb6e3264b4", "not_found",
     "Các đề tài, sáng kiến từ phong trào thi đua năm 2016 do LĐLĐ tỉnh phát động (theo hội nghị phối hợp với UBND tỉnh của Chủ tịch Phạm Ngọc Nghị) đã làm lợi hơn 30 tỷ đồng.",
     "864 counts only the number of đề tài, sáng kiến (hơn 5.000), no money value. g.sh '30 tỷ|30 tỉ' -> nothing; g.sh 'làm lợi' -> 106, 159 (Hà Nội ĐH-CĐ 'làm lợi hơn 9 tỷ'), 166, 168, 215, 517 ('hơn 10.000 tỉ', TLĐ 1 triệu sáng kiến): other organisations/periods."),
    # ---------------- 866 Bến Tre, cờ Tổ quốc cho ngư dân ----------------
    ("866_0e852b70fa76", "supported",
     "Liên đoàn Lao động tỉnh Bến Tre cùng Báo Người Lao Động đã trao hai nghìn lá cờ Tổ quốc cho ngư dân các huyện biển Bình Đại, Ba Tri và Thạnh Phú.",
     "866: 'Liên đoàn Lao động tỉnh Bến Tre đã phối hợp cùng Báo Người Lao Động tổ chức trao 2.000 lá cờ Tổ quốc cho ngư dân 3 huyện vùng biển của tỉnh, gồm: Bình Đại, Ba Tri và Thạnh Phú'."),
    ("866_0e852b70fa76", "differs",
     "Trong giai đoạn 2020-2025, Báo Người Lao Động sẽ trao tặng 50.000 lá cờ Tổ quốc cho ngư dân tỉnh Bến Tre.",
     "866: 'trong đó có 20.000 cờ Tổ quốc Báo Người Lao Động sẽ trao tặng cho ngư dân tỉnh Bến Tre giai đoạn 2020-2025' -> 20.000, not 50.000. "
     "g.sh '50[.]000 (lá )?cờ|50 nghìn' -> only 318 ('50 nghìn lượt người', Thủ đô volunteers) - no flags; g.sh 'Bến Tre|cờ Tổ quốc|lá cờ' -> 866, 727 (Đà Nẵng 500 lá cờ), 545, 630 - none about Bến Tre's 2020-2025 allotment."),
    ("866_0e852b70fa76", "not_found",
     "Riêng Liên đoàn Lao động huyện Thạnh Phú đã trao 700 lá cờ Tổ quốc cho ngư dân trong đợt này.",
     "866 gives only the province total (2.000 lá cờ for 3 huyện) and the 20.000 program figure; the Thạnh Phú caption 'Liên đoàn Lao động huyện Thạnh Phú trao cờ Tổ quốc cho ngư dân' has no number. "
     "g.sh '700 lá|700 cờ' -> nothing; g.sh 'Thạnh Phú|Ba Tri|Bình Đại' -> only 866."),
    # ---------------- 867 Vĩnh Long, mái ấm công đoàn ----------------
    ("867_79224beef844", "supported",
     "Nhân dịp kỷ niệm ngày sinh cố Thủ tướng Võ Văn Kiệt, LĐLĐ tỉnh Vĩnh Long phối hợp LĐLĐ huyện Long Hồ bàn giao 3 căn nhà Mái ấm Công đoàn.",
     "867: 'Liên đoàn Lao động tỉnh Vĩnh Long kết hợp với liên đoàn lao động huyện Long Hồ vừa tiến hành bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa cho hộ dân trên địa bàn'."),
    ("867_79224beef844", "differs",
     "Cùng đợt, Liên đoàn Lao động tỉnh Vĩnh Long và huyện Long Hồ còn bàn giao 2 căn nhà tình nghĩa cho hộ dân.",
     "867: '... bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa cho hộ dân trên địa bàn' -> 1 nhà tình nghĩa, not 2. "
     "g.sh 'nhà tình nghĩa' -> 547, 550 (Đoàn Thanh niên targets), 777 ('1 Ngôi nhà tình nghĩa', Tỉnh đoàn), 867 - no '2 căn nhà tình nghĩa' anywhere; no other Vĩnh Long page."),
    ("867_79224beef844", "not_found",
     "Tổng kinh phí xây dựng các căn nhà Mái ấm Công đoàn mà LĐLĐ tỉnh Vĩnh Long bàn giao tại huyện Long Hồ là 200 triệu đồng.",
     "867 states no money at all. g.sh 'Vĩnh Long|Long Hồ|Võ Văn Kiệt' -> 867 and 585 (CĐCS xã Bình Hòa Phước, no house money). g.sh '200 triệu' -> 509 (Hai Bà Trưng quà), 829 (Long An Tỉnh Đoàn). "
     "Other mái ấm money figures are other provinces: 456 (30 triệu/căn), 457 Tiền Giang (60 triệu), 520 (LĐLĐ tỉnh + huyện Long Điền, 50 triệu), 454 Đà Nẵng."),
    # ---------------- 868 Lạng Sơn, Đại hội Thi đua yêu nước lần IV ----------------
    ("868_3432022c4dcf", "not_found",
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 400 đại biểu tham dự.",
     "868: 'Sáng 31/8/2015, Ủy ban nhân dân tỉnh Lạng Sơn long trọng tổ chức Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV - năm 2015' - no delegate count. "
     "g.sh 'Lạng Sơn|Thi đua yêu nước' -> 826 is lần thứ V (another edition) and counts nothing; g.sh '400 đại biểu' -> 529 (Đại hội Công đoàn Đồng Nai XI) and 815 (Bộ Tư pháp): other events."),
    # ---------------- 881 Thủ Đức ----------------
    ("881_751c16ff3f06", "differs",
     "Ông Trương Trung Kiên được bầu làm Chủ tịch UBND quận Thủ Đức (TP HCM) với 29 trên tổng số 33 đại biểu HĐND quận tán thành.",
     "881: 'Tại kỳ họp, 33/33 đại biểu đã bầu ông Trương Trung Kiên, Phó Bí thư Quận ủy Thủ Đức giữ chức Chủ tịch UBND quận' -> 33 of 33, not 29. "
     "g.sh 'Thủ Đức|Trương Trung Kiên' -> 881 only for this vote; g.sh '29/33|30/33|33/33' -> only '33/33' in 881."),
    # ---------------- 883 Đống Đa ----------------
    ("883_e2578b7cc3b9", "not_found",
     "Ông Võ Nguyên Phong được HĐND quận Đống Đa bầu giữ chức Chủ tịch UBND quận với 38/40 phiếu tán thành.",
     "883 reports the election ('bầu bổ sung chức danh Chủ tịch UBND quận khoá 19 ... đồng chí Võ Nguyên Phong') but no vote count (only 'kỳ họp thứ 5' and 'View Count: 115'). "
     "g.sh 'Võ Nguyên Phong|Nguyễn Song Hào' -> only 883; g.sh '38/40' -> nothing. Vote counts elsewhere are other bodies: 881 '33/33' (Thủ Đức), 628 '34/34' (Nga Sơn)."),
    # ---------------- 885 Thưởng Tết Tân Sửu ----------------
    ("885_b514dc72b366", "supported",
     "Mức thưởng bình quân Tết Âm lịch Tân Sửu là 8,8 triệu đồng mỗi người, thấp hơn năm 2019.",
     "885: 'mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (giảm 12% so với năm 2019)' (Tết Tân Sửu per the next paragraph; city/province not named on the page)."),
    ("885_b514dc72b366", "supported",
     "Mức thưởng Tết Tân Sửu cao nhất gần 1,1 tỷ đồng, thuộc về một cá nhân tại doanh nghiệp FDI ngành cơ - điện lạnh.",
     "885: 'Mức thưởng Tết Tân Sửu cao nhất là 1,076 tỉ đồng thuộc về một cá nhân tại một DN có vốn đầu tư nước ngoài (ngành cơ - điện lạnh)' (1,076 tỉ ~ gần 1,1 tỷ)."),
    ("885_b514dc72b366", "differs",
     "Cùng đợt thống kê thưởng Tết Tân Sửu, mức thưởng Tết dương lịch 2021 bình quân khoảng 5 triệu đồng/người.",
     "885: 'Mức thưởng bình quân Tết dương lịch là 3,4 triệu đồng/người (bằng năm 2019)' -> 3,4 triệu, not ~5 triệu. "
     "g.sh 'Tết dương lịch' -> 885 and 231 (Hà Nội 2017, only maxima 8 / 3,5 / 3 triệu); g.sh '5,2 triệu|5 triệu đồng/người' -> 163 (Hà Nội Bính Ngọ, FDI 4,5 triệu), 294 (support money) - none a Tết dương lịch average."),
    # ---------------- 886 Thưởng Tết Bính Ngọ ----------------
    ("886_ba844443b672", "supported",
     "Tại Khánh Hòa, mức thưởng Tết Bính Ngọ cao nhất ở khối doanh nghiệp có vốn đầu tư nước ngoài là 350 triệu đồng.",
     "886: 'khối doanh nghiệp có vốn đầu tư nước ngoài đang dẫn đầu về mức thưởng Tết Âm lịch cao nhất tại nhiều địa phương, trong đó Tây Ninh ghi nhận mức 600 triệu đồng, Khánh Hòa 350 triệu đồng.'"),
    ("886_ba844443b672", "differs",
     "Mức thưởng Tết Âm lịch Bính Ngọ cao nhất ghi nhận tại Tây Ninh, thuộc khối FDI, lên tới 800 triệu đồng.",
     "886: 'Tây Ninh ghi nhận mức 600 triệu đồng' (and lead: 'Mức thưởng Tết Bính Ngọ cao nhất ... khối doanh nghiệp FDI với 600 triệu đồng') -> 600, not 800. "
     "g.sh '800 triệu' -> only 691 ('Gần 800 triệu đồng ủng hộ Quỹ Vì người nghèo'); Hà Nội's Bính Ngọ maximum in 163 is 614 triệu (other province)."),
    ("886_ba844443b672", "not_found",
     "Mức thưởng Tết Bính Ngọ bình quân tại Tây Ninh là 6 triệu đồng mỗi người.",
     "886 gives only maxima (600 / 350 triệu) and the minimum (0,1 triệu), no average for Tây Ninh. g.sh 'Tây Ninh' -> 753, 770, 832, 563 (no bonus figures); "
     "g.sh 'Bính Ngọ' -> the only Bính Ngọ averages are Hà Nội's in 163 ('bình quân đạt 3,92 triệu đồng/người', FDI 4,5 triệu): another province. g.sh '6 triệu đồng' -> 163 '5,5-6,6 triệu đồng/tháng' = income, not bonus."),
    # ---------------- 887 Hà Trung Party congress ----------------
    ("887_19e43b08801d", "supported",
     "Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025.",
     "887: 'Đại hội đã bầu 36 đồng chí vào Ban Chấp hành Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025.'"),
    ("887_19e43b08801d", "differs",
     "Ban Thường vụ Huyện ủy Hà Trung nhiệm kỳ 2020-2025 gồm 15 đồng chí.",
     "887: 'Ban Thường vụ Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025 gồm 11 đồng chí' -> 11, not 15. "
     "g.sh '15 đồng chí' -> nothing; g.sh 'Huyện ủy Hà Trung|Đảng bộ huyện Hà Trung' -> 887 and 628 (Nga Sơn, no BTV count)."),
    ("887_19e43b08801d", "differs",
     "Ủy ban Kiểm tra Huyện ủy Hà Trung nhiệm kỳ 2020-2025 có 9 ủy viên, do ông Vũ Xuân Hóa làm Chủ nhiệm.",
     "887: 'Ủy ban Kiểm tra Huyện ủy nhiệm kỳ mới gồm 7 ủy viên, đồng chí Vũ Xuân Hóa được bầu làm Chủ nhiệm' -> 7, not 9. "
     "g.sh '(Ủy ban Kiểm tra|UBKT).{0,40}\\b9\\b' -> only 115 'Ủy ban Kiểm tra 9 người' = LĐLĐ tỉnh Bình Định khóa XIV (another organisation)."),
    # ---------------- 889 Đô Lương rotation ----------------
    ("889_093a5732a7fa", "supported",
     "Huyện ủy Đô Lương đã quyết định luân chuyển bảy cán bộ liên quan đến các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: 'Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ' (headline 'Đô Lương: Luân chuyển 7 cán bộ'; lễ công bố 'tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn')."),
    ("889_093a5732a7fa", "supported",
     "Trong đợt luân chuyển cán bộ của Huyện ủy Đô Lương, 4 đồng chí đang chủ trì các xã Thuận Sơn, Đà Sơn, Mỹ Sơn được chuyển sang vị trí khác.",
     "889: '... và 4 đồng chí chủ trì các xã trên được luân chuyển sang vị trí khác.'"),
    ("889_093a5732a7fa", "differs",
     "Huyện ủy Đô Lương điều động 5 cán bộ từ huyện về đảm nhận chức vụ bí thư, chủ tịch UBND các xã.",
     "889: 'có 3 cán bộ từ huyện về đảm nhận chức vụ bí thư, chủ tịch UBND các xã' -> 3, not 5. "
     "g.sh '5 cán bộ' -> 233, 249 (1.415 / 425 cán bộ, Hà Nội) - no rotation; g.sh 'Đô Lương|luân chuyển' -> 889 and seed 003 (generic 'luân chuyển công tác cán bộ')."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])  # stable: keeps in-page order
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in ("supported", "differs", "not_found"), r
            assert "\t" not in "".join(r) and "\n" not in "".join(r), r
            w.writerow([nfc(x) for x in r])
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 3, per_page
    print(len(rows), counts)


if __name__ == "__main__":
    main()
