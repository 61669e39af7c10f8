"""Dates: a table of sentences and the dates they state (seed sentences and traps), plus the lunar calendar."""
from __future__ import annotations

import inspect
from datetime import date, datetime

import pytest

import pipeline.extract.dates as dates_module
from pipeline.extract.base import analyse
from pipeline.extract.dates import extract_dates, find_dates, parse_date_expression, year_in_force
from pipeline.lunar import lunar_month_length, lunar_to_solar, lunar_year_span, year_stem_branch, years_named


def D(surface, start, end=None, kind="date", granularity="day", inferred=False, calendar="gregorian"):
    """An expected date fact: (surface, kind, start, end, granularity, year_inferred, calendar)."""
    return (surface, kind, date.fromisoformat(start), date.fromisoformat(end or start),
            granularity, inferred, calendar)


def R(surface, start, end, granularity="day", inferred=False, calendar="gregorian"):
    return D(surface, start, end, "range", granularity, inferred, calendar)


def T(surface, first_year, last_year):
    return D(surface, f"{first_year}-01-01", f"{last_year}-12-31", "term", "year")


def Y(surface, year, inferred=False):
    return D(surface, f"{year}-01-01", f"{year}-12-31", "date", "year", inferred)


PUBLISHED_2024_09_20 = datetime(2024, 9, 20, 8, 30)
PUBLISHED_2025_01_02 = datetime(2025, 1, 2, 7, 0)
PUBLISHED_2017_04_25 = datetime(2017, 4, 25, 9, 0)

