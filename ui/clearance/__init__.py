"""Clearance and the Word review round trip in the app: Book ▸ Clearance…, Send for
Review…, Apply Returned Review…. :func:`install` adds the actions through the window's host;
the work is :mod:`briefing.clearance`'s and :mod:`briefing.review`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from briefing.errors import BriefingError
from briefing.model import RecordKind
from briefing.review.apply import apply_review, plan_review
from briefing.review.make import make_review
from ui.book.final import actor
from ui.clearance.dialog import ClearanceDialog
from ui.clearance.review import ApplyReviewDialog, SendDialog
from ui.common import messages
from ui.i18n import said, tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


class ClearanceActions(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.dialog: QObject | None = None  # the one open, for tests
        self.clearance_action = self._action(tr("C&learance…"), self.show_clearance, "clearance")
        self.clearance_action.setToolTip(
            tr("Request clearance of the briefs, record answers, see the clearance trail")
        )
        self.send_action = self._action(tr("Sen&d for Review…"), self.send_for_review, "review")
        self.send_action.setToolTip(tr("Write a Word document of the briefs for the clearers"))
        self.apply_action = self._action(
            tr("&Apply Returned Review…"), self.apply_returned, "apply_review"
        )
        self.apply_action.setToolTip(tr("Bring a review document back from Word"))
        host.add_actions("book/issue", [self.clearance_action, self.send_action, self.apply_action])

    def _action(self, text: str, slot, name: str) -> QAction:  # noqa: ANN001
        action = QAction(text, self.host.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def book_id(self) -> int | None:
        """The book open in the editor, else the workspace's only book."""
        session = self.host.session
        if session is None:
            return None
        book = self.host.current_book()
        if book is not None and book.id is not None:
            return book.id
        books = session.ws.books.summaries()
        if len(books) == 1:
            return books[0][0]
        messages.info(
            self.host.window, tr("Which book?"), tr("Open the book in the library first.")
        )
        return None

    def refresh(self, book_id: int) -> None:
        session = self.host.session
        if session is not None:
            session.record_changed.emit(RecordKind.BOOK, book_id)

    def show_clearance(self) -> None:
        book_id = self.book_id()
        session = self.host.session
        if book_id is None or session is None:
            return
        self.host.save_pending()
        dialog = ClearanceDialog(session, book_id, self.host.window)
        dialog.changed.connect(self.refresh)
        self.dialog = dialog
        dialog.exec()
        self.dialog = None

    # the file dialogs, replaced in tests
    def ask_save_path(self, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self.host.window, tr("Send for Review"), suggested, tr("Word document (*.docx)")
        )
        return name

    def ask_open_path(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self.host.window, tr("Apply Returned Review"), "", tr("Word document (*.docx)")
        )
        return name

    def send_for_review(self) -> None:
        book_id = self.book_id()
        session = self.host.session
        if book_id is None or session is None:
            return
        self.host.save_pending()
        book = session.ws.books.get(book_id)
        dialog = SendDialog(book, self.host.window)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        ids = dialog.chosen()
        if not accepted or not ids:
            return
        folder = session.ws.path.parent
        name = self.ask_save_path(str(folder / f"{book.title[:60]} - for review.docx"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        try:
            sent = make_review(session.ws, book_id, path, ids, actor())
        except (BriefingError, OSError) as exc:
            messages.error(self.host.window, tr("Send for Review"), said(exc))
            return
        self.refresh(book_id)
        messages.info(
            self.host.window,
            tr("Send for Review"),
            tr("Wrote %1 (%2 section(s)).")
            .replace("%1", str(path))
            .replace("%2", str(len(sent.sections))),
        )

    def apply_returned(self) -> None:
        book_id = self.book_id()
        session = self.host.session
        if book_id is None or session is None:
            return
        self.host.save_pending()
        name = self.ask_open_path()
        if not name:
            return
        path = Path(name)
        try:
            plan = plan_review(session.ws, path.read_bytes(), path.name, book_id)
        except (BriefingError, OSError) as exc:
            messages.error(self.host.window, tr("Apply Returned Review"), said(exc))
            return
        dialog = ApplyReviewDialog(plan, self.host.window)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog = None
        if not accepted:
            return
        try:
            apply_review(session.ws, plan, dialog.chosen(), actor())
        except BriefingError as exc:
            messages.error(self.host.window, tr("Apply Returned Review"), said(exc))
            return
        self.refresh(book_id)


def install(host: WindowHost) -> ClearanceActions:
    return ClearanceActions(host)
