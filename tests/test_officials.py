"""Officials: a sentence in, the people with titles out (name, honorific, `title @ organisation; …`)."""
from __future__ import annotations

import csv
from datetime import datetime

import pytest

from pipeline.extract.base import analyse
from pipeline.extract.officials import (
    extract_officials,
    officials_for_eval,
    person_id_for,
    person_key,
    roles_text,
)


def mentions(text: str) -> list[tuple[str, str, str]]:
    doc, ctx = analyse(text, published_at=datetime(2023, 5, 2))
    return [(m["name"], m["honorific"], m["titles"]) for m in officials_for_eval(doc, ctx)]


CASES = [
    # --- honorific, name, roles after a dash (seed 000)
    (
        "Nhân hội nghị, đồng chí Lê Đình Hùng - Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Phó Chủ tịch "
        "LĐLĐ thành phố Hà Nội đã trao đổi với phóng viên.",
        [("Lê Đình Hùng", "đồng chí",
          "Ủy viên Ban Chấp hành @ Tổng LĐLĐ Việt Nam; Phó Chủ tịch @ LĐLĐ thành phố Hà Nội")],
    ),
    # --- a title complete in itself (Thành ủy viên) among titles with organisations (seed 003)
    (
        "Đồng chí Phạm Quang Thanh - Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Thành ủy viên, Chủ tịch "
        "LĐLĐ thành phố Hà Nội đã dành cho báo Lao động Thủ đô cuộc phỏng vấn.",
        [("Phạm Quang Thanh", "đồng chí",
          "Ủy viên Ban Chấp hành @ Tổng LĐLĐ Việt Nam; Thành ủy viên; Chủ tịch @ LĐLĐ thành phố Hà Nội")],
    ),
    # --- a title without its own organisation takes the next one (seed 002), two people in a row
    (
        "Cùng dự có đồng chí Nguyễn Xuân Hùng - Ủy viên Đoàn Chủ tịch, Chánh Văn phòng Tổng LĐLĐ Việt Nam; "
        "đồng chí Nguyễn Văn Toản - Ủy viên Ban Chấp hành, Phó Chánh Văn phòng Tổng LĐLĐ Việt Nam; đại diện các ban.",
        [
            ("Nguyễn Xuân Hùng", "đồng chí",
             "Ủy viên Đoàn Chủ tịch @ Tổng LĐLĐ Việt Nam; Chánh Văn phòng @ Tổng LĐLĐ Việt Nam"),
            ("Nguyễn Văn Toản", "đồng chí",
             "Ủy viên Ban Chấp hành @ Tổng LĐLĐ Việt Nam; Phó Chánh Văn phòng @ Tổng LĐLĐ Việt Nam"),
        ],
    ),
    # --- a department head: the department belongs to the title (seed 002)
    (
        "Báo cáo tại Hội nghị, đồng chí Tạ Văn Dưỡng - Ủy viên Ban Thường vụ, Trưởng Ban Chính sách pháp luật "
        "và Quan hệ lao động LĐLĐ thành phố Hà Nội cho biết.",
        [("Tạ Văn Dưỡng", "đồng chí",
          "Ủy viên Ban Thường vụ @ LĐLĐ thành phố Hà Nội; "
          "Trưởng Ban Chính sách pháp luật và Quan hệ lao động @ LĐLĐ thành phố Hà Nội")],
    ),
    # --- TITLE ORG NAME (seeds 001, 002, 000, 003)
    (
        "(LĐTĐ) Chủ tịch Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân Cao Đắc Tiến đề nghị các Công đoàn cơ sở.",
        [("Cao Đắc Tiến", "", "Chủ tịch @ Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân")],
    ),
    (
        "Chủ tịch LĐLĐ quận Thanh Xuân Cao Đắc Tiến phát động thi đua tới CNVCLĐ,",
        [("Cao Đắc Tiến", "", "Chủ tịch @ LĐLĐ quận Thanh Xuân")],
    ),
    (
        "Đoàn công tác do Phó Chủ tịch Thường trực Tổng LĐLĐ Việt Nam Trần Thanh Hải làm Trưởng đoàn.",
        [("Trần Thanh Hải", "", "Phó Chủ tịch Thường trực @ Tổng LĐLĐ Việt Nam")],
    ),
    (
        "Phó Chủ tịch LĐLĐ Thành phố Lê Đình Hùng báo cáo tại hội nghị Chủ tịch UBND thành phố Hà Nội gặp gỡ.",
        [("Lê Đình Hùng", "", "Phó Chủ tịch @ LĐLĐ Thành phố")],
    ),
    (
        "Chủ tịch LĐLĐ thành phố Hà Nội Phạm Quang Thanh (bên trái) thăm, động viên người lao động.",
        [("Phạm Quang Thanh", "", "Chủ tịch @ LĐLĐ thành phố Hà Nội")],
    ),
    # --- a misprinted title keeps its words in role_text; the title is normalised (teaser of 001)
    (
        "Dự và chỉ đạo tại Cuộc thi có Thứ trường Bộ Y tế Nguyễn Thị Liên Hương.",
        [("Nguyễn Thị Liên Hương", "", "Thứ trưởng @ Bộ Y tế")],
    ),
    # --- a list sharing one title (seed 000 caption)
    (
        "Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Lê Đình Hùng, Nguyễn Huy Khánh và các đồng chí lãnh đạo "
        "LĐLĐ Thành phố động viên thí sinh.",
        [("Lê Đình Hùng", "đồng chí", "Phó Chủ tịch @ LĐLĐ Thành phố"),
         ("Nguyễn Huy Khánh", "đồng chí", "Phó Chủ tịch @ LĐLĐ Thành phố")],
    ),
    # --- abbreviated titles joined by `kiêm` (seed 004)
    (
        "Hội nghị diễn ra dưới sự chủ tọa của UV Trung ương đảng kiêm CT Tổng LĐLĐ Nguyễn Đình Khang.",
        [("Nguyễn Đình Khang", "", "Ủy viên @ Trung ương đảng; Chủ tịch @ Tổng LĐLĐ")],
    ),
    (
        "Dự có đồng chí Nguyễn Văn Bình - UVBTV, Trưởng Ban Tổ chức LĐLĐ Thành phố.",
        [("Nguyễn Văn Bình", "đồng chí",
          "Ủy viên Ban Thường vụ @ LĐLĐ Thành phố; Trưởng Ban Tổ chức @ LĐLĐ Thành phố")],
    ),
    # --- a plural honorific before a list gives each person named after it its singular (SPEC:
    # `Các đồng chí` gives `đồng chí`); a person's own honorific stays theirs
    ("Dự có các đồng chí: Nguyễn Văn An - Chủ tịch LĐLĐ quận Đống Đa; ông Trần Văn Bình - Giám đốc Sở Nội vụ.",
     [('Nguyễn Văn An', 'đồng chí', 'Chủ tịch @ LĐLĐ quận Đống Đa'), ('Trần Văn Bình', 'ông', 'Giám đốc @ Sở Nội vụ')]),
    # ... but `các ông, bà:` lists men and women: no honorific for them all (dev 167)
    ("Những cá nhân đạt giải gồm các ông, bà: Nguyễn Thị Như Ý - Chủ tịch LĐLĐ tỉnh Đồng Nai; Cao Hồng Hà - Chủ "
     "tịch LĐLĐ quận Bình Thạnh.",
     [('Nguyễn Thị Như Ý', '', 'Chủ tịch @ LĐLĐ tỉnh Đồng Nai'), ('Cao Hồng Hà', '', 'Chủ tịch @ LĐLĐ quận Bình Thạnh')]),
    # batch-7 dev 374, 373, 375: `phê chuẩn X làm T O` (the election approved); `Phó Giám đốc điều
    # hành`; `Thường trực Ban Bí thư`, complete in itself
    ("Phê chuẩn ông Nguyễn Đức Chung làm Chủ tịch UBND TP Hà Nội",
     [('Nguyễn Đức Chung', 'ông', 'Chủ tịch @ UBND TP Hà Nội')]),
    ("Chủ tịch UBND thành phố trao quyết định cho ông Bùi Duy Cường, Phó Giám đốc điều hành Sở TN&MT.",
     [('Bùi Duy Cường', 'ông', 'Phó Giám đốc điều hành @ Sở TN&MT')]),
    ("Thường trực Ban Bí thư Lương Cường, Trưởng ban Tổ chức Trung ương Lê Minh Hưng cùng dự.",
     [('Lương Cường', '', 'Thường trực Ban Bí thư'), ('Lê Minh Hưng', '', 'Trưởng Ban Tổ chức @ Trung ương')]),
    # --- names then roles after a comma, without honorific, `;` between people
    (
        "Tham dự có Ngọ Duy Hiểu, Phó Chủ tịch Tổng LĐLĐ Việt Nam; Bùi Huyền Mai, Phó Chủ tịch LĐLĐ "
        "thành phố Hà Nội.",
        [("Ngọ Duy Hiểu", "", "Phó Chủ tịch @ Tổng LĐLĐ Việt Nam"),
         ("Bùi Huyền Mai", "", "Phó Chủ tịch @ LĐLĐ thành phố Hà Nội")],
    ),
    (
        "Đến dự có đồng chí Ngọ Duy Hiểu - Phó Bí thư Đảng đoàn, Phó Chủ tịch Tổng LĐLĐ Việt Nam.",
        [("Ngọ Duy Hiểu", "đồng chí", "Phó Bí thư @ Đảng đoàn; Phó Chủ tịch @ Tổng LĐLĐ Việt Nam")],
    ),
    (
        "Đồng chí Lê Hoàng Thủy Vân, Quận ủy viên, Chủ tịch LĐLĐ quận chủ trì hội nghị.",
        [("Lê Hoàng Thủy Vân", "đồng chí", "Quận ủy viên; Chủ tịch @ LĐLĐ quận")],
    ),
    # --- en dash, `bà`, a ministry name with `-` and `và`
    (
        "Bà Lê Thị Hoà – Phó Giám đốc Sở Lao động - Thương binh và Xã hội Hà Nội phát biểu.",
        [("Lê Thị Hoà", "bà", "Phó Giám đốc @ Sở Lao động - Thương binh và Xã hội Hà Nội")],
    ),
    # --- roles in brackets, `ông`
    (
        "Ông Nguyễn Văn An (Chủ tịch Công đoàn Công ty Hòa Phát) cho biết.",
        [("Nguyễn Văn An", "ông", "Chủ tịch @ Công đoàn Công ty Hòa Phát")],
    ),
    # --- a title directly before the name, no organisation
    ("Thủ tướng Phạm Minh Chính dự hội nghị.", [("Phạm Minh Chính", "", "Thủ tướng")]),
    # --- the name after a district whose name starts with a family name (Hoàng Mai, Hai Bà Trưng)
    (
        "Chủ tịch LĐLĐ quận Hoàng Mai Nguyễn Văn Tuấn phát biểu.",
        [("Nguyễn Văn Tuấn", "", "Chủ tịch @ LĐLĐ quận Hoàng Mai")],
    ),
    (
        "Chủ tịch LĐLĐ quận Hai Bà Trưng Trần Văn Nam phát biểu.",
        [("Trần Văn Nam", "", "Chủ tịch @ LĐLĐ quận Hai Bà Trưng")],
    ),
    # --- a company whose name starts with a family name: its first word stays in the organisation
    (
        "Giám đốc Công ty Mai Linh Lê Hà cho biết.",
        [("Lê Hà", "", "Giám đốc @ Công ty Mai Linh")],
    ),
    (
        "Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền phát biểu.",
        [("Nguyễn Mạnh Quyền", "", "Phó Chủ tịch @ UBND TP. Hà Nội")],
    ),
    # --- roles written after the name belong to the same person (no inherited organisation
    # across the name)
    (
        "Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an dự lễ.",
        [("Tô Lâm", "", "Thượng tướng; Bộ trưởng @ Bộ Công an")],
    ),
    # a rank is complete in itself: the office after it has its own organisation (dev 986)
    (
        "Thủ tướng đã phê chuẩn kết quả bầu bổ sung đối với ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng Bộ Chỉ huy "
        "Quân sự tỉnh Hà Tĩnh.",
        [("Trần Văn Sơn", "ông", "Đại tá; Chỉ huy trưởng @ Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh")],
    ),
    # ... unless they end with a name: then they are the next person's
    (
        "Phó Chủ tịch LĐLĐ thành phố Hà Nội Nguyễn Huy Khánh, Phó Chủ tịch Thường trực Công đoàn các "
        "KCN&CX Hà Nội Lê Thị Lan dự.",
        [("Nguyễn Huy Khánh", "", "Phó Chủ tịch @ LĐLĐ thành phố Hà Nội"),
         ("Lê Thị Lan", "", "Phó Chủ tịch Thường trực @ Công đoàn các KCN&CX Hà Nội")],
    ),
    (
        "Chủ tịch LĐLĐ huyện Ba Vì Nguyễn Thị Hằng và Phó Chủ tịch LĐLĐ huyện Đông Anh Lê Văn Tuấn trao quà.",
        [("Nguyễn Thị Hằng", "", "Chủ tịch @ LĐLĐ huyện Ba Vì"),
         ("Lê Văn Tuấn", "", "Phó Chủ tịch @ LĐLĐ huyện Đông Anh")],
    ),
    # `và` between capitalised words stays inside an organisation (`Chế` is also a family name)
    (
        "Chủ tịch Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội Trần Thị Thu Hà phát biểu.",
        [("Trần Thị Thu Hà", "", "Chủ tịch @ Công đoàn các Khu Công nghiệp và Chế xuất Hà Nội")],
    ),
    (
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung phát biểu.",
        [("Đào Ngọc Dung", "", "Bộ trưởng @ Bộ Lao động - Thương binh và Xã hội")],
    ),
    # a degree before the name is neither title nor name
    (
        "PGS.TS Nguyễn Văn Hùng, Hiệu trưởng Trường Đại học Công đoàn phát biểu.",
        [("Nguyễn Văn Hùng", "", "Hiệu trưởng @ Trường Đại học Công đoàn")],
    ),
    (
        "Tham dự có ông Lê Văn Bình (Chủ tịch HĐQT Công ty ABC), bà Trần Thị Mai (Giám đốc Công ty XYZ).",
        [("Lê Văn Bình", "ông", "Chủ tịch @ HĐQT Công ty ABC"), ("Trần Thị Mai", "bà", "Giám đốc @ Công ty XYZ")],
    ),
    (
        "Đ/c Nguyễn Văn An, Chủ tịch CĐCS Công ty TNHH Minh Phát cho biết.",
        [("Nguyễn Văn An", "đồng chí", "Chủ tịch @ CĐCS Công ty TNHH Minh Phát")],
    ),
    # --- not officials ----------------------------------------------------------------
    # a place at the end of an organisation is not a name (`Hà` is a family name)
    ("Giám đốc Công ty Cổ phần Nhựa Hà Nội phát biểu.", []),
    ("Chủ tịch nước CHXHCN Việt Nam gửi thư chúc mừng.", []),
    # a profession is not a title of office
    ("Anh Nguyễn Văn Tú, công nhân Công ty Canon Việt Nam chia sẻ.", []),
    # an interview turn: a name with no title attached
    ("Đồng chí Lê Đình Hùng: Hưởng ứng các phong trào thi đua do Tổng LĐLĐ Việt Nam phát động.", []),
    # a title with no name
    ("Phóng viên: Thưa Phó Chủ tịch, xin đồng chí cho biết những nội dung chính.", []),
    ("Đối thoại giữa chủ tịch UBND Thành phố với CNLĐ Thủ đô.", []),
    ("Tại hội nghị Chủ tịch UBND thành phố Hà Nội gặp gỡ, đối thoại với CNLĐ Thủ đô năm 2023.", []),
    ("Chủ tịch LĐLĐ quận Hoàng Mai phát biểu.", []),
    ("Chủ tịch UBND Thành phố Hồ Chí Minh phát biểu.", []),
    ("Tích cực tham gia các phong trào do Thủ tướng Chính phủ phát động.", []),
    ("LĐLĐ Thành phố tôn vinh 10 Chủ tịch Công đoàn cơ sở tiêu biểu.", []),
    ("Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã phát động Chương trình.", []),
    # historical and honorific references: a commemoration, an award, ideology, a school, a mausoleum
    ("kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19.5.1890 - 19.5.2020);", []),
    ("kỷ niệm Ngày sinh Chủ tịch Tôn Đức Thắng.", []),
    ("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh.", []),
    ("Các đại biểu thảo luận về Giải thưởng Nguyễn Văn Linh và công tác thi đua khen thưởng.", []),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", []),
    ("Ra mắt Công đoàn Trường liên cấp Marie Curie Long Biên với 127 đoàn viên.", []),
    # membership is no title of office (seed 001 caption)
    ("Đoàn viên Công đoàn Lê Hồ Anh Tuấn thay mặt CNVCLĐ quận Thanh Xuân phát biểu.", []),
    # a person with an honorific but no title
    ("Việc bà Nguyễn Phương Hằng ra tù là kết quả của quá trình xét duyệt giảm án.", []),
    # a title inside a quoted name
    ("Bộ phim “Bí thư Tỉnh ủy Nguyễn Văn Cừ” được trình chiếu.", []),
    # a place followed by a title is not a person (Hà Nội starts with the family name Hà)
    ("Tại Hà Nội, Chủ tịch UBND thành phố đã chỉ đạo.", []),
    # ---- the development corpus (tests/dev, dev split): elections and appointments, plural and
    # dash-joined titles, sentence openers, terms after an organisation, lower-case organisations
    ('Đồng chí Bùi Huyền Mai giữ chức Chủ tịch Liên đoàn Lao động Thành phố',
     [('Bùi Huyền Mai', 'đồng chí', 'Chủ tịch @ Liên đoàn Lao động Thành phố')]),
    ('Ông Hà Duy Trung tái đắc cử Chủ tịch LĐLĐ tỉnh Bình Định',
     [('Hà Duy Trung', 'ông', 'Chủ tịch @ LĐLĐ tỉnh Bình Định')]),
    ('Ban Chấp hành Công đoàn Việt Nam khóa XII đã bầu đồng chí Bùi Văn Cường làm Chủ tịch Tổng Liên đoàn Lao động Việt Nam khóa XII, với số phiếu tín nhiệm 100%.',
     [('Bùi Văn Cường', 'đồng chí', 'Chủ tịch @ Tổng Liên đoàn Lao động Việt Nam')]),
    ('Bà Bùi Thị Minh Hoài - Ủy viên Bộ Chính trị, Trưởng Đoàn đại biểu Quốc hội TP Hà Nội khóa XV, Bí thư Đảng ủy Bộ Tư lệnh Thủ đô - tiếp tục được bầu giữ chức Bí thư Thành ủy Hà Nội.',
     [('Bùi Thị Minh Hoài', 'bà', 'Ủy viên Bộ Chính trị; Trưởng Đoàn đại biểu Quốc hội @ TP Hà Nội; Bí thư @ Đảng ủy Bộ Tư lệnh Thủ đô')]),
    ('Đồng chí Đặng Thị Phương Hoa- Phó Chủ tịch Thường trực Liên đoàn Lao động Thành phố và các Phó Chủ tịch Liên đoàn Lao động Thành phố Ngô Văn Tuyến, Lê Đình Hùng, Phạm Bá Vĩnh chủ trì hội nghị.',
     [('Đặng Thị Phương Hoa', 'đồng chí', 'Phó Chủ tịch Thường trực @ Liên đoàn Lao động Thành phố'), ('Ngô Văn Tuyến', '', 'Phó Chủ tịch @ Liên đoàn Lao động Thành phố'), ('Lê Đình Hùng', '', 'Phó Chủ tịch @ Liên đoàn Lao động Thành phố'), ('Phạm Bá Vĩnh', '', 'Phó Chủ tịch @ Liên đoàn Lao động Thành phố')]),
    ('Tới dự có các đồng chí: Vũ Anh Đức - Ủy viên Đoàn Chủ tịch - Trưởng ban Tổ chức Tổng Liên đoàn Lao động Việt Nam; Nguyễn Doãn Toản - Ủy viên Thường vụ, Trưởng ban Dân vận Thành ủy Hà Nội.',
     [('Vũ Anh Đức', 'đồng chí', 'Ủy viên Đoàn Chủ tịch @ Tổng Liên đoàn Lao động Việt Nam; Trưởng Ban Tổ chức @ Tổng Liên đoàn Lao động Việt Nam'), ('Nguyễn Doãn Toản', 'đồng chí', 'Ủy viên Ban Thường vụ @ Thành ủy Hà Nội; Trưởng Ban Dân vận @ Thành ủy Hà Nội')]),
    ('Theo Chủ tịch LĐLĐ huyện Đông Anh Trần Thu Hằng, huyện đã phát động thi đua.',
     [('Trần Thu Hằng', '', 'Chủ tịch @ LĐLĐ huyện Đông Anh')]),
    ('Tổng Bí thư Nguyễn Phú Trọng, Phó Chủ tịch nước Võ Thị Ánh Xuân gửi lẵng hoa chúc mừng Hội nghị.',
     [('Nguyễn Phú Trọng', '', 'Tổng Bí thư'), ('Võ Thị Ánh Xuân', '', 'Phó Chủ tịch nước')]),
    ('Đồng chí Đỗ Thị Hồng Lê - Quận ủy viên, Chủ tịch LĐLĐ quận Tây Hồ khoá V, phát biểu khai mạc.',
     [('Đỗ Thị Hồng Lê', 'đồng chí', 'Quận ủy viên; Chủ tịch @ LĐLĐ quận Tây Hồ')]),
    ('Đồng chí Huỳnh Sơn Tuấn, Tỉnh uỷ viên, Chủ tịch Liên đoàn Lao động tỉnh Bà Rịa – Vũng Tàu.',
     [('Huỳnh Sơn Tuấn', 'đồng chí', 'Tỉnh ủy viên; Chủ tịch @ Liên đoàn Lao động tỉnh Bà Rịa – Vũng Tàu')]),
    ('Phó Chủ tịch gồm các đồng chí: Trần Thanh Hải, Trần Văn Thuật, Phan Văn Anh, Ngọ Duy Hiểu.',
     [('Trần Thanh Hải', 'đồng chí', 'Phó Chủ tịch'), ('Trần Văn Thuật', 'đồng chí', 'Phó Chủ tịch'), ('Phan Văn Anh', 'đồng chí', 'Phó Chủ tịch'), ('Ngọ Duy Hiểu', 'đồng chí', 'Phó Chủ tịch')]),
    # ... how many before who (dev 808)
    ('Phó Bí thư Thành Đoàn gồm 4 đồng chí: Ngô Minh Hải, Trương Minh Tước Nguyên, Trần Thu Hà, Trịnh Thị Hiền Trân.',
     [('Ngô Minh Hải', 'đồng chí', 'Phó Bí thư @ Thành Đoàn'), ('Trương Minh Tước Nguyên', 'đồng chí', 'Phó Bí thư @ Thành Đoàn'),
      ('Trần Thu Hà', 'đồng chí', 'Phó Bí thư @ Thành Đoàn'), ('Trịnh Thị Hiền Trân', 'đồng chí', 'Phó Bí thư @ Thành Đoàn')]),
    # ... but a count of members is no list of holders (`Ban Thường vụ gồm 15 đồng chí`)
    ('Ban Thường vụ gồm 15 đồng chí, Phó Chủ tịch LĐLĐ là ông Nguyễn Văn A.',
     [('Nguyễn Văn A', 'ông', 'Phó Chủ tịch @ LĐLĐ')]),
    # the office, then `là` and one person: the honorific written before the name is kept (dev 117)
    ('Chủ tịch HĐND TP.Hà Nội hiện nay là bà Nguyễn Thị Bích Ngọc, Phó chủ tịch là ông Nguyễn Ngọc Tuấn.',
     [('Nguyễn Thị Bích Ngọc', 'bà', 'Chủ tịch @ HĐND TP.Hà Nội'), ('Nguyễn Ngọc Tuấn', 'ông', 'Phó Chủ tịch')]),
    ('Mới đây, Phó Chủ tịch thường trực phụ trách Liên đoàn Lao động Thành phố Đặng Thị Phương Hoa đã ký ban hành kế hoạch.',
     [('Đặng Thị Phương Hoa', '', 'Phó Chủ tịch Thường trực @ Liên đoàn Lao động Thành phố')]),
    ('Đại biểu nhà trường có PGS.TS Nguyễn Đình Thi, Bí thư Đảng ủy, Hiệu trưởng nhà trường.',
     [('Nguyễn Đình Thi', '', 'Bí thư @ Đảng ủy; Hiệu trưởng @ nhà trường')]),
    ('Dự có các đồng chí: Trần Thị Bích Hằng - Chủ tịch Công đoàn ngành y tế Việt Nam.',
     [('Trần Thị Bích Hằng', 'đồng chí', 'Chủ tịch @ Công đoàn ngành y tế Việt Nam')]),
    ('Dự có đồng chí Nguyễn Huy Khánh - Phó Chủ tịch LĐLĐ thành phố Hà Nội, Tổ trưởng Tổ công tác số 5 của LĐLĐ Thành phố.',
     [('Nguyễn Huy Khánh', 'đồng chí', 'Phó Chủ tịch @ LĐLĐ thành phố Hà Nội; Tổ trưởng Tổ công tác số 5 @ LĐLĐ Thành phố')]),
    ('Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn chúc mừng Chủ tịch LĐLĐ tỉnh Hà Duy Trung.',
     [('Phạm Anh Tuấn', '', 'Chủ tịch @ UBND tỉnh Bình Định'), ('Hà Duy Trung', '', 'Chủ tịch @ LĐLĐ tỉnh')]),
    ('Đ/c Nguyễn Đình Khang, Ủy viên BCH Trung ương Đảng, Chủ tịch Tổng LĐLĐ Việt Nam phát biểu khai mạc Hội nghị',
     [('Nguyễn Đình Khang', 'đồng chí', 'Ủy viên Ban Chấp hành @ Trung ương Đảng; Chủ tịch @ Tổng LĐLĐ Việt Nam')]),
    ('Theo ông Nguyễn Mẫn Nhuệ, Phó Tổng biên tập báo LĐTĐ, giải có 18 đội tham gia.',
     [('Nguyễn Mẫn Nhuệ', 'ông', 'Phó Tổng Biên tập @ báo LĐTĐ')]),
    ("Đến dự có Thiếu tá Nguyễn Mạnh Hùng, Phó Trưởng phòng CSGT CATP Hà Nội.",
     [('Nguyễn Mạnh Hùng', '', 'Thiếu tá; Phó Trưởng phòng CSGT @ CATP Hà Nội')]),
    ("Bà Tạ Thị Mỹ Thanh, Chủ tịch Công đoàn ngành Giao thông vận tải Hà Nội cho biết: năm nay tốt.",
     [('Tạ Thị Mỹ Thanh', 'bà', 'Chủ tịch @ Công đoàn ngành Giao thông vận tải Hà Nội')]),
    ("Đ/c Nguyễn Hoàng Trung - Chủ tịch Hội đồng thành viên trao Cúp.",
     [('Nguyễn Hoàng Trung', 'đồng chí', 'Chủ tịch @ Hội đồng thành viên')]),
    ("Chủ tịch Công đoàn các Khu công nghiệp và Chế xuất Hà Nội Đinh Quốc Toản cho biết, năm nay tốt.",
     [('Đinh Quốc Toản', '', 'Chủ tịch @ Công đoàn các Khu công nghiệp và Chế xuất Hà Nội')]),
    ("Đồng chí Phạm Quang Thanh nhận quyết định là Chủ tịch Liên đoàn Lao động TP Hà Nội khóa XVI",
     [('Phạm Quang Thanh', 'đồng chí', 'Chủ tịch @ Liên đoàn Lao động TP Hà Nội')]),
    # a capitalised `Khoá` in a name is no term; a city after its district
    ("Dự có Phó Trưởng Ban Dân vận Thành ủy Đinh Văn Khoá.",
     [('Đinh Văn Khoá', '', 'Phó Trưởng Ban Dân vận @ Thành ủy')]),
    ("Gồm: Cao Hồng Hà - Chủ tịch LĐLĐ quận Bình Thạnh, TP HCM; Nguyễn Văn An - Chủ tịch LĐLĐ tỉnh, nhiệm kỳ 2023.",
     [('Cao Hồng Hà', '', 'Chủ tịch @ LĐLĐ quận Bình Thạnh, TP HCM'), ('Nguyễn Văn An', '', 'Chủ tịch @ LĐLĐ tỉnh')]),
    # ... and with the city's abbreviation written with its dot (dev 167 rewritten)
    ("Gồm: Cao Hồng Hà - Chủ tịch LĐLĐ quận Bình Thạnh, TP. HCM; Nguyễn Văn An - Chủ tịch LĐLĐ tỉnh.",
     [('Cao Hồng Hà', '', 'Chủ tịch @ LĐLĐ quận Bình Thạnh, TP. HCM'), ('Nguyễn Văn An', '', 'Chủ tịch @ LĐLĐ tỉnh')]),
    # the role played at an event is no office (seed 002)
    ("Đoàn công tác do đồng chí Trần Thanh Hải làm Trưởng đoàn đã đến thăm.", []),
    # a tense or aspect marker ends the organisation, even after `ngành` (dev 226, 228)
    ("Đồng chí Hoàng Thúy Hải, Phó chủ tịch thường trực công đoàn ngành đã trình bày báo cáo.",
     [('Hoàng Thúy Hải', 'đồng chí', 'Phó Chủ tịch Thường trực @ công đoàn ngành')]),
    ("Đoàn do đồng chí Trịnh Tố Tâm - Chủ tịch Công đoàn ngành đang đến thăm các bệnh viện.",
     [('Trịnh Tố Tâm', 'đồng chí', 'Chủ tịch @ Công đoàn ngành')]),
    ("Ông Lê Văn Nam, Chủ tịch Công đoàn ngành sẽ trao quà.",
     [('Lê Văn Nam', 'ông', 'Chủ tịch @ Công đoàn ngành')]),
    # an abbreviated title from the lexicon (dev 193)
    ("Đồng chí Hoàng Trung Hải, UVBCT, Bí thư Thành ủy Hà Nội: Đảng bộ và nhân dân Thủ đô tự hào",
     [('Hoàng Trung Hải', 'đồng chí', 'Ủy viên Bộ Chính trị; Bí thư @ Thành ủy Hà Nội')]),
    # a department, then the body it belongs to after a comma (dev 219, 046)
    ("Tại hội nghị, Phó Trưởng Ban Quan hệ lao động, Tổng Liên đoàn Lao động Việt Nam Phí Thu Hương đã công bố Quyết định.",
     [('Phí Thu Hương', '', 'Phó Trưởng Ban Quan hệ lao động @ Tổng Liên đoàn Lao động Việt Nam')]),
    ("Đến dự có Thiếu tá Nguyễn Mạnh Hùng, Phó Trưởng phòng CSGT, CATP Hà Nội; các đội bóng.",
     [('Nguyễn Mạnh Hùng', '', 'Thiếu tá; Phó Trưởng phòng CSGT @ CATP Hà Nội')]),
    ("Dự có ông Trần Văn Bình, Trưởng phòng Tổ chức cán bộ, Sở Y tế Hà Nội.",
     [('Trần Văn Bình', 'ông', 'Trưởng phòng Tổ chức cán bộ @ Sở Y tế Hà Nội')]),
    # lower-case words inside an organisation's name, before its parent body or a bracket (dev 027, 167, 037)
    ("Đại biểu có PGS.TS Bùi Thị An, Chủ nhiệm Câu lạc bộ Nữ khoa học LĐLĐ Thành phố.",
     [('Bùi Thị An', '', 'Chủ nhiệm @ Câu lạc bộ Nữ khoa học LĐLĐ Thành phố')]),
    ("Gồm: Đỗ Văn Tăng - Chủ tịch Công đoàn Công ty Tuyển than Cửa Ông (Công đoàn Than - Khoáng sản Việt Nam).",
     [('Đỗ Văn Tăng', '', 'Chủ tịch @ Công đoàn Công ty Tuyển than Cửa Ông')]),
    # ... but not a verb after a person's name or a place, nor a verb and its object
    ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đề nghị Công đoàn Thủ đô tập trung xây dựng tổ chức.",
     [('Đinh Tiến Dũng', '', 'Bí thư @ Thành ủy Hà Nội')]),
    ("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh chủ trì Hội nghị gặp gỡ công nhân.",
     [('Trần Sỹ Thanh', '', 'Chủ tịch @ UBND TP Hà Nội')]),
    ("Đây là chỉ đạo của đồng chí Trịnh Tố Tâm, Chủ tịch Công đoàn ngành Y tế Hà Nội tại Hội nghị Ban chấp hành.",
     [('Trịnh Tố Tâm', 'đồng chí', 'Chủ tịch @ Công đoàn ngành Y tế Hà Nội')]),
    ("Ông Trần Văn An, Giám đốc Sở Y tế trao Huân chương Lao động (hạng Ba) cho bệnh viện.",
     [('Trần Văn An', 'ông', 'Giám đốc @ Sở Y tế')]),
    # appointments: `phân công X làm`, and the bodies joined before the office (dev 103, 219)
    ("Ban Thường vụ Thành ủy nhất trí phân công đồng chí Ngô Thị Thanh Hằng làm Phó Bí thư Thường trực Thành ủy "
     "thành phố Hà Nội nhiệm kỳ 2015 - 2020.",
     [('Ngô Thị Thanh Hằng', 'đồng chí', 'Phó Bí thư Thường trực @ Thành ủy thành phố Hà Nội')]),
    ("Quyết định về việc chỉ định bổ sung ông Nguyễn Văn Thắng tham gia Ban Chấp hành, Ban Thường vụ và giữ chức "
     "Chủ tịch Liên đoàn Lao động thành phố Hà Nội nhiệm kỳ 2023-2028.",
     [('Nguyễn Văn Thắng', 'ông', 'Chủ tịch @ Liên đoàn Lao động thành phố Hà Nội')]),
    ("Công đoàn chỉ định ông Nguyễn Văn Nam tham gia Ban Chấp hành và đoàn công tác.", []),
    # a caption's verb glued to an unknown capitalised word ends the organisation (dev 123)
    ("Đ/c Vũ Hữu Tuyến - Chủ tịch Công đoàn Transreco trao Cúp cho đội vô địch",
     [('Vũ Hữu Tuyến', 'đồng chí', 'Chủ tịch @ Công đoàn Transreco')]),
    ("Ông Vũ Hữu Tuyến - Chủ tịch Công đoàn ngành Y tế Hà Nội trao quà cho công nhân.",
     [('Vũ Hữu Tuyến', 'ông', 'Chủ tịch @ Công đoàn ngành Y tế Hà Nội')]),
    # ... and one glued to the name's last syllable ends the name (`Hải gắn`, dev 805)
    ("Phó Bí thư Thành uỷ Nguyễn Thị Bích Ngọc và Bí thư Quận ủy Đống Đa Hà Minh Hải gắn Huy hiệu 70 năm cho các "
     "đồng chí đảng viên",
     [('Nguyễn Thị Bích Ngọc', '', 'Phó Bí thư @ Thành uỷ'), ('Hà Minh Hải', '', 'Bí thư @ Quận ủy Đống Đa')]),
    # TITLE ORG, a term, then the name (dev 153)
    ("Chủ tịch LĐLĐ TP Hà Nội khóa XVI Phạm Quang Thanh phát biểu nhiệm vụ tại hội nghị.",
     [('Phạm Quang Thanh', '', 'Chủ tịch @ LĐLĐ TP Hà Nội')]),
    ("Chủ tịch LĐLĐ quận Tây Hồ nhiệm kỳ 2018 - 2023 Nguyễn Văn An phát biểu.",
     [('Nguyễn Văn An', '', 'Chủ tịch @ LĐLĐ quận Tây Hồ')]),
    ("Hội nghị bầu Chủ tịch LĐLĐ TP Hà Nội khóa XVI, nhiệm kỳ 2018-2023.", []),
    # a former office (`nguyên`) is no title the person is seen in; `Tài nguyên`, `Thái Nguyên` are words (dev 251)
    ("Dự có nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội Phạm Quang Nghị; Giám đốc Sở Tài nguyên "
     "và Môi trường Nguyễn Văn An.",
     [('Nguyễn Văn An', '', 'Giám đốc @ Sở Tài nguyên và Môi trường')]),
    ("Chủ tịch LĐLĐ tỉnh Thái Nguyên Vũ Duy Hoàng dự hội nghị.",
     [('Vũ Duy Hoàng', '', 'Chủ tịch @ LĐLĐ tỉnh Thái Nguyên')]),
    # a body named by fields listed to `và` after a comma (dev 523)
    ("TPO - Ông Cao Nguyên Hùng, Phó Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Nghệ An được "
     "chỉ định giữ chức Phó Chủ tịch Liên đoàn lao động (LĐLĐ) tỉnh Nghệ An.",
     [('Cao Nguyên Hùng', 'ông', 'Phó Giám đốc @ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Nghệ An')]),
    ("Ông Nguyễn Văn An, Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Nội phát biểu.",
     [('Nguyễn Văn An', 'ông', 'Giám đốc @ Sở Văn hóa, Thể thao và Du lịch Hà Nội')]),
    # a steering committee named by what it steers, in lower case (dev 217, 530)
    ("Dự và chỉ đạo Hội nghị có đồng chí Vũ Duy Hoàng - Ủy viên BCH Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh, "
     "Trưởng Ban Chỉ đạo phát triển đoàn viên, thành lập công đoàn cơ sở và các đồng chí trong ban chỉ đạo.",
     [('Vũ Duy Hoàng', 'đồng chí', 'Ủy viên Ban Chấp hành @ Tổng LĐLĐ Việt Nam; Chủ tịch @ LĐLĐ tỉnh; '
       'Trưởng Ban Chỉ đạo phát triển đoàn viên, thành lập công đoàn cơ sở')]),
    ("Ngày 31/3/2020, Chủ tịch Công đoàn TKV Lê Thanh Xuân - Phó trưởng ban chỉ đạo phòng chống Covid-19 TKV đã "
     "đi kiểm tra.",
     [('Lê Thanh Xuân', '', 'Chủ tịch @ Công đoàn TKV; Phó Trưởng Ban chỉ đạo phòng chống Covid-19 @ TKV')]),
    ("Ông Lê Văn Cường - Phó Chủ tịch Thường trực UBND tỉnh, Trưởng ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh "
     "chủ trì.",
     [('Lê Văn Cường', 'ông', 'Phó Chủ tịch Thường trực @ UBND tỉnh; Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 '
       '@ tỉnh')]),
    ("Ông Nguyễn Văn An, Trưởng ban Chỉ đạo, phát biểu.", [('Nguyễn Văn An', 'ông', 'Trưởng Ban Chỉ đạo')]),
    # a lower-case administrative unit after a title or a department is its body (dev 251, 065, 258)
    ("Dự buổi lễ có: Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố Hà Nội "
     "Bùi Thị Minh Hoài.",
     [('Bùi Thị Minh Hoài', '',
       'Ủy viên Bộ Chính trị; Bí thư @ Thành ủy; Trưởng Đoàn đại biểu Quốc hội @ thành phố Hà Nội')]),
    ("Dự hội nghị có Vương Hương Giang, Trường phòng Giáo dục và Đào tạo quận Hoàn Kiếm.",
     [('Vương Hương Giang', '', 'Trưởng phòng Giáo dục và Đào tạo @ quận Hoàn Kiếm')]),
    ("Bà Nguyễn Thị Lan, Trưởng phòng Lao động thương binh và xã hội huyện Gia Lâm cho biết.",
     [('Nguyễn Thị Lan', 'bà', 'Trưởng phòng Lao động thương binh và xã hội @ huyện Gia Lâm')]),
    # a plural title before a colon, held by every titled person listed after it (dev 286)
    ("Về phía thành phố có: các Ủy viên Ban Thường vụ Thành ủy: Trưởng ban Dân vận Thành ủy Đỗ Anh Tuấn, "
     "Phó Chủ tịch UBND thành phố Nguyễn Trọng Đông cùng đại diện lãnh đạo các đơn vị.",
     [('Đỗ Anh Tuấn', '', 'Ủy viên Ban Thường vụ @ Thành ủy; Trưởng Ban Dân vận @ Thành ủy'),
      ('Nguyễn Trọng Đông', '', 'Ủy viên Ban Thường vụ @ Thành ủy; Phó Chủ tịch @ UBND thành phố')]),
    ("Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Lê Đình Hùng, Nguyễn Huy Khánh dự hội nghị.",
     [('Lê Đình Hùng', 'đồng chí', 'Phó Chủ tịch @ LĐLĐ Thành phố'),
      ('Nguyễn Huy Khánh', 'đồng chí', 'Phó Chủ tịch @ LĐLĐ Thành phố')]),
    # a vote of confidence before the election, the word for an office before the title (dev 115, 191, 100, 247)
    ("Tại Đại hội Công đoàn tỉnh Bình Định lần thứ XIV, ông Hà Duy Trung tiếp tục được tín nhiệm, tái đắc cử "
     "Chủ tịch LĐLĐ tỉnh Bình Định nhiệm kỳ 2023 – 2028.",
     [('Hà Duy Trung', 'ông', 'Chủ tịch @ LĐLĐ tỉnh Bình Định')]),
    ("Đồng chí Phạm Quí Tiên tiếp tục được Đại hội tín nhiệm bầu làm Bí thư Huyện ủy khóa XXIV nhiệm kỳ 2020-2025.",
     [('Phạm Quí Tiên', 'đồng chí', 'Bí thư @ Huyện ủy')]),
    ("Ông Bùi Văn Cường tái đắc cử chức danh Chủ tịch Tổng Liên đoàn lao động Việt Nam khóa 12.",
     [('Bùi Văn Cường', 'ông', 'Chủ tịch @ Tổng Liên đoàn lao động Việt Nam')]),
    ("Ông Nguyễn Văn Nam tiếp tục được tín nhiệm trong công việc.", []),
    # a name's first syllable read with the unknown place before it (`Tân Phú Võ` one word, dev 934):
    # the place after a unit has two syllables
    ("Chủ tịch UBND phường Tân Phú Võ Trương Bình trao Huy hiệu Đảng đến đảng viên.",
     [('Võ Trương Bình', '', 'Chủ tịch @ UBND phường Tân Phú')]),
    # a department's own head word in lower case is capitalised as the title's (dev 037)
    ("Tới dự có đồng chí Trần Đình Cảnh - Thành ủy viên, Phó trưởng ban thường trực ban Tổ chức Thành ủy.",
     [('Trần Đình Cảnh', 'đồng chí', 'Thành ủy viên; Phó Trưởng Ban Thường trực Ban Tổ chức @ Thành ủy')]),
    # re-elected in other words: two verbs joined, `bầu lại`, `tái cử làm` (dev 1085, 1086, 1087)
    ("Bà Nguyễn Thị Việt Hà tiếp tục tái cử và được bầu giữ chức vụ Chủ tịch Hội LHPN tỉnh Hà Tĩnh khóa XVI.",
     [('Nguyễn Thị Việt Hà', 'bà', 'Chủ tịch @ Hội LHPN tỉnh Hà Tĩnh')]),
    ("Đồng chí Lê Văn Lương được tín nhiệm bầu lại chức vụ bí thư Tỉnh Đoàn Nghệ An tại Hội nghị lần thứ nhất.",
     [('Lê Văn Lương', 'đồng chí', 'Bí thư @ Tỉnh Đoàn Nghệ An')]),
    ("Chị Trần Thị Diễm Trinh được tín nhiệm tái cử làm Bí thư Tỉnh Đoàn.",
     [('Trần Thị Diễm Trinh', 'chị', 'Bí thư @ Tỉnh Đoàn')]),
    ("Ông Nguyễn Văn Nam tái cử và cảm ơn các đại biểu.", []),
    # two people elected by one verb share its office (dev 1210)
    ("Tại Đại hội, ông Vũ Anh Tuấn và bà Phạm Thị Thanh Thủy tái đắc cử Phó Chủ tịch Công đoàn Y tế Việt Nam.",
     [('Vũ Anh Tuấn', 'ông', 'Phó Chủ tịch @ Công đoàn Y tế Việt Nam'),
      ('Phạm Thị Thanh Thủy', 'bà', 'Phó Chủ tịch @ Công đoàn Y tế Việt Nam')]),
    ("Ông Nguyễn Văn An và bà Trần Thị Bình cùng dự lễ khai mạc.", []),
    # ... by the council's delegates (dev 1141)
    ("Ông Nguyễn Thanh Mân tiếp tục được các đại biểu tín nhiệm bầu tái giữ chức Chủ tịch UBND thành phố Kon Tum, "
     "nhiệm kỳ 2021-2026.", [('Nguyễn Thanh Mân', 'ông', 'Chủ tịch @ UBND thành phố Kon Tum')]),
    # an event's organising committee, abbreviated or shortened, of the event named after it; `Phó phòng` (dev 046)
    ("Bà Lê Thị Bích Ngọc, Tổng Biên tập Báo Lao động Thủ đô, Trưởng BTC giải; ông Đặng Ngọc Thảo, Phó phòng "
     "Công tác chính trị, CA TP, Phó ban tổ chức giải cùng 18 đội bóng tới tham dự.",
     [('Lê Thị Bích Ngọc', 'bà', 'Tổng Biên tập @ Báo Lao động Thủ đô; Trưởng Ban Tổ chức @ giải'),
      ('Đặng Ngọc Thảo', 'ông', 'Phó Trưởng phòng Công tác chính trị @ CA TP; Phó Trưởng Ban Tổ chức @ giải')]),
    # `Phó Ban Thường trực` for Phó Trưởng Ban Thường trực, before the department it heads (dev 153)
    ("Dự Hội nghị có Phó Ban Thường trực Ban Tổ chức Thành uỷ Nguyễn Thanh Minh.",
     [('Nguyễn Thanh Minh', '', 'Phó Trưởng Ban Thường trực Ban Tổ chức @ Thành uỷ')]),
    # standing department names that hold a head or lower-case words; a ministry's department
    # head, the ministry in brackets (dev 075, 249, 305)
    ("Dự hội nghị có đồng chí Nguyễn Thị Mộng Hoa, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức cán bộ "
     "Đảng ủy các KCN&CX Hà Nội.",
     [('Nguyễn Thị Mộng Hoa', 'đồng chí', 'Ủy viên Ban Thường vụ @ Đảng ủy các KCN&CX Hà Nội; '
       'Trưởng Ban Tổ chức cán bộ @ Đảng ủy các KCN&CX Hà Nội')]),
    ("Tại hội nghị, bà Lê Thị Kim Điệp, Ủy viên Ban Thường vụ, Trưởng Ban Công tác Công đoàn LĐLĐ thành phố, "
     "đã công bố quyết định.",
     [('Lê Thị Kim Điệp', 'bà', 'Ủy viên Ban Thường vụ @ LĐLĐ thành phố; Trưởng Ban Công tác Công đoàn @ LĐLĐ thành phố')]),
    ("Tại buổi lễ, ông Trịnh Minh Chí - Vụ trưởng Vụ Tổ chức cán bộ (Bộ LĐ-TB&XH) - đã đọc Quyết định.",
     [('Trịnh Minh Chí', 'ông', 'Vụ trưởng Vụ Tổ chức cán bộ @ Bộ LĐ-TB&XH')]),
    # a company's name that holds a number, closed by punctuation (dev 246)
    ("Cụm trưởng Cụm thi đua là bà Nguyễn Thị Đào - Chủ tịch Công đoàn Tổng Công ty May 10 - CTCP; 2 Cụm "
     "phó do Chủ tịch Công đoàn Công ty Xăng dầu khu vực I đảm nhận.",
     [('Nguyễn Thị Đào', 'bà', 'Chủ tịch @ Công đoàn Tổng Công ty May 10 - CTCP')]),
    # ... or before the person's name (a case written to break the reader)
    ("Chủ tịch Công đoàn cơ sở Công ty May 10 Nguyễn Thị Hoa cho biết.",
     [('Nguyễn Thị Hoa', '', 'Chủ tịch @ Công đoàn cơ sở Công ty May 10')]),
    # a head in lower case that a capital follows needs that word: the school's place is no name
    # (a case written to break the reader)
    ("Bà Nguyễn Thị Lan, Phó Chủ tịch Công đoàn cơ sở trường Tiểu học Kim Liên chia sẻ.",
     [('Nguyễn Thị Lan', 'bà', 'Phó Chủ tịch @ Công đoàn cơ sở trường Tiểu học Kim Liên')]),
    # a degree between the organisation and the name opens the name; the same words inside a
    # body's name do not (cases written to break the reader)
    ("Giám đốc Bệnh viện Bạch Mai PGS.TS Đào Xuân Cơ cho biết.",
     [('Đào Xuân Cơ', '', 'Giám đốc @ Bệnh viện Bạch Mai')]),
    ("Chủ tịch Hội Nhà báo Việt Nam Lê Quốc Minh phát biểu.",
     [('Lê Quốc Minh', '', 'Chủ tịch @ Hội Nhà báo Việt Nam')]),
    # a company's legal form in lower case inside its name (a case written to break the reader)
    ("Bí thư Đảng ủy, Chủ tịch Công đoàn Công ty cổ phần May Hồ Gươm Nguyễn Văn An phát biểu.",
     [('Nguyễn Văn An', '', 'Bí thư @ Đảng ủy; Chủ tịch @ Công đoàn Công ty cổ phần May Hồ Gươm')]),
    # the deputy written with the chair's abbreviation (a case written to break the reader)
    ("Phó CT LĐLĐ quận Nguyễn Văn Bình phát biểu.", [('Nguyễn Văn Bình', '', 'Phó Chủ tịch @ LĐLĐ quận')]),
    # lower-case words, `và` among them, that an abbreviation in brackets closes are the name's
    # (a case written to break the reader)
    ("Bà Nguyễn Thị Bình – Chủ tịch Công đoàn Tổng công ty Đầu tư phát triển nhà và đô thị (HUD) cho biết.",
     [('Nguyễn Thị Bình', 'bà', 'Chủ tịch @ Công đoàn Tổng công ty Đầu tư phát triển nhà và đô thị (HUD)')]),
    # lower-case words after a capitalised word with lower-case syllables, before a head (dev 063)
    ("Tới dự lễ kỷ niệm có các đồng chí: Nguyễn Khắc Hà - Vụ trưởng vụ 2, Ban Thi đua khen thưởng Trung ương; "
     "Nguyễn Đức Vinh - Thành ủy viên, Bí thư Quận ủy Hoàng Mai.",
     [('Nguyễn Khắc Hà', 'đồng chí', 'Vụ trưởng vụ 2 @ Ban Thi đua khen thưởng Trung ương'),
      ('Nguyễn Đức Vinh', 'đồng chí', 'Thành ủy viên; Bí thư @ Quận ủy Hoàng Mai')]),
    # `trực tiếp` after a name is the adverb of its verb, inside an organisation only after
    # `cấp trên` (dev 335; the adverb after an organisation on dev 252, 328)
    ("Huyện ủy viên, Chủ tịch Liên đoàn Lao động huyện Ứng Hòa Đỗ Thị Phương Nga trực tiếp động viên, trao quà.",
     [('Đỗ Thị Phương Nga', '', 'Huyện ủy viên; Chủ tịch @ Liên đoàn Lao động huyện Ứng Hòa')]),
    ("Chủ tịch Công đoàn cấp trên trực tiếp cơ sở Nguyễn Văn An phát biểu.",
     [('Nguyễn Văn An', '', 'Chủ tịch @ Công đoàn cấp trên trực tiếp cơ sở')]),
    # an election's `chức` written in full as `chức vụ` / `chức danh` after any of its verbs
    # (dev 348, 352; `giữ chức vụ` on dev 305, `tái đắc cử chức danh` on dev 100)
    ("Đồng chí Hoàng Xuân Duyệt được bầu giữ chức vụ Bí thư Huyện ủy.",
     [('Hoàng Xuân Duyệt', 'đồng chí', 'Bí thư @ Huyện ủy')]),
    ("Sáng 23/6, ông Chu Ngọc Anh tiếp tục được bầu giữ chức vụ Chủ tịch UBND thành phố Hà Nội khóa XVI, "
     "nhiệm kỳ 2021-2026 với số phiếu 92/94.",
     [('Chu Ngọc Anh', 'ông', 'Chủ tịch @ UBND thành phố Hà Nội')]),
    # `được bầu tiếp tục giữ chức`: the adverb after the election's verb (dev 813)
    ("Bà Bùi Thị Minh Hoài được bầu tiếp tục giữ chức Bí thư Thành ủy Hà Nội khóa XVIII.",
     [('Bùi Thị Minh Hoài', 'bà', 'Bí thư @ Thành ủy Hà Nội')]),
    # `X là T O`: offices that name their body or are complete in themselves (dev 808), listed
    # with semicolons too (dev 100); a part played, or a title with no body, is none
    ("Trong đó, đồng chí Phan Thị Thanh Phương là Thành ủy viên, Bí thư Thành Đoàn khóa XI.",
     [('Phan Thị Thanh Phương', 'đồng chí', 'Thành ủy viên; Bí thư @ Thành Đoàn')]),
    ("Từ tháng 4/2016 tới nay, đồng chí Bùi Văn Cường là Uỷ viên Ban Chấp hành Trung ương Đảng khoá XII; "
     "Bí thư Đảng đoàn, Chủ tịch Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam; Đại biểu Quốc hội Khoá XIV.",
     [('Bùi Văn Cường', 'đồng chí', 'Ủy viên Ban Chấp hành @ Trung ương Đảng; Bí thư @ Đảng đoàn; '
       'Chủ tịch @ Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam; Đại biểu Quốc hội')]),
    ("Ông Nguyễn Văn An là Trưởng đoàn.", []),
    # a council's member is `Đại biểu` of the council (dev 1104, 1242); a delegation's head belongs to
    # the place written after its term (dev 1242), which names the body as a head would
    ("Ông Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy, đại biểu Hội đồng Nhân dân tỉnh khóa XIV, phát biểu.",
     [('Hoàng Quốc Khánh', 'ông', 'Phó Bí thư @ Tỉnh ủy; Đại biểu @ Hội đồng Nhân dân tỉnh')]),
    ("Bà Thái Thu Xương là Chủ tịch Ủy ban MTTQ tỉnh Hậu Giang; đại biểu HĐND tỉnh Hậu Giang nhiệm kỳ 2021-2026; "
     "Trưởng Đoàn Đại biểu Quốc hội khóa XV tỉnh Hậu Giang.",
     [('Thái Thu Xương', 'bà', 'Chủ tịch @ Ủy ban MTTQ tỉnh Hậu Giang; Đại biểu @ HĐND tỉnh Hậu Giang; '
       'Trưởng Đoàn đại biểu Quốc hội @ tỉnh Hậu Giang')]),
    # ... but `đại biểu` alone is any delegate
    ("Các đại biểu Nguyễn Văn An, Trần Văn Bình đã phát biểu.", []),
    # ... nor is it after an office, which it ends (dev 1212)
    ("Kết thúc mỗi buổi kiểm tra, đồng chí Lý Hồng Ngọc – Chủ tịch Liên đoàn Lao động huyện - Trưởng đoàn đã đánh giá "
     "những ưu, khuyết điểm.", [('Lý Hồng Ngọc', 'đồng chí', 'Chủ tịch @ Liên đoàn Lao động huyện')]),
    # an honorary chair (dev 906) and a military commander (dev 928) are offices of the body after them
    ("Đến tham dự có ông Nguyễn Anh Tuấn - Phó Bí thư Thường trực Huyện ủy, Chủ tịch danh dự Hội Chữ thập đỏ "
     "huyện; ông Đỗ Thanh Hòa - Huyện ủy viên.",
     [('Nguyễn Anh Tuấn', 'ông', 'Phó Bí thư Thường trực @ Huyện ủy; Chủ tịch danh dự @ Hội Chữ thập đỏ huyện'),
      ('Đỗ Thanh Hòa', 'ông', 'Huyện ủy viên')]),
    ("Tham dự có các đồng chí: Thiếu tướng Vũ Văn Điền, Ủy viên Ban Thường vụ Thành ủy, Tư lệnh Bộ Tư lệnh "
     "TPHCM; Phan Thị Thanh Phương, Bí thư Đảng ủy.",
     [('Vũ Văn Điền', 'đồng chí', 'Thiếu tướng; Ủy viên Ban Thường vụ @ Thành ủy; Tư lệnh @ Bộ Tư lệnh TPHCM'),
      ('Phan Thị Thanh Phương', 'đồng chí', 'Bí thư @ Đảng ủy')]),
    # `TT` after a deputy's title stands for `Thường trực` (dev 845)
    ("Dự có đồng chí Nguyễn Văn Cương – Phó Bí thư TT Huyện ủy; đồng chí Nguyễn Xuân Thanh – Phó Chủ tịch TT "
     "UBND huyện.",
     [('Nguyễn Văn Cương', 'đồng chí', 'Phó Bí thư Thường trực @ Huyện ủy'),
      ('Nguyễn Xuân Thanh', 'đồng chí', 'Phó Chủ tịch Thường trực @ UBND huyện')]),
    ("Ông Nguyễn Văn An là Phó Chủ tịch; ông Trần Văn Bình là Ủy viên.", []),
    # `trúng cử (trực tiếp)`: elected at the congress, the office after it (dev 361)
    ("Ông Nguyễn Văn Phong tặng hoa chúc mừng bà Trần Thị Phương Hoa trúng cử trực tiếp Bí thư Quận uỷ Cầu "
     "Giấy (Hà Nội) tại đại hội.",
     [('Trần Thị Phương Hoa', 'bà', 'Bí thư @ Quận uỷ Cầu Giấy')]),
    ("Ông Nguyễn Văn Nam trúng cử chức Chủ tịch LĐLĐ tỉnh Bắc Ninh.",
     [('Nguyễn Văn Nam', 'ông', 'Chủ tịch @ LĐLĐ tỉnh Bắc Ninh')]),
    # names listed, then one role phrase after a dash: each of them holds it (dev 132); after a
    # comma the roles are the last name's alone
    ("Tới dự có các đồng chí: Vũ Kim Sơn, Phó Chủ tịch Thường trực LĐLĐ thành phố; Đặng Thị Phương Hoa, "
     "Lê Đình Hùng - Phó Chủ tịch LĐLĐ thành phố Hà Nội, cùng lãnh đạo ngành Công thương Hà Nội.",
     [('Vũ Kim Sơn', 'đồng chí', 'Phó Chủ tịch Thường trực @ LĐLĐ thành phố'),
      ('Đặng Thị Phương Hoa', 'đồng chí', 'Phó Chủ tịch @ LĐLĐ thành phố Hà Nội'),
      ('Lê Đình Hùng', 'đồng chí', 'Phó Chủ tịch @ LĐLĐ thành phố Hà Nội')]),
    ("Dự có Nguyễn Văn An và Trần Thị Bình – Phó Chủ tịch UBND quận Đống Đa.",
     [('Nguyễn Văn An', '', 'Phó Chủ tịch @ UBND quận Đống Đa'),
      ('Trần Thị Bình', '', 'Phó Chủ tịch @ UBND quận Đống Đa')]),
    ("Dự có Nguyễn Văn An, Trần Thị Bình, Phó Chủ tịch UBND quận Đống Đa.",
     [('Trần Thị Bình', '', 'Phó Chủ tịch @ UBND quận Đống Đa')]),
    # ... names listed, then one election: each of them is elected (dev 887), after a plural
    # honorific too
    ("Các đồng chí Lê Thanh Hải và Nguyễn Văn Tuấn được bầu làm Phó Bí thư Huyện ủy Hà Trung.",
     [('Lê Thanh Hải', 'đồng chí', 'Phó Bí thư @ Huyện ủy Hà Trung'),
      ('Nguyễn Văn Tuấn', 'đồng chí', 'Phó Bí thư @ Huyện ủy Hà Trung')]),
    ("Lê Thanh Hải và Nguyễn Văn Tuấn được bầu làm Phó Bí thư Huyện ủy Hà Trung.",
     [('Lê Thanh Hải', '', 'Phó Bí thư @ Huyện ủy Hà Trung'),
      ('Nguyễn Văn Tuấn', '', 'Phó Bí thư @ Huyện ủy Hà Trung')]),
    ("Các đồng chí Lê Thanh Hải, Nguyễn Văn Tuấn - Phó Bí thư Huyện ủy Hà Trung.",
     [('Lê Thanh Hải', 'đồng chí', 'Phó Bí thư @ Huyện ủy Hà Trung'),
      ('Nguyễn Văn Tuấn', 'đồng chí', 'Phó Bí thư @ Huyện ủy Hà Trung')]),
    # ... names joined by `và`, then as many titles joined by `và` sharing one organisation after a
    # comma: held one each, in order (dev 747); one title after the comma stays the last name's
    ("Dự có Phạm Thị Phúc và Lê Ngọc Phúc, Chủ tịch và PCT LĐLĐ Lâm Đồng, Đoàn Văn Việt - Phó Bí thư Tỉnh ủy.",
     [('Phạm Thị Phúc', '', 'Chủ tịch @ LĐLĐ Lâm Đồng'), ('Lê Ngọc Phúc', '', 'Phó Chủ tịch @ LĐLĐ Lâm Đồng'),
      ('Đoàn Văn Việt', '', 'Phó Bí thư @ Tỉnh ủy')]),
    ("Dự có Trần Văn An, Lê Văn Bảo và Nguyễn Văn Bình, Chủ tịch, Phó Chủ tịch và Ủy viên LĐLĐ tỉnh.",
     [('Trần Văn An', '', 'Chủ tịch @ LĐLĐ tỉnh'), ('Lê Văn Bảo', '', 'Phó Chủ tịch @ LĐLĐ tỉnh'),
      ('Nguyễn Văn Bình', '', 'Ủy viên @ LĐLĐ tỉnh')]),
    ("Dự có Phạm Thị Phúc và Lê Ngọc Phúc, Phó Chủ tịch LĐLĐ Lâm Đồng.",
     [('Lê Ngọc Phúc', '', 'Phó Chủ tịch @ LĐLĐ Lâm Đồng')]),
    ("Dự có Phạm Thị Phúc và Lê Ngọc Phúc, Chủ tịch LĐLĐ tỉnh và Giám đốc Sở Y tế.",
     [('Lê Ngọc Phúc', '', 'Chủ tịch @ LĐLĐ tỉnh; Giám đốc @ Sở Y tế')]),
    # the head of a trade-union group, of the unit named after the title (dev 144)
    ("Bà Trần Thị Thịnh, Tổ trưởng Công đoàn Làng Hòa Bình Thanh Xuân (Bệnh viện Phục hồi chức năng Hà Nội) "
     "cho biết.",
     [('Trần Thị Thịnh', 'bà', 'Tổ trưởng Công đoàn @ Làng Hòa Bình Thanh Xuân')]),
    # a birth year or an age in brackets between the name and its roles (dev 144); membership
    # after it is still no title
    ("Đoàn đã trao hỗ trợ cho gia đình điều dưỡng Trần Thị Thịnh (sinh năm 1990), Tổ trưởng Công đoàn Làng "
     "Hòa Bình Thanh Xuân (Bệnh viện Phục hồi chức năng Hà Nội).",
     [('Trần Thị Thịnh', '', 'Tổ trưởng Công đoàn @ Làng Hòa Bình Thanh Xuân')]),
    ("Ông Nguyễn Văn An (SN 1970) - Chủ tịch Công đoàn Công ty Hòa Phát cho biết.",
     [('Nguyễn Văn An', 'ông', 'Chủ tịch @ Công đoàn Công ty Hòa Phát')]),
    ("Bà Lê Thị Hoa (45 tuổi), Chủ tịch UBND xã Kim Chung cho biết.",
     [('Lê Thị Hoa', 'bà', 'Chủ tịch @ UBND xã Kim Chung')]),
    ("Nạn nhân là chị Lê Thị Oanh (sinh năm 1997), đoàn viên Công đoàn Công ty TNHH Hino Motor.", []),
    # a place ends the phrase before a title: the title opens the person's own (dev 198); the
    # organisation written before it is not the title's (no ` @ `)
    ("Thay mặt LĐLĐTP Hà Nội Chủ tịch Nguyễn Thị Tuyến tặng lẵng hoa chúc mừng Báo.",
     [('Nguyễn Thị Tuyến', '', 'Chủ tịch')]),
    ("Đại diện Tổng LĐLĐ Việt Nam, Phó Chủ tịch Phan Văn Anh phát biểu.",
     [('Phan Văn Anh', '', 'Phó Chủ tịch')]),
    # a family name that ends an organisation head (`Trung ương Đoàn`) is the head's, even when
    # underthesea glues it to the person's name after it (dev 334)
    ("Bí thư Thành đoàn Hà Nội Chu Hồng Minh và Phó Trưởng ban Công tác Thiếu nhi Trung ương Đoàn Hoàng Thái "
     "Nam trao Bằng khen cho các Hiệu trưởng tiêu biểu.",
     [('Chu Hồng Minh', '', 'Bí thư @ Thành đoàn Hà Nội'),
      ('Hoàng Thái Nam', '', 'Phó Trưởng Ban Công tác Thiếu nhi @ Trung ương Đoàn')]),
    ("Bí thư Trung ương Đoàn Nguyễn Anh Tuấn phát biểu.",
     [('Nguyễn Anh Tuấn', '', 'Bí thư @ Trung ương Đoàn')]),
    # a hospital or a school named after a place or a person, its head anywhere in the organisation
    # (the organisations of dev 144 `Bệnh viện Bạch Mai`, 232 `trường THPT Lê Quý Đôn`): no second person
    ("Bà Nguyễn Thị Hoa, Chủ tịch Công đoàn Bệnh viện Bạch Mai cho biết.",
     [('Nguyễn Thị Hoa', 'bà', 'Chủ tịch @ Công đoàn Bệnh viện Bạch Mai')]),
    ("Bà Nguyễn Thị Hoa, Hiệu trưởng Trường THPT Lê Quý Đôn cho biết.",
     [('Nguyễn Thị Hoa', 'bà', 'Hiệu trưởng @ Trường THPT Lê Quý Đôn')]),
    ("Hiệu trưởng Trường THPT Lê Quý Đôn Nguyễn Thị Hoa cho biết.",
     [('Nguyễn Thị Hoa', '', 'Hiệu trưởng @ Trường THPT Lê Quý Đôn')]),
    # a ward or commune named like a person (dev 007 `xã Kim Chung`, 109 and 282 `phường Phạm Đình
    # Hổ`) is the unit's name; after a province the unknown capitals are still the person (dev 115)
    ("Bà Lê Thị Hoa, Chủ tịch UBND xã Kim Chung cho biết.",
     [('Lê Thị Hoa', 'bà', 'Chủ tịch @ UBND xã Kim Chung')]),
    ("Bí thư Đảng ủy phường Phạm Đình Hổ Trần Văn Nam phát biểu.",
     [('Trần Văn Nam', '', 'Bí thư @ Đảng ủy phường Phạm Đình Hổ')]),
    ("Bình Định Phạm Anh Tuấn (bên phải) chúc mừng Chủ tịch LĐLĐ tỉnh Hà Duy Trung.",
     [('Hà Duy Trung', '', 'Chủ tịch @ LĐLĐ tỉnh')]),
    # the roles open the clause, then the person in apposition after a comma or dash with an
    # honorific (general Vietnamese news; no dev page uses it yet)
    ("Chủ tịch LĐLĐ quận Hoàn Kiếm, bà Lê Hoàng Thủy Vân cho biết công đoàn đã hỗ trợ.",
     [('Lê Hoàng Thủy Vân', 'bà', 'Chủ tịch @ LĐLĐ quận Hoàn Kiếm')]),
    ("Chủ tịch LĐLĐ quận Hoàn Kiếm - bà Lê Hoàng Thủy Vân cho biết công đoàn đã hỗ trợ.",
     [('Lê Hoàng Thủy Vân', 'bà', 'Chủ tịch @ LĐLĐ quận Hoàn Kiếm')]),
    ("Phát biểu tại hội nghị, Phó Chủ tịch LĐLĐ thành phố Hà Nội, ông Nguyễn Huy Khánh nhấn mạnh vai trò.",
     [('Nguyễn Huy Khánh', 'ông', 'Phó Chủ tịch @ LĐLĐ thành phố Hà Nội')]),
    ("Theo Chủ tịch LĐLĐ quận Hoàn Kiếm, bà Lê Hoàng Thủy Vân, công đoàn đã hỗ trợ 200 đoàn viên.",
     [('Lê Hoàng Thủy Vân', 'bà', 'Chủ tịch @ LĐLĐ quận Hoàn Kiếm')]),
    # ... but not offices listed as the object of a clause (dev 197: those held over a life)
    ("Sinh thời, dù trên cương vị nào, từ Bí Thư Thành ủy Hà Nội, Chủ tịch Quốc hội, Tổng Bí thư, "
     "đồng chí Nguyễn Phú Trọng đều dành tình cảm đặc biệt cho Thủ đô.",
     []),
    # `tân` (newly elected) before a title is part of neither the title nor an organisation
    ("Tân Chủ tịch LĐLĐ tỉnh Bắc Ninh Nguyễn Phi Thường phát biểu.",
     [('Nguyễn Phi Thường', '', 'Chủ tịch @ LĐLĐ tỉnh Bắc Ninh')]),
    ("Tân Chủ tịch LĐLĐ tỉnh Bắc Ninh, ông Nguyễn Phi Thường phát biểu nhận nhiệm vụ.",
     [('Nguyễn Phi Thường', 'ông', 'Chủ tịch @ LĐLĐ tỉnh Bắc Ninh')]),
    ("Đại hội đã chúc mừng tân Chủ tịch LĐLĐ tỉnh Bắc Ninh Nguyễn Phi Thường.",
     [('Nguyễn Phi Thường', '', 'Chủ tịch @ LĐLĐ tỉnh Bắc Ninh')]),
    # a teacher's honorific before a whole name (dev 091 writes `thầy Đoàn Mạnh Cường`, a teacher
    # with no office: no row); after a unit `Cô` names a place
    ("Cô Nguyễn Thị Hoa, Hiệu trưởng Trường THCS Trưng Vương cho biết.",
     [('Nguyễn Thị Hoa', 'cô', 'Hiệu trưởng @ Trường THCS Trưng Vương')]),
    ("Hiệu trưởng Trường THPT Việt Đức, thầy Nguyễn Văn Nam cho biết.",
     [('Nguyễn Văn Nam', 'thầy', 'Hiệu trưởng @ Trường THPT Việt Đức')]),
    ("Cô giáo Trường Mầm non Đồng Tâm bị suy thận giai đoạn cuối và thầy Đoàn Mạnh Cường là giáo viên "
     "trường mầm non Đông Quang.",
     []),
    ("Chủ tịch LĐLĐ huyện Cô Tô Nguyễn Văn Nam phát biểu.",
     [('Nguyễn Văn Nam', '', 'Chủ tịch @ LĐLĐ huyện Cô Tô')]),
    # the heads of a general department, an institute, a court and their deputies
    ("Phó Tổng cục trưởng Tổng cục Thống kê Nguyễn Trung Tiến cho biết.",
     [('Nguyễn Trung Tiến', '', 'Phó Tổng cục trưởng @ Tổng cục Thống kê')]),
    ("Tổng cục trưởng Tổng cục Thống kê Nguyễn Thị Hương cho biết.",
     [('Nguyễn Thị Hương', '', 'Tổng cục trưởng @ Tổng cục Thống kê')]),
    ("Phó Viện trưởng Viện Công nhân và Công đoàn Nguyễn Văn Bình cho biết.",
     [('Nguyễn Văn Bình', '', 'Phó Viện trưởng @ Viện Công nhân và Công đoàn')]),
    ("Ông Trần Văn An, Phó Chánh án Tòa án nhân dân quận Đống Đa cho biết.",
     [('Trần Văn An', 'ông', 'Phó Chánh án @ Tòa án nhân dân quận Đống Đa')]),
    # a unit named in lower case after a department title runs up to the verb phrase (dev 091)
    ("Công đoàn ngành Giáo dục Hà Nội phối hợp Cấp học mầm non - Sở Giáo dục và Đào tạo Hà Nội do bà "
     "Hoàng Thanh Hương - Trưởng Phòng giáo dục mầm non đã tới thăm và tặng quà.",
     [('Hoàng Thanh Hương', 'bà', 'Trưởng phòng giáo dục mầm non')]),
    ("Bà Hoàng Thanh Hương, Trưởng phòng kinh doanh đã cho biết.",
     [('Hoàng Thanh Hương', 'bà', 'Trưởng phòng kinh doanh')]),
    # a trade name that ends like a two-syllable name, read as one word (`May Hồ Gươm`), keeps it;
    # a name after it, or one that is a word of its own (`Công ty Mai Linh Lê Hà` above), is the person
    ("Chủ tịch Công đoàn Công ty CP May Hồ Gươm cho biết.", []),
    ("Chủ tịch Công đoàn Công ty CP May Hồ Gươm Nguyễn Thị Lan cho biết.",
     [('Nguyễn Thị Lan', '', 'Chủ tịch @ Công đoàn Công ty CP May Hồ Gươm')]),
    # `trưởng đoàn ĐBQH`, an acting head of state (batch-8 dev 399, 407)
    ("Đồng chí Vương Đình Huệ, Ủy viên Bộ Chính trị, Bí thư Thành ủy, trưởng đoàn ĐBQH thành phố Hà Nội dự Đại hội.",
     [('Vương Đình Huệ', 'đồng chí', 'Ủy viên Bộ Chính trị; Bí thư @ Thành ủy; Trưởng Đoàn đại biểu Quốc hội @ '
       'thành phố Hà Nội')]),
    ("Dự và chỉ đạo lễ phát động có Ủy viên Trung ương Đảng, quyền Chủ tịch nước Võ Thị Ánh Xuân.",
     [('Võ Thị Ánh Xuân', '', 'Ủy viên @ Trung ương Đảng; Quyền Chủ tịch nước')]),
    # an organisation whose name holds a comma is read whole, and the list goes on after it (dev 342)
    ("Tham dự có đồng chí Nguyễn Đình Khang – Ủy viên Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn "
     "thể Trung ương, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Chủ tịch Tổng Liên đoàn "
     "Lao động Việt Nam.",
     [('Nguyễn Đình Khang', 'đồng chí',
       'Ủy viên Ban Thường vụ @ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương; Phó Chủ tịch @ Ủy ban '
       'Trung ương Mặt trận Tổ quốc Việt Nam; Chủ tịch @ Tổng Liên đoàn Lao động Việt Nam')]),
    # so is a ministry's, in lower case too (dev 298)
    ("Đến dự có Tiến sĩ Vũ Minh Đức - Ủy viên Ban Cán Sự Đảng Bộ giáo dục và đào tạo, Chủ tịch Công "
     "đoàn Giáo dục Việt Nam.",
     [('Vũ Minh Đức', '', 'Ủy viên Ban Cán sự đảng @ Bộ giáo dục và đào tạo; Chủ tịch @ Công đoàn Giáo '
       'dục Việt Nam')]),
    # a branch with the company it belongs to after a comma (dev 129)
    ("Nguyễn Quang Trung, Phó Giám đốc chi nhánh Ba Đình, Công ty TNHH MTV Môi trường đô thị Hà Nội chia sẻ.",
     [('Nguyễn Quang Trung', '', 'Phó Giám đốc @ chi nhánh Ba Đình, Công ty TNHH MTV Môi trường đô thị '
       'Hà Nội')]),
    ("Ông Nguyễn Văn An, Giám đốc Chi nhánh Ba Đình, Phó Chủ tịch Công đoàn Công ty cho biết.",
     [('Nguyễn Văn An', 'ông', 'Giám đốc @ Chi nhánh Ba Đình; Phó Chủ tịch @ Công đoàn Công ty')]),
    # bodies joined, then the office after a comma; a move by the Party (`được điều động, chỉ định
    # làm`) (dev 376)
    ("Bộ Chính trị chỉ định đồng chí Nguyễn Duy Ngọc tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ "
     "Thành ủy, giữ chức Bí thư Thành ủy Hà Nội nhiệm kỳ 2025-2030, thay đồng chí Bùi Thị Minh Hoài "
     "được điều động, chỉ định làm Bí thư Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương.",
     [('Nguyễn Duy Ngọc', 'đồng chí', 'Bí thư @ Thành ủy Hà Nội'),
      ('Bùi Thị Minh Hoài', 'đồng chí', 'Bí thư @ Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương')]),
    # a head that needs a name, in lower case after the title, before its capitalised name (dev 404)
    ("Lễ phát động có sự tham dự của bà Nguyễn Thị Xuân Thu - Bí thư Đảng đoàn, Chủ tịch hội Chữ thập "
     "đỏ Việt Nam; ông Nguyễn Sỹ Trường - Chủ tịch Hội chữ thập đỏ Thành phố Hà Nội.",
     [('Nguyễn Thị Xuân Thu', 'bà', 'Bí thư @ Đảng đoàn; Chủ tịch @ hội Chữ thập đỏ Việt Nam'),
      ('Nguyễn Sỹ Trường', 'ông', 'Chủ tịch @ Hội chữ thập đỏ Thành phố Hà Nội')]),
    # … but an ordinary word before a lower-case one is no body
    ("Ông Nguyễn Văn An, Chủ tịch hội nghị khách hàng năm nay, cho biết.",
     [('Nguyễn Văn An', 'ông', 'Chủ tịch')]),
    # a plural title names the group; each person listed after `gồm` holds the roles after the name
    # (dev 385)
    ("Hà Nội hiện có các Phó Bí thư Thành uỷ gồm bà Ngô Thị Thanh Hằng, Uỷ viên T.Ư Đảng, Phó Bí thư "
     "Thường trực Thành uỷ; bà Nguyễn Thị Bích Ngọc, Phó Bí thư Thành uỷ, Chủ tịch HĐND thành phố; ông "
     "Đào Đức Toàn, Phó Bí thư Thành uỷ.",
     [('Ngô Thị Thanh Hằng', 'bà', 'Ủy viên @ T.Ư Đảng; Phó Bí thư Thường trực @ Thành uỷ'),
      ('Nguyễn Thị Bích Ngọc', 'bà', 'Phó Bí thư @ Thành uỷ; Chủ tịch @ HĐND thành phố'),
      ('Đào Đức Toàn', 'ông', 'Phó Bí thư @ Thành uỷ')]),
    # the body that elects or appoints between `được` and its verb; `vào chức danh` (probe 187)
    ("Đồng chí Phan Song Toàn vừa được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh Bí thư Huyện ủy Châu Thành.",
     [('Phan Song Toàn', 'đồng chí', 'Bí thư @ Huyện ủy Châu Thành')]),
    ("Bà Trần Thị Hoa vừa được UBND thành phố bổ nhiệm giữ chức Giám đốc Sở Y tế Hà Nội.",
     [('Trần Thị Hoa', 'bà', 'Giám đốc @ Sở Y tế Hà Nội')]),
    ("Ông Nguyễn Văn An được Ban Chấp hành tặng Bằng khen.", []),
    # two capitalised syllables right after a district's unit are the district the gazetteer does
    # not know, not a person (probe 77); three make a name (`LĐLĐ tỉnh Hà Duy Trung`)
    ("Đồng chí Đỗ Thị Thu Trang – Phó Chủ tịch Liên đoàn Lao động huyện An Dương chúc mừng Công đoàn Công ty.",
     [('Đỗ Thị Thu Trang', 'đồng chí', 'Phó Chủ tịch @ Liên đoàn Lao động huyện An Dương')]),
    ("Chủ tịch LĐLĐ huyện Nguyễn Văn Hùng phát biểu.",
     [('Nguyễn Văn Hùng', '', 'Chủ tịch @ LĐLĐ huyện')]),
    # a few lower-case words inside an organisation's name before its place; a preposition ends it (probe 65, 3)
    ("TS Hoàng Dương Tùng – Chủ tịch Mạng lưới không khí sạch Việt Nam cho rằng, cần hành động.",
     [('Hoàng Dương Tùng', '', 'Chủ tịch @ Mạng lưới không khí sạch Việt Nam')]),
    # ... a syllable of such a word is no verb marker (`làm` of `việc làm`, dev 1029)
    ("Thông tin về lao động, ông Vũ Quang Thành, phó giám đốc Trung tâm Dịch vụ việc làm Hà Nội (Sở Lao động - "
     "Thương binh và Xã hội Hà Nội) cho biết:",
     [('Vũ Quang Thành', 'ông', 'Phó Giám đốc @ Trung tâm Dịch vụ việc làm Hà Nội')]),
    ("Chủ tịch UBND TP điều động ông Dương Đức Tuấn, Phó Giám đốc Sở Quy hoạch Kiến trúc tới công tác tại "
     "Đảng bộ quận Hoàn Kiếm.",
     [('Dương Đức Tuấn', 'ông', 'Phó Giám đốc @ Sở Quy hoạch Kiến trúc')]),
    # a bare `làm` gives an office when the title has its body (probes), not a part at an event
    ("Ông Trương Minh Tuấn làm Phó trưởng Ban Tuyên giáo Trung ương",
     [('Trương Minh Tuấn', 'ông', 'Phó Trưởng Ban Tuyên giáo @ Trung ương')]),
    ("Đoàn công tác do ông Nguyễn Văn An làm Trưởng đoàn đã đến thăm.", []),
    ("Ông Nguyễn Văn An làm Trưởng đoàn công tác của Thành phố.", []),
    # a counted title, in either case, held by each person listed after its list opener; a
    # portfolio in brackets after a listed name (probes)
    ("Ba thứ trưởng Bộ Công an gồm các ông Lê Tấn Tới, Lê Văn Tuyến và ông Nguyễn Văn Long được thăng cấp bậc hàm.",
     [('Lê Tấn Tới', 'ông', 'Thứ trưởng @ Bộ Công an'), ('Lê Văn Tuyến', 'ông', 'Thứ trưởng @ Bộ Công an'),
      ('Nguyễn Văn Long', 'ông', 'Thứ trưởng @ Bộ Công an')]),
    ("Hiện Sở GD&ĐT Hà Nội có 3 phó giám đốc, bao gồm: ông Phạm Văn Đại (phụ trách Sở), ông Phạm Xuân Tiến "
     "và ông Nguyễn Quang Tuấn.",
     [('Phạm Văn Đại', 'ông', 'Phó Giám đốc'), ('Phạm Xuân Tiến', 'ông', 'Phó Giám đốc'),
      ('Nguyễn Quang Tuấn', 'ông', 'Phó Giám đốc')]),
    ("Năm 2023 có 2025 Phó Chủ tịch công đoàn cơ sở gồm nhiều người mới.", []),
    # a name in capitals after an honorific; a caption's title right after it, no separator; a
    # numbered ward with its district after a comma (probes)
    ("Ông PHẠM VĂN TỒN, Chủ tịch UBND phường 25, quận Bình Thạnh",
     [('PHẠM VĂN TỒN', 'ông', 'Chủ tịch @ UBND phường 25, quận Bình Thạnh')]),
    ("Đồng chí VÕ ĐỨC TRONG Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh",
     [('VÕ ĐỨC TRONG', 'đồng chí', 'Chủ tịch @ Ủy ban MTTQ Việt Nam tỉnh Tây Ninh')]),
    ("HÀ NỘI VĂN MINH: ông Đỗ Văn Hòa cho biết.", []),
    # `UV.BTV` in one piece; a Party committee in lower case after a title (probes, round 4)
    ("Đến dự có Đ/c Nguyễn Văn Trường – UV.BTV Huyện ủy, Phó Chủ tịch HĐND Huyện.",
     [('Nguyễn Văn Trường', 'đồng chí', 'Ủy viên Ban Thường vụ @ Huyện ủy; Phó Chủ tịch @ HĐND Huyện')]),
    ("Về dự có ông Nguyễn Thanh Phương, ủy viên Ban thường vụ huyện ủy, Phó Chủ tịch UBND huyện.",
     [('Nguyễn Thanh Phương', 'ông', 'Ủy viên Ban Thường vụ @ huyện ủy; Phó Chủ tịch @ UBND huyện')]),
    # probes, fifth round: a comma before the election verb; a degree or (after a dash) nothing
    # before a name in apposition; the central bank's governors; a section head; a school whose
    # name ends in a number; `cùng` is no company's name
    ("Đồng chí Trần Thị Ngọc Diễm, đắc cử Chủ tịch Công đoàn Giáo dục và Đào tạo huyện Phong Điền nhiệm kỳ 2015 - 2020.",
     [('Trần Thị Ngọc Diễm', 'đồng chí', 'Chủ tịch @ Công đoàn Giáo dục và Đào tạo huyện Phong Điền')]),
    ("Tại buổi gặp gỡ, Chủ tịch Công đoàn Giáo dục Việt Nam, TS Nguyễn Ngọc Ân, đã gửi lời chúc tới các nhà giáo.",
     [('Nguyễn Ngọc Ân', '', 'Chủ tịch @ Công đoàn Giáo dục Việt Nam')]),
    ("\"Đây là hoạt động thường xuyên\", Chủ tịch Công đoàn cơ sở Công ty Điện lực Long An - Võ Duy Linh cho biết./.",
     [('Võ Duy Linh', '', 'Chủ tịch @ Công đoàn cơ sở Công ty Điện lực Long An')]),
    ("Đ/c Đào Minh Tú - Phó Thống đốc Thường trực NHNN, Chủ tịch Công đoàn NHVN đã đến dự.",
     [('Đào Minh Tú', 'đồng chí', 'Phó Thống đốc Thường trực @ NHNN; Chủ tịch @ Công đoàn NHVN')]),
    ("Cô Phan Thị Bích Liên, Hiệu trưởng Trường Mầm non Măng non 1 (quận 10) trong một giờ xuống lớp thăm trẻ",
     [('Phan Thị Bích Liên', 'cô', 'Hiệu trưởng @ Trường Mầm non Măng non 1')]),
    ("Tham dự Đại hội có ông Nguyễn Thanh Tân – Giám đốc Công ty cùng đông đảo đoàn viên.",
     [('Nguyễn Thanh Tân', 'ông', 'Giám đốc @ Công ty')]),
    ("Một trong 11 cá nhân là anh Nguyễn Văn Lộc, Phó trưởng bộ phận chế tạo vỏ tàu, Công ty TNHH VARD Vũng Tàu.",
     [('Nguyễn Văn Lộc', 'anh', 'Phó Trưởng bộ phận chế tạo vỏ tàu @ Công ty TNHH VARD Vũng Tàu')]),
    # probes, sixth round: `UV Đoàn Chủ tịch`, `Ủy viên dự khuyết`, `Phó Ban`; a verb underthesea
    # glues to a company's last word; a union's palace of culture; `tạm thời` opens a verb phrase
    ("Đồng chí Nguyễn Thị Tuyến - UV Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, UV BTV Thành ủy, Chủ tịch LĐLĐ TP Hà Nội "
     "phát biểu chỉ đạo.",
     [('Nguyễn Thị Tuyến', 'đồng chí', 'Ủy viên Đoàn Chủ tịch @ Tổng LĐLĐ Việt Nam; Ủy viên Ban Thường vụ @ Thành ủy; '
       'Chủ tịch @ LĐLĐ TP Hà Nội')]),
    ("Tới dự có đồng chí Nguyễn Thúy Hằng - Phó Ban Tuyên giáo LĐLĐ Thành phố.",
     [('Nguyễn Thúy Hằng', 'đồng chí', 'Phó Trưởng Ban Tuyên giáo @ LĐLĐ Thành phố')]),
    ("Điển hình như bà Nguyễn Thị Thu Giang, Phó Giám đốc Công ty TNHH May Phù Đổng nêu thực trạng lao động.",
     [('Nguyễn Thị Thu Giang', 'bà', 'Phó Giám đốc @ Công ty TNHH May Phù Đổng')]),
    ("Ông Phạm Tuấn Anh – Giám đốc Cung Văn hóa Lao động Thủ đô cho biết: Cung Văn hóa là quà tặng.",
     [('Phạm Tuấn Anh', 'ông', 'Giám đốc @ Cung Văn hóa Lao động Thủ đô')]),
    ("Ông Lê Hồng Sơn, Phó chủ tịch Thường trực Uỷ ban nhân dân TP.Hà Nội tạm thời điều hành Uỷ ban nhân dân TP.Hà Nội.",
     [('Lê Hồng Sơn', 'ông', 'Phó Chủ tịch Thường trực @ Uỷ ban nhân dân TP.Hà Nội')]),
    # a board member, capitalised; in lower case any member; `thay mặt` ends a company (probes)
    ("Lãnh đạo Tổng Công ty dự hội nghị có ông Phạm Tiến Đức - Phó Bí thư Đảng ủy, Thành viên Hội đồng Thành viên, "
     "Tổng Giám đốc Tổng Công ty.",
     [('Phạm Tiến Đức', 'ông', 'Phó Bí thư @ Đảng ủy; Thành viên @ Hội đồng Thành viên; Tổng Giám đốc @ Tổng Công ty')]),
    ("Ông Nguyễn Văn An, thành viên Ban Tổ chức, cho biết.", []),
    ("Đồng chí Phan Thanh Chung - Chủ tịch Công đoàn Tổng công ty thay mặt lãnh đạo Tổng công ty biểu dương.",
     [('Phan Thanh Chung', 'đồng chí', 'Chủ tịch @ Công đoàn Tổng công ty')]),
    # the offices held now, then a former one that ends with the name (probes)
    ("Thứ trưởng Bộ Công Thương, nguyên Chủ tịch EVN Hoàng Quốc Vượng bàn giao nhiệm vụ cho Tổng giám đốc EVN "
     "Phạm Lê Thanh.",
     [('Hoàng Quốc Vượng', '', 'Thứ trưởng @ Bộ Công Thương'), ('Phạm Lê Thanh', '', 'Tổng Giám đốc @ EVN')]),
    ("Các đại biểu tưởng nhớ nguyên Chủ tịch EVN Hoàng Quốc Vượng.", []),
    # an organisation joined by `và các` to a second head; `Bí thư thứ nhất`; `chi bộ` in lower case (probes)
    ("Ngày 30-12, ông Phạm Thái Dương, Chủ tịch Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp tỉnh "
     "Quảng Ngãi, cho biết 4.400 công nhân được tặng quà.",
     [('Phạm Thái Dương', 'ông', 'Chủ tịch @ Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp tỉnh Quảng Ngãi')]),
    ("Ông Nguyễn Văn An, Chủ tịch Công đoàn Công ty và các đoàn viên đã tới dự.",
     [('Nguyễn Văn An', 'ông', 'Chủ tịch @ Công đoàn Công ty')]),
    ("Bí thư thứ nhất Trung ương Đoàn Nguyễn Đắc Vinh; lãnh đạo Ban Dân vận Trung ương tới dự.",
     [('Nguyễn Đắc Vinh', '', 'Bí thư thứ nhất @ Trung ương Đoàn')]),
    ("Về phía Công ty Phục Hưng có đồng chí Cao Tùng Lâm - Bí thư chi bộ, Chủ tịch HĐQT Công ty.",
     [('Cao Tùng Lâm', 'đồng chí', 'Bí thư @ chi bộ; Chủ tịch @ HĐQT Công ty')]),
    ("Phát biểu tại chương trình, PGS.TS.BS Nguyễn Hoàng Hải, Giám đốc Bệnh viện Nhân dân Gia Định, gửi lời thăm hỏi.",
     [('Nguyễn Hoàng Hải', '', 'Giám đốc @ Bệnh viện Nhân dân Gia Định')]),
    ("Bà Lê Thị Mai - Chủ tịch Công đoàn phường 5, quận Gò Vấp, TP HCM phát biểu.",
     [('Lê Thị Mai', 'bà', 'Chủ tịch @ Công đoàn phường 5, quận Gò Vấp, TP HCM')]),
    # the Youth Union's standing secretary (dev 469, batch 9)
    ("Đồng chí Nguyễn Ngọc Lương, Bí thư Thường trực TƯ Đoàn, Chủ tịch Hội LHTN Việt Nam trao cờ lệnh ra quân.",
     [('Nguyễn Ngọc Lương', 'đồng chí', 'Bí thư Thường trực @ TƯ Đoàn; Chủ tịch @ Hội LHTN Việt Nam')]),
    # a verb of judging between an organisation and its object, not a bridge inside one name (dev 421)
    ("Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương "
     "đánh giá Công đoàn Việt Nam đóng vai trò ngày càng lớn.",
     [('Trương Thị Mai', 'đồng chí',
       'Ủy viên Bộ Chính trị; Bí thư @ Trung ương Đảng; Trưởng Ban Dân vận @ Trung ương')]),
    ("Chủ tịch Công đoàn ngành Y tế Hà Nội Nguyễn Văn A biểu dương Công đoàn cơ sở Bệnh viện Bạch Mai.",
     [('Nguyễn Văn A', '', 'Chủ tịch @ Công đoàn ngành Y tế Hà Nội')]),
    # a union named in lower case after its head by what it unites (probes); not over a capitalised head
    ("Bà Nguyễn Thị Mai Chi - Chủ tịch CĐCS công ty cho biết, đây là hoạt động chăm lo Tết.",
     [('Nguyễn Thị Mai Chi', 'bà', 'Chủ tịch @ CĐCS công ty')]),
    ("Đến dự có: Đồng chí Lê Thị Thuỷ Chủ tịch công đoàn viên chức tỉnh.",
     [('Lê Thị Thuỷ', 'đồng chí', 'Chủ tịch @ công đoàn viên chức tỉnh')]),
    ("Cùng đi có đồng chí Đinh Quốc Toản - Chủ tịch Công đoàn các Khu công nghiệp và chế xuất Hà Nội.",
     [('Đinh Quốc Toản', 'đồng chí', 'Chủ tịch @ Công đoàn các Khu công nghiệp và chế xuất Hà Nội')]),
    # the head of a ward's bloc of mass organisations, a department of the ward (probe)
    ("Tham dự hội nghị có bà Lê Thị Huyền, Phó Bí thư Đảng ủy, Trưởng Khối Dân vận phường.",
     [('Lê Thị Huyền', 'bà', 'Phó Bí thư @ Đảng ủy; Trưởng Khối Dân vận @ phường')]),
    # the standing committee of the fund for the poor, its quoted name and all, belongs to the place after it
    ("Đến dự có ông Hồ Hùng Dũng- Trưởng Ban Dân vận, Chủ tịch UBMTTQVN huyện, Trưởng Ban vận động quỹ "
     "“Vì người nghèo” huyện; Chủ tịch UBMTTQVN các xã.",
     [('Hồ Hùng Dũng', 'ông', 'Trưởng Ban Dân vận @ UBMTTQVN huyện; Chủ tịch @ UBMTTQVN huyện; '
       'Trưởng Ban vận động quỹ “Vì người nghèo” @ huyện')]),
    # a title shared by a list after a mixed plural honorific, which gives no honorific (dev 570)
    ("Phó Chủ tịch Liên đoàn Lao động thành phố Đà Nẵng gồm các ông, bà: Nguyễn Thị Ngọc Ánh, Lê Văn Đại, "
     "Hồ Thị Lan Hương.",
     [('Nguyễn Thị Ngọc Ánh', '', 'Phó Chủ tịch @ Liên đoàn Lao động thành phố Đà Nẵng'),
      ('Lê Văn Đại', '', 'Phó Chủ tịch @ Liên đoàn Lao động thành phố Đà Nẵng'),
      ('Hồ Thị Lan Hương', '', 'Phó Chủ tịch @ Liên đoàn Lao động thành phố Đà Nẵng')]),
    # a listed person's own role in brackets replaces the shared one, and the list goes on (dev 572)
    ("10 Phó chủ tịch LĐLĐ TP.HCM khóa I, gồm Ông Võ Khắc Thái (giữ nhiệm vụ Phó chủ tịch Thường trực "
     "LĐLĐ TP.HCM), ông Phạm Trọng Nhân, bà Nguyễn Kim Loan.",
     [('Võ Khắc Thái', '', 'Phó Chủ tịch Thường trực @ LĐLĐ TP.HCM'),
      ('Phạm Trọng Nhân', '', 'Phó Chủ tịch @ LĐLĐ TP.HCM'),
      ('Nguyễn Kim Loan', '', 'Phó Chủ tịch @ LĐLĐ TP.HCM')]),
    # the provincial Youth Union is an organisation, not a place and a family name (dev 548)
    ("Chị Trần Thị Chúc Quỳnh - Bí thư Tỉnh Đoàn Lâm Đồng đại diện nhận Bằng khen của Trung ương Đoàn.",
     [('Trần Thị Chúc Quỳnh', 'chị', 'Bí thư @ Tỉnh Đoàn Lâm Đồng')]),
    # `nguyên` covers one office: the one after it without `nguyên` is held now (dev 565)
    ("Hai chuyên gia là Tiến sỹ Nguyễn Sỹ Dũng – nguyên Phó chủ nhiệm Văn phòng Quốc hội - PCT Hội Hữu nghị "
     "Việt Nhật; Luật sư Nguyễn Văn Hà – Đoàn Luật sư Hà Nội.",
     [('Nguyễn Sỹ Dũng', '', 'Phó Chủ tịch @ Hội Hữu nghị Việt Nhật')]),
    ("Ông Nguyễn Văn An, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy Hà Nội phát biểu.", []),
    # the head of an agency's Party committee, and a title that names its body (dev 567)
    ("Bộ Chính trị điều động đồng chí Trần Sỹ Thanh, Ủy viên Trung ương Đảng, Bí thư Ban Cán sự đảng Kiểm toán "
     "Nhà nước, Tổng Kiểm toán Nhà nước thôi giữ chức Bí thư Ban Cán sự đảng Kiểm toán Nhà nước.",
     [('Trần Sỹ Thanh', 'đồng chí', 'Ủy viên @ Trung ương Đảng; Bí thư Ban Cán sự đảng @ Kiểm toán Nhà nước; '
       'Tổng Kiểm toán Nhà nước')]),
    # a plural title before a colon is held by every person listed with roles of their own (dev 542)
    ("Tham dự chương trình có các đồng chí Ủy viên BCH Đảng bộ tỉnh: Kha Văn Tám - Chủ tịch LĐLĐ tỉnh; "
     "Lê Trường Giang - Bí thư Thị ủy, Chủ tịch HĐND thị xã Hoàng Mai.",
     [('Kha Văn Tám', 'đồng chí', 'Ủy viên Ban Chấp hành @ Đảng bộ tỉnh; Chủ tịch @ LĐLĐ tỉnh'),
      ('Lê Trường Giang', 'đồng chí', 'Ủy viên Ban Chấp hành @ Đảng bộ tỉnh; Bí thư @ Thị ủy; '
       'Chủ tịch @ HĐND thị xã Hoàng Mai')]),
    # a title's abbreviation glued to its organisation's by a dot, or written with a dot inside (dev 585)
    ("Đại hội đón tiếp đồng chí Nguyễn Thanh Sang UV.BCH Liên đoàn Lao động huyện Long Hồ, về phía lãnh đạo xã có "
     "ông Trần Minh Cảnh - PBT.ĐU - CT.UBND xã, ông Nguyễn Văn Đẳng - Bí thư Đảng Ủy - CT.HDND xã.",
     [('Nguyễn Thanh Sang', 'đồng chí', 'Ủy viên Ban Chấp hành @ Liên đoàn Lao động huyện Long Hồ'),
      ('Trần Minh Cảnh', 'ông', 'Phó Bí thư @ ĐU; Chủ tịch @ UBND xã'),
      ('Nguyễn Văn Đẳng', 'ông', 'Bí thư @ Đảng Ủy; Chủ tịch @ HDND xã')]),
    # `làm tân …`: the office just taken (dev 584); the role someone acts in, then the person (dev 584)
    ("Đồng chí Trương Thanh Thúy làm tân Chủ tịch Liên đoàn Lao động tỉnh Kiên Giang",
     [('Trương Thanh Thúy', 'đồng chí', 'Chủ tịch @ Liên đoàn Lao động tỉnh Kiên Giang')]),
    ("Với vai trò Chủ tịch Liên đoàn Lao động tỉnh, đồng chí Trần Thanh Việt phát huy trí tuệ tập thể.",
     [('Trần Thanh Việt', 'đồng chí', 'Chủ tịch @ Liên đoàn Lao động tỉnh')]),
    # a department whose name ends in lower-case words, read whole (dev 669)
    ("Đồng chí Trần Văn Vương, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Giao thông vận tải phát biểu chỉ đạo tại Đại hội",
     [('Trần Văn Vương', 'đồng chí', 'Phó Bí thư @ Đảng ủy; Phó Giám đốc @ Sở Giao thông vận tải')]),
    # the part someone plays at an event ends the organisation, even right after `ngành` (dev 670)
    ("Đoàn công tác do đồng chí Nguyễn Khắc Chương– Chủ tịch Công đoàn ngành làm trưởng đoàn đã đến thăm.",
     [('Nguyễn Khắc Chương', 'đồng chí', 'Chủ tịch @ Công đoàn ngành')]),
    # an office given after `là` to a person with a role of their own: the mention holds that role (dev 808)
    ("Chủ nhiệm Ủy ban kiểm tra là đồng chí Trương Minh Tước Nguyên - Phó Bí thư Thành Đoàn khóa XI.",
     [('Trương Minh Tước Nguyên', 'đồng chí', 'Phó Bí thư @ Thành Đoàn')]),
    ("Chủ nhiệm Ủy ban kiểm tra là đồng chí Trương Minh Tước Nguyên.",
     [('Trương Minh Tước Nguyên', 'đồng chí', 'Chủ nhiệm @ Ủy ban kiểm tra')]),
    # ... and so does a verb of the report right after an organisation's head (dev 811, 881)
    ("Phát biểu tại Đại hội, PGS.TS Trịnh Hoàng Hà – Giám đốc Bệnh viện ghi nhận, biểu dương những kết quả.",
     [('Trịnh Hoàng Hà', '', 'Giám đốc @ Bệnh viện')]),
    ("Ban Thường vụ Thành ủy đã chỉ định ông Trương Trung Kiên, Trưởng Ban Đô thị HĐND TP tham gia Ban Chấp hành.",
     [('Trương Trung Kiên', 'ông', 'Trưởng Ban Đô thị @ HĐND TP')]),
    # a steering committee named by its purpose ends at `của` and the body it belongs to (dev 718)
    ("Đồng chí Nguyễn Thị Nghĩa, Trưởng Ban chỉ đạo của Thành ủy về thực hiện NQ 28 chủ trì hội nghị.",
     [('Nguyễn Thị Nghĩa', 'đồng chí', 'Trưởng Ban chỉ đạo @ Thành ủy')]),
    # a caption's bracket that ends with the person's place in the photo (dev 743)
    ("Ông Nguyễn Hòa (cầm hoa ở giữa) tái đắc cử chức vụ Chủ tịch LĐLĐ tỉnh Khánh Hòa nhiệm kỳ 2018 – 2023",
     [('Nguyễn Hòa', 'ông', 'Chủ tịch @ LĐLĐ tỉnh Khánh Hòa')]),
    # the head of an emulation cluster, and a unit named by its number (dev 783)
    ("Sau phần khai mạc Hội nghị, đồng chí Lương Anh Dũng - Chủ tịch LĐLĐ huyện Mê Linh, Cụm trưởng Cụm thi đua "
     "số 3 thay mặt cho Cụm đã thông qua dự thảo báo cáo.",
     [('Lương Anh Dũng', 'đồng chí', 'Chủ tịch @ LĐLĐ huyện Mê Linh; Cụm trưởng @ Cụm thi đua số 3')]),
    # `Thường trực` after a deputy's title is part of the office, not an organisation (dev 813)
    ("Ông Nguyễn Xuân Lưu được bầu làm Chủ nhiệm Ủy ban Kiểm tra Thành ủy Hà Nội; Phó chủ nhiệm Thường trực là "
     "ông Nguyễn Chí Lực.",
     [('Nguyễn Xuân Lưu', 'ông', 'Chủ nhiệm @ Ủy ban Kiểm tra Thành ủy Hà Nội'),
      ('Nguyễn Chí Lực', 'ông', 'Phó Chủ nhiệm Thường trực')]),
    # a fixed phrase with a comma inside a body's name (dev 990)
    ("Tham dự có đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng An toàn, vệ sinh lao động "
     "tỉnh; lãnh đạo các sở, ban, ngành.",
     [('Bùi Đình Long', 'đồng chí', 'Phó Chủ tịch @ UBND tỉnh; Chủ tịch @ Hội đồng An toàn, vệ sinh lao động tỉnh')]),
    # ... and so do the industrial and export zones, abbreviated or not (dev 565)
    ("Đại diện có ông Nguyễn Đình Thắng - Phó chủ tịch Công đoàn các KCN, CX Hà Nội.",
     [('Nguyễn Đình Thắng', 'ông', 'Phó Chủ tịch @ Công đoàn các KCN, CX Hà Nội')]),
    ("Ông Nguyễn Đình Thắng - Phó chủ tịch Công đoàn các Khu công nghiệp, chế xuất Hà Nội phát biểu.",
     [('Nguyễn Đình Thắng', 'ông', 'Phó Chủ tịch @ Công đoàn các Khu công nghiệp, chế xuất Hà Nội')]),
    # a second name after `và`, bare and with no roles of its own, holds the same title (dev 630) ...
    ("Tham dự có Phó giám đốc Sở Y tế Nguyễn Văn Oanh và Bùi Minh Luân cùng 196 đại biểu.",
     [('Nguyễn Văn Oanh', '', 'Phó Giám đốc @ Sở Y tế'), ('Bùi Minh Luân', '', 'Phó Giám đốc @ Sở Y tế')]),
    # ... not one with roles of their own
    ("Dự có Chủ tịch LĐLĐ tỉnh Nguyễn Văn An và Trần Văn Bình, Giám đốc Sở Nội vụ.",
     [('Nguyễn Văn An', '', 'Chủ tịch @ LĐLĐ tỉnh'), ('Trần Văn Bình', '', 'Giám đốc @ Sở Nội vụ')]),
    # the late prime minister is no person seen in office (dev 867)
    ("Liên đoàn Lao động tỉnh bàn giao nhà mái ấm công đoàn chào mừng kỷ niệm 100 năm ngày sinh cố Thủ tướng "
     "Võ Văn Kiệt.", []),
    # leaving an office: `thôi` opens the verb phrase after the body (dev 973)
    ("Đồng chí Mai Xuân Giới, Bí thư Huyện ủy Ân Thi thôi tham gia BCH, Ban Thường vụ.",
     [('Mai Xuân Giới', 'đồng chí', 'Bí thư @ Huyện ủy Ân Thi')]),
    # a management board named by what it manages: no body it belongs to (dev 973, 806)
    ("Đồng chí Phạm Trường Tam, Trưởng Ban Quản lý các Khu công nghiệp tỉnh thôi giữ chức.",
     [('Phạm Trường Tam', 'đồng chí', 'Trưởng Ban Quản lý các Khu công nghiệp tỉnh')]),
    ("Ông Nguyễn Tiến Hiệu, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp được điều động.",
     [('Nguyễn Tiến Hiệu', 'ông', 'Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp')]),
    # `là` between a plural honorific and the title the people listed after the colon share (dev 975)
    ("Cùng dự có các đồng chí là Uỷ viên Ban Thường vụ Tỉnh uỷ: Vũ Duy Hoàng, Trưởng Ban Tuyên giáo Tỉnh uỷ; "
     "Hoàng Văn Hùng, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ.",
     [('Vũ Duy Hoàng', 'đồng chí', 'Ủy viên Ban Thường vụ @ Tỉnh uỷ; Trưởng Ban Tuyên giáo @ Tỉnh uỷ'),
      ('Hoàng Văn Hùng', 'đồng chí', 'Ủy viên Ban Thường vụ @ Tỉnh uỷ; Chủ nhiệm @ Uỷ ban Kiểm tra Tỉnh uỷ')]),
    # a member of a district's Party committee, abbreviated (dev 987); `TUV` read by the article's
    # words: a province's member, or a city's where the article writes `Thành ủy` (dev 982, 845)
    ("Phát biểu tại chương trình, đồng chí Nguyễn Thái Học - HUV, Chủ tịch LĐLĐ huyện nhấn mạnh.",
     [('Nguyễn Thái Học', 'đồng chí', 'Huyện ủy viên; Chủ tịch @ LĐLĐ huyện')]),
    ("Đến dự có đồng chí Hoàng Thọ Trung – TUV, Bí thư Huyện ủy.",
     [('Hoàng Thọ Trung', 'đồng chí', 'Tỉnh ủy viên; Bí thư @ Huyện ủy')]),
    ("Dự có đồng chí Lê Ngọc Anh –TUV - Bí thư Huyện ủy; lãnh đạo Văn phòng Thành ủy.",
     [('Lê Ngọc Anh', 'đồng chí', 'Thành ủy viên; Bí thư @ Huyện ủy')]),
    # a capitalised unit after a body named in lower case: the district's name after it is no
    # person's (dev 1204: `Ngô Quyền` read as the chair)
    ("Đ/c Đào Thị Hưng - chủ tịch liên đoàn lao động Quận Ngô Quyền, đ/c Lê Văn Nam phát biểu.",
     [('Đào Thị Hưng', 'đồng chí', 'Chủ tịch @ liên đoàn lao động Quận Ngô Quyền')]),
    ("Chủ tịch LĐLĐ Quận Ngô Quyền Nguyễn Văn Hải phát biểu.",
     [('Nguyễn Văn Hải', '', 'Chủ tịch @ LĐLĐ Quận Ngô Quyền')]),
    ("Bí thư Tỉnh Đoàn Long An Nguyễn Văn Hải phát biểu.",
     [('Nguyễn Văn Hải', '', 'Bí thư @ Tỉnh Đoàn Long An')]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_mentions(text, expected):
    assert mentions(text) == expected


def test_span_is_the_name_and_role_text_is_as_written():
    text = "Dự và chỉ đạo tại Cuộc thi có Thứ trường Bộ Y tế Nguyễn Thị Liên Hương."
    doc, ctx = analyse(text)
    officials, roles = extract_officials(doc, ctx)
    (o,) = officials
    assert doc.text[o.char_start:o.char_end] == o.surface == o.name == "Nguyễn Thị Liên Hương"
    assert o.role_text == "Thứ trường Bộ Y tế"
    assert [(r.title, r.organization, r.role_idx) for r in roles] == [("Thứ trưởng", "Bộ Y tế", 0)]


@pytest.mark.parametrize(
    "text,expanded",
    [
        ("Chủ tịch Liên đoàn Lao động (LĐLĐ) quận Thanh Xuân Cao Đắc Tiến đề nghị.",
         ["Liên đoàn Lao động quận Thanh Xuân"]),
        ("đồng chí Lê Đình Hùng - Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Phó Chủ tịch LĐLĐ thành phố Hà Nội.",
         ["Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động thành phố Hà Nội"]),
        ("Phó Chủ tịch UBND TP. Hà Nội Nguyễn Mạnh Quyền phát biểu.", ["Ủy ban nhân dân thành phố Hà Nội"]),
        # the article's own definition wins over the lexicon
        # (the lexicon's CĐ is Công đoàn)
        ("Trường Cao đẳng (CĐ) Xây dựng khai giảng. Hiệu trưởng Trường CĐ Xây dựng Nguyễn Văn Bình phát biểu.",
         ["Trường Cao đẳng Xây dựng"]),
    ],
)
def test_organization_expanded(text, expanded):
    doc, ctx = analyse(text)
    _, roles = extract_officials(doc, ctx)
    assert [r.organization_expanded for r in roles] == expanded


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Lê Văn Hoà", "Lê Văn Hòa", True),  # old and new tone placement
        ("Nguyễn Thị Thu Thuỷ", "Nguyễn Thị Thu Thủy", True),
        ("Lê Đình Hùng", "LÊ ĐÌNH HÙNG", True),  # case
        ("Lê Đình Hùng", "Lê  Đình   Hùng", True),  # spacing
        ("Lê Đình Hùng", "Lê Đình Hưng", False),  # a different vowel
        ("Lê Văn Hà", "Lê Văn Hạ", False),  # a different tone
    ],
)
def test_person_key(a, b, same):
    assert (person_key(a) == person_key(b)) is same
    assert (person_id_for(a) == person_id_for(b)) is same


