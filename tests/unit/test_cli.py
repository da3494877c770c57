"""The command line, in-process through click's runner."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    r = run("--create", "query", "--db", url, "create table t (id integer primary key, name text); insert into t values (1,'a'),(2,'b')")
    assert r.exit_code == 0, r.output
    return url


def test_query_on_the_demo_by_default() -> None:
    r = run("query", "select count(*) as n from customers")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[2].strip() == "1200"


def test_formats_and_output_file(db: str, tmp_path: Path) -> None:
    r = run("query", "--db", db, "-F", "json", "select * from t order by id")
    assert json.loads(r.stdout) == [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
    out = tmp_path / "o.csv"
    r = run("query", "--db", db, "--format", "csv", "-o", str(out), "select * from t order by id")
    assert r.exit_code == 0 and out.read_text() == "id,name\n1,a\n2,b\n"
    r = run("query", "--db", db, "-F", "vertical", "select * from t where id = 2")
    assert "name | b" in r.stdout


def test_sql_from_file_and_stdin(db: str, tmp_path: Path) -> None:
    f = tmp_path / "q.sql"
    f.write_text("select name from t where id = 1;\nselect name from t where id = 2;")
    r = run("query", "--db", db, "-F", "csv", "-f", str(f))
    assert r.stdout == "name\na\nname\nb\n"
    r = run("query", "--db", db, "-F", "csv", input="select 40 + 2 as x")
    assert r.stdout == "x\n42\n"


def test_status_of_writes_goes_to_stderr_for_machine_formats(db: str) -> None:
    r = run("query", "--db", db, "-F", "csv", "--timing", "insert into t values (3, 'c')")
    assert r.stdout == ""
    assert "1 row(s) affected" in r.stderr and "Time:" in r.stderr


def test_exit_codes(db: str, tmp_path: Path) -> None:
    r = run("query", "--db", db, "select * from nope")
    assert r.exit_code == 1 and "no such table: nope" in r.stderr
    r = run("query", "--db", db, "delete from t")
    assert r.exit_code == 1 and "pass --yes" in r.stderr
    assert run("query", "--db", db, "--yes", "delete from t").exit_code == 0
    assert run("query", "--db", "unknown-name", "select 1").exit_code == 2
    assert run("query", "--db", db, "-F", "xml", "select 1").exit_code == 2
    assert run("query", "--db", db, "-f", str(tmp_path / "missing.sql")).exit_code == 2
    assert run("query", "--db", f"sqlite:///{tmp_path}/no/such/dir.db", "select 1").exit_code == 3
    r = run("query", "--db", db, "--read-only", "insert into t values (9, 'x')")
    assert r.exit_code == 1 and "read-only" in r.stderr
    r = run("--read-only", "query", "--db", db, "insert into t values (9, 'x')")
    assert r.exit_code == 1


def test_continue_on_error(db: str) -> None:
    r = run("query", "--db", db, "-F", "csv", "--continue-on-error", "select 1 as a; select nope; select 2 as b")
    assert r.exit_code == 1 and r.stdout == "a\n1\nb\n2\n"


def test_conn_commands(db: str) -> None:
    r = run("conn", "add", "mine", db.replace("sqlite:///", "sqlite:///"), "--default")
    assert r.exit_code == 0
    r = run("conn", "add", "pg", "postgresql://u:secret@localhost/x")
    assert "password was not saved" in r.stderr and "PGPASSWORD" in r.stderr
    r = run("conn", "list")
    assert "mine" in r.stdout and "(default)" in r.stdout and "secret" not in r.stdout
    r = run("conn", "test", "mine")
    assert r.exit_code == 0 and "SQLite" in r.stdout
    r = run("query", "-F", "csv", "select count(*) as n from t")  # the default connection
    assert r.stdout == "n\n2\n"
    assert run("conn", "rm", "pg").exit_code == 0
    assert run("conn", "rm", "pg").exit_code == 2
    assert run("conn", "default", "nope").exit_code == 2


def test_conn_add_read_only_checks_what_the_login_may_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import sqlite3

    import aishell.cli.main as main

    path = tmp_path / "ro.db"
    sqlite3.connect(path).close()
    db = f"sqlite:///{path}"
    r = run("conn", "add", "ro", db, "--read-only")  # no terminal: checked without asking
    assert r.exit_code == 0
    assert "warning: this OS user may change the database" in r.stderr
    assert "may write the database file" in r.stderr and "cannot write" in r.stderr
    r = run("conn", "add", "mem", "sqlite:///:memory:", "--read-only")
    assert r.exit_code == 0 and "ok: this OS user has no write rights" in r.stderr
    r = run("conn", "add", "gone", f"sqlite:///{tmp_path / 'missing.db'}", "--read-only")
    assert r.exit_code == 0 and "warning: could not check" in r.stderr and "no such database file" in r.stderr
    assert not (tmp_path / "missing.db").exists()
    assert "gone" in run("conn", "list").stdout  # saved all the same
    if hasattr(os, "geteuid") and os.geteuid() != 0:  # root may write any file
        path.chmod(0o444)
        r = run("conn", "add", "locked", db, "--read-only")
        assert "ok: this OS user has no write rights" in r.stderr
        path.chmod(0o644)
    monkeypatch.setattr(main, "_interactive", lambda: True)
    r = run("conn", "add", "asked", db, "--read-only", input="n\n")
    assert r.exit_code == 0 and "Check what this login may change?" in r.stderr and "warning" not in r.stderr
    r = run("conn", "add", "asked2", db, "--read-only", input="\n")  # the default is to check
    assert "may write the database file" in r.stderr


def test_history_command(db: str) -> None:
    run("query", "--db", db, "select 123456")
    r = run("history", "-n", "5")
    assert "select 123456" in r.stdout and " ok " in r.stdout
    r = run("history", "--search", "nothing-like-this")
    assert r.stdout == ""


def test_debug_shows_traceback(db: str) -> None:
    r = run("--debug", "query", "--db", db, "select * from nope")
    assert "Traceback" in r.stderr
    r = run("query", "--db", db, "select * from nope")
    assert "Traceback" not in r.stderr


def test_version_and_help() -> None:
    assert "aishell" in run("--version").stdout
    assert "Exit codes" in run("--help").stdout


def test_missing_optional_module_names_the_extra(monkeypatch: pytest.MonkeyPatch, db: str) -> None:
    import aishell.cli.main as main

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ModuleNotFoundError("No module named 'pyarrow'", name="pyarrow")

    monkeypatch.setattr(main, "run_to_output", boom)
    r = run("query", "--db", db, "select 1")
    assert r.exit_code == 2
    assert "pip install 'aishell[data]'" in r.stderr and "internal error" not in r.stderr
