"""PostgreSQL, through psycopg 3.

* streaming: every statement is sent once, with the extended protocol, in
  libpq's *chunked-rows mode* (libpq >= 17; single-row mode before that).
  The server streams the result and the client holds one chunk at a time:
  a ten-million-row SELECT never sits in memory, and INSERT, DDL, BEGIN,
  SHOW, EXPLAIN or ``INSERT ... RETURNING`` go through the very same path
  (no guessing whether a statement returns rows, as a server-side cursor
  would need).  Rows are built by psycopg's C ``load_rows``, a chunk slice at
  a time, so fetching does no per-row Python work of its own;
* read-only: ``default_transaction_read_only=on`` for the session, sent in
  the startup packet, so the server refuses writes (also after ``BEGIN``).
  A statement can lift that (``SET SESSION CHARACTERISTICS AS TRANSACTION
  READ WRITE``, ``BEGIN READ WRITE``, ``set_config(...)``), so after each
  statement the adapter checks the session is still read-only: for free
  outside a transaction (the server reports ``default_transaction_read_only``
  to the client whenever it changes, PostgreSQL >= 14), with one ``SHOW
  transaction_read_only`` after a statement inside a transaction.  A lifted
  session is rolled back, closed and opened again read-only, and the
  statement reports a :class:`~aishell.errors.QueryError`.  What one
  statement does before the check (a ``DO`` block that lifts read-only and
  commits, a procedure) is not undone: only a login without write rights is
  a guarantee;
* every session pins ``standard_conforming_strings=on``, so the server reads
  string literals as aishell's classifier does (a read-only session that
  turns it off is reset like one that lifts read-only), and the settings that
  shape values (``DateStyle=ISO``, ``IntervalStyle=postgres``, ``bytea_output=hex``,
  ``extra_float_digits=1``), so every output path writes the same bytes;
* timeout: ``statement_timeout`` for the session;
* cancel: libpq's cancel request (:meth:`psycopg.Connection.cancel_safe`),
  which is thread-safe;
* bulk export: ``COPY (query) TO STDOUT`` read straight off the libpq
  connection into large chunks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

import psycopg
from psycopg import errors as pgerrors
from psycopg import pq
from psycopg import sql as pgsql
from psycopg.abc import PQGen
from psycopg.generators import fetch, send
from psycopg.pq.abc import PGresult
from psycopg.types.string import TextLoader
from psycopg.waiting import Wait

from aishell.engines.base import (
    DEFAULT_BATCH_SIZE,
    BulkPath,
    Catalog,
    ColumnInfo,
    Connection,
    Cursor,
    ForeignKey,
    FunctionInfo,
    IndexInfo,
    IndexUsage,
    Params,
    Plan,
    ResultColumn,
    Row,
    StatementStats,
    TableInfo,
)
from aishell.errors import (
    AishellError,
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    register_secret,
)
from aishell.urls import DatabaseURL

DISPLAY = "PostgreSQL"
DEFAULT_CONNECT_TIMEOUT = 10
#: rows per libpq chunk (and so per PGresult held in memory)
CHUNK_ROWS = DEFAULT_BATCH_SIZE
#: rows of COPY data joined into one ``write`` call
COPY_ROWS_PER_WRITE = 4096

_ST = pq.ExecStatus
_TX = pq.TransactionStatus

#: int2, int4, int8, float4, float8, numeric, money, oid
NUMERIC_OIDS = frozenset({21, 23, 20, 700, 701, 1700, 790, 26})
#: user-defined types live above FirstNormalObjectId
_FIRST_USER_OID = 16384

_SYSTEM_SCHEMAS = ["pg_catalog", "information_schema"]
#: the schemas the catalog shows: everything but the system's own
_USER_NS = "n.nspname <> ALL(%(system)s) AND n.nspname !~ '^pg_(toast|temp_)'"
_RELKINDS = {
    "r": "table",
    "p": "table",
    "v": "view",
    "m": "materialized view",
    "f": "foreign table",
}
_PROKINDS = {"f": "function", "p": "procedure", "a": "aggregate", "w": "window"}

# statements whose result may be abandoned (cancelled) without losing work
_PLAIN_QUERY = re.compile(r"^[\s(]*(select|table|values|show|with)\b", re.I)
_WRITES = re.compile(r"\b(insert|update|delete|merge|into|call|do)\b", re.I)
_TYPE_DDL = re.compile(r"^(CREATE|ALTER) (TYPE|DOMAIN|EXTENSION)\b")


# --------------------------------------------------------------------------- SQL text
def _scan(text: str) -> tuple[int, bool]:
    """Scan SQL text, skipping strings, quoted names and comments.

    Returns ``(end, inner)``: the index just past the last significant
    character other than a trailing run of ``;`` (and whitespace, comments),
    and whether a ``;`` separates statements before that point.
    """
    i, n = 0, len(text)
    end = 0
    last_semi = -1
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if text.startswith("--", i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            continue
        if ch == ";":
            last_semi = i
            i += 1
            continue
        if ch in "'\"":
            escapes = ch == "'" and i > 0 and text[i - 1] in "eE" and (i < 2 or not _ident(text[i - 2]))
            i += 1
            while i < n:
                if escapes and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == ch:
                    if i + 1 < n and text[i + 1] == ch:  # doubled quote
                        i += 2
                        continue
                    break
                i += 1
            i = min(i + 1, n)
        elif ch == "$" and (i == 0 or not _ident(text[i - 1])) and (m := _DOLLAR.match(text, i)):
            close = text.find(m.group(0), m.end())
            i = n if close < 0 else close + len(m.group(0))
        else:
            i += 1
        if last_semi >= 0 and last_semi > end - 1 and end > 0:
            return i, True
        end = i
    return end, False


_DOLLAR = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$")


def _ident(ch: str) -> bool:
    return ch.isalnum() or ch in "_$"


def single_statement(text: str) -> str:
    """``text`` without its trailing ``;`` and comments.  QueryError if it holds more than one statement."""
    end, inner = _scan(text)
    if inner:
        raise QueryError("only a single query can be exported", engine=DISPLAY, sql=text)
    return text[:end]


# --------------------------------------------------------------------------- cursors
class _Stream(psycopg.Cursor[Row]):
    """:meth:`psycopg.Cursor.stream` taken apart into steps.

    ``stream()`` yields row by row, holds the connection lock for its whole
    life and drops the final result (the command tag) and any non-row result.
    Here every result is handed back, a chunk at a time.
    """

    def send_query(self, query: str, params: Params, size: int) -> None:
        with self._conn.lock:
            self._conn.wait(self._stream_send_gen(query, params, size=size))

    def next_result(self) -> PGresult | None:
        with self._conn.lock:
            res: PGresult | None = self._conn.wait(fetch(self._pgconn))
        return res

    def use(self, res: PGresult, first: bool) -> Callable[[int, int], list[Row]]:
        """Make ``res`` current and return a loader of its rows ``[a, b)``."""
        self.pgresult = res
        self._tx.set_pgresult(res, set_loaders=first)
        if first:
            self._make_row = self._make_row_maker()
        load, make = self._tx.load_rows, self._make_row
        conn = self._conn

        def rows(a: int, b: int) -> list[Row]:
            try:
                return load(a, b, make)
            except psycopg.DataError:  # a date past Python's range: infinity, most likely
                return cast(list[Row], _infinity_tolerant(conn, res).load_rows(a, b, make))

        return rows


def _keeping_infinity(base: type[Any]) -> type[Any]:
    """A text loader that returns PostgreSQL's ``infinity`` and ``-infinity`` as those words
    (Python's dates cannot hold them), the rest as ``base`` does."""

    class Loader(base):  # type: ignore[misc]
        def load(self, data: Any) -> Any:
            if bytes(data) in (b"infinity", b"-infinity"):
                return bytes(data).decode()
            return super().load(data)

    Loader.__name__ = f"Infinite{base.__name__}"
    return Loader


def _infinity_tolerant(conn: psycopg.Connection[Any], res: PGresult) -> Any:
    """A transformer for ``res`` whose date and timestamp loaders keep infinity as text.  Only
    used for a chunk the fast (C) loaders refused: these loaders are Python, and slower."""
    from psycopg.adapt import AdaptersMap, Transformer
    from psycopg.types import datetime as pgdatetime

    adapters = AdaptersMap(conn.adapters)
    for name, base in (("date", pgdatetime.DateLoader), ("timestamp", pgdatetime.TimestampLoader),
                       ("timestamptz", pgdatetime.TimestamptzLoader)):  # fmt: skip
        adapters.register_loader(name, _keeping_infinity(base))
    tx = Transformer(adapters)
    tx.set_pgresult(res)
    return tx


class PostgresCursor(Cursor):
    """One statement's result, read from the server a chunk at a time."""

    def __init__(self, conn: PostgresConnection, text: str, offset: int, plain: bool) -> None:
        self._conn = conn
        self._sql = text
        self._offset = offset
        self._plain = plain  # safe to cancel when abandoned early
        self._stream = _Stream(conn.raw)
        self._load: Callable[[int, int], list[Row]] | None = None
        self._n = 0
        self._pos = 0
        self._first = True
        self._copying = False  # inside the data of a COPY ... TO STDOUT
        self.finished = False
        self.columns = []
        self.rowcount = -1
        self.status = ""

    # ---- reading results
    def _next(self) -> bool:
        """Read the next result.  True when it is a chunk of rows, False at the end."""
        self._load = None
        self._n = self._pos = 0
        if self._copying:
            return self._copy_chunk()
        try:
            res = self._stream.next_result()
        except psycopg.Error as exc:
            self._abandon(cancel=False)
            raise self._conn.translate(exc, self._sql, self._offset) from None
        except BaseException:  # Ctrl-C: psycopg has already asked the server to cancel
            self._abandon(cancel=False)
            raise
        if res is None:
            self.finished = True
            self._conn.statement_done(self)
            self._conn.verify_read_only()
            return False
        status = res.status
        if status == _ST.TUPLES_CHUNK or status == _ST.SINGLE_TUPLE:
            if self._first:
                self.columns = self._conn.result_columns(res)
            self._load = self._stream.use(res, self._first)
            self._first = False
            self._n = res.ntuples
            if res.command_status:  # libpq >= 18 tags the last chunk, not the final result
                self._set_status(res)
            return True
        if status == _ST.TUPLES_OK or status == _ST.COMMAND_OK or status == _ST.EMPTY_QUERY:
            if self._first and status == _ST.TUPLES_OK:
                self.columns = self._conn.result_columns(res)
            self._first = False
            if res.command_status or status != _ST.TUPLES_OK:
                self._set_status(res)
            self._drain()
            self._conn.verify_read_only()
            return False
        if status == _ST.FATAL_ERROR:
            error = pgerrors.error_from_result(res, encoding=self._conn.raw.info.encoding)
            self._drain()
            raise self._conn.translate(error, self._sql, self._offset)
        if status == _ST.COPY_IN:
            self._conn.raw.pgconn.put_copy_end(b"COPY FROM STDIN is not supported here")
            self._conn.raw.wait(send(self._conn.raw.pgconn))
            self._drain()
            raise QueryError(
                "COPY ... FROM STDIN is not supported here; use the import command", engine=DISPLAY
            )
        if status == _ST.COPY_OUT:
            # COPY ... TO STDOUT: its lines are the result, one text column, as psql prints them
            if self._first:
                self.columns = [ResultColumn("COPY", "text")]
                self._first = False
            self._copying = True
            return self._copy_chunk()
        self._drain()
        raise QueryError(f"unexpected result from the server: {_ST(status).name}", engine=DISPLAY)

    def _copy_chunk(self) -> bool:
        """The next lines of a COPY ... TO STDOUT; at its end, the statement's own result."""
        pgconn = self._conn.raw.pgconn
        encoding = self._conn.raw.info.encoding
        lines: list[Row] = []
        while len(lines) < 2000:
            nbytes, data = pgconn.get_copy_data(1)
            if nbytes == 0:
                self._conn.raw.wait(_readable(pgconn))
            elif nbytes < 0:
                self._copying = False
                break
            else:
                lines.append((bytes(data).decode(encoding).removesuffix("\n"),))
        if lines:
            self._load = lambda a, b: lines[a:b]
            self._n = len(lines)
            return True
        return self._next()

    def _set_status(self, res: PGresult) -> None:
        tag = res.command_status
        self.status = tag.decode() if tag else ""
        tuples = res.command_tuples
        self.rowcount = tuples if tuples is not None else -1

    def _drain(self) -> None:
        """Read what is left of this statement's results; the connection is idle after."""
        try:
            while self._stream.next_result() is not None:
                pass
        except psycopg.Error:
            pass
        finally:
            self.finished = True
            self._conn.statement_done(self)

    def _abandon(self, *, cancel: bool) -> None:
        if self.finished:
            return
        pgconn = self._conn.raw.pgconn
        if pgconn.status == pq.ConnStatus.OK and pgconn.transaction_status == _TX.ACTIVE:
            if self._copying:
                self._conn.cancel_server()
                self._conn.drain_copy()
                self._copying = False
            elif cancel:
                self._conn.cancel_server()
            self._drain()
        else:
            self.finished = True
            self._conn.statement_done(self)

    def start(self) -> None:
        self._next()

    # ---- Cursor interface
    def fetchmany(self, size: int) -> list[Row]:
        rows: list[Row] = []
        while True:
            avail = self._n - self._pos
            if avail > 0 and self._load is not None:
                need = size - len(rows)
                take = avail if avail < need else need
                got = self._load(self._pos, self._pos + take)
                self._pos += take
                if not rows:
                    rows = got
                else:
                    rows.extend(got)
                if len(rows) >= size:
                    return rows
            elif self.finished or not self._next():
                return rows

    def close(self) -> None:
        """Stop reading.  A plain query outside a transaction is cancelled on the
        server; anything else (work that would be rolled back by a cancel) is
        read to its end and discarded."""
        if self.finished:
            return
        self._load = None
        self._abandon(cancel=self._plain and not self._conn.in_transaction)
        self._conn.verify_read_only()


# --------------------------------------------------------------------------- connection
class PostgresConnection(Connection):
    engine = "postgres"
    dialect = "postgres"
    display_name = DISPLAY
    supports_cancel = True
    has_schemas = True
    extra = "postgres"
    paramstyle = "format"
    bulk = frozenset({BulkPath.COPY_IN_ROWS, BulkPath.COPY_IN_CSV, BulkPath.COPY_IN_CSV_PUSH, BulkPath.COPY_OUT_CSV,
                      BulkPath.PARQUET})  # fmt: skip
    snapshot_statement = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def __init__(self, raw: psycopg.Connection[Row], url: DatabaseURL, read_only: bool, timeout: float | None):
        self.raw = raw
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self._active: PostgresCursor | None = None
        self._tx_at_start = False
        self._cancel_requested = False
        self._type_names: dict[int, str] = {}
        self._types_stale = True
        self._unknown_oids: set[int] = set()
        self._bulk = False
        self._chunked = psycopg.capabilities.has_stream_chunked()
        #: a statement ran on a read-only connection and the session was not checked since
        self._verify_pending = False

    # ------------------------------------------------------------------ connecting
    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        conn = cls(_connect_raw(url, read_only=read_only, timeout=timeout), url, read_only, timeout)
        conn._refresh_types()
        return conn

    # ------------------------------------------------------------------ statements
    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        return self._run(sql, params, sql, 0)

    def _run(self, query: str, params: Params, user_sql: str, offset: int) -> PostgresCursor:
        """Send ``query``; errors are reported against ``user_sql``, which starts
        ``offset`` characters into ``query``."""
        self._prepare()
        if self._types_stale:
            self._refresh_types()
        self._cancel_requested = False
        self._tx_at_start = self.in_transaction
        plain = bool(_PLAIN_QUERY.match(user_sql)) and not _WRITES.search(user_sql)
        cur = PostgresCursor(self, user_sql, offset, plain)
        self._active = cur
        self._sending()
        try:
            cur._stream.send_query(query, params, CHUNK_ROWS if self._chunked else 1)
        except psycopg.Error as exc:
            self.statement_done(cur)
            if self.raw.pgconn.transaction_status == _TX.ACTIVE:
                cur._drain()
            raise self.translate(exc, user_sql, offset) from None
        cur.start()
        return cur

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """One statement for many rows, sent in a pipeline by psycopg."""
        self.check_statement(sql)
        self._prepare()
        self._cancel_requested = False
        self._bulk = True
        self._sending()
        try:
            with self.raw.cursor() as cur:
                cur.executemany(sql, rows)
                count = max(cur.rowcount, 0)
        except psycopg.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            self._bulk = False
        self.verify_read_only()
        return count

    def _prepare(self) -> None:
        """Finish any previous statement, check the connection is alive and (read-only) that
        the previous statement left the session read-only."""
        if self._active is not None:
            self._active.close()
        if self.raw.closed or self.raw.pgconn.status == pq.ConnStatus.BAD:
            raise ConnectionLostError("the connection to the server was lost", engine=DISPLAY)
        self.verify_read_only()

    # ------------------------------------------------------------------ read-only guard
    def _sending(self) -> None:
        """A statement is about to go out: on a read-only connection, check the session after it."""
        if self.read_only:
            self._verify_pending = True

    def verify_read_only(self) -> None:
        """Raise (after resetting the connection) if the last statement lifted read-only mode.

        Free outside a transaction: the server reports ``default_transaction_read_only``
        and ``standard_conforming_strings`` to the client whenever they change (the
        former since PostgreSQL 14; before, one query).  Inside a transaction, one query:
        ``SHOW transaction_read_only`` (``BEGIN READ WRITE``, ``SET TRANSACTION READ
        WRITE`` change the transaction's mode and no report shows it).
        """
        if not self._verify_pending:
            return
        pgconn = self.raw.pgconn
        if self.raw.closed or pgconn.status != pq.ConnStatus.OK or pgconn.transaction_status == _TX.ACTIVE:
            return  # lost (reported by the next statement), or still running: checked when it ends
        self._verify_pending = False
        status = pgconn.transaction_status
        default_ro = pgconn.parameter_status(b"default_transaction_read_only")
        if pgconn.parameter_status(b"standard_conforming_strings") not in (b"on", None):
            raise self._reset_read_only(_SCS_OFF)
        if default_ro is not None and default_ro != b"on":
            raise self._reset_read_only(_lifted("default_transaction_read_only is off"))
        if status == _TX.INTRANS:  # BEGIN READ WRITE, SET TRANSACTION READ WRITE: the transaction's own mode
            setting, why = "transaction_read_only", _lifted("the transaction is read-write")
        elif status == _TX.IDLE and default_ro is None:  # a server that does not report it
            setting, why = "default_transaction_read_only", _lifted("default_transaction_read_only is off")
        else:
            return
        try:
            with self.raw.cursor() as cur:
                # SHOW, not SELECT: it takes no snapshot, so SET TRANSACTION ... may still follow BEGIN
                cur.execute(f"SHOW {setting}")
                row = cur.fetchone()
        except psycopg.Error as exc:
            if self.raw.closed or self.raw.broken or pgconn.status != pq.ConnStatus.OK:
                raise self.translate(exc, None) from None
            raise self._reset_read_only(f"the read-only check failed ({_primary(exc)})") from None
        if row is None or row[0] != "on":
            raise self._reset_read_only(why)

    def _reset_read_only(self, why: str) -> AishellError:
        """Roll back, close and reopen the connection read-only; the error to raise."""
        self._verify_pending = False
        self._active = None
        raw = self.raw
        try:
            if raw.pgconn.transaction_status in (_TX.INTRANS, _TX.INERROR):
                raw.execute("ROLLBACK")
        except psycopg.Error:
            pass
        finally:
            raw.close()
        try:
            self.raw = _connect_raw(self.url, read_only=True, timeout=self.timeout)
        except ConnectError as exc:
            return ConnectionLostError(
                f"{why}; the connection was closed and could not be opened again: {exc.message}",
                engine=DISPLAY,
            )
        self.read_only = True
        return QueryError(f"{why}; the connection was reset", engine=DISPLAY, sqlstate="25006")

    def statement_done(self, cur: PostgresCursor) -> None:
        if self._active is cur:
            self._active = None
        if cur.status and _TYPE_DDL.match(cur.status):
            self._types_stale = True

    def cancel(self) -> None:
        """Cancel the running statement.  Safe from another thread or a signal
        handler: it takes no lock (reading two attributes is atomic)."""
        self._cancel_requested = True
        if self._active is not None or self._bulk:
            self.cancel_server()

    def cancel_server(self) -> None:
        if self.raw.closed:
            return
        try:
            self.raw.cancel_safe(timeout=10.0)
        except psycopg.Error:
            pass

    def drain_copy(self) -> None:
        """Discard COPY data until the server ends it (raises if no COPY is in progress)."""
        pgconn = self.raw.pgconn
        while True:
            nbytes, _data = pgconn.get_copy_data(1)
            if nbytes == 0:
                self.raw.wait(_readable(pgconn))
            elif nbytes < 0:
                return

    def close(self) -> None:
        self._active = None
        self.raw.close()

    @property
    def in_transaction(self) -> bool:
        status = self.raw.info.transaction_status
        if status == _TX.ACTIVE:
            return self._tx_at_start
        return status == _TX.INTRANS or status == _TX.INERROR

    @property
    def transaction_failed(self) -> bool:
        return bool(self.raw.info.transaction_status == _TX.INERROR)

    # ------------------------------------------------------------------ errors
    def translate(self, exc: psycopg.Error, text: str | None, offset: int = 0) -> AishellError:
        """A psycopg error as an aishell error (``offset``: length of SQL added in front of ``text``)."""
        if self.raw.closed or self.raw.pgconn.status == pq.ConnStatus.BAD or self.raw.broken:
            msg = _primary(exc) or "server closed the connection"
            return ConnectionLostError(f"the connection to the server was lost: {msg}", engine=DISPLAY)
        diag = exc.diag
        primary = diag.message_primary or str(exc).strip() or type(exc).__name__
        sqlstate = exc.sqlstate
        if sqlstate == "57014":  # query_canceled: by us, or by statement_timeout
            if "statement timeout" in primary and not (self._cancel_requested and "user request" in primary):
                shown = f" after {self.timeout:g}s" if self.timeout else ""
                return QueryTimeoutError(
                    f"statement timed out{shown} ({primary})", engine=DISPLAY, sql=text, sqlstate=sqlstate
                )
            return QueryCancelledError(
                f"statement cancelled ({primary})", engine=DISPLAY, sql=text, sqlstate=sqlstate
            )
        message = primary
        if diag.message_detail:
            message += f"\nDETAIL: {diag.message_detail}"
        if diag.message_hint:
            message += f"\nHINT: {diag.message_hint}"
        if sqlstate == "25006" and self.read_only:
            message += "\n(read-only connection)"
        position: int | None = None
        if diag.statement_position and text is not None:
            try:
                pos = int(diag.statement_position) - offset
            except ValueError:
                pos = 0
            position = pos if 0 < pos <= len(text) + 1 else None
        return QueryError(message, engine=DISPLAY, sql=text, position=position, sqlstate=sqlstate)

    # ------------------------------------------------------------------ result types
    def result_columns(self, res: PGresult) -> list[ResultColumn]:
        encoding = self.raw.info.encoding
        types = self.raw.adapters.types
        cols = []
        for i in range(res.nfields):
            raw_name = res.fname(i)
            name = raw_name.decode(encoding, "replace") if raw_name is not None else f"?column{i}?"
            oid, fmod = res.ftype(i), res.fmod(i)
            info = types.get(oid)
            if info is not None:
                type_name = info.get_type_display(oid=oid, fmod=fmod)
                numeric = oid in NUMERIC_OIDS
            else:
                # a domain arrives as its base type: anything here is not numeric
                numeric = False
                known = self._type_names.get(oid)
                if known is None:
                    self._unknown_oids.add(oid)
                    self._types_stale = True
                type_name = known or ""
            cols.append(ResultColumn(name, type_name, numeric))
        return cols

    def _refresh_types(self) -> None:
        """Names of the types psycopg does not know: user-defined enums, ranges,
        composite and extension types (a bounded set, whatever the number of
        tables), plus any type a result has shown since (a table's row type)."""
        if self.raw.info.transaction_status == _TX.INERROR:
            return
        self._types_stale = False
        wanted = sorted(self._unknown_oids)
        try:
            rows = self.query_all(_Q_TYPES, {"first": _FIRST_USER_OID, "wanted": wanted})
        except QueryError:
            return
        names = dict.fromkeys(wanted, "")  # gone since: do not ask again
        names.update({int(oid): str(name) for oid, name in rows})
        self._type_names.update(names)
        self._unknown_oids.clear()

    # ------------------------------------------------------------------ explain
    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        """The plan as the server's text, ``data``: the ``EXPLAIN (FORMAT JSON)`` document (its
        one element, a dict with ``Plan``), and ``tree``, parsed from it.

        With ``analyze`` the statement runs once, as ``EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)``,
        inside a transaction (a savepoint inside the user's) that is rolled back, so a data
        change is measured and undone; the text is drawn from that document."""
        from aishell.engines.postgres.plan import document, parse_plan, render_text  # (an explain's import)

        if analyze:
            with self.rolled_back():
                doc = self._json_plan("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ", sql)
            return Plan(render_text(doc), doc, parse_plan(doc, analyzed=True) if document(doc) else None)
        prefix = "EXPLAIN "
        text_rows = self._all(self._run(prefix + sql, None, sql, len(prefix)))
        doc = self._json_plan("EXPLAIN (FORMAT JSON) ", sql)
        tree = parse_plan(doc, analyzed=False) if document(doc) else None
        return Plan("\n".join(str(r[0]) for r in text_rows), doc, tree)

    def _json_plan(self, prefix: str, sql: str) -> Any:
        json_rows = self._all(self._run(prefix + sql, None, sql, len(prefix)))
        doc: Any = json_rows[0][0] if json_rows else None
        if isinstance(doc, (str, bytes)):
            doc = json.loads(doc)
        if isinstance(doc, list) and len(doc) == 1:
            doc = doc[0]
        return doc

    def _control(self, statement: str) -> None:  # (its own run: the statement returns no rows)
        self._all(self._run(statement, None, statement, 0))

    @staticmethod
    def _all(cur: Cursor) -> list[Row]:
        try:
            return [r for batch in cur.batches() for r in batch]
        finally:
            cur.close()

    # ------------------------------------------------------------------ bulk export
    def _copy_out_jsonl(self, sql: str, write: Callable[[bytes], object]) -> int | None:
        """JSON lines, the bytes ``JSONWriter(lines=True)`` writes, made by COPY and Arrow with no
        Python value per row (see :mod:`.jsonout`); None (the generic path) without pyarrow, for a
        column type it does not take, or inside a transaction."""
        try:
            import pyarrow.csv  # noqa: F401
        except ImportError:
            return None
        from aishell.engines.postgres import jsonout

        described = jsonout.kinds_of(self, single_statement(sql))
        if described is None:
            return None
        return jsonout.copy_jsonl(self, sql, *described, write)

    def copy_out_csv(
        self, sql: str, write: Callable[[bytes], object], *, header: bool = True, delimiter: str = ",",
        fmt: str = "csv",
    ) -> int | None:
        """``COPY (sql) TO STDOUT`` as CSV (``fmt="text"``: PostgreSQL's text format, aishell's
        TSV), straight from libpq to ``write``.  None for the text format with a header before
        PostgreSQL 15, which cannot write one.  ``fmt="jsonl"``: JSON lines, see :meth:`_copy_out_jsonl`."""
        if fmt == "jsonl":
            return self._copy_out_jsonl(sql, write)
        if fmt not in ("csv", "text") or (fmt == "text" and header and self.raw.info.server_version < 150000):
            return None
        body = single_statement(sql)
        if not body.strip():
            raise QueryError("nothing to export: the query is empty", engine=DISPLAY, sql=sql)
        if len(delimiter) != 1:
            raise QueryError(f"the CSV delimiter must be one character, not {delimiter!r}", engine=DISPLAY)
        lead = len(body) - len(body.lstrip())
        prefix = "COPY (\n"
        options = pgsql.SQL("\n) TO STDOUT WITH (FORMAT {}, HEADER {}, DELIMITER {})").format(
            pgsql.SQL(fmt), pgsql.SQL("true" if header else "false"), pgsql.Literal(delimiter)
        )
        query = prefix + body.lstrip() + options.as_string(self.raw)
        offset = len(prefix) - lead
        self._prepare()
        self._cancel_requested = False
        self._tx_at_start = self.in_transaction
        pgconn = self.raw.pgconn
        self._bulk = True
        self._sending()
        try:
            with self.raw.lock:
                try:
                    pgconn.send_query_params(query.encode(self.raw.info.encoding), None)
                    self.raw.wait(send(pgconn))
                    res = self.raw.wait(fetch(pgconn))
                except psycopg.Error as exc:
                    raise self.translate(exc, sql, offset) from None
                if res is None or res.status != _ST.COPY_OUT:
                    raise self.translate(self._copy_failure(res), sql, offset)
                try:
                    self._pump(pgconn, write)
                except BaseException:
                    self.cancel_server()
                    self._finish_copy(pgconn, in_copy=True)
                    raise
                final = self._finish_copy(pgconn, in_copy=False)
        finally:
            self._bulk = False
        if final is None:
            raise ConnectionLostError("the connection to the server was lost during COPY", engine=DISPLAY)
        if final.status == _ST.FATAL_ERROR:
            error = pgerrors.error_from_result(final, encoding=self.raw.info.encoding)
            raise self.translate(error, sql, offset)
        self.verify_read_only()
        return final.command_tuples

    def _copy_failure(self, res: PGresult | None) -> psycopg.Error:
        """The error for a COPY that did not start; leaves the connection idle."""
        error: psycopg.Error
        if res is not None and res.status == _ST.FATAL_ERROR:
            error = pgerrors.error_from_result(res, encoding=self.raw.info.encoding)
        else:
            error = psycopg.ProgrammingError("the query did not produce a COPY result")
        self._finish_copy(self.raw.pgconn, in_copy=res is not None and res.status == _ST.COPY_OUT)
        return error

    def _pump(self, pgconn: pq.abc.PGconn, write: Callable[[bytes], object]) -> None:
        """Move COPY data to ``write`` in large pieces: the per-row work is one C call."""
        get = pgconn.get_copy_data
        buf: list[memoryview | bytes] = []
        add = buf.append
        join = b"".join
        wait = self.raw.wait
        while True:
            nbytes, data = get(1)
            if nbytes > 0:
                add(data)
                if len(buf) >= COPY_ROWS_PER_WRITE:
                    write(join(buf))
                    buf.clear()
            elif nbytes == 0:
                if buf:
                    write(join(buf))
                    buf.clear()
                wait(_readable(pgconn))
            else:
                break
        if buf:
            write(join(buf))

    def _finish_copy(self, pgconn: pq.abc.PGconn, *, in_copy: bool) -> PGresult | None:
        """Read to the end of a COPY and return its outcome (the first error, else the last result)."""
        outcome: PGresult | None = None
        try:
            if in_copy:
                self.drain_copy()
            while (res := self.raw.wait(fetch(pgconn))) is not None:
                if outcome is None or outcome.status != _ST.FATAL_ERROR:
                    outcome = res
        except psycopg.Error:
            pass
        return outcome

    # ------------------------------------------------------------------ bulk import
    def _copy_target(self, table: str, columns: Sequence[str]) -> pgsql.Composed:
        parts = table.split(".")
        ident = pgsql.Identifier(*parts)
        cols = pgsql.SQL(", ").join(pgsql.Identifier(c) for c in columns)
        return pgsql.SQL("COPY {} ({}) FROM STDIN").format(ident, cols)

    def _copy_in(self, query: pgsql.Composed, feed: Callable[[Any], None]) -> int:
        """Run ``COPY ... FROM STDIN`` and let ``feed`` write into it; errors carry the server's CONTEXT."""
        self._prepare()
        self._cancel_requested = False
        self._bulk = True
        text = query.as_string(self.raw)
        self._sending()
        try:
            with self.raw.cursor() as cur:
                with cur.copy(query) as copy:
                    feed(copy)
                count = max(cur.rowcount, 0)
        except psycopg.Error as exc:
            error = self.translate(exc, text)
            context = getattr(exc.diag, "context", None)
            if context and isinstance(error, QueryError) and not isinstance(error, ConnectionLostError):
                error = QueryError(f"{error.message}\nCONTEXT: {context.strip()}", engine=DISPLAY,
                                   sql=text, sqlstate=exc.sqlstate)  # fmt: skip
            raise error from None
        finally:
            self._bulk = False
        self.verify_read_only()
        return count

    def copy_in_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """``COPY table (columns) FROM STDIN`` of Python values (psycopg adapts them, in C)."""

        def feed(copy: Any) -> None:
            write = copy.write_row
            for row in rows:
                write(row)

        return self._copy_in(self._copy_target(table, columns), feed)

    def copy_in_csv(
        self,
        table: str,
        columns: Sequence[str],
        chunks: Iterable[bytes],
        *,
        header: bool = True,
        delimiter: str = ",",
        quote: str = '"',
        encoding: str = "UTF8",
        text: bool = False,
    ) -> int:
        """``COPY ... FROM STDIN (FORMAT csv)`` straight from the file's bytes: the server parses them.

        An unquoted empty field is NULL and ``""`` is the empty string, as in aishell's CSV.
        ``text``: ``FORMAT text`` instead (aishell's TSV): ``\\N`` is NULL, backslash escapes.
        """
        if text:
            options = pgsql.SQL(" WITH (FORMAT text, HEADER {}, DELIMITER {}, ENCODING {})").format(
                pgsql.SQL("true" if header else "false"),
                pgsql.Literal(delimiter),
                pgsql.Literal(encoding),
            )
        else:
            options = pgsql.SQL(" WITH (FORMAT csv, HEADER {}, DELIMITER {}, QUOTE {}, ENCODING {})").format(
                pgsql.SQL("true" if header else "false"),
                pgsql.Literal(delimiter),
                pgsql.Literal(quote),
                pgsql.Literal(encoding),
            )

        def feed(copy: Any) -> None:
            write = copy.write
            for chunk in chunks:
                write(chunk)

        return self._copy_in(self._copy_target(table, columns) + options, feed)

    def copy_in_csv_push(
        self,
        table: str,
        columns: Sequence[str],
        produce: Callable[[Callable[[bytes], object]], object],
        *,
        header: bool = False,
    ) -> int:
        """Like :meth:`copy_in_csv`, but ``produce(write)`` pushes the CSV bytes (UTF-8, comma, ``"``)."""
        options = pgsql.SQL(" WITH (FORMAT csv, HEADER {})").format(pgsql.SQL("true" if header else "false"))

        def feed(copy: Any) -> None:
            produce(copy.write)

        return self._copy_in(self._copy_target(table, columns) + options, feed)

    def table_to_parquet(self, schema: str | None, table: str, columns: Sequence[tuple[str, Any]],
                         arrow_type: Callable[[Any], Any], path: str, *, outside: bool,
                         inside: bool = True) -> int | None:  # fmt: skip
        from aishell.engines.postgres import bulk

        found = bulk.scan_to_parquet(self.url, schema, table, columns, path) if outside else None
        if found is None and inside:
            name = f"{schema}.{table}" if schema and schema != "public" else table
            found = bulk.copy_to_parquet(self, name, columns, arrow_type, path)
        return found

    def parquet_into_table(self, table: str, columns: Sequence[str], path: str) -> int | None:
        from aishell.engines.postgres import bulk

        return bulk.parquet_into(self, table, columns, path)

    # ------------------------------------------------------------------ catalog
    def current_database(self) -> str | None:
        return self.raw.info.dbname

    def server_version(self) -> str:
        v = self.raw.info.server_version
        if v >= 100000:
            return f"{DISPLAY} {v // 10000}.{v % 10000}"
        return f"{DISPLAY} {v // 10000}.{v // 100 % 100}.{v % 100}"

    def shadowed_functions(self) -> frozenset[str]:
        """Every function outside ``pg_catalog``: overload resolution may pick one over a
        built-in of the same name, wherever the schema sits in ``search_path``."""
        rows = self.query_all(
            "SELECT DISTINCT lower(p.proname) FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
        )
        return frozenset(str(r[0]) for r in rows)

    def write_privileges(self) -> list[str] | None:
        """Superuser; role attributes and memberships that write; CREATE on the database or a
        schema; INSERT/UPDATE/DELETE/TRUNCATE on tables of the current database."""
        rows = self.query_all(_Q_ROLE_RIGHTS)
        if not rows:
            return None
        superuser, createrole, createdb, files, program, create_db = rows[0]
        if superuser:
            return ["superuser: may change anything"]
        found = []
        if createrole:
            found.append("CREATEROLE: may create roles and grant their rights")
        if createdb:
            found.append("CREATEDB: may create databases")
        if files:
            found.append("pg_write_server_files: may write files on the server")
        if program:
            found.append("pg_execute_server_program: may run programs on the server")
        if create_db:
            found.append(f"CREATE on database {self.current_database()}")
        schemas = [str(r[0]) for r in self.query_all(_Q_CREATE_SCHEMAS, {"system": _SYSTEM_SCHEMAS})]
        if schemas:
            found.append(f"CREATE on schema{'s' if len(schemas) > 1 else ''} {_some(schemas)}")
        for privilege, count, names in self.query_all(_Q_TABLE_WRITES, {"system": _SYSTEM_SCHEMAS}):
            found.append(f"{privilege} on {count} table{'s' if count > 1 else ''} ({_some(list(names), count)})")
        return found

    def index_usage(self) -> list[IndexUsage] | None:
        """``pg_stat_user_indexes``: scans since the database's statistics reset (else the server's
        start; PostgreSQL keeps the counts across a clean restart, so they may be older)."""
        from aishell.engines.postgres import stats

        return stats.index_usage(self)

    def statement_stats(self, *, order: str = "total", limit: int = 50,
                        matching: str | None = None) -> list[StatementStats]:  # fmt: skip
        """``pg_stat_statements`` of the current database (see :meth:`Connection.statement_stats`)."""
        from aishell.engines.postgres import stats

        self._statement_order(order, limit)
        return stats.statement_stats(self, order=order, limit=limit, matching=matching,
                                     version=self.raw.info.server_version)  # fmt: skip

    def sample_values(self, table: TableInfo, columns: Sequence[str], *, rows: int,
                      schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
        """Built from the planner's statistics (``pg_stats``), else a few sampled pages (see
        :meth:`Connection.sample_values`)."""
        from aishell.engines.postgres import stats

        return stats.sample_values(self, table, columns, rows=rows, schema=schema)

    def list_databases(self) -> list[str]:
        rows = self.query_all("SELECT datname FROM pg_catalog.pg_database WHERE NOT datistemplate ORDER BY 1")
        return [str(r[0]) for r in rows]

    def catalog_fingerprint(self) -> str | None:
        """One query: the row versions (``xmin``) of every catalog row :meth:`catalog` reads in the
        user schemas (relations, columns, defaults, keys, indexes, comments, functions, types, schemas,
        extension membership), each relation's row estimate, and the role and search path that decide
        how names and types are printed.  Of the columns, those a user made: not the system columns
        (``ctid``, ``xmin`` ...), nor an index's or a sequence's, which change only with their relation
        (40% of the query's time on 2,000 tables).  Not the sizes: ``pg_total_relation_size`` opens every
        relation (in a new backend 2,000 tables cost ~100 ms more than all the rest), and a size moves
        with every write, so a busy database's kept catalog would never be used; they are read by
        :meth:`relation_sizes` where they are shown."""
        rows = self.query_all(_Q_FINGERPRINT, {"system": _SYSTEM_SCHEMAS})
        return "\x01".join("" if v is None else str(v) for v in rows[0])

    def relation_sizes(self, tables: Sequence[TableInfo]) -> dict[tuple[str | None, str], int | None] | None:
        if not tables:
            return {}
        names = {"schemas": [t.schema or "" for t in tables], "names": [t.name for t in tables]}
        rows = self.query_all(_Q_SIZES, names)
        return {(str(schema), str(name)): None if size is None else int(size) for schema, name, size in rows}

    def catalog(self) -> Catalog:
        p = {"system": _SYSTEM_SCHEMAS}
        rows = self.query_all(_Q_SCHEMAS, p)
        default_schema = self.query_all("SELECT current_schema()")[0][0]
        schemas = [str(r[0]) for r in rows]
        tables: dict[int, TableInfo] = {}
        for oid, schema, name, relkind, reltuples, size, comment, extension in self.query_all(_Q_RELATIONS, p):
            kind = _RELKINDS.get(relkind, "table")
            has_rows = relkind in ("r", "m")
            estimate = int(reltuples) if has_rows and reltuples is not None and reltuples >= 0 else None
            tables[oid] = TableInfo(
                name=name,
                schema=schema,
                kind=kind,
                row_estimate=estimate,
                size_bytes=int(size) if size is not None else None,
                comment=comment,
                extension=extension,
            )
        for relid, name, data_type, notnull, default, identity, generated, comment in self.query_all(
            _Q_COLUMNS, p
        ):
            table = tables.get(relid)
            if table is None:
                continue
            if identity:
                default = "generated always as identity" if identity == "a" else "generated by default as identity"
            elif generated and default is not None:
                default = f"generated always as ({default}) stored"
            table.columns.append(ColumnInfo(name, data_type, not notnull, default, comment))
        for relid, contype, conname, cols, ref_schema, ref_table, ref_cols in self.query_all(_Q_CONSTRAINTS, p):
            table = tables.get(relid)
            if table is None:
                continue
            if contype == "p":
                table.primary_key = tuple(cols)
            else:
                table.foreign_keys.append(ForeignKey(tuple(cols), ref_table, tuple(ref_cols), ref_schema, conname))
        for relid, name, unique, primary, cols, definition in self.query_all(_Q_INDEXES, p):
            table = tables.get(relid)
            if table is not None:
                table.indexes.append(IndexInfo(name, tuple(cols), bool(unique), bool(primary), definition))
        functions = [
            FunctionInfo(name, schema, _PROKINDS.get(kind, "function"), args or "", result or "")
            for schema, name, kind, args, result in self.query_all(_Q_FUNCTIONS, p)
        ]
        return Catalog(
            default_schema=default_schema,
            schemas=schemas,
            tables=list(tables.values()),
            functions=functions,
        )


# --------------------------------------------------------------------------- catalog SQL
_Q_TYPES = """
SELECT t.oid, pg_catalog.format_type(t.oid, NULL)
FROM pg_catalog.pg_type t
LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
LEFT JOIN pg_catalog.pg_type e ON e.typarray = t.oid
LEFT JOIN pg_catalog.pg_class ec ON ec.oid = e.typrelid
WHERE (t.oid >= %(first)s AND t.typtype <> 'd'
       AND (c.relkind IS NULL OR c.relkind = 'c') AND (ec.relkind IS NULL OR ec.relkind = 'c'))
   OR t.oid = ANY(%(wanted)s)
"""

_Q_SCHEMAS = f"SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE {_USER_NS} ORDER BY 1"

_Q_RELATIONS = f"""
SELECT c.oid, n.nspname, c.relname, c.relkind::text, c.reltuples,
       CASE WHEN c.relkind IN ('r', 'p', 'm') THEN pg_catalog.pg_total_relation_size(c.oid) END,
       d.description,
       (SELECT e.extname FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid
        WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e' LIMIT 1)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {_USER_NS}
ORDER BY n.nspname, c.relname
"""

_Q_FINGERPRINT = f"""
WITH ns AS (SELECT n.oid, n.xmin FROM pg_catalog.pg_namespace n WHERE {_USER_NS}),
rel AS (SELECT c.oid, c.xmin, c.reltuples, c.relkind FROM pg_catalog.pg_class c
        WHERE c.relnamespace IN (SELECT oid FROM ns))
SELECT current_user, pg_catalog.current_schema(), pg_catalog.current_setting('search_path'),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(oid || ':' || xmin, ',' ORDER BY oid)) FROM ns),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(r.oid || ':' || r.xmin || ':' || r.reltuples, ',' ORDER BY r.oid))
     FROM rel r),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(a.attrelid || ':' || a.attnum || ':' || a.xmin, ','
     ORDER BY a.attrelid, a.attnum)) FROM pg_catalog.pg_attribute a
     WHERE a.attnum > 0 AND a.attrelid IN (SELECT oid FROM rel WHERE relkind NOT IN ('i', 'I', 'S'))),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(d.oid || ':' || d.xmin, ',' ORDER BY d.oid))
     FROM pg_catalog.pg_attrdef d WHERE d.adrelid IN (SELECT oid FROM rel)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(k.oid || ':' || k.xmin, ',' ORDER BY k.oid))
     FROM pg_catalog.pg_constraint k WHERE k.connamespace IN (SELECT oid FROM ns)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(i.indexrelid || ':' || i.xmin, ',' ORDER BY i.indexrelid))
     FROM pg_catalog.pg_index i WHERE i.indrelid IN (SELECT oid FROM rel)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(d.objoid || ':' || d.objsubid || ':' || d.xmin, ','
     ORDER BY d.objoid, d.objsubid)) FROM pg_catalog.pg_description d
     WHERE d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid IN (SELECT oid FROM rel)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(f.oid || ':' || f.xmin, ',' ORDER BY f.oid))
     FROM pg_catalog.pg_proc f WHERE f.pronamespace IN (SELECT oid FROM ns)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(t.oid || ':' || t.xmin, ',' ORDER BY t.oid))
     FROM pg_catalog.pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(e.oid || ':' || e.xmin, ',' ORDER BY e.oid))
     FROM pg_catalog.pg_extension e),
  (SELECT pg_catalog.md5(pg_catalog.string_agg(dep.classid || ':' || dep.objid || ':' || dep.refobjid, ','
     ORDER BY dep.classid, dep.objid, dep.refobjid)) FROM pg_catalog.pg_depend dep WHERE dep.deptype = 'e')
"""

_Q_SIZES = """
SELECT n.nspname, c.relname,
       CASE WHEN c.relkind IN ('r', 'p', 'm') THEN pg_catalog.pg_total_relation_size(c.oid) END
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN unnest(%(schemas)s::text[], %(names)s::text[]) AS w(nspname, relname)
  ON w.nspname = n.nspname AND w.relname = c.relname
"""

_Q_COLUMNS = f"""
SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity::text, a.attgenerated::text,
       d.description
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description d
  ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {_USER_NS}
ORDER BY a.attrelid, a.attnum
"""

_Q_CONSTRAINTS = f"""
SELECT con.conrelid, con.contype::text, con.conname,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
             ORDER BY k.ord),
       rn.nspname, rc.relname,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
             ORDER BY k.ord)
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'f') AND con.conparentid = 0 AND {_USER_NS}
ORDER BY con.conrelid, con.conname
"""

_Q_INDEXES = f"""
SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
             FROM generate_series(1, i.indnkeyatts::int) AS k ORDER BY k),
       pg_catalog.pg_get_indexdef(i.indexrelid)
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE {_USER_NS}
ORDER BY i.indrelid, ic.relname
"""

_Q_FUNCTIONS = f"""
SELECT n.nspname, p.proname, p.prokind::text,
       pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_result(p.oid)
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE {_USER_NS}
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                  WHERE dep.classid = 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid
                    AND dep.deptype = 'e')
ORDER BY n.nspname, p.proname, 4
"""


_Q_ROLE_RIGHTS = """
SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb,
       EXISTS (SELECT 1 FROM pg_catalog.pg_roles w WHERE w.rolname = 'pg_write_server_files'
               AND pg_catalog.pg_has_role(r.oid, w.oid, 'USAGE')),
       EXISTS (SELECT 1 FROM pg_catalog.pg_roles w WHERE w.rolname = 'pg_execute_server_program'
               AND pg_catalog.pg_has_role(r.oid, w.oid, 'USAGE')),
       pg_catalog.has_database_privilege(pg_catalog.current_database(), 'CREATE')
FROM pg_catalog.pg_roles r WHERE r.rolname = current_user
"""

_Q_CREATE_SCHEMAS = f"""
SELECT n.nspname FROM pg_catalog.pg_namespace n
WHERE {_USER_NS} AND pg_catalog.has_schema_privilege(n.oid, 'CREATE') ORDER BY 1
"""

_Q_TABLE_WRITES = f"""
SELECT p.priv, count(*)::int, (array_agg(pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
                              ORDER BY n.nspname, c.relname))[1:3]
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) WITH ORDINALITY AS p(priv, ord)
WHERE c.relkind IN ('r', 'p', 'v', 'f') AND {_USER_NS} AND pg_catalog.has_table_privilege(c.oid, p.priv)
GROUP BY p.priv, p.ord ORDER BY p.ord
"""


# --------------------------------------------------------------------------- helpers
def _lifted(detail: str) -> str:
    return f"the statement lifted read-only mode ({detail})"


_SCS_OFF = "the statement turned standard_conforming_strings off, which changes how the server reads SQL text"


def _some(names: list[str], total: int | None = None) -> str:
    """A few names, and "..." when there are more."""
    total = len(names) if total is None else total
    shown = ", ".join(names[:3])
    return shown + (", ..." if total > 3 else "")


def connect_kwargs(url: DatabaseURL, *, read_only: bool, timeout: float | None) -> dict[str, Any]:
    """libpq connection parameters for ``url``.

    Only what the URL holds is passed: with no password in the URL, libpq
    still finds one in ``PGPASSWORD`` or ``~/.pgpass``.
    """
    kwargs: dict[str, Any] = {}
    if url.host:
        kwargs["host"] = url.host
    if url.port:
        kwargs["port"] = url.port
    if url.user:
        kwargs["user"] = url.user
    if url.password:
        kwargs["password"] = url.password
    if url.database:
        kwargs["dbname"] = url.database
    kwargs["application_name"] = "aishell"
    kwargs["connect_timeout"] = DEFAULT_CONNECT_TIMEOUT
    options: list[str] = []
    for key, value in url.params:
        if key == "options":
            options.append(value)
            continue
        if key == "password":
            register_secret(value)
        kwargs[key] = value
    # the server reads string literals as aishell's classifier does, whatever the user's defaults
    options.append("-c standard_conforming_strings=on")
    # values are written in the one dialect of every output path (COPY's and the generic
    # writer's): ISO dates, hex bytea, shortest exact floats, standard intervals; a URL's
    # own options come first, so these win over a server's or a role's other defaults
    options.append("-c DateStyle=ISO,MDY -c IntervalStyle=postgres -c bytea_output=hex -c extra_float_digits=1")
    if read_only:
        options.append("-c default_transaction_read_only=on")
    if timeout:
        options.append(f"-c statement_timeout={max(1, round(timeout * 1000))}")
    if options:
        kwargs["options"] = " ".join(options)
    return kwargs


def _connect_raw(url: DatabaseURL, *, read_only: bool, timeout: float | None) -> psycopg.Connection[Row]:
    kwargs = connect_kwargs(url, read_only=read_only, timeout=timeout)
    try:
        raw: psycopg.Connection[Row] = psycopg.connect(autocommit=True, **kwargs)
    except psycopg.Error as exc:
        raise connect_error(url, exc) from None
    # JSON and intervals as the server's text: exact (a timedelta cannot hold "1 mon") and cheap
    for name in ("json", "jsonb", "interval"):
        raw.adapters.register_loader(name, TextLoader)
    return raw


_AUTH_MARKERS = ("password authentication failed", "no password supplied", "password is required")


def connect_error(url: DatabaseURL, exc: psycopg.Error) -> ConnectError:
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    message = " ".join(str(exc).split())
    if url.password:
        message = message.replace(url.password, "***")
    low = message.lower()
    if exc.sqlstate == "28P01" or any(marker in low for marker in _AUTH_MARKERS):
        who = f" as {url.user}" if url.user else ""
        return AuthenticationError(f"authentication failed{who} at {where}: {message}", engine=DISPLAY)
    return ConnectError(f"cannot connect to {where}: {message}", engine=DISPLAY)


def _primary(exc: psycopg.Error) -> str:
    try:
        text = exc.diag.message_primary
    except Exception:
        text = None
    return " ".join((text or str(exc)).split())


def _readable(pgconn: pq.abc.PGconn) -> PQGen[None]:
    """Wait until the socket has data, then let libpq read it."""
    while not (yield Wait.R):
        continue
    pgconn.consume_input()
