"""Live activity (``services/activity.py``, MCP ``activity``) on the real servers: a blocked
session names its blocker and the lock chain its root, an idle transaction shows as one, a
running statement is cancelled only through the gate (refused read-only, asked for consent
otherwise), and the own connection is marked.  The load comes from driver connections that the
fixtures close, whatever the test did."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from aishell.errors import PolicyError, UsageError
from aishell.services import activity as service
from aishell.services.activity import Activity, Rates
from aishell.services.factory import make_session
from aishell.services.session import Session
from polling import until


@pytest.fixture
def sessions() -> Iterator[Callable[..., Session]]:
    """aishell sessions, closed afterwards."""
    opened: list[Session] = []

    def make(url: str, **kwargs: Any) -> Session:
        session = make_session(url, **kwargs)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.close()


class Background:
    """A statement running in a thread on its own driver connection; its outcome is kept."""

    def __init__(self, run: Callable[[], Any]) -> None:
        self.error: BaseException | None = None
        self.result: Any = None
        self.thread = threading.Thread(target=self._run, args=(run,), daemon=True)
        self.thread.start()

    def _run(self, run: Callable[[], Any]) -> None:
        try:
            self.result = run()
        except BaseException as exc:  # the test reads it
            self.error = exc

    def done(self, timeout: float = 15.0) -> bool:
        self.thread.join(timeout)
        return not self.thread.is_alive()


# --------------------------------------------------------------------------- PostgreSQL
@pytest.fixture
def pg(pg_url: str) -> Iterator[tuple[str, list[Any]]]:
    """The database with a scratch table, and a list the test adds its driver connections to
    (closed, their transactions rolled back, whatever happened)."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS aishell_h11_locked (id int PRIMARY KEY, v int)")
        conn.execute("INSERT INTO aishell_h11_locked VALUES (1, 0) ON CONFLICT DO NOTHING")
    conns: list[Any] = []
    yield pg_url, conns
    for conn in conns:
        with contextlib.suppress(Exception):
            conn.cancel_safe()
        with contextlib.suppress(Exception):
            conn.close()


def _pg(url: str, conns: list[Any], *, autocommit: bool = True) -> Any:
    import psycopg

    conn = psycopg.connect(url, autocommit=autocommit)
    conns.append(conn)
    return conn


def test_pg_blocked_session_names_its_blocker_and_the_chain_its_root(
    pg: tuple[str, list[Any]], sessions: Callable[..., Session]
) -> None:
    url, conns = pg
    holder = _pg(url, conns, autocommit=False)
    holder.execute("UPDATE aishell_h11_locked SET v = v + 1 WHERE id = 1")  # holds the row, idle in its transaction
    waiter = _pg(url, conns)
    wait = Background(lambda: waiter.execute("/* aishell_h11 */ UPDATE aishell_h11_locked SET v = v + 1 WHERE id = 1"))
    hpid, wpid = holder.info.backend_pid, waiter.info.backend_pid
    session = sessions(url, read_only=True)  # watching needs no more than reading

    def blocked() -> Activity | None:
        found = service.snapshot(session)
        s = found.session(wpid)
        return found if s is not None and s.blocked_by else None

    found = until(blocked, "the update waits for the holder's lock")
    w, h = found.session(wpid), found.session(hpid)
    assert w is not None and h is not None
    assert w.blocked_by == [hpid] and w.state == "active" and (w.wait or "").startswith("Lock:")
    assert w.query.startswith("/* aishell_h11 */ UPDATE aishell_h11_locked")
    assert h.state == "idle in transaction" and h.blocked_by == [] and h.xact_s is not None
    assert [(c.root, c.waiters) for c in found.blocking if c.root == hpid] == [(hpid, [wpid])]
    own = [s for s in found.sessions if s.own]
    assert len(own) == 1 and own[0].id not in (hpid, wpid)
    assert all(not s.own for s in service.snapshot(session, include_own=False).sessions)
    as_dict = found.to_dict()
    assert {"id": wpid, "blocked_by": [hpid]}.items() <= next(s for s in as_dict["sessions"] if s["id"] == wpid).items()
    assert {"root": hpid, "waiters": [wpid]} in as_dict["blocking"]
    holder.rollback()
    assert wait.done() and wait.error is None
    after = service.snapshot(session)
    later = after.session(wpid)
    assert hpid not in [c.root for c in after.blocking] and (later is None or later.blocked_by == [])


