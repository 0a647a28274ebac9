"""Inline text for reportlab: IR runs → pieces of one font → paragraph fragments or markup.

Every :class:`briefing.ir.Run` gets the font of its script (the IR decided the script;
nothing here guesses). A zero-width space (U+200B) becomes a break opportunity that prints
nothing, long Chinese runs may break between ideographs, and Khmer breaks between the words
ICU's dictionary finds (:mod:`briefing.export.linebreak`); a word wider than a whole line
breaks inside (:func:`break_long_words`, applied when the width is known).
Most paragraphs are turned into reportlab fragments directly, skipping reportlab's (slow) XML
parser; headings, TOC entries and underlined text still go through markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paraparser import ParaFrag

from briefing import ir
from briefing.export import fonts
from briefing.export.linebreak import cluster_breaks, line_breaks, syllable_breaks
from briefing.export.pdf.rl_fixes import ZW_SIZE

# Chinese may break between any two ideographs, except before closing and after opening marks.
_NO_BREAK_BEFORE = frozenset("，。、；：？！）》」』】〕〉”’…—·．,.;:?!)]}%")
_NO_BREAK_AFTER = frozenset("（《「『【〔〈“‘([{")
HAN_KEEP = 4  # Han runs this short (names such as 李强) are never broken
_SPACES = re.compile(r"[^\S\xa0\u3000]+")  # collapsed like reportlab's markup cleaner


def escape(text: str) -> str:
    """XML escaping for paragraph markup (xml.sax.saxutils would import urllib and email)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Piece(NamedTuple):
    font: str
    text: str  # plain text, not escaped
    underline: bool = False
    zero_width: bool = False  # a break opportunity: a space at ZW_SIZE that is never drawn


def _zw(font: str) -> Piece:
    return Piece(font, " ", False, True)


def _may_break(char: str, nxt: str) -> bool:
    """May a line end between these two characters of Chinese text (simple kinsoku)?"""
    return (
        not char.isspace()
        and not nxt.isspace()
        and char not in _NO_BREAK_AFTER
        and nxt not in _NO_BREAK_BEFORE
    )


#: Chinese punctuation a line may end after, before a Latin word ("2日：Ministry")
_HAN_STOPS = frozenset("，。、；：？！")


def _han_then_number_or_after_stop(previous: ir.Run, run: ir.Run) -> bool:
    """A short Han run may still end a line before a number or after its punctuation: a date
    such as 2024年10月10日 breaks after 年 or 月, never inside "10"."""
    return previous.script is ir.Script.HAN and (
        run.text[0].isdigit() or previous.text[-1] in _HAN_STOPS
    )


def _han_pieces(text: str, font: str, underline: bool) -> list[Piece]:
    out: list[Piece] = []
    start = 0
    for i in range(len(text) - 1):
        if _may_break(text[i], text[i + 1]):
            out.append(Piece(font, text[start : i + 1], underline))
            out.append(_zw(font))
            start = i + 1
    out.append(Piece(font, text[start:], underline))
    return out


def _khmer_pieces(text: str, font: str, underline: bool) -> list[Piece]:
    """Khmer with a break opportunity at each word boundary ICU's dictionary finds (spaces
    already are breaks)."""
    out: list[Piece] = []
    start = 0
    for cut in line_breaks(text):
        if text[cut - 1].isspace() or text[cut].isspace():
            continue
        out.append(Piece(font, text[start:cut], underline))
        out.append(_zw(font))
        start = cut
    out.append(Piece(font, text[start:], underline))
    return out


@lru_cache(maxsize=50_000)
def shaped_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as harfbuzz sets it (Khmer pre-base vowels and stacked
    subscripts make it differ from the sum of the characters' advances)."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase import ttfonts

    word = ttfonts.shapeFragWord(
        [stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)], force=True
    )
    return float(word[0])


def _width(text: str, font: str, size: float) -> float:
    if fonts.is_khmer_face(font):
        return shaped_width(text, font, size)
    return stringWidth(text, font, size)


def line_width(items: list[Piece], size: float) -> float:
    """The width of ``items`` set on one line at ``size``."""
    return sum(_width(p.text, p.font, size) for p in items if not p.zero_width)


def widest_word(items: list[Piece], size: float, min_length: int = 1) -> float:
    """The width of the widest word (text between spaces and break opportunities) of
    ``items`` at ``size``, among words of ``min_length`` characters or more (0 if none)."""
    widest = 0.0
    for p in items:
        if p.zero_width:
            continue
        for word in p.text.split():
            if len(word) >= min_length:
                widest = max(widest, _width(word, p.font, size))
    return widest


_HYPHEN_AFTER = re.compile(r"(?<=[-‐–/])(?=\w)")


def _latin_cuts(word: str, font: str, size: float, line: float) -> list[str]:
    """A word wider than the line: after its hyphens (and slashes) first, then, for a part
    still too wide, between its characters."""
    out: list[str] = []
    for part in _HYPHEN_AFTER.split(word):
        if not part:
            continue
        if stringWidth(part, font, size) <= line:
            out.append(part)
        else:
            out.extend(part)  # one character each: reportlab fills the lines greedily
    return out


