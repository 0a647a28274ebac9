"""Markers for strings that are translated later: the catalogue scanner finds them.

``N_("Objective")`` is just ``"Objective"``; ``pN_("month", "May")`` is the pair
``("month", "May")``, to be looked up with ``pgettext(*pair)``. Use them where the string is
chosen before the language is known (a table of field titles, of statuses, of months).

``M_``, ``pM_`` and ``nM_`` do the same for a message to the user (a preflight finding): the scanner
puts it in the ``messages`` domain wherever the code is, to be looked up in the interface's
language (:func:`briefing.i18n.interface_locale`), never the book's.
"""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - gettext's name for it
    return message


def pN_(context: str, message: str) -> tuple[str, str]:  # noqa: N802
    return context, message


def M_(message: str) -> str:  # noqa: N802
    return message


def pM_(context: str, message: str) -> tuple[str, str]:  # noqa: N802
    return context, message


def nM_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """A message with a plural, to be looked up with ``ngettext(*pair, n)``."""
    return singular, plural
