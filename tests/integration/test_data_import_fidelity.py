"""Import loses nothing and changes nothing silently: the encoding is UTF-8 whenever the file is
(a guess other than UTF-8 is said), a number with more decimal places than its column keeps is a
bad row (or, with ``--round``, rounded and counted) on every path, ``--create`` picks the types an
export came from, and the rejects file keeps each rejected record as it was written, in file order.

Files are written byte by byte, so every expected value follows from the bytes written."""

from __future__ import annotations

import csv
import decimal
import json
import sqlite3
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from data_helpers import drop, execute, fresh, rows, session_for, table_info

from aishell.cli.main import cli
from aishell.services.data import readers
from aishell.services.data.export import ExportOptions, export
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.data.loader import DataError
from aishell.services.data.typemap import ColType, infer_values

pytestmark = pytest.mark.integration

D = decimal.Decimal


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """``(engine, url)`` on each engine; the SQLite and DuckDB files exist already."""
    engine = request.param
    if engine == "postgres":
        return engine, str(request.getfixturevalue("pg_url"))
    if engine == "mysql":
        return engine, str(request.getfixturevalue("mysql_url"))
    if engine == "sqlite":
        path = tmp_path / "db.sqlite"
        sqlite3.connect(path).close()
        return engine, f"sqlite:///{path}"
    import duckdb

    path = tmp_path / "db.duckdb"
    duckdb.connect(str(path)).close()
    return engine, f"duckdb:///{path}"


def cli_import(url: str, path: Path, table: str, *extra: str) -> Any:
    return CliRunner().invoke(cli, ["import", "--db", url, str(path), "--table", table, *extra])


def read_rejects(path: Path) -> list[dict[str, str]]:
    with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def numbers(url: str, table: str, column: str = "amt") -> list[Any]:
    return [None if v is None else D(str(v)) for (v,) in rows(url, f"SELECT {column} FROM {table} ORDER BY id")]


# --------------------------------------------------------------------------- encoding
def test_a_utf8_character_cut_by_the_sample_is_still_utf8() -> None:
    """The sample ends inside a two-byte character: that is not a reason to read the file as cp1252."""
    for pad in range(4):
        data = b"id,name\n" + b"1" * (pad + 1) + b"," + "\u00fc".encode() * 40_000 + b"\n"
        sample = data[: readers.SAMPLE_BYTES]
        assert readers.detect_encoding(sample) == "utf-8", pad
    assert readers.detect_encoding(b"a,b\nM\xfcller,1\n") == "cp1252"  # a lone 0xFC is never UTF-8


def test_valid_utf8_is_imported_as_utf8_and_a_guess_is_reported(tmp_path: Path, pg_url: str) -> None:
    # 'Müller' rows whose bytes straddle the 64 KB sample's end at every offset: 3,660 of 4,506 rows
    # used to come back as 'MÃ¼ller' with "0 rejected"
    lines = [f"{i},M\u00fcller \u20ac{'x' * (i % 7)}\n" for i in range(1, 4507)]
    path = tmp_path / "names.csv"
    path.write_text("id,name\n" + "".join(lines), encoding="utf-8")
    assert len(path.read_bytes()) > readers.SAMPLE_BYTES
    sqlite_url = f"sqlite:///{tmp_path / 'e.sqlite'}"
    sqlite3.connect(tmp_path / "e.sqlite").close()
    for url in (sqlite_url, pg_url):  # the per-value path and PostgreSQL's COPY
        table = fresh("enc")
        try:
            r = cli_import(url, path, table, "--create")
            assert r.exit_code == 0, r.stderr
            assert "note:" not in r.stderr, r.stderr
            got = rows(url, f"SELECT name FROM {table} ORDER BY id")
            assert [v for (v,) in got] == [line.split(",", 1)[1].rstrip("\n") for line in lines]
        finally:
            drop(url, table)
    # a file that is not UTF-8: read as cp1252, and the user is told so, and how to choose
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"id,name\n1,M\xfcller\n")
    r = cli_import(sqlite_url, latin, "latin", "--create")
    assert r.exit_code == 0, r.stderr
    assert "latin.csv is read as cp1252" in r.stderr and "--encoding" in r.stderr, r.stderr
    assert "0xfc" in r.stderr
    assert rows(sqlite_url, "SELECT name FROM latin") == [("M\u00fcller",)]


