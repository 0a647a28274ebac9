"""Where a file may be written: never over a workspace, its sidecars or its backups.

An export, a dump or a saved version typed over the workspace (``--pdf W``), over one of its
SQLite sidecars (``W-wal``) or into its backups folder would destroy records. Every writer in
the project goes through :func:`check_target` (the atomic writer calls it before it creates
anything, the commands and dialogs call it before they start work), so such a target is
refused with a message and nothing is written.

A target is refused when, after resolving links:

- it is a workspace open in this process (:func:`register_open`), also through a hard link
  (compared by device and inode), or one of its sidecars (``-wal``, ``-shm``, ``-journal``,
  ``.lock``);
- it is any Briefing Book workspace (its header says so), a file named ``*.briefing`` (an
  encrypted workspace has no readable header), or a sidecar of one;
- a workspace lock is held on it (a workspace open in another program);
- it lies in the folder where backups are kept.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from briefing.files.lock import LockHeld, WorkspaceLock, lock_path
from briefing.files.paths import data_dir, real_path
from briefing.files.signature import looks_like_workspace

SIDECARS = ("-wal", "-shm", "-journal", ".lock")
SUFFIX = ".briefing"

_open: dict[int, Path] = {}  # id(workspace) -> its real path, while open in this process


def M_(message: str) -> str:  # noqa: N802 - the catalogue's marker; briefing.i18n is a sibling
    return message


THE_FILE = M_("the file")
IS_OPEN = M_(
    "{path}: is the open workspace; writing {what} there would destroy records. Choose "
    "another file name; nothing was written"
)
OPEN_SIDECAR = M_(
    "{path}: is a file of the open workspace {name}; writing {what} there would destroy "
    "records. Choose another file name; nothing was written"
)
IN_BACKUPS = M_(
    "{path}: is in the folder of workspace backups; writing {what} there would destroy "
    "records. Choose another file name; nothing was written"
)
IS_WORKSPACE = M_(
    "{path}: is a Briefing Book workspace; writing {what} there would destroy records. "
    "Choose another file name; nothing was written"
)
SIDECAR = M_(
    "{path}: is a file of the workspace {name}; writing {what} there would destroy records. "
    "Choose another file name; nothing was written"
)
LOCKED = M_(
    "{path}: is a workspace open in another program; writing {what} there would destroy "
    "records. Choose another file name; nothing was written"
)


class ProtectedTarget(OSError):
    """The target would replace records; the message names it and what it is. Raised with a
    marked template and its fields: ``str(exc)`` in English, ``said(loc)`` in ``loc``'s language
    (``what``, "the file" or what the caller named, is looked up too)."""

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields

    def said(self, loc: Any) -> str:
        fields = dict(self.fields)
        fields["what"] = loc.gettext(str(fields["what"]))
        return loc.gettext(self.template).format(**fields)


def register_open(key: int, path: Path) -> None:
    """Note a workspace opened in this process (``key``: its ``id``) as protected."""
    _open[key] = real_path(path)


def unregister_open(key: int) -> None:
    _open.pop(key, None)


def check_target(path: str | Path, what: str = THE_FILE) -> Path:
    """``path`` resolved, or :class:`ProtectedTarget` if writing it would replace records."""
    target = real_path(path)
    why = _protected(target)
    if why:
        template, name = why
        fields = {"path": path, "what": what} | ({"name": name} if name else {})
        raise ProtectedTarget(template, **fields)
    return target


def _protected(target: Path) -> tuple[str, str] | None:
    """The template saying why ``target`` is protected and the workspace it names, if any."""
    for workspace in list(_open.values()):
        if target == workspace or _same_file(target, workspace):
            return IS_OPEN, ""
        if target.parent == workspace.parent and target.name in _sidecar_names(workspace):
            return OPEN_SIDECAR, workspace.name
    backups = real_path(data_dir()) / "backups"
    if target == backups or backups in target.parents:
        return IN_BACKUPS, ""
    if target.is_dir():
        return None  # the writers say "is a folder" themselves
    if target.exists() and (target.suffix == SUFFIX or looks_like_workspace(target)):
        return IS_WORKSPACE, ""
    for suffix in SIDECARS:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if base.suffix == SUFFIX or (base.is_file() and looks_like_workspace(base)):
                return SIDECAR, base.name
    if _locked(target):
        return LOCKED, ""
    return None


def _sidecar_names(workspace: Path) -> set[str]:
    return {workspace.name + s for s in SIDECARS}


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except OSError:
        return False


def _locked(target: Path) -> bool:
    """Is a workspace lock held on ``target`` (without creating a lock file)?"""
    if not lock_path(target).exists():
        return False
    probe = WorkspaceLock(target)
    try:
        probe.acquire(create=False)
    except LockHeld:
        return True
    except OSError:
        return False
    probe.release(remove=False)
    return False
