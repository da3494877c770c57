"""The DuckDB adapter against the real duckdb library, on database files in tmp_path."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aishell.engines import connect, engine_class
from aishell.engines.base import Connection
from aishell.engines.duckdb.connection import (
    DuckDBConnection,
    _split_expressions,
    error_position,
    is_numeric_type,
    transaction_action,
)
from aishell.errors import ConnectError, QueryCancelledError, QueryError, QueryTimeoutError
from aishell.urls import DatabaseURL
from conftest import untraced_env

pytestmark = pytest.mark.integration

#: a query that runs for many seconds unless interrupted
LONG_QUERY = "SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b"


def url_for(path: Path | str) -> DatabaseURL:
    return DatabaseURL.parse(f"duckdb:///{path}")


def open_db(path: Path | str, **kw: object) -> Connection:
    return connect(url_for(path), **kw)  # type: ignore[arg-type]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "shop.duckdb"
    raw = duckdb.connect(str(path))
    raw.execute(
        """
        CREATE SCHEMA sales;
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            email VARCHAR UNIQUE NOT NULL,
            name VARCHAR DEFAULT 'anon'
        );
        COMMENT ON TABLE customers IS 'people who buy';
        COMMENT ON COLUMN customers.email IS 'login address';
        CREATE TABLE sales.targets (region VARCHAR PRIMARY KEY, goal INTEGER);
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers (id),
            total DECIMAL(10, 2),
            placed DATE
        );
        CREATE TABLE lines (
            order_id INTEGER,
            line_no INTEGER,
            sku VARCHAR,
            PRIMARY KEY (order_id, line_no)
        );
        CREATE INDEX orders_by_customer ON orders (customer_id, placed);
        CREATE VIEW big_customers AS SELECT * FROM customers WHERE id > 1;
        CREATE MACRO add_tax(x) AS x * 1.2;
        CREATE MACRO first_n(n) AS TABLE SELECT * FROM range(n);
        INSERT INTO customers VALUES (1, 'a@x', 'Ann'), (2, 'b@x', 'Bob'), (3, 'c@x', NULL);
        INSERT INTO orders VALUES (10, 1, 9.99, DATE '2024-01-02'), (11, 2, 20.00, DATE '2024-02-03');
        """
    )
    raw.close()
    return path


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    c = open_db(db_path)
    yield c
    c.close()


def rows_of(c: Connection, sql: str) -> list[tuple[object, ...]]:
    return c.query_all(sql)


# --------------------------------------------------------------------------- opening
def test_registry_opens_duckdb_adapter(conn: Connection) -> None:
    assert engine_class("duckdb") is DuckDBConnection
    assert isinstance(conn, DuckDBConnection)
    assert conn.server_version() == f"DuckDB {duckdb.__version__}"
    assert conn.current_database() == "shop"
    assert conn.list_databases() == [f"shop ({conn.url.database})"]


def test_memory_database(tmp_path: Path) -> None:
    with connect(DatabaseURL.parse("duckdb:///:memory:")) as c:
        c.execute("CREATE TABLE t (a INTEGER)").close()
        assert c.execute("INSERT INTO t VALUES (1), (2)").rowcount == 2
        assert rows_of(c, "SELECT count(*) FROM t") == [(2,)]
        assert c.current_database() == "memory"


def test_new_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with pytest.raises(ConnectError, match="no such database file: .* \\(pass --create to make one\\)"):
        open_db(path)  # a typo must not make an empty database
    assert not path.exists()
    with connect(DatabaseURL.parse(f"duckdb:///{path}?create=1")) as c:
        c.execute("CREATE TABLE t (a INTEGER)").close()
    assert path.exists()


def test_missing_file_read_only_is_connect_error(tmp_path: Path) -> None:
    with pytest.raises(ConnectError, match="no such database file"):
        open_db(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()


def test_missing_directory_is_connect_error(tmp_path: Path) -> None:
    with pytest.raises(ConnectError, match="directory does not exist"):
        open_db(tmp_path / "nope" / "x.duckdb")


def test_not_a_database_is_connect_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_text("this is not a duckdb file, just some text that is long enough" * 100)
    with pytest.raises(ConnectError) as info:
        open_db(bogus)
    assert info.value.exit_code == 3


# --------------------------------------------------------------------------- read-only
def test_read_only_file_refuses_writes_in_duckdb(db_path: Path) -> None:
    with open_db(db_path, read_only=True) as c:
        assert rows_of(c, "SELECT count(*) FROM customers") == [(3,)]
        for sql in (
            "INSERT INTO customers VALUES (9, 'z@x', 'Zed')",
            "CREATE TABLE t (a INTEGER)",
            "DROP TABLE lines",
            "CREATE MACRO m(x) AS x",
        ):
            with pytest.raises(QueryError, match="read-only"):
                c.execute(sql)
        # temporary objects are allowed by DuckDB: they vanish with the session
        c.execute("CREATE TEMP TABLE scratch AS SELECT 1 AS a").close()
        assert rows_of(c, "SELECT a FROM scratch") == [(1,)]
    with open_db(db_path) as c:
        assert rows_of(c, "SELECT count(*) FROM customers") == [(3,)]


def test_read_only_refuses_writing_other_files(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    out = tmp_path / "out.csv"
    with open_db(db_path, read_only=True) as c:
        refused = {
            f"COPY customers TO '{out}'": "COPY ... TO",
            f"COPY (SELECT 1) TO '{out}' (HEADER)": "COPY ... TO",
            f"EXPORT DATABASE '{tmp_path / 'dump'}'": "EXPORT",
            f"ATTACH '{other}' AS o": "ATTACH",
            f"ATTACH '{other}' AS o (READ_ONLY false)": "ATTACH",
            "INSTALL json": "INSTALL",
        }
        for sql, reason in refused.items():
            with pytest.raises(QueryError, match="read-only connection") as info:
                c.execute(sql)
            assert reason in info.value.message
        assert not out.exists()
        assert not (tmp_path / "dump").exists()
        # DuckDB itself has no file access on a read-only connection: not even ATTACH ... (READ_ONLY)
        # or reading a file
        with pytest.raises(QueryError, match="read-only connection: DuckDB may not read or write files"):
            c.execute(f"ATTACH '{other}' AS o (READ_ONLY)")
        out.write_text("a,b\n1,2\n")
        with pytest.raises(QueryError, match="read-only connection: DuckDB may not read or write files"):
            c.execute(f"SELECT a + b FROM read_csv('{out}')")
    with open_db(db_path) as c:  # a writable session reads files
        assert rows_of(c, f"SELECT a + b FROM read_csv('{out}')") == [(3,)]


def test_read_only_memory_database_is_enforced_by_duckdb() -> None:
    c = connect(DatabaseURL.parse("duckdb:///:memory:"), read_only=True)
    assert isinstance(c, DuckDBConnection)
    scratch = c._scratch_dir
    assert scratch is not None and Path(scratch).is_dir()
    try:
        assert rows_of(c, "SELECT sum(range) FROM range(10)") == [(45,)]
        assert c.current_database() == "memory"
        with pytest.raises(QueryError, match="read-only"):
            c.execute("CREATE TABLE t (a INTEGER)")
        with pytest.raises(QueryError, match="read-only connection"):
            c.execute("COPY (SELECT 1) TO 'x.csv'")
    finally:
        c.close()
    assert not Path(scratch).exists()


def test_sibling_shares_the_database_and_only_queries(conn: Connection) -> None:
    conn.execute("CREATE TABLE fresh (a INTEGER)").close()
    twin = conn.sibling()
    try:
        assert twin.read_only
        assert twin.catalog().find_table("fresh") is not None
        assert rows_of(twin, "SELECT count(*) FROM customers") == [(3,)]
        with pytest.raises(QueryError, match="read-only connection"):
            twin.execute("INSERT INTO fresh VALUES (1)")
        with pytest.raises(QueryError, match="read-only connection"):
            twin.execute("DROP TABLE fresh")
    finally:
        twin.close()
    assert rows_of(conn, "SELECT count(*) FROM fresh") == [(0,)]


def test_sibling_of_memory_database_sees_its_tables() -> None:
    with connect(DatabaseURL.parse("duckdb:///:memory:")) as c:
        c.execute("CREATE TABLE t AS SELECT 1 AS a").close()
        twin = c.sibling()
        assert rows_of(twin, "SELECT a FROM t") == [(1,)]
        twin.close()


# --------------------------------------------------------------------------- results
def test_result_columns_carry_duckdb_types(conn: Connection) -> None:
    cur = conn.execute(
        "SELECT 1::INTEGER AS i, 2::HUGEINT AS h, 1.5::DOUBLE AS d, 2.25::DECIMAL(10,2) AS m, "
        "'x' AS s, DATE '2024-01-01' AS dt, [1, 2] AS l, {'k': 1} AS st, true AS b, 3::UBIGINT AS u"
    )
    types = {c.name: (c.type_name, c.numeric) for c in cur.columns}
    assert types == {
        "i": ("INTEGER", True),
        "h": ("HUGEINT", True),
        "d": ("DOUBLE", True),
        "m": ("DECIMAL(10,2)", True),
        "s": ("VARCHAR", False),
        "dt": ("DATE", False),
        "l": ("INTEGER[]", False),
        "st": ("STRUCT(k INTEGER)", False),
        "b": ("BOOLEAN", False),
        "u": ("UBIGINT", True),
    }
    assert cur.returns_rows
    [batch] = list(cur.batches())
    assert batch[0][0] == 1 and batch[0][6] == [1, 2]


def test_is_numeric_type() -> None:
    assert is_numeric_type("DECIMAL(18,3)") and is_numeric_type("bigint") and is_numeric_type("FLOAT")
    assert not is_numeric_type("VARCHAR") and not is_numeric_type("INTEGER[]") and not is_numeric_type("BOOLEAN")


def test_dml_reports_rowcount_and_status(conn: Connection) -> None:
    cur = conn.execute("INSERT INTO lines VALUES (10, 1, 'a'), (10, 2, 'b'), (11, 1, 'c')")
    assert (cur.returns_rows, cur.rowcount, cur.status) == (False, 3, "3 row(s) affected")
    cur = conn.execute("UPDATE lines SET sku = upper(sku) WHERE order_id = 10")
    assert (cur.rowcount, cur.status) == (2, "2 row(s) affected")
    cur = conn.execute("DELETE FROM lines WHERE sku = 'zzz'")
    assert (cur.rowcount, cur.status) == (0, "0 row(s) affected")
    assert list(cur.batches()) == []


def test_returning_returns_rows(conn: Connection) -> None:
    cur = conn.execute("INSERT INTO lines VALUES (12, 1, 'q') RETURNING order_id, sku")
    assert [c.name for c in cur.columns] == ["order_id", "sku"]
    assert cur.fetchmany(10) == [(12, "q")]


def test_ddl_and_other_statements_status(conn: Connection) -> None:
    cur = conn.execute("CREATE TABLE t (a INTEGER)")
    assert (cur.returns_rows, cur.rowcount, cur.status) == (False, -1, "CREATE")
    cur = conn.execute("CREATE TABLE t2 AS SELECT * FROM range(7)")
    assert (cur.rowcount, cur.status) == (7, "CREATE 7")
    assert conn.execute("DROP TABLE t").status == "DROP"
    assert conn.execute("SET threads = 2").status == "SET"
    cur = conn.execute("-- a comment\nALTER TABLE t2 RENAME TO t3")
    assert cur.status == "ALTER" and not cur.returns_rows


def test_params_positional_and_named(conn: Connection) -> None:
    assert rows_of_params(conn, "SELECT name FROM customers WHERE id = ?", [2]) == [("Bob",)]
    assert rows_of_params(conn, "SELECT name FROM customers WHERE id = $id", {"id": 1}) == [("Ann",)]


def rows_of_params(c: Connection, sql: str, params: object) -> list[tuple[object, ...]]:
    return c.query_all(sql, params)  # type: ignore[arg-type]


def test_several_statements_return_the_last_result(conn: Connection) -> None:
    cur = conn.execute("CREATE TABLE m (a INTEGER); INSERT INTO m VALUES (1), (2); SELECT sum(a) FROM m")
    assert cur.fetchmany(5) == [(3,)]


def test_empty_statement(conn: Connection) -> None:
    cur = conn.execute("  -- nothing\n")
    assert not cur.returns_rows and list(cur.batches()) == []


def test_executemany(conn: Connection) -> None:
    n = conn.executemany("INSERT INTO lines VALUES (?, ?, ?)", [(1, i, f"s{i}") for i in range(500)])
    assert n == 500
    assert conn.executemany("UPDATE lines SET sku = 'x' WHERE line_no < ?", [(3,), (5,)]) == 3 + 5
    assert conn.executemany("INSERT INTO lines VALUES (?, ?, ?)", []) == 0
    with pytest.raises(QueryError, match="(?i)primary key"):
        conn.executemany("INSERT INTO lines VALUES (?, ?, ?)", [(2, 1, "a"), (2, 1, "a")])
    assert rows_of(conn, "SELECT count(*) FROM lines") == [(501,)]  # the first of the pair went in


def test_closing_a_cursor_mid_stream_keeps_connection_usable(conn: Connection) -> None:
    cur = conn.execute("SELECT range FROM range(1000000)")
    assert len(cur.fetchmany(10)) == 10
    cur.close()
    assert cur.fetchmany(10) == []
    assert rows_of(conn, "SELECT 42") == [(42,)]


# --------------------------------------------------------------------------- errors
def test_parse_error_has_position(conn: Connection) -> None:
    sql = "SELECT * FRM customers"
    with pytest.raises(QueryError) as info:
        conn.execute(sql)
    err = info.value
    assert err.position is not None and sql[err.position - 1 :].startswith("customers")
    assert "LINE 1" not in err.message and err.message.startswith("Parser Error")
    assert err.one_line().endswith("(at line 1, column 14)")


def test_binder_error_position_on_later_line(conn: Connection) -> None:
    sql = "SELECT id,\n       nosuch\nFROM customers"
    with pytest.raises(QueryError) as info:
        conn.execute(sql)
    assert info.value.position == sql.index("nosuch") + 1
    assert "(at line 2, column 8)" in info.value.one_line()


def test_catalog_error_has_message(conn: Connection) -> None:
    with pytest.raises(QueryError, match="Table with name nosuch does not exist") as info:
        conn.execute("SELECT * FROM nosuch")
    assert info.value.position == len("SELECT * FROM ") + 1
    assert info.value.exit_code == 1


def test_error_position_in_a_shortened_long_line() -> None:
    sql = "SELECT " + ", ".join(f"a AS c{i}" for i in range(60)) + " frm t"
    with pytest.raises(duckdb.ParserException) as info:
        duckdb.connect().execute(sql)
    assert "LINE 1: ..." in str(info.value)  # DuckDB shortened the line
    position, message = error_position(sql, str(info.value))
    assert position is not None and sql[position - 1 :].startswith("frm t")
    assert "LINE" not in message


def test_error_position_end_of_input_and_unknown() -> None:
    assert error_position("SELECT 1 +  ", "Parser Error: syntax error at end of input")[0] == len("SELECT 1 +") + 1
    assert error_position("SELECT 1", "Something else") == (None, "Something else")


def test_constraint_error_is_query_error(conn: Connection) -> None:
    with pytest.raises(QueryError, match="violates primary key constraint"):
        conn.execute("INSERT INTO customers VALUES (1, 'dup@x', 'Dup')")
    assert rows_of(conn, "SELECT count(*) FROM customers") == [(3,)]


# --------------------------------------------------------------------------- timeout / cancel
def test_timeout_interrupts_and_connection_stays_usable(db_path: Path) -> None:
    with open_db(db_path, timeout=0.5) as c:
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="timed out after 0.5s") as info:
            c.execute(LONG_QUERY).fetchmany(1)
        assert info.value.sql == LONG_QUERY
        assert time.monotonic() - started < 60  # interrupted, not run to completion
        assert rows_of(c, "SELECT count(*) FROM customers") == [(3,)]
        c.execute("INSERT INTO lines VALUES (1, 1, 'after timeout')").close()
        assert rows_of(c, "SELECT sku FROM lines") == [("after timeout",)]


def test_timeout_while_streaming(db_path: Path) -> None:
    with open_db(db_path, timeout=0.3) as c:
        cur = c.execute("SELECT range FROM range(1000000000)")
        with pytest.raises(QueryTimeoutError):
            for _ in cur.batches(1000):
                time.sleep(0.01)
        assert rows_of(c, "SELECT 1") == [(1,)]


def test_short_statements_are_not_hit_by_an_old_deadline(db_path: Path) -> None:
    with open_db(db_path, timeout=0.2) as c:
        for _ in range(5):
            assert rows_of(c, "SELECT count(*) FROM customers") == [(3,)]
            time.sleep(0.1)
        time.sleep(0.3)
        assert rows_of(c, "SELECT 1") == [(1,)]


def test_cancel_from_another_thread(conn: Connection) -> None:
    timer = threading.Timer(0.3, conn.cancel)
    timer.start()
    with pytest.raises(QueryCancelledError, match="cancelled"):
        conn.execute(LONG_QUERY).fetchmany(1)
    timer.join()
    assert rows_of(conn, "SELECT count(*) FROM customers") == [(3,)]


def test_cancel_when_idle_does_not_affect_next_statement(conn: Connection) -> None:
    conn.cancel()
    assert rows_of(conn, "SELECT 7") == [(7,)]


def test_cancel_inside_transaction_keeps_transaction_open(conn: Connection) -> None:
    conn.execute("BEGIN").close()
    conn.execute("INSERT INTO lines VALUES (5, 5, 'in tx')").close()
    timer = threading.Timer(0.3, conn.cancel)
    timer.start()
    with pytest.raises(QueryCancelledError):
        conn.execute(LONG_QUERY).fetchmany(1)
    timer.join()
    assert conn.in_transaction
    conn.execute("ROLLBACK").close()
    assert not conn.in_transaction
    assert rows_of(conn, "SELECT count(*) FROM lines") == [(0,)]


# --------------------------------------------------------------------------- streaming
def test_streaming_ten_million_rows_stays_small(tmp_path: Path) -> None:
    """Stream 10M rows in a child process and check its peak memory.

    Materialising them as Python tuples would take well over a gigabyte.
    """
    script = textwrap.dedent(
        f"""
        import json, resource
        from aishell.engines import connect
        from aishell.urls import DatabaseURL
        c = connect(DatabaseURL.parse("duckdb:///{tmp_path / "stream.duckdb"}?create=1"))
        cur = c.execute("SELECT range AS i, range * 2 AS j, 'row ' || range AS s FROM range(10000000)")
        n = 0
        last = None
        for batch in cur.batches(5000):
            n += len(batch)
            last = batch[-1]
        c.close()
        rss_kb = int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))
        print(json.dumps({{"rows": n, "last": list(last), "rss_mb": rss_kb / 1024}}))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=240,
                         env=untraced_env())
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["rows"] == 10_000_000
    assert result["last"] == [9_999_999, 19_999_998, "row 9999999"]
    assert result["rss_mb"] < 200, result


# --------------------------------------------------------------------------- transactions
def test_autocommit_by_default(db_path: Path) -> None:
    with open_db(db_path) as c:
        assert not c.in_transaction
        c.execute("INSERT INTO lines VALUES (1, 1, 'kept')").close()
        assert not c.in_transaction
    with open_db(db_path) as c:
        assert rows_of(c, "SELECT sku FROM lines") == [("kept",)]


def test_explicit_transaction_commit_and_rollback(db_path: Path) -> None:
    with open_db(db_path) as c:
        assert c.execute("BEGIN").status == "BEGIN"
        assert c.in_transaction
        c.execute("INSERT INTO lines VALUES (1, 1, 'rolled back')").close()
        assert c.in_transaction
        assert c.execute("ROLLBACK").status == "ROLLBACK"
        assert not c.in_transaction
        assert rows_of(c, "SELECT count(*) FROM lines") == [(0,)]

        c.execute("BEGIN TRANSACTION").close()
        c.execute("INSERT INTO lines VALUES (2, 1, 'committed')").close()
        c.execute("COMMIT").close()
        assert not c.in_transaction
    with open_db(db_path) as c:
        assert rows_of(c, "SELECT sku FROM lines") == [("committed",)]


def test_other_transaction_spellings(conn: Connection) -> None:
    conn.execute("START TRANSACTION").close()
    assert conn.in_transaction
    conn.execute("END").close()
    assert not conn.in_transaction
    conn.execute("BEGIN").close()
    assert conn.in_transaction
    conn.execute("ABORT").close()
    assert not conn.in_transaction


