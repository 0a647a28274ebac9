"""Which book the Book menu acts on, and going to the place a preflight finding names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.common import messages
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.shell.host import WindowHost


def current_book_id(host: WindowHost, *, ask: bool = True) -> int | None:
    """The book open in the book editor; else the workspace's only book; else None (and,
    with ``ask``, a message saying to open one)."""
    session = host.session
    if session is None:
        return None
    book = host.current_book()
    if book is not None and book.id is not None:
        return book.id
    books = session.ws.books.summaries()
    if len(books) == 1:
        return books[0][0]
    if ask:
        messages.info(
            host.window,
            tr("Which book?"),
            tr("Open the book in the library first (Books tab)."),
        )
    return None


def go_to_finding(host: WindowHost, book_id: int, kind: str, ref: int | None) -> None:
    """Show the record a finding is about, in the editor where it is fixed: a section in the
    book's outline, a commitment in the tracker, a person in the person editor, a record in
    its meeting; a finding about the book as a whole opens the book."""
    if host.session is None:
        return
    if kind in ("section", "commitment", "person", "item") and ref is not None:
        host.go_to(kind, int(ref))
    else:
        host.open_record("book", book_id)
