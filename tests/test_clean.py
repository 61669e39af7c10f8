"""Cleaning the real seed pages: each part of a page lands where it belongs."""
from __future__ import annotations

import pytest

from pipeline.clean import CleanError, clean_file, clean_page, looks_like_byline, split_related_line
from tests.conftest import SEEDS, seed

TEASER_MARKERS = ("Có thể bạn quan tâm", "Nên xem", "Tin khác", "Xem thêm", "Phiên bản di động")


@pytest.mark.parametrize(
    "prefix, title, sapo_start, byline, outlet",
    [
        ("000", "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công",
         "(LĐTĐ) Nhờ sự quyết liệt", "Phạm Diệp (Thực hiện)", "LĐTĐ"),
        ("001", "Quận Thanh Xuân: Phát động phong trào thi đua năm 2024 trong CNVCLĐ",
         "(LĐTĐ) Chủ tịch Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân", "Phương Thảo", "LĐTĐ"),
        ("002", "Tổng Liên đoàn Lao động Việt Nam làm việc với Công đoàn Hà Nội về công tác thi đua khen thưởng",
         "(LĐTĐ) Sáng nay (13/4)", "Nhóm PV", "LĐTĐ"),
        ("003", "Triển khai hiệu quả các nhiệm vụ trọng tâm của tổ chức Công đoàn",
         "(LĐTĐ) Bám sát các nhiệm vụ", "Mai Quý (thực hiện)", "LĐTĐ"),
        ("004", "Liên đoàn Lao động Hà Nội phát động phong trào thi đua", None, None, "NBCN"),
    ],
)
def test_seed_parts(prefix, title, sapo_start, byline, outlet):
    article = clean_file(seed(prefix)).article
    assert article.title == title
    assert article.text.startswith(title + "\n\n")
    if sapo_start is None:
        assert article.sapo is None
    else:
        assert article.sapo.startswith(sapo_start)
        assert article.text.split("\n\n")[1] == article.sapo
    assert article.byline == byline
    assert article.outlet == outlet
    if byline:
        assert byline not in article.text


def test_repost_with_commentary_is_not_labelled_ldtd():
    article = clean_file(seed("004")).article
    assert article.outlet == "NBCN"
    assert "• NBCN" not in article.text
    # The commentary is part of what was published, so it is kept.
    assert "Về mặt tổ chức, Hội nghị thành công vượt bực" in article.text


@pytest.mark.parametrize(
    "prefix, captions",
    [
        ("000", ["Phó Chủ tịch LĐLĐ Thành phố Lê Đình Hùng báo cáo",
                 "Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Lê Đình Hùng, Nguyễn Huy Khánh",
                 "Thí sinh tranh tài tại Hội thi thợ giỏi thành phố Hà Nội năm 2023",
                 "Cầu Ngọc Hà vượt qua sông Cà Lồ"]),
        ("002", ["Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam Trần Thanh Hải chủ trì buổi làm việc."]),
        ("004", ["Vòng tay ký kết giao ước thi đua năm 2020."]),
    ],
)
def test_captions_kept_and_headline_repeats_dropped(prefix, captions):
    article = clean_file(seed(prefix)).article
    found = [article.text[p.char_start:p.char_end] for p in article.paragraphs if p.section == "caption"]
    assert len(found) == len(captions)
    for got, expected in zip(found, captions):
        assert got.startswith(expected)
    # The headline appears once, as the title, not again before each caption.
    assert article.text.count(article.title) == 1 or prefix == "004"


def test_caption_photo_credit_is_removed():
    article = clean_file(seed("004")).article
    assert "Ảnh: PV báo LĐO" not in article.text


def test_paragraph_repeated_verbatim_is_kept_once():
    article = clean_file(seed("003")).article
    repeated = "Tính đến hết tháng 5/2023, đã có 8.563/8.563 Công đoàn cơ sở"
    assert article.text.count(repeated) == 1
    # The second repeat re-prints an earlier paragraph and goes on: only the new part stays.
    assert article.text.count("Để tiếp tục phát huy vai trò đại diện, bảo vệ quyền") == 1
    assert "tổ chức trên 5.100 cuộc đối thoại" in article.text


def test_near_repeat_with_other_digits_is_not_dropped():
    # 002 says "9667 người" then "9.667 người": different text, both kept (the contract counts 9667 twice).
    text = clean_file(seed("002")).article.text
    assert "9667 người tham gia" in text and "9.667 người tham gia" in text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_page_furniture_in_article_text(path):
    page = clean_file(path)
    for article in [page.article, *page.teasers]:
        for marker in TEASER_MARKERS:
            assert marker not in article.text.split("\n"), marker
        assert "Có thể bạn quan tâm" not in article.text
        assert "Phiên bản di động" not in article.text


@pytest.mark.parametrize("prefix, n_nen_xem, n_tin_khac", [("000", 7, 10), ("001", 7, 10), ("002", 7, 10), ("003", 7, 10), ("004", 0, 0)])
def test_teaser_counts(prefix, n_nen_xem, n_tin_khac):
    page = clean_file(seed(prefix))
    blocks = [r.block for r in page.related]
    assert blocks.count("Nên xem") == n_nen_xem
    assert blocks.count("Tin khác") == n_tin_khac
    assert len(page.teasers) == n_nen_xem + n_tin_khac
    for teaser in page.teasers:
        assert teaser.kind == "teaser" and teaser.host_article_id == page.article.article_id
        assert teaser.text == f"{teaser.title}\n\n{teaser.sapo}"
    # Related headlines and teaser text never enter the host article.
    for teaser in page.teasers:
        assert teaser.sapo not in page.article.text


