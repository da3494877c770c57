"""The Oracle adapter, tested as far as python-oracledb allows without a server.

Real library: URL -> ConnectParams, connect errors (closed loopback port, no
credentials, no tnsnames.ora), translation of real oracledb exception objects,
the dictionary SQL parsed by sqlglot's Oracle dialect.

A small fake of oracledb's *connection object* (``FakeOracleConnection``,
below, clearly labelled) records what the adapter sends, to check the
statement sequences of autocommit, explicit transactions, read-only mode and
EXPLAIN PLAN.  It is no Oracle: it answers whatever rows a test scripts.
"""

from __future__ import annotations

import decimal
import socket
from collections.abc import Callable
from typing import Any

import oracledb
import pytest
import sqlglot
from oracledb import errors as ora_errors
from sqlglot import exp

from aishell.engines import connect, engine_class
from aishell.engines.oracle.connection import (
    BEGIN,
    CATALOG_SQL,
    COMMIT,
    DDL,
    DML,
    EXPLAIN_SQL,
    LOCKING_QUERY,
    OTHER,
    PLSQL,
    QUERY,
    ROLLBACK,
    SAVEPOINT,
    SESSION,
    SET_TRANSACTION,
    SQL_ARGUMENTS,
    SQL_COLUMN_COMMENTS,
    SQL_COLUMNS,
    SQL_CURRENT_SCHEMA,
    SQL_FOREIGN_KEYS,
    SQL_INDEXES,
    SQL_KEYS,
    SQL_MVIEWS,
    SQL_PLAN_ROWS,
    SQL_PLAN_TEXT,
    SQL_PROCEDURES,
    SQL_SEGMENT_SIZES,
    SQL_TABLE_COMMENTS,
    SQL_TABLES,
    SQL_VIEWS,
    OracleConnection,
    char_position,
    column_type,
    connect_error,
    connect_params,
    explain_statement,
    output_type_handler,
    result_column,
    statement_kind,
    strip_terminator,
)
from aishell.errors import (
    AuthenticationError,
    ConnectError,
    ConnectionLostError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    redact,
)
from aishell.urls import DatabaseURL


@pytest.fixture(autouse=True)
def no_oracle_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORACLE_PASSWORD", raising=False)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def db_error(message: str, code: int, offset: int = 0) -> oracledb.Error:
    """A real oracledb exception, built the way the driver builds one from a server error."""
    err = ora_errors._Error(message, code=code, offset=offset)
    exc: oracledb.Error = err.exc_type(err)
    return exc


# =========================================================================== URL mapping
def test_url_maps_to_connect_params() -> None:
    params, password, dsn = connect_params(DatabaseURL.parse("oracle://scott@db.example/ORCLPDB1"))
    assert (params.user, params.host, params.port, params.service_name) == ("scott", "db.example", 1521, "ORCLPDB1")
    assert password is None and dsn is None
    assert params.tcp_connect_timeout == 10.0
    descriptor = params.get_connect_string()
    assert "(HOST=db.example)" in descriptor and "(PORT=1521)" in descriptor
    assert "(SERVICE_NAME=ORCLPDB1)" in descriptor and "(PROTOCOL=tcp)" in descriptor


def test_url_port_password_and_options() -> None:
    url = DatabaseURL.parse("oracle://app:pw%40x@10.0.0.5:1600/FREEPDB1?protocol=tcps&connect_timeout=2.5")
    params, password, _dsn = connect_params(url)
    assert (params.port, password, params.protocol, params.tcp_connect_timeout) == (1600, "pw@x", "tcps", 2.5)
    assert "(PROTOCOL=tcps)" in params.get_connect_string()


def test_url_with_sid() -> None:
    params, _pw, _dsn = connect_params(DatabaseURL.parse("oracle://scott@host/?sid=XE"))
    assert params.sid == "XE" and params.service_name is None
    assert "(SID=XE)" in params.get_connect_string()


def test_password_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORACLE_PASSWORD", "env-secret-77")
    _params, password, _dsn = connect_params(DatabaseURL.parse("oracle://scott@host/SVC"))
    assert password == "env-secret-77"
    assert "env-secret-77" not in redact("error near env-secret-77")  # registered as a secret
    _params, password, _dsn = connect_params(DatabaseURL.parse("oracle://scott:urlpw@host/SVC"))
    assert password == "urlpw"  # the URL wins


def test_url_with_tns_alias_and_bad_urls() -> None:
    params, _pw, dsn = connect_params(DatabaseURL.parse("oracle://scott@/SALES_PROD"))
    assert dsn == "SALES_PROD" and params.user == "scott" and params.host is None
    with pytest.raises(ConnectError, match="needs a service name"):
        connect_params(DatabaseURL.parse("oracle://scott@host"))
    with pytest.raises(ConnectError, match="connect_timeout"):
        connect_params(DatabaseURL.parse("oracle://scott@host/SVC?connect_timeout=soon"))


def test_registry() -> None:
    assert engine_class("oracle") is OracleConnection
    assert OracleConnection.dialect == "oracle" and OracleConnection.paramstyle == "numeric"


