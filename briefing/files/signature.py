"""What a workspace file looks like from outside: SQLite's magic and our application id.

Kept at the bottom so that the writers can recognise a workspace (and refuse to write over
it) without depending on the store.
"""

from __future__ import annotations

from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
#: PRAGMA application_id of every workspace ("BBOK"), so other SQLite files are told apart.
APPLICATION_ID = 0x42424F4B


def looks_like_workspace(path: Path) -> bool:
    """Does ``path`` start with the header of a plain workspace? (Encrypted ones have none.)"""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )
