"""The PDF writer, checked on its output with poppler, pypdf and pikepdf."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from briefing import ir
from briefing.export.pdf import columns
from briefing.export.pdf.writer import heading_pages, write_pdf

KHMER = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត"
CAMBODIA = "កម្ពុជា"
CHINESE = "李强"
MARKING = "Confidential // Eyes only"
# Khmer words separated by zero-width spaces only: one "word" to a space-based line breaker.
KHMER_ZW = "\u200b".join(["ប្រទេសកម្ពុជា", "មានព្រំប្រទល់", "ជាប់នឹងប្រទេសថៃ", "ឡាវ", "និងវៀតណាម"] * 6)
CHINESE_LONG = (
    "中华人民共和国国务院总理李强会见柬埔寨王国首相。双方同意加强全面战略合作，推动“钻石六边”合作框架。"
    * 3
)
BODY = (
    "Both sides reaffirmed their traditional friendship and agreed to deepen cooperation "
    "in trade, connectivity, agriculture and energy, building on the outcomes of earlier visits. "
)


def _heading(level: int, text: str, anchor: str, **kw: bool) -> ir.Heading:
    return ir.Heading(level, ir.runs(text), anchor, **kw)


def sample(paper: str = "A4", draft: bool = True) -> ir.Document:
    R = ir.runs
    rows = [
        [
            R(f"Commitment {i}: increase imports of agricultural products"),
            R("China"),
            R("10 October 2024, Vientiane"),
            R("30 June 2025"),
            R("pending"),
        ]
        for i in range(1, 71)
    ]
    rows[3][1] = R(CAMBODIA)
    rows[4][1] = R(CHINESE)
    blocks: list[ir.Block] = [
        ir.Cover(
            ministry="Ministry of Foreign Affairs and International Cooperation",
            department="General Department of Asia-Pacific",
            title=R("Official Visit to the People's Republic of China"),
            occasion=R(f"Briefing book for {KHMER}"),
            place_and_dates=R("Beijing, 3-5 December 2026"),
            marking=MARKING,
            version="Draft of 28 November 2026",
            prepared_by="Asia-Pacific Desk",
            status="DRAFT" if draft else "FINAL",
            copy="Copy 3 of 12",
        ),
        ir.Contents(),
        _heading(1, "1. Purpose of the visit", "purpose", page_break_before=True),
        ir.Paragraph(R(BODY * 3), portion="C"),
        _heading(2, "Objective", "purpose-objective"),
        ir.Paragraph(
            R(
                f"Samdech Moha Borvor Thipadei HUN Manet ({KHMER}) will meet H.E. LI Qiang "
                f"({CHINESE}), Premier of the State Council, to review {CAMBODIA}-China ties."
            )
        ),
        ir.Paragraph(R(KHMER_ZW)),
        ir.Paragraph(R(CHINESE_LONG)),
        ir.ListBlock(
            [R("Deepen Diamond cooperation."), R(f"Thank {CHINESE} for assistance.")], portion="U"
        ),
        ir.ListBlock([R("First step."), R("Second step.")], ordered=True),
        _heading(3, "Talking points on 中国 trade", "purpose-points"),
        ir.Paragraph(
            [
                ir.Run("Bold lead. ", bold=True),
                ir.Run("Italic aside. ", italic=True),
                ir.Run("Underlined & <escaped>.", underline=True),
            ]
        ),
        ir.Paragraph(R("A small note."), style="note"),
        _heading(1, f"2. Trade and investment ({CAMBODIA})", "trade", page_break_before=True),
        ir.Paragraph(R(BODY * 2)),
        ir.Table(
            [R("Commitment"), R("Owed by"), R("Source"), R("Due"), R("Status")],
            rows,
            [0.4, 0.12, 0.22, 0.13, 0.13],
            caption="Status of previous commitments",
        ),
        _heading(1, "3. Annex", "annex", page_break_before=True),
        _heading(2, "Not in the contents", "annex-hidden", in_contents=False),
        _heading(
            2, f"{CAMBODIA} first (anchor and Khmer in one word)", "annex-kh", in_contents=False
        ),
        ir.Paragraph(R(BODY)),
    ]
    return ir.Document(
        meta=ir.Metadata(
            title="Official Visit to China",
            subject="Briefing book",
            author="Asia-Pacific Desk",
            keywords=["Cambodia", "China"],
            classification="CONFIDENTIAL",
        ),
        marking=MARKING,
        paper=paper,
        draft=draft,
        footer_note="Copy 3 of 12",
        blocks=blocks,
    )


#: before any export of this module: its PDFs' creation dates fall between this and the test
STARTED = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=1)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "book.pdf"
    write_pdf(sample(), path)
    return path


@pytest.fixture(scope="module")
def final_letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "final.pdf"
    write_pdf(sample("Letter", draft=False), path)
    return path


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pages_text(path: Path) -> list[str]:
    return pdftotext(path).split("\f")[:-1]


_WORD = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)'


def page_words(path: Path) -> list[list[tuple[str, float, float]]]:
    """(word, x, y from the top) for each page, from ``pdftotext -bbox``."""
    html = pdftotext(path, "-bbox")
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(m[4], float(m[0]), float(m[1])) for m in re.findall(_WORD, page)])
    return pages


# --------------------------------------------------------------------------- structure


def test_pages_have_banner_top_and_bottom_and_page_x_of_y(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    n = len(reader.pages)
    assert n >= 6  # cover, contents, three parts, a table over two pages
    height = float(reader.pages[0].mediabox.height)
    for i, words in enumerate(page_words(pdf_path), 1):
        banners = [y for w, _, y in words if w == "CONFIDENTIAL"]
        assert any(y < 0.08 * height for y in banners), f"no top banner on page {i}"
        assert any(y > 0.92 * height for y in banners), f"no bottom banner on page {i}"
    for i, text in enumerate(pages_text(pdf_path), 1):
        assert f"Page {i} of {n}" in text
        assert "Copy 3 of 12" in text
        assert "CONFIDENTIAL // EYES ONLY" in text  # capitals


def test_cover_is_its_own_page_and_headings_break_pages(pdf_path: Path) -> None:
    texts = pages_text(pdf_path)
    assert "Official Visit to the People's Republic of China" in " ".join(texts[0].split())
    assert "Purpose of the visit" not in texts[0]
    assert [ln for ln in texts[1].splitlines() if ln.strip()][1].strip() == "Contents"
    for title in ("1. Purpose of the visit", "3. Annex"):
        (page,) = [t for t in texts[2:] if title in t]
        first_lines = [ln for ln in page.splitlines() if ln.strip()][:2]
        assert first_lines[1].strip() == title  # right under the top banner


def _heading_pages(texts: list[str], title: str) -> list[int]:
    return [i for i, t in enumerate(texts, 1) if i > 2 and title in t]


def test_contents_page_numbers_match_where_headings_are(pdf_path: Path) -> None:
    texts = pages_text(pdf_path)
    contents = pdftotext(pdf_path, "-layout", "-f", "2", "-l", "2")
    entries = re.findall(r"^\s*(\S.*?)\s*(?:\.\s)*\.?\s*(\d+)\s*$", contents, re.M)
    entries = [(t.strip(" ."), int(p)) for t, p in entries if "Page" not in t]
    titles = [t for t, _ in entries]
    assert titles == [
        "1. Purpose of the visit",
        "Objective",
        "Talking points on 中国 trade",
        f"2. Trade and investment ({CAMBODIA})",
        "3. Annex",
    ]
    for title, page in entries:
        assert page in _heading_pages(texts, title), (title, page)


def test_heading_pages_match_the_written_pdf(pdf_path: Path) -> None:
    doc = sample()
    measured = heading_pages(doc)
    assert set(measured) == {h.anchor for h in doc.headings()}
    texts = pages_text(pdf_path)
    for h in doc.headings():
        assert measured[h.anchor] in _heading_pages(texts, h.text)
    assert write_pdf(doc, io.BytesIO()).heading_pages == measured
    assert not hasattr(doc, "heading_pages")  # nothing is written back onto the IR


def test_contents_entries_are_links(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    links = [a for a in links if a["/Subtype"] == "/Link"]
    assert len(links) >= 5 * 2  # title and page number of each entry


def test_outline_mirrors_headings_with_levels(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    texts = pages_text(pdf_path)

    def walk(items: list, level: int) -> list[tuple[int, str, int]]:
        out = []
        for item in items:
            if isinstance(item, list):
                out.extend(walk(item, level + 1))
            else:
                out.append((level, item.title, reader.get_destination_page_number(item) + 1))
        return out

    outline = walk(reader.outline, 1)
    headings = [(h.level, h.text) for h in sample().headings()]
    assert [(lv, t) for lv, t, _ in outline] == headings
    for _, title, page in outline:
        assert page in _heading_pages(texts, title)


def test_metadata_and_paper(pdf_path: Path, final_letter: Path) -> None:
    reader = PdfReader(pdf_path)
    meta = reader.metadata
    assert meta.title == "Official Visit to China"
    assert meta.author == "Asia-Pacific Desk"
    assert "CONFIDENTIAL" in meta.subject
    assert "Classification: CONFIDENTIAL" in meta["/Keywords"]
    assert meta["/Classification"] == "CONFIDENTIAL"
    # the real date of the export, not reportlab's invariant 2000-01-01: written after this
    # module started and before now, however long the suite has taken
    assert STARTED <= meta.creation_date <= dt.datetime.now(dt.UTC)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    box = PdfReader(final_letter).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def _contents(path: Path) -> list[bytes]:
    """Each page's content stream, followed by those of the forms it draws."""
    out = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            data = page.Contents.read_bytes()
            xobjects = page.Resources.get("/XObject", {})
            for name in re.findall(rb"/(\S+) Do", data):
                data += b"\n" + xobjects["/" + name.decode()].read_bytes()
            out.append(data)
    return out


def test_draft_watermark_only_on_drafts(pdf_path: Path, final_letter: Path) -> None:
    watermark = re.compile(rb"\d+ Tm /F\S+ 118 Tf [\d.]+ TL \(DRAFT\) Tj")
    assert all(watermark.search(c) for c in _contents(pdf_path))
    assert not any(watermark.search(c) for c in _contents(final_letter))
    assert all("DRAFT" in text for text in pages_text(pdf_path))  # extracts as one word


def test_table_header_repeats_on_every_table_page(pdf_path: Path) -> None:
    texts = pages_text(pdf_path)
    table_pages = [
        t for t in texts if "Commitment 1" in t or "Commitment 70" in t or "Commitment 40" in t
    ]
    assert len(table_pages) >= 2
    for t in table_pages:
        assert "Owed by" in t and "Status" in t


def test_file_is_valid_and_opens_without_warnings(pdf_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pikepdf.open(pdf_path) as pdf:
            assert len(pdf.pages) >= 6
    result = subprocess.run(["qpdf", "--check", str(pdf_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_font_is_embedded(pdf_path: Path) -> None:
    lines = subprocess.run(
        ["pdffonts", str(pdf_path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert lines
    names = " ".join(lines)
    for family in ("NotoSerif", "NotoSans-Bold", "NotoSerifKhmer", "BriefingCJK-Regular"):
        assert family in names
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column


# --------------------------------------------------------------------------- text


def test_khmer_and_chinese_extract_as_unicode(pdf_path: Path) -> None:
    text = pdftotext(pdf_path)
    assert CHINESE in text
    assert KHMER in text
    assert CAMBODIA in text
    assert not re.search("[\ue000-\uf8ff]", text)  # no private-use code points


def test_zero_width_space_breaks_lines_but_prints_nothing(pdf_path: Path) -> None:
    text = pdftotext(pdf_path, "-layout", "-f", "3", "-l", "3")
    joined = "".join(KHMER_ZW.split("\u200b"))
    lines = [ln.strip() for ln in text.splitlines() if re.fullmatch("[\u1780-\u17ff]+", ln.strip())]
    assert len(lines) >= 2  # it wrapped
    assert "".join(lines).replace(" ", "") == joined  # at word ends, with nothing visible
    data = Path(pdf_path).read_bytes()
    assert b"\xe2\x80\x8b" not in data


def test_long_chinese_wraps_between_ideographs_and_extracts_whole(pdf_path: Path) -> None:
    text = pdftotext(pdf_path, "-layout", "-f", "3", "-l", "3")
    lines = [ln.strip() for ln in text.splitlines() if "合作" in ln or "李强会见" in ln]
    assert len(lines) >= 2
    assert "".join(lines) == CHINESE_LONG
    assert not any(ln.startswith(("，", "。", "”")) for ln in lines)  # no closing mark first


def test_portion_marks_styles_and_escaping(pdf_path: Path) -> None:
    text = " ".join(pdftotext(pdf_path).split())
    assert "(C) Both sides reaffirmed" in text
    assert "(U) Deepen Diamond cooperation." in text
    assert "1. First step." in text and "2. Second step." in text
    assert "Bold lead. Italic aside. Underlined & <escaped>." in text


def test_progress_is_reported_and_ends_complete() -> None:
    buffer = io.BytesIO()
    steps: list[tuple[int, int]] = []
    write_pdf(sample(), buffer, progress=lambda done, total: steps.append((done, total)))
    assert steps[-1][0] == steps[-1][1] > 0
    assert all(a[0] <= b[0] for a, b in zip(steps, steps[1:], strict=False))
    assert buffer.getvalue().startswith(b"%PDF")


def test_a_progress_callback_that_raises_cancels_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"

    class Stop(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        write_pdf(sample(), out, progress=stop)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_mixed_font_words_in_shaped_paragraphs_keep_their_glyphs(pdf_path: Path) -> None:
    # "(李强)," and "កម្ពុជា-China" mix fonts inside one word of a shaped (Khmer) paragraph;
    # reportlab 5.1 shaped such words in the first piece's font (see rl_fixes).
    text = " ".join(pdftotext(pdf_path, "-f", "3", "-l", "3").split())
    assert f"HUN Manet ({KHMER}) will meet" in text
    assert f"({CHINESE}), Premier" in text
    assert f"review {CAMBODIA}-China ties." in text


# --------------------------------------------------------------------------- reportlab fixes


def test_set_rise_records_the_rise_when_it_merges_operators() -> None:
    from reportlab.pdfgen.canvas import Canvas

    from briefing.export.pdf import rl_fixes

    def rises(set_rise: object) -> tuple[float, str]:
        tx = Canvas(io.BytesIO()).beginText(0, 0)
        set_rise(tx, 3)  # type: ignore[operator]
        set_rise(tx, 5)  # type: ignore[operator]  # merged into the previous "Ts"
        return tx._rise, tx._code[-1]

    assert rises(rl_fixes._fixed_set_rise) == (5, "5 Ts")
    # reportlab 5.1.0 as shipped: when this starts failing, upstream fixed it (drop the fix).
    assert rises(rl_fixes.original_set_rise()) == (3, "5 Ts")


def _rise_at_text(page: pikepdf.Page) -> list[tuple[float, bytes]]:
    """(rise, shown bytes) for every text-showing operator of a page."""
    out = []
    rise = 0.0
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "Ts":
            rise = float(operands[0])
        elif name == "Tj":
            out.append((rise, bytes(operands[0])))
        elif name == "TJ":
            out.append(
                (rise, b"".join(bytes(x) for x in operands[0] if isinstance(x, pikepdf.String)))
            )
        elif name == "ET":
            assert rise == 0, "a text object ends with a non-zero rise"
    return out


def test_khmer_stacks_do_not_move_the_following_baseline() -> None:
    doc = ir.Document(
        ir.Metadata("rise"),
        marking="",
        draft=False,
        blocks=[ir.Paragraph(ir.runs(f"{CAMBODIA} and then Latin {CAMBODIA}, again"))],
    )
    buffer = io.BytesIO()
    write_pdf(doc, buffer)
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
        shows = _rise_at_text(pdf.pages[0])
    assert any(r != 0 for r, _ in shows)  # the marks of ម្ពុ are raised or lowered...
    latin = [r for r, text in shows if b"and then Latin" in text or b"again" in text]
    assert latin and all(r == 0 for r in latin)  # ...the text after them is not
    assert b"/ActualText" in content


def test_zero_width_breaks_are_never_drawn(pdf_path: Path) -> None:
    for content in _contents(pdf_path):
        assert b" .01 Tf" not in content and b" 0.01 Tf" not in content


def test_long_khmer_without_spaces_breaks_between_syllables_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(columns, "MAX_WORD_SHARE", 0.12)  # the column stays narrow
    text = "ប្រទេសកម្ពុជាមានព្រំប្រទល់ជាប់នឹងប្រទេសថៃឡាវនិងវៀតណាម" * 2
    doc = ir.Document(
        ir.Metadata("narrow"),
        marking="",
        draft=False,
        blocks=[ir.Table([], [[ir.runs(text), []]], [0.12, 0.88])],
    )
    path = tmp_path / "narrow.pdf"
    write_pdf(doc, path)
    lines = [ln.strip() for ln in pdftotext(path, "-layout").splitlines()]
    lines = [ln for ln in lines if re.fullmatch("[\u1780-\u17ff]+", ln)]
    assert len(lines) >= 6  # wrapped in the narrow column
    assert "".join(lines) == text  # real Unicode, nothing lost or doubled
    for line in lines:
        # a line never starts inside a stack or with a dependent vowel or sign
        assert not ("\u17b6" <= line[0] <= "\u17d3"), line


# --------------------------------------------------------------------------- long contents


def test_long_contents_numbers_and_page_totals_are_right(tmp_path: Path) -> None:
    # Enough sections for a contents over two pages and two-digit page numbers.
    R = ir.runs
    blocks: list[ir.Block] = [ir.Contents()]
    for i in range(1, 71):
        blocks.append(_heading(1, f"Section {i}", f"s{i}", page_break_before=i % 3 == 1))
        blocks.append(ir.Paragraph(R(BODY * 4)))
    doc = ir.Document(ir.Metadata("long"), marking="", draft=False, blocks=blocks)
    path = tmp_path / "long.pdf"
    result = write_pdf(doc, path)
    pages = result.pages
    texts = pages_text(path)
    assert len(texts) == pages >= 25
    for i, text in enumerate(texts, 1):
        assert f"Page {i} of {pages}" in text
    layout = pdftotext(path, "-layout").split("\f")[:-1]
    contents_pages = [i for i, t in enumerate(layout, 1) if re.search(r"Section \d+ +\. \.", t)]
    assert contents_pages == list(range(1, len(contents_pages) + 1))
    assert len(contents_pages) >= 2
    entries = [
        (title, int(page))
        for i in contents_pages
        for title, page in re.findall(r"^\s*(Section \d+)[\s.]*?(\d+)\s*$", layout[i - 1], re.M)
    ]
    assert [t for t, _ in entries] == [f"Section {i}" for i in range(1, 71)]
    assert max(p for _, p in entries) >= 10  # two-digit numbers too
    for title, page in entries:
        (where,) = [
            i for i, t in enumerate(texts, 1) if i not in contents_pages and title + "\n" in t
        ]
        assert page == where == result.heading_pages["s" + title.split()[1]]


# --------------------------------------------------------------------------- CJK, NFC


def test_cjk_beyond_gb2312_bold_and_beyond_the_bmp_print_and_copy_out(tmp_path: Path) -> None:
    import unicodedata

    from briefing.export.pdf.rl_fixes import make_to_unicode_cmap

    names = "朱镕基 喆 臺灣 習近平 한국어 こんにちは カタカナ 𠮟"
    decomposed = unicodedata.normalize("NFD", "대한민국")  # jamo, as macOS file names have it
    doc = ir.Document(
        ir.Metadata("cjk"),
        marking="",
        draft=False,
        blocks=[
            ir.Paragraph(ir.runs(f"Names: {names} {decomposed}")),
            ir.Paragraph([ir.Run("粗体", ir.Script.HAN, bold=True), ir.Run(" and 常规")]),
        ],
    )
    path = tmp_path / "cjk.pdf"
    write_pdf(doc, path)
    text = pdftotext(path)
    assert names in text  # 𠮟 (U+20B9F) too: its ToUnicode entry is a surrogate pair
    assert "대한민국" in text  # composed (NFC) before it was set
    fonts_used = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "BriefingCJK-Regular" in fonts_used and "BriefingCJK-Bold" in fonts_used
    cmap = make_to_unicode_cmap("F", [0x41, 0x20B9F, 0xE000])
    assert "<00> <0041>" in cmap and "<01> <D842DF9F>" in cmap and "<02> <E000>" in cmap


def test_cjk_faces_are_loaded_only_for_documents_with_cjk_text(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from briefing import ir\n"
        "from briefing.export.pdf import write_pdf\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "doc = ir.Document(ir.Metadata('t'), 'SECRET', blocks=[ir.Heading(1, ir.runs(sys.argv[1]),"
        " 'h'), ir.Paragraph(ir.runs(sys.argv[1]))])\n"
        "write_pdf(doc, sys.argv[2])\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith('BB-')))\n"
    )

    def loaded(text: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", script, text, str(tmp_path / "t.pdf")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert "BB-CJK" not in loaded(f"Latin and Khmer {CAMBODIA} only")
    with_cjk = loaded("Premier 李强")
    assert "'BB-CJK'" in with_cjk and "'BB-CJK-Bold'" in with_cjk  # the heading is bold
