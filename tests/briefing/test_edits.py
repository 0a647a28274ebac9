"""Core edits (no Qt): apply/revert round trips, and free text survives structural undo."""

from __future__ import annotations

import copy
import datetime as dt

from briefing.edits import BookEdit, MeetingEdit, move_section, save_section_text, track_commitment
from briefing.model import Book, Item, ItemKind, Meeting, Section, Settings
from briefing.records import entries_for_area, insertion_text
from briefing.store import Workspace


def _ws(tmp_path):
    return Workspace.create(tmp_path / "w.briefing", Settings(countries=["Cambodia", "China"]))


def test_meeting_create_delete_and_commitment_link(tmp_path):
    ws = _ws(tmp_path)
    create = MeetingEdit(
        None,
        Meeting(
            date=dt.date(2024, 10, 10),
            city="Vientiane",
            items=[Item("trade", "China", ItemKind.PLEDGE, "Import more rice.")],
        ),
    )
    create.apply(ws)
    m = ws.get_meeting(create.after.id)
    track = track_commitment(m.items[0])
    track.apply(ws)
    delete = MeetingEdit(m, None)
    delete.apply(ws)
    assert ws.meetings() == []
    delete.revert(ws)
    c = ws.get_commitment(track.after.id)
    assert (c.meeting_id, c.item_id) == (m.id, m.items[0].id)
    create.revert(ws)
    create.apply(ws)  # redo keeps the same id
    assert ws.get_meeting(m.id).city == "Vientiane"
    ws.close()


def test_book_structure_undo_keeps_typed_text(tmp_path):
    ws = _ws(tmp_path)
    create = BookEdit(
        None, Book("Visit", sections=[Section("A", area="trade"), Section("B", area="energy")])
    )
    create.apply(ws)
    book = ws.get_book(create.after.id)
    move = move_section(book, 1, 0)
    move.apply(ws)
    save_section_text(ws, book.id, book.sections[0].id, {"objective": "typed after the move"})
    move.revert(ws)
    again = ws.get_book(book.id)
    assert [s.title for s in again.sections] == ["A", "B"]
    assert again.sections[0].objective == "typed after the move"
    after = copy.deepcopy(again)
    del after.sections[0]
    remove = BookEdit(again, after)
    remove.apply(ws)
    remove.revert(ws)
    assert ws.get_book(book.id).sections[0].objective == "typed after the move"
    ws.close()


def test_records_newest_first_with_reference(tmp_path):
    ws = _ws(tmp_path)
    for day, city, text in (
        (dt.date(2023, 1, 5), "Beijing", "old"),
        (dt.date(2024, 10, 10), "Vientiane", "new"),
    ):
        ws.save_meeting(
            Meeting(date=day, city=city, items=[Item("trade", "Both", ItemKind.STATEMENT, text)])
        )
    entries = entries_for_area(ws, "trade")
    assert [e.text for e in entries] == ["new", "old"]
    assert insertion_text(entries[0]) == "new (meeting of 10 October 2024, Vientiane)"
    ws.close()
