"""File ▸ Review Sync Conflicts…: each conflict with the versions side by side (a section text
also merged paragraph by paragraph, editable); the officer decides."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing.store import Workspace
from briefing.sync import engine, review


class ConflictsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ws: Workspace) -> None:
        super().__init__(parent)
        self.setObjectName("sync-conflicts")
        self.setWindowTitle(self.tr("Review Sync Conflicts"))
        self.resize(1100, 640)
        self.ws = ws
        self.decided = 0
        self.list = QListWidget(objectName="conflict-list")
        self.list.currentRowChanged.connect(self._show)
        right = QWidget()
        grid = QGridLayout(right)
        self.what = QLabel(objectName="conflict-what")
        self.what.setWordWrap(True)
        grid.addWidget(self.what, 0, 0, 1, 3)
        self.panes = {}
        for col, (key, title) in enumerate(
            (("base", self.tr("Before (common version)")), ("mine", self.tr("Mine (this laptop)")),
             ("theirs", self.tr("Theirs (the library)")))
        ):  # fmt: skip
            grid.addWidget(QLabel(f"<b>{title}</b>"), 1, col)
            pane = QPlainTextEdit(objectName=f"conflict-{key}", readOnly=True)
            grid.addWidget(pane, 2, col)
            self.panes[key] = pane
        self.merged_label = QLabel(
            self.tr("<b>Merged</b>: both kept where they differ; edit it, then Use Merged Text")
        )
        grid.addWidget(self.merged_label, 3, 0, 1, 3)
        self.merged = QPlainTextEdit(objectName="conflict-merged")
        grid.addWidget(self.merged, 4, 0, 1, 3)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(objectName="keep-mine")
        self.theirs_button = QPushButton(objectName="take-theirs")
        self.merged_button = QPushButton(self.tr("Use &Merged Text"), objectName="use-merged")
        for b in (self.mine_button, self.theirs_button, self.merged_button):
            b.setAutoDefault(False)  # Enter never decides a conflict
            buttons.addWidget(b)
        buttons.addStretch()
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        grid.addLayout(buttons, 5, 0, 1, 3)
        self.mine_button.clicked.connect(lambda: self._decide("mine"))
        self.theirs_button.clicked.connect(lambda: self._decide("theirs"))
        self.merged_button.clicked.connect(lambda: self._decide("merged"))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._load()

    def _load(self) -> None:
        self.views = review.views(self.ws)
        self.list.clear()
        for v in self.views:
            self.list.addItem(f"{v.record}\n{v.what}")
        if self.views:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        self.what.setText(
            f"<b>{view.record}</b> — {view.what}" if view else self.tr("No conflicts to decide.")
        )
        for key, pane in self.panes.items():
            pane.setPlainText(getattr(view, key) if view else "")
        has_merge = view is not None and view.merged is not None
        self.merged.setPlainText(view.merged if has_merge else "")
        for w in (self.merged, self.merged_label, self.merged_button):
            w.setVisible(has_merge)
        self.mine_button.setText(view.mine_label if view else self.tr("Keep Mine"))
        self.theirs_button.setText(view.theirs_label if view else self.tr("Take Theirs"))
        self.mine_button.setEnabled(view is not None)
        self.theirs_button.setEnabled(view is not None)

    def _decide(self, choice: str) -> None:
        view = self.views[self.list.currentRow()]
        c = view.conflict
        value = {"mine": c.mine, "theirs": c.theirs, "merged": self.merged.toPlainText()}[choice]
        engine.resolve(self.ws, c.id, value)
        self.decided += 1
        self._load()

    @classmethod
    def review(cls, parent: QWidget | None, ws: Workspace) -> tuple[int, bool]:
        """(conflicts decided, ok)."""
        dialog = cls(parent, ws)
        dialog.exec()
        return dialog.decided, True
