"""The catalogue check CI runs: every string the code marks for translation has a translation
in every catalogue (book and command line; Khmer, French, Chinese), with the same
placeholders; the committed .mo files are the .po files compiled; a string a catalogue lacks
comes out in English."""

from __future__ import annotations

import gettext
import re
import string

import pytest

from briefing.i18n import BookLocale
from briefing.i18n.catalogues import BOOK, CLI, LOCALE_DIR, MESSAGES
from briefing.i18n.extract import scan, scan_source
from briefing.i18n.po import Catalogue, Entry, compile_mo, read_po, write_po
from briefing.i18n.update import languages, main, po_path

DOMAINS = (BOOK, CLI, MESSAGES)


@pytest.fixture(scope="module")
def found():
    return scan()


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", ["km", "fr", "zh"])
def test_every_string_in_the_code_is_translated(found, domain, language):
    messages = found[domain]
    assert len(messages) > {BOOK: 80, CLI: 100, MESSAGES: 30}[domain]  # the scanner finds them
    catalogue = read_po(po_path(domain, language).read_text(encoding="utf-8")).by_key()
    missing = [key for key in messages if key not in catalogue or not catalogue[key].translated]
    assert not missing, f"{domain}.po [{language}] lacks translations of {missing}"
    for key, message in messages.items():
        entry = catalogue[key]
        wanted = _fields(message.msgid) | _fields(message.plural or "")
        for text in entry.strings:
            # a translation uses only the placeholders the code fills (Chinese dates may
            # leave out {month} and use {month_number}: the code gives both)
            extra = _fields(text) - wanted - {"month_number", "year", "last_day"}
            assert not extra, f"{language} {key}: {text!r} uses {extra}"
            if key[0] not in ("date", "short date", "days within one month"):
                assert _fields(text) == wanted, f"{language} {key}: {text!r}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("language", ["km", "fr", "zh"])
def test_committed_mo_files_are_their_po_compiled(domain, language):
    po = po_path(domain, language)
    catalogue = read_po(po.read_text(encoding="utf-8"))
    assert po.with_suffix(".mo").read_bytes() == compile_mo(catalogue)
    with po.with_suffix(".mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    for entry in catalogue.entries:
        if entry.plural is None and entry.context is None:
            assert mo.gettext(entry.msgid) == entry.strings[0]
        elif entry.plural is None:
            assert mo.pgettext(entry.context, entry.msgid) == entry.strings[0]


def test_catalogues_are_up_to_date_with_the_code():
    """What ``python -m briefing.i18n.update --check`` says: nothing stale, nothing missing."""
    assert main(["--check"]) == 0


def test_a_missing_translation_falls_back_to_english(tmp_path):
    catalogue = read_po(po_path(BOOK, "km").read_text(encoding="utf-8"))
    kept = [e for e in catalogue.entries if e.msgid != "Objective"]
    folder = tmp_path / "km" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "book.mo").write_bytes(compile_mo(Catalogue(catalogue.header, kept)))
    partial = gettext.translation("book", tmp_path, languages=["km"])
    loc = BookLocale("km", catalogue=partial)
    assert loc.gettext("Objective") == "Objective"
    assert loc.gettext("Background") == "សាវតារ"
    # and the check above names what is missing
    entries = {e.key for e in kept}
    assert (None, "Objective") not in entries


def test_a_language_without_catalogues_prints_english(monkeypatch, tmp_path):
    monkeypatch.setattr("briefing.i18n.catalogues.LOCALE_DIR", tmp_path)
    from briefing.i18n.catalogues import translations

    translations.cache_clear()
    try:
        assert translations(BOOK, "km").gettext("Objective") == "Objective"
    finally:
        translations.cache_clear()


def test_the_scanner_reads_every_kind_of_call():
    source = """
from briefing.i18n import N_, pN_
TITLES = [N_("Objective")]
MONTH = pN_("month", "May")
def f(loc, n, name):
    # Translators: a note
    loc.gettext("Points to make")
    loc.pgettext("cover", "Status")
    loc.ngettext("{n} page", "{n} pages", n)
    _("wrote {path}")
    loc.gettext(name)  # not a literal: not a message
"""
    found = {(m.context, m.msgid): m for m in scan_source(source, "x.py")}
    assert set(found) == {
        (None, "Objective"),
        ("month", "May"),
        (None, "Points to make"),
        ("cover", "Status"),
        (None, "{n} page"),
        (None, "wrote {path}"),
    }
    assert found[(None, "{n} page")].plural == "{n} pages"
    assert found[(None, "Points to make")].comments == ["Translators: a note"]


def test_po_files_read_and_write_the_same_text():
    for domain in DOMAINS:
        for language in languages():
            text = po_path(domain, language).read_text(encoding="utf-8")
            assert write_po(read_po(text)) == text


def test_po_reader_takes_multiline_fuzzy_and_plural_entries():
    text = (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        '#, fuzzy\nmsgid "Old"\nmsgstr "Vieux"\n\n'
        'msgctxt "c"\nmsgid ""\n"two "\n"lines"\nmsgstr "deux lignes"\n\n'
        'msgid "{n} page"\nmsgid_plural "{n} pages"\nmsgstr[0] "{n} page"\nmsgstr[1] "{n} pages"\n'
    )
    cat = read_po(text)
    assert "Plural-Forms" in cat.header
    old, two, page = cat.entries
    assert old.fuzzy and not old.translated
    assert two.key == ("c", "two lines") and two.strings == ["deux lignes"]
    assert page.strings == ["{n} page", "{n} pages"]
    mo = gettext.GNUTranslations(__import__("io").BytesIO(compile_mo(cat)))
    assert mo.gettext("Old") == "Old"  # fuzzy: left out, so English
    assert mo.pgettext("c", "two lines") == "deux lignes"
    assert mo.ngettext("{n} page", "{n} pages", 2) == "{n} pages"


def test_every_catalogue_file_is_where_gettext_looks():
    for domain in DOMAINS:
        for language in languages():
            assert (LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.mo").is_file()
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in languages())


def test_an_entry_without_translation_is_reported(tmp_path):
    empty = Entry("Objective")
    assert not empty.translated
    assert Entry("Objective", strings=["គោលបំណង"]).translated


def test_the_check_fails_when_a_catalogue_lacks_a_translation(tmp_path, monkeypatch, capsys):
    import shutil

    copy = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, copy)
    monkeypatch.setattr("briefing.i18n.update.LOCALE_DIR", copy)
    assert main(["--check"]) == 0
    po = copy / "zh" / "LC_MESSAGES" / "book.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "谈话要点"', 'msgstr ""'), encoding="utf-8"
    )
    assert main(["--check"]) == 1
    assert "untranslated: book.po [zh]: 'Points to make'" in capsys.readouterr().err
