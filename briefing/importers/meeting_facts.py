"""The meeting's kind, occasion and place, and the workspace's names for the two sides."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache, partial

from briefing.importers.datelines import dateline_place
from briefing.importers.line_kinds import tidy_caps
from briefing.importers.page_layout import Layout
from briefing.importers.places import load_gazetteer, side_town_in, town_at
from briefing.importers.release_dates import MEETING_SENTENCE
from briefing.importers.rules import Rules
from briefing.importers.segment import Span, sentences
from briefing.model import (
    MeetingKind,
    Settings,
)


def side_names(settings: Settings, rules: Rules) -> dict[str, str]:
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
    r"(?:\b(?:[Ii]n|[Aa]t|to|into|visiting)\s+(?:the\s+)?(?:(?:capital|city)\s+(?:city\s+)?(?:of\s+)?)?)$"
    # "in central Sejong", "in downtown Jakarta", "in north-western Tokyo"
    r"|\bin\s+(?:central|downtown|(?:north|south)?-?(?:east|west)?(?:ern)?)\s+$"
    # "in Türkiye's Mediterranean resort city of Antalya", "the coastal town of Sihanoukville"
    r"|\b(?:city|town|port|capital|province|prefecture|state|county|island)\s+of\s+$"
    # a hotel's brand or a building before its city: "at the Sofitel Phnom Penh Phokeethra",
    # "at the Government Complex Sejong"
    r"|\bat\s+the\s+(?:[A-Z][\w'’-]+\s+){1,3}$"
    # a venue, then its city: "at State House, Mombasa", "at the Istana, Singapore"
    r"|\bat\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+$"
)


_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:next|will|would|shall|to hold|to be held|future|later|upcoming|host|hosting|"
    r"invited|invitation|from|since|return|agreed to|decided to|plans? to|planned to|"
    r"to convene|to organi[sz]e|to meet again)\b"
)


_CLAUSE_BEFORE = re.compile(r"(?:\s+and\s+|;\s+|,\s+)(?!.*(?:\s+and\s+|;\s+|,\s+))", re.S)


#: "… a day after a stand-off at a temple in Surin province": where another event was
_OTHER_EVENT_BEFORE = re.compile(
    r"(?i)\b(?:(?:a|one|two|three|several)\s+days?\s+after|(?:weeks|days|months)\s+after|"
    r"following\s+(?:a|an|the|last)|in\s+the\s+wake\s+of)\b[^.;]*$"
)


def _future_venue(text: str, at: int) -> bool:
    """Whether the place at ``at`` is where something will happen, not the meeting's:
    "agreed to convene the 5th Joint Commission (JCBC) in Bangkok" (its clause looked at)."""
    window = text[max(0, at - 160) : at]
    if _FUTURE_BEFORE.search(window[-60:]):
        return True
    clause = _CLAUSE_BEFORE.search(window)
    return bool(_FUTURE_BEFORE.search(window[clause.end() :] if clause else window))


_HERE = re.compile(r"(?i)\bhere\b")


#: "held in Phnom Penh in November 2022": a place dated by a year
_YEAR_AFTER = re.compile(
    r"[\w .'’-]{0,30}?\s+in\s+(?:(?:early|mid|late)-?\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside quotation marks: a project's or a document's name ("The Project
    for Improvement of Water Supply in Kampong Cham"), not where the meeting was."""
    plain, opening, closing = _quote_marks(text)
    if bisect.bisect_left(plain, at) % 2 == 1:
        return True
    opened = bisect.bisect_left(opening, at)
    closed = bisect.bisect_left(closing, at)
    return bool(opened) and (not closed or opening[opened - 1] > closing[closed - 1])


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where the plain, opening and closing quotation marks of ``text`` are (found once per
    sentence, however many places it names)."""
    return (
        [i for i, c in enumerate(text) if c == '"'],
        [i for i, c in enumerate(text) if c == "“"],
        [i for i, c in enumerate(text) if c == "”"],
    )


#: "signed in Colombo in February last year"
_LAST_YEAR_AFTER = re.compile(r"\s+(?:in\s+[A-Z][a-z]+\s+)?(?:last|the\s+previous)\s+year\b")


def _past_event(text: str, end: int, year: int | None) -> bool:
    """A place dated by a year before the meeting's: another event ("the summit held in Phnom
    Penh in November 2022", "signed in Colombo in February last year"), not "met in Osaka in
    March 2025"."""
    if _LAST_YEAR_AFTER.match(text, end):
        return True
    dated = _YEAR_AFTER.match(text, end)
    return dated is not None and year is not None and int(dated.group("year")) < year


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:in|last)\s+(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|last\s+year\b|earlier\s+this\s+year\b)"
)


