"""Engine-native shortcuts for backup and restore, through DuckDB (when installed).

* PostgreSQL backup: DuckDB's postgres scanner reads the table with binary COPY
  and DuckDB's own Parquet writer writes the file -- about as fast as pg_dump.
  Used only for tables whose every column type maps exactly.
* PostgreSQL restore: DuckDB reads the Parquet file and writes CSV into a pipe
  that feeds ``COPY ... FROM STDIN`` on aishell's own connection, so the load
  stays inside the restore's transaction.

Every shortcut returns None when it does not apply; the generic path then runs.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aishell.services.data.typemap import ColType
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.urls import DatabaseURL

#: column kinds whose values DuckDB's postgres scanner and Parquet writer keep exactly
_SCANNER_SAFE = {"bool", "smallint", "int", "bigint", "float", "text", "date", "timestamp", "timestamptz",
                 "binary", "json"}  # fmt: skip
DUCKDB_MEMORY = "100MB"


def _extension(name: str) -> str | None:
    try:
        module = __import__(f"duckdb_extension_{name}")
    except ImportError:
        return None
    base = os.path.dirname(module.__file__ or "")
    found = glob.glob(os.path.join(base, "extensions", "*", f"{name}.duckdb_extension"))
    return found[0] if found else None


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        return None
    conn = duckdb.connect(":memory:")
    conn.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
    conn.execute("SET preserve_insertion_order = true")
    return conn


def _conninfo(url: DatabaseURL) -> str:
    def q(value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

    parts = {"host": url.host or "localhost", "port": str(url.port or 5432), "user": url.user or "",
             "dbname": url.database or "", "password": url.password or os.environ.get("PGPASSWORD", "")}  # fmt: skip
    return " ".join(f"{k}={q(v)}" for k, v in parts.items() if v)


def pg_table_to_parquet(url: DatabaseURL, schema: str | None, table: str, columns: list[tuple[str, ColType]],
                        path: str) -> int | None:  # fmt: skip
    """Write a PostgreSQL table to Parquet with DuckDB; the row count, or None when not applicable."""
    if any(ct.kind not in _SCANNER_SAFE and not (ct.kind == "decimal" and ct.precision and ct.precision <= 38)
           for _n, ct in columns):  # fmt: skip
        return None
    ext = _extension("postgres_scanner")
    if ext is None:
        return None
    duck = _duckdb()
    if duck is None:
        return None
    import duckdb

    try:
        duck.execute("LOAD " + _literal(ext))
        duck.execute("ATTACH " + _literal(_conninfo(url)) + " AS src (TYPE postgres, READ_ONLY)")
        cols = ", ".join(quote_name(n, "duckdb") for n, _ct in columns)
        source = ".".join(quote_name(p, "duckdb") for p in ("src", schema or "public", table))
        count = duck.execute(
            f"COPY (SELECT {cols} FROM {source}) TO {_literal(path)} (FORMAT parquet, COMPRESSION zstd)"
        ).fetchone()
        return int(count[0]) if count else 0
    except duckdb.Error:
        return None
    finally:
        duck.close()


def parquet_into_postgres(conn: Connection, table: str, columns: list[str], path: str,
                          progress: Callable[[int], None] | None = None) -> int | None:  # fmt: skip
    """Load a Parquet file into PostgreSQL through DuckDB's CSV writer and COPY; None when not applicable."""
    push = getattr(conn, "copy_in_csv_push", None)
    if push is None:
        return None
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.ParquetFile(path).schema_arrow
    select = []
    for f in schema:
        t = f.type
        name = quote_name(f.name, "duckdb")
        if pa.types.is_binary(t) or pa.types.is_large_binary(t):
            select.append(f"CASE WHEN {name} IS NULL THEN NULL ELSE '\\x' || lower(hex({name})) END")
        elif (pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t) or pa.types.is_string(t)
              or pa.types.is_large_string(t) or pa.types.is_boolean(t) or pa.types.is_date(t)
              or pa.types.is_timestamp(t)):  # fmt: skip
            select.append(name)
        else:
            return None
    from aishell.engines.duckdb.connection import DuckDBConnection
    from aishell.urls import DatabaseURL

    duck = DuckDBConnection.open(DatabaseURL.parse("duckdb:///:memory:"))
    try:
        duck.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'").close()
        duck.execute("SET TimeZone = 'UTC'").close()
        duck.execute("SET threads = 1").close()  # the server's COPY is the bottleneck: one thread keeps up
        sql = f"SELECT {', '.join(select)} FROM read_parquet({_literal(path)})"

        def produce(write: Callable[[bytes], object]) -> None:
            duck.copy_out_csv(sql, write, header=False, fmt="native")  # DuckDB's rendering: PostgreSQL reads it

        return int(push(table, columns, produce))
    finally:
        duck.close()


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def mysql_table_to_csv(url: DatabaseURL, table: str, write: Callable[[bytes], object], *, header: bool,
                       delimiter: str) -> int | None:  # fmt: skip
    """Export a MySQL/MariaDB table as CSV with DuckDB's mysql scanner and CSV writer (None: not applicable)."""
    ext = _extension("mysql_scanner")
    if ext is None:
        return None
    password = url.password if url.password is not None else os.environ.get("MYSQL_PWD", "")
    parts = {"host": url.host or "localhost", "port": str(url.port or 3306), "user": url.user or "root",
             "database": url.database or "", "password": password}  # fmt: skip
    if any(not v.isprintable() or " " in v or "'" in v or "=" in v for v in parts.values()):
        return None  # keep the connection string trivially safe; the generic path handles the rest
    conninfo = " ".join(f"{k}={v}" for k, v in parts.items() if v)
    try:
        from aishell.engines.duckdb.connection import DuckDBConnection
        from aishell.urls import DatabaseURL as URL
    except ImportError:
        return None
    from aishell.errors import QueryError

    duck = DuckDBConnection.open(URL.parse("duckdb:///:memory:"))
    try:
        try:
            duck.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'").close()
            duck.execute("LOAD " + _literal(ext)).close()
            # TINYINT(1) stays a number, as MySQL (and the generic path) writes it: 1, not t
            duck.execute("SET mysql_tinyint1_as_boolean = false").close()
            duck.execute("ATTACH " + _literal(conninfo) + " AS src (TYPE mysql, READ_ONLY)").close()
        except QueryError:
            return None
        source = ".".join(quote_name(p, "duckdb") for p in ("src", *table.split(".")[-1:]))
        return duck.copy_out_csv(f"SELECT * FROM {source}", write, header=header, delimiter=delimiter)
    finally:
        duck.close()


