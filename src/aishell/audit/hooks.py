"""What the session and the faces call to write the audit log.  Nothing here raises.

Entry kinds: ``statement`` (every statement a session ran or refused, from any face),
``operation`` (one per data operation or migration: export, import, copy, backup, restore,
migrate), ``request`` (one per web request), ``tool`` (one per MCP tool call) and
``checkpoint``.  Fields: ``who`` (the OS user for the CLI and the REPL, the web token's name,
the MCP client), ``face`` (cli, repl, web, mcp, flow, ...), ``connection`` (a label, never a
password), ``statement`` (redacted of passwords; with ``[audit] redact_literals = true`` every
literal is ``?``), ``class`` (the classification), ``decision`` (allow, confirm-accepted,
confirm-declined, refused), ``outcome`` (ok, error, cancelled, refused), ``rows``, ``ms``,
``error``, ``pid``.
"""

from __future__ import annotations

import functools
import getpass
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

from aishell.audit.log import record, redact_literals_enabled, shared_log
from aishell.errors import PolicyError, QueryCancelledError, redact

_MAX_STATEMENT = 16_000
_STRING = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"(?=\s*[,)=<>;]|\s*$)")
_NUMBER = re.compile(r"(?<![\w.$])[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")
_os_user: str | None = None
F = TypeVar("F", bound=Callable[..., Any])


def os_user() -> str:
    global _os_user
    if _os_user is None:
        try:
            _os_user = getpass.getuser()
        except Exception:  # no name for this uid (a container): its number
            _os_user = f"uid:{os.getuid()}"
    return _os_user


def strip_literals(sql: str, dialect: str | None = None) -> str:
    """``sql`` with every literal replaced by ``?`` (sqlglot; a regular expression where it
    cannot parse the statement)."""
    try:
        import sqlglot
        from sqlglot import exp

        def blank(node: exp.Expression) -> exp.Expression:
            return exp.Placeholder() if isinstance(node, exp.Literal) else node

        trees = [t for t in sqlglot.parse(sql, read=dialect or None) if t is not None]
        if trees:
            return "; ".join(t.transform(blank).sql(dialect=dialect or None) for t in trees)
    except Exception:  # noqa: S110 - fall back to the pattern below
        pass
    return _NUMBER.sub("?", _STRING.sub("?", sql))


def statement_text(sql: str | None, dialect: str | None = None) -> str | None:
    if sql is None:
        return None
    text = strip_literals(sql, dialect) if redact_literals_enabled() else sql
    text = redact(text)
    return text if len(text) <= _MAX_STATEMENT else text[:_MAX_STATEMENT] + " ...[truncated]"


def _verdict_name(decision: Any, *, ran: bool) -> str | None:
    if decision is None:
        return None
    verdict = getattr(getattr(decision, "verdict", None), "name", "")
    if verdict == "REFUSE":
        return "refused"
    if verdict == "CONFIRM":
        return "confirm-accepted" if ran else "confirm-declined"
    return "allow"


def _base(session: Any) -> dict[str, Any]:
    face = getattr(session, "source", None) or "cli"
    if face != "cli":
        try:
            shared_log().seal_on_close = True  # a long-lived face seals what it wrote when it ends
        except Exception:  # noqa: S110 - the entry's own write reports the failure
            pass
    who = getattr(session, "user", None) or ("mcp" if face == "mcp" else os_user())
    fields = {"who": who, "face": face, "connection": redact(str(session.label)), "pid": os.getpid()}
    if who != os_user():
        fields["os_user"] = os_user()  # who runs the server that acted for ``who``
    return fields


def statement(session: Any, sql: str, status: str, *, rows: int | None = None, ms: float | None = None,
              error: str | None = None, prepared: Any = None) -> bool:  # fmt: skip
    """One statement a session ran (``status``: ok, error, cancelled) or refused.  ``prepared``:
    the decision it was judged by (default: the one the session last acted on)."""
    try:
        prepared = prepared or getattr(session, "_audit_prepared", None)
        cls = None
        if prepared is not None:
            key = sql.strip()
            for s, c in zip(prepared.statements, prepared.classes, strict=False):
                if s.strip() == key:
                    cls = c
                    break
        dialect = None
        if redact_literals_enabled():
            dialect = session.dialect
        fields = _base(session)
        fields.update(
            kind="statement", statement=statement_text(sql, dialect),
            **{"class": None if cls is None else cls.kind.value},
            type=None if cls is None else cls.statement_type,
            decision=_verdict_name(prepared.decision if prepared else None, ran=status != "refused"),
            outcome=status, rows=rows, ms=None if ms is None else round(ms, 3),
            error=redact(error) if error else None,
        )  # fmt: skip
    except Exception as exc:  # building the entry must not break the statement either
        fields = {"kind": "statement", "outcome": status, "error": f"audit: {type(exc).__name__}",
                  "statement": redact(sql)[:_MAX_STATEMENT]}  # fmt: skip
    return record(fields)


