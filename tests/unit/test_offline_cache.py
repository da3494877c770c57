"""The offline translator's indexes saved as JSON and loaded back (:mod:`aishell.ai.offline.cache`),
and the catalog kept in the state store while the engine's fingerprint is unchanged
(:mod:`aishell.services.catalog_store`): a loaded translator answers every question exactly as
a freshly built one does."""

from __future__ import annotations

import dataclasses
import importlib
import json
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from nl2sql_data.build import BUILDERS
from nl2sql_data.harness import TODAY, build_with

from aishell.ai.offline import TranslationError, ValueIndex, build_value_index
from aishell.ai.offline import cache as saved
from aishell.ai.offline.linking import _Pattern
from aishell.ai.offline.translate import Translator
from aishell.engines import connect
from aishell.engines.base import Catalog
from aishell.services import catalog_store
from aishell.urls import DatabaseURL

DATA = Path(__file__).parent / "nl2sql_data"
#: the bench's generated catalog (flags, yes/no text, codes, many tables), small
BENCH_TABLES = 120


def _questions() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name in ("questions.jsonl", "heldout.jsonl"):
        for line in (DATA / name).read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                out.setdefault(d["db"], []).append(d["q"])
    return out


def _bench() -> Any:
    """``bench/ask_catalog.py``, the 2,000-table benchmark's catalog builder."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    try:
        return importlib.import_module("ask_catalog")
    finally:
        sys.path.pop(0)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("offline_cache")
    paths = build_with(BUILDERS, out)
    bench = _bench()
    bench.build_sqlite(out / "bench.db", bench.schema(BENCH_TABLES), 30)
    paths["bench"] = out / "bench.db"
    return paths


def _read(path: Path) -> tuple[Catalog, dict[tuple[str, str], list[str]]]:
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"), read_only=True)
    try:
        catalog = conn.catalog()
        return catalog, build_value_index(conn, catalog).values
    finally:
        conn.close()


def _answer(tr: Translator, question: str) -> tuple[str, str, float] | str:
    try:
        t = tr.translate(question, dialect="sqlite", today=TODAY)
    except TranslationError as exc:
        return f"refused: {exc}"
    return t.sql, t.explanation, t.confidence


def _questions_for(name: str) -> list[str]:
    if name == "bench":
        return list(_bench().QUESTIONS)
    return _questions()[name]


@pytest.mark.parametrize("name", [*BUILDERS, "bench"])
def test_a_loaded_translator_answers_exactly_like_a_built_one(dbs: dict[str, Path], name: str) -> None:
    catalog, values = _read(dbs[name])
    built = Translator(catalog, ValueIndex(dict(values)))
    text = saved.dumps(built)
    again, again_values = _read(dbs[name])  # a new process reads the catalog and values anew
    assert saved.key(again, again_values) == saved.key(catalog, values)
    loaded = saved.loads(again, dict(again_values), text)
    assert loaded is not None
    assert saved.dumps(loaded) == text  # nothing lost nor added on the way
    for fresh_obj, loaded_obj in ((built, loaded), (built.schema, loaded.schema), (built.linker, loaded.linker),
                                  (built.values, loaded.values)):  # fmt: skip
        assert set(vars(loaded_obj)) == set(vars(fresh_obj))  # a new attribute needs saving too
    # the linker's patterns, read a word at a time: the same lists, one object per pattern across words
    by_first, lazy = built.linker._by_first, loaded.linker._by_first
    assert sorted(lazy) == sorted(by_first)
    same: dict[int, _Pattern] = {}  # a built pattern -> the loaded one, the same under every word
    for word, patterns in by_first.items():
        assert lazy[word] == patterns, word
        for b, p in zip(patterns, lazy[word], strict=True):
            assert same.setdefault(id(b), p) is p
    questions = _questions_for(name)
    assert len(questions) >= 10
    answers = [_answer(built, q) for q in questions]
    assert answers == [_answer(loaded, q) for q in questions]
    assert any(not isinstance(a, str) for a in answers)


def test_the_key_follows_the_catalog_the_values_and_the_code(dbs: dict[str, Path]) -> None:
    catalog, values = _read(dbs["clinic"])
    base = saved.key(catalog, values)
    assert base.startswith(saved.code_version() + ":")
    changed = dataclasses.replace(catalog, tables=list(catalog.tables))
    t = changed.tables[0]
    changed.tables[0] = dataclasses.replace(t, columns=[dataclasses.replace(t.columns[1], nullable=not t.columns[1].nullable),
                                                        *t.columns[2:]])  # fmt: skip
    assert saved.key(changed, values) != base
    fewer = dict(values)
    fewer.pop(next(iter(fewer)))
    assert saved.key(catalog, fewer) != base


def test_a_document_that_does_not_fit_is_not_loaded(dbs: dict[str, Path]) -> None:
    catalog, values = _read(dbs["hr"])
    doc = saved.dump(Translator(catalog, ValueIndex(dict(values))))
    assert saved.loads(catalog, dict(values), json.dumps({**doc, "format": -1})) is None
    assert saved.loads(catalog, dict(values), "{not json") is None
    assert saved.loads(catalog, dict(values), json.dumps({**doc, "linker": {}})) is None


# --------------------------------------------------------------------------- the catalog
class _Store:
    """The two methods of the state store the catalog store uses, kept in a dict."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, float, str]] = {}

    def value_cache(self, target: str) -> tuple[str, float, str] | None:
        return self.rows.get(target)

    def put_value_cache(self, target: str, fingerprint: str, ts: float, payload: str) -> None:
        self.rows[target] = (fingerprint, ts, payload)


