"""What MySQL/MariaDB's SQL looks like, without importing its driver (see :mod:`aishell.engines.dialect`)."""

from __future__ import annotations

from typing import ClassVar

from aishell.engines.dialect import Dialect


class MySQLDialect(Dialect):
    name: ClassVar[str] = "mysql"
    sqlglot: ClassVar[str] = "mysql"
    display_name: ClassVar[str] = "MySQL/MariaDB"
    package: ClassVar[str] = "mysql"


DIALECT = MySQLDialect()
