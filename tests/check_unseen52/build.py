#!/usr/bin/env python3
"""Build claims.tsv (NFC, sorted by page_id) for the blind ldtd-check claim set unseen52."""
import csv
import unicodedata

S, D, N = "supported", "differs", "not_found"

CLAIMS = [
    # ---- 046 football cup
    ("046_6c553dd46b50", D,
     "Giải bóng đá mini CNVCLĐ và LLVT – Cúp Báo Lao động Thủ đô lần thứ nhất năm 2015 có mười sáu đội bóng tham gia tranh tài.",
     "046: 'giải bóng đá mini CNVCLĐ&LLVT - Cúp Báo Lao động Thủ đô có 18 đội tham gia tranh tài' (also 'cùng 18 đội bóng'). 16 != 18. g.sh '16 đội|mười sáu đội' -> only 727 (16 đội hình thanh niên tình nguyện, Mùa hè xanh), unrelated."),
    # ---- 062 Việt Triều kindergarten
    ("062_4fe848d14255", D,
     "Phong trào “Trao gửi yêu thương” do Công đoàn Trường Mầm non Việt Triều Hữu nghị phát động đã quyên góp được khoảng 30 triệu đồng để động viên đội ngũ hợp đồng trường.",
     "062: 'phong trào đã nhận được sự đoàn kết ... của tập thể đội ngũ biên chế với số tiền hơn 50 triệu đồng trao gửi động viên đội ngũ hợp đồng trường'. ~30 vs >50 triệu (value chosen BELOW the 'hơn' lower bound so it cannot be read as consistent). g.sh 'Việt Triều' -> only 062; no '30 triệu đồng' hit mentions Việt Triều / đội ngũ biên chế / hợp đồng trường."),
    ("062_4fe848d14255", N,
     "Trường Mầm non Việt Triều Hữu nghị có 25 giáo viên, nhân viên diện hợp đồng trường được hỗ trợ trong thời gian trẻ tạm dừng đến trường.",
     "062 names 'các giáo viên, nhân viên diện hợp đồng trường' but never counts them; its only figures are 'hơn 50 triệu đồng' (money raised) and '100% lương' (biên chế staff). g.sh 'Việt Triều' -> only 062; g.sh 'hợp đồng trường|diện hợp đồng' -> only 062, no count."),
    # ---- 102 Tết Sum vầy 9 seasons
    ("102_19f84bdab62b", S,
     "Qua 9 mùa Tết Sum vầy từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức gần 187 nghìn chương trình chăm lo cho người lao động.",
     "102: 'qua 9 mùa tết từ năm 2015 đến năm 2024, hệ thống công đoàn các cấp đã tổ chức 186.944 chương trình'. gần 187 nghìn ~ 186.944. (161 has 14.664 chương trình for a single Tết - other occasion.)"),
    ("102_19f84bdab62b", D,
     "Theo Tổng LĐLĐ Việt Nam, tổng nguồn lực dành cho chương trình Tết Sum vầy qua 9 mùa Tết (2015-2024) chỉ khoảng 8,6 nghìn tỷ đồng.",
     "102: '26,2 triệu lượt người ... được nhận quà với tổng nguồn lực hơn 10.617 tỷ đồng' (9 mùa tết 2015-2024). ~8.600 vs >10.617 tỷ (below the lower bound). g.sh '8[.,]6 ?(nghìn|ngàn)? ?tỷ|8[.]6[0-9]{2} tỷ' -> nothing; 279 gives 3.052,6 tỷ for Tết 2019 only (other period)."),
    # ---- 1106 Hoàng Mai children gifts
    ("1106_4851ef217f85", D,
     "Nhân Tháng hành động vì trẻ em năm 2022, Liên đoàn Lao động quận Hoàng Mai trao 57 suất quà cho con đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1106: 'Liên đoàn Lao động quận trao 75 suất quà trị giá 800.000 đồng' (Hoàng Mai, Hà Nội, June 2022). 57 != 75. g.sh '57 suất' -> nothing. NB 542 has 'LĐLĐ thị xã Hoàng Mai tặng 75 suất quà' - a different place (thị xã, Nghệ An) and occasion (Tết 2022), same value as the true one."),
    ("1106_4851ef217f85", N,
     "Liên đoàn Lao động quận Hoàng Mai trao 40 suất học bổng cho con đoàn viên vượt khó học giỏi nhân Tháng hành động vì trẻ em năm 2022.",
     "1106 counts gifts (100 quà from Quỹ Bảo trợ trẻ em, 75 suất from LĐLĐ quận) and gift values, never scholarships; the caption mentions 'con đoàn viên ... vượt khó vươn lên học giỏi' without a count. g.sh 'học bổng.{0,100}Hoàng Mai|Hoàng Mai.{0,100}học bổng' -> nothing."),
    # ---- 111 construction accident
    ("111_2eca64cbf378", D,
     "Vụ đứt cáp vận thăng tối 18/6/2024 tại công trình mở rộng Trường mầm non Đông Yên B (huyện Quốc Oai, Hà Nội) đã làm bốn công nhân tử vong.",
     "111: 'Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong tại chỗ, bảy người khác bị thương nặng'; 294 (same accident) '3 người tử vong, 7 người bị thương'. 4 != 3. g.sh 'tử vong' -> '4 người tử vong' only in 109/282 (other accidents: Nguyễn Công Trứ giàn cẩu, sập giàn giáo)."),
    # ---- 1163 Thủ Đức blood donation
    ("1163_ce39322f4329", S,
     "Ngày hội hiến máu tình nguyện đợt 4 năm 2024 do LĐLĐ thành phố Thủ Đức tổ chức sáng 20/10 ghi nhận 226 cán bộ, đoàn viên, người lao động đăng ký hiến máu.",
     "1163: 'Tại ngày hội đã ghi nhận 226 cán bộ, đoàn viên Công đoàn, người lao động trên địa bàn đăng ký tham gia hiến máu' (Ngày hội hiến máu tình nguyện đợt 4 năm 2024, LĐLĐ thành phố Thủ Đức, sáng 20/10)."),
    ("1163_ce39322f4329", D,
     "Tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của Liên đoàn Lao động TP Thủ Đức, lượng máu thu được đạt hơn 87.000 ml.",
     "1163: '226 ... đăng ký tham gia hiến máu với 77.600 ml máu'. >87.000 vs 77.600 ml. g.sh '87[.]?[0-9]{3} ?ml|87 lít' -> nothing; no other Thủ Đức blood-donation page (g.sh 'hiến máu.{0,150}(ml|đơn vị máu)')."),
    # ---- 1182 CĐ Y tế Việt Nam
    ("1182_0c6515fa5445", S,
     "Trong 6 tháng đầu năm 2016, Công đoàn Y tế Việt Nam đã hỗ trợ gần 1800 đoàn viên, người lao động có hoàn cảnh khó khăn.",
     "1182: '6 tháng đầu năm 2016, đã có gần 1.800 đoàn viên, người lao động khó khăn được hỗ trợ gần 900 triệu đồng' (CĐ Y tế Việt Nam)."),
    ("1182_0c6515fa5445", D,
     "Tính đến giữa năm 2016, Công đoàn Y tế Việt Nam có khoảng 48 nghìn đoàn viên.",
     "1182: 'CĐ Y tế Việt Nam hiện có 40.455 đoàn viên với 103 CĐ cơ sở' (context 6 tháng đầu năm 2016). ~48.000 vs 40.455. g.sh '48 (nghìn|ngàn)|48[.][0-9]{3} đoàn viên' -> nothing. 1210 has 'hơn 51 nghìn đoàn viên ... ngành Y tế' for the 2023 congress (other year)."),
    # ---- 1223 KCN Đông Xuyên
    ("1223_f9c0b07867bb", D,
     "Tại chương trình “Tết sum vầy – Xuân ơn Đảng” ở Khu công nghiệp Đông Xuyên tối 24-1, Liên đoàn Lao động TPHCM đã trao 150 suất quà cho công nhân có hoàn cảnh khó khăn.",
     "1223: 'ban tổ chức đã trao 100 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân có hoàn cảnh khó khăn' (+ 'hàng trăm phần quà khác' uncounted). 150 != 100. g.sh '150 suất' -> 829, 922 only (other organisations); g.sh 'Đông Xuyên|Uy Việt' -> only 1223."),
    ("1223_f9c0b07867bb", N,
     "Chương trình “Tết sum vầy – Xuân ơn Đảng” tại Khu công nghiệp Đông Xuyên có 30 gian hàng ẩm thực phục vụ công nhân.",
     "1223 mentions 'các gian hàng ăn uống phục vụ công nhân với mức giá từ 7.000 - 30.000 đồng' - the 30.000 is a PRICE, the stalls are not counted. g.sh 'Đông Xuyên|Uy Việt' -> only 1223; g.sh 'gian hàng' -> counts only for other events (262 72 gian hàng, 276/280 70, 310 124, 107 ~50, 602 hơn 70)."),
    # ---- 143 Hà Nội women's congress
    ("143_51b5dc91c41f", N,
     "Đại hội đại biểu Phụ nữ thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2021-2026 đã bầu Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố gồm 45 ủy viên.",
     "143 counts delegates ('Đại hội triệu tập 489 đại biểu', '28 người' Công đoàn/CNVCLĐ delegates, 'gần 400 nghìn nữ đoàn viên'), not BCH members. 593 (same congress) says it will 'bầu Ban Chấp hành Hội Liên hiệp phụ nữ thành phố Hà Nội khóa XVI' without a number and counts only 'Đoàn Chủ tịch gồm 11 đồng chí, Đoàn Thư ký gồm 3, Ban Thẩm tra tư cách đại biểu gồm 5'. g.sh '45 (đồng chí|ủy viên|nhân sự)' -> nothing."),
    # ---- 172 Nghệ An membership loss
    ("172_6e096ef27768", S,
     "Từ đầu năm 2018 đến hết năm 2022, Liên đoàn Lao động thành phố Vinh đã giảm 1064 đoàn viên.",
     "172: 'từ đầu năm 2018 đến ngày 31/12/2022 ... LĐLĐ thành phố Vinh giảm 1.064 đoàn viên' (báo cáo LĐLĐ tỉnh Nghệ An)."),
    ("172_6e096ef27768", D,
     "Theo báo cáo của LĐLĐ tỉnh Nghệ An, từ 2018 đến cuối năm 2022 Công đoàn ngành Giao thông vận tải của tỉnh giảm hơn 1.600 đoàn viên.",
     "172: 'Công đoàn ngành Giao thông vận tải giảm 1.446 đoàn viên' (same report, 2018 - 31/12/2022). >1.600 vs 1.446. g.sh '1[.]6[0-9]{2} đoàn viên' -> nothing."),
    # ---- 191 Thạch Thất party congress
    ("191_51ac8bc79074", D,
     "Đại hội đại biểu Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025 đã bầu Ban Chấp hành Đảng bộ huyện gồm 45 đồng chí.",
     "191: 'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025, với 41 nhân sự được bầu'. 45 != 41. g.sh '45 (đồng chí|ủy viên|nhân sự)' -> nothing."),
    ("191_51ac8bc79074", N,
     "Có 300 đại biểu về dự Đại hội đại biểu Đảng bộ huyện Thạch Thất lần thứ XXIV, nhiệm kỳ 2020-2025.",
     "191 counts elected BCH members (41), vote shares (65,12%-96,28%, 100% for Bí thư), not attending delegates. g.sh 'Thạch Thất.{0,200}đại biểu|đại biểu.{0,200}Thạch Thất' -> only 191's 'Đại hội đại biểu lần thứ XXIV' (no count). (721 counts Thạch Thất CĐCS/đoàn viên - other noun.)"),
    # ---- 198 Báo LĐTĐ 25 years
    ("198_7c3cb7fb69d5", S,
     "Từ năm 2010, báo Lao động Thủ đô phát hành miễn phí mỗi kỳ hơn 5 nghìn tờ báo tới công nhân lao động tại các khu công nghiệp - khu chế xuất Hà Nội.",
     "198: 'Từ năm 2010 ... báo Lao động Thủ đô đã phát hành miễn phí mỗi kỳ hơn 5.000 tờ báo đến với CNLĐ tại các khu công nghiệp - khu chế xuất Hà Nội'."),
    # ---- 215 Công đoàn Viên chức
    ("215_3826a48fe31a", S,
     "Giai đoạn 2015-2020, các phong trào thi đua do các cấp Công đoàn Viên chức thành phố phát động đã có 2002 sáng kiến, cải tiến kỹ thuật được công nhận và áp dụng.",
     "215: 'đạt được những kết quả đáng khích lệ với 2.002 sáng kiến, cải tiến kỹ thuật, 564 đề tài, 175 công trình sản phẩm được công nhận và áp dụng thực tiễn' (5 năm qua, giai đoạn 2015-2020, Công đoàn Viên chức thành phố). Page does not name the city (context: Hà Nội), so the claim keeps 'thành phố'."),
    # ---- 252 Sơn Tây
    ("252_f6a3b7378def", S,
     "LĐLĐ thị xã Sơn Tây hiện trực tiếp quản lý, chỉ đạo hoạt động của 210 công đoàn cơ sở.",
     "252: 'Hiện nay, LĐLĐ thị xã Sơn Tây trực tiếp quản lý chỉ đạo hoạt động 210 Công đoàn cơ sở với gần 10 ngàn đoàn viên'."),
    # ---- 316 Hội thi Công đoàn Hà Nội
    ("316_b81fbf90f0eb", S,
     "Vòng sơ khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” năm 2024 có 117 thí sinh tham gia.",
     "316: 'vòng Sơ khảo của Hội thi đã diễn ra tại 8 cụm thi đua, với sự tham gia của 117 thí sinh của 39 đội thi' (Hội thi 'Công đoàn Hà Nội - Hành trình xây dựng và phát triển', 2024)."),
    ("316_b81fbf90f0eb", N,
     "Vòng chung khảo Hội thi “Công đoàn Hà Nội - Hành trình xây dựng và phát triển” có 12 đội thi tranh tài.",
     "316 counts only the SƠ KHẢO round (117 thí sinh, 39 đội thi, 8 cụm); the Chung khảo appears only in a caption with no count. g.sh 'Hành trình xây dựng và phát triển' -> only 316; g.sh 'chung khảo' -> 316 caption and 120 (other contest)."),
    # ---- 367 Vương Đình Huệ
    ("367_4bc61b64462e", S,
     "Ông Vương Đình Huệ được Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVII tín nhiệm bầu giữ chức Bí thư Thành ủy nhiệm kỳ 2020-2025 với tỷ lệ 100% phiếu.",
     "367: 'ông Vương Đình Huệ, Bí thư Thành ủy Hà Nội khóa XVI được tín nhiệm bầu giữ chức vụ Bí thư Thành ủy Hà Nội khóa XVII, nhiệm kỳ 2020 – 2025 với tỷ lệ 100%' (13/10/2020); 365 (same event) agrees: 'tái đắc cử Bí thư Thành ủy TP Hà Nội với số phiếu tuyệt đối'."),
    # ---- 400 Gia Lâm
    ("400_26d3ce2af6f3", N,
     "Đại hội đại biểu Đảng bộ huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2020-2025 đã bầu 43 đồng chí vào Ban Chấp hành Đảng bộ huyện.",
     "400 counts delegates (219 đại biểu), party members (gần 11.000 đảng viên) and grassroots organisations (51 tổ chức cơ sở đảng), and 'một trong ba đại hội điểm' - no elected BCH. g.sh 'Gia Lâm.{0,200}(Ban Chấp hành|ủy viên)' -> nothing."),
    # ---- 518 Thung Nai
    ("518_bf1002899b2f", D,
     "Đoàn Thanh niên ba phường Đống Đa, Thanh Liệt và Văn Miếu - Quốc Tử Giám đã trao 80 suất quà Tết cho người dân, trẻ em khó khăn tại xã Thung Nai, tỉnh Phú Thọ.",
     "518: 'Đoàn Thanh niên 3 đơn vị đã trao tặng 50 suất quà tết cho người dân và trẻ em có hoàn cảnh khó khăn, học sinh nghèo vượt khó (mỗi suất trị giá 2 triệu đồng...)'. 80 != 50. g.sh '80 suất' -> only 207 (LĐLĐ TP Hội An); g.sh 'Thung Nai' -> only 518."),
    # ---- 549 Youth volunteer summer 2022, first week
    ("549_9d9b0f5c7ddc", S,
     "Trong tuần đầu Chiến dịch Thanh niên tình nguyện hè 2022, cả nước có 429 công trình thanh niên cấp huyện được thực hiện.",
     "549: 'Nhiều công trình thanh niên được thực hiện trong tuần đầu của chiến dịch với: 90 công trình thanh niên cấp tỉnh ...; 429 công trình thanh niên cấp huyện trị giá 26,019 tỉ đồng; 3.610 công trình ... cấp cơ sở'."),
    # ---- 595 Bình Dương
    ("595_5935e954d4b4", D,
     "Theo Chủ tịch LĐLĐ tỉnh Bình Dương Trương Thị Bích Hạnh, lao động ngoài tỉnh chiếm khoảng 65% lực lượng lao động của tỉnh.",
     "595: 'toàn tỉnh hiện có trên 1 triệu người lao động, trong đó lao động ngoài tỉnh chiếm khoảng 85%' (Bà Trương Thị Bích Hạnh, Tết Mậu Tuất 2018). 65% vs 85%. g.sh '65 ?%' -> 173 (1,65% thiếu việc làm), 1168 (65% nữ) - other things."),
    # ---- 602 Long An
    ("602_fae5a44a3149", S,
     "Phiên chợ xuân trong Ngày hội Tết sum vầy – Xuân chia sẻ năm 2024 tại KCN Long Hậu (Long An) có hơn 70 gian hàng bán hàng thiết yếu giá ưu đãi.",
     "602: 'CNLĐ đã được mua sắm tại Phiên chợ xuân với hơn 70 gian hàng bày bán những mặt hàng thiết yếu cho đời sống với giá ưu đãi' (KCN Long Hậu, Ngày hội Tết sum vầy – Xuân chia sẻ 2024). Other 70-stall markets (276, 280) are Hà Nội Chợ Tết - other events."),
    ("602_fae5a44a3149", N,
     "Hội thi “Tiếng hát mừng xuân” trong Ngày hội Tết sum vầy – Xuân chia sẻ 2024 tại KCN Long Hậu có 25 tiết mục dự thi.",
     "602 names 'Hội thi “Tiếng hát mừng xuân”' but counts nothing about it; its figures are 3.000 CNLĐ nhận quà, 200 phần quà đêm khai mạc, 70 gian hàng. g.sh 'Tiếng hát mừng xuân' -> only 602; g.sh 'tiết mục' -> no count anywhere for this event."),
    # ---- 607 Quảng Ninh Tháng nhân đạo
    ("607_86387ec7de47", S,
     "Sau 4 năm triển khai Tháng nhân đạo, tỉnh Quảng Ninh đã vận động ủng hộ được hơn 34 tỷ đồng.",
     "607: 'Sau 4 năm triển khai Tháng nhân đạo, đến nay, toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng, trợ giúp cho 51.145 lượt người' (Hội Chữ thập đỏ tỉnh Quảng Ninh, 2025)."),
    # ---- 768 Cần Thơ
    ("768_7313fb6d14c3", D,
     "Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026 của LĐLĐ TP Cần Thơ tặng 1.000 vé tàu, xe miễn phí cho công nhân về quê đón Tết.",
     "768: 'tặng 500 vé tàu, xe miễn phí cho công nhân về quê đón Tết' (LĐLĐ TP Cần Thơ, Tết Sum vầy - Xuân ơn Đảng 2026). 1.000 != 500. g.sh '1[.]?000 vé|nghìn vé' -> nothing."),
    ("768_7313fb6d14c3", N,
     "“Chợ Tết Công đoàn” năm 2026 tại Khu công nghiệp Tân Phú Thạnh (TP Cần Thơ) có 40 gian hàng giảm giá phục vụ công nhân.",
     "768 names 'các gian hàng giảm giá sâu và gian hàng 0 đồng' without a count; its figures are 01 xe gắn máy, 500 vé. g.sh 'Tân Phú Thạnh' -> only 768; Cần Thơ pages 749/751 count quà/Mái ấm, not stalls; stall counts in the corpus (262, 276, 280, 310, 107, 602) are other events."),
    # ---- 790 Ea H'leo
    ("790_5a5357f6647f", D,
     "Trong Chiến dịch Thanh niên tình nguyện hè 2020, tuổi trẻ huyện Ea H’leo đã sửa chữa, làm mới 15 km đường giao thông nông thôn.",
     "790: 'sửa chữa, làm mới 11 km đường giao thông nông thôn' (Chiến dịch TNTN hè 2020, Huyện Đoàn Ea H'leo). 15 != 11. g.sh '15 ?km' -> nothing; g.sh 'Ea H.leo' -> only 790."),
    # ---- 804 Hà Đông party badges
    ("804_8ecc40938555", S,
     "Trong đợt trao Huy hiệu Đảng dịp 19/5, Đảng bộ quận Hà Đông có 440 đảng viên được Ban Thường vụ Thành ủy tặng Huy hiệu Đảng.",
     "804: 'Ban Thường vụ Thành ủy tặng Huy hiệu Đảng đối với 440 đảng viên thuộc Đảng bộ quận Hà Đông' (đợt 19/5)."),
    ("804_8ecc40938555", N,
     "Trong đợt trao Huy hiệu Đảng 19/5, quận Hà Đông có 12 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.",
     "804 breaks the 440 down only as '1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 70 năm tuổi Đảng'; 60-year badges are not counted; city total 'hơn 8.700'. g.sh '60 năm tuổi Đảng' -> 802 (Hoàn Kiếm, one named person), 928 (Đức Nhuận: 7), 929 (Bạch Hạc: 1) - other places."),
    # ---- 889 Đô Lương
    ("889_093a5732a7fa", D,
     "Huyện ủy Đô Lương đã quyết định luân chuyển chín cán bộ, công bố tại các xã Thuận Sơn, Đà Sơn và Mỹ Sơn.",
     "889: 'Huyện ủy Đô Lương đã quyết định luân chuyển 7 cán bộ' (3 from huyện to xã + 4 chủ trì xã moved). 9 != 7. g.sh '(9|chín) cán bộ' -> only 576 (9 cán bộ CĐ tuyên dương, Thủ Đức)."),
    # ---- 929 Bạch Hạc
    ("929_6b1be55d0f4e", D,
     "Dịp 2/9/2020, Đảng bộ phường Bạch Hạc (TP Việt Trì) có 9 đảng viên được trao Huy hiệu Đảng từ 30 đến 60 năm tuổi Đảng.",
     "929: 'Trong dịp 2/9 năm nay, đảng bộ phường Bạch Hạc có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng'. 9 != 7. g.sh '(9|chín) đảng viên' -> only 934 (phường Tân Phú: 9 đảng viên) - another ward."),
    ("929_6b1be55d0f4e", N,
     "Đảng bộ phường Bạch Hạc (thành phố Việt Trì) hiện có 320 đảng viên.",
     "929 counts only badge recipients (7, broken down by years); the ward's total party membership is not stated. g.sh 'Bạch Hạc' -> only 929; g.sh 'Đảng bộ phường.{0,100}đảng viên' -> 928 (Đức Nhuận 2.337 đảng viên), 934 (Tân Phú) - other wards."),
    # ---- 998 summer volunteer campaign 2023
    ("998_d6cbe319eeca", D,
     "Chiến dịch Thanh niên tình nguyện hè 2023 đã đưa hơn 600 chiến sĩ tình nguyện ra Đảo Thanh niên triển khai các hoạt động tình nguyện.",
     "998 (date 2023-08): 'Đã có 10 đơn vị tổ chức 18 đội hình với 463 chiến sĩ tình nguyện ra Đảo Thanh niên'. >600 vs 463. g.sh '600 chiến sĩ|chiến sĩ tình nguyện' -> no other count of chiến sĩ for Đảo Thanh niên."),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    rows = sorted(CLAIMS, key=lambda r: r[0])
    with open("claims.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["page_id", "verdict", "claim", "why"])
        for r in rows:
            assert r[1] in (S, D, N), r
            w.writerow([nfc(x).replace("\t", " ").replace("\n", " ") for x in r])
    from collections import Counter
    c = Counter(r[1] for r in rows)
    pages = Counter(r[0] for r in rows)
    assert max(pages.values()) <= 2, pages
    print(len(rows), dict(c), "pages:", len(pages))


if __name__ == "__main__":
    main()
