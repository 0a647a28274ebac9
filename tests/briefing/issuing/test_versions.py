"""Issued versions: what is kept, changes between versions, the changes sheet, copying a book."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess

import pytest

from briefing import interchange
from briefing.interchange import FormatError
from briefing.issuing import changes_sheet
from briefing.issuing.job import ExportRequest, distribution_log, export_book
from briefing.issuing.versions import _diff as diff
from briefing.issuing.versions import (
    _reprint,
    changes,
    copy_book,
    issued_pdf,
    issued_versions,
    reprint,
    write_changes_sheet,
)
from briefing.model import BookStatus, PrintedPart, ProgressNote, SectionStatus
from briefing.store import WorkspaceError


def _text(pdf: bytes) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return out.split("\f")[:-1]


@pytest.fixture
def two_versions(ws, fill, tmp_path):
    """Book issued as v1, one brief's text changed, issued again as v2."""
    ids = fill(ws)
    export_book(ws, ExportRequest(ids["book"], {"pdf": tmp_path / "v1.pdf"}, issue=True))
    book = ws.books.get(ids["book"])
    law = next(s for s in book.sections if s.area == "law")
    law.points = "- Scam centres in border zones\n- Extradition\n- Joint task force"
    ws.books.save_section(book.id, law)
    export_book(ws, ExportRequest(ids["book"], {"pdf": tmp_path / "v2.pdf"}, copies=1, issue=True))
    return ids, law


def test_issue_twice_then_changes_name_exactly_the_changed_brief(ws, two_versions, tmp_path):
    ids, law = two_versions
    assert [(v.number, v.pages > 0) for v in issued_versions(ws, ids["book"])] == [
        (1, True),
        (2, True),
    ]
    found = changes(ws, ids["book"], since=1, until=2)
    assert len(found) == 1
    change = found[0]
    assert (change.title, change.section_id, change.state) == (law.title, law.id, "changed")
    assert change.removed == ["• Scam centres"]
    assert change.added == ["• Scam centres in border zones", "• Joint task force"]
    assert change.pages is not None and change.pages[0] >= 3
    assert changes(ws, ids["book"], since=2) == []  # the book is as issued in v2
    # the log ties each file to its version
    assert [(e.version, e.copy) for e in distribution_log(ws)] == [(1, None), (2, 1)]


def test_the_changes_sheet_is_one_page_naming_only_the_changed_brief(ws, two_versions):
    ids, law = two_versions
    out = io.BytesIO()
    assert write_changes_sheet(ws, ids["book"], 1, 2, out) == 1
    (page,) = _text(out.getvalue())
    lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
    marking = "RESTRICTED"
    assert lines[0] == marking and lines[-1] == marking  # banner top and bottom
    assert "Changes between version 1 and version 2" in lines
    assert "Official visit to China" in lines
    first, last = changes(ws, ids["book"], 1, 2)[0].pages
    where = f"page {first}" if first == last else f"pages {first}–{last}"
    assert f"{law.title} · {where}" in lines
    assert "Trade & investment" not in page and "Secure market access" not in page
    assert "• Removed: Scam centres" in lines
    assert "• Added: Scam centres in border zones" in lines
    assert "• Added: Joint task force" in lines
    # what to reprint comes first: the cover (it names the version) and the changed brief
    plan = reprint(ws, ids["book"], 1, 2)
    assert not plan.whole_book
    assert plan.pages[0] == (1, 1) and (first, last) in plan.pages
    assert f"Reprint pages {plan.ranges_text()} of version 2: the rest stands." in lines


def _part(key, title, pages, lines=("text",), section_id=None):  # noqa: ANN001, ANN202
    return PrintedPart(key, section_id, title, list(lines), pages)


