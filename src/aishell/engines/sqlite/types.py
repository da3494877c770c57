"""SQLite's column types (see :mod:`aishell.engines.types`).

SQLite's declared types are hints (an *affinity*, https://sqlite.org/datatype3.html 3.1): a column
keeps any value, and may be declared without a type.  Its own values are therefore *loose*: into
SQLite they go as they are, into another engine typed by the target column; a backup archives a
column that fits no common type as ``sqlite-json`` (each value as JSON: an integer, a real, a text
or ``{"blob": "<hex>"}``), read back here by :meth:`SQLiteTypes.decode_archived`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
from collections.abc import Callable
from typing import Any, ClassVar

from aishell.engines.types import ColType, TypeRules, exp

_SIMPLE = {
    "bool": "BOOLEAN", "smallint": "INTEGER", "int": "INTEGER", "bigint": "INTEGER", "float": "REAL",
    "binary": "BLOB", "date": "DATE", "time": "TIME", "timestamp": "TIMESTAMP",
    "timestamptz": "TIMESTAMPTZ", "json": "JSON", "uuid": "UUID", "array": "JSON",
}  # fmt: skip


def affinity(declared: str | None) -> str:
    """SQLite's column affinity for a declared type (https://sqlite.org/datatype3.html, 3.1)."""
    up = (declared or "").upper()
    if "INT" in up:
        return "INTEGER"
    if "CHAR" in up or "CLOB" in up or "TEXT" in up:
        return "TEXT"
    if "BLOB" in up or not up.strip():
        return "BLOB"
    if "REAL" in up or "FLOA" in up or "DOUB" in up:
        return "REAL"
    return "NUMERIC"


def encode_value(value: Any) -> str:
    """One SQLite value as JSON text: integers and reals as numbers, text as a string, a blob as
    ``{"blob": "<hex>"}``."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return json.dumps({"blob": bytes(value).hex()})
    if isinstance(value, float) and math.isnan(value):  # SQLite itself cannot hold NaN; aishell stores 'NaN'
        return json.dumps("NaN")
    return json.dumps(value, ensure_ascii=False)


def decode_value(text: Any) -> Any:
    """The value :func:`encode_value` wrote (ValueError when the text is not such a value)."""
    if not isinstance(text, str):
        raise ValueError(f"not an archived SQLite value: {text!r}")
    value = json.loads(text)
    if isinstance(value, dict):
        if set(value) != {"blob"} or not isinstance(value["blob"], str):
            raise ValueError(f"not an archived SQLite value: {text[:40]!r}")
        return bytes.fromhex(value["blob"])
    if isinstance(value, (list, bool)):
        raise ValueError(f"not an archived SQLite value: {text[:40]!r}")
    return value


def _decimal(value: decimal.Decimal, numeric: bool) -> Any:
    """A decimal for SQLite: in a column of numeric affinity an integer or a double when it is exactly
    that, else (and in any other column) positional text with every digit (``0.0000000000``, not
    ``0E-10``); NaN and the infinities as SQLite keeps them."""
    if not value.is_finite():
        if numeric and value.is_infinite():
            return float(value)
        return "NaN" if value.is_nan() else ("Infinity" if value > 0 else "-Infinity")
    if numeric:
        if value == value.to_integral_value() and -(2**63) <= value < 2**63:
            return int(value)
        as_double = float(value)
        if decimal.Decimal(repr(as_double)) == value:
            return as_double
    return format(value, "f")


class SQLiteTypes(TypeRules):
    name: ClassVar[str] = "sqlite"
    sqlglot: ClassVar[str] = "sqlite"
    keeps_any_value: ClassVar[bool] = True
    untyped_columns: ClassVar[bool] = True
    value_kind: ClassVar[str] = "sqlite"

    def read_special(self, text: str, low: str) -> ColType | None:
        return ColType("bigint") if low in ("integer", "int") else None  # SQLite integers are 64-bit

    def render(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        if ct.kind in _SIMPLE:
            return self.build(_SIMPLE[ct.kind])
        return self.build("TEXT")  # decimals too: SQLite would round them to REAL

    def holds_any_type(self, ct: ColType) -> bool:
        return affinity(ct.native) == "BLOB"  # declared BLOB, or with no type at all

    def stores_decimal_as_double(self, ct: ColType) -> bool:
        return ct.kind == "decimal" and self.owns(ct)

    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        # a column of numeric affinity stores a number as an integer or a double: a decimal is bound
        # as one when it is exactly that (SQLite's own reading of the text can be one unit off);
        # elsewhere (TEXT: the decimals of other engines) as positional text, every digit kept
        numeric = self.owns(ct) and affinity(ct.native) in ("INTEGER", "REAL", "NUMERIC")

        def lite(value: Any) -> Any:
            if isinstance(value, float) and value != value:
                return "NaN"  # SQLite stores a NaN as NULL: kept as the text NaN, which reads back as NaN
            if value is None or isinstance(value, (int, float, str, bytes)):
                return value
            if isinstance(value, decimal.Decimal):
                return _decimal(value, numeric)
            if isinstance(value, dt.datetime):
                return value.isoformat(sep=" ")
            if isinstance(value, (dt.date, dt.time)):
                return value.isoformat()
            if isinstance(value, (dict, list)):
                return json.dumps(value, ensure_ascii=False, default=str)
            if isinstance(value, (bytearray, memoryview)):
                return bytes(value)
            return str(value)

        return lite

    def decode_archived(self, text: Any) -> Any:
        return decode_value(text)


TYPES = SQLiteTypes()
