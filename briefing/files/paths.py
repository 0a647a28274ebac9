"""Where bundled resources are, installed (package data) or in a source checkout."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.resources
import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder, shipped as the package ``briefing.resources``."""
    try:
        return Path(str(importlib.resources.files("briefing.resources")))
    except ModuleNotFoundError:  # running from a source checkout or an editable install
        return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


ENV_DATA_DIR = "BRIEFING_DATA_DIR"


def data_dir() -> Path:
    """The app's per-user data folder (not the config folder: backups can be large).

    The platform's place, as Qt's ``QStandardPaths.GenericDataLocation`` names it (the app
    keeps its settings beside it; tests/ui/common/test_platform_paths.py checks they agree):
    ``%LOCALAPPDATA%\\Briefing Book``, ``~/Library/Application Support/Briefing Book``,
    ``$XDG_DATA_HOME/briefing-book`` (``~/.local/share/briefing-book``)."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    if os.name == "nt":  # pragma: no cover - Windows only
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Briefing Book"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Briefing Book"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "briefing-book"


def safe_stem(path: Path) -> str:
    """A workspace's name as backup names use it: control characters (a newline in a file
    name) would make the names unmatchable, so they become "_"."""
    return "".join("_" if ord(c) < 32 or ord(c) == 127 else c for c in path.stem) or "workspace"


def backup_folder(workspace: str | Path) -> Path:
    """Where the backups of ``workspace`` are kept: ``<data>/backups/<name>-<hash>``, the hash
    of its real path, so two workspaces of one name in different folders keep apart."""
    path = real_path(workspace)
    digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return data_dir() / "backups" / f"{safe_stem(path)}-{digest}"


def quarantine_folder(workspace: str | Path, why: str) -> Path:
    """A new folder beside the backups for files a recovery sets aside (never deletes)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_folder(workspace) / f"quarantine-{stamp}-{why}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def real_path(path: str | Path) -> Path:
    """``path`` absolute, with every symbolic link resolved (also when it does not exist)."""
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))
