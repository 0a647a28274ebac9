"""Page breaks on a corpus (issue 14, item 4), read from the written PDF: a heading is never the
last line of a page, no paragraph leaves one or two lines alone at the foot or the head of a
page, and a page that goes on with a brief or annex is headed "<title> (continued)".

The corpus: the sample book on A4 and Letter (with portion marks), a Khmer-heavy book, and the
40-brief book of a long generated history (``benchmarks/history_workspace.py``). Two checks
turn a rule off and find what it prevents, so the checks themselves are known to see it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefing import interchange, ir
from briefing.compose.book import Options, compose
from briefing.export.pdf import keep
from briefing.export.pdf.writer import MARGIN_BOTTOM, MARGIN_TOP, write_pdf
from briefing.store import Workspace

sys.path.insert(0, str(Path(__file__).parent))
import pdfcheck  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
R = ir.runs

KHMER = [
    "ការប្រយុទ្ធប្រឆាំងនឹងឧក្រិដ្ឋកម្មឆ្លងដែន និងការលើកកម្ពស់ជីវភាពរបស់ប្រជាជន",
    "ភាគីទាំងពីរបានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការលើវិស័យពាណិជ្ជកម្ម វិនិយោគ កសិកម្ម "
    "ថាមពល និងការតភ្ជាប់ ព្រមទាំងបង្កើនការផ្លាស់ប្តូររវាងប្រជាជននិងប្រជាជន",
    "ប្រទេសកម្ពុជាមានព្រំប្រទល់ជាប់នឹងប្រទេសថៃ ឡាវ និងវៀតណាម",
    "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា "
    "អញ្ជើញធ្វើទស្សនកិច្ចផ្លូវការទៅកាន់សាធារណរដ្ឋប្រជាមានិតចិន",
]


# --------------------------------------------------------------------------- the corpus


def _sample(folder: Path, paper: str) -> ir.Document:
    document = json.loads((ROOT / "samples" / "cambodia-china.json").read_text())
    with interchange.load(document, folder / f"sample-{paper}.briefing") as ws:
        return compose(ws, ws.books.get(1), Options(paper=paper, portion_marks=True))


def _khmer_book() -> ir.Document:
    blocks: list[ir.Block] = [ir.Contents()]
    for n in range(8):
        text = " ".join(KHMER[(n + k) % 4] for k in range(2 + n % 5))
        anchor = f"k{n}"
        blocks += [
            ir.Heading(1, R(f"{n + 1}. {KHMER[n % 4][:30]}"), anchor, page_break_before=True),
            ir.Heading(2, R("គោលបំណង"), f"{anchor}-o", in_contents=False),
            *[ir.Paragraph(R(f"{n}.{k} {text}"), portion="C") for k in range(2 + n % 3)],
            ir.Heading(2, R("ចំណុចត្រូវលើកឡើង"), f"{anchor}-p", in_contents=False),
            ir.ListBlock(
                [R(f"{n}.{k} {KHMER[k % 4]}") for k in range(4 * (1 + n % 2))],
                ordered=n % 2 == 0,
            ),
            ir.Heading(2, R("ប្រវត្តិ"), f"{anchor}-b", in_contents=False),
            *[ir.Paragraph(R(f"{n}-{k} {text} {KHMER[k % 4]}")) for k in range(3 + n % 4)],
            ir.Heading(2, R("ស្ថានភាពនៃការប្តេជ្ញាចិត្ត"), f"{anchor}-c", in_contents=False),
            ir.Table(
                [R("ការប្តេជ្ញាចិត្ត"), R("ភាគី"), R("ស្ថានភាព")],
                [[R(KHMER[(n + i) % 4]), R("កម្ពុជា"), R("កំពុងអនុវត្ត")] for i in range(4)],
                [0.6, 0.2, 0.2],
            ),
        ]
    return ir.Document(ir.Metadata("Khmer"), "UNCLASSIFIED", blocks=blocks)


def _history(folder: Path) -> ir.Document:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from history_workspace import VISIT, generate

    path = folder / "history.briefing"
    book = generate(path, 100)
    ws = Workspace.open(path)
    try:
        return compose(ws, ws.books.get(book), Options(today=VISIT))
    finally:
        ws.close()


def printed_texts(doc: ir.Document) -> list[str]:
    """Each paragraph and list item as it prints (portion mark and number included)."""
    out = []
    for block in doc.blocks:
        if isinstance(block, ir.Paragraph):
            mark = f"({block.portion}) " if block.portion else ""
            out.append(mark + block.text)
        elif isinstance(block, ir.ListBlock):
            mark = f"({block.portion}) " if block.portion else ""
            for label, item in zip(block.labels(), block.items, strict=True):
                out.append(f"{label} {mark}{ir.plain(item)}")
    return out


def _written(doc: ir.Document, path: Path) -> pdfcheck.Layout:
    write_pdf(doc, path)
    return pdfcheck.layout(path, MARGIN_TOP, MARGIN_BOTTOM)


def _check(doc: ir.Document, path: Path) -> None:
    pages = _written(doc, path)
    headings = [h.text for h in doc.headings()]
    assert pdfcheck.headings_last_on_a_page(pages, headings) == []
    texts = printed_texts(doc)
    splits, found = pdfcheck.split_paragraphs(pages, texts)
    assert found >= 0.9 * len(texts), (found, len(texts))  # the check saw the paragraphs
    assert [s for s in splits if min(s[:2]) < keep.MIN_LINES] == []
    parts = [h.text for h in doc.headings() if h.page_break_before]
    assert pdfcheck.continued_heads(pages, parts) == []
    continued = [h for h in pages.heads if h]
    assert continued, "no page of the corpus goes on with a part"
    assert pdfcheck.notdef_characters(path) == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_sample_book(tmp_path: Path, paper: str) -> None:
    doc = _sample(tmp_path, paper)
    _check(doc, tmp_path / f"sample-{paper}.pdf")


def test_a_khmer_heavy_book(tmp_path: Path) -> None:
    _check(_khmer_book(), tmp_path / "khmer.pdf")


@pytest.mark.slow
def test_the_book_of_a_long_history(tmp_path: Path) -> None:
    doc = _history(tmp_path)
    assert len(doc.headings()) > 100
    _check(doc, tmp_path / "history.pdf")


# --------------------------------------------------------------------------- the checks see


def test_without_keep_with_next_a_heading_ends_a_page(tmp_path, monkeypatch) -> None:
    """The sample book on A4 had "Status of previous commitments" alone at a page's foot."""
    doc = _sample(tmp_path, "A4")
    monkeypatch.setattr(keep, "needed", lambda following, width: 0.0)
    pages = _written(doc, tmp_path / "off.pdf")
    last = pdfcheck.headings_last_on_a_page(pages, [h.text for h in doc.headings()])
    assert any("Statusofpreviouscommitments" in t for _p, t in last)
    assert last


