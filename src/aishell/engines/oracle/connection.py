"""Oracle Database, through python-oracledb in *Thin* mode (no Oracle Client libraries).

Design
======

* URL: ``oracle://user[:password]@host[:port]/service_name`` maps onto
  :class:`oracledb.ConnectParams` (port 1521 by default).  Query parameters:
  ``sid=NAME`` (instead of a service name), ``protocol=tcps``,
  ``connect_timeout=SECONDS`` (default 10).  ``oracle://user@/ALIAS`` (no host)
  uses a net service name from ``tnsnames.ora`` (``TNS_ADMIN``).  The
  password comes from the URL, else from ``ORACLE_PASSWORD``.
* streaming: ``cursor.arraysize``/``prefetchrows`` set the batch each round
  trip brings; :meth:`OracleCursor.fetchmany` pulls one batch at a time.
  NUMBERs that are not integers are fetched as :class:`decimal.Decimal` (no
  float rounding) and LOBs as strings/bytes.
* timeout: ``connection.call_timeout`` (milliseconds).  Oracle applies it to
  each *round trip* (the execute, each fetch), not to a whole result.
  ``DPY-4024`` becomes :class:`~aishell.errors.QueryTimeoutError`; when the
  driver reports the session dead instead, :class:`ConnectionLostError`.
* cancel: :meth:`oracledb.Connection.cancel` (thread-safe, sends a break);
  ``ORA-01013`` becomes :class:`~aishell.errors.QueryCancelledError`.
* transactions: autocommit is on.  Oracle has no ``BEGIN`` statement (a
  ``BEGIN ... END;`` is a PL/SQL block), so a bare ``BEGIN`` /
  ``BEGIN TRANSACTION`` / ``START TRANSACTION`` typed by a user is *not*
  sent: it switches autocommit off until ``COMMIT`` or ``ROLLBACK``.  Oracle's
  own ``SET TRANSACTION ...`` is sent and does the same.  ``ROLLBACK TO
  SAVEPOINT`` keeps the transaction open.  Statements are classified with
  sqlglot's Oracle dialect (plus the leading keyword where sqlglot cannot
  parse Oracle syntax).  Note that Oracle commits implicitly around DDL; the
  adapter stays in manual-commit mode until the user ends the transaction.
* read-only: Oracle has no read-only *session*.  The adapter keeps autocommit
  off and runs every statement in its own read-only transaction:
  ``SET TRANSACTION READ ONLY`` → the statement → ``ROLLBACK`` once its
  result is exhausted or closed (an explicit ``BEGIN`` keeps one read-only
  transaction open until ``COMMIT``/``ROLLBACK``).  A read-only transaction
  stops DML on the server (``ORA-01456``), but DDL commits implicitly and
  PL/SQL can commit, so the adapter also refuses, before sending, anything
  that is not a query (``SELECT``/``WITH`` without ``FOR UPDATE``), ``ALTER
  SESSION``, ``SET TRANSACTION READ ONLY`` or transaction control.
* explain: ``EXPLAIN PLAN SET STATEMENT_ID = ... FOR <sql>``, then
  ``DBMS_XPLAN.DISPLAY`` for the text and the ``PLAN_TABLE`` rows for the
  structured form; the ``PLAN_TABLE`` rows are removed afterwards (rolled
  back, or deleted inside a user's transaction).  Oracle has no EXPLAIN
  ANALYZE; ``analyze`` shows the estimated plan with a note.
* catalog: ``ALL_TABLES``, ``ALL_VIEWS``, ``ALL_MVIEWS``, ``ALL_TAB_COLUMNS``,
  ``ALL_CONSTRAINTS``/``ALL_CONS_COLUMNS``, ``ALL_INDEXES``/``ALL_IND_COLUMNS``,
  ``ALL_TAB_COMMENTS``/``ALL_COL_COMMENTS``, ``ALL_PROCEDURES``/``ALL_ARGUMENTS``
  for the *current schema* only, plus ``USER_SEGMENTS`` sizes when the
  current schema is the session user's.

What is untested without an Oracle server
=========================================

No Oracle server is available to the test suite (``tests/unit/test_oracle.py``).
Tested against the real library: the URL → ``ConnectParams`` mapping, the
connect errors of a closed loopback port / missing credentials / missing
``tnsnames.ora`` (real ``DPY-`` errors), the translation of real ``oracledb``
exception objects (built the way the driver builds them), that every catalog
and explain statement parses with sqlglot's Oracle dialect and names only
columns of the dictionary views it reads, the statement classifier, and — on
a small, clearly labelled fake of the driver's connection object — the
sequence of calls for autocommit, explicit transactions and read-only mode.

**Not** tested: anything a server must answer — logging in, real result
types and fetching, ``call_timeout`` and ``cancel()`` interrupting a running
statement (and whether the session stays usable after ``DPY-4024``), that
``SET TRANSACTION READ ONLY`` really rejects DML, ``EXPLAIN PLAN``/
``DBMS_XPLAN`` output, the dictionary views' contents and the speed of the
catalog queries on a large schema, ``LONG`` column (``DATA_DEFAULT``)
fetching, and the ``outputtypehandler`` for NUMBER/LOB columns.
"""

