"""Live preview and printing of the current book: View ▸ Preview, File/Book ▸ Print….

The main window calls :func:`install` once, at the end of building its menus (so the dock's
place and visibility are restored with the rest of the layout), and keeps what it returns as
``window.preview``. Nothing here imports Qt at import time: the layout process
(:mod:`ui.preview.render_process`) is started as part of this package and must stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.preview.live import LivePreview
    from ui.shell.host import WindowHost


def install(host: WindowHost) -> LivePreview:
    from ui.preview.menus import install as add_to

    return add_to(host)
