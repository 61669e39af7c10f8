"""Campaigns: paragraphs (seed text and cases written to break the rules) -> expected rows and mentions."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline.extract.base import analyse
from pipeline.extract.campaigns import extract_campaigns
from pipeline.extract.documents import extract_documents

PUBLISHED = datetime(2023, 10, 20)

DHCD = ("Đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII "
        "Công đoàn Việt Nam nhiệm kỳ 2023 - 2028")


def campaigns(text: str, published_at: datetime | None = PUBLISHED):
    doc, ctx = analyse(text, published_at=published_at)
    rows, mentions = extract_campaigns(doc, ctx)
    for fact in [*rows, *mentions]:
        assert doc.text[fact.char_start:fact.char_end] == fact.surface
    assert {m.campaign_id for m in mentions} <= {c.campaign_id for c in rows}
    return doc, ctx, rows, mentions


def summary(row, keys) -> dict:
    return {k: getattr(row, k) for k in keys}


# (text, expected rows: the listed fields of each row, in text order)
CASES = [
    pytest.param(  # seed 001: two phases in one sentence, the movement named two paragraphs before
        "Liên đoàn Lao động (LĐLĐ) Thanh Xuân vừa tổ chức hội nghị biểu dương, phát động phong trào thi đua "
        "năm 2024; tổ chức Tết sum vầy.\n\n"
        "Để phong trào thi đua đạt hiệu quả, Chủ tịch LĐLĐ quận Thanh Xuân đề nghị các cấp Công đoàn quận "
        "tổ chức phát động phong trào thi đua theo 2 đợt: Đợt 1 từ 1/1/2024 đến 31/7/2024, với chủ đề: "
        "“Đổi mới, sáng tạo, thi đua lập thành tích”; đợt 2 từ 11/8/2024 đến 31/12/2024 với chủ đề “Thi "
        "đua lao động giỏi, lao động sáng tạo” .",
        [dict(name="Phong trào thi đua năm 2024", phase=1, theme="Đổi mới, sáng tạo, thi đua lập thành tích",
              start_date=date(2024, 1, 1), end_date=date(2024, 7, 31), duration_days=213,
              organizer="Liên đoàn Lao động Thanh Xuân"),
         dict(name="Phong trào thi đua năm 2024", phase=2, theme="Thi đua lao động giỏi, lao động sáng tạo",
              start_date=date(2024, 8, 11), end_date=date(2024, 12, 31), duration_days=143,
              organizer="Liên đoàn Lao động Thanh Xuân")],
        id="seed001-two-phases",
    ),
    pytest.param(  # seed 004: dotted dates, a stray `tháng`, each phase in its own paragraph, organiser in the previous sentence
        "Tin tổng hợp: Liên đoàn Lao động (LĐLĐ) Hà Nội đã tổ chức Hội nghị tổng kết vào ngày 27.12.2019. "
        "Đồng thời, phát động phong trào thi đua năm 2020 là năm diễn ra nhiều ngày kỷ niệm lớn. Theo đó, "
        "phong trào thi đua chia làm 2 đợt:\n\n"
        "Đợt 1: Từ tháng 1.1.2020 đến 30.6.2020: Với chủ đề “Mừng Đảng quang vinh - Mừng sinh nhật Bác”, "
        "chào mừng:\n\n"
        "kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03.02.1930 - 03.02.2020);\n\n"
        "Đợt 2: Từ 01.7.2020 đến 31.12.2020: Với chủ đề “Chào mừng Đại hội thi đua yêu nước”, chào mừng:\n\n"
        "kỷ niệm 91 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929- 28.7.2020);",
        [dict(name="Phong trào thi đua năm 2020", phase=1, theme="Mừng Đảng quang vinh - Mừng sinh nhật Bác",
              start_date=date(2020, 1, 1), end_date=date(2020, 6, 30), organizer="Liên đoàn Lao động Hà Nội"),
         dict(name="Phong trào thi đua năm 2020", phase=2, theme="Chào mừng Đại hội thi đua yêu nước",
              start_date=date(2020, 7, 1), end_date=date(2020, 12, 31), organizer="Liên đoàn Lao động Hà Nội")],
        id="seed004-dotted-dates-stray-tháng",
    ),
    pytest.param(  # roman-numbered phases
        "LĐLĐ quận phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn quận lần thứ VI, chia làm 3 "
        "đợt: Đợt I từ 1/3 đến 30/4/2024; Đợt II từ 1/5 đến 30/6/2024; Đợt III từ 1/7 đến 31/8/2024.",
        [dict(name="Đợt thi đua cao điểm chào mừng Đại hội Công đoàn quận lần thứ VI", phase=p,
              start_date=s, end_date=e, organizer="LĐLĐ quận")
         for p, s, e in [(1, date(2024, 3, 1), date(2024, 4, 30)), (2, date(2024, 5, 1), date(2024, 6, 30)),
                         (3, date(2024, 7, 1), date(2024, 8, 31))]],
        id="roman-phases",
    ),
    pytest.param(  # dev 502: the programme's number spelled in one mention, in digits in another: one programme
        "Công đoàn trao khen thưởng chương trình “Một triệu sáng kiến - nỗ lực vượt khó”. Nhiều tập thể triển "
        "khai chương trình 1 triệu sáng kiến.",
        [dict(name="Một triệu sáng kiến - nỗ lực vượt khó", phase=None, start_date=None, end_date=None)],
        id="spelled-and-digit-number-one-programme",
    ),
    pytest.param(  # dev 502: the phase written before the head and its quotation, joined by `của`
        "Công đoàn ngành Y tế Hà Nội đã trao khen thưởng giai đoạn 2 của chương trình “Một triệu sáng kiến - nỗ "
        "lực vượt khó”.",
        [dict(name="Một triệu sáng kiến - nỗ lực vượt khó", phase=2, start_date=None, end_date=None)],
        id="phase-before-the-head",
    ),
    pytest.param(  # a phased campaign whose whole period is written too keeps a row of its own
        "Ban Chỉ đạo phát động phong trào “Tết sum vầy” từ 15/12/2023 đến 15/2/2024, chia 2 đợt: Đợt 1 từ 15/12 "
        "đến 31/12/2023; Đợt 2 từ 1/1 đến 15/2/2024.",
        [dict(name="Tết sum vầy", phase=1, start_date=date(2023, 12, 15), end_date=date(2023, 12, 31)),
         dict(name="Tết sum vầy", phase=2, start_date=date(2024, 1, 1), end_date=date(2024, 2, 15)),
         dict(name="Tết sum vầy", phase=None, start_date=date(2023, 12, 15), end_date=date(2024, 2, 15),
              organizer="Ban Chỉ đạo")],
        id="phases-and-whole-period",
    ),
    pytest.param(  # seed 000: the period in one sentence, the name and the launching plan in others
        "Ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động “" + DHCD
        + "”.\n\nSau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm đã kịp thời động "
        "viên đội ngũ CNVCLĐ Thủ đô.\n\nKết quả của đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành "
        "phố Hà Nội lần thứ XVII, Đại hội XIII Công đoàn Việt Nam thể hiện rõ nét ở 5 nội dung.",
        [dict(name=DHCD, phase=None, start_date=date(2023, 5, 1), end_date=date(2023, 9, 30), duration_days=153,
              stated_duration_days=150, duration_mismatch=False, organizer="LĐLĐ thành phố Hà Nội")],
        id="seed000-cross-sentence-period",
    ),
    pytest.param(  # the stated length disagrees with the dates by more than 7 days
        "Sau 100 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm chào mừng Đại hội Công "
        "đoàn thành phố Hà Nội lần thứ XVII đã kết thúc.",
        [dict(name="Đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII",
              start_date=date(2023, 5, 1), end_date=date(2023, 9, 30), duration_days=153,
              stated_duration_days=100, duration_mismatch=True)],
        id="duration-mismatch",
    ),
    pytest.param(  # a bare đợt thi đua with a period and no name elsewhere is still a campaign
        "Đợt thi đua diễn ra từ ngày 1/3 đến 30/4/2024 tại các doanh nghiệp.",
        [dict(name="Đợt thi đua", phase=None, start_date=date(2024, 3, 1), end_date=date(2024, 4, 30))],
        id="unnamed-đợt-with-period",
    ),
    pytest.param(  # an anniversary range next to the name is not the campaign's period; the bare level
        # `quận` stands for the district and stays in the name (dev 1263)
        "LĐLĐ quận phát động đợt thi đua cao điểm chào mừng kỷ niệm 20 năm Ngày thành lập LĐLĐ quận "
        "(9/12/2003 - 9/12/2023).",
        [dict(name="Đợt thi đua cao điểm chào mừng kỷ niệm 20 năm Ngày thành lập LĐLĐ quận", start_date=None,
              end_date=None, duration_days=None, organizer="LĐLĐ quận")],
        id="anniversary-is-not-a-period",
    ),
    pytest.param(  # seed 004: one head, a launcher and a list of quoted names
        "Tích cực tham gia có hiệu quả các phong trào do Thủ tướng Chính phủ phát động: “Cán bộ, công chức, "
        "viên chức thi đua thực hiện văn hóa công sở”, “Cả nước chung tay vì người nghèo, không để ai bị bỏ "
        "lại phía sau”, “ Cả nước chung sức xây dựng nông thôn mới”.",
        [dict(name=n, start_date=None, organizer="Thủ tướng Chính phủ") for n in (
            "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
            "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
            "Cả nước chung sức xây dựng nông thôn mới")],
        id="seed004-quoted-list-with-launcher",
    ),
    pytest.param(  # seed 000: two movements after one head; `thi đua “…”` (a verb) is not one
        "Trọng tâm là phong trào “Công nhân giỏi Thủ đô”, “Sáng kiến, sáng tạo Thủ đô”; ra sức thi đua "
        "“Lao động giỏi”, “Lao động sáng tạo”.",
        [dict(name="Công nhân giỏi Thủ đô", organizer=None), dict(name="Sáng kiến, sáng tạo Thủ đô", organizer=None)],
        id="seed000-two-movements",
    ),
    pytest.param(  # seed 002: three spellings of one programme, short form included; launched by a board
        "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã phát động Chương trình “1 triệu sáng kiến - nỗ lực vượt khó "
        "phát triển, quyết tâm chiến thắng đại dịch Covid-19”, được các cấp Công đoàn tích cực triển khai. "
        "Tuy nhiên, nhiều đơn vị triển khai Chương trình “1 triệu sáng kiến” vẫn còn chậm. Báo cáo về hưởng "
        "ứng chương trình “1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch "
        "Covid-19”, đồng chí Tạ Văn Dưỡng cho biết. Các đại biểu thảo luận việc triển khai Chương trình “1 "
        "triệu sáng kiến - nỗ lực vượt khó phát triển, quyết tâm chiến thắng đại dịch Covid-19”.",
        [dict(name="1 triệu sáng kiến - nỗ lực vượt khó phát triển, quyết tâm chiến thắng đại dịch Covid-19",
              start_date=None, organizer="Đoàn Chủ tịch Tổng LĐLĐ Việt Nam")],
        id="seed002-name-variants-one-programme",
    ),
    pytest.param(  # seed 000: fixed names and an alias of the ATVSLĐ month
        "Thi đua hưởng ứng Tháng Công nhân, Tháng hành động về An toàn vệ sinh lao động, năm 2023. Nhiều hoạt "
        "động chăm lo nhân dịp Tháng Công nhân, Tháng An toàn vệ sinh lao động. Trong Tháng Công nhân năm "
        "2023, LĐLĐ Thành phố tôn vinh 100 Công nhân giỏi.",
        [dict(name="Tháng Công nhân năm 2023", start_date=None),
         dict(name="Tháng hành động về An toàn vệ sinh lao động", start_date=None)],
        id="seed000-months",
    ),
    pytest.param(  # seed 004: words between the head and the quotation belong to the name
        "Tiếp tục đẩy mạnh học tập gắn với cuộc vận động xây dựng người Cán bộ, công chức, viên chức "
        "“Trung thành, trách nhiệm, liêm chính, sáng tạo”, “Cán bộ, công chức, viên chức nói không với tiêu cực”.",
        [dict(name="Xây dựng người Cán bộ, công chức, viên chức “Trung thành, trách nhiệm, liêm chính, sáng tạo”"),
         dict(name="Cán bộ, công chức, viên chức nói không với tiêu cực")],
        id="seed004-cuộc-vận-động-bridge",
    ),
    pytest.param(  # two đợt in one article: a bare mention takes the nearest one named before it
        "LĐLĐ quận phát động đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô. Đợt thi đua "
        "cao điểm kéo dài 100 ngày (từ ngày 1/7 đến 10/10/2024).\n\nNgoài ra, LĐLĐ quận phát động đợt thi đua "
        "cao điểm chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam từ ngày 1/5 đến 28/7/2024.",
        [dict(name="Đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô",
              start_date=date(2024, 7, 1), end_date=date(2024, 10, 10), stated_duration_days=100,
              duration_mismatch=False),
         dict(name="Đợt thi đua cao điểm chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam",
              start_date=date(2024, 5, 1), end_date=date(2024, 7, 28), stated_duration_days=None)],
        id="two-đợt-bare-resolution",
    ),
    pytest.param(  # straight quotes; an organisation that is not a union body
        'Hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" do Ủy ban Trung ương MTTQ Việt '
        'Nam phát động, LĐLĐ quận tổ chức nhiều hoạt động.',
        [dict(name="Người Việt Nam ưu tiên dùng hàng Việt Nam", organizer="Ủy ban Trung ương MTTQ Việt Nam")],
        id="straight-quotes-and-agent",
    ),
    pytest.param(  # `do ORG phát động` after the name, then its theme
        "Phong trào thi đua năm 2024 do LĐLĐ quận Hoàn Kiếm phát động với chủ đề “Đoàn kết, sáng tạo”.",
        [dict(name="Phong trào thi đua năm 2024", theme="Đoàn kết, sáng tạo", organizer="LĐLĐ quận Hoàn Kiếm")],
        id="agent-after-name",
    ),
    pytest.param(  # the subject of `phát động`, and a theme right after the name
        "LĐLĐ quận phát động phong trào thi đua năm 2024 với chủ đề “Đoàn kết, sáng tạo”.",
        [dict(name="Phong trào thi đua năm 2024", theme="Đoàn kết, sáng tạo", organizer="LĐLĐ quận")],
        id="theme-after-name",
    ),
    # ---- the development corpus (tests/dev, dev split)
    pytest.param("LĐLĐ huyện đã tập trung phát động và triển khai sâu rộng các phong trào thi đua như: “Lao động "
                 "giỏi”, “Lao động sáng tạo” với mục tiêu “Năng suất, chất lượng, hiệu quả cao nhất”.",
                 [{"name": "Lao động giỏi"}, {"name": "Lao động sáng tạo"}], id="list-after-nhu"),
    pytest.param("Trong những năm qua phong trào thi đua yêu nước như phong trào thi đua “Lao động giỏi\", \"Lao "
                 "động sáng tạo\", “Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động\".",
                 [{"name": "Lao động giỏi"}, {"name": "Lao động sáng tạo"},
                  {"name": "Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động"}], id="mixed-quotes"),
    pytest.param("Chào mừng kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh và hưởng ứng “Tháng Công nhân” năm "
                 "2022, LĐLĐ thành phố Hà Nội đã tổ chức Lễ tuyên dương.",
                 [{"name": "Tháng Công nhân năm 2022", "start_date": None}],
                 id="quoted-fixed-name-and-year"),
    pytest.param("Các chương trình hỗ trợ như “Tết sum vầy”, “Tháng công nhân”, “Mái ấm công đoàn” tiếp tục được duy trì.",
                 [{"name": "Tết sum vầy"}, {"name": "Tháng công nhân"}, {"name": "Mái ấm công đoàn"}],
                 id="programmes-listed-after-words"),
    pytest.param("Báo cáo về phong trào thi đua yêu nước, phong trào \"Người tốt, việc tốt\" được triển khai rộng khắp.",
                 [{"name": "Người tốt, việc tốt"}], id="no-bridge-across-a-comma"),
    pytest.param("Bộ Y tế ban hành kế hoạch triển khai “Tháng hành động vì an toàn thực phẩm” năm 2024.",
                 [{"name": "Tháng hành động vì an toàn thực phẩm", "start_date": None}], id="quotation-opened-by-its-head"),
    # dev 796: the quoted name written again unquoted with its year names it fullest; the quotation
    # alone with a year after it is above
    pytest.param("Ban Chỉ đạo ban hành Kế hoạch triển khai “Tháng hành động vì an toàn thực phẩm” năm 2023.\n\n"
                 "Các đoàn kiểm tra liên ngành làm việc trong Tháng hành động vì an toàn thực phẩm năm 2023.",
                 [{"name": "Tháng hành động vì an toàn thực phẩm năm 2023", "start_date": None}],
                 id="quoted-name-written-again-with-its-year"),
    # a fixed name takes the year written after its quotation (dev 012)
    pytest.param("Các hoạt động chính trong “Tháng hành động vì trẻ em” năm 2020.",
                 [{"name": "Tháng hành động vì trẻ em năm 2020", "start_date": None}],
                 id="quoted-fixed-name-year-after-quotation"),
    pytest.param("LĐLĐ phát động Tháng hành động về An toàn, vệ sinh lao động và “Tháng hành động về ATVSLĐ”.",
                 [{"name": "Tháng hành động về An toàn, vệ sinh lao động"}], id="quoted-alias-of-a-fixed-name"),
    pytest.param("Sáng 20/4, Công đoàn tổ chức lễ phát động Tháng công nhân 2025 và hưởng ứng Tháng hành động về an "
                 "toàn vệ sinh lao động (ATVSLĐ) năm 2025.",
                 [{"name": "Tháng công nhân 2025"}, {"name": "Tháng hành động về an toàn vệ sinh lao động năm 2025"}],
                 id="fixed-names-with-a-bare-year-or-an-abbreviation"),
    # dev 189: a quoted fixed name with its abbreviation defined inside and a year, then its short form
    pytest.param("Công đoàn ngành Xây dựng Hà Nội phát động “Tháng hành động về An toàn vệ sinh lao động (ATVSLĐ) "
                 "năm 2019”, tổng kết công tác bảo hộ lao động.\n\nTheo đó, “Tháng hành động về ATVSLĐ năm 2019” "
                 "có chủ đề “Tăng cường đánh giá”.",
                 [{"name": "Tháng hành động về An toàn vệ sinh lao động năm 2019", "start_date": None}],
                 id="quoted-fixed-name-with-its-abbreviation-and-year"),
    # dev 220: a quotation naming the two fixed months together is no third campaign
    pytest.param("Phó Chủ tịch UBND TP. Hà Nội phát động “Tháng hành động về ATVSLĐ và Tháng Công nhân thành phố "
                 "Hà Nội năm 2024”", [], id="two-fixed-names-in-one-quotation"),
    # dev 207: a fixed name spelt without `về`, a comma misplaced; its later spelling is a variant
    pytest.param("LĐLĐ TP.Hội An tổ chức lễ phát động Tháng công nhân năm 2023 và Tháng hành động an toàn vệ "
                 "sinh, lao động năm 2023.\n\nTháng công nhân năm 2023 gắn với hưởng ứng Tháng hành động về an "
                 "toàn, vệ sinh lao động là hoạt động rộng khắp.",
                 [{"name": "Tháng công nhân năm 2023"}, {"name": "Tháng hành động an toàn vệ sinh, lao động năm 2023"}],
                 id="fixed-name-spelt-another-way"),
    # dev 210: the quoted spelling names the campaign, the fixed spellings are its variants
    pytest.param("Tháng hành động An toàn, vệ sinh lao động quận năm 2022 được tổ chức rộng khắp.\n\n"
                 "LĐLĐ quận phát động “Tháng hành động về an toàn & vệ sinh lao động” năm 2022.",
                 [{"name": "Tháng hành động về an toàn & vệ sinh lao động"}],
                 id="quoted-spelling-names-a-fixed-campaign"),
    # dev 176, 179, 180, 181, 184: a launched (or dated) movement named by whom it is among
    pytest.param("Năm 2025, các cấp Công đoàn Thủ đô tổ chức phát động phong trào thi đua trong công nhân, viên "
                 "chức, lao động theo 2 đợt.",
                 [{"name": "Phong trào thi đua trong công nhân, viên chức, lao động"}], id="scoped-launched"),
    pytest.param("Chủ tịch LĐLĐ huyện Phúc Thọ đã phát động phong trào thi đua trong công nhân lao động và các cấp "
                 "Công đoàn huyện năm 2022.",
                 [{"name": "Phong trào thi đua trong công nhân lao động và các cấp Công đoàn huyện năm 2022"}],
                 id="scoped-with-unions-and-year"),
    pytest.param("Năm 2022, phong trào thi đua trong công nhân, viên chức, lao động (CNVCLĐ) huyện Sóc Sơn được "
                 "tập trung thành 2 đợt.",
                 [{"name": "Phong trào thi đua trong công nhân, viên chức, lao động huyện Sóc Sơn"}],
                 id="scoped-dated-with-inline-abbreviation"),
    # a launched đợt thi đua named the same way (dev 733's headline)
    pytest.param("LĐLĐ quận Long Biên (Hà Nội): Phát động đợt thi đua cao điểm trong công nhân viên chức lao động",
                 [{"name": "Đợt thi đua cao điểm trong công nhân viên chức lao động"}],
                 id="scoped-drive-launched-in-a-headline"),
    # an abbreviation defined after the head, and one inside the quotation, are no part of the name (dev 772)
    pytest.param("Chiều 22-3, LĐLĐ huyện Lang Chánh đã phát động Phong trào thi đua (PTTĐ) “Công nhân, viên chức, lao "
                 "động (CNVCLĐ) huyện Lang Chánh chung sức, xây dựng quê hương văn minh”.",
                 [{"name": "Công nhân, viên chức, lao động huyện Lang Chánh chung sức, xây dựng quê hương văn minh"}],
                 id="abbreviations-defined-around-the-quotation"),
    # dev 148, 001, 212, 189, 064: organisers of a ceremony's launch, of a list, joined, passive, with a partner
    pytest.param("Ngày 26-4, Ủy ban nhân dân tỉnh Tiền Giang đã tổ chức Lễ phát động Tháng hành động về an toàn vệ "
                 "sinh lao động, Tháng Công nhân 2023 và Hội thi an toàn.",
                 [{"name": "Tháng hành động về an toàn vệ sinh lao động", "organizer": "Ủy ban nhân dân tỉnh Tiền Giang"},
                  {"name": "Tháng Công nhân 2023", "organizer": "Ủy ban nhân dân tỉnh Tiền Giang"}],
                 id="organiser-of-a-launch-ceremony-and-its-list"),
    pytest.param("Ngày 19/4, Ủy ban nhân dân thành phố Hà Nội và Liên đoàn Lao động thành phố Hà Nội phối hợp tổ "
                 "chức 'Lễ phát động Tháng hành động về An toàn, vệ sinh lao động' và 'Tháng Công nhân năm 2024'.",
                 [{"name": "Tháng hành động về An toàn, vệ sinh lao động",
                   "organizer": "Ủy ban nhân dân thành phố Hà Nội và Liên đoàn Lao động thành phố Hà Nội"},
                  {"name": "Tháng Công nhân năm 2024",
                   "organizer": "Ủy ban nhân dân thành phố Hà Nội và Liên đoàn Lao động thành phố Hà Nội"}],
                 id="joined-organisers"),
    pytest.param("Tháng Công nhân 2025, với chủ đề “Công nhân Việt Nam tiên phong”, được Tổng Liên đoàn Lao động "
                 "(LĐLĐ) Việt Nam phát động.",
                 [{"name": "Tháng Công nhân 2025", "organizer": "Tổng Liên đoàn Lao động Việt Nam"}],
                 id="passive-agent-after-a-theme"),
    pytest.param("Công đoàn ngành Xây dựng Hà Nội phối hợp Sở Xây dựng Hà Nội phát động “Tháng hành động về An toàn "
                 "vệ sinh lao động (ATVSLĐ) năm 2019”.",
                 [{"name": "Tháng hành động về An toàn vệ sinh lao động năm 2019",
                   "organizer": "Công đoàn ngành Xây dựng Hà Nội"}], id="organiser-and-its-partner"),
    pytest.param("Một nội dung quan trọng là phong trào thi đua “Giỏi việc nước, đảm việc nhà”, được LĐLĐ quận triển "
                 "khai hiệu quả trong nhiều năm qua.",
                 [{"name": "Giỏi việc nước, đảm việc nhà", "organizer": None}], id="passive-host-is-no-organiser"),
    # dev 274: a fixed name is named by its fullest spelling, not its first
    pytest.param("Năm nay, thành phố triển khai hưởng ứng Tháng hành động về ATVSLĐ (tháng 5). Các hoạt động hưởng "
                 "ứng Tháng hành động an toàn, vệ sinh lao động đã được triển khai đồng bộ.",
                 [{"name": "Tháng hành động an toàn, vệ sinh lao động"}], id="fixed-name-fullest-spelling"),
    # dev 313: a plan whose title organises two months listed together; the period of their shared sentence
    pytest.param("UBND TP Hà Nội đã ban hành Kế hoạch số 96/KH-UBND Tổ chức Tháng Công nhân và Tháng hành động về "
                 "ATVSLĐ năm 2022.\nTháng Công nhân và Tháng ATVSLĐ năm 2022 được tổ chức từ ngày 1/5/2022 đến hết "
                 "ngày 31/5/2022 trên địa bàn toàn TP Hà Nội.",
                 [{"name": "Tháng Công nhân", "organizer": "UBND TP Hà Nội", "start_date": date(2022, 5, 1),
                   "end_date": date(2022, 5, 31)},
                  {"name": "Tháng hành động về ATVSLĐ năm 2022", "organizer": "UBND TP Hà Nội",
                   "start_date": date(2022, 5, 1), "end_date": date(2022, 5, 31)}],
                 id="plan-title-organises-listed-months-sharing-a-period"),
    # dev 309: a plan organising the response to a month does not organise the month
    pytest.param("LĐLĐ vừa ban hành Kế hoạch số 07/KH-LĐLĐ tổ chức hoạt động hưởng ứng Tháng hành động về ATVSLĐ "
                 "năm 2019.",
                 [{"name": "Tháng hành động về ATVSLĐ năm 2019", "organizer": None}],
                 id="plan-for-the-response-is-no-organiser"),
    # dev 309: the head alone as the subject of the next sentence carries its period to the month named before
    pytest.param("Liên đoàn Lao động thành phố Hà Nội vừa ban hành Kế hoạch số 07/KH-LĐLĐ tổ chức hoạt động hưởng ứng "
                 "Tháng hành động về an toàn, vệ sinh lao động (ATVSLĐ) năm 2019. Tháng hành động sẽ diễn ra từ ngày "
                 "1/5 đến hết ngày 31/5/2019.",
                 [{"name": "Tháng hành động về an toàn, vệ sinh lao động năm 2019", "start_date": date(2019, 5, 1),
                   "end_date": date(2019, 5, 31)}],
                 id="bare-month-carries-the-next-sentence-period"),
    # the bare head is ambiguous when two months opening with it are named: no period for either
    pytest.param("Thành phố hưởng ứng Tháng hành động về ATVSLĐ năm 2019 và “Tháng hành động vì trẻ em năm 2019”. "
                 "Tháng hành động sẽ diễn ra từ ngày 1/5 đến hết ngày 31/5/2019.",
                 [{"name": "Tháng hành động về ATVSLĐ năm 2019", "start_date": None},
                  {"name": "Tháng hành động vì trẻ em năm 2019", "start_date": None}],
                 id="bare-month-ambiguous-takes-no-period"),
    # dev 333, 347: a phase number right after a quoted name makes the mention that phase (a year is no phase)
    pytest.param("Công đoàn ngành Giáo dục Hà Nội tổ chức hội nghị khen thưởng Chương trình “1 triệu sáng kiến - nỗ lực "
                 "vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19” giai đoạn 1.",
                 [{"name": "1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19",
                   "phase": 1, "start_date": None}],
                 id="quoted-name-then-phase-number"),
    pytest.param("Lan tỏa phong trào thi đua “Sáng kiến, sáng tạo Thủ đô” giai đoạn 2021 – 2025.",
                 [{"name": "Sáng kiến, sáng tạo Thủ đô", "phase": None}],
                 id="quoted-name-then-a-span-is-no-phase"),
    # dev 131, 347: words saying what kind of programme it is may sit between the head and the quotation
    pytest.param("LĐLĐ TP HCM vừa phối hợp với Hội Chữ thập đỏ thành phố tổ chức chương trình hiến máu tình nguyện "
                 "\"Chia sẻ giọt máu hồng\" đợt 3 năm 2025 tại Trường Trung cấp nghề.",
                 [{"name": "Chia sẻ giọt máu hồng", "phase": 3}],
                 id="programme-kind-bridge-then-phase"),
    pytest.param("Công đoàn cảm ơn sự quan tâm của LĐLĐ Thành phố đối với chương trình nhà \"Mái ấm Công đoàn\".",
                 [{"name": "Mái ấm Công đoàn", "phase": None}],
                 id="programme-kind-bridge-not-in-name"),
    # dev 028, 207: a time-boxed drive named by the action it drives, to the end of its clause
    pytest.param("Hội nghị đã biểu dương “Công nhân giỏi” năm 2022; phát động đợt cao điểm tuyên truyền, vận động phát "
                 "triển đoàn viên, thành lập Công đoàn cơ sở. Dự hội nghị có đồng chí Phạm Bá Vĩnh.",
                 [{"name": "Đợt cao điểm tuyên truyền, vận động phát triển đoàn viên, thành lập Công đoàn cơ sở",
                   "start_date": None}],
                 id="drive-named-by-its-action"),
    pytest.param("Các cấp công đoàn sẽ tổ chức nhiều hoạt động, trong đó triển khai tháng cao điểm phát triển đoàn viên, "
                 "thành lập công đoàn cơ sở nhằm hoàn thành chỉ tiêu năm 2023; giới thiệu đoàn viên ưu tú cho Đảng.",
                 [{"name": "Tháng cao điểm phát triển đoàn viên, thành lập công đoàn cơ sở"}],
                 id="month-drive-named-by-its-action-ends-at-nhằm"),
    # dev 331, 359: the head with its quotation and the year written after it (and `và …` before the year)
    pytest.param("LĐLĐ thành phố vận động công nhân ủng hộ Tháng cao điểm \"Vì người nghèo\" năm 2023 từ ngày 17/10 đến "
                 "18/11. Các cấp công đoàn hưởng ứng phong trào trong Tháng cao điểm \"Vì người nghèo\".",
                 [{"name": "Tháng cao điểm \"Vì người nghèo\" năm 2023", "start_date": date(2023, 10, 17),
                   "end_date": date(2023, 11, 18)}],
                 id="month-drive-quoted-with-head-and-year"),
    pytest.param("Ủy ban MTTQ thành phố vừa ban hành kế hoạch tổ chức Lễ phát động Tháng cao điểm “Vì người nghèo” và an "
                 "sinh xã hội năm 2023.",
                 [{"name": "Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2023"}],
                 id="month-drive-quoted-with-head-joined-words-and-year"),
    # dev 318, 206, 211: a `chiến dịch` launched or carried out, named by its clause
    pytest.param("Thành đoàn Hà Nội vừa phát động chiến dịch mùa hè Thanh niên tình nguyện năm 2015. Đây là năm thứ 16 "
                 "Thủ đô tham gia chiến dịch tình nguyện với 6 nội dung trọng tâm.",
                 [{"name": "Chiến dịch mùa hè Thanh niên tình nguyện năm 2015"}],
                 id="drive-launched-named-by-its-clause"),
    pytest.param("Hà Nội vừa ban hành Kế hoạch 252, mở màn cho chiến dịch 90 ngày đêm làm giàu, làm sạch cơ sở dữ liệu quốc "
                 "gia về đất đai, diễn ra trong giai đoạn 1/9 – 30/11/2025.",
                 [{"name": "Chiến dịch 90 ngày đêm làm giàu, làm sạch cơ sở dữ liệu quốc gia về đất đai",
                   "start_date": date(2025, 9, 1), "end_date": date(2025, 11, 30)}],
                 id="drive-opened-named-to-diễn-ra-with-its-period"),
    # dev 320: a plan's `Thời gian thực hiện` dates the article's one campaign, named elsewhere
    pytest.param("Chủ tịch UBND thành phố vừa ký kế hoạch về thực hiện “Tháng hành động vì trẻ em năm 2023” trên địa bàn.\n\n"
                 "Tổ chức các hoạt động vui chơi an toàn cho trẻ em… Thời gian thực hiện từ ngày 1/6 đến ngày 30/6.",
                 [{"name": "Tháng hành động vì trẻ em năm 2023", "start_date": date(2023, 6, 1),
                   "end_date": date(2023, 6, 30)}],
                 id="labelled-period-of-the-one-campaign"),
    # ... but with two campaigns named, the label says not which
    pytest.param("Thành phố thực hiện “Tháng hành động vì trẻ em năm 2017” và phát động phong trào thi đua năm 2017.\n\n"
                 "Thời gian thực hiện từ ngày 1/6 đến ngày 30/6.",
                 [{"name": "Tháng hành động vì trẻ em năm 2017", "start_date": None},
                  {"name": "Phong trào thi đua năm 2017", "start_date": None}],
                 id="labelled-period-of-two-campaigns"),
    # dev 043: a quotation the page never closes runs to the end of its sentence
    pytest.param("Giải thưởng vinh danh công nhân có thành tích xuất sắc nhất trong phong trào thi đua “Lao động giỏi, Lao "
                 "động sáng tạo. Giải thưởng được trao hai năm một lần.",
                 [{"name": "Lao động giỏi, Lao động sáng tạo"}],
                 id="quotation-never-closed"),
    # batch-7 dev 363: a list item whose opening mark the page dropped is still an item
    pytest.param("Trọng tâm là các phong trào thi đua “Lao động giỏi, lao động sáng tạo”, Công nhân giỏi Thủ đô”, “Sáng "
                 "kiến, sáng tạo Thủ đô”…",
                 [{"name": "Lao động giỏi, lao động sáng tạo"}, {"name": "Công nhân giỏi Thủ đô"},
                  {"name": "Sáng kiến, sáng tạo Thủ đô"}],
                 id="list-item-without-its-opening-mark"),
    # batch-7 dev 363: after the year, `của ORG` says whose it is; a headline capitalises the workforce
    pytest.param("Liên đoàn Lao động TP Hà Nội:Phát động phong trào thi đua trong Công nhân, Viên chức, Lao động Thủ đô năm "
                 "2025\n\nĐây là yêu cầu tại Kế hoạch Phát động phong trào thi đua trong công nhân, viên chức, lao động Thủ "
                 "đô năm 2025 của Liên đoàn lao động TP Hà Nội.",
                 [{"name": "Phong trào thi đua trong Công nhân, Viên chức, Lao động Thủ đô năm 2025"}],
                 id="scoped-name-ends-at-its-year"),
    # dev 268: `Đợt thứ 2` marks a phase as `Đợt 2` does; bare `đợt thi đua cao điểm` refers to the drive
    pytest.param("Phát động đợt cao điểm tuyên truyền phát triển đoàn viên\n\n"
                 "Năm 2022, có hai đợt thi đua cao điểm được triển khai. Đợt thứ 2 sẽ diễn ra từ ngày 1/6 đến hết ngày "
                 "31/7/2022 sẽ tổ chức kết nạp “Lớp đoàn viên 28-7”.",
                 [{"name": "Đợt cao điểm tuyên truyền phát triển đoàn viên", "phase": 2,
                   "start_date": date(2022, 6, 1), "end_date": date(2022, 7, 31)}],
                 id="spelled-ordinal-phase-of-an-action-named-drive"),
    # batch-8 dev 388: `năm 2024` and `2024` after the same month are one campaign; `Theo đó, các hoạt
    # động …` dates the one campaign the sentence before names
    pytest.param("Hà Tĩnh triển khai Tháng Công nhân năm 2023\n\n"
                 "Liên đoàn Lao động tỉnh vừa ban hành kế hoạch triển khai Tháng Công nhân năm 2023. Theo đó, các "
                 "hoạt động sẽ được đồng loạt tổ chức từ cấp tỉnh đến cơ sở từ ngày 15/4 - 31/5, tạo khí thế thi đua. "
                 "Các hoạt động của \"Tháng Công nhân\" 2023 góp phần tuyên truyền.",
                 [{"name": "Tháng Công nhân năm 2023", "start_date": date(2023, 4, 15), "end_date": date(2023, 5, 31)}],
                 id="year-word-and-a-period-said-of-its-activities"),
    # ... but not when the sentence before names two campaigns
    pytest.param("Tỉnh triển khai Tháng Công nhân và Tháng Thanh niên năm 2024. Theo đó, các hoạt động sẽ được tổ "
                 "chức từ ngày 15/4 - 31/5.",
                 [{"name": "Tháng Công nhân", "start_date": None}, {"name": "Tháng Thanh niên năm 2024", "start_date": None}],
                 id="activities-of-two-campaigns-date-neither"),
    # batch-8 dev 411: a month the campaign runs through (`trong suốt tháng 5`), the activities after it
    pytest.param("Hôm nay, Tháng hành động về an toàn vệ sinh lao động (ATVSLĐ) năm 2023 chính thức được phát động "
                 "trong toàn tỉnh. Diễn ra trong suốt tháng 5, các hoạt động của tháng hành động tập trung vào "
                 "tuyên truyền.",
                 [{"name": "Tháng hành động về an toàn vệ sinh lao động năm 2023", "start_date": date(2023, 5, 1),
                   "end_date": date(2023, 5, 31)}],
                 id="a-month-run-through-by-its-activities"),
    # a month said without `suốt` is when something happens, not the campaign's period
    pytest.param("Tháng hành động về ATVSLĐ năm 2023 được phát động. Trong tháng 5, các hoạt động đã thu hút "
                 "nhiều người.",
                 [{"name": "Tháng hành động về ATVSLĐ năm 2023", "start_date": None}],
                 id="a-month-without-suốt-is-no-period"),
    # batch-8 dev 388: two fixed months quoted together; the last takes the year written after it
    pytest.param("Tỉnh sẽ phối hợp tổ chức lễ phát động “Tháng Công nhân - Tháng Hành động về an toàn, vệ sinh lao "
                 "động năm 2023” và tôn vinh công nhân lao động tiêu biểu.",
                 [{"name": "Tháng Công nhân"}, {"name": "Tháng Hành động về an toàn, vệ sinh lao động năm 2023"}],
                 id="two-fixed-months-quoted-together"),
    # batch-8 dev 391: the Youth Union's month is a fixed name; a scope between a fixed name and its year
    pytest.param("Tiếp tục chuỗi hoạt động, Thành đoàn ra quân Tháng Thanh niên năm 2024 tại Công viên Mễ Trì.",
                 [{"name": "Tháng Thanh niên năm 2024"}], id="youth-month-fixed-name"),
    pytest.param("Lễ phát động Tháng Công nhân cấp tỉnh năm 2024 diễn ra sáng nay.",
                 [{"name": "Tháng Công nhân cấp tỉnh năm 2024"}], id="scope-between-a-fixed-name-and-its-year"),
    # batch-8 dev 392: the campaign's months spelled out, in the sentence after it
    pytest.param("Thành đoàn tổ chức ra quân Chiến dịch Thanh niên tình nguyện Hè năm 2023. Chiến dịch được tổ chức "
                 "từ tháng Sáu đến tháng Tám hằng năm.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện Hè năm 2023", "start_date": date(2023, 6, 1),
                   "end_date": date(2023, 8, 31)}], id="spelled-months-date-the-campaign"),
    # dev 298, 001: headlines quote with single marks; a quotation may open with its launching ceremony
    pytest.param("Đổi mới, sáng tạo xứng đáng Lá cờ đầu phong trào thi đua 'Dạy tốt - học tốt'",
                 [{"name": "Dạy tốt - học tốt"}], id="single-quoted-headline-name"),
    pytest.param("UBND và LĐLĐ thành phố phối hợp tổ chức 'Lễ phát động Tháng hành động về An toàn, vệ sinh lao "
                 "động' và 'Tháng Công nhân năm 2024'.",
                 [{"name": "Tháng hành động về An toàn, vệ sinh lao động"}, {"name": "Tháng Công nhân năm 2024"}],
                 id="single-quoted-ceremony-and-fixed-names"),
    pytest.param("LĐLĐ quận tổ chức “Lễ phát động Tháng Công nhân năm 2024” tại Cung Văn hóa.",
                 [{"name": "Tháng Công nhân năm 2024", "organizer": "LĐLĐ quận"}], id="ceremony-quoted-with-its-month"),
    # dev 335, 030, 181: recurring programmes named unquoted right after a head
    pytest.param("Công đoàn quyết định cắt giảm nhiều nội dung trong chương trình Tết sum vầy như: Bốc thăm trúng "
                 "thưởng, gian hàng giảm giá.", [{"name": "Tết sum vầy"}], id="programme-unquoted-after-its-head"),
    pytest.param("Công đoàn ngành GTVT Hà Nội biểu dương Công nhân giỏi và phong trào Sáng kiến sáng tạo.",
                 [{"name": "Sáng kiến sáng tạo"}], id="movement-unquoted-after-its-head"),
    pytest.param("LĐLĐ huyện Sóc Sơn: Thi đua hưởng ứng Chương trình 1 triệu sáng kiến\n\nNăm 2022, công nhân "
                 "đạt nhiều thành tích.", [{"name": "1 triệu sáng kiến"}], id="a-fixed-name-takes-no-year-over-a-line-break"),
    # a quoted programme after its head: the year after the quotation is no part of its name (dev 279)
    pytest.param("Tổng Liên đoàn đã tổ chức chương trình “Tết Sum vầy” năm 2019 vào ngày 26/1/2019.",
                 [{"name": "Tết Sum vầy"}], id="programme-quoted-after-its-head-keeps-its-quotation"),
    # probes (tests/probes/campaigns.tsv): a drive's year closes its name before a comma; the
    # national HIV/AIDS month; a sentence that ends inside a quotation, its full stop left out
    pytest.param("TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch Thanh niên tình nguyện Hè "
                 "2016, tháng 7 sẽ là tháng cao điểm của chiến dịch.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện Hè 2016"}], id="a-drive-name-ends-at-its-year"),
    pytest.param("Uỷ ban Quốc gia phòng, chống AIDS, ma tuý, mại dâm phát động trong cả nước Tháng hành động quốc gia "
                 "phòng, chống HIV/AIDS năm 2023 từ ngày 10/11 đến ngày 10/12/2023.",
                 [{"name": "Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2023",
                   "start_date": date(2023, 11, 10), "end_date": date(2023, 12, 10)}], id="the-national-hiv-aids-month"),
    pytest.param('Theo đó, nhiều hoạt động sẽ được tổ chức: Chương trình "Cảm ơn người lao động"; giới thiệu phát '
                 'triển đảng viên; Chương trình "Tuyên truyền, nâng cao nhận thức đoàn viên, người lao động."…',
                 [{"name": "Cảm ơn người lao động"},
                  {"name": "Tuyên truyền, nâng cao nhận thức đoàn viên, người lao động"}],
                 id="a-full-stop-inside-the-closing-quote"),
    # the quotation first, then `là` and the head (probes, third round)
    pytest.param("“Người Việt Nam ưu tiên dùng hàng Việt Nam” là cuộc vận động lớn của UBMTTQ Việt Nam các cấp, vừa "
                 "mới được tỉnh Long An tổ chức tổng kết sau 10 năm thực hiện (2009-2019).",
                 [{"name": "Người Việt Nam ưu tiên dùng hàng Việt Nam", "start_date": None}],
                 id="quotation-then-là-cuộc-vận-động"),
    pytest.param("“Ngày chủ nhật xanh vì an toàn, vệ sinh lao động, vì sức khỏe người lao động” là chương trình thiết "
                 "thực do Tổng LĐLĐ Việt Nam phát động, nhằm cải thiện điều kiện lao động.",
                 [{"name": "Ngày chủ nhật xanh vì an toàn, vệ sinh lao động, vì sức khỏe người lao động"}],
                 id="quotation-then-là-chương-trình-launched"),
    # words describing a list, then a comma, before its opener (probes, third round)
    pytest.param("Tiếp tục thực hiện các phong trào thi đua trọng tâm, như: “Tịnh Biên chung sức xây dựng nông thôn "
                 "mới”, “Doanh nghiệp Tịnh Biên hội nhập và phát triển”; “Cán bộ, công chức, viên chức thi đua thực "
                 "hiện văn hóa công sở” và các phong trào thi đua của các ngành.",
                 [{"name": "Tịnh Biên chung sức xây dựng nông thôn mới"},
                  {"name": "Doanh nghiệp Tịnh Biên hội nhập và phát triển"},
                  {"name": "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"}],
                 id="list-lead-words-then-a-comma"),
    # dev 464: who launched the listed movements, five words between the head and `như`
    pytest.param("Thi đua triển khai chủ đề năm 2024 gắn với một số phong trào thi đua trọng tâm của Tổng Liên đoàn "
                 "như: “Lao động giỏi, Lao động sáng tạo”, “Tham mưu giỏi, phục vụ tốt” và nâng cao chất lượng.",
                 [{"name": "Lao động giỏi, Lao động sáng tạo"}, {"name": "Tham mưu giỏi, phục vụ tốt"}],
                 id="list-lead-words-name-the-launcher"),
    pytest.param("Các cấp công đoàn tập trung triển khai một số hoạt động trọng tâm, gồm: “Chương trình Đối thoại "
                 "tháng 5”, “Diễn đàn công nhân vì doanh nghiệp, doanh nghiệp vì công nhân”, hoạt động “Cảm ơn người "
                 "lao động”.",
                 [{"name": "Chương trình Đối thoại tháng 5", "start_date": None}],
                 id="quotation-opened-by-chương-trình"),  # dev 149; a forum is no campaign
    pytest.param(  # dev 458: two programmes after one head share the range of their sentence (the
        # table's pages are of 20 October 2023, so the year is 2023)
        "Trong 2 ngày, 24-25/1 tại Khu Công nghiệp Lương Sơn (xã Lương Sơn), Liên đoàn Lao động (LĐLĐ) tỉnh tổ "
        "chức Chương trình “Tết Sum vầy - Xuân ơn Đảng” và “Chợ Tết Công đoàn - Xuân 2026” tại khu vực Hòa Bình.",
        [dict(name="Tết Sum vầy - Xuân ơn Đảng", start_date=date(2023, 1, 24), end_date=date(2023, 1, 25)),
         dict(name="Chợ Tết Công đoàn - Xuân 2026", start_date=date(2023, 1, 24), end_date=date(2023, 1, 25))],
        id="range-after-a-count-of-days",
    ),
    pytest.param(  # dev 319: `Theo đó` after a sentence that names no campaign refers to the article's one
        "Ngày 13/12, Công an TP Hà Nội tổ chức lễ phát động đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an "
        "ninh, trật tự.\n\nCông an TP Hà Nội yêu cầu các đơn vị thi đua “Ba nhất”.\n\nTheo đó, từ ngày 15/12/2025 "
        "đến ngày 16/3/2026, Công an TP Hà Nội giao các đơn vị thực hiện 7 nhóm chỉ tiêu chung.",
        [dict(name="Đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự",
              start_date=date(2025, 12, 15), end_date=date(2026, 3, 16))],
        id="back-reference-to-the-article's-one-campaign",
    ),
    pytest.param(  # dev 509: a range to the day of writing is how long the work has gone on, no period
        "Liên tục từ ngày 8-1-2022 đến nay, Hội Chữ thập đỏ quận Hai Bà Trưng đã tổ chức nhiều chương trình như: "
        "Trao tặng 400 suất quà trị giá 200 triệu đồng; chương trình “Chợ Tết nhân đạo - Tết ấm yêu thương Xuân "
        "Nhâm Dần 2022” với 300 suất quà.",
        [dict(name="Chợ Tết nhân đạo - Tết ấm yêu thương Xuân Nhâm Dần 2022", start_date=None, end_date=None)],
        id="range-to-now-is-no-period",
    ),
    pytest.param(  # dev 526: a headline in capitals does not say how the name is written
        "NGÀNH CÔNG THƯƠNG BẮC NINH TỔ CHỨC CÁC HOẠT ĐỘNG CHĂM LO CHO ĐOÀN VIÊN VÀ NGƯỜI LAO ĐỘNG THÁNG CÔNG NHÂN "
        "NĂM 2022\n\nThực hiện Kế hoạch số 217/KH-LĐLĐ ngày 11/02/2022 của Liên đoàn Lao động tỉnh Bắc Ninh về việc "
        "Tổ chức các hoạt động Tháng Công nhân năm 2022, Công đoàn ngành đã tổ chức nhiều hoạt động.",
        [dict(name="Tháng Công nhân năm 2022", start_date=None)],
        id="headline-in-capitals-names-nothing-first",
    ),
    pytest.param(  # dev 525: the Front's campaign written unquoted after its head
        "Chương trình Gian hàng dành cho công nhân lao động, các gian hàng Tết, gian hàng 0 đồng gắn với cuộc vận "
        "động Người Việt Nam ưu tiên dùng hàng Việt Nam đã thu hút trên 100.000 lượt đoàn viên.",
        [dict(name="Người Việt Nam ưu tiên dùng hàng Việt Nam", start_date=None)],
        id="fixed-name-unquoted-after-its-head",
    ),
    # standing movements written unquoted after their head, and in a list of them (dev 218, 499, 525)
    pytest.param("Tiếp tục triển khai hiệu quả phong trào Giỏi việc trường - Đảm việc nhà; các cuộc vận động Dân chủ - "
                 "kỷ cương - tình thương - trách nhiệm; Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng khó khăn…",
                 [{"name": "Giỏi việc trường - Đảm việc nhà"}, {"name": "Dân chủ - kỷ cương - tình thương - trách nhiệm"},
                  {"name": "Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng khó khăn"}],
                 id="movements-listed-after-their-heads"),
    pytest.param("các cấp công đoàn đẩy mạnh các phong trào thi đua, cuộc vận động do Tổng LĐLĐ Việt Nam, UBND tỉnh, "
                 "LĐLĐ tỉnh phát động như Lao động giỏi, Lao động sáng tạo, Giỏi việc nước, đảm việc nhà, Toàn dân "
                 "đoàn kết xây dựng nông thôn mới, đô thị văn minh…, gắn với chủ đề hoạt động năm 2023.",
                 [{"name": "Lao động giỏi, Lao động sáng tạo"}, {"name": "Giỏi việc nước, đảm việc nhà"},
                  {"name": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"}],
                 id="movements-listed-after-a-list-opener"),
    pytest.param("gian hàng 0 đồng gắn với cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam, cùng chương trình "
                 "Hát cho công nhân nghe, nghe công nhân hát đã thu hút trên 100.000 lượt đoàn viên.",
                 [{"name": "Người Việt Nam ưu tiên dùng hàng Việt Nam"}, {"name": "Hát cho công nhân nghe, nghe công nhân hát"}],
                 id="programme-unquoted-after-a-movement"),
    # a fixed name's lunar year is its year (dev 391, 786)
    pytest.param("Các hoạt động diễn ra tại chương trình Tết trồng cây Xuân Giáp Thìn và ra quân Tháng Thanh niên năm "
                 "2024 tại Công viên Mễ Trì sáng 19/2.",
                 [{"name": "Tết trồng cây Xuân Giáp Thìn"}, {"name": "Tháng Thanh niên năm 2024"}],
                 id="fixed-name-with-its-lunar-year"),
    pytest.param("Chủ tịch Tổng LĐLĐVN tặng quà Tết cho người lao động trong chương trình Tết sum vầy Đinh Dậu do LĐLĐ "
                 "tỉnh Hưng Yên tổ chức.",
                 [{"name": "Tết sum vầy Đinh Dậu", "organizer": "LĐLĐ tỉnh Hưng Yên"}],
                 id="programme-with-its-lunar-year"),
    # a season named with its year after a dash is no period (dev 925); a dash between two days is
    pytest.param("Chương trình “Tết yêu thương” Xuân Giáp Thìn – 2024 do Trung ương Hội LHPN Việt Nam tổ chức.",
                 [{"name": "Tết yêu thương", "start_date": None}], id="season-and-year-after-a-dash"),
    pytest.param("Chương trình “Tết yêu thương” (20/1 – 5/2/2024) do Trung ương Hội LHPN Việt Nam tổ chức.",
                 [{"name": "Tết yêu thương", "start_date": date(2024, 1, 20)}], id="days-joined-by-a-dash"),
    # a fixed name's edition before its year is part of its name (dev 369, 370)
    pytest.param("Tháng Hành động về an toàn vệ sinh lao động lần thứ nhất năm 2017 sẽ diễn ra từ ngày 1 đến 31-5.",
                 [{"name": "Tháng Hành động về an toàn vệ sinh lao động lần thứ nhất năm 2017"}],
                 id="fixed-name-edition-then-year"),
    pytest.param("Tháng hành động về An toàn, Vệ sinh lao động lần thứ nhất, năm 2017 với chủ đề “Thúc đẩy công tác "
                 "huấn luyện an toàn vệ sinh lao động” được phát động.",
                 [{"name": "Tháng hành động về An toàn, Vệ sinh lao động lần thứ nhất, năm 2017"}],
                 id="fixed-name-edition-comma-year"),
    # dev 962: who the movement is for, between its head and its quotation, is no part of the name
    pytest.param("tích cực phát động và tham gia phong trào thi đua phụ nữ “Giỏi việc nước – đảm việc nhà”, xây dựng "
                 "công đoàn cơ sở vững mạnh.",
                 [{"name": "Giỏi việc nước – đảm việc nhà"}], id="movement-whose-before-its-quotation"),
    pytest.param(  # dev 510: the kind of movement between the head and its quotation is no part of the name
        "Hoạt động nằm trong phong trào nhân đạo “Tết Nhân ái” do Trung ương Hội Chữ thập đỏ Việt Nam phát động.",
        [dict(name="Tết Nhân ái", organizer="Trung ương Hội Chữ thập đỏ Việt Nam")],
        id="movement-kind-before-its-quotation",
    ),
    pytest.param(  # dev 519: the drive named with its year, then with its ward: one campaign
        "Đoàn TNCS Hồ Chí Minh phường Thủ Đức tổ chức ra quân Chiến dịch Xuân tình nguyện 2026.\n\n"
        "Dự kiến thu hút khoảng 1.000 bạn trẻ, chiến dịch Xuân tình nguyện phường Thủ Đức diễn ra từ 28/12/2025 đến "
        "16/2/2026.\n\nĐông đảo bạn trẻ góp mặt tại lễ ra quân Chiến dịch Xuân tình nguyện phường Thủ Đức.",
        [dict(name="Chiến dịch Xuân tình nguyện phường Thủ Đức", start_date=date(2025, 12, 28),
              end_date=date(2026, 2, 16))],
        id="name-with-its-year-and-with-its-scope",
    ),
    pytest.param(  # dev 495: the drive named with its year in the headline, with its edition in the body
        "Hơn 4.000 thanh niên ra quân Chiến dịch Xuân tình nguyện 2026\n\nNgày 3-1, Thành Đoàn TP.HCM tổ chức Lễ ra "
        "quân Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026, với sự tham dự của hơn 4.000 đoàn viên.",
        [dict(name="Chiến dịch Xuân tình nguyện lần thứ 18 - năm 2026", start_date=None)],
        id="name-with-its-year-and-with-its-edition",
    ),
    pytest.param(  # dev 371: what `và` adds after the quotation names another month
        "Ủy ban Trung ương MTTQ Việt Nam phát động Tháng cao điểm “Vì người nghèo” năm 2023. UBND Thành phố phát "
        "động Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2023.",
        [dict(name="Tháng cao điểm “Vì người nghèo” năm 2023"),
         dict(name="Tháng cao điểm “Vì người nghèo” và an sinh xã hội năm 2023")],
        id="what-và-adds-is-another-campaign",
    ),
    pytest.param(  # dev 469: a year then `và` and what else is done closes a drive's loose name
        "Sáng 30/5, tại trường Đại học Ngoại thương đã diễn ra lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 "
        "và tổng kết Tháng Thanh niên năm 2023 do Thành đoàn Hà Nội tổ chức.",
        [dict(name="Chiến dịch Thanh niên tình nguyện hè 2023"), dict(name="Tháng Thanh niên năm 2023")],
        id="year-then-và-closes-a-loose-name",
    ),
    # probes, fourth round: a drive's kind between its head and its quotation; a send-off ceremony;
    # the workers' month abbreviated
    pytest.param("Ngày 4/7, năm trường đại học phối hợp tổ chức ra quân chiến dịch tình nguyện “Mùa hè xanh” năm 2023.",
                 [{"name": "Mùa hè xanh"}], id="drive-kind-before-its-quotation"),
    pytest.param("TPO - Sáng 9/8, Đoàn Thanh niên trường tổ chức lễ xuất quân Chiến dịch Thanh niên tình nguyện Mùa hè "
                 "xanh 2025.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện Mùa hè xanh 2025"}], id="send-off-ceremony-launches"),
    pytest.param("LĐLĐ tỉnh phát động Tháng CN năm 2019 với nhiều hoạt động thiết thực.",
                 [{"name": "Tháng CN năm 2019"}], id="workers-month-abbreviated"),
    # `Giai đoạn N` marks a phase as `Đợt N` does, each in its paragraph; `giai đoạn 2021 - 2025` is
    # a span (dev 446, batch 9)
    pytest.param("LĐLĐ thành phố phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố, chia "
                 "làm 2 giai đoạn.\n\nGiai đoạn 1, từ ngày 15/11 đến 30/11/2025, với chủ đề “Đại hội Công đoàn”."
                 "\n\nGiai đoạn 2, từ ngày 1 đến 31/12/2025 với chủ đề “Niềm tin của người lao động”.",
                 [{"phase": 1, "start_date": date(2025, 11, 15), "end_date": date(2025, 11, 30),
                   "theme": "Đại hội Công đoàn"},
                  {"phase": 2, "start_date": date(2025, 12, 1), "end_date": date(2025, 12, 31),
                   "theme": "Niềm tin của người lao động"}], id="phases-as-giai-doan"),
    # a month in brackets right after the name, with its year, is the campaign's period (dev 456);
    # without its year it says when the month falls every year (dev 274)
    pytest.param("Được biết, trong Tháng Công nhân (tháng 5-2017), Liên đoàn Lao động tỉnh đã trao 31 căn nhà.",
                 [{"name": "Tháng Công nhân", "start_date": date(2017, 5, 1), "end_date": date(2017, 5, 31)}],
                 id="month-in-brackets-after-the-name"),
    pytest.param("Năm 2019, thành phố triển khai hưởng ứng Tháng hành động về ATVSLĐ (tháng 5) theo Quyết định.",
                 [{"name": "Tháng hành động về ATVSLĐ", "start_date": None}],
                 id="yearly-month-in-brackets-is-no-period"),
    # the women's congress written with its body in lower case stays in the name (dev 544)
    pytest.param("Hưởng ứng đợt thi đua cao điểm chào mừng Đại hội Đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ "
                 "2022 - 2027, các cấp Hội liên hiệp phụ nữ quận Hà Đông đã đa dạng các hình thức tuyên truyền.",
                 [{"name": "Đợt thi đua cao điểm chào mừng Đại hội Đại biểu phụ nữ toàn quốc lần thứ XIII, nhiệm kỳ "
                           "2022 - 2027", "start_date": None}], id="congress-body-in-lower-case"),
    # a drive written as a name, capitalised and closed by its year, needs no verb of launching (dev 547)
    pytest.param("Chiến dịch Thanh niên tình nguyện hè năm 2023, gồm 01 Chương trình “Tiếp sức mùa thi” và 4 Chiến "
                 "dịch tình nguyện.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện hè năm 2023", "start_date": None},
                  {"name": "Tiếp sức mùa thi", "start_date": None}], id="drive-title-cased-closed-by-year"),
    # the Youth Union's summer drive is a fixed name, read with its year when it is neither launched nor
    # capitalised (dev 1011); launched, its head's clause names it once (dev 692)
    pytest.param("Ngày 15-9 tại TP Đà Lạt (Lâm Đồng), BCH Trung ương Đoàn TNCS Hồ Chí Minh đã tổ chức Hội nghị tổng "
                 "kết chiến dịch thanh niên tình nguyện hè 2017.",
                 [{"name": "Chiến dịch thanh niên tình nguyện hè 2017", "start_date": None}],
                 id="youth-summer-drive-reviewed"),
    pytest.param("Đồng chí Nguyễn Ngọc Lương - Bí thư Thường trực Trung ương Đoàn trao cờ phát động Chiến dịch Thanh "
                 "niên tình nguyện hè năm 2023.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện hè năm 2023", "start_date": None}],
                 id="youth-summer-drive-launched-named-once"),
    # dev 1107: the days in brackets after a quotation that names no campaign are that thing's own; a
    # drive's length before its purpose; the anniversary of the call to emulation named in lower case
    pytest.param("Theo đó, phụ nữ toàn thành phố hưởng ứng “Tuần lễ áo dài” (từ 1/3 đến 8/3); Tết trồng cây được tổ "
                 "chức vào ngày 3/3 tại Phủ Chủ tịch; Phát động đợt thi đua cao điểm 100 ngày hướng tới kỷ niệm 75 năm "
                 "Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).",
                 [{"name": "Đợt thi đua cao điểm 100 ngày hướng tới kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua "
                           "ái quốc", "start_date": None, "end_date": None}], id="days-of-a-quoted-week-length-first"),
    # a name written with a year its campaign's period does not touch is another edition (dev 312)
    pytest.param("Tháng hành động về An toàn, vệ sinh lao động được tổ chức từ ngày 1/5 đến 31/5/2017.\n\n"
                 "Tại lễ phát động, Ban chỉ đạo đã trao cờ luân lưu cho Thành phố Hồ Chí Minh - đơn vị sẽ đăng cai tổ "
                 "chức Tháng hành động về An toàn, vệ sinh lao động lần thứ II - năm 2018.",
                 [{"name": "Tháng hành động về An toàn, vệ sinh lao động", "start_date": date(2017, 5, 1),
                   "end_date": date(2017, 5, 31)},
                  {"name": "Tháng hành động về An toàn, vệ sinh lao động lần thứ II - năm 2018", "start_date": None}],
                 id="another-edition-another-year"),
    # a quotation the month's head opens with a capitalised name names it, with the year after it
    # (dev 1144); a quoted month `của Chiến dịch` is a month of another campaign (dev 832)
    pytest.param("Ngày 2/10, Ủy ban MTTQ Việt Nam huyện Đức Trọng tổ chức Lễ phát động “Tháng cao điểm Vì người "
                 "nghèo” năm 2023.",
                 [{"name": "Tháng cao điểm Vì người nghèo năm 2023", "start_date": None}], id="quoted-peak-month-titled"),
    # a head's term right after it closes its name, as its year does (dev 1169)
    pytest.param("Bộ trưởng Bộ Y tế phát động phong trào thi đua yêu nước giai đoạn 2016 – 2020.",
                 [{"name": "Phong trào thi đua yêu nước giai đoạn 2016 – 2020", "start_date": None}],
                 id="movement-named-by-its-term"),
    # the unions' Tết market after its head, `chợ` in lower case; `Chương trình diễn ra …` opening the
    # next sentence dates it (dev 1147)
    pytest.param("Ngày 10-1, Liên đoàn Lao động TP. Nha Trang tổ chức chương trình chợ Tết Công đoàn năm 2025. "
                 "Chương trình diễn ra trong 3 ngày từ ngày 10 đến 12-1-2025.",
                 [{"name": "Chợ Tết Công đoàn năm 2025", "start_date": date(2025, 1, 10), "end_date": date(2025, 1, 12)}],
                 id="union-tet-market-after-its-head"),
    # the national safety week of 1999-2016, a fixed name with its edition and year (dev 1108)
    pytest.param("Chủ đề của Tuần lễ quốc gia An toàn vệ sinh lao động – Phòng chống cháy nổ lần thứ 18 năm 2016 là: "
                 "“Doanh nghiệp và người lao động tích cực chủ động thực hiện các quyền và trách nhiệm của mình”.",
                 [{"name": "Tuần lễ quốc gia An toàn vệ sinh lao động – Phòng chống cháy nổ lần thứ 18 năm 2016",
                   "start_date": None}], id="national-safety-week"),
    # the range of a campaign's first week is not its period (dev 549)
    pytest.param("Ngày 8/6, Trung ương Đoàn đã có báo cáo về tuần đầu thực hiện chiến dịch Thanh niên tình nguyện hè "
                 "năm 2022 (29/5 – 5/6/2022).",
                 [{"name": "Chiến dịch Thanh niên tình nguyện hè năm 2022", "start_date": None, "end_date": None}],
                 id="range-of-the-first-week"),
    # `Theo kế hoạch, …` dates the article's one programme, named in a paragraph before (dev 646)
    pytest.param("Công đoàn Đồng Nai sẽ tổ chức chương trình “Chuyến xe Tết đoàn viên - Xuân 2026”.\n\n"
                 "Theo kế hoạch, nhiều chuyến xe miễn phí sẽ đưa NLĐ về các tỉnh đón Tết, bắt đầu từ ngày 11 đến "
                 "14-2-2026.",
                 [{"name": "Chuyến xe Tết đoàn viên - Xuân 2026", "start_date": date(2026, 2, 11),
                   "end_date": date(2026, 2, 14)}], id="plan-back-reference"),
    # the time label may name what it dates before the range (dev 700, dev 687)
    pytest.param("Tổng LĐLĐ Việt Nam sẽ tổ chức Chương trình \"Chợ Tết Công đoàn - Xuân 2026\".\n\n"
                 "Thời gian thực hiện Chương trình là từ 0 giờ ngày 20-12-2025 đến 24 giờ ngày 3-2-2026.",
                 [{"name": "Chợ Tết Công đoàn - Xuân 2026", "start_date": date(2025, 12, 20),
                   "end_date": date(2026, 2, 3)}], id="labelled-period-naming-the-programme"),
    pytest.param("Phó Chủ tịch Tổng LĐLĐ vừa ký ban hành kế hoạch tổ chức Chương trình “Chợ Tết Công đoàn - Xuân 2026”.\n\n"
                 "Thời gian dự kiến tổ chức chương trình này là từ 0 giờ ngày 20-12-2025 đến 24 giờ ngày 3-2-2026.\n\n"
                 "Chương trình góp phần hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
                 [{"name": "Chợ Tết Công đoàn - Xuân 2026", "start_date": date(2025, 12, 20),
                   "end_date": date(2026, 2, 3)},
                  {"name": "Người Việt Nam ưu tiên dùng hàng Việt Nam", "start_date": None}],
                 id="labelled-period-of-the-one-programme"),
    # a sentence opening with the bare head and a verb of its time dates the one programme (dev 768)
    pytest.param("Ngày 4/2, LĐLĐ TP Cần Thơ tổ chức khai mạc Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026.\n\n"
                 "Chương trình diễn ra từ ngày 4 đến 6/2/2026.",
                 [{"name": "Tết Sum vầy - Xuân ơn Đảng", "start_date": date(2026, 2, 4), "end_date": date(2026, 2, 6)}],
                 id="bare-head-with-a-verb-of-its-time"),
    # ... or listing its months, the year after the last (dev 832)
    pytest.param("Chiến dịch thanh niên tình nguyện hè năm 2020 diễn ra trong 3 tháng 6,7,8/2020.",
                 [{"start_date": date(2020, 6, 1), "end_date": date(2020, 8, 31)}],
                 id="bare-head-with-its-months-listed"),
    pytest.param("Đợt thi đua cao điểm diễn ra trong tháng 5 và 6/2022.",
                 [{"start_date": date(2022, 5, 1), "end_date": date(2022, 6, 30)}],
                 id="bare-head-with-two-months-joined"),
    # ... and both programmes one head quotes, the first one's year between them (dev 768)
    pytest.param("Ngày 4/2, LĐLĐ TP Cần Thơ tổ chức khai mạc Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026 và "
                 "“Chợ Tết Công đoàn” tại Khu Công nghiệp Tân Phú Thạnh.\n\n"
                 "Chương trình diễn ra từ ngày 4 đến 6/2/2026.",
                 [{"name": "Tết Sum vầy - Xuân ơn Đảng", "start_date": date(2026, 2, 4), "end_date": date(2026, 2, 6)},
                  {"name": "Chợ Tết Công đoàn", "start_date": date(2026, 2, 4), "end_date": date(2026, 2, 6)}],
                 id="bare-head-dates-the-programmes-quoted-together"),
    # ... but not two programmes quoted apart
    pytest.param("LĐLĐ tỉnh tổ chức Chương trình “Tết Sum vầy - Xuân ơn Đảng” năm 2026. Tại đây, Công đoàn ngành "
                 "Y tế tổ chức chương trình “Chợ Tết Công đoàn”.\n\n"
                 "Chương trình diễn ra từ ngày 4 đến 6/2/2026.",
                 [{"name": "Tết Sum vầy - Xuân ơn Đảng", "start_date": None},
                  {"name": "Chợ Tết Công đoàn", "start_date": None}],
                 id="bare-head-of-two-programmes-quoted-apart"),
    # the Red Cross's and the children's months are fixed names, read unquoted with their year (dev 405-407,
    # 460, 695), the year written after the quotation too (dev 012, 404), the scope after the year (dev 684)
    pytest.param("Tháng Nhân đạo năm 2021 được triển khai trên toàn quốc từ ngày 1-31/5/2021.",
                 [{"name": "Tháng Nhân đạo năm 2021", "start_date": date(2021, 5, 1), "end_date": date(2021, 5, 31)}],
                 id="red-cross-month-unquoted"),
    pytest.param("Gần 1000 người diễu hành phát động “Tháng Nhân đạo” 2018",
                 [{"name": "Tháng Nhân đạo 2018", "start_date": None}], id="red-cross-month-year-after-quotation"),
    pytest.param("Phát động Tháng Nhân đạo năm 2025 cấp quốc gia",
                 [{"name": "Tháng Nhân đạo năm 2025 cấp quốc gia", "start_date": None}], id="fixed-name-scope-after-year"),
    pytest.param("Tháng hành động vì trẻ em năm 2024 sẽ diễn ra từ ngày 01/6 đến 30/6/2024 với chủ đề: “Hành động thiết "
                 "thực, ưu tiên nguồn lực cho trẻ em”.",
                 [{"name": "Tháng hành động vì trẻ em năm 2024", "start_date": date(2024, 6, 1),
                   "end_date": date(2024, 6, 30)}], id="children-month-unquoted"),
    # a fixed name listed after a drive named loosely is another campaign (dev 902, 904)
    pytest.param("Ngày 31/5, tại tỉnh Gia Lai, Trung ương Đoàn tổ chức chương trình ra quân Chiến dịch Thanh niên tình "
                 "nguyện hè và hưởng ứng Tháng hành động vì trẻ em năm 2025.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện hè", "start_date": None},
                  {"name": "Tháng hành động vì trẻ em năm 2025", "start_date": None}],
                 id="fixed-name-listed-after-a-loose-drive"),
    # a year followed by a lower-case word closes a loose drive's name; a sentence opening with a verb
    # of its time dates the article's one campaign (dev 830)
    pytest.param("Chiến dịch Xuân tình nguyện 2024 chính thức khởi động sáng 7-1 tại Nhà văn hóa Sinh viên.\n\n"
                 "Chị Hà nói chiến dịch tiếp tục tạo môi trường để sinh viên rèn luyện.\n\n"
                 "Diễn ra từ ngày 7-1 đến ngày 7-2-2024 (nhằm ngày 28 tháng chạp âm lịch), Xuân tình nguyện không chỉ có "
                 "đoàn viên thanh niên.",
                 [{"name": "Chiến dịch Xuân tình nguyện 2024", "start_date": date(2024, 1, 7),
                   "end_date": date(2024, 2, 7)}], id="opening-time-verb-dates-the-one-drive"),
    # a quotation repeating a programme's quoted name is a mention of it: its sentence dates it (dev 761)
    pytest.param("Hai đơn vị đã bàn bạc công tác tổ chức chương trình “Chợ Tết công đoàn năm 2023”.\n\n"
                 "Dự kiến “Chợ Tết công đoàn năm 2023” tại Quảng Ninh sẽ được tổ chức vào ngày 7 - 8.1.2023 tại "
                 "Quảng trường 12-11.",
                 [{"name": "Chợ Tết công đoàn năm 2023", "start_date": date(2023, 1, 7), "end_date": date(2023, 1, 8)}],
                 id="quotation-repeated-without-its-head"),
    # the body's spelling of a quoted name outvotes a subheading's (dev 831)
    pytest.param("Hạnh phúc trong những “Mái ấm Công Đoàn”\n\n"
                 "Công đoàn các cấp đã triển khai chương trình “Mái ấm Công đoàn” với phương châm “Ở đâu có đoàn viên "
                 "khó khăn, ở đó có Công đoàn đồng hành”.\n\n"
                 "Chương trình “Mái ấm Công đoàn” là hoạt động trọng tâm được LĐLĐ TP Hà Nội triển khai nhiều năm qua.",
                 [{"name": "Mái ấm Công đoàn", "start_date": None}], id="most-frequent-spelling-names"),
    # after a back reference, a site of the programme is dated, not the programme (dev 543)
    pytest.param("Theo kế hoạch tổ chức chương trình \"Tết sum vầy – Xuân ơn Đảng\" của LĐLĐ thành phố, các điểm "
                 "Chợ Tết năm nay sẽ được tổ chức luân phiên.\n\n"
                 "Theo đó, điểm Chợ Tết Công đoàn chính sẽ diễn ra tại Quảng trường phường Hòa Khánh từ ngày 5-2 "
                 "đến 8-2-2026.",
                 [{"name": "Tết sum vầy – Xuân ơn Đảng", "start_date": None}], id="back-reference-to-a-site"),
    # ... and so is a season's activities (dev 996); the campaign's own activities still date it
    pytest.param("Các hoạt động hè được tổ chức từ ngày 28/5 - 31/8/2024.\n\nĐoàn Thanh niên các huyện tham mưu tổ "
                 "chức Lễ phát động Tháng hành động vì trẻ em năm 2024.",
                 [{"name": "Tháng hành động vì trẻ em năm 2024", "start_date": None}], id="back-reference-to-a-season"),
    pytest.param("Tỉnh ban hành kế hoạch triển khai Tháng hành động vì trẻ em năm 2024. Theo đó, các hoạt động sẽ "
                 "được tổ chức từ ngày 1/6 đến 30/6/2024.",
                 [{"name": "Tháng hành động vì trẻ em năm 2024", "start_date": date(2024, 6, 1)}],
                 id="back-reference-to-the-campaign"),
    # a headline's single marks quote the name after the head's kind words (dev 944)
    pytest.param("TP. HCM: Sôi nổi ra quân Chiến dịch tình nguyện ‘Mùa Hè Xanh’ ở các trường",
                 [{"name": "Mùa Hè Xanh", "start_date": None}], id="single-quoted-after-kind-words"),
    # the Youth Union's summer programmes are named with the head written before them (dev 392, 727,
    # 782, 784), not after a list's opener alone; a range before `như:` dates what the list makes up
    pytest.param("Năm nay, chiến dịch hoạt động với 5 chương trình trọng tâm gồm: Tiếp sức mùa thi, Chiến dịch Mùa Hè "
                 "xanh, Hoa phượng đỏ, Hành quân xanh, Kỳ nghỉ hồng; triển khai 9 đội hình.",
                 [{"name": "Chiến dịch Mùa Hè xanh", "start_date": None}], id="youth-programme-after-its-head"),
    pytest.param("Chiến dịch được Huyện đoàn Đại Lộc triển khai từ ngày 1/6 - 31/8/2023 với các hoạt động trọng tâm "
                 "như: chương trình Tiếp sức mùa thi cùng các chiến dịch tình nguyện khác.",
                 [{"name": "Chiến dịch", "start_date": date(2023, 6, 1), "end_date": date(2023, 8, 31)},
                  {"name": "Chương trình Tiếp sức mùa thi", "start_date": None}], id="listed-after-a-range-undated"),
    # a đợt thi đua is named by the action it drives, as a đợt cao điểm (dev 861)
    pytest.param("Nhân dịp này, LĐLĐ huyện phát động đợt thi đua phát triển đoàn viên, thành lập CĐCS; tuyên dương 20 "
                 "công nhân giỏi.",
                 [{"name": "Đợt thi đua phát triển đoàn viên, thành lập CĐCS", "start_date": None}],
                 id="emulation-round-named-by-its-action"),
    # a loose drive's name stops before what it answers; `năm nay` closes it as a year does; the
    # range then dates the drive, not the programme listed after `như:` (dev 784)
    pytest.param("Huyện đoàn Đại Lộc vừa tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè và hưởng ứng ngày Môi "
                 "trường thế giới (5/6).\n\n"
                 "Chiến dịch Thanh niên tình nguyện hè năm nay được Huyện đoàn Đại Lộc triển khai từ ngày 1/6 - "
                 "31/8/2023 với các hoạt động trọng tâm như: chương trình Tiếp sức mùa thi.",
                 [{"name": "Chiến dịch Thanh niên tình nguyện hè", "start_date": date(2023, 6, 1),
                   "end_date": date(2023, 8, 31)},
                  {"name": "Chương trình Tiếp sức mùa thi", "start_date": None}],
                 id="drive-answering-a-day-dated-this-year"),
    # a drive of donations is named by its action (dev 770)
    pytest.param("UBND và Ủy ban MTTQ thị xã tổ chức phát động Tháng cao điểm “Vì người nghèo” năm 2021 và vận động đợt "
                 "cao điểm quyên góp ủng hộ phòng, chống dịch COVID-19.",
                 [{"name": "Tháng cao điểm “Vì người nghèo” năm 2021", "start_date": None},
                  {"name": "Đợt cao điểm quyên góp ủng hộ phòng, chống dịch COVID-19", "start_date": None}],
                 id="donation-drive-named-by-its-action"),
    # a launched movement is named by the lowercase words its year closes, up to whose it is
    # (dev 590, 822); a drive capitalised mid-sentence is named to its year (dev 943)
    pytest.param("Kế hoạch của Ban Thường vụ về tổ chức phát động phong trào thi đua chào mừng các ngày lễ, sự kiện lớn "
                 "của Đảng và đất nước năm 2020.",
                 [{"name": "Phong trào thi đua chào mừng các ngày lễ, sự kiện lớn của Đảng và đất nước năm 2020"}],
                 id="launched-movement-closed-by-its-year"),
    pytest.param("Chỉ thị về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ, kế hoạch năm 2023 của Tổng "
                 "Giám đốc và Chủ tịch Công đoàn Điện lực Việt Nam.",
                 [{"name": "Phong trào thi đua thực hiện thắng lợi nhiệm vụ, kế hoạch năm 2023"}],
                 id="launched-movement-year-then-whose"),
    pytest.param("Nằm trong Chiến dịch tình nguyện hè 2024, Huyện đoàn đã phối hợp với các Đoàn trường THPT.",
                 [{"name": "Chiến dịch tình nguyện hè 2024", "start_date": None}],
                 id="drive-capitalised-mid-sentence"),
    # what a drive is tied to ends its name (dev 1013)
    pytest.param("Thành đoàn tổ chức Lễ ra quân Chiến dịch Xuân tình nguyện gắn với Ngày Thanh niên cùng hành động.",
                 [{"name": "Chiến dịch Xuân tình nguyện", "start_date": None}], id="drive-tied-to-a-day"),
    # of a fixed name's spellings, one that keeps its head (dev 862), then of two as full the
    # lexicon's, commas and capitals (dev 901)
    pytest.param("Tỉnh vừa ban hành kế hoạch triển khai Tháng an toàn, vệ sinh lao động năm 2018. Theo đó, Tháng hành "
                 "động về ATVSLĐ năm 2018 hướng về doanh nghiệp.",
                 [{"name": "Tháng hành động về ATVSLĐ năm 2018"}], id="fixed-name-spelling-with-its-head"),
    pytest.param("Công ty phát động Tháng hành động về An toàn vệ sinh lao động năm 2024. Các đơn vị hưởng ứng Tháng "
                 "hành động về an toàn vệ sinh lao động năm 2024. Mục tiêu là hưởng ứng Tháng hành động về An toàn, "
                 "vệ sinh lao động năm 2024.",
                 [{"name": "Tháng hành động về An toàn, vệ sinh lao động năm 2024"}],
                 id="fixed-name-spelled-as-the-lexicon"),
    # a body's level written without the place's name stands for it, and ends the name (dev 1263)
    pytest.param("LĐLĐ quận Long Biên tổng kết năm 2023 và đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận; "
                 "phát động phong trào thi đua năm 2024.",
                 [{"name": "Đợt thi đua chào mừng 20 năm ngày thành lập LĐLĐ quận"},
                  {"name": "Phong trào thi đua năm 2024"}], id="name-ends-with-a-bare-level"),
    # the days of what is held on a campaign's occasion are not the campaign's (dev 1185)
    pytest.param("Nhân Tháng Công nhân năm 2025, Công đoàn Điện lực Việt Nam sẽ tổ chức Lễ biểu dương “Người lao động "
                 "ngành Điện tiêu biểu” vào ngày 23 - 24/5/2025 tại trụ sở Tập đoàn Điện lực Việt Nam.",
                 [dict(name="Tháng Công nhân năm 2025", start_date=None, end_date=None)],
                 id="occasion-days-are-the-event's"),
    # the national gender-equality month, named with its year (dev 1043)
    pytest.param("Các cấp công đoàn tỉnh: hướng tới Tháng hành động vì Bình đẳng giới và Phòng ngừa, ứng phó với bạo "
                 "lực trên cơ sở giới năm 2021",
                 [dict(name="Tháng hành động vì Bình đẳng giới và Phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
                            "năm 2021")],
                 id="gender-equality-month"),
    # what a movement builds, between its head and its quotation, stays in its name (dev 064)
    pytest.param("Phong trào thi đua xây dựng \"Gia đình CNVCLĐ tiêu biểu\" được triển khai sâu rộng trên địa bàn.",
                 [dict(name='Xây dựng "Gia đình CNVCLĐ tiêu biểu"')], id="movement-builds-its-quotation"),
    # the unions' Tết market quoted alone with its year is that year's programme (dev 107)
    pytest.param("Hàng trăm gian hàng thiết yếu được Liên đoàn Lao động thành phố Hà Nội triển khai tại “Chợ Tết Công "
                 "đoàn năm 2026”, góp phần mang đến một cái Tết ấm áp.",
                 [dict(name="Chợ Tết Công đoàn năm 2026")], id="union-tet-market-quoted-with-its-year"),
    # without its head, a programme's fixed name followed by its launcher, its own words kept (dev 988)
    pytest.param("Đây là hoạt động hưởng ứng Tết Sum vầy – phúc lợi đoàn viên do LĐLĐ tỉnh phát động, có ý nghĩa "
                 "thiết thực.",
                 [dict(name="Tết Sum vầy – phúc lợi đoàn viên", organizer="LĐLĐ tỉnh")],
                 id="fixed-name-then-its-launcher"),
    # ... or its host; the days of what is done at it are not its own (dev 1014)
    pytest.param("Trong hai ngày 6 và 7-1, Nghiệp đoàn xe ôm Bình Tân đã trao 50 voucher cho đoàn viên mua sắm trực "
                 "tuyến tại Chợ Tết Công đoàn trực tuyến do Tổng LĐLĐ Việt Nam tổ chức.",
                 [dict(name="Chợ Tết Công đoàn trực tuyến", organizer="Tổng LĐLĐ Việt Nam", start_date=None)],
                 id="days-of-what-is-done-at-a-programme"),
]

NOT_CAMPAIGNS = [
    # ... alone it is a market (dev 276, 543)
    pytest.param("Trước đó, Liên đoàn Lao động TP. Nha Trang cũng đã khai mạc chợ Tết Công đoàn năm 2025 tại Siêu thị "
                 "Co.opmart Nha Trang.", id="union-tet-market-alone"),
    # ... quoted without its year too (dev 1146)
    pytest.param("Năm nay, \"Chợ Tết Công đoàn\" quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng.",
                 id="union-tet-market-quoted-alone"),
    pytest.param("Chiến dịch diễn ra trong 3 tháng, chọn tháng 7/2020 là “Tháng cao điểm của Chiến dịch” và đã đề ra "
                 "một số chỉ tiêu cơ bản.", id="quoted-peak-month-of-another-campaign"),
    # what a drive is for, after `là`, is no name (batch-8 dev 395)
    pytest.param("Mục tiêu của Cuộc vận động là \"phát huy lòng yêu nước, tính tự lực, tự cường, tự tôn dân tộc\".",
                 id="quoted-goal-after-là"),
    pytest.param("ra sức thi đua “Lao động giỏi”, “Lao động sáng tạo” với mục tiêu “Năng suất, chất lượng”.",
                 id="thi-đua-as-a-verb"),
    pytest.param("LĐLĐ Thành phố đã tuyên dương 100 cá nhân đạt danh hiệu “Công nhân giỏi Thủ đô” năm 2023.",
                 id="title-not-campaign"),
    pytest.param("Phát biểu tại chương trình, Phó Chủ tịch đề nghị các đơn vị nêu khó khăn.", id="bare-chương-trình"),
    pytest.param("Đồng thời, phát động các đợt thi đua cao điểm chào mừng các ngày lễ lớn của Thủ đô.",
                 id="plural-is-generic"),
    pytest.param("đưa phong trào công nhân, viên chức, lao động (CNVCLĐ) ngày càng phát triển.",
                 id="labour-movement"),
    pytest.param("LĐLĐ huyện tổ chức hội nghị sơ kết phong trào thi đua trong CNVCLĐ 9 tháng đầu năm 2024.",
                 id="report-period-not-campaign"),
    pytest.param("LĐLĐ Hà Nội đã tổ chức \"Hội nghị Tổng kết Phong trào Công nhân viên chức lao động 2019\".",
                 id="inside-an-event-name"),
    pytest.param("các cấp Công đoàn đã tổ chức diễn đàn “Công nhân vì doanh nghiệp, doanh nghiệp vì công nhân”.",
                 id="forum"),
    pytest.param("Giải chạy chia làm 2 đợt: Đợt 1 từ 1/3 đến 30/4/2024; Đợt 2 từ 1/5 đến 30/6/2024.",
                 id="phases-of-no-campaign"),
    pytest.param("gắn phong trào thi đua với việc thực hiện chủ đề công tác năm “Nâng cao chất lượng hoạt động”.",
                 id="theme-not-name"),
    # dev 017, 026, 068: the movement in general, not launched nor dated; the patriotic movement itself
    pytest.param("Điểm nhấn từ phong trào thi đua trong CNVCLĐ ngành Giao thông vận tải Hà Nội là sản xuất tốt.",
                 id="scoped-not-launched"),
    pytest.param("Công đoàn thị xã đã phát động phong trào thi đua yêu nước trong đoàn viên, người lao động.",
                 id="patriotic-movement-scoped"),
    # dev 171: a programme's number and date before a quoted title make it a document, not a campaign
    pytest.param("Thành uỷ Hà Nội tổ chức Hội nghị tổng kết Chương trình 03-Ctr/TU ngày 28/6/2016 về “Đẩy mạnh tái cơ "
                 "cấu kinh tế”.", id="programme-number-is-no-bridge"),
    # dev 114, 322: a drive referred back to, or one in general, is no campaign
    pytest.param("Công ty tổ chức tiêm vắc xin cho công nhân. Chiến dịch tiêm chủng này nhận được sự hưởng ứng của công nhân.",
                 id="drive-referred-back"),
    pytest.param("Phong trào này không chỉ là một chiến dịch ngắn hạn mà là một hành trình dài hơi nhằm nâng cao dân trí số.",
                 id="drive-in-general"),
    # dev 220, 001: after `đợt / tháng cao điểm`, words that are no drive's action name nothing
    pytest.param("Thành phố tổ chức các hoạt động nhằm tạo đợt cao điểm trong công tác tuyên truyền, nâng cao nhận thức.",
                 id="peak-of-an-activity-is-no-drive"),
    pytest.param("Phát động tháng cao điểm hướng về công nhân lao động Thủ đô", id="month-drive-purpose-lowercase"),
    # a recurring programme's words without a head are no programme (dev 075: a title)
    pytest.param("Nhờ sự hỗ trợ của Công đoàn, công nhân có một cái Tết Sum vầy bên gia đình.", id="reunion-is-no-programme"),
    pytest.param("Anh phấn đấu đạt danh hiệu “Sáng kiến, sáng tạo” năm 2022.", id="programme-words-as-a-title"),
    pytest.param("Công đoàn khuyến khích phong trào sáng kiến, sáng tạo trong công nhân.", id="programme-words-lowercase"),
    # a quotation called a programme that nobody launched is a show or an event
    pytest.param("“Giai điệu tự hào” là chương trình truyền hình được nhiều khán giả yêu thích.",
                 id="quotation-then-là-a-show"),
    # without a verb of launching, a capitalised drive not closed by a year is a list item or a
    # subject running on, no name (dev 470)
    pytest.param("Năm nay, chiến dịch hoạt động với 5 chương trình trọng tâm gồm: Tiếp sức mùa thi, Chiến dịch Tình "
                 "nguyện vì cộng đồng, Hoa phượng đỏ; triển khai 9 đội hình.", id="drive-in-a-list"),
    # the youth union's programmes listed after a count are what a campaign is made of (dev 550)
    pytest.param("Chiến dịch có 4 chiến dịch tình nguyện gồm: Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ hồng, Hành quân xanh.",
                 id="youth-programmes-listed-after-a-count"),
    # the yearly tree-planting without a programme head is no programme (dev 777)
    pytest.param("Đoàn viên thanh niên ra quân trồng cây xanh hưởng ứng Tết trồng cây Xuân Giáp Thìn.",
                 id="tree-planting-without-a-head"),
    # standing movements' words without a head, or in lower case, are no movement
    pytest.param("Chị được tặng danh hiệu Giỏi việc nước, đảm việc nhà năm 2023.", id="movement-words-as-a-title"),
    pytest.param("Cần phát huy tinh thần dạy tốt - học tốt trong nhà trường.", id="movement-words-lowercase"),
    # not launched, a year after a movement's words may date something else (dev 017); launched,
    # a year that does not close the clause names nothing
    pytest.param("Đó là những gương sáng trong phong trào thi đua lao động sản xuất ngành GTVT năm 2024.",
                 id="movement-not-launched-year-dates-else"),
    pytest.param("Công ty phát động phong trào thi đua lao động sản xuất năm 2024 với nhiều phần thưởng hấp dẫn.",
                 id="launched-movement-year-not-closing"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_campaigns(text, expected):
    _, _, rows, _ = campaigns(text)
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected):
        assert summary(row, want) == want


@pytest.mark.parametrize("text", NOT_CAMPAIGNS)
def test_not_campaigns(text):
    _, _, rows, mentions = campaigns(text)
    assert rows == [] and mentions == []


def test_one_row_many_mentions_and_the_launching_document():
    text = (
        "Nhân hội nghị tổng kết đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, "
        "Đại hội XIII Công đoàn Việt Nam nhiệm kỳ 2023 - 2028 do Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội "
        "tổ chức mới đây, phóng viên đã trao đổi về kết quả của đợt thi đua này.\n\n"
        "Ngày 28/4/2023, LĐLĐ thành phố Hà Nội đã ban hành kế hoạch số 80/KH-LĐLĐ về việc phát động “" + DHCD
        + "”.\n\nSau 150 ngày phát động (từ ngày 1/5 đến 30/9/2023), đợt thi đua cao điểm đã kịp thời động viên "
        "CNVCLĐ.\n\nCuối cùng, xin cảm ơn các cấp Công đoàn đã góp phần vào đợt thi đua cao điểm chào mừng Đại "
        "hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028."
    )
    doc, ctx, rows, mentions = campaigns(text)
    assert len(rows) == 1
    row = rows[0]
    documents = extract_documents(doc, ctx)
    assert row.document_id == documents[0].document_id and documents[0].number == "80/KH-LĐLĐ"
    assert row.organizer == "LĐLĐ thành phố Hà Nội"  # the plan's issuer outranks `do … tổ chức`
    assert [m.surface for m in mentions] == [
        "đợt thi đua cao điểm chào mừng Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, Đại hội XIII Công "
        "đoàn Việt Nam nhiệm kỳ 2023 - 2028",
        "đợt thi đua này",
        DHCD,
        "đợt thi đua cao điểm",
        "đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028",
    ]
    assert {m.campaign_id for m in mentions} == {row.campaign_id}


def test_phase_rows_share_the_campaign_mentions():
    text = ("LĐLĐ Hà Nội phát động phong trào thi đua năm 2020, chia làm 2 đợt: Đợt 1 từ 1/1/2020 đến "
            "30/6/2020; Đợt 2 từ 1/7/2020 đến 31/12/2020.")
    _, _, rows, mentions = campaigns(text)
    assert [r.phase for r in rows] == [1, 2]
    for row in rows:
        surfaces = [m.surface for m in mentions if m.campaign_id == row.campaign_id]
        assert surfaces[0] == "phong trào thi đua năm 2020" and surfaces[1].startswith(f"Đợt {row.phase} từ")
    assert rows[0].campaign_id != rows[1].campaign_id


def test_document_named_before_the_launch():
    text = "Thực hiện Kế hoạch số 12/KH-LĐLĐ, LĐLĐ quận phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn quận lần thứ VI."
    doc, ctx, rows, _ = campaigns(text)
    assert rows[0].document_id == extract_documents(doc, ctx)[0].document_id
    assert rows[0].organizer == "LĐLĐ quận"


def test_ids_are_stable():
    text = "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã phát động Chương trình “75 nghìn sáng kiến, vượt khó, phát triển”."
    assert campaigns(text)[2][0].campaign_id == campaigns(text)[2][0].campaign_id


def test_gold_of_the_seeds_meets_the_target():
    from pipeline.evaluate import main

    assert main(["--set", "seeds", "--type", "campaigns", "--min-f1", "0.9"]) == 0
