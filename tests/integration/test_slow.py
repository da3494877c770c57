"""``aishell slow`` and the MCP ``slow_queries`` tool on the engines' recorders: PostgreSQL's
pg_stat_statements and MariaDB's performance_schema statement digests.  Each engine gets a
database of its own with uniquely named tables and a known load (a query run a known number of
times).  The recorders are never reset; a full MariaDB digest table is emptied first
(``recorders.mysql_ready``)."""

from __future__ import annotations

import json
import shlex
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from recorders import mysql_ready, mysql_recorded, pg_recorded, pg_recorded_database

from aishell.cli.main import cli

#: how many times the load runs each query (distinct counts, so the order by calls is known)
HOT_CALLS, WARM_CALLS = 23, 7
#: rows of the tables (a = g % 50: each value of ``a`` has rows / 50 rows)
PG_ROWS, MY_ROWS = 2000, 500


def _slow(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["slow", *args])
    return result.exit_code, result.stdout, result.stderr


def _mine(doc: dict[str, Any], table: str) -> list[dict[str, Any]]:
    return [s for s in doc["statements"] if table in s["query"].lower()]












# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def pg(pg_url: str) -> Iterator[tuple[str, str, int]]:
    """A database of its own with pg_stat_statements, one table and its load: the hot query
    (``a = $1``) run HOT_CALLS times, the warm one (``id = $1``) WARM_CALLS times (the query without constants
    runs in its own test)."""
    import psycopg

    table = f"slow_t_{uuid.uuid4().hex[:6]}"
    with pg_recorded_database(pg_url, "aishell_slow_") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, a int, b text)")
            conn.execute(f"INSERT INTO {table} SELECT g, g % 50, 'b' || g FROM generate_series(1, {PG_ROWS}) g")
            for i in range(HOT_CALLS):
                conn.execute(f"SELECT * FROM {table} WHERE a = %s", (i,)).fetchall()
            for i in range(WARM_CALLS):
                conn.execute(f"SELECT b FROM {table} WHERE id = %s", (i,)).fetchall()
            pg_recorded(conn, table, HOT_CALLS)
        yield url, table, PG_ROWS


@pytest.fixture(scope="module")
def my(mysql_url: str) -> Iterator[tuple[str, str, int]]:
    """A database of its own on MariaDB with the same load."""
    import pymysql

    server = urlsplit(mysql_url)
    name = f"aishell_slow_{uuid.uuid4().hex[:8]}"
    table = f"slow_m_{uuid.uuid4().hex[:6]}"
    conn = pymysql.connect(host=server.hostname, port=server.port or 3306, user="root", password="", autocommit=True)
    with conn.cursor() as cur:
        mysql_ready(cur)
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}`")
            cur.execute(f"USE `{name}`")
            cur.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, a int, b varchar(20))")
            rows = [(g, g % 50, f"b{g}") for g in range(1, MY_ROWS + 1)]
            cur.executemany(f"INSERT INTO {table} VALUES (%s, %s, %s)", rows)
            for i in range(HOT_CALLS):
                cur.execute(f"SELECT * FROM {table} WHERE a = %s", (i,))
                cur.fetchall()
            for i in range(WARM_CALLS):
                cur.execute(f"SELECT b FROM {table} WHERE id = %s", (i,))
                cur.fetchall()
            mysql_recorded(cur, name, table, HOT_CALLS)
        yield f"mysql://root@{server.hostname}:{server.port}/{name}", table, MY_ROWS
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        conn.close()


@pytest.fixture(params=["postgres", "mysql"])
def recorded(request: pytest.FixtureRequest) -> tuple[str, str, int]:
    return request.getfixturevalue("pg" if request.param == "postgres" else "my")  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- slow
def test_slow_lists_the_load_with_its_calls_and_next_command(recorded: tuple[str, str, int]) -> None:
    url, table, rows = recorded
    code, out, err = _slow("--db", url, "-F", "json", "--top", "50", "--match", table)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["order"] == "total"
    mine = _mine(doc, table)
    by_calls = {s["calls"]: s for s in mine}
    hot, warm = by_calls[HOT_CALLS], by_calls[WARM_CALLS]
    assert " a = " in hot["query"].replace("`", "") and ("$1" in hot["query"] or "?" in hot["query"])
    assert hot["next"] == warm["next"] == "aishell advise --workload"
    assert hot["total_ms"] > 0 and abs(hot["mean_ms"] * HOT_CALLS - hot["total_ms"]) < hot["total_ms"] * 0.01
    assert hot["rows"] == HOT_CALLS * rows // 50 and warm["rows"] == WARM_CALLS - 1  # (no row has id 0)
    totals = [s["total_ms"] for s in doc["statements"]]
    assert totals == sorted(totals, reverse=True)
    assert all(0 <= s["share"] <= 1 for s in doc["statements"])


