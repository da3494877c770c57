"""REPL commands in-process on a real SQLite file (the terminal itself is tested in tests/e2e)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from aishell.config import Settings
from aishell.connections import Target
from aishell.repl.app import Repl, should_submit
from aishell.repl.commands import Quit, special_commands
from aishell.repl.output import PagedOutput
from aishell.services.session import Session
from aishell.state import StateStore
from aishell.urls import DatabaseURL


@pytest.fixture
def repl(tmp_path: Path) -> Repl:
    url = DatabaseURL.parse(f"sqlite:///{tmp_path / 'r.db'}?create=1")
    session = Session(Target(url, "r", "--db"), state=StateStore())
    r = Repl(session, Settings(), assume_yes=False)
    r.timing = False
    r.handle("create table people (id integer primary key, name text not null, city text);"
             "create index people_city on people(city);"
             "create view lyon as select * from people where city = 'Lyon';"
             "insert into people values (1, 'Ana', 'Lyon'), (2, 'Ben', NULL), (3, 'Cy', 'Oslo');")
    return r


def out(capsys: pytest.CaptureFixture[str], repl: Repl, line: str) -> str:
    capsys.readouterr()
    repl.handle(line)
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_listing_commands(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    assert "people" in out(capsys, repl, "\\dt") and "lyon" not in out(capsys, repl, "\\dt")
    assert "lyon" in out(capsys, repl, "\\dv")
    assert "people_city" in out(capsys, repl, "\\di")
    assert "main" in out(capsys, repl, "\\dn")
    assert "r.db" in out(capsys, repl, "\\l")
    assert "lower" in out(capsys, repl, "\\df low*")
    text = out(capsys, repl, "\\d people")
    assert "not null" in text and "Index: people_city (city)" in text and "Primary key: (id)" in text
    assert "lyon" in out(capsys, repl, "\\d")
    assert "people" in out(capsys, repl, "\\d peo*")
    assert "did not find any relation" in out(capsys, repl, "\\d nothing")
    assert "catalog refreshed" in out(capsys, repl, "\\refresh")
    assert "Connected to SQLite" in out(capsys, repl, "\\conninfo")
    assert "\\dt" in out(capsys, repl, "\\?")
    assert ("\\copy", "copy CSV between a file and a table or query") in special_commands()


def test_output_settings(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert "on" in out(capsys, repl, "\\x")
    assert "-[ RECORD 1 ]" in out(capsys, repl, "select * from people where id = 1;")
    out(capsys, repl, "\\x auto")
    assert "-[ RECORD" not in out(capsys, repl, "select id from people where id = 1;")
    assert "usage" in out(capsys, repl, "\\x sideways")
    out(capsys, repl, "\\x off")
    out(capsys, repl, "\\T json")
    assert '"name": "Ana"' in out(capsys, repl, "select name from people where id = 1;")
    assert "usage" in out(capsys, repl, "\\T yaml")
    out(capsys, repl, "\\T table")
    assert "Timing is on" in out(capsys, repl, "\\timing")
    assert "Time:" in out(capsys, repl, "select 1;")
    assert "Pager: off" in out(capsys, repl, "\\pager off")
    target = tmp_path / "o.txt"
    out(capsys, repl, f"\\o {target}")
    shown = out(capsys, repl, "select name from people order by id;")
    out(capsys, repl, "\\o")
    assert "Ana" not in shown and "Ana" in target.read_text()


def test_copy_round_trip_and_include(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    csv_path = tmp_path / "people.csv"
    assert "COPY 3" in out(capsys, repl, f"\\copy people to '{csv_path}' csv header")
    assert csv_path.read_text().splitlines()[:2] == ["id,name,city", "1,Ana,Lyon"]
    assert "COPY 1" in out(capsys, repl, f"\\copy (select name from people where id = 3) to '{tmp_path / 'q.csv'}' csv")
    out(capsys, repl, "create table people2 (id integer primary key, name text not null, city text);")
    assert "COPY 3" in out(capsys, repl, f"\\copy people2 from '{csv_path}' csv header")
    assert "Oslo" in out(capsys, repl, "select city from people2 where id = 3;")
    # NULL came back as NULL
    assert "1" in out(capsys, repl, "select count(*) from people2 where city is null;")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,city\n10,Dee,Rome\n11,Eve\n")
    text = out(capsys, repl, f"\\copy people2 from '{bad}' csv header")
    assert "line 3: expected 3 fields, found 2" in text
    assert "(0 rows)" in out(capsys, repl, "select * from people2 where id = 10;")  # rolled back
    assert "usage" in out(capsys, repl, "\\copy nonsense")
    script = tmp_path / "s.sql"
    script.write_text("insert into people values (4, 'Dan', 'Rome');\nselect name from people where id = 4;")
    assert "Dan" in out(capsys, repl, f"\\i {script}")
    assert "cannot read" in out(capsys, repl, f"\\i {tmp_path / 'missing.sql'}")


def test_edit_puts_the_result_in_the_next_prompt(repl: Repl, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tmp_path / "ed.sh"
    editor.write_text("#!/bin/sh\necho 'select 99;' > \"$1\"\n")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    repl.handle("select 1;")
    repl.handle("\\e")
    assert repl.next_default == "select 99;"


def test_switch_connection_and_quit(repl: Repl, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    text = out(capsys, repl, f"\\c sqlite:///{other}?create=1")
    assert "now connected" in text and repl.session.target.url.database == str(other)
    assert repl.prompt_text() == "sqlite:other.db> "
    assert "directory does not exist" in out(capsys, repl, "\\c sqlite:////no/such/dir/x.db")
    assert repl.session.target.url.database == str(other)  # still on the working connection
    with pytest.raises(Quit):
        repl.handle("\\q")
    with pytest.raises(Quit):
        repl.handle("exit")


def test_history_and_errors(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    out(capsys, repl, "select 'history-marker';")
    assert "history-marker" in out(capsys, repl, "\\history 5")
    assert "no such table" in out(capsys, repl, "select * from nope;")
    assert "invalid command" in out(capsys, repl, "\\zz")


def test_destructive_confirmation_in_repl(repl: Repl, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["n", "yes"])
    monkeypatch.setattr(repl, "_ask", lambda message, password=False: next(answers))
    assert "cancelled by user" in out(capsys, repl, "delete from people;")
    assert "3 row(s) affected" in out(capsys, repl, "delete from people;")


def test_prompt_shows_transaction_and_read_only(repl: Repl) -> None:
    assert repl.prompt_text() == "r> " or repl.prompt_text().startswith("r:")
    repl.handle("begin;")
    assert repl.prompt_text().endswith("*> ")
    repl.handle("rollback;")
    repl.session.read_only = True
    assert "[ro]" in repl.prompt_text()


def test_should_submit() -> None:
    assert should_submit("select 1;", "sqlite")
    assert should_submit("\\dt", "sqlite")
    assert should_submit("? how many customers are there", "sqlite")
    assert should_submit("  ", "sqlite")
    assert not should_submit("select 1", "sqlite")
    assert not should_submit("select $$;", "postgres")


def test_paged_output_starts_the_pager_only_when_needed(tmp_path: Path) -> None:
    sink = io.StringIO()
    short = PagedOutput(f"sh -c 'cat > {tmp_path / 'paged'}'", height=10, width=80, stream=sink)
    short.write("one line\n")
    short.close()
    assert sink.getvalue() == "one line\n" and not (tmp_path / "paged").exists()
    long = PagedOutput(f"sh -c 'cat > {tmp_path / 'paged'}'", height=5, width=80, stream=sink)
    for i in range(20):
        long.write(f"line {i}\n")
    long.close()
    assert (tmp_path / "paged").read_text().count("\n") == 20
    assert sink.getvalue() == "one line\n"
    os.environ.pop("LESS", None)
