#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- supported ----------------
    ("094_a583a5e0c0ff", S,
     "Từ đầu năm 2023, hơn 8 nghìn công đoàn cơ sở thuộc Liên đoàn Lao động TP Hà Nội đã tổ chức xong đại hội nhiệm kỳ 2023 - 2028.",
     "094: 'từ đầu năm 2023 đến nay, hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... trực thuộc LĐLĐ Thành phố đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; consistent with seed 003 '8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội, Hội nghị, nhiệm kỳ 2023 - 2028'."),
    ("1029_4c50aa41ee41", S,
     "Sáu tháng đầu năm 2023, Hà Nội có hơn 15 nghìn doanh nghiệp đăng ký thành lập mới, kéo theo nhu cầu tuyển lao động tăng.",
     "1029 (Hà Nội, 6 tháng cuối năm 2023 context): 'Trong sáu tháng đầu năm, hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động'."),
    ("1104_5bd345c8ded7", S,
     "Ông Hoàng Quốc Khánh được HĐND tỉnh Sơn La bầu làm Chủ tịch UBND tỉnh với 67/67 đại biểu có mặt tán thành.",
     "1104: 'Với 67/67 đại biểu có mặt đồng ý, ông Hoàng Quốc Khánh ... được bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh Sơn La khóa XIV'."),
    ("117_525a5f98db78", S,
     "Ủy ban Bầu cử thành phố cho biết Hà Nội đã bầu đủ một trăm linh năm đại biểu HĐND TP khóa XV, nhiệm kỳ 2016-2021.",
     "117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này' (HĐND TP khóa 15, nhiệm kỳ 2016-2021); also 116: 'cử tri đã bầu đủ 105 đại biểu HĐND TP khóa XV, nhiệm kỳ 2016 - 2021'."),
    ("154_9d6a311843f2", S,
     "Dịp kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam, các cấp công đoàn quận Phú Nhuận (TP HCM) đã trao 221 sổ tiết kiệm cho đoàn viên khó khăn, bệnh hiểm nghèo.",
     "154: 'các cấp Công đoàn quận đã trao tặng 221 sổ tiết kiệm cho đoàn viên Công đoàn có hoàn cảnh khó khăn, mắc bệnh nan y, hiểm nghèo, với kinh phí hơn 475 triệu đồng' (LĐLĐ quận Phú Nhuận, 95 năm CĐVN, 2024)."),
    ("242_5bc709367c4a", S,
     "Đại hội Công đoàn TP Hà Nội lần thứ XVI, diễn ra từ 23 đến 25/4/2018 tại Cung Văn hóa Lao động Hữu nghị Việt Xô, có 546 đại biểu tham dự.",
     "242: 'Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI được tổ chức trọng thể tại Cung Văn hóa Lao động Hữu nghị Việt Xô, Hà Nội, từ ngày 23 đến ngày 25/4/2018 với sự tham dự của 546 đại biểu.' (092 says the congress was to have '550 đại biểu chính thức' — the summoned number; 546 attended)."),
    ("464_7e784f258933", S,
     "Phong trào thi đua năm 2024 của Tổng Liên đoàn Lao động Việt Nam gồm năm nội dung thi đua cụ thể.",
     "464: '5 nội dung thi đua cụ thể với các nhóm vấn đề: Thi đua tuyên truyền, quán triệt ...' (Tờ trình phát động phong trào thi đua yêu nước năm 2024, Tổng LĐLĐ VN; title '5 nội dung của phong trào thi đua năm 2024')."),
    ("681_4a0a266e2954", S,
     "Trong chương trình 'Tết Nhân ái' Bính Ngọ 2026, Hội Chữ thập đỏ tỉnh Gia Lai đặt mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết cho hộ nghèo, cận nghèo.",
     "681: 'Hội Chữ thập đỏ tỉnh sẽ triển khai chương trình \"Tết Nhân ái\" với mục tiêu hỗ trợ ít nhất 60.750 suất quà Tết cho các hộ nghèo, cận nghèo...' (Hội CTĐ tỉnh Gia Lai, Tết Bính Ngọ 2026)."),
    ("690_827366894f5d", S,
     "Từ 1/9/2020 đến 31/8/2021, Quỹ 'Vì người nghèo' của Mặt trận ba cấp tỉnh Thừa Thiên Huế thu được gần 11 tỷ đồng.",
     "690 (TTH.VN, Ủy ban MTTQVN tỉnh): 'từ 1/9/2020 - 31/8/2021, Quỹ \"Vì người nghèo\" của Mặt trận 3 cấp thu đạt gần 11 tỷ đồng'. Province only implied by 'TTH.VN'."),
    ("798_7032c1161906", S,
     "Trong Tháng Thanh niên năm 2023, các cấp Đoàn toàn tỉnh đã giới thiệu 748 đoàn viên ưu tú cho Đảng, đạt 374% chỉ tiêu.",
     "798 (Tỉnh Đoàn, tổng kết Tháng Thanh niên 2023): 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%), giới thiệu 748 đoàn viên ưu tú (đạt 374%)'. Province not named on the page."),
    ("907_07e635cbabe5", S,
     "Tại lễ phát động Tháng Nhân đạo năm 2022 của Hội Chữ thập đỏ tỉnh, ban tổ chức đã trao 35 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
     "907: 'Trong chương trình, Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn.' (Phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh; province not named)."),
    ("930_456c87ad3771", S,
     "Mỗi đoàn viên khó khăn về nhà ở được LĐLĐ tỉnh trao biển 'Mái ấm Công đoàn' ngày 25/5/2021 nhận mức hỗ trợ 40 triệu đồng.",
     "930: 'Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng.' (Chiều 25/5/2021, LĐLĐ Tỉnh, Chủ tịch Trần Hoàng Vũ)."),
    ("931_2a6417bd4142", S,
     "Năm 2024, Liên đoàn Lao động tỉnh Hải Dương đã phối hợp xây dựng, sửa chữa 22 'mái ấm công đoàn' cho đoàn viên khó khăn về nhà ở.",
     "931: 'Năm 2024, Liên đoàn Lao động tỉnh đã phối hợp hỗ trợ gần 1 tỷ đồng để xây dựng, sửa 22 \"mái ấm công đoàn\" cho đoàn viên có hoàn cảnh khó khăn về nhà ở' (title: LĐLĐ tỉnh Hải Dương ... trao 22 'mái ấm công đoàn')."),

    # ---------------- differs ----------------
    ("063_f7a849d3bef7", D,
     "Kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua năm kỳ đại hội.",
     "063: 'kể từ khi thành lập đến nay, LĐLĐ quận Hoàng Mai đã trải qua 4 kỳ đại hội'. grep '5 kỳ đại hội|năm kỳ đại hội' -> no hit."),
    ("094_a583a5e0c0ff", D,
     "Từ đầu năm 2023, 50 công đoàn cấp trên trực tiếp cơ sở thuộc LĐLĐ thành phố Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023-2028.",
     "094: 'hơn 8.000 công đoàn cơ sở và 45 công đoàn cấp trên trực tiếp cơ sở ... đã tổ chức thành công Đại hội nhiệm kỳ 2023 - 2028'; seed 003: '45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành việc tổ chức Đại hội'. grep '50 công đoàn cấp trên' -> no hit."),
    ("1029_4c50aa41ee41", D,
     "Nửa đầu năm 2023, Hà Nội có thêm hơn 7.500 doanh nghiệp quay trở lại hoạt động.",
     "1029: 'hơn 15.000 doanh nghiệp đăng ký thành lập mới cùng với hơn 5.700 doanh nghiệp trở lại hoạt động' (sáu tháng đầu năm, Hà Nội). grep '7\\.500 doanh|7500 doanh' -> no hit."),
    ("1050_ae670c71dab7", D,
     "Tại tổ công tác số 4, Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân đã trao quyết định cho 10 công đoàn phường thuộc khu vực Dĩ An, Thuận An (tỉnh Bình Dương cũ).",
     "1050: 'ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM, đã trao quyết định cho 8 Công đoàn phường thuộc khu vực TP Dĩ An, TP Thuận An, tỉnh Bình Dương cũ, gồm 8 phường'. grep '10 công đoàn phường' -> no hit; Dĩ An/Thuận An only on 1050."),
    ("1151_7634750607d5", D,
     "Chương trình Hành trình Đỏ lần thứ XIII năm 2025 tại Thanh Hóa vận động ít nhất 3.000 tình nguyện viên tham gia hiến máu.",
     "1151: 'Chương trình vận động ít nhất 2.000 tình nguyện viên là cán bộ, công chức ... tham gia hiến máu; dự kiến tiếp nhận ít nhất 1.500 đơn vị máu.' grep '3\\.000 tình nguyện' -> no hit."),
    ("1154_9689d812bb52", D,
     "Ngày hội hiến máu tình nguyện đợt 4-2024 của Hội Chữ thập đỏ thành phố Tân Uyên thu nhận được 380 đơn vị máu.",
     "1154: 'Qua kiểm tra có 350 người đủ điều kiện tham gia hiến máu, kết quả thu nhận 350 đơn vị máu.' grep '380 đơn vị' -> no hit; Tân Uyên blood day only on 1154."),
    ("117_525a5f98db78", D,
     "Trước kỳ họp thứ nhất HĐND TP khóa 15 (tháng 6/2016), lãnh đạo UBND TP Hà Nội gồm Chủ tịch Nguyễn Đức Chung và 7 Phó Chủ tịch.",
     "117: 'Lãnh đạo UBND TP.Hà Nội gồm: Chủ tịch Nguyễn Đức Chung; 6 Phó Chủ tịch: Lê Hồng Sơn, Nguyễn Văn Sửu, ...'; 116: 'ông Nguyễn Đức Chung làm Chủ tịch và 6 Phó Chủ tịch'. grep '7 Phó Chủ tịch|bảy Phó Chủ tịch' -> no hit."),
    ("1186_963a0c8c187d", D,
     "Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V, nhiệm kỳ 2025-2030, có 260 đại biểu tham dự.",
     "1186: '218 đại biểu đại diện cho 22.514 đoàn viên công đoàn người lao động trên toàn mạng lưới' (Đại hội lần thứ V, 28/11/2025). (1187: 'Gần 220 đại biểu' is lần thứ III.) grep '260 đại biểu' -> no hit."),
    ("154_9d6a311843f2", D,
     "Dịp kỷ niệm 95 năm thành lập Công đoàn Việt Nam, LĐLĐ quận Phú Nhuận trao 2 'Mái ấm Công đoàn' tổng trị giá 120 triệu đồng.",
     "154: 'LĐLĐ quận cũng trao 2 \"Mái ấm Công đoàn\" tổng trị giá 80 triệu đồng cho các trường hợp khó khăn về nhà ở.' grep '120 triệu' -> only 106 (a worker's bonus, unrelated)."),
    ("464_7e784f258933", D,
     "Theo Chủ tịch Nguyễn Đình Khang, phong trào thi đua năm 2024 của Tổng LĐLĐ Việt Nam dự kiến chia thành ba đợt.",
     "464: 'Chủ tịch Nguyễn Đình Khang cho biết phong trào thi đua năm 2024 dự kiến chia thành 2 đợt.' grep '3 đợt' -> only 256 (CĐCS thi đua năm 2019, another body/year)."),
    ("513_cfb6b8b3f3d6", D,
     "Tháng Thanh niên năm 2020 được Ban Thường vụ Thành đoàn Hà Nội cụ thể hóa bằng sáu nội dung hoạt động.",
     "513: 'tháng Thanh niên năm 2020 ... được Ban Thường vụ Thành đoàn Hà Nội cụ thể bằng 8 nội dung hoạt động gồm: ...'. grep '6 nội dung|sáu nội dung' -> 318 (chiến dịch hè 2015), 1190 (sports events): other things."),
    ("728_911221c21d93", D,
     "Năm 2021, huyện Đại Lộc có 9 cơ quan, đơn vị xếp vị thứ dẫn đầu trong phong trào thi đua cụm đồng bằng của tỉnh.",
     "728: 'Toàn huyện có 6 cơ quan, đơn vị xếp vị thứ dẫn đầu; 8 cơ quan, đơn vị xếp thứ nhì và 10 cơ quan, đơn vị xếp thứ 3'. grep '9 cơ quan' -> only 497 ('19 cơ quan, đơn vị' donors in Hà Nội)."),
    ("783_ef3db5842d22", D,
     "Hội nghị đánh giá thi đua năm 2019 của Cụm thi đua số 3 LĐLĐ thành phố Hà Nội có lãnh đạo LĐLĐ của 8 huyện, thị xã tham dự.",
     "783: 'Dự hội nghị có các đồng chí chủ tịch, phó chủ tịch, cán bộ chuyên trách LĐLĐ 6 huyện, thị xã gồm Gia Lâm, Đông Anh, Sóc Sơn, Thanh Trì, Mê Linh, Sơn Tây.' grep '8 huyện' -> only 816 ('18 huyện', another province)."),
    ("798_7032c1161906", D,
     "Trong Tháng Thanh niên 2023, các cấp Đoàn toàn tỉnh đã kết nạp mới hơn 8.350 đoàn viên.",
     "798: 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%)'. grep '8\\.350' -> no hit."),
    ("802_331723d186da", D,
     "Tại đợt trao tặng huy hiệu Đảng dịp 19/5 do Quận ủy Hoàn Kiếm tổ chức, có 210 đảng viên của quận được nhận huy hiệu.",
     "802: 'Tại đợt trao tặng này quận Hoàn Kiếm có 190 đảng viên được trao tặng huy hiệu Đảng.' grep '210 đảng viên' -> no hit."),
    ("929_6b1be55d0f4e", D,
     "Dịp 2/9/2020, Đảng bộ phường Bạch Hạc có 9 đảng viên được trao huy hiệu từ 30 đến 60 năm tuổi Đảng.",
     "929: 'Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng.' grep '9 đảng viên' -> only 934 (phường Tân Phú, another ward)."),

    # ---------------- not_found ----------------
    ("031_571a7feb6ded", N,
     "Đại hội Công đoàn ngành Công Thương Hà Nội lần thứ XII, nhiệm kỳ 2023-2028, có 200 đại biểu chính thức tham dự.",
     "031 gives no delegate count for lần XII. grep 'Công Thương Hà Nội|Công thương Hà Nội': only 132 counts delegates, 'Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI ... với sự tham gia của 200 đại biểu chính thức' = another edition (XI)."),
    ("1151_7634750607d5", N,
     "Hành trình Đỏ năm 2024 tại Thanh Hóa đã tiếp nhận 1.300 đơn vị máu.",
     "1151 only mentions the 2024 edition in a caption ('đoàn tình nguyện viên Hành trình Đỏ năm 2024 viếng ...'); its figures (ít nhất 1.500 đơn vị máu, 2.000 tình nguyện viên) are for lần thứ XIII, năm 2025. grep 'Hành trình Đỏ' -> only 1151; grep '1\\.300 đơn vị' -> no hit."),
    ("1186_963a0c8c187d", N,
     "Dự Đại hội Công đoàn Tổng công ty Bưu điện Việt Nam lần thứ V có đại biểu của 75 công đoàn cơ sở.",
     "1186 counts 218 đại biểu and 22.514 đoàn viên, not công đoàn cơ sở. '75 Công đoàn cơ sở' appears only in 1187 for Đại hội lần thứ III ('Gần 220 đại biểu ... đại diện cho 23.370 đoàn viên Công đoàn từ 75 Công đoàn cơ sở') = another edition."),
    ("193_98c1c68d8e79", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI đã bầu 51 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     "193/242/092 count delegates (546 / 550) but no BCH size for khóa XVI. grep 'Ban Chấp hành.{0,60}(khóa|khoá) XVI' -> only kỳ họp mentions (003, 037, 300) and other bodies (Đảng bộ HN 74 đồng chí, Y tế HN); grep '51 ủy viên|51 đồng chí' -> no hit."),
    ("203_1d5ba7406036", N,
     "Đại hội Công đoàn ngành Xây dựng Hà Nội lần thứ XIV đã bầu Ủy ban Kiểm tra gồm 5 đồng chí.",
     "203 has no figure for it; 239 (same congress) counts '191 đại biểu' and 'bầu 21 đồng chí vào Ban Chấp hành' only, no Ủy ban Kiểm tra. grep 'Ủy ban Kiểm tra.{0,80}(gồm|đồng chí)' -> 103 (Thành ủy HN), 572 (LĐLĐ TP.HCM 15), 808 (Thành Đoàn TPHCM), 887 (Huyện ủy Hà Trung): other bodies."),
    ("240_7c06aa0151c5", N,
     "Đại hội Công đoàn cơ quan văn phòng Sở Xây dựng Hà Nội lần thứ XVII đã bầu Ban Chấp hành gồm 7 đồng chí.",
     "240 states no BCH size (only '1 trong 2 đơn vị tổ chức Đại hội điểm'). grep 'văn phòng Sở Xây dựng' -> only 240. Near miss: 244 'Ban Chấp hành khóa mới gồm 7 đồng chí' is Công đoàn cơ quan Dân - Đảng huyện Thanh Trì = another organisation."),
    ("342_c57c16d17991", N,
     "Đại hội đại biểu Đảng bộ Tổng Liên đoàn Lao động Việt Nam lần thứ I, nhiệm kỳ 2025-2030, có 250 đại biểu tham dự.",
     "342 gives no delegate count. 079 (same congress) counts BCH 'dự kiến có 29-33 người, hiện đã chỉ định 21 người', BTV '9-11 người ... chỉ định 9 người', not delegates. grep '250 đại biểu' -> only 1210 (Đại hội Công đoàn Y tế VN)."),
    ("430_68a53037f8a8", N,
     "Đại hội đại biểu Đảng bộ Quận 2 (TP.HCM) lần thứ 5, nhiệm kỳ 2015-2020, có 300 đại biểu chính thức.",
     "430 gives no delegate count. grep 'Q\\.2|quận 2' -> 430 and 1048 (LĐLĐ Thủ Đức merger) only. grep '300 đại biểu' -> Đà Nẵng (571, 742), Khánh Hòa (743), 466: other congresses."),
    ("632_799fddc98cfe", N,
     "Hội Liên hiệp Phụ nữ tỉnh Gia Lai hiện có hơn 300 nghìn hội viên.",
     "632 (GLO, Hội LHPN tỉnh, 95 năm Hội LHPN VN) has no member count. grep 'hội viên phụ nữ|LHPN tỉnh' -> Vạn Ninh 29.000 (621), Thanh Hóa, Nghệ An: other places; grep '300 nghìn hội viên|300\\.000 hội viên' -> no hit."),
    ("845_7071fa2d23e6", N,
     "Đại hội đại biểu lần thứ XVII Đảng bộ thành phố Hà Nội (11-13/10/2020) có 550 đại biểu tham dự.",
     "845 and 366 (XVII) give no delegate count. Near miss: 812 '550 đại biểu đại diện cho gần 50 vạn đảng viên' is Đại hội lần thứ XVIII (2025-2030) = another edition."),
    ("883_e2578b7cc3b9", N,
     "Ông Võ Nguyên Phong được HĐND quận Đống Đa bầu làm Chủ tịch UBND quận với 100% đại biểu có mặt tán thành.",
     "883 gives no vote figure. grep 'Võ Nguyên Phong|Đống Đa.{0,50}(phiếu|đại biểu)' -> only 883. Near miss: 533 '100% đại biểu có mặt' is HĐND TP Hà Nội electing Phùng Thị Hồng Hà (another body/person)."),
]


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        rows.append([unicodedata.normalize("NFC", x).replace('"', "'") for x in (page_id, verdict, claim, why)])
    rows.sort(key=lambda r: r[0])
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(1 for r in rows if r[1] == v) for v in (S, D, N)}
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
