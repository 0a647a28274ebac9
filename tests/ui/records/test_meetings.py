"""Meetings: create one and its items, edit, move, delete, track a commitment; undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from uitest_helpers import reopen, type_into

from briefing.model import Item, ItemKind
from ui.records.item_dialog import ItemDialog


def test_create_meeting_with_items_undo_redo_and_reopen(qtbot, window, workspace_path, monkeypatch):
    window.new_meeting_action.trigger()
    editor = window.stack.currentWidget()
    assert editor is window.editors["meeting"]
    meeting_id = editor.meeting.id
    assert window.library.meetings.total() == 3

    type_into(qtbot, editor.lines["city"], "Phnom Penh")
    type_into(qtbot, editor.lines["occasion"], "Joint commission")
    assert window.session.ws.meetings.get(meeting_id).city == "Phnom Penh"

    # add two items through the real dialog code path (the dialog's answer is stubbed)
    answers = [
        Item("trade", "China", ItemKind.PLEDGE, "Buy more rice."),
        Item("energy", "Both", ItemKind.STATEMENT, "Solar parks discussed."),
    ]
    monkeypatch.setattr(
        ItemDialog, "get_item", classmethod(lambda cls, p, s, i: (answers.pop(0), True))
    )
    editor.add_item_action.trigger()
    editor.add_item_action.trigger()
    items = window.session.ws.meetings.get(meeting_id).items
    assert [i.text for i in items] == ["Buy more rice.", "Solar parks discussed."]
    assert editor.items_model.rowCount() == 2  # two area groups

    # move the energy item to the political area, then undo and redo it
    editor.select_item(items[1].id)
    editor.move_item("political")
    assert window.session.ws.meetings.get_item(items[1].id).area == "political"
    window.undo_action.trigger()
    assert window.session.ws.meetings.get_item(items[1].id).area == "energy"
    window.redo_action.trigger()
    assert window.session.ws.meetings.get_item(items[1].id).area == "political"

    # edit an item's text through the real dialog, driven by a timer
    editor.select_item(items[0].id)
    monkeypatch.undo()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ItemDialog)
        dialog.text.setPlainText("Buy more rice and cassava.")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    editor.edit_item_action.trigger()
    assert window.session.ws.meetings.get_item(items[0].id).text == "Buy more rice and cassava."

    # delete, undo brings it back with the same id
    editor.select_item(items[0].id)
    editor.delete_item_action.trigger()
    assert [i.id for i in window.session.ws.meetings.get(meeting_id).items] == [items[1].id]
    window.undo_action.trigger()
    assert window.session.ws.meetings.get_item(items[0].id).text == "Buy more rice and cassava."

    # undo the city; redo it
    stack = window.session.undo_stack
    while stack.canUndo() and window.session.ws.meetings.get(meeting_id).city:
        window.undo_action.trigger()
    assert window.session.ws.meetings.get(meeting_id).city == ""
    while stack.canRedo():
        window.redo_action.trigger()
    assert window.session.ws.meetings.get(meeting_id).city == "Phnom Penh"

    ws = reopen(window, workspace_path)
    m = ws.meetings.get(meeting_id)
    assert (m.city, m.occasion, m.date) == ("Phnom Penh", "Joint commission", dt.date.today())
    # redoing everything replayed the deletion too
    assert {i.text: i.area for i in m.items} == {"Solar parks discussed.": "political"}
    ws.close()


def test_library_filters_and_newest_first(qtbot, window):
    lib = window.library
    texts = [r.text for r in lib.meetings.rows()]
    assert texts[0].startswith("2024-10-10") and texts[1].startswith("2023-09-15")
    lib.year.setCurrentIndex(lib.year.findData(2023))
    lib.year.activated.emit(lib.year.currentIndex())
    assert [r.text[:10] for r in lib.meetings.rows()] == ["2023-09-15"]
    lib.year.setCurrentIndex(0)
    lib.area.setCurrentIndex(lib.area.findData("energy"))
    lib.area.activated.emit(lib.area.currentIndex())
    assert [r.text[:10] for r in lib.meetings.rows()] == ["2024-10-10"]
    lib.area.setCurrentIndex(0)
    lib.area.activated.emit(0)
    qtbot.keyClicks(lib.text, "Beij")
    qtbot.waitUntil(lambda: lib.meetings.total() == 1, timeout=2000)
    lib.side.setCurrentIndex(lib.side.findData("Cambodia"))
    lib.side.activated.emit(lib.side.currentIndex())
    assert lib.meetings.total() == 1


def test_participants_pick_and_create(qtbot, window, monkeypatch):
    from briefing.model import Name, Person
    from ui.records.person_dialog import ParticipantDialog

    window.new_meeting_action.trigger()
    editor = window.editors["meeting"]
    people = window.session.ws.people.all()
    monkeypatch.setattr(
        ParticipantDialog,
        "get_participant",
        classmethod(lambda cls, *a: ((people[1].id, None, "counterpart"), True)),
    )
    editor.add_participant()
    new = Person([Name("WANG Yi"), Name("王毅", "Hans")], side="China")
    monkeypatch.setattr(
        ParticipantDialog,
        "get_participant",
        classmethod(lambda cls, *a: ((None, new, "minister"), True)),
    )
    editor.add_participant()
    assert editor.participants.count() == 2
    assert "王毅" in editor.participants.item(1).text()
    assert len(window.session.ws.people.all()) == 3
    window.undo_action.trigger()  # one step: the new person and the participant
    assert editor.participants.count() == 1
    assert len(window.session.ws.people.all()) == 2
    window.redo_action.trigger()
    assert editor.participants.count() == 2


def test_sources_paste(qtbot, window, monkeypatch):
    from briefing.model import SourceDocument
    from ui.records.source_dialog import SourceDialog

    meeting_id = window.library.meetings.rows()[0].id
    window.open_record("meeting", meeting_id)
    editor = window.editors["meeting"]
    monkeypatch.setattr(
        SourceDialog,
        "get_source",
        classmethod(
            lambda cls, *a: (
                SourceDocument("Press release", "MFAIC", text="Vientiane, 11 October"),
                True,
            )
        ),
    )
    editor.add_source()
    assert editor.sources.count() == 1
    assert window.session.ws.meetings.get(meeting_id).sources[0].text == "Vientiane, 11 October"
    window.undo_action.trigger()
    assert window.session.ws.meetings.get(meeting_id).sources == []


def test_delete_meeting_and_undo_restores_commitment_link(qtbot, window, no_message_boxes):
    ws = window.session.ws
    meeting_id = window.library.meetings.rows()[0].id
    window.open_record("meeting", meeting_id)
    editor = window.editors["meeting"]
    pledge = next(i for i in ws.meetings.get(meeting_id).items if i.kind == ItemKind.PLEDGE)
    editor.select_item(pledge.id)
    editor.track_action.trigger()
    assert ws.commitments.for_item(pledge.id) is not None
    window.delete_action.trigger()  # asks; the stub answers yes
    assert window.library.meetings.total() == 1
    window.undo_action.trigger()
    assert window.library.meetings.total() == 2
    c = ws.commitments.for_item(pledge.id)
    assert c is not None and c.meeting_id == meeting_id


def test_keyboard_shortcut_new_meeting(qtbot, window):
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.stack.currentWidget() is window.editors["meeting"]
    assert window.library.meetings.total() == 3


def test_typed_value_saved_on_pause_and_on_close(qtbot, window, workspace_path):
    meeting_id = window.library.meetings.rows()[0].id
    window.open_record("meeting", meeting_id)
    editor = window.editors["meeting"]
    city = editor.lines["city"]
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Luang Prabang")  # no Enter, focus stays
    ws = window.session.ws
    qtbot.waitUntil(lambda: ws.meetings.get(meeting_id).city == "Luang Prabang", timeout=2000)
    assert city.hasFocus()
    occasion = editor.lines["occasion"]
    assert occasion.cursorPosition() == 0  # a long value shows its beginning
    occasion.end(False)  # as a click after the text puts the cursor there
    qtbot.keyClicks(occasion, " (retreat)")
    occasion.setFocus()
    qtbot.keyClicks(occasion, "!")
    assert window.close()  # immediately: the pending occasion is written on the way out
    from briefing.store import Workspace

    ws = Workspace.open(workspace_path, readonly=True)
    assert ws.meetings.get(meeting_id).occasion.endswith("!")
    ws.close()
