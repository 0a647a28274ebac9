"""The layout process: composes and lays out books away from the GUI process.

A separate process, not a thread: composing and laying out a book is pure Python, and in a
thread it shares the GUI's interpreter lock and garbage collector (a 170-page book stalled the
GUI thread for 50-150 ms at a time, once for a second). Qt-free; started as ``python -m
ui.preview.render_process`` by :class:`ui.preview.layout_process.LayoutProcess`, once for the
preview (:class:`ui.preview.renderer.Renderer`) and once for preflight
(:class:`ui.issuing.checker.PreflightChecker`), so a rendering and a check never queue behind
each other.

Protocol: JSON lines on stdin, ``{"open": path, "passphrase": p}`` first, then ``{"render":
book_id, "serial": n}`` or ``{"check": book_id, "serial": n}``, ``{"reload": true}``
(settings changed) or ``{"forget": true}``; EOF ends the process. On stdout: ``{"started":
n}``, then for a rendering ``{"serial": n, "size": bytes, ...}`` followed by that many bytes of
PDF, for a check one or two ``{"check": n, "findings": [...], "complete": bool, ...}`` (see
:mod:`ui.preview.preflight_job`), or ``{"serial": n, "error": text}`` (``"gone": true`` when the
book no longer exists). A request of the same kind for another book, ``forget`` or EOF stops
a job at its next step; one for the same book waits (a check then skips its layout).
"""

from __future__ import annotations

import io
import json
import os
import queue
import re
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import BinaryIO


@dataclass(frozen=True)
class Rendering:
    """A book as the PDF writer laid it out."""

    book_id: int
    serial: int
    title: str
    paper: str
    pdf: bytes
    pages: int
    heading_pages: dict[str, int] = field(default_factory=dict)  # anchor -> page (1-based)
    seconds: float = 0.0


@dataclass(frozen=True)
class Failure:
    book_id: int
    serial: int
    message: str


class Cancelled(Exception):
    pass


class BookGone(Exception):
    pass


def render(ws, book_id: int, serial: int, cancelled=lambda: False, layouts=None) -> Rendering:  # noqa: ANN001
    """Compose and write ``book_id`` to PDF bytes; ``cancelled()`` is asked at every step.

    With ``layouts`` (a :class:`briefing.export.pdf.parts.PartLayouts` kept by the process),
    only the parts of the book that changed since the last rendering are laid out again: after
    an edit to one brief, that brief, then page numbers, contents and bookmarks are settled.
    """
    return _render(ws, book_id, serial, cancelled, layouts)[0]


def _render(ws, book_id: int, serial: int, cancelled, layouts):  # noqa: ANN001, ANN202
    """(the rendering, the document to lay out part by part afterwards or None).

    A book whose parts are mostly not kept yet (just opened) is laid out whole, which is
    quicker than part by part; its parts are laid out afterwards, while nothing waits
    (:meth:`_Service._prepare`)."""
    from briefing.compose.book import Options, compose

    start = time.perf_counter()
    try:
        book = ws.books.get(book_id)
    except KeyError:
        raise BookGone from None
    doc = compose(ws, book, Options())

    def progress(_done: int, _total: int) -> None:
        if cancelled():
            raise Cancelled

    later = None
    missing, parts = layouts.missing(doc) if layouts is not None else (0, 0)
    if layouts is not None and 2 * missing <= parts:
        rendered = layouts.render(doc, progress=progress)
        pdf, result = rendered.pdf, rendered.result
    else:
        from briefing.export.pdf.writer import write_pdf

        out = io.BytesIO()
        result = write_pdf(doc, out, progress=progress)
        pdf = out.getvalue()
        later = doc if layouts is not None else None
    rendering = Rendering(
        book_id=book_id,
        serial=serial,
        title=book.title,
        paper=doc.paper,
        pdf=pdf,
        pages=result.pages or 0,
        heading_pages=result.heading_pages,
        seconds=time.perf_counter() - start,
    )
    return rendering, later


