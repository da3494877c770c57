"""``aishell import``: load a file into a table, losing nothing.

One transaction around everything (the CREATE TABLE too where the engine's DDL
is transactional; on MySQL/MariaDB a table created by a failed import is
dropped again).  ``abort`` (the default) stops at the first bad row and rolls
back: the table is left exactly as it was, and the message names the file,
line, column and reason.  ``skip`` sends bad rows to ``FILE.rejects.csv``
with the reason for each.  The report reconciles: read = inserted + rejected.

Fast path: a CSV file into PostgreSQL with ``abort`` is streamed byte for byte
into ``COPY ... FROM STDIN (FORMAT csv)`` (a TSV file, PostgreSQL's text format,
into ``FORMAT text``); the server parses it and its error context gives the line
and column.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.audit.hooks import audited
from aishell.engines.base import BulkPath
from aishell.errors import QueryError, UsageError
from aishell.services.data import readers
from aishell.services.data.loader import DataError, Loader, RefusedBatch, Rejects, Report
from aishell.sql.names import quote_table

if TYPE_CHECKING:  # the type map (and sqlglot) load only where types are needed: not on COPY's path
    from aishell.engines.base import Connection, TableInfo
    from aishell.services.data.recovery import Journal
    from aishell.services.data.schema import Step, TableSpec
    from aishell.services.data.typemap import ColType
    from aishell.services.session import Prepared, Session

SAMPLE_ROWS = 1000
_PG_ENCODINGS = {"utf-8": "UTF8", "utf8": "UTF8", "utf-8-sig": "UTF8", "cp1252": "WIN1252", "latin-1": "LATIN1",
                 "iso-8859-1": "LATIN1"}  # fmt: skip


@dataclass
class ImportOptions:
    path: str
    table: str = ""
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
    #: round numbers with more decimal places than their column keeps (counted); without it such a row is bad
    round: bool = False
    #: key-value engines: overwrite keys that exist (else an existing key is an error)
    replace: bool = False


def declare_writes(session: Session, ddl: list[str], loads: list[tuple[str, list[str]]]) -> Prepared:
    """Pass the statements a data operation will run through the session's one gate: ``ddl``
    (its DROP and CREATE statements, in order) and, for each ``(table, columns)`` of ``loads``,
    the INSERT that loads its rows (the bulk paths -- COPY, LOAD DATA, Arrow -- load the same
    rows).  The operation was asked for: a destructive statement needs no further consent, but
    the policy refuses what it refuses (writes, schema changes) before anything is touched."""
    from aishell.services.session import insert_statement
    from aishell.sql.kinds import Classification, Kind

    inserts = [insert_statement(table, columns, session.dialect) for table, columns in loads]
    # the INSERTs are built here from quoted names: their classification is known, and a plain
    # load never pays for loading the SQL parser (the DDL, when there is some, is parsed)
    known = [Classification(sql, Kind.WRITE, "INSERT", reasons=[f"inserts rows into {table}"], tables=[table])
             for sql, (table, _cols) in zip(inserts, loads, strict=True)]  # fmt: skip
    classes = (session.classify_each(ddl) if ddl else []) + known
    prepared = session.decide([*ddl, *inserts], classes=classes)
    session.clear(prepared, assume_yes=True)
    return prepared


def declared_ddl(creates: list[TableSpec], replaced: dict[str, str], views: list[Step], keep: set[str],
                 dialect: str) -> list[str]:  # fmt: skip
    """The DDL a copy or a restore runs, to declare it (:func:`declare_writes`): the DROP of what
    ``--replace`` overwrites (``replaced``: name -> table | view), the CREATE TABLE of ``creates``
    and what follows their data (keys, indexes, foreign keys), and the views' CREATE VIEW."""
    from aishell.services.data.schema import create_sql, drop_sql, drop_view_sql, post_load_sql

    drops = [drop_view_sql(n, dialect) if k == "view" else drop_sql(n, dialect) for n, k in replaced.items()]
    tables = [create_sql(spec, dialect, keep_fks=keep, notes=[], earlier={e.name.lower() for e in creates[:i]})
              for i, spec in enumerate(creates)]  # fmt: skip
    after = [sql for spec in creates for sql in post_load_sql(spec, dialect, keep_fks=keep)]
    return [*drops, *tables, *after, *(step.stmts[0] for step in views if step.stmts)]