def refused(session: Any, prepared: Any, reason: str) -> None:
    """Statements a server face refused from the session's decision without running them (the
    web's 403): one entry each, as ``Session.run`` writes for its own refusals."""
    for sql in prepared.statements:
        statement(session, sql, "refused", error=reason, prepared=prepared)


def event(*, kind: str, face: str, who: str | None, action: str, connection: str | None = None,
          statement: str | None = None, outcome: str | None = None, error: str | None = None,
          ms: float | None = None) -> bool:  # fmt: skip
    """One web request or MCP tool call."""
    return record({
        "kind": kind, "face": face, "who": who, "os_user": os_user() if who != os_user() else None, "action": action,
        "connection": redact(connection) if connection else None, "statement": statement_text(statement),
        "outcome": outcome, "error": redact(error) if error else None,
        "ms": None if ms is None else round(ms, 3), "pid": os.getpid(),
    })  # fmt: skip


def _outcome(exc: BaseException | None) -> str:
    if exc is None:
        return "ok"
    if isinstance(exc, PolicyError):
        return "refused"
    if isinstance(exc, KeyboardInterrupt | QueryCancelledError) or getattr(exc, "exit_code", 0) == 130:
        return "cancelled"
    return "error"


@contextmanager
def operation(session: Any, name: str, target: str | None = None) -> Iterator[dict[str, Any]]:
    """One entry for a data operation or a migration, written when it ends: its name,
    target, the policy's decision on what it declared, rows, outcome and duration.  The body
    may set ``rows`` (and ``detail``) in the dict it gets."""
    info: dict[str, Any] = {"rows": None}
    start = time.perf_counter()
    failure: BaseException | None = None
    try:
        yield info
    except BaseException as exc:
        failure = exc
        raise
    finally:
        try:
            prepared = getattr(session, "_audit_prepared", None)
            fields = _base(session)
            outcome = _outcome(failure)
            text = None
            if prepared is not None and prepared.statements:
                text = "; ".join(prepared.statements[:20]) + (" ..." if len(prepared.statements) > 20 else "")
            fields.update(
                kind="operation", action=name, target=target, statement=statement_text(text),
                decision=_verdict_name(prepared.decision if prepared else None, ran=outcome != "refused"),
                outcome=outcome, rows=info.get("rows"), ms=round((time.perf_counter() - start) * 1000, 3),
                error=redact(str(failure))[:2000] if failure is not None and str(failure) else None,
                detail=info.get("detail"),
            )  # fmt: skip
            record(fields)
        except Exception:  # noqa: S110 - never hide the operation's own outcome
            pass


def _rows(result: Any) -> int | None:
    """The rows an operation moved, from what it returned (best effort)."""
    if isinstance(result, bool):
        return None
    if isinstance(result, int):
        return result
    inserted = getattr(result, "inserted", None)
    if isinstance(inserted, int):
        return inserted
    items = result.get("tables") if isinstance(result, dict) else result
    if isinstance(items, list):
        total, found = 0, False
        for item in items:
            if isinstance(item, dict):
                value = item.get("rows")
            elif isinstance(item, tuple) and len(item) > 1:
                value = item[1]
            else:
                value = getattr(item, "rows", None)
            if isinstance(value, int) and not isinstance(value, bool):
                total, found = total + value, True
        return total if found else None
    return None


def audited(name: str, *, session: int = 0, target: Callable[..., Any] | None = None) -> Callable[[F], F]:
    """A data operation or migration that leaves one audit entry (:func:`operation`):
    ``session`` is the position of the session argument (copy: the target's), ``target``
    names what it works on from the call's arguments."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                what = None if target is None else target(*args, **kwargs)
                what = None if what is None else redact(str(what))
            except Exception:  # naming the target must never stop the operation
                what = None
            with operation(args[session], name, what) as info:
                result = fn(*args, **kwargs)
                info["rows"] = _rows(result)
                done = getattr(result, "done", None)
                if isinstance(done, list):
                    info["detail"] = ", ".join(str(d) for d in done)[:2000] or None
                return result

        return cast(F, inner)

    return wrap
