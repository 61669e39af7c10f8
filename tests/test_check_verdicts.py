"""`ldtd check` verdicts over the seeds and the development corpus's dev split: a table of claims.

The database is built here, through the normal pipeline (`run_batch`, with a manifest giving each
dev page its URL and publication date), from corpus/ and the pages of tests/dev whose split is
`dev`, in the batches the claims were written against. Each claim states one figure (or two) the way a reporter might: the corpus's own value,
written with other separators or scale words, rounded, changed, or about something the corpus
never counts though it shares its words, organisations and years.
"""
from __future__ import annotations

import csv
import shutil

import pytest

from pipeline.check import check_claim
from pipeline.evaluate import DEV_DIR, read_sources
from pipeline.runner import run_batch
from tests.conftest import CORPUS, write_manifest

S, D, N = "supported", "differs", "not_found"
# The collection batches of tests/dev the claims below were written against: a later batch may
# state a figure a claim says the corpus lacks (batch 4 counts the delegates of a congress an
# unseen claim was `not_found` for), so it would change what the right verdict is.
CLAIMS_WRITTEN_AGAINST = {"1", "2", "3"}


def build_corpus_db(work, batches) -> "Path":
    """A database of corpus/ and the dev pages of `batches`, built through the normal pipeline."""
    pages = work / "pages"
    shutil.copytree(CORPUS, pages)
    chosen = {}
    for row in read_sources():
        if row["split"] != "dev" or row["batch"] not in batches:
            continue  # the held-aside pages are never read
        target = pages / f"{row['id']}.txt"
        shutil.copy(DEV_DIR / "pages" / f"{row['id']}.txt", target)
        chosen[target] = row
    manifest = write_manifest(work / "manifest.csv", chosen)
    db = work / "verdicts.duckdb"
    run_batch([pages], db, manifest_path=manifest)
    return db


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    return build_corpus_db(tmp_path_factory.mktemp("verdicts"), CLAIMS_WRITTEN_AGAINST)


@pytest.fixture(scope="module")
def corpus_dbs(tmp_path_factory, corpus_db):
    """The database each claim set was written against, by its batches (built once each)."""
    built = {frozenset(CLAIMS_WRITTEN_AGAINST): corpus_db}

    def db_for(batches):
        key = frozenset(batches)
        if key not in built:
            built[key] = build_corpus_db(tmp_path_factory.mktemp("verdicts"), key)
        return built[key]
    return db_for


CLAIMS = [
    # ---- seeds: the contest of skilled workers (363 contestants, 111 prize winners, 564 triệu)
    ("Hội thi thợ giỏi thành phố Hà Nội năm 2023 có 363 thí sinh tham gia", [S]),
    ("Hội thi thợ giỏi năm 2023 có 400 thí sinh", [D]),
    ("Hội thi thợ giỏi năm 2023 có hơn 350 thí sinh", [S]),
    ("Hội thi thợ giỏi năm 2023 có gần 370 thí sinh tham gia", [S]),
    ("Ban Tổ chức khen thưởng 111 thí sinh đạt giải", [S]),
    ("Ban Tổ chức khen thưởng 120 thí sinh đạt giải", [D]),
    # 111 won a prize, 363 took part: a claim whose value is that of a close figure may name it
    # loosely, so it is not contradicted (the close figure is shown as related).
    ("Hội thi thợ giỏi năm 2023 có 111 thí sinh", [N]),
    ("Hội thi năm 2023 có 363 thí sinh đạt giải", [N]),
    ("Tổng số tiền giải của Hội thi thợ giỏi là 564 triệu đồng", [S]),
    ("Tổng số tiền giải của Hội thi thợ giỏi là 0,564 tỷ đồng", [S]),
    ("Tổng số tiền giải của Hội thi thợ giỏi là 600 triệu đồng", [D]),
    ("Thí sinh Hội thi thợ giỏi tranh tài ở 11 nghề thi", [S]),
    ("Hội thi thợ giỏi năm 2023 có 12 nghề thi", [D]),
    # ---- seeds: initiatives, support money, tax revenue, opinions at the dialogue
    ("LĐLĐ thành phố Hà Nội có 14.791 sáng kiến", [S]),
    ("LĐLĐ thành phố Hà Nội có 14791 sáng kiến", [S]),
    ("LĐLĐ thành phố Hà Nội có hơn 14 nghìn sáng kiến", [S]),
    ("LĐLĐ thành phố Hà Nội có gần 15 nghìn sáng kiến", [S]),
    ("LĐLĐ thành phố Hà Nội có 16.791 sáng kiến", [D]),
    ("LĐLĐ thành phố Hà Nội có 14 791 sáng kiến", [S]),            # thousands grouped by a space
    ("LĐLĐ thành phố Hà Nội có hơn 700 sáng kiến", [D]),             # 14.791 is no rounding of it
    # the congress is named in the article's first paragraph after its title (dev 006)
    ("Đại hội Công đoàn Cơ quan LĐLĐ thành phố Hà Nội lần thứ VII có 99 đại biểu chính thức", [S]),
    ("Đại hội Công đoàn Cơ quan LĐLĐ thành phố Hà Nội lần thứ VII có 120 đại biểu chính thức", [D]),
    ("Đại hội Công đoàn Cơ quan LĐLĐ thành phố Hà Nội lần thứ VIII có 99 đại biểu chính thức", [N]),
    # numbers spelled out in words (dev 007: hơn 1.000 công nhân at the launch of Tháng Công nhân 2021)
    ("Hơn một nghìn công nhân các doanh nghiệp trong Khu công nghiệp và chế xuất Hà Nội đã dự lễ phát động "
     "Tháng Công nhân năm 2021", [S]),
    ("Khoảng ba nghìn công nhân các doanh nghiệp trong Khu công nghiệp và chế xuất Hà Nội đã dự lễ phát động "
     "Tháng Công nhân năm 2021", [D]),
    ("Các cấp Công đoàn Thủ đô đã dành 144 tỷ đồng để hỗ trợ đoàn viên", [S]),
    ("Các cấp Công đoàn Thủ đô đã dành 144.000 triệu đồng để hỗ trợ đoàn viên", [S]),
    ("Ngành Thuế thu đạt 1,7 triệu tỷ đồng năm 2024", [S]),
    ("Ngành Thuế thu đạt 1.732.000 tỷ đồng năm 2024", [S]),
    ("Ngành Thuế thu đạt 1,9 triệu tỷ đồng năm 2024", [D]),
    ("Tại Hội nghị đã có 600 ý kiến, kiến nghị bằng văn bản", [S]),
    ("Tại Hội nghị đã có 26 ý kiến, kiến nghị trực tiếp", [S]),
    ("Tại Hội nghị đã có 40 ý kiến, kiến nghị trực tiếp", [D]),
    ("Công đoàn thăm hỏi công nhân lao động có hoàn cảnh khó khăn với tổng số tiền gần 2,9 tỷ đồng", [S]),
    ("Công đoàn thăm hỏi công nhân lao động có hoàn cảnh khó khăn với tổng số tiền 2.900 triệu đồng", [S]),
    ("Công đoàn thăm hỏi công nhân lao động có hoàn cảnh khó khăn với tổng số tiền 3,5 tỷ đồng", [D]),
    ("Công đoàn thăm hỏi, tặng quà cho 30.000 công nhân lao động", [S]),
    ("Công đoàn thăm hỏi, tặng quà cho 35.000 công nhân lao động", [D]),
    ("LĐLĐ Thành phố tôn vinh 10 Chủ tịch Công đoàn cơ sở tiêu biểu khu vực ngoài Nhà nước", [S]),
    # ---- dev pages: awards, works, support, storms, congresses
    ("9 cá nhân tiêu biểu của Hà Nội nhận Giải thưởng Nguyễn Đức Cảnh năm 2023", [S]),
    ("12 cá nhân tiêu biểu của Hà Nội nhận Giải thưởng Nguyễn Đức Cảnh năm 2023", [D]),
    ("LĐLĐ Thành phố lựa chọn 6 công trình tiêu biểu để gắn biển chào mừng Đại hội", [S]),
    ("LĐLĐ Thành phố lựa chọn 8 công trình tiêu biểu để gắn biển chào mừng Đại hội", [D]),
    ("Tổng LĐLĐ Việt Nam hỗ trợ 1 tỷ đồng cho đoàn viên, người lao động Thủ đô bị ảnh hưởng bởi bão lũ", [S]),
    ("Tổng LĐLĐ Việt Nam hỗ trợ 1.000 triệu đồng cho đoàn viên, người lao động Thủ đô bị ảnh hưởng bởi bão lũ", [S]),
    ("Tổng LĐLĐ Việt Nam hỗ trợ 2 tỷ đồng cho đoàn viên, người lao động Thủ đô bị ảnh hưởng bởi bão lũ", [D]),
    ("Bão lũ làm 4.885 hộ dân bị ảnh hưởng", [S]),
    ("Bão lũ làm khoảng 5.000 hộ dân bị ảnh hưởng", [S]),
    ("Bão lũ làm 6.000 hộ dân bị ảnh hưởng", [D]),
    ("Bão lũ làm 22.161 nhân khẩu bị ảnh hưởng", [S]),
    ("Khoảng 200 hộ đoàn viên, người lao động bị ảnh hưởng", [S]),
    ("Lễ tuyên dương 90 Công nhân giỏi Thủ đô năm 2019", [S]),
    ("Lễ tuyên dương 100 Công nhân giỏi Thủ đô năm 2019", [D]),
    ("Đại hội XIII Công đoàn Việt Nam có 1.100 đại biểu đủ tư cách", [S]),
    ("Đại hội bầu 29 nhân sự tham gia Đoàn Chủ tịch", [S]),
    ("Đại hội bầu 31 nhân sự tham gia Đoàn Chủ tịch", [D]),
    ("Đại hội Công đoàn Việt Nam năm 2018 có sự tham dự của 947 đại biểu", [S]),
    ("Đại hội Công đoàn Việt Nam năm 2018 có sự tham dự của 1.000 đại biểu", [D]),
    ("Tổng kinh phí hỗ trợ là 10 tỷ đồng, trong đó LĐLĐ thành phố Hà Nội chi 5 tỷ đồng", [S, S]),
    ("Mức hỗ trợ là 500.000 đồng/người", [S]),
    ("Mức hỗ trợ là 1 triệu đồng/người", [D]),
    ("Ông Nguyễn Đức Chung trúng cử Chủ tịch UBND TP Hà Nội với tỷ lệ 95,18%", [S]),
    ("Ông Nguyễn Đức Chung trúng cử Chủ tịch UBND TP Hà Nội với tỷ lệ 90%", [D]),
    ("109 CNLĐ tham gia Hội thi thợ giỏi công nhân lao động các Khu công nghiệp và chế xuất Hà Nội", [S]),
    ("Cả đợt có 460 đội tiêm cho công nhân các khu công nghiệp", [S]),
    ("Cả đợt có 500 đội tiêm cho công nhân các khu công nghiệp", [D]),
    ("LĐLĐ quận Long Biên nhận được gần 1.500 bộ áo dài", [S]),
    ("LĐLĐ quận Long Biên nhận được 2.000 bộ áo dài", [D]),
    ("Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 35 người", [S]),
    ("Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XIV gồm 40 người", [D]),
    ("Anh có 10 sáng kiến, làm lợi trên 2,3 tỉ đồng", [S, S]),
    ("Anh đã kèm cặp, đào tạo được 189 đồng nghiệp trẻ", [S]),
    ("Anh đã kèm cặp, đào tạo được 200 đồng nghiệp trẻ", [D]),
    ("Liên đoàn Lao động huyện Chương Mỹ trao 35 triệu đồng hỗ trợ xây dựng nhà Mái ấm công đoàn", [S]),
    ("Liên đoàn Lao động huyện Chương Mỹ trao 50 triệu đồng hỗ trợ xây dựng nhà Mái ấm công đoàn", [D]),
    ("Năm 2022 LĐLĐ thành phố Hà Nội tuyên dương 120 Công nhân giỏi Thủ đô", [D]),
    ("Đại hội Công đoàn tỉnh Bình Định bầu 12 đại biểu chính thức dự Đại hội XIII Công đoàn Việt Nam", [D]),
    ("Hà Nội có 4.885 hộ dân bị ảnh hưởng bởi bão lũ", [S]),
    ("Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch", [S]),
    ("Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 5 Phó chủ tịch", [D]),
    # ---- things the corpus never counts, sharing its words, organisations and years
    ("Hà Nội đã bàn giao 3.000 căn nhà ở xã hội cho công nhân trong năm 2023.", [N]),
    ("Hà Nội có 500 con voi", [N]),
    ("Hội thi thợ giỏi năm 2023 có 363 giám khảo", [N]),
    ("Hội thi thợ giỏi năm 2023 có 100 trọng tài", [N]),
    ("Hội thi thợ giỏi năm 2019 có 363 thí sinh", [N]),
    ("LĐLĐ thành phố Hà Nội có 14.791 công nhân", [N]),
    ("LĐLĐ thành phố Hà Nội trao 14.791 suất quà Tết", [N]),
    ("Năm 2023, Hà Nội xây 20 nhà văn hóa cho công nhân", [N]),
    ("Hà Nội có 30 quận, huyện, thị xã", [N]),
    # the 200 delegates are those of the XI congress (dev 132): the XII's are not counted
    ("Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XII có 200 đại biểu chính thức", [N]),
    ("Đại hội Công đoàn ngành Công thương Hà Nội lần thứ XI có 200 đại biểu chính thức", [S]),
    # a term in digits (dev 117 names HĐND TP khóa 15 in its lede, the 105 delegates in its body)
    ("Trong khóa 15, Hà Nội đã bầu đủ 105 đại biểu HĐND TP.", [S]),
    ("Trong khóa 16, Hà Nội đã bầu đủ 105 đại biểu HĐND TP.", [N]),
    # a claim dated by Tết is about its season (dev 161: `tính tới ngày 29/1` 2024, Tết on 10/2)
    ("Dịp Tết Giáp Thìn 2024, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”", [S]),
    ("Dịp Tết Giáp Thìn 2025, các cấp công đoàn đã tổ chức 14.664 chương trình “Tết Sum vầy - Xuân chia sẻ”", [N]),
    # a later clause in the passive says it of the counted too (seed 003: `trên 2.600 công nhân
    # lao động có hoàn cảnh khó khăn, bị tai nạn lao động`)
    ("Trong Tháng Công nhân 2023, LĐLĐ Hà Nội trao trợ cấp cho trên 2.600 công nhân bị tai nạn lao động", [S]),
    # `đại diện cho` says whom they stand for, not which ones are counted (dev 060: `93 đội đại
    # diện cho các Công đoàn cơ sở`); `ở`, like `tại`, says nothing of the occasion
    ("Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” có 93 đội tham gia", [S]),
    ("Hội thi cắm hoa nghệ thuật “Người phụ nữ Việt Nam” có 90 đội tham gia", [D]),
    ("Có 93 đội ở hội thi cắm hoa nghệ thuật", [S]),
    # `gồm` says nothing of what is counted (dev 103: `bầu 74 đồng chí vào Ban Chấp hành khóa XVI`)
    ("Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVI, nhiệm kỳ 2016 - 2020 gồm 74 đồng chí", [S]),
    ("Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023 - 2028 gồm 170 ủy viên", [D]),
    # a name with its place's level (dev 233 writes `Công đoàn ngành Giáo dục Hà Nội`)
    ("Công đoàn ngành Giáo dục TP Hà Nội thăm hỏi, tặng quà 6 nhà giáo mắc bệnh hiểm nghèo", [D]),
    ("Hà Nội có 4.885 hộ nghèo năm 2024", [N]),
    ("Bão lũ làm 4.885 người bị thương", [N]),
    ("LĐLĐ quận Long Biên tặng 1.500 bộ đồng phục", [N]),
    ("Cả đợt có 460 xe cứu thương", [N]),
    ("Đại hội XIII Công đoàn Việt Nam có 1.100 phóng viên", [N]),
    ("Đại hội Công đoàn Việt Nam năm 2018 có 947 khách mời quốc tế", [N]),
    ("Tổng LĐLĐ Việt Nam chi 1 tỷ đồng xây nhà ở xã hội cho công nhân khu công nghiệp", [N]),
    ("Hà Nội thu 2,9 tỷ đồng lợi nhuận từ du lịch", [N]),
    ("Tỷ lệ thất nghiệp của Hà Nội năm 2023 là 95,18%", [N]),
    ("Hội thi thợ giỏi năm 2023 có 564 khán giả", [N]),
    ("Công đoàn Thủ đô có 144 tỷ đồng tiền lãi ngân hàng", [N]),
    ("Có 550 đại biểu tham dự Đại hội Công đoàn thành phố Hà Nội", [N]),  # 550 official delegates
    # counted by the corpus, but of another organisation (10,5 triệu of Vietnam; 159 supported
    # after a storm; 1.052 admitted by the industrial zones' union)
    ("Công đoàn ngành Xây dựng Hà Nội có 2.000 đoàn viên", [N]),
    ("Năm 2023 Công đoàn Hà Nội kết nạp 50.000 đoàn viên", [N]),
    ("LĐLĐ Thành phố xây 6 công trình giao thông năm 2023", [N]),
    # the same union of another province (dev 172: Nghệ An's Công đoàn ngành Xây dựng lost 816)
    ("Từ năm 2018 đến năm 2022, Công đoàn ngành Xây dựng Hà Nội giảm 816 đoàn viên", [N]),
    ("Từ năm 2018 đến năm 2022, Công đoàn ngành Xây dựng tỉnh Nghệ An giảm 816 đoàn viên", [S]),
    ("Từ năm 2018 đến năm 2022, Công đoàn ngành Xây dựng tỉnh Nghệ An giảm 900 đoàn viên", [D]),
    # ... a count another item of the same list gives another union (Giao thông vận tải lost 1.446)
    ("Từ năm 2018 đến năm 2022, Công đoàn ngành Xây dựng tỉnh Nghệ An giảm 1.446 đoàn viên", [D]),
    ("Từ năm 2018 đến năm 2022, Công đoàn ngành Giao thông vận tải tỉnh Nghệ An giảm 1.446 đoàn viên", [S]),
    # ---- dev 112 (a scaffold collapsed): `làm` says what `khiến` says
    ("Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) chiều 8/9/2018 làm 3 người thiệt mạng", [D]),
    ("Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) chiều 8/9/2018 làm 2 người thiệt mạng", [S]),
    # ---- dev 054 (storm Yagi): the union they are members of is who they are, not what is counted
    ("LĐLĐ thành phố Hà Nội đã quyết định hỗ trợ 159 đoàn viên Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do bão", [S]),
    ("LĐLĐ thành phố Hà Nội đã quyết định hỗ trợ 190 đoàn viên Công đoàn ngành Xây dựng Hà Nội bị thiệt hại do bão", [D]),
    # `LĐLĐ Thành phố` is the federation of the city the article names
    ("Tổng số tiền LĐLĐ Thành phố hỗ trợ đoàn viên ngành Xây dựng Hà Nội bị ảnh hưởng bởi bão số 3 là gần 500 triệu đồng", [D]),
    ("Tổng số tiền LĐLĐ Thành phố hỗ trợ đoàn viên ngành Xây dựng Hà Nội bị ảnh hưởng bởi bão số 3 là 352 triệu đồng", [S]),
    # ---- seed 003: the budget of the city's unions for Tết 2023 (`dành nguồn ngân sách trên 144 tỷ đồng`)
    ("Dịp Tết Nguyên đán năm 2023, các cấp Công đoàn Thủ đô đã dành hơn 200 tỷ đồng để hỗ trợ đoàn viên, người lao động", [D]),
    ("Dịp Tết Nguyên đán năm 2023, các cấp Công đoàn Thủ đô đã dành hơn 140 tỷ đồng để hỗ trợ đoàn viên, người lao động", [S]),
    # ---- dev 062 (a kindergarten's staff give to their colleagues on contract): `số tiền` before
    # a sum says it is money, not what is done with it
    ("Phong trào “Trao gửi yêu thương” tại Trường Mầm non Việt Triều Hữu nghị quyên góp được hơn 80 triệu đồng cho đội ngũ hợp đồng", [D]),
    ("Phong trào “Trao gửi yêu thương” tại Trường Mầm non Việt Triều Hữu nghị quyên góp được hơn 50 triệu đồng cho đội ngũ hợp đồng", [S]),
    # ---- dev 107 (the union's Tết market of 2026): `0 đồng` says the gifts are free, no figure to check
    ("LĐLĐ thành phố Hà Nội dự kiến trao hơn 6 nghìn suất quà 0 đồng tại Chợ Tết Công đoàn năm 2026", [S]),
    # ---- dev 124 (the transport sector's union in 2020): `tổng cộng` says "in all", as `tổng`
    ("Năm 2020, đoàn viên, CNVCLĐ ngành Giao thông vận tải Hà Nội ủng hộ các hoạt động xã hội, từ thiện tổng cộng 640 triệu đồng", [S]),
    ("Năm 2020, đoàn viên, CNVCLĐ ngành Giao thông vận tải Hà Nội ủng hộ các hoạt động xã hội, từ thiện tổng cộng 460 triệu đồng", [D]),
    # ---- dev 128 (gifts to the city's sanitation workers): an abbreviation in brackets glosses
    # the name before it, which the article writes alone
    ("Chủ tịch Công đoàn Xây dựng Việt Nam tặng 50 suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng (URENCO) dịp Tết", [D]),
    ("Chủ tịch Công đoàn Xây dựng Việt Nam tặng 30 suất quà cá nhân cho công nhân môi trường Chi nhánh Hai Bà Trưng (URENCO) dịp Tết", [S]),
    # ---- what narrows a counted noun said later in the corpus's clause: dev 067 (`147 suất quà
    # gồm các nhu yếu phẩm`) and dev 156 (`số người chết vì tai nạn lao động 353 người`)
    ("Ở sân Trường Tiểu học Ba Đình, LĐLĐ quận Ba Đình trao 300 suất quà nhu yếu phẩm", [D]),
    ("Ở sân Trường Tiểu học Ba Đình, LĐLĐ quận Ba Đình trao 147 suất quà nhu yếu phẩm", [S]),
    ("6 tháng đầu năm 2023, toàn quốc có 500 người chết vì tai nạn lao động", [D]),
    ("6 tháng đầu năm 2023, toàn quốc có 353 người chết vì tai nạn lao động", [S]),
    # ... but a name inside what the claim counts must be written there (dev 098: `31 đơn vị có
    # vốn đầu tư của Hàn Quốc và Nhật Bản`)
    ("Tại phiên giao dịch việc làm có 31 đơn vị vốn đầu tư Singapore có nhu cầu tuyển dụng", [N]),
    ("Tại phiên giao dịch việc làm có 40 đơn vị vốn đầu tư Singapore có nhu cầu tuyển dụng", [N]),
    # ---- counts the corpus spells out (`khiến hai công nhân thiệt mạng`, dev 111; `hỗ trợ hai
    # giáo viên`, dev 091): stored flagged `spelled`, read as the claim's are
    ("Vụ tai nạn lao động ngày 15/4/2024 tại khách sạn Le Parfum Hanoi khiến 2 công nhân thiệt mạng", [S]),
    ("Vụ tai nạn lao động ngày 15/4/2024 tại khách sạn Le Parfum Hanoi khiến 5 công nhân thiệt mạng", [D]),
    ("Ngày 17/8, Công đoàn ngành Giáo dục Hà Nội đã tới thăm và tặng quà hỗ trợ 6 giáo viên bị bệnh hiểm nghèo", [D]),
]


