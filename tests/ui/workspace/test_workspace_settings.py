"""Edit ▸ Workspace Settings…: countries, ministry, department, classification levels and
cooperation areas; refusals with clear messages; one undo step for OK; every list follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from uitest_helpers import reopen, type_into

from ui.workspace.settings_dialog import WorkspaceSettingsDialog


def _in_dialog(qtbot, window, script):  # noqa: ANN001
    """Open the dialog from the Edit menu and run ``script(dialog)`` while it is shown."""
    done = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WorkspaceSettingsDialog)
        try:
            script(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    window.ws_settings_action.trigger()
    assert done


def _rename(qtbot, lst, row: int, text: str) -> None:  # noqa: ANN001
    """Select ``row``, press F2, type the new name, Enter (as a user renames in place)."""
    lst.list.setCurrentRow(row)
    lst.list.setFocus()
    qtbot.keyClick(lst.list, Qt.Key.Key_F2)
    editor = _line_editor(lst)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _line_editor(lst) -> QLineEdit:  # noqa: ANN001
    """The in-place editor open on the list now (older ones may linger until deleted)."""
    QApplication.processEvents()
    lines = [w for w in lst.list.findChildren(QLineEdit) if not w.isHidden()]
    assert len(lines) == 1
    return lines[0]


def _texts(lst):  # noqa: ANN001
    return [lst.list.item(i).text() for i in range(lst.list.count())]


def test_settings_one_undo_step_and_lists_follow(qtbot, window, workspace_path, no_message_boxes):
    shown, _answers = no_message_boxes
    # a book with a SECRET section and a trade brief: the level and the area are in use
    window.new_book_action.trigger()
    editor = window.editors["book"]
    trade = window.session.ws.settings.area_name("trade")
    next(a for a in editor.outline.brief_menu.actions() if a.text() == trade).trigger()
    combo = editor.outline.classification
    i = combo.findData("SECRET")
    combo.setCurrentIndex(i)
    combo.activated.emit(i)

    def script(d: WorkspaceSettingsDialog) -> None:
        type_into(qtbot, d.ministry, "Ministry of Foreign Affairs and International Cooperation")
        type_into(qtbot, d.department, "ASEAN Department")
        type_into(qtbot, d.partner, "People's Republic of China")
        # refuse removing the level in use, with the reason
        d.levels.list.setCurrentRow(d.levels.entries().index(("SECRET", "SECRET")))
        qtbot.mouseClick(d.levels.remove, Qt.MouseButton.LeftButton)
        assert shown[-1][1] == "Level in use" and "1 section" in shown[-1][2]
        assert "SECRET" in _texts(d.levels)
        # RESTRICTED (not in use) goes; SECRET is renamed; a new level is added at the top
        d.levels.list.setCurrentRow(1)
        qtbot.mouseClick(d.levels.remove, Qt.MouseButton.LeftButton)
        _rename(qtbot, d.levels, _texts(d.levels).index("SECRET"), "SECRET NATIONAL")
        d.levels.list.setCurrentRow(_texts(d.levels).index("SECRET NATIONAL"))
        qtbot.mouseClick(d.levels.down, Qt.MouseButton.LeftButton)  # below TOP SECRET
        # the trade area cannot go (the brief uses it): the store's message
        d.areas.list.setCurrentRow(1)
        qtbot.mouseClick(d.areas.remove, Qt.MouseButton.LeftButton)
        assert shown[-1][1] == "Area in use" and "still used" in shown[-1][2]
        # rename it, add a new one, move it to the top, remove one not in use
        _rename(qtbot, d.areas, 1, "Trade and investment")
        d.areas.list.setCurrentRow(d.areas.list.count() - 1)
        qtbot.mouseClick(d.areas.add, Qt.MouseButton.LeftButton)
        editor_line = _line_editor(d.areas)
        editor_line.selectAll()
        qtbot.keyClicks(editor_line, "Health and medicine")
        qtbot.keyClick(editor_line, Qt.Key.Key_Return)
        for _ in range(d.areas.list.count()):
            qtbot.mouseClick(d.areas.up, Qt.MouseButton.LeftButton)
        d.areas.list.setCurrentRow(_texts(d.areas).index("Security & defence"))
        qtbot.mouseClick(d.areas.remove, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    _in_dialog(qtbot, window, script)
    ws = window.session.ws
    s = ws.settings
    assert s.countries == ["Cambodia", "People's Republic of China"]
    assert s.department == "ASEAN Department"
    assert s.classification.levels == [
        "UNCLASSIFIED",
        "CONFIDENTIAL",
        "TOP SECRET",
        "SECRET NATIONAL",
    ]
    assert s.areas[0].key == "health" and s.areas[0].name == "Health and medicine"
    assert s.area_name("trade") == "Trade and investment"
    assert "security" not in {a.key for a in s.areas}
    book = ws.books.get(editor.book.id)
    assert book.sections[0].classification == "SECRET NATIONAL"

    # everything on screen follows: outline combos, brief menu, badge, library filter, meeting
    assert editor.outline.classification.currentText() == "SECRET NATIONAL"
    assert editor.outline.model.index(0, 0).data().endswith("SECRET NATIONAL ▲")
    menu = [a.text() for a in editor.outline.brief_menu.actions()]
    assert menu[0] == "Health and medicine" and "Trade and investment" in menu
    area_filter = window.library.area
    assert "Trade and investment" in [area_filter.itemText(i) for i in range(area_filter.count())]
    assert "People's Republic of China" in [
        window.library.side.itemText(i) for i in range(window.library.side.count())
    ]
    assert "Trade and investment" in editor.records.heading.text()

    # one undo step takes it all back
    assert window.undo_action.text() == "&Undo Change workspace settings"
    window.undo_action.trigger()
    assert ws.settings.area_name("trade") == trade
    assert ws.settings.classification.levels[3] == "SECRET"
    assert ws.books.get(editor.book.id).sections[0].classification == "SECRET"
    assert editor.outline.model.index(0, 0).data().endswith("SECRET ▲")
    assert trade in [area_filter.itemText(i) for i in range(area_filter.count())]
    window.redo_action.trigger()
    ws = reopen(window, workspace_path)
    assert ws.settings.department == "ASEAN Department"
    assert ws.settings.area_name("trade") == "Trade and investment"
    ws.close()


def test_empty_names_refused_and_cancel_changes_nothing(qtbot, window, no_message_boxes):
    shown, _answers = no_message_boxes
    before = window.session.ws.settings

    def script(d: WorkspaceSettingsDialog) -> None:
        _rename(qtbot, d.areas, 0, " ")
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert d.isVisible()  # stays open, says why
        assert shown[-1] == (
            "error",
            "Cannot save the settings",
            "A cooperation area needs a name.",
        )
        d.reject()

    _in_dialog(qtbot, window, script)
    assert window.session.ws.settings == before
    assert not window.undo_action.isEnabled()
