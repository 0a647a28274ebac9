"""Preferences: how soon typing is saved, whether to reopen the last workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, autosave_ms: int, reopen_last: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.delay = QSpinBox()
        self.delay.setRange(200, 5000)
        self.delay.setSingleStep(100)
        self.delay.setSuffix(self.tr(" ms"))
        self.delay.setValue(autosave_ms)
        self.reopen = QCheckBox(self.tr("Open the last workspace on start"))
        self.reopen.setChecked(reopen_last)
        form.addRow(self.tr("Save typing after a pause of"), self.delay)
        form.addRow(self.reopen)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def get_preferences(
        cls, parent: QWidget | None, autosave_ms: int, reopen_last: bool
    ) -> tuple[tuple[int, bool], bool]:
        dialog = cls(parent, autosave_ms, reopen_last)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.delay.value(), dialog.reopen.isChecked()), ok
