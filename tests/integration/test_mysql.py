"""The MySQL/MariaDB adapter against the real MariaDB server on loopback."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from aishell.engines import connect
from aishell.engines.base import Connection, Cursor
from aishell.errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
)
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration

pymysql = pytest.importorskip("pymysql")

from aishell.engines.mysql.connection import MySQLConnection, error_position  # noqa: E402
from conftest import untraced_env  # noqa: E402

BIG = "SELECT seq FROM seq_1_to_1000000000"  # a billion rows: only ever read in part


# --------------------------------------------------------------------------- fixtures
def _parts(url: str) -> DatabaseURL:
    return DatabaseURL.parse(url)


def _admin_connect(mysql_url: str) -> Any:
    u = _parts(mysql_url)
    return pymysql.connect(
        host=u.host, port=u.port or 3306, user=u.user, password="", database=u.database, autocommit=True
    )


@pytest.fixture
def admin(mysql_url: str) -> Iterator[Any]:
    """A plain PyMySQL connection to the test database, to set up and check independently."""
    raw = _admin_connect(mysql_url)
    yield raw
    raw.close()


def _admin_exec(admin: Any, *statements: str) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    with admin.cursor() as cur:
        for stmt in statements:
            cur.execute(stmt)
            rows = list(cur.fetchall())
    return rows


@pytest.fixture
def open_conn(mysql_url: str) -> Iterator[Callable[..., MySQLConnection]]:
    opened: list[Connection] = []

    def make(url: str | None = None, **kwargs: Any) -> MySQLConnection:
        conn = connect(DatabaseURL.parse(url or mysql_url), **kwargs)
        opened.append(conn)
        assert isinstance(conn, MySQLConnection)
        return conn

    yield make
    for conn in opened:
        conn.close()


@pytest.fixture
def conn(open_conn: Callable[..., MySQLConnection]) -> MySQLConnection:
    return open_conn()


@pytest.fixture
def table(admin: Any) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:8]}"
    _admin_exec(
        admin, f"CREATE TABLE {name} (id INT PRIMARY KEY, v VARCHAR(20))", f"INSERT INTO {name} VALUES (1, 'a')"
    )
    yield name
    _admin_exec(admin, f"DROP TABLE IF EXISTS {name}")


def rows_of(cur: Cursor) -> list[tuple[Any, ...]]:
    return [r for batch in cur.batches() for r in batch]


def wait_until_running(admin: Any, thread_id: int, needle: str, timeout: float = 20.0) -> None:
    """Block until the server shows ``needle`` running on connection ``thread_id``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with admin.cursor() as cur:
            cur.execute("SELECT COMMAND, INFO FROM information_schema.PROCESSLIST WHERE ID = %s", (thread_id,))
            row = cur.fetchone()
        if row and row[0] == "Query" and needle in (row[1] or ""):
            return
        time.sleep(0.02)
    raise AssertionError(f"{needle!r} never started on connection {thread_id}")


def cancel_when_running(mysql_url: str, conn: MySQLConnection, needle: str, *, must_see: bool = True
                        ) -> threading.Thread:  # fmt: skip
    """Call ``conn.cancel()`` from another thread once ``needle`` runs on the server.

    With ``must_see=False`` the thread cancels anyway when another thread's cancel ended the
    statement before this one saw it (a late cancel must be harmless).
    """

    def run() -> None:
        watcher = _admin_connect(mysql_url)  # PyMySQL connections are not shared between threads
        try:
            wait_until_running(watcher, conn.thread_id, needle, timeout=20.0 if must_see else 3.0)
        except AssertionError:
            if must_see:
                raise
        finally:
            watcher.close()
        conn.cancel()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def processlist_command(admin: Any, thread_id: int, settle: float = 3.0) -> tuple[str, str | None]:
    """The connection's COMMAND and INFO in the server's process list, read until it shows the connection idle or
    ``settle`` seconds pass: the list can lag a statement the server has just ended (a killed stream)."""
    deadline = time.monotonic() + settle
    while True:
        rows = _admin_exec(admin, f"SELECT COMMAND, INFO FROM information_schema.PROCESSLIST WHERE ID = {thread_id}")
        if rows[0][0] == "Sleep" or time.monotonic() > deadline:
            return rows[0][0], rows[0][1]
        time.sleep(0.05)