@audited("import", target=lambda session, opts, *a, **k: f"{opts.path} -> {opts.table}")
def import_file(session: Session, opts: ImportOptions, progress: Callable[[int], None] | None = None) -> Report:
    """Load ``opts.path`` into ``opts.table``; the report reconciles read = inserted + rejected."""
    from aishell.services.keyspace import import_keys, is_key_value

    if is_key_value(session):  # a key-value engine (Redis): a key export (JSON Lines), no table
        return import_keys(session, opts.path, replace=opts.replace)
    if not opts.table:
        raise UsageError("give the target table with --table")
    if opts.on_error not in ("abort", "skip"):
        raise UsageError("--on-error is abort or skip")
    if opts.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    from aishell.services.data.recovery import recover_before

    repaired = recover_before(session)  # what a crashed operation left: finished or undone first
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
        if conn.bare_default_schema and info.schema == conn.engine_dialect.default_schema:
            table_name = info.name
        columns, nullable = _match_columns(info, source.columns, opts.path)
        ddl = None
    from aishell.services.data.schema import bulk_session

    declared = declare_writes(session, [ddl] if ddl is not None else [], [(table_name, columns)])
    with declared.gating(conn), bulk_session(conn, []):  # what runs from here, runs from that decision
        return _load_file(session, opts, progress, conn, source, info, declared=(table_name, columns, nullable,
                          types, ddl), early=early, holder=holder, repaired=repaired, overrides=overrides)  # fmt: skip


def _load_file(session: Session, opts: ImportOptions, progress: Callable[[int], None] | None, conn: Connection,
               source: readers.Source, info: Any, *, declared: tuple[str, list[str], list[bool], list[ColType] | None,
               str | None], early: list[tuple[int | None, str, str]], holder: dict[str, Loader],
               repaired: list[str], overrides: dict[str, ColType]) -> Report:  # fmt: skip
    """Load ``source`` into the declared table through ``conn`` (gated by the declaration)."""
    dialect = conn.dialect
    table_name, columns, nullable, types, ddl = declared
    created = False
    rejects = Rejects(opts.path + ".rejects.csv", source.originals) if opts.on_error == "skip" else None
    if rejects is not None and os.path.exists(rejects.path):
        os.unlink(rejects.path)  # a stale file from an earlier run would mislead
    own_tx = not conn.in_transaction
    journal: Journal | None = None
    if ddl is not None and not conn.transactional_ddl:  # DDL commits there: create first, drop again on failure
        if own_tx and types is not None:  # under a staging name, renamed into place once committed
            table_name, ddl, journal = _staging(session, conn, opts.table, columns, types)
        try:
            conn.execute(ddl).close()
        except BaseException:
            if journal is not None:
                journal.end()
            raise
        created, ddl = True, None
    if own_tx:
        conn.begin()
    try:
        if ddl is not None:
            conn.execute(ddl).close()
            created = True
        started = time.perf_counter()
        report = _fast_csv(conn, opts, source, table_name, columns, progress,
                           _copy_scales(info, columns, types, dialect))  # fmt: skip
        if report is None and types is None and info is not None:
            types = _column_types(info, columns, dialect, overrides)
        if report is None and types is not None:
            report = _fast_duckdb(conn, opts, source, table_name, columns, types)
        if report is None and types is not None:
            loader = Loader(conn, table_name, columns, types, nullable, value_kind=source.value_kind,
                            on_error=opts.on_error, rejects=rejects, source=opts.path,
                            progress=progress, precise=opts.precise, round_decimals=opts.round)  # fmt: skip
            holder["loader"] = loader
            for line, text, reason in early:
                loader.invalid(line, text, reason)
            report = loader.load(source.batches)
        if report is None:  # pragma: no cover - types are known on every path that gets here
            raise QueryError("import: no column types")
        report.elapsed = time.perf_counter() - started
        if source.csv is not None and source.csv.guessed:  # an encoding other than UTF-8 was guessed: say so
            report.notes.append(readers.encoding_note(opts.path, source.csv.encoding, source.csv.guessed) or "")
        if own_tx:
            conn.commit()
        if journal is not None:  # committed: the staging table takes the table's name
            journal.update("committed")
            for statement in conn.engine_dialect.schema.rename_sql([(table_name, opts.table)]):
                _run(conn, statement)
            table_name, created = opts.table, False
            journal.end()
            journal = None
    except BaseException as exc:
        if own_tx:
            try:
                conn.rollback()
            except Exception:  # noqa: S110 - the original error matters more
                pass
            if created and not conn.transactional_ddl:  # DDL is not transactional there
                dropped = _drop_quietly(conn, table_name)
                if journal is not None:
                    journal.end(remove=dropped)  # not dropped: the next run drops it
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
    report.notes[:0] = repaired
    return report


