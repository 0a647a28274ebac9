"""``ws.meetings``: meetings with their participants, source documents and items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.model import Item, Meeting, SourceDocument, format_date, parse_date
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

    @property
    def label(self) -> str:
        """As :attr:`briefing.model.Meeting.label`: "10 October 2024, Vientiane, Lao PDR"."""
        parts = [format_date(parse_date(self.date))]
        place = ", ".join(p for p in (self.city, self.country) if p)
        if place:
            parts.append(place)
        return ", ".join(parts)


_SUMMARY = "m.id, m.date, m.kind, m.title, m.city, m.country, m.occasion"
#: up to this many participations a person's meetings are read and sorted (see latest_with)
_FEW_MEETINGS = 200
ITEM_COLUMNS_I = ", ".join(f"i.{c.strip()}" for c in rows.ITEM_COLUMNS.split(","))


class MeetingsRepository(Repository):
    def __init__(self, db, settings: SettingsRepository, search: SearchIndex) -> None:  # noqa: ANN001
        super().__init__(db)
        self._settings = settings
        self._search = search

    def save(self, meeting: Meeting) -> int:
        """Save a meeting with its participants, sources and items (items keep their ids)."""
        with self._db.transaction():
            conn = self._conn
            meeting.id = rows.upsert_record(conn, "meetings", meeting, rows.meeting_row(meeting))
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
                source.id = rows.upsert_record(
                    conn,
                    "sources",
                    source,
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
        item.id = rows.upsert_record(
            self._conn,
            "items",
            item,
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
        row = self._conn.execute(
            f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,)
        ).fetchone()
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
        offset: int = 0,
    ) -> list[MeetingSummary]:
        """Meetings newest first, optionally filtered by area, side, year and text; a page of
        ``limit`` from ``offset`` (the library fetches them so, as the list scrolls)."""
        where, args = self._filters(area, side, year, text)
        sql = (
            f"SELECT {_SUMMARY}, "
            "(SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id) FROM meetings m"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY m.date DESC, m.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [MeetingSummary(*r) for r in self._conn.execute(sql, args)]

    def count(
        self,
        *,
        area: str | None = None,
        side: str | None = None,
        year: int | None = None,
        text: str | None = None,
    ) -> int:
        """How many meetings :meth:`summaries` would list with the same filters."""
        where, args = self._filters(area, side, year, text)
        sql = "SELECT COUNT(*) FROM meetings m" + (" WHERE " + " AND ".join(where) if where else "")
        return self._conn.execute(sql, args).fetchone()[0]

    def position(
        self,
        meeting_id: int,
        *,
        area: str | None = None,
        side: str | None = None,
        year: int | None = None,
        text: str | None = None,
    ) -> int | None:
        """Where :meth:`summaries` with these filters lists a meeting (0 the first), or None
        if they leave it out: two counts on the indexes, nothing listed."""
        row = self._conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            return None
        where, args = self._filters(area, side, year, text)
        listed = " AND ".join([*where, "m.id = ?"])
        if not self._conn.execute(
            f"SELECT COUNT(*) FROM meetings m WHERE {listed}", [*args, meeting_id]
        ).fetchone()[0]:
            return None
        before = " AND ".join([*where, "(m.date > ? OR (m.date = ? AND m.id > ?))"])
        return self._conn.execute(
            f"SELECT COUNT(*) FROM meetings m WHERE {before}", [*args, row[0], row[0], meeting_id]
        ).fetchone()[0]

    @staticmethod
    def _filters(
        area: str | None, side: str | None, year: int | None, text: str | None
    ) -> tuple[list[str], list[object]]:
        where: list[str] = []
        args: list[object] = []
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
        return where, args

    def years(self) -> list[int]:
        """The years that have meetings, newest first (the meetings_date index, both ends)."""
        conn = self._conn
        first = conn.execute("SELECT MIN(date) FROM meetings").fetchone()[0]
        last = conn.execute("SELECT MAX(date) FROM meetings").fetchone()[0]
        if not first:
            return []
        found = []
        for year in range(int(last[:4]), int(first[:4]) - 1, -1):
            if conn.execute(
                "SELECT 1 FROM meetings WHERE date >= ? AND date < ? LIMIT 1",
                (f"{year:04d}-01-01", f"{year + 1:04d}-01-01"),
            ).fetchone():
                found.append(year)
        return found

    # ------------------------------------------------------------------ what a book needs

    def summaries_by_id(self, ids: Iterable[int]) -> dict[int, MeetingSummary]:
        """The summaries of the meetings ``ids`` (item counts left at 0), by id."""
        out: dict[int, MeetingSummary] = {}
        for part in rows.chunks(sorted(set(ids))):
            marks = ", ".join("?" * len(part))
            for r in self._conn.execute(
                f"SELECT {_SUMMARY}, 0 FROM meetings m WHERE m.id IN ({marks})", part
            ):
                out[r[0]] = MeetingSummary(*r)
        return out

    def latest_discussing(
        self, area: str, on_or_before: dt.date, limit: int
    ) -> list[MeetingSummary]:
        """The latest ``limit`` meetings up to a day that discussed ``area`` (had an item in
        it), newest first: walks the meetings back from that day by date and stops there."""
        if limit <= 0:
            return []
        return [
            MeetingSummary(*r)
            for r in self._conn.execute(
                f"SELECT {_SUMMARY}, 0 FROM meetings m WHERE m.date <= ? AND EXISTS "
                "(SELECT 1 FROM items i WHERE i.meeting_id = m.id AND i.area = ?) "
                "ORDER BY m.date DESC, m.id DESC LIMIT ?",
                (on_or_before.isoformat(), area, int(limit)),
            )
        ]

    def covering(self, areas: Iterable[str], start: dt.date, end: dt.date) -> list[int]:
        """Meetings from ``start`` to ``end`` (both included) that discussed one of ``areas``,
        newest first: a range of the meetings_date index."""
        areas = sorted(set(areas))
        if not areas:
            return []
        marks = ", ".join("?" * len(areas))
        return [
            i
            for (i,) in self._conn.execute(
                "SELECT m.id FROM meetings m WHERE m.date BETWEEN ? AND ? AND EXISTS "
                f"(SELECT 1 FROM items i WHERE i.meeting_id = m.id AND i.area IN ({marks})) "
                "ORDER BY m.date DESC, m.id DESC",
                (start.isoformat(), end.isoformat(), *areas),
            )
        ]

    def latest_with(
        self, person_id: int, on_or_before: dt.date, limit: int
    ) -> list[MeetingSummary]:
        """The latest ``limit`` meetings up to a day that ``person_id`` took part in.

        Someone met a few times: their meetings, sorted. Someone met at most meetings (a
        counterpart over years of records: thousands): the meetings backwards from the day,
        which finds theirs within the first few instead of sorting all of them."""
        if limit <= 0:
            return []
        day = on_or_before.isoformat()
        (count,) = self._conn.execute(
            "SELECT count(*) FROM participants WHERE person_id = ?", (person_id,)
        ).fetchone()
        if count <= _FEW_MEETINGS:
            query = (
                f"SELECT DISTINCT {_SUMMARY}, 0 FROM participants p "
                "JOIN meetings m ON m.id = p.meeting_id WHERE p.person_id = ? AND m.date <= ? "
                "ORDER BY m.date DESC, m.id DESC LIMIT ?"
            )
            args: tuple = (person_id, day, int(limit))
        else:
            query = (
                f"SELECT {_SUMMARY}, 0 FROM meetings m WHERE m.date <= ? AND EXISTS "
                "(SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.person_id = ?) "
                "ORDER BY m.date DESC, m.id DESC LIMIT ?"
            )
            args = (day, person_id, int(limit))
        return [MeetingSummary(*r) for r in self._conn.execute(query, args)]

    def sources_of(self, meeting_ids: Iterable[int]) -> list[tuple[MeetingSummary, SourceDocument]]:
        """The source documents of the meetings ``meeting_ids``: newest meeting first, each
        meeting's in their order (no items read)."""
        found = []
        for part in rows.chunks(sorted(set(meeting_ids))):
            marks = ", ".join("?" * len(part))
            found += self._conn.execute(
                f"SELECT {_SUMMARY}, 0, s.id, s.title, s.issuer, s.issue_date, s.text, s.position "
                f"FROM sources s JOIN meetings m ON m.id = s.meeting_id WHERE m.id IN ({marks})",
                part,
            ).fetchall()
        found.sort(key=lambda r: (r[1], r[0], -r[13]), reverse=True)
        return [
            (MeetingSummary(*r[:8]), SourceDocument(r[9], r[10], parse_date(r[11]), r[12], id=r[8]))
            for r in found
        ]

    def items_by_id(self, item_ids: Iterable[int]) -> dict[int, Item]:
        """The items ``item_ids``, by id (missing ones left out)."""
        out: dict[int, Item] = {}
        for part in rows.chunks(sorted(set(item_ids))):
            marks = ", ".join("?" * len(part))
            for row in self._conn.execute(
                f"SELECT {rows.ITEM_COLUMNS} FROM items WHERE id IN ({marks})", part
            ):
                out[row[0]] = rows.item_from_row(row)
        return out

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
            f"SELECT {ITEM_COLUMNS_I}, m.id, m.date, m.kind, m.title, m.city, m.country, "
            "m.occasion "
            "FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE i.area = ? "
            "ORDER BY m.date DESC, m.id DESC, i.position"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        for row in self._conn.execute(sql, (area,)):
            item = rows.item_from_row(row[:9])
            out.append((item, MeetingSummary(*row[9:], items=0)))
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
