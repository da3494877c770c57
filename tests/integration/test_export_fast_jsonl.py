"""PostgreSQL's JSON-lines fast path (COPY, Arrow's CSV reader, JSON texts made a column at a
time: :mod:`aishell.engines.postgres.jsonout`) writes the generic writer's bytes exactly.

The generic path is the same session and ``JSONWriter`` without ``binary=``: psycopg's values
encoded one by one."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from data_helpers import drop, execute, fresh, session_for

from aishell.output.formats import JSONWriter

pytest.importorskip("pyarrow")
pytestmark = pytest.mark.integration

TABLE = """CREATE TABLE {t} (id int PRIMARY KEY, s smallint, b bigint, n numeric, n2 numeric(12,2), ok boolean,
  tx text, vc varchar(20), ch char(5), j json, jb jsonb, iv interval, u uuid, d date, ts timestamp,
  tz timestamptz)"""
ROWS = """INSERT INTO {t} VALUES
 (1, -32768, 9223372036854775807, 'NaN', 1.5, true, 'a "q" \\ b' || chr(10) || chr(13) || chr(9) || chr(8) ||
  chr(12) || chr(1) || chr(31) || ' ü ✓ 🎉 ' || chr(8232), 'x,y', 'ab', '{{"k": [1, 2]}}', '{{"k": [1, 2]}}',
  '1 mon 2 days 03:04:05.5', '12345678-1234-5678-1234-567812345678', '2024-02-29', '2024-01-02 03:04:05.1',
  '2024-01-02 03:04:05.123456+00'),
 (2, 0, 0, 'Infinity', -0.01, false, '', '', '', 'null', '[]', '-00:00:01', '00000000-0000-0000-0000-000000000000',
  'infinity', '-infinity', 'infinity'),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (4, 1, -1, '-Infinity', 0, true, 'NULL', '\\N', 'x', '"s"', '3.50', '0', '12345678-1234-5678-1234-567812345678',
  '0099-01-01', '0099-01-01 00:00:00', '1900-06-01 12:00:00.000010+00'),
 (5, 2, 2, '123456789012345678901234567890.000000001', 99.99, false, repeat('é', 5000), 'v', 'y', '1', '{{}}', '1 year',
  NULL, '9999-12-31', '2024-06-30 23:59:59.999999', '2024-06-30 23:59:59.99999+05:30')"""


@pytest.fixture(scope="module")
def table(pg_url: str) -> Iterator[str]:
    """Built once for the module: every test only reads it (a rolled-back BEGIN at most)."""
    t = fresh("fastjsonl")
    execute(pg_url, TABLE.format(t=t), ROWS.format(t=t),
            f"INSERT INTO {t} (id, b, n2, ok, tx, d, ts, tz) SELECT g, g * 7, g / 100.0, g % 3 = 0, "
            f"CASE WHEN g % 3 = 0 THEN 'v\"' || g WHEN g % 3 = 1 THEN '' END, DATE '2020-01-01' + g, "
            f"CASE WHEN g % 17 <> 0 THEN TIMESTAMP '2020-01-01' + g * INTERVAL '1.000013 second' END, "
            f"CASE WHEN g < 30000 OR g % 19 <> 0 THEN TIMESTAMPTZ '2020-01-01 00:00:00+00' + g * INTERVAL '1.1 second' END "
            f"FROM generate_series(10, 40000) g")  # fmt: skip
    yield t
    drop(pg_url, t)


def _jsonl(url: str, sql: str, fast: bool, *setup: str) -> bytes:
    s = session_for(url)
    try:
        for stmt in setup:
            assert s.run(stmt, JSONWriter(io.StringIO()), assume_yes=True).error is None
        out = io.BytesIO()
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)

        def raw(data: bytes) -> None:
            text.flush()
            out.write(data)

        result = s.run(sql, JSONWriter(text, lines=True, binary=raw if fast else None), assume_yes=True)
        assert result.error is None, result.error
        text.flush()
        return out.getvalue()
    finally:
        s.close()


@pytest.mark.no_cover
@pytest.mark.parametrize("zone", ["UTC", "Asia/Kolkata", "Europe/Amsterdam", "America/St_Johns"])
def test_fast_jsonl_writes_the_generic_bytes(pg_url: str, table: str, zone: str) -> None:
    # every column in UTC and in the negative half-hour zone; in the other two zones the columns the
    # session's zone can change (timestamptz, beside timestamp and date), every row
    cols = "*" if zone in ("UTC", "America/St_Johns") else "id, tz, ts, d"
    sql = f"SELECT {cols} FROM {table} ORDER BY id"
    setup = f"SET TIME ZONE '{zone}'"
    fast = _jsonl(pg_url, sql, True, setup)
    assert fast.count(b"\n") == 40_000 - 10 + 1 + 5
    assert fast == _jsonl(pg_url, sql, False, setup)


def test_the_fast_path_is_taken_and_others_fall_back(pg_url: str, table: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from aishell.engines.postgres import connection

    s = session_for(pg_url)
    try:
        conn = s.connection()
        chunks: list[bytes] = []
        assert conn.copy_out_csv(f"SELECT id, tz FROM {table}", chunks.append, fmt="jsonl") == 40_000 - 10 + 1 + 5
        assert b"".join(chunks).startswith(b'{"id": ')
        chunks.clear()
        assert conn.copy_out_csv("SELECT 0.1::float8 AS f, 1::real AS r", chunks.append, fmt="jsonl") == 1
        assert b"".join(chunks) == b'{"f": 0.1, "r": 1.0}\n'
        # a type it does not take (time, bytea, money ...): the generic path
        assert conn.copy_out_csv("SELECT TIME '01:02:03' AS t", chunks.append, fmt="jsonl") is None
        s.run("BEGIN", JSONWriter(io.StringIO()), assume_yes=True)
        assert conn.copy_out_csv(f"SELECT id FROM {table}", chunks.append, fmt="jsonl") is None
        s.run("ROLLBACK", JSONWriter(io.StringIO()), assume_yes=True)
        # another client encoding: psycopg decodes it, Arrow would not
        s.run("SET client_encoding = 'LATIN1'", JSONWriter(io.StringIO()), assume_yes=True)
        assert conn.copy_out_csv(f"SELECT id FROM {table}", chunks.append, fmt="jsonl") is None
    finally:
        s.close()
    assert connection  # the module the fast path lives beside


def test_expressions_and_a_timestamp_out_of_pythons_range(pg_url: str, table: str) -> None:
    # a NULL alone on its line (one column) is a row; NULL timestamps among regular ones stay null
    for sql in (f"SELECT id, tz + INTERVAL '1 microsecond' AS \"k\"\"%s\", upper(tx), d - 1 FROM {table} ORDER BY id",
                "SELECT 1 AS a WHERE false", f"SELECT tx FROM {table} ORDER BY id", f"SELECT ts FROM {table} ORDER BY id",
                "SELECT NULL::int AS a, '' AS b FROM generate_series(1, 3) UNION ALL SELECT NULL, NULL"):  # fmt: skip
        assert _jsonl(pg_url, sql, True) == _jsonl(pg_url, sql, False)
    bc = "SELECT TIMESTAMP '0044-03-15 BC' AS t"
    with pytest.raises(AssertionError, match="out of Python's range"):  # the statement's error
        _jsonl(pg_url, bc, True)
    with pytest.raises(Exception, match="before year 1"):  # the generic path: psycopg's own error
        _jsonl(pg_url, bc, False)


FLOATS = """SELECT id, f::float8 AS f, r::real AS r, w::float8 AS w FROM (VALUES
 (1, '1e16', '0.1', '1'), (2, '0.1', '16777217', '2'), (3, '1e-7', '3.4028235e38', '3'), (4, '-0', '1e-45', '4'),
 (5, 'NaN', '0.0001', '5'), (6, 'Infinity', '1.5', '6'), (7, '-Infinity', '100', '7'), (8, '1.0', NULL, '8'),
 (9, '1e15', 'NaN', '9'), (10, '1.5e15', '-Infinity', '10'), (11, '9007199254740993', '-0', '11'),
 (12, '123456789012345.6', '0.00001', '12'), (13, '0.0001', '123456.7', '13'), (14, '0.00001', '1234567', '14'),
 (15, '0.00012', '0.3', '15'), (16, '1e-300', '2.5e-5', '16'), (17, '5e-324', '99999.99', '17'),
 (18, '999999999999999.9', '1e6', '18'), (19, '9007199254740992', '3.14159274', '19'), (20, NULL, '0', '20'),
 (21, '0.30000000000000004', '100.00001', '21')) v(id, f, r, w)