# (sentence, published_at or None, expected facts in text order)
CASES = [
    # ---- seed sentences
    ("Ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động thi đua.",
     None, [D("Ngày 28/4/2023", "2023-04-28")]),
    ("Hội nghị được tổ chức vào ngày 27.12.2019, dưới sự chủ tọa của đồng chí Chủ tịch.",
     None, [D("ngày 27.12.2019", "2019-12-27")]),
    ("Sau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm đã đạt kết quả.",
     None, [R("từ ngày 1/5 đến 30/9/2023", "2023-05-01", "2023-09-30")]),
    ("Đợt 1: Từ tháng 1.1.2020 đến 30.6.2020: Với chủ đề “Mừng Đảng quang vinh”.",
     None, [R("Từ tháng 1.1.2020 đến 30.6.2020", "2020-01-01", "2020-06-30")]),
    ("Đợt 2: Từ 01.7.2020 đến 31.12.2020: Với chủ đề “Chào mừng Đại hội thi đua yêu nước”.",
     None, [R("Từ 01.7.2020 đến 31.12.2020", "2020-07-01", "2020-12-31")]),
    ("Kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03.02.1930 - 03.02.2020).",
     None, [R("03.02.1930 - 03.02.2020", "1930-02-03", "2020-02-03")]),
    ("Kỷ niệm 91 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929- 28.7.2020).",
     None, [R("28.7.1929- 28.7.2020", "1929-07-28", "2020-07-28")]),
    ("Đợt 1 từ 1/1/2024 đến 31/7/2024, với chủ đề đổi mới; đợt 2 từ 11/8/2024 đến 31/12/2024 với chủ đề thi đua.",
     None, [R("từ 1/1/2024 đến 31/7/2024", "2024-01-01", "2024-07-31"),
            R("từ 11/8/2024 đến 31/12/2024", "2024-08-11", "2024-12-31")]),
    ("Kỷ niệm 20 năm Ngày thành lập LĐLĐ quận (9/12/2003 - 9/12/2023).",
     None, [R("9/12/2003 - 9/12/2023", "2003-12-09", "2023-12-09")]),
    ("Trong các ngày 12 và 13/12/2023, trên địa bàn thành phố Hà Nội diễn ra các hoạt động đón khách.",
     None, [R("ngày 12 và 13/12/2023", "2023-12-12", "2023-12-13")]),
    # consecutive months listed with one year after the last are one range, as days are (dev 832)
    ("Chiến dịch diễn ra trong 3 tháng 6,7,8/2020, chọn tháng 7/2020 là tháng cao điểm.",
     None, [R("tháng 6,7,8/2020", "2020-06-01", "2020-08-31", granularity="month"),
            D("tháng 7/2020", "2020-07-01", "2020-07-31", granularity="month")]),
    ("Trong tháng 5 và 6/2022, công ty tổ chức hội thi.",
     None, [R("tháng 5 và 6/2022", "2022-05-01", "2022-06-30", granularity="month")]),
    ("Chợ Tết hoạt động từ 0 giờ ngày 20/12/2024 đến 24 giờ ngày 20/1/2025 (từ ngày 20/11 - 21/12 năm Giáp Thìn 2024).",
     None, [R("từ 0 giờ ngày 20/12/2024 đến 24 giờ ngày 20/1/2025", "2024-12-20", "2025-01-20"),
            R("từ ngày 20/11 - 21/12 năm Giáp Thìn 2024", "2024-12-20", "2025-01-20", calendar="lunar")]),
    ("Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028 đã đạt được những kết quả đáng ghi nhận.",
     None, [T("nhiệm kỳ 2023 - 2028", 2023, 2028)]),
    ("Gắn với các nhiệm vụ trọng tâm của nhiệm kỳ 2023-2028 và các chỉ tiêu kinh tế- xã hội giai đoạn 2016-2020.",
     None, [T("nhiệm kỳ 2023-2028", 2023, 2028), T("giai đoạn 2016-2020", 2016, 2020)]),
    ("Các mục tiêu Kế hoạch phát triển kinh tế - xã hội 5 năm (2021-2025).",
     None, [T("5 năm (2021-2025)", 2021, 2025)]),
    ("Năm học 2023 - 2024 đánh dấu một bước tiến trong công tác phối hợp.",
     None, [T("Năm học 2023 - 2024", 2023, 2024)]),
    ("Quy hoạch tỉnh thời kỳ 2021 - 2030 đã được công bố.",
     None, [T("thời kỳ 2021 - 2030", 2021, 2030)]),
    ("Hoạt động công đoàn 9 tháng đầu năm 2024 và phương hướng nhiệm vụ 3 tháng cuối năm 2024.",
     None, [R("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", "month"),
            R("3 tháng cuối năm 2024", "2024-10-01", "2024-12-31", "month")]),
    ("Đánh giá công tác công đoàn 9 tháng năm 2024, đề ra phương hướng nhiệm vụ 3 tháng cuối năm.",
     None, [R("9 tháng năm 2024", "2024-01-01", "2024-09-30", "month"),
            R("3 tháng cuối năm", "2024-10-01", "2024-12-31", "month", inferred=True)]),
    ("Ngay từ tháng 3/2022, LĐLĐ Thành phố đã ban hành Kế hoạch; dự kiến Đại hội vào tháng 10/2023.",
     None, [D("tháng 3/2022", "2022-03-01", "2022-03-31", granularity="month"),
            D("tháng 10/2023", "2023-10-01", "2023-10-31", granularity="month")]),
    ("Tính đến hết tháng 5/2023, đã có 8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội.",
     None, [D("tháng 5/2023", "2023-05-01", "2023-05-31", granularity="month")]),
    ("Kết quả quý II/2024 được công bố trong tháng 12/2024.",
     None, [D("quý II/2024", "2024-04-01", "2024-06-30", granularity="quarter"),
            D("tháng 12/2024", "2024-12-01", "2024-12-31", granularity="month")]),
    ("Theo tinh thần Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.",
     None, [D("ngày 12/6/2021", "2021-06-12")]),
    ("Phát động phong trào thi đua năm 2024; tổ chức Tết sum vầy xuân Giáp Thìn 2024.",
     None, [Y("năm 2024", 2024), R("xuân Giáp Thìn 2024", "2024-02-10", "2024-05-07", "month", calendar="lunar")]),
    ("Chăm lo cho đoàn viên dịp Tết Nguyên đán Giáp Thìn - 2024 với tinh thần vui tươi.",
     None, [R("Tết Nguyên đán Giáp Thìn - 2024", "2024-02-10", "2024-02-12", calendar="lunar")]),
    ("Trong dịp Tết Nguyên đán năm 2023, các cấp Công đoàn Thủ đô đã dành trên 144 tỷ đồng.",
     None, [R("Tết Nguyên đán năm 2023", "2023-01-22", "2023-01-24", calendar="lunar")]),
    # ---- relative words and yearless dates
    ("(LĐTĐ) Sáng nay (13/4), đoàn công tác đã làm việc với LĐLĐ thành phố Hà Nội.",
     datetime(2022, 4, 13, 11, 0), [D("Sáng nay (13/4)", "2022-04-13", inferred=True)]),
    ("(LĐTĐ) Sáng nay (13/4), đoàn công tác làm việc; Chương trình “75 nghìn sáng kiến” năm 2021 đã thành công.",
     None, [D("Sáng nay (13/4)", "2021-04-13", inferred=True), Y("năm 2021", 2021)]),
    ("(LĐTĐ) Sáng nay (13/4), đoàn công tác đã làm việc với LĐLĐ thành phố Hà Nội.",
     None, []),
    ("(LĐTĐ) Sáng nay 20/9, tỷ giá trung tâm tăng 16 VND; giá vàng hôm nay (20/9) giảm.",
     PUBLISHED_2024_09_20, [D("Sáng nay 20/9", "2024-09-20", inferred=True),
                            D("hôm nay (20/9)", "2024-09-20", inferred=True)]),
    ("Hôm qua, đoàn đã về thăm; ngày mai sẽ khai mạc, năm nay là năm bản lề.",
     PUBLISHED_2024_09_20, [D("Hôm qua", "2024-09-19", inferred=True),
                            D("ngày mai", "2024-09-21", inferred=True),
                            Y("năm nay", 2024, inferred=True)]),
    ("Hôm qua, đoàn đã về thăm; ngày mai sẽ khai mạc, năm nay là năm bản lề.", None, []),
    # a dashed day/month in brackets after a relative word, its year from the sentence (dev 411)
    ("(BBNĐT) Hôm nay (13-5), Tháng hành động về ATVSLĐ năm 2019 chính thức được phát động.",
     None, [D("Hôm nay (13-5)", "2019-05-13", inferred=True), Y("năm 2019", 2019)]),
    # an aside in brackets between a range's start and its `đến` (dev 406)
    ("Tháng Nhân đạo năm 2021 được triển khai từ ngày 1-31/5, cao điểm từ ngày 8/5 (ngày sinh của Henry "
     "Dunant - người sáng lập phong trào Chữ thập đỏ) đến ngày 19/5 (ngày sinh của Chủ tịch Hồ Chí Minh).",
     None, [Y("năm 2021", 2021), R("từ ngày 1-31/5", "2021-05-01", "2021-05-31", inferred=True),
            R("từ ngày 8/5 (ngày sinh của Henry Dunant - người sáng lập phong trào Chữ thập đỏ) đến ngày 19/5",
              "2021-05-08", "2021-05-19", inferred=True)]),
    ("Chiều nay (8/12), LĐLĐ quận Long Biên tổ chức kỷ niệm.",
     PUBLISHED_2024_09_20, [D("Chiều nay (8/12)", "2023-12-08", inferred=True)]),
    ("Ngày 28/12, Công đoàn tổ chức hội nghị tổng kết.",
     PUBLISHED_2025_01_02, [D("Ngày 28/12", "2024-12-28", inferred=True)]),
    # dev 369: a range placed by its start (within the future window), though its end is not
    ("Tháng hành động diễn ra từ ngày 1 đến 31/5, với chủ đề an toàn.",
     PUBLISHED_2017_04_25, [R("từ ngày 1 đến 31/5", "2017-05-01", "2017-05-31", inferred=True)]),
    # ... and a range over New Year still by its end
    ("Chợ Tết mở từ 20/12 đến 5/1.",
     PUBLISHED_2025_01_02, [R("từ 20/12 đến 5/1", "2024-12-20", "2025-01-05", inferred=True)]),
    ("Tối ngày 22/12, chương trình nghệ thuật diễn ra; sáng 20.12 đoàn đã tới thăm.",
     PUBLISHED_2025_01_02, [D("ngày 22/12", "2024-12-22", inferred=True), D("20.12", "2024-12-20", inferred=True)]),
    ("(LĐTĐ) Từ ngày 21 đến 23/11, tại Quốc Oai, Công đoàn Viên chức Việt Nam tổ chức tập huấn năm 2024.",
     None, [R("Từ ngày 21 đến 23/11", "2024-11-21", "2024-11-23", inferred=True), Y("năm 2024", 2024)]),
    ("Ngày 20/12, Công đoàn Y tế tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
     None, [D("Ngày 20/12", "2024-12-20", inferred=True), Y("năm 2024", 2024), Y("năm 2025", 2025)]),
    ("Ngày 22/11, Hội tổ chức Đại hội nhiệm kỳ 2024 - 2029, tổng kết nhiệm kỳ 2019 - 2024.",
     None, [D("Ngày 22/11", "2024-11-22", inferred=True), T("nhiệm kỳ 2024 - 2029", 2024, 2029),
            T("nhiệm kỳ 2019 - 2024", 2019, 2024)]),
    # dev 251: the years an anniversary spans (or a review of N years) say the text's year by their end
    ("Tối 10/11, thị xã tổ chức Lễ kỷ niệm 70 năm Giải phóng Sơn Tây (1954 - 2024).",
     None, [D("10/11", "2024-11-10", inferred=True), R("1954 - 2024", "1954-01-01", "2024-12-31", granularity="year")]),
    # ... but only when the count of years is the span: otherwise a range is dated by its start
    ("Tối 10/11, thị xã giao 3 năm thực hiện đề án (2019 - 2024).",
     None, [D("10/11", "2019-11-10", inferred=True), R("2019 - 2024", "2019-01-01", "2024-12-31", granularity="year")]),
    # ---- written to break the parser
    ("Hà Nội, ngày 5 tháng 1 năm 2024; ký ngày 28 tháng 4 năm 2023 tại trụ sở.",
     None, [D("ngày 5 tháng 1 năm 2024", "2024-01-05"), D("ngày 28 tháng 4 năm 2023", "2023-04-28")]),
    ("Lễ hội diễn ra từ 7- 8/2/2026 tại đình làng; giai đoạn 2018- 2023 đã khép lại.",
     None, [R("từ 7- 8/2/2026", "2026-02-07", "2026-02-08"), T("giai đoạn 2018- 2023", 2018, 2023)]),
    ("Từ sau 30/10/2020, các đơn vị phải báo cáo hằng tháng.",
     None, [D("30/10/2020", "2020-10-30")]),
    ("Thi đua từ tháng 5 đến tháng 9/2023 trong toàn ngành.",
     None, [R("từ tháng 5 đến tháng 9/2023", "2023-05-01", "2023-09-30", "month")]),
    ("Kỳ nghỉ từ ngày 28/12/2023 đến ngày 2/1/2024; đợt cao điểm từ 20/12 đến 5/1/2025.",
     None, [R("từ ngày 28/12/2023 đến ngày 2/1/2024", "2023-12-28", "2024-01-02"),
            R("từ 20/12 đến 5/1/2025", "2024-12-20", "2025-01-05")]),
    ("Sai ngày: từ 31/12/2024 đến 1/1/2024 là không thể, ngày 31/4/2024 cũng vậy.",
     None, [D("31/12/2024", "2024-12-31"), D("1/1/2024", "2024-01-01")]),
    ("Trong các ngày 5 và 12/12/2023 đoàn kiểm tra làm việc.",
     None, [D("ngày 5", "2023-12-05"), D("12/12/2023", "2023-12-12")]),
    ("Quyết định số 1234/QĐ-UBND ngày 15/3/2024 và Nghị định 145/2020/NĐ-CP; Thông tư số 05/2024/TT-BLĐTBXH.",
     None, [D("ngày 15/3/2024", "2024-03-15")]),
    ("Phấn đấu đến năm 2030 trở thành thành phố trực thuộc Trung ương; tầm nhìn đến năm 2050. Chiều ngày 19/9 họp báo.",
     None, [Y("năm 2030", 2030), Y("năm 2050", 2050)]),
    ("Ngày hội diễn ra vào rằm tháng Giêng năm 2024 và mùng 6 Tết.",
     None, [D("rằm tháng Giêng năm 2024", "2024-02-24", calendar="lunar"),
            D("mùng 6 Tết", "2024-02-15", inferred=True, calendar="lunar")]),
    ("Giỗ Tổ ngày 10/3 âm lịch năm Giáp Thìn.",
     PUBLISHED_2024_09_20, [D("ngày 10/3 âm lịch năm Giáp Thìn", "2024-04-18", calendar="lunar")]),
    ("Chuẩn bị chu đáo cho Tết Nguyên đán để người lao động vui xuân.",
     datetime(2024, 12, 10), [R("Tết Nguyên đán", "2025-01-29", "2025-01-31", inferred=True, calendar="lunar")]),
    ("Chào năm Giáp Thìn, Công đoàn tổ chức Tết sum vầy năm 2024.",
     None, [D("năm Giáp Thìn", "2024-02-10", "2025-01-28", granularity="year", calendar="lunar"), Y("năm 2024", 2024)]),
    ("Công tác quý IV và nửa đầu năm 2025 được giao cụ thể; tháng 12 tới sẽ tổng kết.",
     PUBLISHED_2024_09_20, [D("quý IV", "2024-10-01", "2024-12-31", granularity="quarter", inferred=True),
                            R("nửa đầu năm 2025", "2025-01-01", "2025-06-30", "month"),
                            D("tháng 12", "2023-12-01", "2023-12-31", granularity="month", inferred=True)]),
    ("Đón khách từ ngày 20/11 - 21/12 năm Giáp Thìn; ông Công ông Táo ngày 23 tháng Chạp.",
     datetime(2024, 12, 1), [R("từ ngày 20/11 - 21/12 năm Giáp Thìn", "2024-12-20", "2025-01-20", calendar="lunar"),
                             D("ngày 23 tháng Chạp", "2025-01-22", inferred=True, calendar="lunar")]),
    ("Lễ Vu Lan ngày 15/7 (âm lịch) năm 2024 và xuân Ất Tỵ.",
     None, [D("ngày 15/7 (âm lịch) năm 2024", "2024-08-18", calendar="lunar"),
            R("xuân Ất Tỵ", "2025-01-29", "2025-04-27", "month", calendar="lunar")]),
    ("Hội nghị Thủ đô 2019 đánh giá Luật Thủ đô 2024 và cuộc thi SEA Games 33.", None, []),
    ("Đã có 8.563/8.563 Công đoàn cơ sở, 45/45 Công đoàn cấp trên, 44/44 cấp ủy; 356/365 xã đạt 97,53%.", None, []),
    ("Tỷ giá công bố mức 24.167 VND, chỉ số USD Index ở mức 100,64; hotline 0218 3909 192.", None, []),
    ("Xem tại https://chotet.congdoan.vn/2024/12/20/ hoặc www.ldtd.vn/1/5/2023.", None, []),
    ("Chi tiết tại laodongthudo.vn/tin-tuc/1/5/2023 và hotro@congdoan.vn.", None, []),
    ("Chương trình “1 triệu sáng kiến” chiến thắng đại dịch Covid-19; đạt 8/10 chỉ tiêu, phục vụ 24/7.", None, []),
    ("Sau 3 tháng 5 ngày thi công, tăng từ 8/10 lên 10/10 đơn vị đạt chuẩn.", None, []),
    # a sum a month is no month (dev 1171)
    ("Hiện chị nhận hàng về gia công tại nhà trọ, thu nhập mỗi tháng 2-3 triệu đồng.", PUBLISHED_2024_09_20, []),
    ("Anh làm công nhân với mức lương tháng 5 triệu đồng.", PUBLISHED_2024_09_20, []),
    # a count of days, a comma, then a bare range of as many days (dev 458); other counts lead nothing
    ("Trong 2 ngày, 24-25/1 tại Khu Công nghiệp Lương Sơn, LĐLĐ tỉnh tổ chức Chương trình “Tết Sum vầy”.",
     datetime(2026, 1, 25), [R("24-25/1", "2026-01-24", "2026-01-25", inferred=True)]),
    ("Trong 3 ngày, 24-25/1 các đội thi đấu; sau 3 ngày, 5/6 đội đã về đích.", datetime(2026, 1, 25), []),
    ("Những năm trước, 2 năm trước và 5 năm tới đều được nhắc.", PUBLISHED_2024_09_20, []),
    # ---- the development corpus (tests/dev, dev split)
    # a pair with a time of day before its second day; a dashed day-month after a time of day
    ("Sau 2 phiên làm việc (chiều 24 và sáng 25/4), Đại hội nhiệm kỳ 2023 - 2028 đã thành công.",
     None, [R("24 và sáng 25/4", "2023-04-24", "2023-04-25", inferred=True), T("nhiệm kỳ 2023 - 2028", 2023, 2028)]),
    ("Sau 2 ngày làm việc, chiều 28-9, Đại hội Công đoàn tỉnh Bình Định nhiệm kỳ 2023 - 2028 đã kết thúc.",
     None, [D("28-9", "2023-09-28", inferred=True), T("nhiệm kỳ 2023 - 2028", 2023, 2028)]),
    # a bare day/month right after the name of a day
    ("Lễ kỷ niệm 135 năm Ngày Quốc tế Lao động 1/5 năm 2021.",
     None, [D("1/5", "2021-05-01", inferred=True), Y("năm 2021", 2021)]),
    # a list of years after `năm`
    ("Bằng khen của Thủ tướng Chính phủ năm 2016, bằng khen của CĐ Công Thương Việt Nam các năm 2014, 2016.",
     None, [Y("năm 2016", 2016), Y("năm 2014", 2014), Y("2016", 2016)]),
    # a birth year never dates the text: with no other year the day has no row; with a
    # publication date it takes that year
    ("Vào ngày 21/4, Công đoàn nhận được báo cáo về công nhân Lại Hải Yến sinh năm 1972.",
     None, [Y("năm 1972", 1972)]),
    ("Anh Nguyễn Thế Sơn (sinh năm 1967) gặp nạn ngày 30/7.",
     datetime(2020, 8, 4), [Y("năm 1967", 1967), D("ngày 30/7", "2020-07-30", inferred=True)]),
    # ... nor does a birthday (dev 1242)
    ("Sáng 12-1, bà Thái Thu Xương được bầu. Bà sinh ngày 31-12-1975. Từ ngày 20-7-2021 đến 12-1-2022, bà là Chủ tịch.",
     None, [D("12-1", "2022-01-12", inferred=True), D("ngày 31-12-1975", "1975-12-31"),
            R("Từ ngày 20-7-2021 đến 12-1-2022", "2021-07-20", "2022-01-12")]),
    ("Ngày 5/6, anh Sơn (sinh ngày 2/3/1990) gặp nạn.", None, [D("ngày 2/3/1990", "1990-03-02")]),
    # from the start of a written year to a written day, or to the publication date
    ("Báo cáo cho biết, từ đầu năm 2018 đến ngày 31/12/2022, số lượng đoàn viên giảm.",
     None, [R("từ đầu năm 2018 đến ngày 31/12/2022", "2018-01-01", "2022-12-31")]),
    ("Từ đầu năm 2017 đến nay, LĐLĐ đã trao 15 căn nhà.",
     datetime(2017, 8, 25), [R("Từ đầu năm 2017 đến nay", "2017-01-01", "2017-08-25")]),
    # ... and from any point whose year is written (dev 509); without a reference, the point alone
    ("Liên tục từ ngày 8-1-2022 đến nay, Hội Chữ thập đỏ quận đã tổ chức nhiều chương trình.",
     datetime(2022, 1, 24), [R("từ ngày 8-1-2022 đến nay", "2022-01-08", "2022-01-24")]),
    ("Từ tháng 4/2016 tới nay, Hội đã tổ chức 20 chương trình; từ năm 2015 đến nay, 30 chương trình.",
     datetime(2022, 1, 24), [R("Từ tháng 4/2016 tới nay", "2016-04-01", "2022-01-24"),
                             R("từ năm 2015 đến nay", "2015-01-01", "2022-01-24")]),
    ("Từ tháng 4/2016 tới nay, Hội đã tổ chức 20 chương trình.",
     None, [D("tháng 4/2016", "2016-04-01", "2016-04-30", granularity="month")]),
    # a named day written with a lower-case `ngày` (dev 226)
    ("Trong tháng 7, các công đoàn cơ sở triển khai các hoạt động kỷ niệm ngày Thương binh liệt sỹ 27/7.",
     datetime(2019, 7, 20), [D("tháng 7", "2019-07-01", "2019-07-31", granularity="month", inferred=True),
                             D("27/7", "2019-07-27", inferred=True)]),
    # a named day written in lower case, ending with `quốc tế` (dev 607); a lower-case name without
    # such an end licenses no bare day/month
    ("Nhân kỷ niệm 162 năm Ngày chữ thập đỏ và trăng lưỡi liềm đỏ quốc tế 8/5, sáng 28/4, Hội tổ chức lễ.",
     datetime(2025, 4, 28), [D("8/5", "2025-05-08", inferred=True), D("28/4", "2025-04-28", inferred=True)]),
    ("Ngày làm việc thứ 5/6 trong tuần.", datetime(2025, 4, 28), []),
    # a month that recurs every year is no date
    ("Lấy tháng 5 hàng năm là Tháng Công nhân, năm 2023.", None, [Y("năm 2023", 2023)]),
    # ... and so is one after `hằng năm` earlier in its sentence, or after `mỗi dịp` (dev 722, dev 729)
    ("Hằng năm, “Tháng công nhân” được tổ chức vào tháng 5, gắn với kỷ niệm Ngày Quốc tế Lao động 1/5.",
     datetime(2022, 4, 20), [D("1/5", "2022-05-01", inferred=True)]),
    ("Mỗi dịp tháng 5 lịch sử, các cấp công đoàn lại thi đua sôi nổi.", datetime(2025, 4, 20), []),
    # `dịp` leads a day/month: the occasion by its day (dev 929), but not every year's (`mỗi dịp`)
    ("Sáng 26/8, Đảng bộ phường Bạch Hạc tổ chức Lễ trao tặng huy hiệu Đảng dịp 2/9.", datetime(2020, 8, 26),
     [D("26/8", "2020-08-26", inferred=True), D("2/9", "2020-09-02", inferred=True)]),
    ("Nhân dịp 30/4, công ty tặng quà cho công nhân.", datetime(2023, 4, 20), [D("30/4", "2023-04-30", inferred=True)]),
    ("Mỗi dịp 2/9, công ty tặng quà cho công nhân.", datetime(2023, 4, 20), []),
    ("Hằng năm Công đoàn tổ chức Tháng Công nhân; tháng 5/2023, LĐLĐ tặng quà.", None,
     [D("tháng 5/2023", "2023-05-01", "2023-05-31", granularity="month")]),
    # a named day in lower case ending with `Lao động` (dev 726)
    ("Tuyên truyền về tinh thần bất diệt của Ngày quốc tế Lao động 1/5 và phòng chống dịch.", datetime(2022, 4, 20),
     [D("1/5", "2022-05-01", inferred=True)]),
    ("Năm 2021, Cụm thi đua tổ chức liên hoan văn nghệ chào mừng ngày sinh nhật Bác 19.5.", None,
     [Y("Năm 2021", 2021), D("19.5", "2021-05-19", inferred=True)]),
    # a day number before a lunar month's name, without `ngày`
    ("Sáng nay, 22/1 (tức 28 tháng Chạp năm Kỷ Hợi), công nhân về quê.",
     datetime(2020, 1, 22), [D("Sáng nay, 22/1", "2020-01-22", inferred=True),
                             D("28 tháng Chạp năm Kỷ Hợi", "2020-01-22", calendar="lunar")]),
    # days of one lunar month joined by a dash, or by `và` when consecutive: one range
    ("Chợ Tết diễn ra (tức 13–14 tháng Chạp năm Ất Tỵ), trong hai ngày (tức nhằm 20 và 21 tháng Chạp).",
     datetime(2026, 1, 22), [R("13–14 tháng Chạp năm Ất Tỵ", "2026-01-31", "2026-02-01", calendar="lunar"),
                             R("20 và 21 tháng Chạp", "2026-02-07", "2026-02-08", inferred=True, calendar="lunar")]),
    # or by `từ … đến`, after its Gregorian twin (dev 646)
    ("Xe đưa NLĐ về quê, bắt đầu từ ngày 11 đến 14-2 (tức từ ngày 24 đến 27 tháng Chạp năm Ất Tỵ).",
     datetime(2026, 1, 20), [R("từ ngày 11 đến 14-2", "2026-02-11", "2026-02-14", inferred=True),
                             R("từ ngày 24 đến 27 tháng Chạp năm Ất Tỵ", "2026-02-11", "2026-02-14",
                               calendar="lunar")]),
    # two days after `ngày` joined by a comma, or ending in a dashed day-month: one range; a count is no date
    ("Đại hội diễn ra trong 2 ngày (ngày 6, 7/7/2023); chợ Tết trong hai ngày 7 và 8-2, kéo dài từ 1 đến 2-3 năm.",
     datetime(2023, 7, 8), [R("ngày 6, 7/7/2023", "2023-07-06", "2023-07-07"),
                            R("ngày 7 và 8-2", "2023-02-07", "2023-02-08", inferred=True)]),
    ("Ngày 5/6, 7/8 đơn vị đã hoàn thành.", datetime(2023, 7, 8), [D("Ngày 5/6", "2023-06-05", inferred=True)]),
    # parts of a month: a range of days
    ("Nửa đầu tháng 6, trung tâm nhận 5.544 hồ sơ; đợt 1 từ trung tuần tháng 4, đợt 2 từ hạ tuần tháng 2/2023.",
     datetime(2023, 7, 8), [R("Nửa đầu tháng 6", "2023-06-01", "2023-06-15", inferred=True),
                            R("trung tuần tháng 4", "2023-04-11", "2023-04-20", inferred=True),
                            R("hạ tuần tháng 2/2023", "2023-02-21", "2023-02-28")]),
    # the years listed after a birth year's `năm` are birth years too
    ("Chị và 2 con gái (sinh năm 2015 và 2018) là nạn nhân ngày 12/9.", None, [Y("năm 2015", 2015), Y("2018", 2018)]),
    # a year a figure is compared with: after `cùng kỳ` the year before the text's; after `so với`
    # no year of the text's at all (the day then has no row)
    ("6 tháng đầu năm, TP. Hà Nội đã giải quyết việc làm cho gần 119.000 người lao động, tăng 21,4% so với cùng kỳ năm 2021.",
     None, [R("6 tháng đầu năm", "2022-01-01", "2022-06-30", granularity="month", inferred=True), Y("năm 2021", 2021)]),
    ("Ngày 5/3, số đoàn viên tăng 12% so với năm 2020.", None, [Y("năm 2020", 2020)]),
    # the count of months spelled out (dev 1028); `năm tháng` is no count of months, but before the part of
    # the year it counts (read set 3)
    ("Trong ba tháng đầu năm, thành phố đã giải quyết việc làm cho hơn 54.500 lao động.", datetime(2025, 4, 5),
     [R("ba tháng đầu năm", "2025-01-01", "2025-03-31", granularity="month", inferred=True)]),
    ("Trong năm tháng đầu năm 2022, Hội Chữ thập đỏ thành phố đã tặng hơn 70 con bò sinh sản.", None,
     [R("năm tháng đầu năm 2022", "2022-01-01", "2022-05-31", granularity="month")]),
    ("Qua bao năm tháng, năm 2022 công đoàn vẫn đồng hành cùng người lao động.", None, [Y("năm 2022", 2022)]),
    ("Chín tháng năm 2023, thành phố giải quyết việc làm cho 170.000 lao động.", None,
     [R("Chín tháng năm 2023", "2023-01-01", "2023-09-30", granularity="month")]),
    # ... nor does a month or a day compared with (dev 295: the article is of 2020)
    ("Trong tháng 5, trung tâm tiếp nhận 11.700 hồ sơ, tăng 71% so với tháng 5.2018.", None,
     [D("tháng 5.2018", "2018-05-01", "2018-05-31", granularity="month")]),
    ("Ngày 5/3, số đoàn viên tăng 12% so với ngày 5/3/2021.", None, [D("ngày 5/3/2021", "2021-03-05")]),
    # months spelled out (dev 392, 268); `tháng năm` in lower case is "time", `Cách mạng Tháng Tám` an event
    ("Chiến dịch được tổ chức từ tháng Sáu đến tháng Tám hằng năm.", datetime(2022, 6, 4),
     [R("từ tháng Sáu đến tháng Tám", "2022-06-01", "2022-08-31", granularity="month", inferred=True)]),
    ("Công đoàn tổ chức kết nạp “Lớp đoàn viên tháng Năm” tại khu công nghiệp.", datetime(2022, 5, 20),
     [D("tháng Năm", "2022-05-01", "2022-05-31", granularity="month", inferred=True)]),
    ("Ngày 30 tháng Tư năm 1975, miền Nam hoàn toàn giải phóng.", None, [D("Ngày 30 tháng Tư năm 1975", "1975-04-30")]),
    ("Bao tháng năm gắn bó với nhà máy, chị vẫn nhớ kỷ niệm 74 năm Cách mạng Tháng Tám.", None, []),
    ("Kỷ niệm Cách mạng tháng Tám năm 1945.", None, [Y("năm 1945", 1945)]),
    # a range whose first day and month are dashed (laodong.vn's way of writing dates)
    ("Tháng hành động vì trẻ em diễn ra từ ngày 1-6 đến ngày 30-6-2017.", None,
     [R("từ ngày 1-6 đến ngày 30-6-2017", "2017-06-01", "2017-06-30")]),
    ("Cuộc thi diễn ra từ ngày 17-10 đến ngày 18-11-2023 và từ ngày 1-6/6/2023.", None,
     [R("từ ngày 17-10 đến ngày 18-11-2023", "2023-10-17", "2023-11-18"),
      R("từ ngày 1-6/6/2023", "2023-06-01", "2023-06-06")]),
    # a dashed day/month alone in brackets after an occasion; a pair whose second day is dashed
    ("Chào mừng kỷ niệm 74 năm Cách mạng Tháng Tám và Quốc khánh (2-9) năm 2019.", None,
     [D("2-9", "2019-09-02", inferred=True), Y("năm 2019", 2019)]),
    ("Đội Công đoàn ngành Y tế thắng đội chủ nhà (3-2) năm 2019.", None, [Y("năm 2019", 2019)]),
    # ... the occasion's name long, as a day of a campaign (dev 782)
    ("Ngày cao điểm Chiến sĩ tình nguyện xây dựng đô thị sáng - xanh - sạch - đẹp - an toàn (29-6) năm 2024.", None,
     [D("29-6", "2024-06-29", inferred=True), Y("năm 2024", 2024)]),
    ("Sau 2 phiên làm việc (chiều 24 và sáng 25-4), Đại hội bế mạc.", datetime(2023, 4, 26),
     [R("24 và sáng 25-4", "2023-04-24", "2023-04-25", inferred=True)]),
    # the older spelling of the quarter's word
    ("Trong quí III/2019, số đoàn viên tăng.", None,
     [D("quí III/2019", "2019-07-01", "2019-09-30", granularity="quarter")]),
    # from the publication day to a written day, the next one of that date (dev 446, batch 9)
    ("Giai đoạn 1 từ nay đến ngày 30-11, với chủ đề mới.", datetime(2025, 11, 14),
     [R("từ nay đến ngày 30-11", "2025-11-14", "2025-11-30", inferred=True)]),
    ("Từ nay đến ngày 5/1, đoàn viên đăng ký tham gia.", datetime(2025, 11, 14),
     [R("Từ nay đến ngày 5/1", "2025-11-14", "2026-01-05", inferred=True)]),
    ("Từ nay đến 31/12/2025, các cấp công đoàn thi đua.", datetime(2025, 11, 14),
     [R("Từ nay đến 31/12/2025", "2025-11-14", "2025-12-31")]),
    # no reference: a day of the twelfth lunar month falls in the text's year in the lunar year
    # before (dev 830)
    ("Diễn ra từ ngày 7-1 đến ngày 7-2 (nhằm ngày 28 tháng chạp âm lịch), Xuân tình nguyện năm 2024 thu hút "
     "sinh viên.", None,
     [R("từ ngày 7-1 đến ngày 7-2", "2024-01-07", "2024-02-07", inferred=True),
      D("ngày 28 tháng chạp âm lịch", "2024-02-07", inferred=True, calendar="lunar"), Y("năm 2024", 2024)]),
    ("Mùng 2 Tết, năm 2024, công nhân đi lễ chùa.", None,
     [D("Mùng 2 Tết", "2024-02-11", inferred=True, calendar="lunar"), Y("năm 2024", 2024)]),
    # `bằng năm 2019` (as much as in 2019) compares, as `so với` does: it does not say when the
    # text was written (dev 885)
    ("Ngày 15/1, mức thưởng bình quân Tết dương lịch là 3,4 triệu đồng/người (bằng năm 2019).", None,
     [Y("năm 2019", 2019)]),
    ("Mức thưởng bình quân Tết âm lịch là 8,8 triệu đồng/người (bằng năm 2019).", None, [Y("năm 2019", 2019)]),
]


