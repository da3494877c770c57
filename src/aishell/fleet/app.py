"""The Celery application of ``aishell worker``, ``aishell fleet --executor celery`` and
``aishell flow run --executor celery``.

Settings come from the environment first, then ``config.toml``'s ``[fleet]`` table, then the
defaults below::

    [fleet]
    broker = "redis://127.0.0.1:6379/0"   # $AISHELL_FLEET_BROKER
    backend = ""                          # $AISHELL_FLEET_BACKEND (default: the broker)
    queue = "aishell"                     # $AISHELL_FLEET_QUEUE
    visibility_timeout = 300              # $AISHELL_FLEET_VISIBILITY_TIMEOUT (seconds)
    lease = 10                            # $AISHELL_FLEET_LEASE (seconds, idempotency claims)
    result_ttl = 604800                   # $AISHELL_FLEET_RESULT_TTL (seconds)

Delivery is at least once: a task is acknowledged only after it ran (``task_acks_late``), a
task whose pool process died is put back (``task_reject_on_worker_lost``), a worker reserves
one task at a time (``worker_prefetch_multiplier = 1``), and a task taken by a worker that was
killed outright (SIGKILL, power loss) goes back to the queue ``visibility_timeout`` seconds after
it was delivered (the Redis transport's unacknowledged set, swept every second).  A task that
runs longer than ``visibility_timeout`` is delivered a second time while it runs: the
idempotency claim (:mod:`aishell.fleet.idempotency`) makes that copy wait for the first one's
result instead of acting again.  Only JSON crosses the broker (never pickle).

``app`` is built when this module is imported, so ``celery -A aishell.fleet.app worker`` works;
clients build their own with :func:`make_app` (another broker, no global state)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from celery import Celery

from aishell.errors import ConfigError

DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
DEFAULT_QUEUE = "aishell"

#: the task names (workers and clients agree on them; clients send by name)
RUN_STEP = "aishell.fleet.run_step"
OPERATION_TASKS = {op: f"aishell.fleet.{op}" for op in ("health", "backup", "migrate", "query")}


@dataclass(frozen=True)
class FleetSettings:
    broker: str = DEFAULT_BROKER
    backend: str = ""
    queue: str = DEFAULT_QUEUE
    visibility_timeout: float = 300.0
    lease: float = 10.0
    result_ttl: int = 7 * 24 * 3600

    @property
    def result_backend(self) -> str:
        return self.backend or self.broker


_ENV = {
    "broker": "AISHELL_FLEET_BROKER", "backend": "AISHELL_FLEET_BACKEND", "queue": "AISHELL_FLEET_QUEUE",
    "visibility_timeout": "AISHELL_FLEET_VISIBILITY_TIMEOUT", "lease": "AISHELL_FLEET_LEASE",
    "result_ttl": "AISHELL_FLEET_RESULT_TTL",
}  # fmt: skip


def _config_table() -> dict[str, Any]:
    from aishell.config import config_path, load_settings

    table = load_settings().raw.get("fleet", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{config_path()}: [fleet] must be a table")
    unknown = sorted(set(table) - set(_ENV))
    if unknown:
        raise ConfigError(f"{config_path()}: unknown setting [fleet] {unknown[0]}")
    return table


def fleet_settings(broker: str | None = None, queue: str | None = None) -> FleetSettings:
    """The settings: ``broker``/``queue`` (a command's options) over the environment over
    ``[fleet]`` over the defaults.  A bad value is a :class:`ConfigError`."""
    values: dict[str, Any] = {}
    for key, value in _config_table().items():
        values[key] = value
    for key, var in _ENV.items():
        if os.environ.get(var):
            values[key] = os.environ[var]
    if broker:
        values["broker"] = broker
    if queue:
        values["queue"] = queue
    out: dict[str, Any] = {}
    for key, value in values.items():
        kind = type(getattr(FleetSettings, key))
        try:
            out[key] = kind(value)
        except (TypeError, ValueError):
            raise ConfigError(f"[fleet] {key} must be {kind.__name__}, not {value!r}") from None
        if kind is not str and out[key] <= 0:
            raise ConfigError(f"[fleet] {key} must be positive, not {value!r}")
    settings = FleetSettings(**out)
    if "://" not in settings.broker:
        raise ConfigError(f"[fleet] broker must be a URL such as {DEFAULT_BROKER}, not {settings.broker!r}")
    return settings


def make_app(broker: str | None = None, queue: str | None = None) -> Celery:
    """A Celery app configured from :func:`fleet_settings` (tasks registered by
    :mod:`aishell.fleet.tasks` when a worker imports it)."""
    s = fleet_settings(broker, queue)
    app = Celery("aishell", broker=s.broker, backend=s.result_backend, set_as_current=False)
    transport = {
        "visibility_timeout": s.visibility_timeout,
        # sweep the unacknowledged set every second, so a killed worker's task comes back soon
        # after visibility_timeout (kombu's defaults sweep every 100 s)
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue=s.queue,
        task_track_started=True,
        result_expires=s.result_ttl,
        result_extended=False,
        broker_transport_options=transport,
        result_backend_transport_options=transport,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_send_sent_event=False,
        enable_utc=True,
    )
    app.conf["aishell_fleet"] = s
    return app


def settings_of(app: Celery) -> FleetSettings:
    """The :class:`FleetSettings` ``app`` was made with."""
    s = app.conf.get("aishell_fleet")
    return s if isinstance(s, FleetSettings) else fleet_settings()


app = make_app()


def configure(target: Celery, broker: str | None = None, queue: str | None = None) -> FleetSettings:
    """Point ``target`` (e.g. the module's :data:`app`, before a worker starts) at ``broker`` and
    ``queue``; return the settings now in force."""
    s = fleet_settings(broker, queue)
    target.conf.update(broker_url=s.broker, result_backend=s.result_backend, task_default_queue=s.queue)
    target.conf["aishell_fleet"] = s
    return s