def _drop_quietly(conn: Connection, table: str) -> bool:
    from aishell.services.data.schema import drop_sql

    try:
        conn.execute(drop_sql(table, conn.dialect)).close()
    except Exception:
        return False
    return True


def _run(conn: Connection, sql: str) -> None:
    conn.execute(sql).close()


def _staging(session: Session, conn: Connection, table: str, columns: list[str],
             types: list[ColType]) -> tuple[str, str, Journal | None]:  # fmt: skip
    """MySQL/MariaDB commit a CREATE TABLE at once: a new table is created and loaded under a
    staging name, in the journal (:mod:`.recovery`), so that a process killed half-way never
    leaves a half-loaded table under the real name.  Its name, DDL and journal."""
    import secrets

    from aishell.services.data.recovery import open_journal, staging_name
    from aishell.services.data.typemap import create_table_sql

    tag = secrets.token_hex(4)
    staged = staging_name(tag, table)
    journal = open_journal(session, "import")
    if journal is not None:
        journal.start(conn, tag, "loading", table=table, staged=staged)
    return staged, create_table_sql(staged, [(c, t, True) for c, t in zip(columns, types, strict=True)],
                                    conn.dialect), journal  # fmt: skip


def _infer_types(
    opts: ImportOptions,
    source: readers.Source,
    open_it: Callable[[int], readers.Source],
    overrides: dict[str, ColType],
) -> list[ColType]:
    if source.native_types is not None:
        from aishell.services.data.arrowtypes import from_arrow

        types = [from_arrow(t) for t in source.native_types]
        if any(t.kind == "text" for t in types):  # text holding JSON documents or UUIDs: jsonb and uuid
            from aishell.services.data.typemap import infer_text

            sample_source = open_it(SAMPLE_ROWS)
            first = next(iter(sample_source.batches), None)
            rows = first.rows if first is not None else []
            _close(sample_source.batches)
            for i, t in enumerate(types):
                if t.kind == "text":
                    found = infer_text([r[i] for r in rows if isinstance(r[i], str)])
                    if found.kind in ("json", "uuid"):
                        types[i] = found
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


#: COPY's refusals of the file's layout (line ends, field counts, quoting): the per-row path reads
#: such a file as skip mode does (any mix of CR, LF and CRLF; a short or long row is a bad row at
#: its line), so abort and skip agree about the same file
_LAYOUT_ERRORS = ("carriage return found in data", "newline found in data", "end-of-copy marker",
                  "missing data for column", "extra data after last expected column",
                  "unterminated CSV quoted field")  # fmt: skip
