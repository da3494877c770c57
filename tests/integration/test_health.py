"""``aishell health`` on the real servers: each check is shown the condition it looks for (an idle
transaction, a lock chain, a long query, an unindexed foreign key, a sequence near its end, a
corrupt index ...), must find it with the right severity, and must stop reporting it once the
condition is fixed.  Sessions are read-only throughout (the CLI's and MCP's are too); the
thresholds are set low so that nothing waits."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import polling
from aishell.cli.main import cli
from aishell.config import HealthSettings
from aishell.engines.health import CRITICAL, INFO, WARNING, Waiter, lock_chains
from aishell.services.factory import make_session
from aishell.services.health import EXIT_CRITICAL, EXIT_WARNING, Finding, Report, check_health

#: every threshold far away: a check reports only what a test lowers its threshold for
QUIET = HealthSettings(
    long_query_warning=1e6,
    long_query_critical=1e6,
    idle_in_transaction_warning=1e6,
    idle_in_transaction_critical=1e6,
    blocked_warning=1e6,
    blocked_critical=1e6,
)


def health(url: str, checks: list[str], **limits: float) -> Report:
    session = make_session(url, read_only=True)
    try:
        return check_health(session, checks=checks, settings=replace(QUIET, **limits))
    finally:
        session.close()


def found(report: Report, check: str, needle: str) -> list[Finding]:
    """The findings of ``check`` whose object or text names ``needle``."""
    result = report.result(check)
    assert result is not None and result.ran, result
    return [f for f in result.findings if needle in (f.object or "") or needle in f.found]


#: every 0.15 s: InnoDB refreshes its INNODB_TRX / lock-wait views only when they were not read for 0.1 s, so
#: faster polling keeps reading the stale view
until = partial(polling.until, timeout=3.0, every=0.15)


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="module")
def pg(pg_url: str) -> Iterator[str]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE h7_parent (id int PRIMARY KEY)")
        conn.execute("CREATE TABLE h7_child (id int PRIMARY KEY, parent_id int REFERENCES h7_parent (id))")
        conn.execute("CREATE TABLE h7_locked (id int PRIMARY KEY, v int)")
        conn.execute("INSERT INTO h7_locked VALUES (1, 0)")
    yield pg_url


def _admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True)


def test_pg_idle_in_transaction_is_found_and_goes_when_it_ends(pg: str) -> None:
    import psycopg

    with psycopg.connect(pg) as idle:  # not autocommit: the SELECT opens a transaction that stays open
        idle.execute("SELECT 1")
        pid = f"pid {idle.info.backend_pid}"
        report = until(
            lambda: found(
                health(pg, ["idle_in_transaction"], idle_in_transaction_warning=0), "idle_in_transaction", pid
            ),
            "the session shows as idle in transaction",
        )
        (finding,) = report
        assert finding.severity == WARNING and "idle in transaction" in finding.found
        assert finding.fix is not None and f"pg_terminate_backend({idle.info.backend_pid})" in finding.fix
        critical = health(pg, ["idle_in_transaction"], idle_in_transaction_warning=0, idle_in_transaction_critical=0)
        assert [f.severity for f in found(critical, "idle_in_transaction", pid)] == [CRITICAL]
        idle.rollback()
        assert not found(health(pg, ["idle_in_transaction"], idle_in_transaction_warning=0), "idle_in_transaction", pid)


@pytest.fixture
def pg_lock_chain(pg: str) -> Iterator[tuple[int, list[int]]]:
    """A session holding a row lock, idle in its transaction, and two sessions queued behind it."""
    import psycopg

    holder = psycopg.connect(pg)
    waiters = [psycopg.connect(pg, autocommit=True) for _ in range(2)]
    threads: list[threading.Thread] = []
    try:
        holder.execute("UPDATE h7_locked SET v = v + 1 WHERE id = 1")
        for conn in waiters:
            thread = threading.Thread(
                target=conn.execute, args=("UPDATE h7_locked SET v = v + 1 WHERE id = 1",), daemon=True
            )
            thread.start()
            threads.append(thread)
        pids = [c.info.backend_pid for c in waiters]
        with _admin(pg) as admin:
            until(
                lambda: all(
                    admin.execute("SELECT cardinality(pg_blocking_pids(%s)) > 0", (p,)).fetchone()[0]  # type: ignore[index]
                    for p in pids
                ),
                "both updates wait for the lock",
            )
        yield holder.info.backend_pid, pids
    finally:
        with contextlib.suppress(psycopg.Error):  # a test may have ended the holder's session
            holder.rollback()
        for thread in threads:
            thread.join(10)
        for conn in (holder, *waiters):
            conn.close()


def test_pg_lock_chain_names_the_root_blocker_and_its_waiters(pg: str, pg_lock_chain: tuple[int, list[int]]) -> None:
    root, waiting = pg_lock_chain
    (finding,) = found(health(pg, ["blocked_queries"], blocked_warning=0), "blocked_queries", f"pid {root}")
    assert finding.severity == WARNING
    assert f"blocks {len(waiting)} sessions" in finding.found
    assert all(f"pid {p}" in finding.found for p in waiting)
    assert finding.fix == f"SELECT pg_terminate_backend({root});"  # the root is idle in its transaction
    quiet = health(pg, ["blocked_queries"])  # the waits are shorter than the default threshold
    assert not found(quiet, "blocked_queries", f"pid {root}")


def test_pg_lock_chain_is_gone_once_the_blocker_ends(pg: str, pg_lock_chain: tuple[int, list[int]]) -> None:
    root, _ = pg_lock_chain
    import psycopg

    with psycopg.connect(pg, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (root,))
    until(
        lambda: not found(health(pg, ["blocked_queries"], blocked_warning=0), "blocked_queries", f"pid {root}"),
        "the chain is gone",
    )


@pytest.fixture
def pg_sleeper(pg: str) -> Iterator[int]:
    """A session running ``pg_sleep(30)``, cancelled in teardown."""
    import psycopg

    conn = psycopg.connect(pg, autocommit=True)
    pid = conn.info.backend_pid
    errors: list[BaseException] = []

    def sleep() -> None:
        try:
            conn.execute("SELECT pg_sleep(30)")
        except psycopg.Error as exc:
            errors.append(exc)

    thread = threading.Thread(target=sleep, daemon=True)
    thread.start()
    with _admin(pg) as admin:
        until(
            lambda: admin.execute("SELECT state = 'active' FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone(),
            "the sleep runs",
        )
        try:
            yield pid
        finally:
            admin.execute("SELECT pg_cancel_backend(%s)", (pid,))
            thread.join(10)
            conn.close()


def test_pg_long_running_query_is_found_and_gone_once_cancelled(pg: str, pg_sleeper: int) -> None:
    (finding,) = found(
        health(pg, ["long_running_queries"], long_query_warning=0), "long_running_queries", f"pid {pg_sleeper}"
    )
    assert finding.severity == WARNING and "pg_sleep(30)" in finding.found
    assert finding.fix == f"SELECT pg_cancel_backend({pg_sleeper});"
    crit = health(pg, ["long_running_queries"], long_query_warning=0, long_query_critical=0)
    assert [f.severity for f in found(crit, "long_running_queries", f"pid {pg_sleeper}")] == [CRITICAL]
    with _admin(pg) as admin:
        admin.execute("SELECT pg_cancel_backend(%s)", (pg_sleeper,))
    until(
        lambda: (
            not found(
                health(pg, ["long_running_queries"], long_query_warning=0), "long_running_queries", f"pid {pg_sleeper}"
            )
        ),
        "the query is gone",
    )


def test_pg_foreign_key_without_index_until_one_is_created(pg: str) -> None:
    (finding,) = found(health(pg, ["fk_without_index"]), "fk_without_index", "h7_child")
    assert finding.severity == WARNING and "(parent_id)" in finding.found
    assert finding.fix is not None and finding.fix.startswith("CREATE INDEX CONCURRENTLY")
    with _admin(pg) as admin:
        admin.execute(finding.fix)
        try:
            assert not found(health(pg, ["fk_without_index"]), "fk_without_index", "h7_child")
        finally:
            admin.execute("DROP INDEX h7_child_parent_id_idx")


def test_pg_constraint_added_not_valid_until_validated(pg: str) -> None:
    with _admin(pg) as admin:
        admin.execute("ALTER TABLE h7_child ADD CONSTRAINT h7_positive CHECK (id > 0) NOT VALID")
        try:
            (finding,) = found(health(pg, ["invalid_constraints"]), "invalid_constraints", "h7_positive")
            assert finding.severity == WARNING and "check constraint h7_positive" in finding.found
            admin.execute(finding.fix or "")
            assert not found(health(pg, ["invalid_constraints"]), "invalid_constraints", "h7_positive")
        finally:
            admin.execute("ALTER TABLE h7_child DROP CONSTRAINT h7_positive")


def test_pg_sequences_near_their_end(pg: str) -> None:
    with _admin(pg) as admin:
        admin.execute("CREATE SEQUENCE h7_seq MAXVALUE 100")
        admin.execute("CREATE TABLE h7_serial (id serial PRIMARY KEY)")
        admin.execute("SELECT setval('h7_seq', 80), setval('h7_serial_id_seq', 1932735283)")  # 80% and 90% used
        try:
            report = health(pg, ["sequences"])
            (seq,) = found(report, "sequences", "h7_seq")
            assert seq.severity == WARNING and "79.8%" in seq.found
            (serial,) = found(report, "sequences", "h7_serial_id_seq")
            assert serial.severity == CRITICAL and "fills h7_serial.id (integer)" in serial.found
            assert serial.fix is not None and "TYPE bigint" in serial.fix
            admin.execute("ALTER SEQUENCE h7_seq MAXVALUE 1000000")
            assert not found(health(pg, ["sequences"]), "sequences", "h7_seq")
        finally:
            admin.execute("DROP TABLE h7_serial")
            admin.execute("DROP SEQUENCE h7_seq")


def test_pg_invalid_duplicate_and_unused_indexes(pg: str) -> None:
    import psycopg

    with _admin(pg) as admin:
        admin.execute("CREATE TABLE h7_ix (id int PRIMARY KEY, v int, w int)")
        admin.execute("INSERT INTO h7_ix VALUES (1, 1, 1), (2, 1, 2)")
        admin.execute("CREATE INDEX h7_ix_v ON h7_ix (v)")
        admin.execute("CREATE INDEX h7_ix_v_again ON h7_ix (v)")
        with pytest.raises(psycopg.errors.UniqueViolation):  # leaves an invalid index behind
            admin.execute("CREATE UNIQUE INDEX CONCURRENTLY h7_ix_w_bad ON h7_ix (v)")
        try:
            report = health(pg, ["invalid_indexes", "redundant_indexes", "unused_indexes"])
            (invalid,) = found(report, "invalid_indexes", "h7_ix_w_bad")
            assert invalid.severity == WARNING and "REINDEX INDEX CONCURRENTLY" in (invalid.fix or "")
            (dup,) = found(report, "redundant_indexes", "h7_ix_v_again")
            assert dup.severity == WARNING and "duplicates h7_ix_v" in dup.found
            assert {f.object for f in found(report, "unused_indexes", "h7_ix_v")} >= {"h7_ix.h7_ix_v"}
            assert not found(report, "unused_indexes", "h7_ix_pkey")  # a key is needed even if never scanned
            admin.execute("DROP INDEX h7_ix_w_bad")
            admin.execute(dup.fix or "")
            after = health(pg, ["invalid_indexes", "redundant_indexes"])
            assert not found(after, "invalid_indexes", "h7_ix") and not found(after, "redundant_indexes", "h7_ix")
        finally:
            admin.execute("DROP TABLE h7_ix")


def test_pg_bloat_and_dead_rows_until_vacuumed(pg: str) -> None:
    with _admin(pg) as admin:
        admin.execute("CREATE TABLE h7_bloat (id int PRIMARY KEY, note text) WITH (autovacuum_enabled = false)")
        admin.execute("INSERT INTO h7_bloat SELECT g, repeat('x', 50) FROM generate_series(1, 20000) g")
        admin.execute("DELETE FROM h7_bloat WHERE id % 10 <> 0")
        admin.execute("ANALYZE h7_bloat")  # the planner's statistics the bloat estimate reads
        admin.execute("SELECT pg_stat_force_next_flush()")  # the dead rows reach pg_stat_user_tables when idle
        try:
            limits = {"bloat_min_bytes": 0, "dead_rows_min": 100}
            report = until(
                lambda: (
                    (r := health(pg, ["bloat", "autovacuum"], **limits)) and found(r, "autovacuum", "h7_bloat") and r
                ),
                "the dead rows are counted",
            )
            (bloat,) = found(report, "bloat", '"public"."h7_bloat"')
            assert bloat.severity == CRITICAL and bloat.found.startswith("table")  # ~90% of the pages are dead space
            (dead,) = found(report, "autovacuum", "h7_bloat")
            assert dead.severity == CRITICAL and "autovacuum is off for it" in dead.found
            assert dead.fix is not None and "RESET (autovacuum_enabled)" in dead.fix

            def fixed() -> bool:  # (the dead rows go once no snapshot older than the DELETE is left)
                admin.execute("VACUUM FULL h7_bloat")
                admin.execute("ANALYZE h7_bloat")
                after = health(pg, ["bloat", "autovacuum"], **limits)
                return not found(after, "bloat", '"public"."h7_bloat"') and not found(after, "autovacuum", "h7_bloat")

            until(fixed, "VACUUM FULL removes the bloat and the dead rows")
        finally:
            admin.execute("DROP TABLE h7_bloat")


def test_pg_inactive_replication_slot_until_dropped(pg: str) -> None:
    with _admin(pg) as admin:
        admin.execute("SELECT pg_create_physical_replication_slot('aishell_h7_slot')")
        try:
            (slot,) = found(health(pg, ["replication"]), "replication", "aishell_h7_slot")
            assert slot.severity == WARNING and "inactive" in slot.found
            assert (
                slot.fix == "SELECT pg_drop_replication_slot('aishell_h7_slot');  -- if its consumer is gone for good"
            )
        finally:
            admin.execute("SELECT pg_drop_replication_slot('aishell_h7_slot')")
        assert not found(health(pg, ["replication"]), "replication", "aishell_h7_slot")


def test_pg_server_wide_checks_follow_their_thresholds(pg: str) -> None:
    checks = ["connections", "wraparound", "cache_hit_ratio"]
    # thresholds no server reaches (the defaults are not assumed met: earlier loads on the shared
    # server can lower its cache hit ratio)
    lenient = {"connections_warning": 100.0, "connections_critical": 100.0, "wraparound_warning": 100.0,
               "wraparound_critical": 100.0, "cache_hit_warning": 0.0, "cache_hit_critical": 0.0}  # fmt: skip
    assert health(pg, checks, **lenient).worst == "ok"
    low = health(
        pg, checks, connections_warning=0.001, wraparound_warning=1e-9, cache_min_reads=0, cache_hit_warning=100
    )
    assert [f.severity for f in found(low, "connections", "max_connections")] == [WARNING]
    here = pg.rsplit("/", 1)[1]
    (wrap,) = found(low, "wraparound", here)
    assert wrap.severity == WARNING and "VACUUM (FREEZE, VERBOSE)" in (wrap.fix or "")


def test_pg_every_check_runs_in_a_read_only_session(pg: str) -> None:
    report = health(pg, [])
    assert len(report.results) == 15
    assert all(r.ran for r in report.results), [r.note for r in report.results if not r.ran]


# --------------------------------------------------------------------------- MariaDB
@pytest.fixture(scope="module")
def my(mysql_url: str) -> Iterator[str]:
    conn = _my_conn(mysql_url)
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE h7_locked (id INT PRIMARY KEY, v INT) ENGINE=InnoDB")
        cur.execute("INSERT INTO h7_locked VALUES (1, 0)")
    conn.commit()
    conn.close()
    yield mysql_url


def _my_conn(url: str, **kwargs: Any) -> Any:
    import pymysql

    return pymysql.connect(
        host="127.0.0.1",
        port=int(url.split(":")[-1].split("/")[0]),
        user="root",
        password="",
        database=url.rsplit("/", 1)[1],
        **kwargs,
    )


def test_mysql_idle_transaction_found_and_gone_after_commit(my: str) -> None:
    conn = _my_conn(my)
    try:
        with conn.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute("UPDATE h7_locked SET v = v + 1 WHERE id = 1")
        thread = f"thread {conn.thread_id()}"
        (finding,) = until(  # the view may still be the one read before the UPDATE
            lambda: found(
                health(my, ["idle_in_transaction"], idle_in_transaction_warning=0), "idle_in_transaction", thread
            ),
            "the open transaction is seen",
        )
        assert finding.severity == WARNING and "1 modified" in finding.found
        assert finding.fix == f"KILL {conn.thread_id()};"
        conn.commit()  # (InnoDB refreshes its transaction views at most every 0.1 s)
        until(
            lambda: (
                not found(
                    health(my, ["idle_in_transaction"], idle_in_transaction_warning=0), "idle_in_transaction", thread
                )
            ),
            "the transaction is gone",
        )
    finally:
        conn.close()


def test_mysql_lock_wait_names_its_blocker(my: str) -> None:
    holder, waiter = _my_conn(my), _my_conn(my, autocommit=True)
    thread = None
    try:
        with holder.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute("UPDATE h7_locked SET v = v + 1 WHERE id = 1")
        with waiter.cursor() as cur:
            cur.execute("SET SESSION innodb_lock_wait_timeout = 20")
        thread = threading.Thread(
            target=lambda: waiter.cursor().execute("UPDATE h7_locked SET v = 5 WHERE id = 1"), daemon=True
        )
        thread.start()
        root = f"thread {holder.thread_id()}"
        (finding,) = until(
            lambda: found(health(my, ["blocked_queries"], blocked_warning=0), "blocked_queries", root),
            "the update waits",
        )
        assert finding.severity == WARNING and f"thread {waiter.thread_id()}" in finding.found
        assert finding.fix == f"KILL {holder.thread_id()};"
        holder.rollback()
        thread.join(10)
        until(
            lambda: not found(health(my, ["blocked_queries"], blocked_warning=0), "blocked_queries", root),
            "the wait is over",
        )
    finally:
        holder.rollback()
        if thread is not None:
            thread.join(10)
        holder.close()
        waiter.close()


def test_mysql_long_statement_found_and_gone_once_killed(my: str) -> None:
    import pymysql

    conn = _my_conn(my)

    def sleep() -> None:
        with contextlib.suppress(pymysql.err.OperationalError):  # interrupted by KILL QUERY
            conn.cursor().execute("SELECT SLEEP(30)")

    sleeper = threading.Thread(target=sleep, daemon=True)
    sleeper.start()
    admin = _my_conn(my)
    try:
        who = f"thread {conn.thread_id()}"
        (finding,) = until(
            lambda: found(health(my, ["long_running_queries"], long_query_warning=0), "long_running_queries", who),
            "the sleep runs",
        )
        assert finding.severity == WARNING and "SLEEP(30)" in finding.found
        assert finding.fix == f"KILL QUERY {conn.thread_id()};"
        with admin.cursor() as cur:
            cur.execute(finding.fix)
        sleeper.join(10)
        assert not found(health(my, ["long_running_queries"], long_query_warning=0), "long_running_queries", who)
    finally:
        with admin.cursor() as cur:
            cur.execute(f"KILL QUERY {conn.thread_id()}")
        sleeper.join(10)
        admin.close()
        conn.close()


def test_mysql_table_without_primary_key_and_auto_increment_near_its_max(my: str) -> None:
    conn = _my_conn(my, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("CREATE TABLE h7_nopk (a INT)")
            cur.execute("CREATE TABLE h7_auto (id TINYINT AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 120")
            cur.execute("CREATE TABLE h7_auto_ok (id SMALLINT AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 26000")
        report = health(my, ["tables_without_primary_key", "auto_increment"])
        (nopk,) = found(report, "tables_without_primary_key", "h7_nopk")
        assert nopk.severity == WARNING and "PRIMARY KEY" in (nopk.fix or "")
        assert not found(report, "tables_without_primary_key", "h7_locked")
        (auto,) = found(report, "auto_increment", "h7_auto.id")
        assert auto.severity == CRITICAL and "93.7%" in auto.found  # 119 of 127
        (near,) = found(report, "auto_increment", "h7_auto_ok.id")
        assert near.severity == WARNING  # 25999 of 32767: 79%
        with conn.cursor() as cur:
            cur.execute("ALTER TABLE h7_nopk ADD PRIMARY KEY (a)")
            cur.execute(auto.fix or "")
        after = health(my, ["tables_without_primary_key", "auto_increment"])
        assert not found(after, "tables_without_primary_key", "h7_nopk") and not found(
            after, "auto_increment", "h7_auto.id"
        )
    finally:
        with conn.cursor() as cur:
            cur.execute("DROP TABLE IF EXISTS h7_nopk, h7_auto, h7_auto_ok")
        conn.close()


def test_mysql_read_only_session_runs_every_check_or_says_why(my: str) -> None:
    report = health(my, [], connections_warning=0.001, cache_min_reads=0, cache_hit_warning=100)
    assert [r.id for r in report.results if not r.ran] in ([], ["unused_indexes"])
    unused = report.result("unused_indexes")
    assert unused is not None
    if not unused.ran:  # performance_schema is off on this server: an info finding says so
        assert unused.severity == INFO and "performance_schema" in (unused.note or "")
    assert [f.severity for f in found(report, "connections", "max_connections")] == [WARNING]


# --------------------------------------------------------------------------- SQLite
@pytest.fixture
def lite(tmp_path: Path) -> str:
    path = tmp_path / "h7.db"
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE parent (id INTEGER PRIMARY KEY);
        CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id), a TEXT);
        CREATE INDEX child_a ON child (a);
        INSERT INTO parent VALUES (1);
        INSERT INTO child (parent_id, a) VALUES (1, 'alpha-one'), (2, 'bravo-two'), (3, 'charlie-three');
        CREATE TABLE filler (x BLOB);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
        INSERT INTO filler SELECT randomblob(2000) FROM n;
    """)
    conn.commit()
    conn.execute("DROP TABLE filler")
    conn.commit()
    conn.close()
    return f"sqlite:///{path}"