# --------------------------------------------------------------------------- opening
def test_open_detects_mariadb_and_reports_version(conn: MySQLConnection, admin: Any, mysql_url: str) -> None:
    assert conn.flavor == "mariadb"
    assert conn.display_name == "MariaDB"
    version = _admin_exec(admin, "SELECT VERSION()")[0][0]
    assert conn.server_version() == "MariaDB " + version.split("-")[0]
    assert conn.current_database() == _parts(mysql_url).database
    assert {_parts(mysql_url).database, "information_schema"} <= set(conn.list_databases())
    assert conn.query_all("SELECT @@character_set_client")[0][0] == "utf8mb4"
    assert conn.query_all("SELECT @@autocommit")[0][0] == 1
    assert conn.query_all("SELECT @@tx_read_only")[0][0] == 0


def test_connections_share_one_opportunistic_tls_context(open_conn: Callable[..., MySQLConnection],
                                                        mysql_url: str) -> None:  # fmt: skip
    """PyMySQL prepares TLS for a server that may offer it; the context is built once per process
    (it cost ~20 ms per connection), and still prepared: a server that offers TLS gets it."""
    first, second = open_conn(mysql_url), open_conn(mysql_url)
    assert first.raw.ctx is not None and first.raw.ctx is second.raw.ctx


def test_mariadb_scheme_and_use_statement(open_conn: Callable[..., MySQLConnection], mysql_url: str) -> None:
    conn = open_conn(mysql_url.replace("mysql://", "mariadb://", 1))
    assert conn.display_name == "MariaDB"
    conn.execute("USE information_schema").close()
    assert conn.current_database() == "information_schema"


def test_local_infile_loads_a_file(conn: MySQLConnection, tmp_path: Path, table: str) -> None:
    data = tmp_path / "rows.csv"
    data.write_text("10,ten\n11,eleven\n", encoding="utf-8")
    cur = conn.execute(f"LOAD DATA LOCAL INFILE %s INTO TABLE {table} FIELDS TERMINATED BY ','", (str(data),))
    assert cur.rowcount == 2
    assert conn.query_all(f"SELECT id, v FROM {table} WHERE id >= 10 ORDER BY id") == [(10, "ten"), (11, "eleven")]


