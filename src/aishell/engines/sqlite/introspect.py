"""SQLite's catalog queries for the shell's psql commands.  SQLite has no roles, no privileges
(access is the file's permissions), no extension catalog and no stored functions; it keeps each
table's and view's CREATE statement, which ``\\sv`` and ``\\d+ NAME`` show (a table's CHECK
constraints are in it), with the AUTOINCREMENT counter.  Reads only; no driver is imported here."""

from __future__ import annotations

from aishell.engines.introspect import Detail, IntrospectRules, Query

_VIEW = "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?"
_TABLE = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"
_AUTO = "SELECT 'next value ' || (seq + 1) FROM sqlite_sequence WHERE name = ?"
_DATABASES = "SELECT name, file FROM pragma_database_list ORDER BY seq"

INTROSPECT = IntrospectRules(
    view_source=Query(_VIEW, args=("name",)),
    databases=Query(_DATABASES, ("name", "file")),
    details=(
        Detail("Definition", Query(_TABLE, args=("name",), kinds=frozenset({"table"})), block=True),
        Detail("Auto-increment", Query(_AUTO, args=("name",), kinds=frozenset({"table"}))),
        Detail("View definition", Query(_VIEW, args=("name",), kinds=frozenset({"view"})), block=True),
    ),
    reasons={
        "privileges": "has no privileges: access is the database file's permissions",
        "extensions": "has no extension catalog (loadable extensions are not listed)",
        "function_source": "has no stored functions",
    },
)
