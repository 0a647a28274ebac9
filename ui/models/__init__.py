"""Qt item models: thin adapters over the core's lists (no business logic here)."""
