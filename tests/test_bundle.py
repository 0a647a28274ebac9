"""What the frozen build's spec collects (packaging/bundle.py) and the icon files it is given
(packaging/icons.py): checked without running PyInstaller, which `make dist-test` does."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402
import icons  # noqa: E402


def _tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_data_is_collected_by_folder_so_new_translations_come_along(tmp_path):
    _tree(
        tmp_path,
        [
            "resources/__init__.py",
            "resources/fonts/Face.ttf",
            "resources/fonts/OFL.txt",
            "resources/fonts/build_cjk_subset.py",
            "resources/i18n/briefing_km.qm",  # added by another branch one day
            "resources/dictionaries/km_KH.dic",
            "resources/dictionaries/km_KH.aff",
            "resources/importers/make_gazetteer.py",
            "resources/fonts/__pycache__/x.cpython-311.pyc",
            "samples/cambodia-china.json",
            "docs/user-guide/index.md",
            "docs/user-guide/book.png",
            "docs/architecture.md",  # not the guide: stays out
            "briefing/cli/app.py",
            "briefing/locale/km/LC_MESSAGES/briefing.mo",
            "briefing/locale/km/LC_MESSAGES/briefing.po",
            "ui/i18n/ui_km.qm",
            "ui/app.py",
            "ui/.hidden/secret.txt",
        ],
    )
    found = {
        (Path(src).relative_to(tmp_path).as_posix(), dest)
        for src, dest in bundle.data_files(tmp_path)
    }
    assert found == {
        ("resources/fonts/Face.ttf", "resources/fonts"),
        ("resources/fonts/OFL.txt", "resources/fonts"),
        ("resources/i18n/briefing_km.qm", "resources/i18n"),
        ("resources/dictionaries/km_KH.dic", "resources/dictionaries"),
        ("resources/dictionaries/km_KH.aff", "resources/dictionaries"),
        ("samples/cambodia-china.json", "samples"),
        ("docs/user-guide/index.md", "docs/user-guide"),
        ("docs/user-guide/book.png", "docs/user-guide"),
        ("briefing/locale/km/LC_MESSAGES/briefing.mo", "briefing/locale/km/LC_MESSAGES"),
        ("briefing/locale/km/LC_MESSAGES/briefing.po", "briefing/locale/km/LC_MESSAGES"),
        ("ui/i18n/ui_km.qm", "ui/i18n"),
    }


def test_the_real_tree_brings_fonts_templates_rules_gazetteer_icons_and_the_guide():
    found = {dest + "/" + Path(src).name for src, dest in bundle.data_files()}
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"resources/fonts/{font.name}" in found
    for name in (
        "resources/fonts/OFL.txt",
        "resources/templates/base.docx",
        "resources/importers/press_release_rules.json",
        "resources/importers/gazetteer.json",
        "resources/importers/gazetteer_towns.json",
        "resources/importers/countries_native.json",
        "resources/icons/briefing-book-512.png",
        "samples/cambodia-china.json",
        "docs/user-guide/index.md",
    ):
        assert name in found


def test_the_runtime_distributions_are_the_apps_not_the_test_tools():
    names = {bundle._normalise(d.metadata["Name"]) for d in bundle.runtime_distributions()}
    assert {"briefing-book", "reportlab", "python-docx", "pyside6-essentials", "shiboken6"} <= names
    assert not names & {"pytest", "hypothesis", "ruff", "import-linter", "pyinstaller"}
    assert "docx" in bundle.packages_with_data() and "reportlab" in bundle.packages_with_data()
    # imported through exec by reportlab: only a hidden import brings it
    assert "_rl_accel" in bundle.top_level_modules()


@pytest.mark.parametrize(
    ("path", "unwanted"),
    [
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt6QmlModels.dll", True),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),  # QtPdf needs it
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
    ],
)
def test_unwanted_qt_parts(path, unwanted):
    assert bundle.unwanted_binary(path) is unwanted


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries only")
def test_top_level_libraries_nothing_needs_are_pruned():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/x/QtGui.so", "BINARY"),
        ("libpython3.11.so.1.0", "/x/libpython", "BINARY"),
        ("_rl_accel.abi3.so", "/x/_rl_accel", "EXTENSION"),  # a module at the top
        ("libfontconfig.so.1", "/x/libfontconfig", "BINARY"),
        ("libexpat.so.1", "/x/libexpat", "BINARY"),
        ("libcairo.so.2", "/x/libcairo", "BINARY"),  # only a left-out plugin needed it
    ]
    needs = {"/x/QtGui.so": ["libfontconfig.so.1"], "/x/libfontconfig": ["libexpat.so.1"]}
    kept = bundle.prune_libraries(binaries, needed=lambda p: needs.get(p, []))
    assert [k[0] for k in kept] == [b[0] for b in binaries[:5]]


def test_ico_and_icns_hold_every_size(tmp_path):
    pngs = icons.read_pngs()
    assert sorted(pngs) == list(icons.SIZES)
    icons.write_ico(pngs, tmp_path / "a.ico")
    data = (tmp_path / "a.ico").read_bytes()
    _, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1 and count == len([s for s in icons.SIZES if s <= 256])
    for n in range(count):
        side, _, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n : 22 + 16 * n]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and size > 0
        assert (side or 256) in icons.SIZES
    icons.write_icns(pngs, tmp_path / "a.icns")
    data = (tmp_path / "a.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = [], 8
    while at < len(data):
        kinds.append(data[at : at + 4])
        at += struct.unpack(">I", data[at + 4 : at + 8])[0]
    assert kinds == list(icons.ICNS_TYPES.values())
