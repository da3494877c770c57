"""Fixtures of the integration tests (the servers' URLs are in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database on each of the four engines the data commands are tested on."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    if request.param == "mysql":
        return str(request.getfixturevalue("mysql_url"))
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite'}"
    return f"duckdb:///{tmp_path / 'db.duckdb'}"
