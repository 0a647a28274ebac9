"""Draft a meeting record from the text of a press release, joint statement or news story.

``extract`` reads clean text into a :class:`Draft` that the officer reviews; ``to_meeting``
turns the reviewed draft into a :class:`~briefing.model.Meeting`; ``fingerprint`` lets the app
say that a release is already in the workspace. Rules (word lists) come from
``resources/importers/press_release_rules.json``. Nothing here needs a network or a model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence

from briefing.importers import meta
from briefing.importers.cleanup import clean_text
from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.errors import ExtractError
from briefing.importers.items import Reader, read_items
from briefing.importers.persons import Mention, find_mentions, match_person
from briefing.importers.rules import Rules, load_rules
from briefing.importers.segment import Span, paragraphs, words
from briefing.model import (
    COMMITTING_KINDS,
    Commitment,
    Item,
    Meeting,
    MeetingKind,
    Name,
    Office,
    Participant,
    Person,
    Settings,
    SourceDocument,
)

__all__ = [
    "Draft",
    "DraftCommitment",
    "DraftItem",
    "DraftPerson",
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
_SUBJECT_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:also\s+)?[a-z]+ed\b")
_NOT_PARTICIPANT_BEFORE = re.compile(
    r"(?i)(?:greetings|regards|wishes|behalf|message)\s+(?:of|from|to)\s+$"
)


def extract(
    text: str,
    settings: Settings,
    people: Sequence[Person] = (),
    *,
    rules: Rules | None = None,
    reference_date: dt.date | None = None,
) -> Draft:
    """Draft a meeting record from a release. Raises ExtractError if none can be drafted.

    ``people`` are the workspace's people, matched by name so none is added twice;
    ``reference_date`` (default today) fills in a year the release leaves out.
    """
    if len(text) > MAX_EXTRACT_CHARS:
        raise ExtractError(
            f"The text is too long for one press release ({len(text):,} characters; the limit "
            f"is {MAX_EXTRACT_CHARS:,}). Import one release at a time."
        )
    rules = rules or load_rules()
    clean = clean_text(text)
    _check_english(clean, rules)
    reference = reference_date or dt.date.today()
    layout = meta.layout(paragraphs(clean), rules)
    draft = Draft(text=clean, fingerprint=fingerprint(clean))
    draft.issuer, draft.department = meta.issuer_and_department(layout, rules)
    draft.title = meta.tidy_caps(layout.title)
    opening = [Span(0, 0, layout.title)] + layout.body[:2]
    draft.kind = (
        meta.meeting_kind([s.text for s in opening], rules)
        or meta.meeting_kind([s.text for s in layout.body], rules)
        or MeetingKind.BILATERAL
    )
    sides = _side_names(settings, rules)
    masks: list[tuple[int, int]] = []
    draft.occasion, occasion_span = _occasion(layout.body[:2], rules)
    if occasion_span:
        masks.append(occasion_span)
    dates = meta.meeting_dates(clean, layout, reference)
    draft.meeting_date, draft.end_date, draft.issue_date = dates.meeting, dates.end, dates.issue
    draft.warnings.extend(dates.notes)
    city, country = meta.meeting_place(opening, rules, draft.kind)
    if not city and layout.dateline and re.search(r"\bhere\b", " ".join(s.text for s in opening)):
        city, country = meta.city_of(layout.dateline[0], rules)
    draft.city, draft.country = city, sides.get(country, country)
    if layout.dateline:
        date = layout.dateline[1]
        masks.append((date.start - len(layout.dateline[0]) - 2, date.end))
    mentions = find_mentions(clean, rules, people)
    masks.extend((m.start, m.end) for m in mentions)
    first_end = layout.body[0].end if layout.body else len(clean)
    draft.participants = _participants(mentions, clean, first_end, people, settings, sides)
    reader = Reader(rules, draft.participants, sides, {a.key for a in settings.areas}, masks)
    draft.items = read_items(reader, layout.body, layout.headings)
    draft.commitments = [
        DraftCommitment(item.text, item.side, item.area, index)
        for index, item in enumerate(draft.items)
        if item.kind in COMMITTING_KINDS
    ]
    draft.warnings.extend(_warnings(draft, settings))
    return draft


def _check_english(text: str, rules: Rules) -> None:
    latin = [w.lower() for w in words(text)]
    common = sum(1 for w in latin if w in rules.english_words)
    if len(latin) < 8 or common < MIN_ENGLISH_SHARE * len(latin):
        raise ExtractError(
            "No English meeting text recognised: the importer reads releases in English. "
            "Paste or open the English version of the release."
        )


def _side_names(settings: Settings, rules: Rules) -> dict[str, str]:
    """Canonical country -> the workspace's spelling of it (for sides and places)."""
    result: dict[str, str] = {}
    for country in settings.countries:
        canonical = rules.canonical_country(country)
        if canonical is None:
            for name, names in rules.country_names.items():
                if country.lower() in (n.lower() for n in names):
                    canonical = name
        if canonical:
            result[canonical] = country
    return result


def _occasion(body: list[Span], rules: Rules) -> tuple[str, tuple[int, int] | None]:
    for span in body:
        phrase, where = meta.occasion([span.text], rules)
        if phrase and where:
            return phrase, (span.start + where[0], span.start + where[1])
    return "", None


