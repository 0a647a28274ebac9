"""Three-way merges: a record's fields, and a Markdown text paragraph by paragraph.

``base`` is the version both sides started from (what the library last gave this replica),
``mine`` the replica's, ``theirs`` the library's now. A field changed on one side only takes
that side's value; changed on both to the same value, that value; changed on both to
different values, it is a **conflict**. A text field (section texts, biographies, summaries,
source texts) is merged paragraph by paragraph first: edits to different paragraphs both
stand and are no conflict; where both sides rewrote the same paragraphs the proposal keeps
both versions (mine, then theirs), and the officer decides.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

#: fields merged as text, paragraph by paragraph
TEXT_FIELDS = frozenset(
    {"objective", "points", "if_raised", "background", "biography", "summary", "text"}
)


@dataclass
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any
    merged: Any  # a proposal for a text field (both kept), else None


@dataclass
class Merged:
    doc: dict[str, Any]  # the merged record: conflicting fields keep the replica's value
    conflicts: list[FieldConflict]


def merge_docs(base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any]) -> Merged:
    """Merge two edited versions of one record (both exist); ``base`` None: no common version
    (both created it, or it was published from two places)."""
    base = base or {}
    out: dict[str, Any] = {}
    conflicts = []
    for name in dict.fromkeys([*theirs, *mine]):
        b, m, t = base.get(name), mine.get(name), theirs.get(name)
        if m == t or m == b:
            out[name] = t
        elif t == b:
            out[name] = m
        elif name in TEXT_FIELDS and isinstance(m, str) and isinstance(t, str):
            text, clean = merge_text(b if isinstance(b, str) else "", m, t)
            out[name] = text if clean else m
            if not clean:
                conflicts.append(FieldConflict(name, b, m, t, text))
        else:
            out[name] = m
            conflicts.append(FieldConflict(name, b, m, t, None))
    return Merged(out, conflicts)


def paragraphs(text: str) -> list[str]:
    """Markdown paragraphs (blocks separated by blank lines), without their blank lines."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def merge_text(base: str, mine: str, theirs: str) -> tuple[str, bool]:
    """(merged text, clean), diff3-style over paragraphs. Paragraphs of the base that both sides
    kept are fixed points; between two of them, a stretch changed by one side only takes that
    side's paragraphs; changed by both differently it is unclean, and keeps my paragraphs, then
    those of theirs that mine does not have."""
    b, m, t = paragraphs(base), paragraphs(mine), paragraphs(theirs)
    if m == t:
        return mine, True
    in_mine, in_theirs = _matched(b, m), _matched(b, t)
    fixed = [
        (i, in_mine[i], in_theirs[i]) for i in range(len(b)) if i in in_mine and i in in_theirs
    ]
    out: list[str] = []
    clean = True
    pb = pm = pt = 0
    for bi, mi, ti in [*fixed, (len(b), len(m), len(t))]:
        bc, mc, tc = b[pb:bi], m[pm:mi], t[pt:ti]
        if mc == tc or tc == bc:
            out += mc
        elif mc == bc:
            out += tc
        else:
            clean = False
            out += mc + [p for p in tc if p not in mc]
        if bi < len(b):
            out.append(b[bi])
        pb, pm, pt = bi + 1, mi + 1, ti + 1
    return "\n\n".join(out), clean


def _matched(base: list[str], new: list[str]) -> dict[int, int]:
    """{index in base: index in new} of the paragraphs ``new`` kept unchanged, in order."""
    found = {}
    matcher = difflib.SequenceMatcher(a=base, b=new, autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        for k in range(size):
            found[i + k] = j + k
    return found
