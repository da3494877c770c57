"""``aishell monitor`` on the real servers: counters become rates (transactions made between two
readings are counted), a real lock wait is seen, the CLI records samples that ``monitor
history`` prints, an anomaly reaches a webhook receiver on loopback and the log file, a failing
webhook never stops monitoring nor shows its URL, Ctrl-C stops with 130, and SQLite says it
has nothing to sample.  Sessions are read-only throughout."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import polling
from aishell.config import config_path
from aishell.services.factory import make_session
from aishell.services.monitor import CACHE_HIT, LATENCY_MS, TPS, Reading, Sampler, rates, rules_for
from aishell.state import StateStore
from aishell.urls import DatabaseURL

TABLE = "aishell_h10_monitor"


@pytest.fixture(params=["postgres", "mysql"])
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    """A database on each server, with a table to write to (and pg_stat_statements on PostgreSQL)."""
    url = str(request.getfixturevalue("pg_url" if request.param == "postgres" else "mysql_url"))
    with admin(url) as run:
        if request.param == "postgres":
            run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        run(f"CREATE TABLE {TABLE} (id INT PRIMARY KEY, v INT)")
        run(f"INSERT INTO {TABLE} VALUES (1, 0)")
    yield url
    with admin(url) as run:
        run(f"DROP TABLE IF EXISTS {TABLE}")


@contextlib.contextmanager
def admin(url: str) -> Iterator[Callable[[str], None]]:
    """A plain driver connection in autocommit (the test's own writes, outside aishell)."""
    parsed = DatabaseURL.parse(url)
    if parsed.engine == "postgres":
        import psycopg

        pg = psycopg.connect(url.replace("postgresql://", "postgresql://", 1), autocommit=True)
        try:
            yield lambda sql: pg.execute(sql).close()  # type: ignore[arg-type]
        finally:
            pg.close()
        return
    import pymysql

    my = pymysql.connect(host=parsed.host, port=parsed.port or 3306, user="root", password="",
                         database=parsed.database, autocommit=True)  # fmt: skip
    try:
        yield lambda sql: my.cursor().execute(sql) and None
    finally:
        my.close()


#: the server publishes its statistics a moment later
until = partial(polling.until, timeout=10.0, every=0.1)


# --------------------------------------------------------------------------- the service
def test_transactions_between_readings_become_tps(server: str) -> None:
    session = make_session(server, read_only=True)
    try:
        sampler = Sampler(session, rules_for(session))
        first = sampler.read()
        assert {"xacts", "blocks_hit", "blocks_read", "active_sessions", "lock_waits"} <= first.values.keys()
        with admin(server) as run:
            for i in range(300):
                run(f"UPDATE {TABLE} SET v = {i} WHERE id = 1")
        second: Reading = until(sampler.read, "the 300 transactions counted",
                                ok=lambda r: r.values["xacts"] - first.values["xacts"] >= 300)  # fmt: skip
        values = rates(first, second)
        assert values[TPS] * (second.ts - first.ts) >= 300 - 1e-6  # (the rate times the interval: float rounding)
        assert 0 <= values[CACHE_HIT] <= 100
        assert values[LATENCY_MS] > 0  # pg_stat_statements / performance_schema saw statements
        assert values["active_sessions"] >= 0 and values["lock_waits"] >= 0
        assert sampler.notes == []
    finally:
        session.close()


def test_statement_latency_counts_only_the_database_monitored(pg_url: str) -> None:
    """Statements run in another database of the server do not count here: a sum over every database falls when
    another one's entries go (dropped, or evicted), which read as a reset and lost the interval's latency."""
    with admin(pg_url) as run:
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    session = make_session(pg_url, read_only=True)
    other = pg_url.rsplit("/", 1)[0] + "/postgres"
    try:
        sampler = Sampler(session, rules_for(session))
        first = sampler.read()
        with admin(other) as run:
            run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            for i in range(300):
                run(f"SELECT {i} AS n{i % 7}")
        second = sampler.read()
        assert second.values["stmt_calls"] - first.values["stmt_calls"] < 300
    finally:
        session.close()


def test_a_session_waiting_for_a_lock_is_counted(server: str) -> None:
    session = make_session(server, read_only=True)
    try:
        sampler = Sampler(session, rules_for(session))
        with admin(server) as holder, admin(server) as waiter:
            holder("BEGIN")
            holder(f"UPDATE {TABLE} SET v = -1 WHERE id = 1")
            blocked = threading.Thread(target=lambda: waiter(f"UPDATE {TABLE} SET v = -2 WHERE id = 1"))
            blocked.start()
            try:
                until(sampler.read, "a lock wait seen", ok=lambda r: r.values["lock_waits"] >= 1)
            finally:
                holder("ROLLBACK")
                blocked.join(10)
    finally:
        session.close()


# --------------------------------------------------------------------------- the CLI
def aishell(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aishell", *args], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())  # fmt: skip


def test_the_cli_records_samples_that_history_prints(server: str) -> None:
    done = aishell("--read-only", "monitor", "-d", server, "--count", "2", "--interval", "0.3")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2 and all("tps " in line and "active_sessions " in line for line in lines)
    shown = aishell("monitor", "history", "-d", server, "-F", "json")
    assert shown.returncode == 0, shown.stderr
    samples = json.loads(shown.stdout)["samples"]
    assert len(samples) == 2
    assert all(s["tps"] >= 0 and s["lock_waits"] >= 0 and s["active_sessions"] >= 0 for s in samples)
    # (no block read at all in an interval: no ratio that time)
    assert all(0 <= s[CACHE_HIT] <= 100 for s in samples if CACHE_HIT in s)
    stored = StateStore().samples(DatabaseURL.parse(server).identity(), metric=TPS)
    assert [s["tps"] for s in samples] == pytest.approx([v for _, _, v in stored], rel=1e-5)  # (6 digits shown)
    text = aishell("monitor", "history", "-d", server, "--metric", "tps")
    assert text.stdout.splitlines()[0].split() == ["ts", "tps"] and len(text.stdout.splitlines()) == 3


def test_the_history_is_bounded(mysql_url: str) -> None:
    target = DatabaseURL.parse(mysql_url).identity()
    store = StateStore()
    now = time.time()
    store.add_samples(target, now - 3 * 86400, {TPS: 1.0})  # older than --keep 2
    store.add_samples(target, now - 86400, {TPS: 2.0})
    store.add_samples("some other database", now - 3 * 86400, {TPS: 3.0})
    done = aishell("monitor", "-d", mysql_url, "--count", "1", "--interval", "0.2", "--keep", "2", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # -q
    kept = store.samples(target, metric=TPS)
    assert [v for _, _, v in kept[:1]] == [2.0] and len(kept) == 2
    assert store.samples("some other database") == [(now - 3 * 86400, TPS, 3.0)]
    store.prune_samples(target, before=0, keep_rows=1)
    assert len(store.samples(target)) == 1


@contextlib.contextmanager
def receiver(status: int = 200) -> Iterator[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """A webhook receiver on loopback: its base URL and what it received (path, JSON body)."""
    got: list[tuple[str, dict[str, Any]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            got.append((self.path, json.loads(body)))
            self.send_response(status)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", got
    finally:
        httpd.shutdown()
        httpd.server_close()


def busy_history(url: str, **settings: object) -> None:
    """An hour of samples at 10,000 transactions per second before now, and [monitor] settings
    that judge the next sample at once: the server's real rate is far below, an anomaly."""
    target = DatabaseURL.parse(url).identity()
    store = StateStore()
    now = time.time()
    for minute in range(60, 0, -1):
        store.add_samples(target, now - minute * 60, {TPS: 10_000.0 + minute % 7})
    store.close()
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["[monitor]", "consecutive = 1", "min_points = 5"] + [f"{k} = {v}" for k, v in settings.items()]
    path.write_text("\n".join(lines) + "\n")


def test_an_anomaly_reaches_the_webhook_and_the_log(pg_url: str, tmp_path: Path) -> None:
    busy_history(pg_url)
    log = tmp_path / "alerts.jsonl"
    with receiver() as (base, got):
        done = aishell("monitor", "-d", pg_url, "--count", "1", "--interval", "0.3", "--log", str(log),
                       "--webhook", f"{base}/hook/T0KEN-abc")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ANOMALY tps low" in done.stderr and "T0KEN" not in done.stderr
    assert len(got) == 1
    path, alert = got[0]
    assert path == "/hook/T0KEN-abc"
    assert (alert["event"], alert["metric"], alert["direction"]) == ("anomaly", "tps", "low")
    assert alert["expected"] > 9_000 and alert["value"] < alert["expected"] and alert["z"] < -6
    assert alert["target"] == pg_url  # the label (this URL has no password to hide)
    logged = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(a["event"], a["metric"]) for a in logged] == [("anomaly", "tps")]
    shown = json.loads(aishell("monitor", "history", "-d", pg_url, "-F", "json").stdout)
    assert [(a["event"], a["metric"]) for a in shown["alerts"]] == [("anomaly", "tps")]


def test_a_failing_webhook_never_stops_monitoring(mysql_url: str) -> None:
    busy_history(mysql_url, webhook_retries=1, webhook_timeout=2.0)
    with receiver(status=500) as (base, got):
        done = aishell("monitor", "-d", mysql_url, "--count", "2", "--interval", "0.3",
                       "--webhook", f"{base}/hook/T0KEN-abc")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 2  # both samples taken
    assert len(got) == 2  # the first attempt and one retry
    assert "not delivered (HTTP 500)" in done.stderr and "T0KEN" not in done.stderr


def test_ctrl_c_stops_with_130(pg_url: str) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "aishell", "monitor", "-d", pg_url, "--interval", "0.2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stdout is not None and "tps" in proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "stopped after" in err


@pytest.mark.parametrize("engine", ["sqlite", "duckdb"])
def test_file_engines_have_nothing_to_sample(engine: str, tmp_path: Path) -> None:
    path = tmp_path / f"db.{engine}"
    if engine == "sqlite":
        import sqlite3

        sqlite3.connect(path).close()
    else:
        import duckdb

        duckdb.connect(str(path)).close()
    done = aishell("monitor", "-d", f"{engine}:///{path}", "--once")
    assert done.returncode == 2
    assert "cannot be monitored: it keeps no server counters" in done.stderr
