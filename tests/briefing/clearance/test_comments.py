"""Comment threads: anchored to words, kept in place as the text around them is edited."""

from __future__ import annotations

import pytest

from briefing import interchange
from briefing.clearance import comments
from briefing.model import Anchor, reanchor

TEXT = "Thank China for the rice quota. Ask for faster inspections. Raise the rice quota again."


def _anchor(text: str, words: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Anchor.at(text, start, start + len(words))


def test_an_edit_before_the_span_moves_it_along():
    a = _anchor(TEXT, "faster inspections")
    edited = "Warmly thank China for the rice quota. " + TEXT[32:]
    moved = reanchor(a, edited)
    assert edited[moved.start : moved.end] == "faster inspections" and not moved.detached
    assert moved.start == a.start + len("Warmly thank China for the rice quota. ") - 32


def test_an_edit_after_the_span_leaves_it_where_it_is():
    a = _anchor(TEXT, "faster inspections")
    moved = reanchor(a, TEXT.replace("again", "once more, firmly"))
    assert (moved.start, moved.end) == (a.start, a.end)


def test_an_edit_inside_the_span_detaches_it_with_its_words():
    a = _anchor(TEXT, "faster inspections")
    moved = reanchor(a, TEXT.replace("faster inspections", "quicker checks"))
    assert moved.detached and moved.quote == "faster inspections"
    # and the words coming back bring the thread back
    again = reanchor(moved, TEXT)
    assert not again.detached and TEXT[again.start : again.end] == "faster inspections"


def test_a_repeated_quote_keeps_to_the_occurrence_it_was_on():
    second = _anchor(TEXT, "rice quota", occurrence=1)
    edited = "Before all: the rice quota matters. " + TEXT
    moved = reanchor(second, edited)
    assert edited[moved.start : moved.end] == "rice quota"
    assert edited[moved.start - 10 : moved.start] == "Raise the "


def test_threads_follow_the_text_saved_by_the_editor_and_travel_in_the_json(ws, fill, tmp_path):
    ids = fill(ws)
    book = ws.books.get(ids["book"])
    law = next(s for s in book.sections if s.area == "law")  # "- Scam centres\n- Extradition"
    plain = comments.field_plain(law, "points")
    start = plain.index("Extradition")
    thread = comments.comment_on(
        ws, book.id, law.id, "points", start, start + len("Extradition"), "Director", "Which?"
    )
    comments.reply(ws, thread.id, "Desk", "The two cases of 2024.")
    ws.books.save_section_texts(
        book.id, law.id, {"points": "- Online fraud\n- Scam centres\n- Extradition treaty"}
    )
    kept = ws.comments.get(thread.id)
    now = comments.field_plain(ws.books.section(book.id, law.id), "points")
    assert now[kept.anchor.start : kept.anchor.end] == "Extradition"
    assert [m.author for m in kept.messages] == ["Director", "Desk"]
    comments.resolve(ws, thread.id, "Desk")
    assert ws.comments.get(thread.id).resolved
    comments.reopen(ws, thread.id)
    assert not ws.comments.get(thread.id).resolved
    doc = interchange.dump(ws)
    assert doc["books"][0]["comments"][0]["anchor"]["quote"] == "Extradition"
    with interchange.load(doc, tmp_path / "copy.briefing") as copy:
        assert copy.comments.threads(book.id)[0].messages[1].text == "The two cases of 2024."


def test_an_empty_comment_is_refused(ws, fill):
    ids = fill(ws)
    law = next(s for s in ws.books.get(ids["book"]).sections if s.area == "law")
    with pytest.raises(comments.CommentError, match="needs some text"):
        comments.comment_on(ws, ids["book"], law.id, "points", 0, 4, "Me", "  ")
