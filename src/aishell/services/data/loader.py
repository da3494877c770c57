"""The loss-free bulk loader shared by import, copy and restore.

Rows arrive in batches.  Each value is converted for its target column first
(so a bad value is reported with its line, column and reason): a batch of Arrow
columns (CSV, Parquet) a column at a time -- with the engine's whole-column
binds where it has them (``engines/<e>/bulk.py``: ``arrow_binder``), or with
MySQL/MariaDB's ``LOAD DATA`` file made by Arrow compute -- and any batch with a
value that does not convert row by row, which names it.  Then the batch goes to
the bulk path the connection declares
(:attr:`~aishell.engines.base.Connection.bulk`):

* ``COPY_IN_ROWS`` (PostgreSQL: ``COPY ... FROM STDIN``, psycopg's ``write_row``);
* ``LOAD_DATA_LOCAL_INFILE`` (MySQL/MariaDB: a temporary file, when the server
  allows it), otherwise multi-row ``INSERT`` batches;
* ``INSERT_ARROW`` (DuckDB: Arrow batches);
* none of them (SQLite, Oracle): ``executemany`` with the driver's binds.

Everything runs in one transaction, so ``abort`` leaves the table exactly as
it was.  Each batch runs under a savepoint (where the engine has them,
:attr:`~aishell.engines.base.Connection.load_savepoints`): when the server
rejects a batch (a duplicate key, a check constraint), the batch is rolled
back to the savepoint and bisected to find the bad rows, which abort the
import or go to the rejects file.  An engine without them (DuckDB) checks the
batches of a skip-mode load in its load stage instead
(:meth:`~aishell.engines.base.Connection.load_stage`).
The report always reconciles: rows read = rows inserted + rows rejected.
"""

from __future__ import annotations

import csv
import itertools
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.engines.base import BulkPath, Connection
from aishell.errors import AishellError, ConnectionLostError, QueryCancelledError, QueryError
from aishell.services.data.readers import Batch

