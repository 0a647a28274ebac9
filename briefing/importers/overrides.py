"""What the officer supplies when a release does not say it: the meeting date, the place, the
participants (``briefing import --date/--place/--participant``, the review dialog's fields).

Qt-free and store-free: the command line and the review dialog parse what was typed here and
apply it to the draft, then ask :func:`missing_message` whether anything is still missing.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.importers.dates import find_dates
from briefing.importers.draft import Draft, DraftPerson
from briefing.importers.person_names import display_name
from briefing.importers.places import load_gazetteer
from briefing.importers.rules import load_rules
from briefing.model import MeetingKind, Settings

#: How each missing field is supplied on the command line, for :func:`missing_message`.
FLAGS = {
    "meeting_date": "the meeting date (--date YYYY-MM-DD)",
    "place": 'the place (--place "City, Country")',
    "participants": 'the participants (--participant "NAME|TITLE|SIDE", once per person)',
    "items": "the items (add them in the review dialog)",
}


def parse_date(text: str) -> dt.date:
    """ "2024-10-10", "10 October 2024", "October 10, 2024" -> a date; ValueError if none."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    found = find_dates(text)
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{4}", text):
        found = []  # "05/11/2025": 5 November or May 11? A date typed here must not be a guess
    if len(found) == 1 and found[0].year is not None:
        first, _ = found[0].resolve(found[0].year)
        if first is not None:
            return first
    raise ValueError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2024-10-10.")


def parse_place(text: str, settings: Settings) -> tuple[str, str]:
    """ "Vientiane, Lao PDR" or "Vientiane" (the gazetteer gives the country) -> (city, country).
    A country alone ("Japan,") gives ("", "Japan")."""
    city, _, country = (part.strip() for part in text.partition(","))
    if not country and city:
        found = load_gazetteer().lookup(city, tuple(settings.countries))
        if found is not None:
            return found.name, _workspace_spelling(found.country, settings)
    return city, country


def parse_participant(text: str, settings: Settings) -> DraftPerson:
    """ "NAME|TITLE|SIDE" (title and side may be empty) -> a participant to add.

    The side must be one of the workspace's countries (any case) or be left empty."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0] or len(parts) > 3:
        raise ValueError(
            f"'{text}' is not NAME|TITLE|SIDE (e.g. \"Hun Manet|Prime Minister|Cambodia\")."
        )
    name, title, side = (parts + ["", ""])[:3]
    if side:
        known = {c.casefold(): c for c in settings.countries}
        if side.casefold() not in known:
            choices = ", ".join(settings.countries) or "none set"
            raise ValueError(f"'{side}' is not a country of this workspace ({choices}).")
        side = known[side.casefold()]
    return DraftPerson(name=name, display_name=display_name(name), title=title, side=side)


def apply(
    draft: Draft,
    settings: Settings,
    *,
    date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
    place: str | None = None,
    participants: list[str] | tuple[str, ...] = (),
) -> None:
    """Put what the officer supplied into the draft; a supplied value wins over a drafted one.
    Participants are added (one with the name of a drafted participant replaces it).
    Raises ValueError, with a message fit for the user, for anything that cannot be read."""
    if date is not None:
        draft.meeting_date = date if isinstance(date, dt.date) else parse_date(date)
    if end_date is not None:
        draft.end_date = end_date if isinstance(end_date, dt.date) else parse_date(end_date)
    if draft.end_date and draft.meeting_date and draft.end_date < draft.meeting_date:
        raise ValueError(
            f"The last day ({draft.end_date.isoformat()}) is before the meeting date "
            f"({draft.meeting_date.isoformat()}): give the last day of the visit with "
            "--until YYYY-MM-DD."
        )
    if place is not None:
        draft.city, draft.country = parse_place(place, settings)
    for text in participants:
        person = parse_participant(text, settings)
        key = person.display_name.casefold()
        draft.participants = [p for p in draft.participants if p.display_name.casefold() != key] + [
            person
        ]
    draft.missing = _still_missing(draft)
    resolved = {
        "meeting_date": "No meeting date was found",
        "place": "No meeting place was found",
        "participants": "No participants were recognised",
    }
    draft.warnings = [
        w
        for w in draft.warnings
        if not any(w.startswith(v) for k, v in resolved.items() if k not in draft.missing)
    ]


def _still_missing(draft: Draft) -> list[str]:
    missing = []
    if draft.meeting_date is None:
        missing.append("meeting_date")
    call = draft.kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL)
    if not (draft.city or draft.country) and not call:
        missing.append("place")
    if not draft.participants:
        missing.append("participants")
    if not draft.items:
        missing.append("items")
    return missing


def missing_message(draft: Draft, *, required: tuple[str, ...] = ("meeting_date",)) -> str:
    """ "" if nothing ``required`` is missing, else one sentence naming what to supply:
    "The release does not give the meeting date (--date YYYY-MM-DD); supply it and import
    again." ``required`` defaults to what saving needs: the date."""
    lacking = [FLAGS[m] for m in draft.missing if m in required and m in FLAGS]
    if not lacking:
        return ""
    return f"The release does not give {' or '.join(lacking)}; supply it and import again."


def _workspace_spelling(country: str, settings: Settings) -> str:
    """The gazetteer's canonical country as the workspace spells it ("Lao PDR" -> "Laos")."""
    from briefing.importers.meeting_facts import side_names

    return side_names(settings, load_rules()).get(country, country)


__all__ = [
    "FLAGS",
    "apply",
    "missing_message",
    "parse_date",
    "parse_participant",
    "parse_place",
]
