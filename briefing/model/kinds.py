"""The kinds of record an edit can change (what the GUI refreshes after it)."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    MEETING = "meeting"
    PERSON = "person"
    COMMITMENT = "commitment"
    BOOK = "book"
    SETTINGS = "settings"
