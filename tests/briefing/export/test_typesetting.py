"""Typesetting on real and hostile text (issue 14): Khmer line breaks from ICU, CJK beyond
GB 2312, nested lists, page breaks, wide tables and unbreakable words, in the PDF and DOCX.

Every check reads the written file (poppler for positions and text, the embedded fonts for
.notdef), never the writer's own idea of what it did.
"""

from __future__ import annotations

import sys
from pathlib import Path

import icu
import pytest

from briefing import ir
from briefing.export.pdf import columns
from briefing.export.pdf.writer import MARGIN_X, write_pdf

sys.path.insert(0, str(Path(__file__).parent))
import pdfcheck  # noqa: E402

# Real Khmer (the examples, a cover line, press-release sentences), without spaces
# between words as Khmer is written, and with the spaces between phrases.
KHMER = [
    "ការប្រយុទ្ធប្រឆាំងនឹងឧក្រិដ្ឋកម្មឆ្លងដែន និងការលើកកម្ពស់ជីវភាពរបស់ប្រជាជន",
    "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា "
    "អញ្ជើញធ្វើទស្សនកិច្ចផ្លូវការទៅកាន់សាធារណរដ្ឋប្រជាមានិតចិន",
    "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការលើវិស័យពាណិជ្ជកម្ម វិនិយោគ កសិកម្ម "
    "ថាមពល និងការតភ្ជាប់ ព្រមទាំងបង្កើនការផ្លាស់ប្តូររវាងប្រជាជននិងប្រជាជន",
    "ប្រទេសកម្ពុជាមានព្រំប្រទល់ជាប់នឹងប្រទេសថៃ ឡាវ និងវៀតណាម",
]


def _doc(blocks: list[ir.Block], paper: str = "A4") -> ir.Document:
    return ir.Document(ir.Metadata("corpus"), "UNCLASSIFIED", paper=paper, blocks=blocks)


def icu_breaks(text: str) -> set[int]:
    it = icu.BreakIterator.createLineInstance(icu.Locale("km"))
    it.setText(text)
    return set(it)


def _khmer_lines(path: Path) -> list[str]:
    """The lines of Khmer text, page by page, top to bottom (by position, not by poppler's
    reading order, which may take a short line with a deep stack out of order)."""
    lines = [ln for page in pdfcheck.pages(path) for ln in page.lines()]
    return [ln for ln in lines if ln and all("\u1780" <= c <= "\u17ff" or c == " " for c in ln)]


