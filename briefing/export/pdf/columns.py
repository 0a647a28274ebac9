"""Column widths of a table, fitted to what its cells hold.

A column narrower than its widest word breaks that word inside ("Cambodi-a" in a narrow
"Owed by" column); a column wider than its longest cell wastes the width its neighbours wrap
for. :func:`fit` widens the first and narrows the second, moving the width to or from the other
columns in their proportions. A table whose proportions are left to the content (a table typed
in a brief or read from Word) shares the width beyond its words by how much text each column's
cells hold on average instead, so that the cells of a row wrap to about as many lines each, as
the automatic layout of a browser or of Word's "autofit" does.
"""

from __future__ import annotations

#: no column is widened past this share of the table for its widest word: a URL or a long
#: compound in one cell breaks inside instead of starving the other columns
MAX_WORD_SHARE = 0.35

_EPS = 1e-6


def fit(
    preferred: list[float],
    narrowest: list[float],
    widest: list[float],
    typical: list[float] | None = None,
) -> list[float]:
    """Widths (points) for columns proportioned to ``preferred`` (summing to the table's
    width), whose widest word needs ``narrowest`` and whose longest cell on one line needs
    ``widest`` (padding included). The proportions are kept but for the words and the longest
    cells; with ``typical`` (what the column's cells need on one line on average: a table whose
    proportions the composer left to the content) the width beyond the words is shared by it
    instead. The result sums to the same width."""
    avail = sum(preferred)
    low = [min(m, avail * MAX_WORD_SHARE) for m in narrowest]
    if sum(low) >= avail:  # the words alone do not fit side by side: keep the proportions
        return list(preferred)
    # a column with nothing in it keeps its width (left blank to be written in, perhaps)
    blank = [h <= 0 for h in widest]
    high = [
        p if b else max(h, lo) for p, h, lo, b in zip(preferred, widest, low, blank, strict=True)
    ]
    if sum(high) <= avail:  # every cell on one line: the rest back towards the proportions
        short = [max(p - h, 0.0) for p, h in zip(preferred, high, strict=True)]
        return _grow(high, short, avail - sum(high))
    if typical is None:
        widths = [min(max(p, lo), hi) for p, lo, hi in zip(preferred, low, high, strict=True)]
        weight = list(preferred)
    else:
        widths = [p if b else lo for p, lo, b in zip(preferred, low, blank, strict=True)]
        weight = [
            0.0 if b else max(t - lo, 0.0) + _EPS
            for t, lo, b in zip(typical, low, blank, strict=True)
        ]
    spare = avail - sum(widths)
    if spare < 0:  # widened for their words: the others give in proportion to their room
        return _shrink(widths, low, -spare)
    while spare > _EPS:  # water-filling: a column that reaches its longest cell stops there
        growing = [i for i, w in enumerate(widths) if w < high[i] - _EPS and weight[i] > 0]
        if not growing:
            return _grow(
                widths, [max(p - w, 0.0) for p, w in zip(preferred, widths, strict=True)], spare
            )
        total = sum(weight[i] for i in growing)
        for i in growing:
            widths[i] = min(widths[i] + spare * weight[i] / total, high[i])
        spare = avail - sum(widths)
    return widths


def _grow(widths: list[float], share: list[float], spare: float) -> list[float]:
    """``widths`` plus ``spare`` in all, in proportion to ``share`` (evenly if all are 0)."""
    total = sum(share)
    if total <= 0:
        return [w + spare / len(widths) for w in widths]
    return [w + spare * s / total for w, s in zip(widths, share, strict=True)]


def _shrink(widths: list[float], floor: list[float], cut: float) -> list[float]:
    """``widths`` less ``cut`` in all, taken in proportion to each one's room above ``floor``."""
    room = sum(w - f for w, f in zip(widths, floor, strict=True))
    return [w - (w - f) * cut / room for w, f in zip(widths, floor, strict=True)]