#: a line holding only ``\.``: COPY's end-of-data marker, which would silently end the load there
_END_MARKER = re.compile(rb"\\\.(?=[\r\n])")
_NEGATIVE_EXPONENT = (re.compile(rb"e-[0-9]"), re.compile(rb"E-[0-9]"))  # each starts with a literal: fast
_NUMERIC = re.compile(r"^(?:numeric|decimal)\s*\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\)$")


@dataclass
class _Scale:
    column: str
    precision: int | None
    scale: int  # decimal places kept: of the number, or of the seconds (``seconds``)
    declared: str
    seconds: bool = False


_TIMES = re.compile(r"^(timestamp|time)\s*(?:\(\s*(\d+)\s*\))?( with(?:out)? time zone)?$")


def _copy_scales(info: TableInfo | None, columns: list[str], types: list[ColType] | None,
                 dialect: str) -> dict[int, _Scale]:  # fmt: skip
    """The file's columns that go to PostgreSQL numerics of a fixed scale, or times and timestamps
    (which keep 6 decimal places of seconds, or p for ``timestamp(p)``): both round on input."""
    found: dict[int, _Scale] = {}
    if info is not None:
        by_name = {c.name: c for c in info.columns}
        for i, name in enumerate(columns):
            col = by_name.get(name)
            if col is None:
                continue
            low = col.data_type.strip().lower()
            if m := _NUMERIC.match(low):
                found[i] = _Scale(name, int(m.group(1)), int(m.group(2) or 0), col.data_type)
            elif t := _TIMES.match(low):
                found[i] = _Scale(name, None, min(int(t.group(2) or 6), 6), col.data_type, seconds=True)
    elif types is not None:
        from aishell.services.data.typemap import enforced_scale

        for i, (name, ct) in enumerate(zip(columns, types, strict=True)):
            scale = enforced_scale(ct, dialect)
            if scale is not None:
                found[i] = _Scale(name, ct.precision, scale, f"numeric({ct.precision},{scale})")
            elif ct.kind in ("time", "timestamp", "timestamptz"):
                found[i] = _Scale(name, None, 6, ct.kind, seconds=True)
    return found


def _fast_csv(
    conn: Connection,
    opts: ImportOptions,
    source: readers.Source,
    table: str,
    columns: list[str],
    progress: Callable[[int], None] | None,
    scales: dict[int, _Scale] | None = None,
) -> Report | None:
    """CSV straight into PostgreSQL's COPY; None when the path does not apply.

    The server would round a number with more decimal places than its numeric(p,s) column keeps,
    so the bytes are searched on their way for any number with more than s decimal places (regular
    expressions on a thread of their own, :class:`_ByteScan`; times and timestamps likewise for their
    decimal places of seconds); only when one is found is the file read again (Arrow,
    the numeric columns checked at C speed) to find the value: it aborts the import, or with
    ``--round`` it is counted.  A line holding only ``\\.`` (COPY's end-of-data marker) and COPY's
    refusals of the file's layout hand the file to the per-row path."""
    csv_opts = source.csv
    if not conn.can(BulkPath.COPY_IN_CSV) or not opts.fast or opts.on_error != "abort" or csv_opts is None:
        return None
    encoding = _PG_ENCODINGS.get(csv_opts.encoding.lower())
    if encoding is None or (csv_opts.encoding.lower() == "utf-8-sig" and not csv_opts.header):
        return None
    scales = scales or {}
    if any(s.scale < 0 for s in scales.values()):
        return None  # numeric(p,-s) rounds whole digits: the per-value path checks those
    _close(source.batches)
    seen = [0]
    least = min((s.scale for s in scales.values()), default=0)
    scan = _ByteScan(least if scales else None)

    def chunks() -> Iterator[bytes]:
        scan.start()
        try:
            with readers.open_binary(opts.path, source.compression) as fh:
                while chunk := fh.read(1 << 20):
                    if scan.marker:
                        break
                    scan.feed(chunk)
                    if progress is not None:
                        seen[0] += chunk.count(b"\n")
                        progress(seen[0])
                    yield chunk
        finally:
            scan.finish()
        if scan.marker:
            raise _NativeFailed(f"{opts.path}: a line holds only \\. (COPY's end-of-data marker)")

    try:
        count = int(conn.copy_in_csv(table, columns, chunks(), header=csv_opts.header,
                                     delimiter=csv_opts.delimiter, quote=csv_opts.quote, encoding=encoding,
                                     text=csv_opts.text))  # fmt: skip
    except _NativeFailed:
        raise
    except QueryError as exc:
        primary = exc.message.split("\n", 1)[0]
        if any(text in primary for text in _LAYOUT_ERRORS):
            raise _NativeFailed(exc.message, engine=exc.engine) from None
        m = _CONTEXT.search(exc.message.split("CONTEXT:", 1)[-1]) if "CONTEXT:" in exc.message else None
        if m:
            where = f"{opts.path}, line {m.group(1)}"
            if m.group(2):
                where += f", column {m.group(2).strip()}"
        else:
            where = opts.path
        raise DataError(f"{where}: {primary}; nothing was imported (the table is unchanged)",
                        engine=exc.engine) from None  # fmt: skip
    report = Report(read=count, inserted=count)
    if scan.found:
        report.rounded = _scan_scales(opts, source, csv_opts, scales, conn.dialect)
    return report


