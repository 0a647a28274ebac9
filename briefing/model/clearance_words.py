"""Every sentence the app and the book generate about clearance, in one place.

Kept together (and built from whole-sentence templates with named fields, never from pieces
glued in code) so that a translation catalogue can take them over in one go: the gettext
branch wraps the templates here and nothing else changes.
"""

from __future__ import annotations

import datetime as dt

from briefing.i18n import ENGLISH_BOOK, N_, BookLocale
from briefing.model.clearance import Action, Answer, Standing, State
from briefing.model.dates import format_date

# outline and library ("Trade — waiting for Director, Asia-Pacific, due Thu")
NOT_REQUESTED = "clearance not requested"
WAITING = "waiting for {who}"
WAITING_DUE = "waiting for {who}, due {due}"
OVERDUE = "waiting for {who}, overdue since {due}"
RETURNED = "returned by {who}"
CLEARED = "cleared by {who}"
CHANGED = "changed since cleared by {who}"
AND = " and "
MORE = "{first} and {count} more"

# the library's line for a book
SUMMARY_CLEARED = "{cleared} of {total} cleared"
SUMMARY_WAITING = "{count} waiting"
SUMMARY_RETURNED = "{count} returned"
BRIEF_LINE = "{title} — {where}"

# the clearance block printed at the end of a brief (in the book's language: the book catalogue)
BLOCK_DRAFTED = N_("Drafted by: {owner}")
BLOCK_CLEARED = N_("Cleared by: {who}")
BLOCK_ONE = N_("{label}, {date}")
BLOCK_WITH_CHANGES = N_("{label} (with changes), {date}")
BLOCK_NOT_CLEARED = N_("Not yet cleared")
BLOCK_WAITING = N_("Awaiting clearance: {who}")

# preflight
NOT_CLEARED = "not cleared ({state}); the book cannot be marked final until it is"
OVERRIDE_NEEDS_REASON = (
    "{count} section(s) not cleared: {names}. Clear them, or give the reason for marking "
    "the book final anyway (it is recorded in the clearance trail)"
)


def day(when: dt.date, today: dt.date) -> str:
    """A due date as people say it: the weekday within the coming week, else the date."""
    if today <= when < today + dt.timedelta(days=7):
        return f"{when:%a}"
    return format_date(when, short=True)


def _names(answers: list[Answer]) -> str:
    labels = [a.label for a in answers]
    if len(labels) <= 2:
        return AND.join(labels)
    return MORE.format(first=labels[0], count=len(labels) - 1)


def describe(standing: Standing, today: dt.date) -> str:
    """One line on where a section stands, for the outline and the library."""
    if standing.state is State.NOT_REQUESTED:
        return NOT_REQUESTED
    if standing.state is State.RETURNED:
        return RETURNED.format(who=_names(standing.returned))
    if standing.state is State.WAITING:
        waiting = standing.waiting
        dues = [a.due for a in waiting if a.due]
        who = _names(waiting)
        if not dues:
            return WAITING.format(who=who)
        due = min(dues)
        if due < today:
            return OVERDUE.format(who=who, due=format_date(due, short=True))
        return WAITING_DUE.format(who=who, due=day(due, today))
    if standing.state is State.CHANGED:
        return CHANGED.format(who=_names(standing.cleared))
    return CLEARED.format(who=_names(standing.cleared))


def block_lines(owner: str, standing: Standing, loc: BookLocale = ENGLISH_BOOK) -> list[str]:
    """The clearance block of a brief: drafted by, cleared by (with dates), in the language
    of ``loc`` (a book's)."""
    tr = loc.gettext
    lines = [tr(BLOCK_DRAFTED).format(owner=owner)] if owner else []
    cleared = []
    for a in standing.cleared:
        template = BLOCK_WITH_CHANGES if a.action is Action.CLEARED_WITH_CHANGES else BLOCK_ONE
        when = a.answered.date() if a.answered else a.requested.date()
        cleared.append(tr(template).format(label=a.full_label, date=loc.date(when, short=True)))
    if cleared:
        lines.append(tr(BLOCK_CLEARED).format(who="; ".join(cleared)))
    waiting = standing.waiting + standing.returned
    if waiting:
        lines.append(tr(BLOCK_WAITING).format(who="; ".join(a.full_label for a in waiting)))
    if not cleared and not waiting:
        lines.append(tr(BLOCK_NOT_CLEARED))
    return lines


def summary(standings: list[Standing]) -> str:
    """A book's clearance in a few words ("3 of 10 cleared, 2 waiting"); "" if none asked."""
    if all(s.state is State.NOT_REQUESTED for s in standings):
        return ""
    parts = [
        SUMMARY_CLEARED.format(cleared=sum(s.is_cleared for s in standings), total=len(standings))
    ]
    waiting = sum(s.state is State.WAITING for s in standings)
    returned = sum(s.state is State.RETURNED for s in standings)
    if waiting:
        parts.append(SUMMARY_WAITING.format(count=waiting))
    if returned:
        parts.append(SUMMARY_RETURNED.format(count=returned))
    return ", ".join(parts)