def _facts(sentence, published_at, **context):
    doc, ctx = analyse(sentence, published_at=published_at, **context)
    return [
        (f.surface, f.kind, f.start_date, f.end_date, f.granularity, f.year_inferred, f.calendar)
        for f in extract_dates(doc, ctx)
    ]


@pytest.mark.parametrize("sentence, published_at, expected", CASES)
def test_dates_of_sentence(sentence, published_at, expected):
    assert _facts(sentence, published_at) == expected


def test_case_table_is_large_enough():
    assert len(CASES) >= 40


def test_relative_flag_only_when_the_day_comes_from_the_reference():
    doc, ctx = analyse("Hôm qua (19/9) và hôm nay, đoàn làm việc.", published_at=PUBLISHED_2024_09_20)
    flags = [(f.surface, f.relative) for f in extract_dates(doc, ctx)]
    assert flags == [("Hôm qua (19/9)", False), ("hôm nay", True)]


def test_year_to_date_needs_a_reference():
    text = "Từ đầu năm đến nay, Công đoàn đã chăm lo cho 3.000 đoàn viên."
    assert _facts(text, None) == []
    assert _facts(text, PUBLISHED_2024_09_20) == [
        R("Từ đầu năm đến nay", "2024-01-01", "2024-09-20", inferred=True)]


