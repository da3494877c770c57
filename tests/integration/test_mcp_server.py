"""``aishell mcp`` as a real process, driven by the official ``mcp`` client library.

Every engine (SQLite, PostgreSQL, MariaDB) over both transports (stdio, streamable
HTTP): the tool list, each tool, the schema resources, the known read-only bypasses
(each refused, the data unchanged, no file written), the row limit and the statement
timeout, the write and DDL flags, the bearer token, and the audit log.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from mcp_types import Implementation

pytestmark = pytest.mark.integration

#: the name the stdio test client gives in its initialize (the audit log's "who")
CLIENT_NAME = "aishell-test-agent"

ENGINES = ["sqlite", "postgres", "mysql"]
TRANSPORTS = ["stdio", "http"]
TOOLS = {"list_connections", "list_tables", "describe_table", "run_query", "explain_query", "ask", "health",
         "slow_queries", "activity"}  # fmt: skip
TOKEN = "test-token-" + uuid.uuid4().hex
PG_PASSWORD = "s3cretPw" + uuid.uuid4().hex[:6]  # PostgreSQL trusts loopback: any password works


# --------------------------------------------------------------------------- data
def _setup_sql(engine: str) -> list[str]:
    text = "varchar(50)" if engine == "mysql" else "text"
    stmts = [
        f"CREATE TABLE mcp_categories (id integer PRIMARY KEY, name {text} NOT NULL)",
        f"CREATE TABLE mcp_items (id integer PRIMARY KEY, name {text} NOT NULL, price numeric(10,2), "
        "category_id integer REFERENCES mcp_categories(id))",
        "CREATE INDEX mcp_items_name ON mcp_items(name)",
        "INSERT INTO mcp_categories VALUES (1, 'tools'), (2, 'toys'), (3, 'food')",
        "INSERT INTO mcp_items VALUES "
        + ", ".join(f"({i}, 'item {i}', {i * 1.25:.2f}, {i % 3 + 1})" for i in range(1, 21)),
    ]
    if engine == "mysql":
        stmts[1] = stmts[1].replace("REFERENCES mcp_categories(id))", ", FOREIGN KEY (category_id) REFERENCES "
                                    "mcp_categories(id)) ENGINE=InnoDB")  # fmt: skip
        stmts.append("ANALYZE TABLE mcp_items")
    if engine == "postgres":
        stmts.append("ANALYZE mcp_items")
    return stmts


class Database:
    """The fixture tables on one engine, with a direct (non-aishell) way to look at them."""

    def __init__(self, engine: str, url: str, direct: Callable[[str], list[tuple[Any, ...]]]) -> None:
        self.engine, self.url, self.direct = engine, url, direct

    def fingerprint(self) -> tuple[Any, ...]:
        rows = self.direct("SELECT count(*), sum(price), min(name), max(category_id) FROM mcp_items")
        return (*[str(v) for v in rows[0]], tuple(sorted(self.tables())))

    def tables(self) -> list[str]:
        if self.engine == "sqlite":
            rows = self.direct("SELECT name FROM sqlite_master WHERE type = 'table'")
        elif self.engine == "postgres":
            rows = self.direct("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        else:
            rows = self.direct("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
        return [str(r[0]) for r in rows]


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Callable[[str], Database]]:
    made: dict[str, Database] = {}
    closers: list[Callable[[], None]] = []

    def get(engine: str) -> Database:
        if engine in made:
            return made[engine]
        if engine == "sqlite":
            path = tmp_path_factory.mktemp("mcp-sqlite") / "shop.db"
            conn = sqlite3.connect(path)
            for s in _setup_sql("sqlite"):
                conn.execute(s)
            conn.commit()
            conn.close()

            def direct_sqlite(sql: str) -> list[tuple[Any, ...]]:
                with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
                    return c.execute(sql).fetchall()

            made[engine] = Database(engine, f"sqlite:///{path}", direct_sqlite)
        elif engine == "postgres":
            import psycopg

            url = request.getfixturevalue("pg_url")
            pg = psycopg.connect(url, autocommit=True)
            closers.append(pg.close)
            for s in ["DROP TABLE IF EXISTS mcp_items, mcp_categories, mcp_copy CASCADE", *_setup_sql("postgres")]:
                pg.execute(s)

            def direct_pg(sql: str) -> list[tuple[Any, ...]]:
                return pg.execute(sql).fetchall()

            made[engine] = Database(engine, url, direct_pg)
        else:
            import pymysql

            url = request.getfixturevalue("mysql_url")
            dbname = url.rsplit("/", 1)[1]
            my = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", database=dbname,
                                 autocommit=True)  # fmt: skip
            closers.append(my.close)
            for s in ["DROP TABLE IF EXISTS mcp_items, mcp_categories", *_setup_sql("mysql")]:
                with my.cursor() as cur:
                    cur.execute(s)

            def direct_my(sql: str) -> list[tuple[Any, ...]]:
                with my.cursor() as cur:
                    cur.execute(sql)
                    return list(cur.fetchall())

            made[engine] = Database(engine, url, direct_my)
        return made[engine]

    yield get
    for close in closers:
        close()


# --------------------------------------------------------------------------- servers
class Remote:
    """A real ``aishell mcp`` process with an MCP client connected to it, for sync tests."""

    def __init__(self, transport: str, args: list[str], home: Path, *, env_token: bool = True) -> None:
        self.transport = transport
        self.home = home
        self.env = dict(os.environ, AISHELL_HOME=str(home))
        self.env.pop("AISHELL_MCP_TOKEN", None)
        self.stack = contextlib.ExitStack()
        self.portal = self.stack.enter_context(anyio.from_thread.start_blocking_portal())
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self.token = TOKEN
        command = [sys.executable, "-m", "aishell", "mcp", *args]
        try:
            if transport == "stdio":
                params = StdioServerParameters(command=command[0], args=command[1:], env=self.env)
                cm: Any = Client(params, read_timeout_seconds=60,
                                 client_info=Implementation(name=CLIENT_NAME, version="1.0"))  # fmt: skip
            else:
                if env_token:
                    self.env["AISHELL_MCP_TOKEN"] = TOKEN
                self.proc = subprocess.Popen([*command, "--transport", "http", "--port", "0"], env=self.env,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
                self.stack.callback(self._stop)
                self._read_banner(env_token)
                cm = _http_client(self.url, self.token)
            self.client: Client = self.stack.enter_context(self.portal.wrap_async_context_manager(cm))
        except BaseException:
            self.stack.close()
            raise

    def _read_banner(self, env_token: bool) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                raise AssertionError(f"server exited: {self.proc.wait()}")
            if "bearer token:" in line:
                assert not env_token
                self.token = line.rsplit(":", 1)[1].strip()
            if "listening on " in line:
                self.url = line.split("listening on ", 1)[1].strip()
                return
        raise AssertionError("the HTTP server did not start")

    def _stop(self) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:  # pragma: no cover
            self.proc.kill()
            self.proc.wait()

    def call(self, tool: str, **args: Any) -> tuple[bool, Any]:
        """(is_error, payload): the decoded JSON on success, the message on error."""
        result = self.portal.call(self.client.call_tool, tool, args)
        text = "".join(getattr(c, "text", "") for c in result.content)
        return bool(result.is_error), (text if result.is_error else json.loads(text))

    def ok(self, tool: str, **args: Any) -> Any:
        error, payload = self.call(tool, **args)
        assert not error, payload
        return payload

    def refused(self, tool: str, **args: Any) -> str:
        error, payload = self.call(tool, **args)
        assert error, f"{tool} {args} was not refused: {payload}"
        assert payload.startswith("refused"), payload
        return str(payload)

    def audit(self) -> list[tuple[Any, ...]]:
        """The MCP tool calls in the audit log: (face, who, connection, tool, statement, outcome, error)."""
        from aishell.audit.query import iter_entries

        keys = ("face", "who", "connection", "action", "statement", "outcome", "error")
        entries = iter_entries(self.home / "data" / "audit.log")
        return [tuple(e.get(k) for k in keys) for e in entries if e.get("kind") == "tool"]

    def close(self) -> None:
        self.stack.close()


@asynccontextmanager
async def _http_client(url: str, token: str) -> AsyncIterator[Client]:
    async with (
        create_mcp_http_client(headers={"Authorization": f"Bearer {token}"}) as http,
        Client(streamable_http_client(url, http_client=http), read_timeout_seconds=60) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def servers(databases: Callable[[str], Database], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Remote]]:
    """``servers(engine, transport, *flags)``: started once per module and reused."""
    running: dict[tuple[str, ...], Remote] = {}

    def get(engine: str, transport: str = "stdio", *flags: str, env_token: bool = True) -> Remote:
        key = (engine, transport, str(env_token), *flags)
        if key not in running:
            db = databases(engine)
            url = db.url
            if engine == "postgres":
                url = url.replace("postgres@", f"postgres:{PG_PASSWORD}@")
            home = tmp_path_factory.mktemp(f"mcp-home-{engine}-{transport}")
            args = ["--db", f"{engine}db={url}", *(flags or ("--max-rows", "5", "--timeout", "1")), "--provider", "offline"]
            running[key] = Remote(transport, args, home, env_token=env_token)
        return running[key]

    yield get
    for remote in running.values():
        remote.close()


# --------------------------------------------------------------------------- tests
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_tool_list_is_small_and_precise(servers: Callable[..., Remote], transport: str) -> None:
    remote = servers("sqlite", transport, env_token=False)  # HTTP: the server makes up a token
    tools = remote.portal.call(remote.client.list_tools).tools
    assert {t.name for t in tools} == TOOLS
    listing = json.dumps([{"name": t.name, "description": t.description, "inputSchema": t.input_schema}
                          for t in tools])  # fmt: skip
    assert len(listing) < 2000, f"the tool list costs {len(listing)} characters"
    assert '"title"' not in listing and "anyOf" not in listing
    by_name = {t.name: t for t in tools}
    assert by_name["run_query"].input_schema["required"] == ["sql"]
    assert set(by_name["run_query"].input_schema["properties"]) == {"sql", "connection"}
    assert "read-only" in (by_name["run_query"].description or "")
    assert by_name["list_tables"].annotations is not None and by_name["list_tables"].annotations.read_only_hint


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("engine", ENGINES)
def test_every_tool_on_every_engine(servers: Callable[..., Remote], engine: str, transport: str) -> None:
    remote = servers(engine, transport)
    name = f"{engine}db"

    conns = remote.ok("list_connections")
    assert conns["default"] == name and conns["max_rows"] == 5
    (conn,) = conns["connections"]
    assert conn["mode"] == "read-only" and conn["engine"] in {"sqlite", "postgres", "mysql"}
    assert PG_PASSWORD not in json.dumps(conns)

    tables = remote.ok("list_tables")
    assert tables["columns"] == ["name", "type", "rows_estimate"]
    items = next(r for r in tables["rows"] if r[0] == "mcp_items")
    assert items[1] == "table"
    assert remote.ok("list_tables", pattern="mcp_cat*")["rows"] == [["mcp_categories", "table", items[2] and 3]] or (
        [r[0] for r in remote.ok("list_tables", pattern="mcp_cat*")["rows"]] == ["mcp_categories"]
    )

    desc = remote.ok("describe_table", table="mcp_items")
    assert desc["table"] == "mcp_items" and desc["primary_key"] == ["id"]
    assert desc["columns"][0].startswith("id ") and "PK" in desc["columns"][0]
    assert any(c.startswith("category_id") and "-> mcp_categories.id" in c for c in desc["columns"])
    assert desc["foreign_keys"] == ["(category_id) -> mcp_categories(id)"]
    assert any(ix.startswith("mcp_items_name") for ix in desc["indexes"])
    assert len(desc["sample"]["rows"]) == 3 and desc["sample"]["columns"][:2] == ["id", "name"]
    assert remote.ok("describe_table", table="mcp_categories")["referenced_by"] == ["mcp_items(category_id)"]

    result = remote.ok("run_query", sql="SELECT name, price FROM mcp_items WHERE id = 2")
    assert result == {"columns": ["name", "price"], "rows": [["item 2", 2.5]], "row_count": 1, "truncated": False}
    assert remote.ok("run_query", sql="select count(*) AS n from mcp_items;")["rows"] == [[20]]

    plan = remote.ok("explain_query", sql="SELECT * FROM mcp_items WHERE id = 2")
    assert plan["connection"] == name and plan["plan"].strip()

    (health,) = remote.ok("health")["connections"]
    assert health["ok"] is True and health["name"] == name and health["version"]
    assert health["checks"] and all(c["ran"] for c in health["checks"] if c["id"] != "unused_indexes")
    assert health["worst"] in ("ok", "info", "warning", "critical")  # the engine's health checks (docs/health.md)
    act = remote.ok("activity")  # live sessions (docs/top.md), read through the gate of a read-only session
    assert act["connection"] == name and act["supported"] is (engine != "sqlite") and act["row_count"] >= 0
    assert len(act["sessions"]) <= 5 and not any(s["own"] for s in act["sessions"])
    assert engine == "sqlite" or act["counters"]["transactions"] is not None

    resources = remote.portal.call(remote.client.list_resources).resources
    assert [str(r.uri) for r in resources] == [f"aishell://schema/{name}"]
    content = remote.portal.call(remote.client.read_resource, f"aishell://schema/{name}").contents[0]
    text = getattr(content, "text", "")
    assert f"-- {name}:" in text and "(read-only)" in text
    assert "mcp_items(id " in text and "category_id" in text and "-> mcp_categories.id" in text

    answer = remote.ok("ask", question="how many mcp items are there")
    assert answer["sql"] == "SELECT COUNT(*) AS count FROM mcp_items" and answer["risk"] == "read"
    assert answer["ran"] is True and answer["result"]["rows"] == [[20]] and answer["explanation"]
    answer = remote.ok("ask", question="list all mcp items")
    assert answer["result"]["row_count"] == 5 and answer["result"]["truncated"] is True  # the row limit holds

    error, message = remote.call("run_query", sql="SELECT 1", connection="nope")
    assert error and "no connection named 'nope'" in message and name in message
    error, message = remote.call("describe_table", table="no_such_table")
    assert error and "no_such_table" in message
    error, message = remote.call("run_query", sql="SELECT * FROM no_such_table")
    assert error and message.startswith("error:") and "no_such_table" in message


COMMON_BYPASSES = [
    "SELECT * INTO mcp_copy FROM mcp_items",
    "WITH d AS (DELETE FROM mcp_items RETURNING *) SELECT * FROM d",
    "SELECT 1; DROP TABLE mcp_items",
    "SELECT 1 /* ; */; DELETE FROM mcp_items -- trailing comment",
    "/* harmless */ DELETE FROM mcp_items",
    "-- a comment\nUPDATE mcp_items SET price = 0",
    "DEL/**/ETE FROM mcp_items",
    "INSERT INTO mcp_items (id, name) VALUES (99, 'x')",
    "DROP TABLE mcp_items",
    "CREATE TABLE mcp_new (a int)",
    "SELECT * FROM mcp_items FOR UPDATE",
    "BEGIN",
]
BYPASSES = {
    "postgres": [
        "SELECT pg_read_file('/etc/hostname')",
        "SELECT * FROM pg_read_file('/etc/hostname')",
        "SELECT lo_import('/etc/hostname')",
        "COPY mcp_items TO PROGRAM 'touch {marker}'",
        "COPY (SELECT 1) TO '{marker}'",
        "SET statement_timeout = 0",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
        "EXPLAIN ANALYZE DELETE FROM mcp_items",
        "DO $$ BEGIN DELETE FROM mcp_items; END $$",
        "TRUNCATE mcp_items",
        "CREATE TEMP TABLE mcp_tmp AS SELECT 1",
    ],
    "mysql": [
        "SELECT load_file('/etc/hostname')",
        "SELECT * FROM mcp_items INTO OUTFILE '{marker}'",
        "SELECT * FROM mcp_items /*! INTO OUTFILE '{marker}' */",
        "/*!32302 DELETE FROM mcp_items */",
        "SELECT 1 /*M!100000 ; DELETE FROM mcp_items */",
        "SET SESSION TRANSACTION READ WRITE",
        "SET max_statement_time = 0",
        "SET autocommit = 0",
        "START TRANSACTION READ WRITE",
        # DDL that commits implicitly
        "RENAME TABLE mcp_items TO mcp_items2",
        "TRUNCATE TABLE mcp_items",
        "ALTER TABLE mcp_items ADD COLUMN z int",
        "CREATE INDEX mcp_ix ON mcp_items(price)",
        "CREATE TABLE mcp_x SELECT * FROM mcp_items",
        "GRANT ALL ON *.* TO 'mcp_x'@'%'",
        "LOCK TABLES mcp_items WRITE",
        "HANDLER mcp_items OPEN",
    ],
    "sqlite": [
        "ATTACH DATABASE '{marker}' AS x",
        "VACUUM INTO '{marker}'",
        "PRAGMA writable_schema = 1",
        "PRAGMA query_only = 0",
        "SELECT load_extension('{marker}')",
        "SELECT writefile('{marker}', 'x')",
        "REPLACE INTO mcp_items (id, name) VALUES (1, 'x')",
    ],
}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("engine", ENGINES)
def test_known_bypasses_are_refused_and_change_nothing(
    servers: Callable[..., Remote], databases: Callable[[str], Database], engine: str, transport: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    remote = servers(engine, transport)
    db = databases(engine)
    before = db.fingerprint()
    marker = Path("/tmp") / f"aishell-mcp-{uuid.uuid4().hex}"  # the database server writes here if it can
    for sql in COMMON_BYPASSES + BYPASSES[engine]:
        remote.refused("run_query", sql=sql.replace("{marker}", str(marker)))
    for sql in ["SELECT 1; DROP TABLE mcp_items", "ANALYZE DELETE FROM mcp_items", "DELETE FROM mcp_items",
                "(ANALYZE) DELETE FROM mcp_items"]:  # fmt: skip
        remote.refused("explain_query", sql=sql)
    assert db.fingerprint() == before
    assert not marker.exists()
    assert remote.ok("run_query", sql="SELECT count(*) FROM mcp_items")["rows"] == [[20]]


TIMEOUT_SQL = {
    "postgres": "SELECT pg_sleep(5)",
    "mysql": "SELECT SLEEP(5)",
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
}


HUGE_SQL = {
    "postgres": "SELECT a.x FROM generate_series(1, 10000) a(x), generate_series(1, 10000) b(y)",
    "mysql": "SELECT seq FROM seq_1_to_50000000",
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) SELECT x FROM c",
}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("engine", ENGINES)
def test_row_limit_and_statement_timeout(servers: Callable[..., Remote], engine: str, transport: str) -> None:
    remote = servers(engine, transport)  # --max-rows 5 --timeout 1
    result = remote.ok("run_query", sql="SELECT id FROM mcp_items ORDER BY id")
    assert result["rows"] == [[1], [2], [3], [4], [5]]
    assert result["truncated"] is True and result["row_count"] == 5
    started = time.monotonic()
    result = remote.ok("run_query", sql=HUGE_SQL[engine])  # far more than the timeout allows to read
    assert result["row_count"] == 5 and result["truncated"] is True
    assert time.monotonic() - started < 3
    started = time.monotonic()
    error, message = remote.call("run_query", sql=TIMEOUT_SQL[engine])
    assert error and "timed out" in message, message
    assert time.monotonic() - started < 4
    assert remote.ok("run_query", sql="SELECT 1 AS one")["rows"] == [[1]]  # the connection still works


@pytest.mark.parametrize("engine", ENGINES)
def test_writes_need_allow_writes_and_ddl_needs_allow_ddl(
    servers: Callable[..., Remote], databases: Callable[[str], Database], engine: str
) -> None:
    remote = servers(engine, "stdio", "--allow-writes")
    db = databases(engine)
    assert remote.ok("list_connections")["connections"][0]["mode"] == "read-write"
    assert remote.ok("run_query", sql="INSERT INTO mcp_categories (id, name) VALUES (40, 'new')")["rows_affected"] == 1
    assert remote.ok("run_query", sql="DELETE FROM mcp_categories WHERE id = 40")["rows_affected"] == 1
    tables = sorted(db.tables())
    for sql in ["CREATE TABLE mcp_new (a int)", "DROP TABLE mcp_items", "ALTER TABLE mcp_items ADD COLUMN z int",
                "SELECT 1; DELETE FROM mcp_items", "BEGIN", "DELETE FROM mcp_items", "UPDATE mcp_items SET price = 0",
                {"postgres": "SELECT pg_read_file('/etc/hostname')", "mysql": "SELECT load_file('/etc/hostname')",
                 "sqlite": "SELECT load_extension('x')"}[engine],
                {"postgres": "TRUNCATE mcp_items", "mysql": "RENAME TABLE mcp_items TO mcp_items2",
                 "sqlite": "VACUUM"}[engine]]:  # fmt: skip
        remote.refused("run_query", sql=sql)
    assert sorted(db.tables()) == tables
    assert db.direct("SELECT count(*) FROM mcp_items")[0][0] == 20


def test_allow_ddl(databases: Callable[[str], Database], tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("mcp-ddl") / "ddl.db"
    path.touch()  # an empty SQLite database: aishell opens existing files only
    remote = Remote("stdio", ["--db", f"sqlite:///{path}", "--allow-ddl"], tmp_path_factory.mktemp("mcp-home"))
    try:
        assert remote.ok("list_connections")["connections"][0] == {
            "name": "ddl", "engine": "sqlite", "url": f"sqlite:///{path}", "mode": "read-write+ddl"}  # fmt: skip
        remote.ok("run_query", sql="CREATE TABLE t (a int)")
        assert remote.ok("run_query", sql="INSERT INTO t VALUES (1), (2), (3)")["rows_affected"] == 3
        assert remote.ok("run_query", sql="DELETE FROM t")["rows_affected"] == 3  # whole-table: --allow-ddl
        assert remote.ok("run_query", sql="INSERT INTO t VALUES (1), (2)")["rows_affected"] == 2
        assert remote.ok("list_tables")["rows"] == [["t", "table", 2]] or remote.ok("list_tables")["rows"][0][0] == "t"
        marker = Path("/tmp") / f"aishell-mcp-{uuid.uuid4().hex}"
        for sql in ["SELECT writefile('{m}', 'y')", "ATTACH DATABASE '{m}' AS x", "VACUUM INTO '{m}'", "VACUUM"]:
            remote.refused("run_query", sql=sql.replace("{m}", str(marker)))  # never, whatever the flags
        assert not marker.exists()
        remote.refused("run_query", sql="CREATE TABLE u (a int); DROP TABLE t")  # one statement per call
    finally:
        remote.close()


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engine_enforces_read_only_too(databases: Callable[[str], Database], engine: str) -> None:
    """Even with a policy that lets everything through, a read-only MCP session cannot write."""
    from aishell.mcp.tools import Toolbox, ToolFailure, open_connections, resolve_specs
    from aishell.services.policy import Policy

    db = databases(engine)
    (conn,) = open_connections(resolve_specs([db.url]))
    conn.session.policy = Policy(read_only=False, confirm_destructive=False)  # a classifier bug, simulated
    box = Toolbox([conn])
    before = db.fingerprint()
    try:
        for sql in ["DELETE FROM mcp_items", "UPDATE mcp_items SET price = 0", "CREATE TABLE mcp_probe (a int)",
                    "ALTER TABLE mcp_items RENAME TO mcp_items2"]:  # fmt: skip
            with pytest.raises(ToolFailure):
                box.run_query(sql)
    finally:
        box.close()
    assert db.fingerprint() == before


def test_ask_never_runs_a_generated_change(databases: Callable[[str], Database], monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody can confirm over MCP: a generated statement that is not a plain read is returned, not run."""
    from aishell.ai.pipeline import AskResult
    from aishell.mcp.tools import Toolbox, open_connections, resolve_specs
    from aishell.services import ask as ask_service
    from aishell.sql.classify import classify

    db = databases("sqlite")
    before = db.fingerprint()

    def fake_ask(session: Any, question: str, **kwargs: Any) -> AskResult:
        sql = "DELETE FROM mcp_items WHERE id = 1"
        return AskResult(question, sql, "Delete item 1.", classify(sql, "sqlite"), "write", ok=True)

    monkeypatch.setattr(ask_service, "ask", fake_ask)
    for writes in (False, True):
        box = Toolbox(open_connections(resolve_specs([db.url]), allow_writes=writes))
        try:
            answer = box.ask("remove the first item")
        finally:
            box.close()
        assert answer["ran"] is False and answer["risk"] == "write" and answer["sql"].startswith("DELETE")
        assert "refused" in answer
    assert db.fingerprint() == before


