"""Helpers for the preview, print and preflight tests: a book long enough to take a while to lay
out, and a meter of how long the GUI thread stalls."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from briefing.edits import BookEdit
from briefing.model import Book, Section

PARAGRAPH = (
    "The delegation will note progress on the rice export quota, the railway line to the "
    "border and the new bridge over the river, and will ask when the next working group on "
    "customs procedures meets. "
) * 4


def big_book(window, workspace_path, count: int = 30) -> tuple[int, list[int]]:  # noqa: ANN001
    """A book of ``count`` briefs of about a page each, made by an undoable edit."""
    areas = [a.key for a in window.session.ws.settings.areas]
    sections = [
        Section(
            title=f"Brief {n + 1}: {areas[n % len(areas)]}",
            area=areas[n % len(areas)],
            objective=f"Objective of brief {n + 1}.",
            # paragraphs of different lengths: no two briefs look alike on paper
            background="\n\n".join(PARAGRAPH[: 150 + 97 * ((n + k) % 7)] for k in range(5)),
        )
        for n in range(count)
    ]
    edit = BookEdit(None, Book(title="Big visit book", sections=sections), text="New book")
    assert window.session.push(edit)
    book = window.session.ws.books.get(edit.after.id)
    return book.id, [s.id for s in book.sections]


def open_book(window, book_id: int) -> None:  # noqa: ANN001
    """As a double click in the library does."""
    window.library.open_requested.emit("book", book_id)


def preview_text(live) -> str:  # noqa: ANN001
    document = live.pane.document
    if document is None:
        return ""
    return "\n".join(live.pane.page_text(i) for i in range(document.pageCount()))


class StallMeter:
    """Ticks every 5 ms on the GUI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest_ms = 0
        self.ticks = 0

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self.clock.restart())
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()
