"""Every sentence the app and the book generate about clearance, in one place.

Kept together (and built from whole-sentence templates with named fields, never from pieces
glued in code). What a section's clearance stands at (:func:`describe`) is a message to the
user (``M_``: the ``messages`` catalogue, in the interface's language, given as ``loc``); the
block printed after a brief is the book's (``N_``: the ``book`` catalogue, in its language).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from briefing.errors import Worded
from briefing.i18n import ENGLISH_BOOK, M_, N_, BookLocale, pM_
from briefing.model.clearance import Action, Answer, Standing, State

# outline and library ("Trade — waiting for Director, Asia-Pacific, due Thu")
NOT_REQUESTED = M_("clearance not requested")
WAITING = M_("waiting for {who}")
WAITING_DUE = M_("waiting for {who}, due {due}")
OVERDUE = M_("waiting for {who}, overdue since {due}")
RETURNED = M_("returned by {who}")
CLEARED = M_("cleared by {who}")
CHANGED = M_("changed since cleared by {who}")
AND = M_("{first} and {second}")
MORE = M_("{first} and {count} more")
WEEKDAYS = (
    pM_("weekday", "Mon"),
    pM_("weekday", "Tue"),
    pM_("weekday", "Wed"),
    pM_("weekday", "Thu"),
    pM_("weekday", "Fri"),
    pM_("weekday", "Sat"),
    pM_("weekday", "Sun"),
)

# the library's line for a book
SUMMARY_CLEARED = M_("{cleared} of {total} cleared")
SUMMARY_WAITING = M_("{count} waiting")
SUMMARY_RETURNED = M_("{count} returned")
SUMMARY_BETWEEN = pM_("between the parts of a book's clearance summary", ", ")
BRIEF_LINE = M_("{title} — {where}")

# the clearance block printed at the end of a brief (in the book's language: the book catalogue)
BLOCK_DRAFTED = N_("Drafted by: {owner}")
BLOCK_CLEARED = N_("Cleared by: {who}")
BLOCK_ONE = N_("{label}, {date}")
BLOCK_WITH_CHANGES = N_("{label} (with changes), {date}")
BLOCK_NOT_CLEARED = N_("Not yet cleared")
BLOCK_WAITING = N_("Awaiting clearance: {who}")

# preflight
NOT_CLEARED = M_("not cleared ({state}); the book cannot be marked final until it is")
NOT_CLEARED_IN_FINAL = M_("not cleared ({state}) in a final book")
OVERRIDE_NEEDS_REASON = M_(
    "{count} section(s) not cleared: {names}. Clear them, or give the reason for marking "
    "the book final anyway (it is recorded in the clearance trail)"
)
# refusals (briefing.clearance)
NO_SECTION = M_("the book “{title}” has no section {section}")
NO_CLEARER = M_("choose at least one clearer to ask")
NO_SECTIONS = M_("choose at least one section to send for clearance")
NOT_AN_ANSWER = M_("'{action}' is not an answer to a clearance request")
SAY_WHY = M_("say why the section is returned: the comments go into the trail")
UNCLEARED_ONE = M_("“{title}” ({where})")
UNCLEARED_BETWEEN = pM_("between the sections not cleared when marking a book final", "; ")


def day(when: dt.date, today: dt.date, loc: BookLocale = ENGLISH_BOOK) -> str:
    """A due date as people say it: the weekday within the coming week, else the date (in
    ``loc``'s language)."""
    if today <= when < today + dt.timedelta(days=7):
        return loc.pgettext(*WEEKDAYS[when.weekday()])
    return loc.date(when, short=True)


def _names(answers: list[Answer], loc: BookLocale) -> str:
    labels = [a.label for a in answers]
    if len(labels) == 1:
        return labels[0]
    if len(labels) == 2:
        return loc.gettext(AND).format(first=labels[0], second=labels[1])
    return loc.gettext(MORE).format(first=labels[0], count=len(labels) - 1)


def describe(standing: Standing, today: dt.date, loc: BookLocale = ENGLISH_BOOK) -> str:
    """One line on where a section stands, for the outline, the library and preflight, in
    the language of ``loc`` (an interface's: :func:`briefing.i18n.interface_locale`)."""
    tr = loc.gettext
    names = partial(_names, loc=loc)
    if standing.state is State.NOT_REQUESTED:
        return tr(NOT_REQUESTED)
    if standing.state is State.RETURNED:
        return tr(RETURNED).format(who=names(standing.returned))
    if standing.state is State.WAITING:
        waiting = standing.waiting
        dues = [a.due for a in waiting if a.due]
        who = names(waiting)
        if not dues:
            return tr(WAITING).format(who=who)
        due = min(dues)
        if due < today:
            return tr(OVERDUE).format(who=who, due=loc.date(due, short=True))
        return tr(WAITING_DUE).format(who=who, due=day(due, today, loc))
    if standing.state is State.CHANGED:
        return tr(CHANGED).format(who=names(standing.cleared))
    return tr(CLEARED).format(who=names(standing.cleared))


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


def summary(standings: list[Standing], loc: BookLocale = ENGLISH_BOOK) -> str:
    """A book's clearance in a few words ("3 of 10 cleared, 2 waiting"); "" if none asked;
    in ``loc``'s language (an interface's)."""
    if all(s.state is State.NOT_REQUESTED for s in standings):
        return ""
    tr = loc.gettext
    cleared = sum(s.is_cleared for s in standings)
    parts = [tr(SUMMARY_CLEARED).format(cleared=cleared, total=len(standings))]
    waiting = sum(s.state is State.WAITING for s in standings)
    returned = sum(s.state is State.RETURNED for s in standings)
    if waiting:
        parts.append(tr(SUMMARY_WAITING).format(count=waiting))
    if returned:
        parts.append(tr(SUMMARY_RETURNED).format(count=returned))
    return loc.pgettext(*SUMMARY_BETWEEN).join(parts)


class Uncleared(Worded):
    """The sections not cleared, each with where it stands, in the message refusing to mark a
    book final: English as the string, in the interface's language through :meth:`said`."""

    def __new__(cls, missing: list[tuple[str, Standing]], today: dt.date) -> Uncleared:
        made = super().__new__(cls, _uncleared(missing, today, ENGLISH_BOOK))
        made.missing, made.today = missing, today
        return made

    def said(self, loc: BookLocale) -> str:  # type: ignore[override]
        return _uncleared(self.missing, self.today, loc)


def _uncleared(missing: list[tuple[str, Standing]], today: dt.date, loc: BookLocale) -> str:
    one = loc.gettext(UNCLEARED_ONE)
    return loc.pgettext(*UNCLEARED_BETWEEN).join(
        one.format(title=title, where=describe(s, today, loc)) for title, s in missing
    )
