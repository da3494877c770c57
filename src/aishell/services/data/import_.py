"""``aishell import``: load a file into a table, losing nothing.

One transaction around everything (the CREATE TABLE too where the engine's DDL
is transactional; on MySQL/MariaDB a table created by a failed import is
dropped again).  ``abort`` (the default) stops at the first bad row and rolls
back: the table is left exactly as it was, and the message names the file,
line, column and reason.  ``skip`` sends bad rows to ``FILE.rejects.csv``
with the reason for each.  The report reconciles: read = inserted + rejected.

Fast path: a CSV file into PostgreSQL with ``abort`` is streamed byte for byte
into ``COPY ... FROM STDIN (FORMAT csv)``; the server parses it and its error
context gives the line and column.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.errors import PolicyError, QueryError, UsageError
from aishell.services.data import readers
from aishell.services.data.loader import DataError, Loader, RefusedBatch, Rejects, Report
from aishell.sql.kinds import Classification, Kind
from aishell.sql.names import quote_table

if TYPE_CHECKING:  # the type map (and sqlglot) load only where types are needed: not on COPY's path
    from aishell.engines.base import Connection, TableInfo
    from aishell.services.data.typemap import ColType
    from aishell.services.session import Session

SAMPLE_ROWS = 1000
_PG_ENCODINGS = {"utf-8": "UTF8", "utf8": "UTF8", "utf-8-sig": "UTF8", "cp1252": "WIN1252", "latin-1": "LATIN1",
                 "iso-8859-1": "LATIN1"}  # fmt: skip


@dataclass
class ImportOptions:
    path: str
    table: str
    create: bool = False
    fmt: str | None = None
    on_error: str = "abort"
    batch_size: int = 10_000
    types: list[str] = field(default_factory=list)  # --type col=TYPE
    delimiter: str | None = None
    quote: str | None = None
    header: bool | None = None
    encoding: str | None = None
    fast: bool = True  # allow the engine's raw CSV path
    precise: bool = False  # DuckDB: check batches in a staging table, to name a refused row


def check_writable(session: Session, table: str) -> None:
    """Imports write: ask the policy, as for an INSERT typed by the user (the statement is
    built here from a quoted name, so its classification is known without parsing it)."""
    if session.read_only:
        raise PolicyError(f"read-only mode refuses to import into {table}")
    sql = f"INSERT INTO {quote_table(table, session.dialect)} VALUES (1)"
    insert = Classification(sql, Kind.WRITE, "INSERT", reasons=[f"INSERT on {table}"], tables=[table])
    session.check([insert], assume_yes=True)


def import_file(session: Session, opts: ImportOptions, progress: Callable[[int], None] | None = None) -> Report:
    """Load ``opts.path`` into ``opts.table``; the report reconciles read = inserted + rejected."""
    from aishell.services.data.schema import bulk_session

    with bulk_session(session.connection(), []):
        return _import_file(session, opts, progress)


def _import_file(session: Session, opts: ImportOptions, progress: Callable[[int], None] | None) -> Report:
    if opts.on_error not in ("abort", "skip"):
        raise UsageError("--on-error is abort or skip")
    if opts.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    check_writable(session, opts.table)
    conn = session.connection()
    dialect = conn.dialect
    info = session.catalog(refresh=True).find_table(opts.table)
    if info is None and not opts.create:
        raise UsageError(f"no such table: {opts.table} (pass --create to create it from the file)")
    overrides: dict[str, ColType] = {}
    if opts.types:
        from aishell.services.data.typemap import parse_type_override

        try:
            overrides = dict(parse_type_override(t, dialect) for t in opts.types)
        except ValueError as exc:  # a malformed --type is the user's to fix: exit 2, not an internal error
            raise UsageError(str(exc)) from None
    holder: dict[str, Loader] = {}
    early: list[tuple[int | None, str, str]] = []

    def on_invalid(line: int | None, text: str, reason: str) -> None:
        loader = holder.get("loader")
        if loader is None:
            early.append((line, text, reason))
        else:
            loader.invalid(line, text, reason)

    def open_it(batch_size: int) -> readers.Source:
        return readers.open_source(
            opts.path, fmt=opts.fmt, delimiter=opts.delimiter, quote=opts.quote, header=opts.header,
            encoding=opts.encoding, column_names=[c.name for c in info.columns] if info else None,
            batch_size=batch_size, on_invalid=on_invalid,
        )  # fmt: skip

    source = open_it(opts.batch_size)
    if not source.columns:
        raise UsageError(f"{opts.path}: no columns found (empty file?)")
    created = False
    table_name = opts.table
    types: list[ColType] | None = None
    if info is None:
        from aishell.services.data.typemap import create_table_sql

        types = _infer_types(opts, source, open_it, overrides)
        ddl = create_table_sql(opts.table, [(c, types[i], True) for i, c in enumerate(source.columns)], dialect)
        columns = list(source.columns)
        nullable = [True] * len(columns)
    else:
        table_name = info.qualified_name if conn.has_schemas and info.schema else info.name
        if dialect == "sqlite" and info.schema == "main":
            table_name = info.name
        columns, nullable = _match_columns(info, source.columns, opts.path)
        ddl = None
    rejects = Rejects(opts.path + ".rejects.csv") if opts.on_error == "skip" else None
    if rejects is not None and os.path.exists(rejects.path):
        os.unlink(rejects.path)  # a stale file from an earlier run would mislead
    own_tx = not conn.in_transaction
    if ddl is not None and conn.engine == "mysql":  # DDL commits there: create first, drop again on failure
        conn.execute(ddl).close()
        created, ddl = True, None
    if own_tx:
        conn.begin()
    try:
        if ddl is not None:
            conn.execute(ddl).close()
            created = True
        started = time.perf_counter()
        report = _fast_csv(conn, opts, source, table_name, columns, progress)
        if report is None and types is None and info is not None:
            types = _column_types(info, columns, dialect, overrides)
        if report is None and types is not None:
            report = _fast_duckdb(conn, opts, source, table_name, columns, types)
        if report is None and types is not None:
            loader = Loader(conn, table_name, columns, types, nullable, value_kind=source.value_kind,
                            on_error=opts.on_error, rejects=rejects, source=opts.path,
                            progress=progress, precise=opts.precise)  # fmt: skip
            holder["loader"] = loader
            for line, text, reason in early:
                loader.invalid(line, text, reason)
            report = loader.load(source.batches)
        if report is None:  # pragma: no cover - types are known on every path that gets here
            raise QueryError("import: no column types")
        report.elapsed = time.perf_counter() - started
        if own_tx:
            conn.commit()
    except BaseException as exc:
        if own_tx:
            try:
                conn.rollback()
            except Exception:  # noqa: S110 - the original error matters more
                pass
            if created and conn.engine == "mysql":  # DDL is not transactional there
                _drop_quietly(conn, table_name)
        if rejects is not None:
            rejects.close()
        if isinstance(exc, RefusedBatch) and own_tx and not opts.precise:
            # nothing was kept: read the file again, checking each batch first, to name the row
            session.invalidate_catalog()
            return import_file(session, dataclasses.replace(opts, fast=False, precise=True), progress)
        if isinstance(exc, _NativeFailed) and own_tx:
            # the engine's reader refused the file: nothing was kept; the per-row path names the row
            session.invalidate_catalog()
            return import_file(session, dataclasses.replace(opts, fast=False), progress)
        raise
    finally:
        session.invalidate_catalog()
    if rejects is not None:
        rejects.close()
    if not report.reconciles:  # pragma: no cover - a bug, never a user error
        raise QueryError(f"import did not reconcile: {report.line()}")
    return report


def _drop_quietly(conn: Connection, table: str) -> None:
    try:
        conn.execute(f"DROP TABLE IF EXISTS {quote_table(table, conn.dialect)}").close()
    except Exception:  # noqa: S110
        pass


def _infer_types(
    opts: ImportOptions,
    source: readers.Source,
    open_it: Callable[[int], readers.Source],
    overrides: dict[str, ColType],
) -> list[ColType]:
    if source.native_types is not None:
        from aishell.services.data.arrowtypes import from_arrow

        types = [from_arrow(t) for t in source.native_types]
    else:
        sample_source = open_it(SAMPLE_ROWS)
        first = next(iter(sample_source.batches), None)
        rows = first.rows if first is not None else []
        from aishell.services.data.typemap import infer_text, infer_values

        infer = infer_text if source.value_kind == "text" else infer_values
        types = [infer([r[i] for r in rows if i < len(r)]) for i in range(len(source.columns))]
        _close(sample_source.batches)
    low = {k.lower(): v for k, v in overrides.items()}
    unknown = [k for k in low if k not in {c.lower() for c in source.columns}]
    if unknown:
        raise UsageError(f"--type names a column the file does not have: {unknown[0]}")
    return [low.get(c.lower(), t) for c, t in zip(source.columns, types, strict=True)]


def _close(it: Iterator[Any]) -> None:
    close = getattr(it, "close", None)
    if close is not None:
        close()


def _match_columns(info: TableInfo, names: list[str], path: str) -> tuple[list[str], list[bool]]:
    """The table's columns for the file's names (as the table spells them), and their nullability."""
    by_name = {c.name.lower(): c for c in info.columns}
    columns, nullable = [], []
    for name in names:
        col = by_name.get(name.lower())
        if col is None:
            raise UsageError(
                f"{path}: column {name!r} is not in {info.name} "
                f"(its columns: {', '.join(c.name for c in info.columns)})"
            )
        columns.append(col.name)
        nullable.append(col.nullable)
    return columns, nullable


def _column_types(info: TableInfo, columns: list[str], dialect: str, overrides: dict[str, ColType]) -> list[ColType]:
    """The target types of the matched columns (``--type`` overrides win)."""
    from aishell.services.data.typemap import from_sql

    by_name = {c.name: c for c in info.columns}
    low = {k.lower(): v for k, v in overrides.items()}
    return [low.get(name.lower()) or from_sql(by_name[name].data_type, dialect) for name in columns]


# the COPY line of the error context (a JSON or array parser adds lines of its own before it)
_CONTEXT = re.compile(r"^\s*COPY .*?, line (\d+)(?:, column ([^:]+))?", re.M)


def _fast_csv(
    conn: Connection,
    opts: ImportOptions,
    source: readers.Source,
    table: str,
    columns: list[str],
    progress: Callable[[int], None] | None,
) -> Report | None:
    """CSV straight into PostgreSQL's COPY; None when the path does not apply."""
    copy_in = getattr(conn, "copy_in_csv", None)
    csv_opts = source.csv
    if copy_in is None or not opts.fast or opts.on_error != "abort" or csv_opts is None:
        return None
    encoding = _PG_ENCODINGS.get(csv_opts.encoding.lower())
    if encoding is None or (csv_opts.encoding.lower() == "utf-8-sig" and not csv_opts.header):
        return None
    _close(source.batches)
    seen = [0]

    def chunks() -> Iterator[bytes]:
        with readers.open_binary(opts.path, source.compression) as fh:
            while chunk := fh.read(1 << 20):
                if progress is not None:
                    seen[0] += chunk.count(b"\n")
                    progress(seen[0])
                yield chunk

    try:
        count = int(copy_in(table, columns, chunks(), header=csv_opts.header, delimiter=csv_opts.delimiter,
                            quote=csv_opts.quote, encoding=encoding))  # fmt: skip
    except QueryError as exc:
        m = _CONTEXT.search(exc.message.split("CONTEXT:", 1)[-1]) if "CONTEXT:" in exc.message else None
        primary = exc.message.split("\n", 1)[0]
        if m:
            where = f"{opts.path}, line {m.group(1)}"
            if m.group(2):
                where += f", column {m.group(2).strip()}"
        else:
            where = opts.path
        raise DataError(f"{where}: {primary}; nothing was imported (the table is unchanged)",
                        engine=exc.engine) from None  # fmt: skip
    return Report(read=count, inserted=count)


