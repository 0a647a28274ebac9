"""Comments beside the section editor: on the selected words, marked in the text, kept on
their words as the text is typed before them, replies, resolve and reopen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QTextCursor

from ui.book import comments as panel_module

SHOTS = os.environ.get("BRIEFING_SCREENSHOTS")


def _select(editor, words: str) -> None:  # noqa: ANN001
    text = editor.document().toPlainText()
    start = text.index(words)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def _marked(editor) -> list[str]:  # noqa: ANN001
    return [s.cursor.selectedText() for s in editor.extraSelections()]


def test_comment_on_selection_follows_the_text_and_resolves(qtbot, win, monkeypatch):
    ws = win.session.ws
    editor = win.editors["book"]
    section = editor.section
    points = section.fields["points"]
    panel = section.comments
    _select(points, "faster inspections")
    monkeypatch.setattr(panel_module, "ask_text", lambda *a: ("Which ones? Name them.", True))
    panel.add_button.click()
    (thread,) = ws.comments.threads(editor.book.id, section.section_id)
    assert thread.field == "points" and thread.anchor.quote == "faster inspections"
    assert _marked(points) == ["faster inspections"]

    # typing before the words: the mark follows at once, the store's anchor on save
    cursor = points.textCursor()
    cursor.setPosition(0)
    points.setTextCursor(cursor)
    qtbot.keyClicks(points, "First, ")
    qtbot.wait(300)
    assert _marked(points) == ["faster inspections"]
    section.save_now()
    kept = ws.comments.get(thread.id)
    assert kept.anchor.start > thread.anchor.start and kept.anchor.quote == "faster inspections"

    monkeypatch.setattr(panel_module, "ask_text", lambda *a: ("Plant and fish checks.", True))
    panel.list.setCurrentRow(0)
    panel.reply_button.click()
    assert [m.text for m in ws.comments.get(thread.id).messages][-1] == "Plant and fish checks."
    if SHOTS:
        win.resize(1400, 900)
        win.grab().save(str(Path(SHOTS) / "comments-beside-editor.png"))
    panel.resolve_button.click()
    assert ws.comments.get(thread.id).resolved
    assert panel.list.count() == 0 and _marked(points) == []  # resolved ones are hidden
    panel.show_resolved.setChecked(True)
    panel.list.setCurrentRow(0)
    panel.resolve_button.click()  # reopen
    assert not ws.comments.get(thread.id).resolved
    assert _marked(points) == ["faster inspections"]


def test_comment_without_a_selection_says_what_to_do(qtbot, win, no_message_boxes):
    shown, _ = no_message_boxes
    win.editors["book"].section.comments.add_button.click()
    assert shown and "Select the words" in shown[-1][2]
