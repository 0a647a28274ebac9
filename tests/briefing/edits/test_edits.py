"""Core edits (no Qt): apply/revert round trips, and free text survives structural undo."""

from __future__ import annotations

import copy
import datetime as dt

from briefing.compose.records import entries_for_area, insertion_text
from briefing.edits import (
    BookEdit,
    MeetingEdit,
    move_section,
    save_section_text,
    track_commitment,
)
from briefing.model import Book, Item, ItemKind, Meeting, Section, Settings
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
    m = ws.meetings.get(create.after.id)
    track = track_commitment(m.items[0])
    track.apply(ws)
    delete = MeetingEdit(m, None)
    delete.apply(ws)
    assert ws.meetings.summaries() == []
    delete.revert(ws)
    c = ws.commitments.get(track.after.id)
    assert (c.meeting_id, c.item_id) == (m.id, m.items[0].id)
    create.revert(ws)
    create.apply(ws)  # redo keeps the same id
    assert ws.meetings.get(m.id).city == "Vientiane"
    ws.close()


def test_book_structure_undo_keeps_typed_text(tmp_path):
    ws = _ws(tmp_path)
    create = BookEdit(
        None, Book("Visit", sections=[Section("A", area="trade"), Section("B", area="energy")])
    )
    create.apply(ws)
    book = ws.books.get(create.after.id)
    move = move_section(book, 1, 0)
    move.apply(ws)
    save_section_text(ws, book.id, book.sections[0].id, {"objective": "typed after the move"})
    move.revert(ws)
    again = ws.books.get(book.id)
    assert [s.title for s in again.sections] == ["A", "B"]
    assert again.sections[0].objective == "typed after the move"
    after = copy.deepcopy(again)
    del after.sections[0]
    remove = BookEdit(again, after)
    remove.apply(ws)
    remove.revert(ws)
    assert ws.books.get(book.id).sections[0].objective == "typed after the move"
    ws.close()


def test_records_newest_first_with_reference(tmp_path):
    ws = _ws(tmp_path)
    for day, city, text in (
        (dt.date(2023, 1, 5), "Beijing", "old"),
        (dt.date(2024, 10, 10), "Vientiane", "new"),
    ):
        ws.meetings.save(
            Meeting(date=day, city=city, items=[Item("trade", "Both", ItemKind.STATEMENT, text)])
        )
    entries = entries_for_area(ws, "trade")
    assert [e.text for e in entries] == ["new", "old"]
    assert insertion_text(entries[0]) == "new (meeting of 10 October 2024, Vientiane)"
    ws.close()


# ---------------------------------------------------------------------------- new edits


def _book_ws(tmp_path):
    from briefing.model import SectionKind

    ws = _ws(tmp_path)
    create = BookEdit(
        None,
        Book(
            "Visit",
            sections=[
                Section("Purpose", kind=SectionKind.PURPOSE),
                Section("Trade", area="trade"),
            ],
        ),
    )
    create.apply(ws)
    return ws, ws.books.get(create.after.id)


def test_section_classification_and_kind(tmp_path):
    import pytest

    from briefing.edits import set_section_property
    from briefing.model import SectionKind

    ws, book = _book_ws(tmp_path)
    purpose, trade = book.sections
    edit = set_section_property(book, trade.id, "classification", "SECRET", ws.settings)
    edit.apply(ws)
    assert ws.books.get(book.id).sections[1].classification == "SECRET"
    edit.revert(ws)
    assert ws.books.get(book.id).sections[1].classification == ""
    kind = set_section_property(book, purpose.id, "kind", "annex", ws.settings)
    kind.apply(ws)
    assert ws.books.get(book.id).sections[0].kind == SectionKind.ANNEX
    kind.revert(ws)
    assert ws.books.get(book.id).sections[0].kind == SectionKind.PURPOSE
    with pytest.raises(ValueError, match="not a classification level"):
        set_section_property(book, trade.id, "classification", "COSMIC", ws.settings)
    with pytest.raises(ValueError, match="stays a brief"):
        set_section_property(book, trade.id, "kind", "annex", ws.settings)
    with pytest.raises(ValueError, match="stays a brief"):
        set_section_property(book, purpose.id, "kind", "area", ws.settings)
    ws.close()


def test_counterparts_add_move_remove(tmp_path):
    import pytest

    from briefing.edits import add_counterpart, move_counterpart, remove_counterpart
    from briefing.model import Name, Person

    ws, book = _book_ws(tmp_path)
    a, b = Person([Name("HUN Manet")]), Person([Name("LI Qiang"), Name("李强", "Hans")])
    ws.people.save(a)
    ws.people.save(b)
    steps = [add_counterpart(book, a.id)]
    steps[-1].apply(ws)
    book = ws.books.get(book.id)
    steps.append(add_counterpart(book, b.id))
    steps[-1].apply(ws)
    book = ws.books.get(book.id)
    with pytest.raises(ValueError, match="already"):
        add_counterpart(book, a.id)
    steps.append(move_counterpart(book, 1, 0))
    steps[-1].apply(ws)
    assert ws.books.get(book.id).counterparts == [b.id, a.id]
    book = ws.books.get(book.id)
    steps.append(remove_counterpart(book, b.id))
    steps[-1].apply(ws)
    assert ws.books.get(book.id).counterparts == [a.id]
    for step in reversed(steps):
        step.revert(ws)
    assert ws.books.get(book.id).counterparts == []
    ws.close()


