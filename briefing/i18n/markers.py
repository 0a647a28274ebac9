"""Markers for strings that are translated later: the catalogue scanner finds them.

``N_("Objective")`` is just ``"Objective"``; ``pN_("month", "May")`` is the pair
``("month", "May")``, to be looked up with ``pgettext(*pair)``. Use them where the string is
chosen before the language is known (a table of field titles, of statuses, of months).
"""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - gettext's name for it
    return message


def pN_(context: str, message: str) -> tuple[str, str]:  # noqa: N802
    return context, message
