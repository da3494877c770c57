"""``aishell migrate drift``: the live schema against the schema the applied migrations produce.

The migrations in force (applied, and baselined ones whose files exist) are replayed in a
scratch copy of the same engine -- an empty database on the same server where the engine's
``SchemaRules.scratch_database_sql`` makes one, a temporary file for a file engine -- and both
catalogs, read by the same engine's catalog reader (so the same DDL reads the same), are
compared.  Every statement -- the scratch database's CREATE and DROP, each migration's
statements -- is declared to the session's gate first; the scratch copy is always dropped."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.errors import AishellError, MigrationError, PolicyError

if TYPE_CHECKING:
    from aishell.engines.base import Catalog, Connection, TableInfo
    from aishell.services.migrate import MigrationFile
    from aishell.services.session import Prepared, Session


@dataclass
class Difference:
    table: str  # the table's name, or the view's, sequence's or trigger's (``kind``)
    what: str  # "" for the object itself, else "column X", "index I", "foreign key ...", "primary key", "check C"
    message: str
    kind: str = "table"  # table, view, sequence, trigger

    def line(self) -> str:
        return f"{self.kind} {self.table}: " + (f"{self.what}: " if self.what else "") + self.message

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "object": self.what, "message": self.message,
                "line": self.line()}  # fmt: skip


@dataclass
class Drift:
    differences: list[Difference] = field(default_factory=list)
    #: what could not be rebuilt or was found on the way (baselined versions without files ...)
    notes: list[str] = field(default_factory=list)
    replayed: list[str] = field(default_factory=list)
    scratch: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"drift": bool(self.differences), "differences": [d.to_dict() for d in self.differences],
                "notes": self.notes, "replayed": self.replayed, "scratch": self.scratch}  # fmt: skip


def _plan(session: Session, folder: str | Path, drift: Drift) -> list[tuple[MigrationFile, list[str]]]:
    from aishell.services import migrate as m

    files = m.read_folder(folder)
    history = m.read_history(session)
    drift.notes.extend(m.problems(files, history))
    by_key = {f.key: f for f in files}
    plan: list[tuple[MigrationFile, list[str]]] = []
    for key, row in m.in_force(history).items():
        f = by_key.get(key)
        if f is None:
            drift.notes.append(f"{row.filename}: {row.outcome} but its file is not in the folder; it cannot be "
                               "rebuilt, so what it made shows as drift")  # fmt: skip
            continue
        plan.append((f, m._statements(session, f.path)))
    return plan


def drift(session: Session, folder: str | Path, *, yes: bool = False) -> Drift:
    """Replay the migrations in force in a scratch copy and name each difference from the live schema."""
    report = Drift()
    plan = _plan(session, folder, report)
    conn = session.connection()
    rules = conn.engine_dialect.schema
    name = f"aishell_drift_{secrets.token_hex(4)}"
    made = rules.scratch_database_sql(name)
    if made is None and not conn.engine_dialect.file_database:
        raise MigrationError(f"cannot build a scratch copy on {conn.engine_dialect.display_name}")
    stmts = [x for _f, sqls in plan for x in sqls]
    declared = [made[0], *stmts, made[1]] if made else stmts
    try:
        prepared = session.prepare(declared, assume_yes=yes) if declared else None
    except PolicyError as exc:
        raise MigrationError(f"cannot build the scratch copy of the migrations: {exc.one_line()}") from exc
    folder_tmp = None if made else tempfile.mkdtemp(prefix="aishell_drift_")
    target = name if made else str(Path(folder_tmp or "") / f"{name}.db")
    report.scratch = name if made else target
    live = session.catalog(refresh=True)
    if session.in_transaction:
        conn.rollback()
    created = False
    try:
        if made and prepared is not None:
            with prepared.gating(conn):
                prepared.execute(conn, made[0]).close()
            created = True
        built, built_objects = _replay(conn, prepared, target, plan, report, make_file=made is None)
    finally:
        if created and made and prepared is not None:
            with prepared.gating(conn):
                prepared.execute(conn, made[1]).close()
        if folder_tmp is not None:
            shutil.rmtree(folder_tmp, ignore_errors=True)
    live_objects = rules.schema_objects(conn)
    sequences = frozenset(n.lower() for k, _t, n, _d in [*built_objects, *live_objects] if k == "sequence")
    report.differences = compare(built, live, scratch_db=name, live_db=conn.current_database(), skip=sequences)
    report.differences += compare_objects(built_objects, live_objects)
    return report


def _replay(conn: Connection, prepared: Prepared | None, target: str,
            plan: list[tuple[MigrationFile, list[str]]], report: Drift, *,
            make_file: bool) -> tuple[Catalog, list[tuple[str, str, str, str]]]:  # fmt: skip
    """Open the scratch copy, run the plan there inside the gate, and read its catalog and its
    views, checks, sequences and triggers (``SchemaRules.schema_objects``)."""
    from aishell.urls import CREATE_PARAM

    url = replace(conn.url, database=target)
    if make_file:  # a file engine makes its (temporary) file only when asked
        url = replace(url, params=(*((k, v) for k, v in url.params if k != CREATE_PARAM), (CREATE_PARAM, "1")))
    scratch = type(conn).open(url, timeout=conn.timeout)
    try:
        for f, stmts in plan:
            try:
                if prepared is not None:
                    with prepared.gating(scratch):
                        for sql in stmts:
                            prepared.execute(scratch, sql).close()
                if scratch.in_transaction:
                    scratch.commit()
            except AishellError as exc:
                raise MigrationError(f"{f.filename}: failed in the scratch copy: {exc.one_line()}") from exc
            report.replayed.append(f.filename)
        return scratch.catalog(), scratch.engine_dialect.schema.schema_objects(scratch)
    finally:
        scratch.close()


def _tables(catalog: Catalog, database: str | None, skip: frozenset[str]) -> dict[str, TableInfo]:
    from aishell.services.migrate import HISTORY
    from aishell.services.migrate_lock import LOCK_TABLE

    out: dict[str, TableInfo] = {}
    for t in catalog.tables:
        if t.kind != "table" or t.name.lower() in (HISTORY, LOCK_TABLE) or t.name.lower() in skip:
            continue
        own = t.schema is None or t.schema == catalog.default_schema or t.schema == database
        out[t.name if own else f"{t.schema}.{t.name}"] = t
    return out


def compare(built: Catalog, live: Catalog, *, scratch_db: str | None = None,
            live_db: str | None = None, skip: frozenset[str] = frozenset()) -> list[Difference]:  # fmt: skip
    """Each difference between the migrations' schema (``built``) and the live one (``skip``:
    names the catalog lists as tables that are compared as something else, MariaDB's sequences)."""
    want, have = _tables(built, scratch_db, skip), _tables(live, live_db, skip)
    out: list[Difference] = []
    for key in sorted(set(want) | set(have)):
        if key not in have:
            out.append(Difference(key, "", "missing (made by the migrations, dropped out of band)"))
        elif key not in want:
            out.append(Difference(key, "", "not in the migrations (created out of band)"))
        else:
            out.extend(_columns(key, want[key], have[key]))
            out.extend(_keys(key, want[key], have[key]))
    return out


