"""Size limits on what comes in from outside, checked before the work starts.

A limit turns a file or a paste that would freeze the app (or fill memory) into a message at
once. Each is far above what real work needs:

- ``MAX_JSON_BYTES``: a workspace document. The sample relationship is 45 kB; a decade of
  weekly meetings with their press releases is a few tens of MB. ``json.loads`` needs about
  ten times the file size in memory, so 100 MB is also the most a laptop should be asked for.
- ``MAX_PASTE_CHARS``: text pasted into one rich-text field (and what that field may then
  hold). One million characters is some 150 pages, far beyond a brief. Bigger texts make
  each autosave slow (Qt's Markdown conversion) and make search quadratic in the field size
  (FTS5's snippet over a 20 MB text took minutes), so they are refused, not truncated.
  ``MAX_TEXT_CHARS`` holds every text field to the same limit (a 50 MB source text in a JSON
  document made the book export never finish).

Press-release files and pasted releases have their own limits in ``briefing.importers``.
"""

from __future__ import annotations

from pathlib import Path

MAX_JSON_BYTES = 100_000_000
MAX_PASTE_CHARS = 1_000_000
#: the most any one text field may hold, however it comes in (paste, JSON, import)
MAX_TEXT_CHARS = MAX_PASTE_CHARS


class TooLarge(ValueError):
    """Input above a limit; the message says what, how big, and what to do."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.0f} MB" if n >= 10_000_000 else f"{n / 1_000_000:,.1f} MB"


def check_json_size(path: str | Path) -> int:
    """The size of a JSON document in bytes, or :class:`TooLarge` before anything is read."""
    path = Path(path)
    size = path.stat().st_size  # OSError (missing, unreadable) is the caller's to report
    if size > MAX_JSON_BYTES:
        raise TooLarge(
            f"{path}: the document is too large ({_mb(size)}; the limit is "
            f"{_mb(MAX_JSON_BYTES)}). A Briefing Book workspace document is far smaller: "
            "check that this is the right file"
        )
    return size


def paste_refusal(pasted_chars: int, field_chars: int = 0) -> str | None:
    """Why a paste of ``pasted_chars`` into a field holding ``field_chars`` is refused, or None."""
    if pasted_chars + field_chars <= MAX_PASTE_CHARS:
        return None
    what = (
        f"The text is too large to paste ({pasted_chars:,} characters)"
        if pasted_chars > MAX_PASTE_CHARS
        else f"The field would become too large ({pasted_chars + field_chars:,} characters)"
    )
    return (
        f"{what}; a field holds at most {MAX_PASTE_CHARS:,} characters (about 150 pages). "
        "Paste only the part the brief needs."
    )
