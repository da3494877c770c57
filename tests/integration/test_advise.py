"""``aishell advise`` on the engines: candidates proven by the engine's planner (PostgreSQL's
hypothetical indexes with hypopg, SQLite's trial inside a rolled-back transaction), what is
already indexed, redundant indexes, and ``--apply`` only with consent."""

from __future__ import annotations

import itertools
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
    """The session's database with hypopg and four 30,000-row tables: ``adv_orders`` (no index
    but its key), ``adv_indexed`` (an index on ``customer``), ``adv_apply`` (for --apply),
    ``adv_items`` (no index but its key)."""
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
        conn.execute("CREATE TABLE adv_items (id int PRIMARY KEY, order_id int, product int, qty int)")
        conn.execute(f"INSERT INTO adv_items SELECT g, g, g % 500, g % 7 FROM generate_series(1, {ROWS}) g")
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


def test_pg_narrower_index_when_the_wider_saves_no_more(pg: str) -> None:
    """``created`` is unique: ``(created)`` finds the row as well as ``(created, customer)``, so
    the narrower index is recommended (the wider one is the first candidate of its shape)."""
    session = make_session(pg)
    try:
        advice = advise(session, ["SELECT * FROM adv_orders WHERE created = 500 AND customer > 3"])
    finally:
        session.close()
    assert [c.columns for c in advice.candidates][:2] == [("created", "customer"), ("created",)]
    assert [r.candidate.columns for r in advice.recommendations] == [("created",)]


def test_pg_workload_one_index_per_need_credited_with_every_query_it_serves(pg: str) -> None:
    """A workload over two tables: each table gets the one index its queries need, in the order
    equality-then-sort; the index a query's shape proposed is also measured (and credited) on
    the other queries reading its table; the primary-key lookup and the join on the key get none."""
    queries = ["SELECT * FROM adv_orders WHERE customer = 42 ORDER BY created DESC LIMIT 5",
               "SELECT * FROM adv_orders WHERE customer = 9",
               "SELECT i.qty FROM adv_items i JOIN adv_orders o ON o.id = i.order_id WHERE i.product = 17",
               "SELECT * FROM adv_orders WHERE id = 5"]  # fmt: skip
    session = make_session(pg)
    try:
        advice = advise(session, queries)
    finally:
        session.close()
    found = {(r.candidate.table, r.candidate.columns): r for r in advice.recommendations}
    assert set(found) == {("public.adv_orders", ("customer", "created")), ("public.adv_items", ("product",))}
    assert [h.query for h in found["public.adv_orders", ("customer", "created")].helps] == [0, 1]
    assert [h.query for h in found["public.adv_items", ("product",)].helps] == [2]
    assert all(h.after <= h.before * 0.9 for r in advice.recommendations for h in r.helps)


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
    # a full scan counts 1, a search through an index using one term 1/2
    assert rec["helps"] == [{"query": 1, "sql": "SELECT * FROM t WHERE a = 5", "before": 1.0, "after": 0.5,
                             "gain": 0.5}]  # fmt: skip
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


def test_sqlite_workload_keeps_chosen_indexes_and_rolls_everything_back(sqlite_db: str) -> None:
    """Several indexes on two tables: the trial keeps the chosen ones built and tries each
    candidate under a savepoint; the search term count tells (a, b) from (a); nothing stays."""
    conn = sqlite3.connect(sqlite_db.removeprefix("sqlite:///"))
    conn.execute("CREATE TABLE t2 (id INTEGER PRIMARY KEY, x INT, y INT)")
    conn.executemany("INSERT INTO t2 VALUES (?, ?, ?)", ((i, i % 300, i % 11) for i in range(ROWS)))
    conn.commit()
    conn.close()
    queries = ["SELECT * FROM t WHERE a = 5 AND b > 3", "SELECT * FROM t2 WHERE x = 7 ORDER BY y LIMIT 3",
               "SELECT * FROM t2 WHERE x = 8", "SELECT t.b FROM t JOIN t2 ON t2.id = t.a WHERE t.a = 9"]  # fmt: skip
    session = make_session(sqlite_db)
    try:
        advice = advise(session, queries)
    finally:
        session.close()
    found = {(r.candidate.table, r.candidate.columns): r for r in advice.recommendations}
    assert set(found) == {("main.t", ("a", "b")), ("main.t2", ("x", "y"))}
    assert [h.query for h in found["main.t2", ("x", "y")].helps] == [1, 2]
    assert all(r.size_bytes and r.size_bytes > 4096 for r in advice.recommendations)
    assert _sqlite_indexes(sqlite_db) == ["t_c", "t_c_again", "t_c_b"]


