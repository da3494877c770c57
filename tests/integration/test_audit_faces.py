"""Every face writes the one audit log: CLI, REPL, web, MCP, data operations; refusals too."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from aishell.audit.log import audit_path
from aishell.audit.query import iter_entries
from aishell.audit.verify import verify

PASSPHRASE = "audit-test-passphrase"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AISHELL_")}
    env.update(AISHELL_HOME=str(home), AISHELL_PAGER="", **extra)
    return env


def _aishell(home: Path, *args: str, stdin: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aishell", *args], input=stdin, capture_output=True, text=True,
                          timeout=120, env=_env(home, **extra))  # fmt: skip


def _entries(home: Path, **match: Any) -> list[dict[str, Any]]:
    return [e for e in iter_entries(home / "data" / "audit.log") if all(e.get(k) == v for k, v in match.items())]


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home where the one-shot CLI ran a read, a refused DROP and a read-only refused INSERT."""
    home = tmp_path_factory.mktemp("audit-cli")
    db = f"sqlite:///{home / 'shop.db'}"
    done = _aishell(home, "--create", "query", "-d", db, "create table t (id int); insert into t values (1), (2)")
    assert done.returncode == 0, done.stderr
    assert _aishell(home, "query", "-d", db, "drop table if exists zz", "--yes").returncode == 0
    assert _aishell(home, "query", "-d", db, "select id from t where id > 0").returncode == 0
    refused = _aishell(home, "query", "-d", db, "drop table t")
    assert refused.returncode == 1 and "refused" in refused.stderr
    read_only = _aishell(home, "--read-only", "query", "-d", db, "insert into t values (3)")
    assert read_only.returncode == 1
    return home


def test_the_cli_audits_statements_and_refusals(cli_home: Path) -> None:
    rows = _entries(cli_home, kind="statement")
    assert {e["face"] for e in rows} == {"cli"} and {e["who"] for e in rows} == {getpass.getuser()}
    read = next(e for e in rows if e["statement"] == "select id from t where id > 0")
    assert read["outcome"] == "ok" and read["rows"] == 2 and read["decision"] == "allow" and read["class"] == "read"
    assert read["ms"] >= 0 and "shop.db" in read["connection"]
    insert = next(e for e in rows if e["statement"] == "insert into t values (1), (2)")
    assert insert["decision"] == "allow" and insert["outcome"] == "ok" and insert["class"] == "write"
    consented = next(e for e in rows if e["statement"] == "drop table if exists zz")
    assert consented["decision"] == "confirm-accepted" and consented["outcome"] == "ok" and consented["class"] == "ddl"
    drop = next(e for e in rows if e["statement"] == "drop table t")
    assert drop["decision"] == "confirm-declined" and drop["outcome"] == "refused" and "confirmation" in drop["error"]
    denied = next(e for e in rows if e["statement"] == "insert into t values (3)")
    assert denied["decision"] == "refused" and denied["outcome"] == "refused" and "read-only" in denied["error"]
    assert verify(cli_home / "data" / "audit.log").ok


def test_audit_commands_verify_search_export(cli_home: Path, tmp_path: Path) -> None:
    ok = _aishell(cli_home, "audit", "verify")
    assert ok.returncode == 0 and ok.stdout.startswith("ok: ") and "not sealed" in ok.stderr
    assert _aishell(cli_home, "audit", "verify", "--strict").returncode == 4  # nothing signed here
    found = _aishell(cli_home, "audit", "search", "--decision", "refused", "--json")
    assert [json.loads(x)["statement"] for x in found.stdout.splitlines()] == ["insert into t values (3)"]
    by_text = _aishell(cli_home, "audit", "search", "--text", "WHERE ID", "--face", "cli", "--since", "1h")
    assert by_text.returncode == 0 and len(by_text.stdout.splitlines()) == 1 and "rows=2" in by_text.stdout
    assert _aishell(cli_home, "audit", "search", "--until", "2000-01-01").stdout == ""
    assert _aishell(cli_home, "audit", "search", "--since", "yesterday-ish").returncode == 2
    tail = _aishell(cli_home, "audit", "tail", "-n", "2")
    assert len(tail.stdout.splitlines()) == 2 and "insert into t values (3)" in tail.stdout
    out = tmp_path / "audit.csv"
    assert _aishell(cli_home, "audit", "export", "-F", "csv", "-o", str(out), "--outcome", "ok").returncode == 0
    lines = out.read_text().splitlines()
    assert lines[0].startswith("seq,ts,kind,who,face") and len(lines) == 1 + 4
    jsonl = _aishell(cli_home, "audit", "export")
    copy = tmp_path / "copy.log"
    copy.write_text(jsonl.stdout)
    assert jsonl.stdout.encode() == (cli_home / "data" / "audit.log").read_bytes()
    assert verify(copy, use_vault=False).ok  # an unfiltered export verifies like the log