def _participants(
    mentions: list[Mention],
    text: str,
    first_end: int,
    people: Sequence[Person],
    settings: Settings,
    sides: dict[str, str],
) -> list[DraftPerson]:
    """People who took part: those named in the title or the first paragraph.

    Later namings of the same person complete the honorific, title and side.
    """
    chosen: dict[tuple[str, ...], DraftPerson] = {}
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start]
        in_opening = mention.start < first_end and not _NOT_PARTICIPANT_BEFORE.search(before)
        existing = chosen.get(mention.key)
        if existing is not None:
            existing.honorific = existing.honorific or mention.honorific
            if len(mention.title) > len(existing.title) and " of " in mention.title:
                existing.title = mention.title
            if mention.country and (not existing.side or " of " in mention.title):
                existing.side = sides.get(mention.country, mention.country)
            continue
        if not in_opening:
            continue
        person = match_person(mention.key, people)
        side = sides.get(mention.country, mention.country) if mention.country else ""
        if not side and person is not None:
            side = person.side
        chosen[mention.key] = DraftPerson(
            name=mention.name,
            display_name=person.display_name if person else mention.display_name,
            honorific=mention.honorific or (person.honorific if person else ""),
            title=_full_title(mention.title, side),
            side=side,
            person_id=person.id if person else None,
            span=(mention.start, mention.end),
        )
    result = list(chosen.values())
    _infer_missing_side(result, settings)
    return result


def _full_title(title: str, side: str) -> str:
    """ "Prime Minister" -> "Prime Minister of Cambodia"; a title that names a place as is."""
    if not title or not side or " of " in title or " for " in title:
        return title
    return f"{title} of {side}"


def _infer_missing_side(participants: list[DraftPerson], settings: Settings) -> None:
    """With two workspace countries, a person with no side is on the side not yet taken."""
    known = {p.side for p in participants if p.side}
    missing = [p for p in participants if not p.side]
    left = [c for c in settings.countries if c not in known]
    if missing and len(settings.countries) == 2 and len(left) == 1:
        for person in missing:
            person.side = left[0]
            if person.title and " of " not in person.title:
                person.title = _full_title(person.title, left[0])


def _warnings(draft: Draft, settings: Settings) -> list[str]:
    notes: list[str] = []
    if not draft.items:
        notes.append("No meeting items were recognised; add them by hand.")
    if not draft.participants:
        notes.append("No participants were recognised; add them by hand.")
    if draft.meeting_date is None:
        notes.append("No meeting date was found; set it before saving.")
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


# --------------------------------------------------------------------------- after review


def fingerprint(text: str) -> str:
    """A hash of the release's words: the same release pasted or opened from a file matches."""
    clean = unicodedata.normalize("NFKC", clean_text(text)).casefold()
    letters = "".join(c for c in clean if c.isalnum())
    return hashlib.sha256(letters.encode("utf-8")).hexdigest()


def to_meeting(draft: Draft, settings: Settings) -> Meeting:
    """The reviewed draft as a Meeting (not saved); kept participants need a person id."""
    date = draft.meeting_date or draft.issue_date
    if date is None:
        raise ExtractError("The draft has no meeting date; set one before saving the record.")
    del settings  # the draft already uses the workspace's areas and country spellings
    items = [
        Item(area=i.area, side=i.side, kind=i.kind, text=i.text) for i in draft.items if i.keep
    ]
    issuer = ", ".join(p for p in (draft.issuer, draft.department) if p)
    source = SourceDocument(
        title=draft.title or "Press release",
        issuer=issuer,
        issue_date=draft.issue_date,
        text=draft.text,
    )
    participants = [
        Participant(person_id=p.person_id)
        for p in draft.participants
        if p.keep and p.person_id is not None
    ]
    return Meeting(
        date=date,
        kind=draft.kind,
        end_date=draft.end_date,
        city=draft.city,
        country=draft.country,
        occasion=draft.occasion,
        title=draft.title,
        participants=participants,
        sources=[source],
        items=items,
    )


def new_people(draft: Draft) -> list[DraftPerson]:
    """Kept participants that match nobody in the workspace (to be created first)."""
    return [p for p in draft.participants if p.keep and p.person_id is None]


def to_person(person: DraftPerson) -> Person:
    """A new workspace person from a draft participant (office start unknown: left empty)."""
    offices = [Office(person.title)] if person.title else []
    return Person(
        names=[Name(person.display_name)],
        side=person.side,
        honorific=person.honorific,
        offices=offices,
    )


def to_commitments(draft: Draft, meeting: Meeting) -> list[Commitment]:
    """Commitments for the kept proposals, pointing at ``meeting``'s items (save it first)."""
    kept = [index for index, item in enumerate(draft.items) if item.keep]
    position = {draft_index: meeting_index for meeting_index, draft_index in enumerate(kept)}
    result = []
    for proposal in draft.commitments:
        where = position.get(proposal.item)
        if not proposal.keep or where is None or where >= len(meeting.items):
            continue
        commitment = Commitment.from_item(meeting.items[where])
        commitment.text, commitment.owed_by, commitment.area = (
            proposal.text,
            proposal.owed_by,
            proposal.area,
        )
        result.append(commitment)
    return result
