"""Live activity as an engine declares it: the model of ``engines/<e>/activity.py``.

An engine that can list its sessions holds one :class:`ActivityRules` (``ACTIVITY``) in its own
``activity.py``, reached through its dialect (``dialect_of(x).activity``); an engine without one
gets :data:`NO_ACTIVITY` (no sessions, and cancelling or terminating is "not supported").

The rules are read statements (run by :mod:`aishell.services.activity` through the session's
gate, like health's checks) and functions that turn their rows into neutral session rows and
counters, plus the statements that cancel a session's statement or end the session.

No driver is imported here or in an engine's ``activity.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Rows = list[list[dict[str, Any]]]


@dataclass(frozen=True)
class SessionRow:
    """One session as an engine reads it (the service shortens and redacts its query).

    ``state``: ``active``, ``idle``, ``idle in transaction`` (and the engine's own words for the
    rest); ``wait``: what it waits on (None: nothing); ``seconds``: how long it has been in its
    state (the statement's run time when active); ``blocked_by``: the ids it waits for; ``own``:
    the connection that reads the activity."""

    id: int
    user: str | None
    database: str | None
    client: str | None
    application: str | None
    state: str
    wait: str | None
    seconds: float | None
    xact_seconds: float | None
    query: str | None
    blocked_by: tuple[int, ...] = ()
    own: bool = False


@dataclass(frozen=True)
class Counters:
    """Server-wide running totals; rates come from two readings.  ``transactions``: commits and
    rollbacks; ``statements``: statements run (None: the engine does not count them);
    ``busy_ms``: time spent running statements (None: not recorded)."""

    transactions: float | None = None
    statements: float | None = None
    busy_ms: float | None = None


@dataclass(frozen=True)
class ActivityRules:
    """``sessions_sql`` are read in order and given to ``sessions``; ``counters_sql`` likewise to
    ``counters``.  ``cancel``/``terminate`` build the statement for a session id (None: the engine
    cannot); ``server_sql`` reads one row describing the server (``version``, ``uptime`` in seconds),
    ``own_sql`` the id of the connection that reads (``id``); ``gone`` tells from the error
    message of ``cancel``/``terminate`` that the session no longer exists."""

    sessions_sql: tuple[str, ...] = ()
    sessions: Callable[[Rows], list[SessionRow]] = field(default=lambda rows: [])
    counters_sql: tuple[str, ...] = ()
    counters: Callable[[Rows], Counters] = field(default=lambda rows: Counters())
    server_sql: str | None = None
    own_sql: str | None = None
    gone: Callable[[str], bool] = field(default=lambda message: False)
    cancel: Callable[[int], str] | None = None
    terminate: Callable[[int], str] | None = None

    @property
    def supported(self) -> bool:
        return bool(self.sessions_sql)


NO_ACTIVITY = ActivityRules()


def ids(value: Any) -> tuple[int, ...]:
    """Session ids from a driver's array, a comma-separated text or None."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts: list[Any] = [p for p in value.strip("{}").split(",") if p.strip()]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        parts = [value]
    out = []
    for part in parts:
        try:
            out.append(int(part))
        except (TypeError, ValueError):
            continue
    return tuple(dict.fromkeys(out))
