"""A catalog kept in the state store, read again only when the engine says it changed.

Reading the catalog of 2,000 tables costs a one-shot command (``aishell ask``) more than
answering it.  When the connection offers a :meth:`~aishell.engines.base.Connection.catalog_fingerprint`
(a cheap digest that changes with the schema, and with the sizes and row estimates the catalog
reports), the catalog read is kept as JSON in the state store (``value_cache``, under
``catalog <database identity>``) with that fingerprint, and a later run whose fingerprint is
the same loads it instead of reading it.  An engine without a fingerprint is always read.
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from typing import Any

from aishell.engines.base import Catalog, ColumnInfo, Connection, ForeignKey, FunctionInfo, IndexInfo, TableInfo

#: the stored document's layout: a change never reads an older one
FORMAT = "catalog-1"

_TARGET = "catalog "


def to_doc(catalog: Catalog) -> dict[str, Any]:
    """``catalog`` as plain JSON data."""
    return {
        "default_schema": catalog.default_schema,
        "schemas": list(catalog.schemas),
        "tables": [
            [t.name, t.schema, t.kind, [[c.name, c.data_type, c.nullable, c.default, c.comment] for c in t.columns],
             list(t.primary_key),
             [[list(f.columns), f.ref_table, list(f.ref_columns), f.ref_schema, f.name] for f in t.foreign_keys],
             [[i.name, list(i.columns), i.unique, i.primary, i.definition] for i in t.indexes],
             t.row_estimate, t.size_bytes, t.comment, t.extension]
            for t in catalog.tables
        ],
        "functions": [[f.name, f.schema, f.kind, f.arguments, f.returns] for f in catalog.functions],
    }  # fmt: skip


def from_doc(doc: dict[str, Any]) -> Catalog:
    """The catalog :func:`to_doc` saved."""
    tables = [
        TableInfo(
            name=name, schema=schema, kind=kind, columns=[ColumnInfo(*c) for c in cols], primary_key=tuple(pk),
            foreign_keys=[ForeignKey(tuple(fc), rt, tuple(rc), rs, fn) for fc, rt, rc, rs, fn in fks],
            indexes=[IndexInfo(n, tuple(ic), u, p, d) for n, ic, u, p, d in idx],
            row_estimate=rows, size_bytes=size, comment=comment, extension=ext,
        )
        for name, schema, kind, cols, pk, fks, idx, rows, size, comment, ext in doc["tables"]
    ]  # fmt: skip
    return Catalog(default_schema=doc["default_schema"], schemas=list(doc["schemas"]), tables=tables,
                   functions=[FunctionInfo(*f) for f in doc["functions"]])  # fmt: skip


def read_catalog(conn: Connection, store: Any) -> Catalog:
    """``conn.catalog()``, or the one kept in ``store`` (a :class:`~aishell.state.StateStore`) for
    this database when its fingerprint is unchanged; a catalog read is kept for the next run."""
    if store is None or not hasattr(store, "value_cache"):
        return conn.catalog()
    fingerprint = conn.catalog_fingerprint()
    if fingerprint is None:
        return conn.catalog()
    target, key = _TARGET + conn.url.identity(), f"{FORMAT}\x00{fingerprint}"
    try:
        row = store.value_cache(target)
    except Exception:  # the store is optional: a broken one never stops a command
        row = None
    if row is not None and row[0] == key:
        enabled = gc.isenabled()
        gc.disable()  # many objects, all kept: collecting while they are made costs more than making them
        try:
            return from_doc(json.loads(row[2]))
        except (ValueError, KeyError, TypeError):
            pass
        finally:
            if enabled:
                gc.enable()
    catalog = conn.catalog()
    if conn.catalog_fingerprint() == fingerprint:  # nothing changed while it was read
        with contextlib.suppress(Exception):  # the store is optional
            store.put_value_cache(target, key, time.time(),
                                  json.dumps(to_doc(catalog), ensure_ascii=False, separators=(",", ":")))  # fmt: skip
    return catalog
