"""The whole workspace as one JSON document, and back (see docs/json-format.md).

Loading validates everything first and reports the first problem with its place, e.g.
``meetings[2].items[0].kind: 'promise' is not one of statement, agreement, …``; nothing is
written unless the whole document is valid.

Documents come from outside, so :func:`load_file` refuses before reading one that is too large
(:mod:`briefing.limits`), and every way JSON can be valid yet unusable ends in a
:class:`FormatError`: nesting deeper than Python can follow, numbers too long to convert, ids
SQLite cannot store, and unpaired surrogates (``"\\ud800"`` is valid JSON, but not text that
can be saved).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

from briefing.files.atomic import sync_dir
from briefing.files.paths import real_path
from briefing.interchange import issued as interchange_issued
from briefing.interchange.issued import IssuedData
from briefing.limits import MAX_JSON_BYTES, MAX_TEXT_CHARS, TooLarge, check_json_size
from briefing.model import (
    Area,
    Book,
    BookStatus,
    ClassificationScheme,
    Commitment,
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
    Settings,
    SourceDocument,
    time_problem,
)
from briefing.store import Workspace, WorkspaceError
from briefing.store.file import check_file_name, explain_os

FORMAT = "briefing-book"
VERSION = 2  # 2: issued versions and the distribution log; version 1 documents still load


class FormatError(WorkspaceError):
    """The JSON document is not a valid workspace document; the message says where."""


#: ids are stored as SQLite integers and also scaled into search-index row ids
MAX_ID = 2**53 - 1
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------------- read


def parse_json(raw: str | bytes, where: str = "document") -> Any:
    """JSON text -> a document, or a :class:`FormatError` that names ``where`` and the problem."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FormatError(f"{where}: is not UTF-8 text; a workspace JSON document is") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{where}: is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise FormatError(f"{where}: is nested too deeply to be a workspace document") from None
    except ValueError as exc:  # e.g. a number with more than 4,300 digits
        raise FormatError(f"{where}: is not a usable JSON document ({exc})") from None


