"""Preflight in the layout process: a book's findings, in two steps, as JSON-ready headers.

Run by :mod:`ui.preview.render_process` for a ``{"check": book_id, "serial": n}`` request and
read back by :class:`ui.issuing.checker.PreflightChecker`. Composing and checking a 170-page
book takes about 0.25 s and laying it out for the brief lengths another 0.2 s; in the GUI
process, on a thread, that stalled typing for up to 200 ms. Qt-free, like the process (it lives
here, beside it, because importing :mod:`ui.issuing` imports Qt).

The first answer has every finding that needs no layout (``complete`` false), the second all of
them with the brief and book lengths from this process's own layout. The layout is
skipped when a newer check is already waiting: its answer will be newer anyway. The findings
are worded in the language the request names (the interface's, ``"language"``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from briefing.issuing.preflight import Finding


@dataclass(frozen=True)
class CheckResult:
    book_id: int
    serial: int
    findings: list[Finding] = field(default_factory=list)
    complete: bool = False  # True once the page lengths are in
    seconds: float = 0.0
    error: str = ""  # "gone" when the book no longer exists


def check_book(
    ws,  # noqa: ANN001 - a briefing.store.Workspace
    book_id: int,
    serial: int,
    send: Callable[[dict], None],
    superseded: Callable[[], bool],
    language: str = "en",
) -> None:
    """Check ``book_id`` and ``send`` one or two answers (an exception means the check failed),
    the findings in ``language``."""
    from briefing.compose.book import Options, compose
    from briefing.export.pdf.writer import measure
    from briefing.i18n import interface_locale
    from briefing.issuing.preflight import check

    loc = interface_locale(language)
    start = time.perf_counter()
    try:
        book = ws.books.get(book_id)
    except KeyError:
        send(encode(CheckResult(book_id, serial, complete=True, error="gone")))
        return
    doc = compose(ws, book, Options())
    first = check(ws, book, doc=doc, loc=loc)
    send(encode(CheckResult(book_id, serial, first, False, time.perf_counter() - start)))
    if superseded():
        return
    laid_out = measure(doc)
    if superseded():
        return
    findings = check(
        ws, book, doc=doc, pages=laid_out.heading_pages, page_count=laid_out.pages, loc=loc
    )
    send(encode(CheckResult(book_id, serial, findings, True, time.perf_counter() - start)))


def encode(result: CheckResult) -> dict:
    header = asdict(result)
    header["check"] = header.pop("serial")
    return header


def decode(header: dict) -> CheckResult:
    """A check's answer, or its failure (``{"serial": n, "error": text}``), as a result."""
    if "check" not in header:
        error = "gone" if header.get("gone") else header.get("error", "")
        return CheckResult(header["book_id"], header["serial"], complete=True, error=error)
    return CheckResult(
        book_id=header["book_id"],
        serial=header["check"],
        findings=[Finding(**f) for f in header["findings"]],
        complete=header["complete"],
        seconds=header["seconds"],
        error=header["error"],
    )
