"""Changes proposed by a review as hunks over the current text, reconciled three-way.

``base`` is the text the review DOCX was made from (kept in the clearance trail), ``ours``
the section's text now, ``theirs`` what came back; all in canonical Markdown, compared line
by line (a line is a paragraph, a list item or a table row). A change of theirs to lines
that are the same in ours as in base is a *change* hunk: accepting it puts their lines in
place of ours. A change of theirs to lines that ours changed too (differently) is a
*conflict*: ours stays unless the user takes theirs, one hunk at a time; nothing is ever
pasted over newer text without being asked.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field


@dataclass
class Hunk:
    start: int  # lines of ``ours`` it replaces: [start, end)
    end: int
    old: list[str]  # those lines
    new: list[str]  # what the review proposes instead
    conflict: bool = False  # ours changed these lines too since the review was made
    authors: set[str] = field(default_factory=set)  # of the tracked changes in it
    base: list[str] = field(default_factory=list)  # the lines as the review was made from


def _changes(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """(a_start, a_end, b_start, b_end) of each change from ``a`` to ``b``."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _map(a: list[str], b: list[str]) -> list[int]:
    """For each position 0..len(a) of ``a``, the corresponding position in ``b``."""
    out = [0] * (len(a) + 1)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            out[k] = j1 + (k - i1 if tag == "equal" else (j2 - j1 if k == i2 else 0))
    out[len(a)] = len(b)
    return out


def hunks(
    base: str, ours: str, theirs: str, their_authors: list[set[str]] | None = None
) -> list[Hunk]:
    """The review's changes as hunks over ``ours`` (see the module's docstring)."""
    b, o, t = base.split("\n"), ours.split("\n"), theirs.split("\n")
    authors = their_authors or []
    ours_changes = _changes(b, o)
    to_ours = _map(b, o)
    out: list[Hunk] = []
    for b1, b2, t1, t2 in _changes(b, t):
        new = t[t1:t2]
        who: set[str] = set()
        for k in range(t1, max(t2, t1 + 1)):
            if k < len(authors):
                who |= authors[k]
        overlapping = [c for c in ours_changes if _overlaps(b1, b2, c[0], c[1])]
        if not overlapping:
            start, end = to_ours[b1], to_ours[b2]
            out.append(Hunk(start, end, o[start:end], new, False, who, b[b1:b2]))
            continue
        lo = min(b1, *(c[0] for c in overlapping))
        hi = max(b2, *(c[1] for c in overlapping))
        start = min(to_ours[lo], *(c[2] for c in overlapping))
        end = max(to_ours[hi], *(c[3] for c in overlapping))
        old = o[start:end]
        if old == new:  # both made the same change
            continue
        out.append(Hunk(start, end, old, new, True, who, b[b1:b2]))
    return _merge_overlaps(out, o)


def _overlaps(b1: int, b2: int, c1: int, c2: int) -> bool:
    """Whether base lines [b1, b2) changed by theirs meet [c1, c2) changed by ours (an empty
    range is an insertion at that point)."""
    if b1 == b2 and c1 == c2:
        return b1 == c1
    if b1 == b2:
        return c1 < b1 < c2
    if c1 == c2:
        return b1 < c1 < b2
    return c1 < b2 and b1 < c2


def _merge_overlaps(found: list[Hunk], ours: list[str]) -> list[Hunk]:
    """Hunks over the same lines of ours become one (a conflict when any was)."""
    found.sort(key=lambda h: (h.start, h.end))
    out: list[Hunk] = []
    for h in found:
        if out and h.start < out[-1].end:
            last = out[-1]
            last.end = max(last.end, h.end)
            last.old = ours[last.start : last.end]
            last.new = last.new + h.new
            last.conflict = True
            last.authors |= h.authors
            last.base = last.base + h.base
            continue
        out.append(h)
    return out


def apply(ours: str, chosen: list[Hunk]) -> str:
    """``ours`` with the chosen hunks' lines in place (hunks from :func:`hunks`)."""
    lines = ours.split("\n")
    for h in sorted(chosen, key=lambda h: h.start, reverse=True):
        lines[h.start : h.end] = h.new
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n")
