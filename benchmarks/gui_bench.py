"""GUI benchmark on a generated workspace of 5,000 meetings (offscreen).

Prints ``name=value`` lines:

- ``startup_s``: process start to the main window shown with the library filled (a subprocess)
- ``open_meeting_ms``: median time to switch the editor between 50 meetings
- ``max_save_block_ms``: longest GUI-thread block by an autosave while text is typed into a
  section for 10 s (typing in bursts with pauses, as people type; each pause triggers a save)
- ``max_event_lag_ms``: longest event-loop stall seen by a 5 ms heartbeat while typing (all causes)
- ``rss_mb``: resident memory of the GUI process at the end

Targets: startup_s <= 1.5, open_meeting_ms <= 100, max_save_block_ms <= 50, rss_mb <= 300.
Usage: ``python benchmarks/gui_bench.py [--meetings N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREAS = [
    "political",
    "trade",
    "connectivity",
    "agriculture",
    "energy",
    "development",
    "people",
    "security",
    "law",
    "multilateral",
]
CITIES = ["Phnom Penh", "Beijing", "Vientiane", "Siem Reap", "Shanghai", "Jakarta", "New York"]


def generate(path: Path, meetings: int) -> None:
    from briefing.model import (
        Book,
        Commitment,
        Item,
        ItemKind,
        Meeting,
        Name,
        Participant,
        Person,
        Section,
        Settings,
    )
    from briefing.store import Workspace

    rng = random.Random(7)
    ws = Workspace.create(path, Settings(countries=["Cambodia", "China"]))
    with ws.transaction():
        people = []
        for n in range(40):
            p = Person(
                [
                    Name(f"PERSON {n}"),
                    Name("ហ៊ុន ម៉ាណែត" if n % 2 else "李强", "Khmr" if n % 2 else "Hans"),
                ],
                side="Cambodia" if n % 2 else "China",
            )
            ws.people.save(p)
            people.append(p.id)
        kinds = list(ItemKind)
        start = dt.date(2000, 1, 1)
        for n in range(meetings):
            items = [
                Item(
                    rng.choice(AREAS),
                    rng.choice(["Cambodia", "China", "Both"]),
                    rng.choice(kinds),
                    f"Item {k} of meeting {n}: both sides discussed cooperation on "
                    f"{rng.choice(['rice', 'solar', 'roads', 'tourism', 'scams'])} "
                    "and agreed to continue consultations at the working level.",
                )
                for k in range(10)
            ]
            m = Meeting(
                date=start + dt.timedelta(days=n * 2),
                city=rng.choice(CITIES),
                country="China",
                occasion=f"Consultations round {n}",
                participants=[Participant(rng.choice(people))],
                items=items,
            )
            ws.meetings.save(m)
            if n % 10 == 0:
                item = next((i for i in m.items if i.can_commit), None)
                if item is not None:
                    ws.commitments.save(Commitment.from_item(item))
        book = Book(
            title="Official visit",
            sections=[
                Section(
                    title=f"Brief {a}",
                    area=a,
                    objective="Objective",
                    points="- one\n- two",
                    background="Background paragraph. " * 40,
                )
                for a in AREAS
            ],
        )
        ws.books.save(book)
    ws.close()


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


def measure_startup(path: Path, runs: int = 3) -> float:
    times = []
    with tempfile.TemporaryDirectory() as config:
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, __file__, "--child-startup", str(path), "--config", config],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("READY"):
                    times.append(time.perf_counter() - start)
                    break
            proc.wait()
    return statistics.median(times)


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--keep", help="folder to keep (and reuse) the generated workspace")
    parser.add_argument("--child-startup")
    parser.add_argument("--config")
    args = parser.parse_args()
    if args.child_startup:
        child_startup(args.child_startup, args.config)
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bench-{args.meetings}.briefing"
    if not path.exists():
        start = time.perf_counter()
        generate(path, args.meetings)
        print(
            f"# generated {args.meetings} meetings in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
    startup = measure_startup(path)
    results = in_process(path)
    print(f"meetings={args.meetings}")
    print(f"startup_s={startup:.3f}")
    print(f"open_meeting_ms={results['open_meeting_ms']:.1f}")
    print(f"max_save_block_ms={results['max_save_block_ms']:.1f}")
    print(f"saves={int(results['saves'])}")
    print(f"max_event_lag_ms={results['max_event_lag_ms']:.1f}")
    print(f"rss_mb={results['rss_mb']:.0f}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (not what is measured)


if __name__ == "__main__":
    main()