# --------------------------------------------------------------------------- rounding
ROUNDING_CSV = "id,amt\n1,1.005\n2,2.50\n3,-1.005\n4,1.5e-3\n5,3.100\n"


def test_a_value_that_would_lose_digits_is_a_bad_row_on_every_engine(db: tuple[str, str], tmp_path: Path) -> None:
    engine, url = db
    path = tmp_path / "amounts.csv"
    path.write_text(ROUNDING_CSV, encoding="utf-8")
    table = fresh("rnd")
    execute(url, f"CREATE TABLE {table} (id int, amt numeric(10,2))")
    try:
        if engine == "sqlite":
            # SQLite does not round to a declared scale: every digit is kept, nothing is refused
            r = cli_import(url, path, table)
            assert r.exit_code == 0 and "5 inserted, 0 rejected" in r.stderr, r.stderr
            assert numbers(url, table) == [D("1.005"), D("2.5"), D("-1.005"), D("0.0015"), D("3.1")]
            return
        # abort (PostgreSQL: COPY; DuckDB: its CSV reader; MariaDB: LOAD DATA): nothing changes
        r = cli_import(url, path, table)
        assert r.exit_code == 1, r.stderr
        assert "line 2, column amt: 1.005 has more decimal places than" in r.stderr, r.stderr
        assert "--round" in r.stderr and rows(url, f"SELECT count(*) FROM {table}") == [(0,)]
        # skip: the three rows that would be rounded are rejected, with the reason
        r = cli_import(url, path, table, "--on-error", "skip")
        assert r.exit_code == 1 and "5 rows read, 2 inserted, 3 rejected" in r.stderr, r.stderr
        rejects = read_rejects(path)
        assert [(x["line"], x["column"], x["row"]) for x in rejects] == [
            ("2", "amt", "1,1.005"), ("4", "amt", "3,-1.005"), ("5", "amt", "4,1.5e-3")]  # fmt: skip
        assert all("more decimal places" in x["reason"] for x in rejects)
        assert numbers(url, table) == [D("2.50"), D("3.10")]
        # --round: rounded half away from zero, as the engines do, and counted
        execute(url, f"DELETE FROM {table}")
        r = cli_import(url, path, table, "--round")
        assert r.exit_code == 0 and "5 inserted, 0 rejected, 3 values rounded" in r.stderr, r.stderr
        assert numbers(url, table) == [D("1.01"), D("2.50"), D("-1.01"), D("0.00"), D("3.10")]
    finally:
        drop(url, table)


def test_sqlite_numeric_columns_refuse_digits_a_double_cannot_hold(tmp_path: Path) -> None:
    """SQLite stores a NUMERIC column's non-integer numbers as doubles: 20 significant digits would
    be cut to 17.  An integer is bound as an integer, exactly."""
    sqlite3.connect(tmp_path / "n.sqlite").close()
    url = f"sqlite:///{tmp_path / 'n.sqlite'}"
    path = tmp_path / "long.csv"
    path.write_text("id,amt\n1,1.00000000000000000001\n2,0.1\n3,123456789012345678\n", encoding="utf-8")
    execute(url, "CREATE TABLE t (id int, amt numeric)")
    r = cli_import(url, path, "t", "--on-error", "skip")
    assert "3 rows read, 2 inserted, 1 rejected" in r.stderr, r.stderr
    assert read_rejects(path)[0]["line"] == "2" and "SQLite" in read_rejects(path)[0]["reason"]
    assert rows(url, "SELECT amt FROM t ORDER BY id") == [(0.1,), (123456789012345678,)]


