"""Datelines and page dates: where a release says where and when it was issued.

A dateline opens the body ("PHNOM PENH, March 3 (Xinhua) --", "MANILA 09 April 2025 – ",
"VIENTIANE, Lao PDR — ") or stands alone ("Vientiane, 11 October 2024", "October 18, 2024 ·
4 min read"); in a page read as one line it sits inside the first paragraph, after the header.
The dateline gives the issue date, not the meeting date.
"""

from __future__ import annotations

import re

from briefing.importers.dates import DateMatch, find_dates, page_date
from briefing.importers.places import load_gazetteer
from briefing.importers.segment import Span

#: a city's letters in capitals and in lower case, with accents ("SCIENCE CITY OF MUÑOZ", "Malé")
_UP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ɏḀ-ỿ"


_WIRE = re.compile(
    # ANSA's "(ANSA) - ROME, NOV 19 - …": the agency first
    r"^(?:\((?P<agency1>[A-Za-z][\w .&-]{1,18})\)\s*(?:--|—|–|-)\s*)?"
    rf"(?P<city>[{_UP}][{_UP}{_LOW} .'’-]{{1,40}}?)(?:\s*\((?P<agency0>[^)]{{2,20}})\))?"
    r"(?:,\s+[A-Z][A-Za-z .]{1,30}?)?,\s+"
    r"(?P<date>[^()\n]{3,30}?)"
    # "… (AFP) – ", "… – ", and PTI's "New Delhi, Jan 16 (PTI) India and …" with no dash
    r"(?:\s*\((?P<agency>[^)]{2,40})\)\s*(?:(?:--|—|–|-)\s*)?(?=[A-Z\"“])"
    r"|\s*/[A-Za-z][^/\n]{1,30}/\s*(?:--|—|–|-)\s*"  # "… March 10 /PRNewswire/ -- …"
    r"|\s*(?:--|—|–|-)\s*)"
)


#: a wire dateline inside a paragraph (a page read as one line): the city in capitals
_WIRE_INSIDE = re.compile(
    rf"(?<![\w,])(?P<city>[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,3}}"
    rf"|[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}"
    r"(?= \())"
    r"(?:\s*\((?P<agency0>[^)]{2,20})\))?(?:,\s+[A-Z][A-Za-z .]{1,30}?)?,\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)"
    # "… (AFP) – ", "… – ", and PTI's "New Delhi, Jan 16 (PTI) India and …" with no dash
    r"(?:\s*\((?P<agency>[^)]{2,40})\)\s*(?:(?:--|—|–|-)\s*)?(?=[A-Z\"“])|\s*(?:--|—|–|-)\s*)"
)


#: "MANILA 09 April 2025 – " (a city in capitals, no comma)
_WIRE_CAPS = re.compile(
    rf"^(?P<city>[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,3}})\s+"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)(?:\s+\d{4})?)"
    # "… (AFP) – ", "… – ", and PTI's "New Delhi, Jan 16 (PTI) India and …" with no dash
    r"(?:\s*\((?P<agency>[^)]{2,40})\)\s*(?:(?:--|—|–|-)\s*)?(?=[A-Z\"“])|\s*(?:--|—|–|-)\s*)"
)


#: the date in brackets after the city: "KUCHING (Oct 16): …", "PETALING JAYA (Oct 16): …"
_WIRE_BRACKETED = re.compile(
    rf"^(?P<city>[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,3}})\s+"
    r"\((?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\)\s*(?::|--|—|–|-)\s*"
)


