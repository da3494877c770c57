"""PostgreSQL's health checks (``aishell health``): sessions from ``pg_stat_activity`` and the lock
graph (``pg_blocking_pids``), connections, cache hits, invalid indexes, bloat estimates,
sequences, transaction ID wraparound, autovacuum lag and replication.

Each check is read statements and a function over their rows (:mod:`aishell.engines.health`);
the service runs them through the session's gate, read-only.  No driver is imported here.
"""

from __future__ import annotations

from aishell.engines.health import (
    CRITICAL,
    FK_WITHOUT_INDEX,
    INFO,
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
    size,
)

_CLIENTS = "backend_type = 'client backend' AND pid <> pg_backend_pid()"


def _who(row: dict[str, object]) -> str:
    user = row.get("usename") or "?"
    app = row.get("application_name")
    return f"pid {row.get('pid')} ({user}{', ' + str(app) if app else ''})"


# --------------------------------------------------------------------------- sessions
_LONG_SQL = f"""SELECT pid, usename, application_name, datname, wait_event_type,
  EXTRACT(EPOCH FROM now() - query_start) AS seconds, query
FROM pg_stat_activity
WHERE state = 'active' AND {_CLIENTS}"""


def _long(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        secs = number(row["seconds"])
        level = r.grade(secs, "long_query")
        if level:
            waiting = f", waiting on {row['wait_event_type']}" if row.get("wait_event_type") else ""
            out.append(
                Problem(
                    level,
                    f"{_who(row)} has run for {seconds(secs)}{waiting}: {short(row['query'])}",
                    f"SELECT pg_cancel_backend({int(row['pid'])});",
                    f"pid {row['pid']}",
                )
            )
    return out


_IDLE_SQL = f"""SELECT pid, usename, application_name, datname, state,
  EXTRACT(EPOCH FROM now() - state_change) AS idle, EXTRACT(EPOCH FROM now() - xact_start) AS open, query
FROM pg_stat_activity
WHERE state IN ('idle in transaction', 'idle in transaction (aborted)') AND {_CLIENTS}"""


def _idle(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        idle = number(row["idle"])
        level = r.grade(idle, "idle_in_transaction")
        if level:
            aborted = " (aborted)" if "aborted" in str(row.get("state")) else ""
            found = (
                f"{_who(row)} is idle in transaction{aborted} for {seconds(idle)} (open for "
                f"{seconds(number(row['open']))}); last statement: {short(row['query'])}"
            )
            fix = (
                f"SELECT pg_terminate_backend({int(row['pid'])});  -- and limit it: "
                "ALTER SYSTEM SET idle_in_transaction_session_timeout = '5min'; SELECT pg_reload_conf();"
            )
            out.append(Problem(level, found, fix, f"pid {row['pid']}"))
    return out


_LOCKS_SQL = """SELECT pid, usename, application_name, state, wait_event_type,
  EXTRACT(EPOCH FROM now() - state_change) AS waited, query, pg_blocking_pids(pid) AS blockers
FROM pg_stat_activity
WHERE backend_type = 'client backend'"""


def _locks(r: Reading) -> list[Problem]:
    sessions: dict[object, Waiter] = {}
    states: dict[object, str] = {}
    for row in r.first:
        blockers = list(row.get("blockers") or [])
        label = f"{_who(row)} {row.get('state') or ''}: {short(row['query'], 60)}"
        sessions[row["pid"]] = Waiter(row["pid"], label, number(row["waited"]) if blockers else None, blockers)
        states[row["pid"]] = str(row.get("state") or "")
    out = []
    for root, waiting in lock_chains(sessions):
        level = r.grade(waiting[0].waited, "blocked")
        if not level:
            continue
        chain = "; ".join(f"{w.label} waits {seconds(w.waited)}" for w in waiting[:5])
        more = f" and {len(waiting) - 5} more" if len(waiting) > 5 else ""
        idle = states.get(root.id, "").startswith("idle")
        action = "pg_terminate_backend" if idle else "pg_cancel_backend"
        fix = f"SELECT {action}({int(root.id)});" + (
            "" if idle else f"  -- or SELECT pg_terminate_backend({int(root.id)});"
        )
        out.append(
            Problem(
                level,
                f"{root.label} blocks {len(waiting)} session{'s' if len(waiting) > 1 else ''}: {chain}{more}",
                fix,
                f"pid {root.id}",
            )
        )
    return out


_CONNECTIONS_SQL = """SELECT count(*) AS used,
  current_setting('max_connections')::int AS allowed,
  current_setting('superuser_reserved_connections')::int AS reserved,
  count(*) FILTER (WHERE state = 'idle') AS idle,
  count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_transaction
FROM pg_stat_activity
WHERE backend_type = 'client backend'"""


def _connections(r: Reading) -> list[Problem]:
    row = r.first[0] if r.first else {}
    used, allowed = number(row.get("used")), number(row.get("allowed"))
    if used is None or not allowed:
        return []
    usable = max(allowed - (number(row.get("reserved")) or 0), 1)
    pct = 100 * used / usable
    level = r.grade(pct, "connections")
    if not level:
        return []
    found = (
        f"{used:.0f} of {usable:.0f} connections in use ({pct:.0f}%): {number(row.get('idle')) or 0:.0f} idle, "
        f"{number(row.get('idle_in_transaction')) or 0:.0f} idle in transaction"
    )
    fix = (
        f"ALTER SYSTEM SET max_connections = {int(allowed * 2)};  -- takes a restart; "
        "a pooler (PgBouncer) in front of the server is often better"
    )
    return [Problem(level, found, fix, "max_connections")]


# --------------------------------------------------------------------------- memory and indexes
_CACHE_SQL = """SELECT 'table' AS kind, sum(heap_blks_hit) AS hit, sum(heap_blks_read) AS read
FROM pg_statio_user_tables
UNION ALL
SELECT 'index', sum(idx_blks_hit), sum(idx_blks_read) FROM pg_statio_user_indexes"""


def _cache(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        hit, read = number(row["hit"]) or 0, number(row["read"]) or 0
        if hit + read <= 0 or hit + read < r.limits["cache_min_reads"]:
            continue
        pct = 100 * hit / (hit + read)
        level = r.grade(pct, "cache_hit", lower_is_worse=True)
        if level:
            out.append(
                Problem(
                    level,
                    f"{row['kind']} cache hit ratio is {pct:.2f}% ({read:.0f} of "
                    f"{hit + read:.0f} block reads went to disk)",
                    "ALTER SYSTEM SET shared_buffers = '...';  -- more memory (about 25% of RAM), then restart",
                    f"{row['kind']} cache",
                )
            )
    return out


_INVALID_SQL = """SELECT n.nspname AS schema, c.relname AS index, t.relname AS table
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT i.indisvalid"""


def _invalid(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        name = r.qualified(row["schema"], row["index"])
        out.append(
            Problem(
                WARNING,
                f"index {name} on {row['table']} is invalid (a failed CREATE INDEX CONCURRENTLY "
                "or REINDEX): writes maintain it, queries never use it",
                f"REINDEX INDEX CONCURRENTLY {name};  -- or DROP INDEX CONCURRENTLY {name};",
                f"{row['schema']}.{row['index']}",
            )
        )
    return out


_NOT_VALID_SQL = """SELECT n.nspname AS schema, t.relname AS table, c.conname AS name,
  CASE c.contype WHEN 'f' THEN 'foreign key' ELSE 'check' END AS kind
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE NOT c.convalidated"""


def _not_valid(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        table = r.qualified(str(row["schema"]), str(row["table"]))
        found = f"{row['kind']} constraint {row['name']} on {table} was added NOT VALID and never validated"
        fix = f"ALTER TABLE {table} VALIDATE CONSTRAINT {r.quote(str(row['name']))};"
        out.append(Problem(WARNING, found, fix, f"{row['schema']}.{row['table']}.{row['name']}"))
    return out


# Estimates from the planner's statistics (no extension needed): the pages the live rows would
# fill (row width from pg_stats, 24-byte tuple header and 4-byte line pointer, the fillfactor),
# against the pages the relation has.  Only analyzed relations are estimated.
_TABLE_BLOAT_SQL = """SELECT n.nspname AS schema, c.relname AS name, 'table' AS kind, c.relpages AS pages,
  c.reltuples AS tuples, current_setting('block_size')::int AS block,
  COALESCE((SELECT (regexp_match(array_to_string(c.reloptions, ','), 'fillfactor=([0-9]+)'))[1]::int), 100) AS fill,
  (SELECT sum(s.avg_width) FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname) AS width,
  (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
  (SELECT count(*) FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname) AS analyzed
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm') AND c.relpages > 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"""

_INDEX_BLOAT_SQL = """SELECT n.nspname AS schema, c.relname AS name, 'index' AS kind, c.relpages AS pages,
  c.reltuples AS tuples, current_setting('block_size')::int AS block,
  COALESCE((SELECT (regexp_match(array_to_string(c.reloptions, ','), 'fillfactor=([0-9]+)'))[1]::int), 90) AS fill,
  (SELECT sum(s.avg_width) FROM pg_attribute a JOIN pg_stats s ON s.schemaname = n.nspname
     AND s.tablename = t.relname AND s.attname = a.attname
   WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) AS width,
  i.indnatts AS columns,
  (SELECT count(*) FROM pg_attribute a JOIN pg_stats s ON s.schemaname = n.nspname
     AND s.tablename = t.relname AND s.attname = a.attname
   WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) AS analyzed
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = c.relam
WHERE am.amname = 'btree' AND c.relpages > 1 AND i.indisvalid AND NOT 0 = ANY (i.indkey)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"""


def _expected_pages(row: dict[str, object]) -> float | None:
    tuples, width, block = number(row["tuples"]), number(row["width"]), number(row["block"]) or 8192
    if tuples is None or tuples < 0 or width is None or (number(row["analyzed"]) or 0) < (number(row["columns"]) or 1):
        return None  # never analyzed, or columns without statistics: no estimate
    fill = (number(row["fill"]) or 100) / 100
    if row["kind"] == "table":
        per_row = 24 + 4 + 8 * -(-width // 8)  # header, line pointer, data aligned to 8
        return max(1.0, -(-tuples * per_row // ((block - 24) * fill)))
    per_entry = 8 + 4 + 8 * -(-width // 8)  # index tuple header, line pointer, key aligned to 8
    return 1 + max(1.0, -(-tuples * per_entry // ((block - 24 - 16) * fill)))


def _bloat(r: Reading) -> list[Problem]:
    out = []
    for row in [*r.rows[0], *r.rows[1]]:
        expected, pages = _expected_pages(row), number(row["pages"]) or 0
        if expected is None or pages <= expected:
            continue
        block = number(row["block"]) or 8192
        wasted = (pages - expected) * block
        pct = 100 * (pages - expected) / pages
        level = r.grade(pct, "bloat")
        if not level or wasted < r.limits["bloat_min_bytes"]:
            continue
        name = r.qualified(str(row["schema"]), str(row["name"]))
        fix = f"VACUUM FULL {name};  -- rewrites it under an exclusive lock (pg_repack does it online)"
        if row["kind"] == "index":
            fix = f"REINDEX INDEX CONCURRENTLY {name};"
        out.append(
            Problem(
                level,
                f"{row['kind']} {name} is about {pct:.0f}% bloat: {size(wasted)} of {size(pages * block)} (estimate)",
                fix,
                f"{row['schema']}.{row['name']}",
            )
        )
    return out


# --------------------------------------------------------------------------- counters
_SEQUENCES_SQL = """SELECT s.schemaname AS schema, s.sequencename AS name, s.last_value, s.min_value, s.max_value,
  s.increment_by, s.cycle, tn.nspname AS table_schema, t.relname AS table_name, a.attname AS column_name,
  format_type(a.atttypid, a.atttypmod) AS column_type
FROM pg_sequences s
JOIN pg_namespace sn ON sn.nspname = s.schemaname
JOIN pg_class sc ON sc.relname = s.sequencename AND sc.relnamespace = sn.oid
LEFT JOIN pg_depend d ON d.objid = sc.oid AND d.classid = 'pg_class'::regclass
  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
LEFT JOIN pg_class t ON t.oid = d.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE s.last_value IS NOT NULL"""

_COLUMN_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}


def _sequences(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        last, low, high = number(row["last_value"]), number(row["min_value"]), number(row["max_value"])
        step = number(row["increment_by"]) or 1
        if last is None or low is None or high is None or row.get("cycle"):
            continue
        column_max = _COLUMN_MAX.get(str(row.get("column_type") or ""))
        limit, by_column = (column_max, True) if column_max is not None and column_max < high else (high, False)
        span = (limit - low) if step > 0 else (high - low)
        used = (last - low) if step > 0 else (high - last)
        pct = 100 * used / span if span > 0 else 100.0
        level = r.grade(pct, "sequence")
        if not level:
            continue
        seq = r.qualified(str(row["schema"]), str(row["name"]))
        what = f"sequence {seq} has used {pct:.1f}% of its range (at {last:.0f} of {limit:.0f}"
        what += f", the limit of its {row['column_type']} column)" if by_column else ")"
        if row.get("table_name"):
            what += f"; it fills {row['table_name']}.{row['column_name']} ({row['column_type']})"
        if row.get("table_name") and row.get("column_type") in ("smallint", "integer"):
            table = r.qualified(str(row["table_schema"]), str(row["table_name"]))
            fix = (
                f"ALTER TABLE {table} ALTER COLUMN {r.quote(str(row['column_name']))} TYPE bigint; "
                f"ALTER SEQUENCE {seq} AS bigint;"
            )
        else:
            fix = f"ALTER SEQUENCE {seq} MAXVALUE {9223372036854775807 if step > 0 else low:.0f};"
            fix = f"ALTER SEQUENCE {seq} AS bigint MAXVALUE 9223372036854775807;" if step > 0 else fix
        out.append(Problem(level, what, fix, f"{row['schema']}.{row['name']}"))
    return out


_WRAP_SQL = """SELECT datname, age(datfrozenxid) AS xid_age, mxid_age(datminmxid) AS mxid_age,
  datname = current_database() AS here
FROM pg_database WHERE datallowconn"""
_WRAP_TABLES_SQL = """SELECT n.nspname AS schema, c.relname AS name, age(c.relfrozenxid) AS xid_age
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'
ORDER BY age(c.relfrozenxid) DESC LIMIT 3"""
_XID_SPACE = 2**31


def _wraparound(r: Reading) -> list[Problem]:
    out = []
    oldest = ", ".join(r.qualified(str(t["schema"]), str(t["name"])) for t in r.rows[1])
    for row in r.first:
        age = max(number(row["xid_age"]) or 0, number(row["mxid_age"]) or 0)
        pct = 100 * age / _XID_SPACE
        level = r.grade(pct, "wraparound")
        if not level:
            continue
        fix = "VACUUM (FREEZE, VERBOSE);  -- connected to that database"
        if row.get("here") and oldest:
            fix = f"VACUUM (FREEZE, VERBOSE) {oldest};  -- the oldest tables first; then VACUUM (FREEZE) the rest"
        out.append(
            Problem(
                level,
                f"database {row['datname']} is {age:,.0f} transactions old ({pct:.1f}% of the way "
                "to wraparound, when the server stops taking writes)",
                fix,
                str(row["datname"]),
            )
        )
    return out


_VACUUM_SQL = """SELECT s.schemaname AS schema, s.relname AS name, s.n_live_tup AS live, s.n_dead_tup AS dead,
  GREATEST(s.last_autovacuum, s.last_vacuum) AS vacuumed,
  COALESCE(array_to_string(c.reloptions, ',') LIKE '%autovacuum_enabled=false%', false) AS disabled,
  current_setting('autovacuum') = 'on' AS autovacuum
FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"""


def _vacuum(r: Reading) -> list[Problem]:
    out = []
    for row in r.first:
        dead, live = number(row["dead"]) or 0, number(row["live"]) or 0
        if dead < r.limits["dead_rows_min"]:
            continue
        pct = 100 * dead / max(dead + live, 1)
        level = r.grade(pct, "dead_rows")
        if not level:
            continue
        name = r.qualified(str(row["schema"]), str(row["name"]))
        when = f"last vacuumed {row['vacuumed']}" if row.get("vacuumed") else "never vacuumed"
        why = (
            " (autovacuum is off for it)"
            if row.get("disabled")
            else " (autovacuum is off)"
            if not row.get("autovacuum")
            else ""
        )
        fix = f"VACUUM (ANALYZE) {name};"
        if row.get("disabled"):
            fix += f" ALTER TABLE {name} RESET (autovacuum_enabled);"
        out.append(
            Problem(
                level,
                f"table {name} has {dead:,.0f} dead rows ({pct:.0f}% of its rows), {when}{why}",
                fix,
                f"{row['schema']}.{row['name']}",
            )
        )
    return out


_REPLICAS_SQL = """SELECT application_name, client_addr, state, EXTRACT(EPOCH FROM replay_lag) AS lag
FROM pg_stat_replication"""
_STANDBY_SQL = """SELECT pg_is_in_recovery() AS standby,
  EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) AS lag"""
_SLOTS_SQL = """SELECT slot_name, slot_type, active, wal_status FROM pg_replication_slots WHERE NOT active"""


def _replication(r: Reading) -> list[Problem]:
    out = []
    for row in r.rows[0]:
        lag = number(row["lag"])
        level = r.grade(lag, "replication_lag")
        who = f"replica {row.get('application_name') or row.get('client_addr') or '?'}"
        if level:
            out.append(Problem(level, f"{who} replays {seconds(lag)} behind (state {row.get('state')})", None, who))
    for row in r.rows[1]:
        lag = number(row["lag"])
        level = r.grade(lag, "replication_lag") if row.get("standby") else None
        if level:
            out.append(
                Problem(
                    level,
                    f"this server is a standby {seconds(lag)} behind its primary (the last transaction it replayed)",
                    None,
                    "standby",
                )
            )
    for row in r.rows[2]:
        slot = str(row["slot_name"])
        out.append(
            Problem(
                WARNING,
                f"replication slot {slot} ({row['slot_type']}) is inactive: the server keeps all "
                f"the WAL it has not consumed (wal_status {row.get('wal_status')})",
                f"SELECT pg_drop_replication_slot('{slot}');  -- if its consumer is gone for good",
                slot,
            )
        )
    return out


_WHY_LONG = (
    "A long statement holds its snapshot, so VACUUM cannot remove rows deleted since it began, and it may "
    "hold locks other sessions wait for."
)

HEALTH = HealthRules(
    checks=(
        Check("long_running_queries", "Long-running queries", _WHY_LONG, (_LONG_SQL,), _long, ("long_query",)),
        Check(
            "idle_in_transaction",
            "Sessions idle in transaction",
            "An open transaction that does nothing keeps its locks and its snapshot: writers wait behind it and "
            "VACUUM cannot clean up after it.",
            (_IDLE_SQL,),
            _idle,
            ("idle_in_transaction",),
        ),
        Check(
            "blocked_queries",
            "Blocked queries and lock chains",
            "Sessions waiting on a lock make no progress; one blocker at the root of a chain can stall many.",
            (_LOCKS_SQL,),
            _locks,
            ("blocked",),
        ),
        Check(
            "connections",
            "Connection saturation",
            "When every connection is taken, new clients are refused.",
            (_CONNECTIONS_SQL,),
            _connections,
            ("connections",),
        ),
        Check(
            "cache_hit_ratio",
            "Cache hit ratio",
            "Reads that miss shared_buffers go to the operating system or the disk, which is much slower.",
            (_CACHE_SQL,),
            _cache,
            ("cache_hit", "cache_min_reads"),
        ),
        Check(
            "invalid_indexes",
            "Invalid indexes",
            "An invalid index costs on every write and helps no query.",
            (_INVALID_SQL,),
            _invalid,
        ),
        Check(
            "invalid_constraints",
            "Constraints not validated",
            "A constraint added NOT VALID is enforced on new rows only: the rows already there may break it, and "
            "the planner cannot rely on it.",
            (_NOT_VALID_SQL,),
            _not_valid,
        ),
        Check(
            "bloat",
            "Table and index bloat (estimate)",
            "Dead space makes scans read more pages and wastes memory and disk.",
            (_TABLE_BLOAT_SQL, _INDEX_BLOAT_SQL),
            _bloat,
            ("bloat", "bloat_min_bytes"),
        ),
        Check(
            "sequences",
            "Sequences near exhaustion",
            "When a sequence (or the integer column it fills) runs out, every insert fails.",
            (_SEQUENCES_SQL,),
            _sequences,
            ("sequence",),
        ),
        Check(
            "wraparound",
            "Transaction ID wraparound",
            "Near wraparound PostgreSQL forces aggressive vacuums, and at the limit it stops taking writes.",
            (_WRAP_SQL, _WRAP_TABLES_SQL),
            _wraparound,
            ("wraparound",),
        ),
        Check(
            "autovacuum",
            "Autovacuum lag (dead rows)",
            "Dead rows bloat tables and indexes and slow scans until VACUUM removes them.",
            (_VACUUM_SQL,),
            _vacuum,
            ("dead_rows", "dead_rows_min"),
        ),
        Check(
            "replication",
            "Replication lag and inactive slots",
            "A lagging replica serves stale reads and delays failover; an inactive slot makes the primary keep "
            "WAL until its disk fills.",
            (_REPLICAS_SQL, _STANDBY_SQL, _SLOTS_SQL),
            _replication,
            ("replication_lag",),
        ),
    ),
    catalog_checks=(UNUSED_INDEXES, REDUNDANT_INDEXES, FK_WITHOUT_INDEX),
)

__all__ = ["CRITICAL", "HEALTH", "INFO"]
