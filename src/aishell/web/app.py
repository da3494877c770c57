"""The HTTP API and the page: :func:`create_app`.

Routes are thin (:mod:`aishell.web.routes`, one router per area): they authenticate
(:mod:`aishell.web.deps`), pick a connection, and call the server service
(:class:`aishell.services.server.Server`), whose sessions carry the caller's role policy;
the session decides about every statement and the route only reports its decision (a 403,
a 409) or streams the result.  Nothing here classifies SQL or talks to an engine directly.
"""

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from aishell import __version__
from aishell.connections import Target
from aishell.errors import AishellError, ConfigError
from aishell.state import StateStore
from aishell.web.http import Problem, problem_response, status_for
from aishell.web.middleware import Audit, BodyLimit, HostGuard, split_host
from aishell.web.routes import ROUTERS
from aishell.web.state import WebConfig, WebServer, WebSession

__all__ = ["Problem", "WebConfig", "WebServer", "WebSession", "create_app", "split_host"]

log = logging.getLogger("aishell.web")


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
    web = WebServer(targets, state or StateStore(), config)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        web.close()

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
    app.state.web = web
    app.state.server = web.service
    _add_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    wrapped: Any = app
    app.add_middleware(HostGuard, config=config)  # inside Audit: refusals are audited
    app.add_middleware(Audit, state=web.state)
    app.add_middleware(BodyLimit, limit=config.max_body)
    return wrapped  # type: ignore[no-any-return]


def _add_error_handlers(app: FastAPI) -> None:
    """Every error becomes an RFC 9457 problem document."""

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return problem_response(exc.status, exc.title, exc.detail, headers=headers, **exc.extra)

    @app.exception_handler(AishellError)
    async def _aishell(_request: Request, exc: AishellError) -> JSONResponse:
        status, title = status_for(exc)
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
