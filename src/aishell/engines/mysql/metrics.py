"""MySQL/MariaDB's metrics (``aishell monitor``): transactions (``Handler_commit`` and
``Handler_rollback``, which count autocommit statements too) and InnoDB buffer pool reads from
the global status, sessions and lock waits (InnoDB row locks and metadata locks) from
``information_schema``, statement times from ``performance_schema`` (where it is on) and
replication lag from ``SHOW REPLICA STATUS`` (``SHOW SLAVE STATUS`` on older servers).
No driver is imported here.
"""

from __future__ import annotations

from aishell.engines.metrics import MetricRules, Probe

_STATUS_COLUMNS = """SUM(CASE WHEN UPPER(VARIABLE_NAME) IN ('HANDLER_COMMIT', 'HANDLER_ROLLBACK')
    THEN CAST(VARIABLE_VALUE AS DECIMAL(30)) END) AS xacts,
  SUM(CASE UPPER(VARIABLE_NAME) WHEN 'INNODB_BUFFER_POOL_READ_REQUESTS' THEN CAST(VARIABLE_VALUE AS DECIMAL(30))
    WHEN 'INNODB_BUFFER_POOL_READS' THEN -CAST(VARIABLE_VALUE AS DECIMAL(30)) END) AS blocks_hit,
  SUM(CASE WHEN UPPER(VARIABLE_NAME) = 'INNODB_BUFFER_POOL_READS'
    THEN CAST(VARIABLE_VALUE AS DECIMAL(30)) END) AS blocks_read"""
_STATUS_WHERE = """WHERE UPPER(VARIABLE_NAME) IN ('HANDLER_COMMIT', 'HANDLER_ROLLBACK',
  'INNODB_BUFFER_POOL_READ_REQUESTS', 'INNODB_BUFFER_POOL_READS')"""
# information_schema.GLOBAL_STATUS on MariaDB and MySQL 5.x, performance_schema's on MySQL 8
_STATUS = (
    f"SELECT {_STATUS_COLUMNS}\nFROM information_schema.GLOBAL_STATUS\n{_STATUS_WHERE}",
    f"SELECT {_STATUS_COLUMNS}\nFROM performance_schema.global_status\n{_STATUS_WHERE}",
)

_SESSIONS = """SELECT
  (SELECT COUNT(*) FROM information_schema.PROCESSLIST
   WHERE COMMAND NOT IN ('Sleep', 'Daemon', 'Binlog Dump', 'Binlog Dump GTID', 'Killed')
     AND ID <> CONNECTION_ID()) AS active_sessions,
  (SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT')
  + (SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE 'Waiting for%lock') AS lock_waits"""

# picoseconds to milliseconds; empty (NULL sums) when performance_schema is off
_STATEMENTS = """SELECT SUM(COUNT_STAR) AS stmt_calls, SUM(SUM_TIMER_WAIT) / 1000000000 AS stmt_ms
FROM performance_schema.events_statements_summary_global_by_event_name
WHERE EVENT_NAME LIKE 'statement/sql/%'"""

METRICS = MetricRules(
    probes=(
        Probe("global status", _STATUS),
        Probe("sessions", (_SESSIONS,)),
        Probe(
            "statement times (performance_schema)",
            (_STATEMENTS,),
            hint="for the mean statement latency, start the server with performance_schema=ON",
        ),
        Probe(
            "replication",
            ("SHOW REPLICA STATUS", "SHOW SLAVE STATUS"),
            {"replication_lag": ("seconds_behind_source", "seconds_behind_master")},
        ),
    )
)
