"""Copy the SQLite test databases into PostgreSQL or MariaDB, keeping keys and real column types."""

from __future__ import annotations

import datetime as dt
import decimal
import sqlite3
from pathlib import Path
from typing import Any

from nl2sql_data.scoring import normalize

PG_TYPES = {"INTEGER": "integer", "REAL": "double precision", "TEXT": "text", "DATE": "date",
            "DATETIME": "timestamp", "TIMESTAMP": "timestamp", "BOOLEAN": "boolean", "NUMERIC": "numeric(10,2)"}
MYSQL_TYPES = {"INTEGER": "INT", "REAL": "DOUBLE", "TEXT": "VARCHAR(190)", "DATE": "DATE", "DATETIME": "DATETIME",
               "TIMESTAMP": "DATETIME", "BOOLEAN": "TINYINT(1)", "NUMERIC": "DECIMAL(10,2)"}


def ddl(path: Path, dialect: str) -> list[tuple[str, str, list[str], list[tuple[Any, ...]]]]:
    """(table, CREATE TABLE, column names, rows) in foreign-key order."""
    src = sqlite3.connect(path)
    q = '"' if dialect == "postgres" else "`"
    types = PG_TYPES if dialect == "postgres" else MYSQL_TYPES
    out = []
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    for t in tables:
        cols = src.execute(f'PRAGMA table_info("{t}")').fetchall()
        parts = [f"{q}{c[1]}{q} {types[c[2].upper()]}" for c in cols]
        pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
        if pk:
            parts.append("PRIMARY KEY (" + ", ".join(f"{q}{p}{q}" for p in pk) + ")")
        for fk in src.execute(f'PRAGMA foreign_key_list("{t}")').fetchall():
            parts.append(f"FOREIGN KEY ({q}{fk[3]}{q}) REFERENCES {q}{fk[2]}{q} ({q}{fk[4]}{q})")
        rows = src.execute(f'SELECT * FROM "{t}"').fetchall()
        if dialect == "postgres":  # 0/1 into real booleans
            flags = [c[2].upper() == "BOOLEAN" for c in cols]
            rows = [tuple(bool(v) if f and v is not None else v for v, f in zip(r, flags, strict=True)) for r in rows]
        out.append((t, f"CREATE TABLE {q}{t}{q} ({', '.join(parts)})", [c[1] for c in cols], rows))
    src.close()
    return out


def plain(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Server values as SQLite would return them, then normalized like the scorer does."""
    out = []
    for r in rows:
        vals = []
        for v in r:
            if isinstance(v, dt.datetime):
                v = v.strftime("%Y-%m-%d %H:%M:%S")
            elif isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, decimal.Decimal):
                v = float(v)
            elif isinstance(v, bool):
                v = int(v)
            vals.append(v)
        out.append(tuple(vals))
    return normalize(out)
