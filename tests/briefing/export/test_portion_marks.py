"""Portion marks in both writers (issue 14, item 7): with portion marks on, every paragraph,
list item and table row of the sample book prints its mark, read back from the PDF and the
DOCX."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefing import interchange, ir
from briefing.compose.book import Options, compose
from briefing.export.docx.writer import write_docx
from briefing.export.pdf.writer import write_pdf

sys.path.insert(0, str(Path(__file__).parent))
import pdfcheck  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> tuple[ir.Document, Path, Path]:
    folder = tmp_path_factory.mktemp("marks")
    document = json.loads((ROOT / "samples" / "cambodia-china.json").read_text())
    with interchange.load(document, folder / "s.briefing") as ws:
        doc = compose(ws, ws.books.get(1), Options(portion_marks=True))
    write_pdf(doc, folder / "b.pdf")
    write_docx(doc, folder / "b.docx")
    return doc, folder / "b.pdf", folder / "b.docx"


def _portions(doc: ir.Document) -> list[tuple[str, str]]:
    """(mark, start of the text) of every portion of the body, in order."""
    out = []
    for block in doc.blocks:
        if isinstance(block, ir.Paragraph):
            out.append((block.portion or "", block.text))
        elif isinstance(block, ir.ListBlock):
            out += [(block.portion or "", ir.plain(item)) for item in block.items]
        elif isinstance(block, ir.Table):
            if block.header:
                out.append((block.portion or "", ir.plain(block.header[0])))
            out += [(block.row_portion(i), ir.plain(r[0])) for i, r in enumerate(block.rows)]
    return out


def test_the_sample_book_has_a_mark_on_every_portion(book) -> None:
    doc, _pdf, _docx = book
    portions = _portions(doc)
    assert len(portions) > 150
    assert [p for p in portions if not p[0]] == []
    tables = [b for b in doc.blocks if isinstance(b, ir.Table)]
    assert len(tables) >= 7  # programme, five briefs' commitments, Annex A, the tracker


def test_the_pdf_prints_every_mark(book) -> None:
    doc, pdf, _docx = book
    text = pdfcheck.squash(pdfcheck.text(pdf))
    missing = []
    for mark, start in _portions(doc):
        words = pdfcheck.squash(start)[:12]
        if f"({mark}){words}" not in text:
            missing.append((mark, start[:40]))
    assert missing == []


def test_the_docx_prints_every_mark(book) -> None:
    doc, _pdf, docx_path = book
    with zipfile.ZipFile(docx_path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    marks = []
    for p in body.iter(f"{{{W}}}p"):
        first = p.find(f"{{{W}}}r")
        if first is None:
            continue
        style = first.find(f"{{{W}}}rPr/{{{W}}}rStyle")
        if style is not None and style.get(f"{{{W}}}val") == "PortionMark":
            rest = "".join(p.itertext())
            marks.append((rest[1 : rest.index(")")], rest[rest.index(")") + 2 :]))
    expected = [(m, pdfcheck.squash(t)[:12]) for m, t in _portions(doc)]
    assert [(m, pdfcheck.squash(t)[:12]) for m, t in marks] == expected
    # every table row's first cell opens with its mark
    rows = list(body.iter(f"{{{W}}}tr"))
    assert rows
    for row in rows:
        first_cell = row.find(f"{{{W}}}tc")
        run = first_cell.find(f".//{{{W}}}r")
        assert run.find(f"{{{W}}}rPr/{{{W}}}rStyle").get(f"{{{W}}}val") == "PortionMark"
