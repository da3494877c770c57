"""A live ``aishell web`` server on loopback (uvicorn in a thread) and tokens for each role."""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from aishell.connections import Target
from aishell.state import StateStore
from aishell.urls import DatabaseURL

SCHEMA = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), "
    "total NUMERIC(10,2) NOT NULL, status TEXT NOT NULL)",
    "CREATE INDEX orders_customer ON orders(customer_id)",
    "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)",
]


def fill(execute) -> None:  # type: ignore[no-untyped-def]
    for stmt in SCHEMA:
        execute(stmt)
    cities = ["Paris", "Lyon", "Nice"]
    for i in range(1, 31):
        execute(f"INSERT INTO customers VALUES ({i}, 'customer {i}', '{cities[i % 3]}')")
    for i in range(1, 101):
        execute(f"INSERT INTO orders VALUES ({i}, {1 + i % 30}, {i * 3}.25, '{'paid' if i % 4 else 'open'}')")
    for i in range(1, 6):
        execute(f"INSERT INTO items VALUES ({i}, 'item {i}')")


@contextmanager
def shop_in_postgres(pg_url: str, *more: str) -> Iterator[None]:
    """The shop's tables (and the statements ``more``) in the session's PostgreSQL database, dropped again on
    leaving: a later module on the same test worker must not find them (it may count the tables or views)."""
    import psycopg

    def clear(conn: psycopg.Connection[Any]) -> None:
        conn.execute("DROP VIEW IF EXISTS walkers")
        conn.execute("DROP TABLE IF EXISTS orders, customers, items")

    with psycopg.connect(pg_url, autocommit=True) as conn:
        clear(conn)
        fill(conn.execute)
        for stmt in more:
            conn.execute(stmt)  # type: ignore[arg-type]
    try:
        yield
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            clear(conn)


@dataclass
class Live:
    url: str
    kind: str  # sqlite | postgres
    db_url: str
    tokens: dict[str, str]
    state: StateStore
    app: object

    def client(self, role: str | None = "admin"):  # type: ignore[no-untyped-def]
        from aishell.client import Client

        return Client(self.url, self.tokens[role] if role else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(targets: list[Target], state: StateStore, **config: object) -> Iterator[tuple[str, object]]:
    import uvicorn

    from aishell.web.app import WebConfig, create_app

    app = create_app(targets, state=state, config=WebConfig(**config))  # type: ignore[arg-type]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def make_tokens(state: StateStore) -> dict[str, str]:
    from aishell.web.auth import TokenStore

    store = TokenStore(state)
    return {role: store.create(role, f"test-{role}")[0] for role in ("viewer", "analyst", "admin")}


def sqlite_server(base: Path, **config: object) -> Iterator[Live]:
    """A live server on a filled SQLite file in ``base``, with one token per role."""
    db = base / "shop.db"
    conn = sqlite3.connect(db)
    fill(conn.execute)
    conn.commit()
    conn.close()
    state = StateStore(base / "state.db")
    tokens = make_tokens(state)
    target = Target(DatabaseURL.parse(f"sqlite:///{db}"), "shop", "--db")
    try:
        for url, app in serve([target], state, **config):
            yield Live(url, "sqlite", f"sqlite:///{db}", tokens, state, app)
    finally:
        state.close()


def start_web(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], str, str]:
    """Start ``aishell web`` (``cmd``); wait until it answers.  (process, first token, base URL)."""
    import httpx

    port = cmd[cmd.index("--port") + 1]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines: list[str] = []
    while not any("aishell web on" in line for line in lines):
        line = proc.stderr.readline()
        assert line, "".join(lines)
        lines.append(line)
    token = next((m.group(0) for line in lines if (m := re.search(r"aish_\S+", line))), "")
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while True:
        try:
            httpx.get(f"{base}/api/health")
            return proc, token, base
        except httpx.HTTPError:
            assert time.monotonic() < deadline
            time.sleep(0.1)


@pytest.fixture(scope="module")
def sqlite_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    yield from sqlite_server(tmp_path_factory.mktemp("web-sqlite"), max_body=64 * 1024)


@pytest.fixture(scope="module")
def pg_live(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with shop_in_postgres(pg_url):
        base = tmp_path_factory.mktemp("web-pg")
        state = StateStore(base / "state.db")
        tokens = make_tokens(state)
        target = Target(DatabaseURL.parse(pg_url), "pg", "--db")
        for url, app in serve([target], state, max_body=64 * 1024):
            yield Live(url, "postgres", pg_url, tokens, state, app)
        state.close()


@pytest.fixture(params=["sqlite", "postgres"])
def live(request: pytest.FixtureRequest) -> Live:
    name = "sqlite_live" if request.param == "sqlite" else "pg_live"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    return tmp_path