#: a dateline inside a line with its year: "… Halal Industry Jakarta, 18 July 2024 - Foreign …",
#: "… MARITIME SECURITY MANILA 09 April 2025 – Foreign …"
_WIRE_INSIDE_FULL = re.compile(
    rf"(?<![\w,])(?P<city>[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}},"
    rf"|[{_UP}]{{3,}}(?: [{_UP}]{{3,}}){{0,2}},?)\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"\s*(?:--|—|–|-)\s+(?=[A-Z\"“])"
)


#: "VIENTIANE, Lao PDR — " (a dateline with a place and no date)
_PLACE_LINE = re.compile(
    rf"^(?P<city>[{_UP}][{_UP} .'’-]{{2,40}}?|[{_UP}][{_LOW}'’-]+(?: [{_UP}][{_LOW}'’-]+){{0,2}}),"
    r"\s+[A-Z][\w .]{1,30}?(?:\s*\([^)]{2,20}\))?\s+(?:--|—|–)\s+"
)
#: the city and an agency's credit: "Vientiane (ANTARA) - …", "HANOI (VNA) – …"
_PLACE_AGENCY = re.compile(
    rf"^(?P<city>[{_UP}][{_UP} .'’-]{{2,40}}?|[{_UP}][{_LOW}'’-]+(?: [{_UP}][{_LOW}'’-]+){{0,2}})"
    r"\s*\([A-Za-z][^)]{1,20}\)\s*(?:--|—|–|-|:)\s+(?=[A-Z\"“])"
)


#: Pakistan's and India's "ISLAMABAD: Pakistan and …" (the city in capitals, a colon)
_PLACE_COLON = re.compile(
    rf"^(?P<city>[{_UP}][{_UP}.'’-]+(?: [{_UP}][{_UP}.'’-]+){{0,2}}):\s+(?=[A-Z\"“])"
)


_DATELINE_PLACE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|and|the|for)\s?){1,6}|(?i:date|dated|issued(?: on)?):?"
)


_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")


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
            cut = after_page_date(paragraph.text)
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
    r"(?:\s*[|·,-]?\s*\d+\s*min(?:ute)?s?\s+read)?"
    # a page's counters and its text-size buttons: "- 3 - 2,187 A A A"
    r"(?:\s+[-|·]\s+\d[\d,]*)*(?:(?:\s+A[-+]?){3}(?=\s))?\s*\|?\s*"
)


_DATE_LABEL = re.compile(
    r"(?i)(?:\||·|>|—|–|\bdate(?:d)?:?|\bupdated:?|\bpublished(?:\s+on)?:?|\bposted(?:\s+on)?:?|"
    r"\bissued(?:\s+on)?:?|\bpublication\s+date:?|\brelease\s+date:?)\s*$"
)


def labelled_span(text: str, date: DateMatch) -> tuple[int, int]:
    """The page date with its label and time: "Published: Mar 6, 2025 3:14 PM"."""
    label = _DATE_LABEL.search(text, max(0, date.start - 25), date.start)
    after = _AFTER_DATE.match(text, date.end)
    start = label.start() if label and label.group(0).strip()[:1].isalpha() else date.start
    return start, after.end() if after else date.end


def after_page_date(text: str, bare: bool = True) -> int | None:
    """Where the body starts in a page read as one line whose header ends with the page's
    date, labelled or between bars ("… Hin Pisei | Publication date 14 November 2023 | 19:05
    ICT Deputy Prime Minister …", "… Press Releases Date 2024-04-23 Cho Tae-yul …"), or None."""
    head = text[:800]
    if len(text) < 300:
        return None
    dates = [d for d in find_dates(head) if d.year is not None]
    for index, date in enumerate(dates):
        following = dates[index + 1] if index + 1 < len(dates) else None
        after = _AFTER_DATE.match(head, date.end)
        cut = after.end() if after else date.end
        if (
            following is not None
            and following.start - cut < 25
            and _DATE_LABEL.search(head, cut, following.start)
        ):
            continue  # "Published: Mar 6, 2025 3:14 PM Updated: Mar 6, 2025 5:02 PM": the last
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


_PLACE_ONLY = re.compile(r"^(?P<city>[^\W\d_][\w .'’-]{1,40}?)\s+(?:--|—|–)\s+(?=[A-Z\"“])")


def place_line(text: str) -> tuple[str, int] | None:
    """A dateline with a place and no date: "VIENTIANE, Lao PDR — " or "HÀ NỘI — ": (the
    place as written, where the text after it starts)."""
    match = _PLACE_LINE.match(text) or _PLACE_AGENCY.match(text)
    if match is not None and (match.group("city").isupper() or known_city(match.group("city"))):
        return match.group("city"), match.end()  # "Hun Manet, Prime Minister … –" is no place
    match = _PLACE_ONLY.match(text) or _PLACE_COLON.match(text)
    if match is not None and match.group("city").isupper():
        return match.group("city"), match.end()
    match = _PLACE_COLON_TITLE.match(text)  # "Kota Kinabalu: Sabah and …" (a known city)
    if match is not None and known_city(match.group("city")):
        return match.group("city"), match.end()
    return None


