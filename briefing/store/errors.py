"""What can go wrong with a workspace file, in words the user can act on.

The messages users meet most (a file that is not there or not a workspace, one in use, a
read-only place, a full disk, a damaged file, a wrong passphrase) are whole templates with
named fields (``M_``: the ``messages`` catalogue), raised as ``Error(TEMPLATE, path=…)`` so that
a front end can say them in the interface's language (:meth:`BriefingError.said`). ``doing``,
what was being done, is a phrase of its own (:class:`~briefing.errors.Phrase`, marked ``M_``
where it is given), set between colons.
"""

from __future__ import annotations

from briefing.errors import BriefingError
from briefing.i18n import M_

NO_SUCH_FILE = M_("{path}: no such file")
CANNOT_READ = M_("{path}: cannot be read: {detail}")
A_FOLDER = M_("{path}: is a folder, not a workspace file")
NOT_SQLITE = M_("{path}: is not a Briefing Book workspace (not an SQLite database)")
ENCRYPTED_OR_NOT = M_(
    "{path}: is not a Briefing Book workspace (or an encrypted one: give its passphrase)"
)
ANOTHER_PROGRAM = M_(
    "{path}: is an SQLite database made by another program, not a Briefing Book workspace"
)
ANOTHER_PROGRAM_ENCRYPTED = M_(
    "{path}: is an encrypted database made by another program, not a Briefing Book workspace"
)
IN_USE = M_("{path}: the workspace is in use by {holder}; open it read-only or close it there")
BUSY = M_("{path}: the workspace is busy; try again")
READ_ONLY_LOCATION = M_(
    "{path}: is on a read-only disk or in a folder that cannot be written to; open it "
    "read-only (changes cannot be saved), or copy it to a folder you can write to"
)
OPEN_READ_ONLY = M_("{path}: the workspace is open read-only")
DISK_FULL = M_(
    "{path}: {doing}: the disk holding {folder} is full ({free} kB free). Free some space, "
    "then try again; what was saved before is intact"
)
DISK_FULL_UNKNOWN = M_(
    "{path}: {doing}: the disk holding {folder} is full. Free some space, then try again; "
    "what was saved before is intact"
)
DISK_ERROR = M_("{path}: {doing}: the disk could not be read or written ({detail})")
OS_ERROR = M_("{path}: {doing}: {detail}")
DAMAGED = M_("{path}: the workspace file is damaged ({detail})")
DAMAGED_DOING = M_("{path}: {doing}: the workspace file is damaged ({detail})")
PART_DAMAGED = M_(
    "{path}: part of the workspace is damaged and cannot be read ({detail}); restore it from "
    "a backup (File ▸ Restore from Backup…, or `briefing restore`)"
)
WRONG_PASSPHRASE = M_("{path}: the passphrase is not right ({detail})")
WRONG_PASSPHRASE_OR_NOT = M_(
    "{path}: the passphrase is not right for this workspace (or the file is not a Briefing "
    "Book workspace); nothing was changed"
)


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
