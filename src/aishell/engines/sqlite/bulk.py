"""SQLite's loads of whole Arrow columns (restore of Parquet, import of CSV).

SQLite has no bulk path besides ``executemany``: the loader binds Python values.  Instead of
converting each value on its own (the loader's parser, then :meth:`SQLiteTypes.adapter
<aishell.engines.sqlite.types.SQLiteTypes.adapter>`), :func:`arrow_binder` gives, for the column
kinds it knows, a function that makes a whole column's bind values at once with Arrow compute --
exactly the values the per-value path would bind (see ``tests/unit/test_load_fast_sqlite.py``).
Anything else (a kind not listed, a value it cannot prove the same, a column of numeric affinity
declared in SQLite) gets None and the per-value path.

pyarrow is imported only when used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aishell.engines import arrowtext
from aishell.engines.sqlite.types import TYPES, affinity
from aishell.engines.types import ColType

Binder = Callable[[Any], "list[Any] | None"]

_INT_LIMIT = {"smallint": 2**15, "int": 2**31, "bigint": 2**63}
_TEXT_KINDS = ("text", "json")


def arrow_binder(ct: ColType, source: str) -> Binder | None:
    """For a column of ``ct`` loaded from Arrow columns -- ``source`` ``native`` (typed columns, as
    Parquet holds them) or ``text`` (CSV fields): a function from an Arrow column to its bind
    values, or to None when a value needs the per-value path; None when this kind is not handled."""
    if source == "native":
        return _native_binder(ct)
    if source == "text":
        return _text_binder(ct)
    return None


def _pylist(arr: Any) -> list[Any]:
    return list(arr.to_pylist())


def _native_binder(ct: ColType) -> Binder | None:
    import pyarrow as pa

    types = pa.types
    kind = ct.kind
    numeric = TYPES.owns(ct) and affinity(ct.native) in ("INTEGER", "REAL", "NUMERIC")

    def bind(col: Any) -> list[Any] | None:
        t = col.type
        if kind in _INT_LIMIT and types.is_integer(t):
            return _pylist(col)  # an integer is bound as it is (the parser keeps it)
        if kind == "bool" and types.is_boolean(t):
            return _pylist(col)
        if kind == "float" and types.is_floating(t):
            return _floats(col)
        if kind in _TEXT_KINDS and (types.is_string(t) or types.is_large_string(t)):
            return _pylist(col)
        if kind == "binary" and (types.is_binary(t) or types.is_large_binary(t) or types.is_fixed_size_binary(t)):
            return _pylist(col)
        if kind == "decimal" and types.is_decimal(t) and not numeric:
            return _decimals(col, ct)
        if kind in ("timestamp", "timestamptz") and types.is_timestamp(t):
            text = arrowtext.timestamp_text(col, offset=t.tz is not None)  # aware values print their offset
            return None if text is None else _pylist(text)
        if kind == "date" and types.is_date32(t):
            text = arrowtext.date_text(col)
            return None if text is None else _pylist(text)
        if kind == "time" and types.is_time64(t):
            text = arrowtext.time_text(col)
            return None if text is None else _pylist(text)
        return None

    return bind


def _floats(col: Any) -> list[Any]:
    import pyarrow.compute as pc

    values = _pylist(col)
    if pc.any(pc.is_nan(col)).as_py():  # SQLite would store a NaN as NULL: it is kept as the text NaN
        values = ["NaN" if v is not None and v != v else v for v in values]
    return values


def _decimals(col: Any, ct: ColType) -> list[Any] | None:
    """A decimal in a column SQLite does not read as a number: its positional text, every digit.
    The parser refuses a number with more whole digits than ``ct`` allows: a column whose type
    allows more than ``ct`` goes the per-value way."""
    t = col.type
    if ct.precision and t.precision - t.scale > ct.precision - (ct.scale or 0):
        return None
    text = arrowtext.decimal_text(col)
    return None if text is None else _pylist(text)


def _text_binder(ct: ColType) -> Binder | None:
    kind = ct.kind

    def bind(col: Any) -> list[Any] | None:
        import pyarrow as pa
        import pyarrow.compute as pc

        if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
            return None
        if kind == "text":
            if ct.length and len(col) > col.null_count and pc.max(pc.utf8_length(col)).as_py() > ct.length:
                return None  # the parser names the value that is too long
            return _pylist(col)
        if kind in _INT_LIMIT:
            ints = arrowtext.plain_integers(col, _INT_LIMIT[kind])
            return None if ints is None else _pylist(ints)
        if kind == "timestamptz":
            stamps = arrowtext.utc_timestamps(col)
            text = None if stamps is None else arrowtext.timestamp_text(stamps, offset=True)
            return None if text is None else _pylist(text)
        return None

    return bind