def test_local_file_requests_are_refused_outside_load_data(
    conn: MySQLConnection, tmp_path: Path, table: str, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server may ask for a client file in answer to *any* statement; only LOAD DATA LOCAL may get one."""
    import aishell.engines.mysql.connection as mysql_module

    data = tmp_path / "secret.csv"
    data.write_text("20,leak\n", encoding="utf-8")
    assert conn.raw._local_infile is False  # off between statements
    # pretend the statement is not a LOAD DATA LOCAL: the server's file request must be refused
    monkeypatch.setattr(mysql_module, "_LOAD_LOCAL", mysql_module.re.compile("(?!)"))
    with pytest.raises(ConnectionLostError, match="local file"):
        conn.execute(f"LOAD DATA LOCAL INFILE %s INTO TABLE {table} FIELDS TERMINATED BY ','", (str(data),))
    assert _admin_exec(admin, f"SELECT COUNT(*) FROM {table} WHERE id = 20") == [(0,)]


# --------------------------------------------------------------------------- results
def test_result_columns_types_and_values(conn: MySQLConnection) -> None:
    cur = conn.execute(
        "SELECT CAST(7000000000 AS SIGNED) AS i, CAST(18446744073709551615 AS UNSIGNED) AS u, "
        "2.50 AS d, CAST(1.5 AS DOUBLE) AS f, 'héllo' AS s, DATE '2024-02-29' AS day, TIMESTAMP '2024-02-29 12:34:56' AS ts, "
        "NULL AS n, x'00ff' AS bin, JSON_OBJECT('a', 1) AS j"
    )
    types = {c.name: (c.type_name, c.numeric) for c in cur.columns}
    assert types["i"] == ("bigint", True)
    assert types["u"] == ("bigint unsigned", True)
    assert types["d"] == ("decimal", True)
    assert types["f"] == ("double", True)
    assert types["s"] == ("varchar", False)
    assert types["day"] == ("date", False)
    assert types["ts"] == ("datetime", False)
    assert types["n"][1] is False
    assert types["bin"] == ("varbinary", False)
    assert types["j"][1] is False
    assert cur.returns_rows and cur.rowcount == -1
    (row,) = cur.fetchmany(10)
    assert row[:8] == (
        7_000_000_000,
        2**64 - 1,
        decimal.Decimal("2.50"),
        1.5,
        "héllo",
        dt.date(2024, 2, 29),
        dt.datetime(2024, 2, 29, 12, 34, 56),
        None,
    )
    assert row[8] == b"\x00\xff"
    assert json.loads(row[9]) == {"a": 1}
    assert cur.fetchmany(10) == []
    assert cur.rowcount == 1


def test_table_column_types(conn: MySQLConnection, admin: Any) -> None:
    _admin_exec(
        admin,
        "CREATE TABLE typed (a TINYINT, b SMALLINT, c MEDIUMINT, d INT, e FLOAT, f TEXT, g BLOB, "
        "h ENUM('x','y'), i CHAR(3), j TIME, k YEAR, l BIT(3))",
        "INSERT INTO typed VALUES (1, 2, 3, 4, 0.5, 'txt', x'01', 'y', 'abc', '01:02:03', 2024, b'101')",
    )
    try:
        cur = conn.execute("SELECT * FROM typed")
        assert [(c.type_name, c.numeric) for c in cur.columns] == [
            ("tinyint", True),
            ("smallint", True),
            ("mediumint", True),
            ("int", True),
            ("float", True),
            ("text", False),
            ("blob", False),
            ("enum", False),
            ("char", False),
            ("time", False),
            ("year", False),
            ("bit", False),
        ]
        (row,) = rows_of(cur)
        assert row[:6] == (1, 2, 3, 4, 0.5, "txt")
        assert row[6] == b"\x01" and row[7] == "y" and row[8] == "abc"
        assert row[9] == dt.timedelta(hours=1, minutes=2, seconds=3)
    finally:
        _admin_exec(admin, "DROP TABLE typed")


def test_statement_status_and_rowcount(conn: MySQLConnection) -> None:
    cur = conn.execute("CREATE TABLE st (id INT PRIMARY KEY, v INT)")
    assert not cur.returns_rows and cur.status == "0 row(s) affected"
    cur = conn.execute("INSERT INTO st VALUES (1, 0), (2, 0), (3, 0)")
    assert not cur.returns_rows
    assert cur.rowcount == 3 and cur.status == "3 row(s) affected"
    assert list(cur.batches()) == []
    cur = conn.execute("UPDATE st SET v = 1 WHERE id >= 2")
    assert cur.rowcount == 2 and cur.status == "2 row(s) affected"
    cur = conn.execute("DELETE FROM st WHERE id = %s", (1,))
    assert cur.rowcount == 1
    assert conn.executemany("INSERT INTO st VALUES (%s, %s)", [(10, 1), (11, 2), (12, 3)]) == 3
    assert conn.query_all("SELECT COUNT(*) FROM st")[0][0] == 5
    conn.execute("DROP TABLE st")


def test_parameters_are_bound(conn: MySQLConnection, table: str) -> None:
    evil = "x'); DROP TABLE " + table + "; -- 100%"
    conn.execute(f"INSERT INTO {table} VALUES (%s, %s)", (2, evil[:20])).close()
    assert conn.query_all(f"SELECT v FROM {table} WHERE id = %(id)s", {"id": 2}) == [(evil[:20],)]
    with pytest.raises(QueryError, match="parameters"):
        conn.execute(f"SELECT * FROM {table} WHERE id = %s AND v = %s", (1,))


def test_streaming_keeps_memory_flat(mysql_url: str) -> None:
    script = textwrap.dedent(
        """
        import resource, sys
        from aishell.engines import connect
        from aishell.urls import DatabaseURL
        conn = connect(DatabaseURL.parse(sys.argv[1]))
        cur = conn.execute(
            "SELECT a.seq, b.seq, CONCAT(REPEAT('x', 40), a.seq) FROM seq_1_to_2000 a, seq_1_to_1000 b"
        )
        n = 0
        for batch in cur.batches(2000):
            n += len(batch)
        print(n, int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, mysql_url], capture_output=True, text=True, check=True, timeout=240,
        env=untraced_env()
    ).stdout.split()
    rows, max_rss_kb = int(out[0]), int(out[1])
    assert rows == 2_000_000
    # the same rows fetched into memory at once take about 470 MB
    assert max_rss_kb < 150 * 1024, f"peak RSS {max_rss_kb // 1024} MB"


