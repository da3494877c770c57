"""SQLite's whole-column binds (engines/sqlite/bulk.py) are exactly the per-value path's binds.

For each column kind the loader's column path hands to the engine, the values bound must be the
ones the per-value path binds -- the loader's parser of the value kind, then SQLite's adapter --
value for value and type for type; and the common kinds must take the column path at all (else
the speed is gone without a test noticing)."""

from __future__ import annotations

import datetime as dt
import decimal
import math
import random
from typing import Any

import pyarrow as pa
import pytest

from aishell.engines.sqlite.bulk import arrow_binder
from aishell.engines.types import ColType
from aishell.services.data.arrowtypes import python_values
from aishell.services.data.typemap import adapter, value_maker

UTC = dt.UTC


def per_value(col: Any, ct: ColType, kind: str) -> list[Any]:
    parse, adapt = value_maker(kind, ct, "sqlite"), adapter("sqlite", ct)
    out = []
    for v in python_values(col):
        if v is None:
            out.append(None)
            continue
        v = parse(v)
        out.append(adapt(v) if adapt is not None else v)
    return out


def same(a: list[Any], b: list[Any]) -> bool:
    """Equal values of equal types (1 and 1.0 and True differ in SQLite)."""
    return len(a) == len(b) and all(
        type(x) is type(y) and (x == y or (isinstance(x, float) and math.isnan(x) and math.isnan(y)))
        for x, y in zip(a, b, strict=True)
    )


rnd = random.Random(15)
STAMPS = [dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59, 999999), dt.datetime(1970, 1, 1),
          dt.datetime(999, 3, 4, 5, 6, 7, 800000), dt.datetime(2020, 2, 29, 12, 0, 0, 1)] + [
    dt.datetime(2000, 1, 1) + dt.timedelta(microseconds=rnd.randrange(-10**16, 10**16)) for _ in range(300)
]  # fmt: skip
DECIMALS = [decimal.Decimal(x) for x in ("0.00", "-0.50", "1234567890.12", "99.99", "-99999999.99", "0.01")] + [
    decimal.Decimal(rnd.randrange(-10**12, 10**12)).scaleb(-2) for _ in range(300)
]
WIDE = [decimal.Decimal(x) for x in ("0E-10", "1E-10", "-1E-7", "0.0000010000", "-1234567890123456789.1234567891")]

NATIVE_CASES = [
    ("int", pa.array([1, -(2**31), 2**31 - 1, None, 0], pa.int32())),
    ("bigint", pa.array([2**63 - 1, -(2**63), None], pa.int64())),
    ("smallint", pa.array([1, None, -5], pa.int16())),
    ("bool", pa.array([True, False, None])),
    ("float", pa.array([0.1, 1e-7, 1e20, -0.0, float("inf"), float("nan"), None, 5e-324])),
    ("text", pa.array(["a\tb", "", None, "ünï\n", "x" * 1000])),
    ("json", pa.array(['{"a": 1}', None])),
    ("binary", pa.array([b"\x00\xff", b"", None])),
    ("decimal", pa.array([*DECIMALS, None], pa.decimal128(12, 2))),
    ("decimal", pa.array([*WIDE, None], pa.decimal128(38, 10))),
    ("timestamp", pa.array([*STAMPS, None], pa.timestamp("us"))),
    ("timestamptz", pa.array([s.replace(tzinfo=UTC) for s in STAMPS] + [None], pa.timestamp("us", tz="UTC"))),
    ("date", pa.array([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(999, 1, 2), None, dt.date(2020, 2, 29)])),
    ("time", pa.array([dt.time(0, 0), dt.time(23, 59, 59, 999999), dt.time(10, 0, 0, 5), None], pa.time64("us"))),
]


