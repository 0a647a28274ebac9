"""Help ▸ About's facts come from the installed metadata and the font files, not from text
typed into the code."""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefing import about
from briefing.export.fonts import bundled_font_paths

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_is_pyprojects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert about.app_version() == project["version"]


def test_libraries_are_what_the_app_runs_on_with_their_licences():
    found = {about.normalise(c.name): c for c in about.libraries()}
    assert next(iter(found)) == "briefing-book"  # this app first
    assert found["briefing-book"].licence == "GPL-3.0-or-later"
    assert found["reportlab"].texts and "ReportLab" in found["reportlab"].texts[0][1]
    assert "LGPL-3.0" in found["pyside6-essentials"].licence
    assert found["pikepdf"].licence == "MPL-2.0"
    assert "pytest" not in found and "ruff" not in found and "hypothesis" not in found
    python = found["python"]
    assert python.version.startswith("3.") and python.copyright
    for component in found.values():  # every one says what its licence is, one way or another
        assert component.licence or component.texts, component.name


def test_a_requirement_under_another_extra_is_not_followed():
    names = {about.normalise(d.metadata["Name"]) for d in about.runtime_distributions()}
    without_gui = {
        about.normalise(d.metadata["Name"]) for d in about.runtime_distributions(extras=())
    }
    assert "pyside6-essentials" in names and "pyside6-essentials" not in without_gui
    assert "pytest" not in names  # the test extra


def test_every_bundled_font_with_its_licence_and_the_ofl_text():
    paths = [p for p in bundled_font_paths() if p.is_file()]
    fonts = about.fonts(paths)
    assert len(fonts) == len(paths) >= 10
    for font, path in zip(fonts, paths, strict=True):
        assert font.summary == path.name
        assert font.licence.startswith("OFL"), (font.name, font.licence)
        assert font.copyright and font.version
        assert any(
            name == "OFL.txt" and "SIL OPEN FONT LICENSE" in text.upper()
            for name, text in font.texts
        )
    assert {f.name for f in fonts} >= {"Noto Serif Regular", "Noto Sans Khmer Regular"}
