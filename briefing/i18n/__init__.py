"""Translations: the words a book prints in its own language, and the command line's
messages in the user's (gettext catalogues; see :mod:`briefing.i18n.catalogues`)."""

from briefing.i18n.catalogues import (
    ENGLISH,
    LANGUAGES,
    check_language,
    interface_catalogue,
    locale_language,
)
from briefing.i18n.locale import (
    ENGLISH_BOOK,
    NATIVE_DIGITS,
    BookLocale,
    book_locale,
    interface_locale,
)
from briefing.i18n.markers import M_, N_, nM_, pM_, pN_

__all__ = [
    "ENGLISH",
    "ENGLISH_BOOK",
    "LANGUAGES",
    "NATIVE_DIGITS",
    "BookLocale",
    "M_",
    "N_",
    "book_locale",
    "check_language",
    "interface_catalogue",
    "interface_locale",
    "locale_language",
    "nM_",
    "pM_",
    "pN_",
]
