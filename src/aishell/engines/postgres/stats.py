"""What PostgreSQL recorded: index scans (``pg_stat_user_indexes``) and statements
(``pg_stat_statements``), for :meth:`PostgresConnection.index_usage` and
:meth:`PostgresConnection.statement_stats`; and the planner's statistics of columns (``pg_stats``),
for :meth:`PostgresConnection.sample_values`.  Only reads; the extension is never created here."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from aishell.engines.base import Connection, IndexUsage, StatementStats, TableInfo
from aishell.errors import ConfigError, QueryError

#: index scans of the user tables, with what each index backs and its size
_Q_INDEX_USAGE = """
SELECT s.schemaname, s.relname, s.indexrelname, s.idx_scan, i.indisunique, i.indisprimary,
       pg_catalog.pg_relation_size(s.indexrelid),
       EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c
               WHERE c.conindid = s.indexrelid AND c.conrelid = s.relid AND c.contype IN ('p', 'u', 'x'))
FROM pg_catalog.pg_stat_user_indexes s
JOIN pg_catalog.pg_index i ON i.indexrelid = s.indexrelid
ORDER BY 1, 2, 3
"""

#: since when the counts run: the database's statistics reset, else the server's start
_Q_SINCE = """
SELECT pg_catalog.pg_stat_get_db_stat_reset_time(d.oid), pg_catalog.pg_postmaster_start_time()
FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database()
"""

#: the schema pg_stat_statements was created in (no row: not created in this database)
_Q_EXTENSION = """
SELECT n.nspname FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'pg_stat_statements'
"""

#: order name -> the column of pg_stat_statements (13 and later: *_exec_time)
_ORDER = {"total": "total_exec_time", "mean": "mean_exec_time", "calls": "calls", "rows": "rows"}


def index_usage(conn: Connection) -> list[IndexUsage]:
    reset, started = (conn.query_all(_Q_SINCE) or [(None, None)])[0]
    since, what = (reset, "statistics reset") if reset is not None else (started, "server start")
    if isinstance(since, _dt.datetime):
        since = since.astimezone(_dt.UTC)
    return [
        IndexUsage(
            schema=str(schema),
            table=str(table),
            index=str(index),
            scans=int(scans or 0),
            unique=bool(unique),
            primary=bool(primary),
            size_bytes=None if size is None else int(size),
            constraint=bool(backs),
            since=since,
            since_what=what,
        )
        for schema, table, index, scans, unique, primary, size, backs in conn.query_all(_Q_INDEX_USAGE)
    ]


def statement_stats(conn: Connection, *, order: str, limit: int, matching: str | None,
                    version: int) -> list[StatementStats]:  # fmt: skip
    """``version``: the server's version number (``150004``)."""
    rows = conn.query_all(_Q_EXTENSION)
    database = conn.current_database()
    if not rows:
        loaded = conn.query_all("SELECT setting FROM pg_catalog.pg_settings WHERE name = 'shared_preload_libraries'")
        preload = (
            ""
            if loaded and "pg_stat_statements" in str(loaded[0][0])
            else ("set shared_preload_libraries = 'pg_stat_statements' in postgresql.conf, restart the server, then ")
        )
        raise ConfigError(
            f"pg_stat_statements is not created in database {database}: {preload}run CREATE EXTENSION "
            "pg_stat_statements in it (aishell never creates it: that is a write)",
            engine="PostgreSQL",
        )  # fmt: skip
    schema = str(rows[0][0]).replace('"', '""')
    modern = version >= 130000
    column = _ORDER[order] if modern else _ORDER[order].replace("_exec_time", "_time")
    total = "total_exec_time" if modern else "total_time"
    where = "s.dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())"
    where += " AND s.query <> '<insufficient privilege>'"
    params: list[object] = []
    if matching:
        where += " AND strpos(lower(s.query), lower(%s)) > 0"
        params.append(matching)
    params.append(limit)
    # one row per query id: a statement run at top level and inside a function appears twice
    sql = (
        f"SELECT min(s.query), s.queryid::text, sum(s.calls), sum(s.{total}), "
        f"sum(s.{total}) / greatest(sum(s.calls), 1), sum(s.rows) "
        f'FROM "{schema}".pg_stat_statements s WHERE {where} GROUP BY s.queryid '
        f"ORDER BY {_sum(column, total)} DESC NULLS LAST LIMIT %s"
    )
    try:
        found = conn.query_all(sql, params)
    except QueryError as exc:
        if "shared_preload_libraries" in exc.message:
            raise ConfigError(
                "pg_stat_statements is created but not loaded: set shared_preload_libraries = "
                "'pg_stat_statements' in postgresql.conf and restart the server",
                engine="PostgreSQL",
            ) from exc
        raise
    return [
        StatementStats(
            query=str(query),
            fingerprint=str(qid),
            calls=int(calls or 0),
            total_ms=float(tot or 0),
            mean_ms=float(avg or 0),
            rows=int(nrows or 0),
        )
        for query, qid, calls, tot, avg, nrows in found
    ]


