"""Caches of the offline ``ask`` path: sampled values and the translator.

In-process: :func:`aishell.ai.pipeline.value_index` hands out one ValueIndex object per
session and catalog while nothing new is sampled, so the translator built for it is reused.
On disk: the sampled values are kept in the state store per database, keyed by the catalog's
fingerprint, for :data:`~aishell.ai.pipeline.VALUE_CACHE_MAX_AGE` seconds.  Answers are the
same with and without either cache.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from shop_db import make_shop_db

import aishell.ai.offline as offline
from aishell.ai import pipeline
from aishell.ai.offline.translate import translator_for
from aishell.ai.offline.values import _sample_tree, sample_sql
from aishell.ai.pipeline import _schema_mapping, catalog_fingerprint, check_names, value_index
from aishell.connections import resolve
from aishell.engines.base import Catalog, ColumnInfo, TableInfo
from aishell.services.ask import ask
from aishell.services.session import Session
from aishell.state import StateStore
from isolation import env_without_coverage

QUESTIONS = [
    "How many customers are from Peru?",
    "orders with status refunded",
    "count orders by status",
    "total of paid orders",
    "customers from Chad",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_shop_db(tmp_path)


def open_session(db: Path, *, state: bool = True) -> Session:
    return Session(resolve(f"sqlite:///{db}"), state=StateStore() if state else None)


@pytest.fixture
def session(db: Path) -> Iterator[Session]:
    s = open_session(db)
    yield s
    s.close()


@pytest.fixture
def samplings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times values were sampled from the database (tables per call)."""
    calls: list[int] = []
    real = offline.build_value_index

    def counting(conn: Any, catalog: Catalog, **kw: Any) -> Any:
        calls.append(len(catalog.tables))
        return real(conn, catalog, **kw)

    monkeypatch.setattr(offline, "build_value_index", counting)
    return calls


# --------------------------------------------------------------------------- in-process
def test_the_same_index_object_while_nothing_new_is_sampled(session: Session, samplings: list[int]) -> None:
    catalog = session.catalog()
    first = value_index(session, catalog)
    assert first.column_values("customers", "country") == ["Chad", "Peru"]
    assert value_index(session, catalog) is first
    assert value_index(session, catalog, catalog.tables[:1]) is first
    assert samplings == [2]
    assert translator_for(catalog, first) is translator_for(catalog, value_index(session, catalog))


def test_sampling_more_tables_gives_a_new_index(session: Session, samplings: list[int]) -> None:
    catalog = session.catalog()
    orders = [t for t in catalog.tables if t.name == "orders"]
    some = value_index(session, catalog, orders)
    assert some.has_column("orders", "status") and not some.has_column("customers", "country")
    every = value_index(session, catalog)
    assert every is not some and every.has_column("customers", "country")
    assert samplings == [1, 1]  # only the table not sampled yet
    assert value_index(session, catalog) is every


def test_a_new_catalog_object_is_sampled_anew_in_memory_but_read_from_disk(
    session: Session, samplings: list[int]
) -> None:
    first = value_index(session, session.catalog())
    again = value_index(session, session.catalog(refresh=True))
    assert again is not first and again.values == first.values
    assert samplings == [2]  # the same fingerprint: the state store had them


