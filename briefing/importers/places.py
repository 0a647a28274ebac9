"""Where a meeting took place: a gazetteer of cities (``resources/importers/gazetteer.json``).

The gazetteer is generated from GeoNames and pycountry by ``make_gazetteer.py`` beside it, so
the app needs neither package (180 MB and 23 MB) at run time: about 6,800 cities (those of
100,000 people or more, every capital and a few seats of government, every town of Cambodia and
its neighbours), each with its country and its spellings in Latin, Khmer and Chinese script.
A name that several cities share goes to the most populous one, unless one of the release's
two countries has a city of that name. About 62,000 smaller towns abroad (5,000 people or more,
``gazetteer_towns.json``, loaded on first need) are read only where the release says what they
are: "in Karuizawa, Japan", "the resort town of Sharm el-Sheikh".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.importers.rules import default_rules_path

GAZETTEER_FILE = "gazetteer.json"
TOWNS_FILE = "gazetteer_towns.json"
#: a place's name in Latin letters: capitalised words, with the joining words of names such
#: as "Rio de Janeiro", "Dar es Salaam", "Port of Spain" between them
_JOINING = r"(?:de|da|do|dos|das|del|di|du|des|la|le|el|es|of|am)"
_LATIN_NAME = re.compile(
    rf"[A-Z][\w'’.-]*(?: (?:{_JOINING} )?(?:(?:al|el|ad|as|ash|at|az|ar)-)?[A-Z][\w'’.-]*){{0,3}}"
)


@dataclass(frozen=True)
class City:
    name: str  # English: "Hanoi"
    country: str  # canonical country: "Viet Nam"
    capital: bool


@dataclass
class Gazetteer:
    by_name: dict[str, list[City]]  # any spelling (case kept for Latin) -> cities
    capitals: dict[str, City]  # canonical country -> its capital
    longest_latin: int  # words in the longest Latin spelling
    native_lengths: tuple[int, ...]  # lengths of the Khmer and Chinese spellings, longest first

    def lookup(self, written: str, countries: tuple[str, ...] = ()) -> City | None:
        """The city written so (a side's city first, then the most populous)."""
        found = self.by_name.get(written.strip())
        if not found:
            found = self.by_name.get(_title(written.strip()))
        if not found:
            return None
        for city in found:
            if city.country in countries:
                return city
        return found[0]

    def native_in(self, text: str, countries: tuple[str, ...] = ()) -> list[tuple[City, int, int]]:
        """Khmer and Chinese city names in ``text``: (city, start, end), longest first at each
        position. Linear in ``len(text)`` times the few lengths of names."""
        result: list[tuple[City, int, int]] = []
        pos = 0
        while pos < len(text):
            if text[pos].isascii():
                pos += 1
                continue
            for length in self.native_lengths:
                city = self.lookup(text[pos : pos + length], countries) if length > 1 else None
                if city is not None:
                    result.append((city, pos, pos + length))
                    pos += length - 1
                    break
            pos += 1
        return result

    def latin_at(self, text: str, pos: int, countries: tuple[str, ...] = ()) -> tuple[City, int]:
        """The longest Latin city name starting at ``pos``: (city, end) or raises KeyError."""
        match = _LATIN_NAME.match(text, pos)
        if match is None:
            raise KeyError(pos)
        words = match.group(0).split(" ")[: self.longest_latin]
        for count in range(len(words), 0, -1):
            candidate = " ".join(words[:count]).rstrip(".")
            candidate = _POSSESSIVE_END.sub("", candidate)  # "in Hanoi's Ba Dinh district"
            city = self.lookup(candidate, countries)
            if city is not None:
                return city, pos + len(candidate)
        raise KeyError(pos)


_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")


def _title(text: str) -> str:
    """ "PHNOM PENH" -> "Phnom Penh" (datelines are written in capitals)."""
    if text.isupper():
        return " ".join(w.capitalize() for w in text.split())
    return text


def gazetteer_path() -> Path | None:
    rules = default_rules_path()
    if rules is None:
        return None
    path = rules.parent / GAZETTEER_FILE
    return path if path.is_file() else None


#: other names of towns that are everyday words in a release ("联合" joint, "来宾" guests,
#: "民主" democracy, "胜利" victory): never read as a place
_COMMON_WORDS = frozenset(
    "联合 聯合 胜利 勝利 安康 来宾 來賓 中山 天府 新安 三河 平阳 玉山 青阳 关口 阿巴 科塔 佩斯 "
    "或索 普陀 宝山 寶山 嘉定 光明 太平 新城 民主 永安".split()
)


#: the names releases use for towns GeoNames files under another (or not at all as Latin)
_EVERYDAY_NAMES = {
    "HCMC": "Ho Chi Minh City",
    "Saigon": "Ho Chi Minh City",
    "Poipet": "Paoy Paet",
    "Rangoon": "Yangon",
}


@lru_cache(maxsize=2)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load the gazetteer (cached); an empty one if the file is missing."""
    path = path or gazetteer_path()
    rows = []
    if path is not None:
        with open(path, encoding="utf-8") as handle:
            rows = json.load(handle)["cities"]
    by_name: dict[str, list[City]] = {}
    capitals: dict[str, City] = {}
    alternates: list[tuple[str, City]] = []
    native: set[str] = set()
    for name, country, capital, names in rows:  # most populous first
        city = City(name, country, bool(capital))
        by_name.setdefault(name, []).append(city)
        if capital and country not in capitals:
            capitals[country] = city
        for alt in names:
            if alt in _COMMON_WORDS:
                continue
            alternates.append((alt, city))
            if not alt.isascii() and not _LATIN_NAME.fullmatch(alt):
                native.add(alt)
    for alt, city in alternates:  # a city's own name beats another's alternate spelling
        by_name.setdefault(alt, []).append(city)
    for alias, name in _EVERYDAY_NAMES.items():  # names GeoNames files differently
        if name in by_name and alias not in by_name:
            by_name[alias] = [c for c in by_name[name] if c.name == name]
    longest = max((len(n.split()) for n in by_name if n.isascii()), default=1)
    lengths = tuple(sorted({len(n) for n in native if len(n) >= 2}, reverse=True))
    return Gazetteer(by_name, capitals, longest, lengths)


@lru_cache(maxsize=2)
def load_towns(path: Path | None = None) -> dict[str, list[City]]:
    """Smaller towns abroad by name (most populous first), loaded only when a release names a
    place the gazetteer does not know; empty if the file is missing."""
    if path is None:
        found = gazetteer_path()
        path = found.parent / TOWNS_FILE if found is not None else None
    if path is None or not path.is_file():
        return {}
    with open(path, encoding="utf-8") as handle:
        rows = json.load(handle)["towns"]
    towns: dict[str, list[City]] = {}
    for name, country, names in rows:
        town = City(name, country, False)
        for written in (name, *names):
            towns.setdefault(written, []).append(town)
    return towns


def town_at(  # noqa: ANN001
    text: str, pos: int, country_at, countries: tuple[str, ...] = ()
) -> tuple[City, int] | None:
    """A smaller town written at ``pos`` that the release says is one: followed by its own
    country ("in Davos, Switzerland"), after "the town of" ("the resort town of Langkawi"),
    or, a town of one of ``countries``, followed by its region or the word town ("in
    Cholpon-Ata, Issyk-Kul region", "in Paro town"). ``country_at(text, end)`` is the
    canonical country named right after ``end``, if any."""
    match = _LATIN_NAME.match(text, pos)
    if match is None:
        return None
    said_so = _TOWN_OF.search(text, max(0, pos - 40), pos) is not None
    words = match.group(0).split(" ")
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count]).rstrip(".")
        towns = load_towns().get(candidate)
        if not towns:
            continue
        end = pos + len(candidate)
        named = country_at(text, end)
        for town in towns:
            if town.country == named:
                return town, end
        if said_so:
            return towns[0], end
        if _REGION_OR_TOWN_AFTER.match(text, end):
            for town in towns:
                if town.country in countries:
                    return town, end
    return None


def side_town_in(text: str, countries: tuple[str, ...]) -> City | None:
    """A smaller town of one of ``countries`` that a dateline names ("SCIENCE CITY OF MUÑOZ,
    Nueva Ecija —"): a dateline says it is a place, and the side says which town of that name."""
    words = re.findall(r"[^\s,.:;()—–-]+(?:-[^\s,.:;()—–-]+)*", text[:80])
    for start in range(len(words)):
        for count in range(min(4, len(words) - start), 0, -1):
            for town in load_towns().get(" ".join(words[start : start + count]), []):
                if town.country in countries:
                    return town
    return None


#: after a town's name: its region ("…, Issyk-Kul region", "…, Paro Dzongkhag") or the word
#: town or city
_REGION_OR_TOWN_AFTER = re.compile(
    r",\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|district|oblast|prefecture|county|"
    r"state|governorate|Region|Province|District|Oblast|Prefecture|County|State|Governorate|"
    r"Dzongkhag)\b|\s+(?:town|city)\b"
)


#: "the resort town of", "the coastal city of", "the village of": a town follows
_TOWN_OF = re.compile(
    r"\bthe\s+(?:[A-Za-z-]+\s+){0,2}(?:town|city|village|resort|port|island)\s+of\s+$"
)
