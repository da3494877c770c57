"""Oracle's part of the engine contract, as far as python-oracledb's Thin driver allows without a
server: the adapter's declared capabilities, its dialect (quoting, upper-case folding, PL/SQL
splitting), the SQL and the connect parameters it would send, a clear ConnectError when nothing
answers, what its own column types become in other engines, and the DDL a copy or restore into
Oracle would run for a table read from each live engine (checked against Oracle's documented
rules: its types, DEFAULT before constraints, no index on a LOB, names resolved as Oracle folds
them)."""

from __future__ import annotations

import re
import socket
import time

import engine_contract as ec
import pytest
import sqlglot
from engine_contract import contract, engine_sql, fresh, oracle_dictionary
from sqlglot import exp

from aishell.engines import connect, dialect_of, engine_class
from aishell.engines.base import Connection
from aishell.errors import AuthenticationError, ConnectError
from aishell.sql.split import split_statements
from aishell.urls import DatabaseURL

oracle_connection = pytest.importorskip("aishell.engines.oracle.connection")
engine, scratch_url, conn = ec.engine, ec.scratch_url, ec.conn  # the shared fixtures


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_declared_capabilities() -> None:
    cls = engine_class("oracle")
    assert cls is oracle_connection.OracleConnection
    assert cls.engine == "oracle" and cls.dialect == "oracle" and cls.display_name == "Oracle"
    assert cls.supports_cancel is True and cls.has_schemas is True
    assert cls.paramstyle == "numeric"
    assert oracle_connection.statement_kind(cls.snapshot_statement or "") == oracle_connection.SET_TRANSACTION
    assert cls.bulk == frozenset()  # rows move with executemany (array binds)
    bare = cls.__new__(cls)  # class-level facts only: no connection is opened
    assert bare.transactional_ddl is False  # Oracle commits DDL implicitly
    assert [bare.placeholder(i) for i in range(3)] == [":1", ":2", ":3"]


def test_dialect_quotes_and_folds_to_upper_case() -> None:
    d = dialect_of("oracle")
    assert d.name == "oracle" and d.sqlglot == "oracle"
    assert d.quote('we"ird') == '"we""ird"'
    assert d.case_folding == "upper", "Oracle stores an unquoted name in upper case"


def test_splitter_keeps_plsql_blocks_whole() -> None:
    text = (
        "CREATE TABLE t (a NUMBER);\n"
        "BEGIN\n  INSERT INTO t VALUES (1);\n  NULL;\nEND;\n/\n"
        "SELECT 'a;b' FROM dual;\n"
        "CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;\n/\n"
    )
    assert [s.sql for s in split_statements(text, dialect_of("oracle").sqlglot)] == [
        "CREATE TABLE t (a NUMBER)",
        "BEGIN\n  INSERT INTO t VALUES (1);\n  NULL;\nEND;",
        "SELECT 'a;b' FROM dual",
        "CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;",
    ]


def test_generated_sql() -> None:
    """The explain statement it would send, the statement kinds read-only mode refuses, and
    catalog queries that Oracle's grammar (as sqlglot knows it) accepts."""
    oc = oracle_connection
    assert oc.explain_statement("aishell_1", "SELECT * FROM t;") == (
        "EXPLAIN PLAN SET STATEMENT_ID = 'aishell_1' FOR SELECT * FROM t"
    )
    assert oc.statement_kind("INSERT INTO t VALUES (1)") == oc.DML
    assert oc.statement_kind("CREATE TABLE u (a NUMBER)") == oc.DDL
    assert oc.statement_kind("SELECT * FROM t FOR UPDATE") == oc.LOCKING_QUERY
    assert oc.statement_kind("SELECT 1 FROM dual") == oc.QUERY
    assert oc.strip_terminator("BEGIN NULL; END;\n/") == "BEGIN NULL; END;"
    for sql in (*oc.CATALOG_SQL, *oc.EXPLAIN_SQL):
        assert sqlglot.parse_one(sql, read="oracle") is not None


def test_connect_parameters_it_would_use() -> None:
    params, password, dsn = oracle_connection.connect_params(
        DatabaseURL.parse("oracle://scott:tiger@db.example:1522/ORCLPDB1?connect_timeout=4")
    )
    assert (params.user, params.host, params.port, params.service_name, password, dsn) == (
        "scott", "db.example", 1522, "ORCLPDB1", "tiger", None
    )  # fmt: skip
    assert "(SERVICE_NAME=ORCLPDB1)" in params.get_connect_string()
    assert "TRANSPORT_CONNECT_TIMEOUT=4" in params.get_connect_string()
    params, _, _ = oracle_connection.connect_params(DatabaseURL.parse("oracle://scott@db.example/X?sid=ORCL"))
    assert (params.port, params.sid, params.service_name) == (1521, "ORCL", None)
    _, _, dsn = oracle_connection.connect_params(DatabaseURL.parse("oracle://scott@/MYALIAS"))
    assert dsn == "MYALIAS"  # a tnsnames.ora alias
    with pytest.raises(ConnectError, match="service name"):
        oracle_connection.connect_params(DatabaseURL.parse("oracle://scott@db.example"))


def test_closed_port_is_a_clear_connect_error() -> None:
    port = closed_port()
    start = time.monotonic()
    with pytest.raises(ConnectError) as err:
        connect(DatabaseURL.parse(f"oracle://scott:pw@127.0.0.1:{port}/FREEPDB1?connect_timeout=3"))
    assert time.monotonic() - start < 10
    assert not isinstance(err.value, AuthenticationError)
    assert f"127.0.0.1:{port}" in err.value.message and err.value.engine == "Oracle"