# =========================================================================== connecting (real driver)
def test_closed_port_is_connect_error_with_code_and_no_password() -> None:
    port = closed_port()
    url = DatabaseURL.parse(f"oracle://scott:tiger-Secret-9@127.0.0.1:{port}/FREEPDB1?connect_timeout=3")
    with pytest.raises(ConnectError) as info:
        connect(url)
    err = info.value
    assert not isinstance(err, AuthenticationError)
    assert "DPY-6005" in err.message and "refused" in err.message.lower()
    assert "tiger-Secret-9" not in err.message and "tiger-Secret-9" not in err.one_line()
    assert f"127.0.0.1:{port}/FREEPDB1" in err.message
    assert err.exit_code == 3 and err.engine == "Oracle"


def test_missing_password_is_authentication_error() -> None:
    url = DatabaseURL.parse(f"oracle://scott@127.0.0.1:{closed_port()}/FREEPDB1")
    with pytest.raises(AuthenticationError, match="DPY-4001"):
        connect(url)


def test_tns_alias_without_configuration_is_connect_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNS_ADMIN", raising=False)
    monkeypatch.delenv("ORACLE_HOME", raising=False)
    with pytest.raises(ConnectError, match="DPY-4027"):
        connect(DatabaseURL.parse("oracle://scott:pw@/NO_SUCH_ALIAS"))


def test_connect_error_mapping() -> None:
    url = DatabaseURL.parse("oracle://scott:hunter22@db/SVC")
    auth = connect_error(db_error("ORA-01017: invalid credential or not authorized; logon denied", 1017), url)
    assert isinstance(auth, AuthenticationError) and "ORA-01017" in auth.message
    other = connect_error(db_error("ORA-12514: Service SVC is not registered with the listener", 12514), url)
    assert type(other) is ConnectError and "ORA-12514" in other.message
    assert "Help:" not in other.message and "hunter22" not in other.message


# =========================================================================== a labelled fake of oracledb.Connection
class FakeCursor:
    """FAKE: the few oracledb.Cursor members the adapter uses."""

    def __init__(self, conn: FakeOracleConnection) -> None:
        self.conn = conn
        self.arraysize = 100
        self.prefetchrows = 2
        self.description: list[tuple[Any, ...]] | None = None
        self.rowcount = 0
        self._rows: list[tuple[Any, ...]] = []

    def execute(self, sql: str, params: Any = None) -> None:
        self.conn.log.append(sql if params is None else (sql, params))
        failure = self.conn.failures.get(sql)
        if failure is not None:
            raise failure
        answer = self.conn.answer(sql)
        if answer is None:
            self.description, self._rows = None, []
            self.rowcount = self.conn.rowcounts.get(sql.split()[0].upper(), 0)
        else:
            names, self._rows = answer
            self.description = [(n, oracledb.DB_TYPE_VARCHAR, 10, 10, None, None, True) for n in names]
            self.rowcount = 0

    def executemany(self, sql: str, rows: list[Any]) -> None:
        self.conn.log.append(("executemany", sql, len(rows)))
        self.rowcount = len(rows)

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        chunk, self._rows = self._rows[:size], self._rows[size:]
        self.rowcount += len(chunk)
        return chunk

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.fetchmany(len(self._rows))

    def close(self) -> None:
        pass


class FakeOracleConnection:
    """FAKE: records the SQL and the commit/rollback/cancel calls of the adapter; answers scripted rows."""

    version = "23.4.0.24.5"
    service_name = "FREEPDB1"

    def __init__(self, answers: dict[str, tuple[list[str], list[tuple[Any, ...]]]] | None = None) -> None:
        self.log: list[Any] = []
        self.answers = answers or {}
        self.failures: dict[str, Exception] = {}
        self.rowcounts = {"INSERT": 1, "UPDATE": 3, "DELETE": 2}
        self.autocommit = False
        self.call_timeout = 0
        self.outputtypehandler: Callable[..., Any] | None = None

    def answer(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]] | None:
        if sql in self.answers:
            return self.answers[sql]
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            return (["N"], [(1,), (2,), (3,)])
        return None

    def cursor(self) -> FakeCursor:
        return FakeCursor(self)

    def commit(self) -> None:
        self.log.append("<commit>")

    def rollback(self) -> None:
        self.log.append("<rollback>")

    def cancel(self) -> None:
        self.log.append("<cancel>")

    def close(self) -> None:
        self.log.append("<close>")


URL = DatabaseURL.parse("oracle://scott@db.example/FREEPDB1")


def make(read_only: bool = False, timeout: float | None = None) -> tuple[OracleConnection, Any]:
    raw = FakeOracleConnection()
    return OracleConnection(raw, URL, read_only, timeout), raw


def drain(conn: OracleConnection, sql: str) -> list[tuple[Any, ...]]:
    cur = conn.execute(sql)
    return [row for batch in cur.batches(2) for row in batch]


# =========================================================================== autocommit and transactions
def test_session_setup() -> None:
    conn, raw = make(timeout=2.5)
    assert raw.autocommit is True
    assert raw.call_timeout == 2500
    assert raw.outputtypehandler is output_type_handler
    conn, raw = make()
    assert raw.call_timeout == 0


def test_query_streams_in_batches_without_transaction_statements() -> None:
    conn, raw = make()
    cur = conn.execute("SELECT n FROM t;")
    assert [c.name for c in cur.columns] == ["N"]
    assert cur.fetchmany(2) == [(1,), (2,)]
    assert cur.fetchmany(2) == [(3,)]
    assert cur.fetchmany(2) == []
    assert raw.log == ["SELECT n FROM t"]  # the terminator is dropped, nothing else is sent
    assert not conn.in_transaction


