"""Restore into PostgreSQL as binary COPY (issue 15): DuckDB's ``postgres_binary`` writer feeds
``COPY ... (FORMAT binary)`` where each column's binary form is exact; the table then holds what
the CSV COPY of before stores, value for value.  A column it cannot take exactly, or a value it
refuses, leaves the table to the CSV COPY, with the same rows or the same error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from data_helpers import fresh, session_for

from aishell.engines.postgres import bulk
from aishell.errors import QueryError
from aishell.services.data.backup import create_backup, restore

pytestmark = pytest.mark.integration

EDGE_DDL = (
    "CREATE TABLE {t} (id int PRIMARY KEY, s smallint, b bigint, r real, d double precision, n numeric(20,6), "
    "n0 numeric(5,0), tx text, vc varchar(12), ch char(5), j json, jb jsonb, dt date, tm time, tm3 time(3), "
    "ts timestamp, ts0 timestamp(0), tz timestamptz, by bytea, bo boolean, u uuid)"
)
EDGE_ROWS = (
    "INSERT INTO {t} VALUES (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
    "(2, -32768, -9223372036854775808, 'NaN', 'NaN', -99999999999999.999999, 0, '', '', '', '{{}}', '{{}}', "
    "'0001-01-01', '00:00', '00:00:00.123', '0001-01-01 00:00:00', '2000-01-01', '0001-01-01 00:00:00.5+00', "
    "'', false, '00000000-0000-0000-0000-000000000000'), "
    "(3, 32767, 9223372036854775807, 'Infinity', '-Infinity', 99999999999999.999999, 99999, "
    '\'héllo, "wörld" 日本 🎉\', \'ünïcödé\', \'ab\', \'{{"a": [1, 2.50, null],  "b": "x\\"y"}}\', '
    "'{{\"b\": 1, \"a\": [1, 2.50, null]}}', '9999-12-31', '23:59:59.999999', '23:59:59.999', "
    "'9999-12-31 23:59:59.999999', '1999-12-31 23:59:59', '1999-12-31 23:59:59.999999+05:30', "
    "'\\x00ff10', true, 'ffffffff-ffff-ffff-ffff-ffffffffffff'), "
    "(4, 0, 0, '-0', '-0', 0.000001, -1, E'line1\\nline2\\r\\n\\ttab\\\\back \\\\. \\\\N', 'a,b', 'xyz  ', "
    "'[1, \"two\"]', '[1, \"two\", {{\"k\": null}}]', '2024-02-29', '12:34:56.789012', '12:34:56.789', "
    "'1970-01-01 00:00:00.000001', '2020-02-29 12:00:00.5', '2020-06-01 12:00:00-07', '\\xdeadbeef', true, "
    "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), "
    "(5, 1, 1, 1.1, 0.1, 1.5, 42, 'NULL', ' ', 'é', '\"str\"', 'null', '1582-10-10', '00:00:00.000001', "
    "'00:00', '2262-04-11 23:47:16.854775', '1900-01-01', '0001-01-01 00:00:00+00', '\\x5c', false, "
    "'12345678-1234-5678-1234-567812345678'), "
    "(6, 6, 6, 3.4028235e38, 1.7976931348623157e308, 123.456789, 7, repeat('x', 70000), '''\"', '\"', "
    "'1e400', '12.50', '2000-02-29', '01:02:03', '01:02:03.5', '1999-01-01 01:02:03', NULL, "
    "'9999-12-31 23:59:59.999999+00', decode(repeat('ab', 5000), 'hex'), NULL, NULL), "
    "(7, 7, 7, 1e-45, 5e-324, 0.1, 0, '\\.', '\\N', '\\', '\"\\\\u00e9\"', '{{\"deep\": [[{{}}]]}}', "
    "'1970-01-01', '00:00:01', '00:00:01', '1970-01-01 00:00:00', '1970-01-01', '1970-01-01 00:00:00+00', "
    "'\\x0d0a', true, NULL), "
    "(8, 8, 8, 1.17549435e-38, 2.2250738585072014e-308, 1, 1, 'x', 'x', 'x', '0.30000000000000004', "
    "'0.30000000000000004', '2020-01-01', '12:00', '12:00', '2020-01-01 12:00', '2020-01-01 12:00', "
    "'2020-01-01 12:00+14', '\\x', false, 'abcdef01-2345-6789-abcd-ef0123456789')"
)


def text_rows(url: str, table: str, *, floats: bool = True) -> list[str]:
    """Every row as PostgreSQL's text of the row (floats in their shortest exact form, numerics
    with their scale), with the bytes of the floats (NaN, -0) and the column types."""
    import psycopg

    with psycopg.connect(url) as conn:
        found = [r[0] for r in conn.execute(f"SELECT x::text FROM {table} x ORDER BY id")]
        bits = None
        if floats:
            bits = conn.execute(f"SELECT string_agg(float4send(r)::text || float8send(d)::text, ',' ORDER BY id) "
                                f"FROM {table}").fetchone()  # fmt: skip
        types = conn.execute("SELECT string_agg(format_type(atttypid, atttypmod), ',' ORDER BY attnum) "
                             "FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0",
                             (table,)).fetchone()  # fmt: skip
    return [*found, str(bits), str(types)]


def pg_run(url: str, *sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for stmt in sql:
            conn.execute(stmt)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """What each binary COPY attempt returned (the table; the rows, None: the CSV path ran)."""
    calls: list[tuple[str, int | None]] = []
    real = bulk._binary_into

    def watched(conn: Any, table: str, columns: Any, path: str) -> int | None:
        found = real(conn, table, columns, path)
        calls.append((table, found))
        return found

    monkeypatch.setattr(bulk, "_binary_into", watched)
    return calls


def csv_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The restore of before: DuckDB's CSV into ``COPY ... (FORMAT csv)``."""
    monkeypatch.setattr(bulk, "_binary_into", lambda conn, table, columns, path: None)


