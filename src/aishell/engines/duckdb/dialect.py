"""What DuckDB's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class DuckDBDialect(Dialect):
    name: ClassVar[str] = "duckdb"
    sqlglot: ClassVar[str] = "duckdb"
    display_name: ClassVar[str] = "DuckDB"
    package: ClassVar[str] = "duckdb"


DIALECT = DuckDBDialect()
