"""Dates in Khmer and Chinese releases (Khmer numerals and month names, "2025年3月5日",
"昨日（4日）", "ម្សិលមិញ"), and the issue and meeting dates of a draft.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.importers.dates import find_dates
from briefing.importers.draft import Draft
from briefing.importers.native_rules import LangRules, matching_copy

if TYPE_CHECKING:  # the layout reads dates: imported for the type only
    from briefing.importers.native_layout import NativeLayout


_REPORT_MARK = re.compile(r"\s*(?:讯|訊|电|電)")
_DATELINE_END = re.compile(
    r"\s*(?:\([^)]{1,20}\)|（[^）]{1,20}）)?\s*(?:[–—-]|៖|电|電|讯|訊|）|\))"
)


@dataclass
class NativeDate:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int
    end_day: int | None = None

    def resolve(self, anchor: dt.date | None) -> dt.date | None:
        year, month = self.year, self.month
        if month is None:
            if anchor is None:
                return None
            month = anchor.month
            year = year or anchor.year
            if self.day > anchor.day + 1 and self.year is None:  # "28日" late last month
                month -= 1
                if month == 0:
                    month, year = 12, year - 1
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
            try:
                if dt.date(year, month, self.day) > anchor + dt.timedelta(days=1):
                    year -= 1
            except ValueError:
                return None
        try:
            return dt.date(year, month, self.day)
        except ValueError:
            return None

    def resolve_end(self, anchor: dt.date | None) -> dt.date | None:
        if self.end_day is None:
            return None
        first = self.resolve(anchor)
        if first is None:
            return None
        try:
            last = first.replace(day=self.end_day)
        except ValueError:
            return None
        return last if last > first else None


#: a day or month in Chinese numerals: "十八", "二十三", "廿一", "十二" (and in digits)
_ZH_N = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
_ZH_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}


def zh_number(text: str) -> int:
    """1 to 39 as written in digits or Chinese numerals ("十八" 18, "廿一" 21, "三十" 30)."""
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" in text:
        tens, _, units = text.partition("十")
        return _ZH_DIGITS.get(tens, 1) * 10 + _ZH_DIGITS.get(units, 0)
    return _ZH_DIGITS.get(text, 0)


_ZH_FULL = re.compile(
    rf"(?P<y>(?:19|20)\d\d|[一二][〇零九][〇零一二三四五六七八九]{{2}})\s*年\s*(?P<m>{_ZH_N})\s*月"
    rf"\s*(?P<d>{_ZH_N})\s*[日号號]"
    rf"(?:\s*(?:至|到|-|—|–)\s*(?P<d2>{_ZH_N})\s*[日号號])?"
)


def _zh_year(text: str) -> int:
    """ "2025" or "二〇二五" (each digit a numeral) as a number."""
    if text.isdigit():
        return int(text)
    return int("".join(str(_ZH_DIGITS.get(c, 0) if c != "零" else 0) for c in text))


_ZH_MONTH = re.compile(
    rf"(?<![\d年〇一二三四五六七八九十])(?P<m>{_ZH_N})\s*月\s*(?P<d>{_ZH_N})\s*[日号號]"
    rf"(?:\s*(?:至|到|-|—|–)\s*(?P<d2>{_ZH_N})\s*[日号號])?"
)


#: "27日", "本月26日" (this month's), not the day of "5月27日" (read with its month)
_ZH_DAY = re.compile(r"(?:(?<=本月)|(?<![\d月]))(?P<d>\d{1,2})\s*日(?!本|前|电|報)")
#: Taiwan's "昨（20）日", "今（21）日": the day in brackets
_ZH_BRACKETED_DAY = re.compile(
    # in Chinese numerals only after 昨/今/前: "（五）日内瓦" is an outline's fifth point
    r"(?:[昨今前]?[（(](?P<d>\d{1,2})|[昨今前][（(](?P<dz>[一二三四五六七八九十廿卅]{1,3}))"
    r"[）)]\s*日(?!本|前|电|報|方|内|程|益|韩|韓)"
)


_NUMERIC_DAY_FIRST = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
)
_NUMERIC = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})(?!\d)")


def native_dates(text: str, rules: LangRules) -> list[NativeDate]:
    """Dates in the matching copy ``text``, in order, none overlapping."""
    found: list[NativeDate] = []
    taken: list[tuple[int, int]] = []

    def add(date: NativeDate) -> None:
        if date.month is not None and not 1 <= date.month <= 12:
            return
        if not 1 <= date.day <= 31:
            return
        at = bisect.bisect_left(taken, (date.start, date.end))
        if (at > 0 and taken[at - 1][1] > date.start) or (
            at < len(taken) and taken[at][0] < date.end
        ):
            return  # overlaps a date already found (the taken spans never overlap: sorted)
        found.append(date)
        taken.insert(at, (date.start, date.end))

    if rules.language == "km":
        months = "|".join(re.escape(m) for m in sorted(rules.months, key=len, reverse=True))
        full = re.compile(
            r"(?:ថ្ងៃ\S{0,12}\s*)?ទី\s*(?P<d>\d{1,2})"
            r"(?:\s*(?:ដល់|-|–)\s*(?:ថ្ងៃ)?\s*ទី\s*(?P<d2>\d{1,2}))?"
            rf"\s*ខែ\s*(?P<m>{months}|\d{{1,2}}(?!\d))(?:\s*ឆ្នាំ\s*(?P<y>(?:19|20)\d\d))?"
        )  # the month by name or number: "ខែមីនា", "ខែ៣"
        for match in full.finditer(text):
            month = match.group("m")
            add(
                NativeDate(
                    match.start(),
                    match.end(),
                    int(match.group("y")) if match.group("y") else None,
                    int(month) if month.isdigit() else rules.months[month],
                    int(match.group("d")),
                    int(match.group("d2")) if match.group("d2") else None,
                )
            )
        # a news site's short form, with its year or without: "២១ វិច្ឆិកា ២០២៤", "ថ្ងៃចន្ទ ១៣ កុម្ភៈ"
        short = re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<m>{months})"
            r"(?:\s+(?P<y>(?:19|20)\d\d)(?!\d)|(?=[\s។៖,]|$))"
        )
        for match in short.finditer(text):
            day, month, year = (
                int(match.group("d")),
                rules.months[match.group("m")],
                match.group("y"),
            )
            add(NativeDate(match.start(), match.end(), int(year) if year else None, month, day))
    else:
        for pattern in (_ZH_FULL, _ZH_MONTH):
            for match in pattern.finditer(text):
                groups = match.groupdict()
                add(
                    NativeDate(
                        match.start(),
                        match.end(),
                        _zh_year(groups["y"]) if groups.get("y") else None,
                        zh_number(groups["m"]),
                        zh_number(groups["d"]),
                        zh_number(groups["d2"]) if groups.get("d2") else None,
                    )
                )
        for pattern in (_ZH_DAY, _ZH_BRACKETED_DAY):
            for match in pattern.finditer(text):
                day = match.group("d") or match.groupdict().get("dz")
                add(NativeDate(match.start(), match.end(), None, None, zh_number(day)))
    for match in _NUMERIC.finditer(text):
        add(
            NativeDate(
                match.start(),
                match.end(),
                int(match.group("y")),
                int(match.group("m")),
                int(match.group("d")),
            )
        )
    for match in _NUMERIC_DAY_FIRST.finditer(text):  # "28/05/2025"; "05/28/2025" if it must
        day, month = int(match.group("d")), int(match.group("m"))
        if month > 12 >= day:
            day, month = month, day
        add(NativeDate(match.start(), match.end(), int(match.group("y")), month, day))
    return sorted(found, key=lambda d: d.start)


#: after a date: the day a report or wire was filed ("6月20日消息", "20日讯", "20日电")
_REPORTED = re.compile(r"(?:消息|讯|訊|电|電|发布|發布)")


def draft_dates(
    draft: Draft, layout: NativeLayout, norm: str, rules: LangRules, reference: dt.date
) -> None:
    header_dates = [d for s in layout.header for d in native_dates(norm[s.start : s.end], rules)]
    issue: dt.date | None = None
    for date in header_dates:
        if date.year:
            issue = date.resolve(None)
            break
    if issue is None:  # a page date in English on a Khmer or Chinese page: "6 March 2025"
        for span in layout.header:
            dated = [d for d in find_dates(span.text) if d.year]
            if dated:
                issue = dated[0].resolve(dated[0].year)[0]  # type: ignore[arg-type]
                break
    dateline_end = 0
    dateline_day: dt.date | None = None  # "（古晋9日讯）…今日": "today" is the dateline's day
    first = layout.body[0] if layout.body else None
    if first is not None:
        head = norm[first.start : first.start + 80]
        for date in native_dates(head, rules):
            if _DATELINE_END.match(head, date.end) and date.start < 50:
                dateline_end = first.start + date.end
                if _REPORT_MARK.match(head, date.end):  # "9日讯）", "10日电": the report's day
                    dateline_day = date.resolve(issue or reference)
                if issue is None:
                    issue = date.resolve(reference)
                break
    if issue is None:  # a sign-off: "រាជធានីភ្នំពេញ ថ្ងៃទី០៨ ខែមេសា ឆ្នាំ២០២៥" at the end
        for span in reversed(layout.tail[:4] + layout.body[-2:]):
            found = [d for d in native_dates(norm[span.start : span.end], rules) if d.year]
            limit = 200 if span in layout.tail else 80
            if found and span.end - span.start < limit:
                issue = found[-1].resolve(None)
                break
    draft.issue_date = issue
    meeting_words = rules.words("meeting_words")
    visit_words = rules.words("visit_words")
    candidates: list[tuple[tuple[int, int, int], dt.date, dt.date | None]] = []
    for rank, span in enumerate(layout.body[:3]):
        text = norm[span.start : span.end]
        meeting = any(w in text for w in meeting_words)
        visit = any(w in text for w in visit_words)
        found = [d for d in native_dates(text, rules) if span.start + d.start >= dateline_end]
        days = [d.resolve(issue or reference) for d in found]
        single = [day for d, day in zip(found, days, strict=True) if d.end_day is None and day]
        for date, day in zip(found, days, strict=True):
            if day is None:
                continue
            ranged = date.end_day is not None
            end = date.resolve_end(issue)
            # a conference "from the 11th to the 22nd" and the meeting "on the 19th" within it
            within = ranged and end is not None and any(day <= d <= end for d in single)
            klass = 0 if meeting and not (ranged and (visit or within)) else 2
            if _REPORTED.match(text, date.end):  # "据…6月20日消息，6月19日下午，…会见"
                klass = 3  # the report's day, not the meeting's
            candidates.append(((klass, rank, date.start), day, date.resolve_end(issue)))
        anchor = dateline_day or issue
        if anchor is not None and (meeting or rank == 0):
            # "met today" in the opening paragraph outranks a date written further on
            relative = 0 if meeting and rank == 0 else 1
            for word in rules.words("yesterday"):
                at = text.find(word)
                if at >= 0:
                    day = anchor - dt.timedelta(days=1)
                    candidates.append(((relative, rank, at), day, None))
            for word in rules.words("today"):
                at = text.find(word)
                if at >= 0:
                    candidates.append(((relative, rank, at), anchor, None))
            for word, number in _weekday_words(rules):  # "កាលពីរសៀលថ្ងៃពុធ", "周三"
                at = text.find(word)
                if at >= 0:
                    back = (anchor.weekday() - number) % 7
                    day = anchor - dt.timedelta(days=back)
                    candidates.append(((relative, rank, at), day, None))
    if candidates:
        candidates.sort(key=lambda c: c[0])
        _, draft.meeting_date, draft.end_date = candidates[0]
    elif issue is not None:
        draft.meeting_date = issue
        draft.warnings.append("The meeting date is not stated; the issue date was used.")


def _weekday_words(rules: LangRules) -> list[tuple[str, int]]:
    """The weekday names as a release writes them, with their number (Monday 0)."""
    prefix = matching_copy(rules.raw.get("weekday_prefix", ""))
    days = rules.raw.get("weekdays", {})
    return [(prefix + matching_copy(name), number) for name, number in days.items()]
