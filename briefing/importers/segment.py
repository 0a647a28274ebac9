"""Cut clean text into paragraphs, sentences and clauses, keeping offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.importers.rules import Rules

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(
    "[.!?]+['\"\u201d\u2019)]*(?=\\s|$)"  # . ! ? before a space
    "|[\u3002\uff01\uff1f]+[\u201d\u2019\u300d\u300f\uff09)]*"  # Chinese full stops
    "|[\u17d4\u17d5]+[\u201d\u2019\u00bb)]*"  # Khmer khan and bariyoosan
)
_NEXT_CHAR = re.compile(r"\s*(\S)")
_CJK_END = frozenset("\u3002\uff01\uff1f\u17d4\u17d5")
#: An abbreviation is never longer than this; a longer "word" before a full stop ends a sentence.
_LONGEST_ABBREVIATION = 24
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\)|\(?[ivx]{1,4}\)|[•▪●◦*–-])\s+")
#: a word of Latin letters (apostrophes and hyphens inside)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_JOINT = re.compile(r"(?:;\s+|,?\s+(?:and|while|whereas|but)\s+)")


@dataclass(frozen=True)
class Span:
    """A stretch of the clean text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines of clean text (each is a paragraph), list markers cut off."""
    result = []
    for match in _PARAGRAPH.finditer(text):
        start, body = match.start(), match.group(0)
        marker = _LIST_MARKER.match(body)
        if marker:
            start += marker.end()
            body = body[marker.end() :]
        stripped = body.strip()
        if stripped:
            offset = body.index(stripped)
            result.append(Span(start + offset, start + offset + len(stripped), stripped))
    return result


_CACHE: dict[tuple[Span, int], list[Span]] = {}
_CACHE_SIZE = 64


def sentences(paragraph: Span, rules: Rules) -> list[Span]:
    """Split a paragraph at full stops that end sentences (not "H.E.", "Dr.", "U.S.", "1.").

    Several readers (dates, place, participants, items) ask for the same paragraphs: the
    answers are kept for the last few paragraphs, so each paragraph is split once.
    """
    key = (paragraph, id(rules))
    found = _CACHE.get(key)
    if found is None:
        found = _split(paragraph, rules)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = found
    return list(found)


def _split(paragraph: Span, rules: Rules) -> list[Span]:
    text = paragraph.text
    result: list[Span] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        mark = match.group(0)[0]
        if mark in _CJK_END:  # no space follows these; they always end a sentence
            _add(result, paragraph, begin, end)
            begin = end
            continue
        if mark == "." and not _ends_sentence(text, match.start(), rules):
            continue
        if mark == "." and "\u1780" <= text[match.start() - 1 : match.start()] <= "\u17ff":
            continue  # "គ.ស.ស.", "ព.ស.": Khmer abbreviations; Khmer ends sentences with ។
        following = _NEXT_CHAR.match(text, end)
        first = following.group(1) if following else ""
        if first and not (
            first.isupper() or first.isdigit() or first in "\"“‘'(" or not first.isascii()
        ):
            continue  # "… the U.S. side" / "… etc. and"
        _add(result, paragraph, begin, end)
        begin = end
    _add(result, paragraph, begin, len(text))
    return result


def _add(result: list[Span], paragraph: Span, begin: int, end: int) -> None:
    chunk = paragraph.text[begin:end]
    stripped = chunk.strip()
    if stripped:
        start = paragraph.start + begin + chunk.index(stripped)
        result.append(Span(start, start + len(stripped), stripped))


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def _ends_sentence(text: str, dot: int, rules: Rules) -> bool:
    """Whether the full stop at ``dot`` ends a sentence rather than an abbreviation."""
    if dot >= 2 and text[dot - 1].isupper() and text[dot - 2] in " .(":  # "J." "U.S."
        return False
    start = dot
    while start > 0 and not text[start - 1].isspace() and dot - start <= _LONGEST_ABBREVIATION:
        start -= 1
    if start == dot or dot - start > _LONGEST_ABBREVIATION:
        return True
    original = text[start:dot].lstrip("(\"“'‘")
    if not original:
        return True
    word = original.lower()
    if word in rules.abbreviations or word.rstrip(".") in rules.abbreviations:
        return False
    if _DOTTED.fullmatch(word):  # U.S, e.g, a.m
        return False
    if len(original) == 1 and original.isupper():  # an initial: "John F. Kennedy"
        return False
    return not (word.isdigit() and dot < 4)


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence; ``shared_subject`` if it continues the subject before it."""

    span: Span
    shared_subject: bool


def clauses(sentence: Span, rules: Rules) -> list[Clause]:
    """Split a sentence where "and"/";"/"while" starts a new reporting verb.

    "Both sides expressed satisfaction … and commit to encourage more tourism exchanges" is two
    clauses; the second shares the subject of the first. "…, and China pledged …" is a clause
    with its own subject.
    """
    text = sentence.text
    cuts: list[tuple[int, int, bool]] = []  # (joint start, clause start, shared subject)
    for joint in _CLAUSE_JOINT.finditer(text):
        if joint.start() < 12:
            continue
        words = [w.lower() for w in LATIN_WORD.findall(text[joint.end() : joint.end() + 80])][:7]
        shared = _leading_verb(words, rules)
        if shared is not None:
            cuts.append((joint.start(), joint.end(), shared))
    if not cuts:
        return [Clause(sentence, False)]
    if not _has_verb(text[: cuts[0][0]], rules):
        return [Clause(sentence, False)]
    result = []
    begin, shared_prev = 0, False
    for joint_start, clause_start, shared in cuts:
        _add_clause(result, sentence, begin, joint_start, shared_prev)
        begin, shared_prev = clause_start, shared
    _add_clause(result, sentence, begin, len(text), shared_prev)
    return result


def _leading_verb(words: list[str], rules: Rules) -> bool | None:
    """True: a verb follows at once (shared subject); False: after a short subject; None: no."""
    adverbs = {"also", "further", "jointly", "both", "then", "they", "he", "she", "it"}
    for position, word in enumerate(words):
        if word in ("and", "or", "but"):
            return None
        if word in rules.clause_verbs:
            if position == 0 or all(w in adverbs for w in words[:position]):
                return not any(w in {"they", "he", "she", "it"} for w in words[:position])
            return False if position <= 4 and _subject_like(words[:position], rules) else None
        if position >= 4:
            return None
    return None


def _subject_like(words: list[str], rules: Rules) -> bool:
    phrase = " ".join(words)
    if rules.both_sides.fullmatch(phrase):
        return True
    return words[0] in {"the", "he", "she", "they", "it"} or bool(
        rules.country.search(" ".join(w.capitalize() for w in words))
    )


def _has_verb(text: str, rules: Rules) -> bool:
    return any(w.lower() in rules.reporting_verbs for w in LATIN_WORD.findall(text))


def _add_clause(result: list[Clause], sentence: Span, begin: int, end: int, shared: bool) -> None:
    chunk = sentence.text[begin:end]
    stripped = chunk.strip(" ,;")
    if stripped:
        start = sentence.start + begin + chunk.index(stripped)
        result.append(Clause(Span(start, start + len(stripped), stripped), shared))


def words(text: str) -> list[str]:
    """Latin-script words of ``text``."""
    return LATIN_WORD.findall(text)