@pytest.mark.parametrize("context_years, expected", [
    ((2024, 2023), [R("Từ ngày 21 đến 23/11", "2024-11-21", "2024-11-23", inferred=True)]),
    ((), []),
])
def test_context_years_give_the_year_when_the_text_has_none(context_years, expected):
    assert _facts("(LĐTĐ) Từ ngày 21 đến 23/11, tại Quốc Oai, tập huấn cán bộ.", None,
                  context_years=context_years) == expected


@pytest.mark.parametrize("text, expected", [
    # every year of a list after `sinh năm` is a birth year (dev 144)
    ("Ngày 12/9 chị Trịnh và 2 con gái (sinh năm 2015 và 2018) là nạn nhân.", ()),
    ("Chị Trịnh (sinh năm 1990) nhận hỗ trợ năm 2023 và 2024 liên tục.", (2024, 2023)),
    ("Kết quả các năm 2022 và 2023 được biểu dương.", (2023, 2022)),
    # a year closing a sentence or a clause (dev 1011); not a number's part
    ("Ngày 15-9, Trung ương Đoàn tổng kết chiến dịch thanh niên tình nguyện hè 2017.", (2017,)),
    ("Chiến dịch hè 2017, hơn 1 triệu thanh niên tham gia; chi 2.017 triệu đồng, tăng 2017,5%.", (2017,)),
    # ... but closing a name after a capitalised word (probes: a company)
    ("Sáng 29-5, LĐLĐ TP Thủ Đức tổ chức chương trình tại Công ty TNHH Year 2000.", ()),
])
def test_the_years_that_may_date_a_text(text, expected):
    from pipeline.process import context_years

    assert context_years(text) == expected


