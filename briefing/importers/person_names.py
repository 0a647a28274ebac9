"""Names of people as the importer compares them: folded (lower case, no accents, offsets
kept), as an order-free key ("HUN Manet" = "Manet Hun"), as displayed, and matched to the
workspace's people.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from briefing.model import Person

_GENERIC_HONORIFIC = frozenset(
    "his her their the excellency h.e. h.e mr. mr ms. ms mrs. mrs dr. dr madam madame hon. "
    "honourable honorable majesty highness royal".split()
)


def display_name(name: str) -> str:
    """ "HUN Manet" -> "Hun Manet": words written in capitals get an initial capital only."""
    parts = []
    for word in name.split():
        if sum(c.isalpha() for c in word) >= 2 and word.isupper():
            word = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        parts.append(word)
    return " ".join(parts)


_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower case without accents, one character for one character (offsets stay valid)."""
    out = []
    for char in text.lower():
        folded = _FOLDED.get(char)
        if folded is None:
            base = unicodedata.normalize("NFD", char)[0]
            folded = {"đ": "d", "ł": "l", "ø": "o"}.get(base, base)
            if len(_FOLDED) < 10_000:
                _FOLDED[char] = folded
        out.append(folded)
    return "".join(out)


@lru_cache(maxsize=4096)  # a long release names the same people thousands of times
def name_key(name: str) -> tuple[str, ...]:
    """Order-free key of a name: "HUN Manet" and "Manet Hun" and "Hun Manet" are equal."""
    return tuple(sorted(fold(name).replace("-", " ").replace(".", " ").split()))


def distinctive_honorific_words(honorific: str) -> set[str]:
    """Honorific words that single a person out ("Samdech", "Thipadei"), lower case."""
    return {w for w in honorific.lower().split() if w not in _GENERIC_HONORIFIC and len(w) > 2}


def match_person(key: tuple[str, ...], people: list[Person] | tuple[Person, ...]) -> Person | None:
    """The existing person with a Latin name of the same words, if there is one."""
    for person in people:
        for name in person.names:
            if name.script == "Latn" and name_key(name.text) == key:
                return person
    return None
