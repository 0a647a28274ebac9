"""What a release says about itself and the meeting: issuer, title, datelines, kind, place.

A release is read as header paragraphs (issuer, department, "PRESS RELEASE"), a title, body
paragraphs (short unpunctuated ones among them are headings) and datelines ("Vientiane,
11 October 2024" at the start or the end, or a wire dateline "PHNOM PENH, March 3 (Xinhua) --"
opening the first paragraph). The dateline gives the issue date, not the meeting date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.importers.dates import DateMatch, find_dates, usual_year, weekday_before
from briefing.importers.rules import Rules
from briefing.importers.segment import Span, words
from briefing.model import MeetingKind

_WIRE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z .'’-]{1,40}?)(?:,\s+[A-Z][A-Za-z .]{1,30}?)?,\s+"
    r"(?P<date>[^()\n]{3,30}?)"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:--|—|–|-)\s*"
)
_DATELINE_PLACE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|and|the|for)\s?){1,6}|(?i:date|dated|issued(?: on)?):?"
)
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")
_SMALL_WORDS = frozenset("of and the for in on to a an at by with de".split())
_MEETING_WORDS = re.compile(r"(?i)\b(?:met|meet|meets|meeting|talks|call|held|conversation)\b")
_VISIT_WORDS = re.compile(r"(?i)\b(?:visit|summit|trip|tour)\b")
_PLACE_BEFORE = re.compile(r"(?i)(?:\bin|\bto|\bat|\bfrom)\s+(?:the\s+)?(?:capital\s+)?$")
_OCCASION_STOP = re.compile(
    r",|;|\.(?:\s|$)|\s(?:in|at)\s+(?=[A-Z])|\son\s+(?=\d|[A-Z][a-z]+day)|\sfrom\s+(?=\d)|\sheld\s"
)


@dataclass
class Layout:
    header: list[Span] = field(default_factory=list)
    title: str = ""
    body: list[Span] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # indexes into body
    dateline: tuple[str, DateMatch] | None = None  # (city as written, date)
    agency: str = ""


def layout(paragraphs: list[Span], rules: Rules) -> Layout:
    """Sort paragraphs into header, title, body and datelines."""
    result = Layout()
    title_open = False  # the last paragraph was (part of) the title
    for index, paragraph in enumerate(paragraphs):
        dateline = _dateline(paragraph)
        if dateline is not None:
            if result.dateline is None or not result.body:
                result.dateline = dateline
            title_open = False
            continue
        if not result.body:
            wire = _wire(paragraph)
            if wire is not None:
                result.dateline, result.agency, skip = wire
                result.body.append(_cut(paragraph, skip))
                continue
        if _is_furniture(paragraph.text, rules):
            if not result.body:
                result.header.append(paragraph)
            title_open = False
            continue
        prose = _is_prose(paragraph.text)
        if not result.body and not prose:
            if _is_header_line(paragraph.text, rules) and index < 6 and not result.title:
                result.header.append(paragraph)
            elif not result.title or title_open:
                result.title = _title(result, paragraph.text)
                title_open = True
            else:
                result.headings.add(len(result.body))
                result.body.append(paragraph)
            continue
        title_open = False
        if not prose:
            result.headings.add(len(result.body))
        result.body.append(paragraph)
    return result


def _title(result: Layout, text: str) -> str:
    """Join a title broken over lines; "JOINT STATEMENT" + "ON THE VISIT …" is one title."""
    if result.title:
        return f"{result.title} {text}"
    if result.header and re.match(r"(?i)(?:on|of|between|following|for)\b", text):
        kind = result.header[-1].text
        if re.match(r"(?i)joint\b", kind):
            return f"{kind} {text}"
    return text


def _cut(paragraph: Span, skip: int) -> Span:
    return Span(paragraph.start + skip, paragraph.end, paragraph.text[skip:])


def _dateline(paragraph: Span) -> tuple[str, DateMatch] | None:
    """ "Vientiane, 11 October 2024" or "11 October 2024" or "Date: 11 October 2024" alone."""
    text = _TIME.sub("", paragraph.text.rstrip("."))
    if len(text) > 70:
        return None
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].end != len(text):
        return None
    before = text[: dates[0].start].strip().rstrip(",").strip()
    if before and not _DATELINE_PLACE.fullmatch(before):
        return None
    date = dates[0]
    shifted = DateMatch(
        paragraph.start + date.start, paragraph.start + date.end, date.month, date.day, date.year
    )
    return before.rstrip(":"), shifted


def _wire(paragraph: Span) -> tuple[tuple[str, DateMatch], str, int] | None:
    match = _WIRE.match(paragraph.text)
    if match is None:
        return None
    dates = find_dates(match.group("date"))
    if len(dates) != 1 or dates[0].end - dates[0].start < len(match.group("date").strip(" ,")) - 1:
        return None
    date = dates[0]
    offset = paragraph.start + match.start("date")
    shifted = DateMatch(offset + date.start, offset + date.end, date.month, date.day, date.year)
    return (match.group("city"), shifted), (match.group("agency") or "").strip(), match.end()


def _is_furniture(text: str, rules: Rules) -> bool:
    folded = " ".join(text.lower().strip(" .:*").split())
    if folded in rules.furniture or re.fullmatch(r"[\W_]*(?:end|ends)?[\W_]*", folded):
        return True
    return bool(re.fullmatch(r"(?i)no\.?\s*[\w/.-]+", text))


def _is_prose(text: str) -> bool:
    """A body paragraph: a sentence or more, not a heading or a title."""
    count = len(text.split())
    if count >= 25:
        return True
    if count < 6 or not re.search(r"[.!?:;]['\"”’)]?$", text):
        return False
    return not _title_case(text)


def _title_case(text: str) -> bool:
    tokens = [w for w in words(text) if w.lower() not in _SMALL_WORDS]
    return bool(tokens) and sum(w[0].isupper() for w in tokens) >= 0.8 * len(tokens)


def _is_header_line(text: str, rules: Rules) -> bool:
    return bool(rules.issuer.search(text) or rules.department.search(text)) and len(text) < 160


def tidy_caps(text: str) -> str:
    """ "MINISTRY OF FOREIGN AFFAIRS" -> "Ministry of Foreign Affairs"; mixed case unchanged."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters if c.isupper() or c.islower()):
        return text
    out = []
    for position, word in enumerate(text.split()):
        lower = word.lower()
        if position and lower in _SMALL_WORDS:
            out.append(lower)
        elif len(word) <= 4 and word.isalpha() and lower not in _SMALL_WORDS and position:
            out.append(word if word in ("ASEAN", "PDR", "EU", "UN", "PRC") else word.capitalize())
        else:
            out.append("-".join(p.capitalize() for p in lower.split("-")))
    return " ".join(out)


