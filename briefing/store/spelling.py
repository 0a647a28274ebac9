"""``ws.spelling``: the words the workspace's users added to its spelling dictionary."""

from __future__ import annotations

import unicodedata

from briefing.store.base import Repository


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip())


class SpellingWordsRepository(Repository):
    def words(self) -> set[str]:
        return {row[0] for row in self._conn.execute("SELECT word FROM spelling_words")}

    def add(self, word: str) -> None:
        """Keep ``word`` (a name, a term of the relationship): it is spelt right from now on."""
        word = _key(word)
        if not word:
            return
        with self._db.transaction():
            self._conn.execute("INSERT OR IGNORE INTO spelling_words(word) VALUES (?)", (word,))

    def remove(self, word: str) -> None:
        with self._db.transaction():
            self._conn.execute("DELETE FROM spelling_words WHERE word = ?", (_key(word),))