def test_dml_reports_rowcount_and_autocommits_through_the_driver() -> None:
    conn, raw = make()
    cur = conn.execute("UPDATE t SET a = 1")
    assert (cur.rowcount, cur.status, cur.returns_rows) == (3, "3 row(s) affected", False)
    assert raw.log == ["UPDATE t SET a = 1"] and raw.autocommit is True
    assert conn.execute("CREATE TABLE x (a NUMBER)").status == "CREATE"


def test_params_are_passed_to_the_driver() -> None:
    conn, raw = make()
    drain(conn, "SELECT * FROM t WHERE a = :1")
    conn.execute("DELETE FROM t WHERE a = :a", {"a": 5})
    assert raw.log[-1] == ("DELETE FROM t WHERE a = :a", {"a": 5})


def test_begin_is_not_sent_and_switches_autocommit_off() -> None:
    conn, raw = make()
    cur = conn.execute("BEGIN")
    assert cur.status == "BEGIN" and conn.in_transaction and raw.autocommit is False
    conn.execute("INSERT INTO t VALUES (1)")
    assert conn.execute("COMMIT").status == "COMMIT"
    assert not conn.in_transaction and raw.autocommit is True
    assert raw.log == ["INSERT INTO t VALUES (1)", "<commit>"]


@pytest.mark.parametrize("opener", ["START TRANSACTION", "BEGIN TRANSACTION;", "begin work"])
def test_other_begin_spellings_and_rollback(opener: str) -> None:
    conn, raw = make()
    conn.execute(opener)
    assert conn.in_transaction
    conn.execute("DELETE FROM t")
    assert conn.execute("rollback").status == "ROLLBACK"
    assert not conn.in_transaction and raw.autocommit is True
    assert raw.log == ["DELETE FROM t", "<rollback>"]


def test_set_transaction_is_sent_and_opens_a_transaction() -> None:
    conn, raw = make()
    conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
    assert conn.in_transaction and raw.autocommit is False
    conn.execute("SAVEPOINT before_delete")
    conn.execute("DELETE FROM t")
    conn.execute("ROLLBACK TO SAVEPOINT before_delete")
    assert conn.in_transaction  # a rollback to a savepoint keeps the transaction
    conn.execute("COMMIT WORK")
    assert not conn.in_transaction
    assert raw.log == [
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "SAVEPOINT before_delete",
        "DELETE FROM t",
        "ROLLBACK TO SAVEPOINT before_delete",
        "<commit>",
    ]


def test_failed_set_transaction_leaves_autocommit_on() -> None:
    conn, raw = make()
    raw.failures["SET TRANSACTION READ WRITE"] = db_error(
        "ORA-01453: SET TRANSACTION must be first statement of transaction", 1453
    )
    with pytest.raises(QueryError, match="ORA-01453"):
        conn.execute("SET TRANSACTION READ WRITE")
    assert not conn.in_transaction and raw.autocommit is True


def test_begin_twice_is_refused() -> None:
    conn, _raw = make()
    conn.execute("BEGIN")
    with pytest.raises(QueryError, match="already open"):
        conn.execute("BEGIN")


def test_plsql_block_keeps_its_terminator() -> None:
    conn, raw = make()
    block = "BEGIN\n  DELETE FROM t;\n  COMMIT;\nEND;\n/"
    assert conn.execute(block).status == "PL/SQL block executed"
    assert raw.log == ["BEGIN\n  DELETE FROM t;\n  COMMIT;\nEND;"]
    assert not conn.in_transaction


def test_executemany_and_cancel() -> None:
    conn, raw = make()
    assert conn.executemany("INSERT INTO t VALUES (:1, :2)", [(1, "a"), (2, "b")]) == 2
    assert conn.executemany("INSERT INTO t VALUES (:1)", []) == 0
    conn.cancel()
    conn.close()
    assert raw.log == [("executemany", "INSERT INTO t VALUES (:1, :2)", 2), "<cancel>", "<close>"]


# =========================================================================== read-only
def test_read_only_wraps_each_statement_in_a_read_only_transaction() -> None:
    conn, raw = make(read_only=True)
    assert raw.autocommit is False
    assert drain(conn, "SELECT n FROM t") == [(1,), (2,), (3,)]
    assert raw.log == ["SET TRANSACTION READ ONLY", "SELECT n FROM t", "<rollback>"]
    drain(conn, "WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x")
    assert raw.log[3:] == [
        "SET TRANSACTION READ ONLY",
        "WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x",
        "<rollback>",
    ]
    assert not conn.in_transaction


def test_read_only_cursor_closed_early_ends_the_transaction() -> None:
    conn, raw = make(read_only=True)
    cur = conn.execute("SELECT n FROM t")
    cur.fetchmany(1)
    assert raw.log == ["SET TRANSACTION READ ONLY", "SELECT n FROM t"]
    cur.close()
    assert raw.log[-1] == "<rollback>"
    cur.close()
    assert raw.log.count("<rollback>") == 1


def test_read_only_abandoned_cursor_is_ended_before_the_next_statement() -> None:
    conn, raw = make(read_only=True)
    conn.execute("SELECT n FROM t").fetchmany(1)
    drain(conn, "SELECT 2 FROM dual")
    assert raw.log == [
        "SET TRANSACTION READ ONLY",
        "SELECT n FROM t",
        "<rollback>",
        "SET TRANSACTION READ ONLY",
        "SELECT 2 FROM dual",
        "<rollback>",
    ]


