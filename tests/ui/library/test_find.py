"""Find (Ctrl+F / Ctrl+Shift+F): search the workspace, Enter jumps to the hit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.edits import track_commitment


def test_find_item_and_jump(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.find
    assert window.find_dock.isVisible() and find.line.hasFocus()
    qtbot.keyClicks(find.line, "agricultural")
    qtbot.keyClick(find.line, Qt.Key.Key_Return)
    editor = window.editors["meeting"]
    assert window.stack.currentWidget() is editor
    found = editor.current_item()
    assert found is not None and "agricultural" in found[1].text


def test_find_person_section_commitment(qtbot, window):
    ws = window.session.ws
    # a book with a brief whose objective mentions cassava
    window.new_book_action.trigger()
    book = window.editors["book"]
    book.outline.brief_menu.actions()[0].trigger()
    book.section.fields["objective"].setPlainText("Cassava exports")
    book.section.save_now()
    pledge = next(
        i for i in ws.meetings.get(window.library.meetings.rows()[0].id).items if i.can_commit
    )
    window.session.push(track_commitment(pledge))
    window.open_record("meeting", window.library.meetings.rows()[0].id)

    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    find = window.find
    find.line.setText("李强")  # non-ASCII is set, not typed
    find.run()
    assert find.model.rowCount() >= 1
    qtbot.keyClick(find.line, Qt.Key.Key_Down)
    assert find.results.hasFocus()
    qtbot.keyClick(find.results, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editors["person"]
    assert window.editors["person"].person.name_in("Hans") == "李强"

    find.line.setText("cassava")
    find.run()
    kinds = [r.kind for r in find.model.rows()]
    assert "section" in kinds
    find.results.setCurrentIndex(find.model.index(kinds.index("section"), 0))
    find.results.activated.emit(find.results.currentIndex())
    assert window.stack.currentWidget() is book
    assert book.section.fields["objective"].toPlainText() == "Cassava exports"

    find.line.setText("imports")
    find.run()
    kinds = [r.kind for r in find.model.rows()]
    assert "commitment" in kinds
    find.results.activated.emit(find.model.index(kinds.index("commitment"), 0))
    tracker = window.editors["commitment"]
    assert window.stack.currentWidget() is tracker
    assert tracker.current().item_id == pledge.id
