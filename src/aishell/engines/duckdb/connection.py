"""DuckDB, through the ``duckdb`` Python package (pinned to 1.5.5).

* streaming: in duckdb 1.5 ``execute()`` returns a *streaming* result and
  ``fetchmany()`` pulls chunks from the running query, so a huge result never
  sits in Python memory (``tests/integration/test_duckdb.py`` streams 10M rows
  in a subprocess and checks its peak RSS);
* timeout: DuckDB has no statement-timeout setting; a timer thread calls the
  thread-safe :meth:`duckdb.DuckDBPyConnection.interrupt` at the deadline.  The
  deadline covers the statement from ``execute()`` until its result is
  exhausted or closed (like the SQLite adapter);
* cancel: ``interrupt()`` from another thread; the connection stays usable;
* read-only: a database file is opened with ``read_only=True``, so DuckDB
  itself refuses writes to it.  DuckDB cannot open ``:memory:`` read-only, so
  a read-only in-memory connection opens a fresh, empty database file in a
  private temporary directory read-only instead: queries over files and table
  functions work, writes to the database fail in DuckDB (the directory is
  kept until :meth:`close`, as DuckDB spills large operations next to it).  A read-only DuckDB
  would still let a session read and write *files* and attach other databases,
  so a read-only connection is opened with ``enable_external_access=false``
  (no file, network or extension access: ``read_csv``, ``COPY ... TO``,
  ``ATTACH``, ``INSTALL`` fail in DuckDB), a ``memory_limit``
  (:attr:`DuckDBConnection.read_only_memory_limit`; larger work spills to the
  database's temporary directory) and ``lock_configuration=true``, so that no
  ``SET`` can undo either (every ``SET`` of a setting fails; ``SET
  search_path``/``schema`` still work).  The adapter also refuses ``COPY ...
  TO``, ``EXPORT DATABASE``, ``COPY FROM DATABASE``, ``INSTALL`` and an
  ``ATTACH`` without ``READ_ONLY`` itself, with a clearer message.  The native
  CSV and Parquet export paths write through a file, so a read-only connection
  declines them (``None``) and the caller formats rows itself.  Temporary
  tables stay allowed (DuckDB allows them; they vanish with the session).  A
  sibling of a read-only connection shares its locked database; a sibling of
  a writable one shares that database's settings (DuckDB's settings are per
  database, not per connection) and runs only queries;
* transactions: duckdb does not expose whether a transaction is open, so the
  adapter tracks it from the transaction statements it runs (DuckDB types
  them; sqlglot tells BEGIN from COMMIT from ROLLBACK);
* CSV export: DuckDB's own writer (``COPY (query) TO ...``) writes into a
  named pipe that this process reads and hands to the caller chunk by chunk,
  so nothing is held in memory or on disk.  Without ``os.mkfifo`` (Windows)
  it writes a temporary file and streams that.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

import duckdb
import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from aishell.engines.base import (
    BulkPath,
    Catalog,
    ColumnInfo,
    Connection,
    Cursor,
    Fail,
    ForeignKey,
    FunctionInfo,
    IndexInfo,
    ListCursor,
    LoadStage,
    Params,
    Plan,
    Reject,
    ResultColumn,
    Row,
    TableInfo,
    file_write_privileges,
)
from aishell.engines.duckdb.plan import parse_plan
from aishell.engines.plan import PlanTree
from aishell.engines.plan_aliases import name_tables
from aishell.errors import (
    ConnectError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
)
from aishell.urls import DatabaseURL

DISPLAY = "DuckDB"

_NUMERIC_TYPES = frozenset(
    {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
        "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "REAL", "BIGNUM", "VARINT",
    }
)  # fmt: skip

#: statement types (``duckdb.StatementType`` names) that never return rows
_NO_ROWS = frozenset(
    {
        "CREATE", "DROP", "ALTER", "TRANSACTION", "SET", "VARIABLE_SET", "ATTACH", "DETACH", "LOAD",
        "EXTENSION", "PREPARE", "VACUUM", "ANALYZE", "EXPORT", "COPY_DATABASE", "CREATE_FUNC",
    }
)  # fmt: skip
#: statement types that report a count of changed rows (unless ``RETURNING``)
_DML = frozenset({"INSERT", "UPDATE", "DELETE", "MERGE_INTO"})
_CHANGES_ROWS = _DML | {"COPY", "CREATE"}

_SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog"})
_LEADING_NOISE = re.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)
_RETURNING = re.compile(r"\bRETURNING\b", re.I)
_LINE_CARET = re.compile(r"\n*^(?P<prefix>LINE (?P<line>\d+): )(?P<shown>.*)\n(?P<pad> *)\^[ \t]*$", re.M)
_END_OF_INPUT = re.compile(r"syntax error at end of input", re.I)
#: a SET that closes the database to files for good (a federated session's lock)
#: errors DuckDB finds before running a statement: they leave an open transaction usable
_BEFORE_RUNNING = (duckdb.CatalogException, duckdb.BinderException, duckdb.ParserException)
_NO_EXTERNAL_ACCESS = re.compile(r"^\s*SET\s+(?:GLOBAL\s+)?enable_external_access\s*(?:=|TO)\s*(?:false|0|off)\b", re.I)
_ATTACH_READ_ONLY = re.compile(r"\bREAD_ONLY\b(?!\s*(?:false|0|off)\b)", re.I)


# --------------------------------------------------------------------------- helpers
def is_numeric_type(type_name: str) -> bool:
    name = type_name.upper()
    return name in _NUMERIC_TYPES or name.startswith(("DECIMAL", "NUMERIC"))


def leading_keyword(sql: str) -> str:
    """The first word of a statement, after comments, upper-cased."""
    rest = _LEADING_NOISE.sub("", sql, count=1)
    m = re.match(r"[A-Za-z_]+", rest)
    return m.group(0).upper() if m else ""


def transaction_action(sql: str) -> str | None:
    """``begin``, ``commit`` or ``rollback`` for a transaction statement, else None.

    sqlglot knows ``BEGIN``/``COMMIT``/``ROLLBACK`` in DuckDB's dialect but not
    the ``START TRANSACTION``/``END``/``ABORT`` spellings DuckDB also accepts,
    so the leading keyword decides when the parse does not.
    """
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        tree = None
    if isinstance(tree, exp.Commit):
        return "commit"
    if isinstance(tree, exp.Rollback):
        return "rollback"
    if isinstance(tree, exp.Transaction):
        return "begin"
    word = leading_keyword(sql)
    if word in {"BEGIN", "START"}:
        return "begin"
    if word in {"COMMIT", "END"}:
        return "commit"
    if word in {"ROLLBACK", "ABORT"}:
        return "rollback"
    return None


def error_position(sql: str, message: str) -> tuple[int | None, str]:
    """DuckDB draws ``LINE n: <text>`` and a caret under the error; turn it into a 1-based offset.

    Returns the offset (or None) and the message without the drawing when the
    offset was found.  DuckDB shortens long lines with ``...``; the shown text
    is looked up in the real line to undo that.
    """
    m = _LINE_CARET.search(message)
    if not m:
        if _END_OF_INPUT.search(message) and sql.strip():
            return len(sql.rstrip()) + 1, message
        return None, message
    column = len(m["pad"]) - len(m["prefix"])  # 0-based within the shown text
    shown = m["shown"]
    if shown.startswith("..."):
        shown = shown[3:]
        column -= 3
    if shown.endswith("..."):
        shown = shown[:-3]
    lines = sql.split("\n")
    lineno = int(m["line"])
    if column < 0 or not 1 <= lineno <= len(lines):
        return None, message
    line = lines[lineno - 1]
    start = line.find(shown) if shown else 0
    if start < 0:
        return None, message
    offset = sum(len(x) + 1 for x in lines[: lineno - 1]) + start + column
    if offset > len(sql):
        return None, message
    return offset + 1, message[: m.start()].rstrip()


def _is_single_row_insert(sql: str) -> bool:
    try:
        trees = sqlglot.parse(sql, read="duckdb")
    except SqlglotError:
        return False
    if len(trees) != 1 or not isinstance(trees[0], exp.Insert):
        return False
    values = trees[0].expression
    return (
        isinstance(values, exp.Values)
        and len(values.expressions) == 1
        and trees[0].args.get("returning") is None
        and not trees[0].args.get("conflict")  # ON CONFLICT DO NOTHING may insert no row
        and not trees[0].args.get("alternative")  # INSERT OR IGNORE, likewise
        and not _RETURNING.search(sql)
    )


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: DuckDB types its CSV writer writes in aishell's CSV dialect (PostgreSQL's COPY form) as they are
_CSV_AS_IS = re.compile(
    r"(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|DECIMAL\(\d+,\d+\)|VARCHAR|JSON|UUID|DATE|TIME|TIMESTAMP"
    r"|TIME WITH TIME ZONE|TIMESTAMP WITH TIME ZONE)"
)
#: ... and those it writes so once converted: booleans as t/f, binary as \x and hex digits
_CSV_CONVERTED = {"BOOLEAN": "CASE WHEN {0} THEN 't' WHEN NOT {0} THEN 'f' END",
                  "BLOB": "'\\x' || lower(hex({0}))"}  # fmt: skip


def csv_dialect_select(body: str, names: list[str], types: list[str]) -> str | None:
    """A query whose CSV from DuckDB's writer is aishell's CSV dialect for the result of ``body``
    (``names`` and ``types``): booleans and blobs converted in SQL; ``None`` when a column has a
    type DuckDB writes differently (floats, lists, structs, maps, intervals ...), or when the
    result is one text column (only a quoted ``\\.`` marks its end in PostgreSQL's form)."""
    if len(types) == 1 and types[0] in ("VARCHAR", "JSON"):
        return None
    if any(not _CSV_AS_IS.fullmatch(t) and t not in _CSV_CONVERTED for t in types):
        return None
    if not any(t in _CSV_CONVERTED for t in types):
        return body
    if len(set(names)) != len(names):
        return None
    columns = []
    for name, t in zip(names, types, strict=True):
        ref = "_aishell_csv." + _quote_ident(name)
        columns.append(_CSV_CONVERTED[t].format(ref) + " AS " + _quote_ident(name) if t in _CSV_CONVERTED else ref)
    return f"SELECT {', '.join(columns)} FROM ({body}) AS _aishell_csv"


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _split_expressions(text: str | None) -> tuple[str, ...]:
    """``duckdb_indexes().expressions`` is a string like ``[b, "my col", lower(c)]``, or since DuckDB 1.5
    ``['"name"', b, '(lower(c))']``."""
    if not text:
        return ()
    body = text.strip()
    if body.startswith("[") and body.endswith("]"):
        body = body[1:-1]
    parts: list[str] = []
    depth, quote, current = 0, "", []
    for ch in body:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    if "".join(current).strip():
        parts.append("".join(current).strip())
    out = []
    for part in parts:
        if len(part) >= 2 and part[0] == part[-1] == "'":  # DuckDB 1.5 writes ['"name"', b]: a list of strings
            part = part[1:-1].replace("''", "'")
        if len(part) >= 2 and part[0] == part[-1] == '"':
            part = part[1:-1].replace('""', '"')
        out.append(part)
    return tuple(out)


# --------------------------------------------------------------------------- cursor
class DuckDBCursor(Cursor):
    """A streaming result: rows come from DuckDB chunk by chunk as they are fetched."""

    def __init__(self, conn: DuckDBConnection, generation: int, columns: list[ResultColumn], sql: str) -> None:
        self._conn = conn
        self._sql = sql
        self._generation = generation
        self.columns = columns
        self.rowcount = -1
        self.status = ""
        self._done = False

    def fetchmany(self, size: int) -> list[Row]:
        if self._done:
            return []
        try:
            rows: list[Row] = self._conn.raw.fetchmany(size)
        except duckdb.Error as exc:
            self._finish()
            raise self._conn.translate(exc, self._sql) from None
        if not rows:
            self._finish()
        return rows

    def _finish(self) -> None:
        if not self._done:
            self._done = True
            self._conn._statement_done(self._generation)

    def close(self) -> None:
        if self._done:
            return
        self._finish()
        # drop DuckDB's pending result so the query's resources (and an
        # autocommit transaction) are released now, not at the next statement
        if self._conn._generation == self._generation:
            with contextlib.suppress(duckdb.Error):
                self._conn.raw.execute("")


# --------------------------------------------------------------------------- connection
class DuckDBConnection(Connection):
    engine = "duckdb"
    dialect = "duckdb"
    display_name = DISPLAY
    has_schemas = True
    supports_cancel = True
    extra = "duckdb"
    bulk = frozenset({BulkPath.INSERT_ARROW, BulkPath.COPY_OUT_CSV, BulkPath.COPY_OUT_FILE, BulkPath.READ_FILES,
                      BulkPath.LOAD_STAGE})  # fmt: skip
    #: a failed statement aborts the whole transaction: no savepoints to bisect a batch under
    load_savepoints = False
    snapshot_statement = "BEGIN TRANSACTION"
    #: DuckDB's ``memory_limit`` for a read-only database, so that one query cannot take the machine
    read_only_memory_limit: ClassVar[str] = "1GB"

    def __init__(
        self,
        raw: duckdb.DuckDBPyConnection,
        url: DatabaseURL,
        read_only: bool,
        timeout: float | None,
        scratch_dir: str | None = None,
    ) -> None:
        self.raw = raw
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self._scratch_dir = scratch_dir
        self._lock = threading.Lock()
        self._generation = 0
        self._active = False
        self._timed_out = False
        self._cancelled = False
        self._timer: threading.Timer | None = None
        self._in_transaction = False
        #: a statement failed in the open transaction and DuckDB refuses the rest until ROLLBACK
        self._failed = False
        self._closed = False
        #: a read-only sibling sharing a writable database: only queries may run
        self._queries_only = False
        #: the database was opened without file access and with its configuration locked
        self._locked = read_only

    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        path = url.database or ":memory:"
        memory = path == ":memory:"
        scratch: str | None = None
        if memory:
            target = ":memory:"
            if read_only:
                # DuckDB refuses to launch an in-memory database read-only:
                # open a new empty database file read-only instead
                scratch = tempfile.mkdtemp(prefix="aishell-duckdb-")
                target = os.path.join(scratch, "memory.duckdb")
                try:
                    duckdb.connect(target).close()
                except duckdb.Error as exc:
                    shutil.rmtree(scratch, ignore_errors=True)
                    raise ConnectError(f"cannot create a read-only in-memory database: {exc}", engine=DISPLAY) from None
        else:
            file = Path(path).expanduser()
            if not file.parent.exists():
                raise ConnectError(f"directory does not exist: {file.parent}", engine=DISPLAY)
            if not file.exists() and (read_only or not url.create):
                # a typo must not silently make an empty database: only ?create=1 (--create) makes one
                hint = "" if read_only else " (pass --create to make one)"
                raise ConnectError(f"no such database file: {path}{hint}", engine=DISPLAY)
            target = str(file)
        config: dict[str, Any] = {}
        if read_only:
            # no files, network or extension downloads; bounded memory; and no SET can undo that
            config = {
                "enable_external_access": False,
                "memory_limit": cls.read_only_memory_limit,
                "lock_configuration": True,
            }
        try:
            raw = duckdb.connect(target, read_only=read_only, config=config)
        except duckdb.Error as exc:
            if scratch:
                shutil.rmtree(scratch, ignore_errors=True)
            raise ConnectError(f"cannot open {path}: {exc}", engine=DISPLAY) from None
        return cls(raw, url, read_only, timeout, scratch)

    def sibling(self) -> Connection:
        """A second DuckDB connection to the *same database instance* (``cursor()``).

        Opening the file again would fail (DuckDB refuses a second
        configuration for an open file) and an in-memory database could not be
        reached at all.  The sibling is read-only: when the shared database is
        writable, DuckDB cannot enforce that for one connection, so the
        sibling runs only SELECT-type statements and EXPLAIN.
        """
        try:
            raw = self.raw.cursor()
        except duckdb.Error as exc:
            raise ConnectError(f"cannot open a second connection: {exc}", engine=DISPLAY) from None
        twin = DuckDBConnection(raw, self.url, True, self.timeout)
        twin._queries_only = not self.read_only
        twin._locked = self._locked
        return twin

    # ------------------------------------------------------------------ deadline / cancel
    def _start_statement(self) -> int:
        self._stop_timer()
        with self._lock:
            self._generation += 1
            self._active = True
            self._timed_out = False
            self._cancelled = False
            generation = self._generation
        if self.timeout:
            timer = threading.Timer(self.timeout, self._deadline_reached, (generation,))
            timer.daemon = True
            self._timer = timer
            timer.start()
        return generation

    def _deadline_reached(self, generation: int) -> None:
        with self._lock:
            if generation == self._generation and self._active:
                self._timed_out = True
                self.raw.interrupt()

    def _statement_done(self, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return
            self._active = False
        self._stop_timer()

    def _stop_timer(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    def cancel(self) -> None:
        with self._lock:
            if self._active:
                self._cancelled = True
                self.raw.interrupt()

    # ------------------------------------------------------------------ statements
    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        generation = self._start_statement()
        try:
            return self._execute(sql, params, generation, internal=False)
        except BaseException:
            self._statement_done(generation)
            raise

    def _execute(self, sql: str, params: Params, generation: int, *, internal: bool) -> Cursor:
        try:
            statements = self.raw.extract_statements(sql)
        except duckdb.Error as exc:
            raise self.translate(exc, sql) from None
        if not statements:
            self._statement_done(generation)
            return ListCursor([], [], status="")
        last = len(statements) - 1
        for i, stmt in enumerate(statements):
            if self._cancelled:
                raise QueryCancelledError("statement cancelled", engine=DISPLAY, sql=sql)
            kind = stmt.type.name
            if self.read_only and not internal:
                self._guard_read_only(kind, stmt.query, sql)
            action = transaction_action(stmt.query) if kind == "TRANSACTION" else None
            try:
                if i == last and params is not None:
                    self.raw.execute(stmt, params)
                else:
                    self.raw.execute(stmt)
            except duckdb.Error as exc:
                # an error found before running (no such table or column, bad syntax) leaves the
                # transaction usable; one found while running aborts it
                self._failed = self._failed or (self._in_transaction and not isinstance(exc, _BEFORE_RUNNING))
                raise self.translate(exc, sql) from None
            finally:
                if action in {"commit", "rollback"}:
                    # even when it fails: a failed COMMIT rolls back, a failed ROLLBACK had nothing open
                    self._in_transaction = self._failed = False
            if action == "begin":
                self._in_transaction, self._failed = True, False
            if kind in {"SET", "VARIABLE_SET"} and _NO_EXTERNAL_ACCESS.match(stmt.query):
                self._locked = True  # no file access from now on: the native file paths decline
            if i < last:
                self._drain()
                continue
            return self._result(sql, stmt.query, kind, action, generation)
        raise AssertionError("unreachable")  # pragma: no cover

    def _drain(self) -> None:
        try:
            if self.raw.description:
                while self.raw.fetchmany(10_000):
                    pass
        except duckdb.Error as exc:
            raise self.translate(exc, None) from None

    def _result(self, sql: str, query: str, kind: str, action: str | None, generation: int) -> Cursor:
        desc = self.raw.description
        word = (action or leading_keyword(query) or kind).upper()
        count_only = (
            bool(desc)
            and len(desc) == 1
            and desc[0][0] == "Count"
            and kind in _CHANGES_ROWS
            and not _RETURNING.search(query)
        )
        if not (kind in _NO_ROWS or count_only or not desc):
            columns = [ResultColumn(str(d[0]), str(d[1]), is_numeric_type(str(d[1]))) for d in desc]
            return DuckDBCursor(self, generation, columns, sql)
        try:
            rows = self.raw.fetchall() if desc else []
        except duckdb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            self._statement_done(generation)
        cursor = ListCursor([], [], status=word)
        cursor.rowcount = -1
        if count_only and kind in _DML:
            cursor.rowcount = int(rows[0][0]) if rows else 0
            cursor.status = f"{cursor.rowcount} row(s) affected"
        elif count_only and rows:  # COPY, CREATE TABLE ... AS
            cursor.rowcount = int(rows[0][0])
            cursor.status = f"{word} {cursor.rowcount}"
        return cursor

    def _guard_read_only(self, kind: str, query: str, sql: str) -> None:
        """Refuse what a read-only DuckDB database still lets a session do to other files."""
        reason = None
        word = leading_keyword(query)
        if self._queries_only and kind not in {"SELECT", "EXPLAIN"}:
            reason = f"{word or kind} is not a query"
        elif kind == "COPY":
            try:
                tree = sqlglot.parse_one(query, read="duckdb")
            except SqlglotError:
                tree = None
            if not (isinstance(tree, exp.Copy) and tree.args.get("kind")):
                reason = "COPY ... TO writes a file"
        elif kind in {"EXPORT", "COPY_DATABASE"}:
            reason = f"{word} writes files"
        elif kind == "LOAD" and word in {"INSTALL", "FORCE"}:
            reason = "INSTALL writes extension files"
        elif kind == "ATTACH" and not _ATTACH_READ_ONLY.search(query):
            reason = "ATTACH needs the READ_ONLY option"
        if reason:
            raise QueryError(f"read-only connection: {reason}", engine=DISPLAY, sql=sql)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """DuckDB's batch path for a one-row ``INSERT ... VALUES``; one statement per row otherwise.

        duckdb's ``executemany`` reports only the last parameter set's count,
        which is the total only when every set inserts exactly one row.
        """
        self.check_statement(sql)
        rows = list(rows)
        if not rows:
            return 0
        if not _is_single_row_insert(sql):
            total = 0
            for row in rows:
                cur = self.execute(sql, row)
                total += max(cur.rowcount, 0)
                cur.close()
            return total
        generation = self._start_statement()
        try:
            try:
                statements = self.raw.extract_statements(sql)
                if self.read_only:
                    for stmt in statements:
                        self._guard_read_only(stmt.type.name, stmt.query, sql)
                self.raw.executemany(sql, rows)
                self._drain()
            except duckdb.Error as exc:
                raise self.translate(exc, sql) from None
        finally:
            self._statement_done(generation)
        return len(rows)

    def insert_arrow(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Insert Python rows as one Arrow batch (DuckDB scans it natively); far faster than
        ``executemany``.  Falls back to ``executemany`` when Arrow cannot type a column."""
        import pyarrow as pa

        target = ".".join(_quote_ident(p) for p in table.split("."))
        names = ", ".join(_quote_ident(c) for c in columns)
        sql = f"INSERT INTO {target} ({names}) SELECT * FROM __aishell_batch"
        try:
            arrays = [pa.array(list(col)) for col in zip(*rows, strict=True)] if rows else []
            # wider than DuckDB's DECIMAL(38): as text, which DuckDB casts to the column's type
            arrays = [a.cast(pa.string()) if pa.types.is_decimal256(a.type) else a for a in arrays]
            data = pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))])
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            marks = ", ".join("?" for _ in columns)
            return self.executemany(f"INSERT INTO {target} ({names}) VALUES ({marks})", rows)
        if not rows:
            return 0
        generation = self._start_statement()
        try:
            if self.read_only:
                raise QueryError("read-only connection: INSERT is not allowed", engine=DISPLAY, sql=sql)
            self.raw.register("__aishell_batch", data)
            try:
                self.raw.execute(sql)
                self._drain()
            finally:
                self.raw.unregister("__aishell_batch")
        except duckdb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            self._statement_done(generation)
        return len(rows)

    def translate(self, exc: duckdb.Error, sql: str | None) -> QueryError:
        msg = str(exc)
        # an interrupt that lands while a streamed result is being fetched surfaces as a plain
        # error about the interrupted pending result: it is still the cancel (or the timeout)
        interrupted = (self._cancelled or self._timed_out) and "INTERRUPT" in msg.upper()
        if isinstance(exc, duckdb.InterruptException) or interrupted:
            if self._timed_out:
                return QueryTimeoutError(f"statement timed out after {self.timeout:g}s", engine=DISPLAY, sql=sql)
            return QueryCancelledError("statement cancelled", engine=DISPLAY, sql=sql)
        position = None
        if sql:
            position, msg = error_position(sql, msg)
        if "read-only mode" in msg:
            msg = f"{msg} (read-only connection)"
        elif self._locked and "disabled by configuration" in msg:
            msg = f"{msg} (read-only connection: DuckDB may not read or write files)"
        elif self._locked and "configuration has been locked" in msg:
            msg = f"{msg} (read-only connection: DuckDB settings are locked)"
        return QueryError(msg, engine=DISPLAY, sql=sql, position=position)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stop_timer()
        try:
            self.raw.close()
        finally:
            if self._scratch_dir:
                shutil.rmtree(self._scratch_dir, ignore_errors=True)

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction

    @property
    def transaction_failed(self) -> bool:
        return self._in_transaction and self._failed

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        """DuckDB's plan drawing, plus its JSON plan tree (``EXPLAIN (FORMAT JSON)``).

        ``analyze`` runs the statement exactly once, as ``EXPLAIN (ANALYZE,
        FORMAT JSON)``, in a transaction that is rolled back (see
        :meth:`_rolled_back`): the profile is the data and the text is an outline
        drawn from it.  duckdb 1.5.5 fails to profile some plans (e.g. a
        ``count(*)`` answered from a stored table's metadata, an ``INSERT ...
        VALUES``) and answers ``{"result": "error"}``, in text form too, as its
        profiler does; the plain plan (and the estimate's tree) is shown then.
        ``tree`` is the normalised tree of whichever document there is.
        """
        body = sql.strip().rstrip(";")
        if analyze:
            with self._rolled_back(body):
                data = _json_or_none(self.query_all("EXPLAIN (ANALYZE, FORMAT JSON) " + body))
            if isinstance(data, dict) and "children" in data:
                return Plan(_render_profile(data), data, _tree(data, body, analyzed=True))
            text = _plan_text(self.query_all("EXPLAIN " + body))
            note = "\n(DuckDB could not profile this statement: the plan is shown without timings)"
            return Plan(text + note, None, _tree(self._estimate(body), body, analyzed=False))
        text = _plan_text(self.query_all("EXPLAIN " + body))
        data = self._estimate(body)
        return Plan(text, data, _tree(data, body, analyzed=False))

    def _estimate(self, body: str) -> Any:
        try:
            return _json_or_none(self.query_all("EXPLAIN (FORMAT JSON) " + body))
        except QueryError:
            return None

    @contextlib.contextmanager
    def _rolled_back(self, body: str) -> Iterator[None]:
        """Run the body (``EXPLAIN ANALYZE``, which runs ``body``) in a transaction that is rolled
        back, so a data change is measured and undone.  DuckDB has no savepoints: inside the
        user's transaction only a query is measured, a data change is refused."""
        if self._in_transaction:
            try:
                kinds = {s.type.name for s in self.raw.extract_statements(body)}
            except duckdb.Error as exc:
                raise self.translate(exc, body) from None
            if kinds - {"SELECT"}:
                raise QueryError(
                    "EXPLAIN ANALYZE runs the statement, and DuckDB has no savepoints to undo it inside "
                    "the open transaction: run it outside a transaction (it is then rolled back)",
                    engine=DISPLAY, sql=body,
                )  # fmt: skip
            yield
            return
        self._internal("BEGIN")
        try:
            yield
        except BaseException:
            with contextlib.suppress(QueryError):
                self._internal("ROLLBACK")
            raise
        self._internal("ROLLBACK")

    def _internal(self, statement: str) -> None:
        generation = self._start_statement()
        try:
            self._execute(statement, None, generation, internal=True).close()
        finally:
            self._statement_done(generation)

    # ------------------------------------------------------------------ CSV export
    def copy_out_csv(
        self, sql: str, write: Callable[[bytes], object], *, header: bool = True, delimiter: str = ",",
        fmt: str = "csv",
    ) -> int | None:
        """DuckDB's CSV writer, through a named pipe; ``None`` for a read-only connection
        (it has no file access) and for anything but one SELECT.

        ``fmt="csv"``: aishell's CSV dialect (see :func:`csv_dialect_select`), ``None`` when a
        column cannot be written in it here; ``fmt="native"``: DuckDB's own rendering (to feed
        another engine's loader); any other format: ``None``."""
        if self._locked or fmt not in ("csv", "native"):
            return None
        body = sql.strip().rstrip(";").strip()
        try:
            statements = self.raw.extract_statements(body)
        except duckdb.Error as exc:
            raise self.translate(exc, sql) from None
        if len(statements) != 1 or statements[0].type.name != "SELECT":
            return None
        if fmt == "csv":
            try:
                relation = self.raw.sql(body)  # binds the query (its column types) without running it
                dialect = csv_dialect_select(body, relation.columns, [str(t) for t in relation.types])
            except duckdb.Error:
                dialect = body  # COPY reports the error
            if dialect is None:
                return None
            body = dialect
        workdir = tempfile.mkdtemp(prefix="aishell-duckdb-csv-")
        try:
            target = os.path.join(workdir, "out.csv")
            options = (
                f"FORMAT csv, HEADER {'true' if header else 'false'}, "
                f"DELIMITER {_quote_literal(delimiter)}, USE_TMP_FILE false"
            )
            copy_sql = f"COPY ({body}) TO {_quote_literal(target)} ({options})"
            if hasattr(os, "mkfifo"):
                return self._copy_through_fifo(copy_sql, target, write)
            count = self._copy_count(copy_sql)
            with open(target, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    write(chunk)
            return count
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def file_reader(self, path: str, fmt: str, **options: Any) -> str:
        """``read_parquet('path')`` or ``read_csv('path', option = value, ...)`` (values as SQL text)."""
        args = "".join(f", {key} = {value}" for key, value in options.items())
        reader = {"parquet": "read_parquet", "csv": "read_csv"}[fmt]
        return f"{reader}({_quote_literal(path)}{args})"

    def load_stage(self, table: str, columns: Sequence[str], source: str, reject: Reject, fail: Fail) -> LoadStage:
        from aishell.engines.duckdb.stage import DuckDBStage

        return DuckDBStage(self, table, columns, source, reject, fail)

    def copy_out_file(self, sql: str, path: str, fmt: str = "parquet") -> int | None:
        """DuckDB's own writer: ``COPY (query) TO path (FORMAT parquet)``; the row count.

        None (nothing written) unless ``sql`` is one SELECT and ``fmt`` is ``parquet``, and
        for a read-only connection (it has no file access).
        """
        if self._locked:
            return None
        body = sql.strip().rstrip(";").strip()
        try:
            statements = self.raw.extract_statements(body)
        except duckdb.Error as exc:
            raise self.translate(exc, sql) from None
        if fmt != "parquet" or len(statements) != 1 or statements[0].type.name != "SELECT":
            return None
        return self._copy_count(f"COPY ({body}) TO {_quote_literal(path)} (FORMAT parquet, COMPRESSION zstd)")

    def _copy_count(self, copy_sql: str) -> int:
        generation = self._start_statement()
        try:
            cursor = self._execute(copy_sql, None, generation, internal=True)
        finally:
            self._statement_done(generation)
        return max(cursor.rowcount, 0)

    def _copy_through_fifo(self, copy_sql: str, fifo: str, write: Callable[[bytes], object]) -> int:
        """Run COPY in a worker thread writing to a named pipe; read it here and call ``write``."""
        os.mkfifo(fifo, 0o600)
        # non-blocking, so that opening does not wait for DuckDB (which may fail before it writes)
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["count"] = self._copy_count(copy_sql)
            except BaseException as exc:
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="aishell-duckdb-copy", daemon=True)
        worker.start()
        failed = False
        try:
            self._pump(fd, worker, write)
        except BaseException:
            failed = True
            self.cancel()
            with contextlib.suppress(OSError):
                self._pump(fd, worker, None)  # drain so that a blocked writer can finish
            raise
        finally:
            worker.join()
            os.close(fd)
            if failed:
                outcome.pop("error", None)
        if "error" in outcome:
            raise outcome["error"]
        return int(outcome.get("count", 0))

    @staticmethod
    def _pump(fd: int, worker: threading.Thread, write: Callable[[bytes], object] | None) -> None:
        while True:
            select.select([fd], [], [], 0.05)
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                chunk = None
            if chunk:
                if write is not None:
                    write(chunk)
                continue
            if not worker.is_alive():
                # the writer is gone: whatever it wrote is in the pipe now
                with contextlib.suppress(BlockingIOError):
                    while chunk := os.read(fd, 1 << 20):
                        if write is not None:
                            write(chunk)
                return
            if chunk == b"":  # no writer (yet, or any more): do not spin
                time.sleep(0.005)

    # ------------------------------------------------------------------ catalog
    def write_privileges(self) -> list[str] | None:
        return file_write_privileges(self.url.database)

    def current_database(self) -> str | None:
        try:
            rows = self.query_all("SELECT current_database()")
        except QueryError:
            return self.url.database
        return str(rows[0][0]) if rows else self.url.database

    def server_version(self) -> str:
        return f"DuckDB {duckdb.__version__}"

    def list_databases(self) -> list[str]:
        rows = self.query_all(
            "SELECT database_name, path FROM duckdb_databases() WHERE NOT internal ORDER BY database_name"
        )
        return [f"{name} ({path or 'memory'})" for name, path in rows]

    def catalog(self) -> Catalog:
        db, default_schema = self.query_all("SELECT current_database(), current_schema()")[0]
        scope = "database_name = ?"
        schemas = [
            str(name)
            for (name,) in self.query_all(
                f"SELECT schema_name FROM duckdb_schemas() WHERE {scope} ORDER BY schema_name", [db]
            )
            if name not in _SYSTEM_SCHEMAS
        ]
        # temporary objects live in the "temp" catalog: shown as schema "temp"
        where = "(database_name = ? OR database_name = 'temp') AND NOT internal"

        def schema_of(database: str, schema: str) -> str:
            return "temp" if database == "temp" and database != db else schema

        tables: dict[tuple[str, str], TableInfo] = {}
        for database, schema, name, estimate, comment in self.query_all(
            "SELECT database_name, schema_name, table_name, estimated_size, comment "
            f"FROM duckdb_tables() WHERE {where} ORDER BY schema_name, table_name",
            [db],
        ):
            s = schema_of(database, schema)
            tables[(s, name)] = TableInfo(
                name=name,
                schema=s,
                kind="table",
                row_estimate=int(estimate) if estimate is not None else None,
                comment=comment,
            )
        for database, schema, name, comment in self.query_all(
            "SELECT database_name, schema_name, view_name, comment "
            f"FROM duckdb_views() WHERE {where} ORDER BY schema_name, view_name",
            [db],
        ):
            s = schema_of(database, schema)
            tables[(s, name)] = TableInfo(name=name, schema=s, kind="view", comment=comment)
        for database, schema, table, cname, ctype, nullable, default, comment in self.query_all(
            "SELECT database_name, schema_name, table_name, column_name, data_type, is_nullable, "
            "column_default, comment FROM duckdb_columns() "
            f"WHERE {where} ORDER BY schema_name, table_name, column_index",
            [db],
        ):
            info = tables.get((schema_of(database, schema), table))
            if info is not None:
                info.columns.append(ColumnInfo(cname, str(ctype), bool(nullable), default, comment))
        for row in self.query_all(
            "SELECT database_name, schema_name, table_name, constraint_type, constraint_column_names, "
            "constraint_name, referenced_table, referenced_column_names FROM duckdb_constraints() "
            "WHERE (database_name = ? OR database_name = 'temp') "
            "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') "
            "ORDER BY schema_name, table_name, constraint_index",
            [db],
        ):
            database, schema, table, ctype, cols, cname, ref_table, ref_cols = row
            s = schema_of(database, schema)
            info = tables.get((s, table))
            if info is None:
                continue
            columns = tuple(str(c) for c in cols or ())
            if ctype == "FOREIGN KEY":
                info.foreign_keys.append(
                    ForeignKey(columns, str(ref_table), tuple(str(c) for c in ref_cols or ()), s, cname)
                )
                continue
            primary = ctype == "PRIMARY KEY"
            if primary:
                info.primary_key = columns
            info.indexes.append(IndexInfo(str(cname), columns, unique=True, primary=primary))
        for database, schema, table, iname, unique, primary, expressions, definition in self.query_all(
            "SELECT database_name, schema_name, table_name, index_name, is_unique, is_primary, "
            "expressions, sql FROM duckdb_indexes() "
            "WHERE (database_name = ? OR database_name = 'temp') ORDER BY index_name",
            [db],
        ):
            info = tables.get((schema_of(database, schema), table))
            if info is not None:
                info.indexes.append(
                    IndexInfo(
                        str(iname),
                        _split_expressions(expressions),
                        bool(unique),
                        bool(primary),
                        definition,
                    )
                )
        if any(t.schema == "temp" for t in tables.values()) and "temp" not in schemas:
            schemas.append("temp")
        return Catalog(
            default_schema=str(default_schema),
            schemas=schemas,
            tables=sorted(tables.values(), key=lambda t: (t.schema or "", t.name)),
            functions=self._functions(str(db)),
        )

    def _functions(self, db: str) -> list[FunctionInfo]:
        kinds = {
            "macro": "function",
            "scalar": "function",
            "table_macro": "table function",
            "table": "table function",
            "aggregate": "aggregate",
            "pragma": "procedure",
        }
        rows = self.query_all(
            "SELECT schema_name, function_name, function_type, parameters, parameter_types, return_type "
            "FROM duckdb_functions() WHERE NOT internal AND (database_name = ? OR database_name = 'temp') "
            "ORDER BY schema_name, function_name",
            [db],
        )
        out = []
        for schema, name, ftype, names, types, returns in rows:
            args = ", ".join(
                f"{n} {t}" if t else str(n) for n, t in zip(names or (), _pad(types, len(names or ())), strict=True)
            )
            out.append(FunctionInfo(str(name), str(schema), kinds.get(str(ftype), str(ftype)), args, returns or ""))
        return out


def _pad(values: Sequence[Any] | None, n: int) -> list[Any]:
    items = list(values or ())
    return items + [None] * (n - len(items))


def _plan_text(rows: list[Row]) -> str:
    return "\n".join(str(r[1]) if len(r) > 1 else str(r[0]) for r in rows).rstrip()


def _json_or_none(rows: list[Row]) -> Any:
    for row in rows:
        value = row[1] if len(row) > 1 else row[0]
        try:
            return json.loads(str(value))
        except ValueError:
            continue
    return None


def _tree(data: Any, sql: str, *, analyzed: bool) -> PlanTree | None:
    """The normalised tree of a JSON plan or profile (with the aliases the statement gives its
    tables), or None when there is none."""
    if data is None:
        return None
    try:
        return name_tables(parse_plan(data, analyzed=analyzed), sql, DuckDBConnection.dialect)
    except ValueError:
        return None


def _render_profile(profile: dict[str, Any]) -> str:
    """An indented outline of an ``EXPLAIN (ANALYZE, FORMAT JSON)`` profile."""
    lines = [f"Total Time: {float(profile.get('latency') or 0):.4f}s"]

    def walk(node: Any, depth: int) -> None:
        if not isinstance(node, dict):
            return
        name = node.get("operator_name") or node.get("operator_type")
        if name and name != "EXPLAIN_ANALYZE":
            rows = node.get("operator_cardinality")
            seconds = float(node.get("operator_timing") or 0)
            indent = "  " * depth
            lines.append(f"{indent}{'-> ' if depth else ''}{name}  (rows={rows}, time={seconds:.4f}s)")
            extra = node.get("extra_info") or {}
            details = "; ".join(
                f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}"
                for k, v in extra.items()
                if v not in ("", None, [])
            )
            if details:
                lines.append(f"{indent}{'   ' if depth else ''}   {details}")
            depth += 1
        for child in node.get("children") or ():
            walk(child, depth)

    walk(profile, 0)
    return "\n".join(lines)
