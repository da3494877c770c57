"""``aishell advise --workload`` and unused indexes, on the workload PostgreSQL
(pg_stat_statements, hypopg) and MariaDB (performance_schema digests) recorded: a query run
many times gets the index it needs, its placeholders filled from the data, with its share of
the recorded time; an index never scanned is listed as unused, one that was scanned is not."""

from __future__ import annotations

import datetime as _dt
import json
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from recorders import mysql_ready, mysql_recorded, pg_recorded, pg_recorded_database

from aishell.cli.main import cli
from aishell.engines import connect
from aishell.services.factory import make_session
from aishell.services.workload import recorded, unused_indexes
from aishell.urls import DatabaseURL

ROWS = 20_000
#: times the load runs the query that needs an index
CALLS = 20


def _advise(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["advise", *args])
    return result.exit_code, result.stdout, result.stderr


#: the filled workload's literals: ``status = '...'`` and ``col >= '...' AND col < '...'``
_EQ = re.compile(r"status`? = '(\w+)'")
_RANGE = re.compile(r"created`? >= '([^']+)' AND `?created`? < '([^']+)'")
_LONE = re.compile(r"created`? >= '([^']+)'$")


def _literals(work_sql: list[str]) -> tuple[str, tuple[str, str], str]:
    """The status compared with ``=``, the two bounds of the range and the lone lower bound."""
    status = next(m[1] for t in work_sql if (m := _EQ.search(t)))
    bounds = next((m[1], m[2]) for t in work_sql if (m := _RANGE.search(t)))
    lone = next(m[1] for t in work_sql if (m := _LONE.search(t)))
    return status, bounds, lone


def _check_values(count: Callable[[str, tuple[Any, ...]], int], table: str, work_sql: list[str]) -> None:
    """The literals select as an application's would: a status of typical frequency (not the
    80% one that hides an index on it), a narrow date range in order that selects some rows, a
    lone bound from late in the history (the sample spans the table, not its first rows)."""
    status, (low, high), lone = _literals(work_sql)
    assert status != "delivered", work_sql
    assert 0 < count(f"SELECT count(*) FROM {table} WHERE status = %s", (status,)) < ROWS // 2
    assert low < high, (low, high)
    between = count(f"SELECT count(*) FROM {table} WHERE created >= %s AND created < %s", (low, high))
    assert 0 < between <= ROWS // 10, (low, high, between)
    after = count(f"SELECT count(*) FROM {table} WHERE created >= %s", (lone,))
    assert 0 < after <= ROWS // 4, (lone, after)


def _value_load(run: Callable[[str, tuple[Any, ...]], object], table: str) -> None:
    """The load on a values table: an equality on the skewed status, a range of dates, a lone bound."""
    for i in range(3):
        run(f"SELECT id FROM {table} WHERE status = %s", (("pending", "shipped", "cancelled")[i],))
        start = _dt.datetime(2024, 1, 2) + _dt.timedelta(hours=i)
        run(
            f"SELECT count(*) FROM {table} WHERE created >= %s AND created < %s",
            (start, start + _dt.timedelta(hours=2)),
        )
        run(f"SELECT id, created FROM {table} WHERE created >= %s", (start + _dt.timedelta(days=10),))


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="module")
def pg(pg_url: str) -> Iterator[tuple[str, str]]:
    """A database of its own (pg_stat_statements, hypopg) with one table: ``customer`` is
    filtered CALLS times and has no index; ``created`` has an index the load scans; ``note``
    has one nothing uses; a statement adds a constant to a column (cannot be sampled)."""
    import psycopg

    table = f"wl_t_{uuid.uuid4().hex[:6]}"
    with pg_recorded_database(pg_url, "aishell_wl_", hypopg=True) as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS hypopg")
            conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, customer int, created int, note text, day date, "
                         "tag text)")  # fmt: skip
            conn.execute(f"INSERT INTO {table} SELECT g, g % 400, g, 'n' || g, DATE '2024-01-01' + g % 300, 't' || g % 7 "
                         f"FROM generate_series(1, {ROWS}) g")  # fmt: skip
            conn.execute(f"CREATE INDEX {table}_created ON {table} (created)")
            conn.execute(f"CREATE INDEX {table}_note ON {table} (note)")
            conn.execute(f"ANALYZE {table}")
            for i in range(CALLS):
                conn.execute(f"SELECT * FROM {table} WHERE customer = %s", (i,)).fetchall()
            for i in range(3):
                conn.execute(f"SELECT id FROM {table} WHERE created = %s", (i + 1,)).fetchall()
                conn.execute(f"SELECT id FROM {table} WHERE tag = %s AND day > %s ORDER BY id LIMIT %s",
                             (f"t{i}", "2024-03-01", 5)).fetchall()  # fmt: skip
                conn.execute(f"SELECT customer + %s::int FROM {table} WHERE id = %s", (i, i)).fetchall()
            conn.execute("SELECT pg_stat_force_next_flush()")  # the index scans counted before the next reply
            pg_recorded(conn, table, CALLS)
            conn.execute("SELECT 1")
        yield url, table


