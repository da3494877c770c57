"""The bulk-path and native-dump contract of every engine, without a server.

What each adapter declares it can do (:attr:`Connection.bulk`, harlequin-style capabilities)
is exactly what it implements; the native dump tools are described by the engines and the
service never names one; and Oracle has what the generic data paths need (``executemany`` with
``:1`` binds, no bulk path of its own, its read-only snapshot, non-transactional DDL).  The
adapters are built with ``cls.__new__`` (no driver connection): only what needs no server is
called."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from aishell.engines import ENGINES, dialect_of, engine_class
from aishell.engines.base import BulkPath, Connection
from aishell.engines.native import NativeTool, native_tool, native_tools
from aishell.errors import DriverMissingError, UsageError
from aishell.services.data.backup import info_name
from aishell.services.data.loader import insert_sql
from aishell.services.data.native import dump_command, raw_kind
from aishell.services.data.schema import TableSpec
from aishell.urls import DatabaseURL

#: the method that implements each bulk path
METHODS = {
    BulkPath.COPY_IN_ROWS: "copy_in_rows",
    BulkPath.COPY_IN_CSV: "copy_in_csv",
    BulkPath.COPY_IN_CSV_PUSH: "copy_in_csv_push",
    BulkPath.COPY_OUT_CSV: "copy_out_csv",
    BulkPath.COPY_OUT_FILE: "copy_out_file",
    BulkPath.INSERT_ARROW: "insert_arrow",
    BulkPath.LOAD_DATA_LOCAL_INFILE: "load_data_local_infile",
    BulkPath.READ_FILES: "file_reader",
    BulkPath.LOAD_STAGE: "load_stage",
    BulkPath.PARQUET: "table_to_parquet",
    BulkPath.SCAN_CSV: "table_to_csv",
}


def adapter(engine: str) -> type[Connection]:
    try:
        return engine_class(engine)
    except DriverMissingError:
        pytest.skip(f"the {engine} driver is not installed")


def bare(engine: str) -> Connection:
    cls = adapter(engine)
    return cls.__new__(cls)


def test_every_bulk_path_names_a_method() -> None:
    assert set(METHODS) == set(BulkPath)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_declared_bulk_paths_are_implemented_and_no_others(engine: str) -> None:
    cls = adapter(engine)
    for path, method in METHODS.items():
        own = getattr(cls, method) is not getattr(Connection, method)
        assert own == (path in cls.bulk), f"{engine}: {path.value} declared {path in cls.bulk}, implemented {own}"
        assert cls.__new__(cls).can(path) == (path in cls.bulk)


def test_each_engine_declares_its_paths() -> None:
    expected = {
        "sqlite": set(),
        "oracle": set(),
        "postgres": {BulkPath.COPY_IN_ROWS, BulkPath.COPY_IN_CSV, BulkPath.COPY_IN_CSV_PUSH, BulkPath.COPY_OUT_CSV,
                     BulkPath.PARQUET},
        "mysql": {BulkPath.LOAD_DATA_LOCAL_INFILE, BulkPath.SCAN_CSV, BulkPath.COPY_OUT_CSV},
        "duckdb": {BulkPath.INSERT_ARROW, BulkPath.COPY_OUT_CSV, BulkPath.COPY_OUT_FILE, BulkPath.READ_FILES,
                   BulkPath.LOAD_STAGE},
    }  # fmt: skip
    for engine, paths in expected.items():
        assert set(adapter(engine).bulk) == paths, engine


def test_an_undeclared_path_says_which_adapter_lacks_it() -> None:
    conn = bare("oracle")
    with pytest.raises(NotImplementedError, match="the Oracle adapter has no insert_arrow bulk path"):
        conn.insert_arrow("t", ["a"], [(1,)])
    with pytest.raises(NotImplementedError, match="copy_in_rows"):
        conn.copy_in_rows("t", ["a"], [(1,)])
    # the optional shortcuts answer "not here" instead
    assert conn.copy_out_file("SELECT 1", "/nonexistent/x.parquet") is None
    assert conn.parquet_into_table("t", ["a"], "/nonexistent/x.parquet") is None


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        ("oracle", 'INSERT INTO "HR"."T" ("ID", "name") VALUES (:1, :2)'),
        ("sqlite", 'INSERT INTO "HR"."T" ("ID", "name") VALUES (?, ?)'),
        ("mysql", "INSERT INTO `HR`.`T` (`ID`, `name`) VALUES (%s, %s)"),
    ],
)
def test_the_generic_insert_uses_the_drivers_binds(engine: str, expected: str) -> None:
    """Where no bulk path is declared (SQLite, Oracle; MySQL without local_infile) the loader's
    executemany runs this statement: Oracle's numbered binds, names quoted as given."""
    assert insert_sql(bare(engine), "HR.T", ["ID", "name"]) == expected


def test_oracle_moves_data_through_the_generic_paths() -> None:
    cls = adapter("oracle")
    conn = cls.__new__(cls)
    assert cls.bulk == frozenset()
    assert cls.load_savepoints is True  # batches bisected under savepoints, as on PostgreSQL
    conn.release_savepoint("aishell_load_1")  # Oracle has no RELEASE SAVEPOINT: nothing is sent
    assert cls.snapshot_statement == "SET TRANSACTION READ ONLY"  # a consistent multi-table backup
    assert conn.transactional_ddl is False  # import creates under a staging name, as on MySQL
    assert dialect_of("oracle").type_rules.value_kind == "native"  # copy from Oracle: typed values
    assert conn.native_dump() is None
    spec = TableSpec(name="ORDERS", columns=[], schema="SCOTT")
    assert info_name(spec, cls.has_schemas, "oracle") == "ORDERS"  # the login's own schema


