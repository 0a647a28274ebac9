"""Take the user guide's screenshots from the real app on the sample workspace.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/guide_screenshots.py [--out DIR]

Writes ``welcome.png``, ``book.png``, ``meeting.png``, ``tracker.png`` and ``export.png`` into
``docs/user-guide/`` (the guide shows them), and ``screenshot-about.png`` and
``screenshot-user-guide.png`` into ``docs/``. Settings and data go to a temporary folder, so the
user's own are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1120, 720)


def _wait(app, until, seconds: float = 20.0) -> bool:  # noqa: ANN001
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "user-guide")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="guide-shots-"))
    os.environ.update(
        BRIEFING_BOOK_CONFIG_DIR=str(scratch / "config"),
        BRIEFING_DATA_DIR=str(scratch / "data"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefing import interchange
    from briefing.files.samples import sample_document
    from ui.app import apply_font, create_window, register_fonts
    from ui.common.desktop import app_icon
    from ui.help.about import AboutDialog
    from ui.help.guide import GuideWindow
    from ui.issuing.export_dialog import ExportDialog

    app = QApplication.instance() or QApplication(["briefing-book"])
    app.setApplicationName("Briefing Book")
    register_fonts()
    apply_font(app)
    app.setWindowIcon(app_icon())
    args.out.mkdir(parents=True, exist_ok=True)

    def shoot(widget, name: str, folder: Path = args.out) -> None:  # noqa: ANN001
        _wait(app, lambda: False, 0.4)
        widget.grab().save(str(folder / name))
        print(folder / name)

    window = create_window(None)
    window.resize(*SIZE)
    window.show()
    shoot(window, "welcome.png")

    path = scratch / "cambodia-china.briefing"
    interchange.load_file(sample_document(), path).close()
    assert window.open_workspace(path)
    ws = window.session.ws
    meeting_id = ws.meetings.summaries()[0].id
    window.open_record("meeting", meeting_id)
    shoot(window, "meeting.png")
    window.open_record("commitment", 0)
    shoot(window, "tracker.png")

    book_id = ws.books.summaries()[0][0]
    window.open_record("book", book_id)
    window.preview.dock.show()
    if not _wait(app, lambda: window.preview.latest is not None, 60):
        print("the preview did not lay the book out in time", file=sys.stderr)
        return 1
    shoot(window, "book.png")

    dialog = ExportDialog(window, window.session, book_id, window.settings, window.issuing.checker)
    dialog.show()
    _wait(app, lambda: "Checking" not in dialog.preflight_text.text(), 60)
    shoot(dialog, "export.png")
    dialog.close()

    about = AboutDialog(window)
    about.show()
    shoot(about, "screenshot-about.png", args.docs)
    about.close()
    guide = GuideWindow(window)
    guide.show()
    shoot(guide, "screenshot-user-guide.png", args.docs)
    guide.close()
    window.close()
    _wait(app, lambda: False, 0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
