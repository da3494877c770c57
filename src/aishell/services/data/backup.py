"""Portable backups: one ``.aishell`` archive, verified, restorable into any engine.

The archive is a tar stream (optionally encrypted, see :mod:`.crypto`) of

* ``manifest.json`` -- format version, engine and server version, time, the
  tables with their row counts, and the SHA-256 and size of every other member;
* ``schema.json``   -- the tables in a dialect-neutral form (types as
  :class:`~aishell.services.data.typemap.ColType`, keys, foreign keys, indexes,
  column defaults, auto-numbering, expression indexes), each with its original
  DDL; and (key ``views``, optional) the views as their engine wrote them, with
  what they read;
* ``schema.sql``    -- the original DDL of the tables and views, for people;
* ``data/NNNN_<table>.parquet`` -- the rows, one Parquet file per table, with
  exact Arrow types (parents before children); or, with ``data_format="csv"``,
  ``data/NNNN_<table>.csv.zst``: zstd-compressed CSV (see below).

Each table is first written to a temporary Parquet file beside the output (so
memory stays flat and the manifest can lead the archive with every checksum),
then the archive is streamed out and renamed into place when complete.

CSV members are transcoded from that Parquet file, batch by batch, so they hold
exactly the values the Parquet path keeps, in the text forms the importer's
parsers (:func:`~aishell.services.data.typemap.text_parser`) read back: a header
of column names; NULL is an empty field and the empty string is ``""``; booleans
``true``/``false``; decimals with every digit; dates and times ISO 8601 (time
zones as ``+00:00``); binary as ``\\x`` hex; JSON as its text; arrays (and
structs) as JSON.  Restore reads them with the column types of ``schema.json``.
The manifest's ``data_format`` names the format and each data member's entry
carries its row count; an archive with CSV members is format version 2, so an
aishell that only knows Parquet refuses it clearly.

Column types are the declared ones (:mod:`.arrowfit`).  SQLite does not enforce
them: a SQLite column whose values do not all fit its declared type is archived
as ``sqlite-json`` -- a text column of JSON values (integer, real, text, or
``{"blob": "<hex>"}``), marked ``"archived_as": "sqlite-json"`` in schema.json --
which restore turns back into exactly those values (into SQLite as they are,
storage class included; into another engine read with the declared type).  Such
an archive is format version 3.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from aishell import __version__
from aishell.audit.hooks import audited
from aishell.engines import dialect_of
from aishell.engines.base import BulkPath, Connection
from aishell.errors import AishellError, UsageError
from aishell.output.formats import csv_field, csv_needs_quotes, text_value
from aishell.services.data.archive import (
    FORMAT,
    ArchiveError,
    TableResult,
    _add_bytes,
    _check_manifest,
    _hash_file,
    _members,
    _read_json,
    _spool,
    archive_writer,
    open_archive,
    read_manifest,
)
from aishell.services.data.arrowfit import SQLITE_JSON
from aishell.services.data.arrowtypes import python_values
from aishell.services.data.constraints import duckdb_names_lost, mysql_foreign_key_names, self_references
from aishell.services.data.loader import Loader
from aishell.services.data.readers import Batch, Source
from aishell.services.data.schema import (
    Load,
    Reported,
    TableSpec,
    ViewSpec,
    bulk_session,
    capture_views,
    enrich,
    foreign_keys_left_out,
    native_ddl,
    order_by_dependencies,
    select_tables,
    spec_of,
    views_to_create,
)
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.services.session import Session

DATA_FORMATS = ("parquet", "csv")
_PARQUET_VERSION = 1
_CSV_VERSION = 2  # CSV data members
_JSON_VERSION = 3  # columns archived as sqlite-json (schema.json: "archived_as")


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:80]


# --------------------------------------------------------------------------- create
@audited("backup", target=lambda session, output, *a, **k: output)
def create_backup(
    session: Session,
    output: str,
    *,
    tables: list[str] | None = None,
    passphrase: str | None = None,
    progress: Callable[[int], None] | None = None,
    data_format: str = "parquet",
    warn: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Write the archive (data members as ``parquet`` or zstd-compressed ``csv``); return its manifest.
    What a crashed operation left on the database refuses it, unless ``warn`` is given
    (``--allow-leftovers``: see :func:`~.recovery.check_leftovers`)."""
    from aishell.services.data.export import ParquetSink
    from aishell.services.data.recovery import check_leftovers

    if data_format not in DATA_FORMATS:
        raise UsageError(f"unknown data format {data_format!r}; choose from {', '.join(DATA_FORMATS)}")
    check_leftovers(session, "a backup", warn)
    session.require_whole_reads("a backup")  # a role that limits tables or rows cannot back up whole tables

    conn = session.connection()
    dialect = conn.dialect
    catalog = session.catalog(refresh=True)
    infos = select_tables(catalog, tables, dialect)
    if not infos:
        raise UsageError("nothing to back up: no tables")
    specs = []
    for info in infos:
        spec = spec_of(info, dialect)
        spec.ddl = native_ddl(conn, info, spec)
        specs.append(spec)
    enrich(conn, specs)
    specs = order_by_dependencies(specs)
    default = catalog.default_schema
    known = {t.name.lower() for t in catalog.tables if default is None or t.schema in (default, None)}
    views = capture_views(conn, [s.name for s in specs] if tables else None, known)
    out_dir = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(out_dir):
        raise UsageError(f"directory does not exist: {out_dir}")
    work = tempfile.mkdtemp(prefix=".aishell-backup-", dir=out_dir)
    total = 0
    as_json: dict[str, list[str]] = {}  # table -> its columns archived as sqlite-json
    snapshot = _begin_snapshot(conn) if len(specs) > 1 else False
    try:
        entries = []
        for index, spec in enumerate(specs):
            suffix = ".csv.zst" if data_format == "csv" else ".parquet"
            member = f"data/{index:04d}_{_safe(spec.name)}{suffix}"
            path = os.path.join(work, f"{index:04d}.parquet")
            cols = ", ".join(quote_name(c.name, dialect) for c in spec.columns)
            table = info_name(spec, conn.has_schemas, dialect)
            sql = f"SELECT {cols} FROM {quote_table(table, dialect)}"
            fast: int | None = None
            if conn.can(BulkPath.PARQUET):  # the engine's own; several tables: only inside the snapshot
                from aishell.services.data.arrowtypes import to_arrow

                fast = conn.table_to_parquet(spec.schema, spec.name, [(c.name, c.type) for c in spec.columns],
                                             to_arrow, path, outside=len(specs) == 1)  # fmt: skip
            if fast is not None:
                rows = fast
            else:
                with open(path, "wb") as fh:
                    # SQLite keeps any value in any column: what fits no common type is archived as
                    # sqlite-json (marked in schema.json), so the archive holds exactly what is there
                    sink = ParquetSink(fh, dialect, types=[c.type for c in spec.columns], lossless=True,
                                       spill_dir=work)  # fmt: skip
                    try:
                        result = session.run(sql, sink)
                        if result.error is None:
                            sink.close()
                    finally:
                        sink.discard()
                    if result.error is not None:
                        raise result.error
                if sink.json_columns:
                    as_json[spec.name] = sink.json_columns
                rows = next((o.summary.rowcount for o in result.outcomes if o.summary is not None), 0)
            if data_format == "csv":
                csv_path = os.path.join(work, f"{index:04d}.csv.zst")
                written = parquet_to_csv_zst(path, csv_path)
                os.unlink(path)
                if written != rows:  # pragma: no cover - a bug, never a user error
                    raise ArchiveError(f"{spec.name}: {written} rows written as CSV, {rows} read")
                path = csv_path
            total += rows
            if progress is not None:
                progress(total)
            sha, size = _hash_file(path)
            entries.append((spec, member, path, rows, sha, size))
        schema_doc = json.dumps({"tables": [_table_doc(s, as_json) for s in specs],
                                 "views": [v.to_dict() for v in views]}, indent=2).encode()  # fmt: skip
        ddl_doc = (";\n\n".join([*(s.ddl or "" for s in specs), *(v.ddl for v in views)]) + ";\n").encode()
        manifest = {
            "format": FORMAT,
            "version": _JSON_VERSION if as_json else _CSV_VERSION if data_format == "csv" else _PARQUET_VERSION,
            "aishell": __version__,
            "engine": conn.engine,
            "dialect": dialect,
            "server_version": conn.server_version(),
            "database": conn.current_database(),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "encrypted": bool(passphrase),
            "data_format": data_format,
            "tables": [
                {"name": s.name, "schema": s.schema, "rows": rows, "member": member}
                for s, member, _p, rows, _h, _z in entries
            ],
            "views": [{"name": v.name, "schema": v.schema} for v in views],
            "members": {
                "schema.json": {"sha256": hashlib.sha256(schema_doc).hexdigest(), "bytes": len(schema_doc)},
                "schema.sql": {"sha256": hashlib.sha256(ddl_doc).hexdigest(), "bytes": len(ddl_doc)},
                **{member: {"sha256": sha, "bytes": size, "rows": rows} for _s, member, _p, rows, sha, size in entries},
            },
        }
        partial = os.path.join(work, "archive.partial")
        with archive_writer(partial, passphrase) as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=2).encode())
            _add_bytes(tar, "schema.json", schema_doc)
            _add_bytes(tar, "schema.sql", ddl_doc)
            for _s, member, path, _r, _h, _z in entries:
                tar.add(path, arcname=member, recursive=False)
        os.replace(partial, output)
    finally:
        if snapshot:
            try:
                conn.rollback()
            except AishellError:
                pass
        shutil.rmtree(work, ignore_errors=True)
    return manifest


