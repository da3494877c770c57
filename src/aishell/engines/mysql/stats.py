"""What MySQL and MariaDB recorded in ``performance_schema``: reads through each index
(``table_io_waits_summary_by_index_usage``) and statement digests
(``events_statements_summary_by_digest``), for :meth:`MySQLConnection.index_usage` and
:meth:`MySQLConnection.statement_stats`.  Without performance_schema, statements come from the
slow log when it is written to a table (``mysql.slow_log``), normalised here as the digests are;
and rows spread over a table, for :meth:`MySQLConnection.sample_values`.  Only reads: no setting
or consumer is changed here."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Sequence
from typing import Any

from aishell.engines.base import Connection, IndexUsage, StatementStats, TableInfo
from aishell.errors import ConfigError, QueryError

#: every index of the current database's tables, with the reads performance_schema counted
#: through it (no row there: the table was not opened since the server started, so none)
_Q_INDEX_USAGE = """
SELECT s.TABLE_NAME, s.INDEX_NAME, MIN(s.NON_UNIQUE), COALESCE(MAX(u.COUNT_STAR), 0),
       (SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS c
        WHERE c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME
          AND c.CONSTRAINT_NAME = s.INDEX_NAME AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))
FROM information_schema.STATISTICS s
LEFT JOIN performance_schema.table_io_waits_summary_by_index_usage u
  ON u.OBJECT_TYPE = 'TABLE' AND u.OBJECT_SCHEMA = s.TABLE_SCHEMA AND u.OBJECT_NAME = s.TABLE_NAME
 AND u.INDEX_NAME = s.INDEX_NAME