def test_the_table_is_large_and_mixed():
    verdicts = [v for _, vs in CLAIMS for v in vs]
    assert len(CLAIMS) >= 80
    assert min(verdicts.count(v) for v in (S, D, N)) >= 20


# claim -> the verdict and the sentence the best evidence is stated in (dev pages of batch 1)
EVIDENCE = [
    # The body is named apart from its organisation (`Đoàn Chủ tịch gồm 22 Ủy viên` in an article
    # about the congress of Tổng LĐLĐ Việt Nam), the congress by its numeral; of two counts of
    # members of one paragraph, the one of the body the claim names (dev 101).
    ("Đoàn Chủ tịch Tổng LĐLĐ Việt Nam khóa XII do Đại hội XII bầu ra gồm 27 ủy viên.", D,
     "Đoàn Chủ tịch gồm 22 Ủy viên."),
    ("Đoàn Chủ tịch Tổng LĐLĐ Việt Nam khóa XII do Đại hội XII bầu ra gồm 22 ủy viên.", S,
     "Đoàn Chủ tịch gồm 22 Ủy viên."),
]


# claims about pages of later batches, against the database of batches 1-8
ALL_BATCHES = {"1", "2", "3", "4", "5", "6", "7", "8"}
LATER_CLAIMS = [
    # ---- the union's Tết markets: 72 stalls in 2023 (dev 262), 124 in 2024 (310), about 70 in
    # 2026 (276, 280). A year written alone in a name (`Xuân 2025`) is the claim's period: no
    # market of another year answers it.
    ("Chợ Tết Công đoàn - Xuân 2025 của LĐLĐ thành phố Hà Nội có 80 gian hàng", [N]),
    ("Chợ Tết Công đoàn - Xuân 2026 của LĐLĐ thành phố Hà Nội có 150 gian hàng", [D]),
    # ---- `số lao động có quyết định hưởng là 6.396 người` (dev 295, written `TTDVVL Hà Nội`):
    # a statistic counted in people counts the phrase stated before it, and people
    ("Nửa đầu tháng 6/2020, Trung tâm Dịch vụ việc làm Hà Nội có 6.396 lao động có quyết định hưởng trợ cấp "
     "thất nghiệp.", [S]),
    ("Nửa đầu tháng 6/2020, Trung tâm Dịch vụ việc làm Hà Nội có 8.396 lao động có quyết định hưởng trợ cấp "
     "thất nghiệp.", [D]),
    ("Nửa đầu tháng 6/2020, Trung tâm Dịch vụ việc làm Hà Nội có 6.396 người có quyết định hưởng trợ cấp "
     "thất nghiệp.", [S]),
    # ---- `tham dự Đại hội có 545/550 đại biểu chính thức` (dev 307): a count claimed of either of
    # a ratio's numbers is supported; a value neither of them contradicts both, those present and
    # those called (until session 37 no contradiction: blind claim sets gained two `differs` from it)
    ("Có 545 đại biểu chính thức tham dự Đại hội Công đoàn thành phố Hà Nội lần thứ XVII ngày 16/10/2023.", [S]),
    ("Đại hội Công đoàn thành phố Hà Nội lần thứ XVII có 550 đại biểu chính thức.", [S]),
    ("Đại hội Công đoàn thành phố Hà Nội lần thứ XVII có 560 đại biểu chính thức.", [D]),
    # ... but not where the claim names a body its sentence does not (`3.746/4.341 hộ đã khởi công`
    # of the city's housing aid; the Quỹ “Đền ơn đáp nghĩa” raised money, dev 152)
    ("Năm 2018, Quỹ Đền ơn đáp nghĩa của Hà Nội đã hỗ trợ xây, sửa nhà cho 3.746 hộ.", [N]),
    # ---- `tại 126 đơn vị cấp xã của thành phố Hà Nội` (dev 206): `hành chính` said or not
    ("Chiến dịch làm giàu, làm sạch dữ liệu đất đai sẽ hoàn thiện cơ sở dữ liệu đất đai tại toàn bộ 126 đơn vị hành "
     "chính cấp xã của Hà Nội.", [S]),
    ("Chiến dịch làm giàu, làm sạch dữ liệu đất đai sẽ hoàn thiện cơ sở dữ liệu đất đai tại toàn bộ 162 đơn vị hành "
     "chính cấp xã của Hà Nội.", [D]),
    # ---- `đã hỗ trợ 20 nhà Mái ấm công đoàn` (dev 131): a house counted by its classifier
    ("Từ năm 2015 đến nay, LĐLĐ thành phố Hà Nội đã hỗ trợ 35 căn “Mái ấm Công đoàn” cho công nhân Công ty TNHH "
     "MTV Môi trường đô thị Hà Nội.", [D]),
    ("Từ năm 2015 đến nay, LĐLĐ thành phố Hà Nội đã hỗ trợ 20 căn “Mái ấm Công đoàn” cho công nhân Công ty TNHH "
     "MTV Môi trường đô thị Hà Nội.", [S]),
    # ---- `1 trong 3 đơn vị xuất sắc được Tổng LĐLĐ Việt Nam đề nghị tặng Cờ thi đua của Chính phủ`
    # (dev 074): a claim of the same count may leave its praise out
    ("Năm 2022, LĐLĐ thành phố Hà Nội nằm trong ba đơn vị được Tổng LĐLĐ Việt Nam đề nghị tặng Cờ thi đua của "
     "Chính phủ.", [S]),
]


