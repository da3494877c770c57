"""``aishell flow``: run workflow files (a thin face over aishell.flow)."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
import threading
from typing import Any

import click

from aishell.cli.main import _inherit, cli, guarded
from aishell.errors import UsageError

_RUN = click.argument("run_ref", metavar="RUN")


@cli.group("flow")
def flow() -> None:
    """Workflows: a YAML file of steps (query, assert, export, import, copy, backup, restore,
    migrate, health, shell) with dependencies, retries, timeouts and conditions.  Each finished
    step is checkpointed: `flow resume RUN` goes on after a crash without running a finished
    step again.  See docs/flow.md.

    \b
    Exit codes: 0 every step ok (or skipped), 5 a step failed or was refused, 2 a bad file or
                a resume refused, 130 interrupted (resume it), 1 and 3 as for every command."""


def _params(values: tuple[str, ...]) -> dict[str, Any]:
    import yaml

    out: dict[str, Any] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param {item}: give NAME=VALUE")
        try:
            out[name.strip()] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            out[name.strip()] = value
    return out


@flow.command("run")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Set a parameter (repeatable).")
@click.option("--yes", "-y", is_flag=True, help="Consent to every step that changes data.")
@click.option("--read-only", is_flag=True, help="Open every session read-only.")
@click.option("--parallel", type=click.IntRange(min=1), help="Steps run at once (default: max_parallel, else 4).")
@click.option("--executor", type=click.Choice(["local", "celery"]), default="local", show_default=True)
@click.option("--broker", metavar="URL", help="The Celery broker (--executor celery).")
@click.option("--dry-run", is_flag=True, help="Show the order and what each step would do; run nothing.")
@click.pass_context
@guarded
def run_cmd(ctx: click.Context, file: str, params: tuple[str, ...], yes: bool, read_only: bool,
            parallel: int | None, executor: str, broker: str | None, dry_run: bool) -> None:  # fmt: skip
    """Run the workflow FILE."""
    from aishell.flow import runner

    options = runner.Options(yes=bool(_inherit(ctx, "yes", yes)), read_only=bool(_inherit(ctx, "read_only", read_only)),
                             parallel=parallel, executor=executor, broker=broker)  # fmt: skip
    if dry_run:
        from aishell.flow.spec import describe, load_flow

        flow_ = load_flow(file, _params(params))
        click.echo(f"{flow_.name}: {len(flow_.steps)} steps, at most {options.parallel or flow_.max_parallel} at once")
        width = max(len(s.id) for s in flow_.steps)
        for i, sid in enumerate(flow_.order(), start=1):
            click.echo(f"{i:>3}. {sid.ljust(width)}  {describe(flow_.step(sid), consent=options.yes)}")
        return
    flow_, run_id = runner.start(file, _params(params), options)
    click.echo(f"flow: run {run_id} started: {flow_.name}, {len(flow_.steps)} steps", err=True)
    _execute(flow_, run_id, options)


@flow.command("resume")
@_RUN
@click.option("--force", is_flag=True, help="Resume even though the file changed since the run started.")
@click.option("--yes", "-y", is_flag=True, help="Consent to every step that changes data.")
@click.pass_context
@guarded
def resume_cmd(ctx: click.Context, run_ref: str, force: bool, yes: bool) -> None:
    """Go on with run RUN (an id, a unique prefix, or `last`): finished steps are not run again."""
    from aishell.flow import runner

    flow_, run, options = runner.prepare_resume(run_ref, force=force, yes=bool(_inherit(ctx, "yes", yes)))
    click.echo(f"flow: run {run.id} resumed: {flow_.name}", err=True)
    _execute(flow_, run.id, options)


def _execute(flow_: Any, run_id: str, options: Any) -> None:
    from aishell.flow import runner
    from aishell.flow.progress import Progress

    progress = Progress()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminated)  # a stop request ends the run as Ctrl-C does
    try:
        runner.execute(flow_, run_id, options, on_event=progress, tick=progress.tick)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    click.echo(f"flow: run {run_id} ok", err=True)


def _terminated(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else "-"


def _found(run_ref: str) -> Any:
    from aishell.flow.store import FlowStore

    store = FlowStore()
    run = store.run(run_ref)
    if run is None:
        raise UsageError(f"no such run: {run_ref} (aishell flow list shows the runs)")
    return store, run


@flow.command("status")
@_RUN
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@guarded
def status_cmd(run_ref: str, fmt: str) -> None:
    """The steps of RUN: state, attempts, duration and error."""
    store, run = _found(run_ref)
    steps = store.steps(run.id)
    if fmt == "json":
        doc = {"id": run.id, "name": run.name, "file": run.file, "status": run.shown_status, "started": run.started,
               "ended": run.ended, "params": run.params,
               "steps": [{"id": s.step_id, "status": s.status, "attempts": s.attempts, "seconds": s.seconds,
                          "idempotency_key": s.idem_key, "result": s.result} for s in steps]}  # fmt: skip
        click.echo(json.dumps(doc, indent=2, default=str))
        return
    click.echo(f"run {run.id}  {run.name}  {run.shown_status}  started {_when(run.started)}  ended {_when(run.ended)}")
    click.echo(f"file {run.file}")
    width = max((len(s.step_id) for s in steps), default=4)
    for s in steps:
        secs = f"{s.seconds:.2f}s" if s.seconds is not None else "-"
        error = (s.result or {}).get("error") or (s.result or {}).get("reason") or ""
        line = f"  {s.step_id.ljust(width)}  {s.status:<8} attempts {s.attempts:<2} {secs:>9}"
        click.echo(line + (f"  {' '.join(str(error).split())[:200]}" if error else ""))


@flow.command("cancel")
@_RUN
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS",
              help="How long to wait for a running process to stop.")
@guarded
def cancel_cmd(run_ref: str, wait: float) -> None:
    """Cancel RUN: a running process is asked to stop (its running steps go back to pending), then
    the run is marked cancelled; `flow resume --force` takes it up again."""
    from aishell.flow import runner

    run = runner.cancel(run_ref, wait=wait)
    click.echo(f"flow: run {run.id} cancelled", err=True)


@flow.command("list")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True)
@guarded
def list_cmd(limit: int) -> None:
    """Recent runs, newest first."""
    from aishell.flow.store import FlowStore

    runs = FlowStore().runs(limit)
    if not runs:
        click.echo("no runs yet (start one with: aishell flow run FILE)", err=True)
        return
    for r in runs:
        click.echo(f"{r.id}  {r.shown_status:<11}  {_when(r.started)}  {r.name}  {r.file}")


@flow.command("logs")
@_RUN
@click.option("--step", "step_id", metavar="ID", help="Only this step's log.")
@guarded
def logs_cmd(run_ref: str, step_id: str | None) -> None:
    """The captured output of RUN's steps (every attempt)."""
    store, run = _found(run_ref)
    steps = [s for s in store.steps(run.id) if step_id is None or s.step_id == step_id]
    if step_id is not None and not steps:
        raise UsageError(f"run {run.id} has no step {step_id!r}")
    for s in steps:
        if step_id is None:
            click.echo(f"=== {s.step_id} ({s.status})")
        if s.log:
            sys.stdout.write(s.log if s.log.endswith("\n") else s.log + "\n")
    sys.stdout.flush()
