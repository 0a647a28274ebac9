"""Where bundled resources are, installed (package data) or in a source checkout."""

from __future__ import annotations

import importlib.resources
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
