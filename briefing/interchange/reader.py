"""Reading a JSON document from outside: size limits, valid JSON, and typed access that names
the place of every problem (``meetings[2].items[0].kind: …``).

Every way JSON can be valid yet unusable ends in a :class:`FormatError`: nesting deeper than
Python can follow, numbers too long to convert, ids SQLite cannot store, text over the size
limit, and unpaired surrogates (``"\\ud800"`` is valid JSON, but not text that can be saved).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import uuid
from pathlib import Path
from typing import Any

from briefing.limits import MAX_JSON_BYTES, MAX_TEXT_CHARS, TooLarge, check_json_size
from briefing.store import WorkspaceError


class FormatError(WorkspaceError):
    """The JSON document is not a valid workspace document; the message says where."""


#: ids are stored as SQLite integers and also scaled into search-index row ids
MAX_ID = 2**53 - 1
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_json(raw: str | bytes, where: str = "document") -> Any:
    """JSON text -> a document, or a :class:`FormatError` that names ``where`` and the problem."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FormatError(f"{where}: is not UTF-8 text; a workspace JSON document is") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{where}: is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise FormatError(f"{where}: is nested too deeply to be a workspace document") from None
    except ValueError as exc:  # e.g. a number with more than 4,300 digits
        raise FormatError(f"{where}: is not a usable JSON document ({exc})") from None


def read_document(path: str | Path) -> Any:
    """Read a JSON document from a file (``"-"``: standard input): refused unread if too
    large, and every problem a :class:`FormatError` naming the file."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        if len(data) > MAX_JSON_BYTES:
            raise FormatError(
                f"stdin: the document is larger than the limit of {MAX_JSON_BYTES:,} bytes"
            )
        return parse_json(data, "stdin")
    path = Path(path)
    try:
        check_json_size(path)
        data = path.read_bytes()
    except TooLarge as exc:
        raise FormatError(str(exc)) from None
    except FileNotFoundError:
        raise FormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FormatError(f"{path}: is a folder, not a JSON document") from None
    except OSError as exc:
        raise FormatError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    return parse_json(data, str(path))


class Reader:
    """Typed access to a JSON object that reports the path of what is wrong."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise FormatError(f"{where or 'document'}: expected an object")
        self.obj, self.where = obj, where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.obj or (self.obj[key] is None and default is not ...):
            if default is ...:
                raise FormatError(f"{self.at(key)}: missing")
            return default
        value = self.obj[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise FormatError(f"{self.at(key)}: expected {name}, got {type(value).__name__}")
        if isinstance(value, str):
            _check_text(value, self.at(key))
        return value

    def text(self, key: str, default: str | None = "") -> str:
        return self.get(key, str, default if default is not None else ...)

    def opt_id(self, key: str) -> int | None:
        value = self.get(key, int, None)
        if value is not None:
            _check_id(value, self.at(key))
        return value

    def uid(self, key: str) -> str | None:
        """A record's global identity (version 4): a UUID, kept in its canonical form."""
        value = self.get(key, str, None)
        if value is None:
            return None
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise FormatError(f"{self.at(key)}: '{value}' is not a UUID") from None

    def ref(self, key: str) -> int:
        value = self.get(key, int)
        _check_id(value, self.at(key))
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.get(key, str, ... if required else None)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise FormatError(f"{self.at(key)}: '{value}' is not a date (YYYY-MM-DD)") from None

    def enum(self, key: str, enum: type, default: Any = ...) -> Any:
        value = self.get(key, str, default if default is ... else str(default))
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(str(e) for e in enum)
            raise FormatError(f"{self.at(key)}: '{value}' is not one of {allowed}") from None

    def items(self, key: str) -> list[Reader]:
        values = self.get(key, list, [])
        return [Reader(v, f"{self.at(key)}[{i}]") for i, v in enumerate(values)]

    def strings(self, key: str) -> list[str]:
        values = self.get(key, list, [])
        for i, v in enumerate(values):
            if not isinstance(v, str):
                raise FormatError(f"{self.at(key)}[{i}]: expected str")
            _check_text(v, f"{self.at(key)}[{i}]")
        return values

    def names(self, key: str) -> dict[str, str]:
        """An object of strings by language code, e.g. {"km": "ថាមពល"} (``{}`` if absent)."""
        values = self.get(key, dict, {})
        for code, v in values.items():
            if not isinstance(v, str):
                raise FormatError(f"{self.at(key)}.{code}: expected str")
            _check_text(v, f"{self.at(key)}.{code}")
        return dict(values)

    def ints(self, key: str) -> list[int]:
        values = self.get(key, list, [])
        for i, v in enumerate(values):
            if not isinstance(v, int) or isinstance(v, bool):
                raise FormatError(f"{self.at(key)}[{i}]: expected a number")
            _check_id(v, f"{self.at(key)}[{i}]")
        return values


def _check_text(value: str, where: str) -> None:
    if len(value) > MAX_TEXT_CHARS:
        raise FormatError(
            f"{where}: the text is {len(value):,} characters long; a field holds at most "
            f"{MAX_TEXT_CHARS:,} (about 150 pages)"
        )
    bad = _SURROGATE.search(value)
    if bad:
        raise FormatError(
            f"{where}: contains an unpaired surrogate (\\u{ord(bad.group()):04x}) at character "
            f"{bad.start() + 1}, which is not valid Unicode text; correct the program or "
            "file that produced the document"
        )


def _check_id(value: int, where: str) -> None:
    if not 1 <= value <= MAX_ID:
        raise FormatError(f"{where}: {value} is not an id (a whole number from 1 to {MAX_ID})")
