"""Dates as press releases write them: "10 October 2024", "October 10, 2024", "March 3",
"8-10 March 2025", "from 30 November to 2 December 2024", "2024-10-10", "on Monday"."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from itertools import repeat

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_M = (
    "(?:"
    + "|".join(f"{m.capitalize()}|{m.upper()}" for m in sorted(_MONTHS, key=len, reverse=True))
    + r")\.?"
)
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
_DASH = r"\s*(?:-|–|—|to|until|till|and)\s*"

_PATTERNS = [
    # from 30 November to 2 December 2024
    re.compile(rf"(?P<d1>{_D})\s+(?P<m1>{_M}){_DASH}(?P<d2>{_D})\s+(?P<m2>{_M}),?\s+(?P<y>{_Y})"),
    # 8-10 March 2025
    re.compile(rf"(?P<d1>{_D}){_DASH}(?P<d2>{_D})\s+(?P<m1>{_M}),?\s+(?P<y>{_Y})"),
    # 10 October 2024, 28-May-2025
    re.compile(rf"(?P<d1>{_D})(?:\s+(?:of\s+)?|-|/)(?P<m1>{_M})(?:,?\s+|-|/)(?P<y>{_Y})"),
    # March 8-10, 2025
    re.compile(rf"(?P<m1>{_M})\s+(?P<d1>{_D}){_DASH}(?P<d2>{_D}),?\s+(?P<y>{_Y})"),
    # October 10, 2024 / March 3 / Mar 10,2025
    re.compile(rf"(?P<m1>{_M})\s+(?P<d1>{_D})(?!\d)(?:(?:,\s*|\s+)(?P<y>{_Y}))?"),
    # 26-27 May, 26 and 27 May (no year)
    re.compile(rf"(?P<d1>{_D}){_DASH}(?P<d2>{_D})\s+(?P<m1>{_M})(?!\w)"),
    # 10 October, the 8th of March (no year)
    re.compile(rf"(?P<d1>{_D})\s+(?:of\s+)?(?P<m1>{_M})(?!\w)"),
    # 2024-10-10, 2025/05/28, 2025.05.28
    re.compile(r"(?P<iso>(?:19|20)\d\d(?P<isep>[-/.])[01]?\d(?P=isep)[0-3]?\d)"),
    # 05.11.2025, 05/11/2025, 14-11-2024: day first (as outside the United States), unless
    # the first number cannot be a day's month … the second cannot be a month
    # "12.02.2025", "12/2/2025", and Central Europe's "12. 2. 2025"
    re.compile(
        r"(?P<n1>[0-3]?\d)(?P<sep>[./-])(?P<gap> ?)(?P<n2>[0-3]?\d)(?P=sep)(?P=gap)"
        r"(?P<ny>(?:19|20)\d\d)"
    ),
]
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
#: the patterns that begin with a number: a date they find begins where a run of digits does
#: (one after a digit or a letter is refused below), so they are tried only there
_PLAN = [
    (pattern, pattern.pattern.startswith(("(?P<d1>", "(?P<iso>", "(?P<n1>")))
    for pattern in _PATTERNS
]
_PHONE_BEFORE = re.compile(r"(?i)\b(?:call|tel|telephone|phone|fax|hotline|mobile|no)\.?[\s:]*$")
_WEEKDAY = re.compile(r"(?i)\b(?:on\s+)?(" + "|".join(_WEEKDAYS) + r")\b")


@dataclass
class DateMatch:
    """A date found in text; ``year`` is None when the text gave none."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    end_month: int | None = None
    end_day: int | None = None

    def resolve(self, year: int) -> tuple[dt.date | None, dt.date | None]:
        """The (first, last) dates with ``year`` filled in; (None, None) if impossible."""
        year = self.year or year
        try:
            first = dt.date(year, self.month, self.day)
            last = None
            if self.end_day is not None:
                last = dt.date(year, self.end_month or self.month, self.end_day)
                if last < first:
                    return first, None
        except ValueError:
            return None, None
        return first, last


def find_dates(text: str) -> list[DateMatch]:
    """All dates in ``text``, in order, none overlapping (the longest reading wins)."""
    if _DIGIT.search(text) is None:
        return []  # every pattern has a digit: most lines are rejected in one scan
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    runs = [m.start() for m in _DIGIT_RUN.finditer(text)]
    for pattern, number_first in _PLAN:
        if number_first:
            matches = [m for m in map(pattern.match, repeat(text), runs) if m is not None]
        else:
            matches = list(pattern.finditer(text))
        for match in matches:
            start, end = match.span()
            if _word_char(text, start - 1) or _word_char(text, end):
                continue
            if match.lastgroup in ("ny", "iso") and _PHONE_BEFORE.search(
                text, max(0, start - 25), start
            ):
                continue  # "call 12-10-2024": a number, no date
            at = bisect.bisect_left(taken, (start, end))  # spans kept sorted, never overlapping
            if (at > 0 and taken[at - 1][1] > start) or (at < len(taken) and taken[at][0] < end):
                continue
            date = _from_match(match, start, end)
            if date is not None:
                found.append(date)
                taken.insert(at, (start, end))
    return sorted(found, key=lambda d: d.start)


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def _from_match(match: re.Match[str], start: int, end: int) -> DateMatch | None:
    groups = match.groupdict()
    if groups.get("iso"):
        year, month, day = (int(p) for p in re.split(r"[-/.]", groups["iso"]))
        return DateMatch(start, end, month, day, year) if 1 <= month <= 12 else None
    if groups.get("ny"):
        day, month = int(groups["n1"]), int(groups["n2"])
        if month > 12 and day <= 12:
            day, month = month, day  # 11/25/2025: month first
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMatch(start, end, month, day, int(groups["ny"]))
    month = _month(groups["m1"])
    day = _day(groups["d1"])
    year = int(groups["y"]) if groups.get("y") else None
    end_day = _day(groups["d2"]) if groups.get("d2") else None
    end_month = _month(groups["m2"]) if groups.get("m2") else None
    if not 1 <= day <= 31 or (end_day is not None and not 1 <= end_day <= 31):
        return None
    return DateMatch(start, end, month, day, year, end_month, end_day)


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


