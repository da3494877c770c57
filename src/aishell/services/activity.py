"""Live activity: who is connected, what each session runs or waits for, who blocks whom, and
the server's throughput.  ``aishell top``, MCP's ``activity`` tool and the web dashboard call
:func:`snapshot`; ``aishell top`` also calls :func:`cancel` and :func:`terminate`.

The statements are the engine's (``dialect_of(conn).activity``, in ``engines/<e>/activity.py``).
Every one passes the session's gate: the reads with :meth:`Session.run` (kept out of the
history, so a snapshot works in a read-only session), and cancelling or terminating a session
as a destructive administrative statement, which the policy refuses in read-only mode (and
where it forbids schema changes) and otherwise lets run only after consent.

Throughput is two readings apart: :func:`rates` turns two snapshots' running totals into
transactions and statements per second and the mean statement time between them.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.engines.activity import ActivityRules, Counters, Rows, SessionRow
from aishell.engines.health import Waiter, lock_chains
from aishell.errors import AishellError, ConnectError, UsageError, redact

if TYPE_CHECKING:
    from aishell.services.session import Prepared, Session
    from aishell.sql.kinds import Classification

#: how much of a statement's text a snapshot keeps (one line, redacted)
QUERY_CHARS = 300


@dataclass(frozen=True)
class SessionInfo:
    """One session: ``duration_s`` is how long it has been in its ``state`` (the statement's run
    time when active), ``xact_s`` how long its transaction has been open; ``blocked_by`` the
    sessions it waits for; ``own`` marks the connection that took the snapshot."""

    id: int
    user: str | None
    database: str | None
    client: str | None
    application: str | None
    state: str
    wait: str | None
    duration_s: float | None
    xact_s: float | None
    query: str
    blocked_by: list[int] = field(default_factory=list)
    own: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "user": self.user,
            "database": self.database,
            "client": self.client,
            "application": self.application,
            "state": self.state,
            "wait": self.wait,
            "duration_s": _round(self.duration_s),
            "xact_s": _round(self.xact_s),
            "query": self.query,
            "blocked_by": list(self.blocked_by),
            "own": self.own,
        }


@dataclass(frozen=True)
class Chain:
    """A lock chain: the ``root`` session blocks ``waiters`` (directly or down the chain),
    longest wait first."""

    root: int
    waiters: list[int]

    def to_dict(self) -> dict[str, Any]:
        return {"root": self.root, "waiters": list(self.waiters)}


@dataclass
class Activity:
    """One reading.  ``taken_at``: seconds since the epoch; ``counters``: running totals (see
    :func:`rates`); ``supported``: False where the engine cannot list sessions; ``notes``: what
    could not be read, and why."""

    taken_at: float
    engine: str
    target: str
    sessions: list[SessionInfo] = field(default_factory=list)
    blocking: list[Chain] = field(default_factory=list)
    counters: Counters = field(default_factory=Counters)
    version: str | None = None
    uptime_s: float | None = None
    supported: bool = True
    notes: list[str] = field(default_factory=list)

    def session(self, sid: int) -> SessionInfo | None:
        return next((s for s in self.sessions if s.id == sid), None)

    def to_dict(self) -> dict[str, Any]:
        c = self.counters
        return {
            "taken_at": self.taken_at,
            "engine": self.engine,
            "target": self.target,
            "version": self.version,
            "uptime_s": _round(self.uptime_s),
            "supported": self.supported,
            "sessions": [s.to_dict() for s in self.sessions],
            "blocking": [b.to_dict() for b in self.blocking],
            "counters": {"transactions": c.transactions, "statements": c.statements, "busy_ms": c.busy_ms},
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Rates:
    """Per second between two snapshots (None: not counted); ``latency_ms``: mean time per
    statement (per transaction where the engine counts no statements)."""

    seconds: float
    tps: float | None
    qps: float | None
    latency_ms: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"seconds": self.seconds, "tps": self.tps, "qps": self.qps, "latency_ms": self.latency_ms}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _delta(new: float | None, old: float | None) -> float | None:
    if new is None or old is None or new < old:  # a reset counter (server restart) gives no rate
        return None
    return new - old


def rates(before: Activity, after: Activity) -> Rates:
    """Throughput between two snapshots of the same server."""
    span = after.taken_at - before.taken_at
    if span <= 0:
        return Rates(0.0, None, None, None)
    a, b = after.counters, before.counters
    xacts, stmts, busy = (
        _delta(a.transactions, b.transactions),
        _delta(a.statements, b.statements),
        _delta(a.busy_ms, b.busy_ms),
    )
    per = stmts if stmts is not None else xacts
    latency = busy / per if busy is not None and per else (0.0 if busy is not None and per == 0 else None)
    return Rates(
        span,
        None if xacts is None else xacts / span,
        None if stmts is None else stmts / span,
        latency,
    )


# --------------------------------------------------------------------------- reading
def one_line(query: Any, width: int = QUERY_CHARS) -> str:
    """A statement's text on one line, redacted of secrets as history is, cut to ``width``."""
    flat = redact(" ".join(str(query or "").split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _rules(session: Session) -> tuple[ActivityRules, str]:
    from aishell.engines import dialect_of

    conn = session.connection()
    return dialect_of(conn).activity, conn.display_name


_CLASSES: weakref.WeakKeyDictionary[Session, dict[str, list[Classification]]] = weakref.WeakKeyDictionary()


class _Reader:
    """Runs read statements through the gate, each classified once per session (a poll every
    second parses nothing after the first)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache = _CLASSES.setdefault(session, {})

    def rows(self, sql: str) -> list[dict[str, Any]]:
        from aishell.output.sink import CollectingSink

        classes = self.cache.get(sql)
        if classes is None:
            classes = self.cache[sql] = self.session.classify_each([sql])
        sink = CollectingSink()
        run = self.session.run(sql, sink, record=False, assume_yes=False, classes=list(classes))
        if run.error is not None:
            raise run.error
        columns, batch, _summary = sink.results[-1] if sink.results else ([], [], None)
        names = [c.name.lower() for c in columns]
        return [dict(zip(names, row, strict=True)) for row in batch]

    def all(self, statements: tuple[str, ...], notes: list[str]) -> Rows:
        """The rows of each statement; one after the first that fails reads as no rows (noted)."""
        out: Rows = []
        for i, sql in enumerate(statements):
            try:
                out.append(self.rows(sql))
            except ConnectError:
                raise
            except AishellError as exc:
                if i == 0:
                    raise
                notes.append(exc.one_line())
                out.append([])
        return out


def snapshot(session: Session, *, include_own: bool = True) -> Activity:
    """One reading of the server's sessions, lock chains and counters.

    Raises the gate's :class:`PolicyError` or the engine's error when the sessions cannot be
    read; counters or server facts that cannot be read are left None with a note."""
    session.require_server_views("live activity")
    rules, engine = _rules(session)
    out = Activity(time.time(), engine, session.target.url.display(), supported=rules.supported)
    if not rules.supported:
        out.notes.append(f"{engine} has no sessions to list")
        return out
    reader = _Reader(session)
    rows = rules.sessions(reader.all(rules.sessions_sql, out.notes))
    out.taken_at = time.time()
    out.sessions = [_info(r) for r in rows if include_own or not r.own]
    out.blocking = _chains(rows)
    try:
        out.counters = rules.counters(reader.all(rules.counters_sql, out.notes))
    except (ConnectError, UsageError):
        raise
    except AishellError as exc:
        out.notes.append(f"counters: {exc.one_line()}")
    if rules.server_sql:
        try:
            found = reader.rows(rules.server_sql)
        except ConnectError:
            raise
        except AishellError as exc:
            found = []
            out.notes.append(f"server: {exc.one_line()}")
        if found:
            out.version = str(found[0].get("version") or "") or None
            up = found[0].get("uptime")
            out.uptime_s = float(up) if up is not None else None
    return out


def _info(r: SessionRow) -> SessionInfo:
    return SessionInfo(
        r.id,
        r.user,
        r.database,
        r.client,
        r.application,
        r.state,
        r.wait,
        r.seconds,
        r.xact_seconds,
        one_line(r.query),
        list(r.blocked_by),
        r.own,
    )


def _chains(rows: list[SessionRow]) -> list[Chain]:
    graph = {r.id: Waiter(r.id, str(r.id), (r.seconds or 0.0) if r.blocked_by else None, r.blocked_by) for r in rows}
    return [Chain(int(root.id), [int(w.id) for w in waiting]) for root, waiting in lock_chains(graph)]


# --------------------------------------------------------------------------- acting
def cancel(session: Session, pid: int, *, assume_yes: bool = False) -> bool:
    """Cancel session ``pid``'s running statement (PostgreSQL ``pg_cancel_backend``, MySQL and
    MariaDB ``KILL QUERY``) through the gate: refused in read-only mode, asked first otherwise
    (``assume_yes``: the caller has consent).  True when the server took the request, False when
    there is no such session (it may have ended); :class:`UsageError` for aishell's own
    connection or an engine that cannot."""
    return _act(session, pid, terminate=False, assume_yes=assume_yes)


def terminate(session: Session, pid: int, *, assume_yes: bool = False) -> bool:
    """End session ``pid`` (``pg_terminate_backend``, ``KILL CONNECTION``), as :func:`cancel`."""
    return _act(session, pid, terminate=True, assume_yes=assume_yes)


def action_sql(session: Session, pid: int, *, terminate: bool) -> str:
    """The statement that cancels (or terminates) ``pid`` on this session's engine;
    :class:`UsageError` where the engine has none."""
    rules, engine = _rules(session)
    build = rules.terminate if terminate else rules.cancel
    if build is None:
        what = "terminating" if terminate else "cancelling"
        raise UsageError(f"{what} a session is not supported on {engine}")
    return build(int(pid))


def decide(session: Session, pid: int, *, terminate: bool) -> Prepared:
    """What the gate makes of cancelling (or terminating) ``pid``, without acting: a face shows
    ``.decision`` (refused with its reason, or a question needing consent) before it asks.  The
    statement is an administrative one that ends another session's work: the policy refuses it
    in read-only mode and where schema changes are not allowed, and asks for consent (as for any
    destructive statement) otherwise."""
    from aishell.sql.kinds import Classification, Kind

    sql = action_sql(session, pid, terminate=terminate)
    what = f"terminates session {pid}" if terminate else f"cancels the running statement of session {pid}"
    cls = Classification(sql, Kind.ADMIN, "TERMINATE" if terminate else "CANCEL", destructive=True, reasons=[what])
    return session.decide([sql], classes=[cls])


def _act(session: Session, pid: int, *, terminate: bool, assume_yes: bool) -> bool:
    from aishell.output.sink import CollectingSink

    prepared = decide(session, pid, terminate=terminate)
    sql = prepared.statements[0]
    if not prepared.decision.refused and _own_id(session) == int(pid):
        raise UsageError(f"session {pid} is aishell's own connection")
    sink = CollectingSink()
    run = session.run(sql, sink, assume_yes=assume_yes, record=False, prepared=prepared)
    if run.error is not None:
        if _rules(session)[0].gone(run.error.message):
            return False  # the session ended before the request reached it
        raise run.error
    _columns, batch, _summary = sink.results[-1] if sink.results else ([], [], None)
    return bool(batch[0][0]) if batch and batch[0] else True


def _own_id(session: Session) -> int | None:
    rules, _engine = _rules(session)
    if not rules.own_sql:
        return None
    found = _Reader(session).rows(rules.own_sql)
    value = found[0].get("id") if found else None
    return int(value) if value is not None else None


__all__ = [
    "Activity",
    "Chain",
    "Counters",
    "Rates",
    "SessionInfo",
    "action_sql",
    "cancel",
    "decide",
    "one_line",
    "rates",
    "snapshot",
    "terminate",
]
