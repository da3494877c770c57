"""The engine contract, on a live database of every engine: streaming, the type round trip,
the catalog, explain, cancel, read-only mode and the declared transaction behaviour, through
:class:`aishell.engines.base.Connection` only (what ``LACKS`` names is reported as xfail with
its reason)."""

from __future__ import annotations

import decimal
import json
import threading
import time
from typing import Any

import engine_contract as ec
import pytest
from engine_contract import LACKS, NUMERIC_KINDS, VALUES, contract, engine_sql, fresh, lack

from aishell.engines import connect, engine_class
from aishell.engines.base import Connection, ListCursor
from aishell.errors import PolicyError, QueryCancelledError, QueryError
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration
engine, scratch_url, conn, other_url = ec.engine, ec.scratch_url, ec.conn, ec.other_url  # the shared fixtures

N = 50_000
BATCH = 4096


def ints(values: Any) -> list[int]:
    return [int(v) for v in values]


# --------------------------------------------------------------------------- streaming
@contract("streaming")
def test_streaming_comes_in_batches(engine: str, conn: Connection) -> None:
    """50k generated rows arrive in full batches of the size asked for, then an empty one."""
    cur = conn.execute(engine_sql(engine).generate.format(n=N, poison=-1))
    assert not isinstance(cur, ListCursor), "a result must be fetched lazily, not held as a list"
    assert [c.name.lower() for c in cur.columns] == ["i", "s", "poison"]
    assert cur.returns_rows
    assert cur.rowcount in (-1, N)  # unknown until the end of a stream, never a wrong count
    sizes: list[int] = []
    seen: set[int] = set()
    for batch in cur.batches(BATCH):
        sizes.append(len(batch))
        seen.update(int(row[0]) for row in batch)
        assert all(row[1] == f"row {row[0]}" and row[2] is None for row in batch)
    assert sizes == [BATCH] * (N // BATCH) + [N % BATCH]
    assert seen == set(range(1, N + 1))
    assert cur.rowcount in (-1, N)
    assert cur.fetchmany(BATCH) == []
    cur.close()
    assert conn.query_all("SELECT 1") == [(1,)]


@contract("streaming")
def test_streaming_hands_out_rows_before_the_result_is_complete(engine: str, conn: Connection) -> None:
    """Row 50000 raises an error when it is computed: a cursor that held the whole result would
    fail before handing out the first batch; a streaming one fails only when it gets there."""
    cur = conn.execute(engine_sql(engine).generate.format(n=N, poison=N))
    first = cur.fetchmany(1000)
    assert ints(r[0] for r in first) == list(range(1, 1001))
    fetched = len(first)
    with pytest.raises(QueryError):
        for batch in cur.batches(1000):
            fetched += len(batch)
    assert fetched < N
    cur.close()
    assert conn.query_all("SELECT 2") == [(2,)]


# --------------------------------------------------------------------------- types


def same(kind: str, got: Any, want: Any) -> bool:
    if got is None:
        return False
    if kind == "json":
        return bool(json.loads(got) == json.loads(want)) if isinstance(got, (str, bytes)) else got == json.loads(want)
    if kind == "bytes":
        return isinstance(got, (bytes, bytearray, memoryview)) and bytes(got) == want
    if kind == "boolean":
        return got is True
    if kind in ("date", "timestamp", "text"):
        return type(got) is type(want) and got == want
    if kind == "decimal":
        return isinstance(got, decimal.Decimal) and got == want
    return bool(got == want)


@contract("types")
def test_types_round_trip(engine: str, conn: Connection) -> None:
    """Each kind of value, bound with ``conn.placeholder(i)``, reads back equal; NULL and the
    empty string stay apart.  A kind the engine lacks must really fail to round trip."""
    types = engine_sql(engine).types
    kinds = [k for k in VALUES if k in types]
    have = [k for k in kinds if lack(engine, f"types.{k}") is None]
    lacking = [k for k in kinds if k not in have]
    table = fresh("ct_types")
    columns = ", ".join(f"c_{k} {types[k]}" for k in kinds)
    conn.execute(f"CREATE TABLE {table} (id INTEGER NOT NULL PRIMARY KEY, {columns})").close()

    def insert(row_id: int, values: dict[str, Any]) -> None:
        names = ["id", *(f"c_{k}" for k in values)]
        marks = ", ".join(conn.placeholder(i) for i in range(len(names)))
        conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", [row_id, *values.values()]).close()

    try:
        insert(1, {k: VALUES[k] for k in have})
        insert(2, dict.fromkeys(have))
        insert(3, {"text": ""})
        cur = conn.execute(f"SELECT id, {', '.join(f'c_{k}' for k in have)} FROM {table} ORDER BY id")
        got = [r for b in cur.batches() for r in b]
        numeric = {k: c.numeric for k, c in zip(have, cur.columns[1:], strict=True)}
        assert ints(r[0] for r in got) == [1, 2, 3]
        wrong = {k: v for k, v in zip(have, got[0][1:], strict=True) if not same(k, v, VALUES[k])}
        assert wrong == {}, f"{engine} changed these values on the way: {wrong}"
        assert all(v is None for v in got[1][1:]), "NULL must read back as None"
        assert got[2][1 + have.index("text")] == "", "the empty string must not become NULL"
        assert {k for k, flag in numeric.items() if flag} == NUMERIC_KINDS & set(have)
        for i, kind in enumerate(lacking):  # the LACKS table must not go stale
            try:
                insert(10 + i, {kind: VALUES[kind]})
                back = conn.query_all(f"SELECT c_{kind} FROM {table} WHERE id = {10 + i}")[0][0]
            except QueryError:
                continue
            assert not same(kind, back, VALUES[kind]), f"{engine} round-trips {kind}: remove it from LACKS"
    finally:
        conn.execute(f"DROP TABLE {table}").close()


# --------------------------------------------------------------------------- catalog
@pytest.fixture(scope="module")
def related(engine: str, conn: Connection) -> dict[str, str]:
    """A parent and a child table with a primary key, a foreign key and a two-column index."""
    names = {"parent": fresh("ct_parent"), "child": fresh("ct_child"), "index": fresh("ct_ix")}
    text = engine_sql(engine).types["text"]
    note = engine_sql(engine).text_index.format(col="note")
    for sql in (
        f"CREATE TABLE {names['parent']} (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL)",
        f"CREATE TABLE {names['child']} (id INTEGER NOT NULL PRIMARY KEY, "
        f"parent_id INTEGER REFERENCES {names['parent']} (id), note {text})",
        f"CREATE INDEX {names['index']} ON {names['child']} (parent_id, {note})",
        f"INSERT INTO {names['parent']} (id, name) VALUES (1, 'one'), (2, 'two')",
        f"INSERT INTO {names['child']} (id, parent_id, note) VALUES (1, 1, 'a'), (2, 2, 'b'), (3, NULL, NULL)",
    ):
        conn.execute(sql).close()
    return names


def is_text(data_type: str) -> bool:
    return any(w in data_type.lower() for w in ("char", "text", "string", "clob"))


@contract("catalog")
def test_catalog_finds_table_columns_keys_and_index(conn: Connection, related: dict[str, str]) -> None:
    catalog = conn.catalog()
    parent = catalog.find_table(related["parent"])
    child = catalog.find_table(related["child"])
    assert parent is not None and child is not None
    assert parent.kind == child.kind == "table"
    assert [(c.name.lower(), c.nullable) for c in parent.columns] == [("id", False), ("name", False)]
    assert [(c.name.lower(), c.nullable) for c in child.columns] == [("id", False), ("parent_id", True), ("note", True)]
    types = {c.name.lower(): c.data_type for c in [*parent.columns, *child.columns]}
    assert "int" in types["id"].lower() and "int" in types["parent_id"].lower(), types
    assert is_text(types["name"]) and is_text(types["note"]), types
    assert tuple(c.lower() for c in parent.primary_key) == ("id",)
    assert tuple(c.lower() for c in child.primary_key) == ("id",)
    assert [(fk.columns, fk.ref_table.lower(), fk.ref_columns) for fk in child.foreign_keys] == [
        (("parent_id",), related["parent"].lower(), ("id",))
    ]
    assert [(t.name, fk.columns) for t, fk in catalog.referencing(parent)] == [(child.name, ("parent_id",))]
    index = {i.name.lower(): i for i in child.indexes}.get(related["index"].lower())
    assert index is not None, f"index {related['index']} not in {child.indexes}"
    assert (tuple(c.lower() for c in index.columns), index.unique, index.primary) == (("parent_id", "note"), False, False)
    assert all(i.primary for i in child.indexes if i.name != index.name and i.columns == ("id",))


@contract("catalog")
def test_catalog_names_fold_as_the_dialect_says(engine: str, conn: Connection) -> None:
    """An unquoted name is stored folded as ``dialect.case_folding`` says; a name quoted with
    ``dialect.quote`` is stored exactly, whatever it holds."""
    dialect = conn.engine_dialect
    assert dialect.name == engine
    typed = fresh("Ct_Fold")
    weird = fresh('ct we"ird `x` [y]')
    conn.execute(f"CREATE TABLE {typed} (id INTEGER)").close()
    conn.execute(f"CREATE TABLE {dialect.quote(weird)} ({dialect.quote('a b')} INTEGER)").close()
    conn.execute(f"INSERT INTO {dialect.quote(weird)} VALUES (7)").close()
    names = {t.name for t in conn.catalog().tables}
    folded = {"lower": typed.lower(), "upper": typed.upper(), "none": typed}[dialect.case_folding]
    assert folded in names
    assert weird in names
    assert conn.query_all(f"SELECT {dialect.quote('a b')} FROM {dialect.quote(weird)}") == [(7,)]


# --------------------------------------------------------------------------- explain
@contract("explain")
def test_explain_names_the_table(conn: Connection, related: dict[str, str]) -> None:
    plan = conn.explain(f"SELECT * FROM {related['child']} WHERE note = 'a'")
    assert plan.text.strip()
    assert related["child"].lower() in plan.text.lower(), plan.text
    assert conn.query_all("SELECT 3") == [(3,)]


# --------------------------------------------------------------------------- cancel
def cancel_soon(c: Connection, done: threading.Event) -> threading.Thread:
    """Call ``c.cancel()`` from another thread after 0.3 s, and again every 0.5 s until ``done``
    (a cancel that comes before the statement starts is allowed to do nothing)."""

    def run() -> None:
        time.sleep(0.3)
        while not done.is_set():
            c.cancel()
            done.wait(0.5)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@contract("cancel")
@pytest.mark.parametrize("where", ["statement", "stream"])
@pytest.mark.timeout(60)  # an engine that held the whole stream would never give its first batch
def test_cancel_from_another_thread(engine: str, scratch_url: str, where: str) -> None:
    """A long statement (or a long stream, after its first batch) is cancelled from another
    thread within seconds, raises QueryCancelledError, and the connection runs the next statement."""
    if not engine_class(engine).supports_cancel:
        assert "cancel" in LACKS.get(engine, {}), f"{engine} declares supports_cancel = False: list it in LACKS"
        return
    c = connect(DatabaseURL.parse(scratch_url))
    done = threading.Event()
    try:
        if where == "stream":
            cur = c.execute(engine_sql(engine).endless)
            assert len(cur.fetchmany(100)) == 100
        start = time.monotonic()
        canceller = cancel_soon(c, done)
        with pytest.raises(QueryCancelledError):
            if where == "statement":
                cur = c.execute(engine_sql(engine).long_running)
            for _batch in cur.batches(1000):
                assert time.monotonic() - start < 30, "the stream was never cancelled"
        elapsed = time.monotonic() - start
        done.set()
        canceller.join(5)
        assert elapsed < 5, f"cancel took {elapsed:.1f}s"
        assert not c.in_transaction
        assert c.query_all("SELECT 4") == [(4,)]
    finally:
        done.set()
        c.close()


@contract("cancel")
def test_cancel_when_idle_is_harmless(conn: Connection) -> None:
    conn.cancel()
    assert conn.query_all("SELECT 5") == [(5,)]


# --------------------------------------------------------------------------- read-only
@contract("read_only")
def test_read_only_connection_refuses_writes_in_the_engine(other_url: str) -> None:
    """``read_only=True`` is enforced below aishell's classifier: INSERT and CREATE sent straight
    to ``Connection.execute`` fail, and nothing changes.  (On a database no other connection of
    the module holds: DuckDB opens a file either read-write or read-only in one process.)"""
    table = fresh("ct_ro")
    rw = connect(DatabaseURL.parse(other_url))
    try:
        rw.execute(f"CREATE TABLE {table} (id INTEGER)").close()
        rw.execute(f"INSERT INTO {table} (id) VALUES (1)").close()
    finally:
        rw.close()
    ro = connect(DatabaseURL.parse(other_url), read_only=True)
    try:
        assert ro.read_only
        for sql in (f"INSERT INTO {table} (id) VALUES (2)", f"CREATE TABLE {fresh('ct_ro_new')} (id INTEGER)"):
            with pytest.raises(QueryError) as err:
                ro.execute(sql).close()
            assert not isinstance(err.value, PolicyError)
        assert ro.query_all(f"SELECT count(*) FROM {table}") == [(1,)]
        assert [t.name for t in ro.catalog().tables if t.name.lower().startswith("ct_ro")] == [table]
    finally:
        ro.close()


# --------------------------------------------------------------------------- transactions
@contract("transactions")
def test_ddl_in_a_rolled_back_transaction_is_as_declared(engine: str, conn: Connection) -> None:
    """``transactional_ddl``: a CREATE TABLE rolled back is gone, or (MySQL, Oracle) was committed."""
    table = fresh("ct_txddl")
    conn.begin()
    assert conn.in_transaction
    conn.execute(f"CREATE TABLE {table} (id INTEGER)").close()
    conn.rollback()
    assert not conn.in_transaction
    exists = conn.catalog().find_table(table) is not None
    assert exists is not conn.transactional_ddl
    if exists:
        conn.execute(f"DROP TABLE {table}").close()


@contract("transactions")
def test_snapshot_statement_reads_one_snapshot(engine: str, conn: Connection, scratch_url: str) -> None:
    """``snapshot_statement`` (what a backup reads every table under) opens a transaction in which
    a row another connection commits meanwhile is not seen (or, SQLite, cannot be committed
    while the snapshot is read)."""
    statement = type(conn).snapshot_statement
    assert statement, f"{engine} declares no snapshot statement: a backup of it could be inconsistent"
    table = fresh("ct_snap")
    conn.execute(f"CREATE TABLE {table} (id INTEGER)").close()
    conn.execute(f"INSERT INTO {table} (id) VALUES (1)").close()
    other = connect(DatabaseURL.parse(scratch_url))
    no_wait = engine_sql(engine).no_lock_wait
    if no_wait:
        other.execute(no_wait).close()
    try:
        conn.execute(statement).close()
        assert conn.in_transaction
        assert conn.query_all(f"SELECT count(*) FROM {table}") == [(1,)]
        try:
            other.execute(f"INSERT INTO {table} (id) VALUES (2)").close()
            written = 1
        except QueryError as exc:
            assert "lock" in str(exc).lower(), exc
            written = 0
        assert conn.query_all(f"SELECT count(*) FROM {table}") == [(1,)]
        conn.rollback()
        assert not conn.in_transaction
        assert conn.query_all(f"SELECT count(*) FROM {table}") == [(1 + written,)]
    finally:
        if conn.in_transaction:
            conn.rollback()
        other.close()
