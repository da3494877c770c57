"""``aishell monitor``: sample a server's key metrics, record them and flag anomalies;
``aishell monitor history``: what was recorded."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session

if TYPE_CHECKING:
    from aishell.services.monitor import Alert


@cli.group("monitor", invoke_without_command=True)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--interval", type=float, metavar="SECONDS", help="Seconds between samples ([monitor] interval, 10).")
@click.option("--once", is_flag=True, help="Take one sample and stop (same as --count 1).")
@click.option("--count", type=click.IntRange(min=1), metavar="N", help="Take N samples and stop.")
@click.option("--log", "log", metavar="FILE", help="Append alerts to FILE as JSON lines.")
@click.option("--webhook", metavar="URL", help="POST alerts as JSON to URL (retried; never stops monitoring).")
@click.option("--keep", type=float, metavar="DAYS", help="Keep this many days of samples ([monitor] keep_days, 8).")
@click.option("--quiet", "-q", is_flag=True, help="Print no sample lines (alerts still go to stderr).")
@click.pass_context
@guarded
def monitor(
    ctx: click.Context,
    db: str | None,
    interval: float | None,
    once: bool,
    count: int | None,
    log: str | None,
    webhook: str | None,
    keep: float | None,
    quiet: bool,
) -> None:
    """Sample a server's key metrics at an interval into the state store and flag anomalies.

    \b
    Metrics: transactions per second, cache hit ratio, mean statement latency
    (pg_stat_statements / performance_schema), active sessions, sessions waiting for a
    lock, replication lag.  A sample is the interval between two readings, so the first
    one comes after one interval.  Each value is judged against the same hour on previous
    days (or the last hour until there are enough days); an anomaly that lasts
    [monitor] consecutive samples raises one alert, and its end another, on stderr, in
    --log FILE (JSON lines) and to --webhook URL (JSON POST).  The session is read-only.
    Ctrl-C stops (exit 130).  See docs/monitor.md.
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {**(ctx.obj or {}), "monitor_db": db}
        return
    from aishell.config import load_settings
    from aishell.errors import EXIT_INTERRUPTED
    from aishell.services import monitor as service
    from aishell.state import StateStore

    settings = load_settings().monitor
    settings.interval = interval if interval is not None else settings.interval
    settings.keep_days = keep if keep is not None else settings.keep_days
    settings.webhook = webhook if webhook is not None else settings.webhook
    settings.log = log if log is not None else settings.log
    service.detector_settings(settings)  # a bad setting is a usage error before anything connects

    def problem(message: str) -> None:
        click.echo(f"monitor: {message}", err=True)

    def show(alert: Alert) -> None:
        click.echo(alert.message(), err=True)

    outlets = service.Outlets(show=show, problem=problem)
    if settings.log:
        outlets.log = service.AlertLog(settings.log)
    if settings.webhook:
        outlets.webhook = service.Webhook(settings.webhook, timeout=settings.webhook_timeout,
                                          retries=settings.webhook_retries, on_error=problem)  # fmt: skip
    session = make_session(_inherit(ctx, "db", db), read_only=True)
    taken = 0

    def on_sample(sample: service.Sample) -> None:
        nonlocal taken
        taken += 1
        if not quiet:
            click.echo(service.line(sample))
            sys.stdout.flush()

    try:
        service.monitor(session, settings=settings, outlets=outlets, store=StateStore(),
                        count=1 if once else count, on_sample=on_sample)  # fmt: skip
    except KeyboardInterrupt:
        click.echo(f"monitor: stopped after {taken} samples", err=True)
        outlets.close()
        session.close()
        sys.exit(EXIT_INTERRUPTED)
    outlets.close()
    session.close()


@monitor.command("history")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--metric", "-m", metavar="NAME", help="Only this metric (tps, cache_hit, latency_ms, ...).")
@click.option("--since", metavar="WHEN", default="1h", show_default=True, help="30m, 2h, 7d or a date-time.")
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Only the newest N samples.")
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
@guarded
def history(ctx: click.Context, db: str | None, metric: str | None, since: str, limit: int | None, fmt: str) -> None:
    """Print the samples and alerts ``aishell monitor`` recorded for a database."""
    from aishell.connections import resolve
    from aishell.services import monitor as service
    from aishell.state import StateStore

    db = db or (ctx.obj or {}).get("monitor_db")
    target = resolve(_inherit(ctx, "db", db))
    identity = target.url.identity()
    start = service.parse_since(since)
    store = StateStore()
    rows = service.pivot(store.samples(identity, since=start, metric=metric))
    if limit is not None:
        rows = rows[-limit:]
    alerts = [json.loads(payload) for _ts, m, _event, payload in store.alerts(identity, since=start)
              if metric is None or m == metric]  # fmt: skip
    if fmt == "json":
        click.echo(json.dumps({"target": target.label, "samples": rows, "alerts": alerts}, indent=2))
        return
    if not rows and not alerts:
        click.echo(f"no samples recorded for {target.label} since {since}", err=True)
        return
    columns = ["ts", *service.columns_of(rows)]
    table = [[str(row.get(c, "")) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in table]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in table:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    if alerts:
        click.echo("")
        click.echo(f"alerts ({len(alerts)}):")
        for alert in alerts:
            click.echo(f"  {alert['message']}")
