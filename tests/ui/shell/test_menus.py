"""Every menu item has a keyboard mnemonic (Alt+letter), unique in its menu, so each one can be
reached from the keyboard."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_mnemonics_are_unique_in_every_menu(window):
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    seen_menus = 0
    while menus:
        menu: QMenu = menus.pop()
        seen_menus += 1
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu():
                menus.append(action.menu())
            letter = _mnemonic(action.text())
            assert letter is not None, f"{menu.title()}: {action.text()!r} has no Alt+letter"
            assert letter not in letters, (
                f"{menu.title()}: {action.text()!r} and {letters[letter]!r} share Alt+{letter}"
            )
            letters[letter] = action.text()
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(bar) == len(set(bar)) and seen_menus >= 5
