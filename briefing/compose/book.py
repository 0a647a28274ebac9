"""Book + workspace records -> one IR document: the one place that decides what a book says.

Order: cover, contents, purpose (and other free-standing sections) in the officer's order,
the programme, one brief per included cooperation area (its four fields, then "Last
discussed" and the status of previous commitments, generated from the records), the book's
own annexes, then generated annexes: biographies, the commitments tracker and the source
documents. What the generated parts show is the book's scope (:mod:`briefing.compose.scope`):
its period and a rule per part.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefing import ir
from briefing.compose.scope import Selection, select
from briefing.ir import Heading, Paragraph, Table, runs
from briefing.markup import parse_blocks
from briefing.model import (
    Book,
    BookStatus,
    Commitment,
    CommitmentRule,
    Person,
    Section,
    SectionKind,
    Settings,
    Standing,
    Step,
    format_date,
    standing,
    text_hash,
)
from briefing.model.clearance_words import block_lines
from briefing.store import MeetingSummary, Workspace

FIELD_TITLES = {
    "objective": "Objective",
    "points": "Points to make",
    "if_raised": "If raised",
    "background": "Background",
}


@dataclass
class Options:
    portion_marks: bool = False
    draft_mark: bool | None = None  # None: while the book is a draft
    paper: str | None = None  # None: the book's own paper size
    today: dt.date = field(default_factory=dt.date.today)
    copy: str = ""  # "Copy 3 of 12 — Office of the Minister" for numbered copies
    version: int | None = None  # the issued version this export becomes, named on the cover
    since: dt.date | None = None  # the period starts here for this export (else the book's)
    #: print the clearance block (drafted by, cleared by, dates) at the end of each brief
    clearance_block: bool = False


@dataclass
class _Context:
    ws: Workspace
    book: Book
    options: Options
    levels: list[str]  # every classification included, for the high-water mark
    reasons: list[tuple[str, str]]  # (level, what carries it)
    selection: Selection
    settings: Settings
    anchors: set[str] = field(default_factory=set)
    _standings: dict[int, Standing] | None = None

    def standing(self, section: Section) -> Standing:
        """Where ``section`` stands in clearance (the trail read once per document)."""
        if self._standings is None:
            steps: dict[int, list[Step]] = {}
            if self.book.id is not None:
                for step in self.ws.clearance.steps(self.book.id):
                    if step.section_id is not None:
                        steps.setdefault(step.section_id, []).append(step)
            self._standings = {
                s.id: standing(steps.get(s.id, []), text_hash(s.texts))  # type: ignore[misc]
                for s in self.book.sections
            }
        return self._standings.get(section.id, standing([], ""))  # type: ignore[arg-type]

    def meeting(self, meeting_id: int | None) -> MeetingSummary | None:
        if meeting_id is None:
            return None
        return self.selection.meetings.get(meeting_id)

    def include(self, level: str, what: str) -> None:
        if level:
            self.levels.append(level)
            self.reasons.append((level, what))

    def portion(self, level: str) -> str | None:
        if not self.options.portion_marks:
            return None
        scheme = self.settings.classification
        return scheme.abbreviation(level or scheme.lowest)

    def anchor(self, base: str) -> str:
        name, n = base, 1
        while name in self.anchors:
            n += 1
            name = f"{base}-{n}"
        self.anchors.add(name)
        return name


def compose(ws: Workspace, book: Book, options: Options | None = None) -> ir.Document:
    options = options or Options()
    settings = ws.settings
    selection = select(ws, book, options.today, options.since)
    ctx = _Context(ws, book, options, [book.classification], [], selection, settings)
    _include_records(ctx)
    body: list[ir.Block] = []
    sections = [s for s in book.sections if s.included]

    programme_done = False
    for section in sections:
        if section.kind in (SectionKind.AREA, SectionKind.ANNEX):
            continue
        body += _free_section(ctx, section)
        if section.kind is SectionKind.PROGRAMME:
            body += _programme(ctx)
            programme_done = True
    if book.programme and not programme_done:
        body.append(Heading(1, runs("Programme"), ctx.anchor("programme"), page_break_before=True))
        body += _programme(ctx)
    for section in sections:
        if section.kind is SectionKind.AREA:
            body += _brief(ctx, section)
    annex_letter = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for section in sections:
        if section.kind is SectionKind.ANNEX:
            letter = next(annex_letter)
            prefix = "" if section.title.lower().startswith("annex") else f"Annex {letter}: "
            body += _free_section(ctx, section, prefix=prefix)
    # each generated annex takes the next letter only if it prints
    body += _biographies(ctx, annex_letter)
    body += _tracker(ctx, annex_letter)
    body += _sources(ctx, annex_letter)
    depth = book.scope.contents_depth  # deeper headings stay bookmarks, out of the contents
    body = [
        dataclasses.replace(b, in_contents=False)
        if isinstance(b, Heading) and b.in_contents and b.level > depth
        else b
        for b in body
    ]

    scheme = settings.classification
    level = scheme.highest(ctx.levels)
    notices = []
    if scheme.rank(level) > scheme.rank(book.classification):
        carriers = sorted({what for lvl, what in ctx.reasons if lvl == level})
        notices.append(
            f"The book is marked {level}, above its stated "
            f"{book.classification or scheme.lowest}, because of: {'; '.join(carriers)}."
        )
    marking = level + (f" // {book.caveat.upper()}" if book.caveat else "")
    draft = (
        options.draft_mark if options.draft_mark is not None else (book.status is BookStatus.DRAFT)
    )
    cover = _cover(ctx, marking)
    blocks: list[ir.Block] = [cover, ir.Contents(), *body]
    return ir.Document(
        meta=ir.Metadata(
            title=book.title,
            subject=book.occasion or f"Briefing book: {book.place}",
            author=settings.department or settings.ministry,
            keywords=[*settings.countries, "briefing book", level],
            classification=marking,
        ),
        marking=marking,
        paper=options.paper or str(book.paper),
        draft=draft,
        footer_note=options.copy,
        blocks=blocks,
        notices=notices,
    )


# ---------------------------------------------------------------------- cover


def _dates(start: dt.date | None, end: dt.date | None) -> str:
    if start and end and end != start:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}–{format_date(end)}"
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start)


def _cover(ctx: _Context, marking: str) -> ir.Cover:
    book, settings = ctx.book, ctx.settings
    status = "FINAL" if book.status is BookStatus.FINAL else "DRAFT"
    version = f"{'Final' if status == 'FINAL' else 'Draft'} of {format_date(ctx.options.today)}"
    if ctx.options.version is not None:
        version = f"Version {ctx.options.version} — {version}"
    place_dates = ", ".join(p for p in (book.place, _dates(book.start_date, book.end_date)) if p)
    return ir.Cover(
        ministry=settings.ministry,
        department=settings.department,
        title=runs(book.title),
        occasion=runs(book.occasion),
        place_and_dates=runs(place_dates),
        marking=marking,
        version=version,
        prepared_by=book.prepared_by or settings.department,
        status=status,
        copy=ctx.options.copy,
    )


# ---------------------------------------------------------------------- sections


def _section_level(ctx: _Context, section: Section) -> str:
    ctx.include(section.classification, f"section “{section.title}”")
    return section.classification


def _fields(ctx: _Context, section: Section, anchor: str, level: str) -> list[ir.Block]:
    out: list[ir.Block] = []
    for name, title in FIELD_TITLES.items():
        text = getattr(section, name)
        if not text.strip():
            continue
        out.append(Heading(2, runs(title), ctx.anchor(f"{anchor}-{name}"), in_contents=False))
        out += _marked(ctx, _parsed(text, f"{anchor}-{name}"), level)
    return out


def _marked(ctx: _Context, blocks: list[ir.Block], level: str) -> list[ir.Block]:
    mark = ctx.portion(level)
    if not mark:
        return blocks
    return [
        dataclasses.replace(b, portion=mark) if isinstance(b, Paragraph | ir.ListBlock) else b
        for b in blocks
    ]


@lru_cache(maxsize=4096)
def _parsed_blocks(text: str, anchor_prefix: str) -> tuple[ir.Block, ...]:
    return tuple(parse_blocks(text, anchor_prefix=anchor_prefix))


def _parsed(text: str, anchor_prefix: str) -> list[ir.Block]:
    """A Markdown text as IR blocks, parsed once per text: a process that composes a book
    again after each edit (the preview's) parses only the field that changed. The blocks are
    shared between documents, so composing never changes a block; it makes a new one."""
    return list(_parsed_blocks(text, anchor_prefix))


def _free_section(ctx: _Context, section: Section, prefix: str = "") -> list[ir.Block]:
    level = _section_level(ctx, section)
    anchor = ctx.anchor(f"section-{section.id}")
    out: list[ir.Block] = [Heading(1, runs(prefix + section.title), anchor, page_break_before=True)]
    return out + _fields(ctx, section, anchor, level) + _clearance_block(ctx, section)


def _brief(ctx: _Context, section: Section) -> list[ir.Block]:
    level = _section_level(ctx, section)
    anchor = ctx.anchor(f"section-{section.id}")
    out: list[ir.Block] = [Heading(1, runs(section.title), anchor, page_break_before=True)]
    out += _fields(ctx, section, anchor, level)
    if section.area:
        out += _last_discussed(ctx, section.area)
        out += _commitments_table(ctx, section.area, anchor)
    return out + _clearance_block(ctx, section)


def _clearance_block(ctx: _Context, section: Section) -> list[ir.Block]:
    """Drafted by, cleared by (with dates): one note line each, when the export asks."""
    if not ctx.options.clearance_block or section.is_empty:
        return []
    lines = block_lines(section.owner, ctx.standing(section))
    return [Paragraph(runs(line), style="note") for line in lines]


def _meeting_label(m: MeetingSummary) -> str:
    return m.label + (f" ({m.occasion})" if m.occasion else "")


def _last_discussed(ctx: _Context, area: str) -> list[ir.Block]:
    if ctx.book.scope.last_discussed <= 0:
        return []
    found = ctx.selection.last_discussed.get(area, [])
    if not found:
        return [Paragraph(runs("Last discussed: not in any recorded meeting."), style="note")]
    labels = [_meeting_label(m) for m in found]
    return [
        Paragraph(runs("Last discussed: ", bold=True) + runs("; ".join(labels) + "."), style="note")
    ]


def _commitment_row(ctx: _Context, c: Commitment, with_area: bool) -> list[list[ir.Run]]:
    """One tracker row; dates short and places by city so narrow columns stay readable."""
    meeting = ctx.meeting(c.meeting_id)
    made = "—"
    if meeting:
        day = dt.date.fromisoformat(meeting.date)
        made = ", ".join(p for p in (format_date(day, short=True), meeting.city) if p)
    note = c.latest_note
    latest = f"{format_date(note.date, short=True)}: {note.text}" if note else ""
    if note and note.evidence:
        latest += f" ({note.evidence})"
    status = runs(str(c.status))
    if c.is_overdue(ctx.options.today):
        status += runs(" — overdue", bold=True)
    elif c.closed is not None and not c.status.is_open:
        status += runs(f" {format_date(c.closed, short=True)}")
    due = format_date(c.due, short=True) or "—"
    row = [runs(c.text), runs(c.owed_by), runs(made), runs(due), status, runs(latest)]
    if with_area:
        row.insert(1, runs(ctx.settings.area_name(c.area)))
    return row


def _include_records(ctx: _Context) -> None:
    """The classification of every record behind a commitment the book shows counts for the
    marking (read in one query, not one per commitment)."""
    shown = [c for c in ctx.selection.commitments if c.item_id is not None]
    items = ctx.ws.meetings.items_by_id(c.item_id for c in shown)  # type: ignore[misc]
    for c in shown:
        item = items.get(c.item_id)  # type: ignore[arg-type]
        if item is None:
            continue
        meeting = ctx.meeting(item.meeting_id)
        where = f" of {meeting.label}" if meeting else ""
        ctx.include(item.classification, f"a record of the meeting{where}")


def _commitments_table(ctx: _Context, area: str, anchor: str) -> list[ir.Block]:
    if ctx.selection.rule is CommitmentRule.NONE:
        return []
    commitments = ctx.selection.briefs.get(area, [])
    if not commitments:  # one line, so a short brief does not spill onto a page of its own
        return [
            Paragraph(
                runs("Status of previous commitments: ", bold=True)
                + runs(ctx.selection.empty_table_line()),
                style="note",
            )
        ]
    out: list[ir.Block] = [
        Heading(
            2,
            runs("Status of previous commitments"),
            ctx.anchor(f"{anchor}-commitments"),
            in_contents=False,
        )
    ]
    header = [runs(t) for t in ("Commitment", "Owed by", "Made at", "Due", "Status", "Latest")]
    rows = [_commitment_row(ctx, c, with_area=False) for c in commitments]
    return out + [Table(header, rows, [0.27, 0.11, 0.14, 0.11, 0.12, 0.25])]


# ---------------------------------------------------------------------- programme


def _programme(ctx: _Context) -> list[ir.Block]:
    if not ctx.book.programme:
        return []
    header = [runs(t) for t in ("Time", "Activity", "Lead", "Press")]
    rows = []
    for p in ctx.book.programme:
        when = f"{format_date(p.day)} {p.time}".strip() if p.day else p.time
        rows.append(
            [runs(when), runs(p.activity), runs(p.lead), runs("Open" if p.press else "Closed")]
        )
    return [Table(header, rows, [0.18, 0.52, 0.20, 0.10])]


# ---------------------------------------------------------------------- annexes


def _person_heading(person: Person) -> list[ir.Run]:
    latin = person.display_name
    others = [n.text for n in person.names if n.text != latin]
    text = latin + (f" ({', '.join(others)})" if others else "")
    return runs(text)


def _biographies(ctx: _Context, letters: Iterator[str]) -> list[ir.Block]:
    people = []
    for pid in ctx.book.counterparts:
        try:
            people.append(ctx.ws.people.get(pid))
        except KeyError:
            continue
    if not people:
        return []
    on = ctx.book.start_date or ctx.options.today
    out: list[ir.Block] = [
        Heading(
            1,
            runs(f"Annex {next(letters)}: Biographies"),
            ctx.anchor("annex-biographies"),
            page_break_before=True,
        )
    ]
    for person in people:
        anchor = ctx.anchor(f"person-{person.id}")
        out.append(Heading(2, _person_heading(person), anchor))
        title = person.title_on(on)
        side = person.side if person.side and person.side not in title else ""
        line = ", ".join(p for p in (person.honorific, title, side) if p)
        if line:
            out.append(Paragraph(runs(line, italic=True)))
        if person.biography.strip():
            out += _parsed(person.biography, anchor)
        else:
            out.append(Paragraph(runs("No biography recorded."), style="note"))
        met = [m.label for m in ctx.selection.last_met.get(person.id or 0, [])]
        if met:
            out.append(
                Paragraph(runs("Last met: ", bold=True) + runs("; ".join(met) + "."), style="note")
            )
    return out


def _tracker(ctx: _Context, letters: Iterator[str]) -> list[ir.Block]:
    commitments = ctx.selection.tracker
    if not commitments:
        return []
    header = [
        runs(t) for t in ("Commitment", "Area", "Owed by", "Made at", "Due", "Status", "Latest")
    ]
    rows = [_commitment_row(ctx, c, with_area=True) for c in commitments]
    return [
        Heading(
            1,
            runs(f"Annex {next(letters)}: Commitments tracker"),
            ctx.anchor("annex-tracker"),
            page_break_before=True,
        ),
        Paragraph(runs(ctx.selection.tracker_note()), style="note"),
        Table(header, rows, [0.20, 0.14, 0.10, 0.13, 0.10, 0.11, 0.22]),
    ]


def _sources(ctx: _Context, letters: Iterator[str]) -> list[ir.Block]:
    """Source documents of the meetings the scope selects (see :mod:`.scope`), newest first."""
    found = ctx.ws.meetings.sources_of(ctx.selection.source_meetings)
    if not found:
        return []
    out: list[ir.Block] = [
        Heading(
            1,
            runs(f"Annex {next(letters)}: Source documents"),
            ctx.anchor("annex-sources"),
            page_break_before=True,
        ),
        Paragraph(runs(ctx.selection.sources_note()), style="note"),
    ]
    for meeting, source in found:
        out.append(Heading(2, runs(source.title), ctx.anchor(f"source-{source.id}")))
        issued = ", ".join(p for p in (source.issuer, format_date(source.issue_date)) if p)
        if issued:
            out.append(
                Paragraph(runs(f"Issued by {issued}. Meeting of {meeting.label}."), style="note")
            )
        for para in _paragraphs(source.text):
            out.append(Paragraph(runs(para)))
    return out


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, inner line breaks joined (as pasted from PDFs)."""
    paras, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras
