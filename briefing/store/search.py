"""``ws.search``: the FTS5 index over items, sections, people, sources, meetings and
commitments, kept up to date by the other repositories, and ranked queries over it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from briefing.model import format_date, parse_date
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError
from briefing.store.schema import CODE_KINDS, KIND_CODES, KIND_SLOTS


@dataclass
class SearchHit:
    kind: str  # item | section | person | source | meeting | commitment
    id: int
    title: str
    snippet: str
    where: str
    rank: float


class SearchIndex(Repository):
    def index(self, kind: str, row_id: int, title: str, body: str) -> None:
        rowid = row_id * KIND_SLOTS + KIND_CODES[kind]
        self._conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        self._conn.execute(
            "INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)", (rowid, title, body)
        )

    def unindex(self, kind: str, row_id: int) -> None:
        self._conn.execute(
            "DELETE FROM search WHERE rowid = ?", (row_id * KIND_SLOTS + KIND_CODES[kind],)
        )

    def clear(self) -> None:
        self._conn.execute("DELETE FROM search")

    def query(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Ranked full-text hits; every word must match, the last one as a prefix.

        Snippets are cut in Python for the hits returned only: FTS5's snippet() would run
        over every match before the sort, and its cost grows with the square of a text's
        length (a 20 MB pasted text took minutes).
        """
        match = fts_query(text)
        if not match:
            return []
        try:
            found = self._conn.execute(
                "SELECT rowid, title, bm25(search, 2.0, 1.0) FROM search WHERE search MATCH ?"
                " ORDER BY bm25(search, 2.0, 1.0) LIMIT ?",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise WorkspaceError(f"cannot search for {text!r}: {exc}") from exc
        words = query_words(text)
        hits = []
        for rowid, title, rank in found:
            kind = CODE_KINDS[rowid % KIND_SLOTS]
            row_id = rowid // KIND_SLOTS
            (body,) = self._conn.execute(
                "SELECT body FROM search WHERE rowid = ?", (rowid,)
            ).fetchone()
            hits.append(
                SearchHit(
                    kind, row_id, title, snippet(body, words), self._where(kind, row_id), rank
                )
            )
        return hits

    def _where(self, kind: str, row_id: int) -> str:
        """Where a hit is, as a user would say it."""
        conn = self._conn
        if kind in ("item", "source"):
            row = conn.execute(
                f"SELECT m.date, m.city, m.country FROM {kind}s x JOIN meetings m "
                "ON m.id = x.meeting_id WHERE x.id = ?",
                (row_id,),
            ).fetchone()
            return _meeting_place(row)
        if kind == "meeting":
            row = conn.execute(
                "SELECT date, city, country FROM meetings WHERE id = ?", (row_id,)
            ).fetchone()
            return _meeting_place(row)
        if kind == "section":
            row = conn.execute(
                "SELECT b.title FROM sections s JOIN books b ON b.id = s.book_id WHERE s.id = ?",
                (row_id,),
            ).fetchone()
            return f"book “{row[0]}”" if row else ""
        if kind == "commitment":
            return "commitments tracker"
        return "people"


def query_words(text: str) -> list[str]:
    """The words of a user's query, without quotes and NUL characters."""
    return [w for w in (w.replace('"', "").replace("\x00", "") for w in text.split()) if w]


def fts_query(text: str) -> str:
    """User words -> an FTS5 query that cannot be a syntax error."""
    words = query_words(text)
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


def snippet(body: str, words: list[str], width: int = 70) -> str:
    """About ``2 * width`` characters around the first word found, the word in [brackets]."""
    lowered = body.lower()
    best, found = len(body), ""
    for word in words:
        at = lowered.find(word.lower())
        if 0 <= at < best:
            best, found = at, word
    if not found:
        text = " ".join(body[: 2 * width].split())
        return text + ("…" if len(body) > 2 * width else "")
    end = best + len(found)
    while end < len(body) and body[end].isalnum():  # the whole word a prefix matched
        end += 1
    start = max(0, best - width)
    stop = min(len(body), end + width)
    text = f"{body[start:best]}[{body[best:end]}]{body[end:stop]}"
    text = " ".join(text.split())
    return ("…" if start > 0 else "") + text + ("…" if stop < len(body) else "")


def _meeting_place(row: tuple | None) -> str:
    if row is None:
        return ""
    date, *place = row
    return "meeting of " + ", ".join([format_date(parse_date(date)), *(p for p in place if p)])
