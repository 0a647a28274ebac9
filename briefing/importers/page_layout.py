"""A release sorted into header paragraphs (issuer, department, "PRESS RELEASE"), a title,
body paragraphs (short unpunctuated ones among them are headings) and datelines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.importers.datelines import (
    credit_line,
    cut_span,
    dateline_place,
    dates_in_furniture,
    known_city,
    place_line,
    split_at_dateline,
    standalone_dateline,
    wire_dateline,
)
from briefing.importers.dates import DateMatch, page_date
from briefing.importers.line_kinds import (
    is_byline,
    is_furniture,
    is_header_line,
    is_letterhead,
    is_navigation,
    is_prose,
    tidy_caps,
)
from briefing.importers.one_line_page import split_long
from briefing.importers.rules import Rules
from briefing.importers.segment import Span

_END_OF_BODY = re.compile(
    r"(?i)^(?:related(?: news| articles| coverage| links?| posts| stories)?|read more|see also|"
    r"more news|tags|keywords|media enquiries|media inquiries)\s*:?$"
)


@dataclass
class Layout:
    header: list[Span] = field(default_factory=list)
    title: str = ""
    body: list[Span] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)  # indexes into body
    dateline: tuple[str, DateMatch] | None = None  # (city as written, date)
    agency: str = ""
    dateline_place: str = ""  # "VIENTIANE" of "VIENTIANE, Lao PDR — " (no date)
    page_dates: list[DateMatch] = field(default_factory=list)  # dates in the page's header
    signoff: tuple[str, DateMatch] | None = None  # "Phnom Penh, 13 December 2021" at the end
    from_line: str = ""  # "Foreign, Commonwealth & Development Office and …" of "From: …"
    continued: set[int] = field(default_factory=set)  # starts of sentences of a one-line page
    copyright_name: str = ""  # "Kiripost" of "© 2024 Kiripost. All rights reserved."
    #: a summary in prose under the headline, above the byline (kept in the header: the body
    #: says it again), where who met whom is often said first
    standfirst: list[Span] = field(default_factory=list)


_COPYRIGHT_NAME = re.compile(
    r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"(?:\s+(?:19|20)\d\d)?[.,]?(?:\s+all rights reserved)?\.?\s*$"
)


def _standfirst(result: Layout, following: list[Span], rules: Rules) -> bool:
    """Whether the body read so far is a summary under the headline (a date or byline line
    follows it, and prose follows that): at most two short paragraphs."""
    prose = [p for i, p in enumerate(result.body) if i not in result.headings]
    return (
        0 < len(result.body) <= 3  # a headline and a kicker with no prose yet count too
        and len(prose) <= 2
        and all(len(p.text) < 400 for p in result.body)
        and any(is_prose(p.text, rules) for p in following[:4])
    )


def _to_header(result: Layout, rules: Rules) -> None:
    """The body read so far was page header (a summary, a kicker): move it there."""
    result.standfirst = [p for p in result.body if is_prose(p.text, rules)]
    result.header.extend(result.body)
    result.body = []
    result.headings = set()


def _choose_title(result: Layout) -> None:
    """The headline among the title and the headings before the first prose paragraph: the
    longest of four words or more (a masthead, a section name or "News story" is shorter)."""
    pre = [(i, p) for i, p in enumerate(result.body) if i in result.headings]
    if not pre or len(pre) != len(result.body):
        return
    if len(result.title.split()) >= 4 and not page_date(result.title):
        return
    candidates = [result.title, *(p.text for _, p in pre)]
    best = max(
        (c for c in candidates if len(c.split()) >= 4 and not page_date(c)),
        key=len,
        default="",
    )
    if best and best != result.title:
        if result.title:
            result.header.append(Span(0, 0, result.title))
        result.title = best


def layout(paragraphs: list[Span], rules: Rules) -> Layout:
    """Sort paragraphs into header, title, body and datelines."""
    result = Layout()
    title_open = False  # the last paragraph was (part of) the title
    paragraphs, result.continued = split_long(paragraphs, rules)
    paragraphs = split_at_dateline(paragraphs)
    for paragraph in paragraphs[-12:]:
        owner = _COPYRIGHT_NAME.search(paragraph.text)
        if owner:
            result.copyright_name = owner.group(1).strip(" .,")
    for index, paragraph in enumerate(paragraphs):
        if result.body and _END_OF_BODY.match(paragraph.text.strip(" .:*")):
            break  # related news, tags, contacts: the page after the release
        following = paragraphs[index + 1 : index + 5]
        dateline = standalone_dateline(paragraph)
        if (dateline is not None or is_byline(paragraph.text)) and _standfirst(
            result, following, rules
        ):
            _choose_title(result)  # a headline among what goes up is the title, not header
            result.body = [p for p in result.body if p.text != result.title]
            _to_header(result, rules)
        credit = credit_line(paragraph.text) if not result.body else None
        if credit is not None:  # "QNA/Doha" under the headline
            result.dateline_place = result.dateline_place or credit
            result.header.append(paragraph)
            continue
        if (is_byline(paragraph.text) or dateline is not None) and not result.body:
            piece = _city_piece(paragraph.text)  # "By Staff Reporter | Vientiane"
            result.dateline_place = result.dateline_place or piece
        if is_byline(paragraph.text) and not result.body:
            result.header.append(paragraph)
            if dateline is not None:
                result.page_dates.append(dateline[1])
            elif not result.dateline:  # "PUBLISHED : 15 Feb 2025 at 06:40"
                result.page_dates.extend(dates_in_furniture(paragraph))
            if paragraph.text.startswith("From:"):
                result.from_line = paragraph.text[5:].strip()
            title_open = False
            continue
        if dateline is not None:
            if not dateline[0] and result.header and not result.body:
                above = result.header[-1].text.strip()  # "ANTALYA" over "APR 12, 2025 - 6:14 PM"
                if above.isupper() and known_city(tidy_caps(above)):
                    dateline = (above, dateline[1])
            if not result.body:
                result.page_dates.append(dateline[1])
            if result.dateline is None or not result.body:
                result.dateline = dateline
            elif result.body:
                result.signoff = dateline
            title_open = False
            continue
        if not _prose_count(result) and is_navigation(paragraph.text):  # (after headings too)
            if result.title and not result.header:
                result.header.append(Span(0, 0, result.title))  # the masthead
                result.title = ""
            result.header.append(paragraph)
            if not result.dateline:
                result.page_dates.extend(dates_in_furniture(paragraph))
            title_open = False
            continue
        if _wire_may_follow(result):  # "NONTHABURI, Jan 26 (NNT) - …" under a headline
            wire = wire_dateline(paragraph)
            if wire is not None:
                result.dateline, result.agency, skip = wire
                result.body.append(cut_span(paragraph, skip))
                continue
        if is_furniture(paragraph.text, rules) or (
            len(paragraph.text) < 300 and rules.boilerplate.search(paragraph.text)
        ):
            if not result.body:
                result.header.append(paragraph)
                if not result.dateline:
                    result.page_dates.extend(dates_in_furniture(paragraph))
            title_open = False
            continue
        place = place_line(paragraph.text) if not _prose_count(result) else None
        if place is not None:
            _choose_title(result)
            result.dateline_place = place[0]
            result.body.append(cut_span(paragraph, place[1]))
            continue
        prose = is_prose(paragraph.text, rules)
        if prose and not _prose_count(result):
            _choose_title(result)
        if not result.body and not prose:
            if title_open and _capitals_under_headline(result.title, paragraph.text):
                result.header.append(paragraph)  # "DAILY SABAH WITH AA", "ANTALYA": a credit
                title_open = False  # or a place line, not the headline going on
                continue
            letterhead = is_letterhead(paragraph.text, rules)
            if letterhead and result.title and index < 5:
                # what came before a letterhead line is letterhead too ("Republic of …",
                # the ministry's name in the national language, a motto)
                result.header.append(Span(0, 0, result.title))
                result.title, title_open = "", False
            if (letterhead and not result.title) or (
                is_header_line(paragraph.text, rules) and index < 6 and not result.title
            ):
                result.header.append(paragraph)
            elif not result.title or (title_open and len(result.title) < _TITLE_MAX):
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


def _city_piece(text: str) -> str:
    """A known city as the last piece of a byline or date line: "By Staff Reporter |
    Vientiane", "Published 10 March 2025 | VIENTIANE"; else ""."""
    if " | " not in text or len(text) > 160:
        return ""
    last = text.rsplit(" | ", 1)[1].strip(" .")
    return last if known_city(tidy_caps(last)) else ""


