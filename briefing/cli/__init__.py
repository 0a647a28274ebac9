"""The ``briefing`` command line (entry point :func:`main`, see :mod:`briefing.cli.app`)."""

from briefing.cli.app import main

__all__ = ["main"]
