"""The loss-free bulk loader shared by import, copy and restore.

Rows arrive in batches.  Each value is converted for its target column in
Python first (so a bad value is reported with its line, column and reason),
then the batch goes to the engine's bulk path:

* PostgreSQL: ``COPY ... FROM STDIN`` (psycopg's ``write_row``);
* MySQL/MariaDB: ``LOAD DATA LOCAL INFILE`` of a temporary file when the
  server allows it, otherwise multi-row ``INSERT`` batches;
* SQLite: ``executemany``; DuckDB: Arrow batches (or ``executemany``).

Everything runs in one transaction, so ``abort`` leaves the table exactly as
it was.  Each batch runs under a savepoint (where the engine has them): when
the server rejects a batch (a duplicate key, a check constraint), the batch
is rolled back to the savepoint and bisected to find the bad rows, which
abort the import or go to the rejects file.  DuckDB has no savepoints: in
skip mode its batches are checked in a staging table instead (``duckdb_stage``).
The report always reconciles: rows read = rows inserted + rows rejected.
"""

from __future__ import annotations

import csv
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from aishell.engines.base import Connection
from aishell.errors import AishellError, ConnectionLostError, QueryCancelledError, QueryError
from aishell.services.data.readers import Batch

if TYPE_CHECKING:  # the type map (and sqlglot) load with the first Loader, not with this module
    from aishell.services.data.typemap import ColType


class DataError(QueryError):
    """A row of input data could not be loaded (aborts the import)."""


class RefusedBatch(DataError):
    """The engine refused a batch and cannot say which row (DuckDB: no savepoints to bisect
    under); a caller that can read its input again retries with ``precise=True``."""


@dataclass
class Report:
    read: int = 0
    inserted: int = 0
    rejected: int = 0
    rejects_path: str | None = None
    elapsed: float = 0.0
    #: what else happened (what a crashed operation had left, finished or undone first)
    notes: list[str] = field(default_factory=list)
    #: values rounded to their column's scale (only with ``--round``: otherwise such a row is rejected)
    rounded: int = 0

    @property
    def reconciles(self) -> bool:
        return self.read == self.inserted + self.rejected

    def line(self) -> str:
        text = f"{self.read} rows read, {self.inserted} inserted, {self.rejected} rejected"
        if self.rejects_path and self.rejected:
            text += f" (see {self.rejects_path})"
        if self.rounded:
            text += f", {self.rounded} value{'s' if self.rounded != 1 else ''} rounded"
        if self.elapsed:
            text += f" in {self.elapsed:.2f}s"
        return text


class Rejects:
    """``FILE.rejects.csv``: line, column, reason and the row, in file order.

    Rejects arrive out of order (the reader reports unparseable records as it meets them, the
    server's refusals come per batch): they are kept and written, sorted by line, on
    :meth:`close`.  ``originals`` gives the records' text exactly as in the input file (by line);
    a row it cannot give is written as parsed, its values joined as CSV."""

    def __init__(self, path: str, originals: Callable[[list[int]], dict[int, str]] | None = None) -> None:
        self.path = path
        self.originals = originals
        self._kept: list[tuple[int | None, int, str | None, str, Sequence[Any] | str]] = []
        self.count = 0

    def add(self, line: int | None, column: str | None, reason: str, row: Sequence[Any] | str) -> None:
        self._kept.append((line, self.count, column, reason, row if isinstance(row, str) else tuple(row)))
        self.count += 1

    def close(self) -> None:
        if not self._kept:
            return
        kept, self._kept = self._kept, []
        kept.sort(key=lambda k: (k[0] is None, k[0] or 0, k[1]))  # by line; unnumbered last, as they came
        found: dict[int, str] = {}
        if self.originals is not None:
            try:
                found = self.originals(sorted({k[0] for k in kept if k[0] is not None}))
            except Exception:  # the rows as parsed are written instead
                found = {}
        with open(self.path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["line", "column", "reason", "row"])
            for line, _seq, column, reason, row in kept:
                shown = found.get(line) if line is not None else None
                if shown is None:
                    shown = row if isinstance(row, str) else _joined(row)
                writer.writerow(["" if line is None else line, column or "", reason, shown])


