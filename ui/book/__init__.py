"""The book editor: properties, programme, outline, the section editor and "From the records"."""
