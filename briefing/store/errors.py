"""What can go wrong with a workspace file, in words the user can act on."""

from __future__ import annotations

from briefing.errors import BriefingError


class WorkspaceError(BriefingError):
    """A problem the user can act on; the message names the file and the problem."""


class NotAWorkspace(WorkspaceError):
    pass


class DamagedWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class WorkspaceInUse(WorkspaceError):
    pass


class ReadOnlyWorkspace(WorkspaceError):
    pass


class PassphraseRequired(NotAWorkspace):
    """No SQLite header: an encrypted workspace (ask for its passphrase) or a foreign file."""


class WrongPassphrase(WorkspaceError):
    """The passphrase does not decrypt the file; nothing was changed."""


class ReadOnlyLocation(WorkspaceError):
    """The workspace is on a read-only disk or in a folder that cannot be written: it can
    be opened read-only (``Workspace.open(…, readonly=True)``) and nothing can be saved."""


class DiskFull(WorkspaceError):
    """The disk has no room for the change; nothing was lost, the change was not saved."""
