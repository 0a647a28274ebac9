"""``ws.books``: briefing books with their programme and ordered sections."""

from __future__ import annotations

import datetime as dt

from briefing.i18n import LANGUAGES
from briefing.model import Book, Section, format_date, time_problem
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.comments import reanchor_section
from briefing.store.errors import WorkspaceError
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository

#: the properties of a book that a field edit may set alone
BOOK_FIELDS = (
    "title", "occasion", "place", "start_date", "end_date", "principal", "classification",
    "caveat", "status", "paper", "prepared_by", "scope", "language", "native_digits",
)  # fmt: skip


def book_problem(book: Book) -> str | None:
    """Why a book cannot be saved as it is (dates, scope), or None."""
    if book.start_date and book.end_date and book.end_date < book.start_date:
        return "the visit cannot end before it starts"
    since = book.scope.since
    if since is not None and book.start_date is not None and since > book.start_date:
        return (
            f"the period the book covers cannot start ({format_date(since)}) after the visit "
            f"({format_date(book.start_date)})"
        )
    for _field, problem in book.scope.problems():
        return problem
    if book.language not in LANGUAGES:
        return f"'{book.language}' is not a book language ({', '.join(LANGUAGES)})"
    return None


class BooksRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search

    def save(self, book: Book) -> int:
        """Save a book with its ordered sections (which keep their ids) and programme."""
        for item in book.programme:
            problem = time_problem(item.time)
            if problem:
                raise WorkspaceError(f"programme of “{book.title}”: {problem}")
        problem = book_problem(book)
        if problem:
            raise WorkspaceError(f"“{book.title}”: {problem}")
        with self._db.transaction():
            conn = self._conn
            book.id = rows.upsert_record(conn, "books", book, rows.book_row(book))
            rows.replace_children(
                conn,
                "book_counterparts",
                "book_id",
                book.id,
                [{"person_id": p} for p in book.counterparts],
            )
            rows.replace_children(
                conn,
                "programme",
                "book_id",
                book.id,
                [
                    {
                        "day": rows.iso(p.day),
                        "time": p.time,
                        "activity": p.activity,
                        "lead": p.lead,
                        "press": int(p.press),
                    }
                    for p in book.programme
                ],
            )
            keep = set()
            for position, section in enumerate(book.sections):
                self._save_section(book.id, section, position)
                keep.add(section.id)
            for (sid,) in conn.execute(
                "SELECT id FROM sections WHERE book_id = ?", (book.id,)
            ).fetchall():
                if sid not in keep:
                    conn.execute("DELETE FROM sections WHERE id = ?", (sid,))
                    self._search.unindex("section", sid)
        return book.id

    def save_fields(self, book_id: int, values: dict[str, object]) -> None:
        """Set some of a book's properties (title, place, dates …) and nothing else."""
        unknown = set(values) - set(BOOK_FIELDS)
        if unknown:
            raise TypeError(f"not properties of a book: {', '.join(sorted(unknown))}")
        with self._db.transaction():
            book = self.get(book_id)
            for name, value in values.items():
                setattr(book, name, value)
            problem = book_problem(book)
            if problem:
                raise WorkspaceError(f"“{book.title}”: {problem}")
            row = rows.book_row(book)
            columns = [
                column
                for name in values
                for column in (rows.scope_row(book.scope) if name == "scope" else [name])
            ]
            sets = ", ".join(f"{c} = ?" for c in columns)
            self._conn.execute(
                f"UPDATE books SET {sets} WHERE id = ?", [*(row[c] for c in columns), book_id]
            )

    def save_section(self, book_id: int, section: Section) -> int:
        """Save one section's fields in place (appended if new)."""
        with self._db.transaction():
            row = None
            if section.id is not None:
                row = self._conn.execute(
                    "SELECT position FROM sections WHERE id = ?", (section.id,)
                ).fetchone()
            position = (
                row[0]
                if row
                else self._conn.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM sections WHERE book_id = ?",
                    (book_id,),
                ).fetchone()[0]
            )
            self._save_section(book_id, section, position)
        return section.id  # type: ignore[return-value]

    def save_section_texts(self, book_id: int, section_id: int, texts: dict[str, str]) -> None:
        """Write only the text fields of one section (the section editor's autosave path);
        its place, owner, status … stay as they are."""
        unknown = set(texts) - set(Section.TEXT_FIELDS)
        if unknown:
            raise TypeError(f"not text fields of a section: {', '.join(sorted(unknown))}")
        with self._db.transaction():
            section = self.section(book_id, section_id)
            for name, value in texts.items():
                setattr(section, name, value)
            sets = ", ".join(f"{name} = ?" for name in texts)
            self._conn.execute(
                f"UPDATE sections SET {sets} WHERE id = ?", [*texts.values(), section_id]
            )
            self._index(section)
            reanchor_section(self._conn, section, list(texts))

    def section(self, book_id: int, section_id: int) -> Section:
        """One section of a book, or KeyError."""
        for section in rows.load_sections(self._conn, book_id, section_id):
            return section
        raise KeyError(f"no section {section_id} in book {book_id}")

    def _save_section(self, book_id: int, section: Section, position: int) -> None:
        self._settings.check_area(section.area)
        section.id = rows.upsert_record(
            self._conn, "sections", section, rows.section_row(book_id, position, section)
        )
        self._index(section)
        reanchor_section(self._conn, section, list(Section.TEXT_FIELDS))

    def _index(self, section: Section) -> None:
        body = "\n".join(getattr(section, f) for f in Section.TEXT_FIELDS)
        self._search.index("section", section.id, section.title, body)

    def get(self, book_id: int) -> Book:
        return rows.load_book(self._conn, book_id)

    def summaries(self) -> list[tuple[int, str, str, str | None]]:
        """(id, title, status, start date) of every book, in creation order."""
        return list(
            self._conn.execute("SELECT id, title, status, start_date FROM books ORDER BY id")
        )

    def previous(self, book: Book, today: dt.date) -> tuple[str, dt.date] | None:
        """(title, start date) of the book before ``book``: the latest other book of the
        workspace that starts before it (before ``today`` if it has no date yet)."""
        before = (book.start_date or today).isoformat()
        row = self._conn.execute(
            "SELECT title, start_date FROM books WHERE id IS NOT ? AND start_date IS NOT NULL "
            "AND start_date < ? ORDER BY start_date DESC, id DESC LIMIT 1",
            (book.id, before),
        ).fetchone()
        return (row[0], dt.date.fromisoformat(row[1])) if row else None

    def find(self, ref: str) -> Book:
        """A book by number or by title (case-insensitive), as ``briefing info`` lists them."""
        if ref.isdigit():
            row = self._conn.execute("SELECT id FROM books WHERE id = ?", (int(ref),)).fetchone()
        else:
            row = self._conn.execute(
                "SELECT id FROM books WHERE lower(title) = lower(?)", (ref,)
            ).fetchone()
        if row is None:
            raise WorkspaceError(
                f"{self._db.path}: there is no book '{ref}'; `briefing info` lists them"
            )
        return self.get(row[0])

    def book_of(self, section_id: int) -> int:
        row = self._conn.execute(
            "SELECT book_id FROM sections WHERE id = ?", (section_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no section {section_id}")
        return row[0]

    def delete(self, book_id: int) -> None:
        with self._db.transaction():
            sections = self._conn.execute(
                "SELECT id FROM sections WHERE book_id = ?", (book_id,)
            ).fetchall()
            self._conn.execute("DELETE FROM books WHERE id = ?", (book_id,))
            for (sid,) in sections:
                self._search.unindex("section", sid)
