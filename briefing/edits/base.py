"""What every edit is: an object with ``apply`` and ``revert`` returning the :class:`Changes`.

Core edit operations are small Qt-free objects; the GUI wraps each in a ``QUndoCommand``
(``ui/session/commands.py``), a script or a test uses them directly. Like Anki's ``OpChanges``,
every step says what it changed, so the GUI refreshes exactly those lists and editors without
knowing what kind of edit it ran.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Protocol, TypeVar

from briefing.errors import BriefingError
from briefing.model import RecordKind
from briefing.store import Workspace

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The records an edit changed: (kind, id) pairs, the main record first; id 0 means
    "some records of this kind" (a list to reload)."""

    records: tuple[tuple[RecordKind, int], ...] = ()

    @classmethod
    def of(cls, kind: RecordKind, *ids: int | None) -> Changes:
        return cls(tuple((kind, i or 0) for i in (ids or (0,))))

    def __or__(self, other: Changes) -> Changes:
        seen = dict.fromkeys(self.records + other.records)
        return Changes(tuple(seen))

    @property
    def kinds(self) -> frozenset[RecordKind]:
        return frozenset(k for k, _ in self.records)

    def ids(self, kind: RecordKind) -> set[int]:
        return {i for k, i in self.records if k == kind}

    @property
    def main(self) -> tuple[RecordKind, int] | None:
        return self.records[0] if self.records else None


class Edit(Protocol):
    """One undoable step. ``merge_key``: consecutive edits with the same key may merge into
    one undo step (arrowing through a combo box of one field of one record)."""

    text: str
    merge_key: str | None

    def apply(self, ws: Workspace) -> Changes: ...

    def revert(self, ws: Workspace) -> Changes: ...

    def merged(self, later: Edit) -> Edit | None:
        """This step and the ``later`` one as one step, or None if they do not merge."""
        ...


def snap(obj: T) -> T:
    """A private copy, so the caller can go on mutating its object."""
    return copy.deepcopy(obj) if obj is not None else obj


class EditRefused(BriefingError):
    """An edit that cannot be made as asked; the message says why."""


class _DryRun(Exception):
    pass


def dry_run(ws: Workspace, edit: Edit) -> str | None:
    """Try ``edit`` inside a transaction that is always rolled back: None if it would be
    accepted, else the reason it is refused (the store's own message)."""
    try:
        with ws.transaction():
            edit.apply(ws)
            raise _DryRun
    except _DryRun:
        return None
    except (BriefingError, ValueError, KeyError) as exc:
        return str(exc)
