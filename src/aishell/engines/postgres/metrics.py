"""PostgreSQL's metrics (``aishell monitor``): transactions and buffer reads of the database
monitored from ``pg_stat_database`` (a sum over the server's databases would fall when one is
dropped), sessions and lock waits from ``pg_stat_activity``, statement times of the database monitored from
``pg_stat_statements`` (where the extension is created in it) and
replication lag (``pg_stat_replication`` on a primary, the last replayed transaction on a
standby).  No driver is imported here.
"""

from __future__ import annotations

from aishell.engines.metrics import MetricRules, Probe

_DATABASES = """SELECT sum(xact_commit + xact_rollback) AS xacts, sum(blks_hit) AS blocks_hit,
  sum(blks_read) AS blocks_read
FROM pg_stat_database WHERE datname = current_database()"""

_SESSIONS = """SELECT count(*) FILTER (WHERE state = 'active') AS active_sessions,
  count(*) FILTER (WHERE wait_event_type = 'Lock') AS lock_waits
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"""

# total_exec_time from PostgreSQL 13, total_time before; the database monitored only, as for the transactions:
# the view holds every database's statements, and a sum over them falls when another database's entries go
# (dropped, or evicted past pg_stat_statements.max), which reads as a reset and loses the interval's latency
_THIS_DB = "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
_STATEMENTS = (
    f"SELECT sum(calls) AS stmt_calls, sum(total_exec_time) AS stmt_ms FROM pg_stat_statements {_THIS_DB}",
    f"SELECT sum(calls) AS stmt_calls, sum(total_time) AS stmt_ms FROM pg_stat_statements {_THIS_DB}",
)

_REPLICATION = """SELECT CASE WHEN pg_is_in_recovery()
  THEN EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
  ELSE (SELECT EXTRACT(EPOCH FROM max(replay_lag)) FROM pg_stat_replication) END AS replication_lag"""

METRICS = MetricRules(
    probes=(
        Probe("database activity", (_DATABASES,)),
        Probe("sessions", (_SESSIONS,)),
        Probe(
            "statement times (pg_stat_statements)",
            _STATEMENTS,
            hint="for the mean statement latency, run CREATE EXTENSION pg_stat_statements in this database "
            "(with pg_stat_statements in shared_preload_libraries)",
        ),
        Probe("replication", (_REPLICATION,)),
    )
)