_COPY_SAFE = {"bool", "smallint", "int", "bigint", "float", "text", "json", "uuid", "date", "timestamp",
              "timestamptz"}  # fmt: skip


def pg_copy_to_parquet(conn: Connection, table: str, columns: list[tuple[str, ColType]], path: str) -> int | None:
    """A PostgreSQL table to Parquet on aishell's own connection (so inside its snapshot):
    ``COPY ... TO STDOUT`` CSV parsed by Arrow's CSV reader with the exact column types.
    None, with nothing kept, when a column or a value needs the generic path."""
    import threading

    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from aishell.services.data.arrowtypes import to_arrow

    copy_out = getattr(conn, "copy_out_csv", None)
    if copy_out is None or conn.engine != "postgres":
        return None
    if any(ct.kind not in _COPY_SAFE and not (ct.kind == "decimal" and ct.precision and ct.precision <= 38)
           for _n, ct in columns):  # fmt: skip
        return None
    select, read_types, final = [], {}, []
    for i, (name, ct) in enumerate(columns):
        col = quote_name(name, "postgres")
        if ct.kind == "timestamptz":
            select.append(f"({col} AT TIME ZONE 'UTC')")
            read_types[f"c{i}"] = pa.timestamp("us")
        else:
            select.append(f"{col}::text" if ct.kind == "uuid" else col)
            read_types[f"c{i}"] = to_arrow(ct)
        final.append(pa.field(name, to_arrow(ct)))
    sql = f"SELECT {', '.join(select)} FROM {quote_table(table, 'postgres')}"
    schema = pa.schema(final)
    savepoint = conn.in_transaction  # a failed COPY must not abort the backup's snapshot
    if savepoint:
        conn.execute("SAVEPOINT aishell_backup_copy").close()
    r, w = os.pipe()
    outcome: dict[str, Any] = {}

    def produce() -> None:
        with os.fdopen(w, "wb") as sink:
            try:
                outcome["count"] = copy_out(sql, sink.write, header=False)
            except BaseException as exc:  # BrokenPipe when the reader gave up
                outcome["error"] = exc

    worker = threading.Thread(target=produce, name="aishell-pg-copy", daemon=True)
    worker.start()
    written = 0
    ok = False
    source = os.fdopen(r, "rb")
    try:
        reader = pacsv.open_csv(
            source,
            read_options=pacsv.ReadOptions(column_names=list(read_types), block_size=1 << 21, use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=read_types,
                strings_can_be_null=True,
                quoted_strings_can_be_null=False,
                null_values=[""],  # only the empty field: a text 'NULL' or 'NaN' stays text
                true_values=["t"],
                false_values=["f"],
            ),
        )
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            for rb in reader:
                arrays = [col.cast(f.type) if col.type != f.type else col for col, f in zip(rb.columns, schema,
                                                                                           strict=True)]  # fmt: skip
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                written += rb.num_rows
        ok = True
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, StopIteration):
        ok = False
    finally:
        source.close()  # a producer still writing gets a broken pipe and stops the COPY
        worker.join()
    if "error" in outcome and ok:
        raise outcome["error"]
    if savepoint:
        conn.execute(("RELEASE" if ok else "ROLLBACK TO") + " SAVEPOINT aishell_backup_copy").close()
    if not ok:
        return None
    if outcome.get("count") not in (None, written):
        return None
    return written