def _corrupt_index(path: str, index: str, old: bytes, new: bytes) -> None:
    """Change one key inside ``index``'s b-tree page: the table and its index disagree."""
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(Path(path).read_bytes())
    start = (root - 1) * page_size
    at = data.index(old, start, start + page_size)
    data[at : at + len(new)] = new
    Path(path).write_bytes(bytes(data))


def test_sqlite_checks_find_each_problem_and_lose_it_once_fixed(lite: str) -> None:
    path = lite.removeprefix("sqlite:///")
    _corrupt_index(path, "child_a", b"bravo-two", b"bravo-twp")
    checks = ["integrity", "foreign_key_violations", "free_pages", "fk_without_index"]
    report = health(lite, checks, free_pages_min=10)
    (broken,) = found(report, "integrity", "database")
    assert broken.severity == CRITICAL and "missing from index child_a" in broken.found
    assert broken.fix == 'REINDEX "child_a";'
    (orphans,) = found(report, "foreign_key_violations", "child")
    assert orphans.severity == WARNING and "2 rows of child" in orphans.found
    (free,) = found(report, "free_pages", "database")
    assert free.severity == CRITICAL and free.fix is not None and free.fix.startswith("VACUUM;")
    (fk,) = found(report, "fk_without_index", "child")
    assert fk.severity == WARNING
    assert report.exit_code == EXIT_CRITICAL
    conn = sqlite3.connect(path)
    for fix in (broken.fix, orphans.fix, "VACUUM", fk.fix):
        conn.execute((fix or "").split("--")[0].strip().rstrip(";"))
        conn.commit()
    conn.close()
    after = health(lite, checks, free_pages_min=10)
    assert after.worst == "ok", after.findings


