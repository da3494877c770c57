"""The HTTP API and the page: :func:`create_app`.

Routes are thin: they authenticate, pick a connection, build a
:class:`~aishell.services.session.Session` whose policy comes from the caller's
role, and hand a sink to ``Session.run``.  Nothing here classifies SQL or
talks to an engine directly.
"""


import contextlib
import ipaddress
import json
import logging
import re
import secrets
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from aishell import __version__
from aishell.connections import Target
from aishell.errors import (
    AishellError,
    ConfigError,
    ConnectError,
    PolicyError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
    UsageError,
)
from aishell.services.policy import Verdict
from aishell.services.session import SERVER_MAX_VALUE_BYTES, Session
from aishell.state import StateStore
from aishell.web.auth import Principal, TokenStore, policy_for, write_audit
from aishell.web.streaming import (
    CSVSink,
    EventSink,
    ParquetSink,
    Pipe,
    PipeResponse,
    ResponseTooLarge,
    cancel_until_done,
    error_json,
    run_in_worker,
)

log = logging.getLogger("aishell.web")

COOKIE = "aishell_session"
CSRF_HEADER = "X-CSRF-Token"
QUERY_ID = r"^[A-Za-z0-9_-]{1,64}$"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# --------------------------------------------------------------------------- settings
@dataclass
class WebConfig:
    """Server limits and the names it answers to.

    ``max_rows`` caps a streamed result (the rest is counted, not sent); ``max_bytes``
    caps the data of one response (the statement is stopped and the stream ends with an
    ``error`` event, or a download is cut short); ``max_value_chars`` cuts a longer
    value with a visible marker (counted in the ``end`` event's ``cut_values``).

    ``host`` and ``port`` are what the server is bound to: a request's ``Host`` header
    must name it (or a loopback name, on that port), or one of ``allowed_hosts``
    (``name`` for any port, ``name:port`` for one); so must the ``Origin`` of a
    state-changing request.  This defeats DNS rebinding.  ``port=None`` means the
    port the request arrived on.
    """

    max_rows: int = 1_000_000
    statement_timeout: float = 300.0
    max_body: int = 1 << 20
    session_ttl: float = 12 * 3600
    max_bytes: int | None = 1 << 30
    max_value_chars: int | None = 1_000_000
    host: str | None = None
    port: int | None = None
    allowed_hosts: tuple[str, ...] = ()


@dataclass
class WebSession:
    principal: Principal
    csrf: str
    expires: float


@dataclass
class Running:
    session: Session
    owner: int
    sql: str
    connection: str
    started: float = field(default_factory=time.time)


class Problem(Exception):
    """An RFC 9457 problem document."""

    def __init__(self, status: int, title: str, detail: str = "", **extra: Any) -> None:
        super().__init__(detail or title)
        self.status, self.title, self.detail, self.extra = status, title, detail, extra


def problem_response(status: int, title: str, detail: str = "", headers: dict[str, str] | None = None,
                     **extra: Any) -> JSONResponse:  # fmt: skip
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=headers)


def _status_for(exc: AishellError) -> tuple[int, str]:
    if isinstance(exc, PolicyError):
        return 403, "Refused by policy"
    if isinstance(exc, QueryTimeoutError):
        return 408, "Statement timeout"
    if isinstance(exc, QueryCancelledError):
        return 409, "Cancelled"
    if isinstance(exc, QueryError):
        return 400, "Query error"
    if isinstance(exc, ConnectError):
        return 502, "Cannot connect to the database"
    if isinstance(exc, (ConfigError, UsageError)):
        return 400, "Bad request"
    return 400, "Error"


# --------------------------------------------------------------------------- request models
class QueryBody(BaseModel):
    sql: str = Field(min_length=1, max_length=1_000_000, description="One or more SQL statements.")
    connection: str | None = Field(default=None, max_length=500, description="Connection name (default: the first).")
    limit: int | None = Field(default=None, ge=0, le=100_000_000, description="Stop sending after this many rows.")
    confirmed: bool = Field(default=False, description="The user confirmed a write or destructive statement.")
    format: Literal["ndjson", "sse"] = "ndjson"
    query_id: str | None = Field(default=None, pattern=QUERY_ID, description="Id to cancel the query by.")


class ExplainBody(BaseModel):
    sql: str = Field(min_length=1, max_length=1_000_000)
    connection: str | None = Field(default=None, max_length=500)
    analyze: bool = False
    confirmed: bool = False


