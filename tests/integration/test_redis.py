"""The Redis engine against the real server on 127.0.0.1:6379, in logical database 5 (flushed
at the start and the end): the gate judging commands from the server's own flags (read-only
refusals with real effects, EVAL and MULTI/EXEC included, confirmations), type-aware display,
completion from the live COMMAND DOCS and SCAN, the keyspace overview, health, the export ->
import round trip, and the CLI, REPL, MCP and web faces."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.config import Settings
from aishell.connections import Target
from aishell.engines.redis.connection import RedisConnection
from aishell.errors import PolicyError, QueryCancelledError
from aishell.output.sink import CollectingSink
from aishell.repl.app import Repl
from aishell.services import keyspace as ks
from aishell.services.session import Session
from aishell.sql.kinds import Kind
from aishell.urls import DatabaseURL

redis = pytest.importorskip("redis")

DB = 5
URL = f"redis://127.0.0.1:6379/{DB}"


@pytest.fixture(scope="module")
def raw() -> Iterator[Any]:
    """A plain redis-py client on the test database, to set up and check effects."""
    client = redis.Redis(host="127.0.0.1", port=6379, db=DB)
    try:
        client.ping()
    except redis.RedisError as exc:  # pragma: no cover - the server is part of the test setup
        pytest.skip(f"no Redis on 127.0.0.1:6379: {exc}")
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


def _session(read_only: bool = False, url: str = URL, **kw: Any) -> Session:
    return Session(Target(DatabaseURL.parse(url), "r", "--db"), read_only=read_only, **kw)


def _rows(session: Session, line: str, **kw: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
    sink = CollectingSink()
    result = session.run(line, sink, **kw)
    if result.error is not None:
        raise result.error
    columns, rows, _ = sink.results[-1]
    return [c.name for c in columns], rows


def _cli(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_cli_query_and_read_only_refusals(raw: Any) -> None:
    out = _cli("query", "--db", URL, "SET t:greeting hello")
    assert out.exit_code == 0 and "OK" in out.stdout
    out = _cli("query", "--db", URL, "-F", "json", "GET t:greeting")
    assert json.loads(out.stdout) == [{"value": "hello"}]
    out = _cli("--read-only", "query", "--db", URL, "SET t:ro 1")
    assert out.exit_code == 1 and "read-only mode refuses SET" in out.stderr
    script = "EVAL \"return redis.call('set', KEYS[1], 'x')\" 1 t:ro"
    out = _cli("query", "--db", URL, "--read-only", script)
    assert out.exit_code == 1 and "EVAL_RO" in out.stderr
    assert raw.exists("t:ro") == 0  # neither wrote
    out = _cli("query", "--db", URL, "--read-only", "-F", "json", "EVAL_RO \"return redis.call('get', KEYS[1])\" 1 t:greeting")
    assert json.loads(out.stdout) == [{"value": "hello"}]


def test_multi_exec_is_judged_by_its_queued_commands(raw: Any) -> None:
    ro = _session(read_only=True)
    try:
        with pytest.raises(PolicyError):  # one block: refused whole, nothing queued
            ro.run("MULTI\nSET t:multi 1\nEXEC", CollectingSink())
        assert raw.exists("t:multi") == 0
        _rows(ro, "MULTI")  # typed line by line: the write is refused as it is queued
        with pytest.raises(PolicyError):
            _rows(ro, "SET t:multi 1")
        assert ro.in_transaction
        assert _rows(ro, "EXEC")[1] == []
        assert raw.exists("t:multi") == 0 and not ro.in_transaction
    finally:
        ro.close()
    rw = _session()
    try:
        _rows(rw, "MULTI")
        assert _rows(rw, "INCR t:counter") == (["value"], [("QUEUED",)])
        assert _rows(rw, "EXEC")[1] == [(1, 1)]
        assert raw.get("t:counter") == b"1"
    finally:
        rw.close()


def test_destructive_commands_are_confirmed(raw: Any) -> None:
    raw.mset({f"t:many:{i}": i for i in range(12)})
    asked: list[str] = []
    answer = [False]

    def confirm(question: str, reasons: list[str]) -> bool:
        asked.append(" ".join(reasons))
        return answer[0]

    session = _session(confirm=confirm)
    try:
        with pytest.raises(PolicyError, match="cancelled"):
            _rows(session, "DEL " + " ".join(f"t:many:{i}" for i in range(12)))
        assert raw.exists(*[f"t:many:{i}" for i in range(12)]) == 12 and "DEL of 12 keys" in asked[-1]
        assert _rows(session, "DEL t:many:0 t:many:1")[1] == [(2,)] and len(asked) == 1  # few keys: not asked
        with pytest.raises(PolicyError):
            _rows(session, "FLUSHDB")
        assert raw.dbsize() > 0 and f"every key of database {DB}" in asked[-1]
        answer[0] = True
        _rows(session, "FLUSHDB")
        assert raw.dbsize() == 0
    finally:
        session.close()
    out = _cli("query", "--db", URL, "FLUSHDB")  # no one to ask: refused
    assert out.exit_code == 1 and "pass --yes" in out.stderr


def test_classification_from_the_servers_flags(raw: Any) -> None:
    raw.mset({"t:k1": 1, "t:k2": 2, "t:k3": 3})
    conn = RedisConnection.open(DatabaseURL.parse(URL + "?confirm_keys_over=2&confirm_del_keys=1"))
    assert isinstance(conn, RedisConnection)
    try:
        table = conn.command_table()
        assert {"get", "set", "xadd", "config"} <= set(table.commands) and table.version
        kinds = {line: conn.classify(line) for line in ["GET k", "set k v", "CONFIG GET maxmemory", "CONFIG SET a b",
                 "EVAL 'return 1' 0", "EVAL_RO 'return 1' 0", "FCALL f 0", "INFO", "PING", "WATCH k", "FROB x",
                 "KEYS *", "DEL a b", "FLUSHALL", "SHUTDOWN", "SLOWLOG GET", "XADD s * f v", 'GET "unbalanced']}
        assert {k: v.kind for k, v in kinds.items()} == {
            "GET k": Kind.READ, "set k v": Kind.WRITE, "CONFIG GET maxmemory": Kind.ADMIN,
            "CONFIG SET a b": Kind.ADMIN, "EVAL 'return 1' 0": Kind.WRITE, "EVAL_RO 'return 1' 0": Kind.READ,
            "FCALL f 0": Kind.WRITE, "INFO": Kind.READ, "PING": Kind.SESSION, "WATCH k": Kind.TRANSACTION,
            "FROB x": Kind.UNKNOWN, "KEYS *": Kind.READ, "DEL a b": Kind.WRITE, "FLUSHALL": Kind.WRITE,
            "SHUTDOWN": Kind.ADMIN, "SLOWLOG GET": Kind.READ, "XADD s * f v": Kind.WRITE,
            'GET "unbalanced': Kind.UNKNOWN,
        }  # fmt: skip
        destructive = {k for k, v in kinds.items() if v.destructive}
        assert destructive == {"CONFIG SET a b", "KEYS *", "DEL a b", "FLUSHALL", "SHUTDOWN"}  # by the URL's limits
        assert kinds["XADD s * f v"].tables == ["s"]
    finally:
        conn.close()


def test_every_type_is_shown_as_a_table(raw: Any) -> None:
    raw.hset("t:h", mapping={"a": "1", "b": b"\xff"})
    raw.rpush("t:l", "x", "y", "z")
    raw.sadd("t:s", "m2", "m1")
    raw.zadd("t:z", {"a": 1, "b": 2.5})
    raw.xadd("t:x", {"f": "v"}, id="1-1")
    raw.set("t:str", "v", ex=1000)
    session = _session(read_only=True)
    try:
        assert _rows(session, "HGETALL t:h") == (["field", "value"], [("a", "1"), ("b", '"\\xff"')])
        assert _rows(session, "LRANGE t:l 1 -1") == (["index", "value"], [(1, "y"), (2, "z")])
        assert _rows(session, "SMEMBERS t:s") == (["member"], [("m1",), ("m2",)])
        assert _rows(session, "ZRANGE t:z 0 -1 WITHSCORES") == (["member", "score"], [("a", 1), ("b", 2.5)])
        assert _rows(session, "XRANGE t:x - +") == (["id", "field", "value"], [("1-1", "f", "v")])
        assert _rows(session, "GET t:str") == (["value"], [("v",)])
        cols, rows = _rows(session, "INFO keyspace")
        assert cols == ["section", "name", "value"] and ("Keyspace", f"db{DB}") in [r[:2] for r in rows]
        head, value = ks.key(session, "t:z")
        facts = dict(head.rows)
        assert facts["type"] == "zset" and facts["memory"] > 0 and facts["ttl"] == "none"
        assert value.rows == [("a", 1), ("b", 2.5)]
        assert dict(ks.key(session, "t:str")[0].rows)["ttl"].endswith(" s")
        assert dict(ks.key(session, "t:none")[0].rows)["type"].startswith("none")
    finally:
        session.close()


def test_keyspace_overview_and_completion(raw: Any) -> None:
    raw.mset({f"t:user:{i}:name": "n" for i in range(20)})
    for i in range(5):
        raw.set(f"t:sess:{i:032x}", "s", ex=500 + i)
    session = _session(read_only=True)
    try:
        listing = ks.keyspace(session, "t:*")
        found = {r[0]: r for r in listing.rows}
        assert found["t:user:*:name"][1:3] == ("string", 20) and found["t:user:*:name"][6] == 20
        sess = found["t:sess:*"]
        assert sess[2] == 5 and 500 - 5 <= sess[4] <= sess[5] <= 504 and sess[3] > 0  # memory and TTL range
        names = [c.text for c in ks.completions(session, "XA")]
        assert {"XADD", "XACK"} <= set(names) and all(n.startswith("XA") for n in names)
        meta = next(c.meta for c in ks.completions(session, "HGE") if c.text == "HGETALL")
        assert meta.startswith("key") and "field" in meta.lower()  # COMMAND DOCS: arguments and summary
        subs = [c.text for c in ks.completions(session, "CLIENT SETN")]
        assert subs == ["SETNAME"]
        keys = [c.text for c in ks.completions(session, "GET t:user:1")]
        assert "t:user:1:name" in keys and "t:user:12:name" in keys and all(k.startswith("t:user:1") for k in keys)
        assert [c.text for c in ks.completions(session, "SET t:x v N")] == ["NX"]
    finally:
        session.close()


def test_health_slow_log_and_cancel(raw: Any) -> None:
    from aishell.services.health import check_health

    session = _session(read_only=True)
    try:
        report = check_health(session)
        assert [r.id for r in report.results] == ["memory", "persistence", "replication", "clients", "hit_rate",
                                                  "slowlog", "latency"]  # fmt: skip
        assert all(r.ran for r in report.results)  # read-only: SLOWLOG and LATENCY pass as reads
        assert any("used" in f.found for f in report.findings if f.check == "memory")
    finally:
        session.close()
    session = _session()
    try:  # a Lua loop long enough for the slow log (slowlog-log-slower-than: 10 ms by default)
        _rows(session, "EVAL \"local i = 0 while i < 20000000 do i = i + 1 end return 1\" 0")
        stats = session.connection().statement_stats(matching="eval")
        assert stats and stats[0].query == "EVAL ? ?" and stats[0].calls >= 1
        errors: list[BaseException] = []

        def blocked() -> None:
            try:
                _rows(session, "BLPOP t:never 20")
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=blocked)
        worker.start()
        time.sleep(0.3)
        session.cancel()
        worker.join(15)
        assert errors and isinstance(errors[0], QueryCancelledError)
        assert _rows(session, "PING")[1] == [("PONG",)]  # reconnected for the next command
    finally:
        session.close()


def test_export_import_round_trip(raw: Any, tmp_path: Path) -> None:
    raw.flushdb()
    raw.set("r:s", "text", px=600_000)
    raw.set(b"r:bin\xff", b"\x00\xff\xfe")
    raw.hset("r:h", mapping={"a": "1", b"\xfe": b"\x01"})
    raw.rpush("r:l", "x", "y", "x")
    raw.sadd("r:set", "m1", "m2")
    raw.zadd("r:z", {"a": 1, "b": 2.5, "c": float("inf")})
    raw.xadd("r:x", {"f": "v"}, id="1-1")
    raw.xadd("r:x", {"f": "w", "g": "z"}, id="2-0")
    raw.set("other", "not exported")
    before = {k: (raw.type(k), raw.dump(k)) for k in raw.scan_iter("r:*")}
    path = tmp_path / "keys.jsonl"
    out = _cli("export", "--db", URL, "-o", str(path), "--match", "r:*")
    assert out.exit_code == 0, out.stderr
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(records) == 7 and {r["type"] for r in records} == {"string", "hash", "list", "set", "zset", "stream"}
    assert next(r for r in records if r["key"] == {"base64": "cjpiaW7/"})["value"] == {"base64": "AP/+"}
    assert 0 < next(r for r in records if r["key"] == "r:s")["ttl_ms"] <= 600_000
    out = _cli("import", "--db", URL, str(path))
    assert out.exit_code == 1 and "7 keys exist already" in out.stderr and "--replace" in out.stderr
    out = _cli("--read-only", "import", "--db", URL, "--replace", str(path))
    assert out.exit_code == 1 and "read-only mode refuses" in out.stderr
    raw.delete(*before)
    out = _cli("import", "--db", URL, str(path))
    assert out.exit_code == 0 and "7 inserted" in out.stderr
    assert {k: (raw.type(k), raw.dump(k)) for k in raw.scan_iter("r:*")} == before  # every type, byte for byte
    assert 0 < raw.pttl("r:s") <= 600_000 and raw.pttl("r:h") == -1
    raw.hset("r:h", "extra", "1")
    out = _cli("import", "--db", URL, "--replace", str(path))
    assert out.exit_code == 0 and raw.hget("r:h", "extra") is None and raw.get("other") == b"not exported"
    raw.flushdb()


def test_repl_mcp_and_web(raw: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw.hset("w:h", mapping={"f": "v"})
    repl = Repl(_session(read_only=True), Settings(), assume_yes=False)
    try:
        for line in ("HGETALL w:h", "\\keys w:*", "\\key w:h", "SET w:no 1", "\\dt w:*"):
            repl.handle(line)
        got = capsys.readouterr()
        assert got.out.count("Keyspace of database") == 2  # \dt shows the keyspace as \keys does
        assert "field" in got.out and "w:h" in got.out and "hash" in got.out and "listpack" in got.out
        assert "read-only mode refuses SET" in got.err and raw.exists("w:no") == 0
    finally:
        repl.session.close()

    from aishell.mcp.tools import Toolbox, ToolFailure, open_connections, resolve_specs
    from aishell.state import StateStore

    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([URL]), allow_writes=False, allow_ddl=False, state=state),
                  state=state)  # fmt: skip
    try:
        assert box.run_query("HGETALL w:h")["rows"] == [["f", "v"]]
        assert box.list_tables(pattern="w:*")["rows"][0][:3] == ["w:h", "hash", 1]  # the keyspace by pattern
        with pytest.raises(ToolFailure, match="read-only"):
            box.run_query("HSET w:h f changed")
        with pytest.raises(ToolFailure, match="read-only"):
            box.run_query("EVAL \"return redis.call('del', KEYS[1])\" 1 w:h")
        assert raw.hget("w:h", "f") == b"v"
    finally:
        box.close()

    from fastapi.testclient import TestClient

    from aishell.web.app import WebConfig, create_app
    from aishell.web.auth import TokenStore

    web_state = StateStore(tmp_path / "web.db")
    try:
        app = create_app([Target(DatabaseURL.parse(URL), "db", "--db")], state=web_state, config=WebConfig())
        token = TokenStore(web_state).create("viewer", "redis-test")[0]
        auth = {"Authorization": f"Bearer {token}"}
        with TestClient(app, base_url="http://127.0.0.1") as client:
            r = client.post("/api/query", json={"sql": "HGETALL w:h"}, headers=auth)
            assert r.status_code == 200 and '["f","v"]' in r.text.replace(" ", "")
            r = client.post("/api/query", json={"sql": "DEL w:h"}, headers=auth)
            assert r.status_code == 403
        assert raw.exists("w:h") == 1
    finally:
        web_state.close()