def test_unfinished_big_stream_is_killed_by_next_execute(conn: MySQLConnection, admin: Any) -> None:
    cur = conn.execute(BIG)
    assert cur.fetchmany(100) == [(i,) for i in range(1, 101)]
    # draining a billion rows would take many minutes: the adapter kills the statement instead
    assert conn.query_all("SELECT 42") == [(42,)]
    assert cur.fetchmany(100) == []
    command, info = processlist_command(admin, conn.thread_id)
    assert command == "Sleep" and info is None


def test_unfinished_small_stream_is_drained(conn: MySQLConnection) -> None:
    cur = conn.execute("SELECT seq FROM seq_1_to_50")
    assert len(cur.fetchmany(5)) == 5
    second = conn.execute("SELECT seq FROM seq_1_to_3")
    assert rows_of(second) == [(1,), (2,), (3,)]
    assert cur.fetchmany(5) == []


def test_cursor_close_mid_stream_leaves_connection_usable(conn: MySQLConnection, admin: Any) -> None:
    cur = conn.execute(BIG)
    cur.fetchmany(10)
    cur.close()
    assert processlist_command(admin, conn.thread_id)[0] == "Sleep"
    assert conn.query_all("SELECT 'after'") == [("after",)]


def test_call_with_several_results(conn: MySQLConnection, admin: Any) -> None:
    _admin_exec(admin, "CREATE PROCEDURE two_results() BEGIN SELECT 1 AS a; SELECT 2 AS b; END")
    cur = conn.execute("CALL two_results()")
    assert [c.name for c in cur.columns] == ["a"]
    assert rows_of(cur) == [(1,)]
    assert conn.query_all("SELECT 3") == [(3,)]
    _admin_exec(admin, "DROP PROCEDURE two_results")


# --------------------------------------------------------------------------- cancel and timeout
@pytest.mark.parametrize("sql", ["SELECT SLEEP(30)", "DO SLEEP(30)", "SELECT 1, SLEEP(30)"])
def test_cancel_from_another_thread_then_reuse(conn: MySQLConnection, admin: Any, mysql_url: str, sql: str) -> None:
    thread = cancel_when_running(mysql_url, conn, "SLEEP(30)")
    with pytest.raises(QueryCancelledError):
        rows_of(conn.execute(sql))
    thread.join(10)
    assert conn.query_all("SELECT 'still here'") == [("still here",)]
    assert processlist_command(admin, conn.thread_id)[0] == "Sleep"


def test_cancel_streaming_select(conn: MySQLConnection, mysql_url: str) -> None:
    cur = conn.execute(BIG)
    first = cur.fetchmany(1000)
    assert first[0] == (1,)
    thread = cancel_when_running(mysql_url, conn, "seq_1_to_1000000000")
    fetched = len(first)
    with pytest.raises(QueryCancelledError):
        while True:
            batch = cur.fetchmany(2000)
            assert batch, "the stream ended without being cancelled"
            fetched += len(batch)
    thread.join(10)
    assert fetched < 1_000_000_000
    assert cur.fetchmany(10) == []
    assert conn.query_all("SELECT 5") == [(5,)]


def test_repeated_cancel_from_several_threads(conn: MySQLConnection, mysql_url: str) -> None:
    threads = [cancel_when_running(mysql_url, conn, "SLEEP(31)", must_see=False) for _ in range(3)]
    with pytest.raises(QueryCancelledError):
        rows_of(conn.execute("SELECT SLEEP(31)"))
    for thread in threads:
        thread.join(10)
    assert conn.query_all("SELECT 8") == [(8,)]


def test_cancel_while_idle_does_not_hit_the_next_statement(conn: MySQLConnection) -> None:
    conn.cancel()
    assert conn.query_all("SELECT SLEEP(0.3), 9") == [(0, 9)]


def test_statement_timeout(open_conn: Callable[..., MySQLConnection], table: str) -> None:
    conn = open_conn(timeout=1)
    assert conn.query_all("SELECT @@max_statement_time")[0][0] == 1.0
    with pytest.raises(QueryTimeoutError, match="timed out after 1s"):
        rows_of(conn.execute("SELECT SLEEP(10)"))
    with pytest.raises(QueryTimeoutError):  # ends "successfully", with a warning
        conn.execute("DO SLEEP(10)")
    with pytest.raises(QueryTimeoutError):
        conn.execute(f"UPDATE {table} SET v = SLEEP(10)")
    with pytest.raises(QueryTimeoutError):  # a stream read for longer than the limit
        for _batch in conn.execute(BIG).batches():
            pass
    assert conn.query_all(f"SELECT v FROM {table}") == [("a",)]
    assert conn.query_all("SELECT SLEEP(0.1)") == [(0,)]