@pytest.mark.parametrize(
    ("engine", "snapshot", "transactional"),
    [
        ("postgres", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", True),
        ("mysql", "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY", False),
        ("sqlite", "BEGIN", True),
        ("duckdb", "BEGIN TRANSACTION", True),
    ],
)
def test_snapshot_and_ddl_declarations(engine: str, snapshot: str, transactional: bool) -> None:
    conn = bare(engine)
    assert conn.snapshot_statement == snapshot
    assert conn.transactional_ddl is transactional
    assert conn.load_savepoints is (engine != "duckdb")


def test_info_name_qualifies_only_outside_the_default_schema() -> None:
    spec = TableSpec(name="t", columns=[], schema="sales")
    assert info_name(spec, True, "postgres") == "sales.t"
    assert info_name(TableSpec(name="t", columns=[], schema="public"), True, "postgres") == "t"
    assert info_name(TableSpec(name="t", columns=[], schema="main"), True, "duckdb") == "t"
    assert info_name(spec, False, "mysql") == "t"


# --------------------------------------------------------------------------- native dump tools
def test_the_native_tools_are_the_engines_own() -> None:
    assert [t.engine for t in native_tools()] == ["postgres", "mysql"]
    for name in ("sqlite", "duckdb", "oracle", "nonsense"):
        assert native_tool(name) is None
    assert native_tool("postgresql") is native_tool("postgres")  # a sqlglot name finds the engine
    assert isinstance(adapter("postgres").native_dump(), NativeTool)
    assert adapter("postgres").native_dump() is native_tool("postgres")


def test_engines_without_a_dump_tool_are_refused_by_name() -> None:
    session = SimpleNamespace(target=SimpleNamespace(url=DatabaseURL.parse("oracle://scott:tiger@db.example/orcl")))
    with pytest.raises(UsageError, match="--native is for PostgreSQL and MySQL/MariaDB, not oracle"):
        dump_command(session, "/tmp/out", None)  # type: ignore[arg-type]


def test_pg_dump_and_pg_restore_arguments() -> None:
    tool = native_tool("postgres")
    assert tool is not None
    url = DatabaseURL.parse("postgresql://alice:s3cret@db.example:5433/sales")
    args = tool.dump_args("pg_dump", url, "/tmp/o", ["orders", "-x"])
    assert args == ["pg_dump", "-Fc", "--no-password", "-f", "/tmp/o", "-h", "db.example", "-p", "5433",
                    "-U", "alice", "-t", "orders", "-t", "-x", "-d", "sales"]  # fmt: skip
    restore = tool.restore_args("pg_restore", url, "/tmp/d", replace=True)
    assert restore[:6] == ["pg_restore", "--no-password", "--single-transaction", "--exit-on-error", "--clean",
                           "--if-exists"]  # fmt: skip
    assert restore[-3:] == ["-d", "sales", "/tmp/d"]
    assert tool.password(url) == {"PGPASSWORD": "s3cret"}
    assert not any("s3cret" in a for a in args + restore)
    assert tool.password(DatabaseURL.parse("postgresql://alice@db.example/sales")) == {}


def test_mariadb_dump_arguments_keep_table_names_after_the_separator() -> None:
    tool = native_tool("mysql")
    assert tool is not None
    url = DatabaseURL.parse("mysql://alice:s3cret@db.example:3307/sales")
    args = tool.dump_args("mariadb-dump", url, "/tmp/o", ["orders", "-x"])
    assert args.index("--") < args.index("orders") and args[-1] == "-x"
    assert tool.restore_args("mariadb", url, "/tmp/d", replace=False) == [
        "mariadb", "--batch", "-h", "db.example", "-P", "3307", "-u", "alice", "--", "sales"]  # fmt: skip
    assert tool.password(url) == {"MYSQL_PWD": "s3cret"}
    assert tool.restore_reads_stdin and tool.partial_restore


def test_files_the_tools_wrote_are_recognised(tmp_path: Path) -> None:
    base = tmp_path
    (base / "a.pgdump").write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 40)
    (base / "b.sql").write_bytes(b"-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB\n--\n-- Host: h    Database: d\n")
    (base / "c.sql").write_bytes(b"--\n-- PostgreSQL database dump\n--\n")
    (base / "d.txt").write_bytes(b"hello")
    assert raw_kind(str(base / "a.pgdump")) == "postgres"
    assert raw_kind(str(base / "b.sql")) == "mysql"
    assert raw_kind(str(base / "c.sql")) is None and raw_kind(str(base / "d.txt")) is None
    pg = native_tool("postgres")
    assert pg is not None
    why = pg.refuse_file(str(base / "c.sql"), (base / "c.sql").read_bytes())
    assert why is not None and "restore it with psql" in why


def test_a_load_into_oracle_takes_the_generic_path() -> None:
    """The loader, built on an Oracle connection, converts values with Oracle's rules and sends
    them with executemany (:1 binds), batch by batch under savepoints, without a load stage."""
    from aishell.engines.types import ColType
    from aishell.services.data.loader import Loader

    conn = bare("oracle")
    loader = Loader(conn, "HR.T", ["ID", "NAME"], [ColType("int"), ColType("text", length=20)], [False, True],
                    value_kind="text", on_error="skip", source="in.csv")  # fmt: skip
    assert loader._insert.__name__ == "many"  # executemany: no bulk path declared
    assert loader._savepoints is True and loader._stage is None and loader._arrow_path is None
    rows, lines = loader._convert(SimpleNamespace(rows=[("1", "a"), ("2", None)], line=lambda i: i + 2))  # type: ignore[arg-type]
    assert rows == [(1, "a"), (2, None)] and lines == [2, 3]
