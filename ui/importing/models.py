"""Table models over a press-release draft: participants, items, proposed commitments.

Pure adapters: every change goes through :mod:`briefing.importers.review`, which decides what
follows from it (a commitment follows its item). Column 0 of each table is the "keep" tick.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from briefing.importers import review
from briefing.importers.draft import Draft
from briefing.model import ItemKind, Settings
from ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40  # [(value, label)] a combo offers for the cell

#: highlight colours by item kind: (light, strong) — the table swatch and the source view
KIND_COLOURS: dict[ItemKind, tuple[str, str]] = {
    ItemKind.STATEMENT: ("#fff1b8", "#ffd23f"),
    ItemKind.AGREEMENT: ("#d3e4ff", "#7fb0ff"),
    ItemKind.PLEDGE: ("#d2f2d2", "#6fd16f"),
    ItemKind.REQUEST: ("#ffe0c2", "#ffab5c"),
    ItemKind.CONCERN: ("#ffd3d3", "#ff7f7f"),
}


def _check(keep: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked


def _dimmed() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class _DraftTable(QAbstractTableModel):
    """Shared plumbing: headers, the keep column, a ``changed`` signal after every edit."""

    #: emitted after the officer changed something through this model
    changed = Signal()
    headers: list[str] = []
    KEEP = 0
    rows_of = ""  # the Draft attribute this table shows

    def __init__(self, draft: Draft, settings: Settings, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.draft = draft
        self.settings = settings

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def refresh(self) -> None:
        """Show the draft again (after a change elsewhere that this table depends on)."""
        self.beginResetModel()
        self.endResetModel()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()

    def _rows(self) -> list:
        """The draft's list this table shows (items, participants, commitments)."""
        return getattr(self.draft, self.rows_of)

    def toggle_keep(self, row: int) -> None:
        keep = self._rows()[row].keep
        self.setData(self.index(row, self.KEEP), _check(not keep), Qt.ItemDataRole.CheckStateRole)


class DraftItemsModel(_DraftTable):
    rows_of = "items"
    KEEP, AREA, SIDE, KIND, CONFIDENCE, TEXT = range(6)
    headers = [tr("Keep"), tr("Area"), tr("Side"), tr("Kind"), tr("Sure"), tr("Item")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.draft.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.CONFIDENCE:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.draft.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.KEEP:
            return _check(item.keep)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.AREA: self.settings.area_name(item.area),
                self.SIDE: item.side,
                self.KIND: str(item.kind),
                self.CONFIDENCE: f"{item.confidence:.0%}",
                self.TEXT: item.text,
            }.get(col)
        if role == Qt.ItemDataRole.EditRole:
            return {
                self.AREA: item.area,
                self.SIDE: item.side,
                self.KIND: str(item.kind),
                self.TEXT: item.text,
            }.get(col)
        if role == CHOICES_ROLE:
            if col == self.AREA:
                return review.area_choices(self.draft, self.settings)
            if col == self.SIDE:
                return [(s, s) for s in review.side_choices(self.draft, self.settings)]
            if col == self.KIND:
                return [(str(k), str(k)) for k in review.KIND_CHOICES]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CONFIDENCE:
                return tr("How sure the importer is of this item's area, side and kind")
            if col == self.TEXT:
                return item.text
            if col == self.KEEP:
                return tr("Untick to leave this item out of the record (Space)")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and col == self.KIND:
            return QColor(KIND_COLOURS[item.kind][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.keep:
                return _dimmed()
            if col == self.CONFIDENCE and item.confidence < 0.5:
                return QColor("#b00020")
            if col == self.KIND:
                return QColor("#000000")  # readable on the light swatch in a dark theme too
        if role == Qt.ItemDataRole.FontRole and not item.keep and col == self.TEXT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        col, row = index.column(), index.row()
        if col == self.KEEP and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"keep": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and col in (
            self.AREA,
            self.SIDE,
            self.KIND,
            self.TEXT,
        ):
            name = {self.AREA: "area", self.SIDE: "side", self.KIND: "kind", self.TEXT: "text"}
            changes = {name[col]: value}
        else:
            return False
        if not review.change_item(self.draft, row, **changes):
            return False
        self._row_changed(row)
        return True


class DraftParticipantsModel(_DraftTable):
    rows_of = "participants"
    KEEP, NAME, HONORIFIC, TITLE, SIDE, STATUS = range(6)
    headers = [tr("Keep"), tr("Name"), tr("Honorific"), tr("Title"), tr("Side"), tr("Record")]
    _fields = {NAME: "display_name", HONORIFIC: "honorific", TITLE: "title", SIDE: "side"}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.draft.participants)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        person = self.draft.participants[index.row()]
        if index.column() == self.KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self._fields and person.person_id is None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.draft.participants[index.row()]
        col = index.column()
        known = person.person_id is not None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.KEEP:
            return _check(person.keep)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.STATUS:
                if not person.keep:
                    return tr("left out")
                return tr("in the workspace") if known else tr("new: will be created")
            if col in self._fields:
                return getattr(person, self._fields[col])
            return None
        if role == CHOICES_ROLE and col == self.SIDE:
            return [(s, s) for s in review.side_choices(self.draft, self.settings)]
        if role == Qt.ItemDataRole.ToolTipRole:
            if known:
                return tr("Matched to {name}, already in the workspace (as written: {raw})").format(
                    name=person.display_name, raw=person.name
                )
            return tr("As written in the release: {raw}").format(raw=person.name)
        if role == Qt.ItemDataRole.ForegroundRole and not person.keep:
            return _dimmed()
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and person.keep:
            font = QFont()
            font.setItalic(not known)
            font.setBold(known)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        col, row = index.column(), index.row()
        if col == self.KEEP and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"keep": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and col in self._fields:
            changes = {self._fields[col]: str(value)}
        else:
            return False
        try:
            if not review.change_person(self.draft, row, **changes):
                return False
        except ValueError:
            return False
        self._row_changed(row)
        return True


class DraftCommitmentsModel(_DraftTable):
    rows_of = "commitments"
    KEEP, OWED_BY, AREA, TEXT = range(4)
    headers = [tr("Keep"), tr("Owed by"), tr("Area"), tr("Commitment")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.draft.commitments)

    def _possible(self, row: int) -> bool:
        return review.commitment_possible(self.draft, self.draft.commitments[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable
        if self._possible(index.row()):
            base |= Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.draft.commitments[index.row()]
        col = index.column()
        possible = self._possible(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and col == self.KEEP:
            return _check(c.keep and possible)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.OWED_BY: c.owed_by,
                self.AREA: self.settings.area_name(c.area),
                self.TEXT: c.text,
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not possible:
                return tr("Its item is left out of the record, so it cannot be tracked")
            return c.text if col == self.TEXT else tr("Untick to not track this (Space)")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.KEEP:
            return False
        if role != Qt.ItemDataRole.CheckStateRole or not self._possible(index.row()):
            return False
        c = self.draft.commitments[index.row()]
        keep = Qt.CheckState(value) == Qt.CheckState.Checked
        if c.keep == keep:
            return False
        c.keep = keep
        self._row_changed(index.row())
        return True

    def item_row(self, row: int) -> int:
        """The row of the item this proposal comes from."""
        return self.draft.commitments[row].item
