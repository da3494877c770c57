"""The connections the server serves: list, test, add and remove (the last two: admin)."""

from typing import Any

from fastapi import APIRouter, Request

from aishell.web.deps import Admin, User, Web
from aishell.web.models import ConnectionBody

router = APIRouter(tags=["connections"])


@router.get("/api/connections", summary="List connections")
def connections(who: User, web: Web) -> list[dict[str, Any]]:
    return web.service.connections()


@router.post("/api/connections/{name}/test", summary="Connect and report the version")
def test_connection(name: str, request: Request, who: User, web: Web) -> dict[str, Any]:
    target = web.service.target(name)
    request.state.audit_connection = target.label
    check = web.service.test_connection(target, who)
    return {"ok": True, "name": name, "version": check.version, "elapsed_ms": check.elapsed_ms}


@router.post("/api/connections", summary="Add a connection (admin)")
def add_connection(body: ConnectionBody, who: Admin, web: Web) -> dict[str, Any]:
    return web.service.add_connection(body.name, body.url, body.read_only)


@router.delete("/api/connections/{name}", summary="Remove a connection (admin)")
def remove_connection(name: str, who: Admin, web: Web) -> dict[str, Any]:
    web.service.remove_connection(name)
    return {"removed": name}
