"""Helpers the data tests share: sessions on any URL, statements, rows, fresh table names."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import uuid
from typing import Any

from aishell.connections import Target
from aishell.output.sink import CollectingSink
from aishell.services.session import Session
from aishell.urls import DatabaseURL


def session_for(url: str, **kw: Any) -> Session:
    """A session on ``url``; a SQLite or DuckDB file is made when missing (``?create=1``): tests
    set their databases up here, and aishell opens only existing files unless told to create."""
    parsed = DatabaseURL.parse(url)
    if parsed.is_file:
        parsed = parsed.with_param("create", "1")
    return Session(Target(parsed, None, "--db"), **kw)


def fresh(prefix: str) -> str:
    """A table name no other test (or run) uses."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def execute(url: str, *sql: str) -> None:
    """Run each statement (consent given); any error fails the test."""
    s = session_for(url)
    try:
        for stmt in sql:
            result = s.run(stmt, CollectingSink(), assume_yes=True)
            assert result.error is None, result.error
    finally:
        s.close()


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    s = session_for(url)
    try:
        return [tuple(r) for r in s.query_rows(sql)[1]]
    finally:
        s.close()


def drop(url: str, *tables: str) -> None:
    execute(url, *[f"DROP TABLE IF EXISTS {t}" for t in tables])


def table_info(url: str, name: str) -> Any:
    """The catalog's entry for ``name`` (None when there is no such table)."""
    s = session_for(url)
    try:
        return s.catalog(refresh=True).find_table(name)
    finally:
        s.close()


def _norm(kind: str, v: Any) -> str:
    """One value in a form every engine's driver agrees on, for ``content``."""
    if v is None:
        return "\0"
    if kind == "int":
        return str(int(v))
    if kind == "decimal":
        d = decimal.Decimal(str(v))
        return str(d.normalize()) if d != 0 else "0"
    if kind == "timestamptz":
        if isinstance(v, str):
            v = dt.datetime.fromisoformat(v)
        if v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        return v.isoformat()
    if kind == "date":
        return v if isinstance(v, str) else v.isoformat()
    if kind == "binary":
        return bytes(v).hex()
    if kind in ("json", "array"):  # PostgreSQL gives objects and lists, the others their JSON text
        return json.dumps(json.loads(v) if isinstance(v, (str, bytes)) else v, sort_keys=True)
    if kind == "bool":
        return "1" if v in (True, 1, "1", "t", "true") else "0"
    return str(v)


def content(session: Session, table: str, kinds: list[str]) -> tuple[int, str]:
    """Row count and a checksum of ``table``'s rows (ordered by id), comparable across engines."""
    found = session.query_rows(f"SELECT * FROM {table} ORDER BY id")[1]
    h = hashlib.sha256()
    for row in found:
        h.update("\x1f".join(_norm(k, v) for k, v in zip(kinds, row, strict=True)).encode() + b"\x1e")
    return len(found), h.hexdigest()
