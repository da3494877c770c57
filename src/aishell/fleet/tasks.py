"""The tasks a worker runs: one flow step (:func:`run_step`) and one task per fleet operation.

Every task runs its effect through :func:`aishell.fleet.idempotency.run_once` under the
idempotency key it was sent with, so a task delivered twice (its worker was killed, or it
outlived the broker's visibility timeout) acts once and answers from the recorded result.
Arguments and results are JSON (the app accepts nothing else).
"""

from __future__ import annotations

import importlib
import os
import socket
from collections.abc import Callable
from typing import Any

import redis

from aishell.fleet.app import OPERATION_TASKS, RUN_STEP, app, settings_of
from aishell.fleet.idempotency import run_once

_client: redis.Redis | None = None


def _redis() -> redis.Redis:
    """The worker's Redis client for idempotency records: the result backend's database."""
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings_of(app).result_backend)
    return _client


def _once(key: str, effect: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``effect``'s result, marked with the worker that acted (``host:pid``), recorded under
    ``key``; or the result recorded before, marked ``replayed``."""
    s = settings_of(app)

    def act() -> dict[str, Any]:
        return {**effect(), "worker": f"{socket.gethostname()}:{os.getpid()}"}

    result, replayed = run_once(_redis(), key, act, lease=s.lease, result_ttl=s.result_ttl)
    return {**result, "replayed": True} if replayed else result


def _run_step(run_id: str, step_id: str, idempotency_key: str, step: dict[str, Any],
             context: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    """One resolved flow step, through the flow engine's ``run_step``."""
    steps = importlib.import_module("aishell.flow.steps")  # the flow engine, loaded by the worker when used
    return _once(idempotency_key, lambda: dict(steps.run_step(step, context)))


run_step = app.task(name=RUN_STEP)(_run_step)


def _operation(op: str) -> Callable[[dict[str, Any], dict[str, Any], str], dict[str, Any]]:
    def task(target: dict[str, Any], params: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        from aishell.fleet.service import run_operation

        return _once(idempotency_key, lambda: run_operation(op, target, params))

    task.__name__ = task.__qualname__ = f"fleet_{op}"
    task.__doc__ = f"``aishell fleet {op}`` on one target."
    return task


health = app.task(name=OPERATION_TASKS["health"])(_operation("health"))
backup = app.task(name=OPERATION_TASKS["backup"])(_operation("backup"))
migrate = app.task(name=OPERATION_TASKS["migrate"])(_operation("migrate"))
query = app.task(name=OPERATION_TASKS["query"])(_operation("query"))
