"""What every export format is: a :class:`Writer`, found in the registry by its name.

A writer turns the IR document into one file. It knows its format and nothing of books or
workspaces (compose decided what the book says). The export job, the command line (one
``--NAME OUT`` option per writer) and the export dialog (one row per writer) all go through
:mod:`briefing.export.registry`, so a new format is one module plus one registry line.

Progress is a callback, not a generator: reportlab lays a book out inside ``multiBuild`` and
calls back as it goes, so a generator would need a thread for every PDF; a writer that builds
step by step (the DOCX) calls the callback at each step instead. The callback may raise to
stop the work (Cancel), and nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from briefing import ir

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class WriteResult:
    """What a writer reports: the page count if it knows one, and the page of each heading
    (by IR anchor) if it laid out pages — the contents of other formats and preflight use it."""

    pages: int | None = None
    heading_pages: dict[str, int] = field(default_factory=dict)


class Writer(Protocol):
    name: str  # "pdf": the command line's --pdf, the registry key
    label: str  # "PDF", as the dialog says it
    suffix: str  # ".pdf"
    weight: int  # how long it takes relative to the others (one progress bar over all)
    #: it wants the heading pages of a laid-out PDF (a contents with page numbers)
    needs_pages: bool

    def write(
        self,
        doc: ir.Document,
        out: BinaryIO,
        *,
        progress: Progress | None = None,
        pages: dict[str, int] | None = None,
    ) -> WriteResult: ...
