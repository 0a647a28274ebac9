""" "From the records": items and open commitments of a section's area, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from briefing.compose.records import RecordEntry, entries_for_area, insertion_text
from briefing.store import Workspace
from ui.common.rows import Row, RowListModel


class RecordsPanel(QWidget):
    #: the officer wants this text appended to the background
    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[RecordEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("<b>From the records</b>"))
        self.model = RowListModel(self)
        self.view = QListView()
        self.view.setObjectName("records-list")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(lambda _i: self.insert_current())
        self.insert = QPushButton(self.tr("&Insert into background"))
        self.insert.clicked.connect(self.insert_current)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.insert)

    def load(self, ws: Workspace | None, area: str | None) -> None:
        self.entries = entries_for_area(ws, area) if ws is not None and area else []
        rows = []
        for e in self.entries:
            head = f"{e.meeting_date} · {e.side} · {e.label}"
            rows.append(Row(e.id, f"{head}\n{e.text}", f"{e.text} {e.reference}", e.kind))
        self.model.set_rows(rows)
        name = ws.settings.area_name(area) if ws is not None and area else ""
        self.heading.setText(
            self.tr("<b>From the records</b> {area}").format(
                area=f"— {name}" if name else self.tr("(choose a brief for an area)")
            )
        )
        self.insert.setEnabled(bool(rows))

    def insert_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            if not self.entries:
                return
            index = self.model.index(0, 0)
        self.insert_requested.emit(insertion_text(self.entries[index.row()]))

    def select(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.insert_current()
            return
        super().keyPressEvent(event)
