"""Comments on a section's text: threads anchored to a span of one text field.

An anchor is kept over the field's *plain* text (the words as the editor shows them, without
Markdown marks: :func:`briefing.markup.plain_text`), as offsets plus the quoted words and a
little context either side. Offsets alone would drift as the text around them is edited; the
quote alone is ambiguous when it occurs twice. :func:`reanchor` keeps the offsets when the quote
is still there, else searches for the quote and picks the occurrence whose context matches best
and lies nearest the old place; a quote that is gone leaves the thread *detached* (shown
with the words it was on), never silently moved or dropped.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

CONTEXT = 32  # characters of context kept either side of the quote


@dataclass
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    detached: bool = False

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Anchor:
        """The anchor of ``text[start:end]`` with its context."""
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        start, end = min(start, end), max(start, end)
        return cls(
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT) : start],
            text[end : end + CONTEXT],
        )


@dataclass
class Message:
    author: str
    at: dt.datetime  # UTC
    text: str
    origin: str = ""  # "" typed here; else where it came from ("review from Director …")


@dataclass
class Thread:
    book_id: int
    section_id: int
    field: str  # objective | points | if_raised | background
    anchor: Anchor
    messages: list[Message] = field(default_factory=list)
    resolved_at: dt.datetime | None = None
    resolved_by: str = ""
    id: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    @property
    def author(self) -> str:
        return self.messages[0].author if self.messages else ""


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def reanchor(anchor: Anchor, text: str) -> Anchor:
    """``anchor`` moved to where its quote now is in ``text`` (see the module's docstring)."""
    quote = anchor.quote
    if not quote:  # a point, not a span: keep it by its context
        return _point(anchor, text)
    if text[anchor.start : anchor.end] == quote and not anchor.detached:
        return Anchor.at(text, anchor.start, anchor.end)
    starts = []
    i = text.find(quote)
    while i >= 0:
        starts.append(i)
        i = text.find(quote, i + 1)
    if not starts:
        return Anchor(anchor.start, anchor.end, quote, anchor.prefix, anchor.suffix, True)

    def score(i: int) -> tuple[float, int]:
        before = text[max(0, i - CONTEXT) : i]
        after = text[i + len(quote) : i + len(quote) + CONTEXT]
        context = _similarity(before[-len(anchor.prefix) :], anchor.prefix) if anchor.prefix else 1
        context += _similarity(after[: len(anchor.suffix)], anchor.suffix) if anchor.suffix else 1
        return (context, -abs(i - anchor.start))

    best = max(starts, key=score)
    return Anchor.at(text, best, best + len(quote))


def _point(anchor: Anchor, text: str) -> Anchor:
    probe = anchor.prefix + anchor.suffix
    if probe:
        i = text.find(probe)
        if i >= 0:
            at = i + len(anchor.prefix)
            return Anchor.at(text, at, at)
    at = min(anchor.start, len(text))
    return Anchor.at(text, at, at)
