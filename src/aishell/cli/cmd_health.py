"""``aishell health``: the engine's catalogue of health checks, grouped by severity."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session

if TYPE_CHECKING:
    from aishell.services.health import Entry, Report


@cli.command("health")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--check",
    "-c",
    "checks",
    multiple=True,
    metavar="ID",
    help="Run only this check (repeat for several; --list shows the ids).",
)
@click.option("--list", "list_", is_flag=True, help="List the engine's checks and their settings; run nothing.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout for each check's statements.")
@click.pass_context
@guarded
def health(
    ctx: click.Context, db: str | None, fmt: str, checks: tuple[str, ...], list_: bool, timeout: float | None
) -> None:
    """Check a database's health: each finding with its severity, what was found, why it matters
    and the SQL that would fix it (never run).

    \b
    PostgreSQL: long-running queries, idle in transaction, lock chains, connections, cache hit
    ratio, unused/duplicate/invalid indexes, bloat, foreign keys without an index, sequences,
    wraparound, autovacuum lag, replication.  MariaDB/MySQL: long statements, idle
    transactions, lock waits, connections, buffer pool, unused/redundant indexes, tables
    without a primary key, AUTO_INCREMENT.  SQLite: integrity, foreign key violations, free
    pages, unindexed foreign keys.  DuckDB: free blocks, WAL, memory.  Thresholds: the
    [health] table of config.toml.  The session is read-only.

    \b
    Exit codes: 0 nothing worse than info, 10 a warning, 11 something critical
                (1, 2, 3 and 130 as for every command).
    """
    from aishell.services import health as service

    target = _inherit(ctx, "db", db)
    if list_:
        from aishell.connections import resolve
        from aishell.engines import dialect_of

        dialect = dialect_of(resolve(target).url.engine)
        entries = service.catalogue(dialect.health)
        if fmt == "json":
            click.echo(
                json.dumps(
                    {
                        "engine": dialect.display_name,
                        "checks": [
                            {"id": e.id, "title": e.title, "why": e.why, "settings": list(e.settings)} for e in entries
                        ],
                    },
                    indent=2,
                )
            )
        else:
            click.echo(render_list(dialect.display_name, entries))
        return
    service.limits()  # a bad threshold is a usage error before anything connects
    session = make_session(target, read_only=True, timeout=_inherit(ctx, "timeout", timeout))
    try:
        report = service.check_health(session, checks=list(checks) or None)
    finally:
        session.close()
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        click.echo(render(report))
    sys.stdout.flush()
    sys.exit(report.exit_code)


_HEADINGS = (("critical", "CRITICAL"), ("warning", "WARNING"), ("info", "INFO"))


def render(report: Report) -> str:
    """The report for a terminal: the findings grouped by severity, worst first, and within one
    severity by check (why it matters said once), then the checks that found nothing."""
    lines = [f"{report.engine} {report.target}: {report.worst}"]
    titles = {r.id: r.title for r in report.results}
    for severity, heading in _HEADINGS:
        found = [f for f in report.findings if f.severity == severity]
        if not found:
            continue
        lines += ["", f"{heading} ({len(found)})"]
        for check in dict.fromkeys(f.check for f in found):
            mine = [f for f in found if f.check == check]
            lines.append(f"  {titles.get(check, check)} [{check}]")
            if severity != "info" or any(f.fix for f in mine):
                lines.append(f"    why: {mine[0].why}")
            for f in mine:
                lines.append(f"    - {f.found}")
                if f.fix:
                    lines.append(f"      fix: {f.fix}")
    if not report.results:
        lines.append(f"{report.engine} has no health checks")
    fine = [r.title for r in report.results if r.severity == "ok"]
    if fine:
        lines += ["", f"OK ({len(fine)}): {', '.join(fine)}"]
    return "\n".join(lines)


def render_list(engine: str, entries: list[Entry]) -> str:
    if not entries:
        return f"{engine} has no health checks"
    width = max(len(e.id) for e in entries)
    lines = [f"{engine} health checks:"]
    for e in entries:
        settings = f"  [health] {', '.join(e.settings)}" if e.settings else ""
        lines.append(f"  {e.id.ljust(width)}  {e.title}{settings}")
    return "\n".join(lines)
