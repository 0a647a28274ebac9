"""Preferences: how soon typing is saved, whether to reopen the last workspace, after how many
idle minutes an encrypted workspace locks itself, and the interface's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from ui.i18n import LANGUAGES, system_language


class PreferencesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        autosave_ms: int,
        reopen_last: bool,
        lock_minutes: int = 10,
        language: str = "",
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
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("System default (%s)") % system, "")
        for code, name in LANGUAGES.items():  # each in its own script, as users look for it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language or "")))
        self.language.setToolTip(
            self.tr(
                "The language of menus, dialogs and messages; the window is built again "
                "with the open workspace"
            )
        )
        form.addRow(self.tr("&Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def get_preferences(
        cls,
        parent: QWidget | None,
        autosave_ms: int,
        reopen_last: bool,
        lock_minutes: int = 10,
        language: str = "",
    ) -> tuple[tuple[int, bool, int, str], bool]:
        dialog = cls(parent, autosave_ms, reopen_last, lock_minutes, language)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        values = (
            dialog.delay.value(),
            dialog.reopen.isChecked(),
            dialog.lock.value(),
            str(dialog.language.currentData() or ""),
        )
        return values, ok
