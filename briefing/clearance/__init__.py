"""Clearance of a book: requests to clearers, their answers, and marking the book final.

Every function here appends to the book's clearance trail (``ws.clearance``) in the same
transaction as the change it records, so the trail and the book never disagree. Where a
section stands is derived from its steps (:func:`briefing.model.clearance.standing`).

Which sections need clearance: every included section with text of its own. Parts generated
from the records (programme table, annexes, "Last discussed", the commitments tables) are the
records' and are not cleared brief by brief.
"""

from __future__ import annotations

import datetime as dt

from briefing.errors import BriefingError
from briefing.i18n import ENGLISH_BOOK, BookLocale
from briefing.model import Book, BookStatus, Section, SectionStatus
from briefing.model.clearance import ANSWERS, Action, Clearer, Standing, Step, standing, text_hash
from briefing.model.clearance_words import (
    BRIEF_LINE,
    NO_CLEARER,
    NO_SECTION,
    NO_SECTIONS,
    NOT_AN_ANSWER,
    OVERRIDE_NEEDS_REASON,
    SAY_WHY,
    Uncleared,
    describe,
    summary,
)
from briefing.model.issued import utc_now
from briefing.store import Workspace

__all__ = [
    "ClearanceError",
    "answer",
    "book_summary",
    "mark_draft",
    "mark_final",
    "needs_clearance",
    "request",
    "standings",
    "uncleared",
    "withdraw",
]


class ClearanceError(BriefingError):
    """A clearance step that cannot be taken; the message says why and what to do."""


def needs_clearance(section: Section) -> bool:
    return section.included and not section.is_empty


def section_step(
    book_id: int, section: Section, action: Action, actor: str, at: dt.datetime, **more
) -> Step:
    """A step on ``section`` that records the hash of its text as it is now."""
    return Step(
        book_id=book_id,
        section_id=section.id,
        action=action,
        at=at,
        actor=actor,
        text_sha256=text_hash(section.texts),
        section_title=section.title,
        **more,
    )


def standings(ws: Workspace, book: Book) -> dict[int, Standing]:
    """Where each section of the book stands (by section id)."""
    by_section: dict[int, list[Step]] = {}
    for step in ws.clearance.steps(book.id):  # type: ignore[arg-type]
        if step.section_id is not None:
            by_section.setdefault(step.section_id, []).append(step)
    return {
        s.id: standing(by_section.get(s.id, []), text_hash(s.texts))  # type: ignore[misc]
        for s in book.sections
    }


def uncleared(ws: Workspace, book: Book) -> list[tuple[Section, Standing]]:
    """The sections that need clearance and are not cleared, in the book's order."""
    found = standings(ws, book)
    return [
        (s, found[s.id])  # type: ignore[index]
        for s in book.sections
        if needs_clearance(s) and not found[s.id].is_cleared  # type: ignore[index]
    ]


def book_summary(
    ws: Workspace, book_id: int, today: dt.date, loc: BookLocale = ENGLISH_BOOK
) -> tuple[str, list[str]]:
    """For the library: the book's clearance in a few words ("" when none was asked) and a
    line per section that needs it ("Trade — waiting for Director, Asia-Pacific, due Thu"),
    in ``loc``'s language (the interface's)."""
    book = ws.books.get(book_id)
    found = standings(ws, book)
    needed = [s for s in book.sections if needs_clearance(s)]
    words = summary([found[s.id] for s in needed], loc)  # type: ignore[index]
    line = loc.gettext(BRIEF_LINE)
    lines = [
        line.format(title=s.title, where=describe(found[s.id], today, loc))  # type: ignore[index]
        for s in needed
    ]
    return words, lines if words else []


def _clearer(ws: Workspace, key: str) -> Clearer:
    clearer = ws.settings.clearer(key)
    if clearer is None:
        known = ", ".join(c.key for c in ws.settings.clearers) or "none yet"
        raise ClearanceError(
            f"there is no clearer '{key}' in this workspace (clearers: {known}); add them in "
            "Workspace ▸ Settings, Clearers"
        )
    return clearer


def _section(book: Book, section_id: int) -> Section:
    for section in book.sections:
        if section.id == section_id:
            return section
    raise ClearanceError(NO_SECTION, title=book.title, section=section_id)