def test_settings_edit_levels_and_areas(tmp_path):
    import pytest

    from briefing.edits import SettingsEdit, area_key, levels_in_use, set_section_property
    from briefing.model import Area
    from briefing.store import WorkspaceError

    ws, book = _book_ws(tmp_path)
    set_section_property(book, book.sections[1].id, "classification", "SECRET", ws.settings).apply(
        ws
    )
    assert levels_in_use(ws) == {"SECRET": {"section": 1}}

    before = ws.settings
    after = copy.deepcopy(before)
    after.countries = ["Kingdom of Cambodia", "China"]
    after.ministry = "MFAIC"
    after.classification.levels = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET (NATIONAL)"]
    key = area_key("Health & Medicine", {a.key for a in after.areas})
    assert key == "health"
    assert area_key("Health", {"health"}) == "health-2"
    after.areas.append(Area(key, "Health & Medicine"))
    after.areas[1].name = "Trade, investment & tourism"  # renamed: keeps its key and items
    edit = SettingsEdit(before, after, renamed_levels={"SECRET": "SECRET (NATIONAL)"})
    edit.apply(ws)
    s = ws.settings
    assert s.countries[0] == "Kingdom of Cambodia" and s.ministry == "MFAIC"
    assert s.classification.levels[-1] == "SECRET (NATIONAL)"
    assert s.area_name("trade") == "Trade, investment & tourism"
    assert s.area_name("health") == "Health & Medicine"
    assert ws.books.get(book.id).sections[1].classification == "SECRET (NATIONAL)"
    edit.revert(ws)
    assert ws.settings == before
    assert ws.books.get(book.id).sections[1].classification == "SECRET"

    # removing a level in use is refused, and nothing changes
    gone = copy.deepcopy(before)
    gone.classification.levels.remove("SECRET")
    with pytest.raises(WorkspaceError, match="'SECRET' is still used by 1 section"):
        SettingsEdit(before, gone).apply(ws)
    assert ws.settings == before
    # removing an area in use is refused by the store
    no_trade = copy.deepcopy(before)
    no_trade.areas = [a for a in no_trade.areas if a.key != "trade"]
    with pytest.raises(WorkspaceError, match="still used"):
        SettingsEdit(before, no_trade).apply(ws)
    assert ws.settings == before
    # a dry run says why, or None, and changes nothing either way
    from briefing.edits import dry_run

    assert "still used" in dry_run(ws, SettingsEdit(before, no_trade))
    assert "still used" in dry_run(ws, SettingsEdit(before, after))  # SECRET not renamed
    assert dry_run(ws, SettingsEdit(before, after, {"SECRET": "SECRET (NATIONAL)"})) is None
    assert ws.settings == before
    ws.close()


def test_renaming_a_country_carries_the_sides_over(ws, fill):
    import pytest

    from briefing.edits import SettingsEdit
    from briefing.model import BOTH
    from briefing.store import WorkspaceError

    fill(ws)

    def sides() -> tuple[set[str], set[str], set[str]]:
        items = {i.side for m in ws.meetings.summaries() for i in ws.meetings.get(m.id).items}
        return {p.side for p in ws.people.all()}, items, {c.owed_by for c in ws.commitments.all()}

    people, items, owed = sides()
    assert "China" in people and "China" in items | owed
    before = ws.settings
    after = copy.deepcopy(before)
    after.countries = ["Cambodia", "People's Republic of China"]
    edit = SettingsEdit(before, after)
    edit.apply(ws)
    renamed = sides()
    for was, now in zip((people, items, owed), renamed, strict=True):
        assert now == {("People's Republic of China" if s == "China" else s) for s in was}
    edit.revert(ws)
    assert sides() == (people, items, owed)

    # swapping the two names swaps the sides, it does not merge them
    swapped = copy.deepcopy(before)
    swapped.countries = ["China", "Cambodia"]
    SettingsEdit(before, swapped).apply(ws)
    assert {p.side for p in ws.people.all()} == people  # both names still present
    cambodians = [p for p in ws.people.all() if p.names[0].text == "HUN Manet"]
    assert cambodians[0].side == "China"
    SettingsEdit(swapped, before).apply(ws)

    for bad, message in ((["China", "China"], "different names"), ([BOTH, "China"], "share")):
        wrong = copy.deepcopy(before)
        wrong.countries = bad
        with pytest.raises(WorkspaceError, match=message):
            SettingsEdit(before, wrong).apply(ws)
    assert ws.settings == before and sides() == (people, items, owed)
