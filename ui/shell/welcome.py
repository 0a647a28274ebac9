"""What the middle of the window shows when no record is open: where to start.

Without a workspace (a first start): open the sample, make a new workspace, open one, import
a press release, or one of the recent workspaces. With one: its name and the usual next steps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    #: what the user asked for: "sample", "new", "open", "import", "meeting", "book",
    #: "tracker", or "recent:<path>"
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        self.title = QLabel()
        self.title.setObjectName("welcome-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("welcome-text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.text)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        row = QVBoxLayout()
        row.addLayout(self.grid)
        centred = QWidget()
        centred.setLayout(row)
        centred.setMaximumWidth(760)
        outer.addWidget(centred, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent_label = QLabel(self.tr("<b>Recent workspaces</b>"))
        self.recent_box = QVBoxLayout()
        outer.addWidget(self.recent_label, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(self.recent_box)
        outer.addStretch(3)
        self.buttons: dict[str, QPushButton] = {}
        self.show_start([])

    def _set_buttons(self, entries: list[tuple[str, str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        for n, (key, text, hint) in enumerate(entries):
            button = QPushButton(text)
            button.setObjectName(f"welcome-{key}")
            button.setMinimumWidth(220)
            button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
            explain = QLabel(hint)
            explain.setWordWrap(False)
            explain.setBuddy(button)
            self.grid.addWidget(button, n, 0)
            self.grid.addWidget(explain, n, 1)
            self.buttons[key] = button

    def show_start(self, recent: list[str]) -> None:
        """No workspace open: where a new user starts."""
        self.title.setText(self.tr("<h2>Briefing Book</h2>"))
        self.text.setText(
            self.tr(
                "Records of every meeting with a partner country, turned into the briefing book "
                "for the next visit. One workspace holds one relationship."
            )
        )
        self._set_buttons(
            [
                (
                    "sample",
                    self.tr("Open the &Sample"),
                    self.tr("Cambodia–China: a meeting, its commitments and a draft book"),
                ),
                ("new", self.tr("&New Workspace…"), self.tr("Start the records of a relationship")),
                ("open", self.tr("&Open Workspace…"), self.tr("A .briefing file you already have")),
                (
                    "import",
                    self.tr("&Import a Press Release…"),
                    self.tr("Turn a release (.txt, .docx, .pdf) into a meeting record"),
                ),
            ]
        )
        self._show_recent(recent)

    def show_workspace(self, name: str, readonly: bool) -> None:
        """A workspace is open and nothing is chosen in the library."""
        self.title.setText(f"<h2>{name}</h2>")
        self.text.setText(
            self.tr(
                "Choose a meeting, person, commitment or book in the library, or search the "
                "workspace (Ctrl+F)."
            )
            + (self.tr("<br><b>Read-only: changes cannot be saved.</b>") if readonly else "")
        )
        entries = [("tracker", self.tr("Commitments &Tracker"), self.tr("What each side owes"))]
        if not readonly:
            entries[:0] = [
                (
                    "import",
                    self.tr("&Import a Press Release…"),
                    self.tr("A new meeting from a release"),
                ),
                ("meeting", self.tr("New &Meeting"), self.tr("Record a meeting by hand")),
                ("book", self.tr("New &Book"), self.tr("The book for the next visit")),
            ]
        self._set_buttons(entries)
        self._show_recent([])

    def _show_recent(self, recent: list[str]) -> None:
        while self.recent_box.count():
            item = self.recent_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        shown = [p for p in recent if Path(p).exists()][:5]
        self.recent_label.setVisible(bool(shown))
        for path in shown:
            link = QPushButton(Path(path).name)
            link.setObjectName("welcome-recent")
            link.setFlat(True)
            link.setToolTip(path)
            link.clicked.connect(lambda _=False, p=path: self.chosen.emit(f"recent:{p}"))
            self.recent_box.addWidget(link, 0, Qt.AlignmentFlag.AlignHCenter)
