"""``ws.clearance``: the clearance trail of each book (schema version 5), append-only."""

from __future__ import annotations

import datetime as dt
import json

from briefing.model import Action, Step
from briefing.model.issued import from_text, to_text
from briefing.store.base import Repository

_COLUMNS = (
    "book_id, section_id, action, at, actor, clearer, clearer_name, clearer_title, due, note, "
    "text_sha256, snapshot, section_title, review, id"
)


def _step(row: tuple) -> Step:
    (book_id, section_id, action, at, actor, clearer, name, title, due, note, digest,
     snapshot, section_title, review, step_id) = row  # fmt: skip
    return Step(
        book_id=book_id,
        section_id=section_id,
        action=Action(action),
        at=from_text(at),
        actor=actor,
        clearer=clearer,
        clearer_name=name,
        clearer_title=title,
        due=dt.date.fromisoformat(due) if due else None,
        note=note,
        text_sha256=digest,
        snapshot=json.loads(snapshot),
        section_title=section_title,
        review=review,
        id=step_id,
    )


class ClearanceRepository(Repository):
    def add(self, steps: list[Step]) -> None:
        """Append steps to the trail (in one transaction); they get their ids."""
        with self._db.transaction():
            for s in steps:
                cur = self._conn.execute(
                    f"INSERT INTO clearance_steps ({_COLUMNS}) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        s.book_id,
                        s.section_id,
                        str(s.action),
                        to_text(s.at),
                        s.actor,
                        s.clearer,
                        s.clearer_name,
                        s.clearer_title,
                        s.due.isoformat() if s.due else None,
                        s.note,
                        s.text_sha256,
                        json.dumps(s.snapshot, ensure_ascii=False),
                        s.section_title,
                        s.review,
                        s.id,
                    ),
                )
                s.id = cur.lastrowid

    def steps(self, book_id: int, section_id: int | None = ...) -> list[Step]:  # type: ignore[assignment]
        """The book's trail, oldest first; with ``section_id``, that section's steps only
        (None: the steps about the book itself)."""
        if section_id is ...:
            where, params = "book_id = ?", (book_id,)
        elif section_id is None:
            where, params = "book_id = ? AND section_id IS NULL", (book_id,)
        else:
            where, params = "book_id = ? AND section_id = ?", (book_id, section_id)
        found = self._conn.execute(
            f"SELECT {_COLUMNS} FROM clearance_steps WHERE {where} ORDER BY id", params
        ).fetchall()
        return [_step(r) for r in found]

    def review(self, token: str) -> list[Step]:
        """The steps that sent (and brought back) the review DOCX ``token``."""
        found = self._conn.execute(
            f"SELECT {_COLUMNS} FROM clearance_steps WHERE review = ? ORDER BY id", (token,)
        ).fetchall()
        return [_step(r) for r in found]