def test_failed_statement_keeps_transaction_open_until_rollback(conn: Connection) -> None:
    conn.execute("BEGIN").close()
    with pytest.raises(QueryError):
        conn.execute("INSERT INTO customers VALUES (1, 'dup', 'dup')")
    assert conn.in_transaction
    with pytest.raises(QueryError, match="aborted"):
        conn.execute("SELECT 1")
    assert conn.in_transaction
    conn.execute("ROLLBACK").close()
    assert not conn.in_transaction
    assert rows_of(conn, "SELECT 1") == [(1,)]


def test_errors_of_transaction_statements(conn: Connection) -> None:
    with pytest.raises(QueryError, match="no transaction is active"):
        conn.execute("COMMIT")
    assert not conn.in_transaction
    conn.execute("BEGIN").close()
    with pytest.raises(QueryError, match="within a transaction"):
        conn.execute("BEGIN")
    assert conn.in_transaction
    conn.execute("COMMIT").close()
    assert not conn.in_transaction


def test_transaction_action_classifier() -> None:
    cases = {
        "BEGIN": "begin",
        "begin transaction": "begin",
        "START TRANSACTION": "begin",
        "COMMIT": "commit",
        "end transaction": "commit",
        "ROLLBACK": "rollback",
        "abort": "rollback",
        "/* hi */ ROLLBACK TRANSACTION": "rollback",
        "SELECT 1": None,
    }
    for sql, action in cases.items():
        assert transaction_action(sql) == action, sql


