"""``ws.comments``: comment threads on sections' text (schema version 5).

Anchors follow the text: whenever a section's text fields are written (the editor's autosave,
an undo, a returned review), :func:`reanchor_section` moves each thread of the fields that
changed to where its quoted words now are (see :mod:`briefing.model.comments`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from briefing.markup import plain_text
from briefing.model import Anchor, Message, Section, Thread, reanchor
from briefing.model.issued import from_text, to_text
from briefing.store.base import Repository

_THREAD = (
    "id, book_id, section_id, field, start, end, quote, prefix, suffix, detached, resolved_at, "
    "resolved_by"
)


def _thread(row: tuple, messages: list[Message]) -> Thread:
    (tid, book_id, section_id, name, start, end, quote, prefix, suffix, detached, resolved_at,
     resolved_by) = row  # fmt: skip
    return Thread(
        book_id,
        section_id,
        name,
        Anchor(start, end, quote, prefix, suffix, bool(detached)),
        messages,
        from_text(resolved_at) if resolved_at else None,
        resolved_by,
        tid,
    )


def _put_anchor(conn: sqlite3.Connection, thread_id: int, a: Anchor) -> None:
    conn.execute(
        "UPDATE comment_threads SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, "
        "detached = ? WHERE id = ?",
        (a.start, a.end, a.quote, a.prefix, a.suffix, int(a.detached), thread_id),
    )


def reanchor_section(conn: sqlite3.Connection, section: Section, fields: list[str]) -> None:
    """Move the anchors of ``section``'s threads on ``fields`` to the text as it now is."""
    if section.id is None or not fields:
        return
    marks = ", ".join("?" for _ in fields)
    found = conn.execute(
        f"SELECT {_THREAD} FROM comment_threads WHERE section_id = ? AND field IN ({marks})",
        (section.id, *fields),
    ).fetchall()
    plains: dict[str, str] = {}
    for row in found:
        thread = _thread(row, [])
        if thread.field not in plains:
            plains[thread.field] = plain_text(getattr(section, thread.field, ""))
        moved = reanchor(thread.anchor, plains[thread.field])
        if moved != thread.anchor:
            _put_anchor(conn, thread.id, moved)  # type: ignore[arg-type]


class CommentsRepository(Repository):
    def add(self, thread: Thread) -> int:
        """A new thread with its first message(s); returns its id."""
        a = thread.anchor
        with self._db.transaction():
            cur = self._conn.execute(
                f"INSERT INTO comment_threads ({_THREAD}) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    thread.id,
                    thread.book_id,
                    thread.section_id,
                    thread.field,
                    a.start,
                    a.end,
                    a.quote,
                    a.prefix,
                    a.suffix,
                    int(a.detached),
                    to_text(thread.resolved_at) if thread.resolved_at else None,
                    thread.resolved_by,
                ),
            )
            thread.id = cur.lastrowid
            for message in thread.messages:
                self._append(thread.id, message)  # type: ignore[arg-type]
        return thread.id  # type: ignore[return-value]

    def _append(self, thread_id: int, m: Message) -> None:
        self._conn.execute(
            "INSERT INTO comment_messages (thread_id, position, author, at, text, origin) "
            "VALUES (?, (SELECT COALESCE(MAX(position) + 1, 0) FROM comment_messages "
            "WHERE thread_id = ?), ?, ?, ?, ?)",
            (thread_id, thread_id, m.author, to_text(m.at), m.text, m.origin),
        )

    def reply(self, thread_id: int, message: Message) -> None:
        with self._db.transaction():
            self.get(thread_id)  # KeyError if gone
            self._append(thread_id, message)

    def set_resolved(self, thread_id: int, by: str, at: dt.datetime | None) -> None:
        """Resolve (``at`` given) or reopen (None) a thread."""
        with self._db.transaction():
            self._conn.execute(
                "UPDATE comment_threads SET resolved_at = ?, resolved_by = ? WHERE id = ?",
                (to_text(at) if at else None, by if at else "", thread_id),
            )

    def delete(self, thread_id: int) -> None:
        with self._db.transaction():
            self._conn.execute("DELETE FROM comment_threads WHERE id = ?", (thread_id,))

    def get(self, thread_id: int) -> Thread:
        row = self._conn.execute(
            f"SELECT {_THREAD} FROM comment_threads WHERE id = ?", (thread_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no comment thread {thread_id}")
        return _thread(row, self._messages([thread_id])[thread_id])

    def threads(self, book_id: int, section_id: int | None = None) -> list[Thread]:
        """The threads of a book (or of one of its sections), oldest first."""
        where, params = ("book_id = ?", (book_id,))
        if section_id is not None:
            where, params = "book_id = ? AND section_id = ?", (book_id, section_id)
        rows = self._conn.execute(
            f"SELECT {_THREAD} FROM comment_threads WHERE {where} ORDER BY id",
            params,
        ).fetchall()
        messages = self._messages([r[0] for r in rows])
        return [_thread(r, messages.get(r[0], [])) for r in rows]

    def _messages(self, ids: list[int]) -> dict[int, list[Message]]:
        out: dict[int, list[Message]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for tid, author, at, text, origin in self._conn.execute(
                "SELECT thread_id, author, at, text, origin FROM comment_messages "
                f"WHERE thread_id IN ({marks}) ORDER BY thread_id, position",
                chunk,
            ):
                out[tid].append(Message(author, from_text(at), text, origin))
        return out
