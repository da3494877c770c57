"""PostgreSQL's column types (see :mod:`aishell.engines.types`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from aishell.engines.types import ColType, TypeRules, as_text, exp, jsonish

_SIMPLE = {
    "bool": "BOOLEAN", "smallint": "SMALLINT", "int": "INTEGER", "bigint": "BIGINT",
    "float": "DOUBLE PRECISION", "binary": "BYTEA", "date": "DATE", "time": "TIME",
    "timestamp": "TIMESTAMP", "timestamptz": "TIMESTAMPTZ", "json": "JSONB", "uuid": "UUID",
    "interval": "INTERVAL",
}  # fmt: skip


class PostgresTypes(TypeRules):
    name: ClassVar[str] = "postgres"
    sqlglot: ClassVar[str] = "postgres"

    def render(self, ct: ColType, *, key: bool = False) -> exp.DataType:
        kind, p, s = ct.kind, ct.precision, ct.scale
        if kind in _SIMPLE:
            return self.build(_SIMPLE[kind])
        if kind == "decimal":
            return self.build(f"NUMERIC({p}, {s or 0})" if p else "NUMERIC")
        if kind == "array":
            inner = self.datatype(ct.element or ColType("text"))
            return exp.DataType(this=exp.DataType.Type.ARRAY, expressions=[inner], nested=True)
        return self.build(f"VARCHAR({ct.length})" if ct.length else "TEXT")

    def enforced_scale(self, ct: ColType) -> int | None:
        if ct.kind != "decimal":
            return None
        return (ct.scale or 0) if ct.precision else None  # numeric without a precision keeps every digit

    def seconds_places(self, native: str, declared: int | None) -> int | None:
        return declared if declared is not None else 6  # timestamp(p)

    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        if ct.kind == "json":
            return jsonish
        if ct.kind == "uuid":
            return as_text
        return None


TYPES = PostgresTypes()
