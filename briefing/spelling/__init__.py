"""Spell checking, offline, for English and Khmer: the words of a text (Khmer segmented into
words first, since it has no spaces), the bundled Hunspell dictionaries and the workspace's
own words. Qt-free; the editor's underlines are in ``ui/common/spelling.py``."""

from briefing.spelling.checker import SpellChecker
from briefing.spelling.dictionaries import Dictionaries
from briefing.spelling.segment import Token, tokens

__all__ = ["Dictionaries", "SpellChecker", "Token", "tokens"]
