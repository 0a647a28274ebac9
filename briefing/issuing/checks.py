"""Checks of an export request that need no layout: copies and recipients, the password,
where the files go. Each refusal is an :class:`IssuingError` that says what to do."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from briefing.errors import BriefingError, Phrase
from briefing.files.targets import ProtectedTarget, check_target
from briefing.i18n import ENGLISH_BOOK, BookLocale
from briefing.issuing import refusals as no
from briefing.model import Paper

MAX_COPIES = 999
MAX_RECIPIENT = 80  # characters: the footer note has 60% of the line
PROTECTED_FORMAT = "pdf"  # the one format that carries a password (AES-256)


class IssuingError(BriefingError):
    """A user-caused problem with an export; the message says what to do."""


def protected(exc: ProtectedTarget) -> IssuingError:
    """The refusal to write over records, keeping its template (and "the file" translated)."""
    fields = dict(exc.fields)
    fields["what"] = Phrase(str(fields["what"]))
    return IssuingError(exc.template, **fields)


def copy_label(copy: int, copies: int, recipient: str = "", loc: BookLocale = ENGLISH_BOOK) -> str:
    """What a numbered copy carries on its cover and in its footer (in the book's language)."""
    label = loc.gettext("Copy {copy} of {copies}").format(
        copy=loc.number(copy), copies=loc.number(copies)
    )
    return label + (f" — {recipient}" if recipient else "")


def copy_path(path: Path, copy: int, copies: int) -> Path:
    """``book.pdf`` -> ``book-copy-03-of-12.pdf`` (numbers as wide as the count)."""
    width = len(str(copies))
    return path.with_name(f"{path.stem}-copy-{copy:0{width}d}-of-{copies}{path.suffix}")


def paper(text: str | None) -> Paper | None:
    if text is None:
        return None
    try:
        return Paper.parse(text)
    except ValueError as exc:
        raise IssuingError(f"{exc}.") from None


def recipients(copies: int, names: list[str]) -> list[str]:
    """One recipient per copy (missing ones ""), each checked."""
    if isinstance(copies, bool) or not isinstance(copies, int) or not 0 <= copies <= MAX_COPIES:
        raise IssuingError(no.COPIES, most=MAX_COPIES)
    names = [" ".join(r.split()) for r in names]
    if len(names) > copies:
        if copies == 0:
            raise IssuingError(no.RECIPIENTS_UNNUMBERED, count=len(names))
        raise IssuingError(no.RECIPIENTS, count=len(names), copies=copies)
    for n, name in enumerate(names, 1):
        if any(unicodedata.category(c) in ("Cc", "Cf") for c in name if c not in "\u200c\u200d"):
            raise IssuingError(no.CONTROL_CHARACTERS, copy=n)
        if len(name) > MAX_RECIPIENT:
            raise IssuingError(no.RECIPIENT_TOO_LONG, copy=n, length=len(name), most=MAX_RECIPIENT)
    return names + [""] * (copies - len(names))


def password(password: str | None, formats: list[str]) -> None:
    if password is None:
        return
    if password == "":
        raise IssuingError(no.EMPTY_PASSWORD)
    others = [f for f in formats if f != PROTECTED_FORMAT]
    if others:
        raise IssuingError(no.PDF_ONLY, kind=others[0].upper())
    if PROTECTED_FORMAT not in formats:
        raise IssuingError(no.PASSWORD_NEEDS_PDF)


def target(path: Path | str, what: str) -> Path:
    """Where one file goes, absolute: never over records, never a folder, in a folder that
    exists."""
    path = Path(path).expanduser().absolute()
    try:
        check_target(path, no.the(what))
    except ProtectedTarget as exc:
        raise protected(exc) from None
    if not path.name or path.is_dir():
        raise IssuingError(no.IS_A_FOLDER, path=path, what=no.the(what))
    if not path.parent.is_dir():
        raise IssuingError(no.NO_FOLDER, path=path, folder=path.parent)
    return path
