"""``aishell fleet``: one operation (health, backup, migrate, query) over many databases.

A targets file lists the databases (:func:`read_targets`); :func:`run_fleet` sends one task per
target to Celery workers (``executor="celery"``, :mod:`aishell.fleet.tasks`) or runs the same
function in a thread pool (``executor="local"``, no broker needed), gathers the results with a
timeout and returns a :class:`FleetReport`.  Each target's work (:func:`run_operation`) calls
the existing services through a session of its own (source ``fleet``), so every statement
passes the one gate: health and backup open read-only sessions, ``query`` is read-only unless
``yes`` is given, and ``migrate`` needs ``yes``.

A target's result is a JSON document (it crosses the broker): ``target``, ``db`` (the URL
without its password, or the saved name), ``groups``, ``status`` (``ok``, ``warning``,
``critical`` for health findings, ``failed``), ``duration`` (seconds), ``summary`` (one line),
``error``, ``detail`` (the operation's own report) and ``replayed`` (the result an earlier
delivery recorded: see :mod:`aishell.fleet.idempotency`).

Exit code of a fleet command (:attr:`FleetReport.exit_code`): 1 when any target failed (could
not connect, an error, refused, timed out); otherwise, for ``health``, 11 when a target has a
critical finding and 10 for a warning, as ``aishell health``; else 0.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aishell.errors import EXIT_OK, EXIT_QUERY, AishellError, UsageError, redact

OPERATIONS = ("health", "backup", "migrate", "query")
#: exit codes of ``aishell health`` reused by ``fleet health`` when no target failed
EXIT_WARNING, EXIT_CRITICAL = 10, 11
FAILED = "failed"


# --------------------------------------------------------------------------- targets
@dataclass(frozen=True)
class FleetTarget:
    """One database of the fleet: ``db`` (a URL or a saved connection name), the ``name`` shown
    in reports, its ``groups`` and free ``labels``."""

    db: str
    name: str
    groups: tuple[str, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"db": self.db, "name": self.name, "groups": list(self.groups), "labels": dict(self.labels)}

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> FleetTarget:
        return cls(str(doc["db"]), str(doc["name"]), tuple(doc.get("groups", ())),
                   tuple(sorted((str(k), str(v)) for k, v in dict(doc.get("labels", {})).items())))  # fmt: skip


def shown(db: str) -> str:
    """``db`` as reports show it: a URL without its password, or the saved name."""
    if "://" not in db:
        return db
    from aishell.urls import DatabaseURL

    try:
        return DatabaseURL.parse(db).display()
    except AishellError:
        return redact(db)


def _target(doc: Any, where: str) -> FleetTarget:
    if isinstance(doc, str):
        doc = {"db": doc}
    if not isinstance(doc, dict):
        raise UsageError(f"{where}: a target is a URL, a saved connection name or a mapping with db:")
    db = doc.get("db") or doc.get("url")
    if not isinstance(db, str) or not db.strip():
        raise UsageError(f"{where}: a target needs db: (a URL or a saved connection name)")
    unknown = sorted(set(doc) - {"db", "url", "name", "groups", "group", "labels"})
    if unknown:
        raise UsageError(f"{where}: unknown key {unknown[0]!r} (db, name, groups, labels)")
    groups = doc.get("groups", doc.get("group", []))
    groups = [groups] if isinstance(groups, str) else groups
    labels = doc.get("labels", {})
    if not isinstance(groups, list) or not isinstance(labels, dict):
        raise UsageError(f"{where}: groups is a list and labels a mapping")
    return FleetTarget(db.strip(), str(doc.get("name") or shown(db.strip())), tuple(str(g) for g in groups),
                       tuple(sorted((str(k), str(v)) for k, v in labels.items())))  # fmt: skip


def _line_target(line: str, where: str) -> FleetTarget:
    db, *rest = line.split()
    doc: dict[str, Any] = {"db": db, "groups": [], "labels": {}}
    for token in rest:
        key, sep, value = token.partition("=")
        if not sep or not value:
            raise UsageError(f"{where}: expected name=, group= or key=value after the database, not {token!r}")
        if key == "name":
            doc["name"] = value
        elif key in ("group", "groups"):
            doc["groups"].extend(v for v in value.split(",") if v)
        else:
            doc["labels"][key] = value
    return _target(doc, where)


#: a line that only YAML has: a list item or ``key:`` (a URL's ``scheme://`` is not one)
_YAML_LINE = re.compile(r"^\s*(-(\s|$)|[\w.-]+:(\s|$))")


def parse_targets(text: str, source: str = "targets") -> list[FleetTarget]:
    """Targets from YAML (a list, or ``targets:`` holding one; each item a URL, a saved name or a
    mapping ``db``, ``name``, ``groups``, ``labels``) or plain lines (``DB [name=N] [group=a,b]
    [key=value ...]``, ``#`` comments)."""
    stripped = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    is_yaml = any(_YAML_LINE.match(ln) for ln in stripped[:5])
    targets: list[FleetTarget] = []
    if is_yaml:
        import yaml

        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise UsageError(f"{source}: not valid YAML: {' '.join(str(exc).split())}") from None
        items = doc.get("targets") if isinstance(doc, dict) else doc
        if not isinstance(items, list):
            raise UsageError(f"{source}: expected a list of targets (or targets: holding one)")
        targets = [_target(item, f"{source}: target {i + 1}") for i, item in enumerate(items)]
    else:
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith("#"):
                targets.append(_line_target(line.strip(), f"{source}:{number}"))
    if not targets:
        raise UsageError(f"{source}: no targets")
    names = [t.name for t in targets]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise UsageError(f"{source}: the name {twice[0]!r} is given to two targets (set name=)")
    return targets


def read_targets(path: str | Path, groups: Iterable[str] = ()) -> list[FleetTarget]:
    """The targets of the file at ``path``; with ``groups``, only those in one of them."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    targets = parse_targets(text, str(path))
    wanted = set(groups)
    if wanted:
        targets = [t for t in targets if wanted & set(t.groups)]
        if not targets:
            raise UsageError(f"{path}: no target in group {', '.join(sorted(wanted))}")
    return targets


# --------------------------------------------------------------------------- one target
def _plain(value: Any) -> Any:
    """``value`` as JSON can carry it (dates, decimals, bytes as text)."""
    return json.loads(json.dumps(value, default=str))


def _session(db: str, *, read_only: bool, timeout: float | None) -> Any:
    from aishell.services.factory import make_session

    return make_session(db, read_only=read_only, timeout=timeout, source="fleet", connect_retries=0)


def _health(db: str, params: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    from aishell.services import health

    session = _session(db, read_only=True, timeout=params.get("statement_timeout"))
    try:
        report = health.check_health(session, checks=params.get("checks") or None)
    finally:
        session.close()
    findings = len(report.findings)
    status = {EXIT_WARNING: "warning", EXIT_CRITICAL: "critical"}.get(report.exit_code, "ok")
    return status, f"{report.engine}: {report.worst}, {findings} finding{'s' * (findings != 1)}", report.to_dict()


def archive_name(name: str) -> str:
    """The archive file name of a target's backup."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "db"
    return f"{safe}-{hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:6]}.aishell"


def _backup(db: str, params: dict[str, Any], name: str) -> tuple[str, str, dict[str, Any]]:
    from aishell.services.data.backup import create_backup

    folder = Path(params["output_dir"])
    folder.mkdir(parents=True, exist_ok=True)
    output = folder / archive_name(name)
    session = _session(db, read_only=True, timeout=params.get("statement_timeout"))
    session.record_history = False
    try:
        manifest = create_backup(session, str(output), tables=params.get("tables") or None,
                                 data_format=params.get("data_format") or "parquet")  # fmt: skip
    finally:
        session.close()
    rows = sum(int(t["rows"]) for t in manifest["tables"])
    return "ok", f"{output.name}: {len(manifest['tables'])} tables, {rows} rows", {
        "archive": str(output), "tables": len(manifest["tables"]), "rows": rows}  # fmt: skip


def _migrate(db: str, params: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    from aishell.services import migrate

    session = _session(db, read_only=False, timeout=params.get("statement_timeout"))
    try:
        report = migrate.up(session, params["folder"], to=params.get("to"), yes=bool(params.get("yes")),
                            check_lint=not params.get("no_lint"))  # fmt: skip
    finally:
        session.close()
    done = report.done
    return "ok", f"applied {len(done)}: {', '.join(done)}" if done else "nothing to do", report.to_dict()


def _query(db: str, params: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    from aishell.output.sink import CollectingSink

    yes = bool(params.get("yes"))
    limit = int(params.get("max_rows") or 100)
    session = _session(db, read_only=not yes, timeout=params.get("statement_timeout"))
    sink = CollectingSink()
    try:
        result = session.run(params["sql"], sink, assume_yes=yes, display_limit=limit)
    finally:
        session.close()
    if result.error is not None:
        raise result.error
    statements: list[dict[str, Any]] = []
    for columns, rows, summary in sink.results:
        statements.append({"columns": [c.name for c in columns], "rows": _plain([list(r) for r in rows]),
                           "rowcount": summary.rowcount, "status": summary.status,
                           "hidden": summary.hidden})  # fmt: skip
    summary_text = "done"
    if statements and statements[-1]["columns"]:
        last_rows: list[list[Any]] = statements[-1]["rows"]
        n = int(statements[-1]["rowcount"])
        summary_text = f"{n} row{'s' * (n != 1)}"
        if len(last_rows) == 1:
            summary_text += ": " + ", ".join("NULL" if v is None else str(v) for v in last_rows[0])
    elif statements:
        summary_text = str(statements[-1]["status"]) or "done"
    return "ok", summary_text[:120], {"statements": statements}


def run_operation(op: str, target: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """Run ``op`` on one target (a :meth:`FleetTarget.to_dict`); never raises: an error is a
    ``failed`` result.  The function a worker's task and the local executor both call."""
    t = FleetTarget.from_dict(target)
    start = time.perf_counter()
    doc: dict[str, Any] = {"target": t.name, "db": shown(t.db), "groups": list(t.groups), "error": None,
                           "detail": {}, "replayed": False}  # fmt: skip
    try:
        if op == "health":
            status, summary, detail = _health(t.db, params)
        elif op == "backup":
            status, summary, detail = _backup(t.db, params, t.name)
        elif op == "migrate":
            status, summary, detail = _migrate(t.db, params)
        elif op == "query":
            status, summary, detail = _query(t.db, params)
        else:
            raise UsageError(f"unknown fleet operation {op!r} (choose from {', '.join(OPERATIONS)})")
        doc.update(status=status, summary=summary, detail=_plain(detail), exit_code=EXIT_OK)
    except Exception as exc:  # one target's failure is reported; the others go on
        message = exc.one_line() if isinstance(exc, AishellError) else " ".join(redact(str(exc)).split())
        message = message or type(exc).__name__
        code = exc.exit_code if isinstance(exc, AishellError) else EXIT_QUERY
        doc.update(status=FAILED, summary=message[:120], error=message, exit_code=code)
    doc["duration"] = round(time.perf_counter() - start, 4)
    return doc


# --------------------------------------------------------------------------- the fleet
@dataclass
class FleetReport:
    op: str
    run_id: str
    executor: str
    results: list[dict[str, Any]] = field(default_factory=list)
    wall: float = 0.0

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r["status"] == FAILED]

    @property
    def exit_code(self) -> int:
        if self.failed:
            return EXIT_QUERY
        statuses = {r["status"] for r in self.results}
        if "critical" in statuses:
            return EXIT_CRITICAL
        return EXIT_WARNING if "warning" in statuses else EXIT_OK

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r["status"]] = out.get(r["status"], 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"operation": self.op, "run_id": self.run_id, "executor": self.executor,
                "wall_seconds": round(self.wall, 3), "exit_code": self.exit_code, "counts": self.counts(),
                "targets": self.results}  # fmt: skip


def idempotency_key(run_id: str, op: str, target: FleetTarget) -> str:
    """The key of one target's task in one run: a re-delivery, or the same ``--run-id`` again,
    finds the result recorded for it."""
    digest = hashlib.sha256(f"{target.name}\n{target.db}".encode()).hexdigest()[:16]
    return f"fleet:{run_id}:{op}:{digest}"


def check_params(op: str, params: dict[str, Any]) -> None:
    """Refuse what cannot work before anything is sent (a :class:`UsageError`)."""
    if op not in OPERATIONS:
        raise UsageError(f"unknown fleet operation {op!r} (choose from {', '.join(OPERATIONS)})")
    if op == "migrate" and not params.get("yes"):
        raise UsageError("fleet migrate changes every target: pass --yes")
    if op == "migrate" and not params.get("folder"):
        raise UsageError("fleet migrate needs --dir")
    if op == "backup" and not params.get("output_dir"):
        raise UsageError("fleet backup needs --output-dir")
    if op == "query" and not str(params.get("sql") or "").strip():
        raise UsageError("fleet query needs SQL")
    if op == "health":
        from aishell.services import health

        health.limits()  # a bad threshold is a usage error before anything is sent


def _submit_local(op: str, targets: list[FleetTarget], params: dict[str, Any], parallel: int,
                  ) -> tuple[list[concurrent.futures.Future[dict[str, Any]]], Callable[[], None]]:  # fmt: skip
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, parallel), thread_name_prefix="fleet")
    futures = [pool.submit(run_operation, op, t.to_dict(), params) for t in targets]
    return futures, lambda: pool.shutdown(wait=False, cancel_futures=True)


