"""PostgreSQL's table <-> Parquet shortcuts (:attr:`~aishell.engines.base.BulkPath.PARQUET`).

* table to Parquet, outside the connection: DuckDB's postgres scanner reads the table with
  binary COPY and DuckDB's own Parquet writer writes the file -- about as fast as pg_dump.
  Used only for tables whose every column type maps exactly.
* table to Parquet, on aishell's own connection (inside its snapshot): ``COPY ... TO STDOUT``
  CSV parsed by Arrow's CSV reader with the exact column types.
* Parquet into a table, on aishell's own connection (so the load stays inside its transaction):
  DuckDB reads the Parquet file and its postgres extension's ``postgres_binary`` writer writes
  PostgreSQL's binary COPY format into a pipe that feeds ``COPY ... FROM STDIN (FORMAT binary)``
  -- the server reads binary in about 2/3 of the time it parses CSV, DuckDB writes it in 2/5.
  Only where each column's binary form is exactly the one the server reads for the target
  column's type (checked against the server's catalog); else, or when anything in it fails (the
  COPY is undone to a savepoint), DuckDB writes CSV into the same COPY as before, so the values
  and the errors are those of the CSV path.

Every shortcut returns None when it does not apply; the generic path then runs.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from aishell.engines.duckdb.scanner import DUCKDB_MEMORY, extension, literal, memory_db, raw_memory_db
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.urls import DatabaseURL

#: the ``PostgresConnection`` (not imported here: it imports this module)
PostgresConnection = Any

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


#: the types of PostgreSQL's columns (OID) whose binary COPY input DuckDB's ``postgres_binary`` writer
#: writes exactly, each with the DuckDB types (of the Parquet file's columns) it takes and the
#: expression of column ``{c}`` written: as it is, or after a lossless cast.  The receive function of
#: each of these types makes of it exactly what its input function makes of DuckDB's CSV text
#: (typmods applied alike: numeric's scale, varchar's length, timestamp's precision; floats bit for
#: bit, their CSV text being their shortest exact form).  Where a cast is exact only for some values
#: (a double into real, a text into uuid), any other value stops DuckDB (``error``): the CSV path
#: then loads the table.  No other text into a non-text type, no naive timestamp into timestamptz.
_SMALL, _TINY = ("SMALLINT", "USMALLINT"), ("TINYINT", "UTINYINT")
_AS_IS = "{c}"
_TEXT_IN = {"VARCHAR": _AS_IS}
_NOT_EXACT = "error('not exact in binary')"
#: a real archived as double: what PostgreSQL's float4in (strtof, PostgreSQL 12 on) makes of the
#: double's CSV text -- DuckDB's text parsed as float, correctly rounded; the text's underflow to
#: zero or overflow to infinity, which float4in refuses, stops DuckDB
_FLOAT_OF_TEXT = "CAST(CAST({c} AS VARCHAR) AS FLOAT)"
_REAL_OF_DOUBLE = (f"CASE WHEN ({_FLOAT_OF_TEXT} = 0 AND {{c}} <> 0) OR (isinf({_FLOAT_OF_TEXT}) AND NOT isinf({{c}})) "
                   f"THEN {_NOT_EXACT} ELSE {_FLOAT_OF_TEXT} END")  # fmt: skip
# fmt: off
_BINARY_IN: dict[int, dict[str, str]] = {
    16: {"BOOLEAN": _AS_IS},  # boolean
    17: {"BLOB": _AS_IS},  # bytea
    21: {"SMALLINT": _AS_IS, **dict.fromkeys(_TINY, "CAST({c} AS SMALLINT)")},  # smallint
    23: {"INTEGER": _AS_IS, **dict.fromkeys((*_TINY, *_SMALL), "CAST({c} AS INTEGER)")},  # integer
    20: {"BIGINT": _AS_IS, **dict.fromkeys((*_TINY, *_SMALL, "INTEGER", "UINTEGER"), "CAST({c} AS BIGINT)")},
    700: {"FLOAT": _AS_IS, "DOUBLE": _REAL_OF_DOUBLE},  # real (archived as double: see above)
    701: {"DOUBLE": _AS_IS},  # double precision
    1700: {"DECIMAL": _AS_IS, **dict.fromkeys((*_TINY, *_SMALL, "INTEGER", "UINTEGER", "BIGINT", "UBIGINT"),
                                                "CAST({c} AS DECIMAL(38, 0))")},  # numeric
    25: _TEXT_IN, 1043: _TEXT_IN, 1042: _TEXT_IN, 114: _TEXT_IN,  # text, varchar, char, json
    3802: {"VARCHAR": "'\\x01'::BLOB || encode({c})"},  # jsonb: format version 1, then the text
    1082: {"DATE": _AS_IS},
    1083: {"TIME": _AS_IS},  # time without time zone
    1114: {"TIMESTAMP": _AS_IS, **dict.fromkeys(("TIMESTAMP_S", "TIMESTAMP_MS"), "CAST({c} AS TIMESTAMP)")},
    1184: {"TIMESTAMP WITH TIME ZONE": _AS_IS},  # timestamptz: both microseconds in UTC
    # uuid: archived as text; exact for the canonical form, in either case
    2950: {"UUID": _AS_IS, "VARCHAR": f"CASE WHEN CAST(TRY_CAST({{c}} AS UUID) AS VARCHAR) = lower({{c}}) "
                                      f"THEN CAST({{c}} AS UUID) WHEN {{c}} IS NOT NULL THEN {_NOT_EXACT} END"},
}
_Q_COLUMN_TYPES = ("SELECT a.attname, a.atttypid::int8 FROM pg_catalog.pg_attribute a "
                   "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped")
# fmt: on
_BINARY_SAVEPOINT = "aishell_copy_binary"
_PIPE_BYTES = 1 << 20


class _DuckFailed(Exception):
    """DuckDB's writer failed while feeding the binary COPY (the CSV path then runs instead)."""