def _table_doc(spec: TableSpec, as_json: dict[str, list[str]]) -> dict[str, Any]:
    """A table's entry in schema.json; a column archived as sqlite-json says so (``archived_as``)."""
    doc = spec.to_dict()
    marked = set(as_json.get(spec.name, ()))
    for col in doc.get("columns", []):
        if col.get("name") in marked:
            col["archived_as"] = SQLITE_JSON
    return doc


def _json_columns(doc: dict[str, Any]) -> set[str]:
    """The columns of a table entry of schema.json archived as sqlite-json."""
    return {c["name"] for c in doc.get("columns", []) if isinstance(c, dict) and c.get("archived_as") == SQLITE_JSON}


def _begin_snapshot(conn: Connection) -> bool:
    """Read every table from one snapshot, so the archive is consistent (foreign keys hold)."""
    if conn.in_transaction:
        return False
    statement = conn.snapshot_statement
    if statement is None:
        return False
    try:
        conn.execute(statement).close()
    except AishellError:
        return False
    return True


def info_name(spec: TableSpec, has_schemas: bool, dialect: str) -> str:
    """The table as ``dialect`` names it: qualified when it is not in the engine's default schema."""
    default = dialect_of(dialect).default_schema
    if has_schemas and spec.schema and default is not None and spec.schema != default:
        return f"{spec.schema}.{spec.name}"
    return spec.name


