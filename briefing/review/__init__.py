"""Review DOCX: a book sent to Word for comments and brought back (see the modules)."""
