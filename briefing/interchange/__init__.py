"""The whole workspace as one JSON document, and back (see docs/json-format.md)."""

from briefing.interchange.dump import FORMAT, VERSION, dump, dump_book
from briefing.interchange.load import load, load_file
from briefing.interchange.parse import parse
from briefing.interchange.reader import MAX_ID, FormatError, parse_json, read_document

__all__ = [
    "FORMAT",
    "MAX_ID",
    "VERSION",
    "FormatError",
    "dump",
    "dump_book",
    "load",
    "load_file",
    "parse",
    "parse_json",
    "read_document",
]
