"""Repair what copying does to text: hard line breaks, line-end hyphens, page furniture.

``clean_text`` turns text read from a file or pasted by the user into paragraphs separated by
one blank line, each paragraph on a single line. Form feeds (``\\f``) mark page breaks, as the
PDF reader writes them; with them, lines repeated at the top or bottom of pages (running
headers and footers) are recognised and dropped. The function is idempotent.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from briefing.importers.dates import page_date

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\ufeff]")
_PAGE_NUMBER = re.compile(
    r"(?i)^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|\[\s*\d+\s*\]"
    r"|p\.\s*\d+)$"
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_LIST_MARKER = re.compile(
    r"^(?:\d{1,2}[.)]\s|\(\d{1,2}\)|\(?[a-h]\)\s|\(?[ivx]{1,4}\)\s|[•▪●◦*–-]\s)"
)
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]?$")
_ABBREVIATION_END = re.compile(r"(?i)(?:\b(?:etc|e\.g|i\.e|no|co|ltd|inc|jr|sr|st)\.)$")

#: Hyphenated compounds whose parts are words on their own: a line-end hyphen after or before
#: one of these is a real hyphen ("long-\nlasting" stays "long-lasting").
_COMPOUND_LEFT = frozenset(
    "two three four five one win long well high low self non socio people multi anti cross "
    "large small mid full part state short cost face year day follow co-op co ex semi post pre "
    "inter intra sub vice all first second third".split()
)
_COMPOUND_RIGHT = frozenset(
    "level term based related owned scale led run making to on up out wide way lasting "
    "oriented friendly making building sharing economic political operation year day".split()
)

_SMALL = frozenset("of and the for in on to a an at by with de du la".split())
WIDE_LINE = 130  # lines longer than this were not hard-wrapped: each one is a paragraph


def clean_text(text: str) -> str:
    """Return ``text`` as paragraphs, one per line, separated by a blank line."""
    text = _normalise(text)
    pages = [_page_lines(page) for page in text.split("\f")]
    if len(pages) > 1:
        pages = _drop_running_lines(pages)
    lines: list[str] = []
    for page in pages:
        lines.extend(page)
    lines = _drop_repeated_lines(lines)
    paragraphs: list[str] = []
    for block in _blocks(lines):
        paragraphs.extend(_join_block(block, text))
    return "\n\n".join(_merge_split_paragraphs(paragraphs, text))


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\f")
    return _CONTROL.sub("", text)


def _page_lines(page: str) -> list[str]:
    lines = [_SPACES.sub(" ", line).strip() for line in page.split("\n")]
    lines = ["" if _PAGE_NUMBER.match(line) else line for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _edges(lines: list[str], size: int = 3) -> list[int]:
    """Indexes of the first and last ``size`` non-empty lines of a page."""
    filled = [i for i, line in enumerate(lines) if line]
    return sorted(set(filled[:size] + filled[-size:]))


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop headers, footers and bare page numbers repeated at the edges of pages."""
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_key(lines[i]) for i in _edges(lines)})
    running = {key for key, count in seen.items() if count >= 2 and count * 2 >= len(pages)}
    kept_first: set[str] = set()
    result = []
    for number, lines in enumerate(pages):
        lines = list(lines)
        edges = _edges(lines)
        for position, i in enumerate(edges):
            key = _key(lines[i])
            if _BARE_NUMBER.match(lines[i]):
                lines[i] = ""
            elif key in running:
                at_top = number == 0 and position < 3 and i == edges[position]
                if at_top and key not in kept_first and i < len(lines) // 2 + 1:
                    kept_first.add(key)
                else:
                    lines[i] = ""
        result.append(lines)
    return result


def _drop_repeated_lines(lines: list[str]) -> list[str]:
    """Keep only the first of short unpunctuated lines repeated three times or more."""
    counts = Counter(_key(line) for line in lines if _furniture_like(line))
    repeated = {key for key, count in counts.items() if count >= 3}
    if not repeated:
        return lines
    seen: set[str] = set()
    result = []
    for line in lines:
        key = _key(line)
        if key in repeated and _furniture_like(line):
            if key in seen:
                continue
            seen.add(key)
        result.append(line)
    return result


def _furniture_like(line: str) -> bool:
    return 3 <= len(line) <= 80 and not _SENTENCE_END.search(line) and not line.islower()


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isupper() or c.islower())


def _starts_new(line: str) -> bool:
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'(" or not first.islower()


def _join_block(block: list[str], text: str) -> list[str]:
    """Join the hard-wrapped lines of a block into paragraphs (each line looked at once: the
    parts of a paragraph are collected in a list and joined at the end)."""
    width = max(len(line) for line in block)
    paragraphs: list[list[str]] = [[block[0]]]
    for prev, line in zip(block, block[1:], strict=False):
        parts = paragraphs[-1]
        if _LIST_MARKER.match(line):
            paragraphs.append([line])
        elif _hyphen_break(prev):
            if not _hyphen_kept(prev, line, text):
                parts[-1] = parts[-1][:-1]
            parts.append(line)
        elif _breaks(prev, line, width):
            paragraphs.append([line])
        elif _stray_stop(prev, line) and len(prev) < 0.7 * width:
            parts[-1] = parts[-1][:-1]
            parts.append(" " + line)
        else:
            parts.append(" " + line)
    return ["".join(parts) for parts in paragraphs]


