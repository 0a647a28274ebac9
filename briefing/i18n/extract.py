"""The catalogue scanner: every translatable string in the code, found by reading it.

A string is translatable when it is the literal argument of a call to one of
:data:`KEYWORDS` (``loc.gettext("Objective")``, ``_("wrote {path}")``, ``N_("Both")``,
``pgettext("month", "May")``, ``ngettext("{n} page", "{n} pages", n)`` …), whatever object
the function hangs on. The domain comes from where the code is: ``briefing/cli`` speaks to the
user (``cli``); everything else in ``briefing`` prints in books (``book``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from briefing.i18n.catalogues import BOOK, CLI, DOMAINS, MESSAGES

#: function name -> the positions of (context, singular, plural) among its arguments
KEYWORDS: dict[str, tuple[int | None, int, int | None]] = {
    "_": (None, 0, None),
    "N_": (None, 0, None),
    "gettext": (None, 0, None),
    "pgettext": (0, 1, None),
    "pN_": (0, 1, None),
    "ngettext": (None, 0, 1),
    "_n": (None, 0, 1),
    "npgettext": (0, 1, 2),
    "M_": (None, 0, None),
    "pM_": (0, 1, None),
    "nM_": (None, 0, 1),
}
#: markers whose strings are the ``messages`` domain's, whatever the file
MESSAGE_MARKERS = {"M_", "pM_", "nM_"}
PACKAGE = Path(__file__).resolve().parents[1]  # briefing/


@dataclass
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    places: list[str] = field(default_factory=list)  # "briefing/compose/book.py:42"
    comments: list[str] = field(default_factory=list)  # "Translators:" comments above
    domain: str | None = None  # set by a marker that decides it (M_); else the file's

    @property
    def key(self) -> tuple[str | None, str]:
        return self.context, self.msgid


def domain_of(path: Path) -> str:
    rel = path.resolve().relative_to(PACKAGE)
    return CLI if rel.parts[0] == "cli" else BOOK


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def scan_source(source: str, where: str) -> list[Message]:
    """The translatable strings of one module, in order."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[Message] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func) or ""
        spec = KEYWORDS.get(name)
        if spec is None:
            continue
        ctx_at, one_at, many_at = spec
        args = node.args
        needed = max(i for i in spec if i is not None)
        if len(args) <= needed:
            continue
        msgid = _literal(args[one_at])
        context = _literal(args[ctx_at]) if ctx_at is not None else None
        plural = _literal(args[many_at]) if many_at is not None else None
        if msgid is None or (ctx_at is not None and context is None):
            continue
        if many_at is not None and plural is None:
            continue
        message = Message(msgid, context, plural, [f"{where}:{node.lineno}"])
        message.domain = MESSAGES if name in MESSAGE_MARKERS else None
        message.comments = _translator_comments(lines, node.lineno)
        found.append(message)
    found.sort(key=lambda m: int(m.places[0].rsplit(":", 1)[1]))
    return found


def _translator_comments(lines: list[str], lineno: int) -> list[str]:
    """A "# Translators: …" comment on the lines just above the call."""
    out: list[str] = []
    i = lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, lines[i].strip().lstrip("#").strip())
        i -= 1
    return out if out and out[0].startswith("Translators:") else []


def scan(root: Path = PACKAGE) -> dict[str, dict[tuple[str | None, str], Message]]:
    """Every translatable string under ``root`` (the ``briefing`` package), by domain and
    (context, msgid); a string used in several places is one message with every place."""
    out: dict[str, dict[tuple[str | None, str], Message]] = {d: {} for d in DOMAINS}
    for path in sorted(root.rglob("*.py")):
        where = path.resolve().relative_to(PACKAGE.parent).as_posix()
        for m in scan_source(path.read_text(encoding="utf-8"), where):
            messages = out[m.domain or domain_of(path)]
            known = messages.get(m.key)
            if known is None:
                messages[m.key] = m
                continue
            if known.plural != m.plural:
                raise ValueError(
                    f"{m.places[0]}: {m.msgid!r} has plural {m.plural!r} here and "
                    f"{known.plural!r} at {known.places[0]}"
                )
            known.places += m.places
            known.comments += [c for c in m.comments if c not in known.comments]
    return out
