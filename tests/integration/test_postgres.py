"""The PostgreSQL adapter against a real server (and a fake one for logins)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from aishell.engines import connect
from aishell.engines.base import Connection
from aishell.engines.postgres.connection import PostgresConnection, single_statement
from aishell.errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
)
from aishell.urls import DatabaseURL
from conftest import untraced_env

pytestmark = pytest.mark.integration


def open_pg(url: str, **kwargs: Any) -> Connection:
    return connect(DatabaseURL.parse(url), **kwargs)


def rows_of(conn: Connection, sql: str, params: Any = None) -> list[tuple[Any, ...]]:
    return conn.query_all(sql, params)


@pytest.fixture
def db(pg_url: str) -> Iterator[Connection]:
    conn = open_pg(pg_url)
    yield conn
    conn.close()


@pytest.fixture
def admin(pg_url: str) -> Iterator[psycopg.Connection[Any]]:
    """A plain psycopg connection beside the one under test."""
    with psycopg.connect(DatabaseURL.parse(pg_url).without_password(), autocommit=True) as conn:
        yield conn


def in_thread_after(delay: float, fn: Any) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        fn()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


# --------------------------------------------------------------------------- connecting
def test_open_reports_server_database_and_version(db: Connection, pg_url: str) -> None:
    assert isinstance(db, PostgresConnection)
    name = DatabaseURL.parse(pg_url).database
    assert db.current_database() == name
    version = db.server_version()
    server_num = rows_of(db, "SELECT current_setting('server_version_num')::int")[0][0]
    assert version == f"PostgreSQL {server_num // 10000}.{server_num % 10000}"
    databases = db.list_databases()
    assert name in databases and "postgres" in databases
    assert "template0" not in databases and "template1" not in databases
    assert rows_of(db, "SELECT current_setting('application_name')") == [("aishell",)]
    assert not db.in_transaction


def test_url_parameters_are_passed_to_libpq(pg_url: str) -> None:
    url = pg_url + "?application_name=mine&connect_timeout=3&sslmode=disable&options=-c%20work_mem%3D7MB"
    conn = open_pg(url, read_only=True, timeout=4)
    try:
        assert rows_of(conn, "SELECT current_setting('application_name')") == [("mine",)]
        assert rows_of(conn, "SHOW work_mem") == [("7MB",)]  # the URL's options ...
        assert rows_of(conn, "SHOW default_transaction_read_only") == [("on",)]  # ... and ours
        assert rows_of(conn, "SHOW statement_timeout") == [("4s",)]
        assert isinstance(conn, PostgresConnection)
        assert conn.raw.info.get_parameters()["connect_timeout"] == "3"
        assert rows_of(conn, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == [(False,)]
    finally:
        conn.close()
    with pytest.raises(ConnectError) as err:  # a parameter libpq does not know reaches libpq
        open_pg(pg_url + "?no_such_option=1")
    assert "no_such_option" in str(err.value)


def test_closed_port_is_a_connect_error(pg_url: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when we leave the block
    with pytest.raises(ConnectError) as err:
        open_pg(f"postgresql://bob:Hunter2secret@127.0.0.1:{port}/nodb")
    assert not isinstance(err.value, AuthenticationError)
    assert "Hunter2secret" not in str(err.value)
    assert err.value.exit_code == 3


def test_unknown_host_is_a_connect_error() -> None:
    with pytest.raises(ConnectError) as err:
        open_pg("postgresql://bob:Hunter2secret@no-such-host.invalid:5432/nodb?connect_timeout=3")
    assert not isinstance(err.value, AuthenticationError)
    assert "Hunter2secret" not in err.value.one_line()
    assert "no-such-host.invalid" in str(err.value)


class FakeServer:
    """Enough of the PostgreSQL protocol to ask for a password and refuse it.

    ``hang=True`` accepts connections and never answers (for connect_timeout).
    """

    def __init__(self, *, hang: bool = False) -> None:
        self.hang = hang
        self.passwords: list[str] = []
        self.users: list[str] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                continue
            if self.hang:
                self._held.append(client)
                continue
            try:
                self._handle(client)
            except OSError:
                pass
            finally:
                client.close()

    @staticmethod
    def _recv(client: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            part = client.recv(n - len(data))
            if not part:
                raise OSError("client went away")
            data += part
        return data

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(5)
        while True:
            (length,) = struct.unpack("!I", self._recv(client, 4))
            payload = self._recv(client, length - 4)
            (code,) = struct.unpack("!I", payload[:4])
            if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest: not here
                client.sendall(b"N")
                continue
            break
        fields = payload[4:].split(b"\0")
        params = dict(zip(fields[0::2], fields[1::2], strict=False))
        user = params.get(b"user", b"").decode()
        self.users.append(user)
        client.sendall(b"R" + struct.pack("!II", 8, 3))  # AuthenticationCleartextPassword
        kind = self._recv(client, 1)
        (length,) = struct.unpack("!I", self._recv(client, 4))
        body = self._recv(client, length - 4)
        if kind == b"p":
            self.passwords.append(body.rstrip(b"\0").decode())
        msg = f'password authentication failed for user "{user}"'.encode()
        error = b"SFATAL\0VFATAL\0C28P01\0M" + msg + b"\0\0"
        client.sendall(b"E" + struct.pack("!I", len(error) + 4) + error)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for client in self._held:
            client.close()
        self.sock.close()


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


def test_refused_password_is_an_authentication_error(fake_server: FakeServer) -> None:
    secret = "Sup3r-Secret-pw"
    url = f"postgresql://alice:{secret}@127.0.0.1:{fake_server.port}/shop"
    with pytest.raises(AuthenticationError) as err:
        open_pg(url)
    assert fake_server.passwords == [secret]  # the password was really sent
    assert fake_server.users == ["alice"]
    assert secret not in str(err.value) and secret not in err.value.one_line()
    assert "password authentication failed" in str(err.value)
    assert isinstance(err.value, ConnectError)


def test_missing_password_is_an_authentication_error(fake_server: FakeServer) -> None:
    with pytest.raises(AuthenticationError) as err:
        open_pg(f"postgresql://alice@127.0.0.1:{fake_server.port}/shop")
    assert "no password supplied" in str(err.value)
    assert fake_server.passwords == []


def test_pgpassword_is_used_when_the_url_has_none(
    fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "from-the-environment")
    with pytest.raises(AuthenticationError) as err:
        open_pg(f"postgresql://alice@127.0.0.1:{fake_server.port}/shop")
    assert fake_server.passwords == ["from-the-environment"]
    assert "from-the-environment" not in str(err.value)


def test_pgpass_file_is_used_when_the_url_has_none(
    fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{fake_server.port}:shop:alice:from-the-pgpass-file\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with pytest.raises(AuthenticationError):
        open_pg(f"postgresql://alice@127.0.0.1:{fake_server.port}/shop")
    assert fake_server.passwords == ["from-the-pgpass-file"]


def test_connect_timeout_comes_from_the_url() -> None:
    server = FakeServer(hang=True)
    try:
        start = time.monotonic()
        with pytest.raises(ConnectError) as err:
            open_pg(f"postgresql://alice@127.0.0.1:{server.port}/shop?connect_timeout=2")
        elapsed = time.monotonic() - start
    finally:
        server.close()
    assert not isinstance(err.value, AuthenticationError)
    assert elapsed < 8  # the default is 10 s


# --------------------------------------------------------------------------- results
def test_column_types_and_numeric_flags(db: Connection) -> None:
    cur = db.execute(
        "SELECT 1::int2 AS a, 2::int4 AS b, 3::int8 AS c, 1.5::float4 AS d, 2.5::float8 AS e,"
        " 3.25::numeric(6,2) AS f, 4::money AS g, 5::oid AS h, 'x'::varchar(7) AS i, 't'::text AS j,"
        " true AS k, now() AS l, '{1,2}'::int[] AS m, '{\"k\": [1, 2]}'::jsonb AS n, NULL::date AS o"
    )
    cols = {c.name: c for c in cur.columns}
    assert [c.name for c in cur.columns] == list("abcdefghijklmno")
    assert {n for n, c in cols.items() if c.numeric} == set("abcdefgh")
    assert cols["a"].type_name == "int2"
    assert cols["c"].type_name == "int8"
    assert cols["f"].type_name == "numeric(6,2)"
    assert cols["i"].type_name == "varchar(7)"
    assert cols["k"].type_name == "bool"
    assert cols["l"].type_name == "timestamptz"
    assert cols["m"].type_name == "int4[]"
    assert cols["o"].type_name == "date"
    (row,) = cur.fetchmany(10)
    assert row[:3] == (1, 2, 3)
    assert row[13] == '{"k": [1, 2]}'  # JSON stays the server's text
    assert row[14] is None
    assert cur.fetchmany(10) == []
    assert cur.status == "SELECT 1" and cur.rowcount == 1


def test_user_defined_types_are_named(db: Connection) -> None:
    db.execute("CREATE TYPE mood_t AS ENUM ('sad', 'happy')").close()
    db.execute("CREATE DOMAIN price_t AS numeric(8,2)").close()
    cur = db.execute("SELECT 'happy'::mood_t AS m, 9.5::price_t AS p, ARRAY['sad']::mood_t[] AS ms")
    cols = {c.name: c for c in cur.columns}
    assert cur.fetchmany(5) == [("happy", Decimal("9.50"), "{sad}")]
    assert cols["m"].type_name == "mood_t" and not cols["m"].numeric
    # a domain is sent as its base type
    assert cols["p"].type_name == "numeric(8,2)" and cols["p"].numeric
    assert cols["ms"].type_name == "mood_t[]" and not cols["ms"].numeric
    # a table's row type is looked up once a result has shown it
    db.execute("CREATE TABLE ut_row (a int)").close()
    db.execute("SELECT r FROM ut_row r").close()
    assert db.execute("SELECT r FROM ut_row r").columns[0].type_name == "ut_row"


def test_status_and_rowcount_of_every_kind_of_statement(db: Connection) -> None:
    def run(sql: str, params: Any = None) -> tuple[str, int, list[tuple[Any, ...]], bool]:
        cur = db.execute(sql, params)
        rows = [r for batch in cur.batches() for r in batch]
        return cur.status, cur.rowcount, rows, cur.returns_rows

    assert run("CREATE TABLE st_items (id int PRIMARY KEY, name text)")[:3] == ("CREATE TABLE", -1, [])
    assert run("INSERT INTO st_items VALUES (1, 'a'), (2, 'b'), (3, 'c')")[:3] == ("INSERT 0 3", 3, [])
    assert run("UPDATE st_items SET name = upper(name) WHERE id > 1")[:2] == ("UPDATE 2", 2)
    status, count, rows, returns = run("INSERT INTO st_items VALUES (4, 'd'), (5, 'e') RETURNING id, name")
    assert (status, count, rows, returns) == ("INSERT 0 2", 2, [(4, "d"), (5, "e")], True)
    assert run("DELETE FROM st_items WHERE id = 5")[:2] == ("DELETE 1", 1)
    assert run("SELECT name FROM st_items ORDER BY id") == ("SELECT 4", 4, [("a",), ("B",), ("C",), ("d",)], True)
    assert run("SELECT * FROM st_items WHERE false")[:3] == ("SELECT 0", 0, [])
    assert run("SET work_mem = '8MB'")[0] == "SET"
    assert run("SHOW work_mem")[2] == [("8MB",)]
    status, _count, rows, returns = run("EXPLAIN SELECT * FROM st_items")
    assert status == "EXPLAIN" and returns and "st_items" in rows[0][0]
    assert run("BEGIN")[0] == "BEGIN"
    assert run("COMMIT")[0] == "COMMIT"
    assert run("")[:3] == ("", -1, [])
    assert run("SELECT 1;  -- trailing comment")[2] == [(1,)]


def test_parameters_in_both_psycopg_styles(db: Connection) -> None:
    assert rows_of(db, "SELECT %s::int + %s::int, %s::text", (2, 3, "it's")) == [(5, "it's")]
    assert rows_of(db, "SELECT %(a)s::text || %(b)s::text", {"a": "x", "b": "y"}) == [("xy",)]
    assert rows_of(db, "SELECT 'a%'::text LIKE 'a%%'") == [(True,)]  # no params: no placeholder parsing
    with pytest.raises(QueryError):
        db.execute("SELECT %s, %s", (1,))
    assert rows_of(db, "SELECT 1") == [(1,)]


def test_more_than_one_statement_is_refused(db: Connection) -> None:
    with pytest.raises(QueryError) as err:
        db.execute("SELECT 1; SELECT 2")
    assert err.value.sqlstate == "42601"
    assert rows_of(db, "SELECT 3") == [(3,)]


# --------------------------------------------------------------------------- streaming
MEMORY_SCRIPT = textwrap.dedent(
    """
    import resource, sys
    from aishell.engines import connect
    from aishell.urls import DatabaseURL

    conn = connect(DatabaseURL.parse(sys.argv[1]))
    conn.query_all("SELECT 1")
    before = int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))
    cur = conn.execute("SELECT g, md5(g::text) FROM generate_series(1, 3000000) g")
    count = total = 0
    for batch in cur.batches(5000):
        count += len(batch)
        total += batch[-1][0]
    after = int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))
    print(count, total, cur.status, before // 1024, after // 1024)
    """
)


def test_a_huge_result_streams_in_flat_memory(pg_url: str, tmp_path: Path) -> None:
    script = tmp_path / "stream_memory.py"
    script.write_text(MEMORY_SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script), pg_url], capture_output=True, text=True, timeout=240, check=False,
        env=untraced_env()
    )
    assert done.returncode == 0, done.stderr
    count, total, tag, _nrows, before_mb, after_mb = done.stdout.split()
    assert int(count) == 3_000_000
    assert int(total) > 0
    assert tag == "SELECT"
    # buffering 3M (int, 32-char text) rows would take well over 400 MB
    assert int(after_mb) < 150, f"peak RSS {after_mb} MB"
    assert int(after_mb) - int(before_mb) < 60, f"grew from {before_mb} to {after_mb} MB"


def test_rows_arrive_before_the_statement_ends(db: Connection) -> None:
    # a SELECT of 100 million rows: only a streaming cursor returns its first rows quickly
    cur = db.execute("SELECT generate_series(1, 100000000) AS g")
    assert [c.name for c in cur.columns] == ["g"]
    assert cur.fetchmany(3) == [(1,), (2,), (3,)]
    assert cur.fetchmany(2) == [(4,), (5,)]
    assert cur.rowcount == -1  # not known yet
    cur.close()  # a plain query is cancelled on the server
    assert rows_of(db, "SELECT 42") == [(42,)]


def test_batches_are_exact_across_chunks(db: Connection) -> None:
    cur = db.execute("SELECT g FROM generate_series(1, 12345) g ORDER BY g")
    sizes = []
    seen = []
    for batch in cur.batches(1000):
        sizes.append(len(batch))
        seen.extend(r[0] for r in batch)
    assert seen == list(range(1, 12346))
    assert sizes == [1000] * 12 + [345]
    assert cur.status == "SELECT 12345" and cur.rowcount == 12345


def test_an_unfinished_cursor_is_closed_by_the_next_statement(db: Connection) -> None:
    first = db.execute("SELECT generate_series(1, 100000000)")
    assert first.fetchmany(1) == [(1,)]
    assert rows_of(db, "SELECT 'next'") == [("next",)]
    assert first.fetchmany(5) == []


def test_closing_early_keeps_writes_and_the_open_transaction(db: Connection) -> None:
    db.execute("CREATE TABLE ce_log (id int)").close()
    # Writes whose result is abandoned early must stay written.  (Wide rows:
    # ~60 MB of result, far more than the socket buffers hold, so the server
    # is still sending when the cursor is closed.)
    cur = db.execute(
        "WITH ins AS (INSERT INTO ce_log SELECT generate_series(1, 30000) RETURNING id)"
        " SELECT id, repeat('x', 2000) FROM ins"
    )
    assert len(cur.fetchmany(10)) == 10
    cur.close()
    assert rows_of(db, "SELECT count(*) FROM ce_log") == [(30000,)]
    cur = db.execute("INSERT INTO ce_log SELECT generate_series(1, 30000) RETURNING id, repeat('x', 2000)")
    assert len(cur.fetchmany(10)) == 10
    cur.close()
    assert rows_of(db, "SELECT count(*) FROM ce_log") == [(60000,)]
    # inside a transaction, abandoning a SELECT must not abort the transaction
    db.execute("BEGIN").close()
    db.execute("INSERT INTO ce_log VALUES (-1)").close()
    cur = db.execute("SELECT g, repeat('x', 2000) FROM generate_series(1, 30000) g")
    assert [r[0] for r in cur.fetchmany(2)] == [1, 2]
    cur.close()
    assert db.in_transaction
    assert rows_of(db, "SELECT count(*) FROM ce_log WHERE id = -1") == [(1,)]
    db.execute("COMMIT").close()
    assert not db.in_transaction
    assert rows_of(db, "SELECT count(*) FROM ce_log") == [(60001,)]


def test_errors_surface_from_execute_with_position(db: Connection) -> None:
    sql = "SELECT id,\n       nosuch\nFROM (VALUES (1)) AS v(id)"
    with pytest.raises(QueryError) as err:
        db.execute(sql)
    assert err.value.sqlstate == "42703"
    assert err.value.message.startswith('column "nosuch" does not exist')
    assert err.value.position == sql.index("nosuch") + 1
    assert "(at line 2, column 8)" in err.value.one_line()
    with pytest.raises(QueryError) as err:
        db.execute("SELEC 1")
    assert err.value.sqlstate == "42601" and err.value.position == 1
    with pytest.raises(QueryError) as err:
        db.execute("SELECT * FROM no_such_table")
    assert err.value.sqlstate == "42P01" and err.value.position == 15
    assert err.value.engine == "PostgreSQL"
    assert rows_of(db, "SELECT 1") == [(1,)]


def test_error_details_are_kept(db: Connection) -> None:
    db.execute("CREATE TABLE ed_u (id int PRIMARY KEY)").close()
    db.execute("INSERT INTO ed_u VALUES (1)").close()
    with pytest.raises(QueryError) as err:
        db.execute("INSERT INTO ed_u VALUES (1)")
    assert err.value.sqlstate == "23505"
    assert "Key (id)=(1) already exists." in err.value.message


def test_an_error_after_the_first_chunk_surfaces_from_fetch(db: Connection) -> None:
    cur = db.execute("SELECT 1 / (50000 - g) FROM generate_series(1, 100000) g")
    assert len(cur.fetchmany(10)) == 10  # the first rows came
    with pytest.raises(QueryError) as err:
        for _batch in cur.batches(1000):
            pass
    assert err.value.sqlstate == "22012"
    assert rows_of(db, "SELECT 2") == [(2,)]


def test_copy_statements_typed_by_the_user(db: Connection) -> None:
    """COPY ... FROM STDIN is refused cleanly (the import command loads files); COPY ... TO
    STDOUT returns its lines as rows of one text column, as psql prints them."""
    db.execute("CREATE TABLE cp_user (id int)").close()
    with pytest.raises(QueryError, match="FROM STDIN"):
        db.execute("COPY cp_user FROM STDIN")
    assert rows_of(db, "SELECT count(*) FROM cp_user") == [(0,)]
    cur = db.execute("COPY (SELECT g, 'a,b' FROM generate_series(1, 4500) g) TO STDOUT WITH (FORMAT csv)")
    lines = [r for batch in cur.batches() for r in batch]
    assert [c.name for c in cur.columns] == ["COPY"] and cur.status == "COPY 4500"
    assert lines[0] == ('1,"a,b"',) and lines[-1] == ('4500,"a,b"',) and len(lines) == 4500
    cur = db.execute("COPY (SELECT generate_series(1, 1000000)) TO STDOUT")
    assert cur.fetchmany(2) == [("1",), ("2",)]
    cur.close()  # abandoned mid-way: the connection is usable at once
    assert rows_of(db, "SELECT 'still here'") == [("still here",)]


# --------------------------------------------------------------------------- cancel, timeout, lost
def test_cancel_from_another_thread_then_reuse(db: Connection) -> None:
    in_thread_after(0.5, db.cancel)
    start = time.monotonic()
    with pytest.raises(QueryCancelledError) as err:
        db.execute("SELECT pg_sleep(30)")
    assert time.monotonic() - start < 20
    assert err.value.sqlstate == "57014"
    assert not isinstance(err.value, QueryTimeoutError)
    assert rows_of(db, "SELECT 'still here'") == [("still here",)]


def test_cancel_while_fetching(db: Connection) -> None:
    cur = db.execute(
        "SELECT g, CASE WHEN g = 4000 THEN pg_sleep(30) END FROM generate_series(1, 5000) g"
    )
    assert len(cur.fetchmany(100)) == 100
    in_thread_after(0.5, db.cancel)
    start = time.monotonic()
    with pytest.raises(QueryCancelledError):
        for _batch in cur.batches(500):
            pass
    assert time.monotonic() - start < 20
    assert rows_of(db, "SELECT 7") == [(7,)]


def test_cancel_inside_a_transaction_leaves_it_to_roll_back(db: Connection) -> None:
    db.execute("BEGIN").close()
    in_thread_after(0.5, db.cancel)
    with pytest.raises(QueryCancelledError):
        db.execute("SELECT pg_sleep(30)")
    assert db.in_transaction  # aborted, still open
    with pytest.raises(QueryError) as err:
        db.execute("SELECT 1")
    assert err.value.sqlstate == "25P02"
    db.execute("ROLLBACK").close()
    assert not db.in_transaction
    assert rows_of(db, "SELECT 1") == [(1,)]


def test_cancel_when_idle_does_nothing(db: Connection) -> None:
    db.cancel()
    assert rows_of(db, "SELECT 5") == [(5,)]


def test_statement_timeout(pg_url: str) -> None:
    conn = open_pg(pg_url, timeout=0.5)
    try:
        assert rows_of(conn, "SHOW statement_timeout") == [("500ms",)]
        with pytest.raises(QueryTimeoutError) as err:
            conn.execute("SELECT pg_sleep(10)")
        assert err.value.sqlstate == "57014"
        assert "timed out" in str(err.value)
        assert rows_of(conn, "SELECT 1") == [(1,)]
    finally:
        conn.close()


def test_lost_connection(db: Connection, admin: psycopg.Connection[Any]) -> None:
    pid = rows_of(db, "SELECT pg_backend_pid()")[0][0]
    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    time.sleep(0.2)
    with pytest.raises(ConnectionLostError) as err:
        db.execute("SELECT 1")
    assert err.value.exit_code == 3
    with pytest.raises(ConnectionLostError):  # and it stays lost
        db.execute("SELECT 1")


def test_lost_connection_while_streaming(db: Connection, admin: psycopg.Connection[Any]) -> None:
    pid = rows_of(db, "SELECT pg_backend_pid()")[0][0]
    cur = db.execute("SELECT generate_series(1, 100000000)")
    assert len(cur.fetchmany(10)) == 10
    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(ConnectionLostError):
        for _batch in cur.batches(1000):
            pass


# --------------------------------------------------------------------------- read-only, transactions
def test_read_only_is_enforced_by_the_server(db: Connection, pg_url: str) -> None:
    db.execute("CREATE TABLE ro_t (id int)").close()
    ro = open_pg(pg_url, read_only=True)
    try:
        assert ro.read_only
        assert rows_of(ro, "SELECT count(*) FROM ro_t") == [(0,)]
        with pytest.raises(QueryError) as err:
            ro.execute("INSERT INTO ro_t VALUES (1)")
        assert err.value.sqlstate == "25006"
        assert "read-only" in str(err.value)
        ro.execute("BEGIN").close()
        with pytest.raises(QueryError) as err:
            ro.execute("INSERT INTO ro_t VALUES (2)")
        assert err.value.sqlstate == "25006"
        ro.execute("ROLLBACK").close()
        with pytest.raises(QueryError):
            ro.execute("CREATE TABLE ro_new (id int)")
        with pytest.raises(QueryError):
            ro.copy_out_csv("INSERT INTO ro_t VALUES (3) RETURNING id", io.BytesIO().write)
    finally:
        ro.close()
    assert rows_of(db, "SELECT count(*) FROM ro_t") == [(0,)]


def test_explicit_transactions(db: Connection) -> None:
    db.execute("CREATE TABLE tx_t (id int)").close()
    assert not db.in_transaction
    db.execute("BEGIN").close()
    assert db.in_transaction
    db.execute("INSERT INTO tx_t VALUES (1)").close()
    db.execute("ROLLBACK").close()
    assert not db.in_transaction
    assert rows_of(db, "SELECT count(*) FROM tx_t") == [(0,)]
    db.execute("START TRANSACTION").close()
    db.execute("INSERT INTO tx_t VALUES (2)").close()
    cur = db.execute("SELECT generate_series(1, 10000)")
    assert cur.fetchmany(1) == [(1,)]
    assert db.in_transaction  # also while a result is streaming
    cur.close()
    db.execute("COMMIT").close()
    assert not db.in_transaction
    assert rows_of(db, "SELECT id FROM tx_t") == [(2,)]
    # autocommit otherwise: another connection sees a lone INSERT at once
    db.execute("INSERT INTO tx_t VALUES (3)").close()
    with psycopg.connect(db.url.without_password()) as other:
        assert other.execute("SELECT count(*) FROM tx_t").fetchone() == (2,)
    # a failed statement leaves the transaction open, aborted
    db.execute("BEGIN").close()
    with pytest.raises(QueryError):
        db.execute("SELECT 1/0")
    assert db.in_transaction
    db.execute("ROLLBACK").close()
    assert not db.in_transaction


def test_executemany(db: Connection) -> None:
    db.execute("CREATE TABLE em_t (id int, name text)").close()
    assert db.executemany("INSERT INTO em_t VALUES (%s, %s)", [(i, f"n{i}") for i in range(500)]) == 500
    assert rows_of(db, "SELECT count(*), max(name) FROM em_t") == [(500, "n99")]
    with pytest.raises(QueryError):
        db.executemany("INSERT INTO em_t VALUES (%s, %s)", [(1, "a"), ("x", "b")])


# --------------------------------------------------------------------------- explain
def test_explain_gives_text_and_json(db: Connection) -> None:
    db.execute("CREATE TABLE ex_t (id int PRIMARY KEY, v text)").close()
    db.execute("INSERT INTO ex_t SELECT g, 'v' || g FROM generate_series(1, 1000) g").close()
    db.execute("ANALYZE ex_t").close()
    plan = db.explain("SELECT v FROM ex_t WHERE id = 5")
    assert "ex_t" in plan.text and "cost=" in plan.text
    assert "actual time" not in plan.text
    assert plan.data["Plan"]["Relation Name"] == "ex_t"
    assert plan.data["Plan"]["Node Type"] in {"Index Scan", "Index Only Scan", "Bitmap Heap Scan"}
    json.dumps(plan.data)  # plain JSON data


def test_explain_analyze_runs_the_statement_once(db: Connection) -> None:
    # a sequence is not rolled back: it counts how often the INSERT ran; the row itself is undone
    db.execute("CREATE TABLE exa_t (id serial, v int)").close()
    plan = db.explain("INSERT INTO exa_t (v) VALUES (1)", analyze=True)
    assert "actual time" in plan.text
    assert plan.data["Plan"]["Node Type"] == "ModifyTable"
    assert rows_of(db, "SELECT count(*) FROM exa_t") == [(0,)]
    assert rows_of(db, "SELECT nextval('exa_t_id_seq')") == [(2,)]


def test_explain_error_points_into_the_users_sql(db: Connection) -> None:
    sql = "SELECT nosuch FROM (VALUES (1)) v(a)"
    with pytest.raises(QueryError) as err:
        db.explain(sql)
    assert err.value.position == sql.index("nosuch") + 1
    assert err.value.sql == sql


# --------------------------------------------------------------------------- catalog
CATALOG_DDL = [
    "CREATE SCHEMA cat_sales",
    "CREATE SCHEMA cat_geo",
    "CREATE TABLE cat_geo.regions (country char(2), code text, name text NOT NULL,"
    " PRIMARY KEY (country, code))",
    "COMMENT ON TABLE cat_geo.regions IS 'sales regions'",
    "CREATE TABLE cat_sales.customers (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " email text NOT NULL UNIQUE, name varchar(80) DEFAULT 'anon', created timestamptz DEFAULT now())",
    "COMMENT ON COLUMN cat_sales.customers.email IS 'login address'",
    "CREATE INDEX customers_lower_email ON cat_sales.customers (lower(email))",
    "CREATE TABLE cat_sales.orders (id bigserial PRIMARY KEY,"
    " customer_id int NOT NULL REFERENCES cat_sales.customers(id),"
    " region_code text, country char(2), total numeric(10,2) DEFAULT 0,"
    " gross numeric GENERATED ALWAYS AS (total * 1.2) STORED,"
    " CONSTRAINT orders_region_fk FOREIGN KEY (region_code, country)"
    " REFERENCES cat_geo.regions (code, country))",
    "CREATE INDEX orders_customer_total ON cat_sales.orders (customer_id, total DESC) INCLUDE (country)",
    "INSERT INTO cat_sales.customers (email) SELECT 'c' || g || '@x' FROM generate_series(1, 200) g",
    "ANALYZE cat_sales.customers",
    "CREATE VIEW cat_sales.big_orders AS SELECT * FROM cat_sales.orders WHERE total > 100",
    "CREATE MATERIALIZED VIEW cat_sales.order_totals AS"
    " SELECT customer_id, sum(total) AS total FROM cat_sales.orders GROUP BY customer_id",
    "CREATE FUNCTION cat_sales.with_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric"
    " LANGUAGE sql IMMUTABLE AS 'SELECT amount * (1 + rate)'",
    "CREATE PROCEDURE cat_sales.archive(before date) LANGUAGE sql AS 'SELECT 1'",
    "CREATE AGGREGATE cat_sales.total_sum(numeric) (SFUNC = numeric_add, STYPE = numeric)",
]


@pytest.fixture
def catalog_schema(db: Connection) -> Iterator[None]:
    for stmt in CATALOG_DDL:
        db.execute(stmt).close()
    yield
    db.execute("DROP SCHEMA cat_sales, cat_geo CASCADE").close()


def test_catalog_contents(db: Connection, catalog_schema: None) -> None:
    cat = db.catalog()
    assert cat.default_schema == "public"
    assert {"cat_sales", "cat_geo", "public"} <= set(cat.schemas)
    assert not [s for s in cat.schemas if s.startswith("pg_") or s == "information_schema"]
    assert all(t.schema not in {"pg_catalog", "information_schema"} for t in cat.tables)

    regions = cat.find_table("cat_geo.regions")
    assert regions is not None and regions.kind == "table"
    assert regions.primary_key == ("country", "code")
    assert regions.comment == "sales regions"
    assert regions.row_estimate is None  # never analysed
    assert [c.name for c in regions.columns] == ["country", "code", "name"]
    assert regions.column("country") is not None and regions.columns[0].data_type == "character(2)"
    assert regions.columns[2].nullable is False

    customers = cat.find_table("customers", "cat_sales")
    assert customers is not None
    cols = {c.name: c for c in customers.columns}
    assert cols["id"].default == "generated always as identity" and not cols["id"].nullable
    assert cols["email"].comment == "login address" and cols["email"].nullable is False
    assert cols["name"].data_type == "character varying(80)" and cols["name"].default == "'anon'::character varying"
    assert cols["name"].nullable is True
    assert cols["created"].default == "now()"
    assert customers.row_estimate == 200
    assert customers.size_bytes is not None and customers.size_bytes > 8192
    indexes = {i.name: i for i in customers.indexes}
    assert indexes["customers_pkey"].primary and indexes["customers_pkey"].unique
    assert indexes["customers_pkey"].columns == ("id",)
    assert indexes["customers_email_key"].unique and not indexes["customers_email_key"].primary
    assert indexes["customers_lower_email"].columns == ("lower(email)",)
    assert indexes["customers_lower_email"].definition == (
        "CREATE INDEX customers_lower_email ON cat_sales.customers USING btree (lower(email))"
    )

    orders = cat.find_table("cat_sales.orders")
    assert orders is not None
    assert orders.primary_key == ("id",)
    defaults = {c.name: c.default for c in orders.columns}
    assert defaults["id"] == "nextval('cat_sales.orders_id_seq'::regclass)"
    assert defaults["gross"] == "generated always as ((total * 1.2)) stored"
    fks = {fk.name: fk for fk in orders.foreign_keys}
    assert set(fks) == {"orders_customer_id_fkey", "orders_region_fk"}
    region_fk = fks["orders_region_fk"]
    assert region_fk.columns == ("region_code", "country")  # declared order, not column order
    assert region_fk.ref_columns == ("code", "country")
    assert (region_fk.ref_schema, region_fk.ref_table) == ("cat_geo", "regions")
    cust_fk = fks["orders_customer_id_fkey"]
    assert (cust_fk.columns, cust_fk.ref_schema, cust_fk.ref_table, cust_fk.ref_columns) == (
        ("customer_id",),
        "cat_sales",
        "customers",
        ("id",),
    )
    covering = {i.name: i for i in orders.indexes}["orders_customer_total"]
    assert covering.columns == ("customer_id", "total")  # INCLUDE columns are not keys
    assert not covering.unique
    assert [t.name for t, _fk in cat.referencing(regions)] == ["orders"]

    view = cat.find_table("cat_sales.big_orders")
    assert view is not None and view.kind == "view"
    assert [c.name for c in view.columns] == [c.name for c in orders.columns]
    assert view.size_bytes is None and view.row_estimate is None and view.indexes == []
    matview = cat.find_table("cat_sales.order_totals")
    assert matview is not None and matview.kind == "materialized view"
    assert [c.name for c in matview.columns] == ["customer_id", "total"]
    assert matview.size_bytes is not None

    functions = {(f.schema, f.name): f for f in cat.functions if f.schema == "cat_sales"}
    assert set(functions) == {
        ("cat_sales", "with_tax"),
        ("cat_sales", "archive"),
        ("cat_sales", "total_sum"),
    }
    with_tax = functions[("cat_sales", "with_tax")]
    assert with_tax.kind == "function"
    assert with_tax.arguments == "amount numeric, rate numeric DEFAULT 0.2"
    assert with_tax.returns == "numeric"
    assert functions[("cat_sales", "archive")].kind == "procedure"
    assert functions[("cat_sales", "archive")].arguments == "IN before date"
    assert functions[("cat_sales", "total_sum")].kind == "aggregate"


def test_catalog_of_a_foreign_table(db: Connection, catalog_schema: None) -> None:
    try:
        db.execute("CREATE EXTENSION IF NOT EXISTS postgres_fdw").close()
    except QueryError as exc:
        pytest.skip(f"postgres_fdw is not available: {exc}")
    db.execute("CREATE SERVER cat_remote FOREIGN DATA WRAPPER postgres_fdw").close()
    try:
        db.execute("CREATE FOREIGN TABLE cat_sales.remote_t (id int, label text) SERVER cat_remote").close()
        cat = db.catalog()
        remote = cat.find_table("cat_sales.remote_t")
        assert remote is not None and remote.kind == "foreign table"
        assert [c.name for c in remote.columns] == ["id", "label"]
        # functions that belong to an extension are not the user's
        assert not [f for f in cat.functions if f.name.startswith("postgres_fdw")]
    finally:
        db.execute("DROP SERVER cat_remote CASCADE").close()
        db.execute("DROP EXTENSION postgres_fdw").close()


def test_catalog_query_count_does_not_grow_with_tables(db: Connection) -> None:
    db.execute("CREATE SCHEMA cat_many").close()
    try:
        for i in range(60):
            db.execute(
                f"CREATE TABLE cat_many.t{i} (id int PRIMARY KEY, parent int REFERENCES cat_many.t0(id),"
                f" label text)"
                if i
                else "CREATE TABLE cat_many.t0 (id int PRIMARY KEY)"
            ).close()
        calls: list[str] = []
        original = db.execute

        def counting(sql: str, params: Any = None) -> Any:
            calls.append(sql)
            return original(sql, params)

        db.execute = counting  # type: ignore[method-assign]
        try:
            cat = db.catalog()
        finally:
            del db.execute
        tables = [t for t in cat.tables if t.schema == "cat_many"]
        assert len(tables) == 60
        assert all(len(t.foreign_keys) == 1 for t in tables if t.name != "t0")
        assert len(calls) <= 8
        assert all("cat_many" not in sql for sql in calls)  # no per-table SQL
    finally:
        db.execute("DROP SCHEMA cat_many CASCADE").close()


# --------------------------------------------------------------------------- COPY export
@pytest.fixture
def copy_table(db: Connection) -> Iterator[str]:
    db.execute(
        "CREATE TABLE cp_t (id int, label text, amount numeric(8,2), at timestamptz, flag bool, doc jsonb)"
    ).close()
    db.executemany(
        "INSERT INTO cp_t VALUES (%s, %s, %s, %s, %s, %s)",
        [
            (1, "plain", "1.50", "2024-01-02 03:04:05+00", True, '{"a": 1}'),
            (2, "", None, None, False, None),  # empty string versus NULL
            (3, None, "0.00", None, None, '"x"'),
            (4, 'say "hi", then\nleave', "-2.25", None, True, "[1, 2]"),
            (5, "naïve ✓", "10.00", None, False, None),
            (6, "semi;colon", "3.00", None, True, None),
        ],
    )
    yield "cp_t"
    db.execute("DROP TABLE cp_t").close()


def _export(db: Connection, sql: str, **kwargs: Any) -> tuple[int | None, bytes, int]:
    chunks: list[bytes] = []
    count = db.copy_out_csv(sql, chunks.append, **kwargs)
    return count, b"".join(chunks), len(chunks)


def test_copy_out_csv_is_exact(db: Connection, copy_table: str) -> None:
    db.execute("SET timezone = 'UTC'").close()
    count, data, _n = _export(db, "SELECT id, label, amount, at, flag, doc FROM cp_t ORDER BY id")
    assert count == 6
    assert data.decode("utf-8") == (
        "id,label,amount,at,flag,doc\n"
        '1,plain,1.50,2024-01-02 03:04:05+00,t,"{""a"": 1}"\n'
        '2,"",,,f,\n'
        '3,,0.00,,,"""x"""\n'
        '4,"say ""hi"", then\nleave",-2.25,,t,"[1, 2]"\n'
        "5,naïve ✓,10.00,,f,\n"
        "6,semi;colon,3.00,,t,\n"
    )
    parsed = list(csv.reader(io.StringIO(data.decode())))
    assert parsed[2][1] == "" and parsed[4][1] == 'say "hi", then\nleave'


def test_copy_out_csv_options(db: Connection, copy_table: str) -> None:
    count, data, _n = _export(db, "SELECT id, label FROM cp_t WHERE id IN (1, 6) ORDER BY id", header=False)
    assert count == 2 and data == b"1,plain\n6,semi;colon\n"
    count, data, _n = _export(db, "SELECT id, label FROM cp_t WHERE id IN (1, 6) ORDER BY id", delimiter=";")
    assert data == b'id;label\n1;plain\n6;"semi;colon"\n'
    _count, data, _n = _export(db, "SELECT id, label FROM cp_t WHERE id = 1", delimiter="\t")
    assert data == b"id\tlabel\n1\tplain\n"
    _count, data, _n = _export(db, "  SELECT 'it''s' AS q;  -- done\n")
    assert data == b"q\nit's\n"
    count, data, _n = _export(db, "SELECT 1 AS a WHERE false")
    assert count == 0 and data == b"a\n"
    with pytest.raises(QueryError):
        _export(db, "SELECT 1", delimiter=";;")


def test_copy_out_csv_matches_psql(db: Connection, copy_table: str, pg_url: str, tmp_path: Path) -> None:
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed")
    query = "SELECT * FROM cp_t ORDER BY id"
    target = tmp_path / "psql.csv"
    env = {**os.environ, "PGTZ": "UTC"}
    subprocess.run(
        ["psql", "-X", "-q", pg_url, "-c", f"\\copy ({query}) to '{target}' with (format csv, header)"],
        check=True,
        env=env,
        timeout=60,
    )
    db.execute("SET timezone = 'UTC'").close()
    _count, data, _n = _export(db, query)
    assert data == target.read_bytes()


def test_copy_out_csv_streams_large_results_in_chunks(db: Connection) -> None:
    count, data, pieces = _export(db, "SELECT g, md5(g::text) FROM generate_series(1, 200000) g")
    assert count == 200000
    lines = data.split(b"\n")
    assert lines[0] == b"g,md5" and lines[1].startswith(b"1,") and lines[200000].startswith(b"200000,")
    assert pieces > 10  # written as it arrives, not as one buffer
    assert max(len(p) for p in [data]) > 0


def test_copy_out_csv_errors(db: Connection, copy_table: str) -> None:
    with pytest.raises(QueryError) as err:
        _export(db, "SELECT 1; SELECT 2")
    assert "single" in str(err.value)
    sql = "SELECT nosuch FROM cp_t"
    with pytest.raises(QueryError) as err:
        _export(db, sql)
    assert err.value.sqlstate == "42703" and err.value.position == sql.index("nosuch") + 1
    with pytest.raises(QueryError) as err:
        _export(db, "  SELEC 1")
    assert err.value.position == 3
    with pytest.raises(QueryError):
        _export(db, "CREATE TABLE cp_never (id int)")
    with pytest.raises(QueryError, match="empty"):
        _export(db, " ; -- nothing\n")
    with pytest.raises(QueryError) as err:  # fails after rows were sent
        _export(db, "SELECT 1 / (150000 - g) FROM generate_series(1, 200000) g")
    assert err.value.sqlstate == "22012"
    assert rows_of(db, "SELECT count(*) FROM cp_t") == [(6,)]


def test_copy_out_csv_write_failure_leaves_the_connection_usable(db: Connection) -> None:
    calls = 0

    def broken(_chunk: bytes) -> None:
        nonlocal calls
        calls += 1
        raise BrokenPipeError("reader went away")

    with pytest.raises(BrokenPipeError):
        db.copy_out_csv("SELECT generate_series(1, 10000000)", broken)
    assert calls == 1
    assert rows_of(db, "SELECT 'ok'") == [("ok",)]


def test_copy_out_csv_can_be_cancelled(db: Connection) -> None:
    in_thread_after(0.5, db.cancel)
    with pytest.raises(QueryCancelledError):
        db.copy_out_csv("SELECT pg_sleep(30)", io.BytesIO().write)
    assert rows_of(db, "SELECT 'ok'") == [("ok",)]


# --------------------------------------------------------------------------- SQL text helper
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT 1", "SELECT 1"),
        ("SELECT 1;", "SELECT 1"),
        ("SELECT 1 ;; \n", "SELECT 1"),
        (";SELECT 1", ";SELECT 1"),
        ("SELECT 'a'';'", "SELECT 'a'';'"),
        ("SELECT ';' -- c;\n", "SELECT ';'"),
        ("SELECT $$a;b$$ /* x; */", "SELECT $$a;b$$"),
        ("SELECT $t$;$t$;", "SELECT $t$;$t$"),
        ("SELECT E'\\';' AS x;", "SELECT E'\\';' AS x"),
        ('SELECT 1 AS ";"', 'SELECT 1 AS ";"'),
        ("SELECT /* a /* nested; */ b; */ 1", "SELECT /* a /* nested; */ b; */ 1"),
    ],
)
def test_single_statement(text: str, expected: str) -> None:
    assert single_statement(text) == expected


@pytest.mark.parametrize("text", ["SELECT 1; SELECT 2", "SELECT 1; DROP TABLE x; --"])
def test_single_statement_refuses_several(text: str) -> None:
    with pytest.raises(QueryError):
        single_statement(text)


def test_infinite_dates_are_read_as_words_and_the_rest_as_dates(db: Connection) -> None:
    """Python's dates cannot hold infinity: the chunk holding one is re-read with loaders that keep
    it as text; every other chunk (and value) keeps the fast loaders and real dates."""
    import datetime as dt

    cur = db.execute(
        "SELECT g, CASE WHEN g = 1500 THEN 'infinity'::timestamptz WHEN g = 1501 THEN '-infinity' "
        "ELSE timestamptz '2024-01-01 00:00+00' + g * interval '1 second' END, "
        "CASE WHEN g = 1502 THEN 'infinity'::date ELSE date '2024-01-01' END "
        "FROM generate_series(1, 3000) g ORDER BY g"
    )
    got: list[Any] = []
    while batch := cur.fetchmany(700):
        got.extend(batch)
    cur.close()
    assert len(got) == 3000
    assert got[1499][1] == "infinity" and got[1500][1] == "-infinity" and got[1501][2] == "infinity"
    assert got[1498][1] == dt.datetime(2024, 1, 1, 0, 24, 59, tzinfo=dt.UTC)
    assert all(isinstance(r[1], dt.datetime) for i, r in enumerate(got) if i not in (1499, 1500))
    assert all(isinstance(r[2], dt.date) for i, r in enumerate(got) if i != 1501)


def test_listings_show_sizes_read_now_over_a_kept_catalog(pg_url: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """The fingerprint leaves sizes out, so a kept catalog may hold old ones: ``\\dt+`` and ``\\d`` read
    them now, as psql does."""
    from aishell.config import Settings
    from aishell.connections import Target
    from aishell.repl.app import Repl
    from aishell.services.session import Session
    from aishell.state import StateStore

    session = Session(Target(DatabaseURL.parse(pg_url), "pg", "--db"), state=StateStore(tmp_path / "state.db"))
    repl = Repl(session, Settings(), assume_yes=True)
    repl.timing = False
    try:
        repl.handle("CREATE TABLE grows (id integer PRIMARY KEY, body text)")
        repl.refresh_catalog(wait=True)
        kept = repl.catalog().find_table("grows")
        assert kept is not None and kept.size_bytes is not None
        repl.handle("INSERT INTO grows SELECT g, repeat('x', 200) FROM generate_series(1, 5000) g")
        assert repl.catalog().find_table("grows") == kept  # the snapshot is not read again
        live = session.relation_sizes([kept])
        assert live is not None and live[(kept.schema, "grows")] > kept.size_bytes * 10  # type: ignore[operator]
        from aishell.services.catalog import human_size

        capsys.readouterr()
        repl.handle("\\dt+ grows")
        listed = capsys.readouterr().out
        assert human_size(live[(kept.schema, "grows")]) in listed and human_size(kept.size_bytes) not in listed
        repl.handle("\\d grows")
        assert f"Size: {human_size(live[(kept.schema, 'grows')])}" in capsys.readouterr().out
    finally:
        session.close()