class AskBody(BaseModel):
    question: str = Field(min_length=1, max_length=10_000)
    connection: str | None = Field(default=None, max_length=500)
    provider: str | None = Field(default=None, max_length=100)
    model: str | None = Field(default=None, max_length=200)


class AskRunBody(BaseModel):
    ask_id: str = Field(pattern=QUERY_ID)
    confirmed: bool = Field(default=False, description="The user saw the SQL and its risk and confirmed it.")
    format: Literal["ndjson", "sse"] = "ndjson"
    query_id: str | None = Field(default=None, pattern=QUERY_ID)


class LoginBody(BaseModel):
    token: str = Field(min_length=1, max_length=200)


class ConnectionBody(BaseModel):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    url: str = Field(min_length=3, max_length=2000)
    read_only: bool = False


# --------------------------------------------------------------------------- middleware
class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (by header, and while reading)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await problem_response(413, "Request body too large",
                                           f"the limit is {self.limit} bytes")(scope, receive, send)  # fmt: skip
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise Problem(413, "Request body too large", f"the limit is {self.limit} bytes")
            return message

        await self.app(scope, limited, send)


LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost", "localhost.localdomain"})
WILDCARDS = frozenset({"0.0.0.0", "::", ""})  # noqa: S104  # nosec B104 - names of the any-address bind, compared only
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_HOST_CHARS = re.compile(r"[a-z0-9._%:-]+")  # names, IPv4 and (bracketed) IPv6 literals
_PORT = re.compile(r"[0-9]{1,5}")


def split_host(value: str) -> tuple[str, int | None] | None:
    """``host[:port]`` (``[v6]:port`` for IPv6) as ``(host, port)``, the host lower-cased
    without brackets or a trailing dot; ``None`` when malformed."""
    value = value.strip().lower()
    port_text: str | None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        host, rest = value[1:end], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else None
    elif value.count(":") == 1:
        host, port_text = value.split(":")
    elif ":" in value:
        return None
    else:
        host, port_text = value, None
    host = host.rstrip(".")
    if not host or not _HOST_CHARS.fullmatch(host):
        return None
    if port_text is None:
        return host, None
    if not _PORT.fullmatch(port_text) or int(port_text) > 65535:
        return None
    return host, int(port_text)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


class HostGuard:
    """Refuse requests whose ``Host`` is not a name of this server (421), and state-changing
    requests whose ``Origin`` is not this server (403): a page on another site, or on a
    name that an attacker's DNS points at 127.0.0.1 (DNS rebinding), cannot use the API."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        self.app = app
        self.port = config.port or None
        bind = (config.host or "").strip().strip("[]").lower().rstrip(".")  # an address or a name, no port
        self.bind = bind or None
        self.bind_ip = _ip(bind) if bind else None
        self.wildcard = config.host is not None and bind in WILDCARDS
        self.extra: list[tuple[str, int | None]] = []
        for name in config.allowed_hosts:
            parsed = split_host(name)
            if parsed is None:
                raise ConfigError(f"not a host name: {name!r} (use NAME or NAME:PORT)")
            self.extra.append(parsed)

    def allowed(self, host: str, port: int, server_port: int | None, *, any_ip: bool = True) -> bool:
        """Whether ``host:port`` names this server.  ``any_ip``: when bound to every address,
        accept any IP literal (one cannot be rebound to another machine's name)."""
        if any(host == name and (want is None or want == port) for name, want in self.extra):
            return True
        if server_port is not None and port != server_port:
            return False
        if host in LOOPBACK_NAMES:
            return True
        ip = _ip(host)
        if ip is not None and (ip.is_loopback or (ip == self.bind_ip) or (self.wildcard and any_ip)):
            return True
        return host == self.bind

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k: v for k, v in scope.get("headers", []) if k in (b"host", b"origin")}
        scheme = scope.get("scheme", "http")
        server = scope.get("server")
        server_port = self.port or (int(server[1]) if server and server[1] else None)
        raw_host = headers.get(b"host", b"").decode("latin-1")
        parsed = split_host(raw_host) if raw_host else None
        default = 443 if scheme == "https" else 80
        if parsed is None or not self.allowed(parsed[0], parsed[1] or default, server_port):
            shown = raw_host[:100] or "(none)"
            await problem_response(421, "Misdirected request",
                                   f"the Host {shown!r} is not a name of this server (allow it with --allowed-host)",
                                   )(scope, receive, send)  # fmt: skip
            return
        origin = headers.get(b"origin")
        if origin is not None and scope.get("method", "GET") not in SAFE_METHODS:
            text = origin.decode("latin-1")
            if not self._origin_ok(text, parsed, default, server_port):
                await problem_response(403, "Cross-origin request refused",
                                       f"the Origin {text[:100]!r} is not this server (allow it with --allowed-host)",
                                       )(scope, receive, send)  # fmt: skip
                return
        await self.app(scope, receive, send)

    def _origin_ok(self, origin: str, host: tuple[str, int | None], default: int, server_port: int | None) -> bool:
        try:
            url = urlsplit(origin)
            port = url.port
        except ValueError:
            return False
        if url.scheme not in ("http", "https") or not url.hostname or url.path not in ("", "/"):
            return False
        name = url.hostname.lower().rstrip(".")
        port = port or (443 if url.scheme == "https" else 80)
        if (name, port) == (host[0], host[1] or default):
            return True  # the page came from the name the request was sent to
        return self.allowed(name, port, server_port, any_ip=False)


