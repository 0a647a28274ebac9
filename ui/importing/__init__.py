"""File ▸ Import Press Release…: read, review and create a meeting."""
