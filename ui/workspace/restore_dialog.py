"""File ▸ Restore from Backup…: choose one of the open workspace's backups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.safety.backup import BEFORE_RESTORE, Backup, summary

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreBackupDialog(QDialog):
    COLUMNS = ("meetings", "items", "books")

    def __init__(self, parent: QWidget | None, workspace_name: str, backups: list[Backup]):
        super().__init__(parent)
        self.setObjectName("restore-backup-dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(620, 420)
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup of <b>{name}</b> to go back to. What the workspace holds "
                "now is backed up first, so a restore can itself be undone from this list."
            ).format(name=workspace_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [
            self.tr("Taken"),
            self.tr("Meetings"),
            self.tr("Items"),
            self.tr("Books"),
            self.tr("Note"),
        ]
        self.table = QTableWidget(len(backups), len(headers))
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, b in enumerate(backups):
            counts = summary(b)
            cells = [b.local_time.strftime("%a %d %b %Y, %H:%M:%S")]
            cells += [str(counts[k]) if counts else "–" for k in self.COLUMNS]
            note = self.tr("before a restore") if b.tag == BEFORE_RESTORE else ""
            cells.append(note if counts else self.tr("unreadable"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < 4:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, item)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if backups:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def get_backup(
        cls, parent: QWidget | None, workspace_name: str, backups: list[Backup]
    ) -> tuple[Backup | None, bool]:
        dialog = cls(parent, workspace_name, backups)
        ok = dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() is not None
        return dialog.chosen(), ok
