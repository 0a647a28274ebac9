"""A meeting's items as a tree: one branch per cooperation area, the items under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from briefing.model import BOTH, Item
from ui.common.labels import label_of
from ui.common.rows import ID_ROLE
from ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ITEM_INDEX_ROLE = Qt.ItemDataRole.UserRole + 20  # position of the item in meeting.items


class ItemsModel(QAbstractItemModel):
    TEXT, SIDE, KIND, CLASSIFICATION, TRACKED = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._groups: list[tuple[str, str, list[int]]] = []  # (area key, name, item positions)
        self._items: list[Item] = []
        self._tracked: set[int] = set()
        self.headers = [tr("Item"), tr("Side"), tr("Kind"), tr("Classification"), tr("Tracked")]

    def load(self, items: list[Item], area_names: dict[str, str], tracked: set[int]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._tracked = set(tracked)
        order = list(area_names)
        groups: dict[str, list[int]] = {}
        for n, item in enumerate(items):
            groups.setdefault(item.area, []).append(n)
        keys = sorted(groups, key=lambda k: order.index(k) if k in order else len(order))
        self._groups = [(k, area_names.get(k, k), groups[k]) for k in keys]
        self.endResetModel()

    def item_at(self, index: Index) -> tuple[int, Item] | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        pos = group[2][index.row()]
        return pos, self._items[pos]

    def index_of_item(self, position: int) -> QModelIndex:
        for g, (_key, _name, positions) in enumerate(self._groups):
            if position in positions:
                return self.index(positions.index(position), 0, self.index(g, 0))
        return QModelIndex()

    def index_of_item_id(self, item_id: int) -> QModelIndex:
        for pos, item in enumerate(self._items):
            if item.id == item_id:
                return self.index_of_item(pos)
        return QModelIndex()

    # ------------------------------------------------------------------ Qt API

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][2])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: E501, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            key, name, positions = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{name} ({len(positions)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        found = self.item_at(index)
        if found is None:
            return None
        pos, item = found
        if role == ID_ROLE:
            return item.id
        if role == ITEM_INDEX_ROLE:
            return pos
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            return item.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.TEXT:
            return item.text
        if col == self.SIDE:
            return label_of(item.side) if item.side == BOTH else item.side
        if col == self.KIND:
            return label_of(item.kind)
        if col == self.CLASSIFICATION:
            return item.classification
        if col == self.TRACKED:
            return tr("tracked") if item.id in self._tracked else ""
        return None
