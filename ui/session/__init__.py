"""An open workspace in the app: the store, its undo stack, its autosaver, change signals."""
