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


# ---------------------------------------------------------------- outline order (issue 14)


def test_sections_print_in_the_outline_order(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.programme = [ProgrammeItem("09:30", "Talks", "PM", press=False, day=dt.date(2025, 4, 7))]
    book.sections.insert(0, Section("Purpose", kind=SectionKind.PURPOSE, objective="Trust."))
    # an "other" section fourth in the outline, after the two briefs; an annex between them
    book.sections.insert(2, Section("Forms of address", kind=SectionKind.ANNEX, background="x"))
    book.sections.append(Section("Logistics", kind=SectionKind.OTHER, background="Cars."))
    doc = compose(ws, book)
    assert _headings(doc, 1) == [
        "Purpose",
        "Programme",  # no section of its own: before the first brief or annex
        "Trade & investment",
        "Annex A: Forms of address",
        "Law enforcement",
        "Logistics",
        "Annex B: Biographies",
        "Annex C: Commitments tracker",
        "Annex D: Source documents",
    ]
    # a programme section of its own prints where the outline has it
    book.sections.append(Section("Programme of the visit", kind=SectionKind.PROGRAMME))
    titles = _headings(compose(ws, book), 1)
    assert "Programme" not in titles
    assert titles.index("Programme of the visit") == titles.index("Logistics") + 1
    tables = _after(compose(ws, book), "Programme of the visit")
    assert any(isinstance(b, ir.Table) for b in tables)


# ---------------------------------------------------------------- said once (issue 14)


def _last_discussed(blocks):
    """The generated line (a note; the brief's own text is body text)."""
    return [
        b
        for b in blocks
        if isinstance(b, ir.Paragraph) and b.style == "note" and b.text.startswith("Last disc")
    ]


def test_last_discussed_is_left_out_when_the_brief_says_when_it_last_met(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    assert len(_last_discussed(_after(compose(ws, book), "Trade & investment"))) == 1
    for own in (
        "**Last met:** 10 October 2024, Vientiane.\n\nMore text.",
        "Some text.\n\nLast discussed: at the Vientiane meeting.",
        "- *Last met*: Vientiane",
    ):
        book.sections[0].background = own
        trade = _after(compose(ws, book), "Trade & investment")
        assert _last_discussed(trade) == [], own
        texts = [
            " ".join(ir.plain(i) for i in b.items) if isinstance(b, ir.ListBlock) else b.text
            for b in trade
            if isinstance(b, ir.Paragraph | ir.ListBlock)
        ]
        said = [t for t in texts if "Vientiane" in t]
        assert len(said) == 1  # the brief's own line, once
    book.sections[0].background = "They last met in Vientiane; the talks were long."
    assert len(_last_discussed(_after(compose(ws, book), "Trade & investment"))) == 1


# ---------------------------------------------------------------- portion marks (issue 14)


def test_every_portion_carries_its_mark(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.programme = [ProgrammeItem("09:30", "Talks", "PM", press=False, day=dt.date(2025, 4, 7))]
    book.sections[1].classification = "CONFIDENTIAL"
    book.sections.append(
        Section(
            "Forms of address",
            kind=SectionKind.ANNEX,
            background="| English | Chinese |\n|---|---|\n| Premier | 总理 |",
        )
    )
    doc = compose(ws, book, Options(portion_marks=True))
    unmarked = []
    for block in doc.blocks:
        if isinstance(block, ir.Paragraph | ir.ListBlock) and not block.portion:
            unmarked.append(block)
        if isinstance(block, ir.Table):
            if not block.portion or not all(block.row_portion(i) for i in range(len(block.rows))):
                unmarked.append(block)
    assert unmarked == []
    # the generated lines of a brief take the brief's level; rows their record's
    law = _after(doc, "Law enforcement")
    assert {b.portion for b in law if isinstance(b, ir.Paragraph)} == {"C"}
    trade = _after(doc, "Trade & investment")
    (table,) = [b for b in trade if isinstance(b, ir.Table)]
    assert table.row_portions == ["U"]  # the pledge's item has no level of its own: lowest
    # the programme and the people take the book's stated level (RESTRICTED)
    programme = next(b for b in _after(doc, "Programme") if isinstance(b, ir.Table))
    assert programme.portion == "R"
    bios = _after(doc, "Annex B: Biographies")
    assert {b.portion for b in bios if isinstance(b, ir.Paragraph)} == {"R"}
    annex = next(b for b in _after(doc, "Annex A: Forms of address") if isinstance(b, ir.Table))
    assert annex.portion == "U" and annex.row_portion(0) == "U"
    # a commitment whose record is CONFIDENTIAL is marked so in the tracker
    meeting = ws.meetings.get(ids["meeting"])
    meeting.items[0].classification = "CONFIDENTIAL"
    ws.meetings.save(meeting)
    doc = compose(ws, book, Options(portion_marks=True))
    tracker = next(
        b for b in _after(doc, "Annex C: Commitments tracker") if isinstance(b, ir.Table)
    )
    assert tracker.row_portions == ["C"] and tracker.portion == "C"
    # without portion marks nothing is marked
    plain = compose(ws, book)
    assert not any(getattr(b, "portion", None) for b in plain.blocks)
    assert not any(getattr(b, "row_portions", None) for b in plain.blocks)
