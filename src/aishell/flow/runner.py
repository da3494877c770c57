"""Running a workflow: the scheduler, retries with backoff, timeouts, checkpoints and resume.

The runner walks the DAG, hands each ready step (references substituted) to an
:class:`Executor`, and checkpoints every transition in the state store (:mod:`.store`):
``running`` before the step starts, then ``ok``/``failed``/``skipped`` with its result in one
durable write once its effect is done.  ``flow resume`` loads the checkpoints, runs no step
that is ``ok`` or ``skipped`` again, and continues with the interrupted (or failed) ones: a
step that was running when the process died is run again, so steps should be safe to re-run
(see docs/flow.md).

Fault injection for tests: ``AISHELL_FLOW_CRASH="before:ID"`` (once the step is checkpointed
as running, before it starts), ``"done:ID"`` (its effect done, before its checkpoint) or
``"after:ID"`` (once checkpointed ok) makes the runner send itself SIGKILL at that point
(several points: comma-separated).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import secrets
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aishell.errors import ConfigError, FlowError, Interrupted, UsageError
from aishell.flow.spec import Flow, FlowSpecError, Step, evaluate, load_flow, truthy
from aishell.flow.store import DONE, FlowStore, RunRow

CRASH_ENV = "AISHELL_FLOW_CRASH"
#: seconds the runner waits past a step's timeout for the step to stop by itself
GRACE = 5.0


class Executor(Protocol):
    def submit(self, run_id: str, step_id: str, idempotency_key: str, step: dict[str, Any],
               context: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]: ...  # fmt: skip

    def shutdown(self) -> None: ...


class LocalExecutor:
    """Runs steps on threads of this process (at most ``max_parallel`` at once).  The threads are
    daemons: a step that ignores its cancellation never keeps the process from exiting."""

    def __init__(self, max_parallel: int = 4) -> None:
        self.max_parallel = max(1, max_parallel)
        self._slots = threading.BoundedSemaphore(self.max_parallel)

    def submit(self, run_id: str, step_id: str, idempotency_key: str, step: dict[str, Any],
               context: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:  # fmt: skip
        from aishell.flow.steps import run_step

        future: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()

        def work() -> None:
            with self._slots:
                if not future.set_running_or_notify_cancel():
                    return
                try:
                    future.set_result(run_step(step, context))
                except BaseException as exc:  # delivered to the runner through the future
                    future.set_exception(exc)

        threading.Thread(target=work, name=f"flow-{step_id}", daemon=True).start()
        return future

    def cancel(self, token: str) -> bool:
        """Stop the attempt running under ``token`` (its process group killed, its statement cancelled)."""
        from aishell.flow.steps import cancel

        return cancel(token)

    def shutdown(self) -> None:
        pass


def make_executor(name: str, *, parallel: int, broker: str | None = None) -> Executor:
    if name == "local":
        return LocalExecutor(parallel)
    if name == "celery":
        try:
            from aishell.fleet.executor import CeleryExecutor  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise ConfigError(f"--executor celery needs the fleet extra ({exc}); run: pip install 'aishell[fleet]'"
                              ) from None  # fmt: skip
        executor: Executor = CeleryExecutor(broker=broker)
        return executor
    raise UsageError(f"unknown executor {name!r} (local or celery)")


@dataclass
class Event:
    """What the progress display is told: ``kind`` is started, ok, failed, retry, skipped, blocked
    or interrupted."""

    kind: str
    step: str
    attempt: int = 0
    detail: str = ""
    seconds: float | None = None
    rows: int | None = None


def idempotency_key(run_id: str, step_id: str, resolved: dict[str, Any]) -> str:
    """The hash of the run, the step and its resolved spec: the same work gets the same key."""
    body = json.dumps([run_id, step_id, resolved], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode()).hexdigest()


def _crash_points() -> frozenset[str]:
    return frozenset(p.strip() for p in os.environ.get(CRASH_ENV, "").split(",") if p.strip())


@dataclass
class _Active:
    step: str
    attempt: int
    token: str
    started: float
    deadline: float | None


@dataclass
class FlowRunner:
    flow: Flow
    store: FlowStore
    run_id: str
    executor: Executor
    yes: bool = False
    read_only: bool = False
    parallel: int = 4
    on_event: Callable[[Event], None] = lambda _e: None
    tick: Callable[[], None] = lambda: None
    #: step id -> {"status", "output", "rows"}: what references read
    scope: dict[str, dict[str, Any]] = field(default_factory=dict)

    def run(self) -> str:
        """Run every step that is not done yet; the run's final status (``ok`` or ``failed``)."""
        crash = _crash_points()
        rows = {r.step_id: r for r in self.store.steps(self.run_id)}
        done = {sid for sid, r in rows.items() if r.status in DONE}
        for sid in done:
            result = rows[sid].result or {}
            self.scope[sid] = {"status": rows[sid].status, "output": result.get("output") or {},
                               "rows": result.get("rows")}  # fmt: skip
        previous = {sid: r.attempts for sid, r in rows.items()}
        tried: dict[str, int] = {}
        failed: set[str] = set()
        blocked: set[str] = set()
        waiting: dict[str, float] = {}
        running: dict[concurrent.futures.Future[dict[str, Any]], _Active] = {}
        order = self.flow.order()
        try:
            while True:
                now = time.monotonic()
                for sid in order:
                    if sid in done or sid in failed or sid in blocked or any(a.step == sid for a in running.values()):
                        continue
                    step = self.flow.step(sid)
                    bad = next((n for n in step.needs if n in failed or n in blocked), None)
                    if bad is not None:
                        blocked.add(sid)
                        self.on_event(Event("blocked", sid, detail=f"needs {bad}, which did not finish"))
                        continue
                    if not all(n in done for n in step.needs) or waiting.get(sid, 0.0) > now:
                        continue
                    if len(running) >= self.parallel:
                        break
                    waiting.pop(sid, None)
                    if not self._wanted(step, crash):
                        done.add(sid)
                        continue
                    attempt = tried.get(sid, 0) + 1
                    tried[sid] = attempt
                    future, active = self._start(step, attempt, previous.get(sid, 0) + attempt, crash)
                    running[future] = active
                if not running and not waiting:
                    break
                self._wait(running, waiting, done, failed, tried, crash)
        except (KeyboardInterrupt, Interrupted):
            self._interrupt(running)
            raise Interrupted("interrupted; resume with: aishell flow resume " + self.run_id) from None
        status = "ok" if all(s.id in done for s in self.flow.steps) else "failed"
        self.store.finish_run(self.run_id, status)
        return status

    def _wanted(self, step: Step, crash: frozenset[str]) -> bool:
        """Evaluate ``when:``; a false one checkpoints the step as skipped."""
        if step.when is None or (truthy(evaluate(step.when, self._scope())) if not isinstance(step.when, bool)
                                 else step.when):  # fmt: skip
            return True
        reason = f"when: {step.when_text if step.when_text is not None else step.when} is false"
        self.store.step_finished(self.run_id, step.id, "skipped", {"status": "skipped", "reason": reason})
        self.scope[step.id] = {"status": "skipped", "output": {}, "rows": None}
        self.on_event(Event("skipped", step.id, detail=reason))
        if f"after:{step.id}" in crash:
            os.kill(os.getpid(), signal.SIGKILL)
        return False

    def _scope(self) -> dict[str, Any]:
        return {"steps": self.scope, "params": self.flow.params}

    def _start(self, step: Step, attempt: int, total: int,
               crash: frozenset[str]) -> tuple[concurrent.futures.Future[dict[str, Any]], _Active]:  # fmt: skip
        resolved = step.resolved(self._scope())
        key = idempotency_key(self.run_id, step.id, resolved)
        self.store.step_running(self.run_id, step.id, key, total)
        self.on_event(Event("started", step.id, attempt=attempt))
        if f"before:{step.id}" in crash:
            os.kill(os.getpid(), signal.SIGKILL)
        token = f"{key}:{attempt}:{secrets.token_hex(4)}"
        context = {"run_id": self.run_id, "step_id": step.id, "idempotency_key": key, "attempt": attempt,
                   "cwd": str(self.flow.path.parent), "db": self.flow.db, "yes": self.yes,
                   "read_only": self.read_only or self.flow.read_only, "token": token}  # fmt: skip
        now = time.monotonic()
        deadline = now + step.timeout + GRACE if step.timeout else None
        future = self.executor.submit(self.run_id, step.id, key, resolved, context)
        return future, _Active(step.id, attempt, token, now, deadline)

    def _wait(self, running: dict[concurrent.futures.Future[dict[str, Any]], _Active], waiting: dict[str, float],
              done: set[str], failed: set[str], tried: dict[str, int], crash: frozenset[str]) -> None:  # fmt: skip
        now = time.monotonic()
        wake = [a.deadline for a in running.values() if a.deadline is not None] + list(waiting.values())
        timeout = max(0.0, min([now + 0.5, *wake]) - now)
        finished, _ = concurrent.futures.wait(list(running), timeout=timeout,
                                              return_when=concurrent.futures.FIRST_COMPLETED)  # fmt: skip
        self.tick()
        now = time.monotonic()
        for future, active in list(running.items()):
            if future in finished:
                try:
                    result = future.result()
                except Exception as exc:  # the executor's own failure (a lost worker): a failed attempt
                    result = {"status": "failed", "output": {}, "error": f"{type(exc).__name__}: {exc}",
                              "rows": None, "log": ""}  # fmt: skip
            elif active.deadline is not None and now >= active.deadline:
                cancel = getattr(self.executor, "cancel", None)
                if callable(cancel):
                    cancel(active.token)
                timeout = self.flow.step(active.step).timeout or 0.0
                result = {"status": "failed", "output": {}, "error": f"timed out after {timeout:g}s", "rows": None,
                          "log": "", "retryable": True}  # fmt: skip
            else:
                continue
            del running[future]
            self._finished(active, result, done, failed, waiting, tried, crash)

    def _finished(self, active: _Active, result: dict[str, Any], done: set[str], failed: set[str],
                  waiting: dict[str, float], tried: dict[str, int], crash: frozenset[str]) -> None:  # fmt: skip
        sid = active.step
        seconds = time.monotonic() - active.started
        header = f"--- attempt {active.attempt} ({time.strftime('%Y-%m-%d %H:%M:%S')}, {seconds:.2f}s): "
        ok = result.get("status") == "ok"
        log = header + ("ok" if ok else f"failed: {result.get('error')}") + "\n"
        log += (result.get("log") or "") + ("\n" if result.get("log") else "")
        if ok:
            if f"done:{sid}" in crash:
                os.kill(os.getpid(), signal.SIGKILL)
            self.store.step_finished(self.run_id, sid, "ok", result, log)
            self.scope[sid] = {"status": "ok", "output": result.get("output") or {}, "rows": result.get("rows")}
            done.add(sid)
            self.on_event(Event("ok", sid, attempt=active.attempt, seconds=seconds, rows=result.get("rows")))
            if f"after:{sid}" in crash:
                os.kill(os.getpid(), signal.SIGKILL)
            return
        self.store.step_finished(self.run_id, sid, "failed", result, log)
        retry = self.flow.step(sid).retry
        error = str(result.get("error") or "failed")
        if result.get("retryable", True) is not False and active.attempt < retry.attempts:
            delay = retry.wait(active.attempt)
            waiting[sid] = time.monotonic() + delay
            self.on_event(Event("retry", sid, attempt=active.attempt, seconds=seconds,
                                detail=f"{error}; attempt {active.attempt + 1} of {retry.attempts} in {delay:g}s"))
            return
        failed.add(sid)
        self.on_event(Event("failed", sid, attempt=active.attempt, seconds=seconds, detail=error))

    def _interrupt(self, running: dict[concurrent.futures.Future[dict[str, Any]], _Active]) -> None:
        """Ctrl-C: stop the running steps, put them back to pending (resume runs them), mark the run."""
        cancel = getattr(self.executor, "cancel", None)
        for active in running.values():
            if callable(cancel):
                cancel(active.token)
        concurrent.futures.wait(list(running), timeout=GRACE)
        for active in running.values():
            self.store.step_reset(self.run_id, active.step, f"--- attempt {active.attempt}: interrupted\n")
            self.on_event(Event("interrupted", active.step, attempt=active.attempt))
        self.store.finish_run(self.run_id, "interrupted")


