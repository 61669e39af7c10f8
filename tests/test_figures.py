"""Figures: a table of sentences and the figures they state (seed sentences and traps)."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.extract.base import analyse
from pipeline.extract.figures import extract_figures, parse_digits, parse_vietnamese_number, roman_to_int

from conftest import SEEDS


def F(surface, value, kind="count", unit=None, **attrs):
    """An expected figure: the columns given are checked, qualifier/in_name/change default too."""
    attrs.setdefault("qualifier", "exact")
    attrs.setdefault("in_name", False)
    attrs.setdefault("change", None)
    return {"surface": surface, "value": value, "kind": kind, "unit": unit, **attrs}


CASES = [
    # ---- seed sentences
    ("Hội thi có sự tham gia của 363 thí sinh đến từ 100 doanh nghiệp thuộc 30 quận, huyện, thị xã, ngành tranh tài ở 11 nghề thi.",
     [F("363", 363, unit="thí sinh", subject="thí sinh"), F("100", 100, unit="doanh nghiệp"),
      F("30", 30, unit="quận", subject="quận, huyện, thị xã, ngành"), F("11", 11, unit="nghề", subject="nghề thi")]),
    ("Ban Tổ chức khen thưởng cho 111 thí sinh đạt giải, với tổng số tiền giải 564 triệu đồng.",
     [F("111", 111, unit="thí sinh"), F("564 triệu đồng", 564e6, "money", "VND")]),
    ("Các cấp Công đoàn Thủ đô đã dành nguồn ngân sách trên 144 tỷ đồng để hỗ trợ đoàn viên.",
     [F("144 tỷ đồng", 144e9, "money", "VND", qualifier="more_than")]),
    ("Trao trợ cấp cho trên 2.600 công nhân lao động với tổng số tiền 2,9 tỷ đồng.",
     [F("2.600", 2600, unit="công nhân", subject="công nhân lao động", qualifier="more_than"),
      F("2,9 tỷ đồng", 2.9e9, "money", "VND")]),
    ("LĐLĐ thành phố Hà Nội đứng đầu với 14.791 sáng kiến và 9667 người tham gia.",
     [F("14.791", 14791, unit="sáng kiến"), F("9667", 9667, unit="người")]),
    ("LĐLĐ thành phố Hà Nội đứng đầu với 14.791 sáng kiến và 9.667 người tham gia.",
     [F("14.791", 14791, unit="sáng kiến"), F("9.667", 9667, unit="người")]),
    ("Tính đến hết tháng 5/2023, đã có 8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội.",
     [F("8.563/8.563", 8563, "ratio", "công đoàn", denominator=8563, subject="Công đoàn cơ sở")]),
    ("Đến hết tháng 7/2023, đã có 45/45 Công đoàn cấp trên trực tiếp cơ sở hoàn thành.",
     [F("45/45", 45, "ratio", "công đoàn", denominator=45, subject="Công đoàn cấp trên trực tiếp cơ sở")]),
    ("Tại Hội nghị, đã có hơn 600 ý kiến, kiến nghị bằng văn bản và 26 ý kiến trực tiếp.",
     [F("600", 600, unit="ý kiến", subject="ý kiến, kiến nghị", qualifier="more_than"), F("26", 26, unit="ý kiến")]),
    ("LĐLĐ Thành phố đã tổ chức khám sức khỏe miễn phí cho hàng nghìn đoàn viên, công nhân lao động.",
     [F("hàng nghìn", 1000, unit="đoàn viên", qualifier="vague")]),
    ("Các Công đoàn cơ sở đã thăm hỏi 30.000 công nhân lao động với số tiền hàng trăm tỷ đồng.",
     [F("30.000", 30000, unit="công nhân"), F("hàng trăm tỷ đồng", 1e11, "money", "VND", qualifier="vague")]),
    ("Từ địa phương xếp thứ 10, trong 3 tuần, LĐLĐ thành phố Hà Nội đã vượt lên vị trí thứ 2 bảng xếp loại.",
     [F("thứ 10", 10, "rank"), F("3 tuần", 3, "duration", "tuần"), F("thứ 2", 2, "rank")]),
    ("Sau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua đã đạt kết quả.",
     [F("150 ngày", 150, "duration", "ngày")]),
    # dev 331, 1130: a day's wage given is a count of `ngày lương`, no duration
    ("Cán bộ đóng góp ít nhất 1 ngày lương ủng hộ Quỹ “Vì người nghèo”.",
     [F("1", 1, "count", "ngày lương", qualifier="at_least")]),
    ("Tiếp tục hưởng ứng Chương trình “1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19”.",
     [F("1 triệu", 1e6, unit="sáng kiến", in_name=True)]),
    ("Tiếp nối thành công của Chương trình “75 nghìn sáng kiến, vượt khó, phát triển” năm 2021.",
     [F("75 nghìn", 75000, unit="sáng kiến", in_name=True)]),
    # a programme's fixed name unquoted after its head (dev 181, 502; campaigns.toml [[named]]); the
    # same words as a target count no name
    ("LĐLĐ huyện Sóc Sơn: Thi đua hưởng ứng Chương trình 1 triệu sáng kiến",
     [F("1 triệu", 1e6, unit="sáng kiến", in_name=True)]),
    ("Mục tiêu của Tổng LĐLĐ là 1 triệu sáng kiến.", [F("1 triệu", 1e6, unit="sáng kiến")]),
    ("Chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028.",
     [F("thứ XVII", 17, "ordinal"), F("XIII", 13, "ordinal")]),
    ("Ban Chấp hành LĐLĐ quận Hoàn Kiếm khóa XIX, tổ chức kỳ họp thứ 6.",
     [F("XIX", 19, "ordinal"), F("thứ 6", 6, "ordinal")]),
    ("Ra mắt Ban Chấp hành Công đoàn ngành Giáo dục Hà Nội, lần thứ XXV, nhiệm kỳ 2023 - 2028.",
     [F("thứ XXV", 25, "ordinal")]),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025).",
     [F("5 năm", 5, "duration", "năm")]),
    ("Kỷ niệm 70 năm chiến thắng Điện Biên Phủ, kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam.",
     [F("70 năm", 70, "duration", "năm"), F("95 năm", 95, "duration", "năm")]),
    ("Phong trào thi đua theo 2 đợt: Đợt 1 từ 1/1/2024 đến 31/7/2024; đợt 2 từ 11/8/2024 đến 31/12/2024.",
     [F("2", 2, unit="đợt"), F("1", 1, "ordinal"), F("2", 2, "ordinal")]),
    # a drive's week by its number (dev 549); a count of weeks stays a duration
    ("Ngay trong tuần 1 của Chiến dịch Thanh niên tình nguyện hè 2022 đã đạt nhiều kết quả nổi bật.",
     [F("1", 1, "ordinal")]),
    # a duration the segmenter glues to the capitalised name after it (`năm Tháng`, read set 120)
    ("Sau 4 năm Tháng Nhân đạo được phát động, phong trào lan tỏa.", [F("4 năm", 4, "duration", "năm")]),
    ("Kỷ niệm 1010 năm Thăng Long- Hà Nội;",
     [F("1010 năm", 1010, "duration", "năm")]),
    ("Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19.5.1890 - 19.5.2020);",
     [F("130 năm", 130, "duration", "năm")]),
    ("LĐLĐ Thành phố đã thành lập mới 3 điểm sinh hoạt văn hóa công nhân, củng cố và duy trì hoạt động.",
     [F("3", 3, unit="điểm", subject="điểm sinh hoạt văn hóa công nhân")]),
    ("Quyên góp ủng hộ 17.000 bộ áo dài yêu thương trao tặng cho nữ công nhân lao động.",
     [F("17.000", 17000, unit="bộ áo dài")]),
    ("Toàn Thành phố đã có trên 56.500 công nhân lao động được công nhận danh hiệu “Công nhân giỏi” cấp cơ sở.",
     [F("56.500", 56500, unit="công nhân", subject="công nhân lao động", qualifier="more_than")]),
    # ---- never a figure: dates, years, terms, document numbers, phones, URLs, times
    ("Ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động.", []),
    ("Thực hiện theo tinh thần Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.", []),
    ("Ban Chỉ đạo vừa có Thông báo số 26/TB-BCĐ thông báo kết luận Hội nghị giao ban.", []),
    ("Ngày 31/10, Ban Thường vụ ban hành Kế hoạch số 02/KH-LĐLĐ về quán triệt.", []),
    ("Thực hiện Nghị định 145/2020/NĐ-CP của Chính phủ.", []),
    ("Hội nghị được tổ chức vào ngày 27.12.2019, dưới sự chủ tọa của Chủ tịch.", []),
    ("Sáng nay (13/4), đoàn công tác đã làm việc với LĐLĐ thành phố.", []),
    ("Tổ chức chương trình kỷ niệm Ngày Phụ nữ Việt Nam 20/10, nói chuyện chuyên đề.", []),
    ("Sinh hoạt Câu lạc bộ Nữ khoa học LĐLĐ Thành phố kỳ III/2023.", []),
    ("Đánh giá kết quả quý II/2024 và triển khai nhiệm vụ.", []),
    ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.", []),
    ("Phối hợp công tác giai đoạn 2023-2025 và nhiệm kỳ 2018- 2023.", []),
    ("Chợ Tết trực tuyến tại địa chỉ https://chotet.congdoan.vn/, hoạt động từ 0 giờ ngày 20/12/2024 đến 24 giờ ngày 20/1/2025.", []),
    ("Mọi thắc mắc xin gọi số điện thoại 0218 3909 192 để được hỗ trợ.", []),
    ("Liên hệ email congdoan@hanoi.gov.vn hoặc website www.congdoan.vn để biết thêm.", []),
    ("Phát động thi đua năm 2024; tổ chức Tết sum vầy xuân Giáp Thìn 2024.", []),
    ("Trong các ngày 12 và 13/12/2023, trên địa bàn thành phố diễn ra các hoạt động.", []),
    ("Từ ngày 21 đến 23/11, tại Quốc Oai, Công đoàn tổ chức tập huấn.", []),
    # a dashed day and month after a date's word, whatever follows it (dev 319 with dashes)
    ("Công an TP Hà Nội cho biết từ ngày 6-12 đã ban hành Kế hoạch số 416.", []),
    ("Chiều nay (8/12), Liên đoàn Lao động quận tổ chức kỷ niệm.", []),
    ("Đánh giá hoạt động công đoàn 9 tháng đầu năm 2024, phương hướng nhiệm vụ 3 tháng cuối năm.", []),
    ("Bản tin cập nhật lúc 08:49 | 06/08/2021 và lúc 8h30.", []),
    ("Thứ 2, ngày 5/6 đoàn sẽ làm việc với các đơn vị.", []),
    ("Chống dịch Covid-19 và cúm A H5N1 hiệu quả.", []),
    ("Nội dung thứ hai của đợt thi đua là tập trung vào thi đua Lao động giỏi.", []),
    ("Đoàn viên đạt tỷ lệ cao, tỷ giá ổn định.", []),
    # ---- the wider crawl: money, rates, ranges, ratios, scales, qualifiers, changes
    ("Tỷ giá trung tâm ở mức 24.167 VND - tăng 16 VND.",
     [F("24.167 VND", 24167, "money", "VND"), F("16 VND", 16, "money", "VND", change="increase")]),
    ("Chỉ số USD Index (DXY) hiện ở mức 100,64 - giảm 0,38 điểm.",
     [F("100,64", 100.64, "measure"), F("0,38 điểm", 0.38, "measure", "điểm", change="decrease")]),
    ("Tổng giá trị hàng hóa đạt khoảng 40.900 tỷ đồng (tăng 10% so với Tết năm 2023).",
     [F("40.900 tỷ đồng", 4.09e13, "money", "VND", qualifier="about"), F("10%", 10, "percent", "%", change="increase")]),
    ("Lần đầu tiên ngành Thuế thu đạt 1,7 triệu tỷ đồng.",
     [F("1,7 triệu tỷ đồng", 1.7e15, "money", "VND")]),
    ("Toàn ngành về đích với tổng số thu ước đạt 1.732.000 tỷ đồng.",
     [F("1.732.000 tỷ đồng", 1.732e15, "money", "VND", qualifier="about")]),
    ("Mỗi suất ăn trị giá 21.000 đồng/suất.",
     [F("21.000 đồng/suất", 21000, "money", "VND/suất")]),
    # dev 1129: a gift per unit given
    ("Đến thăm và tặng quà cho 6 đơn vị, mỗi suất quà trị giá 5.000.000 đồng/đơn vị.",
     [F("6", 6, "count", "đơn vị"), F("5.000.000 đồng/đơn vị", 5e6, "money", "VND/đơn vị")]),
    # dev 502: a reward per collective and per person
    ("Mức thưởng tiền mặt là 500.000 đồng/tập thể, 400.000 đồng/cá nhân.",
     [F("500.000 đồng/tập thể", 500000, "money", "VND/tập thể"), F("400.000 đồng/cá nhân", 400000, "money", "VND/cá nhân")]),
    ("Thu nhập bình quân từ 5 - 7 triệu đồng/tháng.",
     [F("từ 5 - 7 triệu đồng/tháng", 5e6, "money", "VND/tháng", value_max=7e6)]),
    ("Mức hỗ trợ từ 2 đến 3 triệu đồng mỗi người.",
     [F("từ 2 đến 3 triệu đồng", 2e6, "money", "VND", value_max=3e6)]),
    # a dash joins two sums that repeat their currency even with no `từ` (dev 1014); `đến` does not
    ("Chị đạt mức thu nhập 400.000 đồng - 500.000 đồng/ngày.",
     [F("400.000 đồng - 500.000 đồng/ngày", 400000, "money", "VND/ngày", value_max=500000)]),
    ("Quỹ hỗ trợ 400.000 đồng đến 500.000 đồng cho đoàn viên khó khăn.",
     [F("400.000 đồng", 400000, "money", "VND"), F("500.000 đồng", 500000, "money", "VND")]),
    ("Tỷ lệ tăng lương đạt 10 - 15% tùy đơn vị.",
     [F("10 - 15%", 10, "percent", "%", value_max=15)]),
    ("Năm nay đã có 542/500 CĐ cơ sở được thành lập, đạt 108%.",
     [F("542/500", 542, "ratio", "cđ", denominator=500, subject="CĐ cơ sở"), F("108%", 108, "percent", "%")]),
    ("Có 356/365 đơn vị hoàn thành, đạt 97,53%.",
     [F("356/365", 356, "ratio", "đơn vị", denominator=365), F("97,53%", 97.53, "percent", "%")]),
    ("Toàn ngành hiện có 1,5 vạn đoàn viên.",
     [F("1,5 vạn", 15000, unit="đoàn viên")]),
    ("Công đoàn đã tặng 61 nghìn suất quà Tết.",
     [F("61 nghìn", 61000, unit="suất quà")]),
    ("Chương trình thu hút 1000 người tham gia.",
     [F("1000", 1000, unit="người")]),
    ("Hội thi năm nay có 2024 đoàn viên đăng ký.",
     [F("2024", 2024, unit="đoàn viên")]),
    ("Mỗi đoàn viên đóng 1.000 đồng, không phải 1,000 đồng.",
     [F("1.000 đồng", 1000, "money", "VND"), F("1,000 đồng", 1.0, "money", "VND")]),
    ("Giải thưởng trị giá 1,000,000 đồng.",
     [F("1,000,000 đồng", 1e6, "money", "VND")]),
    ("Khoảng 3.5% người lao động chưa có việc làm.",
     [F("3.5%", 3.5, "percent", "%", qualifier="about")]),
    ("Mỗi đơn vị cử ít nhất 5 người, tối đa 3 đội, dưới 10% chưa đạt và xấp xỉ 2.000 hội viên.",
     [F("5", 5, unit="người", qualifier="at_least"), F("3", 3, unit="đội", qualifier="at_most"),
      F("10%", 10, "percent", "%", qualifier="less_than"), F("2.000", 2000, unit="hội viên", qualifier="about")]),
    ("Hội nghị tập huấn cho gần 250 cán bộ công đoàn các ban, bộ, ngành.",
     [F("250", 250, unit="cán bộ", qualifier="nearly")]),
    ("Cho vay ưu đãi gần 700 triệu đồng tháng 12 cho 17 đoàn viên công đoàn.",
     [F("700 triệu đồng", 7e8, "money", "VND", qualifier="nearly"), F("17", 17, unit="đoàn viên")]),
    ("Doanh nghiệp giảm 2 ngày làm việc và tăng thêm 5% thu nhập.",
     [F("2 ngày", 2, "duration", "ngày", change="decrease"), F("5%", 5, "percent", "%", change="increase")]),
    ("Đoàn đã vượt qua hàng chục nghìn km để đến với bà con.",
     [F("hàng chục nghìn km", 1e4, "measure", "km", qualifier="vague")]),
    ("Vùng trồng hoa đào hàng trăm ha của người dân 2 phường Nhật Tân, Phú Thượng đã gần như mất trắng.",
     [F("hàng trăm ha", 100, "measure", "ha", qualifier="vague"), F("2", 2, unit="phường")]),
    ("Đội tuyển Việt Nam xếp ở vị trí 116 thế giới.",
     [F("116", 116, "rank")]),
    ("Với hơn 40.000 người tham gia, hơn 200.000 sáng kiến được cập nhật.",
     [F("40.000", 40000, unit="người", qualifier="more_than"), F("200.000", 200000, unit="sáng kiến", qualifier="more_than")]),
    ("Kỷ niệm 20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023).",
     [F("20 năm", 20, "duration", "năm")]),
    ("Ra mắt Công đoàn lâm thời gồm 7 ủy viên và 127 đoàn viên công đoàn.",
     [F("7", 7, unit="ủy viên"), F("127", 127, unit="đoàn viên")]),
    ("Thành lập 11 Công đoàn cơ sở (CĐCS) và kết nạp 1.052 đoàn viên công đoàn.",
     [F("11", 11, unit="công đoàn"), F("1.052", 1052, unit="đoàn viên")]),
    ("Toàn tỉnh hiện có hơn 50 công ty, nhà máy đang hoạt động, xuất khẩu sang khoảng 20 quốc gia, vùng lãnh thổ.",
     [F("50", 50, unit="công ty", subject="công ty, nhà máy", qualifier="more_than"),
      F("20", 20, unit="quốc gia", subject="quốc gia, vùng lãnh thổ", qualifier="about")]),
    ("Người lao động làm việc 8 giờ mỗi ngày.",
     [F("8 giờ", 8, "duration", "giờ")]),
    # a verb after a comma ends the counted noun, it opens no list item (dev 006)
    ("Đặc biệt, dự Đại hội có 99 đại biểu chính thức, đại diện cho 523 đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố.",
     [F("99", 99, unit="đại biểu", subject="đại biểu chính thức"),
      F("523", 523, unit="đoàn viên", subject="đoàn viên Công đoàn Cơ quan LĐLĐ Thành phố")]),
    # nor does a clause a verb, `số` or a person named opens after a comma (dev 079, 155, 109, 578)
    ("Đại hội đã bầu Ban Chấp hành gồm 9 người, khuyết sẽ bổ sung sau.",
     [F("9", 9, unit="người", subject="người")]),
    ("Năm 2019 xảy ra 324 vụ, số người chết là 370 người.",
     [F("324", 324, unit="vụ", subject="vụ"), F("370", 370, unit="người")]),
    ("Vụ sập giàn giáo làm 3 người tử vong tại chỗ, anh Đặng Đình Thắng bị thương nặng.",
     [F("3", 3, unit="người", subject="người tử vong tại chỗ")]),
    # "especially …" after a list opens a clause of its own (dev 1146)
    ("Năm nay, Chợ Tết quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng, đặc biệt là khu vực bán hàng giảm giá.",
     [F("40", 40, unit="gian hàng", subject="gian hàng nhu yếu phẩm, hàng tiêu dùng", qualifier="more_than")]),
    ("Công đoàn hỗ trợ 300 công nhân, nhất là lao động nữ có hoàn cảnh khó khăn.",
     [F("300", 300, unit="công nhân", subject="công nhân")]),
    # ... and so does how many of them are what (read set 152)
    ("Công đoàn ngành hiện có hơn 12.000 đoàn viên, phần lớn là nữ.",
     [F("12.000", 12000, unit="đoàn viên", subject="đoàn viên", qualifier="more_than")]),
    # what the houses are handed over for opens a clause of its own, its two words two tokens (dev 867)
    ("Liên đoàn Lao động tỉnh bàn giao 3 căn nhà mái ấm công đoàn, hướng tới kỷ niệm 100 năm ngày sinh Thủ tướng.",
     [F("3", 3, unit="căn nhà", subject="căn nhà mái ấm công đoàn"), F("100 năm", 100, "duration", "năm")]),
    ("Hội nghị bầu 7 đồng chí, bầu Đoàn thư ký gồm 3 đồng chí.",
     [F("7", 7, unit="đồng chí", subject="đồng chí"), F("3", 3, unit="đồng chí", subject="đồng chí")]),
    # what it is worth, when, under which theme or term it is counted is said after the noun (dev 174,
    # 941, 509, 405)
    ("Đại hội bầu 16 ủy viên Ban Chấp hành khoá XIII.",
     [F("16", 16, unit="ủy viên", subject="ủy viên Ban Chấp hành"), F("XIII", 13, "ordinal")]),
    ("Thành đoàn trồng 5.000 cây xanh giai đoạn 2021 - 2025.", [F("5.000", 5000, unit="cây xanh", subject="cây xanh")]),
    ("Công đoàn trao 200 suất quà trị giá 1 triệu đồng.",
     [F("200", 200, unit="suất quà", subject="suất quà"), F("1 triệu đồng", 1000000, "money", "VND")]),
    ("Ban Tổ chức chọn 30 bức ảnh chủ đề Công nhân.", [F("30", 30, unit="bức ảnh", subject="bức ảnh")]),
    # ---- numbers that are part of names
    ("Ngày 21/11, Ban Tổ chức của SEA Games 33 đã công bố cụ thể 50 môn và nhóm môn.",
     [F("33", 33, "ordinal", in_name=True), F("50", 50, unit="môn")]),
    ("Cụm thi đua số 6 LĐLĐ thành phố Hà Nội thực hiện tốt chức năng đại diện.",
     [F("6", 6, "ordinal", in_name=True)]),
    # a ratio with no noun after it counts the noun `số` names before it (read set 116, dev 352)
    ("Ông Chu Ngọc Anh được bầu với số phiếu 92/94 (chiếm 97,87%).",
     [F("92/94", 92, "ratio", unit="phiếu", subject="phiếu", denominator=94), F("97,87%", 97.87, "percent", unit="%")]),
    # the school year ends the counted noun, as a period does (read set 112)
    ("Đoàn đã kiểm tra 48 công đoàn cơ sở trường học năm học 2021 - 2022.",
     [F("48", 48, unit="công đoàn", subject="công đoàn cơ sở trường học")]),
    # a name's number before a verb, not a count of it (read set 112)
    ("Lễ phát động tại KCN Hoàng Mai 1 thu hút hơn 1.000 người lao động tham dự.",
     [F("1", 1, "ordinal", in_name=True), F("1.000", 1000, unit="người", qualifier="more_than")]),
    # control: after a name, a noun opens a count
    ("Vụ tai nạn tại Hải Phòng 2 người tử vong.", [F("2", 2, unit="người")]),
    ("Hỗ trợ các gia đình bị ảnh hưởng bởi cơn bão số 3 và hoàn lưu sau bão.",
     [F("3", 3, "ordinal", in_name=True)]),
    # ... before its year: `năm 2019` is when, not 8 years (dev 1190)
    ("Công đoàn tổ chức lễ khai mạc hội thao cụm thi đua số 8 năm 2019.", [F("8", 8, "ordinal", in_name=True)]),
    ("Cơn bão số 3 năm 2024 làm 12 ngôi nhà bị sập.",
     [F("3", 3, "ordinal", in_name=True), F("12", 12, unit="ngôi nhà", subject="ngôi nhà")]),
    # ... and a day and month with a dash before its year (claims of set 32)
    ("Đợt 7-11 năm 2025, Đảng bộ phường Phú Thọ có 12 đảng viên được trao tặng Huy hiệu Đảng.",
     [F("12", 12, unit="đảng viên", subject="đảng viên")]),
    # numbers listed after a district's number name the next districts (dev 1048); with a noun after
    # it, a number listed so is a count
    ("LĐLĐ Thành phố Thủ Đức thành lập trên cơ sở sáp nhập 3 LĐLĐ Quận 2, 9 và Thủ Đức.",
     [F("3", 3, unit="lđlđ", subject="LĐLĐ Quận"), F("2", 2, "ordinal", in_name=True), F("9", 9, "ordinal", in_name=True)]),
    ("Tại phường 5, 12 hộ dân được hỗ trợ.",
     [F("5", 5, "ordinal", in_name=True), F("12", 12, unit="hộ", subject="hộ dân")]),
    # numbers listed after an ordinal are the next of them (dev 813); with a noun after it, a count
    ("Bà là Ủy viên Trung ương Đảng các khóa 11, 12, 13; Bí thư Trung ương Đảng.",
     [F("11", 11, "ordinal"), F("12", 12, "ordinal"), F("13", 13, "ordinal")]),
    ("Tại lần thứ 5, 6 người được khen thưởng.",
     [F("thứ 5", 5, "ordinal"), F("6", 6, unit="người")]),
    # an address's number, its marker glued into one word by the segmenter (dev 1163)
    ("Sáng 20/10, tại trụ sở LĐLĐ thành phố Thủ Đức (địa chỉ số 17 Lê Quý Đôn, phường Bình Thọ), Liên đoàn tổ chức "
     "ngày hội.", [F("17", 17, "ordinal", in_name=True)]),
    # a house's grade is no count of houses (dev 931)
    ("Do hoàn cảnh khó khăn, vợ chồng chị vẫn sống trong ngôi nhà cấp 4 đã xuống cấp.",
     [F("4", 4, "ordinal", in_name=True)]),
    # a marker only when it is a word of its own: `vụ` of `phục vụ` is not a case number's
    ("Nhà ăn của công ty phục vụ 500 công nhân mỗi ca.",
     [F("500", 500, unit="công nhân", subject="công nhân")]),
    ("Gắn với các hoạt động quảng bá Top 1 ICF (Diễn đàn cộng đồng thông minh thế giới).",
     [F("1", 1, "rank", in_name=True)]),
    ("Hội nghị giao ban thực hiện Đề án 06 thành phố Hà Nội.",
     [F("06", 6, "ordinal", in_name=True)]),
    ("Tổng kết giải pháp giai đoạn 2 của phong trào.",
     [F("2", 2, "ordinal")]),
    ("Với tổng số 500 người tham gia.",
     [F("500", 500, unit="người")]),
    ("LĐLĐ Thành phố đã tổ chức tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2023.",
     [F("100", 100, unit="công nhân giỏi thủ đô", subject="Công nhân giỏi Thủ đô")]),
    ("Theo Điều 5 Luật Công đoàn năm 2012 và Bộ luật Lao động 2019.",
     [F("5", 5, "ordinal", in_name=True)]),
    ("Nhà ở số 12 phường 5, quận 3 và tầng 7 tòa nhà.",
     [F("12", 12, "ordinal", in_name=True), F("5", 5, "ordinal", in_name=True),
      F("3", 3, "ordinal", in_name=True), F("7", 7, "ordinal", in_name=True)]),
    # ---- traps found by probing
    ("Trong đó Hà Nội 3 người, Hải Phòng 2 người được khen.",
     [F("3", 3, unit="người", subject="người"), F("2", 2, unit="người")]),
    # a statistic that repeats only its noun's head counts the phrase stated before it (dev 156)
    ("Trong đó số vụ tai nạn lao động chết người là 345 vụ; số người chết vì tai nạn lao động 353 người.",
     [F("345", 345, unit="vụ", subject="vụ tai nạn lao động chết người"), F("353", 353, unit="người", subject="người")]),
    ("Số người tham gia là 500 người.", [F("500", 500, unit="người", subject="người tham gia")]),
    # counted only as people, a statistic counts whatever phrase is stated before it (dev 295)
    ("Tổng số đoàn viên là gần 7.000 người.", [F("7.000", 7000, unit="người", subject="đoàn viên", qualifier="nearly")]),
    ("Số lao động có quyết định hưởng là 6.396 người.",
     [F("6.396", 6396, unit="người", subject="lao động có quyết định hưởng")]),
    ("Số hồ sơ đã giải quyết là 120 trường hợp.", [F("120", 120, unit="trường hợp", subject="hồ sơ đã giải quyết")]),
    ("Số công nhân được khen là 50 tập thể.", [F("50", 50, unit="tập thể", subject="tập thể")]),
    # the abbreviation of a common noun before a number is what it counts, not a name (dev 254)
    ("CĐ ngành đang quản lý 41 CĐCS, với số lượng CNVCLĐ 7.128, trong đó số đoàn viên là gần 7.000 người.",
     [F("41", 41, unit="cđcs", subject="CĐCS"), F("7.128", 7128, unit="cnvclđ", subject="CNVCLĐ"),
      F("7.000", 7000, unit="người", subject="đoàn viên", qualifier="nearly")]),
    # an item followed by a word of degree is an adjective, not a noun of the list
    ("Hội thi năm 2023 quy tụ 363 thí sinh, đông nhất từ trước đến nay.",
     [F("363", 363, unit="thí sinh", subject="thí sinh")]),
    # ... but it goes on with the abbreviation of a common noun (dev 106)
    ("Giải thưởng tôn vinh 70 đoàn viên, CNLĐ có thành tích đặc biệt xuất sắc.",
     [F("70", 70, unit="đoàn viên", subject="đoàn viên, CNLĐ")]),
    ("Tổ chức 02 lớp tập huấn cho 150 học viên, tuyển 01 đồng chí tham dự.",
     [F("02", 2, unit="lớp"), F("150", 150, unit="học viên", subject="học viên"), F("01", 1, unit="đồng chí")]),
    # ... and its length with a unit (dev 1201)
    ("Đại hội sẽ diễn ra trong 02 ngày, từ ngày 26 đến ngày 27/6/2023.", [F("02 ngày", 2, "duration", "ngày")]),
    ("Đoàn viên nhận thưởng 5 triệu 500 nghìn đồng, doanh nghiệp nhận 2 tỷ 300 triệu đồng.",
     [F("5 triệu 500 nghìn đồng", 5.5e6, "money", "VND"), F("2 tỷ 300 triệu đồng", 2.3e9, "money", "VND")]),
    ("Thời gian tập huấn 3 - 5 ngày cho từ 10 đến 20 người, trên 90% đoàn viên đồng ý.",
     [F("3 - 5 ngày", 3, "duration", "ngày", value_max=5), F("từ 10 đến 20", 10, unit="người", value_max=20),
      F("90%", 90, "percent", "%", qualifier="more_than")]),
    ("Khai mạc lúc 11 giờ trưa với giải thưởng 1,5 triệu USD và 300 USD/tháng.",
     [F("1,5 triệu USD", 1.5e6, "money", "USD"), F("300 USD/tháng", 300, "money", "USD/tháng")]),
    ("Mỗi suất 25 ngàn đồng, vé 20.000 đ, phụ thu 50.000đ/người.",
     [F("25 ngàn đồng", 25000, "money", "VND"), F("20.000 đ", 20000, "money", "VND"),
      F("50.000đ/người", 50000, "money", "VND/người")]),
    ("Hội nghị khai mạc vào lúc 15 giờ 30 phút ngày 5/6.", []),
    ("Gọi đường dây nóng 1900 1234 hoặc Hotline: 0987.654.321, mã số thuế 0101234567.", []),
    ("Mạng 5G và dịch COVID-19 ảnh hưởng đến nhiều người.", []),
    ("Dịp 30/4 - 1/5 năm nay, hôm qua 19/12 Công đoàn trao quà.", []),
    ("Ngày 7- 8/2/2026 diễn ra hội nghị; sáng 20.12 khai mạc.", []),
    ("Kỳ họp thứ 10 HĐND thành phố khóa XVI, thế kỷ XXI và quý I.",
     [F("thứ 10", 10, "ordinal"), F("XVI", 16, "ordinal")]),
    ("Tỷ lệ đạt 98% với 2,5 điểm trung bình.",
     [F("98%", 98, "percent", "%"), F("2,5 điểm", 2.5, "measure", "điểm")]),
    ("Nặng 5kg, dài 3km, giá 21.000đ.",
     [F("5kg", 5, "measure", "kg"), F("3km", 3, "measure", "km"), F("21.000đ", 21000, "money", "VND")]),
    ("Độ tuổi từ 20 - 25 tuổi chiếm 40%.",
     [F("từ 20 - 25 tuổi", 20, "measure", "tuổi", value_max=25), F("40%", 40, "percent", "%")]),
    ("Hơn 3.000 công nhân, lao động được tặng quà, mỗi suất trị giá 500.000 đồng.",
     [F("3.000", 3000, unit="công nhân", subject="công nhân, lao động", qualifier="more_than"),
      F("500.000 đồng", 500000, "money", "VND")]),
    ("Kỷ niệm 19-5, dịp 2-9 và 30-4; tăng lương 5-7%, tập huấn 1-2 ngày cho 3-5 người.",
     [F("5-7%", 5, "percent", "%", value_max=7), F("1-2 ngày", 1, "duration", "ngày", value_max=2),
      F("3-5", 3, unit="người", value_max=5)]),
    ("Nhân dịp 20 năm thành lập, dịp 2-9 và dịp 30/4 năm nay.",
     [F("20 năm", 20, "duration", "năm")]),
    ("Vào thứ 2, ngày 5/6 đoàn sẽ làm việc, năm thứ 2 liên tiếp.",
     [F("thứ 2", 2, "ordinal")]),
    ("Lãi suất 0,5%/tháng, tương đương 6%/năm.",
     [F("0,5%/tháng", 0.5, "percent", "%/tháng"), F("6%/năm", 6, "percent", "%/năm")]),
    ("Ngày Quốc tế Lao động 1/5, Tết Dương lịch 2024 có hàng triệu người.",
     [F("hàng triệu", 1e6, unit="người", qualifier="vague")]),
    ("Giá vàng SJC 82,5 triệu đồng/lượng, giảm 500.000 đồng/lượng.",
     [F("82,5 triệu đồng/lượng", 82.5e6, "money", "VND/lượng"),
      F("500.000 đồng/lượng", 500000, "money", "VND/lượng", change="decrease")]),
    ("Ăn thử sản phẩm đã mua cả trăm lần, tôi vẫn quyết định phá lệ.",
     [F("cả trăm", 100, unit="lần", subject="lần", qualifier="vague")]),
    # ---- the development corpus (tests/dev, dev split)
    # the currency written out as `Việt Nam đồng` (dev 1262)
    ("Công đoàn viên nhà trường tham gia với 75 thùng mì trị giá 9 triệu Việt Nam đồng.",
     [F("75", 75, unit="thùng"), F("9 triệu Việt Nam đồng", 9e6, "money", "VND")]),
    # a percentage range with both signs; a rate per person per month
    ("Thu nhập tăng bình quân 10%-15%, thu nhập bình quân đạt 4.500.000đ/người/tháng.",
     [F("10%-15%", 10, "percent", "%", value_max=15), F("4.500.000đ/người/tháng", 4.5e6, "money", "VND/người/tháng")]),
    # the segmenter glues `đồng tiền`: still the currency
    ("Mỗi túi trị giá 200 nghìn đồng và 500 nghìn đồng tiền mặt.",
     [F("200 nghìn đồng", 2e5, "money", "VND"), F("500 nghìn đồng", 5e5, "money", "VND")]),
    # a verb after a comma ends the counted list (`70 gian hàng, bày bán …`, dev 276 and 280)
    ("Chợ tết năm nay có hơn 70 gian hàng, bày bán các mặt hàng thiết yếu phục vụ Tết.",
     [F("70", 70, unit="gian hàng", subject="gian hàng", qualifier="more_than")]),
    ("Chương trình có 72 gian hàng, cung cấp sản phẩm thiết yếu.",
     [F("72", 72, unit="gian hàng", subject="gian hàng")]),
    # and `đồng trích` (dev 282)
    ("Liên đoàn đã trao hỗ trợ cho mỗi nạn nhân số tiền 3.000.000 đồng trích từ Quỹ Xã hội của Liên đoàn.",
     [F("3.000.000 đồng", 3e6, "money", "VND")]),
    # the year of a lunar year's name is part of a date
    ("Nhân dịp Tết Nguyên đán Nhâm Dần 2022 sắp tới, đoàn đã trao 300 suất quà.",
     [F("300", 300, unit="suất quà")]),
    # identifiers: before a capitalised noun, a house number before `phố`, after `lớp` and `Bài`
    ("LĐLĐ thành phố Hà Nội dẫn đầu Cụm Thi đua 5 LĐLĐ thành phố trực thuộc Trung ương.",
     [F("5", 5, "ordinal", in_name=True)]),
    ("Vụ sập giàn cẩu tại tòa nhà 16 phố Nguyễn Công Trứ khiến 4 người tử vong.",
     [F("16", 16, "ordinal", in_name=True), F("4", 4, unit="người")]),
    ("Cú rơi từ độ cao gần 10 mét đã khiến ba người tử vong, con trai đang học lớp 12.",
     [F("10 mét", 10, "measure", "mét", qualifier="nearly"), F("12", 12, "ordinal", in_name=True)]),
    ("Bài 2: Đổi mới mạnh mẽ tổ chức và hoạt động Công đoàn.", [F("2", 2, "ordinal", in_name=True)]),
    # `trong số` is no name marker; a list marker opening a sentence is no figure
    ("Anh là một trong số 70 người được tôn vinh lần này.", [F("70", 70, unit="người")]),
    ("2. Đồng chí Phạm Tiến Nam, Chủ tịch Liên đoàn Lao động tỉnh Quảng Bình;", []),
    # a qualifier before a range's second end; measures in `độ C` and `điểm phần trăm`; a count of
    # days before the days themselves; a document number with a stray space
    ("Giá trị làm lợi từ 13 đến trên 500 tỷ đồng/năm, nhiệt độ trên 40 độ C, giảm 0,34 điểm phần trăm.",
     [F("từ 13 đến trên 500 tỷ đồng/năm", 13e9, "money", "VND/năm", value_max=500e9),
      F("40 độ C", 40, "measure", "độ C", qualifier="more_than"), F("0,34 điểm phần trăm", 0.34, "measure", "điểm phần trăm", change="decrease")]),
    ("Đại hội diễn ra trong 2 ngày 24-25/11 theo Kế hoạch số 07 /KH-LĐLĐ.", [F("2 ngày", 2, "duration", "ngày")]),
    # a range with its unit written on both ends (`%` ... `%`) or once after the second end
    ("Các đại biểu đạt số phiếu từ 65,12% đến 96,28%, mức giảm giá ít nhất là 10% đến 50%.",
     [F("từ 65,12% đến 96,28%", 65.12, "percent", "%", value_max=96.28),
      F("10% đến 50%", 10, "percent", "%", value_max=50, qualifier="at_least")]),
    ("Mỗi phiếu trị giá 300.000 - 500.000đ cho đoàn viên.",
     [F("300.000 - 500.000đ", 3e5, "money", "VND", value_max=5e5)]),
    # the currency written on both ends of a range (a probe), and a rate after the second
    ("Mỗi suất quà trị giá từ 500.000 đồng đến 1 triệu đồng.",
     [F("từ 500.000 đồng đến 1 triệu đồng", 5e5, "money", "VND", value_max=1e6)]),
    ("Mức hỗ trợ từ 500.000 đồng đến 1 triệu đồng/người.",
     [F("từ 500.000 đồng đến 1 triệu đồng/người", 5e5, "money", "VND/người", value_max=1e6)]),
    # ... but not a sum given to a count (no opener)
    ("Tặng 500.000 đồng đến 100 gia đình.", [F("500.000 đồng", 5e5, "money", "VND"), F("100", 100, unit="gia đình")]),
    # the number of a named document is no figure, with or without `số`
    ("Hà Nội vừa ban hành Kế hoạch 252, mở màn cho chiến dịch 90 ngày đêm.",
     [F("90 ngày đêm", 90, "duration", "ngày đêm")]),
    ("Thực hiện Công điện số 1063 ngày 31/7/2021 và sau 15 năm thực hiện Nghị quyết số 20, kế hoạch 5 năm đạt kết quả.",
     [F("15 năm", 15, "duration", "năm"), F("5 năm", 5, "duration", "năm")]),
    # a span of years between brackets, whatever the century it starts in
    ("Lễ kỷ niệm 70 năm Giải phóng Sơn Tây (1954 - 2024) và 555 năm danh xưng Sơn Tây (1469 - 2024).",
     [F("70 năm", 70, "duration", "năm"), F("555 năm", 555, "duration", "năm")]),
    # a quoted amount before its currency is money (the quote ends the surface)
    ("Dự kiến sẽ có hơn 6.000 suất quà “0” đồng cho đoàn viên.",
     [F("6.000", 6000, unit="suất quà", qualifier="more_than"), F("0", 0, "money", "VND", in_name=True)]),
    # days of a lunar month are the dates extractor's
    ("Chợ Tết diễn ra ngày 31/1 (tức 13–14 tháng Chạp năm Ất Tỵ), với khoảng 50 gian hàng.",
     [F("50", 50, unit="gian hàng", qualifier="about")]),
    # `đồng` left out after a money noun: the scale word ends a sum all the same (dev 451, batch 9)
    ("Các cấp Công đoàn đã ủng hộ Quỹ với số tiền hơn 75 tỷ cho 130.702 đoàn viên, người lao động.",
     [F("75 tỷ", 75e9, "money", "VND", qualifier="more_than"),
      F("130.702", 130702, unit="đoàn viên", subject="đoàn viên, người lao động")]),
    ("Tổng kinh phí thực hiện khoảng 12 tỷ.", [F("12 tỷ", 12e9, "money", "VND", qualifier="about")]),
    # ... but not a count of people, nor a scale word far from the money noun
    ("Kinh phí hỗ trợ là 2 triệu người.", [F("2 triệu", 2e6, unit="người")]),
    # ... nor after a rate (dev 286) or where the next amount of a pair names the currency (dev 163)
    ("Thu nhập bình quân của CNLĐ Hà Nội đạt 6,5 triệu/tháng.",
     [F("6,5 triệu/tháng", 6.5e6, "money", "VND/tháng")]),
    ("Doanh nghiệp nhà nước và công ty cổ phần lần lượt đạt 46,5 triệu và 45 triệu đồng.",
     [F("46,5 triệu", 46.5e6, "money", "VND"), F("45 triệu đồng", 45e6, "money", "VND")]),
    ("Có 1,5 triệu và 2 triệu người tham gia.", [F("1,5 triệu", 1.5e6), F("2 triệu", 2e6, unit="người")]),
    # a term numbered in Roman numerals after `nhiệm kỳ` (dev 298); a house number after `số nhà` (dev 110)
    ("Đại hội đánh giá kết quả trong nhiệm kỳ XXIII, bầu Ban chấp hành khoá XXIV.",
     [F("XXIII", 23, "ordinal"), F("XXIV", 24, "ordinal")]),
    ("Nhiệm kỳ 2023 - 2028 có 25 ủy viên.", [F("25", 25, unit="ủy viên")]),
    # a title of office listed before `và` and another number is a person counted apart (dev 100)
    ("Ban Chấp hành đã bầu 16 Ủy viên Ủy ban Kiểm tra, Chủ nhiệm và 2 Phó Chủ nhiệm Ủy ban Kiểm tra.",
     [F("16", 16, unit="ủy viên", subject="Ủy viên Ủy ban Kiểm tra"),
      F("2", 2, unit="phó", subject="Phó Chủ nhiệm Ủy ban Kiểm tra")]),
    ("Có 30 công nhân, viên chức và 5 đơn vị được khen thưởng.",
     [F("30", 30, unit="công nhân", subject="công nhân, viên chức"), F("5", 5, unit="đơn vị", subject="đơn vị")]),
    ("Cứu hộ tại nhà dân ở địa chỉ số nhà 19, ngách 15, ngõ 444 Đội Cấn.",
     [F("19", 19, "ordinal", in_name=True), F("15", 15, "ordinal", in_name=True),
      F("444", 444, "ordinal", in_name=True)]),
    # `đ/c` (comrades) after a count is no money, and what it counts (dev 585)
    ("Đại hội bầu ban chấp hành nhiệm kỳ mới là 5 đ/c, bầu đại biểu dự Đại hội cấp trên là 2 đ/c.",
     [F("5", 5, unit="đ/c", subject="đ/c"), F("2", 2, unit="đ/c")]),
    # the first day of a range whose end is a dotted date with its year is no count (dev 602)
    ("Ngày hội kéo dài từ 13 – 21.1.2024 với nhiều hoạt động.", []),
    # a pair's first day before a whole date (dev 965); the duration before it is a figure
    ("Đại hội sẽ diễn ra trong 2 ngày (28 và 29/9/2023) tại Trung tâm Hội nghị tỉnh.",
     [F("2 ngày", 2, "duration", "ngày")]),
    ("Công đoàn trao 28 và 29 suất quà.", [F("28", 28), F("29", 29, unit="suất quà")]),
    ("Có 13 - 21.5 tấn hàng được chuyển đi.", [F("13 - 21.5 tấn", 13, "measure", "tấn")]),
    # `thứ` right after a bracket stays in an ordinal's span (dev 631)
    ("Bà Nguyễn Thị Minh Hương (thứ 2 từ trái sang) chúc mừng tân Chủ tịch.", [F("thứ 2", 2, "ordinal")]),
    # a disease's number after a spaced dash (dev 726); a resolution's number after its abbreviation,
    # defined in brackets or not (dev 718)
    ("Hỗ trợ người lao động bị ảnh hưởng bởi dịch Covid - 19.", []),
    ("Tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 về xây dựng tổ chức Đảng.", [F("10 năm", 10, "duration", "năm")]),
    ("Trưởng Ban chỉ đạo của Thành ủy về thực hiện NQ 28 chủ trì hội nghị.", []),
    # thousands of đồng left unwritten after a money noun (dev 762)
    ("Ban tổ chức đã phát 3.000 phiếu mua hàng, mỗi vé trị giá 250 nghìn cho công nhân lao động.",
     [F("3.000", 3000, "count", "phiếu"), F("250 nghìn", 250000, "money", "VND")]),
    # years of Party membership, the segmenter gluing `năm tuổi` (dev 802-804); a school year is no duration
    ("Có 1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng, 4 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
     [F("1", 1, "count", "đảng viên"), F("75 năm", 75, "duration", "năm"), F("4", 4, "count", "đảng viên"),
      F("70 năm", 70, "duration", "năm")]),
    ("Trường đã có 2 năm học liên tiếp đạt danh hiệu tập thể lao động xuất sắc.", [F("2", 2, "count", "năm học")]),
    # a sum per voucher (dev 795)
    ("Công đoàn tặng phiếu mua hàng với giá trị 300 nghìn đồng/phiếu (tổng giá trị 15,45 tỷ đồng).",
     [F("300 nghìn đồng/phiếu", 300000, "money", "VND/phiếu"), F("15,45 tỷ đồng", 15.45e9, "money", "VND")]),
    # a season or a volunteering drive named with its year (dev 828, 830); a count after them stays
    ("Những tấm vé trên Chuyến xe Công đoàn - Xuân 2025 nghĩa tình này càng có ý nghĩa.", []),
    ("Chiến dịch Xuân tình nguyện 2024 chính thức khởi động sáng 7-1 tại Nhà văn hóa Sinh viên.", []),
    ("Chiến dịch tình nguyện hè 2020 thu hút 1.500 đoàn viên.", [F("1.500", 1500, "count", "đoàn viên")]),
    # ... and a campaign known by its fixed name (dev 1024)
    ("Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân 2025 càng trở nên cấp thiết.", []),
    ("Tháng Công nhân năm nay có 2025 công nhân tham gia.", [F("2025", 2025, unit="công nhân")]),
    ("Đón xuân 2024, công đoàn tặng 250 suất quà.", [F("250", 250, "count", "suất quà")]),
    # a range of lengths of time with the unit written on both ends (dev 929), as sums are;
    # two units apart are two figures
    ("Có 7 đảng viên được trao huy hiệu từ 30 năm đến 60 năm tuổi đảng.",
     [F("7", 7, "count", "đảng viên"), F("từ 30 năm đến 60 năm", 30, "duration", "năm", value_max=60)]),
    ("Các lớp học kéo dài từ 3 tháng đến 6 tháng.", [F("từ 3 tháng đến 6 tháng", 3, "duration", "tháng", value_max=6)]),
    ("Thời gian thử việc từ 6 tháng đến 3 năm.", [F("6 tháng", 6, "duration", "tháng"), F("3 năm", 3, "duration", "năm")]),
    # `hiện` (now) opens what is said of the counted, as `đang` does (dev 565)
    ("Tham dự buổi giao lưu có gần 200 công nhân hiện đang làm việc tại các đơn vị khu vực Kim Chung.",
     [F("200", 200, "count", "công nhân", subject="công nhân", qualifier="nearly")]),
    # a house number before a street named after a person (a family name, then a capitalised word) is an
    # address, as one before `phố` is (dev 282)
    ("Công đoàn hỗ trợ mỗi nạn nhân vụ sập giàn giáo ở 16 Nguyễn Công Trứ 2 triệu đồng.",
     [F("16", 16, "ordinal", in_name=True), F("2 triệu đồng", 2e6, "money", "VND")]),
    ("Hải Phòng 2 người chết.", [F("2", 2, "count", "người")]),
    # a figure with no noun of its own counts what `tổng số`/`số lượng` names right before it (dev 1168) ...
    ("Tổng số đoàn viên 5.412 (trong đó có 3.495 nữ, chiếm 65%).",
     [F("5.412", 5412, "count", "đoàn viên"), F("3.495", 3495, "count", "nữ"), F("65%", 65, "percent", "%")]),
    ("Đến nay tổng số hội viên hơn 29.000.", [F("29.000", 29000, "count", "hội viên", qualifier="more_than")]),
    # ... the abbreviation of a common noun still counted as written (dev 254)
    ("Công đoàn ngành có số lượng CNVCLĐ 7.128, trong đó đoàn viên là gần 7.000 người.",
     [F("7.128", 7128, "count", "cnvclđ"), F("7.000", 7000, "count", "người", qualifier="nearly")]),
    # ... and no noun when they name none
    ("Số lượng 50 mỗi ngày.", [F("50", 50, "count", None)]),
    # a verb the word segmenter glues to the name after it ends the counted noun (read set 92)
    ("Các đơn vị tổ chức ít nhất 1 hoạt động hưởng ứng Tháng Công nhân năm 2024.",
     [F("1", 1, "count", "hoạt động", subject="hoạt động", qualifier="at_least")]),
    # how they voted ends what is counted: not the person they voted for (read set 99)
    ("Tại kỳ họp, 28 đại biểu bỏ phiếu bầu ông Trương Trung Kiên làm Chủ tịch UBND quận.",
     [F("28", 28, "count", "đại biểu", subject="đại biểu")]),
    # an abbreviation written with a slash is one word, however the word segmenter splits it (dev 306)
    ("Được tuyên dương trong số 90 đ/c cán bộ công đoàn cơ sở tiêu biểu năm 2019.",
     [F("90", 90, "count", "đ/c", subject="đ/c cán bộ công đoàn cơ sở tiêu biểu")]),
    # control: a price per item is money, not comrades
    ("Giá bán 5.000 đ/cái.", [F("5.000 đ", 5000, "money", "VND")]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_figures_of_sentence(sentence, expected):
    doc, ctx = analyse(sentence, published_at=datetime(2023, 5, 2))
    figures = extract_figures(doc, ctx)
    got = [{k: getattr(f, k) for k in e} for f, e in zip(figures, expected)]
    assert [f.surface for f in figures] == [e["surface"] for e in expected]
    for g, e in zip(got, expected):
        for k, v in e.items():
            if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
                assert g[k] == pytest.approx(v), (e["surface"], k)
            else:
                assert g[k] == v, (e["surface"], k)
    for f in figures:
        assert doc.text[f.char_start:f.char_end] == f.surface


@pytest.mark.parametrize(
    "text, value",
    [
        ("14.791", 14791), ("1.732.000", 1732000), ("9667", 9667), ("1000", 1000), ("2,9", 2.9),
        ("100,64", 100.64), ("97,53", 97.53), ("0,38", 0.38), ("1.000", 1000), ("1,000", 1.0),
        ("1,000,000", 1e6), ("1.000,5", 1000.5), ("1,234.5", 1234.5), ("3.5", 3.5),
        ("75 nghìn", 75000), ("61 ngàn", 61000), ("1,5 vạn", 15000), ("564 triệu", 564e6),
        ("2,9 tỷ", 2.9e9), ("1,7 triệu tỷ", 1.7e15), ("1.732.000 tỷ", 1.732e15), ("3 trăm", 300),
        ("5 triệu 500 nghìn", 5.5e6), ("2 tỷ 300 triệu", 2.3e9), ("1 tỷ 2 triệu 500 nghìn", 1.0025e9),
    ],
)
def test_parse_vietnamese_number(text, value):
    assert parse_vietnamese_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["1.1.2020", "27.12.2019", "abc", "", "12 người", "1,2,3", "5 500", "5 nghìn 3 triệu", "5 triệu 500"]
)
def test_parse_vietnamese_number_refuses(text):
    with pytest.raises(ValueError):
        parse_vietnamese_number(text)


@pytest.mark.parametrize("numeral, value", [("I", 1), ("VI", 6), ("XIII", 13), ("XVII", 17), ("XIX", 19), ("XXV", 25), ("XC", 90)])
def test_roman_to_int(numeral, value):
    assert roman_to_int(numeral) == value


@pytest.mark.parametrize("numeral", ["IIII", "VX", "ABC", ""])
def test_roman_to_int_refuses(numeral):
    with pytest.raises(ValueError):
        roman_to_int(numeral)


def test_parse_digits_reads_english_grouping_only_when_unambiguous():
    assert parse_digits("12.345.678") == 12345678
    assert parse_digits("12,345,678") == 12345678


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_figures_point_at_their_words(seed):
    from pipeline.clean import clean_file
    from pipeline.process import analyse_article

    page = clean_file(seed)
    for article in [page.article, *page.teasers]:
        doc, ctx = analyse_article(article, page.article if article is not page.article else None)
        for f in extract_figures(doc, ctx):
            assert doc.text[f.char_start:f.char_end] == f.surface
            assert f.kind != "count" or f.qualifier == "vague" or f.value == int(f.value)


# Counts spelled out in words: no figures under the SPEC (extract_figures leaves them), stored
# apart, flagged `spelled`, for the checker (dev 218, 111).
SPELLED_CASES = [
    ("Các phong trào thi đua và các cuộc vận động năm học 2019-2020 được tổ chức thành hai đợt.",
     [("hai", 2, "đợt", "đợt")]),
    # the subject stops at the next spelled count, as it stops at the next number in digits
    ("Vụ tai nạn lao động khiến hai công nhân thiệt mạng, hai người khác bị thương.",
     [("hai", 2, "công nhân", "công nhân thiệt mạng"), ("hai", 2, "người", "người khác bị thương")]),
    ("Đại hội giới thiệu mười lăm đồng chí để bầu Ban Chấp hành.", [("mười lăm", 15, "đồng chí", "đồng chí")]),
    # `năm` before those awarded is five (read set 64)
    ("Cuộc thi có năm cá nhân đạt giải Ba và năm tập thể được khen thưởng.",
     [("năm", 5, "cá nhân", "cá nhân"), ("năm", 5, "tập thể", "tập thể")]),
    # ... and before those helped (read set 111); not the year it is during or each year
    ("LĐLĐ thành phố trao kinh phí sửa chữa Mái ấm Công đoàn cho năm đoàn viên huyện Sóc Sơn.",
     [("năm", 5, "đoàn viên", "đoàn viên huyện Sóc Sơn")]),
    ("Trong năm đoàn viên được kết nạp tăng; hằng năm hộ nghèo giảm.", []),
    # `một` before the dead of an accident is one (read set 128); not `a` person elsewhere
    ("Đã có một người tử vong trong vụ tai nạn lao động khi phá dỡ nhà.", [("một", 1, "người", "người tử vong")]),
    ("Một người dân cho biết, mỗi một người tử vong là một mất mát.", []),
    # `giải ba` is the third prize (read set 38)
    ("Ban tổ chức đã trao bảy giải ba cho các tác giả.", [("bảy", 7, "giải", "giải ba")]),
    # number words that count no noun written after them
    ("Hơn một nửa kinh phí từ xã hội hóa, trên một số trục đường.", []),
    ("Ban tổ chức trao giải nhất, nhì, ba và khuyến khích.", []),
    ("Mười hai năm học qua, em đều là học sinh giỏi.", []),
    # an ordinal, a month, a name, a fixed phrase
    ("Đây là lần thứ hai ông Ba tham dự; tháng ba năm nay hai bên đã ký kết.", []),
]


# The numbers a text spells out, as read (a claim's are read so, whatever they count).
SPELLED_VALUES = [
    ("mười lăm đồng chí", [("mười lăm", 15)]),
    ("hai mươi nhăm người", [("hai mươi nhăm", 25)]),
    # after `mười` and `mươi`, five is `lăm`: `mười năm` is ten years (unseen49)
    ("hơn mười năm phụ trách khu ký túc xá", [("mười", 10)]),
    ("năm mươi năm tuổi Đảng", [("năm mươi", 50)]),
    # a title counted in quotes (read set 64)
    ("tuyên dương một trăm “Công nhân giỏi Thủ đô”", [("một trăm", 100)]),
    ("Anh Ba “Nam” nói", []),
    # `năm` before delegates counts them, as before `đồng chí` (read set 95)
    ("có năm đại biểu hiệp thương", [("năm", 5)]),
    # half of a scale word (read set 115); not half of what is counted
    ("mỗi voucher có trị giá nửa triệu đồng", [("nửa", 0.5)]),
    ("gần nửa tỷ đồng", [("nửa", 0.5)]),
    ("hơn nửa số đoàn viên", []),
]


@pytest.mark.parametrize("text, expected", SPELLED_VALUES, ids=[c[0] for c in SPELLED_VALUES])
def test_spelled_number_values(text, expected):
    from pipeline.extract.spelled import spelled_counts

    assert [(text[s:e], v) for s, e, v in spelled_counts(text)] == expected


@pytest.mark.parametrize("sentence, expected", SPELLED_CASES, ids=[c[0][:50] for c in SPELLED_CASES])
def test_spelled_counts_of_sentence(sentence, expected):
    from pipeline.extract.figures import extract_spelled_counts

    doc, ctx = analyse(sentence, published_at=datetime(2023, 5, 2))
    spelled = extract_spelled_counts(doc, ctx)
    assert [(f.surface, f.value, f.unit, f.subject) for f in spelled] == expected
    assert all(f.spelled and f.kind == "count" and doc.text[f.char_start:f.char_end] == f.surface for f in spelled)
    assert not any(f.spelled for f in extract_figures(doc, ctx))
