"""One step of a workflow: :func:`run_step` runs a resolved step spec and returns its result.

It needs nothing but its arguments, the user's configuration and the databases, so a Celery
worker can call it as the local executor's threads do.  Every database operation goes
through the same services the CLI commands use (``services/data/*``, ``services/migrate.py``,
``services/health.py``, :meth:`Session.run`) on sessions opened with ``source="flow"``;
every statement therefore passes the session's gate.  A session has no one to ask: a step
that changes data runs only with consent (``yes: true`` on the step, or ``flow run --yes``),
else it is refused before anything runs.

A step stops when its ``timeout`` passes (a shell step's process group is killed, a
database step's statement is cancelled through its connection) or when :func:`cancel` is
called with its token (the local executor does so when the runner gives up on it).
"""

from __future__ import annotations

import contextlib
import decimal
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.errors import AishellError, ConnectError, PolicyError, QueryError, UsageError

if TYPE_CHECKING:
    from aishell.services.session import Session

#: the most of a step's log kept (its end), and the longest text value kept in its output
LOG_LIMIT = 64 * 1024
VALUE_LIMIT = 2000

_cancels: dict[str, Callable[[], None]] = {}
_cancels_lock = threading.Lock()


def cancel(token: str) -> bool:
    """Stop the step running under ``token`` (``context["token"]``) in this process; False if none is."""
    with _cancels_lock:
        stop = _cancels.get(token)
    if stop is None:
        return False
    stop()
    return True


class _Attempt:
    """What one call of :func:`run_step` holds: its log, its sessions and processes to stop."""

    def __init__(self, token: str, timeout: float | None) -> None:
        self.token = token
        self.lines: list[str] = []
        self.sessions: list[Session] = []
        self.process: subprocess.Popen[bytes] | None = None
        self.stopped: str | None = None  # why it was stopped: "timed out after 3s", "cancelled"
        self._timer = threading.Timer(timeout, self.stop, args=(f"timed out after {timeout:g}s",)) if timeout else None
        if self._timer is not None:
            self._timer.daemon = True

    def log(self, line: str) -> None:
        self.lines.append(line.rstrip("\n"))

    def stop(self, why: str = "cancelled") -> None:
        if self.stopped is None:
            self.stopped = why
        proc = self.process
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
        for s in list(self.sessions):
            with contextlib.suppress(Exception):
                s.cancel()

    def __enter__(self) -> _Attempt:
        with _cancels_lock:
            _cancels[self.token] = self.stop
        if self._timer is not None:
            self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with _cancels_lock:
            _cancels.pop(self.token, None)
        for s in self.sessions:
            with contextlib.suppress(Exception):
                s.close()

    def session(self, db: Any, step: dict[str, Any], context: dict[str, Any], *, read_only: bool = False,
                create: bool = False) -> Session:  # fmt: skip
        from aishell.services.factory import make_session

        ro = read_only or bool(step.get("read_only")) or bool(context.get("read_only"))
        timeout = step.get("timeout")
        s = make_session(db if db is not None else context.get("db"), read_only=ro, source="flow", create=create,
                         timeout=float(timeout) if timeout else None, confirm=None, connect_retries=0)  # fmt: skip
        self.sessions.append(s)
        if self.stopped is not None:
            raise AishellError(self.stopped)
        return s