def _seven_line_paragraphs() -> ir.Document:
    sentence = (
        "The two sides reviewed cooperation area by area and agreed on next steps for each "
        "of the commitments made at the meeting in Vientiane. "
    )
    blocks: list[ir.Block] = [ir.Heading(1, R("Background"), "b")]
    blocks += [ir.Paragraph(R(f"{n}. " + sentence * 5)) for n in range(120)]
    return ir.Document(ir.Metadata("t"), "UNCLASSIFIED", blocks=blocks)


def test_paragraphs_keep_three_lines_on_each_side_of_a_break(tmp_path, monkeypatch) -> None:
    doc = _seven_line_paragraphs()
    texts = printed_texts(doc)
    pages = _written(doc, tmp_path / "on.pdf")
    splits, found = pdfcheck.split_paragraphs(pages, texts)
    assert found == len(texts)
    assert splits and all(min(s[:2]) >= 3 for s in splits)
    # reportlab's own rule (two lines) leaves two-line widows and orphans in the same text
    monkeypatch.setattr(keep, "MIN_LINES", 0)
    pages = _written(doc, tmp_path / "off.pdf")
    splits, _found = pdfcheck.split_paragraphs(pages, texts)
    assert [s for s in splits if min(s[:2]) < 3]


def _heading_then_table(lines: int) -> ir.Document:
    """A brief whose background of ``lines`` one-line paragraphs is followed by a heading and
    a table whose first row is tall."""
    row = [R("A commitment " * 30), R("China"), R("in progress " * 8)]
    return ir.Document(
        ir.Metadata("t"),
        "UNCLASSIFIED",
        blocks=[
            ir.Heading(1, R("Trade and investment"), "t"),
            *[ir.Paragraph(R(f"Line {n} of the background.")) for n in range(lines)],
            ir.Heading(2, R("Status of previous commitments"), "t-c"),
            ir.Table([R("Commitment"), R("Owed by"), R("Status")], [row, row], [0.5, 0.2, 0.3]),
        ],
    )