class Audit:
    """Write one audit record per request once its status is known."""

    def __init__(self, app: ASGIApp, state: StateStore) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})
        written = False

        async def audited(message: Message) -> None:
            nonlocal written
            if message["type"] == "http.response.start" and not written:
                written = True
                st = scope["state"]
                path = scope.get("path", "")
                if not path.startswith("/static/") and path != "/api/health":
                    principal = st.get("principal")
                    write_audit(
                        self.state, source="web", user=principal.name if principal else None,
                        action=f"{scope.get('method', '')} {path}", connection=st.get("audit_connection"),
                        statement=st.get("audit_statement"), status=str(message.get("status")),
                    )  # fmt: skip
            await send(message)

        await self.app(scope, receive, audited)


# --------------------------------------------------------------------------- the app
class Server:
    """What the routes share: connections, tokens, web sessions, running queries, asks."""

    def __init__(self, targets: list[Target], state: StateStore, config: WebConfig) -> None:
        self.targets: dict[str, Target] = OrderedDict((t.label, t) for t in targets)
        self.state = state
        self.tokens = TokenStore(state)
        self.config = config
        self.web_sessions: dict[str, WebSession] = {}
        self.running: dict[str, Running] = {}
        self.asks: OrderedDict[str, tuple[int, str, Any]] = OrderedDict()
        self.meta: dict[str, Session] = {}
        self.lock = threading.Lock()

    # -- connections
    def target(self, name: str | None) -> Target:
        if not self.targets:
            raise Problem(404, "No connection", "the server has no connection configured")
        if name is None:
            return next(iter(self.targets.values()))
        target = self.targets.get(name)
        if target is None:
            raise Problem(404, "Unknown connection", f"no connection named {name!r}")
        return target

    def session(self, target: Target, principal: Principal, *, confirmed: bool = False,
                read_only: bool = False) -> Session:  # fmt: skip
        viewer = principal.role == "viewer" or read_only
        policy = policy_for("viewer" if viewer else principal.role)
        return Session(target, read_only=viewer or target.read_only, timeout=self.config.statement_timeout,
                       policy=policy, state=self.state, source="web", user=principal.name,
                       max_value_bytes=SERVER_MAX_VALUE_BYTES, confirm=(lambda _q, _r: confirmed))  # fmt: skip

    def catalog_session(self, target: Target) -> Session:
        with self.lock:
            session = self.meta.get(target.label)
            if session is None:
                session = Session(target, read_only=True, timeout=self.config.statement_timeout,
                                  policy=policy_for("viewer"), state=None, source="web")  # fmt: skip
                self.meta[target.label] = session
            return session

    def close(self) -> None:
        for session in list(self.meta.values()):
            session.close()
        self.meta.clear()


def _static_text(name: str) -> str:
    return resources.files("aishell.web").joinpath("static", name).read_text(encoding="utf-8")


