"""The watch commands in the shell: ``\\health``, ``\\slow``, ``\\activity`` (``\\top``),
``\\cancel`` and ``\\terminate``, driven in-process as the other REPL tests drive it, on a real
SQLite file and on PostgreSQL (a database of its own with pg_stat_statements, sessions held open
by the test).  ``\\health`` prints what ``aishell health`` prints; cancelling asks first, works on
yes and is refused in read-only mode without asking."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from recorders import pg_recorded, pg_recorded_database

from aishell.cli.main import cli
from aishell.config import Settings
from aishell.connections import Target
from aishell.repl.app import Repl
from aishell.repl.commands import special_commands
from aishell.services.session import Session
from aishell.urls import DatabaseURL

#: how many times the PostgreSQL load runs its query
CALLS = 17
WATCH = ("\\health", "\\slow", "\\activity", "\\top", "\\cancel", "\\terminate")

Run = Callable[[str], tuple[str, str]]
#: a line of ``\\slow``'s table: calls, rows, share, then the query
_CALLS_AND_QUERY = re.compile(r"\s([\d,]+)\s+[\d,]+\s+[\d.]+%\s+(\S.*)$")


def _repl(url: str, *, read_only: bool = False, answers: list[str] | None = None) -> tuple[Repl, list[str]]:
    """A shell on ``url``; its questions are collected and answered from ``answers`` (a question
    with no answer left fails the test)."""
    session = Session(Target(DatabaseURL.parse(url), "r", "--db"), read_only=read_only)
    repl = Repl(session, Settings(), assume_yes=False)
    asked: list[str] = []
    left = list(answers or [])

    def ask(message: str, *, password: bool = False) -> str:
        asked.append(message)
        assert left, f"unexpected question: {message}"
        return left.pop(0)

    repl._ask = ask  # type: ignore[method-assign]
    return repl, asked


def _runner(repl: Repl, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(line: str) -> tuple[str, str]:
        capsys.readouterr()
        repl.handle(line)
        got = capsys.readouterr()
        return got.out, got.err

    return run


# --------------------------------------------------------------------------- SQLite
@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    path = tmp_path / "watch.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE pets (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners (id), name TEXT);"
    )
    conn.close()
    return f"sqlite:///{path}"


def test_the_watch_commands_are_listed_by_help(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    repl, _asked = _repl(sqlite_url)
    try:
        out, _err = _runner(repl, capsys)("\\?")
    finally:
        repl.session.close()
    lines = {line.split()[0].rstrip(",") for line in out.splitlines() if line.startswith("  \\")}
    assert set(WATCH) - {"\\top"} <= lines
    assert "\\activity, \\top" in out and "\\slow [total|mean|calls|rows] [N]" in out
    assert set(WATCH) <= {name for name, _help in special_commands()}


def test_health_on_sqlite_is_the_clis_text(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    repl, _asked = _repl(sqlite_url)
    run = _runner(repl, capsys)
    try:
        out, err = run("\\health")
        assert err == ""
        assert "WARNING (1)" in out and "[fk_without_index]" in out
        assert "foreign key pets (owner_id) -> owners (id) has no index" in out
        assert 'fix: CREATE INDEX "main"."pets_owner_id_idx" ON "pets" ("owner_id");' in out
        cli_run = CliRunner().invoke(cli, ["health", "--db", sqlite_url])
        assert cli_run.exit_code == 10, cli_run.stderr
        assert out == cli_run.stdout  # the same renderer, the same report
        only, err = run("\\health free_pages, fk_without_index")
        assert err == "" and "OK (1): Free pages" in only and "Integrity check" not in only
        _out, err = run("\\health no_such_check")
        assert "unknown check 'no_such_check' for SQLite" in err and "fk_without_index" in err
        run("\\T json")
        doc = json.loads(run("\\health")[0])
        assert doc["worst"] == "warning" and [f["check"] for f in doc["findings"]] == ["fk_without_index"]
    finally:
        repl.session.close()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:  # health reports the fix, never runs it
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone() == (0,)


def test_slow_activity_and_cancel_on_sqlite_say_what_it_lacks(sqlite_url: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    repl, asked = _repl(sqlite_url)
    run = _runner(repl, capsys)
    try:
        out, err = run("\\slow")
        assert out == "" and "SQLite records no statement statistics" in err
        _out, err = run("\\slow sideways")
        assert "usage: \\slow [total|mean|calls|rows] [N]" in err
        out, err = run("\\activity")
        assert err == "" and out.strip() == "SQLite has no sessions to list"
        assert run("\\top") == (out, err)
        _out, err = run("\\cancel 1")
        assert "cancelling a session is not supported on SQLite" in err
        _out, err = run("\\terminate 1")
        assert "terminating a session is not supported on SQLite" in err
        _out, err = run("\\cancel me")
        assert "usage: \\cancel PID" in err
    finally:
        repl.session.close()
    assert asked == []


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="module")
def pg(pg_url: str) -> Iterator[tuple[str, str]]:
    """A database of its own with pg_stat_statements and a uniquely named table whose query ran
    CALLS times."""
    import psycopg

    table = f"replmon_{uuid.uuid4().hex[:8]}"
    with pg_recorded_database(pg_url, "aishell_replmon_") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, a int)")
            conn.execute(f"INSERT INTO {table} SELECT g, g % 10 FROM generate_series(1, 500) g")
            for i in range(CALLS):
                conn.execute(f"SELECT * FROM {table} WHERE a = %s", (i,)).fetchall()
            pg_recorded(conn, table, CALLS)
        yield url, table


def _state(url: str, pid: int) -> tuple[str, str] | None:
    """(state, query) of session ``pid``, None once it is gone."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT state, query FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def _own_pid(repl: Repl, run: Run) -> int:
    """The shell's own backend, asked through the shell."""
    fmt, repl.fmt = repl.fmt, "csv"
    try:
        out, err = run("SELECT pg_backend_pid() AS me;")
    finally:
        repl.fmt = fmt
    assert err == "", err
    return int(out.split()[1])