def test_http_needs_the_bearer_token_and_loopback(servers: Callable[..., Remote]) -> None:
    remote = servers("postgres", "http")
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = httpx.post(remote.url, headers={**headers, "Accept": "application/json, text/event-stream"},
                              json={"jsonrpc": "2.0", "id": 1, "method": "ping"})  # fmt: skip
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
    done = subprocess.run([sys.executable, "-m", "aishell", "mcp", "--db", "sqlite:///:memory:", "--transport",
                           "http", "--host", "0.0.0.0", "--port", "0"], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, AISHELL_HOME=str(remote.home)))  # fmt: skip
    assert done.returncode == 2 and "--allow-remote" in done.stderr


def test_every_call_is_audited_and_secrets_stay_out(servers: Callable[..., Remote]) -> None:
    remote = servers("postgres", "stdio")
    remote.ok("run_query", sql=f"SELECT '{PG_PASSWORD}' AS pw, 1 AS audited_marker")
    remote.refused("run_query", sql="DELETE FROM mcp_items WHERE id = 1")
    remote.ok("health")
    records = remote.audit()
    # who: the name the client gave in its initialize, for the tool calls and their statements alike
    # (a schema resource read carries no client context in the SDK: the transport names the client there)
    assert {r[0] for r in records} == {"mcp"}
    assert {r[1] for r in records if r[3] != "schema"} == {CLIENT_NAME}
    assert {r[1] for r in records if r[3] == "schema"} <= {"stdio"}
    from aishell.audit.query import iter_entries

    statements = [e for e in iter_entries(remote.home / "data" / "audit.log") if e.get("kind") == "statement"]
    assert statements and {e.get("who") for e in statements} == {CLIENT_NAME}
    assert {r[2] for r in records} == {"postgresdb", "nope"}  # the connection asked for, known or not
    by_statement = {r[4]: r for r in records if r[4]}
    refused = by_statement["DELETE FROM mcp_items WHERE id = 1"]
    assert refused[3] == "run_query" and refused[5] == "refused" and "read-only" in refused[6]
    assert any(r[3] == "health" and r[5] == "ok" for r in records)
    assert any(r[3] == "run_query" and r[5] == "ok" and "audited_marker" in (r[4] or "") for r in records)
    for path in [*(remote.home / "data").glob("state.db*"), remote.home / "data" / "audit.log"]:  # and its WAL
        assert PG_PASSWORD.encode() not in path.read_bytes()
