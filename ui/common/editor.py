"""What every editor of the central area is: an :class:`Editor`."""

from __future__ import annotations

from typing import Any, Protocol


class Editor(Protocol):
    """A meeting, person, tracker or book editor.

    ``load`` shows a record (for the tracker, 0 shows all and an id selects that commitment);
    ``flush`` commits what is being typed so the autosaver writes it (before a close, a lock,
    an export); ``record`` is what is shown (None if nothing, or if it was undone away) and
    ``label`` how to name it in a question ("Delete …?").
    """

    def load(self, record_id: int) -> None: ...

    def flush(self) -> None: ...

    @property
    def record(self) -> Any: ...

    @property
    def label(self) -> str: ...
