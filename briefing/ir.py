"""The document intermediate representation: what a book says, without any formatting code.

``compose`` produces a :class:`Document`; each writer in ``briefing.export`` consumes one.
Every :class:`Run` knows its script, decided here once, so writers never guess fonts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum


class Script(StrEnum):
    LATIN = "Latn"  # also digits, punctuation and anything a Latin font draws
    KHMER = "Khmr"
    #: Chinese, Japanese and Korean: ideographs, kana, hangul, CJK punctuation and full-width
    #: forms (one CJK font draws them all)
    HAN = "Hani"


_KHMER_RANGES = ((0x1780, 0x17FF), (0x19E0, 0x19FF))
_HAN_RANGES = (
    (0x1100, 0x11FF),  # hangul jamo
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # hangul compatibility jamo
    (0x3190, 0x31BF),  # kanbun, bopomofo extended
    (0x31C0, 0x31EF),  # strokes
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3200, 0x33FF),  # enclosed CJK letters and months, CJK compatibility
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xA960, 0xA97F),  # hangul jamo extended-A
    (0xAC00, 0xD7FF),  # hangul syllables, jamo extended-B
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x20000, 0x2FA1F),
)


# CJK compatibility ideographs: NFC would replace them by their unified twins (a Korean
# name's hanja may rely on the distinction), so they are left as they are.
_COMPAT_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (decomposed hangul and accents composed, as fonts draw them),
    except CJK compatibility ideographs, which stay as typed."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    parts = _COMPAT_IDEOGRAPHS.split(text)
    return "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(parts))


_NEUTRAL = " \u00a0\u200b\u200c\u200d\t\n"  # characters every font shares


def script_of(char: str) -> Script | None:
    """The script of one character, or None for characters every font shares (spaces, ZW)."""
    cp = ord(char)
    if char in _NEUTRAL:
        return None
    for lo, hi in _KHMER_RANGES:
        if lo <= cp <= hi:
            return Script.KHMER
    for lo, hi in _HAN_RANGES:
        if lo <= cp <= hi:
            return Script.HAN
    return Script.LATIN


def _class_of(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges)


_KHMER_CLASS, _HAN_CLASS = _class_of(_KHMER_RANGES), _class_of(_HAN_RANGES)
#: one maximal stretch of Khmer, of Han, of neutral characters, or of anything else (Latin):
#: a book's text is split stretch by stretch, not character by character
_STRETCH = re.compile(
    f"([{_KHMER_CLASS}]+)|([{_HAN_CLASS}]+)|([{_NEUTRAL}]+)|[^{_KHMER_CLASS}{_HAN_CLASS}{_NEUTRAL}]+"
)
_STRETCH_SCRIPT = (Script.LATIN, Script.KHMER, Script.HAN, None)  # by the group that matched
#: below the first Khmer or CJK code point, every character is Latin or neutral
_FIRST_NON_LATIN = chr(min(_KHMER_RANGES[0][0], _HAN_RANGES[0][0]))


def split_scripts(text: str) -> list[tuple[str, Script]]:
    """Split text into maximal pieces of one script; neutral characters join the piece before
    (or, at the start, the piece after)."""
    text = nfc(text)
    if not text:
        return []
    if max(text) < _FIRST_NON_LATIN:
        return [(text, Script.LATIN)]
    pieces: list[tuple[str, Script]] = []
    start = 0  # where the piece being gathered begins
    current: Script | None = None
    for m in _STRETCH.finditer(text):
        script = _STRETCH_SCRIPT[m.lastindex or 0]
        if script is None or script == current:
            continue
        if current is not None:
            pieces.append((text[start : m.start()], current))
            start = m.start()
        current = script
    pieces.append((text[start:], current or Script.LATIN))
    return pieces


@dataclass(frozen=True)
class Run:
    text: str
    script: Script = Script.LATIN
    bold: bool = False
    italic: bool = False
    underline: bool = False


def runs(
    text: str, *, bold: bool = False, italic: bool = False, underline: bool = False
) -> list[Run]:
    """Plain text as script-tagged runs with one style."""
    return [
        Run(piece, script, bold, italic, underline)
        for piece, script in split_scripts(text)
        if piece
    ]


def plain(items: list[Run]) -> str:
    return "".join(r.text for r in items)


# --------------------------------------------------------------------------- blocks


@dataclass
class Heading:
    level: int  # 1 = part/brief, 2 = field inside a brief, 3 = inside the text
    runs: list[Run]
    anchor: str  # unique id for bookmarks and contents links
    in_contents: bool = True
    page_break_before: bool = False

    @property
    def text(self) -> str:
        return plain(self.runs)


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "body"  # body | note (small, muted) | label
    portion: str | None = None  # portion mark letters without brackets, e.g. "C"

    @property
    def text(self) -> str:
        return plain(self.runs)


_BULLETS = ("\u2022", "\u2013", "\u25aa")  # •, –, ▪ by level (the DOCX template's too)


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out += digits * count
    return out


@dataclass
class ListBlock:
    """A list, nested lists included: item ``i`` sits at depth ``levels[i]`` (0 = the outer
    list) and is numbered when ``numbered[i]`` (empty lists: every item at depth 0, numbered
    when ``ordered``). A nested list belongs to the item before it; the parent list's
    numbering goes on after it (1, 2, a, b, 3)."""

    items: list[list[Run]]
    ordered: bool = False
    portion: str | None = None
    levels: list[int] = field(default_factory=list)
    numbered: list[bool] = field(default_factory=list)

    def level(self, i: int) -> int:
        return self.levels[i] if i < len(self.levels) else 0

    def is_numbered(self, i: int) -> bool:
        return self.numbered[i] if i < len(self.numbered) else self.ordered

    def labels(self) -> list[str]:
        """What each item prints before it: "1.", "a)", "i." by depth when numbered, else
        "•", "–", "▪" (the DOCX template's list levels say the same)."""
        counters: list[int] = []
        out = []
        for i in range(len(self.items)):
            depth = self.level(i)
            del counters[depth + 1 :]
            counters += [0] * (depth + 1 - len(counters))
            if self.is_numbered(i):
                counters[depth] += 1
                n = counters[depth]
                out.append((f"{n}.", f"{_letters(n)})", f"{_roman(n)}.")[depth % 3])
            else:
                out.append(_BULLETS[depth % 3])
        return out


@dataclass
class Table:
    """A table. With portion marks, ``portion`` is the table's own mark (its caption, else its
    header row, prints it) and ``row_portions[i]`` the mark of row ``i`` (a row without one
    takes ``portion``); both print before the first cell's text."""

    header: list[list[Run]]
    rows: list[list[list[Run]]]
    #: relative column widths, summing to about 1; empty: left to the content (a table typed
    #: in a brief or read from Word), see :mod:`briefing.export.pdf.columns`
    widths: list[float]
    caption: str = ""
    portion: str | None = None
    row_portions: list[str | None] = field(default_factory=list)

    def row_portion(self, i: int) -> str | None:
        found = self.row_portions[i] if i < len(self.row_portions) else None
        return found or self.portion


@dataclass
class PageBreak:
    pass


@dataclass
class Contents:
    """Where the table of contents goes; writers fill it from the headings."""

    title: str = "Contents"  # compose gives it in the book's language


@dataclass
class Cover:
    ministry: str
    department: str
    title: list[Run]
    occasion: list[Run]
    place_and_dates: list[Run]
    marking: str  # e.g. "CONFIDENTIAL // EYES ONLY"
    version: str  # e.g. "Draft of 28 November 2026"
    prepared_by: str
    status: str  # "DRAFT" or "FINAL"
    copy: str = ""  # "Copy 3 of 12 — Office of the Minister" when numbered


Block = Heading | Paragraph | ListBlock | Table | PageBreak | Contents | Cover


@dataclass
class Metadata:
    title: str
    subject: str = ""
    author: str = ""
    keywords: list[str] = field(default_factory=list)
    classification: str = ""


#: a part's closing note lines kept on the page of what precedes them (at most this many)
CLOSING_NOTES = 4


def closing_notes(blocks: list[Block]) -> list[tuple[int, range]]:
    """(the block before, the note lines) of each part that ends in a short run of note
    paragraphs ("Status of previous commitments: none …", the clearance block): the writers keep
    the run together and with the block before it, so no page holds only those lines."""
    out = []
    i, n = 0, len(blocks)
    while i < n:
        if not (isinstance(blocks[i], Paragraph) and blocks[i].style == "note"):
            i += 1
            continue
        end = i
        while end < n and isinstance(blocks[end], Paragraph) and blocks[end].style == "note":
            end += 1
        after = blocks[end] if end < n else None
        ends_part = (
            after is None
            or isinstance(after, PageBreak | Cover)
            or (isinstance(after, Heading) and after.level == 1)
        )
        if ends_part and end - i <= CLOSING_NOTES and i > 0:
            if not isinstance(blocks[i - 1], Heading):
                out.append((i - 1, range(i, end)))
        i = end
    return out


@dataclass
class Document:
    meta: Metadata
    marking: str  # the banner at top and bottom of every page
    paper: str = "A4"  # A4 | Letter
    draft: bool = True  # draw the DRAFT watermark
    footer_note: str = ""  # e.g. the copy number, printed beside "Page X of Y"
    blocks: list[Block] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # what compose decided that users must know
    #: the language of the words the writers add (page numbers, cover labels, watermark):
    #: briefing.i18n.LANGUAGES; numbers in its own digits when ``native_digits``
    language: str = "en"
    native_digits: bool = False

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]
