"""Book ▸ Properties: the book's language (one row: the language and its own digits), one
undo step each; the workspace settings dialog keeps the areas' names in other languages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from briefing.model import Book
from ui.workspace.settings_dialog import WorkspaceSettingsDialog


def _open_book(window):  # noqa: ANN001
    book_id = window.session.ws.books.save(Book("Visit", start_date=dt.date(2025, 6, 16)))
    window.open_record("book", book_id)
    return window.editors["book"].properties, book_id


def test_the_language_row_sets_the_book_language_and_digits(qtbot, window):
    props, book_id = _open_book(window)
    ws = window.session.ws
    assert props.language.currentData() == "en"
    assert not props.native_digits.isEnabled()  # English has no digits of its own
    props.language.setCurrentIndex(props.language.findData("km"))
    props.language.activated.emit(props.language.currentIndex())
    assert ws.books.get(book_id).language == "km"
    assert props.native_digits.isEnabled()
    props.native_digits.click()
    assert ws.books.get(book_id).native_digits is True

    window.undo_action.trigger()
    assert ws.books.get(book_id).native_digits is False
    assert not props.native_digits.isChecked()
    window.undo_action.trigger()
    assert ws.books.get(book_id).language == "en"
    assert props.language.currentData() == "en"
    window.redo_action.trigger()
    assert props.language.currentData() == "km"


def test_the_language_row_is_in_the_tab_order(qtbot, window):
    props, _book_id = _open_book(window)

    def next_focusable(widget):  # noqa: ANN001, ANN202
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        return widget

    assert next_focusable(props.paper) is props.language
    assert next_focusable(props.language) is props.native_digits
    assert next_focusable(props.native_digits) is props.counterparts


def test_the_settings_dialog_keeps_area_names_in_other_languages(qtbot, window):
    ws = window.session.ws
    settings = ws.settings
    settings.areas[1].names = {"km": "ពាណិជ្ជកម្ម និងវិនិយោគ"}
    ws.save_settings(settings)
    done = []

    def script() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WorkspaceSettingsDialog)
        dialog.department.setText("ASEAN Department")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        done.append(True)

    QTimer.singleShot(0, script)
    window.ws_settings_action.trigger()
    assert done
    assert ws.settings.department == "ASEAN Department"
    assert ws.settings.areas[1].names == {"km": "ពាណិជ្ជកម្ម និងវិនិយោគ"}
