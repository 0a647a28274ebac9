"""The errors an import can end in: each carries a message fit to show the user as it is."""

from __future__ import annotations

from briefing.errors import BriefingError
from briefing.i18n import M_


class ImporterError(BriefingError):
    """Base of every import error; ``str(error)`` is the user-facing message."""


class ReadError(ImporterError):
    """A file or pasted text could not be turned into plain text."""


class ExtractError(ImporterError):
    """Plain text was read but no meeting record could be drafted from it."""


class ExtractCancelled(ImporterError):
    """The caller's ``cancelled`` callback asked ``extract`` to stop (nothing was drafted)."""


CANCELLED = M_("The import was cancelled.")
TOO_LONG = M_(
    "The text is too long for one press release ({length} characters; the limit "
    "is {limit}). Import one release at a time."
)
NO_LANGUAGE = M_(
    "No meeting text recognised: the importer reads releases in English, Khmer and "
    "Chinese. Paste or open one of those versions of the release."
)
NO_MEETING_DATE = M_("The draft has no meeting date; set one before saving the record.")
