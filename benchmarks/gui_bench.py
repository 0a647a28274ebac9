"""GUI benchmark on generated workspaces of 5,000 and 10,000 meetings (offscreen).

The workspaces are the newest 5,000 and 10,000 meetings of one generated relationship
(``history_workspace.py``: 10 items a meeting, about 1,650 and 3,300 tracked commitments).
Prints ``name=value`` lines:

- ``startup_s``: process start to the main window shown with the library filled (a subprocess;
  median of 3, no backup due), on 5,000 meetings; ``startup_large_s`` the same on 10,000, in
  the same run, and ``startup_ratio`` the one over the other (target <= 1.5)
- ``startup_backup_s``, ``startup_backup_large_s``: the first start of the day, when the
  backup made on opening is due (it copies the whole file, on a thread of its own)
- ``backup_large_s``, ``backup_max_event_lag_ms``: a backup of the 10,000-meeting file, and
  the longest event-loop stall a 5 ms heartbeat sees while it runs
- ``open_meeting_ms``: median time to switch the editor between 50 meetings (5,000)
- ``max_save_block_ms``: longest GUI-thread block by an autosave while text is typed into a
  section for 10 s (typing in bursts with pauses, as people type; each pause triggers a save)
- ``max_event_lag_ms``: longest event-loop stall seen by a 5 ms heartbeat while typing (all causes)
- ``rss_mb``: resident memory of the GUI process at the end
- on 10,000 meetings: ``filter_max_block_ms`` (the longest of 30 library filter changes: text,
  area, side, year; each call timed), ``tracker_open_ms`` (the tracker of ~3,300 commitments),
  ``sort_max_block_ms`` (every column of the tracker, both ways), ``tracker_filter_max_block_ms``
  and ``history_max_event_lag_ms`` (a 5 ms heartbeat while all that runs from timers); target
  for filtering and sorting: <= 100 ms

Targets: startup_s <= 1.5, open_meeting_ms <= 100, max_save_block_ms <= 50, rss_mb <= 300.
Usage: ``python benchmarks/gui_bench.py [--meetings N] [--large N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))  # this checkout's briefing/ and ui/


def generate(path: Path, meetings: int) -> None:
    from history_workspace import generate as generate_history

    generate_history(path, meetings)


def child_startup(path: str, config: str) -> None:
    """Run in a subprocess: start the app, print READY when the library is filled."""
    os.environ["BRIEFING_BOOK_CONFIG_DIR"] = config
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_font, create_window, register_fonts

    app = QApplication([sys.argv[0]])
    register_fonts()
    apply_font(app)
    window = create_window(path)
    window.show()

    def ready() -> None:
        assert window.library.meetings.total() > 0 and window.library.meetings.rowCount() > 0
        print("READY", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


def start_app(path: Path, config: str, data: str) -> float:
    """Seconds from process start to the library filled (``child_startup``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFING_DATA_DIR": data}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child-startup", str(path), "--config", config],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    seconds = float("nan")
    for line in proc.stdout:
        if line.startswith("READY"):
            seconds = time.perf_counter() - start
            break
    proc.wait()
    return seconds


def measure_startups(paths: dict[str, Path], runs: int = 3) -> dict[str, float]:
    """Per workspace: the first start with a backup due (a fresh data folder), then the
    median of ``runs`` starts with none due; the sizes interleaved."""
    out: dict[str, float] = {}
    times: dict[str, list[float]] = {name: [] for name in paths}
    with tempfile.TemporaryDirectory() as config, tempfile.TemporaryDirectory() as data:
        for name, path in paths.items():
            out[f"{name}_backup"] = start_app(path, config, data)
        for _ in range(runs):
            for name, path in paths.items():
                times[name].append(start_app(path, config, data))
    for name, found in times.items():
        out[name] = statistics.median(found)
    return out


