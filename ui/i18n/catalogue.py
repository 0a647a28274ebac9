"""Keep the interface's catalogues in step with the code: ``python -m ui.i18n.catalogue``.

1. ``pyside6-lupdate`` collects every translatable string of ``ui/`` into each
   ``briefing_<lang>.ts`` (new strings arrive unfinished; strings gone from the code are dropped);
2. ``pyside6-lrelease`` compiles each ``.ts`` here (also ``qt_<lang>.ts``, Qt's own strings) to
   the ``.qm`` the app loads.

``tests/ui/test_i18n.py`` fails when a catalogue is behind the code, has an unfinished message,
or when a committed ``.qm`` is not the compilation of its ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import HERE, LANGUAGES

ROOT = HERE.parent.parent


def _tool(name: str) -> str:
    """A PySide6 tool beside the running interpreter (the venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(
            f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)"
        )
    return found


def sources() -> list[str]:
    """The Python files whose strings the catalogues hold, relative to the repository."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def extract(ts: Path) -> None:
    """Bring ``ts`` in step with the code (unfinished where new; obsolete ones dropped)."""
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations",
         "none", "-silent"],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )


def main() -> int:
    for language in LANGUAGES:
        if language == "en":
            continue
        ts = HERE / f"briefing_{language}.ts"
        extract(ts)
        compile_catalogue(ts, ts.with_suffix(".qm"))
        qt = HERE / f"qt_{language}.ts"
        if qt.exists():
            compile_catalogue(qt, qt.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
