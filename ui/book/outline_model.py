"""A book's outline: its sections in order; checkable (included), reorderable by drag and drop."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from briefing.model import ClassificationError, ClassificationScheme, Section
from ui.common.labels import label_of
from ui.common.rows import ID_ROLE
from ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-briefing-section-row"


class OutlineModel(QAbstractListModel):
    #: the user dragged a section: (from row, to row as the final position)
    move_requested = Signal(int, int)
    #: the user ticked or unticked a section: (row, included)
    include_requested = Signal(int, bool)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._sections: list[Section] = []
        self._scheme = ClassificationScheme()
        self._book_level = ""
        self._clearance: dict[int, str] = {}

    def load(
        self,
        sections: list[Section],
        scheme: ClassificationScheme | None = None,
        book_level: str = "",
        clearance: dict[int, str] | None = None,
    ) -> None:
        """``clearance``: section id -> where it stands in clearance, in words."""
        self.beginResetModel()
        self._sections = list(sections)
        self._clearance = dict(clearance or {})
        if scheme is not None:
            self._scheme = scheme
        self._book_level = book_level
        self.endResetModel()

    def badge(self, row: int) -> str:
        """The badge "SECRET ▲" when the section is marked above the book, else empty."""
        level = self._sections[row].classification
        if not level:
            return ""
        try:
            above = self._scheme.rank(level) > self._scheme.rank(self._book_level)
        except ClassificationError:  # a level the workspace no longer has
            return f"{level} ?"
        return f"{level} ▲" if above else ""

    def section(self, row: int) -> Section:
        return self._sections[row]

    def row_of(self, section_id: int) -> int:
        for n, s in enumerate(self._sections):
            if s.id == section_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._sections)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._sections)):
            return None
        s = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            badge = self.badge(index.row())
            stands = self._clearance.get(s.id)  # type: ignore[arg-type]
            line = f"{index.row() + 1}. {s.title}" + ("" if stands else f"  · {label_of(s.status)}")
            line += f"  {badge}" if badge else ""
            # where it stands in clearance on a line of its own: the outline is narrow
            return f"{line}\n   {stands}" if stands else line
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if s.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not s.included:
            return QColor("#888888")
        if role == Qt.ItemDataRole.ToolTipRole:
            state = tr("included in the book") if s.included else tr("left out of the book")
            owner = tr("owner: {owner}").format(owner=s.owner) if s.owner else tr("no owner")
            tip = f"{s.title}\n{label_of(s.status)}, {owner}, {state}"
            if s.id in self._clearance:
                tip += "\n" + tr("clearance: {where}").format(where=self._clearance[s.id])
            if self.badge(index.row()):
                tip += "\n" + tr("marked {level}, above the book: the book will be marked {level}")
                tip = tip.format(level=s.classification)
            return tip
        if role == ID_ROLE:
            return s.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != self._sections[index.row()].included:
            self.include_requested.emit(index.row(), checked)
        return True

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:  # noqa: E501, N802
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:  # noqa: E501, N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._sections)
        target = row - 1 if row > source else row  # the final position once it is taken out
        if target != source:
            self.move_requested.emit(source, target)
        return False  # the move is made by an undoable edit; the view must not remove rows
