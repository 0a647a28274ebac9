"""Marking a book final (or back to draft) from the app: refused while a section is not
cleared, unless the user gives a reason, which goes into the clearance trail."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from briefing import clearance
from briefing.errors import BriefingError
from briefing.model import BookStatus
from ui.common import messages
from ui.i18n import said
from ui.session.session import Session


def actor() -> str:
    """Who records a clearance step from this app: the login name."""
    return getpass.getuser()


def ask_reason(parent: QWidget, refusal: str) -> tuple[str, bool]:
    """The reason for marking final over sections not cleared (stubbed in tests)."""
    return QInputDialog.getText(
        parent,
        parent.tr("Mark the Book Final"),
        parent.tr("%s.\n\nReason for marking it final now:") % refusal,
        QLineEdit.EchoMode.Normal,
    )


def set_book_status(parent: QWidget, session: Session, book_id: int, status: BookStatus) -> bool:
    """True when the status was changed (and recorded)."""
    if session.readonly:
        session.report_error(parent.tr("The workspace is open read-only; changes cannot be made."))
        return False
    try:
        if status is BookStatus.DRAFT:
            clearance.mark_draft(session.ws, book_id, actor())
            return True
        try:
            clearance.mark_final(session.ws, book_id, actor())
            return True
        except clearance.ClearanceError as exc:
            reason, ok = ask_reason(parent, said(exc))
            if not ok or not reason.strip():
                return False
            clearance.mark_final(session.ws, book_id, actor(), override_reason=reason)
            return True
    except BriefingError as exc:
        messages.error(parent, parent.tr("Book Status"), said(exc))
        return False
