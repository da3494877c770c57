"""``CeleryExecutor``: the executor of ``aishell flow run --executor celery`` and of
``aishell fleet --executor celery``.

It sends each step (or fleet target) as a task to the workers of one queue and returns a
:class:`concurrent.futures.Future` per task; one collector thread polls the result backend for
every pending task at once (one ``MGET`` per round) and resolves the futures.  The flow runner
keeps its run state and checkpoints from the futures' results; the workers record each task's
result under its idempotency key (:mod:`aishell.fleet.idempotency`), so a task delivered twice
(a killed worker, a visibility timeout) acts once.
"""

from __future__ import annotations

import concurrent.futures
import threading
import uuid
from typing import Any

from aishell.errors import AishellError
from aishell.fleet.app import OPERATION_TASKS, RUN_STEP, make_app, settings_of


class TaskFailed(AishellError):
    """A task raised on its worker (the worker's message, without its traceback)."""


class CeleryExecutor:
    """Implements the flow runner's ``Executor`` protocol (``submit``, ``shutdown``) on Celery.

    ``broker``: the broker URL (default: ``$AISHELL_FLEET_BROKER``, ``[fleet] broker``, the
    local Redis); ``queue``: the workers' queue (default ``[fleet] queue``, ``aishell``)."""

    def __init__(self, broker: str | None = None, *, queue: str | None = None, poll: float = 0.05) -> None:
        self.app = make_app(broker, queue)
        self.settings = settings_of(self.app)
        self.queue = self.settings.queue
        self._poll = poll
        self._pending: dict[str, concurrent.futures.Future[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._tokens: dict[str, str] = {}  # a flow attempt's token -> its task id (for cancel)

    # ---------------------------------------------------------------- sending
    def submit(self, run_id: str, step_id: str, idempotency_key: str, step: dict[str, Any],
               context: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:  # fmt: skip
        """Send one flow step to the workers; its future resolves to :func:`run_step`'s result."""
        fut, task_id = self._send(RUN_STEP, [run_id, step_id, idempotency_key, step, context], f"{run_id}:{step_id}")
        token = context.get("token")
        if token:
            self._tokens[str(token)] = task_id
        return fut

    def cancel(self, token: str) -> bool:
        """Stop the attempt sent with ``context["token"] == token``: its task is revoked (never
        started if it still waits) and, when running in a prefork worker, its pool process is
        sent SIGTERM (a ``solo`` or ``threads`` worker cannot stop the task it runs).  False for an
        unknown token."""
        task_id = self._tokens.pop(token, "")
        if not task_id:
            return False
        self.app.control.revoke(task_id, terminate=True, signal="SIGTERM")
        return True

    def send_operation(self, op: str, target: dict[str, Any], params: dict[str, Any],
                       idempotency_key: str) -> concurrent.futures.Future[dict[str, Any]]:  # fmt: skip
        """Send one fleet target's operation; its future resolves to the target's result."""
        return self._send(OPERATION_TASKS[op], [target, params, idempotency_key], f"fleet:{op}")[0]

    def _send(self, name: str, args: list[Any], label: str) -> tuple[concurrent.futures.Future[dict[str, Any]], str]:
        if self._stop.is_set():
            raise RuntimeError("the executor was shut down")
        task_id = f"{label}:{uuid.uuid4().hex}"
        fut: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        fut.set_running_or_notify_cancel()
        with self._lock:
            self._pending[task_id] = fut
        try:
            self.app.send_task(name, args=args, task_id=task_id, queue=self.queue)
        except Exception:
            with self._lock:
                self._pending.pop(task_id, None)
            raise
        self._start()
        self._wake.set()
        return fut, task_id

    # ---------------------------------------------------------------- collecting
    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._collect, name="celery results", daemon=True)
                self._thread.start()

    def _collect(self) -> None:
        backend = self.app.backend
        client = backend.client
        while not self._stop.is_set():
            with self._lock:
                ids = list(self._pending)
            if not ids:
                self._wake.wait(0.5)
                self._wake.clear()
                continue
            try:
                raw = client.mget([backend.get_key_for_task(i) for i in ids])
            except Exception:  # a broker blip: try again next round (the results stay in Redis)
                self._stop.wait(self._poll * 10)
                continue
            for task_id, value in zip(ids, raw, strict=True):
                if value is not None:
                    self._resolve(task_id, backend.decode_result(value))
            self._stop.wait(self._poll)

    def _resolve(self, task_id: str, meta: dict[str, Any]) -> None:
        state = meta.get("status")
        if state not in ("SUCCESS", "FAILURE", "REVOKED"):
            return  # PENDING, STARTED, RETRY: not yet
        with self._lock:
            fut = self._pending.pop(task_id, None)
        if fut is None or fut.done():
            return
        if state == "SUCCESS":
            fut.set_result(meta.get("result") or {})
        else:
            exc = meta.get("result")
            if isinstance(exc, BaseException):
                text = f"{type(exc).__name__}: {exc}"
            elif isinstance(exc, dict):
                text = f"{exc.get('exc_type', 'error')}: {exc.get('exc_message')}"
            else:
                text = str(exc)
            fut.set_exception(TaskFailed(f"task {task_id} failed on its worker: {text}"))
        self.app.backend.forget(task_id)

    def pending(self) -> int:
        """How many futures still wait for their task."""
        with self._lock:
            return len(self._pending)

    def shutdown(self) -> None:
        """Stop collecting; futures still pending are cancelled (their tasks may still run on the
        workers, and record their results under their idempotency keys): they fail with
        :class:`TaskFailed`."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        with self._lock:
            pending, self._pending = list(self._pending.values()), {}
        for fut in pending:
            if not fut.done():
                fut.set_exception(TaskFailed("the executor was shut down before the task's result came back"))
        self.app.close()
