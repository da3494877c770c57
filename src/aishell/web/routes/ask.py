"""Natural language to SQL: ask (the SQL, its explanation and risk), then run the answer."""

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from aishell.web.deps import User, Web, prepare, stream
from aishell.web.http import Problem
from aishell.web.models import AskBody, AskRunBody

router = APIRouter(tags=["ask"])


@router.post("/api/ask", summary="Natural language to SQL: returns the SQL, explanation and risk")
def ask(body: AskBody, request: Request, who: User, web: Web) -> dict[str, Any]:
    from aishell.services import ask as ask_service

    target = web.service.target(body.connection)
    request.state.audit_connection = target.label
    request.state.audit_statement = "-- ask: " + body.question
    session = web.service.session(target, who)
    try:
        result = ask_service.ask(session, body.question, provider=body.provider, model=body.model)
    finally:
        session.close()
    ask_id = web.service.remember_answer(who, target.label, result)
    return {"ask_id": ask_id, "connection": target.label, **ask_json(result)}


@router.post("/api/ask/run", summary="Run the SQL of an answer (the confirming call); streams rows",
             response_class=StreamingResponse,
             responses={200: {"content": {"application/x-ndjson": {}, "text/event-stream": {}}}})  # fmt: skip
def ask_run(body: AskRunBody, request: Request, who: User, web: Web) -> Response:
    from aishell.services.ask import run_answer

    label, result = web.service.answer(body.ask_id, who)
    sql = result.sql or ""
    if not sql.strip() or not result.ok:
        raise Problem(422, "No SQL to run", "the question could not be answered with SQL")
    if result.needs_confirmation and not body.confirmed:
        raise Problem(409, "Confirmation required", f"the generated statement is not a plain read ({result.risk})",
                      confirm_required=True, reasons=[f"risk: {result.risk}"])  # fmt: skip
    decided = prepare(web, request, who, sql, label, body.confirmed)

    def runner(sink: Any) -> Any:
        return run_answer(decided.session, result, sink, confirmed=body.confirmed,
                          display_limit=web.config.max_rows)  # fmt: skip

    return stream(web, decided, who, sql, fmt=body.format, limit=None, confirmed=body.confirmed,
                  query_id=body.query_id, head={"ask_id": body.ask_id}, runner=runner)  # fmt: skip


def ask_json(result: Any) -> dict[str, Any]:
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
