"""The ask pipeline step by step: context, examples, reply parsing, validation, dry run, repair."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from shop_db import make_shop_db
from test_ai_fakes import OPENAI_KEY, FakeModelServer

from aishell.ai.context import build_context, rank_tables, words
from aishell.ai.pipeline import (
    Attempt,
    ReplyError,
    ValidationError,
    check_names,
    parse_reply,
    similar_examples,
)
from aishell.connections import resolve
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo
from aishell.output.sink import CollectingSink
from aishell.services.ask import ask, run_answer
from aishell.services.session import Session
from aishell.state import NLExample, StateStore


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_shop_db(tmp_path)


@pytest.fixture
def session(db: Path) -> Iterator[Session]:
    s = Session(resolve(f"sqlite:///{db}"), state=StateStore())
    yield s
    s.close()


@pytest.fixture
def model_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    for var in ("AISHELL_PROVIDER", "AISHELL_MODEL", "OPENAI_BASE_URL", "OLLAMA_HOST", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(var, raising=False)


def fenced(sql: str, why: str = "does it") -> str:
    return f"Here you go:\n```sql\n{sql}\n```\nExplanation: {why}"


# --------------------------------------------------------------------------- replies
def test_parse_fenced_with_prose() -> None:
    sql, why = parse_reply("Sure! This counts them.\n```sql\nSELECT COUNT(*) FROM t;\n```\nExplanation: counts rows")
    assert sql == "SELECT COUNT(*) FROM t" and why == "counts rows"


def test_parse_without_fence_and_explanation_from_prose() -> None:
    sql, why = parse_reply("The customers from Peru.\n\nSELECT name\nFROM customers\nWHERE country = 'Peru';\nDone.")
    assert sql == "SELECT name\nFROM customers\nWHERE country = 'Peru'"
    assert why == "The customers from Peru."


def test_parse_unlabelled_and_unclosed_fences() -> None:
    assert parse_reply("```\nSELECT 1\n```")[0] == "SELECT 1"
    assert parse_reply("```sql\nSELECT 2\n")[0] == "SELECT 2"
    assert parse_reply("```sql\nSELECT 3\n```\n```text\nresult: 3\n```")[0] == "SELECT 3"
    assert parse_reply("```sql\nSELECT 4\n```\nagain:\n```sql\nSELECT 4\n```")[0] == "SELECT 4"


def test_parse_rejects_several_statements_or_none() -> None:
    with pytest.raises(ReplyError, match="2 statements"):
        parse_reply("```sql\nSELECT 1; SELECT 2;\n```")
    with pytest.raises(ReplyError, match="2 statements"):
        parse_reply("```sql\nSELECT 1\n```\nor\n```sql\nSELECT 2\n```")
    with pytest.raises(ReplyError, match="no SQL"):
        parse_reply("I cannot answer that.")
    with pytest.raises(ReplyError, match="no SQL"):
        parse_reply("```sql\n-- nothing here\n```")


# --------------------------------------------------------------------------- validation
def catalog() -> Catalog:
    return Catalog(default_schema="main", schemas=["main"], tables=[
        TableInfo("customers", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("name", "TEXT"),
                                                ColumnInfo("country", "TEXT")], primary_key=("id",)),
        TableInfo("orders", "main", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("customer_id", "INTEGER"),
                                             ColumnInfo("status", "TEXT")],
                  foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",))]),
    ])


@pytest.mark.parametrize("sql", [
    "SELECT c.name, COUNT(*) AS n FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY n",
    "WITH peru AS (SELECT id, name FROM customers WHERE country = 'Peru') SELECT name FROM peru",
    "SELECT main.customers.name FROM main.customers",
    "SELECT country AS land FROM customers GROUP BY land",
    "SELECT * FROM orders WHERE status IN (SELECT status FROM orders o2 WHERE o2.id > 1)",
    "DELETE FROM orders WHERE status = 'refunded'",
    "UPDATE customers SET country = 'Chile' WHERE id = 1",
])
def test_valid_names(sql: str) -> None:
    check_names(sql, catalog(), "sqlite")


@pytest.mark.parametrize(("sql", "message"), [
    ("SELECT name FROM clients", "unknown table: clients"),
    ("SELECT nam FROM customers", "nam"),
    ("SELECT o.total FROM orders o", "total"),
    ("WITH x AS (SELECT id FROM customers) SELECT name FROM x", "name"),
    ("SELECT 1; SELECT 2", "exactly one statement"),
    ("SELECT FROM WHERE (", "syntax error"),
    ("DELETE FROM invoices", "unknown table"),
])
def test_invalid_names(sql: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_names(sql, catalog(), "sqlite")


# --------------------------------------------------------------------------- context
def big_catalog(n: int = 300) -> Catalog:
    topics = ["invoice", "shipment", "warehouse", "employee", "payroll", "ticket", "campaign", "supplier"]
    tables = []
    for i in range(n):
        name = f"{topics[i % len(topics)]}_{i:03d}"
        cols = [ColumnInfo("id", "INTEGER")] + [ColumnInfo(f"attribute_{j}", "TEXT", comment=f"detail {j}")
                                                for j in range(12)]
        fks = [ForeignKey(("parent_id",), f"{topics[(i + 1) % len(topics)]}_{(i + 1) % n:03d}", ("id",))]
        cols.append(ColumnInfo("parent_id", "INTEGER"))
        tables.append(TableInfo(name, "public", columns=cols, primary_key=("id",), foreign_keys=fks))
    tables.append(TableInfo("customer_loyalty_points", "public", comment="points earned by customers",
                            columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("customer_id", "INTEGER"),
                                     ColumnInfo("points", "INTEGER"), ColumnInfo("tier", "TEXT")],
                            foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",))]))
    tables.append(TableInfo("customers", "public", columns=[ColumnInfo("id", "INTEGER"), ColumnInfo("name", "TEXT")],
                            primary_key=("id",)))
    return Catalog(default_schema="public", schemas=["public"], tables=tables)


def test_large_catalog_fits_the_budget_and_keeps_what_matters() -> None:
    cat = big_catalog()
    ctx = build_context("Which customers have the most loyalty points in the gold tier?", cat, budget=6000,
                        )
    assert len(ctx.text) <= 6000
    assert ctx.tables[0] == "public.customer_loyalty_points"
    assert "public.customers" in ctx.tables[:3]  # its foreign-key neighbour
    assert ctx.omitted > 250
    assert "REFERENCES customers(id)" in ctx.text
    full = sum(len(t.name) + 40 * len(t.columns) for t in cat.tables)
    assert full > 10 * len(ctx.text)


def test_context_shows_comments_and_sample_values() -> None:
    cat = catalog()
    cat.tables[0].comment = "people who buy"
    values = {("customers", "country"): ["Peru", "Chad"]}
    ctx = build_context("customers from Peru", cat, values)
    assert "-- people who buy" in ctx.text
    assert "values: 'Peru', 'Chad'" in ctx.text
    assert rank_tables("customers from Peru", cat, values)[0][1].name == "customers"


def test_words_split_identifiers_and_stem() -> None:
    assert words("CustomerOrders order_items") == {"customer", "order", "item"}


def test_similar_examples() -> None:
    ex = [NLExample("how many orders were refunded", "SELECT 1", 2.0),
          NLExample("list customers from Peru", "SELECT 2", 1.0)]
    assert [e.sql for e in similar_examples("How many refunded orders?", ex)] == ["SELECT 1"]
    assert similar_examples("weather tomorrow", ex) == []


# --------------------------------------------------------------------------- whole pipeline, chat model
def test_repair_loop_wrong_column_then_right(session: Session, model_env: None) -> None:
    script: list[str | object] = [fenced("SELECT nme FROM customers WHERE country = 'Peru'"),
                                  fenced("SELECT name FROM customers WHERE country = 'Peru'", "names in Peru")]
    seen: list[Attempt] = []
    with FakeModelServer("openai", script) as server:  # type: ignore[arg-type]
        result = ask(session, "names of customers from Peru", provider="openai", model="m",
                     base_url=server.base_url, on_attempt=seen.append)
    assert result.ok and result.sql == "SELECT name FROM customers WHERE country = 'Peru'"
    assert result.explanation == "names in Peru" and result.risk == "read" and not result.needs_confirmation
    assert [a.number for a in seen] == [1, 2] and seen == result.attempts
    assert result.attempts[0].error is not None and "nme" in result.attempts[0].error
    second = server.requests[1]["body"]["messages"]
    assert "nme" in second[-1]["content"] and second[-2]["role"] == "assistant"
    system = server.requests[0]["body"]["messages"][0]["content"]
    assert "sqlite" in system and "CREATE TABLE customers" in system and "'Peru'" in system


def test_dry_run_failure_is_repaired(session: Session, model_env: None) -> None:
    script = [fenced("SELECT likelihood(name, 2) FROM customers"), fenced("SELECT upper(name) FROM customers")]
    with FakeModelServer("ollama", script) as server:  # type: ignore[arg-type]
        result = ask(session, "names in capitals", provider="ollama", base_url=server.base_url)
    assert result.ok and len(result.attempts) == 2
    assert "the database rejected it" in (result.attempts[0].error or "")


def test_gives_up_after_max_attempts(session: Session, model_env: None) -> None:
    with FakeModelServer("openai", [fenced("SELECT * FROM dragons")]) as server:  # type: ignore[arg-type]
        result = ask(session, "dragons", provider="openai", base_url=server.base_url, max_attempts=3)
    assert not result.ok and len(result.attempts) == 3 and len(server.requests) == 3
    assert "unknown table: dragons" in (result.error or "")


def test_accepted_examples_become_few_shot(session: Session, model_env: None) -> None:
    sql = "SELECT COUNT(*) FROM orders WHERE status = 'refunded'"
    with FakeModelServer("openai", [fenced(sql)]) as server:  # type: ignore[arg-type]
        first = ask(session, "How many orders were refunded?", provider="openai", base_url=server.base_url)
        run = run_answer(session, first, CollectingSink(), confirmed=True)
        assert run.ok
        assert session.state is not None
        assert [(e.question, e.sql) for e in session.state.examples(connection=session.label)] == [
            ("How many orders were refunded?", sql)]
        ask(session, "how many refunded orders are there", provider="openai", base_url=server.base_url)
    messages = server.requests[1]["body"]["messages"]
    assert messages[1] == {"role": "user", "content": "Question: How many orders were refunded?"}
    assert sql in messages[2]["content"]


def test_unconfirmed_read_is_not_an_example(session: Session, model_env: None) -> None:
    with FakeModelServer("openai", [fenced("SELECT name FROM customers")]) as server:  # type: ignore[arg-type]
        result = ask(session, "customer names", provider="openai", base_url=server.base_url)
    sink = CollectingSink()
    assert run_answer(session, result, sink, confirmed=False).ok
    assert len(sink.results[0][1]) == 3
    assert session.state is not None and session.state.examples(connection=session.label) == []


# --------------------------------------------------------------------------- offline provider
def test_offline_provider(session: Session) -> None:
    result = ask(session, "How many customers are from Peru?", provider="offline")
    assert result.ok and result.provider == "offline" and result.risk == "read"
    _, rows = session.query_rows(result.sql)
    assert rows == [(2,)]
    bad = ask(session, "How many dragons are there?", provider="offline")
    assert not bad.ok and "cannot translate" in (bad.error or "")


def test_offline_reuses_an_accepted_answer(session: Session) -> None:
    assert session.state is not None
    session.state.add_example(connection=session.label, question="who are the chads",
                              sql="SELECT name FROM customers WHERE country = 'Chad'")
    result = ask(session, "Who are the Chads?", provider="offline")
    assert result.ok and result.sql == "SELECT name FROM customers WHERE country = 'Chad'"


def test_empty_question(session: Session) -> None:
    assert not ask(session, "   ").ok


def test_in_memory_sqlite_keeps_its_connection() -> None:
    s = Session(resolve("sqlite:///:memory:"))
    try:
        s.run("CREATE TABLE pets(id INTEGER PRIMARY KEY, kind TEXT);"
              "INSERT INTO pets(kind) VALUES ('cat'), ('dog'), ('cat')", CollectingSink())
        result = ask(s, "how many pets are cats?", provider="offline")
        assert result.ok
        assert s.query_rows(result.sql)[1] == [(2,)]  # sampling values did not close the only connection
    finally:
        s.close()


def test_identifier_case_is_left_to_the_engine() -> None:
    cat = Catalog(default_schema="public", tables=[
        TableInfo("Orders", "public", columns=[ColumnInfo("OrderID", "int"), ColumnInfo("Status", "text")])])
    check_names('SELECT "OrderID", "Status" FROM "Orders"', cat, "postgres")
    check_names("SELECT orderid FROM orders", cat, "postgres")  # EXPLAIN decides
    with pytest.raises(ValidationError, match=r"Statuz.*columns: Orders\(OrderID, Status\)"):
        check_names('SELECT "Statuz" FROM "Orders"', cat, "postgres")


def test_examples_table_is_added_to_an_old_state_store(tmp_path: Path) -> None:
    from aishell.state import _MIGRATIONS

    path = tmp_path / "state.db"
    old = sqlite3.connect(path)
    old.executescript(_MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.close()
    store = StateStore(path)
    store.add_example(connection="db1", question="q one", sql="SELECT 1")
    store.add_example(connection="db1", question="q one", sql="SELECT 2")  # the same question replaces
    store.add_example(connection="db2", question="q two", sql="SELECT 3")
    assert [(e.question, e.sql) for e in store.examples(connection="db1")] == [("q one", "SELECT 2")]
    store.close()
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == len(_MIGRATIONS)


def test_prompt_for_a_300_table_database_fits(tmp_path: Path, model_env: None) -> None:
    path = tmp_path / "big.db"
    c = sqlite3.connect(path)
    # the 300 tables of big_catalog(): the same table descriptions, so the embedding model (when
    # installed) finds them in its cache if the test above embedded them already
    for t in big_catalog().tables[:300]:
        cols = ", ".join(f"{col.name} {col.data_type}" for col in t.columns[1:])
        c.execute(f"CREATE TABLE {t.name} (id INTEGER PRIMARY KEY, {cols})")
    c.execute("CREATE TABLE loyalty_points (id INTEGER PRIMARY KEY, member TEXT, points INTEGER)")
    c.commit()
    c.close()
    s = Session(resolve(f"sqlite:///{path}"))
    try:
        with FakeModelServer("openai", [fenced("SELECT member FROM loyalty_points ORDER BY points DESC")]) as server:
            result = ask(s, "which member has the most loyalty points", provider="openai", base_url=server.base_url)
    finally:
        s.close()
    assert result.ok
    system = server.requests[0]["body"]["messages"][0]["content"]
    assert len(system) < 14_000  # about 3,500 tokens, whatever the size of the catalog
    assert system.index("CREATE TABLE") == system.index("CREATE TABLE loyalty_points")  # the best match first
    assert "of 301 tables shown" in system
