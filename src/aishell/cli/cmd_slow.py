"""``aishell slow``: the statements the engine recorded, costliest first, with what to run next."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, _inherit, cli, guarded, make_session

if TYPE_CHECKING:
    from aishell.services.workload import SlowStatement

#: the orders, in words
_ORDERS = {"total": "total time", "mean": "mean time", "calls": "calls", "rows": "rows"}
#: the width a statement's text is cut to in the table
QUERY_WIDTH = 90


@cli.command("slow")
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("--top", type=int, default=20, show_default=True, metavar="N", help="Show the N first statements.")
@click.option("--order", type=click.Choice(list(_ORDERS)), default="total", show_default=True,
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


def _ms(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:,.2f} s"
    return f"{value:,.2f} ms" if value >= 0.01 or value == 0 else f"{value:.4f} ms"


def render(found: list[SlowStatement], order: str) -> str:
    """The statements as a table for a terminal, each followed by its next command."""
    if not found:
        return "No statement recorded for this database yet."
    head = ("#", "total", "mean", "calls", "rows", "share", "query")
    rows = [
        (str(n), _ms(s.stats.total_ms), _ms(s.stats.mean_ms), f"{s.stats.calls:,}", f"{s.stats.rows:,}",
         f"{s.share:.1%}", _short(s.stats.query))
        for n, s in enumerate(found, 1)
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    numeric = range(1, 6)

    def line(cells: tuple[str, ...]) -> str:
        pairs = enumerate(zip(cells, widths, strict=False))
        parts = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in pairs]
        return "  ".join([*parts, cells[-1]]).rstrip()

    out = [f"Top {len(found)} recorded statement{'s' if len(found) != 1 else ''} by {_ORDERS[order]}:", "",
           line(head)]  # fmt: skip
    indent = " " * (widths[0] + 2)
    for row, s in zip(rows, found, strict=True):
        out.append(line(row))
        if s.next_command:
            out.append(f"{indent}next: {s.next_command}")
    return "\n".join(out)


def _short(query: str) -> str:
    text = " ".join(query.split())
    return text if len(text) <= QUERY_WIDTH else text[: QUERY_WIDTH - 3] + "..."
