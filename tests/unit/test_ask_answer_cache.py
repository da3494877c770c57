"""The offline ``ask``'s answers and checks kept in the state store (:mod:`aishell.ai.answer_cache`).

A question asked again of the same catalog and sampled values, by the same translator code, in
the same dialect on the same day, is answered (or refused) exactly as before without loading
the translator; a statement that passed the name check against the same catalog is not
parsed again.  A changed catalog, another day or dialect, a broken entry, a question with a
password: translated again.  The one-shot CLI's second ask loads neither the translator nor
(on PostgreSQL) sqlglot, and reads the catalog on a thread while the pipeline loads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
from shop_db import make_shop_db

from aishell.ai import answer_cache, pipeline
from aishell.ai.pipeline import ValidationError
from aishell.connections import resolve
from aishell.services.ask import ask
from aishell.services.session import Session
from aishell.state import StateStore
from isolation import env_without_coverage, run_listing_modules

QUESTIONS = [
    "How many customers are from Peru?",
    "orders with status refunded",
    "count orders by status",
    "delete all refunded orders",  # refused: the offline translator does not write
    "frobnicate the quux",  # refused: nothing to go on
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_shop_db(tmp_path)


def open_session(db: Path, *, cached_checks: bool = False) -> Session:
    return Session(resolve(f"sqlite:///{db}"), state=StateStore(), cache_classifications=cached_checks)


def answers(db: Path, questions: list[str], **kw: Any) -> list[tuple[bool, str, str, str | None, str]]:
    s = open_session(db, **kw)
    try:
        out = []
        for q in questions:
            r = ask(s, q, provider="offline")
            out.append((r.ok, r.sql, r.explanation, r.error, r.risk))
        return out
    finally:
        s.close()


def no_translator(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the translator was loaded")

    monkeypatch.setattr(pipeline, "offline_translator", refuse)


def test_a_question_asked_again_is_answered_as_before_without_the_translator(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    first = [answers(db, [q])[0] for q in QUESTIONS]  # one process (session) a question, as the CLI asks
    assert any(ok for ok, *_ in first) and sum(not ok for ok, *_ in first) >= 2
    no_translator(monkeypatch)
    again = answers(db, QUESTIONS)
    assert again == first  # the SQL, the explanation, the refusal's message and the risk


def test_a_translator_in_memory_answers_without_the_store(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    looked: list[str] = []
    real = answer_cache.stored_answer

    def counting(store: Any, context: str, question: str) -> Any:
        looked.append(question)
        return real(store, context, question)

    monkeypatch.setattr(answer_cache, "stored_answer", counting)
    assert answers(db, QUESTIONS[:3]) == [answers(db, [q])[0] for q in QUESTIONS[:3]]
    # one session: the first question is looked up, the later ones go to the translator it loaded
    assert looked == [QUESTIONS[0], *QUESTIONS[:3]]


def test_a_changed_catalog_is_translated_again(db: Path) -> None:
    question = "count orders by channel"
    before = answers(db, [question])
    c = sqlite3.connect(db)
    c.execute("ALTER TABLE orders ADD COLUMN channel TEXT")
    c.execute("UPDATE orders SET channel = CASE id WHEN 1 THEN 'web' ELSE 'shop' END")
    c.commit()
    c.close()
    after = answers(db, [question])
    assert "channel" not in before[0][1].lower()
    assert after[0][0] and "orders.channel" in after[0][1]


def test_answers_are_kept_per_translator_dialect_day_and_sqlglot(tmp_path: Path) -> None:
    store = StateStore()
    try:
        day = dt.date(2026, 12, 5)
        here = answer_cache.answer_context("k1", "sqlite", day, "code")
        answer_cache.store_answer(store, here, "q", ("SELECT 1", "One."))
        answer_cache.store_answer(store, here, "why not", "cannot tell")
        assert answer_cache.stored_answer(store, here, "q") == ("SELECT 1", "One.")
        assert answer_cache.stored_answer(store, here, "why not") == "cannot tell"
        assert answer_cache.stored_answer(store, here, "Q") is None  # the question exactly as asked
        for other in (answer_cache.answer_context("k2", "sqlite", day, "code"),
                      answer_cache.answer_context("k1", "postgres", day, "code"),
                      answer_cache.answer_context("k1", "sqlite", day + dt.timedelta(days=1), "code"),
                      answer_cache.answer_context("k1", "sqlite", day, "another sqlglot")):  # fmt: skip
            assert answer_cache.stored_answer(store, other, "q") is None
    finally:
        store.close()


def test_nothing_with_a_password_nor_a_broken_entry_is_used() -> None:
    store = StateStore()
    try:
        ctx = answer_cache.answer_context("k", "postgres", dt.date(2026, 12, 5), "code")
        secret = "rows of postgresql://ann:hunter2@db/app"
        answer_cache.store_answer(store, ctx, secret, ("SELECT 1", ""))
        answer_cache.store_answer(store, ctx, "q", ("SELECT 'postgresql://ann:hunter2@db/app'", ""))
        assert answer_cache.stored_answer(store, ctx, secret) is None
        assert answer_cache.stored_answer(store, ctx, "q") is None
        assert store.classification(ctx, secret) is None and store.classification(ctx, "q") is None
        for broken in ("{not json", '["sql", 1, 2]', '["error"]', '{"sql": "x"}', '["other", "x"]'):
            store.put_classification(ctx, "q", broken, keep=100)
            assert answer_cache.stored_answer(store, ctx, "q") is None
    finally:
        store.close()


def test_a_broken_answer_is_translated_again(db: Path) -> None:
    question = QUESTIONS[0]
    first = answers(db, [question])
    store = StateStore()
    try:
        rows = store._db().execute("SELECT context FROM classify_cache WHERE sql = ?", (question,)).fetchall()
        assert len(rows) == 1 and rows[0][0].startswith("offline-answer")
        store.put_classification(rows[0][0], question, '["sql", "SELECT', keep=100)
    finally:
        store.close()
    assert answers(db, [question]) == first


def test_a_statement_that_passed_the_name_check_is_not_parsed_again(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[str] = []
    real = pipeline.check_names

    def counting(sql: str, *a: Any, **k: Any) -> Any:
        checks.append(sql)
        return real(sql, *a, **k)

    monkeypatch.setattr(pipeline, "check_names", counting)
    question = QUESTIONS[0]
    first = answers(db, [question], cached_checks=True)
    assert len(checks) == 1
    again = answers(db, [question], cached_checks=True)
    assert again == first and len(checks) == 1  # kept: neither translated nor checked again
    assert answers(db, [question]) == first and len(checks) == 2  # a session that keeps no classifications
    c = sqlite3.connect(db)
    c.execute("CREATE TABLE refunds(id INTEGER PRIMARY KEY)")
    c.commit()
    c.close()
    assert answers(db, [question], cached_checks=True) == first and len(checks) == 3  # another catalog


def test_a_failed_name_check_is_not_kept(db: Path) -> None:
    s = open_session(db, cached_checks=True)
    try:
        catalog = s.catalog()
        p = pipeline.Pipeline(s, cast(Any, None))  # (the check uses no provider)
        for _ in range(2):
            with pytest.raises(ValidationError, match="nope"):
                p._validate("SELECT nope FROM orders", catalog, s.dialect, pipeline.AskResult("q"))
    finally:
        s.close()
    store = StateStore()
    try:
        kept = store._db().execute("SELECT count(*) FROM classify_cache WHERE context LIKE 'names %'").fetchone()
        assert kept == (0,)
    finally:
        store.close()


def one_shot(url: str, question: str, home: Path) -> tuple[str, set[str]]:
    env = env_without_coverage()
    for var in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OLLAMA_HOST", "AISHELL_MODEL"):
        env.pop(var, None)
    env.update(AISHELL_PROVIDER="offline", AISHELL_HOME=str(home))
    code, out, err, modules = run_listing_modules(["ask", "--sql-only", "--db", url, question], env)
    assert code == 0, err
    return out, modules


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_the_second_one_shot_ask_loads_no_translator(engine: str, db: Path, tmp_path: Path,
                                                     request: pytest.FixtureRequest) -> None:  # fmt: skip
    if engine == "sqlite":
        url = f"sqlite:///{db}"
    else:
        url = str(request.getfixturevalue("pg_url"))
        import psycopg

        with psycopg.connect(url, autocommit=True) as c:
            c.execute("DROP TABLE IF EXISTS ask_cache_customers")
            c.execute("CREATE TABLE ask_cache_customers(id int PRIMARY KEY, name text, country text)")
            c.execute("INSERT INTO ask_cache_customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad')")
    question = "How many ask cache customers are from Peru?" if engine == "postgres" else QUESTIONS[0]
    home = tmp_path / "home"
    try:
        first, before = one_shot(url, question, home)
        again, after = one_shot(url, question, home)
    finally:
        if engine == "postgres":
            with psycopg.connect(url, autocommit=True) as c:
                c.execute("DROP TABLE IF EXISTS ask_cache_customers")
    assert "Peru" in first and again == first
    assert "aishell.ai.offline.translate" in before and "aishell.ai.offline.translate" not in after
    if engine == "postgres":  # (SQLite's EXPLAIN reads the statement's aliases with sqlglot)
        assert "sqlglot" in before and "sqlglot" not in after


def test_the_catalog_read_beside_the_pipeline_raises_in_the_command(db: Path) -> None:
    from aishell.cli.cmd_ask import _Prefetch, _prefetch_catalog
    from aishell.errors import ConnectError

    class Failing:
        def catalog(self) -> None:
            raise ConnectError("cannot connect: refused")

    class Broken:
        def catalog(self) -> None:
            raise RuntimeError("left for the pipeline's own read")

    failing = _Prefetch(cast(Any, Failing()))
    with pytest.raises(ConnectError, match="refused"):
        failing.join()
    failing.join()  # raised once
    _Prefetch(cast(Any, Broken())).join()
    s = open_session(db)
    try:
        assert _prefetch_catalog(s) is None  # a database file: read on the command's own thread
    finally:
        s.close()


def test_a_one_shot_ask_on_a_missing_postgres_database_fails_once(pg_url: str, tmp_path: Path) -> None:
    env = env_without_coverage()
    env.update(AISHELL_PROVIDER="offline", AISHELL_HOME=str(tmp_path / "home"))
    url = pg_url.rsplit("/", 1)[0] + "/aishell_no_such_database"
    r = subprocess.run([sys.executable, "-m", "aishell", "ask", "--sql-only", "--db", url, "how many customers"],
                       capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert r.returncode == 3 and r.stdout == ""
    assert r.stderr.count("error:") == 1 and 'aishell_no_such_database" does not exist' in r.stderr, r.stderr


def test_the_command_gives_the_collector_back(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from click.testing import CliRunner

    from aishell.cli.main import cli

    monkeypatch.setenv("AISHELL_PROVIDER", "offline")
    assert gc.isenabled()
    r = CliRunner().invoke(cli, ["ask", "--sql-only", "--db", f"sqlite:///{db}", QUESTIONS[0]])
    assert r.exit_code == 0 and "customers" in r.output, r.output
    assert gc.isenabled()  # paused for the command only


def test_the_translator_is_loaded_ahead_only_for_a_new_offline_question(db: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A one-shot ``ask`` on a server loads the translator while its catalog is read, when it will surely
    be needed: the offline provider, a question with no kept answer (by its words, under any catalog)."""
    from aishell.services.ask import needs_translator

    monkeypatch.delenv("AISHELL_PROVIDER", raising=False)
    s = open_session(db)
    try:
        assert needs_translator(s, "How many customers are from Peru?", provider="offline")
        assert not needs_translator(s, "How many customers are from Peru?", provider="anthropic")
        monkeypatch.setenv("AISHELL_PROVIDER", "ollama")
        assert not needs_translator(s, "How many customers are from Peru?")
        monkeypatch.setenv("AISHELL_PROVIDER", "offline")
        ask(s, "How many  customers are from Peru?", provider="offline")  # kept under the words, spaces folded
        assert not needs_translator(s, "How many customers are from Peru?  ")
        assert needs_translator(s, "How many customers are from Chad?")
        assert answer_cache.asked_before(s.state, "How many customers are from Peru?")
        assert not answer_cache.asked_before(None, "How many customers are from Peru?")
    finally:
        s.close()
