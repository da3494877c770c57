"""MySQL's and MariaDB's column types (see :mod:`aishell.engines.types`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from aishell.engines.types import ColType, TypeRules, as_text, jsonish

if TYPE_CHECKING:
    from sqlglot import exp

_UNSIGNED = {"tinyint": ColType("smallint"), "smallint": ColType("int"), "mediumint": ColType("int"),
             "int": ColType("bigint"), "integer": ColType("bigint"), "bigint": ColType("decimal", 20, 0)}  # fmt: skip
_SIMPLE = {
    "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INT", "bigint": "BIGINT", "float": "DOUBLE",
    "date": "DATE", "time": "TIME(6)", "timestamp": "DATETIME(6)", "timestamptz": "DATETIME(6)",
    "json": "JSON", "uuid": "CHAR(36)", "array": "JSON",
}  # fmt: skip


def _utc_naive(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _naive_time(value: Any) -> Any:
    return value.replace(tzinfo=None) if isinstance(value, dt.time) else value


class MySQLTypes(TypeRules):
    name: ClassVar[str] = "mysql"
    sqlglot: ClassVar[str] = "mysql"
    time_is_duration: ClassVar[bool] = True

    def read_special(self, text: str, low: str) -> ColType | None:
        return ColType("bool") if low.startswith("tinyint(1)") else None

    def unsigned(self, name: str) -> ColType | None:
        return _UNSIGNED.get(name)

    def simple_kind(self, name: str, kind: str) -> ColType | None:
        if name == "timestamp":
            return ColType("timestamptz")  # MySQL keeps TIMESTAMP in UTC
        if name == "timestamp without time zone":
            return None
        return ColType(kind)

    def render(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        kind, p, s = ct.kind, ct.precision, ct.scale
        if kind in _SIMPLE:
            return self.build(_SIMPLE[kind])
        if kind == "decimal":
            return self.build(f"DECIMAL({min(p or 65, 65)}, {min(s if s is not None else (0 if p else 30), 30)})")
        if kind == "binary":
            return self.build("VARBINARY(255)" if key else "LONGBLOB")
        if ct.length and ct.length <= 16383:
            return self.build(f"VARCHAR({ct.length})")
        return self.build("VARCHAR(255)" if key else "LONGTEXT")

    def enforced_scale(self, ct: ColType) -> int | None:
        if ct.kind != "decimal":
            return None
        p, s = ct.precision, ct.scale  # as render declares it: DECIMAL(65, s) when inferred
        return min(s if s is not None else (0 if p else 30), 30)

    def seconds_places(self, native: str, declared: int | None) -> int | None:
        return declared if declared is not None else 0  # DATETIME and TIME keep none unless declared

    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        kind = ct.kind
        if kind in ("timestamp", "timestamptz"):
            return _utc_naive
        if kind in ("json", "array"):
            return jsonish
        if kind == "uuid":
            return as_text
        if kind == "time":
            return _naive_time
        return None


TYPES = MySQLTypes()