def test_teaser_without_outlet_marker_is_not_ldtd():
    page = clean_file(seed("001"))
    teaser = next(t for t in page.teasers if t.title.startswith("Nâng cao tính minh bạch"))
    assert teaser.sapo.startswith("Ban Chỉ đạo Cải cách hành chính")
    assert teaser.outlet is None


@pytest.mark.parametrize(
    "line, headlines",
    [
        # a headline that ends on a number (development corpus)
        ("Công đoàn các KCN&CX Hà Nội kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8/3 Nỗ lực chăm lo cho tốt nhất cho đoàn viên",
         ["Công đoàn các KCN&CX Hà Nội kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8/3", "Nỗ lực chăm lo cho tốt nhất cho đoàn viên"]),
        ("Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp Phát động đợt thi đua "
         "cao điểm lập thành tích chào mừng 20 năm Ngày thành lập quận Long Biên Dấu ấn đợt thi đua cao điểm",
         ["Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp",
          "Phát động đợt thi đua cao điểm lập thành tích chào mừng 20 năm Ngày thành lập quận Long Biên",
          "Dấu ấn đợt thi đua cao điểm"]),
        ("Quận Thanh Xuân phát động phong trào “Tết Nhân ái” xuân Giáp Thìn Công đoàn quận Thanh Xuân đóng góp "
         "quan trọng vào sự phát triển kinh tế xã hội của quận",
         ["Quận Thanh Xuân phát động phong trào “Tết Nhân ái” xuân Giáp Thìn",
          "Công đoàn quận Thanh Xuân đóng góp quan trọng vào sự phát triển kinh tế xã hội của quận"]),
        ('Làm tốt hơn nữa sứ mệnh đồng hành Công đoàn các Khu công nghiệp và chế xuất Hà Nội: Biểu dương "Công nhân '
         'giỏi", "Sáng kiến, sáng tạo" Chủ tịch LĐLĐ thành phố Hà Nội Phạm Quang Thanh thăm, chúc mừng báo Lao động Thủ đô',
         ["Làm tốt hơn nữa sứ mệnh đồng hành",
          'Công đoàn các Khu công nghiệp và chế xuất Hà Nội: Biểu dương "Công nhân giỏi", "Sáng kiến, sáng tạo"',
          "Chủ tịch LĐLĐ thành phố Hà Nội Phạm Quang Thanh thăm, chúc mừng báo Lao động Thủ đô"]),
        # a headline opened by a place's name and a colon (development corpus)
        ("Ba Vì hưởng ứng Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân Đông Anh: Phát động "
         "“Tháng Công nhân”, “Tháng hành động về An toàn, vệ sinh lao động” năm 2024 Hà Nội: Thành lập Ban Tổ chức "
         "Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân năm 2025",
         ["Ba Vì hưởng ứng Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân",
          "Đông Anh: Phát động “Tháng Công nhân”, “Tháng hành động về An toàn, vệ sinh lao động” năm 2024",
          "Hà Nội: Thành lập Ban Tổ chức Tháng hành động về An toàn, vệ sinh lao động và Tháng Công nhân năm 2025"]),
        # One headline alone stays whole, capitals inside it included.
        ("Ra mắt Công đoàn Trường liên cấp Marie Curie Long Biên với 127 đoàn viên",
         ["Ra mắt Công đoàn Trường liên cấp Marie Curie Long Biên với 127 đoàn viên"]),
    ],
)
def test_split_related_line(line, headlines):
    assert split_related_line(line) == headlines


def test_related_line_is_not_article_text():
    page = clean_file(seed("000"))
    related = [r.title for r in page.related if r.block == "related"]
    assert related[-1] == "Dấu ấn đợt thi đua cao điểm"
    assert "Dấu ấn đợt thi đua cao điểm" not in page.article.text


@pytest.mark.parametrize(
    "line, is_byline",
    [("Phạm Diệp (Thực hiện)", True), ("Nhóm PV", True), ("Phương Thảo", True), ("Mai Quý (thực hiện)", True),
     ("Xin trân trọng cảm ơn Phó Chủ tịch!", False), ("Phóng viên: Trân trọng cảm ơn đồng chí!", False),
     ("Các tập thể, cá nhân có thành tích được biểu dương, khen thưởng", False),
     ("N.Hoa", True), ("T.Vũ – P.T", True), ("TP.HCM", False), ("Đ/c Vũ", False)],
)
def test_byline_shape(line, is_byline):
    assert looks_like_byline(line) is is_byline


def test_page_furniture_lines_are_dropped_and_timestamp_read():
    raw = ("Tiêu đề bài viết thử nghiệm\n\n08:49 | 06/08/2021\n\n(LĐTĐ) Đoạn mở đầu của bài.\n\n"
           "Nội dung chính của bài viết.\n\n| | |\n\n© 2021 Ghi rõ nguồn khi phát hành lại\n")
    article = clean_page(raw, "text", source_path="x.txt").article
    assert article.published_at.isoformat() == "2021-08-06T00:00:00"
    assert "08:49" not in article.text and "|" not in article.text and "©" not in article.text
    assert article.text.endswith("Nội dung chính của bài viết.")


@pytest.mark.parametrize(
    "furniture",
    [
        "3",  # a count of comments standing alone between headline and sapo (dev 430)
        "Xem thêm: mth.24160541182709102-coun-ahn-gnad/nv.ertiout",  # a link's text reversed (dev 431)
    ],
)
def test_more_furniture_lines_are_dropped(furniture):
    raw = f"Tiêu đề bài viết thử nghiệm\n\n{furniture}\n\n(LĐTĐ) Đoạn mở đầu của bài có 12 đoàn viên.\n"
    article = clean_page(raw, "text", source_path="x.txt").article
    assert furniture not in article.text and article.text.endswith("có 12 đoàn viên.")


