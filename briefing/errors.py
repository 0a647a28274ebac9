"""One root for every error the user can cause, so that each front end says it once.

Everything raised for a user's mistake or a problem they can act on (a bad file, a full disk,
a workspace in use, a refused edit, an unreadable press release, an export that cannot be
written) is a :class:`BriefingError`, whose message says what happened and what to do. The
command line turns it into one line on stderr and exit code 1 (:mod:`briefing.cli.errors`);
the desktop app into one message box. Anything else is a bug.
"""

from __future__ import annotations


class BriefingError(Exception):
    """A problem the user can act on; the message is complete as it is."""


class UserError(BriefingError):
    """A mistake in what was asked (a bad option, a missing argument)."""