class _NativeFailed(QueryError):
    """The engine's own reader refused the file (the per-row path then finds the row)."""


_DUCKDB_TEXT_KINDS = {"bool", "smallint", "int", "bigint", "decimal", "float", "text", "date", "time", "timestamp",
                      "timestamptz", "json", "uuid"}  # fmt: skip


def _fast_duckdb(
    conn: Connection,
    opts: ImportOptions,
    source: readers.Source,
    table: str,
    columns: list[str],
    types: list[ColType],
) -> Report | None:
    """DuckDB's own CSV and Parquet readers, straight into the table (abort mode); None when not applicable."""
    if conn.engine != "duckdb" or not opts.fast or opts.on_error != "abort":
        return None
    from aishell.sql.names import quote_name

    def lit(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    target = quote_table(table, "duckdb")
    cols = ", ".join(quote_name(c, "duckdb") for c in columns)
    path = lit(str(Path(opts.path).resolve()))
    if source.format == "parquet":
        names = ", ".join(quote_name(c, "duckdb") for c in source.columns)
        sql = f"INSERT INTO {target} ({cols}) SELECT {names} FROM read_parquet({path})"
    elif source.format in ("csv", "tsv") and source.csv is not None:
        c = source.csv
        if c.encoding.lower() not in ("utf-8", "utf8", "utf-8-sig") or any(t.kind not in _DUCKDB_TEXT_KINDS
                                                                           for t in types):  # fmt: skip
            return None
        compression = {"gzip": "gzip", "zstd": "zstd"}.get(source.compression or "", "none")
        spec = ", ".join(lit(f"c{i}") + ": 'VARCHAR'" for i in range(len(columns)))
        sql = (
            f"INSERT INTO {target} ({cols}) SELECT * FROM read_csv({path}, header = {'true' if c.header else 'false'}, "
            f"delim = {lit(c.delimiter)}, quote = {lit(c.quote)}, escape = {lit(c.quote)}, all_varchar = true, "
            f"allow_quoted_nulls = false, auto_detect = false, compression = {lit(compression)}, "
            f"columns = {{{spec}}})"
        )
    else:
        return None
    _close(source.batches)
    try:
        cur = conn.execute(sql)
    except QueryError as exc:
        raise _NativeFailed(exc.message, engine=exc.engine) from None
    count = max(cur.rowcount, 0)
    cur.close()
    return Report(read=count, inserted=count)
