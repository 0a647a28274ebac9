"""A new workspace: where to save it, the two countries of the relationship, encrypted or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from briefing.model import Settings
from briefing.store import SUFFIX


class NewWorkspaceDialog(QDialog):
    def __init__(self, parent: QWidget | None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workspace"))
        form = QFormLayout(self)
        self.path = QLineEdit(str(Path(folder or Path.home()) / f"new{SUFFIX}"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.own = QLineEdit()
        self.own.setPlaceholderText(self.tr("e.g. Cambodia"))
        self.partner = QLineEdit()
        self.partner.setPlaceholderText(self.tr("e.g. China"))
        self.ministry = QLineEdit()
        self.department = QLineEdit()
        file_label = QLabel(self.tr("&File"))  # a layout row has no buddy of its own
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Own country"), self.own)
        form.addRow(self.tr("&Partner country"), self.partner)
        form.addRow(self.tr("&Ministry"), self.ministry)
        form.addRow(self.tr("&Department"), self.department)
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase (asked next)"))
        self.encrypt.setToolTip(
            self.tr(
                "The file and its backups can then be opened only with the passphrase. "
                "Recommended on a laptop that travels."
            )
        )
        form.addRow("", self.encrypt)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 250)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), self.path.text(), self.tr("Workspaces (*%s)") % SUFFIX
        )
        if path:
            self.path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def wants_encryption(self) -> bool:
        return self.encrypt.isChecked()

    def value(self) -> tuple[Path, Settings]:
        countries = [c for c in (self.own.text().strip(), self.partner.text().strip()) if c]
        return Path(self.path.text().strip()), Settings(
            countries=countries,
            ministry=self.ministry.text().strip(),
            department=self.department.text().strip(),
        )

    @classmethod
    def get_workspace(
        cls, parent: QWidget | None, folder: str = ""
    ) -> tuple[tuple[Path, Settings, bool], bool]:
        """((path, settings, encrypt), accepted)."""
        dialog = cls(parent, folder)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return (*dialog.value(), dialog.wants_encryption()), ok