# Claims about the dev pages of batches 9-22 (check_unseen23's pages, session 22).
LATEST_BATCHES = {str(b) for b in range(1, 23)}
LATEST_CLAIMS = [
    # ---- Party badges by their years (dev 803, 804, 929): the years name a class of the đảng viên
    # counted, no claim of their own; a count of another class is not the claim's
    ("Đợt 19/5, Đảng bộ quận Hà Đông có 12 đảng viên nhận Huy hiệu 65 năm tuổi Đảng.", [N]),
    ("Đợt 7/11/2023, Thành ủy Hà Nội trao tặng Huy hiệu 75 năm tuổi Đảng cho 6 đảng viên thuộc Đảng bộ quận Hai "
     "Bà Trưng.", [S]),
    ("Đợt 7/11/2023, Thành ủy Hà Nội trao tặng Huy hiệu 70 năm tuổi Đảng cho 1 đảng viên thuộc Đảng bộ quận Hai "
     "Bà Trưng.", [S]),
    # ... and `dịp 2/9` dates the count (not the article's publication a week before)
    ("Dịp 2/9/2020, Đảng bộ phường Bạch Hạc có bảy đảng viên được trao Huy hiệu từ 30 đến 60 năm tuổi Đảng.", [S]),
    ("Dịp 2/9/2020, Đảng bộ phường Bạch Hạc có 9 đảng viên được trao Huy hiệu từ 30 đến 60 năm tuổi Đảng.", [D]),
    # ---- a length of time beside another figure says when that one was counted (dev 718, 621)
    ("Sau 10 năm thực hiện Nghị quyết 28 của Thành ủy, Hải Phòng đã thành lập 1146 tổ chức công đoàn.", [S]),
    ("10 năm thực hiện Nghị quyết 28 của Thành ủy Hải Phòng, các cấp ủy đã kết nạp hơn 3.000 đảng viên.", [D]),
    ("Qua 5 năm, Hội LHPN huyện Vạn Ninh đã kết nạp mới hơn 18.000 hội viên.", [D]),
    # ... and so does an anniversary (dev 083)
    ("Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam, tổ chức công đoàn có khoảng 10,5 triệu đoàn viên.", [S]),
    ("Nhân kỷ niệm 90 năm thành lập Công đoàn Việt Nam, tổ chức công đoàn có khoảng 12 triệu đoàn viên.", [D]),
    # ... but alone it is the claim
    ("Nghị quyết 28 của Thành ủy Hải Phòng đã được thực hiện trong 10 năm.", [S]),
    # ---- a money noun narrowing the count said by a sum of money (dev 458)
    ("Tại chương trình Tết Sum vầy ở Khu công nghiệp Lương Sơn (khu vực Hòa Bình), 576 đoàn viên, người lao động "
     "được hỗ trợ tiền Tết chuyển thẳng vào tài khoản.", [S]),
    # ---- a sum given to the person a claim names is not answered by the same sum given to another (dev 455)
    ("Quỹ Mái ấm công đoàn đã hỗ trợ 50 triệu đồng để xây ngôi nhà cho chị Lê Thị Anh Lam ở xã Hòa Sơn, huyện "
     "Ninh Sơn.", [D]),
    ("LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng “Mái ấm công đoàn” cho bà Trần Thị Anh.", [S]),
    # ... and so is one named after what the person is, when a family name follows (dev 049, unseen24)
    ("LĐLĐ tỉnh đã hỗ trợ 50 triệu đồng xây dựng Mái ấm công đoàn cho đoàn viên Lê Kim Lớn.", [N]),
    ("LĐLĐ huyện Sóc Sơn hỗ trợ đoàn viên Nguyễn Thị Giản Hải 40 triệu đồng để xây dựng Mái ấm Công đoàn.", [S]),
    # ---- the name of an event written with words inside it (`Tết Nguyên đán Bính Ngọ`, `Đại hội đại biểu
    # toàn quốc lần thứ XIV`, dev 319)
    ("Trong đợt cao điểm bảo vệ Đại hội XIV của Đảng và Tết Bính Ngọ, Công an TP Hà Nội giao các đơn vị 12 nhóm "
     "chỉ tiêu cụ thể.", [D]),
    ("Trong đợt cao điểm bảo vệ Đại hội XIV của Đảng và Tết Bính Ngọ, Công an TP Hà Nội giao các đơn vị 10 nhóm "
     "chỉ tiêu cụ thể.", [S]),
    # ---- a figure set off by a comma: the clause before says what it measures (dev 116)
    ("Ông Nguyễn Đức Chung trúng cử đại biểu HĐND TP Hà Nội với tỷ lệ phiếu bầu cao nhất, 95,18%.", [S]),
    ("Ông Nguyễn Đức Chung trúng cử đại biểu HĐND TP Hà Nội với tỷ lệ phiếu bầu cao nhất, 96%.", [D]),
    ("Tổng nguồn lực vận động hỗ trợ Chiến dịch Thanh niên tình nguyện hè 2022 tại lễ ra quân ở huyện Bá Thước, "
     "Thanh Hóa là 40 tỉ đồng.", [D]),
    # ---- what the counted are for (`chào mừng ngày 8/3`) does not narrow them (dev 544)
    ("Hội phụ nữ các cấp quận Hà Đông gắn biển 25 công trình chào mừng ngày Quốc tế Phụ nữ 8/3/2022.", [S]),
    ("Hội phụ nữ các cấp quận Hà Đông gắn biển 30 công trình chào mừng ngày Quốc tế Phụ nữ 8/3/2022.", [D]),
    # ---- a thing named whole once (`phiếu mua hàng`), then by its noun alone (`phát 15.185 phiếu`, dev 543)
    ("Chợ Tết lưu động tại KCN Điện Nam - Điện Ngọc của LĐLĐ Đà Nẵng phát 15.185 phiếu mua hàng.", [S]),
    ("Chợ Tết Công đoàn lưu động tại KCN Điện Nam - Điện Ngọc phát 20.000 phiếu mua hàng.", [D]),
    # ---- a company named without its legal form and trade (`Công ty TNHH May mặc Triple Việt Nam`),
    # its place in brackets before the figure (dev 686)
    ("Tổng trị giá giải thưởng quay số may mắn tại chương trình của Công ty Triple Việt Nam (Củ Chi) là hơn "
     "253 triệu đồng.", [S]),
    ("Tổng trị giá giải thưởng quay số may mắn tại chương trình của Công ty Triple Việt Nam (Củ Chi) là hơn "
     "350 triệu đồng.", [D]),
    # ---- the count of editions or years a sentence claims alone (`lần thứ 23`, `năm thứ 15`, dev 148);
    # beside another figure an ordinal numbers that figure's occasion and is no claim
    ("Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ của tỉnh Tiền Giang năm 2023 là lần thứ 23.", [S]),
    ("Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ của tỉnh Tiền Giang năm 2023 là lần thứ 25.", [D]),
    ("Hội thi An toàn vệ sinh lao động, phòng chống cháy nổ lần thứ 23 của tỉnh Tiền Giang có 300 thí sinh.", [N]),
    # ... but another company's prizes are not theirs
    ("Tổng trị giá giải thưởng quay số may mắn tại chương trình của Công ty May 10 (Gia Lâm) là hơn "
     "350 triệu đồng.", [N]),
]


