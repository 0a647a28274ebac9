"""A book's counterparts: add (a filterable picker over the workspace's people), reorder,
remove; each step undoable and saved at once; names shown in Latin and in their own script."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from uitest_helpers import reopen

from ui.common.pick_person import PersonPickerDialog


def _pick(qtbot, button, typed: str, seen: list) -> None:  # noqa: ANN001
    """Click ``button``; in the picker that opens, type ``typed`` in the filter, press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonPickerDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.keyClicks(dialog.filter, typed)
        seen.append([item.text() for item in dialog._visible()])
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_reorder_remove_undo(qtbot, window, workspace_path):
    window.new_book_action.trigger()
    editor = window.editors["book"]
    props = editor.properties
    editor.tabs.setCurrentWidget(props)
    seen: list = []
    _pick(qtbot, props.add_counterpart, "qiang", seen)
    assert seen[0] == [
        "HUN Manet  ហ៊ុន ម៉ាណែត  (Cambodia)",
        "LI Qiang  李强  (China)",
    ]
    assert seen[1] == ["LI Qiang  李强  (China)"]  # the filter narrows the list
    assert [props.counterparts.item(i).text() for i in range(props.counterparts.count())] == [
        "LI Qiang  李强  (China)"
    ]
    _pick(qtbot, props.add_counterpart, "", seen)  # Enter takes the first one left
    assert seen[2] == ["HUN Manet  ហ៊ុន ម៉ាណែត  (Cambodia)"]  # LI Qiang is not offered again
    ws = window.session.ws
    li, manet = (p.id for p in sorted(ws.people.all(), key=lambda p: p.side, reverse=True))
    assert ws.books.get(editor.book.id).counterparts == [li, manet]

    # reorder: HUN Manet (selected, the last added) moves up
    assert props.counterparts.currentRow() == 1
    qtbot.mouseClick(props.counterpart_up, Qt.MouseButton.LeftButton)
    assert ws.books.get(editor.book.id).counterparts == [manet, li]
    assert props.counterparts.currentRow() == 0
    assert not props.counterpart_up.isEnabled()

    # remove the selected one, then undo back step by step
    qtbot.mouseClick(props.remove_counterpart, Qt.MouseButton.LeftButton)
    assert ws.books.get(editor.book.id).counterparts == [li]
    assert props.counterparts.count() == 1
    window.undo_action.trigger()
    assert ws.books.get(editor.book.id).counterparts == [manet, li]
    window.undo_action.trigger()
    assert ws.books.get(editor.book.id).counterparts == [li, manet]
    window.redo_action.trigger()
    book_id = editor.book.id
    ws = reopen(window, workspace_path)
    assert ws.books.get(book_id).counterparts == [manet, li]
    ws.close()


def test_picker_cancel_and_nobody_left(qtbot, window):
    window.new_book_action.trigger()
    props = window.editors["book"].properties

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.filter, "nobody")
        assert dialog.value() is None
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.reject()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(props.add_counterpart, Qt.MouseButton.LeftButton)
    assert props.counterparts.count() == 0
    assert not window.undo_action.text().startswith("&Undo Add counterpart")
