"""What this copy of Briefing Book is made of: its version, and the name, version and licence of
every library and font it runs with, read from the installed distributions' metadata and the
font files themselves (Help ▸ About, ``briefing about``), never typed by hand.

The libraries are ``briefing-book`` and, recursively, what it requires (with the ``gui``
extra), as far as installed: in a frozen build exactly what the bundle carries (its build copies
the same distributions' metadata), in a checkout the same list, not the test tools.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

DIST_NAME = "briefing-book"
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """One library or font, and its licence as its own files state it."""

    name: str
    version: str
    licence: str  # an SPDX expression or the licence's name; "" if the metadata has none
    summary: str = ""
    copyright: str = ""
    texts: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # (file name, text)


def app_version() -> str:
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return "unknown"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(
    name: str = DIST_NAME, extras: tuple[str, ...] = ("gui",)
) -> list[metadata.Distribution]:
    """``name`` and every installed distribution it requires, recursively.

    A requirement under an extra is followed only for the extras asked for (``gui`` of this
    app, those named in brackets further down); any other marker (platform, Python version) is
    left to the installer: what it installed is what the app runs with."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [(name, frozenset(extras))]
    done: set[tuple[str, frozenset[str]]] = set()
    while todo:
        current, wanted = todo.pop()
        key = normalise(current)
        if (key, wanted) in done:
            continue
        done.add((key, wanted))
        try:
            dist = seen.get(key) or metadata.distribution(current)
        except metadata.PackageNotFoundError:
            continue  # for another platform, or optional and not installed
        seen[key] = dist
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            extra = _EXTRA.search(marker)
            if extra and normalise(extra.group(1)) not in {normalise(e) for e in wanted}:
                continue
            found = _NAME.match(spec)
            if found:
                more = frozenset(e.strip() for e in (found.group(2) or "").split(",") if e.strip())
                todo.append((found.group(1), more))
    return sorted(seen.values(), key=lambda d: normalise(d.metadata["Name"]))


def libraries() -> list[Component]:
    """Every distribution the app runs with, this app first; then Python itself."""
    found = [_component(dist) for dist in runtime_distributions()]
    found.sort(key=lambda c: (normalise(c.name) != DIST_NAME, c.name.lower()))
    return [*found, python_component()]


def _component(dist: metadata.Distribution) -> Component:
    meta = dist.metadata
    return Component(
        name=meta["Name"],
        version=dist.version,
        licence=licence_of(meta),
        summary=meta.get("Summary") or "",
        texts=tuple(_licence_texts(dist)),
    )


def licence_of(meta) -> str:  # noqa: ANN001 - an email.message.Message
    """The licence a distribution declares: its SPDX expression, else its short ``License``
    field, else its licence classifiers."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) <= 100:
        return declared
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.split("::")[-1].strip() != "OSI Approved"
    ]
    return " / ".join(classifiers) or (declared.splitlines()[0] if declared else "")


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    names = list(dict.fromkeys(dist.metadata.get_all("License-File") or []))
    candidates = [f"licenses/{n}" for n in names] + names
    for file in dist.files or []:
        parts = file.parts
        if parts and parts[0].endswith(".dist-info") and len(parts) > 1:
            inner = "/".join(parts[1:])
            if _LICENCE_FILE.match(parts[-1]) or parts[1] == "licenses":
                candidates.append(inner)
    texts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.removeprefix("licenses/") in seen:
            continue
        text = dist.read_text(candidate)
        if text:
            seen.add(candidate.removeprefix("licenses/"))
            texts.append((candidate.removeprefix("licenses/"), text))
    return texts


def python_component() -> Component:
    """The interpreter: its version, and the licence file it ships (copied into the frozen
    build by its spec)."""
    path = python_licence_file()
    texts = [("LICENSE.txt", path.read_text(encoding="utf-8", errors="replace"))] if path else []
    return Component(
        name="Python",
        version=".".join(map(str, sys.version_info[:3])),
        licence="PSF-2.0" if texts else "",
        summary="The Python interpreter and standard library",
        copyright=sys.copyright.strip().splitlines()[0],
        texts=tuple(texts),
    )


#: where a frozen build keeps the interpreter's licence file, inside its folder
PYTHON_LICENCE_IN_BUNDLE = "licences/python"


def python_licence_file() -> Path | None:
    """The interpreter's LICENSE.txt: in the frozen bundle, beside the standard library
    (Linux, macOS) or in the installation's root (Windows); None if there is none."""
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / PYTHON_LICENCE_IN_BUNDLE)
    folders += [Path(os.__file__).parent, Path(sys.base_prefix)]
    return next((f / "LICENSE.txt" for f in folders if (f / "LICENSE.txt").is_file()), None)


def fonts(paths: list[Path]) -> list[Component]:
    """The fonts in ``paths`` as their own name tables describe them, each with the licence
    files beside it (``OFL.txt``)."""
    from fontTools.ttLib import TTFont

    found = []
    for path in paths:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            names = font["name"]

            def name(*ids: int, names=names) -> str:  # noqa: ANN001
                for name_id in ids:
                    record = names.getDebugName(name_id)
                    if record:
                        return " ".join(record.split())
                return ""

            family = name(4, 1)
            found.append(
                Component(
                    name=family or path.stem,
                    version=name(5).removeprefix("Version ").split(";")[0],
                    licence=_font_licence(name(13), name(14)),
                    summary=path.name,
                    copyright=name(0),
                    texts=tuple(_folder_licences(path.parent)),
                )
            )
    return found


def _font_licence(description: str, url: str) -> str:
    text = f"{description} {url}"
    if "openfontlicense" in text.replace(" ", "").lower() or "Open Font License" in text:
        return "OFL-1.1" if "1.1" in text else "OFL"
    return description.split(".")[0] if description else url


def _folder_licences(folder: Path) -> list[tuple[str, str]]:
    return [
        (path.name, path.read_text(encoding="utf-8", errors="replace"))
        for path in sorted(folder.iterdir())
        if path.is_file()
        and (_LICENCE_FILE.match(path.name) or path.name.upper().startswith("OFL"))
        and path.suffix.lower() in {".txt", ".md", ""}
    ]