def test_read_only_failed_query_ends_the_transaction() -> None:
    conn, raw = make(read_only=True)
    raw.failures["SELECT * FROM nosuch"] = db_error("ORA-00942: table or view does not exist", 942, offset=14)
    with pytest.raises(QueryError, match="ORA-00942") as info:
        conn.execute("SELECT * FROM nosuch")
    assert info.value.position == 15
    assert raw.log == ["SET TRANSACTION READ ONLY", "SELECT * FROM nosuch", "<rollback>"]


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("INSERT INTO t VALUES (1)", "changes data"),
        ("MERGE INTO t USING s ON (t.a = s.a) WHEN MATCHED THEN UPDATE SET t.b = s.b", "changes data"),
        ("CREATE TABLE x (a NUMBER)", "DDL"),
        ("DROP TABLE t", "DDL"),
        ("TRUNCATE TABLE t", "DDL"),
        ("BEGIN DELETE FROM t; END;", "PL/SQL"),
        ("DECLARE n NUMBER; BEGIN n := 1; END;", "PL/SQL"),
        ("CALL purge_all()", "PL/SQL"),
        ("SELECT * FROM t FOR UPDATE", "locks rows"),
        ("SET TRANSACTION READ WRITE", "READ ONLY"),
        ("LOCK TABLE t IN EXCLUSIVE MODE", "not a query"),
    ],
)
def test_read_only_refuses_before_sending(sql: str, reason: str) -> None:
    conn, raw = make(read_only=True)
    with pytest.raises(QueryError, match="read-only connection") as info:
        conn.execute(sql)
    assert reason in info.value.message
    assert raw.log == []


def test_read_only_executemany_is_refused() -> None:
    conn, raw = make(read_only=True)
    with pytest.raises(QueryError, match="read-only connection"):
        conn.executemany("INSERT INTO t VALUES (:1)", [(1,)])
    assert raw.log == []


def test_read_only_session_statements_and_explicit_transaction() -> None:
    conn, raw = make(read_only=True)
    conn.execute("ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD'")
    assert raw.log == ["ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD'"]  # no transaction needed
    raw.log.clear()
    conn.execute("BEGIN")
    drain(conn, "SELECT 1 FROM dual")
    drain(conn, "SELECT 2 FROM dual")
    assert conn.in_transaction
    conn.execute("COMMIT")
    drain(conn, "SELECT 3 FROM dual")
    assert raw.log == [
        "SET TRANSACTION READ ONLY",  # one read-only transaction for the whole BEGIN ... COMMIT
        "SELECT 1 FROM dual",
        "SELECT 2 FROM dual",
        "<commit>",
        "SET TRANSACTION READ ONLY",
        "SELECT 3 FROM dual",
        "<rollback>",
    ]
    assert raw.autocommit is False and not conn.in_transaction


def test_read_only_accepts_set_transaction_read_only() -> None:
    conn, raw = make(read_only=True)
    conn.execute("SET TRANSACTION READ ONLY NAME 'report'")
    assert conn.in_transaction
    drain(conn, "SELECT 1 FROM dual")
    conn.execute("ROLLBACK")
    assert raw.log == ["SET TRANSACTION READ ONLY NAME 'report'", "SELECT 1 FROM dual", "<rollback>"]


# =========================================================================== error translation (real exception objects)
def test_query_error_position_and_message() -> None:
    conn, _raw = make()
    sql = "SELECT * FROM nosuch"
    err = conn.translate(db_error("ORA-00942: table or view does not exist", 942, offset=14), sql)
    assert type(err) is QueryError
    assert err.message == "ORA-00942: table or view does not exist"  # the Help: link is dropped
    assert err.position == 15 and sql[err.position - 1 :].startswith("nosuch")
    assert err.one_line() == "Oracle: ORA-00942: table or view does not exist (at line 1, column 15)"


def test_position_counts_characters_not_bytes() -> None:
    sql = "SELECT 'é', x FROM dual"
    byte_offset = len(sql[: sql.index("x FROM")].encode("utf-8"))
    assert char_position(sql, byte_offset) == sql.index("x FROM") + 1
    conn, _raw = make()
    err = conn.translate(db_error('ORA-00904: "X": invalid identifier', 904, offset=byte_offset), sql)
    assert err.position == sql.index("x FROM") + 1


def test_no_offset_no_position() -> None:
    conn, _raw = make()
    err = conn.translate(db_error("ORA-01476: divisor is equal to zero", 1476), "SELECT 1/0 FROM dual")
    assert err.position is None


def test_cancel_timeout_lost_connection_and_read_only_errors() -> None:
    conn, _raw = make(timeout=0.5)
    cancelled = conn.translate(db_error("ORA-01013: user requested cancel of current operation", 1013), "SELECT 1")
    assert isinstance(cancelled, QueryCancelledError) and "ORA-01013" in cancelled.message
    timeout = ora_errors._create_exception(ora_errors.ERR_CALL_TIMEOUT_EXCEEDED, timeout=500)
    timed_out = conn.translate(timeout, "SELECT 1")
    assert isinstance(timed_out, QueryTimeoutError) and "0.5s" in timed_out.message and "DPY-4024" in timed_out.message
    conn.execute("BEGIN")
    lost = conn.translate(db_error("ORA-03113: end-of-file on communication channel", 3113), "SELECT 1")
    assert isinstance(lost, ConnectionLostError) and "DPY-4011" in lost.message
    assert not conn.in_transaction
    ro = conn.translate(
        db_error("ORA-01456: may not perform insert/delete/update operation inside a READ ONLY transaction", 1456),
        "INSERT INTO t VALUES (1)",
    )
    assert ro.message.endswith("(read-only connection)")
    dup = db_error("ORA-00001: unique constraint (SCOTT.PK_T) violated", 1)
    assert isinstance(dup, oracledb.IntegrityError)
    assert "unique constraint" in conn.translate(dup, "INSERT INTO t VALUES (1)").message