def _joined(row: Sequence[Any]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(["" if v is None else _text(v) for v in row])
    return buf.getvalue()


def _text(value: Any) -> str:
    from aishell.output.formats import text_value

    return text_value(value)


Progress = Callable[[int], None]


class Loader:
    """Loads batches into one existing table, in the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        table: str,
        columns: Sequence[str],
        types: Sequence[ColType],
        nullable: Sequence[bool],
        *,
        value_kind: str,
        on_error: str = "abort",
        rejects: Rejects | None = None,
        source: str = "",
        progress: Progress | None = None,
        precise: bool = False,
        value_kinds: Sequence[str] | None = None,
        round_decimals: bool = False,
    ) -> None:
        """``precise``: on DuckDB in abort mode too, check each batch in a staging table first,
        so a refused row is named with its line and reason (slower; used after a refusal).

        ``value_kind``: what the values are -- ``text`` (CSV fields), ``json`` (JSON values),
        ``native`` (typed values), ``sqlite`` (SQLite's own values: into SQLite as they are, into
        another engine as ``native``) or ``sqlite-json`` (those as JSON text, see
        :mod:`.arrowfit`); ``value_kinds``: one per column instead."""
        self.conn = conn
        self.dialect = conn.dialect
        self.table = table
        self.columns = list(columns)
        self.types = list(types)
        self.nullable = list(nullable)
        self.on_error = on_error
        self.rejects = rejects
        self.source = source
        self.report = Report(rejects_path=rejects.path if rejects else None)
        self.progress = progress
        from aishell.services.data.typemap import adapter, native_parser, sqlite_parser, text_parser, value_parser

        makers: dict[str, Callable[[ColType], Callable[[Any], Any]]] = {
            "text": text_parser, "json": value_parser, "native": native_parser,
            "sqlite": lambda t: sqlite_parser(t, self.dialect),
            "sqlite-json": lambda t: sqlite_parser(t, self.dialect, from_json=True),
        }  # fmt: skip
        kinds = list(value_kinds) if value_kinds is not None else [value_kind] * len(self.types)
        self._parsers = [makers[k](t) for k, t in zip(kinds, self.types, strict=True)]
        # a number with more decimal places than its column keeps is an error, or with
        # ``round_decimals`` rounded here and counted (the engine would round it silently)
        from aishell.services.data.typemap import Rounding, seconds_fitter, submicro_rounder, with_decimal_check

        self.rounding = Rounding() if round_decimals else None
        for i, (k, t) in enumerate(zip(kinds, self.types, strict=True)):
            typed = k in ("text", "json", "native") or self.dialect != "sqlite"  # sqlite kinds: typed elsewhere
            if typed and self.rounding is not None and t.kind in ("time", "timestamp", "timestamptz"):
                self._parsers[i] = submicro_rounder(self._parsers[i], self.rounding)
            if typed:  # a decimal's scale; a time's decimal places of seconds
                self._parsers[i] = with_decimal_check(self._parsers[i], t, self.dialect, self.rounding)
                fit = seconds_fitter(t, self.dialect, self.rounding)
                if fit is not None:
                    self._parsers[i] = _then(self._parsers[i], fit)
            if typed and self.rounding is not None and t.kind in ("time", "timestamp", "timestamptz"):
                self._parsers[i] = _once(self._parsers[i], self.rounding)  # rounded twice: one value
        self._adapters = [adapter(self.dialect, t) for t in self.types]
        self._lock = threading.RLock()
        self._reject_lock = threading.RLock()
        self._savepoints = conn.engine != "duckdb"
        self._sp = 0
        self._insert = self._choose_path()
        self._arrow_path: Callable[[Batch], bool] | None = None
        self._stage: Any = None  # DuckDB skip mode: constraints checked in a staging table (no savepoints there)
        if conn.engine == "duckdb" and ((on_error == "skip" and rejects is not None) or precise):
            from aishell.services.data.duckdb_stage import DuckDBStage

            self._stage = DuckDBStage(conn, table, self.columns, source, self.bad)
        if value_kind == "text" and value_kinds is None and getattr(self, "_mysql_binary", None) is not None:
            self._arrow_path = self._mysql_arrow_batch

    # ------------------------------------------------------------------ errors
    def bad(self, line: int | None, column: str | None, reason: str, row: Sequence[Any] | str) -> None:
        where = f"{self.source}, line {line}" if line is not None else self.source
        if column:
            where += f", column {column}"
        if self.on_error != "skip" or self.rejects is None:
            raise DataError(f"{where}: {reason}; nothing was imported (the table is unchanged)")
        with self._reject_lock:
            self.rejects.add(line, column, reason, row)
            self.report.rejected += 1

    def invalid(self, line: int | None, text: str, reason: str) -> None:
        """A row the reader could not parse (may be called from the prefetch thread)."""
        with self._lock:
            self.report.read += 1
            self.bad(line, None, reason, text)

    # ------------------------------------------------------------------ batches
    def load(self, batches: Iterable[Batch]) -> Report:
        start = time.perf_counter()
        if self._arrow_path is not None:
            batches = _prefetch(batches, self.types, self.nullable, self.rounding is not None)
        for batch in batches:
            with self._lock:
                self.report.read += len(batch)
            if self._arrow_path is not None and batch.arrow is not None and self._arrow_path(batch):
                if self.progress is not None:
                    self.progress(self.report.read)
                continue
            rows, lines = self._convert(batch)
            if rows:
                self._load_rows(rows, lines)
            if self.progress is not None:
                self.progress(self.report.read)
        if self._stage is not None:
            self.report.inserted += self._stage.finish()
        if self.rounding is not None:
            self.report.rounded = self.rounding.count
        self.report.elapsed += time.perf_counter() - start
        return self.report

    def _convert(self, batch: Batch) -> tuple[list[tuple[Any, ...]], list[int]]:
        parsers, adapters, nullable, names = self._parsers, self._adapters, self.nullable, self.columns
        rounding = self.rounding
        width = len(names)
        out: list[tuple[Any, ...]] = []
        lines: list[int] = []
        for index, row in enumerate(batch.rows):
            if len(row) != width:
                self.bad(batch.line(index), None, f"expected {width} fields, found {len(row)}", row)
                continue
            values: list[Any] = []
            rounded = rounding.count if rounding is not None else 0
            try:
                for i, value in enumerate(row):
                    if value is None:
                        if not nullable[i]:
                            raise _Bad(i, "NULL in a NOT NULL column")
                        values.append(None)
                        continue
                    try:
                        value = parsers[i](value)
                        conv = adapters[i]
                        values.append(conv(value) if conv is not None else value)
                    except (ValueError, TypeError, ArithmeticError) as exc:
                        raise _Bad(i, str(exc)) from None
            except _Bad as exc:
                if rounding is not None:
                    rounding.count = rounded  # a rejected row's values are not counted as rounded
                self.bad(batch.line(index), names[exc.column], exc.reason, row)
                continue
            out.append(tuple(values))
            lines.append(batch.line(index))
        return out, lines

    def _load_rows(self, rows: list[tuple[Any, ...]], lines: list[int]) -> None:
        if self._stage is not None:
            self.report.inserted += self._stage.load(rows, lines)
            return
        if not self._savepoints:
            try:
                self.report.inserted += self._insert(rows)
            except QueryError as exc:
                if isinstance(exc, (QueryCancelledError, ConnectionLostError)):
                    raise
                first = lines[0] if lines else None
                raise RefusedBatch(
                    f"{self.source}: the rows from line {first} on were refused: {exc.message}; "
                    "nothing was imported (the table is unchanged)",
                    engine=exc.engine,
                ) from None
            return
        self._bisect(rows, lines)

    def _bisect(self, rows: list[tuple[Any, ...]], lines: list[int]) -> None:
        self._sp += 1
        name = f"aishell_load_{self._sp}"
        self.conn.execute(f"SAVEPOINT {name}").close()
        try:
            n = self._insert(rows)
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError as exc:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}").close()
            self.conn.execute(f"RELEASE SAVEPOINT {name}").close()
            if len(rows) == 1:
                self.bad(lines[0], _error_column(exc, self._key_columns), _reason(exc), rows[0])
                return
            mid = len(rows) // 2
            self._bisect(rows[:mid], lines[:mid])
            self._bisect(rows[mid:], lines[mid:])
            return
        self.conn.execute(f"RELEASE SAVEPOINT {name}").close()
        self.report.inserted += n

    def _key_columns(self, key: str) -> str | None:
        """The columns of the table's key ``key`` (MySQL names the key of a duplicate, not its columns)."""
        if self.conn.engine != "mysql":
            return None
        schema, _, table = self.table.rpartition(".")
        try:
            found = self.conn.query_all(
                "SELECT column_name FROM information_schema.statistics WHERE table_schema = "
                f"{'%s' if schema else 'DATABASE()'} AND table_name = %s AND index_name = %s ORDER BY seq_in_index",
                (*([schema] if schema else []), table, key),
            )
        except QueryError:
            return None
        return ", ".join(str(r[0]) for r in found) or None

    # ------------------------------------------------------------------ engine paths
    def _choose_path(self) -> Callable[[list[tuple[Any, ...]]], int]:
        conn = self.conn
        from aishell.sql.names import quote_name, quote_table

        target = quote_table(self.table, self.dialect)
        marks = ", ".join(conn.placeholder(i) for i in range(len(self.columns)))
        cols = ", ".join(quote_name(c, self.dialect) for c in self.columns)
        insert = f"INSERT INTO {target} ({cols}) VALUES ({marks})"
        engine = conn.engine
        if engine == "postgres":
            copy_rows = getattr(conn, "copy_in_rows", None)
            if copy_rows is not None:
                return lambda rows: int(copy_rows(self.table, self.columns, rows))
        if engine == "mysql":
            local = getattr(conn, "load_data_local_infile", None)
            if local is not None and _local_infile_allowed(conn):
                binary = [t.kind == "binary" for t in self.types]
                self._mysql_binary = binary
                return lambda rows: self._mysql_load(rows, binary, insert)
        if engine == "duckdb":
            arrow = getattr(conn, "insert_arrow", None)
            if arrow is not None:
                return lambda rows: int(arrow(self.table, self.columns, rows))

        def many(rows: list[tuple[Any, ...]]) -> int:
            conn.executemany(insert, rows)
            return len(rows)

        return many

    def _mysql_load(self, rows: list[tuple[Any, ...]], binary: list[bool], insert: str) -> int:
        if len(rows) < 50:  # a temporary file is not worth it (and bisection ends here)
            self.conn.executemany(insert, rows)
            return len(rows)
        fd, path = tempfile.mkstemp(prefix="aishell-load-", suffix=".tsv")
        try:
            with os.fdopen(fd, "wb") as fh:
                write_mysql_tsv(fh, rows, binary)
            loader = self.conn.load_data_local_infile  # type: ignore[attr-defined]
            return int(loader(path, self.table, self.columns, binary))
        finally:
            os.unlink(path)


    # ------------------------------------------------------------------ MySQL, vectorised
    def _mysql_arrow_batch(self, batch: Batch) -> bool:
        """Validate and format a CSV batch with Arrow compute (C speed) and LOAD DATA it.

        False (nothing done) when any column needs the per-value path: a value that does not
        convert, a kind not handled here, or a server refusal -- the Python path then finds the
        exact row, line, column and reason.
        """
        data: bytes | None = batch.prepared
        rounded = batch.rounded
        if data is None:
            data, rounded = mysql_tsv_rounded(batch.arrow, self.types, self.nullable,
                                              round_decimals=self.rounding is not None)  # fmt: skip
        if data is None:
            return False
        self._sp += 1
        name = f"aishell_load_{self._sp}"
        self.conn.execute(f"SAVEPOINT {name}").close()
        fd, path = tempfile.mkstemp(prefix="aishell-load-", suffix=".tsv")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            loader = self.conn.load_data_local_infile  # type: ignore[attr-defined]
            n = int(loader(path, self.table, self.columns, None))
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}").close()
            self.conn.execute(f"RELEASE SAVEPOINT {name}").close()
            return False
        finally:
            os.unlink(path)
        self.conn.execute(f"RELEASE SAVEPOINT {name}").close()
        if n != len(batch):
            raise QueryError(f"LOAD DATA loaded {n} rows of {len(batch)}")
        self.report.inserted += n
        if self.rounding is not None:
            self.rounding.count += rounded
        return True