def test_questions_reuse_the_translator(session: Session, samplings: list[int],
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from aishell.ai.offline.translate import Translator

    built: list[object] = []
    real = Translator.__init__

    def counting(self: Any, *a: Any, **kw: Any) -> None:
        built.append(self)
        real(self, *a, **kw)

    monkeypatch.setattr(Translator, "__init__", counting)
    for q in QUESTIONS:
        ask(session, q, provider="offline")
    assert len(built) == 1 and samplings == [2]


# --------------------------------------------------------------------------- on disk
def stored(db: Path) -> tuple[str, float, str] | None:
    store = StateStore()
    try:
        return store.value_cache(resolve(f"sqlite:///{db}").url.identity())
    finally:
        store.close()


def test_values_are_stored_and_read_back_by_a_new_session(db: Path, samplings: list[int]) -> None:
    s1 = open_session(db)
    try:
        v1 = value_index(s1, s1.catalog())
    finally:
        s1.close()
    row = stored(db)
    assert row is not None
    fingerprint, ts, payload = row
    assert abs(time.time() - ts) < 600
    doc = json.loads(payload)
    assert ["customers", "country", ["Chad", "Peru"]] in doc["values"]
    assert sorted(doc["tables"]) == ["main.customers", "main.orders"]  # qualified names
    s2 = open_session(db)
    try:
        catalog = s2.catalog()
        assert catalog_fingerprint(catalog) == fingerprint
        v2 = value_index(s2, catalog)
    finally:
        s2.close()
    assert samplings == [2]  # the second session read none
    assert list(v2.values.items()) == list(v1.values.items())  # same values, same order


def test_only_the_whole_catalog_is_stored_and_read(db: Path, samplings: list[int]) -> None:
    """An LLM question samples the tables of its prompt: what it gets does not depend on the store."""
    s1 = open_session(db)
    try:
        catalog = s1.catalog()
        value_index(s1, catalog, [t for t in catalog.tables if t.name == "orders"])
        assert stored(db) is None  # a part is not stored
        value_index(s1, catalog)  # the rest, sampled on top of the part: not stored either
        assert stored(db) is None
    finally:
        s1.close()
    s2 = open_session(db)
    try:
        value_index(s2, s2.catalog())  # the whole catalog at once: stored
    finally:
        s2.close()
    assert stored(db) is not None
    s3 = open_session(db)
    try:
        catalog = s3.catalog()
        assert len(value_index(s3, catalog, [])) == 0  # ranking by names first, as without a store
        orders = [t for t in catalog.tables if t.name == "orders"]
        assert value_index(s3, catalog, orders).column_values("orders", "status") == ["paid", "refunded"]
        assert samplings == [1, 1, 2, 1]  # the tables of a prompt are sampled, as before
    finally:
        s3.close()
    s4 = open_session(db)
    try:
        assert len(value_index(s4, s4.catalog(), [])) == 0
        assert value_index(s4, s4.catalog()).column_values("customers", "country") == ["Chad", "Peru"]
        assert samplings == [1, 1, 2, 1]  # nothing sampled yet, then the whole catalog: from the store
    finally:
        s4.close()


def test_a_changed_catalog_samples_again(db: Path, samplings: list[int]) -> None:
    s1 = open_session(db)
    try:
        value_index(s1, s1.catalog())
    finally:
        s1.close()
    before = stored(db)
    c = sqlite3.connect(db)
    c.executescript("ALTER TABLE customers ADD COLUMN tier TEXT; UPDATE customers SET tier = 'gold';")
    c.close()
    s2 = open_session(db)
    try:
        values = value_index(s2, s2.catalog())
    finally:
        s2.close()
    assert samplings == [2, 2]
    assert values.column_values("customers", "tier") == ["gold"]
    after = stored(db)
    assert before is not None and after is not None and after[0] != before[0]  # replaced, one row per database


def test_a_changed_column_type_changes_the_fingerprint() -> None:
    def cat(kind: str) -> Catalog:
        return Catalog(tables=[TableInfo("t", columns=[ColumnInfo("a", kind)])])

    assert catalog_fingerprint(cat("TEXT")) == catalog_fingerprint(cat("TEXT"))
    assert catalog_fingerprint(cat("TEXT")) != catalog_fingerprint(cat("INTEGER"))
    assert catalog_fingerprint(cat("TEXT")) != catalog_fingerprint(
        Catalog(tables=[TableInfo("t", columns=[ColumnInfo("b", "TEXT")])]))
    assert catalog_fingerprint(cat("TEXT")) != catalog_fingerprint(
        Catalog(tables=[TableInfo("t", columns=[ColumnInfo("a", "TEXT")]), TableInfo("u")]))


def test_old_values_are_sampled_again(db: Path, samplings: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    s1 = open_session(db)
    try:
        value_index(s1, s1.catalog())
    finally:
        s1.close()
    c = sqlite3.connect(db)
    c.execute("INSERT INTO customers VALUES (4, 'Di', 'Fiji')")  # new data, the same schema
    c.commit()
    c.close()
    s2 = open_session(db)
    try:
        assert "Fiji" not in value_index(s2, s2.catalog()).column_values("customers", "country")  # still fresh
    finally:
        s2.close()
    monkeypatch.setattr(pipeline, "VALUE_CACHE_MAX_AGE", 0.0)
    s3 = open_session(db)
    try:
        assert "Fiji" in value_index(s3, s3.catalog()).column_values("customers", "country")
    finally:
        s3.close()
    assert samplings == [2, 2]


def test_nothing_is_stored_without_a_state_store_nor_for_a_database_in_memory(db: Path) -> None:
    s = open_session(db, state=False)
    try:
        value_index(s, s.catalog())
    finally:
        s.close()
    assert stored(db) is None
    mem = Session(resolve("sqlite:///:memory:"), state=StateStore())
    try:
        mem.run("CREATE TABLE pets(id INTEGER PRIMARY KEY, kind TEXT); INSERT INTO pets(kind) VALUES ('cat')",
                _sink())  # fmt: skip
        assert value_index(mem, mem.catalog()).column_values("pets", "kind") == ["cat"]
    finally:
        mem.close()
    store = StateStore()
    try:
        assert store.value_cache("sqlite://:memory:") is None
    finally:
        store.close()


def _sink() -> Any:
    from aishell.output.sink import CollectingSink

    return CollectingSink()


def test_a_broken_payload_is_sampled_again(db: Path, samplings: list[int]) -> None:
    store = StateStore()
    s = open_session(db)
    try:
        identity = s.connection().url.identity()
        store.put_value_cache(identity, catalog_fingerprint(s.catalog()), time.time(), "{not json")
        assert value_index(s, s.catalog()).column_values("orders", "status") == ["paid", "refunded"]
    finally:
        s.close()
        store.close()
    assert samplings == [2]


# --------------------------------------------------------------------------- same answers
def test_answers_are_the_same_with_and_without_the_caches(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def answers(state: bool) -> list[tuple[bool, str, str | None]]:
        s = open_session(db, state=state)
        try:
            out = []
            for q in QUESTIONS:
                r = ask(s, q, provider="offline")
                out.append((r.ok, r.sql, r.error))
            return out
        finally:
            s.close()

    plain = answers(state=False)  # nothing on disk, a new session
    cold = answers(state=True)  # samples and stores
    assert stored(db) is not None
    warm = answers(state=True)  # reads the stored values
    assert plain == cold == warm
    assert any(ok for ok, _sql, _err in plain)


def test_the_offline_cli_answers_the_same_in_a_new_process(db: Path, tmp_path: Path) -> None:
    """The first run samples and stores; a second process reads the values back (it would fail if it sampled)."""
    env = env_without_coverage()
    for var in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OLLAMA_HOST", "AISHELL_MODEL"):
        env.pop(var, None)
    env["AISHELL_PROVIDER"] = "offline"
    url = f"sqlite:///{db}"
    first = subprocess.run([sys.executable, "-m", "aishell", "ask", "--sql-only", "--db", url, QUESTIONS[0]],
                           capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert first.returncode == 0, first.stderr
    code = (
        "import sys\n"
        "import aishell.ai.offline as offline\n"
        "def refuse(*a, **k):\n    raise AssertionError('sampled again')\n"
        "offline.build_value_index = refuse\n"
        "from aishell.cli.main import main\n"
        f"sys.argv = ['aishell', 'ask', '--sql-only', '--db', {url!r}, {QUESTIONS[0]!r}]\n"
        "main()\n"
    )
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout and "Peru" in first.stdout


# --------------------------------------------------------------------------- the pieces
NAMES = ["t", 'my"ta`ble', "Ta Ble", "a{b}c", "o'k", "x.y", "aishell_sample_column", '"aishell_sample_table"',
         "ünï", "a]b["]  # fmt: skip


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "sqlite", "duckdb", "oracle", ""])
def test_sampling_sql_is_what_sqlglot_built(dialect: str) -> None:
    for table in NAMES:
        for schema in (None, "public", 'we"ird`s', "aishell_sample_column"):
            for column in NAMES:
                for limit in (3, 101):
                    assert sample_sql(table, schema, column, dialect=dialect, scan_rows=50_000, limit=limit) == (
                        _sample_tree(table, schema, column, dialect=dialect, scan_rows=50_000, limit=limit))


def test_the_name_check_maps_only_the_tables_a_statement_reads() -> None:
    tables = [TableInfo(f"t{i}", "public", columns=[ColumnInfo("a", "int")]) for i in range(50)]
    tables.append(TableInfo("t1", "other", columns=[ColumnInfo("b", "int")]))
    cat = Catalog(default_schema="public", tables=tables)
    mapping, db = _schema_mapping(cat, {"t1"})
    assert mapping == {"public": {"t1": {"a": "UNKNOWN"}}, "other": {"t1": {"b": "UNKNOWN"}}} and db == "public"
    check_names("SELECT a FROM t1", cat, "postgres")
    check_names("SELECT b FROM other.t1", cat, "postgres")
    check_names("SELECT 1", cat, "postgres")
    with pytest.raises(pipeline.ValidationError, match="b"):
        check_names("SELECT b FROM t2", cat, "postgres")


def test_schema_words_are_cached_but_each_caller_gets_its_own_set() -> None:
    from aishell.ai.context import _words, build_context, words

    first = words("customerOrders_total")
    assert first == {"customer", "order", "total"}
    first.add("mutated")
    assert words("customerOrders_total") == {"customer", "order", "total"}
    assert words("") == set() and words(None) == set()  # type: ignore[arg-type]
    hits = _words.cache_info().hits
    tables = [TableInfo(f"t{i}_orders", columns=[ColumnInfo("status", "text")]) for i in range(30)]
    cat = Catalog(tables=tables)
    one = build_context("orders by status", cat, None, use_embeddings=False)
    two = build_context("orders by status", cat, None, use_embeddings=False)
    assert one == two and _words.cache_info().hits > hits + 30  # the second ranking read names from the cache


# --------------------------------------------------------------------------- the translator and catalog on disk
def _counting_builds(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from aishell.ai.offline.translate import Translator

    built: list[object] = []
    real = Translator.__init__

    def counting(self: Any, *a: Any, **kw: Any) -> None:
        built.append(self)
        real(self, *a, **kw)

    monkeypatch.setattr(Translator, "__init__", counting)
    return built


def test_a_new_session_loads_the_translator_and_the_catalog(db: Path, samplings: list[int],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from aishell.engines.sqlite.connection import SQLiteConnection

    built = _counting_builds(monkeypatch)
    s1 = open_session(db)
    try:
        cold = [ask(s1, q, provider="offline").sql for q in QUESTIONS]
        identity = s1.connection().url.identity()
    finally:
        s1.close()
    assert len(built) == 1
    store = StateStore()
    try:
        assert store.value_cache(pipeline._TRANSLATOR_TARGET + identity) is not None
        assert store.value_cache("catalog " + identity) is not None
    finally:
        store.close()
    reads: list[int] = []
    real = SQLiteConnection.catalog

    def counting(self: Any) -> Catalog:
        reads.append(1)
        return real(self)

    monkeypatch.setattr(SQLiteConnection, "catalog", counting)
    s2 = open_session(db)
    try:
        tr = pipeline.offline_translator(s2, s2.catalog())
        assert pipeline.offline_translator(s2, s2.catalog()) is tr  # in the process: the same object
        warm = [ask(s2, q, provider="offline").sql for q in QUESTIONS]
    finally:
        s2.close()
    assert warm == cold and any(warm)
    assert len(built) == 1 and samplings == [2] and reads == []  # nothing built, sampled nor read again


def test_an_altered_table_is_seen_by_the_next_ask(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _counting_builds(monkeypatch)
    question = "count orders by channel"
    s1 = open_session(db)
    try:
        before = ask(s1, question, provider="offline")
    finally:
        s1.close()
    assert "channel" not in before.sql.lower()
    c = sqlite3.connect(db)
    c.execute("ALTER TABLE orders ADD COLUMN channel TEXT")
    c.execute("UPDATE orders SET channel = CASE id WHEN 1 THEN 'web' ELSE 'shop' END")
    c.commit()
    c.close()
    s2 = open_session(db)
    try:
        after = ask(s2, question, provider="offline")
        orders = s2.catalog().find_table("orders")
        assert orders is not None and orders.columns[-1].name == "channel"
    finally:
        s2.close()
    assert after.ok and "orders.channel" in after.sql, after.sql
    assert len(built) == 2  # a changed catalog: built anew, not loaded


def test_the_translator_read_ahead_is_used_only_under_its_key(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-shot ``ask`` reads and decodes the kept translator while the catalog is read
    (:func:`~aishell.ai.pipeline.read_translator_ahead`); it answers as the translator built from
    scratch does, and a document kept for another catalog is not taken (the table grew a column)."""
    from aishell.ai.offline import cache as saved

    built = _counting_builds(monkeypatch)
    s1 = open_session(db)
    try:
        cold = [ask(s1, q, provider="offline").sql for q in QUESTIONS]
    finally:
        s1.close()
    decoded: list[int] = []
    real_loads = saved.loads

    def counting_loads(*a: Any, **kw: Any) -> Any:
        decoded.append(1)
        return real_loads(*a, **kw)

    monkeypatch.setattr(saved, "loads", counting_loads)
    s2 = open_session(db)
    try:
        pipeline.read_translator_ahead(s2)
        assert list(pipeline._AHEAD) == [s2.url.identity()]
        warm = [ask(s2, q, provider="offline").sql for q in QUESTIONS]
    finally:
        s2.close()
    assert warm == cold and any(warm)
    assert len(built) == 1 and decoded == [] and not pipeline._AHEAD  # taken from the read-ahead, nothing built
    c = sqlite3.connect(db)
    c.execute("ALTER TABLE orders ADD COLUMN channel TEXT")
    c.commit()
    c.close()
    s3 = open_session(db)
    try:
        pipeline.read_translator_ahead(s3)
        assert pipeline._AHEAD  # the old catalog's document, read ahead
        again = ask(s3, QUESTIONS[2], provider="offline")
    finally:
        s3.close()
    assert again.ok and len(built) == 2 and not pipeline._AHEAD  # not taken: built for the new catalog
