"""``ws.commitments``: what each side promised, tracked from meeting to meeting."""

from __future__ import annotations

from briefing.model import Commitment, CommitmentStatus
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository


class CommitmentsRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search

    def save(self, commitment: Commitment) -> int:
        self._settings.check_area(commitment.area)
        with self._db.transaction():
            commitment.id = rows.upsert(
                self._conn,
                "commitments",
                commitment.id,
                {
                    "meeting_id": commitment.meeting_id,
                    "item_id": commitment.item_id,
                    "area": commitment.area,
                    "owed_by": commitment.owed_by,
                    "text": commitment.text,
                    "due": rows.iso(commitment.due),
                    "status": str(commitment.status),
                },
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
        return [rows.load_commitment(self._conn, i) for i in ids]

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
