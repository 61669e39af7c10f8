"""Documents: sentences (seed sentences and cases written to break the rules) -> expected rows."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.extract.base import analyse
from pipeline.extract.documents import extract_documents

PUBLISHED = datetime(2023, 11, 2)

NQ02_TITLE = "Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới"
KH80_TITLE = ("phát động “Đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, "
              "Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028”")


def documents(text: str, published_at: datetime | None = PUBLISHED):
    doc, ctx = analyse(text, published_at=published_at)
    rows = extract_documents(doc, ctx)
    for row in rows:
        assert doc.text[row.char_start:row.char_end] == row.surface
    return rows


def fields(row) -> dict:
    return {k: getattr(row, k) for k in ("doc_type", "number", "issued_on", "issuer", "title")}


CASES = [
    pytest.param(  # seed 001: type, number, date, issuer, quoted title in that order
        "Tập trung thực hiện các giải pháp theo tinh thần Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ "
        "Chính trị về “Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới”.",
        [dict(doc_type="Nghị quyết", number="02-NQ/TW", issued_on=date(2021, 6, 12), issuer="Bộ Chính trị",
              title=NQ02_TITLE)],
        id="seed001-number-date-issuer-title",
    ),
    pytest.param(  # seed 003: the issuer before the date
        "xây dựng mục tiêu phù hợp với tinh thần Nghị quyết số 02-NQ/TW của Bộ Chính trị ngày 12/6/2021 về "
        "“Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới”, các chủ trương, Nghị "
        "quyết của Đảng, chính sách pháp luật của Nhà nước.",
        [dict(doc_type="Nghị quyết", number="02-NQ/TW", issued_on=date(2021, 6, 12), issuer="Bộ Chính trị",
              title=NQ02_TITLE)],
        id="seed003-issuer-before-date",
    ),
    pytest.param(  # seed 000: date and issuer lead the clause; lower-case type; `về việc`
        "Hưởng ứng các phong trào thi đua do Tổng LĐLĐ Việt Nam và thành phố Hà Nội phát động, ngày "
        "28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động “Đợt thi "
        "đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn "
        "Việt Nam nhiệm kỳ 2023 - 2028”.",
        [dict(doc_type="Kế hoạch", number="80/KH-LĐLĐ", issued_on=date(2023, 4, 28),
              issuer="LĐLĐ thành phố Hà Nội", title=KH80_TITLE)],
        id="seed000-date-and-issuer-before",
    ),
    pytest.param(  # teaser of 001: type and number only; the issuer's name is not an organisation head
        "Ban Chỉ đạo Cải cách hành chính, Chuyển đổi số và Đề án 06 thành phố Hà Nội vừa có Thông báo số "
        "26/TB-BCĐ thông báo kết luận Hội nghị giao ban.",
        [dict(doc_type="Thông báo", number="26/TB-BCĐ", issued_on=None, issuer=None, title=None)],
        id="teaser-number-only",
    ),
    pytest.param(  # teaser of 003: a day without year takes the publication's; the issuer keeps its board
        "(LĐTĐ) Ngày 31/10, Ban Thường vụ Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội ban hành Kế hoạch số "
        "02/KH-LĐLĐ về quán triệt, phổ biến Nghị quyết Đại hội Công đoàn thành phố Hà Nội lần thứ XVII "
        "nhiệm kỳ 2023 - 2028.",
        [dict(doc_type="Kế hoạch", number="02/KH-LĐLĐ", issued_on=date(2023, 10, 31),
              issuer="Ban Thường vụ Liên đoàn Lao động thành phố Hà Nội",
              title="quán triệt, phổ biến Nghị quyết Đại hội Công đoàn thành phố Hà Nội lần thứ XVII nhiệm kỳ 2023 - 2028")],
        id="teaser-inline-definition-dropped-from-issuer",
    ),
    pytest.param(  # no `số`: a registry-shaped number still makes a document
        "Theo Quyết định 1234/QĐ-TTg, các đơn vị triển khai ngay.",
        [dict(doc_type="Quyết định", number="1234/QĐ-TTg", issued_on=None, issuer=None, title=None)],
        id="bare-registry-number",
    ),
    pytest.param(  # `do ORG ban hành ngày …`, and an unquoted title that ends at the sentence
        "Kế hoạch số 12/KH-UBND do UBND Thành phố ban hành ngày 3/2/2024 về việc tổ chức Tết cho công nhân.",
        [dict(doc_type="Kế hoạch", number="12/KH-UBND", issued_on=date(2024, 2, 3), issuer="UBND Thành phố",
              title="tổ chức Tết cho công nhân")],
        id="issued-by-agent",
    ),
    pytest.param(  # no number, but its own day and issuer: a document; the title stops at the next clause
        "Thực hiện Chỉ thị ngày 5/3/2020 của Thủ tướng Chính phủ về phòng, chống dịch, LĐLĐ quận triển khai.",
        [dict(doc_type="Chỉ thị", number=None, issued_on=date(2020, 3, 5), issuer="Thủ tướng Chính phủ",
              title="phòng, chống dịch")],
        id="numberless-with-day-and-issuer",
    ),
    pytest.param(  # cited twice: one row, completed from both citations
        "Thực hiện Nghị quyết số 02-NQ/TW, các cấp Công đoàn đổi mới hoạt động. Nghị quyết số 02-NQ/TW ngày "
        "12/6/2021 của Bộ Chính trị đã được quán triệt.",
        [dict(doc_type="Nghị quyết", number="02-NQ/TW", issued_on=date(2021, 6, 12), issuer="Bộ Chính trị",
              title=None)],
        id="one-row-per-document",
    ),
    pytest.param(
        "Nghị quyết số 02-NQ/TW và Chỉ thị số 05-CT/TW đều được các cấp Công đoàn quán triệt.",
        [dict(doc_type="Nghị quyết", number="02-NQ/TW", issued_on=None, issuer=None, title=None),
         dict(doc_type="Chỉ thị", number="05-CT/TW", issued_on=None, issuer=None, title=None)],
        id="two-documents-in-a-sentence",
    ),
    pytest.param(
        # a joint directive (dev 822): its own type, `liên tịch` between the type and its number
        "Đợt thi đua nhằm triển khai Chỉ thị liên tịch số 572/CTLT-EVN-CĐ, ngày 10/02/2023 của Tổng Giám đốc.",
        [dict(doc_type="Chỉ thị liên tịch", number="572/CTLT-EVN-CĐ", issued_on=date(2023, 2, 10),
              issuer="Tổng Giám đốc", title=None)],
        id="joint-directive",
    ),
    pytest.param(
        # no number, but the day opening the clause and the subject of the issuing verb (dev 696, 549)
        "Ngày 1/4/2024, Phó Chủ tịch UBND TP Hà Nội Vũ Thu Hà đã ký ban hành Kế hoạch thực hiện Tháng hành động vì trẻ em.",
        [dict(doc_type="Kế hoạch", number=None, issued_on=date(2024, 4, 1), issuer="UBND TP Hà Nội", title=None)],
        id="day-opening-the-issuing-clause",
    ),
    pytest.param(
        "Ngày 8/6/2022, Trung ương Đoàn đã có báo cáo về tuần đầu thực hiện chiến dịch hè.",
        [dict(doc_type="Báo cáo", number=None, issued_on=date(2022, 6, 8), issuer="Trung ương Đoàn",
              title="tuần đầu thực hiện chiến dịch hè")],
        id="report-by-day-and-issuer",
    ),
    # ---- the development corpus (tests/dev, dev split)
    pytest.param(  # a programme with a number written without `số`, its letters in mixed case
        "Thành uỷ Hà Nội tổ chức Hội nghị tổng kết Chương trình 03-Ctr/TU ngày 28/6/2016 về “Đẩy mạnh tái cơ cấu”.",
        [dict(doc_type="Chương trình", number="03-Ctr/TU", issued_on=date(2016, 6, 28), issuer=None,
              title="Đẩy mạnh tái cơ cấu")],
        id="programme-with-number",
    ),
    pytest.param(  # words between the type and `số`; a stray space inside the number, kept as written
        "Hoạt động nằm trong Chương trình phối hợp công tác số 163/Ctr-UBND-LĐLĐ ngày 28/7/2020 giữa UBND TP và "
        "LĐLĐ; bà Hoa đã ký ban hành Kế hoạch số 07 /KH-LĐLĐ về tổ chức Hội thi.",
        [dict(doc_type="Chương trình", number="163/Ctr-UBND-LĐLĐ", issued_on=date(2020, 7, 28), issuer=None, title=None),
         dict(doc_type="Kế hoạch", number="07 /KH-LĐLĐ", issued_on=None, issuer=None, title="tổ chức Hội thi")],
        id="programme-words-before-so-and-spaced-number",
    ),
    pytest.param(  # dev 573: a stray space after the slash, before a code of its own; none before a year
        "Thực hiện kế hoạch số 83/ KH-LĐLĐ ngày 15/2/2017 của Ban thường vụ Liên đoàn Lao động Tỉnh về Đại hội "
        "Công đoàn các cấp. Quyết định số 84/ 2017 nói khác.",
        [dict(doc_type="Kế hoạch", number="83/ KH-LĐLĐ", issued_on=date(2017, 2, 15),
              issuer="Ban thường vụ Liên đoàn Lao động Tỉnh", title="Đại hội Công đoàn các cấp"),
         dict(doc_type="Quyết định", number="84", issued_on=None, issuer=None, title=None)],
        id="space-after-slash-before-code",
    ),
    pytest.param(  # dev 1127: a letter cited by number, a space for the dash before its issuer's code
        "Ngày 25/5/2023 Công đoàn Tổng công ty đã ban hành văn bản số 217/CĐ EVNHANOI về viêc đảm bảo sức khỏe "
        "cho CBCNV trong mùa hè nắng nóng 2023 gửi công đoàn cơ sở.",
        [dict(doc_type="Văn bản", number="217/CĐ EVNHANOI", issued_on=date(2023, 5, 25), issuer="Công đoàn Tổng công ty",
              title="viêc đảm bảo sức khỏe cho CBCNV trong mùa hè nắng nóng 2023 gửi công đoàn cơ sở")],
        id="letter-by-number"),
    pytest.param(  # dev 627: a law named without a number, then a guide with one
        "Căn cứ Luật Tổ chức chính quyền địa phương và hướng dẫn số 883/HD-UBTVQH14 ngày 02/6/2021 của Ủy ban "
        "Thường vụ Quốc hội về việc hướng dẫn một số nội dung tổ chức kỳ họp thứ nhất HĐND các cấp.",
        [dict(doc_type="Hướng dẫn", number="883/HD-UBTVQH14", issued_on=date(2021, 6, 2),
              issuer="Ủy ban Thường vụ Quốc hội", title="hướng dẫn một số nội dung tổ chức kỳ họp thứ nhất HĐND các cấp")],
        id="law-then-guide"),
    pytest.param(  # dev 590: a stray space before a later dash, before a code of capitals
        "Thực hiện Hướng dẫn số 1723/HD -TLĐ ngày 12/11/2019 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam.",
        [dict(doc_type="Hướng dẫn", number="1723/HD -TLĐ", issued_on=date(2019, 11, 12),
              issuer="Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", title=None)],
        id="space-before-a-later-dash",
    ),
    pytest.param(  # dev 194: a type the seeds never cited (Công điện), with a plain or a registry number
        "Thực hiện Công điện số 1063 ngày 31/7/2021 của Thủ tướng Chính phủ; Công điện số 17/CĐ-UBND ngày "
        "01/8/2021 của Uỷ ban nhân dân (UBND) thành phố Hà Nội, các cấp Công đoàn vào cuộc.",
        [dict(doc_type="Công điện", number="1063", issued_on=date(2021, 7, 31), issuer="Thủ tướng Chính phủ",
              title=None),
         dict(doc_type="Công điện", number="17/CĐ-UBND", issued_on=date(2021, 8, 1),
              issuer="Uỷ ban nhân dân thành phố Hà Nội", title=None)],
        id="official-dispatch",
    ),
    pytest.param(  # dev 206: a plan cited by its bare number, without `số`
        "Hà Nội vừa ban hành Kế hoạch 252, mở màn cho chiến dịch làm sạch dữ liệu đất đai.",
        [dict(doc_type="Kế hoạch", number="252", issued_on=None, issuer=None, title=None)],
        id="capitalised-type-and-bare-number",
    ),
    pytest.param(  # probe (baochinhphu): short numbers listed after a counted plural type
        "Tinh thần xuyên suốt của 4 Nghị quyết 59, 70, 71 và 72",
        [dict(doc_type="Nghị quyết", number=n, issued_on=None, issuer=None, title=None) for n in ("59", "70", "71", "72")],
        id="listed-short-numbers",
    ),
    pytest.param(  # a list joined by `và` alone, its issuer written after the list: every one's
        "Quán triệt, triển khai Nghị quyết 57 và 68 của Bộ Chính trị tới đoàn viên.",
        [dict(doc_type="Nghị quyết", number=n, issued_on=None, issuer="Bộ Chính trị", title=None) for n in ("57", "68")],
        id="listed-short-numbers-shared-issuer",
    ),
    pytest.param(  # registry numbers listed without their type, `số` repeated or not
        "Bộ Chính trị đã ban hành các Nghị quyết số 57-NQ/TW, 59-NQ/TW, số 66-NQ/TW và 68-NQ/TW.",
        [dict(doc_type="Nghị quyết", number=n, issued_on=None, issuer=None, title=None)
         for n in ("57-NQ/TW", "59-NQ/TW", "66-NQ/TW", "68-NQ/TW")],
        id="listed-registry-numbers",
    ),
    pytest.param(  # probe (Hà Nội, 2020): a short number followed by what the directive says
        "Chủ tịch UBND thành phố Hà Nội vừa ký ban hành Chỉ thị 03 yêu cầu các quận huyện thực hiện quyết liệt.",
        [dict(doc_type="Chỉ thị", number="03", issued_on=None, issuer="UBND thành phố Hà Nội", title=None)],
        id="short-number-then-what-it-says",
    ),
    pytest.param(  # a count after `và` ends the reference before it: no list, no citation
        "Sau Kế hoạch 252, 3 đơn vị đã triển khai; Nghị quyết 68 và 2 năm thực hiện.",
        [dict(doc_type="Kế hoạch", number="252", issued_on=None, issuer=None, title=None)],
        id="a-count-after-a-short-number-is-no-list",
    ),
    pytest.param(  # dev 319: the day written right before the issuing verb, after the subject's verb
        "Công an TP Hà Nội cho biết từ ngày 6/12/2025 đã ban hành Kế hoạch số 416; tiếp đó tham mưu UBND TP.",
        [dict(doc_type="Kế hoạch", number="416", issued_on=date(2025, 12, 6), issuer=None, title=None)],
        id="day-before-the-issuing-verb",
    ),
    pytest.param(  # dev 129/KH-UBND, 61/KH-UBND: a person signs for the body; the issuer is the body
        "Phó Chủ tịch Thường trực Ủy ban nhân dân (UBND) thành phố Hà Nội Lê Hồng Sơn đã ký ban hành Kế hoạch số "
        "129/KH-UBND về tổ chức Tháng Công nhân.",
        [dict(doc_type="Kế hoạch", number="129/KH-UBND", issued_on=None, issuer="Ủy ban nhân dân thành phố Hà Nội",
              title="tổ chức Tháng Công nhân")],
        id="signer-is-no-part-of-the-issuer",
    ),
    pytest.param(  # ... but without a title before it, a name ending the subject is the body's own
        "Công đoàn Trường THPT Lê Quý Đôn đã ban hành Kế hoạch số 12/KH-CĐ về tổ chức hội khỏe.",
        [dict(doc_type="Kế hoạch", number="12/KH-CĐ", issued_on=None, issuer="Công đoàn Trường THPT Lê Quý Đôn",
              title="tổ chức hội khỏe")],
        id="a-name-in-a-body-stays",
    ),
    pytest.param(  # dev 343: `đã ban hành 3 quyết định` dates the three decisions cited by number after it
        "Ngày 10/5/2023, Huyện uỷ Sóc Sơn đã ban hành 3 quyết định kết nạp Đảng. Quyết định số 2433-QĐ/HU kết nạp "
        "học sinh Nguyễn Thị Anh Thơ. Quyết định số 2434-QĐ/HU kết nạp học sinh Nguyễn Hữu Thái.",
        [dict(doc_type="Quyết định", number="2433-QĐ/HU", issued_on=date(2023, 5, 10), issuer="Huyện uỷ Sóc Sơn",
              title=None),
         dict(doc_type="Quyết định", number="2434-QĐ/HU", issued_on=date(2023, 5, 10), issuer="Huyện uỷ Sóc Sơn",
              title=None)],
        id="documents-announced-by-count",
    ),
    pytest.param(  # ... as many as were counted: a third is another's
        "Ngày 10/5/2023, Huyện uỷ đã ban hành 1 quyết định. Quyết định số 12-QĐ/HU kết nạp đảng viên. Quyết định số "
        "13-QĐ/HU khen thưởng.",
        [dict(doc_type="Quyết định", number="12-QĐ/HU", issued_on=date(2023, 5, 10), issuer="Huyện uỷ", title=None),
         dict(doc_type="Quyết định", number="13-QĐ/HU", issued_on=None, issuer=None, title=None)],
        id="documents-announced-by-count-no-more",
    ),
    pytest.param(  # dev 359: the issuer's lexicon head ends inside a word the segmenter keeps whole
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội vừa ban hành Kế hoạch số 237/KHLT-UBMTTQ-UBND về việc "
        "tổ chức Lễ phát động.",
        [dict(doc_type="Kế hoạch", number="237/KHLT-UBMTTQ-UBND", issued_on=None,
              issuer="Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", title="tổ chức Lễ phát động")],
        id="issuer-head-ends-inside-a-word",
    ),
    pytest.param(  # probes, third round: who issued it and when, in a passive clause after the reference
        "Mức lương tối thiểu mới được áp dụng từ ngày 1-1-2013 theo Nghị định 103/2012/NĐ-CP vừa được Chính phủ ban "
        "hành ngày 4-12-2012.",
        [dict(doc_type="Nghị định", number="103/2012/NĐ-CP", issued_on=date(2012, 12, 4), issuer="Chính phủ", title=None)],
        id="passive-clause-gives-the-day",
    ),
    pytest.param(  # probes, third round: a short number then a verb or a linking word
        "Nghị quyết 68 được ban hành ngày 4/5/2025 là một văn kiện chính sách. Tại hội nghị, báo cáo viên phổ biến "
        "Chỉ thị 05 như việc tổ chức học tập. Thông tư 04 quy định mã số tiêu chuẩn chức danh nghề nghiệp.",
        [dict(doc_type="Nghị quyết", number="68", issued_on=date(2025, 5, 4), issuer=None, title=None),
         dict(doc_type="Chỉ thị", number="05", issued_on=None, issuer=None, title=None),
         dict(doc_type="Thông tư", number="04", issued_on=None, issuer=None, title=None)],
        id="short-number-then-a-verb",
    ),
    pytest.param(  # probes, third round: a stray space after the symbol's second dash
        "Ngày 26-3-2009, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương.",
        [dict(doc_type="Chỉ thị", number="11/CT- UBND", issued_on=date(2009, 3, 26), issuer="UBND TP", title=None)],
        id="stray-space-after-the-second-dash",
    ),
    pytest.param(  # dev 429: the Central Committee's symbol written with its Vietnamese letter, then not
        "Nghị quyết số 20-NQ/TƯ\n\nCông đoàn CAND tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW, về tiếp tục "
        "xây dựng giai cấp công nhân Việt Nam.",
        [dict(doc_type="Nghị quyết", number="20-NQ/TW", issued_on=None, issuer=None,
              title="tiếp tục xây dựng giai cấp công nhân Việt Nam")],
        id="symbol-spelled-two-ways-is-one-document",
    ),
    pytest.param(  # probes: laws and ordinances known by a name between their type and `số`
        "Căn cứ Pháp lệnh Phí, lệ phí số 38/2001/PL-UBTVQH10 ngày 28 tháng 8 năm 2001; Luật Công đoàn số "
        "50/2025/QH15 (Luật Công đoàn 2024).",
        [dict(doc_type="Pháp lệnh", number="38/2001/PL-UBTVQH10", issued_on=date(2001, 8, 28), issuer=None,
              title=None),
         dict(doc_type="Luật", number="50/2025/QH15", issued_on=None, issuer=None, title=None)],
        id="a-law-named-before-its-number",
    ),
    pytest.param(  # dev 718: an abbreviation defined between the type and the number, then used for the type
        "Ban Thường vụ Thành ủy tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 về “Xây dựng tổ chức Đảng”. "
        "Kết quả 10 năm thực hiện NQ 28 của Ban Thường vụ Thành ủy được ghi nhận.",
        [dict(doc_type="Nghị quyết", number="28", issued_on=None, issuer="Ban Thường vụ Thành ủy",
              title="Xây dựng tổ chức Đảng")],
        id="abbreviation-defined-before-the-number",
    ),
    pytest.param(  # dev 724: a short number cited before the full one it opens is that document
        "Vận động CNVCLĐ thực hiện Nghị quyết 02 của Bộ Chính trị về “Đổi mới tổ chức và hoạt động của Công "
        "đoàn”. Tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12.6.2021 của Bộ Chính trị về đổi mới tổ chức.",
        [dict(doc_type="Nghị quyết", number="02-NQ/TW", issued_on=date(2021, 6, 12), issuer="Bộ Chính trị",
              title="đổi mới tổ chức")],
        id="short-number-before-the-full-one",
    ),
]

NOT_DOCUMENTS = [
    # letters named without a number or a day are no citation
    pytest.param("Các văn bản hướng dẫn của Tổng LĐLĐ được triển khai kịp thời đến cơ sở.", id="generic-letters"),
    pytest.param("thi đua thực hiện các chỉ tiêu theo Chỉ thị, Nghị quyết, Chương trình, Kế hoạch của Trung "
                 "ương, Thành phố, quận và Tổng LĐLĐ Việt Nam.", id="generic-list"),
    pytest.param("Thi đua thực hiện thắng lợi Nghị quyết Đại hội Công đoàn các cấp nhiệm kỳ 2023-2028.",
                 id="congress-resolution-without-number"),
    pytest.param("Luật Thủ đô 2024: Cơ hội để Hà Nội phát triển thương mại văn hóa", id="law-named-by-year"),
    pytest.param("Theo Luật Lao động, số người lao động tăng 5/2023.", id="law-named-then-số-of-a-count"),
    pytest.param("ngay từ tháng 3/2022, LĐLĐ Thành phố đã ban hành và triển khai Kế hoạch tổ chức Đại hội "
                 "Công đoàn các cấp tiến tới Đại hội Công đoàn Thành phố lần thứ XVII.", id="plan-dated-by-month"),
    pytest.param("Kết thúc Hội thi, Ban Tổ chức đã quyết định cấp giấy chứng nhận và khen thưởng cho 111 thí "
                 "sinh đạt giải.", id="quyết-định-as-a-verb"),
    pytest.param("Thực hiện Chỉ thị ngày 5/3/2020 về phòng, chống dịch.", id="day-without-issuer"),
    # a day of something else in the clause (dev 074, 535)
    pytest.param("Theo đề nghị của Hội đồng thi đua họp ngày 14/12/2022, Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã có "
                 "quyết định công nhận 3 đơn vị.", id="day-of-a-meeting-in-the-clause"),
    pytest.param("Cụ thể, trong các ngày 25 và 28/6/2021, Chủ tịch Quốc hội Vương Đình Huệ đã ký Nghị quyết phê chuẩn "
                 "kết quả bầu.", id="days-listed-in-the-clause"),
    pytest.param("Toàn Thành phố đã hoàn thành kế hoạch số lượng đoàn viên năm 2023.", id="số-lượng-is-not-a-number"),
    pytest.param("đúng quy định của Điều lệ Công đoàn Việt Nam.", id="charter-without-number"),
    # seed 001: a project known by its number but followed by more words; a plan for five years; a year
    pytest.param("LĐLĐ triển khai Đề án 06 thành phố Hà Nội và kế hoạch 5 năm.", id="bare-number-inside-a-name"),
    pytest.param("Các đơn vị hoàn thành Kế hoạch 2024, vượt chỉ tiêu.", id="bare-year-is-no-number"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_documents(text, expected):
    assert [fields(r) for r in documents(text)] == expected


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_not_documents(text):
    assert documents(text) == []


def test_span_covers_the_citation_and_ids_are_stable():
    text = ("Hưởng ứng phong trào, ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ "
            "về việc phát động “Đợt thi đua cao điểm”.")
    first, second = documents(text), documents(text)
    assert first[0].surface == "kế hoạch số 80/KH-LĐLĐ về việc phát động “Đợt thi đua cao điểm”"
    assert first[0].document_id == second[0].document_id


def test_gold_of_the_seeds_meets_the_target():
    from pipeline.evaluate import main

    assert main(["--set", "seeds", "--type", "documents", "--min-f1", "0.95"]) == 0
