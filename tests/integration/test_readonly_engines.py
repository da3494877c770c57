"""Read-only mode held by the engines themselves, checked by its side effects on real servers.

Every test here talks to the engine adapter's ``execute`` directly: the classifier and the
policy above it are bypassed, so what is checked is what the database (and the adapter's
guard after each statement) still refuses when a statement gets past them.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import psycopg
import pymysql
import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.engines import connect
from aishell.engines.base import Connection
from aishell.engines.duckdb.connection import DuckDBConnection
from aishell.engines.mysql.connection import MySQLConnection, clean_sql_mode, grant_writes
from aishell.engines.postgres.connection import PostgresConnection
from aishell.engines.sqlite.connection import SQLiteConnection
from aishell.errors import QueryError, QueryTimeoutError
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration

LIFTED = "lifted read-only mode"


def open_db(url: str, **kwargs: Any) -> Connection:
    return connect(DatabaseURL.parse(url), **kwargs)


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture
def pg(pg_url: str) -> Iterator[tuple[str, psycopg.Connection[Any]]]:
    """A table with one row, and an admin connection to look at it from outside."""
    table = f"ro_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE TABLE {table} (id int)")
        admin.execute(f"INSERT INTO {table} VALUES (1)")
        yield table, admin
        admin.execute(f"DROP TABLE {table}")


def _pg_count(admin: psycopg.Connection[Any], table: str) -> int:
    row = admin.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def test_pg_statements_that_lift_read_only_reset_the_connection(
    pg_url: str, pg: tuple[str, psycopg.Connection[Any]]
) -> None:
    table, admin = pg
    conn = open_db(pg_url, read_only=True, timeout=5)
    assert isinstance(conn, PostgresConnection)
    try:
        lifts = [
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
            "SET default_transaction_read_only = off",
            "BEGIN READ WRITE",
            "START TRANSACTION READ WRITE",
            "SELECT set_config('default_transaction_read_only', 'off', false)",
        ]
        for sql in lifts:
            pid = conn.raw.info.backend_pid
            with pytest.raises(QueryError, match=LIFTED):
                conn.query_all(sql)
            assert conn.raw.info.backend_pid != pid, sql  # a new server session
            assert not conn.in_transaction
            assert conn.query_all("SHOW default_transaction_read_only") == [("on",)]
            with pytest.raises(QueryError, match="read-only"):
                conn.execute(f"INSERT INTO {table} VALUES (2)")
        # SET TRANSACTION READ WRITE right after BEGIN: checked after it, rolled back
        conn.execute("BEGIN").close()
        with pytest.raises(QueryError, match=LIFTED):
            conn.execute("SET TRANSACTION READ WRITE")
        assert not conn.in_transaction
        with pytest.raises(QueryError, match="read-only"):
            conn.execute(f"DELETE FROM {table}")
        assert conn.read_only
    finally:
        conn.close()
    assert _pg_count(admin, table) == 1


def test_pg_read_only_transactions_still_work(pg_url: str, pg: tuple[str, psycopg.Connection[Any]]) -> None:
    table, _admin = pg
    conn = open_db(pg_url, read_only=True)
    assert isinstance(conn, PostgresConnection)
    try:
        pid = conn.raw.info.backend_pid
        conn.execute("BEGIN").close()
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").close()  # the check takes no snapshot
        assert conn.query_all("SHOW transaction_isolation") == [("repeatable read",)]
        assert conn.query_all(f"SELECT count(*) FROM {table}") == [(1,)]
        conn.execute("COMMIT").close()
        cur = conn.execute("SELECT generate_series(1, 1000000)")  # streamed, then abandoned
        assert len(cur.fetchmany(10)) == 10
        cur.close()
        assert conn.query_all("SELECT 1") == [(1,)]
        assert conn.raw.info.backend_pid == pid  # nothing was reset
    finally:
        conn.close()


def test_pg_standard_conforming_strings_is_pinned(pg_url: str) -> None:
    url = pg_url + "?options=-c%20standard_conforming_strings%3Doff"
    writable = open_db(url)
    try:
        assert writable.query_all("SHOW standard_conforming_strings") == [("on",)]
        assert writable.query_all(r"SELECT 'a\b'") == [("a\\b",)]
    finally:
        writable.close()
    conn = open_db(pg_url, read_only=True)
    try:
        with pytest.raises(QueryError, match="standard_conforming_strings"):
            conn.execute("SET standard_conforming_strings = off")
        assert conn.query_all("SHOW standard_conforming_strings") == [("on",)]
    finally:
        conn.close()


# --------------------------------------------------------------------------- MariaDB
@pytest.fixture
def my(mysql_url: str) -> Iterator[tuple[str, Any]]:
    parts = DatabaseURL.parse(mysql_url)
    admin = pymysql.connect(host=parts.host, port=parts.port or 3306, user="root", password="",
                            database=parts.database, autocommit=True)  # fmt: skip
    table = f"ro_{uuid.uuid4().hex[:8]}"
    with admin.cursor() as cur:
        cur.execute(f"CREATE TABLE {table} (id int)")
        cur.execute(f"INSERT INTO {table} VALUES (1)")
    yield table, admin
    with admin.cursor() as cur:
        cur.execute(f"DROP TABLE {table}")
    admin.close()


def _my_count(admin: Any, table: str) -> int:
    with admin.cursor() as cur:
        cur.execute(f"SELECT count(*) FROM {table}")
        return int(cur.fetchone()[0])


def test_mariadb_statements_that_lift_read_only_reset_the_connection(mysql_url: str, my: tuple[str, Any]) -> None:
    table, admin = my
    conn = open_db(mysql_url, read_only=True, timeout=5)
    assert isinstance(conn, MySQLConnection)
    try:
        for sql in ("SET SESSION TRANSACTION READ WRITE", "START TRANSACTION READ WRITE", "SET tx_read_only = 0",
                    "SET @@session.tx_read_only = 0"):  # fmt: skip
            thread = conn.thread_id
            with pytest.raises(QueryError, match=LIFTED):
                conn.execute(sql)
            assert conn.thread_id != thread, sql
            assert not conn.in_transaction
            with pytest.raises(QueryError, match="READ ONLY"):
                conn.execute(f"INSERT INTO {table} VALUES (2)")
        # for the next transaction only: no variable shows it, so the adapter re-arms READ ONLY
        thread = conn.thread_id
        conn.execute("SET TRANSACTION READ WRITE").close()
        with pytest.raises(QueryError, match="READ ONLY"):
            conn.execute(f"INSERT INTO {table} VALUES (3)")
        assert conn.thread_id == thread
        # a read-only transaction is fine
        conn.execute("BEGIN").close()
        assert conn.query_all(f"SELECT count(*) FROM {table}") == [(1,)]
        conn.execute("COMMIT").close()
        assert conn.thread_id == thread
    finally:
        conn.close()
    assert _my_count(admin, table) == 1


def test_mariadb_sql_mode_that_changes_lexing_is_reset(mysql_url: str) -> None:
    conn = open_db(mysql_url, read_only=True)
    assert isinstance(conn, MySQLConnection)
    try:
        for mode in ("NO_BACKSLASH_ESCAPES", "ANSI_QUOTES", "ANSI", "ORACLE"):
            thread = conn.thread_id
            with pytest.raises(QueryError, match="sql_mode"):
                conn.execute(f"SET SESSION sql_mode = '{mode}'")
            assert conn.thread_id != thread
            mode_now = str(conn.query_all("SELECT @@SESSION.sql_mode")[0][0])
            assert "NO_BACKSLASH_ESCAPES" not in mode_now and "ANSI_QUOTES" not in mode_now
            assert conn.query_all(r"SELECT 'a\'b'") == [("a'b",)]  # backslash escapes, as the classifier reads
        conn.execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES'").close()  # other flags are fine
        assert conn.query_all("SELECT @@SESSION.sql_mode") == [("STRICT_ALL_TABLES",)]
    finally:
        conn.close()


def test_mariadb_sql_mode_is_cleaned_when_a_session_starts(mysql_url: str) -> None:
    assert clean_sql_mode("ANSI_QUOTES,STRICT_ALL_TABLES,NO_BACKSLASH_ESCAPES") == "STRICT_ALL_TABLES"
    assert clean_sql_mode("REAL_AS_FLOAT,PIPES_AS_CONCAT,ANSI_QUOTES,IGNORE_SPACE,ANSI") == (
        "REAL_AS_FLOAT,PIPES_AS_CONCAT,IGNORE_SPACE"
    )
    conn = open_db(mysql_url)  # writable: cleaned too
    assert isinstance(conn, MySQLConnection)
    try:
        # the server's default mode is the one the session starts with: stand in for a server whose
        # default has the flags by setting them and configuring the session again
        conn.execute("SET SESSION sql_mode = 'ANSI,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES'").close()
        conn._configure_session()
        mode = str(conn.query_all("SELECT @@SESSION.sql_mode")[0][0])
        assert mode == "REAL_AS_FLOAT,PIPES_AS_CONCAT,IGNORE_SPACE,STRICT_ALL_TABLES"
    finally:
        conn.close()


def test_mariadb_grant_lines() -> None:
    assert grant_writes("GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION") == (
        "ALL PRIVILEGES, GRANT OPTION on *.*"
    )
    assert grant_writes("GRANT USAGE ON *.* TO `u`@`%`") is None
    assert grant_writes("GRANT SELECT ON `db`.* TO `u`@`%`") is None
    assert grant_writes("GRANT SELECT (`a`), INSERT (`b`, `c`) ON `db`.`t` TO `u`@`%`") == "INSERT on `db`.`t`"
    assert grant_writes("GRANT FILE, PROCESS ON *.* TO `u`@`%`") == "FILE on *.*"
    assert grant_writes("GRANT PROXY ON ''@'%' TO 'root'@'localhost' WITH GRANT OPTION") is None
    assert grant_writes("GRANT `reader` TO `u`@`%`") is None


# --------------------------------------------------------------------------- DuckDB
@pytest.fixture(params=["file", "memory"])
def duck_ro(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DuckDBConnection]:
    if request.param == "file":
        path = tmp_path / "ro.duckdb"
        with duckdb.connect(str(path)) as made:
            made.execute("CREATE TABLE t AS SELECT 1 AS a")
        conn = open_db(f"duckdb:///{path}", read_only=True)
    else:
        conn = open_db("duckdb:///:memory:", read_only=True)
    assert isinstance(conn, DuckDBConnection)
    yield conn
    conn.close()


def test_duckdb_read_only_has_no_file_access(duck_ro: DuckDBConnection, tmp_path: Path) -> None:
    data = tmp_path / "data.csv"
    data.write_text("a,b\n1,2\n")
    out = tmp_path / "out.csv"
    for sql in (f"SELECT * FROM read_csv('{data}')", f"SELECT * FROM '{data}'", f"SELECT * FROM glob('{tmp_path}/*')",
                f"ATTACH '{tmp_path / 'other.duckdb'}' AS o (READ_ONLY)"):  # fmt: skip
        with pytest.raises(QueryError, match="may not read or write files"):
            duck_ro.execute(sql)
    with pytest.raises(QueryError, match="read-only connection"):
        duck_ro.execute(f"COPY (SELECT 42) TO '{out}'")  # the adapter's own guard ...
    with pytest.raises(Exception, match="disabled by configuration"):
        duck_ro.raw.execute(f"COPY (SELECT 42) TO '{out}'")  # ... and DuckDB without it
    assert not out.exists() and not (tmp_path / "other.duckdb").exists()
    assert duck_ro.query_all("SELECT 40 + 2") == [(42,)]


def test_duckdb_read_only_configuration_is_locked(duck_ro: DuckDBConnection) -> None:
    limit = str(duck_ro.query_all("SELECT current_setting('memory_limit')")[0][0])
    assert limit.endswith("MiB") and float(limit.split()[0]) < 1024  # 1GB, as DuckDB shows it
    for sql in ("SET enable_external_access = true", "SET memory_limit = '100GB'", "RESET memory_limit",
                "SET lock_configuration = false", "PRAGMA threads = 64"):  # fmt: skip
        with pytest.raises(QueryError, match="locked"):
            duck_ro.execute(sql)
    assert duck_ro.query_all("SELECT current_setting('enable_external_access')") == [(False,)]
    twin = duck_ro.sibling()  # the catalog connection shares the locked database
    try:
        with pytest.raises(QueryError, match="may not read or write files"):
            twin.execute("SELECT * FROM read_csv('/etc/hostname')")
    finally:
        twin.close()


def test_duckdb_read_only_memory_limit_stops_a_query(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DuckDBConnection, "read_only_memory_limit", "64MB")
    with open_db("duckdb:///:memory:", read_only=True) as conn:
        with pytest.raises(QueryError, match="Out of Memory"):
            conn.query_all("SELECT list(range) FROM range(100000000)")
        assert conn.query_all("SELECT 1") == [(1,)]


# --------------------------------------------------------------------------- SQLite
@pytest.fixture
def sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ro.sqlite"
    made = sqlite3.connect(path)
    made.executescript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'a');")
    made.close()
    return path


def test_sqlite_read_only_refuses_writes_files_and_extensions(sqlite_file: Path, tmp_path: Path) -> None:
    before = sqlite_file.read_bytes()
    conn = open_db(f"sqlite:///{sqlite_file}", read_only=True, timeout=5)
    assert isinstance(conn, SQLiteConnection)
    try:
        other = tmp_path / "other.sqlite"
        written = tmp_path / "written.txt"
        for sql in (
            "SELECT load_extension('/nonexistent/ext')",
            f"SELECT writefile('{written}', 'x')",
            "SELECT readfile('/etc/hostname')",
            f"ATTACH '{other}' AS o",
            "DETACH main",
            "INSERT INTO t VALUES (2, 'b')",
            "UPDATE t SET name = 'z'",
            "DELETE FROM t",
            "CREATE TABLE u (a)",
            "CREATE TEMP TABLE u (a)",
            "DROP TABLE t",
            "ALTER TABLE t ADD COLUMN c",
            "CREATE INDEX i ON t (name)",
            "ANALYZE",
            "PRAGMA query_only = OFF",
            "PRAGMA writable_schema = ON",
            "PRAGMA user_version = 7",
            "PRAGMA optimize",
        ):
            with pytest.raises(QueryError):
                conn.execute(sql)
        assert not other.exists() and not written.exists()
        assert conn.query_all("PRAGMA query_only") == [(1,)]
        assert conn.query_all("SELECT count(*), max(name) FROM t") == [(1, "a")]
        # the catalog and the plan of a write still work: they only read
        table = conn.catalog().find_table("t")
        assert table is not None and [c.name for c in table.columns] == ["id", "name"]
        assert conn.query_all("SELECT name FROM pragma_table_info('t') ORDER BY cid") == [("id",), ("name",)]
        assert "SCAN" in conn.explain("DELETE FROM t WHERE name = 'a'").text
        conn.execute("BEGIN").close()
        conn.execute("SAVEPOINT s").close()
        conn.execute("RELEASE s").close()
        conn.execute("COMMIT").close()
    finally:
        conn.close()
    assert sqlite_file.read_bytes() == before


def test_sqlite_huge_values_fail_cleanly(sqlite_file: Path) -> None:
    conn = open_db(f"sqlite:///{sqlite_file}", read_only=True)
    try:
        started = time.monotonic()
        with pytest.raises(QueryError, match="too big"):
            conn.query_all("SELECT length(randomblob(200000000))")
        assert time.monotonic() - started < 2
        assert conn.query_all("SELECT length(randomblob(1000))") == [(1000,)]
    finally:
        conn.close()
    writable = open_db(f"sqlite:///{sqlite_file}", read_only=False)
    try:  # a writable session keeps SQLite's own limit: it may hold a value that large
        assert writable.raw.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) > SQLiteConnection.max_value_bytes
    finally:
        writable.close()


def test_sqlite_timeout_stops_one_long_statement(sqlite_file: Path) -> None:
    conn = open_db(f"sqlite:///{sqlite_file}", read_only=True, timeout=1)
    try:
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="timed out after 1s"):
            conn.query_all(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
                "SELECT count(*) FROM c"
            )
        assert 0.9 < time.monotonic() - started < 3
        assert conn.query_all("SELECT count(*) FROM t") == [(1,)]  # the next statement has its own deadline
    finally:
        conn.close()


# --------------------------------------------------------------------------- conn add --read-only
def run_cli(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_conn_add_read_only_warns_for_superusers(pg_url: str, mysql_url: str) -> None:
    r = run_cli("conn", "add", "pgsu", pg_url, "--read-only")
    assert r.exit_code == 0, r.output
    assert "warning: the login postgres may change the database" in r.stderr and "superuser" in r.stderr
    assert "only SELECT rights" in r.stderr
    r = run_cli("conn", "add", "myroot", mysql_url, "--read-only")
    assert r.exit_code == 0, r.output
    assert "warning: the login root may change the database" in r.stderr and "ALL PRIVILEGES" in r.stderr
    r = run_cli("conn", "add", "plain", pg_url)  # without --read-only nothing is checked
    assert r.exit_code == 0 and "warning" not in r.stderr
    assert "pgsu" in run_cli("conn", "list").stdout


def test_conn_add_read_only_with_a_select_only_role(pg_url: str, pg: tuple[str, psycopg.Connection[Any]]) -> None:
    table, admin = pg
    role = f"ro_{uuid.uuid4().hex[:8]}"
    admin.execute(f"CREATE ROLE {role} LOGIN")
    try:
        admin.execute(f"GRANT SELECT ON {table} TO {role}")
        url = pg_url.replace("postgres@", f"{role}@")
        r = run_cli("conn", "add", "reader", url, "--read-only")
        assert r.exit_code == 0, r.output
        assert f"ok: the login {role} has no write rights" in r.stderr
        admin.execute(f"GRANT INSERT, DELETE ON {table} TO {role}")
        r = run_cli("conn", "add", "writer", url, "--read-only")
        assert f"INSERT on 1 table (public.{table})" in r.stderr and "DELETE on 1 table" in r.stderr
    finally:
        admin.execute(f"REVOKE ALL ON {table} FROM {role}")
        admin.execute(f"DROP ROLE {role}")


def test_conn_add_read_only_with_a_select_only_mariadb_user(mysql_url: str, my: tuple[str, Any]) -> None:
    table, admin = my
    user = f"ro{uuid.uuid4().hex[:8]}"
    db = DatabaseURL.parse(mysql_url).database
    with admin.cursor() as cur:
        for host in ("%", "localhost"):
            cur.execute(f"CREATE USER '{user}'@'{host}'")
            cur.execute(f"GRANT SELECT ON `{db}`.* TO '{user}'@'{host}'")
    try:
        url = mysql_url.replace("root@", f"{user}@")
        r = run_cli("conn", "add", "reader", url, "--read-only")
        assert r.exit_code == 0, r.output
        assert f"ok: the login {user} has no write rights" in r.stderr
        with admin.cursor() as cur:
            for host in ("%", "localhost"):
                cur.execute(f"GRANT UPDATE ON `{db}`.`{table}` TO '{user}'@'{host}'")
        r = run_cli("conn", "add", "writer", url, "--read-only")
        assert f"UPDATE on `{db}`.`{table}`" in r.stderr
    finally:
        with admin.cursor() as cur:
            for host in ("%", "localhost"):
                cur.execute(f"DROP USER '{user}'@'{host}'")


def test_conn_add_read_only_survives_a_connection_error(pg_url: str) -> None:
    r = run_cli("conn", "add", "down", "postgresql://postgres@127.0.0.1:1/x", "--read-only")
    assert r.exit_code == 0, r.output
    assert "saved down" in r.stderr and "warning: could not check what this login may change" in r.stderr
    assert "down" in run_cli("conn", "list").stdout
