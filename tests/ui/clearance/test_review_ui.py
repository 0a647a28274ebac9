"""Book ▸ Send for Review… and Book ▸ Apply Returned Review…: the dialog lists each section's
changes as a diff; the ticked ones are written, the others are not."""

from __future__ import annotations

import os
from pathlib import Path

import docx
from docx.oxml.ns import qn

from ui.clearance.review import ApplyReviewDialog, SendDialog

SHOTS = os.environ.get("BRIEFING_SCREENSHOTS")


def _shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def _edit_field(path: Path, section_id: int, field: str, old: str, new: str) -> None:
    """Type over words of a field's first run holding them (a reviewer in Word)."""
    doc = docx.Document(path)
    name = f"BB_{section_id}_{field}"
    body = doc.element.body
    start = next(b for b in body.iter(qn("w:bookmarkStart")) if b.get(qn("w:name")) == name)
    p = start.getparent()
    while True:
        for t in p.iter(qn("w:t")):
            if old in (t.text or ""):
                t.text = t.text.replace(old, new)
                doc.save(path)
                return
        p = p.getnext()


def test_send_then_apply_one_of_two_changes(qtbot, win, monkeypatch, tmp_path):
    ws = win.session.ws
    editor = win.editors["book"]
    book = editor.book
    briefs = [s for s in book.sections if s.points.strip()]
    first, second = briefs[0], briefs[1]
    out = tmp_path / "review.docx"
    monkeypatch.setattr(SendDialog, "exec", lambda self: _shot(self, "send-review.png") or 1)
    monkeypatch.setattr(type(win.clearance), "ask_save_path", lambda self, s: str(out))
    info = []
    monkeypatch.setattr("ui.common.messages.info", lambda *a: info.append(a))
    win.clearance.send_action.trigger()
    assert out.exists() and "Wrote" in info[-1][2]

    word1 = first.points.split()[1].strip("*")
    word2 = second.points.split()[1].strip("*")
    _edit_field(out, first.id, "points", word1, word1 + " REVIEWED")
    _edit_field(out, second.id, "points", word2, word2 + " ALSO")
    monkeypatch.setattr(type(win.clearance), "ask_open_path", lambda self: str(out))
    seen = []

    def run(dialog):  # noqa: ANN001
        seen.append(dialog)
        assert len(dialog.items) == 2
        assert "REVIEWED" in dialog.diff.toPlainText()  # the first change is shown
        dialog.reject_all.click()
        assert dialog.chosen() == set()
        dialog.accept_all.click()
        dialog.items[1].setCheckState(0, dialog.items[1].checkState(0).Unchecked)
        dialog.resize(900, 560)
        _shot(dialog, "apply-review.png")
        return 1

    monkeypatch.setattr(ApplyReviewDialog, "exec", run)
    win.clearance.apply_action.trigger()
    assert seen
    assert f"{word1} REVIEWED" in ws.books.section(book.id, first.id).points
    assert f"{word2} ALSO" not in ws.books.section(book.id, second.id).points
    editor.select_part(first.id)  # the editor shows the new text, and saving keeps it
    win.save_pending()
    assert f"{word1} REVIEWED" in ws.books.section(book.id, first.id).points


def test_a_foreign_file_is_refused_with_a_message(qtbot, win, monkeypatch, tmp_path):
    other = tmp_path / "letter.docx"
    docx.Document().save(other)
    monkeypatch.setattr(type(win.clearance), "ask_open_path", lambda self: str(other))
    errors = []
    monkeypatch.setattr("ui.common.messages.error", lambda *a: errors.append(a))
    win.clearance.apply_action.trigger()
    assert errors and "not a review file made by Briefing Book" in errors[-1][2]
