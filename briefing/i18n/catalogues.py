"""gettext catalogues: the book's words in its language, the command line's in the user's.

Three domains, compiled ``.mo`` files under ``briefing/i18n/locale/<lang>/LC_MESSAGES/``:

* ``book``: every string a book prints (compose, the PDF and DOCX writers, dates), looked up in
  the book's language, whatever the user's locale;
* ``cli``: the ``briefing`` command's results and errors, in the language of the locale
  (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``: the order gettext reads them). A CLI
  message may use a book string (a date, a copy label): ``cli`` falls back to ``book``;
* ``messages``: what the core says to the user wherever it is shown, in the GUI or by the
  command (the preflight findings), in the interface language: marked with ``M_``/``pM_``
  wherever the code is, and looked up through :func:`interface_catalogue` (``cli`` falls back
  to ``messages``, then to ``book``).

A string without a translation comes out in English (gettext's own fallback); the catalogue
check in CI (``tests/briefing/i18n``) fails when one is missing.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

#: the languages a book can be written in, with their own names (as the choice shows them)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "km": "ខ្មែរ (Khmer)",
    "fr": "Français (French)",
    "zh": "中文 (Chinese, simplified)",
}
ENGLISH = "en"
BOOK, CLI, MESSAGES = "book", "cli", "messages"
DOMAINS = (BOOK, CLI, MESSAGES)
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def check_language(code: str) -> str:
    """``code`` as a book language ("KM " -> "km"); ValueError naming the choices otherwise."""
    clean = code.strip().lower().replace("_", "-").split("-")[0]
    if clean not in LANGUAGES:
        choices = ", ".join(LANGUAGES)
        raise ValueError(f"{code!r} is not a book language; choose one of {choices}")
    return clean


@cache
def translations(domain: str, language: str) -> gettext.NullTranslations:
    """The catalogue of ``domain`` in ``language`` (English: no catalogue, the msgids)."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation(domain, LOCALE_DIR, languages=[language], fallback=True)


def locale_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The interface language the locale asks for, as gettext reads it: the first of
    ``LANGUAGE`` (a list, ``km:fr``), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set, with
    the first language of it that we have; English otherwise (also for ``C`` and ``POSIX``)."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if not value:
            continue
        for entry in value.split(":"):
            code = entry.split(".")[0].split("@")[0].replace("_", "-").split("-")[0].lower()
            if code in LANGUAGES:
                return code
        if var != "LANGUAGE":  # a set LC_ALL/LANG decides, even for a language we lack
            return ENGLISH
    return ENGLISH


@cache
def interface_catalogue(language: str) -> gettext.NullTranslations:
    """The interface's catalogue in ``language``: the command line's words, then the core's
    messages, then the book's words."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    cli = gettext.translation(CLI, LOCALE_DIR, languages=[language], fallback=True)
    messages = gettext.translation(MESSAGES, LOCALE_DIR, languages=[language], fallback=True)
    messages.add_fallback(translations(BOOK, language))
    cli.add_fallback(messages)
    return cli
