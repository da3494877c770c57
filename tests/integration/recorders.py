"""The engines' statement recorders for the tests of ``aishell slow`` and ``advise --workload``:
is PostgreSQL's pg_stat_statements (or MariaDB's performance_schema) on, did it keep a test's load.

A recorder that is off fails the test under ``CI=true`` (``.ci/run`` turns them on) and skips it
elsewhere, saying how to turn it on (shared/SERVICES.md).  A recorder that could not keep the load
fails the test: that would hide the feature, not the server."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest


def recorder_missing(what: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} is off under CI=true (.ci/run turns it on)")
    pytest.skip(f"{what} is off on this server (see shared/SERVICES.md to turn it on)")


def pg_ready(conn: Any, *, hypopg: bool = False) -> None:
    preload = conn.execute("SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries'").fetchone()
    if "pg_stat_statements" not in str(preload[0] if preload else ""):
        recorder_missing("pg_stat_statements (shared_preload_libraries)")
    if hypopg and not conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg'").fetchone():
        recorder_missing("hypopg (not installed)")


def pg_recorded(conn: Any, table: str, calls: int) -> None:
    """pg_stat_statements evicts the least-run statements once it holds ``pg_stat_statements.max``;
    a load run ``calls`` times just now is kept."""
    found = conn.execute("SELECT count(*) FROM pg_stat_statements WHERE strpos(query, %s) > 0 AND calls = %s",
                         (table, calls)).fetchone()  # fmt: skip
    assert found[0], f"pg_stat_statements kept no entry of this test's load on {table}"


def mysql_ready(cur: Any) -> None:
    """performance_schema is on, with room for the load: its digest table keeps a bounded number of
    statement shapes and drops new ones once full (the whole suite can fill the default 5,000), so a
    full table is emptied first.  Only these tests read it, and the suite runs them one at a time."""
    cur.execute("SELECT @@performance_schema, @@performance_schema_digests_size")
    on, size = cur.fetchone()
    if not int(on):
        recorder_missing("performance_schema")
    cur.execute("SELECT COUNT(*) FROM performance_schema.events_statements_summary_by_digest")
    if cur.fetchone()[0] >= int(size) - 50:
        cur.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest")


def mysql_recorded(cur: Any, database: str, table: str, calls: int) -> None:
    cur.execute("SELECT COUNT(*) FROM performance_schema.events_statements_summary_by_digest "
                "WHERE SCHEMA_NAME = %s AND LOCATE(%s, DIGEST_TEXT) > 0 AND COUNT_STAR = %s", (database, table, calls))  # fmt: skip
    assert cur.fetchone()[0], f"performance_schema recorded no digest of this test's load on {database}.{table}"


@contextlib.contextmanager
def pg_recorded_database(pg_url: str, prefix: str, *, hypopg: bool = False) -> Iterator[str]:
    """A PostgreSQL database of its own (``prefix`` + a random suffix) with pg_stat_statements
    created in it; yields its URL and drops it afterwards, whatever happened."""
    import psycopg

    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    name = f"{prefix}{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        pg_ready(conn, hypopg=hypopg)
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
