"""Import a press release: read it, draft it, say if it is already there, review, create.

The steps are the core's (:mod:`briefing.importers`); this module only asks the user at each
one and reports failures through :mod:`ui.messages`. The result is the id of the meeting to
show (the new one, or the one already in the workspace), or None.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from briefing.importers.duplicates import find_duplicate
from briefing.importers.errors import ImporterError
from briefing.importers.readers import ReadResult, read_file, read_pasted
from ui.common import messages
from ui.i18n import said, tr
from ui.importing.drafting import DraftJob
from ui.importing.paste import PasteReleaseDialog
from ui.importing.review import ImportReviewDialog
from ui.session.session import Session

log = logging.getLogger(__name__)

FILE_FILTER = "Press releases (*.txt *.docx *.pdf);;Text (*.txt);;Word (*.docx);;PDF (*.pdf)"


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def choose_file(parent: QWidget | None, start: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import Press Release"), start, tr(FILE_FILTER)
    )
    return path


def import_file(
    parent: QWidget | None, session: Session, path: str | Path | None = None
) -> int | None:
    """Ask for a .txt/.docx/.pdf file (unless given), then review and create its meeting."""
    if path is None:
        path = choose_file(parent)
        if not path:
            return None
    return _import(parent, session, lambda: read_file(path))


def import_pasted(parent: QWidget | None, session: Session, text: str | None = None) -> int | None:
    """Ask for pasted text (the clipboard's, to start with), then review and create."""
    if text is None:
        text, ok = PasteReleaseDialog.get_text(parent)
        if not ok:
            return None
    return _import(parent, session, lambda: read_pasted(text))


def _import(parent: QWidget | None, session: Session, read: Callable[[], ReadResult]) -> int | None:
    if session.readonly:
        messages.error(
            parent,
            tr("Cannot import"),
            tr("The workspace is open read-only; a meeting cannot be added."),
        )
        return None
    ws = session.ws
    drafted = DraftJob(read, ws.settings, ws.people.all()).run(parent)
    if drafted.cancelled:
        log.info("import cancelled while drafting")
        return None
    if drafted.error is not None or drafted.draft is None or drafted.result is None:
        messages.error(parent, tr("Cannot import the press release"), str(drafted.error))
        return None
    result, draft = drafted.result, drafted.draft
    try:
        with _busy():
            duplicate = find_duplicate(ws, draft.fingerprint)
    except ImporterError as exc:
        messages.error(parent, tr("Cannot import the press release"), said(exc))
        return None
    if duplicate is not None:
        log.info("import refused: duplicate of meeting %s", duplicate.meeting_id)
        if messages.ask(
            parent,
            tr("Already in the workspace"),
            tr(
                "This release is already in the workspace as the meeting of {label}.\n\n"
                "Open that meeting instead? Nothing will be imported."
            ).format(label=duplicate.label),
            tr("Open Meeting"),
            tr("Cancel"),
        ):
            return duplicate.meeting_id
        return None
    plan, ok = ImportReviewDialog.review(parent, draft, ws.settings, result.source, result.notes)
    if not ok or plan is None:
        return None
    if not session.push(plan.edit):
        return None
    log.info("imported %s", plan.summary)
    return plan.edit.record_id
