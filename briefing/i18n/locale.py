"""What a book's language decides besides its words: digits, dates, annex letters and the
punctuation of lists and sentences.

A :class:`BookLocale` is the one object the composer and the writers ask: ``loc.gettext``
(and ``pgettext``, ``ngettext``) for the ``book`` catalogue, ``loc.date(day)`` for a date
("10 October 2024", "10 octobre 2024", "2024年10月10日", "១០ តុលា ២០២៤"), ``loc.digits(text)``
for numbers when the book asks for native digits (Khmer ០–៩), ``loc.letter(i)`` for annexes.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache

from briefing.i18n.catalogues import (
    BOOK,
    ENGLISH,
    check_language,
    interface_catalogue,
    locale_language,
)
from briefing.i18n.catalogues import translations as _translations
from briefing.i18n.markers import pN_

#: languages with digits of their own (Chinese books use 0-9, as PRC documents do)
NATIVE_DIGITS = {"km": "០១២៣៤៥៦៧៨៩"}
#: how annexes are lettered: A, B, C; Khmer ក, ខ, គ (the order of the consonants, as
#: Cambodian documents letter their annexes); Chinese 一, 二, 三
_ANNEX_LETTERS: dict[str, list[str]] = {
    "km": list("កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ"),
    "zh": list("一二三四五六七八九十"),
}
_LATIN_LETTERS = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

MONTHS = (
    pN_("month", "January"),
    pN_("month", "February"),
    pN_("month", "March"),
    pN_("month", "April"),
    pN_("month", "May"),
    pN_("month", "June"),
    pN_("month", "July"),
    pN_("month", "August"),
    pN_("month", "September"),
    pN_("month", "October"),
    pN_("month", "November"),
    pN_("month", "December"),
)
SHORT_MONTHS = (
    pN_("short month", "Jan"),
    pN_("short month", "Feb"),
    pN_("short month", "Mar"),
    pN_("short month", "Apr"),
    pN_("short month", "May"),
    pN_("short month", "Jun"),
    pN_("short month", "Jul"),
    pN_("short month", "Aug"),
    pN_("short month", "Sep"),
    pN_("short month", "Oct"),
    pN_("short month", "Nov"),
    pN_("short month", "Dec"),
)


class BookLocale:
    """A language, whether numbers print in its own digits, and its catalogue."""

    __slots__ = ("language", "native_digits", "_catalogue")

    def __init__(
        self,
        language: str = ENGLISH,
        native_digits: bool = False,
        catalogue: gettext.NullTranslations | None = None,
    ) -> None:
        self.language = check_language(language)
        self.native_digits = native_digits
        self._catalogue = catalogue or _translations(BOOK, self.language)

    def __repr__(self) -> str:
        return f"BookLocale({self.language!r}, native_digits={self.native_digits})"

    # ---- words

    def gettext(self, message: str) -> str:
        return self._catalogue.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalogue.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalogue.ngettext(singular, plural, n)

    # ---- numbers

    @property
    def uses_native_digits(self) -> bool:
        return self.native_digits and self.language in NATIVE_DIGITS

    def digits(self, text: str) -> str:
        """``text`` with 0-9 in the language's digits when the book asks for them."""
        if not self.uses_native_digits:
            return text
        return text.translate(_digit_table(self.language))

    def number(self, n: int) -> str:
        return self.digits(str(n))

    def letter(self, index: int) -> str:
        """The annex letter at ``index`` (from 0): A, B …; ក, ខ …; 一, 二 … (then numbers)."""
        letters = _ANNEX_LETTERS.get(self.language, _LATIN_LETTERS)
        return letters[index] if index < len(letters) else self.number(index + 1)

    # ---- dates

    def date(self, day: dt.date | None, *, short: bool = False) -> str:
        """A day as the language writes it in a ministry's papers; "" for None."""
        if day is None:
            return ""
        if short:
            template = self.pgettext("short date", "{day} {month} {year}")
            month = self.pgettext(*SHORT_MONTHS[day.month - 1])
        else:
            template = self.pgettext("date", "{day} {month} {year}")
            month = self.pgettext(*MONTHS[day.month - 1])
        return self.digits(template.format(**self._parts(day), month=month))

    def _parts(self, day: dt.date) -> dict[str, object]:
        first = self.pgettext("the first day of a month, in a date", "1")
        return {
            "day": first if day.day == 1 else day.day,
            "month_number": day.month,
            "year": day.year,
        }

    def date_range(self, start: dt.date | None, end: dt.date | None) -> str:
        """A visit's days: "10–12 June 2025", "30 June – 2 July 2025" …"""
        if not (start and end and end != start):
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            template = self.pgettext("days within one month", "{first_day}–{end}")
            text = template.format(
                first_day=start.day,
                last_day=end.day,
                end=self.date(end),
                month=self.pgettext(*MONTHS[end.month - 1]),
                month_number=end.month,
                year=end.year,
            )
            return self.digits(text)
        template = self.pgettext("dates in two months", "{start} – {end}")
        return template.format(start=self.date(start), end=self.date(end))

    # ---- punctuation

    def sentence(self, text: str) -> str:
        """``text`` ended as a sentence: "." in English, "។" in Khmer, "。" in Chinese."""
        return self.pgettext("the end of a sentence", "{text}.").format(text=text)

    def join(self, items: list[str]) -> str:
        """The items of a list of meetings: "a; b; c"."""
        return self.pgettext("between the items of a list", "; ").join(items)

    def label(self, text: str) -> str:
        """A label before what it names, with the space after it: "Last discussed: " ("… : "
        in French, "…៖ " in Khmer, "…：" in Chinese)."""
        return self.pgettext("a label before its value", "{label}: ").format(label=text)


@cache
def _digit_table(language: str) -> dict[int, str]:
    return {ord(str(i)): d for i, d in enumerate(NATIVE_DIGITS[language])}


@cache
def book_locale(language: str = ENGLISH, native_digits: bool = False) -> BookLocale:
    """The (shared) locale of a book in ``language``."""
    return BookLocale(language, native_digits)


ENGLISH_BOOK = BookLocale()


def interface_locale(language: str | None = None) -> BookLocale:
    """The interface's language as a locale: its messages, their dates. ``language`` is the
    GUI's (Preferences ▸ Language); None: the command line's, from the locale."""
    return _interface_locale(check_language(language) if language else locale_language())


@cache
def _interface_locale(language: str) -> BookLocale:
    return BookLocale(language, catalogue=interface_catalogue(language))
