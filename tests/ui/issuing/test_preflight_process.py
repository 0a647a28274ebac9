"""Preflight runs in a layout process of its own: typing in a big book stays smooth while it is
checked; the process is started again if it dies, ends with the workspace, and a window torn
down before its session leaves no error behind."""

from __future__ import annotations

import itertools
import time

import pytest
import shiboken6
from preview_helpers import StallMeter, big_book, open_book
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.common.settings import AppSettings
from ui.shell.main_window import MainWindow


def _complete(results, serial: int) -> bool:  # noqa: ANN001
    return any(r.complete and r.serial >= serial for r in results)


def test_typing_while_a_big_book_is_checked_keeps_the_gui_responsive(qtbot, window, workspace_path):
    """About 170 pages, the Preflight dock showing: a save while the user types is checked
    after the pause (compose, check, layout: some 0.4 s of work), and the GUI thread never
    stalls for 50 ms meanwhile (on a thread of the GUI process it stalled 170-200 ms)."""
    book_id, sections = big_book(window, workspace_path, count=160)
    open_book(window, book_id)
    issuing = window.issuing
    issuing.check_action.trigger()  # Book ▸ Check Book…
    panel, checker = issuing.panel, issuing.checker
    results = []
    checker.checked.connect(results.append)
    qtbot.waitUntil(lambda: _complete(results, panel.serial), timeout=20_000)
    editor = window.editors["book"]
    editor.outline.select_row(len(sections) - 1)
    field = editor.section.fields["points"]
    field.setFocus()
    QTest.keyClicks(field, "Raise the Mekong ")
    window.save_pending()  # as the autosaver does when the typing pauses: a check is due
    assert panel.timer.isActive()
    asked = panel.serial

    text = itertools.cycle("ferry timetable and the bridge at Neak Loeung ")
    typist = QTimer()
    typist.setInterval(40)  # the user types on while the check runs
    typist.timeout.connect(lambda: QTest.keyClick(field, next(text)))
    answered = {}  # complete or not -> when
    checker.checked.connect(lambda r: answered.setdefault(r.complete, time.perf_counter()))
    meter = StallMeter()
    meter.start()
    typist.start()
    qtbot.waitUntil(lambda: panel.serial > asked, timeout=5000)  # the panel asked again
    answered.clear()
    asked_at = time.perf_counter()
    serial = panel.serial
    qtbot.waitUntil(lambda: _complete(results, serial), timeout=10_000)
    typist.stop()
    meter.stop()

    # the check ran while the GUI went on ticking and the typing went on
    last = next(r for r in results if r.complete and r.serial == serial)
    assert not last.error and last.seconds > 0.15, last
    assert answered[True] - asked_at > 0.15  # measured while the work went on
    assert meter.ticks > 100  # ...and the GUI thread went on ticking
    assert "Raise the Mekong ferry" in field.toPlainText()
    assert "Measuring" not in panel.status.text()


def test_a_checking_process_that_dies_is_started_again(qtbot, ids, window):
    checker = window.issuing.checker
    results = []
    checker.checked.connect(results.append)
    serial = checker.request(ids["book"])
    qtbot.waitUntil(lambda: _complete(results, serial), timeout=10_000)
    first = checker.process
    first.kill()
    first.wait()
    serial = checker.request(ids["book"])  # goes to a process that is gone
    qtbot.waitUntil(lambda: _complete(results, serial), timeout=10_000)
    answer = next(r for r in results if r.serial == serial and r.complete)
    assert not answer.error and len(answer.findings) == 4
    assert checker.process is not first and checker.process.poll() is None


def test_closing_the_workspace_ends_the_checking_process(qtbot, ids, window):
    checker = window.issuing.checker
    assert checker.process is None  # nothing asked yet: nothing started
    results = []
    checker.checked.connect(results.append)
    serial = checker.request(ids["book"])
    qtbot.waitUntil(lambda: _complete(results, serial), timeout=10_000)
    process = checker.process
    assert window.close_workspace()
    assert window.issuing.checker is None
    assert process.poll() == 0  # ended when told (end of input), not killed
    assert window.issuing.panel.status.text() == "No workspace is open."


@pytest.mark.parametrize("closed", [True, False])
def test_a_window_deleted_before_its_session_goes_cleanly(qtbot, ids, workspace_path, closed):
    """A window's session is deleted after its Preflight panel when the window is deleted
    (closing the workspace only schedules the session's deletion). Letting go of the checker
    then must not touch the panel: ``checked.disconnect(slot)`` raised SystemError."""
    win = MainWindow(AppSettings())
    win.show()
    assert win.open_workspace(workspace_path)
    win.open_record("book", ids["book"])
    win.issuing.dock.show()  # made before the session: deleted before it
    dialog = win.issuing.export()
    qtbot.waitUntil(lambda: "Checking" not in dialog.preflight_text.text(), timeout=10_000)
    process = win.issuing.checker.process
    if closed:
        assert win.close()
        assert process.poll() == 0  # the workspace closed: its checking process ended
    session = win.session
    shiboken6.delete(win)  # before the session's deferred deletion has run
    QApplication.processEvents()
    assert process.wait(5) == 0
    assert not shiboken6.isValid(dialog) and not shiboken6.isValid(win.issuing.panel)
    if session is not None:  # deleted with the window, the workspace still open
        session.ws.close()


def test_the_layout_process_answers_a_check_in_two_steps(ids, workspace_path):
    """The wire, without Qt: the findings that need no layout first, then all of them with
    the brief lengths; a book that is gone says so; settings reloaded under a running check;
    end of input ends the process."""
    import json
    import subprocess
    import sys
    import threading

    from ui.preview.layout_process import _ROOT
    from ui.preview.preflight_job import decode
    from ui.preview.render_process import receive

    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.preview.render_process"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=_ROOT,
    )
    watchdog = threading.Timer(30, proc.kill)  # a hung process fails the test, not the run
    watchdog.start()

    def ask(msg: dict, answers: int) -> list[dict]:
        proc.stdin.write(json.dumps(msg).encode() + b"\n")
        proc.stdin.flush()
        return [receive(proc.stdout)[0] for _ in range(answers)]

    try:
        ask({"open": str(workspace_path), "passphrase": None}, 0)
        started, first, complete = ask({"check": ids["book"], "serial": 1}, 3)
        started_gone, gone = ask({"check": 999, "serial": 2}, 2)
        # the settings changed while a check runs: it finishes on the connection it started on
        proc.stdin.write(json.dumps({"check": ids["book"], "serial": 3}).encode() + b"\n")
        _, _, reloaded = ask({"reload": True}, 3)
        proc.stdin.close()
        assert proc.wait(10) == 0
    finally:
        watchdog.cancel()
    assert started == {"started": 1} and started_gone == {"started": 2}
    first, complete, gone = decode(first), decode(complete), decode(gone)
    assert (first.serial, first.complete, complete.serial, complete.complete) == (1, False, 1, True)
    assert {str(f) for f in first.findings} == {str(f) for f in complete.findings}
    assert "brief “Culture”: the brief is empty" in {str(f) for f in complete.findings}
    assert complete.seconds >= first.seconds > 0 and not complete.error
    assert (gone.book_id, gone.serial, gone.error, gone.complete) == (999, 2, "gone", True)
    reloaded = decode(reloaded)
    assert (reloaded.serial, reloaded.complete, reloaded.error) == (3, True, "")
    assert reloaded.findings == complete.findings
