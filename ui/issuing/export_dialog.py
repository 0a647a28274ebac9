"""Book ▸ Export…: preflight findings, the export's choices, a progress bar with a working
Cancel, and what was written.

The export is prepared (checked and composed) on the GUI thread, run on a worker thread
(:mod:`ui.issuing.export_worker`) and recorded in the workspace back on the GUI thread.
Cancelling, a refused request or a failed write leave no file behind (the core stages every
file and puts them in place only when all are ready).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.issuing.job import (
    ExportJob,
    ExportResult,
    IssuingError,
    MissingGlyphs,
    WrittenFile,
)
from briefing.issuing.versions import issued_versions
from briefing.store import WorkspaceError
from ui.common import messages
from ui.common.settings import AppSettings
from ui.i18n import said
from ui.issuing.checker import CheckResult, PreflightChecker
from ui.issuing.export_options import ExportOptions
from ui.issuing.export_summary import ExportSummary, show_in_folder
from ui.issuing.export_worker import ExportWorker
from ui.issuing.findings import FindingsList, things_to_check
from ui.session.session import Session

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """A failed export said for a person: the core's message, or the OS's about a file."""
    if isinstance(exc, OSError) and exc.strerror:
        name = f"{exc.filename}: " if exc.filename else ""
        return f"{name}{exc.strerror}."
    return said(exc) or type(exc).__name__


class ExportDialog(QDialog):
    #: the user chose a finding to fix: (kind, ref); the dialog closes
    go_to = Signal(str, object)

    def __init__(
        self,
        parent: QWidget | None,
        session: Session,
        book_id: int,
        settings: AppSettings,
        checker: PreflightChecker | None,
        flush: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.session, self.book_id, self.settings = session, book_id, settings
        self.flush = flush or session.saver.flush
        self.flush()
        book = session.ws.books.get(book_id)
        self.setWindowTitle(self.tr("Export “%s”") % book.title)
        self.worker: ExportWorker | None = None
        self.job: ExportJob | None = None
        self._close_when_stopped = False
        self.findings_count = 0
        self._problem = ""
        layout = QVBoxLayout(self)

        # ---- preflight, at the top: what to check before the book goes out
        self.preflight = QFrame()
        self.preflight.setObjectName("export-preflight")
        self.preflight.setFrameShape(QFrame.Shape.StyledPanel)
        pbox = QVBoxLayout(self.preflight)
        head = QHBoxLayout()
        self.preflight_icon = QLabel()
        self.preflight_text = QLabel(self.tr("Checking the book…"))
        self.preflight_text.setObjectName("export-preflight-text")
        self.preflight_text.setWordWrap(True)
        head.addWidget(self.preflight_icon)
        head.addWidget(self.preflight_text, 1)
        pbox.addLayout(head)
        self.findings = FindingsList()
        self.findings.hide()
        self.findings.chosen.connect(self._finding_chosen)
        pbox.addWidget(self.findings)
        layout.addWidget(self.preflight)

        # ---- the choices, then the summary of what was written
        folder = Path(settings.last_export_dir or Path.home())
        if not folder.is_dir():
            folder = Path.home()
        versions = issued_versions(session.ws, book_id)
        self.options = ExportOptions(
            book, (versions[-1].number if versions else 0) + 1, folder, session.readonly
        )
        self.options.changed.connect(self._update)
        self.options.folder_chosen.connect(self._remember_folder)
        self.summary = ExportSummary()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.options)
        self.pages.addWidget(self.summary)
        layout.addWidget(self.pages, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("export-progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("export-start")
        self.export_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("Show in &Folder"))
        self.folder_button.setObjectName("show-in-folder")
        self.folder_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("export-close")
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.folder_button.hide()  # until there is a folder to show
        self.export_button.clicked.connect(self.start)
        self.folder_button.clicked.connect(self._show_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.checker = checker
        self.check_serial = 0
        self._check_connection: QMetaObject.Connection | None = None
        if checker is not None:
            self._check_connection = checker.checked.connect(self._checked)
            self.check_serial = checker.request(book_id)
        else:
            self.preflight_text.setText(self.tr("The book could not be checked."))
        self._update()
        self.resize(920, 700)

    # ------------------------------------------------------------------ preflight

    def _checked(self, result: CheckResult) -> None:
        if result.book_id != self.book_id or result.serial < self.check_serial:
            return
        self.check_serial = result.serial
        if result.error:
            self.preflight_text.setText(self.tr("The book could not be checked: %s") % result.error)
            return
        self.findings_count = n = len(result.findings)
        style = self.style()
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MessageBoxWarning if n else pixmap.SP_DialogApplyButton
        self.preflight_icon.setPixmap(style.standardIcon(icon).pixmap(22, 22))
        if n:
            text = self.tr(
                "<b>%s</b> — export anyway, or double-click one to go and fix it first."
            ) % things_to_check(n)
        else:
            text = self.tr("<b>Preflight found nothing to fix.</b>")
        if not result.complete:
            text += " " + self.tr("(Measuring brief lengths…)")
        self.preflight_text.setText(text)
        self.findings.show_findings(result.findings)
        self.findings.setVisible(bool(n))
        if n:  # as tall as four findings at most; the list scrolls beyond
            rows = sum(self.findings.sizeHintForRow(r) for r in range(min(n, 4)))
            self.findings.setFixedHeight(rows + 2 * self.findings.frameWidth() + 4)
        self._update()

    def _finding_chosen(self, kind: str, ref: object) -> None:
        if self.worker is not None:
            return  # not while exporting
        self.go_to.emit(kind, ref)
        self.reject()

    # ------------------------------------------------------------------ exporting

    def _update(self) -> None:
        running = self.worker is not None
        problem = self.options.problem()
        on_summary = self.pages.currentWidget() is self.summary
        self.export_button.setVisible(not on_summary)
        self.export_button.setEnabled(not running and not problem)
        self.export_button.setText(
            self.tr("&Export Anyway") if self.findings_count else self.tr("&Export")
        )
        self.options.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel Export") if running else self.tr("Close"))
        if not running and not on_summary:  # what stops the export; else the last news stays
            if problem:
                self.status.setText(problem)
            elif self.status.text() == self._problem:
                self.status.clear()
            self._problem = problem

    def start(self) -> None:
        if self.worker is not None or self.options.problem():
            return
        self.flush()  # the last keystrokes are in the book
        request = self.options.request(self.book_id)
        existing = [p for p in self.options.targets() if p.exists()]
        if len(existing) == 1:
            question = self.tr("%s already exists. Replace it?") % existing[0]
        else:
            question = self.tr("%d files already exist, such as %s. Replace them?") % (
                len(existing),
                existing[0] if existing else "",
            )
        if existing and not messages.ask(
            self, self.tr("Replace files?"), question, self.tr("Replace"), self.tr("Keep Them")
        ):
            return
        try:
            try:
                job = ExportJob.prepare(self.session.ws, request)
            except MissingGlyphs as missing:
                if not messages.ask(
                    self,
                    self.tr("Print empty boxes?"),
                    str(missing).replace(" (--allow-missing-glyphs)", ""),
                    self.tr("Export with Boxes"),
                    self.tr("Cancel"),
                ):
                    return
                request.allow_missing_glyphs = True
                job = ExportJob.prepare(self.session.ws, request)
        except (IssuingError, WorkspaceError, OSError) as exc:
            messages.error(self, self.tr("Cannot export"), error_text(exc))
            return
        self.job = job
        self.worker = ExportWorker(job, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.failed.connect(self._failed)
        self.progress.setRange(0, max(1, job.total_steps))
        self.progress.setValue(0)
        self.progress.show()
        count = len(self.options.targets())
        self.status.setText(
            self.tr("Writing 1 file…") if count == 1 else self.tr("Writing %d files…") % count
        )
        self._update()
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _stopped(self) -> None:
        if self.worker is not None:
            self.worker.wait(5)
            self.worker.deleteLater()
        self.worker = None
        self.progress.hide()
        self._update()

    def _finished(self, files: list[WrittenFile]) -> None:
        job = self.job
        self._stopped()
        not_recorded = ""
        assert job is not None
        try:
            result = job.record(self.session.ws, files)
        except (IssuingError, WorkspaceError) as exc:
            log.warning("export written but not recorded", exc_info=True)
            result = ExportResult(files, None, job.pages, job.notices)
            not_recorded = self.tr("Written, but not recorded in the workspace: %s") % exc
        self.job = None
        if files:
            self._remember_folder(str(files[0].path.parent))
        self.summary.show_result(result, not_recorded)
        self.pages.setCurrentWidget(self.summary)
        self.preflight.hide()
        self.folder_button.show()
        self.status.clear()
        self._update()
        self.close_button.setFocus()
        if self._close_when_stopped:
            super().reject()

    def _cancelled(self) -> None:
        self._stopped()
        self.job = None
        self.status.setText(self.tr("Cancelled: no file was written."))
        if self._close_when_stopped:
            super().reject()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.job = None
        self.status.setText(self.tr("Not exported: no file was written."))
        messages.error(self, self.tr("Export failed"), error_text(exc))
        if self._close_when_stopped:
            super().reject()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.worker is not None:  # Cancel during an export cancels the export
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.worker is not None:  # closing the window: stop, then close
            self._close_when_stopped = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        # by the connection: ``checked.disconnect(slot)`` raises SystemError once this dialog's
        # C++ object is gone and warns when called twice
        connection, self._check_connection = self._check_connection, None
        if connection is not None:
            QObject.disconnect(connection)
        self.checker = None
        super().done(result)

    def _remember_folder(self, folder: str) -> None:
        self.settings.last_export_dir = folder

    def _show_folder(self) -> None:
        if self.summary.folder is not None:
            show_in_folder(self.summary.folder)