class _ByteScan(threading.Thread):
    """Searches the bytes COPY is sent, on a thread of its own (the main thread mostly waits for
    the server meanwhile), for a line holding only ``\\.`` (``marker``) and, given ``least``, for
    a number with more than ``least`` decimal places or a negative exponent (``found``: only then
    are the numeric columns read and checked).  A positive exponent adds no decimal place that the
    mantissa has not.  Each search starts with a literal: a few ms per MB."""

    def __init__(self, least: int | None) -> None:
        import queue

        super().__init__(name="aishell-copy-scan", daemon=True)
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self.candidates = re.compile(rb"\.[0-9]{%d}[0-9]*[1-9]" % least) if least is not None else None
        self.found = False
        self.marker = False

    def feed(self, chunk: bytes) -> None:
        self.queue.put(chunk)

    def finish(self) -> None:
        if self.is_alive():
            self.queue.put(None)
            self.join()

    def run(self) -> None:
        tail = b"\n"  # the file starts a line
        try:
            while (chunk := self.queue.get()) is not None:
                if self.marker:
                    continue
                text = tail + chunk
                if b"\\" in text and _has_end_marker(text):
                    self.marker = True
                if self.candidates is not None and not self.found:
                    self.found = bool(self.candidates.search(text) or _negative_exponent(text))
                run = len(chunk) - len(chunk.rstrip(b"0123456789.eE+-"))  # a number cut at the chunk's end
                tail = chunk[-(run + 2) :]
            if _has_end_marker(tail + b"\n"):
                self.marker = True
        except Exception:  # never seen; the numeric columns are then read and checked
            self.found = self.candidates is not None
            while self.queue.get() is not None:
                pass


def _has_end_marker(text: bytes) -> bool:
    return any(m.start() > 0 and text[m.start() - 1] in b"\r\n" for m in _END_MARKER.finditer(text))


def _negative_exponent(text: bytes) -> bool:
    """A number such as ``1.5e-3`` (a digit before the e): ``name-1`` is none."""
    for pattern in _NEGATIVE_EXPONENT:
        if any(m.start() > 0 and 48 <= text[m.start() - 1] <= 57 for m in pattern.finditer(text)):
            return True
    return False


