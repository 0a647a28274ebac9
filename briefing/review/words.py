"""Every sentence the review DOCX and its report generate, in one place (see
:mod:`briefing.model.clearance_words`: whole templates with named fields, for a catalogue)."""

REVIEW_TITLE = "For review: {title}"
INSTRUCTIONS = (
    "Edit the text under each heading directly or with Track Changes, and add comments. "
    "Keep the headings: the text under them goes back into the book, section by section. "
    "Text added elsewhere is reported, not placed."
)
CONFLICT_COMMENT = (
    "Proposed in the review by {who}, on text that has changed since it was sent; not "
    "applied:\n{text}"
)
OUTSIDE_COMMENT = "Added in the review outside any section (after “{heading}”):\n{text}"
GONE_SECTION = "section {id} (“{title}”) is no longer in the book; its returned text: {text}"
APPLIED_NOTE = "{applied} of {changes} change(s) applied; {comments} comment(s) brought in"
