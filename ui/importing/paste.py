"""Paste a press release: a text box, filled from the clipboard when it holds text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PREFILL = 1_000_000  # characters: a clipboard larger than this is not put in the box


def clipboard_text() -> str:
    clipboard = QGuiApplication.clipboard()
    return clipboard.text() if clipboard is not None else ""


class PasteReleaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paste-release")
        self.setWindowTitle(self.tr("Import from Clipboard"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Paste the text of a press release, joint statement or news story (in English). "
                "You will check the draft meeting record before anything is saved."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit()
        self.text.setObjectName("paste-text")
        self.text.setPlaceholderText(
            self.tr("Paste the release here (Ctrl+V), then Ctrl+Enter to review the draft")
        )
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text.setFont(font)
        layout.addWidget(self.text, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QDialogButtonBox()
        self.paste_button = QPushButton(self.tr("&Paste from Clipboard"))
        self.paste_button.setAutoDefault(False)
        self.paste_button.clicked.connect(self.paste)
        buttons.addButton(self.paste_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button = buttons.addButton(
            self.tr("&Review Draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.installEventFilter(self)  # Ctrl+Enter in the text box: review the draft
        self.text.textChanged.connect(self._update)
        self.from_clipboard = False
        if text is None:
            clip = clipboard_text()
            self.from_clipboard = 0 < len(clip) <= MAX_PREFILL and bool(clip.strip())
            text = clip if self.from_clipboard else ""
        self.text.setPlainText(text)
        self._update()
        self.resize(720, 560)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.review_button.isEnabled():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def paste(self) -> None:
        self.from_clipboard = True
        self.text.setPlainText(clipboard_text())
        self.text.setFocus()

    def _update(self) -> None:
        text = self.text.toPlainText()
        words = len(text.split())
        count = self.tr("%n word(s)", "", words) if words else ""
        if words and self.from_clipboard:
            count = self.tr("{count}, filled in from the clipboard").format(count=count)
        self.count.setText(count)
        self.review_button.setEnabled(bool(text.strip()))

    def value(self) -> str:
        return self.text.toPlainText()

    @classmethod
    def get_text(cls, parent: QWidget | None, text: str | None = None) -> tuple[str, bool]:
        dialog = cls(parent, text)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok and bool(dialog.value().strip())
