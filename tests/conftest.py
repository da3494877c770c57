"""Shared fixtures.

Integration fixtures create a database with a unique name on the real servers
on loopback and drop it afterwards.  When a server is down the tests that need
it are skipped locally, but under ``CI=true`` a missing server is an error.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Compiled modules are cached for the run, whatever the machine's PYTHONDONTWRITEBYTECODE says: without the cache
# every program a test starts compiles aishell afresh, and every pytest process rewrites its plugins (a fifth of
# the time of the tests that run the CLI).  The xdist workers start after this file is read, so they inherit it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# ``@pytest.mark.no_cover`` (pytest-cov) marks a volume or judge test: the code it runs is covered by the small tests,
# and tracing its thousands of rows or questions only slows the suite.

PG_HOST = os.environ.get("AISHELL_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("AISHELL_TEST_PG_PORT", "5432"))
MYSQL_HOST = os.environ.get("AISHELL_TEST_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("AISHELL_TEST_MYSQL_PORT", "3306"))


def _unavailable(what: str, exc: BaseException) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is not reachable under CI=true: {exc}")
    pytest.skip(f"{what} is not reachable: {exc}")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config and data directories."""
    home = tmp_path_factory.mktemp("aishell-home")
    monkeypatch.setenv("AISHELL_HOME", str(home))
    for var in ("AISHELL_DB", "DATABASE_URL", "PGPASSWORD", "MYSQL_PWD"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database on loopback, dropped after the session."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - the dev extra installs it
        _unavailable("psycopg", exc)
    name = f"aishell_t_{uuid.uuid4().hex[:10]}"
    admin = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        _unavailable("PostgreSQL on 127.0.0.1:5432", exc)
    yield f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def mysql_url() -> Iterator[str]:
    """A fresh MariaDB database on loopback, dropped after the session."""
    try:
        import pymysql
    except ImportError as exc:  # pragma: no cover
        _unavailable("pymysql", exc)
    name = f"aishell_t_{uuid.uuid4().hex[:10]}"
    try:
        conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", connect_timeout=5)
    except pymysql.err.OperationalError as exc:
        _unavailable("MariaDB on 127.0.0.1:3306", exc)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{name}"
    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


def untraced_env() -> dict[str, str]:
    """The environment without coverage's subprocess hook: for tests that measure memory.

    Those tests read VmHWM from /proc/self/status, not ru_maxrss: Linux keeps ru_maxrss
    across exec, so a child started by a large pytest process would report pytest's size.
    """
    return {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE")}


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database on each of the four engines the data commands are tested on."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    if request.param == "mysql":
        return str(request.getfixturevalue("mysql_url"))
    # the files exist, as a user's database does: a missing file is an error unless ?create=1
    if request.param == "sqlite":
        import sqlite3

        sqlite3.connect(tmp_path / "db.sqlite").execute("VACUUM").connection.close()
        return f"sqlite:///{tmp_path / 'db.sqlite'}"
    import duckdb

    duckdb.connect(str(tmp_path / "db.duckdb")).close()
    return f"duckdb:///{tmp_path / 'db.duckdb'}"
