"""What a book covers: the period of the records it draws on, and a rule for each part that is
generated from the records (the defaults are what a desk would choose).

A workspace keeps a relationship's records for years; a book shows the part of them that
matters for the next visit. Every rule is a field of the book (Book ▸ Properties, the JSON
document), never a constant hidden in the composing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from briefing.model.dates import format_date

#: without a previous book, a book covers this many months before the visit
DEFAULT_MONTHS = 24
DEFAULT_LAST_DISCUSSED = 3
MAX_LAST_DISCUSSED = 10
DEFAULT_PAGE_BUDGET = 60
MAX_PAGE_BUDGET = 5000
CONTENTS_DEPTHS = (1, 2, 3)


class CommitmentRule(StrEnum):
    """Which commitments a brief's "Status of previous commitments" lists (newest first)."""

    OPEN_AND_CLOSED = "open and closed in period"  # open ones + those closed within the period
    OPEN = "open"  # pending, in progress or stalled
    MADE_IN_PERIOD = "made in period"  # made at a meeting within the period, whatever their status
    ALL = "all"  # every commitment of the area ever recorded
    NONE = "none"  # no table

    @property
    def label(self) -> str:
        return {
            CommitmentRule.OPEN_AND_CLOSED: "Open, and those closed within the period",
            CommitmentRule.OPEN: "Open only",
            CommitmentRule.MADE_IN_PERIOD: "Made within the period",
            CommitmentRule.ALL: "Every commitment recorded",
            CommitmentRule.NONE: "Leave out",
        }[self]


class SourcesRule(StrEnum):
    """Which source documents (press releases, joint statements) the sources annex prints."""

    #: of the meetings within the period and those the briefs recall (last discussed, last
    #: met); the older meetings where a listed commitment was made are named, not reprinted
    COVERED_OR_RECALLED = "covered or recalled"
    #: the same, and the whole documents of the meetings where listed commitments were made
    COVERED_OR_CITED = "covered or cited"
    CITED = "cited"  # of the meetings the book names ("Last discussed", "Made at", "Last met")
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            SourcesRule.COVERED_OR_RECALLED: "Meetings the book covers or recalls",
            SourcesRule.COVERED_OR_CITED: "Meetings the book covers or cites",
            SourcesRule.CITED: "Meetings the book cites",
            SourcesRule.NONE: "Leave out",
        }[self]


class TrackerRule(StrEnum):
    """Which commitments the tracker annex lists."""

    AS_BRIEFS = "as briefs"  # exactly those the briefs list
    ALL_AREAS = "all areas"  # the briefs' rule over every area, also those without a brief
    ALL = "all"  # every commitment ever recorded
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            TrackerRule.AS_BRIEFS: "Same commitments as the briefs",
            TrackerRule.ALL_AREAS: "The briefs' rule, every area",
            TrackerRule.ALL: "Every commitment recorded",
            TrackerRule.NONE: "Leave out",
        }[self]


def contents_label(depth: int) -> str:
    return {
        1: "Parts and briefs",
        2: "Parts, briefs and their headings",
        3: "Down to the third level",
    }.get(depth, f"{depth} levels")


@dataclass
class BookScope:
    """The period a book covers and the rule of each generated part.

    ``since`` None means the default: since the previous book (the latest one starting
    before this one), else the :data:`DEFAULT_MONTHS` before the visit.
    """

    since: dt.date | None = None
    commitments: CommitmentRule = CommitmentRule.OPEN_AND_CLOSED
    last_discussed: int = DEFAULT_LAST_DISCUSSED  # latest meetings named; 0 leaves the line out
    sources: SourcesRule = SourcesRule.COVERED_OR_RECALLED
    tracker: TrackerRule = TrackerRule.AS_BRIEFS
    contents_depth: int = 1  # heading levels in the contents; deeper ones stay PDF bookmarks
    page_budget: int = DEFAULT_PAGE_BUDGET  # whole-book pages before preflight says so; 0: none

    def problems(self) -> list[tuple[str, str]]:
        """(field, what is wrong) for every value out of range."""
        out = []
        if not 0 <= self.last_discussed <= MAX_LAST_DISCUSSED:
            out.append(
                (
                    "last_discussed",
                    f"{self.last_discussed} is not a number of meetings from 0 to "
                    f"{MAX_LAST_DISCUSSED}",
                )
            )
        if self.contents_depth not in CONTENTS_DEPTHS:
            out.append(
                ("contents_depth", f"{self.contents_depth} is not a contents depth of 1, 2 or 3")
            )
        if not 0 <= self.page_budget <= MAX_PAGE_BUDGET:
            out.append(
                (
                    "page_budget",
                    f"{self.page_budget} is not a page budget from 0 (none) to {MAX_PAGE_BUDGET}",
                )
            )
        return out


@dataclass(frozen=True)
class Period:
    """The days a book covers, both ends included, and why it starts where it does."""

    start: dt.date
    end: dt.date
    reason: str  # "since the previous book, “…” (12 March 2025)", "the last 24 months" …

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def text(self) -> str:
        return f"{format_date(self.start)} to {format_date(self.end)}"


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the month's last day if it has no such day)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def resolve_period(
    scope: BookScope,
    visit: dt.date | None,
    today: dt.date,
    previous: tuple[str, dt.date] | None,
    since: dt.date | None = None,
) -> Period:
    """The period of a book: from ``since`` (given for one export), else the book's own start,
    else the start of the ``previous`` book (title, start date), else :data:`DEFAULT_MONTHS`
    before the visit; to the visit (today when the book has no date yet)."""
    end = visit or today
    if since is not None:
        start, reason = since, f"from {format_date(since)}, as given for this export"
    elif scope.since is not None:
        start, reason = scope.since, f"from {format_date(scope.since)}, as set on the book"
    elif previous is not None:
        title, day = previous
        start, reason = day, f"since the previous book, “{title}” ({format_date(day)})"
    else:
        start, reason = months_before(end, DEFAULT_MONTHS), f"the last {DEFAULT_MONTHS} months"
    return Period(min(start, end), end, reason)
