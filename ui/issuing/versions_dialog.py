"""Book ▸ Versions…: the book's issued versions, what changed between them, the changes sheet,
the issued PDFs, and the distribution log of every file written."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.files.atomic import write_atomic
from briefing.issuing.job import distribution_log
from briefing.issuing.versions import changes, issued_pdf, issued_versions
from briefing.issuing.versions import write_changes_sheet as write_sheet
from briefing.model import IssuedVersion
from briefing.store import WorkspaceError
from ui.common import messages
from ui.common.settings import AppSettings
from ui.i18n import said
from ui.issuing.changes_view import ChangesView
from ui.issuing.export_options import file_stem
from ui.session.session import Session

log = logging.getLogger(__name__)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NOW = -1  # the "to" side of a comparison: the book as it is now


def local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%d %b %Y, %H:%M")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], tips: list[list[str]] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if tips and tips[r][c]:
                item.setToolTip(tips[r][c])
            table.setItem(r, c, item)


class VersionsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, session: Session, book_id: int, settings: AppSettings
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versions-dialog")
        self.session, self.book_id, self.settings = session, book_id, settings
        session.saver.flush()
        self.book = session.ws.books.get(book_id)
        self.setWindowTitle(self.tr("Versions of “%s”") % self.book.title)
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # ---- versions and changes
        page = QWidget()
        box = QVBoxLayout(page)
        self.versions = _table(
            [self.tr("Version"), self.tr("Issued"), self.tr("Pages"), self.tr("Marking")],
            "issued-versions",
        )
        self.versions.itemSelectionChanged.connect(self._selection_changed)
        self.versions.doubleClicked.connect(lambda _i: self.changes_since_selected())
        row = QHBoxLayout()
        self.since_button = QPushButton(self.tr("&Changes Since This Version"))
        self.since_button.setObjectName("changes-since")
        self.since_button.clicked.connect(self.changes_since_selected)
        self.open_pdf_button = QPushButton(self.tr("&Open Issued PDF…"))
        self.open_pdf_button.setObjectName("open-issued-pdf")
        self.open_pdf_button.setToolTip(
            self.tr("Save the PDF exactly as it was issued (without copy numbers or password)")
        )
        self.open_pdf_button.clicked.connect(self.open_issued_pdf)
        row.addWidget(self.since_button)
        row.addWidget(self.open_pdf_button)
        row.addStretch(1)
        top = QWidget()
        tbox = QVBoxLayout(top)
        tbox.setContentsMargins(0, 0, 0, 0)
        tbox.addWidget(self.versions, 1)
        tbox.addLayout(row)

        bottom = QWidget()
        bbox = QVBoxLayout(bottom)
        bbox.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.since = QComboBox()
        self.since.setObjectName("changes-from")
        self.until = QComboBox()
        self.until.setObjectName("changes-to")
        from_label = QLabel(self.tr("Changes &from"))
        from_label.setBuddy(self.since)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.until)
        self.sheet_button = QPushButton(self.tr("&Save Changes Sheet…"))
        self.sheet_button.setObjectName("save-changes-sheet")
        self.sheet_button.setToolTip(
            self.tr("A one-page PDF naming the briefs that changed, so only those are reprinted")
        )
        self.sheet_button.clicked.connect(self.save_changes_sheet)
        for w in (from_label, self.since, to_label, self.until):
            pick.addWidget(w)
        pick.addStretch(1)
        pick.addWidget(self.sheet_button)
        bbox.addLayout(pick)
        self.changes = ChangesView()
        bbox.addWidget(self.changes, 1)
        self.since.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.until.currentIndexChanged.connect(lambda _i: self.show_changes())

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([180, 380])
        box.addWidget(split, 1)
        self.tabs.addTab(page, self.tr("&Versions and Changes"))

        # ---- distribution log
        log_page = QWidget()
        lbox = QVBoxLayout(log_page)
        intro = QLabel(
            self.tr("Every file written from this book, newest first, with its SHA-256.")
        )
        intro.setWordWrap(True)
        lbox.addWidget(intro)
        self.log = _table(
            [
                self.tr("Written"),
                self.tr("Version"),
                self.tr("Copy"),
                self.tr("Recipient"),
                self.tr("Format"),
                self.tr("SHA-256"),
                self.tr("File"),
            ],
            "distribution-log",
        )
        lbox.addWidget(self.log, 1)
        self.tabs.addTab(log_page, self.tr("&Distribution Log"))

        self.status = QLabel()
        self.status.setObjectName("versions-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        ws = self.session.ws
        self.issued: list[IssuedVersion] = issued_versions(ws, self.book_id)
        _fill(
            self.versions,
            [
                [f"v{v.number}", local(v.issued_at), str(v.pages), v.classification]
                for v in self.issued
            ],
        )
        for r in range(self.versions.rowCount()):
            self.versions.item(r, 2).setTextAlignment(_RIGHT)
        entries = list(reversed(distribution_log(ws, self.book_id)))
        _fill(
            self.log,
            [
                [
                    local(e.written_at),
                    f"v{e.version}" if e.version is not None else "—",
                    self.tr("%d of %d") % (e.copy, e.copies) if e.copy else "—",
                    e.recipient,
                    e.format.upper(),
                    e.sha256[:12],
                    Path(e.path).name,
                ]
                for e in entries
            ],
            [["", "", "", "", "", e.sha256, e.path] for e in entries],
        )
        for combo in (self.since, self.until):
            combo.blockSignals(True)
            combo.clear()
        for v in self.issued:
            self.since.addItem(f"v{v.number}", v.number)
            self.until.addItem(f"v{v.number}", v.number)
        self.until.addItem(self.tr("the book now"), NOW)
        if self.issued:
            latest = len(self.issued) - 1
            self.since.setCurrentIndex(max(0, latest - 1))
            self.until.setCurrentIndex(latest if latest > 0 else self.until.count() - 1)
            self.versions.selectRow(latest)
        for combo in (self.since, self.until):
            combo.blockSignals(False)
        has = bool(self.issued)
        for w in (self.since, self.until, self.sheet_button):
            w.setEnabled(has)
        self._selection_changed()
        self.show_changes()
        if not has:
            self.changes.setHtml(
                self.tr(
                    "<p>This book has not been issued yet. Export it with “Record as issued "
                    "version” ticked (Book ▸ Export…) to keep what was issued.</p>"
                )
            )

    def selected(self) -> IssuedVersion | None:
        rows = self.versions.selectionModel().selectedRows()
        return self.issued[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.since_button.setEnabled(chosen)
        self.open_pdf_button.setEnabled(chosen)

    # ------------------------------------------------------------------ changes

    def _pair(self) -> tuple[int, int | None] | None:
        since, until = self.since.currentData(), self.until.currentData()
        if since is None or until is None:
            return None
        return int(since), None if until == NOW else int(until)

    def changes_since_selected(self) -> None:
        """Compare the selected version with the latest (or with the book now, if it is the
        latest)."""
        version = self.selected()
        if version is None:
            return
        self.since.setCurrentIndex(self.since.findData(version.number))
        latest = self.issued[-1].number
        self.until.setCurrentIndex(self.until.findData(latest if latest > version.number else NOW))
        self.show_changes()

    def show_changes(self) -> None:
        pair = self._pair()
        if pair is None:
            self.changes.show_changes([], "", "")
            return
        since, until = pair
        if until is not None and until <= since:
            self.changes.changes = []
            self.changes.setHtml(self.tr("<p>Choose a later version on the right.</p>"))
            self.sheet_button.setEnabled(False)
            return
        self.sheet_button.setEnabled(True)
        self.session.saver.flush()
        try:
            found = changes(self.session.ws, self.book_id, since, until)
        except (WorkspaceError, KeyError) as exc:
            self.changes.changes = []
            self.changes.setHtml(self.tr("<p>Cannot compare: %s</p>") % exc)
            return
        self.changes.show_changes(found, self.since.currentText(), self.until.currentText())

    def save_changes_sheet(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        since, until = pair
        later = "now" if until is None else f"v{until}"
        name = f"{file_stem(self.book.title)}-changes-v{since}-{later}.pdf"
        path = self._ask_path(self.tr("Save the changes sheet as"), name)
        if path is None:
            return
        out = io.BytesIO()
        try:
            pages = write_sheet(self.session.ws, self.book_id, since, until, out)
            write_atomic(path, out.getvalue())
        except (WorkspaceError, OSError) as exc:
            messages.error(self, self.tr("Changes sheet not saved"), _said(exc))
            return
        sheets = self.tr("1 page") if pages == 1 else self.tr("%d pages") % pages
        self.status.setText(self.tr("Saved %s (%s).") % (path, sheets))

    # ------------------------------------------------------------------ issued PDF

    def open_issued_pdf(self) -> None:
        version = self.selected()
        if version is None:
            return
        path = self._ask_path(
            self.tr("Save the PDF of v%d as (it has no password)") % version.number,
            f"{file_stem(self.book.title)}-v{version.number}.pdf",
        )
        if path is None:
            return
        try:
            write_atomic(path, issued_pdf(self.session.ws, self.book_id, version.number))
        except (WorkspaceError, KeyError, OSError) as exc:
            messages.error(self, self.tr("Issued PDF not saved"), _said(exc))
            return
        self.status.setText(self.tr("Saved %s.") % path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _ask_path(self, title: str, name: str) -> Path | None:
        folder = Path(self.settings.last_export_dir or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), "PDF (*.pdf)")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.settings.last_export_dir = str(path.parent)
        return path


def _said(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename or ''}: {exc.strerror}." if exc.filename else f"{exc.strerror}."
    return said(exc)
