"""Helpers the data tests share: sessions on any URL, statements, rows, fresh table names."""

from __future__ import annotations

import uuid
from typing import Any

from aishell.connections import Target
from aishell.output.sink import CollectingSink
from aishell.services.session import Session
from aishell.urls import DatabaseURL


def session_for(url: str) -> Session:
    return Session(Target(DatabaseURL.parse(url), None, "--db"))


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
