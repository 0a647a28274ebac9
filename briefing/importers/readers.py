"""Read a press release from a .txt, .docx or .pdf file, or from pasted text, as clean text.

PDF text is read with pypdf rather than pdfminer.six: it is pure Python, already a declared
dependency of the project, released often by an active team, and its ``extract_text`` in
layout mode keeps the blank lines between paragraphs, which the repair of hard line breaks
relies on. pdfminer.six gives finer layout control but is slower and would be a second PDF
library to keep up to date.

Every failure is a :class:`ReadError` whose message names the file and says what to do.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import Phrase
from briefing.i18n import M_
from briefing.importers.cleanup import WIDE_LINE, clean_text
from briefing.importers.errors import ReadError

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 5_000_000  # more text than this is not a press release
MAX_FILE_BYTES = 50_000_000  # a .docx or .pdf larger than this is refused unread
MAX_UNZIPPED_BYTES = 100_000_000  # total uncompressed size of a .docx
MAX_ZIP_RATIO = 100  # uncompressed / compressed size of one large .docx member
MAX_PDF_PAGES = 300

TEXT_SUFFIXES = (".txt", ".text", ".md")
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")

PASTED = Phrase(M_("pasted text"))
UNSUPPORTED = M_(
    "Cannot import {name}: files '{suffix}' are not supported. "
    "Open a .txt, .docx or .pdf file, or paste the text."
)
UNSUPPORTED_OLD = M_(
    "Cannot import {name}: files '{suffix}' are not supported. "
    "Open a .txt, .docx or .pdf file, or paste the text. "
    "Save it as .docx from your word processor."
)
NO_EXTENSION = M_(
    "Cannot import {name}: files without an extension are not supported. "
    "Open a .txt, .docx or .pdf file, or paste the text."
)
NO_SUCH_FILE = M_("Cannot import {name}: the file does not exist.")
CANNOT_READ = M_("Cannot import {name}: {reason}.")
EMPTY = M_("Cannot import {name}: the file is empty.")
NO_TEXT = M_("Cannot import {name}: it contains no text.")
TOO_LARGE_MB = M_(
    "Cannot import {name}: it is too large ({size} MB; the limit is {limit} MB of text). "
    "Import one press release at a time."
)
TOO_LARGE_CHARS = M_(
    "Cannot import {name}: it is too large ({size} characters; the limit is {limit} MB of "
    "text). Import one press release at a time."
)
TOO_LARGE_MORE = M_(
    "Cannot import {name}: it is too large (more than {size} characters; the limit is "
    "{limit} MB of text). Import one press release at a time."
)
TOO_LARGE_PAGES = M_(
    "Cannot import {name}: it is too large ({size} pages; the limit is {limit} MB of text). "
    "Import one press release at a time."
)
BAD_UTF16 = M_("Cannot import {name}: it claims to be UTF-16 but is damaged.")
BINARY = M_("Cannot import {name}: it looks like a binary file, not text.")
DAMAGED_DOCX = M_(
    "Cannot import {name}: the Word document is damaged or not a .docx file "
    "({kind}). Open it in Word and save it again."
)
NOT_A_ZIP = M_(
    "Cannot import {name}: it is not a Word .docx file (it is not a zip package). "
    "If it is an old .doc file, open it in Word and save it as .docx."
)
DAMAGED_ZIP = M_("Cannot import {name}: the Word document is damaged ({error}).")
NO_DOCUMENT = M_("Cannot import {name}: the zip package holds no Word document.")
ZIP_BOMB = M_(
    "Cannot import {name}: it would unpack to far more data than a press release "
    "holds (a damaged or malicious file). It was not opened."
)
NOT_A_PDF = M_("Cannot import {name}: it is not a PDF file.")
PDF_PASSWORD = M_(
    "Cannot import {name}: the PDF is password-protected. "
    "Save an unprotected copy, or paste the text."
)
DAMAGED_PDF = M_(
    "Cannot import {name}: the PDF is damaged ({kind}). "
    "Open it in a PDF viewer and paste the text instead."
)
NO_TEXT_LAYER = M_(
    "Cannot import {name}: the PDF has no text layer; it may be a scan. "
    "Run it through OCR, or paste the text."
)


@dataclass
class ReadResult:
    """Clean text and where it came from; ``notes`` tell the user what was assumed."""

    text: str
    source: str  # the file name, or "pasted text"
    notes: list[str] = field(default_factory=list)


def read_file(path: str | Path) -> ReadResult:
    """Read a .txt, .docx or .pdf file as clean text."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        if not suffix:
            raise ReadError(NO_EXTENSION, name=name)
        template = UNSUPPORTED_OLD if suffix in (".doc", ".odt") else UNSUPPORTED
        raise ReadError(template, name=name, suffix=suffix)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError(NO_SUCH_FILE, name=name) from None
    except OSError as error:
        raise ReadError(CANNOT_READ, name=name, reason=error.strerror or error) from None
    if size == 0:
        raise ReadError(EMPTY, name=name)
    if size > MAX_FILE_BYTES or (suffix in TEXT_SUFFIXES and size > 4 * MAX_TEXT_CHARS):
        raise _too_large(TOO_LARGE_MB, name, f"{size / 1_000_000:.0f}")
    notes: list[str] = []
    try:
        if suffix == ".docx":
            raw = _read_docx(path)
        elif suffix == ".pdf":
            raw = _read_pdf(path)
        else:
            raw = _decode(path.read_bytes(), name, notes)
    except OSError as error:
        raise ReadError(CANNOT_READ, name=name, reason=error.strerror or error) from None
    return _finish(raw, name, notes)


