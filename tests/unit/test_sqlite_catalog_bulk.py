"""SQLite's catalog is read with one query per schema and kind (the pragmas as table-valued
functions over ``sqlite_master``) instead of three PRAGMAs per table: the catalog is the same as
the per-table reads give, for awkward schemas too, and a read-only connection can read it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from aishell.engines import connect
from aishell.engines.base import ColumnInfo, ForeignKey, IndexInfo, TableInfo
from aishell.engines.sqlite.connection import SQLiteConnection
from aishell.urls import DatabaseURL

SCHEMA = """
CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE, "we""ird name" TEXT DEFAULT 'x');
CREATE TABLE child (a INTEGER, b TEXT NOT NULL, p INTEGER REFERENCES parent, q TEXT REFERENCES parent(code),
                    PRIMARY KEY (b, a), FOREIGN KEY (a, b) REFERENCES pair(x, y) ON DELETE CASCADE);
CREATE TABLE pair (x INTEGER, y TEXT, z REAL GENERATED ALWAYS AS (x * 2) VIRTUAL,
                   w TEXT GENERATED ALWAYS AS (y || 'w') STORED, PRIMARY KEY (x, y)) WITHOUT ROWID;
CREATE INDEX child_expr ON child (lower(b), a);
CREATE UNIQUE INDEX child_part ON child (q) WHERE q IS NOT NULL;
CREATE INDEX "odd ""index"" x" ON parent ("we""ird name" DESC, code);
CREATE VIEW v_child AS SELECT a, b, p FROM child;
CREATE VIRTUAL TABLE docs USING fts5(title, body);
CREATE TABLE "Mixed Case" ("Col" INT, col2 BLOB);
"""


def _reference(conn: SQLiteConnection) -> list[TableInfo]:
    """The catalog as the per-table PRAGMAs read it (the code before the bulk read)."""

    def q(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    tables = []
    for _seq, schema, _file in conn.query_all("PRAGMA database_list"):
        objects = conn.query_all(f"SELECT name, type FROM {q(schema)}.sqlite_master WHERE type IN ('table','view') "
                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name")  # fmt: skip
        for name, kind in objects:
            qs, qn = q(schema), q(name)
            cols, pk = [], []
            for _cid, cname, ctype, notnull, default, pkpos, hidden in conn.query_all(f"PRAGMA {qs}.table_xinfo({qn})"):
                if hidden in (1,):
                    continue
                cols.append(ColumnInfo(cname, ctype or "", not notnull and not pkpos, default))
                if pkpos:
                    pk.append((pkpos, cname))
            fks: dict[int, list[Any]] = {}
            for fid, _s, ref, frm, to, *_r in conn.query_all(f"PRAGMA {qs}.foreign_key_list({qn})"):
                fks.setdefault(fid, []).append((ref, frm, to))
            foreign_keys = []
            for parts in fks.values():
                ref_cols = tuple(to for _r, _f, to in parts if to is not None) or tuple(
                    conn._pk_of(schema, parts[0][0])
                )
                foreign_keys.append(ForeignKey(tuple(f for _r, f, _t in parts), parts[0][0], ref_cols, schema))
            indexes = []
            if kind == "table":
                for _s, iname, unique, origin, *_r in conn.query_all(f"PRAGMA {qs}.index_list({qn})"):
                    icols = tuple(str(c[2]) for c in conn.query_all(f"PRAGMA {qs}.index_info({q(iname)})"))
                    indexes.append(IndexInfo(iname, icols, bool(unique), origin == "pk"))
            tables.append(TableInfo(name=name, schema=schema, kind=kind, columns=cols,
                                    primary_key=tuple(c for _p, c in sorted(pk)), foreign_keys=foreign_keys,
                                    indexes=indexes, row_estimate=None, size_bytes=None))  # fmt: skip
    return tables


@pytest.fixture
def db(tmp_path: Path) -> str:
    main, other = tmp_path / "main.db", tmp_path / "other's.db"
    with sqlite3.connect(main) as c:
        c.executescript(SCHEMA)
    with sqlite3.connect(other) as c:
        c.executescript("CREATE TABLE parent (id INTEGER PRIMARY KEY, n TEXT);"
                        "CREATE TABLE kid (id INT REFERENCES parent(id), m TEXT); CREATE INDEX kid_m ON kid (m);")  # fmt: skip
    c.close()
    return str(main), str(other)  # type: ignore[return-value]


@pytest.mark.parametrize("read_only", [False, True])
def test_the_bulk_catalog_is_the_per_table_catalog(db: tuple[str, str], read_only: bool) -> None:
    main, other = db
    conn = connect(DatabaseURL.parse(f"sqlite:///{main}"), read_only=read_only)
    assert isinstance(conn, SQLiteConnection)
    try:
        if not read_only:  # (a read-only connection refuses both)
            conn.raw.execute('ATTACH DATABASE ? AS "o\'ther"', (other,))
            conn.raw.execute("CREATE TEMP TABLE scratch (id INTEGER PRIMARY KEY, parent_id INT REFERENCES parent)")
        got = conn.catalog()
        want = _reference(conn)
        strip = [(t.schema, t.name, t.kind, t.columns, t.primary_key, t.foreign_keys, t.indexes) for t in got.tables]
        assert strip == [(t.schema, t.name, t.kind, t.columns, t.primary_key, t.foreign_keys, t.indexes) for t in want]
        names = {(t.schema, t.name) for t in got.tables}
        assert {("main", "child"), ("main", "docs"), ("main", "v_child")} <= names
        assert read_only or {("o'ther", "kid"), ("temp", "scratch")} <= names
        child = got.find_table("child")
        assert child is not None and [i.name for i in child.indexes] and child.foreign_keys
    finally:
        conn.close()


def test_a_large_catalog_takes_a_few_queries(tmp_path: Path) -> None:
    path = tmp_path / "many.db"
    with sqlite3.connect(path) as c:
        for i in range(60):
            c.execute(f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, ref INT REFERENCES t0(id), v TEXT UNIQUE)")
    c.close()
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"))
    seen: list[str] = []
    conn.statement_check = seen.append
    try:
        catalog = conn.catalog()
    finally:
        conn.close()
    assert len(catalog.tables) == 60 and all(len(t.indexes) == 1 for t in catalog.tables)
    assert len(seen) < 12  # not three per table
