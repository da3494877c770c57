"""MySQL and MariaDB, through PyMySQL (pure Python, no client library).

* streaming: every statement runs with an unbuffered cursor (``SSCursor``), and
  rows are read straight off the wire in batches by a tight packet reader: a
  huge result never sits in memory;
* read-only: ``SET SESSION TRANSACTION READ ONLY``.  MariaDB 10.11 then refuses
  INSERT/UPDATE/DELETE *and* DDL (CREATE/ALTER/DROP/TRUNCATE/RENAME, CREATE
  TEMPORARY TABLE, CREATE USER, GRANT, NEXTVAL ...) with error 1792, in
  autocommit and inside BEGIN alike.  It is a session default, though: a user
  statement ``SET SESSION TRANSACTION READ WRITE`` or ``START TRANSACTION READ
  WRITE`` lifts it, and statements outside transactions (``SET GLOBAL``,
  ``FLUSH``, ``ANALYZE TABLE``, ``KILL``) are not covered.  There is no session
  variable that locks it; only an account with SELECT-only grants does.  So
  after each statement on a read-only connection the adapter checks the
  session (one query: ``@@session.tx_read_only``, or ``transaction_read_only``
  on servers that have it, and ``sql_mode``) and the transaction (the server
  flags a read-only transaction in its status, for free): a session that was
  lifted is rolled back, closed and opened again read-only, and the statement
  reports a :class:`~aishell.errors.QueryError`.  ``SET TRANSACTION READ
  WRITE`` (for the next transaction only) shows in no variable: after a
  statement that returns no rows, outside a transaction, the adapter re-arms
  ``SET TRANSACTION READ ONLY``.  What one statement does before the check
  (``SET STATEMENT tx_read_only=0 FOR INSERT ...``) is not undone;
* every session drops ``NO_BACKSLASH_ESCAPES`` and ``ANSI_QUOTES`` (and the
  combination modes that imply ``ANSI_QUOTES``) from its ``sql_mode`` when it
  connects, so the server reads strings and quotes as aishell's classifier
  does; a read-only session that sets them again is reset;
* timeout: ``max_statement_time`` (MariaDB, seconds, every statement) or
  ``max_execution_time`` (MySQL, milliseconds, SELECT only);
* cancel: a second, short-lived connection sends ``KILL QUERY`` (MariaDB:
  ``KILL QUERY ID`` of the exact statement, so a late cancel can never hit the
  next statement).
"""

from __future__ import annotations

import codecs
import datetime as dt
import decimal
import getpass
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, ClassVar

import pymysql
import pymysql.connections
import pymysql.converters
import pymysql.cursors
from pymysql.constants import FIELD_TYPE, FLAG, SERVER_STATUS
from pymysql.protocol import MysqlPacket