def _columns(key: str, want: TableInfo, have: TableInfo) -> list[Difference]:
    out: list[Difference] = []
    a = {c.name: c for c in want.columns}
    b = {c.name: c for c in have.columns}
    for name in [*a, *(n for n in b if n not in a)]:
        what = f"column {name}"
        if name not in b:
            out.append(Difference(key, what, "missing (in the migrations, dropped out of band)"))
        elif name not in a:
            out.append(Difference(key, what, "not in the migrations (added out of band)"))
        else:
            x, y = a[name], b[name]
            if x.data_type.lower() != y.data_type.lower():
                out.append(_both(key, what, f"type {x.data_type}", y.data_type))
            if x.nullable != y.nullable:
                out.append(_both(key, what, _null(x.nullable), _null(y.nullable)))
            if (x.default or None) != (y.default or None):
                out.append(_both(key, what, f"default {x.default or 'none'}", y.default or "no default"))
    return out


def _both(key: str, what: str, built: str, live: str) -> Difference:
    return Difference(key, what, f"{built} in the migrations, {live} in the database")


def _null(nullable: bool) -> str:
    return "nullable" if nullable else "NOT NULL"


def _unique(unique: bool) -> str:
    return "unique" if unique else "not unique"


def _cols(cols: tuple[str, ...]) -> str:
    return "(" + ", ".join(cols) + ")"


def _keys(key: str, want: TableInfo, have: TableInfo) -> list[Difference]:
    out: list[Difference] = []
    if tuple(want.primary_key) != tuple(have.primary_key):
        out.append(_both(key, "primary key", _cols(want.primary_key) if want.primary_key else "none",
                         _cols(have.primary_key) if have.primary_key else "none"))  # fmt: skip
    a = {i.name: i for i in want.indexes if not i.primary}
    b = {i.name: i for i in have.indexes if not i.primary}
    for name in [*a, *(n for n in b if n not in a)]:
        what = f"index {name}"
        if name not in b:
            out.append(Difference(key, what, "missing (in the migrations, dropped out of band)"))
        elif name not in a:
            out.append(Difference(key, what, f"not in the migrations (added out of band on {_cols(b[name].columns)})"))
        else:
            if tuple(a[name].columns) != tuple(b[name].columns):
                out.append(_both(key, what, f"columns {_cols(a[name].columns)}", _cols(b[name].columns)))
            if a[name].unique != b[name].unique:
                out.append(_both(key, what, _unique(a[name].unique), _unique(b[name].unique)))
    fa = {(fk.columns, fk.ref_table, fk.ref_columns) for fk in want.foreign_keys}
    fb = {(fk.columns, fk.ref_table, fk.ref_columns) for fk in have.foreign_keys}
    for cols, ref, refcols in sorted(fa - fb):
        out.append(Difference(key, f"foreign key {_cols(cols)} -> {ref}{_cols(refcols)}",
                              "missing (in the migrations, dropped out of band)"))  # fmt: skip
    for cols, ref, refcols in sorted(fb - fa):
        out.append(Difference(key, f"foreign key {_cols(cols)} -> {ref}{_cols(refcols)}",
                              "not in the migrations (added out of band)"))  # fmt: skip
    return out


def compare_objects(built: list[tuple[str, str, str, str]], live: list[tuple[str, str, str, str]]) -> list[Difference]:
    """Each difference in views, CHECK constraints, sequences and triggers: ``(kind, table, name,
    definition)`` as ``SchemaRules.schema_objects`` reads them (a check is named with its table)."""
    want = {(k, t, n): " ".join(d.split()) for k, t, n, d in built}
    have = {(k, t, n): " ".join(d.split()) for k, t, n, d in live}
    out: list[Difference] = []
    for key in sorted(set(want) | set(have)):
        kind, table, name = key
        diff = Difference(table, f"check {name}", "") if kind == "check" else Difference(name, "", "", kind)
        if key not in have:
            diff.message = "missing from the database (made by the migrations, dropped out of band)"
        elif key not in want:
            diff.message = "not in the migrations (created out of band)"
        elif want[key] != have[key]:
            diff.message = "definition differs (changed out of band)"
        else:
            continue
        out.append(diff)
    return out