def read_pasted(text: str) -> ReadResult:
    """Clean text the user pasted."""
    return _finish(text, PASTED, [])


def _finish(raw: str, name: str, notes: list[str]) -> ReadResult:
    if len(raw) > MAX_TEXT_CHARS:
        raise _too_large(TOO_LARGE_CHARS, name, f"{len(raw):,}")
    text = clean_text(raw)
    if not text.strip():
        raise ReadError(NO_TEXT, name=name)
    return ReadResult(text, name, notes)


def _too_large(template: str, name: str, size: str) -> ReadError:
    return ReadError(template, name=name, size=size, limit=MAX_TEXT_CHARS // 1_000_000)


# --------------------------------------------------------------------------- plain text


def _decode(data: bytes, name: str, notes: list[str]) -> str:
    """Decode by byte-order mark, else UTF-8, else Windows-1252 (with a note)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(BAD_UTF16, name=name) from None
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[::2].count(0) else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise ReadError(BINARY, name=name) from None
        notes.append(f"{name} had no byte-order mark; it was read as {encoding.upper()}.")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        notes.append(
            f"{name} is not UTF-8; it was read as Windows-1252 (Western European). "
            "Check accented letters and quotation marks in the draft."
        )
        return data.decode("cp1252", errors="replace")


# --------------------------------------------------------------------------- DOCX


def _read_docx(path: Path) -> str:
    name = path.name
    _check_zip(path)
    import docx  # python-docx: imported here so reading .txt needs nothing more
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        parts: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                parts.extend(_table_rows(block))
            else:
                parts.append(block.text)
    except ReadError:
        raise
    except Exception as error:  # python-docx raises many kinds on damaged parts
        log.info("damaged docx %s: %r", path, error)
        raise ReadError(DAMAGED_DOCX, name=name, kind=type(error).__name__) from None
    return _docx_text(parts)


_CLOSED = re.compile(r"[.!?:;\"”’)\]។。]\s*$")


def _docx_text(parts: list[str]) -> str:
    """The paragraphs of a .docx as text. When all are short and several of the longest end in
    mid-sentence, they are the wrapped lines of the real paragraphs (a release pasted from an
    e-mail or a PDF): they are handed on as lines, to be joined as the lines of a .txt are;
    else each is a paragraph."""
    width = max((len(p.strip()) for p in parts), default=0)
    wrapped = [p for p in parts if len(p.strip()) >= 0.6 * width and not _CLOSED.search(p)]
    if width <= WIDE_LINE and len(wrapped) >= 3:
        return "\n".join(parts)
    return "\n\n".join(parts)


def _table_rows(table: object) -> list[str]:
    """One paragraph per table row, cells separated by " | " (nested tables flattened)."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if text and (not cells or cells[-1] != text):  # merged cells repeat
                cells.append(text)
            for inner in cell.tables:
                rows.extend(_table_rows(inner))
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _check_zip(path: Path) -> None:
    """Refuse a .docx that is not a zip, lacks a document, or unpacks to far too much."""
    name = path.name
    if not zipfile.is_zipfile(path):
        raise ReadError(NOT_A_ZIP, name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
        raise ReadError(DAMAGED_ZIP, name=name, error=error) from None
    if not any(m.filename == "word/document.xml" for m in members):
        raise ReadError(NO_DOCUMENT, name=name)
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNZIPPED_BYTES or (member.file_size > 5_000_000 and ratio > MAX_ZIP_RATIO):
            raise ReadError(ZIP_BOMB, name=name)


# --------------------------------------------------------------------------- PDF


def _read_pdf(path: Path) -> str:
    name = path.name
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise ReadError(NOT_A_PDF, name=name)
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(PDF_PASSWORD, name=name)
        if len(reader.pages) > MAX_PDF_PAGES:
            raise _too_large(TOO_LARGE_PAGES, name, str(len(reader.pages)))
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            text = _page_text(page)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                raise _too_large(TOO_LARGE_MORE, name, f"{MAX_TEXT_CHARS:,}")
            pages.append(text)
    except ReadError:
        raise
    except Exception as error:  # pypdf raises many kinds (NotImplementedError for odd filters)
        log.info("damaged pdf %s: %r", path, error)
        raise ReadError(DAMAGED_PDF, name=name, kind=type(error).__name__) from None
    if not any(page.strip() for page in pages):
        raise ReadError(NO_TEXT_LAYER, name=name)
    return "\f".join(pages)


def _page_text(page: object) -> str:
    """The page's text in layout mode (keeps the blank lines between paragraphs)."""
    try:
        return page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except Exception as error:  # layout mode is newer and fussier; plain mode still works
        log.info("layout extraction failed (%r); using plain mode", error)
        return page.extract_text() or ""  # type: ignore[attr-defined]