#: "in Phnom Penh in August", "in Bangkok in March 2026", "in Hanoi next month"
_MONTH_AFTER = re.compile(
    r"\s+in\s+(?:(?:early|mid|late)-?\s*)?(?P<month>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"|\s+(?:next|last)\s+(?:month|year)\b"
)


#: the principals' meeting told in the clause before a place: its month is the meeting's
_TALKS_BEFORE = re.compile(
    r"(?<!last )(?<!previously )(?<!first )(?<!had )(?<!have )\b(?:met|meets|held\s+talks|"
    r"holds\s+talks|talks\s+with|meeting\s+with|received|receives)\b(?![^.;]*\bwho\b)[^.;]*$"
)


#: "who last met X in Bangkok in January": a meeting of another time, told in an aside
_WHO_MET = re.compile(r"\bwho\s+(?:\w+\s+){0,2}(?:met|held|received)\b")


def other_time(text: str, end: int, year: int | None, month: int | None) -> bool:
    """A place dated to another time than the meeting's: another event, past or to come ("the
    Dialogue in Phnom Penh in August" said of a meeting in May; "signed in Colombo in February
    last year"; "in November 2022")."""
    if _past_event(text, end, year):
        return True
    window = text[max(0, end - 150) : end]
    if _TALKS_BEFORE.search(window) and not _WHO_MET.search(window):
        return False  # "held talks with … in Bangkok in late February": the meeting's own
    when = _MONTH_AFTER.match(text, end)
    if when is None or year is None or month is None:
        return when is not None and not when.group("month")
    named = _MONTH_NAMES.index(when.group("month").lower()) + 1 if when.group("month") else 0
    return not named or (int(when.group("year") or year), named) != (year, month)


def past_visit(text: str, end: int, year: int | None, month: int | None) -> bool:
    """A visit dated before the meeting: "in December" said of a meeting in February, "last
    year", or a year before the meeting's."""
    if _past_event(text, end, year):
        return True
    when = _WHEN_AFTER.match(text, end)
    if when is None:
        return False
    named = when.group("month")
    return not named or (month is not None and _MONTH_NAMES.index(named.lower()) + 1 > month)


#: "taking place in the capital of the Lao PDR", "in the Lao capital"
_CAPITAL_OF = re.compile(r"\b(?:in|at)\s+the\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?")
_DEMONYM_CAPITAL = re.compile(r"\b(?:in|at)\s+the\s+(?P<who>[A-Z][\w-]+)\s+capital\b")


#: "The Vietnamese Minister is in Italy on an official visit": the country visited
_IN_COUNTRY = re.compile(r"\b(?:is|was|are|were|arrived|remains?)\s+in\s+(?:the\s+)?")
_ON_A_VISIT = re.compile(
    r"\s+(?:on|for)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}visit"
)


#: a photo's caption, which shows who met where: "X, right, with Y at … in Suva yesterday.
#: Picture: SUPPLIED", "[Photo] …"
_CAPTION = re.compile(
    r"(?i)\b(?:photo|picture|image)\s*:|\[photo\]|\(photo\b|"
    r"[,(]\s*(?:second\s+from\s+)?(?:right|left|centre|center)\)?,?\s+(?:with|and|meets|shakes|"
    r"greets)\b"
)


#: a city's possessive right before a venue: "Auckland's Government House"
_CITY_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s|’s)\s+(?:the\s+)?$")
#: "X welcomed Y to Hanoi": the host's city
_WELCOMED_TO = re.compile(r"\bwelcom(?:ed|es|ing)\b[^.;]{0,80}\bto\s+[A-Z]")


_VISIT_TO = re.compile(r"(?i)\b(?:visit(?:s|ing)?|trip|tour)\b\s*(?:to\s+)?(?:the\s+)?")