def _capitals_under_headline(title: str, text: str) -> bool:
    """A line in capitals under a headline in mixed case is no part of it (a credit, a place)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and text.isupper() and any(c.islower() for c in title)


#: a title broken over lines is joined up to this length (more is headings, not one title)
_TITLE_MAX = 400


def _wire_may_follow(result: Layout) -> bool:
    """A wire dateline opens the body, or follows a photo's caption when the page gave only
    its date ("Tuesday, 20 Aug 2024 6:12 PM" then a caption, then "KUALA LUMPUR, Aug 20 —")."""
    prose = _prose_count(result)
    if not prose:
        return True
    return prose == 1 and (result.dateline is None or not dateline_place(result.dateline[0]))


def _prose_count(result: Layout) -> int:
    """Prose paragraphs in the body: every one not a heading (headings are body indexes)."""
    return len(result.body) - len(result.headings)


def _title(result: Layout, text: str) -> str:
    """Join a title broken over lines; "JOINT STATEMENT" + "ON THE VISIT …" is one title."""
    if result.title:
        return f"{result.title} {text}"
    if result.header and re.match(r"(?i)(?:on|of|between|following|for)\b", text):
        kind = result.header[-1].text
        if re.match(r"(?i)joint\b", kind):
            return f"{kind} {text}"
    return text