def test_every_source_format_checks_the_scale(tmp_path: Path, pg_url: str, mysql_url: str) -> None:
    """JSONL numbers, Parquet decimals of a wider scale and Parquet doubles: the same check."""
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"id": 1, "amt": 2.5}\n{"id": 2, "amt": 1.005}\n', encoding="utf-8")
    wide = tmp_path / "wide.parquet"
    pq.write_table(pa.table({"id": pa.array([1, 2], pa.int32()),
                             "amt": pa.array([D("2.500"), D("1.005")], pa.decimal128(10, 3))}), wide)  # fmt: skip
    double = tmp_path / "double.parquet"
    pq.write_table(pa.table({"id": pa.array([1, 2], pa.int32()), "amt": pa.array([2.5, 1.005])}), double)
    for url in (pg_url, mysql_url):
        for path in (jsonl, wide, double):
            table = fresh("src")
            execute(url, f"CREATE TABLE {table} (id int, amt numeric(10,2))")
            try:
                r = cli_import(url, path, table)
                assert r.exit_code == 1 and "line 2, column amt: 1.005 has more decimal places" in r.stderr, (
                    path, r.stderr)
                r = cli_import(url, path, table, "--round")
                assert r.exit_code == 0 and "1 value rounded" in r.stderr, r.stderr
                assert numbers(url, table) == [D("2.50"), D("1.01")]
            finally:
                drop(url, table)


def test_parquet_into_duckdb_checks_the_scale(tmp_path: Path) -> None:
    """DuckDB reads Parquet itself: a decimal(10,3) or a double into DECIMAL(10,2) is checked in its SQL."""
    import duckdb

    path = tmp_path / "d.duckdb"
    duckdb.connect(str(path)).close()
    url = f"duckdb:///{path}"
    wide = tmp_path / "wide.parquet"
    pq.write_table(pa.table({"id": pa.array([1, 2], pa.int32()),
                             "amt": pa.array([D("2.500"), D("1.005")], pa.decimal128(10, 3)),
                             "n": pa.array([1.0, 2.5])}), wide)  # fmt: skip
    execute(url, "CREATE TABLE t (id int, amt DECIMAL(10,2), n int)")
    r = cli_import(url, wide, "t")
    assert r.exit_code == 1 and "line 2, column amt: 1.005 has more decimal places" in r.stderr, r.stderr
    r = cli_import(url, wide, "t", "--on-error", "skip")
    assert "2 rows read, 1 inserted, 1 rejected" in r.stderr, r.stderr
    assert rows(url, "SELECT id, amt, n FROM t") == [(1, D("2.50"), 1)]  # 2.5 is no integer: not rounded to 2


def test_a_large_mariadb_load_rounds_at_c_speed_and_counts(mysql_url: str, tmp_path: Path) -> None:
    """LOAD DATA's vectorised path: 3 decimal places into decimal(10,2) refused, or rounded with --round."""
    path = tmp_path / "many.csv"
    path.write_text("id,amt\n" + "".join(f"{i},{i}.{i % 1000:03d}\n" for i in range(1, 3001)), encoding="utf-8")
    table = fresh("many")
    execute(mysql_url, f"CREATE TABLE {table} (id int PRIMARY KEY, amt decimal(10,2))")
    try:
        r = cli_import(mysql_url, path, table)
        assert r.exit_code == 1 and "line 2, column amt: 1.001 has more decimal places" in r.stderr, r.stderr
        r = cli_import(mysql_url, path, table, "--round", "--batch-size", "1000")
        lossy = sum(1 for i in range(1, 3001) if i % 10)
        assert r.exit_code == 0 and f"3000 inserted, 0 rejected, {lossy} values rounded" in r.stderr, r.stderr
        expected = [D(f"{i}.{i % 1000:03d}").quantize(D("0.01"), decimal.ROUND_HALF_UP) for i in range(1, 3001)]
        assert numbers(mysql_url, table) == expected
    finally:
        drop(mysql_url, table)


