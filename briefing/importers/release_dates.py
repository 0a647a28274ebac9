"""The issue date and the meeting date of a release in English."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.importers.dates import DateMatch, find_dates, usual_year
from briefing.importers.page_layout import Layout
from briefing.importers.rules import Rules
from briefing.importers.segment import Span

_RELATIVE_DAY = re.compile(
    r"(?i)\b(?P<word>the day before yesterday|yesterday|today|tonight|last night|"
    r"this (?:morning|afternoon|evening)|the previous day|the day before|"
    r"(?:over|at|during|on)\s+the\s+weekend|last\s+weekend|"
    r"(?:(?P<last>last|this past)\s+|on\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "on the 26th in Bangkok" (a day of this month or the last), not "the 26th ASEAN Summit"
    r"on\s+the\s+(?P<ordinal>[0-3]?\d)(?:st|nd|rd|th)(?=\s*(?:[,.;]|(?:in|at|and|with)\b)))\b"
)


#: words that put what follows in the future: "will meet again on the 26th"
_FUTURE_WORDS = re.compile(
    r"(?i)\b(?:will|would|shall|next|again|look(?:s|ed)?\s+forward|plans?\s+to|to\s+be\s+held|"
    r"upcoming|expected\s+to)\b"
)


#: a week named without its day: a date only when nothing better is said (and a note)
_RELATIVE_WEEK = re.compile(r"(?i)\b(?:earlier|late[r]?)\s+this\s+week\b")


#: a day that dates the report, not the meeting: "said Thursday", "a statement … on Saturday"
_AFTER_TALKS = re.compile(
    r"(?i)\bafter\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?(?:talks|meetings?|discussions)\b"
)
_REPORTED_ON = re.compile(
    r"(?i)\b(?:said|says|announced|reported|stated|told\s+(?:\w+\s+){0,2}?reporters|"
    r"statement|release|posted|published|tweeted|wrote|confirmed)\b[^.;,]{0,40}$"
)


MEETING_SENTENCE = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|talks|call|held|conversation|received|receives|"
    r"conference|spoke|speaks|co-chaired|signed|courtesy|agreed|discussed|exchanged|summit|"
    r"audience|called on|calls on|hosted|hosts)\b"
)


#: a gathering of many, whose days are not the bilateral meeting's
_GATHERING = re.compile(r"(?i)\b(?:conference|summit|forum|convention|assembly|session|congress)\b")
_VISIT_SENTENCE = re.compile(r"(?i)\b(?:visit|visiting|trip|tour|stay)\b")


_COPYRIGHT_YEAR = re.compile(r"(?i)(?:©|copyright|\(c\))\s*(?:©\s*)?((?:19|20)\d\d)")


@dataclass
class Dates:
    meeting: dt.date | None = None
    end: dt.date | None = None
    issue: dt.date | None = None
    notes: list[str] = field(default_factory=list)


def _year_for(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts month/day on or before ``anchor`` (plus a day), nearest to it."""
    year = anchor.year
    try:
        if dt.date(year, month, day) > anchor + dt.timedelta(days=1):
            year -= 1
    except ValueError:
        pass
    return year


def _resolve(
    date: DateMatch, anchor: dt.date | None, year: int | None
) -> tuple[dt.date | None, dt.date | None]:
    if date.year is not None:
        return date.resolve(date.year)
    if anchor is not None:
        return date.resolve(_year_for(date.month, date.day, anchor))
    return date.resolve(year) if year else (None, None)


