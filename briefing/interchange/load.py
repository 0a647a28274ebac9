"""A new workspace from a JSON document: validated first, built under a temporary name."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from briefing.files.atomic import sync_dir
from briefing.files.paths import real_path
from briefing.i18n import M_
from briefing.interchange import clearance as interchange_clearance
from briefing.interchange import issued as interchange_issued
from briefing.interchange.parse import _parse
from briefing.interchange.reader import FormatError, read_document
from briefing.store import Workspace, WorkspaceError
from briefing.store.errors import ALREADY_EXISTS
from briefing.store.file import check_file_name, explain_os


def load_file(source: str | Path, target: str | Path) -> Workspace:
    """Create the workspace ``target`` from the JSON file ``source`` (see :func:`load`)."""
    document = read_document(source)
    try:
        return load(document, target)
    except FormatError as exc:
        raise FormatError(f"{source}: {exc}") from None


def load(document: Any, path: str | Path) -> Workspace:
    """Create a new workspace at ``path`` from a JSON document.

    Everything is validated before anything is created, and the workspace is built under a
    hidden temporary name beside ``path`` and renamed into place only when whole: a document
    that fails, or a process killed meanwhile, leaves no half-made workspace at ``path``.
    """
    settings, people, meetings, commitments, books, issued = _parse(document)
    target = real_path(path)
    check_file_name(target)
    if target.exists() or target.is_symlink():
        raise WorkspaceError(ALREADY_EXISTS, path=path)
    building = target.with_name(f".{target.name}.load-{os.getpid()}-{secrets.token_hex(4)}")
    ws = Workspace.create(building, settings)
    try:
        with ws.transaction():
            for person in people:
                ws.people.save(person)
            for meeting in meetings:
                ws.meetings.save(meeting)
            for commitment in commitments:
                ws.commitments.save(commitment)
            for book in books:
                ws.books.save(book)
            interchange_issued.store(ws, issued)
            for book, (steps, threads) in zip(books, issued.trails, strict=False):
                for item in (*steps, *threads):
                    item.book_id = book.id
                interchange_clearance.store(ws, steps, threads)
        ws.close()
        if target.exists():
            raise WorkspaceError(f"{path}: a file of that name appeared meanwhile; nothing loaded")
        os.replace(building, target)
        sync_dir(target.parent)
    except Exception as exc:
        ws.close()
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        if isinstance(exc, OverflowError | UnicodeError | sqlite3.Error):  # a last guard
            raise FormatError(f"the document could not be stored: {exc}") from exc
        if isinstance(exc, OSError):
            raise explain_os(target, exc, M_("could not create the workspace")) from None
        raise
    return Workspace.open(target)
