"""Help ▸ Show Log…: the end of the log file, with a way to its folder."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.logs import log_file, tail


class LogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log-dialog")
        self.setWindowTitle(self.tr("Log"))
        self.resize(900, 560)
        path = log_file()
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("The last lines of {path}").format(path=path))
        where.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("log-text")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(tail(path) or self.tr("Nothing has been logged yet."))
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        folder = QPushButton(self.tr("Open Log &Folder"))
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_log(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
