"""Commitments: track a pledge, change its status in place, add a note, filter; undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from uitest_helpers import reopen

from briefing.model import CommitmentStatus, ItemKind, ProgressNote
from ui.records.commitments import CommitmentsModel
from ui.records.note_dialog import NoteDialog


def _track_pledge(window):  # noqa: ANN001
    ws = window.session.ws
    meeting_id = window.library.meetings.rows()[0].id
    window.open_record("meeting", meeting_id)
    editor = window.editors["meeting"]
    pledge = next(i for i in ws.meetings.get(meeting_id).items if i.kind == ItemKind.PLEDGE)
    editor.select_item(pledge.id)
    assert editor.track_action.isEnabled()
    editor.track_action.trigger()
    assert not editor.track_action.isEnabled()  # one commitment per item
    return meeting_id, pledge, ws.commitments.for_item(pledge.id)


def test_track_change_status_in_place_note_undo_redo(qtbot, window, workspace_path, monkeypatch):
    meeting_id, pledge, c = _track_pledge(window)
    assert c.status == CommitmentStatus.PENDING and c.owed_by == "China"
    window.tracker_action.trigger()
    tracker = window.editors["commitment"]
    assert tracker.select(c.id)
    table = tracker.table

    # in-place status change with the delegate's combo box
    index = table.currentIndex().siblingAtColumn(CommitmentsModel.STATUS)
    table.setCurrentIndex(index)
    table.edit(index)
    QApplication.processEvents()
    combo = table.findChild(QComboBox, "status-editor")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("in progress"))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()
    ws = window.session.ws
    assert ws.commitments.get(c.id).status == CommitmentStatus.IN_PROGRESS
    assert tracker.current_id() == c.id

    # a dated progress note
    note = ProgressNote(dt.date(2025, 1, 5), "First shipment of rice", "customs data")
    monkeypatch.setattr(NoteDialog, "get_note", classmethod(lambda cls, p: (note, True)))
    tracker.add_note_button.click()
    assert ws.commitments.get(c.id).notes == [note]
    assert tracker.notes.count() == 1

    window.undo_action.trigger()
    assert ws.commitments.get(c.id).notes == []
    window.undo_action.trigger()
    assert ws.commitments.get(c.id).status == CommitmentStatus.PENDING
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert ws.commitments.get(c.id).status == CommitmentStatus.IN_PROGRESS

    # the row links to its source meeting
    tracker.select(c.id)
    tracker.source_button.click()
    assert window.stack.currentWidget() is window.editors["meeting"]
    assert window.editors["meeting"].meeting.id == meeting_id

    ws = reopen(window, workspace_path)
    saved = ws.commitments.get(c.id)
    assert saved.status == CommitmentStatus.IN_PROGRESS and saved.notes == [note]
    assert saved.item_id == pledge.id
    ws.close()


def test_undo_tracking_removes_commitment(qtbot, window):
    _meeting_id, pledge, c = _track_pledge(window)
    window.undo_action.trigger()
    assert window.session.ws.commitments.for_item(pledge.id) is None
    window.redo_action.trigger()
    assert window.session.ws.commitments.for_item(pledge.id).id == c.id


def test_filter_and_sort(qtbot, window):
    ws = window.session.ws
    meeting_id = window.library.meetings.rows()[0].id
    window.open_record("meeting", meeting_id)
    editor = window.editors["meeting"]
    for item in ws.meetings.get(meeting_id).items:
        if item.can_commit:
            editor.select_item(item.id)
            editor.track_action.trigger()
    window.tracker_action.trigger()
    tracker = window.editors["commitment"]
    assert tracker.proxy.rowCount() == 2
    tracker.owed_by.setCurrentIndex(tracker.owed_by.findData("China"))
    tracker.owed_by.activated.emit(tracker.owed_by.currentIndex())
    assert tracker.proxy.rowCount() == 1
    tracker.owed_by.setCurrentIndex(0)
    tracker.area.setCurrentIndex(tracker.area.findData("energy"))
    tracker.area.activated.emit(tracker.area.currentIndex())
    assert tracker.proxy.rowCount() == 1
    tracker.area.setCurrentIndex(0)
    tracker.area.activated.emit(0)
    tracker.overdue.setChecked(True)
    assert tracker.proxy.rowCount() == 0
    tracker.overdue.setChecked(False)
    tracker.table.sortByColumn(CommitmentsModel.OWED_BY, Qt.SortOrder.AscendingOrder)
    owed = [tracker.proxy.index(r, CommitmentsModel.OWED_BY).data() for r in range(2)]
    assert owed == ["Both", "China"]


def test_closing_a_commitment_dates_it_and_the_date_can_be_corrected(qtbot, window):
    _meeting_id, _pledge, c = _track_pledge(window)
    window.tracker_action.trigger()
    tracker = window.editors["commitment"]
    assert tracker.select(c.id)
    assert not tracker.closed.isEnabled()  # still open: no closing date
    ws = window.session.ws
    tracker.model.status_edited.emit(c.id, "done")
    assert ws.commitments.get(c.id).closed == dt.date.today()
    tracker.select(c.id)
    assert tracker.closed.isEnabled() and tracker.closed.value() == dt.date.today()
    tracker.closed.edit.setDate(dt.date(2025, 2, 3))
    tracker.closed.edit.editingFinished.emit()
    assert ws.commitments.get(c.id).closed == dt.date(2025, 2, 3)
    window.undo_action.trigger()
    assert ws.commitments.get(c.id).closed == dt.date.today()
    tracker.model.status_edited.emit(c.id, "in progress")  # reopened: no closing date
    assert ws.commitments.get(c.id).closed is None
