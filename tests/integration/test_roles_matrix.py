"""One matrix: role x statement class x face, with the same verdict in every face.

Roles: the built-in viewer, analyst and admin, and a custom role (``reporter``: reads of one
table, two rows at most).  Faces: the CLI (one-shot subprocesses), the REPL (the session as the
REPL builds it), the web API (the FastAPI app, a token per role) and MCP (the tools).  Each cell
records the verdict the face reports (allow / confirm / refuse; nobody confirms), and the
database is read after it: what was not allowed changed nothing, what was allowed took effect.
The same matrix runs on PostgreSQL for the REPL and MCP.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from aishell.connections import Target
from aishell.errors import PolicyError
from aishell.mcp.tools import Toolbox, ToolFailure, open_connections, resolve_specs
from aishell.output.sink import CollectingSink
from aishell.services.factory import make_session
from aishell.state import StateStore
from aishell.urls import DatabaseURL

A, C, R = "allow", "confirm", "refuse"
ROLES = ("viewer", "analyst", "admin", "reporter")
CONFIG = """
[roles.reporter]
extends = "viewer"
tables = ["pub"]
max_rows = 2
"""
#: statement class -> (SQL, verdict per role in ROLES order)
MATRIX: dict[str, tuple[str, tuple[str, str, str, str]]] = {
    "read allowed table": ("SELECT id FROM pub ORDER BY id", (A, A, A, A)),
    "read forbidden table": ("SELECT id FROM secret", (A, A, A, R)),
    "insert": ("INSERT INTO pub VALUES (100)", (R, C, A, R)),
    "update without where": ("UPDATE pub SET id = id", (R, C, C, R)),
    "create table": ("CREATE TABLE IF NOT EXISTS made (id int)", (R, R, A, R)),
    "drop table": ("DROP TABLE secret", (R, R, C, R)),
    "admin statement": ("ANALYZE", (R, R, A, R)),
    "multi-statement": ("SELECT id FROM pub; DROP TABLE secret", (R, R, C, R)),
}
Cell = tuple[str, int | None]  # the verdict, and the rows a read returned
Face = Callable[[str, str], Cell]  # (role, sql) -> cell


# --------------------------------------------------------------------------- the databases
def _fill(execute: Callable[[str], Any]) -> None:
    for sql in ("CREATE TABLE pub (id int)", "CREATE TABLE secret (id int)",
                "INSERT INTO pub VALUES (1), (2), (3), (4)", "INSERT INTO secret VALUES (9)"):  # fmt: skip
        execute(sql)


class Db:
    def __init__(self, url: str, snapshot: Callable[[], tuple[Any, ...]]) -> None:
        self.url = url
        self.snapshot = snapshot


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The custom role, in a config file every test of the module (and every subprocess) reads."""
    path = tmp_path_factory.mktemp("roles-config") / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AISHELL_CONFIG", str(path))
        yield path


@pytest.fixture(scope="module")
def lite(tmp_path_factory: pytest.TempPathFactory) -> Db:
    path = tmp_path_factory.mktemp("roles-lite") / "m.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _fill(conn.execute)
    conn.close()

    def snapshot() -> tuple[Any, ...]:
        with sqlite3.connect(path) as c:
            names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return (c.execute("SELECT count(*) FROM pub").fetchone()[0],
                    c.execute("SELECT count(*) FROM secret").fetchone()[0], "made" in names)  # fmt: skip

    return Db(f"sqlite:///{path}", snapshot)


@pytest.fixture(scope="module")
def pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Db]:
    import psycopg
    from engine_dbs import new_database

    with new_database("postgres", tmp_path_factory.mktemp("roles-pg"), "aishell_roles_") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            _fill(conn.execute)

        def snapshot() -> tuple[Any, ...]:
            with psycopg.connect(url, autocommit=True) as c:
                made = c.execute("SELECT to_regclass('made') IS NOT NULL").fetchone()
                pub = c.execute("SELECT count(*) FROM pub").fetchone()
                secret = c.execute("SELECT count(*) FROM secret").fetchone()
                return (pub[0] if pub else None, secret[0] if secret else None, made[0] if made else None)

        yield Db(url, snapshot)


# --------------------------------------------------------------------------- the faces
def cli_face(db: Db, config: Path, home: Path) -> Face:
    exe = Path(sys.executable).parent / "aishell"
    env = {**os.environ, "AISHELL_CONFIG": str(config), "AISHELL_HOME": str(home)}

    def run(role: str, sql: str) -> Cell:
        proc = subprocess.run([str(exe), "--role", role, "-d", db.url, "query", "-F", "csv", sql],
                              capture_output=True, text=True, env=env, timeout=60, check=False)  # fmt: skip
        if proc.returncode == 0:
            lines = proc.stdout.splitlines()
            return A, (len(lines) - 1 if lines and lines[0] == "id" else None)
        assert proc.returncode == 1 and "error:" in proc.stderr, proc.stderr  # refused by the policy
        return (C if "refused without confirmation" in proc.stderr else R), None

    return run