def message(exc: BaseException) -> str:
    """An error for a person: reportlab's LayoutError says what did not fit, in its own terms."""
    text = str(exc).strip() or type(exc).__name__
    if type(exc).__name__ == "LayoutError" or "too large on page" in text:
        page = re.search(r"too large on page (\d+)", text)
        quoted = re.search(r"<Para\w* at 0x[0-9a-fA-F]+>(.*?)'\(", text, re.DOTALL)
        what = re.sub(r"<[^>]+>", "", quoted.group(1)).strip() if quoted else ""
        return (
            "Something is too large to fit on a page"
            + (f" (page {page.group(1)})" if page else "")
            + (f": “{what[:40]}{'…' if len(what) > 40 else ''}”" if what else "")
            + ". Break up a very long word or heading, or split a very long table row."
        )
    lines = text.splitlines()
    short = " ".join(line.strip() for line in lines[:3])
    return short[:300] + ("…" if len(short) > 300 or len(lines) > 3 else "")


# ---------------------------------------------------------------------- the wire


def send(out: BinaryIO, header: dict, payload: bytes = b"") -> None:
    out.write(json.dumps(header).encode() + b"\n" + payload)
    out.flush()


def receive(stream: BinaryIO) -> tuple[dict, bytes] | None:
    """The next message from the process, or None at its end."""
    line = stream.readline()
    if not line:
        return None
    header = json.loads(line)
    size = header.get("size", 0)
    payload = stream.read(size) if size else b""
    if len(payload) != size:
        return None
    return header, payload


def encode(rendering: Rendering) -> tuple[dict, bytes]:
    header = asdict(rendering)
    pdf = header.pop("pdf")
    header["size"] = len(pdf)
    return header, pdf


def decode(header: dict, payload: bytes) -> Rendering | Failure:
    if "error" in header:
        return Failure(header["book_id"], header["serial"], header["error"])
    fields = {k: v for k, v in header.items() if k != "size"}
    return Rendering(pdf=payload, **fields)


# ---------------------------------------------------------------------- the process


class _Inbox:
    """Requests read by a thread, so a rendering can look for newer ones between steps."""

    def __init__(self, stream: BinaryIO) -> None:
        self.queue: queue.Queue[dict | None] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: BinaryIO) -> None:
        for line in stream:
            if line.strip():
                self.queue.put(json.loads(line))
        self.queue.put(None)  # EOF: the GUI closed the workspace or quit


def _kind(msg: dict) -> str | None:
    """What a request asks for: ``render`` or ``check`` (None for anything else)."""
    return next((kind for kind in ("render", "check") if kind in msg), None)