# --------------------------------------------------------------------------- CSV members
_CSV_BATCH = 10_000
_NEEDS_QUOTES = csv_needs_quotes(",")  # the CSV writer's rule: empty, specials, edge spaces, "\\."


def _csv_column(col: Any) -> list[str]:
    """One Arrow column as CSV fields (NULL: the empty field)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = col.type
    if pa.types.is_integer(t) or pa.types.is_boolean(t) or pa.types.is_date32(t):
        return ["" if v is None else v for v in pc.cast(col, pa.string()).to_pylist()]
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return ["" if v is None else csv_field(v, _NEEDS_QUOTES) for v in col.to_pylist()]
    # the texts below never hold a comma, a quote, a newline or an edge space: no quotes needed
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return ["" if v is None else "\\x" + v.hex() for v in col.to_pylist()]
    if pa.types.is_decimal(t):  # positional: every digit, no exponent
        return ["" if v is None else format(v, "f") for v in col.to_pylist()]
    if pa.types.is_timestamp(t):  # time zones as +00:00; infinity as the word
        return ["" if v is None else v if isinstance(v, str) else v.isoformat(sep=" ") for v in python_values(col)]
    if pa.types.is_time(t):
        return ["" if v is None else v.isoformat() for v in col.to_pylist()]
    return ["" if v is None else csv_field(text_value(v), _NEEDS_QUOTES) for v in col.to_pylist()]


def parquet_to_csv_zst(parquet: str, output: str) -> int:
    """Transcode a Parquet file to zstd-compressed CSV with a header, batch by batch; return the rows."""
    import pyarrow.parquet as pq
    import zstandard

    pf = pq.ParquetFile(parquet)
    rows = 0
    with open(output, "wb") as raw, zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=False) as out:
        out.write((",".join(csv_field(n, _NEEDS_QUOTES) for n in pf.schema_arrow.names) + "\n").encode())
        for rb in pf.iter_batches(batch_size=_CSV_BATCH):
            if not rb.num_rows:
                continue
            columns = [_csv_column(c) for c in rb.columns]
            out.write("".join(",".join(fields) + "\n" for fields in zip(*columns, strict=True)).encode())
            rows += rb.num_rows
    return rows


def _csv_member(path: str, member: str, batch_size: int = _CSV_BATCH) -> Source:
    """A CSV member read by the importer's CSV reader (header, NULL vs "", quoted newlines, values
    of any size); a record it cannot parse is a damaged archive."""
    from aishell.services.data.readers import CsvOptions, read_csv

    def damaged(line: int | None, _text: str, reason: str) -> None:
        raise ArchiveError(f"{member} is not valid CSV: line {line}: {reason}")

    try:
        return read_csv(path, "zstd", CsvOptions(), column_names=None, batch_size=batch_size, on_invalid=damaged)
    except UsageError as exc:
        raise ArchiveError(f"{member} is not valid zstd-compressed CSV: {exc.message}") from None
    except Exception as exc:  # zstandard's errors, a truncated stream
        raise ArchiveError(f"{member} is not valid zstd-compressed CSV: {exc}") from None


def _csv_batches(source: Source, member: str) -> Iterator[Batch]:
    """``source``'s batches, a read error being a damaged archive."""
    try:
        yield from source.batches
    except UsageError as exc:
        raise ArchiveError(f"{member} is not valid CSV: {exc.message}") from None
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"{member} is not valid zstd-compressed CSV: {exc}") from None


