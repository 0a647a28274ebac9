"""Column widths of a table, fitted to what its cells hold.

A column narrower than its widest word breaks that word inside ("Cambodi-a" in a narrow
"Owed by" column): :func:`fit` widens it, taking the width from the other columns in proportion
to their room. A table whose proportions are left to the content (a table typed in a brief or
read from Word) also shares the width beyond its words by how much text each column's cells hold
on average, no column growing past its longest cell while another wraps, so that the cells of
a row wrap to about as many lines each, as a browser's automatic table layout or Word's
"autofit" does.
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
    ``widest`` (padding included). The composer's proportions are kept but for the words (so
    that tables of a kind, a brief's and the tracker's, line up alike); with ``typical`` (what
    the column's cells need on one line on average: a table whose proportions the composer
    left to the content) the width beyond the words is shared by it, no column growing past
    its longest cell while another still wraps. The result sums to the same width."""
    avail = sum(preferred)
    low = [min(m, avail * MAX_WORD_SHARE) for m in narrowest]
    if sum(low) >= avail:  # the words alone do not fit side by side: keep the proportions
        return list(preferred)
    if typical is None:
        widths = [max(p, lo) for p, lo in zip(preferred, low, strict=True)]
        spare = avail - sum(widths)
        return _shrink(widths, low, -spare) if spare < -_EPS else widths
    # a column with nothing in it keeps its width (left blank to be written in, perhaps)
    blank = [h <= 0 for h in widest]
    high = [
        p if b else max(h, lo) for p, h, lo, b in zip(preferred, widest, low, blank, strict=True)
    ]
    if sum(high) <= avail:  # every cell on one line: the rest back towards the proportions
        short = [max(p - h, 0.0) for p, h in zip(preferred, high, strict=True)]
        return _grow(high, short, avail - sum(high))
    widths = [p if b else lo for p, lo, b in zip(preferred, low, blank, strict=True)]
    weight = [
        0.0 if b else max(t - lo, 0.0) + _EPS for t, lo, b in zip(typical, low, blank, strict=True)
    ]
    spare = avail - sum(widths)
    if spare < 0:  # blank columns give way to the words of the others
        return _shrink(widths, low, -spare)
    while spare > _EPS:  # water-filling: a column that reaches its longest cell stops there
        growing = [i for i, w in enumerate(widths) if w < high[i] - _EPS and weight[i] > 0]
        if not growing:
            short = [max(p - w, 0.0) for p, w in zip(preferred, widths, strict=True)]
            return _grow(widths, short, spare)
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
