"""Helpers for the importer tests (imported by name: conftest modules are not importable)."""

from __future__ import annotations

from briefing.importers.draft import Draft, DraftItem
from briefing.model import ItemKind


def items_like(
    draft: Draft, area: str, side: str, kind: ItemKind, contains: str = ""
) -> list[DraftItem]:
    """Items of the draft with this area, side and kind whose text contains ``contains``."""
    wanted = contains.lower()
    return [
        i
        for i in draft.items
        if (i.area, i.side, i.kind) == (area, side, kind) and wanted in i.text.lower()
    ]


def has_item(draft: Draft, area: str, side: str, kind: ItemKind, contains: str = "") -> bool:
    return bool(items_like(draft, area, side, kind, contains))


def describe(draft: Draft) -> str:
    """The items as lines, for assertion messages."""
    return "\n".join(f"{i.area}/{i.side}/{i.kind}: {i.text}" for i in draft.items)