def _check_line_ends(text: str, lines: list[str], width: float, size: float) -> int:
    """Each line of ``text`` ends at an ICU break, or inside a word wider than ``width``;
    returns how many lines ended inside such a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefing.export import fonts

    fonts.register(["BB-Khmer-Serif"])
    squashed = text.replace(" ", "")
    joined = "".join(ln.replace(" ", "") for ln in lines)
    assert joined == squashed  # nothing lost, doubled or reordered
    # offsets in ``text`` of each line end
    breaks = sorted(icu_breaks(text))
    inside = 0
    pos = 0  # in squashed
    for line in lines[:-1]:
        pos += len(line.replace(" ", ""))
        # back to an offset in text (spaces skipped)
        seen = offset = 0
        while seen < pos:
            if text[offset] != " ":
                seen += 1
            offset += 1
        while offset < len(text) and text[offset] == " ":
            offset += 1
        if offset in breaks:
            continue
        start = max(b for b in [0, *breaks] if b < offset)
        end = min(b for b in [*breaks, len(text)] if b > offset)
        word = text[start:end].strip()
        assert stringWidth(word, "BB-Khmer-Serif", size) > width * 0.9, (line, word)
        inside += 1
    return inside


def test_khmer_breaks_only_where_icu_finds_word_boundaries(tmp_path: Path) -> None:
    text = " ".join(KHMER)
    column = [0.16, 0.84]  # a narrow first column: many lines, words as wide as the column
    doc = _doc(
        [
            ir.Paragraph(ir.runs(text)),
            ir.Table([], [[ir.runs(text), []]], column),
        ]
    )
    path = tmp_path / "khmer.pdf"
    write_pdf(doc, path)
    lines = _khmer_lines(path)
    page_width = 595.28 - 2 * MARGIN_X
    body = [ln for ln in lines]
    # the paragraph's lines come first, then the cell's
    total = len(text.replace(" ", ""))
    acc, split = 0, 0
    for i, ln in enumerate(body):
        acc += len(ln.replace(" ", ""))
        if acc == total:
            split = i + 1
            break
    assert split, "the paragraph's text is not there whole"
    assert _check_line_ends(text, body[:split], page_width, 10.5) == 0
    cell_lines = body[split:]
    assert len(cell_lines) > 8
    cell_width = page_width * column[0] - 8
    _check_line_ends(text, cell_lines, cell_width, 8.8)
    assert pdfcheck.notdef_characters(path) == []


def test_a_khmer_word_longer_than_the_line_breaks_between_syllables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a column about 24 pt wide, kept so (no column widens for its words past 6 % of the
    # table): most words are wider than a line and must break inside
    monkeypatch.setattr(columns, "MAX_WORD_SHARE", 0.06)
    text = KHMER[0]
    doc = _doc([ir.Table([], [[ir.runs(text), []]], [0.06, 0.94])])
    path = tmp_path / "long.pdf"
    write_pdf(doc, path)
    lines = _khmer_lines(path)
    cell_width = (595.28 - 2 * MARGIN_X) * 0.06 - 8
    assert _check_line_ends(text, lines, cell_width, 8.8) >= 3
    for line in lines:  # never a line that starts with a mark or inside a stack
        assert not ("\u17b6" <= line[0] <= "\u17d3"), line
        assert not line.endswith("\u17d2"), line
    assert pdfcheck.notdef_characters(path) == []


def test_zero_width_space_typed_by_the_user_is_a_break(tmp_path: Path) -> None:
    # ICU would break "ជាប់នឹង" nowhere inside; a ZWSP typed between ជាប់ and នឹង is honoured
    text = "\u200b".join(["ប្រទេសកម្ពុជា", "ជាប់", "នឹង", "ប្រទេសថៃ"] * 12)
    doc = _doc([ir.Table([], [[ir.runs(text), []]], [0.14, 0.86])])
    path = tmp_path / "zw.pdf"
    write_pdf(doc, path)
    lines = _khmer_lines(path)
    assert "".join(lines) == text.replace("\u200b", "")
    allowed = set(icu_breaks(text))
    pos = 0
    for line in lines[:-1]:
        pos += len(line)
        # map to text offsets: each ZWSP before pos adds one
        offset = seen = 0
        while seen < pos:
            if text[offset] != "\u200b":
                seen += 1
            offset += 1
        assert offset in allowed or text[offset] == "\u200b"


# --------------------------------------------------------------------------- nested lists

NESTED = """1. Raise the Diamond cooperation framework
2. Agriculture
   - rice exports
   - fisheries
     1. inspection protocol
     2. cold chain
