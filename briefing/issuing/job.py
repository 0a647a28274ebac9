"""Exporting a book to be issued: numbered copies, a password, the log, issued versions.

Three steps, so that the desktop app runs the slow one on a worker thread:

- :meth:`ExportJob.prepare` (on the workspace's thread, fast): checks the request, composes;
- :meth:`ExportJob.run` (any thread, touches no workspace): lays out, protects and writes
  every file. Files are staged beside their targets and put in place only when all are
  ready, so a cancel or an error leaves the folder as it was;
- :meth:`ExportJob.record` (workspace thread, one transaction): the distribution log and,
  when asked, the issued version with exactly what was issued.

A password is held in memory only: never logged, never stored, and the unprotected PDF of a
protected export never touches the disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing import ir
from briefing.compose.book import Options, compose
from briefing.export.docx.writer import iter_write_docx
from briefing.export.pdf.writer import write_pdf
from briefing.export.protect import protect_pdf
from briefing.files.atomic import put_in_place, write_beside
from briefing.files.targets import ProtectedTarget, check_target
from briefing.interchange.document import dump_book
from briefing.issuing.printed import PrintedPart, printed_parts
from briefing.model import DistributionEntry, IssuedVersion, VersionRecord
from briefing.model.issued import sha256, utc_now
from briefing.store import Workspace

__all__ = [
    "Cancelled",
    "DistributionEntry",
    "ExportJob",
    "ExportRequest",
    "ExportResult",
    "IssuingError",
    "WrittenFile",
    "copy_label",
    "copy_path",
    "distribution_log",
    "export_book",
]

MAX_COPIES = 999
MAX_RECIPIENT = 80  # characters: the footer note has 60% of the line
PDF_STEPS, DOCX_STEPS = 100, 20  # progress weight of laying out one PDF, one DOCX


class IssuingError(Exception):
    """A user-caused problem; the message says what to do."""


class Cancelled(Exception):
    """The export was cancelled; nothing it wrote is left."""


@dataclass
class ExportRequest:
    book_id: int
    pdf: Path | None = None  # with copies, each is <stem>-copy-03-of-12<suffix> beside it
    docx: Path | None = None
    paper: str | None = None  # "A4" | "Letter" | None: the book's own
    draft_mark: bool | None = None  # None: while the book is a draft
    portion_marks: bool = False
    copies: int = 0  # 0: one unnumbered file per format; N >= 1: N numbered copies
    recipients: list[str] = field(default_factory=list)  # one per copy; missing ones are ""
    password: str | None = None  # PDF only (AES-256)
    issue: bool = False  # record this export as the book's next issued version


@dataclass
class WrittenFile:
    path: Path
    format: str  # "pdf" | "docx"
    copy: int | None
    copies: int | None
    recipient: str
    sha256: str


@dataclass
class ExportResult:
    files: list[WrittenFile]
    version: int | None  # the issued version number, if issued
    pages: int  # of the PDF
    notices: list[str]


@dataclass
class _Output:
    """One document to write, as PDF and/or DOCX."""

    doc: ir.Document
    copy: int | None
    copies: int | None
    recipient: str
    pdf: Path | None
    docx: Path | None


def copy_label(copy: int, copies: int, recipient: str = "") -> str:
    """What a numbered copy carries on its cover and in its footer."""
    return f"Copy {copy} of {copies}" + (f" — {recipient}" if recipient else "")


def copy_path(path: Path, copy: int, copies: int) -> Path:
    """``book.pdf`` -> ``book-copy-03-of-12.pdf`` (numbers as wide as the count)."""
    width = len(str(copies))
    return path.with_name(f"{path.stem}-copy-{copy:0{width}d}-of-{copies}{path.suffix}")


def _with_copy(doc: ir.Document, label: str) -> ir.Document:
    """``doc`` as :func:`compose` makes it with ``Options.copy = label`` (a test holds the two
    equal); composing once and stamping each copy keeps :meth:`ExportJob.prepare` fast."""
    blocks = [
        dataclasses.replace(b, copy=label) if isinstance(b, ir.Cover) else b for b in doc.blocks
    ]
    return dataclasses.replace(doc, footer_note=label, blocks=blocks)


class ExportJob:
    """One checked, composed export; see the module text for its three steps."""

    total_steps: int

    def __init__(
        self,
        request: ExportRequest,
        book_title: str,
        doc: ir.Document,
        outputs: list[_Output],
        number: int | None,
        book_json: dict | None,
        notices: list[str],
        record_log: bool,
    ) -> None:
        self.request = request
        self.book_title = book_title
        self.doc = doc  # the master: what is issued, without copy numbers
        self.outputs = outputs
        self.number = number
        self.book_json = book_json
        self.notices = notices
        self.record_log = record_log
        first_has_pdf = outputs[0].pdf is not None
        self.needs_master = (request.issue and request.copies > 0) or not first_has_pdf
        formats = sum(PDF_STEPS * bool(o.pdf) + DOCX_STEPS * bool(o.docx) for o in outputs)
        self.total_steps = formats + (PDF_STEPS if self.needs_master else 0)
        self.pages = 0
        self._master_pdf: bytes | None = None
        self._parts: list[PrintedPart] = []
        self._ran = False

    # ------------------------------------------------------------------ prepare

    @classmethod
    def prepare(
        cls, ws: Workspace, request: ExportRequest, today: dt.date | None = None
    ) -> ExportJob:
        """Check ``request`` against ``ws`` and compose; raises :class:`IssuingError`."""
        r = request
        try:
            book = ws.books.get(r.book_id)
        except KeyError:
            raise IssuingError(f"There is no book {r.book_id} in this workspace.") from None
        if r.pdf is None and r.docx is None:
            raise IssuingError("Choose where to write the book: a PDF, a DOCX or both.")
        paper = _paper(r.paper)
        recipients = _recipients(r.copies, r.recipients)
        _check_password(r)
        pdf, docx = _target(r.pdf, "PDF"), _target(r.docx, "DOCX")
        if pdf is not None and pdf == docx:
            raise IssuingError("The PDF and the DOCX cannot be the same file; name them apart.")
        notices: list[str] = []
        if ws.readonly:
            if r.copies or r.issue:
                raise IssuingError(
                    "The workspace is open read-only, so numbered copies and issued versions "
                    "cannot be recorded in it. Close it where it is open for editing, or export "
                    "without copies and without issuing."
                )
            notices.append(
                "The workspace is open read-only: this export is not in the distribution log."
            )
        number = ws.issued.next_number(book.id) if r.issue else None
        options = Options(
            portion_marks=r.portion_marks,
            draft_mark=r.draft_mark,
            paper=paper,
            today=today or dt.date.today(),
            version=number,
        )
        doc = compose(ws, book, options)
        notices[:0] = doc.notices
        if r.copies:
            outputs = [
                _Output(
                    _with_copy(doc, copy_label(n, r.copies, recipients[n - 1])),
                    n,
                    r.copies,
                    recipients[n - 1],
                    copy_path(pdf, n, r.copies) if pdf else None,
                    copy_path(docx, n, r.copies) if docx else None,
                )
                for n in range(1, r.copies + 1)
            ]
        else:
            outputs = [_Output(doc, None, None, "", pdf, docx)]
        for out in outputs:
            for target, what in ((out.pdf, "PDF"), (out.docx, "DOCX")):
                if target is not None:
                    _target(target, what)
        book_json = dump_book(book) if r.issue else None
        return cls(r, book.title, doc, outputs, number, book_json, notices, not ws.readonly)

    # ------------------------------------------------------------------ run

    def run(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[WrittenFile]:
        """Write every file (touches no workspace). Raises :class:`Cancelled` when
        ``cancelled()`` turns true and :class:`IssuingError` when a file cannot be written;
        either way nothing this run wrote is left."""
        if self._ran:
            raise RuntimeError("an export job runs once; prepare another")
        self._ran = True
        steps = _Steps(progress, self.total_steps, cancelled or (lambda: False))
        staged: list[tuple[Path, Path]] = []  # (temporary file, target)
        placed: list[Path] = []
        files: list[WrittenFile] = []
        try:
            master_pages: dict[str, int] | None = None
            if self.needs_master:
                self._master_pdf, self.pages, master_pages = _render_pdf(self.doc, steps)
                self._parts = printed_parts(self.doc, master_pages, self.pages)
            for out in self.outputs:
                pages_of = master_pages
                if out.pdf is not None:
                    data, pages, pages_of = _render_pdf(out.doc, steps)
                    if not self.needs_master and out is self.outputs[0]:
                        self._master_pdf, self.pages = data, pages  # unnumbered: the master
                        self._parts = printed_parts(self.doc, pages_of, pages)
                    if self.request.password is not None:
                        data = protect_pdf(data, self.request.password)
                    staged.append((_stage(out.pdf, data), out.pdf))
                    files.append(self._written(out, out.pdf, "pdf", data))
                if out.docx is not None:
                    data = _render_docx(out.doc, pages_of, steps)
                    staged.append((_stage(out.docx, data), out.docx))
                    files.append(self._written(out, out.docx, "docx", data))
            steps.check()
            for tmp, target in staged:
                _put(tmp, target)
                placed.append(target)
        except BaseException as exc:
            for tmp, _target in staged:
                tmp.unlink(missing_ok=True)
            for target in placed:
                target.unlink(missing_ok=True)
            if isinstance(exc, _Stop):
                raise Cancelled("The export was cancelled; no file was written.") from None
            raise
        steps.finish()
        if not self.request.issue:
            self._master_pdf = None
        return files

    def _written(self, out: _Output, path: Path, fmt: str, data: bytes) -> WrittenFile:
        return WrittenFile(path, fmt, out.copy, out.copies, out.recipient, sha256(data))

    # ------------------------------------------------------------------ record

    def record(self, ws: Workspace, files: list[WrittenFile]) -> ExportResult:
        """Log ``files`` and, if asked, keep the issued version: one transaction."""
        if not self.record_log:
            return ExportResult(files, None, self.pages, self.notices)
        now = utc_now()
        book_id = self.request.book_id
        with ws.transaction():
            if self.number is not None:
                if self._master_pdf is None:
                    raise RuntimeError("record() needs the files of run()")
                if ws.issued.next_number(book_id) != self.number:
                    raise IssuingError(
                        f"Version {self.number} was issued meanwhile; export again to issue "
                        "the next one."
                    )
                version = IssuedVersion(
                    book_id, self.number, now, self.book_title, self.doc.marking, self.pages
                )
                record = VersionRecord(version, self._master_pdf, self.book_json or {}, self._parts)
                ws.issued.add_version(record)
            ws.issued.add_distribution(
                [
                    DistributionEntry(
                        book_id,
                        self.book_title,
                        self.number,
                        f.copy,
                        f.copies,
                        f.recipient,
                        f.format,
                        str(f.path),
                        f.sha256,
                        now,
                    )
                    for f in files
                ],
            )
        return ExportResult(files, self.number, self.pages, self.notices)


def export_book(
    ws: Workspace, request: ExportRequest, progress: Callable[[int, int], None] | None = None
) -> ExportResult:
    """Prepare, run and record in one go (the command line's way)."""
    job = ExportJob.prepare(ws, request)
    return job.record(ws, job.run(progress))


def distribution_log(ws: Workspace, book_id: int | None = None) -> list[DistributionEntry]:
    """Every file written, oldest first; of one book when ``book_id`` is given."""
    return ws.issued.distribution(book_id)


# ---------------------------------------------------------------------- checks


def _paper(paper: str | None) -> str | None:
    if paper is None:
        return None
    found = {"a4": "A4", "letter": "Letter"}.get(paper.strip().lower())
    if found is None:
        raise IssuingError(f"The paper size is A4 or Letter, not {paper!r}.")
    return found


def _recipients(copies: int, recipients: list[str]) -> list[str]:
    if isinstance(copies, bool) or not isinstance(copies, int) or not 0 <= copies <= MAX_COPIES:
        raise IssuingError(f"The number of copies is 0 (not numbered) to {MAX_COPIES}.")
    names = [" ".join(r.split()) for r in recipients]
    if len(names) > copies:
        what = "numbered copies" if copies == 0 else f"{copies} copies"
        raise IssuingError(
            f"{len(names)} recipients for {what}: give one recipient per copy at most."
        )
    for n, name in enumerate(names, 1):
        if any(unicodedata.category(c) in ("Cc", "Cf") for c in name if c not in "\u200c\u200d"):
            raise IssuingError(f"The recipient of copy {n} contains control characters.")
        if len(name) > MAX_RECIPIENT:
            raise IssuingError(
                f"The recipient of copy {n} is {len(name)} characters long; the footer holds "
                f"{MAX_RECIPIENT}. Shorten it (an office or a name)."
            )
    return names + [""] * (copies - len(names))


def _check_password(r: ExportRequest) -> None:
    if r.password is None:
        return
    if r.password == "":
        raise IssuingError("The password is empty: type one, or export without a password.")
    if r.docx is not None:
        raise IssuingError(
            "A DOCX cannot be protected with a password this way (only the PDF is encrypted): "
            "export the PDF alone with the password, and the DOCX separately if it is needed."
        )
    if r.pdf is None:
        raise IssuingError("A password protects a PDF: choose where to write the PDF.")


def _target(path: Path | str | None, what: str) -> Path | None:
    if path is None:
        return None
    path = Path(path).expanduser().absolute()
    try:
        check_target(path, f"the {what}")
    except ProtectedTarget as exc:
        raise IssuingError(str(exc)) from None
    if not path.name or path.is_dir():
        raise IssuingError(f"{path}: is a folder; give the {what} a file name.")
    if not path.parent.is_dir():
        raise IssuingError(f"{path}: the folder {path.parent} does not exist.")
    return path


# ---------------------------------------------------------------------- writing


class _Stop(Exception):
    pass


class _Steps:
    """Maps each file's own progress onto one bar; stops the work when cancelled."""

    def __init__(self, report, total: int, cancelled: Callable[[], bool]) -> None:
        self.report, self.total, self.cancelled = report, total, cancelled
        self.base = self.shown = 0

    def check(self) -> None:
        if self.cancelled():
            raise _Stop

    def part(self, weight: int) -> Callable[[int, int], None]:
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


def _render_pdf(doc: ir.Document, steps: _Steps) -> tuple[bytes, int, dict[str, int]]:
    steps.check()
    buffer = io.BytesIO()
    pages = write_pdf(doc, buffer, progress=steps.part(PDF_STEPS))
    steps.check()
    return buffer.getvalue(), pages, dict(getattr(doc, "heading_pages", {}))


def _render_docx(doc: ir.Document, pages: dict[str, int] | None, steps: _Steps) -> bytes:
    steps.check()
    buffer = io.BytesIO()
    advance = steps.part(DOCX_STEPS)
    for done, total in iter_write_docx(doc, buffer, pages):
        advance(done, total)
    return buffer.getvalue()


def _stage(path: Path, data: bytes) -> Path:
    try:
        return write_beside(path, data)
    except ProtectedTarget as exc:
        raise IssuingError(str(exc)) from None
    except OSError as exc:
        raise IssuingError(f"{path}: could not be written ({exc.strerror or exc}).") from exc


def _put(tmp: Path, path: Path) -> None:
    try:
        put_in_place(tmp, path)
    except ProtectedTarget as exc:
        raise IssuingError(str(exc)) from None
    except OSError as exc:
        raise IssuingError(f"{path}: could not be written ({exc.strerror or exc}).") from exc
