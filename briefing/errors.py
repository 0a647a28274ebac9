"""One root for every error the user can cause, so that each front end says it once.

Everything raised for a user's mistake or a problem they can act on (a bad file, a full disk,
a workspace in use, a refused edit, an unreadable press release, an export that cannot be
written) is a :class:`BriefingError`, whose message says what happened and what to do. The
command line turns it into one line on stderr and exit code 1 (:mod:`briefing.cli.errors`);
the desktop app into one message box. Anything else is a bug.

An error raised with a marked template and its fields (``WorkspaceError(NO_FILE, path=path)``,
the template marked ``M_``) reads in English as ``str(exc)`` and in the interface's language as
``exc.said(loc)``; one raised with a finished message says it in English either way.
"""

from __future__ import annotations

from typing import Protocol


class _Catalogue(Protocol):  # a briefing.i18n.BookLocale (the i18n layer sits beside this one)
    def gettext(self, message: str) -> str: ...


class Phrase(str):
    """A field of an error's template that is itself translated: a marked phrase (``M_``) that
    can stand on its own between colons ("the change could not be saved")."""

    __slots__ = ()


class Worded(str):
    """A field of an error's template that words itself in a language: its English as the
    string, :meth:`said` in ``loc``'s (a list of sections each with where it stands)."""

    def said(self, loc: _Catalogue) -> str:
        raise NotImplementedError


def _said(value: object, loc: _Catalogue) -> object:
    if isinstance(value, Phrase):
        return loc.gettext(value)
    if isinstance(value, Worded):
        return value.said(loc)
    return value


class BriefingError(Exception):
    """A problem the user can act on; the message is complete as it is."""

    def __init__(self, *args: object, **fields: object) -> None:
        if fields:
            template = str(args[0])
            super().__init__(template.format(**fields))
        else:
            template = str(args[0]) if args else ""
            super().__init__(*args)
        self.template = template
        self.fields = fields

    def said(self, loc: _Catalogue) -> str:
        """The message in ``loc``'s language (:func:`briefing.i18n.interface_locale`)."""
        if not self.fields:
            return loc.gettext(self.template) if self.template == str(self) else str(self)
        fields = {name: _said(value, loc) for name, value in self.fields.items()}
        return loc.gettext(self.template).format(**fields)


class UserError(BriefingError):
    """A mistake in what was asked (a bad option, a missing argument)."""
