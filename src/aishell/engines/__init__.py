"""Engine registry.

Engines are listed here by name *without importing them*: a user who only
opens SQLite never pays for importing psycopg.  Adding an engine means adding
its module and one line below; no face changes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from aishell.errors import ConfigError, DriverMissingError

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.engines.dialect import Dialect
    from aishell.urls import DatabaseURL

#: engine name -> (module, class, pip extra or None, driver module)
ENGINES: dict[str, tuple[str, str, str | None, str | None]] = {
    "sqlite": ("aishell.engines.sqlite.connection", "SQLiteConnection", None, None),
    "duckdb": ("aishell.engines.duckdb.connection", "DuckDBConnection", "duckdb", "duckdb"),
    "postgres": ("aishell.engines.postgres.connection", "PostgresConnection", "postgres", "psycopg"),
    "mysql": ("aishell.engines.mysql.connection", "MySQLConnection", "mysql", "pymysql"),
    "oracle": ("aishell.engines.oracle.connection", "OracleConnection", "oracle", "oracledb"),
}


def engine_class(engine: str) -> type[Connection]:
    try:
        module_name, class_name, extra, driver = ENGINES[engine]
    except KeyError:
        raise ConfigError(f"aishell has no SQL engine adapter for {engine!r} yet") from None
    if driver is not None:
        try:
            importlib.import_module(driver)
        except ImportError:
            raise DriverMissingError(
                f"the {engine} driver ({driver}) is not installed; run: pip install 'aishell[{extra}]'"
            ) from None
    module = importlib.import_module(module_name)
    cls: type[Connection] = getattr(module, class_name)
    return cls


def connect(url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
    """Open a connection to ``url`` with the engine its scheme names."""
    return engine_class(url.engine).open(url, read_only=read_only, timeout=timeout)


#: names that are not an engine's own but mean one (sqlglot dialect names, URL flavours)
_ALIASES = {"postgresql": "postgres", "redshift": "postgres", "mariadb": "mysql"}


def dialect_of(what: str | Connection | None) -> Dialect:
    """The :class:`~aishell.engines.dialect.Dialect` of an engine, by engine name, sqlglot
    dialect name (``postgresql``, ``mariadb``) or connection.  An unknown or empty name gives
    the generic ANSI dialect.  Never imports a driver."""
    from aishell.engines.dialect import GENERIC

    if what is None:
        return GENERIC
    name = what if isinstance(what, str) else what.engine
    name = _ALIASES.get(name.lower(), name.lower())
    if name not in ENGINES:
        return GENERIC
    module = importlib.import_module(f"aishell.engines.{name}.dialect")
    dialect: Dialect = module.DIALECT
    return dialect