HTML_PAGE = """<!doctype html><html><head>
<meta property="og:title" content="Tiêu đề og">
<meta property="article:published_time" content="2023-05-02T08:30:00+07:00">
<meta name="author" content="Phương Thảo">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-01"}</script>
</head><body><header>Menu</header>
<article><h1>Hội thi thợ giỏi năm 2023</h1>
<p class="sapo">(LĐTĐ) Hội thi có 363 thí sinh tham gia.</p>
<p>Đoạn thứ nhất của bài.</p>
<figure><img src="a.jpg"><figcaption>Thí sinh tranh tài tại Hội thi</figcaption></figure>
<p>Đoạn thứ hai của bài.</p>
<h3>Tin khác</h3>
<div class="item"><h4><a href="/t1">Tin ngắn số một</a></h4><p>(LĐTĐ) Tóm tắt tin ngắn số một.</p></div>
</article><footer>Phiên bản di động</footer></body></html>"""


def test_html_page_parts():
    page = clean_page(HTML_PAGE, "html", source_path="page.html")
    article = page.article
    assert article.title == "Hội thi thợ giỏi năm 2023"
    assert article.sapo == "(LĐTĐ) Hội thi có 363 thí sinh tham gia."
    assert article.outlet == "LĐTĐ"
    assert article.byline == "Phương Thảo"
    assert article.published_at.isoformat() == "2023-05-02T08:30:00"
    sections = [(p.section, article.text[p.char_start:p.char_end]) for p in article.paragraphs]
    assert sections == [
        ("title", "Hội thi thợ giỏi năm 2023"),
        ("sapo", "(LĐTĐ) Hội thi có 363 thí sinh tham gia."),
        ("body", "Đoạn thứ nhất của bài."),
        ("caption", "Thí sinh tranh tài tại Hội thi"),
        ("body", "Đoạn thứ hai của bài."),
    ]
    assert [(r.block, r.title) for r in page.related] == [("Tin khác", "Tin ngắn số một")]
    assert page.teasers[0].sapo == "(LĐTĐ) Tóm tắt tin ngắn số một."


def test_html_json_ld_date_when_no_meta():
    html = HTML_PAGE.replace('<meta property="article:published_time" content="2023-05-02T08:30:00+07:00">', "")
    assert clean_page(html, "html").article.published_at.isoformat() == "2020-01-01T00:00:00"


def test_crawl_metadata_month_gives_a_page_year_but_no_publication_date():
    # dev 109: `date 2020-08 Ngày 4/8, …` — the prefix goes, its year stays for yearless dates
    page = clean_page("Tiêu đề bài\n\ndate 2020-08 " + BODY, "text")
    assert page.article.text.endswith(BODY) and "2020-08" not in page.article.text
    assert page.article.published_at is None
    assert page.article.page_years == (2020,)


def test_a_file_name_with_a_date_gives_a_page_year_and_is_no_text():
    # dev 1004: a video frame's file name alone on its line under the image
    page = clean_page("Tiêu đề bài\n\n" + BODY + "\n\nvlcsnap-2019-09-04-10h16m38s635\n\nĐoạn thân bài.", "text")
    assert "vlcsnap" not in page.article.text and page.article.text.endswith("Đoạn thân bài.")
    assert page.article.published_at is None
    assert page.article.page_years == (2019,)


