"""Where bundled resources are, installed (package data) or in a source checkout."""

from __future__ import annotations

import importlib.resources
import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder, shipped as the package ``briefing.resources``."""
    try:
        return Path(str(importlib.resources.files("briefing.resources")))
    except ModuleNotFoundError:  # running from a source checkout or an editable install
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


ENV_DATA_DIR = "BRIEFING_DATA_DIR"


def data_dir() -> Path:
    """The app's per-user data folder (not the config folder: backups can be large)."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    if os.name == "nt":  # pragma: no cover - Windows only
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Briefing Book"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "briefing-book"
