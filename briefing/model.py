"""The data model of a workspace: plain dataclasses, no Qt, no storage code.

Identifiers are the SQLite row ids; an object not yet saved has ``id = None``.
Dates are ``datetime.date``; text fields of sections and biographies are Markdown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

BOTH = "Both"  # the side of an item or commitment that both countries share


class MeetingKind(StrEnum):
    BILATERAL = "bilateral meeting"
    OFFICIAL_VISIT = "official visit"
    STATE_VISIT = "state visit"
    WORKING_VISIT = "working visit"
    MARGINS = "meeting on the margins"
    PHONE_CALL = "phone call"
    VIDEO_CALL = "video call"
    JOINT_COMMISSION = "joint commission"
    OTHER = "other"


class ItemKind(StrEnum):
    STATEMENT = "statement"
    AGREEMENT = "agreement"
    PLEDGE = "pledge"
    REQUEST = "request"
    CONCERN = "concern"


#: Item kinds that create an obligation and can become a tracked commitment.
COMMITTING_KINDS = frozenset({ItemKind.AGREEMENT, ItemKind.PLEDGE})


class CommitmentStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in progress"
    DONE = "done"
    STALLED = "stalled"
    DROPPED = "dropped"


class BookStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class SectionStatus(StrEnum):
    DRAFT = "draft"
    CLEARED = "cleared"
    FINAL = "final"


class SectionKind(StrEnum):
    PURPOSE = "purpose"
    PROGRAMME = "programme"
    AREA = "area"  # one brief per cooperation area
    ANNEX = "annex"
    OTHER = "other"


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


# --------------------------------------------------------------------------- settings


@dataclass
class Area:
    """A cooperation area. ``key`` is stable and referenced by items; ``name`` may be renamed."""

    key: str
    name: str


DEFAULT_LEVELS = ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]

DEFAULT_AREAS = [
    Area("political", "Political & strategic"),
    Area("trade", "Trade & investment"),
    Area("connectivity", "Connectivity & infrastructure"),
    Area("agriculture", "Agriculture & fisheries"),
    Area("energy", "Energy"),
    Area("development", "Development cooperation & assistance"),
    Area("people", "People-to-people, culture & tourism"),
    Area("security", "Security & defence"),
    Area("law", "Law enforcement & transnational crime"),
    Area("multilateral", "Regional & multilateral cooperation"),
]


class ClassificationError(ValueError):
    pass


@dataclass
class ClassificationScheme:
    """Ordered classification levels, lowest first (the high-water mark rule lives here)."""

    levels: list[str] = field(default_factory=lambda: list(DEFAULT_LEVELS))

    @property
    def lowest(self) -> str:
        return self.levels[0]

    def rank(self, level: str | None) -> int:
        if level is None or level == "":
            return 0
        try:
            return self.levels.index(level)
        except ValueError:
            raise ClassificationError(
                f"'{level}' is not a classification level of this workspace "
                f"({', '.join(self.levels)})"
            ) from None

    def highest(self, levels: list[str | None]) -> str:
        """The high-water mark of ``levels`` (the lowest level if empty)."""
        best = 0
        for level in levels:
            best = max(best, self.rank(level))
        return self.levels[best]

    def abbreviation(self, level: str) -> str:
        """Portion mark letters: UNCLASSIFIED -> U, TOP SECRET -> TS."""
        return "".join(word[0] for word in level.split()).upper()


@dataclass
class Settings:
    countries: list[str] = field(default_factory=list)  # own country first, then partner
    ministry: str = ""
    department: str = ""
    classification: ClassificationScheme = field(default_factory=ClassificationScheme)
    areas: list[Area] = field(default_factory=lambda: [Area(a.key, a.name) for a in DEFAULT_AREAS])

    def area_name(self, key: str) -> str:
        for area in self.areas:
            if area.key == key:
                return area.name
        return key

    def sides(self) -> list[str]:
        return [*self.countries, BOTH]

    def problems(self) -> list[tuple[str, str]]:
        """What makes these settings unusable: (where, problem) pairs, empty if none."""
        found = []
        seen: set[str] = set()
        for i, country in enumerate(self.countries):
            name = country.strip().casefold()
            if not name:
                found.append((f"countries[{i}]", "a country needs a name"))
            elif name == BOTH.casefold():
                found.append((f"countries[{i}]", f"'{BOTH}' names the two sides together"))
            elif name in seen:
                found.append((f"countries[{i}]", f"'{country}' is named twice"))
            seen.add(name)
        keys: set[str] = set()
        for i, area in enumerate(self.areas):
            if not area.key.strip() or not area.name.strip():
                found.append((f"areas[{i}]", "an area needs a key and a name"))
            elif area.key in keys:
                found.append(
                    (f"areas[{i}].key", f"two cooperation areas have the key '{area.key}'")
                )
            keys.add(area.key)
        if not self.classification.levels:
            found.append(("classification_levels", "at least one level is needed"))
        elif len(set(self.classification.levels)) != len(self.classification.levels):
            found.append(("classification_levels", "a level is named twice"))
        return found


# --------------------------------------------------------------------------- people


@dataclass
class Name:
    """A person's name in one script (ISO 15924 code: Latn, Khmr, Hans, Hant, Thai …)."""

    text: str
    script: str = "Latn"