def test_a_catalog_round_trips_through_json(dbs: dict[str, Path]) -> None:
    for name in ("clinic", "library", "bench"):
        catalog, _values = _read(dbs[name])
        assert catalog_store.from_doc(json.loads(json.dumps(catalog_store.to_doc(catalog)))) == catalog


def test_the_sqlite_fingerprint_follows_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "fp.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t(a INTEGER)")
    c.close()
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"))
    try:
        first = conn.catalog_fingerprint()
        assert first is not None and conn.catalog_fingerprint() == first
        conn.catalog()
        assert conn.catalog_fingerprint() == first  # reading changes nothing
        with sqlite3.connect(path) as other:
            other.execute("ALTER TABLE t ADD COLUMN b TEXT")
        other.close()
        assert conn.catalog_fingerprint() != first
    finally:
        conn.close()
    memory = connect(DatabaseURL.parse("sqlite:///:memory:"))
    try:
        assert memory.catalog_fingerprint() is None
    finally:
        memory.close()


def test_a_stored_catalog_is_used_until_the_schema_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kept.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT REFERENCES t(a))")
    c.close()
    store = _Store()
    reads: list[int] = []
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"))
    real = type(conn).catalog

    def counting(self: Any) -> Catalog:
        reads.append(1)
        return real(self)

    monkeypatch.setattr(type(conn), "catalog", counting)
    try:
        first = catalog_store.read_catalog(conn, store)
        again = catalog_store.read_catalog(conn, store)
        assert again == first and again is not first and len(reads) == 1
        with sqlite3.connect(path) as other:
            other.execute("ALTER TABLE t ADD COLUMN c REAL")
        other.close()
        changed = catalog_store.read_catalog(conn, store)
        assert [col.name for col in changed.tables[0].columns] == ["a", "b", "c"] and len(reads) == 2
        assert catalog_store.read_catalog(conn, None) == changed and len(reads) == 3  # no store: always read
    finally:
        conn.close()


def test_the_postgresql_fingerprint_follows_the_schema_and_the_estimates_not_the_sizes(pg_url: str) -> None:
    """Every schema change and a new row estimate (ANALYZE) changes the fingerprint; rows written do not
    (a busy database's kept catalog stays usable), and their sizes are read live where shown."""
    import psycopg

    schema = f"fp_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(pg_url, autocommit=True)
    conn = connect(DatabaseURL.parse(pg_url))
    store = _Store()
    try:
        admin.execute(f"CREATE SCHEMA {schema}")
        admin.execute(f"CREATE TABLE {schema}.t(a INTEGER PRIMARY KEY, b TEXT)")
        first = conn.catalog_fingerprint()
        assert first is not None and conn.catalog_fingerprint() == first
        kept = catalog_store.read_catalog(conn, store)
        assert conn.catalog_fingerprint() == first  # reading changes nothing
        steps = [f"ALTER TABLE {schema}.t ADD COLUMN c REAL", f"COMMENT ON TABLE {schema}.t IS 'x'",
                 f"ALTER TABLE {schema}.t RENAME COLUMN b TO bb", f"CREATE INDEX ON {schema}.t(c)",
                 # a change to one column's row alone (pg_attribute), to a view's and to a composite type's
                 f"ALTER TABLE {schema}.t ALTER COLUMN c SET NOT NULL", f"ALTER TABLE {schema}.t ALTER COLUMN c DROP NOT NULL",
                 f"ALTER TABLE {schema}.t ALTER COLUMN bb TYPE VARCHAR(20)",
                 f"CREATE VIEW {schema}.v AS SELECT a FROM {schema}.t", f"CREATE OR REPLACE VIEW {schema}.v AS SELECT a, bb FROM {schema}.t",
                 f"CREATE TYPE {schema}.pair AS (x INTEGER)", f"ALTER TYPE {schema}.pair ADD ATTRIBUTE y TEXT"]  # fmt: skip
        seen = {first}
        for step in steps:
            admin.execute(step)
            now = conn.catalog_fingerprint()
            assert now not in seen, step
            seen.add(now)
        table = conn.catalog().find_table("t", schema)
        assert table is not None
        before = conn.relation_sizes([table])
        admin.execute(f"INSERT INTO {schema}.t SELECT g, 'v' FROM generate_series(1, 2000) g")
        assert conn.catalog_fingerprint() == now  # written rows: the same catalog
        after = conn.relation_sizes([table])
        assert before is not None and after is not None
        assert after[(schema, "t")] > before[(schema, "t")] == table.size_bytes  # read live: grown
        admin.execute(f"ANALYZE {schema}.t")
        assert conn.catalog_fingerprint() not in seen  # a new row estimate
        fresh = catalog_store.read_catalog(conn, store)
        t = fresh.find_table("t", schema)
        assert fresh != kept and t is not None and [c.name for c in t.columns] == ["a", "bb", "c"]
        assert catalog_store.read_catalog(conn, store) == fresh  # unchanged: the kept one
    finally:
        conn.close()
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


def test_a_damaged_stored_catalog_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t(a INTEGER)")
    c.close()
    store = _Store()
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"))
    try:
        first = catalog_store.read_catalog(conn, store)
        (target, (key, ts, _payload)), = store.rows.items()
        store.rows[target] = (key, ts, "{not json")
        assert catalog_store.read_catalog(conn, store) == first
        assert json.loads(store.rows[target][2])["tables"][0][0] == "t"  # stored again, whole
    finally:
        conn.close()
