"""Fuzzing what comes from outside: each reader fails only in its own, user-facing way.

- the Markdown reader (section text) never raises and gives only the IR's block types;
- the press-release path (read pasted text, then extract) ends only in an ``ImporterError``;
- the file readers end only in a ``ReadError`` on any bytes;
- the JSON loader ends only in a ``FormatError`` (a ``WorkspaceError``) on any JSON value and
  on any one change to a valid document; what it accepts loads, and dumps back the same.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import interchange
from briefing.importers.errors import ImporterError, ReadError
from briefing.importers.press_release import extract
from briefing.importers.readers import read_file, read_pasted
from briefing.interchange import FormatError
from briefing.ir import Heading, ListBlock, Paragraph, Table
from briefing.markup import parse_blocks
from briefing.model import Settings
from briefing.store import WorkspaceError

SAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "samples" / "cambodia-china.json").read_text("utf-8")
)
FAST = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}

# Text with the characters that break readers: Markdown syntax, odd spaces, controls,
# right-to-left and zero-width marks, combining marks, surrogates, emoji, Khmer, CJK.
_ODD = (
    "#*_-+|>`~[]()!\\<&;:.,1 \t\n\r\f\v\x00\x1b\x7f\x85\u00a0\u2028\u2029\u200b\u200c\u200d"
    "\u2060\ufeff\u202e\u202c\u0301\u0489\ud800\udfffA a Z é ß 李强 ហ៊ុន្ 👍🏽 🇰🇭 مرحبا שלום"
)
ODD_TEXT = st.text(alphabet=st.sampled_from(_ODD), max_size=400) | st.text(max_size=400)
MARKDOWN_LINES = st.lists(
    st.sampled_from(
        [
            "# Heading",
            "### **bold heading**",
            "- item",
            "  - nested item",
            "1. first",
            "10) tenth",
            "* star",
            "| a | b |",
            "|---|---|",
            "| 1 | **2** |",
            "|",
            "> quote",
            "```",
            "~~~python",
            "    code",
            "**bold *both* bold**",
            "*unclosed",
            "***",
            "<b>html</b>",
            "&amp; &#0; &#xD800;",
            "[link](http://example.org)",
            "![img](x.png)",
            "\\*escaped\\*",
            "text with trailing spaces  ",
            "",
            "ហ៊ុន ម៉ាណែត",
            "李强 **总理**",
            "\u202eevil\u202c",
        ]
    )
    | ODD_TEXT,
    max_size=30,
).map("\n".join)


def _letters(blocks) -> str:  # noqa: ANN001
    out = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            out += [r.text for r in block.runs]
        elif isinstance(block, ListBlock):
            out += [r.text for item in block.items for r in item]
        elif isinstance(block, Table):
            out += [r.text for row in block.rows for cell in row for r in cell]
    return "".join(out)


@settings(max_examples=400, **FAST)
@given(MARKDOWN_LINES)
def test_markdown_reader_never_raises(text):
    blocks = parse_blocks(text)
    assert all(isinstance(b, Heading | Paragraph | ListBlock | Table) for b in blocks)
    assert isinstance(_letters(blocks), str)


SETTINGS = Settings(countries=["Cambodia", "China"])


@settings(max_examples=200, **FAST)
@given(ODD_TEXT.map(lambda t: "The two sides agreed to cooperate on trade. " + t))
def test_pasted_release_ends_only_in_importer_errors(text):
    try:
        extract(read_pasted(text).text, SETTINGS)
    except ImporterError:
        pass


@settings(max_examples=150, **FAST)
@given(st.sampled_from([".txt", ".docx", ".pdf"]), st.binary(max_size=4000))
def test_file_readers_end_only_in_read_errors(suffix, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"release{suffix}"
        path.write_bytes(data)
        try:
            read_file(path)
        except ReadError:
            pass


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | ODD_TEXT
    | st.sampled_from(["2024-10-10", "2024-02-30", "trade", "pledge", "briefing-book", ""])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["format", "version", "settings", "meetings", "id", "text", "areas"])
            | st.text(max_size=8),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, **FAST)
@given(JSON_VALUES)
def test_json_loader_on_any_value(value):
    try:
        interchange.parse(value)
    except FormatError:
        pass


def _paths(doc, prefix=()):  # noqa: ANN001, ANN202
    """Every place in a document: (container path, key)."""
    if isinstance(doc, dict):
        items = doc.items()
    elif isinstance(doc, list):
        items = enumerate(doc)
    else:
        return
    for key, value in items:
        yield (*prefix, key)
        yield from _paths(value, (*prefix, key))


PLACES = list(_paths(SAMPLE))


@settings(max_examples=150, **FAST)
@given(st.sampled_from(PLACES), JSON_VALUES, st.sampled_from(["set", "delete"]))
def test_json_loader_on_one_change_to_a_valid_document(place, value, how):
    doc = copy.deepcopy(SAMPLE)
    parent = doc
    for key in place[:-1]:
        parent = parent[key]
    if how == "delete":
        del parent[place[-1]]
    else:
        parent[place[-1]] = value
    try:
        interchange.parse(copy.deepcopy(doc))
    except FormatError:
        return
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "fuzz.briefing"
        try:
            ws = interchange.load(doc, target)
        except WorkspaceError:  # FormatError, or what the store refuses (e.g. same area key)
            assert not target.exists()
            return
        with ws:
            dumped = interchange.dump(ws)
        # what was accepted is kept: loading the dump gives the same dump again
        with interchange.load(copy.deepcopy(dumped), Path(folder) / "again.briefing") as again:
            assert interchange.dump(again) == dumped
