"""A briefing book: its properties, programme and ordered sections (texts in Markdown)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from briefing.model.scope import BookScope


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

    @classmethod
    def parse(cls, text: str) -> Paper:
        """ "a4", " Letter " … -> the paper; ValueError naming the choices otherwise."""
        for paper in cls:
            if text.strip().lower() == paper.value.lower():
                return paper
        raise ValueError(f"The paper size is A4 or Letter, not {text!r}")


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
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

    TEXT_FIELDS = ("objective", "points", "if_raised", "background")

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f).strip() for f in self.TEXT_FIELDS)

    @property
    def texts(self) -> dict[str, str]:
        """The text fields by name (what a clearance clears and a review sends)."""
        return {f: getattr(self, f) for f in self.TEXT_FIELDS}


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
    #: the period it covers and the rule of each part generated from the records
    scope: BookScope = field(default_factory=BookScope)
    #: the language every word the book generates is printed in (briefing.i18n.LANGUAGES)
    language: str = "en"
    #: numbers in the language's own digits (Khmer ០–៩), where it has them
    native_digits: bool = False
    #: the global identity (a UUID) that the shared library knows it by; given on first save
    uid: str | None = None

    @property
    def visit_date(self) -> dt.date | None:
        return self.start_date