def test_driver_errors_while_executing_are_translated() -> None:
    conn, raw = make()
    raw.failures["SELECT 1 FROM dual"] = ora_errors._create_exception(ora_errors.ERR_CALL_TIMEOUT_EXCEEDED, timeout=10)
    with pytest.raises(QueryTimeoutError):
        conn.execute("SELECT 1 FROM dual")


# =========================================================================== statement classification
@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        ("SELECT * FROM t", QUERY),
        ("  -- note\nselect 1 from dual;", QUERY),
        ("WITH x AS (SELECT 1 a FROM dual) SELECT * FROM x", QUERY),
        ("SELECT 1 FROM dual UNION ALL SELECT 2 FROM dual", QUERY),
        ("(SELECT 1 FROM dual)", QUERY),
        ("SELECT * FROM t FOR UPDATE NOWAIT", LOCKING_QUERY),
        ("SELECT * FROM t FETCH FIRST 5 ROWS ONLY", QUERY),
        # sqlglot cannot parse numeric binds (:1): the leading keyword decides
        ("SELECT * FROM t WHERE a = :1", QUERY),
        ("SELECT * FROM t WHERE a = :1 FOR UPDATE", LOCKING_QUERY),
        ("UPDATE t SET a = :1 WHERE b = :2", DML),
        ("INSERT INTO t VALUES (1)", DML),
        ("UPDATE t SET a = 1", DML),
        ("DELETE FROM t", DML),
        ("MERGE INTO t USING s ON (t.a = s.a) WHEN MATCHED THEN UPDATE SET t.b = s.b", DML),
        ("CREATE TABLE t (a NUMBER)", DDL),
        ("CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;", DDL),
        ("DROP TABLE t PURGE", DDL),
        ("ALTER TABLE t ADD (b NUMBER)", DDL),
        ("TRUNCATE TABLE t", DDL),
        ("GRANT SELECT ON t TO u", DDL),
        ("COMMENT ON TABLE t IS 'x'", DDL),
        ("BEGIN", BEGIN),
        ("begin transaction;", BEGIN),
        ("START TRANSACTION", BEGIN),
        ("BEGIN NULL; END;", PLSQL),
        ("DECLARE x NUMBER; BEGIN x := 1; END;", PLSQL),
        ("CALL p(1)", PLSQL),
        ("EXEC p", PLSQL),
        ("SET TRANSACTION READ ONLY", SET_TRANSACTION),
        ("COMMIT", COMMIT),
        ("COMMIT WORK", COMMIT),
        ("ROLLBACK", ROLLBACK),
        ("ROLLBACK TO SAVEPOINT a", SAVEPOINT),
        ("ROLLBACK TO a", SAVEPOINT),
        ("SAVEPOINT a", SAVEPOINT),
        ("ALTER SESSION SET CURRENT_SCHEMA = hr", SESSION),
        ("LOCK TABLE t IN EXCLUSIVE MODE", OTHER),
    ],
)
def test_statement_kind(sql: str, kind: str) -> None:
    assert statement_kind(sql) == kind


def test_strip_terminator() -> None:
    assert strip_terminator("SELECT 1 FROM dual;  ") == "SELECT 1 FROM dual"
    assert strip_terminator("SELECT 1 FROM dual\n/") == "SELECT 1 FROM dual"
    assert strip_terminator("BEGIN NULL; END;\n/\n") == "BEGIN NULL; END;"
    # PL/SQL units keep the semicolon that ends them
    assert strip_terminator("CREATE OR REPLACE FUNCTION f RETURN NUMBER AS BEGIN RETURN 1; END;").endswith("END;")
    assert strip_terminator("create or replace editionable package body p as end p;").endswith("end p;")
    assert strip_terminator("CREATE PACKAGE p AS PROCEDURE x; END p;").endswith("END p;")
    assert strip_terminator("CREATE TABLE t (a NUMBER);") == "CREATE TABLE t (a NUMBER)"


# =========================================================================== result columns and types
def test_result_column_names_and_numeric_flags() -> None:
    total = result_column(("TOTAL", oracledb.DB_TYPE_NUMBER, 12, 22, 10, 2, True))
    assert (total.type_name, total.numeric) == ("NUMBER(10,2)", True)
    count = result_column(("N", oracledb.DB_TYPE_NUMBER, 12, 22, 0, -127, True))
    assert (count.type_name, count.numeric) == ("NUMBER", True)
    name = result_column(("NAME", oracledb.DB_TYPE_VARCHAR, 30, 120, None, None, True))
    assert (name.type_name, name.numeric) == ("VARCHAR", False)
    assert result_column(("D", oracledb.DB_TYPE_BINARY_DOUBLE, 0, 0, None, None, True)).numeric
    assert not result_column(("T", oracledb.DB_TYPE_TIMESTAMP_TZ, 0, 0, None, None, True)).numeric


