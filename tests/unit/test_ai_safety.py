"""Safety gates: a generated write never runs without explicit confirmation, and never in read-only mode."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ai_fakes import OPENAI_KEY, FakeModelServer

from aishell.cli.main import cli
from aishell.connections import resolve
from aishell.errors import PolicyError
from aishell.output.sink import CollectingSink
from aishell.services.ask import ask, run_answer
from aishell.services.session import Session
from aishell.state import StateStore

DELETE = "DELETE FROM customers WHERE country = 'Peru'"
REPLY = f"```sql\n{DELETE}\n```\nExplanation: removes the Peruvian customers."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);
        INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru');
        """
    )
    c.commit()
    c.close()
    return path


def rows(db: Path) -> list[tuple[object, ...]]:
    c = sqlite3.connect(db)
    try:
        return c.execute("SELECT * FROM customers ORDER BY id").fetchall()
    finally:
        c.close()


ORIGINAL = [(1, "Ann", "Peru"), (2, "Bo", "Chad"), (3, "Cy", "Peru")]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeModelServer]:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    with FakeModelServer("openai", [REPLY]) as s:
        monkeypatch.setenv("OPENAI_BASE_URL", s.base_url)
        monkeypatch.setenv("AISHELL_PROVIDER", "openai")
        yield s


def session_for(db: Path, *, read_only: bool = False) -> Session:
    return Session(resolve(f"sqlite:///{db}"), read_only=read_only, state=StateStore())


def test_generated_delete_needs_confirmation(db: Path, server: FakeModelServer) -> None:
    s = session_for(db)
    try:
        result = ask(s, "remove the customers from Peru")
        assert result.ok and result.risk == "write" and result.needs_confirmation and result.refused is None
        with pytest.raises(PolicyError, match="explicit confirmation"):
            run_answer(s, result, CollectingSink(), confirmed=False)
        assert rows(db) == ORIGINAL
        assert s.state is not None and s.state.examples(connection=s.label) == []
        run = run_answer(s, result, CollectingSink(), confirmed=True)
        assert run.ok
        assert rows(db) == [(2, "Bo", "Chad")]
    finally:
        s.close()


def test_generated_delete_refused_in_read_only_mode(db: Path, server: FakeModelServer) -> None:
    s = session_for(db, read_only=True)
    try:
        result = ask(s, "remove the customers from Peru")
        assert result.ok and result.refused and "read-only" in result.refused
        with pytest.raises(PolicyError, match="read-only"):
            run_answer(s, result, CollectingSink(), confirmed=True)
    finally:
        s.close()
    assert rows(db) == ORIGINAL


def test_cli_yes_alone_never_runs_a_generated_write(db: Path, server: FakeModelServer) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--yes", "remove customers from Peru"])
    assert r.exit_code == 1
    assert "--allow-write" in r.output
    assert rows(db) == ORIGINAL
    r = CliRunner().invoke(cli, ["--yes", "ask", "--db", f"sqlite:///{db}", "remove customers from Peru"])
    assert r.exit_code == 1 and rows(db) == ORIGINAL


def test_cli_allow_write_without_confirmation_is_refused(db: Path, server: FakeModelServer) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--allow-write", "remove customers from Peru"])
    assert r.exit_code == 1 and "not run" in r.output
    assert rows(db) == ORIGINAL


def test_cli_read_only_refuses_even_with_every_flag(db: Path, server: FakeModelServer) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--read-only", "--allow-write", "--yes",
                                 "remove customers from Peru"])
    assert r.exit_code == 1 and "read-only" in r.output
    assert rows(db) == ORIGINAL


def test_cli_allow_write_and_yes_runs_it(db: Path, server: FakeModelServer) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--allow-write", "--yes",
                                 "remove customers from Peru"])
    assert r.exit_code == 0, r.output
    assert DELETE in r.output and "risk: write" in r.output
    assert rows(db) == [(2, "Bo", "Chad")]


def test_cli_sql_only_runs_nothing(db: Path, server: FakeModelServer) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--sql-only", "remove customers from Peru"])
    assert r.exit_code == 0 and r.stdout.strip() == DELETE
    assert rows(db) == ORIGINAL


def test_generated_drop_is_ddl_and_gated(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    with FakeModelServer("openai", ["```sql\nDROP TABLE customers\n```"]) as srv:
        s = session_for(db)
        try:
            result = ask(s, "drop the customers table", provider="openai", base_url=srv.base_url)
            assert result.ok and result.risk == "ddl" and result.classification is not None
            assert result.classification.destructive
            with pytest.raises(PolicyError):
                run_answer(s, result, CollectingSink(), confirmed=False)
        finally:
            s.close()
    assert rows(db) == ORIGINAL


def test_repl_write_needs_an_explicit_yes_even_with_assume_yes(db: Path, server: FakeModelServer) -> None:
    from aishell.config import Settings
    from aishell.repl.app import Repl

    s = session_for(db)
    repl = Repl(s, Settings(), assume_yes=True)
    answers = iter(["", "e", "y"])
    monkey_ask = lambda message, password=False: next(answers)  # noqa: E731
    repl._ask = monkey_ask  # type: ignore[method-assign]
    try:
        repl.handle("? remove the customers from Peru")  # Enter: the default is No for a write
        assert rows(db) == ORIGINAL
        repl.handle("\\ask remove the customers from Peru")  # e: edit
        assert repl.next_default == DELETE and rows(db) == ORIGINAL
        repl.handle("? remove the customers from Peru")  # y
        assert rows(db) == [(2, "Bo", "Chad")]
    finally:
        repl.refresher.close()
        s.close()
