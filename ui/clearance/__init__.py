"""Clearance and the Word review round trip in the app: Book ▸ Clearance…, Send for
Review…, Apply Returned Review…. :func:`install` adds the actions through the window's host;
the work is :mod:`briefing.clearance`'s and :mod:`briefing.review`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from briefing.model import RecordKind
from ui.clearance.dialog import ClearanceDialog
from ui.common import messages

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


def tr(text: str) -> str:
    return QCoreApplication.translate("Clearance", text)


class ClearanceActions(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.dialog: QObject | None = None  # the one open, for tests
        self.clearance_action = self._action(tr("C&learance…"), self.show_clearance, "clearance")
        self.clearance_action.setToolTip(
            tr("Request clearance of the briefs, record answers, see the clearance trail")
        )
        host.add_actions("book/issue", [self.clearance_action])

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


def install(host: WindowHost) -> ClearanceActions:
    return ClearanceActions(host)
