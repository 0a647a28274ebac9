"""Find in the workspace: a search box, a results list, Enter jumps to the hit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from briefing.store import Workspace, WorkspaceError
from ui.common.rows import ID_ROLE, KIND_ROLE, Row, RowListModel
from ui.i18n import said


class _SearchLine(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class FindPanel(QWidget):
    #: (search hit kind, id): item | section | person | source | meeting | commitment
    hit_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.line = _SearchLine()
        self.line.setObjectName("find-line")
        self.line.setPlaceholderText(self.tr("Search the workspace"))
        self.line.setClearButtonEnabled(True)
        self.model = RowListModel(self)
        self.results = QListView()
        self.results.setObjectName("find-results")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.status = QLabel()
        layout.addWidget(self.line)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run)
        self.line.textChanged.connect(lambda _t: self._timer.start())
        self.line.returnPressed.connect(self._enter)
        self.line.down.connect(self._to_results)
        self.results.activated.connect(self._chosen)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.model.set_rows([])
        self.status.clear()

    def focus(self) -> None:
        self.line.setFocus()
        self.line.selectAll()

    def run(self) -> None:
        self._timer.stop()
        text = self.line.text().strip()
        if self.ws is None or not text:
            self.model.set_rows([])
            self.status.clear()
            return
        try:
            hits = self.ws.search.query(text)
        except WorkspaceError as exc:
            self.status.setText(said(exc))
            return
        rows = [
            Row(h.id, f"{h.kind}: {h.title} — {h.where}\n{h.snippet}", h.snippet, h.kind)
            for h in hits
        ]
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n result(s)", "", len(rows)))

    def _enter(self) -> None:
        if self._timer.isActive() or not self.model.rowCount():
            self.run()
        if self.model.rowCount():
            self._chosen(
                self.model.index(0, 0)
                if not self.results.currentIndex().isValid()
                else self.results.currentIndex()
            )

    def _to_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(str(index.data(KIND_ROLE)), int(index.data(ID_ROLE)))
