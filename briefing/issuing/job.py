"""Exporting a book to be issued: any formats, numbered copies, a password, the log, versions.

Three steps, so that the desktop app runs the slow one on a worker thread:

- :meth:`ExportJob.prepare` (on the workspace's thread, fast): checks the request, composes;
- :meth:`ExportJob.run` (any thread, touches no workspace): lays out, protects and writes
  every file, each with its format's writer from :mod:`briefing.export.registry`. Files are
  staged beside their targets and put in place only when all are ready, so a cancel or an
  error leaves the folder as it was;
- :meth:`ExportJob.record` (workspace thread, one transaction): the distribution log and,
  when asked, the issued version with exactly what was issued.

A password is held in memory only: never logged, never stored, and the unprotected PDF of a
protected export never touches the disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing import ir
from briefing.compose import Options, compose
from briefing.compose.book import locale_of
from briefing.compose.scope import period_problem
from briefing.errors import Worded
from briefing.export import registry
from briefing.export.fonts import missing_glyph_places
from briefing.export.protect import protect_pdf
from briefing.export.writer import Writer, WriteResult
from briefing.files.atomic import put_in_place, write_beside
from briefing.files.targets import ProtectedTarget
from briefing.i18n import M_, check_language
from briefing.interchange import dump_book
from briefing.interchange.clearance import trail as clearance_trail
from briefing.issuing import checks
from briefing.issuing import refusals as no
from briefing.issuing.checks import IssuingError, copy_label, copy_path
from briefing.issuing.printed import printed_parts
from briefing.issuing.steps import Steps, Stop
from briefing.model import DistributionEntry, IssuedVersion, PrintedPart, VersionRecord
from briefing.model.issued import sha256, utc_now
from briefing.store import Workspace

__all__ = [
    "Cancelled",
    "ExportJob",
    "ExportRequest",
    "ExportResult",
    "IssuingError",
    "MissingGlyphs",
    "WrittenFile",
    "copy_label",
    "copy_path",
    "distribution_log",
    "export_book",
]

MASTER = "pdf"  # the format whose layout gives page numbers and the issued master


class Cancelled(Exception):
    """The export was cancelled; nothing it wrote is left."""


@dataclass
class ExportRequest:
    book_id: int
    #: format name (a registered writer, e.g. "pdf") -> file; with copies, each copy is
    #: <stem>-copy-03-of-12<suffix> beside it
    targets: dict[str, Path] = field(default_factory=dict)
    paper: str | None = None  # "A4" | "Letter" | None: the book's own
    draft_mark: bool | None = None  # None: while the book is a draft
    portion_marks: bool = False
    clearance_block: bool = False  # drafted by, cleared by (with dates) after each brief
    copies: int = 0  # 0: one unnumbered file per format; N >= 1: N numbered copies
    recipients: list[str] = field(default_factory=list)  # one per copy; missing ones are ""
    password: str | None = None  # PDF only (AES-256)
    issue: bool = False  # record this export as the book's next issued version
    since: dt.date | None = None  # the period the book covers starts here (else its scope's)
    #: print characters no bundled font has as boxes (otherwise the export is refused)
    allow_missing_glyphs: bool = False
    language: str | None = None  # the book's words in this language (else the book's own)
    native_digits: bool | None = None  # numbers in the language's digits (None: the book's)


class _Places(Worded):
    """The lines of :class:`MissingGlyphs`: under which heading, which characters."""

    def __new__(cls, places: list[tuple[str, set[str]]]) -> _Places:
        words = super().__new__(cls, _place_lines(places, None))
        words.places = places
        return words

    def said(self, loc: Any) -> str:
        return _place_lines(self.places, loc)


def _place_lines(places: list[tuple[str, set[str]]], loc: Any) -> str:
    lines = []
    for where, chars in places:
        line = UNDER if loc is None else loc.gettext(UNDER)
        here = where if loc is None else loc.gettext(where)  # "the cover" or a “heading”
        listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(chars))
        lines.append(line.format(where=here, chars=listed))
    return "\n".join(lines)


UNDER = M_("  under {where}: {chars}")
BOXES = M_(
    "These characters would print as empty boxes: no bundled font has them.\n{places}\n"
    "Replace them (for example with another form of the name), or export anyway "
    "with boxes (--allow-missing-glyphs)."
)


class MissingGlyphs(IssuingError):
    """The book has characters no bundled font draws: they would print as boxes."""

    def __init__(self, places: list[tuple[str, set[str]]]) -> None:
        self.places = places
        super().__init__(BOXES, places=_Places(places))


@dataclass
class WrittenFile:
    path: Path
    format: str  # a writer's name: "pdf", "docx" …
    copy: int | None
    copies: int | None
    recipient: str
    sha256: str


@dataclass
class ExportResult:
    files: list[WrittenFile]
    version: int | None  # the issued version number, if issued
    pages: int  # of the PDF (0 if no PDF was laid out)
    notices: list[str]


@dataclass
class _Output:
    """One document to write in each of its formats."""

    doc: ir.Document
    copy: int | None
    copies: int | None
    recipient: str
    targets: dict[str, Path]  # format -> file, the master format first


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
        formats = outputs[0].targets
        paged = any(registry.writer(f).needs_pages for f in formats)
        # The master PDF is laid out on its own when the files cannot give it: numbered copies
        # of an issued book (the version keeps the unnumbered one), or no PDF among the files
        # while the book is issued or another format needs its page numbers.
        self.needs_master = (request.issue and request.copies > 0) or (
            MASTER not in formats and (request.issue or paged)
        )
        weights = sum(registry.writer(f).weight for o in outputs for f in o.targets)
        master = registry.writer(MASTER).weight if self.needs_master else 0
        self.total_steps = weights + master
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
            raise IssuingError(no.NO_BOOK, book=r.book_id) from None
        if not r.targets:
            raise IssuingError(no.NO_TARGETS)
        known = {w.name: w for w in registry.writers()}
        for name in r.targets:
            if name not in known:
                raise IssuingError(no.NO_FORMAT, name=repr(name))
        # in the registry's order: the PDF first, its pages feed the other formats
        formats = [name for name in known if name in r.targets]
        paper = checks.paper(r.paper)
        recipients = checks.recipients(r.copies, r.recipients)
        checks.password(r.password, formats)
        targets = {f: checks.target(r.targets[f], known[f].label) for f in formats}
        if len(set(targets.values())) < len(targets):
            raise IssuingError(no.SAME_FILE)
        notices: list[str] = []
        if ws.readonly:
            if r.copies or r.issue:
                raise IssuingError(no.READ_ONLY)
            notices.append(
                "The workspace is open read-only: this export is not in the distribution log."
            )
        problem = period_problem(book, r.since)
        if problem:
            raise IssuingError(problem[0].upper() + problem[1:] + ".")
        if r.language is not None:
            try:
                check_language(r.language)
            except ValueError as exc:
                raise IssuingError(f"{exc}.") from None
        number = ws.issued.next_number(book.id) if r.issue else None
        options = Options(
            portion_marks=r.portion_marks,
            clearance_block=r.clearance_block,
            draft_mark=r.draft_mark,
            paper=paper,
            today=today or dt.date.today(),
            version=number,
            since=r.since,
            language=r.language,
            native_digits=r.native_digits,
        )
        doc = compose(ws, book, options)
        loc = locale_of(book, options)
        if not r.allow_missing_glyphs:
            places = missing_glyph_places(doc)
            if places:
                raise MissingGlyphs(places)
        notices[:0] = doc.notices
        if r.copies:
            outputs = [
                _Output(
                    _with_copy(doc, copy_label(n, r.copies, recipients[n - 1], loc)),
                    n,
                    r.copies,
                    recipients[n - 1],
                    {f: copy_path(path, n, r.copies) for f, path in targets.items()},
                )
                for n in range(1, r.copies + 1)
            ]
        else:
            outputs = [_Output(doc, None, None, "", targets)]
        for out in outputs:
            for f, path in out.targets.items():
                checks.target(path, known[f].label)
        # the book as issued, with its clearance trail: who cleared which text by then
        book_json = (
            {**dump_book(book), "clearance": clearance_trail(ws, book.id)} if r.issue else None
        )
        return cls(r, book.title, doc, outputs, number, book_json, notices, not ws.readonly)

    # ------------------------------------------------------------------ run

    def run(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        before_writing: Callable[[], None] | None = None,
    ) -> list[WrittenFile]:
        """Write every file (touches no workspace). Raises :class:`Cancelled` when
        ``cancelled()`` turns true and :class:`IssuingError` when a file cannot be written;
        either way nothing this run wrote is left. ``before_writing()`` is called once the
        first file is laid out and before anything is written; what it raises stops the run
        (an export confirms there that the workspace it read is intact)."""
        if self._ran:
            raise RuntimeError("an export job runs once; prepare another")
        self._ran = True
        steps = Steps(progress, self.total_steps, cancelled or (lambda: False))
        staged: list[tuple[Path, Path]] = []  # (temporary file, target)
        placed: list[Path] = []
        files: list[WrittenFile] = []
        try:
            master_pages: dict[str, int] = {}
            if self.needs_master:
                self._master_pdf, master = _render(registry.writer(MASTER), self.doc, steps)
                self.pages, master_pages = master.pages or 0, master.heading_pages
                self._parts = printed_parts(self.doc, master_pages, self.pages)
            for out in self.outputs:
                pages_of = master_pages
                for name, path in out.targets.items():
                    writer = registry.writer(name)
                    data, result = _render(writer, out.doc, steps, pages_of)
                    if name == MASTER:
                        pages_of = result.heading_pages
                        if not self.needs_master and out is self.outputs[0]:
                            self._master_pdf, self.pages = data, result.pages or 0
                            self._parts = printed_parts(self.doc, pages_of, self.pages)
                        if self.request.password is not None:
                            data = protect_pdf(data, self.request.password)
                    if before_writing is not None:
                        before_writing()
                        before_writing = None
                    staged.append((_stage(path, data), path))
                    files.append(self._written(out, path, name, data))
            steps.check()
            for tmp, target in staged:
                _put(tmp, target)
                placed.append(target)
        except BaseException as exc:
            for tmp, _target in staged:
                tmp.unlink(missing_ok=True)
            for target in placed:
                target.unlink(missing_ok=True)
            if isinstance(exc, Stop):
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
                    raise IssuingError(no.ISSUED_MEANWHILE, number=self.number)
                version = IssuedVersion(
                    book_id, self.number, now, self.book_title, self.doc.marking, self.pages
                )
                ws.issued.add_version(
                    VersionRecord(version, self._master_pdf, self.book_json or {}, self._parts)
                )
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
                ]
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


# ---------------------------------------------------------------------- writing


def _render(
    writer: Writer, doc: ir.Document, steps: Steps, pages: dict[str, int] | None = None
) -> tuple[bytes, WriteResult]:
    steps.check()
    buffer = io.BytesIO()
    result = writer.write(
        doc, buffer, progress=steps.part(writer.weight), pages=pages if writer.needs_pages else None
    )
    steps.check()
    return buffer.getvalue(), result


def _stage(path: Path, data: bytes) -> Path:
    try:
        return write_beside(path, data)
    except ProtectedTarget as exc:
        raise checks.protected(exc) from None
    except OSError as exc:
        raise IssuingError(no.NOT_WRITTEN, path=path, reason=exc.strerror or exc) from exc


def _put(tmp: Path, path: Path) -> None:
    try:
        put_in_place(tmp, path)
    except ProtectedTarget as exc:
        raise checks.protected(exc) from None
    except OSError as exc:
        raise IssuingError(no.NOT_WRITTEN, path=path, reason=exc.strerror or exc) from exc