def test_same_person_across_articles_keeps_the_name_as_written():
    doc1, ctx1 = analyse("Đồng chí Lê Văn Hoà - Chủ tịch LĐLĐ quận phát biểu.", article_id="a1")
    doc2, ctx2 = analyse("Chủ tịch LĐLĐ quận Ba Vì Lê Văn Hòa phát biểu.", article_id="a2")
    (o1,), _ = extract_officials(doc1, ctx1)
    (o2,), _ = extract_officials(doc2, ctx2)
    assert o1.person_id == o2.person_id
    assert (o1.name, o2.name) == ("Lê Văn Hoà", "Lê Văn Hòa")
    assert o1.mention_id != o2.mention_id


def test_roles_text_orders_by_role_idx():
    doc, ctx = analyse("Đồng chí Lê Hoàng Thủy Vân, Quận ủy viên, Chủ tịch LĐLĐ quận chủ trì hội nghị.")
    _, roles = extract_officials(doc, ctx)
    assert roles_text(list(reversed(roles))) == "Quận ủy viên; Chủ tịch @ LĐLĐ quận"


def _gold(stem: str) -> list[tuple[str, str, str]]:
    from pathlib import Path

    path = Path(__file__).parent / "gold" / "officials" / f"{stem}.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(r["name"], r["honorific"], r["titles"]) for r in csv.DictReader(lines, delimiter="\t")]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_host_article_matches_gold(prefix):
    from conftest import seed
    from pipeline.clean import clean_file
    from pipeline.process import analyse_article

    path = seed(prefix)
    doc, ctx = analyse_article(clean_file(path).article)
    got = [(m["name"], m["honorific"], m["titles"]) for m in officials_for_eval(doc, ctx)]
    assert got == _gold(path.stem)


@pytest.mark.parametrize("text", ["Ban Chấp hành Tổng LĐLĐ Việt Nam khóa 12 đã bầu ra 4 Phó chủ tịch",
                                  "Đại hội bầu Chủ tịch"])
def test_a_title_that_ends_the_text_names_no_official(text):
    # Once an IndexError: the organisation after the title was looked for past the last word.
    doc, ctx = analyse(text)
    officials, roles = extract_officials(doc, ctx)
    assert officials == [] and roles == []
