"""The dashboard's routes: health findings, the statements the engine recorded, and the live
activity (one snapshot, or a server-sent stream of them) with cancel and terminate.

Each route opens the caller's session and calls the service the other faces call
(:func:`aishell.services.health.check_health`, :func:`aishell.services.workload.slow`,
:mod:`aishell.services.activity`); every statement passes the session's gate.  Health, slow
queries and activity only read, so their sessions are opened read-only whatever the role.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Annotated, Any, Literal

import anyio
import anyio.to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.types import Receive, Scope, Send

from aishell.errors import AishellError, ConfigError, DriverMissingError, UsageError
from aishell.services.policy import Verdict
from aishell.web.auth import Principal
from aishell.web.deps import User, Web
from aishell.web.http import Problem
from aishell.web.models import ActivityActionBody
from aishell.web.state import WebServer
from aishell.web.streaming import error_json

log = logging.getLogger("aishell.web")

router = APIRouter(tags=["monitor"])

Connection = Annotated[str | None, Query(max_length=500, description="Connection name (default: the first).")]
Severity = Literal["ok", "info", "warning", "critical"]


# --------------------------------------------------------------------------- response models
class HealthFinding(BaseModel):
    check: str = Field(description="The check's id.")
    severity: Severity
    found: str = Field(description="What was found, naming the object or session.")
    why: str = Field(description="Why it matters.")
    fix: str | None = Field(default=None, description="The SQL that would fix it (never run by the server).")
    object: str | None = Field(default=None, description="The object or session it is about.")


class HealthCheck(BaseModel):
    id: str
    title: str
    severity: Severity
    ran: bool = Field(description="False: the check could not run (``note`` says why).")
    note: str | None = None
    findings: int = Field(description="How many findings the check made.")
    ms: float = Field(description="How long the check took, in milliseconds.")


class HealthReport(BaseModel):
    connection: str
    engine: str
    worst: Severity = Field(description="The worst severity of all the checks.")
    findings: list[HealthFinding] = Field(description="Worst first.")
    checks: list[HealthCheck]


class SlowStatement(BaseModel):
    query: str = Field(description="The statement with its literals replaced by placeholders.")
    fingerprint: str
    calls: int
    total_ms: float
    mean_ms: float
    rows: int = Field(description="Rows returned or affected, in all.")
    share: float = Field(description="Share of the recorded time (0 to 1).")
    first_seen: str | None = None
    last_seen: str | None = None
    next: str = Field(description='What to run next ("aishell explain ..." or "aishell advise --workload"; "": none).')


class SlowReport(BaseModel):
    connection: str
    engine: str
    order: str
    statements: list[SlowStatement]


# --------------------------------------------------------------------------- health and slow queries
@router.get("/api/health/report", summary="The health checks' findings and the worst severity",
            response_model=HealthReport)  # fmt: skip
def health_report(request: Request, who: User, web: Web, connection: Connection = None) -> HealthReport:
    from aishell.services.health import check_health

    target = web.service.target(connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = "-- health"
    session = web.service.session(target, who, read_only=True)
    try:
        report = check_health(session).to_dict()
    finally:
        session.close()
    return HealthReport(connection=target.label, engine=report["engine"], worst=report["worst"],
                        findings=report["findings"], checks=report["checks"])  # fmt: skip


@router.get("/api/slow", summary="The statements the engine recorded, costliest first", response_model=SlowReport,
            responses={409: {"description": "The engine records no statements, or its recorder is off"}})  # fmt: skip
def slow_queries(request: Request, who: User, web: Web, connection: Connection = None,
                 order: Literal["total", "mean", "calls", "rows"] = "total",
                 top: Annotated[int, Query(ge=1, le=500)] = 20,
                 match: Annotated[str | None, Query(max_length=500, description="Only statements containing it.")]
                 = None) -> SlowReport:  # fmt: skip
    from aishell.services.workload import slow

    target = web.service.target(connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = f"-- slow queries by {order}"
    session = web.service.session(target, who, read_only=True)
    try:
        found = slow(session, top=top, order=order, matching=match or None)
        engine = session.connection().display_name
    except DriverMissingError:
        raise
    except ConfigError as exc:  # the engine could record statements, but its recorder is off
        raise Problem(409, "Statement recorder off", exc.one_line(), recorder="off") from None
    except UsageError as exc:  # the engine records none
        raise Problem(409, "No statement statistics", exc.one_line(), recorder="none") from None
    finally:
        session.close()
    statements = [SlowStatement(**s.to_dict()) for s in found]
    return SlowReport(connection=target.label, engine=engine, order=order, statements=statements)


# --------------------------------------------------------------------------- activity
class ActivitySession(BaseModel):
    id: int = Field(description="The engine's session id (PostgreSQL: the backend pid).")
    user: str | None = None
    database: str | None = None
    client: str | None = None
    application: str | None = None
    state: str = Field(description="active, idle, idle in transaction, or the engine's own word.")
    wait: str | None = Field(default=None, description="What it waits on (null: nothing).")
    duration_s: float | None = Field(default=None, description="Seconds in its state (a running statement's time).")
    xact_s: float | None = Field(default=None, description="Seconds its transaction has been open.")
    query: str = Field(description="The statement, on one line, redacted and cut.")
    blocked_by: list[int] = Field(description="The sessions it waits for.")
    own: bool = Field(description="The connection that took the snapshot.")


class ActivityChain(BaseModel):
    root: int = Field(description="The session at the head of a lock chain.")
    waiters: list[int] = Field(description="The sessions it blocks, directly or down the chain.")


class ActivityCounters(BaseModel):
    transactions: float | None = Field(default=None, description="Commits and rollbacks so far.")
    statements: float | None = Field(default=None, description="Statements so far (null: not counted).")
    busy_ms: float | None = Field(default=None, description="Time spent running statements (null: not recorded).")


class ActivityRates(BaseModel):
    seconds: float = Field(description="The time between the two snapshots.")
    tps: float | None = Field(default=None, description="Transactions per second.")
    qps: float | None = Field(default=None, description="Statements per second.")
    latency_ms: float | None = Field(default=None, description="Mean time per statement.")


class ActivitySnapshot(BaseModel):
    connection: str
    taken_at: float = Field(description="Seconds since the epoch.")
    engine: str
    version: str | None = None
    uptime_s: float | None = None
    supported: bool = Field(description="False: the engine has no sessions to list.")
    sessions: list[ActivitySession]
    blocking: list[ActivityChain]
    counters: ActivityCounters
    rates: ActivityRates | None = Field(default=None, description="Per second since the previous snapshot "
                                        "of a stream (null: the first).")  # fmt: skip
    notes: list[str] = Field(description="What could not be read, and why.")


class ActivityAction(BaseModel):
    connection: str
    pid: int
    action: Literal["cancel", "terminate"]
    sent: bool = Field(description="The server took the request.")


#: a session id as the engines number them
Pid = Annotated[int, Path(ge=0, le=2**63 - 1, description="The session id.")]


def _snapshot(connection: str, data: dict[str, Any], rates: dict[str, Any] | None = None) -> ActivitySnapshot:
    """The service's snapshot as the API shows it: named by the connection (the target's URL stays
    on the server), checked against the schema the stream's events share."""
    out = {k: v for k, v in data.items() if k != "target"}
    return ActivitySnapshot.model_validate({"connection": connection, **out, "rates": rates})


@router.get("/api/activity", summary="One snapshot of the sessions, lock chains and counters",
            response_model=ActivitySnapshot)  # fmt: skip
def activity(request: Request, who: User, web: Web, connection: Connection = None,
             own: Annotated[bool, Query(description="Include the connection that reads.")] = False,
             ) -> ActivitySnapshot:  # fmt: skip
    from aishell.services.activity import snapshot

    target = web.service.target(connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = "-- activity"
    session = web.service.session(target, who, read_only=True)
    try:
        taken = snapshot(session, include_own=own)
    finally:
        session.close()
    return _snapshot(target.label, taken.to_dict())


@router.get("/api/activity/stream", summary="Server-sent events: a snapshot every interval, with rates",
            response_class=StreamingResponse,
            responses={200: {"description": "One `data:` event per snapshot (an ActivitySnapshot with `type`: "
                                            "`snapshot`), or one with `type`: `error` before the stream ends",
                             "content": {"text/event-stream": {}}},
                       409: {"description": "The engine has no sessions to list"}})  # fmt: skip
def activity_stream(request: Request, who: User, web: Web, connection: Connection = None,
                    interval: Annotated[float, Query(ge=0.2, le=60, description="Seconds between snapshots.")] = 1.0,
                    events: Annotated[int | None, Query(ge=1, le=1_000_000,
                                                        description="Stop after this many events.")] = None,
                    own: Annotated[bool, Query(description="Include the connection that reads.")] = False,
                    ) -> Response:  # fmt: skip
    from aishell.services.activity import rates, snapshot

    target = web.service.target(connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = "-- activity stream"
    session = web.service.session(target, who, read_only=True)
    try:
        first = snapshot(session, include_own=own)
    except BaseException:
        session.close()
        raise
    if not first.supported:
        session.close()
        raise Problem(409, "No sessions to list", "; ".join(first.notes) or f"{first.engine} has no sessions to list")
    last = [first]

    def take() -> dict[str, Any]:
        now = snapshot(session, include_own=own)
        between = rates(last[0], now).to_dict()
        last[0] = now
        return _snapshot(target.label, now.to_dict(), between).model_dump()

    return SnapshotStream(_snapshot(target.label, first.to_dict()).model_dump(), take, interval=interval,
                          events=events, on_close=session.close)  # fmt: skip


def _act(request: Request, who: Principal, web: WebServer, pid: int, body: ActivityActionBody,
         *, terminate: bool) -> ActivityAction:  # fmt: skip
    """Cancel or terminate ``pid`` for ``who``: the session's policy decides (refused: 403; to be
    confirmed without ``confirmed``: 409 with the reasons), as for ``POST /api/query``."""
    from aishell.services import activity as service

    target = web.service.target(body.connection)
    request.state.audit_connection = target.label
    session = web.service.session(target, who, confirmed=body.confirmed)
    try:
        prepared = service.decide(session, pid, terminate=terminate)
        request.state.audit_statement = prepared.statements[0]
        decision = prepared.decision
        if decision.verdict is Verdict.REFUSE:
            raise Problem(403, "Refused by policy", f"{decision.message} (role: {who.role})", role=who.role)
        if decision.verdict is Verdict.CONFIRM and not body.confirmed:
            raise Problem(409, "Confirmation required", decision.message, confirm_required=True,
                          reasons=decision.reasons)  # fmt: skip
        act = service.terminate if terminate else service.cancel
        sent = act(session, pid, assume_yes=body.confirmed)
    finally:
        session.close()
    if not sent:
        raise Problem(404, "Unknown session", f"no session {pid} on {target.label} (it may have ended)")
    return ActivityAction(connection=target.label, pid=pid, action="terminate" if terminate else "cancel", sent=True)


@router.post("/api/activity/{pid}/cancel", summary="Cancel a session's running statement (asks for confirmation)",
             response_model=ActivityAction)  # fmt: skip
def cancel_session(pid: Pid, body: ActivityActionBody, request: Request, who: User, web: Web) -> ActivityAction:
    return _act(request, who, web, pid, body, terminate=False)


@router.post("/api/activity/{pid}/terminate", summary="End a session (asks for confirmation)",
             response_model=ActivityAction)  # fmt: skip
def terminate_session(pid: Pid, body: ActivityActionBody, request: Request, who: User, web: Web) -> ActivityAction:
    return _act(request, who, web, pid, body, terminate=True)


# --------------------------------------------------------------------------- the event stream
class SnapshotStream(Response):
    """Server-sent events: ``first``, then ``take()`` (on a worker thread) every ``interval``
    seconds, until the client goes away, ``events`` were sent or ``take`` fails (an ``error``
    event ends the stream; the browser's EventSource reconnects).

    Bounded: the next snapshot is taken only once the previous event was handed to the server,
    which waits while the client does not read (flow control), so a slow client slows the polling
    down and holds at most one event.  ``on_close`` runs once the stream is over, after the last
    ``take`` returned."""

    def __init__(self, first: dict[str, Any], take: Callable[[], dict[str, Any]], *, interval: float,
                 events: int | None, on_close: Callable[[], None]) -> None:  # fmt: skip
        self.first, self.take, self.interval, self.events, self.on_close = first, take, interval, events, on_close
        self.status_code = 200
        self.media_type = "text/event-stream"
        self.background = None
        self.init_headers({"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = asyncio.ensure_future(self._stream(send))
        watch = asyncio.ensure_future(self._watch(receive))
        try:
            await asyncio.wait({body, watch}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (body, watch):
                task.cancel()
            with anyio.CancelScope(shield=True):  # the session closes, even when the server shuts down
                await asyncio.gather(body, watch, return_exceptions=True)
                await anyio.to_thread.run_sync(self.on_close)
        exc = None if body.cancelled() else body.exception()
        if exc is not None:
            raise exc

    @staticmethod
    async def _watch(receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    @staticmethod
    def frame(event: dict[str, Any]) -> bytes:
        return b"data: " + json.dumps(event, ensure_ascii=False, default=str).encode() + b"\n\n"

    async def _stream(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        event: dict[str, Any] = {"type": "snapshot", **self.first}
        sent = 0
        while True:
            await send({"type": "http.response.body", "body": self.frame(event), "more_body": True})
            sent += 1
            if event["type"] == "error" or (self.events is not None and sent >= self.events):
                break
            await asyncio.sleep(self.interval)
            try:
                event = {"type": "snapshot", **await anyio.to_thread.run_sync(self.take)}
            except AishellError as exc:
                event = {"type": "error", **error_json(exc)}
            except Exception as exc:
                log.warning("activity snapshot failed: %s", type(exc).__name__)
                event = {"type": "error", **error_json(exc)}
        await send({"type": "http.response.body", "body": b"", "more_body": False})
