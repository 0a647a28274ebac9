"""``ws.commitments``: what each side promised, tracked from meeting to meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.model import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Commitment,
    CommitmentRule,
    CommitmentStatus,
    format_date,
)
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository

_OPEN = tuple(sorted(str(s) for s in OPEN_STATUSES))
_CLOSED = tuple(sorted(str(s) for s in CLOSED_STATUSES))


@dataclass
class CommitmentRow:
    """A commitment as the tracker's table and the library list show it: one query for all,
    without its notes (the latest one only)."""

    id: int
    text: str
    area: str
    owed_by: str
    due: dt.date | None
    status: CommitmentStatus
    closed: dt.date | None
    meeting_id: int | None
    meeting_date: str  # ISO, "" without a meeting
    meeting_place: tuple[str, str]  # (city, country)
    note_date: dt.date | None
    note_text: str

    @property
    def meeting_label(self) -> str:
        """ "10 October 2024, Vientiane, Lao PDR" ("" without a meeting), made when shown."""
        if not self.meeting_date:
            return ""
        day = rows.parse_date(self.meeting_date)
        return ", ".join(p for p in (format_date(day), *self.meeting_place) if p)

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.due is not None
            and self.due < today
            and self.status in (CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS)
        )


class CommitmentsRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search

    def save(self, commitment: Commitment) -> int:
        self._settings.check_area(commitment.area)
        problem = commitment.closing_problem()
        if problem:
            raise WorkspaceError(f"commitment “{commitment.text[:60]}”: {problem}")
        with self._db.transaction():
            commitment.id = rows.upsert_record(
                self._conn, "commitments", commitment, rows.commitment_row(commitment)
            )
            rows.replace_children(
                self._conn,
                "progress_notes",
                "commitment_id",
                commitment.id,
                [
                    {"date": n.date.isoformat(), "text": n.text, "evidence": n.evidence}
                    for n in commitment.notes
                ],
            )
            self._search.index(
                "commitment",
                commitment.id,
                commitment.owed_by,
                " ".join([commitment.text, *(n.text for n in commitment.notes)]),
            )
        return commitment.id

    def get(self, commitment_id: int) -> Commitment:
        return rows.load_commitment(self._conn, commitment_id)

    def all(
        self, *, area: str | None = None, status: CommitmentStatus | None = None
    ) -> list[Commitment]:
        """Newest meeting first, optionally of one area or status."""
        where, args = [], []
        if area:
            where.append("c.area = ?")
            args.append(area)
        if status:
            where.append("c.status = ?")
            args.append(str(status))
        sql = (
            "SELECT c.id FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY m.date DESC, c.id"
        )
        ids = [i for (i,) in self._conn.execute(sql, args)]
        return rows.load_commitments(self._conn, ids)

    def open_in_area(self, area: str) -> list[Commitment]:
        """The open commitments (pending, in progress, stalled) of one area, newest first."""
        marks = ", ".join("?" * len(_OPEN))
        ids = [
            i
            for (i,) in self._conn.execute(
                "SELECT c.id FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id "
                f"WHERE c.area = ? AND c.status IN ({marks}) ORDER BY m.date DESC, c.id",
                (area, *_OPEN),
            )
        ]
        return rows.load_commitments(self._conn, ids)

    def in_scope(
        self,
        rule: CommitmentRule,
        start: dt.date,
        end: dt.date,
        areas: Iterable[str] | None = None,
    ) -> list[Commitment]:
        """What a book's rule selects, newest meeting first (then in the order tracked): of
        ``areas`` (every area if None), by status and closing date or meeting date against
        the period ``start``..``end`` (both included). Only those rows are read."""
        if rule is CommitmentRule.NONE:
            return []
        area_sql, area_args = "", []
        if areas is not None:
            areas = sorted(set(areas))
            if not areas:
                return []
            area_sql = f"area IN ({', '.join('?' * len(areas))}) AND "
            area_args = areas
        open_sql = f"status IN ({', '.join('?' * len(_OPEN))})"
        if rule is CommitmentRule.OPEN_AND_CLOSED:
            # two ranges of the commitments_scope index (area, status, closed), not one
            # scan of every commitment of the areas
            where = (
                f"c.id IN (SELECT id FROM commitments WHERE {area_sql}{open_sql} UNION ALL "
                f"SELECT id FROM commitments WHERE {area_sql}"
                f"status IN ({', '.join('?' * len(_CLOSED))}) AND closed BETWEEN ? AND ?)"
            )
            args = [*area_args, *_OPEN, *area_args, *_CLOSED, start.isoformat(), end.isoformat()]
        elif rule is CommitmentRule.OPEN:
            where, args = f"c.{area_sql}c.{open_sql}", [*area_args, *_OPEN]
        elif rule is CommitmentRule.MADE_IN_PERIOD:
            where = f"c.{area_sql}m.date BETWEEN ? AND ?"
            args = [*area_args, start.isoformat(), end.isoformat()]
        else:  # ALL
            where, args = (f"c.{area_sql[:-5]}" if area_sql else "1"), list(area_args)
        sql = (
            "SELECT c.id FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id "
            f"WHERE {where} ORDER BY m.date DESC, c.id"
        )
        ids = [i for (i,) in self._conn.execute(sql, args)]
        return rows.load_commitments(self._conn, ids)

    def table_rows(self) -> list[CommitmentRow]:
        """Every commitment as the tracker lists it, newest meeting first: one query."""
        out = []
        for r in self._conn.execute(
            "SELECT c.id, c.text, c.area, c.owed_by, c.due, c.status, c.closed, c.meeting_id,"
            " m.date, m.city, m.country, n.date, n.text"
            " FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id"
            " LEFT JOIN progress_notes n ON n.rowid = ("
            "   SELECT n2.rowid FROM progress_notes n2 WHERE n2.commitment_id = c.id"
            "   ORDER BY n2.date DESC, n2.position LIMIT 1)"
            " ORDER BY m.date DESC, c.id"
        ):
            out.append(
                CommitmentRow(
                    id=r[0],
                    text=r[1],
                    area=r[2],
                    owed_by=r[3],
                    due=rows.parse_date(r[4]),
                    status=CommitmentStatus(r[5]),
                    closed=rows.parse_date(r[6]),
                    meeting_id=r[7],
                    meeting_date=r[8] or "",
                    meeting_place=(r[9] or "", r[10] or ""),
                    note_date=rows.parse_date(r[11]),
                    note_text=r[12] or "",
                )
            )
        return out

    def for_item(self, item_id: int) -> Commitment | None:
        row = self._conn.execute(
            "SELECT id FROM commitments WHERE item_id = ?", (item_id,)
        ).fetchone()
        return rows.load_commitment(self._conn, row[0]) if row else None

    def by_status(self) -> dict[str, int]:
        counts = {str(s): 0 for s in CommitmentStatus}
        for status, n in self._conn.execute(
            "SELECT status, COUNT(*) FROM commitments GROUP BY status"
        ):
            counts[status] = n
        return counts

    def delete(self, commitment_id: int) -> None:
        with self._db.transaction():
            self._conn.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))
            self._search.unindex("commitment", commitment_id)
