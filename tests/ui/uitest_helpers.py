"""Small helpers for driving the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from briefing.store import Workspace


def type_into(qtbot, line: QLineEdit, text: str) -> None:  # noqa: ANN001
    """Replace a line edit's text by typing (ASCII only) and finish editing with Enter."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def reopen(window, path) -> Workspace:  # noqa: ANN001
    """Close the window's workspace and look into the file as a fresh reader would."""
    assert window.close_workspace()
    return Workspace.open(path, readonly=True)