def test_fractions_of_seconds_a_column_does_not_keep(db: tuple[str, str], tmp_path: Path) -> None:
    """MariaDB's DATETIME keeps whole seconds (it would cut .5), PostgreSQL's timestamp(0) and DuckDB's
    TIMESTAMP_S round; a seventh decimal place is cut by Python and rounded by PostgreSQL."""
    engine, url = db
    if engine == "sqlite":
        pytest.skip("SQLite keeps timestamps as text")
    path = tmp_path / "ts.csv"
    path.write_text("id,ts\n1,2024-01-01 10:00:00\n2,2024-01-01 10:00:00.5\n3,2024-01-01 10:00:00.1234567\n",
                    encoding="utf-8")  # fmt: skip
    declared = {"postgres": "timestamp(0)", "mysql": "datetime", "duckdb": "TIMESTAMP_S"}[engine]
    table = fresh("ts")
    execute(url, f"CREATE TABLE {table} (id int, ts {declared})")
    try:
        r = cli_import(url, path, table)
        assert r.exit_code == 1 and "line 3, column ts:" in r.stderr and "decimal places of seconds" in r.stderr, (
            r.stderr)
        r = cli_import(url, path, table, "--on-error", "skip")
        assert "3 rows read, 1 inserted, 2 rejected" in r.stderr, r.stderr
        execute(url, f"DELETE FROM {table}")
        r = cli_import(url, path, table, "--round")
        assert r.exit_code == 0 and "2 values rounded" in r.stderr, r.stderr
        got = [str(v)[:19] for (v,) in rows(url, f"SELECT ts FROM {table} ORDER BY id")]
        assert got == ["2024-01-01 10:00:00", "2024-01-01 10:00:01", "2024-01-01 10:00:00"]
    finally:
        drop(url, table)


def test_duckdb_csv_reader_does_not_round_integers_or_overflow_doubles(tmp_path: Path) -> None:
    """DuckDB casts '1.5' to INTEGER 2 and '1e400' to infinity: such a value goes to the per-value path."""
    import duckdb

    path = tmp_path / "d.duckdb"
    duckdb.connect(str(path)).close()
    url = f"duckdb:///{path}"
    data = tmp_path / "n.csv"
    data.write_text("id,n,f\n1,2,1.5\n2,1.5,2.5\n3,3,1e400\n", encoding="utf-8")
    execute(url, "CREATE TABLE t (id int, n int, f double)")
    r = cli_import(url, data, "t")
    assert r.exit_code == 1 and "line 3, column n: not an integer: '1.5'" in r.stderr, r.stderr
    r = cli_import(url, data, "t", "--on-error", "skip")
    assert "3 rows read, 1 inserted, 2 rejected" in r.stderr, r.stderr
    assert [x["reason"] for x in read_rejects(data)] == ["not an integer: '1.5'", "out of range for a double: 1e400"]


def test_lossy_decimals_finds_them_at_c_speed() -> None:
    from aishell.services.data.decimals import lossy_decimals

    col = pa.array(["1.005", " 2.50 ", None, "-0.001", "1e-3", "1.5e1", "NaN", "x", "3.10000"])
    assert lossy_decimals(col, 2) == [0, 3, 4]
    assert lossy_decimals(pa.array([None, None], pa.string()), 2) == []