def test_sqlite_trials_are_reused_across_rounds(sqlite_db: str) -> None:
    """Two tables no query joins: a trial stays valid until an index is chosen on a table its
    queries read, a stale one is tried again only while it could still win, and the chosen
    indexes stay built (each candidate is built under a savepoint on top): far fewer tries than
    trying every remaining candidate in every round."""
    conn = sqlite3.connect(sqlite_db.removeprefix("sqlite:///"))
    conn.execute("CREATE TABLE t2 (id INTEGER PRIMARY KEY, x INT, y INT)")
    conn.executemany("INSERT INTO t2 VALUES (?, ?, ?)", ((i, i % 300, i % 11) for i in range(ROWS)))
    conn.commit()
    conn.close()
    queries = ["SELECT * FROM t WHERE a = 5 AND b > 3", "SELECT * FROM t2 WHERE x = 7 ORDER BY y LIMIT 3",
               "SELECT * FROM t WHERE b = 4 ORDER BY a LIMIT 2", "SELECT * FROM t2 WHERE y = 3 AND x < 5"]  # fmt: skip
    ran: list[str] = []
    session = make_session(sqlite_db)
    try:
        session.connection().raw.set_trace_callback(ran.append)
        advice = advise(session, queries)
    finally:
        session.close()
    tries = sum(1 for before, sql in itertools.pairwise(ran)
                if before.startswith("SAVEPOINT") and sql.startswith("CREATE INDEX"))  # fmt: skip
    n, rounds = len(advice.candidates), len(advice.recommendations) + 1
    assert n == 8 and len(advice.recommendations) >= 3
    assert tries < sum(n - r for r in range(rounds))  # what trying every remaining one each round takes
    assert sum(1 for sql in ran if sql == "BEGIN") == 1  # one transaction: the chosen indexes stay built
    assert _sqlite_indexes(sqlite_db) == ["t_c", "t_c_again", "t_c_b"]


def test_sqlite_measure_counts_scans_sorts_and_search_terms(sqlite_db: str) -> None:
    """A full scan or a temporary sort counts 1, a search 1 / (1 + its terms, at least one): the
    rowid is no term, a lookup by the key counts as one by one column."""
    from aishell.engines import dialect_of

    conn = sqlite3.connect(sqlite_db.removeprefix("sqlite:///"))
    conn.execute("CREATE INDEX t_a_b ON t (a, b)")
    conn.commit()
    conn.close()
    session = make_session(sqlite_db)
    try:
        conn = session.connection()
        measure = dialect_of(conn).schema.plan_measure
        plans = {sql: measure(conn.explain(sql)) for sql in (
            "SELECT * FROM t ORDER BY b", "SELECT * FROM t WHERE a = 5", "SELECT * FROM t WHERE a = 5 AND b > 3",
            "SELECT * FROM t WHERE id = 5")}  # fmt: skip
    finally:
        session.close()
    assert list(plans.values()) == [2.0, 0.5, pytest.approx(1 / 3), 0.5]


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
    # first the proof that drops each existing index inside a rolled-back transaction (refused
    # here: it is left unproven, and says so), then --apply
    assert asked == [["main.t: t_c_b", "main.t: t_c_again", "main.t: t_c"],
                     ['CREATE INDEX "main"."t_a_idx" ON "t" ("a")']]  # fmt: skip
    assert any("existing indexes not proven unused: cancelled by user" in n for n in advice.notes)
    assert advice.useless == [] and advice.hiding == ""
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
    # the proof that existing indexes are unused drops them (rolled back): refused the same way, never asked
    assert any(n.startswith("existing indexes not proven unused: schema changes are not allowed") for n in advice.notes)
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


def test_mariadb_sort_avoided_by_the_second_column(mysql_url: str) -> None:
    """Rows a filesort sorts count twice in the measure, so ``(a, b)`` beats ``(a)`` for
    ``WHERE a = ? ORDER BY b LIMIT``; the candidates are built once on the copy and tried by
    hiding the others from the planner (IGNORE INDEX)."""
    from aishell.output.sink import CollectingSink

    session = make_session(mysql_url)
    try:
        for sql in ("CREATE TABLE adv_s (id INT PRIMARY KEY, a INT, b INT, c INT)",
                    "INSERT INTO adv_s SELECT seq, seq % 1000, seq % 97, seq % 13 FROM seq_1_to_30000",
                    "ANALYZE TABLE adv_s"):  # fmt: skip
            assert session.run(sql, CollectingSink()).ok
        advice = advise(session, ["SELECT id, c FROM adv_s WHERE a = 1 ORDER BY b LIMIT 5",
                                  "SELECT id FROM adv_s WHERE a = 2"], assume_yes=True)  # fmt: skip
    finally:
        session.close()
    assert advice.verified and advice.method == "shadow"
    assert [r.candidate.columns for r in advice.recommendations] == [("a", "b")]
    assert [h.query for h in advice.recommendations[0].helps] == [0, 1]