# --------------------------------------------------------------------------- explain
def test_explain_gives_text_and_json(conn: Connection) -> None:
    plan = conn.explain("SELECT * FROM customers WHERE id = 2")
    assert "customers" in plan.text and "┌" in plan.text
    assert isinstance(plan.data, list) and plan.data[0]["name"]
    assert "customers" in json.dumps(plan.data)


def test_explain_analyze_runs_once(conn: Connection) -> None:
    plan = conn.explain("SELECT name FROM customers WHERE id > 1", analyze=True)
    assert isinstance(plan.data, dict) and plan.data["children"]
    assert plan.text.startswith("Total Time:")
    assert "SEQ_SCAN" in plan.text and "rows=2" in plan.text and "customers" in plan.text
    plan = conn.explain("INSERT INTO lines SELECT 1, 1, 'once'", analyze=True)
    assert plan.tree is not None and plan.tree.analyzed
    assert [n.actual_rows for _, n in plan.tree.nodes() if n.op == "INSERT"] == [1]  # it ran ...
    assert rows_of(conn, "SELECT count(*) FROM lines") == [(0,)]  # ... and was rolled back
    assert not conn.in_transaction


def test_explain_analyze_when_duckdb_cannot_profile(conn: Connection) -> None:
    # duckdb 1.5.5 fails to profile count(*) over a stored table ({"result": "error"})
    plan = conn.explain("SELECT count(*) FROM customers", analyze=True)
    assert plan.data is None
    assert "could not profile" in plan.text and "┌" in plan.text


