"""``aishell advise`` on the engines: candidates proven by the engine's planner (PostgreSQL's
hypothetical indexes with hypopg, SQLite's trial inside a rolled-back transaction), what is
already indexed, redundant indexes, and ``--apply`` only with consent."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.services.advise import advise
from aishell.services.factory import make_session

ROWS = 30_000


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["advise", *args])
    return result.exit_code, result.stdout, result.stderr


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="module")
def pg(pg_url: str) -> Iterator[str]:
    """The session's database with hypopg and three 30,000-row tables: ``adv_orders`` (no index
    but its key), ``adv_indexed`` (an index on ``customer``), ``adv_apply`` (for --apply)."""
    import psycopg

    # a database of its own: an extension and its objects must not leak into other tests' database
    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    name = f"aishell_adv_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield from _with_tables(url)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _with_tables(pg_url: str) -> Iterator[str]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS hypopg")
        for table in ("adv_orders", "adv_indexed", "adv_apply"):
            conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, customer int, created int, note text)")
            conn.execute(f"INSERT INTO {table} SELECT g, g % 100, g, 'n' || g FROM generate_series(1, {ROWS}) g")
        conn.execute("CREATE INDEX adv_indexed_customer ON adv_indexed (customer)")
        conn.execute("CREATE INDEX adv_indexed_dup ON adv_indexed (customer)")
        conn.execute("CREATE INDEX adv_indexed_cc ON adv_indexed (customer, created)")
        conn.execute("ANALYZE")
    yield pg_url


def _pg_indexes(url: str, table: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s ORDER BY 1", (table,)).fetchall()
    return [r[0] for r in rows]


def test_pg_recommends_the_filtered_column_and_its_cost_drops(pg: str) -> None:
    session = make_session(pg)
    try:
        advice = advise(session, ["SELECT * FROM adv_orders WHERE customer = 42"])
    finally:
        session.close()
    assert advice.verified and advice.method == "hypothetical"
    assert [r.candidate.columns for r in advice.recommendations] == [("customer",)]
    rec = advice.recommendations[0]
    assert rec.statement == 'CREATE INDEX CONCURRENTLY "adv_orders_customer_idx" ON "public"."adv_orders" ("customer")'
    assert len(rec.helps) == 1 and rec.helps[0].after <= rec.helps[0].before * 0.9
    assert rec.helps[0].before == advice.baseline[0]
    assert rec.size_bytes is not None and rec.size_bytes > 8192
    assert rec.indexes_on_table == 1 and "1.50x" in rec.write_note
    assert _pg_indexes(pg, "adv_orders") == ["adv_orders_pkey"]  # hypothetical: nothing was built


def test_pg_already_indexed_column_gets_no_recommendation(pg: str) -> None:
    code, out, err = _cli("--db", pg, "--format", "json", "SELECT * FROM adv_indexed WHERE customer = 42")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["recommendations"] == [] and doc["candidates"] == []
    assert any("adv_indexed (customer)" in s for s in doc["skipped"])
    kinds = {(r["index"], r["kind"], r["other"]) for r in doc["redundant"]}
    assert kinds == {("adv_indexed_dup", "duplicate", "adv_indexed_customer"),
                     ("adv_indexed_customer", "prefix", "adv_indexed_cc")}  # fmt: skip


def test_pg_composite_puts_equality_before_range(pg: str) -> None:
    code, out, err = _cli("--db", pg, "--format", "json",
                          "SELECT * FROM adv_orders WHERE customer = 42 AND created > 29000")  # fmt: skip
    assert code == 0, err
    recs = json.loads(out)["recommendations"]
    assert [r["columns"] for r in recs] == [["customer", "created"]]
    assert recs[0]["helps"][0]["after"] < recs[0]["helps"][0]["before"] * 0.9


def test_pg_workload_file_and_text_output(pg: str, tmp_path: Path) -> None:
    work = tmp_path / "work.sql"
    work.write_text("SELECT * FROM adv_orders WHERE customer = 7;\n"
                    "SELECT o.note FROM adv_orders o JOIN adv_indexed i ON i.id = o.id WHERE o.customer = 3;\n")  # fmt: skip
    code, out, err = _cli("--db", pg, "--file", str(work))
    assert code == 0, err
    assert 'CREATE INDEX CONCURRENTLY "adv_orders_customer_idx"' in out
    assert "hypothetical indexes (never built)" in out
    assert "query 1:" in out and "query 2:" in out and "size:" in out and "writes:" in out


def test_pg_apply_needs_consent(pg: str) -> None:
    query = "SELECT * FROM adv_apply WHERE customer = 5"
    code, _out, err = _cli("--db", pg, "--apply", query)
    assert code != 0 and "refused without confirmation" in err
    assert _pg_indexes(pg, "adv_apply") == ["adv_apply_pkey"]
    code, _out, err = _cli("--db", pg, "--apply", "--yes", query)
    assert code == 0, err
    assert "created: CREATE INDEX CONCURRENTLY" in err
    assert _pg_indexes(pg, "adv_apply") == ["adv_apply_customer_idx", "adv_apply_pkey"]
    # now indexed: nothing more to recommend
    code, out, err = _cli("--db", pg, "--format", "json", query)
    assert code == 0 and json.loads(out)["recommendations"] == []


def test_pg_read_only_session_creates_nothing(pg: str) -> None:
    result = CliRunner().invoke(cli, ["--read-only", "advise", "--db", pg, "--format", "json", "--apply", "--yes",
                                      "SELECT * FROM adv_orders WHERE note = 'n5'"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["verified"] is False and any("read-only" in n for n in doc["notes"])
    assert "nothing to apply" in result.stderr
    assert _pg_indexes(pg, "adv_orders") == ["adv_orders_pkey"]


@pytest.fixture()
def pg_without_hypopg(pg_url: str) -> Iterator[str]:
    import psycopg

    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    name = f"aishell_adv_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (id int PRIMARY KEY, a int)")
        conn.execute(f"INSERT INTO t SELECT g, g % 500 FROM generate_series(1, {ROWS}) g")
        conn.execute("ANALYZE t")
    yield url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_pg_without_hypopg_says_so_and_verify_real_rolls_back(pg_without_hypopg: str) -> None:
    url = pg_without_hypopg
    code, out, err = _cli("--db", url, "--format", "json", "SELECT * FROM t WHERE a = 3")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["verified"] is False and doc["recommendations"] == []
    assert [c["columns"] for c in doc["candidates"]] == [["a"]]
    assert any("hypopg" in n and "not installed" in n for n in doc["notes"])
    code, out, err = _cli("--db", url, "--verify-real", "SELECT * FROM t WHERE a = 3")
    assert code == 0, err
    assert "Candidates (not verified):" in out and "refused without confirmation" in out
    code, out, err = _cli("--db", url, "--format", "json", "--verify-real", "--yes", "SELECT * FROM t WHERE a = 3")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["verified"] is True and doc["method"] == "rollback"
    assert [r["columns"] for r in doc["recommendations"]] == [["a"]]
    assert _pg_indexes(url, "t") == ["t_pkey"]  # built inside the transaction, rolled back


# --------------------------------------------------------------------------- SQLite
@pytest.fixture()
def sqlite_db(tmp_path: Path) -> str:
    path = tmp_path / "adv.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT, c TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", ((i, i % 1000, i % 37, f"c{i % 50}") for i in range(ROWS)))
    conn.execute("CREATE INDEX t_c ON t (c)")
    conn.execute("CREATE INDEX t_c_again ON t (c)")
    conn.execute("CREATE INDEX t_c_b ON t (c, b)")
    conn.commit()
    conn.close()
    return f"sqlite:///{path}"


def _sqlite_indexes(url: str) -> list[str]:
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1")]
    finally:
        conn.close()


def test_sqlite_recommends_the_filtered_column_by_full_scans(sqlite_db: str) -> None:
    code, out, err = _cli("--db", sqlite_db, "--format", "json", "SELECT * FROM t WHERE a = 5")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["verified"] is True and doc["method"] == "rollback"
    assert "full scans" in doc["measure"] and "no costs" in doc["measure"]
    (rec,) = doc["recommendations"]
    assert rec["columns"] == ["a"] and rec["statement"] == 'CREATE INDEX "main"."t_a_idx" ON "t" ("a")'
    assert rec["helps"] == [{"query": 1, "sql": "SELECT * FROM t WHERE a = 5", "before": 1.0, "after": 0.0,
                             "gain": 1.0}]  # fmt: skip
    assert rec["size_bytes"] > 4096
    assert _sqlite_indexes(sqlite_db) == ["t_c", "t_c_again", "t_c_b"]  # the trial was rolled back


def test_sqlite_indexed_composite_and_redundant(sqlite_db: str) -> None:
    code, out, err = _cli("--db", sqlite_db, "--format", "json", "SELECT * FROM t WHERE c = 'c1'")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["recommendations"] == [] and any("(c)" in s for s in doc["skipped"])
    assert {(r["index"], r["kind"]) for r in doc["redundant"]} == {("t_c_again", "duplicate"), ("t_c", "prefix")}
    code, out, err = _cli("--db", sqlite_db, "--format", "json", "SELECT * FROM t WHERE a = 5 AND b > 3")
    assert code == 0, err
    assert [r["columns"] for r in json.loads(out)["recommendations"]] == [["a", "b"]]


def test_sqlite_apply_needs_consent(sqlite_db: str) -> None:
    code, _out, err = _cli("--db", sqlite_db, "--apply", "SELECT * FROM t WHERE a = 5")
    assert code != 0 and "refused without confirmation" in err
    assert "t_a_idx" not in _sqlite_indexes(sqlite_db)
    code, _out, err = _cli("--db", sqlite_db, "--apply", "--yes", "SELECT * FROM t WHERE a = 5")
    assert code == 0, err
    assert "t_a_idx" in _sqlite_indexes(sqlite_db)


def test_sqlite_session_confirm_callback_is_asked(sqlite_db: str) -> None:
    from aishell.errors import PolicyError
    from aishell.services.advise import apply

    asked: list[list[str]] = []

    def no(question: str, reasons: list[str]) -> bool:
        asked.append(reasons)
        return False

    session = make_session(sqlite_db, confirm=no)
    try:
        advice = advise(session, ["SELECT * FROM t WHERE a = 5"])
        with pytest.raises(PolicyError, match="cancelled"):
            apply(session, advice)
    finally:
        session.close()
    assert asked == [['CREATE INDEX "main"."t_a_idx" ON "t" ("a")']]
    assert "t_a_idx" not in _sqlite_indexes(sqlite_db)


def test_sqlite_budget_stops_the_search(sqlite_db: str) -> None:
    session = make_session(sqlite_db)
    try:
        advice = advise(session, ["SELECT * FROM t WHERE a = 5 AND b > 3"], budget=1e-6)
    finally:
        session.close()
    assert advice.recommendations == [] and len(advice.candidates) == 3
    assert any(n.startswith("the time budget ran out: 3 candidate(s) not tried") for n in advice.notes)


def test_sqlite_trial_statements_pass_the_gate(sqlite_db: str) -> None:
    """A policy without schema changes refuses the trial's CREATE INDEX before it runs."""
    from aishell.services.policy import Policy

    session = make_session(sqlite_db, policy=Policy(allow_ddl=False))
    try:
        advice = advise(session, ["SELECT * FROM t WHERE a = 5"])
    finally:
        session.close()
    assert not advice.verified and advice.recommendations == []
    assert any("refuses the trial statements" in n and "schema changes are not allowed" in n for n in advice.notes)
    assert [c.columns for c in advice.candidates] == [("a",)]
    assert _sqlite_indexes(sqlite_db) == ["t_c", "t_c_again", "t_c_b"]


