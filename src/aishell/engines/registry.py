"""Which engines there are and their dialects, with no import of a driver, of
:mod:`aishell.engines.base` or of :mod:`aishell.urls` (which asks it for URL schemes).

:mod:`aishell.engines` re-exports everything here; import from there.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from aishell.engines.dialect import Dialect

#: engine name -> (module, class, pip extra or None, driver module)
ENGINES: dict[str, tuple[str, str, str | None, str | None]] = {
    "sqlite": ("aishell.engines.sqlite.connection", "SQLiteConnection", None, None),
    "duckdb": ("aishell.engines.duckdb.connection", "DuckDBConnection", "duckdb", "duckdb"),
    "postgres": ("aishell.engines.postgres.connection", "PostgresConnection", "postgres", "psycopg"),
    "mysql": ("aishell.engines.mysql.connection", "MySQLConnection", "mysql", "pymysql"),
    "oracle": ("aishell.engines.oracle.connection", "OracleConnection", "oracle", "oracledb"),
    "redis": ("aishell.engines.redis.connection", "RedisConnection", "redis", "redis"),
}

#: names that are not an engine's own but mean one (sqlglot dialect names, URL flavours)
_ALIASES = {
    "postgresql": "postgres",
    "redshift": "postgres",
    "mariadb": "mysql",
    "singlestore": "mysql",
    "doris": "mysql",
    "starrocks": "mysql",
}


class _HasEngine(Protocol):
    @property
    def engine(self) -> str: ...


def dialect_of(what: str | _HasEngine | None) -> Dialect:
    """The :class:`~aishell.engines.dialect.Dialect` of an engine, by engine name, sqlglot
    dialect name (``postgresql``, ``mariadb``) or connection.  An unknown or empty name gives
    the generic ANSI dialect.  Never imports a driver."""
    return _by_name(what if isinstance(what, str) or what is None else what.engine)


@functools.lru_cache(maxsize=64)
def _by_name(name: str | None) -> Dialect:
    from aishell.engines.dialect import GENERIC

    if not name:
        return GENERIC
    name = _ALIASES.get(name.lower(), name.lower())
    if name not in ENGINES:
        return GENERIC
    module = importlib.import_module(f"aishell.engines.{name}.dialect")
    dialect: Dialect = module.DIALECT
    return dialect


def all_dialects() -> tuple[Dialect, ...]:
    """Every engine's dialect, in the registry's order (imports each small dialect module)."""
    return tuple(dialect_of(name) for name in ENGINES)