_DIGITS = re.compile(r"\d+")


def _day(word: str) -> int:
    return int(_DIGITS.match(word).group(0))  # type: ignore[union-attr]


def usual_year(dates: list[DateMatch], reference: dt.date) -> int:
    """The year most dates in the text give; else the reference date's year."""
    years = Counter(d.year for d in dates if d.year)
    return years.most_common(1)[0][0] if years else reference.year


def weekday_before(text: str, anchor: dt.date) -> tuple[dt.date, int, int] | None:
    """("on Monday" → the last Monday on or before ``anchor``, start, end) for the first one."""
    match = _WEEKDAY.search(text)
    if match is None:
        return None
    wanted = _WEEKDAYS.index(match.group(1).lower())
    delta = (anchor.weekday() - wanted) % 7
    return anchor - dt.timedelta(days=delta), match.start(), match.end()


_LINE_LABEL = re.compile(
    r"(?i)^(?:last\s+)?(?:updated?|published|posted|issued|released|modified)(?:\s+(?:on|at))?"
    r"$|^(?:publication|release|issue|press release|media release|news release)\s+date$"
    r"|^(?:date|dated|all news|news|press release|media release|news release)$"
)
#: the time of an ISO timestamp, after its date
_ISO_TIME = re.compile(r"(?<=\d)T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?(?!\w)")
_TIME_TEXT = re.compile(
    r"(?i)(?:\bat\s+)?\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)"
    r"(?:[+-]\d{1,2})?\)?(?![\w]))?"
)
_READ_TIME = re.compile(r"(?i)\b\d+\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s+read|\s+ago)\b")
_UPDATE = re.compile(r"(?i)\b(?:last\s+)?updated?\b")
_URL_OR_ASIDE = re.compile(r"https?://\S+|\([^()]{1,30}\)")
_PIECES = re.compile(r"\s*(?:\||·|•|—|–|@|(?<!\w)-(?!\w)|,|:)\s*")
_BYLINE_PIECE = re.compile(r"^(?:[Bb]y|From|Written by|Posted by|Reporter)\s+\S")
_DOMAIN = re.compile(r"(?i)^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|cn|sg|kh|uk|nz|au|vn|kr|jp)$")
_PLACE_WORDS = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,4}$")


def page_date(line: str, found: list[DateMatch] | None = None) -> DateMatch | None:
    """The date of a line that carries only a date and page furniture, else None.

    "October 18, 2024 · 4 min read", "All News 16:20 September 12, 2024", "Updated:
    2025-05-14 21:07", "Phnom Penh, Cambodia — Jan 27, 2025", "Publication date 14 November
    2023 | 19:05 ICT": besides one date with a year, only labels, times, reading times,
    separators, a weekday, a byline, a web address or a place written in capitals may stand.
    ``found``: the dates of ``line`` if the caller has them (as ``find_dates`` gives them).
    """
    if len(line) > 120 or line.rstrip().endswith((",", ";", "(")):
        return None
    line = _ISO_TIME.sub(lambda m: " " * len(m.group(0)), line)  # "2025-05-28T14:35:00+07:00"
    dates = [d for d in (find_dates(line) if found is None else found) if d.year is not None]
    after = ""
    if len(dates) == 2 and _UPDATE.search(line, dates[0].end, dates[1].start):
        # "Selin Karaca |12.04.2025 - Update : 12.04.2025": the first is the page's date
        after = line[dates[0].end : dates[1].start] + " | " + line[dates[1].end :]
    elif len(dates) != 1:
        return None
    date = dates[0]
    after = after or line[date.end :]
    places = 0
    for before, part in ((True, line[: date.start]), (False, after)):
        part = _READ_TIME.sub(" ", _TIME_TEXT.sub(" ", part))
        part = _URL_OR_ASIDE.sub(" ", part)  # "https://p.dw.com/…", "(Colombia)", "(@handle)"
        for piece in _PIECES.split(part):
            piece = piece.strip(" .")
            words = piece.split()
            if words and words[-1].lower() in _WEEKDAYS and len(words) > 1:
                piece = " ".join(words[:-1])  # "Last Updated on Wednesday": a label, a day
                words = words[:-1]
            if not piece or piece.lower() in _WEEKDAYS or _LINE_LABEL.match(piece):
                continue
            if _LINE_LABEL.match(" ".join(words[:2])) and len(words) <= 3:
                continue  # "All News"
            if _BYLINE_PIECE.match(piece) or _DOMAIN.match(piece) or _REFERENCE.match(piece):
                continue
            if (
                _PLACE_WORDS.fullmatch(piece)
                and words[0].lower() not in _NOT_PLACE_START
                and (before or len(words) <= 2)
                and places < 2
            ):
                places += 1  # "Phnom Penh, Cambodia —"; "| Subscribe" after the date
                continue
            return None
    return date


#: a release's number: "Press Release No. 45/2025", "Ref. No. MOFA/PR/112"
_REFERENCE = re.compile(
    r"(?i)^(?:(?:press|media|news)\s+release|release|statement|ref\.?)?\s*"
    r"(?:no|nr|ref)\.?\s*:?\s*[\w/.-]*\d[\w/.-]*$"
)


_NOT_PLACE_START = frozenset("on in at by for from to the of and with h.e. mr. ms. dr.".split())
