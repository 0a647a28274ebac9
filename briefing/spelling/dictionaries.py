"""The bundled Hunspell dictionaries (``resources/spelling``), loaded the first time a language
is checked (about 0.1 s each) through the ``chunspell`` binding of the Hunspell library.

Measured against the pure-Python ``spylls`` on this machine: a lookup in 2.5 µs instead of
23 µs, and a dictionary loaded in 0.08 s instead of 0.86 s."""

from __future__ import annotations

import logging
from pathlib import Path

from briefing.files.paths import resource

log = logging.getLogger(__name__)

#: language -> the dictionary's name in its folder (resources/spelling/<language>/<name>.dic)
BUNDLED = {"en": "en_US", "km": "km_KH"}


class Dictionaries:
    """One Hunspell dictionary per language, loaded on first use."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or resource("spelling")
        self._loaded: dict[str, object] = {}

    def languages(self) -> list[str]:
        return [lang for lang, name in BUNDLED.items() if self._path(lang, ".dic").exists()]

    def _path(self, language: str, suffix: str) -> Path:
        return self.folder / language / f"{BUNDLED[language]}{suffix}"

    def get(self, language: str):  # noqa: ANN201 - a hunspell.Hunspell, or None
        """The dictionary of ``language``, or None when none is bundled (nothing is checked)."""
        if language not in self._loaded:
            self._loaded[language] = self._load(language)
        return self._loaded[language]

    def _load(self, language: str):  # noqa: ANN202
        if language not in BUNDLED or not self._path(language, ".dic").exists():
            return None
        import hunspell  # chunspell: the Hunspell library, bundled in its wheel

        try:
            return hunspell.Hunspell(
                BUNDLED[language], hunspell_data_dir=str(self.folder / language)
            )
        except Exception:  # noqa: BLE001 - a broken dictionary turns checking off, never the app
            log.warning("could not load the %s spelling dictionary", language, exc_info=True)
            return None
