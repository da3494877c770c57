"""What a one-shot command imports: start-up time is mostly imports.

Each check runs the command in a fresh interpreter (without pytest-cov's variables, see
``tests/isolation.py``) and lists the modules it loaded.  ``aishell query`` must not load
the commands declared in the ``cmd_*`` modules, the AI stack, the web stack, the REPL,
Arrow, nor any sqlglot dialect but its engine's; the statement is still classified by
sqlglot's parser (sqlglot is loaded) the first time, and the same statement run again is
answered from the state store's classification cache without loading sqlglot, with the same
output and the same refusal.  The offline ``aishell ask`` must not load the HTTP client of the
LLM providers (httpx, which brings rich and pygments with its own CLI).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from isolation import env_without_coverage, run_listing_modules

#: never loaded by ``aishell query ... "select 1"``
NOT_FOR_QUERY = [
    "aishell.cli.cmd_ask", "aishell.cli.cmd_data", "aishell.cli.cmd_doctor", "aishell.cli.cmd_mcp",
    "aishell.cli.cmd_web", "aishell.services.connect", "aishell.ai", "aishell.repl", "aishell.web",
    "aishell.services.data", "pkgutil", "tomli_w", "httpx", "rich", "pygments", "pydantic", "prompt_toolkit",
    "pyarrow", "fastapi", "starlette", "uvicorn", "mcp", "numpy",
    # an explain's plan readers, the state store's record types, a TOML parser without a file to read
    "aishell.engines.plan", "aishell.engines.plan_aliases", "aishell.engines.sqlite.plan",
    "aishell.engines.postgres.plan", "aishell.engines.mysql.plan", "aishell.state_records", "tomllib",
]  # fmt: skip

def loaded(args: list[str], home: Path, *, refused: bool = False, **env: str) -> tuple[str, set[str]]:
    """(stdout before the module list, modules loaded) of ``aishell ARGS`` in a new interpreter;
    ``refused``: the command must fail, and stdout is then its error message."""
    child_env = env_without_coverage()
    child_env.update(AISHELL_HOME=str(home), **env)
    code, out, err, modules = run_listing_modules(args, child_env)
    if refused:
        assert code != 0, out
        return err, modules
    assert code == 0, err
    return out, modules


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


def test_one_shot_query_on_mariadb_loads_only_what_it_needs(mysql_url: str, tmp_path: Path) -> None:
    out, modules = loaded(["query", "--db", mysql_url, "select 1"], tmp_path / "home")
    assert "1" in out
    assert offenders(modules, NOT_FOR_QUERY) == []
    assert "pymysql" in modules and "psycopg" not in modules


def test_a_refused_statement_is_still_judged_by_the_parser(sqlite_db: str, tmp_path: Path) -> None:
    err, modules = loaded(["query", "--read-only", "--db", sqlite_db, "delete from customers"], tmp_path / "home",
                          refused=True)  # fmt: skip
    assert "DELETE without WHERE on customers" in err  # what the parse tree shows
    assert "sqlglot" in modules and offenders(modules, NOT_FOR_QUERY) == []


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_a_statement_run_before_loads_no_parser(engine: str, sqlite_db: str, tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:  # fmt: skip
    url = sqlite_db if engine == "sqlite" else str(request.getfixturevalue("pg_url"))
    home = tmp_path / "home"
    first, before = loaded(["query", "--db", url, "select 1 as one, 'x' as two"], home)
    again, after = loaded(["query", "--db", url, "select 1 as one, 'x' as two"], home)
    assert "sqlglot" in before and "aishell.sql.classify" in before  # parsed the first time
    assert offenders(after, ["sqlglot", "aishell.sql.classify", "hashlib", *NOT_FOR_QUERY]) == []  # from the cache
    assert again == first and "one" in first
    other, modules = loaded(["query", "--db", url, "select 2"], home)  # a new statement is parsed
    assert "2" in other and "sqlglot" in modules


def test_a_refused_statement_is_refused_the_same_from_the_cache(sqlite_db: str, tmp_path: Path) -> None:
    args = ["query", "--read-only", "--db", sqlite_db, "delete from customers"]
    first, before = loaded(args, tmp_path / "home", refused=True)
    again, after = loaded(args, tmp_path / "home", refused=True)
    assert "DELETE without WHERE on customers" in first and again == first
    assert "sqlglot" in before and "sqlglot" not in after
    out, _ = loaded(["query", "--db", sqlite_db, "select count(*) from customers"], tmp_path / "home")
    assert "1" in out  # nothing was deleted


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
    assert r.stdout.split() == ["False", "False", "True", "False"], r.stderr  # export loads cmd_data alone


def test_the_table_of_command_modules_is_complete_and_a_command_loads_only_its_module() -> None:
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import aishell.cli as package\n"
        "import aishell.cli.main as m\n"
        "m.cli.get_command(None, 'ask')\n"
        "alone = sorted(n for n in sys.modules if n.startswith('aishell.cli.cmd_'))\n"
        "m.cli.get_command(None, 'no-such-command')\n"
        "every = sorted(n for n in sys.modules if n.startswith('aishell.cli.cmd_'))\n"
        "declared = {}\n"
        "for name, cmd in m.cli.commands.items():\n"
        "    declared[name] = cmd.callback.__module__.rsplit('.', 1)[-1] if cmd.callback else None\n"
        "mods = sorted(i.name for i in pkgutil.iter_modules(package.__path__) if i.name.startswith('cmd_'))\n"
        "print(json.dumps({'alone': alone, 'every': every, 'declared': declared, 'table': m.COMMAND_MODULES,\n"
        "                  'mods': mods}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env_without_coverage(),
                       timeout=60)  # fmt: skip
    doc = json.loads(r.stdout)
    assert doc["alone"] == ["aishell.cli.cmd_ask"], r.stderr  # `aishell ask` loads only its module
    assert doc["every"] == [f"aishell.cli.{m}" for m in doc["mods"]]  # an unknown name loads them all
    from_modules = {name: mod for name, mod in doc["declared"].items() if mod and mod.startswith("cmd_")}
    assert doc["table"] == from_modules  # every command of a cmd_* module, in the module that declares it


def test_a_mariadb_session_is_set_up_in_one_statement_that_cleans_sql_mode_exactly(mysql_url: str) -> None:
    import itertools

    import pymysql.connections

    from aishell.engines import connect
    from aishell.engines.mysql.connection import _LEXING_MODES, _without_lexing_modes, clean_sql_mode
    from aishell.urls import DatabaseURL

    sent: list[str] = []
    real = pymysql.connections.Connection._execute_command

    def record(self: pymysql.connections.Connection, command: int, sql: str | bytes) -> object:
        sent.append(sql.decode() if isinstance(sql, bytes) else sql)
        return real(self, command, sql)

    pymysql.connections.Connection._execute_command = record  # type: ignore[method-assign]
    try:
        conn = connect(DatabaseURL.parse(mysql_url))
    finally:
        pymysql.connections.Connection._execute_command = real  # type: ignore[method-assign]
    try:
        assert len(sent) == 2 and sent[0].startswith("SET NAMES")  # PyMySQL's own, then ours
        assert conn.query_all("SELECT @@SESSION.time_zone") == [("+00:00",)]
        others = ["STRICT_TRANS_TABLES", "REAL_AS_FLOAT", "PIPES_AS_CONCAT", "IGNORE_SPACE", "ANSI_QUOTES_X"]
        flags = sorted(_LEXING_MODES)
        modes = [""] + [",".join(c) for n in (1, 2, 3) for c in itertools.permutations([*flags[:4], *others[:3]], n)]
        modes += [",".join([*others, *flags]), ",".join([*flags, *others]), ",".join(flags)]
        for mode in modes:
            literal = "'" + mode.replace("'", "''") + "'"
            got = conn.query_all(f"SELECT {_without_lexing_modes(literal)}")[0][0]
            assert got == clean_sql_mode(mode), mode
    finally:
        conn.close()


def test_a_one_shot_command_does_not_retry_a_failed_connection_but_a_long_lived_session_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aishell.cli.main import cli
    from aishell.errors import ConnectError
    from aishell.services import session as session_module
    from aishell.services.factory import make_session

    attempts: list[str] = []

    def refused(url: object, **kw: object) -> None:
        attempts.append(str(url))
        raise ConnectError("cannot connect: Connection refused")

    monkeypatch.setattr(session_module, "connect", refused)
    monkeypatch.setattr(session_module.time, "sleep", lambda s: None)
    r = CliRunner().invoke(cli, ["query", "--db", "postgresql://u@127.0.0.1:1/x", "select 1"])
    assert r.exit_code == 3 and "Connection refused" in r.output
    assert len(attempts) == 1  # at once, as psql
    repl = make_session("postgresql://u@127.0.0.1:1/x", source="repl")
    with pytest.raises(ConnectError):
        repl.connection()
    assert len(attempts) == 1 + 3  # the REPL rides out a restart: two more attempts


def test_the_config_file_is_parsed_once_per_command(sqlite_db: str, isolated_home: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import tomllib

    from aishell import config
    from aishell.cli.main import cli

    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[repl]\nnull_string = "NULL!"\n[read_only]\nfunctions = ["my_fn"]\n', encoding="utf-8")
    monkeypatch.setattr(config, "_parsed", None)
    parsed: list[str] = []
    real = tomllib.loads

    def counting(text: str, **kw: object) -> dict[str, object]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(tomllib, "loads", counting)
    r = CliRunner().invoke(cli, ["query", "--read-only", "--db", sqlite_db, "select null as n, my_fn(1) as m"])
    assert "NULL!" not in r.output  # my_fn does not exist: the statement ran past the read-only check
    assert "no such function: my_fn" in r.output
    assert len(parsed) == 1  # the settings, the NULL text and the read-only function list: one parse
    path.write_text('[repl]\nnull_string = "(nil)"\n', encoding="utf-8")  # a changed file is read again
    r = CliRunner().invoke(cli, ["query", "--db", sqlite_db, "select null as n"])
    assert "(nil)" in r.output and len(parsed) == 2


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
