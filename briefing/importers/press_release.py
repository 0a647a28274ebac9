"""Draft a meeting record from the text of a press release, joint statement or news story.

``extract`` reads clean text into a :class:`Draft` that the officer reviews; ``to_meeting``
turns the reviewed draft into a :class:`~briefing.model.Meeting`; ``fingerprint`` lets the app
say that a release is already in the workspace. Rules (word lists) come from
``resources/importers/press_release_rules.json``. Nothing here needs a network or a model.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from briefing.importers import page_layout
from briefing.importers.cleanup import clean_text
from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.errors import (
    CANCELLED,
    NO_LANGUAGE,
    TOO_LONG,
    ExtractCancelled,
    ExtractError,
)
from briefing.importers.issuer import issuer_and_department
from briefing.importers.item_reader import Reader
from briefing.importers.items import is_commitment, read_items
from briefing.importers.line_kinds import is_navigation, tidy_caps
from briefing.importers.meeting_facts import (
    meeting_kind,
    meeting_place,
    opening_occasion,
    side_names,
)
from briefing.importers.participants import (
    find_participants,
    host_side,
    outsiders,
    participant_zones,
    without_bystanders,
)
from briefing.importers.person_names import match_person, name_key
from briefing.importers.persons import find_mentions
from briefing.importers.places import load_gazetteer
from briefing.importers.release_dates import meeting_dates
from briefing.importers.rules import Rules, load_rules
from briefing.importers.segment import Span, paragraphs, words
from briefing.importers.to_records import (
    fingerprint,
    new_people,
    to_commitments,
    to_meeting,
    to_person,
)
from briefing.model import (
    COMMITTING_KINDS,
    MeetingKind,
    Person,
    Settings,
)

__all__ = [
    "Draft",
    "DraftCommitment",
    "DraftItem",
    "DraftPerson",
    "ExtractCancelled",
    "ExtractError",
    "MAX_EXTRACT_CHARS",
    "extract",
    "fingerprint",
    "new_people",
    "to_commitments",
    "to_person",
    "to_meeting",
]


MAX_EXTRACT_CHARS = 300_000  # about 50 pages: far more than one release


MIN_ENGLISH_SHARE = 0.15  # of Latin-script words that are common English words


def extract(
    text: str,
    settings: Settings,
    people: Sequence[Person] = (),
    *,
    rules: Rules | None = None,
    reference_date: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Draft:
    """Draft a meeting record from a release in English, Khmer or Chinese.

    Raises ExtractError only when the text is too long or in none of those languages;
    anything the release does not say (no date, no place, nobody named) is left empty,
    named in ``Draft.missing`` and explained in ``Draft.warnings``. ``people`` are the
    workspace's people, matched by name so none is added twice; ``reference_date`` (default
    today) fills in a year the release leaves out. ``cancelled``, if given, is called between
    paragraphs; when it returns True, ExtractCancelled is raised. Time is linear in the length
    of the text (``benchmarks/import_bench.py`` measures the worst inputs).
    """
    if len(text) > MAX_EXTRACT_CHARS:
        raise ExtractError(TOO_LONG, length=f"{len(text):,}", limit=f"{MAX_EXTRACT_CHARS:,}")
    rules = rules or load_rules()
    clean = clean_text(text)
    _check(cancelled)
    language = detect_language(clean, rules)
    reference = reference_date or dt.date.today()
    if language in ("km", "zh"):
        from briefing.importers import spaceless

        draft = spaceless.extract(clean, settings, language, reference, cancelled)
        draft.fingerprint = fingerprint(clean)
        _finish(draft, settings, people)
        return draft
    layout = page_layout.layout(paragraphs(clean), rules)
    draft = Draft(text=clean, fingerprint=fingerprint(clean), language="en")
    draft.issuer, draft.department = issuer_and_department(layout, rules)
    draft.title = tidy_caps(layout.title)
    opening = [Span(0, 0, layout.title)] + layout.body[:2]
    draft.kind = (
        meeting_kind([s.text for s in opening], rules)
        or meeting_kind([s.text for s in layout.body[:6]], rules)
        or MeetingKind.BILATERAL
    )
    sides = side_names(settings, rules)
    masks: list[tuple[int, int]] = []
    draft.occasion, occasion_span = opening_occasion(layout.body[:2], rules)
    if occasion_span:
        masks.append(occasion_span)
    dates = meeting_dates(clean, layout, reference, rules)
    draft.meeting_date, draft.end_date, draft.issue_date = dates.meeting, dates.end, dates.issue
    draft.warnings.extend(dates.notes)
    _check(cancelled)
    year = draft.meeting_date.year if draft.meeting_date else None
    month = draft.meeting_date.month if draft.meeting_date else None
    city, country = meeting_place(layout, rules, draft.kind, sides, year, month)
    draft.city, draft.country = city, sides.get(country, country)
    if layout.dateline:
        date = layout.dateline[1]
        masks.append((max(0, date.start - len(layout.dateline[0]) - 2), date.end))
    mentions = find_mentions(clean, rules, people)
    masks.extend((m.start, m.end) for m in mentions)
    zones = participant_zones(layout, rules)
    masthead = " | ".join(
        [
            draft.issuer,
            *(
                s.text
                for s in layout.header[:6]
                if _masthead_line(s.text) and s.text != layout.title
            ),
            *_COPYRIGHT.findall(clean[-800:]),  # "© 2024 Solomon Islands Government"
        ]
    )
    draft.participants = find_participants(
        mentions,
        clean,
        zones,
        people,
        settings,
        sides,
        rules,
        masthead,
        draft.country,
        (year, month),
    )
    if draft.kind == MeetingKind.MARGINS:  # the summit's other leaders are bystanders
        draft.participants = without_bystanders(draft.participants, settings, clean)
    if not (draft.city or draft.country) and draft.kind not in _CALLS:
        _assume_hosts_capital(draft, clean, rules)
    _check(cancelled)
    reader = Reader(rules, draft.participants, sides, {a.key for a in settings.areas}, masks)
    reader.outsiders = outsiders(mentions, draft.participants, rules)
    reader.cancelled = cancelled
    line_starts = [0] + [m.end() for m in re.finditer("\n", clean)]  # (found once: linear)
    entries = {  # paragraphs() cut a bullet or number off the start of their line
        p.start
        for p in layout.body
        if clean[line_starts[bisect.bisect_right(line_starts, p.start) - 1] : p.start].strip()
    }
    draft.items = read_items(reader, layout.body, layout.headings, layout.continued, entries)
    draft.commitments = [
        DraftCommitment(item.text, item.side, item.area, index, keep=is_commitment(reader, item))
        for index, item in enumerate(draft.items)
        if item.kind in COMMITTING_KINDS
    ]
    _finish(draft, settings, people)
    return draft


#: who holds the page's copyright: "© 2025 Oman Observer", "Copyright © Nation Group (Thailand)"
_COPYRIGHT = re.compile(
    r"(?<!Photo: )(?<!Photo )(?<!Picture: )(?<!Image: )(?:©|Copyright)\s*(?:©\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.|\n©]{3,80})"
)


def _masthead_line(text: str) -> bool:
    """A header line that may name the issuer: not navigation, not a standfirst ("Prime
    Minister raises Lipulekh; Indian side says …" names a country that is not the issuer's)."""
    return not is_navigation(text) and len(text) <= 90 and not _STANDFIRST.search(text)


_STANDFIRST = re.compile(r"[.!?]\s*$|;|\b(?:says|said)\b")


_CALLS = (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL)
_MULTILATERAL = re.compile(
    r"(?i)\b(?:sidelines?|on\s+the\s+margins?|summit|forum|conference|general\s+assembly|"
    r"ministers'?\s+meeting)\b"
)


def _assume_hosts_capital(draft: Draft, text: str, rules: Rules) -> None:
    """A release that says who received whom but not where: the host's capital, with a note
    ("The Tánaiste welcomed Minister Maris to Iveagh House")."""
    if _MULTILATERAL.search(text, 0, 3000):
        return  # "on the sidelines of the ASEAN Summit": the host's capital is no guess
    side = host_side(draft.participants, text)
    canonical = rules.canonical_country(side) or side if side else ""
    capital = load_gazetteer().capitals.get(canonical) if canonical else None
    if capital is None:
        return
    draft.city, draft.country = capital.name, side
    draft.warnings.append(
        f"The release does not say where the meeting was; the host's capital ({capital.name}) "
        "was assumed: check it."
    )


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExtractCancelled(CANCELLED)


def _finish(draft: Draft, settings: Settings, people: Sequence[Person]) -> None:
    """Warnings, what is missing, and existing people matched (every language)."""
    for person in draft.participants:
        if person.person_id is None:
            match = match_person(name_key(person.name), people) or _match_any_script(
                person.name, people
            )
            if match is not None:
                person.person_id = match.id
                person.display_name = match.display_name
                person.side = person.side or match.side
    draft.missing = _missing(draft)
    draft.warnings.extend(_warnings(draft, settings))


def _match_any_script(name: str, people: Sequence[Person]) -> Person | None:
    """A workspace person with this exact name in any script ("ហ៊ុន ម៉ាណែត", "李强")."""
    squeezed = "".join(name.split())
    for person in people:
        for other in person.names:
            if "".join(other.text.split()) == squeezed:
                return person
    return None


def _missing(draft: Draft) -> list[str]:
    missing = []
    if draft.meeting_date is None:
        missing.append("meeting_date")
    if not (draft.city or draft.country) and draft.kind not in _CALLS:
        missing.append("place")
    if not draft.participants:
        missing.append("participants")
    if not draft.items:
        missing.append("items")
    return missing


def detect_language(text: str, rules: Rules) -> str:
    """ "en", "km" or "zh" by the script most letters are in; ExtractError if none fits."""
    counts = {"km": 0, "zh": 0, "latin": 0}
    for char in text[:20_000]:
        code = ord(char)
        if 0x1780 <= code <= 0x17FF:
            counts["km"] += 1
        elif 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            counts["zh"] += 1
        elif char.isascii() and char.isalpha():
            counts["latin"] += 1
    # a Chinese character is worth about four Latin letters, a Khmer one about one
    weighted = {"km": counts["km"], "zh": 4 * counts["zh"], "latin": counts["latin"]}
    best = max(weighted, key=lambda k: weighted[k])
    if best == "km" and counts["km"] >= 40:
        return "km"
    if best == "zh" and counts["zh"] >= 20:
        return "zh"
    latin = [w.lower() for w in words(text[:200_000]) if len(w) > 1]  # initials are no words
    common = sum(1 for w in latin if w in rules.english_words)
    if len(latin) < 8 or common < MIN_ENGLISH_SHARE * len(latin):
        raise ExtractError(NO_LANGUAGE)
    return "en"


def _warnings(draft: Draft, settings: Settings) -> list[str]:
    notes: list[str] = []
    if not draft.items:
        notes.append("No meeting items were recognised; add them by hand.")
    if not draft.participants:
        notes.append("No participants were recognised; add them by hand.")
    if draft.meeting_date is None:
        notes.append("No meeting date was found; set it before saving.")
    if "place" in draft.missing:
        notes.append("No meeting place was found; add it if the meeting had one.")
    if not draft.issuer:
        notes.append("The issuer of the release was not found.")
    sides = {p.side for p in draft.participants if p.side}
    foreign = sorted(s for s in sides if settings.countries and s not in settings.countries)
    if foreign:
        notes.append(
            f"The release names {', '.join(foreign)}, which this workspace does not record "
            f"(its countries: {', '.join(settings.countries)})."
        )
    unsure = sum(1 for item in draft.items if item.confidence < 0.5)
    if unsure:
        notes.append(f"{unsure} item(s) are uncertain; check their area, side and kind.")
    return notes
