"""The records of a relationship: people, meetings with their items and sources, tracked
commitments. Identifiers are the SQLite row ids; an object not yet saved has ``id = None``.
Dates are ``datetime.date``; biographies are Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from briefing.model.dates import format_date

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

    @property
    def is_open(self) -> bool:
        """Still to be delivered: pending, in progress or stalled (done and dropped are closed)."""
        return self in OPEN_STATUSES


#: statuses of a commitment still to be delivered; done and dropped close it
OPEN_STATUSES = frozenset(
    {CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS, CommitmentStatus.STALLED}
)
CLOSED_STATUSES = frozenset({CommitmentStatus.DONE, CommitmentStatus.DROPPED})


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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None


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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

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
    #: the day it was done or dropped (None while open, or when an old record did not say);
    #: a book's scope shows the commitments closed within its period
    closed: dt.date | None = None
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

    @property
    def latest_note(self) -> ProgressNote | None:
        return max(self.notes, key=lambda n: n.date) if self.notes else None

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.due is not None
            and self.due < today
            and self.status in (CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS)
        )

    def closing_problem(self) -> str | None:
        """Why the closing date does not fit the status, or None."""
        if self.closed is not None and self.status.is_open:
            return f"a {self.status} commitment is still open and has no closing date"
        return None

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