def meeting_place(
    layout: Layout,
    rules: Rules,
    kind: MeetingKind,
    sides: dict[str, str],
    year: int | None = None,
    month: int | None = None,
) -> tuple[str, str]:
    """(city, canonical country) of the meeting; ("", "") for calls and when unsaid.

    In order: a city of the gazetteer or a known venue after "in"/"at" in a sentence about
    the meeting, the headline's first, then the opening paragraphs' (not a future venue: "to
    hold the next meeting in …"); "here" with a dateline;
    the country visited (its capital); the dateline's city.
    """
    if kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL):
        return "", ""
    gazetteer = load_gazetteer()
    countries = tuple(sides)
    country_after = partial(_country_after, rules=rules)  # what a smaller town is in
    # the dated dateline's place, else a place line's ("ISLAMABAD: …" under a byline whose
    # "Tahir Nadeem Published December 11, 2024" is no place): the first the gazetteer knows
    written = [dateline_place(layout.dateline[0] if layout.dateline else ""), layout.dateline_place]
    written = [w for w in written if w]
    known = [w for w in written if _city_in(gazetteer, w, tuple(sides)) is not None]
    dateline_city = (known or written or [""])[0]
    spans = [Span(0, 0, layout.title)] if layout.title else []
    opening = [
        p
        for i, p in enumerate(layout.body[:8])
        if i not in layout.headings or _CAPTION.search(p.text)  # a caption: "… Picture: …"
    ][:3]
    spans = [*spans, *opening]
    visited = ""
    for span in spans:
        for sentence in sentences(span, rules)[:12] if span.text else []:
            text = sentence.text
            if not (
                MEETING_SENTENCE.search(text)
                or _VISIT_TO.search(text)
                or _CAPTION.search(text)
                or _WELCOMED_TO.search(text)
            ):
                continue
            for venue, city_name in rules.venues.items():
                at = text.lower().find(venue)
                if at >= 0 and not _future_venue(text, at):
                    owner = _CITY_POSSESSIVE.search(text, max(0, at - 40), at)
                    # "at Auckland's Government House": that city's, not Bangkok's
                    city = gazetteer.lookup(owner.group(1), countries) if owner else None
                    city = city or gazetteer.lookup(city_name, countries)
                    if city is not None:
                        return city.name, city.country
            found = []
            towns = []  # smaller towns, read after the cities a sentence names
            for match in re.finditer(r"(?<![\w-])[A-Z]", text):
                if not _PLACE_BEFORE.search(text[max(0, match.start() - 45) : match.start()]):
                    continue
                try:
                    city, _end = gazetteer.latin_at(text, match.start(), countries)
                except KeyError:
                    town = town_at(text, match.start(), country_after, countries)
                    if town is None:
                        continue
                    city, _end = town  # "in Davos, Switzerland": a town the release places
                    towns.append(city)
                named = rules.canonical_country(text[match.start() : _end])
                if named and getattr(gazetteer.capitals.get(named), "name", "") != city.name:
                    continue  # "in Laos": a country (a town's other name), not the town
                if (
                    _future_venue(text, match.start())
                    or other_time(text, _end, year, month)
                    or _quoted(text, match.start())
                    or _OTHER_EVENT_BEFORE.search(text, max(0, match.start() - 90), match.start())
                ):
                    continue
                found.append(city)
                if city.country in countries and (not towns or towns[-1] is not city):
                    break  # (a smaller town: a city of the sides may follow)
            if found:  # "at the Shangri-La The Fort in Taguig City": a hotel named after a
                # town abroad, then the city of one of the sides; a city before a smaller town
                # ("the recovery in Wajima city during their meeting in Tokyo")
                ranked = [c for c in found if c not in towns] + [c for c in found if c in towns]
                city = next((c for c in ranked if c.country in countries), found[0])
                return city.name, city.country
            capital = _capital_named(text, rules, gazetteer)
            if capital is not None:
                return capital.name, capital.country
            if dateline_city and _HERE.search(text):
                city = _city_in(gazetteer, dateline_city, countries)
                if city is not None:
                    return city.name, city.country
            if not visited:
                visited = _in_country_on_a_visit(text, rules) or _hosts_country(text, rules, sides)
            if not visited:
                for match in _VISIT_TO.finditer(text):
                    country = rules.country.match(text, match.end()) or _visit_to_country(
                        text, match.end(), rules
                    )
                    if country and past_visit(text, country.end(), year, month):
                        continue  # "signed during Oli's visit to China in December"
                    if country:
                        visited = rules.canonical_country(country.group(0)) or ""
                        if country.group(0) in rules.demonyms and len(countries) == 2:
                            # "visiting Cambodian Prime Minister …": the visitor's country
                            visited = next((c for c in countries if c != visited), "")
                        break
    if visited:
        # the dateline's city when it is in the country visited ("NONTHABURI, Jan 26 -"),
        # else its capital
        city = _city_in(gazetteer, dateline_city, countries) if dateline_city else None
        if city is not None and city.country == visited:
            return city.name, city.country
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


