"""A start on the sample prints nothing on the terminal: what the app does goes to its log file
(Help ▸ Show Log…), and Khmer on screen raises no font warning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import apply_font, create_window, register_fonts
from ui.common.logs import setup_logging
setup_logging()
app = QApplication([])
register_fonts()
apply_font(app)
window = create_window(sys.argv[1])
window.show()
person = next(p for p in window.session.ws.people.all() if p.name_in("Khmr"))
window.open_record("person", person.id)  # a Khmer name in the editor and the library
window.library.setCurrentIndex(window.library.PEOPLE)
window.preview.dock.show()
QTimer.singleShot(3000, window.close)
sys.exit(app.exec())
"""


def test_a_start_with_the_sample_prints_nothing_on_stderr(tmp_path):
    from briefing import interchange

    workspace = tmp_path / "sample.briefing"
    interchange.load_file(ROOT / "samples" / "cambodia-china.json", workspace).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _START, str(workspace)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    log = (tmp_path / "data" / "logs" / "briefing-book.log").read_text()
    assert "backed up" in log  # what used to be printed is in the log
    assert "OpenType support missing" not in log  # and the font warning has no cause
