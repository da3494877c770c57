"""What SQLite's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from aishell.engines.dialect import COMPOUND_HEAD, Dialect, DuckDBAttach, words


class SQLiteDialect(Dialect):
    name: ClassVar[str] = "sqlite"
    sqlglot: ClassVar[str] = "sqlite"
    display_name: ClassVar[str] = "SQLite"
    package: ClassVar[str] = "sqlite"
    dates_as_text: ClassVar[bool] = True
    system_schemas: ClassVar[frozenset[str]] = frozenset()
    system_table_prefixes: ClassVar[tuple[str, ...]] = ("sqlite_",)

    # ---- names
    case_folding: ClassVar[str] = "none"  # names compare without case, stored as written
    default_schema: ClassVar[str | None] = "main"

    # ---- lexing
    bracket_identifiers: ClassVar[bool] = True
    compound_head: ClassVar[re.Pattern[str] | None] = COMPOUND_HEAD  # CREATE TRIGGER ... BEGIN ... END

    # ---- URLs
    url_schemes: ClassVar[tuple[str, ...]] = ("sqlite",)
    url_aliases: ClassVar[tuple[str, ...]] = ("sqlite3",)
    file_database: ClassVar[bool] = True

    def duckdb_attach(self, url: Any) -> DuckDBAttach:
        """The database file, for DuckDB's sqlite scanner."""
        return DuckDBAttach("sqlite", url.database or "", "sqlite_scanner")

    # ---- the completer's tables
    keywords: ClassVar[tuple[str, ...]] = (
        "PRAGMA", "ATTACH", "DETACH", "VACUUM", "ANALYZE", "REINDEX", "GLOB", "REGEXP", "AUTOINCREMENT",
        "WITHOUT ROWID", "INSERT OR REPLACE", "INSERT OR IGNORE", "REPLACE INTO", "ON CONFLICT", "DO NOTHING",
        "ISNULL", "NOTNULL", "STRICT", "INDEXED BY", "RETURNING",
    )  # fmt: skip
    statement_starters: ClassVar[tuple[str, ...]] = ("PRAGMA", "ATTACH", "VACUUM")
    functions: ClassVar[tuple[str, ...]] = (
        "date", "time", "datetime", "julianday", "unixepoch", "strftime", "ifnull", "iif", "instr",
        "printf", "format", "group_concat", "string_agg", "json", "json_extract", "json_object",
        "json_array", "json_group_array", "json_group_object", "json_each", "json_tree", "total",
        "typeof", "random", "randomblob", "last_insert_rowid", "changes", "total_changes", "hex", "unhex",
        "quote", "glob", "like", "char", "unicode", "zeroblob", "sqlite_version", "likelihood",
    )  # fmt: skip
    types: ClassVar[tuple[str, ...]] = ("INT", "BLOB", "DOUBLE", "DATETIME", "ANY")  # fmt: skip
    reserved: ClassVar[frozenset[str]] = words("AUTOINCREMENT INDEX ISNULL NOTNULL REGEXP GLOB ESCAPE")


DIALECT = SQLiteDialect()
