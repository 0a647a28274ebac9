"""The one place where the command line turns an error into a message and an exit code.

- a :class:`~briefing.errors.BriefingError` (anything the user can act on) or a refused target:
  its message, exit 1;
- an ``OSError`` (a file that cannot be read or written): the file and why, exit 1, with a full
  disk said as such;
- Ctrl+C: exit 130; output piped into a program that stopped reading (``| head``): exit 0.

Usage mistakes are argparse's (exit 2). Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable

from briefing.cli.tr import _, loc
from briefing.errors import BriefingError
from briefing.files.targets import ProtectedTarget

PROG = "briefing"


def run(command: Callable[[], int]) -> int:
    """Run a command; every error the user can cause ends in one line on stderr."""
    try:
        return command()
    except BriefingError as exc:
        return _say(exc.said(loc()), 1)  # in the locale's language where it is translated
    except ProtectedTarget as exc:
        return _say(str(exc), 1)
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            what = _("the disk is full; free some space, then try again (nothing was written)")
        else:
            what = exc.strerror or str(exc)
        return _say(f"{where}{what}", 1)
    except KeyboardInterrupt:
        print(_("{prog}: interrupted").format(prog=PROG), file=sys.stderr)
        return 130


def _say(message: str, code: int) -> int:
    print(_("{prog}: error: {message}").format(prog=PROG, message=message), file=sys.stderr)
    return code