NEWEST_BATCHES = {str(b) for b in range(1, 31)}
NEWEST_CLAIMS = [
    # ---- a purpose said after the counted (`phục vụ công nhân`) narrows nothing; nor does an
    # aside after a list (`…, đặc biệt là khu vực …`) count with it (dev 1146)
    ("Chợ Tết Công đoàn tỉnh Tây Ninh năm 2025 quy tụ hơn 60 gian hàng nhu yếu phẩm, hàng tiêu dùng phục vụ công nhân.",
     [D]),
    ("Năm 2025, Chợ Tết Công đoàn tỉnh Tây Ninh quy tụ hơn 40 gian hàng nhu yếu phẩm, hàng tiêu dùng phục vụ công "
     "nhân.", [S]),
    # ---- abbreviations written out: `Hội LHPN` (dev 1107), `VĐV` (dev 1190, whose group number
    # `số 8` before its year is no duration)
    ("Nhân dịp 8/3/2023, Hội LHPN thành phố Hà Nội phát động đợt thi đua cao điểm 120 ngày hướng tới kỷ niệm Ngày "
     "Bác Hồ ra Lời kêu gọi thi đua ái quốc.", [D]),
    ("Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút hơn 120 lượt vận động viên.", [S]),
    ("Hội thao Công đoàn Ngân hàng Việt Nam cụm thi đua số 8 năm 2019 thu hút 200 lượt vận động viên.", [D]),
    # ---- a person named after an honorific that opens the sentence (`Bà …`) is whom the share of
    # votes is about: another person's `100% đại biểu có mặt tán thành` is no evidence (unseen33)
    ("Bà Nguyễn Thị Lan được bầu giữ chức Chủ tịch HĐND thành phố Hà Nội với 100% đại biểu có mặt tán thành.", [N]),
    ("Bà Phùng Thị Hồng Hà được bầu giữ chức Chủ tịch HĐND thành phố Hà Nội với 100% đại biểu có mặt tán thành.",
     [S]),
    # ---- `tỷ lệ` says nothing of what a percentage measures (`với tỷ lệ phiếu gần 98%` ~ `với số
    # phiếu 92/94 (chiếm 97,87%)`, dev 352)
    ("Ông Chu Ngọc Anh tiếp tục được bầu làm Chủ tịch UBND thành phố Hà Nội nhiệm kỳ 2021 - 2026 với tỷ lệ phiếu "
     "gần 98%.", [S]),
    # ---- members counted as a body's size are the body's (`ra mắt Ban Chấp hành … khoá XIII gồm 155
    # đại biểu`, dev 720): not the congress's delegates (unseen34)
    ("Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII năm 2022 có 900 đại biểu về dự.", [N]),
    ("Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa XIII ra mắt Đại hội gồm 160 đại biểu.", [D]),
    # ---- a district or commune the claim names is where its figure is: another commune's gifts
    # are no evidence (unseen34)
    ("Tại huyện Phú Tân, ban tổ chức đã trao 300 suất quà, với tổng giá trị 240 triệu đồng cho các hộ nghèo.",
     [N, N]),
    ("Tại xã Chân Mây - Lăng Cô, ban tổ chức đã trao 300 suất quà, với tổng giá trị 300 triệu đồng cho các hộ "
     "nghèo.", [S, D]),
    # ---- a vote `tán thành` is one `đồng ý` (dev 1104)
    ("Ông Hoàng Quốc Khánh được bầu giữ chức Chủ tịch UBND tỉnh Sơn La khóa XIV với 67/67 đại biểu có mặt tán "
     "thành.", [S]),
    # ---- a province ends the name of its body before the name of a person (`LĐLĐ TP HCM Phạm Trọng
    # Nhân`), whom the corpus may name apart (`ông Phạm Trọng Nhân, Phó Chủ tịch LĐLĐ TP HCM`, dev 1050)
    ("Phó Chủ tịch LĐLĐ TP HCM Phạm Trọng Nhân đã trao quyết định cho 12 Công đoàn phường thuộc khu vực TP Dĩ An, "
     "TP Thuận An.", [D]),
    # ---- a company the claim names is where its figure is: another blood drive's units are no
    # evidence (unseen36)
    ("Chương trình hiến máu nhân đạo tại Công ty TNHH Sakurai Việt Nam thu được khoảng 400 đơn vị máu.", [N]),
    # ---- an article stored without a title, whose first paragraph is as short as one: its lede is
    # the paragraph after it too, which names the congress (dev 712)
    ("Theo báo cáo tại Đại hội MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, MTTQ các cấp thành phố đã thực hiện "
     "hiệu quả 8 chương trình hành động.", [D]),
    ("Theo báo cáo tại Đại hội MTTQ Việt Nam thành phố Hà Nội lần thứ XVIII, MTTQ các cấp thành phố đã thực hiện "
     "hiệu quả 6 chương trình hành động.", [S]),
    # ---- `trực thuộc` is `thuộc` (`10 Công đoàn cơ sở thành viên trực thuộc`, dev 969)
    ("Từ ngày 24-25/3, 12 công đoàn cơ sở thành viên thuộc Công đoàn Sở Nông nghiệp và Phát triển nông thôn đã tổ "
     "chức Đại hội nhiệm kỳ 2023 - 2028.", [D]),
    # ---- a body's size is counted in any word for its members (`bầu 21 đồng chí vào Ban Chấp hành
    # Công đoàn ngành Xây dựng Hà Nội`, dev 239; `Ban chấp hành … gồm 38 vị`, dev 743), where the
    # corpus names the claim's organisation: not another province's `Ban Chấp hành … gồm 35 người`
    ("Đại hội Công đoàn ngành Xây dựng Hà Nội khóa XIV đã nhất trí bầu 25 người vào Ban Chấp hành.", [D]),
    ("Đại hội Công đoàn tỉnh Khánh Hòa khóa X đã bầu Ban Chấp hành gồm 38 người.", [S]),
    ("Đại hội Công đoàn Y tế Việt Nam lần thứ XIV đã bầu Ban Chấp hành nhiệm kỳ 2023-2028 gồm 35 ủy viên.", [N]),
    # ---- what the counted did (`26.581 đội hình thực hiện tốt Chương trình …`, dev 1011) narrows
    # nothing; `NHCSXH` written out (dev 1193)
    ("Chiến dịch thanh niên tình nguyện hè 2017 đã huy động 30.000 đội hình.", [D]),
    ("Khoảng 430 vận động viên đã tranh tài tại Hội thao Ngân hàng Chính sách xã hội năm 2023.", [S]),
    # ---- a delegation's size is the delegation's (`đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7
    # đại biểu chính thức`, dev 809), not the congress's delegates
    ("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh quận Kiến An lần thứ VI có 7 đại biểu chính thức tham dự.", [N]),
    ("Đại hội Đoàn quận Kiến An lần thứ VI đã bầu đoàn đại biểu đi dự Đại hội Đoàn thành phố gồm 7 đại biểu chính "
     "thức.", [S]),
    # ---- a list named by its first two items may leave out a last noun (`gần 400 đoàn viên, thanh
    # niên, sinh viên tiêu biểu`, dev 469)
    ("Khoảng 400 đoàn viên, thanh niên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè "
     "2023 tại Trường Đại học Ngoại thương.", [S]),
    ("Hơn 600 đoàn viên, thanh niên tiêu biểu của Thủ đô đã dự lễ ra quân Chiến dịch Thanh niên tình nguyện hè 2023 "
     "tại Trường Đại học Ngoại thương.", [D]),
    # ---- ... and an inner item said in part (dev 1163: `226 cán bộ, đoàn viên Công đoàn, người lao động`)
    ("Tại Ngày hội hiến máu tình nguyện đợt 4 năm 2024 của Liên đoàn Lao động TP Thủ Đức, hơn 220 cán bộ, đoàn "
     "viên, người lao động đã đăng ký hiến máu.", [S]),
    # ---- a person named after a province (`LĐLĐ TP Cần Thơ Lê Thị Sương Mai`) is a name of its own
    # (dev 749: `bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, trao 130 phần quà`)
    ("Chủ tịch LĐLĐ TP Cần Thơ Lê Thị Sương Mai trao 150 phần quà cho đoàn viên, người lao động trực giao thừa.", [D]),
    # ---- an industrial park is named where the corpus states the figure (dev 1223: `Khu công
    # nghiệp Đông Xuyên`); another park's gifts are no evidence
    ("Tại Khu công nghiệp Đông Xuyên, ban tổ chức trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.", [S]),
    ("Tại Khu công nghiệp Long Hậu, ban tổ chức trao 100 suất quà cho công nhân có hoàn cảnh khó khăn.", [N]),
    # ---- two periods of several years that share only their boundary year are two (dev 1065 counts
    # `giai đoạn 2015 - 2020`)
    ("Trong giai đoạn 2020 - 2025, 20 công đoàn cơ sở trong ngành Xây dựng Hà Nội được tặng cờ thi đua xuất sắc.",
     [N]),
    ("Trong giai đoạn 2015 - 2020, 20 công đoàn cơ sở trong ngành Xây dựng Hà Nội được tặng cờ thi đua xuất sắc.",
     [S]),
    # ---- an anniversary a drive greets (`chào mừng`, `kỷ niệm`) is its occasion, not a claim, even
    # beside another length of time (dev 256: `đợt thi đua cao điểm 90 ngày chào mừng kỷ niệm 90 năm …`)
    ("Năm 2019, Công đoàn ngành Giáo dục Hà Nội phát động đợt thi đua cao điểm 45 ngày chào mừng kỷ niệm 90 năm "
     "thành lập Công đoàn Việt Nam.", [D]),
    ("Liên đoàn Lao động quận Long Biên đã khen thưởng 35 tập thể trong đợt thi đua chào mừng 20 năm thành lập "
     "LĐLĐ quận.", [N]),
    # ---- a figure searched by its sentence's words: those sharing more of them first, as a common
    # word (`ngày`, `lần`) finds hundreds (read set 40: `ít nhất một ngày lương`, dev 331)
    ("Trong Tháng cao điểm “Vì người nghèo” năm 2023, LĐLĐ thành phố Hà Nội đề nghị mỗi cán bộ, công nhân viên "
     "chức, lao động ủng hộ ít nhất ba ngày lương.", [D]),
    # ---- an edition the corpus numbers in Roman numerals (`Giải thưởng Nguyễn Văn Linh lần thứ III -
    # năm 2022`, dev 291) answers a claim of its number in digits or words
    ("Tổng LĐLĐ Việt Nam gặp mặt đại biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ 4 năm 2022.", [D]),
    ("Tổng LĐLĐ Việt Nam gặp mặt đại biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ tư năm 2022.", [D]),
    ("Tổng LĐLĐ Việt Nam gặp mặt đại biểu nhận Giải thưởng Nguyễn Văn Linh lần thứ 3 năm 2022.", [S]),
    # ---- a meeting's number, written `kỳ họp thứ 9` or `họp kỳ thứ 7` (dev 037)
    ("Chiều 8/6, Ban Chấp hành LĐLĐ Thành phố Hà Nội khóa XVI họp kỳ thứ 6 để bầu bổ sung Chủ tịch.", [D]),
    # ---- an LĐTĐ page that names no province is about Hà Nội (dev 300: `LĐLĐ Thành phố khóa XVI, kỳ
    # họp lần thứ 5`)
    ("Hội nghị Ban Chấp hành LĐLĐ thành phố Hà Nội khóa XVI kỳ họp thứ 4 (mở rộng) diễn ra tại Cung Văn hóa Lao "
     "động Hữu nghị Việt Xô.", [D]),
    # ---- a term of office is a mandate of its own: the congresses of `nhiệm kỳ 2023 - 2028` are no
    # evidence about those of 2025 - 2030 (read set 45, dev 095)
    ("Khoảng 5.000 công đoàn cơ sở ở Hà Nội sẽ tổ chức đại hội nhiệm kỳ 2025 - 2030.", [N]),
    ("Hơn 8.000 công đoàn cơ sở ở Hà Nội đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028.", [S]),
    # ---- an age bound says whom a count is of, not a claim (dev 493)
    ("Lực lượng lao động từ 15 tuổi trở lên của cả nước trong quý II/2022 khoảng 51,6 triệu người.", [S]),
    # ---- one word of `trao tặng` says the whole (dev 934: `9 đảng viên được trao tặng Huy hiệu Đảng`, check.toml
    # `same_verbs`)
    ("Dịp kỷ niệm 96 năm thành lập Đảng, Đảng bộ phường Tân Phú có 12 đảng viên được trao Huy hiệu Đảng.", [D]),
    ("Đảng bộ phường Tân Phú có 9 đảng viên được tặng Huy hiệu Đảng dịp kỷ niệm 96 năm thành lập Đảng.", [S]),
    # ---- a lunar year's name dates a claim (`quà Tết Tân Sửu`: 2021), so another year's gifts (another
    # page's 40 suất quà) are no evidence (read set 50, dev 335); in a counted phrase it is a date,
    # not a name the corpus must write (`suất quà Tết Bính Ngọ`, dev 681)
    ("Trong số quà Tết Tân Sửu LĐLĐ huyện Ứng Hòa trao, 40 suất được hỗ trợ từ kinh phí của LĐLĐ thành phố.", [D]),
    ("Hội Chữ thập đỏ Gia Lai trao 120 suất quà Tết Bính Ngọ cho người dân xã Canh Vinh.", [D]),
    # ---- who receives and who gives say one thing done (dev 802: `190 đảng viên được trao tặng huy hiệu Đảng`)
    ("Trong đợt trao Huy hiệu Đảng dịp 19/5, quận Hoàn Kiếm có 230 đảng viên được nhận huy hiệu Đảng.", [D]),
    # ... said anywhere in the corpus figure's clause (dev 043: `9 cá nhân tiêu biểu của Hà Nội vinh dự nhận Giải
    # thưởng Nguyễn Đức Cảnh lần IV`)
    ("Hà Nội có 11 cá nhân tiêu biểu được trao Giải thưởng Nguyễn Đức Cảnh lần thứ IV năm 2023.", [D]),
    # ---- praise of all that is counted picks none out (dev 1210: `250 đại biểu ưu tú đại diện cho …`)
    ("Có 280 đại biểu dự Đại hội Công đoàn Y tế Việt Nam lần thứ XIV, nhiệm kỳ 2023-2028, trong 2 ngày 19 và "
     "20/7/2023.", [D]),
    # ---- what the counted become (`làm`, `trở thành`) opens what they are, as `là` does (dev 622: `bầu 18 vị là
    # Ủy viên`; dev 1013: `đăng ký trở thành chiến sĩ`, of the city `TP.HCM`: `HCM` is an abbreviation)
    ("Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 6, khóa X hiệp thương bầu 18 vị làm Ủy viên Ủy ban Trung "
     "ương MTTQ Việt Nam.", [S]),
    ("Sau hơn 1 tuần triển khai, gần 80.000 đoàn viên, thanh niên, học sinh, sinh viên TP.HCM đã đăng ký làm chiến "
     "sĩ Chiến dịch Xuân tình nguyện 2026.", [D]),
    # ---- a grassroots union, its level said or not (dev 671: `1.009 công đoàn cấp cơ sở`)
    ("Trước Đại hội VII Công đoàn Ngân hàng Việt Nam, đại hội đã diễn ra ở 1.100 công đoàn cơ sở trong ngành.", [D]),
    # ---- `Cty` and `PTCS` are abbreviations (dev 106: `Cty Thuốc lá Thăng Long`; dev 138: `Trường Phổ thông
    # cơ sở Nguyễn Đình Chiểu`)
    ("Anh Bàng Trúc Lâm, kỹ thuật viên Công ty Thuốc lá Thăng Long, có 12 sáng kiến.", [D]),
    ("Thầy Ngô Văn Hiếu, giáo viên Trường PTCS Nguyễn Đình Chiểu, có 4 con nhỏ.", [D]),
    # ---- a lede is no line of page furniture the crawl kept (dev 404: `Sức khỏe - đời sống`, a byline, `aa`
    # before `Sáng ngày 28-4, tại Tượng Đài Vua Lý Thái Tổ …`)
    ("Gần 1.500 hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự lễ phát động Tháng Nhân đạo 2018 tại tượng "
     "đài Lý Thái Tổ.", [D]),
    ("Gần một nghìn hội viên, tình nguyện viên Chữ thập đỏ Thủ đô tham dự lễ phát động Tháng Nhân đạo 2018 tại "
     "tượng đài Lý Thái Tổ.", [S]),
    # ---- after `mười`, five is `lăm`: `mười năm` is ten years (dev 138: `hơn 10 năm phụ trách khu ký túc xá`)
    ("Đã hơn mười năm thầy Phạm Đình Thắng phụ trách khu ký túc xá Trường Phổ thông cơ sở Nguyễn Đình Chiểu.", [S]),
    # ---- a year a figure's own sentence compares with is no period of its article's (dev 548, hè 2022:
    # `444 tỉ đồng (tăng 61,96% so với năm 2021)`; the first week's `hơn 54 tỉ đồng` of another page is another total)
    ("Tổng kinh phí các công trình thanh niên của Chiến dịch Thanh niên tình nguyện hè 2022 là 444 tỉ đồng.", [S]),
    # ---- a bracket after the counted glosses them: what is said of them follows it (dev 387: `1.300 doanh
    # nghiệp (tại 50 tỉnh, thành phố) gặp khó khăn dẫn đến bị cắt, giảm đơn hàng`)
    ("Khoảng 1.300 doanh nghiệp bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.", [S]),
    ("Có 2.000 doanh nghiệp bị cắt, giảm đơn hàng nên phải giảm giờ làm của người lao động.", [D]),
    # ---- `năm` before `đơn vị` is five (dev 074: `công nhận 3 đơn vị xuất sắc dẫn đầu các cụm thi đua`)
    ("Đoàn Chủ tịch Tổng LĐLĐ Việt Nam công nhận năm đơn vị xuất sắc dẫn đầu các cụm thi đua năm 2022 để đề nghị "
     "tặng Cờ thi đua của Chính phủ.", [D]),
    # ---- the dead of an accident, `tử vong` or `thiệt mạng` (dev 112: `đã khiến 2 người thiệt mạng`)
    ("Vụ sập giàn giáo khi xây nhà tại xã Hồng Hà (huyện Đan Phượng, Hà Nội) chiều 8/9/2018 đã làm 3 người tử vong.",
     [D]),
    # ---- a dot alone under the timestamp is no headline, so the lede is the article's first paragraph (dev
    # 456, whose lede names the commune `Đông Hòa`)
    ("Mỗi căn Mái ấm Công đoàn trao cho đoàn viên xã Đông Hòa (huyện Châu Thành) được Quỹ “Mái ấm Công đoàn” hỗ "
     "trợ 30 triệu đồng.", [S]),
    # ---- a body's size in people, the claim adding its city, which the corpus writes elsewhere in the article (dev
    # 963: `chỉ định Ban Chấp hành Công đoàn phường Thuận Giao gồm 15 đồng chí`)
    ("Công đoàn phường Thuận Giao (TPHCM) có Ban Chấp hành nhiệm kỳ 2025 - 2030 gồm 15 người do Đại hội công bố "
     "quyết định chỉ định.", [S]),
    # ---- all of them (`24/24 chỉ tiêu Nghị quyết … đều đạt và vượt`, dev 765) is one count, which another value
    # contradicts
    ("Năm 2020, LĐLĐ tỉnh Gia Lai có 22 chỉ tiêu Nghị quyết đạt và vượt.", [D]),
    # ---- the country ends an organisation's name before a person's (dev 744: `Ngọ Duy Hiểu - Phó Chủ tịch Tổng
    # Liên đoàn Lao động Việt Nam … trao 97 suất quà Tết`); a company's legal form may be written otherwise. (The
    # 97 went to the company and to the Bệnh viện Đa khoa tỉnh Phú Thọ: a claim names both, for it is no count of
    # either alone, read set 131 and test_check.py.)
    ("Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu đã trao 120 suất quà Tết cho đoàn viên, người lao "
     "động khó khăn tại Công ty cổ phần Môi trường Dịch vụ đô thị Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.", [D]),
    ("Đồng chí Ngọ Duy Hiểu trao 120 suất quà Tết cho đoàn viên, người lao động khó khăn tại Công ty CP Môi trường "
     "Dịch vụ đô thị Vĩnh Yên và Bệnh viện Đa khoa tỉnh Phú Thọ.", [D]),
    # ---- `Việt Nam đồng` names nothing, so the lede may say what the figure is about; whom a gift is for
    # (`ủng hộ`) does not narrow it; `MN` is `mầm non` (dev 1262: `75 thùng mì trị giá 9 triệu Việt Nam đồng`)
    ("Công đoàn trường mầm non Dương Xá đã góp 75 thùng mì ủng hộ nhân dân vùng lũ huyện Gia Lâm.", [S]),
    ("Công đoàn viên trường mầm non Dương Xá góp 75 thùng mì cho nhân dân vùng lũ huyện Gia Lâm.", [S]),
    ("Công đoàn trường MN Dương Xá góp 75 thùng mì cho nhân dân vùng lũ huyện Gia Lâm.", [S]),
    # ---- another programme, which the corpus names in quotes after the same head (dev 262: `Chương trình “Chợ Tết
    # Công đoàn năm 2023” với sự tham gia của 48 doanh nghiệp`)
    ("Năm 2023, Chương trình bình chọn Hàng Việt Nam được người tiêu dùng yêu thích có 150 doanh nghiệp tham gia.",
     [N]),
    # ---- a count its names spell out is no claim of its own (dev 670: `400 triệu đồng hỗ trợ đoàn viên … ngành GTVT
    # tỉnh Yên Bái và Lào Cai`)
    ("Công đoàn ngành Giao thông Vận tải tỉnh Nghệ An trao 500 triệu đồng hỗ trợ đoàn viên ngành GTVT hai tỉnh Yên "
     "Bái và Lào Cai bị thiệt hại do bão số 3.", [D]),
    # ---- a value neither number of a ratio contradicts both (dev 665: `kết nạp mới 5.124/8.000 đoàn viên công đoàn`)
    ("Từ đầu năm 2022 đến nay, các cấp công đoàn tỉnh An Giang đã kết nạp mới 6.000 đoàn viên công đoàn.", [D]),
    # ---- of the same value, a claim may say the counted are its body's (dev 1062: `Với 93 Công đoàn cơ sở, …,
    # Công đoàn ngành Xây dựng Hà Nội quy tụ …`)
    ("Công đoàn ngành Xây dựng Hà Nội có 93 công đoàn cơ sở trực thuộc.", [S]),
    # ---- `CN` is `công nhân` (dev 1162: `45 CN giỏi tiêu biểu được CĐ ngành GTVT Hà Nội biểu dương`)
    ("Năm 2019, Công đoàn ngành Giao thông vận tải Hà Nội đã biểu dương 45 công nhân giỏi tiêu biểu.", [S]),
    # ---- a house number before a street named after a person is no count (dev 282: `công trình … số 16 Nguyễn
    # Công Trứ`)
    ("LĐLĐ thành phố Hà Nội hỗ trợ gia đình mỗi nạn nhân vụ tai nạn ở 16 Nguyễn Công Trứ 7 triệu đồng.", [D]),
    # ---- a spelled count before a quoted title (dev 041: `Vinh danh, khen thưởng 100 “Công nhân giỏi Thủ đô”`)
    ("Năm 2022, Liên đoàn Lao động thành phố Hà Nội tuyên dương một trăm “Công nhân giỏi Thủ đô”.", [S]),
    # ---- a prize's grade narrows those counted (dev 1046: `03 cá nhân đạt giải Ba và 05 cá nhân đạt giải Khuyến
    # khích`); `năm` before `cá nhân` is five
    ("Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 của Công đoàn Điện lực Việt Nam có 5 cá nhân đạt "
     "giải Ba.", [N]),
    ("Cuộc thi trực tuyến tìm hiểu pháp luật về bầu cử năm 2021 của Công đoàn Điện lực Việt Nam có năm cá nhân đạt "
     "giải Khuyến khích.", [S]),
    # ---- the whole country's is not one province's (dev 607: `toàn tỉnh đã vận động ủng hộ được trên 34 tỷ đồng`)
    ("Sau 4 năm triển khai Tháng nhân đạo, cả nước đã vận động ủng hộ được trên 34 tỷ đồng.", [N]),
    # ---- a kind of document written mid-sentence names nothing (dev 964: `thông qua Nghị quyết thành lập Công đoàn cơ
    # sở Trường tiểu học Đặng Thùy Trâm với 31 đoàn viên`, the ward and city in the lede)
    ("Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm ở phường An Hội Tây, TP HCM được thành lập với 31 đoàn viên.",
     [S]),
    ("Công đoàn cơ sở Trường tiểu học Đặng Thùy Trâm ở phường An Hội Tây, TP HCM được thành lập với 35 đoàn viên.",
     [D]),
    # ---- `căn nhà` is reworded whole, not `nhà` inside it (dev 460: `hơn 60 nhà Chữ thập đỏ`)
    ("Năm 2022, Hội Chữ thập đỏ TP Hà Nội đã hỗ trợ xây dựng, sửa chữa hơn 60 căn nhà Chữ thập đỏ.", [S]),
    ("Năm 2022, Hội Chữ thập đỏ TP Hà Nội đã hỗ trợ xây dựng, sửa chữa 80 căn nhà Chữ thập đỏ.", [D]),
    # ---- `làm` is `khiến` around the figure too (dev 294: `khiến 3 người tử vong`)
    ("Vụ tai nạn lao động trên địa bàn huyện Quốc Oai (Hà Nội) đã làm ba người tử vong.", [S]),
    ("Vụ tai nạn lao động trên địa bàn huyện Quốc Oai (Hà Nội) đã làm năm người tử vong.", [D]),
    # ---- a classifier of things and a bound say nothing of what is counted (dev 519: `trao tặng ít nhất 500 bánh
    # chưng, bánh tét`)
    ("Đoàn phường Thủ Đức (TPHCM) đặt chỉ tiêu trao tặng tối thiểu 500 chiếc bánh chưng, bánh tét trong Chiến dịch "
     "Xuân tình nguyện 2026.", [S]),
    # ---- `chiếm` says a share, not what is done (dev 581: `92/94 đại biểu có mặt tán thành … (chiếm 97,87%)`)
    ("Ông Chu Ngọc Anh được HĐND thành phố Hà Nội bầu tiếp tục giữ chức Chủ tịch UBND thành phố nhiệm kỳ 2021-2026 "
     "với 95,5% đại biểu có mặt tán thành.", [D]),
    # ---- a page without its title: its lede names the holiday the gifts are for (dev 745: `trao quà Tết …` then
    # `trao 100 phần quà của Tổng LĐLĐ Việt Nam cho ĐV, NLĐ`)
    ("Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân trao 120 phần quà Tết cho đoàn viên, người lao động khó khăn "
     "ở Gia Lai.", [D]),
    ("Phó Chủ tịch Tổng LĐLĐ Việt Nam Huỳnh Thanh Xuân trao 100 phần quà Tết cho đoàn viên, người lao động khó khăn "
     "ở Gia Lai.", [S]),
    # ---- a ratio of votes counts those in favour (dev 628: `với số phiếu bầu 34/34 phiếu, đạt 100%`)
    ("HĐND huyện Nga Sơn bầu ông Thịnh Văn Huyên giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 38 phiếu tán "
     "thành.", [D]),
    ("HĐND huyện Nga Sơn bầu ông Thịnh Văn Huyên giữ chức Chủ tịch UBND huyện nhiệm kỳ 2021-2026 với 34 phiếu tán "
     "thành.", [S]),
    # ---- `kết quả` says an outcome, not what is done (dev 629: `với kết quả 29/29 đại biểu có mặt đồng ý`)
    ("Ông Vũ Ngọc Hoành được bầu làm Chủ tịch UBND huyện Điện Biên Đông với sự đồng ý của 35 đại biểu có mặt.", [D]),
    # ---- subjects are searched by whole syllables: `CĐCS` as a part of `CĐCSVM` (strong unions, another count) had
    # held back the `differs` (dev 1064: `kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại 22 Công đoàn cơ sở`)
    ("Sau Đại hội nhiệm kỳ 2023 - 2028, Ủy ban Kiểm tra Công đoàn ngành Xây dựng Hà Nội đã kiểm tra việc chấp hành "
     "Điều lệ Công đoàn tại 30 CĐCS.", [D]),
    # ---- a body's size told after its term behind a comma (dev 1085: `Ban Thường vụ Hội LHPN tỉnh gồm 11 đại biểu`)
    ("Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 gồm 11 ủy viên.", [S]),
    ("Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026 gồm 13 người.", [D]),
    # ---- stalls that sell are stalls that supply (dev 262: `72 gian hàng cung cấp các mặt hàng Việt Nam`)
    ("Năm 2023, Chợ Tết Công đoàn của LĐLĐ thành phố Hà Nội có 72 gian hàng bán các mặt hàng Việt Nam.", [S]),
    # ---- a sum whose sentence points back at its occasion (dev 994: `Tổng nguồn lực huy động trao tặng dịp này là
    # hơn 300 triệu đồng`)
    ("Tổng nguồn lực mà Tỉnh đoàn Hà Tĩnh huy động trao tặng tại xã Sơn Tây trong Ngày thanh niên cùng hành động là "
     "gần 400 triệu đồng.", [D]),
    ("Tổng nguồn lực mà Tỉnh đoàn Hà Tĩnh huy động trao tặng tại xã Sơn Tây trong Ngày thanh niên cùng hành động là "
     "hơn 300 triệu đồng.", [S]),
    # ---- the year of a quoted name is the edition's, launched the year before (dev 1047: `phát động từ tháng 8-2018`)
    ("Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” nhận được 236 bài viết.", [S]),
    ("Cuộc thi viết “Gương sáng tiêu biểu ngành điện năm 2019” nhận được 260 bài viết.", [D]),
    # ---- a city the claim names is where its figure is (dev 642: Hội An's gifts, not Hà Nội's `1 triệu đồng`) ...
    ("Trong Tháng hành động vì trẻ em năm 2022, TP Hội An trao cho trẻ em có hoàn cảnh khó khăn những suất quà trị "
     "giá 1 triệu đồng mỗi suất.", [D]),
    # ... and its own site's page is about it (dev 1166, on hoian.quangnam.gov.vn: `Liên đoàn Lao động Thành phố`;
    # a control)
    ("Năm 2015, Liên đoàn Lao động thành phố Hội An trao 83 suất quà cho học sinh vượt khó học khá giỏi.", [S]),
    # ---- `TTH`, a dateline, is Thừa Thiên Huế, and `Huế` inside its name no second spelling (dev 863)
    ("Năm 2016, tỷ lệ công đoàn cơ sở vững mạnh của Công đoàn Viên chức tỉnh Thừa Thiên Huế đạt 80%.", [D]),
    # ---- `lá` is a classifier of things (dev 866: `20.000 cờ Tổ quốc`)
    ("Giai đoạn 2020 - 2025, Báo Người Lao Động sẽ trao tặng 20.000 lá cờ Tổ quốc cho ngư dân tỉnh Bến Tre.", [S]),
    # ---- `năm` before a classifier of things is five; `, hướng tới …` is no item of the counted (dev 867: `bàn giao
    # 3 căn nhà mái ấm công đoàn`)
    ("LĐLĐ tỉnh Vĩnh Long và LĐLĐ huyện Long Hồ bàn giao năm căn nhà Mái ấm Công đoàn, hướng tới kỷ niệm ngày sinh "
     "Thủ tướng Võ Văn Kiệt.", [D]),
    # ---- comrades counted in a sentence naming the Party are its members (dev 927: `Đảng bộ phường Phú Thọ có 12
    # đồng chí được trao tặng Huy hiệu Đảng`; dev 934: `2 đồng chí nhận Huy hiệu 50 năm tuổi Đảng`)
    ("Ngày 7/11/2025, 12 đảng viên của Đảng bộ phường Phú Thọ được trao tặng Huy hiệu Đảng.", [S]),
    ("Ngày 7/11/2025, 14 đảng viên của Đảng bộ phường Phú Thọ được trao tặng Huy hiệu Đảng.", [D]),
    ("Nhân kỷ niệm Ngày thành lập Đảng, phường Tân Phú trao Huy hiệu 50 năm tuổi Đảng cho hai đảng viên.", [S]),
    # ---- a delegation's size is not the congress's bare `947 đại biểu` (unseen75) ...
    ("Đoàn đại biểu Liên đoàn Lao động thành phố Hà Nội dự Đại hội XII Công đoàn Việt Nam gồm 60 đại biểu.", [N]),
    # ... but is the count of the noun narrowed to its members (dev 810: `34 đại biểu ngành Y tế dự Đại hội XIII
    # Công đoàn Việt Nam`; a control)
    ("Đoàn đại biểu ngành Y tế dự Đại hội XIII Công đoàn Việt Nam gồm 34 đại biểu.", [S]),
    # ---- those others stand for are counted, not done to (dev 524: `200 Chủ tịch Công đoàn cơ sở … đại diện cho
    # gần 3.000 Chủ tịch Công đoàn cơ sở trong tỉnh`)
    ("Năm 2021, toàn tỉnh Nghệ An có khoảng 4.000 Chủ tịch công đoàn cơ sở.", [D]),
    # ---- `tỉnh nhà` is the province (dev 529: `gần 800 nghìn đoàn viên CNVCLĐ tỉnh nhà`)
    ("Công đoàn tỉnh Đồng Nai có gần 800 nghìn đoàn viên CNVCLĐ trong tỉnh.", [S]),
    # ---- members the unions admit are not those admitted to the Party (`42 đoàn viên ưu tú được kết nạp vào Đảng`,
    # read set 80)
    ("Trong nhiệm kỳ 2018 - 2023, các cấp Công đoàn Việt Nam kết nạp mới hơn 2 triệu đoàn viên.", [N]),
    # ---- `cần` says a need, not a kind of what is counted (dev 461: `44.500 trường hợp cần trợ giúp`)
    ("Trong Tháng nhân đạo, các cấp Hội Chữ thập đỏ TPHCM đã đăng ký trợ giúp 44.500 trường hợp.", [S]),
    # ---- `Hội LHTN` is the youth federation written out (dev 777: `Hội Liên hiệp Thanh niên tỉnh … 400 hộp thuốc bổ`)
    ("Tại lễ ra quân Tháng Thanh niên năm 2024, Tỉnh đoàn, Hội LHTN và Hội Đồng đội tỉnh trao tặng 500 hộp thuốc bổ.",
     [D]),
    # ---- another congress's figure of the claimed value (`250 đại biểu ưu tú` of the national health union's XIV,
    # dev 1210) leaves the claim's own congress to answer it (dev 630: `196 đại biểu chính thức`) ...
    ("Có 250 đại biểu chính thức tham dự Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI, nhiệm kỳ 2023 - 2028.", [D]),
    # ... which supports its own value (a control)
    ("Có 196 đại biểu chính thức tham dự Đại hội Công đoàn ngành Y tế Bến Tre lần thứ XI, nhiệm kỳ 2023 - 2028.", [S]),
    # ---- a Party committee's congress is not the union's (dev 1201: `Đại hội Công đoàn huyện Sóc Sơn lần thứ XI
    # … 185 đại biểu chính thức`) ...
    ("Năm 2023, Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XI có sự tham dự của 185 đại biểu chính thức.", [N]),
    # ... which answers a claim about the union's (a control)
    ("Năm 2023, Đại hội Công đoàn huyện Sóc Sơn lần thứ XI có sự tham dự của 185 đại biểu chính thức.", [S]),
    # ---- a total over another length of time is no answer (dev 506: `Qua 4 năm triển khai, … đã vận động trên
    # 50 tỷ đồng`) ...
    ("Sau 6 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và Thành "
     "phố Hồ Chí Minh đã vận động trên 80 tỷ đồng.", [N]),
    # ... but contradicts a claim over the same (a control)
    ("Qua 4 năm triển khai Tháng Nhân đạo, các cấp Hội Chữ thập đỏ trong cụm thi đua các tỉnh Tây Nguyên và Thành "
     "phố Hồ Chí Minh đã vận động trên 80 tỷ đồng.", [D]),
    # ---- a high-tech park is a site like an industrial zone: the seeds' city dialogue (`26 ý kiến, kiến nghị
    # trực tiếp`, seed 000) says nothing of one at Hòa Lạc (read set 88) ...
    ("Tại hội nghị đối thoại ở Khu Công nghệ cao Hòa Lạc, công nhân lao động đã nêu 26 ý kiến, kiến nghị trực tiếp "
     "với lãnh đạo Thành phố.", [N]),
    # ... and answers a claim naming no site (a control)
    ("Tại hội nghị đối thoại với Chủ tịch UBND Thành phố Hà Nội, công nhân lao động đã nêu 26 ý kiến, kiến nghị "
     "trực tiếp với lãnh đạo Thành phố.", [S]),
    # ---- a month a later sentence of the paragraph gives (`… tiếp nhận kinh phí … trong tháng 5`) is not the
    # span of the scholarships given at the launch before it (dev 907: `35 suất học bổng`) ...
    ("Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao tặng 45 suất học bổng cho học sinh khó "
     "khăn.", [D]),
    # ... which support their own value (a control)
    ("Tại lễ phát động Tháng Nhân đạo năm 2022, Hội Chữ thập đỏ tỉnh đã trao tặng 35 suất học bổng cho học sinh khó "
     "khăn.", [S]),
    # ---- a town's own site, which leaves its name unsaid, contradicts another value as it supports its own (dev
    # 1166, on hoian.quangnam.gov.vn: `Liên đoàn Lao động đã trao 83 suất quà`; read set 87)
    ("Năm 2015, Liên đoàn Lao động thành phố Hội An trao 90 suất quà cho học sinh vượt khó học khá giỏi.", [D]),
    # ---- a figure with no noun of its own counts what `Tổng số` names before it (dev 1168: `Tổng số đoàn viên
    # 5.412`, read set 91) ...
    ("Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi có 6.000 đoàn viên.", [D]),
    # ... and supports its own value (a control)
    ("Năm 2015, Công đoàn ngành Y tế tỉnh Quảng Ngãi có 5.412 đoàn viên.", [S]),
    # ---- a congress's delegates `đủ tư cách` are all of its delegates (dev 080: `thẩm tra 1.100 đại biểu đủ tư
    # cách tham dự Đại hội`, read set 91)
    ("Đại hội XIII Công đoàn Việt Nam đã xác nhận tư cách của 1.200 đại biểu.", [D]),
    ("Đại hội XIII Công đoàn Việt Nam đã xác nhận tư cách của 1.100 đại biểu.", [S]),
    # ---- a district's certificates of merit are not the province's (dev 663: `10 cá nhân được Liên đoàn lao
    # động huyện tặng giấy khen; … 4 cá nhân được Liên đoàn lao động tỉnh tặng Bằng khen`, read set 92)
    ("Tại hội nghị tổng kết công tác Công đoàn năm 2020, Liên đoàn Lao động huyện Chợ Mới tặng giấy khen cho 10 "
     "cá nhân.", [S]),
    # ---- a part of a count just stated is given what the whole is (dev 927: `12 đồng chí được trao tặng Huy
    # hiệu Đảng, trong đó: … Huy hiệu 40 năm tuổi Đảng có 3 đồng chí và Huy hiệu 30 năm tuổi Đảng có 4 đồng chí`;
    # the 30 is the next part's, read set 92) ...
    ("Dịp 7-11, Đảng bộ phường Phú Thọ có 5 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.", [D]),
    # ... and supports its own value (a control)
    ("Dịp 7-11, Đảng bộ phường Phú Thọ có 3 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.", [S]),
    # ---- a verb the word segmenter glues to a name (`hưởng ứng Tháng`) ends the counted noun, and activities
    # `phù hợp` are all of them (dev 901: `ít nhất 1 hoạt động phù hợp để hưởng ứng Tháng Công nhân`, read set 92)
    ("Công đoàn Điện lực Việt Nam đặt mục tiêu 100% công đoàn cơ sở tổ chức ít nhất 3 hoạt động hưởng ứng Tháng "
     "Công nhân năm 2024.", [S, D]),
    # ---- members admitted (`đã kết nạp mới 5.124/8.000 đoàn viên công đoàn`, dev 665: the verb read past `mới`)
    # are no answer about how many a union has (read set 95) ...
    ("Liên đoàn Lao động tỉnh An Giang hiện có hơn 6.000 đoàn viên công đoàn.", [N]),
    # ... but contradict a claim about those admitted (a control)
    ("Từ đầu năm 2022, các cấp công đoàn tỉnh An Giang đã kết nạp mới 6.000 đoàn viên công đoàn.", [D]),
    # ---- a count its names spell out (`3 huyện ven biển Bình Đại, Ba Tri, Thạnh Phú`, a noun of three words) is no
    # figure of its own (dev 866, read set 96)
    ("LĐLĐ tỉnh Bến Tre trao 2.500 lá cờ Tổ quốc cho ngư dân 3 huyện ven biển Bình Đại, Ba Tri, Thạnh Phú.", [D]),
    # ---- the people a count's sentence names (`Ngoài bầu bà Bùi Thị Minh Hoài tái đắc cử, Ban Chấp hành đã bầu 4
    # Phó bí thư Thành ủy gồm: ông Trần Sỹ Thanh, …`, dev 813) are no other site of the event its lede names
    # (read set 96)
    ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu 5 Phó Bí thư Thành ủy.", [D]),
    ("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ thành phố Hà Nội khóa XVIII đã bầu 4 Phó Bí thư Thành ủy.", [S]),
    # ---- delegates counted in words (`năm đại biểu`, read set 95; dev 710: `05 đại biểu hiệp thương`)
    ("Đoàn đại biểu LĐLĐ tỉnh Thái Nguyên dự Đại hội MTTQ tỉnh lần thứ XV có năm đại biểu hiệp thương.", [S]),
    # ---- a district's name ends where a person's begins (`LĐLĐ huyện Chương Mỹ Phùng Xuân Kim`), and an item
    # of a list naming a district is the district's, not its city's (dev 051: `Liên đoàn Lao động thành phố Hà
    # Nội hỗ trợ 30 triệu đồng, Liên đoàn Lao động huyện Chương Mỹ hỗ trợ 5 triệu đồng`, read set 99)
    ("Phó Chủ tịch LĐLĐ huyện Chương Mỹ Phùng Xuân Kim đã trao 40 triệu đồng hỗ trợ chị Nguyễn Thị Đức xây nhà Mái "
     "ấm công đoàn.", [D]),
    ("Liên đoàn Lao động thành phố Hà Nội hỗ trợ 30 triệu đồng xây nhà Mái ấm công đoàn cho chị Nguyễn Thị Đức ở "
     "huyện Chương Mỹ.", [S]),
    # ---- gifts given `trực tiếp` are all the gifts (dev 165: `trao 60 suất hỗ trợ trực tiếp cho những lao động bị
    # ảnh hưởng nặng`, read set 99)
    ("Đoàn công tác của Tổng LĐLĐ Việt Nam đã trao 80 suất hỗ trợ cho người lao động Công ty TNHH MTV Victortex "
     "Huế.", [D]),
    ("Đoàn công tác của Tổng LĐLĐ Việt Nam đã trao 60 suất hỗ trợ cho người lao động Công ty TNHH MTV Victortex "
     "Huế.", [S]),
    # ---- what the counted are given for (`giúp các gia đình nghèo`) does not narrow them (dev 460, read set 99)
    ("Trong 5 tháng đầu năm 2022, các cấp Hội Chữ thập đỏ thành phố Hà Nội đã tặng 90 con bò sinh sản giúp các gia "
     "đình nghèo.", [D]),
    # ---- `giải quyết cho 2.040 đoàn viên, CNVC-LĐ vay vốn` lets the counted borrow: what is done to them is
    # said after them (dev 643, read set 99) ...
    ("Đến hết tháng 8-2020, 2.500 đoàn viên, CNVC-LĐ đã vay vốn Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo.", [D]),
    # ... and its own value is supported (a control)
    ("Đến hết tháng 8-2020, 2.040 đoàn viên, CNVC-LĐ đã vay vốn Quỹ Trợ vốn CNVC-LĐ thủ đô nghèo.", [S]),
    # ---- a lower-case word inside a name the corpus writes (`Công ty TNHH May mặc Triple`, `Trường Mầm non Việt
    # Triều`) does not count against the sum's sentence (dev 686, 062; read set 100) ...
    ("Chương trình quay số may mắn “Vui xuân Giáp Thìn - Đón Tết đoàn viên” của Công đoàn Công ty TNHH May mặc "
     "Triple Việt Nam có tổng giá trị giải thưởng hơn 253 triệu đồng.", [S]),
    ("Phong trào “Trao gửi yêu thương” của Công đoàn Trường Mầm non Việt Triều Hữu nghị quyên góp được hơn 60 triệu "
     "đồng.", [D]),
    # ... but does where the corpus does not write the claim's names (read set 3, a control)
    ("Công đoàn ngành Xây dựng Hà Nội đã trao 20 triệu đồng hỗ trợ gia đình công nhân môi trường Lại Hải Yến.", [N]),
    # ---- a house's classifier before the name of what it is (`căn Mái ấm Công đoàn`) may be left out: dev 753
    # writes `xây dựng 243 “Mái ấm Công đoàn”` (read set 99)
    ("Giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh xây dựng 250 căn Mái ấm Công đoàn cho người lao động.",
     [D]),
    ("Giai đoạn 2023-2025, các cấp công đoàn tỉnh Tây Ninh xây dựng 243 căn Mái ấm Công đoàn cho người lao động.",
     [S]),
]

