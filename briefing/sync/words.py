"""The shared library's refusals, as templates marked for the ``messages`` catalogue: raised as
``LibraryError(TEMPLATE, field=…)``, said in English by ``str(exc)`` and in the interface's
language by ``exc.said(loc)``."""

from __future__ import annotations

from briefing.i18n import M_

NO_PSYCOPG = M_(
    "the shared library needs psycopg 3, which is not installed; install Briefing "
    "Book with its server extra: pip install 'briefing-book[server]'"
)
NOT_AN_ADDRESS = M_("{url} is not the address of a shared library; it starts with postgresql://")
CANNOT_CONNECT = M_("{url}: cannot connect to the shared library ({reason})")
NOT_A_LIBRARY = M_("{url}: is not a shared library yet (`briefing server init`)")
NEWER_LIBRARY = M_("{url}: the library is of a newer version ({version}); update Briefing Book")
NOT_A_MEMBER_HERE = M_(
    "{url}: {user} is not a member of this library (or was revoked); ask its administrator"
)
NOT_ALLOWED = M_("{url}: not allowed: {reason}")
CONNECTION_LOST = M_("{url}: the connection was lost ({reason})")
MAY_NOT = M_(
    "{url}: {user} may not do this ({reason}); connect as the library's owner, a role that "
    "may create roles"
)
BAD_NAME = M_("{name}: a user name is lower-case letters, digits and _, starting with a letter")
NOT_A_LEVEL = M_("'{ceiling}' is not a classification level of this library ({levels})")
NOT_A_ROLE = M_("'{role}' is not a role; one of {roles}")
ALREADY_MEMBER = M_("{name} is already a member; use `briefing server grant`")
NOT_A_MEMBER = M_("{name} is not a member of this library")
NAME_THE_BOOK = M_("name the book of the section with --book (its title)")
NO_BOOK = M_("there is no book “{book}”")
MANY_BOOKS = M_("there is more than one book “{book}”")
NO_SECTION = M_("there is no section “{ref}” in the library")
OTHER_LIBRARY = M_(
    "{path}: is a replica of {known}, not of {url}; a workspace belongs to one library"
)
NOT_CONNECTED = M_("{path}: is not connected to a shared library")
REFUSED_CHANGE = M_("{url}: the library refused a change: {message}")
DELETED_MEANWHILE = M_("the record was deleted meanwhile; sync again")
