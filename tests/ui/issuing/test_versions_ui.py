"""Book ▸ Versions…: issued versions, what changed between them (and its one-page sheet),
the issued PDFs; Book ▸ Copy Book for Next Visit…."""

from __future__ import annotations

import pytest
from issuing_helpers import export_from_dialog, pdf_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from briefing.issuing.versions import issued_pdf
from ui.issuing.copy_book import CopyBookDialog

ADDED = "Offer a joint study of grid links."


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()))
    )
    return urls


@pytest.fixture
def save_as(monkeypatch):
    """The next save dialogs answer with these paths."""
    answers: list[str] = []
    asked: list[tuple[str, str]] = []

    def get_save_file_name(parent, caption, start, pattern):  # noqa: ANN001
        asked.append((caption, start))
        return (answers.pop(0) if answers else "", pattern)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answers, asked


def _issue(qtbot, win, path) -> None:  # noqa: ANN001
    win.issuing.export_action.trigger()
    dialog = win.issuing.dialog
    dialog.options.rows["pdf"].path.setText(str(path))
    dialog.options.issue.setChecked(True)
    export_from_dialog(qtbot, dialog)
    assert dialog.summary.headline.text().startswith("<b>Issued as version v")
    dialog.accept()


def _versions(win):  # noqa: ANN001
    win.findChild(type(win.issuing.versions_action), "book-versions").trigger()
    return win.issuing.dialog


def test_issue_change_a_brief_issue_again_and_see_exactly_that(
    qtbot, win, ids, tmp_path, opened, save_as
):
    _issue(qtbot, win, tmp_path / "v1.pdf")
    # change the Energy brief in the real section editor
    editor = win.editors["book"]
    editor.select_section(ids["energy"])
    assert editor.section.section_id == ids["energy"]
    points = editor.section.fields["points"]
    points.setFocus()
    points.moveCursor(points.textCursor().MoveOperation.End)
    qtbot.keyClick(points, Qt.Key.Key_Return)
    qtbot.keyClicks(points, ADDED)
    # no wait for the autosave: the export writes pending typing first
    dialog_text = win.issuing.export_action.text()
    assert dialog_text == "&Export…"
    _issue(qtbot, win, tmp_path / "v2.pdf")

    versions = _versions(win)
    table = versions.versions
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["v1", "v2"]
    assert versions.since.currentText() == "v1" and versions.until.currentText() == "v2"
    changes = versions.changes.changes
    assert [c.title for c in changes] == ["Energy"]
    assert changes[0].state == "changed"
    assert any(ADDED in line for line in changes[0].added) and changes[0].removed == []
    html = versions.changes.toHtml()
    assert ADDED in versions.changes.toPlainText()
    assert "#dafbe1" in html  # added lines on green

    # "Changes Since This Version" from the selected row gives the same
    versions.until.setCurrentIndex(versions.until.findText("the book now"))
    table.selectRow(0)
    qtbot.mouseClick(versions.since_button, Qt.MouseButton.LeftButton)
    assert versions.until.currentText() == "v2"
    assert versions.changes.titles() == ["Energy"]

    # the changes sheet: one page naming that brief only
    answers, _ = save_as
    sheet = tmp_path / "changes"
    answers.append(str(sheet))
    qtbot.mouseClick(versions.sheet_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "changes.pdf"  # the suffix is added
    assert written.exists()
    text = pdf_text(written).stdout
    assert "Energy" in text and ADDED in " ".join(text.split())
    assert "Trade" not in text

    # the issued PDF of v1, exactly as issued, saved where the user says, then opened
    answers.append(str(tmp_path / "first.pdf"))
    table.selectRow(0)
    qtbot.mouseClick(versions.open_pdf_button, Qt.MouseButton.LeftButton)
    first = tmp_path / "first.pdf"
    assert first.read_bytes() == issued_pdf(win.session.ws, ids["book"], 1)
    assert opened == [str(first)]
    assert ADDED not in pdf_text(first).stdout
    versions.reject()


def test_a_book_never_issued_says_how_to_issue_it(qtbot, win):
    versions = _versions(win)
    assert versions.versions.rowCount() == 0 and versions.log.rowCount() == 0
    assert "has not been issued yet" in versions.changes.toPlainText()
    for button in (versions.since_button, versions.open_pdf_button, versions.sheet_button):
        assert not button.isEnabled()
    versions.reject()


def test_copy_book_for_next_visit(qtbot, win, ids):
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CopyBookDialog)
        assert dialog.title.text() == "Visit to Beijing (next visit)"
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Visit to Phnom Penh 2026")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    win.findChild(type(win.issuing.copy_action), "copy-book").trigger()

    editor = win.editors["book"]
    assert win.stack.currentWidget() is editor
    new = editor.book
    assert new.id != ids["book"] and new.title == "Visit to Phnom Penh 2026"
    assert [s.title for s in new.sections] == ["Trade", "Culture", "Energy"]
    assert new.sections[0].points.startswith("- Thank China")
    books = win.library.books
    assert [r.text for r in books.rows()] == [
        "Visit to Beijing (draft)",
        "Visit to Phnom Penh 2026 (draft)",
    ]
    assert win.issuing.panel.book.findData(new.id) >= 0  # the preflight list knows it

    # one undoable step: undo removes the copy, redo brings it back
    assert win.undo_action.text() == "&Undo Copy book “Visit to Beijing”"
    win.undo_action.trigger()
    assert [b[1] for b in win.session.ws.books.summaries()] == ["Visit to Beijing"]
    assert len(books.rows()) == 1
    win.redo_action.trigger()
    assert [b[1] for b in win.session.ws.books.summaries()] == [
        "Visit to Beijing",
        "Visit to Phnom Penh 2026",
    ]
    assert win.session.ws.books.get(new.id).sections[2].points == "- Welcome the solar parks."