def request(
    ws: Workspace,
    book_id: int,
    section_ids: list[int],
    clearers: list[str],
    due: dt.date | None,
    actor: str,
    note: str = "",
    now: dt.datetime | None = None,
) -> list[Step]:
    """Ask each of ``clearers`` (keys) to clear each section, by ``due``."""
    if not clearers:
        raise ClearanceError(NO_CLEARER)
    if not section_ids:
        raise ClearanceError(NO_SECTIONS)
    at = now or utc_now()
    book = ws.books.get(book_id)
    people = [_clearer(ws, key) for key in clearers]
    steps = [
        section_step(
            book_id,
            _section(book, sid),
            Action.REQUESTED,
            actor,
            at,
            clearer=c.key,
            clearer_name=c.name,
            clearer_title=c.title,
            due=due,
            note=note,
        )
        for sid in section_ids
        for c in people
    ]
    ws.clearance.add(steps)
    return steps


def answer(
    ws: Workspace,
    book_id: int,
    section_id: int,
    clearer: str,
    action: Action,
    actor: str,
    note: str = "",
    now: dt.datetime | None = None,
) -> Step:
    """Record a clearer's answer on a section: cleared, cleared with changes (the changes
    are in the text already; its hash is recorded) or returned with comments.

    The section's status follows: cleared when every clearer asked has cleared, draft when
    one returned it."""
    if action not in ANSWERS:
        raise ClearanceError(NOT_AN_ANSWER, action=action)
    if action is Action.RETURNED and not note.strip():
        raise ClearanceError(SAY_WHY)
    with ws.transaction():
        book = ws.books.get(book_id)
        section = _section(book, section_id)
        before = standing(ws.clearance.steps(book_id, section_id), text_hash(section.texts))
        asked = next((a for a in before.answers if a.clearer == clearer), None)
        if asked is None:
            who = ws.settings.clearer(clearer)
            raise ClearanceError(
                f"{who.full if who else clearer} was not asked to clear “{section.title}”; "
                "request clearance first"
            )
        step = section_step(
            book_id,
            section,
            action,
            actor,
            now or utc_now(),
            clearer=clearer,
            clearer_name=asked.name,
            clearer_title=asked.title,
            note=note,
        )
        ws.clearance.add([step])
        _follow_status(ws, book_id, section)
    return step


def withdraw(
    ws: Workspace, book_id: int, section_id: int, clearer: str, actor: str, now=None
) -> Step:  # noqa: ANN001
    """Take back a request (the clearer is no longer asked)."""
    with ws.transaction():
        book = ws.books.get(book_id)
        section = _section(book, section_id)
        step = section_step(book_id, section, Action.WITHDRAWN, actor, now or utc_now())
        step.clearer = clearer
        ws.clearance.add([step])
        _follow_status(ws, book_id, section)
    return step


def _follow_status(ws: Workspace, book_id: int, section: Section) -> None:
    now = standing(ws.clearance.steps(book_id, section.id), text_hash(section.texts))
    status = section.status
    if now.is_cleared and status is SectionStatus.DRAFT:
        status = SectionStatus.CLEARED
    elif not now.is_cleared and status is SectionStatus.CLEARED:
        status = SectionStatus.DRAFT
    if status is not section.status:
        section.status = status
        ws.books.save_section(book_id, section)


def mark_final(
    ws: Workspace,
    book_id: int,
    actor: str,
    override_reason: str = "",
    now: dt.datetime | None = None,
) -> Step:
    """Mark the book final. Refused while a section that needs clearance is not cleared,
    unless ``override_reason`` says why; the override and its reason go into the trail with
    the sections that were not cleared."""
    with ws.transaction():
        book = ws.books.get(book_id)
        missing = uncleared(ws, book)
        reason = " ".join(override_reason.split())
        today = (now or utc_now()).date()
        if missing and not reason:
            names = Uncleared([(s.title, st) for s, st in missing], today)
            raise ClearanceError(OVERRIDE_NEEDS_REASON, count=len(missing), names=names)
        action = Action.FINAL_OVERRIDE if missing else Action.MARKED_FINAL
        note = reason
        if missing:
            note += " — not cleared: " + "; ".join(s.title for s, _ in missing)
        step = Step(
            book_id=book_id,
            section_id=None,
            action=action,
            at=now or utc_now(),
            actor=actor,
            note=note,
            snapshot={str(s.id): text_hash(s.texts) for s in book.sections},
        )
        ws.clearance.add([step])
        ws.books.save_fields(book_id, {"status": BookStatus.FINAL})
    return step


def mark_draft(ws: Workspace, book_id: int, actor: str, now: dt.datetime | None = None) -> Step:
    """Put a final book back to draft (recorded)."""
    with ws.transaction():
        step = Step(book_id, None, Action.MARKED_DRAFT, now or utc_now(), actor)
        ws.clearance.add([step])
        ws.books.save_fields(book_id, {"status": BookStatus.DRAFT})
    return step
