"""Small dialogs; each offers a classmethod ``get…(parent, …) -> (value, ok)``."""
