"""An export's refusals, as templates marked for the ``messages`` catalogue: raised as
``IssuingError(TEMPLATE, field=…)``, said in English by ``str(exc)`` and in the interface's
language by ``exc.said(loc)``."""

from __future__ import annotations

from briefing.errors import Phrase
from briefing.i18n import M_

#: "the PDF", as a refusal names the file a format is written to
THE = {"PDF": M_("the PDF"), "DOCX (Word)": M_("the DOCX (Word)")}

COPIES = M_("The number of copies is 0 (not numbered) to {most}.")
RECIPIENTS_UNNUMBERED = M_(
    "{count} recipients for numbered copies: give one recipient per copy at most."
)
RECIPIENTS = M_("{count} recipients for {copies} copies: give one recipient per copy at most.")
CONTROL_CHARACTERS = M_("The recipient of copy {copy} contains control characters.")
RECIPIENT_TOO_LONG = M_(
    "The recipient of copy {copy} is {length} characters long; the footer holds "
    "{most}. Shorten it (an office or a name)."
)
EMPTY_PASSWORD = M_("The password is empty: type one, or export without a password.")
PDF_ONLY = M_(
    "Only the PDF can carry a password; a {kind} cannot be protected this "
    "way. Export the PDF alone with the password, and the other formats separately if "
    "they are needed."
)
PASSWORD_NEEDS_PDF = M_("A password protects a PDF: choose where to write the PDF.")
IS_A_FOLDER = M_("{path}: is a folder; give {what} a file name.")
NO_FOLDER = M_("{path}: the folder {folder} does not exist.")
NO_BOOK = M_("There is no book {book} in this workspace.")
NO_TARGETS = M_("Choose where to write the book: a PDF, a DOCX or both.")
NO_FORMAT = M_("There is no export format {name}.")
SAME_FILE = M_("Two formats cannot be written to the same file; name them apart.")
READ_ONLY = M_(
    "The workspace is open read-only, so numbered copies and issued versions "
    "cannot be recorded in it. Close it where it is open for editing, or export "
    "without copies and without issuing."
)
ISSUED_MEANWHILE = M_("Version {number} was issued meanwhile; export again to issue the next one.")
NOT_WRITTEN = M_("{path}: could not be written ({reason}).")
NOT_LATER = M_(
    "version {until} is not later than version {since}; compare an older version with a newer one"
)


def the(label: str) -> str:
    """ "the PDF" for a format's label, translated where the catalogue knows it."""
    return Phrase(THE[label]) if label in THE else f"the {label}"
