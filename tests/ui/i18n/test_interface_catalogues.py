"""The Khmer catalogue is complete and in step with the code (CI's check that nothing is left
in English), and its compiled .qm is the one committed."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from ui.i18n import HERE, catalogue_path
from ui.i18n.catalogue import compile_catalogue, extract

CATALOGUES = sorted(HERE.glob("*_km.ts"))
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%[-.\d]*[sdnf]|<[^>]+>")


def _messages(ts):  # noqa: ANN001, ANN202
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_the_catalogues_exist():
    assert {p.name for p in CATALOGUES} == {"briefing_km.ts", "qt_km.ts"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts):
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((context, source, translation.get("type")))
        for text in texts:
            if not text.strip():
                problems.append((context, source, "empty"))
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((context, source, "placeholders differ: " + text))
            if "&" in source.replace("&amp;", "") and re.search(r"&\w", source):
                if not re.search(r"&\w", text):
                    problems.append((context, source, "the Alt+letter is lost: " + text))
    assert not problems, problems


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    """lupdate on a copy: a string added to ui/ and not translated comes out unfinished."""
    copy = tmp_path / "briefing_km.ts"
    shutil.copy(catalogue_path("km", ".ts"), copy)
    extract(copy)
    before = {(c, m.findtext("source")) for c, m in _messages(catalogue_path("km", ".ts"))}
    after = {(c, m.findtext("source")) for c, m in _messages(copy)}
    assert after - before == set(), "new strings: run python -m ui.i18n.catalogue, translate"
    assert before - after == set(), "strings gone from the code: run python -m ui.i18n.catalogue"
    unfinished = [m.findtext("source") for _, m in _messages(copy) if
                  m.find("translation").get("type") == "unfinished"]  # fmt: skip
    assert unfinished == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_the_committed_qm_is_the_compiled_ts(ts, tmp_path):
    fresh = tmp_path / ts.with_suffix(".qm").name
    compile_catalogue(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run python -m ui.i18n.catalogue and commit the .qm"
    )
