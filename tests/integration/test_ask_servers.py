"""The ask pipeline on real PostgreSQL and MariaDB: schema-qualified catalogs, dialects, EXPLAIN dry runs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from test_ai_fakes import OPENAI_KEY, FakeModelServer

from aishell.connections import resolve
from aishell.errors import PolicyError
from aishell.output.sink import CollectingSink
from aishell.services.ask import ask, run_answer
from aishell.services.session import Session

pytestmark = pytest.mark.integration

SETUP = [
    "DROP TABLE IF EXISTS ask_orders",
    "DROP TABLE IF EXISTS ask_customers",
    "CREATE TABLE ask_customers(id INTEGER PRIMARY KEY, name VARCHAR(40), country VARCHAR(40))",
    "CREATE TABLE ask_orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES ask_customers(id), "
    "status VARCHAR(20))",
    "INSERT INTO ask_customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru')",
    "INSERT INTO ask_orders VALUES (1, 1, 'paid'), (2, 1, 'refunded'), (3, 2, 'paid')",
]


def fenced(sql: str) -> str:
    return f"```sql\n{sql}\n```\nExplanation: test."


@pytest.fixture(params=["postgres", "mysql"])
def session(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    url = request.getfixturevalue("pg_url" if request.param == "postgres" else "mysql_url")
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    s = Session(resolve(url))
    for sql in SETUP:
        s.run(sql, CollectingSink(), assume_yes=True)
    s.invalidate_catalog()
    yield s
    s.close()


def test_offline_on_a_server(session: Session) -> None:
    result = ask(session, "How many ask customers are from Peru?", provider="offline")
    assert result.ok, result.error
    assert session.query_rows(result.sql)[1][0][0] == 2


def test_repair_and_dry_run_on_a_server(session: Session) -> None:
    script = [
        fenced("SELECT c.nme FROM ask_customers c"),  # caught by the catalog check
        fenced("SELECT c.name FROM ask_customers c WHERE c.name LIKE 'x' ESCAPE 'ab'"),  # caught by EXPLAIN
        fenced("SELECT c.name, COUNT(*) AS n FROM ask_customers c JOIN ask_orders o ON o.customer_id = c.id "
               "GROUP BY c.name ORDER BY n DESC"),
    ]
    with FakeModelServer("openai", script) as server:  # type: ignore[arg-type]
        result = ask(session, "orders per customer", provider="openai", base_url=server.base_url, max_attempts=3)
    assert result.ok, result.attempts
    assert [a.error is None for a in result.attempts] == [False, False, True]
    assert "nme" in (result.attempts[0].error or "")
    assert "the database rejected it" in (result.attempts[1].error or "")
    system = server.requests[0]["body"]["messages"][0]["content"]
    assert session.dialect in system
    assert session.query_rows(result.sql)[1][0] == ("Ann", 2)


def test_generated_write_gated_on_a_server(session: Session) -> None:
    with FakeModelServer("openai", [fenced("DELETE FROM ask_orders WHERE status = 'paid'")]) as server:
        result = ask(session, "delete paid orders", provider="openai", base_url=server.base_url)
    assert result.ok and result.risk == "write"
    with pytest.raises(PolicyError):
        run_answer(session, result, CollectingSink(), confirmed=False)
    assert session.query_rows("SELECT COUNT(*) FROM ask_orders")[1][0][0] == 3
