"""Briefing Book's core: records, books and exports, without any GUI code."""

__version__ = "0.1.0"