# --------------------------------------------------------------------------- read-only
def test_read_only_refuses_writes(open_conn: Callable[..., MySQLConnection], admin: Any, table: str) -> None:
    conn = open_conn(read_only=True)
    assert conn.read_only
    assert conn.query_all(f"SELECT v FROM {table}") == [("a",)]
    with pytest.raises(QueryError, match="READ ONLY") as info:
        conn.execute(f"INSERT INTO {table} VALUES (2, 'b')")
    assert "read-only connection" in info.value.message
    assert info.value.sqlstate == "25006"
    for begin in ("BEGIN", "START TRANSACTION"):
        conn.execute(begin).close()
        assert conn.in_transaction
        with pytest.raises(QueryError, match="READ ONLY"):
            conn.execute(f"UPDATE {table} SET v = 'z'")
        conn.execute("ROLLBACK").close()
    assert _admin_exec(admin, f"SELECT id, v FROM {table}") == [(1, "a")]


def test_read_only_ddl_is_refused_by_mariadb(open_conn: Callable[..., MySQLConnection], admin: Any, table: str) -> None:
    """MariaDB 10.11 refuses DDL in a READ ONLY session too (error 1792): it does not escape
    through its implicit commit, in autocommit mode or inside BEGIN."""
    conn = open_conn(read_only=True)
    statements = [
        "CREATE TABLE ro_new (a INT)",
        "CREATE TEMPORARY TABLE ro_tmp (a INT)",
        f"ALTER TABLE {table} ADD COLUMN extra INT",
        f"CREATE INDEX ix_v ON {table} (v)",
        f"TRUNCATE TABLE {table}",
        f"RENAME TABLE {table} TO ro_renamed",
        f"DROP TABLE {table}",
        "CREATE VIEW ro_view AS SELECT 1",
        "CREATE PROCEDURE ro_proc() SELECT 1",
        "CREATE DATABASE ro_db_never",
    ]
    for stmt in statements:
        with pytest.raises(QueryError, match="READ ONLY"):
            conn.execute(stmt)
    conn.execute("BEGIN").close()
    with pytest.raises(QueryError, match="READ ONLY"):
        conn.execute("CREATE TABLE ro_new (a INT)")
    conn.execute("ROLLBACK").close()
    assert _admin_exec(admin, f"SELECT id, v FROM {table}") == [(1, "a")]
    tables = {r[0] for r in _admin_exec(admin, "SHOW TABLES")}
    assert table in tables and not tables & {"ro_new", "ro_renamed", "ro_view"}
    assert not _admin_exec(admin, "SHOW DATABASES LIKE 'ro_db_never'")


def test_read_only_lifted_by_a_statement_is_reset(
    open_conn: Callable[..., MySQLConnection], admin: Any, table: str
) -> None:
    """READ ONLY is only the session's default on the server: START TRANSACTION READ WRITE and
    SET SESSION TRANSACTION READ WRITE lift it.  The adapter checks the session after each
    statement, resets a lifted connection and reports it, so the next write still fails."""
    conn = open_conn(read_only=True)
    thread = conn.thread_id
    for lift in ("START TRANSACTION READ WRITE", "SET SESSION TRANSACTION READ WRITE"):
        with pytest.raises(QueryError, match="lifted read-only mode"):
            conn.execute(lift)
        assert conn.thread_id != thread  # a new server session
        thread = conn.thread_id
        with pytest.raises(QueryError, match="READ ONLY"):
            conn.execute(f"INSERT INTO {table} VALUES (2, 'rw')")
    assert _admin_exec(admin, f"SELECT id FROM {table} ORDER BY id") == [(1,)]


