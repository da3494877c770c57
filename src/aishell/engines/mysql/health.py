"""MySQL/MariaDB's health checks (``aishell health``), from ``information_schema``: statements and
idle transactions (``PROCESSLIST``, ``INNODB_TRX``), lock waits (``INNODB_LOCK_WAITS`` and
metadata-lock waits), connections and the buffer pool (``GLOBAL_STATUS``), tables without a
primary key and AUTO_INCREMENT columns near their maximum.  Unused indexes come from
``performance_schema`` through :meth:`Connection.index_usage`, redundant ones from the catalog.

Each check is read statements and a function over their rows (:mod:`aishell.engines.health`);
the service runs them through the session's gate, read-only.  No driver is imported here.
"""

from __future__ import annotations

from aishell.engines.health import (
    REDUNDANT_INDEXES,
    UNUSED_INDEXES,
    WARNING,
    Check,
    HealthRules,
    Problem,
    Reading,
    Waiter,
    lock_chains,
    number,
    seconds,
    short,
)

_SYSTEM = "('mysql', 'information_schema', 'performance_schema', 'sys')"


def _who(row: dict[str, object]) -> str:
    return f"thread {row.get('id')} ({row.get('user') or '?'}@{row.get('host') or '?'})"


_LONG_SQL = """SELECT ID AS id, USER AS user, HOST AS host, DB AS db, COMMAND AS command, TIME AS seconds,
  STATE AS state, INFO AS query
FROM information_schema.PROCESSLIST
WHERE COMMAND NOT IN ('Sleep', 'Daemon', 'Binlog Dump', 'Binlog Dump GTID', 'Killed')
  AND INFO IS NOT NULL AND ID <> CONNECTION_ID()"""


