"""Clearance of a book's sections: who clears, the steps of the trail, and where a brief stands.

Clearers are people of the ministry who clear briefs (a director, another department, the
embassy). They are part of the workspace's settings, keyed like cooperation areas: they are
configuration of the desk, not records of the relationship, and a key that stays fixed lets a
clearer be renamed or retitled without losing the requests made of them. Every step of the
trail copies the clearer's name and title as they were, so the trail reads the same later.

The trail is append-only. Where a section stands is derived from it (:func:`standing`), never
stored beside it: the latest request to each clearer and the latest answer after it. A
clearance is of a text: each step keeps the hash of the section's text fields, and a section
whose text changed after it was cleared is no longer cleared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum


class Action(StrEnum):
    REQUESTED = "requested"
    CLEARED = "cleared"
    CLEARED_WITH_CHANGES = "cleared with changes"
    RETURNED = "returned with comments"
    WITHDRAWN = "withdrawn"  # a request taken back
    MARKED_FINAL = "marked final"  # the book (section None)
    FINAL_OVERRIDE = "marked final with sections not cleared"  # the book, with a reason
    MARKED_DRAFT = "back to draft"  # the book
    SENT_FOR_REVIEW = "sent for review"  # a review DOCX made: the text it was made from
    REVIEW_APPLIED = "review applied"  # a returned review DOCX brought in


#: the answers a clearer gives to a request
ANSWERS = (Action.CLEARED, Action.CLEARED_WITH_CHANGES, Action.RETURNED)


@dataclass
class Clearer:
    key: str  # stable: requests refer to it
    name: str
    title: str = ""  # "Director, Asia-Pacific"

    @property
    def label(self) -> str:
        """How the outline names them: the title when there is one (a director is known by
        the office), else the name."""
        return self.title or self.name

    @property
    def full(self) -> str:
        return ", ".join(p for p in (self.name, self.title) if p)


@dataclass
class Step:
    """One step of the clearance trail of a book (``section_id`` None: the book itself)."""

    book_id: int
    section_id: int | None
    action: Action
    at: dt.datetime  # UTC
    actor: str  # who recorded the step
    clearer: str = ""  # the clearer's key
    clearer_name: str = ""  # name and title as they were on the day
    clearer_title: str = ""
    due: dt.date | None = None
    note: str = ""  # comments of a return, the reason of an override …
    text_sha256: str = ""  # of the section's text fields at this step
    snapshot: dict[str, str] = field(default_factory=dict)  # the text fields, when kept
    section_title: str = ""
    review: str = ""  # the token of a review DOCX (sent / applied)
    id: int | None = None


class State(StrEnum):
    NOT_REQUESTED = "not requested"
    WAITING = "waiting"
    RETURNED = "returned"
    CLEARED = "cleared"
    CHANGED = "changed since cleared"


@dataclass
class Answer:
    clearer: str
    name: str
    title: str
    action: Action | None  # None while waiting
    requested: dt.datetime
    due: dt.date | None
    answered: dt.datetime | None = None
    note: str = ""
    text_sha256: str = ""

    @property
    def label(self) -> str:
        return Clearer(self.clearer, self.name, self.title).label

    @property
    def full_label(self) -> str:
        return Clearer(self.clearer, self.name, self.title).full


@dataclass
class Standing:
    """Where one section stands: one entry per clearer asked, in the order they were asked."""

    state: State
    answers: list[Answer] = field(default_factory=list)

    @property
    def waiting(self) -> list[Answer]:
        return [a for a in self.answers if a.action is None]

    @property
    def returned(self) -> list[Answer]:
        return [a for a in self.answers if a.action is Action.RETURNED]

    @property
    def cleared(self) -> list[Answer]:
        return [
            a for a in self.answers if a.action in (Action.CLEARED, Action.CLEARED_WITH_CHANGES)
        ]

    @property
    def is_cleared(self) -> bool:
        return self.state is State.CLEARED


def text_hash(texts: dict[str, str]) -> str:
    """SHA-256 of a section's text fields (``{"objective": …, …}``), in a fixed form."""
    canonical = json.dumps(dict(sorted(texts.items())), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def standing(steps: list[Step], current_sha256: str) -> Standing:
    """Where a section stands after ``steps`` (its own, oldest first) with its text now.

    Each clearer's latest request counts, and the latest answer after it. The section is
    cleared when every clearer asked has cleared (with or without changes) and the text is
    still the one they cleared; returned when any returned it; else waiting.
    """
    by_clearer: dict[str, Answer] = {}
    for step in steps:
        if step.action is Action.REQUESTED:
            by_clearer.pop(step.clearer, None)  # a new request goes to the end
            by_clearer[step.clearer] = Answer(
                step.clearer, step.clearer_name, step.clearer_title, None, step.at, step.due
            )
        elif step.action is Action.WITHDRAWN:
            by_clearer.pop(step.clearer, None)
        elif step.action in ANSWERS and step.clearer in by_clearer:
            answer = by_clearer[step.clearer]
            answer.action, answer.answered = step.action, step.at
            answer.note, answer.text_sha256 = step.note, step.text_sha256
    answers = list(by_clearer.values())
    if not answers:
        return Standing(State.NOT_REQUESTED, answers)
    if any(a.action is Action.RETURNED for a in answers):
        return Standing(State.RETURNED, answers)
    if any(a.action is None for a in answers):
        return Standing(State.WAITING, answers)
    if any(a.text_sha256 and a.text_sha256 != current_sha256 for a in answers):
        return Standing(State.CHANGED, answers)
    return Standing(State.CLEARED, answers)
