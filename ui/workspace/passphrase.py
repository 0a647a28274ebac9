"""The passphrase dialog: masked; asks twice when a new passphrase is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("passphrase-dialog")
        form = QFormLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        form.addRow(label)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        form.addRow(self.tr("Passphrase"), self.field)
        self.again: QLineEdit | None = None
        if new:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setObjectName("passphrase-again")
            form.addRow(self.tr("Type it again"), self.again)
        self.problem = QLabel()
        self.problem.setObjectName("passphrase-problem")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.field.text():
            self.problem.setText(self.tr("Type the passphrase."))
            return
        if self.again is not None and self.again.text() != self.field.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    @classmethod
    def get_passphrase(
        cls, parent: QWidget | None, title: str, text: str, new: bool = False
    ) -> tuple[str, bool]:
        dialog = cls(parent, title, text, new)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.field.text() if ok else ""
        dialog.field.clear()
        return value, ok
