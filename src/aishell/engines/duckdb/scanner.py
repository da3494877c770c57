"""DuckDB as a helper for other engines' bulk paths: its scanner extensions (postgres_scanner,
mysql_scanner) and an in-memory database with bounded memory.  Imports duckdb only when used."""

from __future__ import annotations

import glob
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aishell.engines.duckdb.connection import DuckDBConnection

#: memory a helper database may take
DUCKDB_MEMORY = "100MB"


def extension(name: str) -> str | None:
    """The file of DuckDB's extension ``name`` when its wheel (``duckdb_extension_<name>``) is installed."""
    try:
        module = __import__(f"duckdb_extension_{name}")
    except ImportError:
        return None
    base = os.path.dirname(module.__file__ or "")
    found = glob.glob(os.path.join(base, "extensions", "*", f"{name}.duckdb_extension"))
    return found[0] if found else None


def raw_memory_db() -> Any:
    """A driver-level in-memory DuckDB database with bounded memory, or None without duckdb."""
    try:
        import duckdb
    except ImportError:
        return None
    conn = duckdb.connect(":memory:")
    conn.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
    conn.execute("SET preserve_insertion_order = true")
    return conn


def memory_db() -> DuckDBConnection:
    """aishell's DuckDB adapter on an in-memory database (its CSV writer, its cancellation)."""
    from aishell.engines.duckdb.connection import DuckDBConnection
    from aishell.urls import DatabaseURL

    duck = DuckDBConnection.open(DatabaseURL.parse("duckdb:///:memory:"))
    assert isinstance(duck, DuckDBConnection)
    return duck


def literal(text: str) -> str:
    """A DuckDB string literal."""
    return "'" + text.replace("'", "''") + "'"