def _sum(column: str, total: str) -> str:
    """The ORDER BY expression of ``column`` over the grouped rows."""
    if column.startswith("mean"):
        return f"sum(s.{total}) / greatest(sum(s.calls), 1)"
    return f"sum(s.{column})"


# --------------------------------------------------------------------------- value samples
#: each sampled column's type and what ANALYZE recorded of it: the share of NULLs, the most common
#: values with their shares, and the bounds of equal-population buckets of the other values
_Q_COLUMN_STATS = """
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), s.null_frac,
       s.most_common_vals::text, s.most_common_freqs, s.histogram_bounds::text
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
WHERE n.nspname = COALESCE(%s, pg_catalog.current_schema()) AND c.relname = %s AND a.attname = ANY(%s)
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY s.inherited NULLS LAST
"""

#: how many rows a sample built from the statistics stands for when they have no histogram
STATS_ROWS = 1000
#: pages read by TABLESAMPLE SYSTEM for a column the statistics know nothing of
SAMPLE_PAGES = 32


def sample_values(conn: Connection, table: TableInfo, columns: Sequence[str], *, rows: int,
                  schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
    """Values of ``columns`` spread over the whole table, for free: built from ``pg_stats``
    (:func:`_from_stats`); a column ANALYZE has not seen is sampled with ``TABLESAMPLE SYSTEM``
    (a few pages spread over the table, repeatably), a tiny table read from its start."""
    found: dict[str, list[Any]] = {}
    stats: dict[str, tuple[str, Any, str | None, Any, str | None]] = {}
    for name, kind, null_frac, mcv, freqs, hist in conn.query_all(_Q_COLUMN_STATS, (schema, table.name, list(columns))):
        if str(name) not in stats and (mcv is not None or hist is not None) and not str(kind).endswith("]"):
            stats[str(name)] = (str(kind), null_frac, mcv, freqs, hist)
    if stats:
        names = list(stats)
        # the text of each array read back as an array of the column's type (typed values)
        casts = ", ".join(f"%s::text::{stats[n][0]}[], %s::text::{stats[n][0]}[]" for n in names)
        row = _typed(conn, f"SELECT {casts}", [v for n in names for v in (stats[n][2], stats[n][4])])  # nosec B608
        for i, n in enumerate(names):
            mcv, hist = row[2 * i], row[2 * i + 1]
            if (mcv is not None or hist is not None) and all(x is None or isinstance(x, list) for x in (mcv, hist)):
                found[n] = _from_stats(stats[n][1], mcv or [], stats[n][3] or [], hist or [])
    rest = [c for c in columns if not found.get(c)]
    if rest:
        found.update(_table_sample(conn, table, rest, rows=rows, schema=schema))
    return found


def _typed(conn: Connection, sql: str, params: list[Any]) -> tuple[Any, ...]:
    """The one row of ``sql``; all None when a type's values do not read back from their text
    (its columns are sampled instead), the user's open transaction kept by a savepoint."""
    inside = conn.in_transaction
    if inside:
        conn.savepoint("aishell_sample")
    try:
        row = conn.query_all(sql, params)[0]
    except QueryError:
        if inside:
            conn.rollback_to_savepoint("aishell_sample")
        return (None,) * len(params)
    if inside:
        conn.release_savepoint("aishell_sample")
    return tuple(row)


def _from_stats(null_frac: Any, mcv: list[Any], freqs: list[Any], hist: list[Any]) -> list[Any]:
    """A sample as rows would give it: each common value repeated by its share, and the bounds
    of the histogram's buckets (each bucket holds as many rows) once each, in the proportion of
    the rows the common values leave."""
    rest = max(0.0, 1.0 - float(null_frac or 0) - sum(float(f) for f in freqs))
    size = min(len(hist) / rest, 10 * STATS_ROWS) if hist and rest > 0 else STATS_ROWS
    out: list[Any] = []
    for value, freq in zip(mcv, freqs, strict=False):
        if value is not None:
            out.extend([value] * round(float(freq) * size))
    out.extend(v for v in hist if v is not None)
    return out or [v for v in mcv if v is not None]


def _table_sample(conn: Connection, table: TableInfo, columns: Sequence[str], *, rows: int,
                  schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
    quote = conn.engine_dialect.quote
    name = f"{quote(schema)}.{quote(table.name)}" if schema else quote(table.name)
    size = conn.query_all("SELECT pg_catalog.pg_relation_size(%s::regclass), current_setting('block_size')::int",
                          (name,))  # fmt: skip
    pages = int(size[0][0] or 0) // max(int(size[0][1] or 8192), 1) if size else 0
    if pages > SAMPLE_PAGES:
        percent = round(100.0 * SAMPLE_PAGES / pages, 6)
        cols = ", ".join(quote(c) for c in columns)
        sql = f"SELECT {cols} FROM {name} TABLESAMPLE SYSTEM ({percent}) REPEATABLE (0)"  # nosec B608
        found = conn.column_values(sql, columns, 400 * SAMPLE_PAGES)
        if any(found.values()):
            return found
    return Connection.sample_values(conn, table, columns, rows=rows, schema=schema)
