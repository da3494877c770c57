"""``aishell fleet health|backup|migrate|query --targets FILE`` and ``aishell worker``: one
operation over many databases, on Celery workers over Redis or in local threads (a thin face
over aishell.fleet.service; see docs/fleet.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from aishell.cli.main import cli, guarded

_EXIT_HELP = (
    "\n\n\b\nExit codes: 0 every target ok, 1 a target failed (see its row),\n"
    "            10/11 (health) a target has a warning / critical finding,\n"
    "            2 usage, 3 the broker cannot be reached, 130 interrupted."
)


def _common(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--targets", "targets_file", required=True, type=click.Path(dir_okay=False),
                     help="File of targets: YAML or one URL / saved connection name per line."),
        click.option("--group", "groups", multiple=True, metavar="NAME", help="Only the targets in this group."),
        click.option("--executor", type=click.Choice(["celery", "local"]), default="celery", show_default=True,
                     help="celery: one task per target to the workers (aishell worker); local: threads here."),
        click.option("--parallel", type=click.IntRange(min=1), default=8, show_default=True,
                     help="Threads of the local executor (Celery: the workers' concurrency decides)."),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=600.0, show_default=True,
                     metavar="SECONDS", help="Wait this long for the results; a target without one failed."),
        click.option("--statement-timeout", type=float, metavar="SECONDS", help="Timeout of each statement."),
        click.option("--broker", metavar="URL", help="Broker (default: $AISHELL_FLEET_BROKER, [fleet] broker)."),
        click.option("--queue", metavar="NAME", help="The workers' queue (default: [fleet] queue, aishell)."),
        click.option("--run-id", metavar="ID",
                     help="Name this run; the same id again answers the targets already done from their results."),
        click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def _run(op: str, params: dict[str, Any], o: dict[str, Any]) -> None:
    from aishell.fleet import service

    targets = service.read_targets(o["targets_file"], o["groups"])
    params = {**params, "statement_timeout": o["statement_timeout"]}
    service.check_params(op, params)
    if o["executor"] == "celery":
        _ping(o["broker"], o["queue"])
    report = service.run_fleet(op, targets, params, executor=o["executor"], parallel=o["parallel"],
                               timeout=o["timeout"], broker=o["broker"], queue=o["queue"],
                               run_id=o["run_id"])  # fmt: skip
    if o["fmt"] == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        click.echo(_table(report.results))
        counts = ", ".join(f"{n} {status}" for status, n in sorted(report.counts().items()))
        click.echo(f"{op}: {len(report.results)} targets: {counts} ({report.wall:.2f} s, {report.executor}, "
                   f"run {report.run_id})", err=True)  # fmt: skip
    sys.stdout.flush()
    sys.exit(report.exit_code)


def _ping(broker: str | None, queue: str | None) -> None:
    """Warn when no worker answers (the results would then wait for --timeout)."""
    from aishell.fleet.app import make_app

    app = make_app(broker, queue)
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=0.1, timeout=5)
        replies = app.control.ping(timeout=2.0, limit=1)
    except Exception as exc:  # the broker itself is down: say so now
        from aishell.errors import ConnectError

        raise ConnectError(f"cannot reach the broker {app.conf.broker_url}: {exc}") from None
    finally:
        app.close()
    if not replies:
        click.echo("warning: no aishell worker answered within 2 s (start one with: aishell worker); "
                   "waiting for the results", err=True)  # fmt: skip


def _table(results: list[dict[str, Any]]) -> str:
    rows = [("target", "status", "duration", "summary")]
    rows += [(r["target"], r["status"] + (" (recorded)" if r.get("replayed") else ""), f"{r['duration']:.2f} s",
              r["summary"]) for r in results]  # fmt: skip
    widths = [max(len(str(row[i])) for row in rows) for i in range(3)]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row[:3], widths, strict=True)) + "  " + row[3] for row in rows]
    return "\n".join(line.rstrip() for line in lines)


@cli.group("fleet")
def fleet() -> None:
    """One operation over many databases, run by Celery workers (aishell worker) or local threads.

    The targets file is YAML (a list of URLs, saved names or mappings with db, name, groups,
    labels) or one target per line (DB [name=N] [group=a,b] [key=value]).  A results table
    (target, status, duration, summary), or JSON with --format json.  See docs/fleet.md."""


@fleet.command("health")
@_common
@click.option("--check", "-c", "checks", multiple=True, metavar="ID", help="Run only this health check.")
@guarded
def fleet_health(checks: tuple[str, ...], **o: Any) -> None:
    """aishell health on every target (read-only sessions)."""
    _run("health", {"checks": list(checks)}, o)


fleet_health.help = (fleet_health.help or "") + _EXIT_HELP


@fleet.command("backup")
@_common
@click.option(
    "--output-dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder of the archives (one TARGET-xxxxxx.aishell each; a folder the workers can write).",
)
@click.option("--tables", help="Comma-separated tables (default: all).")
@click.option("--data-format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@guarded
def fleet_backup(output_dir: str, tables: str | None, data_format: str, **o: Any) -> None:
    """A portable backup of every target (read-only sessions)."""
    import os

    names = [t.strip() for t in tables.split(",") if t.strip()] if tables else None
    _run("backup", {"output_dir": os.path.abspath(output_dir), "tables": names, "data_format": data_format}, o)


fleet_backup.help = (fleet_backup.help or "") + _EXIT_HELP


@fleet.command("migrate")
@_common
@click.option(
    "--dir",
    "folder",
    required=True,
    type=click.Path(file_okay=False),
    help="The migrations folder (as for aishell migrate up; a folder the workers can read).",
)
@click.option("--to", metavar="VERSION", help="Stop after this version.")
@click.option("--yes", "-y", is_flag=True, help="Required: the migrations change every target.")
@click.option("--no-lint", is_flag=True, help="Run even when the migration linter finds errors.")
@guarded
def fleet_migrate(folder: str, to: str | None, yes: bool, no_lint: bool, **o: Any) -> None:
    """aishell migrate up on every target."""
    import os

    _run("migrate", {"folder": os.path.abspath(folder), "to": to, "yes": yes, "no_lint": no_lint}, o)


fleet_migrate.help = (fleet_migrate.help or "") + _EXIT_HELP


@fleet.command("query")
@_common
@click.argument("sql", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True), help="Read SQL from FILE.")
@click.option("--yes", "-y", is_flag=True, help="Allow writes (else each target's session is read-only).")
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Rows kept per statement and target (JSON output).",
)
@guarded
def fleet_query(sql: str | None, file: str | None, yes: bool, max_rows: int, **o: Any) -> None:
    """Run SQL on every target: read-only unless --yes."""
    from aishell.cli.main import _read_sql

    _run("query", {"sql": _read_sql(sql, file), "yes": yes, "max_rows": max_rows}, o)


fleet_query.help = (fleet_query.help or "") + _EXIT_HELP


@cli.command("worker")
@click.option(
    "--concurrency",
    "-c",
    type=click.IntRange(min=1),
    default=None,
    help="Processes (or threads) running tasks (default: the number of CPUs).",
)
@click.option("--broker", metavar="URL", help="Broker (default: $AISHELL_FLEET_BROKER, [fleet] broker).")
@click.option("--queues", "-Q", metavar="NAMES", help="Comma-separated queues to consume (default: [fleet] queue).")
@click.option(
    "--pool",
    type=click.Choice(["prefork", "solo", "threads"]),
    default="prefork",
    show_default=True,
    help="solo runs one task at a time in the worker's own process.",
)
@click.option(
    "--loglevel",
    "-l",
    default="WARNING",
    show_default=True,
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
)
@guarded
def worker(concurrency: int | None, broker: str | None, queues: str | None, pool: str, loglevel: str) -> None:
    """Start a Celery worker that runs fleet operations and flow steps (until Ctrl-C or SIGTERM).

    Tasks are acknowledged after they ran: a worker killed mid-task has its task delivered to
    another one (after [fleet] visibility_timeout seconds), and idempotency keys keep a task
    delivered twice from acting twice.  See docs/fleet.md."""
    import os

    import aishell.fleet.tasks  # noqa: F401 - registers the tasks with the app
    from aishell.fleet.app import app, configure

    first = queues.split(",")[0].strip() if queues else None
    s = configure(app, broker, first)
    argv = [
        "worker",
        f"--loglevel={loglevel.upper()}",
        f"--pool={pool}",
        f"--queues={queues or s.queue}",
        f"--hostname=aishell-{os.getpid()}@%h",
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
    ]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    click.echo(f"aishell worker: {app.conf.broker_url} queues {queues or s.queue}, pool {pool}", err=True)
    app.worker_main(argv)
