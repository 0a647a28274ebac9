"""The command line's words in the user's language (the locale: ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``), from the ``cli`` catalogue of :mod:`briefing.i18n`.

Results and error messages are translated; ``--help`` texts stay in English, like argparse's
own words around them ("usage:", "the following arguments are required"), which Python ships
in English only: a help half in one language and half in another reads worse than one in
English, and the option names and formats it explains are English anyway. Errors raised below
the command line are said in the locale's language when raised with a marked template (the
workspace file's common errors, :mod:`briefing.store.errors`); others keep their English words.
"""

from __future__ import annotations

from briefing.i18n import BookLocale, interface_locale


def loc() -> BookLocale:
    """The interface language as a locale: its dates and numbers in messages."""
    return interface_locale()


def _(message: str) -> str:
    return interface_locale().gettext(message)


def _n(singular: str, plural: str, n: int) -> str:
    return interface_locale().ngettext(singular, plural, n)
