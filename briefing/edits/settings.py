"""The workspace settings as one undoable step, and the helpers of the settings dialog."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from briefing.edits.base import Changes, snap
from briefing.i18n import M_
from briefing.model import BOTH, RecordKind, Settings
from briefing.store import Workspace, WorkspaceError


def levels_in_use(ws: Workspace) -> dict[str, dict[str, int]]:
    """{level: {"book": n, "section": n, "record item": n}} for every level a record carries."""
    return ws.levels_in_use()


def describe_use(use: dict[str, int]) -> str:
    """{"section": 2, "record item": 1} -> "2 sections and 1 record item"."""
    parts = [f"{n} {what}{'' if n == 1 else 's'}" for what, n in use.items() if n]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def area_key(name: str, taken: set[str] | list[str]) -> str:
    """A stable key for a new cooperation area, from its name: "Health & Medicine" -> "health";
    made unique among ``taken`` with a number ("health-2")."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    base = "-".join(words[:2]) if words else "area"
    if words and len(words[0]) >= 4:
        base = words[0]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


NO_LEVELS = M_("the classification scheme needs at least one level")
SAME_LEVELS = M_("two classification levels have the same name")
UNNAMED_LEVEL = M_("a classification level needs a name")
SAME_COUNTRIES = M_("the two countries need different names")
BOTH_IS_NO_COUNTRY = M_("'{both}' is the side both countries share; name the country")
LEVEL_IN_USE = M_(
    "the classification level '{level}' is still used by {use}; mark them with another level "
    "first (or rename the level instead of removing it)"
)


@dataclass
class SettingsEdit:
    """Change the workspace settings as one step: countries, ministry, department,
    classification levels and cooperation areas.

    ``renamed_levels`` ({old: new}) carries records marked with a renamed level over to the new
    name (and back on revert). A level that is removed while records still carry it is refused
    with a message that says what uses it; removing an area in use is refused by the store.
    The countries are positional (own, partner): a new name in a position renames that country,
    and the sides of people, items and commitments follow (meeting places are left as written)."""

    before: Settings
    after: Settings
    renamed_levels: dict[str, str] = field(default_factory=dict)
    text: str = "Change workspace settings"
    merge_key: str | None = None

    def __post_init__(self) -> None:
        self.before, self.after = snap(self.before), snap(self.after)
        self.renamed_levels = {o: n for o, n in self.renamed_levels.items() if o != n}

    def apply(self, ws: Workspace) -> Changes:
        self._go(ws, self.before, self.after, self.renamed_levels)
        return _CHANGES

    def revert(self, ws: Workspace) -> Changes:
        self._go(ws, self.after, self.before, {n: o for o, n in self.renamed_levels.items()})
        return _CHANGES

    def merged(self, later: object) -> None:
        return None

    @staticmethod
    def _go(ws: Workspace, old: Settings, new: Settings, renames: dict[str, str]) -> None:
        levels = new.classification.levels
        if not levels:
            raise WorkspaceError(NO_LEVELS)
        if len(set(levels)) != len(levels):
            raise WorkspaceError(SAME_LEVELS)
        if any(not level.strip() for level in levels):
            raise WorkspaceError(UNNAMED_LEVEL)
        countries = [c for c in new.countries if c]
        if len(set(countries)) != len(countries):
            raise WorkspaceError(SAME_COUNTRIES)
        if BOTH in countries:
            raise WorkspaceError(BOTH_IS_NO_COUNTRY, both=BOTH)
        sides = dict(zip(old.countries, new.countries, strict=False))
        # names in other languages follow a renamed level or country
        new = dataclasses.replace(new, terms=new.with_terms_renamed({**renames, **sides}))
        with ws.transaction():
            # the countries are positional: a new name in a position renames that country
            ws.rename_sides(sides)
            use = ws.levels_in_use()
            for level, counts in use.items():
                if level in levels or renames.get(level) in levels:
                    continue
                raise WorkspaceError(LEVEL_IN_USE, level=level, use=describe_use(counts))
            ws.rename_levels({o: n for o, n in renames.items() if o in use})
            ws.save_settings(new)


#: settings change area names, sides and levels: every list refreshes
_CHANGES = (
    Changes.of(RecordKind.SETTINGS)
    | Changes.of(RecordKind.MEETING)
    | Changes.of(RecordKind.COMMITMENT)
    | Changes.of(RecordKind.BOOK)
)