# --------------------------------------------------------------------------- transactions
def test_transactions_follow_server_status(conn: MySQLConnection, admin: Any, table: str) -> None:
    assert not conn.in_transaction
    conn.execute("BEGIN").close()
    assert conn.in_transaction
    conn.execute(f"INSERT INTO {table} VALUES (2, 'b')").close()
    with pytest.raises(QueryError):  # an ordinary error keeps the transaction open
        conn.execute("SELECT * FROM no_such_table")
    assert conn.in_transaction
    conn.execute("ROLLBACK").close()
    assert not conn.in_transaction
    assert _admin_exec(admin, f"SELECT COUNT(*) FROM {table}") == [(1,)]

    conn.execute("START TRANSACTION").close()
    conn.execute(f"INSERT INTO {table} VALUES (3, 'c')").close()
    assert rows_of(conn.execute(f"SELECT COUNT(*) FROM {table}")) == [(2,)]
    assert conn.in_transaction
    assert _admin_exec(admin, f"SELECT COUNT(*) FROM {table}") == [(1,)]  # not visible yet
    conn.execute("COMMIT").close()
    assert not conn.in_transaction
    assert _admin_exec(admin, f"SELECT COUNT(*) FROM {table}") == [(2,)]

    conn.execute("BEGIN").close()
    conn.execute(f"INSERT INTO {table} VALUES (4, 'd')").close()
    conn.execute("CREATE TABLE implicit_commit (a INT)").close()  # DDL commits implicitly
    assert not conn.in_transaction
    assert _admin_exec(admin, f"SELECT COUNT(*) FROM {table}") == [(3,)]
    conn.execute("DROP TABLE implicit_commit").close()


# --------------------------------------------------------------------------- errors
def test_syntax_error_position(conn: MySQLConnection) -> None:
    sql = "SELECT * FORM dual"
    with pytest.raises(QueryError) as info:
        conn.execute(sql)
    err = info.value
    assert not isinstance(err, ConnectError)
    assert err.sqlstate == "42000"
    assert "1064" in err.message and "syntax" in err.message
    assert err.position == sql.index("FORM") + 1
    assert err.sql == sql
    assert "(at line 1, column 10)" in err.one_line()

    multi = "SELECT 1,\n  2\nFROM dual\nWHERE x = = 1"
    with pytest.raises(QueryError) as info:
        conn.execute(multi)
    assert info.value.position == multi.index("= 1") + 1
    assert "(at line 4, column 11)" in info.value.one_line()

    with pytest.raises(QueryError) as info:
        conn.execute("SELECT * FROM")
    assert info.value.position == len("SELECT * FROM") + 1


def test_error_position_parsing() -> None:
    msg = "You have an error in your SQL syntax; check the manual ... near '{}' at line {}"
    assert error_position("SELEC 1", msg.format("SELEC 1", 1)) == 1
    # the same text twice: the match that ends the statement wins
    sql = "SELECT a FROM t WHERE a = b c"
    assert error_position(sql, msg.format("c", 1)) == len(sql)
    # long statements are quoted up to a limit and end in "..."
    long_sql = "SELECT 1 FROM t WHERE a == " + "x" * 200
    assert error_position(long_sql, msg.format("= " + "x" * 70 + "...", 1)) == long_sql.index("= x") + 1
    assert error_position("SELECT 1\nFROM\nWHERE", msg.format("WHERE", 3)) == 15
    assert error_position("SELECT 1", "Unknown column") is None


def test_query_error_carries_sqlstate_and_errno(conn: MySQLConnection) -> None:
    with pytest.raises(QueryError) as info:
        conn.execute("SELECT * FROM no_such_table")
    assert info.value.sqlstate == "42S02"
    assert info.value.message.startswith("ERROR 1146 (42S02):")
    assert info.value.position is None
    assert info.value.engine == "MariaDB"


def test_lost_connection(conn: MySQLConnection, admin: Any) -> None:
    _admin_exec(admin, f"KILL {conn.thread_id}")
    time.sleep(0.2)
    with pytest.raises(ConnectionLostError):
        conn.execute("SELECT 1")
    with pytest.raises(ConnectionLostError):  # and it stays reported as lost
        conn.execute("SELECT 1")


def test_lost_connection_mid_stream(conn: MySQLConnection, admin: Any) -> None:
    cur = conn.execute(BIG)
    cur.fetchmany(10)
    _admin_exec(admin, f"KILL {conn.thread_id}")
    with pytest.raises(ConnectionLostError):
        while cur.fetchmany(5000):
            pass


# --------------------------------------------------------------------------- logging in
@pytest.fixture
def pw_user(admin: Any) -> Iterator[tuple[str, str]]:
    name = f"aishell_u_{uuid.uuid4().hex[:8]}"
    password = f"Pw-{uuid.uuid4().hex[:12]}"
    _admin_exec(admin, f"CREATE USER '{name}'@'%' IDENTIFIED BY '{password}'")
    db = admin.db.decode() if isinstance(admin.db, bytes) else admin.db
    _admin_exec(admin, f"GRANT ALL ON `{db}`.* TO '{name}'@'%'")
    yield name, password
    _admin_exec(admin, f"DROP USER IF EXISTS '{name}'@'%'")


