"""``aishell export``: a table or query to a file, streamed in batches.

* CSV/TSV go through the session's one execution path with the CSV writer,
  which takes the engine's native bytes when it can: PostgreSQL ``COPY ...
  TO STDOUT``, DuckDB's own CSV writer.  NULL is an empty field, the empty
  string is ``""``.
* JSON/JSONL: the streaming JSON writer (decimals keep every digit, binary is
  base64, dates and times ISO 8601).
* Parquet: Arrow record batches, one per fetched batch, with the column types
  taken from the result's types (see :func:`arrow_schema`).
* ``.gz`` and ``.zst`` compress on the fly; ``-o -`` writes to stdout.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from aishell.engines.base import ResultColumn, Row
from aishell.errors import UsageError
from aishell.output.sink import Sink, Summary
from aishell.services.data.readers import FORMATS, split_name
from aishell.sql.kinds import Classification, Kind
from aishell.sql.names import quote_table

if TYPE_CHECKING:
    from aishell.services.data.typemap import ColType
    from aishell.services.session import Session


@dataclass
class ExportOptions:
    output: str
    table: str | None = None
    query: str | None = None
    fmt: str | None = None
    header: bool = True


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


def export(session: Session, opts: ExportOptions, progress: Callable[[int], None] | None = None) -> int:
    """Run the export; return the number of rows written."""
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
    fmt, compression = resolve_format(opts.output, opts.fmt)
    if opts.output == "-":
        return _export(session, opts, sql, classes, fmt, compression, progress)
    # a file: written beside its final name and renamed when complete, so a failed export
    # leaves neither a partial file nor a truncated older one
    final = Path(opts.output)
    if not final.parent.is_dir():
        raise UsageError(f"cannot write {opts.output}: no such directory {final.parent}")
    partial = str(final.parent / f".{final.name}.{secrets.token_hex(6)}.part")
    try:
        open(partial, "xb").close()  # a new file with the usual mode (the umask applies)
    except OSError as exc:
        raise UsageError(f"cannot write {opts.output}: {exc.strerror}") from None
    try:
        count = _export(session, dataclasses.replace(opts, output=partial), sql, classes, fmt, compression, progress)
        os.replace(partial, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
    return count


def _export(session: Session, opts: ExportOptions, sql: str, classes: list[Classification], fmt: str,
            compression: str | None, progress: Callable[[int], None] | None) -> int:  # fmt: skip
    if fmt == "parquet" and opts.output != "-" and opts.table is not None and session.target.url.engine == "postgres":
        count = _pg_parquet(session, opts.table, opts.output)
        if count is not None:
            if progress is not None:
                progress(count)
            return count
    if fmt == "parquet" and opts.output != "-":
        native = getattr(session.connection(), "copy_out_file", None)
        if native is not None:  # DuckDB's own Parquet writer
            count = native(sql, str(Path(opts.output).resolve()), "parquet")
            if count is not None:
                if progress is not None:
                    progress(int(count))
                return int(count)
    stream, close = open_output(opts.output, compression)
    sink: Sink | None = None
    text: io.TextIOWrapper | None = None
    try:
        if fmt == "parquet":
            sink = ParquetSink(stream, session.dialect)
        else:
            from aishell.output.formats import CSVWriter, JSONWriter

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=False)
            if fmt in ("csv", "tsv"):
                raw = _Counting(_raw_writer(text), progress, header=opts.header)
                sink = CSVWriter(text, delimiter="\t" if fmt == "tsv" else ",", header=opts.header, binary=raw)
            else:
                sink = JSONWriter(text, lines=fmt == "jsonl")
        if fmt in ("csv", "tsv") and opts.table is not None and _scanner_exact(session, opts.table):
            from aishell.services.data.fastpaths import mysql_table_to_csv

            assert text is not None
            count = mysql_table_to_csv(session.target.url, opts.table,
                                       _Counting(_raw_writer(text), progress, header=opts.header),
                                       header=opts.header, delimiter="\t" if fmt == "tsv" else ",")  # fmt: skip
            if count is not None:
                text.flush()
                text.detach()
                return count
        wrapped = _ProgressSink(sink, progress)
        result = session.run(sql, wrapped, assume_yes=False, classes=classes)
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
    return summaries[-1].rowcount if summaries else 0


def _pg_parquet(session: Session, table: str, output: str) -> int | None:
    """A PostgreSQL table to Parquet through DuckDB's postgres scanner, when every column maps exactly."""
    from aishell.services.data.fastpaths import pg_table_to_parquet
    from aishell.services.data.typemap import from_sql

    info = session.catalog().find_table(table)
    if info is None or info.kind != "table":
        return None
    columns = [(c.name, from_sql(c.data_type, "postgres")) for c in info.columns]
    return pg_table_to_parquet(session.target.url, info.schema, info.name, columns, str(Path(output).resolve()))