def _until(check: Callable[[], bool], what: str) -> None:
    """Wait for the server to reach a state (a condition, never a duration, is asserted)."""
    for _ in range(400):
        if check():
            return
        time.sleep(0.05)
    pytest.fail(f"the server never reached: {what}")


def test_slow_lists_the_recorded_load(pg: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    url, table = pg
    repl, _asked = _repl(url, read_only=True)
    run = _runner(repl, capsys)
    try:
        out, err = run("\\slow calls 50")
        assert err == "", err
        # (one statement or several: what else the server recorded for this database varies)
        assert re.match(r"Top \d+ recorded statements? by calls:$", out.splitlines()[0]), out
        header = next(line for line in out.splitlines() if line.startswith("#"))
        assert header.split() == ["#", "total", "mean", "calls", "rows", "share", "query"]
        calls = [m.group(1) for m in map(_CALLS_AND_QUERY.search, out.splitlines()) if m and table in m.group(2)]
        assert str(CALLS) in calls
        assert any(table in line and "a = $1" in line for line in out.splitlines())
        assert "next: aishell advise --workload" in out
        first, _err = run("\\slow 1")
        assert first.startswith("Top 1 recorded statement by total time:")
        repl.fmt = "json"
        doc = json.loads(run("\\slow calls 50")[0])
        assert doc["order"] == "calls" and CALLS in [s["calls"] for s in doc["statements"] if table in s["query"]]
    finally:
        repl.session.close()


@pytest.fixture
def idle_in_tx(pg: tuple[str, str]) -> Iterator[tuple[int, str, Any]]:
    """A session left idle in a transaction: (pid, its marker, the connection)."""
    import psycopg

    url, _table = pg
    marker = f"replmon_idle_{uuid.uuid4().hex[:6]}"
    conn = psycopg.connect(url)
    conn.execute(f"SELECT '{marker}'")
    try:
        yield conn.info.backend_pid, marker, conn
    finally:
        conn.close()


def test_activity_shows_an_idle_transaction_and_terminate_ends_it(
    pg: tuple[str, str], idle_in_tx: tuple[int, str, Any], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import psycopg

    url, _table = pg
    pid, marker, conn = idle_in_tx
    monkeypatch.setenv("COLUMNS", "160")
    repl, asked = _repl(url, answers=["n", "y"])
    run = _runner(repl, capsys)
    try:
        out, err = run("\\activity")
        assert err == "", err
        # (the shell's own catalog connection may be between two of its reads at that moment: at least the one)
        idle = re.search(r"(\d+) idle in tx", out.splitlines()[0])
        assert out.startswith("PostgreSQL ") and idle is not None and int(idle.group(1)) >= 1
        assert " PID " in out and " QUERY" in out
        row = next(line for line in out.splitlines() if line.split()[:1] == [str(pid)])
        assert "idle in tx" in row and marker in row
        assert f"This shell is session {_own_pid(repl, run)}." in out
        assert run("\\top")[0].splitlines()[2] == out.splitlines()[2]  # the same columns
        _out, err = run(f"\\terminate {pid}")
        assert f"cancelled by user: terminates session {pid}" in err
        assert _state(url, pid) is not None
        out, err = run(f"\\terminate {pid}")
        assert err == "" and out.strip() == f"terminate sent to session {pid}"
        assert len(asked) == 2 and all(f"session {pid}" in q and q.endswith("[y/N] ") for q in asked)
        _until(lambda: _state(url, pid) is None, f"session {pid} ended")
    finally:
        repl.session.close()
    with pytest.raises(psycopg.OperationalError):  # the held transaction went with its session
        conn.execute("SELECT 1")


@pytest.fixture
def sleeper(pg: tuple[str, str]) -> Iterator[tuple[int, list[BaseException]]]:
    """A session running pg_sleep: (pid, the error its statement ended with, once it ends)."""
    import psycopg

    url, _table = pg
    conn = psycopg.connect(url, autocommit=True)
    pid = conn.info.backend_pid
    ended: list[BaseException] = []

    def sleep() -> None:
        try:
            conn.execute("SELECT pg_sleep(30) /* replmon sleeper */")
        except psycopg.Error as exc:
            ended.append(exc)

    thread = threading.Thread(target=sleep, name="replmon-sleeper", daemon=True)
    thread.start()
    _until(lambda: (_state(url, pid) or ("", ""))[0] == "active", f"session {pid} sleeping")
    try:
        yield pid, ended
    finally:
        if thread.is_alive():
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute("SELECT pg_cancel_backend(%s)", (pid,))
        thread.join(timeout=40)
        conn.close()


def test_cancel_is_refused_read_only_and_asks_first(pg: tuple[str, str], sleeper: tuple[int, list[BaseException]],
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    import psycopg

    url, _table = pg
    pid, ended = sleeper
    watcher, asked = _repl(url, read_only=True)
    run = _runner(watcher, capsys)
    try:
        out, err = run("\\activity")
        assert err == "" and out.startswith("[read-only] PostgreSQL")
        assert any(line.split()[:1] == [str(pid)] and "active" in line for line in out.splitlines())
        for typed in ("\\cancel", "\\terminate"):
            out, err = run(f"{typed} {pid}")
            assert out == "" and "read-only mode refuses" in err, err
        assert asked == []  # refused without a question
    finally:
        watcher.session.close()
    assert _state(url, pid) == ("active", "SELECT pg_sleep(30) /* replmon sleeper */") and ended == []

    repl, asked = _repl(url, answers=["no", "yes"])
    run = _runner(repl, capsys)
    try:
        _out, err = run(f"\\cancel {pid}")
        assert f"cancelled by user: cancels the running statement of session {pid}" in err
        assert (_state(url, pid) or ("", ""))[0] == "active" and ended == []
        out, err = run(f"\\cancel {pid};")
        assert err == "" and out.strip() == f"cancel sent to session {pid}"
        assert len(asked) == 2 and all(f"session {pid}" in q for q in asked)
        _until(lambda: bool(ended), "the sleep cancelled")
        assert isinstance(ended[0], psycopg.errors.QueryCanceled)
        own = _own_pid(repl, run)
        _out, err = run(f"\\cancel {own}")
        assert f"session {own} is aishell's own connection" in err and len(asked) == 2
    finally:
        repl.session.close()