_DATE_LINE = re.compile(
    r"^(?:[A-Z][\w:]*\s+){0,3}(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},"
    r"\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2})?$"
)


_BYLINE = re.compile(
    r"^(?:By|From:?|Written by|Posted by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)


def _stands_alone(line: str) -> bool:
    """A page's date line ("October 18, 2024 · 4 min read") or a byline ("By Sotheary Chhay")."""
    return bool(_DATE_LINE.match(line) or _BYLINE.match(line) or page_date(line))


def _breaks(prev: str, line: str, width: int) -> bool:
    """Whether a paragraph ends between the wrapped lines ``prev`` and ``line``."""
    if line[0].islower():
        return False
    if _stands_alone(line) or _stands_alone(prev):
        return True  # a date line ("Media release 7 March 2024") or a byline stands alone
    if _is_caps(prev) != _is_caps(line) and _has_letters(line) and _has_letters(prev):
        return True
    if width > WIDE_LINE or (_heading_like(prev) and _heading_like(line)):
        return not _continues(prev, line)
    short = len(prev) < 0.7 * width
    if _SENTENCE_END.search(prev) and short and _starts_new(line):
        return True
    return len(prev) < 0.5 * width and _starts_new(line)


def _heading_like(line: str) -> bool:
    """A short unpunctuated line in title case: a letterhead line, a title, a date."""
    if len(line) > 90 or _SENTENCE_END.search(line):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL]
    return bool(words) and all(w[0].isupper() for w in words)


def _continues(prev: str, line: str) -> bool:
    """Whether ``line`` reads on from ``prev`` ("MINISTRY OF FOREIGN AFFAIRS" / "AND …")."""
    first = line.split()[0].lower()
    last = prev.split()[-1].lower()
    return first in _SMALL or last in _SMALL or last.endswith(("-", ","))


def _has_letters(line: str) -> bool:
    return sum(c.isalpha() for c in line) >= 2


def _hyphen_break(prev: str) -> bool:
    return len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalpha()


def _join_hyphen(prev: str, line: str, text: str) -> str:
    """Join across a line-end hyphen: drop it for a split word, keep it for a compound."""
    return prev + line if _hyphen_kept(prev, line, text) else prev[:-1] + line


def _hyphen_kept(prev: str, line: str, text: str) -> bool:
    """Whether the hyphen ending ``prev`` stays when ``line`` is joined to it."""
    left = re.search(r"[\w-]*-$", prev[-80:])
    right = re.match(r"[\w-]+", line)
    left_word = left.group(0)[:-1] if left else ""
    right_word = right.group(0) if right else ""
    return not line[0].islower() or _is_compound(left_word, right_word, text)


def _is_compound(left: str, right: str, text: str) -> bool:
    """Whether "left-" at a line end and "right" on the next line are one hyphenated word.

    The text itself decides where it can (the word is written elsewhere with or without the
    hyphen); then word lists of compound parts; an adverb in -ly before the hyphen
    ("politically-motivated") is a compound; else the hyphen split one word ("coop-eration").
    """
    last_left = left.lower().split("-")[-1]
    first_right = right.lower().split("-")[0]
    if not left or not right:
        return True
    words = _vocabulary(text)
    hyphenated = f"{left}-{right}".lower()
    joined = f"{left}{right}".lower()
    if joined in words and hyphenated not in words:
        return False
    if hyphenated in words and joined not in words:
        return True
    if last_left in _COMPOUND_LEFT or first_right in _COMPOUND_RIGHT:
        return True
    return len(last_left) >= 5 and last_left.endswith("ly")


@lru_cache(maxsize=4)
def _vocabulary(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, hyphenated ones whole (computed once per text)."""
    return frozenset(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower()))


def _stray_stop(prev: str, line: str) -> bool:
    """A full stop before a lower-case continuation that is not an abbreviation's."""
    return (
        len(prev) > 1  # a lone "." is no sentence's stop: dropping it left a leading space
        and prev.endswith(".")
        and line[0].islower()
        and not _ABBREVIATION_END.search(prev)
        and not re.search(r"(?:^|[\s.])\w\.$", prev)  # initials and "U.S."
    )


def _merge_split_paragraphs(paragraphs: list[str], text: str) -> list[str]:
    """Re-join paragraphs split by a page break or a stray full stop.

    A paragraph that starts with a lower-case letter continues the one before it; a full stop
    that ended that one ("…the Chinese business." / "community in seeking…") is dropped.
    """
    result: list[str] = []
    for paragraph in paragraphs:
        prev = result[-1] if result else ""
        if prev and paragraph[0].islower() and not _LIST_MARKER.match(paragraph):
            if prev.endswith(":") or _is_caps(prev):
                result.append(paragraph)
            elif _hyphen_break(prev):
                result[-1] = _join_hyphen(prev, paragraph, text)
            elif _stray_stop(prev, paragraph):
                result[-1] = prev[:-1] + " " + paragraph
            else:
                result[-1] = prev + " " + paragraph
        else:
            result.append(paragraph)
    return result