# --------------------------------------------------------------------------- DuckDB
def test_duckdb_free_blocks_and_duplicate_indexes(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "h7.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE t (id INT PRIMARY KEY, v INT)")
    conn.execute("CREATE INDEX t_v ON t (v)")
    conn.execute("CREATE INDEX t_v2 ON t (v)")
    conn.execute("CREATE TABLE big AS SELECT range AS x, repeat('x', 100) AS y FROM range(300000)")
    conn.execute("CHECKPOINT")
    conn.execute("DROP TABLE big")
    conn.execute("CHECKPOINT")
    conn.close()
    url = f"duckdb:///{path}"
    report = health(url, [], free_pages_min=0, free_pages_warning=10)
    assert all(r.ran for r in report.results)
    (free,) = found(report, "free_blocks", "h7")
    assert free.severity in (WARNING, CRITICAL) and "blocks of h7 are free" in free.found
    (dup,) = found(report, "redundant_indexes", "t_v2")
    assert dup.severity == WARNING


# --------------------------------------------------------------------------- the CLI and MCP
def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_exit_codes_json_and_text(lite: str, tmp_path: Path, isolated_home: Path) -> None:
    code, out, _ = _cli("health", "-d", lite, "-F", "json")
    data = json.loads(out)
    assert code == EXIT_CRITICAL == data["exit_code"] and data["worst"] == "critical"
    assert {f["check"] for f in data["findings"]} >= {"free_pages", "foreign_key_violations", "fk_without_index"}
    assert all({"check", "severity", "found", "why", "fix"} <= set(f) for f in data["findings"])
    code, out, _ = _cli("--read-only", "health", "-d", lite, "--check", "fk_without_index")
    assert code == EXIT_WARNING
    assert out.splitlines()[0].endswith(": warning") and "WARNING (1)" in out and "fix: CREATE INDEX" in out
    clean = tmp_path / "clean.db"
    sqlite3.connect(clean).execute("CREATE TABLE t (id INTEGER PRIMARY KEY)").connection.close()
    code, out, _ = _cli("health", "-d", f"sqlite:///{clean}")
    assert code == 0 and "OK (5)" in out
    code, out, _ = _cli("health", "-d", lite, "--list")
    assert code == 0 and "integrity" in out and "free_pages_min" in out
    code, _, err = _cli("health", "-d", lite, "--check", "bloat")
    assert code == 2 and "unknown check 'bloat' for SQLite" in err