def _long(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        secs = number(row["seconds"])
        level = r.grade(secs, "long_query")
        if level:
            state = f" ({row['state']})" if row.get("state") else ""
            out.append(
                Problem(
                    level,
                    f"{_who(row)} has run for {seconds(secs)}{state}: {short(row['query'])}",
                    f"KILL QUERY {int(row['id'])};",
                    f"thread {row['id']}",
                )
            )
    return out


_IDLE_SQL = """SELECT t.trx_mysql_thread_id AS id, p.USER AS user, p.HOST AS host, p.TIME AS idle,
  TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) AS open, t.trx_rows_locked AS rows_locked,
  t.trx_rows_modified AS rows_modified
FROM information_schema.INNODB_TRX t
JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
WHERE p.COMMAND = 'Sleep'"""


def _idle(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        idle = number(row["idle"])
        level = r.grade(idle, "idle_in_transaction")
        if level:
            found = (
                f"{_who(row)} is idle in transaction for {seconds(idle)} (open for {seconds(number(row['open']))}, "
                f"{row['rows_locked']} rows locked, {row['rows_modified']} modified)"
            )
            out.append(Problem(level, found, f"KILL {int(row['id'])};", f"thread {row['id']}"))
    return out


_WAITS_SQL = """SELECT r.trx_mysql_thread_id AS id, TIMESTAMPDIFF(SECOND, r.trx_wait_started, NOW()) AS waited,
  r.trx_query AS query, b.trx_mysql_thread_id AS blocker
FROM information_schema.INNODB_LOCK_WAITS w
JOIN information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id
JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id"""
_THREADS_SQL = """SELECT ID AS id, USER AS user, HOST AS host, COMMAND AS command, TIME AS seconds, STATE AS state,
  INFO AS query
FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"""


def _locks(r: Reading) -> list[Problem]:
    threads = {row["id"]: row for row in r.rows[1]}
    sessions: dict[object, Waiter] = {}
    for tid, row in threads.items():
        doing = "idle" if row.get("command") == "Sleep" else short(row.get("query"), 60)
        sessions[tid] = Waiter(tid, f"{_who(row)} {doing}")
    for row in r.rows[0]:
        waiter = sessions.setdefault(row["id"], Waiter(row["id"], f"thread {row['id']}"))
        waiter.blockers = [*waiter.blockers, row["blocker"]]
        waiter.waited = number(row["waited"])
    out = []
    for root, waiting in lock_chains(sessions):
        level = r.grade(waiting[0].waited, "blocked")
        if level:
            chain = "; ".join(f"{w.label} waits {seconds(w.waited)}" for w in waiting[:5])
            out.append(
                Problem(
                    level,
                    f"{root.label} blocks {len(waiting)} session{'s' if len(waiting) > 1 else ''}: {chain}",
                    f"KILL {int(root.id)};",
                    f"thread {root.id}",
                )
            )
    for row in r.rows[1]:  # metadata locks (DDL against an open transaction): no blocker in these views
        level = r.grade(number(row["seconds"]), "blocked") if "metadata lock" in str(row.get("state") or "") else None
        if level:
            out.append(
                Problem(
                    level,
                    f"{_who(row)} waits {seconds(number(row['seconds']))} for a metadata lock: "
                    f"{short(row['query'])} (the holder is a transaction open on the table)",
                    f"KILL QUERY {int(row['id'])};  -- or end the transaction that holds the table",
                    f"thread {row['id']}",
                )
            )
    return out


_STATUS_SQL = """SELECT LOWER(VARIABLE_NAME) AS name, VARIABLE_VALUE AS value FROM information_schema.GLOBAL_STATUS
WHERE VARIABLE_NAME IN ('THREADS_CONNECTED', 'MAX_USED_CONNECTIONS', 'INNODB_BUFFER_POOL_READ_REQUESTS',
  'INNODB_BUFFER_POOL_READS')
UNION ALL
SELECT LOWER(VARIABLE_NAME), VARIABLE_VALUE FROM information_schema.GLOBAL_VARIABLES
WHERE VARIABLE_NAME IN ('MAX_CONNECTIONS', 'INNODB_BUFFER_POOL_SIZE')"""


def _values(r: Reading) -> dict[str, float | None]:
    return {str(row["name"]): number(row["value"]) for row in r.first}


def _connections(r: Reading) -> list[Problem]:
    values = _values(r)
    used, allowed = values.get("threads_connected"), values.get("max_connections")
    if used is None or not allowed:
        return []
    pct = 100 * used / allowed
    level = r.grade(pct, "connections")
    if not level:
        return []
    peak = values.get("max_used_connections")
    found = f"{used:.0f} of {allowed:.0f} connections in use ({pct:.0f}%)" + (f"; peak {peak:.0f}" if peak else "")
    return [
        Problem(
            level,
            found,
            f"SET GLOBAL max_connections = {int(allowed * 2)};  -- and in the server's configuration file, to keep it",
            "max_connections",
        )
    ]


def _buffer_pool(r: Reading) -> list[Problem]:
    values = _values(r)
    requests, disk = values.get("innodb_buffer_pool_read_requests"), values.get("innodb_buffer_pool_reads") or 0
    if not requests or requests < r.limits["cache_min_reads"]:
        return []
    pct = 100 * (1 - disk / requests)
    level = r.grade(pct, "cache_hit", lower_is_worse=True)
    if not level:
        return []
    pool = values.get("innodb_buffer_pool_size") or 0
    return [
        Problem(
            level,
            f"InnoDB buffer pool hit ratio is {pct:.2f}% ({disk:.0f} of {requests:.0f} page reads went to disk)",
            f"SET GLOBAL innodb_buffer_pool_size = {int(pool * 2) or 1073741824};  -- and in the configuration file",
            "innodb_buffer_pool_size",
        )
    ]


_NO_PK_SQL = f"""SELECT t.TABLE_SCHEMA AS `schema`, t.TABLE_NAME AS name, t.ENGINE AS engine, t.TABLE_ROWS AS `rows`
FROM information_schema.TABLES t
WHERE t.TABLE_TYPE = 'BASE TABLE' AND t.TABLE_SCHEMA NOT IN {_SYSTEM}
  AND (DATABASE() IS NULL OR t.TABLE_SCHEMA = DATABASE())
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c
    WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY')"""


def _no_pk(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        name = r.qualified(str(row["schema"]), str(row["name"]))
        rows = number(row.get("rows"))
        found = f"table {name} ({row.get('engine')}, ~{rows or 0:.0f} rows) has no primary key"
        fix = (
            f"ALTER TABLE {name} ADD COLUMN {r.quote('id')} BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;"
        )
        out.append(
            Problem(
                WARNING,
                found,
                fix + "  -- or ADD PRIMARY KEY (its unique NOT NULL columns)",
                f"{row['schema']}.{row['name']}",
            )
        )
    return out


_AUTO_SQL = f"""SELECT c.TABLE_SCHEMA AS `schema`, c.TABLE_NAME AS `table`, c.COLUMN_NAME AS `column`,
  c.DATA_TYPE AS data_type, c.COLUMN_TYPE AS column_type, t.AUTO_INCREMENT AS next_value
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.EXTRA LIKE '%auto_increment%' AND t.AUTO_INCREMENT IS NOT NULL AND c.TABLE_SCHEMA NOT IN {_SYSTEM}
  AND (DATABASE() IS NULL OR c.TABLE_SCHEMA = DATABASE())"""

_BITS = {"tinyint": 8, "smallint": 16, "mediumint": 24, "int": 32, "integer": 32, "bigint": 64}


def _auto_increment(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        bits = _BITS.get(str(row["data_type"]).lower())
        following = number(row["next_value"])
        if bits is None or following is None:
            continue
        unsigned = "unsigned" in str(row["column_type"]).lower()
        top = 2**bits - 1 if unsigned else 2 ** (bits - 1) - 1
        pct = 100 * (following - 1) / top
        level = r.grade(pct, "sequence")
        if not level:
            continue
        table = r.qualified(str(row["schema"]), str(row["table"]))
        found = (
            f"AUTO_INCREMENT of {table}.{row['column']} ({row['column_type']}) has used {pct:.1f}% of its "
            f"range (next value {following:.0f} of {top})"
        )
        fix = f"ALTER TABLE {table} MODIFY {r.quote(str(row['column']))} BIGINT UNSIGNED NOT NULL AUTO_INCREMENT;"
        out.append(Problem(level, found, fix, f"{row['schema']}.{row['table']}.{row['column']}"))
    return out


HEALTH = HealthRules(
    checks=(
        Check(
            "long_running_queries",
            "Long-running statements",
            "A long statement holds locks and keeps an old read view, so InnoDB's purge falls behind (the undo "
            "history grows).",
            (_LONG_SQL,),
            _long,
            ("long_query",),
        ),
        Check(
            "idle_in_transaction",
            "Sessions idle in transaction",
            "An open InnoDB transaction that does nothing keeps its row locks (writers wait behind it) and "
            "holds back purge.",
            (_IDLE_SQL,),
            _idle,
            ("idle_in_transaction",),
        ),
        Check(
            "blocked_queries",
            "Lock waits and lock chains",
            "Sessions waiting on a lock make no progress and fail after innodb_lock_wait_timeout; one blocker "
            "at the root of a chain can stall many.",
            (_WAITS_SQL, _THREADS_SQL),
            _locks,
            ("blocked",),
        ),
        Check(
            "connections",
            "Connection saturation",
            "When max_connections is reached new clients are refused (Too many connections).",
            (_STATUS_SQL,),
            _connections,
            ("connections",),
        ),
        Check(
            "buffer_pool_hit_ratio",
            "InnoDB buffer pool hit ratio",
            "Page reads that miss the buffer pool go to disk, which is much slower.",
            (_STATUS_SQL,),
            _buffer_pool,
            ("cache_hit", "cache_min_reads"),
        ),
        Check(
            "tables_without_primary_key",
            "Tables without a primary key",
            "InnoDB clusters rows by the primary key: without one it uses a hidden key, row-based replication "
            "scans the table for each changed row, and rows cannot be addressed reliably.",
            (_NO_PK_SQL,),
            _no_pk,
        ),
        Check(
            "auto_increment",
            "AUTO_INCREMENT near its maximum",
            "When an AUTO_INCREMENT column reaches the largest value of its type, every insert fails.",
            (_AUTO_SQL,),
            _auto_increment,
            ("sequence",),
        ),
    ),
    catalog_checks=(UNUSED_INDEXES, REDUNDANT_INDEXES),
)
