"""The commitments tracker table and its filter proxy.

The table lists every commitment of the workspace (3,300 in a long history): one query loads
them without their notes (:meth:`briefing.store.CommitmentsRepository.table_rows`), the full
record with its notes is read when one is selected, and sorting is the model's own: a sort key
per row computed once and one Python sort, instead of Qt's comparisons through ``data()``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from briefing.model import BOTH, Commitment, CommitmentStatus
from briefing.store import Workspace
from briefing.store.commitments import CommitmentRow
from ui.common.dates import shown_date
from ui.common.labels import label_of
from ui.common.rows import ID_ROLE
from ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10


class CommitmentsModel(QAbstractTableModel):
    TEXT, AREA, OWED_BY, DUE, STATUS, NOTE, SOURCE = range(7)

    #: the user chose a new status in the table: (commitment id, status)
    status_edited = Signal(int, str)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[CommitmentRow] = []
        self._row_of: dict[int, int] = {}
        self._areas: dict[str, str] = {}
        self._ws: Workspace | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.today = dt.date.today()
        self.headers = [
            tr("Commitment"),
            tr("Area"),
            tr("Owed by"),
            tr("Due"),
            tr("Status"),
            tr("Latest progress"),
            tr("Source meeting"),
        ]

    def load(self, ws: Workspace | None) -> None:
        self.beginResetModel()
        self._ws = ws
        if ws is None:
            self._rows, self._areas = [], {}
        else:
            self._rows = ws.commitments.table_rows()
            self._areas = {a.key: a.name for a in ws.settings.areas}
        self.today = dt.date.today()
        if self._sorted is not None:
            self._rows.sort(key=self._key(self._sorted[0]), reverse=self._descending())
        self._index()
        self.endResetModel()

    def _index(self) -> None:
        self._row_of = {c.id: n for n, c in enumerate(self._rows)}

    def commitment(self, row: int) -> Commitment:
        """The full record of a row, notes included (read from the workspace)."""
        if self._ws is None:
            raise KeyError(row)
        return self._ws.commitments.get(self._rows[row].id)

    def row(self, row: int) -> CommitmentRow:
        return self._rows[row]

    def row_of(self, commitment_id: int) -> int:
        return self._row_of.get(commitment_id, -1)

    def area_names(self) -> dict[str, str]:
        return dict(self._areas)

    # ------------------------------------------------------------------ sorting

    def _key(self, column: int):  # noqa: ANN202
        areas = self._areas
        return {
            self.TEXT: lambda c: c.text.casefold(),
            self.AREA: lambda c: areas.get(c.area, c.area).casefold(),
            self.OWED_BY: lambda c: c.owed_by.casefold(),
            self.DUE: lambda c: c.due.isoformat() if c.due else "9999",
            self.STATUS: lambda c: str(c.status),
            self.NOTE: lambda c: c.note_date.isoformat() if c.note_date else "",
            self.SOURCE: lambda c: c.meeting_date,
        }.get(column, lambda c: c.id)

    def _descending(self) -> bool:
        return self._sorted is not None and self._sorted[1] == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's natural key (dates as dates, text without case), stable."""
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in persistent]
        self._rows.sort(key=self._key(column), reverse=self._descending())
        self._index()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._row_of[cid], i.column())
                for cid, i in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: E501, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.STATUS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return c.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            if col == self.TEXT:
                return c.text
            if col == self.AREA:
                return self._areas.get(c.area, c.area)
            if col == self.OWED_BY:
                shown = role == Qt.ItemDataRole.DisplayRole and c.owed_by == BOTH
                return label_of(c.owed_by) if shown else c.owed_by
            if col == self.DUE:
                if role == SORT_ROLE:
                    return c.due.isoformat() if c.due else "9999"
                return shown_date(c.due)
            if col == self.STATUS:
                return label_of(c.status) if role == Qt.ItemDataRole.DisplayRole else str(c.status)
            if col == self.NOTE:
                if c.note_date is None:
                    return ""
                return (
                    c.note_date.isoformat()
                    if role == SORT_ROLE
                    else f"{shown_date(c.note_date)}: {c.note_text}"
                )
            if col == self.SOURCE:
                return c.meeting_date if role == SORT_ROLE else c.meeting_label
        if role == Qt.ItemDataRole.ForegroundRole and c.is_overdue(self.today):
            return QBrush(QColor("#a01010"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if c.is_overdue(self.today):
                return tr("Overdue since {date}").format(date=shown_date(c.due))
            return c.text if col == self.TEXT else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            status = CommitmentStatus(str(value))
        except ValueError:
            return False
        c = self._rows[index.row()]
        if status != c.status and c.id is not None:
            self.status_edited.emit(c.id, str(status))  # the editor pushes the undoable edit
        return True

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].is_overdue(self.today)


class CommitmentFilter(QSortFilterProxyModel):
    """Filters by area key, owed by, status and overdue. Sorting is the source model's (fast,
    see :meth:`CommitmentsModel.sort`); the proxy keeps its order."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.area = ""
        self.owed_by = ""
        self.status = ""
        self.overdue_only = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(
        self, *, area: str = "", owed_by: str = "", status: str = "", overdue_only: bool = False
    ) -> None:
        self.beginFilterChange()
        self.area, self.owed_by, self.status, self.overdue_only = (
            area,
            owed_by,
            status,
            overdue_only,
        )
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CommitmentsModel):
            model.sort(column, order)
        else:  # pragma: no cover - the tracker always has its own model
            super().sort(column, order)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, CommitmentsModel) or row >= model.rowCount():
            return True
        c = model.row(row)
        if self.area and c.area != self.area:
            return False
        if self.owed_by and c.owed_by != self.owed_by:
            return False
        if self.status and str(c.status) != self.status:
            return False
        return not (self.overdue_only and not model.is_overdue(row))
