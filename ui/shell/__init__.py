"""The main window and what features may use of it (:mod:`ui.shell.host`)."""
