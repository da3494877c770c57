"""``aishell export``: a table or query to a file, streamed in batches.

* CSV/TSV go through the session's one execution path with the CSV (TSV)
  writer, which takes the engine's native bytes when it can: PostgreSQL ``COPY
  ... TO STDOUT``, DuckDB's own CSV writer.  Every path writes the same bytes:
  PostgreSQL's ``COPY`` CSV (NULL an empty field, the empty string ``""``) and
  text format for TSV (NULL ``\\N``); see :mod:`aishell.output.formats`.
* JSON/JSONL: the streaming JSON writer (decimals keep every digit, binary is
  base64, dates and times ISO 8601).  JSON lines take the engine's bytes when it can make
  them (the session's bulk path with ``csv_format="jsonl"``: PostgreSQL's COPY read by Arrow),
  the same bytes the writer would write.
* Parquet: Arrow record batches, with each column's type taken from the declared
  type (a SQLite table's declaration and affinity) or the result's type, widened
  when a later batch does not fit it and never narrowed; a value that fits no
  type is an error (exit 1), never a truncation (see :mod:`.arrowfit`).
* ``.gz`` and ``.zst`` compress on the fly; ``-o -`` writes to stdout.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from aishell.audit.hooks import audited
from aishell.engines import dialect_of
from aishell.engines.base import BulkPath, ResultColumn, Row
from aishell.errors import UsageError
from aishell.output.sink import Sink, Summary
from aishell.services.data.loader import DataError
from aishell.services.data.readers import FORMATS, split_name
from aishell.services.data.whole import written_whole
from aishell.sql.kinds import Classification, Kind
from aishell.sql.names import quote_table

if TYPE_CHECKING:
    from aishell.services.data.arrowfit import ColumnFit
    from aishell.services.data.typemap import ColType
    from aishell.services.session import Session


@dataclass
class ExportOptions:
    output: str
    table: str | None = None
    query: str | None = None
    fmt: str | None = None
    header: bool = True
    match: str | None = None  # key-value engines: the keys to export (a SCAN pattern)


class _Counting:
    """Wraps a binary write: counts lines for the progress display (an estimate while it runs:
    a quoted newline counts as a row; the command reports the exact count at the end)."""

    def __init__(self, write: Callable[[bytes], object], progress: Callable[[int], None] | None,
                 *, header: bool = False) -> None:  # fmt: skip
        self._write = write
        self.progress = progress
        self.lines = -1 if header else 0

    def __call__(self, data: bytes) -> object:
        if self.progress is not None:
            self.lines += data.count(b"\n")
            self.progress(max(self.lines, 0))
        return self._write(data)


class _ProgressSink(Sink):
    """Passes everything to ``inner`` and reports rows as they go by."""

    def __init__(self, inner: Sink, progress: Callable[[int], None] | None) -> None:
        self.inner = inner
        self.progress = progress
        self.count = 0
        self.raw_csv = inner.raw_csv
        self.csv_header = inner.csv_header
        self.csv_delimiter = inner.csv_delimiter
        self.csv_format = inner.csv_format
        self.out = getattr(inner, "out", None)

    def begin(self, columns: list[ResultColumn]) -> None:
        self.inner.begin(columns)

    def rows(self, batch: list[Row]) -> None:
        self.inner.rows(batch)
        self.count += len(batch)
        if self.progress is not None:
            self.progress(self.count)

    def end(self, summary: Summary) -> None:
        self.inner.end(summary)

    def close(self) -> None:
        self.inner.close()


def open_output(path: str, compression: str | None) -> tuple[IO[bytes], Callable[[], None]]:
    """A binary stream for ``path`` (``-``: stdout), compressing; and its closer."""
    if path == "-":
        base: IO[bytes] = sys.stdout.buffer
        own = False
    else:
        try:
            base = open(path, "wb")  # noqa: SIM115 - closed by the closer
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror}") from None
        own = True
    if compression == "gzip":
        import gzip

        gz = gzip.GzipFile(fileobj=base, mode="wb", compresslevel=6)

        def close_gz() -> None:
            gz.close()
            base.flush()
            if own:
                base.close()

        return gz, close_gz  # type: ignore[return-value]
    if compression == "zstd":
        import zstandard

        zw: IO[bytes] = zstandard.ZstdCompressor(level=3).stream_writer(base, closefd=False)

        def close_zst() -> None:
            zw.flush()
            zw.close()
            base.flush()
            if own:
                base.close()

        return zw, close_zst

    def close_plain() -> None:
        base.flush()
        if own:
            base.close()

    return base, close_plain


def resolve_format(output: str, fmt: str | None) -> tuple[str, str | None]:
    guessed, compression = split_name(output) if output != "-" else (None, None)
    fmt = fmt or guessed
    if fmt is None:
        if output == "-":
            fmt = "csv"
        else:
            raise UsageError(f"cannot tell the format from {output!r}: use --format {'|'.join(FORMATS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "parquet" and compression:
        raise UsageError("Parquet is compressed inside: write .parquet without .gz/.zst")
    return fmt, compression


@audited("export", target=lambda session, opts, *a, **k: opts.table or opts.output)
def export(session: Session, opts: ExportOptions, progress: Callable[[int], None] | None = None,
           warn: Callable[[str], None] | None = None) -> int:  # fmt: skip
    """Run the export; return the number of rows written.  What a crashed operation left on the
    database refuses it, unless ``warn`` is given (``--allow-leftovers``: see
    :func:`~.recovery.check_leftovers`)."""
    from aishell.services.data.recovery import check_leftovers
    from aishell.services.keyspace import export_keys, is_key_value

    if is_key_value(session):  # a key-value engine (Redis): its keys as JSON Lines
        if opts.table is not None or opts.query is not None:
            raise UsageError("a key-value database exports keys: use --match PATTERN, not --table or --query")
        return export_keys(session, opts.output, opts.match)
    if opts.match is not None:
        raise UsageError("--match is for key-value databases (Redis); use --table or --query")
    if (opts.table is None) == (opts.query is None):
        raise UsageError("give either --table or --query")
    if opts.query is not None:
        sql = opts.query
        classes = session.classify(sql)
        if len(classes) != 1 or not classes[0].is_read:
            raise UsageError("export runs one query that reads (SELECT, TABLE, VALUES, WITH ... SELECT)")
    else:  # built here from a quoted name: a read, and no need to load the parser for it
        sql = f"SELECT * FROM {quote_table(opts.table or '', session.dialect)}"
        classes = [Classification(sql, Kind.READ, "SELECT", tables=[opts.table or ""])]
        if session.role is not None and session.role.restricts_tables:
            classes = session.classify(sql)  # the table, as the role's gate names it
    fmt, compression = resolve_format(opts.output, opts.fmt)
    check_leftovers(session, "an export", warn)  # a query may read what a crashed operation set aside too
    if opts.output == "-":
        return _export(session, opts, sql, classes, fmt, compression, progress)
    return written_whole(opts.output, lambda partial: _export(
        session, dataclasses.replace(opts, output=partial), sql, classes, fmt, compression, progress))


def _export(session: Session, opts: ExportOptions, sql: str, classes: list[Classification], fmt: str,
            compression: str | None, progress: Callable[[int], None] | None) -> int:  # fmt: skip
    conn = session.connection()
    session.check(classes)  # the role's verdict before an engine's own path reads anything
    bulk = not session.caps_rows  # a role's row cap: read through the session, which applies it
    if bulk and fmt == "parquet" and opts.output != "-" and opts.table is not None and conn.can(BulkPath.PARQUET):
        count = _table_parquet(session, opts.table, opts.output)
        if count is not None:
            if progress is not None:
                progress(count)
            return count
    if bulk and fmt == "parquet" and opts.output != "-" and conn.can(BulkPath.COPY_OUT_FILE):  # DuckDB's own writer
        count = conn.copy_out_file(sql, str(Path(opts.output).resolve()), "parquet")
        if count is not None:
            if progress is not None:
                progress(int(count))
            return int(count)
    stream, close = open_output(opts.output, compression)
    sink: Sink | None = None
    text: io.TextIOWrapper | None = None
    try:
        if fmt == "parquet":
            sink = ParquetSink(stream, session.dialect, types=_declared_types(session, opts.table),
                               spill_dir=str(Path(opts.output).parent) if opts.output != "-" else None)  # fmt: skip
        else:
            from aishell.output.formats import CSVWriter, JSONWriter, TSVWriter

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=False)
            if fmt in ("csv", "tsv"):
                raw = _Counting(_raw_writer(text), progress, header=opts.header)
                sink = (TSVWriter if fmt == "tsv" else CSVWriter)(text, header=opts.header, binary=raw)
            else:  # JSON lines: engine-made bytes where the engine can (csv_format "jsonl")
                lines = _Counting(_raw_writer(text), progress) if fmt == "jsonl" else None
                sink = JSONWriter(text, lines=fmt == "jsonl", binary=lines)
        scans = bulk and fmt == "csv" and conn.can(BulkPath.SCAN_CSV)
        scanned = _scanned_columns(session, opts.table) if scans else None
        if scanned is not None and opts.table is not None:
            assert text is not None
            count = conn.table_to_csv(opts.table, scanned, _Counting(_raw_writer(text), progress, header=opts.header),
                                      header=opts.header, delimiter=",")  # fmt: skip
            if count is not None:
                text.flush()
                text.detach()
                return count
        wrapped = _ProgressSink(sink, progress)
        # the user's --query goes to the history; the SELECT built for --table does not
        result = session.run(sql, wrapped, assume_yes=False, classes=classes, record=opts.query is not None)
        if result.error is not None:
            raise result.error
        sink.close()
        if text is not None:
            text.flush()
            text.detach()
    except BaseException:
        if isinstance(sink, ParquetSink):
            sink.discard()  # before its stream closes: a writer left open fails later, in __del__
        raise
    finally:
        close()
    summaries = [o.summary for o in result.outcomes if o.summary is not None]
    return summaries[-1].rowcount - summaries[-1].hidden if summaries else 0  # (hidden: a role's row cap)


def _table_parquet(session: Session, table: str, output: str) -> int | None:
    """A table to Parquet by the engine's own means outside the session's connection (PostgreSQL:
    DuckDB's postgres scanner), when every column maps exactly."""
    from aishell.services.data.arrowtypes import to_arrow
    from aishell.services.data.typemap import from_sql

    info = session.catalog().find_table(table)
    if info is None or info.kind != "table":
        return None
    conn = session.connection()
    columns = [(c.name, from_sql(c.data_type, conn.dialect)) for c in info.columns]
    return conn.table_to_parquet(info.schema, info.name, columns, to_arrow, str(Path(output).resolve()),
                                 outside=True, inside=False)  # fmt: skip


def _declared_types(session: Session, table: str | None) -> list[ColType] | None:
    """The declared column types of a table of an engine whose columns keep any value (SQLite: its
    results report none; a Parquet column's type then comes from the declaration and the affinity,
    see :mod:`.arrowfit`)."""
    if table is None or not dialect_of(session.dialect).type_rules.keeps_any_value:
        return None
    from aishell.services.data.typemap import from_sql

    info = session.catalog().find_table(table)
    if info is None:
        return None
    return [from_sql(c.data_type, session.dialect) for c in info.columns]


def _scanned_columns(session: Session, table: str | None) -> list[tuple[str, Any]] | None:
    """A table's columns (declared type, ColType) for the engine's scanner export (it decides
    whether it keeps every value exactly); None: no such table."""
    if table is None:
        return None
    from aishell.services.data.typemap import from_sql

    info = session.catalog().find_table(table)
    if info is None:
        return None
    dialect = session.connection().dialect
    return [(col.data_type, from_sql(col.data_type, dialect)) for col in info.columns]


def _raw_writer(text: io.TextIOWrapper) -> Callable[[bytes], object]:
    def write(data: bytes) -> object:
        text.flush()
        return text.buffer.write(data)

    return write


# --------------------------------------------------------------------------- Parquet
def arrow_type_for(column: ResultColumn, dialect: str) -> Any | None:
    """The Arrow type for a result column from its reported type, or None to infer it."""
    from aishell.services.data.arrowtypes import to_arrow
    from aishell.services.data.typemap import from_sql

    if not column.type_name:
        return None
    ct = from_sql(column.type_name, dialect)
    textual = ("varchar", "character", "char", "text", "string", "bpchar", "longtext", "mediumtext")
    if ct.kind == "text" and not column.type_name.lower().startswith(textual):
        return None
    return to_arrow(ct)


class ParquetSink(Sink):
    """Writes the rows as Parquet, in row groups of ``row_group_rows``.

    Each column's Arrow type comes from ``types`` (the declared column types) or else from the
    result's reported types, and is widened when a later batch does not fit it, never narrowed
    (:mod:`.arrowfit`); the rows written before are then rewritten in the wider type.  Row groups
    past the first go to a temporary file (in ``spill_dir``) until the end, so they can be
    rewritten; ``close`` copies the file to ``stream``.  ``lossless`` (backups of SQLite): a column
    whose values fit no common type is written as ``sqlite-json`` (see :attr:`json_columns`)."""

    def __init__(self, stream: IO[bytes], dialect: str, *, types: list[ColType] | None = None,
                 row_group_rows: int = 100_000, lossless: bool = False,
                 spill_dir: str | None = None) -> None:  # fmt: skip
        self.stream = stream
        self.dialect = dialect
        self.types = types
        self.lossless = lossless
        self.spill_dir = spill_dir
        self.writer: Any = None
        self.schema: Any = None
        self.columns: list[ResultColumn] = []
        self.row_group_rows = row_group_rows
        self.pending: list[Any] = []
        self.pending_rows = 0
        self.fits: list[ColumnFit] | None = None
        self._spill: IO[bytes] | None = None
        self._done = False

    def begin(self, columns: list[ResultColumn]) -> None:
        self.columns = columns
        if self.types is not None and len(self.types) != len(columns):
            self.types = None  # not the columns the types were read for: the result's own types

    @property
    def json_columns(self) -> list[str]:
        """The columns written as ``sqlite-json`` (SQLite values that fit no common type)."""
        return [f.name for f in self.fits or [] if f.json]

    def _fits(self) -> list[ColumnFit]:
        if self.fits is None:
            from aishell.services.data.arrowfit import ColumnFit, start_type
            from aishell.services.data.typemap import text_parser

            sqlite = dialect_of(self.dialect).type_rules.keeps_any_value  # SQLite's loose values
            fits = []
            for i, col in enumerate(self.columns):
                parse, kind = None, None
                if self.types is not None:
                    ct = self.types[i]
                    kind = ct.kind
                    start = start_type(ct, self.dialect)
                    if ct.kind not in ("text", "json", "uuid", "interval", "decimal", "binary"):
                        parse = text_parser(ct)
                else:
                    start = arrow_type_for(col, self.dialect)
                fits.append(ColumnFit(col.name, start, sqlite=sqlite, lossless=self.lossless, parse=parse,
                                      kind=kind))  # fmt: skip
            self.fits = fits
        return self.fits

    def rows(self, batch: list[Row]) -> None:
        import pyarrow as pa

        from aishell.services.data.arrowfit import Misfit, first_misfit

        if not batch:
            return
        fits = self._fits()
        changed: list[int] = []
        arrays = []
        for i, fit in enumerate(fits):
            values = [r[i] for r in batch]
            try:
                arrays.append(fit.convert(values))
                continue
            except Misfit:
                pass
            wider = fit.widen(values)
            if wider is None and not fit.lossless:
                bad = first_misfit(fit, values)
                raise DataError(f"column {fit.name}: {_shown(bad)} does not fit {fit.arrow_type} "
                                f"(the type of its other values){_hint(self.dialect)}")  # fmt: skip
            if wider is None:
                fit.json = True
            else:
                fit.type, fit.placeholder = wider, False
            changed.append(i)
            try:
                arrays.append(fit.convert(values))
            except Misfit as exc:  # pragma: no cover - widen() chose a type that holds them
                raise DataError(f"column {fit.name}: {exc}") from None
        if changed:
            self._rewrite(changed)
        self.schema = pa.schema([pa.field(f.name, f.arrow_type) for f in fits])
        self.pending.append(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.pending_rows += len(batch)
        if self.pending_rows >= self.row_group_rows:
            self._flush()

    def _settle(self) -> None:
        """Decide the columns that have held only NULL so far (as text, widened later if need be)."""
        import pyarrow as pa

        changed = []
        for i, fit in enumerate(self._fits()):
            if fit.type is None and not fit.json:
                fit.type, fit.placeholder = pa.string(), True
                changed.append(i)
        if changed:
            self._rewrite(changed)
        self.schema = pa.schema([pa.field(f.name, f.arrow_type) for f in self._fits()])

    def _recast(self, rb: Any, changed: list[int]) -> Any:
        import pyarrow as pa

        fits = self._fits()
        arrays = [fits[i].recast(col) if i in changed else col for i, col in enumerate(rb.columns)]
        schema = pa.schema([pa.field(f.name, f.arrow_type) for f in fits])
        return pa.RecordBatch.from_arrays(arrays, schema=schema)

    def _rewrite(self, changed: list[int]) -> None:
        """Bring what was converted before into the columns' new types: the pending batches, and
        the row groups written to the temporary file (into a new one)."""
        import tempfile

        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pending = [self._recast(rb, changed) for rb in self.pending]
        if self.writer is None or self._spill is None:
            return
        self.writer.close()
        old = self._spill
        old.seek(0)
        schema = pa.schema([pa.field(f.name, f.arrow_type) for f in self._fits()])
        self._spill = tempfile.TemporaryFile(dir=self.spill_dir)  # noqa: SIM115 - closed in close()/discard()
        self.writer = pq.ParquetWriter(self._spill, schema, compression="zstd")
        try:
            source = pq.ParquetFile(old)
            for group in range(source.num_row_groups):
                table = source.read_row_group(group)
                rbs = [self._recast(rb, changed) for rb in table.to_batches()]
                if rbs:
                    self.writer.write_table(pa.Table.from_batches(rbs, schema=schema))
        finally:
            old.close()
        self.schema = schema

    def _flush(self) -> None:
        import tempfile

        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.pending:
            return
        self._settle()
        if self.writer is None:
            self._spill = tempfile.TemporaryFile(dir=self.spill_dir)  # noqa: SIM115 - closed in close()/discard()
            self.writer = pq.ParquetWriter(self._spill, self.schema, compression="zstd")
        self.writer.write_table(pa.Table.from_batches(self.pending, schema=self.schema))
        self.pending.clear()
        self.pending_rows = 0

    def end(self, summary: Summary) -> None:
        if summary.returns_rows:
            self._fits()  # a result with no rows is still written, with its columns

    def close(self) -> None:
        import shutil

        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.fits is None or self._done:
            return
        self._done = True
        if self.writer is None:  # one row group or none: straight to the stream
            self._settle()
            with pq.ParquetWriter(self.stream, self.schema, compression="zstd") as writer:
                if self.pending:
                    writer.write_table(pa.Table.from_batches(self.pending, schema=self.schema))
            self.pending.clear()
            return
        self._flush()
        self.writer.close()
        self.writer = None
        assert self._spill is not None
        self._spill.seek(0)
        shutil.copyfileobj(self._spill, self.stream, 1 << 20)
        self._spill.close()
        self._spill = None

    def discard(self) -> None:
        """After a failure: close the writer without flushing what is pending.  Never raises."""
        writer, self.writer = self.writer, None
        self.pending.clear()
        self._done = True
        if writer is not None:
            try:
                writer.close()
            except Exception:  # noqa: S110 - the export failed already; its error is the one to report
                pass
        if self._spill is not None:
            self._spill.close()
            self._spill = None


def _shown(value: Any) -> str:
    from aishell.services.data.arrowfit import _category

    kind = {"int": "integer", "float": "real", "str": "text", "bytes": "blob", "bool": "boolean"}
    shown = repr(value) if not isinstance(value, (bytes, bytearray, memoryview)) else f"x'{bytes(value)[:16].hex()}'"
    return f"{shown[:60]} ({kind.get(_category(value), _category(value))})"


def _hint(dialect: str) -> str:
    found = dialect_of(dialect)
    if found.type_rules.keeps_any_value:
        return f"; {found.display_name} keeps any value in any column: CAST the column in a --query to choose its type"
    return ""
