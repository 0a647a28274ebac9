"""``briefing book`` (a book's language and digits) and ``briefing names`` (the workspace's
words in the book languages: area names, levels, countries, places …)."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli import options
from briefing.cli.tr import _
from briefing.cli.workspace import open_workspace
from briefing.compose.terms import printed_words
from briefing.errors import UserError
from briefing.i18n import LANGUAGES, NATIVE_DIGITS, check_language


def _language_line(language: str, native_digits: bool) -> str:
    name = LANGUAGES[language]
    if language not in NATIVE_DIGITS:
        return _("language {code} ({name})").format(code=language, name=name)
    if native_digits:
        return _("language {code} ({name}), its own digits").format(code=language, name=name)
    return _("language {code} ({name}), digits 0-9").format(code=language, name=name)


def cmd_book(args: argparse.Namespace) -> int:
    language = options.language(args)
    digits = options.digits(args)
    changing = language is not None or digits is not None
    with open_workspace(Path(args.file), not changing, args) as ws:
        book = ws.books.find(args.book)
        values: dict[str, object] = {}
        if language is not None and language != book.language:
            values["language"] = language
        if digits is not None and digits != book.native_digits:
            values["native_digits"] = digits
        if values:
            ws.books.save_fields(book.id, values)  # type: ignore[arg-type]
            book = ws.books.get(book.id)  # type: ignore[arg-type]
    line = _language_line(book.language, book.native_digits)
    print(
        _("book {number}: “{title}”: {language}").format(
            number=book.id, title=book.title, language=line
        )
    )
    return 0


def _pairs(given: list[str] | None, option: str) -> list[tuple[str, str]]:
    out = []
    for text in given or []:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise UserError(
                _("{option} takes WORD=NAME, e.g. {example}, not {value!r}").format(
                    option=option, example='"SECRET=សម្ងាត់"', value=text
                )
            )
        out.append((key.strip(), value.strip()))
    return out


def cmd_names(args: argparse.Namespace) -> int:
    language = None
    if args.language:
        try:
            language = check_language(args.language)
        except ValueError:
            raise UserError(
                _("--language takes one of {choices}, not {value!r}").format(
                    choices=", ".join(LANGUAGES), value=args.language
                )
            ) from None
    terms = _pairs(args.set, "--set")
    areas = _pairs(args.area, "--area")
    removed = list(args.unset or [])
    changing = bool(terms or areas or removed)
    if changing and language is None:
        raise UserError(_("say which language the names are in: --language km|fr|zh|en"))
    with open_workspace(Path(args.file), not changing, args) as ws:
        settings = ws.settings
        if changing:
            keys = {a.key: a for a in settings.areas}
            for key, name in areas:
                if key not in keys:
                    raise UserError(
                        _("'{key}' is not a cooperation area of this workspace ({keys})").format(
                            key=key, keys=", ".join(keys)
                        )
                    )
                if name:
                    keys[key].names[language] = name  # type: ignore[index]
                else:  # "energy=" forgets the name
                    keys[key].names.pop(language, None)  # type: ignore[arg-type]
            for word, name in terms:
                if name:
                    settings.terms.setdefault(word, {})[language] = name  # type: ignore[index]
                else:
                    removed.append(word)
            for word in removed:
                names = settings.terms.get(word, {})
                names.pop(language, None)  # type: ignore[arg-type]
                if not names:
                    settings.terms.pop(word, None)
            ws.save_settings(settings)
            settings = ws.settings
        words = printed_words(ws)
    shown = [language] if language else [c for c in LANGUAGES if c != "en"]
    for code in shown:
        print(_("names in {code} ({name}):").format(code=code, name=LANGUAGES[code]))
        for area in settings.areas:
            name = area.names.get(code)
            print(
                f"  {_('area')} {area.key}: {area.name} = {name or _('(none: printed as written)')}"
            )
        listed = {w.text for w in words}
        extra = [w for w in settings.terms if w not in listed]
        for word in [*(w.text for w in words), *extra]:
            name = settings.terms.get(word, {}).get(code)
            print(f"  {word} = {name or _('(none: printed as written)')}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "book",
        help="a book's language and digits: show them, or set them",
        description="Show the language every word a book generates is printed in (cover, "
        "headings, dates, page numbers), or set it (and whether numbers use the language's "
        "own digits).",
    )
    p.add_argument("file")
    p.add_argument("--book", required=True, help="the book's number or title (briefing info)")
    p.add_argument("--language", metavar="|".join(LANGUAGES), help="set the book's language")
    p.add_argument(
        "--digits",
        choices=("native", "western"),
        help="set numbers in the language's own digits (Khmer ០-៩) or in 0-9",
    )
    p.set_defaults(run=cmd_book)

    p = sub.add_parser(
        "names",
        help="the workspace's words in the book languages (areas, levels, places …)",
        description="List the words books print from the records and settings (cooperation "
        "areas, classification levels, caveats, countries, cities, the ministry, office "
        "titles …) with their names in each book language, or set them. A word without a "
        "name in the book's language is printed as written.",
    )
    p.add_argument("file")
    p.add_argument("--language", metavar="|".join(LANGUAGES), help="only this language")
    p.add_argument(
        "--set",
        action="append",
        metavar="WORD=NAME",
        help='the name of a word in --language, e.g. "SECRET=សម្ងាត់" (repeatable)',
    )
    p.add_argument(
        "--area",
        action="append",
        metavar="KEY=NAME",
        help='the name of a cooperation area in --language, e.g. "energy=ថាមពល" (repeatable)',
    )
    p.add_argument(
        "--unset", action="append", metavar="WORD", help="forget a word's name in --language"
    )
    p.set_defaults(run=cmd_names)
