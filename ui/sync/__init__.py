"""Team mode in the app: File ▸ Connect to Shared Library…, Sync Now, Review Sync Conflicts…,
the status bar's "Synced 10:42 · 3 waiting", and syncing in the background whenever the
library answers. The work is the core's (:mod:`briefing.sync`), run off the GUI thread."""

from ui.sync.feature import SyncFeature, install

__all__ = ["SyncFeature", "install"]
