"""Run SQL (streamed), list and cancel running statements, and show plans."""

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from aishell.output.plan import to_dict as plan_dict
from aishell.services.explain import explain as explain_statement
from aishell.web.deps import User, Web, prepare, stream
from aishell.web.http import Problem
from aishell.web.models import ExplainBody, QueryBody

router = APIRouter(tags=["query"])


@router.post("/api/query", summary="Run SQL and stream the rows (NDJSON or server-sent events)",
             response_class=StreamingResponse,
             responses={200: {"description": "Events, one per line: start, columns, rows (a batch), end, error",
                              "content": {"application/x-ndjson": {}, "text/event-stream": {}}}})  # fmt: skip
def query(body: QueryBody, request: Request, who: User, web: Web) -> Response:
    decided = prepare(web, request, who, body.sql, body.connection, body.confirmed)
    return stream(web, decided, who, body.sql, fmt=body.format, limit=body.limit, confirmed=body.confirmed,
                  query_id=body.query_id)  # fmt: skip


@router.get("/api/queries", summary="Running queries")
def running(who: User, web: Web) -> list[dict[str, Any]]:
    return [{"query_id": k, "connection": r.connection, "sql": r.sql, "started": r.started}
            for k, r in web.service.visible(who)]  # fmt: skip


@router.post("/api/queries/{query_id}/cancel", summary="Cancel a running query")
def cancel(query_id: str, who: User, web: Web) -> dict[str, Any]:
    web.service.cancel(query_id, who)
    return {"cancelled": query_id}


@router.post("/api/explain", summary="The plan of a statement (a tree with costs where possible)")
def explain(body: ExplainBody, request: Request, who: User, web: Web) -> dict[str, Any]:
    # EXPLAIN ANALYZE runs the statement: prepare asks the same consent as running it
    decided = prepare(web, request, who, body.sql, body.connection, body.confirmed)
    session = decided.session
    try:
        explained = explain_statement(session, body.sql, analyze=body.analyze, assume_yes=body.confirmed)
    except RecursionError:
        raise Problem(400, "Statement nested too deeply",
                      "the statement is nested too deeply to be checked; simplify it") from None  # fmt: skip
    finally:
        session.close()
    plan = explained.plan
    data = json.loads(json.dumps(plan.data, default=str)) if plan.data is not None else None
    # "text" and "plan" (the engine's own) as before; "tree", "lints" and "hottest" from the service
    out = json.loads(json.dumps(plan_dict(explained), default=str))
    return {"connection": decided.target.label, "text": plan.text, "plan": data, "tree": out["tree"],
            "lints": out["lints"], "hottest": out["hottest"], "analyzed": out["analyzed"]}
