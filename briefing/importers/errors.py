"""The errors an import can end in: each carries a message fit to show the user as it is."""

from __future__ import annotations

from briefing.errors import BriefingError


class ImporterError(BriefingError):
    """Base of every import error; ``str(error)`` is the user-facing message."""


class ReadError(ImporterError):
    """A file or pasted text could not be turned into plain text."""


class ExtractError(ImporterError):
    """Plain text was read but no meeting record could be drafted from it."""


class ExtractCancelled(ImporterError):
    """The caller's ``cancelled`` callback asked ``extract`` to stop (nothing was drafted)."""