3. Connectivity
4. People-to-people exchanges"""


def _nested_doc() -> ir.Document:
    from briefing.markup import parse_blocks

    return _doc([ir.Heading(1, ir.runs("Points to make"), "p"), *parse_blocks(NESTED)])


def test_nested_lists_print_their_numbers_in_order_in_the_pdf(tmp_path: Path) -> None:
    path = tmp_path / "lists.pdf"
    write_pdf(_nested_doc(), path)
    lines = [ln for page in pdfcheck.pages(path) for ln in page.lines()]
    expected = [
        "1. Raise the Diamond cooperation framework",
        "2. Agriculture",
        "– rice exports",
        "– fisheries",
        "i. inspection protocol",
        "ii. cold chain",
        "3. Connectivity",
        "4. People-to-people exchanges",
    ]
    found = [ln for ln in lines if ln in expected]
    assert found == expected
    # each level further in than the one above
    words = {w.text: w.x0 for page in pdfcheck.pages(path) for w in page.words}
    assert words["Agriculture"] < words["rice"] < words["inspection"]


def test_nested_lists_are_real_word_list_levels_in_the_docx(tmp_path: Path) -> None:
    import zipfile

    from lxml import etree

    from briefing.export.docx import write_docx

    path = tmp_path / "lists.docx"
    write_docx(_nested_doc(), path)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    items = []
    for p in body.iter(f"{{{ns['w']}}}p"):
        num = p.find("w:pPr/w:numPr", ns)
        if num is not None:
            text = "".join(p.itertext())
            ilvl = int(num.find("w:ilvl", ns).get(f"{{{ns['w']}}}val"))
            num_id = num.find("w:numId", ns).get(f"{{{ns['w']}}}val")
            items.append((text, ilvl, num_id))
    assert [i[1] for i in items] == [0, 0, 1, 1, 2, 2, 0, 0]
    outer = {i[2] for i in items if i[1] == 0}
    assert len(outer) == 1  # one list instance: "3." follows "2." after the nested lists
    abstract = {
        n.get(f"{{{ns['w']}}}numId"): n.find("w:abstractNumId", ns).get(f"{{{ns['w']}}}val")
        for n in numbering.findall("w:num", ns)
    }
    formats = {}
    for a in numbering.findall("w:abstractNum", ns):
        aid = a.get(f"{{{ns['w']}}}abstractNumId")
        for lvl in a.findall("w:lvl", ns):
            key = (aid, int(lvl.get(f"{{{ns['w']}}}ilvl")))
            formats[key] = lvl.find("w:numFmt", ns).get(f"{{{ns['w']}}}val")
    kinds = [formats[(abstract[num_id], ilvl)] for _t, ilvl, num_id in items]
    assert kinds == ["decimal"] * 2 + ["bullet"] * 2 + ["lowerRoman"] * 2 + ["decimal"] * 2


# --------------------------------------------------------------------------- hostile widths


def _inside_frame(path: Path) -> None:
    for page in pdfcheck.pages(path):
        for w in page.words:
            if w.text == "DRAFT":
                continue  # the diagonal watermark
            assert MARGIN_X - 1 <= w.x0 and w.x1 <= page.width - MARGIN_X + 1, w


def test_unbreakable_words_in_headings_names_and_cells_stay_inside_the_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(columns, "MAX_WORD_SHARE", 0.12)  # the narrow column stays narrow
    name = "A" * 84
    doc = _doc(
        [
            ir.Contents(),
            ir.Heading(1, ir.runs("Longword" * 625), "huge"),  # a 5,000-character heading
            ir.Heading(2, ir.runs(f"Biography of {name}"), "bio"),
            ir.Heading(3, ir.runs("x" * 300), "x"),
            ir.Paragraph(ir.runs(f"Name: {name} end")),
            ir.Table(
                [ir.runs("Area"), ir.runs("Notes")],
                [[ir.runs("People-to-people exchanges"), ir.runs("Agreed to meet again. " * 9)]],
                [0.12, 0.88],
            ),
        ]
    )
    path = tmp_path / "wide.pdf"
    write_pdf(doc, path)
    _inside_frame(path)
    text = pdfcheck.text(path).replace("\n", "")
    assert text.count(name) >= 2  # nothing lost (heading and paragraph)
    lines = [ln for page in pdfcheck.pages(path) for ln in page.lines()]
    # the narrow column breaks after the hyphens, not inside "people"
    assert any(ln.startswith("People-") and "peo" not in ln.split()[0][7:] for ln in lines)
    assert not any("peo" == ln.split()[0] for ln in lines if ln.split())
    assert pdfcheck.notdef_characters(path) == []


def test_a_table_of_59_columns_is_laid_out_in_parts_and_the_docx_is_written(
    tmp_path: Path,
) -> None:
    from briefing.export.docx import write_docx

    n = 59
    table = ir.Table(
        [ir.runs(f"C{i}") for i in range(n)],
        [[ir.runs(f"r{r}c{i}") for i in range(n)] for r in range(4)],
        [1 / n] * n,
        caption="Trade lines",
    )
    doc = _doc([table])
    path = tmp_path / "t.pdf"
    write_pdf(doc, path)
    _inside_frame(path)
    text = pdfcheck.text(path)
    for r in range(4):
        for i in range(n):
            assert f"r{r}c{i}" in text
    assert "Trade lines (columns 2–" in text
    write_docx(doc, tmp_path / "t.docx")
    assert (tmp_path / "t.docx").stat().st_size > 0


# --------------------------------------------------------------------------- italic


def _text_matrices(path: Path) -> list[tuple[list[float], str]]:
    """Each text matrix set on page 1, with the text of the font shown right after it."""
    import pikepdf

    out: list[tuple[list[float], str]] = []
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        fonts = page.obj.Resources.Font
        for operands, op in pikepdf.parse_content_stream(page.obj):
            if str(op) == "Tm":
                out.append(([float(v) for v in operands], ""))
            elif str(op) == "Tf" and out and not out[-1][1]:
                out[-1] = (out[-1][0], str(fonts[str(operands[0])].BaseFont))
    return out


def test_italic_khmer_and_chinese_are_slanted_as_the_editor_shows_them(tmp_path: Path) -> None:
    """Khmer and Chinese have no italic face; Qt slants them in the editor (a synthetic
    oblique), so the PDF does too, with the same face (no second copy embedded)."""
    from briefing.export.pdf.rl_fixes import SLANT

    khmer = "សម្ដេចមហាបវរធិបតី"
    doc = _doc(
        [
            ir.Heading(1, ir.runs("Talks with ") + ir.runs("李强", italic=True), "h"),
            ir.Paragraph(ir.runs("Upright ") + ir.runs(khmer, italic=True) + ir.runs(" upright")),
            ir.Paragraph(
                ir.runs("Upright ")
                + ir.runs("中柬命运共同体", italic=True)
                + ir.runs(" and Latin ")
                + ir.runs("italic", italic=True)
                + ir.runs(" end.")
            ),
            ir.Paragraph(ir.runs(khmer, italic=True)),  # alone in its paragraph
        ]
    )
    path = tmp_path / "italic.pdf"
    write_pdf(doc, path)
    matrices = _text_matrices(path)
    slanted = [font for m, font in matrices if m[:4] == [1, 0, SLANT, 1]]
    assert sum("Khmer" in f for f in slanted) == 2
    assert sum("CJK" in f for f in slanted) == 2  # in the heading and in the paragraph
    assert not any("Serif" in f and "Khmer" not in f for f in slanted)  # Latin has an italic
    assert any(m[:4] == [1, 0, 0, 1] for m, _f in matrices)  # upright again after each
    # the text reads as written and each word starts after the one before
    lines = [ln for page in pdfcheck.pages(path) for ln in page.lines()]
    assert f"Upright {khmer} upright" in lines and khmer in lines
    assert "Upright 中柬命运共同体 and Latin italic end." in lines
    words = pdfcheck.pages(path)[0].words
    first = next(w for w in words if w.text == "Upright" and w.y0 > 100)
    line = sorted((w for w in words if abs(w.y1 - first.y1) < 2), key=lambda w: w.x0)
    assert len(line) == 6
    for before, after in zip(line, line[1:], strict=False):
        assert after.x0 >= before.x1 - 0.5, (before, after)
    # one embedded Khmer face, not one per slant
    import subprocess

    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert listing.count("NotoSerifKhmer-Regular") == 1
    assert pdfcheck.notdef_characters(path) == []