# --------------------------------------------------------------------------- --create
def test_create_picks_the_types_an_export_came_from(pg_url: str, tmp_path: Path) -> None:
    src = fresh("typed")
    execute(
        pg_url,
        f"CREATE TABLE {src} (id int, doc jsonb, u uuid, b bytea, f float8, n numeric, arr int[], t time)",
        f"""INSERT INTO {src} VALUES
            (1, '{{"a": 1}}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\\x00ff10', 'NaN', 'NaN', '{{1,2}}', '10:00'),
            (2, '[1, "x"]', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '\\xdeadbeef', 1.5,
             3.14159265358979323846, '{{3}}', '11:00:01.5'),
            (3, '"s"', NULL, '\\x', 'Infinity', 'Infinity', '{{}}', NULL)""",
    )
    expected = {"doc": "jsonb", "u": "uuid", "b": "bytea", "f": "double precision", "n": "numeric",
                "arr": "bigint[]", "t": "time without time zone"}  # fmt: skip
    s = session_for(pg_url)
    created: list[str] = []
    try:
        for fmt in ("jsonl", "json", "csv", "parquet"):
            out = tmp_path / f"typed.{fmt}"
            export(s, ExportOptions(output=str(out), table=src))
            table = fresh(f"back_{fmt}")
            created.append(table)
            report = import_file(s, ImportOptions(path=str(out), table=table, create=True))
            assert (report.inserted, report.rejected) == (3, 0)
            info = table_info(pg_url, table)
            got = {c.name: c.data_type for c in info.columns if c.name != "id"}
            want = dict(expected)
            if fmt == "csv":  # PostgreSQL's text forms: an array literal stays text
                want["arr"] = "text"
            if fmt == "parquet":  # typed already; numeric without a scale is kept as exact text
                want.update(arr="integer[]", n="text")
            assert got == want, fmt
            same = rows(pg_url, f"SELECT doc::text, u::text, b, f::text, n::text, t::text FROM {table} ORDER BY id")
            orig = rows(pg_url, f"SELECT doc::text, u::text, b, f::text, n::text, t::text FROM {src} ORDER BY id")
            assert [tuple(None if v is None else bytes(v) if isinstance(v, memoryview) else v for v in r)
                    for r in same] == [tuple(None if v is None else bytes(v) if isinstance(v, memoryview) else v
                                             for v in r) for r in orig], fmt  # fmt: skip
    finally:
        s.close()
        drop(pg_url, src, *created)


