"""Shared fixtures: every test gets its own folders; Qt never needs a screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Backups (briefing.backup) go to the test's own folder, never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """The command line speaks the locale's language: tests run in English unless they set
    another (``monkeypatch.setenv("LANG", "km_KH.UTF-8")``)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


# the shared library's fixtures (``cluster``, ``library``): a PostgreSQL cluster starts only
# for the tests that ask for one
pytest_plugins = ["sync_library"]
