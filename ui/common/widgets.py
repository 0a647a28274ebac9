"""Small form helpers shared by the editors (dates that may be empty, quiet loading)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget


def to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class OptionalDate(QWidget):
    """A date that may be left empty (a tick box enables it)."""

    changed = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _v: self.changed.emit())
        self.edit.editingFinished.connect(self.changed.emit)
        self.edit.setEnabled(False)

    def set_value(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.edit.setDate(to_qdate(day))
        self.check.blockSignals(False)
        self.blockSignals(False)

    def value(self) -> dt.date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None


class PauseCommit(QObject):
    """Line edits commit (emit ``editingFinished``) after the user pauses typing, not only
    on Enter or focus-out, so a typed value is written within about a second."""

    def __init__(self, parent: QObject, delay_ms: int = 800) -> None:
        super().__init__(parent)
        self._lines: list[QLineEdit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.commit)

    def watch(self, *lines: QLineEdit) -> None:
        for line in lines:
            self._lines.append(line)
            line.textEdited.connect(lambda _t: self._timer.start())

    def commit(self) -> None:
        self._timer.stop()
        for line in self._lines:
            if line.isModified():
                line.setModified(False)
                line.editingFinished.emit()


def set_text_unless_typing(line: QLineEdit, text: str) -> None:
    """Show a stored value, but never over what the user is typing right now."""
    if line.hasFocus() and line.isModified():
        return
    if line.text() != text:
        line.setText(text)
