"""A non-editable install carries everything the app reads at run time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_resources_and_every_module(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("briefing_book-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"briefing/resources/fonts/{font.name}" in names
    assert "briefing/resources/fonts/OFL.txt" in names
    assert "briefing/resources/templates/base.docx" in names
    assert "briefing/resources/importers/press_release_rules.json" in names
    catalogues = list((ROOT / "briefing" / "i18n" / "locale").rglob("*.mo"))
    assert len(catalogues) >= 6  # book and cli, in Khmer, French and Chinese
    for mo in catalogues:
        assert mo.relative_to(ROOT).as_posix() in names
    # the Khmer interface and the spelling dictionaries (issue 16)
    assert {"ui/i18n/briefing_km.qm", "ui/i18n/qt_km.qm"} <= names
    for dic in ("en/en_US.dic", "en/en_US.aff", "km/km_KH.dic", "km/km_KH.aff"):
        assert f"briefing/resources/spelling/{dic}" in names
    assert "briefing/resources/icons/briefing-book.svg" in names
    for icon in (ROOT / "resources" / "icons").glob("*.png"):
        assert f"briefing/resources/icons/{icon.name}" in names
    for page in (ROOT / "docs" / "user-guide").iterdir():  # Help ▸ User Guide, with pictures
        assert f"briefing/guide/{page.name}" in names
    for package in ("briefing", "ui"):
        for module in (ROOT / package).rglob("*.py"):
            assert module.relative_to(ROOT).as_posix() in names, module
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "briefing = briefing.cli:main" in text
    assert "briefing-book = ui.app:main" in text