# --------------------------------------------------------------------------- starting and resuming
def new_run_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(3)


@dataclass
class Options:
    yes: bool = False
    read_only: bool = False
    parallel: int | None = None
    executor: str = "local"
    broker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"yes": self.yes, "read_only": self.read_only, "parallel": self.parallel, "executor": self.executor,
                "broker": self.broker}  # fmt: skip


def start(path: str, params: dict[str, Any], options: Options, store: FlowStore | None = None) -> tuple[Flow, str]:
    """Validate the file and record a new run (every step pending); the flow and the run's id."""
    flow = load_flow(path, params)
    store = store or FlowStore()
    run_id = new_run_id()
    store.create_run(run_id=run_id, name=flow.name, file=str(flow.path), checksum=flow.checksum, params=params,
                     options=options.to_dict(), steps=flow.order())  # fmt: skip
    return flow, run_id


def prepare_resume(ref: str, *, force: bool = False, yes: bool = False,
                   store: FlowStore | None = None) -> tuple[Flow, RunRow, Options]:  # fmt: skip
    """Check that run ``ref`` may be resumed here and take it over: refused while its owner runs, when
    it finished, or (without ``force``) when its file changed since it started."""
    store = store or FlowStore()
    run = store.run(ref)
    if run is None:
        raise UsageError(f"no such run: {ref} (aishell flow list shows the runs)")
    if run.status == "ok":
        raise UsageError(f"run {run.id} finished ok: nothing to resume")
    if run.status == "cancelled" and not force:
        raise UsageError(f"run {run.id} was cancelled; resume it with --force, or start a new run")
    if run.status == "running" and run.owner_alive():
        raise UsageError(f"run {run.id} is running in process {run.pid} on {run.host}: it cannot be resumed "
                         "while that process lives")  # fmt: skip
    flow = load_flow(run.file, run.params)
    if flow.checksum != run.checksum and not force:
        raise FlowSpecError(f"{run.file} changed since run {run.id} started (checksum differs); resume with "
                            "--force to run the rest with the edited file")  # fmt: skip
    if not store.claim(run, checksum=flow.checksum):
        raise UsageError(f"run {run.id} was taken over by another process")
    store.add_steps(run.id, flow.order())
    o = run.options
    options = Options(yes=bool(o.get("yes")) or yes, read_only=bool(o.get("read_only")), parallel=o.get("parallel"),
                      executor=str(o.get("executor") or "local"), broker=o.get("broker"))  # fmt: skip
    return flow, run, options


