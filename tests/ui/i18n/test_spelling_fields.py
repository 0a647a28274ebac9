"""Red underlines and suggestions in the section, item and biography fields; "Add to
Dictionary" kept in the workspace; underlining never counts as an edit."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from briefing.store import Workspace
from ui.common import spelling


def _checked(qtbot, field):  # noqa: ANN001
    highlighter = field._spelling  # noqa: SLF001
    qtbot.wait(20)  # a field filled before it was attached is underlined from the event loop
    qtbot.waitUntil(lambda: not highlighter._pending and not highlighter._timer.isActive())  # noqa: SLF001
    return highlighter


def _underlined(field) -> list[str]:  # noqa: ANN001
    words = []
    block = field.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            words.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return words


def _point_at(field, text: str) -> QPoint:  # noqa: ANN001
    cursor = field.document().find(text)
    cursor.setPosition(cursor.selectionStart() + 1)
    return field.cursorRect(cursor).center()


def test_section_field_underlines_suggests_and_learns(qtbot, win, ids, workspace_path):
    editor = win.editors["book"]
    editor.select_part(ids["trade"])
    field = editor.section.fields["background"]
    saves = []
    field.edited.connect(lambda: saves.append(1))
    field.set_markdown("The goverment of Cambodia met Sokhon.\n\nប្រទេសកម្ពូជានិងចិន")
    _checked(qtbot, field)
    assert set(_underlined(field)) == {"goverment", "Sokhon", "កម្ពូ"}
    assert saves == []  # underlining is not an edit

    menu = spelling._ContextMenu(field, field._spelling).menu(_point_at(field, "goverment"))  # noqa: SLF001
    suggestions = [a for a in menu.actions() if a.objectName() == "spelling-suggestion"]
    assert suggestions[0].text() == "government"
    suggestions[0].trigger()
    assert field.toPlainText().startswith("The government of Cambodia")
    assert saves  # the correction is an edit, saved like typing

    menu = spelling._ContextMenu(field, field._spelling).menu(_point_at(field, "កម្ពូ"))  # noqa: SLF001
    first = next(a for a in menu.actions() if a.objectName() == "spelling-suggestion")
    assert first.text() == "កម្ពុជា"
    first.trigger()
    assert "ប្រទេសកម្ពុជានិងចិន" in field.toPlainText()

    menu = spelling._ContextMenu(field, field._spelling).menu(_point_at(field, "Sokhon"))  # noqa: SLF001
    add = next(a for a in menu.actions() if a.objectName() == "spelling-add")
    assert add.isEnabled()
    add.trigger()
    _checked(qtbot, field)
    assert _underlined(field) == []
    win.save_pending()
    assert "Sokhon" in win.session.ws.spelling.words()
    assert win.close_workspace()
    with Workspace.open(workspace_path, readonly=True) as ws:  # learned once, for the workspace
        assert "Sokhon" in ws.spelling.words()
    assert spelling.service().checker is None


def test_biography_and_item_text_are_checked(qtbot, window):
    from briefing.model import Item, ItemKind
    from ui.records.item_dialog import ItemDialog

    person_id = window.session.ws.people.all()[0].id
    window.open_record("person", person_id)
    bio = window.editors["person"].biography
    bio.set_markdown("A career diplomat with a strong recrod.")
    _checked(qtbot, bio)
    assert _underlined(bio) == ["recrod"]
    item = Item(area="trade", side="Cambodia", kind=ItemKind.STATEMENT, text="Rice exprots rose.")
    dialog = ItemDialog(window, window.session.ws.settings, item)
    qtbot.addWidget(dialog)
    dialog.show()
    _checked(qtbot, dialog.text)
    assert _underlined(dialog.text) == ["exprots"]
    cursor = QTextCursor(dialog.text.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Teh end.")
    _checked(qtbot, dialog.text)
    assert _underlined(dialog.text) == ["exprots", "Teh"]
