"""The words of a text to check, each with where it is and its language.

Latin-script words are English; Khmer runs are cut into words by ICU's dictionary word break
iterator (the same segmentation the PDF's line breaking uses). What is not a word to check is
left out: numbers and words glued to them (44th, A4), words in capitals (acronyms, surnames as
protocol writes them: HUN Manet), single letters, other scripts (Chinese names are not checked).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import icu

# Khmer letters and signs (not its punctuation U+17D4–17DA, the currency sign or digits),
# the Khmer symbols block, and the zero-width joiners that may sit inside a word.
_KHMER = "\u1780-\u17d3\u17dc\u17dd\u19e0-\u19ff\u200c\u200d"
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_WORDS = re.compile(
    rf"(?P<en>(?<![0-9{_LATIN}])[{_LATIN}]+(?:['’][{_LATIN}]+)*(?![0-9{_LATIN}]))"
    rf"|(?P<km>[{_KHMER}]+)"
)


class Token(NamedTuple):
    """A word (a tuple of atoms: the garbage collector stops tracking it, so the thousands an
    editor keeps cost no collection pauses)."""

    start: int  # in the text, in Python characters
    end: int
    word: str
    language: str  # "en" or "km"


@cache
def _khmer_breaker() -> icu.BreakIterator:
    return icu.BreakIterator.createWordInstance(icu.Locale("km"))


def _khmer_words(run: str) -> list[tuple[int, int]]:
    """Word boundaries in a run of Khmer (offsets in Python characters: Khmer is all in the
    Basic Multilingual Plane, so ICU's UTF-16 offsets are the same)."""
    breaker = _khmer_breaker()
    breaker.setText(run)
    spans, start = [], breaker.first()
    for end in breaker:
        spans.append((start, end))
        start = end
    return spans


def _worth_checking(word: str) -> bool:
    return len(word) > 1 and not (word.isupper() and word.isalpha())


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for match in _WORDS.finditer(text):
        if match.group("en") is not None:
            word = match.group("en")
            if _worth_checking(word):
                out.append(Token(match.start(), match.end(), word, "en"))
            continue
        run, base = match.group("km"), match.start()
        for start, end in _khmer_words(run):
            word = run[start:end].strip("\u200c\u200d")
            if word:
                out.append(Token(base + start, base + end, word, "km"))
    return out
