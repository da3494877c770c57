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
    from aishell.urls import DatabaseURL

#: engine name -> (module, class, pip extra or None, driver module)
ENGINES: dict[str, tuple[str, str, str | None, str | None]] = {
    "sqlite": ("aishell.engines.sqlite", "SQLiteConnection", None, None),
    "duckdb": ("aishell.engines.duckdb", "DuckDBConnection", "duckdb", "duckdb"),
    "postgres": ("aishell.engines.postgres", "PostgresConnection", "postgres", "psycopg"),
    "mysql": ("aishell.engines.mysql", "MySQLConnection", "mysql", "pymysql"),
    "oracle": ("aishell.engines.oracle", "OracleConnection", "oracle", "oracledb"),
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
