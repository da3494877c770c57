"""The console's page and its static files (after login)."""

import time

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from aishell.web.deps import COOKIE, Web
from aishell.web.http import Problem, page_headers, static_text

router = APIRouter(include_in_schema=False)

STATIC = {"app.js": "text/javascript", "app.css": "text/css", "login.js": "text/javascript"}


@router.get("/")
def index(request: Request, web: Web) -> Response:
    sid = request.cookies.get(COOKIE)
    session = web.web_sessions.get(sid) if sid else None
    if session is None or session.expires < time.time():
        return RedirectResponse("/login", status_code=303)
    request.state.principal = session.principal
    return HTMLResponse(static_text("index.html"), headers=page_headers())


@router.get("/static/{name}")
def static(name: str, request: Request, web: Web) -> Response:
    if name not in STATIC:
        raise Problem(404, "Not found")
    if name != "login.js":
        sid = request.cookies.get(COOKIE)
        if not (sid and sid in web.web_sessions):
            raise Problem(401, "Unauthorized", "log in first")
    return Response(static_text(name), media_type=STATIC[name], headers={"Cache-Control": "no-cache"})