def test_cli_thresholds_come_from_config_and_are_checked(lite: str, isolated_home: Path) -> None:
    config = isolated_home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[health]\nfree_pages_warning = 99.5\nfree_pages_critical = 100\n")
    code, out, _ = _cli("health", "-d", lite, "--check", "free_pages", "-F", "json")
    assert code == 0 and json.loads(out)["findings"] == []  # 96% free is below the raised threshold
    config.write_text("[health]\nfree_pages_warning = 50\nfree_pages_critical = 40\n")
    code, _, err = _cli("health", "-d", lite)
    assert code == 2 and "free_pages_critical (40) must not be below free_pages_warning (50)" in err
    config.write_text("[health]\nlong_query_warnin = 5\n")
    code, _, err = _cli("health", "-d", lite)
    assert code == 2 and "unknown setting [health] long_query_warnin" in err
    config.write_text("[health]\ncache_hit_warning = 120\n")
    code, _, err = _cli("health", "-d", lite)
    assert code == 2 and "cache_hit_warning is a percentage" in err


def test_mcp_health_returns_the_findings_and_is_audited(lite: str) -> None:
    from aishell.mcp.tools import Toolbox, open_connections, resolve_specs
    from aishell.state import StateStore

    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([f"h7={lite}"])), state=state)
    try:
        (entry,) = box.health()["connections"]
    finally:
        box.close()
    assert entry["ok"] is True and entry["mode"] == "read-only" and entry["worst"] == CRITICAL
    checks = {f["check"]: f for f in entry["findings"]}
    assert checks["free_pages"]["severity"] == CRITICAL and checks["free_pages"]["fix"].startswith("VACUUM")
    assert {c["id"] for c in entry["checks"]} == {
        "integrity",
        "foreign_key_violations",
        "free_pages",
        "fk_without_index",
        "redundant_indexes",
    }
    from aishell.audit.log import audit_path
    from aishell.audit.query import iter_entries

    audits = [(e.get("connection"), e.get("outcome")) for e in iter_entries(audit_path())
              if e.get("action") == "health" and e.get("face") == "mcp"]  # fmt: skip
    assert audits == [("h7", "ok")]