def _binary_select(conn: PostgresConnection, table: str, columns: Sequence[str],
                   described: Sequence[Any]) -> list[str] | None:  # fmt: skip
    """The select list whose ``postgres_binary`` rendering the table's columns read exactly, or None."""
    if [str(row[0]) for row in described] != list(columns):
        return None
    types = {str(name): int(oid) for name, oid in conn.query_all(_Q_COLUMN_TYPES, (quote_table(table, "postgres"),))}
    select = []
    for name, row in zip(columns, described, strict=True):
        duck_type = str(row[1]).upper()
        oid = types.get(name, 0)
        if oid == 700 and duck_type == "DOUBLE" and conn.raw.info.server_version < 120000:
            return None  # before 12, float4in rounded the text to double first, then to float
        taken = _BINARY_IN.get(oid, {})
        form = taken.get("DECIMAL" if duck_type.startswith("DECIMAL(") else duck_type)
        if form is None:
            return None
        select.append(form.format(c=quote_name(name, "duckdb")))
    return select


def _binary_into(conn: PostgresConnection, table: str, columns: Sequence[str], path: str) -> int | None:
    """The Parquet file into ``table`` as binary COPY written by DuckDB's postgres extension; None (nothing
    kept) when a column's type is not one whose binary form is known exact, or when anything fails."""
    from aishell.errors import PolicyError, QueryCancelledError, QueryError, QueryTimeoutError

    if os.name != "posix" or not os.path.isdir("/dev/fd"):
        return None
    ext = extension("postgres_scanner")
    if ext is None:
        return None
    try:
        import duckdb
    except ImportError:
        return None
    from psycopg import sql as pgsql

    # the extension is the file of the installed wheel, not a download: DuckDB's check of its signature
    # (a hash of 40 MB, 0.15 s of CPU on each restore) is left out of this private in-memory database
    duck = duckdb.connect(":memory:", config={"threads": 1, "memory_limit": DUCKDB_MEMORY,
                                              "allow_unsigned_extensions": True})  # fmt: skip
    try:
        try:
            duck.execute("LOAD " + literal(ext))
            described = duck.execute(f"DESCRIBE SELECT * FROM read_parquet({literal(path)})").fetchall()
        except duckdb.Error:
            return None
        select = _binary_select(conn, table, columns, described)
        if select is None:
            return None
        savepoint = conn.in_transaction  # a failed COPY must not abort the restore's transaction
        if savepoint:
            conn.savepoint(_BINARY_SAVEPOINT)
        r, w = os.pipe()
        outcome: dict[str, Any] = {}
        started = False

        def write_binary() -> None:
            try:
                sql = f"SELECT {', '.join(select)} FROM read_parquet({literal(path)})"
                duck.execute(f"COPY ({sql}) TO {literal(f'/dev/fd/{w}')} (FORMAT postgres_binary, USE_TMP_FILE false)")
            except BaseException as exc:
                outcome["error"] = exc
            finally:
                os.close(w)

        def feed(copy: Any) -> None:
            nonlocal started
            worker = threading.Thread(target=write_binary, name="aishell-pg-binary", daemon=True)
            worker.start()
            started = True
            try:
                while chunk := os.read(r, _PIPE_BYTES):
                    copy.write(chunk)
            except BaseException:
                duck.interrupt()
                while os.read(r, _PIPE_BYTES):  # until DuckDB stops writing
                    pass
                raise
            finally:
                worker.join()
            if "error" in outcome:
                raise _DuckFailed(str(outcome["error"]))

        try:
            _pipe_size(r)
            query = conn._copy_target(table, columns) + pgsql.SQL(" WITH (FORMAT binary)")
            copied = conn._copy_in(query, feed)
        except (QueryCancelledError, QueryTimeoutError, PolicyError):
            raise
        except (QueryError, _DuckFailed):
            if savepoint:
                conn.rollback_to_savepoint(_BINARY_SAVEPOINT)
                conn.release_savepoint(_BINARY_SAVEPOINT)
            return None
        finally:
            if not started:
                os.close(w)
            os.close(r)
        if savepoint:
            conn.release_savepoint(_BINARY_SAVEPOINT)
        return int(copied)
    finally:
        duck.close()


def _pipe_size(fd: int) -> None:
    """Let the pipe hold 1 MB (Linux; the default 64 KB means a switch of threads every 64 KB)."""
    import fcntl

    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is not None:
        try:
            fcntl.fcntl(fd, setsize, _PIPE_BYTES)
        except OSError:
            pass


def parquet_into(conn: PostgresConnection, table: str, columns: Sequence[str], path: str) -> int | None:
    """Load a Parquet file into PostgreSQL: binary COPY where exact (:func:`_binary_into`), else through
    DuckDB's CSV writer and COPY; None when neither applies.  The file's column types are read by
    DuckDB (no pyarrow: -0.12 s of start-up)."""
    copied = _binary_into(conn, table, columns, path)
    if copied is not None:
        return copied
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
