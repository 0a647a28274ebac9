"""Shared fixtures: every test gets its own folders; Qt never needs a screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