def test_output_type_handler_choices() -> None:
    class Meta:  # FAKE: the FetchInfo fields the handler reads
        def __init__(self, type_code: Any, precision: int = 0, scale: int = 0) -> None:
            self.type_code, self.precision, self.scale = type_code, precision, scale

    class VarCursor:  # FAKE: records the var() the handler asks for
        arraysize = 50

        def var(self, typ: Any, arraysize: int = 1, outconverter: Any = None) -> tuple[Any, int, Any]:
            return (typ, arraysize, outconverter)

    cur = VarCursor()
    assert output_type_handler(cur, Meta(oracledb.DB_TYPE_NUMBER, 10, 0)) is None  # an integer column: int
    typ, size, convert = output_type_handler(cur, Meta(oracledb.DB_TYPE_NUMBER, 10, 2))
    assert typ is decimal.Decimal and size == 50
    assert convert(decimal.Decimal("2.50")) == decimal.Decimal("2.50")
    assert convert(decimal.Decimal("42")) == 42 and isinstance(convert(decimal.Decimal("42")), int)
    assert output_type_handler(cur, Meta(oracledb.DB_TYPE_NUMBER, 0, -127))[0] is decimal.Decimal
    assert output_type_handler(cur, Meta(oracledb.DB_TYPE_CLOB))[0] is oracledb.DB_TYPE_LONG
    assert output_type_handler(cur, Meta(oracledb.DB_TYPE_BLOB))[0] is oracledb.DB_TYPE_LONG_RAW
    assert output_type_handler(cur, Meta(oracledb.DB_TYPE_VARCHAR)) is None


def test_column_type() -> None:
    assert column_type("NUMBER", 22, 10, 2, 0, None) == "NUMBER(10,2)"
    assert column_type("NUMBER", 22, 9, 0, 0, None) == "NUMBER(9)"
    assert column_type("NUMBER", 22, None, 0, 0, None) == "INTEGER"
    assert column_type("NUMBER", 22, None, None, 0, None) == "NUMBER"
    assert column_type("VARCHAR2", 400, None, None, 100, "C") == "VARCHAR2(100 CHAR)"
    assert column_type("VARCHAR2", 100, None, None, 100, "B") == "VARCHAR2(100 BYTE)"
    assert column_type("NVARCHAR2", 200, None, None, 100, "C") == "NVARCHAR2(100)"
    assert column_type("RAW", 16, None, None, 0, None) == "RAW(16)"
    assert column_type("TIMESTAMP(6)", 11, None, 6, 0, None) == "TIMESTAMP(6)"
    assert column_type("DATE", 7, None, None, 0, None) == "DATE"


# =========================================================================== the dictionary SQL
#: the columns each dictionary view has (Oracle Database Reference), restricted to those used
DICTIONARY_COLUMNS: dict[str, set[str]] = {
    "all_tables": {"owner", "table_name", "num_rows", "temporary", "dropped", "nested", "secondary", "iot_type"},
    "all_views": {"owner", "view_name"},
    "all_mviews": {"owner", "mview_name"},
    "all_tab_columns": {
        "owner", "table_name", "column_name", "data_type", "data_length", "data_precision", "data_scale",
        "char_length", "char_used", "nullable", "data_default", "column_id",
    },
    "all_tab_comments": {"owner", "table_name", "table_type", "comments"},
    "all_col_comments": {"owner", "table_name", "column_name", "comments"},
    "all_constraints": {
        "owner", "constraint_name", "constraint_type", "table_name", "r_owner", "r_constraint_name", "index_name",
    },
    "all_cons_columns": {"owner", "constraint_name", "table_name", "column_name", "position"},
    "all_indexes": {"owner", "index_name", "index_type", "table_owner", "table_name", "uniqueness"},
    "all_ind_columns": {"index_owner", "index_name", "table_owner", "table_name", "column_name", "column_position"},
    "user_segments": {"segment_name", "segment_type", "bytes"},
    "all_procedures": {"owner", "object_name", "procedure_name", "object_type"},
    "all_arguments": {
        "owner", "object_name", "package_name", "overload", "argument_name", "position", "sequence",
        "data_level", "data_type", "in_out",
    },
    "plan_table": {
        "statement_id", "id", "parent_id", "depth", "operation", "options", "object_owner", "object_name",
        "cost", "cardinality", "bytes", "access_predicates", "filter_predicates",
    },
}  # fmt: skip


@pytest.mark.parametrize("sql", CATALOG_SQL + EXPLAIN_SQL)
def test_dictionary_sql_is_valid_oracle(sql: str) -> None:
    tree = sqlglot.parse_one(sql, read="oracle")
    assert isinstance(tree, exp.Select | exp.Delete), type(tree)
    # round trip through sqlglot's Oracle generator and parse again
    assert sqlglot.parse_one(tree.sql(dialect="oracle"), read="oracle") is not None
    aliases: dict[str, str] = {}
    for table in tree.find_all(exp.Table):
        if table.name:
            aliases[(table.alias or table.name).lower()] = table.name.lower()
    for column in tree.find_all(exp.Column):
        qualifier = column.table.lower()
        if not qualifier:
            view_names = [v for v in aliases.values() if v in DICTIONARY_COLUMNS]
            if column.name.lower() in {"plan_table_output"} or not view_names:
                continue
            assert any(column.name.lower() in DICTIONARY_COLUMNS[v] for v in view_names), column.sql()
            continue
        view = aliases[qualifier]
        assert column.name.lower() in DICTIONARY_COLUMNS[view], f"{view}.{column.name}"
    if "all_" in sql:  # the ALL_ views are filtered on the current schema, bound, never spliced
        assert ":owner" in sql


