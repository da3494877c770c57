"""Server metrics as an engine declares them: the model of ``engines/<e>/metrics.py``.

Each engine that has something to sample holds one :class:`MetricRules` (``METRICS``) in its own
``metrics.py``, reached through its dialect (``dialect_of(x).metrics``); an engine without one
gets :data:`NO_METRICS`.  A :class:`Probe` is alternative read statements (the first one the
server accepts is kept), each returning rows whose lower-case columns are named after the
counters and gauges below; NULL, a missing column or no row means "not known here".

:mod:`aishell.services.monitor` runs the probes through the session's gate (read-only), turns
the deltas of the cumulative counters into rates over the interval (transactions per second,
the cache hit ratio, the mean statement latency) and keeps the gauges as read.

No driver is imported here or in an engine's ``metrics.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- counters (cumulative)
XACTS = "xacts"  # transactions committed and rolled back
BLOCKS_HIT = "blocks_hit"  # reads served from the engine's cache
BLOCKS_READ = "blocks_read"  # reads that missed it
STMT_CALLS = "stmt_calls"  # statements executed, as the statement recorder counts them
STMT_MS = "stmt_ms"  # their total execution time, milliseconds
COUNTERS = (XACTS, BLOCKS_HIT, BLOCKS_READ, STMT_CALLS, STMT_MS)

# --------------------------------------------------------------------------- gauges (as read)
ACTIVE_SESSIONS = "active_sessions"  # client sessions running a statement (the monitor's own excluded)
LOCK_WAITS = "lock_waits"  # sessions waiting for a lock
REPLICATION_LAG = "replication_lag"  # seconds a replica (or this standby) is behind
GAUGES = (ACTIVE_SESSIONS, LOCK_WAITS, REPLICATION_LAG)


@dataclass(frozen=True)
class Probe:
    """One reading of the server.

    ``sql``: alternative read statements, each one statement (a server version without a view
    or a column fails the first and takes the next); ``columns``: a counter or gauge read from
    another column name than its own (the first present of the names given).  When the
    statement returns several rows, a counter is their sum and a gauge their largest value.
    ``hint``: what to do when the server accepts none of the statements (never done by aishell)."""

    what: str
    sql: tuple[str, ...]
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    hint: str = ""


@dataclass(frozen=True)
class MetricRules:
    """An engine's probes, and ``lacks``: what it cannot report, said to the user."""

    probes: tuple[Probe, ...] = ()
    lacks: str = ""


NO_METRICS = MetricRules(lacks="it keeps no server counters to sample")
