"""The ``briefing`` command line: workspaces without the desktop app.

One parser assembled from the command modules (each adds its own sub-commands), and one
error mapping (:mod:`briefing.cli.errors`): every user mistake ends in one line on stderr and
a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from briefing import __version__
from briefing.cli import (
    backup,
    books,
    clearance,
    crypto,
    errors,
    issue,
    language,
    records,
    review,
    server,
    workspace,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=errors.PROG,
        description="Briefing Book: meeting records and briefing books for high-level visits.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (records, issue, books, language, clearance, review, backup, crypto, server):
        module.add_commands(sub)
    workspace.add_passphrase_options(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return errors.run(lambda: args.run(args))


if __name__ == "__main__":
    sys.exit(main())