if TYPE_CHECKING:  # the type map (and sqlglot) load with the first Loader, not with this module
    from aishell.engines.base import LoadStage
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
        from aishell.services.data.typemap import adapter, value_checked, value_maker

        kinds = list(value_kinds) if value_kinds is not None else [value_kind] * len(self.types)
        self._parsers = [value_maker(k, t, self.dialect) for k, t in zip(kinds, self.types, strict=True)]
        # a number with more decimal places than its column keeps is an error, or with
        # ``round_decimals`` rounded here and counted (the engine would round it silently)
        from aishell.services.data.typemap import Rounding, seconds_fitter, submicro_rounder, with_decimal_check

        self.rounding = Rounding() if round_decimals else None
        for i, (k, t) in enumerate(zip(kinds, self.types, strict=True)):
            typed = value_checked(k, self.dialect)  # an engine's loose values into such an engine: as they are
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
        self._savepoints = conn.load_savepoints
        self._sp = 0
        self._infile_binary: list[bool] | None = None  # set when LOAD DATA LOCAL INFILE is the path
        self._one_row = insert_sql(conn, table, self.columns)
        self._multirow: tuple[str, int] | None = None  # (INSERT of k rows, k): see _choose_path
        self._insert = self._choose_path()
        self._arrow_path: Callable[[Batch], bool] | None = None
        # no savepoints (DuckDB): in skip mode, constraints are checked in the engine's load stage
        self._stage: LoadStage | None = None
        if conn.can(BulkPath.LOAD_STAGE) and ((on_error == "skip" and rejects is not None) or precise):
            self._stage = conn.load_stage(table, self.columns, source, self.bad, _data_error)
        self._value_kinds = kinds
        self._binders: list[Callable[[Any], list[Any] | None] | None] | None = None  # see _column_binders
        self._typed_infile = value_kind == "native" and self.rounding is None  # typed Parquet columns: see bulk
        if (value_kind == "text" or self._typed_infile) and value_kinds is None and self._infile_binary is not None:
            self._arrow_path = self._arrow_infile_batch

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
            batches = _prefetch(batches, self._prefetch_infile)
        else:
            # Arrow batches (files) are read and decoded on a worker thread while the engine loads
            # the one before (pyarrow and the drivers release the GIL).  Their Python values are
            # made here: on the worker, that Python work would hold the GIL the driver waits for
            # after each row.
            it = iter(batches)
            first = next(it, None)
            batches = [] if first is None else itertools.chain([first], it)
            if first is not None and first.arrow is not None:
                # with multi-row INSERTs the driver gives the GIL back every k rows, not every row:
                # the engine's column binds (Arrow compute) are made on the worker too
                ahead = self._prefetch_binds if self._multirow is not None and self._stage is None else _read_ahead
                if ahead != _read_ahead:
                    self._column_binders()  # made once, here
                batches = _prefetch(batches, ahead)
        for batch in batches:
            with self._lock:
                self.report.read += len(batch)
            if self._arrow_path is not None and batch.arrow is not None and self._arrow_path(batch):
                if self.progress is not None:
                    self.progress(self.report.read)
                continue
            if batch.arrow is not None and self._columns_batch(batch):
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

    # ------------------------------------------------------------------ a column at a time
    def _columns_batch(self, batch: Batch) -> bool:
        """Convert an Arrow batch a column at a time and load it: the engine's vectorised binds
        where it has them (:func:`_engine_binder`), else each column's values through the same
        parser and adapter as :meth:`_convert`, one column after the other.  False, with nothing
        done (the rounding count as before), when a value does not convert or a NULL is in a NOT
        NULL column: the per-row path then names its line, column and reason."""
        rounding = self.rounding
        before = rounding.count if rounding is not None else 0
        columns = self._bind_columns(batch.arrow, batch.bound)
        if columns is None:
            if rounding is not None:
                rounding.count = before
            return False
        if not len(batch):
            return True
        # the lines are needed only to name a refused row (or by a load stage): found then
        lines = _Lines(batch) if batch.shifts or batch.newline_shifts_pending else batch.lines()
        if self._multirow is not None and self._stage is None:  # the columns' values, row after row
            self._load_rows(_Flat(_interleave(columns, len(batch)), len(columns)), lines)
            return True
        rows = list(zip(*columns, strict=True)) if columns else [() for _ in range(len(batch))]
        self._load_rows(rows, lines)
        return True

    def _prefetch_binds(self, batch: Batch) -> None:
        """The engine's whole-column binds of ``batch`` (:meth:`_column_binders`), on the prefetch
        thread; the per-value parsers (and their rounding count) stay on the loading thread."""
        rb = batch.arrow
        if rb.num_columns == len(self.columns):
            binders = self._column_binders()
            batch.bound = [None if b is None else b(col) for b, col in zip(binders, rb.columns, strict=True)]

    def _bind_columns(self, rb: Any, bound: list[list[Any] | None] | None = None) -> list[list[Any]] | None:
        from aishell.services.data.arrowtypes import python_values

        if rb.num_columns != len(self.columns):
            return None
        binders = self._column_binders()
        out: list[list[Any]] = []
        for i, col in enumerate(rb.columns):
            if col.null_count and not self.nullable[i]:
                return None
            binder = binders[i]
            # made ahead by the same binder (:meth:`_prefetch_binds`), or now
            values = bound[i] if bound is not None else binder(col) if binder is not None else None
            if values is None:
                parse, adapt = self._parsers[i], self._adapters[i]
                try:
                    raw = python_values(col)
                    if adapt is None:
                        values = [None if v is None else parse(v) for v in raw]
                    else:
                        values = [None if v is None else adapt(parse(v)) for v in raw]
                except (ValueError, TypeError, ArithmeticError):
                    return None
            out.append(values)
        return out

    def _column_binders(self) -> list[Callable[[Any], list[Any] | None] | None]:
        """Per column, the engine's vectorised binds (None: the per-value parser and adapter).  Only
        where the parser adds no check of its own to the value kind's (a decimal's scale, a time's
        decimal places of seconds, ``--round``): the engine's binder knows the kind's parser only."""
        if self._binders is None:
            from aishell.services.data.typemap import decimal_fitter, seconds_fitter

            found: list[Callable[[Any], list[Any] | None] | None] = []
            for kind, ct in zip(self._value_kinds, self.types, strict=True):
                plain = (self.rounding is None and decimal_fitter(ct, self.dialect) is None
                         and seconds_fitter(ct, self.dialect) is None)  # fmt: skip
                found.append(_engine_binder(self.dialect, ct, kind) if plain else None)
            self._binders = found
        return self._binders

    def _load_rows(self, rows: list[tuple[Any, ...]] | _Flat, lines: Sequence[int]) -> None:
        """Insert ``rows`` (or a :class:`_Flat` batch: the multi-row INSERT's parameters)."""
        if self._stage is not None:
            self.report.inserted += self._stage.load(_tuples(rows), list(lines))
            return
        if not self._savepoints:
            try:
                self.report.inserted += self._insert_flat(rows) if isinstance(rows, _Flat) else self._insert(rows)
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

    def _bisect(self, rows: list[tuple[Any, ...]] | _Flat, lines: Sequence[int]) -> None:
        self._sp += 1
        name = f"aishell_load_{self._sp}"
        self.conn.savepoint(name)
        try:
            n = self._insert_flat(rows) if isinstance(rows, _Flat) else self._insert(rows)
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError as exc:
            self.conn.rollback_to_savepoint(name)
            self.conn.release_savepoint(name)
            rows = _tuples(rows)  # a refused batch: its rows, to find the bad ones
            if len(rows) == 1:
                self.bad(lines[0], _error_column(exc, self._key_columns), _reason(exc), rows[0])
                return
            mid = len(rows) // 2
            self._bisect(rows[:mid], lines[:mid])
            self._bisect(rows[mid:], lines[mid:])
            return
        self.conn.release_savepoint(name)
        self.report.inserted += n

    def _key_columns(self, key: str) -> str | None:
        """The columns of the table's key ``key`` (MySQL names the key of a duplicate, not its columns)."""
        return self.conn.key_columns(self.table, key)

    # ------------------------------------------------------------------ engine paths
    def _choose_path(self) -> Callable[[list[tuple[Any, ...]]], int]:
        conn = self.conn
        insert = insert_sql(conn, self.table, self.columns)
        if conn.can(BulkPath.COPY_IN_ROWS):
            return lambda rows: int(conn.copy_in_rows(self.table, self.columns, rows))
        if conn.can(BulkPath.LOAD_DATA_LOCAL_INFILE) and _local_infile_allowed(conn):
            binary = [t.kind == "binary" for t in self.types]
            self._infile_binary = binary
            return lambda rows: self._infile_load(rows, binary, insert)
        if conn.can(BulkPath.INSERT_ARROW):
            return lambda rows: int(conn.insert_arrow(self.table, self.columns, rows))
        per = conn.rows_per_insert(len(self.columns)) if self.columns else 1
        if per > 1:  # k rows a statement: the driver's work per statement, not per row
            self._multirow = (insert_sql(conn, self.table, self.columns, rows=per), per)
            return lambda rows: self._insert_flat(_Flat(list(itertools.chain.from_iterable(rows)), len(self.columns)))

        def many(rows: list[tuple[Any, ...]]) -> int:
            conn.executemany(insert, rows)
            return len(rows)

        return many

    def _insert_flat(self, flat: _Flat) -> int:
        """Insert a batch's values, row after row in one list: :attr:`_multirow`'s INSERT of k rows
        for each whole k, the one-row INSERT for the rest."""
        multi, per = self._multirow or (self._one_row, 1)
        values, width = flat.values, flat.width
        n = len(values) // width
        step = per * width
        whole = n // per * step
        if whole:
            self.conn.executemany(multi, [values[i : i + step] for i in range(0, whole, step)])
        if whole < len(values):
            self.conn.executemany(self._one_row, [values[i : i + width] for i in range(whole, len(values), width)])
        return n

    def _infile_load(self, rows: list[tuple[Any, ...]], binary: list[bool], insert: str) -> int:
        if len(rows) < 50:  # a temporary file is not worth it (and bisection ends here)
            self.conn.executemany(insert, rows)
            return len(rows)
        fd, path = tempfile.mkstemp(prefix="aishell-load-", suffix=".tsv")
        try:
            with os.fdopen(fd, "wb") as fh:
                self.conn.write_infile_rows(fh, rows, binary)
            return int(self.conn.load_data_local_infile(path, self.table, self.columns, binary))
        finally:
            os.unlink(path)


    # ------------------------------------------------------------------ LOAD DATA, vectorised
    def _prefetch_infile(self, batch: Batch) -> None:
        batch.prepared, batch.rounded = self._prepare_infile(batch.arrow)
        batch.prepared_tried = True

    def _prepare_infile(self, batch: Any) -> tuple[bytes | None, int]:
        """A CSV batch (Arrow) as ``LOAD DATA``'s file, on the prefetch thread (see :func:`_prefetch`).
        A typed batch (Parquet) too, where its text columns go to text columns: a text in a typed
        column is parsed by the per-value path (which checks what a CSV import checks beforehand)."""
        if self._typed_infile and any(
            _is_text(col.type) and ct.kind != "text" for col, ct in zip(batch.columns, self.types, strict=False)
        ):
            return None, 0
        return self.conn.infile_from_arrow(batch, self.types, self.nullable, round_decimals=self.rounding is not None)

    def _arrow_infile_batch(self, batch: Batch) -> bool:
        """Validate and format a CSV batch with Arrow compute (C speed) and LOAD DATA it.

        False (nothing done) when any column needs the per-value path: a value that does not
        convert, a kind not handled here, or a server refusal -- the Python path then finds the
        exact row, line, column and reason.
        """
        data: bytes | None = batch.prepared
        rounded = batch.rounded
        if data is None and not batch.prepared_tried:
            data, rounded = self._prepare_infile(batch.arrow)
        batch.prepared = None
        if data is None:
            return False
        self._sp += 1
        name = f"aishell_load_{self._sp}"
        self.conn.savepoint(name)
        fd, path = tempfile.mkstemp(prefix="aishell-load-", suffix=".tsv")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            n = int(self.conn.load_data_local_infile(path, self.table, self.columns, None))
        except (QueryCancelledError, ConnectionLostError):
            raise
        except QueryError:
            self.conn.rollback_to_savepoint(name)
            self.conn.release_savepoint(name)
            return False
        finally:
            os.unlink(path)
        self.conn.release_savepoint(name)
        if n != len(batch):
            raise QueryError(f"LOAD DATA loaded {n} rows of {len(batch)}")
        self.report.inserted += n
        if self.rounding is not None:
            self.rounding.count += rounded
        return True


