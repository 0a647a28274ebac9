"""The sample relationship that ships with the app (Cambodia–China, 10 October 2024).

Shipped as the package ``briefing.samples`` (the repository's ``samples/`` folder), so an
installed app can open it: :func:`sample_workspace` builds a workspace from the JSON document
in the user's data folder the first time and opens that copy afterwards (so what the user
tries in it is kept).
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from briefing.files.paths import data_dir

SAMPLE_JSON = "cambodia-china.json"
SAMPLE_RELEASE = "press-release-2024-10-11-cambodia-china.txt"


def samples_dir() -> Path:
    """``samples/``, installed (``briefing.samples``) or in a source checkout."""
    try:
        found = Path(str(importlib.resources.files("briefing.samples")))
        if (found / SAMPLE_JSON).is_file():
            return found
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "samples"


def sample_document() -> Path:
    return samples_dir() / SAMPLE_JSON


def sample_release() -> Path:
    return samples_dir() / SAMPLE_RELEASE


def sample_copy_path() -> Path:
    """Where the user's own copy of the sample workspace lives."""
    return data_dir() / "samples" / "cambodia-china.briefing"
