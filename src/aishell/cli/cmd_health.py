"""``aishell health``: the engine's catalogue of health checks, grouped by severity."""

from __future__ import annotations

import json
import sys

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session
from aishell.output.health import render, render_list


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