UNION ALL SELECT g, CASE WHEN g % 7 = 0 THEN NULL WHEN g < 20000 THEN g % 1000 ELSE g * 1.37 / 3 END,
  CASE WHEN g < 30000 THEN g % 100 ELSE g * 0.37 END, g FROM generate_series(100, 40000) g ORDER BY 1"""


@pytest.mark.parametrize("digits", ["1", "0", "3"])
def test_floats_write_what_repr_writes(pg_url: str, digits: str) -> None:
    # whole numbers (".0" added), positional fractions, exponents, NaN and infinities, NULLs; in
    # blocks of whole numbers only, of a mix, of values with exponents; rounded text too
    setup = f"SET extra_float_digits = {digits}"
    fast = _jsonl(pg_url, FLOATS, True, setup)
    assert fast.count(b"\n") == 21 + 40_000 - 100 + 1
    assert b'"f": 1e+16, "r": 0.1, "w": 1.0}' in fast and b'"f": "nan"' in fast
    assert fast == _jsonl(pg_url, FLOATS, False, setup)


def test_cancel_while_the_fast_path_streams(pg_url: str, table: str) -> None:
    from aishell.errors import QueryCancelledError

    s = session_for(pg_url)
    try:
        conn = s.connection()
        calls: list[int] = []

        def write(data: bytes) -> None:
            calls.append(len(data))
            if len(calls) == 1:
                conn.cancel()

        big = f"SELECT a.id, a.tx FROM {table} a, {table} b"  # 1.6 billion rows: never read to the end
        with pytest.raises(QueryCancelledError):
            conn.copy_out_csv(big, write, fmt="jsonl")
        assert conn.query_all("SELECT 2") == [(2,)]  # the connection survived
    finally:
        s.close()
