"""PDF and DOCX of the sample book carry the same content in the same order.

The IR is the reference: every heading, paragraph and list item must appear, in order, in
the text extracted from both files; every table cell's words must appear in both. Text is
compared without whitespace, so line wrapping and Khmer syllable breaks do not matter.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing import interchange, ir
from briefing.compose.book import Options, compose
from briefing.export.docx.writer import write_docx
from briefing.export.pdf.writer import write_pdf

ROOT = Path(__file__).resolve().parents[3]
_SPACE = re.compile(r"[\s\u200b\u200c\u200d]+")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agree")
    document = json.loads((ROOT / "samples" / "cambodia-china.json").read_text())
    with interchange.load(document, folder / "s.briefing") as ws:
        doc = compose(ws, ws.books.get(1), Options(draft_mark=False, portion_marks=True))
    write_pdf(doc, folder / "b.pdf")
    write_docx(doc, folder / "b.docx")
    return doc, folder / "b.pdf", folder / "b.docx"


def _docx_text(path: Path) -> str:
    body = open_docx(str(path)).element.body
    parts = []
    for node in body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in node.iter(qn("w:t"))))
    return squash("".join(parts))


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return squash(out)


def _ordered_texts(doc: ir.Document) -> list[str]:
    """Headings, paragraphs and list items after the contents, with portion marks."""
    texts = []
    started = False
    for block in doc.blocks:
        if isinstance(block, ir.Contents):
            started = True
        elif not started:
            continue
        elif isinstance(block, ir.Heading):
            texts.append(block.text)
        elif isinstance(block, ir.Paragraph):
            texts.append((f"({block.portion})" if block.portion else "") + block.text)
        elif isinstance(block, ir.ListBlock):
            texts += [ir.plain(item) for item in block.items]
    return [squash(t) for t in texts if squash(t)]


def _assert_in_order(texts: list[str], haystack: str, name: str) -> None:
    position = 0
    for text in texts:
        found = haystack.find(text, position)
        assert found >= 0, f"{name}: {text[:80]!r} missing or out of order"
        position = found + len(text)


def test_both_formats_have_every_block_in_order(exported):
    doc, pdf, docx = exported
    texts = _ordered_texts(doc)
    assert len(texts) > 150
    _assert_in_order(texts, _pdf_text(pdf), "PDF")
    _assert_in_order(texts, _docx_text(docx), "DOCX")


def test_both_formats_have_every_table_cell(exported):
    doc, pdf, docx = exported
    pdf_text, docx_text = _pdf_text(pdf), _docx_text(docx)
    # a narrow column breaks "People-to-people" after a hyphen; poppler then drops the
    # hyphen at the line end when it joins the lines: compare without hyphens in the PDF
    pdf_text = pdf_text.replace("-", "")
    tables = [b for b in doc.blocks if isinstance(b, ir.Table)]
    assert len(tables) >= 6
    for table in tables:
        for row in [table.header, *table.rows]:
            for cell in row:
                for word in ir.plain(cell).split():
                    assert squash(word).replace("-", "") in pdf_text, word
                    assert squash(word) in docx_text, word


def test_outline_and_docx_headings_match_the_ir(exported):
    doc, pdf, docx = exported
    expected = [(h.level, h.text) for h in doc.headings() if h.level <= 3]

    def walk(items, depth, out):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1, out)
            else:
                out.append((depth, item.title))
        return out

    outline = walk(PdfReader(str(pdf)).outline, 1, [])
    assert outline == expected
    headings = [
        (int(p.style.name.split()[1]), p.text)
        for p in open_docx(str(docx)).paragraphs
        if p.style.name.startswith("Heading ")
    ]
    assert headings == expected


def test_cover_fields_are_in_both(exported):
    doc, pdf, docx = exported
    cover = doc.blocks[0]
    assert isinstance(cover, ir.Cover)
    for value in (
        cover.ministry,
        cover.department,
        ir.plain(cover.title),
        ir.plain(cover.occasion),
        ir.plain(cover.place_and_dates),
        cover.version,
        cover.prepared_by,
        cover.marking,
    ):
        assert squash(value) in _pdf_text(pdf), value
        assert squash(value) in _docx_text(docx), value
    # and in the same order on both covers: title, occasion, place and dates
    order = [squash(ir.plain(r)) for r in (cover.title, cover.occasion, cover.place_and_dates)]
    for text in (_pdf_text(pdf), _docx_text(docx)):
        where = [text.index(value) for value in order]
        assert where == sorted(where)
