"""The word lists of a release in Khmer or Chinese, and the matching copy of its text.

Matching is done on a copy of the text of the same length in which Khmer and full-width digits
are ASCII and the two spellings of the Khmer subscript ta/da are one, so every offset found
points into the text itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.importers.rules import default_rules_path

_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩０１２３４５６７８９", "01234567890123456789")


_KHMER_DA = ("\u17d2\u178a", "\u17d2\u178f")  # coeng da -> coeng ta (same length)


#: what follows a country's name where it names the country: a side (方), an office (外长,
#: 总统, 首相, 驻…大使), its government, people or a list's mark
COUNTRY_CONTEXT = (
    "(?=[方外总總首政驻駐大籍的和与與同两兩、，,。）)副部王代议議常人经經贸貿官军軍国國企商新第]|$)"
)


@dataclass
class LangRules:
    """One language's compiled word lists."""

    language: str
    raw: dict
    countries: list[tuple[str, str]] = field(init=False)  # (name, canonical), longest first
    country_pattern: re.Pattern[str] = field(init=False)  # any of them, leftmost and longest
    guarded: set[str] = field(init=False)  # names read only before COUNTRY_CONTEXT
    short_countries: dict[str, str] = field(init=False)  # one-character names: only before 方
    months: dict[str, int] = field(init=False)
    _words: dict[str, tuple[str, ...]] = field(init=False, default_factory=dict)
    _hints: list[tuple[str, tuple[str, ...]]] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        pairs = []
        self.short_countries = {}
        for canonical, names in self.raw["countries"].items():
            for name in names:
                if len(name) == 1:
                    self.short_countries[name] = canonical
                else:
                    pairs.append((matching_copy(name), canonical))
        kept = {name for name, _ in pairs}
        self.guarded = guarded = set()  # names of two characters not kept by hand: "阿曼达"
        for canonical, names in self.raw.get("more_countries", {}).items():
            for name in map(matching_copy, names):
                if name in kept or (self.language == "km" and len(name) < 5):
                    continue  # a Khmer name this short is a syllable of other words
                pairs.append((name, canonical))
                if self.language == "zh" and len(name) <= 2:
                    guarded.add(name)
        self.countries = sorted(pairs, key=lambda p: -len(p[0]))
        # one scan finds the leftmost name, the longest at a place (as the list is ordered)
        self.country_pattern = self._country_names = re.compile(
            "|".join(
                re.escape(name) + (COUNTRY_CONTEXT if name in guarded else "")
                for name, _ in self.countries
            )
            or "(?!x)x"
        )
        self._canonical: dict[str, str] = {}
        for name, canonical in self.countries:
            self._canonical.setdefault(name, canonical)
        self._short_sides = re.compile(
            "|".join(re.escape(c) + "方" for c in self.short_countries) or "(?!x)x"
        )
        self.months = {matching_copy(k): v for k, v in self.raw.get("months", {}).items()}

    def words(self, key: str) -> tuple[str, ...]:
        """The word list ``key`` as matched (matching copies), longest first; made once, as the
        readers ask for the same lists at every sentence."""
        found = self._words.get(key)
        if found is None:
            found = tuple(
                sorted((matching_copy(w) for w in self.raw.get(key, [])), key=len, reverse=True)
            )
            self._words[key] = found
        return found

    def side_hints(self) -> list[tuple[str, tuple[str, ...]]]:
        """(country, its hint words as matched), made once."""
        found = self._hints
        if found is None:
            found = self._hints = [
                (country, tuple(matching_copy(h) for h in hints))
                for country, hints in self.raw.get("side_hints", {}).items()
            ]
        return found

    def side_in(self, text: str) -> str:
        """The country of the first one-character side mark in ``text`` ("泰方"), or ""."""
        short = self._short_sides.search(text)
        return self.short_countries[short.group(0)[0]] if short else ""

    def country_in(self, text: str) -> tuple[str, int] | None:
        """The first country named in ``text``: (canonical, offset)."""
        best: tuple[str, int] | None = None
        name = self._country_names.search(text)
        if name is not None:
            best = (self._canonical[name.group(0)], name.start())
        short = self._short_sides.search(text)
        if short is not None and (best is None or short.start() < best[1]):
            best = (self.short_countries[short.group(0)[0]], short.start())
        return best


def matching_copy(text: str) -> str:
    """The matching copy: ASCII digits, one spelling of coeng ta/da (length kept)."""
    return text.translate(_DIGITS).replace(*_KHMER_DA)


@lru_cache(maxsize=4)
def load_lang_rules(language: str) -> LangRules:
    base = default_rules_path()
    if base is None:
        raise FileNotFoundError("the importer's word lists are missing")
    path = base.parent / f"press_release_rules_{language}.json"
    with open(path, encoding="utf-8") as handle:
        raw = json.load(handle)
    more = base.parent / "countries_native.json"  # made by make_native_countries.py
    if more.is_file():
        with open(more, encoding="utf-8") as handle:
            raw["more_countries"] = json.load(handle).get(language, {})
    return LangRules(language, raw)