def test_pg_idle_in_transaction_and_redacted_query(pg: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    url, conns = pg
    idle = _pg(url, conns, autocommit=False)
    idle.execute("SELECT 'x' AS password_is_not_here, 1 WHERE 'a' <> 'password=hunter22'")
    session = sessions(url, read_only=True)
    found = until(lambda: service.snapshot(session).session(idle.info.backend_pid), "the idle session is listed")
    assert found.state == "idle in transaction" and found.wait is None
    assert "hunter22" not in found.query and "password=***" in found.query  # redacted as history is
    idle.rollback()
    after = until(
        lambda: (s := service.snapshot(session).session(idle.info.backend_pid)) and s.state == "idle" and s,
        "the session is idle once its transaction ends",
    )
    assert after.xact_s is None


def test_pg_cancel_goes_through_the_gate(pg: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    import psycopg

    url, conns = pg
    sleeper = _pg(url, conns)
    sleep = Background(lambda: sleeper.execute("SELECT pg_sleep(60) /* aishell_h11 */"))
    pid = sleeper.info.backend_pid
    watcher = sessions(url, read_only=True)
    until(lambda: (s := service.snapshot(watcher).session(pid)) and s.state == "active", "pg_sleep runs")

    decision = service.decide(watcher, pid, terminate=False).decision
    assert decision.refused and "read-only mode refuses CANCEL" in decision.message
    with pytest.raises(PolicyError, match="read-only mode refuses CANCEL"):
        service.cancel(watcher, pid, assume_yes=True)  # consent does not lift read-only
    with pytest.raises(PolicyError, match="read-only mode refuses TERMINATE"):
        service.terminate(watcher, pid, assume_yes=True)

    admin = sessions(url)  # a read-write session whose face cannot ask: consent is required
    with pytest.raises(PolicyError, match="refused without confirmation"):
        service.cancel(admin, pid)
    asked: list[str] = []
    admin.confirm = lambda question, reasons: asked.append(question) is not None  # the user says no
    with pytest.raises(PolicyError, match="cancelled by user"):
        service.cancel(admin, pid)
    assert asked and f"cancels the running statement of session {pid}" in asked[0]
    assert not sleep.done(timeout=0.2)  # nothing reached the sleeper yet
    assert service.snapshot(watcher).session(pid).state == "active"  # type: ignore[union-attr]

    admin.confirm = lambda question, reasons: True  # the user says yes
    assert service.cancel(admin, pid) is True
    assert sleep.done() and isinstance(sleep.error, psycopg.errors.QueryCanceled)
    assert service.cancel(admin, 2_000_000_000, assume_yes=True) is False  # no such backend
    with pytest.raises(UsageError, match="aishell's own connection"):
        own = next(s.id for s in service.snapshot(admin).sessions if s.own)
        service.cancel(admin, own, assume_yes=True)


def test_pg_terminate_ends_the_session(pg: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    import psycopg

    url, conns = pg
    victim = _pg(url, conns)
    pid = victim.info.backend_pid
    admin = sessions(url)
    assert service.terminate(admin, pid, assume_yes=True) is True
    until(lambda: service.snapshot(admin).session(pid) is None, "the backend is gone")
    with pytest.raises(psycopg.OperationalError):
        victim.execute("SELECT 1")


def test_pg_counters_grow_and_rates_follow(pg: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    url, _conns = pg
    session = sessions(url, read_only=True)
    first = service.snapshot(session)
    assert first.counters.transactions is not None and first.counters.busy_ms is not None
    assert first.version and first.uptime_s is not None and first.uptime_s > 0
    later = until(
        lambda: (s := service.snapshot(session)).counters.transactions > first.counters.transactions and s,  # type: ignore[operator]
        "the snapshots' own transactions are counted",
    )
    rates = service.rates(first, later)
    span = later.taken_at - first.taken_at
    expected = (later.counters.transactions - first.counters.transactions) / span  # type: ignore[operator]
    assert rates.seconds == span and rates.tps == pytest.approx(expected) and rates.tps > 0
    assert rates.qps is None  # PostgreSQL counts transactions, not statements, without an extension


# --------------------------------------------------------------------------- MariaDB
@pytest.fixture
def my(mysql_url: str) -> Iterator[tuple[str, list[Any]]]:
    conns: list[Any] = []
    admin = _my(mysql_url, [])
    with admin.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS aishell_h11_locked (id int PRIMARY KEY, v int) ENGINE=InnoDB")
        cur.execute("INSERT IGNORE INTO aishell_h11_locked VALUES (1, 0)")
    admin.commit()
    yield mysql_url, conns
    for conn in conns:  # a connection still blocked is ended from outside, then closed
        with contextlib.suppress(Exception), admin.cursor() as cur:
            cur.execute(f"KILL CONNECTION {conn.thread_id()}")
        with contextlib.suppress(Exception):
            conn.close()
    admin.close()


def _my(url: str, conns: list[Any], *, autocommit: bool = True) -> Any:
    import pymysql

    from conftest import MYSQL_HOST, MYSQL_PORT

    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", database=url.rsplit("/", 1)[1],
                           autocommit=autocommit)  # fmt: skip
    conns.append(conn)
    return conn


def _exec(conn: Any, sql: str) -> Any:
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def test_mysql_blocked_idle_and_cancel(my: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    url, conns = my
    holder = _my(url, conns, autocommit=False)
    _exec(holder, "UPDATE aishell_h11_locked SET v = v + 1 WHERE id = 1")
    waiter = _my(url, conns)
    wait = Background(lambda: _exec(waiter, "UPDATE aishell_h11_locked SET v = v + 1 WHERE id = 1 /* aishell_h11 */"))
    hid, wid = holder.thread_id(), waiter.thread_id()
    watcher = sessions(url, read_only=True)
    found = until(
        lambda: (a := service.snapshot(watcher)).session(wid) and a.session(wid).blocked_by and a,  # type: ignore[union-attr]
        "the update waits for the holder's row lock",
    )
    w, h = found.session(wid), found.session(hid)
    assert w is not None and h is not None
    assert w.blocked_by == [hid] and w.state == "active" and (w.wait or "").startswith("lock wait")
    assert h.state == "idle in transaction" and h.wait is None
    assert any(c.root == hid and c.waiters == [wid] for c in found.blocking)
    assert [s.own for s in found.sessions].count(True) == 1

    with pytest.raises(PolicyError, match="read-only mode refuses CANCEL"):
        service.cancel(watcher, wid, assume_yes=True)
    admin = sessions(url)
    with pytest.raises(PolicyError, match="refused without confirmation"):
        service.cancel(admin, wid)
    assert not wait.done(timeout=0.2)
    assert service.cancel(admin, wid, assume_yes=True) is True  # KILL QUERY: the wait ends with an error
    assert wait.done() and wait.error is not None and "interrupted" in str(wait.error).lower()
    assert service.cancel(admin, 2_000_000_000, assume_yes=True) is False  # Unknown thread id
    holder.rollback()


def test_mysql_terminate_and_counters(my: tuple[str, list[Any]], sessions: Callable[..., Session]) -> None:
    import pymysql

    url, conns = my
    victim = _my(url, conns)
    admin = sessions(url)
    first = service.snapshot(admin)
    assert first.counters.statements is not None and first.counters.transactions is not None
    assert service.terminate(admin, victim.thread_id(), assume_yes=True) is True
    until(lambda: service.snapshot(admin).session(victim.thread_id()) is None, "the connection is gone")
    with pytest.raises(pymysql.err.OperationalError):
        _exec(victim, "SELECT 1")
    later = service.snapshot(admin)
    rates = service.rates(first, later)
    assert rates.qps is not None and rates.qps > 0  # the snapshots themselves are statements
    assert rates.latency_ms is not None and rates.latency_ms >= 0


# --------------------------------------------------------------------------- engines without sessions
def test_sqlite_has_no_sessions_and_cannot_cancel(tmp_path: Path, sessions: Callable[..., Session]) -> None:
    path = tmp_path / "a.db"
    sqlite3.connect(path).close()
    session = sessions(f"sqlite:///{path}")
    found = service.snapshot(session)
    assert not found.supported and found.sessions == [] and "no sessions" in found.notes[0]
    with pytest.raises(UsageError, match="not supported"):
        service.cancel(session, 1, assume_yes=True)


def test_rates_between_two_readings() -> None:
    from aishell.engines.activity import Counters

    before = Activity(100.0, "x", "x", counters=Counters(transactions=10, statements=100, busy_ms=50))
    after = Activity(102.0, "x", "x", counters=Counters(transactions=30, statements=140, busy_ms=90))
    assert service.rates(before, after) == Rates(2.0, 10.0, 20.0, 1.0)
    restarted = Activity(103.0, "x", "x", counters=Counters(transactions=1, statements=2, busy_ms=1))
    assert service.rates(after, restarted) == Rates(1.0, None, None, None)  # a reset counter gives no rate


# --------------------------------------------------------------------------- MCP
def test_mcp_activity_tool_is_read_only_and_audited(pg: tuple[str, list[Any]]) -> None:
    from aishell.mcp.tools import Toolbox, open_connections, resolve_specs
    from aishell.state import StateStore

    url, conns = pg
    idle = _pg(url, conns, autocommit=False)
    idle.execute("SELECT 1 /* aishell_h11 mcp */")
    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([url]), state=state), state=state)
    try:
        assert box.connections[box.default].mode == "read-only"
        out = until(
            lambda: (o := box.activity()) and any(s["id"] == idle.info.backend_pid for s in o["sessions"]) and o,
            "the idle session is listed",
        )
    finally:
        box.close()
    mine = next(s for s in out["sessions"] if s["id"] == idle.info.backend_pid)
    assert mine["state"] == "idle in transaction" and "aishell_h11 mcp" in mine["query"]
    assert out["supported"] is True and out["row_count"] >= 1 and not any(s["own"] for s in out["sessions"])
    assert out["counters"]["transactions"] is not None
    from aishell.audit.log import audit_path
    from aishell.audit.query import iter_entries

    audited = [(e.get("outcome"),) for e in iter_entries(audit_path()) if e.get("face") == "mcp" and e.get("action") == "activity"]
    assert audited and audited[-1][0] == "ok"