@dataclass
class Office:
    title: str
    start: dt.date | None = None
    end: dt.date | None = None  # None: still held

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person:
    names: list[Name]
    side: str = ""
    honorific: str = ""
    offices: list[Office] = field(default_factory=list)
    biography: str = ""
    id: int | None = None

    @property
    def display_name(self) -> str:
        """The Latin-script name if there is one, else the first name recorded."""
        for name in self.names:
            if name.script == "Latn":
                return name.text
        return self.names[0].text if self.names else ""

    def name_in(self, script: str) -> str | None:
        for name in self.names:
            if name.script == script:
                return name.text
        return None

    def title_on(self, day: dt.date) -> str:
        """The office held on ``day``; the latest-starting one if several overlap."""
        held = [o for o in self.offices if o.held_on(day)]
        if not held:
            return ""
        held.sort(key=lambda o: o.start or dt.date.min)
        return held[-1].title


# --------------------------------------------------------------------------- meetings


@dataclass
class Participant:
    person_id: int
    role: str = ""  # e.g. "head of delegation", "counterpart", "note-taker"


@dataclass
class SourceDocument:
    title: str
    issuer: str = ""
    issue_date: dt.date | None = None
    text: str = ""
    id: int | None = None


@dataclass
class Item:
    """One thing said or agreed at a meeting."""

    area: str  # Area.key
    side: str  # a country or BOTH
    kind: ItemKind
    text: str
    classification: str = ""  # "" means the workspace's lowest level
    meeting_id: int | None = None
    id: int | None = None

    @property
    def can_commit(self) -> bool:
        return self.kind in COMMITTING_KINDS


@dataclass
class Meeting:
    date: dt.date
    kind: MeetingKind = MeetingKind.BILATERAL
    end_date: dt.date | None = None
    city: str = ""
    country: str = ""
    occasion: str = ""
    title: str = ""
    summary: str = ""
    participants: list[Participant] = field(default_factory=list)
    sources: list[SourceDocument] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    id: int | None = None

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.city, self.country) if p)

    @property
    def label(self) -> str:
        """Short human reference: "10 October 2024, Vientiane, Lao PDR"."""
        parts = [format_date(self.date)]
        if self.place:
            parts.append(self.place)
        return ", ".join(parts)


# --------------------------------------------------------------------------- commitments


@dataclass
class ProgressNote:
    date: dt.date
    text: str
    evidence: str = ""  # where the fact comes from: a document, a cable, a web page title


@dataclass
class Commitment:
    text: str
    owed_by: str  # a country or BOTH
    area: str
    meeting_id: int | None = None
    item_id: int | None = None
    due: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.PENDING
    notes: list[ProgressNote] = field(default_factory=list)
    id: int | None = None

    @property
    def latest_note(self) -> ProgressNote | None:
        return max(self.notes, key=lambda n: n.date) if self.notes else None

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.due is not None
            and self.due < today
            and self.status in (CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS)
        )

    @classmethod
    def from_item(cls, item: Item, due: dt.date | None = None) -> Commitment:
        if not item.can_commit:
            raise ValueError(f"a {item.kind} is not a commitment; only pledges and agreements are")
        return cls(
            text=item.text,
            owed_by=item.side,
            area=item.area,
            meeting_id=item.meeting_id,
            item_id=item.id,
            due=due,
        )


# --------------------------------------------------------------------------- books


_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)")


def time_problem(text: str) -> str | None:
    """Why a programme time such as "09:30" or "Day 1, 09:30-10:15" is not one, or None."""
    for match in _CLOCK.finditer(text):
        hour, minute = int(match[1]), int(match[2])
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            return f"'{match[0]}' is not a time of day (00:00 to 23:59)"
    return None


@dataclass
class ProgrammeItem:
    time: str  # as the programme shows it: "09:30" or "Day 1, 09:30-10:15"
    activity: str
    lead: str = ""
    press: bool = False  # open to the press
    day: dt.date | None = None


@dataclass
class Section:
    title: str
    kind: SectionKind = SectionKind.AREA
    area: str | None = None  # Area.key for a brief
    classification: str = ""
    owner: str = ""
    status: SectionStatus = SectionStatus.DRAFT
    included: bool = True
    objective: str = ""
    points: str = ""  # points to make
    if_raised: str = ""
    background: str = ""
    id: int | None = None

    TEXT_FIELDS = ("objective", "points", "if_raised", "background")

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f).strip() for f in self.TEXT_FIELDS)


@dataclass
class Book:
    title: str
    occasion: str = ""
    place: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    principal: str = ""
    classification: str = ""
    caveat: str = ""
    status: BookStatus = BookStatus.DRAFT
    paper: Paper = Paper.A4
    prepared_by: str = ""
    counterparts: list[int] = field(default_factory=list)  # person ids for the biographies
    sections: list[Section] = field(default_factory=list)
    programme: list[ProgrammeItem] = field(default_factory=list)
    id: int | None = None

    @property
    def visit_date(self) -> dt.date | None:
        return self.start_date


# --------------------------------------------------------------------------- helpers


def format_date(day: dt.date | None, *, short: bool = False) -> str:
    """10 October 2024 (day month year, as ministries write it); short: 10 Oct 2024."""
    if day is None:
        return ""
    return f"{day.day} {day:%b %Y}" if short else f"{day.day} {day:%B %Y}"


def parse_date(text: str | None) -> dt.date | None:
    if text is None or text == "":
        return None
    return dt.date.fromisoformat(text)
