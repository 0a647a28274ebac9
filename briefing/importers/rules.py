"""The press-release word lists (``press_release_rules.json``), loaded and compiled once.

The file lives in ``resources/importers/`` (installed as package data of ``briefing.resources``);
when the project is run from a source tree without being installed, the repository copy is used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from briefing.model import ItemKind, MeetingKind

RULES_FILE = "press_release_rules.json"
STRONG, WEAK = 3, 1

_KIND_ORDER = (ItemKind.CONCERN, ItemKind.REQUEST, ItemKind.PLEDGE, ItemKind.AGREEMENT)


_LEADING_WORD = re.compile(r"\w+")


class Boilerplate:
    """Page furniture and mailing-list lines ("You are subscribed to…", "Related news"): its
    phrases (case-insensitive, at a word's start) and patterns. :meth:`search` is asked of every
    sentence; one case-insensitive alternation of dozens of phrases costs ~35 µs a sentence, so
    the phrases are first looked for as plain substrings of the lower-cased text (~3 µs)."""

    def __init__(self, phrases: list[str], patterns: list[str]) -> None:
        lowered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
        self._any = re.compile("|".join(re.escape(p) for p in lowered) or "(?!x)x")
        alternatives = [rf"(?<!\w){re.escape(p)}" for p in phrases]
        self._phrases = re.compile("|".join(f"(?:{p})" for p in alternatives) or "(?!x)x", re.I)
        # patterns that can match only at the start are tried there once, not at every char
        anchored = [p for p in patterns if _anchored(p)]
        floating = [p for p in patterns if not _anchored(p)]
        self._anchored = re.compile("|".join(f"(?:{p})" for p in anchored) or "(?!x)x", re.I)
        self._patterns = re.compile("|".join(f"(?:{p})" for p in floating) or "(?!x)x", re.I)

    def search(self, text: str) -> re.Match[str] | None:
        """A match of a phrase or pattern in ``text`` (any one), or None."""
        found = self._anchored.match(text) or self._patterns.search(text)
        if found is not None:
            return found
        lowered = text.lower()
        if self._any.search(lowered) is not None:  # a phrase inside it, in one scan
            return self._phrases.search(text)
        return None


def _anchored(pattern: str) -> bool:
    """Whether ``pattern`` begins with ``^`` and has no ``|`` outside brackets (so it can
    only match at the start of the text)."""
    if not pattern.startswith("^"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


def phrase_pattern(phrases: list[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words, the longest first.

    The phrases are grouped by their first letter, matched case-sensitively in its cases
    (``(?-i:[Ww])ill``): Python's regex engine skips a branch whose first character is a
    plain set without entering it, not one compared ignoring case, and a rule of hundreds
    of phrases was tried phrase by phrase at every character (same matches, ~3x faster)."""
    ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    if not ordered:
        return re.compile(r"(?!x)x")
    groups: dict[str, list[str]] = {}  # by first letter, longest first within each
    for phrase in ordered:
        groups.setdefault(phrase[0].lower() if ignore_case else phrase[0], []).append(phrase)
    branches = []
    for phrases_of_letter in groups.values():
        first = phrases_of_letter[0][0]
        cases = {first} | (
            {c for c in (first.lower(), first.upper()) if len(c) == 1} if ignore_case else set()
        )
        rests = "|".join(_escaped(p[1:]) for p in phrases_of_letter)
        branches.append(f"(?-i:[{''.join(re.escape(c) for c in sorted(cases))}])(?:{rests})")
    body = "|".join(branches)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


def _escaped(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


@dataclass
class Rules:
    """Compiled rules. ``raw`` is the JSON as read."""

    raw: dict
    honorific: re.Pattern[str] = field(init=False)
    title: re.Pattern[str] = field(init=False)
    portfolio: re.Pattern[str] = field(init=False)  # one word of a ministry's portfolio
    country: re.Pattern[str] = field(init=False)
    country_of: dict[str, str] = field(init=False)  # lower-case name or demonym -> canonical
    country_names: dict[str, list[str]] = field(init=False)  # canonical -> its names
    demonyms: frozenset[str] = field(init=False)  # "Japanese", "Cambodian", as written
    country_of_names: frozenset[str] = field(init=False)  # "Singapore", "Japan": names only
    actors: re.Pattern[str] = field(init=False)  # "side", "minister": a demonym then speaks
    city: re.Pattern[str] = field(init=False)
    city_country: dict[str, str] = field(init=False)  # lower-case city -> canonical country
    city_name: dict[str, str] = field(init=False)  # lower-case city -> city as listed
    both_sides: re.Pattern[str] = field(init=False)
    pronouns: frozenset[str] = field(init=False)
    reporting_verbs: frozenset[str] = field(init=False)
    clause_verbs: frozenset[str] = field(init=False)
    speech_verbs: re.Pattern[str] = field(init=False)
    speech_words: frozenset[str] = field(init=False)  # one-word speech verbs, lower case
    stance_words: frozenset[str] = field(init=False)  # "is ready", "are satisfied": a view
    kinds: list[tuple[ItemKind, re.Pattern[str]]] = field(init=False)
    both_only: re.Pattern[str] = field(init=False)
    agreement_cues: re.Pattern[str] = field(init=False)
    joint_acts: re.Pattern[str] = field(init=False)
    view_only: re.Pattern[str] = field(init=False)
    future: re.Pattern[str] = field(init=False)
    boilerplate: Boilerplate = field(init=False)
    courtesy: re.Pattern[str] = field(init=False)
    substance_verbs: frozenset[str] = field(init=False)
    intent_areas: frozenset[str] = field(init=False)
    deliverables: re.Pattern[str] = field(init=False)
    not_pledge: re.Pattern[str] = field(init=False)  # "would like"
    documents: re.Pattern[str] = field(init=False)  # an entry of a list of signed documents
    organisations: re.Pattern[str] = field(init=False)  # ASEAN, UN …: officials of no side
    general_areas: frozenset[str] = field(init=False)
    area: re.Pattern[str] = field(init=False)
    area_weights: dict[str, list[tuple[str, int]]] = field(init=False)  # phrase -> (key, weight)
    meeting_kinds: list[tuple[MeetingKind, re.Pattern[str]]] = field(init=False)
    occasion: re.Pattern[str] = field(init=False)
    issuer: re.Pattern[str] = field(init=False)
    department: re.Pattern[str] = field(init=False)
    furniture: frozenset[str] = field(init=False)
    agencies: dict[str, str] = field(init=False)  # wire code, lower case -> issuer
    venues: dict[str, str] = field(init=False)  # venue, lower case -> its city
    side_hints: list[tuple[re.Pattern[str], str]] = field(init=False)  # words -> a side
    abbreviations: frozenset[str] = field(init=False)
    english_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        raw = self.raw
        self.honorific = phrase_pattern(raw["honorifics"], ignore_case=False)
        self.title = phrase_pattern(raw["titles"])
        self.organisations = phrase_pattern(raw.get("organisations", []), ignore_case=False)
        self.portfolio = phrase_pattern(raw.get("portfolio_words", []))
        self.country_of, self.country_names = {}, {}
        for canonical, entry in raw["countries"].items():
            names = [canonical, *entry.get("names", [])]
            self.country_names[canonical] = names
            for word in [*names, *entry.get("demonyms", [])]:
                self.country_of[word.lower()] = canonical
        self.country = phrase_pattern(
            [w for e in raw["countries"].values() for w in (*e["names"], *e["demonyms"])]
            + list(raw["countries"]),
            ignore_case=False,
        )
        self.demonyms = frozenset(d for e in raw["countries"].values() for d in e["demonyms"])
        self.country_of_names = frozenset(n for names in self.country_names.values() for n in names)
        self.actors = phrase_pattern(raw.get("actors", []))
        self.city_country = {c.lower(): k for c, k in raw["cities"].items()}
        self.city_name = {c.lower(): c for c in raw["cities"]}
        self.city = phrase_pattern(list(raw["cities"]), ignore_case=False)
        nouns = sorted(raw.get("both_sides_nouns", []), key=len, reverse=True)
        generic = (
            r"\b(?:the\s+two|both)\s+(?:[A-Za-z-]+\s+){0,2}?(?:"
            + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
            + r")\b"
        )
        listed = phrase_pattern(raw["both_sides"]).pattern
        self.both_sides = re.compile(f"{listed}|{generic}" if nouns else listed, re.IGNORECASE)
        self.pronouns = frozenset(p.lower() for p in raw["pronouns"])
        self.reporting_verbs = frozenset(v.lower() for v in raw["reporting_verbs"])
        self.clause_verbs = frozenset(v.lower() for v in raw["clause_verbs"])
        self.speech_verbs = phrase_pattern(raw["speech_verbs"])
        self.speech_words = frozenset(v.lower() for v in raw["speech_verbs"] if " " not in v)
        self.stance_words = frozenset(w.lower() for w in raw.get("stance_words", []))
        cues = raw["item_kinds"]
        self.kinds = [(kind, phrase_pattern(cues[kind.value])) for kind in _KIND_ORDER]
        self.both_only = phrase_pattern(cues.get("both_only", []))
        self.agreement_cues = self.kinds[3][1]
        self.joint_acts = phrase_pattern(cues.get("joint_acts", []))
        self.view_only = phrase_pattern(cues.get("view_only", []))
        self.future = phrase_pattern(cues.get("future", []))
        self.boilerplate = Boilerplate(
            raw.get("boilerplate", []), raw.get("boilerplate_patterns", [])
        )
        courtesy = raw.get("courtesy", [])
        self.courtesy = re.compile("|".join(f"(?:{p})" for p in courtesy) or "(?!x)x", re.I)
        self.substance_verbs = frozenset(v.lower() for v in raw.get("substance_verbs", []))
        intent = raw.get("intent_only", {})
        self.intent_areas = frozenset(intent.get("areas", []))
        self.deliverables = phrase_pattern(intent.get("deliverables", []))
        self.not_pledge = phrase_pattern(cues.get("not_pledge", []))
        self.documents = phrase_pattern(raw.get("documents", []), ignore_case=False)
        self.general_areas = frozenset(raw.get("general_areas", []))
        self.area_weights = {}
        for key, lists in raw["areas"].items():
            for weight, name in ((STRONG, "strong"), (WEAK, "weak")):
                for phrase in lists.get(name, []):
                    self.area_weights.setdefault(_fold(phrase), []).append((key, weight))
        phrases = [p for lists in raw["areas"].values() for ps in lists.values() for p in ps]
        self.area = phrase_pattern(phrases)
        #: the leading word of every area phrase, lower case: the regex is tried only where one
        #: begins (a long alternation tried at every character cost 60 µs a sentence)
        self.area_first_words = frozenset(
            m.group(0).lower() for p in phrases if (m := _LEADING_WORD.match(p))
        )
        self.meeting_kinds = [
            (MeetingKind(entry["kind"]), phrase_pattern(entry["cues"]))
            for entry in raw["meeting_kinds"]
        ]
        self.occasion = phrase_pattern(raw["occasion_cues"])
        self.issuer = phrase_pattern(raw["issuer_words"])
        self.department = phrase_pattern(raw["department_words"])
        self.furniture = frozenset(_fold(f) for f in raw["furniture"])
        self.agencies = {k.lower(): v for k, v in raw.get("agencies", {}).items()}
        # the longest first: "Istana Nurul Iman" (Bandar Seri Begawan) before "Istana"
        self.venues = {
            k.lower(): v
            for k, v in sorted(raw.get("venues", {}).items(), key=lambda kv: -len(kv[0]))
        }
        self.side_hints = [
            (phrase_pattern(words, ignore_case=False), country)
            for country, words in raw.get("side_hints", {}).items()
        ]
        self.abbreviations = frozenset(a.lower().rstrip(".") for a in raw["abbreviations"])
        self.english_words = frozenset(w.lower() for w in raw["english_words"])

    def weights(self, phrase: str) -> list[tuple[str, int]]:
        return self.area_weights.get(_fold(phrase), [])

    def canonical_country(self, word: str) -> str | None:
        return self.country_of.get(_fold(word))


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def default_rules_path() -> Path | None:
    """The rules file of this source tree if there is one, else the installed copy; None if
    neither exists. The source tree's copy comes first so that the code and the word lists
    always match (an editable install may point the package data at another checkout)."""
    here = Path(__file__).resolve().parents[2] / "resources" / "importers" / RULES_FILE
    if here.is_file():
        return here
    try:
        installed = resources.files("briefing.resources").joinpath("importers", RULES_FILE)
        if installed.is_file():
            return Path(str(installed))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return None


@lru_cache(maxsize=8)
def load_rules(path: Path | None = None) -> Rules:
    """Load and compile the rules (cached); ``path`` overrides the bundled file."""
    path = path or default_rules_path()
    if path is None:
        raise FileNotFoundError(f"the importer's word lists ({RULES_FILE}) are missing")
    with open(path, encoding="utf-8") as handle:
        return Rules(json.load(handle))