from aishell.engines.base import (
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

if TYPE_CHECKING:
    from aishell.engines.plan import PlanTree

DEFAULT_PORT = 3306
CONNECT_TIMEOUT = 10
CANCEL_CONNECT_TIMEOUT = 5
#: rows read (and thrown away) from an abandoned result before it is killed instead
DRAIN_BUDGET = 10_000

# server error numbers
ER_ACCESS_DENIED = 1045
ER_ACCESS_DENIED_NO_PASSWORD = 1698
ER_QUERY_INTERRUPTED = 1317
ER_READ_ONLY_TRANSACTION = 1792
ER_STATEMENT_TIMEOUT = 1969  # MariaDB max_statement_time
ER_QUERY_TIMEOUT = 3024  # MySQL max_execution_time
_AUTH_ERRORS = frozenset({ER_ACCESS_DENIED, ER_ACCESS_DENIED_NO_PASSWORD, 1862})
_TIMEOUT_ERRORS = frozenset({ER_STATEMENT_TIMEOUT, ER_QUERY_TIMEOUT})
#: gone away, lost during query, server lost, connection killed, shutdown, idle kick-out
_LOST_ERRORS = frozenset({2006, 2013, 2055, 1927, 1053, 4031})
ER_UNKNOWN_SYSTEM_VARIABLE = 1193
#: the server status bit of a transaction that is read-only (MySQL >= 5.7, MariaDB >= 10.0)
SERVER_STATUS_IN_TRANS_READONLY = 0x2000
#: sql_mode flags that change how the server reads SQL text (strings, quotes), and the combination
#: modes that set ANSI_QUOTES again when the mode is written back
_LEXING_MODES = frozenset({"NO_BACKSLASH_ESCAPES", "ANSI_QUOTES", "ANSI", "DB2", "MAXDB", "MSSQL", "ORACLE",
                           "POSTGRESQL"})  # fmt: skip

_INTEGER_TYPES = {
    FIELD_TYPE.TINY: "tinyint",
    FIELD_TYPE.SHORT: "smallint",
    FIELD_TYPE.INT24: "mediumint",
    FIELD_TYPE.LONG: "int",
    FIELD_TYPE.LONGLONG: "bigint",
}
_OTHER_NUMERIC = {
    FIELD_TYPE.DECIMAL: "decimal",
    FIELD_TYPE.NEWDECIMAL: "decimal",
    FIELD_TYPE.FLOAT: "float",
    FIELD_TYPE.DOUBLE: "double",
}
_NUMERIC_TYPES = frozenset(_INTEGER_TYPES) | frozenset(_OTHER_NUMERIC)
_TYPE_NAMES = {
    **_INTEGER_TYPES,
    **_OTHER_NUMERIC,
    FIELD_TYPE.NULL: "null",
    FIELD_TYPE.TIMESTAMP: "timestamp",
    FIELD_TYPE.DATE: "date",
    FIELD_TYPE.NEWDATE: "date",
    FIELD_TYPE.TIME: "time",
    FIELD_TYPE.DATETIME: "datetime",
    FIELD_TYPE.YEAR: "year",
    FIELD_TYPE.BIT: "bit",
    FIELD_TYPE.JSON: "json",
    FIELD_TYPE.ENUM: "enum",
    FIELD_TYPE.SET: "set",
    FIELD_TYPE.GEOMETRY: "geometry",
}
def _utc_timestamp(text: Any) -> Any:
    value = pymysql.converters.convert_datetime(text)
    return value.replace(tzinfo=dt.UTC) if isinstance(value, dt.datetime) else value  # zero dates stay text


def _escape_datetime(value: dt.datetime, mapping: Any = None) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return str(pymysql.converters.escape_datetime(value, mapping))


_CONVERSIONS = {**pymysql.converters.conversions, FIELD_TYPE.TIMESTAMP: _utc_timestamp, dt.datetime: _escape_datetime}


class _RawConnection(pymysql.connections.Connection):  # type: ignore[misc]  # (PyMySQL has no types)
    """PyMySQL's connection, whose TLS context for a server that offers TLS unasked (PyMySQL 2
    prepares one for every connection, in case: about 20 ms of loading the system's CA
    certificates that it then never checks) is built once per process.  A URL that asks for TLS
    (``ssl_ca``) gets its own context, as before."""

    _opportunistic: ClassVar[Any] = None

    def _create_ssl_ctx(self, sslp: Any) -> Any:
        if isinstance(sslp, dict) and not sslp:
            if _RawConnection._opportunistic is None:
                _RawConnection._opportunistic = super()._create_ssl_ctx({})
            return _RawConnection._opportunistic
        return super()._create_ssl_ctx(sslp)

    def connect(self, sock: Any = None) -> None:
        super().connect(sock)
        # a read buffer of 256 KB instead of 8 KB: a bulk read (read_packets) takes what sits in
        # it with one call (fewer packets cut by its end); nothing is left in the old one once connected
        self._rfile = self._sock.makefile("rb", buffering=_READ_BUFFER)


_BLOB_TYPES = frozenset({FIELD_TYPE.TINY_BLOB, FIELD_TYPE.MEDIUM_BLOB, FIELD_TYPE.LONG_BLOB, FIELD_TYPE.BLOB})
_BINARY_CHARSET = 63


def column_type_name(field: Any) -> str:
    """A SQL type name for a result field (PyMySQL's ``FieldDescriptorPacket``)."""
    code = field.type_code
    binary = field.charsetnr == _BINARY_CHARSET
    flags = field.flags
    if code in _BLOB_TYPES:
        return "blob" if binary else "text"
    if code == FIELD_TYPE.VARCHAR or code == FIELD_TYPE.VAR_STRING:
        return "varbinary" if binary else "varchar"
    if code == FIELD_TYPE.STRING:
        if flags & FLAG.ENUM:
            return "enum"
        if flags & FLAG.SET:
            return "set"
        return "binary" if binary else "char"
    name = _TYPE_NAMES.get(code, f"type {code}")
    if code in _NUMERIC_TYPES and flags & FLAG.UNSIGNED:
        name += " unsigned"
    return name


_NEAR = re.compile(r"near '(?P<tok>.*)' at line (?P<line>\d+)\s*$", re.S)


def error_position(sql: str, message: str) -> int | None:
    """The 1-based offset of the token a syntax error is 'near ... at line N'."""
    m = _NEAR.search(message)
    if not m:
        return None
    tok, line = m["tok"], int(m["line"])
    start = 0
    for _ in range(line - 1):
        nl = sql.find("\n", start)
        if nl < 0:
            break
        start = nl + 1
    if not tok:  # the statement ended too early: point just past its end
        return len(sql.rstrip(" \t\r\n;")) + 1
    truncated = tok.endswith("...") and len(tok) > 3
    if truncated:
        tok = tok[:-3]
    hits = list(_find_all(sql, tok, start))
    if not hits and len(tok) > 20:  # the server may cut a multi-byte character
        tok = tok[:20]
        hits = list(_find_all(sql, tok, start))
    if not hits:
        return None
    if not truncated:  # the server quotes the rest of the statement: prefer a match that ends it
        for idx in hits:
            if sql[idx:].rstrip(" \t\r\n;") == tok.rstrip():
                return idx + 1
    return hits[0] + 1


def _find_all(text: str, needle: str, start: int) -> Iterator[int]:
    idx = text.find(needle, start)
    while idx >= 0:
        yield idx
        idx = text.find(needle, idx + 1)


def _split_error(exc: BaseException) -> tuple[int | None, str]:
    args = exc.args
    code = args[0] if args and isinstance(args[0], int) else None
    msg = str(args[1]) if len(args) > 1 else (str(args[0]) if args and code is None else "")
    return code, msg or type(exc).__name__


# --------------------------------------------------------------------------- wire reader
_MAX_PACKET = 0xFFFFFF
_READ_BUFFER = 1 << 18


def _lost(conn: Any, detail: str = "") -> pymysql.err.OperationalError:
    conn._force_close()
    text = "Lost connection to server during query"
    return pymysql.err.OperationalError(2013, f"{text} ({detail})" if detail else text)


def read_rows(conn: Any, result: Any, size: int, keep: bool = True) -> list[Row]:
    """Read up to ``size`` rows of an unbuffered result straight from the socket.

    The same protocol steps as PyMySQL's ``_read_rowdata_packet_unbuffered``
    (sequence check, multi-packet rows, error and EOF packets), in one loop: about
    twice as fast.  With ``keep=False`` rows are skipped undecoded (as empty tuples).
    """
    rows: list[Row] = []
    if not result.unbuffered_active:
        return rows
    if conn._sock is None:
        raise _lost(conn)
    if conn._current_timeout != conn._read_timeout:
        conn._sock.settimeout(conn._read_timeout)
        conn._current_timeout = conn._read_timeout
    read = conn._rfile.read
    converters = result.converters
    append = rows.append
    seq = conn._next_seq_id
    try:
        for _ in range(size):
            header = read(4)
            if len(header) < 4:
                raise _lost(conn)
            length = header[0] | (header[1] << 8) | (header[2] << 16)
            if header[3] != seq:
                conn._force_close()
                raise pymysql.err.InternalError(f"Packet sequence number wrong - got {header[3]} expected {seq}")
            seq = (seq + 1) & 0xFF
            data = read(length)
            if len(data) < length:
                raise _lost(conn)
            if length == _MAX_PACKET:  # a row of 16 MB or more continues in further packets
                parts = [data]
                more = length
                while more == _MAX_PACKET:
                    header = read(4)
                    if len(header) < 4:
                        raise _lost(conn)
                    more = header[0] | (header[1] << 8) | (header[2] << 16)
                    if header[3] != seq:
                        conn._force_close()
                        raise pymysql.err.InternalError("Packet sequence number wrong")
                    seq = (seq + 1) & 0xFF
                    part = read(more)
                    if len(part) < more:
                        raise _lost(conn)
                    parts.append(part)
                data = b"".join(parts)
            first = data[0] if data else 0
            if first == 0xFF:  # error packet: KILL QUERY, timeout, ...
                conn._next_seq_id = seq
                result.unbuffered_active = False
                MysqlPacket(data, conn.encoding).raise_for_error()
                raise pymysql.err.InternalError("malformed error packet")
            if first == 0xFE and length < 9:  # EOF packet: warnings and server status
                conn._next_seq_id = seq
                result.warning_count = int.from_bytes(data[1:3], "little")
                status = int.from_bytes(data[3:5], "little")
                conn.server_status = status
                result.server_status = status
                result.has_next = status & SERVER_STATUS.SERVER_MORE_RESULTS_EXISTS
                result.unbuffered_active = False
                result.connection = None
                result.rows = None
                return rows
            if not keep:
                append(())  # counted, not decoded
                continue
            row: list[Any] = []
            pos = 0
            end = len(data)
            for encoding, converter in converters:
                if pos >= end:
                    break
                c = data[pos]
                if c < 251:
                    start = pos + 1
                    pos = start + c
                elif c == 251:  # NULL
                    row.append(None)
                    pos += 1
                    continue
                elif c == 252:
                    start = pos + 3
                    pos = start + (data[pos + 1] | (data[pos + 2] << 8))
                elif c == 253:
                    start = pos + 4
                    pos = start + int.from_bytes(data[pos + 1 : start], "little")
                else:
                    start = pos + 9
                    pos = start + int.from_bytes(data[pos + 1 : start], "little")
                value: Any = data[start:pos]
                if encoding is not None:
                    value = value.decode(encoding)
                if converter is not None:
                    value = converter(value)
                row.append(value)
            append(tuple(row))
    except OSError as exc:
        result.unbuffered_active = False
        raise _lost(conn, str(exc)) from None
    except pymysql.err.Error:
        if conn._sock is None:  # nothing more will come: PyMySQL must not try to drain it later
            result.unbuffered_active = False
        raise
    conn._next_seq_id = seq
    return rows


def read_packets(conn: Any, result: Any, size: int, budget: int = 2 << 20) -> tuple[bytes, list[int]]:
    """Up to ``size`` row packets (about ``budget`` bytes) of an unbuffered result, undecoded: the
    packets back to back and where each row's payload starts in them.

    The same protocol steps as :func:`read_rows`, but the packets that sit whole in the socket's
    read buffer are only located (a header read per row), then taken with one read; a packet that
    crosses the buffer's end, a long row (16 MB or more) and the EOF or error packet are read one
    at a time.  Nothing past the result's EOF packet is consumed."""
    starts: list[int] = []
    if not result.unbuffered_active:
        return b"", starts
    if conn._sock is None:
        raise _lost(conn)
    if conn._current_timeout != conn._read_timeout:
        conn._sock.settimeout(conn._read_timeout)
        conn._current_timeout = conn._read_timeout
    peek, read = conn._rfile.peek, conn._rfile.read
    parts: list[bytes] = []
    append = starts.append
    huge = _MAX_PACKET + 4
    base = 0
    seq = conn._next_seq_id
    try:
        while len(starts) < size and base < budget:
            view = peek(1)
            limit = len(view)
            p = 0
            before = len(starts)
            at = base + 4
            while p + 4 < limit:  # whole packets in the buffer: a row each (a first byte 0xFE/0xFF: see below)
                q = p + 4 + (view[p] | (view[p + 1] << 8) | (view[p + 2] << 16))
                if q > limit or view[p + 4] >= 0xFE or q - p == huge:  # (huge: a packet of 16 MB or more)
                    break
                append(at + p)
                p = q
            if p:
                last = starts[-1] - at  # the last whole packet's header
                if view[last + 3] != (seq + len(starts) - before - 1) & 0xFF:
                    conn._force_close()
                    raise pymysql.err.InternalError("Packet sequence number wrong")
                seq = (seq + len(starts) - before) & 0xFF
                parts.append(read(p))
                base += p
                continue
            data, seq = _read_packet(conn, read, seq)
            first = data[0] if data else 0
            if first == 0xFF or (first == 0xFE and len(data) < 9):
                conn._next_seq_id = seq
                _end_of_rows(conn, result, data)
                break
            parts.append(b"\0\0\0\0")
            parts.append(data)
            append(base + 4)
            base += 4 + len(data)
    except OSError as exc:
        result.unbuffered_active = False
        raise _lost(conn, str(exc)) from None
    except pymysql.err.Error:
        if conn._sock is None:
            result.unbuffered_active = False
        raise
    conn._next_seq_id = seq
    return b"".join(parts), starts


def _read_packet(conn: Any, read: Callable[[int], bytes], seq: int) -> tuple[bytes, int]:
    """One whole packet (the parts of a long one joined) and the next sequence number."""
    parts = []
    length = _MAX_PACKET
    while length == _MAX_PACKET:
        header = read(4)
        if len(header) < 4:
            raise _lost(conn)
        length = header[0] | (header[1] << 8) | (header[2] << 16)
        if header[3] != seq:
            conn._force_close()
            raise pymysql.err.InternalError(f"Packet sequence number wrong - got {header[3]} expected {seq}")
        seq = (seq + 1) & 0xFF
        part = read(length)
        if len(part) < length:
            raise _lost(conn)
        parts.append(part)
    return (parts[0] if len(parts) == 1 else b"".join(parts)), seq


def _end_of_rows(conn: Any, result: Any, data: bytes) -> None:
    """The EOF packet (its warnings and status) or the error packet that ends a result's rows."""
    result.unbuffered_active = False
    if data[0] == 0xFF:  # KILL QUERY, timeout, ...
        MysqlPacket(data, conn.encoding).raise_for_error()
        raise pymysql.err.InternalError("malformed error packet")
    result.warning_count = int.from_bytes(data[1:3], "little")
    status = int.from_bytes(data[3:5], "little")
    conn.server_status = status
    result.server_status = status
    result.has_next = status & SERVER_STATUS.SERVER_MORE_RESULTS_EXISTS
    result.connection = None
    result.rows = None


#: a result whose rows all come in the first read of this many is formatted without pyarrow
_SMALL_RESULT = 5_000


def _csv_rows(cursor: MySQLCursor, first: tuple[bytes, list[int]], decoders: list[Any], writer: Any,
              write: Callable[[bytes], object]) -> int:  # fmt: skip
    """The generic writer's CSV of the result's rows, decoded as :func:`read_rows` decodes them
    (for a small result: no pyarrow to load)."""
    out = writer.out
    writer.begin(cursor.columns)
    count = 0
    batch = first
    while batch[1]:
        writer.rows(decode_packets(*batch, decoders))
        count += len(batch[1])
        write(out.getvalue().encode("utf-8"))
        out.seek(0)
        out.truncate()
        batch = cursor.fetch_packets(_SMALL_RESULT)
    write(out.getvalue().encode("utf-8"))
    return count


def decode_packets(buf: bytes, starts: list[int], decoders: Sequence[tuple[str | None, Any]]) -> list[Row]:
    """The rows of :func:`read_packets`, decoded and converted as :func:`read_rows` does."""
    rows: list[Row] = []
    for pos in starts:
        row: list[Any] = []
        for encoding, converter in decoders:
            c = buf[pos]
            if c < 251:
                start = pos + 1
                pos = start + c
            elif c == 251:
                row.append(None)
                pos += 1
                continue
            else:
                size = {252: 2, 253: 3}.get(c, 8)
                start = pos + 1 + size
                pos = start + int.from_bytes(buf[pos + 1 : start], "little")
            value: Any = buf[start:pos]
            if encoding is not None:
                value = value.decode(encoding)
            if converter is not None:
                value = converter(value)
            row.append(value)
        rows.append(tuple(row))
    return rows


def _arrow_installed() -> bool:
    """Whether pyarrow can be imported (:meth:`MySQLConnection.copy_out_csv` needs it), without importing it."""
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def _csv_kind(field: Any, encoding: str | None, converter: Any, charset: str) -> str:
    """How :mod:`.csvout` turns a column's wire text into aishell's CSV text (see there): from the
    column's type, its flags and the converter PyMySQL would apply."""
    if field.flags & FLAG.ZEROFILL:
        return "python"
    if converter is None:
        utf8 = encoding is not None and encoding == charset and codecs.lookup(encoding).name == "utf-8"
        return "text" if utf8 else "python"
    if (converter is int and field.type_code in _INTEGER_TYPES) or (
        converter is decimal.Decimal and field.type_code in (FIELD_TYPE.DECIMAL, FIELD_TYPE.NEWDECIMAL)
    ):
        return "number"
    if converter is pymysql.converters.convert_datetime and field.type_code == FIELD_TYPE.DATETIME:
        return "datetime"
    if converter is _utc_timestamp and field.type_code == FIELD_TYPE.TIMESTAMP:
        return "timestamp"
    if converter is pymysql.converters.convert_date and field.type_code in (FIELD_TYPE.DATE, FIELD_TYPE.NEWDATE):
        return "date"
    return "python"


# --------------------------------------------------------------------------- cursor
class MySQLCursor(Cursor):
    """One statement's result; a row result streams from the unbuffered cursor."""

    def __init__(self, raw: Any, conn: MySQLConnection, sql: str, gen: int) -> None:
        self._raw = raw
        self._conn = conn
        self._sql = sql
        self._gen = gen
        self._fetched = 0
        result = raw._result
        self._result = result
        desc = raw.description
        if desc:
            fields = list(getattr(result, "fields", None) or [])
            if len(fields) == len(desc):
                self.columns = [
                    ResultColumn(d[0], column_type_name(f), f.type_code in _NUMERIC_TYPES)
                    for d, f in zip(desc, fields, strict=True)
                ]
            else:
                self.columns = [ResultColumn(d[0], _TYPE_NAMES.get(d[1], ""), d[1] in _NUMERIC_TYPES) for d in desc]
            self.rowcount = -1
            self.status = ""
        else:
            self.columns = []
            affected = raw.rowcount if raw.rowcount is not None and raw.rowcount >= 0 else 0
            self.rowcount = affected
            self.status = f"{affected} row(s) affected"

    @property
    def streaming(self) -> bool:
        """True while rows are still arriving from the server."""
        return bool(self._result is not None and self._result.unbuffered_active)

    def _read(self, size: int, keep: bool = True) -> list[Row]:
        return read_rows(self._conn.raw, self._result, size, keep)

    def fetchmany(self, size: int) -> list[Row]:
        conn = self._conn
        if conn._active is not self:
            return []
        try:
            rows = self._read(size)
        except pymysql.err.Error as exc:
            conn._stream_ended(self)
            raise conn.translate(exc, self._sql, self._gen) from None
        self._fetched_more(len(rows))
        return rows

    def fetch_packets(self, size: int) -> tuple[bytes, list[int]]:
        """Up to ``size`` rows undecoded (see :func:`read_packets`), with :meth:`fetchmany`'s checks."""
        conn = self._conn
        if conn._active is not self:
            return b"", []
        try:
            found = read_packets(conn.raw, self._result, size)
        except pymysql.err.Error as exc:
            conn._stream_ended(self)
            raise conn.translate(exc, self._sql, self._gen) from None
        self._fetched_more(len(found[1]))
        return found

    def _fetched_more(self, count: int) -> None:
        conn = self._conn
        self._fetched += count
        if conn._cancelled == self._gen:
            # cancelled: throw away what is still in flight (SLEEP() in MySQL even ends "normally")
            try:
                conn._discard(self)
            except pymysql.err.Error as exc:
                raise conn.translate(exc, self._sql, self._gen) from None
            raise QueryCancelledError("statement cancelled", engine=conn.display_name, sql=self._sql)
        if not self.streaming:
            self.rowcount = self._fetched
            conn._stream_ended(self)
            conn._check_interrupted(self._result, self._sql, self._gen)
            conn.verify_read_only()

    def close(self) -> None:
        if self._conn._active is self:
            try:
                self._conn._discard(self)
            except (AishellError, pymysql.err.Error):
                pass  # the next statement reports a dead connection


# --------------------------------------------------------------------------- connection
class MySQLConnection(Connection):
    engine = "mysql"
    dialect = "mysql"
    display_name = "MySQL"
    has_schemas = False  # a MySQL "schema" is a database
    extra = "mysql"
    paramstyle = "format"
    #: COPY_OUT_CSV: rows read off the socket undecoded and formatted a column at a time (with pyarrow)
    bulk = frozenset({BulkPath.LOAD_DATA_LOCAL_INFILE, BulkPath.SCAN_CSV, BulkPath.COPY_OUT_CSV})
    snapshot_statement = "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"
    begin_statement = "START TRANSACTION"
    #: ``mysql`` or ``mariadb``, detected from the server's version string
    flavor: ClassVar[str] = "mysql"

    def __init__(
        self,
        raw: Any,
        url: DatabaseURL,
        read_only: bool,
        timeout: float | None,
        connect_args: dict[str, Any],
    ) -> None:
        self.raw = raw
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self._connect_args = connect_args  # for the short cancel connection; never shown
        self._thread_id: int = raw.thread_id()
        self._version: str = raw.get_server_info() or ""
        self._gen = 0  # statement counter
        self._live: int | None = None  # statement that may be running on the server
        self._cancelled: int | None = None  # statement that cancel() aimed at
        self._active: MySQLCursor | None = None  # cursor whose rows are still arriving
        self._kill_lock = threading.Lock()
        self._database: str | None = url.database
        self._database_known = True
        #: the session variable holding the read-only default (its name depends on the server)
        self._tx_var = _read_only_variable(self._version)
        #: a statement ran on a read-only connection and the session was not checked since;
        #: ``_rearm``: that statement may have set ``SET TRANSACTION READ WRITE`` for the next one
        self._verify_pending = False
        self._rearm = False

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        label = "MariaDB" if url.flavor == "mariadb" else "MySQL"
        password = url.password if url.password is not None else os.environ.get("MYSQL_PWD")
        register_secret(password)
        args: dict[str, Any] = {
            "host": url.host or "localhost",
            "port": url.port or DEFAULT_PORT,
            "user": url.user or _login_name(),
            "password": password or "",
            "charset": url.param("charset", "utf8mb4"),
            "autocommit": True,
        }
        socket_path = url.param("unix_socket") or url.param("socket")
        if socket_path:
            args["unix_socket"] = socket_path
        if url.param("ssl_ca"):
            args["ssl_ca"] = url.param("ssl_ca")
        args["conv"] = _CONVERSIONS
        try:
            raw = _RawConnection(
                **args,
                database=url.database,
                connect_timeout=CONNECT_TIMEOUT,
                local_infile=True,  # LOAD DATA LOCAL INFILE for imports
            )
        except pymysql.err.Error as exc:
            code, msg = _split_error(exc)
            error = AuthenticationError if code in _AUTH_ERRORS else ConnectError
            raise error(f"cannot connect to {url.display()}: {msg}", engine=label) from None
        except (OSError, ValueError, RuntimeError, LookupError) as exc:
            raise ConnectError(f"cannot connect to {url.display()}: {exc}", engine=label) from None
        version = raw.get_server_info() or ""
        kind: type[MySQLConnection] = MariaDBConnection if "mariadb" in version.lower() else MySQLConnection
        raw._local_infile = False  # negotiated with the server, switched on per LOAD DATA LOCAL statement
        conn = kind(raw, url, read_only, timeout, args)
        try:
            conn._configure_session()
        except AishellError as exc:
            conn.close()
            raise ConnectError(f"cannot set up the session: {exc.message}", engine=conn.display_name) from None
        return conn

    def _configure_session(self) -> None:
        """UTC; sql_mode without the flags that change how SQL text is read; read-only; the timeout.

        TIMESTAMP is an instant: the session speaks UTC, values read carry +00:00 and aware values
        written are converted to UTC first (PyMySQL would write their wall-clock time).  The time
        zone and the cleaned sql_mode are one statement, one round trip (:data:`_SESSION_SETUP`)."""
        sql = _SESSION_SETUP
        try:
            with self.raw.cursor() as cur:
                cur.execute(sql)
                if self.read_only:
                    sql = "SET SESSION TRANSACTION READ ONLY"
                    cur.execute(sql)
                if self.timeout:
                    sql, params = self._timeout_statement(self.timeout)
                    cur.execute(sql, params)
        except pymysql.err.Error as exc:
            raise self.translate(exc, sql) from None

    def _timeout_statement(self, seconds: float) -> tuple[str, Params]:
        return "SET SESSION max_execution_time = %s", (max(1, round(seconds * 1000)),)

    @property
    def thread_id(self) -> int:
        """The server's id for this connection (``CONNECTION_ID()``)."""
        return self._thread_id

    # ------------------------------------------------------------------ statements
    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        self._finish_active()
        self.verify_read_only()
        self._gen += 1
        gen = self._gen
        raw_cursor = self.raw.cursor(pymysql.cursors.SSCursor)
        self._live = gen
        self._sending()
        # the server may ask for a local file only in answer to LOAD DATA LOCAL INFILE
        self.raw._local_infile = bool(_LOAD_LOCAL.match(sql))
        try:
            raw_cursor.execute(sql, params)
        except pymysql.err.Error as exc:
            self._live = None
            raise self.translate(exc, sql, gen) from None
        except (TypeError, ValueError, KeyError, IndexError) as exc:  # parameters do not fit the SQL
            self._live = None
            raise QueryError(f"bad query parameters: {exc}", engine=self.display_name, sql=sql) from None
        except RuntimeError:  # PyMySQL refused a file request we did not make: the protocol is broken
            self._live = None
            self.raw._force_close()
            raise ConnectionLostError(
                "the server asked for a local file outside LOAD DATA LOCAL INFILE; connection dropped",
                engine=self.display_name,
            ) from None
        finally:
            self.raw._local_infile = False
        cursor = MySQLCursor(raw_cursor, self, sql, gen)
        if _USE.match(sql):
            self._database_known = False
        if cursor.streaming:
            self._active = cursor
            self._rearm = bool(_CALL.match(sql))
        else:
            self._live = None
            self._rearm = not cursor.columns or bool(_CALL.match(sql))
            self._check_interrupted(raw_cursor._result, sql, gen)
            if self._cancelled == gen and cursor.rowcount <= 0:
                raise QueryCancelledError("statement cancelled", engine=self.display_name, sql=sql)
            self.verify_read_only()
        return cursor

    # ------------------------------------------------------------------ read-only guard
    def _sending(self) -> None:
        """A statement is about to go out: on a read-only connection, check the session after it."""
        if self.read_only:
            self._verify_pending = True
            self._rearm = True  # until the statement is known to have returned rows

    def verify_read_only(self) -> None:
        """Raise (after resetting the connection) if the last statement lifted read-only mode
        or put back an sql_mode that changes how the server reads SQL text.

        One query (the session's read-only default and sql_mode); the transaction's own mode
        is in the server status of the last reply.  After a statement that returned no rows,
        outside a transaction, ``SET TRANSACTION READ ONLY`` cancels a pending ``SET
        TRANSACTION READ WRITE`` (which no variable shows) for the next transaction.
        """
        if not self._verify_pending or self._active is not None:
            return
        raw = self.raw
        if raw._sock is None:
            return  # lost: the next statement reports it
        self._verify_pending = False
        status = raw.server_status
        in_trans = bool(status & SERVER_STATUS.SERVER_STATUS_IN_TRANS)
        if in_trans and not status & SERVER_STATUS_IN_TRANS_READONLY:
            raise self._reset_read_only(_lifted("the transaction is read-write"))
        rearm, self._rearm = self._rearm and not in_trans, False
        try:
            row = self._session_state()
        except pymysql.err.Error as exc:
            if raw._sock is None:
                raise self.translate(exc, None) from None
            raise self._reset_read_only(f"the read-only check failed ({_split_error(exc)[1]})") from None
        if row is None or int(row[0] or 0) != 1:
            raise self._reset_read_only(_lifted(f"@@session.{self._tx_var} is off"))
        bad = _lexing_modes(str(row[1] or ""))
        if bad:
            raise self._reset_read_only(f"the statement set sql_mode {','.join(bad)}, {_READS_SQL_DIFFERENTLY}")
        if rearm:
            try:
                with raw.cursor() as cur:
                    cur.execute("SET TRANSACTION READ ONLY")
            except pymysql.err.Error as exc:
                if raw._sock is None:
                    raise self.translate(exc, None) from None
                raise self._reset_read_only(f"SET TRANSACTION READ ONLY failed ({_split_error(exc)[1]})") from None

    def _session_state(self) -> Any:
        """``(read-only default, sql_mode)`` of the session (one query)."""
        with self.raw.cursor() as cur:
            try:
                cur.execute(f"SELECT @@SESSION.{self._tx_var}, @@SESSION.sql_mode")
            except pymysql.err.OperationalError as exc:
                if _split_error(exc)[0] != ER_UNKNOWN_SYSTEM_VARIABLE:
                    raise
                self._tx_var = "tx_read_only" if self._tx_var == "transaction_read_only" else "transaction_read_only"
                cur.execute(f"SELECT @@SESSION.{self._tx_var}, @@SESSION.sql_mode")
            return cur.fetchone()

    def _reset_read_only(self, why: str) -> AishellError:
        """Roll back, close and reopen the connection read-only; the error to raise."""
        self._verify_pending = False
        self._rearm = False
        if self.raw._sock is not None and self.in_transaction:
            try:
                self.raw.rollback()
            except pymysql.err.Error:
                pass
        self.close()
        try:
            fresh = MySQLConnection.open(self.url, read_only=True, timeout=self.timeout)
        except AishellError as exc:
            return ConnectionLostError(
                f"{why}; the connection was closed and could not be opened again: {exc.message}",
                engine=self.display_name,
            )
        assert isinstance(fresh, MySQLConnection)
        self.raw = fresh.raw
        self._connect_args = fresh._connect_args
        self._thread_id = fresh._thread_id
        self._version = fresh._version
        self._tx_var = fresh._tx_var
        self._database = self.url.database
        self._database_known = True
        self._live = None
        self._active = None
        self.read_only = True
        return QueryError(f"{why}; the connection was reset", engine=self.display_name, sqlstate="25006")

    def _check_interrupted(self, result: Any, sql: str, gen: int) -> None:
        """Report a statement that KILL QUERY or the timeout ended "successfully".

        ``DO SLEEP(n)`` (and ``SELECT SLEEP(n)`` in MySQL) return normally when
        interrupted; the server leaves the interruption as a warning.
        """
        if not (result is not None and result.warning_count) or not (self.timeout or self._cancelled == gen):
            return
        try:
            with self.raw.cursor() as cur:
                cur.execute("SHOW WARNINGS")
                codes = {row[1] for row in cur.fetchall()}
        except pymysql.err.Error:
            return
        if ER_QUERY_INTERRUPTED in codes or (codes & _TIMEOUT_ERRORS and self._cancelled == gen):
            raise QueryCancelledError("statement cancelled", engine=self.display_name, sql=sql)
        if codes & _TIMEOUT_ERRORS:
            raise QueryTimeoutError(f"statement timed out after {self.timeout:g}s", engine=self.display_name, sql=sql)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """PyMySQL rewrites ``INSERT ... VALUES (%s, ...)`` into multi-row INSERTs."""
        self.check_statement(sql)
        self._finish_active()
        self.verify_read_only()
        self._gen += 1
        gen = self._gen
        self._live = gen
        self._sending()
        try:
            with self.raw.cursor() as cur:
                cur.executemany(sql, rows)
                count = cur.rowcount
        except pymysql.err.Error as exc:
            raise self.translate(exc, sql, gen) from None
        except (TypeError, ValueError, KeyError, IndexError) as exc:
            raise QueryError(f"bad query parameters: {exc}", engine=self.display_name, sql=sql) from None
        except RuntimeError:  # a file request we did not make (see execute)
            self.raw._force_close()
            raise ConnectionLostError(
                "the server asked for a local file outside LOAD DATA LOCAL INFILE; connection dropped",
                engine=self.display_name,
            ) from None
        finally:
            self._live = None
        if self._cancelled == gen:
            raise QueryCancelledError("statement cancelled", engine=self.display_name, sql=sql)
        self.verify_read_only()
        return max(int(count or 0), 0)

    def bulk_ready(self, path: BulkPath) -> bool:
        """``LOAD DATA LOCAL INFILE`` needs the server's ``local_infile`` on."""
        if path is not BulkPath.LOAD_DATA_LOCAL_INFILE:
            return super().bulk_ready(path)
        try:
            rows = self.query_all("SELECT @@GLOBAL.local_infile")
        except QueryError:
            return False
        return bool(rows and str(rows[0][0]).upper() in ("1", "ON"))

    def key_columns(self, table: str, key: str) -> str | None:
        """MySQL names the key of a duplicate entry, not its columns: read them."""
        schema, _, name = table.rpartition(".")
        try:
            found = self.query_all(
                "SELECT column_name FROM information_schema.statistics WHERE table_schema = "
                f"{'%s' if schema else 'DATABASE()'} AND table_name = %s AND index_name = %s ORDER BY seq_in_index",
                (*([schema] if schema else []), name, key),
            )
        except QueryError:
            return None
        return ", ".join(str(r[0]) for r in found) or None

    def table_to_csv(self, table: str, columns: Sequence[tuple[str, Any]], write: Callable[[bytes], object], *,
                     header: bool, delimiter: str) -> int | None:  # fmt: skip
        from aishell.engines.mysql import bulk

        if not bulk.scanner_exact(columns) or _arrow_installed():
            return None  # with pyarrow, copy_out_csv on this connection is faster than DuckDB's scanner
        return bulk.scan_to_csv(self.url, table, write, header=header, delimiter=delimiter)

    def copy_out_csv(self, sql: str, write: Callable[[bytes], object], *, header: bool = True,
                     delimiter: str = ",", fmt: str = "csv") -> int | None:  # fmt: skip
        """The result as CSV (``fmt="text"``: TSV) bytes, with no Python value made of it: the rows
        are read off the wire undecoded and formatted a column at a time with Arrow (see
        :mod:`.csvout`).  None (the generic path runs) without pyarrow."""
        import io

        from aishell.output.formats import CSVWriter, TSVWriter

        if fmt not in ("csv", "text") or not hasattr(self.raw._rfile, "peek"):
            return None
        writer = (TSVWriter if fmt == "text" else CSVWriter)(io.StringIO(), delimiter=delimiter, header=header)
        cursor = self.execute(sql)
        assert isinstance(cursor, MySQLCursor)
        try:
            if not cursor.columns:  # it ran, and returned no rows (SELECT ... INTO): nothing to write
                return 0
            first = cursor.fetch_packets(_SMALL_RESULT)
            result = cursor._result
            decoders = list(result.converters)
            if not cursor.streaming or not _arrow_installed():  # a small result: not worth loading pyarrow
                return _csv_rows(cursor, first, decoders, writer, write)
            from aishell.engines.mysql import csvout

            kinds = [_csv_kind(f, enc, conv, self.raw.encoding) for f, (enc, conv) in zip(result.fields, decoders,
                                                                                           strict=True)]  # fmt: skip
            scales = [int(f.scale or 0) for f in result.fields]
            pending = [first]

            def fetch(size: int) -> tuple[bytes, list[int]]:
                return pending.pop() if pending else cursor.fetch_packets(size)

            return csvout.copy_csv(fetch, cursor.columns, kinds, scales, decoders, write,
                                   header=header, delimiter=delimiter, fmt=fmt)  # fmt: skip
        finally:
            cursor.close()

    def write_infile_rows(self, fh: IO[bytes], rows: Iterable[Sequence[Any]], binary: Sequence[bool]) -> None:
        from aishell.engines.mysql.bulk import write_mysql_tsv

        write_mysql_tsv(fh, rows, binary)

    def infile_from_arrow(self, batch: Any, types: Sequence[Any], nullable: Sequence[bool], *,
                          round_decimals: bool = False) -> tuple[bytes | None, int]:  # fmt: skip
        from aishell.engines.mysql.bulk import mysql_tsv_rounded

        return mysql_tsv_rounded(batch, types, nullable, round_decimals=round_decimals)

    def load_data_local_infile(
        self, path: str, table: str, columns: Sequence[str], binary: Sequence[bool] | None = None
    ) -> int:
        """``LOAD DATA LOCAL INFILE`` of a file in the default text format (tabs, backslash
        escapes, ``\\N`` for NULL; binary columns as hex).  Returns the rows loaded.

        A row the server had to change (a warning: truncated, out of range) is an error,
        so nothing is loaded silently altered.
        """
        flags = list(binary) if binary is not None else [False] * len(columns)
        target = ".".join(_quote_ident(p) for p in table.split("."))
        names = []
        sets = []
        for i, (col, is_bin) in enumerate(zip(columns, flags, strict=True)):
            if is_bin:
                names.append(f"@v{i}")
                sets.append(f"{_quote_ident(col)} = UNHEX(@v{i})")
            else:
                names.append(_quote_ident(col))
        sql = (
            f"LOAD DATA LOCAL INFILE %s INTO TABLE {target} CHARACTER SET utf8mb4 "
            f"FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ({', '.join(names)})"
        )
        if sets:
            sql += " SET " + ", ".join(sets)
        cur = self.execute(sql, (path,))
        try:
            count = max(cur.rowcount, 0)
            warnings = getattr(getattr(cur, "_result", None), "warning_count", 0)
        finally:
            cur.close()
        if warnings:
            rows = self.query_all("SHOW WARNINGS LIMIT 1")
            detail = str(rows[0][2]) if rows else f"{warnings} warning(s)"
            raise QueryError(f"LOAD DATA changed values: {detail}", engine=self.display_name, sql=sql)
        return count

    def translate(self, exc: BaseException, sql: str | None, gen: int | None = None) -> AishellError:
        """Turn a PyMySQL error into aishell's error for it."""
        code, msg = _split_error(exc)
        sqlstate = getattr(exc, "sqlstate", None)
        if self.raw._sock is None or code in _LOST_ERRORS:
            self._live = None
            self._active = None
            return ConnectionLostError(f"connection lost: {msg}", engine=self.display_name)
        if code is None and isinstance(exc, pymysql.err.ProgrammingError):  # from formatting the parameters
            return QueryError(f"bad query parameters: {msg}", engine=self.display_name, sql=sql)
        self._refresh_transaction_state()
        if code == ER_QUERY_INTERRUPTED or (code in _TIMEOUT_ERRORS and gen is not None and self._cancelled == gen):
            return QueryCancelledError("statement cancelled", engine=self.display_name, sql=sql, sqlstate=sqlstate)
        if code in _TIMEOUT_ERRORS:
            text = f"statement timed out after {self.timeout:g}s" if self.timeout else msg
            return QueryTimeoutError(text, engine=self.display_name, sql=sql, sqlstate=sqlstate)
        if code == ER_READ_ONLY_TRANSACTION and self.read_only:
            msg = f"{msg} (read-only connection)"
        text = f"ERROR {code} ({sqlstate}): {msg}" if code and sqlstate else (f"ERROR {code}: {msg}" if code else msg)
        position = error_position(sql, msg) if sql else None
        return QueryError(text, engine=self.display_name, sql=sql, position=position, sqlstate=sqlstate)

    def _refresh_transaction_state(self) -> None:
        # an error packet carries no server status, and a deadlock or lock-wait
        # timeout may have rolled the transaction back: ask (one round trip)
        if self.raw.server_status & SERVER_STATUS.SERVER_STATUS_IN_TRANS:
            try:
                self.raw.ping()
            except pymysql.err.Error:
                pass

    # ---- streaming results
    def _finish_active(self) -> None:
        cursor = self._active
        if cursor is not None:
            try:
                self._discard(cursor)
            except pymysql.err.Error as exc:
                raise self.translate(exc, None) from None

    def _discard(self, cursor: MySQLCursor) -> None:
        """End an unfinished result: read off a small rest, or kill the statement and drain."""
        try:
            killed, attempts = False, 0
            while cursor.streaming:
                budget = DRAIN_BUDGET
                while cursor.streaming and budget > 0:
                    budget -= len(cursor._read(min(budget, 2000), keep=False)) or 1
                if cursor.streaming and not killed and attempts < 3:
                    attempts += 1
                    killed = self._kill(cursor._gen)
        except pymysql.err.Error as exc:
            code, _msg = _split_error(exc)
            if code != ER_QUERY_INTERRUPTED and code not in _TIMEOUT_ERRORS:
                self._stream_ended(cursor)
                raise
        self._stream_ended(cursor)

    def _stream_ended(self, cursor: MySQLCursor) -> None:
        if self._active is cursor:
            self._active = None
            self._live = None
        # CALL can return several results: skip the rest without buffering them
        raw = cursor._raw
        try:
            while raw.connection is not None and raw.nextset():
                result = raw._result
                while result is not None and result.unbuffered_active:
                    read_rows(self.raw, result, 2000, keep=False)
        except pymysql.err.Error:
            pass

    # ---- cancel
    def cancel(self) -> None:
        gen = self._live
        if gen is None:
            return
        self._cancelled = gen
        self._kill(gen)

    def _kill(self, gen: int) -> bool:
        """Kill statement ``gen`` from a second connection, if it is still the one running.

        Never waits for a lock: a second Ctrl-C (even from a signal handler that
        interrupted the first cancel) just leaves the kill to the one under way.
        """
        if not self._kill_lock.acquire(blocking=False):
            return False
        try:
            try:
                side = _RawConnection(**self._connect_args, connect_timeout=CANCEL_CONNECT_TIMEOUT)
            except (pymysql.err.Error, OSError):
                return False
            try:
                with side.cursor() as cur:
                    return self._kill_via(cur, gen)
            except pymysql.err.Error:
                return False
            finally:
                try:
                    side.close()
                except pymysql.err.Error:
                    pass
        finally:
            self._kill_lock.release()

    def _kill_via(self, cur: Any, gen: int) -> bool:
        if self._live != gen:
            return False
        cur.execute(f"KILL QUERY {int(self._thread_id)}")
        return True

    def close(self) -> None:
        if self._active is not None:  # closing the socket ends the result; nothing to drain
            self._active._result.unbuffered_active = False
        self._active = None
        self._live = None
        try:
            self.raw.close()
        except pymysql.err.Error:
            pass

    @property
    def in_transaction(self) -> bool:
        return bool(self.raw.server_status & SERVER_STATUS.SERVER_STATUS_IN_TRANS)

    def ping(self) -> None:
        self._finish_active()
        try:
            self.raw.ping()
        except pymysql.err.Error as exc:
            raise self.translate(exc, None) from None

    # ---- explain
    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        """The classic EXPLAIN table as text, the ``EXPLAIN FORMAT=JSON`` document as data and
        its tree.  ``analyze`` (MySQL 8.0.18+) adds ``EXPLAIN ANALYZE``'s text tree, run once in a
        transaction (a savepoint inside the user's) rolled back; the tree stays the estimate."""
        stmt = sql.strip().rstrip(";").rstrip()
        table = self._explain_table("EXPLAIN " + stmt)
        data = self._json_plan("EXPLAIN FORMAT=JSON " + stmt)
        if analyze:
            with self.rolled_back():
                rows = self.query_all("EXPLAIN ANALYZE " + stmt)  # runs it, a text tree
            table += "\n\n" + "\n".join(str(r[0]) for r in rows)
        return Plan(table, data, _tree(data, stmt, analyzed=False))

    def _explain_table(self, sql: str) -> str:
        cur = self.execute(sql)
        try:
            headers = [c.name for c in cur.columns]
            rows = [r for batch in cur.batches() for r in batch]
        finally:
            cur.close()
        return render_grid(headers, rows)

    def _json_plan(self, sql: str) -> Any:
        try:
            rows = self.query_all(sql)
        except (QueryTimeoutError, QueryCancelledError):
            raise
        except QueryError:  # an old server, or a statement it cannot show as JSON
            return None
        if not rows or rows[0][0] is None:
            return None
        try:
            return json.loads(rows[0][0])
        except (TypeError, ValueError):
            return None

    # ------------------------------------------------------------------ catalog
    def current_database(self) -> str | None:
        if not self._database_known and self._active is None:
            rows = self.query_all("SELECT DATABASE()")
            self._database = rows[0][0] if rows else None
            self._database_known = True
        return self._database

    def server_version(self) -> str:
        version = self._version
        if version.startswith("5.5.5-"):  # MariaDB's replication-compatible prefix
            version = version[len("5.5.5-") :]
        m = re.match(r"\d+(\.\d+)*", version)
        return f"{self.display_name} {m.group(0) if m else version}"

    def write_privileges(self) -> list[str] | None:
        """The write privileges ``SHOW GRANTS`` lists for this login (and its current role)."""
        found: list[str] = []
        for row in self.query_all("SHOW GRANTS"):
            line = grant_writes(str(row[0]))
            if line and line not in found:
                found.append(line)
        return found

    def list_databases(self) -> list[str]:
        return [str(r[0]) for r in self.query_all("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1")]

    def index_usage(self) -> list[IndexUsage] | None:
        """``performance_schema.table_io_waits_summary_by_index_usage``: rows read through each
        index since the server started (ConfigError when performance_schema is OFF)."""
        from aishell.engines.mysql import stats

        return stats.index_usage(self)

    def statement_stats(self, *, order: str = "total", limit: int = 50,
                        matching: str | None = None) -> list[StatementStats]:  # fmt: skip
        """performance_schema statement digests of the current database (see
        :meth:`Connection.statement_stats`)."""
        from aishell.engines.mysql import stats

        self._statement_order(order, limit)
        return stats.statement_stats(self, order=order, limit=limit, matching=matching)

    def sample_values(self, table: TableInfo, columns: Sequence[str], *, rows: int,
                      schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
        """Rows at spread primary-key positions (see :meth:`Connection.sample_values`)."""
        from aishell.engines.mysql import stats

        return stats.sample_values(self, table, columns, rows=rows, schema=schema)

    def catalog(self) -> Catalog:
        db = self.current_database()
        if not db:
            return Catalog(default_schema=None, schemas=[], tables=[], functions=[])
        tables: dict[str, TableInfo] = {}
        for name, ttype, rows, data_len, index_len, comment in self.query_all(
            "SELECT TABLE_NAME, TABLE_TYPE, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, TABLE_COMMENT "
            "FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s ORDER BY TABLE_NAME",
            (db,),
        ):
            view = ttype == "VIEW"
            size = None if view or data_len is None else int(data_len) + int(index_len or 0)
            tables[name] = TableInfo(
                name=name,
                schema=db,
                kind="view" if view else "table",
                row_estimate=None if view or rows is None else int(rows),
                size_bytes=size,
                comment=None if view or not comment else str(comment),
            )
        json_columns = self._json_columns(db)
        for tname, cname, ctype, nullable, default, comment in self.query_all(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT "
            "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s ORDER BY TABLE_NAME, ORDINAL_POSITION",
            (db,),
        ):
            table = tables.get(tname)
            if table is not None:
                # MariaDB shows "no default" on a nullable column as the text NULL
                value = None if default is None or default == "NULL" else str(default)
                if (tname, cname) in json_columns and str(ctype).lower() == "longtext":
                    ctype = "json"  # MariaDB's JSON is LONGTEXT checked by json_valid(): say what it is
                table.columns.append(ColumnInfo(cname, str(ctype), nullable == "YES", value, comment or None))
        self._catalog_indexes(db, tables)
        self._catalog_foreign_keys(db, tables)
        return Catalog(default_schema=db, schemas=[db], tables=list(tables.values()), functions=self._routines(db))

    def _json_columns(self, db: str) -> set[tuple[str, str]]:
        """``(table, column)`` of JSON columns the catalog spells otherwise (MariaDB); MySQL
        has a real JSON type and reports it as such."""
        return set()

    def _catalog_indexes(self, db: str, tables: dict[str, TableInfo]) -> None:
        grouped: dict[tuple[str, str], list[Any]] = {}
        for tname, iname, non_unique, cname, sub_part, itype in self.query_all(
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE "
            "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s "
            "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
            (db,),
        ):
            grouped.setdefault((tname, iname), []).append((non_unique, cname, sub_part, itype))
        for (tname, iname), parts in grouped.items():
            table = tables.get(tname)
            if table is None:
                continue
            cols = tuple(str(c) if c is not None else "(expression)" for _u, c, _s, _t in parts)
            shown = ", ".join(f"{c}({s})" if s else c for c, (_u, _c, s, _t) in zip(cols, parts, strict=True))
            primary = iname == "PRIMARY"
            unique = not int(parts[0][0])
            table.indexes.append(IndexInfo(iname, cols, unique, primary, f"{parts[0][3]} ({shown})"))
            if primary:
                table.primary_key = cols
        for table in tables.values():
            table.indexes.sort(key=lambda i: (not i.primary, i.name))

    def _catalog_foreign_keys(self, db: str, tables: dict[str, TableInfo]) -> None:
        grouped: dict[tuple[str, str], list[Any]] = {}
        for tname, fk_name, cname, ref_schema, ref_table, ref_col in self.query_all(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
            "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
            "FROM information_schema.KEY_COLUMN_USAGE "
            "WHERE TABLE_SCHEMA = %s AND REFERENCED_TABLE_NAME IS NOT NULL "
            "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION",
            (db,),
        ):
            grouped.setdefault((tname, fk_name), []).append((cname, ref_schema, ref_table, ref_col))
        for (tname, fk_name), parts in grouped.items():
            table = tables.get(tname)
            if table is None:
                continue
            table.foreign_keys.append(
                ForeignKey(
                    columns=tuple(p[0] for p in parts),
                    ref_table=parts[0][2],
                    ref_columns=tuple(p[3] for p in parts),
                    ref_schema=parts[0][1],
                    name=fk_name,
                )
            )

    def _routines(self, db: str) -> list[FunctionInfo]:
        params: dict[tuple[str, str], list[str]] = {}
        for name, rtype, position, mode, pname, dtd in self.query_all(
            "SELECT SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE, PARAMETER_NAME, "
            "DTD_IDENTIFIER FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = %s "
            "ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION",
            (db,),
        ):
            if not position:  # position 0 is a function's return value
                continue
            prefix = f"{mode} " if rtype == "PROCEDURE" and mode else ""
            params.setdefault((name, rtype), []).append(f"{prefix}{pname} {dtd}")
        out = []
        for name, rtype, returns in self.query_all(
            "SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER FROM information_schema.ROUTINES "
            "WHERE ROUTINE_SCHEMA = %s AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE') ORDER BY ROUTINE_NAME",
            (db,),
        ):
            out.append(
                FunctionInfo(
                    name=name,
                    schema=db,
                    kind="procedure" if rtype == "PROCEDURE" else "function",
                    arguments=", ".join(params.get((name, rtype), [])),
                    returns=str(returns or ""),
                )
            )
        return out


class MariaDBConnection(MySQLConnection):
    """MariaDB: ``max_statement_time``, ``KILL QUERY ID``, ``ANALYZE FORMAT=JSON``."""

    display_name = "MariaDB"
    flavor = "mariadb"

    def _json_columns(self, db: str) -> set[tuple[str, str]]:
        """``(table, column)`` of MariaDB JSON columns: LONGTEXT with the ``json_valid(col)``
        check MariaDB adds itself (MySQL has a real JSON type and reports it as such)."""
        try:
            rows = self.query_all(
                "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                "WHERE CONSTRAINT_SCHEMA = %s AND CHECK_CLAUSE LIKE 'json_valid(%%'",
                (db,),
            )
        except QueryError:
            return set()
        found: set[tuple[str, str]] = set()
        for tname, clause in rows:
            m = re.fullmatch(r"json_valid\(`((?:[^`]|``)+)`\)", str(clause).strip(), re.I)
            if m:
                found.add((str(tname), m.group(1).replace("``", "`")))
        return found

    def _timeout_statement(self, seconds: float) -> tuple[str, Params]:
        return "SET SESSION max_statement_time = %s", (float(seconds),)

    def _kill_via(self, cur: Any, gen: int) -> bool:
        # name the exact statement: a cancel that arrives late cannot hit the next one
        cur.execute("SELECT QUERY_ID, COMMAND FROM information_schema.PROCESSLIST WHERE ID = %s", (self._thread_id,))
        row = cur.fetchone()
        if not row or row[1] != "Query" or self._live != gen:
            return False
        cur.execute(f"KILL QUERY ID {int(row[0])}")
        return True

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        stmt = sql.strip().rstrip(";").rstrip()
        table = self._explain_table("EXPLAIN " + stmt)
        if not analyze:
            data = self._json_plan("EXPLAIN FORMAT=JSON " + stmt)
            return Plan(table, data, _tree(data, stmt, analyzed=False))
        with self.rolled_back():  # runs the statement once, and undoes what it changed
            data = self._json_plan_strict("ANALYZE FORMAT=JSON " + stmt)
        actual = "\n".join(_analyze_lines(data))
        text = f"{table}\n\nANALYZE (actual):\n{actual}" if actual else table
        return Plan(text, data, _tree(data, stmt, analyzed=True))

    def _json_plan_strict(self, sql: str) -> Any:
        rows = self.query_all(sql)
        try:
            return json.loads(rows[0][0]) if rows and rows[0][0] else None
        except (TypeError, ValueError):
            return None


# --------------------------------------------------------------------------- helpers
_READS_SQL_DIFFERENTLY = "which changes how the server reads SQL text"


def _lifted(detail: str) -> str:
    return f"the statement lifted read-only mode ({detail})"


_USE = re.compile(r"\s*use\b", re.I)
_CALL = re.compile(r"(?:\s+|/\*.*?\*/|(?:--\s|\#)[^\n]*\n)*(?:call|execute)\b", re.I | re.S)
_LOAD_LOCAL = re.compile(
    r"(?:\s+|/\*.*?\*/|(?:--\s|\#)[^\n]*\n)*"  # leading blanks and comments
    r"load\s+(?:data|xml)\s+(?:(?:low_priority|concurrent)\s+)?local\s+infile\b",
    re.I | re.S,
)

_ANALYZE_KEYS = ("access_type", "key", "r_loops", "rows", "r_rows", "filtered", "r_filtered", "r_total_time_ms")


def _tree(data: Any, sql: str, *, analyzed: bool) -> PlanTree | None:
    """The normalised tree of a JSON plan, or None when there is none (an old server); tables
    named by their aliases, as the server shows them, get their own names."""
    from aishell.engines.mysql.plan import parse_plan  # (an explain's, not a connection's import)
    from aishell.engines.plan_aliases import name_tables

    try:
        return name_tables(parse_plan(data, analyzed=analyzed), sql, MySQLConnection.dialect)
    except ValueError:
        return None


def _analyze_lines(node: Any) -> Iterator[str]:
    """One line per query block and per table access in a MariaDB ``ANALYZE FORMAT=JSON`` plan."""
    if isinstance(node, dict):
        if "select_id" in node and "r_total_time_ms" in node:
            yield f"query block {node['select_id']}: r_loops={node.get('r_loops')} " + (
                f"r_total_time_ms={node['r_total_time_ms']}"
            )
        if "table_name" in node:
            details = " ".join(f"{k}={node[k]}" for k in _ANALYZE_KEYS if k in node)
            yield f"table {node['table_name']}: {details}"
        for value in node.values():
            yield from _analyze_lines(value)
    elif isinstance(node, list):
        for item in node:
            yield from _analyze_lines(item)


def render_grid(headers: Sequence[str], rows: Sequence[Row]) -> str:
    """A small text table, as the mysql client prints EXPLAIN."""
    cells = [["NULL" if v is None else str(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def fmt(values: Sequence[str]) -> str:
        return "|" + "|".join(f" {v:<{w}} " for v, w in zip(values, widths, strict=True)) + "|"

    return "\n".join([line, fmt(headers), line, *(fmt(r) for r in cells), line])


def _quote_ident(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def clean_sql_mode(mode: str) -> str:
    """``mode`` without the flags that change how the server reads SQL text (see ``_LEXING_MODES``)."""
    return ",".join(m for m in mode.split(",") if m.strip() and m.strip().upper() not in _LEXING_MODES)


def _without_lexing_modes(mode: str) -> str:
    """SQL for :func:`clean_sql_mode` of the SQL expression ``mode`` (the server's list: upper-case
    names between commas), evaluated by the server."""
    expr = f"CONCAT(',', {mode}, ',')"
    for flag in sorted(_LEXING_MODES):
        expr = f"REPLACE({expr}, ',{flag},', ',')"
    return f"TRIM(BOTH ',' FROM {expr})"


#: a session's set-up in one statement: UTC, and sql_mode as :func:`clean_sql_mode` leaves it
_SESSION_SETUP = f"SET time_zone = '+00:00', SESSION sql_mode = {_without_lexing_modes('@@SESSION.sql_mode')}"


def _lexing_modes(mode: str) -> list[str]:
    return [m.strip().upper() for m in mode.split(",") if m.strip().upper() in _LEXING_MODES]


def _read_only_variable(version: str) -> str:
    """``transaction_read_only`` (MySQL >= 5.7.20, MariaDB >= 11.1) or ``tx_read_only`` (older;
    MySQL 8 has no ``tx_read_only``)."""
    m = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    parts = tuple(int(x) for x in m.groups()) if m else (0, 0, 0)
    if "mariadb" in version.lower():
        return "transaction_read_only" if parts >= (11, 1, 0) else "tx_read_only"
    return "transaction_read_only" if parts >= (5, 7, 20) else "tx_read_only"


#: privileges that let a login change data, schema, files or the server
_WRITE_PRIVILEGES = ("ALL", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "INDEX", "FILE", "SUPER",
                     "TRIGGER", "EVENT", "GRANT")  # fmt: skip


def grant_writes(grant: str) -> str | None:
    """The write privileges in one line of ``SHOW GRANTS``, as ``"INSERT, DELETE on `db`.*"``."""
    text = " ".join(grant.split())
    if not text.upper().startswith("GRANT "):
        return None
    depth, i, split = 0, 6, -1
    upper = text.upper()
    quote = ""
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "`'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and upper.startswith(" ON ", i):
            split = i
            break
        i += 1
    if split < 0:
        return None  # a role granted to the login: its rights show in lines of their own
    privileges = [" ".join(p.split()) for p in re.sub(r"\([^)]*\)", "", text[6:split]).split(",")]
    if [p.upper() for p in privileges] == ["PROXY"]:
        return None
    target = re.split(r"\s+TO\s+", text[split + 4 :], maxsplit=1, flags=re.I)[0].strip()
    found = [p.upper() for p in privileges if p.upper().split(" ")[0] in _WRITE_PRIVILEGES]
    if re.search(r"\bWITH\b.*\bGRANT\s+OPTION\b", upper[split:]) and "GRANT OPTION" not in found:
        found.append("GRANT OPTION")
    return f"{', '.join(found)} on {target}" if found else None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in a bare container
        return "root"
