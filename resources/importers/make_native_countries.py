"""Write ``countries_native.json``: the Khmer and Chinese names of the partner countries the
hand-kept word lists leave out, from the translations of ISO 3166 that pycountry ships (Debian
iso-codes, LGPL): Chinese as written in mainland China, Taiwan and Hong Kong, and Khmer.

Run by hand when the list should change (needs ``pycountry``, which the app itself does not):

    python resources/importers/make_native_countries.py

Only the partner countries ``press_release_rules.json`` lists first (the ministry's usual
partners, up to ``LAST_PARTNER``) are written, not every state: a Chinese name of two
characters ("阿曼", Oman) is also a piece of many transliterated names ("阿曼达"), so those the
word lists do not keep by hand are read only before a word a country's name comes before
(the reader's rule, not this script's).
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
LAST_PARTNER = "Luxembourg"
#: not states in ISO 3166's sense, or named otherwise there
_SKIPPED = {"European Union", "Taiwan"}
#: the importer's canonical names -> ISO 3166 alpha-2, where the name does not find it
_CODES = {
    "Lao PDR": "LA",
    "Viet Nam": "VN",
    "Republic of Korea": "KR",
    "DPR Korea": "KP",
    "Russia": "RU",
    "Türkiye": "TR",
    "Iran": "IR",
    "Brunei Darussalam": "BN",
    "Czechia": "CZ",
    "Timor-Leste": "TL",
}
_LOCALES = {"zh": ("zh_CN", "zh_TW", "zh_HK"), "km": ("km",)}
_KHMER = re.compile(r"[\u1780-\u17ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def main() -> None:
    rules = json.loads((HERE / "press_release_rules.json").read_text(encoding="utf-8"))
    partners = list(rules["countries"])
    partners = [c for c in partners[: partners.index(LAST_PARTNER) + 1] if c not in _SKIPPED]
    out: dict[str, dict[str, list[str]]] = {}
    for language, locales in _LOCALES.items():
        kept = json.loads(
            (HERE / f"press_release_rules_{language}.json").read_text(encoding="utf-8")
        )["countries"]
        have = {name for names in kept.values() for name in names}
        script = _HAN if language == "zh" else _KHMER
        found: dict[str, list[str]] = {}
        for canonical in partners:
            country = pycountry.countries.get(alpha_2=_CODES.get(canonical, "")) or (
                pycountry.countries.lookup(canonical)
            )
            english = {country.name, getattr(country, "common_name", country.name)}
            names = set()
            for locale in locales:
                translate = gettext.translation(
                    "iso3166-1", pycountry.LOCALES_DIR, languages=[locale]
                ).gettext
                for name in english:
                    written = translate(name).replace("\u200b", "").strip()
                    if script.search(written) and "(" not in written and "," not in written:
                        names.add(written)
            names -= have
            if names:
                found[canonical] = sorted(names, key=lambda n: (-len(n), n))
        out[language] = found
    about = __doc__.split("\n\n")[0].replace("\n", " ")
    text = json.dumps({"_about": about, **out}, ensure_ascii=False, indent=1)
    (HERE / "countries_native.json").write_text(text + "\n", encoding="utf-8")
    for language, found in out.items():
        print(language, len(found), "countries,", sum(map(len, found.values())), "names")


if __name__ == "__main__":
    main()