def run_step(step: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """Execute one resolved step spec (a JSON-serialisable dict: references already substituted) and return a
    JSON-serialisable result: {"status": "ok"|"failed", "output": {...small values...}, "error": str|None,
    "rows": int|None, "log": str}. Callable in another process (a Celery worker): it needs nothing but its
    arguments, the user's config and the databases.

    ``step``: ``{"id", "kind", "with": {...}, "db", "yes", "read_only", "timeout"}``.  ``context``:
    ``{"run_id", "step_id", "idempotency_key", "attempt", "cwd" (relative paths start here), "db"
    (the flow's default database), "yes" (flow run --yes), "read_only", "token" (for :func:`cancel`)}``.
    The result also holds ``"retryable"``: False when running it again cannot help (refused, bad
    arguments)."""
    kind = str(step.get("kind"))
    token = str(context.get("token") or context.get("idempotency_key") or id(step))
    timeout = step.get("timeout")
    with _Attempt(token, float(timeout) if timeout else None) as attempt:
        start = time.perf_counter()
        try:
            op = _OPERATIONS.get(kind)
            if op is None:
                raise UsageError(f"unknown step kind {kind!r}")
            output, rows = op(step, dict(step.get("with") or {}), context, attempt)
            ok = output.pop("_failed", None)
            result = _result("failed" if ok else "ok", output, str(ok) if ok else None, rows, attempt)
        except BaseException as exc:  # a step's failure is its result, never the runner's crash
            if isinstance(exc, KeyboardInterrupt | SystemExit) and attempt.stopped is None:
                raise
            result = _failure(exc, attempt)
        result["seconds"] = round(time.perf_counter() - start, 3)
        return result


def _result(status: str, output: dict[str, Any], error: str | None, rows: int | None,
            attempt: _Attempt, retryable: bool = True) -> dict[str, Any]:  # fmt: skip
    log = "\n".join(attempt.lines)
    if len(log) > LOG_LIMIT:
        log = "[...]\n" + log[-LOG_LIMIT:]
    return {"status": status, "output": _small(output), "error": error, "rows": rows, "log": log,
            "retryable": retryable}  # fmt: skip


def _failure(exc: BaseException, attempt: _Attempt) -> dict[str, Any]:
    if attempt.stopped is not None:
        return _result("failed", {}, attempt.stopped, None, attempt)
    if isinstance(exc, PolicyError):
        text = exc.one_line()
        if "pass --yes" in text:
            text = text.replace("pass --yes to run it anyway", "add `yes: true` to the step or run with --yes")
        return _result("failed", {}, "refused: " + text, None, attempt, retryable=False)
    if isinstance(exc, UsageError):
        return _result("failed", {}, exc.one_line(), None, attempt, retryable=False)
    if isinstance(exc, AishellError):
        retryable = isinstance(exc, QueryError | ConnectError)  # a lock, a dropped connection: worth another try
        return _result("failed", {}, exc.one_line(), None, attempt, retryable=retryable)
    if isinstance(exc, ModuleNotFoundError):
        return _result("failed", {}, f"this step needs {exc.name}, which is not installed", None, attempt, False)
    text = " ".join(str(exc).split()) or type(exc).__name__
    return _result("failed", {}, f"{type(exc).__name__}: {text}", None, attempt)


def _small(value: Any) -> Any:
    """JSON-safe and small: numbers, text (cut), booleans, None, and lists/mappings of them."""
    if value is None or isinstance(value, bool | int | str | float):
        return value[:VALUE_LIMIT] if isinstance(value, str) else value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _small(v) for k, v in list(value.items())[:100]}
    if isinstance(value, list | tuple):
        return [_small(v) for v in value[:100]]
    if isinstance(value, bytes):
        return value[:VALUE_LIMIT].hex()
    return str(value)[:VALUE_LIMIT]


def _path(value: Any, context: dict[str, Any]) -> str:
    p = Path(str(value)).expanduser()
    return str(p if p.is_absolute() else Path(str(context.get("cwd") or ".")) / p)


def _consent(step: dict[str, Any], context: dict[str, Any]) -> bool:
    return bool(step.get("yes")) or bool(context.get("yes"))


def _need_consent(step: dict[str, Any], context: dict[str, Any], what: str) -> None:
    if not _consent(step, context):
        raise PolicyError(f"{what} changes data and the flow has no consent for it "
                          "(pass --yes to run it anyway)")  # fmt: skip


def _names(value: Any) -> list[str] | None:
    if value in (None, "", []):
        return None
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    return [str(t) for t in value]


Op = Callable[[dict[str, Any], dict[str, Any], dict[str, Any], _Attempt], tuple[dict[str, Any], int | None]]