def create_app(
    targets: list[Target],
    *,
    state: StateStore | None = None,
    config: WebConfig | None = None,
) -> FastAPI:
    """Build the application for ``targets`` (the first is the default connection)."""
    config = config or WebConfig()
    for name in config.allowed_hosts:
        if split_host(name) is None:
            raise ConfigError(f"not a host name: {name!r} (use NAME or NAME:PORT)")
    server = Server(targets, state or StateStore(), config)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        server.close()

    bearer = HTTPBearer(auto_error=False, description="An API token from `aishell web token create`.")

    app = FastAPI(
        title="aishell web API",
        version=__version__,
        description="The aishell database shell over HTTP.  Every route calls the same service layer "
        "as the command line.  Authenticate with `Authorization: Bearer <token>`.",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.server = server

    # ------------------------------------------------------------------ errors
    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return problem_response(exc.status, exc.title, exc.detail, headers=headers, **exc.extra)

    @app.exception_handler(AishellError)
    async def _aishell(_request: Request, exc: AishellError) -> JSONResponse:
        status, title = _status_for(exc)
        return problem_response(status, title, exc.one_line())

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem_response(exc.status_code, str(exc.detail) if exc.detail else "Error")

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        return problem_response(422, "Invalid request", "the request does not match the API", errors=errors)

    @app.exception_handler(Exception)
    async def _internal(_request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s", type(exc).__name__, exc_info=exc)
        return problem_response(500, "Internal error", "the server could not complete the request")

    # ------------------------------------------------------------------ auth
    def principal(
        request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> Principal:
        if creds is not None:
            who = server.tokens.verify(creds.credentials)
            if who is None:
                raise Problem(401, "Unauthorized", "the token is unknown or revoked")
        else:
            sid = request.cookies.get(COOKIE)
            web = server.web_sessions.get(sid) if sid else None
            if web is None or web.expires < time.time() or not server.tokens.active(web.principal.token_id):
                if sid:
                    server.web_sessions.pop(sid, None)
                raise Problem(401, "Unauthorized", "a bearer token or a login session is required")
            if request.method not in ("GET", "HEAD", "OPTIONS"):
                sent = request.headers.get(CSRF_HEADER, "")
                if not secrets.compare_digest(sent.encode(), web.csrf.encode()):
                    raise Problem(403, "CSRF check failed", f"the {CSRF_HEADER} header is missing or wrong")
            who = web.principal
        request.state.principal = who
        return who

    User = Annotated[Principal, Depends(principal)]

    def admin(who: User) -> Principal:
        if not who.is_admin:
            raise Problem(403, "Forbidden", f"this needs the admin role (you are {who.role})")
        return who

    Admin = Annotated[Principal, Depends(admin)]

    # ------------------------------------------------------------------ helpers
    def prepare(request: Request, who: Principal, sql: str, connection: str | None, confirmed: bool,
                *, read_only: bool = False) -> tuple[Target, Session]:  # fmt: skip
        """Build the session and act on the role's policy before anything streams: REFUSE is a
        403, CONFIRM without ``confirmed`` a 409 with the reasons.  The policy judges; not this."""
        target = server.target(connection)
        request.state.audit_connection = target.label
        request.state.audit_statement = sql
        session = server.session(target, who, confirmed=confirmed, read_only=read_only)
        try:
            classes = session.classify(sql)
            decision = session.policy.judge_all(classes)
        except AishellError:
            session.close()
            raise
        except RecursionError:
            session.close()
            raise Problem(400, "Statement nested too deeply",
                          "the statement is nested too deeply to be checked; simplify it") from None  # fmt: skip
        except Exception as exc:  # the splitter or the parser gave up
            session.close()
            log.warning("could not classify a statement: %s: %s", type(exc).__name__, exc)
            raise Problem(400, "Statement not understood", "the SQL could not be split into statements") from None
        if decision.verdict is Verdict.REFUSE:
            session.close()
            message = decision.message
            for c in classes:  # say why the classifier gave up (too deep, not parsed), if the policy did not
                if c.error and c.error not in message:
                    message += f" ({c.error[:200]})"
            detail = " ".join(f"{message} (role: {who.role})".split())
            raise Problem(403, "Refused by policy", detail, role=who.role)
        if decision.verdict is Verdict.CONFIRM and not confirmed:
            session.close()
            raise Problem(409, "Confirmation required", decision.message,
                          confirm_required=True, reasons=decision.reasons)  # fmt: skip
        return target, session

    def stream(session: Session, target: Target, who: Principal, sql: str, *, fmt: str, limit: int | None,
               confirmed: bool, query_id: str | None, head: dict[str, Any] | None = None,
               runner: Callable[[Any], Any] | None = None) -> Response:  # fmt: skip
        qid = query_id or uuid.uuid4().hex
        with server.lock:
            if qid in server.running:
                session.close()
                raise Problem(409, "Duplicate query id", f"a query with id {qid!r} is running")
            server.running[qid] = Running(session, who.token_id, sql, target.label)
        cap = server.config.max_rows
        display = cap if limit is None else min(limit, cap)
        pipe = Pipe(max_bytes=server.config.max_bytes)
        sink = EventSink(pipe, fmt, max_value_chars=server.config.max_value_chars)
        first = {"query_id": qid, "connection": target.label, **(head or {})}

        def run(s: Any) -> Any:
            sink.event_obj("start", first)
            if runner is not None:
                return runner(s)
            return session.run(sql, s, assume_yes=confirmed, display_limit=display)

        def cleanup() -> None:
            with server.lock:
                server.running.pop(qid, None)
            session.close()

        def on_error(exc: BaseException) -> None:
            sink.event_obj("error", error_json(exc))

        worker = run_in_worker(run, sink, pipe, on_error=on_error, cleanup=cleanup)

        def closed() -> None:
            cancel_until_done(worker, session.cancel)

        media = "text/event-stream" if fmt == "sse" else "application/x-ndjson"
        return PipeResponse(pipe, on_close=closed, media_type=media,
                            headers={"X-Query-Id": qid, "Cache-Control": "no-store"})  # fmt: skip

    # ------------------------------------------------------------------ public routes
    @app.get("/api/health", tags=["health"], summary="Health check (no token needed)")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__}

    @app.get("/login", include_in_schema=False)
    def login_page() -> HTMLResponse:
        return HTMLResponse(_static_text("login.html"), headers=_page_headers())

    @app.post("/api/login", tags=["auth"], summary="Exchange a token for a session cookie")
    def login(body: LoginBody, request: Request) -> JSONResponse:
        who = server.tokens.verify(body.token)
        if who is None:
            time.sleep(0.2)  # slow down guessing a little
            raise Problem(401, "Unauthorized", "the token is unknown or revoked")
        request.state.principal = who
        sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = time.time()
        for key, web in list(server.web_sessions.items()):
            if web.expires < now:
                server.web_sessions.pop(key, None)
        server.web_sessions[sid] = WebSession(who, csrf, now + server.config.session_ttl)
        response = JSONResponse({"name": who.name, "role": who.role, "csrf": csrf})
        response.set_cookie(COOKIE, sid, httponly=True, samesite="strict", path="/",
                            max_age=int(server.config.session_ttl),
                            secure=request.url.scheme == "https")  # fmt: skip
        return response

    # ------------------------------------------------------------------ session
    @app.post("/api/logout", tags=["auth"], summary="End the login session")
    def logout(request: Request, who: User) -> JSONResponse:
        sid = request.cookies.get(COOKIE)
        if sid:
            server.web_sessions.pop(sid, None)
        response = JSONResponse({"ok": True})
        response.delete_cookie(COOKIE, path="/")
        return response

    @app.get("/api/me", tags=["auth"], summary="Who am I (and the CSRF token of a login session)")
    def me(request: Request, who: User) -> dict[str, Any]:
        sid = request.cookies.get(COOKIE)
        web = server.web_sessions.get(sid) if sid else None
        return {"name": who.name, "role": who.role, "csrf": web.csrf if web else None}

    @app.get("/api/openapi.json", tags=["meta"], summary="This API's OpenAPI document")
    def openapi(who: User) -> JSONResponse:
        return JSONResponse(app.openapi())

    # ------------------------------------------------------------------ connections
    @app.get("/api/connections", tags=["connections"], summary="List connections")
    def connections(who: User) -> list[dict[str, Any]]:
        return [
            {"name": name, "engine": t.url.engine, "url": t.url.display(), "read_only": t.read_only,
             "default": i == 0}
            for i, (name, t) in enumerate(server.targets.items())
        ]  # fmt: skip

    @app.post("/api/connections/{name}/test", tags=["connections"], summary="Connect and report the version")
    def test_connection(name: str, request: Request, who: User) -> dict[str, Any]:
        target = server.target(name)
        request.state.audit_connection = target.label
        session = server.session(target, who, read_only=True)
        started = time.perf_counter()
        try:
            conn = session.connection()
            conn.ping()
            version = conn.server_version()
        finally:
            session.close()
        return {"ok": True, "name": name, "version": version,
                "elapsed_ms": round((time.perf_counter() - started) * 1000, 1)}  # fmt: skip

    @app.post("/api/connections", tags=["connections"], summary="Add a connection (admin)")
    def add_connection(body: ConnectionBody, who: Admin) -> dict[str, Any]:
        from aishell.urls import DatabaseURL

        if body.name in server.targets:
            raise Problem(409, "Connection exists", f"a connection named {body.name!r} exists")
        url = DatabaseURL.parse(body.url)
        server.targets[body.name] = Target(url, body.name, "web", body.read_only, None)
        return {"name": body.name, "engine": url.engine, "url": url.display(), "read_only": body.read_only}

    @app.delete("/api/connections/{name}", tags=["connections"], summary="Remove a connection (admin)")
    def remove_connection(name: str, who: Admin) -> dict[str, Any]:
        target = server.target(name)
        server.targets.pop(target.label, None)
        meta = server.meta.pop(target.label, None)
        if meta is not None:
            meta.close()
        return {"removed": name}

    # ------------------------------------------------------------------ catalog
    def catalog_of(connection: str | None, refresh: bool) -> Any:
        return server.catalog_session(server.target(connection)).catalog(refresh=refresh)

    @app.get("/api/catalog/schemas", tags=["catalog"], summary="Schemas")
    def schemas(who: User, connection: Annotated[str | None, Query(max_length=500)] = None,
                refresh: bool = False) -> dict[str, Any]:  # fmt: skip
        cat = catalog_of(connection, refresh)
        return {"default_schema": cat.default_schema, "schemas": list(cat.schemas)}

    @app.get("/api/catalog/tables", tags=["catalog"], summary="Tables and views, with columns, keys and indexes")
    def tables(who: User, connection: Annotated[str | None, Query(max_length=500)] = None,
               schema: Annotated[str | None, Query(max_length=500)] = None,
               refresh: bool = False) -> dict[str, Any]:  # fmt: skip
        cat = catalog_of(connection, refresh)
        items = [_table_json(t) for t in cat.tables if schema is None or t.schema == schema]
        return {"default_schema": cat.default_schema, "schemas": list(cat.schemas), "tables": items}

    @app.get("/api/catalog/tables/{name}", tags=["catalog"], summary="One table: columns, keys, indexes")
    def table(name: str, who: User, connection: Annotated[str | None, Query(max_length=500)] = None) -> dict[str, Any]:
        from aishell.services.catalog import find_table

        try:
            info = find_table(catalog_of(connection, False), name)
        except QueryError as exc:
            raise Problem(404, "Unknown table", exc.one_line()) from None
        return _table_json(info)

    # ------------------------------------------------------------------ query
    @app.post("/api/query", tags=["query"], summary="Run SQL and stream the rows (NDJSON or server-sent events)",
              response_class=StreamingResponse,
              responses={200: {"description": "Events, one per line: start, columns, rows (a batch), end, error",
                               "content": {"application/x-ndjson": {}, "text/event-stream": {}}}})  # fmt: skip
    def query(body: QueryBody, request: Request, who: User) -> Response:
        target, session = prepare(request, who, body.sql, body.connection, body.confirmed)
        return stream(session, target, who, body.sql, fmt=body.format, limit=body.limit,
                      confirmed=body.confirmed, query_id=body.query_id)  # fmt: skip

    @app.get("/api/queries", tags=["query"], summary="Running queries")
    def running(who: User) -> list[dict[str, Any]]:
        with server.lock:
            return [{"query_id": k, "connection": r.connection, "sql": r.sql, "started": r.started}
                    for k, r in server.running.items() if who.is_admin or r.owner == who.token_id]  # fmt: skip

    @app.post("/api/queries/{query_id}/cancel", tags=["query"], summary="Cancel a running query")
    def cancel(query_id: str, who: User) -> dict[str, Any]:
        with server.lock:
            entry = server.running.get(query_id)
        if entry is None or not (who.is_admin or entry.owner == who.token_id):
            raise Problem(404, "Unknown query", "no running query with that id")
        entry.session.cancel()
        return {"cancelled": query_id}

    @app.post("/api/explain", tags=["query"], summary="The plan of a statement (a tree with costs where possible)")
    def explain(body: ExplainBody, request: Request, who: User) -> dict[str, Any]:
        # EXPLAIN ANALYZE runs the statement: prepare asks the same consent as running it
        target, session = prepare(request, who, body.sql, body.connection, body.confirmed)
        try:
            plan = session.explain(body.sql, analyze=body.analyze, assume_yes=body.confirmed)
        except RecursionError:
            raise Problem(400, "Statement nested too deeply",
                          "the statement is nested too deeply to be checked; simplify it") from None  # fmt: skip
        finally:
            session.close()
        data = json.loads(json.dumps(plan.data, default=str)) if plan.data is not None else None
        return {"connection": target.label, "text": plan.text, "plan": data}

    @app.get("/api/export", tags=["export"], summary="Run a read and download the result as CSV or Parquet",
             response_class=StreamingResponse,
             responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {}}}})  # fmt: skip
    def export(request: Request, who: User, sql: Annotated[str, Query(min_length=1, max_length=100_000)],
               format: Literal["csv", "parquet"] = "csv",
               connection: Annotated[str | None, Query(max_length=500)] = None,
               filename: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.-]{1,100}$")] = None,
               ) -> Response:  # fmt: skip
        # a download is always read-only, whatever the role: a GET never changes data
        _target, session = prepare(request, who, sql, connection, False, read_only=True)
        if format == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                session.close()
                raise Problem(501, "Parquet unavailable", "install aishell[data] for Parquet exports") from None
        pipe = Pipe(max_bytes=server.config.max_bytes)
        cap = server.config.max_value_chars
        sink: CSVSink | ParquetSink = (
            CSVSink(pipe, max_value_chars=cap) if format == "csv"
            else ParquetSink(pipe, dialect=session.dialect, max_value_chars=cap)
        )  # fmt: skip

        def run(s: Any) -> Any:
            result = session.run(sql, s, display_limit=server.config.max_rows)
            hidden = sum(o.summary.hidden for o in result.outcomes if o.summary is not None)
            if hidden:  # never a file that looks whole but is not: the download is cut short
                raise ResponseTooLarge(f"the result has {hidden} rows more than the server's limit of "
                                       f"{server.config.max_rows} rows a download may hold")  # fmt: skip
            return result

        def on_error(exc: BaseException) -> None:
            # before any data: a problem document; after: the download is cut short (never a
            # truncated file that looks whole)
            log.warning("export failed: %s", error_json(exc)["detail"])
            pipe.fail(exc)

        worker = run_in_worker(run, sink, pipe, on_error=on_error, cleanup=session.close)

        def closed() -> None:
            cancel_until_done(worker, session.cancel)

        name = filename or f"result.{format}"
        media = "text/csv; charset=utf-8" if format == "csv" else "application/vnd.apache.parquet"
        return PipeResponse(pipe, on_close=closed, media_type=media, early_error=_error_response,
                            headers={"Content-Disposition": f'attachment; filename="{name}"',
                                     "Cache-Control": "no-store"})  # fmt: skip

    # ------------------------------------------------------------------ ask
    @app.post("/api/ask", tags=["ask"], summary="Natural language to SQL: returns the SQL, explanation and risk")
    def ask(body: AskBody, request: Request, who: User) -> dict[str, Any]:
        from aishell.services import ask as ask_service

        target = server.target(body.connection)
        request.state.audit_connection = target.label
        request.state.audit_statement = "-- ask: " + body.question
        session = server.session(target, who)
        try:
            result = ask_service.ask(session, body.question, provider=body.provider, model=body.model)
        finally:
            session.close()
        ask_id = uuid.uuid4().hex
        with server.lock:
            server.asks[ask_id] = (who.token_id, target.label, result)
            while len(server.asks) > 500:
                server.asks.popitem(last=False)
        return {"ask_id": ask_id, "connection": target.label, **_ask_json(result)}

    @app.post("/api/ask/run", tags=["ask"], summary="Run the SQL of an answer (the confirming call); streams rows",
              response_class=StreamingResponse,
              responses={200: {"content": {"application/x-ndjson": {}, "text/event-stream": {}}}})  # fmt: skip
    def ask_run(body: AskRunBody, request: Request, who: User) -> Response:
        with server.lock:
            entry = server.asks.get(body.ask_id)
        if entry is None or entry[0] != who.token_id:
            raise Problem(404, "Unknown answer", "no answer with that id (ask again)")
        from aishell.services.ask import run_answer

        _owner, label, result = entry
        sql = result.sql or ""
        if not sql.strip() or not result.ok:
            raise Problem(422, "No SQL to run", "the question could not be answered with SQL")
        if result.needs_confirmation and not body.confirmed:
            raise Problem(409, "Confirmation required", f"the generated statement is not a plain read ({result.risk})",
                          confirm_required=True, reasons=[f"risk: {result.risk}"])  # fmt: skip
        target, session = prepare(request, who, sql, label, body.confirmed)

        def runner(sink: Any) -> Any:
            return run_answer(session, result, sink, confirmed=body.confirmed, display_limit=server.config.max_rows)

        return stream(session, target, who, sql, fmt=body.format, limit=None, confirmed=body.confirmed,
                      query_id=body.query_id, head={"ask_id": body.ask_id}, runner=runner)  # fmt: skip

    # ------------------------------------------------------------------ history and audit
    @app.get("/api/history", tags=["history"], summary="Recent statements with timings")
    def history(who: User, connection: Annotated[str | None, Query(max_length=500)] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                search: Annotated[str | None, Query(max_length=1000)] = None) -> list[dict[str, Any]]:  # fmt: skip
        # an admin sees every statement; anyone else only the ones they ran
        user = None if who.is_admin else who.name
        known = server.targets.get(connection) if connection is not None else None
        target = known.url.identity() if known is not None else None  # its statements under any name
        entries = server.state.history(connection=connection, limit=limit, search=search, user=user, target=target)
        return [e.__dict__ for e in entries]

    @app.get("/api/audit", tags=["history"], summary="The audit log (admin)")
    def audit(who: Admin, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        from aishell.web.auth import read_audit

        return read_audit(server.state, limit)

    # ------------------------------------------------------------------ the page
    @app.get("/", include_in_schema=False)
    def index(request: Request) -> Response:
        sid = request.cookies.get(COOKIE)
        web = server.web_sessions.get(sid) if sid else None
        if web is None or web.expires < time.time():
            return RedirectResponse("/login", status_code=303)
        request.state.principal = web.principal
        return HTMLResponse(_static_text("index.html"), headers=_page_headers())

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        allowed = {"app.js": "text/javascript", "app.css": "text/css", "login.js": "text/javascript"}
        if name not in allowed:
            raise Problem(404, "Not found")
        if name != "login.js":
            sid = request.cookies.get(COOKIE)
            if not (sid and sid in server.web_sessions):
                raise Problem(401, "Unauthorized", "log in first")
        return Response(_static_text(name), media_type=allowed[name], headers={"Cache-Control": "no-cache"})

    wrapped: Any = app
    app.add_middleware(HostGuard, config=server.config)  # inside Audit: refusals are audited
    app.add_middleware(Audit, state=server.state)
    app.add_middleware(BodyLimit, limit=server.config.max_body)
    return wrapped  # type: ignore[no-any-return]


def _error_response(exc: BaseException) -> Response:
    """A problem document for an error raised before a download sent anything."""
    if isinstance(exc, AishellError):
        status, title = _status_for(exc)
        return problem_response(status, title, exc.one_line())
    return problem_response(500, "Internal error", "the server could not complete the request")


def _page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def _table_json(t: Any) -> dict[str, Any]:
    return {
        "schema": t.schema, "name": t.name, "kind": t.kind, "qualified_name": t.qualified_name,
        "columns": [{"name": c.name, "type": c.data_type, "nullable": c.nullable, "default": c.default}
                    for c in t.columns],
        "primary_key": list(t.primary_key),
        "foreign_keys": [{"name": fk.name, "columns": list(fk.columns), "ref_schema": fk.ref_schema,
                          "ref_table": fk.ref_table, "ref_columns": list(fk.ref_columns)} for fk in t.foreign_keys],
        "indexes": [{"name": i.name, "columns": list(i.columns), "unique": i.unique, "primary": i.primary}
                    for i in t.indexes],
        "row_estimate": t.row_estimate,
    }  # fmt: skip


def _ask_json(result: Any) -> dict[str, Any]:
    cls = getattr(result, "classification", None)
    risk = getattr(result, "risk", None)
    return {
        "ok": bool(getattr(result, "ok", bool(getattr(result, "sql", "")))),
        "sql": getattr(result, "sql", None),
        "explanation": getattr(result, "explanation", None),
        "risk": getattr(risk, "value", None) if risk is not None and not isinstance(risk, str) else risk,
        "classification": {"kind": cls.kind.value, "statement_type": cls.statement_type,
                           "destructive": cls.destructive, "reasons": list(cls.reasons)}
        if cls is not None and hasattr(cls, "kind") else None,
        "attempts": _jsonable(getattr(result, "attempts", None)),
        "error": _jsonable(getattr(result, "error", None)),
        "refused": getattr(result, "refused", None),
        "needs_confirmation": bool(getattr(result, "needs_confirmation", True)),
        "provider": getattr(result, "provider", None),
        "model": getattr(result, "model", None),
    }  # fmt: skip


def _jsonable(value: Any) -> Any:
    if value is None:
        return None
    try:
        return json.loads(json.dumps(value, default=lambda o: getattr(o, "__dict__", str(o))))
    except (TypeError, ValueError):
        return str(value)
