"""What a book's scope selects from the records: the one place that applies its rules.

:func:`select` asks the store for exactly what the scope needs (commitments by area, status and
date; the latest meetings of each area; the meetings of the period), never for the whole
history, so composing a book costs what the book holds, not what the workspace holds.
:mod:`briefing.compose.book` prints the selection; preflight checks it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.i18n import ENGLISH_BOOK, BookLocale
from briefing.model import (
    Book,
    Commitment,
    CommitmentRule,
    Period,
    SectionKind,
    SourcesRule,
    TrackerRule,
    format_date,
    resolve_period,
)
from briefing.store import MeetingSummary, Workspace

LAST_MET = 3  # meetings listed under a counterpart's biography


@dataclass
class Selection:
    """The records a book shows, as its scope selects them."""

    period: Period
    rule: CommitmentRule
    #: each brief's "Status of previous commitments", by area, newest first
    briefs: dict[str, list[Commitment]] = field(default_factory=dict)
    tracker: list[Commitment] = field(default_factory=list)
    tracker_rule: TrackerRule = TrackerRule.AS_BRIEFS
    #: each brief's "Last discussed" meetings, by area, newest first
    last_discussed: dict[str, list[MeetingSummary]] = field(default_factory=dict)
    #: each counterpart's "Last met" meetings, by person id, newest first
    last_met: dict[int, list[MeetingSummary]] = field(default_factory=dict)
    #: meetings whose source documents the sources annex prints
    source_meetings: list[int] = field(default_factory=list)
    #: meetings whose documents it only names: where a listed commitment was made, when the
    #: rule does not print those (the annex lists them newest first)
    named_source_meetings: list[int] = field(default_factory=list)
    sources_rule: SourcesRule = SourcesRule.COVERED_OR_RECALLED
    #: summaries of every meeting the book names, by id
    meetings: dict[int, MeetingSummary] = field(default_factory=dict)

    @property
    def commitments(self) -> list[Commitment]:
        """Every commitment the book shows (briefs and tracker), each once."""
        seen: dict[int | None, Commitment] = {}
        for c in [*(c for cs in self.briefs.values() for c in cs), *self.tracker]:
            seen.setdefault(c.id, c)
        return list(seen.values())

    def empty_table_line(self, loc: BookLocale = ENGLISH_BOOK) -> str:
        """What a brief says when its rule finds no commitment."""
        since = loc.date(self.period.start)
        if self.rule is CommitmentRule.OPEN_AND_CLOSED:
            text = loc.gettext("none open, and none closed since {date}.")
        elif self.rule is CommitmentRule.OPEN:
            text = loc.gettext("none open.")
        elif self.rule is CommitmentRule.MADE_IN_PERIOD:
            text = loc.gettext("none made since {date}.")
        else:
            text = loc.gettext("none recorded in this area.")
        return text.format(date=since)

    def tracker_note(self, loc: BookLocale = ENGLISH_BOOK) -> str:
        """The line under the tracker annex's heading: what it lists."""
        if self.tracker_rule is TrackerRule.ALL:
            return loc.gettext("Every commitment recorded, by area.")
        briefs = self.tracker_rule is TrackerRule.AS_BRIEFS
        if self.rule is CommitmentRule.OPEN_AND_CLOSED:
            text = (
                loc.gettext(
                    "Commitments open, and those closed since {date}, in the areas of the "
                    "briefs; by area, newest first."
                )
                if briefs
                else loc.gettext(
                    "Commitments open, and those closed since {date}, in every area; by area, "
                    "newest first."
                )
            )
        elif self.rule is CommitmentRule.OPEN:
            text = (
                loc.gettext(
                    "Commitments still open, in the areas of the briefs; by area, newest first."
                )
                if briefs
                else loc.gettext("Commitments still open, in every area; by area, newest first.")
            )
        elif self.rule is CommitmentRule.MADE_IN_PERIOD:
            text = (
                loc.gettext(
                    "Commitments made since {date}, in the areas of the briefs; by area, newest "
                    "first."
                )
                if briefs
                else loc.gettext(
                    "Commitments made since {date}, in every area; by area, newest first."
                )
            )
        else:  # every one recorded (a rule that shows none leaves the tracker out)
            text = (
                loc.gettext(
                    "Every commitment recorded in the areas of the briefs; by area, newest first."
                )
                if briefs
                else loc.gettext("Every commitment recorded in every area; by area, newest first.")
            )
        return text.format(date=loc.date(self.period.start))

    def sources_note(self, loc: BookLocale = ENGLISH_BOOK) -> str:
        if self.sources_rule is SourcesRule.CITED:
            return loc.gettext("Documents of the meetings this book names, newest first.")
        if self.sources_rule is SourcesRule.COVERED_OR_RECALLED:
            return loc.gettext(
                "Documents of the meetings from {start} to {end} on the areas of this book, "
                "and of the meetings it recalls as last discussed or last met; newest first."
            ).format(start=loc.date(self.period.start), end=loc.date(self.period.end))
        return loc.gettext(
            "Documents of the meetings from {start} to {end} on the areas of this book, "
            "and of the meetings it names; newest first."
        ).format(start=loc.date(self.period.start), end=loc.date(self.period.end))


