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

from briefing.importers.dates import DateMatch, find_dates, page_date, usual_year
from briefing.importers.rules import Rules
from briefing.importers.segment import Span, sentences, words
from briefing.model import MeetingKind

_WIRE = re.compile(
    r"^(?P<city>[A-Z][A-Za-z .'’-]{1,40}?)(?:\s*\((?P<agency0>[^)]{2,20})\))?"
    r"(?:,\s+[A-Z][A-Za-z .]{1,30}?)?,\s+"
    r"(?P<date>[^()\n]{3,30}?)"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:--|—|–|-)\s*"
)
#: a wire dateline inside a paragraph (a page read as one line): the city in capitals
_WIRE_INSIDE = re.compile(
    r"(?<![\w,])(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"(?= \())"
    r"(?:\s*\((?P<agency0>[^)]{2,20})\))?(?:,\s+[A-Z][A-Za-z .]{1,30}?)?,\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:--|—|–|-)\s*"
)
#: "MANILA 09 April 2025 – " (a city in capitals, no comma)
_WIRE_CAPS = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s+"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)(?:\s+\d{4})?)"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*(?:--|—|–|-)\s*"
)
#: a dateline inside a line with its year: "… Halal Industry Jakarta, 18 July 2024 - Foreign …",
#: "… MARITIME SECURITY MANILA 09 April 2025 – Foreign …"
_WIRE_INSIDE_FULL = re.compile(
    r"(?<![\w,])(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},|[A-Z]{3,}(?: [A-Z]{3,}){0,2},?)\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"\s*(?:--|—|–|-)\s+(?=[A-Z\"“])"
)
#: "VIENTIANE, Lao PDR — " (a dateline with a place and no date)
_PLACE_LINE = re.compile(r"^(?P<city>[A-Z][A-Z .'’-]{2,40}?),\s+[A-Z][\w .]{1,30}?\s+(?:--|—|–)\s+")
_END_OF_BODY = re.compile(
    r"(?i)^(?:related(?: news| articles| coverage| links?| posts| stories)?|read more|see also|"
    r"more news|tags|keywords|media enquiries|media inquiries)\s*:?$"
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
    dateline_place: str = ""  # "VIENTIANE" of "VIENTIANE, Lao PDR — " (no date)
    page_dates: list[DateMatch] = field(default_factory=list)  # dates in the page's header
    signoff: tuple[str, DateMatch] | None = None  # "Phnom Penh, 13 December 2021" at the end
    from_line: str = ""  # "Foreign, Commonwealth & Development Office and …" of "From: …"
    continued: set[int] = field(default_factory=set)  # starts of sentences of a one-line page
    copyright_name: str = ""  # "Kiripost" of "© 2024 Kiripost. All rights reserved."


def split_at_dateline(paragraphs: list[Span]) -> list[Span]:
    """Cut the page header off the first paragraph that holds a wire dateline inside it
    ("… Home | National … PHNOM PENH, May 19 (AKP) – …" from a page read as one line)."""
    for index, paragraph in enumerate(paragraphs[:8]):
        if _WIRE.match(paragraph.text) or _WIRE_CAPS.match(paragraph.text):
            return paragraphs
        match = _WIRE_INSIDE.search(paragraph.text, 0, 3000)
        if match is None or match.start() == 0:
            match = _WIRE_INSIDE_FULL.search(paragraph.text, 0, 600)
        if match is None or match.start() == 0 or not find_dates(match.group("date")):
            cut = _after_page_date(paragraph.text)
            if cut is None:
                continue
        else:
            cut = match.start()
        head = paragraph.text[:cut].rstrip()
        tail = paragraph.text[cut:]
        parts = [Span(paragraph.start, paragraph.start + len(head), head)] if head else []
        parts.append(Span(paragraph.start + cut, paragraph.end, tail))
        return paragraphs[:index] + parts + paragraphs[index + 1 :]
    return paragraphs


_AFTER_DATE = re.compile(
    r"(?:\s*[|·,-]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\(?[A-Z]{2,4}\)?(?= ))?)?"
    r"(?:\s*[|·,-]?\s*\d+\s*min(?:ute)?s?\s+read)?\s*\|?\s*"
)


_DATE_LABEL = re.compile(
    r"(?i)(?:\||·|>|—|–|\bdate(?:d)?:?|\bupdated:?|\bpublished(?:\s+on)?:?|\bposted(?:\s+on)?:?|"
    r"\bissued(?:\s+on)?:?|\bpublication\s+date:?|\brelease\s+date:?)\s*$"
)


def _after_page_date(text: str, bare: bool = True) -> int | None:
    """Where the body starts in a page read as one line whose header ends with the page's
    date, labelled or between bars ("… Hin Pisei | Publication date 14 November 2023 | 19:05
    ICT Deputy Prime Minister …", "… Press Releases Date 2024-04-23 Cho Tae-yul …"), or None."""
    head = text[:800]
    if len(text) < 300:
        return None
    for date in find_dates(head):
        if date.year is None:
            continue
        after = _AFTER_DATE.match(head, date.end)
        cut = after.end() if after else date.end
        timed = re.match(r"\s*[|·,]?\s*\d{1,2}[:.]\d{2}", head[date.end : date.end + 12])
        before = re.search(r"([A-Za-z]+)[\s,]*$", head[max(0, date.start - 30) : date.start])
        unlabelled = (  # "… Holds Bilateral Meeting … Cambodia 14 June 2024 Thailand and …"
            bare
            and date.end_day is None
            and ". " not in head[: date.start]
            and (before is None or before.group(1).lower() not in _NOT_BEFORE_HEADER_DATE)
        )
        labelled = _DATE_LABEL.search(head, max(0, date.start - 25), date.start)
        if not (labelled or timed or unlabelled):
            continue
        if cut < len(text) and text[cut].isupper() and " | " not in text[cut : cut + 200]:
            return cut
    return None


_NOT_BEFORE_HEADER_DATE = frozenset(
    "on from to since in by until of and or between before after during the at until till "
    "dated".split()
)


def _cut_header(text: str, rules: Rules) -> int | None:
    """Where the body starts in the first sentence of a page read as one line: after the
    page's date, else after the last page label ("PRESS RELEASE", "Unofficial Translation"),
    else after a letterhead in capitals; None if nothing says."""
    cut = _after_page_date(text)
    if cut is not None:
        return cut
    head = text[:400]
    labels = [
        m.end()
        for m in re.finditer(
            r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, rules.furniture)) + r")(?!\w)", head
        )
    ]
    for end in reversed(labels):
        start = re.match(r"\s*", text[end:]).end() + end  # type: ignore[union-attr]
        if start < len(text) and text[start].isupper():
            return start
    caps = re.match(r"(?:[A-Z][A-Z.,&'’-]*\s+){3,}(?=[A-Z][a-z])", head)
    return caps.end() if caps else None


LONG_PARAGRAPH = 1200  # a paragraph this long with many sentences is a page read as one line


def _split_long(paragraphs: list[Span], rules: Rules) -> tuple[list[Span], set[int]]:
    """A page read as one line (as some PDFs give it) has no paragraphs: its sentences stand
    in for them (a quotation of several sentences kept whole). Returns the pieces and the
    starts of those that continue the paragraph before them."""
    from briefing.importers.items import quoted_sentences

    result: list[Span] = []
    continued: set[int] = set()
    for paragraph in paragraphs:
        parts = sentences(paragraph, rules) if len(paragraph.text) >= LONG_PARAGRAPH else []
        if len(parts) < 6:
            result.append(paragraph)
            continue
        for number, part in enumerate(quoted_sentences(parts, paragraph)):
            if number == 0:
                cut = _cut_header(part.text, rules)
            else:  # "… From: … Published 20 February 2025 Minister for …" after a summary
                cut = _after_page_date(part.text, bare=False) if number < 4 else None
            if cut:
                head = part.text[:cut].rstrip()
                result.extend(_header_pieces(Span(part.start, part.start + len(head), head), rules))
                part = Span(part.start + cut, part.end, part.text[cut:])
            result.append(part)
            if number:
                continued.add(part.start)
    return result, continued


_NAV_RUN = re.compile(r"[^\s|>]+ [|>] (?:[^\s|>]+(?: [^\s|>]+){0,3} [|>] )*[^\s|>]+")
_CASE_CHANGE = re.compile(
    r"(?<=[A-Z]{2})\s+(?=[A-Z][a-z])|(?<=[A-Z][a-z])(?<!\bOf)(?<!\bOn)\s+(?=[A-Z]{2,}\b)"
)
_STATE = re.compile(
    r"(?<!\bof )(?<!\bof the )(?<!People's )(?<!People’s )\b(?:Royal Government|Republic|"
    r"Kingdom|Socialist Republic|People's Republic)\s+of\s+(?:the\s+)?"
)


def _header_pieces(head: Span, rules: Rules) -> list[Span]:
    """The header of a page read as one line, cut where its lines were: around page labels
    ("PRESS RELEASE"), menus and breadcrumbs, dates, a state's name ("… Office Republic of the
    Philippines"), and where a name in capitals meets words in title case ("BERNAMA
    Malaysian National News Agency")."""
    text = head.text
    cuts = {0, len(text)}
    label = r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, rules.furniture)) + r")(?!\w)"
    for match in re.finditer(label, text):
        cuts.update((match.start(), match.end()))
    for match in _NAV_RUN.finditer(text):
        start = match.start()
        first = text[start:].split(" ", 1)[0]
        if first.lower() in _ISSUER_TAIL_WORDS and start:  # "The Phnom Penh Post | National"
            start += len(first) + 1
        cuts.update((start, match.end()))
    for date in find_dates(text):
        if date.year is not None:
            cuts.update((date.start, date.end))
    cuts.update(m.end() for m in _CASE_CHANGE.finditer(text))
    for match in _STATE.finditer(text):  # "… Office | Republic of the Philippines | Department …"
        country = rules.country.match(text, match.end())
        if country is not None:
            cuts.update((match.start(), country.end()))
    pieces = []
    ordered = sorted(cuts)
    for begin, end in zip(ordered, ordered[1:], strict=False):
        chunk = text[begin:end]
        stripped = chunk.strip(" ,")
        if stripped:
            at = begin + chunk.index(stripped)
            pieces.append(Span(head.start + at, head.start + at + len(stripped), stripped))
    return pieces


