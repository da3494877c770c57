"""What a one-shot command imports: start-up time is mostly imports.

Each check runs the command in a fresh interpreter (without pytest-cov's variables, see
``tests/isolation.py``) and lists the modules it loaded.  ``aishell query`` must not load
the commands declared in the ``cmd_*`` modules, the AI stack, the web stack, the REPL,
Arrow, nor any sqlglot dialect but its engine's; the statement is still classified by
sqlglot's parser (sqlglot is loaded).  The offline ``aishell ask`` must not load the HTTP
client of the LLM providers (httpx, which brings rich and pygments with its own CLI).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from isolation import env_without_coverage

#: never loaded by ``aishell query ... "select 1"``
NOT_FOR_QUERY = [
    "aishell.cli.cmd_ask", "aishell.cli.cmd_data", "aishell.cli.cmd_doctor", "aishell.cli.cmd_mcp",
    "aishell.cli.cmd_web", "aishell.services.connect", "aishell.ai", "aishell.repl", "aishell.web",
    "aishell.services.data", "pkgutil", "tomli_w", "httpx", "rich", "pygments", "pydantic", "prompt_toolkit",
    "pyarrow", "fastapi", "starlette", "uvicorn", "mcp", "numpy",
]  # fmt: skip

LIST_MODULES = (
    "import json, sys\n"
    "from aishell.cli.main import main\n"
    "sys.argv = ['aishell', *json.loads(sys.argv[1])]\n"
    "try:\n    main()\n"
    "except SystemExit as e:\n    code = e.code\n"
    "else:\n    code = 0\n"
    "sys.stdout.flush()\n"
    "print('\\nMODULES ' + json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
)


def loaded(args: list[str], home: Path, *, refused: bool = False, **env: str) -> tuple[str, set[str]]:
    """(stdout before the module list, modules loaded) of ``aishell ARGS`` in a new interpreter;
    ``refused``: the command must fail, and stdout is then its error message."""
    child_env = env_without_coverage()
    child_env.update(AISHELL_HOME=str(home), **env)
    r = subprocess.run([sys.executable, "-c", LIST_MODULES, json.dumps(args)], capture_output=True, text=True,
                       env=child_env, timeout=120)  # fmt: skip
    out, _, listing = r.stdout.rpartition("\nMODULES ")
    assert listing, r.stderr
    doc = json.loads(listing)
    if refused:
        assert doc["code"] not in (0, None), out
        return r.stderr, set(doc["modules"])
    assert doc["code"] in (0, None), r.stderr
    return out, set(doc["modules"])


def offenders(modules: set[str], banned: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == b or m.startswith(b + ".") for b in banned))


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    path = tmp_path / "t.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, country TEXT)")
        c.execute("INSERT INTO customers VALUES (1, 'Ann', 'Peru')")
    c.close()
    return f"sqlite:///{path}"


def test_one_shot_query_on_sqlite_loads_only_what_it_needs(sqlite_db: str, tmp_path: Path) -> None:
    out, modules = loaded(["query", "--db", sqlite_db, "select 1"], tmp_path / "home")
    assert "1" in out
    assert offenders(modules, NOT_FOR_QUERY) == []
    assert "sqlglot" in modules and "aishell.sql.classify" in modules  # classified by the parser
    dialects = sorted(m for m in modules if m.startswith("sqlglot.dialects.") and m != "sqlglot.dialects.dialect")
    assert dialects == ["sqlglot.dialects.sqlite"]


def test_one_shot_query_on_postgres_loads_only_what_it_needs(pg_url: str, tmp_path: Path) -> None:
    out, modules = loaded(["query", "--db", pg_url, "select 1"], tmp_path / "home")
    assert "1" in out
    assert offenders(modules, NOT_FOR_QUERY) == []
    assert "sqlglot" in modules and "psycopg" in modules
    dialects = sorted(m for m in modules if m.startswith("sqlglot.dialects.") and m != "sqlglot.dialects.dialect")
    assert dialects == ["sqlglot.dialects.postgres"]


def test_a_refused_statement_is_still_judged_by_the_parser(sqlite_db: str, tmp_path: Path) -> None:
    err, modules = loaded(["query", "--read-only", "--db", sqlite_db, "delete from customers"], tmp_path / "home",
                          refused=True)  # fmt: skip
    assert "DELETE without WHERE on customers" in err  # what the parse tree shows
    assert "sqlglot" in modules and offenders(modules, NOT_FOR_QUERY) == []


def test_offline_ask_does_not_load_the_http_client(sqlite_db: str, tmp_path: Path) -> None:
    out, modules = loaded(["ask", "--sql-only", "--db", sqlite_db, "how many customers are there"], tmp_path / "home",
                          AISHELL_PROVIDER="offline")  # fmt: skip
    assert "SELECT COUNT(*)" in out
    assert offenders(modules, ["httpx", "rich", "pygments", "prompt_toolkit", "aishell.web"]) == []


def test_every_command_is_still_listed_and_found() -> None:
    from aishell.cli.main import cli

    runner = CliRunner()
    listing = runner.invoke(cli, ["--help"])
    assert listing.exit_code == 0
    for name in ("ask", "backup", "conn", "copy", "doctor", "eval", "export", "history", "import", "mcp", "query",
                 "web"):  # fmt: skip
        assert f"  {name} " in listing.output
    assert runner.invoke(cli, ["export", "--help"]).exit_code == 0
    assert runner.invoke(cli, ["web", "token", "--help"]).exit_code == 0
    wrong = runner.invoke(cli, ["exprot"])
    assert wrong.exit_code == 2 and "No such command" in wrong.output


def test_the_command_modules_load_on_first_use_only(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import aishell.cli.main as m\n"
        "before = 'aishell.cli.cmd_data' in sys.modules\n"
        "m.cli.get_command(None, 'query')\n"
        "still = 'aishell.cli.cmd_data' in sys.modules\n"
        "found = m.cli.get_command(None, 'export') is not None\n"
        "print(before, still, found, 'aishell.cli.cmd_web' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env_without_coverage(),
                       timeout=60)  # fmt: skip
    assert r.stdout.split() == ["False", "False", "True", "True"], r.stderr


def test_history_commits_without_fsync_but_the_data_journal_waits_for_the_disk(tmp_path: Path) -> None:
    from aishell.state import StateStore

    store = StateStore(tmp_path / "state.db")
    try:
        db = store._db()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: no fsync per commit in WAL mode
        seen: list[str] = []
        db.set_trace_callback(seen.append)
        store.add_history(connection="c", sql="select 1", status="ok")
        assert not any("synchronous" in s for s in seen)
        seen.clear()
        entry = store.journal_add(target="t", url="u", operation="restore", phase="p", pid=1, host="h", detail="{}")
        store.journal_update(entry, phase="q", detail="{}")
        store.journal_remove(entry)
        writes = [s.split()[0] for s in seen if not s.startswith("PRAGMA")]
        assert writes == ["INSERT", "UPDATE", "DELETE"]
        for i, s in enumerate(seen):  # each journal write between FULL and NORMAL
            if not s.startswith("PRAGMA"):
                assert seen[i - 1] == "PRAGMA synchronous=FULL" and seen[i + 1] == "PRAGMA synchronous=NORMAL"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1
    finally:
        store.close()