def test_explain_statement_is_valid_oracle() -> None:
    text = explain_statement("aishell_1234", "SELECT * FROM emp WHERE deptno = :deptno;")
    assert text == "EXPLAIN PLAN SET STATEMENT_ID = 'aishell_1234' FOR SELECT * FROM emp WHERE deptno = :deptno"
    # sqlglot keeps EXPLAIN PLAN as a command; the statement after FOR must be valid Oracle
    assert sqlglot.parse_one(text.split(" FOR ", 1)[1], read="oracle") is not None
    assert isinstance(sqlglot.parse_one(text, read="oracle"), exp.Command)


# =========================================================================== explain and catalog over the fake
def test_explain_sequence_and_plan_tree() -> None:
    conn, raw = make()
    plan_rows = [
        (0, None, 0, "SELECT STATEMENT", None, None, None, 3, 14, 532, None, None),
        (1, 0, 1, "TABLE ACCESS", "FULL", "SCOTT", "EMP", 3, 14, 532, None, '"DEPTNO"=10'),
    ]
    raw.answers[SQL_PLAN_TEXT] = (["PLAN_TABLE_OUTPUT"], [("Plan hash value: 1",), ("| 0 | SELECT STATEMENT |",)])
    raw.answers[SQL_PLAN_ROWS] = (["ID"] * 12, plan_rows)
    plan = conn.explain("SELECT * FROM emp WHERE deptno = 10;")
    assert plan.text == "Plan hash value: 1\n| 0 | SELECT STATEMENT |"
    [root] = plan.data
    assert root["operation"] == "SELECT STATEMENT"
    [child] = root["children"]
    assert (child["operation"], child["object"], child["rows"]) == ("TABLE ACCESS FULL", "SCOTT.EMP", 14)
    assert child["filter_predicates"] == '"DEPTNO"=10'
    explain_sql = raw.log[0]
    assert explain_sql.startswith("EXPLAIN PLAN SET STATEMENT_ID = 'aishell_")
    assert explain_sql.endswith("FOR SELECT * FROM emp WHERE deptno = 10")
    statement_id = explain_sql.split("'")[1]
    assert raw.log[1:] == [
        (SQL_PLAN_TEXT, {"statement_id": statement_id}),
        (SQL_PLAN_ROWS, {"statement_id": statement_id}),
        "<rollback>",  # the PLAN_TABLE rows go away with the transaction
    ]
    assert raw.autocommit is True  # restored after the explain
    assert "no EXPLAIN ANALYZE" in conn.explain("SELECT 1 FROM dual", analyze=True).text


def test_explain_inside_a_user_transaction_deletes_its_rows() -> None:
    conn, raw = make()
    conn.execute("BEGIN")
    raw.answers[SQL_PLAN_ROWS] = (["ID"], [])
    conn.explain("SELECT 1 FROM dual")
    assert raw.log[-1][0] == "DELETE FROM plan_table WHERE statement_id = :statement_id"
    assert "<rollback>" not in raw.log and conn.in_transaction


