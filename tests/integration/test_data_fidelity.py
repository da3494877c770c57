"""Lose nothing, change nothing silently: Parquet column types, SQLite's loose typing in backups, and
what a SQLite target does with NaN and decimals.

* Parquet columns take their types from the declared column types (a SQLite table's declaration and
  affinity), widen when a later batch does not fit, never narrow; a value that fits no type is a data
  error (exit 1), never a truncation.
* A backup of SQLite holds exactly what is there: what fits no common type is archived as
  ``sqlite-json`` and restored as the very value (storage class included).
* A SQLite target keeps a NaN (as the text ``NaN``) and a decimal's every digit, positionally.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
import sqlite3
import tarfile
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from data_helpers import execute, rows, session_for

from aishell import demo
from aishell.cli.main import cli
from aishell.services.data import export as export_mod
from aishell.services.data.backup import create_backup, restore, verify
from aishell.services.data.copy import copy_tables
from aishell.services.data.export import ExportOptions, ParquetSink, export
from aishell.services.data.loader import DataError

pytestmark = pytest.mark.integration


def new_file(path: Path) -> str:
    """An empty SQLite or DuckDB database file at ``path`` (by its suffix); its URL."""
    if path.suffix == ".duckdb":
        import duckdb

        duckdb.connect(str(path)).close()
        return f"duckdb:///{path}"
    sqlite3.connect(path).close()
    return f"sqlite:///{path}"


def file_target(url: str) -> str:
    """The ``url`` fixture's database, its file made first when it is one."""
    if url.startswith(("sqlite:", "duckdb:")):
        return new_file(Path(url.split(":///", 1)[1]))
    return url


def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    demo.build(path)
    return path


def stored(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows with each value's SQLite storage class: ``(typeof, value)`` pairs."""
    with sqlite3.connect(path) as conn:
        return [tuple((type(v).__name__, v) for v in r) for r in conn.execute(sql)]


def same_values(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]) -> bool:
    def norm(v: Any) -> Any:
        return ("nan",) if isinstance(v, float) and math.isnan(v) else (type(v).__name__, v)

    return [tuple(map(norm, r)) for r in a] == [tuple(map(norm, r)) for r in b]


# --------------------------------------------------------------------------- Parquet export
def test_parquet_export_of_the_demo_keeps_every_decimal(tmp_path: Path) -> None:
    """The issue: salary (NUMERIC(10,2)) was written as int64, 63337.66 became 63337 (22 of 25 rows)."""
    db = demo_db(tmp_path)
    out = tmp_path / "emp.parquet"
    s = session_for(f"sqlite:///{db}")
    try:
        assert export(s, ExportOptions(output=str(out), table="employees")) == 25
    finally:
        s.close()
    table = pq.read_table(out)
    assert table.schema.field("salary").type == pa.decimal128(10, 2)
    assert table.schema.field("hired_on").type == pa.date32()
    source = stored(db, "SELECT salary, hired_on FROM employees ORDER BY id")
    assert sum(1 for (_t, v), _d in source if v != int(v)) == 22
    want = [decimal.Decimal(repr(v) if isinstance(v, float) else v) for (_t, v), _d in source]
    assert table.column("salary").to_pylist() == want
    assert [d.isoformat() for d in table.column("hired_on").to_pylist()] == [d for _s, (_t, d) in source]


def test_the_first_value_does_not_decide_a_query_column(tmp_path: Path) -> None:
    """A query's column (SQLite reports no types: the first value) widens when later rows disagree,
    also after row groups were written: integers then reals become doubles, integers past 2**53
    with reals a decimal; dates stay dates while their text is exactly a date, else text."""
    db = tmp_path / "w.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE w (id INTEGER PRIMARY KEY, a, b, d DATE)")
        conn.executemany("INSERT INTO w VALUES (?, ?, ?, ?)", [
            (1, 98000, 1, "2024-01-02"), (2, 7, 2, "2024-01-03"), (3, 63337.66, 2**60 + 1, "2024-01-04"),
            (4, None, 0.5, "2024-1-5"), (5, -2, None, None),
        ])  # fmt: skip
    s = session_for(f"sqlite:///{db}", batch_size=1)
    out = tmp_path / "w.parquet"
    try:
        with open(out, "wb") as fh:
            sink = ParquetSink(fh, "sqlite", types=None, row_group_rows=1)
            result = s.run("SELECT a, b FROM w ORDER BY id", sink)
            assert result.error is None
            sink.close()
        # a table export: DATE declared, one text that is not a date as it prints
        assert export(s, ExportOptions(output=str(tmp_path / "d.parquet"), table="w")) == 5
    finally:
        s.close()
    table = pq.read_table(out)
    assert table.schema.field("a").type == pa.float64()
    assert table.column("a").to_pylist() == [98000.0, 7.0, 63337.66, None, -2.0]
    assert pa.types.is_decimal(table.schema.field("b").type)
    assert table.column("b").to_pylist() == [1, 2, 2**60 + 1, decimal.Decimal("0.5"), None]
    assert pq.ParquetFile(out).num_row_groups == 5
    d = pq.read_table(tmp_path / "d.parquet")
    assert d.schema.field("d").type == pa.string()
    assert d.column("d").to_pylist() == ["2024-01-02", "2024-01-03", "2024-01-04", "2024-1-5", None]


