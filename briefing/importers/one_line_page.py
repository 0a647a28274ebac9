"""A page read as one line (as some PDFs and copied web pages give it): its sentences stand
in for paragraphs, and its header is cut off and cut where its lines were.
"""

from __future__ import annotations

import re

from briefing.importers.datelines import after_page_date, labelled_span
from briefing.importers.dates import find_dates
from briefing.importers.line_kinds import ISSUER_TAIL_WORDS
from briefing.importers.rules import Rules
from briefing.importers.segment import Span, sentences


def _cut_header(text: str, rules: Rules) -> int | None:
    """Where the body starts in the first sentence of a page read as one line: after the
    page's date, else after the last page label ("PRESS RELEASE", "Unofficial Translation"),
    else after a letterhead in capitals; None if nothing says."""
    cut = after_page_date(text)
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
#: the sentences of a page read as one line that become paragraphs (linear time at the size
#: limit: "1. 1. 1. …" made 100,000 of them)
MAX_SENTENCES = 2_000


def split_long(paragraphs: list[Span], rules: Rules) -> tuple[list[Span], set[int]]:
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
        if len(parts) > MAX_SENTENCES:  # a release has a few hundred: the rest stays one piece
            rest = Span(
                parts[MAX_SENTENCES].start,
                paragraph.end,
                paragraph.text[parts[MAX_SENTENCES].start - paragraph.start :],
            )
            parts = [*parts[:MAX_SENTENCES], rest]
        for number, part in enumerate(quoted_sentences(parts, paragraph)):
            if number == 0:
                cut = _cut_header(part.text, rules)
            else:  # "… From: … Published 20 February 2025 Minister for …" after a summary
                cut = after_page_date(part.text, bare=False) if number < 4 else None
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
        if first.lower() in ISSUER_TAIL_WORDS and start:  # "The Phnom Penh Post | National"
            start += len(first) + 1
        cuts.update((start, match.end()))
    dated = set()
    for date in find_dates(text):
        if date.year is not None:  # with its label and time: "Published: Mar 6, 2025 3:14 PM"
            start, end = labelled_span(text, date)
            cuts.update((start, end))
            dated.add(start)
    cuts.update(m.end() for m in _CASE_CHANGE.finditer(text))
    for match in _STATE.finditer(text):  # "… Office | Republic of the Philippines | Department …"
        country = rules.country.match(text, match.end())
        if country is not None:
            cuts.update((match.start(), country.end()))
    # "… scam syndicates Bernama Published: Mar 6 …": an agency's credit between the headline
    # and the page date is a piece of its own
    for match in rules.issuer.finditer(text):
        if (
            match.start()
            and text[match.end() : match.end() + 1] == " "
            and match.end() + 1 in dated
        ):
            cuts.add(match.start())
    pieces = []
    ordered = sorted(cuts)
    for begin, end in zip(ordered, ordered[1:], strict=False):
        chunk = text[begin:end]
        stripped = chunk.strip(" ,")
        if stripped:
            at = begin + chunk.index(stripped)
            pieces.append(Span(head.start + at, head.start + at + len(stripped), stripped))
    return pieces