def test_a_heading_before_a_table_moves_with_its_first_row(tmp_path, monkeypatch) -> None:
    heading = ["Status of previous commitments"]
    # find the background that leaves room for the heading but not for the first row
    with monkeypatch.context() as off:
        off.setattr(keep, "needed", lambda following, width: 0.0)
        lines = next(
            n
            for n in range(24, 40)
            if pdfcheck.headings_last_on_a_page(
                _written(_heading_then_table(n), tmp_path / f"off{n}.pdf"), heading
            )
        )
    pages = _written(_heading_then_table(lines), tmp_path / "on.pdf")
    assert pdfcheck.headings_last_on_a_page(pages, heading) == []
    assert pages.lines[1][0] == heading[0]  # it moved to the next page, with the table
    assert pages.lines[1][1].startswith("Commitment")
    assert pages.heads == ["", "Trade and investment (continued)"]


def test_without_the_running_head_the_check_finds_the_pages(tmp_path, monkeypatch) -> None:
    from briefing.export.pdf.writer import _BookTemplate

    monkeypatch.setattr(_BookTemplate, "_continued", lambda self, canv, doc: None)
    doc = _khmer_book()
    pages = _written(doc, tmp_path / "k.pdf")
    parts = [h.text for h in doc.headings() if h.page_break_before]
    missing = pdfcheck.continued_heads(pages, parts)
    assert missing and all(found == "" for _page, _expected, found in missing)


def _brief_ending_in_notes(lines: int) -> ir.Document:
    """A brief of ``lines`` one-line paragraphs that ends, as a brief with the clearance block
    does, in three note lines; then the next brief."""
    notes = ["Status of previous commitments: none open.", "Drafted by: Desk", "Not yet cleared"]
    return ir.Document(
        ir.Metadata("t"),
        "UNCLASSIFIED",
        blocks=[
            ir.Heading(1, R("Trade and investment"), "t"),
            *[ir.Paragraph(R(f"Line {n} of the background.")) for n in range(lines)],
            *[ir.Paragraph(R(text), style="note") for text in notes],
            ir.Heading(1, R("Energy"), "e", page_break_before=True),
            ir.Paragraph(R("The next brief.")),
        ],
    )


def test_a_brief_s_closing_notes_stay_with_what_precedes_them(tmp_path, monkeypatch) -> None:
    """Without the rule the last note line of a brief could print alone on a page under the
    "(continued)" head; with it, the notes and the paragraph before them move together."""
    last = "Not yet cleared"
    with monkeypatch.context() as off:
        off.setattr(ir, "closing_notes", lambda blocks: [])
        lines = next(
            n
            for n in range(30, 60)
            if _written(_brief_ending_in_notes(n), tmp_path / f"off{n}.pdf").lines[1][0] == last
        )
    assert lines  # found: the note printed alone at the head of page 2
    doc = _brief_ending_in_notes(lines)
    pages = _written(doc, tmp_path / "on.pdf")
    assert pages.lines[1][:4] == [
        f"Line {lines - 1} of the background.",
        "Status of previous commitments: none open.",
        "Drafted by: Desk",
        last,
    ]
    assert ir.closing_notes(doc.blocks) == [(lines, range(lines + 1, lines + 4))]


def test_the_docx_keeps_the_closing_notes_with_what_precedes_them(tmp_path) -> None:
    import zipfile

    from lxml import etree

    from briefing.export.docx.writer import write_docx

    path = tmp_path / "notes.docx"
    write_docx(_brief_ending_in_notes(5), path)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    kept = {
        "".join(p.itertext()): p.find(f"{w}pPr/{w}keepNext") is not None for p in body.iter(f"{w}p")
    }
    assert kept["Line 4 of the background."] and kept["Drafted by: Desk"]
    assert kept["Status of previous commitments: none open."]
    assert not kept["Not yet cleared"] and not kept["Line 3 of the background."]