def test_catalog_assembly() -> None:
    conn, raw = make()
    raw.answers.update(
        {
            SQL_CURRENT_SCHEMA: (["S", "U"], [("SCOTT", "SCOTT")]),
            SQL_TABLES: (["T"], [("DEPT", 4, "N"), ("EMP", 14, "N")]),
            SQL_VIEWS: (["V"], [("EMP_V",)]),
            SQL_MVIEWS: (["M"], [("DEPT_MV",)]),
            SQL_COLUMNS: (
                ["C"],
                [
                    ("DEPT", "DEPTNO", "NUMBER", 22, 2, 0, 0, None, "N", None),
                    ("DEPT", "DNAME", "VARCHAR2", 14, None, None, 14, "B", "Y", "'NONE' "),
                    ("EMP", "EMPNO", "NUMBER", 22, 4, 0, 0, None, "N", None),
                    ("EMP", "DEPTNO", "NUMBER", 22, 2, 0, 0, None, "Y", None),
                    ("EMP", "SAL", "NUMBER", 22, 7, 2, 0, None, "Y", None),
                    ("EMP_V", "EMPNO", "NUMBER", 22, 4, 0, 0, None, "N", None),
                ],
            ),
            SQL_COLUMN_COMMENTS: (["C"], [("EMP", "SAL", "monthly salary")]),
            SQL_TABLE_COMMENTS: (["C"], [("EMP", "employees"), ("GONE", "not listed")]),
            SQL_KEYS: (
                ["K"],
                [
                    ("DEPT", "PK_DEPT", "P", "PK_DEPT", "DEPTNO"),
                    ("EMP", "PK_EMP", "P", "PK_EMP", "EMPNO"),
                    ("DEPT", "UQ_DNAME", "U", "UQ_DNAME", "DNAME"),
                ],
            ),
            SQL_FOREIGN_KEYS: (["F"], [("EMP", "FK_DEPTNO", "DEPTNO", "SCOTT", "DEPT", "DEPTNO")]),
            SQL_INDEXES: (
                ["I"],
                [
                    ("DEPT", "PK_DEPT", "UNIQUE", "NORMAL", "DEPTNO"),
                    ("DEPT", "UQ_DNAME", "UNIQUE", "NORMAL", "DNAME"),
                    ("EMP", "PK_EMP", "UNIQUE", "NORMAL", "EMPNO"),
                    ("EMP", "EMP_DEPT_SAL", "NONUNIQUE", "NORMAL", "DEPTNO"),
                    ("EMP", "EMP_DEPT_SAL", "NONUNIQUE", "NORMAL", "SAL"),
                    ("EMP", "EMP_UPPER", "NONUNIQUE", "FUNCTION-BASED NORMAL", "SYS_NC00009$"),
                ],
            ),
            SQL_SEGMENT_SIZES: (["S"], [("EMP", 65536)]),
            SQL_PROCEDURES: (
                ["P"],
                [
                    ("RAISE_SAL", None, "PROCEDURE"),
                    ("TAX", None, "FUNCTION"),
                    ("PAY", None, "PACKAGE"),
                    ("PAY", "RUN", "PACKAGE"),
                ],
            ),
            SQL_ARGUMENTS: (
                ["A"],
                [
                    (None, "RAISE_SAL", None, "P_EMPNO", 1, "NUMBER", "IN"),
                    (None, "RAISE_SAL", None, "P_PCT", 2, "NUMBER", "IN/OUT"),
                    (None, "TAX", None, None, 0, "NUMBER", "OUT"),
                    (None, "TAX", None, "AMOUNT", 1, "NUMBER", "IN"),
                    ("PAY", "RUN", None, "P_MONTH", 1, "DATE", "IN"),
                ],
            ),
        }
    )
    cat = conn.catalog()
    assert (cat.default_schema, cat.schemas) == ("SCOTT", ["SCOTT"])
    assert [(t.name, t.kind) for t in cat.tables] == [
        ("DEPT", "table"),
        ("DEPT_MV", "materialized view"),
        ("EMP", "table"),
        ("EMP_V", "view"),
    ]
    emp = cat.find_table("emp")
    assert emp is not None
    assert (emp.schema, emp.row_estimate, emp.size_bytes, emp.comment) == ("SCOTT", 14, 65536, "employees")
    assert emp.primary_key == ("EMPNO",)
    sal = emp.column("sal")
    assert sal is not None and (sal.data_type, sal.nullable, sal.comment) == ("NUMBER(7,2)", True, "monthly salary")
    [fk] = emp.foreign_keys
    assert (fk.columns, fk.ref_table, fk.ref_columns, fk.ref_schema, fk.name) == (
        ("DEPTNO",),
        "DEPT",
        ("DEPTNO",),
        "SCOTT",
        "FK_DEPTNO",
    )
    idx = {i.name: i for i in emp.indexes}
    assert idx["PK_EMP"].primary and idx["PK_EMP"].unique
    assert idx["EMP_DEPT_SAL"].columns == ("DEPTNO", "SAL") and not idx["EMP_DEPT_SAL"].unique
    assert idx["EMP_UPPER"].definition == "FUNCTION-BASED NORMAL"
    dept = cat.find_table("DEPT")
    assert dept is not None
    dname = dept.column("DNAME")
    assert dname is not None and (dname.data_type, dname.default) == ("VARCHAR2(14 BYTE)", "'NONE'")
    assert {i.name: i.primary for i in dept.indexes} == {"PK_DEPT": True, "UQ_DNAME": False}
    assert [t.name for t, _fk in cat.referencing(dept)] == ["EMP"]
    funcs = {f.name: f for f in cat.functions}
    assert set(funcs) == {"RAISE_SAL", "TAX", "PAY.RUN"}
    assert (funcs["RAISE_SAL"].kind, funcs["RAISE_SAL"].arguments) == (
        "procedure",
        "P_EMPNO NUMBER, P_PCT IN/OUT NUMBER",
    )
    assert (funcs["TAX"].kind, funcs["TAX"].returns, funcs["TAX"].arguments) == ("function", "NUMBER", "AMOUNT NUMBER")
    assert funcs["PAY.RUN"].arguments == "P_MONTH DATE"
    # every catalog statement binds the schema; none is sent with the schema spliced in
    assert all(":owner" in entry[0] for entry in raw.log if isinstance(entry, tuple) and entry[1])


def test_catalog_skips_segment_sizes_for_another_schema() -> None:
    conn, raw = make()
    raw.answers[SQL_CURRENT_SCHEMA] = (["S", "U"], [("HR", "SCOTT")])
    for sql in CATALOG_SQL[1:]:
        raw.answers.setdefault(sql, (["X"], []))
    conn.catalog()
    assert SQL_SEGMENT_SIZES not in [e[0] if isinstance(e, tuple) else e for e in raw.log]


def test_catalog_survives_missing_privileges_on_optional_views() -> None:
    conn, raw = make()
    raw.answers[SQL_CURRENT_SCHEMA] = (["S", "U"], [("SCOTT", "SCOTT")])
    for sql in CATALOG_SQL[1:]:
        raw.answers.setdefault(sql, (["X"], []))
    raw.failures[SQL_SEGMENT_SIZES] = db_error("ORA-00942: table or view does not exist", 942)
    raw.failures[SQL_ARGUMENTS] = db_error("ORA-00942: table or view does not exist", 942)
    cat = conn.catalog()
    assert cat.tables == [] and cat.functions == []


def test_identity_helpers() -> None:
    conn, _raw = make()
    assert conn.current_database() == "FREEPDB1"
    assert conn.server_version() == "Oracle 23.4.0.24.5"
    assert conn.list_databases() == ["FREEPDB1"]
    assert SQL_VIEWS in CATALOG_SQL and SQL_MVIEWS in CATALOG_SQL
