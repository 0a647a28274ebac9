"""Helpers for the importer tests (imported by name: conftest modules are not importable)."""

from __future__ import annotations

from briefing.importers.draft import Draft, DraftItem
from briefing.model import ItemKind


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
