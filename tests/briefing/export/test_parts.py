"""Laying a book out part by part (the preview's way) gives the PDF of one whole layout:
the same pages, text on each page, page numbers, heading pages, bookmarks and links; and after
an edit only the parts that changed are laid out again."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tempfile

import pikepdf
import pytest
from pypdf import PdfReader

from briefing import ir
from briefing.export.pdf.parts import PartLayouts, split_parts
from briefing.export.pdf.writer import write_pdf

R = ir.runs
KHMER = "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត"
CHINESE = "李强"
SENTENCE = (
    "Both sides reaffirmed their traditional friendship and agreed to deepen cooperation in "
    "trade, connectivity, agriculture and energy, building on the outcomes of earlier visits. "
)


def _brief(n: int, paragraphs: int, table_rows: int = 0) -> list[ir.Block]:
    anchor = f"section-{n}"
    blocks: list[ir.Block] = [
        ir.Heading(1, R(f"{n}. Brief on area {n} ({CHINESE})"), anchor, page_break_before=True),
        ir.Heading(2, R("Objective"), f"{anchor}-objective", in_contents=False),
        ir.Paragraph(R(f"Meet {KHMER} and {CHINESE}. " + SENTENCE), portion="C"),
        ir.Heading(2, R("Points to make"), f"{anchor}-points", in_contents=False),
        ir.ListBlock([R(SENTENCE), R(f"Thank {CHINESE} for assistance.")], ordered=n % 2 == 0),
        ir.Heading(2, R("Background"), f"{anchor}-background", in_contents=False),
        ir.Heading(3, R(f"Talks of {n} March"), f"{anchor}-talks"),  # in the contents
    ]
    blocks += [ir.Paragraph(R(SENTENCE * 4)) for _ in range(paragraphs)]
    if table_rows:
        rows = [
            [R(f"Commitment {i}: {SENTENCE[:60]}"), R("China"), R("10 Oct 2024"), R("pending")]
            for i in range(table_rows)
        ]
        blocks.append(ir.Table([R(t) for t in ("What", "Who", "Made", "Status")], rows, []))
    return blocks


def book(briefs: int = 6) -> ir.Document:
    blocks: list[ir.Block] = [
        ir.Cover(
            ministry="Ministry of Foreign Affairs and International Cooperation",
            department="General Department of Asia-Pacific",
            title=R("Official Visit to the People's Republic of China"),
            occasion=R(f"Briefing book for {KHMER}"),
            place_and_dates=R("Beijing, 3-5 December 2026"),
            marking="CONFIDENTIAL",
            version="Draft of 28 November 2026",
            prepared_by="Asia-Pacific Desk",
            status="DRAFT",
        ),
        ir.Contents(),
        ir.Heading(1, R("Purpose of the visit"), "purpose", page_break_before=True),
        ir.Paragraph(R(SENTENCE)),
    ]
    for n in range(1, briefs + 1):
        blocks += _brief(n, paragraphs=3 + 4 * (n % 3), table_rows=45 if n == 2 else 0)
    blocks += [
        ir.PageBreak(),
        ir.Heading(1, R("Annex A: Sources"), "annex-sources"),
        ir.Paragraph(R(SENTENCE * 6)),
    ]
    return ir.Document(
        meta=ir.Metadata(title="Official Visit to China", classification="CONFIDENTIAL"),
        marking="CONFIDENTIAL",
        footer_note="Copy 3 of 12",
        blocks=blocks,
    )


def edited(doc: ir.Document, anchor: str, extra: list[ir.Block]) -> ir.Document:
    """``doc`` with ``extra`` blocks at the end of the brief whose heading is ``anchor``."""
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if getattr(b, "anchor", None) == anchor)
    end = next(
        (
            i
            for i in range(start + 1, len(blocks))
            if isinstance(blocks[i], ir.Heading) and blocks[i].page_break_before
        ),
        len(blocks),
    )
    return dataclasses.replace(doc, blocks=blocks[:end] + extra + blocks[end:])


def page_texts(pdf: bytes) -> list[str]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run(
            ["pdftotext", "-layout", f.name, "-"], check=True, capture_output=True, text=True
        ).stdout
    return out.split("\f")


def navigation(pdf: bytes) -> tuple[list[tuple], list[tuple]]:
    """The bookmarks (depth, title, page, position) and links (page, rectangle, target page,
    target position) of a PDF, positions to the hundredth of a point."""

    def pos(values) -> tuple:  # noqa: ANN001
        return tuple(round(float(v), 2) for v in values)

    with pikepdf.open(io.BytesIO(pdf)) as p:
        index = {page.objgen: n for n, page in enumerate(p.pages)}
        marks: list[tuple] = []
        with p.open_outline() as outline:

            def walk(items, depth) -> None:  # noqa: ANN001
                for item in items:
                    dest = item.destination
                    marks.append((depth, item.title, index[dest[0].objgen], pos(dest[2:4])))
                    walk(item.children, depth + 1)

            walk(outline.root, 0)
        links = [
            (n, pos(a.Rect), index[a.Dest[0].objgen], pos(a.Dest[2:4]))
            for n, page in enumerate(p.pages)
            for a in page.obj.get("/Annots", [])
        ]
    return marks, links


def assert_same(rendered, doc: ir.Document) -> None:  # noqa: ANN001
    whole = io.BytesIO()
    result = write_pdf(doc, whole)
    whole = whole.getvalue()
    assert rendered.result.pages == result.pages == len(PdfReader(io.BytesIO(rendered.pdf)).pages)
    assert rendered.result.heading_pages == result.heading_pages
    texts = page_texts(rendered.pdf)
    assert texts == page_texts(whole)
    for n, text in enumerate(texts[: result.pages], 1):
        assert f"Page {n} of {result.pages}" in text
    assert navigation(rendered.pdf) == navigation(whole)


def test_the_parts_of_a_book():
    front, parts = split_parts(book(3).blocks)
    assert [type(b) for b in front] == [ir.Cover, ir.Contents]
    firsts = [p[0] for p in parts]
    assert [getattr(b, "anchor", "page break") for b in firsts] == [
        "purpose",
        "section-1",
        "section-2",
        "section-3",
        "page break",
    ]


@pytest.fixture(scope="module")
def laid_out():
    layouts = PartLayouts()
    doc = book()
    first = layouts.render(doc)
    return layouts, doc, first


def test_part_by_part_is_the_whole_layout(laid_out):
    layouts, doc, first = laid_out
    assert first.laid_out == first.parts == 9  # front, purpose, 6 briefs, annex
    assert first.result.pages > 15
    assert_same(first, doc)


def test_an_edit_lays_out_only_its_brief(laid_out):
    layouts, doc, _first = laid_out
    again = layouts.render(edited(doc, "section-4", [ir.Paragraph(R("One more line."))]))
    assert again.laid_out == 1  # the brief; page numbers did not move, the contents are kept
    assert_same(again, edited(doc, "section-4", [ir.Paragraph(R("One more line."))]))


def test_a_longer_brief_moves_the_pages_after_it(laid_out):
    layouts, doc, first = laid_out
    longer = edited(doc, "section-1", [ir.Paragraph(R(SENTENCE * 8)) for _ in range(8)])
    again = layouts.render(longer)
    assert again.result.pages > first.result.pages
    assert again.laid_out == 2  # the brief, and the contents with the new page numbers
    assert_same(again, longer)


def test_a_new_heading_in_the_contents(laid_out):
    layouts, doc, _first = laid_out
    more = edited(doc, "section-5", [ir.Heading(3, R(f"Visit of {KHMER}"), "section-5-visit")])
    again = layouts.render(more)
    assert again.laid_out == 2
    assert_same(again, more)


def test_cancelled_between_parts(laid_out):
    _layouts, doc, _first = laid_out

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        PartLayouts().render(doc, progress=progress)


def test_only_the_latest_renderings_are_kept():
    layouts = PartLayouts(keep=1)
    doc = book(2)
    layouts.render(doc)
    kept = len(layouts)
    layouts.render(edited(doc, "section-2", [ir.Paragraph(R("Changed."))]))
    assert len(layouts) == kept  # the old version of the brief was let go
    layouts.clear()
    assert len(layouts) == 0


def test_parts_laid_out_ahead_until_told_to_stop():
    layouts = PartLayouts()
    doc = book(4)
    assert layouts.missing(doc) == (6, 6)  # purpose, 4 briefs, annex
    answers = iter([False, False, True])
    assert layouts.prepare(doc, lambda: next(answers)) == 2
    assert layouts.missing(doc) == (4, 6)
    assert layouts.prepare(doc, lambda: False) == 4
    assert layouts.missing(doc) == (0, 6)
    rendered = layouts.render(doc)
    assert rendered.laid_out == 1  # the front matter only: it needs the page numbers
    assert_same(rendered, doc)
