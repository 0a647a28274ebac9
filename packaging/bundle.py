"""What the frozen build carries besides code: data files by folder, and distribution metadata.

The bundle mirrors the source tree (``resources/``, ``samples/``, ``docs/user-guide/`` and any
data file inside ``briefing/`` and ``ui/`` at its own path), so every lookup that works in a
checkout (``Path(__file__).parents[2] / "resources"`` and the like) works frozen unchanged.
Files are collected by folder, not by name, so translations (``*.qm``, ``*.mo``), spelling
dictionaries and whatever else another branch adds there come along without editing the spec.

Used by ``packaging/briefing-book.spec``; PyInstaller-free, so tests can call it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from briefing import about

ROOT = Path(__file__).resolve().parents[1]
DIST_NAME = "briefing-book"
APP_NAME = "briefing-book"  # the folder, the GUI executable, the .desktop file, the icon
CLI_NAME = "briefing"

#: folders copied whole (less what :func:`_skipped` leaves out)
DATA_FOLDERS = ("resources", "samples", "docs/user-guide")
#: code folders whose non-code files are data (translations, dictionaries, icons)
CODE_FOLDERS = ("briefing", "ui")
_CODE_SUFFIXES = {".py", ".pyc", ".pyo", ".pyi"}
_SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
#: in the data folders, what only builds the data (scripts, their notes) stays out
_BUILD_ONLY = re.compile(r"^(build_|make_).*\.py$")


def _skipped(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return any(p in _SKIPPED_DIRS or p.startswith(".") for p in parts)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for PyInstaller's ``datas``.

    Python modules in the data folders (``resources/__init__.py``, the font build script) are
    left out: the frozen code never imports ``briefing.resources``, it finds the folder."""
    found: list[tuple[str, str]] = []
    for folder in DATA_FOLDERS:
        base = root / folder
        for path in _files(base, root):
            if path.suffix in _CODE_SUFFIXES or _BUILD_ONLY.match(path.name):
                continue
            found.append(_pair(path, root))
    for folder in CODE_FOLDERS:
        for path in _files(root / folder, root):
            if path.suffix not in _CODE_SUFFIXES:
                found.append(_pair(path, root))
    return sorted(found)


def _files(base: Path, root: Path) -> Iterator[Path]:
    if not base.is_dir():
        return
    for path in sorted(base.rglob("*")):
        if path.is_file() and not _skipped(path, root):
            yield path


def _pair(path: Path, root: Path) -> tuple[str, str]:
    return str(path), path.parent.relative_to(root).as_posix()


_UNWANTED = re.compile(
    r"(plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin"
    r"|plugins/platformthemes/(lib)?qgtk3|plugins/tls/|plugins/networkinformation/"
    r"|plugins/platforms/(lib)?qvnc"
    r"|(^|/)(lib)?Qt6?(VirtualKeyboard|Quick|Qml)[^/]*(\.so[.0-9]*|\.dll|\.framework/.*)$)",
    re.IGNORECASE,
)


def unwanted_binary(destination: str) -> bool:
    """A Qt plugin or library the frozen app leaves out (see the spec)."""
    return bool(_UNWANTED.search(destination.replace("\\", "/")))


def runtime_distributions() -> list[metadata.Distribution]:
    """The distributions the app runs on, as Help ▸ About lists them (one rule for both)."""
    return about.runtime_distributions()


def _normalise(name: str) -> str:
    return about.normalise(name)


def version(name: str = DIST_NAME) -> str:
    """The version being built, as installed (pyproject.toml's, through the editable install)."""
    return metadata.version(name)


#: distributions whose data PyInstaller's own hooks collect (plugins, translations)
_HOOKED = {"pyside6-essentials", "pyside6-addons", "shiboken6", "briefing-book"}


def packages_with_data() -> list[str]:
    """The importable packages of the runtime distributions whose data files must come along
    (python-docx's XML templates, reportlab's fonts, …): every one but Qt's and ours."""
    found: set[str] = set()
    for dist in runtime_distributions():
        if _normalise(dist.metadata["Name"]) in _HOOKED:
            continue
        for file in dist.files or []:
            parts = file.parts
            if len(parts) > 1 and parts[1] == "__init__.py" and ".dist-info" not in parts[0]:
                found.add(parts[0])
    return sorted(found)


def needed_libraries(path: str) -> list[str]:
    """The shared libraries an ELF file names as NEEDED (``readelf -d``); [] elsewhere."""
    import subprocess

    try:
        out = subprocess.run(
            ["readelf", "-d", path], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return []
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def prune_libraries(binaries: list[tuple], needed=needed_libraries) -> list[tuple]:  # noqa: ANN001
    """On Linux, drop the system libraries at the bundle's top level that nothing left in it
    needs (those only the left-out Qt plugins pulled in: GTK's cairo, atk, pixbuf …).

    Kept: everything inside a package folder (Qt and its plugins), every extension module
    (``_rl_accel`` sits at the top), libpython, and every top-level library reachable from
    those through NEEDED entries."""
    if not sys.platform.startswith("linux"):
        return binaries

    def root(entry: tuple) -> bool:  # kept whatever needs it
        dest, kind = entry[0], entry[2] if len(entry) > 2 else ""
        return "/" in dest or kind == "EXTENSION" or Path(dest).name.startswith("libpython")

    top = {Path(e[0]).name: e for e in binaries if not root(e)}
    queue = [e for e in binaries if root(e)]
    reached: set[str] = set()
    while queue:
        entry = queue.pop()
        for name in needed(entry[1]):
            if name in top and name not in reached:
                reached.add(name)
                queue.append(top[name])
    return [e for e in binaries if root(e) or Path(e[0]).name in reached]


_EXTENSION = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(\.[A-Za-z0-9_-]+)*\.(so|pyd)$")


def top_level_modules() -> list[str]:
    """Every top-level module and package the runtime distributions install, for the spec's
    hidden imports: some are imported in a way PyInstaller cannot see (reportlab imports its
    C accelerator ``_rl_accel`` through ``exec``; without it exports run a third slower)."""
    found: set[str] = set()
    for dist in runtime_distributions():
        if _normalise(dist.metadata["Name"]) in _HOOKED:
            continue
        for file in dist.files or []:
            parts = file.parts
            if not parts or ".dist-info" in parts[0] or parts[0].endswith(".libs"):
                continue
            if len(parts) == 1:
                match = _EXTENSION.match(parts[0])
                if match:
                    found.add(match.group(1))
                elif parts[0].endswith(".py"):
                    found.add(parts[0][:-3])
            elif parts[1] == "__init__.py":
                found.add(parts[0])
    return sorted(m for m in found if m.isidentifier() and not m.startswith("__"))
