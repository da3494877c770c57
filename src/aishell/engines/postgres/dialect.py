"""What PostgreSQL's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class PostgresDialect(Dialect):
    name: ClassVar[str] = "postgres"
    sqlglot: ClassVar[str] = "postgres"
    display_name: ClassVar[str] = "PostgreSQL"
    package: ClassVar[str] = "postgres"


DIALECT = PostgresDialect()
