"""``aishell slow``: the statements the engine recorded, costliest first, with what to run next."""

from __future__ import annotations

import json
import sys

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session
from aishell.output.slow import ORDERS, render


@cli.command("slow")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--top", type=int, default=20, show_default=True, metavar="N", help="Show the N first statements.")
@click.option("--order", type=click.Choice(list(ORDERS)), default="total", show_default=True,
              help="Rank by total time, mean time, calls or rows.")  # fmt: skip
@click.option("--match", "matching", metavar="TEXT", help="Only statements whose text contains TEXT.")
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.pass_context
@guarded
def slow(ctx: click.Context, db: str | None, top: int, order: str, matching: str | None, fmt: str,
         timeout: float | None) -> None:  # fmt: skip
    """The top statements the engine recorded for this database, grouped by fingerprint with
    literals normalised, each with the command to run next.

    \b
    PostgreSQL: pg_stat_statements (shared_preload_libraries = 'pg_stat_statements', then
    CREATE EXTENSION pg_stat_statements in the database).  MySQL/MariaDB: performance_schema
    statement digests (performance_schema = ON in my.cnf), else the slow log when it goes to
    a table (log_output = 'TABLE').  SQLite and DuckDB record none.
    Times are in milliseconds; share is of the recorded time of the costliest statements.
    Next: `aishell explain` for a statement without placeholders, else
    `aishell advise --workload`, which fills them with values sampled from the data.
    """
    from aishell.services import workload

    session = make_session(_inherit(ctx, "db", db), read_only=bool(_inherit(ctx, "read_only", False)),
                           timeout=_inherit(ctx, "timeout", timeout))  # fmt: skip
    try:
        found = workload.slow(session, top=top, order=order, matching=matching)
        if fmt == "json":
            doc = {"order": order, "statements": [s.to_dict() for s in found]}
            click.echo(json.dumps(doc, indent=2, default=str))
        else:
            click.echo(render(found, order))
    finally:
        session.close()
    sys.stdout.flush()
