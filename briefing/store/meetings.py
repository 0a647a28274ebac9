"""``ws.meetings``: meetings with their participants, source documents and items."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from briefing.model import Item, Meeting
from briefing.store import rows
from briefing.store.base import Repository
from briefing.store.errors import WorkspaceError
from briefing.store.search import SearchIndex
from briefing.store.settings import SettingsRepository

#: the columns of a meeting that a field edit may set alone
MEETING_FIELDS = ("kind", "date", "end_date", "city", "country", "occasion", "title", "summary")


@dataclass
class MeetingSummary:
    """A meeting as the library list shows it, without its items and texts."""

    id: int
    date: str
    kind: str
    title: str
    city: str
    country: str
    occasion: str
    items: int


class MeetingsRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search

    def save(self, meeting: Meeting) -> int:
        """Save a meeting with its participants, sources and items (items keep their ids)."""
        with self._db.transaction():
            conn = self._conn
            meeting.id = rows.upsert(conn, "meetings", meeting.id, rows.meeting_row(meeting))
            rows.replace_children(
                conn,
                "participants",
                "meeting_id",
                meeting.id,
                [{"person_id": p.person_id, "role": p.role} for p in meeting.participants],
            )
            keep_sources = set()
            for position, source in enumerate(meeting.sources):
                before = None
                if source.id is not None:
                    row = conn.execute(
                        "SELECT title, text FROM sources WHERE id = ?", (source.id,)
                    ).fetchone()
                    before = tuple(row) if row else None
                source.id = rows.upsert(
                    conn,
                    "sources",
                    source.id,
                    {
                        "meeting_id": meeting.id,
                        "position": position,
                        "title": source.title,
                        "issuer": source.issuer,
                        "issue_date": rows.iso(source.issue_date),
                        "text": source.text,
                    },
                )
                keep_sources.add(source.id)
                if before != (source.title, source.text):  # a long text is indexed once
                    self._search.index("source", source.id, source.title, source.text)
            self._delete_missing("sources", "source", meeting.id, keep_sources)
            keep_items = set()
            for position, item in enumerate(meeting.items):
                item.meeting_id = meeting.id
                self._save_item(item, position)
                keep_items.add(item.id)
            self._delete_missing("items", "item", meeting.id, keep_items)
            self._index(meeting)
        return meeting.id

    def save_fields(self, meeting_id: int, values: dict[str, object]) -> None:
        """Set some of a meeting's own fields (date, place, title …) and nothing else."""
        unknown = set(values) - set(MEETING_FIELDS)
        if unknown:
            raise TypeError(f"not fields of a meeting: {', '.join(sorted(unknown))}")
        with self._db.transaction():
            meeting = self.get(meeting_id)
            for name, value in values.items():
                setattr(meeting, name, value)
            row = rows.meeting_row(meeting)
            sets = ", ".join(f"{c} = ?" for c in values)
            self._conn.execute(
                f"UPDATE meetings SET {sets} WHERE id = ?", [*(row[c] for c in values), meeting_id]
            )
            self._index(meeting)

    def _index(self, meeting: Meeting) -> None:
        self._search.index(
            "meeting",
            meeting.id,
            meeting.title or meeting.label,
            f"{meeting.occasion} {meeting.summary} {meeting.place}",
        )

    def _delete_missing(self, table: str, kind: str, meeting_id: int, keep: set[int]) -> None:
        for (row_id,) in self._conn.execute(
            f"SELECT id FROM {table} WHERE meeting_id = ?", (meeting_id,)
        ).fetchall():
            if row_id not in keep:
                self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                self._search.unindex(kind, row_id)

    def save_item(self, item: Item) -> int:
        """Save one item of an existing meeting (appended if new)."""
        if item.meeting_id is None:
            raise WorkspaceError("an item belongs to a meeting; save the meeting first")
        with self._db.transaction():
            position = None
            if item.id is not None:
                row = self._conn.execute(
                    "SELECT position FROM items WHERE id = ?", (item.id,)
                ).fetchone()
                position = row[0] if row else None
            if position is None:
                position = self._conn.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM items WHERE meeting_id = ?",
                    (item.meeting_id,),
                ).fetchone()[0]
            self._save_item(item, position)
        return item.id  # type: ignore[return-value]

    def _save_item(self, item: Item, position: int) -> None:
        self._settings.check_area(item.area)
        item.id = rows.upsert(
            self._conn,
            "items",
            item.id,
            {
                "meeting_id": item.meeting_id,
                "position": position,
                "area": item.area,
                "side": item.side,
                "kind": str(item.kind),
                "text": item.text,
                "classification": item.classification,
            },
        )
        area = self._settings.cached().area_name(item.area)
        self._search.index("item", item.id, area, item.text)

    def delete_item(self, item_id: int) -> None:
        with self._db.transaction():
            self._conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
            self._search.unindex("item", item_id)

    def get_item(self, item_id: int) -> Item:
        row = self._conn.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(f"no item {item_id}")
        return rows.item_from_row(row)

    def get(self, meeting_id: int) -> Meeting:
        return rows.load_meeting(self._conn, meeting_id)

    def summaries(
        self,
        *,
        area: str | None = None,
        side: str | None = None,
        year: int | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[MeetingSummary]:
        """Meetings newest first, optionally filtered by area, side, year and text."""
        where, args = [], []
        if area or side:
            sub, sub_args = ["i.meeting_id = m.id"], []
            if area:
                sub.append("i.area = ?")
                sub_args.append(area)
            if side:
                sub.append("i.side = ?")
                sub_args.append(side)
            where.append(f"EXISTS (SELECT 1 FROM items i WHERE {' AND '.join(sub)})")
            args += sub_args
        if year:
            where.append("m.date >= ? AND m.date < ?")
            args += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
        if text:
            where.append(
                "(m.title LIKE ? OR m.city LIKE ? OR m.country LIKE ? OR m.occasion LIKE ?)"
            )
            args += [f"%{text}%"] * 4
        sql = (
            "SELECT m.id, m.date, m.kind, m.title, m.city, m.country, m.occasion, "
            "(SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) FROM meetings m"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY m.date DESC, m.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [MeetingSummary(*r) for r in self._conn.execute(sql, args)]

    def ids(self) -> list[int]:
        return [i for (i,) in self._conn.execute("SELECT id FROM meetings ORDER BY id")]

    def delete(self, meeting_id: int) -> None:
        with self._db.transaction():
            items = self._conn.execute(
                "SELECT id FROM items WHERE meeting_id = ?", (meeting_id,)
            ).fetchall()
            sources = self._conn.execute(
                "SELECT id FROM sources WHERE meeting_id = ?", (meeting_id,)
            ).fetchall()
            self._conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            for (i,) in items:
                self._search.unindex("item", i)
            for (s,) in sources:
                self._search.unindex("source", s)
            self._search.unindex("meeting", meeting_id)

    def items_in_area(
        self, area: str, limit: int | None = None
    ) -> list[tuple[Item, MeetingSummary]]:
        """Items of one area across all meetings, newest meeting first ("From the records")."""
        sql = (
            "SELECT i.*, m.id, m.date, m.kind, m.title, m.city, m.country, m.occasion "
            "FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE i.area = ? "
            "ORDER BY m.date DESC, m.id DESC, i.position"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        for row in self._conn.execute(sql, (area,)):
            item = rows.item_from_row(row[:8])
            out.append((item, MeetingSummary(*row[8:], items=0)))
        return out

    def source_texts(self) -> Iterator[tuple[int, str]]:
        """(meeting id, full text) of every source document, one at a time (duplicates)."""
        yield from self._conn.execute("SELECT meeting_id, text FROM sources ORDER BY id")

    def meeting_of(self, kind: str, row_id: int) -> int:
        """The meeting of an item or a source."""
        table = {"item": "items", "source": "sources"}[kind]
        row = self._conn.execute(
            f"SELECT meeting_id FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"no {kind} {row_id}")
        return row[0]
