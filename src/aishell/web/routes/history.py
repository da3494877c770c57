"""The statements run (each caller's own; an admin's: all) and the audit log (admin)."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from aishell.web.deps import Admin, User, Web

router = APIRouter(tags=["history"])


@router.get("/api/history", summary="Recent statements with timings")
def history(who: User, web: Web, connection: Annotated[str | None, Query(max_length=500)] = None,
            limit: Annotated[int, Query(ge=1, le=1000)] = 100,
            search: Annotated[str | None, Query(max_length=1000)] = None) -> list[dict[str, Any]]:  # fmt: skip
    return web.service.history(who, connection, limit, search)


@router.get("/api/audit", summary="The audit log (admin)")
def audit(who: Admin, web: Web, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
    from aishell.web.auth import read_audit

    return read_audit(web.state, limit)