def briefed_areas(book: Book) -> list[str]:
    """The areas of the book's included briefs, in the book's order, each once."""
    return list(
        dict.fromkeys(
            s.area for s in book.sections if s.included and s.kind is SectionKind.AREA and s.area
        )
    )


def book_period(ws: Workspace, book: Book, today: dt.date, since: dt.date | None = None) -> Period:
    """The period ``book`` covers (see :func:`briefing.model.resolve_period`)."""
    previous = None
    if since is None and book.scope.since is None:
        previous = ws.books.previous(book, today)
    return resolve_period(book.scope, book.start_date, today, previous, since)


def period_problem(book: Book, since: dt.date | None) -> str | None:
    """Why a period start given for one export does not fit ``book``, or None."""
    if since is not None and book.start_date is not None and since > book.start_date:
        return (
            f"the period the book covers cannot start on {format_date(since)}, after the "
            f"visit ({format_date(book.start_date)}); give an earlier date"
        )
    return None


def select(ws: Workspace, book: Book, today: dt.date, since: dt.date | None = None) -> Selection:
    """Apply ``book``'s scope to the records (``since``: a period start for one export)."""
    scope = book.scope
    period = book_period(ws, book, today, since)
    areas = briefed_areas(book)
    sel = Selection(
        period, scope.commitments, tracker_rule=scope.tracker, sources_rule=scope.sources
    )

    chosen = ws.commitments.in_scope(scope.commitments, period.start, period.end, areas)
    for area in areas:
        sel.briefs[area] = [c for c in chosen if c.area == area]
    order = {a.key: i for i, a in enumerate(ws.settings.areas)}
    if scope.tracker is TrackerRule.AS_BRIEFS:
        tracker = list(chosen)
    elif scope.tracker is TrackerRule.ALL_AREAS:
        tracker = ws.commitments.in_scope(scope.commitments, period.start, period.end)
    elif scope.tracker is TrackerRule.ALL:
        tracker = ws.commitments.in_scope(CommitmentRule.ALL, period.start, period.end)
    else:
        tracker = []
    # by area in the workspace's order; within an area newest first, as the query gave them
    rank = {id(c): n for n, c in enumerate(tracker)}
    sel.tracker = sorted(tracker, key=lambda c: (order.get(c.area, len(order)), rank[id(c)]))

    for area in areas:
        sel.last_discussed[area] = ws.meetings.latest_discussing(
            area, period.end, scope.last_discussed
        )
    on = book.start_date or today
    for pid in dict.fromkeys(book.counterparts):
        sel.last_met[pid] = ws.meetings.latest_with(pid, on, LAST_MET)

    recalled: dict[int, None] = {}  # named in the briefs' and biographies' lines
    for found in (*sel.last_discussed.values(), *sel.last_met.values()):
        for m in found:
            recalled.setdefault(m.id)
            sel.meetings[m.id] = m
    cited = dict(recalled)
    for c in sel.commitments:
        if c.meeting_id is not None:
            cited.setdefault(c.meeting_id)
    if scope.sources in (SourcesRule.COVERED_OR_CITED, SourcesRule.COVERED_OR_RECALLED):
        covered = ws.meetings.covering(areas, period.start, period.end)
        full = scope.sources is SourcesRule.COVERED_OR_CITED
        sel.source_meetings = list(dict.fromkeys([*covered, *(cited if full else recalled)]))
        if not full:
            printed = set(sel.source_meetings)
            sel.named_source_meetings = [m for m in cited if m not in printed]
    elif scope.sources is SourcesRule.CITED:
        sel.source_meetings = list(cited)
    missing = [mid for mid in cited if mid not in sel.meetings]
    sel.meetings.update(ws.meetings.summaries_by_id(missing))
    return sel
