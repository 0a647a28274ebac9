"""The store: the only code that speaks SQL. See :class:`Workspace` and its repositories."""

from briefing.store.errors import (
    DamagedWorkspace,
    DiskFull,
    NewerWorkspace,
    NotAWorkspace,
    PassphraseRequired,
    ReadOnlyLocation,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceInUse,
    WrongPassphrase,
)
from briefing.store.file import SUFFIX
from briefing.store.meetings import MeetingSummary
from briefing.store.search import SearchHit
from briefing.store.workspace import Workspace

__all__ = [
    "SUFFIX",
    "DamagedWorkspace",
    "DiskFull",
    "MeetingSummary",
    "NewerWorkspace",
    "NotAWorkspace",
    "PassphraseRequired",
    "ReadOnlyLocation",
    "ReadOnlyWorkspace",
    "SearchHit",
    "Workspace",
    "WorkspaceError",
    "WorkspaceInUse",
    "WrongPassphrase",
]