WHERE s.TABLE_SCHEMA = %s
GROUP BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME
ORDER BY s.TABLE_NAME, s.INDEX_NAME
"""

#: index sizes InnoDB keeps (readable where the login may read the mysql schema)
_Q_INDEX_SIZES = """
SELECT table_name, index_name, stat_value * @@innodb_page_size
FROM mysql.innodb_index_stats WHERE database_name = %s AND stat_name = 'size'
"""

#: order name -> the expression of events_statements_summary_by_digest (timers in picoseconds)
_ORDER = {"total": "SUM_TIMER_WAIT", "mean": "AVG_TIMER_WAIT", "calls": "COUNT_STAR",
          "rows": "SUM_ROWS_SENT + SUM_ROWS_AFFECTED"}  # fmt: skip

_HOW_TO_TURN_ON = "set performance_schema = ON in the [mysqld] section of the server's my.cnf and restart it"
#: the most recent slow-log entries of the database read to group them
SLOW_LOG_ROWS = 20_000
_SLOW_LOG = """
SELECT sql_text, TIME_TO_SEC(query_time) * 1000, rows_sent, UNIX_TIMESTAMP(start_time)
FROM mysql.slow_log WHERE db = DATABASE() {matching}ORDER BY start_time DESC LIMIT %s
"""
#: in a statement's text: a quoted name (kept), a comment (dropped), a literal (``?``): quoted
#: strings, hex and numbers (not digits inside names)
_TOKEN = re.compile(
    r"(?P<name>`(?:[^`]|``)*`)|(?P<comment>/\*.*?\*/|(?:--\s|#)[^\n]*)"
    r"|'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|\b0x[0-9a-f]+\b|(?<![\w.$@])\d+(?:\.\d+)?(?:e[+-]?\d+)?\b",
    re.I | re.S,
)
_LIST = re.compile(r"\(\s*\?(?:\s*,\s*\?)+\s*\)")


def _require_performance_schema(conn: Connection) -> None:
    rows = conn.query_all("SELECT @@performance_schema")
    if not rows or not int(rows[0][0] or 0):
        raise ConfigError(f"performance_schema is OFF: {_HOW_TO_TURN_ON}", engine=conn.display_name)


def _server_start(conn: Connection) -> _dt.datetime | None:
    rows = conn.query_all("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'UPTIME'")
    try:
        uptime = int(rows[0][0]) if rows else None
    except (TypeError, ValueError):
        uptime = None
    if uptime is None:
        return None
    now = _dt.datetime.now(_dt.UTC).replace(microsecond=0)
    return now - _dt.timedelta(seconds=uptime)


def index_usage(conn: Connection) -> list[IndexUsage]:
    _require_performance_schema(conn)
    database = conn.current_database()
    if not database:
        return []
    since = _server_start(conn)
    sizes: dict[tuple[str, str], int] = {}
    try:
        sizes = {(str(t), str(i)): int(v) for t, i, v in conn.query_all(_Q_INDEX_SIZES, (database,)) if v is not None}
    except QueryError:
        pass  # no right to read mysql.innodb_index_stats (or not InnoDB): sizes unknown
    return [
        IndexUsage(
            schema=database,
            table=str(table),
            index=str(index),
            scans=int(scans or 0),
            unique=not int(non_unique),
            primary=str(index) == "PRIMARY",
            size_bytes=sizes.get((str(table), str(index))),
            constraint=bool(backs),
            since=since,
            since_what="server start",
        )
        for table, index, non_unique, scans, backs in conn.query_all(_Q_INDEX_USAGE, (database,))
    ]


def statement_stats(conn: Connection, *, order: str, limit: int, matching: str | None) -> list[StatementStats]:
    rows = conn.query_all("SELECT @@performance_schema, @@global.log_output")
    if rows and not int(rows[0][0] or 0):
        if "TABLE" in str(rows[0][1] or "").upper():
            return slow_log_stats(conn, order=order, limit=limit, matching=matching)
        raise ConfigError(
            f"performance_schema is OFF: {_HOW_TO_TURN_ON} (or log slow statements to a table: "
            "SET GLOBAL log_output = 'FILE,TABLE', slow_query_log = 1, long_query_time = ...)",
            engine=conn.display_name,
        )
    consumer = conn.query_all("SELECT ENABLED FROM performance_schema.setup_consumers WHERE NAME = 'statements_digest'")
    if consumer and str(consumer[0][0]).upper() != "YES":
        raise ConfigError(
            "performance_schema does not record statement digests: run UPDATE performance_schema.setup_consumers "
            "SET ENABLED = 'YES' WHERE NAME = 'statements_digest' (or set performance-schema-consumer-"
            "statements-digest = ON in my.cnf)",
            engine=conn.display_name,
        )
    where = "SCHEMA_NAME = DATABASE() AND DIGEST_TEXT IS NOT NULL"
    params: list[Any] = []
    if matching:
        where += " AND LOCATE(LOWER(%s), LOWER(DIGEST_TEXT)) > 0"
        params.append(matching)
    params.append(limit)
    sql = (
        "SELECT DIGEST_TEXT, DIGEST, COUNT_STAR, SUM_TIMER_WAIT / 1000000000, AVG_TIMER_WAIT / 1000000000, "
        "SUM_ROWS_SENT + SUM_ROWS_AFFECTED, UNIX_TIMESTAMP(FIRST_SEEN), UNIX_TIMESTAMP(LAST_SEEN) "
        f"FROM performance_schema.events_statements_summary_by_digest WHERE {where} "
        f"ORDER BY {_ORDER[order]} DESC LIMIT %s"
    )
    return [
        StatementStats(
            query=" ".join(str(text).split()),
            fingerprint=str(digest),
            calls=int(calls or 0),
            total_ms=float(total or 0),
            mean_ms=float(mean or 0),
            rows=int(rows or 0),
            first_seen=_utc(first),
            last_seen=_utc(last),
        )
        for text, digest, calls, total, mean, rows, first, last in conn.query_all(sql, params)
    ]


def _utc(epoch: Any) -> _dt.datetime | None:
    if epoch is None:
        return None
    try:
        return _dt.datetime.fromtimestamp(float(epoch), _dt.UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def normalise(text: str) -> str:
    """A statement's text with its literals as ``?`` (a value list as one ``(?)``), comments
    dropped and spaces collapsed: what groups slow-log entries as the digests group them."""
    text = _TOKEN.sub(lambda m: m["name"] or (" " if m["comment"] else "?"), text)
    return " ".join(_LIST.sub("(?)", text).split()).rstrip(";").rstrip()


def slow_log_stats(conn: Connection, *, order: str, limit: int, matching: str | None) -> list[StatementStats]:
    """The slow log's entries for the current database (the :data:`SLOW_LOG_ROWS` most recent),
    grouped by their normalised text, ordered and cut here (the log table has no index)."""
    params: list[Any] = [matching] if matching else []
    where = "AND LOCATE(LOWER(%s), LOWER(sql_text)) > 0 " if matching else ""
    groups: dict[str, list[Any]] = {}
    for text, ms, rows, at in conn.query_all(_SLOW_LOG.format(matching=where), [*params, SLOW_LOG_ROWS]):
        raw = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else str(text)
        key = normalise(raw)
        entry = groups.setdefault(key, [0, 0.0, 0, None, None])
        entry[0] += 1
        entry[1] += float(ms or 0)
        entry[2] += int(rows or 0)
        seen = _utc(at)
        if seen is not None:
            entry[3] = seen if entry[3] is None or seen < entry[3] else entry[3]
            entry[4] = seen if entry[4] is None or seen > entry[4] else entry[4]
    found = [
        StatementStats(query=key, fingerprint=hashlib.sha256(key.encode()).hexdigest()[:32], calls=calls,
                       total_ms=total, mean_ms=total / calls, rows=rows, first_seen=first, last_seen=last)
        for key, (calls, total, rows, first, last) in groups.items()
    ]  # fmt: skip
    measure = {"total": lambda s: s.total_ms, "mean": lambda s: s.mean_ms, "calls": lambda s: s.calls,
               "rows": lambda s: s.rows}[order]  # fmt: skip
    return sorted(found, key=measure, reverse=True)[:limit]


def sample_values(conn: Connection, table: TableInfo, columns: Sequence[str], *, rows: int,
                  schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
    """Values of ``columns`` from ``rows`` rows at evenly spread positions of the table's integer
    primary key (one index seek each, in one statement), so the sample spans the whole table;
    a table without such a key (or smaller than the sample) is read from its start."""
    quote = conn.engine_dialect.quote
    name = f"{quote(schema)}.{quote(table.name)}" if schema else quote(table.name)
    if len(table.primary_key) == 1 and rows > 1:
        key = quote(table.primary_key[0])
        bounds = conn.query_all(f"SELECT MIN({key}), MAX({key}) FROM {name}")  # nosec B608
        low, high = bounds[0] if bounds else (None, None)
        if isinstance(low, int) and isinstance(high, int) and high - low >= rows:
            points = sorted({low + (high - low) * i // (rows - 1) for i in range(rows)})
            cols = ", ".join(quote(c) for c in columns)
            part = f"(SELECT {cols} FROM {name} WHERE {key} >= %s ORDER BY {key} LIMIT 1)"  # nosec B608
            return conn.column_values(" UNION ALL ".join([part] * len(points)), columns, len(points), points)
    return Connection.sample_values(conn, table, columns, rows=rows, schema=schema)
