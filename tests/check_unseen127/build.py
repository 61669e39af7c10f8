#!/usr/bin/env python3
"""Write claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`.

Only csv + unicodedata. Each claim states ONE counted figure.
Columns: page_id, verdict, claim, why.
"""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------------------------------------------------------- supported
    ("051_fbcaca51a290", S,
     "LĐLĐ huyện Chương Mỹ đã trao 35 triệu đồng hỗ trợ đoàn viên Nguyễn Thị Đức xây nhà Mái ấm công đoàn.",
     "051: 'đồng chí Phùng Xuân Kim - Phó Chủ tịch Liên đoàn Lao động huyện Chương Mỹ đã trực tiếp trao 35 triệu đồng kinh phí hỗ trợ xây dựng nhà ở Mái ấm công đoàn cho chị Đức'."),
    ("087_5e1e5cd817ad", S,
     "Trong đợt giãn cách xã hội năm 2021, các cấp Công đoàn thành phố Hà Nội đã trao Túi an sinh Công đoàn cho khoảng 19 nghìn đoàn viên, người lao động gặp khó khăn.",
     "087: 'các cấp Công đoàn TP Hà Nội ... hỗ trợ \"Túi an sinh Công đoàn\" cho gần 19.000 đoàn viên, NLĐ gặp khó khăn' (gần 19.000 ~ khoảng 19 nghìn)."),
    ("1128_8dbf9e8fc1aa", S,
     "Đoàn công tác Công đoàn Điện lực Việt Nam tặng quà Tết Công ty Dịch vụ Điện lực TP.HCM và Công ty Điện lực Củ Chi, mỗi đơn vị 50 triệu đồng.",
     "1128: 'tặng quà 02 đơn vị là Công ty Dịch vụ Điện lực TP. HCM và Công ty Điện lực Củ Chi với số tiền 50.000.000 đồng/mỗi đơn vị'."),
    ("143_51b5dc91c41f", S,
     "Đại hội đại biểu Phụ nữ TP Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 triệu tập gần 490 đại biểu.",
     "143: 'Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 ... Đại hội triệu tập 489 đại biểu' (489 ~ gần 490). 593 (same congress) gives no delegate total."),
    ("288_b4f0b53ee431", S,
     "Hơn 580 nghìn đoàn viên Công đoàn Thủ đô được đại diện tại Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025-2030.",
     "288: 'Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 ... 548 đại biểu đại diện cho ý chí, nguyện vọng và niềm tin của trên 580.000 đoàn viên Công đoàn Thủ đô'."),
    ("318_26cc55c81cb4", S,
     "Trong chiến dịch mùa hè Thanh niên tình nguyện năm 2015, Thành đoàn Hà Nội ra quân mười hai đội hình chuyên.",
     "318: 'Thành đoàn Hà Nội tổ chức ra quân 12 đội hình chuyên trong chiến dịch mùa hè Thanh niên tình nguyện' (2015). 392 has '9 đội hình chuyên cấp thành phố' but for hè 2022 (another year)."),
    ("454_1d07a29fe95c", S,
     "Tổng kinh phí đợt 2 năm 2021 trao nhà Mái ấm Công đoàn của Liên đoàn Lao động TP Đà Nẵng cho 32 đoàn viên là 970 triệu đồng.",
     "454: 'Tổng kinh phí đợt trao tặng Mái ấm Công đoàn đợt 2 năm 2021 cho 32 đoàn viên, người lao động là 970.000.000 đồng'."),
    ("525_3c28e321c9a6", S,
     "Nhiệm kỳ qua, các cấp Công đoàn tỉnh Bắc Ninh đã tổ chức hơn 2,2 nghìn lượt Bữa cơm Công đoàn cho đoàn viên, người lao động.",
     "525: 'Các cấp Công đoàn trong tỉnh ... tổ chức hơn 2.256 lượt Bữa cơm Công đoàn với tổng giá trị trên 38,2 tỷ đồng' (Bắc Ninh, Đại hội lần thứ I 2025-2030; hơn 2,2 nghìn ~ 2.256)."),
    ("581_94f251acdd8a", S,
     "Ông Chu Ngọc Anh được HĐND thành phố Hà Nội khóa XVI bầu tiếp tục giữ chức Chủ tịch UBND thành phố với 97,87% đại biểu có mặt tán thành.",
     "581: 'tiếp tục giữ chức vụ Chủ tịch Ủy ban Nhân dân thành phố khóa XVI, nhiệm kỳ 2021-2026, với 92/94 đại biểu có mặt tán thành bằng phiếu kín (chiếm 97,87%)'. 352 agrees (92/94)."),
    ("609_dfc9aa12900d", S,
     "Tại lễ ra quân chiến dịch \"Kỳ nghỉ hồng\" năm 2024 ở huyện Đông Anh, Thành đoàn Hà Nội đã ra mắt 5 đội hình tình nguyện cấp thành phố.",
     "609: 'Thành đoàn Hà Nội ra mắt 5 đội hình tình nguyện cấp thành phố trong chiến dịch \"Kỳ nghỉ hồng\"' (25.6.2024, H.Đông Anh)."),
    ("686_f487be2c2a94", S,
     "Hơn 1.700 công nhân đã tham gia chương trình \"Vui xuân Giáp Thìn - Đón Tết đoàn viên\" do Công đoàn Công ty TNHH May mặc Triple Việt Nam tổ chức.",
     "686: 'Tối 13-1, hơn 1.700 công nhân đã hào hứng tham gia chương trình \"Vui xuân Giáp Thìn - Đón Tết đoàn viên\" do Công đoàn Công ty TNHH May mặc Triple Việt Nam (huyện Củ Chi, TP HCM) tổ chức'."),
    ("793_a83971f85d67", S,
     "Nhân ngày Quốc tế Thiếu nhi năm 2023, Ban Tổ chức lễ mít tinh ở huyện Phú Tân đã trao quà trị giá hơn 186 triệu đồng cho trẻ em có hoàn cảnh đặc biệt.",
     "793: 'Ban Tổ chức đã vận động và trao tặng 400 phần quà, với tổng trị giá 186.250.000 đồng cho trẻ em có hoàn cảnh đặc biệt' (hơn 186 triệu ~ 186,25 triệu)."),
    ("808_2d042b864f95", S,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ XI, nhiệm kỳ 2022-2027 có 441 đại biểu tham dự.",
     "808: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TPHCM lần thứ XI, nhiệm kỳ 2022-2027 ... với sự tham gia của 441 đại biểu'."),

    # ------------------------------------------------------------------ differs
    ("051_fbcaca51a290", D,
     "Trong khoản hỗ trợ xây Mái ấm công đoàn cho chị Nguyễn Thị Đức ở xã Tân Tiến, Liên đoàn Lao động thành phố Hà Nội góp 15 triệu đồng.",
     "051: 'Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng'. grep '15 triệu': only 091 (Công đoàn ngành giáo dục, other people), 144, 231; never about chị Đức."),
    ("074_3aedb58932be", D,
     "Năm 2022, Tổng LĐLĐ Việt Nam căn cứ kết quả bình xét suy tôn của 15 cụm, khối thi đua trực thuộc để chọn đơn vị đề nghị tặng Cờ thi đua của Chính phủ.",
     "074: 'căn cứ kết quả bình xét suy tôn của 12 cụm, khối thi đua trực thuộc Tổng Liên đoàn'. grep '15 cụm|mười lăm cụm': no hit."),
    ("087_5e1e5cd817ad", D,
     "Lãnh đạo LĐLĐ TP Hà Nội đã trao 180 Túi an sinh Công đoàn cho người lao động ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh.",
     "087: '300 \"Túi an sinh Công đoàn\" được lãnh đạo LĐLĐ TP Hà Nội trao cho NLĐ ngoại tỉnh thuê trọ tại xã Võng La, huyện Đông Anh'. grep '180 .?Túi|180 túi': none."),
    ("1086_f219c7d82366", D,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Thanh Hóa khóa XIX, nhiệm kỳ 2022-2027 đã bầu Ban Chấp hành Tỉnh Đoàn gồm 39 đồng chí.",
     "1086: 'đại hội đã bầu Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44 đồng chí'. grep '39 đồng chí': none. (1105 gives 49 for the 2025-2030 term, another edition; 49 deliberately avoided.)"),
    ("117_525a5f98db78", D,
     "Ủy ban Bầu cử TP Hà Nội công bố đã bầu đủ 95 đại biểu HĐND thành phố khóa XV, nhiệm kỳ 2016-2021.",
     "117: 'Hà Nội đã bầu đủ 105 đại biểu HĐND TP của khóa này' (khóa 15, 2016-2021); 116 agrees: 'bầu đủ 105 đại biểu HĐND TP khóa XV'. grep '95 đại biểu': only '995 đại biểu' (Hội Nông dân, 842)."),
    ("129_306ace8250a2", D,
     "Trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn thành phố Hà Nội khoảng 8.500 tấn.",
     "129: 'trung bình mỗi ngày, lượng rác thải phát sinh trên địa bàn Thành phố khoảng 6.500 tấn'. grep '8.500|8500': none."),
    ("143_51b5dc91c41f", D,
     "Có 38 nữ cán bộ Công đoàn chuyên trách và nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI.",
     "143: 'nữ cán bộ Công đoàn chuyên trách, nữ CNVCLĐ Thủ đô là đại biểu chính thức dự Đại hội có 28 người'. grep '38 (người|nữ|đại biểu)': none."),
    ("454_1d07a29fe95c", D,
     "Tính cả năm 2021, Liên đoàn Lao động TP Đà Nẵng đã trao tặng 45 căn nhà Mái ấm Công đoàn cho đoàn viên khó khăn.",
     "454: 'Tính cả năm 2021, Liên đoàn Lao động thành phố Đà Nẵng đã trao tặng 54 nhà Mái ấm Công đoàn (sửa chữa 39 nhà, xây mới 15)'. grep '45 nhà|45 căn': none; 491 (Đà Nẵng 2024: 103 đoàn viên) is another year."),
    ("465_d28f5749c617", D,
     "Dịp Tết, Liên đoàn Lao động huyện Phú Lương đã tặng 68 suất quà cho cán bộ viên chức, người lao động gặp khó khăn.",
     "465: 'Liên đoàn lao động huyện Phú Lương tặng 86 xuất quà cho cán bộ viên chức, người lao động gặp khó khăn, tổng trị giá gần 38 triệu đồng'. grep '68 (suất|xuất|phần)': only 168/268 on other pages."),
    ("495_426cdd090149", D,
     "Hơn 6 nghìn đoàn viên, thanh niên, học sinh, sinh viên đã tham dự Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 năm 2026 của Thành Đoàn TP.HCM.",
     "495: 'Lễ ra quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên, thanh niên, học sinh, sinh viên, chiến sĩ tại các điểm ra quân'. 1013 says 'gần 70.000 ... đăng ký' (registrations, a different count). grep '6.000 (đoàn viên|thanh niên)': none about this campaign."),
    ("520_248a7e4c18f3", D,
     "LĐLĐ tỉnh đã hỗ trợ 70 triệu đồng xây dựng Mái ấm công đoàn cho bà Trần Thị Anh, công nhân Công ty TNHH Chang Chun Vina.",
     "520: 'LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng \"Mái ấm công đoàn\" cho bà Trần Thị Anh' (also '50 triệu đồng/căn'). grep '70 triệu': only 470/870 triệu on other pages."),
    ("585_b22d53f788ab", D,
     "Đại hội Công đoàn cơ sở xã Bình Hòa Phước lần thứ VIII, nhiệm kỳ 2023-2028 đã bầu Ban Chấp hành gồm bảy đồng chí.",
     "585: 'Đại Hội cũng đã bầu ban chấp hành nhiệm kỳ mới là 5 đ/c'. grep 'bảy đồng chí|7 đồng chí|07 đ/c': only 244, 578, 662 (other congresses)."),
    ("622_81ae52ef2094", D,
     "Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X đã hiệp thương bầu 15 vị làm Ủy viên Ủy ban Trung ương MTTQ Việt Nam.",
     "622: 'Hội nghị cũng nhất trí hiệp thương bầu 18 vị là Ủy viên Ủy ban Trung ương MTTQ Việt Nam'. grep '15 (vị|Ủy viên|ủy viên)': only 1141 ('15 ủy viên UBND thành phố', another body)."),
    ("686_f487be2c2a94", D,
     "Trong chương trình quay số may mắn dịp Tết Giáp Thìn, 345 công nhân Công ty TNHH May mặc Triple Việt Nam đã nhận giải thưởng.",
     "686: '534 công nhân đã được nhận các giải thưởng như xe máy, tivi, điện thoại ... trong chương trình quay số may mắn'. grep '345 ': 156 (345 vụ TNLĐ), 741 (345 đại biểu), 1147 (345 suất quà Nha Trang) - all other things."),
    ("745_266354cbce97", D,
     "Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân đã trao 150 phần quà Tết Bính Ngọ 2026 của Tổng Liên đoàn cho đoàn viên, người lao động khó khăn tại Gia Lai.",
     "745: 'Huỳnh Thanh Xuân đã trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ' (phường Thống Nhất, Gia Lai, 7-2-2026). grep '150 phần quà|150 suất': 668, 829, 922, 1146 - other organisations/provinces."),
    ("889_093a5732a7fa", D,
     "Huyện ủy Đô Lương đã quyết định luân chuyển chín cán bộ tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: 'Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ' (3 từ huyện về + 4 đồng chí chủ trì). grep '9 cán bộ|chín cán bộ': only 576 ('tuyên dương 9 cán bộ CĐ', unrelated)."),

    # ---------------------------------------------------------------- not_found
    ("1086_f219c7d82366", N,
     "Ban Chấp hành Tỉnh Đoàn Nghệ An khóa XVII, nhiệm kỳ 2022-2027 gồm 45 đồng chí.",
     "grep 'Tỉnh Đoàn Nghệ An|Nghệ An khóa XVII': only 1086, which names the Nghệ An secretary but counts nothing for Nghệ An; the 44 (BCH), 12 (BTV), 14+4 delegates are all Thanh Hóa. grep '45 (đồng chí|ủy viên)': none."),
    ("129_306ace8250a2", N,
     "Trong đợt nắng nóng, Công đoàn ngành Xây dựng Hà Nội đã tặng 250 suất quà cho công nhân môi trường làm việc ngoài trời.",
     "129 counts no gifts (only '6.500 tấn' rác/ngày). grep 'công nhân môi trường|Công đoàn ngành Xây dựng Hà Nội': 128 has '30 suất quà' from Công đoàn ngành Xây dựng Việt Nam at Tết (other org, other occasion); 073, 131 are other events. grep '250 suất': none."),
    ("181_e4c0aa4c078f", N,
     "Năm 2022, công nhân, viên chức, lao động huyện Sóc Sơn đã đăng ký 1.250 sáng kiến hưởng ứng Chương trình 1 triệu sáng kiến.",
     "181 counts only '2 đợt' thi đua. grep '[0-9.]+ sáng kiến': 14.791 (LĐLĐ TP Hà Nội, seed 002), 200.000 (Công đoàn Thủ đô), 696.948 (cả nước) etc. - none for Sóc Sơn; seed 002 only lists Sóc Sơn among units 'đạt tỷ lệ cao' with no number. grep '1.250|1250 ': none."),
    ("288_b4f0b53ee431", N,
     "Đại hội Công đoàn thành phố Hà Nội lần thứ XVIII đã bầu Ban Chấp hành LĐLĐ thành phố khóa XVIII gồm 45 ủy viên.",
     "288 counts delegates (548) and members (580.000), no BCH size. grep 'Công đoàn (TP|thành phố) Hà Nội lần thứ XVIII|khóa XVIII': 095 (plan), 812/813 (Đảng bộ Hà Nội khóa XVIII, another body), 1211 (Y tế Thanh Hóa BCH 17), 408 - none gives the Công đoàn HN BCH size. grep '45 (đồng chí|ủy viên)': none."),
    ("319_7f30ae237edf", N,
     "Trong đợt cao điểm từ 15/12/2025 đến 16/3/2026, Công an TP Hà Nội đã triệt phá 120 băng nhóm tội phạm.",
     "319 is the launch; it counts only '7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể'. grep 'băng nhóm|triệt phá': none in the corpus."),
    ("402_eeb7fa7db79a", N,
     "Chương trình biểu dương Chủ tịch Hội Phụ nữ cơ sở giỏi toàn quốc lần thứ III năm 2023 sẽ tuyên dương 150 Chủ tịch Hội cơ sở.",
     "402 gives the edition (lần thứ III), dates 17-19/10/2023 and '93 năm', no count of honourees. 401 (Hội LHPN Hà Nội's own programme) counts none either. grep '150 Chủ tịch': none; '200 Chủ tịch Công đoàn cơ sở' (524) is another thing."),
    ("495_426cdd090149", N,
     "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh TP.HCM lần thứ I, nhiệm kỳ 2025-2030 có 500 đại biểu chính thức tham dự.",
     "495 only mentions that congress (lần thứ I, 2025-2030) by name. The corpus counts delegates of the lần thứ XI congress (808: 441 đại biểu, 2022-2027) - another edition. grep '500 đại biểu': none."),
    ("525_3c28e321c9a6", N,
     "Đại hội đại biểu Công đoàn tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025-2030 có 350 đại biểu chính thức.",
     "525 counts care figures (100.000 lượt, gần 600 tỷ, 2.256 lượt, 38,2 tỷ), not delegates. grep 'Bắc Ninh.{0,100}đại biểu': only 525 lines without a number; 527 counts 2.450 tổ chức công đoàn (other thing). grep '350 đại biểu': none."),
    ("563_c39e3be4e916", N,
     "Tại buổi đối thoại ở Đồng Nai sáng 30-4-2016, công nhân 8 tỉnh miền Đông Nam Bộ đã gửi 150 ý kiến, kiến nghị tới Thủ tướng Nguyễn Xuân Phúc.",
     "563 is an announcement: counts 8 tỉnh and (title) 3.000 công nhân, no kiến nghị. grep 'kiến nghị': seed 000/003 '600 ý kiến' and 278 '22/31 vấn đề' are Hà Nội dialogues with the Chủ tịch UBND TP (other occasion). grep '150 (câu|ý kiến|kiến nghị)': none."),
    ("863_b9986cf6dbca", N,
     "Năm 2016, Công đoàn Viên chức tỉnh có 18 công đoàn cơ sở đạt vững mạnh xuất sắc.",
     "863 counts '36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%' (2016) and a 2017 target 'trên 45% đơn vị đạt vững mạnh xuất sắc' - no 2016 count of vững mạnh xuất sắc. grep 'vững mạnh xuất sắc': only 863. grep '18 công đoàn cơ sở': none."),
    ("1107_8a955dc47044", N,
     "Giải Bóng chuyền hơi do Hội Liên hiệp Phụ nữ thành phố Hà Nội khai mạc ngày 8/3/2023 tại huyện Đan Phượng có 24 đội tham gia.",
     "1107 names the tournament and venue only (other figures: 113 năm, 100 ngày). grep 'bóng chuyền hơi|Đan Phượng': 1193 (NHCSXH games), 1022, 112 - no team count for this tournament. grep '24 đội': none."),
]


def curly(text):
    """Replace ASCII double quotes by typographic ones so the TSV needs no quoting."""
    out, open_q = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_q else "\u201d")
            open_q = not open_q
        else:
            out.append(ch)
    return "".join(out)


def main():
    rows = []
    for page_id, verdict, claim, why in CLAIMS:
        assert verdict in (S, D, N), verdict
        fields = [unicodedata.normalize("NFC", curly(x)) for x in (page_id, verdict, claim, why)]
        assert not any("\t" in x or "\n" in x for x in fields)
        rows.append(fields)
    rows.sort(key=lambda r: (r[0], r[1]))
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    counts = {v: sum(r[1] == v for r in rows) for v in (S, D, N)}
    per_page = {}
    for r in rows:
        per_page[r[0]] = per_page.get(r[0], 0) + 1
    assert max(per_page.values()) <= 2, per_page
    print(len(rows), counts, len(per_page), "pages")


if __name__ == "__main__":
    main()
