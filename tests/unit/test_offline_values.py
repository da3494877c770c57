"""The value index: sampled through the connection, bounded, and constructible from a dict."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlglot

from aishell.ai.offline import ValueIndex, build_value_index, translate
from aishell.ai.offline.values import sample_sql
from aishell.engines import connect
from aishell.urls import DatabaseURL


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE patients(id INTEGER PRIMARY KEY, name TEXT, city TEXT, note TEXT, age INTEGER)")
    for i in range(300):
        c.execute("INSERT INTO patients VALUES(?,?,?,?,?)",
                  (i, f"Person {i}", ["Lyon", "Paris", "Nice"][i % 3], "x" * 80 if i % 2 else "short", i % 90))
    c.commit()
    c.close()
    return path


def test_low_cardinality_text_columns_are_sampled(db: Path) -> None:
    conn = connect(DatabaseURL.parse(f"sqlite:///{db}"), read_only=True)
    try:
        vals = build_value_index(conn, conn.catalog())
    finally:
        conn.close()
    assert vals.column_values("patients", "city") == ["Lyon", "Nice", "Paris"]
    assert not vals.has_column("patients", "name")  # 300 distinct names: not a category
    assert vals.column_values("patients", "note") == ["short"]  # long values are dropped
    assert not vals.has_column("patients", "age")  # numbers are not sampled
    assert [h.value for h in vals.lookup(["lyon"])] == ["Lyon"]


def test_bounds_are_respected(db: Path) -> None:
    conn = connect(DatabaseURL.parse(f"sqlite:///{db}"), read_only=True)
    try:
        small = build_value_index(conn, conn.catalog(), max_distinct=2)
        few_rows = build_value_index(conn, conn.catalog(), scan_rows=1)
    finally:
        conn.close()
    assert not small.has_column("patients", "city")  # 3 cities > 2
    assert len(few_rows.column_values("patients", "city")) == 1


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "mysql", "duckdb", "oracle"])
def test_sampling_sql_is_built_per_dialect(dialect: str) -> None:
    sql = sample_sql("Patients", "clinic", "city", dialect=dialect, scan_rows=1000, limit=51)
    sqlglot.parse_one(sql, read=dialect)
    assert "DISTINCT" in sql and "1000" in sql and "51" in sql


def test_from_dict_round_trips_and_links_values() -> None:
    from aishell.engines.base import Catalog, ColumnInfo, TableInfo

    vals = ValueIndex.from_dict({"patients": {"city": ["Lyon", "Saint-Étienne", "Le Havre"]}})
    assert vals.to_dict() == {"patients": {"city": ["Lyon", "Saint-Étienne", "Le Havre"]}}
    assert len(vals) == 3
    cat = Catalog(tables=[TableInfo("patients", columns=[ColumnInfo("id", "int"), ColumnInfo("name", "text"),
                                                         ColumnInfo("city", "text")], primary_key=("id",))])
    sql = translate("patients in Le Havre", cat, vals, dialect="postgres").sql
    assert "city = 'Le Havre'" in sql
    sql = translate("How many patients live in Saint-Étienne or Lyon?", cat, vals, dialect="postgres").sql
    assert "IN ('Saint-Étienne', 'Lyon')" in sql


def test_common_words_do_not_match_proper_names() -> None:
    from aishell.engines.base import Catalog, ColumnInfo, TableInfo

    vals = ValueIndex.from_dict({"people": {"first_name": ["Will", "May", "Ana"]}})
    cat = Catalog(tables=[TableInfo("people", columns=[ColumnInfo("id", "int"), ColumnInfo("first_name", "text"),
                                                       ColumnInfo("city", "text")], primary_key=("id",))])
    assert "WHERE" not in translate("Which people will show up?", cat, vals, dialect="sqlite").sql
    assert "first_name = 'May'" in translate("people named May", cat, vals, dialect="sqlite").sql