_PLACE_COLON_TITLE = re.compile(
    rf"^(?P<city>[{_UP}][{_LOW}'’-]+(?: [{_UP}][{_LOW}'’-]+){{0,2}}):\s+(?=[A-Z\"“])"
)


def known_city(written: str) -> bool:
    return load_gazetteer().lookup(written) is not None


def cut_span(paragraph: Span, skip: int) -> Span:
    return Span(paragraph.start + skip, paragraph.end, paragraph.text[skip:])


_ISO_T = re.compile(r"\dT\d")  # "2025-05-28T14:35": page_date blanks the time


#: a page's counters after its date and time (comments, views): " - 3 - 2,187"
_COUNTERS = re.compile(r"(?:\s+[-|·]\s+\d[\d,]*)+$")


def standalone_dateline(paragraph: Span) -> tuple[str, DateMatch] | None:
    """ "Vientiane, 11 October 2024" or "11 October 2024" or "Date: 11 October 2024" alone."""
    stripped = _COUNTERS.sub("", paragraph.text.rstrip("."))  # "… 12:03 am - 3 - 2,187"
    text = _TIME.sub("", stripped)
    if len(text) > 120:
        return None
    dates = find_dates(text)
    # the line's dates with a year (all page_date reads) are these unless a time was cut, one
    # reaches the full stops cut or an ISO time is blanked (page_date reads the line as it is)
    same = (
        len(text) == len(stripped)
        and all(d.end < len(text) or d.year is None for d in dates)
        and _ISO_T.search(paragraph.text) is None
    )
    before = text[: dates[0].start].strip().rstrip(",").strip() if dates else ""
    if "/" in before:  # "Doha / Information Office / 04 February 2025": the city and office
        before = next((p for p in map(str.strip, before.split("/")) if known_city(p)), before)
    if (
        len(dates) == 1
        and dates[0].end == len(text)
        and len(text) <= 70
        and (not before or _DATELINE_PLACE.fullmatch(before))
    ):
        date = dates[0]
    else:
        found = page_date(paragraph.text, dates if same else None)  # "October 18, 2024 · 4 min"
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


#: an agency's credit with the city, alone on a line: "QNA/Doha", "Xinhua / Phnom Penh"
_CREDIT = re.compile(r"(?P<agency>[A-Z]{2,8})\s*/\s*(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def credit_line(text: str) -> str | None:
    """The city of an agency's credit line ("QNA/Doha"), if it is a known city."""
    match = _CREDIT.fullmatch(text.strip())
    return match.group("city") if match is not None and known_city(match.group("city")) else None


def wire_dateline(paragraph: Span) -> tuple[tuple[str, DateMatch], str, int] | None:
    text = paragraph.text
    match = _WIRE.match(text) or _WIRE_CAPS.match(text) or _WIRE_BRACKETED.match(text)
    if match is None:
        return None
    dates = find_dates(match.group("date"))
    if len(dates) != 1 or dates[0].end - dates[0].start < len(match.group("date").strip(" ,")) - 1:
        return None
    date = dates[0]
    offset = paragraph.start + match.start("date")
    shifted = DateMatch(offset + date.start, offset + date.end, date.month, date.day, date.year)
    groups = match.groupdict()
    agency = (groups.get("agency") or groups.get("agency0") or groups.get("agency1") or "").strip()
    return (match.group("city"), shifted), agency, match.end()


def dates_in_furniture(paragraph: Span) -> list[DateMatch]:
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


_NOT_A_PLACE = re.compile(
    r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|posted|"
    r"published|date|dated|issued(?: on)?|media release|press release|news release|release)$"
)


def dateline_place(written: str) -> str:
    """The place of a dateline, or "" for "Wednesday, 19 May 2021" and "Updated: …"."""
    cleaned = written.strip().rstrip(":").strip()
    return "" if _NOT_A_PLACE.match(cleaned) else cleaned