def relative_day(phrase: re.Match[str], anchor: dt.date) -> dt.date:
    """ "yesterday", "on Monday", "this morning" read against the issue date."""
    word = phrase.group("word").lower()
    weekday = phrase.group("weekday")
    ordinal = phrase.group("ordinal")
    if ordinal:
        day, month = int(ordinal), anchor.replace(day=1)
        if day > anchor.day:  # the last month's
            month = (month - dt.timedelta(days=1)).replace(day=1)
        try:
            return month.replace(day=day)
        except ValueError:
            return anchor
    if weekday:
        wanted = _WEEKDAYS.index(weekday.lower())
        back = (anchor.weekday() - wanted) % 7
        if phrase.group("last") and back == 0:
            back = 7  # "last Friday" said on a Friday
        return anchor - dt.timedelta(days=back)
    if word == "the day before yesterday":
        return anchor - dt.timedelta(days=2)
    if word in ("yesterday", "last night", "the previous day", "the day before"):
        return anchor - dt.timedelta(days=1)
    if word.endswith("weekend"):  # the Saturday of the weekend just past (or under way)
        return anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    return anchor


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def issue_date(text: str, result: Layout, reference: dt.date) -> tuple[dt.date | None, list[str]]:
    """The release's own date: its dateline, else the page's date line, else its sign-off.
    A dateline without a year takes it from the page's dates or copyright line, else the
    year that puts it on or before the reference date (and says so)."""
    notes: list[str] = []
    page_years = [d.year for d in result.page_dates if d.year]
    copyright_year = _COPYRIGHT_YEAR.search(text)
    if result.dateline is not None:
        date = result.dateline[1]
        if date.year is not None:
            return date.resolve(date.year)[0], notes
        for page in result.page_dates:
            if (page.month, page.day) == (date.month, date.day):
                return date.resolve(page.year or reference.year)[0], notes
        if page_years:
            return date.resolve(_year_for(date.month, date.day, dt.date(page_years[0], 12, 31)))[
                0
            ], notes
        if copyright_year:
            return date.resolve(int(copyright_year.group(1)))[0], notes
        year = _year_for(date.month, date.day, reference)
        notes.append(f"The release gives no year; {year} was assumed.")
        return date.resolve(year)[0], notes
    for page in result.page_dates:
        return page.resolve(page.year or reference.year)[0], notes
    if result.signoff is not None and result.signoff[1].year:
        return result.signoff[1].resolve(result.signoff[1].year)[0], notes
    return None, notes


