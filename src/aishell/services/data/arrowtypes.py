"""Arrow types for :class:`~aishell.engines.types.ColType` and back (Parquet files)."""

from __future__ import annotations

from typing import Any

from aishell.engines import dialect_of
from aishell.engines.types import ColType


def from_arrow(t: Any) -> ColType:
    import pyarrow as pa

    types = pa.types
    if types.is_boolean(t):
        return ColType("bool")
    if types.is_int8(t) or types.is_int16(t) or types.is_uint8(t):
        return ColType("smallint")
    if types.is_int32(t) or types.is_uint16(t):
        return ColType("int")
    if types.is_int64(t) or types.is_uint32(t):
        return ColType("bigint")
    if types.is_uint64(t):
        return ColType("decimal", precision=20, scale=0)
    if types.is_floating(t):
        return ColType("float")
    if types.is_decimal(t):
        return ColType("decimal", precision=t.precision, scale=t.scale)
    if types.is_string(t) or types.is_large_string(t):
        return ColType("text")
    if types.is_binary(t) or types.is_large_binary(t) or types.is_fixed_size_binary(t):
        return ColType("binary")
    if types.is_date(t):
        return ColType("date")
    if types.is_time(t):
        return ColType("time")
    if types.is_duration(t):
        return ColType("interval")
    if types.is_timestamp(t):
        return ColType("timestamptz" if t.tz else "timestamp")
    if types.is_list(t) or types.is_large_list(t):
        return ColType("array", element=from_arrow(t.value_type))
    if types.is_struct(t) or types.is_map(t):
        return ColType("json")
    return ColType("text")


def to_arrow(ct: ColType) -> Any:
    """The Arrow type a column of ``ct`` is written as.  Exact for every kind."""
    import pyarrow as pa

    kind = ct.kind
    if kind == "bool":
        return pa.bool_()
    if kind == "smallint":
        return pa.int16()
    if kind == "int":
        return pa.int32()
    if kind == "bigint":
        return pa.int64()
    if kind == "float":
        return pa.float64()
    if kind == "decimal":
        if ct.precision and ct.precision <= 38:
            return pa.decimal128(ct.precision, ct.scale or 0)
        return pa.string()  # unconstrained numeric: exact as text
    if kind == "binary":
        return pa.binary()
    if kind == "date":
        return pa.date32()
    if kind == "time":
        # a TIME that is a duration (MySQL's: -838:59:59 to 838:59:59, PyMySQL returns timedeltas)
        if dialect_of(ct.native_dialect).type_rules.time_is_duration:
            return pa.duration("us")
        # Arrow's times have no offset: a time with time zone keeps it as ISO text
        native = (ct.native or "").lower()
        return pa.string() if native.startswith("timetz") or "with time zone" in native else pa.time64("us")
    if kind == "timestamp":
        return pa.timestamp("us")
    if kind == "timestamptz":
        return pa.timestamp("us", tz="UTC")
    if kind == "array":
        return pa.list_(to_arrow(ct.element or ColType("text")))
    return pa.string()  # text, json, uuid, interval


def python_values(col: Any) -> list[Any]:
    """A column's values as Python objects.  A timestamp or date beyond Python's range -- DuckDB
    writes PostgreSQL's ``infinity`` as the largest 64-bit integer -- comes out as the text
    ``infinity`` or ``-infinity``, which the engines that have such dates read back."""
    import pyarrow as pa

    try:
        return list(col.to_pylist())
    except (OverflowError, ValueError):
        if not (pa.types.is_timestamp(col.type) or pa.types.is_date(col.type)):
            raise
    raw = col.cast(pa.int32() if pa.types.is_date32(col.type) else pa.int64()).to_pylist()
    top = 2**31 - 1 if pa.types.is_date32(col.type) else 2**63 - 1
    out: list[Any] = []
    for i, n in enumerate(raw):
        if n is None:
            out.append(None)
        elif n >= top:
            out.append("infinity")
        elif n <= -top:
            out.append("-infinity")
        else:
            out.append(col[i].as_py())  # out of range for another reason: its own error
    return out