def cancel(ref: str, *, wait: float = 30.0, store: FlowStore | None = None) -> RunRow:
    """Cancel run ``ref``: a run whose process lives on this host is sent SIGTERM (it stops its
    running steps, as Ctrl-C does, and puts them back to pending) and awaited for ``wait`` seconds;
    then the run is marked ``cancelled``, which ``resume`` refuses without ``--force``.  A finished
    run, a run owned by another host and a process that does not stop in time are errors."""
    store = store or FlowStore()
    run = store.run(ref)
    if run is None:
        raise UsageError(f"no such run: {ref} (aishell flow list shows the runs)")
    if run.status in ("ok", "cancelled"):
        raise UsageError(f"run {run.id} is {'already cancelled' if run.status == 'cancelled' else 'finished ok'}: "
                         "nothing to cancel")  # fmt: skip
    if run.status == "running" and run.owner_alive():
        if run.host is not None and run.host != socket.gethostname():
            raise UsageError(f"run {run.id} runs on {run.host} (process {run.pid}): cancel it there")
        assert run.pid is not None  # owner_alive() holds only with a pid
        try:
            os.kill(run.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + wait
        while run.owner_alive():
            if time.monotonic() >= deadline:
                raise FlowError(f"run {run.id}: process {run.pid} did not stop within {wait:g}s after SIGTERM; "
                                "it still runs")  # fmt: skip
            time.sleep(0.05)
        for step in store.steps(run.id):  # a process that died without its handler leaves steps running
            if step.status == "running":
                store.step_reset(run.id, step.step_id, "--- cancelled\n")
    store.finish_run(run.id, "cancelled")
    found = store.run(run.id)
    assert found is not None
    return found


def execute(flow: Flow, run_id: str, options: Options, *, on_event: Callable[[Event], None],
            tick: Callable[[], None] = lambda: None, store: FlowStore | None = None) -> str:  # fmt: skip
    """Run (or go on with) ``run_id``; its final status.  Raises :class:`FlowError` when it did not finish ok."""
    parallel = options.parallel or flow.max_parallel
    executor = make_executor(options.executor, parallel=parallel, broker=options.broker)
    runner = FlowRunner(flow, store or FlowStore(), run_id, executor, yes=options.yes, read_only=options.read_only,
                        parallel=parallel, on_event=on_event, tick=tick)  # fmt: skip
    try:
        status = runner.run()
    finally:
        executor.shutdown()
    if status != "ok":
        raise FlowError(f"run {run_id} failed; see: aishell flow status {run_id}; after a fix: "
                        f"aishell flow resume {run_id}")  # fmt: skip
    return status