def meeting_dates(
    text: str, result: Layout, reference: dt.date, rules: Rules | None = None
) -> Dates:
    """Issue date from the dateline or page; meeting date from the opening sentences.

    The first that applies: a date written in a sentence about the meeting; a day named
    relative to the issue date ("yesterday", "on Monday", "this morning") in the opening or
    in a sentence about the meeting; any date in the opening (a visit "from 4 to 5 July");
    the issue date (with a note).
    """
    dates = Dates()
    dates.issue, dates.notes = issue_date(text, result, reference)
    everything = find_dates(text)
    year = usual_year(everything, reference)
    skip = (result.dateline[1].start, result.dateline[1].end) if result.dateline else (-1, -1)
    candidates: list[tuple[tuple[int, int, int], DateMatch | dt.date, bool]] = []
    opening = [p for i, p in enumerate(result.body[:10]) if i not in result.headings][:4]
    told = [
        (rank, number, sentence)
        for rank, span in enumerate(opening)
        for number, sentence in enumerate(_sentences(span, rules))
    ]  # the next sentence may say what a day dates, across paragraphs
    for index, (rank, number, sentence) in enumerate(told):
        meeting = bool(MEETING_SENTENCE.search(sentence.text))
        visit = bool(_VISIT_SENTENCE.search(sentence.text))
        gathering = bool(_GATHERING.search(sentence.text))  # "a conference from 25 to 29 …"
        if rank == number == 0 and meeting and result.dateline and result.dateline[0]:
            # "Astana, May 17, 2023 – X held talks with Y": the lead's own date, after
            # the dates of meeting sentences and relative days of the opening
            candidates.append(((1, 2, 0), result.dateline[1], False))
        written = find_dates(sentence.text)
        single_days: dict[tuple[int, int], set[int | None]] = {}
        for single in written:
            if single.end_day is None:
                single_days.setdefault((single.month, single.day), set()).add(single.year)
        for date in written:
            absolute = sentence.start + date.start
            if skip[0] <= absolute < skip[1]:
                continue
            ranged = date.end_day is not None
            # a summit "from 8 to 11 October" and the meeting "on 9 October" within it
            within = ranged and _any_within(single_days, date)
            # a meeting is dated in the opening: "elections held on …" three paragraphs
            # on is another event
            klass = (
                0
                if meeting and rank <= 1 and not (ranged and (visit or within or gathering))
                else 2
            )
            if klass == 2 and ranged and meeting and rank == 0 and not (within or gathering):
                klass = 1  # "On 7-8 March, X paid a visit to Laos and met Y": before a dateline
            candidates.append(((klass, rank, absolute), date, ranged))
        if dates.issue is not None and (meeting or visit or rank == 0):
            for phrase in _RELATIVE_DAY.finditer(sentence.text):
                # (the reporting verb ends at most ~40 characters before: a window, not the
                # whole sentence before each phrase)
                reported = _REPORTED_ON.search(
                    sentence.text, max(0, phrase.start() - 120), phrase.start()
                )
                if reported and not _said_after_talks(
                    reported.group(0), sentence, phrase, [t[2] for t in told[index + 1 : index + 2]]
                ):
                    # "…, he said on Monday": the day of the words, the meeting's only when
                    # nothing else dates it (closer than the issue date)
                    day = relative_day(phrase, dates.issue)
                    candidates.append(((4, rank, sentence.start + phrase.start()), day, False))
                    continue
                if (
                    phrase.group("ordinal") or phrase.group("word").lower().endswith("weekend")
                ) and _FUTURE_WORDS.search(
                    sentence.text, max(0, phrase.start() - 160), phrase.start()
                ):
                    continue  # "looked forward to meeting again on the 26th": not yet
                day = relative_day(phrase, dates.issue)
                # "met today in Brussels" in the opening outranks a date written later
                klass = 0 if meeting and rank == 0 else 1 if meeting or rank == 0 else 3
                # (a day said only of a visit, "from Tuesday to Friday", dates it last)
                candidates.append(((klass, rank, sentence.start + phrase.start()), day, False))
            week = _RELATIVE_WEEK.search(sentence.text)
            if week and dates.issue.weekday() > 0:
                monday = dates.issue - dt.timedelta(days=dates.issue.weekday())
                candidates.append(((3, rank, sentence.start + week.start()), monday, False))
    title = result.title
    title_dates = find_dates(title) if title and MEETING_SENTENCE.search(title) else []
    if len(title_dates) == 1:  # "Prime Minister meets Thai counterpart (27 May 2025)"
        candidates.append(((1, 0, -1), title_dates[0], title_dates[0].end_day is not None))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        (klass, _, _), chosen, _ranged = candidates[0]
        if isinstance(chosen, dt.date):
            dates.meeting = chosen
            if klass == 3:
                dates.notes.append(
                    f"The release dates the meeting only 'this week'; the Monday "
                    f"({chosen.isoformat()}) was assumed: check it."
                )
        else:
            dates.meeting, dates.end = _resolve(chosen, dates.issue, year)
    elif dates.issue is not None:
        dates.meeting = dates.issue
        dates.notes.append("The meeting date is not stated; the issue date was used.")
    return dates


def _any_within(days: dict[tuple[int, int], set[int | None]], span: DateMatch) -> bool:
    """Whether one of ``days`` ((month, day) -> the years given, None for none) falls within the
    range ``span`` (a year given on both sides must agree): the distinct days in the range
    looked up, not every date of the sentence compared with every range."""
    keys = sorted(days)
    end = (span.end_month or span.month, span.end_day or span.day)
    at = bisect.bisect_left(keys, (span.month, span.day))
    while at < len(keys) and keys[at] <= end:
        years = days[keys[at]]
        if span.year is None or None in years or span.year in years:
            return True
        at += 1
    return False


def _said_after_talks(
    reported: str, sentence: Span, phrase: re.Match[str], following: list[Span]
) -> bool:
    """A day a statement was made that is the meeting's too: "said after talks … on Monday",
    "said on Monday after talks with …", "… said yesterday. He made the remarks after a
    meeting with …" (the next sentence, dating nothing else, says so)."""
    if _AFTER_TALKS.search(reported):
        return True
    if _AFTER_TALKS.match(sentence.text[phrase.end() : phrase.end() + 60].lstrip()):
        return True
    for nxt in following:
        head = nxt.text[:100]
        if (
            _AFTER_TALKS.search(head)
            and not _RELATIVE_DAY.search(nxt.text)
            and not find_dates(nxt.text)
        ):
            return True
    return False


def _sentences(span: Span, rules: Rules | None) -> list[Span]:
    """The first sentences of an opening paragraph (the date is told early: at most 12)."""
    if rules is None:
        return [span]
    from briefing.importers.segment import sentences

    return sentences(span, rules)[:12]