_COPYRIGHT_NAME = re.compile(
    r"(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"(?:\s+(?:19|20)\d\d)?[.,]?(?:\s+all rights reserved)?\.?\s*$"
)
_NAVIGATION = re.compile(r"\s\|\s.*\s\|\s|\s>\s.*\s>\s|^\S+(?:\s\|\s\S+)+$")
_BYLINE = re.compile(r"^(?:From:|By\s|Written by\s|Posted by\s)")


def _is_navigation(text: str) -> bool:
    """A menu or breadcrumb line ("News | Business | Tech", "Home > World > Cambodia")."""
    return len(text) < 300 and bool(_NAVIGATION.search(text))


def _is_byline(text: str) -> bool:
    return len(text) < 160 and bool(_BYLINE.match(text))


def _standfirst(result: Layout, following: list[Span], rules: Rules) -> bool:
    """Whether the body read so far is a summary under the headline (a date or byline line
    follows it, and prose follows that): at most two short paragraphs."""
    prose = [p for i, p in enumerate(result.body) if i not in result.headings]
    return (
        0 < len(prose) <= 2
        and all(len(p.text) < 400 for p in prose)
        and any(_is_prose(p.text, rules) for p in following[:4])
    )


def _to_header(result: Layout) -> None:
    """The body read so far was page header (a summary, a kicker): move it there."""
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
    paragraphs, result.continued = _split_long(paragraphs, rules)
    paragraphs = split_at_dateline(paragraphs)
    for paragraph in paragraphs[-12:]:
        owner = _COPYRIGHT_NAME.search(paragraph.text)
        if owner:
            result.copyright_name = owner.group(1).strip(" .,")
    for index, paragraph in enumerate(paragraphs):
        if result.body and _END_OF_BODY.match(paragraph.text.strip(" .:*")):
            break  # related news, tags, contacts: the page after the release
        following = paragraphs[index + 1 : index + 5]
        dateline = _dateline(paragraph)
        if (dateline is not None or _is_byline(paragraph.text)) and _standfirst(
            result, following, rules
        ):
            _to_header(result)
        if _is_byline(paragraph.text) and not result.body:
            result.header.append(paragraph)
            if dateline is not None:
                result.page_dates.append(dateline[1])
            if paragraph.text.startswith("From:"):
                result.from_line = paragraph.text[5:].strip()
            title_open = False
            continue
        if dateline is not None:
            if not result.body:
                result.page_dates.append(dateline[1])
            if result.dateline is None or not result.body:
                result.dateline = dateline
            elif result.body:
                result.signoff = dateline
            title_open = False
            continue
        if not result.body and _is_navigation(paragraph.text):
            if result.title and not result.header:
                result.header.append(Span(0, 0, result.title))  # the masthead
                result.title = ""
            result.header.append(paragraph)
            if not result.dateline:
                result.page_dates.extend(_dates_in_furniture(paragraph))
            title_open = False
            continue
        if not result.body:
            wire = _wire(paragraph)
            if wire is not None:
                result.dateline, result.agency, skip = wire
                result.body.append(_cut(paragraph, skip))
                continue
        if _is_furniture(paragraph.text, rules) or (
            len(paragraph.text) < 300 and rules.boilerplate.search(paragraph.text)
        ):
            if not result.body:
                result.header.append(paragraph)
                if not result.dateline:
                    result.page_dates.extend(_dates_in_furniture(paragraph))
            title_open = False
            continue
        place = _place_line(paragraph.text) if not _prose_count(result) else None
        if place is not None:
            _choose_title(result)
            result.dateline_place = place[0]
            result.body.append(_cut(paragraph, place[1]))
            continue
        prose = _is_prose(paragraph.text, rules)
        if prose and not _prose_count(result):
            _choose_title(result)
        if not result.body and not prose:
            letterhead = _is_letterhead(paragraph.text, rules)
            if letterhead and result.title and index < 5:
                # what came before a letterhead line is letterhead too ("Republic of …",
                # the ministry's name in the national language, a motto)
                result.header.append(Span(0, 0, result.title))
                result.title, title_open = "", False
            if (letterhead and not result.title) or (
                _is_header_line(paragraph.text, rules) and index < 6 and not result.title
            ):
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


