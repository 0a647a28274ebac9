"""Checks of an export request that need no layout: copies and recipients, the password,
where the files go. Each refusal is an :class:`IssuingError` that says what to do."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from briefing.errors import BriefingError
from briefing.files.targets import ProtectedTarget, check_target
from briefing.i18n import ENGLISH_BOOK, BookLocale
from briefing.model import Paper

MAX_COPIES = 999
MAX_RECIPIENT = 80  # characters: the footer note has 60% of the line
PROTECTED_FORMAT = "pdf"  # the one format that carries a password (AES-256)


class IssuingError(BriefingError):
    """A user-caused problem with an export; the message says what to do."""


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
        raise IssuingError(f"The number of copies is 0 (not numbered) to {MAX_COPIES}.")
    names = [" ".join(r.split()) for r in names]
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


def password(password: str | None, formats: list[str]) -> None:
    if password is None:
        return
    if password == "":
        raise IssuingError("The password is empty: type one, or export without a password.")
    others = [f for f in formats if f != PROTECTED_FORMAT]
    if others:
        raise IssuingError(
            f"Only the PDF can carry a password; a {others[0].upper()} cannot be protected this "
            "way. Export the PDF alone with the password, and the other formats separately if "
            "they are needed."
        )
    if PROTECTED_FORMAT not in formats:
        raise IssuingError("A password protects a PDF: choose where to write the PDF.")


def target(path: Path | str, what: str) -> Path:
    """Where one file goes, absolute: never over records, never a folder, in a folder that
    exists."""
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
