"""What an export wrote: the files (copy, recipient, SHA-256), the version, the notices."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.issuing.job import ExportResult


def show_in_folder(folder: Path) -> None:
    """Open the folder in the desktop's file manager (tests replace QDesktopServices.openUrl)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportSummary(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("export-summary")
        self.folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setObjectName("export-headline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.files = QTableWidget(0, 4)
        self.files.setObjectName("written-files")
        self.files.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Copy"), self.tr("Recipient"), self.tr("SHA-256")]
        )
        self.files.verticalHeader().hide()
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.files, 1)
        self.notices = QLabel()
        self.notices.setObjectName("export-notices")
        self.notices.setWordWrap(True)
        layout.addWidget(self.notices)

    def show_result(self, result: ExportResult, not_recorded: str = "") -> None:
        files = result.files
        self.folder = files[0].path.parent if files else None
        where = str(self.folder) if self.folder else ""
        if result.version is not None:
            text = self.tr("<b>Issued as version v{v}</b>: {n}, {pages} pages, in {where}.")
        else:
            text = self.tr("<b>Exported</b>: {n}, {pages} pages, in {where}.")
        count = self.tr("1 file") if len(files) == 1 else self.tr("%d files") % len(files)
        self.headline.setText(
            text.format(v=result.version, n=count, pages=result.pages, where=html.escape(where))
        )
        self.files.setRowCount(len(files))
        for row, f in enumerate(files):
            copy = self.tr("%d of %d") % (f.copy, f.copies) if f.copy else self.tr("—")
            cells = [f.path.name, copy, f.recipient, f.sha256[:16] + "…"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(f.path) if column == 0 else f.sha256 if column == 3 else text)
                self.files.setItem(row, column, item)
        notes = list(result.notices)
        if not_recorded:
            notes.insert(0, not_recorded)
        self.notices.setText("\n".join(f"• {n}" for n in notes))
        self.notices.setVisible(bool(notes))
