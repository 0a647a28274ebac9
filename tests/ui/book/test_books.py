"""Books: create, add and reorder briefs (keyboard and drag and drop), include/exclude, owner,
status, properties, programme; undo and redo; reopen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from uitest_helpers import reopen, type_into

from briefing.model import SectionStatus


def _new_book_with_briefs(window, areas=("trade", "energy", "political")):  # noqa: ANN001
    window.new_book_action.trigger()
    editor = window.editors["book"]
    assert window.stack.currentWidget() is editor
    names = {a.key: a.name for a in window.session.ws.settings.areas}
    for key in areas:
        action = next(a for a in editor.outline.brief_menu.actions() if a.text() == names[key])
        action.trigger()
    return editor


def titles(window, editor):  # noqa: ANN001
    return [s.title for s in window.session.ws.books.get(editor.book.id).sections]


def test_add_and_reorder_briefs_keyboard_and_drag(qtbot, window, workspace_path):
    editor = _new_book_with_briefs(window)
    assert titles(window, editor) == ["Trade & investment", "Energy", "Political & strategic"]
    outline = editor.outline
    assert outline.current_row() == 2  # the new brief is selected

    # keyboard: Ctrl+Up twice moves the political brief to the top
    outline.view.setFocus()
    qtbot.keyClick(outline.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(outline.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, editor) == ["Political & strategic", "Trade & investment", "Energy"]
    assert outline.current_row() == 0
    qtbot.keyClick(outline.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, editor) == ["Trade & investment", "Political & strategic", "Energy"]

    # drag and drop through the model's drop handling: Energy (row 2) before row 0
    model = outline.model
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(window, editor) == ["Energy", "Trade & investment", "Political & strategic"]

    window.undo_action.trigger()
    assert titles(window, editor) == ["Trade & investment", "Political & strategic", "Energy"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert titles(window, editor) == ["Trade & investment", "Energy", "Political & strategic"]
    for _ in range(4):
        window.redo_action.trigger()
    assert titles(window, editor) == ["Energy", "Trade & investment", "Political & strategic"]

    # include / exclude by the check box, owner and status
    model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    book = window.session.ws.books.get(editor.book.id)
    assert [s.included for s in book.sections] == [True, False, True]
    outline.select_row(0)
    type_into(qtbot, outline.owner, "Energy desk")
    outline.status.setCurrentIndex(outline.status.findData("cleared"))
    outline.status.activated.emit(outline.status.currentIndex())
    s0 = window.session.ws.books.get(editor.book.id).sections[0]
    assert (s0.owner, s0.status) == ("Energy desk", SectionStatus.CLEARED)
    window.undo_action.trigger()
    assert window.session.ws.books.get(editor.book.id).sections[0].status == SectionStatus.DRAFT
    window.redo_action.trigger()

    book_id = editor.book.id
    ws = reopen(window, workspace_path)
    book = ws.books.get(book_id)
    assert [s.title for s in book.sections] == [
        "Energy",
        "Trade & investment",
        "Political & strategic",
    ]
    assert [s.included for s in book.sections] == [True, False, True]
    assert book.sections[0].owner == "Energy desk"
    ws.close()


def test_remove_section_undo_brings_text_back(qtbot, window):
    editor = _new_book_with_briefs(window, ("trade",))
    section = editor.section
    section.fields["objective"].setFocus()
    qtbot.keyClicks(section.fields["objective"], "Secure rice access")
    section.save_now()
    editor.outline.remove_current()
    assert titles(window, editor) == []
    window.undo_action.trigger()
    book = window.session.ws.books.get(editor.book.id)
    assert book.sections[0].objective == "Secure rice access"


def test_book_properties_and_programme(qtbot, window):
    window.new_book_action.trigger()
    editor = window.editors["book"]
    props = editor.properties
    type_into(qtbot, props.lines["title"], "Official visit to China")
    type_into(qtbot, props.lines["place"], "Beijing")
    props.classification.setCurrentIndex(props.classification.findData("CONFIDENTIAL"))
    props.classification.activated.emit(props.classification.currentIndex())
    book = window.session.ws.books.get(editor.book.id)
    assert (book.title, book.place, book.classification) == (
        "Official visit to China",
        "Beijing",
        "CONFIDENTIAL",
    )
    assert "Official visit to China" in window.library.books.rows()[-1].text
    window.undo_action.trigger()
    assert window.session.ws.books.get(editor.book.id).classification == ""

    editor.programme.add_row()
    table = editor.programme.table
    assert table.rowCount() == 1
    table.item(0, 1).setText("09:30")
    table.item(0, 2).setText("Talks with Premier LI Qiang")
    book = window.session.ws.books.get(editor.book.id)
    assert (book.programme[0].time, book.programme[0].activity) == (
        "09:30",
        "Talks with Premier LI Qiang",
    )
    window.undo_action.trigger()
    assert window.session.ws.books.get(editor.book.id).programme[0].activity == "(activity)"
    QApplication.processEvents()