def test_verify_exit_code_names_the_tampering(tmp_path: Path, cli_home: Path) -> None:
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    lines = (cli_home / "data" / "audit.log").read_bytes().splitlines(keepends=True)
    (home / "data" / "audit.log").write_bytes(b"".join(lines[:1] + lines[2:]))
    done = _aishell(home, "audit", "verify")
    assert done.returncode == 4 and "deleted at seq 2" in done.stderr and len(done.stderr.splitlines()) <= 2
    report = json.loads(_aishell(home, "audit", "verify", "--json").stdout)
    assert report["ok"] is False and report["problem"]["kind"] == "deleted"


def test_a_full_disk_keeps_the_result_and_says_so_once(tmp_path: Path) -> None:
    done = _aishell(tmp_path, "--create", "query", "-d", f"sqlite:///{tmp_path / 'x.db'}", "select 42 as answer",
                    AISHELL_AUDIT_PATH="/dev/full")  # fmt: skip
    assert "42" in done.stdout  # the result was printed
    assert done.returncode == 4
    assert done.stderr.strip().splitlines() == [
        "aishell: warning: audit entry not written: cannot write the audit log /dev/full: No space left on device"]
    psql_style = _aishell(tmp_path, "-d", f"sqlite:///{tmp_path / 'x.db'}", "-c", "select 43 as answer",
                          AISHELL_AUDIT_PATH="/dev/full")  # fmt: skip
    assert "43" in psql_style.stdout and psql_style.returncode == 4 and "/dev/full" in psql_style.stderr


