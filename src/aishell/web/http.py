"""HTTP building blocks the routes share: problem documents, error statuses, page headers."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi.responses import JSONResponse, Response

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
from aishell.services.server import Conflict, NotFound, ServiceError


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


def status_for(exc: AishellError) -> tuple[int, str]:
    """The HTTP status and problem title of a service error."""
    if isinstance(exc, ServiceError):
        return (404 if isinstance(exc, NotFound) else 409 if isinstance(exc, Conflict) else 400), exc.title
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


def error_response(exc: BaseException) -> Response:
    """A problem document for an error raised before a download sent anything."""
    if isinstance(exc, AishellError):
        status, title = status_for(exc)
        return problem_response(status, title, exc.one_line())
    return problem_response(500, "Internal error", "the server could not complete the request")


def page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def static_text(name: str) -> str:
    return resources.files("aishell.web").joinpath("static", name).read_text(encoding="utf-8")
