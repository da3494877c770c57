"""MySQL/MariaDB's LOAD DATA file made from typed Arrow columns (restore of Parquet) holds the
values the per-value path writes (the loader's parser, the adapter, ``write_mysql_tsv``).

Integers, booleans, texts, dates and timestamps must be the very same text; decimals and doubles
the same numbers (Arrow writes ``1e-7`` where Python writes ``1e-07``).  What this path cannot
prove equal (a decimal the column would round, a time with more decimal places of seconds than
the column keeps, a date beyond Python's years) gives None: the per-value path."""

from __future__ import annotations

import datetime as dt
import decimal
import io
import random
from typing import Any

import pyarrow as pa
import pytest

from aishell.engines.mysql.bulk import mysql_tsv_from_arrow, write_mysql_tsv
from aishell.engines.types import ColType
from aishell.services.data.arrowtypes import python_values
from aishell.services.data.typemap import adapter, value_maker

rnd = random.Random(15)
STAMPS = [dt.datetime(1000, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59, 999999), dt.datetime(1970, 1, 1, 0, 0, 1)] + [
    dt.datetime(2000, 1, 1) + dt.timedelta(microseconds=rnd.randrange(-10**15, 10**15)) for _ in range(200)
]  # fmt: skip
N = len(STAMPS)


def column_values() -> dict[str, tuple[ColType, Any]]:
    def pick(values: list[Any]) -> list[Any]:
        return [values[i % len(values)] if i % 7 else None for i in range(N)]

    return {
        "i": (ColType("int"), pa.array(pick([1, -(2**31), 2**31 - 1, 0]), pa.int32())),
        "b": (ColType("bigint"), pa.array(pick([2**63 - 1, -(2**63), 5]), pa.int64())),
        "bo": (ColType("bool"), pa.array(pick([True, False]))),
        "f": (ColType("float"), pa.array(pick([0.1, 1e-7, 1e20, -0.0, 5e-324, 123456789.123]))),
        "t": (ColType("text"), pa.array(pick(["a\tb", "", "ünï\n", "back\\slash", "cr\r", "nul\x00"]))),
        "n": (ColType("decimal", precision=12, scale=2),
              pa.array(pick([decimal.Decimal(rnd.randrange(-10**12, 10**12)).scaleb(-2) for _ in range(50)]),
                       pa.decimal128(12, 2))),
        "w": (ColType("decimal", precision=38, scale=10),
              pa.array(pick([decimal.Decimal(x) for x in ("0E-10", "1E-10", "-1E-7", "12345678.9")]),
                       pa.decimal128(38, 10))),
        "d": (ColType("date"), pa.array(pick([dt.date(1000, 1, 1), dt.date(9999, 12, 31), dt.date(2020, 2, 29)]))),
        "ts": (ColType("timestamp"), pa.array(STAMPS, pa.timestamp("us"))),
        "tz": (ColType("timestamptz"), pa.array([s.replace(tzinfo=dt.UTC) for s in STAMPS],
                                                 pa.timestamp("us", tz="UTC"))),
    }  # fmt: skip


def per_value_tsv(rb: Any, types: list[ColType]) -> bytes:
    columns = []
    for col, ct in zip(rb.columns, types, strict=True):
        parse, adapt = value_maker("native", ct, "mysql"), adapter("mysql", ct)
        columns.append([None if v is None else (adapt(parse(v)) if adapt else parse(v)) for v in python_values(col)])
    buf = io.BytesIO()
    write_mysql_tsv(buf, list(zip(*columns, strict=True)), [False] * len(types))
    return buf.getvalue()


def test_typed_columns_make_the_same_load_file() -> None:
    cols = column_values()
    types = [ct for ct, _a in cols.values()]
    rb = pa.RecordBatch.from_arrays([a for _ct, a in cols.values()], names=list(cols))
    fast = mysql_tsv_from_arrow(rb, types, [True] * len(types))
    assert fast is not None, "typed columns must take the Arrow path"
    slow = per_value_tsv(rb, types)
    fast_rows = [line.split(b"\t") for line in fast.split(b"\n")]
    slow_rows = [line.split(b"\t") for line in slow.split(b"\n")]
    assert len(fast_rows) == len(slow_rows) == N + 1
    for fr, sr in zip(fast_rows[:-1], slow_rows[:-1], strict=True):
        for name, a, b in zip(cols, fr, sr, strict=True):
            if name in ("n", "w") and a != b"\\N":
                assert decimal.Decimal(a.decode()) == decimal.Decimal(b.decode()), (name, a, b)
                assert b"E" not in a  # positional: the server reads every digit
            elif name == "f" and a != b"\\N":
                assert float(a) == float(b) and str(float(a)) == str(float(b)), (name, a, b)
            else:
                assert a == b, (name, a, b)


@pytest.mark.parametrize(
    ("ct", "arr"),
    [
        # more decimal places than the column keeps: the server would round it
        (ColType("decimal", precision=12, scale=1), pa.array([decimal.Decimal("1.25")], pa.decimal128(12, 2))),
        # DATETIME keeps no fraction of a second unless declared with one
        (ColType("timestamp", native="datetime", native_dialect="mysql"),
         pa.array([dt.datetime(2020, 1, 1, 0, 0, 0, 500000)], pa.timestamp("us"))),
        # DuckDB's infinity: beyond Python's dates (the per-value path passes 'infinity' on)
        (ColType("timestamp"), pa.array([2**63 - 1], pa.int64()).cast(pa.timestamp("us"))),
        # a kind this path does not format
        (ColType("time"), pa.array([dt.time(1, 2)], pa.time64("us"))),
        # int into a boolean column: the per-value path sends the integer
        (ColType("bool"), pa.array([2], pa.int64())),
    ],
)  # fmt: skip
def test_what_cannot_be_proved_the_same_goes_the_per_value_way(ct: ColType, arr: Any) -> None:
    rb = pa.RecordBatch.from_arrays([arr], names=["c"])
    assert mysql_tsv_from_arrow(rb, [ct], [True]) is None


def test_a_datetime_with_a_fraction_it_keeps_is_formatted() -> None:
    ct = ColType("timestamp", native="datetime(3)", native_dialect="mysql")
    rb = pa.RecordBatch.from_arrays([pa.array([dt.datetime(2020, 1, 1, 0, 0, 0, 500000)], pa.timestamp("us"))], ["c"])
    assert mysql_tsv_from_arrow(rb, [ct], [True]) == b"2020-01-01 00:00:00.500000\n"


def test_a_null_in_a_not_null_column_goes_the_per_value_way() -> None:
    rb = pa.RecordBatch.from_arrays([pa.array([1, None], pa.int32())], ["c"])
    assert mysql_tsv_from_arrow(rb, [ColType("int")], [False]) is None
