"""PostgreSQL's table <-> Parquet shortcuts (:attr:`~aishell.engines.base.BulkPath.PARQUET`).

* table to Parquet, outside the connection: DuckDB's postgres scanner reads the table with
  binary COPY and DuckDB's own Parquet writer writes the file -- about as fast as pg_dump.
  Used only for tables whose every column type maps exactly.
* table to Parquet, on aishell's own connection (inside its snapshot): ``COPY ... TO STDOUT``
  CSV parsed by Arrow's CSV reader with the exact column types.
* Parquet into a table: DuckDB reads the Parquet file and writes CSV into a pipe that feeds
  ``COPY ... FROM STDIN`` on aishell's own connection, so the load stays inside its transaction.

Every shortcut returns None when it does not apply; the generic path then runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from aishell.engines.duckdb.scanner import DUCKDB_MEMORY, extension, literal, memory_db, raw_memory_db
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.urls import DatabaseURL

#: column kinds whose values DuckDB's postgres scanner and Parquet writer keep exactly
_SCANNER_SAFE = {"bool", "smallint", "int", "bigint", "float", "text", "date", "timestamp", "timestamptz",
                 "binary", "json"}  # fmt: skip
#: column kinds whose COPY text Arrow's CSV reader reads back exactly
_COPY_SAFE = {"bool", "smallint", "int", "bigint", "float", "text", "json", "uuid", "date", "timestamp",
              "timestamptz"}  # fmt: skip


def _exact(columns: Sequence[tuple[str, Any]], safe: set[str]) -> bool:
    return not any(ct.kind not in safe and not (ct.kind == "decimal" and ct.precision and ct.precision <= 38)
                   for _n, ct in columns)  # fmt: skip


def _conninfo(url: DatabaseURL) -> str:
    def q(value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

    parts = {"host": url.host or "localhost", "port": str(url.port or 5432), "user": url.user or "",
             "dbname": url.database or "", "password": url.password or os.environ.get("PGPASSWORD", "")}  # fmt: skip
    return " ".join(f"{k}={q(v)}" for k, v in parts.items() if v)


def scan_to_parquet(url: DatabaseURL, schema: str | None, table: str, columns: Sequence[tuple[str, Any]],
                    path: str) -> int | None:  # fmt: skip
    """Write a PostgreSQL table to Parquet with DuckDB; the row count, or None when not applicable."""
    if not _exact(columns, _SCANNER_SAFE):
        return None
    ext = extension("postgres_scanner")
    if ext is None:
        return None
    duck = raw_memory_db()
    if duck is None:
        return None
    import duckdb

    try:
        duck.execute("LOAD " + literal(ext))
        duck.execute("ATTACH " + literal(_conninfo(url)) + " AS src (TYPE postgres, READ_ONLY)")
        cols = ", ".join(quote_name(n, "duckdb") for n, _ct in columns)
        source = ".".join(quote_name(p, "duckdb") for p in ("src", schema or "public", table))
        count = duck.execute(
            f"COPY (SELECT {cols} FROM {source}) TO {literal(path)} (FORMAT parquet, COMPRESSION zstd)"
        ).fetchone()
        return int(count[0]) if count else 0
    except duckdb.Error:
        return None
    finally:
        duck.close()


#: DuckDB's names of the Parquet column types whose CSV rendering PostgreSQL reads back exactly
_DUCK_PASSED = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
                "FLOAT", "DOUBLE", "VARCHAR", "BOOLEAN", "DATE", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS",
                "TIMESTAMP_NS", "TIMESTAMP WITH TIME ZONE"}  # fmt: skip


def parquet_into(conn: Connection, table: str, columns: Sequence[str], path: str) -> int | None:
    """Load a Parquet file into PostgreSQL through DuckDB's CSV writer and COPY; None when not applicable.
    The file's column types are read by DuckDB (no pyarrow: -0.12 s of start-up)."""
    duck = memory_db()
    try:
        duck.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'").close()
        duck.execute("SET TimeZone = 'UTC'").close()
        duck.execute("SET threads = 1").close()  # the server's COPY is the bottleneck: one thread keeps up
        cur = duck.execute(f"DESCRIBE SELECT * FROM read_parquet({literal(path)})")
        described = cur.fetchmany(100_000)
        cur.close()
        select = []
        for row in described:
            name, duck_type = quote_name(str(row[0]), "duckdb"), str(row[1]).upper()
            if duck_type == "BLOB":
                select.append(f"CASE WHEN {name} IS NULL THEN NULL ELSE '\\x' || lower(hex({name})) END")
            elif duck_type in _DUCK_PASSED or duck_type.startswith("DECIMAL("):
                select.append(name)
            else:
                return None
        sql = f"SELECT {', '.join(select)} FROM read_parquet({literal(path)})"

        def produce(write: Callable[[bytes], object]) -> None:
            duck.copy_out_csv(sql, write, header=False, fmt="native")  # DuckDB's rendering: PostgreSQL reads it

        return int(conn.copy_in_csv_push(table, columns, produce))
    finally:
        duck.close()