def test_a_value_that_fits_no_type_is_a_data_error_not_a_truncation(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE bad (id INTEGER PRIMARY KEY, price NUMERIC(10,2))")
        conn.executemany("INSERT INTO bad VALUES (?, ?)", [(1, 1.5), (2, "N/A")])
    out = tmp_path / "bad.parquet"
    s = session_for(f"sqlite:///{db}")
    try:
        with pytest.raises(DataError) as info:
            export(s, ExportOptions(output=str(out), table="bad"))
    finally:
        s.close()
    assert info.value.exit_code == 1
    assert "price" in info.value.message and "'N/A'" in info.value.message
    assert not out.exists() and list(tmp_path.glob(".bad.parquet*")) == []
    result = CliRunner().invoke(cli, ["export", "--db", f"sqlite:///{db}", "--table", "bad", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "price" in result.output and "N/A" in result.output
    assert not out.exists()


def test_mariadb_boolean_holding_another_integer_is_kept(mysql_url: str, tmp_path: Path) -> None:
    """TINYINT(1) is MariaDB's BOOLEAN but holds -128..127: a backup archived 5 as true."""
    execute(mysql_url, "DROP TABLE IF EXISTS fid_flags", "CREATE TABLE fid_flags (id int PRIMARY KEY, b tinyint(1))",
            "INSERT INTO fid_flags VALUES (1, 1), (2, 0), (3, 5), (4, NULL)")  # fmt: skip
    archive = tmp_path / "flags.aishell"
    s = session_for(mysql_url)
    try:
        create_backup(s, str(archive), tables=["fid_flags"])
        restore(s, str(archive), replace=True)
    finally:
        s.close()
    assert rows(mysql_url, "SELECT b FROM fid_flags ORDER BY id") == [(1,), (0,), (5,), (None,)]
    execute(mysql_url, "DROP TABLE fid_flags")


# --------------------------------------------------------------------------- backups of SQLite
MESSY = """
CREATE TABLE messy (
    id INTEGER PRIMARY KEY,
    price NUMERIC(10,2),
    amount NUMERIC(10,2),
    day DATE,
    at TIMESTAMP,
    flag BOOLEAN,
    note TEXT,
    n INTEGER,
    r REAL,
    anything,
    empty
)"""
MESSY_ROWS = [
    (1, 1, 7, "2024-01-02", "2024-01-02 03:04:05", 0, "a", 1, 1.5, 5, None),
    (2, 2.5, "N/A", "2024-1-2", "2024-01-02T03:04:05.250", 1, b"\xc3", 1.5, "NaN", 5.0, None),
    (3, 0.30000000000000004, b"\x00\xff", 20240102, None, 2, "", -(2**63), "abc", "5", None),
    (4, None, 1e20, None, "2024-01-02 03:04:05", None, None, None, 24349.51343622073, b"\x05", None),
    (5, 98000, 63337.66, "2024-01-03", "2024-01-02 03:04:05", 1, "z", 2**63 - 1, -0.0, "", None),
]


def messy_db(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute(MESSY)
        conn.executemany(f"INSERT INTO messy VALUES ({', '.join('?' * 11)})", MESSY_ROWS)
    return path


class _SmallGroups(ParquetSink):
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, row_group_rows=2, **kw)


@pytest.mark.parametrize("data_format", ["parquet", "csv"])
def test_backup_of_sqlite_keeps_every_value_that_fits_no_declared_type(
    data_format: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite does not enforce declared types: the archive holds what is there and restore brings back
    each value with its storage class.  Batches of 2 rows and row groups of 2: the columns widen
    after row groups were written."""
    monkeypatch.setattr(export_mod, "ParquetSink", _SmallGroups)
    src = messy_db(tmp_path / "messy.db")
    archive = tmp_path / f"messy.{data_format}.aishell"
    s = session_for(f"sqlite:///{src}", batch_size=2)
    try:
        manifest = create_backup(s, str(archive), data_format=data_format)
    finally:
        s.close()
    assert manifest["version"] == 3
    verify(str(archive))
    with tarfile.open(archive) as tar:
        member = tar.extractfile("schema.json")
        assert member is not None
        schema = json.loads(member.read())
        columns = {c["name"]: c.get("archived_as") for c in schema["tables"][0]["columns"]}
        if data_format == "parquet":
            data = tar.extractfile(manifest["tables"][0]["member"])
            assert data is not None
            (tmp_path / "m.parquet").write_bytes(data.read())
    marked = {n for n, mark in columns.items() if mark}
    assert marked == {"price", "amount", "day", "at", "flag", "note", "n", "r", "anything"}
    if data_format == "parquet":
        types = {f.name: f.type for f in pq.read_schema(tmp_path / "m.parquet")}
        assert types["price"] == pa.string() and types["flag"] == pa.string()
        assert types["id"] == pa.int64() and types["n"] == pa.string() and types["day"] == pa.string()
        assert types["amount"] == pa.string() and types["empty"] == pa.string()
    dst = tmp_path / "restored.db"
    t = session_for(new_file(dst))
    try:
        restore(t, str(archive))
    finally:
        t.close()
    sql = "SELECT * FROM messy ORDER BY id"
    assert same_values(stored(dst, sql), stored(src, sql))
    assert stored(dst, "SELECT typeof(r), typeof(anything) FROM messy WHERE id = 2") == [
        (("str", "text"), ("str", "real"))
    ]
    # into an engine that enforces types, the value that does not fit is named (a data error, exit 1)
    duck = session_for(new_file(tmp_path / "typed.duckdb"))
    try:
        with pytest.raises(DataError) as info:
            restore(duck, str(archive))
    finally:
        duck.close()
    assert info.value.exit_code == 1
    assert "column amount" in info.value.message and "N/A" in info.value.message  # CSV: line 3 (the header)


def test_backup_command_on_the_demo_database(tmp_path: Path) -> None:
    """The README's quick start: `aishell backup create` failed on the demo (exit 2)."""
    db = demo_db(tmp_path)
    archive = tmp_path / "demo.aishell"
    runner = CliRunner()
    result = runner.invoke(cli, ["backup", "create", "--db", f"sqlite:///{db}", "-o", str(archive)])
    assert result.exit_code == 0, result.output
    dst = tmp_path / "back.db"
    result = runner.invoke(cli, ["backup", "restore", "--to", new_file(dst), str(archive)])
    assert result.exit_code == 0, result.output
    for table in ("products", "employees", "orders", "order_items"):
        sql = f"SELECT * FROM {table} ORDER BY id"
        assert stored(dst, sql) == stored(db, sql), table


def test_demo_archive_restores_salaries_exactly_into_every_engine(url: str, tmp_path: Path) -> None:
    db = demo_db(tmp_path)
    archive = tmp_path / "demo.aishell"
    s = session_for(f"sqlite:///{db}")
    try:
        create_backup(s, str(archive), tables=["employees"])
    finally:
        s.close()
    url = file_target(url)
    execute(url, "DROP TABLE IF EXISTS employees")
    t = session_for(url)
    try:
        restore(t, str(archive))
    finally:
        t.close()
    want = [decimal.Decimal(repr(v) if isinstance(v, float) else v).quantize(decimal.Decimal("0.01"))
            for ((_t, v),) in stored(db, "SELECT salary FROM employees ORDER BY id")]  # fmt: skip
    got = [decimal.Decimal(repr(v) if isinstance(v, float) else str(v)).quantize(decimal.Decimal("0.01"))
           for (v,) in rows(url, "SELECT salary FROM employees ORDER BY id")]  # fmt: skip
    assert got == want
    execute(url, "DROP TABLE IF EXISTS employees")


def test_copy_from_sqlite_into_sqlite_keeps_every_value(tmp_path: Path) -> None:
    src = messy_db(tmp_path / "messy.db")
    dst = tmp_path / "copy.db"
    s, t = session_for(f"sqlite:///{src}"), session_for(new_file(dst))
    try:
        copy_tables(s, t, ["messy"], create=True)
    finally:
        s.close()
        t.close()
    sql = "SELECT * FROM messy ORDER BY id"
    assert same_values(stored(dst, sql), stored(src, sql))


# --------------------------------------------------------------------------- SQLite as the target
def test_sqlite_target_keeps_nan_and_every_digit_of_a_decimal(pg_url: str, tmp_path: Path) -> None:
    """NaN became NULL (SQLite stores a NaN as NULL); numeric(38,10) zero became the text '0E-10'.
    Now a NaN is the text 'NaN' (read back as NaN by copy, restore and Parquet export) and a decimal
    is positional text with every digit; a double is bound as itself (SQLite's reading of the text
    17.2 digits can be one unit off)."""
    execute(pg_url, "DROP TABLE IF EXISTS fid_nums",
            "CREATE TABLE fid_nums (id int PRIMARY KEY, f float8, n numeric(38,10), m numeric(10,2))",
            "INSERT INTO fid_nums VALUES (1, 'NaN', 0, 63337.66), (2, 'Infinity', 12345678901234567890.1234567890, "
            "NULL), (3, 24349.51343622073, -0.5, 0.1)")  # fmt: skip
    lite = tmp_path / "nums.db"
    pg, sq = session_for(pg_url), session_for(new_file(lite))
    try:
        copy_tables(pg, sq, ["fid_nums"], create=True)
        archive = tmp_path / "nums.aishell"
        create_backup(pg, str(archive), tables=["fid_nums"])
    finally:
        pg.close()
        sq.close()
    want = [
        (("int", 1), ("str", "NaN"), ("str", "0.0000000000"), ("str", "63337.66")),
        (("int", 2), ("float", math.inf), ("str", "12345678901234567890.1234567890"), ("NoneType", None)),
        (("int", 3), ("float", 24349.51343622073), ("str", "-0.5000000000"), ("str", "0.10")),
    ]
    assert stored(lite, "SELECT * FROM fid_nums ORDER BY id") == want
    restored = tmp_path / "restored.db"
    t = session_for(new_file(restored))
    try:
        restore(t, str(archive))
    finally:
        t.close()
    assert stored(restored, "SELECT * FROM fid_nums ORDER BY id") == want
    # and back out: the NaN is a NaN again (copy into DuckDB; a Parquet export)
    duck = tmp_path / "nums.duckdb"
    sq, du = session_for(f"sqlite:///{lite}"), session_for(new_file(duck))
    try:
        copy_tables(sq, du, ["fid_nums"], create=True)
        export(sq, ExportOptions(output=str(tmp_path / "nums.parquet"), table="fid_nums"))
    finally:
        sq.close()
        du.close()
    f = rows(f"duckdb:///{duck}", "SELECT f FROM fid_nums ORDER BY id")
    assert math.isnan(f[0][0]) and f[1][0] == math.inf
    exported = pq.read_table(tmp_path / "nums.parquet").column("f").to_pylist()
    assert math.isnan(exported[0]) and exported[1:] == [math.inf, 24349.51343622073]


def test_sqlite_numeric_column_gets_numbers_not_exponent_text(tmp_path: Path) -> None:
    """Into an existing SQLite NUMERIC column a decimal goes as the number (an integer, or the double
    that is exactly it): as text, SQLite's own reading of 24349.51343622073 is one unit off."""
    duck = tmp_path / "d.duckdb"
    lite = tmp_path / "n.db"
    execute(new_file(duck), "CREATE TABLE fid_dec (id INTEGER PRIMARY KEY, n DECIMAL(38,11))",
            "INSERT INTO fid_dec VALUES (1, 0), (2, 24349.51343622073), (3, -1.5)")  # fmt: skip
    with sqlite3.connect(lite) as conn:
        conn.execute("CREATE TABLE fid_dec (id INTEGER PRIMARY KEY, n NUMERIC(38,11))")
    d, s = session_for(f"duckdb:///{duck}"), session_for(f"sqlite:///{lite}")
    try:
        copy_tables(d, s, ["fid_dec"])
    finally:
        d.close()
        s.close()
    assert stored(lite, "SELECT n FROM fid_dec ORDER BY id") == [
        (("int", 0),),
        (("float", 24349.51343622073),),
        (("float", -1.5),),
    ]


def test_date_values_stay_dates_through_a_sqlite_round_trip(tmp_path: Path) -> None:
    """A neighbour: SQLite dates written by aishell read back as the same text."""
    db = tmp_path / "dates.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE ev (id INTEGER PRIMARY KEY, d DATE, ts TIMESTAMP)")
        conn.execute("INSERT INTO ev VALUES (1, ?, ?)", ("2024-02-29", "2024-02-29 23:59:59.500000"))
    out = tmp_path / "ev.parquet"
    s = session_for(f"sqlite:///{db}")
    try:
        export(s, ExportOptions(output=str(out), table="ev"))
    finally:
        s.close()
    table = pq.read_table(out)
    assert table.column("d").to_pylist() == [dt.date(2024, 2, 29)]
    assert table.column("ts").to_pylist() == [dt.datetime(2024, 2, 29, 23, 59, 59, 500000)]