def _prose_count(result: Layout) -> int:
    return sum(1 for i in range(len(result.body)) if i not in result.headings)


_PLACE_ONLY = re.compile(r"^(?P<city>[^\W\d_][\w .'’-]{1,40}?)\s+(?:--|—|–)\s+(?=[A-Z\"“])")


def _place_line(text: str) -> tuple[str, int] | None:
    """A dateline with a place and no date: "VIENTIANE, Lao PDR — " or "HÀ NỘI — ": (the
    place as written, where the text after it starts)."""
    match = _PLACE_LINE.match(text)
    if match is not None:
        return match.group("city"), match.end()
    match = _PLACE_ONLY.match(text)
    if match is not None and match.group("city").isupper():
        return match.group("city"), match.end()
    return None


def _is_letterhead(text: str, rules: Rules) -> bool:
    """A line of a letterhead: a state's name ("Republic of the Philippines", "KINGDOM OF
    CAMBODIA") or an issuing body's ("Department of Foreign Affairs")."""
    if len(text) > 120:
        return False
    tidy = tidy_caps(text.strip())
    if rules.canonical_country(tidy) or rules.canonical_country(tidy.title()):
        return True
    if _STATE_NAME.fullmatch(tidy):
        named = rules.country.search(tidy)
        return named is not None and named.end() == len(tidy)
    return _is_header_line(text, rules) and not _is_prose(text, rules)


