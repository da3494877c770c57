"""DuckDB's column types (see :mod:`aishell.engines.types`: the generic rendering is DuckDB's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from aishell.engines.types import ColType, TypeRules, jsonish


class DuckDBTypes(TypeRules):
    name: ClassVar[str] = "duckdb"
    sqlglot: ClassVar[str] = "duckdb"
    lengthless_chars: ClassVar[frozenset[str]] = frozenset({"varchar", "char", "bpchar"})  # sqlglot drops it too
    bare_decimal: ClassVar[ColType] = ColType("decimal", 18, 3)

    def read_special(self, text: str, low: str) -> ColType | None:
        if low in ("hugeint", "uhugeint"):
            return ColType("decimal", precision=38, scale=0)
        if low.endswith("[]") and "(" not in low:
            return ColType("array", element=self.read(text[:-2]))
        return None

    def enforced_scale(self, ct: ColType) -> int | None:
        if ct.kind != "decimal":
            return None
        p = ct.precision
        return (ct.scale or 0) if p and p <= 38 else None  # wider decimals are kept as text

    def seconds_places(self, native: str, declared: int | None) -> int | None:
        return 0 if native == "timestamp_s" else 3 if native == "timestamp_ms" else 6

    def adapter(self, ct: ColType) -> Callable[[Any], Any] | None:
        return jsonish if ct.kind == "json" else None


TYPES = DuckDBTypes()
