"""Catalog listings shared by every face (``\\dt``, ``\\d NAME``, the web
schema tree, MCP ``describe_table``).

Each function takes the engine-neutral :class:`~aishell.engines.base.Catalog`
and returns a :class:`Listing`: titled columns and rows ready to render.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aishell.engines.base import Catalog, ResultColumn, Row, TableInfo
from aishell.errors import QueryError

#: reads the current sizes of some tables (``Session.relation_sizes``): None when the catalog's are current
SizeReader = Callable[[Sequence[TableInfo]], Mapping[tuple[str | None, str], int | None] | None]


@dataclass
class Listing:
    title: str
    columns: list[ResultColumn]
    rows: list[Row]
    footer: list[str] = field(default_factory=list)
    show_count: bool = True


def _cols(*specs: str) -> list[ResultColumn]:
    out = []
    for spec in specs:
        name, _, kind = spec.partition(":")
        out.append(ResultColumn(name, kind or "text", kind == "num"))
    return out


def human_size(n: int | None) -> str | None:
    if n is None:
        return None
    size = float(n)
    for unit in ("bytes", "kB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return None  # pragma: no cover


def _matcher(pattern: str | None, catalog: Catalog) -> Any:
    """psql-style patterns: ``*`` and ``?`` wildcards, optional ``schema.`` prefix, case-insensitive."""
    if not pattern:
        return lambda t: True
    schema_pat, _, name_pat = pattern.rpartition(".")
    name_pat = name_pat or "*"

    def match(t: TableInfo) -> bool:
        if schema_pat and not fnmatch.fnmatchcase((t.schema or "").lower(), schema_pat.lower()):
            return False
        return fnmatch.fnmatchcase(t.name.lower(), name_pat.lower())

    return match


def _visible(catalog: Catalog, kinds: Iterable[str], pattern: str | None) -> list[TableInfo]:
    match = _matcher(pattern, catalog)
    kinds = set(kinds)
    return sorted(
        (t for t in catalog.tables if t.kind in kinds and match(t)),
        key=lambda t: ((t.schema or "") != (catalog.default_schema or ""), t.schema or "", t.name),
    )


def _sizes(tables: Sequence[TableInfo], sizes: SizeReader | None) -> Callable[[TableInfo], int | None]:
    """Each table's size: read now by ``sizes`` where the engine reads them apart from the catalog."""
    live = sizes(tables) if sizes is not None and tables else None
    if live is None:
        return lambda t: t.size_bytes
    return lambda t: live.get((t.schema, t.name))


def list_relations(catalog: Catalog, kinds: Iterable[str], pattern: str | None = None, *, verbose: bool = False,
                   title: str = "List of relations", sizes: SizeReader | None = None) -> Listing:  # fmt: skip
    tables = _visible(catalog, kinds, pattern)
    if verbose:
        cols = _cols("schema", "name", "type", "rows:num", "size", "comment")
        size = _sizes(tables, sizes)
        rows: list[Row] = [
            (t.schema, t.name, t.kind, t.row_estimate, human_size(size(t)), t.comment) for t in tables
        ]
    else:
        cols = _cols("schema", "name", "type")
        rows = [(t.schema, t.name, t.kind) for t in tables]
    return Listing(title, cols, rows)


def list_tables(catalog: Catalog, pattern: str | None = None, verbose: bool = False,
                sizes: SizeReader | None = None) -> Listing:  # fmt: skip
    return list_relations(catalog, {"table", "foreign table"}, pattern, verbose=verbose, title="List of tables",
                          sizes=sizes)  # fmt: skip


def list_views(catalog: Catalog, pattern: str | None = None, verbose: bool = False,
               sizes: SizeReader | None = None) -> Listing:  # fmt: skip
    return list_relations(catalog, {"view", "materialized view"}, pattern, verbose=verbose, title="List of views",
                          sizes=sizes)  # fmt: skip


def list_indexes(catalog: Catalog, pattern: str | None = None) -> Listing:
    rows: list[Row] = []
    for t in _visible(catalog, {"table", "materialized view"}, None):
        for ix in t.indexes:
            if pattern and not fnmatch.fnmatchcase(ix.name.lower(), pattern.lower().rpartition(".")[2]) and not (
                fnmatch.fnmatchcase(t.name.lower(), pattern.lower().rpartition(".")[2])
            ):
                continue
            kind = "primary key" if ix.primary else ("unique" if ix.unique else "index")
            rows.append((t.schema, ix.name, t.name, ", ".join(ix.columns), kind))
    return Listing("List of indexes", _cols("schema", "name", "table", "columns", "type"), rows)


def list_functions(catalog: Catalog, pattern: str | None = None) -> Listing:
    rows: list[Row] = []
    pat = (pattern or "*").lower().rpartition(".")[2]
    for f in sorted(catalog.functions, key=lambda f: (f.schema or "", f.name)):
        if fnmatch.fnmatchcase(f.name.lower(), pat):
            rows.append((f.schema, f.name, f.returns, f.arguments, f.kind))
    return Listing("List of functions", _cols("schema", "name", "result type", "arguments", "type"), rows)


def list_schemas(catalog: Catalog) -> Listing:
    return Listing("List of schemas", _cols("name"), [(s,) for s in catalog.schemas])


def find_table(catalog: Catalog, name: str) -> TableInfo:
    table = catalog.find_table(name.strip().strip('"`[]'))
    if table is None:
        raise QueryError(f"did not find any relation named {name!r}")
    return table


def describe_table(catalog: Catalog, name: str, sizes: SizeReader | None = None) -> list[Listing]:
    """Columns, keys, indexes and referencing tables of one relation."""
    t = find_table(catalog, name)
    size = _sizes([t], sizes)(t)
    pk = set(t.primary_key)
    rows: list[Row] = []
    for c in t.columns:
        rows.append((c.name, c.data_type, "" if c.nullable else "not null", c.default, "PK" if c.name in pk else None,
                     c.comment))  # fmt: skip
    kind = t.kind.capitalize()
    main = Listing(f'{kind} "{t.qualified_name}"', _cols("column", "type", "nullable", "default", "key", "comment"),
                   rows, show_count=False)  # fmt: skip
    if t.primary_key:
        main.footer.append(f"Primary key: ({', '.join(t.primary_key)})")
    for ix in t.indexes:
        flag = "PRIMARY KEY, " if ix.primary else ("UNIQUE, " if ix.unique else "")
        main.footer.append(f"Index: {ix.name} {flag}({', '.join(ix.columns)})")
    for fk in t.foreign_keys:
        ref = f"{fk.ref_schema}.{fk.ref_table}" if fk.ref_schema and fk.ref_schema != t.schema else fk.ref_table
        label = f"{fk.name}: " if fk.name else ""
        main.footer.append(
            f"Foreign key: {label}({', '.join(fk.columns)}) REFERENCES {ref}({', '.join(fk.ref_columns)})"
        )
    for other, fk in catalog.referencing(t):
        main.footer.append(
            f"Referenced by: {other.qualified_name}({', '.join(fk.columns)}) -> ({', '.join(fk.ref_columns)})"
        )
    if t.row_estimate is not None:
        main.footer.append(f"Rows (estimate): {t.row_estimate}")
    if size is not None:
        main.footer.append(f"Size: {human_size(size)}")
    if t.comment:
        main.footer.append(f"Comment: {t.comment}")
    return [main]