def repl_face(db: Db) -> Face:
    """The session as the REPL builds it (``run_repl``: the factory, source ``repl``), with a
    confirm callback that records the question and answers no."""

    def run(role: str, sql: str) -> Cell:
        asked: list[str] = []
        session = make_session(db.url, source="repl", role=role,
                               confirm=lambda q, _r: asked.append(q) is not None)  # fmt: skip
        sink = CollectingSink()
        try:
            result = session.run(sql, sink)
        except PolicyError:
            return (C if asked else R), None
        finally:
            session.close()
        assert result.ok, result.error
        if not sink.results or not sink.results[-1][2].returns_rows:
            return A, None
        _cols, rows, summary = sink.results[-1]
        assert (summary.hidden > 0) is (role == "reporter")  # the role's cap: the rest counted, not returned
        return A, len(rows)

    return run


def mcp_face(db: Db) -> Face:
    boxes: dict[str, Toolbox] = {}

    def run(role: str, sql: str) -> Cell:
        if role not in boxes:
            boxes[role] = Toolbox(open_connections(resolve_specs([f"m={db.url}"]), role=role))
        try:
            out = boxes[role].run_query(sql)
        except ToolFailure as exc:
            assert exc.refused, exc.message
            return (C if "confirmation required" in exc.message else R), None
        if "rows" not in out:
            return A, None
        assert out["truncated"] is (role == "reporter")
        return A, out["row_count"]

    run.close = lambda: [b.close() for b in boxes.values()]  # type: ignore[attr-defined]
    return run


def web_face(db: Db) -> Iterator[Face]:
    from fastapi.testclient import TestClient

    from aishell.web.app import create_app
    from aishell.web.auth import TokenStore

    state = StateStore()
    tokens = {role: TokenStore(state).create(role)[0] for role in ROLES}
    app = create_app([Target(DatabaseURL.parse(db.url), "m", "test")], state=state)
    with TestClient(app, base_url="http://127.0.0.1") as client:

        def run(role: str, sql: str) -> Cell:
            r = client.post("/api/query", json={"sql": sql}, headers={"Authorization": f"Bearer {tokens[role]}"})
            if r.status_code in (403, 409):
                return (R if r.status_code == 403 else C), None
            assert r.status_code == 200, r.text
            events = [json.loads(line) for line in r.text.splitlines() if line.strip()]
            assert not [e for e in events if e["type"] == "error"], events
            ends = [e for e in events if e["type"] == "end"]
            if not ends[-1]["returns_rows"]:
                return A, None
            assert (ends[-1]["hidden"] > 0) is (role == "reporter")
            return A, sum(len(e["rows"]) for e in events if e["type"] == "rows")

        yield run
    state.close()


# --------------------------------------------------------------------------- the matrix
def expected(role: str, what: str) -> Cell:
    sql, verdicts = MATRIX[what]
    verdict = verdicts[ROLES.index(role)]
    rows = None
    if verdict == A and sql.startswith("SELECT"):
        rows = 2 if role == "reporter" else (1 if "secret" in sql else None)
    return verdict, rows


def check_face(face: Face, db: Db, roles: tuple[str, ...] = ROLES) -> None:
    """Run every cell of ``roles`` in ``face`` and read the database after each."""
    for role in roles:
        for what, (sql, _verdicts) in MATRIX.items():
            before = db.snapshot()
            verdict, rows = face(role, sql)
            want, want_rows = expected(role, what)
            assert verdict == want, (role, what, verdict)
            if want_rows is not None:
                assert rows == want_rows, (role, what, rows)
            after = db.snapshot()
            if verdict != A or sql.startswith("SELECT"):
                assert after == before, (role, what, "changed the database")
            elif what == "insert":
                assert after[0] == before[0] + 1
            elif what == "create table":
                assert after[2]


