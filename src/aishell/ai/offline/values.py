"""Values sampled from the data, so that "patients in Lyon" finds ``city = 'Lyon'``.

Only text columns with few distinct values are kept (categories, statuses,
countries, cities ...).  Sampling is bounded: at most ``max_tables`` tables,
each column read from at most ``scan_rows`` rows, at most ``max_distinct``
values per column, values no longer than ``max_length`` characters.  The SQL
is built with sqlglot for the connection's dialect.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlglot import exp

from aishell.ai.offline.text import norm_phrase
from aishell.engines.base import Catalog, Connection
from aishell.errors import AishellError


@dataclass(frozen=True)
class ValueHit:
    table: str  # lower-case table name
    column: str  # column name as in the catalog
    value: str  # the stored value, exactly


@dataclass
class ValueIndex:
    """Distinct text values per ``(table, column)``, looked up by their words."""

    values: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[ValueHit]] = {}
        self.max_words = 1
        for (table, column), vals in self.values.items():
            for v in vals:
                key = norm_phrase(v)
                if not key:
                    continue
                self._phrases.setdefault(key, []).append(ValueHit(table.lower(), column, v))
                self.max_words = max(self.max_words, len(key))

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Iterable[str]]]) -> ValueIndex:
        """``{"customers": {"country": ["Germany", "Japan"]}}`` -> a ValueIndex (for tests and caches)."""
        return cls({(t.lower(), c): [str(v) for v in vs] for t, cols in data.items() for c, vs in cols.items()})

    def to_dict(self) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for (table, column), vals in self.values.items():
            out.setdefault(table, {})[column] = list(vals)
        return out

    def lookup(self, words: Sequence[str]) -> list[ValueHit]:
        return self._phrases.get(tuple(words), [])

    def column_values(self, table: str, column: str) -> list[str]:
        return self.values.get((table.lower(), column), [])

    def has_column(self, table: str, column: str) -> bool:
        return (table.lower(), column) in self.values

    def __len__(self) -> int:
        return sum(len(v) for v in self.values.values())


def _ident(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def sample_sql(table: str, schema: str | None, column: str, *, dialect: str, scan_rows: int, limit: int) -> str:
    """``SELECT DISTINCT c FROM (SELECT c FROM t WHERE c IS NOT NULL LIMIT scan) s LIMIT n``."""
    col = exp.Column(this=_ident(column))
    tbl = exp.Table(this=_ident(table), db=_ident(schema) if schema else None)
    inner = exp.select(col.copy()).from_(tbl).where(exp.Not(this=exp.Is(this=col.copy(), expression=exp.Null())))
    inner = inner.limit(scan_rows)
    outer = (
        exp.select(exp.Column(this=_ident(column), table=_ident("s")))
        .distinct()
        .from_(inner.subquery(alias="s"))
        .limit(limit)
    )
    return outer.sql(dialect=dialect)


def build_value_index(
    conn: Connection,
    catalog: Catalog,
    *,
    max_distinct: int = 100,
    scan_rows: int = 50_000,
    max_length: int = 60,
    max_tables: int = 200,
    max_columns: int = 2000,
) -> ValueIndex:
    """Sample the distinct values of short text columns through ``conn``.

    A column is kept only when it holds at most ``max_distinct`` distinct
    values in its first ``scan_rows`` rows: long lists (names, emails) are not
    categories.  Errors on one table (permissions, exotic types) skip it.
    """
    from aishell.ai.offline.schema import SchemaIndex

    index = SchemaIndex(catalog)
    out: dict[tuple[str, str], list[str]] = {}
    columns_seen = 0
    for meta in list(index.tables.values())[:max_tables]:
        schema = meta.info.schema
        if schema == catalog.default_schema:
            schema = None
        for col in meta.columns:
            if col.kind not in ("text", "other"):
                continue
            columns_seen += 1
            if columns_seen > max_columns:
                return ValueIndex(out)
            sql = sample_sql(meta.info.name, schema, col.name, dialect=conn.dialect, scan_rows=scan_rows,
                             limit=max_distinct + 1)
            try:
                rows = conn.query_all(sql)
            except AishellError:
                continue
            vals = [r[0] for r in rows if isinstance(r[0], str)]
            if not vals or len(rows) > max_distinct:
                continue
            kept = [v for v in vals if 0 < len(v.strip()) <= max_length]
            if kept:
                out[(meta.name, col.name)] = sorted(set(kept))
    return ValueIndex(out)
