"""``aishell advise``: index advice for a query or a file of queries, proven on the engine."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from aishell.cli.main import DB_HELP, _inherit, _read_sql, cli, guarded, make_session
from aishell.errors import UsageError

if TYPE_CHECKING:
    from aishell.services.advise import Advice


@cli.command("advise")
@click.argument("sql", required=False)
@click.option("--db", "-d", metavar="URL|NAME", help=DB_HELP)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read the queries from FILE (statements separated by ;).")  # fmt: skip
@click.option("--budget", type=float, default=30.0, show_default=True, metavar="SECONDS",
              help="Time for trying candidates on the engine.")  # fmt: skip
@click.option("--format", "-F", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--apply", "apply_", is_flag=True, help="Create the recommended indexes (asks first).")
@click.option("--verify-real", is_flag=True,
              help="Without hypothetical indexes, build each candidate inside a transaction that is "
                   "rolled back (asks first).")  # fmt: skip
@click.option("--yes", "-y", is_flag=True, help="Do not ask before building or creating indexes.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Statement timeout.")
@click.pass_context
@guarded
def advise(ctx: click.Context, sql: str | None, db: str | None, file: str | None, budget: float, fmt: str,
           apply_: bool, verify_real: bool, yes: bool, timeout: float | None) -> None:  # fmt: skip
    """Recommend indexes for SQL (an argument, --file or stdin) and prove each on the engine.

    \b
    Candidates come from the queries' equality and range predicates, joins, ORDER BY and
    GROUP BY.  Each is tried where the engine allows it -- PostgreSQL: hypothetical indexes
    (hypopg); SQLite and DuckDB: built inside a transaction that is rolled back; MySQL/MariaDB:
    built on a sampled copy in a scratch database, dropped afterwards (asks first) -- and kept
    only when it lowers some query's estimated cost (or, without costs, its full scans or rows
    read) by 10% or more.  Duplicate indexes and indexes that prefix another are reported too.  Nothing is
    created unless --apply is given and confirmed (or --yes).
    """
    from aishell.services import advise as service

    if budget <= 0:
        raise UsageError("--budget must be more than 0 seconds")
    text = _read_sql(sql, file)
    assume_yes = bool(_inherit(ctx, "yes", yes))
    session = make_session(_inherit(ctx, "db", db), read_only=bool(_inherit(ctx, "read_only", False)),
                           timeout=_inherit(ctx, "timeout", timeout))  # fmt: skip
    try:
        queries = service.workload(text, session.dialect)
        advice = service.advise(session, queries, budget=budget, verify_real=verify_real, assume_yes=assume_yes)
        if fmt == "json":
            click.echo(json.dumps(advice.to_dict(), indent=2, default=str))
        else:
            click.echo(render(advice))
        if apply_:
            if not advice.recommendations:
                click.echo("nothing to apply: no index is recommended", err=True)
                return
            done = service.apply(session, advice, assume_yes=assume_yes)
            for statement in done:
                click.echo(f"created: {statement}", err=True)
    finally:
        session.close()
    sys.stdout.flush()


def _cost(value: float | None) -> str:
    return "-" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def _size(value: int | None) -> str:
    if value is None:
        return "not given by the engine"
    size = float(value)
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{value} bytes"  # pragma: no cover


#: how the candidates were tried, in words
_METHODS = {
    "hypothetical": "hypothetical indexes (never built)",
    "rollback": "indexes built inside a transaction that was rolled back",
    "shadow": "indexes on a sampled copy in a scratch database (dropped afterwards)",
}


def render(advice: Advice) -> str:
    """The advice as text for a terminal."""
    lines: list[str] = []
    if advice.verified:
        how = _METHODS.get(advice.method, advice.method)
        lines.append(f"{advice.engine}: candidates tried as {how}; measure: {advice.measure}")
    for number, (sql, cost) in enumerate(zip(advice.queries, advice.query_costs(), strict=True), 1):
        short = " ".join(sql.split())
        lines.append(f"  query {number}: {short[:100]}{'...' if len(short) > 100 else ''}"
                     + (f"  (now {_cost(cost)})" if cost is not None else ""))  # fmt: skip
    if advice.recommendations:
        lines.append("")
        lines.append(f"Recommended index{'es' if len(advice.recommendations) != 1 else ''}:")
    for rec in advice.recommendations:
        lines.append(f"  {rec.statement};")
        lines.append(f"    why: {'; '.join(rec.candidate.reasons)}")
        for q in rec.helps:
            lines.append(f"    query {q.query + 1}: {_cost(q.before)} -> {_cost(q.after)} ({q.gain:.0%} lower)")
        lines.append(f"    size: {_size(rec.size_bytes)}")
        lines.append(f"    writes: {rec.write_note}")
    if not advice.candidates:
        lines.append("")
        lines.append("No index to try: the queries use no column that an index does not already lead with.")
    elif advice.verified and not advice.recommendations:
        lines.append("")
        lines.append("No index is recommended: no candidate lowered a query's measure by 10% or more.")
    if not advice.verified and advice.candidates:
        lines.append("")
        lines.append("Candidates (not verified):")
        lines.extend(f"  {c.label}: {'; '.join(c.reasons)}" for c in advice.candidates)
    if advice.skipped:
        lines.append("")
        lines.append("Already indexed:")
        lines.extend(f"  {s}" for s in advice.skipped)
    if advice.redundant:
        lines.append("")
        lines.append("Redundant existing indexes:")
        lines.extend(f"  {r.line}" for r in advice.redundant)
    if advice.notes:
        lines.append("")
        lines.extend(f"note: {n}" for n in advice.notes)
    return "\n".join(lines).lstrip("\n")
