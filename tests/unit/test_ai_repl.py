"""``\\ask`` and ``? QUESTION`` in the shell, in process, with the offline provider."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aishell.config import Settings
from aishell.connections import resolve
from aishell.repl.app import Repl
from aishell.repl.commands import special_commands
from aishell.services.session import Session
from aishell.state import StateStore


@pytest.fixture
def repl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Repl]:
    for var in ("AISHELL_PROVIDER", "AISHELL_MODEL"):
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "tiny.db"
    c = sqlite3.connect(path)
    c.executescript("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);"
                    "INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru');")
    c.commit()
    c.close()
    session = Session(resolve(f"sqlite:///{path}"), state=StateStore(), source="repl")
    r = Repl(session, Settings())
    r.timing = False
    yield r
    r.refresher.close()
    session.close()


def answer(repl: Repl, *replies: str) -> list[str]:
    asked: list[str] = []
    it = iter(replies)

    def fake_prompt(message: str, password: bool = False) -> str:
        asked.append(message)
        return next(it)

    repl._ask = fake_prompt  # type: ignore[method-assign]
    return asked


def test_question_runs_a_read_on_enter_and_is_remembered(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    asked = answer(repl, "")
    repl.handle("? How many customers are from Peru?")
    out = capsys.readouterr().out
    assert "SELECT" in out and "-- risk: read" in out and "2" in out.split("risk: read", 1)[1]
    assert asked == ["Run it? [Y]es / [e]dit / [n]o: "]
    state = repl.session.state
    assert state is not None
    assert [e.question for e in state.examples(connection=repl.session.label)] == ["How many customers are from Peru?"]


def test_edit_puts_the_sql_in_the_next_prompt(repl: Repl) -> None:
    answer(repl, "e")
    repl.handle("\\ask list customers from Chad;")
    assert repl.next_default.upper().startswith("SELECT") and "Chad" in repl.next_default


def test_cancel_and_errors(repl: Repl, capsys: pytest.CaptureFixture[str]) -> None:
    answer(repl, "n")
    repl.handle("? list customers")
    assert "cancelled" in capsys.readouterr().out
    repl.handle("? how many dragons are there")
    assert "no valid SQL for the question" in capsys.readouterr().err
    repl.handle("\\ask")
    assert "usage: \\ask" in capsys.readouterr().err


def test_ask_is_listed_in_help() -> None:
    assert any(name == "\\ask" for name, _ in special_commands())