def read_document(path: str | Path) -> Any:
    """Read a JSON document from a file (``"-"``: standard input): refused unread if too
    large, and every problem a :class:`FormatError` naming the file."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        if len(data) > MAX_JSON_BYTES:
            raise FormatError(
                f"stdin: the document is larger than the limit of {MAX_JSON_BYTES:,} bytes"
            )
        return parse_json(data, "stdin")
    path = Path(path)
    try:
        check_json_size(path)
        data = path.read_bytes()
    except TooLarge as exc:
        raise FormatError(str(exc)) from None
    except FileNotFoundError:
        raise FormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FormatError(f"{path}: is a folder, not a JSON document") from None
    except OSError as exc:
        raise FormatError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    return parse_json(data, str(path))


def load_file(source: str | Path, target: str | Path) -> Workspace:
    """Create the workspace ``target`` from the JSON file ``source`` (see :func:`load`)."""
    document = read_document(source)
    try:
        return load(document, target)
    except FormatError as exc:
        raise FormatError(f"{source}: {exc}") from None


# ---------------------------------------------------------------------- dump


def _d(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def dump(ws: Workspace) -> dict[str, Any]:
    s = ws.settings
    return {
        "format": FORMAT,
        "version": VERSION,
        "settings": {
            "countries": s.countries,
            "ministry": s.ministry,
            "department": s.department,
            "classification_levels": s.classification.levels,
            "areas": [{"key": a.key, "name": a.name} for a in s.areas],
        },
        "people": [_dump_person(p) for p in ws.people.all()],
        "meetings": [
            _dump_meeting(ws.meetings.get(m.id)) for m in reversed(ws.meetings.summaries())
        ],
        "commitments": [
            _dump_commitment(c) for c in sorted(ws.commitments.all(), key=lambda c: c.id)
        ],
        "books": [dump_book(ws.books.get(b[0])) for b in ws.books.summaries()],
        **interchange_issued.dump(ws),
    }


def _dump_person(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "names": [{"text": n.text, "script": n.script} for n in p.names],
        "honorific": p.honorific,
        "side": p.side,
        "offices": [{"title": o.title, "start": _d(o.start), "end": _d(o.end)} for o in p.offices],
        "biography": p.biography,
    }


def _dump_meeting(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "kind": str(m.kind),
        "date": m.date.isoformat(),
        "end_date": _d(m.end_date),
        "city": m.city,
        "country": m.country,
        "occasion": m.occasion,
        "title": m.title,
        "summary": m.summary,
        "participants": [{"person": p.person_id, "role": p.role} for p in m.participants],
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "issuer": s.issuer,
                "issue_date": _d(s.issue_date),
                "text": s.text,
            }
            for s in m.sources
        ],
        "items": [
            {
                "id": i.id,
                "area": i.area,
                "side": i.side,
                "kind": str(i.kind),
                "text": i.text,
                "classification": i.classification,
            }
            for i in m.items
        ],
    }


def _dump_commitment(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "meeting": c.meeting_id,
        "item": c.item_id,
        "area": c.area,
        "owed_by": c.owed_by,
        "text": c.text,
        "due": _d(c.due),
        "status": str(c.status),
        "notes": [
            {"date": n.date.isoformat(), "text": n.text, "evidence": n.evidence} for n in c.notes
        ],
    }


def dump_book(b: Book) -> dict[str, Any]:
    return {
        "id": b.id,
        "title": b.title,
        "occasion": b.occasion,
        "place": b.place,
        "start_date": _d(b.start_date),
        "end_date": _d(b.end_date),
        "principal": b.principal,
        "classification": b.classification,
        "caveat": b.caveat,
        "status": str(b.status),
        "paper": str(b.paper),
        "prepared_by": b.prepared_by,
        "counterparts": list(b.counterparts),
        "programme": [
            {
                "day": _d(p.day),
                "time": p.time,
                "activity": p.activity,
                "lead": p.lead,
                "press": p.press,
            }
            for p in b.programme
        ],
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "kind": str(s.kind),
                "area": s.area,
                "classification": s.classification,
                "owner": s.owner,
                "status": str(s.status),
                "included": s.included,
                "objective": s.objective,
                "points": s.points,
                "if_raised": s.if_raised,
                "background": s.background,
            }
            for s in b.sections
        ],
    }


# ---------------------------------------------------------------------- load


class _Reader:
    """Typed access to a JSON object that reports the path of what is wrong."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise FormatError(f"{where or 'document'}: expected an object")
        self.obj, self.where = obj, where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.obj or (self.obj[key] is None and default is not ...):
            if default is ...:
                raise FormatError(f"{self.at(key)}: missing")
            return default
        value = self.obj[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise FormatError(f"{self.at(key)}: expected {name}, got {type(value).__name__}")
        if isinstance(value, str):
            _check_text(value, self.at(key))
        return value

    def text(self, key: str, default: str | None = "") -> str:
        return self.get(key, str, default if default is not None else ...)

    def opt_id(self, key: str) -> int | None:
        value = self.get(key, int, None)
        if value is not None:
            _check_id(value, self.at(key))
        return value

    def ref(self, key: str) -> int:
        value = self.get(key, int)
        _check_id(value, self.at(key))
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.get(key, str, ... if required else None)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise FormatError(f"{self.at(key)}: '{value}' is not a date (YYYY-MM-DD)") from None

    def enum(self, key: str, enum: type, default: Any = ...) -> Any:
        value = self.get(key, str, default if default is ... else str(default))
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(str(e) for e in enum)
            raise FormatError(f"{self.at(key)}: '{value}' is not one of {allowed}") from None

    def items(self, key: str) -> list[_Reader]:
        values = self.get(key, list, [])
        return [_Reader(v, f"{self.at(key)}[{i}]") for i, v in enumerate(values)]

    def strings(self, key: str) -> list[str]:
        values = self.get(key, list, [])
        for i, v in enumerate(values):
            if not isinstance(v, str):
                raise FormatError(f"{self.at(key)}[{i}]: expected str")
            _check_text(v, f"{self.at(key)}[{i}]")
        return values

    def ints(self, key: str) -> list[int]:
        values = self.get(key, list, [])
        for i, v in enumerate(values):
            if not isinstance(v, int) or isinstance(v, bool):
                raise FormatError(f"{self.at(key)}[{i}]: expected a number")
            _check_id(v, f"{self.at(key)}[{i}]")
        return values


def _check_text(value: str, where: str) -> None:
    if len(value) > MAX_TEXT_CHARS:
        raise FormatError(
            f"{where}: the text is {len(value):,} characters long; a field holds at most "
            f"{MAX_TEXT_CHARS:,} (about 150 pages)"
        )
    bad = _SURROGATE.search(value)
    if bad:
        raise FormatError(
            f"{where}: contains an unpaired surrogate (\\u{ord(bad.group()):04x}) at character "
            f"{bad.start() + 1}, which is not valid Unicode text; correct the program or "
            "file that produced the document"
        )


def _check_id(value: int, where: str) -> None:
    if not 1 <= value <= MAX_ID:
        raise FormatError(f"{where}: {value} is not an id (a whole number from 1 to {MAX_ID})")


def parse(
    document: Any,
) -> tuple[Settings, list[Person], list[Meeting], list[Commitment], list[Book]]:
    """Validate a JSON document and turn it into model objects (ids kept)."""
    return _parse(document)[:5]  # type: ignore[return-value]


def _fail(where: str, problem: str) -> NoReturn:
    raise FormatError(f"{where}: {problem}")


def _parse(
    document: Any,
) -> tuple[Settings, list[Person], list[Meeting], list[Commitment], list[Book], IssuedData]:
    r = _Reader(document, "")
    if r.get("format", str) != FORMAT:
        raise FormatError(f"format: expected '{FORMAT}', this is not a Briefing Book document")
    version = r.get("version", int)
    if version > VERSION:
        raise FormatError(
            f"version: the document is version {version}; this Briefing Book reads up to "
            f"{VERSION}. Update Briefing Book to load it"
        )
    s = _Reader(r.get("settings", dict), "settings")
    levels = s.strings("classification_levels") or ClassificationScheme().levels
    areas = [Area(a.text("key", None), a.text("name", None)) for a in s.items("areas")]
    settings = Settings(
        countries=s.strings("countries"),
        ministry=s.text("ministry"),
        department=s.text("department"),
        classification=ClassificationScheme(levels),
        areas=areas or Settings().areas,
    )
    for where, problem in settings.problems():
        _fail(f"settings.{where}", problem)
    people = [_parse_person(p) for p in r.items("people")]
    meetings = [_parse_meeting(m) for m in r.items("meetings")]
    commitments = [_parse_commitment(c) for c in r.items("commitments")]
    books = [_parse_book(b) for b in r.items("books")]
    _check_references(settings, people, meetings, commitments, books)
    issued = interchange_issued.parse(
        r.items("issued_versions"), r.items("distribution_log"), {b.id for b in books}, _fail
    )
    return settings, people, meetings, commitments, books, issued


def _parse_person(p: _Reader) -> Person:
    return Person(
        names=[Name(n.text("text", None), n.text("script", "Latn")) for n in p.items("names")],
        honorific=p.text("honorific"),
        side=p.text("side"),
        offices=[
            Office(o.text("title", None), o.date("start"), o.date("end"))
            for o in p.items("offices")
        ],
        biography=p.text("biography"),
        id=p.opt_id("id"),
    )


def _parse_meeting(m: _Reader) -> Meeting:
    return Meeting(
        date=m.date("date", required=True),  # type: ignore[arg-type]
        kind=m.enum("kind", MeetingKind, MeetingKind.BILATERAL),
        end_date=m.date("end_date"),
        city=m.text("city"),
        country=m.text("country"),
        occasion=m.text("occasion"),
        title=m.text("title"),
        summary=m.text("summary"),
        participants=[
            Participant(p.ref("person"), p.text("role")) for p in m.items("participants")
        ],
        sources=[
            SourceDocument(
                s.text("title", None),
                s.text("issuer"),
                s.date("issue_date"),
                s.text("text"),
                id=s.opt_id("id"),
            )
            for s in m.items("sources")
        ],
        items=[
            Item(
                i.text("area", None),
                i.text("side", None),
                i.enum("kind", ItemKind),
                i.text("text", None),
                i.text("classification"),
                id=i.opt_id("id"),
            )
            for i in m.items("items")
        ],
        id=m.opt_id("id"),
    )


def _parse_commitment(c: _Reader) -> Commitment:
    return Commitment(
        text=c.text("text", None),
        owed_by=c.text("owed_by", None),
        area=c.text("area", None),
        meeting_id=c.opt_id("meeting"),
        item_id=c.opt_id("item"),
        due=c.date("due"),
        status=c.enum("status", CommitmentStatus, CommitmentStatus.PENDING),
        notes=[
            ProgressNote(
                n.date("date", required=True),
                n.text("text", None),  # type: ignore
                n.text("evidence"),
            )
            for n in c.items("notes")
        ],
        id=c.opt_id("id"),
    )


def _parse_book(b: _Reader) -> Book:
    return Book(
        title=b.text("title", None),
        occasion=b.text("occasion"),
        place=b.text("place"),
        start_date=b.date("start_date"),
        end_date=b.date("end_date"),
        principal=b.text("principal"),
        classification=b.text("classification"),
        caveat=b.text("caveat"),
        status=b.enum("status", BookStatus, BookStatus.DRAFT),
        paper=b.enum("paper", Paper, Paper.A4),
        prepared_by=b.text("prepared_by"),
        counterparts=b.ints("counterparts"),
        programme=[_programme_item(p) for p in b.items("programme")],
        sections=[
            Section(
                title=s.text("title", None),
                kind=s.enum("kind", SectionKind, SectionKind.AREA),
                area=s.get("area", str, None),
                classification=s.text("classification"),
                owner=s.text("owner"),
                status=s.enum("status", SectionStatus, SectionStatus.DRAFT),
                included=s.get("included", bool, True),
                objective=s.text("objective"),
                points=s.text("points"),
                if_raised=s.text("if_raised"),
                background=s.text("background"),
                id=s.opt_id("id"),
            )
            for s in b.items("sections")
        ],
        id=b.opt_id("id"),
    )


def _programme_item(p: _Reader) -> ProgrammeItem:
    time = p.text("time")
    problem = time_problem(time)
    if problem:
        _fail(p.at("time"), problem)
    return ProgrammeItem(
        time, p.text("activity", None), p.text("lead"), p.get("press", bool, False), p.date("day")
    )


def _check_references(
    settings: Settings,
    people: list[Person],
    meetings: list[Meeting],
    commitments: list[Commitment],
    books: list[Book],
) -> None:
    areas = {a.key for a in settings.areas}
    levels = set(settings.classification.levels) | {""}
    person_ids = {p.id for p in people}
    meeting_ids = {m.id for m in meetings}
    item_ids = {i.id for m in meetings for i in m.items}
    item_meeting = {i.id: m.id for m in meetings for i in m.items}

    def check(ok: bool, where: str, message: str) -> None:
        if not ok:
            raise FormatError(f"{where}: {message}")

    for kind, ids in (
        ("people", [p.id for p in people]),
        ("meetings", [m.id for m in meetings]),
        ("commitments", [c.id for c in commitments]),
        ("books", [b.id for b in books]),
        ("meetings[].items", [i.id for m in meetings for i in m.items]),
        ("meetings[].sources", [s.id for m in meetings for s in m.sources]),
        ("books[].sections", [s.id for b in books for s in b.sections]),
    ):
        given = [i for i in ids if i is not None]
        check(len(given) == len(set(given)), kind, "two entries have the same id")
    for mi, m in enumerate(meetings):
        check(
            m.end_date is None or m.date <= m.end_date,
            f"meetings[{mi}].end_date",
            f"the meeting ends ({m.end_date}) before it starts ({m.date})",
        )
        for pi, p in enumerate(m.participants):
            check(
                p.person_id in person_ids,
                f"meetings[{mi}].participants[{pi}].person",
                f"no person with id {p.person_id}",
            )
        for ii, item in enumerate(m.items):
            check(
                item.area in areas,
                f"meetings[{mi}].items[{ii}].area",
                f"'{item.area}' is not one of the areas in settings",
            )
            check(
                item.classification in levels,
                f"meetings[{mi}].items[{ii}].classification",
                f"'{item.classification}' is not a classification level in settings",
            )
    for ci, c in enumerate(commitments):
        check(c.area in areas, f"commitments[{ci}].area", f"'{c.area}' is not an area")
        check(
            c.meeting_id is None or c.meeting_id in meeting_ids,
            f"commitments[{ci}].meeting",
            f"no meeting with id {c.meeting_id}",
        )
        check(
            c.item_id is None or c.item_id in item_ids,
            f"commitments[{ci}].item",
            f"no item with id {c.item_id}",
        )
        check(
            c.item_id is None or c.meeting_id is None or item_meeting[c.item_id] == c.meeting_id,
            f"commitments[{ci}].item",
            f"item {c.item_id} is not an item of meeting {c.meeting_id}",
        )
    for bi, b in enumerate(books):
        check(
            b.start_date is None or b.end_date is None or b.start_date <= b.end_date,
            f"books[{bi}].end_date",
            f"the visit ends ({b.end_date}) before it starts ({b.start_date})",
        )
        check(
            b.classification in levels,
            f"books[{bi}].classification",
            f"'{b.classification}' is not a classification level in settings",
        )
        for pi, p in enumerate(b.counterparts):
            check(p in person_ids, f"books[{bi}].counterparts[{pi}]", f"no person with id {p}")
        for si, s in enumerate(b.sections):
            check(
                s.area is None or s.area in areas,
                f"books[{bi}].sections[{si}].area",
                f"'{s.area}' is not an area",
            )
            check(
                s.classification in levels,
                f"books[{bi}].sections[{si}].classification",
                f"'{s.classification}' is not a classification level in settings",
            )


def load(document: Any, path: str | Path) -> Workspace:
    """Create a new workspace at ``path`` from a JSON document.

    Everything is validated before anything is created, and the workspace is built under a
    hidden temporary name beside ``path`` and renamed into place only when whole: a document
    that fails, or a process killed meanwhile, leaves no half-made workspace at ``path``.
    """
    settings, people, meetings, commitments, books, issued = _parse(document)
    target = real_path(path)
    check_file_name(target)
    if target.exists() or target.is_symlink():
        raise WorkspaceError(f"{path}: a file of that name already exists; choose another name")
    building = target.with_name(f".{target.name}.load-{os.getpid()}-{secrets.token_hex(4)}")
    ws = Workspace.create(building, settings)
    try:
        with ws.transaction():
            for person in people:
                ws.people.save(person)
            for meeting in meetings:
                ws.meetings.save(meeting)
            for commitment in commitments:
                ws.commitments.save(commitment)
            for book in books:
                ws.books.save(book)
            interchange_issued.store(ws, issued)
        ws.close()
        if target.exists():
            raise WorkspaceError(f"{path}: a file of that name appeared meanwhile; nothing loaded")
        os.replace(building, target)
        sync_dir(target.parent)
    except Exception as exc:
        ws.close()
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, OverflowError | UnicodeError | sqlite3.Error):  # a last guard
            raise FormatError(f"the document could not be stored: {exc}") from exc
        if isinstance(exc, OSError):
            raise explain_os(target, exc, "could not create the workspace") from None
        raise
    return Workspace.open(target)
