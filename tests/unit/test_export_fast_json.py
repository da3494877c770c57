"""The JSON writer's per-column encoders write what ``json_value`` writes, value for value.

Columns of datetimes, dates, times, decimals and UUIDs are encoded without a ``json.dumps`` per
value, and each row is joined by one %-template: the bytes must stay those of the per-value path
(``{"key": json_value(v), ...}``) on tricky values."""

from __future__ import annotations

import datetime as dt
import decimal
import io
import uuid
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from aishell.engines.base import ResultColumn
from aishell.output.formats import JSONWriter, json_value

TZ = [None, dt.UTC, ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Kolkata"),
      dt.timezone(dt.timedelta(hours=-3, minutes=-30, seconds=-10))]  # fmt: skip
COLUMNS: dict[str, list[Any]] = {
    "ts": [dt.datetime(2024, 1, 2, 3, 4, 5, us, tzinfo=tz) for us in (0, 7, 123456, 999999) for tz in TZ]
    + [dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59, 999999), None],
    "d": [dt.date(2024, 2, 29), dt.date(1, 1, 1), None],
    "t": [dt.time(12, 34, 56), dt.time(0, 0, 0, 1), dt.time(23, 59, 59, 999999, tzinfo=dt.UTC), None],
    "n": [decimal.Decimal(x) for x in ("1.50", "-0", "0E-9", "1E+5", "12345678901234567890.123456789", "NaN",
                                       "Infinity", "-Infinity", "sNaN", "-0.00")] + [None],
    "u": [uuid.UUID(int=0), uuid.UUID("12345678-1234-5678-1234-567812345678"), None],
    "s": ["", 'a "q" \\ b', "line\nbreak\ttab\r\x00\x1f", "ünïcødé ✓ 🎉", "\u2028", None],
}


def _expected(keys: list[str], rows: list[tuple[Any, ...]]) -> str:
    import json

    quoted = [json.dumps(k, ensure_ascii=False) for k in keys]
    return "".join("{" + ", ".join(f"{k}: {'null' if v is None else json_value(v)}" for k, v in zip(quoted, row,
                                                                                                   strict=True))
                   + "}\n" for row in rows)  # fmt: skip


def _written(keys: list[str], rows: list[tuple[Any, ...]], lines: bool = True) -> str:
    out = io.StringIO()
    w = JSONWriter(out, lines=lines)
    w.begin([ResultColumn(k, "") for k in keys])
    w.rows(rows)
    return out.getvalue()


@pytest.mark.parametrize("name", list(COLUMNS))
def test_one_type_columns_match_json_value(name: str) -> None:
    values = COLUMNS[name]
    rows = [(v, i) for i, v in enumerate(values)]
    assert _written([name, "i"], rows) == _expected([name, "i"], rows)


def test_mixed_columns_and_odd_keys() -> None:
    keys = ["%s", "100%", 'q"k', "ü", "{x}"]
    n = max(len(v) for v in COLUMNS.values())
    cols = [COLUMNS[c] for c in ("ts", "n", "s", "u", "d")]
    rows = [tuple(col[i % len(col)] for col in cols) for i in range(n)]
    rows.append(("text in a timestamp column", decimal.Decimal(1), 5, 2.5, True))  # mixed types: per value
    assert _written(keys, rows) == _expected(keys, rows)


def test_a_json_array_is_unchanged() -> None:
    rows = [(dt.datetime(2024, 1, 2, tzinfo=dt.UTC), decimal.Decimal("1.5")), (None, None)]
    assert _written(["a", "b"], rows, lines=False) == (
        '[\n{"a": "2024-01-02T00:00:00+00:00", "b": 1.5},\n{"a": null, "b": null}'
    )
