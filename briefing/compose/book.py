"""Book + workspace records -> one IR document: the one place that decides what a book says.

Order: cover, contents, then every included section in the order of the book's outline
(purpose, other sections, one brief per cooperation area with its four fields, then "Last
discussed" and the status of previous commitments, generated from the records; the book's own
annexes, lettered in the order they print), the programme under its own section (else before
the first brief or annex), then generated annexes: biographies, the commitments tracker and
the source documents. What the generated parts show is the book's scope
(:mod:`briefing.compose.scope`): its period and a rule per part.

Portion marks (``Options.portion_marks``): every paragraph, list and table row of the body
carries one. Text of a section takes the section's level; generated lines of a brief the
brief's; a commitment's row its record's (the item it was tracked from); what has no level of
its own (the programme without a section of its own, people, source documents, a commitment
tracked by hand) the book's stated level.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefing import ir
from briefing.compose.scope import Selection, select
from briefing.i18n import N_, BookLocale, book_locale, pN_
from briefing.ir import Heading, Paragraph, Table, runs
from briefing.markup import parse_blocks
from briefing.model import (
    BOTH,
    Book,
    BookStatus,
    Commitment,
    CommitmentRule,
    CommitmentStatus,
    Person,
    Section,
    SectionKind,
    Settings,
    SourceDocument,
    Standing,
    Step,
    standing,
    text_hash,
)
from briefing.model.clearance_words import block_lines
from briefing.store import MeetingSummary, Workspace

FIELD_TITLES = {
    "objective": N_("Objective"),
    "points": N_("Points to make"),
    "if_raised": N_("If raised"),
    "background": N_("Background"),
}
#: a commitment's status as the book prints it
STATUSES = {
    CommitmentStatus.PENDING: pN_("commitment status", "pending"),
    CommitmentStatus.IN_PROGRESS: pN_("commitment status", "in progress"),
    CommitmentStatus.DONE: pN_("commitment status", "done"),
    CommitmentStatus.STALLED: pN_("commitment status", "stalled"),
    CommitmentStatus.DROPPED: pN_("commitment status", "dropped"),
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
    language: str | None = None  # the book's words in this language for this export
    native_digits: bool | None = None  # None: as the book says
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
    loc: BookLocale
    anchors: set[str] = field(default_factory=set)
    #: the classification of the record behind each commitment shown, by commitment id
    commitment_levels: dict[int, str] = field(default_factory=dict)

    def term(self, text: str) -> str:
        """A word of the workspace (a level, a country, a city …) in the book's language."""
        return self.settings.term(text, self.loc.language)

    def side(self, side: str) -> str:
        if side == BOTH:
            return self.loc.pgettext("the side of a commitment", "Both")
        return self.term(side)

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

    def commitment_level(self, c: Commitment) -> str:
        """The level a commitment's row is marked at: its record's, else the book's."""
        found = self.commitment_levels.get(c.id or 0)
        return self.book.classification if found is None else found

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
    loc = locale_of(book, options)
    ctx = _Context(ws, book, options, [book.classification], [], selection, settings, loc)
    _include_records(ctx)
    body: list[ir.Block] = []
    sections = [s for s in book.sections if s.included]
    has_programme = any(s.kind is SectionKind.PROGRAMME for s in sections)

    def programme_here() -> None:
        # a programme without a section of its own prints before the first brief or annex
        nonlocal has_programme
        if book.programme and not has_programme:
            has_programme = True
            anchor = ctx.anchor("programme")
            title = loc.gettext("Programme")
            body.append(Heading(1, runs(title), anchor, page_break_before=True))
            body.extend(_programme(ctx, book.classification))

    annex_letter = (loc.letter(i) for i in range(10_000))
    for section in sections:  # in the outline's order
        if section.kind is SectionKind.AREA:
            programme_here()
            body += _brief(ctx, section)
        elif section.kind is SectionKind.ANNEX:
            programme_here()
            letter = next(annex_letter)
            title = section.title
            if not _names_itself_an_annex(title, loc):
                title = _annex_title(loc, letter, title)
            body += _free_section(ctx, section, title=title)
        else:
            body += _free_section(ctx, section)
            if section.kind is SectionKind.PROGRAMME:
                body += _programme(ctx, section.classification)
    programme_here()
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
    printed_level = ctx.term(level)
    notices = []
    if scheme.rank(level) > scheme.rank(book.classification):
        carriers = sorted({what for lvl, what in ctx.reasons if lvl == level})
        notices.append(
            f"The book is marked {level}, above its stated "
            f"{book.classification or scheme.lowest}, because of: {'; '.join(carriers)}."
        )
    marking = printed_level + (f" // {ctx.term(book.caveat).upper()}" if book.caveat else "")
    draft = (
        options.draft_mark if options.draft_mark is not None else (book.status is BookStatus.DRAFT)
    )
    cover = _cover(ctx, marking)
    blocks: list[ir.Block] = [cover, ir.Contents(loc.gettext("Contents")), *body]
    place = ctx.term(book.place)
    return ir.Document(
        meta=ir.Metadata(
            title=book.title,
            subject=book.occasion or loc.gettext("Briefing book: {place}").format(place=place),
            author=ctx.term(settings.department or settings.ministry),
            keywords=[
                *(ctx.term(c) for c in settings.countries),
                loc.gettext("briefing book"),
                printed_level,
            ],
            classification=marking,
        ),
        marking=marking,
        paper=options.paper or str(book.paper),
        draft=draft,
        footer_note=options.copy,
        blocks=blocks,
        notices=notices,
        language=loc.language,
        native_digits=loc.native_digits,
    )