from __future__ import annotations

import decimal
import os
import re
import uuid
from collections.abc import Sequence
from typing import Any

import oracledb
import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from aishell.engines.base import (
    DEFAULT_BATCH_SIZE,
    Catalog,
    ColumnInfo,
    Connection,
    Cursor,
    ForeignKey,
    FunctionInfo,
    IndexInfo,
    ListCursor,
    Params,
    Plan,
    ResultColumn,
    Row,
    TableInfo,
)
from aishell.errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    register_secret,
)
from aishell.urls import DatabaseURL

DISPLAY = "Oracle"
DEFAULT_PORT = 1521
DEFAULT_CONNECT_TIMEOUT = 10.0
PASSWORD_ENV = "ORACLE_PASSWORD"  # noqa: S105 - the name of an environment variable

_NUMERIC_TYPES = frozenset({"NUMBER", "BINARY_FLOAT", "BINARY_DOUBLE", "BINARY_INTEGER", "FLOAT", "INTEGER"})
_LEADING_NOISE = re.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)
_WORDS = re.compile(r"[A-Za-z_]+")
_HELP_LINE = re.compile(r"\n?Help: https?://\S+")
_READ_ONLY_TXN = re.compile(r"^\s*SET\s+TRANSACTION\s+READ\s+ONLY\s*(?:NAME\s+'(?:[^']|'')*')?\s*$", re.I)

# --------------------------------------------------------------------------- statement kinds
QUERY = "query"  # SELECT / WITH, no FOR UPDATE
LOCKING_QUERY = "locking query"  # SELECT ... FOR UPDATE
DML = "dml"
DDL = "ddl"
PLSQL = "plsql"  # anonymous block, CALL, EXEC
BEGIN = "begin"  # BEGIN / START TRANSACTION typed by a user (not Oracle syntax)
SET_TRANSACTION = "set transaction"
COMMIT = "commit"
ROLLBACK = "rollback"
SAVEPOINT = "savepoint"  # SAVEPOINT x, ROLLBACK TO x
SESSION = "session"  # ALTER SESSION
OTHER = "other"


def _words(sql: str, n: int = 3) -> list[str]:
    rest = _LEADING_NOISE.sub("", sql, count=1)
    return [w.upper() for w in _WORDS.findall(rest[:200])[:n]]


_PLSQL_UNIT = re.compile(
    r"^CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:NON)?EDITIONABLE\s+)?"
    r"(?:PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE\s+BODY|LIBRARY)\b",
    re.I,
)


def is_plsql_block(sql: str) -> bool:
    """An anonymous block (``BEGIN ... END;``, ``DECLARE ...``): not a bare ``BEGIN``."""
    rest = _LEADING_NOISE.sub("", sql, count=1)
    words = _words(rest, 1)
    if not words:
        return False
    if words[0] == "DECLARE":
        return True
    if words[0] == "BEGIN":
        return rest[len("BEGIN") :].strip().rstrip(";").strip().upper() not in {"", "TRANSACTION", "WORK"}
    return False


def strip_terminator(sql: str) -> str:
    """Drop a SQL*Plus ``/`` line and, for plain SQL, a trailing ``;`` (Oracle rejects it there).

    PL/SQL keeps its final ``END;``.
    """
    text = re.sub(r"\n\s*/\s*$", "", sql.strip()).strip()
    body = _LEADING_NOISE.sub("", text, count=1)
    if is_plsql_block(text) or _PLSQL_UNIT.match(body):
        return text
    return text.rstrip(";").rstrip()