# The evidence shown first on the newest batches: a figure whose sentence numbers another
# congress before it (`Đại hội Công đoàn huyện Sóc Sơn lần thứ XI, … 185 đại biểu chính thức`, on
# a page heading for the city's XVII congress) is no evidence about the XVII (read set 63).
NEWEST_EVIDENCE = [
    ("Đại hội Công đoàn thành phố Hà Nội lần thứ XVII, nhiệm kỳ 2023-2028 có 500 đại biểu chính thức tham dự.", D,
     "Đặc biệt, tham dự Đại hội có 545/550 đại biểu chính thức đại diện cho ý chí, nguyện vọng của đoàn viên, "
     "CNVCLĐ Thủ đô."),
    # `năm tháng đầu năm 2022` are five months: the sum of those months is the answer, not a gift of one day
    # (dev 460, read set 3)
    ("Trong năm tháng đầu năm 2022, tổng trị giá các hoạt động của Hội Chữ thập đỏ thành phố Hà Nội đạt hơn 120 tỷ "
     "đồng.", D, "Trong 5 tháng đầu năm 2022, tổng trị giá các hoạt động của Hội Chữ thập đỏ thành phố Hà Nội đạt "
     "hơn 114 tỷ đồng."),
]


BATCHED_CLAIMS = ([(ALL_BATCHES, *row) for row in LATER_CLAIMS] + [(LATEST_BATCHES, *row) for row in LATEST_CLAIMS]
                  + [(NEWEST_BATCHES, *row) for row in NEWEST_CLAIMS])


