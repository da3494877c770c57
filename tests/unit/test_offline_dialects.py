"""The same plan rendered for every dialect: it parses back, and on DuckDB it returns the gold answer."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlglot
from nl2sql_data.build import BUILDERS, build_clinic
from nl2sql_data.scoring import normalize, same_result
from nl2sql_data.servers import plain

from aishell.ai.offline import TranslationError, ValueIndex, build_value_index, translate
from aishell.ai.offline.sqlgen import ident
from aishell.ai.offline.translate import Translator
from aishell.engines import connect
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo
from aishell.urls import DatabaseURL

DATA = Path(__file__).parent / "nl2sql_data"
TODAY = dt.date(2025, 6, 15)
DIALECTS = ["sqlite", "postgres", "mysql", "duckdb", "oracle"]


def _questions(db: str) -> list[dict[str, Any]]:
    out = []
    for name in ("questions.jsonl", "heldout.jsonl"):
        for line in (DATA / name).read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                if d["db"] == db:
                    out.append(d)
    return out


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Translator]:
    path = tmp_path_factory.mktemp("dialects") / "clinic.db"
    build_clinic(path)
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"), read_only=True)
    try:
        catalog = conn.catalog()
        return path, Translator(catalog, build_value_index(conn, catalog))
    finally:
        conn.close()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_answer_parses_back(dialect: str, clinic: tuple[Path, Translator]) -> None:
    _path, tr = clinic
    rendered = 0
    for d in _questions("clinic"):
        try:
            sql = tr.translate(d["q"], dialect=dialect, today=TODAY).sql
        except TranslationError:
            continue
        parsed = sqlglot.parse_one(sql, read=dialect)
        assert parsed is not None, sql
        assert ";" not in sql
        rendered += 1
    assert rendered >= 40


# ------------------------------------------------------------------ DuckDB runs the duckdb rendering
_DUCK_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE", "TEXT": "VARCHAR", "DATE": "DATE", "DATETIME": "TIMESTAMP",
               "BOOLEAN": "BOOLEAN", "NUMERIC": "DOUBLE", "TIMESTAMP": "TIMESTAMP"}


def _insert(dst: Any, table: str, names: list[str], rows: list[tuple[Any, ...]]) -> None:
    """The rows in one statement through an Arrow table (executemany runs a statement a row: seconds);
    a column Arrow cannot type (SQLite values of mixed types) goes the slow way."""
    data = None
    try:
        import pyarrow as pa
    except ImportError:  # an optional extra (aishell[data])
        pass
    else:
        with contextlib.suppress(pa.ArrowException):
            data = pa.table({f"c{i}": pa.array([r[i] for r in rows]) for i in range(len(names))})
    if data is None:
        marks = ", ".join("?" for _ in names)
        dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
        return
    dst.register("_rows", data)
    try:
        dst.execute(f'INSERT INTO "{table}" SELECT * FROM _rows')
    finally:
        dst.unregister("_rows")


def _copy_to_duckdb(path: Path) -> Any:
    duckdb = pytest.importorskip("duckdb")
    src = sqlite3.connect(path)
    dst = duckdb.connect(":memory:")
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for t in tables:
        cols = src.execute(f"PRAGMA table_info({t})").fetchall()
        decl = ", ".join(f'"{c[1]}" {_DUCK_TYPES.get(c[2].upper(), "VARCHAR")}' for c in cols)
        dst.execute(f'CREATE TABLE "{t}" ({decl})')
        rows = src.execute(f'SELECT * FROM "{t}"').fetchall()
        if rows:
            _insert(dst, t, [c[1] for c in cols], rows)
    src.close()
    return dst


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_duckdb_rendering_returns_the_gold_answer(name: str, tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    BUILDERS[name](path)
    duck = _copy_to_duckdb(path)
    conn = connect(DatabaseURL.parse(f"sqlite:///{path}"), read_only=True)
    catalog = conn.catalog()
    for t in catalog.tables:  # the DuckDB copy has real DATE/TIMESTAMP/BOOLEAN types
        t.columns = [ColumnInfo(c.name, _DUCK_TYPES.get(c.data_type.upper(), "VARCHAR"), c.nullable)
                     for c in t.columns]
    tr = Translator(catalog, build_value_index(conn, catalog))
    gold_conn = sqlite3.connect(path)
    ok = total = 0
    misses = []
    for d in _questions(name):
        total += 1
        gold = normalize(gold_conn.execute(d["sql"]).fetchall())
        try:
            sql = tr.translate(d["q"], dialect="duckdb", today=TODAY).sql
            pred = plain(duck.execute(sql).fetchall())
        except Exception as exc:  # a translation error or SQL DuckDB rejects
            misses.append(f"{d['id']}: {exc}")
            continue
        if same_result(gold, pred, ordered=d.get("ordered", False), check=d.get("check"),
                       order_col=d.get("order_col")):
            ok += 1
        else:
            misses.append(f"{d['id']}: {sql}")
    conn.close()
    gold_conn.close()
    print(f"\nduckdb {name}: {ok}/{total}", *misses, sep="\n  ")
    assert ok / total >= 0.9, "\n".join(misses)


# ------------------------------------------------------------------ identifiers
def test_identifiers_are_quoted_only_when_needed() -> None:
    assert ident("orders", "postgres").sql("postgres") == "orders"
    assert ident("Orders", "postgres").sql("postgres") == '"Orders"'
    assert ident("order", "postgres").sql("postgres") == '"order"'
    assert ident("user", "mysql").sql("mysql") == "`user`"
    assert ident("ORDERS", "oracle").sql("oracle") == "ORDERS"
    assert ident("orders", "oracle").sql("oracle") == '"orders"'
    assert ident("CustomerId", "sqlite").sql("sqlite") == "CustomerId"


def test_reserved_and_mixed_case_names_render_in_every_dialect() -> None:
    cat = Catalog(
        default_schema="public",
        tables=[
            TableInfo("user", "public", columns=[ColumnInfo("id", "integer"), ColumnInfo("Name", "text"),
                                                 ColumnInfo("Country", "text")], primary_key=("id",)),
            TableInfo("order", "public", columns=[ColumnInfo("id", "integer"), ColumnInfo("user_id", "integer"),
                                                  ColumnInfo("date", "date"), ColumnInfo("total", "numeric")],
                      primary_key=("id",), foreign_keys=[ForeignKey(("user_id",), "user", ("id",))]),
        ],
    )
    vals = ValueIndex.from_dict({"user": {"Country": ["Peru", "Chad"]}})
    for dialect in DIALECTS:
        sql = translate("total of orders per user from Peru in 2024", cat, vals, dialect=dialect, today=TODAY).sql
        sqlglot.parse_one(sql, read=dialect)
        q = {"mysql": "`"}.get(dialect, '"')
        assert f"{q}order{q}" in sql and f"{q}user{q}" in sql, sql
        assert "'Peru'" in sql