def issuer_and_department(result: Layout, rules: Rules) -> tuple[str, str]:
    issuer = department = ""
    for paragraph in result.header:
        text = tidy_caps(paragraph.text)
        if (
            not department
            and rules.department.search(text)
            and not text.lower().startswith("ministry")
        ):
            department = text
        elif not issuer and rules.issuer.search(text):
            issuer = text
    if not issuer and result.agency:
        issuer = result.agency
    return issuer, department


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


def meeting_place(spans: list[Span], rules: Rules, kind: MeetingKind) -> tuple[str, str]:
    """(city, canonical country) of the meeting from "in Vientiane", "visit to Japan"."""
    if kind in (MeetingKind.PHONE_CALL, MeetingKind.VIDEO_CALL):
        return "", ""
    for span in spans:
        for match in rules.city.finditer(span.text):
            if _PLACE_BEFORE.search(span.text[max(0, match.start() - 30) : match.start()]):
                city = rules.city_name[match.group(0).lower()]
                return city, rules.city_country[city.lower()]
    for span in spans:
        for match in re.finditer(r"(?i)\b(?:visit|trip)\s+to\s+(?:the\s+)?", span.text):
            country = rules.country.match(span.text, match.end())
            if country:
                return "", rules.canonical_country(country.group(0)) or ""
    return "", ""


def city_of(written: str, rules: Rules) -> tuple[str, str]:
    """A dateline city ("VIENTIANE") as (city, country) from the gazetteer, else as written."""
    key = " ".join(written.lower().split())
    if key in rules.city_name:
        return rules.city_name[key], rules.city_country[key]
    return tidy_caps(written.strip()), ""


def _date_rank(sentence: str) -> int:
    """0: the sentence is about the meeting; 1: about a visit; 2: anything else."""
    if _MEETING_WORDS.search(sentence):
        return 0
    return 1 if _VISIT_WORDS.search(sentence) else 2


@dataclass
class Dates:
    meeting: dt.date | None = None
    end: dt.date | None = None
    issue: dt.date | None = None
    notes: list[str] = field(default_factory=list)


def meeting_dates(text: str, result: Layout, reference: dt.date) -> Dates:
    """Issue date from the dateline; meeting date from the opening paragraphs."""
    everything = find_dates(text)
    year = usual_year(everything, reference)
    dates = Dates()
    if result.dateline is not None:
        dateline = result.dateline[1]
        if dateline.year is None and not any(d.year for d in everything):
            dates.notes.append(f"The release gives no year; {year} was assumed.")
        dates.issue, _ = dateline.resolve(year)
        if dates.issue and dateline.year is None and dates.issue > reference:
            dates.issue = dates.issue.replace(year=dates.issue.year - 1)
    skip = (result.dateline[1].start, result.dateline[1].end) if result.dateline else (-1, -1)
    opening = result.body[:3]
    candidates: list[tuple[int, DateMatch]] = []
    for rank, span in enumerate(opening):
        for sentence in re.split(r"(?<=[.!?])\s+", span.text):
            for date in find_dates(sentence):
                absolute = span.start + span.text.find(sentence) + date.start
                if skip[0] <= absolute < skip[1]:
                    continue
                priority = rank * 3 + _date_rank(sentence)
                candidates.append((priority, date))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        first = candidates[0][1]
        if first.year is None and dates.issue:
            year = dates.issue.year
        dates.meeting, dates.end = first.resolve(year)
        if dates.meeting and dates.issue and first.year is None and dates.meeting > dates.issue:
            dates.meeting = dates.meeting.replace(year=dates.meeting.year - 1)
    elif dates.issue is not None:
        joined = " ".join(s.text for s in opening[:1])
        weekday = weekday_before(joined, dates.issue)
        if weekday is not None:
            dates.meeting = weekday[0]
        elif re.search(r"(?i)\byesterday\b", joined):
            dates.meeting = dates.issue - dt.timedelta(days=1)
        else:
            dates.meeting = dates.issue
            if not re.search(r"(?i)\btoday\b", joined):
                dates.notes.append("The meeting date is not stated; the issue date was used.")
    return dates