def _scanner_exact(session: Session, table: str) -> bool:
    """DuckDB's mysql scanner keeps every value of this MySQL table exactly (wide decimals become DOUBLE)."""
    if session.target.url.engine != "mysql":
        return False
    from aishell.services.data.typemap import from_sql

    info = session.catalog().find_table(table)
    if info is None:
        return False
    for col in info.columns:
        ct = from_sql(col.data_type, "mysql")
        if ct.kind == "decimal" and not (ct.precision and ct.precision <= 38):
            return False
        if ct.kind not in ("bool", "smallint", "int", "bigint", "decimal", "text", "date", "timestamp", "binary",
                           "json", "float"):  # fmt: skip
            return False
        if "unsigned" in col.data_type.lower() and ct.kind == "bigint":
            return False
    return True


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
    """Writes each batch as an Arrow record batch; the schema is fixed by the first batch."""

    def __init__(self, stream: IO[bytes], dialect: str, *, types: list[ColType] | None = None,
                 row_group_rows: int = 100_000) -> None:  # fmt: skip
        self.stream = stream
        self.dialect = dialect
        self.types = types
        self.writer: Any = None
        self.schema: Any = None
        self.columns: list[ResultColumn] = []
        self.row_group_rows = row_group_rows
        self.pending: list[Any] = []
        self.pending_rows = 0
        self._parsers: list[Callable[[str], Any] | None] | None = None
        if types is not None:
            from aishell.services.data.typemap import text_parser

            self._parsers = [
                text_parser(t) if t.kind not in ("text", "json", "uuid", "interval", "decimal", "binary") else None
                for t in types
            ]

    def begin(self, columns: list[ResultColumn]) -> None:
        self.columns = columns

    def _schema(self, batch: list[Row]) -> Any:
        import pyarrow as pa

        from aishell.services.data.arrowtypes import to_arrow

        fields = []
        for i, col in enumerate(self.columns):
            t = to_arrow(self.types[i]) if self.types is not None else arrow_type_for(col, self.dialect)
            if t is None:
                values = [r[i] for r in batch]
                try:
                    t = pa.array(values).type
                except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
                    t = pa.string()
                if pa.types.is_null(t):
                    t = pa.string()
            fields.append(pa.field(col.name, t))
        return pa.schema(fields)

    def rows(self, batch: list[Row]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not batch:
            return
        if self.schema is None:
            self.schema = self._schema(batch)
            self.writer = pq.ParquetWriter(self.stream, self.schema, compression="zstd")
        arrays = []
        for i, f in enumerate(self.schema):
            values = [r[i] for r in batch]
            parse = self._parsers[i] if self._parsers is not None else None
            if parse is not None:  # typed text (SQLite keeps dates and times as text)
                try:
                    values = [parse(v) if isinstance(v, str) else v for v in values]
                except ValueError as exc:
                    raise UsageError(f"column {f.name}: {exc}") from None
            arrays.append(_to_array(values, f.type, f.name))
        self.pending.append(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.pending_rows += len(batch)
        if self.pending_rows >= self.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            self.writer.write_table(pa.Table.from_batches(self.pending, schema=self.schema))
            self.pending.clear()
            self.pending_rows = 0

    def end(self, summary: Summary) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.writer is None and summary.returns_rows:
            if self.types is not None:
                from aishell.services.data.arrowtypes import to_arrow

                fields = [pa.field(c.name, to_arrow(t)) for c, t in zip(self.columns, self.types, strict=True)]
            else:
                fields = [pa.field(c.name, arrow_type_for(c, self.dialect) or pa.string()) for c in self.columns]
            self.schema = pa.schema(fields)
            self.writer = pq.ParquetWriter(self.stream, self.schema, compression="zstd")

    def close(self) -> None:
        if self.writer is not None:
            self._flush()
            self.writer.close()
            self.writer = None

    def discard(self) -> None:
        """After a failure: close the writer without flushing what is pending.  Never raises."""
        writer, self.writer = self.writer, None
        self.pending.clear()
        if writer is not None:
            try:
                writer.close()
            except Exception:  # noqa: S110 - the export failed already; its error is the one to report
                pass


def _to_array(values: list[Any], t: Any, name: str) -> Any:
    import datetime as dt
    import decimal

    import pyarrow as pa

    from aishell.output.formats import text_value

    if pa.types.is_string(t):
        values = [v if v is None or isinstance(v, str) else text_value(v) for v in values]
    elif pa.types.is_decimal(t):
        values = [decimal.Decimal(v) if isinstance(v, (str, int, float)) else v for v in values]
    elif pa.types.is_timestamp(t) and t.tz is None:
        values = [v.astimezone(dt.UTC).replace(tzinfo=None)
                  if isinstance(v, dt.datetime) and v.tzinfo is not None else v for v in values]  # fmt: skip
    elif pa.types.is_boolean(t):
        values = [bool(v) if isinstance(v, int) else v for v in values]
    elif pa.types.is_binary(t):
        values = [bytes(v) if isinstance(v, (bytearray, memoryview)) else v for v in values]
    elif pa.types.is_list(t) and pa.types.is_string(t.value_type):  # numeric[] and the like: exact text
        values = [v if v is None else [e if e is None or isinstance(e, str) else text_value(e) for e in v]
                  for v in values]  # fmt: skip
    try:
        return pa.array(values, type=t)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
        raise UsageError(f"column {name}: a value does not fit {t}: {exc}") from None
