"""What SQLite's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class SQLiteDialect(Dialect):
    name: ClassVar[str] = "sqlite"
    sqlglot: ClassVar[str] = "sqlite"
    display_name: ClassVar[str] = "SQLite"
    package: ClassVar[str] = "sqlite"


DIALECT = SQLiteDialect()