def _scan_scales(opts: ImportOptions, source: readers.Source, csv_opts: readers.CsvOptions,
                 scales: dict[int, _Scale], dialect: str) -> int:  # fmt: skip
    """Read the CSV file's numeric and time columns (Arrow, vectorised) for values with more decimal
    places than their column keeps: the first one is a DataError, or with ``--round`` they are counted."""
    from aishell.services.data.decimals import lossy_decimals, lossy_seconds

    again = readers.read_csv(opts.path, source.compression, csv_opts, column_names=None,
                             batch_size=readers.DEFAULT_BATCH * 10, on_invalid=lambda *_: None)  # fmt: skip
    total = 0
    try:
        for batch in again.batches:
            first: tuple[int, _Scale, str] | None = None
            for i, spec in scales.items():
                if i >= batch.arrow.num_columns:
                    continue
                col = batch.arrow.column(i)
                hits = lossy_seconds(col, spec.scale) if spec.seconds else lossy_decimals(col, spec.scale)
                total += len(hits)
                if hits and (first is None or hits[0] < first[0]):
                    first = (hits[0], spec, str(col[hits[0]].as_py()))
            if first is not None and not opts.round:
                index, spec, text = first
                where = f"{opts.path}, line {batch.line(index)}, column {spec.column}"
                raise DataError(f"{where}: {_scale_reason(spec, text, dialect)}; nothing was imported "
                                "(the table is unchanged)")  # fmt: skip
    finally:
        _close(again.batches)
    return total


def _scale_reason(spec: _Scale, text: str, dialect: str) -> str:
    """The per-value path's reason for ``text`` in the column ``spec`` (the same words either way)."""
    from aishell.services.data.typemap import ColType, decimal_fitter, from_sql, seconds_fitter, text_parser

    if spec.seconds:
        ct = from_sql(spec.declared, dialect)
        fitter = seconds_fitter(ct, dialect)
    else:
        ct = ColType("decimal", spec.precision, spec.scale, native=spec.declared)
        fitter = decimal_fitter(ct, dialect)
    try:
        value = text_parser(ct)(text)
        if fitter is not None:
            fitter(value)
    except (ValueError, ArithmeticError) as exc:
        return str(exc)
    return f"{text.strip()[:40]} has more decimal places than {spec.declared} keeps ({spec.scale}): it would be rounded"


class _NativeFailed(QueryError):
    """The engine's own reader refused the file (the per-row path then finds the row)."""


_READER_TEXT_KINDS = {"bool", "smallint", "int", "bigint", "decimal", "float", "text", "date", "time", "timestamp",
                      "timestamptz", "json", "uuid"}  # fmt: skip


