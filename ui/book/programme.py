"""The programme of the visit: timed items, who leads, open to the press."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.model import ProgrammeItem, parse_date, time_problem


class ProgrammeEditor(QWidget):
    #: the new programme, after the user changed a cell or added/removed a row
    changed = Signal(object)

    COLUMNS = ("day", "time", "activity", "lead", "press")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("programme-table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day (YYYY-MM-DD)"),
                self.tr("Time"),
                self.tr("Activity"),
                self.tr("Lead"),
                self.tr("Press"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(2, 320)
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
            values = [p.day.isoformat() if p.day else "", p.time, p.activity, p.lead]
            for c, v in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(v))
            press = QTableWidgetItem()
            press.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            press.setCheckState(Qt.CheckState.Checked if p.press else Qt.CheckState.Unchecked)
            self.table.setItem(r, 4, press)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            problem = time_problem(item.text())
            self.table.blockSignals(True)
            item.setToolTip(problem or "")
            item.setBackground(QBrush(QColor("#f8d0d0")) if problem else QBrush())
            self.table.blockSignals(False)
            if problem:
                return  # not saved until the time is one
        self.changed.emit(self.value())

    def _text(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item else ""

    def value(self) -> list[ProgrammeItem]:
        out = []
        for r in range(self.table.rowCount()):
            try:
                day = parse_date(self._text(r, 0))
            except ValueError:
                day = None
            press = self.table.item(r, 4)
            out.append(
                ProgrammeItem(
                    time=self._text(r, 1),
                    activity=self._text(r, 2) or self.tr("(activity)"),
                    lead=self._text(r, 3),
                    press=bool(press and press.checkState() == Qt.CheckState.Checked),
                    day=day,
                )
            )
        return out

    def add_row(self) -> None:
        self.changed.emit([*self.value(), ProgrammeItem(time="", activity=self.tr("(activity)"))])

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            rows = self.value()
            del rows[row]
            self.changed.emit(rows)
