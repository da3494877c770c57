"""``aishell copy``: stream tables from one engine into another.

Tables are read in dependency order (parents first) through the source
session's one execution path and written by the loss-free loader into the
target, in one transaction where the engine allows it.  Types are mapped
across dialects (:mod:`.typemap`); primary keys, column defaults and
auto-numbering go into ``CREATE TABLE``; indexes (expression indexes too),
foreign keys and the counters of auto-numbered columns follow the data.  With
every table (``--all``) the views come too, after the tables.  What the target
cannot take is reported in the result's ``warnings``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aishell.audit.hooks import audited
from aishell.engines import dialect_of
from aishell.engines.base import ResultColumn, Row
from aishell.errors import UsageError
from aishell.output.sink import Sink, Summary
from aishell.services.data.backup import info_name
from aishell.services.data.constraints import duckdb_names_lost, mysql_foreign_key_names, self_references
from aishell.services.data.loader import Loader
from aishell.services.data.readers import Batch
from aishell.services.data.schema import (
    Load,
    Reported,
    Step,
    TableSpec,
    bulk_session,
    capture_views,
    enrich,
    extension_notes,
    foreign_keys_left_out,
    order_by_dependencies,
    select_tables,
    spec_of,
    views_to_create,
)
from aishell.services.data.typemap import from_sql
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.services.session import Session


class LoaderSink(Sink):
    """Feeds each fetched batch to a loader."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader
        self.line = 1

    def begin(self, columns: list[ResultColumn]) -> None:
        pass

    def rows(self, batch: list[Row]) -> None:
        self.loader.load([Batch(list(batch), self.line)])
        self.line += len(batch)

    def end(self, summary: Summary) -> None:
        pass


@audited("copy", session=1, target=lambda src, dst, names, *a, **k: f"{src.label} -> {dst.label}: "
         f"{', '.join(names) if names else 'all tables'}")