def test_explain_error_is_query_error(conn: Connection) -> None:
    with pytest.raises(QueryError):
        conn.explain("SELECT * FROM nosuch")


# --------------------------------------------------------------------------- catalog
def test_catalog(conn: Connection) -> None:
    cat = conn.catalog()
    assert cat.default_schema == "main"
    assert len(cat.tables) == len({t.qualified_name for t in cat.tables})
    assert cat.schemas == ["main", "sales"]
    names = {t.qualified_name: t.kind for t in cat.tables}
    assert names == {
        "main.customers": "table",
        "main.lines": "table",
        "main.big_customers": "view",
        "main.orders": "table",
        "sales.targets": "table",
    }
    customers = cat.find_table("customers")
    assert customers is not None
    assert customers.comment == "people who buy"
    assert customers.primary_key == ("id",)
    assert customers.row_estimate == 3
    email = customers.column("email")
    assert email is not None and email.data_type == "VARCHAR" and not email.nullable
    assert email.comment == "login address"
    name = customers.column("name")
    assert name is not None and name.nullable and name.default == "'anon'"
    idx = {i.name: i for i in customers.indexes}
    assert any(i.primary and i.columns == ("id",) for i in idx.values())
    assert any(i.unique and not i.primary and i.columns == ("email",) for i in idx.values())

    targets = cat.find_table("sales.targets")
    assert targets is not None and targets.primary_key == ("region",) and targets.schema == "sales"

    orders = cat.find_table("main.orders")
    assert orders is not None
    [fk] = orders.foreign_keys
    assert (fk.columns, fk.ref_table, fk.ref_columns) == (("customer_id",), "customers", ("id",))
    by_customer = next(i for i in orders.indexes if i.name == "orders_by_customer")
    assert by_customer.columns == ("customer_id", "placed") and not by_customer.unique
    assert by_customer.definition and "CREATE INDEX" in by_customer.definition
    total = orders.column("total")
    assert total is not None and total.data_type == "DECIMAL(10,2)"

    lines = cat.find_table("lines")
    assert lines is not None and lines.primary_key == ("order_id", "line_no")

    view = cat.find_table("big_customers")
    assert view is not None and [c.name for c in view.columns] == ["id", "email", "name"]

    assert [(t.name, fk.columns) for t, fk in cat.referencing(customers)] == [("orders", ("customer_id",))]

    funcs = {f.name: f for f in cat.functions}
    assert set(funcs) == {"add_tax", "first_n"}
    assert funcs["add_tax"].kind == "function" and funcs["add_tax"].arguments == "x"
    assert funcs["first_n"].kind == "table function"