def test_literals_can_be_redacted(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text("[audit]\nredact_literals = true\n")
    done = _aishell(tmp_path, "--create", "query", "-d", f"sqlite:///{tmp_path / 'x.db'}",
                    "select 'card-4111' as c, 1234 as n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    (entry,) = _entries(tmp_path, kind="statement")
    assert "4111" not in entry["statement"] and "1234" not in entry["statement"] and "?" in entry["statement"]


def test_the_repl_audits_and_seals_with_the_vault_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _aishell(tmp_path, "vault", "init", AISHELL_VAULT_PASSPHRASE=PASSPHRASE)
    assert vault.returncode == 0, vault.stderr
    db = f"sqlite:///{tmp_path / 'r.db'}"
    done = _aishell(tmp_path, "--create", "-d", db, stdin="select 41 as x;\ndrop table nope;\n",
                    AISHELL_VAULT_PASSPHRASE=PASSPHRASE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = _entries(tmp_path, face="repl")
    assert [(e["statement"], e["outcome"]) for e in rows] == [("select 41 as x", "ok"), ("drop table nope", "refused")]
    assert rows[1]["decision"] == "confirm-declined"
    last = list(iter_entries(tmp_path / "data" / "audit.log"))[-1]
    assert last["kind"] == "checkpoint" and last["covers"] == 2 and last["sig"]  # sealed when the REPL ended
    strict = _aishell(tmp_path, "audit", "verify", "--strict", AISHELL_VAULT_PASSPHRASE=PASSPHRASE)
    assert strict.returncode == 0 and "keys from vault" in strict.stdout and last["key"] in strict.stdout
    # without the vault: the key beside the log, said so
    blind = _aishell(tmp_path, "audit", "verify")
    assert blind.returncode == 0 and "audit.pub" in blind.stdout
    monkeypatch.setenv("AISHELL_VAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("AISHELL_HOME", str(tmp_path))
    from aishell.vault import unlocked_vault

    opened = unlocked_vault(required=True)
    assert opened is not None and opened.get("audit/ed25519") and opened.get("audit/ed25519.pub")
    assert (tmp_path / "data" / "audit.pub").read_text().strip() == opened.get("audit/ed25519.pub")


def test_the_web_console_audits_requests_and_statements(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from aishell.connections import Target
    from aishell.state import StateStore
    from aishell.urls import DatabaseURL
    from aishell.web.app import create_app
    from aishell.web.auth import TokenStore

    db = tmp_path / "w.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table items (id int)")
        conn.execute("insert into items values (1), (2), (3)")
    state = StateStore(tmp_path / "state.db")
    tokens = {role: TokenStore(state).create(role, f"audit-{role}")[0] for role in ("viewer", "admin")}
    app = create_app([Target(DatabaseURL.parse(f"sqlite:///{db}"), "w", "--db")], state=state)
    try:
        with TestClient(app, base_url="http://127.0.0.1") as client:
            def post(role: str, sql: str) -> int:
                r = client.post("/api/query", json={"sql": sql}, headers={"Authorization": f"Bearer {tokens[role]}"})
                return r.status_code

            assert post("viewer", "select id from items") == 200
            assert post("viewer", "delete from items") == 403
            listed = client.get("/api/audit", params={"limit": 50}, headers={"Authorization": f"Bearer {tokens['admin']}"})
            assert listed.status_code == 200
    finally:
        state.close()
    ran = [e for e in iter_entries(audit_path()) if e.get("kind") == "statement" and e.get("face") == "web"]
    assert [(e["who"], e["statement"], e["outcome"], e.get("rows"), e["decision"]) for e in ran] == [
        ("audit-viewer", "select id from items", "ok", 3, "allow"),
        ("audit-viewer", "delete from items", "refused", None, "refused")]
    assert ran[1]["class"] == "write" and "refuses DELETE" in ran[1]["error"]
    requests = {e["statement"]: e for e in iter_entries(audit_path()) if e.get("kind") == "request" and e.get("statement")}
    assert requests["delete from items"]["outcome"] == "403" and requests["delete from items"]["who"] == "audit-viewer"
    assert requests["select id from items"]["action"] == "POST /api/query"
    api = listed.json()
    assert {r["kind"] for r in api} >= {"statement", "request"} and api[0]["id"] > api[-1]["id"]


def test_mcp_tool_calls_and_their_statements_are_audited(tmp_path: Path) -> None:
    from aishell.mcp.tools import Toolbox, ToolFailure, open_connections, resolve_specs
    from aishell.state import StateStore

    db = tmp_path / "m.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table items (id int)")
    state = StateStore()
    box = Toolbox(open_connections(resolve_specs([f"sqlite:///{db}"]), state=state), state=state, user="stdio")
    try:
        assert box.run_query("select count(*) as n from items")["rows"] == [[0]]
        with pytest.raises(ToolFailure):
            box.run_query("delete from items")
    finally:
        box.close()
        state.close()
    tools = [e for e in iter_entries(audit_path()) if e.get("kind") == "tool"]
    assert [(e["action"], e["outcome"], e["who"]) for e in tools] == [("run_query", "ok", "stdio"),
                                                                     ("run_query", "refused", "stdio")]  # fmt: skip
    statements = [e for e in iter_entries(audit_path()) if e.get("kind") == "statement"]
    assert statements[0]["face"] == "mcp" and statements[0]["who"] == "mcp" and statements[0]["rows"] == 1
    assert statements[-1]["statement"] == "delete from items" and statements[-1]["decision"] == "refused"


def test_data_operations_leave_one_entry_each(tmp_path: Path, pg_url: str) -> None:
    from aishell.output.sink import CollectingSink
    from aishell.services.data.export import ExportOptions, export
    from aishell.services.data.import_ import ImportOptions, import_file
    from aishell.services.factory import make_session

    src = tmp_path / "in.csv"
    src.write_text("a,b\n1,x\n2,y\n3,z\n")
    table = f"audit_ops_{os.getpid()}"
    session = make_session(pg_url)
    session.record_history = False
    try:
        report = import_file(session, ImportOptions(path=str(src), table=table, create=True))
        assert report.inserted == 3
        assert export(session, ExportOptions(output=str(tmp_path / "out.csv"), table=table)) == 3
    finally:
        session.close()
    locked = make_session(pg_url, read_only=True)
    locked.record_history = False
    try:
        with pytest.raises(Exception, match="read-only"):
            import_file(locked, ImportOptions(path=str(src), table=table))
        drop = make_session(pg_url)
        drop.run(f"drop table {table}", CollectingSink(), assume_yes=True)
        drop.close()
    finally:
        locked.close()
    ops = [e for e in iter_entries(audit_path()) if e.get("kind") == "operation"]
    assert [(e["action"], e["outcome"], e.get("rows")) for e in ops] == [
        ("import", "ok", 3), ("export", "ok", 3), ("import", "refused", None)]
    assert ops[0]["target"].endswith(f"-> {table}") and ops[0]["decision"] == "allow"
    assert "CREATE TABLE" in ops[0]["statement"] and ops[2]["decision"] == "refused"
    assert not [e for e in iter_entries(audit_path()) if e.get("kind") == "statement" and "INSERT" in e["statement"]]