def test_lock_chains_group_waiters_under_their_root_blockers() -> None:
    sessions = {
        1: Waiter(1, "root"),
        2: Waiter(2, "a", 9.0, [1]),
        3: Waiter(3, "b", 4.0, [2]),  # behind 2, so behind 1 too
        4: Waiter(4, "other root"),
        5: Waiter(5, "c", 1.0, [4]),
        6: Waiter(6, "d", 2.0, [7]),  # 6 and 7 wait for each other: reported from the lowest id
        7: Waiter(7, "e", 3.0, [6]),
    }
    chains = {root.id: [w.id for w in waiting] for root, waiting in lock_chains(sessions)}
    assert chains == {1: [2, 3], 4: [5], 6: [7]}


def test_a_check_that_cannot_run_is_info_and_the_gate_refuses_writes(lite: str) -> None:
    from aishell.engines.health import Check
    from aishell.services.health import _run_check, limits

    def nothing(reading: object) -> list[Any]:
        raise AssertionError("not evaluated")

    session = make_session(lite, read_only=True)
    try:
        missing = _run_check(session, Check("x", "X", "", ("SELECT * FROM h7_no_such_view",), nothing), limits(),
                             str)  # fmt: skip
        write = _run_check(session, Check("y", "Y", "", ("DELETE FROM child",), nothing), limits(), str)
    finally:
        session.close()
    assert not missing.ran and missing.severity == INFO and "no such table: h7_no_such_view" in (missing.note or "")
    assert [f.severity for f in missing.findings] == [INFO]
    assert not write.ran and write.severity == INFO and "read-only" in (write.note or "")
    rows = sqlite3.connect(lite.removeprefix("sqlite:///")).execute("SELECT count(*) FROM child").fetchone()
    assert rows == (3,)
