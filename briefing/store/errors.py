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


NEWER = M_(
    "{path}: was saved by a newer version of Briefing Book (schema {version}; this version "
    "reads up to {current}); update Briefing Book to open it"
)
NEWER_IN_WAL = M_(
    "{path}: was saved by a newer version of Briefing Book (schema {version}); update "
    "Briefing Book to open it"
)
JOURNAL_LEFT = M_(
    "{path}: a change to the workspace was interrupted and left {journal}; open the "
    "workspace for editing once (it is then rolled back), or if it is on a read-only disk, "
    "copy both files to a folder you can write to first"
)
JOURNAL_READ_ONLY = M_(
    "{path}: a change to the workspace was interrupted and left {journal}, which cannot be "
    "rolled back on a read-only disk; copy both files to a folder you can write to, then "
    "open the workspace there"
)
ALREADY_EXISTS = M_("{path}: a file of that name already exists; choose another name")
NO_FOLDER = M_("{path}: the folder {folder} does not exist")
BAD_PASSPHRASE = M_("{path}: {detail}; choose a passphrase")
ALREADY_ENCRYPTED = M_("{path}: the workspace is already encrypted")
NOT_ENCRYPTED = M_("{path}: the workspace is not encrypted")
NOT_ENCRYPTED_ENCRYPT = M_("{path}: the workspace is not encrypted; encrypt it instead")
STILL_WRITTEN = M_("{path}: the workspace is still being written to; try again")
COPY_FAILED_CHECK = M_("{path}: the converted copy failed its check ({detail})")
NOT_A_WORKSPACE = M_("{path}: is not a Briefing Book workspace")

# backups (briefing.safety)
NO_BACKUP_LIST = M_("{folder}: cannot list the backups: {detail}")
NO_BACKUP_FOLDER = M_("{path}: cannot write backups to {folder}: {detail}")
NO_WORKSPACE_FILE = M_("{path}: no such workspace file")
BACKUP_NOT_MADE = M_("{path}: the backup could not be made: {detail}")
LOOKS_DAMAGED = M_(
    "{path}: the workspace looks damaged ({detail}); no backup was made and the existing "
    "backups are kept. Restore one of them"
)
BACKUP_DISK_FULL = M_(
    "{path}: {doing}: the disk holding {folder} is full. Free some space there, then try "
    "again; nothing was changed"
)
NO_BACKUP_MADE = M_("no backup could be made")
NOT_RESTORED = M_("could not restore")
IN_USE_RESTORE = M_("{path}: the workspace is open in {holder}; close it there, then restore")
NO_SUCH_BACKUP = M_(
    "no backup '{choice}' of {path}; list them with: briefing restore {path} --list"
)
NO_BACKUP_FILE = M_("{path}: no such backup")
BACKUP_DAMAGED = M_("{path}: the backup is damaged ({detail})")
BACKUP_NEWER = M_(
    "{path}: the backup was made by a newer version of Briefing Book (schema {version}); "
    "update Briefing Book to restore it"
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