def test_context_years_never_pick_which_tet_a_feast_means():
    # dev 231: a page dated only `date 2017-03`; `thưởng Tết âm lịch` names the holiday, no Tết of a year
    assert _facts("Thưởng Tết âm lịch cao nhất là 74,5 triệu đồng một người.", None, context_years=(2017,)) == []


def test_host_publication_date_is_the_reference_of_a_teaser():
    assert _facts("(LĐTĐ) Sáng nay (21/11), Công đoàn Y tế tổ chức chung kết.", None,
                  host_published_at=datetime(2024, 11, 21, 9, 0)) == [
        D("Sáng nay (21/11)", "2024-11-21", inferred=True)]


def test_every_fact_points_at_its_words():
    text = ("Quận Thanh Xuân: Phát động phong trào thi đua năm 2024\n\n"
            "(LĐTĐ) Đợt 1 từ 1/1/2024 đến 31/7/2024; dịp Tết Nguyên đán Giáp Thìn - 2024.")
    doc, ctx = analyse(text)
    facts = extract_dates(doc, ctx)
    assert [f.surface for f in facts] == ["năm 2024", "từ 1/1/2024 đến 31/7/2024", "Tết Nguyên đán Giáp Thìn - 2024"]
    for f in facts:
        assert doc.text[f.char_start:f.char_end] == f.surface
    assert len({f.date_id for f in facts}) == len(facts)


