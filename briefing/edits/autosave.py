"""The autosave paths: free text the editors write on their own, a second after a pause.

They are not undo steps (the text editors keep their own undo); they change only the text and
leave the rest of the record as the workspace has it.
"""

from __future__ import annotations

from briefing.store import Workspace


def save_section_text(ws: Workspace, book_id: int, section_id: int, texts: dict[str, str]) -> None:
    """Write only the text fields of one section (the section editor's autosave path)."""
    ws.books.save_section_texts(book_id, section_id, texts)


def save_biography(ws: Workspace, person_id: int, biography: str) -> None:
    """Write a person's biography only (the people editor's autosave path)."""
    ws.people.save_biography(person_id, biography)
