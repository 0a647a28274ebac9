from __future__ import annotations

import datetime as dt

from briefing.compose.book import Options, compose
from briefing.export.pdf.writer import heading_pages
from briefing.issuing.preflight import check
from briefing.model import BookStatus, Name, Person, Section, SectionStatus


def _problems(findings):
    return {(f.where, f.problem) for f in findings}


def test_a_clean_book_has_no_findings(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    for section in book.sections:
        section.points = section.points or "- Say it."
    ws.books.save(book)
    assert check(ws, book, Options(today=dt.date(2025, 1, 1))) == []


def test_each_kind_of_finding_names_its_place(ws, fill):
    ids = fill(ws)
    silent = ws.people.save(Person([Name("WANG Yi"), Name("王毅", "Hans")], side="China"))
    book = ws.books.get(ids["book"])
    book.counterparts.append(silent)
    book.status = BookStatus.FINAL
    book.sections.append(Section("Energy", area="energy"))  # empty, still a draft
    book.sections[0].points = "- Market access for rice"
    book.sections[0].status = SectionStatus.FINAL
    book.sections[1].classification = "SECRET"
    book.sections[1].background = "Contact at the ministry: नमस्ते"  # Devanagari: no font
    book.sections[1].status = SectionStatus.FINAL
    ws.books.save(book)
    meeting = ws.meetings.get(ids["meeting"])
    meeting.items[0].classification = "TOP SECRET"
    ws.meetings.save(meeting)
    findings = check(ws, book, Options(today=dt.date(2025, 7, 1)))
    problems = _problems(findings)
    assert ("brief “Energy”", "the brief is empty") in problems
    assert ("brief “Energy”", "still a draft in a final book") in problems
    assert (
        "brief “Law enforcement”",
        "classified SECRET, above the book's RESTRICTED; the export raises the marking to SECRET",
    ) in problems
    assert (
        "record “Increase imports of agricultural products”",
        "classified TOP SECRET, above the book's RESTRICTED, and shown in its brief and "
        "the tracker; the export raises the marking to TOP SECRET",
    ) in problems
    assert (
        "commitment “Increase imports of agricultural products”",
        "was due on 30 June 2025 and is still pending",
    ) in problems
    assert ("counterpart WANG Yi", "has no biography") in problems
    glyphs = [f for f in findings if "no bundled font can draw" in f.problem]
    assert len(glyphs) == 1 and "U+0928" in glyphs[0].problem
    assert glyphs[0].where == "text under “Background”"
    by_kind = {f.kind for f in findings}
    assert {"section", "item", "commitment", "person"} <= by_kind


def test_a_brief_longer_than_two_pages(ws, fill):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections[0].points = "- x"
    book.sections[1].points = "- y"
    book.sections[0].background = "\n\n".join(
        "The corridor talks went on at length about rice, cassava and fish. " * 12
        for _ in range(30)
    )
    doc = compose(ws, book)
    pages = heading_pages(doc)
    findings = check(ws, book, doc=doc, pages=pages)
    long = [f for f in findings if "printed pages" in f.problem]
    assert [f.where for f in long] == ["brief “Trade & investment”"]
    first, second = (f"section-{s.id}" for s in book.sections)
    assert pages[second] - pages[first] > 2
    assert long[0].problem.startswith(f"{pages[second] - pages[first]} printed pages")


def test_a_book_over_its_page_budget_names_the_parts_that_make_it_long(ws, fill):
    from briefing.export.pdf.writer import measure

    ids = fill(ws)
    book = ws.books.get(ids["book"])
    book.sections[0].points = "- x"
    book.sections[1].points = "- y"
    long_text = "The corridor talks went on at length about rice, cassava and fish. " * 12
    book.sections[1].background = "\n\n".join(long_text for _ in range(40))
    book.scope.page_budget = 4
    ws.books.save(book)
    doc = compose(ws, book)
    laid_out = measure(doc)
    findings = check(ws, book, doc=doc, pages=laid_out.heading_pages, page_count=laid_out.pages)
    over = [f for f in findings if "budget" in f.problem]
    assert len(over) == 1 and over[0].kind == "book" and over[0].ref == book.id
    law = f"section-{book.sections[1].id}"
    next_part = min(p for a, p in laid_out.heading_pages.items() if p > laid_out.heading_pages[law])
    length = next_part - laid_out.heading_pages[law]
    assert over[0].problem.startswith(
        f"{laid_out.pages} printed pages, over its budget of 4; longest: "
        f"Law enforcement ({length} pages)"
    )
    assert over[0].where == "the book “Official visit to China”"
    # within the budget, or without one: nothing to say
    book.scope.page_budget = laid_out.pages
    assert not [
        f for f in check(ws, book, doc=doc, pages=laid_out.heading_pages) if "budget" in f.problem
    ]
    book.scope.page_budget = 0
    assert not [
        f
        for f in check(ws, book, doc=doc, pages=laid_out.heading_pages, page_count=laid_out.pages)
        if "budget" in f.problem
    ]