def test_catalog_includes_temp_tables_and_skips_system_schemas(conn: Connection) -> None:
    conn.execute("CREATE TEMP TABLE scratch (a INTEGER PRIMARY KEY)").close()
    cat = conn.catalog()
    assert "information_schema" not in cat.schemas and "pg_catalog" not in cat.schemas
    assert "temp" in cat.schemas
    scratch = cat.find_table("temp.scratch")
    assert scratch is not None and scratch.primary_key == ("a",)
    assert not any(t.schema in {"information_schema", "pg_catalog"} for t in cat.tables)


def test_split_index_expressions() -> None:
    assert _split_expressions("[b, a]") == ("b", "a")
    assert _split_expressions("[\"my col\", lower(x, 'a,b'), c]") == ("my col", "lower(x, 'a,b')", "c")
    assert _split_expressions(None) == ()


# --------------------------------------------------------------------------- CSV export
def test_copy_out_csv(conn: Connection) -> None:
    buf = io.BytesIO()
    n = conn.copy_out_csv("SELECT id, name FROM customers ORDER BY id;", buf.write)
    assert n == 3
    assert buf.getvalue().decode() == "id,name\n1,Ann\n2,Bob\n3,\n"


def test_copy_out_csv_options_and_quoting(conn: Connection) -> None:
    buf = io.BytesIO()
    n = conn.copy_out_csv("SELECT 'a;b' AS x, 'say \"hi\"' AS y, 'it''s' AS z", buf.write, header=False, delimiter=";")
    assert n == 1
    assert buf.getvalue().decode() == '"a;b";"say ""hi""";it\'s\n'