def test_mysql_hidden_indexes_and_sorted_rows_in_the_measure() -> None:
    from aishell.engines.base import Plan
    from aishell.engines.mysql.schema import SCHEMA

    sql = "SELECT o.id FROM orders AS o JOIN items AS i ON i.order_id = o.id WHERE o.customer = 3"
    hidden = SCHEMA.hide_indexes_sql(sql, {"orders": ["ix_a", "ix_b"]})
    assert hidden == ("SELECT o.id FROM orders AS o IGNORE INDEX (ix_a, ix_b) JOIN items AS i "
                      "ON i.order_id = o.id WHERE o.customer = 3")  # fmt: skip
    assert SCHEMA.hide_indexes_sql(sql, {"other": ["ix"]}) == sql
    table = {"table_name": "t", "access_type": "ref", "rows": 24, "filtered": 100}
    sorted_plan = {"query_block": {"nested_loop": [{"read_sorted_file": {"filesort": {"table": table}}}]}}
    assert SCHEMA.plan_measure(Plan("", sorted_plan)) == 48
    assert SCHEMA.plan_measure(Plan("", {"query_block": {"nested_loop": [{"table": table}]}})) == 24


def test_benchmark_smoke_run_on_sqlite(tmp_path: Path) -> None:
    """bench/advise_workload.py end to end at a small size (its figures, at 1,200,000 rows, are
    in bench/README.md): the 14 declared indexes are built, dropped and scored."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "bench" / "advise_workload.py"
    r = subprocess.run([sys.executable, str(script), "--engine", "sqlite", "--rows", "3000", "--repeat", "1",
                        "--sqlite-file", str(tmp_path / "bench.sqlite")], capture_output=True, text=True,
                       timeout=300, check=False)  # fmt: skip
    assert r.returncode == 0, r.stderr + r.stdout
    row = next(line for line in r.stdout.splitlines() if line.startswith("| SQLite |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[:3] == ["SQLite", "file (-f)", "14"] and int(cells[3]) >= 7
    assert not (tmp_path / "bench.sqlite").exists()  # dropped at the end


# --------------------------------------------------------------------------- existing indexes the queries do not need
HIDE_QUERIES = ["SELECT * FROM adv_hide WHERE a = 5", "SELECT id, c FROM adv_hide WHERE a = 7 AND c > 3"]
HIDE_SQL = "; ".join(HIDE_QUERIES)


def _pg_snapshot(url: str) -> list[tuple[object, ...]]:
    """Every relation of the public schema with its oid and file, and every index definition."""
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT c.relname, c.oid::bigint, c.relfilenode::bigint, c.relkind, "
                            "pg_get_indexdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = 'public' ORDER BY 1").fetchall()  # fmt: skip
    return [tuple(r) for r in rows]


def test_pg_existing_index_proven_unused_by_a_rolled_back_drop(pg: str) -> None:
    """One index the queries use (a), one they do not (b), one serving a foreign key only (p),
    a unique one (never checked).  With hypopg >= 1.4 each is hidden from the session's planner;
    with an older one the proof needs --verify-real and consent, and drops each inside a
    transaction that is rolled back: the DROP statements are shown, and the server is unchanged."""
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute("CREATE TABLE adv_hide_parent (id int PRIMARY KEY)")
        conn.execute("INSERT INTO adv_hide_parent SELECT g FROM generate_series(1, 50) g")
        conn.execute("CREATE TABLE adv_hide (id int PRIMARY KEY, a int, b int, c int UNIQUE, "
                     "p int REFERENCES adv_hide_parent (id))")  # fmt: skip
        conn.execute(
            f"INSERT INTO adv_hide SELECT g, g % 1000, g % 37, g, 1 + g % 50 FROM generate_series(1, {ROWS}) g"
        )
        for sql in ("CREATE INDEX adv_hide_a ON adv_hide (a)", "CREATE INDEX adv_hide_b ON adv_hide (b)",
                    "CREATE INDEX adv_hide_p ON adv_hide (p)", "ANALYZE adv_hide"):  # fmt: skip
            conn.execute(sql)
        version = conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'hypopg'").fetchone()
    hides = version is not None and tuple(int(p) for p in str(version[0]).split(".")[:2]) >= (1, 4)
    before = _pg_snapshot(pg)
    code, out, err = _cli("--db", pg, "--format", "json", *HIDE_QUERIES[:1])
    assert code == 0, err
    doc = json.loads(out)
    if not hides:  # no hypopg_hide_index(): not proven without --verify-real
        assert doc["useless"] == [] and doc["hiding"] is None
        assert any("cannot hide an index (hypopg_hide_index() came in 1.4)" in n and "--verify-real" in n
                   for n in doc["notes"])  # fmt: skip
        code, out, err = _cli("--db", pg, "--format", "json", "--verify-real", "--yes", *HIDE_QUERIES[:1])
        assert code == 0, err
        doc = json.loads(out)
    assert doc["hiding"] == ("session" if hides else "rollback")
    useless = {u["index"]: u for u in doc["useless"]}
    assert set(useless) == {"adv_hide_b", "adv_hide_p"}
    assert useless["adv_hide_b"]["statement"] == 'DROP INDEX "public"."adv_hide_b"'
    assert useless["adv_hide_b"]["queries_checked"] == [1] and useless["adv_hide_b"]["caveats"] == []
    assert "foreign key (p) to adv_hide_parent" in useless["adv_hide_p"]["caveats"][0]
    (used,) = doc["used_indexes"]
    assert used["index"] == "adv_hide_a" and used["used_by"][0]["without"] > used["used_by"][0]["with"]
    assert doc["not_checked"] == []
    assert _pg_snapshot(pg) == before  # nothing dropped, rebuilt or left behind


def test_pg_hide_statements() -> None:
    from aishell.engines.postgres.schema import SCHEMA

    assert SCHEMA.hide_index_sql("ix", "public.t") == """SELECT hypopg_hide_index('"public"."ix"'::regclass)"""
    assert SCHEMA.unhide_indexes_sql == "SELECT hypopg_unhide_all_indexes()"
    assert SCHEMA.drop_existing_index_sql("ix", "s.t") == 'DROP INDEX "s"."ix"'


def _mysql_rows(url: str, sql: str) -> list[tuple[object, ...]]:
    from aishell.output.sink import CollectingSink

    session = make_session(url)
    try:
        sink = CollectingSink()
        assert session.run(sql, sink).ok
        return [tuple(r) for r in sink.results[-1][1]]
    finally:
        session.close()


def test_mariadb_existing_index_proven_unused_by_ignore_index(mysql_url: str) -> None:
    """IGNORE INDEX in the planned query, on the real table, without consent (nothing is built
    or changed: no scratch copy, no IGNORED index); the live, reversible trial is shown."""
    from aishell.output.sink import CollectingSink

    session = make_session(mysql_url)
    try:
        for sql in ("CREATE TABLE adv_hide (id INT PRIMARY KEY, a INT, b INT, c INT, UNIQUE KEY adv_hide_c (c))",
                    "INSERT INTO adv_hide SELECT seq, seq % 1000, seq % 37, seq FROM seq_1_to_5000",
                    "CREATE INDEX adv_hide_a ON adv_hide (a)", "CREATE INDEX adv_hide_b ON adv_hide (b)",
                    "ANALYZE TABLE adv_hide"):  # fmt: skip
            assert session.run(sql, CollectingSink()).ok
    finally:
        session.close()
    shape = ("SELECT INDEX_NAME, COLUMN_NAME, NON_UNIQUE, IGNORED FROM information_schema.STATISTICS "
             "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'adv_hide' ORDER BY 1, 2")  # fmt: skip
    before = _mysql_rows(mysql_url, shape)
    code, out, err = _cli("--db", mysql_url, "--format", "json", HIDE_SQL)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["hiding"] == "hint"
    (useless,) = doc["useless"]
    assert useless["index"] == "adv_hide_b" and useless["queries_checked"] == [1, 2]
    assert useless["statement"].startswith("DROP INDEX `adv_hide_b` ON ") and useless["statement"].endswith(
        "`adv_hide`"
    )
    assert useless["try_live"][0].endswith("ALTER INDEX `adv_hide_b` IGNORED")
    assert useless["try_live"][1].endswith("ALTER INDEX `adv_hide_b` NOT IGNORED")
    assert [u["index"] for u in doc["used_indexes"]] == ["adv_hide_a"]
    assert [q["query"] for q in doc["used_indexes"][0]["used_by"]] == [1, 2]
    code, out, err = _cli("--db", mysql_url, HIDE_SQL)
    assert code == 0, err
    assert "Not used by these queries (proven by planning without them" in out
    assert "ALTER INDEX `adv_hide_b` IGNORED" in out and "adv_hide_a" not in out.split("Not used by")[1]
    assert _mysql_rows(mysql_url, shape) == before and all(r[3] == "NO" for r in before)
    assert _mysql_databases(mysql_url) == []


def test_mysql_hint_on_the_real_table() -> None:
    from aishell.engines.mysql.schema import SCHEMA

    assert (SCHEMA.hide_indexes_sql("SELECT * FROM db.t WHERE a = 1", {"t": ["ix"]})
            == "SELECT * FROM db.t IGNORE INDEX (ix) WHERE a = 1")  # fmt: skip


@pytest.fixture()
def sqlite_hide(tmp_path: Path) -> str:
    path = tmp_path / "hide.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE adv_hide (id INTEGER PRIMARY KEY, a INT, b INT, c INT UNIQUE)")
    conn.executemany("INSERT INTO adv_hide VALUES (?, ?, ?, ?)", ((i, i % 1000, i % 37, i) for i in range(3000)))
    conn.execute("CREATE INDEX adv_hide_b ON adv_hide (b)")
    conn.execute("CREATE INDEX adv_hide_a ON adv_hide (a)")  # listed first: dropped first, while the plans
    conn.commit()  # of the queries' own texts are still cached (the rollback of a drop expires them)
    conn.close()
    return f"sqlite:///{path}"


def _sqlite_schema(url: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return [tuple(r) for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 2")]
    finally:
        conn.close()


def test_sqlite_existing_index_proven_unused_by_a_rolled_back_drop(sqlite_hide: str) -> None:
    """Each existing index is dropped inside the trial transaction (asks first) and the queries
    planned again with new texts (a cached plan of the same text would still use the index: the
    used index would then look unused); everything is rolled back."""
    before = _sqlite_schema(sqlite_hide)
    code, out, err = _cli("--db", sqlite_hide, "--format", "json", HIDE_SQL)
    assert code == 0, err
    doc = json.loads(out)  # no consent: not proven, and said so
    assert doc["useless"] == [] and any("not proven unused: refused without confirmation" in n for n in doc["notes"])
    ran: list[str] = []
    session = make_session(sqlite_hide)
    try:
        session.connection().raw.set_trace_callback(ran.append)
        advice = advise(session, HIDE_QUERIES, assume_yes=True)
        again = advise(session, HIDE_QUERIES, assume_yes=True)  # the same connection: its cached statements
    finally:
        session.close()
    for result in (advice, again):
        assert result.hiding == "rollback" and result.not_checked == []
        assert [(u.index, u.statement, u.queries) for u in result.useless] == [
            ("adv_hide_b", 'DROP INDEX "main"."adv_hide_b"', (0, 1))]  # fmt: skip
        assert [u.index for u in result.used] == ["adv_hide_a"]
    assert sum(1 for sql in ran if sql.startswith("DROP INDEX")) == 4 and "COMMIT" not in ran
    assert _sqlite_schema(sqlite_hide) == before
    code, out, err = _cli("--db", sqlite_hide, "--yes", HIDE_SQL)
    assert code == 0, err
    assert 'DROP INDEX "main"."adv_hide_b";  -- main.adv_hide (b), queries 1, 2 checked' in out
    assert "dropped inside a transaction that was rolled back" in out


def test_sqlite_tiny_budget_leaves_existing_indexes_not_checked(sqlite_hide: str) -> None:
    session = make_session(sqlite_hide)
    try:
        advice = advise(session, HIDE_QUERIES, budget=1e-6, assume_yes=True)
    finally:
        session.close()
    assert advice.useless == [] and advice.used == []
    assert sorted(advice.not_checked) == ["main.adv_hide: index adv_hide_a: the time budget ran out",
                                          "main.adv_hide: index adv_hide_b: the time budget ran out"]  # fmt: skip
    code, out, err = _cli("--db", sqlite_hide, "--yes", "--budget", "0.000001", HIDE_SQL)
    assert code == 0, err
    assert "Existing indexes not checked (2):" in out and "the time budget ran out" in out


def test_duckdb_existing_index_checked_by_a_rolled_back_drop(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "hide.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute(f"CREATE TABLE t AS SELECT range::INT AS id, (range % 1000)::INT AS a FROM range({ROWS})")
    conn.execute("CREATE INDEX t_id ON t (id)")
    conn.close()
    session = make_session(f"duckdb:///{path}")
    try:
        advice = advise(session, ["SELECT * FROM t WHERE a = 5"], assume_yes=True)
    finally:
        session.close()
    assert advice.hiding == "rollback" and [u.statement for u in advice.useless] == ['DROP INDEX "main"."t_id"']
    conn = duckdb.connect(str(path))
    try:
        assert [r[0] for r in conn.execute("SELECT index_name FROM duckdb_indexes()").fetchall()] == ["t_id"]
    finally:
        conn.close()


def test_budget_share_kept_for_existing_indexes(sqlite_hide: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The search for new indexes stops at 1 - HIDE_SHARE of the budget when existing indexes
    are to be checked (the proof has the rest, and what the search leaves); with none to check,
    the search has it all."""
    from aishell.services import advise as service

    deadlines: dict[str, float] = {}
    search, prove = service._search_candidates, service.prove_unused

    def record(name: str, real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            deadlines[name] = kwargs["deadline"]
            return real(*args, **kwargs)

        return wrapper

    conn = sqlite3.connect(sqlite_hide.removeprefix("sqlite:///"))
    conn.execute("CREATE TABLE adv_plain (id INTEGER PRIMARY KEY, x INT UNIQUE)")  # no index to check
    conn.commit()
    conn.close()
    monkeypatch.setattr(service, "_search_candidates", record("search", search))
    monkeypatch.setattr(service, "prove_unused", record("prove", prove))
    session = make_session(sqlite_hide)
    try:
        advise(session, HIDE_QUERIES, budget=100.0, assume_yes=True)
        assert deadlines["prove"] - deadlines["search"] == pytest.approx(100.0 * service.HIDE_SHARE)
        advise(session, ["SELECT * FROM adv_plain WHERE x = 3"], budget=100.0, assume_yes=True)
        assert deadlines["prove"] - deadlines["search"] == pytest.approx(0.0)
    finally:
        session.close()


@pytest.mark.parametrize("names", [True, False], ids=["plan-names", "measure-only"])
def test_equal_indexes_only_one_is_unused(sqlite_hide: str, mysql_url: str, names: bool,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Of two equal indexes the planner takes either: each alone looks unneeded.  The one the
    plan reads through is used; and where the plan does not name its indexes (``measure-only``)
    the unused ones are still proven together (each try on top of those already found unused),
    so one of the pair is reported and the other is used.  SQLite (rolled-back drops kept under
    the next savepoints) and MariaDB (IGNORE INDEX naming every index found unused)."""
    from aishell.output.sink import CollectingSink
    from aishell.services import advise as service

    if not names:
        measure = service._Hider.plan_and_indexes
        monkeypatch.setattr(service._Hider, "plan_and_indexes", lambda self, sql: (measure(self, sql)[0], set()))

    conn = sqlite3.connect(sqlite_hide.removeprefix("sqlite:///"))
    conn.execute("CREATE INDEX adv_hide_a_again ON adv_hide (a)")
    conn.commit()
    conn.close()
    twice = f"adv_twice_{'names' if names else 'measure'}"  # the MariaDB database lives for the whole run
    session = make_session(mysql_url)
    try:
        for sql in (f"CREATE TABLE {twice} (id INT PRIMARY KEY, a INT, b INT)",
                    f"INSERT INTO {twice} SELECT seq, seq % 1000, seq % 37 FROM seq_1_to_5000",
                    f"CREATE INDEX {twice}_a ON {twice} (a)", f"CREATE INDEX {twice}_a_again ON {twice} (a)",
                    f"ANALYZE TABLE {twice}"):  # fmt: skip
            assert session.run(sql, CollectingSink()).ok
    finally:
        session.close()
    for url, table, query in ((sqlite_hide, "adv_hide", HIDE_QUERIES[0]),
                              (mysql_url, twice, f"SELECT * FROM {twice} WHERE a = 5")):  # fmt: skip
        session = make_session(url)
        try:
            advice = advise(session, [query], assume_yes=True)
        finally:
            session.close()
        pair = {f"{table}_a", f"{table}_a_again"}
        assert len([u for u in advice.useless if u.index in pair]) == 1, advice.useless
        assert len([u for u in advice.used if u.index in pair]) == 1, advice.used