def test_reprint_the_cover_changed_and_moved_parts_and_the_contents_they_moved_in():
    old = [
        _part("section-1", "Purpose", (3, 3), section_id=1),
        _part("section-2", "Trade", (4, 4), section_id=2),
        _part("section-3", "Energy", (5, 6), section_id=3),
        _part("annex-tracker", "Tracker", (7, 8)),
    ]
    same = [_part(p.key, p.title, p.pages, p.lines, p.section_id) for p in old]
    same[1].lines = ["new text"]
    plan = _reprint(old, same, 8, 8)
    assert (plan.whole_book, plan.pages) == (False, [(1, 1), (4, 4)])
    assert plan.reasons == ["cover (version and date)", "Trade (changed)"]

    # Trade grows onto page 5: Energy moves to 6-7 and takes a page from the tracker
    moved = [_part(p.key, p.title, p.pages, p.lines, p.section_id) for p in old]
    moved[1].lines, moved[1].pages = ["longer text"], (4, 5)
    moved[2].pages, moved[3].pages = (6, 7), (8, 8)
    plan = _reprint(old, moved, 8, 8)
    assert plan.pages == [(1, 2), (4, 8)]  # cover + contents, then Trade to the tracker
    assert "contents (page numbers)" in plan.reasons[0]
    assert plan.reasons[1] == "Trade (changed); Energy (moved); Tracker (moved)"
    assert plan.ranges_text() == "1–2, 4–8"

    grown = [_part(p.key, p.title, p.pages, p.lines, p.section_id) for p in moved]
    plan = _reprint(old, grown, 8, 9)
    assert plan.whole_book and plan.pages == [(1, 9)]
    assert "9 pages instead of 8" in plan.note


def test_issued_pdf_is_exactly_what_was_issued(ws, two_versions, tmp_path):
    ids, _ = two_versions
    v1 = issued_pdf(ws, ids["book"], 1)
    on_disk = (tmp_path / "v1.pdf").read_bytes()
    assert v1 == on_disk  # an unnumbered v1: the file written is the master
    assert distribution_log(ws)[0].sha256 == hashlib.sha256(v1).hexdigest()
    v2 = issued_pdf(ws, ids["book"], 2)  # issued with a numbered copy: the master has none
    assert "Version 2 — Draft of" in _text(v2)[0] and "Copy 1 of 1" not in "".join(_text(v2))
    with pytest.raises(WorkspaceError, match="no issued version 3 .issued: v1, v2"):
        issued_pdf(ws, ids["book"], 3)
    with pytest.raises(WorkspaceError, match="not later than"):
        changes(ws, ids["book"], since=2, until=1)


def test_changes_since_a_version_against_the_book_as_it_is_now(ws, two_versions):
    ids, _ = two_versions
    book = ws.books.get(ids["book"])
    book.sections[0].title = "Trade and investment"
    book.sections[0].objective = "Secure market access for rice and cassava."
    book.sections.pop(1)
    ws.books.save(book)
    found = {c.title: c for c in changes(ws, ids["book"], since=2)}
    renamed = found["Trade and investment"]
    assert renamed.state == "changed" and renamed.pages is None
    assert renamed.removed == ["Trade & investment", "Secure market access."]
    assert renamed.added == ["Trade and investment", "Secure market access for rice and cassava."]
    assert found["Law enforcement"].state == "removed"


def test_generated_tables_count_as_printed_text(ws, two_versions):
    """A progress note changes the brief's commitments table and the tracker annex."""
    ids, _ = two_versions
    commitment = ws.commitments.get(ids["commitment"])
    commitment.notes.append(ProgressNote(dt.date(2025, 3, 1), "First shipment of rice arrived"))
    ws.commitments.save(commitment)
    found = {c.title: c for c in changes(ws, ids["book"], since=2)}
    assert set(found) == {"Trade & investment", "Annex B: Commitments tracker"}
    for change in found.values():
        assert change.state == "changed"
        assert any("1 Mar 2025: First shipment of rice arrived" in a for a in change.added)
        assert any("15 Jan 2025: Raised with the embassy (cable)" in r for r in change.removed)


def test_parts_match_by_section_id_then_by_title_and_generated_parts_by_key():
    old = [
        PrintedPart("section-1", 1, "Trade", ["a", "b"]),
        PrintedPart("section-2", 2, "Energy", ["x"]),
        PrintedPart("annex-tracker", None, "Annex B: Commitments tracker", ["row 1"]),
        PrintedPart("section-9", 9, "Culture", ["c"]),
    ]
    new = [
        PrintedPart("section-1", 1, "Trade and investment", ["a", "b"]),  # renamed
        PrintedPart("section-7", 7, "Energy", ["x"]),  # new id, same title: same part
        PrintedPart("annex-tracker", None, "Annex C: Commitments tracker", ["row 1", "row 2"]),
        PrintedPart("section-8", 8, "Health", ["h"]),
    ]
    found = [(c.title, c.state, c.added, c.removed) for c in diff(old, new)]
    assert found == [
        ("Trade and investment", "changed", ["Trade and investment"], ["Trade"]),
        (
            "Annex C: Commitments tracker",
            "changed",
            ["Annex C: Commitments tracker", "row 2"],
            ["Annex B: Commitments tracker"],
        ),
        ("Health", "added", ["Health", "h"], []),
        ("Culture", "removed", [], ["Culture", "c"]),
    ]


