"""What Oracle's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class OracleDialect(Dialect):
    name: ClassVar[str] = "oracle"
    sqlglot: ClassVar[str] = "oracle"
    display_name: ClassVar[str] = "Oracle"
    package: ClassVar[str] = "oracle"


DIALECT = OracleDialect()
