"""A JSON document checked and turned into model objects, before anything is created.

Loading validates everything first and reports the first problem with its place, e.g.
``meetings[2].items[0].kind: 'promise' is not one of statement, agreement, …``.
"""

from __future__ import annotations

from typing import Any, NoReturn

from briefing.i18n import LANGUAGES
from briefing.interchange import clearance as interchange_clearance
from briefing.interchange import issued as interchange_issued
from briefing.interchange.dump import FORMAT, VERSION
from briefing.interchange.issued import IssuedData
from briefing.interchange.reader import FormatError, Reader
from briefing.model import (
    Area,
    Book,
    BookScope,
    BookStatus,
    ClassificationScheme,
    Clearer,
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
    Settings,
    SourceDocument,
    SourcesRule,
    TrackerRule,
    time_problem,
)


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
    r = Reader(document, "")
    if r.get("format", str) != FORMAT:
        raise FormatError(f"format: expected '{FORMAT}', this is not a Briefing Book document")
    version = r.get("version", int)
    if version > VERSION:
        raise FormatError(
            f"version: the document is version {version}; this Briefing Book reads up to "
            f"{VERSION}. Update Briefing Book to load it"
        )
    s = Reader(r.get("settings", dict), "settings")
    levels = s.strings("classification_levels") or ClassificationScheme().levels
    areas = [
        Area(a.text("key", None), a.text("name", None), a.names("names")) for a in s.items("areas")
    ]
    t = Reader(s.get("terms", dict, {}), s.at("terms"))
    terms = {term: t.names(term) for term in t.obj}
    settings = Settings(
        countries=s.strings("countries"),
        ministry=s.text("ministry"),
        department=s.text("department"),
        classification=ClassificationScheme(levels),
        areas=areas or Settings().areas,
        terms=terms,
        clearers=[
            Clearer(c.text("key", None), c.text("name", None), c.text("title"))
            for c in s.items("clearers")
        ],
    )
    for where, problem in settings.problems():
        _fail(f"settings.{where}", problem)
    people = [_parse_person(p) for p in r.items("people")]
    meetings = [_parse_meeting(m) for m in r.items("meetings")]
    commitments = [_parse_commitment(c) for c in r.items("commitments")]
    readers = r.items("books")
    books = [_parse_book(b) for b in readers]
    if version < 5:  # no global identities then: each record gets a new one when stored
        _forget_uids(people, meetings, commitments, books)
    _check_references(settings, people, meetings, commitments, books)
    trails = [
        interchange_clearance.parse(
            b, book.id or 0, {s.id for s in book.sections if s.id is not None}, _fail
        )
        for b, book in zip(readers, books, strict=True)
    ]
    if version < 3:
        _date_closings(meetings, commitments)
    issued = interchange_issued.parse(
        r.items("issued_versions"), r.items("distribution_log"), {b.id for b in books}, _fail
    )
    issued.trails = trails
    return settings, people, meetings, commitments, books, issued


def _parse_person(p: Reader) -> Person:
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
        uid=p.uid("uid"),
    )


def _parse_meeting(m: Reader) -> Meeting:
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
                uid=s.uid("uid"),
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
                uid=i.uid("uid"),
            )
            for i in m.items("items")
        ],
        id=m.opt_id("id"),
        uid=m.uid("uid"),
    )


def _parse_commitment(c: Reader) -> Commitment:
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
        closed=c.date("closed"),
        uid=c.uid("uid"),
    )


def _parse_book(b: Reader) -> Book:
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
        scope=_parse_scope(Reader(b.get("scope", dict, {}), b.at("scope"))),
        language=_language(b),
        native_digits=b.get("native_digits", bool, False),
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
                uid=s.uid("uid"),
            )
            for s in b.items("sections")
        ],
        id=b.opt_id("id"),
        uid=b.uid("uid"),
    )


def _language(b: Reader) -> str:
    """A book's language; documents before version 4 have none: English."""
    code = b.text("language", "en")
    if code not in LANGUAGES:
        _fail(b.at("language"), f"'{code}' is not one of {', '.join(LANGUAGES)}")
    return code


def _parse_scope(s: Reader) -> BookScope:
    """A book's scope; what a document leaves out (all of it before version 3) is the default."""
    default = BookScope()
    scope = BookScope(
        since=s.date("since"),
        commitments=s.enum("commitments", CommitmentRule, default.commitments),
        last_discussed=s.get("last_discussed", int, default.last_discussed),
        sources=s.enum("sources", SourcesRule, default.sources),
        tracker=s.enum("tracker", TrackerRule, default.tracker),
        contents_depth=s.get("contents_depth", int, default.contents_depth),
        page_budget=s.get("page_budget", int, default.page_budget),
    )
    for name, problem in scope.problems():
        _fail(s.at(name), problem)
    return scope


def _date_closings(meetings: list[Meeting], commitments: list[Commitment]) -> None:
    """A document before version 3 has no closing dates: a done or dropped commitment is taken
    as closed on its latest progress note, else on the day of the meeting that made it (as
    the workspace's schema migration dates them)."""
    days = {m.id: m.date for m in meetings}
    for c in commitments:
        if not c.status.is_open and c.closed is None:
            latest = max((n.date for n in c.notes), default=None)
            c.closed = latest or days.get(c.meeting_id)


def _forget_uids(
    people: list[Person], meetings: list[Meeting], commitments: list[Commitment], books: list[Book]
) -> None:
    for record in [*people, *meetings, *commitments, *books]:
        record.uid = None
    for m in meetings:
        for child in [*m.items, *m.sources]:
            child.uid = None
    for b in books:
        for s in b.sections:
            s.uid = None


def _programme_item(p: Reader) -> ProgrammeItem:
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
    uids = [
        r.uid
        for r in [*people, *meetings, *commitments, *books]
        + [x for m in meetings for x in [*m.items, *m.sources]]
        + [s for b in books for s in b.sections]
        if r.uid is not None
    ]
    check(len(uids) == len(set(uids)), "uid", "two records have the same uid")
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
        problem = c.closing_problem()
        check(problem is None, f"commitments[{ci}].closed", problem or "")
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
        check(
            b.scope.since is None or b.start_date is None or b.scope.since <= b.start_date,
            f"books[{bi}].scope.since",
            f"the period ({b.scope.since}) cannot start after the visit ({b.start_date})",
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
