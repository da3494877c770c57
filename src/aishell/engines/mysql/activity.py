"""MySQL/MariaDB's live activity (``aishell top``, MCP ``activity``): threads from
``information_schema.PROCESSLIST`` with their open InnoDB transactions (``INNODB_TRX``) and lock
waits (``INNODB_LOCK_WAITS``, the view health's lock chains read), throughput from
``GLOBAL_STATUS`` and statement time from ``performance_schema`` where it is on, and
``KILL QUERY``/``KILL CONNECTION``.

Read statements only, run by :mod:`aishell.services.activity` through the session's gate.  No
driver is imported here.
"""

from __future__ import annotations

from typing import Any

from aishell.engines.activity import ActivityRules, Counters, Rows, SessionRow
from aishell.engines.health import number

_SESSIONS_SQL = """SELECT p.ID AS id, p.USER AS user, p.HOST AS host, p.DB AS db, p.COMMAND AS command,
  p.TIME AS seconds, p.STATE AS state, p.INFO AS query, p.ID = CONNECTION_ID() AS own,
  t.trx_state AS trx_state, TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) AS xact_seconds
FROM information_schema.PROCESSLIST p
LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID
WHERE p.COMMAND NOT IN ('Daemon', 'Binlog Dump', 'Binlog Dump GTID')"""

_WAITS_SQL = """SELECT r.trx_mysql_thread_id AS id, b.trx_mysql_thread_id AS blocker
FROM information_schema.INNODB_LOCK_WAITS w
JOIN information_schema.INNODB_TRX r ON r.trx_id = w.requesting_trx_id
JOIN information_schema.INNODB_TRX b ON b.trx_id = w.blocking_trx_id"""

_STATUS_SQL = """SELECT LOWER(VARIABLE_NAME) AS name, VARIABLE_VALUE AS value FROM information_schema.GLOBAL_STATUS
WHERE VARIABLE_NAME IN ('COM_COMMIT', 'COM_ROLLBACK', 'QUESTIONS')"""

_TIMED_SQL = """SELECT SUM(COUNT_STAR) AS statements, SUM(SUM_TIMER_WAIT) / 1000000000 AS busy_ms
FROM performance_schema.events_statements_summary_global_by_event_name"""

_SERVER_SQL = """SELECT VERSION() AS version,
  (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'UPTIME') AS uptime"""


def _state(row: dict[str, Any]) -> str:
    command = str(row.get("command") or "")
    if command == "Sleep":
        return "idle in transaction" if row.get("trx_state") else "idle"
    if command in ("Query", "Execute"):
        return "active"
    return command.lower() or "unknown"


def _sessions(rows: Rows) -> list[SessionRow]:
    blockers: dict[int, list[int]] = {}
    for row in rows[1] if len(rows) > 1 else []:
        blockers.setdefault(int(row["id"]), []).append(int(row["blocker"]))
    out = []
    for row in rows[0] if rows else []:
        tid = int(row["id"])
        waiting = tid in blockers or row.get("trx_state") == "LOCK WAIT"
        state = _state(row)
        wait = str(row.get("state") or "") or None
        if waiting:
            wait = f"lock wait ({wait})" if wait else "lock wait"
        elif state.startswith("idle"):
            wait = None
        out.append(
            SessionRow(
                id=tid,
                user=row.get("user"),
                database=row.get("db"),
                client=row.get("host") or None,
                application=None,
                state=state,
                wait=wait,
                seconds=number(row.get("seconds")),
                xact_seconds=number(row.get("xact_seconds")),
                query=row.get("query"),
                blocked_by=tuple(dict.fromkeys(blockers.get(tid, []))),
                own=bool(row.get("own")),
            )
        )
    return out


def _counters(rows: Rows) -> Counters:
    status = {str(r["name"]): number(r["value"]) for r in (rows[0] if rows else [])}
    timed = rows[1][0] if len(rows) > 1 and rows[1] else {}
    commits, rollbacks = status.get("com_commit"), status.get("com_rollback")
    transactions = None if commits is None else commits + (rollbacks or 0)
    statements, busy = number(timed.get("statements")), number(timed.get("busy_ms"))
    if statements is None or busy is None:
        statements, busy = status.get("questions"), None
    return Counters(transactions=transactions, statements=statements, busy_ms=busy)


ACTIVITY = ActivityRules(
    sessions_sql=(_SESSIONS_SQL, _WAITS_SQL),
    sessions=_sessions,
    counters_sql=(_STATUS_SQL, _TIMED_SQL),
    counters=_counters,
    server_sql=_SERVER_SQL,
    own_sql="SELECT CONNECTION_ID() AS id",
    gone=lambda message: "1094" in message or "Unknown thread id" in message,
    cancel=lambda tid: f"KILL QUERY {int(tid)}",
    terminate=lambda tid: f"KILL CONNECTION {int(tid)}",
)