def test_password_login_and_wrong_password(
    open_conn: Callable[..., MySQLConnection],
    mysql_url: str,
    pw_user: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user, password = pw_user
    u = _parts(mysql_url)
    good = f"mysql://{user}:{password}@{u.host}:{u.port}/{u.database}"
    conn = open_conn(good)
    assert conn.query_all("SELECT CURRENT_USER()")[0][0].startswith(user + "@")

    wrong = f"Wrong-{uuid.uuid4().hex[:10]}"
    with pytest.raises(AuthenticationError) as info:
        open_conn(f"mysql://{user}:{wrong}@{u.host}:{u.port}/{u.database}")
    text = str(info.value) + info.value.one_line()
    assert "Access denied" in text
    assert wrong not in text and password not in text

    # no password in the URL: MYSQL_PWD supplies it
    monkeypatch.setenv("MYSQL_PWD", password)
    conn = open_conn(f"mysql://{user}@{u.host}:{u.port}/{u.database}")
    assert conn.query_all("SELECT 1") == [(1,)]
    monkeypatch.setenv("MYSQL_PWD", wrong)
    with pytest.raises(AuthenticationError) as info:
        open_conn(f"mysql://{user}@{u.host}:{u.port}/{u.database}")
    assert wrong not in str(info.value)


def test_closed_port_is_a_connect_error(mysql_url: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    secret = f"Secret-{uuid.uuid4().hex[:10]}"
    with pytest.raises(ConnectError) as info:
        connect(DatabaseURL.parse(f"mysql://root:{secret}@127.0.0.1:{port}/test"))
    assert not isinstance(info.value, AuthenticationError)
    assert secret not in str(info.value)
    assert info.value.exit_code == 3


def test_unknown_database_is_a_connect_error(mysql_url: str) -> None:
    u = _parts(mysql_url)
    with pytest.raises(ConnectError, match="Unknown database") as info:
        connect(DatabaseURL.parse(f"mysql://{u.user}@{u.host}:{u.port}/no_such_db_{os.getpid()}"))
    assert not isinstance(info.value, AuthenticationError)


# --------------------------------------------------------------------------- catalog
CATALOG_DDL = [
    "CREATE TABLE parent (a INT, b VARCHAR(10), note TEXT COMMENT 'free text', "
    "PRIMARY KEY (a, b)) COMMENT = 'the parents'",
    "CREATE TABLE other (id INT PRIMARY KEY)",
    "CREATE TABLE child (id INT AUTO_INCREMENT PRIMARY KEY, pa INT NOT NULL, pb VARCHAR(10) NOT NULL, "
    "other_id INT, x INT, y INT, status VARCHAR(8) NOT NULL DEFAULT 'new', "
    "CONSTRAINT fk_parent FOREIGN KEY (pa, pb) REFERENCES parent (a, b), "
    "CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES other (id), "
    "UNIQUE KEY uq_xy (x, y), KEY ix_status (status(4)))",
    "CREATE VIEW child_view AS SELECT id, status FROM child",
    "CREATE PROCEDURE bump(IN amount INT, OUT total BIGINT) SELECT amount INTO total",
    "CREATE FUNCTION twice(n INT) RETURNS INT DETERMINISTIC RETURN n * 2",
    "INSERT INTO parent VALUES (1, 'p', NULL), (2, 'q', NULL)",
    "INSERT INTO other VALUES (1)",
    "INSERT INTO child (pa, pb, other_id, x, y) VALUES (1, 'p', 1, 1, 1), (2, 'q', 1, 1, 2), (1, 'p', NULL, 2, 1)",
    "ANALYZE TABLE parent, other, child",
]


def test_catalog(conn: MySQLConnection, admin: Any, mysql_url: str) -> None:
    db = _parts(mysql_url).database
    _admin_exec(admin, *CATALOG_DDL)
    try:
        cat = conn.catalog()
        assert cat.default_schema == db and cat.schemas == [db]
        parent = cat.find_table("parent")
        child = cat.find_table("child")
        view = cat.find_table("child_view")
        assert parent is not None and child is not None and view is not None
        assert parent.schema == db and parent.kind == "table"
        assert parent.comment == "the parents"
        assert parent.primary_key == ("a", "b")
        note = parent.column("note")
        assert note is not None and note.comment == "free text" and note.nullable
        assert [c.name for c in child.columns] == ["id", "pa", "pb", "other_id", "x", "y", "status"]
        status = child.column("status")
        assert status is not None
        assert (status.data_type, status.nullable, status.default) == ("varchar(8)", False, "'new'")
        pa = child.column("pa")
        assert pa is not None and pa.data_type == "int(11)" and not pa.nullable and pa.default is None
        assert child.primary_key == ("id",)

        fks = {fk.name: fk for fk in child.foreign_keys}
        assert set(fks) == {"fk_parent", "fk_other"}
        assert fks["fk_parent"].columns == ("pa", "pb")
        assert fks["fk_parent"].ref_table == "parent"
        assert fks["fk_parent"].ref_columns == ("a", "b")
        assert fks["fk_parent"].ref_schema == db
        assert (fks["fk_other"].columns, fks["fk_other"].ref_columns) == (("other_id",), ("id",))
        assert {t.name for t, _fk in cat.referencing(parent)} == {"child"}

        idx = {i.name: i for i in child.indexes}
        assert idx["PRIMARY"].primary and idx["PRIMARY"].unique and idx["PRIMARY"].columns == ("id",)
        assert idx["uq_xy"].unique and not idx["uq_xy"].primary and idx["uq_xy"].columns == ("x", "y")
        assert not idx["ix_status"].unique and idx["ix_status"].columns == ("status",)
        assert idx["ix_status"].definition == "BTREE (status(4))"
        assert "fk_parent" in idx  # InnoDB indexes the FK columns

        assert child.row_estimate == 3 and parent.row_estimate == 2
        assert child.size_bytes is not None and child.size_bytes > 0
        assert view.kind == "view" and [c.name for c in view.columns] == ["id", "status"]
        assert view.row_estimate is None and view.comment is None

        funcs = {f.name: f for f in cat.functions}
        assert funcs["bump"].kind == "procedure"
        assert funcs["bump"].arguments == "IN amount int(11), OUT total bigint(20)"
        assert funcs["twice"].kind == "function"
        assert funcs["twice"].arguments == "n int(11)" and funcs["twice"].returns == "int(11)"
    finally:
        _admin_exec(
            admin,
            "DROP VIEW child_view",
            "DROP TABLE child, parent, other",
            "DROP PROCEDURE bump",
            "DROP FUNCTION twice",
        )


def test_catalog_uses_few_queries(conn: MySQLConnection, monkeypatch: pytest.MonkeyPatch, admin: Any) -> None:
    _admin_exec(admin, *[f"CREATE TABLE many_{i} (id INT PRIMARY KEY)" for i in range(12)])
    try:
        seen: list[str] = []
        real = conn.execute

        def spy(sql: str, params: Any = None) -> Cursor:
            seen.append(sql)
            return real(sql, params)

        monkeypatch.setattr(conn, "execute", spy)
        cat = conn.catalog()
        assert len([t for t in cat.tables if t.name.startswith("many_")]) == 12
        assert len(seen) <= 7
    finally:
        _admin_exec(admin, "DROP TABLE " + ", ".join(f"many_{i}" for i in range(12)))


# --------------------------------------------------------------------------- explain
def test_explain(conn: MySQLConnection, table: str, admin: Any) -> None:
    plan = conn.explain(f"SELECT * FROM {table} WHERE v = 'a'")
    assert "select_type" in plan.text and table in plan.text
    assert isinstance(plan.data, dict)
    assert plan.data["query_block"]["nested_loop"][0]["table"]["table_name"] == table

    # EXPLAIN does not run the statement ...
    conn.explain(f"UPDATE {table} SET v = 'explained'")
    assert _admin_exec(admin, f"SELECT v FROM {table}") == [("a",)]
    # ... ANALYZE does, once, reports what really happened, and rolls the change back
    plan = conn.explain(f"UPDATE {table} SET v = CONCAT(v, '+') WHERE id = 1;", analyze=True)
    assert _admin_exec(admin, f"SELECT v FROM {table}") == [("a",)]
    assert not conn.in_transaction
    assert plan.data["query_block"]["table"]["r_rows"] == 1
    assert "ANALYZE (actual)" in plan.text and "r_rows=1" in plan.text

    with pytest.raises(QueryError):
        conn.explain("SELECT * FROM no_such_table")