def _submit_celery(op: str, targets: list[FleetTarget], params: dict[str, Any], run_id: str,
                   broker: str | None, queue: str | None,
                   ) -> tuple[list[concurrent.futures.Future[dict[str, Any]]], Callable[[], None]]:  # fmt: skip
    from aishell.fleet.executor import CeleryExecutor

    executor = CeleryExecutor(broker, queue=queue)
    try:
        futures = [executor.send_operation(op, t.to_dict(), params, idempotency_key(run_id, op, t)) for t in targets]
    except BaseException:
        executor.shutdown()
        raise
    return futures, executor.shutdown


def run_fleet(
    op: str,
    targets: list[FleetTarget],
    params: dict[str, Any],
    *,
    executor: str = "local",
    parallel: int = 4,
    timeout: float = 600.0,
    broker: str | None = None,
    queue: str | None = None,
    run_id: str | None = None,
    on_result: Callable[[dict[str, Any]], None] | None = None,
) -> FleetReport:
    """Run ``op`` on every target and gather the results (in the targets' order).

    ``executor``: ``celery`` (one task per target to the workers of ``queue`` on ``broker``)
    or ``local`` (``parallel`` threads in this process).  A target without a result after
    ``timeout`` seconds is reported ``failed`` (its task may still finish on its worker).
    ``run_id``: reuse one to have the targets already done answer from their recorded results
    (Celery only).  ``on_result`` is called with each result as it arrives."""
    check_params(op, params)
    run_id = run_id or uuid.uuid4().hex[:12]
    report = FleetReport(op, run_id, executor)
    start = time.perf_counter()
    if executor == "celery":
        futures, stop = _submit_celery(op, targets, params, run_id, broker, queue)
    elif executor == "local":
        futures, stop = _submit_local(op, targets, params, parallel)
    else:
        raise UsageError(f"unknown executor {executor!r} (celery or local)")
    try:
        index = {id(f): i for i, f in enumerate(futures)}
        results: list[dict[str, Any] | None] = [None] * len(targets)
        for fut in concurrent.futures.as_completed(futures, timeout=timeout) if futures else ():
            results[index[id(fut)]] = doc = _outcome(fut, targets[index[id(fut)]])
            if on_result is not None:
                on_result(doc)
    except concurrent.futures.TimeoutError:
        pass
    finally:
        stop()
    for i, t in enumerate(targets):
        if results[i] is None:
            results[i] = {"target": t.name, "db": shown(t.db), "groups": list(t.groups), "status": FAILED,
                          "summary": f"no result after {timeout:g} s", "error": f"timed out after {timeout:g} s",
                          "duration": round(time.perf_counter() - start, 4), "exit_code": EXIT_QUERY,
                          "detail": {}, "replayed": False}  # fmt: skip
    report.results = [r for r in results if r is not None]
    report.wall = time.perf_counter() - start
    return report


def _outcome(fut: concurrent.futures.Future[dict[str, Any]], target: FleetTarget) -> dict[str, Any]:
    try:
        return fut.result()
    except Exception as exc:  # the task itself failed (a worker-side error outside run_operation)
        message = " ".join(redact(str(exc)).split()) or type(exc).__name__
        return {"target": target.name, "db": shown(target.db), "groups": list(target.groups), "status": FAILED,
                "summary": message[:120], "error": message, "duration": 0.0, "exit_code": EXIT_QUERY,
                "detail": {}, "replayed": False}  # fmt: skip
