"""Press-release import quality: the importer scored against the hand-labelled corpus.

    python benchmarks/import_quality.py [--verbose] [--set dev|heldout] [--split] [--diff FILE]

Every release in ``tests/briefing/importers/corpus/`` (see its README.md) is read with
``readers.read_file`` (so .docx and .pdf go through the real readers) and drafted with
``press_release.extract``, with the workspace countries set to the label's two ``countries`` and
``reference_date`` (the importer's "today") set to the date in the file name plus 30 days: an
officer imports a release some weeks after it appeared. The draft is matched to the label and
scored per field; the counts are added up over the releases (micro-average) for the ``dev`` and
``heldout`` sets separately and in total. Output: one ``name=value`` line per number, named
``<set>_<field>_<P|R|acc|n>``; ``--verbose`` adds a table with one row per release; ``--split``
adds ``dev_first`` and ``heldout_first`` (the first collection), ``dev_added`` (the releases
added to dev later) and ``dev_third`` and ``heldout_third`` (the third collection: see the
corpus README).

How draft and label are matched (fixed before any held-out number was looked at):

- **date**: the draft's ``meeting_date`` equals the label's. P = right / drafts with a date,
  R = right / labels with a date. ``end_date`` and ``issue_date`` are scored the same way
  (``end_date`` only where either side has one).
- **place**: city and country compared after folding case, accents, "the", punctuation and a
  few spelling variants (Ha Noi = Hanoi, Lao PDR = Laos, Washington, D.C. = Washington, ...).
  A draft place counts as given when its city or country is not empty; it is right when both
  city and country equal the label's. P = right / given, R = right / labels with a place;
  ``place_acc`` counts a call with no place in draft and label as right too (all releases).
- **participants**: one-to-one by normalised name. Latin script: the set of words after
  folding case and accents ("KISHIDA Fumio" = "Fumio Kishida"; "Antony J" != "Antony J.
  Blinken"). Khmer and Chinese: the name with spaces, zero-width characters and the dots
  between the parts of a transliterated name taken out, and the two spellings of the Khmer
  subscript ta/da made one. ``participants_name``: the name matched; ``participants``: name
  matched and the side equal (this is "name and side"). P = right / draft people,
  R = right / labelled people.
- **items**: one-to-one by token overlap of the sentence. Tokens are lower-case Latin words
  and numbers, and character bigrams of Khmer, Chinese and other scripts without spaces. The
  score of a pair is the Dice coefficient of the two token multisets; pairs scoring at least
  0.5 are taken best first, each draft item and each label item at most once.
  ``items`` P = matched / draft items, R = matched / labelled items. For the matched pairs:
  ``item_side`` and ``item_kind`` (equal values; acc = right / matched, P = right / draft items,
  R = right / labelled items); ``item_area`` compares area tags (the draft item's ``areas`` if
  it has them, else its one ``area``) with the label's ``areas``: P = shared tags / draft tags,
  R = shared tags / label tags; ``item_area_primary_acc`` = the draft's first area is one of the
  label's.
- **commitments**: the draft's proposed commitments that are ticked (``keep``: the ones
  accepting the draft creates; the importer proposes vague pledges unticked) matched to the
  label's the same way as items (by text). P = matched / proposed, R = matched / labelled;
  ``commitment_owner_acc`` = ``owed_by`` equal among the matched.
- **issuer**: equal after folding case, accents, punctuation and spacing. P = right / drafts
  with an issuer, R = right / labels with an issuer.
- **kind** (meeting kind) acc, and ``errors`` (a traceback) / ``refused`` (an ImporterError).

``--diff FILE`` prints the draft beside the label for one DEV release (to study failures); it
refuses held-out releases: their failures are not to be tuned on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
import time
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from briefing.importers.errors import ImporterError  # noqa: E402
from briefing.importers.press_release import extract  # noqa: E402
from briefing.importers.readers import read_file  # noqa: E402
from briefing.model import Settings  # noqa: E402

CORPUS = ROOT / "tests" / "briefing" / "importers" / "corpus"
REFERENCE_DELAY = dt.timedelta(days=30)
MATCH_THRESHOLD = 0.5

_CITY_ALIASES = {
    "ha noi": "hanoi",
    "washington dc": "washington",
    "washington d c": "washington",
    "vientiane capital": "vientiane",
    "phnom penh capital": "phnom penh",
    "new york city": "new york",
    "nay pyi taw": "naypyidaw",  # the official spelling and the usual one
}
_COUNTRY_ALIASES = {
    "lao pdr": "laos",
    "lao people s democratic republic": "laos",
    "vietnam": "viet nam",
    "socialist republic of viet nam": "viet nam",
    "united states of america": "united states",
    "usa": "united states",
    "u s": "united states",
    "us": "united states",
    "korea": "republic of korea",
    "south korea": "republic of korea",
    "rok": "republic of korea",
    "people s republic of china": "china",
    "prc": "china",
    "kingdom of cambodia": "cambodia",
    "kingdom of thailand": "thailand",
    "republic of indonesia": "indonesia",
    "republic of singapore": "singapore",
    "republic of the philippines": "philippines",
    "republic of india": "india",
    "french republic": "france",
    "commonwealth of australia": "australia",
}
_NO_SPACE_SCRIPT = re.compile(
    r"[\u1780-\u17ff\u19e0-\u19ff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


# --------------------------------------------------------------------------- normalising


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, one space between words."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) or _NO_SPACE_SCRIPT.match(c))
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def norm_city(city: str) -> str:
    key = fold(city)
    key = re.sub(r"^the ", "", key)
    return _CITY_ALIASES.get(key, key)


def norm_country(country: str) -> str:
    key = re.sub(r"^the ", "", fold(country))
    return _COUNTRY_ALIASES.get(key, key)


def name_key(name: str) -> tuple[str, ...]:
    """Order-free key of a Latin name; the joined letters of a Khmer or Chinese one."""
    name = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", name))
    if _NO_SPACE_SCRIPT.search(name):
        name = name.replace("\u17d2\u178f", "\u17d2\u178a")  # coeng ta = coeng da
        return (re.sub(r"[\s·・.\-‧•]+", "", name),)
    return tuple(sorted(fold(name.replace("-", " ")).split()))


def tokens(text: str) -> Counter[str]:
    """Latin words and numbers; character bigrams of scripts written without spaces."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text)).casefold()
    found: Counter[str] = Counter()
    for run in re.findall(r"\w+", text):
        if _NO_SPACE_SCRIPT.search(run):
            chars = [c for c in run if _NO_SPACE_SCRIPT.match(c) or c.isalnum()]
            if len(chars) == 1:
                found[chars[0]] += 1
            for a, b in zip(chars, chars[1:], strict=False):
                found[a + b] += 1
        else:
            found[fold(run)] += 1
    return found


def dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def match_texts(drafted: list[str], labelled: list[str]) -> list[tuple[int, int]]:
    """One-to-one (draft index, label index) pairs, best overlap first, score >= threshold."""
    dt_tokens = [tokens(t) for t in drafted]
    lb_tokens = [tokens(t) for t in labelled]
    pairs = []
    for i, a in enumerate(dt_tokens):
        for j, b in enumerate(lb_tokens):
            score = dice(a, b)
            if score >= MATCH_THRESHOLD:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_d: set[int] = set()
    used_l: set[int] = set()
    result = []
    for _score, i, j in pairs:
        if i in used_d or j in used_l:
            continue
        used_d.add(i)
        used_l.add(j)
        result.append((i, j))
    return sorted(result)


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts for precision (right / predicted) and recall (right / labelled)."""

    right: int = 0
    predicted: int = 0
    labelled: int = 0
    matched: int = 0  # for per-match accuracies

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.labelled += other.labelled
        self.matched += other.matched


FIELDS = (
    "date",
    "end_date",
    "issue_date",
    "place",
    "participants_name",
    "participants",
    "items",
    "item_side",
    "item_kind",
    "item_area",
    "item_area_primary",
    "commitments",
    "commitment_owner",
    "issuer",
    "kind",
)


@dataclass
class Score:
    file: str
    set: str
    language: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    place_right_or_both_empty: bool = False
    error: str = ""  # a traceback
    refused: str = ""  # an ImporterError's message
    seconds: float = 0.0


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _value_tally(got: object, want: object) -> Tally:
    return Tally(
        right=int(got is not None and got != "" and got == want),
        predicted=int(got is not None and got != ""),
        labelled=int(want is not None and want != ""),
    )


def _settings(label: dict) -> Settings:
    return Settings(countries=list(label["countries"]))


def reference_for(label: dict) -> dt.date:
    found = re.search(r"(\d{4})-(\d{2})-(\d{2})", label["file"])
    assert found, label["file"]
    return dt.date(*(int(g) for g in found.groups())) + REFERENCE_DELAY


def collections() -> dict[str, frozenset[str]]:
    """The releases added to dev after the first collection ("added"), and those of each later
    collection by name, "third" to the last (dev and held out), as check_labels.py lists them."""
    spec = importlib.util.spec_from_file_location("check_labels", CORPUS / "check_labels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {
        "added": frozenset(module.ADDED_TO_DEV),
        **{name: frozenset(files) for name, files in module.COLLECTIONS.items()},
    }


def draft_for(label: dict):  # noqa: ANN201 - a Draft
    read = read_file(CORPUS / label["file"])
    return extract(read.text, _settings(label), reference_date=reference_for(label))


def item_areas(item: object) -> list[str]:
    areas = list(getattr(item, "areas", None) or [])
    primary = item.area  # type: ignore[attr-defined]
    if primary and primary not in areas:
        areas.insert(0, primary)
    return areas


def score(label: dict, draft) -> Score:  # noqa: ANN001
    result = Score(label["file"], label["set"], label["language"])
    t = result.tallies
    t["date"] = _value_tally(draft.meeting_date, _date(label["meeting_date"]))
    if draft.end_date or label["end_date"]:
        t["end_date"] = _value_tally(draft.end_date, _date(label["end_date"]))
    t["issue_date"] = _value_tally(draft.issue_date, _date(label["issue_date"]))

    got_place = (norm_city(draft.city), norm_country(draft.country))
    want_place = (norm_city(label["city"]), norm_country(label["country"]))
    given, wanted = any(got_place), any(want_place)
    t["place"] = Tally(int(given and got_place == want_place), int(given), int(wanted))
    result.place_right_or_both_empty = got_place == want_place

    people = label["participants"]
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, person in enumerate(draft.participants):
        key = name_key(person.display_name or person.name)
        alt = name_key(person.name)
        for j, wanted_person in enumerate(people):
            if j not in used and name_key(wanted_person["name"]) in (key, alt):
                pairs.append((i, j))
                used.add(j)
                break
    n_draft, n_label = len(draft.participants), len(people)
    t["participants_name"] = Tally(len(pairs), n_draft, n_label, len(pairs))
    sides = sum(1 for i, j in pairs if draft.participants[i].side == people[j]["side"])
    t["participants"] = Tally(sides, n_draft, n_label, len(pairs))

    items = label["items"]
    pairs = match_texts([i.text for i in draft.items], [i["text"] for i in items])
    n_draft, n_label = len(draft.items), len(items)
    t["items"] = Tally(len(pairs), n_draft, n_label, len(pairs))
    side = sum(1 for i, j in pairs if draft.items[i].side == items[j]["side"])
    kind = sum(1 for i, j in pairs if str(draft.items[i].kind) == items[j]["kind"])
    t["item_side"] = Tally(side, n_draft, n_label, len(pairs))
    t["item_kind"] = Tally(kind, n_draft, n_label, len(pairs))
    area = Tally(matched=len(pairs))
    primary = 0
    for i, j in pairs:
        got, want = item_areas(draft.items[i]), set(items[j]["areas"])
        area.right += len(set(got) & want)
        area.predicted += len(set(got))
        area.labelled += len(want)
        primary += int(bool(got) and got[0] in want)
    t["item_area"] = area
    t["item_area_primary"] = Tally(primary, n_draft, n_label, len(pairs))

    wanted_c = label["commitments"]
    proposed = [c for c in draft.commitments if c.keep]
    pairs = match_texts([c.text for c in proposed], [c["text"] for c in wanted_c])
    t["commitments"] = Tally(len(pairs), len(proposed), len(wanted_c), len(pairs))
    owner = sum(1 for i, j in pairs if proposed[i].owed_by == wanted_c[j]["owed_by"])
    t["commitment_owner"] = Tally(owner, len(proposed), len(wanted_c), len(pairs))

    got_issuer = fold(draft.issuer or "")
    want_issuer = fold(label["issuer"] or "")
    t["issuer"] = _value_tally(got_issuer or None, want_issuer or None)
    t["kind"] = Tally(int(str(draft.kind) == label["kind"]), 1, 1, 1)
    return result


def run(label: dict) -> Score:
    start = time.perf_counter()
    try:
        draft = draft_for(label)
    except ImporterError as error:
        result = Score(label["file"], label["set"], label["language"], refused=str(error))
        _count_misses(result, label)
    except Exception:  # noqa: BLE001 - a traceback is what is counted here
        result = Score(label["file"], label["set"], label["language"])
        result.error = traceback.format_exc()
        _count_misses(result, label)
    else:
        result = score(label, draft)
    result.seconds = time.perf_counter() - start
    return result


def _count_misses(result: Score, label: dict) -> None:
    """A refused or failed release: everything labelled is missed."""
    t = result.tallies
    t["date"].labelled = int(bool(label["meeting_date"]))
    t["end_date"].labelled = int(bool(label["end_date"]))
    t["issue_date"].labelled = int(bool(label["issue_date"]))
    t["place"].labelled = int(bool(label["city"] or label["country"]))
    result.place_right_or_both_empty = False
    t["participants_name"].labelled = t["participants"].labelled = len(label["participants"])
    for name in ("items", "item_side", "item_kind", "item_area_primary"):
        t[name].labelled = len(label["items"])
    t["item_area"].labelled = sum(len(i["areas"]) for i in label["items"])
    t["commitments"].labelled = t["commitment_owner"].labelled = len(label["commitments"])
    t["issuer"].labelled = int(bool(label["issuer"]))
    t["kind"] = Tally(0, 1, 1, 1)


# --------------------------------------------------------------------------- output


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "nan"


def summary(name: str, scores: list[Score]) -> list[str]:
    total = {f: Tally() for f in FIELDS}
    for s in scores:
        for f in FIELDS:
            total[f].add(s.tallies[f])
    lines = [
        f"{name}_releases={len(scores)}",
        f"{name}_errors={sum(1 for s in scores if s.error)}",
        f"{name}_refused={sum(1 for s in scores if s.refused)}",
    ]
    for f in FIELDS:
        tally = total[f]
        if f == "kind":
            lines.append(f"{name}_kind_acc={_ratio(tally.right, tally.labelled)}")
            continue
        lines.append(f"{name}_{f}_P={_ratio(tally.right, tally.predicted)}")
        lines.append(f"{name}_{f}_R={_ratio(tally.right, tally.labelled)}")
        if f in ("item_side", "item_kind", "item_area_primary", "commitment_owner"):
            lines.append(f"{name}_{f}_acc={_ratio(tally.right, tally.matched)}")
        if f in ("participants", "items", "commitments"):
            lines.append(f"{name}_{f}_n={tally.labelled}")
    right = sum(1 for s in scores if s.place_right_or_both_empty)
    lines.append(f"{name}_place_acc={_ratio(right, len(scores))}")
    return lines


def table(scores: list[Score]) -> list[str]:
    head = f"{'release':58} {'set':7} date place people  items   side  kind  commit  issuer"
    rows = [head]
    for s in scores:
        t = s.tallies
        if s.error or s.refused:
            rows.append(f"{s.file[:58]:58} {s.set:7} {'ERROR' if s.error else 'REFUSED'}")
            continue

        def frac(x: Tally) -> str:
            return f"{x.right}/{x.predicted}/{x.labelled}"

        rows.append(
            f"{s.file[:58]:58} {s.set:7} {'ok' if t['date'].right else '--':4} "
            f"{'ok' if s.place_right_or_both_empty else '--':5} "
            f"{frac(t['participants']):7} {frac(t['items']):7} "
            f"{t['item_side'].right}/{t['item_side'].matched:<4} "
            f"{t['item_kind'].right}/{t['item_kind'].matched:<4} "
            f"{frac(t['commitments']):7} {'ok' if t['issuer'].right else '--'}"
        )
    rows.append("(people, items, commit: right/drafted/labelled; side, kind: right/matched)")
    return rows


def diff(label: dict) -> None:
    draft = draft_for(label)
    print(
        f"date    {draft.meeting_date} / {draft.end_date}  label {label['meeting_date']}"
        f" / {label['end_date']}   issue {draft.issue_date} label {label['issue_date']}"
    )
    print(
        f"place   {draft.city!r}, {draft.country!r}  label {label['city']!r}, {label['country']!r}"
    )
    print(f"kind    {draft.kind}  label {label['kind']}")
    print(f"issuer  {draft.issuer!r}  label {label['issuer']!r}")
    print(f"title   {draft.title!r}")
    print("people (draft):")
    for p in draft.participants:
        print(f"   {p.honorific!r} {p.name!r} [{p.title!r}] {p.side!r}")
    print("people (label):")
    for p in label["participants"]:
        print(f"   {p['honorific']!r} {p['name']!r} [{p['title']!r}] {p['side']!r}")
    pairs = dict(match_texts([i.text for i in draft.items], [i["text"] for i in label["items"]]))
    matched_labels = set(pairs.values())
    print("items (draft -> label):")
    for i, item in enumerate(draft.items):
        areas = ",".join(item_areas(item))
        if i in pairs:
            want = label["items"][pairs[i]]
            marks = (
                ("" if item.side == want["side"] else f" SIDE want {want['side']}")
                + ("" if str(item.kind) == want["kind"] else f" KIND want {want['kind']}")
                + (
                    ""
                    if set(item_areas(item)) == set(want["areas"])
                    else f" AREAS want {','.join(want['areas'])}"
                )
            )
            print(f" ok {item.side}/{item.kind}/{areas}: {item.text[:110]}{marks}")
        else:
            print(f" ++ {item.side}/{item.kind}/{areas}: {item.text[:140]}")
    for j, want in enumerate(label["items"]):
        if j not in matched_labels:
            print(
                f" -- {want['side']}/{want['kind']}/{','.join(want['areas'])}: {want['text'][:140]}"
            )
    print("commitments (draft):")
    for c in draft.commitments:
        print(f"   {'x' if c.keep else ' '} {c.owed_by}: {c.text[:120]}")
    print("commitments (label):")
    for c in label["commitments"]:
        print(f"   {c['owed_by']}: {c['text'][:120]}")
    print("warnings:", draft.warnings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="a row per release")
    ap.add_argument("--set", choices=("dev", "heldout"), help="score one set only")
    ap.add_argument("--diff", metavar="FILE", help="draft beside label for one dev release")
    ap.add_argument(
        "--split",
        action="store_true",
        help="also score the collections apart (first, added to dev, third: see the corpus README)",
    )
    args = ap.parse_args()
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    if args.diff:
        chosen = [x for x in labels if x["file"].startswith(args.diff)]
        if len(chosen) != 1:
            sys.exit(f"{len(chosen)} releases start with {args.diff!r}: name one")
        label = chosen[0]
        if label["set"] != "dev":
            sys.exit("held-out releases are scored, not studied: --diff takes dev releases only")
        diff(label)
        return
    if args.set:
        labels = [x for x in labels if x["set"] == args.set]
    scores = [run(x) for x in labels]
    for name in ("dev", "heldout"):
        chosen = [s for s in scores if s.set == name]
        if chosen:
            print("\n".join(summary(name, chosen)))
    named = collections()
    added = named.pop("added")
    first = [s for s in scores if s.file not in frozenset().union(added, *named.values())]
    rows = [
        ("dev_first", [s for s in first if s.set == "dev"]),
        ("dev_added", [s for s in scores if s.file in added]),
    ]
    for kind in ("dev", "heldout"):
        if kind == "heldout":
            rows.append(("heldout_first", [s for s in first if s.set == "heldout"]))
        rows += [
            (f"{kind}_{name}", [s for s in scores if s.file in files and s.set == kind])
            for name, files in named.items()
        ]
    for name, chosen in rows:
        if chosen and args.split:
            print("\n".join(summary(name, chosen)))
    print("\n".join(summary("total", scores)))
    for language in ("en", "km", "zh"):
        chosen = [s for s in scores if s.language == language]
        if chosen:
            print(
                "\n".join(
                    x
                    for x in summary(f"lang_{language}", chosen)
                    if re.search(
                        r"_(date_R|place_acc|participants_R|items_R|item_side_acc"
                        r"|item_kind_acc|commitments_[PR]|errors|refused)=",
                        x,
                    )
                )
            )
    print(f"seconds_max={max(s.seconds for s in scores):.3f}")
    if args.verbose:
        print("\n".join(table(scores)))
        for s in scores:
            if s.error:
                print(f"--- {s.file}\n{s.error}")


if __name__ == "__main__":
    main()
