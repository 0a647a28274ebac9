"""Helpers for the importer tests (imported by name: conftest modules are not importable)."""

from __future__ import annotations

import datetime as dt

from briefing.importers.draft import Draft, DraftItem
from briefing.importers.press_release import extract
from briefing.model import ItemKind, Settings

#: the day the rule tests' releases are read on (a year they leave out is this one's)
DAY = dt.date(2025, 11, 30)


def items_like(
    draft: Draft, area: str, side: str, kind: ItemKind, contains: str = ""
) -> list[DraftItem]:
    """Items of the draft tagged with this area, of this side and kind, whose text contains
    ``contains`` (a sentence about several areas is one item with several area tags)."""
    wanted = contains.lower()
    return [
        i
        for i in draft.items
        if area in i.areas and (i.side, i.kind) == (side, kind) and wanted in i.text.lower()
    ]


def has_item(draft: Draft, area: str, side: str, kind: ItemKind, contains: str = "") -> bool:
    return bool(items_like(draft, area, side, kind, contains))


def describe(draft: Draft) -> str:
    """The items as lines, for assertion messages."""
    return "\n".join(f"{','.join(i.areas)}/{i.side}/{i.kind}: {i.text}" for i in draft.items)


def draft_for(text: str, *countries: str) -> Draft:
    """``text`` drafted for a workspace of ``countries``, read on :data:`DAY`."""
    return extract(text, Settings(countries=list(countries)), reference_date=DAY)


def only_item(draft: Draft, contains: str) -> DraftItem:
    """The one item whose text contains ``contains`` (fails, describing the draft, if not one)."""
    found = [i for i in draft.items if contains in i.text]
    assert len(found) == 1, describe(draft)
    return found[0]


def sides_by_name(draft: Draft) -> dict[str, str]:
    """Each participant's side, by the name as written."""
    return {p.name: p.side for p in draft.participants}