def _csv_rows(path: str, member: str) -> int:
    """The records in a CSV member, counted by a real CSV parser (quoted newlines are no records), streaming."""
    source = _csv_member(path, member)
    if not source.columns:
        raise ArchiveError(f"{member} has no header")
    return sum(len(batch) for batch in _csv_batches(source, member))


def _member_rows(spool: str, member: str) -> int:
    return _csv_rows(spool, member) if member.endswith(".csv.zst") else _parquet_rows(spool)


# --------------------------------------------------------------------------- reading
def read_info(path: str, passphrase: str | None = None) -> dict[str, Any]:
    """The manifest (the first member only); for a dump the native tools wrote, what it is."""
    from aishell.services.data.native import describe, native_file

    if Path(path).is_file() and native_file(path):
        return describe(path) or {}
    return read_manifest(path, passphrase)


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception as exc:
        raise ArchiveError(f"a data file is not valid Parquet: {exc}") from None


def verify(path: str, passphrase: str | None = None) -> dict[str, Any]:
    """Check every member's checksum and size and every table's row count; return the manifest.
    A native dump (wrapped or not) is checked by its own tool (see :func:`.native.verify_native`)."""
    from aishell.services.data.native import describe, verify_native

    native = describe(path, passphrase)
    if native is not None:
        return verify_native(path, native, passphrase)
    manifest: dict[str, Any] | None = None
    seen: set[str] = set()
    rows_by_member: dict[str, int] = {}
    work = tempfile.mkdtemp(prefix="aishell-verify-")
    try:
        with open_archive(path, passphrase) as tar:
            for member, fh in _members(tar, path):
                if manifest is None:
                    if member.name != "manifest.json":
                        raise ArchiveError(f"{path}: the manifest is missing")
                    manifest = _check_manifest(_read_json(fh, "the manifest", path), path)
                    rows_by_member = {t["member"]: int(t["rows"]) for t in manifest["tables"]}
                    continue
                expected = manifest["members"].get(member.name)
                if expected is None:
                    raise ArchiveError(f"{path}: unexpected member {member.name}")
                spool = os.path.join(work, "member")
                sha, size = _spool(fh, spool)
                if sha != expected["sha256"] or size != int(expected["bytes"]):
                    raise ArchiveError(f"{path}: {member.name} fails its SHA-256 check (the archive is damaged)")
                if member.name in rows_by_member:
                    n = _member_rows(spool, member.name)
                    if n != rows_by_member[member.name]:
                        raise ArchiveError(f"{path}: {member.name} holds {n} rows, the manifest says "
                                           f"{rows_by_member[member.name]}")  # fmt: skip
                seen.add(member.name)
                os.unlink(spool)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if manifest is None:
        raise ArchiveError(f"{path} is empty")
    missing = set(manifest["members"]) - seen
    if missing:
        raise ArchiveError(f"{path}: missing members: {', '.join(sorted(missing))} (truncated?)")
    return manifest