def copy_tables(
    src: Session,
    dst: Session,
    names: list[str] | None,
    *,
    create: bool = False,
    replace: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Reported[tuple[str, int]]:
    from aishell.services.data.import_ import declare_writes, declared_ddl
    from aishell.services.data.recovery import recover_before

    sconn = src.connection()
    sdialect = sconn.dialect
    scat = src.catalog(refresh=True)
    infos = select_tables(scat, names, sdialect)
    if not infos:
        raise UsageError("nothing to copy: no tables")
    specs = order_by_dependencies([spec_of(i, sdialect) for i in infos])
    _check_source_role(src, specs, sdialect)
    enrich(sconn, specs)
    tconn = dst.connection()
    dialect = tconn.dialect
    repaired = recover_before(dst)  # what a crashed operation left: finished or undone first
    tcat = dst.catalog(refresh=True)
    existing = {s.name for s in specs if tcat.find_table(s.name) is not None}
    missing = [s.name for s in specs if s.name not in existing]
    if missing and not create:
        raise UsageError(f"not in the target: {', '.join(missing)} (pass --create)")
    to_create = [s for s in specs if replace or s.name not in existing]
    keep = {s.name.lower() for s in to_create}
    notes: list[str] = repaired + foreign_keys_left_out(to_create, keep, "that table is not created by this copy")
    replaced: dict[str, str] = {}  # what --replace overwrites: name -> table | view
    view_steps: list[Step] = []
    if names is None:  # --all: the views too (not an extension's own objects)
        notes += extension_notes(scat)
        default = scat.default_schema
        known = {t.name.lower() for t in scat.tables if default is None or t.schema in (default, None)}
        views = capture_views(sconn, None, known)
        view_steps, view_notes = views_to_create(views, {s.name for s in specs}, {s.name for s in specs}, dialect)
        notes += view_notes
        for step in list(view_steps):
            name = step.what[len("view "):]
            found = tcat.find_table(name)
            if found is None:
                continue
            if not replace:
                notes.append(f"skipped {step.what}: it exists in the target (pass --replace to overwrite)")
                view_steps.remove(step)
            else:
                replaced[name] = "view" if found.kind == "view" else "table"
    replaced.update({s.name: "table" for s in reversed(to_create) if s.name in existing})
    prepared = declare_writes(dst, declared_ddl(to_create, replaced, view_steps, keep, dialect),
                              [(s.name, [c.name for c in s.columns]) for s in specs])  # fmt: skip
    with prepared.gating(tconn):  # the gate, before anything is touched: what runs from here, runs from that
        return _copy_all(src, dst, specs, to_create, existing, tcat, notes, view_steps=view_steps, keep=keep,
                         replaced=replaced, progress=progress, replace=replace)  # fmt: skip


def _check_source_role(src: Session, specs: list[TableSpec], dialect: str) -> None:
    """The source role's verdict before anything is created in the target: a role that caps rows
    cannot copy (a copy is every row, or it is not one), and a role that limits tables judges
    each table the copy reads (:class:`~aishell.errors.PolicyError`)."""
    role = src.role
    if role is None:
        return
    if role.max_rows is not None:
        src.require_whole_reads("a copy")
    if role.restricts_tables:
        src.check(src.classify_each([f"SELECT * FROM {quote_table(s.name, dialect)}" for s in specs]))


def _copy_all(src: Session, dst: Session, specs: list[TableSpec], to_create: list[TableSpec], existing: set[str],
              tcat: Any, notes: list[str], *, view_steps: list[Step], keep: set[str],
              replaced: dict[str, str], progress: Callable[[int], None] | None,
              replace: bool) -> Reported[tuple[str, int]]:  # fmt: skip
    from aishell.services.data.recovery import open_journal

    """Create, load and finish the copy's tables (inside the gate :func:`copy_tables` opened)."""
    tconn = dst.connection()
    results: list[tuple[str, int]] = []
    load: Load | None = None
    total = [0]
    try:
        with bulk_session(tconn, specs):
            notes += mysql_foreign_key_names(tconn, to_create, keep)
            load = Load(tconn, to_create, keep=keep, replaced=replaced, notes=notes,
                        journal=open_journal(dst, "copy"))  # fmt: skip
            notes += duckdb_names_lost(tconn, to_create)
            for spec in specs:
                appended = spec.name in existing and not replace
                # DuckDB: a table referencing itself is loaded parents first
                stage = self_references(tconn, spec, _target_fks(tcat, spec.name) if appended else spec.foreign_keys)
                n = _copy_one(src, tconn, spec, tcat if appended else None, total, progress,
                              into=stage.into if stage is not None else None)  # fmt: skip
                if stage is not None:
                    stage.settle()
                results.append((spec.name, n))
            notes += load.finish(view_steps)
    except BaseException:
        if load is not None:
            load.undo()
        raise
    finally:
        dst.invalidate_catalog()
    return Reported(results, notes)


def _target_fks(tcat: Any, name: str) -> list[dict[str, Any]]:
    info = tcat.find_table(name)
    return [{"columns": list(fk.columns), "ref_table": fk.ref_table, "ref_columns": list(fk.ref_columns)}
            for fk in (info.foreign_keys if info is not None else [])]  # fmt: skip


def _copy_one(src: Session, tconn: Any, spec: TableSpec, tcat: Any, total: list[int],
              progress: Callable[[int], None] | None, *, into: str | None = None) -> int:  # fmt: skip
    """Copy ``spec``'s rows into its target table (or the table ``into``)."""
    sdialect = src.dialect
    types = [c.type for c in spec.columns]
    if tcat is not None:  # an existing target table: its own types decide
        info = tcat.find_table(spec.name)
        by_name = {c.name.lower(): c for c in info.columns}
        types = []
        for col in spec.columns:
            target = by_name.get(col.name.lower())
            if target is None:
                raise UsageError(f"{spec.name}.{col.name} is not in the target table")
            types.append(from_sql(target.data_type, tconn.dialect))
    # SQLite's values (any value in any column) go into SQLite as they are, into another engine typed
    loader = Loader(tconn, into or spec.name, [c.name for c in spec.columns], types, [True] * len(types),
                    value_kind=dialect_of(sdialect).type_rules.value_kind, on_error="abort",
                    source=f"{src.label}:{spec.name}")  # fmt: skip
    if progress is not None:
        base = total[0]
        loader.progress = lambda n: progress(base + n)
    cols = ", ".join(quote_name(c.name, sdialect) for c in spec.columns)
    name = info_name(spec, src.connection().has_schemas, sdialect)
    result = src.run(f"SELECT {cols} FROM {quote_table(name, sdialect)}", LoaderSink(loader))
    if result.error is not None:
        raise result.error
    total[0] += loader.report.inserted
    return loader.report.inserted
