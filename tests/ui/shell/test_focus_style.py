"""A tool button with the keyboard focus looks different from one without (Fusion alone draws
them the same)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionToolButton, QToolButton

from ui.common.focus_style import FocusStyle


def _draw(style: QStyle, button: QToolButton, focused: bool) -> QImage:
    option = QStyleOptionToolButton()
    option.initFrom(button)
    option.rect = QRect(0, 0, 80, 28)
    option.text = "Add brief"
    option.state |= QStyle.StateFlag.State_Enabled
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    else:
        option.state &= ~QStyle.StateFlag.State_HasFocus
    image = QImage(80, 28, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    style.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option, painter, button)
    painter.end()
    return image


def test_a_focused_tool_button_is_framed(qtbot):
    button = QToolButton()
    qtbot.addWidget(button)
    plain = QStyleFactory.create("Fusion")
    assert _draw(plain, button, True) == _draw(plain, button, False)  # why the frame is needed
    framed = FocusStyle("Fusion")
    assert _draw(framed, button, True) != _draw(framed, button, False)