# --------------------------------------------------------------------------- database steps
def _query(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
           attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    session = attempt.session(step.get("db"), step, context)
    first, count, status = _run_sql(session, str(args["sql"]), _consent(step, context))
    attempt.log(f"{count} rows" + (f" ({status})" if status else ""))
    return {**first, "rows": count}, count


def _run_sql(session: Session, sql: str, yes: bool) -> tuple[dict[str, Any], int, str]:
    """Run ``sql`` through :meth:`Session.run`; the last result's first row (by column), its row count and status."""
    from aishell.output.sink import Sink, Summary

    class First(Sink):
        def __init__(self) -> None:
            self.columns: list[str] = []
            self.row: dict[str, Any] = {}
            self.count = 0
            self.status = ""

        def begin(self, columns: list[Any]) -> None:
            self.columns, self.row, self.count = [c.name for c in columns], {}, 0

        def rows(self, batch: list[Any]) -> None:
            if batch and not self.count:
                self.row = dict(zip(self.columns, batch[0], strict=False))
            self.count += len(batch)

        def end(self, summary: Summary) -> None:
            if not summary.returns_rows:
                self.row, self.count = {}, max(summary.rowcount, 0)
            self.status = summary.status

    sink = First()
    result = session.run(sql, sink, assume_yes=yes)
    if result.error is not None:
        raise result.error
    return sink.row, sink.count, sink.status


def _assert(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
            attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.flow.spec import evaluate, parse_expr, truthy

    session = attempt.session(step.get("db"), step, context, read_only=True)
    row, count, _status = _run_sql(session, str(args["sql"]), False)
    if args.get("expect"):
        passed = truthy(evaluate(parse_expr(str(args["expect"]), "expect"), {"row": row, "rows": count}))
        what = str(args["expect"])
    else:
        passed = bool(row) and truthy(next(iter(row.values())))
        what = "the first value is true"
    output: dict[str, Any] = {**row, "rows": count, "passed": passed}
    attempt.log(f"assert {what}: {'passed' if passed else 'FAILED'} (row: {json.dumps(_small(row))})")
    if not passed:
        output["_failed"] = args.get("message") or f"assertion failed: {what} (row: {json.dumps(_small(row))})"
    return output, count


def _export(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
            attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services.data.export import ExportOptions, export

    session = attempt.session(step.get("db"), step, context, read_only=True)
    session.record_history = args.get("query") is not None
    output = _path(args["output"], context)
    # the service writes beside the final name and renames when complete: a re-run replaces it whole
    n = export(session, ExportOptions(output=output, table=args.get("table"), query=args.get("query"),
                                      fmt=args.get("format"), header=args.get("header", True) is not False))
    attempt.log(f"exported {n} rows to {output}")
    return {"file": output, "rows": n}, n


def _import(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
            attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services.data.import_ import ImportOptions, import_file

    _need_consent(step, context, "import")
    create = bool(args.get("create"))
    session = attempt.session(step.get("db"), step, context, create=create)
    table = str(args["table"])
    if args.get("replace") and session.catalog(refresh=True).find_table(table) is not None:
        from aishell.sql.names import quote_table

        # replace: the table's rows go first, so running the step again gives the same rows
        _row, deleted, _s = _run_sql(session, f"DELETE FROM {quote_table(table, session.dialect)}", True)
        attempt.log(f"replace: {deleted} rows deleted from {table}")
    session.record_history = False  # the import's own statements, as for `aishell import`
    types = args.get("types") or []
    opts = ImportOptions(path=_path(args["file"], context), table=table, create=create, fmt=args.get("format"),
                         on_error=str(args.get("on_error", "abort")), delimiter=args.get("delimiter"),
                         header=args.get("header"),
                         types=[f"{k}={v}" for k, v in types.items()] if isinstance(types, dict) else list(types))
    report = import_file(session, opts)
    for note in report.notes:
        attempt.log(note)
    attempt.log(report.line())
    out: dict[str, Any] = {"read": report.read, "inserted": report.inserted, "rejected": report.rejected}
    if report.rejected:
        out["_failed"] = f"{report.rejected} rows rejected" + (f" (see {report.rejects_path})" if report.rejects_path
                                                               else "")  # fmt: skip
    return out, report.inserted


def _copy(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
          attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services.data.copy import copy_tables

    _need_consent(step, context, "copy")
    names = _names(args.get("tables"))
    src = attempt.session(args["from"], step, context, read_only=True)
    dst = attempt.session(args["to"], step, context, create=True)
    src.record_history = dst.record_history = False
    results = copy_tables(src, dst, names, create=bool(args.get("create")), replace=bool(args.get("replace")))
    for name, rows in results:
        attempt.log(f"{name}: {rows} rows")
    for warning in results.warnings:
        attempt.log(warning)
    total = sum(rows for _n, rows in results)
    return {"tables": [n for n, _r in results], "rows": total}, total


def _passphrase(args: dict[str, Any]) -> str | None:
    env = args.get("passphrase_env")
    if not env:
        return None
    value = os.environ.get(str(env))
    if not value:
        raise UsageError(f"a passphrase is needed: set ${env}")
    return value


def _backup(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
            attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services.data.backup import create_backup

    session = attempt.session(step.get("db"), step, context, read_only=True)
    session.record_history = False
    output = _path(args["output"], context)
    # written in a work folder and renamed into place: a re-run writes a whole new archive
    manifest = create_backup(session, output, tables=_names(args.get("tables")), passphrase=_passphrase(args),
                             data_format=str(args.get("data_format") or "parquet"))  # fmt: skip
    rows = sum(int(t["rows"]) for t in manifest["tables"])
    attempt.log(f"wrote {output}: {len(manifest['tables'])} tables, {rows} rows")
    return {"file": output, "tables": len(manifest["tables"]), "rows": rows}, rows


def _restore(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
             attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services.data.backup import restore

    _need_consent(step, context, "restore")
    session = attempt.session(step.get("db"), step, context, create=True)
    session.record_history = False
    results = restore(session, _path(args["file"], context), tables=_names(args.get("tables")),
                      replace=bool(args.get("replace")), passphrase=_passphrase(args))  # fmt: skip
    for r in results:
        attempt.log(f"{r.name}: {r.rows} rows")
    for warning in results.warnings:
        attempt.log(warning)
    total = sum(r.rows for r in results)
    return {"tables": [r.name for r in results], "rows": total}, total


def _migrate(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
             attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.services import migrate as m

    session = attempt.session(step.get("db"), step, context)
    # applied migrations are in the database's history: a re-run applies only what is pending
    report = m.up(session, _path(args["dir"], context), to=args.get("to"), yes=_consent(step, context),
                  check_lint=args.get("lint", True) is not False)  # fmt: skip
    for d in report.lint:
        attempt.log(m.finding_line(d))
    attempt.log(f"applied {len(report.done)}: {', '.join(report.done)}" if report.done else "nothing to apply")
    return {"applied": report.done, "count": len(report.done)}, None


def _health(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
            attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    from aishell.engines.health import RANK
    from aishell.services.health import check_health

    session = attempt.session(step.get("db"), step, context, read_only=True)
    report = check_health(session, checks=_names(args.get("checks")))
    for f in report.findings:
        attempt.log(f"{f.severity}: {f.check}: {f.found}")
    out: dict[str, Any] = {"worst": report.worst, "findings": len(report.findings)}
    fail_on = str(args.get("fail_on") or "critical")
    if fail_on != "never" and RANK[report.worst] >= RANK[fail_on]:
        out["_failed"] = f"health: {report.worst} (fail_on: {fail_on}); {len(report.findings)} findings"
    return out, None


# --------------------------------------------------------------------------- shell steps
def _die_with_parent() -> Callable[[], None] | None:
    """Linux: a child that gets SIGKILL when the runner dies (a ``kill -9`` must not leave the step
    running beside the one a resume starts)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def arm() -> None:
        prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    return arm


def _shell(step: dict[str, Any], args: dict[str, Any], context: dict[str, Any],
           attempt: _Attempt) -> tuple[dict[str, Any], int | None]:  # fmt: skip
    argv = args["argv"]
    if isinstance(argv, str):
        import shlex

        argv = shlex.split(argv)
    argv = [str(a) for a in argv]
    env = {**os.environ, **{str(k): str(v) for k, v in (args.get("env") or {}).items()}}
    env["AISHELL_FLOW_RUN"] = str(context.get("run_id") or "")
    env["AISHELL_FLOW_STEP"] = str(context.get("step_id") or step.get("id") or "")
    cwd = _path(args.get("cwd") or ".", context)
    attempt.log("$ " + " ".join(argv))
    try:
        # an argument list, no shell; its own process group, so a timeout kills what it started too
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                preexec_fn=_die_with_parent())  # fmt: skip
    except OSError as exc:
        raise UsageError(f"cannot run {argv[0]}: {exc.strerror}") from None
    attempt.process = proc
    if attempt.stopped is not None:
        attempt.stop(attempt.stopped)
    out, _ = proc.communicate()
    text = out.decode("utf-8", "replace")
    for line in _lines(text):
        attempt.log(line)
    if attempt.stopped is not None:
        raise AishellError(attempt.stopped)
    output: dict[str, Any] = {"exit_code": proc.returncode, "stdout": text.strip()[-VALUE_LIMIT:]}
    last = text.strip().rsplit("\n", 1)[-1] if text.strip() else ""
    if last.startswith("{"):
        with contextlib.suppress(ValueError):
            fields = json.loads(last)
            if isinstance(fields, dict):  # a last line that is a JSON object: its fields are outputs
                output.update({k: v for k, v in fields.items() if k not in ("exit_code", "stdout")})
    if proc.returncode != 0:
        output["_failed"] = f"exit code {proc.returncode}" + (f": {last[-300:]}" if last else "")
    return output, None


def _lines(text: str) -> Iterator[str]:
    yield from text.rstrip("\n").split("\n") if text else ()


_OPERATIONS: dict[str, Op] = {
    "query": _query, "assert": _assert, "export": _export, "import": _import, "copy": _copy, "backup": _backup,
    "restore": _restore, "migrate": _migrate, "health": _health, "shell": _shell,
}  # fmt: skip