def test_inference_of_json_values() -> None:
    assert infer_values(["AP8Q", "3q2+7w==", ""]).kind == "binary"  # base64 of binary data
    assert infer_values(["ABCD", "WXYZ"]).kind == "text"  # codes are not taken for base64
    assert infer_values(["aGVsbG8=", "d29ybGQ="]).kind == "text"  # base64 of text: it may be text
    assert infer_values([D("1.5"), "nan", "inf"]).kind == "float"
    assert infer_values([D("1.5"), "NaN", "Infinity"]) == ColType("decimal", scale=1)
    assert infer_values([[1, 2], [], None]) == ColType("array", element=ColType("bigint"))
    assert infer_values([["a", None], ["b"]]) == ColType("array", element=ColType("text"))
    assert infer_values([[{"a": 1}], {"b": 2}]).kind == "json"
    assert infer_values(["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]).kind == "uuid"
    assert infer_values(['{"a": 1}', '"s"', "3"]).kind == "json"


# --------------------------------------------------------------------------- rejects
REJECTS_CSV = (
    b'id,name,amt\r\n'
    b'1,"a",1.50\r\n'
    b'2,,x\r\n'  # line 3: not a number
    b'3,"",2\r\n'
    b'6,a,b,c\r\n'  # line 5: a field too many (found by the reader, ahead of the rest)
    b'1,"d ""q""",3\r\n'  # line 6: a duplicate key (found by the server)
    b'4,"multi\nline",4.00\r\n'
    b'5,"toolong-name, quoted",5\r\n'  # line 9: longer than varchar(10)
    b'7,   ,  7  \r\n'
)


def test_rejects_keep_each_record_as_written_in_file_order(db: tuple[str, str], tmp_path: Path) -> None:
    engine, url = db
    path = tmp_path / "mixed.csv"
    path.write_bytes(REJECTS_CSV)
    table = fresh("rej")
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, name varchar(10), amt numeric(10,2))")
    try:
        r = cli_import(url, path, table, "--on-error", "skip")
        assert r.exit_code == 1, r.stderr
        got = [(x["line"], x["column"], x["row"]) for x in read_rejects(path)]
        expected = [("3", "amt", "2,,x"), ("5", "", "6,a,b,c"), ("6", "id", '1,"d ""q""",3')]
        if engine != "duckdb":  # DuckDB's VARCHAR(10) has no length
            expected.append(("9", "name", '5,"toolong-name, quoted",5'))
        assert got == expected
        assert all(x["reason"] for x in read_rejects(path))
        want = [1, 3, 4, 5, 7] if engine == "duckdb" else [1, 3, 4, 7]
        assert sorted(v for (v,) in rows(url, f"SELECT id FROM {table}")) == want
    finally:
        drop(url, table)


def test_jsonl_rejects_keep_the_whole_original_line(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "j.sqlite").close()
    url = f"sqlite:///{tmp_path / 'j.sqlite'}"
    long_text = "y" * 500
    lines = ['{"id": 1, "v": 1}', '{"id": 2, "v": "x", "note": "' + long_text + '"}', "{broken", '{"id": 3, "v": 3}']
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    execute(url, "CREATE TABLE t (id int, v int, note text)")
    r = cli_import(url, path, "t", "--on-error", "skip")
    assert "4 rows read, 2 inserted, 2 rejected" in r.stderr, r.stderr
    assert [(x["line"], x["row"]) for x in read_rejects(path)] == [("2", lines[1]), ("3", lines[2])]


# --------------------------------------------------------------------------- abort and skip agree
def test_mixed_line_ends_are_read_the_same_under_abort_and_skip(pg_url: str, tmp_path: Path) -> None:
    """COPY refuses CR, LF and CRLF mixed in one file; the per-row path reads any of them."""
    path = tmp_path / "ends.csv"
    path.write_bytes(b'id,name\r\n1,a\n2,b\r3,c\r\n4,"x\ry"\n')
    want = [(1, "a"), (2, "b"), (3, "c"), (4, "x\ry")]
    for mode in ("abort", "skip"):
        table = fresh("ends")
        execute(pg_url, f"CREATE TABLE {table} (id int, name text)")
        try:
            r = cli_import(pg_url, path, table, "--on-error", mode)
            assert r.exit_code == 0 and "4 rows read, 4 inserted, 0 rejected" in r.stderr, (mode, r.stderr)
            assert rows(pg_url, f"SELECT id, name FROM {table} ORDER BY id") == want
        finally:
            drop(pg_url, table)


def test_a_line_holding_only_the_copy_end_marker_does_not_end_the_import(pg_url: str, tmp_path: Path) -> None:
    """COPY takes a line '\\.' for the end of its data and drops the lines after it, reporting success."""
    path = tmp_path / "marker.csv"
    path.write_bytes(b"id,name\n1,a\n\\.\n2,b\n")
    table = fresh("mark")
    execute(pg_url, f"CREATE TABLE {table} (id text, name text)")
    try:
        r = cli_import(pg_url, path, table)
        assert r.exit_code == 1 and "line 3: expected 2 fields, found 1" in r.stderr, r.stderr
        assert rows(pg_url, f"SELECT count(*) FROM {table}") == [(0,)]
        r = cli_import(pg_url, path, table, "--on-error", "skip")
        assert "3 rows read, 2 inserted, 1 rejected" in r.stderr, r.stderr
        assert read_rejects(path)[0]["row"] == "\\."
    finally:
        drop(pg_url, table)


def test_an_empty_line_in_a_one_column_file_is_a_null(db: tuple[str, str], tmp_path: Path) -> None:
    """Export writes a one-column NULL as an empty line; COPY reads it back as NULL, and so must the
    per-row path (it used to pass the line over: a row lost, and "0 rejected")."""
    _engine, url = db
    src, dst = fresh("one"), fresh("one")
    execute(url, f"CREATE TABLE {src} (v varchar(5))", f"INSERT INTO {src} VALUES ('a'), (NULL), ('b')",
            f"CREATE TABLE {dst} (v varchar(5))")  # fmt: skip
    try:
        out = tmp_path / "one.csv"
        s = session_for(url)
        try:
            export(s, ExportOptions(output=str(out), table=src))
            for mode in ("abort", "skip"):
                execute(url, f"DELETE FROM {dst}")
                report = import_file(s, ImportOptions(path=str(out), table=dst, on_error=mode))
                assert (report.read, report.inserted) == (3, 3), mode
                assert sorted(rows(url, f"SELECT v FROM {dst}"), key=str) == [("a",), ("b",), (None,)]
        finally:
            s.close()
    finally:
        drop(url, src, dst)


def test_abort_names_the_row_the_check_found(pg_url: str, tmp_path: Path) -> None:
    """On COPY's path the check runs after the server has the rows: the transaction is rolled back."""
    path = tmp_path / "late.csv"
    path.write_text("id,amt\n" + "".join(f"{i},{i}.25\n" for i in range(1, 2001)) + "2001,0.125\n",
                    encoding="utf-8")  # fmt: skip
    table = fresh("late")
    execute(pg_url, f"CREATE TABLE {table} (id int, amt numeric(10,2))")
    s = session_for(pg_url)
    try:
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(path), table=table))
        assert f"{path}, line 2002, column amt: 0.125 has more decimal places" in err.value.message
        assert rows(pg_url, f"SELECT count(*) FROM {table}") == [(0,)]
        report = import_file(s, ImportOptions(path=str(path), table=table, round=True))
        assert (report.inserted, report.rounded) == (2001, 1)
        assert rows(pg_url, f"SELECT amt FROM {table} WHERE id = 2001") == [(D("0.13"),)]
    finally:
        s.close()
        drop(pg_url, table)