def _prefetch(batches: Iterable[Batch], types: Sequence[ColType], nullable: Sequence[bool],
              round_decimals: bool = False) -> Iterator[Batch]:  # fmt: skip
    """Read and format the next batches on a worker thread while the server loads this one
    (pyarrow releases the GIL).  Errors in the worker are raised here, in order."""
    import queue

    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def work() -> None:
        try:
            for batch in batches:
                if batch.arrow is not None:
                    batch.prepared, batch.rounded = mysql_tsv_rounded(batch.arrow, types, nullable,
                                                                      round_decimals=round_decimals)  # fmt: skip
                while not stop.is_set():
                    try:
                        box.put(("batch", batch), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            box.put(("end", None))
        except BaseException as exc:  # handed to the loading thread
            box.put(("error", exc))

    worker = threading.Thread(target=work, name="aishell-load-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, payload = box.get()
            if kind == "batch":
                yield payload
            elif kind == "error":
                raise payload
            else:
                return
    finally:
        stop.set()
        while worker.is_alive():
            try:
                box.get(timeout=0.05)
            except queue.Empty:
                pass


_ARROW_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"), ("\x00", "\\0"))


def mysql_tsv_rounded(rb: Any, types: Sequence[ColType], nullable: Sequence[bool], *,
                      round_decimals: bool = False) -> tuple[bytes | None, int]:  # fmt: skip
    """:func:`mysql_tsv_from_arrow`, rounding decimals to their column's scale with ``round_decimals``;
    and the number of values rounded."""
    counts: list[int] = []
    data = mysql_tsv_from_arrow(rb, types, nullable, rounded=counts if round_decimals else None)
    return data, sum(counts) if data is not None else 0


def mysql_tsv_from_arrow(rb: Any, types: Sequence[ColType], nullable: Sequence[bool],
                         rounded: list[int] | None = None) -> bytes | None:  # fmt: skip
    """A batch of CSV text columns as ``LOAD DATA`` input, validated for the target kinds; None to fall back.

    A decimal with more decimal places than its column keeps is not formatted (the server would
    round it): None, so the per-value path rejects it -- unless ``rounded`` is given, then it is
    rounded here (half away from zero) and the count appended to ``rounded``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    out = []
    try:
        for col, ct, null_ok in zip(rb.columns, types, nullable, strict=True):
            if not null_ok and col.null_count:
                return None
            kind = ct.kind
            if kind in ("smallint", "int", "bigint"):
                ints = pc.cast(col, pa.int64())
                limit = {"smallint": 2**15, "int": 2**31, "bigint": 2**63}[kind]
                lo, hi = pc.min_max(ints).values()
                if lo.as_py() is not None and not (-limit <= lo.as_py() and hi.as_py() < limit):
                    return None
                # the text as written when it is a plain integer (the server reads it the same way)
                text = col if _all_match(col, r"^-?[0-9]+$") else pc.cast(ints, pa.string())
            elif kind == "decimal":
                if not ct.precision or ct.precision > 38:
                    return None
                scale = ct.scale or 0
                try:
                    dec = pc.cast(col, pa.decimal128(ct.precision, scale))  # refuses to drop digits
                except pa.ArrowInvalid:
                    if rounded is None or ct.precision - scale >= 38:
                        raise
                    wide = pc.cast(col, pa.decimal128(38, 38 - (ct.precision - scale)))
                    near = pc.round(wide, ndigits=scale, round_mode="half_towards_infinity")
                    rounded.append(int(pc.sum(pc.not_equal(near, wide)).as_py() or 0))
                    dec = pc.cast(near, pa.decimal128(ct.precision, scale))
                text = pc.cast(dec, pa.string())
            elif kind == "float":
                text = pc.cast(pc.cast(col, pa.float64()), pa.string())
            elif kind == "date":
                text = pc.cast(pc.cast(col, pa.date32()), pa.string())
            elif kind == "timestamp":
                stamps = pc.cast(col, pa.timestamp("us"))  # validates: a bad date fails here
                if _all_match(col, r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$"):
                    text = col  # already the server's own form (strftime costs 1 s per million rows)
                else:
                    text = pc.strftime(stamps, format="%Y-%m-%d %H:%M:%S")  # %S carries the microseconds
            elif kind == "bool":
                low = pc.utf8_lower(col)
                true = pc.is_in(low, pa.array(["t", "true", "1", "yes", "y", "on"]))
                false = pc.is_in(low, pa.array(["f", "false", "0", "no", "n", "off"]))
                if not pc.all(pc.or_(pc.or_(true, false), pc.is_null(col))).as_py():
                    return None
                text = pc.if_else(true, "1", "0")
                text = pc.if_else(pc.is_null(col), pa.scalar(None, pa.string()), text)
            elif kind == "text":
                longest = pc.max(pc.utf8_length(col)).as_py() if ct.length else None
                if longest is not None and ct.length is not None and longest > ct.length:
                    return None
                text = col
                if not _none_match(col, r"[\\\t\n\r\x00]"):
                    for old, new in _ARROW_ESCAPES:
                        text = pc.replace_substring(text, old, new)
            else:
                return None
            out.append(pc.fill_null(text, "\\N"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None
    if not out:
        return None
    lines = pc.binary_join_element_wise(*out, pa.scalar("", pa.string()), "\t") if len(out) > 1 else out[0]
    if len(out) > 1:  # the extra empty column left a trailing tab: drop it
        lines = pc.utf8_slice_codeunits(lines, 0, -1)
    lines = pc.binary_join_element_wise(lines, pa.scalar("", pa.string()), "\n")
    arr = lines.combine_chunks() if hasattr(lines, "combine_chunks") else lines
    offsets = memoryview(arr.buffers()[1]).cast("i")
    start, end = offsets[arr.offset], offsets[arr.offset + len(arr)]
    return bytes(memoryview(arr.buffers()[2])[start:end])


def _all_match(col: Any, pattern: str) -> bool:
    """Every non-null value of a string column matches ``pattern``."""
    import pyarrow.compute as pc

    return bool(pc.all(pc.match_substring_regex(col, pattern), skip_nulls=True).as_py() is not False)


def _none_match(col: Any, pattern: str) -> bool:
    """No value of a string column contains a match for ``pattern``."""
    import pyarrow.compute as pc

    return not pc.any(pc.match_substring_regex(col, pattern), skip_nulls=True).as_py()


class _Bad(Exception):
    def __init__(self, column: int, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason


def _reason(exc: AishellError) -> str:
    return " ".join(exc.message.split("\nCONTEXT:", 1)[0].split())


def _then(first: Callable[[Any], Any], then: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: then(first(value))


def _once(parse: Callable[[Any], Any], rounding: Any) -> Callable[[Any], Any]:
    """``parse``, counting a value rounded in two steps (past microseconds, then to the column's
    precision) as one rounded value."""

    def counted(value: Any) -> Any:
        before = rounding.count
        result = parse(value)
        if rounding.count > before + 1:
            rounding.count = before + 1
        return result

    return counted


_COLUMN_PATTERNS = (
    r"\bCOPY [^\n]*?, line \d+, column ([^:\n]+):",  # PostgreSQL: COPY's context names the column
    r"\bKey \(([^)]*)\)=",  # PostgreSQL: a unique or foreign key's columns
    r"\bcolumn (?:`[^`]*`\.)*`([^`]+)`",  # MariaDB: column `db`.`table`.`name`
    r"""\bcolumn ["'`]([^"'`]+)["'`]""",  # column "name" / 'name'
    r"\bconstraint failed: ([\w$.]+(?:, [\w$.]+)*)",  # SQLite and DuckDB: UNIQUE constraint failed: t.a, t.b
    r'\bcolumn "?([^",:\s]+)"?',
)


def _error_column(exc: QueryError, keys: Callable[[str], str | None] | None = None) -> str | None:
    """The column a server's error names; for a duplicate key on MySQL (which names the key),
    ``keys`` gives the key's columns."""
    import re

    for pattern in _COLUMN_PATTERNS:
        m = re.search(pattern, exc.message, re.I)
        if m:
            found = m.group(1).strip()
            if "constraint failed" in pattern:
                return ", ".join(part.rsplit(".", 1)[-1] for part in found.split(", "))
            return found
    m = re.search(r"\bfor key '([^']+)'", exc.message)
    if m and keys is not None:
        return keys(m.group(1).rsplit(".", 1)[-1])
    return None


def _local_infile_allowed(conn: Connection) -> bool:
    try:
        rows = conn.query_all("SELECT @@GLOBAL.local_infile")
    except QueryError:
        return False
    return bool(rows and str(rows[0][0]).upper() in ("1", "ON"))


_ESC = {0: b"\\0", 8: b"\\b", 9: b"\\t", 10: b"\\n", 13: b"\\r", 26: b"\\Z", 92: b"\\\\"}
_ESC_TABLE = {k: v.decode() for k, v in _ESC.items()}


def write_mysql_tsv(fh: IO[bytes], rows: Iterable[Sequence[Any]], binary: Sequence[bool]) -> None:
    """Rows in ``LOAD DATA``'s default text format: tab-separated, backslash escapes, ``\\N`` for NULL."""
    import datetime as dt
    import decimal

    out: list[str] = []
    for row in rows:
        fields = []
        for value, is_bin in zip(row, binary, strict=True):
            if value is None:
                fields.append("\\N")
            elif is_bin:
                fields.append(bytes(value).hex())
            elif isinstance(value, str):
                fields.append(value.translate(_ESC_TABLE))
            elif isinstance(value, bool):
                fields.append("1" if value else "0")
            elif isinstance(value, (int, decimal.Decimal)):
                fields.append(str(value))
            elif isinstance(value, float):
                fields.append(repr(value))
            elif isinstance(value, dt.datetime):
                fields.append(value.isoformat(sep=" "))
            elif isinstance(value, (dt.date, dt.time)):
                fields.append(value.isoformat())
            elif isinstance(value, (bytes, bytearray, memoryview)):
                fields.append(bytes(value).decode("utf-8", "surrogateescape").translate(_ESC_TABLE))
            else:
                fields.append(str(value).translate(_ESC_TABLE))
        out.append("\t".join(fields))
        if len(out) >= 5000:
            fh.write(("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
            out.clear()
    if out:
        fh.write(("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
