"""psql parity in the shell, in-process on a real SQLite file: variables and their interpolation,
the query buffer commands (\\g, \\gx, \\gset, \\watch), \\echo, \\!, \\s, the engines' one-line
"has no" answers, and the CLI's psql flags (-h -p -U -d -c).  The catalog commands on every
engine: tests/integration/test_repl_psql_engines.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.config import Settings
from aishell.connections import Target, url_from_flags
from aishell.engines import dialect_of
from aishell.errors import UsageError
from aishell.repl.app import Repl, should_submit
from aishell.repl.psql_vars import interpolate, split_buffer_command, words
from aishell.services.session import Session
from aishell.urls import DatabaseURL

PG, MY, LITE = dialect_of("postgres"), dialect_of("mysql"), dialect_of("sqlite")


def _repl(path: Path, *, read_only: bool = False, assume_yes: bool = False) -> Repl:
    url = DatabaseURL.parse(f"sqlite:///{path}?create=1")
    r = Repl(Session(Target(url, "p", "--db"), read_only=read_only), Settings(), assume_yes=assume_yes)
    r.timing, r.pager = False, None
    return r


@pytest.fixture
def repl(tmp_path: Path) -> Repl:
    r = _repl(tmp_path / "p.db", assume_yes=True)
    r.handle("create table t (id integer primary key, name text); insert into t values (1, 'Ana'), (2, 'Ben');")
    r.assume_yes = False
    return r


def out(capsys: pytest.CaptureFixture[str], repl: Repl, line: str) -> str:
    capsys.readouterr()
    repl.handle(line)
    captured = capsys.readouterr()
    return captured.out + captured.err


# --------------------------------------------------------------------------- interpolation (pure)
def test_interpolation_as_psql() -> None:
    v = {"n": "3", "s": "it's", "c": 'we"ird', "b": "a\\b"}
    assert interpolate("select :n, :'s', :\"c\";", v, PG) == "select 3, 'it''s', \"we\"\"ird\";"
    assert interpolate("select ':n', \"x:n\", 1::int, :missing -- :n\n/* :n */", v, PG) == (
        "select ':n', \"x:n\", 1::int, :missing -- :n\n/* :n */"
    )
    assert interpolate("select $$ :n $$, $q$:n$q$, :n", v, PG) == "select $$ :n $$, $q$:n$q$, 3"
    assert interpolate("select :'b' # :n\n, `:n`", v, MY) == "select 'a\\\\b' # :n\n, `:n`"  # MySQL escapes \
    assert interpolate("select :'b'", v, PG) == "select 'a\\b'"
    assert interpolate("select 'a\\' :n'", v, MY) == "select 'a\\' :n'"  # \' stays inside a MySQL string
    assert interpolate("select :'missing', :\"n\"", v, LITE) == "select :'missing', \"3\""


def test_words_and_buffer_commands() -> None:
    assert words("a 'b c' 'it''s' x'y'z 'tab\\tnl\\n'") == ["a", "b c", "it's", "xyz", "tab\tnl\n"]
    with pytest.raises(UsageError):
        words("'open")
    assert split_buffer_command("select 1 \\gx", PG) == ("select 1", "\\gx")
    assert split_buffer_command("select '\\gx' \\watch 2", PG) == ("select '\\gx'", "\\watch 2")
    assert split_buffer_command("select 1 -- \\g\n", PG) is None
    assert split_buffer_command("select '\\gx", PG) is None
    assert split_buffer_command("select 1 \\go", PG) is None
    assert should_submit("select 1\n \\gset p_", "postgres") and not should_submit("select 1", "postgres")


# --------------------------------------------------------------------------- variables
def test_set_unset_echo(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    assert out(capsys, repl, "\\set").strip() == "(no variables set)"
    out(capsys, repl, "\\set who 'Ana'")
    out(capsys, repl, "\\set tbl t")
    out(capsys, repl, "\\set joined a 'b c' d")
    assert repl.variables == {"who": "Ana", "tbl": "t", "joined": "ab cd"}
    assert "joined = 'ab cd'" in out(capsys, repl, "\\set")
    assert "Ana" in out(capsys, repl, "select name from :\"tbl\" where name = :'who';")
    assert out(capsys, repl, "\\echo :who is in ':tbl' and :nobody").strip() == "Ana is in :tbl and :nobody"
    assert out(capsys, repl, "\\echo -n x") == "x"
    out(capsys, repl, "\\unset who")
    assert "who" not in repl.variables
    assert "invalid variable name" in out(capsys, repl, "\\set 1x y")
    assert "usage" in out(capsys, repl, "\\unset")


def test_g_gx_and_gset(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    repl.last_statement = None
    assert "query buffer is empty" in out(capsys, repl, "\\g")
    assert "Ben" in out(capsys, repl, "select name from t where id = 2 \\g")
    assert "Ben" in out(capsys, repl, "\\g")  # the last statement again
    shown = out(capsys, repl, "select id, name from t where id = 1 \\gx")
    assert "-[ RECORD 1 ]" in shown and "Ana" in shown and repl.expanded != "on"
    target = tmp_path / "g.txt"
    assert "Ana" not in out(capsys, repl, f"select name from t where id = 1 \\g {target}")
    assert "Ana" in target.read_text() and repl.output_file is None
    out(capsys, repl, "select id, name, null as gone from t where id = 2 \\gset row_")
    assert repl.variables["row_id"] == "2" and repl.variables["row_name"] == "Ben" and "row_gone" not in repl.variables
    assert "more than one row returned for \\gset" in out(capsys, repl, "select id from t \\gset")
    assert "no rows returned for \\gset" in out(capsys, repl, "select id from t where id < 0 \\gset")
    assert "no rows" in out(capsys, repl, "delete from t where id < 0 \\gset")
    assert "ERROR" in out(capsys, repl, "select nope from t \\gset")


def test_watch(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    shown = out(capsys, repl, "select count(*) as n from t \\watch i=0.01 c=3")
    assert shown.count("(every 0.01s)") == 3
    assert "usage" in out(capsys, repl, "\\watch soon")
    assert "whole number" in out(capsys, repl, "\\watch c=1.5")
    asked: list[str] = []

    def no(question: str, reasons: list[str]) -> bool:
        asked.append(question)
        return False

    repl.confirm = no  # type: ignore[method-assign]
    assert "\\watch: cancelled" in out(capsys, repl, "insert into t (name) values ('w') \\watch 0.01 c=2")
    assert asked and "changes data" in asked[0]
    assert "0" in out(capsys, repl, "select count(*) from t where name = 'w';")
    repl.assume_yes = True  # consent: the write repeats
    out(capsys, repl, "insert into t (name) values ('w') \\watch 0.01 c=2")
    assert repl.assume_yes is True
    assert " 2\n" in out(capsys, repl, "select count(*) from t where name = 'w';")


def test_watch_stops_at_the_first_error(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    shown = out(capsys, repl, "select nope from t \\watch 0.01 c=5")
    assert shown.count("(every") == 1 and "ERROR" in shown


# --------------------------------------------------------------------------- the terminal
def test_shell_escape(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("SHELL", "/bin/sh")
    made = tmp_path / "made.txt"
    out(capsys, repl, f"\\! echo hello > {made}")
    assert made.read_text().strip() == "hello"
    ro = _repl(tmp_path / "p.db", read_only=True)
    text = out(capsys, ro, f"\\! echo again > {tmp_path / 'not.txt'}")
    assert "refused in read-only mode" in text and not (tmp_path / "not.txt").exists()
    monkeypatch.setenv("SHELL", str(tmp_path / "no-such-shell"))
    assert "cannot run" in out(capsys, repl, "\\! true")


def test_history_command(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from prompt_toolkit.history import FileHistory

    history = FileHistory(str(repl.history_file()))
    history.store_string("select 1;")
    history.store_string("\\dt")
    assert out(capsys, repl, "\\s").splitlines()[-2:] == ["select 1;", "\\dt"]
    saved = tmp_path / "h.txt"
    assert "Wrote history" in out(capsys, repl, f"\\s {saved}")
    assert saved.read_text().splitlines() == ["select 1;", "\\dt"]
    assert "cannot write" in out(capsys, repl, f"\\s {tmp_path / 'no' / 'h.txt'}")


def test_commands_an_engine_lacks_say_so(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    assert out(capsys, repl, "\\du").strip() == "\\du: SQLite has no roles"
    assert out(capsys, repl, "\\dg").strip() == "\\dg: SQLite has no roles"
    assert out(capsys, repl, "\\z").startswith("\\z: SQLite has no privileges")
    assert out(capsys, repl, "\\sf+ f").startswith("\\sf: SQLite has no stored functions")
    assert "usage" in out(capsys, repl, "\\sf") and "usage" in out(capsys, repl, "\\sv")
    assert "did not find any relation" in out(capsys, repl, "\\sv nothing")


def test_prompt_marks_the_transaction(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    assert repl.prompt_text().endswith("p.db> ")
    out(capsys, repl, "begin;")
    assert repl.prompt_text().endswith("*> ") and not repl.session.transaction_failed
    out(capsys, repl, "rollback;")


# --------------------------------------------------------------------------- the CLI
def test_url_from_flags() -> None:
    assert url_from_flags("db") is None
    assert url_from_flags("app", host="h", port=3306, user="u") == "mysql://u@h:3306/app"
    assert url_from_flags("my db", host="h", user="a@b") == "postgresql://a%40b@h/my%20db"
    assert url_from_flags(None, port=5432) == "postgresql://localhost:5432"
    assert url_from_flags(None, host="::1", engine="mysql") == "mysql://[::1]"
    with pytest.raises(UsageError, match="gives a whole URL"):
        url_from_flags("postgresql://x/y", host="h")
    with pytest.raises(UsageError, match="not a server engine"):
        url_from_flags("x", host="h", engine="sqlite")
    with pytest.raises(UsageError, match="not a server engine"):
        url_from_flags("x", host="h", engine="nope")


def test_cli_flags_and_dash_c(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    runner = CliRunner()
    done = runner.invoke(cli, ["--create", "-d", db, "-c", "create table t (x int)", "-c", "insert into t values (41)",
                               "-c", "select x + 1 as y from t", "-c", "\\echo :nothing"])  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "42" in done.output and ":nothing" in done.output and "Time:" not in done.output
    failed = runner.invoke(cli, ["-d", db, "-c", "select nope from t", "-c", "\\echo not reached"])
    assert failed.exit_code == 1 and "not reached" not in failed.output
    for flags in (["-h"], ["--help"], ["-?"]):
        shown = runner.invoke(cli, flags)
        assert shown.exit_code == 0 and "-U, --user USER" in shown.output
    assert "Run SQL and stream" in runner.invoke(cli, ["query", "-h"]).output  # commands keep -h
    assert runner.invoke(cli, ["-d", db, "-c", "select 1", "query", "select 1"]).exit_code == 2
    assert runner.invoke(cli, ["-h", "h", "-d", "postgresql://a/b", "-c", "select 1"]).exit_code == 2
