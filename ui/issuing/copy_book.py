"""Book ▸ Copy Book for Next Visit…: a past book as the start of the next visit's book.

The core makes the copy (:func:`briefing.versions.copy_book`: same sections, texts, programme
and counterparts, everything back to draft, no issued versions). The new book then goes on
the undo stack as its creation, so Undo removes it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from briefing.edits import BookEdit
from briefing.issuing.versions import copy_book
from briefing.store import WorkspaceError
from ui.common import messages
from ui.i18n import said, tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


class CopyBookDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("copy-book-dialog")
        self.setWindowTitle(self.tr("Copy Book for Next Visit"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "A new draft book with the sections, texts, programme and counterparts of "
                "<b>{title}</b>. Every section starts again as a draft; issued versions stay "
                "with the old book. Change the dates and the programme for the new visit."
            ).format(title=title.replace("<", "&lt;"))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        label = QLabel(self.tr("&Title of the new book:"))
        self.title = QLineEdit(tr("{title} (next visit)").format(title=title))
        self.title.setObjectName("copy-title")
        self.title.selectAll()
        label.setBuddy(self.title)
        layout.addWidget(label)
        layout.addWidget(self.title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("copy-ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    @classmethod
    def get_title(cls, parent: QWidget | None, title: str) -> tuple[str, bool]:
        dialog = cls(parent, title)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return " ".join(dialog.title.text().split()), ok and bool(dialog.title.text().strip())


def copy_for_next_visit(host: WindowHost, book_id: int) -> int | None:
    """Ask the title, copy, open the new book in the book editor; its id (None: nothing done)."""
    session = host.session
    if session is None:
        return None
    if session.readonly:
        messages.error(
            host.window,
            tr("Read-only"),
            tr("The workspace is open read-only; a book cannot be added."),
        )
        return None
    host.save_pending()
    old = session.ws.books.get(book_id)
    title, ok = CopyBookDialog.get_title(host.window, old.title)
    if not ok:
        return None
    try:
        new = copy_book(session.ws, book_id, title)
    except WorkspaceError as exc:
        messages.error(host.window, tr("Not copied"), said(exc))
        return None
    # The copy exists; putting its creation on the undo stack saves it once more (unchanged)
    # and lets Undo delete it, Redo bring it back, like any new book.
    session.push(BookEdit(None, new, text=tr("Copy book “%s”") % old.title))
    host.open_record("book", new.id)  # type: ignore[arg-type]
    return new.id
