#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for a blind test of `ldtd check`."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---------------- 041 Công nhân giỏi Thủ đô 2022 ----------------
    ("041_bf2f2fd819b8", D,
     "Năm 2022, Liên đoàn Lao động thành phố Hà Nội đã tuyên dương 150 “Công nhân giỏi Thủ đô” nhân Tháng Công nhân.",
     "041: 'LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương 100 “Công nhân giỏi Thủ đô”' (2022; also 076 and 075 teaser say 100 for 2022). "
     "g.sh '150 .?Công nhân giỏi' -> nothing. Other years: 90 (2019, page 042), 100 (2023, 186/seed 003); none states 150."),
    ("041_bf2f2fd819b8", N,
     "Mỗi “Công nhân giỏi Thủ đô” năm 2022 được LĐLĐ TP Hà Nội thưởng 5 triệu đồng.",
     "041 states only the count (100) of Công nhân giỏi Thủ đô 2022, no reward amount. "
     "g.sh 'Công nhân giỏi.{0,100}(triệu|đồng)|(triệu|đồng).{0,100}Công nhân giỏi' -> only 003 teaser, 075/184 (KCN&CX 2022 event, '1 triệu sáng kiến' programme) and 186; no money per Công nhân giỏi Thủ đô anywhere."),
    # ---------------- 1024 Ba Vì Tháng Công nhân 2025 ----------------
    ("1024_dd34d84c01cf", S,
     "Nhân Tháng Công nhân năm 2025, LĐLĐ huyện Ba Vì đã trao mười một suất quà cho cán bộ, công nhân lao động có hoàn cảnh khó khăn.",
     "1024: 'Liên đoàn Lao động huyện Ba Vì đã trao 11 suất quà nhân dịp Tháng Công nhân cho cán bộ, công nhân lao động có hoàn cảnh khó khăn' (Tháng Công nhân 2025)."),
    ("1024_dd34d84c01cf", D,
     "Cũng dịp Tháng Công nhân 2025, Liên đoàn Lao động huyện Ba Vì trao quà cho 35 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024-2025.",
     "1024: '... và 25 em học sinh là con đoàn viên, người lao động đạt giải cấp Thành phố năm học 2024 - 2025'. "
     "g.sh '35 (em|học sinh)' finds no Ba Vì page; 264 only has a Ba Vì headline teaser with no figure."),
    # ---------------- 1125 Điện lực Đất Đỏ ----------------
    ("1125_5e323181d7fd", S,
     "Công đoàn Công ty Điện lực Đất Đỏ đã thăm hỏi, trao hỗ trợ cho bốn trường hợp cán bộ công nhân viên và thân nhân gặp hoàn cảnh khó khăn, bệnh tật.",
     "1125: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp cán bộ công nhân viên và thân nhân đang gặp hoàn cảnh khó khăn, bệnh tật'."),
    ("1125_5e323181d7fd", D,
     "Tổng số tiền Công đoàn Công ty Điện lực Đất Đỏ trao hỗ trợ người lao động khó khăn lần này là 85 triệu đồng.",
     "1125: 'trao tổng số tiền 55 triệu đồng hỗ trợ cho 4 trường hợp'. g.sh 'Đất Đỏ' -> only 1125 and 520 (Mái ấm công đoàn, Long Điền, other event); "
     "g.sh '85 triệu' shows no Đất Đỏ/Điện lực hit."),
    # ---------------- 1165 Bến Tre hiến máu ----------------
    ("1165_0f422ded738f", D,
     "Hưởng ứng “Lễ hội Xuân hồng” năm 2019, LĐLĐ thành phố Bến Tre vận động CNVCLĐ hiến máu tình nguyện, thu được hơn 120 đơn vị máu.",
     "1165: 'hiến máu tình nguyện hưởng ứng chiến dịch “Lễ hội Xuân hồng” năm 2019 được 84 đơn vị máu' (LĐLĐ thành phố Bến Tre). "
     "g.sh 'Xuân hồng' -> only 1165; g.sh 'đơn vị máu' -> 347 (558), 405 (~400), 608 (12.300), 689, 1151 (1.500), 1154 (350): other events, none 120."),
    ("1165_0f422ded738f", N,
     "Đợt hiến máu “Lễ hội Xuân hồng” 2019 do Liên đoàn Lao động thành phố Bến Tre vận động có khoảng 150 cán bộ, công nhân viên chức lao động tham gia.",
     "1165 counts only units of blood (84 đơn vị máu), not the number of donors/participants. "
     "g.sh 'Xuân hồng|Bến Tre' -> 1165, 630 (Đại hội CĐ ngành Y tế Bến Tre), 866 (trao cờ ngư dân); no count of blood-donation participants for this event."),
    # ---------------- 1210 Công đoàn Y tế VN Đại hội XIV ----------------
    ("1210_f54349fbf825", S,
     "Các đại biểu dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028 đại diện cho hơn 51.000 đoàn viên, CNVCLĐ ngành Y tế.",
     "1210: '250 đại biểu ưu tú đại diện cho hơn 51 nghìn đoàn viên, công nhân, viên chức, lao động ngành Y tế đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV nhiệm kỳ 2023 – 2028'."),
    ("1210_f54349fbf825", D,
     "Ba trăm đại biểu đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV trong hai ngày 19 và 20/7/2023.",
     "1210: 'trong 2 ngày 19 và 20/7/2023, 250 đại biểu ưu tú ... đã về dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV'. "
     "g.sh 'Công đoàn Y tế Việt Nam' -> 810 (34 đại biểu ngành Y tế to Đại hội XIII Công đoàn VN - another congress), seeds 001/002 (other events); "
     "g.sh '300 đại biểu' -> no Y tế hit."),
    # ---------------- 1213 học bổng LĐLĐ TPHCM ----------------
    ("1213_9f9593bce75e", D,
     "Sau gần 30 năm triển khai, chương trình học bổng dành cho con công nhân lao động do LĐLĐ TPHCM phối hợp doanh nghiệp thực hiện đã trao khoảng 6.500 suất học bổng.",
     "1213: 'Chương trình học bổng được triển khai gần 30 năm qua ... Đến nay, chương trình đã trao hơn 4.000 suất học bổng cho học sinh hiếu học.' "
     "g.sh '6\\.?500 suất|suất học bổng' -> no other page states this programme's total."),
    ("1213_9f9593bce75e", N,
     "Năm 2026, mỗi suất học bổng của chương trình do Liên đoàn Lao động TPHCM đồng hành trao cho học sinh khó khăn trị giá 2 triệu đồng.",
     "1213 says 'mỗi học sinh được nhận một suất học bổng bằng tiền mặt cùng một số phần quà' but gives no amount. "
     "g.sh 'suất học bổng.{0,80}(triệu|đồng)|học bổng.{0,60}trị giá' -> 606 (300 suất trị giá 300 triệu, Quyền Chủ tịch nước, another programme) and 694 (LĐLĐ Long An); nothing for this programme."),
    # ---------------- 175 Đại hội XIII Công đoàn VN: cơ cấu đại biểu ----------------
    ("175_f6210ee9dddf", S,
     "Tại Đại hội XIII Công đoàn Việt Nam, đại biểu là đảng viên chiếm gần 78,5% tổng số đại biểu.",
     "175: 'đại biểu là đảng viên chiếm 78,43%'. CAVEAT: the page fragment does not name the congress; identified as Đại hội XIII Công đoàn VN "
     "from 'sau 10 năm thực hiện Luật Công đoàn 2012, hơn hai năm thực hiện Nghị quyết số 02-NQ/TW ngày 12-6-2021'. g.sh '78,43' -> only 175."),
    ("175_f6210ee9dddf", D,
     "Đại biểu nữ chiếm hơn 42% số đại biểu dự Đại hội Công đoàn Việt Nam lần thứ XIII.",
     "175: 'đại biểu là nữ chiếm 37,05%' (same caveat on naming the congress). "
     "g.sh 'đại biểu là nữ|đại biểu nữ' -> 175 and 589 (MTTQ candidate list, other thing); no 42%; the page's other shares (44,52 / 45,62 / 54,38 / 55,48 %) are other delegate categories."),
    # ---------------- 232 Ngành GDĐT Hà Nội Tết Canh Tý ----------------
    ("232_8b19e7bfd8f9", S,
     "Dịp Tết Canh Tý 2020, Sở GDĐT và Công đoàn ngành Giáo dục Hà Nội đã hỗ trợ giáo viên, học sinh có hoàn cảnh đặc biệt khó khăn tổng cộng 1,35 tỷ đồng.",
     "232: 'Sở GDĐT và Công đoàn GD Hà Nội đã hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh có hoàn cảnh đặc biệt khó khăn với tổng số tiền hỗ trợ là 1.350.000.000đ'."),
    ("232_8b19e7bfd8f9", D,
     "Nhân Tết Nguyên đán Canh Tý, Sở Giáo dục và Đào tạo cùng Công đoàn Giáo dục Hà Nội đã tặng quà 583 giáo viên có hoàn cảnh đặc biệt khó khăn.",
     "232: 'hỗ trợ tặng quà 385 giáo viên và 1.695 học sinh'. g.sh '583' -> no hit about giáo viên; g.sh 'Canh Tý' -> 118/126/226/987 (other organisations' Tết activities)."),
    # ---------------- 665 An Giang / Tịnh Biên ----------------
    ("665_f0f8f1ca19c0", S,
     "Từ đầu năm 2022, các cấp công đoàn tỉnh An Giang đã kết nạp mới hơn 5,1 nghìn đoàn viên công đoàn.",
     "665: 'Từ đầu năm 2022 đến nay, các cấp công đoàn trong tỉnh An Giang đã kết nạp mới 5.124/8.000 đoàn viên công đoàn, đạt 64,06%'."),
    ("665_f0f8f1ca19c0", D,
     "Ngày 26/5/2022, LĐLĐ huyện Tịnh Biên (An Giang) trao quyết định kết nạp mới 48 đoàn viên là chỉ huy quân sự xã, trưởng ấp, phó ấp và trưởng ban công tác mặt trận.",
     "665: 'Liên đoàn Lao động huyện Tịnh Biên trao quyết định kết nạp mới 28 đoàn viên là chỉ huy trưởng, chỉ huy phó ban chỉ huy quân sự xã; các trưởng ấp, phó ấp và trưởng ban công tác mặt trận'. "
     "g.sh 'Tịnh Biên' -> only 665 (its other figure is the target 50/100); g.sh '48 đoàn viên' -> nothing."),
    # ---------------- 702 LĐLĐ TP.HCM họp mặt CN không về quê ----------------
    ("702_b3991be6596d", S,
     "Chương trình họp mặt công nhân không có điều kiện về quê đón Tết của LĐLĐ TP.HCM có hai mươi bốn gia đình công nhân ở trọ tham dự.",
     "702: 'Đến dự có Thành ủy viên, Chủ tịch LĐLĐ TP Trần Thị Diệu Thúy và 24 gia đình công nhân ở trọ, không có điều kiện về quê đón Tết'."),
    ("702_b3991be6596d", D,
     "LĐLĐ Thành phố Hồ Chí Minh phối hợp LĐLĐ Quận 12 họp mặt 65 gia đình công nhân ở trọ không về quê vui Tết tại phường Thạnh Lộc.",
     "702: 'LĐLĐ TP phối hợp LĐLĐ Quận 12 tổ chức họp mặt 45 gia đình công nhân ở trọ, không có điều kiện về quê vui Tết tại phường Thạnh Lộc'. "
     "g.sh 'Thạnh Lộc|Quận 12' -> only 702; g.sh '65 gia đình' -> nothing."),
    # ---------------- 715 Hai Bà Trưng MTTQ ----------------
    ("715_b7fba7dd10cf", S,
     "Tại quận Hai Bà Trưng, 15 trên tổng số 18 phường đã tổ chức thành công Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",
     "715: 'trong đó có 15/18 phường đã tổ chức thành công Đại hội' (Đại hội đại biểu MTTQ Việt Nam phường nhiệm kỳ 2024-2029)."),
    ("715_b7fba7dd10cf", D,
     "Hội nghị mở rộng của Ủy ban MTTQ Việt Nam quận Hai Bà Trưng ngày 16/4 đã hiệp thương cử bổ sung, thay thế năm Ủy viên Ủy ban MTTQ quận khóa XV.",
     "715: 'kiện toàn cử bổ sung, thay thế 2 Ủy viên Ủy ban MTTQ Việt Nam quận khóa XV, nhiệm kỳ 2019-2024'. "
     "g.sh 'Hai Bà Trưng' -> 109/128/138/139/233/237 (CĐ quận Hai Bà Trưng BCH 21 đồng chí - a union congress, other thing), none about MTTQ quận ủy viên cử bổ sung."),
    # ---------------- 733 Long Biên ----------------
    ("733_22b1a5701d08", S,
     "Năm 2017, LĐLĐ quận Long Biên đã khen thưởng 132 cá nhân tiêu biểu trong phong trào thi đua “Giỏi việc nước - Đảm việc nhà”.",
     "733: 'tổ chức tổng kết phong trào thi đua “Giỏi việc nước - Đảm việc nhà” năm 2017 và khen thưởng cho 132 cá nhân tiêu biểu'."),
    ("733_22b1a5701d08", D,
     "Tính đến hết tháng 5/2018, Liên đoàn Lao động quận Long Biên đã kết nạp được 652 trên chỉ tiêu 800 đoàn viên.",
     "733: 'tính đến hết tháng 5/2018, LĐLĐ quận đã thành lập được 13/28 CĐ cơ sở, đạt 46,42% và 562/800 đoàn viên, đạt 70,25%'. "
     "g.sh '652' -> no Long Biên hit; g.sh 'Long Biên' -> seeds 000/002/003 and 005 (other events: Marie Curie 127 đoàn viên, 20 năm thành lập), none for 5/2018."),
    # ---------------- 805 Đống Đa Huy hiệu Đảng ----------------
    ("805_fafe42781e80", S,
     "Trong đợt trao Huy hiệu Đảng dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có hai mươi đồng chí nhận Huy hiệu 70 năm tuổi Đảng.",
     "805: 'Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng, đặc biệt có 9 đồng chí nhận Huy hiệu 75 năm tuổi đảng, 20 đồng chí nhận Huy hiệu 70 năm tuổi đảng'."),
    ("805_fafe42781e80", D,
     "Đợt 2 dịp Quốc khánh 2/9, Đảng bộ quận Đống Đa có hơn 800 đảng viên được nhận Huy hiệu Đảng.",
     "805: 'Đợt này, Đảng bộ quận Đống Đa có 660 đảng viên được nhận Huy hiệu Đảng'. "
     "g.sh 'Huy hiệu' -> 802 (Hoàn Kiếm 190), 803 (Hai Bà Trưng 284), 929 (Bạch Hạc 7): other districts; no 800 for Đống Đa."),
    # ---------------- 929 Bạch Hạc ----------------
    ("929_6b1be55d0f4e", S,
     "Dịp 2/9/2020, Đảng bộ phường Bạch Hạc có hai đảng viên được trao huy hiệu 40 năm tuổi Đảng.",
     "929: '40 năm tuổi đảng 2 đồng chí' (đảng bộ phường Bạch Hạc, dịp 2/9 năm 2020)."),
    ("929_6b1be55d0f4e", D,
     "Trong dịp 2/9 năm 2020, đảng bộ phường Bạch Hạc (Việt Trì) có 15 đảng viên được trao huy hiệu từ 30 đến 60 năm tuổi Đảng.",
     "929: 'đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng'. g.sh 'Bạch Hạc' -> only 929; g.sh '15 đảng viên' -> no Bạch Hạc hit."),
    # ---------------- 976 Đồng Nai ----------------
    ("976_f65ba36a6479", D,
     "Đợt điều động cán bộ có hiệu lực từ ngày 5/10/2024, Ban Thường vụ Tỉnh ủy Đồng Nai đã chỉ định năm cán bộ giữ chức Bí thư Huyện ủy.",
     "976: 'Ban Thường vụ Tỉnh ủy Đồng Nai đã điều động, chỉ định 3 cán bộ giữ chức Bí thư các huyện: Cẩm Mỹ, Vĩnh Cửu và Nhơn Trạch' (title: 'Đồng Nai có 3 Bí thư Huyện ủy mới'; effective 5/10/2024). "
     "g.sh 'Đồng Nai' -> no other page about this reshuffle; g.sh 'Bí thư Huyện ủy' -> other provinces (Thạch Thất, Hà Trung, Ứng Hòa...), none states 5 for Đồng Nai."),
    # ---------------- 979 Phú Tân ----------------
    ("979_5010ac31af5f", S,
     "Tại hội nghị Ủy ban MTTQ Việt Nam huyện Phú Tân chiều 2/5/2019, toàn bộ 100% đại biểu đã biểu quyết tán thành.",
     "979: 'Qua biểu quyết có 100% đại biểu tán thành' (hội nghị Ủy ban MTTQ Việt Nam huyện Phú Tân lần thứ 15, khóa VIII, chiều 02/5/2019)."),
    # ---------------- not_found pages ----------------
    ("037_69ea9a40be4e", N,
     "Hội nghị Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI, kỳ họp thứ 9 có 45 ủy viên tham dự để bầu bổ sung chức danh Chủ tịch.",
     "037 names the meeting and chairs but gives no attendance or member count. g.sh 'khóa XVI.{0,60}(ủy viên|đồng chí)' -> 003 (kỳ họp thứ 11), 300 (kỳ họp thứ 5), 103 (Thành ủy khóa XVI 74 đồng chí - Party committee, other body); "
     "none counts members at kỳ họp thứ 9."),
    ("052_59edbafd4169", N,
     "LĐLĐ huyện Thạch Thất phối hợp tổ chức khám sức khỏe, tầm soát ung thư miễn phí cho 500 công nhân, viên chức, lao động.",
     "052 lists who is eligible ('2 năm 2023, 2024', 'từ 3 năm trở lên' are durations) but no number examined. g.sh 'tầm soát|ung thư' -> 026 (Sơn Tây, trên 200 - other district), 142, 049, 091, 1129; no Thạch Thất count; g.sh '500 (công nhân|người|CNVC)' -> 057, 671, 683, seed 003 (other things)."),
    ("120_1b49cf3485c1", N,
     "Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 6 năm 2022 đã vinh danh 60 nhà giáo.",
     "120 body gives no number of laureates; '40 nhà giáo dự chung khảo' is a related-article teaser about finalists (another counted noun). "
     "g.sh 'tâm huyết, sáng tạo' -> 024 (lần thứ 9), 064 (Đống Đa 26 giáo viên - district award), 065 (Hoàn Kiếm): other editions/organisers."),
    ("153_e14e5df550cb", N,
     "Hội nghị công bố quyết định Chủ tịch LĐLĐ TP Hà Nội khóa XVI Phạm Quang Thanh chiều 8/11 có hơn 200 đại biểu tham dự.",
     "153 has no attendance figure; '10 Chủ tịch Công đoàn cơ sở tiêu biểu' is a related-headline teaser, 'Quyết định số 5556' is a document number. "
     "g.sh 'Phạm Quang Thanh.{0,200}đại biểu' -> only 248 (Phạm Quang Thanh attending another event); no attendance count for this meeting."),
    ("183_2d301ff89d1d", N,
     "Sáu tháng đầu năm 2019, Công đoàn Viên chức Thành phố Hà Nội đã khen thưởng 85 tập thể, cá nhân “Giỏi việc nước, đảm việc nhà”.",
     "183 mentions the khen thưởng (photo caption) but no count ('8 giờ' is part of a slogan). g.sh 'Công đoàn Viên chức' and 'Giỏi việc nước' -> 020/028/032/064/733 etc. are other unions/years (733: Long Biên 132 cá nhân 2017); 'Công đoàn Viên chức' hits are seeds 001/002 (CĐ Viên chức Việt Nam), 009, 044 - no count for 6 tháng đầu năm 2019."),
    ("251_4e75d2d2ed81", N,
     "Lễ kỷ niệm 100 năm thành lập thị xã Sơn Tây tối 10/11/2024 có khoảng 1.500 đại biểu và nhân dân tham dự.",
     "251 figures are anniversaries (100/70/555 năm) and a teaser '75 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa'; no attendance. "
     "g.sh 'Sơn Tây' -> 026, 252, seed 003 (other events)."),
    ("299_b1ff75139dd0", N,
     "Đại hội Công đoàn Thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2018-2023 đã bầu 45 ủy viên Ban Chấp hành LĐLĐ Thành phố khóa XVI.",
     "299 gives only '3 ngày làm việc'. Nearby figures elsewhere are about delegates, not BCH members: 092 '550 đại biểu chính thức', 242 'sự tham dự của 546' (đại biểu). "
     "g.sh 'lần thứ XVI.{0,200}(đại biểu|đồng chí|ủy viên)' -> no BCH size for this congress."),
    ("424_587bd0231abc", N,
     "Hội đồng Thi đua - Khen thưởng TP Hà Nội đã đề nghị khen thưởng cấp Nhà nước cho 12 tập thể, cá nhân có thành tích phòng chống dịch Covid-19.",
     "424 names the proposed recipients but states no count. g.sh 'Covid.{0,100}(tập thể|cá nhân)|khen thưởng.{0,60}Covid' -> 424 and 770 (190 tổ chức, cá nhân ủng hộ - donations, other thing)."),
    ("535_0eece1156bf7", N,
     "Ủy ban Thường vụ Quốc hội đã phê chuẩn kết quả bầu 10 Phó Chủ tịch HĐND các tỉnh, thành phố nhiệm kỳ 2021-2026.",
     "535 lists the Chủ tịch HĐND of 8 localities but gives no number of Phó Chủ tịch. g.sh 'Phó Chủ tịch (HĐND|Hội đồng Nhân dân)' -> 844 ('bầu một phó chủ tịch HĐND' Hà Nội, other occasion), 116/117/534 (no count); g.sh '10 Phó Chủ tịch' -> 572 '10 Phó chủ tịch LĐLĐ TP.HCM khóa I' (union vice-chairs, another thing)."),
    ("868_3432022c4dcf", N,
     "Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ IV năm 2015 có 400 đại biểu tham dự.",
     "868 gives no delegate count (only '5 năm 2011-2015'). g.sh 'Lạng Sơn' -> 826 is lần thứ V (another edition), 707, 903 other events; g.sh '400 đại biểu' -> 529, 815 (other congresses/meetings)."),
]


def main():
    rows = [tuple(unicodedata.normalize("NFC", x) for x in r) for r in CLAIMS]
    for r in rows:
        assert r[1] in (S, D, N), r
        assert "\t" not in "".join(r) and "\n" not in "".join(r), r
    rows.sort(key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        w.writerows(rows)
    from collections import Counter
    print(len(rows), Counter(r[1] for r in rows))
    per = Counter(r[0] for r in rows)
    assert max(per.values()) <= 2, per


if __name__ == "__main__":
    main()
