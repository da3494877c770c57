"""Each engine's catalog and DDL rules (``dialect_of(e).schema``) on the real servers: the
statements they build run there, and their catalog queries read back what was created."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aishell.engines import connect
from aishell.engines.base import Connection
from aishell.services.data.schema import TableSpec, capture_views, enrich, spec_of
from aishell.urls import DatabaseURL


@pytest.fixture
def conn(url: str) -> Iterator[Connection]:
    c = connect(DatabaseURL.parse(url))
    rules = c.engine_dialect.schema
    for name in ("rules_v",):
        c.execute(rules.drop_view_sql(name)).close()
    for name in ("rules_child", "rules_parent", "rules_moved"):
        c.execute(rules.drop_table_sql(name)).close()
    try:
        yield c
    finally:
        for name in ("rules_v",):
            c.execute(rules.drop_view_sql(name)).close()
        for name in ("rules_child", "rules_parent", "rules_moved"):
            c.execute(rules.drop_table_sql(name)).close()
        c.close()


def _create(c: Connection) -> None:
    q = c.engine_dialect.quote
    c.execute(f"CREATE TABLE {q('rules_parent')} ({q('id')} INTEGER PRIMARY KEY, {q('n')} INTEGER, "
              f"CONSTRAINT {q('n_positive')} CHECK ({q('n')} > 0))").close()
    c.execute(f"CREATE TABLE {q('rules_child')} ({q('id')} INTEGER PRIMARY KEY, {q('p')} INTEGER, "
              f"CONSTRAINT {q('fk_p')} FOREIGN KEY ({q('p')}) REFERENCES {q('rules_parent')} ({q('id')}))").close()
    c.execute(f"CREATE VIEW {q('rules_v')} AS SELECT {q('id')} FROM {q('rules_parent')}").close()
    if c.in_transaction:
        c.commit()


def test_table_kinds_and_views_are_read_from_the_catalog(conn: Connection) -> None:
    _create(conn)
    rules = conn.engine_dialect.schema
    kinds = rules.table_kinds(conn)
    assert kinds.get("rules_parent") == "BASE TABLE"
    assert kinds.get("rules_v") == "VIEW"
    assert "rules_child" in rules.tables_like(conn, "rules_c")
    views = capture_views(conn, None, set(kinds))
    assert [v.name for v in views if v.name == "rules_v"] == ["rules_v"]
    assert next(v for v in views if v.name == "rules_v").depends == ["rules_parent"]


def test_capture_reads_checks_the_catalog_does_not_carry(conn: Connection) -> None:
    _create(conn)
    catalog = conn.catalog()
    specs = [spec_of(t, conn.dialect) for t in catalog.tables if t.name in ("rules_parent", "rules_child")]
    enrich(conn, specs)
    parent = next(s for s in specs if s.name == "rules_parent")
    assert len(parent.checks) == 1 and "0" in str(parent.checks[0]["expression"])
    if conn.engine_dialect.schema.constraint_names:  # (DuckDB names its constraints itself)
        assert parent.checks[0]["name"] == "n_positive"
    child = next(s for s in specs if s.name == "rules_child")
    assert [fk["columns"] for fk in child.foreign_keys] == [["p"]]
    if conn.engine_dialect.schema.constraint_names:
        assert [fk.get("name") for fk in child.foreign_keys] == ["fk_p"]


def test_probe_reports_a_refusal_and_the_transaction_goes_on(conn: Connection) -> None:
    rules = conn.engine_dialect.schema
    conn.begin()
    try:
        error = rules.probe(conn, "SELECT * FROM rules_no_such_table")
        assert error is not None and "rules_no_such_table" in error.lower()
        assert conn.query_all("SELECT 1")[0][0] == 1  # (PostgreSQL: the probe ran in a savepoint)
    finally:
        conn.rollback()


def test_rename_and_drop_statements_run(conn: Connection) -> None:
    _create(conn)
    rules = conn.engine_dialect.schema
    conn.execute(rules.drop_view_sql("rules_v")).close()
    conn.execute(rules.drop_table_sql("rules_child")).close()
    for stmt in rules.rename_sql([("rules_parent", "rules_moved")]):
        conn.execute(stmt).close()
    if conn.in_transaction:
        conn.commit()
    kinds = rules.table_kinds(conn)
    assert "rules_moved" in kinds and "rules_parent" not in kinds


def test_bulk_settings_are_put_back(conn: Connection) -> None:
    rules = conn.engine_dialect.schema
    before = conn.query_all("SELECT 1")
    restore = rules.bulk_settings(conn, True)
    for stmt in restore:
        conn.execute(stmt).close()
    assert conn.query_all("SELECT 1") == before
    if conn.engine_dialect.name == "mysql":
        assert restore and "sql_mode" in restore[0]


def test_an_auto_numbered_table_is_recreated_and_counts_on(conn: Connection) -> None:
    """The table with auto-numbering made by create_sql, loaded with explicit numbers, then moved
    past them by auto_number_sql: the next row gets the next number."""
    from aishell.services.data.schema import ColumnSpec, auto_number_sql, create_sql, post_load_sql, run_optional
    from aishell.services.data.typemap import ColType

    rules = conn.engine_dialect.schema
    spec = TableSpec("rules_moved", [ColumnSpec("id", ColType("bigint" if rules.dialect.name != "sqlite" else "int"),
                                                False, auto="serial"), ColumnSpec("n", ColType("int"))],
                     primary_key=["id"], dialect="postgres")  # fmt: skip
    if rules.dialect.name == "sqlite":
        spec.columns[0].auto = "rowid"
    conn.execute(create_sql(spec, conn.dialect)).close()
    for stmt in post_load_sql(spec, conn.dialect):
        conn.execute(stmt).close()
    q = conn.engine_dialect.quote
    conn.execute(f"INSERT INTO {q('rules_moved')} ({q('id')}, {q('n')}) VALUES (5, 1)").close()
    assert run_optional(conn, auto_number_sql(conn, spec, conn.dialect)) == []
    conn.execute(f"INSERT INTO {q('rules_moved')} ({q('n')}) VALUES (2)").close()
    if conn.in_transaction:
        conn.commit()
    assert conn.query_all(f"SELECT {q('id')} FROM {q('rules_moved')} WHERE {q('n')} = 2")[0][0] == 6