# --------------------------------------------------------------------------- DuckDB
def test_duckdb_trial_is_rolled_back_and_duplicates_found(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "adv.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(f"CREATE TABLE t AS SELECT range::INT AS id, (range % 1000)::INT AS a FROM range({ROWS})")
    conn.execute("CREATE INDEX t_id ON t (id)")
    conn.execute("CREATE INDEX t_id_again ON t (id)")
    conn.close()
    code, out, err = _cli("--db", f"duckdb:///{path}", "--format", "json", "SELECT * FROM t WHERE a = 5")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["verified"] is True and doc["method"] == "rollback" and "sequential scans" in doc["measure"]
    assert doc["queries"][0]["cost"] == 1.0
    assert [r["index"] for r in doc["redundant"]] == ["t_id_again"]
    conn = duckdb.connect(str(path))
    try:
        names = sorted(r[0] for r in conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall())
    finally:
        conn.close()
    assert names == ["t_id", "t_id_again"]  # the trial index was rolled back


# --------------------------------------------------------------------------- MariaDB
def _mysql_databases(session_url: str) -> list[str]:
    from aishell.output.sink import CollectingSink

    session = make_session(session_url)
    try:
        sink = CollectingSink()
        assert session.run("SHOW DATABASES LIKE 'aishell_advise%'", sink).ok
        return [r[0] for r in sink.results[-1][1]]
    finally:
        session.close()


def test_mariadb_tries_candidates_on_a_sampled_copy(mysql_url: str) -> None:
    from aishell.output.sink import CollectingSink

    session = make_session(mysql_url)
    try:
        for sql in ("CREATE TABLE adv_m (id INT PRIMARY KEY, a INT, b INT)",
                    "INSERT INTO adv_m SELECT seq, seq % 1000, seq % 37 FROM seq_1_to_30000",
                    "CREATE INDEX adv_m_b ON adv_m (b)", "CREATE INDEX adv_m_b_a ON adv_m (b, a)",
                    "ANALYZE TABLE adv_m"):  # fmt: skip
            assert session.run(sql, CollectingSink()).ok
    finally:
        session.close()
    query = "SELECT * FROM adv_m WHERE a = 1"
    code, out, err = _cli("--db", mysql_url, query)  # no consent for the scratch copy: not verified
    assert code == 0, err
    assert "Candidates (not verified):" in out and "adv_m (a)" in out and "pass --yes" in out
    code, out, err = _cli("--db", mysql_url, "--yes", "--format", "json", query)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["verified"] is True and doc["method"] == "shadow" and "rows read" in doc["measure"]
    (rec,) = doc["recommendations"]
    assert rec["columns"] == ["a"] and rec["helps"][0]["after"] < rec["helps"][0]["before"] * 0.9
    assert rec["statement"].startswith("CREATE INDEX `adv_m_a_idx` ON ")
    assert [r["index"] for r in doc["redundant"]] == ["adv_m_b"]
    assert _mysql_databases(mysql_url) == []  # the scratch database was dropped
    session = make_session(mysql_url)
    try:
        sink = CollectingSink()
        assert session.run("SHOW INDEX FROM adv_m", sink).ok
        assert {r[2] for r in sink.results[-1][1]} == {"PRIMARY", "adv_m_b", "adv_m_b_a"}
    finally:
        session.close()
