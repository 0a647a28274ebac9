"""Reading and writing gettext catalogues without GNU gettext installed: ``.po`` files (the
translators' text) and the ``.mo`` files Python's :mod:`gettext` reads.

:func:`compile_mo` is msgfmt's job, byte for byte deterministic (entries sorted, no hash
table), so that the committed ``.mo`` can be checked against its ``.po``
(``tests/briefing/i18n``); ``python -m briefing.i18n.update`` writes both.
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field


@dataclass
class Entry:
    msgid: str
    context: str | None = None
    plural: str | None = None
    #: one string, or one per plural form
    strings: list[str] = field(default_factory=lambda: [""])
    fuzzy: bool = False
    comments: list[str] = field(default_factory=list)  # "#." and "#:" lines, as they were

    @property
    def key(self) -> tuple[str | None, str]:
        return self.context, self.msgid

    @property
    def translated(self) -> bool:
        return not self.fuzzy and all(self.strings) and bool(self.strings)


@dataclass
class Catalogue:
    header: str  # the msgstr of the empty msgid (Content-Type, Plural-Forms …)
    entries: list[Entry]

    def by_key(self) -> dict[tuple[str | None, str], Entry]:
        return {e.key: e for e in self.entries}


def _unquote(line: str) -> str:
    return ast.literal_eval(line)  # a C string literal as .po writes it: Python reads it too


def read_po(text: str) -> Catalogue:
    """Parse ``.po`` text (obsolete ``#~`` entries are dropped)."""
    entries: list[Entry] = []
    header = ""
    cur: dict[str, object] = {}
    comments: list[str] = []
    fuzzy = False
    last: str | None = None

    def flush() -> None:
        nonlocal cur, comments, fuzzy, header
        if "msgid" in cur:
            strings = cur.get("strings") or {0: ""}
            ordered = [strings[i] for i in sorted(strings)]  # type: ignore[union-attr]
            msgid = str(cur["msgid"])
            if msgid == "" and cur.get("msgctxt") is None:
                header = ordered[0]
            else:
                entries.append(
                    Entry(
                        msgid,
                        cur.get("msgctxt"),  # type: ignore[arg-type]
                        cur.get("msgid_plural"),  # type: ignore[arg-type]
                        ordered,
                        fuzzy,
                        comments,
                    )
                )
        cur, comments, fuzzy = {}, [], False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            last = None
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if "msgid" in cur:
                flush()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            else:
                comments.append(raw)
            continue
        if line.startswith('"'):
            value = _unquote(line)
            if last is None:
                raise ValueError(f"a string continues nothing: {raw!r}")
            if last.startswith("msgstr["):
                index = int(last[7:-1])
                cur["strings"][index] += value  # type: ignore[index]
            elif last == "msgstr":
                cur["strings"][0] += value  # type: ignore[index]
            else:
                cur[last] = str(cur[last]) + value
            continue
        keyword, _, rest = line.partition(" ")
        if (
            keyword in ("msgctxt", "msgid")
            and "msgid" in cur
            and (keyword == "msgctxt" or "strings" in cur)
        ):
            flush()
        value = _unquote(rest)
        if keyword == "msgstr":
            cur["strings"] = {0: value}
        elif keyword.startswith("msgstr["):
            cur.setdefault("strings", {})[int(keyword[7:-1])] = value  # type: ignore[index]
        elif keyword in ("msgctxt", "msgid", "msgid_plural"):
            cur[keyword] = value
        else:
            raise ValueError(f"not a .po line: {raw!r}")
        last = keyword
    flush()
    return Catalogue(header, entries)


def _quote(text: str) -> str:
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return out.replace("\t", "\\t")


def _field(keyword: str, value: str) -> list[str]:
    if "\n" not in value[:-1]:
        return [f'{keyword} "{_quote(value)}"']
    lines = [f'{keyword} ""']
    parts = value.split("\n")
    for i, part in enumerate(parts):
        piece = part + ("\n" if i < len(parts) - 1 else "")
        if piece:
            lines.append(f'"{_quote(piece)}"')
    return lines


def write_po(catalogue: Catalogue) -> str:
    lines = [*_field("msgid", ""), *_field("msgstr", catalogue.header), ""]
    for e in catalogue.entries:
        lines += e.comments
        if e.fuzzy:
            lines.append("#, fuzzy")
        if e.context is not None:
            lines += _field("msgctxt", e.context)
        lines += _field("msgid", e.msgid)
        if e.plural is not None:
            lines += _field("msgid_plural", e.plural)
            for i, s in enumerate(e.strings):
                lines += _field(f"msgstr[{i}]", s)
        else:
            lines += _field("msgstr", e.strings[0] if e.strings else "")
        lines.append("")
    return "\n".join(lines)


def compile_mo(catalogue: Catalogue) -> bytes:
    """The ``.mo`` of ``catalogue``: translated entries only (fuzzy and empty ones are left
    out, so gettext falls back to English for them), sorted by key."""
    pairs: dict[bytes, bytes] = {b"": catalogue.header.encode()}
    for e in catalogue.entries:
        if not e.translated:
            continue
        key = e.msgid if e.plural is None else f"{e.msgid}\0{e.plural}"
        if e.context is not None:
            key = f"{e.context}\x04{key}"
        pairs[key.encode()] = "\0".join(e.strings).encode()
    keys = sorted(pairs)
    n = len(keys)
    originals_at = 28
    translations_at = originals_at + 8 * n
    data_at = translations_at + 8 * n
    table_o, table_t, blob = [], [], b""
    for k in keys:
        table_o.append((len(k), data_at + len(blob)))
        blob += k + b"\0"
    for k in keys:
        v = pairs[k]
        table_t.append((len(v), data_at + len(blob)))
        blob += v + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, n, originals_at, translations_at, 0, data_at)
    for length, offset in table_o + table_t:
        out += struct.pack("<2I", length, offset)
    return out + blob