def test_long_lines_are_shortened_around_the_change():
    before = "The two sides agreed " + "to deepen cooperation " * 12 + "on rice exports."
    after = before.replace("rice exports", "rice and cassava exports")
    short = changes_sheet._shorten(after, before)
    assert short.startswith("… ") and short.endswith("cassava exports.")
    assert len(short) <= changes_sheet.LINE_LIMIT + 4
    assert changes_sheet._shorten("short line", None) == "short line"
    assert len(changes_sheet._shorten("word " * 100, None)) <= changes_sheet.LINE_LIMIT + 2


def test_copy_book_starts_the_next_visit_without_history(ws, two_versions):
    ids, law = two_versions
    book = ws.books.get(ids["book"])
    book.status = BookStatus.FINAL
    book.sections[0].status = SectionStatus.CLEARED
    book.scope.since = dt.date(2024, 1, 1)
    book.scope.page_budget = 45
    ws.books.save(book)
    new = copy_book(ws, ids["book"], title="  Return visit to Phnom Penh ")
    # the rules carry over; the period starts afresh (since the previous book by default)
    assert new.scope.page_budget == 45 and new.scope.since is None
    assert new.id != book.id and new.title == "Return visit to Phnom Penh"
    assert new.status is BookStatus.DRAFT
    assert [s.title for s in new.sections] == [s.title for s in book.sections]
    assert [s.points for s in new.sections] == [s.points for s in book.sections]
    assert all(s.status is SectionStatus.DRAFT for s in new.sections)
    assert not {s.id for s in new.sections} & {s.id for s in book.sections}
    assert (new.start_date, new.place, new.counterparts) == (
        book.start_date,
        book.place,
        book.counterparts,
    )
    assert issued_versions(ws, new.id) == []
    assert ws.books.get(book.id).sections[0].status is SectionStatus.CLEARED  # untouched
    assert copy_book(ws, ids["book"]).title == "Official visit to China (copy)"


def test_issued_versions_and_the_log_round_trip_through_json(ws, two_versions, tmp_path):
    ids, _ = two_versions
    doc = json.loads(json.dumps(interchange.dump(ws)))
    assert [v["number"] for v in doc["issued_versions"]] == [1, 2]
    assert len(doc["distribution_log"]) == 2
    with interchange.load(doc, tmp_path / "again.briefing") as again:
        assert interchange.dump(again) == doc
        assert issued_pdf(again, ids["book"], 1) == issued_pdf(ws, ids["book"], 1)
        assert changes(again, ids["book"], 1, 2) == changes(ws, ids["book"], 1, 2)
        assert distribution_log(again) == distribution_log(ws)

    tampered = json.loads(json.dumps(doc))
    tampered["issued_versions"][0]["pdf"] = tampered["issued_versions"][1]["pdf"]
    with pytest.raises(FormatError, match=r"issued_versions\[0\]\.pdf: does not match"):
        interchange.load(tampered, tmp_path / "bad.briefing")
    doubled = json.loads(json.dumps(doc))
    doubled["issued_versions"][1]["number"] = 1
    with pytest.raises(FormatError, match="two issued versions numbered 1"):
        interchange.load(doubled, tmp_path / "bad.briefing")
    orphan = json.loads(json.dumps(doc))
    orphan["issued_versions"][0]["book"] = 77
    with pytest.raises(FormatError, match=r"issued_versions\[0\]\.book: no book with id 77"):
        interchange.load(orphan, tmp_path / "bad.briefing")
    assert not (tmp_path / "bad.briefing").exists()


def test_deleting_a_book_keeps_its_log_but_not_its_versions(ws, two_versions):
    ids, _ = two_versions
    ws.books.delete(ids["book"])
    assert issued_versions(ws, ids["book"]) == []
    assert [e.book_title for e in distribution_log(ws)] == ["Official visit to China"] * 2
