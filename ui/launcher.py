"""The one entry point of the frozen build: the editor, the ``briefing`` command or a layout
process, chosen by the executable's name and a flag.

The frozen folder holds two executables built from this script, ``briefing-book`` (the editor;
windowed on Windows and macOS) and ``briefing`` (the command line). Either started with
:data:`~ui.preview.render_process.LAYOUT_FLAG` first acts as the layout process behind the
preview and preflight (there is no ``python -m`` in a frozen build), multiprocessing-style.
"""

from __future__ import annotations

import re
import sys

CLI_NAMES = {"briefing", "briefing.exe"}


def role(executable: str, argv: list[str]) -> str:
    """ "layout", "cli" or "gui" for a process started as ``executable`` with ``argv``."""
    from ui.preview.render_process import LAYOUT_FLAG

    if argv[:1] == [LAYOUT_FLAG]:
        return "layout"
    name = re.split(r"[\\/]", executable)[-1].lower()  # a Windows path on any system
    return "cli" if name in CLI_NAMES else "gui"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    chosen = role(sys.executable, argv)
    if chosen == "layout":
        from ui.preview.render_process import main as layout_main

        layout_main()
        return 0
    if chosen == "cli":
        from briefing.cli import main as cli_main

        return cli_main(argv)
    from ui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
