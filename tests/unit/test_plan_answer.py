"""Questions about a statement's speed are answered from its plan and lints (issue 16, item 4):
offline from plain templates, through a model with the plan and lints as context, and from the
CLI's ``aishell ask`` and the REPL's ``\\ask`` alike.  Nothing runs: the statement is explained."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_ai_fakes import OPENAI_KEY, FakeModelServer

from aishell.cli.main import cli
from aishell.connections import resolve
from aishell.output.sink import CollectingSink
from aishell.services.plan_answer import answer, statement_in
from aishell.services.session import Session

SLOW = "why is this query slow? SELECT id, email FROM people WHERE email = 'p77@example.com'"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """20,000 people, no index on email, statistics gathered (SQLite's planner reads them)."""
    path = tmp_path / "people.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, city TEXT)")
    c.executemany("INSERT INTO people VALUES (?, ?, ?)",
                  ((i, f"p{i}@example.com", f"c{i % 50}") for i in range(20_000)))  # fmt: skip
    c.execute("ANALYZE")
    c.commit()
    c.close()
    return path


def count(db: Path) -> int:
    c = sqlite3.connect(db)
    try:
        return int(c.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        c.close()


@pytest.mark.parametrize(("question", "sql"), [
    (SLOW, "SELECT id, email FROM people WHERE email = 'p77@example.com'"),
    ("why is SELECT * FROM t WHERE x = 1 so slow?", "SELECT * FROM t WHERE x = 1"),
    ("how do I speed up `select a from t order by b`", "select a from t order by b"),
    ("make this faster: select count(*) from t join u on t.id = u.tid",
     "select count(*) from t join u on t.id = u.tid"),
])  # fmt: skip
def test_the_statement_is_found_in_a_question_about_speed(question: str, sql: str) -> None:
    assert statement_in(question, "sqlite") == sql


@pytest.mark.parametrize("question", [
    "which customers are slow payers",  # speed words, no statement
    "select customers that are slow payers",  # an English "select": it reads no table
    "SELECT * FROM t WHERE x = 1",  # a statement, no question about speed
    "top 5 customers by revenue",
])  # fmt: skip
def test_other_questions_are_not_about_a_plan(question: str) -> None:
    assert statement_in(question, "sqlite") is None


def test_offline_answer_comes_from_the_lints_and_runs_nothing(db: Path) -> None:
    session = Session(resolve(f"sqlite:///{db}"))
    try:
        found = answer(session, SLOW, provider="offline")
        assert found is not None and found.provider == "offline"
        codes = {lint.code for lint in found.explained.lints}
        assert "seq-scan" in codes
        lint = next(lint for lint in found.explained.lints if lint.code == "seq-scan")
        assert lint.message in found.text and lint.hint in found.text
        assert "aishell advise" in found.text
        session.run("CREATE INDEX people_email ON people (email)", CollectingSink(), assume_yes=True)
        session.invalidate_catalog()
        again = answer(session, SLOW, provider="offline")
        assert again is not None and "seq-scan" not in {lint.code for lint in again.explained.lints}
        assert "none of the problems" in again.text
    finally:
        session.close()
    assert count(db) == 20_000


def test_a_model_gets_the_plan_and_the_lints_as_context(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    reply = "The full scan of people is the cost: CREATE INDEX ON people (email)."
    session = Session(resolve(f"sqlite:///{db}"))
    try:
        with FakeModelServer("openai", [reply]) as server:
            found = answer(session, SLOW, provider="openai", base_url=server.base_url)
        assert found is not None and found.text == reply and found.provider == "openai"
        sent = "\n".join(m["content"] for m in server.requests[0]["body"]["messages"])
        assert "SELECT id, email FROM people" in sent
        assert "Plan:" in sent and "people" in sent.split("Plan:", 1)[1]
        assert "seq-scan" in sent.split("Findings:", 1)[1]
    finally:
        session.close()


def test_cli_and_repl_answer_alike(db: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    for var in ("AISHELL_PROVIDER", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OLLAMA_HOST"):
        monkeypatch.delenv(var, raising=False)
    result = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", SLOW])
    assert result.exit_code == 0, result.output
    assert "seq-scan" not in result.output  # people read the message, not the code
    session = Session(resolve(f"sqlite:///{db}"))
    try:
        expected = answer(session, SLOW, provider="offline")
    finally:
        session.close()
    assert expected is not None and expected.text.strip() in result.output
    from aishell.config import Settings
    from aishell.repl.app import Repl

    repl = Repl(Session(resolve(f"sqlite:///{db}")), Settings(), assume_yes=True)
    try:
        capsys.readouterr()
        repl.handle("\\ask " + SLOW)
        assert expected.text.strip() in capsys.readouterr().out
    finally:
        repl.session.close()
    assert count(db) == 20_000
