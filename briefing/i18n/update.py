"""Bring the catalogues up to date with the code: ``python -m briefing.i18n.update``.

Scans the code (:mod:`briefing.i18n.extract`), rewrites each ``<lang>/LC_MESSAGES/<domain>.po``
by file and alphabetically (translations kept, new strings added untranslated,
strings gone from the code dropped) and compiles its ``.mo``. ``--check`` changes nothing and
exits 1 if a file would change or a translation is missing (what CI's test checks too).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.i18n.catalogues import DOMAINS, LANGUAGES, LOCALE_DIR
from briefing.i18n.extract import Message, scan
from briefing.i18n.po import Catalogue, Entry, compile_mo, read_po, write_po

PLURALS = {"fr": "nplurals=2; plural=(n > 1);", "km": "nplurals=1; plural=0;"}
PLURALS["zh"] = PLURALS["km"]
NAMES = {"km": "Khmer", "fr": "French", "zh": "Chinese (simplified)"}


def po_path(domain: str, language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def header(domain: str, language: str) -> str:
    return (
        f"Project-Id-Version: Briefing Book ({domain})\n"
        f"Language: {language}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        f"Plural-Forms: {PLURALS[language]}\n"
    )


def merged(
    messages: dict[tuple[str | None, str], Message], old: Catalogue | None, domain: str, lang: str
) -> Catalogue:
    known = old.by_key() if old else {}
    forms = 2 if "nplurals=2" in PLURALS[lang] else 1
    entries = []
    # by file, then alphabetically: moving code inside a file leaves the catalogue as it is
    ordered = sorted(
        messages.items(),
        key=lambda kv: (kv[1].places[0].rsplit(":", 1)[0], kv[0][1], kv[0][0] or ""),
    )
    for key, m in ordered:
        before = known.get(key)
        if m.plural is not None:
            strings = before.strings if before and before.plural else [""] * forms
        else:
            strings = before.strings[:1] if before else [""]
        # the files a message is used in, without line numbers: the catalogue changes when
        # the messages do, not with every edit around them
        files = dict.fromkeys(place.rsplit(":", 1)[0] for place in m.places)
        comments = [f"#. {c}" for c in m.comments] + [f"#: {' '.join(files)}"]
        fuzzy = before.fuzzy if before else False
        entries.append(Entry(m.msgid, m.context, m.plural, strings, fuzzy, comments))
    return Catalogue(header(domain, lang), entries)


def languages() -> list[str]:
    return [code for code in LANGUAGES if code != "en"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    found = scan()
    stale, missing = [], []
    for domain in DOMAINS:
        for lang in languages():
            path = po_path(domain, lang)
            old = read_po(path.read_text(encoding="utf-8")) if path.exists() else None
            cat = merged(found[domain], old, domain, lang)
            text, mo = write_po(cat), compile_mo(cat)
            missing += [
                f"{path.name} [{lang}]: {e.msgid!r}" for e in cat.entries if not e.translated
            ]
            mo_path = path.with_suffix(".mo")
            unchanged = (
                path.exists()
                and path.read_text(encoding="utf-8") == text
                and mo_path.exists()
                and mo_path.read_bytes() == mo
            )
            if unchanged:
                continue
            stale.append(str(path))
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
                mo_path.write_bytes(mo)
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    for name in stale:
        print(("stale: " if args.check else "updated: ") + name, file=sys.stderr)
    return 1 if args.check and (stale or missing) else 0


if __name__ == "__main__":
    sys.exit(main())