@pytest.mark.parametrize(("kind", "col"), NATIVE_CASES, ids=[f"{k}-{c.type}" for k, c in NATIVE_CASES])
def test_typed_columns_bind_what_the_per_value_path_binds(kind: str, col: Any) -> None:
    ct = ColType(kind, precision=12 if kind == "decimal" else None, scale=2 if kind == "decimal" else None)
    if kind == "decimal" and col.type.scale == 10:
        ct = ColType("decimal", precision=38, scale=10)
    binder = arrow_binder(ct, "native")
    assert binder is not None
    fast = binder(col)
    assert fast is not None, "the column path must take this column"
    assert same(fast, per_value(col, ct, "native")), (fast[:5], per_value(col, ct, "native")[:5])


def test_values_beyond_pythons_dates_take_the_per_value_path() -> None:
    # DuckDB writes PostgreSQL's infinity as the largest 64-bit integer: the per-value path makes it 'infinity'
    far = pa.array([2**63 - 1, 0], pa.int64()).cast(pa.timestamp("us"))
    assert arrow_binder(ColType("timestamp"), "native")(far) is None  # type: ignore[misc]
    days = pa.array([2**31 - 1, 0], pa.int32()).cast(pa.date32())
    assert arrow_binder(ColType("date"), "native")(days) is None  # type: ignore[misc]


def test_a_decimal_wider_than_its_column_takes_the_per_value_path() -> None:
    # the parser checks the whole digits: a column of decimal(5,2) gets values of a decimal(12,2) file
    col = pa.array([decimal.Decimal("1234567.00")], pa.decimal128(12, 2))
    assert arrow_binder(ColType("decimal", precision=5, scale=2), "native")(col) is None  # type: ignore[misc]


def test_numeric_affinity_columns_of_sqlite_are_left_to_the_adapter() -> None:
    ct = ColType("decimal", precision=10, scale=2, native="NUMERIC(10,2)", native_dialect="sqlite")
    assert arrow_binder(ct, "native")(pa.array([decimal.Decimal("1.50")], pa.decimal128(10, 2))) is None  # type: ignore[misc]


TEXT_CASES = [
    ("int", ColType("int"), ["1", "-2147483648", "2147483647", None, "007", "-0"]),
    ("bigint", ColType("bigint"), ["9223372036854775807", "-9223372036854775808", None]),
    ("text", ColType("text"), ["a", "", None, "ünï"]),
    ("varchar", ColType("text", length=3), ["abc", "ü", None]),
    ("timestamptz", ColType("timestamptz"), ["2020-01-01 00:00:01+00", "2020-01-01 10:00:00.5+00:00",
                                              "2020-01-01T10:00:00.123456Z", "0001-01-01 00:00:00-00", None]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "ct", "values"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_csv_columns_bind_what_the_per_value_path_binds(name: str, ct: ColType, values: list[Any]) -> None:
    col = pa.array(values, pa.string())
    binder = arrow_binder(ct, "text")
    assert binder is not None
    fast = binder(col)
    assert fast is not None, "the column path must take this column"
    assert same(fast, per_value(col, ct, "text"))


@pytest.mark.parametrize(
    ("ct", "values"),
    [
        (ColType("int"), ["1", " 2"]),  # Python's int() reads a blank: the parser decides
        (ColType("int"), ["2147483648"]),  # out of range: the parser names it
        (ColType("smallint"), ["1_000"]),
        (ColType("text", length=2), ["abc"]),
        (ColType("timestamptz"), ["2020-01-01 00:00:00+02"]),  # another offset: Python keeps it
        (ColType("timestamptz"), ["2020-01-01 00:00:00.1234567+00"]),  # past microseconds
        (ColType("timestamptz"), ["infinity"]),
        (ColType("timestamptz"), ["2020-02-30 00:00:00+00"]),
    ],
)
def test_csv_values_the_column_path_cannot_prove_go_the_per_value_way(ct: ColType, values: list[str]) -> None:
    binder = arrow_binder(ct, "text")
    assert binder is not None
    assert binder(pa.array(values, pa.string())) is None