#: Oracle's own column types, as its catalog spells them, and the kinds that keep their values
ORACLE_NATIVE = {
    "DATE": {"timestamp"},  # an Oracle DATE holds a time of day: as a date, a copy drops it
    "RAW(16)": {"binary"},
    "INTEGER": {"decimal", "bigint"},  # NUMBER(*,0): up to 38 digits, never a 32-bit int
    "NUMBER(19)": {"decimal", "bigint"},
    "NUMBER(14,3)": {"decimal"},
    "BINARY_DOUBLE": {"float"},
    "FLOAT(126)": {"float", "decimal"},
    "VARCHAR2(40 CHAR)": {"text"},
    "CLOB": {"text"},
    "BLOB": {"binary"},
    "TIMESTAMP(6)": {"timestamp"},
    "TIMESTAMP(6) WITH TIME ZONE": {"timestamptz"},
    "INTERVAL DAY(2) TO SECOND(6)": {"interval", "text"},
    "JSON": {"json"},
}


def test_native_types_read_as_kinds_that_keep_their_values() -> None:
    """What export, copy and backup make of an Oracle column: a kind that holds every value."""
    rules = dialect_of("oracle").type_rules
    wrong = {t: rules.read(t).kind for t, kinds in ORACLE_NATIVE.items() if rules.read(t).kind not in kinds}
    assert wrong == {}, f"these Oracle types read as kinds that lose values: {wrong}"


# --------------------------------------------------------------------------- DDL into Oracle
LOBS = {"CLOB", "NCLOB", "BLOB", "JSON", "LONG"}


def oracle_name(ident: exp.Expression) -> str:
    """The name Oracle gives an identifier: as written when quoted, else in upper case."""
    assert isinstance(ident, exp.Identifier)
    return str(ident.this) if ident.quoted else str(ident.this).upper()


def oracle_ddl_problems(statements: list[str]) -> list[str]:
    """What Oracle would refuse in ``statements`` (CREATE TABLE, CREATE INDEX, ALTER TABLE)."""
    problems: list[str] = []
    columns: dict[str, dict[str, str]] = {}  # table -> column -> type, as Oracle names them
    for sql in statements:
        if re.search(r"\bNOT NULL\s+(?:DEFAULT|GENERATED)\b", sql, re.I):
            problems.append(f"DEFAULT or identity after NOT NULL (Oracle wants them first): {sql}")
        tree = sqlglot.parse_one(sql, read="oracle")
        if isinstance(tree, exp.Create) and str(tree.args.get("kind")).upper() == "TABLE":
            table = oracle_name(tree.this.this.this)
            cols = columns.setdefault(table, {})
            for cd in tree.find_all(exp.ColumnDef):
                type_sql = cd.args["kind"].sql("oracle")
                try:
                    oracle_dictionary(type_sql)
                except ValueError as exc:
                    problems.append(f"{table}.{cd.name}: {exc}")
                cols[oracle_name(cd.this)] = type_sql.upper()
        table = next((oracle_name(t.this) for t in tree.find_all(exp.Table)), "")
        known = columns.get(table, {})
        for col in tree.find_all(exp.Column):
            name = oracle_name(col.this)
            if known and name not in known and not isinstance(col.parent, exp.Reference):
                problems.append(f"{sql}: Oracle resolves {col.sql('oracle')} to {name}, not a column of {table}")
        if isinstance(tree, exp.Create) and str(tree.args.get("kind")).upper() == "INDEX":
            for col in tree.find_all(exp.Column):
                if known.get(oracle_name(col.this), "").split("(")[0] in LOBS:
                    problems.append(f"{sql}: Oracle cannot index a LOB column")
    return problems


@contract("schema_copy")
def test_ddl_into_oracle_is_valid_oracle(engine: str, conn: Connection) -> None:
    """The statements a copy or restore into Oracle would run for tables read from ``engine``
    (the typical kinds, a default, a CHECK, a foreign key, an index on a short text column)."""
    from aishell.services.data.schema import create_sql, enrich, order_by_dependencies, post_load_sql, spec_of

    types = engine_sql(engine).types
    label = engine_sql(engine).text_index.format(col="label")
    parent, child = fresh("ct_op"), fresh("ct_oc")
    kinds = ", ".join(f"c_{k} {t}" for k, t in types.items())
    made = [
        f"CREATE TABLE {parent} (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL, {kinds})",
        f"CREATE TABLE {child} (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES {parent} (id), "
        "qty INTEGER DEFAULT 1 NOT NULL CHECK (qty > 0), label VARCHAR(20) DEFAULT 'none')",
        f"CREATE INDEX {fresh('ct_oi')} ON {child} ({label})",
    ]
    for sql in made:
        conn.execute(sql).close()
    try:
        catalog = conn.catalog()
        specs = order_by_dependencies([spec_of(catalog.find_table(n), conn.dialect) for n in (parent, child)])
        enrich(conn, specs)
        statements: list[str] = []
        for spec in specs:
            statements.append(create_sql(spec, "oracle"))
            statements += post_load_sql(spec, "oracle")
        problems = oracle_ddl_problems(statements)
        assert problems == [], "\n".join(["Oracle would refuse:", *problems])
    finally:
        conn.execute(f"DROP TABLE {child}").close()
        conn.execute(f"DROP TABLE {parent}").close()