def test_jsonl_export_import_keeps_binary_and_special_floats(db: tuple[str, str], tmp_path: Path) -> None:
    """A round trip through the export's JSON dialect: bytes (base64) and a double's NaN come back."""
    engine, url = db
    if engine in ("mysql", "sqlite"):
        pytest.skip("MariaDB and SQLite hold no NaN")
    blob, nan = {"postgres": ("bytea", "'NaN'::float8"), "duckdb": ("BLOB", "'NaN'::DOUBLE")}[engine]
    bytes_of = {"postgres": lambda h: f"'\\x{h}'::bytea",
                "duckdb": lambda h: "'" + "".join(f"\\x{h[i:i + 2]}" for i in range(0, len(h), 2)) + "'::BLOB"}
    hexes = ["00ff10", "deadbeef", "2b2f3d"]  # the last one is b"+/="
    src, created = fresh("jb"), fresh("jb_back")
    execute(url, f"CREATE TABLE {src} (id int, b {blob}, f double precision)",
            f"INSERT INTO {src} VALUES (1, {bytes_of[engine](hexes[0])}, {nan}), "
            f"(2, {bytes_of[engine](hexes[1])}, 1.5), (3, {bytes_of[engine](hexes[2])}, 2.0)")  # fmt: skip
    s = session_for(url)
    try:
        out = tmp_path / "b.jsonl"
        export(s, ExportOptions(output=str(out), table=src))
        report = import_file(s, ImportOptions(path=str(out), table=created, create=True))
        assert report.inserted == 3
        got = rows(url, f"SELECT b, f FROM {created} ORDER BY id")
        assert [bytes(b).hex() for b, _f in got] == hexes
        assert json.dumps([f for _b, f in got]) == "[NaN, 1.5, 2.0]"
    finally:
        s.close()
        drop(url, src, created)