#: "at the Thai Foreign Ministry": a government's seat, in its capital
_NATIONAL_SEAT = re.compile(
    r"\bat\s+the\s+(?P<who>[A-Z][\w'’-]+)\s+(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+"
    r"Affairs|Foreign\s+Office|Prime\s+Minister'?s\s+Office|Presidential\s+Palace)\b"
)


#: "…, Switzerland", "…, in Switzerland": the country a place is in, named after it
_COUNTRY_AFTER = re.compile(r",?\s+(?:in\s+)?(?:the\s+)?")


def _country_after(text: str, end: int, rules: Rules) -> str | None:
    gap = _COUNTRY_AFTER.match(text, end)
    country = rules.country.match(text, gap.end()) if gap and gap.group(0).strip() else None
    return rules.canonical_country(country.group(0)) if country else None


def _capital_named(text: str, rules: Rules, gazetteer):  # noqa: ANN001, ANN202
    """The capital a sentence names by its country: "in the capital of the Lao PDR", "in
    the Lao capital", "at the Thai Foreign Ministry" (not a future venue)."""
    for match in _CAPITAL_OF.finditer(text):
        country = rules.country.match(text, match.end())
        if country and not _future_venue(text, match.start()):
            found = gazetteer.capitals.get(rules.canonical_country(country.group(0)) or "")
            if found is not None:
                return found
    for match in (*_DEMONYM_CAPITAL.finditer(text), *_NATIONAL_SEAT.finditer(text)):
        who = match.group("who")
        if who in rules.demonyms and not _future_venue(text, match.start()):
            found = gazetteer.capitals.get(rules.canonical_country(who) or "")
            if found is not None:
                return found
    return None


def _in_country_on_a_visit(text: str, rules: Rules) -> str:
    """The country of "… is in Italy on an official visit", else ""."""
    for match in _IN_COUNTRY.finditer(text):
        country = rules.country.match(text, match.end())
        if country and _ON_A_VISIT.match(text, country.end()):
            return rules.canonical_country(country.group(0)) or ""
    return ""


#: a visitor "who is in the capital", "who arrived in the capital on Monday", "who is on an
#: official visit to the country / the Sultanate": the hosts' country, unnamed
_IN_THE_HOSTS = re.compile(
    r"\bwho\s+(?:is|was|has|had)?\s*(?:currently\s+|now\s+)?(?:arrived\s+in|in|on\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}visit\s+to|paying\s+an?\s+(?:[\w-]+\s+){0,2}visit\s+to)\s+the\s+"
    r"(?:capital|country|Sultanate|Kingdom|Republic|Emirate|Principality)\b"
)


#: "The Malaysian Foreign Minister arrived in the capital on Tuesday": a visitor by nationality
_ARRIVED_IN_THE_HOSTS = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<who>[A-Z][\w-]+)\s+(?:[A-Za-z-]+\s+){0,3}"
    r"(?:arrived|arrives|has\s+arrived)\s+in\s+"
    r"the\s+(?:capital|country)\b"
)


def _hosts_country(text: str, rules: Rules, sides: dict[str, str]) -> str:
    """With two sides, the side not the visitor's, where the visitor is named by country
    right before "who is in the capital" (the last country named before it), or by
    nationality arriving there ("The Malaysian Foreign Minister arrived in the capital")."""
    if len(set(sides.values())) != 2:
        return ""
    arrived = _ARRIVED_IN_THE_HOSTS.search(text)
    if arrived is not None and arrived.group("who") in rules.demonyms:
        visitor = sides.get(rules.canonical_country(arrived.group("who")) or "", "")
        if visitor:
            return next((c for c, s in sides.items() if s != visitor), "")
    found = _IN_THE_HOSTS.search(text)
    if found is None:
        return ""
    before = rules.country.finditer(text, 0, found.start())
    named = [rules.canonical_country(m.group(0)) for m in before]
    visitor = sides.get(named[-1] or "", "") if named else ""
    if not visitor:
        return ""
    return next((c for c, s in sides.items() if s != visitor), "")


