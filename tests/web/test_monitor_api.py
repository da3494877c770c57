"""The dashboard's routes against a live server on loopback, on PostgreSQL (a database of its own
with pg_stat_statements) and SQLite: health finds a foreign key without an index the test made,
slow lists a query the test ran many times on a uniquely named table, activity shows a session
the test holds idle in a transaction, the stream sends snapshots, and cancel/terminate pass the
role policy and its confirmation."""

from __future__ import annotations

import itertools
import json
import sqlite3
import sys
import threading
import uuid
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest

import polling
from aishell.connections import Target
from aishell.state import StateStore
from aishell.urls import DatabaseURL

from .conftest import Live, fill, make_tokens, serve, sqlite_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from recorders import pg_ready, pg_recorded

#: how many times the test's load runs its query (a count nothing else runs)
CALLS = 150


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    tag = uuid.uuid4().hex[:8]
    return {"hot": f"mon_hot_{tag}", "parent": f"mon_parent_{tag}", "child": f"mon_child_{tag}",
            "app": f"aishell-monitor-{tag}"}  # fmt: skip


def monitored(pg_url: str, names: dict[str, str], base: Path) -> Iterator[Live]:
    """A server on a PostgreSQL database of its own: pg_stat_statements with the load on the hot
    table (a query with a placeholder, one without), and a child table whose foreign key has no
    index.  (The browser's dashboard test serves the same.)"""
    import psycopg

    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    db = f"aishell_mon_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        pg_ready(conn)
        conn.execute(f'CREATE DATABASE "{db}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + db
    hot, parent, child = names["hot"], names["parent"], names["child"]
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            fill(conn.execute)
            conn.execute(f"CREATE TABLE {hot} (id int PRIMARY KEY, a int)")
            conn.execute(f"INSERT INTO {hot} SELECT g, g % 10 FROM generate_series(1, 200) g")
            conn.execute(f"CREATE TABLE {parent} (id int PRIMARY KEY)")
            conn.execute(f"CREATE TABLE {child} (id int PRIMARY KEY, parent_id int REFERENCES {parent} (id))")
            for i in range(CALLS):
                conn.execute(f"SELECT * FROM {hot} WHERE a = %s", (i % 10,)).fetchall()
                conn.execute(f"SELECT count(*) FROM {hot}").fetchall()
            pg_recorded(conn, hot, CALLS)
        state = StateStore(base / "state.db")
        tokens = make_tokens(state)
        for server, app in serve([Target(DatabaseURL.parse(url), "pg", "--db")], state):
            yield Live(server, "postgres", url, tokens, state, app)
        state.close()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


@pytest.fixture(scope="module")
def pg_mon(pg_url: str, names: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    yield from monitored(pg_url, names, tmp_path_factory.mktemp("web-monitor"))


@pytest.fixture(scope="module")
def sqlite_mon(names: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    base = tmp_path_factory.mktemp("web-monitor-sqlite")
    for live in sqlite_server(base):
        conn = sqlite3.connect(base / "shop.db")
        conn.execute(f"CREATE TABLE {names['parent']} (id INTEGER PRIMARY KEY)")
        conn.execute(f"CREATE TABLE {names['child']} (id INTEGER PRIMARY KEY, "
                     f"parent_id INTEGER REFERENCES {names['parent']} (id))")  # fmt: skip
        conn.commit()
        conn.close()
        yield live


@pytest.fixture(params=["sqlite", "postgres"])
def mon(request: pytest.FixtureRequest) -> Live:
    return request.getfixturevalue("sqlite_mon" if request.param == "sqlite" else "pg_mon")  # type: ignore[no-any-return]


def get(live: Live, path: str, role: str = "viewer", **params: Any) -> httpx.Response:
    return httpx.get(live.url + path, params=params, headers={"Authorization": f"Bearer {live.tokens[role]}"},
                     timeout=30)  # fmt: skip


def post(live: Live, path: str, body: dict[str, Any], role: str = "admin") -> httpx.Response:
    return httpx.post(live.url + path, json=body, headers={"Authorization": f"Bearer {live.tokens[role]}"},
                      timeout=30)  # fmt: skip


def audited(live: Live, path: str) -> list[dict[str, Any]]:
    with live.client("admin") as c:
        return [e for e in c.audit(200) if e["action"] == f"GET {path}"]


# --------------------------------------------------------------------------- health
def test_health_finds_the_foreign_key_without_an_index(mon: Live, names: dict[str, str]) -> None:
    r = get(mon, "/api/health/report")
    assert r.status_code == 200, r.text
    report = r.json()
    mine = [f for f in report["findings"] if f["check"] == "fk_without_index" and names["child"] in f["found"]]
    assert len(mine) == 1, report["findings"]
    finding = mine[0]
    assert finding["severity"] == "warning"
    assert finding["why"] and finding["fix"].upper().startswith("CREATE INDEX")
    assert names["child"] in finding["fix"]
    assert report["worst"] in ("warning", "critical")
    assert report["connection"] == ("pg" if mon.kind == "postgres" else "shop")
    assert any(c["id"] == "fk_without_index" and c["severity"] == "warning" for c in report["checks"])
    # the fix was reported, never run: the child table still has no index on its key
    with mon.client("admin") as c:
        assert not [i for i in c.table(names["child"])["indexes"] if not i["primary"]]
    entries = audited(mon, "/api/health/report")
    assert entries and entries[0]["user"] == "test-viewer" and entries[0]["statement"] == "-- health"


def test_health_needs_a_token_and_a_known_connection(mon: Live) -> None:
    assert httpx.get(mon.url + "/api/health/report").status_code == 401
    r = get(mon, "/api/health/report", connection="nope")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"


# --------------------------------------------------------------------------- slow queries
def test_slow_lists_the_query_run_many_times(pg_mon: Live, names: dict[str, str]) -> None:
    r = get(pg_mon, "/api/slow", order="calls", top=500)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["order"] == "calls" and doc["engine"] == "PostgreSQL"
    mine = [s for s in doc["statements"] if f"FROM {names['hot']} WHERE" in s["query"]]
    assert len(mine) == 1, [(s["query"][:80], s["calls"]) for s in doc["statements"]]
    hot = mine[0]
    assert hot["calls"] == CALLS and hot["rows"] == CALLS * 20
    assert hot["total_ms"] >= hot["mean_ms"] > 0 and "$1" in hot["query"]
    assert hot["next"] == "aishell advise --workload"
    # ordered by calls, and match narrows the list
    calls = [s["calls"] for s in doc["statements"]]
    assert calls == sorted(calls, reverse=True)
    only = get(pg_mon, "/api/slow", match=f"from {names['hot']} where").json()["statements"]
    assert [s["fingerprint"] for s in only] == [hot["fingerprint"]]
    # a statement without placeholders can be explained as it is
    count = [s for s in doc["statements"] if s["query"] == f"SELECT count(*) FROM {names['hot']}"]
    assert len(count) == 1 and count[0]["calls"] == CALLS
    assert count[0]["next"] == f"aishell explain 'SELECT count(*) FROM {names['hot']}'"


def test_slow_on_sqlite_is_a_clear_problem(sqlite_mon: Live) -> None:
    r = get(sqlite_mon, "/api/slow")
    assert r.status_code == 409
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["title"] == "No statement statistics" and problem["recorder"] == "none"
    assert "SQLite records no statement statistics" in problem["detail"]


def test_slow_refuses_an_unknown_order(pg_mon: Live) -> None:
    assert get(pg_mon, "/api/slow", order="random").status_code == 422
    assert get(pg_mon, "/api/slow", top=0).status_code == 422


# --------------------------------------------------------------------------- activity
#: the activity view is read again until it shows the state a test set up
until = partial(polling.until, timeout=10.0)


@pytest.fixture
def idle_in_transaction(pg_mon: Live, names: dict[str, str]) -> Iterator[Any]:
    """A session the test holds idle in a transaction (with a row lock), named by application."""
    import psycopg

    conn = psycopg.connect(pg_mon.db_url, application_name=names["app"])
    conn.execute(f"UPDATE {names['hot']} SET a = a WHERE id = 1")
    try:
        yield conn
    finally:
        conn.close()


def mine(snapshot: dict[str, Any], pid: int) -> dict[str, Any] | None:
    return next((s for s in snapshot["sessions"] if s["id"] == pid), None)


def test_activity_shows_the_session_idle_in_transaction(pg_mon: Live, names: dict[str, str],
                                                        idle_in_transaction: Any) -> None:  # fmt: skip
    import psycopg

    pid = idle_in_transaction.info.backend_pid
    r = get(pg_mon, "/api/activity")
    assert r.status_code == 200, r.text
    snap = r.json()
    assert snap["supported"] and snap["engine"] == "PostgreSQL" and snap["connection"] == "pg"
    held = mine(snap, pid)
    assert held is not None, snap["sessions"]
    assert held["state"] == "idle in transaction" and held["application"] == names["app"]
    assert held["xact_s"] is not None and names["hot"] in held["query"]
    assert not any(s["own"] for s in snap["sessions"])  # the dashboard's own connection is left out
    assert "target" not in snap  # the URL stays on the server
    # a second session waits for the held row lock: the blocking tree shows who blocks whom
    waiter = psycopg.connect(pg_mon.db_url, autocommit=True, application_name=names["app"] + "-w")
    thread = threading.Thread(target=lambda: waiter.execute(f"UPDATE {names['hot']} SET a = a WHERE id = 1"))
    thread.start()
    try:
        blocked = until(lambda: mine(get(pg_mon, "/api/activity").json(), waiter.info.backend_pid)
                        if pid in (mine(get(pg_mon, "/api/activity").json(), waiter.info.backend_pid) or {})
                        .get("blocked_by", []) else None, "the waiter is blocked")  # fmt: skip
        assert blocked["blocked_by"] == [pid]
        chains = get(pg_mon, "/api/activity").json()["blocking"]
        assert {"root": pid, "waiters": [waiter.info.backend_pid]} in chains
    finally:
        idle_in_transaction.rollback()
        thread.join(10)
        waiter.close()


def events(live: Live, role: str = "viewer", **params: Any) -> list[dict[str, Any]]:
    headers = {"Authorization": f"Bearer {live.tokens[role]}"}
    out = []
    with httpx.stream("GET", live.url + "/api/activity/stream", params=params, headers=headers, timeout=30) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data: "):
                out.append(json.loads(line[6:]))
    return out


def test_the_stream_sends_snapshots_with_rates(pg_mon: Live, idle_in_transaction: Any) -> None:
    pid = idle_in_transaction.info.backend_pid
    got = events(pg_mon, interval=0.2, events=3)
    assert [e["type"] for e in got] == ["snapshot"] * 3
    assert all(mine(e, pid) is not None for e in got)
    assert got[0]["rates"] is None  # nothing to compare the first with
    for before, after in itertools.pairwise(got):  # each event's rates are since the event before
        rates, span = after["rates"], after["taken_at"] - before["taken_at"]
        assert rates["seconds"] == pytest.approx(span) and span > 0
        done = after["counters"]["transactions"] - before["counters"]["transactions"]
        # the counters are server-wide: a database dropped meanwhile (another test's) lowers them
        assert rates["tps"] == (pytest.approx(done / span) if done >= 0 else None)


def aishell_backends(live: Live) -> set[int]:
    import psycopg

    with psycopg.connect(live.db_url, autocommit=True) as conn:
        rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'aishell'").fetchall()  # fmt: skip
    return {int(r[0]) for r in rows}


def test_the_stream_stops_when_the_client_goes_away(pg_mon: Live) -> None:
    """The stream's session is closed once the client leaves (its connection leaves the server)."""
    before = aishell_backends(pg_mon)
    headers = {"Authorization": f"Bearer {pg_mon.tokens['viewer']}"}
    with httpx.stream("GET", pg_mon.url + "/api/activity/stream", params={"interval": 0.2}, headers=headers,
                      timeout=30) as r:  # fmt: skip
        lines = r.iter_lines()
        assert next(line for line in lines if line.startswith("data: "))
        assert next(line for line in lines if line.startswith("data: "))
        opened = aishell_backends(pg_mon) - before  # the stream's own connection
        assert len(opened) == 1
    until(lambda: not opened & aishell_backends(pg_mon), "the stream's connection is closed")


def test_activity_on_sqlite_says_it_has_no_sessions(sqlite_mon: Live) -> None:
    snap = get(sqlite_mon, "/api/activity").json()
    assert snap["supported"] is False and snap["sessions"] == [] and snap["notes"]
    r = get(sqlite_mon, "/api/activity/stream")
    assert r.status_code == 409 and r.json()["title"] == "No sessions to list"
    r = post(sqlite_mon, "/api/activity/1/cancel", {"confirmed": True})
    assert r.status_code == 400 and "not supported on SQLite" in r.json()["detail"]


def test_cancel_is_refused_for_a_viewer_and_confirmed_by_an_admin(pg_mon: Live, names: dict[str, str]) -> None:
    import psycopg

    victim = psycopg.connect(pg_mon.db_url, autocommit=True, application_name=names["app"] + "-sleep")
    pid = victim.info.backend_pid
    failed: list[BaseException] = []

    def sleep() -> None:
        try:
            victim.execute("SELECT pg_sleep(60)")
        except psycopg.Error as exc:
            failed.append(exc)

    thread = threading.Thread(target=sleep)
    thread.start()
    try:
        until(lambda: (mine(get(pg_mon, "/api/activity").json(), pid) or {}).get("state") == "active",
              "the victim is running")  # fmt: skip
        for role in ("viewer", "analyst"):
            r = post(pg_mon, f"/api/activity/{pid}/cancel", {"confirmed": True}, role=role)
            assert r.status_code == 403, r.text
            assert r.json()["title"] == "Refused by policy" and r.json()["role"] == role
        r = post(pg_mon, f"/api/activity/{pid}/cancel", {})
        assert r.status_code == 409, r.text
        assert r.json()["confirm_required"] is True and r.json()["reasons"]
        assert thread.is_alive()  # nothing was cancelled without the confirmation
        r = post(pg_mon, f"/api/activity/{pid}/cancel", {"confirmed": True})
        assert r.status_code == 200, r.text
        assert r.json() == {"connection": "pg", "pid": pid, "action": "cancel", "sent": True}
        thread.join(30)
        assert failed and isinstance(failed[0], psycopg.errors.QueryCanceled)
        assert victim.execute("SELECT 1").fetchone() == (1,)  # cancelled, not ended
    finally:
        thread.join(60)
        victim.close()
    with pg_mon.client("admin") as c:
        entries = [e for e in c.audit(50) if e["action"] == f"POST /api/activity/{pid}/cancel"]
    assert {e["status"] for e in entries} == {"403", "409", "200"}
    assert all(e["statement"] == f"SELECT pg_cancel_backend({pid})" for e in entries)


def test_terminate_ends_the_session(pg_mon: Live, idle_in_transaction: Any) -> None:
    import psycopg

    pid = idle_in_transaction.info.backend_pid
    assert post(pg_mon, f"/api/activity/{pid}/terminate", {}).status_code == 409
    r = post(pg_mon, f"/api/activity/{pid}/terminate", {"confirmed": True})
    assert r.status_code == 200 and r.json()["action"] == "terminate"
    until(lambda: mine(get(pg_mon, "/api/activity").json(), pid) is None, "the session is gone")
    with pytest.raises(psycopg.OperationalError):
        idle_in_transaction.execute("SELECT 1")


def test_cancel_of_an_unknown_session_is_404(pg_mon: Live) -> None:
    r = post(pg_mon, "/api/activity/999999/cancel", {"confirmed": True})
    assert r.status_code == 404 and r.json()["title"] == "Unknown session"


def test_cancel_from_the_page_needs_the_csrf_token(pg_mon: Live) -> None:
    with httpx.Client(base_url=pg_mon.url) as c:
        login = c.post("/api/login", json={"token": pg_mon.tokens["admin"]})
        assert login.status_code == 200
        r = c.post("/api/activity/1/cancel", json={"confirmed": True})
        assert r.status_code == 403 and r.json()["title"] == "CSRF check failed"


def test_a_client_that_does_not_read_holds_up_the_snapshots() -> None:
    """The stream takes the next snapshot only once the server took the previous event (which it
    does not while the client is not reading), so a slow client holds at most one event; once
    the client goes away, the stream ends and closes its session."""
    import asyncio

    from aishell.web.routes.monitor import SnapshotStream

    taken: list[int] = []
    closed: list[bool] = []

    def take() -> dict[str, Any]:
        taken.append(1)
        return {"n": len(taken)}

    async def scenario() -> list[bytes]:
        stuck, gone = asyncio.Event(), asyncio.Event()
        sent: list[bytes] = []

        async def send(message: Any) -> None:
            if message["type"] == "http.response.body":
                sent.append(message["body"])
                if len(sent) == 2:  # the client stops reading
                    stuck.set()
                    await asyncio.Event().wait()

        async def receive() -> Any:
            await gone.wait()
            return {"type": "http.disconnect"}

        stream = SnapshotStream({"n": 0}, take, interval=0, events=None, on_close=lambda: closed.append(True))
        task = asyncio.ensure_future(stream({"type": "http"}, receive, send))
        await stuck.wait()
        for _ in range(200):  # whatever runs meanwhile, nothing more is taken
            await asyncio.sleep(0)
        assert taken == [1] and not closed
        gone.set()
        await task
        return sent

    sent = asyncio.run(scenario())
    assert [json.loads(b[6:])["n"] for b in sent] == [0, 1]
    assert closed == [True] and taken == [1]
