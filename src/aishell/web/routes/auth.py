"""Health, login and logout, who am I, and the OpenAPI document."""

import secrets
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from aishell import __version__
from aishell.web.deps import COOKIE, User, Web
from aishell.web.http import Problem, page_headers, static_text
from aishell.web.models import LoginBody
from aishell.web.state import WebSession

router = APIRouter()


@router.get("/api/health", tags=["health"], summary="Health check (no token needed)")
def health() -> dict[str, Any]:
    return {"status": "ok", "version": __version__}


@router.get("/login", include_in_schema=False)
def login_page() -> HTMLResponse:
    return HTMLResponse(static_text("login.html"), headers=page_headers())


@router.post("/api/login", tags=["auth"], summary="Exchange a token for a session cookie")
def login(body: LoginBody, request: Request, web: Web) -> JSONResponse:
    who = web.tokens.verify(body.token)
    if who is None:
        time.sleep(0.2)  # slow down guessing a little
        raise Problem(401, "Unauthorized", "the token is unknown or revoked")
    request.state.principal = who
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = time.time()
    for key, session in list(web.web_sessions.items()):
        if session.expires < now:
            web.web_sessions.pop(key, None)
    web.web_sessions[sid] = WebSession(who, csrf, now + web.config.session_ttl)
    response = JSONResponse({"name": who.name, "role": who.role, "csrf": csrf})
    response.set_cookie(COOKIE, sid, httponly=True, samesite="strict", path="/",
                        max_age=int(web.config.session_ttl), secure=request.url.scheme == "https")  # fmt: skip
    return response


@router.post("/api/logout", tags=["auth"], summary="End the login session")
def logout(request: Request, who: User, web: Web) -> JSONResponse:
    sid = request.cookies.get(COOKIE)
    if sid:
        web.web_sessions.pop(sid, None)
    response = JSONResponse({"ok": True})
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/api/me", tags=["auth"], summary="Who am I (and the CSRF token of a login session)")
def me(request: Request, who: User, web: Web) -> dict[str, Any]:
    sid = request.cookies.get(COOKIE)
    session = web.web_sessions.get(sid) if sid else None
    return {"name": who.name, "role": who.role, "csrf": session.csrf if session else None}


@router.get("/api/openapi.json", tags=["meta"], summary="This API's OpenAPI document")
def openapi(request: Request, who: User) -> JSONResponse:
    return JSONResponse(request.app.openapi())