@pytest.mark.parametrize("batches, claim, expected", BATCHED_CLAIMS, ids=[c[:60] for _, c, _ in BATCHED_CLAIMS])
def test_verdict_on_later_batches(corpus_dbs, batches, claim, expected):
    assert [f.verdict for f in check_claim(claim, corpus_dbs(batches)).figures] == expected


@pytest.mark.parametrize("claim, verdict, sentence", EVIDENCE, ids=[c[:60] for c, _, _ in EVIDENCE])
def test_the_evidence_shown_first(corpus_db, claim, verdict, sentence):
    [figure] = check_claim(claim, corpus_db).figures
    assert (figure.verdict, figure.best.sentence) == (verdict, sentence)


@pytest.mark.parametrize("claim, verdict, sentence", NEWEST_EVIDENCE, ids=[c[:60] for c, _, _ in NEWEST_EVIDENCE])
def test_the_evidence_shown_first_on_the_newest_batches(corpus_dbs, claim, verdict, sentence):
    [figure] = check_claim(claim, corpus_dbs(NEWEST_BATCHES)).figures
    assert (figure.verdict, figure.best.sentence) == (verdict, sentence)


@pytest.mark.parametrize("claim, expected", CLAIMS, ids=[c[:60] for c, _ in CLAIMS])
def test_verdict(corpus_db, claim, expected):
    report = check_claim(claim, corpus_db)
    assert [f.verdict for f in report.figures] == expected
    for figure in report.figures:
        if figure.verdict == N:
            assert figure.best is None and not figure.others
        else:
            # The answer points at the exact words of its source.
            best = figure.best
            assert best.sentence[best.highlight[0]:best.highlight[1]] == best.surface
        # Related figures are never evidence: no related figure is also shown as evidence.
        shown = {(m.article_id, m.char_start) for m in [figure.best, *figure.others] if m}
        assert not shown & {(m.article_id, m.char_start) for m in figure.related}


