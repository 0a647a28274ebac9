"""A workspace's settings: the two countries, the classification scheme, the cooperation
areas."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.i18n import LANGUAGES
from briefing.model.clearance import Clearer
from briefing.model.records import BOTH

#: the languages a term or an area name may be given in
TERM_LANGUAGES = frozenset(LANGUAGES)


@dataclass
class Area:
    """A cooperation area. ``key`` is stable and referenced by items; ``name`` may be renamed.
    ``names``: the area's name in other languages, by language code ({"km": "ថាមពល"})."""

    key: str
    name: str
    names: dict[str, str] = field(default_factory=dict)

    def name_in(self, language: str) -> str:
        return self.names.get(language) or self.name


DEFAULT_LEVELS = ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]

DEFAULT_AREAS = [
    Area("political", "Political & strategic"),
    Area("trade", "Trade & investment"),
    Area("connectivity", "Connectivity & infrastructure"),
    Area("agriculture", "Agriculture & fisheries"),
    Area("energy", "Energy"),
    Area("development", "Development cooperation & assistance"),
    Area("people", "People-to-people, culture & tourism"),
    Area("security", "Security & defence"),
    Area("law", "Law enforcement & transnational crime"),
    Area("multilateral", "Regional & multilateral cooperation"),
]


class ClassificationError(ValueError):
    pass


@dataclass
class ClassificationScheme:
    """Ordered classification levels, lowest first (the high-water mark rule lives here)."""

    levels: list[str] = field(default_factory=lambda: list(DEFAULT_LEVELS))

    @property
    def lowest(self) -> str:
        return self.levels[0]

    def rank(self, level: str | None) -> int:
        if level is None or level == "":
            return 0
        try:
            return self.levels.index(level)
        except ValueError:
            raise ClassificationError(
                f"'{level}' is not a classification level of this workspace "
                f"({', '.join(self.levels)})"
            ) from None

    def highest(self, levels: list[str | None]) -> str:
        """The high-water mark of ``levels`` (the lowest level if empty)."""
        best = 0
        for level in levels:
            best = max(best, self.rank(level))
        return self.levels[best]

    def abbreviation(self, level: str) -> str:
        """Portion mark letters: UNCLASSIFIED -> U, TOP SECRET -> TS."""
        return "".join(word[0] for word in level.split()).upper()


@dataclass
class Settings:
    countries: list[str] = field(default_factory=list)  # own country first, then partner
    ministry: str = ""
    department: str = ""
    classification: ClassificationScheme = field(default_factory=ClassificationScheme)
    areas: list[Area] = field(default_factory=lambda: [Area(a.key, a.name) for a in DEFAULT_AREAS])
    #: the workspace's own words in the languages books are written in: a classification
    #: level, a caveat, a country, a city, the ministry, an office title … (as written in
    #: the records) -> {language: how a book in that language prints it}
    terms: dict[str, dict[str, str]] = field(default_factory=dict)
    #: people of the ministry who clear briefs (see briefing.model.clearance)
    clearers: list[Clearer] = field(default_factory=list)

    def clearer(self, key: str) -> Clearer | None:
        for clearer in self.clearers:
            if clearer.key == key:
                return clearer
        return None

    def area_name(self, key: str, language: str = "") -> str:
        for area in self.areas:
            if area.key == key:
                return area.name_in(language) if language else area.name
        return key

    def term(self, text: str, language: str) -> str:
        """``text`` as a book in ``language`` prints it: its translation in :attr:`terms`
        (also when the text is given in other capitals: "Secret" for "SECRET"), else as it is."""
        if not text:
            return text
        names = self.terms.get(text)
        if names is None:
            folded = text.casefold()
            names = next((v for k, v in self.terms.items() if k.casefold() == folded), None)
        if names and language in names:
            return names[language]
        return text

    def with_terms_renamed(self, renames: dict[str, str]) -> dict[str, dict[str, str]]:
        """:attr:`terms` with the names of renamed words ({old: new}: a level, a country)
        carried over to their new text (unless the new text has names of its own)."""
        terms = {k: dict(v) for k, v in self.terms.items()}
        for old, new in renames.items():
            if old in terms and new and new not in terms:
                terms[new] = terms.pop(old)
        return terms

    def term_problems(self) -> list[tuple[str, str]]:
        """What is wrong with the names in other languages: (where, problem) pairs."""
        found = []
        for term, names in self.terms.items():
            if not term.strip():
                found.append(("terms", "a term needs its text"))
            for language in names:
                if language not in TERM_LANGUAGES:
                    found.append((f"terms[{term!r}]", f"'{language}' is not a book language"))
        for i, area in enumerate(self.areas):
            for language in area.names:
                if language not in TERM_LANGUAGES:
                    found.append((f"areas[{i}].names", f"'{language}' is not a book language"))
        return found

    def sides(self) -> list[str]:
        return [*self.countries, BOTH]

    def problems(self) -> list[tuple[str, str]]:
        """What makes these settings unusable: (where, problem) pairs, empty if none."""
        found = []
        seen: set[str] = set()
        for i, country in enumerate(self.countries):
            name = country.strip().casefold()
            if not name:
                found.append((f"countries[{i}]", "a country needs a name"))
            elif name == BOTH.casefold():
                found.append((f"countries[{i}]", f"'{BOTH}' names the two sides together"))
            elif name in seen:
                found.append((f"countries[{i}]", f"'{country}' is named twice"))
            seen.add(name)
        keys: set[str] = set()
        for i, area in enumerate(self.areas):
            if not area.key.strip() or not area.name.strip():
                found.append((f"areas[{i}]", "an area needs a key and a name"))
            elif area.key in keys:
                found.append(
                    (f"areas[{i}].key", f"two cooperation areas have the key '{area.key}'")
                )
            keys.add(area.key)
        found += self.term_problems()
        clearers: set[str] = set()
        for i, clearer in enumerate(self.clearers):
            if not clearer.key.strip() or not clearer.name.strip():
                found.append((f"clearers[{i}]", "a clearer needs a key and a name"))
            elif clearer.key in clearers:
                found.append((f"clearers[{i}].key", f"two clearers have the key '{clearer.key}'"))
            clearers.add(clearer.key)
        if not self.classification.levels:
            found.append(("classification_levels", "at least one level is needed"))
        elif len(set(self.classification.levels)) != len(self.classification.levels):
            found.append(("classification_levels", "a level is named twice"))
        return found