#: "visit of a Cambodian Foreign Minister to Greece": the country after "to" in the clause
_TO_COUNTRY = re.compile(r"[^.;,]{0,60}?\bto\s+(?:the\s+)?")


def _visit_to_country(text: str, at: int, rules: Rules) -> re.Match[str] | None:
    found = _TO_COUNTRY.match(text, at)
    return rules.country.match(text, found.end()) if found else None


def _city_in(gazetteer, written: str, countries: tuple[str, ...]):  # noqa: ANN001, ANN202
    """The city a dateline names: "Vientiane Capital", "PHNOM PENH", "Washington, D.C."."""
    city = gazetteer.lookup(written, countries)
    if city is None:
        text = tidy_caps(written.strip())
        try:
            city, _ = gazetteer.latin_at(text, 0, countries)
        except KeyError:
            return side_town_in(text, countries)
    return city


_POSTED = re.compile(
    r"\b(?:Ambassador|Embassy|High\s+Commissioner|High\s+Commission|Charg[ée] d'Affaires)\b"
    r"[^.,;]{0,60}?\b(?:to|in)\s+(?:the\s+)?"
)


#: "Chinese Ambassador Yao Wen", "the Japanese ambassador": posted to the other side
_DEMONYM_ENVOY = re.compile(r"\b(?P<who>[A-Z][\w-]+)\s+(?:Ambassador|ambassador|envoy)\b")


def _posted_to(layout: Layout, rules: Rules, sides: dict[str, str]) -> str:
    """The country an ambassador or embassy of the release is posted to, if one of the sides:
    named ("Ambassador to Cambodia"), else, of two sides, the side other than the only one
    whose envoy is named ("Chinese Ambassador Yao Wen")."""
    texts = [layout.title, *(s.text for s in layout.header[:6]), *(s.text for s in layout.body[:2])]
    gazetteer = load_gazetteer()
    for text in texts:
        for match in _POSTED.finditer(text):
            country = rules.country.match(text, match.end())
            canonical = rules.canonical_country(country.group(0)) if country else None
            if canonical is None and text[match.end() : match.end() + 1].isupper():
                try:  # "High Commissioner in Islamabad": the country of the city
                    canonical = gazetteer.latin_at(text, match.end(), tuple(sides))[0].country
                except KeyError:
                    canonical = None
            if canonical and canonical in sides:
                return canonical
    if len(sides) != 2:
        return ""
    envoys = {
        rules.canonical_country(match.group("who"))
        for text in texts
        for match in _DEMONYM_ENVOY.finditer(text)
        if match.group("who") in rules.demonyms
    }
    if len(envoys) == 1 and (sent := envoys.pop()) in sides:
        return next(c for c in sides if c != sent)
    return ""


def opening_occasion(body: list[Span], rules: Rules) -> tuple[str, tuple[int, int] | None]:
    for span in body:
        phrase, where = occasion([span.text], rules)
        if phrase and where:
            return phrase, (span.start + where[0], span.start + where[1])
    return "", None


_OCCASION_STOP = re.compile(
    r",|;|\.(?:\s|$)|\s(?:in|at)\s+(?=[A-Z])|\son\s+(?=\d|[A-Z][a-z]+day)|\sfrom\s+(?=\d)|\sheld\s"
)


def meeting_kind(texts: list[str], rules: Rules) -> MeetingKind | None:
    """The first kind (in the rules' order) whose cue appears in ``texts``."""
    joined = "\n".join(texts)
    for kind, pattern in rules.meeting_kinds:
        if pattern.search(joined):
            return kind
    return None


def occasion(texts: list[str], rules: Rules) -> tuple[str, tuple[int, int] | None]:
    """ "on the margins of the 44th and 45th ASEAN Summits …" (and its offsets in the text)."""
    for text in texts:
        match = rules.occasion.search(text)
        if match is None:
            continue
        stop = _OCCASION_STOP.search(text, match.end() + 1)
        end = stop.start() if stop else len(text)
        phrase = text[match.start() : end].strip()
        if len(phrase) > len(match.group(0)) + 2:
            return phrase, (match.start(), end)
    return "", None
