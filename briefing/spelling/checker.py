"""Is a word spelt right? The bundled dictionaries, the workspace's own words, and a cache.

A word's verdict is kept once known (per language), so text that is typed again or scrolled
back costs a dictionary lookup once; :meth:`SpellChecker.cached` answers from the cache only,
which lets an editor underline without ever waiting for a dictionary (it checks the rest in
small slices between keystrokes)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from briefing.spelling.dictionaries import Dictionaries
from briefing.spelling.segment import Token, tokens

MAX_SUGGESTIONS = 6


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).replace("’", "'")


class SpellChecker:
    def __init__(self, words: Iterable[str] = (), dictionaries: Dictionaries | None = None) -> None:
        self.dictionaries = dictionaries or Dictionaries()
        self._own: set[str] = set()
        self._cache: dict[tuple[str, str], bool] = {}
        for word in words:
            self._own.add(_norm(word))

    # ------------------------------------------------------------------ the workspace's words

    @property
    def own_words(self) -> frozenset[str]:
        return frozenset(self._own)

    def add(self, word: str) -> None:
        """Accept ``word`` from now on (the caller keeps it in the workspace)."""
        word = _norm(word.strip())
        self._own.add(word)
        for key in [k for k in self._cache if k[1] in (word, word.lower())]:
            self._cache[key] = True

    def _is_own(self, word: str) -> bool:
        return word in self._own or word.lower() in self._own or word.capitalize() in self._own

    # ------------------------------------------------------------------ checking

    def tokens(self, text: str) -> list[Token]:
        return tokens(text)

    def cached(self, token: Token) -> bool | None:
        """True or False when this word was checked before; None when not yet."""
        return self._cache.get((token.language, _norm(token.word)))

    def check(self, token: Token) -> bool:
        """Whether the word is spelt right (a language without a dictionary: always)."""
        key = (token.language, _norm(token.word))
        known = self._cache.get(key)
        if known is None:
            known = self._lookup(*key)
            self._cache[key] = known
        return known

    def _lookup(self, language: str, word: str) -> bool:
        if self._is_own(word):
            return True
        dictionary = self.dictionaries.get(language)
        if dictionary is None:
            return True
        return bool(dictionary.spell(word))

    def misspelt(self, text: str) -> list[Token]:
        return [t for t in tokens(text) if not self.check(t)]

    def suggest(self, token: Token) -> list[str]:
        """Up to six corrections, best first (0.1–0.2 s: asked for when a menu opens)."""
        dictionary = self.dictionaries.get(token.language)
        if dictionary is None:
            return []
        return list(dictionary.suggest(_norm(token.word)))[:MAX_SUGGESTIONS]

    def corrections(self, text: str, token: Token) -> list[tuple[str, int, int]]:
        """Corrections of ``token`` in ``text`` as (replacement, start, end), best first.

        A misspelt Khmer word is often cut by the segmentation into a piece it does not know
        and a piece it does (កម្ពូជា: កម្ពូ + ជា), so the piece is also corrected together with
        the word that follows it (កម្ពុជា), and those corrections come first."""
        spans: list[tuple[int, int, str]] = []
        if token.language == "km":
            after = [t for t in tokens(text) if t.start == token.end and t.language == "km"]
            if after:
                joined = Token(token.start, after[0].end, text[token.start : after[0].end], "km")
                spans += [(token.start, after[0].end, w) for w in self.suggest(joined)]
        spans += [(token.start, token.end, w) for w in self.suggest(token)]
        out: list[tuple[str, int, int]] = []
        for start, end, word in spans:
            if word != text[start:end] and all(word != o[0] for o in out):
                out.append((word, start, end))
        return out[:MAX_SUGGESTIONS]
