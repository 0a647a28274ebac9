"""Team mode: a workspace file as a replica of a shared library on PostgreSQL (issue 18).

:mod:`.library` connects (psycopg 3, optional) and administers; :mod:`.server_schema` is the
library's schema; :mod:`.merge` merges three ways; :mod:`.engine` pulls, merges and pushes.
Qt-free: the app's ``ui/sync`` runs it off the GUI thread.
"""
