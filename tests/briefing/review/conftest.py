"""The sample workspace and a review DOCX of it, for the Word round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import interchange
from briefing.store import Workspace

SAMPLE_JSON = Path(__file__).resolve().parents[3] / "samples" / "cambodia-china.json"
TRADE, ENERGY = 3, 6  # section ids in the sample book (book 1)


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.briefing"
    interchange.load(json.loads(SAMPLE_JSON.read_text()), path).close()
    return path


@pytest.fixture
def sws(sample):
    with Workspace.open(sample) as ws:
        yield ws