def break_long_words(items: list[Piece], line: float, size: float) -> list[Piece] | None:
    """``items`` with break opportunities inside each word wider than ``line`` (such a word
    cannot fit any line whole): Khmer between its syllables (then its consonant clusters),
    other scripts after hyphens, then between characters. None when no word is that wide."""
    out: list[Piece] = []
    changed = False
    for p in items:
        if p.zero_width:
            out.append(p)
            continue
        khmer = fonts.is_khmer_face(p.font)
        for chunk in re.split(r"(\s+)", p.text):
            if not chunk:
                continue
            if chunk.isspace() or _width(chunk, p.font, size) <= line:
                out.append(Piece(p.font, chunk, p.underline))
                continue
            changed = True
            if khmer:
                parts = []
                for syllable in _cut(chunk, syllable_breaks(chunk)):
                    # a syllable still wider than the line: between its consonant clusters
                    if shaped_width(syllable, p.font, size) > line:
                        parts += _cut(syllable, cluster_breaks(syllable))
                    else:
                        parts.append(syllable)
            else:
                parts = _latin_cuts(chunk, p.font, size, line)
            for m, part in enumerate(parts):
                if m:
                    out.append(_zw(p.font))
                out.append(Piece(p.font, part, p.underline))
    return out if changed else None


def _cut(text: str, cuts: list[int]) -> list[str]:
    edges = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]


_REGISTERED: set[str] = set()  # faces known to be registered with reportlab (a fast check)


def _flags(run: ir.Run) -> tuple[ir.Script, bool, bool, bool]:
    return run.script, run.bold, run.italic, run.underline


def pieces(runs: list[ir.Run], *, serif: bool = True, bold: bool = False) -> list[Piece]:
    """``bold``: the paragraph style is bold (a heading), so every run is."""
    out: list[Piece] = []
    previous: ir.Run | None = None
    for run in runs:
        if not run.text:
            continue
        run = run if run.text.isascii() else run.__class__(ir.nfc(run.text), *_flags(run))
        font = fonts.font_name(run.script, bold=run.bold or bold, italic=run.italic, serif=serif)
        if font not in _REGISTERED:
            fonts.register([font])
            _REGISTERED.add(font)
        if (
            previous is not None
            and ir.Script.HAN in (previous.script, run.script)
            and _may_break(previous.text[-1], run.text[0])
            and (
                len(previous.text if previous.script is ir.Script.HAN else run.text) > HAN_KEEP
                or _han_then_number_or_after_stop(previous, run)
            )
        ):
            out.append(_zw(font))  # Chinese next to quotes or Latin words may break there
        previous = run
        for n, chunk in enumerate(run.text.split("\u200b")):
            if n:
                out.append(_zw(font))
            if not chunk:
                continue
            if run.script is ir.Script.HAN and len(chunk) > HAN_KEEP:
                out.extend(_han_pieces(chunk, font, run.underline))
            elif run.script is ir.Script.KHMER and len(chunk) > 1:
                out.extend(_khmer_pieces(chunk, font, run.underline))
            else:
                out.append(Piece(font, chunk, run.underline))
    return out


def markup(items: list[Piece], base_font: str | None = None) -> str:
    """reportlab paragraph markup; text in ``base_font`` needs no font tag."""
    out: list[str] = []
    for p in items:
        text = escape(p.text).replace("\xa0", "&#160;")  # the markup cleaner eats raw NBSP
        if p.zero_width:
            out.append(f'<font size="{ZW_SIZE}"> </font>')
            continue
        if p.font != base_font:
            text = f'<font name="{p.font}">{text}</font>'
        out.append(f"<u>{text}</u>" if p.underline else text)
    return "".join(out)


def style_pieces(runs: list[ir.Run], style: ParagraphStyle) -> list[Piece]:
    """Pieces in the family and weight of ``style``."""
    font = style.fontName
    return pieces(runs, serif=font.startswith(fonts.latin_family(True)), bold=font.endswith("Bold"))


def style_markup(runs: list[ir.Run], style: ParagraphStyle) -> str:
    return markup(style_pieces(runs, style), style.fontName)


def frags(items: list[Piece], style: ParagraphStyle) -> list[ParaFrag] | None:
    """Paragraph fragments for ``items`` (None when markup is needed: underlined text)."""
    if any(p.underline for p in items):
        return None
    out: list[ParaFrag] = []
    size = style.fontSize
    color = style.textColor
    last_space = True  # leading white space is dropped, as the markup cleaner does
    for p in items:
        if p.zero_width:
            text = " "
        else:
            text = _SPACES.sub(" ", p.text)
            if last_space and text.startswith(" "):
                text = text[1:]
            if not text:
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.fontName == p.font and prev.fontSize == size:
                prev.text += text  # one fragment per font: single-font paragraphs stay simple
                last_space = text.endswith(" ")
                continue
        frag = ParaFrag()
        frag.__dict__.update(
            rise=0,
            greek=0,
            link=[],
            fontName=p.font,
            bold=0,
            italic=0,
            fontSize=ZW_SIZE if p.zero_width else size,
            textColor=color,
            us_lines=[],
            text=text,
        )
        frag.__tag__ = "para"
        if p.font.endswith(fonts.OBLIQUE):
            # drawn as a line of fragments even alone, which is where it is slanted
            # (rl_fixes: synthetic oblique); reportlab takes that path for a backColor
            frag.backColor = None
        out.append(frag)
        last_space = text.endswith(" ")
    if out and out[-1].text.endswith(" ") and out[-1].fontSize != ZW_SIZE:
        out[-1].text = out[-1].text.rstrip(" ")
    return out