_STATE_NAME = re.compile(
    r"(?:The\s+)?(?:(?:Royal\s+)?Government|Republic|Kingdom|Socialist Republic|People's Republic|"
    r"Democratic Republic|Commonwealth|State|Federation|Union)\s+of\s+(?:the\s+)?.+"
)


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
    if len(text) > 120:
        return None
    dates = find_dates(text)
    before = text[: dates[0].start].strip().rstrip(",").strip() if dates else ""
    if (
        len(dates) == 1
        and dates[0].end == len(text)
        and len(text) <= 70
        and (not before or _DATELINE_PLACE.fullmatch(before))
    ):
        date = dates[0]
    else:
        found = page_date(paragraph.text)  # "October 18, 2024 · 4 min read"
        if found is None:
            return None
        date = found
        before = paragraph.text[: date.start].strip(" ,|·–—-")
        place = re.match(r"(?:[A-Z][\w.'’-]*(?:,?\s+|$)){1,4}", before)
        before = before if place and place.end() == len(before) else ""
    shifted = DateMatch(
        paragraph.start + date.start, paragraph.start + date.end, date.month, date.day, date.year
    )
    return before.rstrip(":"), shifted


def _wire(paragraph: Span) -> tuple[tuple[str, DateMatch], str, int] | None:
    match = _WIRE.match(paragraph.text) or _WIRE_CAPS.match(paragraph.text)
    if match is None:
        return None
    dates = find_dates(match.group("date"))
    if len(dates) != 1 or dates[0].end - dates[0].start < len(match.group("date").strip(" ,")) - 1:
        return None
    date = dates[0]
    offset = paragraph.start + match.start("date")
    shifted = DateMatch(offset + date.start, offset + date.end, date.month, date.day, date.year)
    groups = match.groupdict()
    agency = (groups.get("agency") or groups.get("agency0") or "").strip()
    return (match.group("city"), shifted), agency, match.end()


