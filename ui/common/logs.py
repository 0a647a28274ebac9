"""Where the app writes what it does: a log file in the data folder, not the terminal.

Everything from INFO up goes to ``<data folder>/logs/briefing-book.log`` (rotated at 1 MB,
three kept), which Help ▸ Show Log… shows. The terminal gets only what is wrong (WARNING and
up). Qt's own messages go to the file; only its critical ones reach the terminal.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from briefing.files.paths import data_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.INFO,  # "plugin does not support …": noise for a user
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_file() -> Path:
    return data_dir() / "logs" / "briefing-book.log"


def setup_logging() -> Path | None:
    """The file and the terminal handlers, and Qt's messages routed into them; the file's
    path (None if it cannot be written: then the terminal gets INFO too)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        to_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        to_file.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(to_file)
        terminal.setLevel(logging.WARNING)
    except OSError:
        path = None
        terminal.setLevel(logging.INFO)
    root.addHandler(terminal)
    qInstallMessageHandler(_qt_message)
    return path


def _qt_message(kind: QtMsgType, context, message: str) -> None:  # noqa: ANN001
    logging.getLogger(f"qt.{context.category or 'default'}").log(
        _QT_LEVELS.get(kind, logging.INFO), message
    )


def tail(path: Path, lines: int = 2000) -> str:
    """The last ``lines`` lines of the log ("" if there is none yet)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
