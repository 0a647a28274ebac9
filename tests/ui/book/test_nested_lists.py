"""Nested lists in the section editor: Tab nests an item, Shift+Tab brings it out, and the
Markdown the editor stores reads back nested (three levels), numbering going on after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefing.markup import parse_blocks
from ui.common.richtext import RichTextEdit

NESTED = """1. Raise the Diamond cooperation framework
2. Agriculture
   - rice exports
   - fisheries
     1. inspection protocol
     2. cold chain
3. Connectivity
4. People-to-people exchanges"""


def _list(markdown: str):  # noqa: ANN202
    (block,) = parse_blocks(markdown)
    return block


def test_three_levels_come_back_from_the_editor_nested(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.set_markdown(NESTED)
    block = _list(edit.markdown())
    assert block.levels == [0, 0, 1, 1, 2, 2, 0, 0]
    assert block.labels() == ["1.", "2.", "–", "–", "i.", "ii.", "3.", "4."]


def _cursor_to(edit: RichTextEdit, block_number: int) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, n=block_number)
    edit.setTextCursor(cursor)


def test_tab_nests_the_item_and_shift_tab_brings_it_out(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.set_markdown("1. one\n2. two\n3. three\n4. four")
    _cursor_to(edit, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    _cursor_to(edit, 2)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # a third level
    block = _list(edit.markdown())
    assert block.levels == [0, 1, 2, 0]
    assert block.labels() == ["1.", "a)", "i.", "2."]
    assert edit.hasFocus()  # Tab in a list did not move the focus
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    block = _list(edit.markdown())
    assert block.levels == [0, 1, 1, 0]
    assert block.labels() == ["1.", "a)", "b)", "2."]


def test_tab_outside_a_list_still_moves_the_focus(qtbot) -> None:
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    assert edit.change_list_level(1) is False