def test_every_face_gives_the_same_verdict_on_sqlite(lite: Db, config: Path, isolated_home: Path) -> None:
    repl, mcp = repl_face(lite), mcp_face(lite)
    check_face(repl, lite)
    check_face(mcp, lite)
    mcp.close()  # type: ignore[attr-defined]
    for web in web_face(lite):
        check_face(web, lite)
    cli = cli_face(lite, config, isolated_home)
    # the roles that change nothing run their cells side by side (each a process); then admin's, one by one
    before = lite.snapshot()
    cells = [(role, what) for role in ("viewer", "analyst", "reporter") for what in MATRIX]
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda cell: cli(cell[0], MATRIX[cell[1]][0]), cells))
    for (role, what), (verdict, rows) in zip(cells, got, strict=True):
        want, want_rows = expected(role, what)
        assert verdict == want and (want_rows is None or rows == want_rows), (role, what, verdict, rows)
    assert lite.snapshot() == before
    check_face(cli, lite, ("admin",))
    with sqlite3.connect(lite.url.removeprefix("sqlite:///")) as conn:  # admin's inserts, once per face
        assert conn.execute("SELECT count(*) FROM pub WHERE id = 100").fetchone()[0] == 4


def test_postgres_gives_the_same_verdicts_in_the_repl_and_mcp(pg: Db, config: Path) -> None:
    repl, mcp = repl_face(pg), mcp_face(pg)
    check_face(repl, pg)
    check_face(mcp, pg)
    mcp.close()  # type: ignore[attr-defined]


def test_a_viewer_session_is_read_only_in_the_engine(pg: Db, config: Path) -> None:
    """A role that only reads opens the session read-only: with the policy out of the way, the
    engine itself refuses the write; the role's timeout is the session's when it is smaller."""
    from aishell.config import load_settings

    session = make_session(pg.url, role="reporter", timeout=60, settings=load_settings())
    try:
        assert session.read_only and session.timeout == 60
        session.policy.read_only, session.policy.allow_writes = False, True
        session.policy.role = None  # type: ignore[attr-defined]
        before = pg.snapshot()
        result = session.run("INSERT INTO pub VALUES (7)", CollectingSink(), assume_yes=True)
        assert result.error is not None and "read-only" in result.error.message
        assert pg.snapshot() == before
    finally:
        session.close()


def test_mariadb_tables_differing_by_case_are_two_tables_to_a_role(config: Path,
                                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    """On a server with ``lower_case_table_names = 0`` (Linux) ``pub`` and ``PUB`` are two tables: the
    reporter, allowed ``pub``, reads it and is refused ``PUB``, and its catalog lists only ``pub``."""
    import pymysql
    from engine_dbs import new_database

    with new_database("mysql", tmp_path_factory.mktemp("roles-my"), "aishell_roles_") as url:
        u = DatabaseURL.parse(url)
        conn = pymysql.connect(host=u.host, port=u.port, user="root", password="", database=u.database)
        with conn.cursor() as cur:
            cur.execute("SELECT @@lower_case_table_names")
            row = cur.fetchone()
            if row is None or int(row[0]) != 0:
                pytest.skip("this server compares table names without case")
            for sql in ("CREATE TABLE pub (id int)", "CREATE TABLE PUB (id int)", "INSERT INTO PUB VALUES (9)"):
                cur.execute(sql)
        conn.commit()
        conn.close()
        from aishell.config import load_settings

        session = make_session(url, role="reporter", settings=load_settings())
        try:
            assert session.run("SELECT id FROM pub", CollectingSink()).ok
            with pytest.raises(PolicyError, match="role reporter may not touch PUB"):
                session.run("SELECT id FROM PUB", CollectingSink())
            assert [t.name for t in session.catalog().tables] == ["pub"]
        finally:
            session.close()


def test_a_role_that_limits_tables_gets_no_server_wide_views(pg: Db, config: Path) -> None:
    """Live activity, health checks and slow statements show other sessions' statements and every
    table's statistics: refused for the reporter (limited to ``pub``) in the service every face
    calls, and from the CLI; a role without a table list still reads them."""
    from aishell.config import load_settings
    from aishell.services import activity, health, workload

    session = make_session(pg.url, role="reporter", settings=load_settings())
    try:
        for what, read in (("live activity", activity.snapshot), ("health checks", health.check_health),
                           ("slow statements", workload.slow), ("the recorded workload", workload.recorded)):
            with pytest.raises(PolicyError, match=f"role reporter limits tables: {what} would show"):
                read(session)  # type: ignore[operator]
    finally:
        session.close()
    viewer = make_session(pg.url, role="viewer", settings=load_settings())
    try:
        assert activity.snapshot(viewer).supported
    finally:
        viewer.close()
    exe = Path(sys.executable).parent / "aishell"
    proc = subprocess.run([str(exe), "--role", "reporter", "-d", pg.url, "health"], capture_output=True, text=True,
                          env={**os.environ, "AISHELL_CONFIG": str(config)}, timeout=60)  # fmt: skip
    assert proc.returncode != 0 and "role reporter limits tables: health checks" in proc.stderr, proc.stderr
