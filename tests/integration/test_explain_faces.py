"""Plans that explain themselves, on real engines and through every face.

A 20,000-row table on a real SQLite file, on PostgreSQL and on MariaDB: a sequential scan under a
selective filter is flagged until an index exists; a function on an indexed column and a deep
OFFSET are flagged; ``--analyze`` of a DELETE needs consent and leaves the rows in place.  The
CLI, the REPL, the web API and the MCP tool return the same lints for the same statement.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from aishell.cli.main import cli

ROWS = 20_000
TABLE = "explain_people"
SELECTIVE = f"SELECT id, email FROM {TABLE} WHERE email = 'u777@example.com'"
WRAPPED = f"SELECT id FROM {TABLE} WHERE lower(email) = 'u777@example.com'"
DEEP = f"SELECT id, email FROM {TABLE} ORDER BY id LIMIT 20 OFFSET 5000"
SCHEMA = f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, city VARCHAR(40))"
INDEX = f"CREATE INDEX {TABLE}_email ON {TABLE} (email)"


def _rows() -> list[tuple[int, str, str]]:
    return [(i, f"u{i}@example.com", ("Lyon", "Oslo", "Lima", "Pune")[i % 4]) for i in range(1, ROWS + 1)]


Runner = Callable[[str], None]


def _sqlite(tmp_path: Path) -> tuple[str, Runner]:
    path = tmp_path / "explain.db"
    conn = sqlite3.connect(path)
    conn.execute(SCHEMA)
    conn.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?)", _rows())
    conn.execute("ANALYZE")  # the row estimate the lint reads (sqlite_stat1)
    conn.commit()
    conn.close()

    def run(sql: str) -> None:
        with sqlite3.connect(path) as c:
            c.execute(sql)
            c.execute("ANALYZE")

    return f"sqlite:///{path}", run


def _postgres(pg_url: str) -> tuple[str, Runner]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
        conn.execute(SCHEMA)
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO {TABLE} VALUES (%s, %s, %s)", _rows())
        conn.execute(f"ANALYZE {TABLE}")

    def run(sql: str) -> None:
        with psycopg.connect(pg_url, autocommit=True) as c:
            c.execute(sql)
            if not sql.startswith("DROP"):
                c.execute(f"ANALYZE {TABLE}")

    return pg_url, run


def _mariadb(mysql_url: str) -> tuple[str, Runner]:
    import pymysql

    from aishell.urls import DatabaseURL

    url = DatabaseURL.parse(mysql_url)

    def run(sql: str) -> None:
        conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user, password="",
                               database=url.database, autocommit=True)  # fmt: skip
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                if sql.startswith("CREATE INDEX"):
                    cur.execute(f"ANALYZE TABLE {TABLE}")
        finally:
            conn.close()

    run(f"DROP TABLE IF EXISTS {TABLE}")
    run(SCHEMA)
    conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user, password="", database=url.database)
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO {TABLE} VALUES (%s, %s, %s)", _rows())
        cur.execute(f"ANALYZE TABLE {TABLE}")
    conn.commit()
    conn.close()
    return mysql_url, run


@pytest.fixture(params=["sqlite", "postgres", "mariadb"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Runner]]:
    if request.param == "sqlite":
        yield _sqlite(tmp_path)
        return
    if request.param == "postgres":
        url, run = _postgres(request.getfixturevalue("pg_url"))
    else:
        url, run = _mariadb(request.getfixturevalue("mysql_url"))
    yield url, run
    run(f"DROP TABLE IF EXISTS {TABLE}")


def _cli(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _explain_json(url: str, sql: str, *extra: str) -> dict[str, Any]:
    result = _cli("explain", "--db", url, "--format", "json", *extra, sql)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _codes(data: dict[str, Any]) -> list[str]:
    return [x["code"] for x in data["lints"]]


def _scan_path(data: dict[str, Any]) -> str:
    """The path of the node that reads the table."""

    def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield node
        for child in node["children"]:
            yield from walk(child)

    return str(next(n["path"] for n in walk(data["tree"]["root"]) if n.get("relation")))


def test_seq_scan_flagged_until_the_index_exists(engine: tuple[str, Runner]) -> None:
    url, run = engine
    before = _explain_json(url, SELECTIVE)
    assert before["tree"] is not None and before["analyzed"] is False
    seq = [x for x in before["lints"] if x["code"] == "seq-scan"]
    assert len(seq) == 1, before["lints"]
    assert seq[0]["severity"] == "warning" and seq[0]["node"] == _scan_path(before)
    assert f"{TABLE} (email)" in seq[0]["hint"]
    if not url.startswith("mysql"):  # InnoDB's row count is an estimate (19,644 for 20,000)
        assert f"all {ROWS:,} rows" in seq[0]["message"]
    text = _cli("explain", "--db", url, SELECTIVE)
    assert text.exit_code == 0 and "seq-scan" in text.stdout and "warning" in text.stdout
    assert all(len(line) <= 80 for line in text.stdout.splitlines())

    run(INDEX)
    after = _explain_json(url, SELECTIVE)
    assert "seq-scan" not in _codes(after), after["lints"]
    assert any(n == f"{TABLE}_email" for n in _indexes_used(after["tree"]["root"]))


def _indexes_used(node: dict[str, Any]) -> Iterator[str]:
    if node.get("index"):
        yield node["index"]
    for child in node["children"]:
        yield from _indexes_used(child)


def test_function_on_an_indexed_column_and_a_deep_offset(engine: tuple[str, Runner]) -> None:
    url, run = engine
    run(INDEX)
    wrapped = _explain_json(url, WRAPPED)
    lint = next(x for x in wrapped["lints"] if x["code"] == "function-on-index")
    assert f"{TABLE}.email" in lint["message"] and lint["severity"] == "warning"
    assert "function-on-index" not in _codes(_explain_json(url, SELECTIVE))
    if not url.startswith("mysql"):  # an index on the expression itself serves it (not in MariaDB)
        run(f"CREATE INDEX {TABLE}_lower ON {TABLE} (lower(email))")
        served = _explain_json(url, WRAPPED)
        assert "function-on-index" not in _codes(served) and "seq-scan" not in _codes(served)
        assert f"{TABLE}_lower" in set(_indexes_used(served["tree"]["root"]))
    deep = _explain_json(url, DEEP)
    assert [x["severity"] for x in deep["lints"] if x["code"] == "deep-offset"] == ["warning"]
    shallow = _explain_json(url, DEEP.replace("5000", "50"))
    assert "deep-offset" not in _codes(shallow)
    # a critical or warning lint is advice: the command still exits 0
    assert _cli("explain", "--db", url, DEEP).exit_code == 0


def test_analyze_of_a_delete_needs_consent_and_leaves_the_rows(pg_url: str) -> None:
    import psycopg

    url, run = _postgres(pg_url)
    try:
        refused = _cli("explain", "--analyze", "--db", url, f"DELETE FROM {TABLE}")
        assert refused.exit_code == 1 and "refused without confirmation" in refused.stderr
        analyzed = _explain_json(url, f"DELETE FROM {TABLE}", "--analyze", "--yes")
        assert analyzed["analyzed"] is True and analyzed["tree"]["analyzed"] is True
        with psycopg.connect(pg_url) as conn:
            assert conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone() == (ROWS,)
        selected = _explain_json(url, SELECTIVE, "--analyze")
        assert selected["analyzed"] is True and "seq-scan" in _codes(selected)
    finally:
        run(f"DROP TABLE IF EXISTS {TABLE}")


def test_spill_and_nested_loop_on_postgres(pg_url: str) -> None:
    """The service on a real server: a sort made to spill, and a nested loop made to run its
    inner side 20,000 times, each flagged on the node PostgreSQL shows."""
    from aishell.output.sink import CollectingSink
    from aishell.services.explain import explain
    from aishell.services.factory import make_session

    url, run = _postgres(pg_url)
    run(INDEX)
    session = make_session(url)
    try:
        for setting in ("SET work_mem = '64kB'", "SET enable_hashjoin = off", "SET enable_mergejoin = off",
                        "SET max_parallel_workers_per_gather = 0"):  # fmt: skip
            assert session.run(setting, CollectingSink()).ok
        spilled = explain(session, f"SELECT * FROM {TABLE} ORDER BY city, email DESC", analyze=True)
        spill = [x for x in spilled.lints if x.code == "spill"]
        sort = spilled.node(spill[0].node or "") if len(spill) == 1 else None
        assert sort is not None and sort.op == "Sort", spilled.lints
        looped = explain(session, f"SELECT count(*) FROM {TABLE} a JOIN {TABLE} b ON b.email = a.email")
        loop = [x for x in looped.lints if x.code == "nested-loop"]
        assert len(loop) == 1 and "20,000 outer rows" in loop[0].message
        join = looped.node(loop[0].node or "")
        assert join is not None and join.op == "Nested Loop"
        assert looped.hottest and looped.hottest[0].basis == "cost"
        assert spilled.hottest and spilled.hottest[0].basis == "time"
    finally:
        session.close()
        run(f"DROP TABLE IF EXISTS {TABLE}")


def test_analyze_in_the_repl_asks_first(pg_url: str, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import psycopg

    from aishell.config import Settings
    from aishell.connections import Target
    from aishell.repl.app import Repl
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    url, run = _postgres(pg_url)
    session = Session(Target(DatabaseURL.parse(url), "r", "--db"))
    repl = Repl(session, Settings(), assume_yes=False)
    answers = iter(["n", "yes"])
    monkeypatch.setattr(repl, "_ask", lambda message, password=False: next(answers))
    try:
        capsys.readouterr()
        repl.handle(f"\\explain analyze DELETE FROM {TABLE}")
        assert "cancelled by user" in capsys.readouterr().err
        repl.handle(f"\\explain ANALYZE DELETE FROM {TABLE};")
        out = capsys.readouterr()
        assert "Plan (analyzed)" in out.out and "ERROR" not in out.err
        with psycopg.connect(pg_url) as conn:
            assert conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone() == (ROWS,)
        repl.handle("\\explain")
        assert "usage: \\explain [analyze] SQL" in capsys.readouterr().err
    finally:
        session.close()
        run(f"DROP TABLE IF EXISTS {TABLE}")


# --------------------------------------------------------------------------- one statement, four faces
def _via_repl(url: str, sql: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    from aishell.config import Settings
    from aishell.connections import Target
    from aishell.repl.app import Repl
    from aishell.services.session import Session
    from aishell.urls import DatabaseURL

    session = Session(Target(DatabaseURL.parse(url), "r", "--db"))
    repl = Repl(session, Settings(), assume_yes=False)
    repl.fmt = "json"
    try:
        capsys.readouterr()
        repl.handle(f"\\explain {sql}")
        out = capsys.readouterr()
        assert "ERROR" not in out.err, out.err
        lints: list[dict[str, Any]] = json.loads(out.out)["lints"]
        capsys.readouterr()
        repl.fmt = "table"
        repl.handle(f"\\explain {sql}")
        assert "Lints (" in capsys.readouterr().out
    finally:
        session.close()
    return lints


def _via_web(url: str, sql: str, tmp_path: Path) -> list[dict[str, Any]]:
    from fastapi.testclient import TestClient

    from aishell.connections import Target
    from aishell.state import StateStore
    from aishell.urls import DatabaseURL
    from aishell.web.app import WebConfig, create_app
    from aishell.web.auth import TokenStore

    state = StateStore(tmp_path / "web-state.db")
    try:
        app = create_app([Target(DatabaseURL.parse(url), "db", "--db")], state=state, config=WebConfig())
        token = TokenStore(state).create("viewer", "explain-test")[0]
        with TestClient(app, base_url="http://127.0.0.1") as client:
            r = client.post("/api/explain", json={"sql": sql}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["text"] and "plan" in body and body["tree"]["root"]["path"] == "0"
        lints: list[dict[str, Any]] = body["lints"]
        return lints
    finally:
        state.close()


def _via_mcp(url: str, sql: str) -> list[dict[str, Any]]:
    from aishell.mcp.tools import Toolbox, open_connections, resolve_specs
    from aishell.state import StateStore

    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([url]), allow_writes=False, allow_ddl=False, state=state),
                  state=state)  # fmt: skip
    try:
        out = box.explain_query(sql)
    finally:
        box.close()
    assert out["plan"] and out["tree"]["root"]["path"] == "0"
    lints: list[dict[str, Any]] = out["lints"]
    return lints


def test_every_face_gives_the_same_lints(engine: tuple[str, Runner], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    pytest.importorskip("fastapi")
    url, _run = engine
    sql = f"SELECT * FROM {TABLE} WHERE email = 'u777@example.com' LIMIT 20 OFFSET 5000"
    cli_lints = _explain_json(url, sql)["lints"]
    assert {"seq-scan", "deep-offset"} <= {x["code"] for x in cli_lints}
    assert _via_repl(url, sql, capsys) == cli_lints
    assert _via_web(url, sql, tmp_path) == cli_lints
    assert _via_mcp(url, sql) == cli_lints


def test_every_face_applies_the_configured_thresholds(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The config file's ``[explain]`` table moves the lints the same way in the CLI, the REPL,
    the web API, the MCP tool and ask's answer about a slow statement."""
    pytest.importorskip("fastapi")
    from aishell.config import config_path

    for var in ("AISHELL_PROVIDER", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OLLAMA_HOST"):
        monkeypatch.delenv(var, raising=False)
    url, _run = _sqlite(tmp_path)
    sql = f"SELECT id, email FROM {TABLE} WHERE email = 'u777@example.com' LIMIT 20 OFFSET 500"
    question = f"why is {sql} so slow?"

    def faces(run: str) -> dict[str, set[str]]:
        (tmp_path / run).mkdir()
        answer = _cli("ask", "--db", url, question)
        assert answer.exit_code == 0, answer.output
        return {"cli": set(_codes(_explain_json(url, sql))),
                "repl": {x["code"] for x in _via_repl(url, sql, capsys)},
                "web": {x["code"] for x in _via_web(url, sql, tmp_path / run)},
                "mcp": {x["code"] for x in _via_mcp(url, sql)},
                "ask": {code for code, words in (("seq-scan", f"reads all {ROWS:,} rows"),
                                                 ("deep-offset", "OFFSET 500")) if words in answer.stdout}}  # fmt: skip

    defaults = faces("defaults")
    assert all(codes == {"seq-scan"} for codes in defaults.values()), defaults
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text("[explain]\nlarge_table_rows = 50000\ndeep_offset = 100\n")
    configured = faces("configured")
    assert all(codes == {"deep-offset"} for codes in configured.values()), configured
