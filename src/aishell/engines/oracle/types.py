"""Oracle's column types (see :mod:`aishell.engines.types`).

Oracle's numbers are all ``NUMBER``: an integer column is ``NUMBER(p)`` and reads back as the
narrowest integer kind that holds every value of it (``NUMBER(19)`` as ``bigint``: what a
64-bit integer is written as), a wider one as a decimal.  Its ``DATE`` holds a time of day, so it
reads as a timestamp (a date would drop it).  It has no TIME, uuid or array column type: a time of
day is written as its ISO text, a uuid as its 36 characters, an array as JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, ClassVar

from aishell.engines.types import ColType, TypeRules, as_text, exp, jsonish

_SIMPLE = {
    "bool": "BOOLEAN", "smallint": "NUMBER(5)", "int": "NUMBER(10)", "bigint": "NUMBER(19)",
    "float": "BINARY_DOUBLE", "date": "DATE", "time": "VARCHAR2(32)", "timestamp": "TIMESTAMP(6)",
    "timestamptz": "TIMESTAMP(6) WITH TIME ZONE", "json": "JSON", "uuid": "VARCHAR2(36)",
    "interval": "INTERVAL DAY(9) TO SECOND(6)", "array": "JSON",
}  # fmt: skip
_VERBATIM = frozenset({"BINARY_DOUBLE", "INTERVAL DAY(9) TO SECOND(6)"})
_NUMBER = re.compile(r"^number\s*\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\)$")
_CHAR_UNIT = re.compile(r"\(\s*(\d+)\s+(?:char|byte)\s*\)")
#: NUMBER(p) up to these digits holds every value of the integer kind
_INTEGERS = ((4, "smallint"), (9, "int"), (19, "bigint"))
#: the longest VARCHAR2 a text column is written as (4000 bytes hold this many characters of UTF-8)
_VARCHAR_MAX = 1000


def _time_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.time) else value


class OracleTypes(TypeRules):
    name: ClassVar[str] = "oracle"
    sqlglot: ClassVar[str] = "oracle"

    def read_special(self, text: str, low: str) -> ColType | None:
        if low == "date":
            return ColType("timestamp")  # an Oracle DATE holds a time of day
        if low in ("integer", "int", "smallint"):
            return ColType("decimal", 38, 0)  # NUMBER(*,0): up to 38 digits
        if (m := _NUMBER.match(low)) is not None and not int(m.group(2) or 0):
            digits = int(m.group(1))
            return next((ColType(kind) for top, kind in _INTEGERS if digits <= top), ColType("decimal", digits, 0))
        if low.startswith("raw"):
            return ColType("binary")
        if low in ("binary_double", "binary_float"):
            return ColType("float")
        if low.startswith("interval"):
            return ColType("interval")
        if _CHAR_UNIT.search(low):
            return self.read(_CHAR_UNIT.sub(r"(\1)", text.lower()))  # VARCHAR2(40 CHAR): 40 characters
        return None

    def build(self, text: str) -> exp.DataType:
        if text in _VERBATIM or text.startswith("RAW("):  # as written: sqlglot would respell or refuse them
            return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=text)
        return super().build(text)

    def render(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        kind, p, s = ct.kind, ct.precision, ct.scale
        if kind in _SIMPLE:
            return self.build(_SIMPLE[kind])
        if kind == "decimal":
            if p is None:
                return self.build("NUMBER")
            if p <= 38:
                return self.build(f"NUMBER({p}, {s or 0})")
            return self.build(f"VARCHAR2({min(p + 2, 4000)})")  # wider than NUMBER: exact as text
        if kind == "binary":
            return self.build("RAW(2000)" if key else "BLOB")
        if ct.length and ct.length <= _VARCHAR_MAX:
            return self.build(f"VARCHAR2({ct.length} CHAR)")
        return self.build("VARCHAR2(255 CHAR)" if key else "CLOB")  # a LOB cannot be in a key

    def enforced_scale(self, ct: ColType) -> int | None:
        if ct.kind != "decimal":
            return None
        p = ct.precision
        return (ct.scale or 0) if p and p <= 38 else None

    def seconds_places(self, native: str, declared: int | None) -> int | None:
        if native == "date":
            return 0
        return declared if declared is not None else 6  # TIMESTAMP(p)

    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        if ct.kind in ("json", "array"):
            return jsonish
        if ct.kind == "uuid":
            return as_text
        if ct.kind == "time":
            return _time_text
        return None


TYPES = OracleTypes()
