"""Between model objects and SQLite rows: the mapping code the store shares."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from typing import Any

from briefing.model import (
    Book,
    BookScope,
    BookStatus,
    Commitment,
    CommitmentRule,
    CommitmentStatus,
    Item,
    ItemKind,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Paper,
    Participant,
    Person,
    ProgrammeItem,
    ProgressNote,
    Section,
    SectionKind,
    SectionStatus,
    SourceDocument,
    SourcesRule,
    TrackerRule,
    parse_date,
)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def upsert(conn: sqlite3.Connection, table: str, row_id: int | None, values: dict[str, Any]) -> int:
    """Update the row ``row_id`` or insert it (keeping a given id, as a JSON load needs)."""
    cols = list(values)
    if row_id is not None:
        sets = ", ".join(f"{c} = ?" for c in cols)
        cur = conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])
        if cur.rowcount:
            return row_id
        cols = ["id", *cols]
        values = {"id": row_id, **values}
    marks = ", ".join("?" for _ in cols)
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", list(values.values())
    )
    return cur.lastrowid  # type: ignore[return-value]


def upsert_record(conn: sqlite3.Connection, table: str, record: Any, values: dict[str, Any]) -> int:
    """:func:`upsert` for a record with a global identity: an existing row keeps its uid, a
    new one takes the record's own uid if no other row has it (a deleted record brought back,
    a record from the library or a JSON document) or a fresh one (a copy), and the record
    object gets its id and uid."""
    if record.id is not None:
        sets = ", ".join(f"{c} = ?" for c in values)
        row = conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = ? RETURNING uid", [*values.values(), record.id]
        ).fetchone()
        if row is not None:
            record.uid = row[0]
            return record.id
    uid = record.uid
    if not uid or conn.execute(f"SELECT 1 FROM {table} WHERE uid = ?", (uid,)).fetchone():
        uid = str(uuid.uuid4())
    record.id = upsert(conn, table, record.id, {**values, "uid": uid})
    record.uid = uid
    return record.id


def replace_children(
    conn: sqlite3.Connection, table: str, parent_col: str, parent_id: int, children: list[dict]
) -> None:
    """Replace an ordered list of id-less child rows (names, offices, notes …)."""
    conn.execute(f"DELETE FROM {table} WHERE {parent_col} = ?", (parent_id,))
    for position, child in enumerate(children):
        cols = [parent_col, "position", *child]
        marks = ", ".join("?" for _ in cols)
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})",
            [parent_id, position, *child.values()],
        )


# --------------------------------------------------------------------------- people


def person_search_text(person: Person) -> str:
    names = " ".join(n.text for n in person.names)
    offices = " ".join(o.title for o in person.offices)
    return f"{names} {person.honorific} {person.side} {offices} {person.biography}"


def load_person(conn: sqlite3.Connection, person_id: int) -> Person:
    row = conn.execute(
        "SELECT side, honorific, biography, uid FROM people WHERE id = ?", (person_id,)
    ).fetchone()
    if row is None:
        raise KeyError(f"no person {person_id}")
    names = [
        Name(t, s)
        for t, s in conn.execute(
            "SELECT text, script FROM person_names WHERE person_id = ? ORDER BY position",
            (person_id,),
        )
    ]
    offices = [
        Office(t, parse_date(a), parse_date(b))
        for t, a, b in conn.execute(
            "SELECT title, start, end FROM offices WHERE person_id = ? ORDER BY position",
            (person_id,),
        )
    ]
    return Person(names, row[0], row[1], offices, row[2], id=person_id, uid=row[3])


# --------------------------------------------------------------------------- meetings


def meeting_row(m: Meeting) -> dict[str, Any]:
    return {
        "kind": str(m.kind),
        "date": m.date.isoformat(),
        "end_date": iso(m.end_date),
        "city": m.city,
        "country": m.country,
        "occasion": m.occasion,
        "title": m.title,
        "summary": m.summary,
    }


#: the columns :func:`item_from_row` reads, in its order
ITEM_COLUMNS = "id, meeting_id, position, area, side, kind, text, classification, uid"


def item_from_row(row: tuple) -> Item:
    """From ``SELECT {ITEM_COLUMNS} FROM items``."""
    return Item(
        area=row[3],
        side=row[4],
        kind=ItemKind(row[5]),
        text=row[6],
        classification=row[7],
        meeting_id=row[1],
        id=row[0],
        uid=row[8],
    )


def load_meeting(conn: sqlite3.Connection, meeting_id: int) -> Meeting:
    row = conn.execute(
        "SELECT kind, date, end_date, city, country, occasion, title, summary, uid "
        "FROM meetings WHERE id = ?",
        (meeting_id,),
    ).fetchone()
    if row is None:
        raise KeyError(f"no meeting {meeting_id}")
    participants = [
        Participant(p, r)
        for p, r in conn.execute(
            "SELECT person_id, role FROM participants WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
    ]
    sources = [
        SourceDocument(t, i, parse_date(d), x, id=s, uid=u)
        for s, t, i, d, x, u in conn.execute(
            "SELECT id, title, issuer, issue_date, text, uid FROM sources "
            "WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
    ]
    items = [
        item_from_row(r)
        for r in conn.execute(
            f"SELECT {ITEM_COLUMNS} FROM items WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
    ]
    return Meeting(
        date=dt.date.fromisoformat(row[1]),
        kind=MeetingKind(row[0]),
        end_date=parse_date(row[2]),
        city=row[3],
        country=row[4],
        occasion=row[5],
        title=row[6],
        summary=row[7],
        participants=participants,
        sources=sources,
        items=items,
        id=meeting_id,
        uid=row[8],
    )


# --------------------------------------------------------------------------- commitments


COMMITMENT_COLUMNS = "id, meeting_id, item_id, area, owed_by, text, due, status, closed, uid"


def commitment_row(c: Commitment) -> dict[str, Any]:
    return {
        "meeting_id": c.meeting_id,
        "item_id": c.item_id,
        "area": c.area,
        "owed_by": c.owed_by,
        "text": c.text,
        "due": iso(c.due),
        "status": str(c.status),
        "closed": iso(c.closed),
    }


def commitment_from_row(row: tuple, notes: list[ProgressNote] | None = None) -> Commitment:
    """From ``SELECT {COMMITMENT_COLUMNS}``."""
    return Commitment(
        text=row[5],
        owed_by=row[4],
        area=row[3],
        meeting_id=row[1],
        item_id=row[2],
        due=parse_date(row[6]),
        status=CommitmentStatus(row[7]),
        notes=notes if notes is not None else [],
        id=row[0],
        closed=parse_date(row[8]),
        uid=row[9],
    )


def load_commitment(conn: sqlite3.Connection, commitment_id: int) -> Commitment:
    found = load_commitments(conn, [commitment_id])
    if not found:
        raise KeyError(f"no commitment {commitment_id}")
    return found[0]


#: ids per ``IN (…)`` query: well under SQLite's limit of host parameters
CHUNK = 500


def chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def load_commitments(conn: sqlite3.Connection, ids: list[int]) -> list[Commitment]:
    """The commitments ``ids`` with their notes, in the order given (missing ones left out):
    two queries per :data:`CHUNK` ids, not two per commitment."""
    rows: dict[int, tuple] = {}
    notes: dict[int, list[ProgressNote]] = {}
    for part in chunks(list(ids)):
        marks = ", ".join("?" * len(part))
        for row in conn.execute(
            f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE id IN ({marks})", part
        ):
            rows[row[0]] = row
        for cid, d, t, e in conn.execute(
            "SELECT commitment_id, date, text, evidence FROM progress_notes "
            f"WHERE commitment_id IN ({marks}) ORDER BY commitment_id, position",
            part,
        ):
            notes.setdefault(cid, []).append(ProgressNote(dt.date.fromisoformat(d), t, e))
    return [commitment_from_row(rows[i], notes.get(i, [])) for i in ids if i in rows]


# --------------------------------------------------------------------------- books


def book_row(b: Book) -> dict[str, Any]:
    return {
        "title": b.title,
        "occasion": b.occasion,
        "place": b.place,
        "start_date": iso(b.start_date),
        "end_date": iso(b.end_date),
        "principal": b.principal,
        "classification": b.classification,
        "caveat": b.caveat,
        "status": str(b.status),
        "paper": str(b.paper),
        "prepared_by": b.prepared_by,
        **scope_row(b.scope),
        "language": b.language,
        "native_digits": int(b.native_digits),
    }


def scope_row(scope: BookScope) -> dict[str, Any]:
    return {
        "scope_since": iso(scope.since),
        "scope_commitments": str(scope.commitments),
        "scope_last_discussed": scope.last_discussed,
        "scope_sources": str(scope.sources),
        "scope_tracker": str(scope.tracker),
        "scope_contents": scope.contents_depth,
        "scope_page_budget": scope.page_budget,
    }


SCOPE_COLUMNS = ", ".join(scope_row(BookScope()))


def scope_from_row(row: tuple) -> BookScope:
    """From ``SELECT {SCOPE_COLUMNS}``."""
    return BookScope(
        since=parse_date(row[0]),
        commitments=CommitmentRule(row[1]),
        last_discussed=row[2],
        sources=SourcesRule(row[3]),
        tracker=TrackerRule(row[4]),
        contents_depth=row[5],
        page_budget=row[6],
    )


def section_row(book_id: int, position: int, s: Section) -> dict[str, Any]:
    return {
        "book_id": book_id,
        "position": position,
        "title": s.title,
        "kind": str(s.kind),
        "area": s.area,
        "classification": s.classification,
        "owner": s.owner,
        "status": str(s.status),
        "included": int(s.included),
        "objective": s.objective,
        "points": s.points,
        "if_raised": s.if_raised,
        "background": s.background,
    }


def load_book(conn: sqlite3.Connection, book_id: int) -> Book:
    row = conn.execute(
        "SELECT title, occasion, place, start_date, end_date, principal, classification, caveat,"
        f" status, paper, prepared_by, uid, {SCOPE_COLUMNS}, language, native_digits"
        " FROM books WHERE id = ?",
        (book_id,),
    ).fetchone()
    if row is None:
        raise KeyError(f"no book {book_id}")
    sections = load_sections(conn, book_id)
    programme = [
        ProgrammeItem(time=t, activity=a, lead=ld, press=bool(p), day=parse_date(d))
        for d, t, a, ld, p in conn.execute(
            "SELECT day, time, activity, lead, press FROM programme WHERE book_id = ? "
            "ORDER BY position",
            (book_id,),
        )
    ]
    counterparts = [
        p
        for (p,) in conn.execute(
            "SELECT person_id FROM book_counterparts WHERE book_id = ? ORDER BY position",
            (book_id,),
        )
    ]
    return Book(
        title=row[0],
        occasion=row[1],
        place=row[2],
        start_date=parse_date(row[3]),
        end_date=parse_date(row[4]),
        principal=row[5],
        classification=row[6],
        caveat=row[7],
        status=BookStatus(row[8]),
        paper=Paper(row[9]),
        prepared_by=row[10],
        counterparts=counterparts,
        sections=sections,
        programme=programme,
        id=book_id,
        uid=row[11],
        scope=scope_from_row(row[12:19]),
        language=row[19],
        native_digits=bool(row[20]),
    )


def load_sections(
    conn: sqlite3.Connection, book_id: int, section_id: int | None = None
) -> list[Section]:
    """The sections of a book in order (only ``section_id`` if given)."""
    where, args = "book_id = ?", [book_id]
    if section_id is not None:
        where, args = where + " AND id = ?", [book_id, section_id]
    return [
        Section(
            title=r[1],
            kind=SectionKind(r[2]),
            area=r[3],
            classification=r[4],
            owner=r[5],
            status=SectionStatus(r[6]),
            included=bool(r[7]),
            objective=r[8],
            points=r[9],
            if_raised=r[10],
            background=r[11],
            id=r[0],
            uid=r[12],
        )
        for r in conn.execute(
            "SELECT id, title, kind, area, classification, owner, status, included, objective,"
            f" points, if_raised, background, uid FROM sections WHERE {where} ORDER BY position",
            args,
        )
    ]
