"""A review's refusals, as templates marked for the ``messages`` catalogue: raised as
``ReviewFileError(TEMPLATE, field=…)`` (or ``ReviewError``, ``ReviewApplyError``), said in
English by ``str(exc)`` and in the interface's language by ``exc.said(loc)``."""

from __future__ import annotations

from briefing.i18n import M_

NOT_IN_WORKSPACE = M_(
    "{name}: a review of “{title}”, a book that is not in this workspace; nothing was changed"
)
OTHER_WORKSPACE = M_(
    "{name}: a review of “{title}” from another workspace, not of “{book}”; nothing was changed"
)
NOT_THE_OPEN_BOOK = M_(
    "{name}: a review of “{book}”, not of the open book “{open}”; nothing was changed"
)
CHANGED_MEANWHILE = M_(
    "“{section}” changed while the review was open; open the review again (nothing was changed)"
)
NO_SUCH_SECTION = M_("the book “{title}” has no section {section}")
NOTHING_TO_SEND = M_("the book “{title}” has no section with text to send for review")
NOT_WORD_OR_DAMAGED = M_(
    "{name}: not a Word document, or damaged ({error}); ask the reviewer to save it again as .docx"
)
BAD_PART = M_("{name}: damaged (the part {part} cannot be read)")
NO_DOCUMENT = M_("{name}: not a Word document (no word/document.xml)")
PART_TOO_LARGE = M_("{name}: the part {part} is too large to read")
DAMAGED_PART = M_("{name}: damaged ({part}: {error})")
NOT_A_REVIEW = M_(
    "{name}: not a review file made by Briefing Book (Book ▸ Send for Review…, or "
    "`briefing review-docx`); nothing was changed"
)
NO_BODY = M_("{name}: damaged (the document has no body)")
