"""Drafting a release runs off the window's thread: the window keeps working, Cancel stops it,
and errors come back as messages."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from briefing.importers.errors import ReadError
from briefing.importers.readers import ReadResult
from briefing.model import Settings
from ui.importing.drafting import DraftJob

SETTINGS = Settings(countries=["Cambodia", "China"])
RELEASE = (
    "Phnom Penh, 5 November 2024 - Foreign Minister Sok Chenda Sophea met Ambassador Wang "
    "Wenbin of China.\n\nBoth sides agreed to hold the next consultations in Beijing.\n"
)


def _progress() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_a_slow_release_shows_progress_and_cancel_stops_waiting(qtbot):
    release = threading.Event()
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)

    def slow_read() -> ReadResult:
        release.wait(30)  # a huge PDF, say
        return ReadResult(RELEASE, "slow.pdf", [])

    def cancel_when_shown() -> None:
        dialog = _progress()
        if dialog is None:
            QTimer.singleShot(20, cancel_when_shown)
            return
        assert dialog.labelText() == "Reading the press release…"
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        button.click()

    QTimer.singleShot(0, cancel_when_shown)
    outcome = DraftJob(slow_read, SETTINGS, []).run(None)
    timer.stop()
    release.set()
    assert outcome.cancelled and outcome.draft is None
    assert ticks[0] >= 5  # the window's event loop ran all along
    assert _progress() is None


def test_cancel_reaches_the_extraction(qtbot):
    job: DraftJob

    def read_then_cancel() -> ReadResult:
        job.cancel()  # as if Cancel were pressed just as the text was read
        return ReadResult(RELEASE, "r.txt", [])

    job = DraftJob(read_then_cancel, SETTINGS, [])
    assert job.run(None).cancelled


def test_a_draft_and_an_error_come_back(qtbot):
    outcome = DraftJob(lambda: ReadResult(RELEASE, "r.txt", []), SETTINGS, []).run(None)
    assert not outcome.cancelled and outcome.error is None
    assert outcome.draft.city == "Phnom Penh" and outcome.result.source == "r.txt"

    def unreadable() -> ReadResult:
        raise ReadError("r.pdf: the PDF is damaged")

    outcome = DraftJob(unreadable, SETTINGS, []).run(None)
    assert str(outcome.error) == "r.pdf: the PDF is damaged" and outcome.draft is None