def _fast_duckdb(
    conn: Connection,
    opts: ImportOptions,
    source: readers.Source,
    table: str,
    columns: list[str],
    types: list[ColType],
) -> Report | None:
    """The engine's own CSV and Parquet readers (:attr:`~aishell.engines.base.BulkPath.READ_FILES`:
    DuckDB's), straight into the table (abort mode); None when not applicable."""
    if not conn.can(BulkPath.READ_FILES) or not opts.fast or opts.on_error != "abort":
        return None
    from aishell.services.data.typemap import enforced_scale
    from aishell.sql.names import quote_name

    def lit(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    dialect = conn.dialect
    target = quote_table(table, dialect)
    cols = ", ".join(quote_name(c, dialect) for c in columns)
    path = str(Path(opts.path).resolve())
    if source.format == "parquet":
        native = source.native_types or [None] * len(source.columns)
        guarded = [_reader_guard(quote_name(n, dialect), t, a, dialect)
                   for n, t, a in zip(source.columns, types, native, strict=True)]  # fmt: skip
        if opts.round and any(g != quote_name(n, dialect) for g, n in zip(guarded, source.columns, strict=True)):
            return None  # the per-value path rounds and counts
        sql = f"INSERT INTO {target} ({cols}) SELECT {', '.join(guarded)} FROM {conn.file_reader(path, 'parquet')}"
    elif source.format in ("csv", "tsv") and source.csv is not None:
        c = source.csv
        if c.encoding.lower() not in ("utf-8", "utf8", "utf-8-sig") or any(t.kind not in _READER_TEXT_KINDS
                                                                           for t in types):  # fmt: skip
            return None
        if opts.round and any(enforced_scale(t, dialect) is not None for t in types):
            return None  # the per-value path rounds and counts
        if len(columns) == 1:
            return None  # DuckDB's reader passes empty lines over: in one column they are NULLs
        if c.text:
            return None  # TSV (PostgreSQL's text format): its escapes are decoded on the generic path
        compression = {"gzip": "gzip", "zstd": "zstd"}.get(source.compression or "", "none")
        spec = ", ".join(lit(f"c{i}") + ": 'VARCHAR'" for i in range(len(columns)))
        select = ", ".join(_reader_guard(f'"c{i}"', t, None, dialect) for i, t in enumerate(types))
        reader = conn.file_reader(path, "csv", header="true" if c.header else "false", delim=lit(c.delimiter),
                                  quote=lit(c.quote), escape=lit(c.quote), all_varchar="true",
                                  allow_quoted_nulls="false", auto_detect="false", compression=lit(compression),
                                  columns=f"{{{spec}}}")  # fmt: skip
        sql = f"INSERT INTO {target} ({cols}) SELECT {select} FROM {reader}"
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


def _reader_guard(expr: str, ct: ColType, arrow_type: Any, dialect: str) -> str:
    """``expr`` (a column of DuckDB's CSV reader, as text, or of a Parquet file, typed as
    ``arrow_type``) for a column of ``ct``, raising an error for a value that DuckDB's cast would
    change silently -- ``1.005`` into DECIMAL(10,2), ``1.5`` into INTEGER, ``1e400`` into DOUBLE,
    a seventh decimal place of seconds.  The per-value path then finds the row and the reason."""
    from aishell.services.data.decimals import EXPONENT_PATTERN, lossy_pattern, seconds_pattern
    from aishell.services.data.typemap import enforced_scale, seconds_precision

    def lit(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    kind = ct.kind
    text = arrow_type is None or _arrow_is_text(arrow_type)
    cond = None
    if kind == "decimal" and (scale := enforced_scale(ct, dialect)) is not None:
        if text:
            cond = f"regexp_matches({expr}, {lit(lossy_pattern(scale) + '|' + EXPONENT_PATTERN)})"
        elif _arrow_kind(arrow_type) == "float" or (_arrow_kind(arrow_type) == "decimal"
                                                     and arrow_type.scale > scale):  # fmt: skip
            cond = f"(NOT isfinite({expr}::DOUBLE) OR round({expr}, {scale}) <> {expr})"
    elif kind in ("smallint", "int", "bigint"):
        if text:
            cond = f"regexp_matches({expr}, '[.eE]')"
        elif _arrow_kind(arrow_type) == "float":
            cond = f"(NOT isfinite({expr}) OR {expr} <> trunc({expr}))"
        elif _arrow_kind(arrow_type) == "decimal" and arrow_type.scale > 0:
            cond = f"{expr} <> trunc({expr})"
    elif kind == "float" and text:
        cond = f"regexp_matches({expr}, '[eE][+]?[0-9]{{3,}}')"  # 1e309 would be infinity
    elif kind in ("time", "timestamp", "timestamptz") and text:  # past what the column keeps of the seconds
        places = seconds_precision(ct, dialect)
        cond = f"regexp_matches({expr}, {lit(seconds_pattern(6 if places is None else places))})"
    if cond is None:
        return expr
    return f"CASE WHEN {cond} THEN error('aishell: a value needs the per-value check') ELSE {expr} END"


def _arrow_is_text(t: Any) -> bool:
    import pyarrow as pa

    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def _arrow_kind(t: Any) -> str:
    import pyarrow as pa

    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_decimal(t):
        return "decimal"
    return "other"
