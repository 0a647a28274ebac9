"""The programme of the visit: timed items, who leads, open to the press.

The day is picked in a calendar (a date editor in the cell); columns fit their contents and
the activity and lead take the rest of the width, wrapping long texts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.model import ProgrammeItem, parse_date, time_problem
from ui.common.dates import shown_date, shown_weekday

DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the ISO date of a day cell ("" if none)


class DayDelegate(QStyledItemDelegate):
    """Edits a day with a calendar; shows it as "Mon 16 Jun 2025"."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("ddd d MMM yyyy")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        day = parse_date(index.data(DAY_ROLE) or None)
        editor.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: ANN001, N802
        q = editor.date()
        day = dt.date(q.year(), q.month(), q.day())
        model.setData(index, day.isoformat(), DAY_ROLE)
        model.setData(index, day_label(day), Qt.ItemDataRole.DisplayRole)


def day_label(day: dt.date | None) -> str:
    return f"{shown_weekday(day)} {shown_date(day, short=True)}" if day else ""


class ProgrammeEditor(QWidget):
    #: the new programme, after the user changed a cell or added/removed a row
    changed = Signal(object)

    COLUMNS = ("day", "time", "activity", "lead", "press")
    DAY, TIME, ACTIVITY, LEAD, PRESS = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("programme-table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Activity"),
                self.tr("Lead"),
                self.tr("Press"),
            ]
        )
        tips = [
            self.tr("The day (Enter or F2 opens a calendar)"),
            self.tr("As the programme shows it: 09:30, or 10:00–10:30"),
            self.tr("What happens"),
            self.tr("Who leads it"),
            self.tr("Open to the press"),
        ]
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setItemDelegateForColumn(self.DAY, DayDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in (
            (self.DAY, fit),
            (self.TIME, fit),
            (self.ACTIVITY, stretch),
            (self.LEAD, stretch),
            (self.PRESS, fit),
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().setSectionResizeMode(fit)  # wrapped text gets its height
        self.table.itemChanged.connect(self._item_changed)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add programme item"))
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, programme: list[ProgrammeItem]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(programme))
        for r, p in enumerate(programme):
            day = QTableWidgetItem(day_label(p.day))
            day.setData(DAY_ROLE, p.day.isoformat() if p.day else "")
            self.table.setItem(r, self.DAY, day)
            for c, v in ((self.TIME, p.time), (self.ACTIVITY, p.activity), (self.LEAD, p.lead)):
                self.table.setItem(r, c, QTableWidgetItem(v))
            press = QTableWidgetItem()
            press.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            press.setCheckState(Qt.CheckState.Checked if p.press else Qt.CheckState.Unchecked)
            self.table.setItem(r, self.PRESS, press)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.TIME:
            problem = time_problem(item.text())
            self.table.blockSignals(True)
            item.setToolTip(problem or "")
            item.setBackground(QBrush(QColor("#f8d0d0")) if problem else QBrush())
            self.table.blockSignals(False)
            if problem:
                return  # not saved until the time is one
        if item.column() == self.DAY and item.data(DAY_ROLE) is None:
            return  # the display text of a day is set after its date
        self.changed.emit(self.value())

    def _text(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item else ""

    def value(self) -> list[ProgrammeItem]:
        out = []
        for r in range(self.table.rowCount()):
            day_item = self.table.item(r, self.DAY)
            press = self.table.item(r, self.PRESS)
            out.append(
                ProgrammeItem(
                    time=self._text(r, self.TIME),
                    activity=self._text(r, self.ACTIVITY) or self.tr("(activity)"),
                    lead=self._text(r, self.LEAD),
                    press=bool(press and press.checkState() == Qt.CheckState.Checked),
                    day=parse_date(day_item.data(DAY_ROLE) or None) if day_item else None,
                )
            )
        return out

    def add_row(self) -> None:
        rows = self.value()
        last = rows[-1].day if rows else None  # a new item is most often on the same day
        self.changed.emit([*rows, ProgrammeItem(time="", activity=self.tr("(activity)"), day=last)])

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            rows = self.value()
            del rows[row]
            self.changed.emit(rows)
