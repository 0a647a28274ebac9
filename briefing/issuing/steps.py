"""One progress bar over several files, and the Cancel that stops them."""

from __future__ import annotations

from collections.abc import Callable

from briefing.export.writer import Progress


class Stop(Exception):
    """Raised from inside a writer's progress callback when the user cancelled."""


class Steps:
    """Maps each file's own progress onto one bar; stops the work when cancelled."""

    def __init__(self, report: Progress | None, total: int, cancelled: Callable[[], bool]) -> None:
        self.report, self.total, self.cancelled = report, total, cancelled
        self.base = self.shown = 0

    def check(self) -> None:
        if self.cancelled():
            raise Stop

    def part(self, weight: int) -> Progress:
        """The progress callback of the next file, worth ``weight`` steps of the bar."""
        base = self.base
        self.base += weight

        def advance(done: int, total: int) -> None:
            self.check()
            if total > 0:
                self._show(base + min(weight, done * weight // total))

        return advance

    def _show(self, value: int) -> None:
        if value > self.shown and self.report is not None:
            self.shown = value
            self.report(value, self.total)

    def finish(self) -> None:
        self._show(self.total)