class _Service:
    def __init__(self, inbox: _Inbox, out: BinaryIO) -> None:
        self.inbox, self.out = inbox, out
        self.path: str | None = None
        self.passphrase: str | None = None
        self.ws = None
        self.wanted: dict[str, dict] = {}  # by kind: the newest request not yet started
        self.running: dict | None = None
        self.layouts = None  # the preview's parts laid out (briefing.export.pdf.parts)
        self.ending = False
        self.dropped = False
        self.forget_pages = False  # drop the kept parts before the next job (the screen locked)
        self.stale = False  # open afresh before the next job (not under a running one)

    def take(self, msg: dict | None) -> None:
        if msg is None:
            self.ending = True
        elif "open" in msg:
            self.path, self.passphrase = msg["open"], msg.get("passphrase")
            self.stale = True
        elif (kind := _kind(msg)) is not None:
            self.wanted[kind] = msg
        elif msg.get("reload"):
            self.stale = True  # settings are cached per connection
        elif msg.get("forget"):
            self.wanted, self.dropped = {}, True
            self.forget_pages = True

    def _drain(self) -> None:
        while True:
            try:
                self.take(self.inbox.queue.get_nowait())
            except queue.Empty:
                break

    def cancelled(self) -> bool:
        """Stop the running job: the process ends, all was forgotten, or another book is
        wanted instead."""
        self._drain()
        running = self.running
        kind = _kind(running) if running is not None else None
        wanted = self.wanted.get(kind) if kind is not None else None
        other_book = wanted is not None and wanted[kind] != running[kind]
        return self.ending or self.dropped or other_book

    def superseded(self) -> bool:
        """A newer request of the running kind waits: the job may skip what is left."""
        cancelled = self.cancelled()
        running = self.running
        return cancelled or (running is not None and _kind(running) in self.wanted)

    def run(self) -> None:
        while not self.ending:
            if not self.wanted:
                self.take(self.inbox.queue.get())
                continue
            kind = next(iter(self.wanted))  # the kind asked for first
            job = self.wanted.pop(kind)
            self.dropped = False
            self.running = job
            book_id, serial = job[kind], job["serial"]
            send(self.out, {"started": serial})
            try:
                if kind == "check":
                    from ui.preview.preflight_job import check_book

                    check_book(
                        self._workspace(),
                        book_id,
                        serial,
                        self._send,
                        self.superseded,
                        job.get("language") or "en",
                    )
                else:
                    rendering, later = _render(
                        self._workspace(), book_id, serial, self.cancelled, self._layouts()
                    )
                    send(self.out, *encode(rendering))
                    if later is not None:
                        self._prepare(later)
            except Cancelled:
                continue
            except BookGone:
                gone = "The book no longer exists."
                send(self.out, {"book_id": book_id, "serial": serial, "error": gone, "gone": True})
            except Exception as exc:  # noqa: BLE001 - reported to the GUI, never a crash
                send(self.out, {"book_id": book_id, "serial": serial, "error": message(exc)})
            finally:
                self.running = None
        self._close()

    def _send(self, header: dict) -> None:
        send(self.out, header)

    def _prepare(self, doc) -> None:  # noqa: ANN001 - a briefing.ir.Document
        """Lay out the parts of a book just shown whole, until anything else is asked for."""

        def stop() -> bool:
            self._drain()
            return self.ending or self.dropped or self.forget_pages or bool(self.wanted)

        try:
            self._layouts().prepare(doc, stop)
        except Exception as exc:  # noqa: BLE001 - the pages were shown; the next edit lays out
            print(f"preview: parts not laid out ahead: {message(exc)}", file=sys.stderr)

    def _layouts(self):  # noqa: ANN202 - a briefing.export.pdf.parts.PartLayouts
        """The parts kept from earlier renderings (none after ``forget``: they are pages)."""
        from briefing.export.pdf.parts import PartLayouts

        if self.forget_pages and self.layouts is not None:
            self.layouts.clear()
        self.forget_pages = False
        if self.layouts is None:
            self.layouts = PartLayouts()
        return self.layouts

    def _workspace(self):  # noqa: ANN202
        """The connection for the job about to start (a check reads it to its last step)."""
        if self.stale:
            self._close()
            self.stale = False
        if self.ws is None:
            from briefing.store import Workspace

            self.ws = Workspace.open(self.path, readonly=True, passphrase=self.passphrase)
        return self.ws

    def _close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        if self.layouts is not None:
            self.layouts.clear()


#: the argument that makes a frozen executable act as this process (see ui.launcher)
LAYOUT_FLAG = "--layout-process"


def command() -> list[str]:
    """How to start this process: ``python -m`` from source, the executable itself frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, LAYOUT_FLAG]
    return [sys.executable, "-m", "ui.preview.render_process"]


def main() -> None:
    # file descriptors, not sys.stdin/stdout: a windowed frozen executable has those as None
    out = os.fdopen(os.dup(1), "wb")
    if sys.stderr is not None:
        os.dup2(sys.stderr.fileno(), 1)  # a stray print must not break the wire
    else:  # pragma: no cover - a windowed frozen build
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the process's life
    _Service(_Inbox(os.fdopen(0, "rb", closefd=False)), out).run()
    out.close()


if __name__ == "__main__":
    main()