def statement_kind(sql: str) -> str:
    """Classify one Oracle statement (see the module constants)."""
    words = _words(sql)
    first = words[0] if words else ""
    if is_plsql_block(sql) or first in {"CALL", "EXEC", "EXECUTE"}:
        return PLSQL
    if first == "BEGIN" or words[:2] == ["START", "TRANSACTION"]:
        return BEGIN
    if words[:2] == ["SET", "TRANSACTION"]:
        return SET_TRANSACTION
    if words[:2] == ["ALTER", "SESSION"]:
        return SESSION
    if first == "SAVEPOINT":
        return SAVEPOINT
    try:
        trees = [t for t in sqlglot.parse(strip_terminator(sql), read="oracle") if t is not None]
    except SqlglotError:
        trees = []
    if len(trees) == 1:
        tree = trees[0]
        if isinstance(tree, exp.Commit):
            return COMMIT
        if isinstance(tree, exp.Rollback):
            return SAVEPOINT if tree.args.get("savepoint") else ROLLBACK
        if isinstance(tree, exp.Query | exp.Subquery):
            return LOCKING_QUERY if tree.find(exp.Lock) else QUERY
        if isinstance(tree, exp.Insert | exp.Update | exp.Delete | exp.Merge):
            return DML
        if isinstance(tree, exp.Create | exp.Drop | exp.Alter | exp.TruncateTable | exp.Grant | exp.Comment):
            return DDL
    if first == "COMMIT":
        return COMMIT
    if first == "ROLLBACK":
        return SAVEPOINT if "TO" in words[1:3] else ROLLBACK
    if first in {"SELECT", "WITH"}:
        return LOCKING_QUERY if re.search(r"\bFOR\s+UPDATE\b", sql, re.I) else QUERY
    if first in {"INSERT", "UPDATE", "DELETE", "MERGE"}:
        return DML
    if first in {"CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "RENAME", "COMMENT", "PURGE", "FLASHBACK"}:
        return DDL
    return OTHER


# --------------------------------------------------------------------------- URL mapping
def connect_params(url: DatabaseURL) -> tuple[oracledb.ConnectParams, str | None, str | None]:
    """Map a URL onto ``(ConnectParams, password, dsn)``; ``dsn`` is a TNS alias or None."""
    password = url.password if url.password is not None else os.environ.get(PASSWORD_ENV) or None
    register_secret(password)
    try:
        timeout = float(url.param("connect_timeout") or DEFAULT_CONNECT_TIMEOUT)
    except ValueError:
        raise ConnectError("connect_timeout must be a number of seconds", engine=DISPLAY) from None
    kwargs: dict[str, Any] = {"user": url.user, "tcp_connect_timeout": timeout}
    dsn = None
    if url.host:
        kwargs.update(host=url.host, port=url.port or DEFAULT_PORT)
        sid = url.param("sid")
        if sid:
            kwargs["sid"] = sid
        elif url.database:
            kwargs["service_name"] = url.database
        else:
            raise ConnectError("an Oracle URL needs a service name: oracle://user@host:1521/SERVICE", engine=DISPLAY)
        protocol = url.param("protocol")
        if protocol:
            kwargs["protocol"] = protocol
    elif url.database:
        dsn = url.database  # a net service name resolved through tnsnames.ora
    else:
        raise ConnectError("an Oracle URL needs a host: oracle://user@host:1521/SERVICE", engine=DISPLAY)
    return oracledb.ConnectParams(**kwargs), password, dsn


def error_code(exc: BaseException) -> str:
    """The ``ORA-nnnnn`` / ``DPY-nnnn`` code of an oracledb exception ('' if none)."""
    err = exc.args[0] if exc.args else None
    code = getattr(err, "full_code", "") or ""
    if not code:
        m = re.match(r"([A-Z]{3}-\d{4,5})", str(exc))
        code = m.group(1) if m else ""
    return str(code)


def error_message(exc: BaseException) -> str:
    """The driver's message without the documentation link it appends."""
    err = exc.args[0] if exc.args else None
    text = str(getattr(err, "message", None) or exc)
    return _HELP_LINE.sub("", text).strip()


def char_position(sql: str, byte_offset: int) -> int:
    """Oracle reports a 0-based *byte* offset into the UTF-8 statement: return a 1-based char offset."""
    return len(sql.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore")) + 1


# --------------------------------------------------------------------------- fetching
def _decimal_or_int(value: decimal.Decimal) -> int | decimal.Decimal:
    exponent = value.as_tuple().exponent
    return int(value) if isinstance(exponent, int) and exponent >= 0 else value


def output_type_handler(cursor: Any, metadata: Any) -> Any:
    """Fetch non-integer NUMBERs exactly and LOBs as values, not locators."""
    code = metadata.type_code
    if code is oracledb.DB_TYPE_NUMBER and not (metadata.scale == 0 and metadata.precision):
        return cursor.var(decimal.Decimal, arraysize=cursor.arraysize, outconverter=_decimal_or_int)
    if code is oracledb.DB_TYPE_CLOB:
        return cursor.var(oracledb.DB_TYPE_LONG, arraysize=cursor.arraysize)
    if code is oracledb.DB_TYPE_NCLOB:
        return cursor.var(oracledb.DB_TYPE_LONG_NVARCHAR, arraysize=cursor.arraysize)
    if code is oracledb.DB_TYPE_BLOB:
        return cursor.var(oracledb.DB_TYPE_LONG_RAW, arraysize=cursor.arraysize)
    return None


def result_column(desc: Sequence[Any]) -> ResultColumn:
    name, type_code = desc[0], desc[1]
    precision = desc[4] if len(desc) > 4 else None
    scale = desc[5] if len(desc) > 5 else None
    type_name = str(getattr(type_code, "name", type_code) or "").removeprefix("DB_TYPE_")
    if type_name == "NUMBER" and precision:
        type_name = f"NUMBER({precision},{scale})" if scale else f"NUMBER({precision})"
    base = type_name.split("(")[0]
    return ResultColumn(str(name), type_name, base in _NUMERIC_TYPES)


def column_type(data_type: str, length: Any, precision: Any, scale: Any, char_length: Any, char_used: Any) -> str:
    """A readable column type from ``ALL_TAB_COLUMNS``."""
    if data_type == "NUMBER":
        if precision is None:
            return "NUMBER" if scale is None else "INTEGER" if scale == 0 else "NUMBER"
        return f"NUMBER({precision},{scale})" if scale else f"NUMBER({precision})"
    if data_type == "FLOAT" and precision:
        return f"FLOAT({precision})"
    if data_type in {"VARCHAR2", "CHAR"}:
        unit = " CHAR" if char_used == "C" else " BYTE" if char_used == "B" else ""
        return f"{data_type}({char_length or length}{unit})"
    if data_type in {"NVARCHAR2", "NCHAR"}:
        return f"{data_type}({char_length or length})"
    if data_type == "RAW":
        return f"RAW({length})"
    return data_type


# --------------------------------------------------------------------------- catalog SQL
SQL_CURRENT_SCHEMA = "SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA'), SYS_CONTEXT('USERENV', 'SESSION_USER') FROM dual"

SQL_TABLES = """
SELECT t.table_name, t.num_rows, t.temporary
FROM all_tables t
WHERE t.owner = :owner
  AND t.dropped = 'NO'
  AND t.nested = 'NO'
  AND t.secondary = 'N'
  AND (t.iot_type IS NULL OR t.iot_type = 'IOT')
  AND NOT EXISTS (SELECT 1 FROM all_mviews m WHERE m.owner = t.owner AND m.mview_name = t.table_name)
ORDER BY t.table_name
""".strip()

SQL_VIEWS = "SELECT v.view_name FROM all_views v WHERE v.owner = :owner ORDER BY v.view_name"

SQL_MVIEWS = "SELECT m.mview_name FROM all_mviews m WHERE m.owner = :owner ORDER BY m.mview_name"

SQL_COLUMNS = """
SELECT c.table_name, c.column_name, c.data_type, c.data_length, c.data_precision, c.data_scale,
       c.char_length, c.char_used, c.nullable, c.data_default
FROM all_tab_columns c
WHERE c.owner = :owner
ORDER BY c.table_name, c.column_id
""".strip()

SQL_TABLE_COMMENTS = """
SELECT tc.table_name, tc.comments
FROM all_tab_comments tc
WHERE tc.owner = :owner AND tc.comments IS NOT NULL
""".strip()

SQL_COLUMN_COMMENTS = """
SELECT cc.table_name, cc.column_name, cc.comments
FROM all_col_comments cc
WHERE cc.owner = :owner AND cc.comments IS NOT NULL
""".strip()

SQL_KEYS = """
SELECT c.table_name, c.constraint_name, c.constraint_type, c.index_name, cc.column_name
FROM all_constraints c
JOIN all_cons_columns cc
  ON cc.owner = c.owner AND cc.constraint_name = c.constraint_name AND cc.table_name = c.table_name
WHERE c.owner = :owner AND c.constraint_type IN ('P', 'U')
ORDER BY c.table_name, c.constraint_name, cc.position
""".strip()

SQL_FOREIGN_KEYS = """
SELECT c.table_name, c.constraint_name, cc.column_name, r.owner, r.table_name, rc.column_name
FROM all_constraints c
JOIN all_cons_columns cc
  ON cc.owner = c.owner AND cc.constraint_name = c.constraint_name AND cc.table_name = c.table_name
JOIN all_constraints r
  ON r.owner = c.r_owner AND r.constraint_name = c.r_constraint_name
JOIN all_cons_columns rc
  ON rc.owner = r.owner AND rc.constraint_name = r.constraint_name AND rc.position = cc.position
WHERE c.owner = :owner AND c.constraint_type = 'R'
ORDER BY c.table_name, c.constraint_name, cc.position
""".strip()

SQL_INDEXES = """
SELECT i.table_name, i.index_name, i.uniqueness, i.index_type, ic.column_name
FROM all_indexes i
JOIN all_ind_columns ic
  ON ic.index_owner = i.owner AND ic.index_name = i.index_name
WHERE i.table_owner = :owner
ORDER BY i.table_name, i.index_name, ic.column_position
""".strip()

SQL_SEGMENT_SIZES = """
SELECT s.segment_name, SUM(s.bytes)
FROM user_segments s
WHERE s.segment_type LIKE 'TABLE%'
GROUP BY s.segment_name
""".strip()

SQL_PROCEDURES = """
SELECT p.object_name, p.procedure_name, p.object_type
FROM all_procedures p
WHERE p.owner = :owner AND p.object_type IN ('FUNCTION', 'PROCEDURE', 'PACKAGE')
ORDER BY p.object_name, p.procedure_name
""".strip()

SQL_ARGUMENTS = """
SELECT a.package_name, a.object_name, a.overload, a.argument_name, a.position, a.data_type, a.in_out
FROM all_arguments a
WHERE a.owner = :owner AND a.data_level = 0
ORDER BY a.package_name, a.object_name, a.overload, a.sequence
""".strip()

SQL_PLAN_TEXT = "SELECT plan_table_output FROM TABLE(DBMS_XPLAN.DISPLAY('PLAN_TABLE', :statement_id, 'TYPICAL'))"

SQL_PLAN_ROWS = """
SELECT p.id, p.parent_id, p.depth, p.operation, p.options, p.object_owner, p.object_name,
       p.cost, p.cardinality, p.bytes, p.access_predicates, p.filter_predicates
FROM plan_table p
WHERE p.statement_id = :statement_id
ORDER BY p.id
""".strip()

SQL_PLAN_DELETE = "DELETE FROM plan_table WHERE statement_id = :statement_id"

#: every dictionary statement above, for the tests that parse them
CATALOG_SQL = (
    SQL_CURRENT_SCHEMA,
    SQL_TABLES,
    SQL_VIEWS,
    SQL_MVIEWS,
    SQL_COLUMNS,
    SQL_TABLE_COMMENTS,
    SQL_COLUMN_COMMENTS,
    SQL_KEYS,
    SQL_FOREIGN_KEYS,
    SQL_INDEXES,
    SQL_SEGMENT_SIZES,
    SQL_PROCEDURES,
    SQL_ARGUMENTS,
)
EXPLAIN_SQL = (SQL_PLAN_TEXT, SQL_PLAN_ROWS, SQL_PLAN_DELETE)


def explain_statement(statement_id: str, sql: str) -> str:
    return f"EXPLAIN PLAN SET STATEMENT_ID = '{statement_id}' FOR {strip_terminator(sql)}"


# --------------------------------------------------------------------------- cursor
class OracleCursor(Cursor):
    """A streaming result: each :meth:`fetchmany` is one fetch round trip of ``arraysize`` rows."""

    def __init__(self, cur: Any, conn: OracleConnection, sql: str) -> None:
        self._cur = cur
        self._conn = conn
        self._sql = sql
        self._done = False
        self.columns = [result_column(d) for d in cur.description]
        self.rowcount = -1
        self.status = ""

    def fetchmany(self, size: int) -> list[Row]:
        if self._done:
            return []
        try:
            rows = [tuple(r) for r in self._cur.fetchmany(size)]
        except oracledb.Error as exc:
            self._finish()
            raise self._conn.translate(exc, self._sql) from None
        if not rows:
            self._finish()
        return rows

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            self._cur.close()
        except oracledb.Error:
            pass
        self._conn._statement_finished()

    def close(self) -> None:
        self._finish()


# --------------------------------------------------------------------------- connection
class OracleConnection(Connection):
    engine = "oracle"
    dialect = "oracle"
    display_name = DISPLAY
    has_schemas = True
    supports_cancel = True
    extra = "oracle"
    paramstyle = "numeric"
    #: no bulk path of its own: data moves with ``executemany`` (array DML, ``:1`` binds)
    bulk = frozenset()
    #: Oracle's read-only transaction reads every table as of its start (statement-level
    #: consistency across the whole transaction)
    snapshot_statement = "SET TRANSACTION READ ONLY"

    def release_savepoint(self, name: str) -> None:
        """Oracle has no ``RELEASE SAVEPOINT``: a savepoint lasts until the transaction ends."""

    def __init__(self, raw: Any, url: DatabaseURL, read_only: bool, timeout: float | None) -> None:
        self.raw = raw
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self._explicit = False  # the user opened a transaction
        self._ro_txn_open = False  # a per-statement read-only transaction is open
        raw.autocommit = not read_only
        raw.call_timeout = int(timeout * 1000) if timeout else 0
        try:
            raw.outputtypehandler = output_type_handler
        except AttributeError:  # pragma: no cover - every oracledb connection has it
            pass

    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        params, password, dsn = connect_params(url)
        if not oracledb.is_thin_mode():  # pragma: no cover - aishell never loads Oracle Client libraries
            raise ConnectError("python-oracledb is in Thick mode; aishell uses Thin mode", engine=DISPLAY)
        try:
            raw = oracledb.connect(dsn=dsn, params=params, password=password)
        except oracledb.Error as exc:
            raise connect_error(exc, url) from None
        return cls(raw, url, read_only, timeout)

    # ------------------------------------------------------------------ statements
    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        kind = statement_kind(sql)
        text = strip_terminator(sql)
        if not text:
            return ListCursor([], [], status="")
        if self.read_only:
            self._guard_read_only(kind, text, sql)
        if kind == BEGIN:
            return self._begin()
        if kind in {COMMIT, ROLLBACK}:
            return self._end(kind, text, sql)
        if kind == SET_TRANSACTION:
            # Oracle's own way to start a transaction: manual commit until COMMIT/ROLLBACK
            self._close_auto_transaction()
            self.raw.autocommit = False
            try:
                cursor = self._run(text, params, sql, kind)
            except BaseException:
                if not self._explicit:
                    self.raw.autocommit = not self.read_only
                raise
            self._explicit = True
            return cursor
        if self.read_only and not self._explicit and kind != SESSION:
            self._close_auto_transaction()
            self._run_internal("SET TRANSACTION READ ONLY", sql)
            self._ro_txn_open = True
        return self._run(text, params, sql, kind)

    def _run(self, text: str, params: Params, sql: str, kind: str) -> Cursor:
        cur = self.raw.cursor()
        cur.arraysize = DEFAULT_BATCH_SIZE
        cur.prefetchrows = DEFAULT_BATCH_SIZE
        try:
            if params is None:
                cur.execute(text)
            else:
                cur.execute(text, params)
        except oracledb.Error as exc:
            cur.close()
            self._statement_finished()
            raise self.translate(exc, sql) from None
        if cur.description:
            return OracleCursor(cur, self, sql)
        rowcount = cur.rowcount
        cur.close()
        self._statement_finished()
        if kind == DML:
            done = ListCursor([], [], status=f"{max(rowcount, 0)} row(s) affected")
            done.rowcount = max(rowcount, 0)
            return done
        if kind == PLSQL:
            status = "PL/SQL block executed"
        elif kind == SET_TRANSACTION:
            status = "SET TRANSACTION"
        else:
            status = (_words(text, 1) or ["OK"])[0]
        return ListCursor([], [], status=status)

    def _run_internal(self, text: str, sql: str) -> None:
        cur = self.raw.cursor()
        try:
            cur.execute(text)
        except oracledb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            cur.close()

    def _begin(self) -> Cursor:
        if self._explicit:
            raise QueryError("a transaction is already open (COMMIT or ROLLBACK first)", engine=DISPLAY)
        self._close_auto_transaction()
        self.raw.autocommit = False
        if self.read_only:
            self._run_internal("SET TRANSACTION READ ONLY", "BEGIN")
        self._explicit = True
        return ListCursor([], [], status="BEGIN")

    def _end(self, kind: str, text: str, sql: str) -> Cursor:
        try:
            if kind == COMMIT:
                self.raw.commit()
            else:
                self.raw.rollback()
        except oracledb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            self._explicit = False
            self._ro_txn_open = False
            self.raw.autocommit = not self.read_only
        return ListCursor([], [], status="COMMIT" if kind == COMMIT else "ROLLBACK")

    def _statement_finished(self) -> None:
        """End the per-statement read-only transaction once a statement is done."""
        if self._ro_txn_open and not self._explicit:
            self._close_auto_transaction()

    def _close_auto_transaction(self) -> None:
        if self._ro_txn_open and not self._explicit:
            self._ro_txn_open = False
            try:
                self.raw.rollback()
            except oracledb.Error:
                pass

    def _guard_read_only(self, kind: str, text: str, sql: str) -> None:
        if kind in {QUERY, SESSION, BEGIN, COMMIT, ROLLBACK, SAVEPOINT}:
            return
        if kind == SET_TRANSACTION and _READ_ONLY_TXN.match(text):
            return
        what = {
            DML: "it changes data",
            DDL: "Oracle commits DDL implicitly, outside any read-only transaction",
            PLSQL: "PL/SQL can change data and commit",
            LOCKING_QUERY: "SELECT ... FOR UPDATE locks rows",
            SET_TRANSACTION: "only SET TRANSACTION READ ONLY is allowed",
        }.get(kind, "it is not a query")
        raise QueryError(f"read-only connection: statement refused ({what})", engine=DISPLAY, sql=sql)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        self.check_statement(sql)
        kind = statement_kind(sql)
        text = strip_terminator(sql)
        if self.read_only:
            self._guard_read_only(kind, text, sql)
        if not rows:
            return 0
        cur = self.raw.cursor()
        try:
            cur.executemany(text, list(rows))
            count = cur.rowcount
        except oracledb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            cur.close()
        return max(int(count), 0)

    def translate(self, exc: oracledb.Error, sql: str | None) -> QueryError | ConnectionLostError:
        code = error_code(exc)
        message = error_message(exc)
        err = exc.args[0] if exc.args else None
        if code == "DPY-4024":
            return QueryTimeoutError(
                f"statement timed out after {self.timeout or 0:g}s ({code})", engine=DISPLAY, sql=sql
            )
        if code == "ORA-01013":
            return QueryCancelledError(f"statement cancelled ({code})", engine=DISPLAY, sql=sql)
        if getattr(err, "is_session_dead", False) or code == "DPY-4011":
            self._explicit = False
            self._ro_txn_open = False
            return ConnectionLostError(f"connection lost: {message}", engine=DISPLAY)
        if code == "ORA-01456":
            message += " (read-only connection)"
        offset = getattr(err, "offset", 0) or 0
        position = char_position(sql, int(offset)) if sql and offset > 0 else None
        return QueryError(message, engine=DISPLAY, sql=sql, position=position)

    def cancel(self) -> None:
        try:
            self.raw.cancel()
        except oracledb.Error:
            pass

    def close(self) -> None:
        try:
            self.raw.close()
        except oracledb.Error:
            pass

    @property
    def in_transaction(self) -> bool:
        return self._explicit

    # ------------------------------------------------------------------ explain
    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        statement_id = f"aishell_{uuid.uuid4().hex[:16]}"
        binds = {"statement_id": statement_id}
        self._close_auto_transaction()
        own_transaction = not self._explicit
        if own_transaction:
            self.raw.autocommit = False  # so that the PLAN_TABLE rows can be rolled back
        try:
            self._run_internal(explain_statement(statement_id, sql), sql)
            lines = [str(r[0]) for r in self._fetch_all(SQL_PLAN_TEXT, binds, sql)]
            rows = self._fetch_all(SQL_PLAN_ROWS, binds, sql)
        finally:
            self._clear_plan(statement_id, own_transaction)
        text = "\n".join(lines)
        if analyze:
            text += "\n(Oracle has no EXPLAIN ANALYZE: this is the estimated plan)"
        return Plan(text, plan_tree(rows))

    def _fetch_all(self, text: str, binds: dict[str, Any], sql: str) -> list[Row]:
        cur = self.raw.cursor()
        try:
            cur.execute(text, binds)
            return [tuple(r) for r in cur.fetchall()]
        except oracledb.Error as exc:
            raise self.translate(exc, sql) from None
        finally:
            cur.close()

    def _clear_plan(self, statement_id: str, own_transaction: bool) -> None:
        """Remove this plan's PLAN_TABLE rows: roll back, or delete them inside the user's transaction."""
        try:
            if own_transaction:
                self.raw.rollback()
            else:
                cur = self.raw.cursor()
                try:
                    cur.execute(SQL_PLAN_DELETE, {"statement_id": statement_id})
                finally:
                    cur.close()
        except oracledb.Error:
            pass
        finally:
            if own_transaction:
                self.raw.autocommit = not self.read_only

    # ------------------------------------------------------------------ catalog
    def current_database(self) -> str | None:
        return self.url.database or getattr(self.raw, "service_name", None)

    def server_version(self) -> str:
        return f"Oracle {getattr(self.raw, 'version', '')}".strip()

    def catalog(self) -> Catalog:
        schema, session_user = self.query_all(SQL_CURRENT_SCHEMA)[0]
        owner = {"owner": schema}
        tables: dict[str, TableInfo] = {}
        for name, num_rows, _temporary in self.query_all(SQL_TABLES, owner):
            tables[name] = TableInfo(name, schema, "table", row_estimate=_int_or_none(num_rows))
        for (name,) in self.query_all(SQL_VIEWS, owner):
            tables[name] = TableInfo(name, schema, "view")
        for (name,) in self.query_all(SQL_MVIEWS, owner):
            tables[name] = TableInfo(name, schema, "materialized view")
        column_comments = {(t, c): text for t, c, text in self.query_all(SQL_COLUMN_COMMENTS, owner)}
        for table, col, dtype, length, precision, scale, char_len, char_used, nullable, default in self.query_all(
            SQL_COLUMNS, owner
        ):
            info = tables.get(table)
            if info is None:
                continue
            info.columns.append(
                ColumnInfo(
                    col,
                    column_type(dtype, length, precision, scale, char_len, char_used),
                    nullable == "Y",
                    str(default).strip() if default is not None else None,
                    column_comments.get((table, col)),
                )
            )
        for table, text in self.query_all(SQL_TABLE_COMMENTS, owner):
            if table in tables:
                tables[table].comment = text
        key_indexes = self._keys(tables, owner)
        self._foreign_keys(tables, owner)
        self._indexes(tables, owner, key_indexes)
        if schema == session_user:
            for segment, size in self._optional(SQL_SEGMENT_SIZES, None):
                if segment in tables:
                    tables[segment].size_bytes = _int_or_none(size)
        return Catalog(
            default_schema=schema,
            schemas=[schema],
            tables=sorted(tables.values(), key=lambda t: t.name),
            functions=self._functions(schema),
        )

    def _keys(self, tables: dict[str, TableInfo], owner: dict[str, Any]) -> dict[str, tuple[str, bool]]:
        """Primary and unique keys; returns index name -> (constraint, is_primary)."""
        keys: dict[tuple[str, str], dict[str, Any]] = {}
        for table, cname, ctype, index_name, column in self.query_all(SQL_KEYS, owner):
            entry = keys.setdefault((table, cname), {"type": ctype, "index": index_name, "columns": []})
            entry["columns"].append(column)
        by_index: dict[str, tuple[str, bool]] = {}
        for (table, cname), entry in keys.items():
            info = tables.get(table)
            if info is None:
                continue
            primary = entry["type"] == "P"
            if primary:
                info.primary_key = tuple(entry["columns"])
            if entry["index"]:
                by_index[entry["index"]] = (cname, primary)
        return by_index

    def _foreign_keys(self, tables: dict[str, TableInfo], owner: dict[str, Any]) -> None:
        fks: dict[tuple[str, str], dict[str, Any]] = {}
        for table, cname, column, ref_owner, ref_table, ref_column in self.query_all(SQL_FOREIGN_KEYS, owner):
            entry = fks.setdefault((table, cname), {"cols": [], "ref_cols": [], "ref": (ref_owner, ref_table)})
            entry["cols"].append(column)
            entry["ref_cols"].append(ref_column)
        for (table, cname), entry in fks.items():
            info = tables.get(table)
            if info is None:
                continue
            ref_owner, ref_table = entry["ref"]
            info.foreign_keys.append(
                ForeignKey(tuple(entry["cols"]), ref_table, tuple(entry["ref_cols"]), ref_owner, cname)
            )

    def _indexes(
        self, tables: dict[str, TableInfo], owner: dict[str, Any], key_indexes: dict[str, tuple[str, bool]]
    ) -> None:
        indexes: dict[tuple[str, str], dict[str, Any]] = {}
        for table, iname, uniqueness, itype, column in self.query_all(SQL_INDEXES, owner):
            entry = indexes.setdefault((table, iname), {"unique": uniqueness == "UNIQUE", "type": itype, "cols": []})
            entry["cols"].append(column)
        for (table, iname), entry in indexes.items():
            info = tables.get(table)
            if info is None:
                continue
            primary = key_indexes.get(iname, ("", False))[1]
            definition = None if entry["type"] == "NORMAL" else str(entry["type"])
            info.indexes.append(IndexInfo(iname, tuple(entry["cols"]), entry["unique"], primary, definition))

    def _functions(self, schema: str) -> list[FunctionInfo]:
        owner = {"owner": schema}
        args: dict[tuple[str | None, str], dict[str, Any]] = {}
        for package, name, overload, arg, position, dtype, in_out in self._optional(SQL_ARGUMENTS, owner):
            entry = args.setdefault((package, name), {"args": [], "returns": "", "overload": overload})
            if entry["overload"] != overload:
                continue  # show the first overload only
            if position == 0 and arg is None:
                entry["returns"] = dtype or ""
            elif arg is not None:
                mode = "" if in_out == "IN" else f" {in_out}"
                entry["args"].append(f"{arg}{mode} {dtype or ''}".strip())
        out: list[FunctionInfo] = []
        for obj, member, otype in self._optional(SQL_PROCEDURES, owner):
            if otype == "PACKAGE":
                if member is None:
                    continue
                key: tuple[str | None, str] = (obj, member)
                name = f"{obj}.{member}"
            else:
                key, name = (None, obj), obj
            details = args.get(key, {"args": [], "returns": ""})
            kind = "function" if details["returns"] or otype == "FUNCTION" else "procedure"
            out.append(FunctionInfo(name, schema, kind, ", ".join(details["args"]), details["returns"]))
        return out

    def _optional(self, sql: str, binds: dict[str, Any] | None) -> list[Row]:
        """A dictionary query the user may lack privileges for: no rows rather than an error."""
        try:
            return self.query_all(sql, binds)
        except QueryError:
            return []


def plan_tree(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """PLAN_TABLE rows (see :data:`SQL_PLAN_ROWS`) as a tree of dicts."""
    nodes: dict[Any, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for row in rows:
        node_id, parent, depth, operation, options, owner, name, cost, card, size, access, filt = row
        node: dict[str, Any] = {
            "id": node_id,
            "operation": " ".join(p for p in (operation, options) if p),
            "object": ".".join(p for p in (owner, name) if p) or None,
            "depth": depth,
            "cost": cost,
            "rows": card,
            "bytes": size,
            "access_predicates": access,
            "filter_predicates": filt,
            "children": [],
        }
        nodes[node_id] = node
        (nodes[parent]["children"] if parent in nodes else roots).append(node)
    return roots


def connect_error(exc: oracledb.Error, url: DatabaseURL) -> ConnectError:
    code = error_code(exc)
    message = " ".join(error_message(exc).split())
    where = url.display()
    if code in {"ORA-01017", "DPY-4001"}:
        return AuthenticationError(f"cannot log in to {where}: {message}", engine=DISPLAY)
    return ConnectError(f"cannot connect to {where}: {message}", engine=DISPLAY)


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
