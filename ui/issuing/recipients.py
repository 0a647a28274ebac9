"""The recipient of each numbered copy: a one-column table that follows the number of copies.

Names typed for copies beyond a lowered count come back when the count goes up again. A list
of names pasted (Ctrl+V, or the Paste Names button) fills the rows from the current one and
asks for more copies when it is longer than the table.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from briefing.issuing.checks import MAX_COPIES


def split_names(text: str) -> list[str]:
    """One name per line; a pasted spreadsheet column keeps its first cell; blanks dropped."""
    names = []
    for line in text.splitlines():
        name = " ".join(line.split("\t")[0].split())
        if name:
            names.append(name)
    return names


class RecipientsTable(QTableWidget):
    #: a paste needs this many copies
    count_wanted = Signal(int)

    def __init__(self) -> None:
        super().__init__(0, 1)
        self.setObjectName("recipients")
        self.setHorizontalHeaderLabels([self.tr("Recipient (office or name)")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setToolTip(
            self.tr("Type a recipient per copy, or paste a list of names, one per line (Ctrl+V)")
        )
        self._names: list[str] = []
        self.itemChanged.connect(self._item_changed)

    def set_count(self, count: int) -> None:
        count = max(0, min(MAX_COPIES, count))
        if count == self.rowCount():
            return
        self._names += [""] * max(0, count - len(self._names))
        self.blockSignals(True)
        old = self.rowCount()
        self.setRowCount(count)
        for row in range(old, count):
            self.setItem(row, 0, QTableWidgetItem(self._names[row]))
        self.setVerticalHeaderLabels([self.tr("Copy %d") % (n + 1) for n in range(count)])
        self.blockSignals(False)

    def names(self) -> list[str]:
        """The recipient of each copy shown, "" where none was given."""
        return [" ".join(self._names[row].split()) for row in range(self.rowCount())]

    def set_names(self, names: list[str]) -> None:
        for row, name in enumerate(names[: self.rowCount()]):
            self.item(row, 0).setText(name)

    def paste(self, text: str) -> int:
        """Fill the rows from the current one with the pasted names; how many there were."""
        names = split_names(text)
        if not names:
            return 0
        start = max(0, self.currentRow())
        end = min(MAX_COPIES, start + len(names))
        self._names += [""] * max(0, end - len(self._names))
        self._names[start:end] = names[: end - start]
        if end > self.rowCount():
            self.count_wanted.emit(end)  # the spin box grows the table, showing the names
        self.blockSignals(True)
        for row in range(start, min(end, self.rowCount())):
            self.item(row, 0).setText(self._names[row])
        self.blockSignals(False)
        return len(names)

    def paste_clipboard(self) -> int:
        return self.paste(QGuiApplication.clipboard().text())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self._names[item.row()] = item.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Delete) and not editing:
            for item in self.selectedItems():
                item.setText("")
            return
        super().keyPressEvent(event)
