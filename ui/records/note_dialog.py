"""A dated progress note on a commitment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from briefing.model import ProgressNote


class NoteDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress note"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.text = QLineEdit()
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("Where the fact comes from"))
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&What happened"), self.text)
        form.addRow(self.tr("&Evidence"), self.evidence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 160)

    def value(self) -> ProgressNote:
        d = self.date.date()
        return ProgressNote(
            dt.date(d.year(), d.month(), d.day()),
            self.text.text().strip(),
            self.evidence.text().strip(),
        )

    @classmethod
    def get_note(cls, parent: QWidget | None) -> tuple[ProgressNote, bool]:
        dialog = cls(parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok and bool(dialog.value().text)
