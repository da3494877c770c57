"""The engine contract for data movement, through the services the CLI's ``import``, ``copy``
and ``backup`` commands call: a CSV bulk load, and a table's schema (defaults, a CHECK, a
foreign key, an index) captured and re-created in another database of the same engine."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import engine_contract as ec
import pytest
from engine_contract import contract, engine_sql, fresh, session_for

from aishell.engines.base import Catalog
from aishell.errors import QueryError
from aishell.services.data.backup import create_backup, restore
from aishell.services.data.copy import copy_tables
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.session import Session

pytestmark = pytest.mark.integration
engine, scratch_url, other_url = ec.engine, ec.scratch_url, ec.other_url  # the shared fixtures

ROWS = 300


def csv_rows() -> list[tuple[int, str, decimal.Decimal, dt.date]]:
    return [
        (i, f"näme {i}, \"quoted\" ✓", (decimal.Decimal(i) / 8).quantize(decimal.Decimal("0.001")),
         dt.date(2024, 1, 1) + dt.timedelta(days=i))
        for i in range(1, ROWS + 1)
    ]  # fmt: skip


def write_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "name", "amount", "day"])
        out.writerows((i, name, str(amount), day.isoformat()) for i, name, amount, day in csv_rows())
    return path


def norm(row: tuple[Any, ...]) -> tuple[int, str, decimal.Decimal, str]:
    """A row as every engine's driver agrees on it (SQLite keeps dates as text, floats as REAL)."""
    i, name, amount, day = row
    return int(i), str(name), decimal.Decimal(str(amount)).quantize(decimal.Decimal("0.001")), str(day)[:10]


def run(session: Session, *sql: str) -> None:
    conn = session.connection()
    for stmt in sql:
        conn.execute(stmt).close()


@pytest.fixture
def session(scratch_url: str) -> Iterator[Session]:
    s = session_for(scratch_url)
    s.record_history = False
    yield s
    s.close()


# --------------------------------------------------------------------------- bulk load
@contract("bulk_load")
def test_import_csv_into_an_existing_table(engine: str, session: Session, tmp_path: Path) -> None:
    types = engine_sql(engine).types
    table = fresh("ct_load")
    run(session, f"CREATE TABLE {table} (id {types['integer']} NOT NULL PRIMARY KEY, name {types['text']}, "
                 f"amount {types['decimal']}, day {types['date']})")  # fmt: skip
    report = import_file(session, ImportOptions(path=str(write_csv(tmp_path / "load.csv")), table=table))
    assert (report.read, report.inserted, report.rejected) == (ROWS, ROWS, 0)
    assert report.reconciles
    conn = session.connection()
    assert conn.query_all(f"SELECT count(*), sum(id) FROM {table}") == [(ROWS, ROWS * (ROWS + 1) // 2)]
    got = [norm(r) for r in conn.query_all(f"SELECT id, name, amount, day FROM {table} ORDER BY id")]
    assert got == [norm(r) for r in csv_rows()]


@contract("bulk_load")
def test_import_csv_creating_the_table(engine: str, session: Session, tmp_path: Path) -> None:
    table = fresh("ct_load_new")
    report = import_file(session, ImportOptions(path=str(write_csv(tmp_path / "new.csv")), table=table, create=True))
    assert (report.read, report.inserted, report.rejected) == (ROWS, ROWS, 0)
    info = session.catalog(refresh=True).find_table(table)
    assert info is not None
    assert [c.name.lower() for c in info.columns] == ["id", "name", "amount", "day"]
    conn = session.connection()
    got = [norm(r) for r in conn.query_all(f"SELECT id, name, amount, day FROM {table} ORDER BY id")]
    assert got == [norm(r) for r in csv_rows()]


# --------------------------------------------------------------------------- schema capture
def make_schema(engine: str, session: Session) -> dict[str, str]:
    names = {"parent": fresh("ct_sp"), "child": fresh("ct_sc"), "index": fresh("ct_si")}
    label = engine_sql(engine).text_index.format(col="label")
    run(
        session,
        f"CREATE TABLE {names['parent']} (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL)",
        f"CREATE TABLE {names['child']} (id INTEGER NOT NULL PRIMARY KEY, "
        f"parent_id INTEGER NOT NULL REFERENCES {names['parent']} (id), "
        f"qty INTEGER DEFAULT 1 NOT NULL CHECK (qty > 0), label VARCHAR(20) DEFAULT 'none')",
        f"CREATE INDEX {names['index']} ON {names['child']} ({label})",
        f"INSERT INTO {names['parent']} (id, code) VALUES (1, 'a'), (2, 'b')",
        f"INSERT INTO {names['child']} (id, parent_id, qty, label) VALUES (1, 1, 5, 'x'), (2, 2, 1, NULL)",
        f"INSERT INTO {names['child']} (id, parent_id) VALUES (3, 1)",
    )
    return names


def shape(catalog: Catalog, name: str) -> dict[str, Any]:
    """What the catalog says of a table, without names the engine makes up (constraint names)."""
    info = catalog.find_table(name)
    assert info is not None, f"{name} is not in the catalog"
    return {
        "columns": [(c.name.lower(), c.data_type.lower(), c.nullable, c.default) for c in info.columns],
        "primary_key": info.primary_key,
        "foreign_keys": sorted((fk.columns, fk.ref_table.lower(), fk.ref_columns) for fk in info.foreign_keys),
        "indexes": sorted((i.name.lower(), i.columns, i.unique) for i in info.indexes if not i.primary),
    }


def check_recreated(source: Session, target: Session, names: dict[str, str]) -> None:
    before, after = source.catalog(refresh=True), target.catalog(refresh=True)
    for table in (names["parent"], names["child"]):
        assert shape(after, table) == shape(before, table)
        sql = f"SELECT * FROM {table} ORDER BY id"
        assert target.connection().query_all(sql) == source.connection().query_all(sql)
    child = names["child"]
    conn = target.connection()
    conn.execute(f"INSERT INTO {child} (id, parent_id) VALUES (10, 2)").close()  # the defaults
    assert conn.query_all(f"SELECT qty, label FROM {child} WHERE id = 10") == [(1, "none")]
    with pytest.raises(QueryError):  # the CHECK
        conn.execute(f"INSERT INTO {child} (id, parent_id, qty) VALUES (11, 1, 0)").close()
    assert conn.query_all(f"SELECT count(*) FROM {child}") == [(4,)]


@contract("schema_copy")
def test_copy_recreates_the_schema_in_another_database(engine: str, other_url: str, session: Session) -> None:
    names = make_schema(engine, session)
    target = session_for(other_url)
    try:
        result = copy_tables(session, target, [names["parent"], names["child"]], create=True)
        assert sorted(result) == sorted([(names["parent"], 2), (names["child"], 3)])
        assert list(result.warnings) == []
        check_recreated(session, target, names)
    finally:
        target.close()


@contract("schema_backup")
def test_backup_and_restore_recreate_the_schema_in_another_database(
    engine: str, other_url: str, session: Session, tmp_path: Path
) -> None:
    names = make_schema(engine, session)
    archive = tmp_path / "schema.aishell"
    manifest = create_backup(session, str(archive), tables=[names["parent"], names["child"]])
    assert sorted((t["name"], int(t["rows"])) for t in manifest["tables"]) == sorted(
        [(names["parent"], 2), (names["child"], 3)]
    )
    target = session_for(other_url)
    try:
        results = restore(target, str(archive))
        assert sorted((r.name, r.rows) for r in results) == sorted([(names["parent"], 2), (names["child"], 3)])
        assert list(results.warnings) == []
        check_recreated(session, target, names)
    finally:
        target.close()