def _prefetch(batches: Iterable[Batch], prepare: Callable[[Batch], None]) -> Iterator[Batch]:
    """Read and prepare (``prepare``: an Arrow batch's engine-ready form, kept on the batch) the
    next batches on a worker thread while the server loads this one (pyarrow releases the GIL).
    Errors in the worker are raised here, in order."""
    import queue

    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def work() -> None:
        try:
            for batch in batches:
                if batch.arrow is not None:
                    prepare(batch)
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


def _is_text(t: Any) -> bool:
    import pyarrow as pa

    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def _engine_binder(dialect: str, ct: ColType, value_kind: str) -> Callable[[Any], list[Any] | None] | None:
    """The target engine's vectorised binds for a column of ``ct`` from Arrow columns of
    ``value_kind`` (``engines/<e>/bulk.py``'s ``arrow_binder``, where the engine has one)."""
    import importlib

    from aishell.engines import dialect_of

    package = dialect_of(dialect).package
    if not package:
        return None
    try:
        module = importlib.import_module(f"aishell.engines.{package}.bulk")
    except ModuleNotFoundError:
        return None
    binder = getattr(module, "arrow_binder", None)
    if binder is None:
        return None
    found: Callable[[Any], list[Any] | None] | None = binder(ct, value_kind)
    return found


