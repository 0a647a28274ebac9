"""Options several commands share, read the same way everywhere."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from briefing.cli.tr import _
from briefing.errors import UserError
from briefing.i18n import LANGUAGES, check_language
from briefing.model import Paper


def add_paper(parser: argparse.ArgumentParser, default: str = "the book's") -> None:
    parser.add_argument("--paper", metavar="A4|Letter", help=f"paper size (default: {default})")


def paper(args: argparse.Namespace) -> Paper | None:
    """``--paper`` as a :class:`Paper`, or None for the book's own."""
    if not getattr(args, "paper", None):
        return None
    try:
        return Paper.parse(args.paper)
    except ValueError:
        raise UserError(
            _("--paper takes A4 or Letter, not {value!r}").format(value=args.paper)
        ) from None


def first_line(name: str, what: str) -> str:
    """The first line of a file the user named (a password, a passphrase), never empty."""
    try:
        with open(name, encoding="utf-8") as f:
            line = f.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            _("{file}: cannot read the {what} file: {error}").format(
                file=name, what=what, error=exc
            )
        ) from None
    value = line.rstrip("\r\n")
    if not value:
        raise UserError(
            _("{file}: the {what} file is empty; put the {what} on its first line").format(
                file=name, what=what
            )
        )
    return value


def lines(name: str, what: str) -> list[str]:
    """The lines of a UTF-8 file (trailing blank lines dropped)."""
    try:
        text = Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            _("{file}: cannot read the {what} file: {error}").format(
                file=name, what=what, error=exc
            )
        ) from None
    found = [line.strip() for line in text.splitlines()]
    while found and not found[-1]:
        found.pop()
    return found


def add_since(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="the records the book covers start on this day, for this run only (default: "
        "the book's scope, Book ▸ Properties: since the previous book, else 24 months)",
    )


def since(args: argparse.Namespace) -> dt.date | None:
    """``--since`` as a date, or None for the book's own period."""
    text = getattr(args, "since", None)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            _("--since takes a date as YYYY-MM-DD (e.g. 2025-01-31), not {value!r}").format(
                value=text
            )
        ) from None


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        metavar="|".join(LANGUAGES),
        help="the language of every word the book generates, for this run only (default: the "
        "book's, Book ▸ Properties or `briefing book --language`)",
    )
    parser.add_argument(
        "--digits",
        choices=("native", "western"),
        help="numbers in the language's own digits (Khmer ០-៩) or in 0-9, for this run only "
        "(default: as the book says)",
    )


def language(args: argparse.Namespace) -> str | None:
    """``--language`` as a book language code, or None for the book's own."""
    text = getattr(args, "language", None)
    if not text:
        return None
    try:
        return check_language(text)
    except ValueError:
        raise UserError(
            _("--language takes one of {choices}, not {value!r}").format(
                choices=", ".join(LANGUAGES), value=text
            )
        ) from None


def digits(args: argparse.Namespace) -> bool | None:
    """``--digits`` as native (True), western (False) or the book's own (None)."""
    choice = getattr(args, "digits", None)
    return None if choice is None else choice == "native"
