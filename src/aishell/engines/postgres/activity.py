"""PostgreSQL's live activity (``aishell top``, MCP ``activity``): client sessions from
``pg_stat_activity`` with their blockers (``pg_blocking_pids``), throughput counters from
``pg_stat_database`` (commits, rollbacks and, from PostgreSQL 14, the time sessions spent
running statements), and ``pg_cancel_backend``/``pg_terminate_backend``.

Read statements only, run by :mod:`aishell.services.activity` through the session's gate.  No
driver is imported here.
"""

from __future__ import annotations

from aishell.engines.activity import ActivityRules, Counters, Rows, SessionRow, ids
from aishell.engines.health import number

_SESSIONS_SQL = """SELECT pid, usename, datname, host(client_addr) AS client_addr, client_port,
  application_name, state, wait_event_type, wait_event,
  EXTRACT(EPOCH FROM clock_timestamp() - COALESCE(CASE WHEN state = 'active' THEN query_start END,
    state_change, backend_start)) AS seconds,
  EXTRACT(EPOCH FROM clock_timestamp() - xact_start) AS xact_seconds, query, pg_blocking_pids(pid) AS blockers,
  pid = pg_backend_pid() AS own
FROM pg_stat_activity
WHERE backend_type = 'client backend'"""

_COUNTERS_SQL = """SELECT sum(xact_commit + xact_rollback) AS transactions, sum(active_time) AS busy_ms
FROM pg_stat_database"""

_SERVER_SQL = """SELECT current_setting('server_version') AS version,
  EXTRACT(EPOCH FROM clock_timestamp() - pg_postmaster_start_time()) AS uptime"""


def _client(row: dict[str, object]) -> str | None:
    addr = row.get("client_addr")
    if not addr:
        return "local" if row.get("client_port") == -1 else None
    return f"{addr}:{row['client_port']}" if row.get("client_port") else str(addr)


def _sessions(rows: Rows) -> list[SessionRow]:
    out = []
    for row in rows[0] if rows else []:
        kind, event = row.get("wait_event_type"), row.get("wait_event")
        wait = f"{kind}:{event}" if kind and event else (str(kind) if kind else None)
        if row.get("state") != "active" and kind == "Client":
            wait = None  # an idle session waits for its client: that is what idle means
        out.append(
            SessionRow(
                id=int(row["pid"]),
                user=row.get("usename"),
                database=row.get("datname"),
                client=_client(row),
                application=row.get("application_name") or None,
                state=str(row.get("state") or "unknown"),
                wait=wait,
                seconds=number(row.get("seconds")),
                xact_seconds=number(row.get("xact_seconds")),
                query=row.get("query"),
                blocked_by=ids(row.get("blockers")),
                own=bool(row.get("own")),
            )
        )
    return out


def _counters(rows: Rows) -> Counters:
    row = rows[0][0] if rows and rows[0] else {}
    return Counters(transactions=number(row.get("transactions")), busy_ms=number(row.get("busy_ms")))


ACTIVITY = ActivityRules(
    sessions_sql=(_SESSIONS_SQL,),
    sessions=_sessions,
    counters_sql=(_COUNTERS_SQL,),
    counters=_counters,
    server_sql=_SERVER_SQL,
    own_sql="SELECT pg_backend_pid() AS id",
    cancel=lambda pid: f"SELECT pg_cancel_backend({int(pid)})",
    terminate=lambda pid: f"SELECT pg_terminate_backend({int(pid)})",
)