class _Lines(Sequence[int]):
    """A batch's row lines, each found when asked (a clean batch never asks)."""

    def __init__(self, batch: Batch, start: int = 0, stop: int | None = None) -> None:
        self.batch, self.start = batch, start
        self.stop = len(batch) if stop is None else stop

    def __len__(self) -> int:
        return self.stop - self.start

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return _Lines(self.batch, self.start + start, self.start + stop)
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.batch.line(self.start + index)


def _read_ahead(batch: Batch) -> None:
    """Nothing to prepare: the worker only reads the batch."""


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


def insert_sql(conn: Connection, table: str, columns: Sequence[str], *, rows: int = 1) -> str:
    """The parameterised INSERT of one row (or ``rows`` rows) that ``executemany`` runs where no
    bulk path is declared (the driver's own binds: ``?``, ``%s`` or Oracle's ``:1``)."""
    from aishell.sql.names import quote_name, quote_table

    width = len(columns)
    groups = (", ".join(conn.placeholder(r * width + i) for i in range(width)) for r in range(rows))
    cols = ", ".join(quote_name(c, conn.dialect) for c in columns)
    return f"INSERT INTO {quote_table(table, conn.dialect)} ({cols}) VALUES " + ", ".join(f"({g})" for g in groups)


class _Flat:
    """A batch's values row after row in one list (``width`` a row): the multi-row INSERT's
    parameters, made from the converted columns without a tuple per row."""

    __slots__ = ("values", "width")

    def __init__(self, values: list[Any], width: int) -> None:
        self.values, self.width = values, width

    def __len__(self) -> int:
        return len(self.values) // self.width


def _interleave(columns: list[list[Any]], n: int) -> list[Any]:
    """The values of ``columns`` (each of ``n`` values) row after row."""
    width = len(columns)
    flat: list[Any] = [None] * (n * width)
    for i, col in enumerate(columns):
        flat[i::width] = col
    return flat


def _tuples(rows: list[tuple[Any, ...]] | _Flat) -> list[tuple[Any, ...]]:
    if not isinstance(rows, _Flat):
        return rows
    values, width = rows.values, rows.width
    return [tuple(values[i : i + width]) for i in range(0, len(values), width)]


def _local_infile_allowed(conn: Connection) -> bool:
    """The server allows ``LOAD DATA LOCAL INFILE`` now (its ``local_infile`` setting)."""
    return conn.bulk_ready(BulkPath.LOAD_DATA_LOCAL_INFILE)


def _data_error(message: str, engine: str | None) -> DataError:
    """A load stage's error: the load stops (the caller rolls back)."""
    return DataError(message, engine=engine)