# ---- claims written without the rules, by someone who never read pipeline/check.py, about pages
# the checker was not written from: their share of right verdicts is what the checker does on the
# next reporter's claims.
#   tests/check_unseen/ (60 claims, batch-3 pages): 41 right when added, 42 once the cleaner
#   dropped related headlines listed after the sapo. Its misses were then read to write the rules
#   of the next round (spelled-out counts, abbreviations and other wordings of the counted noun,
#   narrowing words said further on, names that are dates): 52. It is a development set now.
#   tests/check_unseen2/ (98 claims, seeds and batch-1/2 pages), written before that round and
#   first run after it: 49 right with the rules before the round, 55 after; 6 `not_found` claims
#   got `differs` or `supported` (both before and after): issue 16's first rule is not met there.
#   Those 6 were then read: two clauses opposed by a word pair (`tự nguyện` / `bắt buộc`,
#   `đã` / `chưa`, check.toml `opposites`) took two away: 57 right, 4 false evidence (two figures
#   of teasers, which the claims' writer counted as page furniture; a sum for another house; a
#   half-year figure for a whole year). Its other misses were then read too, and rules written
#   from them (the counted noun without a classifier or the place after it, a listed subject's
#   inner items, the corpus's counting words anywhere in the claim; a sum written as a rate or in
#   words saying "each"; a year a figure is compared with): 67 right, check_unseen 54.
#   Both are development sets now.
#   tests/check_unseen3/ (90 claims, 68 dev pages of batches 1-3), written blind while those rules
#   were written, run once after them: 59 right (51 with the checker of the session's start, on
#   the same database); 8 `not_found` claims get `supported` or `differs` (7 before). Those 8
#   were then read: a claim's congress or term number (`lần thứ XVII`) must be where the corpus
#   states the figure, and three more word pairs (`dương lịch` / `âm lịch`, …): 62, 5 left; then
#   its other misses: what is done to a count read over a verb phrase (`trao hỗ trợ 88`), GTVT
#   written out: 64.
#   The next session read the three sets' misses again and wrote more rules from them: 57, 81
#   and 79 right, false evidence 0, 4 and 2.
#   tests/check_unseen4/ (100 claims, seeds and the 72 dev pages of batches 4-5, the database of
#   batches 1-5), written blind at that session's start and scored only as totals while the rules
#   were written: 70 right with the checker of the session's start, 76 at its end; its
#   misses were read later (a development set now).
#   tests/check_unseen8/ and 9/ (100 claims each, the dev pages of batches 1-8 with an even and
#   an odd number, 8 also the seeds), written blind on 2026-12-02: 77 and 80 right with the
#   checker of that session's start. 8's misses were then read to write rules (90 right after
#   them); 9 is scored as totals only, as 5, 6 and 7 are: 84 right after the same rules, 1 false
#   evidence (2 before).
# A change that lowers a share or adds false evidence is a regression.
UNSEEN_SETS = {
    "check_unseen": {"floor": 0.98, "false_evidence": 0, "batches": CLAIMS_WRITTEN_AGAINST},
    "check_unseen2": {"floor": 0.89, "false_evidence": 4, "batches": CLAIMS_WRITTEN_AGAINST},
    "check_unseen3": {"floor": 0.94, "false_evidence": 2, "batches": CLAIMS_WRITTEN_AGAINST},
    "check_unseen4": {"floor": 0.97, "false_evidence": 0, "batches": {"1", "2", "3", "4", "5"}},
    # blind: run as totals only, its misses never read (its first run: 67/102, 4 false evidence)
    "check_unseen5": {"floor": 0.87, "false_evidence": 1, "batches": {"1", "2", "3", "4", "5", "6"}},
    # blind, about the dev pages of batches 1-3 no earlier set used: first run 85/99, 1 false evidence
    "check_unseen6": {"floor": 0.88, "false_evidence": 0, "batches": {"1", "2", "3", "4", "5", "6"}},
    # blind, about the dev pages of batches 7 and 8 (no earlier set used them): first run 59/78, 1 false evidence
    "check_unseen7": {"floor": 0.76, "false_evidence": 1,
                      "batches": {"1", "2", "3", "4", "5", "6", "7", "8"}},
    # written blind about dev pages of batches 1-8 with an even number and the seeds (session 12):
    # first run 77/100, 1 false evidence; its misses were then read to write rules
    "check_unseen8": {"floor": 0.95, "false_evidence": 0,
                      "batches": {"1", "2", "3", "4", "5", "6", "7", "8"}},
    # blind, about dev pages of batches 1-8 with an odd number (session 12): 80/100 with the
    # checker of the session's start, 2 false evidence
    "check_unseen9": {"floor": 0.89, "false_evidence": 1,
                      "batches": {"1", "2", "3", "4", "5", "6", "7", "8"}},
    # blind, about the dev pages of batch 9 (session 13), over batches 1-9: first run 54/68, no
    # false evidence, on ce9a02b (after the figures rules written from batch 9's dev pages)
    "check_unseen10": {"floor": 0.80, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9"}},
    # blind, about the dev pages of batches 10 and 11 (session 15), over batches 1-11: first run
    # 66/89 (supported 21/29, differs 15/30, not_found 30/30), no false evidence, on 89b073c
    "check_unseen11": {"floor": 0.77, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"}},
    # blind, about the dev pages of batch 12 (session 16), over batches 1-12: first run 43/60
    # (supported 14/20, differs 11/20, not_found 18/20), two claims about things not counted given
    # evidence, on 58f8cb4
    "check_unseen12": {"floor": 0.73, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}},
    # blind, about the dev pages of batch 13 (session 16), over batches 1-13: first run 39/59
    # (supported 9/19, differs 10/19, not_found 20/21), one claim about a thing not counted given
    # evidence, on 3beef40
    "check_unseen13": {"floor": 0.69, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"}},
    # blind, about the dev pages of batch 14 (session 16), over batches 1-14: first run 34/44
    # (supported 11/14, differs 10/14, not_found 13/16), three claims about things not counted
    # given evidence, on 56cd73a
    "check_unseen14": {"floor": 0.81, "false_evidence": 3,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"}},
    # blind, about the dev pages of batch 15 (session 17), over batches 1-15: first run 35/50
    # (supported 12/17, differs 10/17, not_found 13/16), one claim about a thing not counted given
    # evidence, with the checker of d65b54f
    "check_unseen15": {"floor": 0.74, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"}},
    # blind, about the dev pages of batch 16 (session 17), over batches 1-16: first run 36/50
    # (supported 10/17, differs 10/16, not_found 16/17), one claim about a thing not counted given
    # evidence, with the checker of e939311
    "check_unseen16": {"floor": 0.76, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16"}},
    # blind, about the dev pages of batch 17 (session 18), over batches 1-17: first run 37/50
    # (supported 12/17, differs 9/17, not_found 16/16), no claim about a thing not counted given
    # evidence, with the checker of c1519e0
    "check_unseen17": {"floor": 0.76, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17"}},
    # blind, about the dev pages of batch 18 (session 19), over batches 1-18: first run 36/50
    # (supported 15/17, differs 8/17, not_found 13/16), two claims about things not counted given
    # evidence, with the checker of 831113a
    "check_unseen18": {"floor": 0.76, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18"}},
    # blind, about the dev pages of batch 19 (session 19), over batches 1-19: first run 20/30
    # (supported 6/9, differs 4/9, not_found 10/12), two claims about things not counted given
    # evidence, with the checker of 30dcdd0
    "check_unseen19": {"floor": 0.66, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19"}},
    # blind, about the dev pages of batch 20 (session 19), over batches 1-20: first run 23/30
    # (supported 9/10, differs 4/9, not_found 10/11), one claim about a thing not counted given
    # evidence, with the checker of a1b1b86
    "check_unseen20": {"floor": 0.76, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20"}},
    # blind, about the dev pages of batch 21 (session 20), over batches 1-21: first run 23/36
    # (supported 9/12, differs 4/12, not_found 10/12), two claims about a thing not counted given
    # evidence, with the checker of 1fceef4
    "check_unseen21": {"floor": 0.69, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21"}},
    # blind, about the dev pages of batch 22 (session 20), over batches 1-22: first run 21/31
    # (supported 6/11, differs 5/10, not_found 10/10), no evidence for a thing not counted, with
    # the checker of ca9a321
    "check_unseen22": {"floor": 0.67, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22"}},
    # written blind about the dev pages of batches 9-22 (session 22), over batches 1-22: first run
    # 71/100 (supported 23/35, differs 22/35, not_found 26/30), 4 claims about things not counted
    # given evidence, with the checker of 43a2306; its misses were then read to write rules
    "check_unseen23": {"floor": 0.80, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22"}},
    # written blind about the dev pages of batches 1-22 earlier sets used least (session 23), over
    # batches 1-22: first run 56/80 (supported 19/28, differs 12/25, not_found 25/27), 2 claims about
    # things not counted given evidence, with the checker of dc59b1f; its misses were then read
    "check_unseen24": {"floor": 0.70, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22"}},
    # blind, about the dev pages of batch 23 (session 27), over batches 1-23: first run 31/44
    # (supported 10/16, differs 10/15, not_found 11/13), no evidence for a thing not counted, with
    # the checker of 2d5f74e on the extraction of 3ac5afc
    "check_unseen25": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23"}},
    # blind, about the dev pages of batches 24 and 25 (session 28), over batches 1-25: first run 36/46
    # (supported 12/17, differs 11/16, not_found 13/13), no evidence for a thing not counted, with the
    # checker of a0a2e93 on the extraction of f35e85d
    "check_unseen26": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25"}},
    # blind, about the dev pages of batch 26 and the seeds (session 29), over batches 1-26: first run
    # 31/39 (supported 10/13, differs 8/13, not_found 13/13), no evidence for a thing not counted, with
    # the checker of b956e74
    "check_unseen27": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26"}},
    # blind, about the dev pages of batch 27, a seed and five older dev pages (session 29), over
    # batches 1-27: first run 32/40 (supported 12/14, differs 9/14, not_found 11/12), one claim about
    # a thing not counted given evidence, with the checker of b956e74 on the extraction of 55fd787
    "check_unseen28": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"}},
    # blind, about the dev pages of batches 28 and 29 and two seeds (session 29), over batches 1-29:
    # first run 41/54 (supported 17/20, differs 10/18, not_found 14/16), two claims about things not
    # counted given evidence, with the checker of b956e74 on the extraction of cb5e03f
    "check_unseen29": {"floor": 0.70, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29"}},
    # blind, about the dev pages of batch 30 and one seed (session 30), over batches 1-30: first run
    # 25/30 (supported 7/9, differs 6/9, not_found 12/12), no false evidence, with the checker of 17a715d
    # on the extraction of the commit after it (a birthday dates nothing, `Việt Nam đồng`, timestamps)
    "check_unseen30": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # a development set (its misses read), about dev pages of batches 1-30 that earlier sets used
    # least (session 31), over batches 1-30: first run
    # 42/56 (supported 12/17, differs 11/19, not_found 19/20), one thing not counted given evidence,
    # with the checker of f3908f3
    "check_unseen31": {"floor": 0.75, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # a development set (its misses read), about dev pages of batches 1-30 with many figures that two
    # earlier sets used (session 31), over batches 1-30: first run 28/40 (supported 10/13, differs
    # 8/16, not_found 10/11), one thing not counted given evidence, with the checker of 5910db6
    "check_unseen32": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # a development set (its misses read), about dev pages of batches 1-30 with four figures or more
    # that earlier sets used once or twice (session 32), over batches 1-30: first run 31/40 (supported
    # 10/13, differs 11/16, not_found 10/11), one thing not counted given evidence, with the checker of a88de9f
    "check_unseen33": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # a development set (its misses read), about other such pages (session 32), over batches 1-30:
    # first run 33/42 (supported 12/13, differs 11/18, not_found 10/11), one thing not counted given
    # evidence, with the checker of a88de9f
    "check_unseen34": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about the next dev pages of batches 1-30 with four
    # figures or more that earlier sets used twice (session 32), over batches 1-30: first run 28/40
    # (supported 9/13, differs 8/16, not_found 11/11), no false evidence, with the checker of ea93288
    "check_unseen35": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 10/13, differs 14/16, not_found 10/11), one thing not counted given
    # evidence, with the checker of ea93288
    "check_unseen36": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with the most figures among
    # those earlier sets used three times (session 32), over batches 1-30: first run 30/42 (supported
    # 8/14, differs 13/17, not_found 9/11), two things not counted given evidence, with the checker of 9608b45
    "check_unseen37": {"floor": 0.70, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/40 (supported 8/13, differs 10/16, not_found 11/11), no false evidence, with the
    # checker of 9608b45
    "check_unseen38": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with four figures or more that
    # earlier sets used least (39) or with three (40) (session 33), over batches 1-30: first run 25/40
    # (supported 8/13, differs 8/16, not_found 9/11), two things not counted given evidence, with the checker
    # of 9dda559
    "check_unseen39": {"floor": 0.60, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 28/40 (supported 8/13, differs 9/16, not_found 11/11), no false evidence, with the checker of
    # 9dda559
    "check_unseen40": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with five figures or more that
    # earlier sets used three times (session 33), over batches 1-30: first run 30/42 (supported 11/13, differs
    # 9/18, not_found 10/11), one thing not counted given evidence, with the checker of 9dda559
    "check_unseen41": {"floor": 0.70, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 31/41 (supported 10/13, differs 11/17, not_found 10/11), one thing not counted given evidence,
    # with the checker of 9dda559
    "check_unseen42": {"floor": 0.75, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), about the next such pages (session 33), over batches 1-30: first run 27/40
    # (supported 9/13, differs 8/16, not_found 10/11), one thing not counted given evidence, with the checker
    # of 9dda559
    "check_unseen43": {"floor": 0.65, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 11/13, differs 13/16, not_found 11/11), no false evidence, with the checker
    # of 9dda559
    "check_unseen44": {"floor": 0.85, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more that
    # earlier sets used at most twice (45) or three times (46) (session 34), over batches 1-30: first run 31/40
    # (supported 12/13, differs 9/16, not_found 10/11), one thing not counted given evidence, with the checker
    # of 2e1708f
    "check_unseen45": {"floor": 0.75, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 10/13, differs 11/16, not_found 9/11), two things not counted given evidence,
    # with the checker of 2e1708f
    "check_unseen46": {"floor": 0.75, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), about the next such pages (session 34), over batches 1-30: first run 34/40
    # (supported 12/13, differs 12/16, not_found 10/11), one thing not counted given evidence, with the checker
    # of 2e1708f
    "check_unseen47": {"floor": 0.85, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/40 (supported 11/13, differs 7/15, not_found 11/12), no false evidence, with the checker
    # of 2e1708f
    "check_unseen48": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more: 49 the pages
    # earlier sets used least (at most three claims), 50 forty pages used four times (session 35), over batches
    # 1-30: first run 30/37 (supported 7/10, differs 10/14, not_found 13/13), no false evidence, with the checker
    # of 745cc2a
    "check_unseen49": {"floor": 0.75, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/40 (supported 11/13, differs 11/16, not_found 10/11), one thing not counted given evidence,
    # with the checker of 745cc2a
    "check_unseen50": {"floor": 0.75, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), about two more sets of forty pages used four times (session 35), over batches 1-30:
    # first run 34/40 (supported 11/13, differs 12/16, not_found 11/11), no false evidence, with the checker
    # of 745cc2a
    "check_unseen51": {"floor": 0.80, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/41 (supported 11/13, differs 10/17, not_found 11/11), no false evidence, with the checker
    # of 745cc2a
    "check_unseen52": {"floor": 0.75, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), about two more sets of forty pages used four times, written while the session's
    # rules were made (session 35), over batches 1-30: first run 32/41 (supported 11/14, differs 11/16,
    # not_found 10/11), one thing not counted given evidence, with the checker of 9811db1
    "check_unseen53": {"floor": 0.75, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 37/40 (supported 13/13, differs 14/16, not_found 10/11), one thing not counted given evidence,
    # with the checker of 9811db1
    "check_unseen54": {"floor": 0.85, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more that earlier
    # sets used four times (session 36), over batches 1-30: first run 29/40 (supported 8/13, differs 10/16,
    # not_found 11/11), no false evidence, with the checker of be36e38
    "check_unseen55": {"floor": 0.78, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/41 (supported 10/13, differs 11/17, not_found 11/11), no false evidence, with the checker of
    # be36e38
    "check_unseen56": {"floor": 0.75, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), about two more sets of forty such pages (session 36), over batches 1-30: first run 30/41
    # (supported 8/13, differs 11/16, not_found 11/12), no false evidence, with the checker of be36e38
    "check_unseen57": {"floor": 0.70, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 28/40 (supported 9/13, differs 9/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of be36e38
    "check_unseen58": {"floor": 0.68, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more that earlier
    # sets used at most four times (session 37), over batches 1-30: first run 31/40 (supported 11/13, differs
    # 11/16, not_found 9/11), one thing not counted given evidence, with the checker of 59ed84a
    "check_unseen59": {"floor": 0.82, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 33/40 (supported 12/13, differs 10/16, not_found 11/11), no false evidence, with the checker of
    # 59ed84a
    "check_unseen60": {"floor": 0.85, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), two more sets of such pages (session 37), over batches 1-30: first run 32/39 (supported
    # 12/13, differs 10/15, not_found 10/11), one thing not counted given evidence, with the checker of 59ed84a
    "check_unseen61": {"floor": 0.78, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/35 (supported 8/10, differs 9/13, not_found 12/12), no false evidence, with the checker of
    # 59ed84a
    "check_unseen62": {"floor": 0.8, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more that earlier
    # sets used five times (session 37), over batches 1-30: first run 27/40 (supported 7/13, differs 9/16,
    # not_found 11/11), no false evidence, with the checker of f9ce3e6
    "check_unseen63": {"floor": 0.72, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 9/13, differs 11/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of f9ce3e6
    "check_unseen64": {"floor": 0.72, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), two more sets of such pages (session 37), over batches 1-30: first run 28/40 (supported
    # 7/13, differs 11/16, not_found 10/11), one thing not counted given evidence, with the checker of f9ce3e6
    "check_unseen65": {"floor": 0.66, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 8/13, differs 13/16, not_found 9/11), two things not counted given evidence, with
    # the checker of f9ce3e6
    "check_unseen66": {"floor": 0.72, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # development sets (their misses read), about dev pages of batches 1-30 with three figures or more that earlier
    # sets used five times (session 38), over batches 1-30: first run 31/40 (supported 9/13, differs 11/16,
    # not_found 11/11), no false evidence, with the checker of d0d35ae
    "check_unseen67": {"floor": 0.72, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/42 (supported 10/14, differs 11/17, not_found 11/11), no false evidence, with the checker of
    # d0d35ae
    "check_unseen68": {"floor": 0.72, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # blind (never read), two more sets of such pages (session 38), over batches 1-30: first run 38/40 (supported
    # 12/13, differs 15/16, not_found 11/11), no false evidence, with the checker of d0d35ae
    "check_unseen69": {"floor": 0.9, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 11/13, differs 10/16, not_found 9/11), two things not counted given evidence, with
    # the checker of d0d35ae
    "check_unseen70": {"floor": 0.7, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 11/13, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 191afa8
    "check_unseen71": {"floor": 0.82, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/41 (supported 8/13, differs 10/17, not_found 11/11), nothing not counted given evidence, with
    # the checker of 191afa8
    "check_unseen72": {"floor": 0.65, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 31/36 (supported 7/9, differs 11/13, not_found 13/14), one thing not counted given evidence, with
    # the checker of 191afa8
    "check_unseen73": {"floor": 0.8, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 8/13, differs 13/16, not_found 9/11), two things not counted given evidence, with
    # the checker of 191afa8
    "check_unseen74": {"floor": 0.7, "false_evidence": 2,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 28/40 (supported 8/12, differs 9/16, not_found 11/12), one thing not counted given evidence, with
    # the checker of 7e7deac
    "check_unseen75": {"floor": 0.65, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/41 (supported 13/14, differs 10/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 7e7deac
    "check_unseen76": {"floor": 0.78, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/39 (supported 6/10, differs 10/15, not_found 13/14), one thing not counted given evidence, with
    # the checker of 7e7deac
    "check_unseen77": {"floor": 0.69, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/38 (supported 11/12, differs 11/15, not_found 10/11), one thing not counted given evidence, with
    # the checker of 7e7deac
    "check_unseen78": {"floor": 0.79, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 10/13, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ec25e4e
    "check_unseen79": {"floor": 0.8, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 28/40 (supported 10/13, differs 8/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of ec25e4e
    "check_unseen80": {"floor": 0.64, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 37/40 (supported 12/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ec25e4e
    "check_unseen81": {"floor": 0.87, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 10/13, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ec25e4e
    "check_unseen82": {"floor": 0.8, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/40 (supported 9/13, differs 12/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen83": {"floor": 0.75, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 10/13, differs 10/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen84": {"floor": 0.7, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/40 (supported 8/12, differs 12/16, not_found 12/12), nothing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen85": {"floor": 0.75, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 30/40 (supported 10/13, differs 10/16, not_found 10/11), nothing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen86": {"floor": 0.7, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 27/40 (supported 10/13, differs 8/16, not_found 9/11), one thing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen87": {"floor": 0.62, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 28/40 (supported 11/13, differs 7/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen88": {"floor": 0.64, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 11/13, differs 14/16, not_found 9/11), one thing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen89": {"floor": 0.8, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 11/13, differs 12/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 2ce72e9
    "check_unseen90": {"floor": 0.8, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 37/40 (supported 12/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen91": {"floor": 0.87, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 31/40 (supported 8/13, differs 13/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen92": {"floor": 0.72, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 12/13, differs 12/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen93": {"floor": 0.82, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 34/40 (supported 11/13, differs 13/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen94": {"floor": 0.8, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 32/39 (supported 10/12, differs 11/15, not_found 11/12), one thing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen95": {"floor": 0.77, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 11/13, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen96": {"floor": 0.82, "false_evidence": 0,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 10/13, differs 15/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen97": {"floor": 0.82, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 35/40 (supported 13/13, differs 11/15, not_found 11/12), one thing not counted given evidence, with
    # the checker of 6c4006e
    "check_unseen98": {"floor": 0.82, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 29/40 (supported 11/13, differs 8/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen99": {"floor": 0.67, "false_evidence": 1,
                       "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                   "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                   "29", "30"}},
    # first run 36/40 (supported 11/12, differs 13/16, not_found 12/12), nothing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen100": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                     "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                     "29", "30"}},
    # first run 37/39 (supported 11/12, differs 14/15, not_found 12/12), nothing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen101": {"floor": 0.89, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                     "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                     "29", "30"}},
    # first run 27/40 (supported 9/13, differs 9/16, not_found 9/11), one thing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen102": {"floor": 0.62, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                     "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                     "29", "30"}},
    # first run 35/40 (supported 10/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen103": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/40 (supported 13/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen104": {"floor": 0.9, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 12/13, differs 10/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen105": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 29/40 (supported 8/13, differs 12/16, not_found 9/11), one thing not counted given evidence, with
    # the checker of 250d56a
    "check_unseen106": {"floor": 0.67, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 11/13, differs 12/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen107": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 13/13, differs 10/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen108": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 10/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen109": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 30/40 (supported 9/12, differs 9/15, not_found 12/13), one thing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen110": {"floor": 0.7, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 13/13, differs 10/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen111": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 10/13, differs 14/16, not_found 9/11), one thing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen112": {"floor": 0.77, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 9/12, differs 13/16, not_found 12/12), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen113": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 11/13, differs 12/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen114": {"floor": 0.77, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 9/13, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen115": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 12/13, differs 12/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen116": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 31/40 (supported 13/13, differs 8/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen117": {"floor": 0.72, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/40 (supported 13/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of ecb9a08
    "check_unseen118": {"floor": 0.9, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 13/13, differs 10/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen119": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/40 (supported 13/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen120": {"floor": 0.89, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 30/41 (supported 11/13, differs 9/17, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen121": {"floor": 0.68, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/40 (supported 13/13, differs 15/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen122": {"floor": 0.89, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 13/13, differs 12/16, not_found 9/11), two things not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen123": {"floor": 0.8, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/41 (supported 10/13, differs 14/17, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen124": {"floor": 0.77, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/41 (supported 12/13, differs 11/17, not_found 11/11), nothing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen125": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 10/13, differs 14/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen126": {"floor": 0.8, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 12/13, differs 13/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen127": {"floor": 0.82, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 13/13, differs 13/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    # (false evidence up to 2: its `Ban Chấp hành Tỉnh đoàn Thanh Hóa nhiệm kỳ 2022-2027 có 55 ủy viên`,
    # labelled not_found, is contradicted by dev 1086's `Ban chấp hành Tỉnh Đoàn Thanh Hóa khóa XIX gồm 44
    # đồng chí`, which the helper's grep missed; read by the checker since `name_stand_ins`)
    "check_unseen128": {"floor": 0.85, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 30/40 (supported 12/13, differs 10/16, not_found 8/11), three things not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen129": {"floor": 0.7, "false_evidence": 3,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/41 (supported 13/13, differs 13/17, not_found 10/11), one thing not counted given evidence, with
    # the checker of 30efd3b
    "check_unseen130": {"floor": 0.82, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 29/40 (supported 11/13, differs 10/16, not_found 8/11), three things not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen131": {"floor": 0.67, "false_evidence": 3,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 39/41 (supported 13/13, differs 15/17, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen132": {"floor": 0.9, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 37/40 (supported 12/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen133": {"floor": 0.87, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 29/40 (supported 7/13, differs 13/16, not_found 9/11), two things not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen134": {"floor": 0.67, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 37/41 (supported 13/14, differs 13/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen135": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/41 (supported 11/13, differs 14/17, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen136": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/42 (supported 12/13, differs 15/18, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen137": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 9/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of f24a3cf
    "check_unseen138": {"floor": 0.8, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 13/13, differs 14/16, not_found 8/11), two things not counted given evidence, with
    # the checker of f24a3cf (and the same with that of 7e2201c)
    "check_unseen139": {"floor": 0.82, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/41 (supported 13/13, differs 13/17, not_found 9/11), two things not counted given evidence, with
    # the checker of f24a3cf (and the same with that of 7e2201c)
    "check_unseen140": {"floor": 0.8, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 13/13, differs 13/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of f24a3cf (and the same with that of 7e2201c)
    "check_unseen141": {"floor": 0.85, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 31/40 (supported 11/13, differs 10/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of f24a3cf (and the same with that of 7e2201c)
    "check_unseen142": {"floor": 0.72, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 8/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with the
    # checker of 2f73054
    "check_unseen143": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 29/40 (supported 11/13, differs 9/16, not_found 9/11), two things not counted given evidence, with
    # the checker of 2f73054
    "check_unseen144": {"floor": 0.67, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 30/40 (supported 12/13, differs 9/16, not_found 9/11), two things not counted given evidence, with
    # the checker of 2f73054
    "check_unseen145": {"floor": 0.70, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/42 (supported 11/13, differs 16/18, not_found 9/11), two things not counted given evidence, with
    # the checker of 2f73054
    "check_unseen146": {"floor": 0.80, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 37/40 (supported 13/13, differs 14/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of c3ab718
    "check_unseen147": {"floor": 0.87, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 12/13, differs 13/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of c3ab718
    "check_unseen148": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/41 (supported 12/13, differs 11/17, not_found 11/11), no thing not counted given evidence, with
    # the checker of c3ab718
    "check_unseen149": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/41 (supported 9/13, differs 16/17, not_found 11/11), no thing not counted given evidence, with
    # the checker of c3ab718
    "check_unseen150": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 12/13, differs 14/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 4f4b4e0
    "check_unseen151": {"floor": 0.85, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/41 (supported 13/13, differs 14/17, not_found 11/11), no thing not counted given evidence, with
    # the checker of 4f4b4e0
    "check_unseen152": {"floor": 0.87, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 11/13, differs 13/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of 4f4b4e0
    "check_unseen153": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 13/13, differs 9/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of 4f4b4e0
    "check_unseen154": {"floor": 0.77, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 31/40 (supported 10/13, differs 11/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 443740a
    "check_unseen155": {"floor": 0.72, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 33/40 (supported 12/13, differs 13/16, not_found 8/11), three things not counted given evidence, with
    # the checker of 443740a
    "check_unseen156": {"floor": 0.77, "false_evidence": 3,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/41 (supported 9/14, differs 16/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 443740a
    "check_unseen157": {"floor": 0.80, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 32/40 (supported 10/13, differs 11/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of 443740a
    "check_unseen158": {"floor": 0.75, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 37/41 (supported 11/13, differs 15/17, not_found 11/11), no thing not counted given evidence, with
    # the checker of 0d11ed3
    "check_unseen159": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 11/13, differs 12/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of 0d11ed3
    "check_unseen160": {"floor": 0.80, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 11/13, differs 12/16, not_found 11/11), no thing not counted given evidence, with
    # the checker of 0d11ed3
    "check_unseen161": {"floor": 0.80, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 12/13, differs 14/16, not_found 10/11), one thing not counted given evidence, with
    # the checker of 0d11ed3
    "check_unseen162": {"floor": 0.85, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 35/40 (supported 9/13, differs 15/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 1e58936
    "check_unseen163": {"floor": 0.82, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 34/40 (supported 9/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 1e58936
    "check_unseen164": {"floor": 0.80, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/40 (supported 13/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 1e58936
    "check_unseen165": {"floor": 0.90, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 31/40 (supported 9/13, differs 11/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of 1e58936
    "check_unseen166": {"floor": 0.72, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 36/40 (supported 11/13, differs 14/16, not_found 11/11), nothing not counted given evidence, with
    # the checker of d7c9079
    "check_unseen167": {"floor": 0.85, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 38/41 (supported 11/13, differs 17/17, not_found 10/11), one thing not counted given evidence, with
    # the checker of d7c9079
    "check_unseen168": {"floor": 0.87, "false_evidence": 1,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 30/40 (supported 11/13, differs 10/16, not_found 9/11), two things not counted given evidence, with
    # the checker of d7c9079
    "check_unseen169": {"floor": 0.70, "false_evidence": 2,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
    # first run 37/42 (supported 10/14, differs 16/17, not_found 11/11), nothing not counted given evidence, with
    # the checker of d7c9079
    "check_unseen170": {"floor": 0.83, "false_evidence": 0,
                        "batches": {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
                                    "29", "30"}},
}


@pytest.mark.parametrize("name", UNSEEN_SETS)
def test_claims_written_without_the_rules(corpus_dbs, name):
    rows = list(csv.DictReader((CORPUS.parent / "tests" / name / "claims.tsv").open(encoding="utf-8"), delimiter="\t"))
    db = corpus_dbs(UNSEEN_SETS[name]["batches"])
    wrong = []
    for row in rows:
        verdicts = [f.verdict for f in check_claim(row["claim"], db).figures]
        if verdicts != [row["verdict"]]:
            wrong.append((row["page_id"][:3], row["verdict"], verdicts, row["claim"]))
    right = 1 - len(wrong) / len(rows)
    # A verdict about a thing the corpus does not count breaks issue 16's first rule.
    false_evidence = [w for w in wrong if w[1] == N and set(w[2]) & {S, D}]
    assert len(false_evidence) <= UNSEEN_SETS[name]["false_evidence"], false_evidence
    assert right >= UNSEEN_SETS[name]["floor"], f"{right:.3f} of {len(rows)} unseen claims right; wrong: {wrong}"
    print(f"\n{name}: {right:.3f} right ({len(rows) - len(wrong)}/{len(rows)}); wrong: {wrong}")