def test_pure_helpers():
    match = parse_date_expression("đợt 2 từ 11/8/2024 đến 31/12/2024 với chủ đề")
    assert (match.surface, match.start_date, match.end_date) == (
        "từ 11/8/2024 đến 31/12/2024", date(2024, 8, 11), date(2024, 12, 31))
    assert parse_date_expression("không có ngày tháng") is None
    assert [m.surface for m in find_dates("ngày 1/5 và năm 2023")] == ["ngày 1/5", "năm 2023"]
    assert year_in_force("Ngày 19/9, họp; nhiệm kỳ 2023-2028; 9 tháng năm 2024.") == 2024
    assert year_in_force("Ngày 19/9 họp.") is None
    assert year_in_force("Ngày 19/9 họp.", reference=date(2022, 10, 1)) == 2022


def test_the_clock_is_never_read():
    source = inspect.getsource(dates_module)
    assert "today(" not in source and "now(" not in source


# ---------------------------------------------------------------- the lunar calendar

@pytest.mark.parametrize("year, tet", [
    (2019, "2019-02-05"), (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"),
    (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"),
    (2027, "2027-02-06"),
])
def test_tet_falls_on_the_vietnamese_new_year(year, tet):
    assert lunar_to_solar(1, 1, year) == date.fromisoformat(tet)


@pytest.mark.parametrize("day, month, year, leap, expected", [
    (20, 11, 2024, False, "2024-12-20"),   # the seed's Chợ Tết: 20/11 Giáp Thìn = 20/12/2024
    (21, 12, 2024, False, "2025-01-20"),
    (15, 1, 2024, False, "2024-02-24"),    # rằm tháng Giêng
    (1, 2, 2023, True, "2023-03-22"),      # Quý Mão has a leap second month
    (1, 6, 2025, True, "2025-07-25"),      # Ất Tỵ has a leap sixth month
    (30, 12, 2024, False, None),           # Giáp Thìn's last month has 29 days
    (1, 3, 2024, True, None),              # Giáp Thìn has no leap month
    (0, 1, 2024, False, None),
])
def test_lunar_to_solar(day, month, year, leap, expected):
    assert lunar_to_solar(day, month, year, leap) == (date.fromisoformat(expected) if expected else None)


def test_lunar_year_span_and_month_length():
    assert lunar_year_span(2024) == (date(2024, 2, 10), date(2025, 1, 28))
    assert lunar_month_length(12, 2024) == 29


@pytest.mark.parametrize("year, names", [(2024, (0, 4)), (2025, (1, 5)), (1945, (1, 9)), (2020, (6, 0))])
def test_sexagenary_names_by_rule(year, names):
    assert year_stem_branch(year) == names
    assert years_named(*names, near=year + 25) == year


def test_impossible_sexagenary_pair():
    assert years_named(0, 1, near=2024) is None  # Giáp Sửu never occurs


def test_baseline_returns_key_columns():
    pytest.importorskip("dateparser")
    from pipeline.baselines.dates import dateparser_dates

    rows = dateparser_dates("Hội nghị diễn ra ngày 28/4/2023 tại Hà Nội.")
    assert rows and {"start_date", "end_date"} <= set(rows[0])
    assert date(2023, 4, 28) in {r["start_date"] for r in rows}
