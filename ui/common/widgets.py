"""Small form helpers shared by the editors (dates that may be empty, quiet loading)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget


def to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate.currentDate()


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class OptionalDate(QWidget):
    """A date that may be left empty (a tick box enables it). Unset, the field is blank, not
    today's date greyed out (which reads as a date that was set)."""

    changed = Signal()
    UNSET = QDate(1900, 1, 1)  # shown as a blank (the special value text)

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(self.UNSET)
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(self.UNSET)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self.changed.emit)
        self.edit.setEnabled(False)
        self.setFocusProxy(self.check)
        #: the date a tick starts from (today unless the owner knows better)
        self.start: Callable[[], dt.date] = dt.date.today
        self._put_aside: QDate | None = None  # the date an untick hid, for the next tick

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == self.UNSET:  # the date it had, else a sensible start
            self.edit.setDate(self._put_aside or to_qdate(self.start()))
        elif not on:
            self._put_aside = self.edit.date() if self.edit.date() != self.UNSET else None
            self.edit.setDate(self.UNSET)
        self.changed.emit()

    def set_value(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        self.check.blockSignals(True)
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        self.edit.setDate(to_qdate(day) if day is not None else self.UNSET)
        self._put_aside = None
        self.check.blockSignals(False)
        self.blockSignals(False)

    def value(self) -> dt.date | None:
        if not self.check.isChecked() or self.edit.date() == self.UNSET:
            return None
        return from_qdate(self.edit.date())

    def shown_text(self) -> str:
        """What the field shows ("" while unset)."""
        return self.edit.text().strip()


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
        line.setCursorPosition(0)  # a long value shows its beginning, not its end


def tab_in_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order (each one's own focusable parts in theirs):
    the order they are laid out in, whatever order they were made in."""
    chain: list[QWidget] = []
    for widget in widgets:
        parts = [widget, *widget.findChildren(QWidget)]
        chain += [
            w
            for w in parts
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.window() is widget.window()  # not a popup's (a date's calendar)
            and w.focusProxy() is None
            and w not in chain
        ]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
