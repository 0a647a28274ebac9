"""Preferences: how soon typing is saved, whether to reopen the last workspace, and after
how many idle minutes an encrypted workspace locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, autosave_ms: int, reopen_last: bool, lock_minutes: int = 10
    ) -> None:
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
        self.lock = QSpinBox()
        self.lock.setObjectName("idle-lock")
        self.lock.setRange(0, 240)
        self.lock.setSuffix(self.tr(" min"))
        self.lock.setSpecialValueText(self.tr("never"))
        self.lock.setValue(lock_minutes)
        form.addRow(self.tr("Lock an encrypted workspace when idle for"), self.lock)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def get_preferences(
        cls, parent: QWidget | None, autosave_ms: int, reopen_last: bool, lock_minutes: int = 10
    ) -> tuple[tuple[int, bool, int], bool]:
        dialog = cls(parent, autosave_ms, reopen_last, lock_minutes)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.delay.value(), dialog.reopen.isChecked(), dialog.lock.value()), ok