def _dates_in_furniture(paragraph: Span) -> list[DateMatch]:
    """The page's own date in a header line ("Tuesday, February 25, 2025 | Subscribe",
    "Updated: April 24, 2024 08:15", "Date 2024-04-23", "Media release 7 March 2024")."""
    if len(paragraph.text) > 300:
        return []
    found = []
    for date in find_dates(paragraph.text):
        if date.year is not None:
            found.append(
                DateMatch(
                    paragraph.start + date.start,
                    paragraph.start + date.end,
                    date.month,
                    date.day,
                    date.year,
                )
            )
    return found


def _is_furniture(text: str, rules: Rules) -> bool:
    folded = " ".join(text.lower().strip(" .:*").split())
    if folded in rules.furniture or re.fullmatch(r"[\W_]*(?:end|ends)?[\W_]*", folded):
        return True
    return bool(re.fullmatch(r"(?i)no\.?\s*[\w/.-]+", text))


def _is_prose(text: str, rules: Rules | None = None) -> bool:
    """A body paragraph: a sentence or more, not a heading or a title."""
    count = len(text.split())
    if count >= 25:
        return True
    if count < 6 or not re.search(r"[.!?:;]['\"”’)]?$", text):
        return False
    if (
        count >= 8
        and text.endswith(".")
        and (
            _lower_words(text) >= 2
            or (rules is not None and any(w in rules.reporting_verbs for w in words(text)))
        )
    ):
        return True  # "Minister … Dr Vivian Balakrishnan made an Official Visit to …."
    return not _title_case(text)


def _lower_words(text: str) -> int:
    return sum(1 for w in words(text) if w.islower() and w not in _SMALL_WORDS and len(w) > 2)


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


_HEADER_CUT = re.compile(
    r"\s+\|\s+|\s+>\s+|\s+(?:Skip to|Search\.{0,3}|Home\b|Menu\b)|\s{2,}|\s+[–—]\s+"
)
_NOT_LATIN_TAIL = re.compile(r"(?:\s+[^\x00-\u024f]+)+$")


def _header_candidates(result: Layout) -> list[str]:
    """Pieces of the page header before the title: "Ministry of … Affairs", "KYODO NEWS"."""
    pieces: list[str] = []
    for paragraph in result.header[:8]:
        menu = _is_navigation(paragraph.text)
        for piece in _HEADER_CUT.split(paragraph.text):
            piece = _NOT_LATIN_TAIL.sub("", piece.strip(" |>-–—:")).strip()
            piece = _WEB_ADDRESS.sub("", piece).strip()  # "CHINA DAILY chinadaily.com.cn"
            if menu and len(piece.split()) < 2:
                continue  # a menu's "News" names no issuer
            if 3 <= len(piece) <= 100 and not find_dates(piece):
                pieces.append(piece)
    return pieces


