"""Workspaces as files: new, settings, preferences, backups, encryption, the idle lock."""