def test_copy_out_csv_streams_in_chunks(conn: Connection) -> None:
    chunks: list[int] = []
    n = conn.copy_out_csv("SELECT range AS i FROM range(2000000)", lambda b: chunks.append(len(b)))
    assert n == 2_000_000
    assert len(chunks) > 1
    assert sum(chunks) == len("i\n") + sum(len(str(i)) + 1 for i in range(2_000_000))


def test_copy_out_csv_declines_non_queries(conn: Connection) -> None:
    written: list[bytes] = []
    assert conn.copy_out_csv("INSERT INTO lines VALUES (1, 1, 'x')", written.append) is None
    assert conn.copy_out_csv("SELECT 1; SELECT 2", written.append) is None
    assert written == []
    assert rows_of(conn, "SELECT count(*) FROM lines") == [(0,)]


def test_copy_out_csv_query_error(conn: Connection) -> None:
    with pytest.raises(QueryError, match="nosuch"):
        conn.copy_out_csv("SELECT * FROM nosuch", lambda b: None)
    assert rows_of(conn, "SELECT 1") == [(1,)]


def test_copy_out_csv_writer_failure_stops_the_copy(conn: Connection) -> None:
    def broken(_chunk: bytes) -> None:
        raise BrokenPipeError("reader went away")

    with pytest.raises(BrokenPipeError):
        conn.copy_out_csv("SELECT range FROM range(50000000)", broken)
    assert rows_of(conn, "SELECT count(*) FROM customers") == [(3,)]


def test_copy_out_csv_in_read_only_mode_declines(db_path: Path, tmp_path: Path) -> None:
    """DuckDB's writer goes through a file, and a read-only connection has no file access:
    the native paths decline (None, nothing written) and the caller formats the rows."""
    with open_db(db_path, read_only=True) as c:
        buf = io.BytesIO()
        assert c.copy_out_csv("SELECT id FROM customers ORDER BY id", buf.write) is None
        assert buf.getvalue() == b""
        assert isinstance(c, DuckDBConnection)
        assert c.copy_out_file("SELECT id FROM customers", str(tmp_path / "o.parquet")) is None
        assert not (tmp_path / "o.parquet").exists()
        assert rows_of(c, "SELECT id FROM customers ORDER BY id") == [(1,), (2,), (3,)]


def test_copy_out_csv_timeout(db_path: Path) -> None:
    with open_db(db_path, timeout=0.5) as c:
        with pytest.raises(QueryTimeoutError):
            c.copy_out_csv(LONG_QUERY, lambda b: None)
        assert rows_of(c, "SELECT 1") == [(1,)]
