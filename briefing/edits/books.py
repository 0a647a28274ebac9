"""Edits of a book's outline and counterparts, each one undoable step (a :class:`BookEdit`)."""

from __future__ import annotations

import copy

from briefing.edits.records import BookEdit
from briefing.model import Book, SectionKind, SectionStatus, Settings


def move_section(book: Book, index: int, to: int) -> BookEdit:
    """Move the section at ``index`` so that it ends up at position ``to``."""
    after = copy.deepcopy(book)
    section = after.sections.pop(index)
    after.sections.insert(max(0, min(to, len(after.sections))), section)
    return BookEdit(book, after, text=f"Move “{section.title}”")


#: the kinds a free-standing section (one that is not the brief of an area) may take
FREE_KINDS = (SectionKind.PURPOSE, SectionKind.PROGRAMME, SectionKind.ANNEX, SectionKind.OTHER)


def set_section_property(
    book: Book, section_id: int | None, name: str, value: object, settings: Settings
) -> BookEdit:
    """Change one property of one section (title, owner, status, included, classification,
    kind) as one undoable step. A classification must be one of the workspace's levels ("" for
    none of its own); only a free-standing section may change its kind, and never to an area
    brief (a brief belongs to its area)."""
    index = next((n for n, s in enumerate(book.sections) if s.id == section_id), None)
    if index is None:
        raise KeyError(f"no section {section_id} in book “{book.title}”")
    section = book.sections[index]
    if name == "classification":
        if value and value not in settings.classification.levels:
            raise ValueError(
                f"'{value}' is not a classification level of this workspace "
                f"({', '.join(settings.classification.levels)})"
            )
        value = value or ""
    elif name == "kind":
        value = SectionKind(value)  # type: ignore[arg-type]
        if section.kind == SectionKind.AREA or value not in FREE_KINDS:
            raise ValueError(
                "the brief of a cooperation area stays a brief; only other sections change kind"
            )
    elif name == "status":
        value = SectionStatus(value)  # type: ignore[arg-type]
    elif name not in ("title", "owner", "included"):
        raise ValueError(f"'{name}' is not a property of a section that can be set here")
    after = copy.deepcopy(book)
    setattr(after.sections[index], name, value)
    label = {"classification": "classification", "kind": "kind"}.get(name, name)
    edit = BookEdit(book, after, text=f"Change “{section.title}” {label}")
    edit.merge_key = f"book:{book.id}:section:{section_id}:{name}"
    return edit


# ---------------------------------------------------------------------------- counterparts


def set_counterparts(book: Book, person_ids: list[int], text: str = "") -> BookEdit:
    """The book's counterparts (people whose biographies go in the annex), in order."""
    seen: list[int] = []
    for pid in person_ids:
        if pid not in seen:
            seen.append(pid)
    after = copy.deepcopy(book)
    after.counterparts = seen
    return BookEdit(book, after, text=text or "Change counterparts")


def add_counterpart(book: Book, person_id: int, at: int | None = None) -> BookEdit:
    if person_id in book.counterparts:
        raise ValueError("that person is already a counterpart of this book")
    ids = list(book.counterparts)
    ids.insert(len(ids) if at is None else max(0, min(at, len(ids))), person_id)
    return set_counterparts(book, ids, "Add counterpart")


def remove_counterpart(book: Book, person_id: int) -> BookEdit:
    return set_counterparts(
        book, [p for p in book.counterparts if p != person_id], "Remove counterpart"
    )


def move_counterpart(book: Book, index: int, to: int) -> BookEdit:
    ids = list(book.counterparts)
    pid = ids.pop(index)
    ids.insert(max(0, min(to, len(ids))), pid)
    return set_counterparts(book, ids, "Move counterpart")
