"""The importer's word-list patterns, made fast, find what the plain alternations found."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.importers.native_rules import COUNTRY_CONTEXT, load_lang_rules, matching_copy
from briefing.importers.readers import read_file
from briefing.importers.rules import default_rules_path, phrase_pattern

CORPUS = Path(__file__).parent / "corpus"


def _plain(phrases: list[str], ignore_case: bool) -> re.Pattern[str]:
    """The alternation of every phrase, longest first, as the rules were first compiled."""
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


def _corpus_texts(suffix: str = "") -> list[str]:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    return [read_file(p).text for p in files if suffix in p.name]


def _word_lists() -> list[tuple[str, list[str], bool]]:
    raw = json.loads(default_rules_path().read_text(encoding="utf-8"))
    lists = [
        ("honorifics", raw["honorifics"], False),
        ("titles", raw["titles"], True),
        ("organisations", raw.get("organisations", []), False),
        ("portfolio_words", raw.get("portfolio_words", []), True),
        ("actors", raw.get("actors", []), True),
        ("cities", list(raw["cities"]), False),
        ("speech_verbs", raw["speech_verbs"], True),
        ("documents", raw.get("documents", []), False),
        ("occasion_cues", raw["occasion_cues"], True),
        ("issuer_words", raw["issuer_words"], True),
    ]
    lists += [(f"item_kinds.{k}", v, True) for k, v in raw["item_kinds"].items() if v]
    lists.append(
        (
            "countries",
            [w for e in raw["countries"].values() for w in (*e["names"], *e["demonyms"])]
            + list(raw["countries"]),
            False,
        )
    )
    return lists


@pytest.mark.parametrize(("name", "phrases", "ignore_case"), _word_lists())
def test_phrase_pattern_finds_what_the_plain_alternation_found(name, phrases, ignore_case):
    fast, plain = phrase_pattern(phrases, ignore_case=ignore_case), _plain(phrases, ignore_case)
    texts = _corpus_texts()[::3] + [
        " ".join(phrases),  # every phrase, next to the others
        " ".join(p.upper() for p in phrases) + " " + " ".join(p.title() for p in phrases),
        "x".join(phrases),  # inside words: none
    ]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], name


def _first_country(rules, text: str) -> tuple[str, int] | None:  # noqa: ANN001
    """Each name looked for in turn (longest first), the leftmost kept; "X方" the same."""
    best = None
    for name, canonical in rules.countries:
        found = re.search(
            re.escape(name) + (COUNTRY_CONTEXT if name in rules.guarded else ""), text
        )
        at = found.start() if found else -1
        if at >= 0 and (best is None or at < best[1]):
            best = (canonical, at)
    for char, canonical in rules.short_countries.items():
        at = text.find(char + "方")
        if at >= 0 and (best is None or at < best[1]):
            best = (canonical, at)
    return best


@pytest.mark.parametrize("language", ["km", "zh"])
def test_country_in_finds_the_leftmost_longest_name_as_a_search_by_name_did(language):
    rules = load_lang_rules(language)
    texts = [matching_copy(t) for t in _corpus_texts(f"-{language}-")]
    assert texts
    pieces = [piece for text in texts for piece in re.split(r"[。។\n]", text) if piece]
    for piece in (
        pieces + [name for name, _ in rules.countries] + [f"{c}方" for c in rules.short_countries]
    ):
        assert rules.country_in(piece) == _first_country(rules, piece), piece