def in_process(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_font, register_fonts
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    register_fonts()
    apply_font(app)
    with tempfile.TemporaryDirectory() as config:
        window = MainWindow(AppSettings(Path(config)))
        window.show()
        assert window.open_workspace(path)
        app.processEvents()

        # switching between 50 meetings
        ids = [m.id for m in window.session.ws.meetings.summaries(limit=2000)][::40][:50]
        times = []
        for mid in ids:
            start = time.perf_counter()
            window.open_record("meeting", mid)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        open_ms = statistics.median(times)

        # typing into a section for 10 s, in bursts, with autosave
        book_id = window.session.ws.books.summaries()[0][0]
        window.open_record("book", book_id)
        app.processEvents()
        field = window.editors["book"].section.fields["background"]
        field.setFocus()
        saver = window.session.saver
        saver.durations_ms.clear()
        lag = {"max": 0.0}
        beat = QElapsedTimer()
        beat.start()
        heartbeat = QTimer()
        heartbeat.setInterval(5)

        def tick() -> None:
            lag["max"] = max(lag["max"], beat.restart() - 5)

        heartbeat.timeout.connect(tick)
        typer = QTimer()
        typer.setInterval(40)
        state = {"n": 0, "t0": time.perf_counter()}
        words = "the delegation will raise rice exports and solar parks ".split()

        def type_key() -> None:
            state["n"] += 1
            if time.perf_counter() - state["t0"] > 10:
                typer.stop()
                app.quit()
                return
            if state["n"] % 30 < 24:  # a burst of keys, then about a quarter second of pause
                field.insertPlainText(words[state["n"] % len(words)][:1])
            if state["n"] % 60 == 0:
                typer.setInterval(1100)  # a longer pause: the debounce fires
            else:
                typer.setInterval(40)

        typer.timeout.connect(type_key)
        heartbeat.start()
        typer.start()
        app.exec()
        heartbeat.stop()
        saver.flush()
        saves = list(saver.durations_ms)
        window.close()
    rss = 0.0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    return {
        "open_meeting_ms": open_ms,
        "max_save_block_ms": max(saves) if saves else 0.0,
        "saves": float(len(saves)),
        "max_event_lag_ms": lag["max"],
        "rss_mb": rss,
    }


def long_history(path: Path) -> dict[str, float]:
    """Filtering the library and the tracker, sorting the tracker: how long each blocks."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import apply_font, register_fonts
    from ui.common.settings import AppSettings
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    register_fonts()
    apply_font(app)
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as config:
        window = MainWindow(AppSettings(Path(config)))
        window.show()
        assert window.open_workspace(path)
        app.processEvents()
        library = window.library
        ws = window.session.ws

        def pick(combo, data) -> None:  # noqa: ANN001
            combo.setCurrentIndex(max(0, combo.findData(data)))
            library.reload_meetings()

        def type_filter(text: str) -> None:
            library.text.blockSignals(True)
            library.text.setText(text)
            library.text.blockSignals(False)
            library.reload_meetings()  # what the debounce timer calls

        areas = [a.key for a in ws.settings.areas]
        steps = []
        for text in ("Phnom", "Beijing", "round 99", "official", "zzz", ""):
            steps.append(lambda t=text: type_filter(t))
        for area in areas[::4]:
            steps.append(lambda a=area: pick(library.area, a))
        steps.append(lambda: pick(library.area, ""))
        for side in ("China", "Cambodia", ""):
            steps.append(lambda v=side: pick(library.side, v))
        for year in (2024, 2010, 1999, ""):
            steps.append(lambda y=year: pick(library.year, y))
        steps.append(lambda: type_filter("Siem"))
        steps.append(lambda: pick(library.area, areas[3]))
        steps.append(lambda: type_filter(""))
        steps.append(lambda: pick(library.area, ""))

        start = time.perf_counter()
        window.tracker_action.trigger()
        app.processEvents()
        out["tracker_open_ms"] = (time.perf_counter() - start) * 1000
        tracker = window.editors["commitment"]
        out["tracker_rows"] = float(tracker.model.rowCount())
        sorts = []
        from PySide6.QtCore import Qt

        for column in range(len(tracker.model.headers)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                sorts.append(lambda c=column, o=order: tracker.table.sortByColumn(c, o))

        def tracker_pick(combo, data) -> None:  # noqa: ANN001
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.activated.emit(combo.currentIndex())

        tracker_filters = [
            lambda: tracker_pick(tracker.area, areas[5]),
            lambda: tracker_pick(tracker.status, "in progress"),
            lambda: tracker.overdue.setChecked(True),
            lambda: tracker.overdue.setChecked(False),
            lambda: tracker_pick(tracker.status, ""),
            lambda: tracker_pick(tracker.owed_by, "China"),
            lambda: tracker_pick(tracker.owed_by, ""),
            lambda: tracker_pick(tracker.area, ""),
        ]

        def timed(actions) -> list[float]:  # noqa: ANN001
            found = []
            for action in actions:
                begin = time.perf_counter()
                action()
                app.processEvents()  # the view lays out the rows it shows
                found.append((time.perf_counter() - begin) * 1000)
            return found

        window.open_record("meeting", library.meetings.rows()[0].id)
        filters = timed(steps)
        window.tracker_action.trigger()
        app.processEvents()
        sort_times = timed(sorts)
        tracker_filter_times = timed(tracker_filters)
        out["filter_max_block_ms"] = max(filters)
        out["filter_median_ms"] = statistics.median(filters)
        out["sort_max_block_ms"] = max(sort_times)
        out["tracker_filter_max_block_ms"] = max(tracker_filter_times)

        # the same again from timers, with a 5 ms heartbeat watching the event loop
        queue = [*steps, lambda: window.tracker_action.trigger(), *sorts, *tracker_filters]
        lag = {"max": 0.0}
        beat = QElapsedTimer()
        beat.start()
        heartbeat = QTimer()
        heartbeat.setInterval(5)

        def tick() -> None:
            lag["max"] = max(lag["max"], beat.restart() - 5)

        def step() -> None:
            if not queue:
                driver.stop()
                app.quit()
                return
            queue.pop(0)()

        heartbeat.timeout.connect(tick)
        driver = QTimer()
        driver.setInterval(60)
        driver.timeout.connect(step)
        window.open_record("meeting", library.meetings.rows()[0].id)
        heartbeat.start()
        driver.start()
        app.exec()
        heartbeat.stop()
        out["history_max_event_lag_ms"] = lag["max"]

        # a backup of the whole file runs on its own thread: how long the window stalls meanwhile
        backup_lag = {"max": 0.0}

        def backup_tick() -> None:
            backup_lag["max"] = max(backup_lag["max"], beat.restart() - 5)

        heartbeat.timeout.disconnect()
        heartbeat.timeout.connect(backup_tick)
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: window.backups.running() or app.quit())
        if window.session is None:  # quitting the loop above closed it (saving everything)
            assert window.open_workspace(path)
            QTimer.singleShot(1500, app.quit)  # what opening leaves queued runs first
            app.exec()
        window.backups.wait()
        started = time.perf_counter()
        window.backups.back_up_now()
        beat.restart()
        heartbeat.start()
        poll.start()
        app.exec()
        heartbeat.stop()
        poll.stop()
        out["backup_s"] = time.perf_counter() - started
        out["backup_max_event_lag_ms"] = backup_lag["max"]
        window.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--keep", help="folder to keep (and reuse) the generated workspaces")
    parser.add_argument("--child-startup")
    parser.add_argument("--config")
    args = parser.parse_args()
    if args.child_startup:
        child_startup(args.child_startup, args.config)
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, meetings in (("small", args.meetings), ("large", args.large)):
        path = folder / f"history-{meetings}.briefing"
        if not path.exists():
            start = time.perf_counter()
            generate(path, meetings)
            print(
                f"# generated {meetings} meetings in {time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
        paths[name] = path
    startups = measure_startups(paths)
    with tempfile.TemporaryDirectory() as data:
        os.environ["BRIEFING_DATA_DIR"] = data  # the backups of this process go there
        results = in_process(paths["small"])
        history = long_history(paths["large"])
    print(f"meetings={args.meetings}")
    print(f"startup_s={startups['small']:.3f}")
    print(f"startup_large_s={startups['large']:.3f}")
    print(f"startup_ratio={startups['large'] / startups['small']:.2f}")
    print(f"startup_backup_s={startups['small_backup']:.3f}")
    print(f"startup_backup_large_s={startups['large_backup']:.3f}")
    print(f"open_meeting_ms={results['open_meeting_ms']:.1f}")
    print(f"max_save_block_ms={results['max_save_block_ms']:.1f}")
    print(f"saves={int(results['saves'])}")
    print(f"max_event_lag_ms={results['max_event_lag_ms']:.1f}")
    print(f"rss_mb={results['rss_mb']:.0f}")
    print(f"large_meetings={args.large}")
    print(f"tracker_rows={history['tracker_rows']:.0f}")
    print(f"tracker_open_ms={history['tracker_open_ms']:.1f}")
    print(f"filter_max_block_ms={history['filter_max_block_ms']:.1f}")
    print(f"filter_median_ms={history['filter_median_ms']:.1f}")
    print(f"sort_max_block_ms={history['sort_max_block_ms']:.1f}")
    print(f"tracker_filter_max_block_ms={history['tracker_filter_max_block_ms']:.1f}")
    print(f"backup_large_s={history['backup_s']:.2f}")
    print(f"backup_max_event_lag_ms={history['backup_max_event_lag_ms']:.1f}")
    print(f"history_max_event_lag_ms={history['history_max_event_lag_ms']:.1f}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (not what is measured)


if __name__ == "__main__":
    main()