def locale_of(book: Book, options: Options | None = None) -> BookLocale:
    """The language (and digits) a book is composed in: the export's choice, else the book's."""
    options = options or Options()
    digits = book.native_digits if options.native_digits is None else options.native_digits
    return book_locale(options.language or book.language, digits)


def _annex_title(loc: BookLocale, letter: str, title: str) -> str:
    return loc.gettext("Annex {letter}: {title}").format(letter=letter, title=title)


def _names_itself_an_annex(title: str, loc: BookLocale) -> bool:
    """A title that already says "Annex …" (in English or in the book's language) keeps it."""
    word = loc.gettext("Annex {letter}: {title}").split("{")[0].strip().casefold()
    folded = title.casefold()
    return folded.startswith("annex") or bool(word) and folded.startswith(word)


# ---------------------------------------------------------------------- cover


def _cover(ctx: _Context, marking: str) -> ir.Cover:
    book, settings, loc = ctx.book, ctx.settings, ctx.loc
    today = loc.date(ctx.options.today)
    if book.status is BookStatus.FINAL:
        status = loc.pgettext("the book's status", "FINAL")
        version = loc.gettext("Final of {date}").format(date=today)
    else:
        status = loc.pgettext("the book's status", "DRAFT")
        version = loc.gettext("Draft of {date}").format(date=today)
    if ctx.options.version is not None:
        version = loc.gettext("Version {number} — {version}").format(
            number=loc.number(ctx.options.version), version=version
        )
    dates = loc.date_range(book.start_date, book.end_date)
    place_dates = loc.pgettext("between place and dates", ", ").join(
        p for p in (ctx.term(book.place), dates) if p
    )
    return ir.Cover(
        ministry=ctx.term(settings.ministry),
        department=ctx.term(settings.department),
        title=runs(book.title),
        occasion=runs(book.occasion),
        place_and_dates=runs(place_dates),
        marking=marking,
        version=version,
        prepared_by=ctx.term(book.prepared_by or settings.department),
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
        title = ctx.loc.gettext(title)
        out.append(Heading(2, runs(title), ctx.anchor(f"{anchor}-{name}"), in_contents=False))
        out += _marked(ctx, _parsed(text, f"{anchor}-{name}"), level)
    return out


def _marked(ctx: _Context, blocks: list[ir.Block], level: str) -> list[ir.Block]:
    """``blocks`` with the portion mark of ``level`` on each paragraph, list and table (new
    blocks: parsed ones are shared)."""
    mark = ctx.portion(level)
    if not mark:
        return blocks
    return [
        dataclasses.replace(b, portion=mark)
        if isinstance(b, Paragraph | ir.ListBlock | Table)
        else b
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


def _free_section(ctx: _Context, section: Section, title: str | None = None) -> list[ir.Block]:
    level = _section_level(ctx, section)
    anchor = ctx.anchor(f"section-{section.id}")
    heading = section.title if title is None else title
    out: list[ir.Block] = [Heading(1, runs(heading), anchor, page_break_before=True)]
    return out + _fields(ctx, section, anchor, level) + _clearance_block(ctx, section, level)


def _brief(ctx: _Context, section: Section) -> list[ir.Block]:
    level = _section_level(ctx, section)
    anchor = ctx.anchor(f"section-{section.id}")
    out: list[ir.Block] = [Heading(1, runs(section.title), anchor, page_break_before=True)]
    out += _fields(ctx, section, anchor, level)
    if section.area:
        if not _states_last_meeting(section, ctx.loc):
            out += _last_discussed(ctx, section.area, level)
        out += _commitments_table(ctx, section.area, anchor, level)
    return out + _clearance_block(ctx, section, level)


def _clearance_block(ctx: _Context, section: Section, level: str) -> list[ir.Block]:
    """Drafted by, cleared by (with dates): one note line each, when the export asks."""
    if not ctx.options.clearance_block or section.is_empty:
        return []
    lines = block_lines(section.owner, ctx.standing(section), ctx.loc)
    return [Paragraph(runs(line), style="note", portion=ctx.portion(level)) for line in lines]


#: how a brief's own text says when the area was last discussed (its "Last met: …" line): the
#: generated "Last discussed" line is then left out, so the book says it once
_OWN_LAST_MEETING = re.compile(r"^[\s*_>#-]*(last met|last discussed)\s*[*_]*\s*:", re.I | re.M)


def _states_last_meeting(section: Section, loc: BookLocale) -> bool:
    """Does the brief's own text have a line that starts "Last met:" or "Last discussed:" (in
    English or in the book's language)?"""
    own = loc.gettext("Last discussed").strip().lower()
    for name in FIELD_TITLES:
        text = getattr(section, name)
        if _OWN_LAST_MEETING.search(text):
            return True
        for line in text.lower().splitlines():
            line = line.lstrip(" *_>#-")
            if line.startswith(own) and line[len(own) :].lstrip(" *_").startswith((":", "៖", "：")):
                return True
    return False


def meeting_label(ctx: _Context, m: MeetingSummary) -> str:
    """ "10 October 2024, Vientiane, Lao PDR" in the book's language."""
    day = dt.date.fromisoformat(m.date)
    parts = [ctx.loc.date(day), ctx.term(m.city), ctx.term(m.country)]
    return ctx.loc.pgettext("between date and place", ", ").join(p for p in parts if p)


def _meeting_label(ctx: _Context, m: MeetingSummary) -> str:
    label = meeting_label(ctx, m)
    if not m.occasion:
        return label
    return ctx.loc.gettext("{meeting} ({occasion})").format(
        meeting=label, occasion=ctx.term(m.occasion)
    )


def _labelled(loc: BookLocale, label: str, text: str) -> list[ir.Run]:
    """A bold label and its text: "Last discussed: 10 October 2024, Vientiane."."""
    return runs(loc.label(label), bold=True) + runs(loc.sentence(text))


def _last_discussed(ctx: _Context, area: str, level: str) -> list[ir.Block]:
    if ctx.book.scope.last_discussed <= 0:
        return []
    loc = ctx.loc
    found = ctx.selection.last_discussed.get(area, [])
    mark = ctx.portion(level)
    label = loc.gettext("Last discussed")
    if not found:
        line = loc.label(label) + loc.sentence(loc.gettext("not in any recorded meeting"))
        return [Paragraph(runs(line), "note", mark)]
    labels = [_meeting_label(ctx, m) for m in found]
    return [Paragraph(_labelled(loc, label, loc.join(labels)), style="note", portion=mark)]


def _commitment_row(ctx: _Context, c: Commitment) -> list[list[ir.Run]]:
    """One commitment's row; dates short and places by city so narrow columns stay readable."""
    loc = ctx.loc
    meeting = ctx.meeting(c.meeting_id)
    made = "—"
    if meeting:
        day = dt.date.fromisoformat(meeting.date)
        made = loc.pgettext("between date and place", ", ").join(
            p for p in (loc.date(day, short=True), ctx.term(meeting.city)) if p
        )
    note = c.latest_note
    latest = ""
    if note:
        latest = loc.gettext("{date}: {text}").format(
            date=loc.date(note.date, short=True), text=note.text
        )
    if note and note.evidence:
        latest = loc.gettext("{text} ({evidence})").format(text=latest, evidence=note.evidence)
    status = runs(loc.pgettext(*STATUSES[c.status]))
    if c.is_overdue(ctx.options.today):
        status += runs(" " + loc.gettext("— overdue"), bold=True)
    elif c.closed is not None and not c.status.is_open:
        status += runs(f" {loc.date(c.closed, short=True)}")
    due = loc.date(c.due, short=True) or "—"
    return [runs(c.text), runs(ctx.side(c.owed_by)), runs(made), runs(due), status, runs(latest)]


def _include_records(ctx: _Context) -> None:
    """The classification of every record behind a commitment the book shows counts for the
    marking (read in one query, not one per commitment)."""
    shown = [c for c in ctx.selection.commitments if c.item_id is not None]
    items = ctx.ws.meetings.items_by_id(c.item_id for c in shown)  # type: ignore[misc]
    for c in shown:
        item = items.get(c.item_id)  # type: ignore[arg-type]
        if item is None:
            continue
        ctx.commitment_levels[c.id or 0] = item.classification
        meeting = ctx.meeting(item.meeting_id)
        where = f" of {meeting.label}" if meeting else ""
        ctx.include(item.classification, f"a record of the meeting{where}")


def _commitments_table(ctx: _Context, area: str, anchor: str, level: str) -> list[ir.Block]:
    if ctx.selection.rule is CommitmentRule.NONE:
        return []
    loc = ctx.loc
    title = loc.gettext("Status of previous commitments")
    commitments = ctx.selection.briefs.get(area, [])
    if not commitments:  # one line, so a short brief does not spill onto a page of its own
        return [
            Paragraph(
                runs(loc.label(title), bold=True) + runs(ctx.selection.empty_table_line(loc)),
                style="note",
                portion=ctx.portion(level),
            )
        ]
    out: list[ir.Block] = [
        Heading(2, runs(title), ctx.anchor(f"{anchor}-commitments"), in_contents=False)
    ]
    return [*out, _commitments(ctx, commitments)]


def _commitments(ctx: _Context, commitments: list[Commitment]) -> Table:
    """The table of ``commitments`` (a brief's, or one area's in the tracker), rows marked."""
    loc = ctx.loc
    header = [
        runs(t)
        for t in (
            loc.gettext("Commitment"),
            loc.gettext("Owed by"),
            loc.gettext("Made at"),
            loc.gettext("Due"),
            loc.gettext("Status"),
            loc.gettext("Latest"),
        )
    ]
    rows = [_commitment_row(ctx, c) for c in commitments]
    table = Table(header, rows, [0.25, 0.10, 0.13, 0.11, 0.12, 0.29])  # "Latest" says most
    return _mark_rows(ctx, table, [ctx.commitment_level(c) for c in commitments])


def _mark_rows(ctx: _Context, table: Table, levels: list[str]) -> Table:
    """``table`` with each row marked at its level and the table at the highest of them."""
    if not ctx.options.portion_marks:
        return table
    scheme = ctx.settings.classification
    table.row_portions = [ctx.portion(level) for level in levels]
    table.portion = ctx.portion(scheme.highest(levels)) if levels else ctx.portion("")
    return table


# ---------------------------------------------------------------------- programme


def _programme(ctx: _Context, level: str) -> list[ir.Block]:
    if not ctx.book.programme:
        return []
    loc = ctx.loc
    header = [
        runs(t)
        for t in (
            loc.gettext("Time"),
            loc.gettext("Activity"),
            loc.gettext("Lead"),
            loc.gettext("Press"),
        )
    ]
    rows = []
    for p in ctx.book.programme:
        when = f"{loc.date(p.day)} {loc.digits(p.time)}".strip() if p.day else loc.digits(p.time)
        press = (
            loc.pgettext("open to the press", "Open")
            if p.press
            else loc.pgettext("closed to the press", "Closed")
        )
        rows.append([runs(when), runs(p.activity), runs(p.lead), runs(press)])
    return [Table(header, rows, [0.18, 0.52, 0.20, 0.10], portion=ctx.portion(level))]


# ---------------------------------------------------------------------- annexes


#: the scripts a book's names are read in first, by language
_SCRIPTS = {"km": ("Khmr",), "zh": ("Hans", "Hant")}


def person_name(person: Person, language: str) -> str:
    """The name a book in ``language`` prints first: the one in its script, else the Latin."""
    for script in _SCRIPTS.get(language, ()):
        name = person.name_in(script)
        if name:
            return name
    return person.display_name


def _person_heading(ctx: _Context, person: Person) -> list[ir.Run]:
    first = person_name(person, ctx.loc.language)
    others = [n.text for n in person.names if n.text != first]
    if not others:
        return runs(first)
    return runs(
        ctx.loc.gettext("{name} ({other_names})").format(
            name=first, other_names=ctx.loc.pgettext("between names", ", ").join(others)
        )
    )


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
    level = ctx.book.classification  # people carry no classification of their own
    mark = ctx.portion(level)
    loc = ctx.loc
    out: list[ir.Block] = [
        Heading(
            1,
            runs(_annex_title(loc, next(letters), loc.gettext("Biographies"))),
            ctx.anchor("annex-biographies"),
            page_break_before=True,
        )
    ]
    for person in people:
        anchor = ctx.anchor(f"person-{person.id}")
        out.append(Heading(2, _person_heading(ctx, person), anchor))
        title = person.title_on(on)
        side = person.side if person.side and person.side not in title else ""
        parts = (ctx.term(person.honorific), ctx.term(title), ctx.side(side) if side else "")
        line = loc.pgettext("between honorific, title and country", ", ").join(
            p for p in parts if p
        )
        if line:
            out.append(Paragraph(runs(line, italic=True), portion=mark))
        if person.biography.strip():
            out += _marked(ctx, _parsed(person.biography, anchor), level)
        else:
            line = runs(loc.gettext("No biography recorded."))
            out.append(Paragraph(line, style="note", portion=mark))
        met = [meeting_label(ctx, m) for m in ctx.selection.last_met.get(person.id or 0, [])]
        if met:
            label = loc.gettext("Last met")
            out.append(Paragraph(_labelled(loc, label, loc.join(met)), style="note", portion=mark))
    return out


def _tracker(ctx: _Context, letters: Iterator[str]) -> list[ir.Block]:
    """Annex: the commitments the scope selects, under a sub-heading per area (in the
    selection's order, which is the areas'): a table per area needs no Area column, so its
    commitments and latest notes are set as wide as in the briefs."""
    commitments = ctx.selection.tracker
    if not commitments:
        return []
    loc = ctx.loc
    out: list[ir.Block] = [
        Heading(
            1,
            runs(_annex_title(loc, next(letters), loc.gettext("Commitments tracker"))),
            ctx.anchor("annex-tracker"),
            page_break_before=True,
        ),
        Paragraph(
            runs(ctx.selection.tracker_note(loc)),
            style="note",
            portion=ctx.portion(ctx.book.classification),
        ),
    ]
    by_area: dict[str, list[Commitment]] = {}
    for c in commitments:  # areas in the order of their first commitment
        by_area.setdefault(c.area, []).append(c)
    for area, group in by_area.items():
        name = ctx.settings.area_name(area, loc.language)
        out.append(Heading(2, runs(name), ctx.anchor(f"tracker-{area}"), in_contents=False))
        out.append(_commitments(ctx, group))
    return out


def _sources(ctx: _Context, letters: Iterator[str]) -> list[ir.Block]:
    """Source documents of the meetings the scope selects (see :mod:`.scope`), newest first;
    then the documents it only names (of older meetings where listed commitments were made)."""
    found = ctx.ws.meetings.sources_of(ctx.selection.source_meetings)
    named = ctx.ws.meetings.sources_of(ctx.selection.named_source_meetings)
    if not found and not named:
        return []
    mark = ctx.portion(ctx.book.classification)  # documents carry no classification of their own
    loc = ctx.loc
    out: list[ir.Block] = [
        Heading(
            1,
            runs(_annex_title(loc, next(letters), loc.gettext("Source documents"))),
            ctx.anchor("annex-sources"),
            page_break_before=True,
        ),
    ]
    if found:  # what the annex prints (none: only the list of documents named below)
        out.append(Paragraph(runs(ctx.selection.sources_note(loc)), style="note", portion=mark))
    for meeting, source in found:
        out.append(Heading(2, runs(source.title), ctx.anchor(f"source-{source.id}")))
        line = _issued_line(ctx, meeting, source)
        if line:
            out.append(Paragraph(runs(line), style="note", portion=mark))
        for para in _paragraphs(source.text):
            out.append(Paragraph(runs(para), portion=mark))
    if named:
        out.append(
            Heading(
                2,
                runs(loc.gettext("Documents of earlier meetings where commitments were made")),
                ctx.anchor("sources-named"),
            )
        )
        out.append(
            Paragraph(
                runs(
                    loc.gettext(
                        "Not reproduced: the meetings where commitments listed in this book were "
                        "made. The workspace keeps their full text."
                    )
                ),
                style="note",
                portion=mark,
            )
        )
        entries = []
        for meeting, source in named:
            line = _issued_line(ctx, meeting, source)
            entries.append(runs(f"{source.title}. {line}" if line else source.title))
        out.append(ir.ListBlock(entries, portion=mark))
    return out


def _issued_line(ctx: _Context, meeting: MeetingSummary, source: SourceDocument) -> str:
    """ "Issued by <issuer>, <date>. Meeting of <meeting>." ("" without issuer or date)."""
    loc = ctx.loc
    issued = loc.pgettext("between issuer and date", ", ").join(
        p for p in (ctx.term(source.issuer), loc.date(source.issue_date)) if p
    )
    if not issued:
        return ""
    return loc.gettext("Issued by {issuer}. Meeting of {meeting}.").format(
        issuer=issued, meeting=meeting_label(ctx, meeting)
    )


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
