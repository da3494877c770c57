"""What the routes depend on: the web state, the caller (a bearer token or a login session
with its CSRF token), and the two steps of running SQL for a caller: :func:`prepare` (the
session decides; the face reports a refusal as 403, a needed consent as 409) and
:func:`stream` (the rows as events, on a worker thread, cancellable by id)."""

import logging
import secrets
import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from aishell.services.policy import Verdict
from aishell.services.server import Conflict, Decided
from aishell.services.session import Session
from aishell.web.auth import Principal
from aishell.web.http import Problem
from aishell.web.state import WebServer
from aishell.web.streaming import EventSink, Pipe, PipeResponse, cancel_until_done, error_json, run_in_worker

log = logging.getLogger("aishell.web")

COOKIE = "aishell_session"
CSRF_HEADER = "X-CSRF-Token"
QUERY_ID = r"^[A-Za-z0-9_-]{1,64}$"

bearer = HTTPBearer(auto_error=False, description="An API token from `aishell web token create`.")


def get_web(request: Request) -> WebServer:
    web: WebServer = request.app.state.web
    return web


Web = Annotated[WebServer, Depends(get_web)]


def principal(request: Request, web: Web,
              creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:  # fmt: skip
    if creds is not None:
        who = web.tokens.verify(creds.credentials)
        if who is None:
            raise Problem(401, "Unauthorized", "the token is unknown or revoked")
    else:
        sid = request.cookies.get(COOKIE)
        session = web.web_sessions.get(sid) if sid else None
        if session is None or session.expires < time.time() or not web.tokens.active(session.principal.token_id):
            if sid:
                web.web_sessions.pop(sid, None)
            raise Problem(401, "Unauthorized", "a bearer token or a login session is required")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            sent = request.headers.get(CSRF_HEADER, "")
            if not secrets.compare_digest(sent.encode(), session.csrf.encode()):
                raise Problem(403, "CSRF check failed", f"the {CSRF_HEADER} header is missing or wrong")
        who = session.principal
    request.state.principal = who
    return who


User = Annotated[Principal, Depends(principal)]


def admin(who: User) -> Principal:
    if not who.is_admin:
        raise Problem(403, "Forbidden", f"this needs the admin role (you are {who.role})")
    return who


Admin = Annotated[Principal, Depends(admin)]


def prepare(web: WebServer, request: Request, who: Principal, sql: str, connection: str | None, confirmed: bool,
            *, read_only: bool = False) -> Decided:  # fmt: skip
    """Open the caller's session and act on its decision before anything streams: REFUSE is a
    403, CONFIRM without ``confirmed`` a 409 with the reasons.  The session decides; not this."""
    target = web.service.target(connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = sql
    decided = web.service.decide(target, who, sql, confirmed=confirmed, read_only=read_only)
    decision = decided.prepared.decision
    if decided.verdict is Verdict.REFUSE:
        from aishell.audit.hooks import refused

        refused(decided.session, decided.prepared, decided.refusal())
        decided.session.close()
        raise Problem(403, "Refused by policy", f"{decided.refusal()} (role: {who.role})", role=who.role)
    if decided.verdict is Verdict.CONFIRM and not confirmed:
        decided.session.close()
        raise Problem(409, "Confirmation required", decision.message,
                      confirm_required=True, reasons=decision.reasons)  # fmt: skip
    return decided


def stream(web: WebServer, decided: Decided, who: Principal, sql: str, *, fmt: str, limit: int | None,
           confirmed: bool, query_id: str | None, head: dict[str, Any] | None = None,
           runner: Callable[[Any], Any] | None = None) -> Response:  # fmt: skip
    """Run ``sql``, which ``decided`` cleared, on a worker thread and stream the events (NDJSON
    or SSE); ``runner(sink)`` runs instead of the statements themselves (an ``ask`` answer)."""
    session: Session = decided.session
    try:
        qid = web.service.start(query_id, session, who, sql, decided.target.label)
    except Conflict:
        session.close()
        raise
    cap = web.config.max_rows
    display = cap if limit is None else min(limit, cap)
    pipe = Pipe(max_bytes=web.config.max_bytes)
    sink = EventSink(pipe, fmt, max_value_chars=web.config.max_value_chars)
    first = {"query_id": qid, "connection": decided.target.label, **(head or {})}

    def run(s: Any) -> Any:
        sink.event_obj("start", first)
        if runner is not None:
            return runner(s)
        return session.run(sql, s, assume_yes=confirmed, display_limit=display, prepared=decided.prepared)

    def cleanup() -> None:
        web.service.finish(qid)
        session.close()

    def on_error(exc: BaseException) -> None:
        sink.event_obj("error", error_json(exc))

    worker = run_in_worker(run, sink, pipe, on_error=on_error, cleanup=cleanup)

    def closed() -> None:
        cancel_until_done(worker, session.cancel)

    media = "text/event-stream" if fmt == "sse" else "application/x-ndjson"
    return PipeResponse(pipe, on_close=closed, media_type=media,
                        headers={"X-Query-Id": qid, "Cache-Control": "no-store"})  # fmt: skip
