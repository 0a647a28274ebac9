"""The Preflight dock: what `briefing check` finds in a book, each finding a way to the fix."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.store import Workspace
from ui.common.labels import label_of
from ui.i18n import tr
from ui.issuing.checker import CheckResult, PreflightChecker
from ui.issuing.findings import FindingsList, things_to_check

#: after an edit is saved, wait this long for more before checking again
RECHECK_MS = 1200


class PreflightPanel(QWidget):
    #: (book id, kind, ref): the user wants to fix this finding
    chosen = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflight-panel")
        self.ws: Workspace | None = None
        self.checker: PreflightChecker | None = None
        self._connection: QMetaObject.Connection | None = None  # to the checker's results
        self.serial = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.book = QComboBox()
        self.book.setObjectName("preflight-book")
        self.book.setToolTip(self.tr("The book to check"))
        self.book.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.book.setMinimumContentsLength(12)
        self.book.currentIndexChanged.connect(lambda _i: self.refresh())
        self.again = QPushButton(self.tr("Check &Again"))
        self.again.setObjectName("preflight-again")
        self.again.clicked.connect(self.refresh)
        top.addWidget(self.book, 1)
        top.addWidget(self.again)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("preflight-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = FindingsList()
        self.list.chosen.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.set_workspace(None, None)

    # ------------------------------------------------------------------ workspace and book

    def set_workspace(self, ws: Workspace | None, checker: PreflightChecker | None) -> None:
        self._disconnect_checker()
        self.ws, self.checker = ws, checker
        if checker is not None:
            self._connection = checker.checked.connect(self._checked)
        self.reload_books()
        if ws is None:
            self.list.show_findings([])
            self.status.setText(self.tr("No workspace is open."))

    def _disconnect_checker(self) -> None:
        """Take no more results. By the connection, not by ``checked.disconnect(slot)``: that
        raises SystemError when this panel's C++ object is already deleted (a window torn down
        before its session) and warns when the slot is not connected."""
        connection, self._connection = self._connection, None
        if connection is not None:
            QObject.disconnect(connection)  # False, never an error, if either end is gone

    def reload_books(self, select: int | None = None) -> None:
        """Refill the book list (titles change, books come and go), keeping the choice."""
        keep = select if select is not None else self.book_id()
        self.book.blockSignals(True)
        self.book.clear()
        for book_id, title, status, _start in (
            self.ws.books.summaries() if self.ws is not None else []
        ):
            self.book.addItem(f"{title} ({label_of(status)})", book_id)
        index = self.book.findData(keep) if keep is not None else -1
        self.book.setCurrentIndex(index if index >= 0 else 0 if self.book.count() else -1)
        self.book.blockSignals(False)
        self.book.setEnabled(self.book.count() > 0)
        self.again.setEnabled(self.book.count() > 0)

    def book_id(self) -> int | None:
        data = self.book.currentData()
        return int(data) if data is not None else None

    def show_book(self, book_id: int) -> None:
        """Follow the book being edited."""
        if book_id == self.book_id():
            return
        index = self.book.findData(book_id)
        if index < 0:
            self.reload_books(select=book_id)
            self.refresh()
        else:
            self.book.setCurrentIndex(index)  # refreshes

    # ------------------------------------------------------------------ checking

    def schedule(self) -> None:
        """Something was saved: check again once the edits pause (if anyone is looking)."""
        if self.isVisible() and self.checker is not None:
            self.timer.start()

    def refresh(self) -> None:
        self.timer.stop()
        book_id = self.book_id()
        if self.checker is None or book_id is None:
            self.list.show_findings([])
            if self.ws is not None:
                self.status.setText(self.tr("The workspace has no book to check."))
            return
        self.serial = self.checker.request(book_id)
        self.status.setText(self.tr("Checking…"))

    def _checked(self, result: CheckResult) -> None:
        # the checker is shared (the export dialog asks too): any answer about this book at
        # least as new as the panel's question will do
        if result.serial < self.serial:
            return
        if result.book_id != self.book_id():  # another book's check replaced the panel's
            mine = self.book_id()
            if result.serial > self.serial and self.checker is not None and mine is not None:
                self.serial = self.checker.request(mine)
            return
        self.serial = result.serial
        if result.error == "gone":
            self.reload_books()
            self.refresh()
            return
        if result.error:
            self.list.show_findings([])
            self.status.setText(self.tr("The check failed: %s") % result.error)
            return
        self.list.show_findings(result.findings)
        self.status.setText(summary(self, len(result.findings), result.complete))

    def _chosen(self, kind: str, ref: object) -> None:
        book_id = self.book_id()
        if book_id is not None:
            self.chosen.emit(book_id, kind, ref)


def summary(widget: QWidget, count: int, complete: bool) -> str:
    if count == 0:
        text = tr("Nothing to fix.")
    else:
        text = tr("%s; double-click one to go to it.") % things_to_check(count)
    if not complete:
        text += " " + tr("(Measuring brief lengths…)")
    return text
