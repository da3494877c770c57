"""The classifications kept on disk (:mod:`aishell.sql.cache`): an answer from the store is
exactly what the parser says for the same statement, dialect, function lists and code, and
anything that could change the answer finds no entry."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aishell.sql import cache
from aishell.sql.classify import classify
from aishell.sql.kinds import Classification, Kind
from aishell.state import StateStore
from security.corpus import ATTACKS, READS

#: the sqlglot dialect each corpus engine's connections classify with
DIALECTS = {"postgres": "postgres", "mysql": "mysql", "sqlite": "sqlite", "duckdb": "duckdb"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StateStore]:
    s = StateStore(tmp_path / "state.db")
    yield s
    s.close()


def _corpus() -> list[tuple[str, str]]:
    """Every statement of the read-only security corpus, placeholders filled, with its dialect."""
    subs = {"out": "/tmp/aishell-never/out.txt", "marker": "/tmp/aishell-never/marker", "canary": "canary"}
    cases = []
    for item in [*ATTACKS, *READS]:
        texts = item.steps if hasattr(item, "steps") else (item.sql,)
        for text in texts:
            sql = re.sub(r"<<(\w+)>>", lambda m: subs.get(m.group(1), f"aishell_sec_x_{m.group(1)}"), text)
            cases.append((DIALECTS[item.engine], sql))
    return cases


def _parts(sql: str, dialect: str) -> list[str]:
    from aishell.sql.split import split_statements

    return [s.sql for s in split_statements(sql, dialect)]


@pytest.mark.no_cover
def test_every_corpus_statement_reads_back_as_the_parser_classified_it(store: StateStore) -> None:
    cases = [(d, part) for d, sql in _corpus() for part in _parts(sql, d)]
    assert len(cases) > 300
    for shadowed in (frozenset(), frozenset({"lower", "now"})):
        parsed = [classify(sql, d, shadowed=shadowed) for d, sql in cases]
        cold = [cache.classify(sql, d, shadowed, store) for d, sql in cases]
        warm = [cache.classify(sql, d, shadowed, store) for d, sql in cases]
        assert cold == parsed
        assert warm == parsed
    refused = sum(1 for c in parsed if not c.is_read)
    assert refused > 200  # the corpus is mostly attacks: their refusals come back from the store too


def test_a_hit_does_not_parse(store: StateStore, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cache.classify("delete from t", "sqlite", frozenset(), store)
    assert first.destructive and first.kind is Kind.WRITE

    def no_parse(*a: object, **k: object) -> Classification:
        raise AssertionError("parsed")

    monkeypatch.setattr("aishell.sql.classify.classify", no_parse)
    assert cache.classify("delete from t", "sqlite", frozenset(), store) == first
    with pytest.raises(AssertionError, match="parsed"):  # a different text is a different entry
        cache.classify("delete from t ", "sqlite", frozenset(), store)


@pytest.mark.parametrize(
    ("change", "expect_parse"),
    [("nothing", False), ("dialect", True), ("shadowed", True), ("code", True), ("user_functions", True)],
)
def test_what_the_answer_depends_on_is_in_the_key(change: str, expect_parse: bool, store: StateStore,
                                                  monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:  # fmt: skip
    cache.classify("select my_fn(1)", "postgres", frozenset(), store)
    dialect, shadowed = "postgres", frozenset[str]()
    if change == "dialect":
        dialect = "mysql"
    elif change == "shadowed":
        shadowed = frozenset({"lower"})
    elif change == "code":
        monkeypatch.setattr(cache, "_code", "another version of the classifier")
    elif change == "user_functions":
        config = isolated_home / "config" / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text('[read_only]\nfunctions = ["my_fn"]\n', encoding="utf-8")
    parsed: list[str] = []
    real = classify

    def counting(sql: str, d: str = "", *, shadowed: frozenset[str] | None = None) -> Classification:
        parsed.append(sql)
        return real(sql, d, shadowed=shadowed)

    monkeypatch.setattr("aishell.sql.classify.classify", counting)
    got = cache.classify("select my_fn(1)", dialect, shadowed, store)
    assert bool(parsed) is expect_parse
    assert got == real("select my_fn(1)", dialect, shadowed=shadowed)
    if change == "user_functions":
        assert got.kind is Kind.READ  # the user vouched for my_fn: a read now, not the stored UNKNOWN


def test_the_code_fingerprint_covers_the_classifier_its_lists_and_sqlglot() -> None:
    fp = cache.code_fingerprint()
    assert "sqlglot:" in fp and sys.version.split()[0] in fp
    import aishell

    root = Path(aishell.__file__).parent
    covered = cache._files(root / "engines" / "readsafe", (".py", ".txt"), recursive=False)
    assert any(name.endswith("postgres.functions.txt") for name, _s, _m in covered)
    before = cache._summary(covered)
    name, size, mtime = covered[0]
    assert cache._summary([(name, size, mtime + 1), *covered[1:]]) != before  # an edit
    assert cache._summary(covered[1:]) != before  # a file gone


def test_passwords_are_neither_looked_up_nor_stored(store: StateStore) -> None:
    sql = "ALTER USER bob PASSWORD 'hunter2'"
    assert not cache.cacheable(sql)
    cache.classify(sql, "postgres", frozenset(), store)
    rows = store._db().execute("SELECT sql, payload FROM classify_cache").fetchall()
    assert rows == []
    c = Classification("x", Kind.ADMIN, "X", reasons=["connects to postgresql://u:secret@h/db"])
    assert cache.encode(c) is None


def test_a_broken_or_foreign_entry_is_parsed_again(store: StateStore) -> None:
    ctx = cache.context("sqlite", frozenset())
    assert ctx is not None
    for payload in ("not json", '["read"]', '["nonsense","SELECT",false,[],[],[],null,[],false,false]',
                    '["read","SELECT","no",[],[],[],null,[],false,false]'):  # fmt: skip
        store.put_classification(ctx, "delete from t", payload, keep=10)
        got = cache.classify("delete from t", "sqlite", frozenset(), store)
        assert got == classify("delete from t", "sqlite", shadowed=frozenset())
        assert got.kind is Kind.WRITE


def test_the_store_keeps_the_newest_entries(store: StateStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 5)
    for i in range(8):
        cache.classify(f"select {i}", "sqlite", frozenset(), store)
    kept = [r[0] for r in store._db().execute("SELECT sql FROM classify_cache ORDER BY ts")]
    assert kept == [f"select {i}" for i in range(3, 8)]


def test_a_store_that_fails_falls_back_to_parsing(tmp_path: Path) -> None:
    class Broken(StateStore):
        def classification(self, context: str, sql: str) -> str | None:
            raise OSError("disk gone")

        def put_classification(self, context: str, sql: str, payload: str, *, keep: int) -> None:
            raise OSError("disk gone")

    got = cache.classify("update t set a = 1", "sqlite", frozenset(), Broken(tmp_path / "s.db"))
    assert got == classify("update t set a = 1", "sqlite", shadowed=frozenset())