_STATE_NAME_AT = re.compile(
    r"(?:Royal Government|Republic|Kingdom|Socialist Republic|People's Republic)\s+of\s+"
    r"(?:the\s+)?\S+(?:\s+PDR)?|in\s+[A-Z]\w+"
)
_WEB_ADDRESS = re.compile(
    r"(?i)\s*\b(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|cn|sg|kh|uk|nz|au|vn|kr|jp|"
    r"int|info)(?:\.[a-z]{2})?(?:/\S*)?\b"
)
_ISSUER_TAIL_WORDS = frozenset(
    "news agency times post daily herald tribune gazette press journal review".split()
)
_ISSUER_HEAD = re.compile(r"(?i)\b(?:ministry|department|embassy|office|council|mission)\b")


def _issuer_phrase(text: str, rules: Rules) -> str:
    """The issuer's name in a header piece that runs on into other words (a page read as one
    line): "Yonhap News Agency All News" -> "Yonhap News Agency"; "New Zealand Ministry of
    Foreign Affairs and Trade Manatū Aorere" -> "… and Trade"."""
    text = tidy_caps(text)
    words = text.split()
    head = _ISSUER_HEAD.search(text)
    if head is not None and len(text[: head.start()].split()) > 3:
        text = text[head.start() :]  # "Kementerian Luar Negeri … Ministry of Foreign Affairs"
        head = _ISSUER_HEAD.search(text)
    if head is None:  # a masthead: words up to the last of a run of "News", "Agency" …
        end = None
        for index, word in enumerate(words):
            lowered = word.lower().strip(".,")
            if lowered in _ISSUER_TAIL_WORDS or rules.agencies.get(lowered):
                end = index + 1
            elif end is not None:
                break
        return " ".join(words[:end]) if end else text
    tail = text[head.end() :]
    cursor = 0
    for match in re.finditer(r",?\s+(\S+)", tail):
        word = match.group(1).strip(",")
        small = word.lower() in ("of", "and", "the", "for", "&")
        place = rules.country.match(tail, match.start(1)) or _STATE_NAME_AT.match(
            tail, match.start(1)
        )
        if not (small or place or rules.portfolio.fullmatch(word)):
            break
        if place is not None:
            cursor = max(cursor, place.end())
            continue
        cursor = max(cursor, match.end())
    phrase = (text[: head.end()] + tail[:cursor]).strip()
    while phrase.split()[-1].lower() in ("of", "and", "the", "for", "&"):
        phrase = phrase.rsplit(" ", 1)[0]
    return phrase


def issuer_and_department(result: Layout, rules: Rules) -> tuple[str, str]:
    """The issuing body ("Ministry of Foreign Affairs of Japan", "Khmer Times") and its
    department, from the page header, else the wire agency, else the copyright line."""
    pieces = _header_candidates(result)
    issuer = department = ""
    if result.from_line:  # GOV.UK: "From: Foreign, Commonwealth & Development Office and …"
        issuer = re.split(r"\s+and\s+(?=[A-Z][a-z]+ [A-Z])", result.from_line)[0].strip()
    for index, piece in enumerate(pieces):
        text = tidy_caps(piece)
        if _is_furniture(piece, rules) or rules.boilerplate.search(piece):
            continue
        if rules.canonical_country(text) or rules.canonical_country(text.title()):
            continue  # "Kingdom of Cambodia" over the ministry's name is the state's
        if rules.issuer.search(text) and not issuer:
            issuer = tidy_caps(_issuer_phrase(piece, rules)) if result.continued else text
            following = pieces[index + 1] if index + 1 < len(pieces) else ""
            if (
                (following.isupper() or (result.continued and text.lower().startswith("ministry")))
                and tidy_caps(following) in rules.country_of_names
                and "," not in issuer
                and not rules.country.search(issuer)
            ):
                issuer = f"{issuer}, {tidy_caps(following)}"  # "MINISTRY OF …" / "SINGAPORE"
        elif rules.department.search(text) and not department:
            department = text
    if not issuer and department:
        issuer, department = department, ""
    if not issuer and result.agency:
        issuer = rules.agencies.get(result.agency.lower(), result.agency)
    if not issuer:
        for piece in pieces[:2]:
            if _short_name(piece, rules):
                issuer = tidy_caps(piece)
                break
    if not issuer and result.copyright_name:  # a one-word masthead the footer confirms
        for piece in pieces[:3]:
            if piece.casefold() == result.copyright_name.casefold():
                issuer = tidy_caps(piece)
                break
    if department and not rules.issuer.search(issuer):
        department = ""
    return issuer, department