def copy_to_parquet(conn: Connection, table: str, columns: Sequence[tuple[str, Any]],
                    arrow_type: Callable[[Any], Any], path: str) -> int | None:  # fmt: skip
    """A PostgreSQL table to Parquet on aishell's own connection (so inside its snapshot):
    ``COPY ... TO STDOUT`` CSV parsed by Arrow's CSV reader with the exact column types
    (``arrow_type(coltype)``).  None, with nothing kept, when a column or a value needs the generic path."""

    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if not _exact(columns, _COPY_SAFE):
        return None
    select, read_types, final = [], {}, []
    for i, (name, ct) in enumerate(columns):
        col = quote_name(name, "postgres")
        if ct.kind == "timestamptz":
            select.append(f"({col} AT TIME ZONE 'UTC')")
            read_types[f"c{i}"] = pa.timestamp("us")
        else:
            select.append(f"{col}::text" if ct.kind == "uuid" else col)
            read_types[f"c{i}"] = arrow_type(ct)
        final.append(pa.field(name, arrow_type(ct)))
    sql = f"SELECT {', '.join(select)} FROM {quote_table(table, 'postgres')}"
    schema = pa.schema(final)
    savepoint = conn.in_transaction  # a failed COPY must not abort the backup's snapshot
    if savepoint:
        conn.savepoint("aishell_backup_copy")
    written = 0
    ok = False
    with copy_pipe(conn, sql, "aishell-pg-copy") as (source, outcome):
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
                    pairs = zip(rb.columns, schema, strict=True)
                    arrays = [col.cast(f.type) if col.type != f.type else col for col, f in pairs]
                    writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                    written += rb.num_rows
            ok = True
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, StopIteration):
            ok = False
    if "error" in outcome and ok:
        raise outcome["error"]
    if savepoint:
        if ok:
            conn.release_savepoint("aishell_backup_copy")
        else:
            conn.rollback_to_savepoint("aishell_backup_copy")
    if not ok:
        return None
    if outcome.get("count") not in (None, written):
        return None
    return written


@contextmanager
def copy_pipe(conn: Connection, sql: str, name: str) -> Iterator[tuple[IO[bytes], dict[str, Any]]]:
    """``COPY (sql) TO STDOUT`` as CSV, written by a worker thread into a pipe whose reading end the
    block reads (pyarrow's CSV reader, say).  ``outcome`` holds the COPY's ``count`` or its
    ``error`` once the block is over: leaving it closes the pipe, which stops a COPY still writing."""
    import threading

    r, w = os.pipe()
    outcome: dict[str, Any] = {}

    def produce() -> None:
        with os.fdopen(w, "wb") as sink:
            try:
                outcome["count"] = conn.copy_out_csv(sql, sink.write, header=False)
            except BaseException as exc:  # BrokenPipe when the reader gave up
                outcome["error"] = exc

    worker = threading.Thread(target=produce, name=name, daemon=True)
    worker.start()
    source = os.fdopen(r, "rb")
    try:
        yield source, outcome
    finally:
        source.close()
        worker.join()