def list_dir(directory: str) -> list[tuple[str, dict[str, Any] | None, str | None]]:
    """``(file, manifest or None, problem or None)`` for every ``*.aishell`` file in ``directory``."""
    from aishell.services.data.crypto import is_encrypted

    if not Path(directory).is_dir():
        raise UsageError(f"no such directory: {directory}")
    out: list[tuple[str, dict[str, Any] | None, str | None]] = []
    for file in sorted(Path(directory).glob("*.aishell")):
        if is_encrypted(str(file)):
            out.append((str(file), None, "encrypted"))
            continue
        try:
            out.append((str(file), read_info(str(file)), None))
        except AishellError as exc:
            out.append((str(file), None, exc.message))
    return out


# --------------------------------------------------------------------------- restore
@audited("restore", target=lambda session, path, *a, **k: path)
def restore(
    session: Session,
    path: str,
    *,
    tables: list[str] | None = None,
    replace: bool = False,
    passphrase: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Reported[TableResult]:
    """Restore into ``session``'s database (any engine), in one transaction where the engine allows.

    The result's ``warnings`` name what could not be re-created in this engine (a default, a
    view, an index, auto-numbering), one ``skipped ...: reason`` line each.  A native dump
    (wrapped or not) is restored by its own tool into the same engine (:func:`.native.restore_native`)."""
    from aishell.services.data.native import describe, restore_native

    native = describe(path, passphrase)
    if native is not None:
        result: Reported[TableResult] = restore_native(session, path, native, tables=tables, replace=replace,
                                                       passphrase=passphrase)  # fmt: skip
        return result
    try:
        return _restore(session, path, tables=tables, replace=replace, passphrase=passphrase, progress=progress,
                        fast=True)  # fmt: skip
    except _NativeRefused:
        # DuckDB's own Parquet reader refused a member (nothing was kept: DuckDB's DDL is
        # transactional): restore again through the loader, which names the row and reason
        return _restore(session, path, tables=tables, replace=replace, passphrase=passphrase, progress=progress,
                        fast=False)  # fmt: skip


class _NativeRefused(ArchiveError):
    """An engine's own reader refused a data member (the loader then finds the row)."""


def _restore(
    session: Session,
    path: str,
    *,
    tables: list[str] | None,
    replace: bool,
    passphrase: str | None,
    progress: Callable[[int], None] | None,
    fast: bool,
) -> Reported[TableResult]:
    from aishell.services.data.import_ import declare_writes, declared_ddl
    from aishell.services.data.recovery import open_journal, recover_before

    conn = session.connection()
    dialect = conn.dialect
    work = tempfile.mkdtemp(prefix="aishell-restore-")
    results: list[TableResult] = []
    notes: list[str] = []
    load: Load | None = None
    stack = ExitStack()
    try:
        with open_archive(path, passphrase) as tar:
            members = _members(tar, path)
            manifest = _next_json(members, "manifest.json", path)
            _check_manifest(manifest, path)
            schema_member, schema_fh = _next(members, path)
            if schema_member.name != "schema.json":
                raise ArchiveError(f"{path}: schema.json is missing")
            raw_schema = schema_fh.read()
            if hashlib.sha256(raw_schema).hexdigest() != manifest["members"]["schema.json"]["sha256"]:
                raise ArchiveError(f"{path}: schema.json fails its SHA-256 check (the archive is damaged)")
            schema_doc = json.loads(raw_schema)
            specs = [TableSpec.from_dict(t) for t in schema_doc["tables"]]
            as_json = {t["name"]: _json_columns(t) for t in schema_doc["tables"]}
            views = [ViewSpec.from_dict(v) for v in schema_doc.get("views") or []]
            archived = {s.name for s in specs}
            if tables:
                wanted = {t.lower() for t in tables}
                unknown = wanted - {s.name.lower() for s in specs}
                if unknown:
                    raise UsageError(f"not in the archive: {', '.join(sorted(unknown))}")
                specs = [s for s in specs if s.name.lower() in wanted]
            notes += recover_before(session)  # what a crashed operation left: finished or undone first
            catalog = session.catalog(refresh=True)
            existing = [s.name for s in specs if catalog.find_table(s.name) is not None]
            view_steps, view_notes = views_to_create(views, {s.name for s in specs}, archived, dialect)
            wanted_views = {step.what[len("view "):] for step in view_steps}
            existing_views = [v.name for v in views if v.name in wanted_views and catalog.find_table(v.name)]
            if (existing or existing_views) and not replace:
                raise UsageError(f"these tables exist already: {', '.join(existing + existing_views)} "
                                 "(pass --replace to overwrite)")  # fmt: skip
            keep = {s.name.lower() for s in specs}
            notes += foreign_keys_left_out(specs, keep, "that table is not restored")
            by_member = {t["member"]: t for t in manifest["tables"]}
            spec_by_name = {s.name: s for s in specs}
            replaced: dict[str, str] = {}  # what --replace overwrites: name -> table | view
            for name in reversed(existing_views) if replace else []:
                info = catalog.find_table(name)
                replaced[name] = info.kind if info is not None and info.kind != "view" else "view"
            for spec in reversed(specs) if replace else []:
                if spec.name in existing:
                    replaced[spec.name] = "table"
            prepared = declare_writes(session, declared_ddl(specs, replaced, view_steps, keep, dialect),
                                      [(s.name, [c.name for c in s.columns]) for s in specs])  # fmt: skip
            stack.enter_context(prepared.gating(conn))  # the gate, before any change: all that runs, runs from it
            stack.enter_context(bulk_session(conn, specs))
            notes += mysql_foreign_key_names(conn, specs, keep)
            load = Load(conn, specs, keep=keep, replaced=replaced, notes=notes,
                        journal=open_journal(session, "restore"))  # fmt: skip
            notes += duckdb_names_lost(conn, specs)
            total = 0
            for member, fh in members:
                entry = by_member.get(member.name)
                if entry is None or entry["name"] not in spec_by_name:
                    continue
                spec = spec_by_name[entry["name"]]
                is_csv = member.name.endswith(".csv.zst")
                spool = os.path.join(work, "data.csv.zst" if is_csv else "data.parquet")
                sha, _size = _spool(fh, spool)
                if sha != manifest["members"][member.name]["sha256"]:
                    raise ArchiveError(f"{path}: {member.name} fails its SHA-256 check (the archive is damaged); "
                                       "nothing was restored")  # fmt: skip
                stage = self_references(conn, spec, spec.foreign_keys)  # DuckDB: parents first
                into = dataclasses.replace(spec, name=stage.into) if stage is not None else spec
                if is_csv:
                    n = _load_csv(conn, into, spool, path, member.name, progress, total,
                                  as_json=as_json.get(spec.name, set()))  # fmt: skip
                else:
                    n = _load_parquet(conn, into, spool, path, member.name, progress, total, fast=fast,
                                      as_json=as_json.get(spec.name, set()))  # fmt: skip
                if stage is not None:
                    stage.settle()
                if n != int(entry["rows"]):
                    raise ArchiveError(f"{path}: {member.name} holds {n} rows, the manifest says {entry['rows']}")
                results.append(TableResult(spec.name, n))
                total += n
                if progress is not None:
                    progress(total)
                os.unlink(spool)
            missing = {s.name for s in specs} - {r.name for r in results}
            if missing:
                raise ArchiveError(f"{path}: no data for {', '.join(sorted(missing))} (truncated?)")
            notes += view_notes
            notes += load.finish(view_steps)
    except BaseException:
        if load is not None:
            load.undo()
        raise
    finally:
        stack.close()
        shutil.rmtree(work, ignore_errors=True)
        session.invalidate_catalog()
    return Reported(results, notes)


def _next(members: Iterator[tuple[tarfile.TarInfo, IO[bytes]]], path: str) -> tuple[tarfile.TarInfo, IO[bytes]]:
    try:
        return next(members)
    except StopIteration:
        raise ArchiveError(f"{path} is empty or truncated") from None


def _next_json(members: Iterator[tuple[tarfile.TarInfo, IO[bytes]]], name: str, path: str) -> Any:
    member, fh = _next(members, path)
    if member.name != name:
        raise ArchiveError(f"{path}: {name} is missing")
    return _read_json(fh, name, path)


def _load_parquet(conn: Connection, spec: TableSpec, file: str, path: str, member: str,
                  progress: Callable[[int], None] | None = None, base: int = 0, *,
                  fast: bool = True, as_json: set[str] | frozenset[str] = frozenset()) -> int:  # fmt: skip
    if as_json:  # SQLite's own values, as JSON: the loader turns them back
        from aishell.services.data.readers import read_parquet

        batches = read_parquet(file, None, batch_size=10_000).batches
        return _load_batches(conn, spec, batches, "native", f"{path}:{member}", progress, base, as_json=as_json)
    if conn.can(BulkPath.READ_FILES) and fast:  # the engine's own reader: streamed, flat memory, no Python per value
        from aishell.errors import QueryError

        cols = ", ".join(quote_name(c.name, conn.dialect) for c in spec.columns)
        sql = (f"INSERT INTO {quote_table(spec.name, conn.dialect)} ({cols}) SELECT {cols} "
               f"FROM {conn.file_reader(file, 'parquet')}")  # fmt: skip
        try:
            cur = conn.execute(sql)
        except QueryError as exc:
            raise _NativeRefused(f"{path}: {member}: {exc.message}") from None
        count = max(cur.rowcount, 0)
        cur.close()
        if progress is not None:
            progress(base + count)
        return int(count)
    if conn.can(BulkPath.PARQUET):
        copied = conn.parquet_into_table(spec.name, [c.name for c in spec.columns], file)
        if copied is not None:
            return copied
    from aishell.services.data.readers import read_parquet

    batches = read_parquet(file, None, batch_size=10_000).batches
    return _load_batches(conn, spec, batches, "native", f"{path}:{member}", progress, base)


def _load_batches(conn: Connection, spec: TableSpec, batches: Iterable[Batch], value_kind: str, where: str,
                  progress: Callable[[int], None] | None, base: int, *,
                  as_json: set[str] | frozenset[str] = frozenset()) -> int:  # fmt: skip
    """A member's batches into ``spec``'s table through the loader (abort on the first bad value);
    the columns of ``as_json`` hold SQLite's values as JSON (``sqlite-json``)."""
    loader = Loader(
        conn,
        spec.name,
        [c.name for c in spec.columns],
        [c.type for c in spec.columns],
        [True] * len(spec.columns),
        value_kind=value_kind,
        value_kinds=[SQLITE_JSON if c.name in as_json else value_kind for c in spec.columns] if as_json else None,
        on_error="abort",
        source=where,
        progress=(lambda n: progress(base + n)) if progress is not None else None,
    )
    return loader.load(batches).inserted


#: column kinds whose CSV text the engine's COPY reads as is (arrays are JSON in the archive, not '{...}')
_COPY_KINDS = {"bool", "smallint", "int", "bigint", "decimal", "float", "text", "binary", "date", "time",
                  "timestamp", "timestamptz", "json", "uuid", "interval"}  # fmt: skip


def _load_csv(conn: Connection, spec: TableSpec, file: str, path: str, member: str,
              progress: Callable[[int], None] | None = None, base: int = 0, *,
              as_json: set[str] | frozenset[str] = frozenset()) -> int:  # fmt: skip
    """A CSV member into ``spec``'s table: the engine's COPY where every column's text is its own, else the
    loader with the archive's column types (each value through its type's text parser; the columns of
    ``as_json`` hold SQLite's values as JSON)."""
    from aishell.errors import QueryError
    names = [c.name for c in spec.columns]
    source = _csv_member(file, f"{path}: {member}")
    header = source.columns
    if header != names:
        raise ArchiveError(f"{path}: {member} has the columns {', '.join(header) or '(none)'}, "
                           f"schema.json says {', '.join(names)}")  # fmt: skip
    if conn.can(BulkPath.COPY_IN_CSV) and not as_json and all(c.type.kind in _COPY_KINDS for c in spec.columns):
        import zstandard

        def chunks() -> Iterator[bytes]:
            with open(file, "rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as fh:
                while chunk := fh.read(1 << 20):
                    yield chunk

        try:
            return int(conn.copy_in_csv(spec.name, names, chunks(), header=True))
        except zstandard.ZstdError as exc:
            raise ArchiveError(f"{path}: {member} is not valid zstd-compressed CSV: {exc}") from None
        except QueryError as exc:
            primary = exc.message.split("\n", 1)[0]
            raise ArchiveError(f"{path}: {member}: {primary}; nothing was restored") from None

    return _load_batches(conn, spec, _csv_batches(source, f"{path}: {member}"), "text", f"{path}:{member}",
                         progress, base, as_json=as_json)  # fmt: skip