def test_slow_orders_by_calls_and_limits(recorded: tuple[str, str, int]) -> None:
    url, table, _rows = recorded
    code, out, err = _slow("--db", url, "-F", "json", "--order", "calls", "--top", "50", "--match", table)
    assert code == 0, err
    calls = [s["calls"] for s in json.loads(out)["statements"]]
    assert calls == sorted(calls, reverse=True) and HOT_CALLS in calls and WARM_CALLS in calls
    assert calls.index(HOT_CALLS) < calls.index(WARM_CALLS)
    code, out, err = _slow("--db", url, "-F", "json", "--order", "calls", "--top", "1", "--match", table)
    assert code == 0, err
    assert [s["calls"] for s in json.loads(out)["statements"]] == [max(calls)]


def test_slow_text_table_and_read_only(recorded: tuple[str, str, int]) -> None:
    url, table, _rows = recorded
    result = CliRunner().invoke(cli, ["--read-only", "slow", "--db", url, "--match", table, "--order", "mean"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Top ") and "by mean time" in out
    header = next(line for line in out.splitlines() if line.startswith("#"))
    assert header.split() == ["#", "total", "mean", "calls", "rows", "share", "query"]
    assert "next: aishell advise --workload" in out
    assert table in out.lower()


def test_pg_statement_without_constants_suggests_explain(pg: tuple[str, str, int]) -> None:
    import psycopg

    url, table, _rows = pg
    # run here, not in the fixture: a statement called twice is the first pg_stat_statements evicts when the
    # rest of the suite fills its table (pg_stat_statements.max) between the fixture and this test
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(2):
            conn.execute(f"SELECT count(*) FROM {table}").fetchall()
    code, out, err = _slow("--db", url, "-F", "json", "--match", f"count(*) from {table}")
    assert code == 0, err
    (entry,) = json.loads(out)["statements"]
    assert entry["calls"] == 2
    assert entry["next"] == f"aishell explain 'SELECT count(*) FROM {table}'"


def test_pg_without_the_extension_says_what_to_run(pg_url: str) -> None:
    import psycopg

    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    name = f"aishell_slow_{uuid.uuid4().hex[:8]}"  # a database of its own: no test created the extension in it
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        code, _out, err = _slow("--db", pg_url.rsplit("/", 1)[0] + "/" + name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert code == 2
    assert "pg_stat_statements is not created in database" in err and "CREATE EXTENSION pg_stat_statements" in err


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_engines_without_a_recorder_say_so(engine: str, tmp_path: Path) -> None:
    url = f"{engine}:///{tmp_path / ('x.' + engine)}"
    result = CliRunner().invoke(cli, ["--create", "slow", "--db", url])
    assert result.exit_code == 2
    assert "records no statement statistics; pass the queries with -f FILE" in result.stderr


def test_bad_arguments_are_usage_errors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    code, _out, err = _slow("--db", url, "--order", "bogus")
    assert code == 2 and "bogus" in err
    code, _out, err = _slow("--db", url, "--top", "0")
    assert code == 2 and "at least 1" in err


def test_mariadb_slow_log_table_groups_statements_by_normalised_text(my: tuple[str, str, int]) -> None:
    """Without performance_schema the slow log (written to a table) is read instead: entries with
    different literals group into one statement.  The log goes to the table for this test only;
    only this test's session logs every statement (its own long_query_time); both are set back."""
    import pymysql

    from aishell.engines import connect
    from aishell.engines.mysql.stats import slow_log_stats
    from aishell.urls import DatabaseURL

    url, table, _rows = my
    server = urlsplit(url)
    admin = pymysql.connect(host=server.hostname, port=server.port or 3306, user="root", password="", autocommit=True)
    with admin.cursor() as cur:
        cur.execute("SELECT @@global.log_output, @@global.slow_query_log")
        saved, was_on = cur.fetchone()
        if "TABLE" not in str(saved).upper():
            cur.execute("SET GLOBAL log_output = %s", (f"{saved},TABLE",))
        cur.execute("SET GLOBAL slow_query_log = 1")  # (the global long_query_time stays as it was)
    try:
        with admin.cursor() as cur:
            cur.execute(f"USE `{server.path.lstrip('/')}`")
            cur.execute("SET SESSION slow_query_log = 1, long_query_time = 0")
            for i in range(5):
                cur.execute(f"SELECT b FROM {table} WHERE a = {i} AND b <> 'x # {i}'")  # literals on purpose
                cur.fetchall()
            cur.execute("SET SESSION slow_query_log = 0")
        conn = connect(DatabaseURL.parse(url), read_only=True)
        try:
            found = slow_log_stats(conn, order="calls", limit=5, matching=table)
        finally:
            conn.close()
    finally:
        with admin.cursor() as cur:
            cur.execute("SET GLOBAL log_output = %s", (saved,))
            cur.execute("SET GLOBAL slow_query_log = %s", (int(was_on),))
        admin.close()
    (entry,) = [s for s in found if s.query.startswith("SELECT b FROM")]
    assert entry.query == f"SELECT b FROM {table} WHERE a = ? AND b <> ?"
    assert entry.calls == 5 and entry.rows == 5 * (MY_ROWS // 50) and entry.total_ms >= 0
    assert entry.first_seen is not None and entry.last_seen is not None and entry.first_seen <= entry.last_seen
    assert len(entry.fingerprint) == 32


def test_slow_log_text_is_normalised_as_digests_are() -> None:
    from aishell.engines.mysql.stats import normalise

    text = (
        "SELECT * FROM `t1` WHERE a = 12 AND b = 'x # y' -- note\n AND c IN (1, 2,3) /* hi */ AND d > 1.5e3 LIMIT 10;"
    )
    assert normalise(text) == "SELECT * FROM `t1` WHERE a = ? AND b = ? AND c IN (?) AND d > ? LIMIT ?"
    assert normalise("select n from seq_1_to_100 where n = 0x1F") == "select n from seq_1_to_100 where n = ?"


def test_the_next_command_follows_the_statement_kind() -> None:
    from aishell.services.workload import next_command

    assert next_command("select * from t where a = $1", "postgres") == "aishell advise --workload"
    assert next_command("delete from t where a = $1", "postgres") == "aishell advise --workload"
    assert next_command("SELECT * FROM `t` WHERE `a` IN (...)", "mysql") == "aishell advise --workload"
    quoted = "select count(*) from t where b = 'it''s'"
    assert shlex.split(next_command(quoted, "postgres")) == ["aishell", "explain", quoted]  # one shell word
    assert next_command("create index i on t (a)", "postgres") == ""
    assert next_command("insert into t values ($1)", "postgres") == ""


# --------------------------------------------------------------------------- MCP
def test_mcp_slow_queries_is_read_only_and_audited(pg: tuple[str, str, int]) -> None:
    from aishell.mcp.tools import Toolbox, ToolFailure, open_connections, resolve_specs
    from aishell.state import StateStore

    url, table, _rows = pg
    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([url]), state=state), state=state)
    try:
        assert next(iter(box.connections.values())).mode == "read-only"
        doc = box.slow_queries(top=50, order="calls")
        mine = [s for s in doc["statements"] if table in s["query"]]
        assert {HOT_CALLS, WARM_CALLS} <= {s["calls"] for s in mine}
        calls = [s["calls"] for s in doc["statements"]]
        assert calls == sorted(calls, reverse=True) and doc["row_count"] == len(calls)
        with pytest.raises(ToolFailure, match="unknown order"):
            box.slow_queries(order="bogus")
    finally:
        box.close()
    from aishell.audit.log import audit_path
    from aishell.audit.query import iter_entries

    rows = [(e.get("action"), e.get("outcome")) for e in iter_entries(audit_path()) if e.get("action") == "slow_queries"]
    assert rows == [("slow_queries", "ok"), ("slow_queries", "error")]
