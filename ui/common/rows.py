"""Flat list models: a generic one for small lists and a lazily fetching one for meetings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    id: int
    text: str
    tooltip: str = ""
    kind: str = ""
    #: a mark shown as an icon before the text, never cut off with it: "overdue"
    mark: str = ""


def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _mark_icon(mark: str) -> QIcon | None:
    if mark == "overdue":
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None


class RowListModel(QAbstractListModel):
    """A list of :class:`Row`; set the rows in one go. ``batch`` > 0 exposes them lazily."""

    def __init__(self, parent=None, batch: int = 0) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Row] = []
        self._marked = False
        self._batch = batch
        self._shown = 0

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._marked = any(r.mark for r in rows)
        self._shown = min(len(rows), self._batch) if self._batch else len(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return self._rows

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(len(self._rows) - self._shown, self._batch or len(self._rows))
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and self._marked:
            return _mark_icon(row.mark) if row.mark else _blank_icon()  # texts stay aligned
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind
        return None

    def row_of(self, record_id: int, kind: str | None = None) -> int:
        """The row of a record, fetching rows up to it if need be; -1 if it is not listed."""
        for n, row in enumerate(self._rows):
            if row.id == record_id and (kind is None or row.kind == kind):
                while self._shown <= n:
                    self.fetchMore(QModelIndex())
                return n
        return -1