def test_pg_index_usage_counts_scans_and_knows_keys(pg: tuple[str, str]) -> None:
    url, table = pg
    conn = connect(DatabaseURL.parse(url), read_only=True)
    try:
        usage = {u.index: u for u in conn.index_usage() or [] if u.table == table}
    finally:
        conn.close()
    assert set(usage) == {f"{table}_pkey", f"{table}_created", f"{table}_note"}
    pkey, created, note = usage[f"{table}_pkey"], usage[f"{table}_created"], usage[f"{table}_note"]
    assert pkey.primary and pkey.unique and pkey.constraint and not pkey.unused
    assert created.scans >= 3 and not created.unused
    assert note.scans == 0 and note.unused and note.size_bytes and note.size_bytes > 0
    assert note.since is not None and note.since.tzinfo is not None and note.since_what


def test_pg_advise_workload_recommends_the_recorded_query_index(pg: tuple[str, str]) -> None:
    url, table = pg
    code, out, err = _advise("--db", url, "--workload", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    workload = doc["workload"]
    hot = next(q for q in workload["queries"] if q["calls"] == CALLS)
    assert re.search(rf"FROM {table} WHERE customer = \d+$", hot["sql"]) and "$1" in hot["recorded"]
    assert 0 < hot["share"] <= 1
    assert doc["verified"] is True and doc["method"] == "hypothetical"
    rec = next(r for r in doc["recommendations"] if r["columns"] == ["customer"])
    assert rec["table"] == f"public.{table}"
    number = workload["queries"].index(hot) + 1
    assert any(h["query"] == number and h["after"] < h["before"] * 0.9 for h in rec["helps"])
    assert rec["recorded_share"] >= hot["share"]
    unused = {u["index"] for u in doc["unused"]}
    assert f"{table}_note" in unused and f"{table}_created" not in unused and f"{table}_pkey" not in unused


def test_pg_placeholders_become_typed_values_from_the_data(pg: tuple[str, str]) -> None:
    url, table = pg
    session = make_session(url, read_only=True)
    try:
        work = recorded(session, matching=table)
    finally:
        session.close()
    texts = [q.sql for q in work.queries]
    assert all("$" not in t for t in texts)
    filtered = next(t for t in texts if "tag = " in t)
    # text quoted, a date as a quoted literal the column reads, LIMIT a number
    assert re.search(r"tag = 't\d+' AND day > '\d{4}-\d\d-\d\d' ORDER BY id LIMIT \d+$", filtered), filtered
    assert any("placeholder $1 is not compared with a column" in s for s in work.skipped), work.skipped
    assert any("not a query" in s for s in work.skipped)  # CREATE INDEX, INSERT ... of the fixture
    assert sum(q.share for q in work.queries) <= 1


def test_pg_workload_text_output_and_read_only(pg: tuple[str, str]) -> None:
    url, table = pg
    result = CliRunner().invoke(cli, ["--read-only", "advise", "--db", url, "--workload", "--top", "5"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Recorded workload: ")
    assert f"{CALLS} calls" in out and "of the time]" in out
    assert "Unused existing indexes (never scanned since the counts started):" in out
    assert f"public.{table}: index {table}_note was never scanned since the " in out


def test_workload_and_sql_are_exclusive(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    code, _out, err = _advise("--db", url, "--workload", "SELECT 1")
    assert code == 2 and "either --workload or SQL" in err
    code, _out, err = _advise("--db", url, "--top", "3", "SELECT 1")
    assert code == 2 and "go with --workload" in err


def test_unused_indexes_can_be_limited_to_tables(pg: tuple[str, str]) -> None:
    url, table = pg
    session = make_session(url, read_only=True)
    try:
        info = session.catalog().find_table(table)
        assert info is not None
        found, note = unused_indexes(session.connection(), [info])
        nothing, _note = unused_indexes(session.connection(), [])
    finally:
        session.close()
    assert note is None and [u.index for u in found] == [f"{table}_note"] and nothing == []
    assert "was never scanned since the" in found[0].line


#: a values table: ``status`` skewed (80% 'delivered'), ``created`` a minute per row from 2024-01-01
_VALUES_SELECT = ("{g}, CASE WHEN {g} % 50 < 40 THEN 'delivered' WHEN {g} % 50 < 45 THEN 'shipped' "
                  "WHEN {g} % 50 < 48 THEN 'cancelled' ELSE 'pending' END, {created}")  # fmt: skip


@pytest.fixture(scope="module", params=["statistics", "pages"])
def pg_values(request: pytest.FixtureRequest, pg: tuple[str, str]) -> Iterator[tuple[str, str, bool]]:
    """A values table in the ``pg`` database, its load recorded: ANALYZEd (values from
    pg_stats), or never analyzed (autovacuum off: values from a few sampled pages)."""
    import psycopg

    url, _table = pg
    table = f"wl_v_{uuid.uuid4().hex[:6]}"
    analyzed = request.param == "statistics"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, status text, created timestamp, pad text)"
                     + ("" if analyzed else " WITH (autovacuum_enabled = false)"))  # fmt: skip
        select = _VALUES_SELECT.format(g="g", created="TIMESTAMP '2024-01-01' + g * INTERVAL '1 minute'")
        conn.execute(f"INSERT INTO {table} SELECT {select}, repeat('x', 40) FROM generate_series(1, {ROWS}) g")
        if analyzed:
            conn.execute(f"ANALYZE {table}")
        _value_load(lambda sql, params: conn.execute(sql, params).fetchall(), table)
        pg_recorded(conn, table, 3)
    yield url, table, analyzed


def test_pg_placeholders_get_typical_spread_ordered_values(pg_values: tuple[str, str, bool]) -> None:
    import psycopg

    url, table, analyzed = pg_values
    session = make_session(url, read_only=True)
    try:
        work = recorded(session, matching=table)
        stats = session.connection().query_all("SELECT count(*) FROM pg_stats WHERE tablename = %s", (table,))
    finally:
        session.close()
    assert work.queries and all("$" not in q.sql for q in work.queries), work.skipped
    assert (stats[0][0] > 0) is analyzed  # values from pg_stats, or from sampled pages
    with psycopg.connect(url, autocommit=True) as conn:

        def count(sql: str, params: tuple[Any, ...]) -> int:
            row = conn.execute(sql, params).fetchone()
            return int(row[0]) if row else 0

        _check_values(count, table, work.sql)


@pytest.mark.parametrize("pg_values", ["statistics"], indirect=True)
def test_pg_advise_workload_indexes_a_recorded_date_range(pg_values: tuple[str, str, bool]) -> None:
    url, table, _analyzed = pg_values
    code, out, err = _advise("--db", url, "--workload", "--format", "json", "--match", f"{table} WHERE created")
    assert code == 0, err
    recs = json.loads(out)["recommendations"]
    assert any(r["table"] == f"public.{table}" and r["columns"][0] == "created" for r in recs), recs


# --------------------------------------------------------------------------- MariaDB
@pytest.fixture(scope="module")
def my(mysql_url: str) -> Iterator[tuple[str, str]]:
    import pymysql

    server = urlsplit(mysql_url)
    name = f"aishell_wl_{uuid.uuid4().hex[:8]}"
    table = f"wl_m_{uuid.uuid4().hex[:6]}"
    conn = pymysql.connect(host=server.hostname, port=server.port or 3306, user="root", password="", autocommit=True)
    with conn.cursor() as cur:
        mysql_ready(cur)
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}`")
            cur.execute(f"USE `{name}`")
            cur.execute(f"CREATE TABLE {table} (id INT PRIMARY KEY, customer INT, created INT, note VARCHAR(20), "
                        f"KEY {table}_created (created), KEY {table}_note (note))")  # fmt: skip
            cur.execute(f"INSERT INTO {table} SELECT seq, seq % 400, seq, CONCAT('n', seq) FROM seq_1_to_{ROWS}")
            cur.execute(f"ANALYZE TABLE {table}")
            for i in range(CALLS):
                cur.execute(f"SELECT * FROM {table} WHERE customer = %s", (i,))
                cur.fetchall()
            for i in range(3):
                cur.execute(f"SELECT id FROM {table} WHERE created = %s", (i + 1,))
                cur.fetchall()
            mysql_recorded(cur, name, table, CALLS)
        yield f"mysql://root@{server.hostname}:{server.port}/{name}", table
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        conn.close()


def test_mariadb_advise_workload_and_unused(my: tuple[str, str]) -> None:
    url, table = my
    code, out, err = _advise("--db", url, "--workload", "--yes", "--format", "json", "--match", table)
    assert code == 0, err
    doc = json.loads(out)
    hot = next((q for q in doc["workload"]["queries"] if q["calls"] == CALLS), doc["workload"])
    assert re.search(rf"FROM `{table}` WHERE `customer` = \d+$", hot["sql"]) and "?" in hot["recorded"]
    assert doc["verified"] is True and doc["method"] == "shadow"
    recs = [r for r in doc["recommendations"] if r["columns"] == ["customer"]]
    assert len(recs) == 1, (doc["queries"], doc["notes"], doc["recommendations"])
    assert recs[0]["recorded_share"] > 0
    unused = {u["index"] for u in doc["unused"]}
    assert f"{table}_note" in unused and f"{table}_created" not in unused and "PRIMARY" not in unused
    assert all(u["since_what"] == "server start" and u["since"] for u in doc["unused"])


def test_mariadb_read_only_workload_lists_without_building(my: tuple[str, str]) -> None:
    url, table = my
    result = CliRunner().invoke(cli, ["--read-only", "advise", "--db", url, "--workload", "--match", table,
                                      "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert any(q["calls"] == CALLS for q in doc["workload"]["queries"])
    assert doc["recommendations"] == [] and doc["verified"] is False


@pytest.fixture(scope="module")
def my_values(my: tuple[str, str]) -> Iterator[tuple[str, Any]]:
    """A values table named ``events`` (a keyword: the digest text writes it ``EVENTS``, which
    this case-sensitive server does not find) in the ``my`` database, its load recorded."""
    import pymysql

    url, _table = my
    server = urlsplit(url)
    name = server.path.lstrip("/")
    conn = pymysql.connect(host=server.hostname, port=server.port or 3306, user="root", password="", database=name,
                           autocommit=True)  # fmt: skip
    try:
        with conn.cursor() as cur:
            cur.execute(
                "CREATE TABLE events (id INT PRIMARY KEY, status VARCHAR(20), created DATETIME, pad VARCHAR(40))"
            )
            select = _VALUES_SELECT.format(g="seq", created="TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq MINUTE")
            cur.execute(f"INSERT INTO events SELECT {select}, REPEAT('x', 40) FROM seq_1_to_{ROWS}")
            cur.execute("ANALYZE TABLE events")
            cur.fetchall()

            def run(sql: str, params: tuple[Any, ...]) -> object:
                cur.execute(sql, params)
                return cur.fetchall()

            _value_load(run, "events")
            mysql_recorded(cur, name, "events", 3)
        yield url, conn
    finally:
        conn.close()


def test_mariadb_workload_names_tables_as_the_catalog_and_picks_values(my_values: tuple[str, Any]) -> None:
    url, conn = my_values
    session = make_session(url, read_only=True)
    try:
        work = recorded(session, matching="events")
    finally:
        session.close()
    assert len(work.queries) == 3, work.skipped
    assert any("EVENTS" in q.recorded for q in work.queries)  # what the digest says
    assert all("FROM `events`" in q.sql and "EVENTS" not in q.sql for q in work.queries), work.sql
    with conn.cursor() as cur:
        for q in work.queries:  # each runs: the table is found
            cur.execute(q.sql)
            cur.fetchall()

        def count(sql: str, params: tuple[Any, ...]) -> int:
            cur.execute(sql, params)
            return int(cur.fetchone()[0])

        _check_values(count, "events", work.sql)


# --------------------------------------------------------------------------- no recorder
@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_engines_without_a_recorder_give_the_clear_error(engine: str, tmp_path: Path) -> None:
    url = f"{engine}:///{tmp_path / ('w.' + engine)}"
    result = CliRunner().invoke(cli, ["--create", "advise", "--db", url, "--workload"])
    assert result.exit_code == 2
    assert "records no statement statistics; pass the queries with -f FILE" in result.stderr
    conn = connect(DatabaseURL.parse(url))
    try:
        assert conn.index_usage() is None
    finally:
        conn.close()