# Layouts of other crawls and outlets (tests/dev, the development split): each row is a page as the
# crawler dumped it, what must be the title, what must stay article text and what must not.
BODY = "Ngày 24/4, Công đoàn các Khu công nghiệp tổ chức Lễ phát động Tháng Công nhân năm 2021."
LONG = " Hội nghị có 363 thí sinh tham gia, đạt 100% kế hoạch đề ra trong năm."
LAYOUTS = [
    # timestamp lines of several sites: published_at, never text
    ("Tiêu đề bài\n\n24/04/2021 15:00\n\n" + BODY, "Tiêu đề bài", [BODY], ["15:00"], "2021-04-24"),
    ("Tiêu đề bài\n\nThời sự - 01/12/2023 10:47\n\n" + BODY, "Tiêu đề bài", [BODY], ["10:47"], "2023-12-01"),
    ("Tiêu đề bài\n\nPhùng Trà 13:28 24/09/2025\n\n" + BODY, "Tiêu đề bài", [BODY], ["Phùng Trà"], "2025-09-24"),
    # dev 495: the timestamp glued after the headline, on its line
    ("Hơn 4.000 thanh niên ra quân Chiến dịch Xuân tình nguyện 2026 03/01/2026 10:22\n\n" + BODY,
     "Hơn 4.000 thanh niên ra quân Chiến dịch Xuân tình nguyện 2026", [BODY], ["10:22", "03/01/2026"], "2026-01-03"),
    ("Thứ tư, 08/06/2016 - 09:05\n\nTiêu đề bài\n\n" + BODY, "Tiêu đề bài", [BODY], ["09:05"], "2016-06-08"),
    # dev 456: a dot left alone on its line under the timestamp is no headline
    ("Thứ Năm, 25/05/2017, 16:05 (GMT+7)\n.\n\nTiêu đề bài\n\n" + BODY, "Tiêu đề bài", [BODY], ["16:05"], "2017-05-25"),
    ("Tiêu đề bài\n\nTrung tâm Tin tức VTV24-Chủ nhật, ngày 09/09/2018 19:23 GMT+7\n\n" + BODY,
     "Tiêu đề bài", [BODY], ["GMT"], "2018-09-09"),
    ("Tiêu đề bài\n\nCập nhật ngày: 14/06/2016 - 09:18\n\n" + BODY, "Tiêu đề bài", [BODY], ["09:18"], "2016-06-14"),
    # the weekday and date spelled out in capitals (dev 702); a print link and a source link around
    # the timestamp (dev 718); a view count alone on its line (dev 725)
    ("THỨ SÁU, NGÀY 22 THÁNG 11 NĂM 2024 07:44\n\nTiêu đề bài\n\n" + BODY, "Tiêu đề bài", [BODY], ["07:44", "THỨ SÁU"],
     "2024-11-22"),
    ("Tiêu đề bài\n\nPrint Thứ Tư, 15/01/2020 08:22 Gốc\n\n" + BODY, "Tiêu đề bài", [BODY], ["Print", "08:22"], "2020-01-15"),
    ("Tiêu đề bài\n\n17,351 lượt xem\n\n" + BODY, "Tiêu đề bài", [BODY], ["lượt xem", "17,351"], None),
    # the same lines with the date's parts split by dashes or dots
    ("Tiêu đề bài\n\nTrung tâm Tin tức VTV24-Chủ nhật, ngày 09-09-2018 19:23 GMT+7\n\n" + BODY,
     "Tiêu đề bài", [BODY], ["GMT"], "2018-09-09"),
    ("Tiêu đề bài\n\nThời sự - 01.12.2023 10:47\n\n" + BODY, "Tiêu đề bài", [BODY], ["10:47"], "2023-12-01"),
    # dev 369: the zone in square brackets
    ("Tiêu đề bài\n\nThứ Ba, 25/04/2017, 08:39 [GMT+7]\n\n" + BODY, "Tiêu đề bài", [BODY], ["GMT", "08:39"], "2017-04-25"),
    # dev 529, 526: seconds and a bare zone offset; a view count after the time
    ("Tiêu đề bài\n\n17/11/2023 07:59:47 +07:00\n\n" + BODY, "Tiêu đề bài", [BODY], ["+07:00", "07:59"], "2023-11-17"),
    ("Tiêu đề bài\n\n17/05/2022 17:06 Số lượt xem: 83\n\n" + BODY, "Tiêu đề bài", [BODY], ["lượt xem", "83"],
     "2022-05-17"),
    # dev 1127, 1125, 1103: a twelve-hour time with its seconds and the view count first; an author with
    # the outlet in brackets before the time; a view count after its label
    ("Tiêu đề bài\n\n22/05/2023 09:49:35 AM 673 lượt xem\n\n" + BODY, "Tiêu đề bài", [BODY], ["lượt xem", "673"],
     "2023-05-22"),
    ("Tiêu đề bài\n\nKiều Vũ (báo lao động) 16/10/2025 09:05 (GMT+7)\n\n" + BODY, "Tiêu đề bài", [BODY],
     ["Kiều Vũ", "GMT"], "2025-10-16"),
    ("Tiêu đề bài\n\nLượt xem: 155\n\n" + BODY, "Tiêu đề bài", [BODY], ["Lượt xem", "155"], None),
    # dev 1211: a label, the time with its seconds, then the date and the zone
    ("Tiêu đề bài\n\nĐăng lúc: 15:15:58 18/09/2017 (GMT+7)\n\n" + BODY, "Tiêu đề bài", [BODY], ["Đăng lúc", "GMT"],
     "2017-09-18"),
    ("date 2025-08-19 Chính trị\n\nTiêu đề bài\n\n" + BODY, "Tiêu đề bài", [BODY], ["Chính trị", "date"], "2025-08-19"),
    # dev 208, 288, 309, 348: a date alone, or metadata fields split by pipes (author, views, source)
    ("Tiêu đề bài\n\n14/02/2019\n\n" + BODY, "Tiêu đề bài", [BODY], ["14/02/2019"], "2019-02-14"),
    # dev 589: `Ngày` before a date alone on its line
    ("Tiêu đề bài\n\nNgày 19-02-2021\n\n" + BODY, "Tiêu đề bài", [BODY], ["19-02-2021"], "2021-02-19"),
    ("Tiêu đề bài\n\nKhánh Thu| 19/09/2018 06:51\n\n" + BODY, "Tiêu đề bài", [BODY], ["Khánh Thu", "06:51"], "2018-09-19"),
    ("Tiêu đề bài\n\nNgày đăng 28/07/2020 | 17:31  | Lượt xem: 545\n\n" + BODY, "Tiêu đề bài", [BODY], ["545"],
     "2020-07-28"),
    ("Tiêu đề bài\n\nĐăng: 10:04 20-05-2023  |   Tác giả: Chu Linh  |   Nguồn: Công đoàn TCT\n\n" + BODY, "Tiêu đề bài",
     [BODY], ["Chu Linh", "20-05-2023"], "2023-05-20"),
    # dev 330: under a sapo, on the next line, the body goes on: a line that ends a sentence is text
    ("Tiêu đề bài\nKinhtedothi - Ngày 22/5, lãnh đạo LĐLĐ thăm công nhân.\nCụ thể, chiều 22/5 Phó Chủ tịch LĐLĐ TP Hà "
     "Nội Nguyễn Huy Khánh đã đến thăm, tặng quà công nhân bị tai nạn lao động thuộc Công đoàn ngành Công thương.\n"
     "Hà Nội khai mạc Hội chợ Xuân 2025 Công nhân lao động đón Tết sớm\n\n" + BODY, "Tiêu đề bài",
     [BODY, "Cụ thể, chiều 22/5 Phó Chủ tịch LĐLĐ TP Hà Nội Nguyễn Huy Khánh đã đến thăm, tặng quà công nhân bị tai "
            "nạn lao động thuộc Công đoàn ngành Công thương."], ["Hội chợ Xuân"], None),
    # dev 291: ... and after the headline repeated there, the image's caption
    ("Gặp mặt đại biểu nhận Giải thưởng\n(LĐTĐ) Chiều nay (28/7), Tổng LĐLĐ gặp mặt đại biểu.\n"
     "Gặp mặt đại biểu nhận Giải thưởng\nChủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang phát biểu tại buổi gặp mặt.\n\n" + BODY,
     "Gặp mặt đại biểu nhận Giải thưởng",
     [BODY, "Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang phát biểu tại buổi gặp mặt."], [], None),
    # dev 249: a breadcrumb (its `hôm nay` is no date of the article)
    ("Trang chủ Việt Nam hôm nay Hà Nội ngày nay\n\nTiêu đề bài\n\n" + BODY, "Tiêu đề bài", [BODY], ["hôm nay"], None),
    # a line with a pipe that holds a sentence is text
    ("Tiêu đề bài\n\n" + BODY + "\n\nHà Nội | 12/5/2020: Hội nghị tổng kết năm 2020 diễn ra với 300 đại biểu.",
     "Tiêu đề bài", [BODY, "Hà Nội | 12/5/2020: Hội nghị tổng kết năm 2020 diễn ra với 300 đại biểu."], [], None),
    # an image's alt text without diacritics, numbered `- Anh 1` (dev 230, 240): never text
    ("Tiêu đề bài\n\n" + BODY + "\n\nNganh xay dung Ha Noi: Dai hoi diem cong doan co so - Anh 1\n\n" + BODY.replace("24/4", "25/4"),
     "Tiêu đề bài", [BODY], ["Anh 1", "Nganh"], None),
    # a kicker line ending in a colon: the headline goes on below it
    ("Cơ quan LĐLĐ Thành phố:\n\nThực hiện tốt các chức năng, nhiệm vụ\n\n" + BODY,
     "Cơ quan LĐLĐ Thành phố: Thực hiện tốt các chức năng, nhiệm vụ", [BODY], [], None),
    # HTML debris before the headline; a headline repeated with a word added before a caption
    ("--> -->\n\n109 CNLĐ tham gia Hội thi thợ giỏi lần thứ VIII\n\n" + BODY + "\n"
     "109 CNLĐ tham gia Hội thi thợ giỏi trong CNLĐ lần thứ VIII\nCác đồng chí lãnh đạo tặng cờ lưu niệm",
     "109 CNLĐ tham gia Hội thi thợ giỏi lần thứ VIII", [BODY, "Các đồng chí lãnh đạo tặng cờ lưu niệm"],
     ["-->", "trong CNLĐ"], None),
    # an image's unaccented alt-text slug: before a headline it marks a related article, alone an image
    ("Thi đua thúc đẩy tăng năng suất lao động\n\n" + BODY + "\n"
     "thi dua thuc day tang nang suat lao dong Tự hào những công nhân lao động Thủ đô năm 2018\n\n"
     "thi dua thuc day tang nang suat lao dong\nCác đồng chí Thường trực LĐLĐ Thành phố điều hành hội thảo",
     "Thi đua thúc đẩy tăng năng suất lao động", [BODY, "Các đồng chí Thường trực LĐLĐ Thành phố điều hành hội thảo"],
     ["thi dua", "Tự hào", "năm 2018"], None),
    # table cells: related links before the body, captions after an image marker or in the body
    ("Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019\n"
     "| Huyện Thanh Trì biểu dương 46 \"Công nhân giỏi\" năm 2019 | |\n| Công nhân Phạm Danh Khoa thầm lặng |\n"
     + BODY + "\n![]() |\n| Lễ tuyên dương 90 Công nhân giỏi Thủ đô |\nĐại hội tiến hành bầu cử. |",
     "Tuyên dương 90 Công nhân giỏi Thủ đô năm 2019",
     [BODY, "Lễ tuyên dương 90 Công nhân giỏi Thủ đô", "Đại hội tiến hành bầu cử."], ["46", "Phạm Danh Khoa", "|", "!["],
     None),
    # related headlines glued on the line after a first paragraph that has no outlet marker
    ("Công đoàn ngành Giáo dục Hà Nội tổng kết năm học 2024 - 2025\n\n" + BODY + "\n"
     "Quốc hội tiếp tục chất vấn Bộ trưởng về dạy thêm Đảm bảo điều kiện để tổ chức dạy học 2 buổi/ngày\n\n"
     "Dự Hội nghị có các đồng chí lãnh đạo.", "Công đoàn ngành Giáo dục Hà Nội tổng kết năm học 2024 - 2025",
     [BODY, "Dự Hội nghị có các đồng chí lãnh đạo."], ["Quốc hội", "2 buổi"], None),
    # dev 213: related headlines listed one per line after the first paragraph, up to the end of its
    # group (a stray word before it); a subheading alone between blank lines stays in the body
    ("Tháng Công nhân 2025: Nhiều hoạt động thiết thực\n\naa\n" + BODY + "\n"
     "Công đoàn Việt Nam: Mang không khí Tết đến gần hơn với đoàn viên\n"
     "Biểu dương 95 gương sáng đảng viên là công nhân tiêu biểu\n\n"
     "Những tai nạn từ trên cao: hậu quả nhãn tiền\n\nĐoạn thân bài.",
     "Tháng Công nhân 2025: Nhiều hoạt động thiết thực",
     [BODY, "Những tai nạn từ trên cao: hậu quả nhãn tiền", "Đoạn thân bài."], ["Mang không khí", "95 gương"], None),
    # dev 474: photo captions naming who is in them (`Đ/c X - <title> …`) after the body, on the
    # lines after its paragraph, are captions, not related headlines; `Tin:` credits the report
    ("Chăm lo Tết cho nhà giáo\n\n" + BODY + "\n"
     "Đ/c Trịnh Thị Ngọc Lệ - Phó Chủ tịch Công đoàn Giáo dục trao quà cho nhà giáo\n"
     "Đ/c Võ Quốc Thoại - Chủ tịch Công đoàn Giáo dục trao quà cho người lao động\n"
     "Tin: Công đoàn Ngành Giáo dục Hậu Giang", "Chăm lo Tết cho nhà giáo",
     [BODY, "Đ/c Trịnh Thị Ngọc Lệ - Phó Chủ tịch Công đoàn Giáo dục trao quà cho nhà giáo",
      "Đ/c Võ Quốc Thoại - Chủ tịch Công đoàn Giáo dục trao quà cho người lao động"], ["Tin:", "Hậu Giang"], None),
    # dev 717: captions of an online conference's sites, each opened by the site, then who chairs it
    ("Hội nghị học tập chuyên đề\n\n" + BODY + "\n"
     "Điểm cầu tại quận Dương Kinh - Đồng chí Hoàng Đình Long - Phó Chủ tịch chủ trì\n"
     "Điểm cầu Viettel Hải Phòng - Đồng chí Đào Thị Huyền - Phó Chủ tịch chủ trì\n"
     "Điểm cầu tại Viettel huyện Cát Hải", "Hội nghị học tập chuyên đề",
     [BODY, "Điểm cầu tại quận Dương Kinh - Đồng chí Hoàng Đình Long - Phó Chủ tịch chủ trì",
      "Điểm cầu Viettel Hải Phòng - Đồng chí Đào Thị Huyền - Phó Chủ tịch chủ trì",
      "Điểm cầu tại Viettel huyện Cát Hải"], [], None),
    # the sapo after a series line (`Bài 2: …`) is still the sapo, with its related line
    ("Nâng tầm hoạt động Công đoàn\n\nBài 2: Đổi mới mạnh mẽ tổ chức và hoạt động\n\n(LĐTĐ) " + BODY + "\n"
     "Xây dựng giai cấp công nhân hiện đại Công đoàn Thủ đô tiếp sức y bác sĩ\n\nĐoạn thân bài.",
     "Nâng tầm hoạt động Công đoàn", ["(LĐTĐ) " + BODY, "Đoạn thân bài."], ["tiếp sức"], None),
    # source, credit, link and widget lines
    ("Tiêu đề bài\n\n" + BODY + "\n\nMạnh Quân\n\nNguồn LĐTĐ: https://laodongthudo.vn/a-1578.media\n\n"
     "google_Tiin.vn\n\nTheo Ngân Phương/Lao động thủ đô\n\nTừ khóa: #công nhân\n\nBAOTAYNINH.VN trên Google News",
     "Tiêu đề bài", [BODY], ["Nguồn", "google", "Theo", "Từ khóa", "Google", "Mạnh Quân"], None),
    # an excerpt that starts with a paragraph has no title; a line holding a headline twice is a teaser
    (BODY + LONG + "\n\n"
     "Hơn 600 vụ tai nạn lao động trong quý II/2018 Hơn 600 vụ tai nạn lao động trong quý II/2018\n"
     "VTV.vn - Trong quý II/2018 đã xảy ra hơn 600 vụ tai nạn lao động.\n\nĐoạn thân bài.",
     None, [BODY + LONG, "Đoạn thân bài."], ["600"], None),
    # lines glued under the headline before any paragraph are related headlines
    ("TP.HCM triển khai tiêm ngừa cho công nhân\nĐại úy công an hy sinh khi truy bắt đối tượng\n"
     "Sở GD-ĐT chi sai, giáo viên 14 trường bị truy thu hơn 12 tỷ đồng\n" + BODY,
     "TP.HCM triển khai tiêm ngừa cho công nhân", [BODY], ["Đại úy", "14 trường"], None),
    # one headline-like line after a first paragraph is a caption whose image was dropped
    (BODY + LONG + " Đây là phương châm hành động.\nChủ tịch LĐLĐ Thành phố Nguyễn Thị Tuyến phát biểu tại buổi giao ban\n"
     "Đoạn thân bài.", None, [BODY + LONG + " Đây là phương châm hành động.",
                             "Chủ tịch LĐLĐ Thành phố Nguyễn Thị Tuyến phát biểu tại buổi giao ban", "Đoạn thân bài."], [], None),
    # a photo credit in brackets leaves the caption
    ("Tiêu đề bài\n\n" + BODY + "\n\n![]() |\nKhen thưởng Công nhân giỏi năm 2021. (Ảnh: Đinh Luyện, chụp ngày 27/4) |",
     "Tiêu đề bài", [BODY, "Khen thưởng Công nhân giỏi năm 2021."], ["27/4", "Đinh Luyện"], None),
    # credits without a colon, after a dash, with a domain name
    ("Tiêu đề bài\n\n" + BODY + "\n\nChủ tịch phát biểu tại lễ phát động. Ảnh Kim Ly\n\n"
     "Quang cảnh buổi đối thoại năm 2024 - Ảnh: Phạm Hùng\n\nCó chủ đề “Kết nối”. Ảnh minh họa: hanoimoi.com.vn",
     "Tiêu đề bài", [BODY, "Chủ tịch phát biểu tại lễ phát động.", "Quang cảnh buổi đối thoại năm 2024",
                     "Có chủ đề “Kết nối”."], ["Kim Ly", "Phạm Hùng", "hanoimoi"], None),
    # an image's alt text glued before its caption; an unaccented alt text alone
    ("Phát động Tháng công nhân 2023\n\n" + BODY + "\n\nPhát động Tháng công nhân 2023 - ảnh 1Tháng công nhân "
     "2023 có chủ đề “Kết nối công nhân”.\n\nDaon Dai bieu Cogn doan DHQG-HCM\nĐoàn đại biểu dự Đại hội.",
     "Phát động Tháng công nhân 2023", [BODY, "Tháng công nhân 2023 có chủ đề “Kết nối công nhân”.",
                                        "Đoàn đại biểu dự Đại hội."], ["ảnh 1", "Daon"], None),
    # the headline as an alt text before a related headline; a caption repeated in another case
    ("Bạn đồng hành, nơi gửi gắm niềm tin\n\n" + BODY + "\n\nBạn đồng hành, nơi gửi gắm niềm tin Khẳng định "
     "vai trò của Công đoàn\n\nKhen thưởng các nhà giáo đoạt giải thưởng.\n\nKhen thưởng các nhà giáo đoạt Giải "
     "thưởng.", "Bạn đồng hành, nơi gửi gắm niềm tin", [BODY, "Khen thưởng các nhà giáo đoạt giải thưởng."],
     ["Khẳng định", "Giải thưởng"], None),
    # author, sharing and agency lines
    ("Tiêu đề bài\n\n" + BODY + "\n\nTrần Long - Thuỳ Linh - Ảnh: Thanh Hải\n\nChia sẻ Zalo\n\nCông đoàn - "
     "QUỐC THẮNG\n\nĐoạn thân bài.\n\nXL/Báo Tin tức", "Tiêu đề bài", [BODY, "Đoạn thân bài."],
     ["Thanh Hải", "Zalo", "QUỐC", "XL/"], None),
    # a related headline in square brackets (dev 581); related headlines opened by a place and a
    # colon, one per line between blank lines, two or more in a row (dev 610); one alone is kept
    ("Tiêu đề bài\n\n" + BODY + "\n\n[Ông Nguyễn Ngọc Tuấn được bầu làm Chủ tịch HĐND thành phố Hà Nội]\n\n"
     "Đoạn thân bài.", "Tiêu đề bài", [BODY, "Đoạn thân bài."], ["Nguyễn Ngọc Tuấn"], None),
    ("Tiêu đề bài\n\n" + BODY + "\n\nHòa Bình: Trao 92.972 suất quà Tết cho hộ nghèo\n\nQuảng Ngãi: Gần 70 "
     "nghìn suất quà Tết đã được trao cho hộ nghèo\n\nĐoạn thân bài.", "Tiêu đề bài", [BODY, "Đoạn thân bài."],
     ["92.972", "70 nghìn"], None),
    ("Tiêu đề bài\n\n" + BODY + "\n\nHà Nội: Trao 500 suất quà Tết cho công nhân\n\nĐoạn thân bài.",
     "Tiêu đề bài", [BODY, "Hà Nội: Trao 500 suất quà Tết cho công nhân", "Đoạn thân bài."], [], None),
    # ... whatever capital opens the headline after the colon (`Tây Ninh: Ủy ban …`, dev 770)
    ("Tiêu đề bài\n\n" + BODY + "\n\nTây Ninh: Ủy ban MTTQ Việt Nam tỉnh giới thiệu 25 người ứng cử đại biểu Quốc hội\n\n"
     "Ấn Độ: Ủy ban bầu cử công bố kết quả\n\nĐoạn thân bài.", "Tiêu đề bài", [BODY, "Đoạn thân bài."],
     ["25 người", "Ấn Độ"], None),
    # the time of a timestamp line with its seconds (dev 767)
    ("Tiêu đề bài\n\nCập nhật ngày: 08/01/2023 18:21:45\n\n" + BODY, "Tiêu đề bài", [BODY], ["18:21"], "2023-01-08"),
    # Pages where nothing reads as the body by its layout: what stood where furniture stands is the
    # text, rather than the whole page set aside (a held-aside page was rejected so)
    # ... lines glued under the headline, cut before their full stop
    ("Tiêu đề bài\n" + BODY[:-1] + "\n" + LONG.strip()[:-1], "Tiêu đề bài", [BODY[:-1], LONG.strip()[:-1]], [], None),
    # ... the paragraphs as cells of a table
    ("Tiêu đề bài\n\n| " + BODY + " |\n\n| " + LONG.strip() + " | |", "Tiêu đề bài", [BODY, LONG.strip()], [], None),
    # ... a paragraph under an image marker, read as its caption
    ("Tiêu đề bài\n\n![]()\n" + BODY, "Tiêu đề bài", [BODY], [], None),
    # a weekday, a dash, the date and time, then counts of views and comments; an image's id on a
    # line of its own (dev 987)
    ("Tiêu đề bài\n\nChủ nhật - 19/01/2020 20:19 640 0\n" + BODY + "\n20200118 0918461\nĐoạn thân bài.",
     "Tiêu đề bài", [BODY, "Đoạn thân bài."], ["20:19", "640", "20200118"], "2020-01-19"),
    # paragraphs after the first that lost their last full stop are no related headlines when a full
    # stop stands inside them (dev 982); lines without one still are
    ("Tiêu đề bài\n\n" + BODY + "\nLĐLĐ huyện trao 8 suất quà. Mỗi suất quà trị giá 750 ngàn đồng (tiền mặt 600 ngàn "
     "đồng)\nĐây là hoạt động trọng điểm. Đồng chí Hoàng Thọ Trung tặng quà cho đoàn viên có hoàn cảnh khó khăn",
     "Tiêu đề bài", [BODY, "LĐLĐ huyện trao 8 suất quà. Mỗi suất quà trị giá 750 ngàn đồng (tiền mặt 600 ngàn đồng)"],
     [], None),
    ("Tiêu đề bài\n\n" + BODY + "\nHà Nội trao 500 suất quà Tết cho công nhân\nPhát động Tháng Công nhân năm 2024",
     "Tiêu đề bài", [BODY], ["500 suất", "năm 2024"], None),
    # a section's name, the timestamp, then the headline; the text-size widget (dev 996) ...
    ("Tin chỉ đạo điều hành\nThứ 6, Ngày 21/06/2024, 18:00\nKế hoạch tổ chức các hoạt động hè năm 2024\n"
     "Cỡ chữ: Font size: Giảm (A-) Mặc định (A) Tăng (A+)\n\n" + BODY,
     "Kế hoạch tổ chức các hoạt động hè năm 2024", [BODY], ["Tin chỉ đạo", "Cỡ chữ", "Font size"], "2024-06-21"),
    # ... a section's name of eight words, then the weekday and date spelled out after `Cập nhật lúc`
    # with the zone (dev 1225)
    ("Hoạt động của Liên đoàn Lao động tỉnh\nCập nhật lúc Thứ Ba, ngày 21 tháng 2 năm 2023 - 10:48 (GMT+7)\n"
     "Tuần lễ Áo dài năm 2023 - tôn vinh và lan tỏa giá trị của Áo dài\n\n" + BODY,
     "Tuần lễ Áo dài năm 2023 - tôn vinh và lan tỏa giá trị của Áo dài", [BODY], ["Hoạt động của", "GMT"], "2023-02-21"),
    # ... but a headline, the timestamp, then the first paragraph keep their headline
    ("Tiêu đề bài\n24/04/2021 15:00\n" + BODY, "Tiêu đề bài", [BODY], ["15:00"], "2021-04-24"),
    # the section's name, a breadcrumb ending in it, the headline, then a time on twelve hours before
    # the date; a caption under the first paragraph stays text (dev 1026) ...
    ("An toàn lao động\nTrang chủ / Lao động / An toàn lao động\nPhát động Tháng hành động năm 2018\n"
     "05:52 PM 06/05/2018\n" + BODY + "\nPhó Thủ tướng Chính phủ Vũ Đức Đam cùng các đại biểu chụp hình lưu niệm\n\n"
     "Đoạn thân bài.", "Phát động Tháng hành động năm 2018",
     [BODY, "Phó Thủ tướng Chính phủ Vũ Đức Đam cùng các đại biểu chụp hình lưu niệm", "Đoạn thân bài."],
     ["An toàn lao động", "Trang chủ", "PM"], "2018-05-06"),
    # the author's name before a glued timestamp is a byline; the headline repeated with a photo
    # credit is that photo's caption, text of the article (dev 1087)
    ("Ra mắt Ban Chấp hành khóa XI, nhiệm kỳ 2022-2027\n\nQuốc Định 04/10/2022 19:03\n\n" + BODY + "\n\n"
     "Ra mắt Ban Chấp hành khóa XI, nhiệm kỳ 2022-2027. (Ảnh: Q.C).\n\nĐoạn thân bài.",
     "Ra mắt Ban Chấp hành khóa XI, nhiệm kỳ 2022-2027",
     [BODY, "Ra mắt Ban Chấp hành khóa XI, nhiệm kỳ 2022-2027.", "Đoạn thân bài."], ["Quốc Định", "Q.C"], "2022-10-04"),
    # an image marker, then a table cell repeating the headline: no caption, and the body goes on (dev 407)
    ("Phát động Tháng Nhân đạo cấp Quốc gia năm 2024\n![]() |\n| Phát động Tháng Nhân đạo cấp quốc gia năm 2024 |\n"
     + BODY + "\n\nĐoạn thân bài.", "Phát động Tháng Nhân đạo cấp Quốc gia năm 2024", [BODY, "Đoạn thân bài."],
     ["cấp quốc gia"], None),
    # the headline reworded as the page's last line, no caption after it, is the last photo's caption (dev 887)
    ("Đồng chí Trần Duy Bình tái đắc cử Bí thư Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025\n\n" + BODY + "\n\n"
     "Đồng chí Trần Duy Bình tái đắc cử chức Bí thư Huyện ủy Hà Trung nhiệm kỳ 2020 - 2025",
     "Đồng chí Trần Duy Bình tái đắc cử Bí thư Huyện ủy Hà Trung, nhiệm kỳ 2020 - 2025",
     [BODY, "Đồng chí Trần Duy Bình tái đắc cử chức Bí thư Huyện ủy Hà Trung nhiệm kỳ 2020 - 2025"], [], None),
    # ... but a first line the breadcrumb does not end in is the headline
    ("Tiêu đề bài\nTrang chủ / Lao động / An toàn lao động\n" + BODY, "Tiêu đề bài", [BODY], ["Trang chủ"], None),
]


def test_a_page_of_its_headline_alone_is_still_rejected():
    with pytest.raises(CleanError, match="no article text found"):
        clean_page("Tiêu đề bài\n\nTin liên quan\n\nMột bài khác của báo", "text", source_path="x.txt")


@pytest.mark.parametrize("raw, title, kept, dropped, published", LAYOUTS)
def test_layouts_of_other_crawls(raw, title, kept, dropped, published):
    article = clean_page(raw, "text", source_path="x.txt").article
    assert article.title == title
    for paragraph in kept:
        assert paragraph in article.text.split("\n\n") or paragraph == article.sapo, paragraph
    for words in dropped:
        assert words not in article.text, words
    assert (article.published_at.date().isoformat() if article.published_at else None) == published
