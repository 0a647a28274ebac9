"""Section texts: type, format (bold, italic, lists), other scripts, autosave, insert from the
records, the field's own undo; everything is there after reopening."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from uitest_helpers import reopen


def _brief(window, area="trade"):  # noqa: ANN001
    window.new_book_action.trigger()
    editor = window.editors["book"]
    name = window.session.ws.settings.area_name(area)
    next(a for a in editor.outline.brief_menu.actions() if a.text() == name).trigger()
    return editor


def _stored(window, editor):  # noqa: ANN001
    return window.session.ws.books.get(editor.book.id).sections[0]


def test_type_format_and_autosave(qtbot, window, workspace_path):
    editor = _brief(window)
    points = editor.section.fields["points"]
    points.setFocus()
    qtbot.keyClicks(points, "Thank China for ")
    qtbot.keyClick(points, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(points, "rice imports")
    qtbot.keyClick(points, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(points, " and ")
    qtbot.keyClick(points, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(points, "solar")
    qtbot.keyClick(points, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        points,
        Qt.Key.Key_8,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(points, Qt.Key.Key_Return)
    qtbot.keyClicks(points, "Second point")

    saver = window.session.saver
    assert saver.has_pending and window.state_label.text() == "Saving…"
    start = time.monotonic()
    qtbot.waitUntil(lambda: not saver.has_pending, timeout=3000)
    assert time.monotonic() - start < 1.5  # written within about a second of the pause
    assert window.state_label.text() == "Saved"
    stored = _stored(window, editor).points
    assert "**rice imports**" in stored and "*solar*" in stored
    assert "- Thank China" in stored and "- Second point" in stored

    # numbered list on another field, then Khmer and Chinese set directly
    objective = editor.section.fields["objective"]
    objective.setFocus()
    qtbot.keyClicks(objective, "First aim")
    qtbot.keyClick(
        objective,
        Qt.Key.Key_7,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    if_raised = editor.section.fields["if_raised"]
    if_raised.setFocus()  # focus leaving the objective saves it at once
    assert re.search(r"^1\.\s+First aim", _stored(window, editor).objective)
    if_raised.insertPlainText("សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត met 李强.")
    editor.section.save_now()
    assert _stored(window, editor).if_raised == "សម្ដេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត met 李强."

    # the field's own undo takes back typing; structural undo is not involved
    qtbot.keyClick(if_raised, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert if_raised.toPlainText() == ""
    qtbot.keyClick(
        if_raised,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "李强" in if_raised.toPlainText()

    book_id = editor.book.id
    ws = reopen(window, workspace_path)  # closing saves what is pending
    s = ws.books.get(book_id).sections[0]
    assert "**rice imports**" in s.points and re.search(r"^1\.\s+First aim", s.objective)
    assert "ហ៊ុន ម៉ាណែត" in s.if_raised
    ws.close()


def test_insert_from_the_records_and_undo(qtbot, window, workspace_path):
    editor = _brief(window, "trade")
    records = editor.records
    texts = [e.text for e in records.entries]
    # newest first: the 2024 pledge before the 2023 request
    assert texts == [
        "Increase imports of Cambodian agricultural products.",
        "Asked for more rice quotas.",
    ]
    background = editor.section.fields["background"]
    background.setPlainText("Last met in Vientiane.")
    records.select(0)
    records.insert.click()
    expected = (
        "Increase imports of Cambodian agricultural products. "
        "(meeting of 10 October 2024, Vientiane)"
    )
    assert background.toPlainText().endswith(expected)
    editor.section.save_now()
    assert _stored(window, editor).background.endswith(expected)

    # the insertion is one step of the field's own undo
    background.document().undo()
    assert background.toPlainText() == "Last met in Vientiane."
    background.document().redo()
    editor.section.save_now()

    # an open commitment of the area is listed too
    meeting_id = window.library.meetings.rows()[0].id
    ws = window.session.ws
    pledge = next(
        i for i in ws.meetings.get(meeting_id).items if i.can_commit and i.area == "trade"
    )
    from briefing.edits import track_commitment

    window.session.push(track_commitment(pledge))
    book_id = editor.book.id
    window.open_record("book", book_id)
    assert [e.kind for e in editor.records.entries][:1] == ["commitment"]

    ws = reopen(window, workspace_path)
    assert ws.books.get(book_id).sections[0].background.endswith(expected)
    ws.close()


def test_switching_sections_keeps_each_text(qtbot, window):
    editor = _brief(window, "trade")
    name = window.session.ws.settings.area_name("energy")
    next(a for a in editor.outline.brief_menu.actions() if a.text() == name).trigger()
    outline, fields = editor.outline, editor.section.fields
    outline.select_row(0)
    fields["objective"].setFocus()
    qtbot.keyClicks(fields["objective"], "trade aim")
    outline.select_row(1)
    qtbot.keyClicks(fields["objective"], "energy aim")
    assert fields["objective"].toPlainText() == "energy aim"
    outline.select_row(0)
    assert fields["objective"].toPlainText() == "trade aim"
    cursor = fields["objective"].textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.session.saver.flush()
    sections = window.session.ws.books.get(editor.book.id).sections
    assert [s.objective for s in sections] == ["trade aim", "energy aim"]