def _short_name(piece: str, rules: Rules) -> bool:
    """A masthead: two to five capitalised words, not a title, date or furniture."""
    tokens = piece.split()
    if not 2 <= len(tokens) <= 5 or _is_furniture(piece, rules) or _is_byline(piece):
        return False
    return all(t[:1].isupper() for t in tokens if t.lower() not in _SMALL_WORDS)


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


_RELATIVE_DAY = re.compile(
    r"(?i)\b(?P<word>yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|"
    r"(?:(?P<last>last|this past)\s+|on\s+)?"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
#: a week named without its day: a date only when nothing better is said (and a note)
_RELATIVE_WEEK = re.compile(r"(?i)\b(?:earlier|late[r]?)\s+this\s+week\b")
#: a day that dates the report, not the meeting: "said Thursday", "a statement … on Saturday"
_REPORTED_ON = re.compile(
    r"(?i)\b(?:said|says|announced|reported|stated|told\s+(?:\w+\s+){0,2}?reporters|"
    r"statement|release|posted|published|tweeted|wrote|confirmed)\b[^.;,]{0,40}$"
)
_MEETING_SENTENCE = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|talks|call|held|conversation|received|receives|"
    r"conference|spoke|speaks|co-chaired|signed|courtesy|agreed|discussed|exchanged|summit)\b"
)
_VISIT_SENTENCE = re.compile(r"(?i)\b(?:visit|visiting|trip|tour|stay)\b")
_COPYRIGHT_YEAR = re.compile(r"(?i)(?:©|copyright|\(c\))\s*(?:©\s*)?((?:19|20)\d\d)")
_NOT_A_PLACE = re.compile(
    r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|posted|"
    r"published|date|dated|issued(?: on)?|media release|press release|news release|release)$"
)


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
    if weekday:
        wanted = _WEEKDAYS.index(weekday.lower())
        back = (anchor.weekday() - wanted) % 7
        if phrase.group("last") and back == 0:
            back = 7  # "last Friday" said on a Friday
        return anchor - dt.timedelta(days=back)
    if word in ("yesterday", "last night"):
        return anchor - dt.timedelta(days=1)
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
    for rank, span in enumerate(opening):
        for sentence in _sentences(span, rules):
            meeting = bool(_MEETING_SENTENCE.search(sentence.text))
            visit = bool(_VISIT_SENTENCE.search(sentence.text))
            for date in find_dates(sentence.text):
                absolute = sentence.start + date.start
                if skip[0] <= absolute < skip[1]:
                    continue
                ranged = date.end_day is not None
                klass = 0 if meeting and not (ranged and visit) else 2
                candidates.append(((klass, rank, absolute), date, ranged))
            if dates.issue is not None and (meeting or rank == 0):
                for phrase in _RELATIVE_DAY.finditer(sentence.text):
                    if _REPORTED_ON.search(sentence.text, 0, phrase.start()):
                        continue
                    day = relative_day(phrase, dates.issue)
                    candidates.append(((1, rank, sentence.start + phrase.start()), day, False))
                week = _RELATIVE_WEEK.search(sentence.text)
                if week and dates.issue.weekday() > 0:
                    monday = dates.issue - dt.timedelta(days=dates.issue.weekday())
                    candidates.append(((3, rank, sentence.start + week.start()), monday, False))
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


def _sentences(span: Span, rules: Rules | None) -> list[Span]:
    """The first sentences of an opening paragraph (the date is told early: at most 12)."""
    if rules is None:
        return [span]
    from briefing.importers.segment import sentences

    return sentences(span, rules)[:12]


def dateline_place(written: str) -> str:
    """The place of a dateline, or "" for "Wednesday, 19 May 2021" and "Updated: …"."""
    cleaned = written.strip().rstrip(":").strip()
    return "" if _NOT_A_PLACE.match(cleaned) else cleaned
