"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped a reference to None on
every call of a method returning void, and on Python 3.11 (where None is not immortal) the app
aborted with "deallocating None" after a few thousand calls, e.g. typing a page of a brief."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.resize(10, 10)
    # other threads may come and go meanwhile; a lost reference per call would be -4000
    assert sys.getrefcount(None) - before > -100
