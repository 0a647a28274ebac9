"""Fixtures for the importer tests: the sample release and the hand-written test releases."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent
RELEASES = HERE / "releases"


def _sample_path() -> Path:
    """The sample release: the copy in samples/, else the shared seed copy."""
    root = Path(__file__).resolve().parents[3]
    for candidate in (
        root / "samples" / "press-release-2024-10-11-cambodia-china.txt",
        root.parent / "shared" / "seed" / "press-release-2024-10-11-cambodia-china.txt",
    ):
        if candidate.is_file():
            return candidate
    pytest.skip("the sample press release is not available")


@pytest.fixture
def sample_text() -> str:
    return _sample_path().read_text(encoding="utf-8")


@pytest.fixture
def release():
    def read(name: str) -> str:
        return (RELEASES / name).read_text(encoding="utf-8")

    return read
