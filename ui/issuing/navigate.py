"""Which book the Book menu acts on, and going to the place a preflight finding names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import messages

if TYPE_CHECKING:
    from ..main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("issuing", text)


def current_book_id(window: MainWindow, *, ask: bool = True) -> int | None:
    """The book open in the book editor; else the workspace's only book; else None (and,
    with ``ask``, a message saying to open one)."""
    session = window.session
    if session is None:
        return None
    editor = window.editors.get("book")
    book = getattr(editor, "book", None)
    if book is not None and book.id is not None:
        return book.id
    books = session.ws.books.summaries()
    if len(books) == 1:
        return books[0][0]
    if ask:
        messages.info(
            window,
            tr("Which book?"),
            tr("Open the book in the library first (Books tab)."),
        )
    return None


def go_to_finding(window: MainWindow, book_id: int, kind: str, ref: int | None) -> None:
    """Show the record a finding is about, in the editor where it is fixed: a section in the
    book's outline, a commitment in the tracker, a person in the person editor, a record in
    its meeting; a finding about the book as a whole opens the book."""
    if window.session is None:
        return
    if kind in ("section", "commitment", "person", "item") and ref is not None:
        window.go_to_hit(kind, int(ref))
    else:
        window.open_record("book", book_id)
