"""The API's routes, one router per area; :func:`aishell.web.app.create_app` includes them all."""

from fastapi import APIRouter

from aishell.web.routes import ask, auth, catalog, connections, export, history, monitor, pages, query

#: in the order the OpenAPI document lists them
ROUTERS: tuple[APIRouter, ...] = (
    auth.router, connections.router, catalog.router, query.router, export.router, ask.router, history.router,
    monitor.router, pages.router,
)  # fmt: skip
