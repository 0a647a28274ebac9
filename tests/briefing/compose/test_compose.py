from __future__ import annotations

import datetime as dt

from briefing import ir
from briefing.compose.book import Options, compose
from briefing.model import BookStatus, ProgrammeItem, Section, SectionKind


def _headings(doc, level=None):
    return [h.text for h in doc.headings() if level is None or h.level == level]


def test_book_order_and_generated_parts(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections.insert(
        0, Section("Purpose of the visit", kind=SectionKind.PURPOSE, objective="Deepen trust.")
    )
    book.programme = [
        ProgrammeItem("09:30", "Talks with the Premier", "PM", press=False, day=dt.date(2025, 4, 7))
    ]
    ws.books.save(book)
    doc = compose(ws, ws.books.get(ids["book"]), Options(today=dt.date(2025, 3, 1)))
    assert isinstance(doc.blocks[0], ir.Cover) and isinstance(doc.blocks[1], ir.Contents)
    assert _headings(doc, 1) == [
        "Purpose of the visit",
        "Programme",
        "Trade & investment",
        "Law enforcement",
        "Annex A: Biographies",
        "Annex B: Commitments tracker",
        "Annex C: Source documents",
    ]
    trade = _after(doc, "Trade & investment")
    texts = [b.text for b in trade if isinstance(b, ir.Paragraph)]
    assert (
        "Last discussed: 10 October 2024, Vientiane, Lao PDR (on the margins of the 44th "
        "and 45th ASEAN Summits)." in texts
    )
    table = next(b for b in trade if isinstance(b, ir.Table))
    assert ir.plain(table.rows[0][0]) == "Increase imports of agricultural products"
    assert ir.plain(table.rows[0][2]) == "10 Oct 2024, Vientiane"
    assert ir.plain(table.rows[0][4]) == "pending"
    assert ir.plain(table.rows[0][5]) == "15 Jan 2025: Raised with the embassy (cable)"


def _after(doc, title):
    blocks = doc.blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, ir.Heading) and b.text == title)
    end = next(
        (
            i
            for i in range(start + 1, len(blocks))
            if isinstance(blocks[i], ir.Heading) and blocks[i].level == 1
        ),
        len(blocks),
    )
    return blocks[start:end]


def test_high_water_mark_raises_the_marking_and_says_why(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.caveat = "Cambodia eyes only"
    ws.books.save(book)
    doc = compose(ws, book)
    # the law item behind no commitment is CONFIDENTIAL but not shown; the book is RESTRICTED
    assert doc.marking == "RESTRICTED // CAMBODIA EYES ONLY"
    assert doc.notices == []
    book.sections[1].classification = "SECRET"
    doc = compose(ws, book)
    assert doc.marking == "SECRET // CAMBODIA EYES ONLY"
    assert doc.notices == [
        "The book is marked SECRET, above its stated RESTRICTED, because "
        "of: section “Law enforcement”."
    ]
    assert doc.blocks[0].marking == doc.marking == doc.meta.classification


def test_classified_record_behind_a_commitment_raises_the_marking(ws, fill):
    ids = fill(ws)
    meeting = ws.meetings.get(ids["meeting"])
    meeting.items[0].classification = "TOP SECRET"
    ws.meetings.save(meeting)
    doc = compose(ws, ws.books.get(ids["book"]))
    assert doc.marking == "TOP SECRET"
    assert "a record of the meeting of 10 October 2024" in doc.notices[0]


def test_left_out_sections_do_not_appear_or_count(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections[1].included = False
    book.sections[1].classification = "TOP SECRET"
    doc = compose(ws, book)
    assert "Law enforcement" not in _headings(doc)
    assert doc.marking == "RESTRICTED"


def test_portion_marks_and_draft_options(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections[1].classification = "CONFIDENTIAL"
    doc = compose(ws, book, Options(portion_marks=True))
    law = _after(doc, "Law enforcement")
    lists = [b for b in law if isinstance(b, ir.ListBlock)]
    assert lists and lists[0].portion == "C"
    assert doc.draft
    book.status = BookStatus.FINAL
    assert not compose(ws, book).draft
    assert compose(ws, book, Options(draft_mark=True)).draft
    assert compose(ws, book, Options(paper="Letter")).paper == "Letter"
    assert compose(ws, book).blocks[0].status == "FINAL"


def test_biography_title_is_the_one_held_on_the_visit_date(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    doc = compose(ws, book)
    bio = _after(doc, "Annex A: Biographies")
    heading = next(b for b in bio if isinstance(b, ir.Heading) and b.level == 2)
    assert heading.text == "LI Qiang (李强)"
    assert {r.script for r in heading.runs} == {ir.Script.LATIN, ir.Script.HAN}
    line = next(b for b in bio if isinstance(b, ir.Paragraph))
    assert line.text == "His Excellency, Premier of the State Council, China"  # side added
    book.start_date = dt.date(2020, 5, 1)
    bio = _after(compose(ws, book), "Annex A: Biographies")
    assert "Party Secretary of Shanghai" in next(b for b in bio if isinstance(b, ir.Paragraph)).text


def test_anchors_are_unique(ws, fill):
    ids = fill(ws)
    doc = compose(ws, ws.books.get(ids["book"]))
    anchors = [h.anchor for h in doc.headings()]
    assert len(anchors) == len(set(anchors))


def test_every_run_knows_its_script(ws, fill):
    ids = fill(ws)
    doc = compose(ws, ws.books.get(ids["book"]))
    for block in doc.blocks:
        for run in getattr(block, "runs", []):
            assert all(ir.script_of(ch) in (None, run.script) for ch in run.text), run


def test_overdue_commitments_are_flagged_in_the_brief(ws, fill):
    ids = fill(ws)
    doc = compose(ws, ws.books.get(ids["book"]), Options(today=dt.date(2025, 7, 1)))
    table = next(b for b in _after(doc, "Trade & investment") if isinstance(b, ir.Table))
    assert ir.plain(table.rows[0][4]) == "pending — overdue"
    assert ir.plain(table.rows[0][3]) == "30 Jun 2025"


def test_area_without_commitments_gets_one_line(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections.append(Section("Energy", area="energy", objective="Solar."))
    doc = compose(ws, book)
    energy = _after(doc, "Energy")
    assert not any(isinstance(b, ir.Table) for b in energy)
    # the book has no previous book: it covers the 24 months before the visit (7 April 2025)
    assert energy[-1].text == (
        "Status of previous commitments: none open, and none closed since 7 April 2023."
    )
