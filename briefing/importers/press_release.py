"""Draft a meeting record from the text of a press release, joint statement or news story.

``extract`` reads clean text into a :class:`Draft` that the officer reviews; ``to_meeting``
turns the reviewed draft into a :class:`~briefing.model.Meeting`; ``fingerprint`` lets the app
say that a release is already in the workspace. Rules (word lists) come from
``resources/importers/press_release_rules.json``. Nothing here needs a network or a model.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence

from briefing.importers import meta
from briefing.importers.cleanup import clean_text
from briefing.importers.draft import Draft, DraftCommitment, DraftItem, DraftPerson
from briefing.importers.errors import ExtractCancelled, ExtractError
from briefing.importers.items import Reader, is_commitment, read_items
from briefing.importers.persons import (
    Mention,
    destination,
    find_mentions,
    match_person,
    name_key,
)
from briefing.importers.places import load_gazetteer
from briefing.importers.rules import Rules, load_rules
from briefing.importers.segment import Span, paragraphs, sentences, words
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
_SUBJECT_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:also\s+)?[a-z]+ed\b")
_NOT_PARTICIPANT_BEFORE = re.compile(
    r"(?i)(?:(?:greetings|regards|wishes|behalf|message)\s+(?:of|from|to)\s+"
    r"|\bthe\s+(?:\w+\s+){0,2}visits?\s+"
    r"(?:to\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?(?:of|by)\s+(?:[\w.'’-]+\s+){0,6})$"
)


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
        raise ExtractError(
            f"The text is too long for one press release ({len(text):,} characters; the limit "
            f"is {MAX_EXTRACT_CHARS:,}). Import one release at a time."
        )
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
    layout = meta.layout(paragraphs(clean), rules)
    draft = Draft(text=clean, fingerprint=fingerprint(clean), language="en")
    draft.issuer, draft.department = meta.issuer_and_department(layout, rules)
    draft.title = meta.tidy_caps(layout.title)
    opening = [Span(0, 0, layout.title)] + layout.body[:2]
    draft.kind = (
        meta.meeting_kind([s.text for s in opening], rules)
        or meta.meeting_kind([s.text for s in layout.body[:6]], rules)
        or MeetingKind.BILATERAL
    )
    sides = _side_names(settings, rules)
    masks: list[tuple[int, int]] = []
    draft.occasion, occasion_span = _occasion(layout.body[:2], rules)
    if occasion_span:
        masks.append(occasion_span)
    dates = meta.meeting_dates(clean, layout, reference, rules)
    draft.meeting_date, draft.end_date, draft.issue_date = dates.meeting, dates.end, dates.issue
    draft.warnings.extend(dates.notes)
    _check(cancelled)
    city, country = _place(layout, rules, draft.kind, sides)
    draft.city, draft.country = city, sides.get(country, country)
    if layout.dateline:
        date = layout.dateline[1]
        masks.append((max(0, date.start - len(layout.dateline[0]) - 2), date.end))
    mentions = find_mentions(clean, rules, people)
    masks.extend((m.start, m.end) for m in mentions)
    zones = _participant_zones(layout, rules)
    masthead = " | ".join(
        [draft.issuer, *(s.text for s in layout.header[:6] if not meta._is_navigation(s.text))]
    )
    draft.participants = _participants(
        mentions, clean, zones, people, settings, sides, rules, masthead
    )
    _check(cancelled)
    reader = Reader(rules, draft.participants, sides, {a.key for a in settings.areas}, masks)
    reader.outsiders = _outsiders(mentions, draft.participants)
    reader.cancelled = cancelled
    draft.items = read_items(reader, layout.body, layout.headings, layout.continued)
    draft.commitments = [
        DraftCommitment(item.text, item.side, item.area, index, keep=is_commitment(reader, item))
        for index, item in enumerate(draft.items)
        if item.kind in COMMITTING_KINDS
    ]
    _finish(draft, settings, people)
    return draft


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExtractCancelled("The import was cancelled.")


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
    if not (draft.city or draft.country) and draft.kind not in (
        MeetingKind.PHONE_CALL,
        MeetingKind.VIDEO_CALL,
    ):
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
        raise ExtractError(
            "No meeting text recognised: the importer reads releases in English, Khmer and "
            "Chinese. Paste or open one of those versions of the release."
        )
    return "en"


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


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|into)\s+(?:the\s+)?(?:(?:capital|city)\s+(?:city\s+)?(?:of\s+)?)?)$"
)
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:next|will|would|shall|to hold|to be held|future|later|upcoming|host|hosting|"
    r"invited|invitation|from|since|return|agreed to|decided to|plans? to|planned to|"
    r"to convene|to organi[sz]e|to meet again)\b"
)
_CLAUSE_BEFORE = re.compile(r"(?:\s+and\s+|;\s+|,\s+)(?!.*(?:\s+and\s+|;\s+|,\s+))", re.S)


def _future_venue(text: str, at: int) -> bool:
    """Whether the place at ``at`` is where something will happen, not the meeting's:
    "agreed to convene the 5th Joint Commission (JCBC) in Bangkok" (its clause looked at)."""
    window = text[max(0, at - 160) : at]
    if _FUTURE_BEFORE.search(window[-60:]):
        return True
    clause = _CLAUSE_BEFORE.search(window)
    return bool(_FUTURE_BEFORE.search(window[clause.end() :] if clause else window))


_HERE = re.compile(r"(?i)\bhere\b")
_VISIT_TO = re.compile(r"(?i)\b(?:visit(?:s|ing)?|trip|tour)\s+(?:to\s+)?(?:the\s+)?")


def _place(
    layout: meta.Layout, rules: Rules, kind: MeetingKind, sides: dict[str, str]
) -> tuple[str, str]:
    """(city, canonical country) of the meeting; ("", "") for calls and when unsaid.

    In order: a city of the gazetteer or a known venue after "in"/"at" in a sentence about
    the meeting (not a future venue: "to hold the next meeting in …"); "here" with a dateline;
    the country visited (its capital); the dateline's city.
    """
    if kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL):
        return "", ""
    gazetteer = load_gazetteer()
    countries = tuple(sides)
    dateline_city = meta.dateline_place(layout.dateline[0] if layout.dateline else "")
    dateline_city = dateline_city or layout.dateline_place
    spans = [Span(0, 0, layout.title)] if layout.title else []
    opening = [p for i, p in enumerate(layout.body[:8]) if i not in layout.headings][:3]
    spans = [*opening, *spans]
    visited = ""
    for span in spans:
        for sentence in sentences(span, rules)[:12] if span.text else []:
            text = sentence.text
            if not meta._MEETING_SENTENCE.search(text) and not _VISIT_TO.search(text):
                continue
            for venue, city_name in rules.venues.items():
                at = text.lower().find(venue)
                if at >= 0 and not _future_venue(text, at):
                    city = gazetteer.lookup(city_name, countries)
                    if city is not None:
                        return city.name, city.country
            for match in re.finditer(r"(?<![\w-])[A-Z]", text):
                if not _PLACE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                    continue
                try:
                    city, _end = gazetteer.latin_at(text, match.start(), countries)
                except KeyError:
                    continue
                if _future_venue(text, match.start()):
                    continue
                return city.name, city.country
            if dateline_city and _HERE.search(text):
                city = _city_in(gazetteer, dateline_city, countries)
                if city is not None:
                    return city.name, city.country
            if not visited:
                for match in _VISIT_TO.finditer(text):
                    country = rules.country.match(text, match.end())
                    if country:
                        visited = rules.canonical_country(country.group(0)) or ""
                        if country.group(0) in rules.demonyms and len(countries) == 2:
                            # "visiting Cambodian Prime Minister …": the visitor's country
                            visited = next((c for c in countries if c != visited), "")
                        break
    if visited:
        capital = gazetteer.capitals.get(visited)
        return (capital.name if capital else ""), visited
    posted = _posted_to(layout, rules, sides)
    if posted:  # an ambassador or embassy meets in the capital of the country of the post
        capital = gazetteer.capitals.get(posted)
        if capital is not None:
            return capital.name, posted
    if dateline_city:
        city = _city_in(gazetteer, dateline_city, countries)
        if city is not None:
            return city.name, city.country
    return "", ""


def _city_in(gazetteer, written: str, countries: tuple[str, ...]):  # noqa: ANN001, ANN202
    """The city a dateline names: "Vientiane Capital", "PHNOM PENH", "Washington, D.C."."""
    city = gazetteer.lookup(written, countries)
    if city is None:
        text = meta.tidy_caps(written.strip())
        try:
            city, _ = gazetteer.latin_at(text, 0, countries)
        except KeyError:
            return None
    return city


_POSTED = re.compile(
    r"\b(?:Ambassador|Embassy|Charg[ée] d'Affaires)\b[^.,;]{0,60}?\b(?:to|in)\s+(?:the\s+)?"
)


def _posted_to(layout: meta.Layout, rules: Rules, sides: dict[str, str]) -> str:
    """The country an ambassador or embassy of the release is posted to, if one of the sides."""
    texts = [layout.title, *(s.text for s in layout.header[:6]), *(s.text for s in layout.body[:2])]
    for text in texts:
        for match in _POSTED.finditer(text):
            country = rules.country.match(text, match.end())
            canonical = rules.canonical_country(country.group(0)) if country else None
            if canonical and canonical in sides:
                return canonical
    return ""


def _occasion(body: list[Span], rules: Rules) -> tuple[str, tuple[int, int] | None]:
    for span in body:
        phrase, where = meta.occasion([span.text], rules)
        if phrase and where:
            return phrase, (span.start + where[0], span.start + where[1])
    return "", None


_DELEGATION = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+delegation\s+(?:included|includes|comprised|was composed of|"
    r"consisted of|was led by|also included)\b"
)
_PARTICIPATION = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|called on|courtesy call|held talks|talks|"
    r"spoke with|spoke by|phone|telephone|video|co-chaired|co-chair|accompanied by|"
    r"delegation (?:included|comprising|consisting)|signed|held a|held an|visit|visits|visited|"
    r"visiting|conference|conversation|summit|hosted|discussions)\b"
)
#: verbs whose subject took part ("X and Y agreed on Monday …"); the names after them may not
_SUBJECT_OF = re.compile(r"(?i)\b(?:agreed|reached|pledged|vowed|exchanged|discussed|reviewed)\b")


def _participant_zones(layout: meta.Layout, rules: Rules) -> list[tuple[int, int]]:
    """Where naming a person makes them a participant: the opening paragraph, and every
    sentence of the first paragraphs (and any later one) that says who met, received, called
    or accompanied whom."""
    zones: list[tuple[int, int]] = []
    prose = [p for i, p in enumerate(layout.body[:60]) if i not in layout.headings]
    for index, paragraph in enumerate(prose):
        for number, sentence in enumerate(sentences(paragraph, rules)[:40]):
            if (index, number) == (0, 0) or _PARTICIPATION.search(sentence.text):
                zones.append((sentence.start, sentence.end))
            else:
                verb = _SUBJECT_OF.search(sentence.text)
                if verb is not None:
                    zones.append((sentence.start, sentence.start + verb.start()))
    return zones


def _participants(
    mentions: list[Mention],
    text: str,
    zones: list[tuple[int, int]],
    people: Sequence[Person],
    settings: Settings,
    sides: dict[str, str],
    rules: Rules,
    issuer: str = "",
) -> list[DraftPerson]:
    """People who took part: those named where the release says who met whom.

    Later namings of the same person complete the honorific, title and side.
    """
    chosen: dict[tuple[str, ...], DraftPerson] = {}
    zones = sorted(zones)
    starts = [a for a, _ in zones]
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start]
        at = bisect.bisect_right(starts, mention.start) - 1
        inside = at >= 0 and zones[at][0] <= mention.start < zones[at][1]
        key = mention.key
        existing = chosen.get(key) or _same_person(chosen, key)
        if existing is not None:
            existing.honorific = existing.honorific or mention.honorific
            if not existing.title or (
                len(mention.title) > len(existing.title) and " of " in mention.title
            ):
                existing.title = mention.title or existing.title
            if mention.country and not existing.side:
                existing.side = sides.get(mention.country, mention.country)
            continue
        if not inside or _NOT_PARTICIPANT_BEFORE.search(before):
            continue
        person = match_person(key, people)
        side = sides.get(mention.country, mention.country) if mention.country else ""
        if not side and person is not None:
            side = person.side
        if not side:
            side = _hinted_side(mention, rules, sides)
        chosen[key] = DraftPerson(
            name=mention.name,
            display_name=person.display_name if person else mention.display_name,
            honorific=mention.honorific or (person.honorific if person else ""),
            title=mention.title,
            side=side,
            person_id=person.id if person else None,
            span=(mention.start, mention.end),
        )
    result = list(chosen.values())
    for match in _DELEGATION.finditer(text):  # "The Cambodian delegation included H.E. …"
        country = rules.canonical_country(match.group("who"))
        end = text.find(".", match.end(), match.end() + 400)
        for person in result:
            if country and not person.side and match.end() <= person.span[0] < end:
                person.side = sides.get(country, country)
    for person in result:
        if person.title.lower().endswith("counterpart"):
            person.title = ""
        if not person.side:
            person.side = _hinted_side(
                Mention(0, 0, person.name, person.honorific, person.title), rules, sides
            )
        there = destination(person.title, rules)
        if there and sides.get(there, there) == person.side:
            person.side = ""
        if there and not person.side:
            others = [c for c in settings.countries if c != sides.get(there, there)]
            if len(others) == 1:
                person.side = others[0]
        person.title = _full_title(person.title, person.side)
    visit = _visited(zones, text, rules, sides)
    if visit is not None and len(settings.countries) == 2 and any(not p.side for p in result):
        visited, said_at = visit
        other = next(c for c in settings.countries if c != visited)
        visitor = _named_last(result, text, said_at)
        if visitor is not None and visitor.side in ("", other):
            for person in result:  # the visitor is named last before "visit to X"; hosts of X
                if not person.side:
                    person.side = other if person is visitor else visited
        for person in result:  # "paid a courtesy call on Prime Minister Hun Manet": a host
            start = person.span[0]
            if not person.side and _HOSTED.search(text, max(0, start - 60), start):
                person.side = visited
    _infer_missing_side(result, settings)
    own = _issuer_country(issuer, rules, sides)
    unsure = [p for p in result if not p.side]
    if unsure and own:  # the issuer's own officials go unqualified: "Foreign Minister Retno"
        unsure[0].side = own
        _infer_missing_side(result, settings)
    return result


_HOSTED = re.compile(
    r"(?i)\b(?:courtesy call on|called on|call on|received by|hosted by|audience with|"
    r"welcomed by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,8}$"
)
_VISITING = re.compile(
    r"(?i)\b(?:visit(?:s|ing)?\s+to|visited|visiting|arrived\s+in|trip\s+to|tour\s+of|"
    r"(?:is|was|are|were)\s+(?:now\s+)?in)\s+(?:the\s+)?"
)


_ORGANISATION = re.compile(
    r"(?i)\b(?:chamber|association|institute|university|college|group|foundation|federation|"
    r"company|corporation|firm|bank|think[- ]tank|centre|center|society|forum|NGO|organi[sz]ation|"
    r"network|alliance|school|newspaper)\b"
)


def _outsiders(mentions: list[Mention], participants: list[DraftPerson]) -> list[DraftPerson]:
    """People named with a title in a body that is neither side's government (an analyst, a
    business chamber's officer, an NGO's director): what they say is no item."""
    taken = {name_key(p.name) for p in participants}
    result = []
    for mention in mentions:
        if mention.key in taken or not _ORGANISATION.search(mention.title):
            continue
        if any(p.span == (mention.start, mention.end) for p in participants):
            continue
        result.append(DraftPerson(mention.name, mention.display_name, title=mention.title))
    return result


def _visited(
    zones: list[tuple[int, int]], text: str, rules: Rules, sides: dict[str, str]
) -> tuple[str, tuple[int, int]] | None:
    """The side visited ("made an Official Visit to Cambodia", "visited Cambodia", "is in
    China on an official visit") and where the visitor is named (the sentence up to the
    verb), from the first meeting sentences."""
    for start, end in zones[:8]:
        for match in _VISITING.finditer(text, start, end):
            country = rules.country.match(text, match.end())
            canonical = rules.canonical_country(country.group(0)) if country else None
            if not canonical or canonical not in sides:
                continue
            if country.group(0) in rules.demonyms:  # type: ignore[union-attr]
                continue  # "visiting Japanese Foreign Minister": a nationality, not a place
            if match.group(0).lower().startswith(("is", "was", "are", "were")) and not re.match(
                r"[^.;]{0,40}\bvisit\b",
                text[country.end() : end],  # type: ignore[union-attr]
            ):
                continue  # "is in China on an official visit", not "is in China's interest"
            return sides[canonical], (start, match.start())
    return None


def _named_last(people: list[DraftPerson], text: str, span: tuple[int, int]) -> DraftPerson | None:
    """The participant named last in ``span``, by full naming or by one of their name words
    ("Sokha's three-day official visit")."""
    best: tuple[int, DraftPerson] | None = None
    for person in people:
        at = person.span[0] if span[0] <= person.span[0] < span[1] else -1
        for word in person.display_name.split():
            if len(word) < 3:
                continue
            for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text[span[0] : span[1]]):
                at = max(at, span[0] + match.start())
        if at >= 0 and (best is None or at > best[0]):
            best = (at, person)
    return best[1] if best else None


def _issuer_country(issuer: str, rules: Rules, sides: dict[str, str]) -> str:
    """The side the issuer speaks for ("Ministry of Foreign Affairs of Japan", a masthead
    "Malaysian National News Agency"), if one of the release's two sides. ``issuer`` is the
    issuer's name, then the page header's lines (navigation left out), joined by " | "."""
    named = rules.country.search(issuer) or rules.country.search(meta.tidy_caps(issuer))
    country = rules.canonical_country(named.group(0)) if named else None
    if country is None:
        for pattern, hinted in rules.side_hints:
            if pattern.search(issuer):
                country = hinted
                break
    return sides.get(country, "") if country else ""


def _same_person(
    chosen: dict[tuple[str, ...], DraftPerson], key: tuple[str, ...]
) -> DraftPerson | None:
    """ "Antony J. Blinken" and "Antony Blinken" are one person: the same words but initials."""
    bare = tuple(w for w in key if len(w.rstrip(".")) > 1)
    for other, person in chosen.items():
        if tuple(w for w in other if len(w.rstrip(".")) > 1) == bare and bare:
            return person
    return None


def _hinted_side(mention: Mention, rules: Rules, sides: dict[str, str]) -> str:
    """A side from words only one country's people carry ("Samdech", "State Councilor")."""
    words_of = f"{mention.honorific} {mention.title}"
    for pattern, country in rules.side_hints:
        if pattern.search(words_of):
            return sides.get(country, country)
    return ""


def _full_title(title: str, side: str) -> str:
    """The title as the release writes it (the side is its own field)."""
    del side
    return title


def _infer_missing_side(participants: list[DraftPerson], settings: Settings) -> None:
    """With two workspace countries, the one person with no side is on the side not yet
    taken (of two or more without a side, nothing says which is which)."""
    known = {p.side for p in participants if p.side}
    missing = [p for p in participants if not p.side]
    left = [c for c in settings.countries if c not in known]
    if len(missing) == 1 and len(settings.countries) == 2 and len(left) == 1:
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
