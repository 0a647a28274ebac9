"""Where lines may break in scripts written without spaces between words.

Khmer (and Thai, Lao and Burmese) separate words by nothing, so a line breaker that looks for
spaces either overflows or, as reportlab does, cuts the word anywhere. The word boundaries
come from ICU's dictionary-based line break iterator (PyICU), the same engine LibreOffice
uses: :func:`line_breaks`. A zero-width space (U+200B) typed by the writer is a break in ICU's
rules too.

A word wider than a whole line must still break somewhere: :func:`syllable_breaks` gives the
places between its written syllables (never inside a consonant stack), used only for such
words (see :mod:`briefing.export.pdf.text`).
"""

from __future__ import annotations

import threading
from functools import lru_cache

__all__ = ["cluster_breaks", "line_breaks", "syllable_breaks"]

COENG = "\u17d2"
_local = threading.local()


def _iterator():  # noqa: ANN202 - an icu.BreakIterator
    """One line break iterator per thread (ICU iterators are not thread-safe)."""
    found = getattr(_local, "iterator", None)
    if found is None:
        import icu

        found = _local.iterator = icu.BreakIterator.createLineInstance(icu.Locale("km"))
    return found


@lru_cache(maxsize=20_000)
def line_breaks(text: str) -> tuple[int, ...]:
    """The offsets inside ``text`` (0 < offset < len) where ICU allows a line break.

    Offsets count Python characters (code points); ICU counts UTF-16 units, converted here.
    """
    if len(text) < 2:
        return ()
    iterator = _iterator()
    iterator.setText(text)
    units = list(iterator)
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return tuple(b for b in units if 0 < b < len(text))
    # astral characters take two UTF-16 units: map unit offsets back to code points
    to_char: dict[int, int] = {}
    unit = 0
    for i, char in enumerate(text):
        to_char[unit] = i
        unit += 2 if ord(char) >= 0x10000 else 1
    return tuple(to_char[b] for b in units if b in to_char and 0 < to_char[b] < len(text))


def _khmer_base(char: str) -> bool:
    return "\u1780" <= char <= "\u17b3"  # consonants and independent vowels


def syllable_breaks(word: str) -> list[int]:
    """Offsets inside a Khmer ``word`` between written syllables: before an independent vowel
    or before a consonant that carries a vowel sign, a sign or a subscript and is not itself
    subscript (a bare consonant is most often the final of the syllable before, as the ស of
    ប្រទេស). When that finds nothing, before any base consonant not after a coeng."""
    starts = []
    for i in range(1, len(word)):
        char, prev = word[i], word[i - 1]
        if prev == COENG:
            continue
        if "\u17a3" <= char <= "\u17b3":
            starts.append(i)
        elif "\u1780" <= char <= "\u17a2" and i + 1 < len(word):
            if "\u17b6" <= word[i + 1] <= "\u17d2":
                starts.append(i)
    if starts:
        return starts
    return cluster_breaks(word)


def cluster_breaks(word: str) -> list[int]:
    """Offsets inside a Khmer ``word`` before each base consonant or independent vowel that is
    not subscript: between consonant clusters, the last resort."""
    return [i for i in range(1, len(word)) if _khmer_base(word[i]) and word[i - 1] != COENG]
