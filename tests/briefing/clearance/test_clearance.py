"""Clearance: requests, answers, where a section stands, marking final, the trail."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import clearance, interchange
from briefing.clearance import ClearanceError
from briefing.compose.book import Options, compose
from briefing.issuing.job import ExportRequest, export_book
from briefing.issuing.preflight import can_mark_final, check
from briefing.model import Action, BookStatus, Clearer, SectionStatus, State
from briefing.model.clearance_words import describe

T0 = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)  # a Monday


@pytest.fixture
def book(ws, fill):
    ids = fill(ws)
    settings = ws.settings
    settings.clearers = [
        Clearer("dir", "Sok Dara", "Director, Asia-Pacific"),
        Clearer("emb", "Chan Vanna", "Embassy in Beijing"),
    ]
    ws.save_settings(settings)
    return ws.books.get(ids["book"])


def _trade(ws, book):
    return next(s for s in ws.books.get(book.id).sections if s.area == "trade")


def test_a_request_waits_then_clears_when_every_clearer_has_cleared(ws, book):
    trade = _trade(ws, book)
    clearance.request(ws, book.id, [trade.id], ["dir", "emb"], dt.date(2026, 12, 3), "desk", now=T0)
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert st.state is State.WAITING
    assert describe(st, T0.date()) == (
        "waiting for Director, Asia-Pacific and Embassy in Beijing, due Thu"
    )
    clearance.answer(ws, book.id, trade.id, "dir", Action.CLEARED, "desk", now=T0)
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert describe(st, T0.date()) == "waiting for Embassy in Beijing, due Thu"
    clearance.answer(ws, book.id, trade.id, "emb", Action.CLEARED_WITH_CHANGES, "desk", now=T0)
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert st.state is State.CLEARED
    assert _trade(ws, book).status is SectionStatus.CLEARED  # the status follows


def test_an_overdue_request_says_so(ws, book):
    trade = _trade(ws, book)
    clearance.request(ws, book.id, [trade.id], ["dir"], dt.date(2026, 11, 28), "desk", now=T0)
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert describe(st, T0.date()).startswith("waiting for Director, Asia-Pacific, overdue since")


def test_a_return_needs_comments_and_sends_the_section_back(ws, book):
    trade = _trade(ws, book)
    clearance.request(ws, book.id, [trade.id], ["dir"], None, "desk", now=T0)
    with pytest.raises(ClearanceError, match="say why"):
        clearance.answer(ws, book.id, trade.id, "dir", Action.RETURNED, "desk", note=" ")
    clearance.answer(ws, book.id, trade.id, "dir", Action.RETURNED, "desk", note="Soften point 2")
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert st.state is State.RETURNED and st.returned[0].note == "Soften point 2"
    assert describe(st, T0.date()) == "returned by Director, Asia-Pacific"


def test_an_answer_from_someone_not_asked_is_refused(ws, book):
    trade = _trade(ws, book)
    with pytest.raises(ClearanceError, match="was not asked"):
        clearance.answer(ws, book.id, trade.id, "dir", Action.CLEARED, "desk")
    with pytest.raises(ClearanceError, match="no clearer 'nobody'"):
        clearance.request(ws, book.id, [trade.id], ["nobody"], None, "desk")


def test_text_edited_after_clearance_is_no_longer_cleared(ws, book):
    trade = _trade(ws, book)
    clearance.request(ws, book.id, [trade.id], ["dir"], None, "desk", now=T0)
    clearance.answer(ws, book.id, trade.id, "dir", Action.CLEARED, "desk", now=T0)
    ws.books.save_section_texts(book.id, trade.id, {"objective": "Another objective."})
    st = clearance.standings(ws, ws.books.get(book.id))[trade.id]
    assert st.state is State.CHANGED
    assert describe(st, T0.date()) == "changed since cleared by Director, Asia-Pacific"


def test_marking_final_is_refused_while_a_section_is_not_cleared(ws, book):
    with pytest.raises(ClearanceError, match="not cleared"):
        clearance.mark_final(ws, book.id, "desk")
    assert ws.books.get(book.id).status is BookStatus.DRAFT
    assert ws.clearance.steps(book.id) == []
    assert len(can_mark_final(ws, ws.books.get(book.id), T0.date())) == 2  # two with text


def test_an_override_needs_a_reason_which_is_recorded(ws, book):
    step = clearance.mark_final(ws, book.id, "desk", override_reason="Minister leaves tonight")
    assert ws.books.get(book.id).status is BookStatus.FINAL
    (kept,) = ws.clearance.steps(book.id, None)
    assert kept.action is Action.FINAL_OVERRIDE and kept.id == step.id
    assert kept.note.startswith("Minister leaves tonight — not cleared: ")
    assert "Trade & investment" in kept.note
    # preflight names every section still not cleared in the final book
    found = check(ws, ws.books.get(book.id))
    assert any("not cleared" in f.problem and "Trade" in f.where for f in found)


def test_a_cleared_book_is_marked_final_without_a_reason(ws, book):
    ids = [s.id for s in book.sections if clearance.needs_clearance(s)]
    clearance.request(ws, book.id, ids, ["dir"], None, "desk", now=T0)
    for sid in ids:
        clearance.answer(ws, book.id, sid, "dir", Action.CLEARED, "desk", now=T0)
    assert clearance.mark_final(ws, book.id, "desk").action is Action.MARKED_FINAL
    assert not [f for f in check(ws, ws.books.get(book.id)) if "cleared" in f.problem]


def test_the_clearance_block_prints_drafted_and_cleared_by(ws, book):
    trade = _trade(ws, book)
    section = ws.books.get(book.id)
    trade.owner = "China Desk"
    ws.books.save_section(book.id, trade)
    clearance.request(ws, book.id, [trade.id], ["dir"], None, "desk", now=T0)
    clearance.answer(ws, book.id, trade.id, "dir", Action.CLEARED, "desk", now=T0)
    plain = [b.text for b in compose(ws, ws.books.get(book.id)).blocks if hasattr(b, "text")]
    assert "Drafted by: China Desk" not in plain  # only when asked for
    doc = compose(ws, ws.books.get(book.id), Options(clearance_block=True))
    texts = [getattr(b, "text", "") for b in doc.blocks]
    at = texts.index("Drafted by: China Desk")
    assert texts[at + 1] == "Cleared by: Sok Dara, Director, Asia-Pacific, 30 Nov 2026"
    assert section.title  # the book still composes whole


def test_the_trail_goes_into_the_json_and_with_the_issued_version(ws, book, tmp_path):
    trade = _trade(ws, book)
    clearance.request(ws, book.id, [trade.id], ["dir"], dt.date(2026, 12, 3), "desk", now=T0)
    clearance.answer(ws, book.id, trade.id, "dir", Action.CLEARED, "desk", now=T0)
    doc = interchange.dump(ws)
    assert doc["settings"]["clearers"][0] == {
        "key": "dir",
        "name": "Sok Dara",
        "title": "Director, Asia-Pacific",
    }
    trail = doc["books"][0]["clearance"]
    assert [s["action"] for s in trail] == ["requested", "cleared"]
    assert trail[1]["text_sha256"] == trail[0]["text_sha256"] != ""
    with interchange.load(doc, tmp_path / "copy.briefing") as copy:
        assert interchange.dump(copy) == doc
    export_book(ws, ExportRequest(book.id, {"pdf": tmp_path / "b.pdf"}, issue=True))
    kept = ws.issued.record(book.id, 1).book
    assert [s["action"] for s in kept["clearance"]] == ["requested", "cleared"]
