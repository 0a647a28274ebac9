"""What the conflict review screen shows of each conflict, in words (Qt-free)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from briefing.store import Workspace
from briefing.store.replica import Conflict
from briefing.sync.engine import REFUSED_FIELD

_KINDS = {
    "meeting": "Meeting", "item": "Record item", "source": "Source document",
    "person": "Person", "commitment": "Commitment", "book": "Book", "section": "Section",
    "settings": "Workspace settings", "issued": "Issued version", "distribution": "Log entry",
}  # fmt: skip
_NAMES = ("title", "city", "text", "names", "book_title")


@dataclass
class ConflictView:
    conflict: Conflict
    record: str  # "Section “Trade”"
    what: str  # "Points to make: changed here and in the library"
    base: str
    mine: str
    theirs: str
    merged: str | None  # an editable proposal (text fields), else None
    mine_label: str
    theirs_label: str


def _name(doc: dict | None) -> str:
    for key in _NAMES:
        value = (doc or {}).get(key)
        if isinstance(value, list) and value:
            value = value[0].get("text") if isinstance(value[0], dict) else value[0]
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return f"“{text[:60]}{'…' if len(text) > 60 else ''}”"
    return ""


def show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(f"{k}: {show(v)}" for k, v in value.items() if not isinstance(v, dict))
    return json.dumps(value, ensure_ascii=False, indent=1)


def views(ws: Workspace) -> list[ConflictView]:
    out = []
    for c in ws.replica.conflicts():
        doc = ws.replica.doc(c.kind, c.uid) or c.theirs or c.mine
        record = f"{_KINDS.get(c.kind, c.kind)} {_name(doc if isinstance(doc, dict) else None)}"
        mine_label, theirs_label = "Keep Mine", "Take Theirs"
        if c.field == "*":
            if c.theirs is None:
                what = "Changed here, deleted in the library"
                mine_label, theirs_label = "Keep It", "Delete It"
            else:
                what = "Deleted here, changed in the library"
                mine_label, theirs_label = "Keep It Deleted", "Restore Theirs"
            out.append(ConflictView(c, record.strip(), what, show(c.base), show(c.mine),
                                    show(c.theirs), None, mine_label, theirs_label))  # fmt: skip
            continue
        if c.field == REFUSED_FIELD:
            what = f"The library refused this change: {c.merged}"
            out.append(ConflictView(c, record.strip(), what, "", show(c.mine), show(c.theirs),
                                    None, "Try Again", "Undo My Change"))  # fmt: skip
            continue
        label = c.field.replace("_", " ").capitalize()
        what = f"{label}: changed here and in the library"
        merged = c.merged if isinstance(c.merged, str) else None
        out.append(ConflictView(c, record.strip(), what, show(c.base), show(c.mine),
                                show(c.theirs), merged, mine_label, theirs_label))  # fmt: skip
    return out
