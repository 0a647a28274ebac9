"""A draft meeting record: what the importer read in a release, for the officer to review.

Everything here is editable; ``keep`` flags let a review dialog drop a proposed person, item or
commitment without losing its place. Spans are ``(start, end)`` offsets into ``Draft.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.model import ItemKind, MeetingKind


@dataclass
class DraftPerson:
    name: str  # as written: "HUN Manet"
    display_name: str  # normalised: "Hun Manet"
    honorific: str = ""  # "Samdech Moha Borvor Thipadei", "His Excellency"
    title: str = ""  # "Prime Minister of the Kingdom of Cambodia"
    side: str = ""  # a country, spelled as the workspace spells it where it can
    person_id: int | None = None  # the existing person this is, if one matched
    span: tuple[int, int] = (0, 0)
    keep: bool = True


@dataclass
class DraftItem:
    area: str  # Area.key
    side: str  # a country or model.BOTH
    kind: ItemKind
    text: str
    confidence: float  # 0..1: how sure the importer is of area, side and kind together
    span: tuple[int, int]
    keep: bool = True
    areas: list[str] = field(default_factory=list)  # every area the sentence is about; area first

    def __post_init__(self) -> None:
        if self.area and self.area not in self.areas:
            self.areas.insert(0, self.area)


@dataclass
class DraftCommitment:
    text: str
    owed_by: str
    area: str
    item: int  # index into Draft.items
    keep: bool = True


@dataclass
class Draft:
    text: str  # the cleaned release; every span points into it
    issuer: str = ""
    department: str = ""
    title: str = ""
    meeting_date: dt.date | None = None
    end_date: dt.date | None = None
    issue_date: dt.date | None = None
    city: str = ""
    country: str = ""
    occasion: str = ""
    kind: MeetingKind = MeetingKind.BILATERAL
    participants: list[DraftPerson] = field(default_factory=list)
    items: list[DraftItem] = field(default_factory=list)
    commitments: list[DraftCommitment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fingerprint: str = ""
    language: str = "en"  # of the release: "en", "km" or "zh"
    #: what the release did not give and the officer must supply before saving; names of
    #: fields: "meeting_date", "place", "participants", "items"
    missing: list[str] = field(default_factory=list)
