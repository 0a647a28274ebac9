"""``briefing-book [WORKSPACE]``: start the desktop editor."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

_START = time.perf_counter()

log = logging.getLogger(__name__)


def font_files() -> list[Path]:
    try:
        from briefing.export.fonts import bundled_font_paths

        return [p for p in bundled_font_paths() if p.exists()]
    except ImportError:  # pragma: no cover - the export package not there
        from briefing.files.paths import resource

        folder = resource("fonts")
        return sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")])


def register_fonts() -> list[str]:
    """Make the bundled fonts known to Qt, so Khmer and Chinese show without system fonts."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_font(app) -> None:  # noqa: ANN001
    """The bundled faces for every script: Khmer text in Noto Sans Khmer, Latin in Noto Sans,
    Chinese in the bundled CJK face.

    The Khmer face comes first: it has no Latin letters, so Latin falls through to Noto Sans,
    while Khmer is shaped by a face that has Khmer's OpenType tables. With Noto Sans first, Qt
    tried to shape Khmer with it and warned "OpenType support missing for "Noto Sans", script
    32" (and the text depended on the fallback)."""
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setFamilies(
        ["Noto Sans Khmer", "Noto Sans", "Briefing CJK", "Noto Sans CJK SC", *font.families()]
    )
    app.setFont(font)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-book", description="Briefing Book editor")
    parser.add_argument("workspace", nargs="?", help="the workspace (.briefing) to open")
    parser.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="close the window after SECONDS (a smoke test of an installed build)",
    )
    return parser


def create_window(workspace: str | None, settings=None):  # noqa: ANN001, ANN201
    """The main window with the requested (or last) workspace open."""
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    settings = settings or AppSettings()
    window = MainWindow(settings)
    if workspace:
        window.open_workspace(workspace)
    elif settings.reopen_last:
        last = settings.last_workspace()
        if last and Path(last).exists():
            window.open_workspace(last)
    return window


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.common import desktop, focus_style, messages
    from ui.common.logs import setup_logging

    setup_logging()

    from ui import i18n
    from ui.common.settings import AppSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Briefing Book")
    app.setOrganizationName("briefing-book")
    families = register_fonts()
    log.debug("fonts: %s", families)
    apply_font(app)
    focus_style.install(app)
    sys.excepthook = messages.exception_hook
    settings = AppSettings()
    i18n.install(i18n.resolve(settings.language))  # Preferences ▸ Language, else the system's
    window = create_window(args.workspace, settings)
    desktop.install(app, window.open_workspace)  # icon; files the system asks to open
    window.show()
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), window.close)
    log.info("window shown after %.2f s", time.perf_counter() - _START)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
