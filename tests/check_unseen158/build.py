#!/usr/bin/env python3
"""Build claims.tsv for the blind ldtd-check test set (unseen158).
Plain Python: csv + unicodedata only. Output NFC, sorted by page_id."""
import csv
import unicodedata

# (page_id, verdict, claim, why)
CLAIMS = [
    # ---------------- 023 Công đoàn ngành NN&PTNT Hà Nội ----------------
    ("023_e0590f1ed7e4", "supported",
     "Các công đoàn cơ sở thuộc Công đoàn ngành NN&PTNT Hà Nội đã bầu ra 128 đại biểu đi dự Đại hội Công đoàn ngành lần thứ VI, nhiệm kỳ 2023 - 2028.",
     "023_e0590f1ed7e4: 'Công đoàn ngành đã chỉ đạo 30/30 Công đoàn cơ sở tổ chức thành công Đại hội ... bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI.'"),
    ("023_e0590f1ed7e4", "differs",
     "Theo Chủ tịch Công đoàn ngành Nông nghiệp và Phát triển nông thôn Hà Nội Nguyễn Xuân Hoản, đại hội các công đoàn cơ sở trực thuộc nhiệm kỳ 2023 - 2028 đã bầu ra tổng cộng 251 ủy viên ban chấp hành.",
     "023_e0590f1ed7e4: '... bầu ra 211 Ủy viên Ban Chấp hành và 128 đại biểu dự Đại hội Công đoàn ngành lần thứ VI' -> 211, not 251. g.sh '251 (ủy|Ủy)' : no hit."),
    # ---------------- 059 LĐLĐ quận Long Biên áo dài ----------------
    ("059_9aee6bcb3e82", "supported",
     "Chiều 18/4/2023, Chủ tịch Liên đoàn Lao động quận Long Biên Phan Thị Thu Hằng đã trao hơn bốn trăm bộ áo dài cho nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại các doanh nghiệp trên địa bàn.",
     "059_9aee6bcb3e82: 'chiều 18/4, ... Chủ tịch LĐLĐ quận Long Biên Phan Thị Thu Hằng đã đến thăm, trao tặng hơn 400 bộ áo dài tới nữ đoàn viên công đoàn có hoàn cảnh khó khăn tại 7 doanh nghiệp.'"),
    # ---------------- 155 TNLĐ 2023 cả nước ----------------
    ("155_8bd30a04750c", "differs",
     "Theo Cục An toàn lao động, năm 2023 cả nước có 762 người tử vong vì tai nạn lao động.",
     "155_8bd30a04750c: 'trong năm 2023, cả nước xảy ra 7.394 vụ TNLĐ, làm 7.553 người bị nạn, trong đó có 662 trường hợp tử vong' -> 662, not 762. g.sh '762' only hits 2.762 thanh niên (547) and 1.762 sân chơi (1011). 156 gives 6 tháng đầu năm 2023: 353 người chết (sub-period, also not 762)."),
    ("155_8bd30a04750c", "not_found",
     "Năm 2023, cả nước ghi nhận 1.250 người mắc bệnh nghề nghiệp, theo thống kê của Bộ LĐ-TB&XH.",
     "g.sh 'bệnh nghề nghiệp' and 'người mắc bệnh nghề nghiệp|ca bệnh nghề nghiệp|mắc BNN': only generic mentions (155: 'Số vụ TNLĐ, số người mắc bệnh nghề nghiệp ... vẫn ở mức cao'; gift/support programmes in 003, 498, 551). No page counts people with occupational disease in 2023; nearby figures on 155 count TNLĐ cases/victims/deaths, another noun."),
    # ---------------- 177 Hà Nội 1 triệu sáng kiến ----------------
    ("177_49526c316754", "supported",
     "LĐLĐ thành phố Hà Nội đã chủ động đề xuất và phấn đấu đạt chỉ tiêu 130 nghìn sáng kiến trong Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ Việt Nam.",
     "177_49526c316754: 'chỉ tiêu Tổng LĐLĐ Việt Nam giao cho Hà Nội là thực hiện 60.000 sáng kiến, song LĐLĐ thành phố Hà Nội đã chủ động đề xuất và quyết tâm phấn đấu đạt chỉ tiêu 130.000 sáng kiến'."),
    ("177_49526c316754", "differs",
     "Hơn 50 nghìn đoàn viên, người lao động Thủ đô đã tham gia Chương trình “1 triệu sáng kiến” do Tổng Liên đoàn Lao động Việt Nam phát động.",
     "177_49526c316754: 'Với 40.000 người tham gia, 200.000 sáng kiến được cập nhật ...'; seed 003 line 139: 'Với hơn 40.000 người tham gia, hơn 200.000 sáng kiến' -> 40.000, not 50.000 (seed 002: 9.667 người at 13/4, earlier snapshot). g.sh '50\\.000 người|50 nghìn người': only 318 'Hơn 50.000 người tham gia chiến dịch mùa hè Thanh niên tình nguyện' (another programme)."),
    # ---------------- 191 Đảng bộ huyện Thạch Thất ----------------
    ("191_51ac8bc79074", "differs",
     "Đại hội đại biểu Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020 - 2025 đã bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện.",
     "191_51ac8bc79074: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự được bầu' -> 41, not 45. g.sh '45 (ủy|Ủy|nhân sự)' and 'Thạch Thất' with digits: no other count of this BCH."),
    # ---------------- 278 Đối thoại CNLĐ KCN&CX Hà Nội 2016 ----------------
    ("278_ca99d72144c8", "differs",
     "Hơn 2.000 công nhân lao động đã dự buổi đối thoại với Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung và lãnh đạo LĐLĐ Thành phố dành cho công nhân lao động các KCN&CX Hà Nội năm 2016.",
     "278_ca99d72144c8: 'dự buổi đối thoại có hơn 1000 CNLĐ đại diện cho hơn 1,5 vạn CNLĐ đang làm việc trong các KCN&CX Hà Nội' -> hơn 1000, not hơn 2.000. g.sh '(2\\.000|hai nghìn|2000) (CNLĐ|công nhân)': only 1162 (CĐ ngành GTVT Hà Nội 'hơn 2.000 công nhân lao động trực tiếp', another thing). 082 is the 2024 dialogue (Trần Sỹ Thanh), another occasion."),
    # ---------------- 294 TNLĐ Quốc Oai 18/6/2024 ----------------
    ("294_41e7ee9e3dca", "supported",
     "Sở LĐ-TB&XH Hà Nội đề nghị thành phố hỗ trợ gia đình mỗi nạn nhân tử vong trong vụ tai nạn lao động tại công trường Trường mầm non Đông Yên B (huyện Quốc Oai) số tiền 10 triệu đồng.",
     "294_41e7ee9e3dca: 'đề nghị thành phố hỗ trợ, thăm hỏi gia đình nạn nhân số tiền 10 triệu đồng/người tử vong, 5 triệu đồng/người bị thương nặng, 3 triệu đồng/người bị thương nhẹ.'"),
    ("294_41e7ee9e3dca", "differs",
     "Vụ tai nạn lao động xảy ra tối 18/6/2024 tại công trường xây dựng Trường mầm non Đông Yên B, huyện Quốc Oai, Hà Nội đã làm năm công nhân tử vong.",
     "294_41e7ee9e3dca: 'bệnh viện thông báo có 3 nạn nhân tử vong, 7 nạn nhân bị thương'; 111_2eca64cbf378 (same accident): 'đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng' -> 3, not 5. g.sh '(5|năm) (người )?tử vong': no hit."),
    # ---------------- 347 Hiến máu LĐLĐ TP HCM đợt 3/2025 ----------------
    ("347_c1729d8f4a9d", "supported",
     "Đợt 3 năm 2025 của chương trình hiến máu tình nguyện “Chia sẻ giọt máu hồng” do LĐLĐ TP.HCM phối hợp tổ chức đã thu hút hơn sáu trăm cán bộ công đoàn, đoàn viên - lao động tham gia.",
     "347_c1729d8f4a9d: 'chương trình hiến máu tình nguyện “Chia sẻ giọt máu hồng” đợt 3 năm 2025 ... Chương trình đã thu hút hơn 600 cán bộ Công đoàn, đoàn viên - lao động tình nguyện tham gia hiến máu'."),
    ("347_c1729d8f4a9d", "differs",
     "Chương trình hiến máu “Chia sẻ giọt máu hồng” đợt 3/2025 của Liên đoàn Lao động TP Hồ Chí Minh tại Trường Trung cấp nghề Kinh tế Kỹ thuật Công đoàn Bà Rịa - Vũng Tàu đã thu được 850 đơn vị máu.",
     "347_c1729d8f4a9d: '... tình nguyện tham gia hiến máu và thu được 558 đơn vị máu' -> 558, not 850. g.sh '850 đơn vị' and 'đơn vị máu': no 850 anywhere (other blood drives: 405 ~400, 1154 350, 608 12.300 ...)."),
    # ---------------- 446 LĐLĐ TP HCM thi đua chào mừng Đại hội ----------------
    ("446_764438fb9bbb", "differs",
     "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030 do LĐLĐ TP.HCM phát động ngày 14/11 được chia làm bốn giai đoạn.",
     "446_764438fb9bbb: 'LĐLĐ TP HCM đã phát động đợt thi đua cao điểm chào mừng ... Đại hội Công đoàn TP HCM lần thứ I, nhiệm kỳ 2025 - 2030. Đợt thi đua được chia làm 3 giai đoạn.' (Giai đoạn 1, 2, 3 described) -> 3, not 4. g.sh '4 giai đoạn|bốn giai đoạn': no hit."),
    ("446_764438fb9bbb", "not_found",
     "Đại hội Công đoàn TP.HCM lần thứ I, nhiệm kỳ 2025 - 2030 có 600 đại biểu chính thức được triệu tập.",
     "g.sh 'Đại hội Công đoàn TP HCM.{0,150}[0-9]+ đại biểu|Công đoàn TP HCM lần thứ I': only 446, which gives dates/phases of the emulation drive, no delegate count. Other congresses with delegate counts (101 Đại hội XII CĐVN 947 đại biểu; 174 Tổng LĐLĐ khóa XIII) are other congresses."),
    # ---------------- 523 LĐLĐ tỉnh Nghệ An ----------------
    ("523_1cd6d816c1b9", "supported",
     "LĐLĐ tỉnh Nghệ An đã công bố quyết định chỉ định mười bốn cán bộ công đoàn tham gia Ban Chấp hành Liên đoàn Lao động tỉnh khóa XIX, nhiệm kỳ 2023 - 2028.",
     "523_1cd6d816c1b9: 'Cũng tại buổi lễ, LĐLĐ tỉnh công bố quyết định chỉ định 14 cán bộ công đoàn tham gia Ban Chấp hành LĐLĐ tỉnh khóa XIX, nhiệm kỳ 2023–2028.'"),
    # ---------------- 563 Thủ tướng đối thoại công nhân 2016 ----------------
    ("563_c39e3be4e916", "differs",
     "Nhân dịp 1/5/2016, Thủ tướng Nguyễn Xuân Phúc gặp gỡ, đối thoại tại Đồng Nai với công nhân lao động năm tỉnh, thành miền Đông Nam Bộ.",
     "563_c39e3be4e916: 'sáng 30-4, tại Đồng Nai, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ có buổi gặp gỡ, đối thoại ... của công nhân lao động 8 tỉnh miền Đông Nam Bộ (Bà Rịa - Vũng Tàu, Đồng Nai, TP.HCM, Long An, Tây Ninh, Bình Thuận, Bình Dương, Bình Phước)' -> 8, not 5. g.sh 'Đông Nam Bộ': other hits are 074 (Cụm thi đua 7 LĐLĐ tỉnh) and 1190 (6 chi nhánh NHNN), other things; no '5 tỉnh'."),
    # ---------------- 606 Tháng Nhân đạo 2024 ----------------
    ("606_cccf22e04aa6", "supported",
     "Chiến dịch “Triệu bước chân nhân ái” trong Tháng Nhân đạo năm 2024 đã huy động được 16.200 triệu đồng.",
     "606_cccf22e04aa6: 'Sau 2 tháng phát động, Ban tổ chức đã huy động được 16,2 tỷ đồng, hơn 95.000 người tham gia' (16,2 tỷ = 16.200 triệu)."),
    ("606_cccf22e04aa6", "differs",
     "Theo Trung ương Hội Chữ thập đỏ Việt Nam, Tháng Nhân đạo 2024 cả nước đã huy động được số tiền ủng hộ trên 870 tỷ đồng.",
     "606_cccf22e04aa6: 'trong Tháng Nhân đạo 2024, cả nước đã huy động số tiền ủng hộ trên 786 tỷ đồng' (twice) -> 786, not 870. g.sh '870 tỷ': no hit (498 has '870 triệu đồng' for 18 Mái ấm houses, another thing/unit). 407 gives 6-year total 'hơn 3.400 tỷ đồng', another period."),
    # ---------------- 727 Mùa hè xanh 2020 ----------------
    ("727_39665a0e6638", "differs",
     "Trong chiến dịch Mùa hè xanh năm 2020, Ban chỉ đạo chiến dịch thành lập 22 đội hình thanh niên tình nguyện để hỗ trợ đồng bào các dân tộc thiểu số rất ít người.",
     "727_39665a0e6638: 'trong chiến dịch Mùa hè xanh năm nay, Ban chỉ đạo chiến dịch sẽ thành lập 16 đội hình thanh niên tình nguyện hỗ trợ 16 dân tộc thiểu số ít người' -> 16, not 22. g.sh '22 đội hình|hai mươi hai đội': no hit (other đội hình counts: 318 12, 392 9, 609 5, 998 18 for Đảo Thanh niên — other campaigns)."),
    # ---------------- 733 LĐLĐ quận Long Biên 2018 ----------------
    ("733_22b1a5701d08", "supported",
     "LĐLĐ quận Long Biên đã tổng kết phong trào thi đua “Giỏi việc nước - Đảm việc nhà” năm 2017 và khen thưởng 132 cá nhân tiêu biểu.",
     "733_22b1a5701d08: 'tổ chức tổng kết phong trào thi đua “Giỏi việc nước - Đảm việc nhà” năm 2017 và khen thưởng cho 132 cá nhân tiêu biểu'."),
    ("733_22b1a5701d08", "differs",
     "Tính đến hết tháng 5/2018, các công đoàn cơ sở trên địa bàn quận Long Biên đã giới thiệu 150 đoàn viên ưu tú để Đảng xem xét kết nạp.",
     "733_22b1a5701d08: 'Tính đến hết tháng 5/2018, các cơ sở đã giới thiệu 130 đoàn viên ưu tú để Đảng xem xét kết nạp, trong đó có 42 ...' -> 130, not 150. g.sh 'đoàn viên ưu tú': other hits 706 (4.000 target), 798 (748, Tỉnh Đoàn), 1012 (hơn 300) — other organisations; g.sh '150 đoàn viên': no hit."),
    # ---------------- 763 Mái ấm Công đoàn toàn tỉnh ----------------
    ("763_1f58c3035f15", "differs",
     "Từ khi phát động đến nay, Liên đoàn Lao động tỉnh (Phó Chủ tịch Thường trực Huỳnh Văn Tấn) đã trao hơn 420 ngôi nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở.",
     "763_1f58c3035f15: 'Từ khi phát động đến nay, toàn tỉnh đã có 392 ngôi nhà “Mái ấm Công đoàn” được trao cho những đoàn viên gặp khó khăn về nhà ở.' -> 392, not hơn 420. g.sh '420 ngôi': no hit. Province is not named on the page; Huỳnh Văn Tấn also appears in 630 (same LĐLĐ tỉnh) without a house count."),
    # ---------------- 798 Tháng Thanh niên 2023 (Tỉnh Đoàn) ----------------
    ("798_7032c1161906", "supported",
     "Trong Tháng Thanh niên năm 2023, các cấp bộ Đoàn trong tỉnh (Tỉnh Đoàn do chị Hồ Thị Ánh Tuyết làm Bí thư) đã kết nạp mới hơn 7.300 đoàn viên.",
     "798_7032c1161906: 'Kết nạp mới hơn 7.350 đoàn viên (đạt 375%), giới thiệu 748 đoàn viên ưu tú (đạt 374%)' (hơn 7.300 is consistent with hơn 7.350 at the precision written)."),
    # ---------------- 829 Tỉnh Đoàn Long An Hành quân xanh 2024 ----------------
    ("829_5c8b05de4877", "supported",
     "Tại lễ ra quân chiến dịch “Hành quân xanh” năm 2024 ở huyện Vĩnh Hưng, Tỉnh Đoàn Long An đã trao 150 suất quà cho các em học sinh có hoàn cảnh khó khăn.",
     "829_5c8b05de4877: 'Tại Lễ ra quân Ban Thường vụ Tỉnh Đoàn, Ban Chỉ huy chiến dịch đã vận động các nguồn lực trao tặng ... 150 suất quà cho các em học sinh có hoàn cảnh khó khăn với tổng trị giá gần 200 triệu đồng.'"),
    # ---------------- 867 LĐLĐ tỉnh Vĩnh Long ----------------
    ("867_79224beef844", "differs",
     "Hướng tới kỷ niệm 100 năm ngày sinh cố Thủ tướng Võ Văn Kiệt, LĐLĐ tỉnh Vĩnh Long cùng LĐLĐ huyện Long Hồ đã bàn giao năm căn nhà mái ấm công đoàn.",
     "867_79224beef844: 'Liên đoàn Lao động tỉnh Vĩnh Long kết hợp với liên đoàn lao động huyện Long Hồ vừa tiến hành bàn giao 3 căn nhà mái ấm công đoàn và 1 căn nhà tình nghĩa' -> 3, not 5. g.sh 'Vĩnh Long' / 'Võ Văn Kiệt': only 867 for this occasion; g.sh '5 căn': only 468 (185 căn nhà đại đoàn kết ... 5 máy khâu, another thing)."),
    # ---------------- 907 Tháng Nhân đạo 2022 Hội CTĐ tỉnh ----------------
    ("907_07e635cbabe5", "supported",
     "Tại lễ phát động Tháng Nhân đạo năm 2022 của Hội Chữ thập đỏ tỉnh (Chủ tịch Đỗ Thị Phước Thiện), ban tổ chức đã trao 35 suất học bổng cho học sinh khó khăn.",
     "907_07e635cbabe5: 'Trong chương trình, Ban tổ chức đã trao tặng 35 suất học bổng cho học sinh khó khăn.' (Bà Đỗ Thị Phước Thiện, Chủ tịch Hội Chữ thập đỏ tỉnh)."),
    # ---------------- 930 Mái ấm Công đoàn 25/5/2021 ----------------
    ("930_456c87ad3771", "supported",
     "Chiều 25/5/2021, Liên đoàn Lao động tỉnh do ông Trần Hoàng Vũ làm Chủ tịch đã trao hỗ trợ “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở, mỗi trường hợp 40 triệu đồng.",
     "930_456c87ad3771: 'Cho 07 đoàn viên có hoàn cảnh khó khăn về nhà ở, mỗi trường hợp được trao hỗ trợ là 40.000.000 đồng.'"),
    ("930_456c87ad3771", "differs",
     "Kế hoạch Tháng Công nhân - Tháng An toàn vệ sinh lao động năm 2021 của Ban Thường vụ Liên đoàn Lao động tỉnh có chương trình hỗ trợ, trao biển tượng trưng xây dựng 30 căn nhà Mái ấm công đoàn.",
     "930_456c87ad3771: 'trong đó có chương trình hỗ trợ và trao biển tượng trưng xây dựng 20 căn nhà Mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở' -> 20, not 30. g.sh '30 căn': no hit."),
    # ---------------- 962 Công đoàn phường Thanh Hà ----------------
    ("962_3c496118118a", "not_found",
     "Công đoàn cơ sở phường Thanh Hà hiện có 38 đoàn viên công đoàn.",
     "g.sh 'Thanh Hà' and 'Thanh Hà.{0,200}[0-9]+ đoàn viên': only 962 (no member count; its only count is the 5-member BCH) and 687 (a person named Thanh Hà). No page counts this union's members."),
    # ---------------- 963 Công đoàn phường Thuận Giao ----------------
    ("963_df9b4f2ebd96", "supported",
     "Ban Chấp hành Công đoàn phường Thuận Giao (TP.HCM) nhiệm kỳ 2025 - 2030 được chỉ định gồm 15 đồng chí.",
     "963_df9b4f2ebd96: 'Đại hội đã công bố quyết định chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí.'"),
    ("963_df9b4f2ebd96", "differs",
     "Công đoàn phường Thuận Giao đã phối hợp với Ủy ban MTTQ Việt Nam phường trao tặng 120 phần quà cho hộ nghèo và học sinh khó khăn.",
     "963_df9b4f2ebd96: 'trao tặng 210 phần quà cho các hộ nghèo, học sinh khó khăn với tổng giá trị hơn 73 triệu đồng' (also in the lead: 'trao 210 phần quà') -> 210, not 120. g.sh '120 phần quà': no hit; g.sh 'Thuận Giao': only 963 and 1050 (ward list)."),
    # ---------------- 969 Công đoàn Sở NN&PTNT ----------------
    ("969_652bd3e9c355", "not_found",
     "Đại hội Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn tổ chức ngày 21/4/2023 có 120 đại biểu tham dự.",
     "969 only says the Đại hội CĐCS Sở NN&PTNT 'được tổ chức vào ngày 21/4 tới đây' (future, no delegate count); its count is '10 Công đoàn cơ sở thành viên'. g.sh 'Sở Nông nghiệp.{0,200}[0-9]+ (đại biểu|đoàn viên)': no hit. 023/204 count the Công đoàn ngành NN&PTNT Hà Nội congress (lần VI: 128 đại biểu), another organisation/occasion."),
    # ---------------- seeds-free not_found pages ----------------
    ("013_a5bff765dc30", "not_found",
     "Đại hội Công đoàn quận Tây Hồ lần thứ VI, nhiệm kỳ 2023 - 2028 có 210 đại biểu chính thức tham dự.",
     "013 is a photo report with no figures (only ordinals/terms). g.sh 'Tây Hồ' (digits) and 'Tây Hồ.{0,150}đại biểu|đại biểu.{0,150}Tây Hồ': no delegate count for this congress anywhere (seed 002 Tây Hồ items are about art programme/đoàn viên development)."),
    ("037_69ea9a40be4e", "not_found",
     "Đồng chí Bùi Huyền Mai được Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI bầu giữ chức Chủ tịch với 97% số phiếu tán thành.",
     "037 gives no vote share. g.sh 'Bùi Huyền Mai' (273, 286, 336, 622, 711, 712: other roles, MTTQ) and 'Chủ tịch.{0,120}[0-9]+(,[0-9]+)?% (số )?phiếu': no vote percentage for this election anywhere."),
    ("171_ed616c7d5ff1", "not_found",
     "Giai đoạn 2016 - 2020, thực hiện Chương trình 08-Ctr/TU của Thành ủy Hà Nội về đẩy mạnh cải cách hành chính, thành phố đã cắt giảm 35% thủ tục hành chính.",
     "171 names the programmes (03, 06, 08-Ctr/TU) and attendees but states no results. g.sh 'thủ tục hành chính|08-Ctr|tái cơ cấu kinh tế' and 'cắt giảm|CCHC': no count/percentage of administrative procedures cut."),
    ("300_c35bde72bae1", "not_found",
     "Đoàn đại biểu LĐLĐ Thành phố Hà Nội dự Đại hội XII Công đoàn Việt Nam gồm 62 đại biểu.",
     "300 mentions 'đoàn đại biểu LĐLĐ Thành phố dự Đại hội XII Công đoàn Việt Nam' with no size. g.sh 'đoàn đại biểu.{0,150}[0-9]+ đại biểu' (710 Thái Nguyên MTTQ, 808/809/1086 Đoàn TN — other bodies) and '(Đại hội XII|lần thứ XII).{0,200}Hà Nội.{0,80}[0-9]+ đại biểu' (101: whole congress '947 đại biểu', another noun: all delegates, not Hà Nội's delegation)."),
    ("353_d8f30a786bd0", "not_found",
     "Ông Nguyễn Đình Khang được Ban Chấp hành Tổng LĐLĐ Việt Nam khóa XIII bầu làm Chủ tịch với 98,8% số phiếu.",
     "g.sh 'Nguyễn Đình Khang.{0,100}(phiếu|%)': no hit; 'Nguyễn Đình Khang' hits (004, 074, 079, 101, 174, 464 ...) carry no vote share. 174 counts BCH khóa XIII members (177 seats, 168 elected), another noun."),
    ("771_462f2b2f6129", "not_found",
     "Giải bóng đá nam trong công nhân, viên chức, lao động tỉnh Nam Định năm 2024 có 24 đội tham gia.",
     "771 only lists the tournament in the plan, no team count. g.sh 'bóng đá' and '[0-9]+ đội (tham gia|bóng)': 046 (Cúp Báo LĐTĐ 2015, 18 đội), 118, 1081 — other events/provinces."),
    ("979_5010ac31af5f", "not_found",
     "Ủy ban MTTQ Việt Nam huyện Phú Tân khóa VIII, nhiệm kỳ 2014 - 2019 có 55 ủy viên.",
     "979 gives only '100% đại biểu tán thành' and the session number. g.sh 'Phú Tân' (793: Huyện Đoàn event) and 'MTTQ.{0,100}[0-9]+ (ủy viên|vị)' (622 UB TW MTTQ 18 vị; 715 quận 2 ủy viên): no member count for this committee."),
]

HEADER = ["page_id", "verdict", "claim", "why"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = [tuple(nfc(x) for x in r) for r in CLAIMS]
    for r in rows:
        assert r[1] in ("supported", "differs", "not_found"), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADER)
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    c = Counter(r[0] for r in rows)
    print("pages:", len(c), "max per page:", max(c.values()))


if __name__ == "__main__":
    main()