def backup_of(url: str, table: str, out: Path) -> Path:
    s = session_for(url)
    try:
        create_backup(s, str(out), tables=[table])
    finally:
        s.close()
    return out


def restored(url: str, archive: Path) -> int:
    s = session_for(url)
    try:
        return sum(r.rows for r in restore(s, str(archive), replace=True))
    finally:
        s.close()


def test_binary_restore_stores_what_the_csv_restore_stores(
    pg_url: str, tmp_path: Path, spy: list[tuple[str, int | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every type the binary COPY takes, at its edges (NULLs, unicode, COPY's own escapes, numerics
    at their precision, NaN, -0, the float limits and subnormals, reals archived as doubles, times
    and time zones, a 70,000-character text, jsonb): the source's rows, byte for byte."""
    table = fresh("pgbin")
    pg_run(pg_url, EDGE_DDL.format(t=table), EDGE_ROWS.format(t=table))
    source = text_rows(pg_url, table)
    archive = backup_of(pg_url, table, tmp_path / "edge.aishell")
    assert restored(pg_url, archive) == 8
    assert spy == [(table, 8)]  # the binary COPY loaded it
    assert text_rows(pg_url, table) == source
    csv_only(monkeypatch)
    assert restored(pg_url, archive) == 8
    assert text_rows(pg_url, table) == source
    pg_run(pg_url, f"DROP TABLE {table}")


def test_a_column_binary_cannot_take_exactly_leaves_the_table_to_the_csv_copy(
    pg_url: str, tmp_path: Path, spy: list[tuple[str, int | None]]
) -> None:
    """An unconstrained numeric (archived as text) and an array (archived as JSON): the CSV COPY."""
    table = fresh("pgbin_csv")
    pg_run(pg_url, f"CREATE TABLE {table} (id int PRIMARY KEY, nu numeric, ia int[], tx text)",
           f"INSERT INTO {table} VALUES (1, 0.000000000000000001, '{{1,NULL}}', 'a'), (2, NULL, '{{}}', NULL), "
           f"(3, -123456789012345678901234567890.123456789, NULL, 'é')")  # fmt: skip
    source = text_rows(pg_url, table, floats=False)
    archive = backup_of(pg_url, table, tmp_path / "csv.aishell")
    assert restored(pg_url, archive) == 3
    assert spy == [(table, None)]
    assert text_rows(pg_url, table, floats=False) == source
    pg_run(pg_url, f"DROP TABLE {table}")


@pytest.fixture
def pg_conn(pg_url: str) -> Iterator[Any]:
    from aishell.engines.postgres.connection import PostgresConnection
    from aishell.urls import DatabaseURL

    conn = PostgresConnection.open(DatabaseURL.parse(pg_url))
    try:
        yield conn
    finally:
        conn.close()


def parquet(path: Path, **columns: pa.Array) -> str:
    pq.write_table(pa.table(columns), path)
    return str(path)


def load(conn: Any, ddl: str, path: str, columns: list[str], *, transaction: bool = True) -> tuple[Any, Any]:
    """``parquet_into`` into a new table (inside a transaction that is rolled back): the rows it
    reports and the rows the table holds, or the error's message and None."""
    if transaction:
        conn.begin()
    try:
        conn.execute(ddl).close()
        try:
            copied = bulk.parquet_into(conn, "tgt", columns, path)
        except QueryError as exc:
            return exc.message, None
        return copied, conn.query_all("SELECT * FROM tgt ORDER BY 1")
    finally:
        if transaction:
            conn.rollback()
        else:
            conn.execute("DROP TABLE tgt").close()


@pytest.mark.parametrize("transaction", [True, False])
def test_a_value_binary_refuses_mid_stream_is_loaded_by_the_csv_copy_alone(
    pg_conn: Any, tmp_path: Path, spy: list[tuple[str, int | None]], transaction: bool
) -> None:
    """A uuid in braces (PostgreSQL's form, not the canonical one) stops DuckDB after the rows before
    it were sent: the binary COPY is undone (to its savepoint inside a transaction) and the CSV COPY
    loads every row once."""
    path = parquet(tmp_path / "u.parquet", id=pa.array([1, 2, 3], pa.int32()),
                   u=pa.array(["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None, "{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12}"]))  # fmt: skip
    ddl = "CREATE TABLE tgt (id int PRIMARY KEY, u uuid)"
    outcome, found = load(pg_conn, ddl, path, ["id", "u"], transaction=transaction)
    assert spy == [("tgt", None)]
    assert outcome == 3
    assert [(r[0], str(r[1]) if r[1] else None) for r in found] == [
        (1, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), (2, None), (3, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12")]  # fmt: skip
    assert not pg_conn.in_transaction


def test_errors_are_the_csv_copys(pg_conn: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A NULL into NOT NULL (refused by the server) and a double out of real's range (refused by
    DuckDB's check): the error the CSV COPY of before reports, with nothing kept."""
    cases = [
        ("CREATE TABLE tgt (id int, s text NOT NULL)",
         parquet(tmp_path / "n.parquet", id=pa.array([1, 2], pa.int32()), s=pa.array(["a", None])), ["id", "s"]),
        ("CREATE TABLE tgt (id int, r real)",
         parquet(tmp_path / "r.parquet", id=pa.array([1, 2], pa.int32()), r=pa.array([1.5, 1e39])), ["id", "r"]),
        ("CREATE TABLE tgt (id int, r real)",
         parquet(tmp_path / "z.parquet", id=pa.array([1, 2], pa.int32()), r=pa.array([1.5, 1e-46])), ["id", "r"]),
    ]  # fmt: skip
    found = [load(pg_conn, ddl, path, cols) for ddl, path, cols in cases]
    csv_only(monkeypatch)
    before = [load(pg_conn, ddl, path, cols) for ddl, path, cols in cases]
    assert found == before
    assert [f[1] for f in found] == [None, None, None]
    assert "not-null constraint" in found[0][0] and "out of range for type real" in found[1][0], found
    assert "out of range for type real" in found[2][0], found


def test_integers_widen_and_reals_round_as_the_server_reads_their_text(
    pg_conn: Any, tmp_path: Path, spy: list[tuple[str, int | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Narrow and unsigned integers into wider columns and numeric; doubles into real as float4in reads
    their text (1 + 2**-24, halfway between two reals, is read as the larger: a cast would round it
    to 1); milliseconds into timestamp: the CSV COPY's values."""
    path = parquet(tmp_path / "w.parquet", a=pa.array([-128, 127, None], pa.int8()),
                   b=pa.array([0, 65535, 7], pa.uint16()), c=pa.array([0, 2**64 - 1, None], pa.uint64()),
                   r=pa.array([0.1, 1 + 2**-24, 1e-45]), m=pa.array([0, -1, 10**12], pa.timestamp("ms")))  # fmt: skip
    ddl = "CREATE TABLE tgt (a smallint, b int, c numeric(20), r real, m timestamp(3))"
    cols = ["a", "b", "c", "r", "m"]
    found = load(pg_conn, ddl, path, cols)
    assert spy == [("tgt", 3)]
    csv_only(monkeypatch)
    assert found == load(pg_conn, ddl, path, cols)
