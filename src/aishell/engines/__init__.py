"""Engine registry.

Engines are listed here by name *without importing them*: a user who only
opens SQLite never pays for importing psycopg.  Adding an engine means adding
its package and one line in :mod:`aishell.engines.registry`; no face changes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from aishell.engines.registry import ENGINES, all_dialects, dialect_of
from aishell.errors import ConfigError, DriverMissingError

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.urls import DatabaseURL

__all__ = ["ENGINES", "all_dialects", "connect", "dialect_of", "engine_class"]


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


def system_schemas() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every engine's system schema names and system table prefixes, for code that reads a
    catalog without knowing which engine it came from.  Imports no driver."""
    schemas: set[str] = set()
    prefixes: list[str] = []
    for name in ENGINES:
        d = dialect_of(name)
        schemas |= d.system_schemas
        prefixes += [p for p in d.system_table_prefixes if p not in prefixes]
    return frozenset(schemas), tuple(prefixes)
