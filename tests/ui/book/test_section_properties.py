"""Section classification and kind in the outline's properties: undoable, saved at once, and a
section marked above the book shows a badge in the outline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uitest_helpers import reopen

from briefing.model import SectionKind


def _choose(qtbot, combo, text):  # noqa: ANN001
    """Pick an entry of a combo box the way a user does: open it, arrow to it, Enter."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _book_with_sections(window):  # noqa: ANN001
    window.new_book_action.trigger()
    editor = window.editors["book"]
    name = window.session.ws.settings.area_name("trade")
    next(a for a in editor.outline.brief_menu.actions() if a.text() == name).trigger()
    other = editor.outline.add_other.menu()
    next(a for a in other.actions() if a.text() == "Other section").trigger()
    return editor


def test_classification_badge_undo_and_reopen(qtbot, window, workspace_path):
    editor = _book_with_sections(window)
    outline = editor.outline
    outline.select_row(0)
    combo = outline.classification
    assert combo.itemText(0) == "(book level)"
    assert combo.count() == 1 + len(window.session.ws.settings.classification.levels)
    assert not outline.kind.isEnabled()  # a brief stays a brief
    # keyboard: the combo takes arrow keys like any other
    combo.setFocus()
    for _ in range(4):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "SECRET"
    stored = window.session.ws.books.get(editor.book.id).sections[0]
    assert stored.classification == "SECRET"
    assert outline.model.index(0, 0).data().endswith("SECRET ▲")
    assert "SECRET" in window.undo_action.text() or "classification" in window.undo_action.text()

    # the book raised to SECRET: the badge goes (the section is no longer above the book)
    props = editor.properties
    i = props.classification.findData("SECRET")
    props.classification.setCurrentIndex(i)
    props.classification.activated.emit(i)
    assert "▲" not in outline.model.index(0, 0).data()
    window.undo_action.trigger()  # the book's level
    assert outline.model.index(0, 0).data().endswith("SECRET ▲")
    window.undo_action.trigger()  # the section's level
    assert "▲" not in outline.model.index(0, 0).data()
    assert window.session.ws.books.get(editor.book.id).sections[0].classification == ""
    assert outline.classification.currentText() == "(book level)"
    window.redo_action.trigger()
    assert outline.classification.currentText() == "SECRET"

    # kind of the free-standing section
    outline.select_row(1)
    assert outline.kind.isEnabled()
    assert [outline.kind.itemText(i) for i in range(outline.kind.count())] == [
        "purpose",
        "programme",
        "annex",
        "other",
    ]
    assert outline.kind.currentText() == "other"
    _choose(qtbot, outline.kind, "annex")
    book_id = editor.book.id
    ws = reopen(window, workspace_path)
    book = ws.books.get(book_id)
    assert book.sections[0].classification == "SECRET"
    assert book.sections[1].kind == SectionKind.ANNEX
    ws.close()
