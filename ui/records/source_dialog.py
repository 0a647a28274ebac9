"""Paste or attach the text of a source document (press release, joint statement)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from briefing.model import SourceDocument


class SourceDialog(QDialog):
    def __init__(self, parent: QWidget | None, source: SourceDocument | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source document"))
        source = source or SourceDocument(title="")
        form = QFormLayout(self)
        self.title = QLineEdit(source.title)
        self.issuer = QLineEdit(source.issuer)
        self.dated = QCheckBox(self.tr("Issued on"))
        self.issue_date = QDateEdit()
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("d MMMM yyyy")
        self.dated.setChecked(source.issue_date is not None)
        if source.issue_date:
            d = source.issue_date
            self.issue_date.setDate(QDate(d.year, d.month, d.day))
        else:
            self.issue_date.setDate(QDate.currentDate())
        self.text = QPlainTextEdit(source.text)
        if not source.text:
            clip = QGuiApplication.clipboard().text() if QGuiApplication.clipboard() else ""
            self.text.setPlainText(clip)
        attach = QPushButton(self.tr("Read from a text file…"))
        attach.clicked.connect(self._attach)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Issuer"), self.issuer)
        form.addRow(self.dated, self.issue_date)
        form.addRow(self.tr("Te&xt"), self.text)
        form.addRow("", attach)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 480)
        self._id = source.id

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach text"), "", self.tr("Text files (*.txt *.md);;All files (*)")
        )
        if path:
            self.text.setPlainText(Path(path).read_text(encoding="utf-8", errors="replace"))
            if not self.title.text():
                self.title.setText(Path(path).stem)

    def value(self) -> SourceDocument:
        d = self.issue_date.date()
        import datetime as dt

        return SourceDocument(
            title=self.title.text().strip() or self.tr("Untitled source"),
            issuer=self.issuer.text().strip(),
            issue_date=dt.date(d.year(), d.month(), d.day()) if self.dated.isChecked() else None,
            text=self.text.toPlainText(),
            id=self._id,
        )

    @classmethod
    def get_source(
        cls, parent: QWidget | None, source: SourceDocument | None = None
    ) -> tuple[SourceDocument, bool]:
        dialog = cls(parent, source)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), ok
