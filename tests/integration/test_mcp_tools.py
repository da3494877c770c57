"""The MCP tools in-process: values, naming, the stricter policy, errors, and the HTTP guard.

The real server process is driven in ``test_mcp_server.py``; these cover the pieces
that need no process (and run in milliseconds).
"""

from __future__ import annotations

import datetime as dt
import decimal
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest

from aishell.connections import ConnectionStore
from aishell.errors import UsageError
from aishell.mcp.gate import McpPolicy
from aishell.mcp.server import BearerAuth, _compact, serve_http
from aishell.mcp.tools import (
    CappedSink,
    Enough,
    Toolbox,
    ToolFailure,
    jsonable,
    open_connections,
    resolve_specs,
    schema_text,
)
from aishell.output.sink import Summary
from aishell.services.connect import is_loopback
from aishell.sql.classify import classify
from aishell.state import StateStore


@pytest.fixture
def shop(tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, photo BLOB);
        CREATE TABLE lines (order_id INTEGER, line INTEGER, customer_id INTEGER REFERENCES customers(id),
                            PRIMARY KEY (order_id, line));
        CREATE VIEW names AS SELECT name FROM customers;
        """
    )
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)",
                     [(i, f"c{i}", "x" * 600 if i == 1 else None, b"\x00\x01" if i == 1 else None)
                      for i in range(1, 8)])  # fmt: skip
    conn.commit()
    conn.close()
    return f"sqlite:///{path}"


def box_for(url: str, **kwargs: Any) -> Toolbox:
    state = StateStore()
    writes = kwargs.pop("allow_writes", False)
    ddl = kwargs.pop("allow_ddl", False)
    conns = open_connections(resolve_specs([url]), allow_writes=writes, allow_ddl=ddl, state=state)
    return Toolbox(conns, state=state, **kwargs)


def test_values_become_compact_json() -> None:
    assert jsonable(decimal.Decimal("12.50")) == 12.5
    assert jsonable(decimal.Decimal("3")) == 3
    assert jsonable(decimal.Decimal("0.1000000000000000000001")) == "0.1000000000000000000001"
    assert jsonable(decimal.Decimal("NaN")) == "NaN"
    assert jsonable(float("inf")) == "inf"
    assert jsonable(dt.date(2024, 5, 6)) == "2024-05-06"
    assert jsonable(dt.datetime(2024, 5, 6, 7, 8, 9)) == "2024-05-06T07:08:09"
    assert jsonable(dt.timedelta(hours=1)) == "1:00:00"
    assert jsonable(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    assert jsonable(b"\x00\x01") == "base64:AAE="
    assert jsonable(b"x" * 400, max_chars=10).endswith("…[400 bytes]")
    assert jsonable("y" * 30, max_chars=10) == "y" * 10 + "…[30 chars]"
    assert jsonable({"a": [1, decimal.Decimal("2.5")], 3: None}) == {"a": [1, 2.5], "3": None}
    assert jsonable(object()).startswith("<object object")


def test_connection_names(shop: str, tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    names = [t.name for t in resolve_specs([shop, "main=" + other, shop])]
    assert names == ["shop", "main", "shop-2"]
    with pytest.raises(UsageError, match="two connections named 'main'"):
        resolve_specs(["main=" + shop, "main=" + other])
    ConnectionStore().add("saved", shop, read_only=True, timeout=2)
    (saved,) = open_connections(resolve_specs(["saved"]), allow_writes=True)
    assert saved.name == "saved" and saved.mode == "read-only"  # a read-only saved connection stays so
    assert saved.session.timeout == 2  # the smaller of the server's and the connection's timeouts
    (demo,) = resolve_specs([])
    assert demo.name == "demo"
    with pytest.raises(UsageError):
        Toolbox([])


def test_the_gate_is_stricter_than_the_shared_policy() -> None:
    ro = McpPolicy(read_only=True, allow_writes=False, allow_ddl=False, confirm_destructive=False)
    rw = McpPolicy(read_only=False, allow_writes=True, allow_ddl=False, confirm_destructive=False)
    ddl = McpPolicy(read_only=False, allow_writes=True, allow_ddl=True, confirm_destructive=False)

    def verdict(policy: McpPolicy, sql: str, dialect: str = "postgres") -> str:
        decision = policy.judge_all([classify(s, dialect) for s in [sql]] if sql else [])
        return decision.verdict.value + ": " + decision.message

    assert verdict(ro, "SELECT 1").startswith("allow")
    assert verdict(ro, "") == "refuse: no SQL statement given"
    assert "one statement per call" in verdict(ro, "SELECT 1; SELECT 2")
    assert "executable comments" in verdict(ddl, "SELECT 1 /*! , 2 */", "mysql")
    assert "pg_read_file" in verdict(ddl, "SELECT pg_read_file('x')")
    assert "session and transaction" in verdict(ddl, "SET statement_timeout = 0")
    assert "administrative" in verdict(ddl, "GRANT ALL ON t TO bob")
    assert "not understood" in verdict(ddl, "FROBNICATE t")
    assert "whole-table changes need --allow-ddl" in verdict(rw, "DELETE FROM t")
    assert verdict(rw, "DELETE FROM t WHERE id = 1").startswith("allow")
    assert verdict(ddl, "DELETE FROM t").startswith("allow")
    assert "schema changes are not allowed" in verdict(rw, "CREATE TABLE u (a int)")
    assert verdict(ddl, "CREATE TABLE u (a int)").startswith("allow")


def test_tools_in_process(shop: str) -> None:
    box = box_for(shop, max_rows=3)
    try:
        conns = box.list_connections()
        assert conns["connections"][0]["mode"] == "read-only" and conns["timeout_s"] == 30.0
        listing = box.list_tables()
        assert ["names", "view", None] in listing["rows"] and listing["rows"][0][0] == "customers"
        lines = box.describe_table("lines")
        assert lines["primary_key"] == ["order_id", "line"] and lines["sample"]["rows"] == []
        assert "customer_id INTEGER -> customers.id" in lines["columns"]
        customers = box.describe_table("customers")
        assert customers["referenced_by"] == ["lines(customer_id)"]
        assert customers["sample"]["rows"][0][2].endswith("…[600 chars]") and len(customers["sample"]["rows"]) == 3
        result = box.run_query("SELECT id, photo FROM customers ORDER BY id")
        assert result["rows"] == [[1, "base64:AAE="], [2, None], [3, None]]
        assert result["truncated"] is True and "total_rows" not in result  # a read stops at the limit
        with pytest.raises(ToolFailure, match="give the statement itself"):
            box.explain_query("EXPLAIN SELECT 1")
        with pytest.raises(ToolFailure, match="^refused: "):
            box.explain_query("DELETE FROM customers WHERE id = 1")
        text = box.schema("shop")
        assert text.startswith("-- shop: sqlite (read-only)\n")
        assert "customer_id INTEGER -> customers.id" in text
        assert "PRIMARY KEY (order_id, line))" in text and "names(name TEXT) [view]" in text
    finally:
        box.close()


def test_writes_report_rows_affected(shop: str) -> None:
    box = box_for(shop, allow_writes=True)
    try:
        assert box.run_query("UPDATE customers SET note = 'n' WHERE id < 3")["rows_affected"] == 2
    finally:
        box.close()


def test_an_unreachable_server_is_reported_not_raised(tmp_path: Path) -> None:
    box = box_for("postgresql://nobody@127.0.0.1:1/none")
    try:
        (entry,) = box.health()["connections"]
        assert entry["ok"] is False and "127.0.0.1" in entry["error"]
        with pytest.raises(ToolFailure, match="^error: "):
            box.run_query("SELECT 1")
    finally:
        box.close()


def test_capped_sink_counts_what_it_drops_or_stops() -> None:
    sink = CappedSink(2)
    sink.begin([])
    sink.rows([(1,), (2,), (3,)])
    sink.rows([(4,)])
    sink.end(Summary("", 4, 0.1, True))
    assert sink.kept == [(1,), (2,)] and sink.summary is not None and sink.summary.hidden == 2
    sink = CappedSink(2, stop=True)
    sink.begin([])
    sink.rows([(1,), (2,)])
    with pytest.raises(Enough):
        sink.rows([(3,)])


def test_writes_returning_rows_run_to_their_end(shop: str) -> None:
    """Only a plain read is stopped at the limit: a write returning rows is not cancelled halfway."""
    box = box_for(shop, allow_writes=True, max_rows=2)
    try:
        result = box.run_query("UPDATE customers SET note = 'r' WHERE id > 0 RETURNING id")
        assert result["row_count"] == 2 and result["truncated"] is True and result["total_rows"] == 7
        assert box.run_query("SELECT count(*) FROM customers WHERE note = 'r'")["rows"] == [[7]]
    finally:
        box.close()


def test_schema_text_of_an_empty_catalog() -> None:
    from aishell.engines.base import Catalog

    assert schema_text(Catalog()) == "\n"


def test_compact_schemas() -> None:
    schema = {"title": "x", "properties": {"a": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None,
                                                "title": "A"}}}  # fmt: skip
    assert _compact(schema) == {"properties": {"a": {"type": "string"}}}


def test_bearer_auth_and_loopback() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    guard = BearerAuth(app, "tok")
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {}

    async def run() -> None:
        await guard({"type": "http", "headers": [(b"authorization", b"Bearer nope")]}, receive, send)
        await guard({"type": "http", "headers": [(b"Authorization", b"Bearer tok")]}, receive, send)
        await guard({"type": "lifespan"}, receive, send)

    anyio.run(run)
    assert sent[0]["status"] == 401 and seen == ["http", "lifespan"]
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.com")
    with pytest.raises(UsageError, match="--allow-remote"):
        serve_http(None, host="0.0.0.0", port=0, token="t", allow_remote=False, log=print)  # type: ignore[arg-type]


def test_a_broken_audit_log_warns_once_and_never_breaks_a_call(
    shop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = StateStore(tmp_path)  # a directory: cannot be opened as a database
    monkeypatch.setenv("AISHELL_AUDIT_PATH", str(tmp_path))  # nor as the audit log
    box = Toolbox(open_connections(resolve_specs([shop])), state=broken)
    try:
        assert box.run_query("SELECT 1 AS one")["rows"] == [[1]]
        assert box.health()["connections"][0]["ok"] is True
    finally:
        box.close()
    assert capsys.readouterr().err.count("audit entry not written") == 1
